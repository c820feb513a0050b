import pytest

from claimtrack.status import classify_status
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
