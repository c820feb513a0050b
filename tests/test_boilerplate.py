import re

import pytest

from claimtrack.boilerplate import (
    appeal_cues,
    clean_plain_text,
    drop_boilerplate,
    is_boilerplate,
    select,
)
from claimtrack.textmap import CleanText


def _clean(raw: str) -> str:
    return drop_boilerplate(clean_plain_text(raw)).text


def _raw_of(clean: CleanText, raw: str, needle: str) -> str:
    i = clean.text.index(needle)
    a, b = clean.raw_span(i, i + len(needle))
    return raw[a:b]


# markup and invisible characters ---------------------------------------------------------


def test_soft_hyphen_and_zero_width_chars_leave_the_clean_view_only():
    raw = "Rund 1.5\u00ad00 Mann, about 2,\u200b000 men\u2060 and 3\ufeff00.\x00"
    clean = clean_plain_text(raw)
    assert clean.text == "Rund 1.500 Mann, about 2,000 men and 300."
    assert _raw_of(clean, raw, "1.500") == "1.5\u00ad00"
    assert _raw_of(clean, raw, "2,000") == "2,\u200b000"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_cr_and_crlf_become_newlines(newline):
    raw = newline.join(["Erste Zeile mit 10 Mann", "Second line with 20 men", ""])
    clean = clean_plain_text(raw)
    assert clean.text == "Erste Zeile mit 10 Mann\nSecond line with 20 men\n"
    assert _raw_of(clean, raw, "20 men") == "20 men"


def test_markdown_syntax_is_removed_and_text_kept():
    raw = (
        "# Neue Lage an der Front #\n\n"
        "> Zitat: **rund 4.000** Soldaten, *laut* [Agentur](https://example.org \"t\") und\n"
        "- __about 5,000__ troops, see `code` and [ref][1]\n"
        "![Foto einer Kolonne](https://cdn.example.org/a.jpg)\n"
        "***\n"
        "[1]: https://example.org/ref\n"
        "Leser*innen und Bürger*innen bleiben, snake_case_name auch.\n"
    )
    clean = clean_plain_text(raw)
    assert clean.text == (
        "Neue Lage an der Front\n\n"
        "Zitat: rund 4.000 Soldaten, laut Agentur und\n"
        "about 5,000 troops, see code and ref\n"
        "\n\n\n"
        "Leser*innen und Bürger*innen bleiben, snake_case_name auch.\n"
    )
    assert _raw_of(clean, raw, "rund 4.000") == "rund 4.000"
    assert _raw_of(clean, raw, "Agentur") == "Agentur"


def test_stray_html_in_text_files():
    raw = (
        "<p>Erster Absatz mit 300 Mann.</p><p>Second <b>bold</b> paragraph &amp; more&nbsp;text"
        "</p>\n<script>var x = 1;</script><!-- hidden 999 -->Ende <https://example.org> a < b"
    )
    clean = clean_plain_text(raw)
    assert clean.text == (
        "\nErster Absatz mit 300 Mann.\n\nSecond bold paragraph & more\xa0text\n\n"
        "Ende <https://example.org> a < b"
    )
    assert _raw_of(clean, raw, "more\xa0text") == "more&nbsp;text"


def test_start_offset_skips_front_matter():
    raw = "---\ntitle: x\n---\nBody 12"
    clean = clean_plain_text(raw, raw.index("Body"))
    assert clean.text == "Body 12"
    assert clean.raw_span(0, 4) == (raw.index("Body"), raw.index("Body") + 4)


def test_select_keeps_the_map():
    clean = CleanText.identity("abcdef")
    part = select(clean, [(0, 2), (4, 6)])
    assert part.text == "abef"
    assert part.raw_span(1, 3) == (1, 5)


# boilerplate lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "piwik no script img",
        "noscript",
        "Foto: Max Muster/Reuters",
        "Fotos: imago images",
        "Bild: Keystone",
        "© picture alliance / AP",
        "(c) Beispielverlag 2023",
        "Photo: Jane Doe/AFP via Getty Images",
        "Credit: Associated Press",
        "PREV Ein ganz anderer Artikel über Wetter",
        "NEXT Noch ein anderer Artikel",
        "Weiterlesen",
        "Weiterlesen: Was die Zahlen bedeuten",
        "Read more: What the numbers mean",
        "Mehr zum Thema",
        "Lesen Sie auch: Ein anderer Text",
        "Teilen",
        "Share on Facebook",
        "Facebook | Twitter | WhatsApp | E-Mail",
        "Teilen auf X",
        "Jetzt unterstützen",
        "Subscribe now",
        "Newsletter abonnieren",
    ],
)
def test_furniture_lines(line):
    assert is_boilerplate(line)
    assert drop_boilerplate(CleanText.identity(f"Ein Satz.\n{line}\nA sentence.")).text == (
        "Ein Satz.\nA sentence."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Nach Angaben aus Seoul sind rund 3.000 Soldaten in der Region stationiert.",
        "Officials said about 3,000 soldiers were stationed in the region.",
        "Russland erhält weiter Unterstützung aus Pjöngjang.",
        "The US pledged further support to Kyiv on Tuesday.",
        "Quelle: Nachrichtenagentur",
        "Zum Thema Truppen sagte der Minister, es seien 2.000 Mann.",
        "Next week, officials expect more than 1,000 additional troops.",
        "Werbung für den Militärdienst zeigt Wirkung, sagte sie.",
        "Das Bild ist unklar, sagte ein Sprecher: rund 10.000 Mann seien verlegt worden.",
        "Der Sender berichtete über 5.000 Soldaten, so Bild: Es gebe 10.000 weitere.",
        "",
    ],
)
def test_news_lines_are_kept(line):
    assert not is_boilerplate(line)


def test_news_paragraph_about_donations_is_kept():
    # several appeal words, but it reports on others and does not address the reader
    line = ("Die Stiftung hat nach eigenen Angaben Spenden gesammelt, um die Berichterstattung "
            "aus der Region zu unterstützen; Abonnenten der Zeitung seien ab 5 Euro dabei.")
    assert appeal_cues(line) >= 3
    assert not is_boilerplate(line)


def test_german_donation_appeal_is_dropped():
    raw = (
        "Die Regierung meldete am Dienstag 2.000 Soldaten an der Grenze.\n\n"
        "Unabhängiger Journalismus kostet Geld. Unterstützen Sie unsere Berichterstattung "
        "freiwillig – schon mit 5 Euro im Monat. Vielen Dank!\n"
        "Jetzt unterstützen\n"
    )
    assert _clean(raw) == "Die Regierung meldete am Dienstag 2.000 Soldaten an der Grenze.\n\n"


def test_english_newsletter_and_donation_appeals_are_dropped():
    raw = (
        "Officials reported 2,000 troops at the border on Tuesday.\n"
        "Sign up for our newsletter to get the latest news in your inbox.\n"
        "Support our journalism: become a member today and help keep our reporting free "
        "for all readers.\n"
        "The defence ministry declined to comment.\n"
    )
    assert _clean(raw) == (
        "Officials reported 2,000 troops at the border on Tuesday.\n"
        "The defence ministry declined to comment.\n"
    )


def test_appeal_spreads_to_a_neighbouring_two_cue_paragraph():
    raw = (
        "Bericht über 700 Soldaten.\n\n"
        "Unterstützen Sie unseren Journalismus.\n\n"
        "Unser Journalismus ist frei zugänglich, ohne Paywall, für alle Leser:innen. "
        "Mit nur 5 Euro sind Sie dabei.\n"
    )
    assert _clean(raw) == "Bericht über 700 Soldaten.\n\n\n"


def test_inline_photo_credit_is_removed_and_offsets_kept():
    raw = "Soldaten bei einer Übung (Foto: Archiv/AP). Rund 900 Mann nahmen teil.\n"
    clean = drop_boilerplate(clean_plain_text(raw))
    assert clean.text == "Soldaten bei einer Übung. Rund 900 Mann nahmen teil.\n"
    assert _raw_of(clean, raw, "900 Mann") == "900 Mann"


def test_drop_boilerplate_without_boilerplate_is_identity():
    clean = CleanText.identity("Ein Satz.\nA sentence.\n")
    assert drop_boilerplate(clean) is clean



def test_word_alternation_grouped_by_first_letter_matches_like_a_plain_one():
    from claimtrack.boilerplate import _SHARE_WORDS, _TEASER_LABELS, _alternation

    for words in (_SHARE_WORDS, _TEASER_LABELS):
        plain = re.compile(rf"(?i:{'|'.join(map(re.escape, sorted(words, key=len)[::-1]))})")
        grouped = re.compile(rf"(?i:{_alternation(words)})")
        for word in words:
            for text in (word, word.upper(), word.title() + " mehr", word[:-1]):
                spans = [m and m.span() for m in (plain.match(text), grouped.match(text))]
                assert spans[0] == spans[1]


@pytest.mark.parametrize(
    "text",
    ["", "Unterstützen Sie uns", "ABO kündigen", "ein Abo, bitte", "About 5,000 troops",
     "Leser*innen", "for as little as $1", "Sign Up now", "North Korea sent troops"],
)
def test_has_cue_agrees_with_cue_kinds(text):
    from claimtrack.boilerplate import _cue_kinds, _has_cue

    assert _has_cue(text) == bool(_cue_kinds(text))


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Ein Panzer auf einer Straße bei Nacht. Foto: Erika Muster/dpa",
         "Ein Panzer auf einer Straße bei Nacht."),
        ("A convoy near the border on Tuesday. Photo: John Roe/AP",
         "A convoy near the border on Tuesday."),
        ("Bild 2/4: Seit Oktober sind laut Seoul rund 11.000 Soldaten verlegt worden. "
         "Foto: KCNA via AP | ID 5512093",
         "Bild 2/4: Seit Oktober sind laut Seoul rund 11.000 Soldaten verlegt worden."),
        ("Troops at a parade. About 3,000 have been killed, Kyiv says. © Reuters",
         "Troops at a parade. About 3,000 have been killed, Kyiv says."),
    ],
)
def test_a_caption_is_kept_without_its_photo_credit(line, kept):
    assert is_boilerplate(line)  # the line holds boilerplate: its credit
    text = f"Ein Satz.\n{line}\nA sentence."
    assert drop_boilerplate(CleanText.identity(text)).text == f"Ein Satz.\n{kept}\nA sentence."
