import re
from datetime import date, datetime

import pytest

from claimtrack.front_matter import front_matter_meta, split_front_matter
from claimtrack.metadata import (
    dateline_date,
    find_dates,
    first_line_title,
    first_text,
    latest_date,
    parse_date,
    pick_published,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-03-05", date(2023, 3, 5)),
        ("2023-03-05T08:15:00+01:00", date(2023, 3, 5)),
        ("2023/03/05", date(2023, 3, 5)),
        ("05.03.2023", date(2023, 3, 5)),
        ("5. 3. 2023", date(2023, 3, 5)),
        ("5. März 2023", date(2023, 3, 5)),
        ("5. Maerz 2023", date(2023, 3, 5)),
        ("5. Mrz. 2023", date(2023, 3, 5)),
        ("14. Jänner 2022", date(2022, 1, 14)),  # Austrian
        ("1. Feber 2022", date(2022, 2, 1)),  # Austrian
        ("9.\xa0Dez. 2021", date(2021, 12, 9)),
        ("March 5, 2023", date(2023, 3, 5)),
        ("Mar. 5th, 2023", date(2023, 3, 5)),
        ("5 March 2023", date(2023, 3, 5)),
        ("Sunday, 5 Mar 2023 10:00 GMT", date(2023, 3, 5)),
    ],
)
def test_parse_date_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["30.02.2023", "2023-13-01", "5.000 Mann", "März 2023", "03/05/2023", "v1.2.2023x",
     "yesterday", "", "12:30", "1850-01-01"],
)
def test_not_full_dates(text):
    assert parse_date(text) is None


def test_parse_date_takes_date_objects():
    assert parse_date(date(2020, 1, 2)) == date(2020, 1, 2)
    assert parse_date(datetime(2020, 1, 2, 3, 4)) == date(2020, 1, 2)
    assert parse_date(20200102) is None


def test_find_dates_gives_spans():
    text = "Am 3. April 2022 und am 2022-04-07 hieß es, on April 9, 2022, more."
    found = find_dates(text)
    assert [d for d, _, _ in found] == [date(2022, 4, 3), date(2022, 4, 7), date(2022, 4, 9)]
    assert [text[s:e] for _, s, e in found] == ["3. April 2022", "2022-04-07", "April 9, 2022"]


def test_published_line_wins_over_an_updated_line():
    text = "Aktualisiert: 8. Mai 2021\nText ohne Datum.\nVeröffentlicht am 6. Mai 2021, 9:00 Uhr\n"
    assert dateline_date(text) == date(2021, 5, 6)


def test_bare_dateline_wins_over_stand():
    text = "Stand: 09.05.2021\nÜberschrift\nDonnerstag, 6. Mai 2021, 09:12 Uhr\nDer Text."
    assert dateline_date(text) == date(2021, 5, 6)


def test_english_published_and_updated_lines():
    text = "Headline\nUpdated May 9, 2021 at 10:00 a.m. EDT\nPublished May 6, 2021\nBody text."
    assert dateline_date(text) == date(2021, 5, 6)
    assert dateline_date("Headline\nLast updated: 9 May 2021\nBody.") == date(2021, 5, 9)


def test_dates_inside_sentences_are_no_dateline():
    text = "Das Abkommen vom 19. Juni 2021 sieht gegenseitigen Beistand vor, sagte er am Montag."
    assert dateline_date(text) is None
    text = "The pact signed on June 19, 2021 provides for mutual assistance, he said on Monday."
    assert dateline_date(text) is None


def test_latest_date_ignores_future_dates():
    text = "Seit dem 1. März 2022 … bis zum 31.12.2099 … Bericht vom 4. März 2022."
    assert latest_date(text, today=date(2024, 1, 1)) == date(2022, 3, 4)
    assert latest_date("keine Daten hier", today=date(2024, 1, 1)) is None


def test_first_line_title_skips_section_labels():
    assert first_line_title("\n  Politik \nTruppen an   der Grenze gesichtet\nText") == (
        "Truppen an der Grenze gesichtet"
    )
    assert first_line_title("\nWorld\n") == "World"
    assert first_line_title("") == ""


@pytest.mark.parametrize(
    "text",
    ["A\r\nB b\r\nc d e f", "x\x0by z\x1cw v u", "\u2028one two\u2029three four five",
     "a b\x85c d e\n", "\r\r\n\n", "one\ftwo three four\x1dfive six seven"],
)
def test_first_line_title_cuts_lines_as_splitlines(text):
    lines = [" ".join(line.split()) for line in text.splitlines()]
    expected = next((line for line in lines if len(line.split()) >= 3), None)
    assert first_line_title(text) == (expected or next((x for x in lines if x), ""))


def test_pick_published_and_first_text():
    assert pick_published([("sidecar", None), ("dateline", date(2021, 1, 1))]) == (
        date(2021, 1, 1), "dateline"
    )
    assert pick_published([("sidecar", None)]) == (None, "unknown")
    assert first_text(None, "  ", 5, " a  b ") == "a b"


# front matter ---------------------------------------------------------------------------


def test_front_matter_is_split_off_and_read():
    raw = (
        "---\ntitle: 'Truppen: neue Zahlen'\ndate: 2021-05-06\nsource: Der Bund\n"
        "url: https://example.org/a\nlang: de-CH\n---\nDer Text beginnt hier.\n"
    )
    fm = split_front_matter(raw)
    assert raw[fm.body_start :] == "Der Text beginnt hier.\n"
    meta = front_matter_meta(fm.fields)
    assert meta == {
        "published": date(2021, 5, 6),
        "title": "Truppen: neue Zahlen",
        "outlet": "Der Bund",
        "url": "https://example.org/a",
        "language": "de",
    }
    assert fm.warnings == ()


def test_front_matter_with_crlf_and_published_key():
    raw = "---\r\npublished: May 6, 2021\r\nlanguage: English\r\n---\r\nBody"
    fm = split_front_matter(raw)
    assert raw[fm.body_start :] == "Body"
    assert front_matter_meta(fm.fields)["published"] == date(2021, 5, 6)
    assert front_matter_meta(fm.fields)["language"] == "en"


def test_broken_yaml_falls_back_to_key_value_lines_with_a_warning():
    raw = "---\ntitle: [unclosed\ndate: 2021-05-06\n  - : :\n---\nBody"
    fm = split_front_matter(raw)
    assert raw[fm.body_start :] == "Body"
    assert fm.warnings and "front matter" in fm.warnings[0]
    assert front_matter_meta(fm.fields)["published"] == date(2021, 5, 6)


def test_yaml_that_is_not_a_mapping_warns():
    fm = split_front_matter("---\n- a\n- b\n---\nBody")
    assert fm.warnings == ("front matter is not a key: value mapping",)


def test_nested_values_are_ignored():
    fm = split_front_matter("---\ntitle:\n  nested: x\ntags: [a, b]\n---\nBody")
    assert front_matter_meta(fm.fields)["title"] == ""


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        ("No front matter\n---\nx: y\n---\n", "No front matter\n---\nx: y\n---\n"),
        ("---\nnever closed\n", "---\nnever closed\n"),
        ("", ""),
        ("--- \n\n---\nBody", "Body"),
    ],
)
def test_no_or_empty_front_matter(raw, body):
    fm = split_front_matter(raw)
    assert raw[fm.body_start :] == body
    assert fm.fields == {}
    assert fm.warnings == ()


@pytest.mark.parametrize("text", ["20191912", "1919190", "x2019 1920-2020y", "1920202", ""])
def test_year_scan_takes_years_left_to_right_without_overlap(text):
    from claimtrack.metadata import _year_starts

    assert _year_starts(text) == [m.start() for m in re.finditer(r"(?:19|20)\d\d", text)]


def test_text_date_prefers_the_dateline_then_the_latest_date():
    from claimtrack.metadata import text_date

    assert text_date("Titel\nVeröffentlicht: 6. Mai 2021\nAm 1. Juni 2020 ...") == (
        date(2021, 5, 6), "dateline"
    )
    assert text_date("Am 1. Juni 2020 und am 3. März 2019 hieß es") == (
        date(2020, 6, 1), "inferred"
    )
    assert text_date("keine Daten") == (None, "unknown")


@pytest.mark.parametrize(("text", "expected"), [
    ("RUNDBRIEF\n\nEbensee, 24.02.2025\r\n\r\nDer Lauf am 5. Jänner 2026 steht an.",
     (date(2025, 2, 24), "dateline")),
    ("Titel\nSt. Gallen, den 3. März 2025\nDer Bericht vom 4. April 2025 folgt.",
     (date(2025, 3, 3), "dateline")),
    ("Newsletter\nHappy Valley-Goose Bay, 12 March 2025\nThe fair is on 20 April 2025.",
     (date(2025, 3, 12), "dateline")),
    # a date inside a sentence is no dateline
    ("Er sagte, am 3. März 2025 seien es mehr.\nMehr am 4. April 2025.",
     (date(2025, 4, 4), "inferred")),
])
def test_a_place_and_a_date_alone_on_a_line_date_the_article(text, expected):
    from claimtrack.metadata import text_date
    assert text_date(text) == expected
