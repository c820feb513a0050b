"""YAML front matter at the top of a .md/.txt file: split it off and read its metadata.

A block counts as front matter when the file starts with a `---` line and a later `---`
(or `...`) line closes it. Broken YAML never raises: simple `key: value` lines are read
instead and a warning is returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import yaml

from claimtrack.language import normalise_language
from claimtrack.metadata import first_text, parse_date

MAX_FRONT_MATTER_CHARS = 20_000

_OPEN_RE = re.compile(r"\A[ \t]*---[ \t]*(?:\r\n|\r|\n)")
_CLOSE_RE = re.compile(r"^[ \t]*(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.MULTILINE)
_KEY_VALUE_RE = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCALARS = (str, int, float, date)

DATE_KEYS = ("published", "date", "pubdate", "datum", "published_at", "created")
TITLE_KEYS = ("title", "titel", "headline")
OUTLET_KEYS = ("outlet", "source", "publisher", "site", "site_name", "quelle")
URL_KEYS = ("url", "link", "canonical", "canonical_url")
LANGUAGE_KEYS = ("lang", "language", "sprache")


@dataclass(frozen=True)
class FrontMatter:
    """Front matter fields (lower-case keys, scalar values), where the body starts, warnings."""

    fields: dict[str, object] = field(default_factory=dict)
    body_start: int = 0
    warnings: tuple[str, ...] = ()


def _line_fields(block: str) -> dict[str, object]:
    """`key: value` lines, quotes stripped: the fallback for YAML that does not parse."""
    return {
        m.group(1).lower(): m.group(2).strip("\"'")
        for m in _KEY_VALUE_RE.finditer(block)
    }


def _yaml_fields(block: str) -> tuple[dict[str, object], tuple[str, ...]]:
    try:
        data = yaml.load(block, Loader=_LOADER)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError, OverflowError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return _line_fields(block), (f"front matter is not valid YAML ({first[:80]})",)
    if data is None:
        return {}, ()
    if not isinstance(data, dict):
        return _line_fields(block), ("front matter is not a key: value mapping",)
    fields = {str(k).lower(): v for k, v in data.items() if isinstance(v, _SCALARS)}
    return fields, ()


def split_front_matter(raw: str) -> FrontMatter:
    """Parse a leading `---` block; `body_start` is the raw offset just after it (0 if none)."""
    opening = _OPEN_RE.match(raw)
    if not opening:
        return FrontMatter()
    closing = _CLOSE_RE.search(raw, opening.end(), opening.end() + MAX_FRONT_MATTER_CHARS)
    if not closing:
        return FrontMatter()
    fields, warnings = _yaml_fields(raw[opening.end() : closing.start()])
    return FrontMatter(fields, closing.end(), warnings)


def _first(fields: dict[str, object], keys: tuple[str, ...]) -> object:
    for key in keys:
        value = fields.get(key)
        if value not in (None, ""):
            return value
    return None


def front_matter_meta(fields: dict[str, object]) -> dict[str, object]:
    """`published`, `title`, `outlet`, `url`, `language` from front matter fields."""
    return {
        "published": parse_date(_first(fields, DATE_KEYS)),
        "title": first_text(_first(fields, TITLE_KEYS)),
        "outlet": first_text(_first(fields, OUTLET_KEYS)),
        "url": first_text(_first(fields, URL_KEYS)),
        "language": normalise_language(_first(fields, LANGUAGE_KEYS)),
    }
