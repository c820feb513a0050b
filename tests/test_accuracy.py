"""The extractor against gold: the seed articles and the hand-labelled corpora under tests/

Targets (issue: a claims table that is right on articles nobody has seen): mention
F1 >= 0.95; over matched claims value >= 0.97 and every other field >= 0.9
(the seeds: F1 1.0 and every field >= 0.95)."""

from pathlib import Path

import pytest

from claimtrack.evaluate import load_gold, score
from claimtrack.paths import DEFAULT_ARTICLES_DIR, DEFAULT_GOLD_DIR
from claimtrack.pipeline import extract_tables

CORPUS = Path(__file__).parent / "corpus"
FIELDS = ("value", "qualifier", "additional", "status", "claimant_group", "claim_date")


def scores_for(articles: Path, gold: Path):
    return score(extract_tables(articles).claims, load_gold(gold))


def test_seed_articles_are_read_exactly():
    s = scores_for(DEFAULT_ARTICLES_DIR, DEFAULT_GOLD_DIR / "seed_claims.csv")
    assert s.f1 == pytest.approx(1.0)
    for field in FIELDS:
        assert s.field_accuracy[field] >= 0.95, field


CORPORA = {  # folder under tests/ -> what it is
    "corpus": "own corpus, the rules were written on it",
    "corpus_heldout": "held-out corpus",
    "corpus_blind": "third corpus, written blind in session 5",
    "corpus_blind2": "fourth corpus, written blind in session 6",
    "corpus_blind3": "fifth corpus, written blind in session 7",
    "corpus_blind4": "sixth corpus (ordinary news), written blind in session 7",
    "corpus_blind5": "seventh corpus (ordinary news), written blind in session 7",
    "corpus_blind6": "eighth corpus (ordinary news), written blind in session 7",
    "corpus_blind7": "ninth corpus (ordinary news), written blind in session 8",
    "corpus_blind8": "tenth corpus (ordinary news), written blind in session 8",
    "corpus_blind10": "twelfth corpus (ordinary news), written blind in session 8",
    "corpus_blind11": "thirteenth corpus (ordinary news), written blind in session 8",
    "corpus_blind12": "fourteenth corpus (ordinary news), written blind in session 8",
    "corpus_blind14": "sixteenth corpus (ordinary news), written blind in session 8",
    "corpus_blind17": "nineteenth corpus (ordinary news), written blind in session 8",
    "corpus_blind23": "twenty-fifth corpus (ordinary news), written blind in session 9",
    "corpus_blind28": "thirtieth corpus (ordinary news), written blind in session 9",
    "corpus_blind31": "thirty-third corpus (ordinary news), written blind in session 9",
    "corpus_blind33": "thirty-fifth corpus (ordinary news), written blind in session 9",
    "corpus_blind36": "thirty-eighth corpus (ordinary news), written blind in session 10",
    "corpus_blind43": "forty-fifth corpus (ordinary news), written blind in session 10",
    "corpus_blind44": "forty-sixth corpus (ordinary news), written blind in session 10",
    "corpus_blind45": "forty-seventh corpus (ordinary news), written blind in session 10",
    "corpus_blind46": "forty-eighth corpus (ordinary news), written blind in session 10",
    "corpus_blind48": "fiftieth corpus (ordinary news), written blind in session 10",
    "corpus_blind51": "fifty-third corpus (ordinary news), written blind in session 10",
    "corpus_blind53": "fifty-fifth corpus (ordinary news), written blind in session 10",
    "corpus_blind58": "sixtieth corpus (ordinary news), written blind in session 10",
    "corpus_blind59": "sixty-first corpus (ordinary news), written blind in session 10",
    "corpus_blind63": "sixty-fifth corpus (ordinary news), written blind in session 11",
    "corpus_blind79": "eighty-first corpus (ordinary news), written blind in session 11",
    "corpus_blind82": "eighty-fourth corpus (ordinary news), written blind in session 11",
    "corpus_blind83": "eighty-fifth corpus (ordinary news), written blind in session 12",
    "corpus_blind84": "eighty-sixth corpus (ordinary news), written blind in session 12",
    "corpus_blind85": "eighty-seventh corpus (ordinary news), written blind in session 12",
    "corpus_blind90": "ninety-second corpus (ordinary news), written blind in session 12",
    "corpus_blind100": "hundred-and-second corpus (ordinary news), written blind in session 13",
    "corpus_blind101": "hundred-and-third corpus (ordinary news), written blind in session 13",
    "corpus_blind102": "hundred-and-fourth corpus (ordinary news), written blind in session 13",
    "corpus_blind106": "hundred-and-eighth corpus (ordinary news), written blind in session 13",
    "corpus_blind41": "forty-third corpus (ordinary news), written blind in session 10",
    "corpus_blind95": "ninety-seventh corpus (ordinary news), written blind in session 13",
    "corpus_blind18": "twentieth corpus (ordinary news), written blind in session 8",
    "corpus_blind110": "hundred-and-twelfth corpus (ordinary news), written blind in session 13",
    "corpus_blind103": "hundred-and-fifth corpus (ordinary news), written blind in session 13",
    "corpus_blind104": "hundred-and-sixth corpus (ordinary news), written blind in session 13",
    "corpus_blind113": "hundred-and-fifteenth corpus (ordinary news), written blind in session 14",
    "corpus_blind115": "hundred-and-seventeenth corpus (ordinary news), blind, session 14",
    "corpus_blind120": "hundred-and-twenty-second corpus (ordinary news), blind, session 14",
    "corpus_blind97": "ninety-ninth corpus (ordinary news), written blind in session 13",
    "corpus_blind107": "hundred-and-ninth corpus (ordinary news), written blind in session 13",
    "corpus_blind117": "hundred-and-nineteenth corpus (ordinary news), blind, session 14",
    "corpus_blind54": "fifty-sixth corpus (ordinary news), written blind in session 10",
    "corpus_blind125": "hundred-and-twenty-seventh corpus (ordinary news), blind, session 15",
    "corpus_blind126": "hundred-and-twenty-eighth corpus (ordinary news), blind, session 15",
    "corpus_blind127": "hundred-and-twenty-ninth corpus (ordinary news), blind, session 15",
    "corpus_blind130": "hundred-and-thirty-second corpus (ordinary news), blind, session 15",
    "corpus_blind131": "hundred-and-thirty-third corpus (ordinary news), blind, session 15",
    "corpus_blind135": "hundred-and-thirty-seventh corpus (ordinary news), blind, session 15",
    "corpus_blind138": "hundred-and-fortieth corpus (ordinary news), blind, session 15",
    "corpus_blind140": "hundred-and-forty-second corpus (ordinary news), blind, session 15",
    "corpus_blind141": "hundred-and-forty-third corpus (ordinary news), blind, session 15",
    "corpus_blind122": "hundred-and-twenty-fourth corpus (ordinary news), blind, session 14",
    "corpus_blind96": "ninety-eighth corpus (ordinary news), written blind in session 13",
    "corpus_blind112": "hundred-and-fourteenth corpus (ordinary news), blind, session 14",
    "corpus_blind128": "hundred-and-thirtieth corpus (ordinary news), blind, session 15",
    "corpus_blind64": "sixty-sixth corpus (ordinary news), written blind in session 11",
    "corpus_blind136": "hundred-and-thirty-eighth corpus (ordinary news), blind, session 15",
    "corpus_blind139": "hundred-and-forty-first corpus (ordinary news), blind, session 15",
    "corpus_blind133": "hundred-and-thirty-fifth corpus (ordinary news), blind, session 15",
    "corpus_blind144": "hundred-and-forty-sixth corpus (ordinary news), blind, session 17",
    "corpus_blind129": "hundred-and-thirty-first corpus (ordinary news), blind, session 15",
    "corpus_blind143": "hundred-and-forty-fifth corpus (ordinary news), blind, session 17",
    "corpus_blind146": "hundred-and-forty-eighth corpus (ordinary news), blind, session 17",
    "corpus_blind137": "hundred-and-thirty-ninth corpus (ordinary news), blind, session 15",
    "corpus_blind29": "thirty-first corpus (ordinary news), written blind in session 9",
    "corpus_blind148": "hundred-and-fiftieth corpus (ordinary news), blind, session 17",
    "corpus_blind150": "hundred-and-fifty-second corpus (ordinary news), blind, session 17",
    "corpus_blind145": "hundred-and-forty-seventh corpus (ordinary news), blind, session 17",
    "corpus_blind86": "eighty-eighth corpus (ordinary news), written blind in session 12",
    "corpus_blind149": "hundred-and-fifty-first corpus (ordinary news), blind, session 17",
    "corpus_blind151": "hundred-and-fifty-third corpus (ordinary news), blind, session 17",
    "corpus_blind154": "hundred-and-fifty-sixth corpus (ordinary news), blind, session 17",
    "corpus_blind155": "hundred-and-fifty-seventh corpus (ordinary news), blind, session 17",
    "corpus_blind156": "hundred-and-fifty-eighth corpus (ordinary news), blind, session 17",
    "corpus_blind157": "hundred-and-fifty-ninth corpus (ordinary news), blind, session 17",
    "corpus_blind158": "hundred-and-sixtieth corpus (ordinary news), blind, session 17",
    "corpus_blind123": "hundred-and-twenty-fifth corpus (ordinary news), blind, session 15",
    "corpus_blind68": "seventieth corpus (ordinary news), written blind in session 11",
    "corpus_blind111": "hundred-and-thirteenth corpus (ordinary news), blind, session 14",
    "corpus_blind153": "hundred-and-fifty-fifth corpus (ordinary news), blind, session 17",
    "corpus_blind159": "hundred-and-sixty-first corpus (ordinary news), blind, session 18",
    "corpus_blind160": "hundred-and-sixty-second corpus (ordinary news), blind, session 18",
    "corpus_blind161": "hundred-and-sixty-third corpus (ordinary news), blind, session 18",
    "corpus_blind124": "hundred-and-twenty-sixth corpus (ordinary news), blind, session 15",
    "corpus_blind163": "hundred-and-sixty-fifth corpus (ordinary news), blind, session 18",
    "corpus_blind166": "hundred-and-sixty-eighth corpus (ordinary news), blind, session 18",
    "corpus_blind168": "hundred-and-seventieth corpus (ordinary news), blind, session 18",
    "corpus_blind169": "hundred-and-seventy-first corpus (ordinary news), blind, session 18",
    "corpus_blind170": "hundred-and-seventy-second corpus (ordinary news), blind, session 18",
    "corpus_blind171": "hundred-and-seventy-third corpus (ordinary news), blind, session 18",
    "corpus_blind172": "hundred-and-seventy-fourth corpus (ordinary news), blind, session 18",
    "corpus_blind175": "hundred-and-seventy-seventh corpus (ordinary news), blind, session 18",
    "corpus_blind177": "hundred-and-seventy-ninth corpus (ordinary news), blind, session 18",
    "corpus_blind178": "hundred-and-eightieth corpus (ordinary news), blind, session 18",
    "corpus_blind179": "hundred-and-eighty-first corpus (ordinary news), blind, session 18",
    "corpus_blind180": "hundred-and-eighty-second corpus (ordinary news), blind, session 18",
    "corpus_blind182": "hundred-and-eighty-fourth corpus (ordinary news), blind, session 18",
    "corpus_blind183": "hundred-and-eighty-fifth corpus (ordinary news), blind, session 18",
    "corpus_blind184": "hundred-and-eighty-sixth corpus (ordinary news), blind, session 18",
    "corpus_blind186": "hundred-and-eighty-eighth corpus (ordinary news), blind, session 18",
    "corpus_blind162": "hundred-and-sixty-fourth corpus (ordinary news), blind, session 18",
    "corpus_blind164": "hundred-and-sixty-sixth corpus (ordinary news), blind, session 18",
    "corpus_blind165": "hundred-and-sixty-seventh corpus (ordinary news), blind, session 18",
    "corpus_blind167": "hundred-and-sixty-ninth corpus (ordinary news), blind, session 18",
    "corpus_blind21": "twenty-third corpus (ordinary news), written blind in session 9",
    "corpus_blind152": "hundred-and-fifty-fourth corpus (ordinary news), blind, session 17",
    "corpus_blind81": "eighty-third corpus (ordinary news), written blind in session 11",
    "corpus_blind174": "hundred-and-seventy-sixth corpus (ordinary news), blind, session 18",
    "corpus_blind176": "hundred-and-seventy-eighth corpus (ordinary news), blind, session 18",
    "corpus_blind187": "hundred-and-eighty-ninth corpus (ordinary news), blind, session 19",
    "corpus_blind188": "hundred-and-ninetieth corpus (ordinary news), blind, session 19",
    "corpus_blind189": "hundred-and-ninety-first corpus (ordinary news), blind, session 19",
    "corpus_blind190": "hundred-and-ninety-second corpus (ordinary news), blind, session 19",
    "corpus_blind191": "hundred-and-ninety-third corpus (ordinary news), blind, session 19",
    "corpus_blind192": "hundred-and-ninety-fourth corpus (ordinary news), blind, session 19",
    "corpus_blind193": "hundred-and-ninety-fifth corpus (ordinary news), blind, session 19",
    "corpus_blind194": "hundred-and-ninety-sixth corpus (ordinary news), blind, session 19",
    "corpus_blind22": "twenty-fourth corpus (ordinary news), blind, session 9",
    "corpus_blind40": "forty-second corpus (ordinary news), blind, session 10",
    "corpus_blind47": "forty-ninth corpus (ordinary news), blind, session 10",
    "corpus_blind181": "hundred-and-eighty-third corpus (ordinary news), blind, session 18",
    "corpus_blind195": "hundred-and-ninety-seventh corpus (ordinary news), blind, session 20",
    "corpus_blind196": "hundred-and-ninety-eighth corpus (ordinary news), blind, session 20",
    "corpus_blind201": "two-hundred-and-third corpus (ordinary news), blind, session 20",
}
TARGETS = {"f1": 0.95, "value": 0.97, "qualifier": 0.9, "additional": 0.9, "status": 0.9,
           "claimant_group": 0.9, "claim_date": 0.9}
PARTLY = {  # corpora (ordinary news, written blind) where something is still below target, as
    # the README reports: folder -> (what it is, what is below target and so not asserted)
    "corpus_blind9": ("eleventh, session 8", ("claim_date",)),
    "corpus_blind13": ("fifteenth, session 8", ("claim_date",)),
    "corpus_blind15": ("seventeenth, session 8", ("claim_date",)),
    "corpus_blind16": ("eighteenth, session 8", ("claim_date",)),
    "corpus_blind19": ("twenty-first, session 9", ("claimant_group",)),
    "corpus_blind20": ("twenty-second, session 9", ("claimant_group",)),
    "corpus_blind24": ("twenty-sixth, session 9", ("claim_date",)),
    "corpus_blind25": ("twenty-seventh, session 9", ("claim_date",)),
    "corpus_blind26": ("twenty-eighth, session 9", ("claim_date",)),
    "corpus_blind27": ("twenty-ninth, session 9", ("claim_date",)),
    "corpus_blind30": ("thirty-second, session 9", ("claim_date",)),
    "corpus_blind32": ("thirty-fourth, session 9", ("status",)),
    "corpus_blind34": ("thirty-sixth, session 9", ("claim_date",)),
    "corpus_blind35": ("thirty-seventh, session 10", ("f1",)),
    "corpus_blind37": ("thirty-ninth, session 10", ("claim_date",)),
    "corpus_blind38": ("fortieth, session 10", ("claim_date",)),
    "corpus_blind39": ("forty-first, session 10", ("claim_date",)),
    "corpus_blind42": ("forty-fourth, session 10", ("claim_date",)),
    "corpus_blind49": ("fifty-first, session 10", ("claimant_group",)),
    "corpus_blind50": ("fifty-second, session 10", ("claim_date",)),
    "corpus_blind52": ("fifty-fourth, session 10", ("claimant_group",)),
    "corpus_blind55": ("fifty-seventh, session 10", ("claimant_group", "claim_date")),
    "corpus_blind56": ("fifty-eighth, session 10", ("claim_date",)),
    "corpus_blind57": ("fifty-ninth, session 10", ("claimant_group",)),
    "corpus_blind60": ("sixty-second, session 10", ("claim_date",)),
    "corpus_blind61": ("sixty-third, session 10", ("f1", "claimant_group", "claim_date")),
    "corpus_blind62": ("sixty-fourth, session 10", ("claim_date",)),
    "corpus_blind65": ("sixty-seventh, session 11", ("f1", "claim_date")),
    "corpus_blind66": ("sixty-eighth, session 11", ("claim_date",)),
    "corpus_blind67": ("sixty-ninth, session 11", ("claim_date",)),
    "corpus_blind69": ("seventy-first, session 11", ("claim_date",)),
    "corpus_blind70": ("seventy-second, session 11", ("claim_date",)),
    "corpus_blind71": ("seventy-third, session 11", ("claim_date",)),
    "corpus_blind72": ("seventy-fourth, session 11", ("claim_date",)),
    "corpus_blind73": ("seventy-fifth, session 11", ("status", "claim_date")),
    "corpus_blind74": ("seventy-sixth, session 11", ("claimant_group", "claim_date")),
    "corpus_blind75": ("seventy-seventh, session 11", ("claim_date",)),
    "corpus_blind76": ("seventy-eighth, session 11", ("claim_date",)),
    "corpus_blind77": ("seventy-ninth, session 11", ("claim_date",)),
    "corpus_blind78": ("eightieth, session 11", ("status", "claimant_group")),
    "corpus_blind80": ("eighty-second, session 11", ("claimant_group",)),
    "corpus_blind87": ("eighty-ninth, session 12", ("claimant_group", "claim_date")),
    "corpus_blind88": ("ninetieth, session 12", ("f1", "claim_date")),
    "corpus_blind89": ("ninety-first, session 12", ("claim_date",)),
    "corpus_blind91": ("ninety-third, session 12", ("claimant_group",)),
    "corpus_blind92": ("ninety-fourth, session 12", ("claimant_group",)),
    "corpus_blind93": ("ninety-fifth, session 12", ("status", "claim_date")),
    "corpus_blind94": ("ninety-sixth, session 12", ("claim_date",)),
    "corpus_blind98": ("hundredth, session 13", ("claim_date",)),
    "corpus_blind99": ("hundred-and-first, session 13", ("status",)),
    "corpus_blind105": ("hundred-and-seventh, session 13", ("claim_date",)),
    "corpus_blind108": ("hundred-and-tenth, session 13", ("status", "claim_date")),
    "corpus_blind109": ("hundred-and-eleventh, session 13", ("claimant_group",)),
    "corpus_blind114": ("hundred-and-sixteenth, session 14", ("claim_date",)),
    "corpus_blind116": ("hundred-and-eighteenth, session 14", ("f1", "claim_date")),
    "corpus_blind118": ("hundred-and-twentieth, session 14", ("f1",)),
    "corpus_blind119": ("hundred-and-twenty-first, session 14", ("status",)),
    "corpus_blind121": ("hundred-and-twenty-third, session 14", ("claim_date",)),
    "corpus_blind132": ("hundred-and-thirty-fourth, session 15", ("claim_date",)),
    "corpus_blind134": ("hundred-and-thirty-sixth, session 15", ("claim_date",)),
    "corpus_blind142": ("hundred-and-forty-fourth, session 15", ("status",)),
    "corpus_blind147": ("hundred-and-forty-ninth, session 17", ("claimant_group",)),
    "corpus_blind173": ("hundred-and-seventy-fifth, session 18", ("f1",)),
    "corpus_blind185": ("hundred-and-eighty-seventh, session 18", ("f1",)),
    "corpus_blind197": ("hundred-and-ninety-ninth, session 20", ("claimant_group", "claim_date")),
    "corpus_blind198": ("two-hundredth, session 20", ("claimant_group", "claim_date")),
    "corpus_blind199": ("two-hundred-and-first, session 20", ("claim_date",)),
    "corpus_blind200": ("two-hundred-and-second, session 20",
                        ("f1", "claimant_group", "claim_date")),
    "corpus_blind202": ("two-hundred-and-fourth, session 20", ("status", "claimant_group")),
}


def measured(s) -> dict[str, float]:
    return {"f1": s.f1, **s.field_accuracy}


@pytest.mark.parametrize("folder", list(CORPORA), ids=list(CORPORA))
def test_hand_labelled_corpus_meets_the_targets(folder):
    corpus = CORPUS.parent / folder
    got = measured(scores_for(corpus / "articles", corpus / "gold.csv"))
    for what, target in TARGETS.items():
        assert got[what] >= target, (what, got[what])


@pytest.mark.parametrize("folder", list(PARTLY), ids=list(PARTLY))
def test_corpus_meets_every_target_but_those_reported_below(folder):
    """Every target but the ones the README reports below target on this corpus (those are
    checked not to have become met unnoticed either: a stale entry fails)."""
    corpus = CORPUS.parent / folder
    got = measured(scores_for(corpus / "articles", corpus / "gold.csv"))
    below = PARTLY[folder][1]
    for what, target in TARGETS.items():
        if what in below:
            assert got[what] < target, (what, got[what], "now met: move it out of PARTLY")
        else:
            assert got[what] >= target, (what, got[what])
