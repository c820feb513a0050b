"""Attribution across sentences: `the same day` / `am selben Tag` takes the previous date."""

from __future__ import annotations

import re
from datetime import date

import pytest

from claimtrack.article import Article
from claimtrack.attribution import _CLAUSE_CUT, _SAME_DAY, _SAME_DAY_WORDS
from claimtrack.extract import extract_article
from claimtrack.textmap import CleanText
from claimtrack.topic import load_topic

WEDNESDAY = date(2025, 3, 12)


def claim_dates(text: str, lang: str) -> list[tuple[str, date, str]]:
    article = Article(article_id="t", file_name="t.txt", raw=text,
                      clean=CleanText.identity(text), language=lang, published=WEDNESDAY,
                      published_source="sidecar")
    rows = extract_article(article, load_topic()).claims
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


def test_every_same_day_phrase_holds_a_key_word_of_the_cheap_test():
    """The attributor tests for these words before running `_SAME_DAY`."""
    inner = re.search(r"\(\?:(.*?)\)", _SAME_DAY.pattern).group(1)
    for phrase in inner.split("|"):
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
