"""The claims rows the extractor gives for a text, as a test article with a known date."""

from __future__ import annotations

from datetime import date

from claimtrack.article import Article
from claimtrack.extract import extract_article
from claimtrack.textmap import CleanText
from claimtrack.topic import load_topic


def claim_rows(text: str, lang: str, published: date) -> list[dict]:
    """`extract_article`'s claims for `text`, published on `published` (sidecar date)."""
    article = Article(article_id="t", file_name="t.txt", raw=text,
                      clean=CleanText.identity(text), language=lang, published=published,
                      published_source="sidecar")
    return extract_article(article, load_topic()).claims
