"""Bytes to text, honestly: which encoding, and a clear error when the bytes are not text.

Order of decisions:

1. a byte-order mark names the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) and is removed;
2. text that decodes as UTF-8 is UTF-8;
3. NUL bytes at every other position without a BOM: UTF-16 (LE or BE, by where they fall);
4. any other NUL byte in the first 8 KiB, or control bytes in quantity there: not text (``BinaryFileError``);
5. UTF-8 with a few bytes that are not (a file pasted together from two sources): UTF-8, each
   stray byte read as cp1252 (``utf-8+cp1252``; ``utf-8-sig+cp1252`` after a UTF-8 BOM), so neither part is
   garbled;
6. otherwise legacy single-byte text: cp1252 (where 0x93/0x94 are curly quotes) when every byte
   is defined there, else latin-1, which decodes any byte.

>>> decode_bytes(b"\\x93We will,\\x94 he said.")
('“We will,” he said.', 'cp1252')
>>> decode_bytes("\\ufeffcaf\\u00e9".encode("utf-8"))
('café', 'utf-8-sig')
>>> decode_bytes("Café: ".encode("utf-8") + b"\\x93Oui\\x94")
('Café: “Oui”', 'utf-8+cp1252')

Nothing here raises but ``DecodeError`` (and its ``BinaryFileError``): every byte string is
either text in some encoding or called binary.

Offsets reported by newsparse index the returned text (BOM removed, line ends as in the file).
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Bytes cp1252 leaves undefined; a file holding one is read as latin-1.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
#: C0 controls that never occur in text files (tab, LF, VT, FF, CR and ESC excluded).
_BINARY_CONTROLS = bytes(c for c in range(32) if c not in (9, 10, 11, 12, 13, 27))
#: Share of control bytes in the first block above which a BOM-less file is called binary.
_BINARY_SHARE = 0.01
_SNIFF = 8192


def _stray_byte_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read one by one as cp1252 (else latin-1)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("latin-1").translate(_CP1252_TABLE), exc.end


#: latin-1 code point -> the cp1252 character for bytes 0x80-0x9F that cp1252 defines.
_CP1252_TABLE = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in _CP1252_UNDEFINED}
_STRAY_CP1252 = "newsparse.stray-cp1252"
codecs.register_error(_STRAY_CP1252, _stray_byte_as_cp1252)


class DecodeError(ValueError):
    """The bytes cannot be read as text in the requested or any detected encoding."""


class BinaryFileError(DecodeError):
    """The bytes look like a binary file (NUL or control bytes), not text."""


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding_name)`` for ``data``; ``encoding`` overrides detection."""
    if encoding:
        return _decode_as(data, encoding), encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if name == "utf-8-sig":
                try:
                    return body.decode("utf-8"), name
                except UnicodeDecodeError:  # a BOM, then a few bytes that are not UTF-8: read as step 5 reads them
                    return body.decode("utf-8", errors=_STRAY_CP1252), "utf-8-sig+cp1252"
            return body.decode(name, errors="replace"), name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_binary(data):
            return text, "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if _looks_binary(data):
        raise BinaryFileError("binary file (NUL or control bytes); pass --encoding to read it as text")
    mixed = data.decode("utf-8", errors=_STRAY_CP1252)
    if len(mixed) < len(data):  # some multi-byte UTF-8 sequences were valid: UTF-8 with stray bytes
        return mixed, "utf-8+cp1252"
    if _CP1252_UNDEFINED.isdisjoint(data):
        return data.decode("cp1252"), "cp1252"
    return data.decode("latin-1"), "latin-1"


def check_encoding(encoding: str) -> None:
    """Raise ``DecodeError`` unless ``encoding`` names a text encoding (``rot13`` and ``zlib`` do not)."""
    try:
        info = codecs.lookup(encoding)
    except LookupError as exc:
        raise DecodeError(f"unknown encoding {encoding!r}") from exc
    if not getattr(info, "_is_text_encoding", True):
        raise DecodeError(f"{encoding!r} is not a text encoding")


def _decode_as(data: bytes, encoding: str) -> str:
    check_encoding(encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding} at byte {exc.start}") from exc
    except (UnicodeError, ValueError) as exc:  # codecs such as idna fail without a position
        raise DecodeError(f"not valid {encoding}: {exc}") from exc
    return text[1:] if text.startswith("\ufeff") else text


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    return controls / len(head) > _BINARY_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit at nearly every odd (even) byte of mostly-ASCII text."""
    head = data[:_SNIFF]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    pairs = len(head) // 2
    odd_nuls = head[1::2].count(0)
    even_nuls = head[0::2].count(0)
    if odd_nuls > 0.9 * pairs and even_nuls < 0.05 * pairs:
        return "utf-16-le"
    if even_nuls > 0.9 * pairs and odd_nuls < 0.05 * pairs:
        return "utf-16-be"
    return None
