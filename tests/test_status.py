import re

import pytest

from claimtrack.status import _CLAUSE_BREAK, classify_status, place_anaphor_status
from claimtrack.topic import load_topic


def status(sentence: str, figure: str, lang: str) -> str:
    topic = load_topic()
    start = sentence.index(figure)
    return classify_status(sentence, start, start + len(figure), topic.lexicon(lang),
                           topic.default_status)


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Seoul sagte, 2.000 Soldaten seien per Flugzeug nach Chabarowsk verlegt worden.",
     "2.000", "de", "in_russia"),
    ("Officials said 4,000 soldiers had arrived for training near the Pacific coast.",
     "4,000", "en", "in_russia"),
    ("Pjöngjang könnte bis zu 20.000 weitere Soldaten schicken, hieß es.", "20.000", "de",
     "planned"),
    ("Kyiv expects some 6,000 troops to join the next wave.", "6,000", "en", "planned"),
    ("Mindestens 700 Soldaten kämpfen demnach bereits in der Region Kursk.", "700", "de",
     "near_front"),
    ("About 900 troops are now on the battlefield, the ministry said.", "900", "en",
     "near_front"),
    ("Rund 300 nordkoreanische Soldaten wurden getötet, 2.700 verwundet.", "300", "de",
     "casualties"),
    ("At least 40 soldiers were captured, officials said.", "40", "en", "casualties"),
])
def test_status_cues(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


def test_the_nearest_cue_wins():
    sentence = ("Demnach wurden 5.000 Soldaten per Bahn nach Ostrussland gebracht, "
                "wo sie auf den Kampf vorbereitet werden.")
    assert status(sentence, "5.000", "de") == "in_russia"


def test_no_cue_gives_the_topic_default():
    assert status("Die Zahl liegt bei 8.000 Soldaten.", "8.000", "de") == "in_russia"


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Rund 2.000 Soldaten wurden an die Grenze verlegt und sollen bald eingesetzt werden.",
     "2.000", "de", "near_front"),
    ("About 3,000 troops moved to the border area and are expected to join the assault.",
     "3,000", "en", "near_front"),
    ("Kim könnte 30.000 Soldaten schicken, die dann an der Front kämpfen.", "30.000", "de",
     "planned"),
    ("The ministry said 120 soldiers had been wounded, as fighting raged near the border.",
     "120", "en", "casualties"),
])
def test_the_figures_clause_decides_by_rank(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


def test_commas_inside_numbers_do_not_break_the_clause():
    sentence = "Officials believe 12,000 soldiers have been sent to the Far East."
    assert status(sentence, "12,000", "en") == "in_russia"


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Von den 9.000 nach Russland verlegten Soldaten kämpfen einige an der Front.", "9.000", "de",
     "in_russia"),
    ("Kim could send 30,000 soldiers to fight in the spring.", "30,000", "en", "planned"),
    ("Pjöngjang wird demnach 800 Pioniere in die Region Kursk schicken.", "800", "de", "planned"),
    ("Officials said 2,000 troops were shipped to Russia in May.", "2,000", "en", "in_russia"),
    ("Seoul says 900 soldiers fought in the counteroffensive.", "900", "en", "near_front"),
])
def test_noun_phrase_cues_and_planned_markers_before_the_figure(sentence, figure, lang, expected):
    topic = load_topic()
    start = sentence.index(figure)
    end = start + len(figure)
    noun = sentence.find("Soldaten" if lang == "de" else "soldiers", end)
    noun = noun if noun >= 0 else None
    assert classify_status(sentence, start, end, topic.lexicon(lang), topic.default_status,
                           noun) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Kim sent another 2,000 soldiers to replace the dead.", "2,000", "en", "in_russia"),
    ("Von den 12.000 entsandten Soldaten seien 3.000 gefallen.", "12.000", "de", "in_russia"),
    ("Pjöngjang schickte 1.000 Mann, um die Verwundeten zu ersetzen.", "1.000", "de",
     "in_russia"),
])
def test_purpose_clauses_and_inflected_participles(sentence, figure, lang, expected):
    topic = load_topic()
    start = sentence.index(figure)
    end = start + len(figure)
    noun = sentence.find("Soldaten", end) if lang == "de" else -1
    assert classify_status(sentence, start, end, topic.lexicon(lang), topic.default_status,
                           noun if noun >= 0 else None) == expected


def test_one_scan_for_any_cue_finds_the_first_cue_of_any_status():
    from claimtrack.status import _first_cue_at

    lex = load_topic().lexicon("en")
    sentence = "Of the 3,000 men, about 1,000 were killed near the border."
    first = min(m.start() for _, p in lex.status_cues for m in p.finditer(sentence))
    assert _first_cue_at(sentence, 0, len(sentence), lex) == first
    assert _first_cue_at(sentence, 0, sentence.index(" were"), lex) == -1


_TRAP_SENTENCES = [
    "Laut Kyjiw (Stand: 3. Mai) sind 1,500 Soldaten – mindestens – dort; 12,000 - so heißt es.",
    "Seoul: 2.000 Soldaten [Schätzung], ſo \u212aursk - İstanbul ı -\u00a0x —y,z ,7 , 8 ;",
    "a - b\t-\tc\n-\nd - ",
    "",
    ",",
]
_OLD_CLAUSE_BREAK = re.compile(r"[;:()\[\]–—]|,(?!\d)|\s-\s")


@pytest.mark.parametrize("sentence", _TRAP_SENTENCES)
def test_clause_break_matches_plain_alternation(sentence):
    """The class-led clause-break pattern matches exactly where the plain alternation does."""
    for pos in range(len(sentence) + 1):
        for end in range(pos, len(sentence) + 1):
            old = [m.span() for m in _OLD_CLAUSE_BREAK.finditer(sentence, pos, end)]
            assert [m.span() for m in _CLAUSE_BREAK.finditer(sentence, pos, end)] == old


def classify(sentence: str, figure: str, lang: str, noun: str | None = None) -> str:
    """The status of `figure` in `sentence`, its noun (when given) the next `noun` after it."""
    topic = load_topic()
    start = sentence.index(figure)
    end = start + len(figure)
    noun_start = sentence.index(noun, end) if noun else None
    return classify_status(sentence, start, end, topic.lexicon(lang), topic.default_status,
                           noun_start)


@pytest.mark.parametrize("sentence, figure, lang, noun, expected", [
    # a joiner (`and that`, `und dass`) starts a new clause: a predicate about some of them
    ("Officials said 4,000 soldiers had been shipped to Russia and that many were now "
     "fighting near Kursk.", "4,000", "en", "soldiers", "in_russia"),
    ("Laut Seoul wurden 3.500 Soldaten nach Russland verlegt und dass ein Teil bereits an "
     "der Front kämpfe, gilt als sicher.", "3.500", "de", "Soldaten", "in_russia"),
    # without the joiner the clause still decides by rank
    ("Officials said 4,000 soldiers had been shipped to Russia and were fighting near Kursk.",
     "4,000", "en", "soldiers", "near_front"),
    # the clause after the joiner is the figure's own clause
    ("Kyiv said it had captured two soldiers and that 600 others had been killed.", "600",
     "en", None, "casualties"),
])
def test_clause_joiners_break_the_clause(sentence, figure, lang, noun, expected):
    assert classify(sentence, figure, lang, noun) == expected


@pytest.mark.parametrize("sentence, figure, lang, noun, expected", [
    # the whole of a partitive: its own noun phrase decides, not the predicate about the part
    ("Die Hälfte der etwa 8.000 nach Ostrussland verlegten Soldaten stehe schon an der "
     "Grenze.", "etwa 8.000", "de", None, "in_russia"),
    ("Von den 6.000 in Russland stationierten Männern seien viele verwundet worden.", "6.000",
     "de", None, "in_russia"),
    ("Most of the 7,000 troops transferred to Russia have been assigned to assault units.",
     "7,000", "en", "troops", "in_russia"),
    ("A third of the 9,000 soldiers fighting in Kursk were killed.", "9,000", "en",
     "soldiers", "near_front"),
    # no partitive: the predicate counts
    ("The 7,000 troops transferred to Russia have been assigned to assault units.", "7,000",
     "en", "troops", "near_front"),
    # a partitive without a cue of its own falls through to the clause
    ("Most of the 5,000 soldiers were killed in January.", "5,000", "en", "soldiers",
     "casualties"),
])
def test_the_whole_of_a_partitive_keeps_its_own_status(sentence, figure, lang, noun, expected):
    assert classify(sentence, figure, lang, noun) == expected


@pytest.mark.parametrize("sentence, figure, lang, noun, expected", [
    ("Pyongyang has dispatched 9,000 troops to fight alongside Russian units.", "9,000", "en",
     "troops", "in_russia"),
    ("Moscow says 4,000 soldiers were shipped to join the fighting.", "4,000", "en",
     "soldiers", "in_russia"),
    ("Officials believe some 2,000 soldiers are ready to join combat.", "some 2,000", "en",
     "soldiers", "planned"),
    ("Kim hat 5.000 Mann geschickt, die an der Seite Russlands zu kämpfen haben.", "5.000",
     "de", "Mann", "in_russia"),
    # a front cue that is not an infinitive of purpose still counts
    ("Seoul says 2,000 troops were sent to the front.", "2,000", "en", "troops",
     "near_front"),
    ("About 1,500 soldiers are fighting in Kursk.", "1,500", "en", "soldiers", "near_front"),
])
def test_infinitives_of_purpose_do_not_count(sentence, figure, lang, noun, expected):
    assert classify(sentence, figure, lang, noun) == expected


@pytest.mark.parametrize("sentence, figure, lang, noun, expected", [
    # a verb-final modal closing the clause governs it
    ("Experten halten es für möglich, dass im Frühjahr 20.000 Soldaten an der Grenze stehen "
     "dürften.", "20.000", "de", "Soldaten", "planned"),
    ("Man rechne damit, dass bis zu 4.000 Nordkoreaner in Kursk eingesetzt werden sollen.",
     "bis zu 4.000", "de", "Nordkoreaner", "planned"),
    # `soll` after a perfect infinitive is hearsay, not a plan
    ("Berichten zufolge, dass Kim 3.000 Soldaten an die Front geschickt haben soll.", "3.000",
     "de", "Soldaten", "near_front"),
    ("Demnach sollen 2.000 Soldaten in Kursk gefallen sein.", "2.000", "de", "Soldaten",
     "casualties"),
    # a relative clause about the noun counts when the figure's clause has no cue
    ("Genannt wurden 800 Sanitäter, die in Kursk Verwundete versorgen sollen.", "800", "de",
     "Sanitäter", "planned"),
    ("Geplant: 700 Soldaten, die an der Front kämpfen.", "700", "de", "Soldaten",
     "near_front"),
    ("The list names 900 engineers, who are to be deployed to the border.", "900", "en",
     "engineers", "near_front"),
    # a cue of the figure's own clause keeps priority over the relative clause
    ("Kim schickte 5.000 Soldaten, die in Kursk kämpfen.", "5.000", "de", "Soldaten",
     "in_russia"),
])
def test_verb_final_modals_and_relative_clauses(sentence, figure, lang, noun, expected):
    assert classify(sentence, figure, lang, noun) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Im Frühjahr werde die Zahl voraussichtlich auf 25.000 steigen.", "25.000", "de",
     "planned"),
    ("Bis Ostern drohten weitere 5.000 Soldaten.", "5.000", "de", "planned"),
    ("Das Ministerium hat 2.000 Bauarbeiter für Kursk angekündigt.", "2.000", "de", "planned"),
    ("Die Zahl sei auf 25.000 gestiegen.", "25.000", "de", "in_russia"),
])
def test_german_future_and_announcement_cues(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Zwei Nordkoreaner befinden sich in ukrainischer Kriegsgefangenschaft.", "Zwei", "de",
     "casualties"),
    ("KCNA meldete, Hunderte Söhne hätten im Gebiet Kursk ihr Leben gegeben.", "Hunderte", "de",
     "casualties"),
    ("About 4,700 had been killed or wounded in Kursk, 600 of them fatally.", "600", "en",
     "casualties"),
    ("Der BND halte es für möglich, dass Pjöngjang weitere 5.000 Soldaten entsende.", "5.000",
     "de", "planned"),
    ("Der Generalstab sprach von 1.000 Pionieren, die für die Minenräumung bereitstünden.",
     "1.000", "de", "planned"),
    ("The Pentagon had seen signs that a couple of thousand more were being readied.",
     "a couple of thousand", "en", "planned"),
    ("Kim sprach von Tausenden Söhnen und kündigte ein Denkmal an.", "Tausenden", "de",
     "in_russia"),
    ("Bereits 3.000 Soldaten seien in Russland.", "3.000", "de", "in_russia"),
])
def test_more_status_cues(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Laut der ukrainischen Armee fielen 300 nordkoreanische Soldaten.", "300", "de"),
    ("Bei dem Angriff starben 200 nordkoreanische Soldaten.", "200", "de"),
    ("Kyiv said 300 North Korean soldiers perished in the assault.", "300", "en"),
    ("Kyiv said 200 North Korean soldiers fell in battle.", "200", "en"),
])
def test_past_tense_death_verbs_are_casualties(sentence, figure, lang):
    assert status(sentence, figure, lang) == "casualties"


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("The NIS said Pyongyang had sent roughly 15,000 troops to Russia and was preparing to "
     "dispatch 6,000 more.", "15,000", "en", "in_russia"),
    ("The NIS said Pyongyang had sent roughly 15,000 troops to Russia and was preparing to "
     "dispatch 6,000 more.", "6,000", "en", "planned"),
    ("Der NIS sagte, Pjöngjang habe 15.000 Soldaten nach Russland geschickt und bereite die "
     "Entsendung von 6.000 weiteren vor.", "15.000", "de", "in_russia"),
])
def test_a_coordinated_verb_phrase_is_a_clause_of_its_own(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Seoul says 300 North Korean soldiers have gone missing.", "300", "en", "casualties"),
    ("Seoul zufolge gelten 300 nordkoreanische Soldaten als vermisst.", "300", "de",
     "casualties"),
    ("Seoul says 6,000 North Korean troops are expected to arrive next month.", "6,000", "en",
     "planned"),
    ("Seoul zufolge sollen nächsten Monat 6.000 nordkoreanische Soldaten eintreffen.", "6.000",
     "de", "planned"),
    ("Seoul says 2,000 North Korean soldiers have been pulled back from the front.", "2,000",
     "en", "in_russia"),
    ("Seoul zufolge wurden 2.000 nordkoreanische Soldaten von der Front abgezogen.", "2.000",
     "de", "in_russia"),
    ("Seoul zufolge nehmen 3.000 nordkoreanische Soldaten an Angriffen teil.", "3.000", "de",
     "near_front"),
])
def test_missing_future_times_withdrawals_and_attacks(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Kiew warnt vor bis zu 6000 weiteren nordkoreanischen Soldaten.", "6000", "de", "planned"),
    ("Kyiv warned of up to 6,000 more North Korean soldiers.", "6,000", "en", "planned"),
    ("Der HUR rechnet damit, dass Pjöngjang bis zu 6000 weitere Soldaten schickt.", "6000", "de",
     "planned"),
    ("Kiew spricht von 11.000 Soldaten aus Pjöngjang in der Region.", "11.000", "de",
     "near_front"),
])
def test_warnings_expectations_and_the_region(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Zelensky warned that up to 5,000 North Korean soldiers could be in combat within days.",
     "5,000", "en", "planned"),
    ("Seoul said 3,000 North Korean soldiers will soon be at the front.", "3,000", "en",
     "planned"),
    ("Seoul said 300 North Korean soldiers may have been killed.", "300", "en", "casualties"),
    ("It published the portraits of more than 100 North Korean heroes who fell in Russia.",
     "100", "en", "casualties"),
    ("Kim ehrte 101 nordkoreanische Soldaten posthum als Helden.", "101", "de", "casualties"),
])
def test_future_copulas_and_the_fallen(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Im Gespräch seien bis zu 10.000 zusätzliche nordkoreanische Kräfte, darunter "
     "Kampftruppen.", "10.000", "de", "planned"),
    ("North Korea was training up to 5,000 more soldiers for deployment to Russia.", "5,000",
     "en", "planned"),
    ("About 1,000 North Korean soldiers gathered at a port, possibly ahead of a new "
     "deployment.", "1,000", "en", "planned"),
    ("Thousands of North Korean soldiers had fought in Kursk and would be honoured with a "
     "memorial.", "Thousands", "en", "near_front"),
    ("Up to 5,000 North Korean soldiers could be “in combat within days”.", "5,000", "en",
     "planned"),
    ("At least 7,000 North Korean soldiers were within striking distance of Ukrainian "
     "positions.", "7,000", "en", "near_front"),
])
def test_plans_purposes_and_honours(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Die Ukraine hält nach eigenen Angaben drei nordkoreanische Kriegsgefangene.", "drei", "de",
     "casualties"),
    ("Kyiv holds three North Korean POWs in a camp near Lviv.", "three", "en", "casualties"),
    ("Mehrere tausend Soldaten warteten in Lagern weit hinter der Front auf Befehle.",
     "Mehrere tausend", "de", "in_russia"),
    ("Several thousand troops waited in camps far behind the front lines.", "Several thousand",
     "en", "in_russia"),
    ("Pyongyang is to dispatch 1,000 sappers to Russia, Moscow said.", "1,000", "en", "planned"),
    ("About 2,000 soldiers were moved to Wonsan for a new deployment.", "2,000", "en",
     "planned"),
])
def test_prisoners_rear_camps_and_plans(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang", [
    ("He is prepared to hand two soldiers captured in Kursk back to Pyongyang.", "two", "en"),
    ("Seoul could soon return the 300 troops wounded in the fighting.", "300", "en"),
])
def test_a_casualty_participle_after_the_noun_belongs_to_its_phrase(sentence, figure, lang):
    topic = load_topic()
    start = sentence.index(figure)
    noun_start = sentence.index(" ", start + len(figure)) + 1
    assert classify_status(sentence, start, start + len(figure), topic.lexicon(lang),
                           topic.default_status, noun_start) == "casualties"


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Bis Dezember dürften es nach seiner Einschätzung etwa 10.000 werden.", "etwa 10.000", "de",
     "planned"),
    ("Die Zahl dürfte bei etwa 10.000 Soldaten liegen.", "etwa 10.000", "de", "in_russia"),
    ("Es handle sich um mehrere tausend Mann, die in kleinen Gruppen vorrückten.",
     "mehrere tausend", "de", "near_front"),
    ("Several thousand troops advanced in small groups across the fields.", "Several thousand",
     "en", "near_front"),
    ("Around 5,000 construction troops are to travel to Russia in stages.", "5,000", "en",
     "planned"),
])
def test_future_with_duerfte_advances_and_are_to(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Die Nato stelle sich bis zum Jahresende auf mehrere tausend weitere Nordkoreaner ein.",
     "mehrere tausend", "de", "planned"),
    ("Dann stehen bis zum Frühjahr bis zu 20.000 Nordkoreaner dort.", "bis zu 20.000", "de",
     "planned"),
    ("Seoul expects up to 20,000 troops there by spring.", "up to 20,000", "en", "planned"),
    ("Bislang waren 14.000 Nordkoreaner in Russland eingesetzt.", "14.000", "de", "in_russia"),
    ("Hunderte Offiziere hätten in Russland eine Ausbildung an Kampfdrohnen durchlaufen.",
     "Hunderte", "de", "in_russia"),
])
def test_future_limits_rear_deployment_and_combat_drones(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Nach den schweren Verlusten des Winters habe Pjöngjang rund 3.000 Mann als Ersatz "
     "nachgeschickt.", "rund 3.000", "de", "in_russia"),
    ("Er schätzt, dass mindestens 2.000 der jungen Männer nicht mehr leben.", "mindestens 2.000",
     "de", "casualties"),
    ("Rund 1.000 weitere hätten Verwundungen erlitten.", "Rund 1.000", "de", "casualties"),
    ("North Korea has suffered 6,000 casualties, at least 1,500 of them fatal.", "at least 1,500",
     "en", "casualties"),
    ("Er geht davon aus, dass heuer noch bis zu 5000 Mann nachrücken werden.", "bis zu 5000",
     "de", "planned"),
    ("He'll send 10,000 more before Christmas.", "10,000", "en", "planned"),
    ("Er rechne damit, dass Pjöngjang zwischen 10.000 und 15.000 Soldaten schickt.",
     "zwischen 10.000 und 15.000", "de", "planned"),
    ("The true number is between 18,000 and 20,000, once replacements for the dead are counted.",
     "between 18,000 and 20,000", "en", "in_russia"),
    ("Budanow: Nordkorea verlegt weitere 1.500 Soldaten nach Kursk", "1.500", "de",
     "near_front"),
])
def test_losses_before_a_figure_fatal_future_and_governed_plans(sentence, figure, lang,
                                                                 expected):
    """`nach den Verlusten`, `replacements for the dead`: what the troops replace, not what
    the figure counts; `nicht mehr leben`, `fatal`; `nachrücken werden`, `He'll`; a plan in the
    clause that governs the figure's `dass` clause."""
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Schoigu hatte am 17. Juni angekündigt, Pjöngjang schicke 1.000 Pioniere nach Kursk.",
     "1.000", "de", "planned"),
    ("I would not be surprised if, by the end of the year, some 20,000 North Koreans have served "
     "in Russia.", "some 20,000", "en", "planned"),
    ("Schoigu traf Kim am Dienstag, Pjöngjang schickte 1.000 Pioniere nach Russland.", "1.000",
     "de", "in_russia"),
    ("Der Gouverneur kündigte am Freitag in Kursk an, im Herbst kämen 2.000 Bauarbeiter aus dem "
     "Norden.", "2.000", "de", "planned"),
    ("Schoigu kündigte bei seinem Besuch an, 4.000 Pioniere würden ins Grenzgebiet geschickt.",
     "4.000", "de", "planned"),
    ("Das Staatsfernsehen kündigte eine Feier für die Soldaten an, deren Zahl es mit 300 "
     "Gefallenen angab.", "300", "de", "casualties"),
])
def test_a_plan_closing_the_clause_before_governs_the_figure(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Moscow might already have flown 7,000 North Korean soldiers to Russia, she said.",
     "7,000", "en", "in_russia"),
    ("Pyongyang could have sent as many as 9,000 men to the Kursk front by now.", "9,000",
     "en", "near_front"),
    ("As many as 2,000 of them may well have been killed, the analyst said.", "2,000", "en",
     "casualties"),
    ("Seit dem Frühjahr könnten bis zu 4.000 Soldaten per Bahn nach Russland verlegt worden "
     "sein, sagte er.", "4.000", "de", "in_russia"),
    ("Er schätzt, dass bis heute rund 8.000 Mann in Russland gewesen sein dürften.", "8.000",
     "de", "in_russia"),
    # a modal without a perfect infinitive is still a plan
    ("Pyongyang could send 7,000 more soldiers to Russia, she said.", "7,000", "en", "planned"),
    ("Bis zu 4.000 Soldaten könnten nach Russland verlegt werden.", "4.000", "de", "planned"),
    ("Er sagte, sein Land könnte 5.000 Soldaten schicken.", "5.000", "de", "planned"),
])
def test_a_modal_with_a_perfect_infinitive_guesses_at_the_past(sentence, figure, lang,
                                                               expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    # `combat` describing the troops is no place; `fighters` are troops, not fighting
    ("Seoul said 3,000 combat troops could follow in the spring.", "3,000", "en", "planned"),
    ("About 2,000 fighters were flown to Vladivostok last month.", "2,000", "en", "in_russia"),
    ("About 2,000 soldiers were sent into combat near Kursk.", "2,000", "en", "near_front"),
    # given lives are losses
    ("Kim praised 300 soldiers who had given their lives abroad.", "300", "en", "casualties"),
    # future perfect, conceivable, capable of, in a position to
    ("Er glaubt, dass bis Ende Jahr 9.000 Soldaten in Russland stationiert sein werden.",
     "9.000", "de", "planned"),
    ("Langfristig seien 20.000 Soldaten aus Nordkorea denkbar, sagte sie.", "20.000", "de",
     "planned"),
    ("Nordkorea sei in der Lage, 10.000 Soldaten nach Kursk zu bringen.", "10.000", "de",
     "planned"),
    ("North Korea is capable of sending another 50,000 soldiers, he said.", "50,000", "en",
     "planned"),
    ("A force of 40,000 North Korean soldiers in Russia is conceivable, she said.", "40,000",
     "en", "planned"),
])
def test_combat_troops_given_lives_and_prospects(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Some 3,000 North Koreans were training in eastern Russia and could head west soon.",
     "3,000", "en", "in_russia"),
    ("Rund 3.000 Nordkoreaner trainierten in Ostrussland und könnten bald verlegt werden.",
     "3.000", "de", "in_russia"),
    # without a cue before the joined modal, the modal decides
    ("Some 3,000 North Koreans are ready and could head west soon.", "3,000", "en", "planned"),
])
def test_a_joined_modal_phrase_adds_a_prospect(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, noun, expected", [
    ("He said up to 5,000 more combat soldiers could follow by spring.", "up to 5,000",
     "soldiers", "planned"),
    ("Pyongyang had sent about 15,000 combat troops to Russia by April.", "about 15,000",
     "troops", "in_russia"),
    ("About 2,000 frontline soldiers were flown to Moscow.", "About 2,000", "soldiers",
     "near_front"),
])
def test_a_cue_in_the_noun_phrase_is_read_with_the_noun_in_view(sentence, figure, noun,
                                                                expected):
    topic = load_topic()
    start = sentence.index(figure)
    assert classify_status(sentence, start, start + len(figure), topic.lexicon("en"),
                           topic.default_status, sentence.index(noun)) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Pjöngjang habe 9.000 Kampfsoldaten nach Russland geschickt.", "9.000", "de", "in_russia"),
    ("Rund 800 Soldaten wurden in die Region verlegt.", "800", "de", "near_front"),
    ("About 800 soldiers were moved into the region.", "800", "en", "near_front"),
    ("About 800 soldiers were moved to the Belgorod region.", "800", "en", "near_front"),
    ("Drones hit their positions, killing or wounding at least 30 soldiers.", "30", "en",
     "casualties"),
    ("About 5,000 soldiers were training for rotation into Russia.", "5,000", "en", "planned"),
    ("Kyiv counted 20,000 North Koreans on Russian soil, and that 6,000 had died.", "20,000",
     "en", "in_russia"),
    ("Kiew zählte 20.000 Nordkoreaner auf russischem Boden, von denen 6.000 tot seien.",
     "20.000", "de", "in_russia"),
    ("The paper says Pyongyang sent 10,000 soldiers and warns that it could send more.",
     "10,000", "en", "in_russia"),
])
def test_soldier_compounds_regions_killing_rotation_soil_and_joined_warnings(sentence, figure,
                                                                            lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Pyongyang has sent 2,000 more soldiers to Russia to replace men killed or wounded in the "
     "Kursk region.", "2,000", "en", "in_russia"),
    ("Pjöngjang habe 2.000 Soldaten nach Russland geschickt, um die Gefallenen und Verwundeten "
     "im Gebiet Kursk zu ersetzen.", "2.000", "de", "in_russia"),
    # a clause break ends the purpose phrase
    ("Pyongyang sent 2,000 soldiers to replace the dead; 500 are now fighting in Kursk.", "500",
     "en", "near_front"),
])
def test_a_purpose_phrase_covers_every_cue_up_to_the_next_break(sentence, figure, lang,
                                                                expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Seoul says 15,000 North Koreans were sent to Russia and roughly 4,700 killed or wounded.",
     "15,000", "en", "in_russia"),
    ("Seoul sagt, 15.000 Nordkoreaner seien nach Russland geschickt und rund 4.700 getötet oder "
     "verwundet worden.", "15.000", "de", "in_russia"),
    ("Seoul says 15,000 North Koreans were sent to Russia and roughly 4,700 killed or wounded.",
     "4,700", "en", "casualties"),
])
def test_and_another_figure_ends_the_clause_of_the_first(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    # a number before `of the` / `out of` makes the figure the whole
    ("Seoul believes 2,000 of the roughly 15,000 soldiers sent to Russia have been killed.",
     "roughly 15,000", "en", "in_russia"),
    ("Seoul says 2,000 died out of some 13,000 soldiers sent to Russia.", "some 13,000", "en",
     "in_russia"),
    # plans: a judgement with an adverb, a surprise, a provide verb closing the clause
    ("Er hält es für gut möglich, dass Kim bis zu 50.000 Mann schickt.", "50.000", "de",
     "planned"),
    ("Sie hält es für wahrscheinlich, dass noch 8.000 Mann nachkommen.", "8.000", "de",
     "planned"),
    ("I wouldn't be surprised to see 20,000 or more by next summer, she said.", "20,000", "en",
     "planned"),
    ("Pjöngjang stelle 1000 Pioniere für das Gebiet Kursk bereit, sagte er.", "1000", "de",
     "planned"),
    ("He said 6,000 North Korean builders would work in Kursk for months.", "6,000", "en",
     "planned"),
    # `stünden … bereit` at the front is no promise
    ("In Kursk stünden 11.000 Soldaten aus Nordkorea bereit.", "11.000", "de", "near_front"),
    # modals that make no plan
    ("He estimated that the dead and wounded may exceed 5,000.", "5,000", "en", "casualties"),
    ("A spokesperson would say only that the North had lost thousands of soldiers.",
     "thousands", "en", "casualties"),
    # losses and the front line
    ("Spezialkräfte hätten etwa 50 nordkoreanische Soldaten außer Gefecht gesetzt.", "50",
     "de", "casualties"),
    ("Kim habe Tausende seiner Soldaten geopfert.", "Tausende", "de", "casualties"),
    ("His forces had seized two North Korean soldiers.", "two", "en", "casualties"),
    ("Tausende Nordkoreaner stünden bereits in vorderster Linie.", "Tausende", "de",
     "near_front"),
])
def test_wholes_judged_plans_promises_non_plans_and_losses(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Es seien einige tausend Soldaten gewesen, die Seite an Seite mit russischen Einheiten "
     "standen.", "einige tausend", "de"),
    ("Several thousand North Koreans stood shoulder to shoulder with Russian units.",
     "Several thousand", "en"),
])
def test_side_by_side_with_russian_units_is_at_the_front(sentence, figure, lang):
    assert status(sentence, figure, lang) == "near_front"


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Zwei Männer seien im Gebiet Kursk festgesetzt und nach Kiew gebracht worden.", "Zwei",
     "de", "casualties"),
    ("Ukrainische Einheiten hätten im Gebiet Kursk zwei Soldaten lebend gefasst.", "zwei", "de",
     "casualties"),
    ("Pyongyang has agreed to provide 1,000 sappers for the Kursk region.", "1,000", "en",
     "planned"),
    ("Roughly 12,000 North Korean personnel are being prepared at five bases in eastern Russia.",
     "Roughly 12,000", "en", "in_russia"),
    ("A further 1,500 North Korean soldiers have followed since.", "1,500", "en", "in_russia"),
    ("Kim rushed another 3,000 of his men to Russia to plug the holes left by horrendous losses.",
     "3,000", "en", "in_russia"),
    ("North Korea has already moved about 3,000 soldiers to Russia and is getting ready to send "
     "many more.", "about 3,000", "en", "in_russia"),
])
def test_captures_agreements_preparation_sites_followers_gaps_and_joined_readiness(
        sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    ("Of those, 1,000 are to clear mines.", "1,000", "planned"),
    ("A further 2,000 soldiers is to follow in spring.", "2,000", "planned"),
    # `whose job is to` states a task, not a plan
    ("Some 12,000 were sent, including several hundred officers whose job is to prevent "
     "defections.", "several hundred", "in_russia"),
])
def test_are_to_states_a_plan(sentence, figure, expected):
    test_status_cues(sentence, figure, "en", expected)


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    ("„Ich wäre nicht überrascht, wenn es am Ende 20.000 Nordkoreaner wären.“", "20.000",
     "planned"),
    ("„Ich würde heuer mit bis zu 20.000 zusätzlichen Soldaten rechnen.“", "bis zu 20.000",
     "planned"),
    ("Für 25.000 zusätzliche Soldaten laufe in Nordkorea bereits die Mobilisierung.", "25.000",
     "planned"),
])
def test_german_expectations_state_a_plan(sentence, figure, expected):
    test_status_cues(sentence, figure, "de", expected)


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Kuhlmann rechnet dennoch damit, dass Kim bis zu 10.000 weitere Soldaten nach Russland "
     "schickt.", "10.000", "planned"),
    ("Es würde mich nicht überraschen, wenn Pjöngjang bis Ende Jahr nochmals 10'000 Mann "
     "schickt.", "10'000", "planned"),
    ("Sie schätzt, dass Nordkorea im Frühjahr 3.000 Soldaten als Ersatz nachschiebt.", "3.000",
     "planned"),
    # a past sending in a dass clause is no plan
    ("Sie schätzt, dass Nordkorea seit Oktober 11.000 Soldaten nach Russland geschickt hat.",
     "11.000", "in_russia"),
])
def test_a_sending_in_the_present_closing_a_dass_or_wenn_clause_is_a_plan(sentence, figure,
                                                                           expected):
    assert status(sentence, figure, "de") == expected


@pytest.mark.parametrize("sentence, figure, expected", [
    ("6000 Nordkoreaner sollen das Gebiet Kursk räumen und aufbauen.", "6000", "planned"),
    ("1.000 von ihnen sollen Minen und Blindgänger im Gebiet Kursk beseitigen.", "1.000",
     "planned"),
    # hearsay: a state now, or a past
    ("Über 10'000 Soldaten aus Pjöngjang sollen in Kursk stehen.", "10'000", "near_front"),
    ("Rund 2.000 nordkoreanische Soldaten sollen im Krieg gefallen sein.", "2.000",
     "casualties"),
    ("Außerdem sollen gut 5.000 Pioniere inzwischen in Russland Straßen wiederaufbauen.",
     "5.000", "in_russia"),
])
def test_sollen_with_a_task_after_the_figure_is_a_plan_but_not_hearsay(sentence, figure,
                                                                        expected):
    assert status(sentence, figure, "de") == expected


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Seoul says 10,000 North Korean troops are still near Ukraine.", "10,000", "en"),
    ("Seoul: 10,000 North Korean troops now on Ukraine's doorstep", "10,000", "en"),
    ("Syrskyi wrote that about 2,000 of them were again in action in that sector.", "2,000",
     "en"),
    ("I reckon a few thousand are in the line at any one time.", "a few thousand", "en"),
    ("Er schreibt, dass drüben jetzt 3.000 Koreaner in den Gräben liegen.", "3.000", "de"),
])
def test_near_ukraine_in_action_and_in_the_trenches_are_near_the_front(sentence, figure, lang):
    assert status(sentence, figure, lang) == "near_front"


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Bis zum Frühjahr rechnet er mit mehreren tausend Toten auf nordkoreanischer Seite.",
     "mehreren tausend", "de"),
    ("„Bis zum Frühjahr werden es Tausende Tote sein“, sagt er.", "Tausende", "de"),
    ("He expects Pyongyang could lose 3,000 dead by the spring.", "3,000", "en"),
    ("Kyiv warns that up to 5,000 dead could follow by the summer.", "5,000", "en"),
])
def test_a_casualty_noun_counted_is_casualties_even_in_a_plan(sentence, figure, lang):
    topic = load_topic()
    start = sentence.index(figure)
    noun = re.search(r"Toten|Tote|dead", sentence).start()
    assert classify_status(sentence, start, start + len(figure), topic.lexicon(lang),
                           topic.default_status, noun) == "casualties"


@pytest.mark.parametrize("sentence, figure, expected", [
    ("He estimated that Pyongyang's dead and wounded may exceed 5,000.", "exceed 5,000",
     "casualties"),
    ("Pyongyang may send 5,000 more soldiers.", "5,000", "planned"),
])
def test_a_plan_word_before_a_hedge_is_read_with_the_hedge_after_it(sentence, figure, expected):
    """`may exceed 5,000` is no plan even though `exceed` belongs to the figure."""
    assert status(sentence, figure, "en") == expected


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Syrskyi said thousands of them were again attacking near the town.", "thousands", "en"),
    ("Several thousand have returned to positions near Sudzha, officials said.",
     "Several thousand", "en"),
    ("Rund 3.000 von ihnen seien wieder in die Angriffe eingebunden.", "3.000", "de"),
    ("Z-Blogger: 3.000 Nordkoreaner beim Sturm auf Sudscha", "3.000", "de"),
])
def test_attacks_and_sudzha_are_near_the_front(sentence, figure, lang):
    assert status(sentence, figure, lang) == "near_front"


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Er schätzt, dass bis Ende Jahr nochmals mehrere tausend Nordkoreaner an die Front "
     "geschickt werden.", "mehrere tausend", "de", "planned"),
    ("Sie glaubt, dass am Ende 20.000 Nordkoreaner für Russland im Einsatz sein werden.",
     "20.000", "de", "planned"),
    ("He thinks several thousand more North Koreans will be sent to the front by December.",
     "several thousand", "en", "planned"),
    ("Er sagt, dass 2.000 Nordkoreaner an die Front geschickt worden seien.", "2.000", "de",
     "near_front"),
])
def test_a_future_passive_or_copula_closing_a_dass_clause_is_a_plan(sentence, figure, lang,
                                                                     expected):
    """`dass … an die Front geschickt werden`, `… im Einsatz sein werden`: still to come; not
    `geschickt worden seien`, which has happened."""
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("On Monday, with allied leaders due in The Hague next week, Rutte said Pyongyang had sent "
     "more than 10,000 soldiers to Russia.", "more than 10,000", "en", "in_russia"),
    ("Am Montag, während die Verbündeten nächste Woche in Den Haag erwartet werden, sagte Rutte, "
     "Pjöngjang habe mehr als 10.000 Soldaten nach Russland geschickt.", "mehr als 10.000", "de",
     "in_russia"),
    ("Kim had promised in June, by the end of the year, 6,000 more soldiers for Kursk.",
     "6,000", "en", "planned"),
])
def test_a_plan_in_an_absolute_or_while_clause_does_not_govern_the_figure(sentence, figure,
                                                                            lang, expected):
    """`with leaders due … next week, X said … had sent`: the plan is the circumstance's."""
    assert status(sentence, figure, lang) == expected


def test_moving_into_russia_is_in_russia():
    sentence = ("It added that roughly 5,000 construction troops have been moving into Russia "
                "since September, and that Pyongyang may be readying several thousand more.")
    assert status(sentence, "roughly 5,000", "en") == "in_russia"


@pytest.mark.parametrize("sentence, figure, lang", [
    ("The agency said it could not confirm the report, but put the deployment at close to "
     "15,000 soldiers.", "close to 15,000", "en"),
    ("Der Dienst sagte, er könne nicht bestätigen, was Kiew melde, schätze die Entsendung aber "
     "auf knapp 15.000 Soldaten.", "knapp 15.000", "de"),
])
def test_a_negated_modal_is_no_plan(sentence, figure, lang):
    """`could not confirm`, `könne nicht bestätigen`: nothing is planned."""
    assert status(sentence, figure, lang) != "planned"


@pytest.mark.parametrize(("sentence", "figure", "lang"), [
    ("Er glaubt, dass Kim heuer noch rund 8.000 weitere Soldaten nach Russland bringt.", "8.000",
     "de"),
    ("Der NIS sprach von Plänen, die Truppe auf bis zu 14.000 Mann aufzustocken.", "14.000", "de"),
    ("Bis Weihnachten schickt Kim wohl 9.000 Soldaten nach Russland.", "9.000", "de"),
    ("Moskau hofft auf 20.000 nordkoreanische Soldaten in Russland.", "20.000", "de"),
    ("Kyiv braces for 30,000 more North Korean soldiers in Russia.", "30,000", "en"),
    ("Moscow was counting on up to 30,000 additional North Koreans in Russia.", "30,000", "en"),
    ("Moscow hopes to field 25,000 North Koreans in Russia by next summer.", "25,000", "en"),
    ("Shoigu came back from Pyongyang promising another 6,000 troops for Russia.", "6,000", "en"),
    ("A report put Pyongyang's next wave at 25,000 men shipped to Russia.", "25,000", "en"),
    ("If the war goes on, I'd look for 20,000 more of them in Russia.", "20,000", "en"),
    ("Sie meint, Zehntausende weitere würden noch nach Russland gehen.", "Zehntausende", "de"),
    ("Eintreffen sollen demnach 4000 Pioniere aus dem Norden in Russland.", "4000", "de"),
    ("Er geht davon aus, dass Russland weitere 6.000 Nordkoreaner anfordert.", "6.000", "de"),
    ("KCNA meldete, 2.000 junge Soldaten hätten sich freiwillig gemeldet.", "2.000", "de"),
    ("State media said hundreds more young men had \"volunteered\" to go to Russia.", "hundreds",
     "en"),
])
def test_future_markers_make_a_figure_planned(sentence, figure, lang):
    assert status(sentence, figure, lang) == "planned"


def test_a_promise_to_the_families_of_the_fallen_is_no_plan():
    sentence = ("Kim was shown promising the families of hundreds of fallen heroes that the state "
                "would care for them.")
    assert status(sentence, "hundreds", "en") == "casualties"


@pytest.mark.parametrize(("sentence", "figure", "lang"), [
    ("Nordkorea werde 7000 Mann für den Wiederaufbau im Gebiet Kursk abstellen: 2000 Pioniere "
     "zum Räumen der Minen, die übrigen 5000 für den Bau.", "2000", "de"),
    ("Nordkorea werde 7.000 Soldaten in die Region Kursk schicken, 2.000 davon als "
     "Minenräumer.", "2.000", "de"),
    ("Pyongyang would dispatch 2,000 deminers to the Kursk region, plus 5,000 soldiers from "
     "its construction corps.", "5,000", "en"),
    ("North Korea would send 7,000 men to the Kursk region, 2,000 of them to clear mines.",
     "2,000", "en"),
])
def test_a_breakdown_or_addition_after_a_plan_is_planned(sentence, figure, lang):
    assert status(sentence, figure, lang) == "planned"


@pytest.mark.parametrize(("sentence", "figure", "lang"), [
    ("Kyiv said last week that Pyongyang was training a further 6,000 troops for deployment "
     "to Russia, and NATO's chief said on Thursday that the North had more than 10,000 soldiers "
     "on Russian soil.", "10,000", "en"),
    ("Der NIS sprach am Montag von Plänen für eine neue Welle: 3.000 Nordkoreaner stünden "
     "bereits seit Wochen in Kursk an der Front.", "3.000", "de"),
])
def test_a_clause_after_a_plan_that_is_no_part_of_it_keeps_its_own_status(sentence, figure, lang):
    assert status(sentence, figure, lang) != "planned"


@pytest.mark.parametrize(("sentence", "figure", "lang"), [
    ("Fallschirmjäger hätten bei Sudscha drei Nordkoreaner lebend in ihre Gewalt gebracht.",
     "drei", "de"),
    ("Rund 3000 Männer aus Nordkorea hätten ihren Einsatz mit dem Leben bezahlt.", "3000", "de"),
    ("Von den 11.000 seien knapp 5.000 nicht mehr einsatzfähig.", "5.000", "de"),
    ("Das Fernsehen zeigte die Särge von Dutzenden nordkoreanischen Soldaten in Kursk.",
     "Dutzenden", "de"),
    ("Zelensky said that three North Korean soldiers were now in Ukrainian hands in Kursk.",
     "three", "en"),
    ("Ukrainian paratroopers caught three of Pyongyang's soldiers alive near Sudzha.", "three",
     "en"),
    ("My own guess is that the real toll is closer to 4,000 in Kursk.", "4,000", "en"),
    ("Pyongyang has seen about 3,000 of its soldiers die in the Kursk campaign.", "3,000", "en"),
    ("State television showed the coffins of dozens of soldiers back from Kursk.", "dozens",
     "en"),
])
def test_more_casualty_words(sentence, figure, lang):
    assert status(sentence, figure, lang) == "casualties"


@pytest.mark.parametrize(("sentence", "figure", "lang"), [
    ("Kim sends 3,000 more troops to die for Putin in Russia.", "3,000", "en"),
    ("Kim schickt 3.000 weitere Soldaten nach Russland, um dort zu sterben.", "3.000", "de"),
])
def test_sent_to_die_is_a_purpose_not_a_loss(sentence, figure, lang):
    assert status(sentence, figure, lang) != "casualties"


@pytest.mark.parametrize(("sentence", "figure", "lang"), [
    ("The new troops would join the roughly 12,000 North Koreans already in Russia.", "12,000",
     "en"),
    ("They would come on top of the roughly 12,000 North Koreans sent last year.", "12,000",
     "en"),
    ("That would bring the contingent sent to Russia to some 15,000 by Seoul's count.", "15,000",
     "en"),
    ("That would bring the North Korean contingent sent to Russia since October to some 15,000.",
     "15,000", "en"),
    ("Zu den rund 12.000 bereits entsandten Soldaten kämen bald mehrere tausend hinzu.",
     "12.000", "de"),
])
def test_a_force_already_there_is_no_plan(sentence, figure, lang):
    assert status(sentence, figure, lang) == "in_russia"


def test_those_already_there_do_not_make_a_planned_figure_present():
    sentence = ("Kyiv said it had seen preparations to send up to 7,000 fresh troops to relieve "
                "those already in Russia before the year is out.")
    assert status(sentence, "7,000", "en") == "planned"


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("„Er schreibt, drüben sind jetzt 3.000 Koreaner“, sagt der Vater.", "3.000", "de",
     "near_front"),
    ("Auf der anderen Seite stehen nach seinen Worten 2.000 Nordkoreaner.", "2.000", "de",
     "near_front"),
    ("Kyiv says 8,000 North Koreans have reached the areas bordering Ukraine.", "8,000", "en",
     "near_front"),
    ("He says there are 2,000 Koreans on the other side now.", "2,000", "en", "near_front"),
    ("Drei Wochen später lagen die sterblichen Überreste von 40 Nordkoreanern in Kühlcontainern.",
     "40", "de", "casualties"),
    ("By his count, some 2,100 of them paid for the lesson with their lives.", "2,100", "en",
     "casualties"),
    ("Special forces took three North Korean soldiers alive near Sudzha.", "three", "en",
     "casualties"),
    ("He figures a few thousand of those boys are not coming home.", "a few thousand", "en",
     "casualties"),
])
def test_the_other_side_and_more_casualty_words(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Pjöngjang schickt 4.500 Pioniere an die Grenze bei Belgorod.", "4.500", "de", "planned"),
    ("Ein Sprecher erklärte, Kim entsende 2.000 Bausoldaten in das Gebiet Kursk.", "2.000", "de",
     "planned"),
    ("Moskau teilte mit, Kim stelle für die Region Brjansk 900 Pioniere sowie 3.000 Bausoldaten "
     "bereit.", "900", "de", "planned"),
    ("Officials say Pyongyang is sending 3,500 engineers to the front near Kursk.", "3,500", "en",
     "planned"),
    ("Kim sends 800 sappers to the border region", "800", "en", "planned"),
    # a sending in the past reached the place; a present sending to Russia is in Russia
    ("Pyongyang sent 3,000 soldiers to the Kursk region last year.", "3,000", "en", "near_front"),
    ("Kim schickt 2.000 weitere Soldaten nach Russland.", "2.000", "de", "in_russia"),
])
def test_a_present_sending_is_on_its_way_not_at_the_front(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Vor seinem Abschnitt liegen nach seinen Worten 700 Nordkoreaner.", "700", "de",
     "near_front"),
    ("Er sagt, die 1.200 Koreaner hätten sich am Waldrand eingegraben.", "1.200", "de",
     "near_front"),
    ("Etwa 3.000 seien in Richtung Ukraine unterwegs, hieß es.", "3.000", "de", "near_front"),
    ("Her cousin counts 400 North Koreans across from his trench line.", "400", "en",
     "near_front"),
    ("He says maybe 900 are in his sector, and they rotate weekly.", "900", "en", "near_front"),
    ("About 2,500 of them have dug in along the river.", "2,500", "en", "near_front"),
    ("Some 5,000 have moved closer to Ukraine since March.", "5,000", "en", "near_front"),
])
def test_sectors_trenches_and_the_way_to_ukraine_are_near_the_front(sentence, figure, lang,
                                                                   expected):
    assert status(sentence, figure, lang) == expected


def anaphor(before: str, sentence: str, figure: str, lang: str) -> str | None:
    start = sentence.index(figure)
    return place_anaphor_status(sentence, start, start + len(figure), before,
                                load_topic().lexicon(lang))


@pytest.mark.parametrize(("before", "sentence", "figure", "lang", "expected"), [
    ("Die Kämpfe im Gebiet Kursk dauern an.",
     "Nach Angaben aus Kiew stehen dort noch 4.000 Nordkoreaner.", "4.000", "de", "near_front"),
    ("Pjöngjang hat im Herbst Soldaten nach Russland geschickt.",
     "Heute sind dort etwa 9.000 stationiert.", "9.000", "de", "in_russia"),
    ("Fighting in the Kursk region flared again this week.",
     "Analysts believe about 6,500 remain there.", "6,500", "en", "near_front"),
    # the place named in the sentence itself comes last, so it is the one meant
    ("The war in Kursk goes on.",
     "Seoul said troops had reached Russia's far east and that 2,000 were training there.",
     "2,000", "en", "in_russia"),
    # `there is/are` and `told reporters there that` point at no place
    ("The war in Kursk goes on.", "There are 6,500 North Koreans, he said.", "6,500", "en", None),
    ("The war in Kursk goes on.", "The minister told reporters there that 5,000 more had come.",
     "5,000", "en", None),
    # a place in the clause itself wins
    ("Die Front bei Kursk hält.", "Dort sollen 2.000 in Russland geblieben sein.", "2.000", "de",
     None),
    # no place named before
    ("Der Minister sprach lange.", "Dort stehen 3.000 Mann.", "3.000", "de", None),
])
def test_dort_and_there_point_back_at_the_last_place_named(before, sentence, figure, lang,
                                                           expected):
    assert anaphor(before, sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Insgesamt seien bisher 13.000 Nordkoreaner in Russland im Einsatz gewesen.", "13.000", "de",
     "in_russia"),
    ("Rund 9.000 Mann wurden nach seinen Worten auf russischer Seite eingesetzt.", "9.000", "de",
     "in_russia"),
    ("Derzeit seien 4.000 Nordkoreaner bei Sudscha im Einsatz.", "4.000", "de", "near_front"),
])
def test_in_action_in_russia_is_in_russia(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("„Wenn der Kreml weiter zahlt, schickt Kim im Herbst 8.000 Mann“, sagt er.", "8.000", "de",
     "planned"),
    ("If the deal holds, Pyongyang will have 25,000 men in Russia.", "25,000", "en", "planned"),
    ("Falls Moskau ruft, stehen bald 6.000 Nordkoreaner an der Front.", "6.000", "de",
     "planned"),
    # a condition that counts is no prospect
    ("If you add the builders, 16,000 North Koreans have gone to Russia.", "16,000", "en",
     "in_russia"),
    ("Wenn man die Ablösungen mitzählt, waren 18.000 Nordkoreaner in Russland.", "18.000", "de",
     "in_russia"),
    # the figure inside the condition itself
    ("Wenn 3.000 Nordkoreaner in Russland stehen, ist das ernst.", "3.000", "de", "in_russia"),
])
def test_a_figure_after_an_opening_condition_is_a_prospect(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Zudem würden 2.500 weitere Soldaten für eine neue Rotation ausgebildet.", "2.500", "de",
     "planned"),
    ("Rund 4.000 Mann würden in Nordkorea ausgebildet, hieß es.", "4.000", "de", "planned"),
    ("Some 3,500 more were still drilling at home.", "3,500", "en", "planned"),
    # training in Russia for the next fight is in Russia
    ("Im Osten Russlands üben 3.000 Nordkoreaner für den nächsten Einsatz.", "3.000", "de",
     "in_russia"),
])
def test_training_at_home_for_a_new_rotation_is_planned(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Im Norden würden 3.000 weitere Soldaten ausgebildet, sagte der Stab.", "3.000", "de",
     "planned"),
    ("Außerdem würden einige tausend zusätzliche Pioniere ausgebildet.", "einige tausend", "de",
     "planned"),
    ("In Nordkorea würden bis zu 8.000 Mann für den Einsatz trainiert.", "bis zu 8.000", "de",
     "planned"),
    ("He says 5,000 more are training to go.", "5,000", "en", "planned"),
    ("Up to 3,000 more were being trained at home for drone units.", "Up to 3,000", "en",
     "planned"),
    ("About 2,000 soldiers were trained in North Korea for the mission.", "2,000", "en",
     "planned"),
    # more of them training in Russia are in Russia
    ("Another 2,000 were training in eastern Russia.", "2,000", "en", "in_russia"),
])
def test_more_troops_trained_or_trained_at_home_are_still_to_come(sentence, figure, lang,
                                                                   expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("„Er sagt, am Ende schickt Kim Zehntausende.“", "Zehntausende", "de", "planned"),
    ("»Er meint, es kommen noch ein paar Tausend Nordkoreaner«, sagt sie.", "ein paar Tausend",
     "de", "planned"),
    ("„Ich fürchte, am Ende werden es vierzigtausend Nordkoreaner sein.“", "vierzigtausend", "de",
     "planned"),
    ("«Bis Ende Jahr schickt Kim 20'000 Soldaten.»", "20'000", "de", "planned"),
    ("In Pyongyang, Sergei Shoigu announces 6,000 sappers and builders.", "6,000", "en",
     "planned"),
    ("She thinks Pyongyang sends 20,000 soldiers in the end.", "20,000", "en", "planned"),
    # the end of a period that is over is no prospect
    ("Am Ende des Jahres standen 11.000 Nordkoreaner in Russland.", "11.000", "de", "in_russia"),
])
def test_the_eventual_total_and_an_announced_number_are_planned(sentence, figure, lang,
                                                                expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("„Er sagt, gegenüber liegen an die fünftausend Koreaner.“", "an die fünftausend", "de",
     "near_front"),
    ("„Ihor sagt, gegenüber seinem Abschnitt liegen weniger als tausend Nordkoreaner.“",
     "weniger als tausend", "de", "near_front"),
    ("„Vor seiner Stellung liegen ein paar hundert Nordkoreaner im Schnee.“", "ein paar hundert",
     "de", "near_front"),
    ("He told me that opposite his brigade there had been a few hundred North Koreans.",
     "a few hundred", "en", "near_front"),
    ("He says 200 North Koreans come at his positions every night.", "200", "en", "near_front"),
    ("He said the Koreans were in the same trench line, hundreds of North Koreans.", "hundreds",
     "en", "near_front"),
    ("London put those North Koreans still fit to fight at fewer than 8,000.",
     "fewer than 8,000", "en", "near_front"),
    # `gegenüber` of whom something was said is no place
    ("Der Sprecher sagte gegenüber Journalisten, 11.000 Nordkoreaner seien in Russland.",
     "11.000", "de", "in_russia"),
])
def test_opposite_a_soldiers_own_position_is_near_the_front(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Die rund 11.000 Nordkoreaner in Russland seien nicht mehr an der Front.", "rund 11.000",
     "de", "in_russia"),
    ("Pjöngjang habe seit Neujahr 3.000 Soldaten über die Grenze nach Russland gebracht.",
     "3.000", "de", "in_russia"),
    ("Etwa 2.000 Nordkoreaner seien aus den Stellungen in Lager gebracht worden.", "2.000", "de",
     "in_russia"),
    ("Around 8,000 North Koreans were being retrained in camps well away from Kursk.", "8,000",
     "en", "in_russia"),
    ("Some 9,000 North Koreans are no longer at the front, the agency said.", "9,000", "en",
     "in_russia"),
    # still at the front, or at the border, is near it
    ("Rund 3.000 Nordkoreaner stehen weiter an der Front.", "3.000", "de", "near_front"),
    ("Rund 3.000 Nordkoreaner stehen an der Grenze.", "3.000", "de", "near_front"),
])
def test_troops_withdrawn_from_the_front_or_brought_over_the_border_are_in_russia(
        sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Schoigu kündigte an, Nordkorea werde 6.000 Mann ins Gebiet Kursk schicken, 1.000 "
     "Minenräumer und 5.000 Militärbauarbeiter.", "5.000", "de", "planned"),
    ("Schoigu kündigte an, Nordkorea werde 6.000 Mann ins Gebiet Kursk schicken, 1.000 "
     "Minenräumer und 5.000 Militärbauarbeiter.", "1.000", "de", "planned"),
    ("Shoigu came back with a promise: 1,000 North Korean mine clearers and 5,000 builders for "
     "the ruined towns of Kursk.", "5,000", "en", "planned"),
    # a clause of its own after the comma says what it counts
    ("Nordkorea werde 6.000 Mann schicken, 1.000 Pioniere seien schon in Kursk.", "1.000", "de",
     "near_front"),
])
def test_a_breakdown_listed_after_a_planned_sending_is_planned(sentence, figure, lang,
                                                               expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("KCNA said on Sunday that several thousand more would leave for Kursk before winter.",
     "several thousand", "en", "planned"),
    ("State media said that 6,000 builders would \"go forward\" to Kursk.", "6,000", "en",
     "planned"),
    ("He said several thousand military builders would come to Kursk this summer.",
     "several thousand", "en", "planned"),
    ("Moscow says Kim sending 6,000 more troops to Kursk", "6,000", "en", "planned"),
    # a sending that is over is no plan
    ("After sending 11,000 troops to Kursk, Pyongyang went quiet.", "11,000", "en",
     "near_front"),
])
def test_troops_who_would_leave_for_the_front_are_still_to_come(sentence, figure, lang,
                                                                expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Der NIS schätzte, dass rund 2000 Nordkoreaner gefallen seien und etwa 10.000 weiterhin in "
     "der Grenzregion Kursk stünden.", "etwa 10.000", "de", "near_front"),
    ("Seoul counted some 2,000 North Koreans killed and said roughly 10,000 were still deployed "
     "along the Kursk border.", "roughly 10,000", "en", "near_front"),
    ("At least 100 North Koreans are dead and close to 1,000 nursing wounds.", "close to 1,000",
     "en", "casualties"),
    # a plan before the figure still governs the joined part
    ("Kim will send 3,000 troops and 1,000 engineers to Kursk.", "1,000", "en", "planned"),
])
def test_a_figure_joined_by_and_to_another_figure_says_what_it_counts_itself(
        sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("My former unit thinks Pyongyang can easily spare 30,000 more soldiers.", "30,000", "en",
     "planned"),
    ("Moscow said several thousand builders from the North were due in Kursk by October.",
     "several thousand", "en", "planned"),
    ("Pyongyang was training eight or nine thousand men for a second wave.",
     "eight or nine thousand", "en", "planned"),
    ("A fresh contingent of 2,000 to 3,000 North Koreans was being trained for the front.",
     "2,000 to 3,000", "en", "planned"),
    ("Russia's ambassador said that thousands more North Koreans could come to help rebuild "
     "Kursk.", "thousands", "en", "planned"),
    ("Oksana glaubt, dass im Sommer noch einmal zehntausend Nordkoreaner dazukommen.",
     "zehntausend", "de", "planned"),
    ("Er geht davon aus, dass im Frühjahr Tausende Nordkoreaner an die Front zurückkommen.",
     "Tausende", "de", "planned"),
    ("Man rechne damit, dass der Norden bis zum Frühling 10.000 weitere Soldaten nach Russland "
     "schicke.", "10.000", "de", "planned"),
])
def test_troops_that_can_be_spared_are_due_or_will_come_are_planned(sentence, figure, lang,
                                                                    expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Die etwa 11.000 Nordkoreaner seien aus den Gefechten genommen worden.", "etwa 11.000",
     "de", "in_russia"),
    ("Es seien höchstens 2000 Nordkoreaner im Land, weit weg von jeder Front.", "höchstens 2000",
     "de", "in_russia"),
])
def test_troops_out_of_the_fighting_are_in_russia(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Aus Nato-Kreisen hieß es, man rechne im Frühjahr mit mehreren tausend zusätzlichen "
     "Soldaten aus dem Norden.", "mehreren tausend", "de", "planned"),
    ("Man rechne mit der Rückkehr von bis zu 3.000 Soldaten an die Front.", "bis zu 3.000", "de",
     "planned"),
    ("Bis Dezember sollen es nach seiner Einschätzung etwa 10.000 Nordkoreaner werden.",
     "etwa 10.000", "de", "planned"),
    ("Im Pentagon geht man davon aus, dass Pjöngjang die Truppe noch um bis zu 5000 Mann "
     "verstärkt.", "bis zu 5000", "de", "planned"),
    ("He hears the North has trained thousands more men for drone units.", "thousands", "en",
     "planned"),
    ("His son says soldiers on the border talk of another 10,000 North Koreans being made ready.",
     "10,000", "en", "planned"),
    ("KCNA reported that thousands of North Korean volunteers had signed up to help rebuild "
     "Kursk.", "thousands", "en", "planned"),
    # an estimate of the present is no plan
    ("Nach gängigen Schätzungen dürften es 10.000 bis 12.000 Nordkoreaner sein.",
     "10.000 bis 12.000", "de", "in_russia"),
    ("Das Pentagon rechnet mit mehr als 10.000 Nordkoreanern in Russland.", "mehr als 10.000",
     "de", "in_russia"),
])
def test_expected_returns_additions_and_totals_still_to_come_are_planned(sentence, figure, lang,
                                                                         expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Seit Juni habe Pjöngjang etwa 6000 Bauarbeiter nachgeschickt.", "etwa 6000", "de",
     "in_russia"),
    ("Pyongyang now had some 6,000 engineers at work across Russia.", "some 6,000", "en",
     "in_russia"),
    ("Your front page gave the number of North Korean soldiers in Russia as 12,000.", "12,000",
     "en", "in_russia"),
    ("North Korea has about 12,000 soldiers in Russia and several thousand of them are back in "
     "combat in Kursk.", "about 12,000", "en", "in_russia"),
    ("Scouts spotted the first North Korean units on the Russian side, a few hundred of them.",
     "a few hundred", "en", "near_front"),
    ("Er habe Dutzende Nordkoreaner über ein verschneites Feld laufen sehen.", "Dutzende", "de",
     "near_front"),
])
def test_where_troops_sent_after_or_seen_opposite_are(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


def test_a_count_reckoned_after_and_is_a_clause_of_its_own():
    sentence = ("Seoul's spy agency said Pyongyang was training some 6,000 more soldiers to send, "
                "and reckoned that close to 2,500 had died.")
    assert status(sentence, "close to 2,500", "en") == "casualties"


@pytest.mark.parametrize(("sentence", "figure", "lang", "expected"), [
    ("Schoigu verkündete, Nordkorea werde 6.000 Mann in das Gebiet Kursk schicken, darunter "
     "1.000 Minenräumer und 5.000 Militärbauarbeiter.", "5.000", "de", "planned"),
    ("Seoul said the North was training up to 6,000 construction troops for Kursk.",
     "up to 6,000", "en", "planned"),
    ("He told her the North was training a few thousand more men for drone units.",
     "a few thousand", "en", "planned"),
    ("Zelensky warned in an interview this month of tens of thousands more North Korean troops.",
     "tens of thousands", "en", "planned"),
    # a warning that troops are there is no plan
    ("Zelensky warned that \"thousands\" of North Korean soldiers remain on Russian soil.",
     "thousands", "en", "in_russia"),
])
def test_listed_parts_training_for_the_front_and_warnings_of_more_are_planned(
        sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("„Es werden 30.000 Soldaten sein, bevor das vorbei ist“, sagt er.", "30.000", "de",
     "planned"),
    ("„Es werden 30.000 Soldaten gewesen sein, die Kim nach Russland geschickt hat“, sagt er.",
     "30.000", "de", "in_russia"),
    ("Laut Kiew sollen noch vor Weihnachten weitere 3.000 Soldaten eintreffen.", "3.000", "de",
     "planned"),
    ("Im Winter sollten noch einmal 10.000 Soldaten nach Russland gehen.", "10.000", "de",
     "planned"),
    ("Dabei soll es um rund 2.000 Soldaten gehen, die nach Wladiwostok verlegt wurden.", "2.000",
     "de", "in_russia"),
    ("Zelensky said the North was training several thousand replacements.", "several thousand",
     "en", "planned"),
    ("Budanov said Pyongyang was drilling another 6,000 soldiers for Russia.", "6,000", "en",
     "planned"),
    ("About 10,000 soldiers are training at bases in Russia's far east.", "10,000", "en",
     "in_russia"),
])
def test_a_future_it_will_be_what_is_to_arrive_and_troops_in_training_at_home_are_planned(
        sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Gegenüber lägen seit Tagen 60 Nordkoreaner in frischen Gräben, erzählt er.", "60", "de"),
    ("Er sagt, es seien 300 Nordkoreaner, die seiner Kompanie gegenüberlägen.", "300", "de"),
    ("Gegenüber seiner Batterie stünden jetzt 200 nordkoreanische Soldaten.", "200", "de"),
    ("Die Nordkoreaner griffen mit 500 Mann an, in kleinen Trupps.", "500", "de"),
    ("Rund 150 Nordkoreaner hätten sich in der Grauzone eingerichtet, schreibt er.", "150",
     "de"),
    ("He says 60 North Korean gunners are opposite his field battery now.", "60", "en"),
    ("There are now 900 North Koreans on his stretch of the line, he said.", "900", "en"),
    ("A few thousand North Koreans came into his sector this month.", "A few thousand", "en"),
    ("Dozens of North Koreans had come through the pines toward his trench.", "Dozens", "en"),
    ("Close to 200 North Koreans had moved into the grey zone, he wrote.", "Close to 200", "en"),
    ("He wrote that 40 North Koreans were back in the tree lines.", "40", "en"),
    ("In der Nacht seien 300 Nordkoreaner über ein verschneites Maisfeld auf seine Kompanie "
     "zugelaufen.", "300", "de"),
    ("Gegenüber räumten inzwischen 80 nordkoreanische Pioniere Minen, schreibt er.", "80", "de"),
    ("Hinter der russischen Linie seien 500 Nordkoreaner in die Dörfer eingezogen.", "500", "de"),
    ("Bis zum Abend seien 150 Nordkoreaner hinter seiner Einheit hergekommen.", "150", "de"),
    ("He wrote that 500 North Koreans had moved into the villages facing his battery.", "500",
     "en"),
    ("She said 40 North Korean sappers were laying mines on the far bank of the river.", "40",
     "en"),
    ("Several hundred North Korean gunners were shelling the villages, he said.",
     "Several hundred", "en"),
    ("He said 250 North Koreans had come at his company's positions, and that 40 of them were "
     "killed.", "250", "en"),
    ("She said 400 North Koreans had come across a frozen field toward his company's trenches.",
     "400", "en"),
    ("He said 300 North Korean soldiers had thrown themselves at his unit over two days.", "300",
     "en"),
])
def test_troops_facing_a_soldiers_own_position_are_near_the_front(sentence, figure, lang):
    assert status(sentence, figure, lang) == "near_front"


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Gegenüber dem Vorjahr seien 3.000 Soldaten mehr nach Russland verlegt worden.", "3.000",
     "de", "in_russia"),
    ("Die Regierung griff die Zahl von 3.000 verlegten Soldaten auf.", "3.000", "de",
     "in_russia"),
    ("Der Großteil der 11.000 Mann stehe inzwischen weit hinter der Linie.", "11.000", "de",
     "in_russia"),
    ("In einem Dorf hätten sich 400 Nordkoreaner festgesetzt.", "400", "de", "in_russia"),
])
def test_compared_with_and_taking_up_a_figure_are_no_front(sentence, figure, lang, expected):
    assert status(sentence, figure, lang) == expected


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Rund 3.000 Nordkoreaner seien aus den vordersten Stellungen abgezogen worden.", "3.000",
     "de"),
    ("Mehrere tausend seien aus der vordersten Linie abgezogen und in Lager verlegt worden.",
     "Mehrere tausend", "de"),
    ("Etwa 10.000 stünden bei Kursk, dazu seien 5.000 Bausoldaten unterwegs.", "5.000", "de"),
    ("Das Pentagon sprach von 10.000 nordkoreanischen Soldaten im Osten Russlands.", "10.000",
     "de"),
    ("Some 5,000 North Korean soldiers are waiting in Russia's far east.", "5,000", "en"),
])
def test_troops_pulled_back_under_way_or_in_the_east_are_in_russia(sentence, figure, lang):
    assert status(sentence, figure, lang) == "in_russia"
