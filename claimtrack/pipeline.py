"""The extraction step as data in, tables out: manifest, figures and claims of a folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from claimtrack.article import Article, Skipped
from claimtrack.extract import ArticleRows, extract_article
from claimtrack.loader import content_key, load_file, load_folder
from claimtrack.schema import CLAIM_COLUMNS, FIGURE_COLUMNS, MANIFEST_COLUMNS, typed_frame
from claimtrack.topic import load_topic


@dataclass(frozen=True)
class Tables:
    articles: pd.DataFrame
    figures: pd.DataFrame
    claims: pd.DataFrame

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {"articles": self.articles, "figures": self.figures, "claims": self.claims}


def content_hash(article: Article) -> str:
    """The loader's duplicate key as hex: equal cleaned texts (white space folded) share it."""
    return content_key(article).hex()


def manifest_row(item: Article | Skipped, rows: ArticleRows | None = None) -> dict:
    """One manifest row for a loaded article (with its counts) or a skipped file."""
    if isinstance(item, Skipped):
        return {
            "article_id": item.article_id, "file_name": item.file_name, "status": "skipped",
            "reason": item.reason, "n_figures": 0, "n_claims": 0,
        }
    return {
        "article_id": item.article_id,
        "file_name": item.file_name,
        "status": "loaded",
        "reason": "",
        "published": item.published,
        "published_source": item.published_source,
        "language": item.language,
        "title": item.title,
        "outlet": item.outlet,
        "url": item.url,
        "encoding": item.encoding,
        "duplicate_of": item.duplicate_of,
        "warnings": "; ".join(item.warnings),
        "n_figures": len(rows.figures) if rows else 0,
        "n_claims": len(rows.claims) if rows else 0,
        "content_hash": content_hash(item),
    }


def process_batch(
    folder: str, file_names: list[str], topic: str, sidecar: dict[str, dict]
) -> dict[str, list[dict]]:
    """Load and extract a batch of files: the unit of work mapped over a cluster."""
    compiled = load_topic(topic)
    out: dict[str, list[dict]] = {"articles": [], "figures": [], "claims": []}
    base = Path(folder)
    for name in file_names:
        item = load_file(base / name, base, sidecar.get(Path(name).stem))
        rows = extract_article(item, compiled) if isinstance(item, Article) else None
        out["articles"].append(manifest_row(item, rows))
        if rows is not None:
            out["figures"].extend(rows.figures)
            out["claims"].extend(rows.claims)
    return out


def extract_tables(folder: Path, topic: str = "north_korea_troops") -> Tables:
    """The manifest (with counts), the figures and the claims of a folder, in memory and in
    one process: for tests and small folders (the CLI and the chain stream instead, see
    `claimtrack.streaming.stream_extract`)."""
    compiled = load_topic(topic)
    articles, figures, claims = [], [], []
    for item in load_folder(Path(folder)):
        rows = extract_article(item, compiled) if isinstance(item, Article) else None
        articles.append(manifest_row(item, rows))
        if rows is not None:
            figures.extend(rows.figures)
            claims.extend(rows.claims)
    return Tables(
        typed_frame(articles, MANIFEST_COLUMNS),
        typed_frame(figures, FIGURE_COLUMNS),
        typed_frame(claims, CLAIM_COLUMNS),
    )
