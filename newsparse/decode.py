"""Bytes to text, honestly: which encoding, and a clear error when the bytes are not text.

Order of decisions:

1. a byte-order mark names the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) and is removed;
2. text that decodes as UTF-8 is UTF-8;
3. NUL bytes at every other position without a BOM: UTF-16 (LE or BE, by where they fall);
4. other NUL or control bytes in quantity: not text (``BinaryFileError``);
5. otherwise legacy single-byte text: cp1252 (where 0x93/0x94 are curly quotes) when every byte
   is defined there, else latin-1, which decodes any byte.

>>> decode_bytes(b"\\x93We will,\\x94 he said.")
('“We will,” he said.', 'cp1252')
>>> decode_bytes("\\ufeffcaf\\u00e9".encode("utf-8"))
('café', 'utf-8-sig')

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
            text = data[len(bom):].decode(name.replace("-sig", ""), errors="replace")
            return text, name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text or not _looks_binary(data):
            return text, "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    if _looks_binary(data):
        raise BinaryFileError("binary file (NUL or control bytes); pass --encoding to read it as text")
    if _CP1252_UNDEFINED.isdisjoint(data):
        return data.decode("cp1252"), "cp1252"
    return data.decode("latin-1"), "latin-1"


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise DecodeError(f"unknown encoding {encoding!r}") from exc
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding} at byte {exc.start}") from exc
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
