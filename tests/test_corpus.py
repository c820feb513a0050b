"""The hand-labelled test corpus in tests/corpus is well-formed and rebuilds identically."""

from __future__ import annotations

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
    check_readme_table,
    check_rebuild_identical,
    check_spans_read_back,
    check_undated_files_carry_their_date,
    check_value_sets,
    load_builder,
    read_csv,
    texts_in,
)

from claimtrack.schema import CLAIMANT_GROUPS, QUALIFIERS, STATUSES

CORPUS = Path(__file__).resolve().parent / "corpus"
ARTICLES = CORPUS / "articles"


@pytest.fixture(scope="module")
def gold() -> list[dict[str, str]]:
    return read_csv(CORPUS / "gold.csv")[1]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return texts_in(ARTICLES)


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_builder(CORPUS / "build_corpus.py", "build_corpus")


def test_gold_has_exactly_the_spec_columns():
    assert read_csv(CORPUS / "gold.csv")[0] == GOLD_COLUMNS


def test_sidecar_has_the_spec_columns_and_covers_some_articles_only(texts):
    columns, rows = read_csv(ARTICLES / "articles.csv")
    assert columns == SIDECAR_COLUMNS
    ids = [r["article_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert set(ids) < set(texts), "the sidecar must name existing articles, not all of them"
    for r in rows:
        date.fromisoformat(r["published"])
        assert r["language"] in ("de", "en")


def test_every_gold_span_reads_back_from_the_decoded_file(gold, texts):
    check_spans_read_back(gold, texts)


def test_gold_values_are_in_the_spec_value_sets(gold):
    check_value_sets(gold)


def test_gold_spans_are_unique_and_do_not_overlap(gold):
    check_no_overlap(gold)


def test_every_article_has_gold_rows_or_is_a_documented_pure_negative(gold, texts):
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    labelled = {r["article_id"] for r in gold}
    assert labelled <= set(texts)
    for article_id in set(texts) - labelled:
        lines = [ln for ln in readme.splitlines() if f"`{article_id}`" in ln]
        assert any("pure negative" in ln.lower() for ln in lines), article_id


def test_corpus_is_large_and_mostly_required(gold, texts):
    required = [r for r in gold if r["required"] == "yes"]
    assert len(texts) >= 24
    assert len(required) >= 80
    assert len(required) >= 3 * len({r["article_id"] for r in required})
    assert Counter(r["claimant_group"] for r in required).keys() >= set(CLAIMANT_GROUPS) - {
        "unattributed"
    }
    assert {r["qualifier"] for r in required} == set(QUALIFIERS)
    assert {r["status"] for r in required} == set(STATUSES)


def test_corpus_covers_the_formats_encodings_and_line_ends(builder, texts):
    sources = builder.SOURCES
    formats = Counter(s.fmt for s in sources)
    assert all(formats[f] >= 6 for f in ("txt", "md", "html"))
    assert {s.encoding for s in sources} == {"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}
    languages = Counter(s.language for s in sources)
    assert abs(languages["de"] - languages["en"]) <= 4
    check_line_ends(builder, texts)


def test_files_without_sidecar_carry_their_date(builder, texts):
    check_undated_files_carry_their_date(builder, texts, ARTICLES)


def test_rebuild_gives_identical_files(builder, tmp_path):
    check_rebuild_identical(builder, tmp_path, CORPUS)


def test_readme_table_is_current(builder, gold):
    check_readme_table(builder, gold, CORPUS)


def test_window_labels_resolve_against_the_publication_date(builder):
    wednesday = date(2024, 10, 30)
    assert builder.window("wed", wednesday) == (wednesday, wednesday)
    assert builder.window("mon", wednesday) == (date(2024, 10, 28), date(2024, 10, 28))
    assert builder.window("thu", wednesday) == (date(2024, 10, 24), date(2024, 10, 24))
    assert builder.window("pub", wednesday) == (date(2024, 10, 29), wednesday)
    assert builder.window("lastweek", wednesday) == (date(2024, 10, 21), wednesday)
    assert builder.window("sat..sun", wednesday) == (date(2024, 10, 26), date(2024, 10, 27))
    assert builder.window("2024-10-01..pub", wednesday) == (date(2024, 10, 1), wednesday)


def test_render_strips_marks_and_counts_crlf(builder):
    src = builder.Source(
        article_id="x", language="de", fmt="txt", encoding="utf-8",
        published=date(2024, 11, 5), dated_by="dateline", features="",
        text="Kopf\nEs sind [[rund 1.500]] Soldaten.\n",
        claims=(builder.C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "mon"),),
        crlf=True,
    )
    text, rows = builder.render(src)
    assert text == "Kopf\r\nEs sind rund 1.500 Soldaten.\r\n"
    assert (rows[0]["start"], rows[0]["end"]) == ("14", "24")
    assert rows[0]["claim_date_from"] == rows[0]["claim_date_to"] == "2024-11-04"


def test_render_rejects_a_label_that_does_not_match_its_mark(builder):
    src = builder.Source(
        article_id="x", language="en", fmt="txt", encoding="utf-8",
        published=date(2024, 11, 5), dated_by="dateline", features="",
        text="About [[some 2,000]] troops.",
        claims=(builder.C("2,000", 2000, "approx", "in_russia", "other", "pub"),),
    )
    with pytest.raises(AssertionError):
        builder.render(src)
