"""Bytes to text: BOMs, UTF-8, UTF-16 without BOM, cp1252/latin-1, and binary detection.

`decode_bytes` returns the text and the encoding's name. For files with a byte order
mark the BOM is not part of the text: character offsets index the text after the BOM.
Stray NUL characters in otherwise-text files are kept in the text (cleaning drops them).
"""

from __future__ import annotations

import codecs
import re

SAMPLE_BYTES = 4096
NUL_BINARY_SHARE = 0.05  # more NULs than this (and not UTF-16) means binary
CONTROL_BINARY_SHARE = 0.10  # more C0 control bytes than this means binary

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"PK\x05\x06", "ZIP/Office"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office"),
    (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "executable"),
    (b"{\\rtf", "RTF"),
)

# C0 controls other than tab, LF, VT, FF, CR, ESC and NUL (NUL is counted on its own)
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in (9, 10, 11, 12, 13, 27))
_DELETE_CONTROLS = bytes.maketrans(b"", b"")
# characters rare in prose; random bytes read as cp1252 are full of them
_JUNK_RE = re.compile(r"[^\w\s.,;:!?'\"()\[\]{}\-–—„“”‚‘’«»‹›/\\%&€$£§@#*+=<>|…•·°~^`]")
JUNK_BINARY_SHARE = 0.10


class BinaryContentError(ValueError):
    """The bytes are not text (a PDF, an image, an archive, NUL-heavy data)."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"binary content ({kind})")
        self.kind = kind


def _cp1252_or_latin1(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode each offending byte as cp1252, else as latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_byte_as_cp1252(b) for b in bad), exc.end


def _byte_as_cp1252(b: int) -> str:
    try:
        return bytes((b,)).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


codecs.register_error("claimtrack-cp1252", _cp1252_or_latin1)


def magic_kind(data: bytes) -> str | None:
    """The kind of binary file `data` starts like, if any."""
    head = data[:16].lstrip(b" \t\r\n")
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def utf16_without_bom(sample: bytes) -> str | None:
    """`utf-16-le`/`utf-16-be` when NULs sit on every other byte (ASCII-heavy UTF-16)."""
    n = len(sample) // 2
    if n < 2 or 0 not in sample:
        return None  # UTF-16 of mostly ASCII text is full of NULs
    even_nuls = sample[0 : 2 * n : 2].count(0)
    odd_nuls = sample[1 : 2 * n : 2].count(0)
    if odd_nuls >= 0.4 * n and even_nuls <= 0.05 * n:
        return "utf-16-le"
    if even_nuls >= 0.4 * n and odd_nuls <= 0.05 * n:
        return "utf-16-be"
    return None


def _check_not_binary(sample: bytes) -> None:
    if not sample:
        return
    if 0 in sample and sample.count(0) > NUL_BINARY_SHARE * len(sample):
        raise BinaryContentError("NUL-heavy data")
    controls = len(sample) - len(sample.translate(_DELETE_CONTROLS, _CONTROL_BYTES))
    if controls > CONTROL_BINARY_SHARE * len(sample):
        raise BinaryContentError("control characters")


def _non_ascii_count(text: str) -> int:
    """How many characters of `text` are not ASCII."""
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """Strict UTF-8; UTF-8 with a few cp1252 bytes; else cp1252 (latin-1 for its holes).

    cp1252 reads any bytes, so its result must look like prose, else it is binary.
    """
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    good = _non_ascii_count(lenient) - lenient.count("\ufffd")
    if good > bad:
        return data.decode("utf-8", errors="claimtrack-cp1252"), "utf-8+cp1252"
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("cp1252", errors="claimtrack-cp1252"), "cp1252+latin-1"
    sample = text[:SAMPLE_BYTES]
    if len(_JUNK_RE.findall(sample)) > JUNK_BINARY_SHARE * len(sample):
        raise BinaryContentError("undecodable data")
    return text, encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes to `(text, encoding name)`; raise BinaryContentError for binaries."""
    kind = magic_kind(data)
    if kind:
        raise BinaryContentError(kind)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    sample = data[:SAMPLE_BYTES]
    utf16 = utf16_without_bom(sample)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    _check_not_binary(sample)
    return _decode_8bit(data)
