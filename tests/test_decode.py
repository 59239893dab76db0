"""Bytes to text: which encoding is detected, what the text is, and what is called binary."""

from __future__ import annotations

import codecs

import pytest

from newsparse.decode import BinaryFileError, DecodeError, check_encoding, decode_bytes
from tests.cli_helpers import invoke, jsonl, write

STORY = "ZÜRICH, March 3 (Reuters) - “We will leave,” Anna Müller said of the ministry’s plan.\n"
PLAIN = 'OTTAWA (AP) -- "We will leave," the minister said.\n'


@pytest.mark.parametrize(("data", "text", "encoding"), [
    (STORY.encode("utf-8"), STORY, "utf-8"),
    (codecs.BOM_UTF8 + STORY.encode("utf-8"), STORY, "utf-8-sig"),
    (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), STORY, "utf-16-le"),
    (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), STORY, "utf-16-be"),
    (codecs.BOM_UTF32_LE + STORY.encode("utf-32-le"), STORY, "utf-32-le"),
    (PLAIN.encode("utf-16-le"), PLAIN, "utf-16-le"),
    (PLAIN.encode("utf-16-be"), PLAIN, "utf-16-be"),
    (STORY.encode("cp1252"), STORY, "cp1252"),
    ("Paßwort für Zürich\n".encode("latin-1") + b"\x81", "Paßwort für Zürich\n\x81", "latin-1"),
    (STORY.replace("\n", "\r\n").encode(), STORY.replace("\n", "\r\n"), "utf-8"),
    (STORY.replace("\n", "\r").encode(), STORY.replace("\n", "\r"), "utf-8"),
    ("Café: ".encode() + b"\x93Oui\x94, he said.", "Café: “Oui”, he said.", "utf-8+cp1252"),
    (codecs.BOM_UTF8 + "Café: ".encode() + b"\x93Oui\x94, he said.", "Café: “Oui”, he said.", "utf-8-sig+cp1252"),
    (b"", "", "utf-8"),
    (b"Tab\there\x0cform feed\x1b[0m escape", "Tab\there\x0cform feed\x1b[0m escape", "utf-8"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-le-bom", "utf-16-le-no-bom",
        "utf-16-be-no-bom", "cp1252-curly-quotes", "latin-1-when-cp1252-lacks-a-byte", "crlf-kept", "cr-only-kept",
        "utf-8-with-stray-cp1252-bytes", "utf-8-bom-with-stray-cp1252-bytes", "empty",
        "tabs-form-feeds-and-escapes-are-text"])
def test_detects_the_encoding(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64,
    b"\x00" * 4096,
    bytes(range(1, 9)) * 50,
], ids=["png", "elf", "zeros", "control-bytes"])
def test_binary_files_are_refused(data):
    with pytest.raises(BinaryFileError, match="binary file"):
        decode_bytes(data)


@pytest.mark.parametrize(("data", "encoding", "text"), [
    ("naïve".encode("latin-1"), "latin-1", "naïve"),
    ("\ufeffnaïve".encode("utf-8"), "utf-8", "naïve"),
    (b"\x00\x01binary", "latin-1", "\x00\x01binary"),
    ("Ноябрь".encode("koi8-r"), "koi8-r", "Ноябрь"),
], ids=["latin-1", "bom-dropped", "binary-read-as-asked", "koi8-r"])
def test_encoding_overrides_detection(data, encoding, text):
    assert decode_bytes(data, encoding) == (text, encoding)


@pytest.mark.parametrize(("encoding", "message"), [
    ("no-such-codec", "unknown encoding"),
    ("rot13", "not a text encoding"),
    ("zlib", "not a text encoding"),
])
def test_unusable_encodings_are_decode_errors(encoding, message):
    with pytest.raises(DecodeError, match=message):
        check_encoding(encoding)


@pytest.mark.parametrize(("encoding", "data"), [("utf-8", b"ok \xff"), ("idna", b"\xff\xfe"), ("ascii", b"\x80")])
def test_bytes_not_in_the_requested_encoding_are_decode_errors(encoding, data):
    with pytest.raises(DecodeError, match=f"not valid {encoding}"):
        decode_bytes(data, encoding)


def test_bad_encoding_option_is_a_usage_error(tmp_path):
    res = invoke("extract", "--encoding", "rot13", str(write(tmp_path, "a.txt", PLAIN)))
    assert res.exit_code == 2
    assert "not a text encoding" in res.stderr


def test_the_record_names_the_encoding_and_spans_index_the_decoded_text(tmp_path):
    path = write(tmp_path, "a.txt", codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"))
    (record,) = jsonl(invoke("extract", "-f", "jsonl", str(path)).stdout)
    assert record["encoding"] == "utf-16-le"
    quote = record["quotes"][0]
    assert STORY[quote["start"]:quote["end"]] == "We will leave,"
