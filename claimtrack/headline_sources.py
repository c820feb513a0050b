"""Headlines and leads name figures the body attributes: an unattributed claim there takes the
source and date of the body's first attributed claim with the same figure.

`Kim könnte 25.000 weitere Soldaten schicken` over a story in which a lawmaker says `bis zu
25.000`: the headline states his figure, so it is his claim, made when he made it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

SOURCE_FIELDS = ("claimant", "claimant_group", "claim_date", "claim_date_precision",
                 "claim_date_text")
FIGURE_FIELDS = ("value", "low", "high")


def _figure(row: dict) -> tuple:
    """The figure a claim states: its value (`25.000` and `bis zu 25.000` state the same), or
    for a range its bounds."""
    if row.get("value") is not None:
        return (row["value"],)
    return tuple(row.get(f) for f in FIGURE_FIELDS)


def attribute_from_body(claims: list[dict], sentence_of: Sequence[int], lead: int,
                        naming: Collection[int] = ()) -> None:
    """Give each unattributed claim in the first `lead` sentences (by `sentence_of`, the
    sentence index of each claim) the source of the first later attributed claim with the same
    figure (rows changed in place). The claims at `naming` (a headline's `Seoul's 600`) take
    it whatever their own source, and the body claim's status too: the headline names that
    figure, and says no more about it."""
    for i, row in enumerate(claims):
        if sentence_of[i] >= lead or (row["claimant_group"] != "unattributed"
                                      and i not in naming):
            continue
        figure = _figure(row)
        source = next((other for j, other in enumerate(claims)
                       if sentence_of[j] >= lead and other["claimant_group"] != "unattributed"
                       and _figure(other) == figure), None)
        if source is not None:
            row.update({f: source[f] for f in SOURCE_FIELDS})
            if i in naming:
                row["status"] = source["status"]
