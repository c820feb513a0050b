"""The publishing outlet's own count is unattributed."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claim_rows

from claimtrack.own_outlet import (
    is_own_count,
    outlet_words,
    told_this_outlet,
    unattribute_own_counts,
)


def test_outlet_words_drop_articles_and_generic_words():
    assert outlet_words("The Sunday Chronicle") == {"chronicle"}
    assert outlet_words("ANBC News") == {"anbc"}


@pytest.mark.parametrize(("claimant", "outlet", "own"), [
    ("the Chronicle", "The Sunday Chronicle", True),
    ("An ANBC analysis of state media images", "ANBC News", True),
    ("Our own tally", "", True),
    ("unsere Redaktion", "Tagblatt", True),
    ("the US secretary of state", "The Capital Dispatch", False),
    ("South Korea's National Intelligence Service", "The Korea Monitor", False),
    ("the Pentagon", "", False),
    ("Our nephew Andriy", "", False),
    ("unser Enkel", "Tagblatt", False),
])
def test_is_own_count(claimant, outlet, own):
    assert is_own_count(claimant, outlet) is own


def test_unattribute_own_counts_changes_only_the_outlets_rows():
    rows = [{"claimant": "the Chronicle", "claimant_group": "other"},
            {"claimant": "the NIS", "claimant_group": "south_korea"}]
    unattribute_own_counts(rows, "The Sunday Chronicle")
    assert [r["claimant_group"] for r in rows] == ["unattributed", "south_korea"]


@pytest.mark.parametrize(("sentence", "outlet", "told"), [
    ("said Andriy Yusov, a spokesman, in an interview with the Chronicle.",
     "The Sunday Chronicle", True),
    ("„Das ist ernst“, sagte er im Gespräch mit unserer Zeitung.", "", True),
    ("He told this newspaper that the figure was higher.", "", True),
    ("He told Reuters that the figure was higher.", "The Sunday Chronicle", False),
])
def test_told_this_outlet(sentence, outlet, told):
    assert told_this_outlet(sentence, outlet) is told


@pytest.mark.parametrize(("claimant", "sentence", "group"), [
    ("Berechnung", "Nach Berechnung dieser Zeitung sind 9.000 Soldaten dort.", "unattributed"),
    ("der Abgeordnete", "«Es sind 9.000 Soldaten», sagte der Abgeordnete unserer Zeitung.",
     "other"),
    ("the senator", '"It is 9,000 troops," the senator told this newspaper.', "other"),
])
def test_a_reckoning_of_this_outlet_is_its_own_but_a_person_telling_it_is_not(
        claimant, sentence, group):
    rows = [{"claimant": claimant, "claimant_group": "other", "sentence": sentence}]
    unattribute_own_counts(rows, "")
    assert rows[0]["claimant_group"] == group


def test_a_person_telling_this_paper_keeps_the_person_as_speaker():
    rows = claim_rows("«Es sind wohl 30.000 nordkoreanische Soldaten», sagte die Nationalrätin "
                      "Anna Muster unserer Zeitung.", "de", date(2025, 3, 12))
    assert [(r["claimant"], r["claimant_group"]) for r in rows] == [
        ("die Nationalrätin Anna Muster", "other")]


def test_a_compilation_of_the_newsroom_is_the_outlets_own_count():
    rows = [{"claimant": "einer Zusammenstellung", "claimant_group": "other",
             "sentence": "Nach einer Zusammenstellung der Redaktion sind 5.000 Soldaten tot."}]
    unattribute_own_counts(rows, "")
    assert rows[0]["claimant_group"] == "unattributed"


def test_an_outlets_initials_name_it():
    assert "ccr" in outlet_words("Copperbelt Community Radio")
    assert is_own_count("CCR News", "Copperbelt Community Radio")
    assert not is_own_count("BBC News", "Copperbelt Community Radio")


@pytest.mark.parametrize(("claimant", "sentence", "group"), [
    ("die Redaktion", "Addiert man alle Angaben, kommt die Redaktion auf 17.000 Soldaten.",
     "unattributed"),
    ("die Redaktion der Tagesschau", "Laut der Redaktion der Tagesschau sind es 9.000 Soldaten.",
     "other"),
    ("the Harbour Post", "Adding up the official figures, the Harbour Post counts at least "
     "15,000 North Korean soldiers.", "unattributed"),
    ("The Lagoon Beacon's", "By The Lagoon Beacon's count, 15,000 North Korean soldiers have "
     "served.", "unattributed"),
    ("the Washington Post", "About 15,000 North Korean soldiers have served, the Washington "
     "Post reported.", "other"),
])
def test_with_the_outlet_unknown_a_media_name_counting_for_itself_is_its_own(
        claimant, sentence, group):
    rows = [{"claimant": claimant, "claimant_group": "other", "sentence": sentence}]
    unattribute_own_counts(rows, "")
    assert rows[0]["claimant_group"] == group


def test_our_guest_named_is_a_person_not_the_outlet():
    assert not is_own_count("unser Gast im Studio, Felix Sauerbrey", "Campusradio")
    assert is_own_count("unsere Redaktion", "Campusradio")


@pytest.mark.parametrize("claimant", ["die Campusblatt-Redaktion", "this column's own tally",
                                      "this bulletin"])
def test_this_column_and_a_named_newsroom_are_the_outlet(claimant):
    assert is_own_count(claimant, "")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Adding up the figures released on Tuesday, the Harbour Post counts at least 16,000 "
     "North Korean soldiers in Russia."),
    ("de", "Addiert man die am Dienstag veröffentlichten Angaben, kommt die Redaktion auf 16.000 "
     "nordkoreanische Soldaten in Russland."),
])
def test_the_outlets_own_count_is_dated_by_its_publication(lang, text):
    """The outlet counts as it publishes, not on the day of a report it counted."""
    [row] = claim_rows(text, lang, date(2025, 3, 12))
    assert (row["claimant_group"], row["claim_date"], row["claim_date_precision"]) == (
        "unattributed", date(2025, 3, 12), "published")


@pytest.mark.parametrize(("text", "lang", "expected_date"), [
    ("Sir, your front page of 3 March said 12,000 North Korean soldiers were fighting in "
     "Ukraine.", "en", date(2025, 3, 3)),
    ("Editor, your story last week put the number of North Korean troops at 12,000.", "en",
     None),
    ("Ihr Artikel vom 3. März sprach von 12.000 nordkoreanischen Soldaten an der Front.", "de",
     date(2025, 3, 3)),
    ("Editor, your February issue said 12,000 North Korean soldiers had gone to Russia.", "en",
     None),
    ("Ihre Ausgabe vom 3. März sprach von 12.000 nordkoreanischen Soldaten an der Front.", "de",
     date(2025, 3, 3)),
])
def test_a_letter_quoting_the_outlet_back_is_the_outlets_claim_of_that_issue(
        text, lang, expected_date):
    [row] = claim_rows(text, lang, date(2025, 3, 12))
    assert row["claimant_group"] == "unattributed"
    assert expected_date is None or row["claim_date"] == expected_date


@pytest.mark.parametrize(("text", "lang"), [
    ("Ihr Sohn ist Offizier. Ihr Sohn sagt, 12.000 nordkoreanische Soldaten seien an der "
     "Front.", "de"),
    ("Your brother, the reporter said, counted 12,000 North Korean soldiers near the front.",
     "en"),
])
def test_a_person_addressed_or_a_relative_is_not_the_outlet(text, lang):
    [row] = claim_rows(text, lang, date(2025, 3, 12))
    assert row["claimant_group"] == "other"
