"""Attribution across sentences: `the same day` / `am selben Tag` takes the previous date."""

from __future__ import annotations

import re
from datetime import date

import pytest
from claim_rows import claim_rows

from claimtrack.attribution import _CLAUSE_CUT, _SAME_DAY, _SAME_DAY_WORDS

WEDNESDAY = date(2025, 3, 12)


def claim_dates(text: str, lang: str) -> list[tuple[str, date, str]]:
    rows = claim_rows(text, lang, WEDNESDAY)
    return [(r["quantity_text"], r["claim_date"], r["claim_date_precision"]) for r in rows]


@pytest.mark.parametrize(("lang", "first", "second", "same_day"), [
    ("de", "Am Montag teilte der Geheimdienst mit, 3.000 nordkoreanische Soldaten seien in "
     "Russland.", "Am selben Tag sagte ein Pentagon-Sprecher, es seien 5.000 nordkoreanische "
     "Soldaten.", True),
    ("de", "Am Montag teilte der Geheimdienst mit, 3.000 nordkoreanische Soldaten seien in "
     "Russland.", "Ein Pentagon-Sprecher sagte, es seien 5.000 nordkoreanische Soldaten.", False),
    ("en", "On Monday, South Korea's spy agency said 3,000 North Korean troops were in Russia.",
     "The Pentagon said that day that 5,000 North Korean troops had arrived.", True),
    ("en", "On Monday, South Korea's spy agency said 3,000 North Korean troops were in Russia.",
     "The Pentagon said that 5,000 North Korean troops had arrived.", False),
])
def test_the_same_day_takes_the_previous_sentences_date(lang, first, second, same_day):
    (_, monday, _), (_, second_date, precision) = claim_dates(f"{first} {second}", lang)
    assert monday == date(2025, 3, 10)
    if same_day:
        assert (second_date, precision) == (monday, "day")
    else:
        assert (second_date, precision) == (WEDNESDAY, "published")


@pytest.mark.parametrize("phrase", [
    "the same day", "that day", "am selben Tag", "am gleichen Tag", "am selben Abend",
    "in the same briefing", "in the same statement", "bei der gleichen Rede",
    "in derselben Unterrichtung", "im selben Bericht", "im gleichen Interview", "that month",
    "later that week", "the same month", "im selben Monat", "in jener Woche",
    "in the same post", "in the same video", "in derselben Videobotschaft", "im selben Beitrag",
])
def test_every_same_day_phrase_holds_a_key_word_of_the_cheap_test(phrase):
    """The attributor tests for these words before running `_SAME_DAY`."""
    assert _SAME_DAY.search(f"Er sagte {phrase}, es seien 3.000.")
    assert any(word in phrase.lower() for word in _SAME_DAY_WORDS), phrase


_OLD_CLAUSE_CUT = re.compile(r"[;:«»„“”\"]|,(?!\d)")


@pytest.mark.parametrize("sentence", [
    'Laut „Kyjiw“ sind 1,500 Soldaten dort; 12,000, so «Seoul»: ſo \u212aursk, İ ı "x",7 ,',
    "", ",", ",1", "a,b;c:d",
])
def test_clause_cut_matches_plain_alternation(sentence):
    """The class-led clause-cut pattern matches exactly where the plain alternation does."""
    for pos in range(len(sentence) + 1):
        for end in range(pos, len(sentence) + 1):
            old = [m.span() for m in _OLD_CLAUSE_CUT.finditer(sentence, pos, end)]
            assert [m.span() for m in _CLAUSE_CUT.finditer(sentence, pos, end)] == old


def claimants_and_dates(text: str, lang: str) -> list[tuple[str, str, date, str]]:
    rows = claim_rows(text, lang, WEDNESDAY)
    return [(r["quantity_text"], r["claimant_group"], r["claim_date"], r["claim_date_precision"])
            for r in rows]


def groups(text: str, lang: str) -> list[str]:
    """The claimant group of each claim in `text`, in order."""
    return [g for _, g, _, _ in claimants_and_dates(text, lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Pentagon, which briefed allies on Monday, said in February that about 2,000 "
     "North Korean soldiers had been wounded.", (date(2025, 2, 28), "month")),
    ("en", "Ukraine's army, whose units clashed with them on Sunday, said last week that up to "
     "500 North Korean troops were killed.", (date(2025, 3, 9), "week")),
    ("de", "Das Pentagon, das am Montag die Verbündeten unterrichtete, hatte im Februar "
     "mitgeteilt, rund 2.000 nordkoreanische Soldaten seien verwundet worden.",
     (date(2025, 2, 28), "month")),
    ("de", "Die ukrainische Armee, die am Sonntag in Gefechte verwickelt war, erklärte am "
     "Montag, bis zu 500 nordkoreanische Soldaten seien getötet worden.",
     (date(2025, 3, 10), "day")),
])
def test_a_date_beside_the_reporting_cue_dates_the_statement(lang, text, expected):
    """Not the date of a relative clause nearer the claimant."""
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text", "group", "expected_date"), [
    ("de", "Nach seinen Erkenntnissen sind rund 11.000 nordkoreanische Soldaten in Russland, "
     "wie das Pentagon am Montag mitteilte.", "united_states", date(2025, 3, 10)),
    ("de", "Ihren Angaben zufolge wurden etwa 300 nordkoreanische Soldaten getötet, wie die "
     "ukrainische Armee am Montag erklärte.", "ukraine", date(2025, 3, 10)),
    ("en", "By its count, some 3,000 North Korean soldiers have been killed, the Ukrainian "
     "military said on Monday.", "ukraine", date(2025, 3, 10)),
    ("en", "According to their estimate, about 11,000 North Korean troops are in Russia, as "
     "the Pentagon told reporters on Monday.", "united_states", date(2025, 3, 10)),
])
def test_a_possessive_reference_is_the_source_named_in_the_same_sentence(
    lang, text, group, expected_date
):
    [(_, claimant_group, claim_date, _)] = claimants_and_dates(text, lang)
    assert (claimant_group, claim_date) == (group, expected_date)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nach seinen Erkenntnissen sind rund 11.000 nordkoreanische Soldaten in Russland."),
    ("en", "By its count, some 3,000 North Korean soldiers have been killed."),
])
def test_a_possessive_reference_alone_stays_a_reference(lang, text):
    [(_, claimant_group, _, precision)] = claimants_and_dates(text, lang)
    assert (claimant_group, precision) == ("unattributed", "published")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der russische Sicherheitsratschef Schoigu verkündete eine neue Entsendung. Nach dem "
     "Treffen sagte er am Montag vor Journalisten, Pjöngjang werde Folgendes schicken:\n"
     "- 1.000 nordkoreanische Pioniere, die Minen räumen sollen;\n"
     "- 5.000 nordkoreanische Soldaten, die Brücken sichern sollen."),
    ("en", "Russia's security chief Sergei Shoigu announced a new deployment. After the meeting "
     "he told reporters on Monday that Pyongyang would send the following:\n"
     "- 1,000 North Korean sappers to clear mines;\n"
     "- 5,000 North Korean military builders to rebuild bridges."),
])
def test_list_items_take_the_date_of_the_back_reference_that_introduces_them(lang, text):
    rows = claimants_and_dates(text, lang)
    assert [(group, d, precision) for _, group, d, precision in rows] == [
        ("russia", date(2025, 3, 10), "day")] * 2


def test_a_continuing_sentence_takes_the_date_of_the_latest_reference():
    text = ("Das Pentagon äußerte sich zur Lage. Ein Sprecher sagte am Montag, Nordkorea habe "
            "3.000 Soldaten verlegt. Sie seien per Schiff gekommen. Insgesamt seien damit 11.000 "
            "nordkoreanische Soldaten in Russland.")
    assert [(group, d) for _, group, d, _ in claimants_and_dates(text, "de")] == [
        ("united_states", date(2025, 3, 10))] * 2


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "South Korea's figures, released in mid-January, were lower: about 300 North Korean "
     "soldiers were killed.", (date(2025, 1, 20), "month")),
    ("en", "According to Pentagon figures, published on Monday, some 3,000 North Korean soldiers "
     "were killed.", (date(2025, 3, 10), "day")),
    ("de", "Laut einem Bericht des Pentagons, vorgelegt Anfang Februar, sind rund 3.000 "
     "nordkoreanische Soldaten getötet worden.", (date(2025, 2, 10), "month")),
])
def test_a_release_aside_after_the_source_dates_its_statement(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


def test_another_aside_after_the_source_does_not_date_it():
    text = ("South Korea's estimate, which surprised many in December, was that 3,000 North "
            "Korean soldiers were killed.")
    [(_, _, _, precision)] = claimants_and_dates(text, "en")
    assert precision == "published"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rutte spoke in Brussels on Monday. He said more than 10,000 North Korean troops had "
     "been sent to Russia."),
    ("de", "Rutte äußerte sich am Montag in Brüssel. Er sagte, mehr als 10.000 nordkoreanische "
     "Soldaten seien nach Russland geschickt worden."),
])
def test_a_pronoun_takes_the_speaker_of_the_sentence_before(lang, text):
    assert claimants_and_dates(text, lang) == [
        (claimants_and_dates(text, lang)[0][0], "nato", date(2025, 3, 10), "day")]


@pytest.mark.parametrize(("lang", "text", "group", "expected"), [
    ("de", "Gut 15.000 nordkoreanische Soldaten hat Pjöngjang geschickt (NIS, Stand: heute).",
     "south_korea", (WEDNESDAY, "day")),
    ("de", "Bis zu 3.000 nordkoreanische Soldaten wurden nachgeschickt (Südkoreas Generalstab, "
     "Anfang Februar).", "south_korea", (date(2025, 2, 10), "month")),
    ("en", "Some 3,000 North Korean troops have been killed (Kyiv, mid-February).", "ukraine",
     (date(2025, 2, 20), "month")),
    ("en", "About 3,000 North Korean troops were sent to Kursk (pictured, a convoy).",
     "unattributed", (WEDNESDAY, "published")),
    ("en", "About 3,000 North Korean troops were sent to Kursk (map).", "unattributed",
     (WEDNESDAY, "published")),
])
def test_a_fact_box_parenthesis_closing_the_sentence_names_source_and_date(
    lang, text, group, expected
):
    [(_, claimant_group, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claimant_group, (claim_date, precision)) == (group, expected)


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Russian Defense Minister Andrei Belousov in Moscow. He said on Tuesday that several "
     "thousand North Korean soldiers had fought in Kursk.", "russia"),
    ("de", "Verteidigungsminister Belousow reiste nach Kiew. Er sagte, 3.000 nordkoreanische "
     "Soldaten hätten in Kursk gekämpft.", "russia"),
    ("de", "Die Lage in Kiew bleibt angespannt. Er sagte, 3.000 nordkoreanische Soldaten hätten "
     "in Kursk gekämpft.", "other"),  # nobody named: some man, a private person
])
def test_a_pronoun_stands_for_the_person_named_in_the_sentence_before(lang, text, group):
    [(_, claimant_group, _, _)] = claimants_and_dates(text, lang)
    assert claimant_group == group


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The UK Ministry of Defence says Russian casualties averaged 1,050 a day in February. "
     "It also assesses that up to 2,000 North Korean soldiers are clearing mines.",
     (WEDNESDAY, "published")),
    ("de", "Das Pentagon sagt, im Februar seien 2.000 nordkoreanische Soldaten verlegt worden.",
     (WEDNESDAY, "published")),
    # a month right after an arrival verb dates the arrival (session 9), not the statement
    ("en", "The Pentagon said 2,000 North Korean soldiers had arrived in February.",
     (WEDNESDAY, "published")),
    ("en", "The Pentagon says in February that 2,000 North Korean soldiers had arrived.",
     (date(2025, 2, 28), "month")),
])
def test_a_month_reported_in_the_present_tense_is_the_events(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The NIS told lawmakers on Monday that 15,000 North Korean troops were in Russia. "
     "In the same briefing, the NIS said about 3,000 North Korean troops had been sent this "
     "year."),
    ("de", "Der NIS unterrichtete am Montag die Abgeordneten, 15.000 nordkoreanische Soldaten "
     "seien in Russland. In derselben Unterrichtung erklärte der NIS, rund 3.000 "
     "nordkoreanische Soldaten seien nachgeschickt worden."),
])
def test_the_same_briefing_takes_the_date_of_the_sentence_before(lang, text):
    assert [(d, p) for _, _, d, p in claimants_and_dates(text, lang)] == [
        (date(2025, 3, 10), "day")] * 2


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Two North Korean soldiers were captured on Jan. 9, Zelensky said, adding that they "
     "were being questioned.", (WEDNESDAY, "published")),
    ("en", "In an interview on Jan. 9, Zelensky said two North Korean soldiers had been captured.",
     (date(2025, 1, 9), "day")),
    ("de", "Am 9. Januar sagte Selenskyj, zwei nordkoreanische Soldaten seien gefangen worden.",
     (date(2025, 1, 9), "day")),
])
def test_the_clause_before_an_inverted_claimant_is_the_report_not_an_intro(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "NATO estimates that more than 10,000 North Korean troops are in the Kursk region, "
     "Secretary General Mark Rutte said on Monday.", (date(2025, 3, 10), "day")),
    ("de", "Die Nato schätzt, dass mehr als 10.000 nordkoreanische Soldaten in Kursk sind, "
     "sagte Generalsekretär Mark Rutte am Montag.", (date(2025, 3, 10), "day")),
    ("en", "NATO estimates that more than 10,000 North Korean troops are in Kursk, Zelensky "
     "said on Monday.", (WEDNESDAY, "published")),
])
def test_a_date_of_the_same_sides_other_cue_dates_the_claim(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "South Korea's spies reckoned last month that some 3,000 North Korean soldiers had "
     "been killed; Kyiv says the real toll of North Korean soldiers is closer to 4,000.",
     [(date(2025, 2, 28), "month"), (WEDNESDAY, "published")]),
    ("en", "Kyiv says dozens of North Korean soldiers were killed over the weekend.",
     [(WEDNESDAY, "published")]),
    ("de", "Kiew sagt, am Wochenende seien Dutzende nordkoreanische Soldaten getötet worden.",
     [(WEDNESDAY, "published")]),
    ("en", "Kyiv says on Monday that dozens of North Korean soldiers were killed.",
     [(date(2025, 3, 10), "day")]),
])
def test_dates_after_a_present_tense_cue_and_across_a_semicolon_are_events(lang, text,
                                                                          expected):
    assert [(d, p) for _, _, d, p in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die ukrainischen Spezialkräfte haben ein Video veröffentlicht, das einen Angriff am "
     "Sonntag zeigen soll. Dabei seien 30 nordkoreanische Soldaten getötet worden.",
     (WEDNESDAY, "published")),
    ("en", "Ukraine's special forces released a video, which shows an attack on Sunday. They "
     "said 30 North Korean soldiers were killed.", (WEDNESDAY, "published")),
    ("de", "Der Bericht des Ausschusses, der am Montag veröffentlicht wurde, nennt Zahlen. "
     "Demnach seien 3.000 nordkoreanische Soldaten getötet worden.", (date(2025, 3, 10), "day")),
])
def test_a_date_in_a_relative_clause_about_an_event_is_not_carried(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Schoigu und Kim am Dienstag in Pjöngjang. Schoigu kündigte an, Nordkorea werde "
     "1.000 Soldaten schicken.", (date(2025, 3, 11), "day")),
    ("en", "Shoigu met Kim in Pyongyang on Tuesday. Shoigu announced that North Korea would "
     "send 1,000 troops.", (date(2025, 3, 11), "day")),
    ("en", "Shoigu met Kim in Pyongyang on Tuesday. Zelensky said that North Korea would send "
     "1,000 troops.", (WEDNESDAY, "published")),
    ("en", "Shoigu met Kim in Pyongyang on Tuesday. Shoigu says that North Korea will send "
     "1,000 troops.", (date(2025, 3, 11), "day")),  # the scene's day: he says it there
])
def test_the_sentence_before_sets_the_day_for_the_same_named_speaker(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der Militärgeheimdienst rechnet damit, dass Pjöngjang 25.000 Soldaten schicken "
     "könnte. HUR-Sprecher Jussow sagte dies gestern im Fernsehen.", (date(2025, 3, 11), "day")),
    ("de", "Der Militärgeheimdienst rechnet damit, dass Pjöngjang 25.000 Soldaten schicken "
     "könnte. HUR-Sprecher Jussow sagte das am Montag im Fernsehen.",
     (date(2025, 3, 10), "day")),
    ("en", "Ukraine's intelligence expects 25,000 more North Korean troops. He said so on "
     "Monday on television.", (date(2025, 3, 10), "day")),
    ("de", "Der Militärgeheimdienst rechnet damit, dass Pjöngjang 25.000 Soldaten schicken "
     "könnte. Am Montag sagte das Ministerium etwas anderes.", (WEDNESDAY, "published")),
])
def test_a_later_sentence_saying_this_dates_the_statement(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Selenskyj sagte am Montag, 300 nordkoreanische Soldaten seien getötet worden. Der "
     "Ausschuss kam zu dem Schluss, dass 5.000 nordkoreanische Soldaten verwundet wurden.",
     ["ukraine", "other"]),
    ("de", "Selenskyj sagte am Montag, 300 nordkoreanische Soldaten seien getötet worden. Der "
     "Ausschuss nannte am Dienstag Zahlen. Demnach seien 2.000 nordkoreanische Soldaten getötet "
     "worden.", ["ukraine", "other"]),
    ("en", "Zelensky said on Monday that 300 North Korean soldiers had been killed. The "
     "committee found that 2,000 North Korean soldiers had been killed.",
     ["ukraine", "other"]),
    ("en", "Zelensky said on Monday that 300 North Korean soldiers had been killed. The "
     "agency said 2,000 North Korean soldiers had been killed.",
     ["ukraine", "ukraine"]),
])
def test_a_body_that_speaks_for_itself_is_not_carried_from_another(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Mitte Dezember: Kiew spricht von 200 getöteten nordkoreanischen Soldaten.",
     (date(2024, 12, 20), "month")),
    ("de", "- Ende Januar – Selenskyj spricht von 3.000 getöteten nordkoreanischen Soldaten.",
     (date(2025, 1, 31), "month")),
    ("en", "Mid-December: Kyiv reports 200 North Korean soldiers killed.",
     (date(2024, 12, 20), "month")),
    ("de", "Ende Januar/Anfang Februar: Der JCS meldet, Pjöngjang habe 1.000 nordkoreanische "
     "Soldaten nachgeschickt.", (date(2025, 1, 31), "month")),
    ("de", "Kiew spricht von 200 getöteten nordkoreanischen Soldaten seit Mitte Dezember.",
     (WEDNESDAY, "published")),
])
def test_a_date_labelling_a_timeline_entry_dates_its_claim(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The NIS said 15,000 North Korean troops were sent, according to lawmaker Lee "
     "Seong-kweun. Around 1,000 North Korean sappers were clearing mines, Lee said.",
     ["south_korea", "south_korea"]),
    ("de", "Der südkoreanische Abgeordnete Lee Seong-kweun sagte, 300 nordkoreanische Soldaten "
     "seien gefallen. Rund 1.000 nordkoreanische Pioniere räumten Minen, sagte Lee.",
     ["south_korea", "south_korea"]),
    ("en", "Analyst Lee Min-ho said 300 North Korean soldiers had died. Around 1,000 North "
     "Korean sappers were clearing mines, Lee said.", ["other", "other"]),
])
def test_a_short_name_takes_the_group_of_its_fuller_mention_before(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Z-Blogger: 3.000 Nordkoreaner beim Sturm auf Sudscha getötet"),
    ("en", "A post shared widely since Sunday says that 30,000 North Korean soldiers landed."),
    ("de", "Ein Beitrag auf Telegram behauptet, 30.000 nordkoreanische Soldaten seien gefallen."),
])
def test_bloggers_and_posts_speak_for_themselves(lang, text):
    assert groups(text, lang) == ["other"]


def test_wonach_names_the_phrase_before_it():
    text = ("In sozialen Netzwerken kursiert ein Beitrag, wonach Nordkorea 100.000 Soldaten "
            "geschickt habe. Darin hieß es, Pjöngjang könnte bis zu 100.000 Soldaten "
            "bereitstellen.")
    assert [group for _, group, _, _ in claimants_and_dates(text, "de")] == ["other", "other"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The JCS estimated that about 4,700 North Korean soldiers had been killed since they "
     "entered combat in the autumn.", (WEDNESDAY, "published")),
    ("de", "Der Generalstab schätzt, dass 4.700 nordkoreanische Soldaten getötet wurden, seit "
     "sie im Herbst in die Kämpfe eingriffen.", (WEDNESDAY, "published")),
])
def test_a_date_in_a_since_clause_is_the_events(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Aus Kiew kamen schon Mitte Januar höhere Zahlen: Die Ukraine sprach damals von fast "
     "4.000 nordkoreanischen Verlusten.", (date(2025, 1, 20), "month")),
    ("en", "Seoul's spy agency said on Monday that the units had been pulled back in January. At "
     "the time, the NIS estimated that 4,000 North Koreans had been killed.",
     (date(2025, 3, 10), "day")),
])
def test_damals_and_at_the_time_take_the_date_given_before(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


def test_a_quoted_sentence_after_a_speakers_quote_is_the_speakers():
    text = ("Budanov said on Monday that North Korea had sent 3,000 more troops. \"They are "
            "learning fast,\" Budanov said. \"We expect up to 2,000 more North Korean soldiers "
            "by summer.\"")
    assert [(g, d) for _, g, d, _ in claimants_and_dates(text, "en")] == [
        ("ukraine", date(2025, 3, 10)), ("ukraine", date(2025, 3, 10))]


def test_a_pronoun_carries_the_date_the_same_speaker_gave_before():
    text = ("Ukraine's military intelligence chief said on Friday that North Korea had sent "
            "3,000 more troops. Kyrylo Budanov told reporters they trained near Kursk. He "
            "estimated that around 4,000 North Koreans had been killed or wounded.")
    assert [(g, d) for _, g, d, _ in claimants_and_dates(text, "en")] == [
        ("ukraine", date(2025, 3, 7)), ("ukraine", date(2025, 3, 7))]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der NIS unterrichtete am Mittwoch den Geheimdienstausschuss. Der Abgeordnete Park "
     "Jong-hun berichtete danach über die Sitzung. Die Zahl der getöteten Nordkoreaner schätzt "
     "man auf rund 2.300, wie Park weiter sagte.", ["south_korea"]),
    ("en", "The NIS briefed the intelligence committee on Wednesday. Lawmaker Park Jong-hun "
     "spoke to reporters afterwards. Around 2,300 North Koreans had died, Park said.",
     ["south_korea"]),
    ("en", "Lawmaker Park Jong-hun spoke to reporters. Around 2,300 North Koreans had died, Park "
     "said.", ["other"]),
])
def test_a_lawmaker_reporting_a_briefing_speaks_for_the_briefing_service(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der frühere Verteidigungsminister Sergej Schoigu, heute Chef des Sicherheitsrats, ist "
     "am Montag nach Pjöngjang gereist. Nordkorea werde 6.000 Soldaten nach Kursk schicken, "
     "sagte Schoigu dort."),
    ("en", "Sergei Shoigu, the former defence minister and today head of the Security Council, "
     "flew to Pyongyang on Monday. North Korea would send 6,000 soldiers to Kursk, Shoigu said "
     "there."),
])
def test_today_set_against_a_former_role_is_not_the_publication_day(lang, text):
    """`der frühere Minister, heute Chef`: `heute` names his office now, not a day."""
    assert claimants_and_dates(text, lang)[-1][1:] == ("russia", date(2025, 3, 10), "day")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At least 100 North Korean soldiers are dead after two weeks at the front, according to "
     "Lee Seong-kweun, who sits on the intelligence committee of the National Assembly and spoke "
     "to reporters on Thursday once the National Intelligence Service had briefed members "
     "behind closed doors."),
    ("de", "Mindestens 100 nordkoreanische Soldaten seien nach zwei Wochen an der Front tot, sagte "
     "Lee Seong-kweun, der im Geheimdienstausschuss der Nationalversammlung sitzt und am "
     "Donnerstag vor Journalisten sprach, nachdem der Nachrichtendienst NIS die Mitglieder hinter "
     "verschlossenen Türen unterrichtet hatte."),
])
def test_a_long_relative_clause_makes_a_name_a_briefed_lawmaker(lang, text):
    """`X, who sits on the intelligence committee … and spoke to reporters once the NIS had
    briefed members`: the whole clause says he relays the briefing."""
    assert groups(text, lang) == ["south_korea"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korea sent troops to Russia. Col Lee Sung-jun, speaking for the Joint Chiefs of "
     "Staff, said the contingent now stood at around 14,000 soldiers."),
    ("en", "North Korea sent troops to Russia. Maj. Kim Ha-neul, speaking on behalf of South "
     "Korea's defence ministry, said about 14,000 soldiers had been sent."),
])
def test_a_person_speaking_for_a_body_speaks_for_its_side(lang, text):
    """`X, speaking for the Joint Chiefs of Staff, said` (German puts the role first: `X,
    Sprecher des Generalstabs,`, read by the role rules)."""
    assert groups(text, lang) == ["south_korea"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der ukrainische Militärgeheimdienst HUR meldete am Montag 11.000 nordkoreanische "
     "Soldaten in Kursk. Nach gängigen Schätzungen haben seit Herbst 2024 mehr als 14.000 "
     "Nordkoreaner den Weg nach Russland angetreten."),
    ("en", "NATO's Mark Rutte said on Monday that 11,000 North Korean soldiers were in Kursk. "
     "Estimates of how many North Koreans have passed through Russia in total now run from "
     "14,000 to 16,000."),
    ("en", "The Pentagon said on Monday that 11,000 North Korean soldiers were in Kursk. The North "
     "Korean force in Russia is generally reckoned at 11,000 to 15,000 men."),
])
def test_estimates_of_nobody_in_particular_are_unattributed(lang, text):
    """`Nach gängigen Schätzungen`, `estimates of how many … now run from`, `is generally
    reckoned at`: no source, so nothing is carried from the sentence before."""
    assert groups(text, lang)[-1] == "unattributed"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Hans-Peter Gratl aus Gries am Brenner hat 35 Jahre beim Bundesheer gedient. „Die "
     "kommen wieder“, sagt der 67-Jährige. Er geht davon aus, dass Kim heuer 10.000 bis 15.000 "
     "Mann entsendet."),
    ("de", "Für Hansruedi Abplanalp aus Meiringen sind die Meldungen mehr als Weltpolitik. Der "
     "67-Jährige diente in Korea. Er rechnet damit, dass bis Ende Jahr weitere 10.000 "
     "nordkoreanische Soldaten folgen."),
    ("en", "Peter Gratt from Rothesay served 35 years in the army. \"They will be back,\" says the "
     "67-year-old. He expects Kim to send 10,000 to 15,000 more North Korean soldiers."),
])
def test_a_person_introduced_with_where_they_come_from_is_he(lang, text):
    """`Hans-Peter Gratl aus Gries am Brenner hat …`, `Für X aus Meiringen sind …`: a person
    introduced with a place of origin; `er` two sentences on still means him."""
    assert groups(text, lang) == ["other"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "By Andrei Munteanu. Russia's Security Council chief, Sergei Shoigu, came back from "
     "Pyongyang on June 17 with a pledge: North Korea would supply 1,000 mine clearers plus 5,000 "
     "army construction hands to rebuild what the fighting in Kursk destroyed, he told Russian "
     "state television that evening.", ["russia"]),
    ("de", "Von Andrea Muster. Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, kam "
     "am 17. Juni mit einer Zusage aus Pjöngjang zurück: Nordkorea schickt 1.000 Minenräumer "
     "und 5.000 Bausoldaten, um in Kursk wieder aufzubauen, was die Kämpfe zerstört haben, "
     "sagte er am Abend dem russischen Staatsfernsehen.", ["russia", "russia"]),
])
def test_a_pronoun_after_a_long_report_is_the_person_opening_it(lang, text, expected):
    """A long sentence (over 200 characters before `he told`) still names who `he` is."""
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der ukrainische Sprecher Oleh Martschuk sprach am Montag über das Gebiet Kursk. Die "
     "Lage sei bei Kursk weiter schwierig. Es seien 1.500 nordkoreanische Soldaten gekommen, "
     "erklärte er."),
    ("en", "Ukraine's spokesman Oleh Martschuk spoke on Monday about the Oblast Kursk. The "
     "situation near Kursk remained hard, he said. Some 1,500 North Korean soldiers had come, "
     "he added."),
])
def test_a_place_after_a_noun_is_no_surname(lang, text):
    """`Gebiet Kursk … bei Kursk weiter`: a place, not a person named earlier by first name;
    `er` is still the spokesman."""
    assert groups(text, lang) == ["ukraine"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Rund 180 Zuhörer drängten sich am vergangenen Donnerstag im Hörsaal. Die "
     "Politikwissenschaftlerin Miriam Soltau sprach über Nordkoreas Soldaten. Sie geht davon aus, "
     "dass Kim bis zum Frühjahr mehrere tausend weitere Soldaten schicken wird."),
    ("en", "About 180 people crowded into the lecture hall last Thursday. Political scientist "
     "Miriam Soltau spoke about North Korea's soldiers. She expects Kim to send several thousand "
     "more soldiers by the spring."),
])
def test_a_person_introduced_after_a_dated_scene_speaks_on_that_day(lang, text):
    """`… am vergangenen Donnerstag im Hörsaal. X sprach über … . Sie geht davon aus …`: what
    she says there was said on the day the scene sets."""
    assert claimants_and_dates(text, lang)[-1][1:] == ("other", date(2025, 3, 6), "day")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der ukrainische Geheimdienst HUR meldete am Montag neue Zahlen. Hansruedi Gautschi "
     "kennt Korea aus der Nähe. Die Zahlen aus Seoul hält Gautschi eher für zu tief. Er schätzt, "
     "dass zwischen 1000 und 1500 nordkoreanische Soldaten gefallen sind.", "other"),
    ("en", "Ukraine's HUR released new figures on Monday. Fiona Marsh knows Korea well. The "
     "figures from Seoul strike Marsh as too low. She estimates that 1,500 North Korean soldiers "
     "have died.", "other"),
])
def test_a_pronoun_is_the_person_named_by_surname_inside_the_sentence_before(lang, text,
                                                                             expected):
    """`… hält Gautschi eher für zu tief. Er schätzt …`: the surname, given with a first name
    earlier, names whom `er` means, though it does not open the sentence."""
    assert groups(text, lang) == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Das Pentagon geht davon aus, dass sich rund 10.000 nordkoreanische Soldaten in "
     "Russland aufhalten. So formulierte es Sprecherin Sabrina Singh am Montag vor Journalisten."),
    ("en", "The Pentagon believes about 10,000 North Korean soldiers are in Russia. That is how "
     "spokeswoman Sabrina Singh phrased it on Monday."),
])
def test_who_phrased_it_so_on_a_day_dates_a_present_tense_claim(lang, text):
    """`So formulierte es X am Montag`, `That is how X phrased it on Monday`: the day the
    claim in the present tense before it was made."""
    assert claimants_and_dates(text, lang)[0][1:] == ("united_states", date(2025, 3, 10), "day")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Eine Zahl nannte Moskau nicht. Die Zahlen lieferte am Mittwoch der südkoreanische "
     "Nachrichtendienst NIS. Demnach hat Nordkorea rund 15.000 Soldaten nach Russland geschickt."),
    ("de", "Die Moderatorin eröffnete die Runde mit Zahlen, die der südkoreanische Geheimdienst "
     "NIS vorgelegt hatte. Demnach hat Nordkorea bislang rund 15.000 Soldaten nach Russland "
     "geschickt."),
    ("en", "Moscow gave no number. The figures came in a report by South Korea's National "
     "Intelligence Service on Wednesday. According to the report, about 15,000 North Korean "
     "soldiers have been sent to Russia."),
])
def test_demnach_takes_the_body_a_figureless_sentence_names_as_source(lang, text):
    """`Die Zahlen lieferte der NIS. Demnach …`: the continuation continues the figures the
    sentence before says a body supplied, not an older speaker."""
    assert groups(text, lang) == ["south_korea"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Zahlen über Kim Jong Un und seine Armee sind spärlich. Demnach seien 300 "
     "nordkoreanische Soldaten gefallen."),
    ("en", "The figures on Kim Jong Un's army are scarce. According to the figures, 300 North "
     "Korean soldiers have died."),
])
def test_a_person_in_the_sentence_before_is_no_source_of_figures(lang, text):
    """Figures are handed over by a body (`der NIS`), not by the leader they are about."""
    assert groups(text, lang) != ["north_korea"]


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea's spy agency was briefing MPs. It told them that about 2,000 North Korean "
     "soldiers had died.", ["south_korea"]),
    ("Ukraine's military intelligence agency HUR is in charge of the file. It estimated on Monday "
     "that 2,000 North Korean soldiers had died.", ["ukraine"]),
])
def test_it_is_the_body_opening_the_sentence_before(text, expected):
    """`South Korea's spy agency was briefing MPs. It told …`: a sentence that reports nothing
    itself names who `it` is."""
    assert [group for _, group, _, _ in claimants_and_dates(text, "en")] == expected

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der NIS unterrichtete am Mittwoch die Abgeordneten. Rund 4.000 nordkoreanische "
     "Soldaten seien getötet oder verwundet worden, hieß es aus dem Ausschuss.", ["south_korea"]),
    ("en", "The NIS gave a closed briefing on Wednesday. According to those present, about 10,000 "
     "North Korean soldiers are deployed in Kursk.", ["south_korea"]),
    ("en", "South Korea's National Intelligence Service (NIS) told a parliamentary committee on "
     "Tuesday that about 2,000 North Korean soldiers had died.", ["south_korea"]),
    ("de", "Bei einer Unterrichtung durch den Geheimdienst in der Nationalversammlung hieß es, "
     "rund 300 nordkoreanische Soldaten seien gefallen.", ["south_korea"]),
    ("en", "The committee said 2,000 North Korean soldiers had died.", ["other"]),
])
def test_a_committee_or_those_present_at_a_briefing_pass_on_the_service(lang, text, expected):
    """`hieß es aus dem Ausschuss`, `according to those present`: the committee a service
    briefed passes on what the service said; without a briefing a committee speaks for itself."""
    assert groups(text, lang) == expected


def test_a_leads_claim_takes_the_date_the_next_sentence_gives_the_same_side():
    text = ("Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes rund 5.000 "
            "Soldaten nach Russland verlegt. Die Truppen seien in Zügen gebracht worden, teilte "
            "der NIS am Montag mit.")
    assert [(g, d, p) for _, g, d, p in claimants_and_dates(text, "de")] == [
        ("south_korea", date(2025, 3, 10), "day")]


def test_a_pronoun_cue_later_in_the_sentence_dates_the_claim():
    text = ("Inzwischen geht der NIS von mehr als 11.000 nordkoreanischen Soldaten aus, diese "
            "Zahl nannte er zuletzt am 20. Februar vor Abgeordneten.")
    assert [(g, d) for _, g, d, _ in claimants_and_dates(text, "de")] == [
        ("south_korea", date(2025, 2, 20))]


def test_an_offered_aside_dates_the_estimate():
    text = ("The Pentagon's last public estimate, offered in February, was that several "
            "thousand North Koreans had been killed.")
    assert [(g, p) for _, g, _, p in claimants_and_dates(text, "en")] == [
        ("united_states", "month")]


def test_a_lawmaker_recognised_late_takes_the_briefing_date():
    text = ("Der NIS unterrichtete am Montag den Geheimdienstausschuss. Der Abgeordnete Park "
            "Jong-hun berichtete danach über die Sitzung. Rund 2.300 Nordkoreaner seien "
            "gefallen, sagte Park.")
    assert [(g, d) for _, g, d, _ in claimants_and_dates(text, "de")] == [
        ("south_korea", date(2025, 3, 10))]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Ein Sprecher des JCS sagte am Montag, 1.000 nordkoreanische Soldaten seien "
     "eingetroffen. Ob es Ersatz "
     "ist, blieb offen. Nato-Generalsekretär Mark Rutte wurde in München deutlicher. Nordkorea "
     "habe mehr als 11.000 Soldaten geschickt, sagte er.", ["south_korea", "nato"]),
    ("de", "Matthias Kobelt, Sicherheitsexperte an der Militärakademie in Zürich, hält die Zahlen "
     "aus Seoul für plausibel. «Wir gehen von 15.000 nordkoreanischen Soldaten aus», sagt er.",
     ["other"]),
])
def test_a_personal_pronoun_points_to_the_person_of_the_sentence_before(lang, text, expected):
    assert groups(text, lang) == expected


def test_a_date_beside_another_sides_cue_does_not_date_the_claim():
    text = ("North Korea held a ceremony, state media said Thursday, as the South's spy agency "
            "estimated that around 2,000 North Korean troops had been killed.")
    assert [(g, p) for _, g, _, p in claimants_and_dates(text, "en")] == [
        ("south_korea", "published")]


def test_the_same_report_told_by_a_lawmaker_keeps_the_date_beside_the_first_cue():
    text = ("Am Montag teilte der Geheimdienst dem Ausschuss mit, dass 1.500 weitere "
            "nordkoreanische Soldaten entsandt wurden, wie der Abgeordnete Park mitteilte.")
    assert [d for _, _, d, _ in claimants_and_dates(text, "de")] == [date(2025, 3, 10)]


def test_a_lawmaker_recognised_late_takes_the_briefings_date_far_back():
    text = ("Die Truppen seien gebracht worden, teilte der NIS am Montag in einer Sitzung des "
            "Geheimdienstausschusses mit. Sie bauen Brücken. Der Abgeordnete Park Jong-hun "
            "berichtete danach. Ein Großteil sei ausgetauscht worden. Es gebe neue Einheiten. "
            "Die Zahl der getöteten Nordkoreaner liege bei rund 2.300, wie Park weiter sagte.")
    assert [(g, d) for _, g, d, _ in claimants_and_dates(text, "de")] == [
        ("south_korea", date(2025, 3, 10))]


@pytest.mark.parametrize(("text", "expected"), [
    ("| Quelle | Stand | Zahl | Worum es geht |\n| --- | --- | --- | --- |\n"
     "| eigene Schätzung | heute | 10.000 | nordkoreanische Soldaten noch in Russland |",
     ["unattributed"]),
    ("| Quelle | Stand | Zahl | Worum es geht |\n| --- | --- | --- | --- |\n"
     "| Geheimdienst NIS | heute | 10.000 | nordkoreanische Soldaten in Russland |",
     ["south_korea"]),
])
def test_a_table_rows_source_stands_before_its_figure_and_is_no_date(text, expected):
    assert [group for _, group, _, _ in claimants_and_dates(text, "de")] == expected


def test_a_name_in_a_sentence_that_calls_him_a_lawmaker_after_a_briefing():
    text = ("Der Geheimdienst NIS hat die Abgeordneten am Montag unterrichtet. Einer der "
            "Abgeordneten, Park Sun-won, sagte danach: „Es gibt neue Zahlen.“ Park zufolge "
            "bereitet Pjöngjang bis zu 5.000 weitere nordkoreanische Soldaten vor.")
    assert [group for _, group, _, _ in claimants_and_dates(text, "de")] == ["south_korea"]


def test_it_points_to_the_body_of_the_sentence_before():
    text = ("The White House said Wednesday that at least 3,000 North Korean soldiers had "
            "traveled to Vladivostok. Ukraine's military intelligence agency has put the figure "
            "far higher. It said Monday that about 12,000 North Korean troops were being "
            "trained.")
    assert [group for _, group, _, _ in claimants_and_dates(text, "en")] == [
        "united_states", "ukraine"]


def test_a_date_opening_the_sentence_dates_a_later_clauses_claim():
    text = ("North Korean soldiers died in Kursk. In August, state media showed him laying "
            "medals on coffins, and the official KCNA news agency said dozens of fallen "
            "soldiers had been brought home.")
    assert [(g, p) for _, g, _, p in claimants_and_dates(text, "en")] == [
        ("north_korea", "month")]


def test_a_season_after_a_source_is_no_part_of_its_name():
    text = ("Die Männer gehörten zu jenen rund 11.000 nordkoreanischen Soldaten, die Kim laut NIS "
            "im Herbst nach Russland geschickt hat.")
    [(_, group, _, _)] = claimants_and_dates(text, "de")
    assert group == "south_korea"


def test_konjunktiv_ii_wuerden_continues_a_report():
    text = ("Der ukrainische Geheimdienst HUR teilte am Montag mit, Nordkorea bereite neue "
            "Einheiten vor. In einem Lager würden derzeit etwa 1.500 nordkoreanische Soldaten "
            "ausgebildet.")
    assert [group for _, group, _, _ in claimants_and_dates(text, "de")] == ["ukraine"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der ukrainische Botschafter Wassyl Petrenko sprach am Montag in Wien. Nach seinen "
     "Informationen sind 4.000 nordkoreanische Soldaten getötet oder verwundet worden. Weit "
     "über 1.000 davon seien tot.", ["ukraine", "ukraine"]),
    ("de", "Die Politologin Anna Berger aus Graz hat die Zahlen geprüft. Von den etwa 11.000 "
     "nordkoreanischen Soldaten seien ihrer Einschätzung nach noch 7.000 in Russland.",
     ["other", "other"]),
    ("en", "Ukraine's ambassador Vasyl Petrenko spoke to reporters in Vienna on Monday. By his "
     "count, 4,000 North Korean soldiers have been killed or wounded.", ["ukraine"]),
    ("en", "Retired Colonel James Hart, a fellow at a Washington institute, spoke to diplomats. "
     "He said Pyongyang had sent more than 10,000 troops to Russia.", ["other"]),
])
def test_a_pronoun_or_possessive_stands_for_the_person_introduced_before(lang, text, expected):
    """`er`, `seinen Informationen`, `his count`: the person the sentence before introduces by
    role and name, even one the lexicon does not know, and later sentences carry him."""
    assert groups(text, lang) == expected



@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The first North Korean troops reached Vladivostok in October. South Korea's spy "
     "agency said that month that 1,500 North Korean special forces had been shipped."),
    ("de", "Im Oktober landeten die ersten Truppen in Wladiwostok. Der südkoreanische "
     "Geheimdienst sprach im selben Monat von 1.500 nordkoreanischen Soldaten."),
])
def test_that_month_takes_the_month_given_before(lang, text):
    [(_, _, when, precision)] = claimants_and_dates(text, lang)
    assert (when, precision) == (date(2024, 10, 31), "month")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Pyongyang could send up to 30,000 more troops, according to Ukraine's military "
     "intelligence agency, which made its assessment public on Monday.", date(2025, 3, 10)),
    ("de", "Nach Erkenntnissen des Geheimdienstes NIS, die Abgeordnete am Montag öffentlich "
     "gemacht hatten, sind rund 4.700 nordkoreanische Soldaten getötet worden.",
     date(2025, 3, 10)),
    ("de", "Nach Erkenntnissen des Geheimdienstes NIS, die sich auf Aufnahmen vom Montag "
     "stützen, sind rund 4.700 nordkoreanische Soldaten getötet worden.", WEDNESDAY),
])
def test_a_relative_clause_releasing_the_source_dates_it(lang, text, expected):
    """`…, which made its assessment public on Monday`: the release is the statement; an
    event in a relative clause (`Aufnahmen vom Montag`) is not."""
    [(_, _, when, _)] = claimants_and_dates(text, lang)
    assert when == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine's president, Volodymyr Zelensky, says about 4,000 North Korean soldiers have "
     "been killed. Zelensky made the remarks in an interview that aired on Monday."),
    ("en", "The Pentagon says about 4,000 North Korean soldiers have been killed. The spokesman "
     "made the comments on Monday."),
    ("de", "Selenskyj sagte, etwa 4.000 nordkoreanische Soldaten seien getötet worden. Das sagte "
     "er am Montag in Kiew."),
])
def test_the_next_sentence_dates_the_remarks(lang, text):
    [(_, _, when, precision)] = claimants_and_dates(text, lang)
    assert (when, precision) == (date(2025, 3, 10), "day")


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "South Korea's National Intelligence Service gave lawmakers a new figure on Monday: "
     "about 3,000 North Korean soldiers had already arrived, the agency said.", "south_korea"),
    ("de", "Der ukrainische Geheimdienst HUR legte am Montag neue Zahlen vor: Rund 3.000 "
     "nordkoreanische Soldaten seien eingetroffen, teilte der Dienst mit.", "ukraine"),
])
def test_a_generic_reference_is_the_body_named_before_in_the_sentence(lang, text, group):
    """`X did Y: …, the agency said`: the agency is X, even with no reporting cue before."""
    assert groups(text, lang) == [group]


def test_a_time_zone_opening_an_update_is_no_source():
    text = ('ET: The number in Russia may already be "closer to 4,000" North Korean troops, a '
            "senior US defense official told reporters.")
    assert groups(text, "en") == ["united_states"]


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), [
    ("en", "South Korea's spy agency, which had put the number of dead at about 600 in January, "
     "now believes more than 1,500 North Korean soldiers have died, lawmakers said on Monday.",
     "more than 1,500", (date(2025, 3, 10), "day")),
    ("en", "About 11,000 North Korean troops were sent, according to the Pentagon, which told "
     "reporters in February that about 1,000 of them had been wounded.", "about 1,000",
     (date(2025, 2, 28), "month")),
    ("de", "Die Zeitung zitiert Präsident Selenskyj, der am Montag von «11.000 nordkoreanischen "
     "Soldaten in Kursk» gesprochen hatte.", "11.000", (date(2025, 3, 10), "day")),
])
def test_a_relative_clause_dates_only_its_own_report(lang, text, figure, expected):
    """A date in a relative clause between a source and its cue dates that clause's own claim,
    not the main clause's; a relative clause that reports is a claim's own date."""
    rows = claim_rows(text, lang, WEDNESDAY)
    row = next(r for r in rows if r["quantity_text"] == figure)
    assert (row["claim_date"], row["claim_date_precision"]) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der NIS unterrichtete am Montag die Abgeordneten in Seoul. Am Rande der Konferenz "
     "verlangte der CSU-Bundestagsabgeordnete Markus Huber mehr Hilfe. „Wenn Tausende "
     "nordkoreanische Soldaten in Europa kämpfen, geht uns das an“, sagte er.", "other"),
    ("de", "Der NIS unterrichtete am Montag die Abgeordneten in Seoul. Der Abgeordnete Park "
     "Sun-won sagte danach, 3.000 nordkoreanische Soldaten seien getötet worden.",
     "south_korea"),
])
def test_a_lawmaker_of_another_parliament_does_not_speak_for_the_briefing(lang, text, expected):
    assert groups(text, lang) == [expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "On Monday, Pyongyang's state news agency confirmed the deployment. South Korea's "
     "National Intelligence Service was less coy. Briefing MPs on Tuesday, the agency put the "
     "North Korean killed and wounded at about 4,700. Another 3,000 North Korean troops had "
     "arrived in January, it said.", ["south_korea", "south_korea"]),
    ("de", "Die Staatsagentur KCNA bestätigte am Montag den Einsatz. Der ukrainische Geheimdienst "
     "HUR wurde deutlicher. Nach Erkenntnissen des Dienstes sind 4.700 nordkoreanische "
     "Soldaten getötet oder verwundet worden.", ["ukraine"]),
])
def test_a_generic_body_is_the_body_opening_the_sentence_before(lang, text, expected):
    """`the agency` after a sentence opened by a known body that reports nothing itself is that
    body, not an agency named earlier."""
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der Bundesnachrichtendienst geht davon aus, dass rund 11.000 Nordkoreaner in "
     "Russland stationiert sind. Etwa 1.000 von ihnen arbeiteten als Pioniere im Gebiet Kursk.",
     ["other", "other"]),
    ("en", "The Pentagon believes some 11,000 North Korean soldiers are in Russia. About 1,000 "
     "of them work as sappers in Kursk.", ["united_states", "united_states"]),
    ("en", "The Pentagon said 14,000 North Korean troops were sent. Of those, roughly 4,000 are "
     "estimated to have been killed or wounded.", ["united_states", "united_states"]),
    ("de", "Der ukrainische Militärgeheimdienst meldete, die ersten nordkoreanischen Einheiten "
     "seien in Kursk eingetroffen. Bis Sonntag würden dort insgesamt rund 2.600 Mann erwartet.",
     ["ukraine"]),
])
def test_a_part_of_the_figure_before_and_a_reported_passive_keep_the_source(lang, text, expected):
    """`Etwa 1.000 von ihnen …` and `… würden … erwartet` (a cue word as the reported passive,
    with no agent) continue the report before."""
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Rund 180 Besucher wollten am Montagabend hören, was Oberst Karl Weber zu sagen hat. "
     "Der Offizier leitet die Lagebeurteilung. Weber geht davon aus, dass rund 11.000 "
     "nordkoreanische Soldaten in Russland sind. Von ihnen seien knapp 4.000 getötet worden."),
    ("en", "Hundreds came on Monday evening to hear what Colonel Karl Weber had to say. The "
     "officer heads the assessment staff. Weber believes about 11,000 North Korean soldiers "
     "are in Russia. About 4,000 of them have been killed, he says."),
])
def test_a_present_tense_report_takes_the_day_its_scene_sets(lang, text):
    """An event named with the speaker a few sentences before (`am Montagabend … Oberst X`)
    dates his present-tense report and the sentences that continue it."""
    assert [(d, p) for _, _, d, p in claimants_and_dates(text, lang)] == [
        (date(2025, 3, 10), "day")] * 2


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Sicherheitsberater Shin Won-sik reiste am Montag nach Washington. Shin sagte dort, "
     "3.000 nordkoreanische Soldaten seien getötet worden.", ["south_korea"]),
    ("de", "In seiner Rede würdigte Kim die Tausenden nordkoreanischen Soldaten.",
     ["north_korea"]),
    ("en", "Defence Minister Kim Yong-hyun said 3,000 North Korean soldiers had arrived.",
     ["south_korea"]),
])
def test_a_short_name_takes_the_group_of_the_known_full_name(lang, text, expected):
    """`Shin` after `Shin Won-sik`; a bare `Kim` is the leader, `Kim Yong-hyun` is not."""
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Anfang Februar berichtete dann der ukrainische Militärgeheimdienst, die Einheiten "
     "seien abgezogen worden; mehrere hundert nordkoreanische Verwundete würden in Kursk "
     "behandelt.", [("ukraine", date(2025, 2, 10), "month")]),
    ("en", "The Pentagon briefed allies. That is fewer than in February, when the agency counted "
     "about 14,000 North Korean troops.", [("united_states", date(2025, 2, 28), "month")]),
    ("en", "Kyiv put North Korean casualties at up to 6,000 as early as February.",
     [("ukraine", date(2025, 2, 10), "month")]),
])
def test_reported_speech_after_a_semicolon_a_when_clause_and_as_early_as(lang, text, expected):
    """Reported speech after `;` stays the speaker's (`berichtete dann der Dienst`: an adverb
    between verb and subject); `in February, when X counted` and `as early as February` date
    the claim."""
    assert [(g, d, p) for _, g, d, p in claimants_and_dates(text, lang)] == expected


def test_a_date_after_a_quoted_figure_of_the_same_clause_dates_it():
    text = ('NATO Secretary-General Mark Rutte put the number of North Korean troops sent at '
            '"more than 11,000" in February, saying they had been integrated.')
    assert [(g, d, p) for _, g, d, p in claimants_and_dates(text, "en")] == [
        ("nato", date(2025, 2, 28), "month")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "South Korea's spy agency briefed lawmakers on Monday. The agency said Pyongyang had "
     "sent 3,000 more North Korean soldiers in January and February, bringing the total to "
     "some 15,000.", [("south_korea", date(2025, 3, 10), "day")] * 2),
    ("en", "An alliance official, briefing reporters on Monday, put the number of North Korean "
     "troops in Kursk in the low thousands.", [("nato", date(2025, 3, 10), "day")]),
    ("de", "In Bündniskreisen hieß es am Montag, man stelle sich auf mehrere tausend weitere "
     "Nordkoreaner an der Front ein.", [("nato", date(2025, 3, 10), "day")]),
    ("de", "Heuer im Jänner hatte der NIS als Erster von 1.500 nordkoreanischen Soldaten "
     "berichtet.", [("south_korea", date(2025, 1, 31), "month")]),
])
def test_event_months_after_a_reference_cue_and_more_source_phrases(lang, text, expected):
    assert [(g, d, p) for _, g, d, p in claimants_and_dates(text, lang)] == expected


def test_an_interview_with_this_paper_is_dated_by_the_paper_not_by_an_earlier_speaker():
    text = ("Kyiv's military intelligence said on Monday that 3,000 North Korean soldiers had "
            "died. “They learn fast,” said Andriy Yusov, a spokesman for the agency, in an "
            "interview with this newspaper. He said Pyongyang was preparing several thousand "
            "more North Korean soldiers.")
    assert [(d, p) for _, _, d, p in claimants_and_dates(text, "en")] == [
        (date(2025, 3, 10), "day"), (WEDNESDAY, "published")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Oberst Karl Weber sprach in Koblenz. Nach seiner Rechnung stehen etwa 8.000 "
     "nordkoreanische Soldaten bei Sudscha.", ["other"]),
    ("de", "In ukrainischer Gefangenschaft befinden sich nach Kiewer Angaben zwei nordkoreanische "
     "Soldaten.", ["ukraine"]),
    ("de", "Eine Menschenrechtsorganisation in Seoul hat nach eigenen Angaben die Namen von rund "
     "350 gefallenen nordkoreanischen Soldaten dokumentiert.", ["other"]),
    ("en", "Sen. Jeanne Shaheen (D-N.H.) said officials had warned senators to expect thousands "
     "more North Korean troops.", ["united_states"]),
    ("de", "Sergei Schoigu traf Kim in Pjöngjang. Laut dem Geheimdienst sind rund 1.000 "
     "nordkoreanische Pioniere im Einsatz.", ["unattributed"]),
    ("de", "Nach Berechnung dieser Zeitung bleiben etwa 10.000 nordkoreanische Soldaten in "
     "Russland.", ["unattributed"]),
])
def test_more_source_phrases_and_what_they_are_not(lang, text, expected):
    """`nach seiner Rechnung`, `nach Kiewer Angaben`, a US senator; an organisation in Seoul is
    not Seoul, a person is no `Geheimdienst`, and this paper's own reckoning has no source."""
    assert groups(text, lang) == expected


def test_er_after_a_quote_that_opened_a_sentence_before_is_the_person_before_the_quote():
    text = ("Der Abgeordnete Florian Heck hält die Zahlen für zu niedrig. „Kim hat Hunderttausende "
            "unter Waffen. Wenn Putin ruft, stehen bald bis zu 20.000 Nordkoreaner in Kursk“, "
            "sagte er.")
    rows = claim_rows(text, "de", WEDNESDAY)
    assert [(r["claimant"], r["claimant_group"]) for r in rows] == [
        ("Der Abgeordnete Florian Heck", "other")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Das sagte der Abgeordnete Park am Montag nach einer Anhörung des Nachrichtendienstes "
     "NIS. Im Juni hatte Sergei Schoigu angekündigt, Pjöngjang schicke Pioniere. Laut dem "
     "Geheimdienst sind die ersten rund 1.000 nordkoreanischen Pioniere im Einsatz.",
     [("south_korea", date(2025, 3, 10), "day")]),
    ("de", "Der ukrainische Militärgeheimdienst HUR geht nach einem am Montag veröffentlichten "
     "Bericht davon aus, dass Pjöngjang 25.000 nordkoreanische Soldaten vorbereitet.",
     [("ukraine", date(2025, 3, 10), "day")]),
    ("en", "Marta Nowak, an analyst in Warsaw, expects North Korea to send 5,000 more troops in "
     "the spring.", [("other", WEDNESDAY, "published")]),
    ("de", "Ende Februar überreichte Machthaber Kim Jong Un nach Berichten der Staatsmedien den "
     "Angehörigen von mehr als 100 getöteten nordkoreanischen Soldaten Orden.",
     [("north_korea", date(2025, 2, 28), "month")]),
])
def test_service_references_release_dates_future_seasons_and_state_media(lang, text, expected):
    """`dem Geheimdienst` is the service named before, not the last speaker; a report `am
    Montag veröffentlicht` dates a present-tense cue; `expects … in the spring` is a plan's
    season, not the claim's date; bare `Staatsmedien` report for the state the sentence names."""
    assert [(g, d, p) for _, g, d, p in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize("text", [
    "South Korea's National Intelligence Service briefs parliament every few weeks. Russia's "
    "Sergei Shoigu said on Tuesday that 6,000 North Korean builders would come. The agency's "
    "most recent casualty estimate, given in April, was some 4,700 North Korean dead and "
    "wounded.",
    "South Korea's National Intelligence Service briefs parliament every few weeks. Russia's "
    "Sergei Shoigu said on Tuesday that 6,000 North Korean builders would come. The agency last "
    "put the North Korean death toll at roughly 2,000 in September.",
])
def test_the_agency_is_the_intelligence_service_named_before_not_the_last_speaker(text):
    """`The agency's most recent … estimate`, `The agency last updated`: a possessive estimate
    with modifiers and an adverb before the verb (`The agency last put`) still leave `the
    agency`, the service."""
    assert groups(text, "en")[-1] == "south_korea"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "In Pjöngjang ehrte der Machthaber die Toten. Das Staatsfernsehen zeigte, wie er vor "
     "den Fotos von mehr als 100 getöteten Soldaten weinte.", ["north_korea"]),
    ("en", "Pyongyang held a ceremony for the dead. State TV footage showed him bowing before "
     "portraits of more than 100 fallen soldiers.", ["north_korea"]),
    ("de", "Zwei Tage später zeigte der Sender KCTV eine Gedenkwand mit den Namen von mehr als "
     "1.800 gefallenen nordkoreanischen Soldaten.", ["north_korea"]),
    ("en", "Footage aired by Korean Central Television showed a wall with the names of more than "
     "1,800 fallen North Korean soldiers.", ["north_korea"]),
])
def test_state_media_speak_for_the_state_named_just_before(lang, text, expected):
    """`Das Staatsfernsehen zeigte, wie er …` names no state: the one the sentence before names;
    KCTV (Korean Central Television) is North Korea's state broadcaster."""
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Secretary of State Antony Blinken supplied the answer in Brussels: North Korean "
     "soldiers are fighting, he said, and more than 10,000 of them are now there.",
     ["united_states"]),
    ("en", 'Dr Ewan Reid, a lecturer in Glasgow, was blunt. "Pyongyang is advertising. If Moscow '
     'asks for another 10,000 North Korean soldiers, Kim will send them," he said.', ["other"]),
])
def test_he_said_after_a_person_opening_the_sentence_is_that_person(lang, text, expected):
    """Not a name inside the reported words or inside a quote that opened before."""
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der ukrainische Militärgeheimdienst HUR gehe von mehr als 4.000 nordkoreanischen "
     "Toten aus, sagte ein Sprecher gegenüber dem Sender.", ["ukraine"]),
    ("de", "Der russische Botschafter in Pjöngjang, Alexander Mazegora, lobte die Pioniere im "
     "Gespräch mit der Agentur Tass: Mehrere tausend nordkoreanische Pioniere räumten Minen.",
     ["russia"]),
    ("en", "The Russian envoy in Pyongyang, Alexander Matsegora, praised them in an interview "
     "with Tass: several thousand North Korean sappers were clearing mines.", ["russia"]),
])
def test_a_bare_spokesman_and_a_speaker_before_a_colon(lang, text, expected):
    """`ein Sprecher` speaks for the body the sentence names; a person introduced speaking
    before a colon (`im Gespräch mit …:`) says what follows, with an apposed name."""
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Seoul filled in the gaps. North Korea has deployed about 15,000 soldiers to Russia. "
     "Of those, roughly 4,700 North Korean soldiers have been killed or wounded. The estimate "
     "came from South Korea's Joint Chiefs of Staff, which briefed reporters on Monday.",
     ["south_korea", "south_korea"]),
    ("de", "Nordkoreas Machthaber Kim Jong Un hat rund 3.000 zusätzliche Soldaten nach Russland "
     "geschickt. Das berichtete die Nachrichtenagentur Yonhap unter Berufung auf den "
     "Geheimdienst NIS.", ["south_korea"]),
    ("en", "Kyiv reacted.\n\nMoscow was silent.\n\nBeijing said nothing.\n\nNorth Korea has "
     "deployed about 15,000 soldiers to Russia.\n\nThe estimate came from South Korea's Joint "
     "Chiefs of Staff.", ["unattributed"]),
])
def test_a_source_named_after_the_claims_of_its_paragraph(lang, text, expected):
    """`The estimate came from X`, `Das berichtete X` name the source of the sentences before
    in the same paragraph (not across a paragraph break)."""
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Zahlen kommen aus einem Gebäude am Südrand Seouls, dem Sitz des Nationalen "
     "Nachrichtendienstes NIS. Anfang März legte der Dienst den Abgeordneten seine Bilanz vor. "
     "Pjöngjang habe rund 3.000 nordkoreanische Soldaten nachgeschickt.",
     [("south_korea", date(2025, 3, 10), "month")]),
    ("de", "Das Militär in Seoul sieht kein Ende. Der Generalstab erklärte am Montag, es gebe "
     "Hinweise auf mehrere tausend weitere nordkoreanische Soldaten.",
     [("south_korea", date(2025, 3, 10), "day")]),
])
def test_a_generic_service_or_staff_after_the_body_and_place_named_before(lang, text, expected):
    """`legte … vor` reports; `der Dienst` is the service named before even far into its
    sentence; `Der Generalstab` after `Das Militär in Seoul` is Seoul's."""
    assert [(g, d, p) for _, g, d, p in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Historikerin Anna Berg forscht in Bielefeld. „Es dürften mehrere hundert "
     "Nordkoreaner gefallen sein“, sagte die 44-Jährige.", ["other"]),
    ("en", 'Anna Berg, an analyst in Nairobi, was blunt. "Kim has no shortage of men. He can send '
     'another 10,000 North Korean soldiers," she said.', ["other"]),
])
def test_an_age_noun_or_pronoun_is_the_person_before_not_a_name_in_a_quote(lang, text, expected):
    assert groups(text, lang) == expected


def test_a_relative_clause_that_warned_dates_its_source():
    text = ("Pyongyang is ready to send as many as 30,000 more North Korean soldiers, according "
            "to Ukraine's military intelligence agency, which first made the warning at the start "
            "of the month.")
    assert [(g, p) for _, g, _, p in claimants_and_dates(text, "en")] == [("ukraine", "month")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Security Council met on Monday at the request of Ukraine. Diplomats argued. "
     "The US representative said Pyongyang had sent more than 11,000 North Korean troops.",
     [("united_states", date(2025, 3, 10), "day")]),
    ("de", "Bei der Anhörung am Montag sprachen drei Fachleute. Der Koreanist Peter Lang "
     "ergänzte, Hunderte nordkoreanische Offiziere seien ausgebildet worden.",
     [("other", date(2025, 3, 10), "day")]),
])
def test_a_statement_made_at_a_hearing_or_session_takes_its_day(lang, text, expected):
    assert [(g, d, p) for _, g, d, p in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Für Südkoreas Botschafter in der Schweiz, Park Ji-hoon, ist das kein gutes Zeichen. "
     "Nordkorea habe rund 15.000 Soldaten nach Russland geschickt, sagt Park.", ["south_korea"]),
    ("en", "Washington's most recent public estimate put the total number of North Korean troops "
     "sent to Russia at more than 14,000.", ["united_states"]),
])
def test_a_title_before_a_name_and_a_most_recent_estimate(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Südkoreas Geheimdienst NIS, der seine Zahlen am Montag vorlegte, kommt auf deutlich "
     "weniger: an die 300 nordkoreanische Tote.", [("south_korea", date(2025, 3, 10), "day")]),
    ("en", "South Korea's Joint Chiefs of Staff offered its own assessment: about 1,100 North "
     "Korean casualties.", [("south_korea", WEDNESDAY, "published")]),
    ("en", "That brings North Korea's total deployment, by the JCS count, to about 14,000 "
     "soldiers.", [("south_korea", WEDNESDAY, "published")]),
])
def test_a_body_giving_figures_before_a_colon_and_by_the_x_count(lang, text, expected):
    assert [(g, d, p) for _, g, d, p in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Pentagon said on Monday that 3,000 North Korean soldiers were wounded. Four days "
     "earlier, lawmakers briefed by the NIS said at least 100 North Korean soldiers had died.",
     date(2025, 3, 6)),
    ("de", "Das Pentagon sprach am Montag von 3.000 verwundeten nordkoreanischen Soldaten. Zwei "
     "Tage zuvor hatte der NIS von 100 toten nordkoreanischen Soldaten gesprochen.",
     date(2025, 3, 8)),
])
def test_days_earlier_count_back_from_the_day_before(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == (expected, "day")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The JCS said on Monday that of the 11,000 or so North Korean troops sent last autumn, "
     "around 4,000 had been killed.", [(date(2025, 3, 10), "day")] * 2),
    ("en", "Zelensky said Pyongyang was preparing up to 20,000 more North Korean soldiers for "
     "this autumn.", [(WEDNESDAY, "published")]),
])
def test_a_season_dating_the_sending_or_a_plan_is_not_the_claims(lang, text, expected):
    assert [(d, p) for _, _, d, p in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Staatsagentur KCNA berichtete, ebenfalls Ende August, Kim habe die Familien von "
     "mehr als 100 gefallenen nordkoreanischen Soldaten empfangen.", (date(2024, 8, 31), "month")),
    ("en", "State media reported, again in late August, that more than 100 North Korean soldiers "
     "had died.", (date(2024, 8, 31), "month")),
])
def test_a_date_set_off_by_commas_after_the_cue_dates_the_statement(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die nordkoreanischen Soldaten erleiden schwere Verluste. Das Pentagon bezifferte die Zahl "
     "der Getöteten und Verletzten Ende Dezember auf mehr als 1.000.",
     (date(2024, 12, 31), "month")),
    ("Die Zahl der im Herbst verlegten nordkoreanischen Soldaten schätzte der NIS am Montag auf "
     "11.000.", (date(2025, 3, 10), "day")),
])
def test_a_noun_from_a_participle_does_not_date_an_event(text, expected):
    """`der Getöteten Ende Dezember`: a noun, so the month is the count's, not a killing's."""
    assert claimants_and_dates(text, "de")[-1][2:] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Der ukrainische Verteidigungsminister Rustem Umjerow sagte am Montag, die Lage sei ernst. "
     "Im Gebiet Kursk stünden rund 11.000 Nordkoreaner, sagte der Minister.", ["ukraine"]),
])
def test_der_minister_is_the_minister_named_before(text, expected):
    assert groups(text, "de") == expected


def test_a_head_noun_is_not_read_inside_a_longer_word():
    from claimtrack.attribution import _holds_head
    assert _holds_head("der verteidigungsminister", "minister")
    assert not _holds_head("das verteidigungsministerium", "minister")


def test_it_after_a_place_opening_a_clause_is_that_place():
    text = ("When Seoul first raised the alarm in October, it spoke of 1,500 North Korean special "
            "forces shipped to Vladivostok.")
    assert groups(text, "en") == ["south_korea"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Moskau bestätigte am Samstag den Einsatz. Zahlen lieferte tags darauf ein Sprecher des "
     "Verteidigungsministeriums: Einige tausend Nordkoreaner hätten teilgenommen.",
     date(2025, 3, 9)),
    ("en", "Moscow confirmed the deployment on Saturday. Two days later, a defence ministry "
     "spokesman said several thousand North Korean soldiers had taken part.", date(2025, 3, 10)),
    ("de", "Kiew meldete am 1. März Gefangene. Am Montag darauf legte der Geheimdienst in Seoul "
     "Zahlen vor: Rund 300 Nordkoreaner seien gefallen.", date(2025, 3, 3)),
    ("de", "Kiew meldete am Samstag, dem 1. März, Gefangene. Am folgenden Dienstag sprach der "
     "Geheimdienst in Seoul von 300 gefallenen Nordkoreanern.", date(2025, 3, 4)),
    ("en", "Kyiv reported prisoners on March 1. The following Monday, Seoul's spy agency said "
     "some 300 North Koreans had been killed.", date(2025, 3, 3)),
])
def test_days_later_count_on_from_the_day_before(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == (expected, "day")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Meldung kam am Montagabend aus Kiew: Ukrainische Truppen hätten erstmals gegen "
     "300 nordkoreanische Soldaten gekämpft. So schilderte es der ukrainische "
     "Verteidigungsminister Rustem Umjerow in einem Interview.", ["ukraine"]),
    ("de", "Die Truppen aus Pjöngjang seien zurückgezogen worden. So stellte es ein Sprecher der "
     "ukrainischen Spezialkräfte am Montag dar. Pjöngjang habe rund 12.000 Mann geschickt.",
     ["ukraine"]),
])
def test_so_schilderte_es_x_names_the_source_of_the_report_around_it(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korean troops are in Russia. The HUR agency gave a grimmer count in "
     "February: 600 North Korean soldiers dead.", (date(2025, 2, 28), "month")),
    ("de", "Nordkoreanische Soldaten sind in Russland. Der Militärgeheimdienst HUR legte im "
     "Februar eigene Zahlen vor: 600 nordkoreanische Soldaten seien gefallen.",
     (date(2025, 2, 28), "month")),
])
def test_a_date_between_the_source_and_the_colon_dates_what_follows(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1:][1:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korean troops are in Russia. Seoul has been silent since early January, when "
     "the NIS said 11,000 had been sent.", (date(2025, 1, 10), "month")),
    ("de", "Nordkoreanische Soldaten sind in Russland. Kiew schweigt seit Mitte Februar, als "
     "der HUR von 11.000 Soldaten sprach.", (date(2025, 2, 20), "month")),
])
def test_a_when_clause_opening_with_the_source_takes_the_date_it_hangs_on(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Am Montag meldete sich Kiew zu Wort. Aus Washington kamen am selben Tag neue "
     "Zahlen. Das Pentagon schätzt, dass 9.000 nordkoreanische Soldaten in Kursk sind. "
     "Weitere 2.000 seien unterwegs.", [date(2025, 3, 10)] * 2),
    ("en", "Washington released fresh figures on Monday. The Pentagon believes 9,000 North "
     "Korean soldiers are in Kursk.", [date(2025, 3, 10)]),
    # another side's announcement, or one with a figure of its own, does not date the claim
    ("en", "Kyiv released fresh figures on Monday. The Pentagon believes 9,000 North Korean "
     "soldiers are in Kursk.", [WEDNESDAY]),
])
def test_a_sentence_announcing_a_sides_figures_dates_them(lang, text, expected):
    assert [r[2] for r in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Botschafterin erinnerte an eine Schätzung der Nato vom Januar, wonach 8.000 "
     "nordkoreanische Soldaten in Kursk stünden.", ("nato", date(2025, 1, 31), "month")),
    ("de", "Er verwies auf eine Analyse des ukrainischen Militärgeheimdienstes aus dem Winter, "
     "der zufolge Pjöngjang 20.000 weitere Soldaten schicken könnte.",
     ("ukraine", date(2025, 2, 28), "month")),
    # `nach der` after no information noun opens no source
    ("de", "Generalsekretär Rutte sprach am Montag, nach der Sitzung, von 8.000 "
     "nordkoreanischen Soldaten.", ("nato", date(2025, 3, 10), "day")),
])
def test_an_estimate_cited_with_wonach_names_its_source_and_date(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the sentence before reports through a reference, so it opens no body for `the agency`,
    # and the reference inside what the legislators say is their report
    ("en", "The agency also thinks Pyongyang has trained 9,000 North Korean troops.\n\nThe "
     "legislators said the agency expects another rotation: Kim could dispatch up to 4,000 "
     "more before spring, they were told.", "south_korea"),
    ("en", "The Pentagon said the agency expects 6,000 more North Korean soldiers to be sent.",
     "united_states"),
])
def test_a_reference_reported_by_a_named_speaker_is_that_speakers_claim(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1] == expected


def test_a_title_does_not_count_as_a_name_word_when_a_pronoun_finds_the_persons_group():
    text = ("Adm. Samuel Okoro, who heads U.S. Indo-Pacific Command, testified on Monday. He "
            "put the number of North Korean soldiers in Russia at about 12,000.")
    assert claimants_and_dates(text, "en")[-1][1] == "united_states"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Seoul said 3,000 North Korean soldiers were back in Kursk after leaving the front "
     "in February.", (date(2025, 3, 12), "published")),
    ("de", "Seoul sagte, 3.000 nordkoreanische Soldaten seien wieder in Kursk, nachdem sie im "
     "Februar abgezogen worden waren.", (date(2025, 3, 12), "published")),
    # a statement's own gerund still dates it
    ("en", "The NIS, after briefing lawmakers on Monday, said 3,000 North Korean soldiers "
     "were in Kursk.", (date(2025, 3, 10), "day")),
])
def test_a_date_in_an_after_or_nachdem_clause_dates_the_event(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Rund 40 Delegationen waren am Montag nach Brüssel gekommen. Der Minister sprach nach "
     "der Sitzung vor Journalisten. Pjöngjang habe 12.000 Soldaten nach Russland geschickt, "
     "sagte der Nato-Generalsekretär.", (date(2025, 3, 10), "day")),
    ("en", "Dozens of envoys arrived in New York on Monday. After the session, the U.S. envoy "
     "spoke to reporters. She said 12,000 North Korean soldiers were in Russia.",
     (date(2025, 3, 10), "day")),
])
def test_a_session_without_a_date_takes_the_day_the_sentence_before_sets(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "South Korea's spy agency believes 3,000 North Korean soldiers have died, according "
     "to members of the National Assembly's intelligence committee who were briefed by the "
     "agency on Monday. It was the agency's first update in months.\n\nThe agency also said "
     "North Korea was preparing to send 4,000 more soldiers.", [date(2025, 3, 10)] * 2),
])
def test_a_sentence_carries_the_date_another_cue_of_its_side_gives(lang, text, expected):
    assert [r[2] for r in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkoreanische Soldaten kämpfen in Kursk. Die Nato hatte bereits im Februar eine "
     "Zwischenbilanz gezogen: 1.200 Tote und 3.000 Verwundete.",
     [("nato", date(2025, 2, 28))] * 2),
    ("de", "Das Pentagon kam nach einer langen Auswertung der Satellitenbilder am Montag zu dem "
     "Schluss, dass 9.000 nordkoreanische Soldaten in Kursk stehen.",
     [("united_states", date(2025, 3, 10))]),
])
def test_a_balance_drawn_or_a_conclusion_reached_names_the_source(lang, text, expected):
    assert [r[1:3] for r in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Reuters, citing South Korean intelligence, reported on Monday that 2,000 North "
     "Korean soldiers had been flown to Moscow.", ("south_korea", date(2025, 3, 10), "day")),
    ("de", "Die Agentur Yonhap meldete am Montag unter Berufung auf den Geheimdienst NIS, 2.000 "
     "nordkoreanische Soldaten seien nach Moskau geflogen worden.",
     ("south_korea", date(2025, 3, 10), "day")),
])
def test_a_cited_source_takes_the_day_of_the_citers_report(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Als im Januar erste Videos aus Kursk auftauchten, schätzte die Nato die Zahl der "
     "nordkoreanischen Soldaten auf 8.000.", ("nato", date(2025, 1, 31), "month")),
    ("en", "When the first videos surfaced in January, NATO put the number of North Korean "
     "soldiers at 8,000.", ("nato", date(2025, 1, 31), "month")),
])
def test_a_when_clause_opening_the_sentence_dates_the_statement_after_it(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a relative clause that reports (Bilanz zog) dates the statement
    ("de", "Laut der Nato, die im Januar in Brüssel Bilanz zog, sind 11.000 nordkoreanische "
     "Soldaten in Russland.", ("nato", date(2025, 1, 31), "month")),
    # `legte … nach`: the agency followed up on that day
    ("de", "Der Geheimdienst NIS meldete im Februar 1.000 nordkoreanische Soldaten in "
     "Russland. Am 3. März legte die Behörde nach: 2.000 weitere seien gefolgt.",
     ("south_korea", date(2025, 3, 3), "day")),
    # a short surname (Wi) finds the fuller mention with its title
    ("en", "South Korea's national security adviser Wi Seong-rak spoke to reporters. About "
     "10,000 North Korean troops were still in Kursk, Wi said.",
     ("south_korea", date(2025, 3, 12), "published")),
    # a researcher at an institute in a capital does not speak for its government
    ("en", "Kim Ha-neul, a researcher at the Institute for Peninsula Studies in Seoul, spoke "
     "first. About 10,000 North Korean troops are still in Kursk, Kim Ha-neul said.",
     ("other", date(2025, 3, 12), "published")),
])
def test_reporting_relatives_follow_ups_short_names_and_institutes(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Pjöngjang schicke 5.000 weitere Soldaten, sagte Mark Rutte, Generalsekretär der Nato, "
     "am Dienstag in Brüssel.", ("nato", date(2025, 3, 11), "day")),
    ("en", "Pyongyang will send 5,000 more soldiers, said Mark Rutte, NATO's secretary-general, "
     "on Tuesday.", ("nato", date(2025, 3, 11), "day")),
])
def test_a_date_right_after_the_speakers_apposition_dates_the_statement(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Japan's defence minister Gen Nakatani spoke on Monday about North Korea. According "
     "to him, some 10,000 North Korean troops are still in Kursk.",
     ("other", date(2025, 3, 10), "day")),
    ("de", "Nato-Generalsekretär Mark Rutte äußerte sich am Montag. Laut ihm stehen 10.000 "
     "nordkoreanische Soldaten in Kursk.", ("nato", date(2025, 3, 10), "day")),
])
def test_according_to_him_refers_to_the_speaker_before(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "About 500 North Koreans have been killed, according to Kim Byung-kee, a member of "
     "the intelligence committee, who was briefed by the NIS on Monday.", "south_korea"),
    ("de", "Rund 500 Nordkoreaner seien getötet worden, sagte Kim Byung-kee, Mitglied im "
     "Geheimdienstausschuss, nach einer Unterrichtung durch den NIS.", "south_korea"),
])
def test_a_lawmaker_described_after_the_name_speaks_for_the_briefing_service(lang, text,
                                                                             expected):
    assert claimants_and_dates(text, lang)[-1][1] == expected


def test_a_pronoun_after_reported_subjunctive_speech_is_not_a_name_inside_it():
    text = ("Der Kieler Forscher Jan Berg sprach am Montag von einer Zäsur. Kim könne bis zu "
            "15.000 zusätzliche Soldaten schicken, sagte er unserem Sender.")
    assert claimants_and_dates(text, "de")[-1][1] == "other"


def test_a_pronoun_finds_a_surname_opening_the_sentence_before_given_earlier_in_full():
    text = ("Auf dem Podium saß Johanna Kessler, die lange für die OSZE gearbeitet hat.\n\n"
            "Kessler begann mit einer Zahl. Nordkorea habe 11.000 Soldaten nach Russland "
            "geschickt, sagte sie.")
    assert claimants_and_dates(text, "de")[-1][1] == "other"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Sergej Lawrow landete am Dienstag in Pjöngjang. Nach dem Gespräch mit Kim Jong Un "
     "sagte er, Pjöngjang stelle 1000 Pioniere für das Gebiet Kursk bereit."),
    ("de", "Sergej Lawrow landete am Dienstag in Pjöngjang. Kim schicke 1.000 Pioniere ins "
     "Gebiet Kursk, sagte er danach."),
    ("en", "Sergei Lavrov landed in Pyongyang on Tuesday. After talks with Kim Jong Un he said "
     "Pyongyang would provide 1,000 North Korean sappers for the Kursk region."),
])
def test_he_is_not_a_name_after_a_preposition_or_inside_what_he_reports(lang, text):
    assert claimants_and_dates(text, lang)[-1][1] == "russia"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Eine frühere Diplomatin spricht im Rathaus über Kim Jong Uns Armee. Sie schätzt die "
     "Zahl der Soldaten in Russland auf 11.000."),
    ("en", "A retired colonel spoke at the library about Vladimir Putin's war. He put the number "
     "of North Korean soldiers in Russia at 11,000."),
])
def test_a_pronoun_finds_the_person_the_sentence_before_opens_with_by_role(lang, text):
    assert claimants_and_dates(text, lang)[-1][1] == "other"


def test_a_pronoun_reaches_back_across_quotes_and_reported_speech_to_the_person():
    text = ("Klaus Wendland, ein früherer Diplomat, sprach im Rathaus. „Die Armee ist das "
            "Volk.“ Der Norden habe eine Million Menschen unter Waffen. Er hält es für möglich, "
            "dass Pjöngjang 50.000 nordkoreanische Soldaten nach Russland schickt.")
    assert claimants_and_dates(text, "de")[-1][1] == "other"


@pytest.mark.parametrize("text", [
    "Der Historiker Jan Pohl sprach im Gemeindesaal. Für Putin sei das ein gutes Geschäft. Er "
    "rechne damit, dass noch 6.000 nordkoreanische Soldaten nach Russland kommen.",
    "Die Ökonomin Vera Lind sprach am Abend. Kim habe schon 12.000 Mann geschickt, weil er "
    "Devisen brauche. Sie hält es für möglich, dass 6.000 nordkoreanische Soldaten folgen.",
])
def test_a_name_in_reported_speech_is_what_the_speaker_talked_about_not_the_speaker(text):
    assert claimants_and_dates(text, "de")[-1][1] == "other"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My uncle left Wonsan in 1951 and is 88 now. He reads every report about the soldiers "
     "Kim has sent and keeps them in a folder. He reckons 50,000 North Koreans could follow."),
    ("de", "Mein Onkel kam 1951 aus Wonsan und ist heute 88 Jahre alt. Er liest jeden Bericht "
     "über die Soldaten, die Kim geschickt hat. Er glaubt, dass 50.000 Nordkoreaner folgen "
     "könnten."),
])
def test_a_name_inside_a_sentence_opened_by_he_or_she_is_not_whom_the_pronoun_means(lang, text):
    assert groups(text, lang) == ["other"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Budanow sagte am Mittwoch, Pjöngjang schicke Soldaten.\n\nIm Chor singt Ha-eun, "
     "Pflegerin aus Gwangju, seit einem Jahr. „Es sind 20.000 Nordkoreaner“, sagt sie."),
    ("en", "Budanov said on Wednesday that Pyongyang was sending troops.\n\nIn our choir sings "
     "Ha-eun, a nurse from Gwangju. \"It is 20,000 North Koreans,\" she says."),
])
def test_a_person_introduced_by_name_trade_and_home_town_is_whom_she_means(lang, text):
    assert groups(text, lang)[-1] == "other"


@pytest.mark.parametrize("noun", ["Eindruck", "Erwartung", "Befürchtung"])
def test_nach_seinem_eindruck_refers_to_the_person_before(noun):
    det = "seinem" if noun == "Eindruck" else "seiner"
    text = (f"Der Oberst Klaus Berg sprach am Montag im Saal. Nach {det} {noun} kämpfen "
            "derzeit 10.000 Nordkoreaner an der Front.")
    assert claim_rows(text, "de", WEDNESDAY)[-1]["claimant"] == "Der Oberst Klaus Berg"


def test_so_die_erwartung_des_dienstes_refers_to_the_service_before():
    text = ("Der NIS sprach am Montag von 3.000 nordkoreanischen Soldaten. Bis Dezember, so die "
            "Erwartung des Dienstes, werde Kim rund 10.000 Soldaten entsandt haben.")
    assert groups(text, "de") == ["south_korea", "south_korea"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Das Pentagon sprach am Montag von 11.000 Nordkoreanern in Russland. Wir denken in "
     "diesen Tagen an die Tausenden jungen Nordkoreaner in den Gräben bei Kursk."),
    ("de", "Kiew meldete am Montag 11.000 Nordkoreaner in Kursk. Beim Wandern mag man nicht "
     "daran denken, dass Tausende junge Nordkoreaner dort im Schlamm liegen."),
    ("en", "The Pentagon said on Monday that 11,000 North Koreans were in Russia. Whatever the "
     "true count, thousands of young North Koreans will spend the winter in trenches."),
    ("en", "Kyiv said on Monday that 11,000 North Koreans were in Kursk. At every meeting we "
     "think of the thousands of young North Koreans sent to a war that is not theirs."),
])
def test_the_writers_own_thoughts_of_the_troops_carry_no_earlier_claimant(lang, text):
    assert groups(text, lang)[-1] == "unattributed"


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Russia's TASS news agency reported on Wednesday that about 1,000 North Korean "
     "deminers were at work in Kursk.", "russia"),
    ("de", "Laut der russischen Agentur Tass räumen derzeit 1.000 nordkoreanische Pioniere "
     "Minen.", "russia"),
    ("en", "Interfax reported that 1,000 North Korean deminers were at work in Kursk.", "other"),
])
def test_russias_state_news_agencies_speak_for_russia(lang, text, group):
    assert groups(text, lang) == [group]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "On Monday the regatta drew 40 boats. Cha Min-ho, 58, a pharmacist born in Daegu, "
     "drummed for a team on Monday. He puts the number of North Koreans sent to Russia at close "
     "to 15,000.", (date(2025, 3, 12), "published")),
    ("de", "Am Montag kamen 40 Boote. Jeon Hye-rim, 51, Zahnärztin aus Sokcho, saß am Montag zum "
     "ersten Mal im Schlitten. Sie hält es für möglich, dass Pjöngjang 8.000 weitere "
     "nordkoreanische Soldaten schickt.", (date(2025, 3, 12), "published")),
    ("en", "On Monday Mr Han, 70, gave a short talk in the hall. He expects 5,000 more North "
     "Korean soldiers before winter.", (date(2025, 3, 10), "day")),
])
def test_a_belief_of_a_person_introduced_not_heard_speaking_is_held_at_publication(
        lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


def test_a_person_opening_a_sentence_of_his_own_before_reported_speech_is_the_speaker():
    text = ("Die Ministerin Eva Kranz sprach im Saal. Oberst Pichler hat keinen Zweifel: Die "
            "Einheiten seien verheizt worden. Nach seiner Schätzung sind 4.000 Nordkoreaner "
            "gefallen.")
    assert claim_rows(text, "de", WEDNESDAY)[-1]["claimant"] == "Oberst Pichler"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "About 15,000 North Korean soldiers were sent, according to the NIS, which updated "
     "its estimate in early February.", (date(2025, 2, 10), "month")),
    ("de", "Pjöngjang könne 30.000 weitere Soldaten schicken, sagte HUR-Chef Budanow in einem "
     "Interview, das am Dienstag erschien.", (date(2025, 3, 11), "day")),
    ("de", "Laut einem Sprecher des Pentagons, der am Montag in Washington vor die Presse trat, "
     "sind 12.000 Nordkoreaner in Russland.", (date(2025, 3, 10), "day")),
    ("de", "Nach Einschätzung des Geheimdienstes, die am Montag Abgeordneten vorgetragen wurde, "
     "sind 600 Nordkoreaner gefallen.", (date(2025, 3, 10), "day")),
    ("en", "About 12,000 North Koreans are in Russia, according to the NIS director, who "
     "testified before lawmakers on Monday.", (date(2025, 3, 10), "day")),
])
def test_a_relative_clause_that_updates_or_publishes_dates_the_statement(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Politologin Anna Berg sprach im September von 2.000 Toten. „Inzwischen würde "
     "ich von mindestens 3.000 nordkoreanischen Toten ausgehen“, sagt sie."),
    ("en", "The analyst Anna Berg spoke of 2,000 dead in September. \"By now at least 3,000 "
     "North Korean soldiers have died,\" she says."),
])
def test_she_says_now_takes_no_earlier_date_of_the_same_speaker(lang, text):
    assert claimants_and_dates(text, lang)[-1][2:] == (WEDNESDAY, "published")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Washington says the troops were sent illegally.\n\nUkraine's envoy in Nairobi, in an "
     "interview on Tuesday, rejected that view. Pyongyang, he said, had sent 3,000 North Korean "
     "soldiers to the front.", "ukraine"),
    ("de", "Die USA sprechen von einem Bruch des Völkerrechts. Kiews Botschafter in Berlin wies "
     "das zurück. Pjöngjang habe 3.000 Soldaten geschickt, sagte er.", "ukraine"),
])
def test_a_pronoun_finds_a_role_opened_by_a_possessive_place(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][1] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Pentagon said the fresh troops arrived in January, taking the total of North "
     "Korean soldiers sent to more than 14,000.", (WEDNESDAY, "published")),
    # the month of a statement still dates it
    ("en", "The Pentagon said in January that more than 14,000 North Korean soldiers had been "
     "sent.", (date(2025, 1, 31), "month")),
])
def test_a_month_right_after_an_arrival_verb_dates_the_arrival(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der NIS gehe davon aus, dass Pjöngjang etwa 15.000 Soldaten nach Russland geschickt "
     "habe; diese Einschätzung hatte der Dienst im Februar öffentlich gemacht.",
     (date(2025, 2, 28), "month")),
    ("en", "The NIS believes about 15,000 North Korean soldiers were sent to Russia; this was "
     "the figure it gave lawmakers on Monday.", (date(2025, 3, 10), "day")),
])
def test_a_clause_after_a_semicolon_referring_back_dates_the_statement(lang, text, expected):
    assert claimants_and_dates(text, lang)[-1][2:] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "About 4,000 of those North Korean troops have been killed or wounded, Gen. Marcus "
     "Whitfield told senators."),
    ("en", "Adm. Ann Rowe testified before the Senate Armed Services Committee that 3,000 North "
     "Korean troops had arrived."),
])
def test_a_person_telling_a_us_legislature_speaks_for_the_united_states(lang, text):
    assert claimants_and_dates(text, lang)[-1][1] == "united_states"


@pytest.mark.parametrize("text", [
    "Das Verteidigungsministerium in Kiew hat am Montag die Botschafter der EU über die Lage "
    "informiert. Demnach sind inzwischen 9.000 nordkoreanische Soldaten an der Front.",
    "Das Verteidigungsministerium in Kiew hat am Montag Abgeordnete über die Lage unterrichtet. "
    "Demnach sind inzwischen 9.000 nordkoreanische Soldaten an der Front.",
])
def test_a_briefing_in_the_perfect_gives_the_next_sentence_its_source_and_day(text):
    rows = claim_rows(text, "de", date(2025, 3, 12))
    assert [(r["claimant_group"], str(r["claim_date"])) for r in rows] == [
        ("ukraine", "2025-03-10")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Aigerim Bekova, a historian at a university in Almaty, has followed the war since it "
     "began. She has read every Russian casualty list. By her reckoning about 14,000 North "
     "Korean soldiers have fought in Russia, among them the builders that Moscow announced in "
     "June."),
    ("de", "Die Historikerin Aigerim Bekowa aus Almaty verfolgt den Krieg seit Beginn. Seit dem "
     "Frühjahr hat sie jede russische Verlustliste gelesen. Nach ihrer Rechnung haben rund "
     "14.000 nordkoreanische Soldaten in Russland gekämpft, darunter die Bautrupps, die Moskau "
     "im Juni angekündigt hatte."),
])
def test_a_possessive_reckoning_refers_back_past_a_pronoun_sentence(lang, text):
    rows = claim_rows(text, lang, date(2025, 9, 3))
    assert [(r["claimant"], r["claimant_group"]) for r in rows] == [
        (r["claimant"], "other") for r in rows] and len(rows) == 1
    assert "Bekov" in rows[0]["claimant"].replace("Bekow", "Bekov")
    assert rows[0]["claim_date_precision"] == "published"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Dr Amara Osei, a political scientist in Accra, doubts the official figures. “I would "
     "say 3,000 North Korean soldiers have died, because Seoul only counts what it can "
     "verify,” he said."),
    ("de", "Der Politologe Amara Osei aus Accra zweifelt an den amtlichen Zahlen. „Ich gehe von "
     "3.000 toten nordkoreanischen Soldaten aus, weil Seoul nur zählt, was es prüfen kann“, "
     "sagte er."),
])
def test_a_name_inside_the_quote_is_not_the_he_who_said_it(lang, text):
    rows = claim_rows(text, lang, date(2025, 9, 3))
    assert [r["claimant_group"] for r in rows] == ["other"]
    assert "Osei" in rows[0]["claimant"]


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("de", "Nach einer Schätzung des ukrainischen Militärgeheimdienstes, die Abgeordnete Mitte "
     "Februar in Kiew wiedergaben, stehen 9.000 nordkoreanische Soldaten an der Front.",
     "2025-02-20"),
    ("de", "Kiews Verteidigungsministerium gab am Montag die neuesten Zahlen wieder: 9.000 "
     "nordkoreanische Soldaten stünden an der Front.", "2025-03-10"),
    ("en", "According to an estimate by Ukraine's military intelligence, which lawmakers were "
     "briefed on in mid-February, 9,000 North Korean soldiers are at the front.", "2025-02-20"),
])
def test_a_relative_clause_or_verb_that_relays_an_estimate_dates_it(lang, text, day):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [(r["claimant_group"], str(r["claim_date"])) for r in rows] == [("ukraine", day)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Der ukrainische Militärgeheimdienst hat Anfang März eine neue Lageeinschätzung vorgelegt. "
     "Danach stehen rund 9.000 nordkoreanische Soldaten an der Front.",
     [("ukraine", "2025-03-10")]),
    # `danach` inside a sentence is `afterwards`, no continuation
    ("Der Zug fuhr ab. Zwei Tage danach kamen 9.000 nordkoreanische Soldaten in Kursk an.",
     [("unattributed", "2025-03-12")]),
])
def test_danach_opening_a_sentence_continues_the_report_before(text, expected):
    rows = claim_rows(text, "de", date(2025, 3, 12))
    assert [(r["claimant_group"], str(r["claim_date"])) for r in rows] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Für Kapitänin Ilse Marquardt, die in Kiel über Seewege forscht, passt das ins Bild. "
     "„Ein Frachter nimmt leicht eine Kompanie auf“, sagt sie. Nach ihrer Rechnung sind auf "
     "dem Seeweg bisher rund 5.000 nordkoreanische Soldaten nach Russland gelangt."),
    ("en", "For Captain Ilse Marquardt, who studies shipping routes in Kiel, it all fits. "
     "\"A freighter easily takes a company on board,\" she says. By her reckoning some 5,000 "
     "North Korean soldiers have reached Russia by sea."),
])
def test_a_person_opening_a_sentence_after_fuer_is_whom_a_pronoun_means(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [(r["claimant"], r["claimant_group"]) for r in rows] == [
        ("Kapitänin Ilse Marquardt" if lang == "de" else "Captain Ilse Marquardt", "other")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mitte Februar hatte das Pentagon an der Grenze erst 6.000 nordkoreanische Soldaten "
     "gezählt.", [("united_states", "2025-02-20")]),
    ("Etwa 6.000 nordkoreanische Soldaten stehen nach einer Mitteilung des Pentagons vom "
     "Montag an der Grenze.", [("united_states", "2025-03-10")]),
    ("Etwa 6.000 nordkoreanische Soldaten stehen nach einer Erklärung des Pentagons an der "
     "Grenze.", [("united_states", "2025-03-12")]),
])
def test_gezaehlt_and_nach_einer_mitteilung_name_the_source(text, expected):
    rows = claim_rows(text, "de", date(2025, 3, 12))
    assert [(r["claimant_group"], str(r["claim_date"])) for r in rows] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lowercase possessive refers back to the agency named before
    ("Ukraine's military intelligence agency briefed diplomats on Monday. By the agency's "
     "estimate, 9,000 North Korean soldiers are at the front.", [("ukraine", "2025-03-10")]),
    ("The Pentagon spoke on Monday. In the ministry’s latest count, 9,000 North Korean "
     "soldiers are at the front.", [("united_states", "2025-03-10")]),
    # the possessor is `the agency`, not `a sharp rise from the agency`; the earlier
    # estimate's month does not date the current figure
    ("According to a lawmaker, the NIS now puts the North Korean dead at about 2,000, a sharp "
     "rise from the agency's previous estimate of 600 North Korean soldiers killed in "
     "January.", [("south_korea", "2025-03-12"), ("south_korea", None)]),
])
def test_a_lowercase_possessive_refers_back_and_an_earlier_estimate_keeps_its_date(
        text, expected):
    rows = claim_rows(text, "en", date(2025, 3, 12))
    got = [(r["claimant_group"], str(r["claim_date"])) for r in rows]
    assert got == [(g, d or got[i][1]) for i, (g, d) in enumerate(expected)]


@pytest.mark.parametrize(("lang", "text", "group"), [
    ("en", "Russia's ambassador to Kenya has defended the deployment. Speaking at the embassy "
     "on Monday, Ambassador Ivan Petrov said 6,000 North Korean soldiers were in Kursk.",
     "russia"),
    ("de", "Der russische Botschafter in Wien hat den Einsatz verteidigt. Vor Journalisten "
     "sagte Botschafter Iwan Petrow am Montag, 6.000 nordkoreanische Bausoldaten seien in "
     "Kursk.", "russia"),
    # a title with no country before stays `other`
    ("en", "An ambassador spoke at the university. Speaking on Monday, Ambassador Ivan Petrov "
     "said 6,000 North Korean soldiers were in Kursk.", "other"),
])
def test_a_title_takes_the_country_an_earlier_sentence_gives_it(lang, text, group):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == [group]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Pentagon informed senators in Washington last month that 9,000 North Korean "
     "soldiers were at the front.", [("united_states", "2025-02-28")]),
    ("de", "Das Pentagon meinte am Montag, 9.000 nordkoreanische Soldaten stünden an der Front.",
     [("united_states", "2025-03-10")]),
])
def test_informed_and_meinte_are_reporting_verbs(lang, text, expected):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [(r["claimant_group"], str(r["claim_date"])) for r in rows] == expected


@pytest.mark.parametrize(("lang", "text", "groups"), [
    ("en", "The Pentagon said on Monday that 11,000 North Korean soldiers were in Kursk. Deaths "
     "alone are thought to number around 400 North Korean soldiers.",
     ["united_states", "united_states"]),
    ("de", "Das Pentagon nannte am Montag 11.000 nordkoreanische Soldaten in Kursk. Allein die "
     "Zahl der Toten liegt bei rund 400 nordkoreanischen Soldaten.",
     ["united_states", "united_states"]),
    # a new paragraph, or a sum the outlet draws itself, is not the report before
    ("en", "The Pentagon said on Monday that 11,000 North Korean soldiers were in Kursk.\n\n"
     "Deaths alone are thought to number around 400 North Korean soldiers.",
     ["united_states", "unattributed"]),
    ("en", "The Pentagon said on Monday that 11,000 North Korean soldiers were in Kursk. "
     "Together with the builders, some 16,000 North Korean soldiers have gone.",
     ["united_states", "unattributed"]),
])
def test_an_unsourced_figure_right_after_a_report_in_its_paragraph_is_that_report(
        lang, text, groups):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == groups


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine's military intelligence agency said on Monday that the troops had pulled "
     "back. Its spokesman Oleh Marchuk told reporters that 4,000 North Korean soldiers had "
     "been killed or wounded."),
    ("de", "Der ukrainische Militärgeheimdienst erklärte am Montag, die Truppen seien "
     "abgezogen. Sein Sprecher Oleh Martschuk sagte, 4.000 nordkoreanische Soldaten seien "
     "getötet oder verwundet worden."),
])
def test_its_spokesman_speaks_for_the_body_named_before(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["ukraine"]


@pytest.mark.parametrize("text", [
    "Am Morgen hat dann das Pentagon nachgelegt. Nach dessen Erkenntnissen sind bisher rund "
    "300 nordkoreanische Soldaten ums Leben gekommen.",
    "Am Morgen legte das Pentagon nach. Nach dessen Angaben sind bisher rund 300 "
    "nordkoreanische Soldaten ums Leben gekommen.",
])
def test_nach_dessen_erkenntnissen_refers_back_to_the_body(text):
    rows = claim_rows(text, "de", date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["united_states"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia has stopped hiding the help. Its ambassador in Minsk, Pavel Orlov, said that "
     "about 1,000 North Korean soldiers were at work in Kursk."),
    ("de", "Russland versteckt die Hilfe nicht mehr. Sein Botschafter in Minsk, Pawel Orlow, "
     "sagte, rund 1.000 nordkoreanische Soldaten seien in Kursk im Einsatz."),
])
def test_its_ambassador_after_a_sentence_opening_with_a_country_speaks_for_it(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["russia"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Professor Ian Gray teaches at a college in Port Louis. Kim, he says, could send "
     "between 10,000 and 20,000 more North Korean soldiers if Moscow keeps paying."),
    ("de", "Professor Ian Gray lehrt an einer Hochschule in Port Louis. Kim, sagt er, könne "
     "noch 10.000 bis 20.000 nordkoreanische Soldaten schicken."),
])
def test_a_name_before_a_parenthetical_he_says_is_what_he_says(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["other"]
    assert "Gray" in rows[0]["claimant"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der russische Sicherheitsratschef reiste nach Pjöngjang. Nach seinem Treffen mit "
     "Machthaber Kim Jong Un verkündete er, Pjöngjang werde 6.000 Soldaten schicken."),
    ("en", "Russia's security council secretary travelled to Pyongyang. After his talks with "
     "leader Kim Jong Un he announced that Pyongyang would send 6,000 soldiers."),
])
def test_a_name_after_a_preposition_and_a_title_is_not_the_pronouns_person(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["russia"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Das Pentagon hat neue Zahlen. Rund 4.700 nordkoreanische Soldaten seien getötet oder "
     "verwundet worden, erklärte die Behörde Ende Februar vor Abgeordneten."),
    ("en", "The Pentagon has new figures. Some 4,700 North Korean soldiers have been killed or "
     "wounded, said the department in late February."),
])
def test_a_month_right_after_an_inverted_back_reference_dates_the_claim(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [(r["claimant_group"], r["claim_date_precision"]) for r in rows] == [
        ("united_states", "month")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Dr Fiona MacLeod, a defence analyst in Inverness, told the paper that Pyongyang "
     "would not stop. \"Kim needs the money,\" she said. \"He could commit as many as 50,000 "
     "North Korean soldiers.\""),
    ("de", "Rainer Schmeer, Oberst a. D. aus Homburg, hält das für folgerichtig. Pjöngjang werde "
     "die Ausfälle mit 3.000 bis 4.000 frischen nordkoreanischen Soldaten ersetzen, meint er."),
])
def test_a_person_described_by_an_apposition_is_whom_the_pronoun_means(lang, text):
    """The person's name before the apposition; `meint er` a reporting cue."""
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["other"]
    assert rows[0]["claimant"].split(",")[0].split()[-1] in ("MacLeod", "Schmeer")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Retired navy commander Ewan Bruce, who now keeps bees on Unst, expects the numbers "
     "to grow. “Pyongyang has nothing else to sell,” he said. “I’d be surprised if we don’t "
     "see another 5,000 North Korean soldiers by the spring.”"),
    ("de", "Der pensionierte Oberst Ruedi Gasser hält die Zahlen für plausibel. «Kim braucht "
     "Devisen», sagt er. «Ich gehe davon aus, dass bis im Sommer nochmals 5000 "
     "nordkoreanische Soldaten nach Russland kommen.»"),
])
def test_a_quote_after_a_pronouns_quote_is_the_person_named_before(lang, text):
    """`X expects … . "…," he said. "I'd be surprised if …"`: X, named as the speaker."""
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["other"]
    assert rows[0]["claimant"].split()[-1] in ("Bruce", "Gasser")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Antony Blinken said on Monday that 11,000 North Korean soldiers were in Kursk. "
     "Pyongyang had also shipped shells, he said. Ukraine's foreign minister, Andrii Sybiha, "
     "went further when he spoke to reporters on Tuesday. At least 12,000 North Korean "
     "soldiers were deployed near the border, he said."),
    ("de", "Antony Blinken sagte am Montag, 11.000 nordkoreanische Soldaten seien in Kursk. "
     "Pjöngjang habe auch Granaten geliefert, sagte er. Der ukrainische Außenminister Andrij "
     "Sybiha ging weiter, als er am Dienstag vor Journalisten sprach. Mindestens 12.000 "
     "nordkoreanische Soldaten seien an der Grenze, sagte er."),
])
def test_a_pronoun_named_earlier_in_its_own_sentence_is_carried_as_that_person(lang, text):
    """`X went further when he spoke …`: `he` is X, not the speaker of the sentence before."""
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["united_states", "ukraine"]
    assert rows[1]["claim_date"] == date(2025, 3, 11)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "About 10,000 North Korean soldiers guard the border, South Korea's intelligence "
     "service told lawmakers on Tuesday. A further 5,000 North Korean soldiers are being "
     "moved into Russia in stages, it said."),
    ("de", "Rund 10.000 nordkoreanische Soldaten bewachen die Grenze, sagte der südkoreanische "
     "Geheimdienst am Dienstag. Weitere 5.000 nordkoreanische Bausoldaten würden nach "
     "Russland verlegt, teilte er mit."),
])
def test_it_said_after_a_report_is_not_a_place_named_in_the_report(lang, text):
    """`… moved into Russia, it said`: `it` is the service named before, not Russia."""
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["south_korea", "south_korea"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea has lost around 2,000 soldiers killed in Russia, South Korea's "
     "intelligence service has said. The agency gave the estimate to lawmakers in Seoul on "
     "Monday, according to members of the intelligence committee.", date(2025, 3, 10)),
    ("en", "Pyongyang has now lost about 2,000 soldiers killed in Russia, Seoul's intelligence "
     "service estimates. Lawmakers passed that estimate on to reporters on Monday, the "
     "agency said.", date(2025, 3, 10)),
    ("de", "Nordkorea hat rund 2.000 Soldaten in Russland verloren, schätzt der südkoreanische "
     "Geheimdienst. Der Dienst unterrichtete die Abgeordneten am Montag.", date(2025, 3, 10)),
    ("en", "Around 2,000 North Korean soldiers have now died in Russia's war, by the estimate "
     "of South Korea's intelligence service. The agency briefed lawmakers on Monday, "
     "according to members of the committee.", date(2025, 3, 10)),
    ("de", "Rund 2.000 nordkoreanische Soldaten sind laut dem südkoreanischen Geheimdienst "
     "gefallen. Der Dienst unterrichtete die Abgeordneten am Montag.", date(2025, 3, 10)),
    # an earlier statement in the pluperfect does not date the present one
    ("de", "Der ukrainische Militärgeheimdienst schätzt, dass 12.000 nordkoreanische Soldaten in "
     "Russland sind. Im Frühjahr hatte der ukrainische Generalstab am 3. März noch von "
     "einigen tausend gesprochen.", date(2025, 3, 12)),
])
def test_a_claim_in_the_present_takes_the_date_the_next_sentence_gives_its_side(
        lang, text, expected):
    """Past the lead too (after a headline, a byline and an opening sentence)."""
    intro = {"en": "A toll rises in Kursk\n\nBy Ann Lee\n\nThe war goes on.\n\n",
             "de": "Die Verluste steigen\n\nVon Anna Lee\n\nDer Krieg geht weiter.\n\n"}
    rows = claim_rows(intro[lang] + text, lang, date(2025, 3, 12))
    assert rows[0]["claim_date"] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Rund 300 nordkoreanische Soldaten seien gefallen, berichtete der Abgeordnete Park "
     "Min-ho am Montag. Er gab damit wieder, was der Geheimdienst dem Ausschuss vorgetragen "
     "hatte."),
    ("en", "About 300 North Korean soldiers have been killed, lawmaker Park Min-ho told "
     "reporters on Monday. He was relaying what the spy agency had told the committee."),
])
def test_a_lawmaker_passing_on_a_briefing_named_right_after_speaks_for_its_service(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["south_korea"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Friday, North Korean state television showed Kim Jong Un at a memorial in "
     "Pyongyang. The broadcast showed the portraits of 120 soldiers it said had fallen in "
     "Kursk."),
    ("en", "North Korean state television aired a ceremony on Friday in which Kim Jong Un "
     "handed out medals to 120 families of soldiers who, the announcer said, had died in "
     "Kursk."),
    ("de", "Das nordkoreanische Staatsfernsehen zeigte am Freitag Machthaber Kim Jong Un bei "
     "einer Gedenkfeier. Der Sender sprach von 120 Soldaten, die in Kursk gefallen seien."),
])
def test_a_broadcast_named_by_what_it_is_speaks_for_the_state_media_before(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["north_korea"]


def test_a_broadcast_with_no_state_media_before_is_no_state():
    text = ("The BBC sent a crew to Kursk. The broadcast showed 120 North Korean soldiers "
            "killed near Sudzha.")
    rows = claim_rows(text, "en", date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["other"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Etwa 10.000 nordkoreanische Soldaten seien in Kursk, sagte Pentagon-Sprecher Pat Ryder "
     "am Montag in Washington. Insgesamt hielten sich 11.000 bis 12.000 Nordkoreaner in Russland "
     "auf."),
    ("en", "About 10,000 North Korean soldiers are in Kursk, Pentagon spokesman Pat Ryder said on "
     "Monday. Deaths alone are thought to number around 400 North Korean soldiers."),
])
def test_a_figure_with_no_source_after_a_report_takes_its_source_and_its_date(lang, text):
    intro = {"en": "A toll rises in Kursk\n\nBy Ann Lee\n\nThe war goes on.\n\n",
             "de": "Die Verluste steigen\n\nVon Anna Lee\n\nDer Krieg geht weiter.\n\n"}
    rows = claim_rows(intro[lang] + text, lang, date(2025, 3, 12))
    assert [(r["claimant_group"], r["claim_date"]) for r in rows][-1] == (
        "united_states", date(2025, 3, 10))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der pensionierte Oberst Johann Pichler sprach am Freitag im Volksheim. Es kamen viele "
     "Zuhörer. Pichler, 67, war in den Neunzigern auf den Golanhöhen stationiert. Er hält es für "
     "wahrscheinlich, dass Nordkorea bis zu 20.000 Soldaten zusätzlich schickt."),
    ("en", "Retired colonel John Pickering spoke on Friday at the village hall. Many came. "
     "Pickering, 67, served on the Golan Heights in the 1990s. He reckons North Korea will send "
     "up to 20,000 more soldiers."),
])
def test_a_surname_with_its_age_opening_a_sentence_is_whom_the_pronoun_means(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [(r["claimant"], r["claimant_group"]) for r in rows] == [("Pichler" if lang == "de"
                                                                     else "Pickering", "other")]


def test_a_surname_reaches_back_to_its_full_name_far_before():
    filler = " ".join(f"Am Tag {n} regnete es in Büdingen." for n in range(1, 16))
    text = (f"Darnell Whitfield lebt seit 1989 in Büdingen. {filler} Whitfield kam 1984 mit einer "
            "Panzereinheit in die Kaserne. Er rechnet damit, dass am Ende 20.000 Nordkoreaner "
            "in Russland eingesetzt werden.")
    rows = claim_rows(text, "de", date(2025, 3, 12))
    assert [(r["claimant"], r["claimant_group"]) for r in rows] == [("Whitfield", "other")]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "President Volodymyr Zelensky said on Monday that 11,000 North Korean soldiers were in "
     "Kursk. Our member Sahr Komba, who teaches history in Koidu, has followed the story for "
     "months. He reckons at least 15,000 North Korean soldiers have gone to Russia.",
     "Sahr Komba"),
    ("de", "Präsident Wolodymyr Selenskyj sagte am Montag, 11.000 nordkoreanische Soldaten seien "
     "in Kursk. Unsere Leserin Anna Berg, die in Jena Geschichte lehrt, verfolgt die Lage seit "
     "Monaten. Sie rechnet damit, dass 15.000 nordkoreanische Soldaten in Russland sind.",
     "Anna Berg"),
])
def test_a_person_introduced_with_a_relative_clause_is_whom_the_pronoun_means(lang, text, name):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert name in rows[-1]["claimant"] and rows[-1]["claimant_group"] == "other"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Am Montag sprach Major Hans Amstutz in Stans. «Ich gehe davon aus, dass im Raum Kursk "
     "heute noch 10'000 Nordkoreaner stehen», sagte der Major.", date(2025, 3, 10)),
    ("en", "Major Hans Amstutz spoke in Stans on Monday. \"I think 10,000 North Koreans are still "
     "in Kursk today,\" the major said.", date(2025, 3, 10)),
    ("de", "Sergei Schoigu, einst Verteidigungsminister und heute Sicherheitsberater, verkündete, "
     "Nordkorea werde 6.000 Soldaten schicken.", date(2025, 3, 12)),
])
def test_today_in_a_quote_or_set_against_a_past_is_not_the_publication_day(lang, text, expected):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert (rows[0]["claim_date"], rows[0]["claim_date_precision"]) == (
        expected, "day" if expected != date(2025, 3, 12) else "published")


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("de", "Für Johann Stockinger ist der Rückzug nur eine Pause. Der 58-Jährige aus Gaspoltshofen "
     "war 14 Jahre lang bei UN-Missionen. Am Dienstagabend sprach er in der Volkshochschule. "
     "„Ich gehe davon aus, dass noch 3.000 Nordkoreaner bei Kursk stehen“, sagte er.",
     "Johann Stockinger"),
    ("en", "For John Stockton, who lives in Ayr, the pullback is only a pause. The 58-year-old "
     "served 14 years with UN missions. On Tuesday evening he spoke at the town hall. \"I think "
     "3,000 North Koreans are still near Kursk,\" he said.", "John Stockton"),
    ("de", "Im Gespräch ordnete die Würzburger Koreanistin Mirjam Hallstein die Lage ein. Sie "
     "geht davon aus, dass Pjöngjang 12.000 Soldaten nach Russland geschickt hat.",
     "Mirjam Hallstein"),
])
def test_an_age_noun_and_a_scholars_title_lead_the_pronoun_back_to_the_person(lang, text, name):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert name in rows[-1]["claimant"] and rows[-1]["claimant_group"] == "other"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lawmakers sat through a closed intelligence briefing in Seoul on Thursday. The spy "
     "service also told the committee that about 11,000 North Korean soldiers remain in Kursk."),
    ("en", "On Wednesday South Korea's spy agency briefed a parliamentary committee, and members "
     "relayed the figures afterward: around 600 North Korean soldiers have died."),
    ("de", "Die Abgeordneten wurden am Donnerstag in Seoul vom Geheimdienst unterrichtet. Die "
     "Ausschussmitglieder berichteten danach, rund 600 nordkoreanische Soldaten seien gefallen."),
])
def test_a_service_or_members_with_a_briefing_in_seoul_speak_for_south_korea(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["south_korea"]


@pytest.mark.parametrize(("lang", "text", "month"), [
    ("de", "Im Februar zeigte das nordkoreanische Staatsfernsehen, wie Kim Jong Un vor den Fotos "
     "von 101 gefallenen Soldaten Blumen niederlegte.", date(2025, 2, 28)),
    ("en", "In February North Korean state television aired footage of Kim Jong Un before the "
     "portraits of 101 soldiers killed in Kursk.", date(2025, 2, 28)),
])
def test_state_tv_showing_the_fallen_is_north_koreas_statement(lang, text, month):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert [(r["claimant_group"], r["claim_date"]) for r in rows] == [("north_korea", month)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "GLADSTONE, Wednesday 12 March 2025 – North Korea has lost at least 100 soldiers in "
     "Kursk, South Korea's spy agency said. The agency briefed lawmakers on Tuesday."),
    ("de", "Biel, 12. März 2025 – Nordkorea hat mindestens 100 Soldaten in Kursk verloren, sagte "
     "der südkoreanische Geheimdienst. Der Dienst unterrichtete die Abgeordneten am Dienstag."),
])
def test_a_datelines_date_is_the_publications_not_the_statements(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert (rows[0]["claim_date"], rows[0]["claim_date_precision"]) == (date(2025, 3, 11), "day")


def test_a_person_described_by_a_led_body_earlier_keeps_its_group_when_carried():
    text = ("Gen. Thomas Ridgley, who commands the roughly 28,500 American service members in "
            "Korea, told the committee that North Korea had sent 11,000 soldiers to Russia. "
            "Intelligence showed that 3,000 more North Korean soldiers had arrived in January, "
            "he said.")
    rows = claim_rows(text, "en", date(2025, 3, 12))
    assert [r["claimant_group"] for r in rows] == ["united_states", "united_states"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "For Graham Tilley, 71, the news brought back his years in Korea. \"They have a million "
     "men,\" he said. \"Kim could send another 10,000 North Korean soldiers tomorrow.\""),
    ("de", "Für Gerhard Tillmann, 71, weckt die Nachricht Erinnerungen. „Sie haben eine Million "
     "Mann“, sagte er. „Kim könnte morgen weitere 10.000 nordkoreanische Soldaten schicken.“"),
])
def test_for_a_person_with_an_age_names_whom_the_quote_is_by(lang, text):
    rows = claim_rows(text, lang, date(2025, 3, 12))
    assert "Till" in rows[-1]["claimant"] and rows[-1]["claimant_group"] == "other"


@pytest.mark.parametrize("hearsay", [
    "Insgesamt sollen rund 9.000 Soldaten aus Nordkorea nach Russland verlegt worden sein.",
    "Bei den Gefechten sollen mehr als 700 Nordkoreaner ums Leben gekommen sein.",
    "Etwa 2.000 nordkoreanische Soldaten sollen sich noch im Grenzgebiet aufhalten.",
    "Bisher soll Pjöngjang rund 16.000 Soldaten nach Russland geschickt haben.",
])
def test_german_hearsay_in_the_body_carries_no_earlier_speaker(hearsay):
    text = ("Nordkorea und Russland\n\nDie Lage im Gebiet Kursk bleibt unklar. Niemand weiß "
            "Genaues. Ein Sprecher des Pentagons sagte am Montag, 3.000 nordkoreanische "
            f"Soldaten seien an der Front. {hearsay}")
    (_, pentagon, _, _), (_, group, _, precision) = claimants_and_dates(text, "de")
    assert (pentagon, group, precision) == ("united_states", "unattributed", "published")


def test_german_reported_speech_that_is_not_hearsay_still_carries_the_speaker():
    text = ("Nordkorea und Russland\n\nDie Lage im Gebiet Kursk bleibt unklar. Niemand weiß "
            "Genaues. Ein Sprecher des Pentagons sagte am Montag, 3.000 nordkoreanische "
            "Soldaten seien an der Front. Weitere 2.000 seien unterwegs, sie sollen in zwei "
            "Wochen eintreffen.")
    assert groups(text, "de") == ["united_states", "united_states"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Jakob Brunner war zehn Jahre Attaché in Seoul. Er geht davon aus, dass Kim bis "
     "zum Sommer 12.000 Soldaten nach Russland schickt."),
    ("de", "Hanna Seo, 27, studiert Maschinenbau in Aachen. Sie schätzt, dass eher 3.000 "
     "nordkoreanische Soldaten gefallen sind."),
    ("en", "Megan Ostrowski spent four years at the embassy in Seoul. She figures Pyongyang will "
     "end up sending 20,000 troops in all, she said."),
])
def test_a_person_opening_the_sentence_before_by_first_name_and_surname_is_he_or_she(lang, text):
    assert groups(text, lang) == ["other"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nordkoreanische Soldaten kämpfen im Gebiet Kursk. Er sagte, 3.000 "
     "nordkoreanische Soldaten seien dort."),
    ("en", "North Korean troops are fighting in Kursk. He said 3,000 North Korean troops "
     "were there."),
])
def test_a_plural_noun_phrase_opening_the_sentence_before_is_no_person(lang, text):
    [row] = claim_rows(text, lang, WEDNESDAY)
    assert row["claimant"] in ("Er", "He") and row["claimant_group"] == "other"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kim Jong Un told the returning engineers that eleven of their comrades had died "
     "clearing mines, the state news agency reported Monday."),
    ("de", "Kim Jong Un sagte den heimgekehrten Pionieren, elf ihrer Kameraden seien beim "
     "Minenräumen gestorben, berichteten die Staatsmedien am Montag."),
])
def test_a_leaders_words_take_the_day_state_media_reported_them(lang, text):
    [(_, group, day, precision)] = claimants_and_dates(text, lang)
    assert (group, day, precision) == ("north_korea", date(2025, 3, 10), "day")


@pytest.mark.parametrize(("lang", "text", "month_end"), [
    ("en", "Kyiv's latest public estimate of their losses, from early February, stands at about "
     "3,500 North Korean soldiers.", date(2025, 2, 10)),
    ("en", "Washington's most recent count, from late January, was up to 12,000 North Korean "
     "troops in Russia.", date(2025, 1, 31)),
    ("de", "Der Militärgeheimdienst spricht in einer Analyse vom Januar von bis zu 12.000 "
     "Nordkoreanern in Russland.", date(2025, 1, 31)),
    ("de", "Seine Verlustschätzung vom Februar lautete auf rund 3.500 tote und verwundete "
     "Nordkoreaner.", date(2025, 2, 28)),
])
def test_an_estimate_from_a_month_is_dated_by_it(lang, text, month_end):
    [(_, _, day, precision)] = claimants_and_dates(text, lang)
    assert (day, precision) == (month_end, "month")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kyiv said on Monday that up to 12,000 North Korean troops had served in Russia "
     "from January on."),
    ("de", "Kiew sagte am Montag, von Januar an hätten bis zu 12.000 Nordkoreaner in Russland "
     "gedient."),
])
def test_a_period_from_a_month_is_still_no_claim_date(lang, text):
    [(_, _, day, precision)] = claimants_and_dates(text, lang)
    assert (day, precision) == (date(2025, 3, 10), "day")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Südkoreas Geheimdienst hat erstmals Verluste beziffert. Bislang seien rund 400 "
     "nordkoreanische Soldaten gefallen. Das gab ein Abgeordneter am Montag an Reporter weiter."),
    ("de", "Südkoreas Geheimdienst hat erstmals Verluste beziffert. Bislang seien rund 400 "
     "nordkoreanische Soldaten gefallen. Das nannten Abgeordnete am Montag nach der Sitzung."),
    ("en", "South Korea's spy agency has given its first count of losses. Some 400 North Korean "
     "soldiers had died, it said. The figures were passed on by a lawmaker on Monday."),
])
def test_a_back_reference_in_the_next_sentence_dates_the_figures(lang, text):
    [(_, group, day, precision)] = claimants_and_dates(text, lang)
    assert (group, day, precision) == ("south_korea", date(2025, 3, 10), "day")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Streitkräfte Südkoreas rechnen vor: Rund 4.500 Nordkoreaner seien getötet oder "
     "verwundet worden. Insgesamt seien rund 14.000 Mann geschickt worden. So äußerte sich ein "
     "Sprecher am Montag vor den Medien."),
    ("de", "Die Streitkräfte Südkoreas rechnen vor: Rund 4.500 Nordkoreaner seien getötet oder "
     "verwundet worden. Insgesamt seien rund 14.000 Mann geschickt worden. Das sagte ein "
     "Sprecher am Montag vor den Medien."),
])
def test_a_back_reference_two_sentences_on_dates_the_reported_speech_before_it(lang, text):
    rows = claimants_and_dates(text, lang)
    assert [(g, d, p) for _, g, d, p in rows] == [("south_korea", date(2025, 3, 10), "day")] * 2


def test_a_back_reference_two_sentences_on_after_a_new_paragraph_dates_nothing():
    text = ("Seoul rechnet vor: Rund 4.500 Nordkoreaner seien getötet oder verwundet worden. "
            "Insgesamt seien rund 14.000 Mann geschickt worden.\n\nDas sagte ein Sprecher des "
            "Generalstabs am Montag.")
    assert claimants_and_dates(text, "de")[0][2:] == (WEDNESDAY, "published")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Sergej Schoigu war erneut in Pjöngjang. Am Dienstag verkündete der frühere "
     "Verteidigungsminister, Nordkorea werde 2000 Pioniere ins Gebiet Kursk schicken."),
    ("en", "Sergei Shoigu was back in Pyongyang. On Tuesday the former defence minister "
     "announced that North Korea would send 2,000 engineers to the Kursk region."),
])
def test_a_role_named_for_the_person_just_mentioned_is_that_person(lang, text):
    [(_, group, day, _)] = claimants_and_dates(text, lang)
    assert (group, day) == ("russia", date(2025, 3, 11))


def test_a_fronted_participle_back_reference_carries_its_speaker_and_day():
    text = ("Nordkorea will Russland mit 7000 Soldaten beim Wiederaufbau helfen. Angekündigt hat "
            "das Sergej Schoigu am Dienstag in Pjöngjang. Demnach schickt Kim 2000 Pioniere.")
    rows = claimants_and_dates(text, "de")
    assert [(g, d) for _, g, d, _ in rows] == [("russia", date(2025, 3, 11))] * 2


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nordkorea könnte Russland bald mit 20.000 zusätzlichen Soldaten verstärken. Zu diesem "
     "Schluss kommt der ukrainische Militärgeheimdienst HUR in einer neuen Analyse."),
    ("de", "Nordkorea könnte Russland bald mit 20.000 zusätzlichen Soldaten verstärken. Davor "
     "warnt der ukrainische Militärgeheimdienst HUR."),
    ("de", "Russland bilde derzeit 13.000 Nordkoreaner aus. Diese Angaben machte der ukrainische "
     "Militärgeheimdienst HUR am Freitag."),
])
def test_a_source_named_in_the_next_sentence_takes_the_figures_before(lang, text):
    [(_, group, _, _)] = claimants_and_dates(text, lang)
    assert group == "ukraine"


def test_his_fear_is_a_reference_to_the_speaker():
    text = ("Im Frühjahr könnten es nach seiner Befürchtung bis zu 16.000 Nordkoreaner werden, "
            "sagte der Präsident der Ukraine.")
    [(_, group, _, _)] = claimants_and_dates(text, "de")
    assert group == "ukraine"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lena Hart teaches Asian politics in Ohio. Her own estimate is 2,500 to 3,000 North "
     "Korean dead."),
    ("en", "Tom Reid served at the embassy in Pyongyang. His own guess is that about 1,200 North "
     "Korean soldiers have died."),
    ("de", "Mi-rae Han ist Professorin in Seoul. Han fasste zusammen, was bekannt ist. Seit "
     "Oktober habe Pjöngjang rund 14.000 Soldaten nach Russland geschickt."),
    ("en", "Mi-rae Han teaches in Seoul. Han summed up what is known: since October Pyongyang "
     "has sent about 14,000 soldiers to Russia."),
])
def test_a_guess_of_ones_own_and_a_summary_name_the_person(lang, text):
    assert groups(text, lang) == ["other"]


def test_a_guess_of_ones_own_is_made_now_not_on_the_day_of_the_scene():
    text = ("Tom Reid served at the embassy in Pyongyang. \"Nobody volunteers,\" he told the paper "
            "on Monday. His own guess is that about 1,200 North Korean soldiers have died.")
    [(_, group, day, precision)] = claimants_and_dates(text, "en")
    assert (group, day, precision) == ("other", WEDNESDAY, "published")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday Zelensky posted a video of two captured soldiers. In the same post he said "
     "4,000 North Koreans had been killed or wounded."),
    ("de", "Am Montag zeigte Selenskyj ein Video von zwei Gefangenen. In derselben Videobotschaft "
     "sagte er, 4.000 Nordkoreaner seien getötet oder verwundet worden."),
])
def test_the_same_post_takes_its_day(lang, text):
    rows = claimants_and_dates(text, lang)
    assert (rows[-1][2], rows[-1][3]) == (date(2025, 3, 10), "day")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pyongyang has sent a further 3,500 troops to Russia since January. The Joint Chiefs of "
     "Staff in Seoul gave the figure on Monday."),
    ("de", "Pjöngjang habe seit Januar weitere 3.500 Soldaten nach Russland geschickt. Der "
     "Generalstab in Seoul nannte diese Zahl am Montag."),
])
def test_the_body_that_gave_the_figure_after_it_is_its_source(lang, text):
    [(_, group, day, _)] = claimants_and_dates(text, lang)
    assert (group, day) == ("south_korea", date(2025, 3, 10))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Wenn die Pflückerin morgens ankommt, hat sie schon telefoniert. „Die Nachbarn sagen, "
     "drüben stehen jetzt Tausende Nordkoreaner“, erzählt sie.", ["other"]),
    ("en", "When the shift ends, the nurse calls home. “Our neighbours say thousands of North "
     "Koreans are across the border now,” she said.", ["other"]),
    ("de", "Die Beamten in Seoul wollten nichts sagen. „Es sind 3.000 Nordkoreaner“, sagen sie.",
     ["south_korea"]),
])
def test_an_unnamed_single_speaker_is_a_private_person_not_nobody(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korea's state news agency said on Monday that the soldiers had fought bravely. "
     "Two days later South Korea's National Intelligence Service told lawmakers that 16,000 had "
     "been sent. The agency's estimate of the toll: about 4,800 killed or wounded."),
    ("de", "Die nordkoreanische Staatsagentur KCNA meldete am Montag, die Soldaten hätten tapfer "
     "gekämpft. Der südkoreanische Geheimdienst NIS sagte am Mittwoch, 16.000 seien geschickt "
     "worden. Nach Angaben des Dienstes seien etwa 4.800 getötet oder verwundet worden."),
])
def test_a_service_reference_right_after_a_service_speaking_is_that_service(lang, text):
    assert groups(text, lang)[-1] == "south_korea"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nach Erkenntnissen des NIS sind bislang rund 2.100 Nordkoreaner gefallen. Diese Zahlen "
     "trug der Abgeordnete Park am Montag in Seoul vor."),
    ("de", "Dem NIS zufolge, der sich am Montag äußerte, sind rund 2.100 Nordkoreaner gefallen."),
    ("en", "According to the NIS, which commented on Monday, some 2,100 North Koreans have died."),
])
def test_a_source_dated_by_its_own_words_elsewhere_dates_the_figures(lang, text):
    [(_, group, day, _)] = claimants_and_dates(text, lang)
    assert (group, day) == ("south_korea", date(2025, 3, 10))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der Bericht ist lang. Derzeit stünden rund 9.000 Soldaten aus Pjöngjang an der "
     "Grenze. Diese Einschätzung des ukrainischen Militärgeheimdienstes HUR wurde am Montag "
     "bekannt.", ["ukraine"]),
    ("de", "Der Bericht ist lang. Rund 1.800 nordkoreanische Soldaten seien gefallen. Diese "
     "Bilanz legte das Pentagon am Freitag vor.", ["united_states"]),
    ("en", "The club met. About 4,000 North Korean troops remain near Kursk. That is the "
     "assessment of Ukraine's military intelligence, which spoke on Monday.", ["ukraine"]),
])
def test_a_later_sentence_that_names_the_source_of_figures_before(lang, text, expected):
    assert groups(text, lang) == expected


def test_a_demonstrative_subject_stands_for_the_body_named_before():
    text = ("Die Vorlesung stützte sich auf den ukrainischen Militärgeheimdienst HUR. Der hatte "
            "am Montag berichtet, rund 3.000 Nordkoreaner seien verwundet worden. Zudem seien "
            "etwa 2.000 auf dem Weg nach Kursk.")
    assert groups(text, "de") == ["ukraine", "ukraine"]
    # the demonstrative before `der NIS` is the object: the NIS speaks
    text = ("Die Verluste der Nordkoreaner sind hoch. Diese hatte der NIS im Januar auf etwa "
            "300 Tote beziffert.")
    assert groups(text, "de") == ["south_korea"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea schickt Soldaten. Selenskyj ließ am Dienstag verlauten, bei Kursk stünden "
     "noch 3.000 Nordkoreaner, obwohl Moskau die Region für befreit erklärt hat.", ["ukraine"]),
    ("en", "North Korea sent troops. Zelensky said on Tuesday that 3,000 North Koreans remained "
     "near Kursk, although the Kremlin has declared the region free.", ["ukraine"]),
])
def test_a_cue_in_a_concessive_clause_after_the_figure_names_no_speaker(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. Tomas figures 7,000 to 9,000 North Koreans will be in "
     "Kursk by spring.", ["other"]),
    ("en", "North Korea sent troops. Greer herself figures a couple of thousand more will go.",
     ["other"]),
    # `figures` as a noun is no cue
    ("en", "North Korea sent troops. Adding up the official figures released in Kyiv, the paper "
     "arrives at 16,000 North Korean troops.", ["unattributed"]),
])
def test_a_person_who_figures_a_number_is_its_claimant(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Kyiv keeps its own count. South Korea has been counting the dead. In July its spy "
     "service told lawmakers that 1,700 North Koreans had been killed.", ["south_korea"]),
    ("en", "Kyiv keeps its own count. Ukraine's military intelligence is more cautious. By its "
     "estimate, about 9,000 North Koreans are still in Russia.", ["ukraine"]),
])
def test_its_body_or_estimate_belongs_to_the_land_or_body_named_before(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea schickt Soldaten. Der Kurier zitiert den ukrainischen Militärgeheimdienst "
     "HUR, der am Montag von 4.000 Nordkoreanern an der Grenze sprach.", ["ukraine"]),
    ("en", "North Korea sent troops. The Valley Times quotes Ukraine's military intelligence as "
     "saying 4,000 North Koreans were at the border.", ["ukraine"]),
])
def test_a_paper_that_quotes_a_body_passes_on_the_bodys_claim(lang, text, expected):
    assert groups(text, lang) == expected


def test_a_private_person_named_anew_does_not_take_the_date_of_another_private_source():
    text = ("North Korea sent troops. A local trader told reporters on Monday that business was "
            "slow. Dr. Ana Rivas, who teaches history in Belmopan, reckons 12,000 North Koreans "
            "will be in Russia by summer.")
    rows = claimants_and_dates(text, "en")
    assert [(g, p) for _, g, _, p in rows] == [("other", "published")]


def test_a_news_agency_reporting_a_body_dates_the_body_s_figure():
    text = ("Nordkorea schickt Soldaten. Nach Einschätzung des Generalstabs in Seoul halten sich "
            "derzeit rund 9.000 nordkoreanische Soldaten in Kursk auf, meldete die Agentur "
            "Yonhap am Montag.")
    assert claimants_and_dates(text, "de") == [
        ("rund 9.000", "south_korea", date(2025, 3, 10), "day")]


def test_hiess_es_with_a_day_dates_a_claim_of_the_same_side():
    text = ("Nordkorea schickt Soldaten. Washington gehe von mehr als 9.000 Nordkoreanern in "
            "Russland aus, hieß es am Dienstag aus dem US-Außenministerium.")
    assert claimants_and_dates(text, "de") == [
        ("mehr als 9.000", "united_states", date(2025, 3, 11), "day")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea schickt Soldaten. Medienberichten aus Seoul zufolge sollen bis zu 1.500 "
     "verwundete Nordkoreaner ausgeflogen worden sein.", ["unattributed"]),
    ("de", "Nordkorea schickt Soldaten. Japanischen Medienberichten zufolge stehen 3.000 "
     "Nordkoreaner an der Grenze.", ["unattributed"]),
    ("en", "North Korea sent troops. Reports in the South Korean press say up to 6,000 more North "
     "Korean troops could follow.", ["unattributed"]),
    ("en", "North Korea sent troops. According to media reports, 1,500 more North Korean soldiers "
     "were being readied to leave.", ["unattributed"]),
    ("en", "North Korea sent troops. The Korea Herald reported that 1,500 more North Korean "
     "soldiers were being readied to leave.", ["other"]),  # a named outlet speaks for itself
])
def test_media_no_outlet_of_which_is_named_are_nobody_in_particular(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea ehrt seine Toten. Das nordkoreanische Staatsfernsehen hatte am Freitag "
     "gezeigt, wie Kim Jong Un die Särge von 101 Soldaten empfing.", ["north_korea"]),
    ("en", "Pyongyang honours its dead. In late August North Korean state television broadcast a "
     "ceremony before the portraits of more than a hundred fallen soldiers.", ["north_korea"]),
    ("en", "Pyongyang honours its dead. North Korean state media reported on Sunday that hundreds "
     "more young men had gone.", ["north_korea"]),
    ("en", "Pyongyang honours its dead. State media had shown Kim Jong Un laying medals beside the "
     "portraits of more than a hundred fallen soldiers.", ["north_korea"]),
    ("en", "Mines still lie in Kursk. Russian state media quoted a deputy defence minister as "
     "saying that about 1,500 North Korean sappers were still at work.", ["russia"]),
    ("de", "Minen liegen noch in Kursk. Das russische Staatsfernsehen meldete, rund 1.500 "
     "nordkoreanische Pioniere räumten weiter.", ["russia"]),
])
def test_a_states_own_media_speak_for_that_state(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Sein Cousin ist Funker bei Sumy. Gegenüber, so schreibe der Cousin, hätten sich ein "
     "paar tausend Nordkoreaner eingegraben.", ["other"]),
    ("de", "Ihr Vater war Offizier. Ihre Nachbarin Olena Kowal erzähle, es seien 3.000 "
     "Nordkoreaner an der Grenze.", ["other"]),
    ("de", "Nordkorea schickt Soldaten. Bis Mai kämen 2.000 weitere Nordkoreaner, sage der "
     "Kommandeur seines Bataillons.", ["other"]),
])
def test_konjunktiv_of_schreiben_erzaehlen_sagen_is_a_cue(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. Cho figures the real number in Russia is closer to 18,000 "
     "North Koreans.", ["other"]),
    ("en", "North Korea sent troops. Olha figures the true total who have served is upwards of "
     "18,000 North Koreans.", ["other"]),
])
def test_a_named_person_who_figures_the_real_number_claims_it(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. At the end of October Russia's defence minister, Andrei "
     "Belousov, thanked the thousands of Korean comrades who had cleared mines in Kursk.",
     ["russia"]),
    ("de", "Nordkorea schickt Soldaten. Russlands Verteidigungsminister Andrej Beloussow dankte "
     "den Tausenden koreanischen Pionieren, die in Kursk Minen geräumt hätten.", ["russia"]),
    # praise with no count names no source for the figures after it
    ("en", "Russia's top general, Valery Gerasimov, praised the heroism of the Korean troops. "
     "Seoul says 15,000 North Korean soldiers have been sent.", ["south_korea"]),
])
def test_thanks_or_praise_with_a_count_claim_it(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Was er aus Seoul hört, ist bitter. Mitte Feber unterrichtete der Geheimdienst die "
     "Abgeordneten, die nordkoreanischen Einheiten seien abgezogen worden. Von den rund 11.000 "
     "Entsandten seien etwa 4.000 getötet oder verwundet.", ["south_korea", "south_korea"]),
    ("en", "North Korea sent troops. The South Korean government has its own figures. On Thursday "
     "the country's intelligence agency told lawmakers that about 2,000 North Koreans had been "
     "killed.", ["south_korea"]),
    # two sides named before: no way to tell whose service it is
    ("de", "Seoul und Kiew streiten über die Zahlen. Der Geheimdienst teilte mit, 11.000 "
     "Nordkoreaner seien in Russland.", ["unattributed"]),
])
def test_a_generic_service_is_the_one_side_whose_place_is_named_around_it(lang, text, expected):
    assert groups(text, lang) == expected


def test_tags_zuvor_is_a_time_not_a_speaker():
    text = ("Am Freitag zeigte das Fernsehen die Parade. Tags zuvor hatte der Geheimdienst in "
            "Seoul den Abgeordneten berichtet, rund 10.000 Nordkoreaner stünden weiter an der "
            "Grenze.")
    assert groups(text, "de") == ["south_korea"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. About 1,500 North Korean deminers are still at work in Kursk. "
     "That was the figure the region's governor, Alexander Khinshtein, gave on Monday.",
     ["russia"]),
    ("en", "North Korea sent troops. Pyongyang will rotate about 4,000 fresh North Korean troops "
     "in. That assessment came from Kyiv's military intelligence on Monday.", ["ukraine"]),
    ("en", "North Korea sent troops. About 1,000 North Korean sappers are clearing mines in "
     "Kursk. So said South Korea's Joint Chiefs of Staff in a briefing on Monday.",
     ["south_korea"]),
    ("de", "Nordkorea schickt Soldaten. Rund 4.700 Nordkoreaner sind inzwischen tot oder "
     "verwundet. Davon geht der südkoreanische Geheimdienst aus.", ["south_korea"]),
    ("de", "Seit dem Sommer singt Oleh Marchenko, 47, im Tenor. Der frühere Lehrer aus Odesa "
     "wohnt in Varel. Sein Sohn dient in einer Brigade bei Sumy. Am Freitag habe der Sohn "
     "angerufen: Vor seinem Abschnitt seien 80 Nordkoreaner aufgetaucht. So erzählt es Oleh "
     "nach der Probe.", ["other"]),
    ("en", "North Korea sent troops. Some 2,000 North Koreans have been wounded. That's "
     "according to Ukraine's military intelligence, which briefed reporters on Monday.",
     ["ukraine"]),
])
def test_that_figure_or_assessment_named_after_it_gives_its_source(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea schickt Soldaten. Im US-Außenministerium geht man davon aus, dass mindestens "
     "2.000 Nordkoreaner gefallen sind.", ["united_states"]),
    ("de", "Nordkorea schickt Soldaten. In Kiew rechnet man mit 12.000 Nordkoreanern.",
     ["ukraine"]),
    ("de", "Nordkorea schickt Soldaten. In seiner Einheit rechne man mit an die 25.000 "
     "Nordkoreanern in Russland, habe er erzählt.", ["other"]),
    ("de", "Nordkorea schickt Soldaten. Ihr Sohn dient bei der Artillerie. In seiner Batterie "
     "rechnet man damit, dass bald 3.000 Nordkoreaner gegenüber liegen.", ["other"]),
    ("de", "Nordkorea schickt Soldaten. Unter den Offizieren rechnet man mit weiteren 8.000 "
     "Nordkoreanern.", ["other"]),
    ("de", "Nordkorea schickt Soldaten. Insgesamt schätze man 12.000 Nordkoreaner in Russland.",
     ["unattributed"]),
    ("de", "Der NIS teilte am Montag mit, die Nordkoreaner seien kaum noch an der Front. Unter "
     "den 11.000 nach Russland geschickten Nordkoreanern schätze man 3.000 Tote und "
     "Verwundete.", ["south_korea", "south_korea"]),
])
def test_man_speaks_for_the_place_or_company_the_clause_opens_with(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. Reports out of Seoul this week put the number of North "
     "Koreans killed at around 100.", ["unattributed"]),
    ("en", "North Korea sent troops. Reports from the Pentagon put the number of North Koreans "
     "killed at around 100.", ["united_states"]),
    ("de", "Nordkorea schickt Soldaten. Unbestätigten Berichten zufolge sollen schon Dutzende "
     "Nordkoreaner gefallen sein.", ["unattributed"]),
])
def test_reports_from_nowhere_in_particular_are_unattributed(lang, text, expected):
    assert groups(text, lang) == expected


def test_a_service_that_drew_up_a_balance_claims_the_figures_after_it():
    text = ("Der ukrainische Generalstab meldete am Donnerstag, an der Grenze seien erneut "
            "Einheiten aufgetaucht. Südkoreas Geheimdienst hatte Anfang April eine Bilanz "
            "gezogen. Von den rund 11.000 Soldaten, die Pjöngjang geschickt habe, seien nahezu "
            "4.000 getötet oder verwundet worden.")
    assert groups(text, "de") == ["south_korea", "south_korea"]


def test_gleichentags_dates_the_figures_it_introduces_by_the_day_before():
    text = ("Nordkorea schickt Soldaten. Moskau räumte am Dienstag ein, dass einige tausend "
            "Nordkoreaner kämpften. Der NIS zog gleichentags Bilanz. Von den rund 15.000 "
            "Soldaten, die Nordkorea geschickt habe, seien etwa 4.700 getötet worden.")
    rows = claimants_and_dates(text, "de")
    assert [(q, g, d) for q, g, d, _ in rows][1:] == [
        ("rund 15.000", "south_korea", date(2025, 3, 11)),
        ("etwa 4.700", "south_korea", date(2025, 3, 11))]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nordkorea schickt Soldaten. Dazu kämen etwa 5.000 nordkoreanische Militärbauarbeiter. "
     "So steht es im Bericht des NIS vom Montag.", ["south_korea"]),
    ("en", "North Korea sent troops. About 10,000 North Korean troops remain on Russian territory. "
     "The figures were given by South Korea's spy agency on Thursday.", ["south_korea"]),
    ("en", "North Korea sent troops. Some 11,000 North Koreans remained in Russia. That was the "
     "assessment of South Korea's spy agency on Thursday.", ["south_korea"]),
])
def test_the_source_of_the_figures_named_in_the_next_sentence(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. My own guess is that more than 15,000 North Koreans will be "
     "in Russia by spring.", ["other"]),
    ("en", "North Korea sent troops. I think 20,000 North Koreans will be in Russia by spring.",
     ["other"]),
    ("de", "Nordkorea schickt Soldaten. Ich rechne damit, dass Pjöngjang im Frühjahr weitere "
     "10.000 Mann schickt.", ["other"]),
    # in a quote signed by a known speaker, the speaker's
    ("en", "North Korea sent troops. \"I think 20,000 North Koreans will be in Russia by spring,\" "
     "Zelensky said.", ["ukraine"]),
])
def test_the_writers_own_opinion_is_a_private_persons_claim(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. Ko, 52, raced for South Korea at two Asian Games. By his "
     "reckoning, at least 20,000 North Koreans will have done a tour in Russia.", ["other"]),
    ("en", "North Korea sent troops. My brother is a gunner near Sumy. By his count, more than a "
     "thousand North Koreans are dug in opposite his battery.", ["other"]),
    # a body's count is its own
    ("en", "North Korea sent troops. South Korea's spy agency briefed lawmakers. By its count, "
     "11,000 North Koreans are in Russia.", ["south_korea"]),
])
def test_his_or_her_count_that_names_no_known_source_is_a_private_persons(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. Korean newspapers report that 1,500 more North Koreans "
     "sailed from Chongjin last week.", ["unattributed"]),
    ("de", "Nordkorea schickt Soldaten. In österreichischen Zeitungen war zuletzt von 12.000 "
     "nordkoreanischen Soldaten die Rede.", ["unattributed"]),
    ("de", "Nordkorea schickt Soldaten. Der Gouverneur des Gebiets Kursk lobte am Montag «mehrere "
     "tausend» koreanische Bauleute.", ["russia"]),
    ("de", "Nordkorea schickt Soldaten. Ein Abgeordneter der Staatsduma sprach von vielleicht "
     "2.000 koreanischen Kameraden an der Grenze.", ["russia"]),
    ("en", "North Korea sent troops. Kim Jong Un, at a ceremony in Pyongyang, promised Moscow "
     "thousands more North Korean builders next year.", ["north_korea"]),
])
def test_newspapers_governors_duma_and_promises(lang, text, expected):
    assert groups(text, lang) == expected


def test_a_present_estimate_does_not_take_another_speakers_day_of_the_same_side():
    text = ("Nordkorea schickt Soldaten. Präsident Selenskyj sagte am Sonntag, Nordkorea habe "
            "11.000 Soldaten geschickt. Der ukrainische Militärgeheimdienst geht davon aus, dass "
            "Pjöngjang im Winter bis zu 5.000 weitere Soldaten schickt.")
    rows = claimants_and_dates(text, "de")
    assert [(q, g, p) for q, g, _, p in rows] == [
        ("11.000", "ukraine", "day"), ("bis zu 5.000", "ukraine", "published")]


def test_the_same_speaker_s_day_still_dates_its_present_estimate():
    text = ("Nordkorea schickt Soldaten. Der ukrainische Militärgeheimdienst sagte am Sonntag, "
            "11.000 Nordkoreaner seien in Kursk. Der Militärgeheimdienst geht davon aus, dass "
            "Pjöngjang bis zu 5.000 weitere Soldaten schickt.")
    rows = claimants_and_dates(text, "de")
    assert [p for _, _, _, p in rows] == ["day", "day"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "North Korea sent troops. Adding up what Seoul and Kyiv say, something like 15,000 "
     "North Koreans have passed through Russia.", ["unattributed"]),
    ("en", "North Korea sent troops. Add Seoul's count of the dead to Kyiv's count of those still "
     "there, and the North has put at least 16,000 men into this war.", ["unattributed"]),
    ("de", "Nordkorea schickt Soldaten. Zählt man die Angaben aus Seoul und Kiew zusammen, sind "
     "rund 20.000 Nordkoreaner nach Russland gegangen.", ["unattributed"]),
    # in a quote, the sum is the speaker's
    ("de", "Nordkorea schickt Soldaten. Oberst Keller hält die Zahlen für zu tief. «Rechnet man "
     "die Bauleute dazu, kommt man auf 20.000 Nordkoreaner», sagt er.", ["other"]),
])
def test_the_outlets_own_sum_is_unattributed(lang, text, expected):
    assert groups(text, lang) == expected


SUNDAY = (date(2025, 3, 9), "day")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Ihr Neffe dient als Sanitäter bei Charkiw. Am Sonntag rief er sie an. Jenseits der "
     "Grenze lägen inzwischen 2.000 nordkoreanische Soldaten, habe er erzählt.", SUNDAY),
    ("de", "Beim Grillfest am Sonntag kam das Gespräch auf den Krieg. Herr Lim geht davon aus, "
     "dass 30.000 nordkoreanische Soldaten nach Russland geschickt werden.", SUNDAY),
    ("en", "Her nephew is a medic near Kharkiv. He rang her on Sunday. He says 2,000 North "
     "Korean soldiers are dug in across the border.", SUNDAY),
    ("en", "At the harvest supper on Sunday the talk turned to the war. Mr Lim reckons 30,000 "
     "North Korean troops will be sent to Russia.", SUNDAY),
    # the sentence before reports someone's words: its day is theirs, not the scene's
    ("en", "His cousin told him on the phone on Sunday that the war was going badly. Mr Lim "
     "reckons 30,000 North Korean troops will be sent to Russia.", (WEDNESDAY, "published")),
    ("de", "Sein Cousin erzählte ihm am Sonntag am Telefon, der Krieg laufe schlecht. Herr Lim "
     "geht davon aus, dass 30.000 nordkoreanische Soldaten geschickt werden.",
     (WEDNESDAY, "published")),
    # a stretch since a day is no scene
    ("de", "Ihr Sohn steht bei Kursk, wo die Front seit dem Wochenende zurückweicht. Frau Lim "
     "glaubt, dass 30.000 nordkoreanische Soldaten in Russland sind.", (WEDNESDAY, "published")),
    ("en", "Her son is near Kursk, where the line has been falling back since Sunday. Mrs Lim "
     "believes 30,000 North Korean soldiers are in Russia.", (WEDNESDAY, "published")),
])
def test_a_private_persons_claim_takes_the_day_of_the_quiet_scene_before(lang, text, expected):
    [(_, group, claim_date, precision)] = claimants_and_dates(text, lang)
    assert group == "other"
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Ihr Sohn ruft jeden Sonntag an. Herr Lim geht davon aus, dass 30.000 "
     "nordkoreanische Soldaten in Russland sind."),
    ("en", "Her son phones every Sunday. Mr Lim reckons 30,000 North Korean troops are in "
     "Russia."),
])
def test_a_habitual_weekday_sets_no_scene(lang, text):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == (WEDNESDAY, "published")


@pytest.mark.parametrize(("text", "expected"), [
    # `she` cannot be the news agency named before: some private person, on the day published
    ("North Korea's KCNA reported on Monday that Kim Jong Un had opened a war museum. Ji-won "
     "reads the Seoul papers every morning. She reckons 25,000 North Korean soldiers have "
     "fought in Russia.", ("other", WEDNESDAY, "published")),
    ("The Pentagon said on Monday that the North had sent more men. Our neighbour reads every "
     "report. He reckons 25,000 North Korean soldiers have fought in Russia.",
     ("other", WEDNESDAY, "published")),
    # a spokesman speaks for his body, and a person named with it is still a person
    ("Ukraine's military intelligence agency said on Monday that Pyongyang was readying more "
     "men. A spokesman for the agency confirmed the assessment on Tuesday. About 11,000 North "
     "Korean soldiers were already in Russia, he said.", ("ukraine", date(2025, 3, 11), "day")),
    ("John Kirby at the White House said on Monday that the North had lost many men. At the "
     "time he reckoned the force at around 11,000 North Korean troops.",
     ("united_states", date(2025, 3, 10), "day")),
])
def test_he_or_she_stands_for_a_person_never_for_a_body(text, expected):
    *_, (_, group, claim_date, precision) = claimants_and_dates(text, "en")
    assert (group, claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Editor, my uncle in Seoul, a retired marine colonel, believes no fewer than 4,000 "
     "North Korean soldiers have been killed."),
    ("de", "Ihr Onkel, ein pensionierter Oberst des südkoreanischen Heeres, glaubt, dass 4.000 "
     "nordkoreanische Soldaten gefallen sind."),
    ("en", "His brother, who serves with the South Korean army, says 4,000 North Korean "
     "soldiers have been killed."),
])
def test_a_relative_speaks_for_no_side_whatever_his_rank(lang, text):
    assert groups(text, lang) == ["other"]


def test_a_colonel_of_the_army_who_is_nobodys_relative_keeps_the_armys_side():
    assert groups("A colonel of the South Korean army said 4,000 North Korean soldiers had "
                  "been killed.", "en") == ["south_korea"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Seit Mai arbeitet bei uns Park Min-ji, 29, Köchin aus Incheon. Der ukrainische "
     "Geheimdienst spricht von 12.000 nordkoreanischen Soldaten. Min-ji hält das für zu wenig. "
     "„Am Ende werden es 30.000 Nordkoreaner sein“, sagt sie."),
    ("en", "Since May, Park Min-ji, 29, a cook from Incheon, has worked in our kitchen. "
     "Ukraine's military intelligence speaks of 12,000 North Korean soldiers. Min-ji thinks "
     "that is too few. \"In the end it will be 30,000 North Koreans,\" she says."),
])
def test_a_korean_given_name_alone_stands_for_the_person_named_before(lang, text):
    assert groups(text, lang) == ["ukraine", "other"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Am Sonntag, erzählt Olena, habe ihr Sohn angerufen. Jang Hyun-woo, 38, Zimmerer aus "
     "Daejeon, hat vor sechs Jahren hier eingeheiratet. Er schätzt, dass bisher 15.000 "
     "Nordkoreaner nach Russland gebracht wurden."),
    ("en", "On Sunday, Olena says, her son rang. Jang Hyun-woo, 38, a carpenter from Daejeon, "
     "married into the village six years ago. He reckons 15,000 North Koreans have been sent "
     "to Russia so far."),
])
def test_he_stands_for_a_korean_full_name_with_its_apposition_not_an_earlier_speaker(
        lang, text):
    [(_, group, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (group, claim_date, precision) == ("other", WEDNESDAY, "published")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nach Erkenntnissen des südkoreanischen Geheimdienstes, die Anfang März bekannt "
     "wurden, sind etwa 5.000 nordkoreanische Soldaten unterwegs.",
     (date(2025, 3, 10), "month")),  # (a month part: its last day up to publication)
    ("de", "Nach Einschätzung des NIS, die am Montag publik wurde, stehen 5.000 nordkoreanische "
     "Soldaten bei Kursk.", (date(2025, 3, 10), "day")),
    # a relative clause about an event keeps its date to itself
    ("de", "Nach Angaben des NIS, der am Montag einen Angriff beobachtete, stehen 5.000 "
     "nordkoreanische Soldaten bei Kursk.", (WEDNESDAY, "published")),
])
def test_a_relative_clause_saying_when_a_finding_became_known_dates_it(lang, text, expected):
    [(_, _, claim_date, precision)] = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Around 10,000 North Korean troops remain near the border with Ukraine. That was the "
     "assessment South Korea's spy agency gave lawmakers on Monday. It added that about 2,000 "
     "North Korean soldiers had died.",
     [("south_korea", date(2025, 3, 10)), ("south_korea", date(2025, 3, 10))]),
    ("Some 10,000 North Korean troops remain in Kursk. That is the latest figure the Pentagon "
     "gave on Monday.", [("united_states", date(2025, 3, 10))]),
])
def test_a_sentence_naming_the_source_after_the_figures_attributes_and_dates_them(
        text, expected):
    assert [(g, d) for _, g, d, _ in claimants_and_dates(text, "en")] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Am Montag, erzählt Olena, habe ihr Sohn geschrieben, 300 Nordkoreaner lägen gegenüber. "
     "Im Oktober besuchte uns Jung Tae-ho, 52, Sommelier aus Seoul. Er vermutet, dass inzwischen "
     "25.000 Nordkoreaner in Russland gedient haben."),
    ("en", "On Monday, Olena says, her son wrote that 300 North Koreans lay opposite his unit. "
     "Her skipper, Seo Ji-hye, 45, is sailing round the world alone. She thinks 25,000 North "
     "Koreans will have been through Russia by next summer."),
])
def test_he_or_she_after_a_portrait_by_name_and_age_is_that_person_speaking_now(lang, text):
    *_, (_, group, claim_date, precision) = claimants_and_dates(text, lang)
    assert (group, claim_date, precision) == ("other", WEDNESDAY, "published")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a belief stated now: not on the day of a message someone else relayed before
    ("de", "Am Sonntag, erzählt Olena, habe ihr Sohn geschrieben, 300 Nordkoreaner lägen "
     "gegenüber. Ihr Nachbar Lim kennt den Krieg nur aus der Zeitung. Er glaubt, dass 25.000 "
     "Nordkoreaner in Russland sind.", (WEDNESDAY, "published")),
    ("en", "On Sunday, Olena says, her son wrote that 300 North Koreans lay opposite his unit. "
     "Her neighbour Mr Lim knows the war only from the papers. He reckons 25,000 North Koreans "
     "are in Russia.", (WEDNESDAY, "published")),
    # but on the day of the scene that introduces the speaker just before
    ("de", "Am Montag sprach Oberst Lim im Hörsaal über Korea. Er glaubt, dass 25.000 "
     "Nordkoreaner in Russland sind.", (date(2025, 3, 10), "day")),
])
def test_a_belief_stated_now_is_dated_by_its_own_scene_only(lang, text, expected):
    *_, (_, _, claim_date, precision) = claimants_and_dates(text, lang)
    assert (claim_date, precision) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Ihr Bruder ist Funker bei Sudscha. Am Freitag habe er ihr geschrieben, erzählt sie. "
     "Etwa 60 Nordkoreaner hätten in der Nacht den Waldrand gestürmt. Fünf seien im "
     "Stacheldraht gefallen.", ["other", "other"]),
    ("de", "Sein Sohn dient bei Kursk. Drüben lägen rund 90 Nordkoreaner, habe er ihm am Telefon "
     "gesagt. Zwölf von ihnen hätten sich bei Tauwetter ergeben.", ["other", "other"]),
    # a body named just before is whom `er` stands for: its claim, not a private person's
    ("de", "Deutlicher wurde der Generalstab in Seoul. Rund 4.000 Nordkoreaner seien verwundet, "
     "teilte er mit. Weitere 2.000 seien eingetroffen.", ["south_korea", "south_korea"]),
])
def test_reported_speech_carries_an_unnamed_private_speaker(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Ihr Cousin steuert Drohnen bei Sumy. Am Freitag habe er ihr eine Sprachnachricht "
     "geschickt, erzählt Oksana. Drüben räumten an die 300 Nordkoreaner Minen aus den Feldern.",
     [("other", date(2025, 3, 7))]),
    ("en", "Her son is a medic near Sumy. He called her on Friday, Marta said. About 200 North "
     "Koreans were digging in across the river.", [("other", date(2025, 3, 7))]),
    # a spokesman who `called` the parade something tells of no call
    ("en", "A French spokesman said on Monday that Paris called the parade a glorification of "
     "war. An estimated 15,000 North Koreans have passed through Russia.",
     [("unattributed", date(2025, 3, 12))]),
])
def test_a_sentence_after_a_private_persons_call_is_what_the_call_said(lang, text, expected):
    assert [(group, day) for _, group, day, _ in claimants_and_dates(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # `there` after a body's noun points back to the place named before
    ("en", "News from Kyiv. The military intelligence agency there put the number of North "
     "Korean soldiers killed at some 3,000.", ["ukraine"]),
    ("en", "News from Kyiv. The military intelligence agency there, in a statement on Monday, "
     "put the number of North Korean soldiers killed at some 3,000.", ["ukraine"]),
    ("de", "Neues aus Seoul. Der Geheimdienst dort schätzt die Zahl der getöteten Nordkoreaner "
     "auf 2.000.", ["south_korea"]),
    # `its figure`, `their last estimate`: the body of the sentence before
    ("en", "Ukraine's military intelligence went public in November. Its figure was 8,000 North "
     "Korean soldiers in Kursk.", ["ukraine"]),
    ("en", "Ukraine's general staff spoke on Monday. Their last estimate was about 5,000 North "
     "Korean dead and wounded.", ["ukraine"]),
    # a generic body's own people are the body (`the agency's analysts`), analysts alone not
    ("en", "Ukraine's military intelligence spoke on Monday. The agency's analysts reckoned "
     "about 400 North Korean soldiers were dead.", ["ukraine"]),
    ("en", "Ukraine's military intelligence spoke on Monday. Analysts reckoned about 400 North "
     "Korean soldiers were dead.", ["other"]),
    ("de", "Jan Novak war zehn Jahre Diplomat. Seiner Rechnung nach sind bislang über 4.000 "
     "Nordkoreaner getötet worden.", ["other"]),
])
def test_bodies_and_people_named_back_by_place_possessive_or_staff(lang, text, expected):
    assert groups(text, lang) == expected


def test_she_after_a_relative_is_not_the_state_broadcaster_named_before():
    """`North Korean state television` is a body, not a person named `North Korean`: a `she`
    after a sentence on someone's cousin is that cousin."""
    text = ("North Korean state television showed Kim on Sunday with the coffins of 40 soldiers. "
            "My cousin teaches at a school near an army base. She is sure Pyongyang will keep "
            "at least 10,000 soldiers in Russia through the winter.")
    assert groups(text, "en") == ["north_korea", "other"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a role and a name with a place after them speak, not the figures they judge
    ("de", "Der Historiker Urs Meier aus Biel hält die südkoreanischen Angaben für glaubwürdig. "
     "Er schätzt, dass derzeit 9000 Nordkoreaner im Grenzgebiet stehen.", ["other"]),
    # `she` passes over the body whose figure she judged in the sentence before
    ("en", "Dr Kim Soo-ah teaches in Busan. She says Seoul's figure of 300 dead is far too low. "
     "She thinks the real toll is closer to 1,000 North Korean soldiers.",
     ["south_korea", "other"]),
    ("de", "Die Verluste der Nordkoreaner in Kursk bezifferte der Generalstab in Kiew auf 4.000.",
     ["ukraine"]),
])
def test_a_person_judging_a_bodys_figures_is_the_speaker_after(lang, text, expected):
    assert groups(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # `Dieser` is the body named last; `Er` after a feminine subject is the body
    ("de", "Die Ministerin stützte sich auf den Geheimdienst in Seoul. Dieser hatte Mitte Februar "
     "gemeldet, rund 11.000 Nordkoreaner kämpften an der Seite russischer Truppen.",
     [("south_korea", date(2025, 2, 20))]),
    ("de", "Die Ministerin stützte sich auf den Geheimdienst in Seoul. Er hatte Mitte Februar "
     "gemeldet, rund 11.000 Nordkoreaner kämpften an der Seite russischer Truppen.",
     [("south_korea", date(2025, 2, 20))]),
    # a source after a colon: `…: Aus dem Pentagon war von Hunderten die Rede`
    ("de", "Zuletzt kamen neue Meldungen: Aus dem Pentagon war von Hunderten toten "
     "Nordkoreanern die Rede.", [("united_states", WEDNESDAY)]),
    # a timeline entry's date and colon date what the entry reports
    ("en", "October 2024: The NIS speaks of 1,500 North Korean soldiers. Later it says 3,000. "
     "December 2024: The first losses. Ukraine says more than 3,000 North Koreans have been "
     "killed or wounded.", [("south_korea", date(2024, 10, 31)),
                            ("south_korea", date(2024, 10, 31)), ("ukraine", date(2024, 12, 31))]),
])
def test_demonstratives_colons_and_timeline_entries(lang, text, expected):
    assert [(g, d) for _, g, d, _ in claimants_and_dates(text, lang)] == expected
