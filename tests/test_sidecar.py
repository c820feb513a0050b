import codecs
from datetime import date
from pathlib import Path

import pytest

from claimtrack.sidecar import column_name, read_sidecar, sniff_delimiter

HEADER = "article_id,published,outlet,url,title,language\n"


def _folder(tmp_path: Path, csv_text: str | bytes, ids=("a", "b")) -> Path:
    for article_id in ids:
        (tmp_path / f"{article_id}.txt").write_text("Text", encoding="utf-8")
    target = tmp_path / "articles.csv"
    if isinstance(csv_text, bytes):
        target.write_bytes(csv_text)
    else:
        target.write_text(csv_text, encoding="utf-8")
    return tmp_path


def test_full_rows(tmp_path):
    rows, warnings = read_sidecar(_folder(tmp_path, HEADER + (
        "a,2023-02-14,Der Bund,https://example.org/a,Truppen an der Grenze,de-CH\n"
        "b,,,,,\n"
    )))
    assert rows["a"] == {
        "published": date(2023, 2, 14), "outlet": "Der Bund", "url": "https://example.org/a",
        "title": "Truppen an der Grenze", "language": "de", "warnings": (),
    }
    assert rows["b"]["published"] is None and rows["b"]["language"] is None
    assert warnings == []


def test_no_sidecar(tmp_path):
    assert read_sidecar(tmp_path) == ({}, [])


def test_bom_and_only_some_columns(tmp_path):
    data = codecs.BOM_UTF8 + b"article_id,published\na,2023-02-14\n"
    rows, warnings = read_sidecar(_folder(tmp_path, data))
    assert rows["a"]["published"] == date(2023, 2, 14)
    assert rows["a"]["title"] == ""
    assert warnings == []


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_delimiters(tmp_path, delimiter):
    text = delimiter.join(["article_id", "published", "title"]) + "\n"
    text += delimiter.join(["a", "14.02.2023", "Titel, mit Komma"]) + "\n"
    rows, warnings = read_sidecar(_folder(tmp_path, text))
    assert rows["a"]["published"] == date(2023, 2, 14)
    assert rows["a"]["title"] == "Titel, mit Komma"
    assert warnings == []


def test_cp1252_sidecar(tmp_path):
    data = "article_id;title\na;Größere Zahlen – „neu“\n".encode("cp1252")
    rows, _ = read_sidecar(_folder(tmp_path, data))
    assert rows["a"]["title"] == "Größere Zahlen – „neu“"


def test_unknown_columns_warn_and_aliases_are_understood(tmp_path):
    text = "ID,Date,Source,Lang,Author\na,2023-02-14,X,en,Y\n"
    rows, warnings = read_sidecar(_folder(tmp_path, text))
    assert rows["a"]["published"] == date(2023, 2, 14)
    assert rows["a"]["outlet"] == "X"
    assert rows["a"]["language"] == "en"
    assert warnings == ["articles.csv: unknown column 'author' ignored"]


def test_duplicate_ids_first_wins(tmp_path):
    rows, warnings = read_sidecar(_folder(tmp_path, HEADER + "a,2023-01-01\na,2023-01-02\n"))
    assert rows["a"]["published"] == date(2023, 1, 1)
    assert any("duplicate article_id 'a'" in w for w in warnings)


def test_ids_without_file_and_path_like_ids_are_only_keys(tmp_path):
    rows, warnings = read_sidecar(_folder(tmp_path, HEADER + "ghost,2023-01-01\n../../x,\n"))
    assert set(rows) == {"ghost", "../../x"}
    assert any("'ghost' has no file" in w for w in warnings)
    assert any("'../../x' looks like a path" in w for w in warnings)


def test_bad_dates_and_languages_warn_and_are_ignored(tmp_path):
    rows, warnings = read_sidecar(_folder(tmp_path, HEADER + "a,gestern,,,,fr\nb,2023-02-30\n"))
    assert rows["a"]["published"] is None
    assert rows["a"]["language"] is None
    assert rows["b"]["published"] is None
    assert len(rows["a"]["warnings"]) == 2
    assert any("'gestern' is not a date" in w for w in warnings)
    assert any("language 'fr' not supported" in w for w in warnings)


def test_markup_in_titles_is_kept_as_text(tmp_path):
    rows, _ = read_sidecar(_folder(tmp_path, HEADER + 'a,,,,"<b>Fett</b> & <script>x</script>",\n'))
    assert rows["a"]["title"] == "<b>Fett</b> & <script>x</script>"


@pytest.mark.parametrize("text", ["", "\n\n", "   "])
def test_empty_file(tmp_path, text):
    assert read_sidecar(_folder(tmp_path, text)) == ({}, ["articles.csv: empty file"])


def test_header_only(tmp_path):
    assert read_sidecar(_folder(tmp_path, HEADER)) == ({}, [])


def test_no_article_id_column(tmp_path):
    rows, warnings = read_sidecar(_folder(tmp_path, "published,title\n2023-01-01,x\n"))
    assert rows == {}
    assert "articles.csv: no article_id column (ignored)" in warnings


def test_short_rows_blank_rows_and_empty_ids(tmp_path):
    rows, warnings = read_sidecar(_folder(tmp_path, HEADER + "a\n\n,2023-01-01\n"))
    assert set(rows) == {"a"}
    assert any("empty article_id" in w for w in warnings)


def test_binary_and_nul_sidecars_never_raise(tmp_path):
    rows, warnings = read_sidecar(_folder(tmp_path, b"%PDF-1.4 binary"))
    assert rows == {} and "binary content (PDF)" in warnings[0]
    (tmp_path / "articles.csv").write_bytes(b"article_id,title\na,x\x00y\n")
    rows, _ = read_sidecar(tmp_path)
    assert rows["a"]["title"] == "xy"


def test_unterminated_quote_never_raises(tmp_path):
    rows, _ = read_sidecar(_folder(tmp_path, HEADER + 'a,2023-01-01,"never closed\nb,\n'))
    assert "a" in rows


def test_sidecar_symlink_is_not_followed(tmp_path):
    outside = tmp_path / "outside.csv"
    outside.write_text(HEADER + "a,2023-01-01\n", encoding="utf-8")
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "articles.csv").symlink_to(outside)
    rows, warnings = read_sidecar(folder)
    assert rows == {}
    assert warnings == ["articles.csv: not a regular file (ignored)"]


def test_helpers():
    assert sniff_delimiter("a;b;c,d") == ";"
    assert sniff_delimiter("a\tb") == "\t"
    assert sniff_delimiter("single") == ","
    assert column_name(' "Article ID" ') == "article_id"
    assert column_name("Published") == "published"
