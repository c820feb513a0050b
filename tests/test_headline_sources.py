"""A headline's unattributed figure takes the source of the body's claim with that figure."""

from __future__ import annotations

from datetime import date

from claim_rows import claim_rows

from claimtrack.headline_sources import attribute_from_body


def row(value: float, group: str, claimant: str | None = None) -> dict:
    return {"value": value, "low": None, "high": None, "claimant": claimant,
            "claimant_group": group, "claim_date": date(2025, 6, 29),
            "claim_date_precision": "published", "claim_date_text": None}


def test_an_unattributed_lead_claim_takes_the_first_matching_body_source():
    claims = [row(25000, "unattributed"), row(11000, "south_korea", "NIS"),
              row(25000, "other", "ein Abgeordneter"), row(25000, "ukraine", "Kiew")]
    attribute_from_body(claims, [0, 4, 5, 6], lead=3)
    assert (claims[0]["claimant"], claims[0]["claimant_group"]) == ("ein Abgeordneter", "other")


def test_attributed_lead_claims_and_body_claims_are_left_alone():
    claims = [row(25000, "russia", "Moskau"), row(9000, "unattributed"),
              row(25000, "other", "X"), row(9000, "unattributed")]
    attribute_from_body(claims, [0, 1, 5, 6], lead=3)
    assert [c["claimant_group"] for c in claims] == [
        "russia", "unattributed", "other", "unattributed"]


def test_a_headline_figure_is_the_speaker_of_the_body_who_gives_it():
    text = ("Kim könnte 25.000 weitere nordkoreanische Soldaten schicken\n\n"
            "Berlin. Der Ausschuss tagte am Mittwoch hinter verschlossenen Türen.\n\n"
            "Danach sprach der Abgeordnete Peter Lang mit Journalisten. „Wir müssen mit bis zu "
            "25.000 weiteren nordkoreanischen Soldaten rechnen“, sagte der Abgeordnete Lang.")
    rows = claim_rows(text, "de", date(2025, 6, 29))
    assert [r["claimant"] for r in rows] == ["der Abgeordnete Lang"] * 2
