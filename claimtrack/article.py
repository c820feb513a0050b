"""The loaded article and the skipped file: what the loader hands to the extractor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from claimtrack.textmap import CleanText

PUBLISHED_SOURCES = ("sidecar", "front_matter", "html_meta", "dateline", "inferred", "unknown")


@dataclass(frozen=True)
class Article:
    """One article: its decoded text, the cleaned view the extractor reads, its metadata."""

    article_id: str
    file_name: str  # path relative to the article folder
    raw: str  # the file text as decoded; claim offsets index this
    clean: CleanText  # body text without markup/boilerplate, mapped back to `raw`
    language: str  # "de" or "en"
    published: date | None
    published_source: str  # one of PUBLISHED_SOURCES
    title: str = ""
    outlet: str = ""
    url: str = ""
    encoding: str = ""
    duplicate_of: str = ""  # article_id of an earlier identical article, if any
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Skipped:
    """A file in the folder that is not an article, with the reason."""

    article_id: str
    file_name: str
    reason: str
