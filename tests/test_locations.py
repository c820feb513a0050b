from claimtrack.locations import find_location
from claimtrack.topic import load_topic


def test_first_place_as_written_in_either_language():
    places = load_topic().places
    assert find_location("Sie wurden nach Wladiwostok und dann nach Kursk gebracht.", places) == (
        "Wladiwostok")
    assert find_location("Troops moved from Vladivostok to Kursk.", places) == "Vladivostok"
    assert find_location("Keine Ortsangabe.", places) is None
