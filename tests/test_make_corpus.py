"""The benchmark corpus generator: deterministic, varied, realistic sizes, own text."""

from __future__ import annotations

import csv
import importlib.util
import re
import statistics
import sys
from pathlib import Path

import pytest

from claimtrack.decoding import decode_bytes
from claimtrack.paths import DEFAULT_ARTICLES_DIR, REPO_DIR, SIDECAR_NAME

ARTICLE_SUFFIXES = {".txt", ".md", ".html"}


def load_make_corpus():
    """benchmarks/make_corpus.py as a module (benchmarks/ is not a package)."""
    path = REPO_DIR / "benchmarks" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


mc = load_make_corpus()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    mc.make_corpus(400, folder, seed=7)
    return folder


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def article_texts(folder: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.iterdir()):
        if path.suffix in ARTICLE_SUFFIXES and path.stat().st_size:
            texts[path.name] = decode_bytes(path.read_bytes())[0]
    return texts


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path, corpus):
    mc.make_corpus(400, tmp_path / "again", seed=7)
    mc.make_corpus(400, tmp_path / "other", seed=8)
    assert files_of(tmp_path / "again") == files_of(corpus)
    assert files_of(tmp_path / "other") != files_of(corpus)


def test_writes_n_files_plus_sidecar(tmp_path):
    stats = mc.make_corpus(37, tmp_path, seed=1)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 38 and SIDECAR_NAME in names
    assert stats.files == 37
    assert stats.articles + stats.duplicates + stats.junk == 37


def test_article_sizes_are_those_of_news_articles(corpus):
    sizes = [p.stat().st_size for p in corpus.iterdir() if p.suffix in ARTICLE_SUFFIXES]
    sizes = [s for s in sizes if s]  # the few empty files are deliberate junk
    assert min(sizes) >= 1_000 and max(sizes) <= 7_000
    assert 3_000 <= statistics.median(sizes) <= 5_000


def test_mix_of_languages_formats_encodings(corpus):
    suffixes = {p.suffix for p in corpus.iterdir()}
    assert ARTICLE_SUFFIXES <= suffixes
    encodings = {decode_bytes(p.read_bytes())[1] for p in corpus.iterdir()
                 if p.suffix in ARTICLE_SUFFIXES and p.stat().st_size}
    assert len(encodings) >= 3
    texts = article_texts(corpus).values()
    german = sum("Nordkorea" in t or "Pjöngjang" in t for t in texts)
    english = sum("North Korea" in t or "Pyongyang" in t for t in texts)
    assert german > 100 and english > 60 and german + english >= len(texts)


def test_regional_conventions_appear(corpus):
    text = "\n".join(article_texts(corpus).values())
    assert re.search(r"\b\d{1,3}['’]000\b", text)  # Swiss thousands
    assert re.search(r"\b\d{1,3}\.000\b", text)  # German thousands
    assert re.search(r"\b\d{1,3},000\b", text)  # English thousands
    assert "Jänner" in text  # Austrian January
    for hedge in ("rund", "mehr als", "bis zu", "Tausende", "about", "up to", "thousands of"):
        assert hedge in text


def test_metadata_in_sidecar_front_matter_html_meta_and_dateline(corpus):
    with open(corpus / SIDECAR_NAME, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    stems = {p.stem for p in corpus.iterdir()}
    assert 0.15 * 400 < len(rows) < 0.45 * 400
    assert all(row["article_id"] in stems for row in rows)
    text = "\n".join(article_texts(corpus).values())
    assert "\ndate: 20" in text
    assert 'property="article:published_time"' in text
    assert re.search(r"Stand: \d\d\.\d\d\.20\d\d|Published \w+ \d", text)


def test_some_exact_copies_and_non_articles(tmp_path):
    stats = mc.make_corpus(2_000, tmp_path, seed=3)
    bodies = [p.read_bytes() for p in tmp_path.iterdir() if p.suffix in ARTICLE_SUFFIXES]
    bodies = [b for b in bodies if b]
    assert stats.duplicates >= 5
    assert len(bodies) - len(set(bodies)) == stats.duplicates
    assert any(p.suffix == ".pdf" for p in tmp_path.iterdir())


def test_no_seed_article_text_is_reused(corpus):
    generated = "\n".join(article_texts(corpus).values())
    for path in DEFAULT_ARTICLES_DIR.glob("*.txt"):
        seed_text = decode_bytes(path.read_bytes())[0]
        for sentence in re.split(r"(?<=[.!?])\s+", seed_text):
            if len(sentence) >= 50:
                assert sentence.strip() not in generated


def test_command_line(tmp_path, capsys):
    assert mc.main(["12", str(tmp_path / "cli"), "--seed", "2"]) == 0
    assert len(list((tmp_path / "cli").iterdir())) == 13
    assert "wrote 12 files" in capsys.readouterr().err


def digit_sentence_share(folder: Path) -> float:
    """Share of sentences (split at . ! ?) that hold a digit, over the folder's articles."""
    sentences = [s for text in article_texts(folder).values()
                 for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    return sum(1 for s in sentences if re.search(r"\d", s)) / len(sentences)


def test_news_density_is_sparser_than_dense_and_near_the_seeds(tmp_path, corpus):
    mc.make_corpus(300, tmp_path / "dense", seed=7, density="dense")
    news, dense = digit_sentence_share(corpus), digit_sentence_share(tmp_path / "dense")
    seeds = digit_sentence_share(DEFAULT_ARTICLES_DIR)
    assert dense > 1.5 * news
    assert 0.5 * seeds < news < 2 * seeds
