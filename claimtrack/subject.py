"""Is a figure about the topic's subject? The counted noun and who it belongs to.

A figure is a claim when it counts a troop noun (or stands for one, elliptically)
that belongs to the subject: the noun phrase names the subject (`1.500
nordkoreanische Soldaten`, `10,000 troops from North Korea`), or it names no
one and the sentence or the sentences just before are about the subject. A
noun phrase naming another force (`russische Soldaten`, `Ukrainian troops`),
another force as owner (`Russland hat 600.000 Soldaten verloren`) or a
whole-army/ratio context (`eine Armee von 1,2 Millionen Soldaten`, `500 pro Tag`)
makes it not a claim.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from claimtrack.topic import LanguageLexicon

_TOKEN = re.compile(r"[\w'’\-]+|[^\w\s]")
_NOUN_WINDOW = 5  # tokens after the number searched for the counted noun
_EN_STOP = frozenset(
    """of to in into from at on for by with and or but who that which were was are is be been
    have has had will would could may might said say says told than as per a an the this
    these those their its his her our there here it they we he she i you""".split()
)
_EN_ADVERBS = frozenset("today tomorrow yesterday now soon later already still".split())
# `another 10,000 next year`, `3,000 every month`, `others lay wounded`: no noun of the figure
_EN_TIME_AND_VERBS = frozenset("next last every each lay lie lies remain remained stood".split())
_EN_NO_NOUN = _EN_ADVERBS | frozenset(  # words after a figure that end its phrase
    "over under across during through throughout after before around near since until within "
    "without against along among between beyond despite toward towards upon via so too "
    "if unless once because when whenever while ready".split()) | _EN_TIME_AND_VERBS
_DE_ADJECTIVE_END = ("e", "en", "er", "es", "em")
# `weitere 10.000 nächstes Jahr`, `3.000 jeden Monat`: a time phrase, no noun of the figure
_DE_TIME_DETERMINERS = ("nächst", "kommend", "letzt", "vergangen", "jed", "dies")
_DE_CAPITAL_ADJECTIVES = frozenset("neue neuen zusätzliche weitere frische".split())
_DE_VERBS = frozenset(
    """haben hatten hätten seien sind waren wären werden wurden würden könnten können sollen
    sollten müssen müssten dürften wollen wollten lassen kommen gehen stehen liegen
    habe hatte hätte werde wurde würde könne solle müsse dürfe wolle""".split()
)
_CONJUNCTIONS = frozenset("und oder sowie bzw".split())
_PARTITIVE = frozenset("of von".split())
_PRONOUNS = frozenset("them us whom those these it ihnen denen diesen jenen uns euch".split())
_DE_DETERMINERS = frozenset("Der Die Das Den Dem Des".lower().split())
_EN_DETERMINERS = frozenset("its their his her our the".split())
_EN_VERBS = frozenset(
    """sent seen held left taken made fought lost gone come become remain remain are were
    was is be been had have has could would will may might must should arrive""".split()
)
_QUOTES = frozenset("\"'“”„«»‹›‚‘’")
_COMPLEMENT = re.compile(r"\s+(?:von|der|des|aus|of the|of|from the)\s+", re.IGNORECASE)
_SIZE_WORD = re.compile(r"[-–](?:strong|man|member|mann|köpfig)", re.IGNORECASE)
_EQUIPMENT = re.compile(r"(?i:fighting|vehicles?|carriers?|rifles?|weapons?|tanks?|shells?)$")
_ARTICLES = frozenset("der die das den dem des the".split())
_CASUALTY_PARTICIPLES = frozenset("injured hurt killed wounded dead captured missing".split())
_PRONOUN_PARTITIVE = re.compile(  # `11,000 of them remain in Russia`: no owner after them
    r"\s*(?:of (?:them|those|these)|von (?:ihnen|denen|diesen))\s+(?:remain\w*|are|were|have|"
    r"had|is|was|still|now|sind|seien|waren|haben|hätten|stehen|kämpfen|bleiben|blieben)\b",
    re.IGNORECASE)
_COORDINATED = re.compile(r"\s+(?:and|und|or|oder|sowie)\s+")
_PREPOSITIONS = frozenset(
    "in im nach aus an am auf bei zu zum zur to into in from at on with mit gegen against "
    "für for über von vom".split()
)
_OWNING_VERB = re.compile(
    r"\s*(?:[A-ZÄÖÜ]\w+\s+|army\s+|forces\s+|military\s+)?(?:selbst\s+|itself\s+|allein\s+)?"
    r"(?:still\s+|now\s+|currently\s+|noch\s+|derzeit\s+|inzwischen\s+)?"
    r"(?:hat|haben|habe|hatte|hatten|hätte|bü(?:ß|ss)t|bü(?:ß|ss)te|bü(?:ß|ss)en|"
    r"has|have|had|"
    r"verfügt|verfügen|zählt|zählen|unterhält|rekrutiert\w*|mobilisiert\w*|verlor\w*|"
    r"verliert|verlieren|erlitt|erlitten|suffered|suffers|"
    r"lost|loses|losing|recruit\w*|mobili[sz]\w*|maintains?|numbers|counts|keeps?|"
    r"stationiert|stations|setzt|setzte|setzen|setzten|deploys|deployed|commits|committed|"
    r"sent|sends|schickte|schickten|entsandte|entsandten)\b",
)
_OWN = re.compile(r"\b(?:eigene[nrs]?|own)\b", re.IGNORECASE)
_APPOSITIVE_BEFORE = re.compile(r"[A-ZÄÖÜ][\w\-]+,\s*$")
_APPOSITIVE_AFTER = re.compile(r"\s*(?:,|\.(?=\s|$)|$)")  # `Trump, 78,` or `…, said Hollander, 61.`
# a reporting participle closing the clause after the figure: `X hatte … 12.000 Mann genannt`
_REPORTED = re.compile(
    r"\b(?:genannt|gesagt|erklärt|mitgeteilt|berichtet|geschätzt|angegeben|beziffert|"
    r"gesprochen|gemeldet|bekanntgegeben|bekannt gegeben|verkündet|bestätigt|veröffentlicht|"
    r"vorgelegt|eingeräumt|geäußert|geäussert|said|reported|estimated|stated|announced|"
    r"put it)\b(?=\s*(?:[,;:.!?«»„“”\"]|$))",
    re.IGNORECASE,
)
_ORIGIN = frozenset("aus from".split())
_POST_MODIFIER = re.compile(r"^\s*(?:aus|from|of|der|des|von|vom)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"((?:[\w\-]++\s++){0,2}[\w\-]++['’]s|(?<!\w)[A-ZÄÖÜ][\w\-]*s)\s+$")
_CLAUSE_BREAK = re.compile(r"[,;:«»„“”\"()–—]")
_CONTEXT_WINDOW = 40  # characters around the figure searched for a whole-army / ratio context


class Noun(NamedTuple):
    text: str
    start: int  # in the sentence
    end: int
    is_troop: bool
    is_pronoun: bool = False  # "17 others", "300 weitere": stands for a noun named before


def counted_noun(sentence: str, num_end: int, lang: str, lex: LanguageLexicon) -> Noun | None:
    """The noun the figure counts: the head of the noun phrase after the number."""
    last = None
    for m in islice(_TOKEN.finditer(sentence, num_end), _NOUN_WINDOW):
        token = m.group()
        troop_end = _troop_head_at(sentence, m, lang, lex)
        if troop_end and last is not None and m.group().lower() in _CASUALTY_PARTICIPLES and (
                lang != "de" and last.group()[0].isupper()):
            # `2,000 North Korean dead`, `101 Kursk dead`: the casualty word heads the phrase
            return Noun(sentence[m.start():troop_end], m.start(), troop_end, True)
        if troop_end and last is not None and m.group().lower() in _CASUALTY_PARTICIPLES:
            # `1,400 people injured`, `21 soldiers killed`: the participle follows the head
            if lex.pronoun_noun.fullmatch(last.group()):  # `40 others wounded`
                return Noun(last.group(), last.start(), last.end(), False, is_pronoun=True)
            troop = lex.troop_noun.fullmatch(last.group()) is not None
            return _with_troop_complement(
                sentence, Noun(last.group(), last.start(), last.end(), troop), lex)
        if troop_end and not _modifies_troops_after(sentence, m, lex):
            return Noun(sentence[m.start():troop_end], m.start(), troop_end, True)
        if token in _QUOTES or _SIZE_WORD.fullmatch(token):
            continue  # `a 3,000-strong force`: the noun comes after the size word
        if token == "." and last is not None and len(last.group()) == 1 and last.group().isupper():
            continue  # `10,000 N. Korean troops`: an initial's dot
        if not token[0].isalnum():
            break
        bare = token.rstrip("'’")  # `‘thousands more’`: the closing quote is no part of it
        if lex.pronoun_noun.fullmatch(bare) and (
                part := _more_of(sentence, m.end(), lang, lex)) is not None:
            return part  # `6,000 more of its soldiers`
        if lex.pronoun_noun.fullmatch(bare) and _ends_phrase(sentence, m.end(), lang, lex):
            return Noun(bare, m.start(), m.start() + len(bare), False, is_pronoun=True)
        low = token.lower()
        if low in _PARTITIVE:
            return _partitive_noun(sentence, m.end(), lang, lex)
        if lang == "de":
            if low.startswith(_DE_TIME_DETERMINERS):
                return None
            if token.isupper() and low in _DE_CAPITAL_ADJECTIVES:
                pass  # `SEOUL ZÄHLT 3.000 NEUE`: a headline's capitals make no noun
            elif token[0].isupper():
                return _with_troop_complement(sentence, Noun(token, m.start(), m.end(), False), lex)
            if low in _CONJUNCTIONS:
                continue
            if not low.endswith(_DE_ADJECTIVE_END) or low in _PREPOSITIONS or low in _DE_VERBS:
                return None
        elif _modifies_troops_after(sentence, m, lex):
            pass  # `two wounded North Koreans`, `2,000 wounded North Korean soldiers`
        elif _modifies_next_noun(sentence, m.end(), low, lex):
            pass  # `840 flying foxes`, `1,200 farming households`: the noun comes after it
        elif low in _EN_STOP or low in _EN_NO_NOUN or _is_english_verb_form(token) or (
                low.endswith("ly") and len(low) > 4):
            break
        last = m
    if lang == "de" or last is None:
        return None
    head = Noun(last.group(), last.start(), last.end(), False)
    return _with_troop_complement(sentence, head, lex)


_LOWER_WORD = re.compile(r"\s+([a-z][a-z-]+)\b")


def _modifies_next_noun(sentence: str, pos: int, low: str, lex: LanguageLexicon) -> bool:
    """An English `-ing`, `-ed` or `-ly` word right before a plural noun that counts no troops
    (`840 flying foxes`, `1,200 farming households`, `58 decorated carts`, `300 loblolly
    pines`) modifies it: the figure counts that noun, not the subject. Not a verb after the
    figure (`fighting in Kursk`, `getting ready`, `nursing wounds`, `arrived weeks ago`), a
    preposition (`during talks`), or a modifier of troops (`fighting men`)."""
    if not low.endswith(("ing", "ed", "ly")) or low in _EN_VERBS or low in _ING_NOT_MODIFIERS:
        return False
    nxt = _LOWER_WORD.match(sentence, pos)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word.endswith("s") and not (
        word in _EN_STOP or word in _EN_NO_NOUN or _is_english_verb_form(word)
        or word in _NOT_COUNTED_AFTER_ING or lex.troop_noun.fullmatch(word)
        or not low.endswith("ing") and word in _TIME_NOUNS  # `arrived weeks ago`
        or lex.casualty_cue is not None and lex.casualty_cue.match(word))


_ING_NOT_MODIFIERS = frozenset(
    "during including according regarding concerning following nothing something anything "
    "morning evening getting being going having doing coming becoming remaining nursing "
    "suffering taking making bringing sending".split())
_NOT_COUNTED_AFTER_ING = frozenset("wounds injuries losses casualties orders talks".split())
_TIME_NOUNS = frozenset("days weeks months years hours nights times".split())


def _troop_head_at(sentence: str, m: re.Match[str], lang: str, lex: LanguageLexicon) -> int:
    """End of a troop noun heading the phrase at token `m`, or 0 (also for a modifier)."""
    if lang == "de" and m.group()[0].islower():
        return 0  # a German modifier: no need to search the troop nouns
    end = _troop_phrase_at(sentence, m.start(), lex)
    return 0 if end and _modifies_a_head(sentence, m.group(), end, lang, lex) else end


def _modifies_a_head(sentence: str, token: str, end: int, lang: str, lex: LanguageLexicon) -> bool:
    """A troop word used as a modifier: German lower case (`verwundete Soldaten`), or an
    English word before another troop noun (`captured soldiers`) or equipment (`infantry
    fighting vehicles`)."""
    if lang == "de":
        return token[0].islower()
    nxt = _TOKEN.search(sentence, end)
    if nxt is not None and nxt.group().lower() == "fighting":  # `infantry fighting vehicles`,
        after = _TOKEN.search(sentence, nxt.end())  # not `soldiers killed fighting for Russia`
        return after is not None and _EQUIPMENT.match(after.group()) is not None
    return nxt is not None and (lex.troop_noun.match(sentence, nxt.start()) is not None
                                or _EQUIPMENT.match(nxt.group()) is not None)


def _more_of(sentence: str, pos: int, lang: str, lex: LanguageLexicon) -> Noun | None:
    """`6,000 more of its soldiers`, `3.000 weitere seiner Soldaten`: the troop noun a
    partitive after `more`/`weitere` names, or None."""
    m = _TOKEN.search(sentence, pos)
    if m is None or m.group().lower() not in _PARTITIVE:
        return None
    noun = _partitive_noun(sentence, m.end(), lang, lex)
    return noun if noun is not None and noun.is_troop else None


def _ends_phrase(sentence: str, pos: int, lang: str, lex: LanguageLexicon) -> bool:
    """No noun follows a pronoun-like word (`300 weitere wurden …`, `17 others.`)."""
    m = _TOKEN.search(sentence, pos)
    if m is None or not m.group()[0].isalnum():
        return True
    word = m.group()
    if lang != "de":  # `3,000 more could follow`, `two more villages` (a noun follows)
        if lex.troop_noun.match(sentence, m.start()):
            return False
        low = word.lower()
        return low in _EN_STOP or low in _EN_NO_NOUN or _is_english_verb_form(word)
    low = word.lower()
    adjective = low.endswith(_DE_ADJECTIVE_END) and low not in _DE_VERBS | _PREPOSITIONS
    return not (word[0].isupper() or adjective)


def _partitive_noun(sentence: str, pos: int, lang: str, lex: LanguageLexicon) -> Noun | None:
    """`200 of its pilots`, `two of Kim's captured soldiers`, `1.000 von ihnen`: the noun
    after `of`/`von`, or None for a pronoun (`of them`)."""
    for i, m in enumerate(_TOKEN.finditer(sentence, pos)):
        if i >= _NOUN_WINDOW or not m.group()[0].isalnum():
            return None
        troop_end = _troop_head_at(sentence, m, lang, lex)
        if troop_end:
            return Noun(sentence[m.start():troop_end], m.start(), troop_end, True)
        word, low = m.group(), m.group().lower()
        if low in _PRONOUNS:
            return None
        if lang == "de":
            if word[0].isupper() and low not in _DE_DETERMINERS:
                return Noun(word, m.start(), m.end(), False)
            continue
        skip = (low in _EN_DETERMINERS or word[0].isupper() or low.endswith(("'s", "’s"))
                or _is_english_verb_form(word) or low in _EN_STOP)
        if not skip and not _before_troop_noun(sentence, m.end(), lex):
            return Noun(word, m.start(), m.end(), False)
    return None


def _modifies_troops_after(sentence: str, m: re.Match[str], lex: LanguageLexicon) -> bool:
    """An English casualty participle before a troop noun, past capitalised words (`two
    wounded North Koreans`, `2,000 wounded North Korean soldiers`): it modifies that noun."""
    return m.group().lower() in _CASUALTY_PARTICIPLES and _before_troop_noun(
        sentence, m.end(), lex)


def _before_troop_noun(sentence: str, pos: int, lex: LanguageLexicon) -> bool:
    """An English modifier before a troop noun, past capitalised words (`thousands of heroic
    fighters`, `dozens of fallen North Korean soldiers`)."""
    for nxt in islice(_TOKEN.finditer(sentence, pos), MODIFIER_REACH):
        if lex.troop_noun.match(sentence, nxt.start()) is not None:
            return True
        if not nxt.group()[:1].isupper():
            return False
    return False


MODIFIER_REACH = 3  # tokens after an English modifier searched for its troop noun


def _is_english_verb_form(token: str) -> bool:
    low = token.lower()
    return low.endswith(("ed", "ing", "ly")) or low in _EN_VERBS


def _with_troop_complement(sentence: str, noun: Noun, lex: LanguageLexicon) -> Noun:
    """`Angehörige von Spezialkräften`, `members of the special forces`, `builders and
    deminers`: a troop noun."""
    m = _COMPLEMENT.match(sentence, noun.end) or _COORDINATED.match(sentence, noun.end)
    if m is None:
        return noun
    words = islice(_TOKEN.finditer(sentence, m.end()), 2)
    if any(lex.troop_noun.match(sentence, w.start()) for w in words):
        return Noun(noun.text, noun.start, noun.end, True)
    return noun


def _troop_phrase_at(sentence: str, pos: int, lex: LanguageLexicon) -> int:
    """End of a (multi-word) troop noun starting at `pos`, or 0."""
    m = lex.troop_noun.match(sentence, pos)
    return m.end() if m else 0


def noun_phrase_owner(
    sentence: str, start: int, num_end: int, noun: Noun | None, lex: LanguageLexicon
) -> str:
    """`subject`, `other` or `none`: whom the noun phrase itself names as owner."""
    end = noun.end if noun else num_end
    pieces = [sentence[num_end:end], _possessor_before(sentence, start)]
    after = sentence[end:end + 30]
    if _POST_MODIFIER.match(after) and not _PRONOUN_PARTITIVE.match(after):
        pieces.append(_first_phrase(_CLAUSE_BREAK.split(after, 1)[0]))
    text = " ".join(pieces)
    if lex.subject.search(text):
        return "subject"
    if lex.other_force.search(text):
        return "other"
    if _OWN.search(sentence, num_end, end) and _clause_names_other(sentence, start, lex):
        return "other"
    return "none"


def _first_phrase(text: str) -> str:
    """An origin post-modifier up to the next preposition: `aus dem Norden` of `aus dem
    Norden in Russland` (where they are is not whose they are); others whole."""
    words = text.split()
    if not words or words[0].lower() not in _ORIGIN:
        return text
    for i, word in enumerate(words[1:], 1):
        if word.lower() in _PREPOSITIONS:
            return " ".join(words[:i])
    return text


def _clause_names_other(sentence: str, start: int, lex: LanguageLexicon) -> bool:
    """`Russland hat … eigene Soldaten`, `Russia: 600,000 of its own troops`."""
    before = sentence[max(0, start - 80):start]
    return bool(lex.other_force.search(before)) and not lex.subject.search(before)


def is_appositive_number(sentence: str, start: int, end: int) -> bool:
    """`Trump, 78, said …`, `Wagga veteran, 93, who …`: a bare number set off by commas after
    a name (or, of two or three digits, after any word) is an age."""
    age = _AGE_DIGITS.fullmatch(sentence, start, end) is not None
    if age and _AGE_VERB_BEFORE.search(sentence, max(0, start - 20), start):
        return True  # `who turned 93 in January`, `who at 81 is the oldest`
    if age and _AGE_WORD_BEFORE.search(sentence, max(0, start - 40), start) and (
            _APPOSITIVE_AFTER.match(sentence, end)):
        return True  # `Harmon, now 93, said`, `Now 63, he teaches`, `the oldest 62.`
    before = _WORD_COMMA_BEFORE if age else _APPOSITIVE_BEFORE
    return bool(before.search(sentence, max(0, start - 40), start)) and bool(
        _APPOSITIVE_AFTER.match(sentence, end)
    )


_AGE_DIGITS = re.compile(r"\d{2,3}")
_AGE_VERB_BEFORE = re.compile(  # `who turned 93`, `Er ist 67,`, `Ich bin 79 und`
    r"\b(?:turned|turns|turning|who at|der mit|die mit|(?i:ich|er|sie) (?:bin|ist|war)|"
    r"(?i:he|she) (?:is|was)|(?i:i) am|(?i:i|he|she)['’](?:m|s))\s+$")
_WORD_COMMA_BEFORE = re.compile(r"[^\W\d_][\w\-]*,\s*$")
_AGE_WORD_BEFORE = re.compile(  # an age's own word: `now 93`, `aged 41`, `die Älteste 62`
    r"(?:^|[,(;:]\s*|\s)(?i:now|aged|heute|inzwischen|mittlerweile|jetzt|"
    r"(?:the|der|die) (?:youngest|oldest|jüngste|älteste))\s+$")


def _possessor_before(sentence: str, start: int) -> str:
    """A possessive just before the figure: `North Korea's`, `Russlands`."""
    lo = max(0, start - 40)
    if not sentence[lo:start].rstrip().endswith("s"):
        return ""  # both forms end in `s` (a cheap test that spares most searches)
    m = _POSSESSIVE.search(sentence, lo, start)
    return m.group(1) if m else ""


_SOURCE_BEFORE = re.compile(  # a source phrase whose name follows (up to two words later)
    r"(?:\b(?:[Ll]aut|[Gg]em(?:ä|ae)(?:ß|ss)|[Nn]ach\s+(?:\w+\s+)?(?:Angaben|Erkenntnissen|"
    r"Einschätzung(?:en)?|Schätzung(?:en)?|Informationen|Darstellung|Berichten|Zählung))"
    r"|\b(?:[Aa]ccording\s+to|[Cc]iting|[Qq]uoting))"
    r"(?:\s+(?!(?:hat|haben|hatte|ist|sind|war|has|have|had|is|are|was|were)\b)\S+){0,2}\s*$"
)


_ASIDE = re.compile(  # `Russia, meanwhile, loses …`: an adverb set off by commas
    r",\s*(?:meanwhile|however|too|though|in turn|for its part|indes|indessen|jedoch|"
    r"wiederum|ihrerseits|seinerseits|dagegen|hingegen|derweil|unterdessen|so heißt es|"
    r"heißt es|by (?:\w+['’]s )?(?:tally|count|estimate|reckoning)|according to [\w'’ ]{2,30}|"
    r"laut [\w ]{2,30}|nach [\w ]{2,30}Angaben)\s*,",
    re.IGNORECASE)


_REPORTS = re.compile(  # a reporting verb between a force and the figure
    r"\b(?:put|puts|putting|said|says|estimated|estimates|reported|reports|stated|claimed|"
    r"counted|cited|announced|confirmed|nannte|nennt|genannt|schätzt|schätzte|geschätzt|"
    r"bezifferte|beziffert|meldete|meldet|gemeldet)\b")


def has_foreign_owner(sentence: str, start: int, lex: LanguageLexicon) -> bool:
    """Another force owns the figure: it is the subject of an owning verb before it
    (`Russland hat … verloren`, `Kyiv has mobilised …`, `Russia recruits …`) or
    names troops or losses of its own before it in the clause (`Die russischen
    Verluste lagen bei …`)."""
    window = _CLAUSE_BREAK.split(_ASIDE.sub(" ", sentence[max(0, start - 80):start]))[-1]
    for m in lex.other_force.finditer(window):
        before = window[:m.start()].split()
        if before and before[-1].lower() in _PREPOSITIONS:
            continue
        if _SOURCE_BEFORE.search(window, 0, m.start()):
            continue  # `nach Erkenntnissen des südkoreanischen Militärs`: the source
        rest = window[m.end():]
        if lex.subject.search(rest):
            continue
        if _REPORTED.search(sentence, start):  # `X hatte … 12.000 Mann genannt`: X reports
            continue
        if before and _OWNING_VERB.fullmatch(" " + before[-1]):
            if lex.subject.search(" ".join(before[:-1])):
                continue  # `Nordkorea habe Russland … Soldaten gestellt`: Russia receives
            return True
        if len(before) > 1 and before[-1].lower() in _ARTICLES and _OWNING_VERB.fullmatch(
                " " + before[-2]):  # `hat die Ukraine … verloren`
            return True
        if lex.troop_noun.match(rest.lstrip()):  # `Die russischen Verluste lagen bei …`
            return True
        if _OWNING_VERB.match(rest) and not _REPORTS.search(rest):  # (not `NATO had put the
            return True  # number sent at 10,000`: it reports)
    return False


def belongs_to_other_force(text: str, pos: int, lex: LanguageLexicon) -> bool:
    """The troop noun at `pos` is another force's: an adjective or name of another force
    right before it (`russische Soldaten`, not `nach Russland entsandte Soldaten`), or
    another force owns it (`Russland hat … Soldaten`)."""
    words = text[max(0, pos - 40):pos].split()[-3:]
    first = 1 if len(words) == 3 else 0  # the first of three words has no known predecessor
    for i in range(first, len(words)):
        before = words[i - 1].lower() if i else ""
        if lex.other_force.fullmatch(words[i].strip(",.;:")) and before not in _PREPOSITIONS:
            return not lex.subject.search(" ".join(words))
    return has_foreign_owner(text, pos, lex)


_INCLUDING = re.compile(
    r"\s*,?\s*(?:darunter|einschließlich|einschliesslich|inklusive|samt|including|among them"
    r"|among which)\b(?P<rest>[^.;:]{0,80})", re.IGNORECASE)


def is_mixed_total(sentence: str, end: int, lex: LanguageLexicon) -> bool:
    """A total that includes the subject as a part named right after it (`11.500 Soldaten,
    darunter eine Abordnung aus Nordkorea`, `50,000 troops, including North Korean units`)."""
    m = _INCLUDING.match(sentence, end)
    return m is not None and lex.subject.search(m.group("rest")) is not None


def in_excluded_context(sentence: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    """A whole-army, ratio or other non-claim context right around the figure."""
    lo, hi = max(0, start - _CONTEXT_WINDOW), min(len(sentence), end + _CONTEXT_WINDOW)
    return pattern.search(sentence, lo, hi) is not None


def mentions_subject(texts: list[str], lex: LanguageLexicon) -> bool:
    return any(lex.subject.search(t) for t in texts)
