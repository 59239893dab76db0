"""newsparse: raw news articles in, structured data out.

>>> import newsparse
>>> article = newsparse.parse('# Troops to leave\\n\\nBRUSSELS, Jan. 8 (RHC)-- "We go," the spokesman said.\\n')
>>> article.dateline.agency, article.quotes[0].speaker
('RHC', 'the spokesman')
>>> newsparse.extract_text("No figures here.")["figures"]
[]

Importing this package is cheap: the pipeline, click and rich are imported only when used.
"""

from __future__ import annotations

import os

__version__ = "0.1.0"
SCHEMA_VERSION = "2.0"  # kept equal to model.SCHEMA_VERSION by tests/test_model.py

TYPE_CHECKING = False  # (not typing's: importing typing and datetime would cost 'newsparse --version' 3 ms)
if TYPE_CHECKING:
    import datetime
    from typing import Any

    from .model import Article

__all__ = ["SCHEMA_VERSION", "__version__", "extract_path", "extract_text", "parse", "parse_bytes", "parse_file"]


def parse(text: str, *, path: str | None = None, reference_date: datetime.date | None = None) -> Article:
    """Extract everything from one article given as text."""
    from .extract import build_article

    return build_article(text, path=path, reference_date=reference_date)


def parse_bytes(data: bytes, *, path: str | None = None, encoding: str | None = None,
                reference_date: datetime.date | None = None) -> Article:
    """Decode ``data`` (BOM, UTF-8, UTF-16, cp1252, latin-1; or ``encoding``) and parse it.

    Raises ``newsparse.decode.DecodeError`` when the bytes are not text.
    """
    from .decode import decode_bytes
    from .extract import build_article

    text, used = decode_bytes(data, encoding)
    return build_article(text, path=path, encoding=used, reference_date=reference_date)


def parse_file(path: str | os.PathLike[str], *, encoding: str | None = None,
               reference_date: datetime.date | None = None) -> Article:
    """Read, decode and parse one file; ``Article.path`` is ``path`` as given."""
    with open(path, "rb") as fh:
        data = fh.read()
    return parse_bytes(data, path=os.fsdecode(path), encoding=encoding, reference_date=reference_date)


def extract_text(text: str, *, path: str | None = None) -> dict[str, Any]:
    """The JSON record for one article's text, exactly as ``newsparse extract`` prints it (picklable, pure;
    ``encoding`` is null: there were no bytes to decode)."""
    return parse(text, path=path).to_dict()


def extract_path(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The JSON record for one file, or its error record; never raises for a bad file."""
    from .model import error_record
    from .records import record_for_path

    try:
        return record_for_path(os.fsdecode(path))
    except Exception as exc:  # the contract: one record per input, whatever happened
        return error_record(os.fsdecode(path), type(exc).__name__, str(exc))
