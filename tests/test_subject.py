import pytest

from claimtrack.subject import (
    counted_noun,
    has_foreign_owner,
    in_excluded_context,
    noun_phrase_owner,
)
from claimtrack.topic import load_topic


def lex(lang):
    return load_topic().lexicon(lang)


def noun_of(sentence: str, figure: str, lang: str):
    end = sentence.index(figure) + len(figure)
    return counted_noun(sentence, end, lang, lex(lang))


@pytest.mark.parametrize("sentence, figure, lang, noun, troop", [
    ("Es sollen 3.000 nordkoreanische Soldaten sein.", "3.000", "de", "Soldaten", True),
    ("Demnach wurden 400 Elitesoldaten verlegt.", "400", "de", "Elitesoldaten", True),
    ("Pjöngjang schickte 800 Mann.", "800", "de", "Mann", True),
    ("Es gab 20 Drohnenangriffe.", "20", "de", "Drohnenangriffe", False),
    ("Officials counted 3,000 North Korean troops.", "3,000", "en", "troops", True),
    ("Pyongyang sent 500 special forces to the region.", "500", "en", "special forces", True),
    ("They fired 40 artillery shells.", "40", "en", "shells", False),
])
def test_counted_noun(sentence, figure, lang, noun, troop):
    found = noun_of(sentence, figure, lang)
    assert found is not None and found.text == noun and found.is_troop is troop


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Seoul zufolge sind 1.000 nach Russland gereist.", "1.000", "de"),
    ("Officials said 2,000 of them had arrived.", "2,000", "en"),
])
def test_no_noun_when_a_preposition_or_verb_follows(sentence, figure, lang):
    assert noun_of(sentence, figure, lang) is None


@pytest.mark.parametrize("sentence, figure, lang, owner", [
    ("Es seien 2.000 nordkoreanische Soldaten.", "2.000", "de", "subject"),
    ("Es seien 2.000 Soldaten aus Nordkorea.", "2.000", "de", "subject"),
    ("Es seien 2.000 russische Soldaten.", "2.000", "de", "other"),
    ("Es seien 2.000 US-Soldaten.", "2.000", "de", "other"),
    ("About 2,000 troops from North Korea arrived.", "2,000", "en", "subject"),
    ("North Korea's 2,000 troops arrived.", "2,000", "en", "subject"),
    ("About 2,000 Ukrainian troops withdrew.", "2,000", "en", "other"),
    ("About 2,000 troops arrived.", "2,000", "en", "none"),
])
def test_noun_phrase_owner(sentence, figure, lang, owner):
    start = sentence.index(figure)
    end = start + len(figure)
    noun = counted_noun(sentence, end, lang, lex(lang))
    assert noun_phrase_owner(sentence, start, end, noun, lex(lang)) == owner


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Seit Kriegsbeginn hat Russland rund 500.000 Soldaten verloren.", "rund 500.000", "de", True),
    ("Kyiv has mobilised 150,000 soldiers this year.", "150,000", "en", True),
    ("In Russland sind 3.000 Soldaten angekommen.", "3.000", "de", False),
    ("Ukraine said 3,000 soldiers had arrived.", "3,000", "en", False),
    ("Die Ukraine sagt, Nordkorea habe 3.000 Soldaten geschickt.", "3.000", "de", False),
    ("Nordkorea habe Russland bislang rund 9.000 Soldaten überlassen.", "rund 9.000", "de", False),
    ("Pyongyang has given Moscow some 9,000 soldiers.", "some 9,000", "en", False),
    ("Dann hat Russland bislang rund 9.000 Soldaten verloren.", "rund 9.000", "de", True),
    # an adverb set off by commas between the force and its verb
    ("Russia, meanwhile, loses well over 1,000 men on a bad day.", "well over 1,000", "en", True),
    ("Ukraine, for its part, has mobilised 150,000 soldiers.", "150,000", "en", True),
    ("Die Ukraine, hingegen, hat 5.000 Soldaten verloren.", "5.000", "de", True),
])
def test_foreign_owner(sentence, figure, lang, expected):
    assert has_foreign_owner(sentence, sentence.index(figure), lex(lang)) is expected


@pytest.mark.parametrize("sentence, figure, lang, expected", [
    ("Nordkorea verfügt über eine Armee von 1,2 Millionen Soldaten.", "1,2 Millionen", "de", True),
    ("North Korea's 1.2 million-strong army is among the largest.", "1.2 million", "en", True),
    ("Demnach fallen 50 Soldaten pro Tag.", "50", "de", True),
    ("Seoul sagte, 2.000 Soldaten seien verlegt worden.", "2.000", "de", False),
    ("Russia loses 1,500 soldiers a day.", "1,500", "en", True),
    ("Seoul counted 300 dead; a week later it said 400.", "300", "en", False),
    ("Kyiv said 300 had died, a month after the first clash.", "300", "en", False),
])
def test_excluded_contexts(sentence, figure, lang, expected):
    start = sentence.index(figure)
    result = in_excluded_context(sentence, start, start + len(figure), lex(lang).excluded_context)
    assert result is expected


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Es kamen 900 Angehörige von Spezialkräften an.", "900", "de"),
    ("Some 900 members of the special forces arrived.", "900", "en"),
])
def test_a_noun_with_a_troop_complement_counts_troops(sentence, figure, lang):
    assert noun_of(sentence, figure, lang).is_troop


@pytest.mark.parametrize("sentence, figure, lang, pronoun", [
    ("Dabei starben 40, 300 weitere wurden verletzt.", "300", "de", True),
    ("They killed 40 soldiers and wounded 17 others.", "17", "en", True),
    ("Es kamen 300 weitere Soldaten.", "300", "de", False),
])
def test_pronoun_nouns(sentence, figure, lang, pronoun):
    found = noun_of(sentence, figure, lang)
    assert (found is not None and found.is_pronoun) is pronoun


def test_own_troops_of_another_force_belong_to_it():
    sentence = "Russland hat nach Nato-Schätzung 600.000 eigene Soldaten verloren."
    start = sentence.index("600.000")
    end = start + len("600.000")
    noun = counted_noun(sentence, end, "de", lex("de"))
    assert noun_phrase_owner(sentence, start, end, noun, lex("de")) == "other"


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Der Minister, 64, sagte am Montag nichts.", "64", True),
    ("Sie schickten 3.000, sagte er.", "3.000", False),
])
def test_appositive_numbers_are_ages(sentence, figure, expected):
    from claimtrack.subject import is_appositive_number
    start = sentence.index(figure)
    assert is_appositive_number(sentence, start, start + len(figure)) is expected


@pytest.mark.parametrize("sentence, figure, lang, noun, troop", [
    ("Ukraine holds two of Kim Jong Un's captured soldiers.", "two", "en", "soldiers", True),
    ("About 200 of its pilots flew for Hanoi.", "200", "en", "pilots", False),
    ("Etwa 900 von ihnen seien gefallen.", "900", "de", None, None),
    ("Es fielen 1140 getötete oder verwundete russische Soldaten.", "1140", "de", "Soldaten", True),
    ("Officials said 3,000 sent earlier had moved.", "3,000", "en", None, None),
])
def test_partitives_conjunctions_and_verbs_after_the_number(sentence, figure, lang, noun, troop):
    found = noun_of(sentence, figure, lang)
    if noun is None:
        assert found is None
    else:
        assert found.text == noun and found.is_troop is troop


@pytest.mark.parametrize("sentence, figure, lang, owner", [
    ("Es seien 12.000 Soldaten aus dem Norden in Russland.", "12.000", "de", "subject"),
    ("Es seien 12.000 Soldaten aus Russland in Kursk.", "12.000", "de", "other"),
    ("About 2,000 troops from the North in Russia arrived.", "2,000", "en", "subject"),  # the
    # North is North Korea; Russia is where they are
    ("It may supply several hundred of them to Moscow.", "several hundred", "en", "other"),
])
def test_where_troops_are_is_not_whose_they_are(sentence, figure, lang, owner):
    start = sentence.index(figure)
    end = start + len(figure)
    noun = counted_noun(sentence, end, lang, lex(lang))
    assert noun_phrase_owner(sentence, start, end, noun, lex(lang)) == owner


@pytest.mark.parametrize("sentence, figure", [
    ("Der südkoreanische Generalstab hatte von rund 1.000 Pionieren gesprochen, die bereitstünden.",
     "rund 1.000"),
    ("Kiew hat die Gefangennahme von zwei Soldaten bekanntgegeben, der eine 20 Jahre alt.", "zwei"),
    ("Die Ukraine hat 300 gefangene Soldaten bestätigt.", "300"),
])
def test_a_reporting_participle_after_the_figure_makes_the_force_a_reporter(sentence, figure):
    assert has_foreign_owner(sentence, sentence.index(figure), lex("de")) is False


@pytest.mark.parametrize("sentence, figure, expected", [
    ("Wenn die Angaben stimmen und bereits 8000 Nordkoreaner in Kursk stehen, ist das viel.",
     "8000", False),
    ("Bei der Wahl erhielt er 8000 Stimmen von Soldaten.", "8000", True),
])
def test_stimmen_the_verb_is_not_votes(sentence, figure, expected):
    start = sentence.index(figure)
    result = in_excluded_context(sentence, start, start + len(figure), lex("de").excluded_context)
    assert result is expected


@pytest.mark.parametrize("sentence, figure, noun, troop, pronoun", [
    ("Its forces took two more villages in the region.", "two", "villages", False, False),
    ("Another 3,000 more could follow soon.", "3,000", "more", False, True),
    ("He could send thousands more tomorrow.", "thousands", "more", False, True),
    ("Pyongyang sent 2,000 more troops.", "2,000", "troops", True, False),
    ("KCNA spoke of thousands of heroic fighters.", "thousands", "fighters", True, False),
    ("Hundreds of North Korean artillerymen are in Sumy.", "Hundreds", "artillerymen", True, False),
])
def test_more_and_modifiers_before_the_counted_noun(sentence, figure, noun, troop, pronoun):
    found = noun_of(sentence, figure, "en")
    assert found is not None
    assert (found.text, found.is_troop, found.is_pronoun) == (noun, troop, pronoun)


@pytest.mark.parametrize("sentence, figure, lang", [
    ("In most armies you'd expect about three wounded for every soldier killed.", "about three",
     "en"),
    ("Erfahrungsgemäß kommen auf einen Gefallenen drei bis vier Verwundete.", "drei bis vier",
     "de"),
    ("Sie bewegen sich in Trupps von drei bis fünf Soldaten.", "drei bis fünf", "de"),
])
def test_ratios_and_squad_sizes_are_excluded(sentence, figure, lang):
    start = sentence.index(figure)
    assert in_excluded_context(sentence, start, start + len(figure), lex(lang).excluded_context)


@pytest.mark.parametrize("sentence, figure, lang", [
    ("Nordkorea hat nach Erkenntnissen des südkoreanischen Militärs rund 3.000 weitere "
     "Soldaten entsandt.", "rund 3.000", "de"),
    ("North Korea has sent, according to the South Korean military, about 3,000 more troops.",
     "about 3,000", "en"),
])
def test_a_force_named_as_the_source_does_not_own_the_figure(sentence, figure, lang):
    assert not has_foreign_owner(sentence, sentence.index(figure), lex(lang))


@pytest.mark.parametrize("sentence, figure", [
    ("Casualties were likely to be ‘in the hundreds’ already, mostly from drones.", "hundreds"),
    ("Pyongyang could send ‘thousands more’ over the winter.", "thousands"),
    ("Pyongyang could send thousands more over the winter.", "thousands"),
])
def test_adverbs_prepositions_and_closing_quotes_are_no_counted_noun(sentence, figure):
    noun = noun_of(sentence, figure, "en")
    assert noun is None or noun.is_pronoun, noun


@pytest.mark.parametrize("sentence, figure, troop", [
    ("The agency said dozens of fallen North Korean soldiers had been brought home.", "dozens",
     True),
    ("Dozens of heavy Russian tanks burned.", "Dozens", False),
])
def test_a_partitive_modifier_before_named_troops(sentence, figure, troop):
    noun = noun_of(sentence, figure, "en")
    assert (noun is not None and noun.is_troop) is troop, noun


@pytest.mark.parametrize(("sentence", "troop"), [
    ("Seoul: 2,000 North Korean soldiers killed fighting for Russia", True),
    ("The army lost 2,000 infantry fighting vehicles", False),
])
def test_fighting_after_a_casualty_word_is_a_verb_not_equipment(sentence, troop):
    n = noun_of(sentence, "2,000", "en")
    assert n is not None and n.is_troop is troop


def test_an_initials_dot_does_not_end_the_noun_phrase():
    n = noun_of("NIS: About 10,000 N. Korean Troops Remain in Kursk", "10,000", "en")
    assert n is not None and (n.text, n.is_troop) == ("Troops", True)


@pytest.mark.parametrize(("sentence", "figure", "text"), [
    ("Seoul counts 2,000 North Korean dead", "2,000", "dead"),
    ("Pyongyang mourns 101 Kursk dead", "101", "dead"),
])
def test_a_casualty_word_after_a_proper_adjective_heads_the_phrase(sentence, figure, text):
    n = noun_of(sentence, figure, "en")
    assert n is not None and (n.text, n.is_troop) == (text, True)


def test_a_casualty_participle_after_a_common_noun_still_follows_its_head():
    n = noun_of("Officials said 1,400 people injured in the blast.", "1,400", "en")
    assert n is not None and n.text == "people" and not n.is_troop


@pytest.mark.parametrize(("sentence", "figure", "lang", "noun", "troop"), [
    ("Pyongyang will ship 6,000 more of its soldiers to Kursk.", "6,000", "en", "soldiers", True),
    ("Kim sent roughly 3,000 more of his troops in January.", "3,000", "en", "troops", True),
    ("Kim werde 3.000 weitere seiner Soldaten schicken.", "3.000", "de", "Soldaten", True),
    ("The farm bought 300 more of its tractors in May.", "300", "en", "more", False),
])
def test_more_of_a_troop_noun_counts_the_troops(sentence, figure, lang, noun, troop):
    found = noun_of(sentence, figure, lang)
    assert found is not None and (found.text, found.is_troop) == (noun, troop)


@pytest.mark.parametrize(("sentence", "figure", "lang"), [
    ("Kim agreed to send 1,000 mine-clearance experts to Kursk.", "1,000", "en"),
    ("Kim agreed to send 800 demining specialists to Kursk.", "800", "en"),
    ("All told, 20,000 people in uniform went to Russia.", "20,000", "en"),
    ("Kim hat fast 20.000 Menschen in Uniform nach Russland geschickt.", "20.000", "de"),
    ("Pjöngjang schickt 1.000 Minenräumexperten nach Kursk.", "1.000", "de"),
])
def test_demining_experts_and_people_in_uniform_are_troops(sentence, figure, lang):
    found = noun_of(sentence, figure, lang)
    assert found is not None and found.is_troop


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    ("The news landed hard on Bill Wrede, who turned 93 in January.", "93", True),
    ("Harry Isbister, who at 81 is the isle's oldest resident, served in Korea.", "81", True),
    ("Der Landwirt, der mit 78 noch jeden Tag im Stall steht, erinnert sich.", "78", True),
    ("Kim turned 3,000 soldiers into builders.", "3,000", False),
])
def test_an_age_after_turned_or_at_is_an_age(sentence, figure, expected):
    from claimtrack.subject import is_appositive_number
    start = sentence.index(figure)
    assert is_appositive_number(sentence, start, start + len(figure)) is expected


@pytest.mark.parametrize(("sentence", "figure", "lang", "noun"), [
    ("Ukrainian troops had captured two wounded North Koreans near Sudzha.", "two", "en",
     "North Koreans"),
    ("Von den etwa 12.000 Entsandten seien 3.000 verwundet worden.", "12.000", "de", "Entsandten"),
    ("Kyiv said its troops had captured 2,000 wounded North Korean soldiers.", "2,000", "en",
     "soldiers"),
    ("They found nine injured North Korean troops in a cellar near Sudzha.", "nine", "en",
     "troops"),
])
def test_a_casualty_participle_before_a_troop_noun_and_the_dispatched_are_counted(
        sentence, figure, lang, noun):
    found = noun_of(sentence, figure, lang)
    assert found is not None and found.is_troop and found.text == noun


@pytest.mark.parametrize("sentence, figure, lang", [
    ("He thinks Kim will send another 8,000 next year.", "8,000", "en"),
    ("The army adds 2,000 every month.", "2,000", "en"),
    ("Officials said the 9,000 they had counted were gone.", "9,000", "en"),
    ("Er rechnet mit weiteren 7.000 nächstes Jahr.", "7.000", "de"),
    ("Dann kommen 2.000 jeden Monat hinzu.", "2.000", "de"),
    ("PJÖNGJANG SCHICKT 4.000 NEUE", "4.000", "de"),
])
def test_no_noun_in_a_time_phrase_a_pronoun_or_a_capital_adjective(sentence, figure, lang):
    assert noun_of(sentence, figure, lang) is None


@pytest.mark.parametrize("sentence, figure, lang, noun, pronoun", [
    ("Some 700 others lay wounded in the snow.", "700", "en", "others", True),
    ("Er prahlt mit zehntausend Koreanern.", "zehntausend", "de", "Koreanern", False),
])
def test_pronoun_before_a_verb_and_the_dative_troop_noun(sentence, figure, lang, noun, pronoun):
    found = noun_of(sentence, figure, lang)
    assert found is not None and found.text == noun and found.is_pronoun is pronoun
    assert pronoun or found.is_troop


def test_northerners_name_the_subject():
    assert lex("en").subject.search("some 30,000 Northerners in Russia") is not None
    assert lex("en").subject.search("northerners of England") is None


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Zwei habe seine Kompanie gefangen genommen.", "Zwei"),
    ("Drei hatte die Einheit gefasst, vier wurde man nicht mehr habhaft.", "Drei"),
    ("Fünf würde die Brigade gern austauschen.", "Fünf"),
])
def test_a_german_auxiliary_after_a_figure_ends_its_phrase_without_a_noun(sentence, figure):
    assert noun_of(sentence, figure, "de") is None
