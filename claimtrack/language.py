"""German or English: stopword counts on the start of a text, and language tags normalised."""

from __future__ import annotations

import re
from itertools import repeat

SAMPLE_CHARS = 2500

_UMLAUT_RE = re.compile(r"[äöüß]")
_TAG_SEPARATOR_RE = re.compile(r"[-_\s]")

_DE_STOPWORDS = frozenset(
    "der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind "
    "waren wird werden wurde wurden hat haben hatte sich mit von zu zum zur im auf für "
    "aus bei nach über auch noch nur schon sie er es wir ihr ich dass wie als wenn sei seien "
    "soll sollen laut sagte demnach bereits rund etwa mehr weitere seit gegen diese dieser "
    "dieses sowie bis vom ins durch unter wo kein keine".split()
)
_EN_STOPWORDS = frozenset(
    "the a and or but not is are were be been being has have had it its of to on for with "
    "from by at as that this these those they he she we you which who said says would "
    "could should there their than about more some up into after over".split()
)

# +1 for a German stopword, -1 for an English one (the lists share no word)
_STOPWORD_SCORES = dict.fromkeys(_DE_STOPWORDS, 1) | dict.fromkeys(_EN_STOPWORDS, -1)

_LANGUAGE_NAMES = {
    "de": "de", "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
    "en": "en", "eng": "en", "english": "en", "englisch": "en",
}


def detect_language(text: str) -> str:
    """`"de"` or `"en"`, whichever has more stopwords in the first few KB (ties: umlauts)."""
    sample = text[:SAMPLE_CHARS].lower()
    # German minus English stopwords, in one pass; stopwords rarely carry punctuation
    balance = sum(map(_STOPWORD_SCORES.get, sample.split(), repeat(0)))
    if balance:
        return "de" if balance > 0 else "en"
    return "de" if _UMLAUT_RE.search(sample) else "en"


def normalise_language(tag: object) -> str | None:
    """`"de"`/`"en"` for tags like `de-CH`, `en_US`, `German`, `deu`; None for others."""
    if not isinstance(tag, str):
        return None
    base = _TAG_SEPARATOR_RE.split(tag.strip().lower(), maxsplit=1)[0]
    return _LANGUAGE_NAMES.get(base)
