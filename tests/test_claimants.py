"""Single-sentence claim attribution: cues, quotes, headlines, references and groups.

Every sentence here is invented for the test (none comes from the seed corpus).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from claim_rows import claim_rows
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack.claimants as claimants_module
from claimtrack.claimants import (
    Claimant,
    claimant_group,
    described_group,
    find_claimant,
    is_continuation,
    led_group,
    load_claimant_lexicon,
    may_name_claimant,
    person_in,
    quote_signature,
)
from claimtrack.schema import CLAIMANT_GROUPS
from claimtrack.topic import load_topic
from claimtrack.word_trie import WORD_START


@pytest.fixture(scope="module")
def lex():
    return load_claimant_lexicon(load_topic().raw)


def span_of(sentence: str, figure: str) -> tuple[int, int]:
    start = sentence.index(figure)
    return start, start + len(figure)


def find(sentence: str, lang: str, lex, figure: str | None = None) -> Claimant | None:
    target = span_of(sentence, figure) if figure else None
    return find_claimant(sentence, lang, lex, target)


def check(c: Claimant | None, sentence: str, text: str, group: str, cue: str | None = None):
    assert c is not None, sentence
    assert (c.text, c.group) == (text, group), sentence
    assert sentence[c.start:c.end] == c.text
    assert not c.is_reference
    if cue is not None:
        assert c.cue == cue
    if c.cue != "headline":
        assert sentence[c.cue_start:c.cue_end] == c.cue


# --------------------------------------------------------------------------- reporting verbs

VERBS_DE = [
    ("Der ukrainische Generalstab sagte, 2000 Nordkoreaner seien gefallen.",
     "Der ukrainische Generalstab", "ukraine", "sagte"),
    ("Südkoreas Geheimdienst schätzt, dass 4000 Soldaten verlegt wurden.",
     "Südkoreas Geheimdienst", "south_korea", "schätzt"),
    ("Die Nato-Sprecherin erklärte am Dienstag, 6000 Soldaten seien eingetroffen.",
     "Die Nato-Sprecherin", "nato", "erklärte"),
    ("Das russische Verteidigungsministerium bestätigte die Zahl von 500 Soldaten nicht.",
     "Das russische Verteidigungsministerium", "russia", "bestätigte"),
    ("Am Donnerstag warnte der Kreml-Sprecher vor Spekulationen über 9000 Soldaten.",
     "der Kreml-Sprecher", "russia", "warnte"),
    ("Das Weiße Haus teilte am Freitag mit, 7000 Soldaten seien in Kursk.",
     "Das Weiße Haus", "united_states", "teilte"),
    ("Am Freitag teilte das Ministerium in Kiew mit, 7000 Soldaten seien unterwegs.",
     "das Ministerium in Kiew", "ukraine", "teilte"),
    ("Der Geheimdienst Südkoreas geht davon aus, dass 3500 Mann in Russland sind.",
     "Der Geheimdienst Südkoreas", "south_korea", "geht"),
    ("Washington geht von 8000 Soldaten aus.", "Washington", "united_states", "geht"),
    ("Kiew rechnet mit 15.000 Soldaten aus Nordkorea.", "Kiew", "ukraine", "rechnet"),
    ("Die Regierung in Washington spricht von 9000 Soldaten.",
     "Die Regierung in Washington", "united_states", "spricht"),
    ("Zuvor hatte Blinken erklärt, es gebe 8000 Soldaten in Kursk.",
     "Blinken", "united_states", "erklärt"),
    ("Die Zahl von 3000 wurde vom südkoreanischen Generalstab bestätigt.",
     "südkoreanischen Generalstab", "south_korea", "bestätigt"),
    ("Wie das Pentagon am Mittwoch mitteilte, sind 6000 Soldaten eingetroffen.",
     "das Pentagon", "united_states", "mitteilte"),
    ("Das sagen Experten des Instituts für Kriegsstudien über 12.000 Soldaten.",
     "Experten des Instituts für Kriegsstudien", "other", "sagen"),
    ("Der japanische Regierungssprecher meldete 3000 Soldaten.",
     "Der japanische Regierungssprecher", "other", "meldete"),
    ("Die staatliche Agentur KCNA meldete, 1000 Soldaten seien geehrt worden.",
     "Die staatliche Agentur KCNA", "north_korea", "meldete"),
    ("Nordkorea bestätigte erstmals die Entsendung von Soldaten.",
     "Nordkorea", "north_korea", "bestätigte"),
    ("Das Kiewer Verteidigungsministerium ließ am Abend wissen, 2000 Soldaten seien verletzt.",
     "Das Kiewer Verteidigungsministerium", "ukraine", "ließ"),
    ("Die Nato ließ verlauten, es gebe 11.000 nordkoreanische Soldaten in Russland.",
     "Die Nato", "nato", "ließ"),
    ("Das Pentagon hat am Montag neue Zahlen vorgelegt: 11.000 Soldaten seien in Russland.",
     "Das Pentagon", "united_states", "vorgelegt"),
    ("Die Nato präsentierte eine Schätzung von 11.000 nordkoreanischen Soldaten.",
     "Die Nato", "nato", "präsentierte"),
    ("Die Nato legte am Montag nach, 2.000 weitere Soldaten seien gefolgt.", "Die Nato", "nato",
     "legte"),
    ("Der Überläufer Kim Jae-ho, 41, der zehn Jahre diente, sagte, Kim werde nicht aufhören.",
     "Der Überläufer Kim Jae-ho", "other", "sagte"),
    ("Pjöngjang werde 3.000 Soldaten nachschicken, meint der Oberst.", "der Oberst", "other",
     "meint"),
    ("Diese Zahl nannte Pentagon-Sprecherin Sabrina Singh am Montag.",
     "Pentagon-Sprecherin Sabrina Singh", "united_states", "nannte"),
    ("Die Zahl bestätigte Selenskyj am Abend.", "Selenskyj", "ukraine", "bestätigte"),
    ("Die Kampftruppen hatte Kiews Geheimdienstchef Kyrylo Budanow auf 11.000 beziffert.",
     "Kiews Geheimdienstchef Kyrylo Budanow", "ukraine", "beziffert"),
    ("Der NIS halte es für möglich, dass Pjöngjang 3.000 Soldaten schickt.", "Der NIS",
     "south_korea", "halte"),
    ("Das Pentagon spreche von 3.000 Soldaten.", "Das Pentagon", "united_states", "spreche"),
    ("Die Ukraine hält zwei Nordkoreaner gefangen.", "Die Ukraine", "ukraine", "hält"),
    ("Die Bundesregierung verurteilte die Entsendung von mehr als 10.000 Soldaten.",
     "Die Bundesregierung", "other", "verurteilte"),
    ("Sergei Schoigu, einst Verteidigungsminister und heute Sicherheitsberater, verkündete, "
     "Nordkorea werde 6.000 Soldaten schicken.", "Sergei Schoigu, einst Verteidigungsminister",
     "russia", "verkündete"),
]


@pytest.mark.parametrize(("sentence", "text", "group", "cue"), VERBS_DE)
def test_german_reporting_verbs(lex, sentence, text, group, cue):
    check(find(sentence, "de", lex), sentence, text, group, cue)


VERBS_EN = [
    ("The NIS, which in April counted around 4,700 casualties, has not endorsed it.", "The NIS",
     "south_korea", "counted"),
    ("Zelensky gave a higher count for the border region: 11,000.", "Zelensky", "ukraine",
     "gave"),
    ("Kyiv holds two North Korean prisoners.", "Kyiv", "ukraine", "holds"),
    ("Kyiv fears Pyongyang could add up to 30,000 troops.", "Kyiv", "ukraine", "fears"),
    ("Members of the intelligence committee passed it on to reporters: 300 dead.",
     "Members of the intelligence committee", "south_korea", "passed"),
    ("Foreign Minister Penny Wong condemned the deployment of more than 10,000 troops.",
     "Foreign Minister Penny Wong", "other", "condemned"),
    ("On Monday President Zelensky gave a far higher toll: more than 3,000 dead.",
     "President Zelensky", "ukraine", "gave"),
    ("The Pentagon gave a figure of 3,000 troops.", "The Pentagon", "united_states", "gave"),
    ("Ukraine's HUR put North Korean losses, killed and wounded together, past 4,000.",
     "Ukraine's HUR", "ukraine", "put"),
    ("By December, Washington was speaking of 11,000 troops in Russia.", "Washington",
     "united_states", "speaking"),
    ("Defector Kang Min-su, 41, who served ten years in the army, said 3,000 troops went.",
     "Defector Kang Min-su", "other", "said"),
    ("The Pentagon said 8,000 troops had reached Kursk.", "The Pentagon", "united_states",
     "said"),
    ("South Korea's spy agency told lawmakers that 3,000 troops were sent.",
     "South Korea's spy agency", "south_korea", "told"),
    ("Ukraine's military intelligence estimates that 11,000 soldiers are in Kursk.",
     "Ukraine's military intelligence", "ukraine", "estimates"),
    ("NATO confirmed on Monday that 9,000 troops were deployed.", "NATO", "nato",
     "confirmed"),
    ("Moscow has denied the presence of 3,000 troops, Kremlin spokesman Dmitry Peskov said.",
     "Kremlin spokesman Dmitry Peskov", "russia", "said"),
    ("Pyongyang sent 2,000 more soldiers, said the Joint Chiefs of Staff.",
     "the Joint Chiefs of Staff", "south_korea", "said"),
    ("Ukrainian President Volodymyr Zelensky says 11,000 troops are fighting.",
     "Ukrainian President Volodymyr Zelensky", "ukraine", "says"),
    ("Linda Thomas-Greenfield, the US envoy, said 10,000 soldiers were in Russia.",
     "Linda Thomas-Greenfield, the US envoy", "united_states", "said"),
    ("As the White House said, 3,000 soldiers arrived by ship.",
     "the White House", "united_states", "said"),
    ("The figure of 4,000 was confirmed by Ukraine's defence ministry.",
     "Ukraine's defence ministry", "ukraine", "confirmed"),
    ("Kim Jong Un said the 2,000 soldiers had fought bravely.", "Kim Jong Un", "north_korea",
     "said"),
    ("Officials in Seoul believe 3,000 troops were moved.", "Officials in Seoul",
     "south_korea", "believe"),
    ("Japan's defense ministry announced that 1,000 troops had been spotted.",
     "Japan's defense ministry", "other", "announced"),
    ("Ukraine's army gave the number of North Korean dead as 2,100 on Friday.",
     "Ukraine's army", "ukraine", "gave"),
    ("The Pentagon let it be known that 9,000 troops had reached Kursk.",
     "The Pentagon", "united_states", "let"),
]


@pytest.mark.parametrize(("sentence", "text", "group", "cue"), VERBS_EN)
def test_english_reporting_verbs(lex, sentence, text, group, cue):
    check(find(sentence, "en", lex), sentence, text, group, cue)


# --------------------------------------------------------------------------- prepositions

PREPOSITIONS = [
    ("de", "Laut dem US-Verteidigungsministerium sind 8000 Soldaten in Kursk.",
     "dem US-Verteidigungsministerium", "united_states", "Laut"),
    ("de", "Laut südkoreanischem Geheimdienst sind 1500 Soldaten in Ostrussland.",
     "südkoreanischem Geheimdienst", "south_korea", "Laut"),
    ("de", "Nach Angaben des britischen Verteidigungsministeriums sind es 7000.",
     "des britischen Verteidigungsministeriums", "other", "Nach"),
    ("de", "Nach Angaben Kiews kämpfen 3000 Nordkoreaner.", "Kiews", "ukraine", "Nach"),
    ("de", "Nach Erkenntnissen des Bundesnachrichtendienstes sind 9000 Soldaten dort.",
     "des Bundesnachrichtendienstes", "other", "Nach"),
    ("de", "Nach Einschätzung von Militärexperten könnten bald 20.000 folgen.",
     "Militärexperten", "other", "Nach"),
    ("de", "Dem japanischen Außenministerium zufolge wurden 2000 Soldaten verlegt.",
     "Dem japanischen Außenministerium", "other", "zufolge"),
    ("de", "Angaben des Pentagons zufolge sind 10.000 Soldaten dort.", "des Pentagons",
     "united_states", "zufolge"),
    ("de", "Ukrainischen Angaben zufolge sind 11.000 Soldaten in Kursk.",
     "Ukrainischen Angaben", "ukraine", "zufolge"),
    ("de", "Die Zeitung berichtete unter Berufung auf Nato-Kreise von 5000 Soldaten.",
     "Nato-Kreise", "nato", "unter Berufung auf"),
    ("de", "Nordkorea soll laut Kiew bereits 3000 Soldaten verloren haben.", "Kiew",
     "ukraine", "laut"),
    ("de", "Die Ukraine hat nach eigenen Angaben 3000 Nordkoreaner getötet.", "Die Ukraine",
     "ukraine", "nach"),
    ("en", "According to the Pentagon, about 10,000 troops are in Russia.", "the Pentagon",
     "united_states", "According to"),
    ("en", "According to US estimates, 10,000 are in Kursk.", "US", "united_states",
     "According to"),
    ("en", "The troops number 3,000, according to estimates by the Institute for the Study "
     "of War.", "the Institute for the Study of War", "other", "according to"),
    ("en", "In the assessment of the ISW, 12,000 troops could be deployed.", "the ISW",
     "other", "In the assessment of"),
    ("en", "South Korea's estimate is 12,000 troops.", "South Korea", "south_korea",
     "'s estimate"),
    ("en", "The Kremlin's latest figures put the total at 500.", "The Kremlin", "russia",
     "'s latest figures"),
    ("en", "Reuters reported 1,500 arrivals, citing the National Intelligence Service.",
     "the National Intelligence Service", "south_korea", "citing"),
    ("en", "Ukraine has killed 3,000 North Korean soldiers, by its own account.", "Ukraine",
     "ukraine", "by"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "group", "cue"), PREPOSITIONS)
def test_prepositional_cues(lex, lang, sentence, text, group, cue):
    check(find(sentence, lang, lex), sentence, text, group, cue)


# --------------------------------------------------------------------------- quotations

QUOTES = [
    ("de", "«Wir sehen mindestens 4000 Soldaten», sagte Pentagon-Sprecher John Kirby.",
     "Pentagon-Sprecher John Kirby", "united_states"),
    ("de", "Selenskyj sagte: „Es sind schon 11.000 Soldaten.“", "Selenskyj", "ukraine"),
    ("de", "„Es sind schon 11.000 Soldaten“, so Selenskyj am Abend.", "Selenskyj", "ukraine"),
    ("de", "»Es sind 3000 Soldaten«, sagte der Minister Kiews.", "der Minister Kiews",
     "ukraine"),
    ("de", "Der Nato-Generalsekretär sagte: ‹Es sind 3000 Soldaten›.",
     "Der Nato-Generalsekretär", "nato"),
    ("de", '"Es sind 3000 Soldaten", sagte Rutte.', "Rutte", "nato"),
    ("de", "«Laut unseren Daten sind es 3000», sagte der Kreml-Sprecher.",
     "der Kreml-Sprecher", "russia"),
    ("de", "«Es sind 3000 Mann», so die Einschätzung des ukrainischen Geheimdienstes.",
     "des ukrainischen Geheimdienstes", "ukraine"),
    ("en", "“There are 3,000 troops,” said NATO chief Mark Rutte.", "NATO chief Mark Rutte",
     "nato"),
    ("en", "Rutte said: 'There are 3,000 troops.'", "Rutte", "nato"),
    ("en", "'There are 3,000 troops,' said Rutte.", "Rutte", "nato"),
    ("en", '"We have seen 3,000," a senior US defense official told reporters.',
     "a senior US defense official", "united_states"),
    ("en", "Kirby told reporters: “We count 3,000 of them.”", "Kirby", "united_states"),
    ("en", "‹We count 3,000›, Kirby said.", "Kirby", "united_states"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), QUOTES)
def test_figure_in_a_quote_belongs_to_the_speaker(lex, lang, sentence, text, group):
    figure = next(w.strip(".,»«“”\"'‹›") for w in sentence.split() if w[:1].isdigit())
    check(find(sentence, lang, lex, figure), sentence, text, group)


def test_cue_inside_a_quote_does_not_beat_the_speaker(lex):
    s = "«Laut Kiew sind es 3000», sagte der Sprecher des Kremls."
    check(find(s, "de", lex, "3000"), s, "der Sprecher des Kremls", "russia", "sagte")


# --------------------------------------------------------------------------- headlines

HEADLINES = [
    ("de", "Kiew rechnet mit 15.000 Soldaten aus Nordkorea", "Kiew", "ukraine", "rechnet"),
    ("de", "Polen erwartet 20.000 weitere Nordkoreaner", "Polen", "other", "erwartet"),
    ("en", "Kyiv expects 20,000 more North Koreans", "Kyiv", "ukraine", "expects"),
    ("de", "Selenskyj: Bis zu 12.000 Soldaten aus Nordkorea", "Selenskyj", "ukraine",
     "headline"),
    ("de", "Südkoreas Geheimdienst: 3000 Soldaten in Russland", "Südkoreas Geheimdienst",
     "south_korea", "headline"),
    ("en", "Pentagon: 10,000 troops in Russia", "Pentagon", "united_states", "headline"),
    ("en", "Seoul says 1,500 troops sent", "Seoul", "south_korea", "says"),
    ("en", "Kremlin Says 3,000 Reports Are Lies", "Kremlin", "russia", "Says"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "group", "cue"), HEADLINES)
def test_headline_subject_or_prefix_is_the_claimant(lex, lang, sentence, text, group, cue):
    check(find(sentence, lang, lex), sentence, text, group, cue)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Ukraine-Krieg: Nordkorea schickt 10.000 Soldaten"),
    ("de", "Krieg in der Ukraine: Nordkorea schickt 10.000 Soldaten"),
    ("de", "Liveticker: 10.000 Soldaten in Kursk"),
    ("de", "Nordkorea: 10.000 Soldaten in Russland"),
    ("en", "Ukraine war: North Korea sends 10,000 troops"),
    ("en", "North Korea: 10,000 troops in Russia"),
])
def test_topic_prefixes_are_not_claimants(lex, lang, sentence):
    assert find(sentence, lang, lex) is None


# --------------------------------------------------------------------------- several cues

TARGETS = [
    ("de", "Die Nato geht davon aus, dass 11.000 Soldaten vor Ort sind, während Südkorea "
     "von 12.000 spricht.", "11.000", "Die Nato", "nato"),
    ("de", "Die Nato geht davon aus, dass 11.000 Soldaten vor Ort sind, während Südkorea "
     "von 12.000 spricht.", "12.000", "Südkorea", "south_korea"),
    ("de", "Laut Kiew sind es 11.000; das Pentagon spricht von 10.000 Soldaten.", "11.000",
     "Kiew", "ukraine"),
    ("de", "Laut Kiew sind es 11.000; das Pentagon spricht von 10.000 Soldaten.", "10.000",
     "das Pentagon", "united_states"),
    ("en", "The Pentagon says 8,000 are in Kursk, while Kyiv puts the number at 11,000.",
     "8,000", "The Pentagon", "united_states"),
    ("en", "The Pentagon says 8,000 are in Kursk, while Kyiv puts the number at 11,000.",
     "11,000", "Kyiv", "ukraine"),
    ("en", "South Korea says 10,000 troops are in Russia, while Ukraine says 11,000.",
     "10,000", "South Korea", "south_korea"),
    ("en", "South Korea says 10,000 troops are in Russia, while Ukraine says 11,000.",
     "11,000", "Ukraine", "ukraine"),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "group"), TARGETS)
def test_target_picks_the_cue_governing_the_figure(lex, lang, sentence, figure, text, group):
    check(find(sentence, lang, lex, figure), sentence, text, group)


# --------------------------------------------------------------------------- sentence shape

SHAPES = [
    # a subject after an adverb, an apposition, a dative object, coordinated adjectives
    ("de", "Auch die Nato hat die Berichte aus Seoul nicht bestätigt.", "die Nato", "nato"),
    ("de", "Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, sagte, 11.000 "
     "Soldaten seien in Kursk.", "Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo "
     "Budanow", "ukraine"),
    ("de", "Die Soldaten seien gut ausgebildet, sagte dem Sender ein Offizier der ukrainischen "
     "Armee.", "ein Offizier der ukrainischen Armee", "ukraine"),
    ("de", "Tage später sagten amerikanische und südkoreanische Beamte, es seien 3000.",
     "amerikanische und südkoreanische Beamte", "united_states"),
    ("de", "Auch vom Weißen Haus hieß es am Dienstag, 3000 Soldaten seien verlegt worden.",
     "Weißen Haus", "united_states"),
    ("de", "Rund 3000 Soldaten seien verlegt worden, hieß es aus Moskau.", "Moskau", "russia"),
    # a cue inside reported speech yields to the speaker of the report
    ("de", "Beobachter hätten 3000 Soldaten gezählt, erklärte der ukrainische Generalstab.",
     "der ukrainische Generalstab", "ukraine"),
    # whoever cites a generic source is the claimant
    ("de", "Selenskyj sagte unter Berufung auf Geheimdienstinformationen, 10.000 Soldaten "
     "seien bereit.", "Selenskyj", "ukraine"),
    ("en", "Zelensky said, citing intelligence reports, that 10,000 soldiers were ready.",
     "Zelensky", "ukraine"),
    ("en", "Mark Rutte, NATO's secretary general, said the 3,000 troops were a threat.",
     "Mark Rutte, NATO's secretary general", "nato"),
    ("en", "The 3,000 troops were a threat, said Mark Rutte on Monday.", "Mark Rutte", "nato"),
    ("en", "NATO chief Mark Rutte said the alliance would respond to the 3,000 troops.",
     "NATO chief Mark Rutte", "nato"),
    # bracketed acronyms, relative clauses, names with small words, fronted places
    ("de", "Wie der Militärgeheimdienst (HUR) am Sonntag meldete, sind 900 Soldaten gefallen.",
     "der Militärgeheimdienst (HUR)", "ukraine"),
    ("de", "Der ukrainische Generalstab, der die Front täglich auswertet, teilte mit, 700 Mann "
     "seien tot.", "Der ukrainische Generalstab", "ukraine"),
    ("en", "The Joint Chiefs of Staff, which monitor the border, said 700 troops had left.",
     "The Joint Chiefs of Staff", "south_korea"),
    ("en", "The Institute for the Study of War (ISW) estimated on Friday that 2,000 had died.",
     "The Institute for the Study of War (ISW)", "other"),
    ("de", "Das Institute for the Study of War in Washington schätzt, dass 2000 gefallen sind.",
     "Das Institute for the Study of War in Washington", "other"),
    ("de", "In Kiew gab das Verteidigungsministerium am Montag bekannt, 900 Soldaten seien tot.",
     "das Verteidigungsministerium", "ukraine"),
    ("de", "Der Sprecher im Weißen Haus, Tom Beispiel, hatte von 900 Toten gesprochen.",
     "Der Sprecher im Weißen Haus, Tom Beispiel", "united_states"),
    ("de", "Anfang Februar hatte der Kreml noch von 500 Soldaten gesprochen.", "der Kreml",
     "russia"),
    ("de", "Drei Tage später erhöhte Seoul seine Schätzung auf 4000 Mann.", "Seoul",
     "south_korea"),
    ("en", "Kyiv raised its estimate to 4,000 troops.", "Kyiv", "ukraine"),
    ("en", "Seoul puts North Korean casualties at 4,700.", "Seoul", "south_korea"),
    ("de", "Präsident Selenskyj gab am Abend nach einem langen Treffen mit den Spitzen der "
     "Armee die Zahl von 900 Gefangenen bekannt.", "Präsident Selenskyj", "ukraine"),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "group"), [
    ("en", "Kyiv says losses near 4,000 as Seoul reports a lull.", "4,000", "Kyiv", "ukraine"),
    ("de", "Seoul meldet 4000 Tote, während Kiew Verluste einräumt.", "4000", "Seoul",
     "south_korea"),
    ("de", "Moskau schweigt zum Einsatz – Seoul: 4700 Opfer", "4700", "Seoul", "south_korea"),
    ("de", "USA (12. März): rund 8000 Soldaten in Kursk", "8000", "USA", "united_states"),
])
def test_a_subject_first_cue_governs_what_follows_it(lex, lang, sentence, figure, text, group):
    check(find(sentence, lang, lex, figure), sentence, text, group)


@pytest.mark.parametrize(("lang", "sentence", "text"), [
    ("de", "Langfristig drohten Tausende weitere, sagte der 52-Jährige.", "der 52-Jährige"),
    ("en", "More could follow, the 52-year-old said.", "the 52-year-old"),
    ("en", "State television quoted her as saying that 900 had died.", "her"),
    ("en", "The broadcaster quoted him as saying that 900 had died.", "him"),
])
def test_age_and_quoted_pronouns_are_references(lex, lang, sentence, text):
    c = find(sentence, lang, lex)
    assert c is not None and (c.text, c.is_reference) == (text, True)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Some 3,000 troops went to Russia, though neither side has acknowledged it."),
    ("de", "Rund 3000 Soldaten sind dort, doch kein Land hat das bisher bestätigt."),
])
def test_negated_subjects_claim_nothing(lex, lang, sentence):
    assert find(sentence, lang, lex) is None


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), SHAPES)
def test_sentence_shapes(lex, lang, sentence, text, group):
    figure = next(w.strip(".,") for w in sentence.split() if w[:1].isdigit()) if any(
        ch.isdigit() for ch in sentence) else None
    check(find(sentence, lang, lex, figure), sentence, text, group)


# --------------------------------------------------------------------------- relaying media

RELAYS = [
    ("de", "Nordkorea hat 3000 Soldaten geschickt, berichtet «The New York Times».",
     "«The New York Times»", "other"),
    ("de", "Rund 3000 Soldaten seien in Kursk, meldet «Associated Press».",
     "«Associated Press»", "other"),
    ("de", "Wie Reuters berichtet, sollen 3000 Soldaten in Kursk sein.", "Reuters", "other"),
    ("en", "CNN reported that 2,000 troops had crossed the border.", "CNN", "other"),
    ("de", "Laut Pentagon sind 10.000 Soldaten in Russland, berichtet «The New York Times».",
     "Pentagon", "united_states"),
    ("de", "Nordkorea hat 3000 Soldaten geschickt, berichtet die «Washington Post» unter "
     "Berufung auf US-Beamte.", "US-Beamte", "united_states"),
    ("en", "According to the Pentagon, 10,000 troops are in Russia, The New York Times "
     "reported.", "the Pentagon", "united_states"),
    # a bare source cited by a national medium is from the medium's country
    ("de", "Die Nachrichtenagentur Yonhap berichtete unter Berufung auf den Geheimdienst von "
     "2000 Soldaten.", "den Geheimdienst", "south_korea"),
    ("en", "Yonhap reported, citing the military, that 1,500 troops had arrived.",
     "the military", "south_korea"),
    ("en", "Interfax reported, citing the defence ministry, that no troops had arrived.",
     "the defence ministry", "russia"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), RELAYS)
def test_media_relay_unless_the_source_is_named(lex, lang, sentence, text, group):
    check(find(sentence, lang, lex), sentence, text, group)


# --------------------------------------------------------------------------- references

REFERENCES = [
    ("de", "Er sagte, es seien 3000 Soldaten.", "Er", "sagte"),
    ("de", "Sie sollen in Kursk eingesetzt werden, sagte er weiter.", "er", "sagte"),
    ("de", "Der Geheimdienst gab an, dass 3000 Soldaten verlegt wurden.", "Der Geheimdienst",
     "gab"),
    ("de", "Das Ministerium teilte am Freitag mit, 4000 Soldaten seien eingetroffen.",
     "Das Ministerium", "teilte"),
    ("de", "Ein hochrangiger Beamter sagte, 3000 Soldaten seien unterwegs.",
     "Ein hochrangiger Beamter", "sagte"),
    ("de", "Der Geheimdienst seines Landes schätzt die Zahl auf 3000.",
     "Der Geheimdienst seines Landes", "schätzt"),
    ("de", "Den Angaben zufolge sind es 3000 Soldaten.", "Den Angaben", "zufolge"),
    ("de", "Nach diesen Angaben sind es 3000 Soldaten.", "diesen Angaben", "Nach"),
    ("de", "Demnach sollen 3000 Soldaten in Russland sein.", "", "Demnach"),
    ("de", "Wie es weiter hieß, sind 2000 Soldaten verlegt worden.", "", "hieß"),
    ("en", "The agency added that 1,500 more had arrived.", "The agency", "added"),
    ("en", "It said 2,000 troops had been sent.", "It", "said"),
    ("en", "He added that 1,500 more could follow.", "He", "added"),
    ("en", "'We see 3,000 troops,' the official said.", "the official", "said"),
    ("en", "According to the report, 3,000 troops are there.", "the report", "According to"),
    ("en", "Officials said 8,000 troops are in Kursk.", "Officials", "said"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "cue"), REFERENCES)
def test_pronouns_and_generic_nouns_are_references(lex, lang, sentence, text, cue):
    c = find(sentence, lang, lex)
    assert c is not None
    assert (c.text, c.cue, c.is_reference, c.group) == (text, cue, True, "unattributed")
    assert sentence[c.cue_start:c.cue_end] == cue
    if text:
        assert sentence[c.start:c.end] == text
    else:
        assert (c.start, c.end) == (-1, -1)


NO_CLAIMANT = [
    ("de", "Nordkorea hat 10.000 Soldaten nach Russland geschickt."),
    ("de", "Die Soldaten sollen in Ostrussland ausgebildet werden."),
    ("de", "Berichten zufolge sind 10.000 in Kursk."),
    ("de", "Russlands Verteidigungsministerium wies die Berichte über 3000 Soldaten zurück."),
    ("de", "Es wurde berichtet, dass 3000 Soldaten unterwegs sind."),
    ("en", "North Korea has sent 10,000 troops."),
    ("en", "Some 3,000 troops are believed to be in Kursk."),
    ("de", "In Kursk werden 3000 weitere Soldaten erwartet."),
    ("en", "An estimated 10,000 troops are in Russia."),
    ("en", "According to reports, 10,000 are in Kursk."),
    ("en", "The Kremlin did not comment on the arrival of 3,000 troops."),
]


@pytest.mark.parametrize(("lang", "sentence"), NO_CLAIMANT)
def test_no_claimant_is_none(lex, lang, sentence):
    assert find(sentence, lang, lex) is None


# --------------------------------------------------------------------------- lawmakers

def test_lawmaker_briefed_by_the_intelligence_service_speaks_for_it(lex):
    s = ("Wie der Abgeordnete Park nach einer Unterrichtung durch den Geheimdienst mitteilte, "
         "sind 3000 Soldaten verlegt worden.")
    check(find(s, "de", lex, "3000"), s, "der Abgeordnete Park", "south_korea")
    s = "Lawmaker Kim Byung-kee said after a briefing by the spy agency that 3,000 were sent."
    check(find(s, "en", lex), s, "Lawmaker Kim Byung-kee", "south_korea")


def test_lawmaker_without_the_intelligence_service_is_other(lex):
    s = "Der Abgeordnete Park sagte, 3000 Soldaten seien verlegt worden."
    check(find(s, "de", lex), s, "Der Abgeordnete Park", "other")


# --------------------------------------------------------------------------- groups

GROUPS = [
    ("de", "südkoreanischer Geheimdienst", "south_korea"),
    ("de", "Südkoreas Generalstab", "south_korea"),
    ("de", "US-Geheimdienste", "united_states"),
    ("de", "ukrainischer Militärgeheimdienst", "ukraine"),
    ("de", "der nordkoreanische Botschafter in Moskau", "north_korea"),
    ("de", "Botschafter in Moskau", "other"),
    ("de", "die Regierung in Washington", "united_states"),
    ("de", "UN-Vertreter Nordkoreas", "north_korea"),
    ("de", "die südkoreanische Nachrichtenagentur Yonhap", "other"),
    ("de", "Pentagon-Sprecherin Sabrina Singh", "united_states"),
    ("de", "Nato-Generalsekretär Mark Rutte", "nato"),
    ("de", "das russische Verteidigungsministerium", "russia"),
    ("de", "Auswärtiges Amt", "other"),
    ("de", "Militäranalysten", "other"),
    ("de", "Robert Müller", "other"),
    ("de", "Der Geheimdienst", "unattributed"),
    ("de", "sie", "unattributed"),
    ("en", "the South Korean ambassador to Russia", "south_korea"),
    ("en", "the ambassador to Seoul", "other"),
    ("en", "Ukraine's HUR", "ukraine"),
    ("en", "U.S. officials", "united_states"),
    ("en", "North Korea's state media", "north_korea"),
    ("en", "The Washington Post", "other"),
    ("en", "the agency", "unattributed"),
    ("en", "", "unattributed"),
]


@pytest.mark.parametrize(("lang", "name", "group"), GROUPS)
def test_claimant_group_precedence(lex, lang, name, group):
    assert claimant_group(name, lang, lex) == group


def test_us_is_case_sensitive(lex):
    assert claimant_group("US officials", "en", lex) == "united_states"
    assert claimant_group("some of us", "en", lex) != "united_states"


# --------------------------------------------------------------------------- continuation

CONTINUING = [
    ("de", "Den Angaben zufolge sind 3000 Soldaten in Kursk."),
    ("de", "Demnach wurden die Truppen per Schiff gebracht."),
    ("de", "Dem Bericht zufolge gibt es keine weiteren Zahlen."),
    ("de", "Laut dem Bericht wurden die Soldaten ausgebildet."),
    ("de", "Wie es weiter hieß, sind die Einheiten in Kursk."),
    ("de", "Die Soldaten sollen in Kursk eingesetzt werden."),
    ("de", "Rund 2000 Mann seien bereits per Zug verlegt worden."),
    ("de", "Er sagte zudem, die Lage sei ernst."),
    ("de", "Der Geheimdienst hatte zuvor mitgeteilt, es gebe keine Belege."),
    ("de", "Damit befänden sich nun fast 9000 Mann im Kampfgebiet."),
    ("de", "Die Lage an der Front könne sich rasch ändern."),
    ("en", "According to the report, the troops arrived by ship."),
    ("en", "The agency added that more could follow."),
    ("en", "It said the soldiers were training near the border."),
    ("en", "The soldiers are being trained in eastern Russia, she said."),
]


@pytest.mark.parametrize(("lang", "sentence"), CONTINUING)
def test_continuation_markers(lang, sentence):
    assert is_continuation(sentence, lang)


NOT_CONTINUING = [
    ("de", "Nordkorea hat 10.000 Soldaten nach Russland geschickt."),
    ("de", "Laut Pentagon sollen 3000 Soldaten in Kursk sein."),
    ("de", "Das Verteidigungsministerium in Seoul erklärte, es sei besorgt."),
    ("de", "«Ich habe keine Zahlen», sagte Rutte."),
    ("en", "North Korea has sent 10,000 troops."),
    ("en", "The Pentagon said 8,000 troops were in Kursk."),
    ("en", "According to the Pentagon, the troops arrived by ship."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_CONTINUING)
def test_sentences_with_their_own_source_are_not_continuations(lang, sentence):
    assert not is_continuation(sentence, lang)


# --------------------------------------------------------------------------- lexicon & speed

def test_lexicon_is_compiled_once_per_topic():
    raw = load_topic().raw
    assert load_claimant_lexicon(raw) is load_claimant_lexicon(raw)
    assert load_claimant_lexicon(dict(raw)) is load_claimant_lexicon(raw)


def test_another_topic_brings_its_own_names():
    lex = load_claimant_lexicon({"claimants": {"groups": {
        "ukraine": {"names": ["Hromada\\w*"], "places": []},
        "other": {"names": [], "places": ["Atlantis"]},
    }}})
    s = "Laut Hromada-Sprecher sind es 40 Wölfe."
    check(find(s, "de", lex), s, "Hromada-Sprecher", "ukraine")
    assert claimant_group("Atlantis", "en", lex) == "other"


def test_a_pattern_with_alternatives_matches_each_of_them():
    lex = load_claimant_lexicon({"claimants": {"groups": {
        "russia": {"names": ["Alpha|Zorya-Stab\\w*"], "places": []},
    }}})
    assert claimant_group("Alpha", "de", lex) == "russia"
    assert claimant_group("der Zorya-Stabschef", "de", lex) == "russia"


def test_unknown_group_in_the_topic_is_an_error():
    with pytest.raises(ValueError, match="unknown claimant group"):
        load_claimant_lexicon({"claimants": {"groups": {"mars": {"names": ["Ares"]}}}})


def test_single_quotes_need_no_letter_before_them():
    assert claimants_module._quotes("He said 'about 3,000 troops' were sent.") == ([(8, 28)], [])
    assert claimants_module._quotes("Russia's troops and Kim's men, o'clock 'x'y") == ([], [])


@pytest.mark.parametrize("sentence", [
    "U.S. officials said 1,500 North Korean-trained troops —  e.g. «Die Welt» 47-year-old.",
    "  Laut NIS sind 10.000 Soldaten   im Einsatz;  der 47-Jährige sagte: \"Nein\" ",
])
def test_plain_tokens_are_the_token_pattern_matches(sentence):
    matches = claimants_module._TOKEN_RE.finditer(sentence)
    expected = [(m.group(), m.start(), m.end()) for m in matches]
    assert claimants_module._plain_tokens(sentence) == expected


def test_sentence_without_cue_skips_tokenising(lex, monkeypatch):
    def boom(*_args):
        raise AssertionError("tokenised a sentence without any cue")

    monkeypatch.setattr(claimants_module, "_view", boom)
    assert find("Die Truppen wurden nach Wladiwostok verschifft.", "de", lex) is None
    assert find("The troops were shipped to Vladivostok.", "en", lex) is None


WORDS = ("Laut sagte der die Pentagon , « » „ “ : ; said according to the NIS 3.000 Soldaten "
         "Er es hieß zufolge Den Angaben ( ) – Seoul says 's estimate citing Yonhap berichtete "
         "unter Berufung auf wie mitteilte so").split()


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=25),
       lang=st.sampled_from(["de", "en"]), cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_any_word_salad_gives_a_claimant_that_reads_back(lex, words, lang, cut):
    sentence = " ".join(words)
    a, b = sorted(min(x, len(sentence)) for x in cut)
    c = find_claimant(sentence, lang, lex, (a, b))
    if c is not None:
        assert c.group in CLAIMANT_GROUPS
        assert sentence[c.start:c.end] == c.text if c.text else (c.start, c.end) == (-1, -1)
    assert isinstance(is_continuation(sentence, lang), bool)


def test_unknown_language_falls_back_to_english(lex):
    s = "The NIS said 3,000 troops were sent."
    check(find(s, "fr", lex), s, "The NIS", "south_korea", "said")


# --------------------------------------------------------------------------- more reporting verbs

MORE_VERBS = [
    ("en", "Analysts at the Lowy Institute wrote in a report that 9,000 soldiers had crossed.",
     "Analysts at the Lowy Institute", "other", "wrote"),
    ("en", "The Pentagon assessed on Tuesday that 6,500 troops were near the front.",
     "The Pentagon", "united_states", "assessed"),
    ("en", "Seoul reckoned that roughly 1,200 soldiers had been wounded.", "Seoul",
     "south_korea", "reckoned"),
    ("en", "Kyiv reckons 6,000 North Koreans are still fighting.", "Kyiv", "ukraine", "reckons"),
    ("en", "The Kremlin puts the total at no more than 500.", "The Kremlin", "russia", "puts"),
    ("en", "White House figures put the number of dead at 1,100.", "White House",
     "united_states", "put"),
    ("en", "NATO figures put North Korean deaths at 2,500.", "NATO", "nato", "put"),
    ("en", "The losses were put at 4,000 by Ukraine's military.", "Ukraine's military",
     "ukraine", "put"),
    ("en", "KCNA hailed the 3,000 heroes of the overseas operation.", "KCNA", "north_korea",
     "hailed"),
    ("en", "Zelensky warned that 30,000 more could arrive by summer.", "Zelensky", "ukraine",
     "warned"),
    ("en", "The White House noted that 7,000 troops had moved south.", "The White House",
     "united_states", "noted"),
    ("en", "Seoul believes 2,000 soldiers died in the winter fighting.", "Seoul", "south_korea",
     "believes"),
    ("en", "Researchers at King's College estimate that 4,000 soldiers were lost.",
     "Researchers at King's College", "other", "estimate"),
    ("de", "Der ukrainische Generalstab meldete am Abend 600 Tote.",
     "Der ukrainische Generalstab", "ukraine", "meldete"),
    ("de", "Seoul bezifferte die Verluste auf 3400 Mann.", "Seoul", "south_korea", "bezifferte"),
    ("de", "Das Pentagon ging zuletzt von 10.000 Soldaten aus.", "Das Pentagon",
     "united_states", "ging"),
    ("de", "Der Kreml geht von höchstens 1.500 Mann aus.", "Der Kreml", "russia", "geht"),
    ("de", "Selenskyj sprach am Sonntag von 3000 Toten.", "Selenskyj", "ukraine", "sprach"),
    ("de", "Zuvor hatte der NIS von 1500 Soldaten gesprochen.", "der NIS", "south_korea",
     "gesprochen"),
    ("de", "Der Nato-Chef nannte eine Zahl von 8000 Soldaten.", "Der Nato-Chef", "nato",
     "nannte"),
    ("de", "Mehr als 7000 Soldaten seien verletzt worden – so schätzte es der Nato-Stab "
     "Anfang Juni.", "der Nato-Stab", "nato", "schätzte"),
    ("de", "Der Geheimdienst in Seoul hält 25.000 Soldaten für realistisch.",
     "Der Geheimdienst in Seoul", "south_korea", "hält"),
    ("de", "Das Weiße Haus hielt eine Zahl von 15.000 für übertrieben.", "Das Weiße Haus",
     "united_states", "hielt"),
    ("de", "Analysten des Instituts schrieben, 8000 Soldaten seien verlegt worden.",
     "Analysten des Instituts", "other", "schrieben"),
    ("de", "Kim Jong Un würdigte die 2000 gefallenen Soldaten.", "Kim Jong Un", "north_korea",
     "würdigte"),
    ("de", "Die Nato stellte fest, dass 9000 Soldaten in Kursk seien.", "Die Nato", "nato",
     "stellte"),
    ("de", "Die Zahl der Verwundeten hat der Kreml nie genannt.", "der Kreml", "russia",
     "genannt"),
    ("en", "In January Ukraine's defence ministry had spoken of 4,000 soldiers.",
     "Ukraine's defence ministry", "ukraine", "spoken"),
    ("de", "Die Analystin Mara Link hält 14.000 für eine realistische Zahl.",
     "Die Analystin Mara Link", "other", "hält"),
    ("de", "Das Pentagon hielt 9.000 für eine plausible Schätzung.", "Das Pentagon",
     "united_states", "hielt"),
    ("de", "Jan Novak zweifelt nicht daran, dass 12.000 Soldaten in Russland sind.",
     "Jan Novak", "other", "zweifelt"),
    ("en", "Grace Lim is sure Kim will send 20,000 more soldiers.", "Grace Lim", "other", "is"),
    ("en", "Tom Hale works on the assumption that 11,000 soldiers have gone.", "Tom Hale",
     "other", "works"),
    ("de", "Im Jänner hatte es aus Kiew geheißen, 4.000 Soldaten seien nachgeschickt worden.",
     "Kiew", "ukraine", "geheißen"),
    ("de", "Aus Washington hatte es schon im Dezember geheißen, 1.000 Soldaten seien gefallen.",
     "Washington", "united_states", "geheißen"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "group", "cue"), MORE_VERBS)
def test_more_reporting_verbs(lex, lang, sentence, text, group, cue):
    check(find(sentence, lang, lex), sentence, text, group, cue)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Russia put 3,000 troops at the border."),
    ("en", "The number was put at 4,000 by the end of the year."),
    ("de", "Die Einheit wurde 'Sturm' genannt."),
    ("de", "Jan Novak zweifelt daran, dass 12.000 Soldaten in Russland sind."),  # a doubt
    ("en", "Grace Lim is sure of 20,000 votes."),
])
def test_look_alikes_of_the_new_verbs_name_nobody(lex, lang, sentence):
    assert find(sentence, lang, lex) is None


# --------------------------------------------------------------------------- figures and counts

COUNTS = [
    ("en", "By Seoul's count, 3,000 soldiers have died.", "Seoul", "south_korea", "'s count"),
    ("en", "By the Pentagon's count, 300 died in a single week.", "the Pentagon",
     "united_states", "'s count"),
    ("en", "Kyiv's figures are far higher: 6,000 dead.", "Kyiv", "ukraine", "'s figures"),
    ("de", "Nach südkoreanischer Zählung sind bereits 4100 Nordkoreaner gefallen.",
     "südkoreanischer Zählung", "south_korea", "Nach"),
    ("de", "Nach US-amerikanischen Angaben sind 300 gefallen.", "US-amerikanischen Angaben",
     "united_states", "Nach"),
    ("de", "Nach Zählung der Ukraine sind 300 Nordkoreaner gefallen.", "der Ukraine",
     "ukraine", "Nach"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "group", "cue"), COUNTS)
def test_a_side_and_its_figures_or_count(lex, lang, sentence, text, group, cue):
    check(find(sentence, lang, lex), sentence, text, group, cue)


@pytest.mark.parametrize("sentence", [
    "Nach vorläufiger Zählung sind 300 Nordkoreaner gefallen.",
    "Nach neuesten Angaben sind 300 Nordkoreaner gefallen.",
])
def test_a_count_without_a_side_names_nobody(lex, sentence):
    assert find(sentence, "de", lex) is None


# --------------------------------------------------------------------------- appositions

APPOSITIONS = [
    ("en", "The Hudson Institute, a Washington think tank, assessed that 5,000 had died.",
     "The Hudson Institute", "other"),
    ("en", "Analysts at 38 North, a Washington-based monitoring website, wrote that 600 had "
     "deserted.", "Analysts at 38 North", "other"),
    ("en", "Researchers at the Kestrel Project, a Kyiv-based group that tracks losses, "
     "estimate that 3,000 soldiers died.", "Researchers at the Kestrel Project", "other"),
    ("de", "Analysten von 38 North, einer Website aus Washington, schrieben, 8000 Soldaten "
     "seien verlegt worden.", "Analysten von 38 North", "other"),
    ("de", "Das Kestrel-Projekt, eine Rechercheplattform in Kiew, schätzt, dass 3000 Soldaten "
     "gefallen sind.", "Das Kestrel-Projekt", "other"),
    # a person's title still tells whom the person speaks for
    ("en", "Anna Berg, a US envoy who visited Seoul last week, said 3,000 troops had arrived.",
     "Anna Berg, a US envoy", "united_states"),
    ("de", "Anna Berg, eine Sprecherin des Pentagons, sagte, 3000 Soldaten seien dort.",
     "Anna Berg, eine Sprecherin des Pentagons", "united_states"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), APPOSITIONS)
def test_a_place_describing_an_organisation_does_not_decide_its_group(
    lex, lang, sentence, text, group
):
    check(find(sentence, lang, lex), sentence, text, group)


# --------------------------------------------------------------------------- relative clauses

RELATIVES = [
    ("en", "The Pentagon, which said in March that at least 12,000 troops were in Russia, "
     "called the move reckless.", "12,000", "The Pentagon", "united_states"),
    ("en", "Mark Rutte, who said last month that 3,000 troops had arrived, urged restraint.",
     "3,000", "Mark Rutte", "nato"),
    ("de", "Das Pentagon, das im März von mehr als 12.000 Soldaten gesprochen hatte, nannte "
     "den Schritt rücksichtslos.", "12.000", "Das Pentagon", "united_states"),
    ("de", "Die Nato, die zuvor 9000 Soldaten gemeldet hatte, warnte vor weiteren Truppen.",
     "9000", "Die Nato", "nato"),
    # the clause holds an abbreviation's dot, or a time phrase opens the sentence
    ("en", "Prof. Hannah Clive, who teaches at St. Andrews in Fife, said 4,000 troops had "
     "arrived.", "4,000", "Prof. Hannah Clive", "other"),
    ("en", "Late on Friday a senior Pentagon official, who asked not to be named, said 2,500 "
     "troops had arrived.", "2,500", "a senior Pentagon official", "united_states"),
    ("de", "Am Dienstag sagte ein hoher Nato-Beamter, der anonym bleiben wollte, 5.000 Soldaten "
     "seien eingetroffen.", "5.000", "ein hoher Nato-Beamter", "nato"),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "group"), RELATIVES)
def test_a_relative_clause_speaks_for_its_antecedent(lex, lang, sentence, figure, text, group):
    check(find(sentence, lang, lex, figure), sentence, text, group)


# --------------------------------------------------------------------------- possessives, clauses

@pytest.mark.parametrize(("lang", "sentence", "text"), [
    ("en", "At least 4,000 have been killed or wounded, its military intelligence agency says.",
     "its military intelligence agency"),
    ("en", "Russia has lost ground, and its military intelligence agency says 4,000 died.",
     "its military intelligence agency"),
    ("de", "Mindestens 4000 seien gefallen, teilte sein Militärgeheimdienst mit.",
     "sein Militärgeheimdienst"),
])
def test_a_possessive_agency_is_a_reference_not_an_earlier_noun(lex, lang, sentence, text):
    c = find(sentence, lang, lex, next(w for w in sentence.split() if w[0].isdigit()))
    assert c is not None and (c.text, c.is_reference, c.group) == (text, True, "unattributed")


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "group"), [
    ("en", "Seoul's spies reckoned 2,700 had been wounded; Kyiv says 4,100.", "2,700",
     "Seoul's spies", "south_korea"),
    ("en", "Seoul's spies reckoned 2,700 had been wounded; Kyiv says 4,100.", "4,100", "Kyiv",
     "ukraine"),
    ("de", "Südkoreas Geheimdienst schätzte 2700 Verwundete; Kiew spricht von 4100.", "2700",
     "Südkoreas Geheimdienst", "south_korea"),
    ("de", "Südkoreas Geheimdienst schätzte 2700 Verwundete; Kiew spricht von 4100.", "4100",
     "Kiew", "ukraine"),
])
def test_each_figure_goes_to_the_cue_of_its_clause(lex, lang, sentence, figure, text, group):
    check(find(sentence, lang, lex, figure), sentence, text, group)


# --------------------------------------------------------------------------- relays and state media

STATE_MEDIA = [
    ("en", "Kim Jong Un praised the 2,000 heroes in remarks carried by KCNA.", "2,000", "KCNA",
     "carried by"),
    ("en", "An editorial in Rodong Sinmun on Friday, hailing the 1,500 fallen, called them "
     "heroes.", "1,500", "An editorial in Rodong Sinmun", "hailing"),
    ("en", "The party daily Rodong Sinmun was hailing \"the more than two thousand brave sons\" "
     "on its front page.", "two thousand", "Rodong Sinmun", "hailing"),
    ("de", "Kim Jong Un sprach laut KCNA von Tausenden tapferen Kämpfern.", "Tausenden",
     "KCNA", "laut"),
    ("de", "Ein Kommentar der Parteizeitung Rodong Sinmun würdigte die 1500 Gefallenen.", "1500",
     "Ein Kommentar der Parteizeitung Rodong Sinmun", "würdigte"),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "cue"), STATE_MEDIA)
def test_north_korean_state_media_speak_for_north_korea(lex, lang, sentence, figure, text, cue):
    check(find(sentence, lang, lex, figure), sentence, text, "north_korea", cue)


def test_carried_by_needs_a_known_source(lex):
    assert find("Soldiers were carried by trucks to the front, 3,000 of them.", "en", lex) is None
    assert find("The 300 men were carried by Russian ships.", "en", lex) is None


# --------------------------------------------------------------------------- bare references

@pytest.mark.parametrize(("lang", "sentence", "text", "cue"), [
    ("de", "Rund 3000 Soldaten seien verlegt worden, hieß es.", "", "hieß"),
    ("de", "Rund 3000 Soldaten seien verlegt worden, hiess es am Abend.", "", "hiess"),
    ("en", "It was said that 3,000 soldiers had died.", "", "It was said"),
    ("en", "Some 3,000 soldiers died, it was said.", "", "it was said"),
    ("en", "About 900 were wounded, officials said.", "officials", "said"),
    ("de", "Rund 900 seien verwundet worden, sagten Beamte.", "Beamte", "sagten"),
    ("de", "«Es sind mindestens 4000», sagt er.", "er", "sagt"),
    ("de", "„Wir zählen 900 Tote“, sagte sie.", "sie", "sagte"),
    ("en", "“There are 4,000 of them,” she says.", "she", "says"),
])
def test_unnamed_speakers_are_references_for_the_caller(lex, lang, sentence, text, cue):
    c = find(sentence, lang, lex, next(w.strip("«“„") for w in sentence.split()
                                       if w.strip("«“„")[:1].isdigit()))
    assert c is not None
    assert (c.text, c.cue, c.is_reference, c.group) == (text, cue, True, "unattributed")
    assert sentence[c.cue_start:c.cue_end] == cue


# --------------------------------------------------------------------------- acting subjects

ACTING = [
    ("en", "Zelensky offers to trade TWO North Korean prisoners for Ukrainians", "TWO",
     "Zelensky", "ukraine"),
    ("en", "VOLODYMYR Zelensky last night offered to return two of the wounded prisoners.",
     "two", "VOLODYMYR Zelensky", "ukraine"),
    ("en", "ZELENSKY OFFERS TO SWAP TWO NORTH KOREAN POWS", "TWO", "ZELENSKY", "ukraine"),
    ("en", "Zelensky Offers To Swap Two North Korean POWs", "Two", "Zelensky", "ukraine"),
    ("en", "On Monday, Zelensky offered to swap two North Korean soldiers.", "two", "Zelensky",
     "ukraine"),
    ("en", "Pentagon officials tracked 3,000 North Korean casualties.", "3,000",
     "Pentagon officials", "united_states"),
    ("de", "Selenskyj bietet Austausch von zwei gefangenen Nordkoreanern an", "zwei",
     "Selenskyj", "ukraine"),
    ("de", "Der ukrainische Präsident Selenskyj will zwei Gefangene austauschen.", "zwei",
     "Der ukrainische Präsident Selenskyj", "ukraine"),
]


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "group"), ACTING)
def test_a_known_name_acting_on_the_figure_claims_it(lex, lang, sentence, figure, text, group):
    c = find(sentence, lang, lex, figure)
    check(c, sentence, text, group, "headline")


@pytest.mark.parametrize(("lang", "sentence", "figure"), [
    ("en", "Kim Jong Un sent 10,000 troops.", "10,000"),
    ("de", "Kim Jong Un schickte 10.000 Soldaten.", "10.000"),
    ("en", "North Korea has sent 10,000 troops.", "10,000"),
    ("de", "Nordkorea hat 10.000 Soldaten nach Russland geschickt.", "10.000"),
    ("en", "Zelensky's forces captured two North Korean soldiers.", "two"),
    ("en", "Zelensky met Trump as 3,000 North Korean troops arrived.", "3,000"),
    ("de", "Selenskyj reiste ab, während 3000 Nordkoreaner in Kursk kämpften.", "3000"),
    ("de", "Der ukrainische Präsident Selenskyj bot an, zwei Gefangene auszutauschen.", "zwei"),
    ("en", "Reuters filmed 3,000 North Korean troops.", "3,000"),
])
def test_the_subject_side_other_clauses_and_possessives_claim_nothing(lex, lang, sentence, figure):
    assert find(sentence, lang, lex, figure) is None


def test_an_acting_subject_needs_a_figure(lex):
    assert find("Zelensky offers to trade TWO North Korean prisoners", "en", lex) is None


def test_a_figure_without_cue_or_opening_name_skips_tokenising(lex, monkeypatch):
    def boom(*_args):
        raise AssertionError("tokenised a sentence without any cue")

    monkeypatch.setattr(claimants_module, "_view", boom)
    s = "Die Truppen wurden verschifft, darunter 3000 Pioniere."
    assert find(s, "de", lex, "3000") is None
    s = "The troops were shipped east, among them 3,000 engineers."
    assert find(s, "en", lex, "3,000") is None


# --------------------------------------------------------------------------- object first (de)

@pytest.mark.parametrize(("sentence", "text", "cue"), [
    ("Die Zahl der Gefallenen hatte das Ministerium schon im Februar auf etwa 2.500 geschätzt.",
     "das Ministerium", "geschätzt"),
    ("Diese Verluste bestätigte er am Montag.", "er", "bestätigte"),
])
def test_an_object_before_the_verb_is_not_the_speaker(lex, sentence, text, cue):
    c = find(sentence, "de", lex)
    assert c is not None and (c.text, c.cue, c.is_reference) == (text, cue, True)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Die Experten haben die Zahl auf 3000 geschätzt.", "Die Experten"),
    ("Die Gefangenen sagten der Zeitung, 300 Kameraden seien gefallen.", "Die Gefangenen"),
    ("Die Soldaten sagten dem Sender, 300 Kameraden seien gefallen.", "Die Soldaten"),
])
def test_a_speaker_before_the_verb_stays_the_speaker(lex, sentence, text):
    check(find(sentence, "de", lex), sentence, text, "other")


# --------------------------------------------------------------------------- bylines

@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Updated: 14:05 BST"),
    ("en", "Last updated: 3 March 2025"),
    ("en", "By Rachel Miller, Foreign News Reporter"),
    ("en", "Published: 12:30 GMT, 4 March 2025"),
    ("de", "Aktualisiert: 07:30 Uhr"),
    ("de", "Stand: 04.03.2025, 10:15 Uhr"),
    ("de", "Von Anna Müller, Korrespondentin in Seoul"),
])
def test_bylines_and_timestamps_are_not_claimants(lex, lang, sentence):
    assert find(sentence, lang, lex) is None


@pytest.mark.parametrize(("lang", "sentence", "names"), [
    ("de", "Das sagte ein Sprecher des Ministeriums am Montag.", True),
    ("de", "Laut dem Geheimdienst sind es mehr.", True),
    ("de", "Kiew: Weitere Truppen an der Grenze", True),  # a headline colon
    ("de", "Die Lage an der Grenze bleibt angespannt.", False),
    ("de", "Es regnete den ganzen Tag in der Hauptstadt.", False),
    ("en", "The minister told reporters on Monday.", True),
    ("en", "According to officials, more arrived.", True),
    ("en", "The weather stayed cold along the border.", False),
    ("en", "Trains left the station at dawn.", False),
])
def test_may_name_claimant_is_a_safe_cheap_test(lex, lang, sentence, names):
    """False only where `find_claimant` finds nobody (no cue, no headline colon)."""
    assert may_name_claimant(sentence, lang) is names
    if not names:
        assert find_claimant(sentence, lang, lex) is None


_CUE_TRAP_SENTENCES = [
    "Laut Kyjiw sind, so Seoul, nach Angaben des Geheimdienstes 12.000 Soldaten dort, "
    "sagte er; dem Bericht zufolge hieß es demnach, man gehe davon aus.",
    "Gemäß »Quellen« teilte das Ministerium am Montag mit, dass 3.000 gefallen seien.",
    "_laut xLaut 3laut ſagte \u212aursk İstanbul ıst Unter Berufung auf Kyjiw, hält 5 für möglich.",
    "According to Seoul's latest estimates, 12,000 troops are there, officials said; "
    "citing Kyiv, the ministry's count, as reported by NIS, it was said.",
    "Per the NIS, by its own count, Kyiv puts the number at 3,000 and thinks twice; "
    "think-tanks quoted him as saying ſaid \u212aiev İt ıs.",
    "",
]


@pytest.mark.parametrize("sentence", _CUE_TRAP_SENTENCES)
def test_cue_regexes_match_as_with_plain_lookbehind(sentence):
    """The cue patterns led by `WORD_START` match exactly as with a plain `(?<!\\w)`."""
    for new in (*claimants_module._CUE_RE.values(), claimants_module._EN_CUE_NO_POSSESSIVE):
        old = re.compile(new.pattern.replace(WORD_START, r"(?<!\w)", 1))
        assert old.pattern != new.pattern
        for pos in range(len(sentence) + 1):
            for method in ("search", "match"):
                a = getattr(old, method)(sentence, pos)
                b = getattr(new, method)(sentence, pos)
                assert (a is None) == (b is None)
                if a is not None and b is not None:
                    assert (a.span(), a.groups(), a.lastgroup) == (b.span(), b.groups(),
                                                                   b.lastgroup)



@pytest.mark.parametrize(("lang", "sentence", "claimant"), [
    ("de", "Der Kreml verkündete am Montag, 6.000 nordkoreanische Soldaten würden kommen.",
     "Der Kreml"),
    ("de", "Das Pentagon kündigte an, es werde die Zahl von 12.000 Soldaten prüfen.",
     "Das Pentagon"),
    ("de", "Selenskyj bekräftigte, rund 3.000 Nordkoreaner seien gefallen.", "Selenskyj"),
    ("de", "Die Nato hob hervor, dass 11.000 Soldaten aus Nordkorea in Russland seien.",
     "Die Nato"),
    ("de", "Der Geheimdienst versicherte, es handle sich um 1.500 Mann.", "Der Geheimdienst"),
    ("en", "British intelligence judged that 3,000 North Korean troops were killed.",
     "British intelligence"),
    ("en", "Zelensky insisted that 12,000 North Korean troops were in Kursk.", "Zelensky"),
    ("en", "The Pentagon argued that 11,000 North Korean soldiers had arrived.", "The Pentagon"),
    ("en", "Western officials put the total sent so far closer to 12,000.", "Western officials"),
    ("en", "Western officials, speaking on condition of anonymity, put the total at 12,000.",
     "Western officials"),
    ("en", "The Kremlin, responding to questions, said 3,000 troops were there.", "The Kremlin"),
    ("en", "The committee found that 3,000 North Korean reinforcements had arrived.",
     "The committee"),
    ("en", "General LaCamera testified that 11,000 North Korean troops were in Kursk.",
     "General LaCamera"),
    ("en", "The Pentagon maintained that 10,000 North Korean soldiers were in Russia.",
     "The Pentagon"),
    ("en", "Ukrainian officials counted 300 North Korean dead after the assault.",
     "Ukrainian officials"),
    ("en", "The ministry stressed that 2,000 North Korean troops had been wounded.",
     "The ministry"),
    ("de", "Der Geheimdienst kam zur selben Zeit auf knapp 3.000 getötete Nordkoreaner.",
     "Der Geheimdienst"),
    ("de", "Das Institut kommt in seiner Analyse auf zwölftausend Nordkoreaner in Russland.",
     "Das Institut"),
    ("de", "Der Ausschuss kam zu dem Schluss, dass 5.000 Nordkoreaner verwundet wurden.",
     "Der Ausschuss"),
    ("de", "Der Generalstab zählte am Montag 300 tote nordkoreanische Soldaten.",
     "Der Generalstab"),
    ("de", "Der Abgeordnete Lee berief sich am Donnerstag auf Zahlen, wonach 300 Nordkoreaner "
     "starben.", "Der Abgeordnete Lee"),
    ("de", "Das Ministerium verwies auf 300 getötete Nordkoreaner.", "Das Ministerium"),
    ("de", "Die Abgeordnete Yoon gab weitere Zahlen weiter: 11.000 Nordkoreaner seien in "
     "Russland.", "Die Abgeordnete Yoon"),
])
def test_more_reporting_verbs_and_their_subjects(lang, sentence, claimant, lex):
    c = find(sentence, lang, lex)
    assert c is not None and c.text == claimant, sentence


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Ukrainian soldiers found 30 North Korean bodies in a trench."),
    ("de", "Am Montag kamen 500 weitere nordkoreanische Soldaten in Kursk an."),
    ("de", "Im Januar kamen 3.000 Nordkoreaner auf dem Schlachtfeld ums Leben."),
])
def test_found_and_kamen_without_a_finding_or_figure_name_nobody(lang, sentence, lex):
    c = find(sentence, lang, lex)
    assert c is None or c.cue not in ("found", "kamen"), sentence


@pytest.mark.parametrize(("lang", "sentence", "claimant", "group"), [
    ("de", "Erstmals schätzt Seoul, dass 100 nordkoreanische Soldaten getötet wurden.",
     "Seoul", "south_korea"),
    ("de", "Mittlerweile schätzt das Pentagon, dass 12.000 Soldaten in Russland sind.",
     "das Pentagon", "united_states"),
    ("de", "Schließlich sagte Kiew, 3.000 Nordkoreaner seien gefallen.", "Kiew", "ukraine"),
    ("en", "Initially the Pentagon said 12,000 North Korean soldiers were in Russia.",
     "the Pentagon", "united_states"),
])
def test_a_sentence_opening_adverb_is_not_the_claimant(lang, sentence, claimant, group, lex):
    check(find(sentence, lang, lex), sentence, claimant, group)


@pytest.mark.parametrize(("sentence", "claimant", "group"), [
    ("Selenskyj hatte bereits Ende Dezember von mehr als 3.000 getöteten Nordkoreanern "
     "gesprochen.", "Selenskyj", "ukraine"),
    ("Das Pentagon hatte von weniger als 2.000 verletzten Soldaten gesprochen.", "Das Pentagon",
     "united_states"),
])
def test_mehr_als_is_a_comparison_not_a_subordinate_clause(sentence, claimant, group, lex):
    check(find(sentence, "de", lex), sentence, claimant, group)


@pytest.mark.parametrize(("sentence", "claimant", "group"), [
    ("Oberst Markus Aichinger von der Landesverteidigungsakademie in Wien hält 4.000 Tote für "
     "plausibel.", "Oberst Markus Aichinger", "other"),
    ("Analystin Jana Berg von der Universität in Oslo schätzt die Zahl auf 3.000 Soldaten.",
     "Analystin Jana Berg", "other"),
])
def test_a_speaker_with_prepositional_phrases_before_the_verb(sentence, claimant, group, lex):
    check(find(sentence, "de", lex), sentence, claimant, group)


def test_a_mute_phrase_before_the_verb_is_not_the_speaker(lex):
    sentence = "Die Zahl der Toten in Kursk bezifferte das Pentagon auf 300 Soldaten."
    check(find(sentence, "de", lex), sentence, "das Pentagon", "united_states")


@pytest.mark.parametrize(("lang", "sentence", "group"), [
    ("en", "Around 600 were killed, lawmaker Park Sun-won told reporters, citing the agency.",
     "south_korea"),
    ("de", "Rund 600 seien getötet worden, sagte der Abgeordnete Park unter Berufung auf den "
     "Dienst.", "south_korea"),
    ("en", "Around 600 were killed, lawmaker Park told the news agency.", "other"),
    ("de", "Rund 600 seien getötet worden, sagte der Abgeordnete Park der Zeitung.", "other"),
])
def test_lawmakers_citing_the_service_by_a_generic_noun(lang, sentence, group, lex):
    c = find(sentence, lang, lex, "600")
    assert c is not None and c.group == group, sentence


@pytest.mark.parametrize(("sentence", "claimant", "reference"), [
    ("Seiner Schätzung nach sind 6.000 Nordkoreaner an der Front.", "Seiner Schätzung", True),
    ("Ihren Angaben nach sind 300 Soldaten gefallen.", "Ihren Angaben", True),
    ("Der Ansicht des Pentagons nach sind 300 Soldaten gefallen.", None, None),
    ("Nach Kursk wurden 300 Soldaten verlegt.", None, None),
])
def test_postposed_nach_is_a_reporting_cue_after_its_noun(sentence, claimant, reference, lex):
    c = find(sentence, "de", lex)
    if claimant is None:
        assert c is None or c.cue != "nach", sentence
    else:
        assert c is not None and (c.text, c.is_reference) == (claimant, reference), sentence


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The Kremlin has never confirmed that 11,000 North Korean soldiers were in Russia."),
    ("en", "Moscow never confirmed that 11,000 North Korean soldiers were in Russia."),
    ("en", "The Kremlin has not confirmed that 11,000 North Korean soldiers were in Russia."),
    ("de", "Der Kreml hat nie bestätigt, dass 11.000 nordkoreanische Soldaten in Russland sind."),
    ("de", "Der Kreml hat nicht bestätigt, dass 11.000 Soldaten in Russland sind."),
    ("de", "Der Kreml bestätigte nicht, dass 11.000 Soldaten in Russland sind."),
])
def test_a_negated_reporting_verb_names_no_claimant(lang, sentence, lex):
    assert find(sentence, lang, lex, "11") is None, sentence


@pytest.mark.parametrize(("lang", "sentence"), [
    ("de", "Der Kreml sagte, nicht 11.000, sondern 3.000 Soldaten seien in Russland."),
    ("en", "The Kremlin said not 11,000 but 3,000 soldiers were in Russia."),
])
def test_a_negation_after_the_cue_does_not_negate_it(lang, sentence, lex):
    c = find(sentence, lang, lex, "3")
    assert c is not None and c.group == "russia", sentence


@pytest.mark.parametrize(("sentence", "claimant", "group"), [
    ("Der NIS teilte am 4. November mit, 11.000 Soldaten seien in Russland.", "Der NIS",
     "south_korea"),
    ("Das Pentagon gab am 12. Dezember bekannt, dass 3.000 Soldaten verwundet wurden.",
     "Das Pentagon", "united_states"),
    ("Kiew räumte am 1. Jänner ein, 200 Nordkoreaner seien entkommen.", "Kiew", "ukraine"),
])
def test_a_date_with_an_ordinal_dot_does_not_cut_a_separable_verb(sentence, claimant, group, lex):
    check(find(sentence, "de", lex), sentence, claimant, group)


@pytest.mark.parametrize(("lang", "sentence", "figure", "claimant", "group"), [
    ("de", "Das Blatt schreibt, dass der NIS von zehn- bis zwölftausend Soldaten gesprochen habe.",
     "zwölftausend", "der NIS", "south_korea"),
    ("de", "Kiews Militärgeheimdienst rechnet damit, dass Pjöngjang 25.000 Mann schicken könnte.",
     "25.000", "Kiews Militärgeheimdienst", "ukraine"),
    ("de", "Der NIS hat den Abgeordneten vorgetragen, man gehe von 2.000 Toten aus.",
     "2.000", "Der NIS", "south_korea"),
    ("de", "Das Pentagon erläuterte, 2.000 Soldaten seien in Kursk.", "2.000", "Das Pentagon",
     "united_states"),
    ("en", "Russian deputy minister Yunus-Bek Yevkurov, in an interview with state television, "
     "said about 1,000 deminers had cleared mines.", "1,000",
     "Russian deputy minister Yunus-Bek Yevkurov", "russia"),
    ("en", "The Pentagon, at a briefing on Monday, said 2,000 troops were in Kursk.", "2,000",
     "The Pentagon", "united_states"),
])
def test_hyphens_damit_and_asides_before_the_verb(lang, sentence, figure, claimant, group, lex):
    check(find(sentence, lang, lex, figure), sentence, claimant, group)


@pytest.mark.parametrize(("lang", "sentence", "group"), [
    ("en", "Yoon Ji-ho, a nurse from Suwon, said 20,000 North Koreans had gone to Russia.",
     "other"),
    ("de", "Yoon Mi-rae, Lehrerin in Bonn, glaubt, dass 20.000 Nordkoreaner in Russland sind.",
     "other"),
    ("en", "President Yoon Suk-yeol said 12,000 North Koreans were in Russia.", "south_korea"),
    ("de", "Präsident Yoon Suk Yeol sagte, 12.000 Nordkoreaner seien in Russland.",
     "south_korea"),
])
def test_a_namesake_with_another_given_name_is_not_the_president(lang, sentence, group):
    rows = claim_rows(sentence, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == [group]


@pytest.mark.parametrize(("lang", "sentence", "text"), [
    ("en", "On Saturday the brother texted him that 300 North Koreans had arrived.", "the brother"),
    ("en", "Her nephew messaged her that 300 North Koreans had arrived.", "Her nephew"),
    ("en", "On Friday his cousin sent him a voice note: 40 North Korean soldiers had moved in.",
     "his cousin"),
    ("de", "Am Sonntag schickte ihr der Bruder eine Sprachnachricht: Drüben seien 300 "
     "Nordkoreaner eingetroffen.", "der Bruder"),
])
def test_texts_and_voice_messages_name_their_sender(lex, lang, sentence, text):
    c = find(sentence, lang, lex)
    assert c is not None and c.text == text and c.group == "other"


def test_a_possessive_after_the_verb_opens_the_subject(lex):
    sentence = ("Eine Woche zuvor hatte ihr Ministerium die Zahl der Nordkoreaner noch auf etwa "
                "8.000 geschätzt.")
    c = find(sentence, "de", lex)
    assert c is not None and c.text == "ihr Ministerium"


def test_prophezeite_is_a_reporting_verb(lex):
    sentence = "Pjöngjang werde 5.000 Soldaten nachschicken, prophezeite der Oberst."
    check(find(sentence, "de", lex), sentence, "der Oberst", "other")


def test_rechnet_vor_is_a_reporting_verb(lex):
    s = "Die deutsche Zeitung rechnet vor, Nordkorea könne bis zu 100.000 Soldaten abstellen."
    check(find(s, "de", lex, "100.000"), s, "Die deutsche Zeitung", "other")


@pytest.mark.parametrize(("sentence", "claimant", "group"), [
    ("The committee quotes South Korea's National Intelligence Service, whose mid-January "
     "estimate of roughly 3,000 killed it calls conservative.",
     "South Korea's National Intelligence Service", "south_korea"),
    ("The Pentagon, whose latest figures put 11,000 troops in Kursk, said nothing more.",
     "The Pentagon", "united_states"),
])
def test_whose_estimate_is_the_estimate_of_the_phrase_before(sentence, claimant, group, lex):
    figure = "3,000" if "3,000" in sentence else "11,000"
    check(find(sentence, "en", lex, figure), sentence, claimant, group)


@pytest.mark.parametrize("sentence", [
    "Their mid-January estimate was 3,000 troops, the report said of them.",
    "Monday's estimate of 3,000 troops was revised.",
])
def test_a_date_is_never_the_claimant(sentence, lex):
    c = find(sentence, "en", lex, "3,000")
    assert c is None or c.text.lower() not in ("mid-january", "monday")


@pytest.mark.parametrize(("name", "lang", "group"), [
    ("die Bundesregierung in Berlin", "de", "other"),
    ("Berlin", "de", "other"),
    ("officials in Paris", "en", "other"),
    ("Warsaw", "en", "other"),
])
def test_other_capitals_are_other(name, lang, group, lex):
    assert claimant_group(name, lang, lex) == group


@pytest.mark.parametrize(("lang", "sentence", "figure", "claimant", "group"), [
    ("de", "Nach US-Angaben könnten bis zu 12.000 Soldaten eingreifen.", "12.000", "US-Angaben",
     "united_states"),
    ("de", "Nach Nato-Angaben sind 11.000 Soldaten in Kursk.", "11.000", "Nato-Angaben", "nato"),
    ("en", "According to a report released Tuesday by the Pentagon, some 1,000 troops were "
     "killed.", "1,000", "the Pentagon", "united_states"),
])
def test_compound_sources_and_a_weekday_before_by(lang, sentence, figure, claimant, group, lex):
    check(find(sentence, lang, lex, figure), sentence, claimant, group)


@pytest.mark.parametrize(("sentence", "claimant", "group"), [
    ("Neue Zahlen nannte das Pentagon am Montag.", "das Pentagon", "united_states"),
    ("Genauere Angaben machte der Kreml nicht, nannte aber 3.000 Soldaten.", None, None),
    ("Britische Geheimdienste nannten 3.000 Tote.", "Britische Geheimdienste", "other"),
    ("Ukrainische Behörden gaben am Freitag die Zahl bekannt.", "Ukrainische Behörden", "ukraine"),
])
def test_a_fronted_object_opening_with_an_adjective(sentence, claimant, group, lex):
    c = find(sentence, "de", lex)
    if claimant is None:
        assert c is None or c.text != "Genauere Angaben", sentence
    else:
        check(c, sentence, claimant, group)


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("Die Zahl von 11.000 Soldaten, die am Montag vom NIS gemeldet wurde, ist hoch.", "NIS"),
    ("Die Zahl von 11.000 Soldaten, die am Montag gemeldet wurde, ist hoch.", None),
    ("Das geht aus dem Papier hervor, das am Mittwoch als Drucksache 20/148 veröffentlicht "
     "wurde, wonach 11.000 Soldaten in Russland sind.", None),
])
def test_a_verb_final_passive_participle_names_only_its_agent(sentence, claimant, lex):
    c = find(sentence, "de", lex)
    assert (c.text if c is not None and not c.is_reference else None) == claimant, sentence


@pytest.mark.parametrize(("lang", "sentence", "claimant"), [
    ("en", "Some 600 North Korean soldiers were killed, according to a Tuesday statement from "
     "the JCS.", "the JCS"),
    ("de", "Den Schätzungen des Pentagons vom Dienstag zufolge wurden 1.200 Nordkoreaner "
     "getötet.", "des Pentagons"),
    ("de", "Den Angaben des Geheimdienstes NIS vom 10. März zufolge sind 11.000 Nordkoreaner "
     "in Russland.", "des Geheimdienstes NIS"),
    ("en", "U.S. officials now put the number of North Korean casualties at around 4,000.",
     "U.S. officials"),
])
def test_a_date_attribute_or_a_long_noun_does_not_hide_the_source(lang, sentence, claimant, lex):
    c = find(sentence, lang, lex)
    assert c is not None and c.text == claimant, sentence


@pytest.mark.parametrize(("lang", "sentence", "claimant"), [
    ("de", "Nach dpa-Informationen sind 11.000 Nordkoreaner in Russland.", "dpa-Informationen"),
    ("de", "Die Zahl liegt nach Einschätzung britischer Geheimdienste bei 1.000.",
     "britischer Geheimdienste"),
    ("de", "Nach Angaben ukrainischer Militärs fielen 300 Nordkoreaner.", "ukrainischer Militärs"),
])
def test_german_compound_and_article_less_genitive_sources(lang, sentence, claimant, lex):
    c = find(sentence, lang, lex)
    assert c is not None and c.text == claimant, sentence


@pytest.mark.parametrize("sentence", [
    "The Kremlin dismissed reports that 10,000 North Korean troops were in Russia.",
    "Seoul denied claims that 12,000 North Korean troops were in Kursk.",
    "The estimates of 12,000 North Korean troops are old.",
])
def test_a_verb_form_used_as_a_noun_is_no_cue(sentence, lex):
    c = find(sentence, "en", lex)
    assert c is None or c.cue.lower() not in ("reports", "claims", "estimates"), sentence


def test_a_verb_form_after_a_name_is_still_a_cue(lex):
    c = find("Kyiv reports 200 North Korean troops killed.", "en", lex)
    assert c is not None and c.text == "Kyiv"


@pytest.mark.parametrize(("lang", "sentence", "claimant", "group"), [
    ("en", "Up to 12,000 North Korean troops in Russia - U.S.", "U.S.", "united_states"),
    ("de", "Bis zu 12.000 Nordkoreaner in Russland – Kiew", "Kiew", "ukraine"),
    ("en", "Around 11,000 North Korean troops in Kursk — Pentagon", "Pentagon", "united_states"),
    ("en", "N. Korea sent 1,500 more troops to Russia - Seoul's spy agency.",
     "Seoul's spy agency", "south_korea"),
])
def test_a_known_source_after_a_closing_dash_speaks_for_the_headline(lang, sentence, claimant,
                                                                     group, lex):
    check(find(sentence, lang, lex), sentence, claimant, group, "headline")


@pytest.mark.parametrize("sentence", [
    "North Korea sent 1,500 troops - report",
    "We saw 300 North Korean soldiers - and then they were gone.",
    "North Korea sent 1,500 troops - Russia's war in Ukraine goes on",
])
def test_a_closing_dash_without_a_known_short_source_names_nobody(sentence, lex):
    c = find(sentence, "en", lex)
    assert c is None or c.cue != "headline", sentence


@pytest.mark.parametrize("bullet", ["•", "·", "▪", "►", "*", "-"])
def test_a_list_bullet_is_not_part_of_the_claimant(bullet, lex):
    sentence = (f"{bullet} Nato-Generalsekretär Mark Rutte sagte Anfang der Woche in Paris, "
                "10.000 nordkoreanische Soldaten seien in Russland.")
    check(find(sentence, "de", lex), sentence, "Nato-Generalsekretär Mark Rutte", "nato", "sagte")


@pytest.mark.parametrize(("sentence", "claimant", "group"), [
    ("The figures were disclosed by Rep. Park Sun-won after an audit of the National "
     "Intelligence Service: 11,000 North Korean troops.", "Rep. Park Sun-won", "south_korea"),
    ("Lt. Gen. Kyrylo Budanov said 11,000 North Korean troops were in Kursk.",
     "Lt. Gen. Kyrylo Budanov", "ukraine"),
    ("Gen. Syrskyi said 300 North Korean soldiers were killed.", "Gen. Syrskyi", "ukraine"),
])
def test_a_title_with_a_dot_belongs_to_the_name(sentence, claimant, group, lex):
    c = find(sentence, "en", lex)
    assert c is not None and (c.text, c.group) == (claimant, group), sentence


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("The Pentagon, by contrast, told reporters that the North Koreans numbered 8,000.",
     "The Pentagon"),
    ("The Kremlin, for its part, said 3,000 North Korean troops were there.", "The Kremlin"),
    ("Seoul, however, said 3,000 North Korean troops were there.", "Seoul"),
])
def test_a_short_aside_between_subject_and_verb(sentence, claimant, lex):
    c = find(sentence, "en", lex)
    assert c is not None and c.text == claimant, sentence


@pytest.mark.parametrize(("lang", "sentence", "claimant", "group"), [
    ("en", "Special Operations Forces (SSO), Wednesday night: Posted footage of 21 North Korean "
     "soldiers killed.", "Special Operations Forces (SSO)", "ukraine"),
    ("en", "HUR, Ukraine's military intelligence, Thursday: Said 200 North Korean soldiers died.",
     "HUR", "ukraine"),
    ("en", "[6] NATO, background briefing, Brussels, 5 February 2025: \"11,000 or more North "
     "Korean soldiers\".", "NATO", "nato"),
])
def test_an_entry_label_names_a_known_source_before_its_details(lang, sentence, claimant,
                                                                group, lex):
    check(find(sentence, lang, lex), sentence, claimant, group, "headline")


def test_a_place_before_a_day_and_a_colon_is_a_dateline_not_a_source(lex):
    c = find("Moscow, Tuesday: 3,000 North Korean soldiers arrived.", "en", lex)
    assert c is None or c.cue != "headline"


def test_a_participle_between_subject_and_verb_is_skipped(lex):
    sentence = ("A post shared widely on X and Facebook since Sunday says that 30,000 North "
                "Korean soldiers have landed.")
    c = find(sentence, "en", lex)
    assert c is not None and c.text == "A post"


@pytest.mark.parametrize(("lang", "sentence", "claimant", "group"), [
    ("de", "Sogar der russische Botschafter hat nur von einigen Hundert nordkoreanischen "
     "Ausbildern gesprochen.", "der russische Botschafter", "russia"),
    ("en", "Even the Kremlin said 3,000 North Korean troops were there.", "the Kremlin", "russia"),
    ("en", "Ukraine's military intelligence agency put the number of North Koreans moved to the "
     "Kursk border at 7,000-odd.", "Ukraine's military intelligence agency", "ukraine"),
    ("en", "The party newspaper Rodong Sinmun published the portraits of more than 100 fallen "
     "North Korean soldiers.", "The party newspaper Rodong Sinmun", "north_korea"),
])
def test_focus_particles_long_put_phrases_and_published(lang, sentence, claimant, group, lex):
    c = find(sentence, lang, lex)
    assert c is not None and claimant in c.text and c.group == group, sentence


@pytest.mark.parametrize(("lang", "sentence", "claimant"), [
    ("de", "»Wenn Seoul von rund 3.000 zusätzlichen Soldaten spricht, muss Berlin das "
     "einordnen.«", "Seoul"),
    ("en", "If the Pentagon says 3,000 North Korean troops are there, we must respond.",
     "the Pentagon"),
])
def test_a_conditional_clause_names_its_own_speaker(lang, sentence, claimant, lex):
    c = find(sentence, lang, lex)
    assert c is not None and c.text == claimant, sentence


@pytest.mark.parametrize(("lang", "sentence", "claimant", "group"), [
    ("en", "A commentary in the party newspaper Rodong Sinmun, carried alongside it, was less "
     "coy, hailing the more than ten thousand heroic sons.",
     "A commentary in the party newspaper Rodong Sinmun", "north_korea"),
    ("en", "\"3,000 North Korean soldiers wiped out,\" reads the caption on one post.",
     "the caption", "other"),
])
def test_a_copula_before_a_participle_cue_and_a_caption_that_reads(lang, sentence, claimant,
                                                                  group, lex):
    c = find(sentence, lang, lex)
    assert c is not None and (c.text, c.group) == (claimant, group), sentence


@pytest.mark.parametrize(("lang", "sentence", "group"), [
    ("en", "Data from Ukraine's military intelligence show that 3,000 North Korean soldiers "
     "were killed.", "ukraine"),
    ("en", "The figures, provided by Kyiv, show 4,000 North Korean casualties.", "ukraine"),
    ("en", "The figures come from Ukraine's military intelligence: 3,000 North Korean soldiers "
     "were killed.", "ukraine"),
    ("de", "Die Zahlen stammen vom ukrainischen Militärgeheimdienst: 3.000 nordkoreanische "
     "Soldaten seien getötet worden.", "ukraine"),
])
def test_data_that_show_provided_by_and_come_from(lang, sentence, group, lex):
    c = find(sentence, lang, lex)
    assert c is not None and c.group == group, sentence


def test_what_a_video_shows_is_no_statement(lex):
    c = find("Kyiv released a video, which shows 30 North Korean soldiers killed.", "en", lex)
    assert c is None or c.cue != "shows"


@pytest.mark.parametrize(("sentence", "claimant", "group"), [
    ("Im Juni hatte der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, nach einem "
     "Besuch verkündet, Kim werde 1.000 Minenräumer schicken.",
     "der Sekretär des russischen Sicherheitsrats", "russia"),
    ("Pjöngjang bereite 20.000 weitere Soldaten vor, hatte der Chef des Militärgeheimdienstes "
     "HUR, Kyrylo Budanow, bereits Ende April gesagt.", "der Chef des Militärgeheimdienstes HUR",
     "ukraine"),
    ("Südkoreas Geheimdienst NIS hatte Mitte Oktober als Erster über 1.500 Soldaten berichtet.",
     "Südkoreas Geheimdienst NIS", "south_korea"),
    ("Derzeit seien nur noch ein paar tausend Nordkoreaner in Frontnähe, schätzt Oberst Pichler "
     "vom Institut in Wien.", "Oberst Pichler vom Institut in Wien", "other"),
])
def test_german_subjects_across_appositions_and_predicates(sentence, claimant, group, lex):
    c = find(sentence, "de", lex)
    assert c is not None and c.text.startswith(claimant) and c.group == group, (sentence, c)


def test_a_date_apposition_is_no_subject(lex):
    sentence = ("Schon damals, Mitte Jänner, hatte der Dienst die Zahl der Gefallenen mit rund 300 "
                "angegeben.")
    c = find(sentence, "de", lex)
    assert c is not None and c.text == "der Dienst"


@pytest.mark.parametrize(("lang", "sentence", "claimant", "group"), [
    ("en", "In Moscow, Deputy Prime Minister Marat Khusnullin said that more than 4,000 North "
     "Korean builders were working in Kursk.", "Deputy Prime Minister Marat Khusnullin", "russia"),
    ("en", "Ukraine's military intelligence chief, Kyrylo Budanov, went further in late June, "
     "saying North Korea was preparing 25,000 additional troops.",
     "Ukraine's military intelligence chief", "ukraine"),
    ("en", "The ceremony was held as the South's spy agency estimated that 2,000 North Korean "
     "troops had been killed.", "the South's spy agency", "south_korea"),
    ("de", "„Es kamen an die zweihundert Mann“, erinnert sich Oleh.", "Oleh", "other"),
    ("en", "Two North Korean soldiers remain in custody in Kyiv, Ukraine's SBU security service "
     "said this week, adding that both had asked to go to South Korea.",
     "Ukraine's SBU security service", "ukraine"),
    ("en", "At a parliamentary audit in Seoul yesterday, the country's spy agency said 2,000 North "
     "Korean soldiers had been killed.", "the country's spy agency", "south_korea"),
    ("en", "During talks in Moscow on Monday, the deputy minister said 1,000 North Korean sappers "
     "were in Kursk.", "the deputy minister", "russia"),
])
def test_fronted_places_participles_and_recollections(lang, sentence, claimant, group, lex):
    c = find(sentence, lang, lex)
    assert c is not None and (c.text, c.group) == (claimant, group), (sentence, c)


def test_a_title_running_on_in_phrases_is_an_apposition(lex):
    sentence = ("Matthias Kobelt, Sicherheitsexperte an der Militärakademie der ETH Zürich, hält "
                "die Zahl von 15.000 Soldaten für plausibel.")
    c = find(sentence, "de", lex)
    assert c is not None and c.text.startswith("Matthias Kobelt") and c.group == "other"


@pytest.mark.parametrize(("lang", "sentence", "claimant", "group"), [
    ("de", "Der russische Sicherheitsratssekretär Sergej Schoigu hatte am Vortag angekündigt, "
     "Nordkorea werde 1000 Minenräumer entsenden.",
     "Der russische Sicherheitsratssekretär Sergej Schoigu", "russia"),
    ("de", "Mitte Juni hatte der Sekretär des Sicherheitsrats, Sergej Schoigu, in Pjöngjang "
     "angekündigt, Nordkorea werde 6.000 Pioniere entsenden.",
     "der Sekretär des Sicherheitsrats, Sergej Schoigu", "russia"),
    ("de", "„Es kamen an die zweihundert Mann“, erinnert sich Oleh, ein ukrainischer Zugführer.",
     "Oleh, ein ukrainischer Zugführer", "ukraine"),
    ("en", "Ukraine's military intelligence agency, known as HUR, said that dozens of North "
     "Korean soldiers had been killed.", "Ukraine's military intelligence agency", "ukraine"),
])
def test_appositions_around_the_subject_and_announced(lang, sentence, claimant, group, lex):
    c = find(sentence, lang, lex)
    assert c is not None and (c.text, c.group) == (claimant, group), (sentence, c)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "That is a steep rise from the agency's previous estimate of about 600 killed."),
    ("en", "Officials said the administration's own estimate of casualties was 4,000."),
    ("de", "| 17.06.2025 | Schoigu | 6.000 Pioniere und Bauarbeiter angekündigt |"),
])
def test_a_noun_estimate_and_a_table_participle_name_no_subject(lang, sentence, lex):
    c = find(sentence, lang, lex)
    assert c is None or c.text not in ("previous", "own", "Bauarbeiter", "Pioniere und "
                                       "Bauarbeiter"), c


@pytest.mark.parametrize(("lang", "sentence", "claimant", "group"), [
    ("de", "Oberbefehlshaber Olexander Sirski sprach Mitte März von mehreren tausend "
     "Nordkoreanern.", "Oberbefehlshaber Olexander Sirski", "ukraine"),
    ("en", "North Korean soldiers trained there, in a still released by Ukraine's military "
     "intelligence on Monday, which said about 3,000 were training there.",
     "Ukraine's military intelligence", "ukraine"),
    ("en", "By December, NATO Secretary General Mark Rutte was telling reporters that Pyongyang "
     "had sent more than 10,000 soldiers.", "NATO Secretary General Mark Rutte", "nato"),
    ("en", "In January Zelenskiy put the North's dead and wounded at nearly 4,000.",
     "Zelenskiy", "ukraine"),
    ("en", "HUR, as the agency is known, estimated that the North had about 11,000 soldiers in "
     "Russia.", "HUR", "ukraine"),
])
def test_more_speaker_shapes_from_ordinary_news(lang, sentence, claimant, group, lex):
    c = find(sentence, lang, lex)
    assert c is not None and claimant in c.text and c.group == group, (sentence, c)


@pytest.mark.parametrize("sentence", [
    "Subject: Morning Brief: 10,000 North Koreans in the fight",
    "Date: Wednesday: 10,000 North Koreans in the fight",
])
def test_e_mail_header_words_are_no_headline_source(sentence, lex):
    c = find(sentence, "en", lex)
    assert c is None or c.text.lower() not in ("subject", "date"), c


@pytest.mark.parametrize("text", [
    "Die Zahl der Toten und Verletzten hatte er im Februar mit rund 3.000 nordkoreanischen "
    "Soldaten angegeben.",
    "Die Verluste und Gefangenen bezifferte er am Montag auf 3.000 nordkoreanische Soldaten.",
])
def test_er_right_after_the_finite_verb_is_the_subject(lex, text):
    """`er` is nominative: the subject, whatever stands before the verb (`und` there joins
    two nouns, it opens no clause)."""
    claimant = find(text, "de", lex)
    assert claimant is not None and claimant.text == "er"


@pytest.mark.parametrize("text", [
    "Die Zahl der Gefallenen schätze man auf etwa 2.000 nordkoreanische Soldaten.",
    "Die Verluste beziffert man in Seoul auf 4.000 nordkoreanische Soldaten.",
])
def test_man_right_after_the_finite_verb_is_an_unnamed_reporter(lex, text):
    """`schätze man`: `man` is the subject (the number phrase before the verb is its object),
    and it names nobody, so the claim is carried from who reports it."""
    claimant = find(text, "de", lex)
    assert claimant is not None and (claimant.text, claimant.is_reference) == ("man", True)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sergei Shoigu, once Putin's defense chief and now head of Russia's Security Council, "
     "promised in June that 6,000 more North Korean troops would come."),
    ("en", "In Pyongyang on Tuesday, Sergei Shoigu, Vladimir Putin's onetime defense chief and now "
     "secretary of his Security Council, said Kim had agreed to send 6,000 troops."),
    ("de", "Sergej Schoigu, einst Putins Verteidigungsminister und heute Sekretär seines "
     "Sicherheitsrats, versprach im Juni, dass 6.000 weitere nordkoreanische Soldaten kämen."),
])
def test_a_long_apposition_with_once_and_now_and_a_promise(lex, lang, text):
    """`X, onetime … and now secretary of his Security Council, said`, `promised … that`,
    `versprach, dass`: X speaks."""
    claimant = find(text, lang, lex)
    assert claimant is not None and claimant.group == "russia"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Pat Ryder, Generalmajor und Sprecher des Pentagons, wiederholte am Montag die "
     "Einschätzung, wonach etwa 8.000 Nordkoreaner in die Grenzregion gebracht worden seien."),
    ("en", "Pat Ryder, a Pentagon spokesman, repeated on Monday the estimate that about 8,000 "
     "North Koreans had been moved to the border."),
])
def test_who_repeats_an_estimate_states_it(lex, lang, text):
    claimant = find(text, lang, lex)
    assert claimant is not None and claimant.group == "united_states"


def test_a_promise_with_no_that_clause_is_no_statement(lex):
    claimant = find("Kim pledges 6,000 workers to Kursk, Moscow says", "en", lex)
    assert claimant is not None and claimant.group == "russia"


@pytest.mark.parametrize(("lang", "text", "who"), [
    ("de", "Die Militärhistorikerin Karin Albers von der Universität der Bundeswehr München geht "
     "davon aus, dass derzeit 10.000 Nordkoreaner in Kursk stehen.",
     "Militärhistorikerin Karin Albers"),
    ("de", "Der Cottbuser Sicherheitsforscher Tilo Krahl von der BTU hält es für denkbar, dass "
     "Kim bis zu 20.000 Mann schickt.", "Der Cottbuser Sicherheitsforscher Tilo Krahl"),
    ("en", "Military historian Karin Albers of the Bundeswehr University in Munich believes that "
     "about 10,000 North Koreans are in Kursk.", "Karin Albers"),
])
def test_a_role_and_a_name_before_a_prepositional_phrase_speak(lex, lang, text, who):
    """`Die Militärhistorikerin Karin Albers von der Universität … geht davon aus`: a role
    noun and a person's name open the clause; the phrase after `von` says where she works."""
    claimant = find(text, lang, lex)
    assert claimant is not None and who in claimant.text and claimant.group == "other"


@pytest.mark.parametrize(("lang", "text", "who", "group"), [
    ("de", "Die Agentur Yonhap zitierte den südkoreanischen Geheimdienst NIS mit der Einschätzung, "
     "bislang seien 11.000 nordkoreanische Soldaten im Einsatz.",
     "den südkoreanischen Geheimdienst NIS", "south_korea"),
    ("de", "Die Agentur Tass zitierte den Kreml mit der Aussage, 6.000 nordkoreanische Soldaten "
     "würden kommen.", "den Kreml", "russia"),
    ("en", "Yonhap quoted the NIS as saying that 11,000 North Korean soldiers were deployed.",
     "the NIS", "south_korea"),
])
def test_who_is_quoted_with_an_assessment_is_the_source(lex, lang, text, who, group):
    """`zitierte X mit der Einschätzung, …`, `quoted X as saying`: X is the source."""
    claimant = find(text, lang, lex)
    assert claimant is not None and (claimant.text, claimant.group) == (who, group)


@pytest.mark.parametrize(("lang", "text", "who"), [
    ("en", "South Korean lawmakers had been told in late April that around 4,700 North Korean "
     "soldiers had been killed.", "South Korean lawmakers"),
    ("de", "Die Abgeordneten wurden am Mittwoch unterrichtet, dass rund 4.700 nordkoreanische "
     "Soldaten gefallen seien.", "Die Abgeordneten"),
    ("de", "Am Mittwoch wurden die Abgeordneten unterrichtet, rund 4.700 nordkoreanische Soldaten "
     "seien gefallen.", "die Abgeordneten"),
])
def test_who_was_told_with_no_agent_passes_it_on(lex, lang, text, who):
    """`lawmakers had been told that …`, `Die Abgeordneten wurden unterrichtet, dass …`: with no
    `by`/`von`, those told are who pass the figure on."""
    claimant = find(text, lang, lex)
    assert claimant is not None and claimant.text == who


@pytest.mark.parametrize(("lang", "text", "who", "group"), [
    ("de", "Inzwischen seien 3000 nordkoreanische Soldaten eingetroffen, erfuhren Mitglieder des "
     "Ausschusses am Mittwoch vom Nationalen Nachrichtendienst NIS.",
     "Nationalen Nachrichtendienst NIS", "south_korea"),
    ("en", "Members of the committee heard from the National Intelligence Service that 15,000 "
     "North Korean soldiers had been sent.", "the National Intelligence Service", "south_korea"),
    ("en", "Lawmakers learned from the Pentagon that 10,000 North Korean soldiers were in Kursk.",
     "the Pentagon", "united_states"),
])
def test_who_was_heard_from_is_the_source(lex, lang, text, who, group):
    """`erfuhren … vom NIS`, `heard from`, `learned from`: the source is who they heard it from."""
    claimant = find(text, lang, lex)
    assert claimant is not None and (claimant.text, claimant.group) == (who, group)


@pytest.mark.parametrize(("text", "who"), [
    ("Damals sprach der Dienst von einer ersten Welle aus 1.500 nordkoreanischen Soldaten.",
     "der Dienst"),
    ("Am Montag sprach das Pentagon von rund 1.500 nordkoreanischen Soldaten.", "das Pentagon"),
    ("Am Montag sprach der Sprecher vom Generalstab von 1.500 nordkoreanischen Soldaten.",
     "der Sprecher vom Generalstab"),
])
def test_von_after_sprach_names_what_was_spoken_of_not_the_speaker(lex, text, who):
    claimant = find(text, "de", lex)
    assert claimant is not None and claimant.text == who


def test_a_number_estimated_by_man_carries_the_service_before():
    text = ("Der südkoreanische Geheimdienst NIS unterrichtete am Montag die Abgeordneten. "
            "Pjöngjang habe rund 14.000 Mann geschickt. Die Zahl der Gefallenen schätze man auf "
            "etwa 2.000 Soldaten.")
    rows = claim_rows(text, "de", date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["south_korea", "south_korea"]


@pytest.mark.parametrize(("text", "who"), [
    ("Der ukrainische Botschafter Wassyl Petrenko sprach am Montag in Wien.",
     ("Der ukrainische Botschafter Wassyl Petrenko", "ukraine")),
    ("„Sie kamen über das Feld“, erinnert sich Taras, ein ukrainischer Zugführer.",
     ("Taras, ein ukrainischer Zugführer", "ukraine")),
    ("Retired Colonel James Hart, a fellow at a Washington institute, spoke to diplomats.",
     ("Retired Colonel James Hart", "other")),
    ("Die Zahl der Toten steigt weiter.", None),
    ("The ambassador spoke to reporters.", None),
    ("Der Milizoffizier und Sicherheitspolitiker Ruedi Frehner hält das für folgerichtig.",
     ("Sicherheitspolitiker Ruedi Frehner", "other")),
    ("Dr. Ina Brockhoff-Lee forscht in Münster über Ostasien.", ("Dr. Ina Brockhoff-Lee", "other")),
    ("Dr. Fiona Marsh teaches at a university in Perth.", ("Dr. Fiona Marsh", "other")),
    ("The politician Sam Reid spoke in Perth.", ("The politician Sam Reid", "other")),
])
def test_person_in_finds_a_role_with_a_name(lex, text, who):
    lang = "en" if text.startswith(("Retired", "The ", "Dr. Fiona")) else "de"
    found = person_in(text, lang, lex)
    assert ((found.text, found.group) if found is not None else None) == who


@pytest.mark.parametrize(("sentence", "text", "group"), [
    ("The acting U.S. ambassador, Linda Carrow, said Pyongyang had sent 11,000 troops.",
     "The acting U.S. ambassador, Linda Carrow", "united_states"),
    ("The outgoing Ukrainian commander, Oleh Marchuk, said 3,000 North Korean soldiers were "
     "killed.", "The outgoing Ukrainian commander, Oleh Marchuk", "ukraine"),
])
def test_an_ing_title_word_belongs_to_the_title(lex, sentence, text, group):
    check(find(sentence, "en", lex), sentence, text, group)


@pytest.mark.parametrize(("text", "name", "group"), [
    ("Taras, 41 Jahre alt, Zugführer in einer ukrainischen Brigade, lacht.", "Taras", "ukraine"),
    ("Ms Hwang, a South Korean diplomat, smiled.", "Hwang", "south_korea"),
    ("Frau Berger, Seoul spricht von 11.000 Soldaten.", "Berger", ""),
    ("Taras, der mit russischen Soldaten sprach, lacht.", "Taras", ""),
])
def test_described_group_reads_a_title_after_a_name(lex, text, name, group):
    assert described_group(text, text.index(name) + len(name), lex) == group


def test_a_short_name_takes_the_group_its_described_mention_gave(lex):
    text = ("Taras, 41 Jahre alt, Zugführer in einer ukrainischen Brigade, lacht. „Es waren an "
            "die zweihundert nordkoreanische Soldaten“, erinnert sich Taras.")
    rows = claim_rows(text, "de", date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["ukraine"]


@pytest.mark.parametrize(("sentence", "text", "group"), [
    ("Die Zahl der gefallenen nordkoreanischen Soldaten schätzt der Geheimdienst NIS auf mehr "
     "als 2.000.", "der Geheimdienst NIS", "south_korea"),
    ("Die Zahl der nordkoreanischen Toten schätze das Pentagon inzwischen auf 2.000.",
     "das Pentagon", "united_states"),
    ("Die Verluste der Nordkoreaner beziffere der ukrainische Generalstab auf 3.000.",
     "der ukrainische Generalstab", "ukraine"),
])
def test_a_figure_phrase_before_the_verb_is_its_object_whatever_its_genitive_names(
        lex, sentence, text, group):
    """`Die Zahl der nordkoreanischen Toten schätzt X`: the head `Die Zahl` cannot speak, so
    the phrase after the verb is the subject (Konjunktiv I `schätze`, `beziffere` too)."""
    check(find(sentence, "de", lex), sentence, text, group)


def test_a_speaker_before_the_verb_stays_the_subject_when_the_object_names_a_place(lex):
    sentence = ("Ein Mitglied der US-Delegation bezifferte die Zahl der Nordkoreaner im Gebiet "
                "Kursk auf etwa 11.000.")
    check(find(sentence, "de", lex), sentence, "Ein Mitglied der US-Delegation", "united_states")


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), [
    ("de", "Washington hatte die Zahl der Nordkoreaner schon im Januar auf etwa 12.000 "
     "veranschlagt.", "Washington", "united_states"),
    ("en", "In his speech, carried in full by KCNA, Kim praised the several thousand North Korean "
     "soldiers who fought abroad.", "KCNA", "north_korea"),
    ("en", "Last week the Pentagon went further, telling reporters that 6,000 more North Korean "
     "troops could follow.", "the Pentagon", "united_states"),
])
def test_more_reporting_verbs_and_a_verb_ending_the_opening_phrase(lex, lang, sentence, text,
                                                                    group):
    check(find(sentence, lang, lex), sentence, text, group)


def test_put_with_any_phrase_before_at_a_figure_is_a_cue(lex):
    sentence = ("Briefing lawmakers on Tuesday, the Pentagon put the North Korean killed and "
                "wounded since October at about 4,700.")
    check(find(sentence, "en", lex), sentence, "the Pentagon", "united_states")


@pytest.mark.parametrize(("sentence", "who"), [
    ('Quote of the day: "We see thousands of North Korean soldiers in Kursk." - Ukrainian '
     "Foreign Minister Andrii Sybiha, in Brussels yesterday", ("Ukrainian Foreign Minister "
                                                              "Andrii Sybiha", "ukraine")),
    ("„Es sind mehr als 10.000 Nordkoreaner.“ – Generalsekretär Mark Rutte",
     ("Generalsekretär Mark Rutte", "nato")),
    ('"Thousands more will follow." - page 3', None),
])
def test_a_quote_signed_after_a_dash_names_its_speaker(lex, sentence, who):
    found = quote_signature(sentence, lex)
    assert ((found.text, found.group) if found is not None else None) == who


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), [
    ("de", "Im Juni reiste Sergej Schoigu nach Pjöngjang und verkündete dort, Nordkorea werde "
     "1.000 Minenräumer schicken.", "Sergej Schoigu", "russia"),
    ("en", "In June Sergei Shoigu travelled to Pyongyang and announced that North Korea would "
     "send 1,000 deminers.", "Sergei Shoigu", "russia"),
    ("de", "Im Januar führte Präsident Wolodymyr Selenskyj zwei gefangene Nordkoreaner vor.",
     "Präsident Wolodymyr Selenskyj", "ukraine"),
    # a date with its day's number opening the sentence
    ("de", "Am 4. März stand Außenminister Sergej Lawrow in Moskau vor der Presse und erklärte, "
     "weitere 2.000 Nordkoreaner seien unterwegs.", "Außenminister Sergej Lawrow in Moskau",
     "russia"),
    ("en", "On 4 March Sergei Lavrov faced the press in Moscow and said 2,000 more North Koreans "
     "were on their way.", "Sergei Lavrov", "russia"),
])
def test_a_coordinated_verb_shares_the_opening_subject_and_fuehrte_vor(lex, lang, sentence,
                                                                        text, group):
    check(find(sentence, lang, lex), sentence, text, group)


def test_a_possessive_in_a_comparison_is_no_source(lex):
    sentence = ("Ukraine's military intelligence agency says North Korean losses have passed "
                "4,000 dead, more than twice Seoul's estimate.")
    check(find(sentence, "en", lex, "4,000"), sentence,
          "Ukraine's military intelligence agency", "ukraine")


def test_an_upper_case_place_opening_the_text_is_a_dateline_not_a_source(lex):
    sentence = ("SEOUL: Around 10,000 troops from North Korea are now in Kursk, the United States "
                "said on Monday.")
    check(find(sentence, "en", lex, "Around 10,000"), sentence, "the United States",
          "united_states")


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), [
    ("en", "A NATO official, speaking to reporters in Brussels last week on condition of "
     "anonymity, said more than 2,000 North Korean soldiers had died.", "A NATO official", "nato"),
    ("en", "North Korea still has some 10,000 soldiers near Ukraine, according to the Pentagon's "
     "annual review, published on Tuesday.", "the Pentagon's annual review", "united_states"),
    ("de", "Rund 4.000 nordkoreanische Soldaten seien getötet worden, trug der Nachrichtendienst "
     "NIS am Mittwoch im Ausschuss vor.", "der Nachrichtendienst NIS", "south_korea"),
])
def test_a_long_aside_a_reduced_passive_and_trug_vor(lex, lang, sentence, text, group):
    check(find(sentence, lang, lex), sentence, text, group)


@pytest.mark.parametrize(("sentence", "text", "group"), [
    ("Ein Pentagon-Vertreter wurde am Dienstag von der Agentur Reuters mit der Einschätzung "
     "zitiert, Pjöngjang könne bis zu 5.000 Soldaten schicken.", "Ein Pentagon-Vertreter",
     "united_states"),
    ("Kim Jong Un selbst wurde mit den Worten zitiert, Tausende Soldaten hätten dort gekämpft.",
     "Kim Jong Un", "north_korea"),
])
def test_whoever_is_quoted_in_the_passive_speaks(lex, sentence, text, group):
    """`X wurde … zitiert`: X speaks; the outlet quoting X is no agent of the claim."""
    check(find(sentence, "de", lex), sentence, text, group)


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), [
    ("en", "Lawmakers who sat in on a briefing by the National Intelligence Service said 3,000 "
     "North Korean troops were in Russia.", "Lawmakers", "south_korea"),
    ("de", "Der Auslandsgeheimdienst NIS gehe davon aus, dass Pjöngjang bis zu 10.000 Soldaten "
     "entsende.", "Der Auslandsgeheimdienst NIS", "south_korea"),
    ("de", "Ein Sprecher sagte, das Bündnis gehe von mehr als 10.000 Soldaten aus Nordkorea aus.",
     "das Bündnis", "nato"),
])
def test_who_clauses_konjunktiv_gehe_and_the_alliance(lex, lang, sentence, text, group):
    """The subject before a `who` clause; `gehe … aus`; `das Bündnis` is NATO (the group of
    lawmakers briefed by the NIS is set later, by the attributor)."""
    found = find(sentence, lang, lex)
    assert found is not None and found.text == text
    assert found.group == group or text == "Lawmakers"


def test_a_perfect_participle_is_no_subject_before_saying(lex):
    sentence = ("Ukraine's military intelligence agency has gone further, saying that 12,000 North "
                "Korean soldiers are being trained.")
    check(find(sentence, "en", lex), sentence, "Ukraine's military intelligence agency",
          "ukraine")


@pytest.mark.parametrize(("text", "name", "group"), [
    ("Adm. Ruth Vance, who heads U.S. Indo-Pacific Command, said 3,000 troops were there.",
     "Adm. Ruth Vance", "united_states"),
    ("Gen. Kofi Mensah, who commands USFK, told senators 9,000 troops had arrived.",
     "Gen. Kofi Mensah", "united_states"),
    ("Oberst Petra Lang, die den Nato-Stab in Brüssel leitet, sprach von 4.000 Soldaten.",
     "Oberst Petra Lang", "nato"),
    # a place in a research institute's name is no side, and no clause of leading
    ("Dr. Lee Ha-na, a researcher at the Seoul Institute for Policy, put it at 9,000.",
     "Dr. Lee Ha-na", ""),
    ("Gen. Kofi Mensah, who visited Seoul last week, said 9,000 troops had arrived.",
     "Gen. Kofi Mensah", ""),
])
def test_a_clause_saying_whom_the_person_leads_gives_the_group(lex, text, name, group):
    assert led_group(text, text.index(name) + len(name), lex) == group


def test_the_speaker_leading_a_body_takes_its_group_in_the_claim():
    rows = claim_rows("Gen. Kofi Mensah, who commands U.S. Forces Korea, told senators that "
                      "9,000 North Korean troops had arrived in Russia.", "en", date(2025, 3, 12))
    assert [(r["claimant"], r["claimant_group"]) for r in rows] == [
        ("Gen. Kofi Mensah", "united_states")]


@pytest.mark.parametrize(("sentence", "figure", "text"), [
    ('Kim may have sent "as many as 9,000" men, the Pentagon said, counting builders who '
     "rarely appear in Kyiv's figures.", "9,000", "the Pentagon"),
    ("About 4,000 have died, the NIS said, adding that Ukraine's estimate was higher.", "4,000",
     "the NIS"),
])
def test_a_comma_and_a_participle_close_a_trailing_attribution(lex, sentence, figure, text):
    c = find(sentence, "en", lex, figure)
    assert c is not None and c.text == text


@pytest.mark.parametrize(("sentence", "figure", "text", "group"), [
    ("About 4,000 have died, the top U.S. general on the peninsula said Tuesday.", "4,000",
     "the top U.S. general on the peninsula", "united_states"),
    ("Some 9,000 are in Kursk, the senior NATO diplomat at the talks said.", "9,000",
     "the senior NATO diplomat at the talks", "nato"),
])
def test_a_speaker_with_a_lowercase_prepositional_phrase_after_it(lex, sentence, figure, text,
                                                                  group):
    check(find(sentence, "en", lex, figure), sentence, text, group)


@pytest.mark.parametrize(("sentence", "figure", "text"), [
    ("The British defence review, published in March, estimates that 11,000 troops were sent.",
     "11,000", "The British defence review"),
    ("Japan's annual white paper, issued on Friday, says 9,000 troops were sent.", "9,000",
     "Japan's annual white paper"),
])
def test_a_past_participle_aside_between_commas_keeps_the_speaker(lex, sentence, figure, text):
    c = find(sentence, "en", lex, figure)
    assert c is not None and c.text == text


@pytest.mark.parametrize(("sentence", "figure", "text"), [
    ("By the Herald's reckoning, based on the figures published in Seoul, 6,000 North Koreans "
     "have been killed.", "6,000", "the Herald"),
    ("According to Kyiv, whose estimates released in May were higher, 6,000 North Koreans have "
     "been killed.", "6,000", "Kyiv"),
])
def test_a_participle_after_an_information_noun_and_a_reckoning_cue(lex, sentence, figure,
                                                                    text):
    c = find(sentence, "en", lex, figure)
    assert c is not None and c.text == text


def test_the_german_spelling_of_the_ukrainian_defence_minister_is_known(lex):
    sentence = "Verteidigungsminister Rustem Umjerow sprach von 11.000 Nordkoreanern."
    check(find(sentence, "de", lex, "11.000"), sentence, "Verteidigungsminister Rustem Umjerow",
          "ukraine")


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "group"), [
    ("de", "1. Seoul: Kim hält rund 9.000 Soldaten in Kursk", "9.000", "Seoul", "south_korea"),
    ("en", "3) Kyiv: 2,000 North Korean soldiers killed", "2,000", "Kyiv", "ukraine"),
])
def test_a_numbered_list_heading_names_its_source_before_the_colon(lex, lang, sentence, figure,
                                                                   text, group):
    check(find(sentence, lang, lex, figure), sentence, text, group)


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "group"), [
    ("en", "The governor of the Kursk region was quoted by RIA on Monday as saying 800 North "
     "Korean sappers were at work.", "800", "The governor of the Kursk region", "russia"),
    ("en", "Minister Lee Jae-won was quoted by Yonhap as saying 800 North Korean sappers were at "
     "work.", "800", "Minister Lee Jae-won", "other"),
    ("de", "Der Gouverneur von Kursk sagte, 800 nordkoreanische Pioniere räumten Minen.", "800",
     "Der Gouverneur von Kursk", "russia"),
])
def test_a_person_quoted_in_the_passive_and_the_kursk_governor(lex, lang, sentence, figure,
                                                               text, group):
    check(find(sentence, lang, lex, figure), sentence, text, group)


@pytest.mark.parametrize(("sentence", "figure", "text"), [
    ("The analyst said it was part of the 12,000 troops that the Pentagon believes were sent "
     "last year.", "12,000", "the Pentagon"),
    # a determiner `that` after a preposition opens no relative clause
    ("The Pentagon put losses at 4,000 at that point, which suggests heavy fighting.", "4,000",
     "The Pentagon"),
])
def test_a_source_in_a_relative_clause_about_the_figures_noun(lex, sentence, figure, text):
    c = find(sentence, "en", lex, figure)
    assert c is not None and c.text == text


def test_a_korean_given_name_with_a_short_hyphenated_part_is_no_adjective(lex):
    sentence = "Rund 500 Nordkoreaner seien getötet worden, sagte Kim Byung-kee am Montag."
    c = find(sentence, "de", lex, "500")
    assert c is not None and (c.text, c.group) == ("Kim Byung-kee", "other")


@pytest.mark.parametrize(("lang", "sentence", "figure", "text", "group"), [
    ("en", "On Friday, Medvedev toured the region and said 3,000 North Korean troops were "
     "there.", "3,000", "Medvedev", "russia"),
    ("de", "Am Freitag reiste Medwedew nach Kursk und sagte, 3.000 nordkoreanische Soldaten "
     "seien dort.", "3.000", "Medwedew", "russia"),
])
def test_a_verb_after_and_shares_the_subject_after_an_opening_time_phrase(lex, lang, sentence,
                                                                          figure, text, group):
    check(find(sentence, lang, lex, figure), sentence, text, group)


@pytest.mark.parametrize(("sentence", "figure", "text", "group"), [
    ('In Brussels, a NATO official briefing reporters on Friday described "several thousand" '
     "North Korean troops as back at the front.", "several thousand", "a NATO official",
     "nato"),
])
def test_an_ing_phrase_after_the_speaker_and_described_as_a_cue(lex, sentence, figure, text,
                                                                group):
    check(find(sentence, "en", lex, figure), sentence, text, group)


@pytest.mark.parametrize(("sentence", "figure", "text", "group"), [
    ("Up to 30,000 more soldiers could follow, according to a statement issued on Monday by "
     "the HUR, Ukraine's military intelligence.", "30,000", "the HUR", "ukraine"),
    ("Up to 30,000 more soldiers could follow, according to a report published by the "
     "Pentagon.", "30,000", "the Pentagon", "united_states"),
])
def test_according_to_a_document_issued_by_x_names_x(lex, sentence, figure, text, group):
    check(find(sentence, "en", lex, figure), sentence, text, group)


@pytest.mark.parametrize(("lang", "sentence", "figure", "text"), [
    ("de", "Nach unserer eigenen Zählung hat Nordkorea 15.000 Soldaten nach Russland geschickt.",
     "15.000", "unserer eigenen Zählung"),
    ("en", "On our own reckoning, which adds up what Seoul and Kyiv have reported, the total "
     "comes to 20,000 North Korean soldiers.", "20,000", "our own"),
])
def test_the_outlets_own_count_is_its_own_and_a_closed_relative_clause_speaks_for_nothing(
        lex, lang, sentence, figure, text):
    c = find(sentence, lang, lex, figure)
    assert c is not None and (c.text, c.is_reference) == (text, False)


def test_by_its_account_refers_back(lex):
    c = find("By its account, a further 1,500 troops have followed.", "en", lex, "1,500")
    assert c is not None and c.is_reference


def test_put_the_presence_at_names_the_speaker():
    rows = claim_rows("North Korean troops stay in Russia. In Kyiv, military intelligence "
                      "spokesman Taras Bondar put Pyongyang’s presence in the Kursk area at "
                      "“about 11,000” men on Wednesday, most of them well behind the line.", "en",
                      date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["ukraine"]


@pytest.mark.parametrize(("sentence", "text", "group"), [
    ("Britain's defence secretary, John Healey, went further in Warsaw on Friday, telling "
     "reporters that 12,000 North Korean soldiers were now in Russia.",
     "Britain's defence secretary", "other"),
    ("The Pentagon spoke up in Washington yesterday, saying some 8,000 North Korean troops had "
     "reached Kursk.", "The Pentagon", "united_states"),
])
def test_a_place_before_an_ing_cue_is_not_its_speaker(lex, sentence, text, group):
    check(find(sentence, "en", lex), sentence, text, group)


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), [
    ("de", "Nach einer Einschätzung, die der ukrainische Militärgeheimdienst im Mai vorlegte, "
     "stehen 9.000 nordkoreanische Soldaten in Kursk.", "der ukrainische Militärgeheimdienst",
     "ukraine"),
    ("en", "According to an estimate that the Pentagon gave reporters in May, 9,000 North "
     "Korean soldiers are in Kursk.", "the Pentagon", "united_states"),
])
def test_an_estimate_named_in_a_relative_clause_names_its_source(lex, lang, sentence, text,
                                                                  group):
    check(find(sentence, lang, lex), sentence, text, group)


@pytest.mark.parametrize(("lang", "sentence", "group"), [
    ("en", "Adm. Jane Porter, who commands the roughly 28,500 American service members based "
     "in the Pacific region, said 12,000 North Korean troops were in Russia.", "united_states"),
    ("de", "Generalin Jana Porter, die die rund 28.500 amerikanischen Soldatinnen und Soldaten "
     "in der Region befehligt, sagte, 12.000 nordkoreanische Soldaten seien in Russland.",
     "united_states"),
])
def test_a_long_relative_clause_with_a_digit_group_still_says_whom_the_speaker_leads(
        lang, sentence, group):
    rows = claim_rows(sentence, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == [group]


@pytest.mark.parametrize(("sentence", "group"), [
    ("The Pentagon raised the alarm last Friday, saying about 1,500 North Korean special "
     "forces had reached Vladivostok.", "united_states"),
    ("Ukraine's military intelligence issued a warning on Monday, saying 3,000 more North "
     "Korean soldiers were on their way.", "ukraine"),
    ("South Korea's spy agency went a step further on Tuesday, telling lawmakers that more than "
     "10,000 North Koreans were in Russia.", "south_korea"),
    ("The Pentagon took a harder line, saying 3,000 North Korean soldiers had been killed.",
     "united_states"),
])
def test_an_object_before_an_ing_cue_is_not_its_speaker(sentence, group):
    rows = claim_rows(sentence, "en", date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == [group]


@pytest.mark.parametrize(("sentence", "text", "group"), [
    ("Beim Pentagon war am Montag von 9.000 nordkoreanischen Soldaten die Rede.", "Pentagon",
     "united_states"),
    ("Aus dem Kreml war zuletzt von höchstens 3.000 nordkoreanischen Bausoldaten die Rede.",
     "dem Kreml", "russia"),
])
def test_war_von_die_rede_names_the_body_the_sentence_opens_with(lex, sentence, text, group):
    check(find(sentence, "de", lex), sentence, text, group)


def test_war_von_die_rede_without_a_body_refers_back(lex):
    c = find("Zuletzt war von 9.000 nordkoreanischen Soldaten die Rede.", "de", lex)
    assert c is not None and c.is_reference and c.text == ""


@pytest.mark.parametrize(("sentence", "text", "group"), [
    ("By the Pentagon's arithmetic, some 14,000 North Korean soldiers have been sent.",
     "the Pentagon", "united_states"),
    ("On Kyiv's math, 14,000 North Korean soldiers have been sent.", "Kyiv", "ukraine"),
])
def test_arithmetic_and_math_are_possessive_cue_nouns(lex, sentence, text, group):
    check(find(sentence, "en", lex), sentence, text, group)


@pytest.mark.parametrize(("lang", "sentence", "group"), [
    ("en", "The Pentagon has circulated a higher figure: around 12,000 North Korean troops.",
     "united_states"),
    ("en", "The Pentagon weighed in on Friday, putting North Korean losses at more than 7,000.",
     "united_states"),
    ("de", "Das Pentagon verbreitete am Freitag eine höhere Zahl: rund 12.000 nordkoreanische "
     "Soldaten.", "united_states"),
])
def test_circulated_putting_and_verbreitete_are_cues(lang, sentence, group):
    rows = claim_rows(sentence, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == [group]


def test_the_opening_phrase_before_an_adjective_aside_is_the_speaker(lex):
    sentence = ("Members of the Knesset's defence committee, fresh from a session with the army, "
                "said some 3,000 North Korean soldiers were in Russia.")
    c = find(sentence, "en", lex)
    assert c is not None and c.text.startswith("Members of the Knesset"), c


def test_a_fronted_object_with_a_coordination_leaves_the_subject_after_the_verb(lex):
    sentence = "Die Zahl der Toten und Verwundeten beziffert das Pentagon auf etwa 4.000."
    check(find(sentence, "de", lex), sentence, "das Pentagon", "united_states")


def test_by_the_estimate_of_x_names_x(lex):
    sentence = ("Around 2,000 North Korean soldiers have died, by the latest estimate of the "
                "Pentagon.")
    check(find(sentence, "en", lex), sentence, "the Pentagon", "united_states")


@pytest.mark.parametrize(("lang", "sentence", "group"), [
    ("de", "Kiew rechne mit bis zu 12.000 nordkoreanischen Soldaten in der Region.", "ukraine"),
    ("de", "Das Pentagon rechnet inzwischen mit 12.000 nordkoreanischen Soldaten.",
     "united_states"),
    ("de", "Der Oberst sei skeptisch. Seoul rechne fest damit, dass noch 5.000 "
     "nordkoreanische Soldaten folgten.", "south_korea"),
    ("de", "Ihr Onkel rechne damit, dass im Sommer Tausende weitere Nordkoreaner nach Russland "
     "gingen.", "other"),
    ("en", "The Pentagon briefed reporters on Monday. In its assessment, 12,000 North Korean "
     "soldiers are training in Russia.", "united_states"),
])
def test_rechnet_mit_and_in_its_assessment_name_the_source(lang, sentence, group):
    rows = claim_rows(sentence, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == [group]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Andrei Kartapolov, who chairs the State Duma's defence committee, said 12,000 North "
     "Korean servicemen had taken part."),
    ("de", "Der Duma-Verteidigungspolitiker Andrej Gurjew sprach von 12.000 nordkoreanischen "
     "Soldaten."),
    ("en", "Governor Alexander Khinshtein said about 1,000 North Korean sappers were at work."),
    ("de", "Alexander Mazegora sagte, 5.000 nordkoreanische Soldaten seien in Kursk."),
])
def test_russian_parliament_and_officials_speak_for_russia(lang, sentence):
    rows = claim_rows(sentence, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["russia"]


def test_the_estimate_x_gave_names_x(lex):
    sentence = ("Some 2,000 North Korean soldiers have died – that, at least, was the estimate the "
                "Pentagon gave reporters in late September.")
    c = find(sentence, "en", lex)
    assert c is not None and c.group == "united_states", c


@pytest.mark.parametrize(("lang", "sentence", "text", "group"), [
    ("en", "KYIV WARNS OF UP TO 30,000 MORE NORTH KOREAN TROOPS", "KYIV", "ukraine"),
    ("en", "NORTH KOREA'S LOST SONS: SEOUL SAYS 2,000 HAVE DIED", "SEOUL", "south_korea"),
])
def test_an_all_capital_headline_names_its_source(lex, lang, sentence, text, group):
    c = find(sentence, lang, lex)
    assert c is not None and (c.text, c.group) == (text, group)
    assert sentence[c.start:c.end] == c.text


@pytest.mark.parametrize(("lang", "sentence", "figure", "expected"), [
    ("de", "Drei Nordkoreaner in ukrainischer Hand – Moskau spricht von hohen Verlusten", "Drei",
     None),
    ("de", "Kim ehrt 120 gefallene Soldaten – Seoul meldet neue Zahlen", "120", None),
    ("en", "Pyongyang honours 120 fallen soldiers; Seoul says 4,000 more are ready", "120", None),
    ("en", "Three North Koreans captured – Moscow says losses are heavy", "Three", None),
])
def test_a_speaker_opening_a_later_clause_does_not_claim_the_figure_before(
        lex, lang, sentence, figure, expected):
    found = find_claimant(sentence, lang, lex, span_of(sentence, figure))
    assert (found.group if found is not None else None) == expected


@pytest.mark.parametrize(("lang", "sentence", "figure", "expected"), [
    ("de", "Moskau nennt erstmals Verluste – Kiew verhört drei gefangene Soldaten", "drei",
     "ukraine"),
    ("en", "Moscow says its losses are light – Kyiv questions three captured soldiers",
     "three", "ukraine"),
    ("de", "Der NIS zählt 300 Tote – so schilderte es der Dienst am Montag", "300", "south_korea"),
    ("en", "Seoul counted 300 dead – that was the spy agency's figure on Monday", "300",
     "south_korea"),
])
def test_a_figure_in_a_clause_of_its_own_after_a_dash_takes_its_own_actor(
        lex, lang, sentence, figure, expected):
    found = find_claimant(sentence, lang, lex, span_of(sentence, figure))
    assert found is not None and found.group == expected


@pytest.mark.parametrize(("lang", "sentence", "figure"), [
    ("en", "North Korea pulls troops after 3,000 casualties – Seoul", "3,000"),
    ("de", "Rund 4.000 Soldaten seien gefallen – das teilte der NIS am Montag mit", "4.000"),
    ("en", "Some 4,000 soldiers have died – that, at least, is what the NIS said on Monday",
     "4,000"),
])
def test_a_dash_before_a_back_reference_or_a_bare_source_still_attributes(
        lex, lang, sentence, figure):
    assert find_claimant(sentence, lang, lex, span_of(sentence, figure)) is not None


@pytest.mark.parametrize(("lang", "sentence", "figure", "speaker"), [
    ("de", "Der Historiker ist überzeugt, dass Kim bis Ostern 7.000 Mann nachschickt.", "7.000",
     "Der Historiker"),
    ("de", "Die Ärztin zeigt sich überzeugt, dass schon 900 Nordkoreaner verwundet wurden.",
     "900", "Die Ärztin"),
    ("de", "Der Brigadier wäre nicht überrascht, wenn im Herbst noch 4.000 Soldaten folgten.",
     "4.000", "Der Brigadier"),
    ("de", "Für wahrscheinlich hält die Forscherin, dass bald 6.000 weitere Soldaten kommen.",
     "6.000", "die Forscherin"),
    ("en", "The historian is convinced that Kim will send 7,000 more men by Easter.", "7,000",
     "The historian"),
    ("en", "The retired brigadier would not be surprised if 4,000 more soldiers followed.",
     "4,000", "The retired brigadier"),
    ("de", "Die Bäuerin fürchtet, dass im Winter 3.000 weitere Nordkoreaner geschickt werden.",
     "3.000", "Die Bäuerin"),
    ("de", "Der Pfarrer ist sicher, dass schon 8.000 Nordkoreaner in Russland gedient haben.",
     "8.000", "Der Pfarrer"),
    ("de", "Der Imker hält 14.000 Nordkoreaner für wahrscheinlicher als die Zahl aus Seoul.",
     "14.000", "Der Imker"),
    ("de", "Der Imker hält es für sicher, dass Kim 14.000 weitere Soldaten schickt.", "14.000",
     "Der Imker"),
    ("en", "The skipper is sure that 8,000 North Koreans have served in Russia.", "8,000",
     "The skipper"),
    ("en", "The skipper is certain 8,000 North Koreans have served in Russia.", "8,000",
     "The skipper"),
    ("en", "The skipper suspects that 8,000 North Koreans have served in Russia.", "8,000",
     "The skipper"),
    ("en", "The skipper worries that 8,000 more North Koreans will be sent.", "8,000",
     "The skipper"),
    ("en", "The skipper figures the total will pass 8,000 North Korean soldiers by May.", "8,000",
     "The skipper"),
])
def test_beliefs_and_forecasts_name_their_holder(lex, lang, sentence, figure, speaker):
    found = find(sentence, lang, lex, figure)
    assert found is not None and (found.text, found.group) == (speaker, "other")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "She figures 6,000 North Korean soldiers will be sent before the spring."),
    ("en", "He figures “tens of thousands” more could still be sent."),
])
def test_he_or_she_figures_is_a_belief(lex, lang, sentence):
    found = find(sentence, lang, lex, sentence.split()[2].strip("“"))
    assert found is not None and found.cue == "figures" and found.is_reference


@pytest.mark.parametrize(("lang", "sentence", "figure"), [
    ("de", "Der Forscher hält die Zahl von 6.000 für zu niedrig.", "6.000"),
    ("de", "Die Straße ist sicher, sagte der Bürgermeister über die 6.000 Pendler.", "6.000"),
    ("en", "The road is safe, and 6,000 commuters use it.", "6,000"),
])
def test_doubting_a_figure_or_a_safe_road_is_no_belief(lex, lang, sentence, figure):
    found = find(sentence, lang, lex, figure)
    assert found is None or found.cue not in ("hält", "ist", "is")


@pytest.mark.parametrize(("lang", "sentence", "figure"), [
    ("en", "The figures Seoul gave on Monday put the dead at 600.", "600"),
    ("de", "Der Sprecher war nicht bereit, die Zahl von 600 Toten zu bestätigen.", "600"),
])
def test_figures_as_a_noun_and_a_plain_negation_are_no_belief(lex, lang, sentence, figure):
    found = find(sentence, lang, lex, figure)
    assert found is None or found.cue not in ("figures", "war")


@pytest.mark.parametrize(("lang", "sentence", "figure", "speaker", "group"), [
    ("de", "Der ukrainische Generalstab hielt am Montag dagegen, mehrere tausend Nordkoreaner "
     "stünden weiterhin im Grenzgebiet.", "mehrere tausend", "Der ukrainische Generalstab",
     "ukraine"),
    ("de", "Kiews Militärgeheimdienst hält dagegen, dass bis zu 8.000 Nordkoreaner dort seien.",
     "bis zu 8.000", "Kiews Militärgeheimdienst", "ukraine"),
    ("en", "Ukraine's General Staff countered on Monday that several thousand North Koreans "
     "were still in the border area.", "several thousand", "Ukraine's General Staff", "ukraine"),
])
def test_a_rebuttal_names_its_speaker(lex, lang, sentence, figure, speaker, group):
    check(find(sentence, lang, lex, figure), sentence, speaker, group)


@pytest.mark.parametrize(("lang", "sentence", "figure", "group"), [
    ("en", "The Yonhap news agency, citing a report the Joint Chiefs of Staff sent to "
     "parliament last week, said around 15,000 North Koreans had served in Russia.",
     "around 15,000", "south_korea"),
    ("en", "Reuters, quoting figures Ukraine's HUR gave out on Monday, said 12,000 North Koreans "
     "were in Kursk.", "12,000", "ukraine"),
    ("de", "Die Agentur Yonhap meldete mit Verweis auf eine Lagemeldung, die der Vereinigte "
     "Generalstab vorlegte, rund 15.000 Nordkoreaner hätten in Russland gedient.",
     "rund 15.000", "south_korea"),
])
def test_a_medium_citing_a_body_passes_on_its_claim(lex, lang, sentence, figure, group):
    found = find(sentence, lang, lex, figure)
    assert found is not None and found.group == group


def test_the_joint_chiefs_without_of_staff_are_a_known_body(lex):
    sentence = "The Joint Chiefs also said roughly 4,000 of them had been killed or wounded."
    check(find(sentence, "en", lex, "roughly 4,000"), sentence, "The Joint Chiefs", "south_korea")


@pytest.mark.parametrize(("lang", "sentence", "figure", "speaker"), [
    ("de", "Anfang des Monats hatte der Minister die Zahl der Toten mit knapp 3.000 angegeben.",
     "knapp 3.000", "der Minister"),
    ("de", "Ende der Woche hatte die Ministerin die Zahl der Verwundeten auf 900 beziffert.",
     "900", "die Ministerin"),
])
def test_a_time_opening_the_sentence_is_not_the_speaker(lex, lang, sentence, figure, speaker):
    found = find(sentence, lang, lex, figure)
    assert found is not None and found.text == speaker


@pytest.mark.parametrize(("lang", "sentence", "speaker", "group"), [
    ("de", "Angekündigt hat das Sergej Schoigu am Dienstag in Pjöngjang.", "Sergej Schoigu",
     "russia"),
    ("de", "Bestätigt hatte dies der Geheimdienst NIS schon im Mai.", "der Geheimdienst NIS",
     "south_korea"),
])
def test_a_fronted_participle_names_the_speaker_after_it(lex, lang, sentence, speaker, group):
    check(find(sentence, lang, lex), sentence, speaker, group)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("That was Sergei Shoigu's announcement in June that Pyongyang would dispatch 7,000 builders.",
     "7,000"),
    ("Sergei Shoigu used a stop in Pyongyang to announce that Kim would send 2,000 deminers.",
     "2,000"),
    ("Shoigu came back with Kim's promise of 7,000 engineers for Kursk.", "7,000"),
])
def test_an_announcement_or_promise_names_its_maker(lex, sentence, figure):
    found = find(sentence, "en", lex, figure)
    assert found is not None and found.group in ("russia", "north_korea")


@pytest.mark.parametrize(("lang", "sentence", "figure", "group"), [
    ("de", "Bei Kämpfen seien 60 Nordkoreaner getötet worden, teilten die ukrainischen "
     "Spezialkräfte am Wochenende mit und zeigten Bilder.", "60", "ukraine"),
    ("de", "Präsident Selenskyj verbreitet die Nachricht, drei Nordkoreaner seien gefangen.",
     "drei", "ukraine"),
    ("en", "Ukraine's military intelligence agency posted on Wednesday that roughly 2,800 North "
     "Koreans had been assigned to Kursk.", "roughly 2,800", "ukraine"),
])
def test_more_cues_name_the_speaker(lex, lang, sentence, figure, group):
    found = find(sentence, lang, lex, figure)
    assert found is not None and found.group == group


def test_soldiers_remain_posted_is_no_cue(lex):
    sentence = "About 10,000 of Pyongyang's soldiers remain posted on the Russian border."
    found = find(sentence, "en", lex, "About 10,000")
    assert found is None or found.cue != "posted"


@pytest.mark.parametrize(("sentence", "person"), [
    ("Zu Gast war Oberst a. D. Bruno Keller aus Sarnen.", "Oberst a. D. Bruno Keller"),
    ("Oberst i. R. Anton Huber aus Lienz hält den Rückzug für eine Pause.",
     "Oberst i. R. Anton Huber"),
])
def test_a_retired_officer_is_a_person_with_a_name(lex, sentence, person):
    found = person_in(sentence, "de", lex)
    assert found is not None and found.text == person


def test_a_retired_officer_without_a_name_is_no_named_person(lex):
    sentence = "Der Oberst a. D. aus Sankt Wendel war lange im Nato-Hauptquartier."
    found = person_in(sentence, "de", lex)
    assert found is None or found.group == "other"


@pytest.mark.parametrize(("sentence", "figure"), [
    ("On Wednesday the South's spy service gave a closed committee of the National Assembly its "
     "own tally: about 16,000 soldiers dispatched since last autumn.", "about 16,000"),
    ("South Korea's intelligence service gave lawmakers its first toll last week: at least 120 "
     "dead and nearly 900 wounded.", "at least 120"),
])
def test_gave_someone_its_tally_names_the_giver(lex, sentence, figure):
    found = find(sentence, "en", lex, figure)
    assert found is not None and found.group == "south_korea" and found.cue == "gave"


@pytest.mark.parametrize(("sentence", "figure", "speaker"), [
    ("„Drüben stehen jetzt 4.000 Nordkoreaner“, erzählte die Pflückerin am Telefon.", "4.000",
     "die Pflückerin"),
    ("Die Pflückerin erzählt, drüben stünden jetzt 4.000 Nordkoreaner.", "4.000",
     "Die Pflückerin"),
    ("Ihr Bruder glaube, dass Kim bald noch 10.000 weitere Soldaten schicke.", "10.000",
     "Ihr Bruder"),
])
def test_erzaehlen_and_glaube_are_cues(lex, sentence, figure, speaker):
    found = find(sentence, "de", lex, figure)
    assert found is not None and found.text == speaker


@pytest.mark.parametrize(("lang", "sentence", "figure", "name"), [
    ("en", "Vasyl Bondar, 58, a mechanic who now fixes engines at the harbour, reckons the real "
     "toll is closer to 6,000 dead.", "6,000", "Vasyl Bondar"),
    ("en", "Park Dong-chul, 71, a retired lecturer who drinks his tea at our stall, expects "
     "Pyongyang to send 3,000 more.", "3,000", "Park Dong-chul"),
])
def test_a_name_with_an_age_and_a_description_with_a_relative_clause_is_the_speaker(
        lex, lang, sentence, figure, name):
    found = find(sentence, lang, lex, figure)
    assert found is not None and found.text.startswith(name) and found.group == "other"
