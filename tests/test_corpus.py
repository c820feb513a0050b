"""The hand-labelled test corpus in tests/corpus is well-formed and rebuilds identically."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from claimtrack.schema import CLAIMANT_GROUPS, QUALIFIERS, STATUSES

CORPUS = Path(__file__).resolve().parent / "corpus"
ARTICLES = CORPUS / "articles"
GOLD_COLUMNS = [
    "article_id", "start", "end", "quantity_text", "value", "qualifier", "additional", "status",
    "claimant_group", "claim_date_from", "claim_date_to", "required", "note",
]
SIDECAR_COLUMNS = ["article_id", "published", "outlet", "url", "title", "language"]
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


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


@pytest.fixture(scope="module")
def gold() -> list[dict[str, str]]:
    return read_csv(CORPUS / "gold.csv")[1]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {
        p.stem: decode(p.read_bytes())
        for p in sorted(ARTICLES.iterdir()) if p.suffix in ARTICLE_SUFFIXES
    }


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_corpus", CORPUS / "build_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


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


def test_gold_spans_are_unique_and_do_not_overlap(gold):
    by_article: dict[str, list[tuple[int, int]]] = {}
    for r in gold:
        by_article.setdefault(r["article_id"], []).append((int(r["start"]), int(r["end"])))
    for spans in by_article.values():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start


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
    assert any(s.crlf for s in sources) and not all(s.crlf for s in sources)
    languages = Counter(s.language for s in sources)
    assert abs(languages["de"] - languages["en"]) <= 4
    crlf_ids = {s.article_id for s in sources if s.crlf}
    for article_id, text in texts.items():
        has_crlf = "\r\n" in text
        assert has_crlf == (article_id in crlf_ids), article_id


def test_files_without_sidecar_carry_their_date(builder, texts):
    _, rows = read_csv(ARTICLES / "articles.csv")
    in_sidecar = {r["article_id"] for r in rows}
    for s in builder.SOURCES:
        if s.article_id not in in_sidecar:
            forms = builder.date_forms(s.published)
            assert any(f in texts[s.article_id] for f in forms), s.article_id


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
