import re

import pytest

from claimtrack.topic import (
    _has_top_level_bar,
    _nested,
    alternation,
    compile_topic,
    load_topic,
    topic_path,
)


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
    import re

    from claimtrack.topic import joined_alternation

    joined = joined_alternation([re.compile(r"(?<!\w)sent\b", re.I), re.compile(r"killed", re.I)])
    assert joined is not None
    assert [m.start() for m in joined.finditer("Resent? SENT them; 3 killed.")] == [8, 21]
    assert joined_alternation([re.compile("(a)b"), re.compile("c")]) is None  # a group
    assert joined_alternation([re.compile("a", re.I), re.compile("c")]) is None  # mixed flags
    assert joined_alternation([]) is None


def test_no_character_matches_two_ascii_letters_or_digits_ignoring_case() -> None:
    """Parts nested under different first characters never match at the same position."""
    keys = "abcdefghijklmnopqrstuvwxyz0123456789"
    patterns = [re.compile(re.escape(k), re.IGNORECASE) for k in keys]
    any_key = re.compile(f"[{keys}]", re.IGNORECASE)
    matching = any_key.findall("".join(map(chr, range(0x110000))))  # the few to check one by one
    assert len(matching) > 2 * 26
    for ch in matching:
        assert sum(p.fullmatch(ch) is not None for p in patterns) == 1, hex(ord(ch))


@pytest.mark.parametrize(("pattern", "bar"), [
    ("a|b", True), ("a(?:b|c)", False), (r"a\|b", False), ("a[|]b", False), ("a[]|]b", False),
    ("a[^]|]b", False), ("(a)|b", True), (r"a[\]|]b", False),
])
def test_top_level_bar(pattern, bar) -> None:
    assert _has_top_level_bar(pattern) is bar


def test_nested_alternation_finds_the_same_matches() -> None:
    parts = ["Armee\\W+(?:von|mit)", "\\w*starke[nr]? Armee", "aktive Soldaten", "ab|cd", "a?x",
             "(?:die|der) beiden", "je", "jeden Tag", "Kursk", "k(x)", "Kiew", "9er", "alle"]
    plain = re.compile("(?<!\\w)(?:" + "|".join(parts) + ")(?!\\w)", re.IGNORECASE)
    nested = re.compile("(?<!\\w)(?:" + _nested(parts) + ")(?!\\w)", re.IGNORECASE)
    assert nested.pattern != plain.pattern
    texts = ["Die Armee von Kim", "eine 3starke Armee", "aktive Soldaten je Tag", "cd ab x ax",
             "die beiden", "jeden Tag je", "KURSK kiew kx 9ER alle", "Jeden", "ſtarke Armee",
             "K\u212aursk \u212aursk ab\u0130"]
    for text in texts:
        for pos in range(len(text) + 1):
            a, b = plain.match(text, pos), nested.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos)
