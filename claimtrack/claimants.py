"""Who made a claim: the reporting cue and claimant phrase of one sentence, and its group.

`find_claimant` finds the reporting cues of a sentence (`sagte`, `laut`, `zufolge`,
`according to`, `said`, a quotation, a headline prefix), reads the noun phrase each
one governs, and keeps the one governing the figure. With no cue, a known name opening the
sentence as the subject of the figure's clause (`Zelensky offers to hand back two …`)
claims it (cue "headline"). Group names come from the
topic's `claimants:` block (data); the grammar of reporting (cue words, articles,
pronouns, generic nouns) is language knowledge and lives here.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

from claimtrack.number_words import DE_WORD_PATTERN
from claimtrack.schema import CLAIMANT_GROUPS
from claimtrack.word_trie import WORD_START, has_top_level_bar, trie_pattern

Span = tuple[int, int]
Tok = tuple[str, int, int]  # text, start, end


class Claimant(NamedTuple):
    """Who made a claim in one sentence: the phrase as written, its group, the cue (a named
    tuple: cheap to build, one per figure)."""

    text: str  # "" when the cue names nobody ("demnach", "hieß es")
    group: str  # one of CLAIMANT_GROUPS; "unattributed" for references
    start: int  # span of `text` in the sentence; -1 when `text` is ""
    end: int
    cue: str  # the reporting cue as written: "sagte", "Laut", "zufolge", "according to", "said"
    # (or "headline" for a `Pentagon:` prefix)
    is_reference: bool  # pronoun or generic back-reference: the group comes from earlier
    cue_start: int = -1  # span of the cue in the sentence (the colon for a headline)
    cue_end: int = -1


class _Entity(NamedTuple):
    group: str
    level: int  # 0: names and media, 1: places
    media: bool
    home: str  # media only: the group of a bare source it cites ("" when none)
    anonymous: bool = False  # media only: no outlet named (`Medienberichten zufolge`)


@dataclass(frozen=True, eq=False)
class ClaimantLexicon:
    """A topic's claimant names, compiled to one alternation (see `load_claimant_lexicon`)."""

    entities: re.Pattern[str]
    kinds: dict[str, _Entity]
    lawmakers: re.Pattern[str] | None
    briefers: re.Pattern[str] | None
    lawmaker_group: str
    subject_group: str
    own_bodies: re.Pattern[str] | None = None  # generic bodies that speak for themselves


# --------------------------------------------------------------------------- lexicon

_LEXICON_CACHE: dict[int, tuple[dict[str, Any], ClaimantLexicon]] = {}
_LEXICON_BY_TEXT: dict[str, ClaimantLexicon] = {}


def load_claimant_lexicon(topic_yaml: dict[str, Any]) -> ClaimantLexicon:
    """Compile a topic's `claimants:` block once (cached per topic dict)."""
    hit = _LEXICON_CACHE.get(id(topic_yaml))
    if hit is not None and hit[0] is topic_yaml:
        return hit[1]
    block = topic_yaml.get("claimants", topic_yaml) or {}
    key = json.dumps(block, sort_keys=True, ensure_ascii=False)
    lexicon = _LEXICON_BY_TEXT.get(key) or _compile_lexicon(block)
    _LEXICON_BY_TEXT[key] = lexicon
    _LEXICON_CACHE[id(topic_yaml)] = (topic_yaml, lexicon)
    return lexicon


def _optional_regex(patterns: list[str] | None) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive alternation of `patterns` (None when there are none)."""
    if not patterns:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


def _check_group(group: str) -> str:
    if group not in CLAIMANT_GROUPS:
        raise ValueError(f"unknown claimant group {group!r} in the topic's claimants block")
    return group


def _compile_lexicon(block: dict[str, Any]) -> ClaimantLexicon:
    parts: list[tuple[str, str]] = []
    kinds: dict[str, _Entity] = {}

    def add(patterns: list[str] | None, entity: _Entity) -> None:
        for pattern in patterns or ():
            name = f"e{len(kinds)}"
            kinds[name] = entity
            parts.append((name, pattern))

    groups: dict[str, dict[str, list[str]]] = block.get("groups") or {}
    for group, spec in groups.items():
        add(spec.get("names"), _Entity(_check_group(group), 0, False, ""))
    for home, patterns in (block.get("media") or {}).items():
        anonymous = _check_group(home) == "unattributed"
        add(patterns, _Entity("other", 0, True, "" if home in ("other", "unattributed") else home,
                              anonymous))
    for group, spec in groups.items():
        add(spec.get("places"), _Entity(group, 1, False, ""))
    lawmakers = block.get("briefed_lawmakers") or {}
    return ClaimantLexicon(
        entities=re.compile(_by_first_letter(parts), re.IGNORECASE),
        kinds=kinds,
        lawmakers=_optional_regex(lawmakers.get("lawmakers")),
        briefers=_optional_regex(lawmakers.get("briefers")),
        lawmaker_group=_check_group(lawmakers.get("group", "other")),
        subject_group=block.get("subject_group", ""),
        own_bodies=_optional_regex(block.get("own_bodies")),
    )


def speaks_for_itself(reference: Claimant, lexicon: ClaimantLexicon) -> bool:
    """A generic reference to a body that is a source of its own (`der Ausschuss`, `the
    committee`), for when no earlier sentence names it."""
    return (lexicon.own_bodies is not None and bool(reference.text)
            and lexicon.own_bodies.search(reference.text) is not None)


def _by_first_letter(parts: list[tuple[str, str]]) -> str:
    """One whole-word alternation of named patterns, bucketed by their first letter so that
    `re` tries only a few patterns at each word start (order kept within a bucket)."""
    buckets: dict[str, list[str]] = {}
    for name, pattern in parts:
        buckets.setdefault(_first_letter(pattern), []).append(f"(?P<{name}>{pattern})")
    alts = [f"(?=[{k}])(?:{'|'.join(v)})" for k, v in sorted(buckets.items()) if k]
    alts += buckets.get("", [])
    return r"(?<!\w)(?:" + ("|".join(alts) or r"(?!x)x") + r")(?!\w)"


def _first_letter(pattern: str) -> str:
    """The letter every match of `pattern` starts with (lower case), or "" when unsure."""
    bare = pattern.removeprefix("(?-i:")
    if not bare[:1].isalpha() or bare[1:2] in ("?", "*", "{") or has_top_level_bar(pattern):
        return ""
    return bare[0].lower()


def _entity_of(m: re.Match[str], lexicon: ClaimantLexicon) -> _Entity:
    name = m.lastgroup
    if name is None or name not in lexicon.kinds:  # a pattern with its own groups
        name = next(k for k, v in m.groupdict().items() if v is not None)
    return lexicon.kinds[name]


def first_place_or_name(text: str, lexicon: ClaimantLexicon) -> Claimant | None:
    """The first person, body or place `text` names (not a medium): whom `it` may stand for
    (`When Seoul raised the alarm, it spoke of …`)."""
    for m in lexicon.entities.finditer(text):
        entity = _entity_of(m, lexicon)
        if not entity.media and entity.group != lexicon.subject_group:
            return Claimant(m.group(), entity.group, m.start(), m.end(), "", False)
    return None


def names_a_medium(text: str, lexicon: ClaimantLexicon) -> bool:
    """`text` names a news medium of the lexicon (`die Agentur Yonhap`, `Tass`)."""
    return any(_entity_of(m, lexicon).media for m in lexicon.entities.finditer(text))


def names_anonymous_media(text: str, lexicon: ClaimantLexicon) -> bool:
    """The entity `text` names is media no outlet of which is named (`Medienberichten aus
    Seoul`, `reports in the Japanese press`)."""
    entity = _best_entity(text, lexicon)
    return entity is not None and entity.anonymous


def first_named(text: str, lexicon: ClaimantLexicon) -> Claimant | None:
    """The first person or body `text` names from the lexicon (not a place, not a medium),
    as a claimant without a cue: whom a pronoun in the next sentence may stand for."""
    for m in lexicon.entities.finditer(text):
        entity = _entity_of(m, lexicon)
        if entity.level == 0 and not entity.media:
            return Claimant(m.group(), entity.group, m.start(), m.end(), "", False)
    return None


def group_of_fuller_name(text: str, name: re.Pattern[str], lexicon: ClaimantLexicon) -> str:
    """The group of a known name in `text` that holds `name` (`Kim` in `Kim Jong Un`), else
    "" (places and media do not count)."""
    for m in lexicon.entities.finditer(text):
        entity = _entity_of(m, lexicon)
        if entity.level == 0 and not entity.media and name.search(m.group()):
            return entity.group
    return ""


_SIGNATURE = re.compile(r"[”\"“»«’']\s*[-–—]\s+(?P<src>[^-–—\"”“]{3,90})$")


def quote_signature(sentence: str, lexicon: ClaimantLexicon) -> Claimant | None:
    """`"We see thousands …" - Ukrainian Foreign Minister Andrii Sybiha, in Brussels`: the
    speaker signed after a closing quote and a dash, with the group its words name."""
    m = _SIGNATURE.search(sentence.rstrip(" ."))
    if m is None:
        return None
    src = m.group("src").split(",")[0].strip()
    group = named_group(src, lexicon)
    if not group and not _PERSON_ROLE.search(src) and not _PERSON_NAME_RE.search(src):
        return None
    start = m.start("src")
    return Claimant(src, group or "other", start, start + len(src), "signature", False)


_PERSON_NAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+")


def named_group(text: str, lexicon: ClaimantLexicon) -> str:
    """The group of the name or place `text` names (not a medium), or ""."""
    entity = _best_entity(text, lexicon)
    return entity.group if entity is not None and not entity.media else ""


_PERSON_ROLE = re.compile(  # nouns for people who speak: `Botschafter`, `ambassador`, `Oberst`
    r"[\w-]*(?:sprecher|minister|präsident|president|beamte|vertreter|chef|leiter|direktor|"
    r"kommandeur|abgeordnet|botschafter|diplomat|expert|analyst|forscher|researcher|offizier|"
    r"officer|general|oberst|colonel|gouverneur|governor|spokes|ambassador|envoy|official|"
    r"commander|secretary|sekretär|adviser|advisor|berater|lawmaker|senator|professor|"
    r"führer|soldat|soldier|journalist|reporter|korrespondent|correspondent|historiker|"
    r"historian|kenner|scholar|fellow|ökonom|economist|wissenschaftler|scientist|politolog|"
    r"lecturer|dozent|dr|prof|koreanist|wissenschafter|politiker|politician)\w*\.?",
    re.IGNORECASE,
)
PERSON_ROLE = _PERSON_ROLE  # for the attributor: `der frühere Verteidigungsminister`
PERSON_NAME_TOKENS = 3  # name words after a role: `Botschafter Wassyl Martschenko`


def person_in(text: str, lang: str, lexicon: ClaimantLexicon) -> Claimant | None:
    """The first person `text` introduces by role and name (`der ukrainische Botschafter
    Wassyl Martschenko`, `Oleh, ein ukrainischer Zugführer`, `Ukraine's envoy Vasyl
    Marchenko`), with the group its words name (else other): whom `er`/`he` or `seinen
    Angaben` in the next sentence may stand for when no known name precedes."""
    v = _view(text, lang)
    for k in range(len(v.toks)):
        if v.cls[k] not in ("noun", "mod") or not _PERSON_ROLE.fullmatch(v.lows[k]):
            continue
        span = _person_span(v, k)
        if span is not None:
            a, b = _text_span(v, span)
            entity = _best_entity(text[a:b], lexicon)
            group = entity.group if entity is not None and not entity.media else "other"
            return Claimant(text[a:b], group, a, b, "", False)
    return None


def opening_role(text: str, lang: str, lexicon: ClaimantLexicon) -> Claimant | None:
    """A person the sentence opens with by role alone (`Ein früherer Nachrichtenoffizier
    spricht …`, `The retired colonel told …`): whom `er`/`he` next may stand for."""
    v = _view(text, lang)
    k = 0
    while k < len(v.toks) and v.cls[k] == "punct":
        k += 1
    possessive = k < len(v.toks) and (v.toks[k][0].endswith(("'s", "’s")) or (
        v.lang == "de" and v.cls[k] == "noun" and v.lows[k].endswith("s")
        and _best_entity(v.toks[k][0], lexicon) is not None))  # `Russia's ambassador`
    if k >= len(v.toks) or (v.cls[k] != "det" and not possessive):
        return None
    for j in range(k + 1, min(len(v.toks), k + 1 + OPENING_ROLE_WORDS)):
        if v.cls[j] in ("noun", "mod") and _PERSON_ROLE.fullmatch(v.lows[j]):
            end = _continuation(v, j + 1) if j + 1 < len(v.toks) else -1  # `in Lusaka`
            a, b = _text_span(v, (k, end if end > j + 1 else j + 1))
            entity = _best_entity(text[a:b], lexicon)
            group = entity.group if entity is not None and not entity.media else "other"
            return Claimant(text[a:b], group, a, b, "", False)
        if v.cls[j] not in ("adj", "mod", "stop"):
            return None
    return None


OPENING_ROLE_WORDS = 4  # words after the article searched for the role noun
APPOSITION_SEGMENTS = 3  # comma-separated segments after a name read for its description
APPOSITION_CHARS = 70


_TITLE_WORDS_BEFORE_ROLE = frozenset((  # words that make a segment a clause, not a title
    "mit von bei aus auf für über gegen with from by at on for against about who which that "
    "sprach sagte spricht sagt said says told met traf").split())


_LEADS = re.compile(  # a relative clause saying whom the person leads
    r"\s*(?:who\s+(?:leads|led|heads|headed|commands|commanded|runs|ran|directs|chairs|oversees)"
    r"\b|(?:der|die)\b.*\b(?:leitet|leitete|führt|führte|befehligt|befehligte|kommandiert"
    r"|vorsteht)\s*$|speaking\s+(?:for|on\s+behalf\s+of)\b)")  # and a spokesman


def _leads_group(segment: str, lexicon: ClaimantLexicon) -> str:
    entity = _best_entity(segment, lexicon)
    return entity.group if entity is not None and not entity.media else ""


def apposition_after(text: str, name_end: int, max_chars: int = APPOSITION_CHARS) -> str:
    """The comma-enclosed segment right after a name (`X, a member of the committee, said`),
    "" when there is none or it is longer than `max_chars`."""
    if not text.startswith(",", name_end):
        return ""
    end = text.find(",", name_end + 1)
    while 0 < end < len(text) - 1 and text[end - 1].isdigit() and text[end + 1].isdigit():
        end = text.find(",", end + 1)  # `who commands the 28,500 troops`: a digit group
    segment = text[name_end + 1:end if end >= 0 else len(text)]
    return segment if len(segment) <= max_chars else ""


def led_group(text: str, name_end: int, lexicon: ClaimantLexicon) -> str:
    """The group of the body a relative clause right after a name says the person leads
    (`Gen. X, who leads U.S. Forces Korea,`, `X, der die Nato-Mission leitet,`), else ""."""
    segment = apposition_after(text, name_end, LED_CLAUSE_CHARS)
    return _leads_group(segment, lexicon) if _LEADS.match(segment) else ""


LED_CLAUSE_CHARS = 120  # `, who commands the roughly 28,500 American service members …,`


def described_group(text: str, name_end: int, lexicon: ClaimantLexicon) -> str:
    """The group an apposition right after a name gives (`Oleh, 34 Jahre alt, Zugführer in
    einer ukrainischen Brigade,`, `Kim, a South Korean diplomat,`): the first of the next few
    comma-separated segments with a role noun that names a group, else ""."""
    pos = name_end
    for _ in range(APPOSITION_SEGMENTS):
        if not text.startswith(",", pos):
            return ""
        end = text.find(",", pos + 1)
        end = len(text) if end < 0 else end
        segment = text[pos + 1:end]
        if len(segment) > APPOSITION_CHARS:
            return ""
        if _LEADS.match(segment):  # `Gen. X, who leads U.S. Forces Korea,`
            return _leads_group(segment, lexicon)
        role = _PERSON_ROLE.search(segment)
        if role is not None:
            before = [w.lower() for w in segment[:role.start()].split()]
            if len(before) > 3 or not _TITLE_WORDS_BEFORE_ROLE.isdisjoint(before) or any(
                    ch.isdigit() for ch in segment):
                return ""  # a clause (`X, der mit russischen Soldaten sprach`), no title
            entity = _best_entity(segment, lexicon)
            return entity.group if entity is not None and not entity.media else ""
        pos = end
    return ""


def _person_span(v: _View, role: int) -> Span | None:
    """The role noun at `role` with the name after it, or the name before it across a comma
    (`Oleh, ein ukrainischer Zugführer`); None for a role with no name."""
    names = after_role = role + 1 + _retired_mark(v, role + 1)  # `Oberst a. D. Beat Imfeld`
    while (names < len(v.toks) and names - after_role < PERSON_NAME_TOKENS
           and _capitalised_noun(v.toks, v.cls, names)):
        names += 1
    if names > after_role > role + 1:
        return role, names
    start = _left_np(v, role + 1)
    first = start[0] if start is not None else role
    if names > after_role:
        return first, names
    if first >= 2 and v.toks[first - 1][0] == "," and _capitalised_noun(v.toks, v.cls, first - 2):
        return first - 2, role + 1
    return _name_in_apposition(v, first, role)


def _retired_mark(v: _View, k: int) -> int:
    """Tokens of `a. D.`/`i. R.` (retired) at token k, else 0."""
    if k + 3 < len(v.toks) and (v.lows[k], v.lows[k + 2]) in (("a", "d"), ("i", "r")) and (
            v.toks[k + 1][0] == "." == v.toks[k + 3][0]):
        return 4
    return 0


def _name_in_apposition(v: _View, first: int, role: int) -> Span | None:
    """`der russische Botschafter in Pjöngjang, Alexander Mazegora,`: the name set off by
    commas a few words after the role."""
    for k in range(role + 1, min(len(v.toks) - 1, role + PERSON_NAME_TOKENS + 3)):
        if v.toks[k][0] != ",":
            continue
        end = k + 1
        while end < len(v.toks) and end - k <= PERSON_NAME_TOKENS and _capitalised_noun(
                v.toks, v.cls, end):
            end += 1
        closed = end < len(v.toks) and v.toks[end][0] in (",", ".", ":")
        return (first, end) if end - k >= 3 and closed else None  # two name words at least
    return None


@lru_cache(maxsize=32768)
def _best_entity(text: str, lexicon: ClaimantLexicon) -> _Entity | None:
    """The entity a claimant phrase names: names first (leftmost), then places."""
    best: tuple[float, int, int] | None = None
    found: _Entity | None = None
    for m in lexicon.entities.finditer(text):
        entity = _entity_of(m, lexicon)
        rank = (entity.level + 0.5 * entity.anonymous,  # `reports from the Pentagon`: the
                int(entity.level == 1 and entity.group == "other"), m.start())  # Pentagon
        if best is None or rank < best:
            best, found = rank, entity
    if found is not None and best is not None and found.level == 1 and _envoy_posted_there(
        text, best[2]
    ):
        return _Entity("other", 1, False, "")
    return found


_ENVOY = re.compile(  # an envoy or an organisation in a place: where it sits, not its side
    r"(?i)(?<!\w)\w*(?:botschafter|gesandte|korrespondent|diplomat|envoy|ambassador|"
    r"correspondent|reporter|organisation|organization|gruppe|group|institut|institute|zentrum|"
    r"cent(?:er|re)|stiftung|foundation|universität|university|ngo)\w*\s+(?:[\w-]+\s+){0,4}?"
    r"(?:in|bei|at|to)\s+$"
)


def _envoy_posted_there(text: str, start: int) -> bool:
    """`Botschafter in Moskau`: the place is where the envoy works, not whom he speaks for."""
    return _ENVOY.search(text, 0, start) is not None


def place_groups(text: str, lexicon: ClaimantLexicon) -> set[str]:
    """Every specific (non-`other`) group the places named in `text` stand for (an envoy's
    post not counted)."""
    return {entity.group for m in lexicon.entities.finditer(text)
            if (entity := _entity_of(m, lexicon)).level == 1 and entity.group != "other"
            and not _envoy_posted_there(text, m.start())}


def _place_group(text: str, lexicon: ClaimantLexicon) -> str:
    """The specific (non-`other`) place group named in `text`, or ""."""
    for m in lexicon.entities.finditer(text):
        entity = _entity_of(m, lexicon)
        if entity.level == 1 and entity.group != "other":
            return entity.group
    return ""


# --------------------------------------------------------------------------- word classes

def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DET = {
    "de": _set(
        "der die das dem den des ein eine einer einem eines einen sein seine seiner seinem "
        "seines seinen ihr ihre ihrer ihrem ihres ihren dessen deren dieser diese dieses diesem "
        "diesen jener jene jenes unser unsere mehrere mehreren einige einiger zwei drei vier "
        "zahlreiche zahlreicher viele vieler beide beiden"
    ),
    "en": _set("the a an its their his her this these those our several some two three four "
               "many multiple both"),
}
_DEFINITE = _set(
    "der die das dem den des dieser diese dieses diesem diesen sein seine seiner seinem seines "
    "seinen ihr ihre ihrer ihrem ihres ihren dessen deren the this these those its their his her"
)
_OWN = _set("eigenen eigene eigener own")
_PRONOUN = {"de": _set("er sie ihn"), "en": _set("he she they it him them")}
_CONNECTOR = {"de": _set("von vom in im aus für bei"), "en": _set("of for to at in by from")}
_GENITIVE = _set("des der eines einer seines seiner ihres ihrer dieses dieser unseres")
_DATIVE_TOO = _set("der einer seiner ihrer dieser unserer")  # also dative: `sagte X der Zeitung`
_OF_LIKE = _set("von vom für of by from")  # connectors followed by a whole noun phrase
_RECIPIENT = _set(
    "zeitung nachrichtenagentur agentur sender journalisten reportern presse medien zeitschrift "
    "tageszeitung sonntagszeitung wochenzeitung redaktion"
)
_TIME = _set(
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag wochenende woche "
    "wochen monat monats jahr jahres abend nachmittag vormittag mittag nacht ortszeit januar "
    "februar märz april mai juni juli august september oktober november dezember monday tuesday "
    "wednesday thursday friday saturday sunday week weekend month year yesterday today tonight "
    "morning evening afternoon january february march april june july august september october "
    "november december tage tagen stunden minuten monate monaten jahre jahren days hours "
    "herbst frühjahr frühling sommer winter autumn spring summer jänner feber "
    "weeks months years tags"
)
_TIME_PRE = _set(  # words before a time noun: `am Montag`, `Mitte Dezember`, `drei Tage`
    "am an vom im seit on last this next vergangene vergangenen letzte letzten diese dieser "
    "dieses mitte anfang ende beginn early mid late ein eine einen zwei drei vier fünf sechs "
    "sieben acht neun zehn wenige wenigen einige mehrere one two three four five six seven "
    "eight nine ten few several in"
)
_QUANTITY = _set("tausende tausender tausenden hunderte hunderten zehntausende zehntausenden "
                 "dutzende dutzenden tausend hundert thousands hundreds dozens tens")
_DE_STOP = _set(
    "aber als also am an auch auf aus außerdem ausserdem bei beim bereits bis da dabei damit "
    "dann danach darauf daher dass davon demnach denn deshalb dies doch dort durch ebenfalls "
    "etwa etwas für gegen gestern gerade hat hatte hätte haben habe hatten hätten heute hier "
    "ich ihm ihn im immer in indes indessen inzwischen ist ja jedoch jetzt kein keine laut man "
    "mehr mit nach nachdem nicht noch nun nur ob oder ohne schon sehr sei seien seit sich sind "
    "so soll sollen sollte sowie über um und uns unter vom von vor während war waren was weil "
    "weiter weitere wenn wer werden wie wieder wird wir wo wurde wurden zu zudem zufolge zum zur "
    "zuvor zwar zwischen jedenfalls allerdings offenbar mutmaßlich angeblich bislang bisher "
    "zunächst kürzlich erneut ebenso zugleich unterdessen derzeit aktuell rund mindestens knapp "
    "fast ungefähr zirka circa es wohl gar nie neben gemäß gemäss seitens wegen trotz dagegen "
    "hingegen jüngst zuletzt später damals sogar lediglich bald erstmals mittlerweile nunmehr "
    "abermals wiederum ferner anschließend anschliessend daraufhin gleichzeitig schließlich "
    "schliesslich seither seitdem tatsächlich immerhin"
)
_EN_STOP = _set(
    "about after against ago all also although am among and any are around as at be because "
    "been before being below between both but by can could did do does during each either few "
    "for from further had has have having here how however i if in into is it just least less "
    "like may me might more most much must near neither no nor not now of off on once only or "
    "other out over per rather same should since so such than that then there they this "
    "though through thus to too under until up upon very via was we were what when where "
    "whether which while who whom whose why will with within without would yet you your "
    "reportedly allegedly meanwhile earlier later already still again according familiar "
    "sent send sending deployed deploy arrived troops soldiers says said say told tells "
    "reported estimated believes believe confirmed confirms stated announced claimed added adds "
    "warned warns noted thinks think wrote writes reckoned reckons reckon hailed hails "
    "assessed assesses initially subsequently finally never went goes go came comes come got "
    "gets made makes took takes gave gives kept keeps left seemed seems became becomes began "
    "begins put puts praised lauded gone done taken given seen shown grown"
)
_SUBORDINATOR = {
    "de": _set("wie nachdem als weil da dass während obwohl wobei wonach sodass damit ob wenn "
               "falls sofern"),
    "en": _set("as after because while although since that whereas when if unless"),
}
_COORDINATOR = _set("und aber doch denn sondern oder and but or")
_COMPARATIVES = _set(  # `mehr als`, `weniger als`: a comparison, not a subordinate clause
    "mehr weniger mehrere anders eher früher später höher niedriger größer grösser kleiner"
)
_PREDICATIVE_AFTER_ALS = ("erst", "einzig", "letzt", "nächst")
_BOUNDARY_PUNCT = frozenset(",;:–—-•·▪►*")  # the last: list bullets
_SKIP = {
    "de": _set(
        "auch bereits zuvor nun jetzt inzwischen ebenfalls zudem außerdem ausserdem weiter "
        "gestern heute nochmals erneut schon dabei damals später zuletzt kürzlich jüngst offenbar "
        "ebenso unterdessen indes hingegen dagegen allerdings jedoch zunächst bisher bislang "
        "erst nämlich ja offiziell öffentlich erstmals mittlerweile nunmehr abermals wiederum "
        "ferner anschließend anschliessend daraufhin gleichzeitig schließlich schliesslich "
        "seither seitdem tatsächlich immerhin sogar selbst nur lediglich ausgerechnet gerade "
        "dann danach wieder heuer"
    ),
    "en": _set(
        "also further previously earlier separately now then later reportedly publicly first "
        "recently already has have had would did does do still yesterday today meanwhile again "
        "officially initially subsequently finally even only"
    ),
}
_AUX = {
    "de": _set("hat hatte haben hatten habe hätte hätten ist war sei seien sind waren wurde "
               "wurden wird werden worden"),
    "en": _set("is are was were be been being"),
}
_PASSIVE_DE = _set("wurde wurden wird werden worden")
_SUBJUNCTIVE_AUX = _set("habe hätte hätten sei seien werde würde würden")
_NOT_NOMINATIVE = _set("dem den des einem einen eines seinem seinen seines ihrem ihren ihres "
                       "diesem diesen dieses jenem jenen")
_NEGATORS = _set("neither nor no not none kein keine keiner keines nicht weder")
_VERB_NEGATORS = _set("not never n't nicht nie niemals keineswegs")
_CLAUSE_END = frozenset(".;:!?")
_RELATIVE = {"de": _set("der die das welcher welche welches dessen deren"),
             "en": _set("which who whose")}
_EN_PREPOSITIONS = _set("of to by from with about on in at for citing quoting per")
_AFTER_INVERSION = _set("in on at during after who adding citing according told")
_FILLER = _set(
    "angaben angabe informationen information erkenntnissen erkenntnisse einschätzung "
    "einschätzungen schätzung schätzungen berichten bericht berichts berichte darstellung "
    "aussagen aussage worten ansicht auffassung meinung daten zahlen mitteilung erklärung "
    "stellungnahme analyse analysen lagebericht kreisen kreise quellen mitschnitt aufzeichnung "
    "dokument dokumenten unterlagen estimate estimates report reports assessment assessments "
    "data figures figure statement statements sources source information account accounts "
    "analysis briefing count tally recording documents calculations zählung zählungen "
    "eindruck befürchtung prognose vermutung überzeugung erwartung"
)
_DE_REF_HEAD = re.compile(
    r"\w*(?:dienst|behörde|ministeri|regierung|sprecher|minister|präsident|beamt|vertreter|"
    r"armee|militär|streitkräft|stab|chef|leiter|direktor|kommandeur|kommando|abgeordnet|"
    r"botschafter|diplomat|agentur|zeitung|sender|kreis|amt|ämter|büro|parlament|ausschuss|"
    r"führung|land|staat|offiziell|verantwortlich|quelle|bericht|angabe|geheimdienstler|"
    r"insider|seite|präsidialamt|information|erkenntnis|(?<!sol)daten|schätzung|blogger|beitr(?:a|ä)g|post|sharepic)"
    r"(?:e|en|er|es|n|s|in|innen|ern|ums|ien|um)?"
)
_EN_REF_WORDS = _set(
    "agency agencies ministry ministries department government governments spokesman "
    "spokeswoman spokesperson spokespeople official officials minister ministers president "
    "military army intelligence service services lawmaker lawmakers legislator legislators "
    "ambassador diplomat diplomats report reports statement office source sources commander "
    "commanders chief head leader leaders general generals staff administration newspaper "
    "broadcaster outlet envoy secretary authorities authority senior top defense defence "
    "foreign spy unnamed anonymous unidentified high-ranking ranking security national country "
    "officer officers representative representatives side embassy council committee insiders "
    "insider military's state deputy former current assessment estimate estimates data "
    "adviser advisor advisers advisors blogger bloggers post posts"
)
_AGE = re.compile(r"\d+[-‐](?:jährig\w*|years?[-‐]old\w*)")
_HEADLINE_RUBRICS = _set(
    "exklusiv analyse liveticker live ticker kommentar update breaking newsblog video interview "
    "faktencheck hintergrund krieg war news meinung kolumne podcast quelle source foto photo "
    "bild grafik karte map updated update aktualisiert published veröffentlicht stand posted "
    "zuletzt modified geändert subject betreff date datum et est edt pt pst pdt ct cst cdt gmt "
    "utc cet cest mez mesz kst bst aest"
)
_QUOTE_OPEN = frozenset("«»„“\"‹›‚‘'")


WORD_MEMO_MAX = 65536  # words whose lower case and class are kept, per language
_WORDS: dict[str, dict[str, tuple[str, str]]] = {"de": {}, "en": {}}


def _learn_word(tok: str, lang: str) -> tuple[str, str]:
    """A token's lower case and class (`_word_class`), kept in `_WORDS` (a plain dict: looked
    up for every token of every analysed sentence; emptied when full)."""
    known = _WORDS[lang]
    if len(known) >= WORD_MEMO_MAX:
        known.clear()
    known[tok] = tok.lower(), _word_class(tok, lang)
    return known[tok]


def _word_class(tok: str, lang: str) -> str:
    """Token class: punct, num, pron, det, conn, time, stop, noun, adj (de), mod (en)."""
    first = tok[0]
    if first in _QUOTE_OPEN and len(tok) > 2:
        return "noun"  # a short quoted name merged into one token: «The New York Times»
    if not first.isalnum():
        return "punct"
    if first.isdigit():
        return "noun" if tok[-1].isalpha() else "num"  # `47-Jährige`, `47-year-old`
    low = tok.lower()
    shouting = tok.isupper() and len(tok) > 1
    if not shouting:
        if low in _PRONOUN[lang]:
            return "pron"
        if low in _DET[lang]:
            return "det"
        if low in _CONNECTOR[lang]:
            return "conn"
    if low in _TIME or low in _QUANTITY:
        return "time"
    if not shouting and low in (_DE_STOP if lang == "de" else _EN_STOP):
        return "stop"
    if first.isupper():
        return _hyphen_adjective(tok, lang) or "noun"
    if lang == "de" and tok.rsplit("-", 1)[-1][:1].isupper():
        return "noun"  # `dpa-Informationen`: a compound with a noun head
    return _lowercase_class(low, lang)


def _hyphen_adjective(tok: str, lang: str) -> str:
    """`US-amerikanische`, `pro-Russian`: an adjective despite the capital letter."""
    head = tok.rsplit("-", 1)[-1]
    if head == tok or not head[:1].islower() or len(head) < 4:  # not `Byung-kee`, `Young-hee`
        return ""
    return "adj" if lang == "de" and head.endswith(("e", "en", "er", "em", "es")) else ""


def _lowercase_class(low: str, lang: str) -> str:
    if lang == "de":
        adjective = low.endswith(("e", "en", "er", "em", "es")) and len(low) > 3
        past = low.endswith(("te", "ten")) and not low.endswith(("ste", "sten"))
        return "adj" if adjective and not past else "stop"
    if low.endswith(("'s", "’s")) and low[:-2].isalpha():
        return "mod"  # `the agency's estimate`: a lowercase possessive heads its phrase
    if not low.isalpha() and "-" not in low:
        return "stop"
    if low in _EN_ING_TITLES:
        return "mod"  # `the acting U.S. ambassador`
    return "stop" if low.endswith(("ing", "ly")) else "mod"


_EN_ING_TITLES = _set("acting outgoing incoming ruling governing visiting retiring presiding "
                      "commanding ranking leading founding managing serving sitting")


# --------------------------------------------------------------------------- cues

def _trie(words: str) -> str:
    """Space-separated literal words as one prefix-factored alternation (`trie_pattern`)."""
    return trie_pattern(words.split())


_DE_VERBS = (
    "sagte sagten sagt sagen erklärte erklärten erklärt erklären berichtete berichteten berichtet "
    "berichten meldete meldeten meldet melden schätzte schätzten schätzt schätzen bestätigte "
    "bestätigten bestätigt bestätigen warnte warnten warnt warnen betonte betonten betont betonen "
    "mitteilte mitteilten glaubt glauben glaubte glaubten vermutet vermuten vermutete vermuteten "
    "befürchtet befürchten befürchtete befürchteten bezifferte bezifferten beziffert beziffern "
    "nannte nannten nennt behauptete behaupteten behauptet behaupten äußerte äußerten äusserte "
    "äusserten ergänzte ergänzten ergänzt unterrichtete unterrichteten unterrichtet informierte "
    "informierten informiert "
    "hinzufügte ausgeht ausgehen ausging angab einräumte annimmt erwartet erwarten erwartete "
    "erwarteten bekanntgab bekanntgaben bekanntgegeben gesagt gemeldet geschätzt "
    "gewarnt mitgeteilt angegeben gesprochen ausgegangen hinzugefügt eingeräumt geäußert "
    "geäussert schrieb schrieben schreibt schreiben geschrieben würdigte würdigten würdigt "
    "gewürdigt genannt verkündete verkündeten verkündet bekräftigte bekräftigten bekräftigt "
    "versicherte versicherten versichert unterstrich unterstrichen vorgetragen dargelegt "
    "erläuterte erläuterten erläutert zählte zählten zählt registrierte registrierten "
    "registriert veröffentlichte veröffentlichten veröffentlicht erinnert erinnerte "
    "angekündigt schätze beziffere veranschlagt veranschlagte veranschlagten veranschlagen "
    "zitiert schilderte schilderten schildert geschildert beschrieb beschrieben "
    "vorgelegt vorgestellt präsentierte präsentierten präsentiert dargestellt gezählt "
    "zeigte zeigten verurteilte verurteilten verurteilt meint meinte meinten verbreitete "
    "verbreiteten nachgelegt formulierte formulierten formuliert versprach versprachen "
    "wiederholte wiederholten bekräftigen verbreitet erzählt erzählte erzählten glaube "
    "gezeigt ausgestrahlt strahlte schreibe sage berichte erzähle fürchtet fürchten fürchtete "
    "fürchteten prophezeite prophezeiten prophezeit prophezeien"
)
# a German number word or vague count that can open a figure (`auf zwölftausend`)
_NUMBER_WORD_START = rf"(?i:{DE_WORD_PATTERN}|dutzend|hundert|tausend|mehrere|einige)"
_DE_SEPARABLE = (  # finite verb, particle at the clause end: `teilte … mit`
    ("teilte teilten teilt teilen", "mit"),
    ("gab gaben gibt geben", "an"),
    ("gab gaben gibt geben", "bekannt"),
    ("gab gaben gibt geben", "weiter"),
    ("hält hielt halten hielten", "gefangen"),
    ("gab gaben gibt geben", "wieder"),
    ("fügte fügten fügt", "hinzu"),
    ("räumte räumten räumt", "ein"),
    ("nimmt nehmen nahm nahmen", "an"),
    ("stellte stellten stellt", "fest"),
    ("kündigte kündigten kündigt", "an"),
    ("rechnet rechnete rechneten rechnen", "vor"),
    ("hob hoben hebt", "hervor"),
    ("legte legten legt", "vor"),
    ("führte führten führt", "vor"),
    ("trug trugen trägt", "vor"),
    ("stellte stellten stellt", "dar"),
    ("legte legten legt", "nach"),
    ("ließ ließen lässt liess liessen", "wissen"),
    ("ließ ließen lässt liess liessen", "verlauten"),
    ("hielt hielten hält halten", "dagegen"),
    ("fasste fassten fasst fassen", "zusammen"),
)
_DE_FILLER_AFTER_NACH = (  # `nach (den|ukrainischen|US-amerikanischen) Angaben|Zählung`
    r"(?:(?:[A-ZÄÖÜ]\w*-)?[a-zäöüß][\w-]*\s+|[A-ZÄÖÜ]\w+er\s+){0,2}(?:\w+-)?"
    r"(?:Angaben|Informationen|Erkenntnissen|Einschätzung(?:en)?|Schätzung(?:en)?|Berichten|"
    r"Darstellung|Aussagen?|Worten|Ansicht|Auffassung|Meinung|Daten|Zahlen|Zählung(?:en)?|"
    r"Rechnung|Berechnung(?:en)?|Kenntnis(?:stand)?|Lesart|Mitteilung(?:en)?|Erklärung|"
    r"Lagebericht|Befürchtung|Prognose|Vermutung|Überzeugung|Erwartung|Eindruck)\b"
)
# `Seiner Schätzung nach`, `Ihren Angaben nach`: `nach` after its noun, like `zufolge`
_POSTPOSED_NACH = "|".join(
    f"(?<={noun} nach)" for noun in (
        "Angaben", "Schätzung", "Einschätzung", "Meinung", "Ansicht", "Auffassung",
        "Erkenntnissen", "Informationen", "Worten", "Darstellung", "Berechnungen", "Zählung",
        "Rechnung", "Überzeugung", "Eindruck",
    )
)
_PARTICLE_END = r"\s*(?:[,.;:!?]|$|dass\b|und\b|sowie\b)"
# `am 4. November`: an ordinal's dot does not end the clause
_ORDINAL_DOT = (
    r"(?<=\d)\.(?=\s(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September"
    r"|Oktober|November|Dezember)\b)"
)
# any char but clause punctuation (`10.000` and `am 4. November` are in)
_IN_CLAUSE = rf"(?:[^.;:!?]|(?<=\d)\.(?=\d)|{_ORDINAL_DOT})"
_IN_CLAUSE_NO_QUOTE = rf"(?:[^.;:!?«»„“\"]|(?<=\d)\.(?=\d)|{_ORDINAL_DOT})"
_DE_JUDGEMENTS = (  # `hält 12.000 für realistisch`, `für wahrscheinlicher`, `es für sicher`
    "realistisch wahrscheinlich plausibel glaubwürdig möglich denkbar zutreffend übertrieben "
    "glaubhaft realistischer wahrscheinlicher plausibler plausible plausiblen sicher ausgemacht"
)
_VERB_END = r"\s*(?:[,.;:!?]|$)"  # verb-final in a subordinate clause: `… von 12.000 spricht.`
_QUOTE_BEFORE = r"(?:(?<=[,»«“”\"‹›]\s)|(?<=[,»«“”\"‹›]))"


def _de_cue_regex() -> re.Pattern[str]:
    separable = "|".join(
        rf"{_trie(verbs)}\b(?={_IN_CLAUSE_NO_QUOTE}{{0,160}}?\b{particle}\b{_PARTICLE_END})"
        for verbs, particle in _DE_SEPARABLE
    )
    return re.compile(
        rf"{WORD_START}(?:(?P<prep>(?:[Ll]aut|[Gg]em(?:ä|ae)(?:ß|ss)|[Uu]nter\s+Berufung\s+auf)\b"
        rf"|[Nn]ach\b(?=\s+{_DE_FILLER_AFTER_NACH}))"
        rf"|(?P<post>zufolge\b|nach\b(?:{_POSTPOSED_NACH}))"
        rf"|(?P<prep2>(?:stammen|stammt|stammten|stammte)\s+(?:\w+\s+)?(?:von|vom|aus)\b"
        rf"|(?:erfuhr|erfuhren|erfahren)\s+(?:[\w-]+\s+){{0,8}}?(?:von|vom)\b"
        r"(?=\s+(?:dem|der|den)?\s*[A-ZÄÖÜ]))"  # `erfuhren Abgeordnete vom NIS`
        rf"|(?P<so>{_QUOTE_BEFORE}so\b)"
        rf"|(?P<ref>[Dd]emnach\b)"
        rf"|(?P<quoted>zitierte\b(?=(?:\s+\S+){{1,8}}?\s+mit\s+(?:den\s+Worten|der\s+"
        r"(?:Einschätzung|Aussage|Angabe|Schätzung|Zahl|Warnung|Erkenntnis))\b))"
        rf"|(?P<hiess>(?:hie(?:ß|ss)|hei(?:ß|ss)t|gehei(?:ß|ss)en|verlautete)\b)"
        r"|(?P<rede>die\s+Rede\b(?=\s*(?:[,.;:!?]|$)))"
        r"|(?P<whose>(?<=,\s)(?:wonach|nach\s+(?:der|dem|denen)|(?:der|dem|denen)\s+zufolge)\b)"
        rf"|(?P<verb>{_trie(_DE_VERBS)}\b"
        r"|(?:Angekündigt|Gemeldet|Berichtet|Bestätigt|Mitgeteilt|Verkündet|Gesagt|Genannt|"
        r"Bekanntgegeben|Erklärt|Geschätzt)\b(?=\s+(?:hat|hatte|haben|hatten)\s+(?:das|dies)\b)"
        rf"|{separable}"
        rf"|{_trie('geht gehen ging gingen gehe')}\b(?={_IN_CLAUSE}{{0,80}}?\b(?:davon|von)\b"
        rf"{_IN_CLAUSE}{{0,80}}?\baus\b{_PARTICLE_END})"
        rf"|{_trie('hält halten hielt hielten halte hielte')}\b(?={_IN_CLAUSE}{{0,100}}?\bfür\s+"
        rf"(?:\w+\s+)?{_trie(_DE_JUDGEMENTS)}(?:e[nrs]?)?\b)"  # `für eine realistische Zahl`
        rf"|{_trie('rechnet rechnen rechnete rechneten')}\b(?=(?:\s+\S+){{0,6}}?\s+(?:da)?mit\b)"
        rf"|{_trie('zweifelt zweifeln zweifelte zweifelten')}\b(?=(?:\s+\S+){{0,3}}?\s+nicht\s+"
        r"daran\b)"  # `Er zweifelt nicht daran, dass …`
        rf"|{_trie('spricht sprechen sprach sprachen spreche')}\b(?=(?:\s+\S+){{0,8}}?\s+von\b)"
        rf"|{_trie('beruft berufen berief beriefen')}\b(?=\s+sich\b(?:\s+\S+){{0,12}}?\s+auf\b)"
        rf"|{_trie('verweist verwies verwiesen')}\b(?=(?:\s+\S+){{0,6}}?\s+auf\b)"
        rf"|{_trie('kommt kommen kam kamen')}\b(?=(?:\s+\S+){{0,12}}?\s+(?:auf\s+(?:\S+\s+){{0,2}}?"
        rf"(?:\d|{_NUMBER_WORD_START})|zu\s+(?:dem|der)\s+(?:Schluss|Einschätzung|Ergebnis)\b"
        rf"|zum\s+(?:Schluss|Ergebnis)\b))"
        rf"|{_trie('erhöhte erhöhten erhöht korrigierte korrigierten korrigiert senkte senkten')}"
        rf"\b(?=(?:\s+\S+){{0,4}}?\s+(?:Angaben|Schätzung(?:en)?|Zahl(?:en)?|Prognose)\b)"
        rf"|{_trie('rechnet rechnete spricht sprach')}\b(?={_VERB_END})"
        rf"|{_trie('rechne rechnet rechnen rechnete rechneten')}\b"
        r"(?=\s+(?:\S+\s+){0,2}?(?:da)?mit\b)"
        r"|(?:dankte|dankten|lobte|lobten)\b(?=[^.!?]*?(?:\d|[Tt]ausend|[Hh]undert|Dutzende))"
        r"|(?:schickte|schickten|sandte|sandten|schrieb)\b(?=\s+(?:\S+\s+){0,5}?\w*"
        r"(?:[Nn]achricht|SMS|E-Mail|Mail)\s*:)"  # `schickte ihr eine Sprachnachricht: …`
        rf"|{_trie('ist sind war waren zeigt zeigte')}\b(?=\s+(?:sich\s+)?(?:\S+\s+){{0,2}}?"
        r"(?:überzeugt\b|(?:sicher|gewiss)\b(?=\s*,\s*dass\b)))"  # `Er ist überzeugt, dass …`,
        # `zeigt sich überzeugt`, `Sie ist sicher, dass …`
        r"|(?:wäre|wären)\b(?=\s+(?:\S+\s+){0,3}?nicht\s+(?:überrascht|erstaunt|verwundert)\b)"
        r"|(?<=Angaben )(?:machte|machten|macht)\b"  # `Diese Angaben machte HUR-Chef X`
        r"|(?:zog|zogen|zieht)\b(?=(?:\s+\S+){0,6}?\s+Bilanz\b)"  # `zog … Bilanz`,
        r"|(?<=Bilanz )gezogen\b"  # `hatte eine Bilanz gezogen`
        r"|(?:(?<=Schluss )|(?<=Ergebnis ))(?:kommt|kam|kommen|kamen)\b"  # `Zu diesem Schluss
        # kommt der HUR`
        rf"|(?:{'|'.join(f'(?<=[Ff]ür {j} )' for j in _DE_JUDGEMENTS.split())})"
        r"(?:hält|halten|hielt|hielten)\b))"  # `Für möglich hält der Oberst, dass …`
    )


_EN_VERBS = (
    "said says say told tells tell estimated estimates estimate reported reports believes "
    "believe believed confirmed confirms confirm stated announced announces claimed claims claim "
    "added adds warned warns noted notes assessed assesses assess thinks thought suggested "
    "reckoned reckons reckon hailed hails hailing "
    "suggests indicated indicates acknowledged acknowledges wrote writes revealed reveals "
    "disclosed discloses explained alleged alleges briefed expects predicted predicts concluded "
    "judged insisted insists argued argues spoke spoken speaks testified testifies maintained "
    "phrased repeated reiterated reiterates "
    "maintains stressed stresses emphasized emphasised emphasizes emphasises asserted asserts "
    "calculated calculates counted counts tallied projected projects pegged recorded "
    "published publishes show shows showed recalls recalled saying adding noting warning telling "
    "claiming estimating described describes informed informs circulated circulates "
    "relayed relays condemned condemns aired fears feared holds countered counters announce "
    "announcing summed summarised summarized guesses guessed shown broadcast televised"
)
_EN_TITLE_VERBS = "Says Said Warns Confirms Estimates Believes Claims Tells Told"
_EN_INVERTIBLE = _set("said says added wrote noted warned explained stated continued reported "
                      "estimated told reckoned")
_EN_PUT_NOUNS = ("number figure total count tally casualties losses toll strength deaths dead "
                 "presence contingent deployment force")
_EN_POSSESSIVE_NOUNS = (
    r"(?:(?:latest|own|new|updated|initial|official|current|earlier|previous|last|public|"
    r"revised|first|most|recent|overall|final|casualty|troop|death)\s+){0,3}"
    r"(?:estimates?|assessments?|figures?|count|tally|data|calculations?|reckoning|arithmetic|"
    r"math|maths|announcement|promise|pledge)\b"
)
_POSSESSIVE_TAIL = re.compile(r"\s+" + _EN_POSSESSIVE_NOUNS)


def _en_cue_regex(possessive: bool = True) -> re.Pattern[str]:
    """The English cues (`possessive`: with `X's estimate`, the costliest to scan for)."""
    # *+: no backtracking
    poss = (r"|(?<!than )(?<!twice )(?<!times )(?<!above )(?<!below )"  # not a comparison
            rf"(?P<poss>[^\W\d_][\w-]*+['’]s(?=\s+{_EN_POSSESSIVE_NOUNS}))")
    return re.compile(
        WORD_START + r"(?:(?P<prep>[Aa]ccording\s+to\b|[Cc]iting\b|[Qq]uoting\b"
        r"|[Ii]n\s+the\s+(?:assessment|view|words|estimation|opinion|judge?ment)\s+of\b"
        r"|[Bb]y\s+the\s+(?:\w+\s+)?(?:estimate|count|reckoning|tally|assessment)\s+of\b"
        r"|(?<=the )(?:estimate|figure|assessment|count)\b(?=\s+(?:that\s+)?(?:the\s+)?"
        r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’-]*){0,5}\s+(?:gave|made|published|released|presented|"
        r"provided)\b)"
        r"|[Aa]s\s+(?:reported|estimated|stated|confirmed|announced)\s+by\b"
        r"|[Bb]ased\s+on\s+(?:estimates|information|data|figures|intelligence)\s+(?:from|by)\b"
        r"|[Bb]y\b(?=\s+(?:the\s+)?[A-Z][\w-]*\s+(?:count|tally|estimate|reckoning)\b)"
        r"|(?<!\w)(?=(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:own|latest|last|new|first|"
        r"official|updated|initial)\s+){0,2}(?:guess|estimate|reckoning|forecast|prediction|"
        r"figure|count|tally)\s+(?:is|was|stood|stands)\b)"  # `Her own estimate is 2,500`
        r"|[Pp]er\b(?=\s+(?:the\s+)?[A-Z])|(?:[Bb]y|[Oo]n|[Ii]n)\b(?=\s+(?:its|their|his|her|our)\s+(?:own\b|"
        r"(?:latest\s+|new\s+)?(?:count|tally|estimates?|reckoning|calculations?|assessment|"
        r"account|view|estimation)\b)))"
        r"|(?P<carried>(?:[Cc]arried|[Pp]ublished|[Rr]eleased|[Pp]rovided|[Ss]upplied)\s+"
        r"(?:(?:[A-Z][a-z]+day|in\s+full|in\s+part|verbatim)\s+)?by\b)"
        r"|(?P<prep2>(?:come|comes|came|heard|learned|learnt)\s+from\b)"
        r"|(?P<itsaid>[Ii]t\s+(?:was|is|has\s+been)\s+(?:said|stated|added)\b)"
        + (poss if possessive else "")
        + rf"|(?P<whose>(?<=,\s)whose\b(?=\s+(?:[\w-]+\s+){{0,2}}?{_EN_POSSESSIVE_NOUNS}))"
        + r"|(?P<reads>(?<=[,”\"’]\s)reads\b)"
        + r"|(?P<quoted>quoted\b(?=(?:\s+\S+){1,8}?\s+as\s+saying\b))"
        rf"|(?P<verb>{_trie(_EN_VERBS + ' ' + _EN_TITLE_VERBS)}\b"
        r"|think\b(?![\s-]+tanks?\b)"
        # praise with a count (without one it names no source for the figures after it),
        # not in remarks a medium carried (`… in remarks carried by KCNA`: the medium's)
        r"|(?:thanked|praised|lauded)\b(?=[^.!?]*?(?:\d|thousands|hundreds|dozens))"
        r"(?![^.!?]*\b(?:carried|reported|quoted|published|aired)\s+by\b)"
        r"|(?<=\b[Hh]e )figures\b|(?<=\b[Ss]he )figures\b"  # `He figures Kim will …`
        r"|figured?s?\b(?=\s+(?:that\b|Kim\b|Pyongyang\b|Moscow\b|Russia\b|the\s+North\b|\d"
        r"|the\s+(?:real|true|actual|final|overall|total|number|toll)\b"  # `Cho figures the
        # real number is …`, `Kim figures the total will pass …`
        r"|[a-z]+(?:\s+or\s+[a-z]+)?\s+(?:thousand|hundred)\b|a\s+(?:couple|few|hundred|thousand)\b"
        r"|(?:about|around|some|maybe|perhaps|roughly|at\s+least|up\s+to|as\s+many\s+as)\b))"
        r"|(?:gave|released|provided|supplied)\b(?=\s+(?:the|these|those|that)\s+"
        r"(?:figures?|numbers?|estimates?|count|tally)\b)"  # `The JCS gave the figure on Monday`
        r"|posted\b(?=(?:\s+on\s+\w+day)?\s+(?:that\b|on\s+(?:\w+\s+)?(?:Telegram|X|Facebook|"
        r"social|its|his|her|their)\b))"  # `HUR posted on Wednesday that …`, not `remain posted`
        r"|(?:texted|messaged)\b"  # `the brother texted him that …`
        r"|sent\b(?=\s+(?:[\w'’-]+\s+){0,4}?(?:message|note|text|memo|e-?mail)\s*:)"  # `sent
        # him a voice note: …`
        r"|(?:is|are|was|were)\b(?=\s+(?:\S+\s+){0,2}?convinced\b)"
        r"|(?:is|was)\b(?=\s+(?:\S+\s+){0,1}?(?:sure|certain)\s+(?:that\b|\d"  # `is sure that`
        r"|(?:[\w'’-]+\s+){1,3}?(?:will|would|has|have|had|is|are|was|were)\b))"  # `sure Kim will`
        r"|(?:works?|worked|working)\b(?=\s+on\s+the\s+assumption\s+that\b)"
        r"|(?:suspects|suspected|worries|worried)\b(?=\s+that\b)"
        r"|(?:would|wouldn['’]t)\b(?=\s+(?:not\s+)?be\s+(?:surprised|astonished)\b)"
        r"|(?:found|finds|find|determined|determines)\b(?=\s+that\b)"
        r"|(?:promised|promises|pledged|pledges|vowed)\b(?=(?:\s+\S+){0,6}?\s+that\b)"
        r"|promised\b(?=(?:\s+\S+){0,3}?\s+(?:\d|thousands|hundreds|another|up\s+to)\b)"
        r"|(?:puts?|putting)\b(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}"
        rf"(?:{_trie(_EN_PUT_NOUNS)},?\s+(?:[\w-]+,?\s+){{0,12}}?(?:at|past|above|closer\s+to|near|"
        r"(?:far\s+|much\s+)?(?:higher|lower))\b"
        r"|at\s+(?:[a-z]+\s+){0,3}?\d|(?:[\w'’-]+\s+){1,8}?at\s+(?:[a-z]+\s+){0,3}?\d"
        r"|(?:[\w'’-]+\s+){1,8}?in\s+(?:the\s+)?\W?(?:the\s+)?(?:low|high|mid|lower|upper)\b))"
        r"|(?:gave|gives|give)\b(?=(?:\s+[\w'’-]+){0,8}?\s+(?:the|its|their|a|an|his|her)\s+"
        r"(?:[\w'’-]+\s+){0,3}?"  # `gave lawmakers its first toll:`
        rf"(?:{_trie(_EN_PUT_NOUNS)})\b(?:(?:\s+[\w'’-]+){{0,4}}?\s*:|\s+of\b"
        r"|(?:\s+\S+){0,8}?\s+as\b))"
        r"|(?:(?<=was )|(?<=were ))speaking\b(?=\s+of\b)"
        r"|(?:let|lets)\b(?=\s+it\s+be\s+known\b)"
        r"|(?:passed|passes|pass)\b(?=(?:\s+[\w'’-]+){0,4}?\s+on\s+to\b)"
        r"|(?:raised|revised|lowered|updated|raises|revises|lowers|updates)\b"
        r"(?=\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?(?:estimates?|figures?|count|tally)\b)))"
    )


_CUE_RE = {"de": _de_cue_regex(), "en": _en_cue_regex()}
_EN_CUE_NO_POSSESSIVE = _en_cue_regex(possessive=False)


def _cue_regex(sentence: str, lang: str) -> re.Pattern[str]:
    """The cue pattern for `sentence`: in English without the possessive cue when no `'s`
    occurs (a cheap substring test spares the costliest alternative at every word)."""
    if lang == "en" and "'s" not in sentence and "’s" not in sentence:
        return _EN_CUE_NO_POSSESSIVE
    return _CUE_RE[lang]


_QUOTE_RE = re.compile(  # every alternative starts with a quote mark, so `re` skips ahead to
    # one quickly; hence `'(?<!\w')`, not `(?<!\w)'` (the same test: no letter before the mark)
    r"«[^«»]*»|»[^»«]*«|„[^„“”\"]*[“”\"]|“[^“”]*”|\"[^\"]*\"|‹[^‹›]*›|›[^›‹]*‹|‚[^‚‘’]*[‘’]"
    r"|‘[^‘’]*’|'(?<!\w')(?=\S)(?:[^']|(?<=\w)'(?=\w))*(?<=\S)'(?!\w)"
)
_QUOTE_CHARS = frozenset("«»„“”\"‹›‚‘’'")
_NAME_QUOTE_RE = re.compile(r"[«»„“\"‹›‚‘'](?:[A-ZÄÖÜ0-9][\w.&'’-]*\s?){1,5}[»«“”\"›‹‘’']")
_TITLE_DOT = (  # a title's dot before a name belongs to the name: `Rep. Park`, `Gen. Syrskyi`
    r"(?:Rep|Sen|Gen|Lt|Col|Maj|Capt|Adm|Gov|Dr|Prof|Sgt|Brig|Amb|Abg|Lt\.\s?Gen"
    r"|Mr|Mrs|Ms|St|Mt|Ft)\."
    r"(?=\s+[A-Z])"
)
_TOKEN = _TITLE_DOT + (
    r"|(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:[-‐'’]\w+)*|\d+[-‐][^\W\d_][\w-]*|\d[\d.,'’]*\d|\d|\S"
)
_TOKEN_RE = re.compile(_TOKEN)
_SPACED_TOKEN_RE = re.compile(rf"(\s*)({_TOKEN})")  # every token with the white space before it
_SEGMENT_BREAKS = frozenset("–—-;|")
_SENTENCE_OPENERS = frozenset(".!?:;«»„“”\"‹›'‘’()–—-")
_NAME_GLUE = _set("for of the and & on de du la le van al bin")


# --------------------------------------------------------------------------- sentence view

@dataclass
class _View:
    """A tokenised sentence with token classes, quote spans and clause helpers."""

    text: str
    lang: str
    toks: list[Tok]
    cls: list[str]
    lows: list[str]
    starts: list[int]
    quotes: list[Span]

    def index_at(self, pos: int) -> int:
        """The token starting at or after char `pos`."""
        return bisect_right(self.starts, pos - 1)

    def quote_of(self, pos: int) -> int:
        return next((q for q, (a, b) in enumerate(self.quotes) if a <= pos < b), -1)

    def is_boundary(self, i: int, coordinators: bool = True) -> bool:
        """Punctuation or a conjunction that starts a new clause."""
        if self.cls[i] == "punct":
            return self.toks[i][0] in _BOUNDARY_PUNCT and not self._glued_hyphen(i)
        low = self.lows[i]
        if low in _SUBORDINATOR[self.lang]:
            if low == "als" and i + 1 < len(self.lows) and self.lows[i + 1].startswith(
                    _PREDICATIVE_AFTER_ALS):
                return False  # `als Erster berichtet`: a predicate, not `als` = `when`
            return not (i and self.lows[i - 1] in _COMPARATIVES)  # `mehr als 3.000`
        return coordinators and low in _COORDINATOR

    def _glued_hyphen(self, i: int) -> bool:
        """`zehn- bis zwölftausend`, `Nord-Korea`: a hyphen touching a word is no dash."""
        tok, start, end = self.toks[i]
        if tok != "-":
            return False
        before = i > 0 and self.toks[i - 1][2] == start
        after = i + 1 < len(self.toks) and self.toks[i + 1][1] == end
        return before or after

    def clause_start(self, i: int, coordinators: bool = True) -> int:
        """The first token of the clause that token i stands in (`und` ends a clause unless
        `coordinators` is False: `Toten und Verwundeten gesprochen`)."""
        k = i - 1
        while k >= 0 and not self.is_boundary(k, coordinators):
            k -= 1
        return k + 1


def _quotes(sentence: str) -> tuple[list[Span], list[Span]]:
    """(quotations, quoted names like «The Washington Post»)."""
    quotes: list[Span] = []
    names: list[Span] = []
    if _QUOTE_CHARS.isdisjoint(sentence):
        return quotes, names
    for m in _QUOTE_RE.finditer(sentence):
        named = _NAME_QUOTE_RE.fullmatch(m.group()) is not None
        (names if named else quotes).append(m.span())
    return quotes, names


def _view(sentence: str, lang: str) -> _View:
    quotes, names = _quotes(sentence)
    toks = _tokens(sentence, names)
    known = _WORDS[lang]
    lows: list[str] = []
    cls: list[str] = []
    for t in toks:
        low, c = known.get(t[0]) or _learn_word(t[0], lang)
        lows.append(low)
        cls.append(c)
    _capitalised_mid_sentence(toks, cls)
    _glue_names(toks, lows, cls)
    _demonstrative_subject(lows, cls, lang)
    return _View(sentence, lang, toks, cls, lows, [t[1] for t in toks], quotes)


DEMONSTRATIVES = _set("der die dieser diese")  # as a subject they stand for someone
_FINITE_AFTER_DEMONSTRATIVE = _set(
    "hatte hatten hat haben sagte sagten sagt erklärte erklärten erklärt teilte teilten teilt "
    "schätzte schätzten schätzt berichtete berichteten berichtet sprach sprachen spricht nannte "
    "nannten nennt geht ging gingen rechnet rechnete warnte warnt meldete meldeten meldet "
    "bezifferte beziffert hält hielt sieht sah zählt zählte kam kommt bestätigte bestätigt")


_SUBJECT_AFTER_VERB = _set("der die das ein eine er sie man es")


def _demonstrative_subject(lows: list[str], cls: list[str], lang: str) -> None:
    """`Der hatte den Abgeordneten berichtet, …`: a demonstrative opening a German sentence
    right before its verb stands for someone named before, like `Er` (`cls` in place)."""
    if lang == "de" and len(lows) > 2 and lows[0] in DEMONSTRATIVES and (
            lows[1] in _FINITE_AFTER_DEMONSTRATIVE) and not (
            lows[2] in _SUBJECT_AFTER_VERB or cls[2] == "noun" and lows[2] not in _PART_OF):
        # not `Diese hatte der NIS … beziffert` (but `Dieser hatte Mitte November gemeldet`)
        cls[0] = "pron"  # (there the demonstrative is the object)


def _capitalised_mid_sentence(toks: list[Tok], cls: list[str]) -> None:
    """A capitalised function word inside a sentence is a name (`Institute for the Study of
    War`); at the start or after a quote it is just the first word (`cls` in place)."""
    for i in range(1, len(toks)):
        tok = toks[i][0]
        if cls[i] == "stop" and tok[0].isupper() and toks[i - 1][0] not in _SENTENCE_OPENERS:
            cls[i] = "noun"


def _glue_names(toks: list[Tok], lows: list[str], cls: list[str]) -> None:
    """`Institute for the Study of War`, `Center for Strategic and International Studies`:
    up to two small words between capitalised words belong to the name (`cls` in place)."""
    n, i = len(toks), 1
    while i < n:
        if lows[i] not in _NAME_GLUE or not _capitalised_noun(toks, cls, i - 1):
            i += 1
            continue
        j = i
        while j < n and j - i < 2 and lows[j] in _NAME_GLUE:
            j += 1
        if j < n and _capitalised_noun(toks, cls, j):
            cls[i:j] = ["noun"] * (j - i)
        i = max(j, i + 1)


def _capitalised_noun(toks: list[Tok], cls: list[str], i: int) -> bool:
    return cls[i] == "noun" and toks[i][0][0].isupper()


def _tokens(sentence: str, merged: list[Span]) -> list[Tok]:
    """Word tokens; each span in `merged` (a quoted name) becomes one token."""
    if not merged:
        return _plain_tokens(sentence)
    out: list[Tok] = []
    pos, q = 0, 0
    for m in _TOKEN_RE.finditer(sentence):
        s = m.start()
        if s < pos:
            continue
        if q < len(merged) and s == merged[q][0]:
            a, b = merged[q]
            out.append((sentence[a:b], a, b))
            pos, q = b, q + 1
            continue
        out.append((m.group(), s, m.end()))
    return out


def _plain_tokens(sentence: str) -> list[Tok]:
    """Word tokens with their spans, from one `findall` (only white space lies between two
    tokens: every other character starts one)."""
    out: list[Tok] = []
    end = 0
    for space, tok in _SPACED_TOKEN_RE.findall(sentence):
        start = end + len(space)
        end = start + len(tok)
        out.append((tok, start, end))
    return out


# --------------------------------------------------------------------------- noun phrases

def _is_head(v: _View, i: int) -> bool:
    c = v.cls[i]
    if c == "noun" and i + 1 < len(v.cls) and v.cls[i + 1] == "time":
        return v.lows[i] not in _TIME_PRE  # `der Stab Anfang Juni`: a date, not the name
    return c == "noun" or (v.lang == "en" and c == "mod")


def _core_forward(v: _View, i: int) -> int:
    """End of `det? adj* noun+` starting at token i, or -1."""
    n, k = len(v.toks), i
    if k < n and v.cls[k] == "det":
        k += 1
    while k < n and (v.cls[k] == "adj" or _joins_adjectives(v, k)):
        k += 1
    j = k
    while j < n and _is_head(v, j):
        j += 1
    return j if j > k and any(v.cls[x] == "noun" or v.lang == "en" for x in range(k, j)) else -1


def _joins_adjectives(v: _View, k: int) -> bool:
    """`amerikanische und südkoreanische Beamte`: `und` between two adjectives."""
    return v.lows[k] in ("und", "sowie") and k + 1 < len(v.toks) and v.cls[k + 1] == "adj"


def _continuation(v: _View, j: int) -> int:
    """End of a genitive / `of` / `in Place` attachment starting at token j, or -1."""
    n, low, c = len(v.toks), v.lows[j], v.cls[j]
    if v.lang == "de" and c == "det" and low in _GENITIVE:
        end = _core_forward(v, j)
        recipient = low in _DATIVE_TOO and end > 0 and v.lows[end - 1] in _RECIPIENT
        return -1 if recipient else end
    if v.lang == "de" and c == "adj" and low.endswith("er") and j + 1 < n and (
            v.cls[j + 1] == "noun") and not (  # article-less genitive: `Angaben britischer
            low in _DATIVE_TOO and v.lows[j + 1] in _RECIPIENT):  # Dienste` (not the
        # recipient of `sagte X unserer Zeitung`)
        end = j + 1
        while end < n and v.cls[end] == "noun":
            end += 1
        return end
    if c != "conn" or j + 1 >= n:
        return -1
    if low in _OF_LIKE:
        return _core_forward(v, j + 1)
    k = j + 1 + int(v.lang == "en" and v.lows[j + 1] == "the")
    if k < n and v.lows[k] in _NOT_PLACES:
        return -1  # `der Botschafter im Gespräch`: a circumstance, not where he belongs
    if k < n and v.cls[k] == "noun" and v.toks[k][0][0].isupper():
        end = k
        while end < n and v.cls[end] == "noun":
            end += 1
        return end
    return -1


_NOT_PLACES = _set("gespräch interview fernsehen rundfunk radio namen auftrag zusammenhang "
                   "hinblick rahmen vorfeld gegensatz bundestag parlament")


def _right_np(v: _View, i: int, limit: int = 12) -> Span | None:
    """The noun phrase starting at token i (token span), or None."""
    n = len(v.toks)
    if i >= n:
        return None
    if v.cls[i] == "pron":
        return i, i + 1
    j = _core_forward(v, i)
    if j < 0:
        return None
    while j < n and j - i < limit:
        nxt = j + 3 if _acronym_in_brackets(v, j) else _continuation(v, j)
        if nxt < 0:
            break
        j = nxt
    return i, j


def _left_np(v: _View, j: int, limit: int = 12) -> Span | None:
    """The noun phrase ending just before token j (token span), or None."""
    if j <= 0:
        return None
    if v.cls[j - 1] == "pron":
        return j - 1, j
    k = j - 1
    while k >= 0 and j - k <= limit:
        c = v.cls[k]
        if c == "det":
            k -= 1
            if not _det_continues(v, k + 1):
                break
        elif _acronym_in_brackets(v, k - 2) and k > 2 and _is_head(v, k - 3):
            k -= 3  # `Nationale Nachrichtendienst (NIS)`
        elif c == "num" and _numbered_name(v, k, j):
            k -= 1
        elif _takes_back(v, k, j):
            k -= 1
        else:
            break
    a = k + 1
    while a < j and v.cls[a] == "conn":
        a += 1
    if a >= j or not any(_is_head(v, x) for x in range(a, j)):
        return None
    return a, j


def _numbered_name(v: _View, k: int, j: int) -> bool:
    """`38 North`: a short plain number opening a capitalised name after `at`/`von`/`the`."""
    tok = v.toks[k][0]
    if len(tok) > 3 or not tok.isdigit() or k + 1 >= j or not v.toks[k + 1][0][0].isupper():
        return False
    return k == 0 or v.cls[k - 1] in ("conn", "det", "punct")


def _takes_back(v: _View, k: int, j: int) -> bool:
    """Token k belongs to the noun phrase that ends before token j (scanning leftwards)."""
    c = v.cls[k]
    if c == "conn":
        return _attaches_back(v, k)
    if v.lang == "de":
        return c in ("noun", "adj")
    if c == "mod" and k + 1 < j and v.cls[k + 1] == "noun" and v.toks[k + 1][0][0].isupper():
        low = v.lows[k]  # `spokeswoman Sabrina Singh`, `acting U.S.`, not `the first time X`
        return low in _EN_REF_WORDS or low in _EN_ING_TITLES
    return c in ("noun", "mod")


def _acronym_in_brackets(v: _View, k: int) -> bool:
    """Tokens k, k+1, k+2 are `( NIS )`."""
    if k < 0 or k + 2 >= len(v.toks):
        return False
    return v.toks[k][0] == "(" and v.toks[k + 2][0] == ")" and v.toks[k + 1][0][:1].isupper()


def _det_continues(v: _View, d: int) -> bool:
    """The article at d is inside a longer phrase: `Sprecher des Kremls`, `head of the NIS`."""
    p = d - 1
    if p < 0:
        return False
    if v.lang == "de":
        return v.lows[d] in _GENITIVE and v.cls[p] == "noun"
    return v.lows[d] == "the" and v.cls[p] == "conn" and _attaches_back(v, p)


def _attaches_back(v: _View, k: int) -> bool:
    """The connector at k ties two nouns: `Sprecher von X`, `head of X`, `Botschafter in Moskau`,
    `Analysts at the Royal United Services Institute`."""
    after_bracket = v.toks[k - 1][0] == ")" and _acronym_in_brackets(v, k - 3)
    if k == 0 or not (_is_head(v, k - 1) or after_bracket) or k + 1 >= len(v.toks):
        return False
    if v.lows[k] in _OF_LIKE or v.cls[k + 1] == "noun":
        return True
    if v.cls[k + 1] == "num":
        return _numbered_name(v, k + 1, len(v.toks))
    return v.lows[k + 1] == "the" and k + 2 < len(v.toks) and v.cls[k + 2] == "noun"


def _skip_back(v: _View, j: int) -> int:
    """Move j left over adverbs, auxiliaries and time phrases (`am Montag`, `on Friday`)."""
    skip = _SKIP[v.lang]
    while j > 0:
        low, c = v.lows[j - 1], v.cls[j - 1]
        if low == ")" and j > 2 and v.cls[j - 2] == "time" and v.lows[j - 3] == "(":
            j -= 3  # `(Ortszeit)`
        elif c == "time":
            j -= 2 if j > 1 and (v.lows[j - 2] in _TIME_PRE or v.cls[j - 2] == "num") else 1
        elif low in skip or _place_adverb_after_noun(v, j - 1):
            j -= 1
        else:
            return j
    return j


_PLACE_ADVERBS = _set("there dort")


def _place_adverb_after_noun(v: _View, k: int) -> bool:
    """`The agency there said`, `Der Dienst dort schätzt`: a place adverb right after the
    subject's noun."""
    return (v.lows[k] in _PLACE_ADVERBS and k > 0 and v.cls[k - 1] in ("noun", "mod")
            and v.lows[k - 1].endswith(_BODY_ENDINGS))


_BODY_ENDINGS = (  # the heads of bodies that speak (`the agency there`), not of people
    "agency", "service", "ministry", "staff", "military", "army", "government", "intelligence",
    "office", "dienst", "ministerium", "regierung", "generalstab", "armee", "militär")


_PART_OF = _set("anfang mitte ende beginn start end middle")
_PRONOMINAL_ADVERBS = _set("davor darauf daran darüber dafür dazu damit davon dagegen")
_OF_THE = _set("des der of")


def _day_number_month(v: _View, i: int) -> int:
    """The token after a day's number and its month from `i` (`am 17. Juni`, `17 June`),
    or 0."""
    k = i + 1 if v.cls[i] != "num" else i
    if k >= len(v.toks) or v.cls[k] != "num":
        return 0
    k += 1 + (k + 1 < len(v.toks) and v.toks[k + 1][0] == ".")
    return k + 1 if k < len(v.toks) and v.cls[k] == "time" else 0


def _skip_forward(v: _View, i: int) -> int:
    skip, n = _SKIP[v.lang], len(v.toks)
    while i < n:
        low, c = v.lows[i], v.cls[i]
        if low in _TIME_PRE and i + 1 < n and v.cls[i + 1] == "time":
            i += 2
        elif (day := _day_number_month(v, i)) and (low in _TIME_PRE or c == "num"):
            i = day  # `Am 17. Juni`, `On 17 June`, `17. Juni`
        elif low in _PART_OF and i + 2 < n and v.lows[i + 1] in _OF_THE and (
                v.cls[i + 2] == "time"):  # `Anfang des Monats`, `at the end of the week`
            i += 3
        elif c == "time" or low in skip:
            i += 1
        else:
            return i
    return i


# --------------------------------------------------------------------------- candidates

@dataclass(slots=True)
class _Cand:
    """One cue with the phrase it governs."""

    text: str
    group: str
    start: int
    end: int
    cue: str
    is_reference: bool
    lo: int  # char span of cue and phrase together
    hi: int
    relay: bool
    home: str
    quote: int  # index of the quotation the cue stands in, -1 outside
    pronoun: bool
    embedded: bool = False  # the cue itself is reported speech (`hätten … bestätigt`)
    forward: bool = False  # `X says …` governs what follows it, not a figure before it
    negated: bool = False  # `hat nie bestätigt`: names a speaker, but claims no figure

    cue_start: int = -1
    cue_end: int = -1

    def claimant(self) -> Claimant:
        return Claimant(self.text, self.group, self.start, self.end, self.cue, self.is_reference,
                        self.cue_start, self.cue_end)


def _classify(
    v: _View, span: Span, lexicon: ClaimantLexicon
) -> tuple[str, bool, _Entity | None] | None:
    """(group, is_reference, entity) of a token span, or None when it names nobody."""
    a, b = span
    text = v.text[v.toks[a][1]:v.toks[b - 1][2]]
    entity = _best_entity(text, lexicon)
    group = entity.group if entity is not None else ""
    if group in ("", "other") and _briefed_lawmaker(text, v.text, lexicon):
        return lexicon.lawmaker_group, False, None
    if entity is not None and not (
            group == "other" and v.lows[b - 1] in _STAFF and _is_generic(v, a, b)):
        return group, False, entity  # (`the agency's analysts`: the agency, named before)
    if b == a + 1 and v.lows[a] == "man" and (group := _where_man_speaks(v, a, lexicon)):
        return group, False, None  # `Im US-Außenministerium geht man davon aus`
    if v.cls[a] == "pron" or (b == a + 1 and v.lows[a] == "man"):  # `schätze man`: whoever
        return "unattributed", True, None  # the text was just reporting
    if _is_generic(v, a, b):
        return "unattributed", True, None
    return "other", False, None


_WHERE_OPENING = re.compile(  # the place or body the clause opens with: `Im Pentagon …`
    r"(?:^|[,;:]\s*|[„“\"»«]\s*)(?:im|in|beim|bei|aus|unter)\s+(?P<where>[^,;:„“\"»«]{2,60}?)\s+\S+\s*$",
    re.IGNORECASE)
_COMPANY = re.compile(  # soldiers' own company: private people, not a state speaking
    r"(?i)\b(?:kaserne\w*|einheit\w*|kompanie\w*|bataillon\w*|brigade\w*|division\w*|"
    r"regiment\w*|truppe\w*|kameraden|stellung\w*|familie\w*|dorf|heimat\w*|batterie\w*|"
    r"offizier\w*)\b")


def _where_man_speaks(v: _View, k: int, lexicon: ClaimantLexicon) -> str:
    """`man` after the verb of a clause that opens with a place or body (`Im Pentagon rechnet
    man …`, `In Kiew geht man davon aus`): that side; in soldiers' company (`In seiner Einheit
    rechne man mit …`): private people (`other`); else ""."""
    m = _WHERE_OPENING.search(v.text, 0, v.toks[k][1])
    if m is None:
        return ""
    where = m.group("where")
    if any(ch.isdigit() for ch in where):
        return ""  # `Unter den 11.000 nach Russland geschickten Soldaten zähle man`: a count
    entity = _best_entity(where, lexicon)
    if entity is not None and not entity.media and entity.group not in (
            "other", lexicon.subject_group):
        return entity.group
    return "other" if _COMPANY.search(where) else ""


def _briefed_lawmaker(text: str, sentence: str, lexicon: ClaimantLexicon) -> bool:
    if lexicon.lawmakers is None or lexicon.briefers is None:
        return False
    return bool(lexicon.lawmakers.search(text) and lexicon.briefers.search(sentence))


def _is_generic(v: _View, a: int, b: int) -> bool:
    """Only articles, adjectives and generic role nouns: `der Geheimdienst`, `the agency`."""
    for x in range(a, b):
        c, low = v.cls[x], v.lows[x]
        if c in ("det", "adj", "conn"):
            continue
        word = re.sub(r"['’]s$", "", low)
        if _AGE.fullmatch(word):
            continue  # `der 47-Jährige`, `the 47-year-old`
        if v.lang == "de" and c == "noun" and (_DE_REF_HEAD.fullmatch(word) or word in _FILLER):
            continue
        if v.lang == "en" and (word in _EN_REF_WORDS or word in _FILLER):
            continue
        if v.lang == "en" and word in _STAFF and any(
                v.lows[y].endswith(("'s", "’s")) for y in range(a, x)):
            continue  # `the agency's analysts`: the generic body's own people
        return False
    return True


_STAFF = _set("analyst analysts expert experts researchers staff team people")


def _strip_fillers(
    v: _View, span: Span, lexicon: ClaimantLexicon
) -> tuple[Span | None, str]:
    """Drop a leading `Angaben (des)` / `estimates (by)`: (rest, how) with how in
    "" (unchanged or stripped), "ref" (only a definite filler), "own", "none".

    A filler after an adjective naming a side (`ukrainischer Zählung`) stays whole."""
    a, b = span
    k, det, own = a, "", False
    if v.cls[k] == "det":
        det, k = v.lows[k], k + 1
    while k < b and v.cls[k] in ("adj", "mod") and v.lows[k] not in _FILLER:
        own = own or v.lows[k] in _OWN
        k += 1
    if k >= b or v.lows[k] not in _FILLER:
        return _strip_trailing_filler(v, span), ""
    if own:
        return None, "own"
    k += 1
    if k < b and v.cls[k] == "punct":
        return span, ""  # `The statement, carried by KCNA,`: keep the whole phrase
    if k < b and v.cls[k] == "conn":
        k += 1
    if k < b and v.lang == "en" and v.lows[k] in ("by", "from"):
        k += 1
    if k < b:
        return (k, b), ""
    if k - 1 > a and _best_entity(_span_text(v, (a, k - 1)), lexicon) is not None:
        return span, ""
    return None, "ref" if det in _DEFINITE else "none"


def _strip_trailing_filler(v: _View, span: Span) -> Span:
    a, b = span
    if v.lang == "en" and b - a > 1 and v.lows[b - 1] in _FILLER and v.cls[b - 2] != "det":
        return a, b - 1
    return span


def _text_span(v: _View, span: Span) -> tuple[int, int]:
    """Char span of a token span, without a trailing possessive `'s`."""
    s, e = v.toks[span[0]][1], v.toks[span[1] - 1][2]
    if v.text[e - 2:e] in ("'s", "’s") and e - 2 > s:
        e -= 2
    return s, e


_DATE_WORDS = re.compile(
    r"(?i)(?:(?:early|mid|late|end|anfang|mitte|ende)[- ]?)?(?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december|januar|jänner|februar|feber|märz"
    r"|mai|juni|juli|oktober|dezember|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:'s|’s)?"
)


def _make(
    v: _View, span: Span, cue: str, cue_span: Span, lexicon: ClaimantLexicon
) -> _Cand | None:
    """A candidate from a cue and the token span of the phrase it governs."""
    stripped, how = _strip_fillers(v, span, lexicon)
    if how == "own":
        return _own_subject(v, span, cue, cue_span, lexicon)
    if how == "ref":
        return _reference(v, span, cue, cue_span)
    if stripped is None:
        return None
    kind = _classify(v, stripped, lexicon)
    if kind is None:
        return None
    group, is_reference, entity = kind
    s, e = _text_span(v, stripped)
    if _DATE_WORDS.fullmatch(v.text, s, e):
        return None  # `whose mid-January estimate`: a date, not a speaker
    media = entity is not None and entity.media
    return _Cand(
        text=v.text[s:e], group=group, start=s, end=e, cue=cue, is_reference=is_reference,
        lo=min(s, cue_span[0]), hi=max(e, cue_span[1]), relay=media,
        home=(entity.home or _place_group(v.text[s:e], lexicon)) if media and entity else "",
        quote=v.quote_of(cue_span[0]), pronoun=v.cls[stripped[0]] == "pron",
        cue_start=cue_span[0], cue_end=cue_span[1],
    )


def _reference(v: _View, span: Span, cue: str, cue_span: Span) -> _Cand:
    """A generic reference (`Den Angaben`, `the report`) whose group comes from earlier."""
    s, e = _text_span(v, span)
    return _Cand(
        text=v.text[s:e], group="unattributed", start=s, end=e, cue=cue, is_reference=True,
        lo=min(s, cue_span[0]), hi=max(e, cue_span[1]), relay=False, home="",
        quote=v.quote_of(cue_span[0]), pronoun=False, cue_start=cue_span[0], cue_end=cue_span[1],
    )


def _bare_reference(v: _View, cue: str, cue_span: Span) -> _Cand:
    """A cue that names nobody (`demnach`, `hieß es`): a reference with empty text."""
    return _Cand(
        text="", group="unattributed", start=-1, end=-1, cue=cue, is_reference=True,
        lo=cue_span[0], hi=cue_span[1], relay=False, home="", quote=v.quote_of(cue_span[0]),
        pronoun=False, cue_start=cue_span[0], cue_end=cue_span[1],
    )


def _own_subject(
    v: _View, span: Span, cue: str, cue_span: Span, lexicon: ClaimantLexicon
) -> _Cand | None:
    """`nach eigenen Angaben` / `by its own account`: the sentence's subject is the claimant;
    `nach unserer eigenen Zählung` / `on our own reckoning`: the outlet itself (its group is
    set by `own_outlet`), carried from nobody."""
    if any(v.lows[k] in _FIRST_PERSON_POSSESSIVE for k in range(*span)):
        return replace(_reference(v, span, cue, cue_span), group="other", is_reference=False)
    subject = _right_np(v, _skip_forward(v, 0))
    if subject is None or subject[1] > span[0]:
        return _reference(v, span, cue, cue_span)
    return _make(v, subject, cue, cue_span, lexicon)


_FIRST_PERSON_POSSESSIVE = _set("unser unsere unserer unseren unserem unseres our")


# --------------------------------------------------------------------------- cue readers

def _cue_candidates(v: _View, lexicon: ClaimantLexicon, first: int = 0) -> list[_Cand]:
    """The candidate of every cue (the first cue at or after char `first`)."""
    out: list[_Cand] = []
    for m in _cue_regex(v.text, v.lang).finditer(v.text, first):
        kind = m.lastgroup or ""
        cand = _READERS[kind](v, m, lexicon)
        if cand is not None:
            out.append(cand)
    return out


def _read_prep(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`laut X`, `nach Angaben des X`, `unter Berufung auf X`, `according to X`, `citing X`."""
    i = v.index_at(m.end())
    if i + 2 < len(v.toks) and v.cls[i] == "det" and v.cls[i + 1] == "time":
        i += 2  # `according to a Tuesday statement from X`: the date is no part of the name
    if _possessive_pronoun_noun(v, i):  # `by her reckoning`, `nach seiner Rechnung`: someone
        return replace(_reference(v, (i, i + 2), m.group(), m.span()), pronoun=True)  # named
    if i < len(v.toks) and v.lows[i] in _OBJECT_PRONOUNS:  # `according to him`, `laut ihr`:
        return replace(_reference(v, (i, i + 1), m.group(), m.span()), pronoun=True)  # before
    span = _right_np(v, i)
    if span is None or v.cls[span[0]] == "pron":
        return None
    agent = _agent_of_document(v, span) or _relative_agent(v, span)
    return _make(v, agent or span, m.group(), m.span(), lexicon)


_RELATIVE_PRONOUNS = _set("die der das den which that")


def _relative_agent(v: _View, span: Span) -> Span | None:
    """`nach einer Einschätzung, die der NIS im Juni vorlegte`, `according to an estimate
    that the NIS gave lawmakers`: the subject of a relative clause right after a phrase
    ending in an information noun."""
    k = span[1]
    if v.lows[k - 1] not in _FILLER:
        return None
    if k < len(v.toks) and v.toks[k][0] == ",":
        k += 1
    if k + 1 >= len(v.toks) or v.lows[k] not in _RELATIVE_PRONOUNS:
        return None
    np = _right_np(v, k + 1)
    ok = np is not None and v.cls[np[0]] != "pron" and _names_a_source(v, np)
    return np if ok else None


AGENT_REACH = 6  # tokens after a document's participle searched for `by`


def _agent_of_document(v: _View, span: Span) -> Span | None:
    """`according to a statement issued on Monday by HUR`: the agent after `by`, when the
    phrase is an information noun and a participle (the statement, issued … by X)."""
    if v.lang != "en":
        return None
    nouns = [k for k in range(*span) if v.lows[k] in _FILLER]
    if not nouns or nouns[-1] + 1 >= len(v.toks):
        return None
    part = nouns[-1] + 1
    if not v.lows[part].endswith("ed"):
        return None
    for k in range(part + 1, min(len(v.toks), part + 1 + AGENT_REACH)):
        if v.lows[k] == "by":
            return _right_np(v, k + 1)
        if v.cls[k] == "punct":
            return None
    return None


_OBJECT_PRONOUNS = _set("him her them ihm ihr ihnen")
_THIRD_PERSON_POSSESSIVE = _set("his her its their seiner ihrer seinen ihren seinem ihrem")


def _possessive_pronoun_noun(v: _View, i: int) -> bool:
    """`his reckoning`, `seiner Rechnung`, `her own guess`: a third-person possessive before
    an information noun."""
    if i + 1 >= len(v.toks):
        return False
    if v.lows[i] in ("dessen", "deren"):  # `nach dessen Erkenntnissen`: the body named before
        return v.lows[i + 1] in _FILLER
    k = i + 1 + int(v.lows[i + 1] in ("own", "eigenen", "eigene") and i + 2 < len(v.toks))
    return v.lows[i] in _THIRD_PERSON_POSSESSIVE and v.lows[k] in _RECKONING


_RECKONING = _set("reckoning calculation rechnung berechnung berechnungen befürchtung prognose "
                  "vermutung überzeugung erwartung guess estimate forecast prediction")


def _read_post(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`X zufolge`, `X's estimate` (the phrase ends before the cue / with the `'s` word)."""
    possessive = m.lastgroup == "poss"
    j = v.index_at(m.start()) + int(possessive)
    span = _left_np(v, j if possessive else _before_date_attribute(v, j))
    if span is None or v.cls[span[0]] == "pron":
        return None
    if possessive:  # `a steep rise from the agency's estimate`: the possessor is `the agency`
        span = (max(k for k in range(*span) if k == span[0] or v.cls[k] == "det"), span[1])
    cue_span = _possessive_cue(v.text, m.end()) if possessive else m.span()
    return _make(v, span, v.text[cue_span[0]:cue_span[1]], cue_span, lexicon)


_DATED = frozenset(("vom", "von", "aus", "from", "of"))


def _before_date_attribute(v: _View, j: int) -> int:
    """Where a phrase ends before its date attribute (`Den Angaben des Ministeriums vom
    Dienstag zufolge`, `vom 12. März zufolge`): else j."""
    k = j
    while k > 0 and (v.cls[k - 1] in ("time", "num") or v.lows[k - 1] == "." or (
            v.cls[k - 1] == "det" and k < j)):  # `aus dem Sommer`
        k -= 1
    if 0 < k < j and v.lows[k - 1] in _DATED and "time" in v.cls[k:j]:
        return k - 1
    return j


def _read_whose(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`the NIS, whose mid-January estimate of 3,000 …`, `eine Schätzung des Pentagons vom
    September, wonach …` (`nach der`, `der zufolge`): the phrase before the comma, without
    its date attribute."""
    comma = v.index_at(m.start()) - 1
    ok = comma > 0 and v.toks[comma][0] == ","
    span = _left_np(v, _before_date_attribute(v, comma)) if ok else None
    if span is None or v.cls[span[0]] == "pron":
        return None
    if m.group() not in ("wonach", "whose") and not any(  # `eine Schätzung X, nach der …`,
            v.lows[x] in _FILLER for x in range(*span)):  # not `…, nach der Sitzung`
        return None
    return _make(v, span, m.group(), m.span(), lexicon)


def _possessive_cue(text: str, end: int) -> Span:
    """`'s latest estimate`: from the apostrophe to the end of the noun."""
    tail = _POSSESSIVE_TAIL.match(text, end)
    return end - 2, tail.end() if tail is not None else end


def _read_so(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`«…», so X`."""
    span = _right_np(v, v.index_at(m.end()))
    if span is None:
        return None
    return _make(v, span, m.group(), m.span(), lexicon)


def _read_quoted(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`X quoted him as saying`, `X zitierte ihn mit den Worten`, `X was quoted by Y as
    saying`: the one quoted."""
    q = v.index_at(m.start())
    if q > 0 and v.lows[q - 1] in ("was", "were", "is", "been"):  # passive: the subject
        aux = q - 1 - int(q > 1 and v.lows[q - 1] == "been" and v.lows[q - 2] in ("has", "had"))
        span = _left_np(v, aux)
        return _make(v, span, m.group(), m.span(), lexicon) if span is not None else None
    i = v.index_at(m.end())
    one_word = i < len(v.toks) and v.lows[i] in ("her", "sie", "ihm")  # object pronouns
    span = (i, i + 1) if one_word else _right_np(v, i)
    if span is None:
        return None
    return _make(v, span, m.group(), m.span(), lexicon)


def _read_ref(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`demnach`, `it was said`: a cue naming nobody."""
    return _bare_reference(v, m.group(), m.span())


def _read_carried(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`remarks carried by KCNA`, `figures published by the Pentagon`: only a known name
    (`carried by Russian ships` names no source)."""
    span = _right_np(v, v.index_at(m.end()))
    if span is None or v.cls[span[0]] == "pron" or not _has_name(_span_text(v, span), lexicon):
        return None
    return _make(v, span, m.group(), m.span(), lexicon)


def _span_text(v: _View, span: Span) -> str:
    return v.text[v.toks[span[0]][1]:v.toks[span[1] - 1][2]]


_SOURCE_PREPS = _set("aus von vom in im bei seitens")


def _read_hiess(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`hieß es aus X`, `wie es aus X hieß`, `hieß es` (a reference)."""
    i = v.index_at(m.start())
    cue, cue_span = m.group(), m.span()
    n = len(v.toks)
    if v.lows[i].startswith("geh") and (opening := _source_opening(v, cue, cue_span, lexicon)):
        return opening  # `Aus Washington hatte es Ende Dezember geheißen`
    after = i + 1
    if after < n and v.lows[after] == "es":
        after += 1
    elif not (i > 0 and v.lows[i - 1] == "es"):
        return _hiess_source_before(v, i, cue, cue_span, lexicon)
    k = _skip_forward(v, after)
    if k < n and v.lows[k] in _SOURCE_PREPS:
        span = _right_np(v, k + 1)
        if span is not None:
            return _make(v, span, cue, cue_span, lexicon)
    return _hiess_source_before(v, i, cue, cue_span, lexicon)


def _read_rede(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`Beim Militärgeheimdienst war Anfang Januar von fast 4.000 Toten die Rede`, `Im
    Pentagon war von mehreren hundert die Rede`: the body the sentence opens with, else a
    reference (`Es war von 4.000 die Rede`)."""
    return (_source_opening(v, m.group(), m.span(), lexicon)
            or _bare_reference(v, m.group(), m.span()))


def _source_opening(
    v: _View, cue: str, cue_span: Span, lexicon: ClaimantLexicon
) -> _Cand | None:
    """The body a sentence, or its clause after a colon, opens with after a preposition of
    source (`Aus Kiew …`, `…: Aus dem Pentagon war von Hunderten die Rede`)."""
    at = v.index_at(cue_span[0])
    colon = next((x for x in range(at - 1, -1, -1) if v.toks[x][0] == ":"), -1)
    for k in dict.fromkeys((_skip_forward(v, colon + 1), _skip_forward(v, 0))):
        if k < len(v.toks) and v.lows[k] in _REDE_SOURCE_PREPS:
            span = _right_np(v, k + 1)
            if span is not None:
                return _make(v, span, cue, cue_span, lexicon)
    return None


_REDE_SOURCE_PREPS = _set("beim bei im in aus vom von seitens")


def _hiess_source_before(
    v: _View, i: int, cue: str, cue_span: Span, lexicon: ClaimantLexicon
) -> _Cand:
    """`Von der Nato hieß es`, `wie es aus Kiew hieß`: the source just before the verb."""
    left = _left_np(v, _skip_back(v, i))
    if left is not None and left[0] > 0 and v.lows[left[0] - 1] in _SOURCE_PREPS:
        cand = _make(v, left, cue, cue_span, lexicon)
        if cand is not None:
            return cand
    return _bare_reference(v, cue, cue_span)


def _read_verb(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    i = v.index_at(m.start())
    if i >= len(v.toks) or v.toks[i][1] != m.start():
        return None
    embedded = False
    aux = -1
    if v.lang == "de" and _fronted_participle(v, i):  # `Angekündigt hat das Sergej Schoigu`
        subject = _de_subject_after(v, i + 2)
        found = (subject, False) if subject is not None else None
    elif v.lang == "de":
        aux = _de_aux(v, i)
        if aux < 0:
            aux = _de_aux_across_apposition(v, i)
        found = _de_subject(v, i, aux, lexicon)
        embedded = aux >= 0 and v.lows[aux] in _SUBJUNCTIVE_AUX
    elif _en_noun_use(v, i) or _shown_content(v, i) or _reduced_passive(v, i):
        return None
    else:
        found = _en_subject(v, i)
    if found is None:
        found = _coordinated_subject(v, aux if aux >= 0 else i)
    if found is None or _negated(v, found[0]):
        return None
    span, subject_first = found
    if v.lows[i] in _SPEAK_OF:  # `sprach der Dienst von einer ersten Welle`: `von` is the
        span = (span[0], next((k for k in range(span[0] + 1, span[1] - 1)  # verb's
                               if v.lows[k] == "von" and _OF_WHAT.match(v.lows[k + 1])),
                              span[1]))
    cand = _make(v, span, m.group(), m.span(), lexicon)
    if cand is None:
        return None
    cand.negated = _verb_negated(v, i, aux)
    forward = subject_first and not _clause_ends(v, i + 1) and not (  # `X says … 4,000`,
        _object_relative(v, span[0]))  # not `the 15,000 troops that X estimates were sent`
    cand.embedded, cand.forward = embedded, forward
    if (cand.is_reference and not cand.pronoun) or (
            cand.group == "other" and _best_entity(cand.text, lexicon) is None):
        home = _fronted_place(v, lexicon)  # `In Moscow, Deputy Prime Minister X said`
        if home:
            cand.group, cand.is_reference = home, False
    return cand


def _fronted_participle(v: _View, i: int) -> bool:
    """A capitalised participle opening the clause before `hat das`/`hatte dies`: the speaker
    follows (`Angekündigt hat das Sergej Schoigu am Dienstag`)."""
    return v.toks[i][0][:1].isupper() and i + 2 < len(v.toks) and (
        v.lows[i + 1] in _FRONTING_AUX and v.lows[i + 2] in ("das", "dies"))


_FRONTING_AUX = _set("hat hatte haben hatten")
_AND = _set("und sowie and")
_SPEAK_OF = _set("sprach sprachen spricht sprechen spreche")  # `… von`: of what, not who
_OF_WHAT = re.compile(r"\d|ein|mehr|rund|etwa|über|knapp|bis|mindestens|tausend|hundert|"
                      r"zehntausend|einig|wenig|zahlreich")  # `von einer Welle`, `von 1.500`


def _coordinated_subject(v: _View, finite: int) -> tuple[Span, bool] | None:
    """`Schoigu reiste nach Pjöngjang und verkündete dort, …`, `In June Shoigu travelled to
    Pyongyang and announced that …`: a verb right after `und`/`and` shares the subject that
    opens the sentence (after an introductory time or place phrase in German verb-second)."""
    k = _skip_forward(v, finite - 1) if finite else 0
    if finite < 1 or v.lows[finite - 1] not in _AND or k != finite - 1:
        return None
    start = _skip_forward(v, 0)
    if v.cls[start] == "conn":  # `Im Juni reiste X`, `In June X`; not `In an interview, X`
        if start + 1 >= len(v.toks) or v.cls[start + 1] != "time":
            return None
        start = _skip_forward(v, start + 2)
    if 0 < start < len(v.toks) and v.toks[start][0] == ",":  # `On Saturday, Lavrov …`
        start = _skip_forward(v, start + 1)
    if v.lang == "de" and start and start < len(v.toks) and v.toks[start][0][0].islower():
        start = _skip_forward(v, start + 1)  # the finite verb of verb-second
    span = _right_np(v, start)
    if span is None or span[1] > finite or v.cls[span[0]] == "pron":
        return None
    if v.lang == "de":
        return _with_apposition_after(v, span), True
    end = next((x for x in range(span[0] + 1, span[1]) if v.toks[x][0][0].islower()
                and v.toks[x - 1][0][0].isupper()), span[1])  # `Shoigu travelled`: a verb
    return (span[0], end), True


_PASSIVE_PARTICIPLES = _set("published released issued compiled")


def _reduced_passive(v: _View, i: int) -> bool:
    """`…'s annual review, published on Tuesday`, `the estimates published in Seoul`: a
    participle after a comma or right after an information noun describes the noun before
    it; it is no verb whose subject precedes it."""
    if v.lows[i] not in _PASSIVE_PARTICIPLES or i == 0:
        return False
    return v.toks[i - 1][0] == "," or v.lows[i - 1] in _FILLER


_SHOW_VERBS = _set("show shows showed")
_EN_NOUN_VERBS = _set("reports estimates claims notes figures estimate claim report")


def _shown_content(v: _View, i: int) -> bool:
    """`a video, which shows an attack`: what a relative clause shows is no statement."""
    return v.lows[i] in _SHOW_VERBS and i > 0 and v.lows[i - 1] in _RELATIVE["en"]


def _en_noun_use(v: _View, i: int) -> bool:
    """`dismissed reports that …`, `the estimates of …`: a verb form used as a noun after an
    article, a preposition or a past participle."""
    if i == 0 or v.lows[i] not in _EN_NOUN_VERBS:
        return False
    before, c = v.lows[i - 1], v.cls[i - 1]
    if before in _NOUN_MODIFIERS or v.toks[i - 1][0].endswith(("'s", "’s")):
        return True  # `the agency's previous estimate`, `the administration's own estimate`
    return c in ("det", "conn") or (c == "mod" and before.endswith("ed"))


_NOUN_MODIFIERS = _set("own previous latest new official initial earlier first updated current "
                       "last revised public recent overall final casualty troop death")


def _fronted_place(v: _View, lexicon: ClaimantLexicon) -> str:
    """`In Moskau gab das Verteidigungsministerium bekannt`, `In Seoul, the ministry said`:
    the group of a place that opens the sentence, or ""."""
    if len(v.toks) < 3:
        return ""
    if v.lows[0] in ("in", "aus", "from") and v.cls[1] == "noun":
        return _place_group(v.toks[1][0], lexicon)
    if v.lows[0] not in _OPENING_PREPOSITIONS:
        return ""
    comma = next((k for k in range(min(len(v.toks), FRONTED_REACH)) if v.toks[k][0] == ","), 0)
    return next((group for k in range(1, comma - 1) if v.lows[k] == "in" and (
        group := _place_group(v.toks[k + 1][0], lexicon))), "")  # `At an audit in Seoul
    # yesterday, the country's spy agency said`


FRONTED_REACH = 12  # tokens of an opening phrase searched for its comma
_OPENING_PREPOSITIONS = _set("at during after before speaking")


def _verb_negated(v: _View, i: int, aux: int) -> bool:
    """`has never confirmed`, `did not say`, `hat nie bestätigt`, `bestätigte nicht, dass`:
    the reporting verb at token i is negated, so nobody claims anything with it."""
    if v.lang == "de":
        if v.lows[i] in _NEGATION_IN_CUE:  # `wäre nicht überrascht, wenn …`: a forecast
            return False
        between = range(aux + 1, i) if 0 <= aux < i else range(i + 1, min(i + 2, len(v.toks)))
        return any(v.lows[k] in _VERB_NEGATORS for k in between)
    if v.lows[i] in _NEGATION_IN_CUE:  # `would not be surprised if …`
        return False
    return any(v.lows[k] in _VERB_NEGATORS for k in range(max(0, i - 3), i))


# cues whose `nicht`/`not` is part of them: `wäre nicht überrascht`, `would not be surprised`
# (a forecast), `zweifelt nicht daran, dass …` (a belief)
_NEGATION_IN_CUE = _set("wäre wären would wouldn't wouldn’t zweifelt zweifeln zweifelte zweifelten")


def _negated(v: _View, span: Span) -> bool:
    """`neither country has acknowledged`, `kein Land bestätigte`: nobody claims anything."""
    return span[0] > 0 and v.lows[span[0] - 1] in _NEGATORS


def _object_relative(v: _View, start: int) -> bool:
    """The subject at `start` opens an English relative clause about the noun before it (`the
    15,000 troops that the NIS estimates have been sent`), not a reported clause (`said that`)."""
    if v.lang != "en" or start < 2 or v.lows[start - 1] not in ("that", "which"):
        return False
    before = v.lows[start - 2]  # not `at that point`, `said that`
    return (v.cls[start - 2] != "punct" and before not in _EN_VERB_WORDS
            and before not in _EN_PREPOSITIONS)


_EN_VERB_WORDS = _set(_EN_VERBS)


def _clause_ends(v: _View, j: int) -> bool:
    """Nothing but time phrases and adverbs between token j and the end of its clause (in
    English, a comma before a participle ends it too)."""
    k = _skip_forward(v, j)
    if k >= len(v.toks) or (v.cls[k] == "punct" and v.toks[k][0] in _CLAUSE_END):
        return True
    return (v.toks[k][0] == "," and k + 1 < len(v.toks) and v.lang == "en"  # `…, the official
            and v.lows[k + 1].endswith("ing") and v.toks[k + 1][0].islower())  # said, adding`


def _de_aux(v: _View, i: int) -> int:
    """The auxiliary of the verb at token i in its clause (`hatte … mitgeteilt`), or -1."""
    cs = v.clause_start(i, coordinators=False)
    aux = _AUX["de"]
    return next((k for k in range(i - 1, cs - 1, -1) if v.lows[k] in aux and v.cls[k] != "noun"),
                -1)


_PARTICIPLE = re.compile(r"(?:an|auf|aus|bekannt|mit|vor|zu|hinzu|ein|fest|dar)?ge\w+(?:t|en)")


def _elliptic_participle(v: _View, i: int, cs: int) -> bool:
    """A participle closing a main clause that has no auxiliary (a table cell or headline:
    `6.000 Pioniere angekündigt`): a passive with no speaker."""
    final = i + 1 >= len(v.toks) or v.cls[i + 1] == "punct"
    subordinate = cs > 0 and v.lows[cs - 1] in _SUBORDINATOR["de"]
    return final and not subordinate and i > cs and bool(_PARTICIPLE.fullmatch(v.lows[i]))


def _de_aux_across_apposition(v: _View, i: int) -> int:
    """The auxiliary of a verb-final participle cut off by an apposition (`hatte der Sekretär
    des Sicherheitsrats, Sergej Schoigu, … verkündet`): before its clause, past one or two
    commas but no stronger break, a quote or a subordinate clause; else -1."""
    if not v.lows[i].endswith(("t", "en")) or v.clause_start(i) == i:
        return -1  # `…, schätzt Oberst X`: a finite verb opening its clause
    if i + 1 < len(v.toks) and v.cls[i + 1] != "punct":
        return -1  # not verb-final
    commas = 0
    for k in range(i - 1, -1, -1):
        tok, low = v.toks[k][0], v.lows[k]
        if tok == ",":
            commas += 1
            if commas > 2:
                return -1
        elif tok in _STRONG_BREAKS or low in _SUBORDINATOR["de"] or v.quote_of(v.toks[k][1]) >= 0:
            return -1
        elif low in _AUX["de"] and v.cls[k] != "noun":
            return k if commas else -1
    return -1


_STRONG_BREAKS = frozenset(";:„“”»«\"()")


def _de_subject(
    v: _View, i: int, aux: int, lexicon: ClaimantLexicon
) -> tuple[Span, bool] | None:
    """The subject of a German reporting verb at token i (verb-second or verb-final), and
    whether it comes first (`Der Dienst sagte, …` rather than `…, sagte der Dienst`)."""
    cs = v.clause_start(aux if aux >= 0 else i)
    if aux < 0 and _elliptic_participle(v, i, cs):
        return None  # `| 6.000 Pioniere und Bauarbeiter angekündigt |`: announced, by nobody
    if aux >= 0 and v.lows[aux] in _PASSIVE_DE and v.lows[i] != "zitiert":
        agent = _passive_agent(v, aux, i)  # not `X wurde … zitiert`: X speaks
        if agent is None and v.lows[i] in _TOLD_PASSIVE_DE:  # `Die Abgeordneten wurden
            left = _left_np(v, _skip_back(v, aux))  # unterrichtet, dass …`: they pass it on
            told = left if left is not None and left[0] in (cs, _skip_forward(v, cs)) else (
                _de_subject_after(v, aux))
            return _flag(told, left is not None and told == left)
        return _flag(agent, False)
    if aux < 0 and i + 1 < len(v.toks) and v.lows[i + 1] in _PASSIVE_DE:
        return _flag(_passive_agent(v, cs - 1, i), False)  # `…, die vom NIS gemeldet wurde`
    if cs > 0 and v.lows[cs - 1] in _SUBORDINATOR["de"]:
        span = _nominative(v, _right_np(v, _skip_forward(v, cs)))
        return (span, False) if span is not None and span[1] <= i else None
    if _opens_relative_clause(v, cs):  # `Das Pentagon, das von 12.000 gesprochen hatte,`
        return _flag(_left_np(v, cs - 1), True)
    finite = aux if aux >= 0 else i
    if finite + 1 < len(v.toks) and v.lows[finite + 1] in ("er", "man") and finite > cs:
        return (finite + 1, finite + 2), False  # `Die Zahl der Toten hatte er … angegeben`
    left = _nominative(v, _with_coordinated(v, _left_np(v, _skip_back(v, finite))))
    if left is not None and (left[1] <= _skip_forward(v, cs) or (
            left[1] - left[0] == 1 and v.lows[left[0]] in _PRONOMINAL_ADVERBS)):
        left = None  # `Anfang des Monats hatte der Präsident …`, `Davor warnt der HUR`: no
        # subject
    if left is not None and left[0] in (cs, _skip_forward(v, cs)):  # `Auch die Nato hat`
        right = _de_subject_after(v, finite)
        if right is not None and _object_first(v, left, right, lexicon):
            return right, False  # `Die Verluste hatte der Generalstab … beziffert`
        return left, True
    head = _prefield_head(v, cs, finite, lexicon)
    if head is not None:  # `Oberst X von der Akademie in Wien hält das für plausibel`
        return head, True
    if cs == finite and cs > 0 and v.toks[cs - 1][0] == ",":
        before = _apposition(v, finite) or _relative_antecedent(v, cs - 1)
        if before is not None and not _DATE_WORDS.fullmatch(_span_text(v, before)):
            return before, True  # not `Schon damals, Mitte Jänner, hatte der Dienst …`
    return _flag(_de_subject_after(v, finite), False)


def _with_coordinated(v: _View, span: Span | None) -> Span | None:
    """`Die Zahl der Toten und Verwundeten`: a phrase with the ones coordinated before it."""
    while span is not None and span[0] > 1 and v.lows[span[0] - 1] in ("und", "oder"):
        more = _left_np(v, span[0] - 1)
        if more is None:
            break
        span = (more[0], span[1])
    return span


_POSTMODIFIER_PREPS = _set("von vom aus bei beim in im der des auf")


def _prefield_head(v: _View, cs: int, finite: int, lexicon: ClaimantLexicon) -> Span | None:
    """A speaker opening the clause before the finite verb, with prepositional phrases after
    it (`Oberst X von der Akademie in Wien hält …`): the whole field before the verb is the
    subject, its words up to the first preposition the speaker. Not an adverbial (`Am Montag
    sagte …`) nor a phrase that cannot speak (`Die Zahl der Toten bezifferte …`)."""
    start = _skip_forward(v, cs)
    cut = next((k for k in range(start + 1, finite)
                if v.cls[k] in ("conn", "stop") and v.lows[k] in _POSTMODIFIER_PREPS), -1)
    if cut < 0 or v.cls[start] not in ("noun", "det", "adj"):
        return None
    if any(v.cls[k] == "punct" for k in range(start, finite)):
        return None
    head = _nominative(v, (start, cut))
    if head is None or not any(_is_head(v, x) for x in range(start, cut)):
        return None
    if v.cls[start] == "det" and _mute(v, head, lexicon):
        return None
    return head


_DATIVE_PRONOUNS = _set("ihr ihm ihnen uns mir")
_ARTICLES_AND_POSSESSIVES = _set(
    "der die das den dem des ein eine einer eines sein seine seiner ihr ihre ihrer unser unsere")


def _de_subject_after(v: _View, finite: int) -> Span | None:
    """The subject right after the finite verb: `sagte der Minister`, `sagte dem Sender ein
    Offizier`, `so schätzte es der Geheimdienst`."""
    k = _skip_forward(v, finite + 1)
    if k < len(v.toks) and v.lows[k] in ("es", "sich"):  # `erinnert sich Oleh`
        k = _skip_forward(v, k + 1)
    elif k + 1 < len(v.toks) and v.lows[k] in _DATIVE_PRONOUNS and (
            v.lows[k + 1] in _ARTICLES_AND_POSSESSIVES):  # `schickte ihr der Bruder …`, not
        k = _skip_forward(v, k + 1)  # `hatte ihr Haus`
    right = _right_np(v, k)
    if right is not None and _nominative(v, right) is None:  # `sagte dem Sender ein Offizier`
        right = _right_np(v, _skip_forward(v, right[1]))
    return _with_apposition_after(v, _nominative(v, right))


def _with_apposition_after(v: _View, span: Span | None) -> Span | None:
    """`hatte der Sekretär des Sicherheitsrats, Sergej Schoigu, … angekündigt`, `erinnert
    sich Oleh, ein ukrainischer Zugführer.`: the subject with the apposition after it."""
    if span is None or span[1] >= len(v.toks) or v.toks[span[1]][0] != ",":
        return span
    nxt = _right_np(v, span[1] + 1)
    if nxt is None or v.cls[nxt[0]] == "pron":
        return span
    closed = nxt[1] >= len(v.toks) or v.toks[nxt[1]][0] in (",", ".", ";", ":")
    return (span[0], nxt[1]) if closed else span


def _opens_relative_clause(v: _View, cs: int) -> bool:
    """The clause at cs is `, der/die/das …` with a relative pronoun (not an article)."""
    return (
        cs > 1 and v.toks[cs - 1][0] == "," and v.lows[cs] in _RELATIVE[v.lang]
        and (v.cls[cs] != "det" or _core_forward(v, cs) < 0)
    )


def _object_first(v: _View, left: Span, right: Span, lexicon: ClaimantLexicon) -> bool:
    """`Die Verluste hatte der Generalstab beziffert`: the phrase before the verb cannot speak
    (an article and a plain noun) and the one after it can (a pronoun, a name, a role)."""
    core = _core_forward(v, left[0])  # `Die Zahl der nordkoreanischen Toten`: a figure head,
    figure = 0 < core < left[1] and v.lows[core - 1] in _FIGURE_HEADS  # whatever its genitive
    if not _opens_like_article(v, left) or not _mute(v, (left[0], core) if figure else left,
                                                       lexicon):
        return False
    if v.lows[right[0]] in _DATIVE_TOO and any(v.lows[x] in _RECIPIENT for x in range(*right)):
        return False  # `Die Gefangenen sagten der Zeitung`
    named_figure = figure or v.lows[left[1] - 1] in _FIGURE_HEADS  # `Diese Zahl nannte
    return v.cls[right[0]] == "pron" or (  # Pentagon-Sprecherin Sabrina Singh`: a name will do
        right[0] < right[1] and not _mute(v, right, lexicon) and (
            v.cls[right[0]] == "det" or named_figure)
    )


_FIGURE_HEADS = _set("zahl anzahl gesamtzahl verluste opferzahl totenzahl bilanz stärke "
                     "truppenstärke umfang größe zahlen angaben truppen kampftruppen soldaten "
                     "toten opfer verwundeten gefallenen")


def _opens_like_article(v: _View, span: Span) -> bool:
    """The phrase opens with an article, or with a capitalised adjective at the sentence
    start (`Neue Zahlen nannte das Pentagon`): a plain noun phrase, not a name."""
    a, b = span
    if v.cls[a] == "det":
        return True
    return a == 0 and b - a >= 2 and v.lows[a].endswith(("e", "er", "en", "es", "em"))


def _mute(v: _View, span: Span, lexicon: ClaimantLexicon) -> bool:
    """No name, place or speaking role in the phrase (`die Verluste`, `die Zahl der Toten`)."""
    if _best_entity(_span_text(v, span), lexicon) is not None:
        return False
    a, b = span
    if any(all(v.cls[x] == "noun" for x in range(k, k + 3)) for k in range(a, b - 2)):
        return False  # `Die Militärhistorikerin Karin Albers (aus Thun)`: a role and a name
    return not any(
        v.cls[x] == "noun" and _DE_REF_HEAD.fullmatch(v.lows[x]) and v.lows[x] not in _FILLER
        for x in range(*span)
    )


def _flag(span: Span | None, subject_first: bool) -> tuple[Span, bool] | None:
    return (span, subject_first) if span is not None else None


def _nominative(v: _View, span: Span | None) -> Span | None:
    """Drop a German phrase that cannot be a subject (`dem Minister`, `den USA`)."""
    if span is None or v.lang != "de" or v.lows[span[0]] not in _NOT_NOMINATIVE:
        return span
    return None


def _passive_agent(v: _View, aux: int, i: int) -> Span | None:
    """`wurde vom Geheimdienst bestätigt`: the agent after von/durch, else nobody."""
    for k in range(aux + 1, i):
        if v.lows[k] in ("von", "vom", "durch"):
            span = _right_np(v, k + 1)
            return span if span is not None and span[1] <= i else None
    return None


def _en_subject(v: _View, i: int) -> tuple[Span, bool] | None:
    """The subject of an English reporting verb at token i (`X said`, `, said X`), and
    whether it comes first."""
    before = _skip_back(v, i)
    if v.lows[i].endswith("ing"):
        return _participle_subject(v, before)
    if before > 1 and v.lows[before - 1] in _RELATIVE["en"] and v.toks[before - 2][0] == ",":
        # `The Pentagon, which said …,`, `released by X in October, which said`
        return _flag(_left_np(v, _skip_back(v, before - 2)), True)
    if before > 0 and v.lows[before - 1] in _AUX["en"]:
        agent = _en_passive_agent(v, i)
        if agent is None and v.lows[i] in _TOLD_PASSIVE:  # `South Korean lawmakers had been
            return _flag(_left_np(v, _skip_back(v, _aux_start(v, before - 1))), True)  # told`
        return _flag(agent, False)
    if before > 0 and v.toks[before - 1][0] == ",":
        found = (_apposition(v, before) or _relative_antecedent(v, before - 1)
                 or _before_participle_aside(v, before - 1) or _before_opening_aside(v, before - 1))
        if found is not None:
            return found, True
    if (before == 0 or v.cls[before - 1] == "punct") and v.lows[i] in _EN_INVERTIBLE:
        right = _right_np(v, i + 1)
        if right is not None and _ends_inversion(v, right[1]):
            return right, False
    who = _who_antecedent(v, before)
    if who is not None:  # `Lawmakers who sat in on a briefing by the NIS said`
        return who, True
    left = _left_np(v, before)
    if left is None:
        return _flag(_before_reduced_relative(v, before), True)
    if v.toks[left[1] - 1][0].endswith(("'s", "’s")):
        return None  # `Russia's claims`: a noun, not a verb
    if left[0] > 0 and v.lows[left[0] - 1] in _EN_PREPOSITIONS:
        # `A post shared widely on X since Sunday says`, `the top U.S. commander on the
        # peninsula said`, else `citing intelligence reports`
        return _flag(_before_reduced_relative(v, left[0]) or _with_postmodifier(v, left), True)
    if left[0] > 1 and v.lows[left[0] - 1].endswith("ing") and v.cls[left[0] - 1] != "noun":
        head = _left_np(v, left[0] - 1)  # `a senior official briefing reporters described`
        if head is not None and v.cls[head[0]] != "pron" and _opens_clause(v, head[0]):
            return head, True
    while left[1] - left[0] > 1 and v.lows[left[1] - 1] in _PRE_VERB_ADVERBS:
        left = left[0], left[1] - 1  # `The agency last updated its count`
    return left, True


_PRE_VERB_ADVERBS = _set("last first later earlier again then once")


def _with_postmodifier(v: _View, tail: Span) -> Span | None:
    """`the top U.S. commander on the peninsula`: the phrase before the preposition opening
    its clause, with the prepositional phrase after it."""
    prep = tail[0] - 1
    if v.lows[prep] not in _POSTMODIFIER_PREPOSITIONS:
        return None
    head = _left_np(v, prep)
    if head is None or v.cls[head[0]] == "pron" or not _opens_clause(v, head[0]):
        return None
    return head[0], tail[1]


_POSTMODIFIER_PREPOSITIONS = _set("on in at of for from")


WHO_REACH = 20  # tokens from a `who` clause's pronoun to the verb it is the subject of


def _who_antecedent(v: _View, j: int) -> Span | None:
    """`Lawmakers who attended a session with the NIS said`: the phrase before an unpunctuated
    `who`/`that` clause that runs up to the verb at token j, when it opens the clause."""
    for k in range(j - 1, max(0, j - WHO_REACH), -1):
        if v.cls[k] == "punct":
            return None
        if v.lows[k] in ("who", "that") and k > 0 and v.cls[k - 1] != "punct":
            span = _left_np(v, k)
            if span is None or v.clause_start(span[0], coordinators=False) != span[0]:
                return None
            return span
    return None


def _before_reduced_relative(v: _View, j: int) -> Span | None:
    """The noun phrase opening the clause before a participle that modifies it (`A post
    shared widely on X …`), for a verb whose nearer phrase follows a preposition."""
    for k in range(j - 1, 0, -1):
        if v.lows[k].endswith("ed") and v.cls[k] != "noun":
            np = _left_np(v, k)
            ok = np is not None and np[0] == _skip_forward(v, v.clause_start(k))
            return np if ok else None
    return None


_TOLD_PASSIVE = _set("told briefed informed")  # the passive's subject heard it and passes it on
_TOLD_PASSIVE_DE = _set("unterrichtet informiert gebrieft")


def _aux_start(v: _View, k: int) -> int:
    """The first of the auxiliaries ending at token k (`had been`, `were`)."""
    while k > 0 and v.lows[k - 1] in _AUX["en"]:
        k -= 1
    return k


def _en_passive_agent(v: _View, i: int, reach: int = 6) -> Span | None:
    """`was confirmed by X`, `were put at 4,000 by the general staff` (a source, not `by the
    end of the year`): the agent of a passive reporting verb at token i, or None."""
    n = len(v.toks)
    for k in range(i + 1, min(i + 1 + reach, n - 1)):
        if v.is_boundary(k):
            return None
        if v.lows[k] == "by":
            span = _right_np(v, k + 1)
            ok = span is not None and (k == i + 1 or _names_a_source(v, span))
            return span if ok else None
    return None


def _names_a_source(v: _View, span: Span) -> bool:
    """A generic role (`the general staff`) or a capitalised name (`Ukraine's military`)."""
    return _is_generic(v, *span) or any(_capitalised_noun(v.toks, v.cls, x) for x in range(*span))


def _participle_subject(v: _View, k: int) -> tuple[Span, bool] | None:
    """`Rodong Sinmun was hailing …`, `a commentary in Rodong Sinmun on Sunday, hailing …`:
    the phrase before the -ing cue at token k (past an auxiliary, a comma, a time)."""
    if k > 0 and v.lows[k - 1] in _AUX["en"]:
        return _flag(_left_np(v, _skip_back(v, k - 1)), True)
    if k > 0 and v.toks[k - 1][0] == ",":
        k = _skip_back(v, k - 1)
    if k and 0 <= _first_cue(v.text, v.lang) < v.toks[k - 1][2]:
        return None  # `X said this week, adding …`: the earlier cue speaks for the sentence
    left = _left_np(v, k)
    if left is None or _DATE_WORDS.fullmatch(_span_text(v, left)):
        # `X, the agency's chief, went further in late June, saying …`
        return _flag(_opening_np(v, k), True)
    if left[0] > 0 and v.lows[left[0] - 1] in _EN_PREPOSITIONS:
        # `X went further in Brussels yesterday, telling …`: a place is not the speaker
        return _flag(_opening_np(v, left[0] - 1), True)
    if left[0] > 0 and v.cls[left[0]] == "det" and (
            v.lows[left[0] - 1].endswith("ed") or v.lows[left[0] - 1] in _IRREGULAR_PAST):
        # `X raised the alarm last Friday, saying …`: an object is not the speaker; the
        # phrase before its verb is
        subject = _left_np(v, left[0] - 1)
        ok = subject is not None and subject[0] == _skip_forward(v, v.clause_start(subject[0]))
        return _flag(subject if ok else None, True)
    if any(v.lows[x] in _COPULAS for x in range(max(0, left[0] - 2), left[0])):
        # `A commentary in Rodong Sinmun … was less coy, hailing …`: the sentence's subject
        return _flag(_opening_np(v, left[0]), True)
    return _flag(left, True)


_IRREGULAR_PAST = _set("went gave took made struck set put drew held kept got found broke")
_COPULAS = _set("was were is are be been being seemed seems became becomes remained remains")


def _opening_np(v: _View, k: int) -> Span | None:
    """The phrase opening the sentence up to its first punctuation (`A commentary in the
    party newspaper Rodong Sinmun,`), when it is a noun phrase ending before token k."""
    start = _skip_forward(v, 0)
    np = _right_np(v, start)
    if np is None or np[1] > k:
        return None
    end = next((x for x in range(np[1], k) if v.cls[x] == "punct"), k)
    if any(v.cls[x] == "stop" and v.lows[x] not in _EN_PREPOSITIONS for x in range(np[1], end)):
        return np  # `the agency went further, telling …`: a verb ends the phrase
    return (start, end) if end - start <= HEADLINE_LABEL_TOKENS else np


def _ends_inversion(v: _View, j: int) -> bool:
    """`…, said the NIS.` / `said X on Monday` / `said X in a statement`, not `said X would`."""
    k = _skip_forward(v, j)
    return k >= len(v.toks) or v.cls[k] == "punct" or v.lows[k] in _AFTER_INVERSION


_ASIDE_PREPOSITIONS = _set(  # what opens an aside between subject and verb
    "in at during after before on speaking by for however meanwhile though too also instead "
    "likewise separately similarly moreover meanwhile nevertheless still known called dubbed "
    "led as"
)


def _before_participle_aside(v: _View, comma: int, reach: int = 16) -> Span | None:
    """`Western officials, speaking on condition of anonymity, put …`, `The white paper,
    released last month, estimates …`, `X, in an interview with state television, said …`:
    the noun phrase before a participle or prepositional phrase set off by commas (`comma` is
    the closing one)."""
    for k in range(comma - 1, max(0, comma - reach), -1):
        if v.toks[k][0] != ",":
            continue
        first = v.lows[k + 1] if k + 1 < comma else ""
        participle = first.endswith(("ing", "ed")) and v.cls[k + 1] != "noun"  # `released
        if participle or first in _ASIDE_PREPOSITIONS:  # last month`, `, in an interview with X,`
            return _left_np(v, k)
        return None
    return None


def _before_opening_aside(v: _View, comma: int, reach: int = 16) -> Span | None:
    """`Members of the intelligence committee, fresh from a session with the NIS, said …`:
    the phrase opening the sentence before an aside set off by commas (`comma` is the
    closing one)."""
    k = next((x for x in range(comma - 1, max(0, comma - reach), -1) if v.toks[x][0] == ","), -1)
    if k <= 0:
        return None
    np = _left_np(v, k - 1 if _place_adverb_after_noun(v, k - 1) else k)  # `The agency there,`
    return np if np is not None and np[0] == _skip_forward(v, 0) else None


def _apposition(v: _View, j: int) -> Span | None:
    """`Sabrina Singh, a Pentagon spokeswoman, said`: name and title between commas.

    An apposition describing an organisation (`the ISW, a Washington think tank,`, `38 North,
    a website that tracks Pyongyang,`) says where it sits, not whom it speaks for: the name
    alone is the claimant."""
    if j < 2 or v.toks[j - 1][0] != ",":
        return None
    title = _left_np(v, j - 1)
    if title is not None and title[0] >= 2 and v.toks[title[0] - 1][0] == ",":
        comma = title[0] - 1
    else:  # `a US envoy who visited Seoul`: the description up to its relative clause
        comma = _described_by(v, j - 1)
        if comma < 0:  # `Sicherheitsexperte an der Militärakademie der ETH Zürich`
            comma = _title_with_phrases(v, j - 1)
        first = comma + 1
        while 0 <= comma and first < j - 1 and v.lows[first] in _TITLE_TIMES:
            first += 1  # `, einst Verteidigungsminister,`
        title = _right_np(v, first) if comma >= 0 else None
        if title is None:
            return None
    if comma > 2 and v.toks[comma - 2][0] == "," and _AGE_NUMBER.fullmatch(v.toks[comma - 1][0]):
        comma -= 2  # `Vasyl Bondar, 58, a mechanic who fixes engines, reckons`: the name
    name = _left_np(v, comma)
    if name is None or v.clause_start(name[0]) != name[0] or v.cls[name[0]] == "pron":
        return title if title[1] == j - 1 else None  # `…, John Kirby, hatte … gesagt`
    if _ORGANISATION.search(v.text, v.toks[comma][2], v.toks[j - 1][1]):
        return name
    return name[0], title[1]


TITLE_TOKENS = 16  # tokens of a title with prepositional phrases between two commas


def _title_with_phrases(v: _View, comma: int) -> int:
    """The comma before a title that runs on in prepositional phrases up to `comma`
    (`, Sicherheitsexperte an der Militärakademie der ETH Zürich,`), or -1."""
    for k in range(comma - 1, max(-1, comma - TITLE_TOKENS), -1):
        if v.toks[k][0] == ",":
            first = k + 1
            ok = first < comma and (v.cls[first] in ("noun", "det", "adj") or (
                v.lows[first] in _TITLE_TIMES))  # `, einst Verteidigungsminister und heute …,`
            return k if ok and all(v.cls[x] != "stop" or v.lows[x] in _TITLE_LINKS
                                   for x in range(first, comma)) else -1
        if v.cls[k] == "punct":
            return -1
    return -1


_TITLE_TIMES = _set("einst heute früher ehemals zuletzt inzwischen once now formerly later "
                    "onetime one-time")
_TITLE_LINKS = _set("an am im in bei beim von vom für at of for in with und and his her its their "
                    "seines seiner ihres ihrer") | _TITLE_TIMES
_ORGANISATION = re.compile(
    r"(?i)(?<!\w)(?:think[- ]?tanks?|\w*(?:website|webseite|internetseite|blog|group|gruppe|"
    r"organi[sz]ation|institut|institute|project|projekt|initiative|foundation|stiftung|"
    r"university|universität|universitaet|cent(?:er|re)|zentrum|outlet|newspaper|zeitung|"
    r"tabloid|magazine?|publication|platform|plattform|portal|network|netzwerk|monitor|"
    r"denkfabrik|consultancy|firm|firma|company|unternehmen|ngo)s?)(?!\w)"
)


def _described_by(v: _View, comma: int, reach: int = 25) -> int:
    """`X, a website that tracks Y, said`: the comma opening a description that starts with an
    article and ends at `comma`, or -1."""
    for k in range(comma - 1, max(comma - reach, 0), -1):
        tok = v.toks[k][0]
        if tok in _CLAUSE_END or tok in _QUOTE_CHARS or tok in ("–", "—"):
            return -1
        if tok == ",":
            return k if v.cls[k + 1] == "det" else -1
    return -1


_AGE_NUMBER = re.compile(r"[1-9]\d")  # an age in apposition (`X, 41, who …`)


def _relative_antecedent(v: _View, comma: int, reach: int = 30) -> Span | None:
    """`The NIS, which confirmed the capture, said`: the phrase before the relative clause."""
    relatives = _RELATIVE[v.lang]
    for k in range(comma - 1, max(comma - reach, 0), -1):
        tok = v.toks[k][0]
        if tok in _CLAUSE_END:
            return None
        if tok == "," and k + 1 < comma and v.lows[k + 1] in relatives:
            if k > 2 and v.toks[k - 2][0] == "," and _AGE_NUMBER.fullmatch(v.toks[k - 1][0]):
                k -= 2  # `Defector Kang Chol-ho, 41, who served …, said`: the name
            span = _left_np(v, k)
            ok = span is not None and _opens_clause(v, span[0])
            return span if ok else None
    return None


def _opens_clause(v: _View, start: int) -> bool:
    """Token `start` opens its clause, or follows only a time phrase (`On Monday a senior
    official, who …, said`, `Am Montag sagte ein Offizier, der …`)."""
    cs = v.clause_start(start)
    return all(v.cls[k] == "time" or v.lows[k] in _TIME_PRE for k in range(cs, start))


def _read_headlines(v: _View, lexicon: ClaimantLexicon) -> list[_Cand]:
    """`Pentagon: 10,000 troops`, `USA (31. Oktober): 8.000 Soldaten`, `… – Seoul: 4.700 Opfer`:
    a short source name opening the sentence or a dash-separated part of it, before a colon."""
    out: list[_Cand] = []
    if ":" not in v.text:
        return out
    start = 0
    for k, tok in enumerate(v.toks):
        if tok[0] in _SEGMENT_BREAKS:
            start = k + 1
        elif tok[0] == ":":
            cand = _headline_at(v, start, k, lexicon)
            if cand is not None:
                out.append(cand)
            start = k + 1
    return out


HEADLINE_LABEL_TOKENS = 14  # `HUR, Ukraine's military intelligence, Thursday:` at most


def _headline_at(v: _View, start: int, colon: int, lexicon: ClaimantLexicon) -> _Cand | None:
    if start + 2 < colon and v.toks[start][0] == "[" and v.toks[start + 2][0] == "]":
        start += 3  # a footnote's number: `[6] NATO, background briefing, 5 February:`
    elif start + 1 < colon and v.toks[start][0].isdigit() and len(v.toks[start][0]) <= 2 and (
            v.toks[start + 1][0] in (".", ")")):
        start += 2  # a list item's number: `1. Seoul: Kim hält rund 10.000 Soldaten …`
    span = _right_np(v, start)
    if span is None or v.cls[start] == "pron" or sum(
            v.cls[x] != "punct" for x in range(*span)) > 5:
        return None
    end = colon if _bracket_before(v, span[1], colon) else span[1]
    if end != colon and _labelled_entry(v, span, end, colon, lexicon):
        end = colon  # `Special Operations Forces (SSO), Wednesday night: Posted …`
    if end != colon or any(v.lows[x] in _HEADLINE_RUBRICS for x in range(*span)):
        return None
    head = next(x for x in range(span[1] - 1, span[0] - 1, -1) if v.cls[x] != "punct")
    if not _headline_head(v, head, lexicon):
        return None
    cand = _make(v, span, "headline", v.toks[colon][1:], lexicon)
    if cand is None or (cand.group == lexicon.subject_group and not _has_name(cand.text, lexicon)):
        return None
    after = v.text[v.toks[colon][2]:v.toks[colon][2] + DATELINE_PEEK]
    if start == 0 and _DATELINE.fullmatch(cand.text) and not _has_name(cand.text, lexicon) and (
            after != after.upper()):  # `SEOUL: Around 10,000 troops …, the US said`: a
        return None  # dateline (not an upper-case headline's source: `SEOUL: TAUSENDE …`)
    cand.forward = True
    return cand


DATELINE_PEEK = 20  # characters after a dateline's colon read for lower case
_DATELINE = re.compile(r"[A-ZÄÖÜ]{4,}(?:[ /-][A-ZÄÖÜ]{2,})*")  # `SEOUL`, `SEOUL/KYIV`
_TRAILING_SOURCE = re.compile(r"\s[-–—]\s+[^-–—\s][^-–—]{0,40}$")
TRAILING_SOURCE_WORDS = 4  # a headline's trailing source: `… troops in Russia - U.S.`


def _trailing_source(v: _View, lexicon: ClaimantLexicon) -> _Cand | None:
    """`Up to 12,000 North Korean troops in Russia - U.S.`, `… in Kursk – Kiew`: a known
    source after a dash that ends a headline speaks for it."""
    n = len(v.toks)
    end = n - 1 if n and v.toks[-1][0] in (".", "!", "?") else n
    dash = next((k for k in range(end - 1, max(-1, end - TRAILING_SOURCE_WORDS - 2), -1)
                 if v.toks[k][0] in "-–—"), -1)
    if dash < 1:
        return None
    span = _right_np(v, dash + 1)
    if span is None or span[1] < end or v.cls[dash + 1] == "pron":
        return None
    if _best_entity(_span_text(v, span), lexicon) is None:
        return None
    cand = _make(v, span, "headline", v.toks[dash][1:], lexicon)
    if cand is None or cand.group in ("other", lexicon.subject_group, "unattributed"):
        return None
    return cand


def _labelled_entry(v: _View, span: Span, end: int, colon: int, lexicon: ClaimantLexicon) -> bool:
    """A known source, then a comma and a few words (its title, a time, a place) before the
    colon of an entry label: `HUR, Ukraine's military intelligence, Thursday:`."""
    if colon - span[0] > HEADLINE_LABEL_TOKENS:
        return False
    if _bracket_before(v, span[1], end) or v.toks[end][0] == "(":
        close = next((k for k in range(end, colon) if v.toks[k][0] == ")"), -1)
        end = close + 1 if close > 0 else end
    if end >= colon or v.toks[end][0] != ",":
        return False
    entity = _best_entity(_span_text(v, span), lexicon)  # a name: `Moscow, Tuesday:` is a dateline
    return entity is not None and entity.level == 0 and entity.group not in (
        "other", lexicon.subject_group)


def _bracket_before(v: _View, k: int, colon: int) -> bool:
    """`USA (31. Oktober):` — a short bracket between the name and the colon."""
    return v.toks[k][0] == "(" and v.toks[colon - 1][0] == ")" and colon - k <= 7


def _headline_head(v: _View, i: int, lexicon: ClaimantLexicon) -> bool:
    """The prefix's head word is a source: a known name, a role noun or (en) a name.

    `Ukraine-Krieg:` and `Ukraine war:` name a topic, not a speaker."""
    word = re.split(r"[-‐]", v.toks[i][0])[-1]
    if _best_entity(word, lexicon) is not None or word.isupper():
        return True
    low = word.lower()
    if v.lang == "de":
        return _DE_REF_HEAD.fullmatch(low) is not None
    return low in _EN_REF_WORDS or (word[0].isupper() and low not in _HEADLINE_RUBRICS)


def _has_name(text: str, lexicon: ClaimantLexicon) -> bool:
    entity = _best_entity(text, lexicon)
    return entity is not None and entity.level == 0


def _read_reads(v: _View, m: re.Match[str], lexicon: ClaimantLexicon) -> _Cand | None:
    """`"…," reads the caption on one post`: the phrase after the verb."""
    span = _right_np(v, v.index_at(m.end()))
    if span is None:
        return None
    return _make(v, span, m.group(), m.span(), lexicon)


_READERS = {
    "prep2": _read_prep,
    "reads": _read_reads,
    "prep": _read_prep,
    "post": _read_post,
    "poss": _read_post,
    "whose": _read_whose,
    "so": _read_so,
    "quoted": _read_quoted,
    "ref": _read_ref,
    "itsaid": _read_ref,
    "carried": _read_carried,
    "hiess": _read_hiess,
    "rede": _read_rede,
    "verb": _read_verb,
}


# --------------------------------------------------------------------------- choice

def _distance(c: _Cand, span: Span) -> int:
    return max(c.lo - span[1], span[0] - c.hi, 0)


def _strong_boundaries(text: str, c: _Cand, span: Span) -> int:
    a, b = (c.hi, span[0]) if c.hi <= span[0] else (span[1], c.lo)
    return sum(text.count(ch, a, b) for ch in ";–—") if a < b else 0


def _choose(v: _View, cands: Sequence[_Cand], target: Span | None) -> _Cand:
    """The candidate governing the figure: outside its quote, a source over a relay and over
    a cue in reported speech, then the nearest (or, with no figure, the first named)."""
    if len(cands) == 1:  # nothing to choose from
        return _resolve_cited(cands[0], cands)
    tq = v.quote_of(target[0]) if target is not None else -1
    pool = [c for c in cands if c.quote == -1] or [c for c in cands if c.quote == tq] or cands
    if target is not None:  # not a cue inside a relative clause the figure stands outside
        inner = [c for c in pool if _in_closed_relative(v.text, c.cue_start, target[0])]
        pool = [c for c in pool if c not in inner] or pool
    sources = [c for c in pool if not c.relay]
    best_pool = sources or pool
    if target is None:
        best = min(best_pool, key=lambda c: (c.embedded, c.is_reference, c.lo))
    else:
        anchor = v.quotes[tq] if tq >= 0 else target
        best = min(best_pool, key=lambda c: (
            c.embedded, c.forward and c.lo >= anchor[1], _strong_boundaries(v.text, c, anchor),
            _distance(c, anchor), c.lo,
        ))
    return _resolve_cited(best, pool)


_CLOSED_RELATIVE = re.compile(
    r",\s+(?:which|who|der|die|das|welche[rs]?)\b[^,;:]*,(?!\s*(?:dass|that|ob|wonach)\b)")
# `, which adds up what X reported,` (not `, der bestätigt hatte, dass …`: that goes on)


def _in_closed_relative(text: str, at: int, target: int) -> bool:
    """Position `at` lies in a relative clause closed by a comma, and `target` outside it."""
    for m in _CLOSED_RELATIVE.finditer(text):
        if m.start() < at < m.end() and not m.start() < target < m.end():
            return True
    return False


_CITING = frozenset({"unter berufung auf", "citing", "quoting"})


def _resolve_cited(best: _Cand, pool: Sequence[_Cand]) -> _Cand:
    """A generic source cited by someone named: `Selenskyj … unter Berufung auf
    Geheimdienstinformationen` is Selenskyj; `Yonhap … citing the military` is the military
    of Yonhap's country."""
    if not best.is_reference or best.pronoun or not best.text:
        return best
    if " ".join(best.cue.lower().split()) in _CITING:
        citers = [c for c in pool if c is not best and not c.is_reference and not c.relay]
        if citers:
            return min(citers, key=lambda c: abs(c.lo - best.lo))
    home = next((c.home for c in pool if c.relay and c.home), "")
    return replace(best, group=home, is_reference=False) if home else best


# --------------------------------------------------------------------------- public API

def find_claimant(
    sentence: str, lang: str, topic: ClaimantLexicon, target: Span | None = None
) -> Claimant | None:
    """Who makes the claim in `sentence` (about the figure at char span `target`), or None."""
    lang = lang if lang in _CUE_RE else "en"
    if lang == "en" and (cased := _title_cased(sentence)) is not None:  # `KYIV WARNS OF …`
        found = find_claimant(cased, lang, topic, target)
        return found._replace(text=sentence[found.start:found.end]) if found else None
    analysed = _analyse(sentence, lang, topic)
    if analysed is None:
        return _acting_subject(sentence, lang, topic, target)
    v, cands = analysed
    if target is not None:
        cands = tuple(c for c in cands if not c.negated)
        if not cands:
            return None
        cands = tuple(c for c in cands if not _conceded_after(v.text, c, target)) or cands
    best = _choose(v, cands, target)
    if (best.relay or _CITING_WORD.fullmatch(best.cue) and best.group in (
            "other", "unattributed")) and (  # `Die Zeitung zitiert den NIS, der …`
            cited := _cited_by_relay(sentence, best, topic)) is not None:
        return cited
    if target is not None and (cut := _fresh_clause_after(v, best, target)) >= 0:
        return _acting_subject(sentence[:cut], lang, topic, target)
    if target is not None and (cut := _own_clause_before(v, best, target)) >= 0 and (
            actor := _acting_subject(sentence[cut:], lang, topic,
                                     (target[0] - cut, target[1] - cut), True)) is not None:
        return actor._replace(start=actor.start + cut, end=actor.end + cut)
    return best.claimant()


_CONCESSIVE = re.compile(r"(?i)\b(?:obwohl|obgleich|obschon|wenngleich|although|though|"
                         r"whereas|wohingegen)\b")


def _conceded_after(text: str, cand: _Cand, target: Span) -> bool:
    """The cue stands in a concessive clause after the figure (`…, obwohl Moskau das Gebiet
    für befreit erklärt hat`, `…, although Moscow has declared …`): no speaker of it."""
    return cand.lo >= target[1] and _CONCESSIVE.search(text, target[1], cand.lo) is not None


def _own_clause_before(v: _View, best: _Cand, target: Span) -> int:
    """Where the figure's own clause starts after a dash (`Seoul zählt 300 Tote – Kiew
    verhört zwei Gefangene`) when the chosen speaker stands in the clause before it, with no
    reported speech in the figure's clause (else -1): whom that clause opens with may act."""
    if best.hi > target[0] or v.quote_of(target[0]) >= 0:
        return -1
    last = None
    for m in _DASH_ONLY.finditer(v.text, best.hi, target[0]):
        last = m
    if last is None or is_reported_speech(v.text[last.end():], v.lang):
        return -1
    return last.end()


_DASH_ONLY = re.compile(r"\s[–—-]\s+")


CITED_REACH = 60  # characters from `citing` to the name of the body cited
_CITING_WORD = re.compile(r"\b(?:citing|quoting|quotes|quoted|unter Berufung auf|"
                          r"mit Verweis auf|zitiert|zitierte|zitieren)\b")


def _cited_by_relay(sentence: str, best: _Cand, lexicon: ClaimantLexicon) -> Claimant | None:
    """`Yonhap, citing a report the Joint Chiefs of Staff sent to parliament, said …`: a
    medium relaying a body it names after `citing` passes on that body's claim."""
    m = _CITING_WORD.search(sentence)
    if m is None:
        return None
    named = first_named(sentence[m.end():m.end() + CITED_REACH], lexicon)
    if named is None or named.group in ("other", "unattributed"):
        return None
    return named._replace(start=named.start + m.end(), end=named.end + m.end(),
                          cue=best.cue, cue_start=best.cue_start, cue_end=best.cue_end)


_CLAUSE_DASH = re.compile(r"\s[–—-]\s+|;\s+")  # `Kiew verhört zwei Gefangene – Seoul nennt …`


def _fresh_clause_after(v: _View, best: _Cand, target: Span) -> int:
    """Where a clause after the figure's starts (`– `, `; `) when the chosen speaker opens it
    with a cue of its own (`Zwei Nordkoreaner gefangen – Seoul nennt hohe Verluste`,
    `Pyongyang praises thousands; Seoul says …`): the speaker claims what follows, not the
    figure before (else -1). A back-reference (`– so sagte es X`, `– das teilte X mit`) and a
    figure in quotes (`„…“ – ein Oberst über …`) still take it."""
    if best.start < target[1] or best.cue_start < best.start or v.quote_of(target[0]) >= 0:
        return -1
    for m in _CLAUSE_DASH.finditer(v.text, target[1], best.start + 1):
        if m.end() == best.start or v.text[m.end():best.start].strip() in _ARTICLES_OPENING:
            return m.start()
    return -1


_ARTICLES_OPENING = frozenset({"der", "die", "das", "ein", "eine", "the", "a", "an", "Der",
                               "Die", "Ein", "Eine", "The", "A", "An"})


def sentence_claimants(sentence: str, lang: str, topic: ClaimantLexicon) -> list[Claimant]:
    """Every claimant a cue or headline in `sentence` names (in cue order)."""
    if lang == "en" and (cased := _title_cased(sentence)) is not None:  # German title case
        return [c._replace(text=sentence[c.start:c.end])  # would capitalise its verbs
                for c in sentence_claimants(cased, lang, topic)]
    analysed = _analyse(sentence, lang if lang in _CUE_RE else "en", topic)
    return [c.claimant() for c in analysed[1]] if analysed is not None else []


CAPITALS_SHARE = 0.8  # share of capital letters that makes a line an all-capital headline


@lru_cache(maxsize=2048)
def _title_cased(sentence: str) -> str | None:
    """An all-capital headline in title case, of the same length (its names and cues then
    read as in running text), or None for an ordinary sentence (memo for one article, see
    `forget_sentences`: every claimant question about a sentence asks it first)."""
    letters = sum(map(str.isalpha, sentence))
    if letters < 8 or sum(map(str.isupper, sentence)) < CAPITALS_SHARE * letters:
        return None
    cased = _WORD_RUN.sub(lambda m: m.group()[0] + m.group()[1:].lower(), sentence)
    return cased if len(cased) == len(sentence) else None


_WORD_RUN = re.compile(r"[^\W\d_]+")


def may_name_claimant(sentence: str, lang: str) -> bool:
    """A cheap test: without a reporting cue or a headline colon, `find_claimant(sentence,
    lang, topic)` (with no figure) is None."""
    return ": " in sentence or _first_cue(sentence, lang if lang in _CUE_RE else "en") >= 0


@lru_cache(maxsize=4096)
def _first_cue(sentence: str, lang: str) -> int:
    """Where the sentence's first reporting cue starts, -1 when it has none (memo for one
    article, see `forget_sentences`: the analysis and the continuation test both ask)."""
    m = _cue_regex(sentence, lang).search(sentence)
    return m.start() if m is not None else -1


_OPENING_WORDS = re.compile(  # the capitalised words opening a sentence (a cheap first test)
    r"[\W_]*(?:(?:On|In|At|Last|Late|Early|Earlier|Yesterday|Today|Am|Im|Gestern|Heute|Zuvor)"
    r"\b[^,;:.!?]{0,30},\s*)?(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Tt]he)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"((?:[A-ZÄÖÜ][\w'’.-]*\s*){1,6})"
)


def _acting_subject(
    sentence: str, lang: str, lexicon: ClaimantLexicon, target: Span | None,
    places: bool = False,
) -> Claimant | None:
    """`Zelensky offers to hand back TWO captured soldiers`, `VOLODYMYR Zelensky last night
    offered to return two …`: with no reporting cue, a known name (not of the claim's subject)
    opening the sentence as its subject speaks for a figure in its clause (cue "headline");
    with `places`, a country or capital standing for its government too (`Kiew verhört …`)."""
    if target is None or not _opens_with_a_name(sentence, lexicon, places):
        return None
    v = _view(sentence, lang)
    span = _opening_subject(v, lexicon)
    t = v.index_at(target[0])
    if span is None or span[1] > t or any(v.is_boundary(x) for x in range(span[1], t)):
        return None
    entity = _best_entity(_span_text(v, span), lexicon)
    if entity is None or not _can_act(entity, lexicon, places):
        return None
    s, e = _text_span(v, span)
    return Claimant(v.text[s:e], entity.group, s, e, "headline", False)


def _opens_with_a_name(sentence: str, lexicon: ClaimantLexicon, places: bool = False) -> bool:
    """The capitalised words opening the sentence hold a name that can claim (not a place
    unless `places`, not a medium, not of the claim's subject)."""
    m = _OPENING_WORDS.match(sentence)
    entity = _best_entity(m.group(1).rstrip(), lexicon) if m is not None else None
    return entity is not None and _can_act(entity, lexicon, places)


def _can_act(entity: _Entity, lexicon: ClaimantLexicon, places: bool = False) -> bool:
    if places and entity.level == 1:  # a country or capital for its government
        return entity.group not in ("other", lexicon.subject_group)
    return entity.level == 0 and not entity.media and entity.group != lexicon.subject_group


def _opening_subject(v: _View, lexicon: ClaimantLexicon) -> Span | None:
    """The name phrase opening the sentence (after a time phrase): `VOLODYMYR Zelensky`,
    `Der ukrainische Präsident Selenskyj`, `Pentagon officials`; None for a possessive."""
    n = len(v.toks)
    a = _skip_forward(v, 0)
    a += int(a < n and v.toks[a][0] == ",")
    k = a + int(a < n and v.cls[a] == "det")
    while k < n and v.cls[k] == "adj":
        k += 1
    j = k
    while j < n and _name_word(v, j):
        j += 1
    if j == k:
        return None
    if _title_case(v):  # `Zelensky Offers To …`: the name ends with the last known name
        names = lexicon.entities.finditer(v.text, v.toks[k][1], v.toks[j - 1][2])
        last = [m.end() for m in names if _entity_of(m, lexicon).level == 0]
        j = v.index_at(last[-1]) if last else j
    while v.lang == "en" and j < n and v.lows[j] in _EN_REF_WORDS:
        j += 1  # `Pentagon officials`
    if j == k or v.toks[j - 1][0].endswith(("'s", "’s")):
        return None
    return a, j


def _name_word(v: _View, j: int) -> bool:
    tok = v.toks[j][0]
    return v.cls[j] == "noun" and (tok[0].isupper() or v.lows[j] in _NAME_GLUE)


def _title_case(v: _View) -> bool:
    """Every word longer than three letters starts with a capital (`Zelensky Offers To …`)."""
    return not any(t[0][0].islower() for t in v.toks if len(t[0]) > 3 and t[0][0].isalpha())


def forget_sentences() -> None:
    """Empty the per-sentence memos (`_analyse`, `_first_cue`, `_title_cased`): called at
    each new article, so that they only save repeated work within an article. (Kept across
    articles they would also skip sentences that recur from article to article, as a
    templated benchmark corpus's do, and flatter its speed.)"""
    _analyse.cache_clear()
    _first_cue.cache_clear()
    _title_cased.cache_clear()


@lru_cache(maxsize=2048)
def _analyse(
    sentence: str, lang: str, topic: ClaimantLexicon
) -> tuple[_View, tuple[_Cand, ...]] | None:
    """The sentence's view and every cue's candidate, None when there are none (memo for one
    article, see `forget_sentences`: a sentence is asked about once per figure and again as
    context for its neighbours).

    A sentence with no reporting cue and no headline colon names nobody: it is not
    tokenised at all; else the cue scan goes on from the first cue found."""
    first = _first_cue(sentence, lang)
    trailing = _TRAILING_SOURCE.search(sentence) is not None
    if first < 0 and ": " not in sentence and not trailing:
        return None
    v = _view(sentence, lang)
    cues = _cue_candidates(v, topic, first) if first >= 0 else []
    _mark_reported_references(v.text, cues)
    cands = cues + _read_headlines(v, topic)
    if trailing and (tail := _trailing_source(v, topic)) is not None:
        cands.append(tail)
    return (v, tuple(cands)) if cands else None


_REPORTED_GAP = re.compile(r"\s*(?:that\s+|dass\s+)?")


def _mark_reported_references(text: str, cands: list[_Cand]) -> None:
    """A reference whose clause another speaker's cue reports (`The lawmakers said the agency
    expects …`) is embedded in what that speaker says (in place)."""
    for c in cands:
        if c.is_reference and any(
                o is not c and not o.is_reference and 0 <= o.cue_end <= c.start
                and _REPORTED_GAP.fullmatch(text, o.cue_end, c.start) for o in cands):
            c.embedded = True


def claimant_group(name: str, lang: str, topic: ClaimantLexicon) -> str:
    """The normalised group of any claimant string ("unattributed" for none or a reference)."""
    name = " ".join(name.split())
    if not name:
        return "unattributed"
    v = _view(name, lang if lang in _CUE_RE else "en")
    if not v.toks:
        return "unattributed"
    kind = _classify(v, (0, len(v.toks)), topic)
    return kind[0] if kind is not None else "unattributed"


_DE_HEADS = (
    r"[A-ZÄÖÜ]\w*(?:dienst|behörde|ministerium|regierung|sprecher|sprecherin|bericht|minister|"
    r"ministerin|präsident|präsidentin|beamte|vertreter|armee|militär|stab)"
)
_EN_HEADS = (
    r"(?:agency|ministry|report|statement|official|spokesman|spokeswoman|spokesperson|"
    r"department|service|military|army|government|office|president|minister|source)"
)


def _continuation_regex(lang: str) -> re.Pattern[str]:
    if lang == "de":
        verbs = _trie(_DE_VERBS)
        return re.compile(  # every marker starts a word
            r"(?<!\w)(?:[Dd](?:en|iesen)\s+Angaben\s+zufolge\b|[Dd]emnach\b"
            r"|^Danach\s+(?:sind|seien|ist|sei|hat|haben|habe|hätten|soll|sollen|stehen|"
            r"stünden)\b"
            r"|[Dd](?:em|iesem)\s+Bericht\s+zufolge\b|[Ll]aut\s+(?:dem\s+|diesem\s+)?Bericht\b"
            r"|[Nn]ach\s+(?:diesen|den|seinen|ihren)\s+Angaben\b"
            r"|[Ww]ie\s+es\s+(?:\w+\s+)?hie(?:ß|ss)\b|hie(?:ß|ss)\s+es\s+(?:weiter|zudem|ferner)\b"
            r"|[Ww]eiter\s+hie(?:ß|ss)\s+es\b"
            rf"|(?:[Ee]r|[Ss]ie)\s+{verbs}\b|{verbs}\s+(?:er|sie)\b"
            rf"|(?:[Dd]er|[Dd]ie|[Dd]as)\s+{_DE_HEADS}\s+(?:[a-zäöü]\w*\s+){{0,3}}?{verbs}\b"
            rf"|{verbs}\s+(?:der|die|das)\s+{_DE_HEADS}\b(?!\s+(?:des|der|in|aus)\b))"
        )
    verbs = _trie(_EN_VERBS)
    return re.compile(  # every marker starts a word
        r"(?<!\w)(?:[Aa]ccording\s+to\s+(?:the|this|that|these|those|its|his|her|their)\s+"
        r"(?:reports?|statements?|estimates?|assessment|agency|ministry|officials?|sources?|data|"
        r"figures|briefing)\b"
        rf"|(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+|further\s+|later\s+)?{verbs}\b"
        rf"|{verbs}\s+(?:he|she|they|it)\b"
        rf"|[Tt]he\s+{_EN_HEADS}\s+(?:also\s+|further\s+|later\s+)?{verbs}\b"
        rf"|{verbs}\s+the\s+{_EN_HEADS}\b(?!\s+(?:of|for|in)\b))"
    )


_CONTINUATION_RE = {lang: _continuation_regex(lang) for lang in ("de", "en")}
_AGENTLESS_PASSIVE = re.compile(  # `würden … erwartet.`: a cue word as the reported passive
    r"\b(?:würden|würde|werden|werde|wurden|wurde)\b"
    r"(?:(?!\b(?:von|vom|durch)\b)(?:[^,;:.!?]|(?<=\d)[.,](?=\d)))*"
    r"\b(?:erwartet|geschätzt|gemeldet|angegeben|genannt|beziffert|bestätigt|angekündigt)"
    r"\s*[.!?]?\s*$")


def _agentless_passive(sentence: str) -> bool:
    """The sentence's cue word is only its own passive with no agent (`Bis Sonntag würden dort
    2.600 Mann erwartet.`): no speaker of its own."""
    return _AGENTLESS_PASSIVE.search(sentence) is not None
_DE_REPORTED_SPEECH = re.compile(  # reportative `sollen` and Konjunktiv I/II of reported speech
    r"\b(?:soll|sollen|solle|sei|seien|habe|hätten|werde|könne|müsse|wolle|dürfe|gebe|gäbe|"
    r"befinde|befänden|liege|lägen|stehe|stünden|würden)\b"
)


_FIRST_PERSON = {  # a writer's own opinion outside quotes: `My own guess is that …`
    "en": re.compile(
        r"(?<![\w'’])(?:I(?:['’]m|\s+am)?\s+(?:\w+\s+)?(?:think|believe|expect|reckon|guess|"
        r"fear|suspect|estimate|figure|bet|doubt|sure|convinced)|[Mm]y\s+(?:own\s+)?(?:\w+\s+)?"
        r"(?:guess|estimate|reckoning|view|bet|count|feeling|sense|arithmetic)\s+is)\b"),
    "de": re.compile(
        r"(?<![\w'’])(?:[Ii]ch\s+(?:\w+\s+)?(?:glaube|denke|schätze|rechne|fürchte|vermute|erwarte|"
        r"gehe|bin\s+überzeugt|bin\s+sicher|tippe)|[Mm]eine?\s+(?:eigene\s+)?(?:Schätzung|"
        r"Vermutung|Einschätzung|Rechnung|Prognose)\s+(?:ist|lautet))\b"),
}


def first_person_claimant(sentence: str, lang: str, start: int) -> Claimant | None:
    """`My own guess is that more than 15,000 …`, `Ich rechne damit, dass …` outside quotes
    before the figure: the writer's (a letter's, a column's) own claim, a private person."""
    pattern = _FIRST_PERSON.get(lang)
    m = pattern.search(sentence, 0, start) if pattern is not None else None
    if m is None or any(a <= m.start() < b for a, b in _quotes(sentence)[0]):
        return None
    who = re.match(r"\w+", m.group()).group()  # `I` (of `I'm`), `My`, `Ich`: the writer
    return Claimant(who, "other", m.start(), m.start() + len(who), m.group(), False)


def is_reported_speech(text: str, lang: str) -> bool:
    """German reported speech (Konjunktiv, reportative `sollen`) outside quotes in `text`."""
    if lang != "de":
        return False
    quotes = _quotes(text)[0]
    return any(not any(a <= m.start() < b for a, b in quotes)
               for m in _DE_REPORTED_SPEECH.finditer(text))


def is_continuation(sentence: str, lang: str) -> bool:
    """The sentence continues an earlier report: `Demnach …`, `Den Angaben zufolge …`,
    `Er sagte …`, `the agency added`, or German reported speech without a cue of its own."""
    lang = lang if lang in _CONTINUATION_RE else "en"
    if _CONTINUATION_RE[lang].search(sentence):
        return True
    if lang != "de" or (_first_cue(sentence, "de") >= 0 and not _agentless_passive(sentence)):
        return False
    return is_reported_speech(sentence, lang)


_DE_HEARSAY = re.compile(  # `sollen … gefallen sein`, `soll … geschickt haben`, `sollen sich
    # … aufhalten`: reportative `sollen` with what is said to be or to have happened
    r"\b(?:soll|sollen)\b(?:\s+\S+){0,16}?\s+(?:sein|haben|stehen|liegen|kämpfen|befinden|"
    r"aufhalten|dienen)\W*$")
_DE_OTHER_SPEECH = re.compile(  # a Konjunktiv besides it: someone's reported speech
    r"\b(?:solle|sei|seien|habe|hätten|werde|könne|müsse|wolle|dürfe|gebe|gäbe|befinde|"
    r"befänden|liege|lägen|stehe|stünden)\b")


def is_hearsay(sentence: str, lang: str) -> bool:
    """`Insgesamt sollen rund 11.000 Soldaten verlegt worden sein.`: what is said to be so,
    by nobody in particular (reportative `sollen` and no other reported speech)."""
    return lang == "de" and _DE_HEARSAY.search(sentence) is not None and (
        _DE_OTHER_SPEECH.search(sentence) is None)
