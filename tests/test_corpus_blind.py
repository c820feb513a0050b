"""The blind corpora in tests/corpus_blind and tests/corpus_blind2 … tests/corpus_blind30 are
well-formed and rebuild identically.

No extractor runs here: each was written for an honest measurement on unseen articles.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections import Counter
from dataclasses import dataclass
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
BASE_NAMES = (
    "_heldout_base_builder", "_blind_base_builder", "_blind2_base_builder",
    "_blind3_base_builder", "_blind4_base_builder", "_blind5_base_builder",
    "_blind6_base_builder", "_blind7_base_builder", "_blind8_base_builder",
    "_blind9_base_builder", "_blind10_base_builder", "_blind11_base_builder",
    "_blind12_base_builder", "_blind13_base_builder", "_blind14_base_builder",
    "_blind15_base_builder", "_blind16_base_builder", "_blind17_base_builder",
    "_blind18_base_builder", "_blind19_base_builder", "_blind20_base_builder",
    "_blind21_base_builder", "_blind22_base_builder", "_blind23_base_builder",
    "_blind24_base_builder", "_blind25_base_builder", "_blind26_base_builder",
    "_blind27_base_builder", "_blind28_base_builder", "_blind29_base_builder",
    "_blind30_base_builder",
    "_blind27_base_builder",
)


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
    others: tuple[str, ...]  # corpora it must copy nothing from (folders under tests/)

    @property
    def corpus(self) -> Path:
        return TESTS / self.folder

    @property
    def articles(self) -> Path:
        return self.corpus / "articles"


SPECS = (
    Spec("corpus_blind", "build_corpus_blind", "_blind_base_builder", date(2025, 7, 31), 12,
         (60, 85), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252"}), {"de": 6, "en": 6}, 4096,
         ("corpus", "corpus_heldout")),
    Spec("corpus_blind2", "build_corpus_blind2", "_blind2_base_builder", date(2025, 9, 30), 14,
         (90, 120), {"txt": 5, "md": 4, "html": 5},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 7, "en": 7},
         5120, ("corpus", "corpus_heldout", "corpus_blind")),
    Spec("corpus_blind3", "build_corpus_blind3", "_blind3_base_builder", date(2025, 10, 31), 14,
         (90, 120), {"txt": 5, "md": 4, "html": 5},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 7, "en": 7},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2")),
    Spec("corpus_blind4", "build_corpus_blind4", "_blind4_base_builder", date(2025, 11, 30), 16,
         (100, 130), {"txt": 6, "md": 5, "html": 5},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 8, "en": 8},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3")),
    Spec("corpus_blind5", "build_corpus_blind5", "_blind5_base_builder", date(2025, 11, 30), 14,
         (90, 120), {"txt": 5, "md": 4, "html": 5},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 7, "en": 7},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4")),
    Spec("corpus_blind6", "build_corpus_blind6", "_blind6_base_builder", date(2025, 11, 30), 12,
         (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5")),
    Spec("corpus_blind7", "build_corpus_blind7", "_blind7_base_builder", date(2025, 11, 30), 12,
         (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6")),
    Spec("corpus_blind8", "build_corpus_blind8", "_blind8_base_builder", date(2025, 11, 30), 12,
         (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7")),
    Spec("corpus_blind9", "build_corpus_blind9", "_blind9_base_builder", date(2025, 11, 30), 12,
         (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8")),
    Spec("corpus_blind10", "build_corpus_blind10", "_blind10_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9")),
    Spec("corpus_blind11", "build_corpus_blind11", "_blind11_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10")),
    Spec("corpus_blind12", "build_corpus_blind12", "_blind12_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11")),
    Spec("corpus_blind13", "build_corpus_blind13", "_blind13_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12")),
    Spec("corpus_blind14", "build_corpus_blind14", "_blind14_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13")),
    Spec("corpus_blind15", "build_corpus_blind15", "_blind15_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14")),
    Spec("corpus_blind16", "build_corpus_blind16", "_blind16_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15")),
    Spec("corpus_blind17", "build_corpus_blind17", "_blind17_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16")),
    Spec("corpus_blind18", "build_corpus_blind18", "_blind18_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17")),
    Spec("corpus_blind19", "build_corpus_blind19", "_blind19_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18")),
    Spec("corpus_blind20", "build_corpus_blind20", "_blind20_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19")),
    Spec("corpus_blind21", "build_corpus_blind21", "_blind21_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20")),
    Spec("corpus_blind22", "build_corpus_blind22", "_blind22_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21")),
    Spec("corpus_blind23", "build_corpus_blind23", "_blind23_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21", "corpus_blind22")),
    Spec("corpus_blind24", "build_corpus_blind24", "_blind24_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21", "corpus_blind22",
                "corpus_blind23")),
    Spec("corpus_blind25", "build_corpus_blind25", "_blind25_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21", "corpus_blind22",
                "corpus_blind23", "corpus_blind24")),
    Spec("corpus_blind26", "build_corpus_blind26", "_blind26_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21", "corpus_blind22",
                "corpus_blind23", "corpus_blind24", "corpus_blind25")),
    Spec("corpus_blind27", "build_corpus_blind27", "_blind27_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21", "corpus_blind22",
                "corpus_blind23", "corpus_blind24", "corpus_blind25", "corpus_blind26")),
    Spec("corpus_blind28", "build_corpus_blind28", "_blind28_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21", "corpus_blind22",
                "corpus_blind23", "corpus_blind24", "corpus_blind25", "corpus_blind26",
                "corpus_blind27")),
    Spec("corpus_blind29", "build_corpus_blind29", "_blind29_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21", "corpus_blind22",
                "corpus_blind23", "corpus_blind24", "corpus_blind25", "corpus_blind26",
                "corpus_blind27", "corpus_blind28")),
    Spec("corpus_blind30", "build_corpus_blind30", "_blind30_base_builder", date(2025, 11, 30),
         12, (80, 105), {"txt": 4, "md": 4, "html": 4},
         frozenset({"utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"}), {"de": 6, "en": 6},
         5120, ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2", "corpus_blind3",
                "corpus_blind4", "corpus_blind5", "corpus_blind6", "corpus_blind7",
                "corpus_blind8", "corpus_blind9", "corpus_blind10", "corpus_blind11",
                "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15",
                "corpus_blind16", "corpus_blind17", "corpus_blind18",
                "corpus_blind19", "corpus_blind20", "corpus_blind21", "corpus_blind22",
                "corpus_blind23", "corpus_blind24", "corpus_blind25", "corpus_blind26",
                "corpus_blind27", "corpus_blind28", "corpus_blind29")),
)


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
