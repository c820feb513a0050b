"""The optional `articles.csv` next to the articles: metadata rows by article_id, never raising.

Tolerated, with a warning where something is ignored: a BOM or any encoding
`decode_bytes` reads, `;` or tab delimiters, missing or unknown columns, duplicate ids
(the first row wins), ids without a file, ids that look like paths (only ever used as
dictionary keys), dates that are not dates, unsupported languages, an empty file.
Titles keep any markup as text.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

from claimtrack.decoding import BinaryContentError, decode_bytes
from claimtrack.language import normalise_language
from claimtrack.metadata import first_text, parse_date
from claimtrack.paths import SIDECAR_NAME

MAX_SIDECAR_BYTES = 20_000_000
SIDECAR_COLUMNS = ("article_id", "published", "outlet", "url", "title", "language")
COLUMN_ALIASES = {
    "id": "article_id", "article": "article_id", "articleid": "article_id",
    "date": "published", "published_at": "published", "datum": "published",
    "source": "outlet", "lang": "language", "sprache": "language", "headline": "title",
}
_DELIMITERS = (",", ";", "\t")


def sniff_delimiter(header_line: str) -> str:
    """The most frequent of `,`, `;` and tab in the header line (`,` on a tie)."""
    return max(_DELIMITERS, key=header_line.count)


def column_name(header: str) -> str:
    """A header cell normalised to a sidecar column name (or left as found, lower-case)."""
    name = header.strip().strip("\"'").strip().lower().replace(" ", "_").replace("-", "_")
    return COLUMN_ALIASES.get(name, name)


def _read_text(path: Path) -> tuple[str | None, list[str]]:
    try:
        st = path.lstat()
    except FileNotFoundError:
        return None, []
    except OSError as exc:
        return None, [f"{SIDECAR_NAME}: unreadable ({exc.strerror or exc})"]
    if not stat.S_ISREG(st.st_mode):
        return None, [f"{SIDECAR_NAME}: not a regular file (ignored)"]
    if st.st_size > MAX_SIDECAR_BYTES:
        return None, [f"{SIDECAR_NAME}: too large (ignored)"]
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(MAX_SIDECAR_BYTES + 1)
        return decode_bytes(data)[0], []
    except BinaryContentError as exc:
        return None, [f"{SIDECAR_NAME}: {exc} (ignored)"]
    except OSError as exc:
        return None, [f"{SIDECAR_NAME}: unreadable ({exc.strerror or exc})"]


def _records(text: str) -> tuple[list[str], list[list[str]], list[str]]:
    """Header, data rows and warnings of the CSV text."""
    text = text.replace("\x00", "")
    first_line = text.split("\n", 1)[0]
    rows: list[list[str]] = []
    try:
        reader = csv.reader(io.StringIO(text), delimiter=sniff_delimiter(first_line))
        rows.extend(reader)
    except csv.Error as exc:
        return (rows[0] if rows else []), rows[1:], [f"{SIDECAR_NAME}: CSV error ({exc})"]
    return (rows[0] if rows else []), rows[1:], []


def _row_values(row: dict[str, str], where: str) -> dict[str, object]:
    """Typed metadata of one sidecar row, with warnings for values that are ignored."""
    warnings: list[str] = []
    published = parse_date(row.get("published", ""))
    if published is None and row.get("published", "").strip():
        warnings.append(f"{where}: published {row['published'].strip()!r} is not a date")
    language = normalise_language(row.get("language", ""))
    if language is None and row.get("language", "").strip():
        warnings.append(f"{where}: language {row['language'].strip()!r} not supported")
    return {
        "published": published,
        "outlet": first_text(row.get("outlet")),
        "url": first_text(row.get("url")),
        "title": first_text(row.get("title")),
        "language": language,
        "warnings": tuple(warnings),
    }


def _id_warnings(article_id: str, where: str, file_ids: set[str]) -> list[str]:
    warnings = []
    if "/" in article_id or "\\" in article_id or article_id.startswith("."):
        warnings.append(f"{where}: article_id {article_id!r} looks like a path (only a key)")
    if article_id not in file_ids:
        warnings.append(f"{where}: article_id {article_id!r} has no file")
    return warnings


def _file_ids(folder: Path) -> set[str]:
    """Stems of the regular files in `folder` (what sidecar ids may refer to)."""
    try:
        with os.scandir(folder) as entries:
            return {
                Path(e.name).stem for e in entries
                if e.is_file(follow_symlinks=False) and e.name != SIDECAR_NAME
            }
    except OSError:
        return set()


def parse_sidecar(text: str, file_ids: set[str]) -> tuple[dict[str, dict], list[str]]:
    """Rows by article_id and warnings, from the sidecar's text."""
    header, data, warnings = _records(text)
    columns = [column_name(h) for h in header]
    for name in columns:
        if name and name not in SIDECAR_COLUMNS:
            warnings.append(f"{SIDECAR_NAME}: unknown column {name!r} ignored")
    if "article_id" not in columns:
        if header:
            warnings.append(f"{SIDECAR_NAME}: no article_id column (ignored)")
        return {}, warnings
    rows: dict[str, dict] = {}
    for line_no, cells in enumerate(data, start=2):
        record = {c: v for c, v in zip(columns, cells, strict=False) if c in SIDECAR_COLUMNS}
        article_id = record.get("article_id", "").strip()
        if not article_id:
            if any(cell.strip() for cell in cells):
                warnings.append(f"{SIDECAR_NAME} line {line_no}: empty article_id")
            continue
        where = f"{SIDECAR_NAME} line {line_no}"
        if article_id in rows:
            warnings.append(f"{where}: duplicate article_id {article_id!r} (first row wins)")
            continue
        warnings.extend(_id_warnings(article_id, where, file_ids))
        rows[article_id] = _row_values(record, where)
        warnings.extend(rows[article_id]["warnings"])
    return rows, warnings


def read_sidecar(folder: Path) -> tuple[dict[str, dict], list[str]]:
    """The folder's `articles.csv` as rows by article_id, and warnings; `({}, [])` if absent.

    A row is `{"published": date | None, "outlet": str, "url": str, "title": str,
    "language": "de" | "en" | None, "warnings": tuple[str, ...]}`.
    """
    text, warnings = _read_text(Path(folder) / SIDECAR_NAME)
    if text is None:
        return {}, warnings
    if not text.strip():
        return {}, [f"{SIDECAR_NAME}: empty file"]
    rows, parse_warnings = parse_sidecar(text, _file_ids(Path(folder)))
    return rows, warnings + parse_warnings
