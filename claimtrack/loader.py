"""Read an articles folder so that every entry is accounted for and nothing crashes.

Folder rules (each entry becomes an `Article` or a `Skipped` with this reason):
- not recursive: a subfolder is "subfolder (not read)";
- names starting with "." are "hidden file"; the sidecar `articles.csv` is
  "sidecar metadata file" (with its warnings, if any);
- symbolic links are never followed (lstat, O_NOFOLLOW): "symbolic link (not followed)";
  FIFOs, sockets and devices: "not a regular file";
- only `.txt`, `.md`, `.html`, `.htm` (any case) are read: "unsupported file type .pdf",
  "no file extension";
- "unreadable: permission denied" (or the OS error); "too large (12.3 MB > 5 MB limit)";
  "binary content (PDF) behind .txt"; "empty file" (only whitespace/invisible characters);
  "no article text after cleaning" (e.g. a page of scripts and navigation only);
- two files with the same article_id (`a.html`, `a.txt`): the later one in sorted order is
  "duplicate article_id (...)";
- identical text (whitespace-normalised clean text) as an earlier article: loaded, with
  `duplicate_of` naming the earlier article so that nothing is counted twice.
Entries are handled in order of their names (code point order), so runs are deterministic.
`article_id` is the file name without its last extension.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from claimtrack.article import Article, Skipped
from claimtrack.boilerplate import clean_plain_text, drop_boilerplate
from claimtrack.decoding import BinaryContentError, decode_bytes
from claimtrack.front_matter import front_matter_meta, split_front_matter
from claimtrack.html_text import html_meta, html_to_text
from claimtrack.language import detect_language
from claimtrack.metadata import first_line_title, first_text, text_date
from claimtrack.paths import SIDECAR_NAME
from claimtrack.sidecar import read_sidecar
from claimtrack.textmap import CleanText

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 5_000_000
ARTICLE_SUFFIXES = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html"}

_BLANK_RE = re.compile(r"[\s\x00\u00ad\u200b-\u200d\u2060\ufeff]*")
_HTML_DOCUMENT_RE = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_O_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


class FolderError(ValueError):
    """The articles folder is missing, not a folder, or cannot be listed."""


def _printable(name: str) -> str:
    """`name` with undecodable file-name bytes (surrogate escapes) shown as U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _as_path(path: Path | str) -> Path:
    """`path` as a Path (without parsing it again if it is one already)."""
    return path if isinstance(path, Path) else Path(path)


def article_id_of(path: Path) -> str:
    """The article id a file stands for: its name without the last extension."""
    return _printable(_as_path(path).stem)


def _one_line(folder: Path) -> str:
    return _printable(str(folder)).replace("\n", "\\n").replace("\r", "\\r")


def list_files(folder: Path) -> list[Path]:
    """Every entry of `folder` (files, subfolders, links), sorted by name."""
    folder = Path(folder)
    try:
        st = folder.stat()
    except FileNotFoundError:
        raise FolderError(f"articles folder not found: {_one_line(folder)}") from None
    except OSError as exc:
        raise FolderError(
            f"articles folder unreadable: {_one_line(folder)} ({exc.strerror})"
        ) from None
    if not stat.S_ISDIR(st.st_mode):
        raise FolderError(f"not a folder: {_one_line(folder)}")
    try:
        names = os.listdir(folder)
    except OSError as exc:
        raise FolderError(
            f"articles folder unreadable: {_one_line(folder)} ({exc.strerror})"
        ) from None
    return [folder / name for name in sorted(names)]


def _size_text(n_bytes: int) -> str:
    return f"{n_bytes / 1_000_000:.1f} MB"


def _limit_text() -> str:
    return f"{MAX_FILE_BYTES / 1_000_000:g} MB limit"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "unreadable: permission denied"
    return f"unreadable: {(exc.strerror or str(exc)).lower()}"


def entry_skip_reason(path: Path, st: os.stat_result) -> str | None:
    """Why a folder entry is not read as an article (from its name and lstat), if it isn't."""
    name = path.name
    if name.startswith("."):
        return "hidden file"
    if stat.S_ISLNK(st.st_mode):
        return "symbolic link (not followed)"
    if stat.S_ISDIR(st.st_mode):
        return "subfolder (not read)"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if name == SIDECAR_NAME:
        return "sidecar metadata file"
    suffix = path.suffix.lower()
    if not suffix:
        return "no file extension"
    if suffix not in ARTICLE_SUFFIXES:
        return f"unsupported file type {_printable(suffix)}"
    if st.st_size > MAX_FILE_BYTES:
        return f"too large ({_size_text(st.st_size)} > {_limit_text()})"
    return None


def read_bytes(path: Path) -> bytes:
    """A file's bytes without following a symlink, at most one byte over the size limit."""
    fd = os.open(path, _O_FLAGS)
    with os.fdopen(fd, "rb") as fh:
        return fh.read(MAX_FILE_BYTES + 1)


def _file_name(path: Path, folder: Path) -> str:
    """`path` relative to the article folder (usually just its name)."""
    if path.parent == folder:
        return _printable(path.name)
    try:
        return _printable(str(path.relative_to(folder)))
    except ValueError:
        return _printable(path.name)


def load_file(path: Path, folder: Path, sidecar_row: dict | None) -> Article | Skipped:
    """One folder entry as an Article, or Skipped with the reason; never raises for bad input."""
    path = _as_path(path)
    article_id, file_name = article_id_of(path), _file_name(path, _as_path(folder))
    try:
        st = path.lstat()
        reason = entry_skip_reason(path, st)
        if reason:
            return Skipped(article_id, file_name, reason)
        data = read_bytes(path)
    except OSError as exc:
        reason = "symbolic link (not followed)" if path.is_symlink() else _os_reason(exc)
        return Skipped(article_id, file_name, reason)
    if len(data) > MAX_FILE_BYTES:
        return Skipped(article_id, file_name, f"too large (> {_limit_text()})")
    try:
        raw, encoding = decode_bytes(data)
    except BinaryContentError as exc:
        return Skipped(article_id, file_name, f"{exc} behind {path.suffix}")
    if _BLANK_RE.fullmatch(raw):
        return Skipped(article_id, file_name, "empty file")
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower(), "text")
    return build_article(article_id, file_name, raw, encoding, kind, sidecar_row or {})


def _clean_and_meta(raw: str, kind: str) -> tuple[CleanText, dict, str, tuple[str, ...]]:
    """Clean text, file metadata, that metadata's source name, and warnings."""
    if (kind == "html" and "<" in raw) or _HTML_DOCUMENT_RE.match(raw):
        page = html_to_text(raw)
        return drop_boilerplate(page.clean), html_meta(page), "html_meta", ()
    fm = split_front_matter(raw)
    clean = drop_boilerplate(clean_plain_text(raw, fm.body_start))
    return clean, front_matter_meta(fm.fields), "front_matter", fm.warnings


def _published(
    row: dict, file_meta: dict, file_source: str, text: str
) -> tuple[date | None, str]:
    """The publication date and its source, strongest first; the text is scanned only if needed."""
    if row.get("published") is not None:
        return row["published"], "sidecar"
    if file_meta.get("published") is not None:
        return file_meta["published"], file_source
    return text_date(text)


def build_article(
    article_id: str, file_name: str, raw: str, encoding: str, kind: str, row: dict
) -> Article | Skipped:
    """An Article from decoded text (`kind` "html" or "text") and its sidecar row."""
    clean, file_meta, file_source, warnings = _clean_and_meta(raw, kind)
    if _BLANK_RE.fullmatch(clean.text):
        return Skipped(article_id, file_name, "no article text after cleaning")
    published, published_source = _published(row, file_meta, file_source, clean.text)
    if "\x00" in raw:
        warnings += ("stray NUL characters ignored",)
    return Article(
        article_id=article_id,
        file_name=file_name,
        raw=raw,
        clean=clean,
        language=row.get("language") or file_meta["language"] or detect_language(clean.text),
        published=published,
        published_source=published_source,
        title=first_text(row.get("title"), file_meta["title"]) or first_line_title(clean.text),
        outlet=first_text(row.get("outlet"), file_meta["outlet"]),
        url=first_text(row.get("url"), file_meta["url"]),
        encoding=encoding,
        warnings=warnings + tuple(row.get("warnings", ())),
    )


def fold_white_space(text: str) -> str:
    """`" ".join(text.split())`, line by line when single blanks and line breaks are its only
    white space (the usual clean text: no word-by-word split then)."""
    if "\u00a0" in text:  # no-break spaces (from `&nbsp;`) fold like blanks
        text = text.replace("\u00a0", " ")
    lines = text.split("\n")
    # every white space character but the blank is unprintable
    if "  " in text or not all(map(str.isprintable, lines)):
        return " ".join(text.split())
    return " ".join(filter(None, map(str.strip, lines)))


def content_key(article: Article) -> bytes:
    """A digest of the whitespace-normalised clean text (equal texts, equal keys)."""
    normalised = fold_white_space(article.clean.text)
    return hashlib.blake2b(normalised.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _sidecar_reason(warnings: list[str]) -> str:
    if not warnings:
        return "sidecar metadata file"
    return f"sidecar metadata file ({len(warnings)} warnings: {'; '.join(warnings)})"


def _load_guarded(path: Path, folder: Path, row: dict | None) -> Article | Skipped:
    """`load_file`, with any unexpected error turned into a Skipped entry (and logged)."""
    try:
        return load_file(path, folder, row)
    except Exception as exc:  # one bad file must not stop the run
        log.exception("could not load %s", path)
        return Skipped(article_id_of(path), _printable(path.name), f"could not be loaded ({exc})")


def _iter_folder(
    folder: Path, files: list[Path], rows: dict[str, dict], sidecar_warnings: list[str]
) -> Iterator[Article | Skipped]:
    loaded_from: dict[str, str] = {}  # article_id -> file name
    first_with_text: dict[bytes, str] = {}  # content key -> article_id
    for path in files:
        item = _load_guarded(path, folder, rows.get(article_id_of(path)))
        if isinstance(item, Skipped):
            if item.reason == "sidecar metadata file":
                item = replace(item, reason=_sidecar_reason(sidecar_warnings))
            yield item
            continue
        if item.article_id in loaded_from:
            reason = f"duplicate article_id (already loaded from {loaded_from[item.article_id]})"
            yield Skipped(item.article_id, item.file_name, reason)
            continue
        loaded_from[item.article_id] = item.file_name
        key = content_key(item)
        if key in first_with_text:
            item = replace(item, duplicate_of=first_with_text[key])
        else:
            first_with_text[key] = item.article_id
        yield item


def load_folder(folder: Path) -> Iterator[Article | Skipped]:
    """Every entry of `folder`, in name order, as an Article or a Skipped with the reason.

    Raises FolderError at once (not on first iteration) if the folder cannot be listed.
    """
    folder = Path(folder)
    files = list_files(folder)
    rows, warnings = read_sidecar(folder)
    for warning in warnings:
        log.warning("%s", warning)
    return _iter_folder(folder, files, rows, warnings)
