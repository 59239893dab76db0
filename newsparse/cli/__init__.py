"""The ``newsparse`` command. ``--version`` is answered before click is imported, and ``extract FILE`` (one file,
every option at its default) without it (``local.plain_extract``).

The console script calls ``main()``; it turns Ctrl-C into exit 130, a closed stdout pipe
(``newsparse extract corpus/ | head -1``) into a quiet exit and an output that cannot be written (a full disk)
into a one-line error, never a traceback.
"""

from __future__ import annotations

import os
import sys

#: Exit codes: every input gave a record; some inputs failed (their error records are still written); a usage
#: error; interrupted (Ctrl-C).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else list(argv)
    if args == ["--version"]:
        from .. import SCHEMA_VERSION, __version__

        py = ".".join(map(str, sys.version_info[:3]))
        sys.stdout.write(f"newsparse {__version__} (schema {SCHEMA_VERSION}, Python {py})\n")
        sys.exit(0)
    sys.exit(run(args))


def run(args: list[str]) -> int:
    """Run the command ``args`` and return the exit code."""
    if sys.stderr is None:  # started with stderr closed ('2>&-'): its messages go nowhere, the records still out
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (open for the rest of the process)
    if sys.stdout is None:  # started with stdout closed ('>&-')
        if not any(arg.startswith(("-o", "--output")) for arg in args):
            sys.stderr.write("newsparse: error: standard output is closed; give -o FILE or --output-dir DIR\n")
            return EXIT_FAILED
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (the records go to -o)
    try:
        import signal  # (not at the top: it imports enum, 3 ms that --version need not pay)

        from .local import extract_file, plain_extract

        signal.signal(signal.SIGTERM, _terminated)  # ('kill', a service stopped: temp files removed, workers ended)
        if plain_extract(args):  # 'newsparse extract FILE', as shell loops call it: no click to import (~20 ms)
            return extract_file(args[1])
        return _run_click(args)
    except KeyboardInterrupt:  # (also while the modules load: a Ctrl-C right after Enter)
        _silence_stdout()
        sys.stderr.write("newsparse: interrupted\n")
        sys.stderr.flush()
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FAILED
    except OSError as exc:  # the output cannot be written: a full disk, a file past its size limit
        _silence_stdout()
        sys.stderr.write(f"newsparse: error: cannot write the output: {exc.strerror or exc}\n")
        return EXIT_FAILED


def _run_click(args: list[str]) -> int:
    """The click app on ``args``: its usage errors and messages shown, its exit code returned."""
    import click

    from .app import cli

    try:
        code = cli.main(args, prog_name="newsparse", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.UsageError as exc:
        exc.show()
        return EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:  # (click's KeyboardInterrupt)
        raise KeyboardInterrupt from None
    return code if isinstance(code, int) else 0


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM: unwind as an exit, so an ``-o`` file's temp file is removed and the workers are stopped."""
    raise SystemExit(128 + signum)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail on a closed pipe."""
    try:
        fileno = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it): nothing to flush
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)
