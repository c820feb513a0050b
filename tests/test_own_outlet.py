"""The publishing outlet's own count is unattributed."""

from __future__ import annotations

import pytest

from claimtrack.own_outlet import (
    is_own_count,
    outlet_words,
    told_this_outlet,
    unattribute_own_counts,
)


def test_outlet_words_drop_articles_and_generic_words():
    assert outlet_words("The Sunday Chronicle") == {"chronicle"}
    assert outlet_words("ANBC News") == {"anbc"}


@pytest.mark.parametrize(("claimant", "outlet", "own"), [
    ("the Chronicle", "The Sunday Chronicle", True),
    ("An ANBC analysis of state media images", "ANBC News", True),
    ("Our own tally", "", True),
    ("unsere Redaktion", "Tagblatt", True),
    ("the US secretary of state", "The Capital Dispatch", False),
    ("South Korea's National Intelligence Service", "The Korea Monitor", False),
    ("the Pentagon", "", False),
])
def test_is_own_count(claimant, outlet, own):
    assert is_own_count(claimant, outlet) is own


def test_unattribute_own_counts_changes_only_the_outlets_rows():
    rows = [{"claimant": "the Chronicle", "claimant_group": "other"},
            {"claimant": "the NIS", "claimant_group": "south_korea"}]
    unattribute_own_counts(rows, "The Sunday Chronicle")
    assert [r["claimant_group"] for r in rows] == ["unattributed", "south_korea"]


@pytest.mark.parametrize(("sentence", "outlet", "told"), [
    ("said Andriy Yusov, a spokesman, in an interview with the Chronicle.",
     "The Sunday Chronicle", True),
    ("„Das ist ernst“, sagte er im Gespräch mit unserer Zeitung.", "", True),
    ("He told this newspaper that the figure was higher.", "", True),
    ("He told Reuters that the figure was higher.", "The Sunday Chronicle", False),
])
def test_told_this_outlet(sentence, outlet, told):
    assert told_this_outlet(sentence, outlet) is told
