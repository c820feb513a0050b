import pytest

from claimtrack.increments import is_additional
from claimtrack.topic import load_topic


def additional(sentence: str, figure: str, noun: str | None, lang: str) -> bool:
    lex = load_topic().lexicon(lang)
    start = sentence.index(figure)
    end = start + len(figure)
    noun_start = sentence.index(noun, end) if noun else None
    return is_additional(sentence, start, end, noun_start, lex)


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    ("Seoul zufolge wurden weitere 2.500 Soldaten verlegt.", "2.500", "Soldaten", "de", True),
    ("Demnach kamen 2.500 weitere Soldaten hinzu.", "2.500", "Soldaten", "de", True),
    ("Es seien zusätzlich 800 Mann geschickt worden.", "800", "Mann", "de", True),
    ("Pyongyang sent another 2,000 troops last week.", "2,000", "troops", "en", True),
    ("Officials said 2,000 more troops had arrived.", "2,000", "troops", "en", True),
    ("Rund 100 Soldaten wurden getötet, 300 weitere wurden verletzt.", "300", None, "de", False),
    ("Officials said 2,000 troops had arrived.", "2,000", "troops", "en", False),
    ("Weitere rund 400 seien verletzt worden.", "rund 400", None, "de", False),
    ("The agency said another 2,000 could follow.", "2,000", None, "en", True),
    ("Some 3,000 or more soldiers were killed.", "3,000 or more", "soldiers", "en", False),
    ("Die weiteren Pläne sehen 3.000 Soldaten vor.", "3.000", "Soldaten", "de", False),
])
def test_increment_cues(sentence, figure, noun, lang, expected):
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("text, expected", [
    ("Pyongyang sent another ", "another"),
    ("sent some self-propelled  \n", "self-propelled"),
    ("troops (", ""),  # no white space before the figure
    ("troops, ", ""),  # white space, but after a comma
    ("x" * 40 + " ", "x" * 29),  # clipped to the 30-character window
])
def test_word_before(text, expected):
    from claimtrack.increments import _word_before
    assert _word_before(text + "100", len(text)) == expected


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    # a cue right after the figure, with no noun between (`more`, not `more than`)
    ("Officials warned that 5,000 more could be on their way.", "5,000", None, "en", True),
    ("Kim could deploy hundreds more next month.", "hundreds", None, "en", True),
    ("Officials said more than 5,000 had arrived.", "more than 5,000", None, "en", False),
    ("The agency counted 5,000 more than a year ago.", "5,000", None, "en", False),
    ("Im Frühjahr könnten 4.000 mehr kommen.", "4.000", None, "de", True),
    ("Es seien 4.000 mehr als erwartet.", "4.000", None, "de", False),
])
def test_cues_right_after_the_figure(sentence, figure, noun, lang, expected):
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    # cue phrases before the figure count without a noun
    ("Seoul expects a new wave of roughly 4,000 in the spring.", "roughly 4,000", None, "en",
     True),
    ("Officials said the army received a fresh batch of 1,200 soldiers.", "1,200", "soldiers",
     "en", True),
    ("The tally rose by another 800 to 3,800.", "800", None, "en", True),
    ("Seoul schätzt die zweite Welle von etwa 4.000 als kleiner ein.", "etwa 4.000", None,
     "de", True),
    ("Der Dienst korrigierte die Zahl um weitere 700 nach oben.", "700", None, "de", True),
    # not a cue phrase: `wave` of something else, or `weitere` without `um`
    ("The wave of 4,000 soldiers hit the border.", "4,000", "soldiers", "en", False),
    ("Weitere 700 wurden verwundet.", "700", None, "de", False),
])
def test_cue_phrases_before_the_figure(sentence, figure, noun, lang, expected):
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    ("Analysts say 2,000 reinforcements may arrive by March.", "2,000", "reinforcements",
     "en", True),
    ("Im Winter seien 1.800 Mann zur Front hinzugekommen.", "1.800", "Mann", "de", True),
    ("Kim habe 900 Soldaten nachgeschickt.", "900", "Soldaten", "de", True),
    ("Analysts say 2,000 soldiers may arrive by March.", "2,000", "soldiers", "en", False),
    # the verb belongs to another clause
    ("Seoul zählte 1.800 Mann, später seien Pioniere hinzugekommen.", "1.800", "Mann", "de",
     False),
])
def test_reinforcement_nouns_and_increment_verbs(sentence, figure, noun, lang, expected):
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    # a second casualty category, listed after the first, is not an increment
    ("At least 150 soldiers died and another 600 wounded, officials said.", "600", "wounded",
     "en", False),
    ("Rund 200 Soldaten seien gefallen, weitere 900 Verletzte würden behandelt.", "900",
     "Verletzte", "de", False),
    # an increment of troops after a casualty figure still counts
    ("After 300 were killed, Kim sent another 2,000 troops.", "2,000", "troops", "en", True),
    # the first casualty figure of its sentence can be an increment
    ("Another 400 wounded were flown to Moscow.", "400", "wounded", "en", True),
])
def test_listed_casualty_categories_are_not_increments(sentence, figure, noun, lang, expected):
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    ("Rein rechnerisch könnte er Zehntausende weitere entsenden.", "Zehntausende", None, "de",
     True),
    ("Ich erwarte einige tausend zusätzliche, vor allem Artilleristen.", "einige tausend", None,
     "de", True),
    ("Man geht davon aus, dass noch Tausende nachkommen werden.", "Tausende", None, "de", True),
    ("The NIS said 3,000 troops had been sent this year as reinforcements.", "3,000", "troops",
     "en", True),
    ("300 Soldaten wurden getötet, 2.700 weitere hätten Verletzungen erlitten.", "2.700", None,
     "de", False),
    ("About 300 were killed and 2,700 more wounded.", "2,700", None, "en", False),
    ("North Korea lost 5,000 of them and may dispatch up to 30,000 more in the coming months.",
     "up to 30,000", None, "en", True),
    ("On top of that there are 1,500 or so sappers.", "1,500 or so", "sappers", "en", False),
])
def test_increments_after_the_figure_and_in_its_clause(sentence, figure, noun, lang, expected):
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    ("Pyongyang had sent about 3,000 more soldiers to replace the dead and wounded.",
     "about 3,000", "soldiers", "en", True),
    ("Officials said 2,000 more were wounded.", "2,000", None, "en", False),
    ("Er rechnet damit, dass Nordkorea noch einmal mehrere tausend Mann schickt.",
     "mehrere tausend", "Mann", "de", True),
    ("Pjöngjang werde mit jeder Rotation einige tausend frische Kräfte nachschicken.",
     "einige tausend", "Kräfte", "de", True),
    ("North Korea is sending 5,000 construction troops, in addition to 10,000 combat soldiers.",
     "5,000", "construction", "en", True),
])
def test_purpose_noch_einmal_nachschicken_and_in_addition_to(sentence, figure, noun, lang,
                                                             expected):
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    ("Pjöngjang könne bis zum Frühjahr 20.000 Mann zusätzlich schicken.", "20.000", "Mann",
     "de", True),
    ("Er rechnet damit, dass Kim mehrere tausend Soldaten als Ersatz nachschiebt.",
     "mehrere tausend", "Soldaten", "de", True),
    ("Seoul: Kim schickt 3000 Mann Nachschub nach Russland", "3000", "Mann", "de", True),
    ("Dazu kämen etwa 5.000 Militärbauarbeiter, die nach Russland gebracht würden.", "etwa 5.000",
     "Militärbauarbeiter", "de", True),
    ("Seit Februar seien 1.500 frische Kräfte im Raum Kursk eingetroffen.", "1.500", "Kräfte",
     "de", True),
    ("The North was rotating its forces, with around 3,000 fresh troops arriving in Kursk.",
     "around 3,000", "troops", "en", True),
    ("Pyongyang may send 2,000 soldiers to replace those who died.", "2,000", "soldiers", "en",
     True),
    ("Pjöngjang habe 11.000 Soldaten geschickt.", "11.000", "Soldaten", "de", False),
    ("Pyongyang sent 11,000 troops to fight for Russia.", "11,000", "troops", "en", False),
])
def test_increments_named_anywhere_in_the_clause(sentence, figure, noun, lang, expected):
    """`20.000 Mann zusätzlich`, `als Ersatz nachschiebt`, `Mann Nachschub`, `Dazu kämen`,
    `frische Kräfte`, `fresh troops`, `to replace`: on top of those before."""
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("sentence, figure, noun, lang, expected", [
    ("Inzwischen seien weitere 1.500 in Russland eingetroffen.", "1.500", None, "de", True),
    ("Das Pentagon rechnet damit, dass ihnen weitere 4.000 folgen.", "4.000", None, "de", True),
    ("Er meint, bis zum Sommer kommen noch mindestens 10.000 dazu.", "mindestens 10.000", None,
     "de", True),
    ("Sascha glaubt, dass heuer noch zehntausend dazukommen.", "zehntausend", None, "de", True),
    ("Der Norden habe seine Truppen um rund 3.000 Mann verstärkt.", "rund 3.000", "Mann", "de",
     True),
    ("Pjöngjang werde sein Kontingent um Tausende Soldaten aufstocken.", "Tausende", "Soldaten",
     "de", True),
    ("In Nordkorea werde ein weiteres Kontingent von zwei- bis dreitausend Mann ausgebildet.",
     "zwei- bis dreitausend", "Mann", "de", True),
    ("Pjöngjang schicke noch heuer eine Ablöse von bis zu 4.000 Mann.", "bis zu 4.000", "Mann",
     "de", True),
    ("Some 2,500 fresh North Korean troops had reached the Kursk region.", "Some 2,500", "troops",
     "en", True),
    # others of the same count, and a new total, are no increments
    ("Rund 300 seien gefallen, weitere 2.700 verwundet worden.", "2.700", None, "de", False),
    ("Pjöngjang werde die Truppe auf 15.000 Mann aufstocken.", "15.000", "Mann", "de", False),
])
def test_arrivals_reinforcements_and_reliefs_on_top(sentence, figure, noun, lang, expected):
    assert additional(sentence, figure, noun, lang) is expected


@pytest.mark.parametrize("sentence, figure, noun, lang", [
    ("Zelensky said the North had sent more than 1,000 replacements in September.",
     "more than 1,000", "replacements", "en"),
    ("Pjöngjang schicke 3.000 Ersatzleute für die Gefallenen.", "3.000", "Ersatzleute", "de"),
])
def test_replacements_are_sent_on_top(sentence, figure, noun, lang):
    assert additional(sentence, figure, noun, lang) is True
