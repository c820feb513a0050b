"""The held-out corpus in tests/corpus_heldout is well-formed and rebuilds identically.

No extractor runs here: this corpus is for measuring, never for tuning.
"""

from __future__ import annotations

import inspect
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from corpus_checks import (
    GOLD_COLUMNS,
    SIDECAR_COLUMNS,
    check_line_ends,
    check_no_overlap,
    check_nothing_copied,
    check_readme_table,
    check_rebuild_identical,
    check_spans_read_back,
    check_undated_files_carry_their_date,
    check_value_sets,
    check_windows_before_publication,
    load_builder,
    read_csv,
    texts_in,
    word_runs,
)

from claimtrack.schema import CLAIMANT_GROUPS, QUALIFIERS, STATUSES

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus_heldout"
ARTICLES = CORPUS / "articles"
OTHER_CORPORA = (TESTS / "corpus" / "articles", TESTS.parent / "data" / "articles")


@pytest.fixture(scope="module")
def gold() -> list[dict[str, str]]:
    return read_csv(CORPUS / "gold.csv")[1]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return texts_in(ARTICLES)


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_builder(CORPUS / "build_corpus.py", "build_corpus_heldout")


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
    check_spans_read_back(gold, texts)


def test_gold_values_are_in_the_spec_value_sets(gold):
    check_value_sets(gold)


def test_claim_windows_end_on_or_before_publication(gold, builder):
    check_windows_before_publication(gold, builder)


def test_gold_spans_are_unique_and_do_not_overlap(gold):
    check_no_overlap(gold)


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
    check_line_ends(builder, texts)


def test_articles_are_realistic_lengths(texts):
    for article_id, text in texts.items():
        assert 1500 <= len(text.encode("utf-8")) <= 5000, article_id


def test_files_without_sidecar_carry_their_date(builder, texts):
    check_undated_files_carry_their_date(builder, texts, ARTICLES)


def test_nothing_is_copied_from_the_other_corpora(texts):
    check_nothing_copied(texts, OTHER_CORPORA)


def test_word_runs_ignore_markup_and_case():
    runs = word_runs("<p>One <b>two</b> THREE&nbsp;four</p>", n=4)
    assert runs == {"one two three four"}


def test_builder_reuses_the_first_corpus_machinery(builder):
    first = TESTS / "corpus" / "build_corpus.py"
    for fn in (builder.render, builder.encode, builder.build, builder.window):
        assert Path(inspect.getsourcefile(fn)).resolve() == first
    assert builder.base.SOURCES is builder.SOURCES


def test_rebuild_gives_identical_files(builder, tmp_path):
    check_rebuild_identical(builder, tmp_path, CORPUS)


def test_readme_table_is_current(builder, gold):
    check_readme_table(builder, gold, CORPUS)


