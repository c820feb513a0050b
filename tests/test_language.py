import pytest

from claimtrack.language import detect_language, normalise_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach Angaben des Ministeriums sind bereits mehrere Einheiten an der Grenze.", "de"),
        ("Die Regierung in Wien hat die Berichte über die Verlegung nicht bestätigt.", "de"),
        ("Laut dem Bericht wurden über 3'000 Mann in den Osten verlegt.", "de"),
        ("The ministry said that several units had already reached the border.", "en"),
        ("Officials in Seoul have not confirmed the reports about the deployment.", "en"),
        ("Over 3,000 men were moved to the east, according to the report.", "en"),
    ],
)
def test_detects_german_and_english(text, expected):
    assert detect_language(text) == expected


def test_english_war_reporting_is_not_taken_for_german():
    # "war", "will", "was" are German words too; they must not tip the balance
    text = "The war will go on, he said; it was a hard winter for the troops."
    assert detect_language(text) == "en"


def test_ties_are_decided_by_umlauts():
    assert detect_language("Pjöngjang Kursk Moskau") == "de"
    assert detect_language("Pyongyang Kursk Moscow") == "en"


def test_only_the_start_is_read():
    text = "Die Truppen sind in der Region. " * 200 + "the and of the and of " * 2000
    assert detect_language(text) == "de"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("de", "de"), ("de-CH", "de"), ("de_AT", "de"), ("DE", "de"), ("German", "de"),
        ("deu", "de"), (" en-US ", "en"), ("english", "en"), ("eng", "en"),
        ("fr", None), ("", None), (None, None), (42, None),
    ],
)
def test_normalise_language(tag, expected):
    assert normalise_language(tag) == expected


def test_stopword_lists_share_no_word():
    # detect_language scores +1/-1 per stopword in one pass, which needs disjoint lists
    from claimtrack.language import _DE_STOPWORDS, _EN_STOPWORDS

    assert not _DE_STOPWORDS & _EN_STOPWORDS
