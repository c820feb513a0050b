"""The blind corpora in tests/corpus_blind and tests/corpus_blind2 … tests/corpus_blind34 are
well-formed and rebuild identically.

No extractor runs here: each was written for an honest measurement on unseen articles.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
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
)

from claimtrack.schema import CLAIMANT_GROUPS, QUALIFIERS, STATUSES

TESTS = Path(__file__).resolve().parent
SWISS_NUMBER = re.compile(r"\d'\d{3}")
AUSTRIAN_WORDS = ("Jänner", "Feber", "heuer")


@dataclass(frozen=True)
class Spec:
    """What one blind corpus holds."""

    folder: str
    module: str  # the builder's module name
    base_name: str  # its private instance of the first corpus builder
    last_day: date  # claim windows end by then
    n_articles: int
    required: tuple[int, int]  # bounds on the required gold rows
    formats: dict[str, int]
    encodings: frozenset[str]
    languages: dict[str, int]
    max_bytes: int
    others: tuple[str, ...] = ()  # corpora it must copy nothing from (folders under tests/)

    @property
    def corpus(self) -> Path:
        return TESTS / self.folder

    @property
    def articles(self) -> Path:
        return self.corpus / "articles"


FIRST_CORPORA = ("corpus", "corpus_heldout")  # written before the blind ones
ORDINARY_NEWS = range(6, 203)  # corpus_blind6 … corpus_blind202: 12 articles of ordinary news


def ordinary_news(n: int) -> Spec:
    """The spec every ordinary-news corpus from corpus_blind6 on was written to."""
    return Spec(f"corpus_blind{n}", f"build_corpus_blind{n}", f"_blind{n}_base_builder",
                date(2025, 11, 30), 12, (80, 105), {"txt": 4, "md": 4, "html": 4},
                frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}),
                {"de": 6, "en": 6}, 5120)


def with_others(specs: tuple[Spec, ...]) -> tuple[Spec, ...]:
    """Each corpus must copy nothing from the first corpora and every blind one before it."""
    folders = [s.folder for s in specs]
    return tuple(replace(s, others=(*FIRST_CORPORA, *folders[:i])) for i, s in enumerate(specs))


SPECS = with_others((
    Spec("corpus_blind", "build_corpus_blind", "_blind_base_builder", date(2025, 7, 31), 12,
         (60, 85), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252"}), {"de": 6, "en": 6}, 4096),
    Spec("corpus_blind2", "build_corpus_blind2", "_blind2_base_builder", date(2025, 9, 30), 14,
         (90, 120), {"txt": 5, "md": 4, "html": 5},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 7, "en": 7},
         5120),
    Spec("corpus_blind3", "build_corpus_blind3", "_blind3_base_builder", date(2025, 10, 31), 14,
         (90, 120), {"txt": 5, "md": 4, "html": 5},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 7, "en": 7},
         5120),
    Spec("corpus_blind4", "build_corpus_blind4", "_blind4_base_builder", date(2025, 11, 30), 16,
         (100, 130), {"txt": 6, "md": 5, "html": 5},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 8, "en": 8},
         5120),
    Spec("corpus_blind5", "build_corpus_blind5", "_blind5_base_builder", date(2025, 11, 30), 14,
         (90, 120), {"txt": 5, "md": 4, "html": 5},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 7, "en": 7},
         5120),
    *(ordinary_news(n) for n in ORDINARY_NEWS),
))
BASE_NAMES = ("_heldout_base_builder", *(s.base_name for s in SPECS))


@pytest.fixture(scope="module", params=SPECS, ids=[s.folder for s in SPECS])
def spec(request) -> Spec:
    return request.param


@pytest.fixture(scope="module")
def gold(spec) -> list[dict[str, str]]:
    return read_csv(spec.corpus / "gold.csv")[1]


@pytest.fixture(scope="module")
def texts(spec) -> dict[str, str]:
    return texts_in(spec.articles)


@pytest.fixture(scope="module")
def builder(spec) -> ModuleType:
    return load_builder(spec.corpus / "build_corpus.py", spec.module)


def test_gold_has_exactly_the_spec_columns(spec):
    assert read_csv(spec.corpus / "gold.csv")[0] == GOLD_COLUMNS


def test_sidecar_has_the_spec_columns_and_covers_about_half(spec, texts, builder):
    columns, rows = read_csv(spec.articles / "articles.csv")
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


def test_claim_windows_fall_in_the_topic_period(spec, gold):
    for r in gold:
        assert date(2024, 10, 1) <= date.fromisoformat(r["claim_date_from"]), r
        assert date.fromisoformat(r["claim_date_to"]) <= spec.last_day, r


def test_gold_spans_are_unique_and_do_not_overlap(gold):
    check_no_overlap(gold)


def test_every_article_has_required_gold_rows(gold, texts):
    required = Counter(r["article_id"] for r in gold if r["required"] == "yes")
    assert set(required) == set(texts)
    assert min(required.values()) >= 5


def test_corpus_covers_every_value_of_every_label(spec, gold, texts):
    required = [r for r in gold if r["required"] == "yes"]
    assert len(texts) == spec.n_articles
    assert spec.required[0] <= len(required) <= spec.required[1]
    assert {r["claimant_group"] for r in required} == set(CLAIMANT_GROUPS)
    assert {r["qualifier"] for r in required} == set(QUALIFIERS)
    assert {r["status"] for r in required} == set(STATUSES)
    assert {r["additional"] for r in required} == {"true", "false"}
    optional = len(gold) - len(required)
    assert 0 < optional <= 0.1 * len(gold)


def test_corpus_covers_the_formats_encodings_languages_and_line_ends(spec, builder, texts):
    sources = builder.SOURCES
    assert Counter(s.fmt for s in sources) == spec.formats
    assert {s.encoding for s in sources} == spec.encodings
    assert Counter(s.language for s in sources) == spec.languages
    assert {s.dated_by for s in sources} == {"sidecar", "front_matter", "html_meta", "dateline"}
    check_line_ends(builder, texts)


def test_german_articles_include_swiss_and_austrian_conventions(builder, texts):
    german = [texts[s.article_id] for s in builder.SOURCES if s.language == "de"]
    assert any(SWISS_NUMBER.search(t) and "«" in t and "ß" not in t for t in german)
    assert any(any(w in t for w in AUSTRIAN_WORDS) for t in german)


def test_articles_are_realistic_lengths(spec, texts):
    for article_id, text in texts.items():
        assert 1500 <= len(text.encode("utf-8")) <= spec.max_bytes, article_id


def test_files_without_sidecar_carry_their_date(spec, builder, texts):
    check_undated_files_carry_their_date(builder, texts, spec.articles)


def test_nothing_is_copied_from_the_other_corpora(spec, texts):
    others = tuple(TESTS / o / "articles" for o in spec.others)
    check_nothing_copied(texts, (*others, TESTS.parent / "data" / "articles"))


def test_builder_reuses_the_first_corpus_machinery(builder):
    first = TESTS / "corpus" / "build_corpus.py"
    for fn in (builder.render, builder.encode, builder.build, builder.window):
        assert Path(inspect.getsourcefile(fn)).resolve() == first
    assert builder.base.SOURCES is builder.SOURCES


def test_builder_base_is_private_to_this_corpus(spec, builder):
    """The other derived builders' base modules keep their own SOURCES (no shared name)."""
    assert builder.BASE_NAME == spec.base_name
    for name in BASE_NAMES:
        other = sys.modules.get(name)
        if name != spec.base_name:
            assert other is None or other is not builder.base


def test_rebuild_gives_identical_files(spec, builder, tmp_path):
    check_rebuild_identical(builder, tmp_path, spec.corpus)


def test_readme_table_is_current(spec, builder, gold):
    check_readme_table(builder, gold, spec.corpus)
