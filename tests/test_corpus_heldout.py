"""The held-out corpus in tests/corpus_heldout is well-formed and rebuilds identically.

No extractor runs here: this corpus is for measuring, never for tuning.
"""

from __future__ import annotations

import importlib.util
import inspect
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from test_corpus import ARTICLE_SUFFIXES, GOLD_COLUMNS, SIDECAR_COLUMNS, decode, read_csv

from claimtrack.schema import CLAIMANT_GROUPS, QUALIFIERS, STATUSES

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus_heldout"
ARTICLES = CORPUS / "articles"
OTHER_CORPORA = (TESTS / "corpus" / "articles", TESTS.parent / "data" / "articles")
SENTENCE_END = re.compile(r"(?<=[.!?:;\"“”»«])\s+|\n")
SPACES = re.compile(r"\s+")
MARKUP = re.compile(r"<[^>]*>|&#?\w+;")
WORD = re.compile(r"\w+")
RUN = 11  # words in a row that would betray a copied sentence


def texts_in(folder: Path) -> dict[str, str]:
    return {
        p.stem: decode(p.read_bytes())
        for p in sorted(folder.iterdir()) if p.suffix in ARTICLE_SUFFIXES
    }


def sentences(text: str, min_chars: int = 50) -> set[str]:
    """Whitespace-normalised sentence-like pieces long enough to be telling."""
    pieces = (SPACES.sub(" ", p).strip() for p in SENTENCE_END.split(text))
    return {p for p in pieces if len(p) >= min_chars}


def word_runs(text: str, n: int = RUN) -> set[str]:
    """Every run of `n` consecutive words, markup and case ignored."""
    words = WORD.findall(MARKUP.sub(" ", text).lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.fixture(scope="module")
def gold() -> list[dict[str, str]]:
    return read_csv(CORPUS / "gold.csv")[1]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return texts_in(ARTICLES)


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    path = CORPUS / "build_corpus.py"
    spec = importlib.util.spec_from_file_location("build_corpus_heldout", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def test_gold_has_exactly_the_spec_columns():
    assert read_csv(CORPUS / "gold.csv")[0] == GOLD_COLUMNS


def test_sidecar_has_the_spec_columns_and_covers_about_half(texts, builder):
    columns, rows = read_csv(ARTICLES / "articles.csv")
    assert columns == SIDECAR_COLUMNS
    ids = [r["article_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert set(ids) < set(texts)
    assert 0.35 <= len(ids) / len(texts) <= 0.65
    published = {s.article_id: s.published for s in builder.SOURCES}
    for r in rows:
        assert date.fromisoformat(r["published"]) == published[r["article_id"]]
        assert r["language"] in ("de", "en")


def test_every_gold_span_reads_back_from_the_decoded_file(gold, texts):
    for r in gold:
        text = texts[r["article_id"]]
        start, end = int(r["start"]), int(r["end"])
        assert 0 <= start < end <= len(text), r
        assert text[start:end] == r["quantity_text"], r


def test_gold_values_are_in_the_spec_value_sets(gold):
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


def test_claim_windows_end_on_or_before_publication(gold, builder):
    published = {s.article_id: s.published for s in builder.SOURCES}
    for r in gold:
        assert date.fromisoformat(r["claim_date_to"]) <= published[r["article_id"]], r


def test_gold_spans_are_unique_and_do_not_overlap(gold):
    by_article: dict[str, list[tuple[int, int]]] = {}
    for r in gold:
        by_article.setdefault(r["article_id"], []).append((int(r["start"]), int(r["end"])))
    for spans in by_article.values():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start


def test_every_article_has_required_gold_rows(gold, texts):
    required = Counter(r["article_id"] for r in gold if r["required"] == "yes")
    assert set(required) == set(texts)
    assert min(required.values()) >= 4


def test_corpus_covers_every_value_of_every_label(gold, texts):
    required = [r for r in gold if r["required"] == "yes"]
    assert len(texts) == 20
    assert len(required) >= 90
    assert {r["claimant_group"] for r in required} == set(CLAIMANT_GROUPS)
    assert {r["qualifier"] for r in required} == set(QUALIFIERS)
    assert {r["status"] for r in required} == set(STATUSES)
    assert {r["additional"] for r in required} == {"true", "false"}
    optional = len(gold) - len(required)
    assert 0 < optional <= 0.15 * len(gold)


def test_corpus_covers_the_formats_encodings_languages_and_line_ends(builder, texts):
    sources = builder.SOURCES
    assert Counter(s.fmt for s in sources) == {"txt": 7, "md": 6, "html": 7}
    assert {s.encoding for s in sources} == {"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}
    assert Counter(s.language for s in sources) == {"de": 10, "en": 10}
    assert {s.dated_by for s in sources} == {
        "sidecar", "front_matter", "html_meta", "dateline", "inferred"
    }
    crlf_ids = {s.article_id for s in sources if s.crlf}
    assert 0 < len(crlf_ids) < len(sources)
    for article_id, text in texts.items():
        assert ("\r\n" in text) == (article_id in crlf_ids), article_id


def test_articles_are_realistic_lengths(texts):
    for article_id, text in texts.items():
        assert 1500 <= len(text.encode("utf-8")) <= 5000, article_id


def test_files_without_sidecar_carry_their_date(builder, texts):
    _, rows = read_csv(ARTICLES / "articles.csv")
    in_sidecar = {r["article_id"] for r in rows}
    for s in builder.SOURCES:
        if s.article_id not in in_sidecar:
            forms = builder.date_forms(s.published)
            assert any(f in texts[s.article_id] for f in forms), s.article_id


def test_no_sentence_is_shared_with_the_other_corpora(texts):
    others = [t for folder in OTHER_CORPORA for t in texts_in(folder).values()]
    haystack = "\n".join(SPACES.sub(" ", t) for t in others)
    for article_id, text in texts.items():
        shared = [s for s in sentences(text) if s in haystack]
        assert not shared, (article_id, shared)


def test_no_long_word_run_is_shared_with_the_other_corpora(texts):
    others = set().union(*(word_runs(t) for f in OTHER_CORPORA for t in texts_in(f).values()))
    for article_id, text in texts.items():
        assert not word_runs(text) & others, article_id


def test_word_runs_ignore_markup_and_case():
    runs = word_runs("<p>One <b>two</b> THREE&nbsp;four</p>", n=4)
    assert runs == {"one two three four"}


def test_article_ids_are_new(texts):
    for folder in OTHER_CORPORA:
        assert not set(texts) & set(texts_in(folder))


def test_builder_reuses_the_first_corpus_machinery(builder):
    first = TESTS / "corpus" / "build_corpus.py"
    for fn in (builder.render, builder.encode, builder.build, builder.window):
        assert Path(inspect.getsourcefile(fn)).resolve() == first
    assert builder.base.SOURCES is builder.SOURCES


def test_rebuild_gives_identical_files(builder, tmp_path):
    builder.build(tmp_path)
    built = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(
        p.relative_to(CORPUS) for p in CORPUS.rglob("*")
        if p.is_file() and (p.parent == ARTICLES or p.name == "gold.csv")
    )
    assert built == committed
    for rel in built:
        assert (tmp_path / rel).read_bytes() == (CORPUS / rel).read_bytes(), rel


def test_readme_table_is_current(builder, gold):
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    block = re.search(
        re.escape(builder.TABLE_START) + r"\n(.*)\n" + re.escape(builder.TABLE_END), readme, re.S
    )
    assert block is not None
    assert block.group(1) == builder.readme_table(gold)
