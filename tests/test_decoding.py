import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.decoding import BinaryContentError, decode_bytes, magic_kind, utf16_without_bom

GERMAN = "Südkoreas Geheimdienst: „rund 2.000 Soldaten“ – Größe unklar, Preis 5 €."
ENGLISH = "Officials said about 2,000 soldiers had arrived."


def test_plain_utf8():
    assert decode_bytes(GERMAN.encode("utf-8")) == (GERMAN, "utf-8")


def test_utf8_bom_is_not_part_of_the_text():
    text, encoding = decode_bytes(codecs.BOM_UTF8 + GERMAN.encode("utf-8"))
    assert text == GERMAN
    assert encoding == "utf-8-sig"


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_boms(bom, codec, name):
    assert decode_bytes(bom + GERMAN.encode(codec)) == (GERMAN, name)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_by_nul_pattern(codec):
    data = ENGLISH.encode(codec)
    assert utf16_without_bom(data) == codec
    assert decode_bytes(data) == (ENGLISH, codec)


def test_cp1252_quotes_and_euro():
    text, encoding = decode_bytes(GERMAN.encode("cp1252"))
    assert text == GERMAN
    assert encoding == "cp1252"


def test_latin1_bytes_undefined_in_cp1252_fall_back_to_latin1():
    data = "Zürich größer".encode("latin-1") + b"\x81"
    text, encoding = decode_bytes(data)
    assert text == "Zürich größer\x81"
    assert encoding == "cp1252+latin-1"


def test_mostly_utf8_with_one_cp1252_byte_keeps_the_utf8():
    data = "Größe und Maßnahmen in Österreich ".encode() + b"\x93zitiert\x94"
    text, encoding = decode_bytes(data)
    assert text == "Größe und Maßnahmen in Österreich “zitiert”"
    assert encoding == "utf-8+cp1252"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_are_kept_in_the_decoded_text(newline):
    text = newline.join(["Erste Zeile", "second line", ""])
    assert decode_bytes(text.encode("utf-8"))[0] == text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP/Office"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "Office"),
    ],
)
def test_magic_bytes_are_binary(data, kind):
    assert magic_kind(data) == kind
    with pytest.raises(BinaryContentError) as info:
        decode_bytes(data + b"x" * 100)
    assert info.value.kind == kind
    assert str(info.value) == f"binary content ({kind})"


def test_nul_heavy_data_that_is_not_utf16_is_binary():
    data = bytes([0, 0, 0, 7, 65, 0, 0, 0, 200, 3]) * 50
    with pytest.raises(BinaryContentError):
        decode_bytes(data)


def test_control_character_soup_is_binary():
    with pytest.raises(BinaryContentError):
        decode_bytes(bytes(range(1, 9)) * 100)


def test_random_high_bytes_are_binary_not_cp1252_mojibake():
    data = bytes((i * 97 + 13) % 256 for i in range(3000))  # every byte value, scrambled
    with pytest.raises(BinaryContentError) as info:
        decode_bytes(data.replace(b"\x00", b"A"))
    assert info.value.kind in ("undecodable data", "control characters")


def test_cp1252_prose_with_symbols_is_text():
    text = "Um 20 °C, § 5 Abs. 2 – „rund 1.500“ (¼ der Truppe) für 5 € • Nr. 3 … ok"
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_stray_nul_in_text_is_kept():
    data = ("Eine normale Zeile Text. " * 20).encode() + b"\x00" + b"more text"
    text, encoding = decode_bytes(data)
    assert "\x00" in text
    assert encoding == "utf-8"


def test_empty_bytes_decode_to_empty_text():
    assert decode_bytes(b"") == ("", "utf-8")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_decode_or_are_called_binary(data):
    try:
        text, encoding = decode_bytes(data)
    except BinaryContentError:
        return
    assert isinstance(text, str)
    assert encoding
