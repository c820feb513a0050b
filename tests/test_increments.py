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
