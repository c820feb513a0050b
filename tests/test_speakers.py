"""Speakers of interviews and transcripts: turn labels, questions, and their claims."""

from __future__ import annotations

from datetime import date

import pytest
from claim_rows import claim_rows

from claimtrack.speakers import interviewee, is_transcript, speaker_label, turn_speaker


@pytest.mark.parametrize(("text", "label"), [
    ("Stadlmayr: Sie ist ein Ausgangswert.", ("Stadlmayr", False)),
    ("[00:01:24] SEO: Much higher.", ("SEO", False)),
    ("DANA WHITFIELD (host): Hello and welcome.", ("DANA WHITFIELD", True)),
    ("Frage: Wie hoch sind die Verluste?", ("Frage", True)),
    ("Q: How many are there?", ("Q", True)),
    ("Die Zahl ist hoch.", None),
    ("Seoul:Auch", None),
])
def test_speaker_label(text, label):
    assert speaker_label(text) == label


def test_a_transcript_needs_one_speaker_opening_several_turns():
    interview = ["Frage: Wie viele?", "Huber: Viele.", "Frage: Und jetzt?", "Huber: Mehr."]
    headings = ["Kiew: Neue Angriffe", "Text.", "Seoul: Truppen bleiben", "Text."]
    assert is_transcript(interview)
    assert not is_transcript(headings)


def test_turn_speaker_is_the_latest_label_and_none_for_questions():
    texts = ["Frage: Wie viele?", "Huber: Viele.", "Ich schätze 3.000.", "Frage: Und jetzt?"]
    assert [turn_speaker(texts, i) for i in range(4)] == ["", "Huber", "Huber", ""]


def claims(text: str, lang: str) -> list[tuple[str, str, str]]:
    rows = claim_rows(text, lang, date(2025, 3, 12))
    return [(r["quantity_text"], r["claimant"], r["claimant_group"]) for r in rows]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Frage: Wie viele nordkoreanische Soldaten sind in Russland?\n\n"
     "Huber: Schwer zu sagen. Ich gehe von höchstens 9.000 nordkoreanischen Soldaten aus.\n\n"
     "Frage: Und die Verluste?\n\nHuber: Hoch. Wir zählen rund 3.000 tote nordkoreanische "
     "Soldaten.",
     [("höchstens 9.000", "Huber", "other"), ("rund 3.000", "Huber", "other")]),
    ("en", "[00:00:10] HOST (host): How many North Korean troops are there?\n\n"
     "[00:00:20] PARK: Hard to say. We count about 9,000 North Korean soldiers.\n\n"
     "[00:00:40] HOST (host): And losses?\n\n[00:00:50] PARK: High. Roughly 3,000 North "
     "Korean soldiers have been killed, according to Kyiv.",
     [("about 9,000", "PARK", "other"), ("Roughly 3,000", "Kyiv", "ukraine")]),
])
def test_a_claim_without_a_claimant_in_a_turn_is_the_speakers(lang, text, expected):
    assert claims(text, lang) == expected


def test_an_article_with_subheadings_has_no_speakers():
    text = ("Die Lage in Kursk bleibt unübersichtlich. Es wird weiter gekämpft. Die Front hält."
            "\n\nKiew: Neue Angriffe\n\nRund 3.000 nordkoreanische Soldaten kämpfen in Kursk."
            "\n\nSeoul: Truppen bleiben\n\nEtwa 11.000 nordkoreanische Soldaten sind in Russland.")
    assert [group for _, _, group in claims(text, "de")] == ["unattributed", "unattributed"]


INTERVIEW = (
    "'They learn fast': an officer on North Korea's soldiers\n\n"
    "Colonel Anna Marchenko heads the Asia desk of Ukraine's military intelligence agency, HUR. "
    "She spoke to us by video call. The interview has been edited for length.\n\n"
    "How many North Korean soldiers are in Russia now?\n\n"
    "Right now, roughly 11,000 North Korean soldiers in the Kursk region.\n\n"
    "How many have been killed?\n\n"
    "Our own count is about 2,400 North Korean soldiers killed.\n\n"
    "Will more come?\n\nWe expect another 10,000 North Korean soldiers by the end of the year."
)


def test_interviewee_of_an_unlabelled_q_and_a():
    texts = [t for t in INTERVIEW.replace("\n\n", "|").replace(". ", ".|").split("|") if t]
    assert interviewee(texts) == ("Colonel Anna Marchenko", 1)


def test_the_answers_of_an_unlabelled_interview_are_the_interviewees():
    rows = claims(INTERVIEW, "en")
    assert [(c, g) for _, c, g in rows] == [("Colonel Anna Marchenko", "ukraine")] * 3


def test_questions_in_an_article_without_an_interview_intro_name_nobody():
    text = INTERVIEW.replace("The interview has been edited for length.", "").replace(
        "She spoke to us by video call.", "")
    assert {g for _, _, g in claims(text, "en")} == {"unattributed"}
