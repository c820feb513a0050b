"""Reading and checking a hand-labelled corpus folder: shared by the three corpus tests."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

from claimtrack.schema import CLAIMANT_GROUPS, QUALIFIERS, STATUSES

GOLD_COLUMNS = [
    "article_id", "start", "end", "quantity_text", "value", "qualifier", "additional", "status",
    "claimant_group", "claim_date_from", "claim_date_to", "required", "note",
]
SIDECAR_COLUMNS = ["article_id", "published", "outlet", "url", "title", "language"]
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
SENTENCE_END = re.compile(r"(?<=[.!?:;\"“”»«])\s+|\n")
SPACES = re.compile(r"\s+")
MARKUP = re.compile(r"<[^>]*>|&#?\w+;")
WORD = re.compile(r"\w+")
RUN = 11  # words in a row that would betray a copied sentence


def decode(data: bytes) -> str:
    """Decode like a plain loader: BOM first, then UTF-8, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def texts_in(folder: Path) -> dict[str, str]:
    return {
        p.stem: decode(p.read_bytes())
        for p in sorted(folder.iterdir()) if p.suffix in ARTICLE_SUFFIXES
    }


def load_builder(path: Path, name: str) -> ModuleType:
    """A corpus builder script, imported by path under `name`."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def sentences(text: str, min_chars: int = 50) -> set[str]:
    """Whitespace-normalised sentence-like pieces long enough to be telling."""
    pieces = (SPACES.sub(" ", p).strip() for p in SENTENCE_END.split(text))
    return {p for p in pieces if len(p) >= min_chars}


def word_runs(text: str, n: int = RUN) -> set[str]:
    """Every run of `n` consecutive words, markup and case ignored."""
    words = WORD.findall(MARKUP.sub(" ", text).lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def check_spans_read_back(gold: list[dict[str, str]], texts: dict[str, str]) -> None:
    for r in gold:
        text = texts[r["article_id"]]
        start, end = int(r["start"]), int(r["end"])
        assert 0 <= start < end <= len(text), r
        assert text[start:end] == r["quantity_text"], r


def check_value_sets(gold: list[dict[str, str]]) -> None:
    for r in gold:
        assert r["qualifier"] in QUALIFIERS, r
        assert r["status"] in STATUSES, r
        assert r["claimant_group"] in CLAIMANT_GROUPS, r
        assert r["additional"] in ("true", "false"), r
        assert r["required"] in ("yes", "optional"), r
        assert date.fromisoformat(r["claim_date_from"]) <= date.fromisoformat(r["claim_date_to"])
        if r["qualifier"] in ("range", "vague"):
            assert r["value"] == "", r
        else:
            assert float(r["value"]) > 0, r


def check_no_overlap(gold: list[dict[str, str]]) -> None:
    by_article: dict[str, list[tuple[int, int]]] = {}
    for r in gold:
        by_article.setdefault(r["article_id"], []).append((int(r["start"]), int(r["end"])))
    for spans in by_article.values():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start


def check_windows_before_publication(gold: list[dict[str, str]], builder: ModuleType) -> None:
    published = {s.article_id: s.published for s in builder.SOURCES}
    for r in gold:
        assert date.fromisoformat(r["claim_date_to"]) <= published[r["article_id"]], r


def check_line_ends(builder: ModuleType, texts: dict[str, str]) -> None:
    """Some but not all files have CRLF line ends, exactly those the builder says."""
    crlf_ids = {s.article_id for s in builder.SOURCES if s.crlf}
    assert 0 < len(crlf_ids) < len(builder.SOURCES)
    for article_id, text in texts.items():
        assert ("\r\n" in text) == (article_id in crlf_ids), article_id


def check_undated_files_carry_their_date(
    builder: ModuleType, texts: dict[str, str], articles: Path
) -> None:
    _, rows = read_csv(articles / "articles.csv")
    in_sidecar = {r["article_id"] for r in rows}
    for s in builder.SOURCES:
        if s.article_id not in in_sidecar:
            forms = builder.date_forms(s.published)
            assert any(f in texts[s.article_id] for f in forms), s.article_id


def check_nothing_copied(texts: dict[str, str], others: tuple[Path, ...]) -> None:
    """No telling sentence, no run of words and no article id shared with `others`."""
    other_texts = [t for folder in others for t in texts_in(folder).values()]
    haystack = "\n".join(SPACES.sub(" ", t) for t in other_texts)
    other_runs = set().union(*(word_runs(t) for t in other_texts))
    for article_id, text in texts.items():
        shared = [s for s in sentences(text) if s in haystack]
        assert not shared, (article_id, shared)
        assert not word_runs(text) & other_runs, article_id
    for folder in others:
        assert not set(texts) & set(texts_in(folder))


def check_rebuild_identical(builder: ModuleType, tmp_path: Path, corpus: Path) -> None:
    builder.build(tmp_path)
    built = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(
        p.relative_to(corpus) for p in corpus.rglob("*")
        if p.is_file() and (p.parent == corpus / "articles" or p.name == "gold.csv")
    )
    assert built == committed
    for rel in built:
        assert (tmp_path / rel).read_bytes() == (corpus / rel).read_bytes(), rel


def check_readme_table(builder: ModuleType, gold: list[dict[str, str]], corpus: Path) -> None:
    readme = (corpus / "README.md").read_text(encoding="utf-8")
    block = re.search(
        re.escape(builder.TABLE_START) + r"\n(.*)\n" + re.escape(builder.TABLE_END), readme, re.S
    )
    assert block is not None
    assert block.group(1) == builder.readme_table(gold)
