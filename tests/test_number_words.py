"""Number words: German compounds and English phrases to values."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.number_words import english_phrase_value, german_word_value

# ---------------------------------------------------------------- independent spellers

_DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn",
             "siebzehn", "achtzehn", "neunzehn"]
_DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig",
            "achtzig", "neunzig"]
_EN_SMALL = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"]


def spell_de(n: int) -> str:
    """German spelling of 1 <= n < 10**6 as one compound word (reference implementation)."""
    def below100(k: int) -> str:
        if k < 10:
            return _DE_UNITS[k]
        if k < 20:
            return _DE_TEENS[k - 10]
        unit = _DE_UNITS[k % 10] + "und" if k % 10 else ""
        return unit + _DE_TENS[k // 10]

    def below1000(k: int) -> str:
        head = _DE_UNITS[k // 100] + "hundert" if k >= 100 else ""
        return head + below100(k % 100)

    head = below1000(n // 1000) + "tausend" if n >= 1000 else ""
    return head + below1000(n % 1000)


def spell_en(n: int) -> str:
    """English spelling of 1 <= n < 10**6 (`three thousand five hundred and twelve`)."""
    def below100(k: int) -> str:
        if k < 20:
            return _EN_SMALL[k]
        return _EN_TENS[k // 10] + ("-" + _EN_SMALL[k % 10] if k % 10 else "")

    def below1000(k: int) -> str:
        parts = [f"{_EN_SMALL[k // 100]} hundred"] if k >= 100 else []
        if k % 100:
            parts.append(("and " if parts else "") + below100(k % 100))
        return " ".join(parts)

    parts = [f"{below1000(n // 1000)} thousand"] if n >= 1000 else []
    if n % 1000:
        parts.append(below1000(n % 1000))
    return " ".join(parts)


# ---------------------------------------------------------------- German


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("zehntausend", 10_000),
        ("Zwölftausend", 12_000),
        ("dreitausend", 3_000),
        ("fünfzehnhundert", 1_500),
        ("zweieinhalbtausend", 2_500),
        ("anderthalbtausend", 1_500),
        ("eintausendfünfhundert", 1_500),
        ("hundert", 100),
        ("tausend", 1_000),
        ("dreißig", 30),
        ("dreissig", 30),
        ("einundzwanzig", 21),
        ("siebzehn", 17),
        ("siebzig", 70),
        ("sechzehn", 16),
        ("hundertzwanzig", 120),
        ("zweihundertundfünf", 205),
        ("hunderttausend", 100_000),
        ("zweihundertfünfzigtausend", 250_000),
        ("zwo", 2),
        ("eineinhalb", 1.5),
    ],
)
def test_german_number_words(word: str, value: float) -> None:
    parsed = german_word_value(word)
    assert parsed is not None
    assert parsed[0] == value


@pytest.mark.parametrize(
    "word", ["Achtung", "Einheit", "Dreieck", "Elfmeter", "Zehntel", "neunte", "Zweifel",
             "hundertste", "Tausende", "viertel", "sechsmal", "dreizehnte"],
)
def test_german_words_that_are_not_numbers(word: str) -> None:
    assert german_word_value(word) is None


@pytest.mark.parametrize(
    ("word", "multiplier"),
    [("zwölftausend", 1000), ("fünfzehnhundert", 100), ("eintausendfünfhundert", 1),
     ("zwanzig", 1), ("hundert", 100)],
)
def test_german_trailing_multiplier(word: str, multiplier: int) -> None:
    parsed = german_word_value(word)
    assert parsed is not None and parsed[1] == multiplier


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=999_999))
def test_german_spelled_numbers_read_back(n: int) -> None:
    parsed = german_word_value(spell_de(n))
    assert parsed is not None and parsed[0] == n


# ---------------------------------------------------------------- English


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("ten thousand", 10_000),
        ("Twelve thousand", 12_000),
        ("fifteen hundred", 1_500),
        ("three thousand five hundred", 3_500),
        ("a thousand", 1_000),
        ("an hundred", 100),
        ("two and a half thousand", 2_500),
        ("one and a half million", 1_500_000),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("one hundred and twenty", 120),
        ("a dozen", 12),
        ("two dozen", 24),
        ("two million five hundred thousand", 2_500_000),
        ("ninety-nine", 99),
    ],
)
def test_english_number_phrases(phrase: str, value: float) -> None:
    parsed = english_phrase_value(phrase)
    assert parsed is not None
    assert parsed[0] == value
    assert parsed[2] == len(phrase)


@pytest.mark.parametrize(
    ("phrase", "used"),
    [("five six", "five"), ("two and three", "two"), ("twenty thirty", "twenty"),
     ("eleven twelve", "eleven"), ("three hundred and four five", "three hundred and four")],
)
def test_english_phrase_stops_where_the_number_ends(phrase: str, used: str) -> None:
    parsed = english_phrase_value(phrase)
    assert parsed is not None
    assert phrase[:parsed[2]] == used


@pytest.mark.parametrize(
    ("phrase", "multiplier"),
    [("twelve thousand", 1000), ("three thousand five hundred", 1), ("five hundred", 100),
     ("twenty", 1), ("two million", 10**6)],
)
def test_english_trailing_multiplier(phrase: str, multiplier: int) -> None:
    parsed = english_phrase_value(phrase)
    assert parsed is not None and parsed[1] == multiplier


def test_english_phrase_without_number_is_none() -> None:
    assert english_phrase_value("and a half") is None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=999_999))
def test_english_spelled_numbers_read_back(n: int) -> None:
    phrase = spell_en(n)
    parsed = english_phrase_value(phrase)
    assert parsed is not None
    assert parsed[0] == n
    assert parsed[2] == len(phrase)


@pytest.mark.parametrize(("word", "value"), [("zweier", 2.0), ("dreier", 3.0)])
def test_genitive_units(word, value):
    assert german_word_value(word) == (value, 1)
