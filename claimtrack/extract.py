"""One article in, its figures and claims out: a pure function, mappable over a cluster."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from claimtrack.article import Article
from claimtrack.attribution import Attributor
from claimtrack.claimants import forget_sentences, load_claimant_lexicon
from claimtrack.headline_sources import attribute_from_body
from claimtrack.increments import is_additional
from claimtrack.locations import find_location
from claimtrack.own_outlet import KIN_NOUNS, unattribute_own_counts
from claimtrack.quantities import Quantity, find_quantities, number_cues
from claimtrack.sentences import Sentence, normalise_space, split_sentences
from claimtrack.status import classify_status, place_anaphor_status
from claimtrack.subject import (
    Noun,
    belongs_to_other_force,
    counted_noun,
    has_foreign_owner,
    in_excluded_context,
    is_appositive_number,
    is_mixed_total,
    mentions_subject,
    noun_phrase_owner,
)
from claimtrack.topic import LanguageLexicon, Topic

FIGURE_KINDS = frozenset({"count", "money", "percent", "measure"})  # kinds kept in `figures`
CLAIM_KINDS = frozenset({"count"})
_COMPARISON = re.compile(
    r"\b(?:up|down) from\s*$|\bcompared (?:with|to)\s*$|\bgegenüber\s*$|\bnach zuvor\s*$|"
    r"\bvon zuvor\s*$|\bfrom\s*$",
    re.IGNORECASE,
)
CONTEXT_SENTENCES = 3  # earlier sentences that can make a bare troop noun about the subject
LEAD_SENTENCES = 3  # headline and lead: name the subject of the whole article
ELLIPTIC_MIN = 50  # smallest figure read as troops when it has no noun (ages, page numbers)


@dataclass
class ArticleRows:
    figures: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)


class _Found(NamedTuple):
    sentence_index: int
    quantity: Quantity
    noun: Noun | None
    is_claim: bool


def extract_article(article: Article, topic: Topic) -> ArticleRows:
    """Every figure of the article, and the claims among them, as table rows."""
    forget_sentences()  # per-sentence memos serve one article only
    _evidence.cache_clear()
    lex = topic.lexicon(article.language)
    sentences = split_sentences(article.clean.text, article.language)
    cues = number_cues(article.clean.text, article.language)
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    about_subject = _about_subject([s.text for s in sentences], lex)
    found: list[_Found] = []
    for i, word_starts in cues.spans_with_cues(starts, ends):
        found += _figures_in(sentences, i, article, topic, word_starts, about_subject, found)
    rows = ArticleRows()
    attributor: Attributor | None = None
    claim_sentences: list[int] = []
    naming: set[int] = set()  # claims a headline names by their source: `… and Seoul's 600`
    for f in found:
        figure = _figure_row(article, sentences[f.sentence_index], f)
        rows.figures.append(figure)
        if f.is_claim:
            if attributor is None:
                claimants = load_claimant_lexicon(topic.raw)
                attributor = Attributor(sentences, article.language, article.published, claimants,
                                        article.outlet)
            if _names_a_source(sentences, f):
                naming.add(len(rows.claims))
            rows.claims.append(_claim_row(article, sentences, f, topic, lex, attributor, figure))
            claim_sentences.append(f.sentence_index)
    attribute_from_body(rows.claims, claim_sentences, LEAD_SENTENCES, naming)
    unattribute_own_counts(rows.claims, article.outlet)
    return rows


def _names_a_source(sentences: list[Sentence], f: _Found) -> bool:
    """A headline or lead figure after a source's possessive (`Seoul's 600`, `Kyiv's warning
    of 6,000 more`): the figure that source gives in the body."""
    return f.sentence_index < LEAD_SENTENCES and _after_source_possessive(
        sentences[f.sentence_index].text, f.quantity.start)


def _figures_in(
    sentences: list[Sentence], index: int, article: Article, topic: Topic,
    word_starts: list[int], about_subject: bool, earlier: list[_Found],
) -> list[_Found]:
    """The figures of sentence `index`; `about_subject`: the article names the subject;
    `earlier`: the figures of the sentences before."""
    s, lex, topic_max = sentences[index], topic.lexicon(article.language), topic.max_claim_value
    out: list[_Found] = []
    for q in find_quantities(s.text, article.language, word_starts):
        if q.kind not in FIGURE_KINDS:
            continue
        noun = counted_noun(s.text, q.end, article.language, lex)
        claim = q.kind in CLAIM_KINDS and _is_claim(sentences, index, q, noun, lex, topic_max,
                                                     about_subject)
        if claim and noun is None and _compares_with(s.text, q.start, out):
            claim = False  # `12,000 laborers …, up from about 1,000`
        if claim and (noun is None or noun.is_pronoun) and _continues_other_count(
                out, s.text, q) and not _after_source_possessive(s.text, q.start):
            claim = False  # `4.600 Geflüchtete …, in ganz Mecklenburg-Vorpommern knapp 24.000`
            # (not `412 walkers, one day of fog and Seoul's 600`: a source's own count)
        if claim and _part_of_other(s.text, q.end, out):
            claim = False  # `61.000 Menschen aus der Ukraine, gut 9.000 davon in Dresden`
        if claim and _small_part(s.text, q, noun) and not _whole_before(out, earlier, index):
            claim = False  # `North Korean troops are in Kursk. In Sumy, 12 were killed …`
        out.append(_Found(index, q, noun, claim))
    return out


def _small_part(text: str, q: Quantity, noun: Noun | None) -> bool:
    """A small count with no noun and no `of them` (`… and six had surrendered`): a part
    of troops only where a count of them comes before."""
    return noun is None and not _large_or_vague(q) and _OF_THEM.match(text, q.end) is None


def _whole_before(before: list[_Found], earlier: list[_Found], index: int) -> bool:
    """A claim counting troops earlier in the sentence or in the sentence before (`about a
    hundred North Koreans had moved in, and that six had surrendered`): the whole a small
    part is of."""
    return any(f.is_claim for f in _counts(before)) or any(
        f.is_claim and f.sentence_index == index - 1 for f in _counts(earlier[-WHOLE_REACH:]))


WHOLE_REACH = 8  # figures before the sentence searched for the whole a small count is part of


_PARTITIVE_AFTER = re.compile(r"\s+(?:davon|von ihnen|of them|of those)\b", re.IGNORECASE)


def _part_of_other(text: str, end: int, before: list[_Found]) -> bool:
    """`X, gut 9.000 davon`, `…, 9,000 of them`: a part of the count before in the sentence,
    which is no claim or counts something other than troops (not a count in an adverbial)."""
    counts = _counts(before)
    if not counts or not _PARTITIVE_AFTER.match(text, end) or _adverbial(text, counts[-1]):
        return False
    if not counts[-1].is_claim:  # `The Philippines sent 7,420 soldiers …; 112 of them …`
        return True
    return _counts_something_else(counts[-1])


def _continues_other_count(before: list[_Found], text: str, q: Quantity) -> bool:
    """`rund 4.600 Geflüchtete …, in ganz Mecklenburg-Vorpommern sind es knapp 24.000`: a
    figure without a noun after a count of something else in the sentence counts the same
    (but `neun von ihnen` after `In drei Nächten`, a time, counts the troops named before)."""
    counts = _counts(before)
    if not counts or not _counts_something_else(counts[-1]):
        return False
    return not (_OF_THEM.match(text, q.end) and _adverbial(text, counts[-1]))


def _adverbial(text: str, f: _Found) -> bool:
    """The count is a stretch of time or ground in an adverbial (`In drei Nächten`), not the
    whole that a later `von ihnen` takes its part of."""
    return f.noun is not None and _SPAN_NOUN.match(f.noun.text) is not None and (
        _AFTER_PREPOSITION.search(text, 0, f.quantity.start) is not None)


def _counts(found: list[_Found]) -> list[_Found]:
    """The counts (figures of a claim kind) among the figures found so far."""
    return [f for f in found if f.quantity.kind in CLAIM_KINDS]


def _counts_something_else(f: _Found) -> bool:
    """The figure has a noun of its own, and it is neither troops nor a pronoun."""
    return f.noun is not None and not f.noun.is_troop and not f.noun.is_pronoun


def _compares_with(text: str, start: int, before: list[_Found]) -> bool:
    """`12,000 laborers …, up from about 1,000`: a figure without a noun compared with the
    figure before it counts the same thing, here not troops."""
    if not before or before[-1].noun is None or before[-1].noun.is_troop:
        return False
    return _COMPARISON.search(text, max(0, start - 20), start) is not None


def _is_claim(
    sentences: list[Sentence],
    index: int,
    q: Quantity,
    noun: Noun | None,
    lex: LanguageLexicon,
    topic_max: float,
    about_subject: bool,
) -> bool:
    text = sentences[index].text
    context = [s.text for s in sentences[max(0, index - CONTEXT_SENTENCES):index]]
    if noun is not None and not noun.is_troop and not noun.is_pronoun:
        return False
    if q.value is not None and q.value != int(q.value):
        return False  # `UKW 104,8`, `293.5 to the dollar`: people are counted in whole numbers
    owner = noun_phrase_owner(text, q.start, q.end, noun, lex)
    if owner == "other":
        return False
    if noun is None and (is_appositive_number(text, q.start, q.end) or _persons_age(text, q)):
        return False  # an age: `said Harmon, now 93, over coffee`, `My father is 60 and …`
    elliptic = noun is None or noun.is_pronoun
    if elliptic and owner != "subject" and not _stands_for_troops(text, context, q, noun, lex) and (
            not _reported_in_headline(sentences, index, q, noun, lex, about_subject)):
        return False
    if noun is None and (_glued(text, q.start, q.end) or _LABEL_BEFORE.search(
            text, max(0, q.start - LABEL_REACH), q.start)):
        return False  # ids: `4.200-mal`, `keeps her furniture in unit 114`
    if _RATIO_BEFORE.search(text, max(0, q.start - 12), q.start):
        return False  # `one in three of the men`: a share, not a count
    clause_end = _STRONG_BREAK.search(text, q.end)
    if lex.excluded_predicate.search(text, q.end, clause_end.start() if clause_end else len(text)):
        return False  # `34.000 Nordkoreaner sind … in den Süden geflohen`
    end = noun.end if noun else q.end
    if _too_large(q, topic_max) or in_excluded_context(text, q.start, end, lex.excluded_context):
        return False
    if is_mixed_total(text, _phrase_end(text, end), lex) and not lex.subject.search(
            text, max(0, q.start - MIXED_TOTAL_REACH), q.start):
        return False  # not `North Korea sent 15,000 troops, including … North Korean …`
    if owner == "subject":
        return True
    if has_foreign_owner(text, q.start, lex) and not (noun is None and _OF_THEM.match(
            text, q.end) and lex.subject.search(text, 0, q.start)):
        return False  # (`… North Koreans …, and Ukrainian troops had taken nine of them
        # prisoner`: `them` are the troops named before, not the force taking them)
    if _LONG_AGO.search(text) is not None and not lex.subject.search(text):
        return False  # `Von den rund 21'000 Mann, die im September 1799 …`: history
    if noun is not None and lex.owned_troop_noun.fullmatch(noun.text) and (
            not lex.subject.search(text)):
        return False  # `Zwölf Freiwillige strichen den Saal`: the town's own
    # `„… drüben einige hundert Koreaner …“, erzählt W.`: troops no other force owns, in an
    # article that names the subject somewhere, before or after
    return about_subject


_PERSON_IS = re.compile(  # a person and a copula right before a figure: `My father is 60`
    rf"(?i)\b(?:he|she|I|er|sie|ich|{KIN_NOUNS})\s+(?:is|was|turns|turned|will be|"
    r"ist|war|wird|wurde)\s+(?:now\s+|jetzt\s+|inzwischen\s+|erst\s+|only\s+|just\s+|"
    r"almost\s+|fast\s+|nearly\s+)?$")
AGE_MAX = 120  # a figure up to this after `My father is` is an age


def _persons_age(text: str, q: Quantity) -> bool:
    """`My father is 60 and still drives`, `Ihr Sohn ist erst 19`: a person's age."""
    figure = _figure(q)
    return figure is not None and figure <= AGE_MAX and _PERSON_IS.search(
        text, max(0, q.start - 40), q.start) is not None


_LONG_AGO = re.compile(  # a year before 1950 named as a date: `im September 1799`, `the year 1916`
    r"\b(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|January|February|March|May|June|July|October|December|Jahre?|year|"
    r"anno|[Ii]n)\s+1(?:[0-8]\d\d|9[0-4]\d)\b(?![.,'’]\d)")


def _reported_in_headline(sentences: list[Sentence], index: int, q: Quantity,
                          noun: Noun | None, lex: LanguageLexicon, about_subject: bool) -> bool:
    """`Seoul says 10,000 still in Kursk`, `Kiew zählt 3.000 an der Grenze`: a large bare
    figure a headline reports (a reporting verb right before it), in an article whose lead
    names the subject, counts its troops."""
    if index >= LEAD_SENTENCES or (noun is not None and not noun.is_pronoun) or (
            not _large_or_vague(q)):  # (`6,000 more`)
        return False
    if not _HEADLINE_REPORT.search(sentences[index].text, max(0, q.start - REPORT_REACH),
                                   q.start):
        return False
    if about_subject and _after_source_possessive(sentences[index].text, q.start):
        return True  # `Pilot notes: smoke over the icefield and Seoul's warning of 6,000 more`
        # over a newsletter whose lead is about something else
    return mentions_subject([s.text for s in sentences[:LEAD_SENTENCES + 1]], lex)


REPORT_REACH = 30  # characters before a headline figure searched for its reporting words
_SOURCE_POSSESSIVE = re.compile(  # `Seoul's 600`, `Kyiv's warning of 6,000 more`
    r"[A-Z][\w-]*['’]s\s+(?:(?:warning|count|tally|figure|estimate)\s+of\s+)?$")


def _after_source_possessive(text: str, start: int) -> bool:
    """The figure at `start` follows a source's possessive (`… and Seoul's 600`)."""
    return _SOURCE_POSSESSIVE.search(text, max(0, start - REPORT_REACH), start) is not None


_HEADLINE_REPORT = re.compile(  # a reporting verb right before the figure, or a source's
    r"\b(?:says|say|counts|count|sees|puts|estimates|zählt|meldet|sieht|nennt|schätzt)\s+$"
    r"|" + _SOURCE_POSSESSIVE.pattern)


def _about_subject(texts: Sequence[str], lex: LanguageLexicon) -> bool:
    """The text names the subject somewhere: its unowned troop figures are the subject's."""
    return any(lex.subject.search(t) for t in texts)


def _stands_for_troops(
    text: str, context: list[str], q: Quantity, noun: Noun | None, lex: LanguageLexicon
) -> bool:
    """A figure with no noun of its own (`bis zu 10.000 werden`, `1.000 von ihnen`,
    `17 others`) stands for troops named in the sentence or the two before (else in the
    third before), or for their number (`the number could rise to 15,000`) — unless the
    troops named there are all another force's (`Die russischen Verluste … seien es 1180`)."""
    if noun is None and not _large_or_vague(q):  # (an age was ruled out before)
        if _OF_THEM.match(text, q.end) is not None:
            return _of_the_troops_before(text, context, q, lex)
        return _casualty_predicate(text, q, lex)  # (a part of troops counted just before it:
        # `_whole_before`)
    if _large_dispatch(q, text) and lex.subject.search(
            text, max(0, q.start - SENDING_REACH), q.start):  # `expects Pyongyang to send
        return True  # 3,000 to 6,000 more`, whatever other forces the sentences before name
    # (whose troops they are is read in the whole sentence: `Der ukrainische Generalstab hat
    # die Verluste der Nordkoreaner auf 4.000 beziffert` reports them, owns none)
    near = [*((t, t) for t in context[-2:]), (text[:q.start], text)]
    for before in (near, [(t, t) for t in context[-3:-2]]):  # the nearest first
        mentions = [(whole, m.start()) for t, whole in before for m in _troop_mentions(t, lex)]
        if mentions:
            return any(not belongs_to_other_force(t, pos, lex) for t, pos in mentions) or (
                _large_dispatch(q, text) and _about_subject((text, *context), lex))
    if next(_troop_mentions(text, lex), None) is not None or _counts_number(text, lex):
        return True
    if bool(context) and _counts_number(context[-1], lex):
        return True
    return _large_dispatch(q, text)  # `“I would expect another 10,000 to follow by spring.”`


def _troop_mentions(text: str, lex: LanguageLexicon) -> Iterator[re.Match[str]]:
    """The troop nouns in `text` a figure without a noun may stand for (not `volunteers`,
    who are the subject's only where it is named with them)."""
    return (m for m in lex.troop_noun.finditer(text)
            if not lex.owned_troop_noun.fullmatch(m.group()))


_OF_THEM = re.compile(r"\s+(?:of\s+them|von\s+ihnen)\b", re.IGNORECASE)
_YEARS_BEFORE = re.compile(r"(?i)\b(?:years|jahre|jahren|months|monate|monaten)\b[^.;:]{0,60}$")
_SPAN_NOUN = re.compile(  # a stretch of time or ground
    r"(?i)(?:nächte|nacht|tag|woche|monat|stunde|minute|night|day|week|month|hour|"
    r"kilometer|km\b|meter|metre|mile)")
_AFTER_PREPOSITION = re.compile(  # `In drei Nächten …`: a count inside an adverbial
    r"(?i)\b(?:in|im|innerhalb|binnen|nach|seit|vor|von|within|for|after|over)\s+"
    r"(?:(?:kaum|knapp|nur|etwa|rund|gut|only|about|just)\s+)?$")


def _of_the_troops_before(text: str, context: list[str], q: Quantity,
                          lex: LanguageLexicon) -> bool:
    """`about forty North Korean sappers …, and three of them were killed`, `Die Nordkoreaner
    griffen an. Sieben von ihnen …`: a small count `of them` is of the subject's troops when
    its sentence names them before it, or else the sentence before does (not `spent 22 years
    in the Army, three of them at Camp Casey`: that continues another count)."""
    before = text[:q.start]
    if _YEARS_BEFORE.search(before):
        return False  # `who spent 22 years as an analyst, 11 of them at Offutt`
    if lex.subject.search(before):
        return True
    return bool(context) and lex.subject.search(context[-1]) is not None


_CLAUSE_END = re.compile(r"[,;:.!?()\[\]«»„“”\"–—]|\s(?:and|und|but|aber|while|während)\s")
_VERB_BEFORE = re.compile(r"\S+\s+$")


def _casualty_predicate(text: str, q: Quantity, lex: LanguageLexicon) -> bool:
    """`… North Koreans …, and six had surrendered`, `drei hätten sich ergeben`, `his battery
    killed three`: a small bare count is the subject (or object) of a casualty predicate in
    its clause (a part of troops counted before it: see `_whole_before`)."""
    cue = lex.casualty_cue
    if cue is None:
        return False
    stop = _CLAUSE_END.search(text, q.end)
    if cue.search(text, q.end, stop.start() if stop else len(text)):
        return True
    verb = _VERB_BEFORE.search(text, max(0, q.start - 30), q.start)
    return verb is not None and cue.match(verb.group()) is not None


SENT_MIN = 1000  # smallest figure without a noun a sending verb alone makes troops
_SENDING = re.compile(
    r"\b(?:send|sends|sent|sending|follow|follows|arrive|arrives|dispatch\w*|deploy\w*|"
    r"go|goes|going|gone|rotat\w*|heading|"
    r"schick\w*|entsend\w*|entsandt\w*|folgen|folgt|nachkommen|nachschicken|kommen|"
    r"gegangen|verleg\w*)\b",
    re.IGNORECASE)


def _large_dispatch(q: Quantity, text: str) -> bool:
    """A thousand or more (or thousands) with no noun, in a clause that sends them: troops,
    in an article about the subject (checked by the caller)."""
    figure = _figure(q)
    if figure is not None and figure < SENT_MIN:
        return False
    end = _STRONG_BREAK.search(text, q.end)
    stop = end.start() if end else len(text)
    return _SENDING.search(text, max(0, q.start - SENDING_REACH), stop) is not None


SENDING_REACH = 60  # characters before the figure searched for a sending verb


_OF_NOUN = re.compile(r"\s+(?:of|der|an)\s+(?:the\s+|den\s+)?([\w-]+)")


def _counts_number(text: str, lex: LanguageLexicon) -> bool:
    """A number noun in `text` that is not the number of something else (`the number of
    people and organisations sanctioned`)."""
    for m in lex.number_word.finditer(text):
        of = _OF_NOUN.match(text, m.end())
        if of is None or lex.troop_noun.match(of.group(1)) or lex.subject.match(of.group(1)):
            return True
    return False


_VERB_PARTICLE = re.compile(r"\s+(?:teil|an|mit|auf|zusammen|hinzu)\b")


def _phrase_end(text: str, end: int) -> int:
    """After a German verb particle that closes the clause (`11.500 Soldaten teil, …`)."""
    m = _VERB_PARTICLE.match(text, end)
    return m.end() if m is not None else end


_STRONG_BREAK = re.compile(r"[;:–—]")
MIXED_TOTAL_REACH = 60  # characters before a total searched for the subject that owns it
_RATIO_BEFORE = re.compile(r"(?i:\b(?:one|1) (?:in|out of))\s+$")
_SIZE_COMPOUND = re.compile(r"[-–](?:strong|man|member|mann|köpfig)\b", re.IGNORECASE)


LABEL_REACH = 25  # characters before a figure searched for a noun it numbers
_LABEL_BEFORE = re.compile(  # a singular noun a figure numbers (`unit 114`), or cents
    r"(?i)\b(?:unit|room|locker|slip|stall|booth|apartment|apt\.|suite|lot|pier|dock|gate|"
    r"platform|bus|route|flight|exit|page|box|highway|zimmer|raum|gleis|linie|stellplatz|"
    r"halle|tor|wohnung|seite|kabine|bojenplatz|liegeplatz)\s+(?:no\.\s*|nr\.\s*|#\s*)?$"
    r"|\d\s+(?:Franken|Fr\.|Euro|Schilling|dollars?|pounds?)\s+$"  # `19 Franken 50`: cents
    r"|\d[ \u00a0]$")  # `035844 7 12 90`: the last group of a phone number


def _glued(text: str, start: int, end: int) -> bool:
    """A number glued to a word or number by a hyphen: `4.200-mal`, `1950-53`, ids."""
    after = text[end:end + 2]
    before = text[max(0, start - 2):start]
    if _SIZE_COMPOUND.match(text, end):
        return False  # `a 3,000-strong force`, `a 1,500-man contingent`
    return (after[:1] in "-–" and after[1:2].isalnum()) or (
        before[1:2] in "-–" and before[:1].isalnum()
    )


def _too_large(q: Quantity, limit: float) -> bool:
    figure = max((v for v in (q.value, q.low, q.high) if v is not None), default=0.0)
    return figure > limit


def _figure(q: Quantity) -> float | None:
    """The figure's value, else its upper or lower bound (None for a vague figure)."""
    return q.value if q.value is not None else q.high if q.high is not None else q.low


def _large_or_vague(q: Quantity) -> bool:
    figure = _figure(q)
    return figure is None or figure >= ELLIPTIC_MIN


@lru_cache(maxsize=256)
def _evidence(sentence: str) -> str:
    """The evidence-sentence form (white space folded), computed once per sentence of an
    article (emptied for each article)."""
    return normalise_space(sentence)


def _figure_row(article: Article, s: Sentence, f: _Found) -> dict:
    """The `figures` row of one figure (the claim row starts from it)."""
    q = f.quantity
    start, end = article.clean.raw_span(s.start + q.start, s.start + q.end)
    return {
        "article_id": article.article_id,
        "start": start,
        "end": end,
        "quantity_text": article.raw[start:end],
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier,
        "noun": f.noun.text if f.noun else None,
        "sentence": _evidence(s.text),
        "is_claim": f.is_claim,
    }


def _claim_row(
    article: Article,
    sentences: list[Sentence],
    f: _Found,
    topic: Topic,
    lex: LanguageLexicon,
    attributor: Attributor,
    figure: dict,
) -> dict:
    """The `claims` row: the figure's row plus what, who and when."""
    s = sentences[f.sentence_index]
    q = f.quantity
    who = attributor.attribute(f.sentence_index, q.start, q.end)
    noun_start = f.noun.start if f.noun else None
    row = {k: v for k, v in figure.items() if k != "is_claim"}
    return row | {
        "claim_id": f"{article.article_id}:{figure['start']}",
        "language": article.language,
        "published": article.published,
        "additional": is_additional(s.text, q.start, q.end, noun_start, lex),
        "status": _status(sentences, f, lex, topic.default_status),
        "claimant": who.claimant or None,
        "claimant_group": who.claimant_group,
        "claim_date": who.claim_date,
        "claim_date_precision": who.precision,
        "location": find_location(s.text, topic.places),
        "claim_date_text": who.date_text or None,
    }


ANAPHOR_SENTENCES = 2  # sentences before a claim searched for the place `dort`/`there` means


def _status(sentences: list[Sentence], f: _Found, lex: LanguageLexicon, default: str) -> str:
    """What the figure counts: its sentence's cues, else the place a `dort`/`there` in its
    clause points back at."""
    s, q = sentences[f.sentence_index], f.quantity
    status = classify_status(s.text, q.start, q.end, lex, default,
                             f.noun.start if f.noun else None)
    if status != default:
        return status
    before = " ".join(b.text for b in sentences[max(0, f.sentence_index - ANAPHOR_SENTENCES):
                                                 f.sentence_index])
    return place_anaphor_status(s.text, q.start, q.end, before, lex) or status
