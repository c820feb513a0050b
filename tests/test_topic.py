import re

import pytest

from claimtrack.topic import alternation, compile_topic, load_topic, topic_path


def test_default_topic_compiles_both_languages():
    topic = load_topic()
    assert topic.name == "north_korea_troops"
    for lang in ("de", "en"):
        lex = topic.lexicon(lang)
        assert lex.troop_noun.pattern and lex.subject.pattern


def test_alternation_matches_whole_words_case_insensitively():
    pattern = alternation(["troops?", "Kim Jong[- ]?Un"])
    assert pattern.search("The TROOPS left").group() == "TROOPS"
    assert pattern.search("kim jong-un said").group() == "kim jong-un"
    assert pattern.search("troopship") is None


def test_missing_topic_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="topic file not found"):
        load_topic(str(tmp_path / "nope.yaml"))


def test_topic_path_accepts_names_and_files(tmp_path):
    assert topic_path("north_korea_troops").name == "north_korea_troops.yaml"
    assert topic_path(str(tmp_path / "x.yml")) == tmp_path / "x.yml"


def test_another_topic_is_just_another_file():
    topic = compile_topic({
        "name": "wolves",
        "troop_nouns": {"en": ["wolf", "wolves"]},
        "subject_terms": {"en": ["grey"]},
        "status_cues": {"in_russia": {"en": ["seen"]}, "default": "in_russia"},
        "places": [["Alps"]],
    })
    lex = topic.lexicon("en")
    assert lex.troop_noun.search("30 wolves were seen")
    assert topic.places.search("over the Alps").group() == "Alps"


def test_joined_alternation_matches_where_any_pattern_does() -> None:

    from claimtrack.topic import joined_alternation

    joined = joined_alternation([re.compile(r"(?<!\w)sent\b", re.I), re.compile(r"killed", re.I)])
    assert joined is not None
    assert [m.start() for m in joined.finditer("Resent? SENT them; 3 killed.")] == [8, 21]
    assert joined_alternation([re.compile("(a)b"), re.compile("c")]) is None  # a group
    assert joined_alternation([re.compile("a", re.I), re.compile("c")]) is None  # mixed flags
    assert joined_alternation([]) is None
