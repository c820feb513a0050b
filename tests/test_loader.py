import codecs
import os
import string
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack import loader
from claimtrack.article import Article, Skipped
from claimtrack.loader import FolderError, fold_white_space, list_files, load_file, load_folder
from claimtrack.paths import DEFAULT_ARTICLES_DIR

GERMAN_BODY = (
    "Der Geheimdienst meldete am Donnerstag, rund 2.300 Soldaten seien in den Osten "
    "verlegt worden. Die Regierung bestätigte die Angaben nicht.\n"
)
ENGLISH_BODY = (
    "The agency said on Thursday that about 2,300 soldiers had been moved to the east. "
    "The government did not confirm the figures.\n"
)


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def _load(folder: Path) -> dict[str, Article | Skipped]:
    return {item.file_name: item for item in load_folder(folder)}


def _reason(folder: Path, name: str) -> str:
    item = _load(folder)[name]
    assert isinstance(item, Skipped), item
    return item.reason


def _raw_of(article: Article, needle: str) -> str:
    i = article.clean.text.index(needle)
    a, b = article.clean.raw_span(i, i + len(needle))
    return article.raw[a:b]


# the seed corpus ------------------------------------------------------------------------


def test_seed_articles_all_load_with_sidecar_dates():
    items = list(load_folder(DEFAULT_ARTICLES_DIR))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(articles) == 5
    assert [s.reason for s in skipped] == ["sidecar metadata file"]
    for article in articles:
        assert article.published_source == "sidecar"
        assert article.published is not None
        assert article.language == "de"
        assert article.duplicate_of == ""
        assert article.clean.text.strip()


# folder rules ---------------------------------------------------------------------------


def test_every_entry_is_accounted_for_in_name_order(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "notes.pdf", "README", ".hidden.txt"):
        _write(tmp_path, name, f"<p>{name}: {GERMAN_BODY}</p>")
    (tmp_path / "sub").mkdir()
    names = [item.file_name for item in load_folder(tmp_path)]
    assert names == sorted(os.listdir(tmp_path))
    assert [p.name for p in list_files(tmp_path)] == names


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (".DS_Store", "hidden file"),
        (".draft.txt", "hidden file"),
        ("scan.pdf", "unsupported file type .pdf"),
        ("data.CSV", "unsupported file type .csv"),
        ("README", "no file extension"),
    ],
)
def test_skipped_by_name(tmp_path, name, reason):
    _write(tmp_path, name, GERMAN_BODY)
    assert _reason(tmp_path, name) == reason


def test_upper_case_suffix_is_read(tmp_path):
    _write(tmp_path, "Bericht.TXT", GERMAN_BODY)
    assert isinstance(_load(tmp_path)["Bericht.TXT"], Article)


def test_subfolder_is_not_read(tmp_path):
    (tmp_path / "archiv").mkdir()
    _write(tmp_path / "archiv", "x.txt", GERMAN_BODY)
    assert _reason(tmp_path, "archiv") == "subfolder (not read)"
    assert "archiv/x.txt" not in _load(tmp_path)


def test_sidecar_is_listed_with_its_warnings(tmp_path):
    _write(tmp_path, "a.txt", GERMAN_BODY)
    _write(tmp_path, "articles.csv", "article_id,published\na,kein Datum\n")
    items = _load(tmp_path)
    reason = items["articles.csv"].reason
    assert reason.startswith("sidecar metadata file (1 warnings:")
    assert "'kein Datum' is not a date" in reason
    assert any("not a date" in w for w in items["a.txt"].warnings)


def test_symlinks_are_not_followed_even_out_of_the_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = _write(outside, "secret.txt", "Geheim: 999 Soldaten")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "link.txt").symlink_to(secret)
    (folder / "dirlink").symlink_to(outside)
    (folder / "dangling.txt").symlink_to(tmp_path / "nothing.txt")
    items = _load(folder)
    for name in ("link.txt", "dirlink", "dangling.txt"):
        assert items[name].reason == "symbolic link (not followed)"


def test_fifo_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert _reason(tmp_path, "pipe.txt") == "not a regular file"


def test_permission_denied_via_monkeypatch(tmp_path, monkeypatch):
    path = _write(tmp_path, "locked.txt", GERMAN_BODY)

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader.os, "open", deny)
    item = load_file(path, tmp_path, None)
    assert item == Skipped("locked", "locked.txt", "unreadable: permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read chmod 000 files")
def test_permission_denied_for_real(tmp_path):
    path = _write(tmp_path, "locked.txt", GERMAN_BODY)
    path.chmod(0)
    try:
        assert _reason(tmp_path, "locked.txt") == "unreadable: permission denied"
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", "\ufeff\u200b \n".encode()])
def test_empty_files(tmp_path, content):
    _write(tmp_path, "leer.txt", content)
    assert _reason(tmp_path, "leer.txt") == "empty file"


def test_html_without_text_is_skipped(tmp_path):
    _write(tmp_path, "nur.html", "<html><script>var a=1;</script><nav>Menü</nav></html>")
    assert _reason(tmp_path, "nur.html") == "no article text after cleaning"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.5\n%binary", "binary content (PDF) behind .txt"),
        (b"\x89PNG\r\n\x1a\n" + bytes(50), "binary content (PNG) behind .txt"),
        (b"PK\x03\x04" + bytes(50), "binary content (ZIP/Office) behind .txt"),
    ],
)
def test_binary_behind_text_suffix(tmp_path, data, reason):
    _write(tmp_path, "fake.txt", data)
    assert _reason(tmp_path, "fake.txt") == reason


def test_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(12_300_000)  # sparse: no disk space used
    assert _reason(tmp_path, "huge.txt") == "too large (12.3 MB > 5 MB limit)"


def test_file_growing_past_the_limit_while_read(tmp_path, monkeypatch):
    path = _write(tmp_path, "a.txt", GERMAN_BODY)
    monkeypatch.setattr(loader, "read_bytes", lambda p: b"x" * (loader.MAX_FILE_BYTES + 1))
    assert load_file(path, tmp_path, None).reason == "too large (> 5 MB limit)"


def test_duplicate_content_is_loaded_and_marked(tmp_path):
    _write(tmp_path, "a.txt", GERMAN_BODY)
    _write(tmp_path, "b.txt", "  " + GERMAN_BODY.replace(" ", "  ") + "\n\n")
    _write(tmp_path, "c.txt", ENGLISH_BODY)
    items = _load(tmp_path)
    assert items["a.txt"].duplicate_of == ""
    assert items["b.txt"].duplicate_of == "a"
    assert items["c.txt"].duplicate_of == ""


def test_same_article_id_second_is_skipped(tmp_path):
    _write(tmp_path, "a.html", "<p>" + ENGLISH_BODY + "</p>")
    _write(tmp_path, "a.txt", GERMAN_BODY)
    items = _load(tmp_path)
    assert isinstance(items["a.html"], Article)
    assert items["a.txt"].reason.startswith("duplicate article_id")


def test_same_article_id_after_a_skipped_file_loads(tmp_path):
    _write(tmp_path, "a.html", "")
    _write(tmp_path, "a.txt", GERMAN_BODY)
    items = _load(tmp_path)
    assert items["a.html"].reason == "empty file"
    assert isinstance(items["a.txt"], Article)


@pytest.mark.parametrize(
    "name",
    ["mit Leerzeichen.txt", "quote's \"double\".txt", "$(rm -rf x) `y`.txt", "Größe ü ß 東京.md",
     "semi;colon & amp.html", "-leading-dash.txt", "trailing dot..txt"],
)
def test_awkward_file_names(tmp_path, name):
    _write(tmp_path, name, "<p>" + GERMAN_BODY + "</p>" if name.endswith(".html") else GERMAN_BODY)
    item = _load(tmp_path)[name]
    assert isinstance(item, Article)
    assert item.article_id == Path(name).stem


def test_undecodable_file_name_bytes(tmp_path):
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw_name, "wb") as fh:
        fh.write(GERMAN_BODY.encode())
    (item,) = list(load_folder(tmp_path))
    assert isinstance(item, Article)
    assert item.article_id == "caf\ufffd"
    item.article_id.encode("utf-8")  # safe to write anywhere


def test_folder_errors(tmp_path):
    with pytest.raises(FolderError, match="not found"):
        load_folder(tmp_path / "missing")
    _write(tmp_path, "file.txt", "x")
    with pytest.raises(FolderError, match="not a folder"):
        load_folder(tmp_path / "file.txt")
    assert issubclass(FolderError, ValueError)


def test_unlistable_folder(tmp_path, monkeypatch):
    def deny(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader.os, "listdir", deny)
    with pytest.raises(FolderError) as info:
        load_folder(tmp_path)
    assert "\n" not in str(info.value)
    assert "Permission denied" in str(info.value)


def test_an_unexpected_error_in_one_file_does_not_stop_the_folder(tmp_path, monkeypatch):
    _write(tmp_path, "a.txt", GERMAN_BODY)
    _write(tmp_path, "b.txt", ENGLISH_BODY)
    real = loader.load_file

    def flaky(path, folder, row):
        if path.name == "a.txt":
            raise RuntimeError("boom")
        return real(path, folder, row)

    monkeypatch.setattr(loader, "load_file", flaky)
    items = _load(tmp_path)
    assert items["a.txt"].reason == "could not be loaded (boom)"
    assert isinstance(items["b.txt"], Article)


# encodings ------------------------------------------------------------------------------

ENCODED_TEXT = "Truppen in Österreich? „Rund 4.500 Mann“, heißt es – über 300 € pro Tag.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ENCODED_TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ENCODED_TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ENCODED_TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ENCODED_TEXT.encode("utf-16-be"), "utf-16-be"),
        (ENCODED_TEXT.encode("cp1252"), "cp1252"),
        (ENCODED_TEXT.replace("„", '"').replace("“", '"').replace("–", "-")
         .replace("€", "EUR").encode("latin-1"), "cp1252"),
    ],
)
def test_encodings(tmp_path, data, encoding):
    path = _write(tmp_path, "enc.txt", data)
    article = load_file(path, tmp_path, None)
    assert article.encoding == encoding
    assert "Österreich" in article.clean.text and "heißt" in article.clean.text
    assert _raw_of(article, "4.500 Mann") == "4.500 Mann"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_only(tmp_path, newline):
    text = f"Titel der Meldung hier{newline}{newline}Rund 4.500 Mann{newline}More text{newline}"
    article = load_file(_write(tmp_path, "nl.txt", text.encode()), tmp_path, None)
    assert article.raw == text
    assert article.clean.text == "Titel der Meldung hier\n\nRund 4.500 Mann\nMore text\n"
    assert _raw_of(article, "4.500 Mann") == "4.500 Mann"
    assert article.title == "Titel der Meldung hier"


def test_stray_nul_bytes(tmp_path):
    data = (GERMAN_BODY * 3).encode().replace(b"2.300", b"2.3\x0000")
    article = load_file(_write(tmp_path, "nul.txt", data), tmp_path, None)
    assert "2.300" in article.clean.text
    assert "\x00" not in article.clean.text
    assert _raw_of(article, "2.300") == "2.3\x0000"
    assert "stray NUL characters ignored" in article.warnings


# html -------------------------------------------------------------------------------------


def test_html_article_offsets_map_into_the_markup(tmp_path):
    page = (
        "<html lang='en'><head><title>Troops &amp; numbers</title>"
        "<meta property='article:published_time' content='2023-04-05T10:00:00Z'>"
        "<script>var x = '7,777 troops';</script></head><body>"
        "<div class='cookie-banner'>We use cookies. 1,111 partners.</div>"
        "<p>Officials said some&nbsp;3,500 troops had arrived.</p>"
        "<footer>More 2,222 stories</footer></body></html>"
    )
    article = load_file(_write(tmp_path, "page.html", page), tmp_path, None)
    assert _raw_of(article, "some\xa03,500") == "some&nbsp;3,500"
    for junk in ("7,777", "1,111", "2,222"):
        assert junk not in article.clean.text
    assert article.published == date(2023, 4, 5)
    assert article.published_source == "html_meta"
    assert article.language == "en"
    assert article.title == "Troops & numbers"


def test_txt_holding_a_whole_html_page_is_parsed_as_html(tmp_path):
    page = "<!DOCTYPE html><html><body><nav>Menu 999</nav><p>" + GERMAN_BODY + "</p></body></html>"
    article = load_file(_write(tmp_path, "saved.txt", page), tmp_path, None)
    assert "999" not in article.clean.text
    assert "rund 2.300 Soldaten" in article.clean.text


def test_html_suffix_without_markup_is_read_as_text(tmp_path):
    path = _write(tmp_path, "p.htm", "Titel hier oben\n\n" + GERMAN_BODY)
    article = load_file(path, tmp_path, None)
    assert article.clean.text.startswith("Titel hier oben\n\n")


# metadata precedence --------------------------------------------------------------------

FRONT = "---\ntitle: Titel aus Front Matter\ndate: 2023-03-02\nsource: Zeitung\nlang: de\n---\n"
DATELINE = "Veröffentlicht: 3. März 2023\n"
INLINE_DATE = "Am 1. März 2023 hieß es, am 28.02.2023 nicht.\n"


def test_sidecar_beats_front_matter(tmp_path):
    path = _write(tmp_path, "a.md", FRONT + DATELINE + GERMAN_BODY)
    row = {"published": date(2023, 3, 9), "title": "Sidecar-Titel", "outlet": "",
           "url": "https://example.org", "language": "en", "warnings": ()}
    article = load_file(path, tmp_path, row)
    assert (article.published, article.published_source) == (date(2023, 3, 9), "sidecar")
    assert article.title == "Sidecar-Titel"
    assert article.outlet == "Zeitung"
    assert article.url == "https://example.org"
    assert article.language == "en"


def test_front_matter_beats_dateline(tmp_path):
    article = load_file(_write(tmp_path, "a.md", FRONT + DATELINE + GERMAN_BODY), tmp_path, None)
    assert (article.published, article.published_source) == (date(2023, 3, 2), "front_matter")
    assert article.title == "Titel aus Front Matter"
    assert "title:" not in article.clean.text


def test_dateline_beats_inference(tmp_path):
    article = load_file(_write(tmp_path, "a.txt", INLINE_DATE + DATELINE), tmp_path, None)
    assert (article.published, article.published_source) == (date(2023, 3, 3), "dateline")


def test_inferred_then_unknown(tmp_path):
    article = load_file(_write(tmp_path, "a.txt", INLINE_DATE + GERMAN_BODY), tmp_path, None)
    assert (article.published, article.published_source) == (date(2023, 3, 1), "inferred")
    article = load_file(_write(tmp_path, "b.txt", GERMAN_BODY), tmp_path, None)
    assert (article.published, article.published_source) == (None, "unknown")


def test_sidecar_row_is_used_by_load_folder(tmp_path):
    _write(tmp_path, "a.txt", GERMAN_BODY)
    _write(tmp_path, "articles.csv", "article_id;published;language\na;2023-05-06;en\n")
    article = _load(tmp_path)["a.txt"]
    assert (article.published, article.published_source) == (date(2023, 5, 6), "sidecar")
    assert article.language == "en"


def test_broken_front_matter_does_not_crash(tmp_path):
    text = "---\ntitle: [kaputt\ndate: 2023-03-02\n---\n" + GERMAN_BODY
    article = load_file(_write(tmp_path, "a.md", text), tmp_path, None)
    assert article.published == date(2023, 3, 2)
    assert any("front matter" in w for w in article.warnings)
    assert article.clean.text == GERMAN_BODY


def test_language_is_detected_without_metadata(tmp_path):
    assert load_file(_write(tmp_path, "e.txt", ENGLISH_BODY), tmp_path, None).language == "en"
    assert load_file(_write(tmp_path, "d.txt", GERMAN_BODY), tmp_path, None).language == "de"


def test_boilerplate_is_not_in_the_clean_text(tmp_path):
    text = (
        "matomo noscript img\n\n"
        "Berichte über Truppen im Osten\n\n"
        + GERMAN_BODY
        + "Foto: Erika Muster/dpa\n\n"
        "Unterstützen Sie unabhängigen Journalismus: Unsere Artikel bleiben frei zugänglich, "
        "ohne Paywall. Mit nur 5 Euro sind Sie dabei! Jetzt unterstützen\n"
    )
    article = load_file(_write(tmp_path, "appeal.txt", text), tmp_path, None)
    assert article.clean.text == "\nBerichte über Truppen im Osten\n\n" + GERMAN_BODY + "\n"
    assert article.title == "Berichte über Truppen im Osten"


# never raises -----------------------------------------------------------------------------

_NAME_CHARS = string.ascii_letters + string.digits + " _-'\"$()`;&äöüß東.~"
_SUFFIXES = ["", ".txt", ".md", ".html", ".htm", ".TXT", ".pdf", ".csv", ".x"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    stem=st.text(_NAME_CHARS, min_size=1, max_size=20),
    suffix=st.sampled_from(_SUFFIXES),
    data=st.binary(max_size=3000)
    | st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
def test_load_file_never_raises(stem, suffix, data):
    name = stem + suffix
    if name in (".", "..") or name == "articles.csv":
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / name
        path.write_bytes(data)
        item = load_file(path, folder, None)
        assert isinstance(item, Article | Skipped)
        if isinstance(item, Article):
            assert item.language in ("de", "en")
            assert len(item.clean.char_spans()) == len(item.clean.text)
            assert all(0 <= a < b <= len(item.raw) for a, b in item.clean.char_spans())


_MARKUPISH = st.lists(
    st.sampled_from(["---\n", "title: x\n", "date: 2023-01-0", "<p>", "</p>", "<script>", "&amp;",
                     "&#x", "**", "*", "_", "[a](b)", "![i](j)", "# ", "> ", "- ", "\r\n", "\r",
                     "\n\n", "\u00ad", "\u200b", "\x00", "Foto: dpa/AP", "Jetzt unterstützen",
                     "22. Oktober 2024", "1.500", "Soldaten", "the", " ", "<", ">", "`"])
    | st.text(max_size=4),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_MARKUPISH, suffix=st.sampled_from([".txt", ".md", ".html"]),
       codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_markup_like_text_never_raises_and_maps_into_raw(text, suffix, codec):
    data = text.encode(codec, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{suffix}"
        path.write_bytes(data)
        item = load_file(path, Path(tmp), None)
        if isinstance(item, Article):
            clean = item.clean
            assert all(0 <= a < b <= len(item.raw) for a, b in clean.char_spans())
            assert "\x00" not in clean.text and "\u00ad" not in clean.text


@pytest.mark.parametrize(
    "text",
    ["", "a b\n\nc", " a \n b ", "a  b\nc", "a\tb", "a\u00a0b\nc", "a\u2028b", "\n\n", "x\u3000y"],
)
def test_fold_white_space_is_split_and_join(text):
    assert fold_white_space(text) == " ".join(text.split())
