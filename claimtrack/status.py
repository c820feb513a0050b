"""What a claim figure counts.

In order:
1. a cue inside the figure's noun phrase (`11.000 nach Russland entsandte Soldaten`);
2. the whole of a partitive (`ein Teil der 10.000 nach Russland entsandten Soldaten sei
   an der Front`, `a portion of the 11,000 soldiers sent to Russia …`): the first cue
   after the figure in its clause, its own noun phrase before the predicate about the part;
3. a `planned` cue before the figure in its clause (`could send 100,000 soldiers to
   fight`, `Nordkorea wird … 1000 Minenräumer nach Kursk entsenden`), or a verb-final
   modal closing the clause (`dass bis zu 15.000 an der Front stehen könnten`);
4. the highest-ranked status (topic-file order: casualties, near_front, planned,
   in_russia) with a cue in the figure's clause — the stretch between clause
   breaks (`,` outside numbers, `;`, `:`, dashes, brackets, and joiners such as `and
   that`) — so `8,000 soldiers have moved to the Kursk border region and are expected to
   join` is near the front; a clause without a cue takes in a relative clause about its
   noun (`1.000 Pioniere, die in Kursk Minen räumen sollen`);
5. the cue nearest to the figure anywhere in the sentence; else the topic default.
A modal with a perfect infinitive in the clause (`might have sent`, `könnten … gebracht
worden sein`) guesses at the past: `planned` is left out of 3–5.
A cue inside an infinitive of purpose (`sent 11,000 soldiers to fight`) or right after a
purpose word (`to replace the dead`) does not count in 4 and 5.
"""

from __future__ import annotations

import re

from claimtrack.topic import LanguageLexicon, StatusGrammar

PURPOSE_WINDOW = 25  # characters around a cue searched for a purpose word
PURPOSE_REACH = 70  # characters before a cue searched for a purpose word with no break between
_BREAK_IN = re.compile(r"[,;:()–—]")
PARTITIVE_WINDOW = 60  # characters before a figure searched for a partitive (`a part of the`)
INFINITIVE_WINDOW = 40  # characters around a cue searched for an infinitive of purpose
# `[;:()\[\]–—]|,(?!\d)|\s-\s`, led by the class of the first characters, so that `re` skips
# ahead to one quickly; the lookbehinds tell which alternative the character starts
_CLAUSE_BREAK = re.compile(r"[;:()\[\]–—,\s](?:(?<=[;:()\[\]–—])|(?<=,)(?!\d)|(?<=\s)-\s)")


def classify_status(
    sentence: str,
    start: int,
    end: int,
    lex: LanguageLexicon,
    default: str,
    noun_start: int | None = None,
) -> str:
    """The status of the figure at `[start, end)` of `sentence` (its noun at `noun_start`)."""
    if noun_start is not None and noun_start > end:
        noun = _WORD.match(sentence, noun_start)  # the noun in view: `combat(?! troops)`
        if _counts_casualties(sentence, noun_start, lex):
            return "casualties"  # `mit mehreren tausend Toten rechnen`: a plan of deaths
        inside = _first_cue(sentence, end, noun_start, lex, noun.end() if noun else noun_start
                            ) or _participle_after(sentence, noun_start, lex)
        if inside:
            return inside
    grammar = lex.status_grammar
    lo, hi = clause_bounds(sentence, start, end, grammar.clause_joiner)
    hi = _before_verb_joiner(sentence, end, hi, grammar.verb_joiner)
    hi = _before_joined(sentence, lo, end, hi, grammar.modal_joiner, lex)
    hi = _before_joined(sentence, lo, end, hi, _JOINED_FIGURE, lex)
    if _is_partitive_whole(sentence, start, grammar.partitive):
        own = _next_cue(sentence, end, hi, lex)
        if own:
            return own
    if grammar.past_modal.search(sentence, lo, hi) is not None:  # `might have sent`: no plan
        return (_clause_status(sentence, lo, hi, lex, skip="planned")
                or nearest_status(sentence, start, end, lex, skip="planned") or default)
    if _already_there(sentence, start, end, hi):  # `would join the 11,000 already there`,
        return (_clause_status(sentence, _after_joined_figure(sentence, lo, start), hi, lex,
                               skip="planned")  # `would bring the
                or nearest_status(sentence, start, end, lex, skip="planned") or default)  # total
    for status, pattern in lex.status_cues:  # a plan stated before the figure wins, also in
        if status == "planned" and (_starts_before(pattern, sentence, lo, start) or (  # the
                lo > 0 and _governed_by_plan(sentence, lo, pattern)) or (  # governing it
                _part_of_plan_before(sentence, lo, start, end, hi, pattern))):
            return "planned"
    if _ends_with(sentence, end, hi, grammar.final_modal) or grammar.future_copula.search(
            sentence, end, hi) or grammar.clause_plan.search(sentence, lo, hi):
        return "planned"
    status = (_clause_status(sentence, _after_joined_figure(sentence, lo, start), hi, lex)
              or _relative_status(sentence, end, hi, noun_start, lex)
              or nearest_status(sentence, start, end, lex) or default)
    if status == "near_front" and _starts_before(grammar.present_sending, sentence, lo, start):
        return "planned"  # `Kim schickt 6000 Mann nach Kursk`: on the way, not there yet
    if status in ("in_russia", "near_front") and _after_condition(sentence, start, grammar):
        return "planned"  # `Wenn Moskau gut bezahlt, schickt Kim Zehntausende`
    return status


_JOINED_BEFORE = re.compile(  # `… gefallen seien und etwa 10.000 weiterhin … stünden`
    r"\s(?:und|and|sowie|while|während)\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)


def _after_joined_figure(sentence: str, lo: int, start: int) -> int:
    """Where the figure's own part of the clause starts: after an `und`/`and` that joins it
    to a part with a figure of its own (`2.000 seien gefallen und etwa 10.000 stünden an der
    Grenze`), else `lo`."""
    m = _JOINED_BEFORE.search(sentence, lo, start)
    return m.start() + 1 if m is not None and _DIGIT.search(sentence, lo, m.start()) else lo


def _after_condition(sentence: str, start: int, grammar: StatusGrammar) -> bool:
    """The figure stands in the main clause after an opening condition that is no way of
    counting (`If the pact holds, …`, not `If you add the builders, …`)."""
    m = grammar.condition.match(sentence)
    if m is None:
        return False
    comma = sentence.find(",", m.end())
    return 0 <= comma < start and grammar.counting_condition.search(
        sentence, m.end(), comma) is None


def place_anaphor_status(sentence: str, start: int, end: int, before: str,
                         lex: LanguageLexicon) -> str | None:
    """The status of the place a `dort`/`there` in the figure's clause points back at: the
    last place named before it, in its sentence or else in `before` (`Laut HUR stehen dort
    rund 11.000`, a sentence after Kursk); None when there is no such word, the clause names
    a place of its own, or no place was named."""
    grammar = lex.status_grammar
    lo, hi = clause_bounds(sentence, start, end, grammar.clause_joiner)
    anaphor = grammar.place_anaphor.search(sentence, lo, hi)
    if anaphor is None or _last_place(sentence, lo, hi, grammar) is not None:
        return None
    return (_last_place(sentence, 0, anaphor.start(), grammar)
            or _last_place(before, 0, len(before), grammar))


def _last_place(text: str, lo: int, hi: int, grammar: StatusGrammar) -> str | None:
    """The status of the last place (topic file: `status_places`) named in `[lo, hi)`."""
    best: tuple[int, str] | None = None
    for status, pattern in grammar.places:
        for m in pattern.finditer(text, lo, hi):
            if best is None or m.end() > best[0]:
                best = (m.end(), status)
    return best[1] if best else None


_WORD = re.compile(r"[\w-]+")


def _starts_before(pattern: re.Pattern[str], sentence: str, lo: int, start: int) -> bool:
    """A match of `pattern` starting in `[lo, start)`, its lookahead free to see past `start`
    (`may exceed 5,000`: the hedge `exceed` belongs to the figure, but tells `may` apart)."""
    m = pattern.search(sentence, lo)
    return m is not None and m.start() < start


def _counts_casualties(sentence: str, noun_start: int, lex: LanguageLexicon) -> bool:
    """The counted noun itself is a casualty cue (`Toten`, `Verwundete`, `dead`)."""
    cue = lex.casualty_cue
    return cue is not None and cue.match(sentence, noun_start) is not None


def _participle_after(sentence: str, noun_start: int, lex: LanguageLexicon) -> str | None:
    """A casualty participle right after the noun (`two soldiers captured in Kursk`,
    `1,000 troops killed`): part of the noun phrase, whatever the clause says."""
    noun = _WORD.match(sentence, noun_start)
    if noun is None:
        return None
    cue = lex.casualty_cue
    m = cue.match(sentence, skip_space(sentence, noun.end())) if cue is not None else None
    return "casualties" if m is not None and m.group().endswith("ed") else None


def _relative_status(sentence: str, end: int, hi: int, noun_start: int | None,
                     lex: LanguageLexicon) -> str | None:
    """The status a relative clause about the figure's noun gives (`1.000 Pioniere, die in
    Kursk Minen räumen sollen`: its closing modal, else its highest-ranked cue)."""
    relative_end = _relative_clause_end(sentence, end, hi, noun_start, lex)
    if relative_end <= hi:
        return None
    if _ends_with(sentence, hi, relative_end, lex.status_grammar.final_modal):
        return "planned"
    return _clause_status(sentence, hi, relative_end, lex)


def _clause_status(sentence: str, lo: int, hi: int, lex: LanguageLexicon,
                   skip: str = "") -> str | None:
    """The highest-ranked status (topic-file order, but not `skip`) with a counting cue in
    `[lo, hi)`."""
    for status, pattern in lex.status_cues:  # a plain loop: cheaper than next() on a generator
        if status != skip and _has_cue(sentence, pattern, lo, hi, lex):
            return status
    return None


def _is_partitive_whole(sentence: str, start: int, partitive: re.Pattern[str]) -> bool:
    """A partitive (`ein Teil der`, `a portion of the`) ends right before the figure."""
    for m in partitive.finditer(sentence, max(0, start - PARTITIVE_WINDOW), start):
        if not sentence[m.end():start].strip():
            return True
    return False


def _next_cue(sentence: str, lo: int, hi: int, lex: LanguageLexicon) -> str | None:
    """The status of the first cue in `[lo, hi)` (ties at one position: topic-file order)."""
    best: tuple[int, int, str] | None = None
    for rank, (status, pattern) in enumerate(lex.status_cues):
        m = pattern.search(sentence, lo, hi)
        if m is not None and (best is None or (m.start(), rank) < best[:2]):
            best = (m.start(), rank, status)
    return best[2] if best else None


def _ends_with(sentence: str, lo: int, hi: int, pattern: re.Pattern[str]) -> bool:
    """The last word of `[lo, hi)` is a match of `pattern` (`… stehen könnten.`)."""
    k = hi  # the last word's end and start, read backwards (`\w`: alphanumeric or `_`)
    while k > lo and not _is_word_char(sentence[k - 1]):
        k -= 1
    j = k
    while j > lo and _is_word_char(sentence[j - 1]):
        j -= 1
    if j == k:
        return False
    m = pattern.match(sentence, j, k)
    return m is not None and m.end() == k


def _is_word_char(ch: str) -> bool:
    r"""What `\w` matches in a `str` pattern."""
    return ch.isalnum() or ch == "_"


def _relative_clause_end(sentence: str, end: int, hi: int, noun_start: int | None,
                         lex: LanguageLexicon) -> int:
    """The end of a relative clause opened by `, die`/`, who` right after the figure's noun
    (the clause ends at `hi`); `hi` when there is none."""
    if noun_start is None or noun_start < end or sentence[hi:hi + 1] != ",":
        return hi
    noun = lex.troop_noun.match(sentence, noun_start)
    if noun is None or sentence[noun.end():hi].strip():
        return hi
    pronoun = lex.status_grammar.relative.match(sentence, skip_space(sentence, hi + 1))
    if pronoun is None:
        return hi
    after = _CLAUSE_BREAK.search(sentence, pronoun.end())
    return after.start() if after else len(sentence)


def skip_space(sentence: str, pos: int) -> int:
    """The first position at or after `pos` that is not white space."""
    while pos < len(sentence) and sentence[pos].isspace():
        pos += 1
    return pos


def _first_cue_at(sentence: str, lo: int, hi: int, lex: LanguageLexicon) -> int:
    """Where the first cue of any status in `[lo, hi)` starts, -1 when there is none: no
    status's scan of `[lo, hi)` finds a match before it (one scan instead of one per status)."""
    any_cue = lex.any_status_cue
    if any_cue is None:
        return lo
    m = any_cue.search(sentence, lo, hi)
    return m.start() if m is not None else -1


def _has_cue(sentence: str, pattern: re.Pattern[str], lo: int, hi: int,
             lex: LanguageLexicon) -> bool:
    """A match of `pattern` in `[lo, hi)` that does not follow a purpose word."""
    for m in pattern.finditer(sentence, lo, hi):
        if not after_purpose(sentence, m.start(), lex):
            return True
    return False


def after_purpose(sentence: str, pos: int, lex: LanguageLexicon) -> bool:
    """A cue right after a purpose word (`to replace the dead`, `um die Toten zu ersetzen`
    has it before), or inside an infinitive of purpose (`to fight`): not what the figure
    counts."""
    window = sentence[max(0, pos - PURPOSE_WINDOW):pos]
    after = sentence[pos:pos + PURPOSE_WINDOW]
    if lex.purpose.search(window) or lex.purpose.search(after):
        return True
    far = sentence[max(0, pos - PURPOSE_REACH):pos]  # `to replace men killed or wounded in the
    if any(not _BREAK_IN.search(far, m.end()) for m in lex.purpose.finditer(far)):  # Kursk
        return True  # region`: the whole purpose phrase, up to a clause break
    return _in_infinitive(sentence, pos, lex.status_grammar.purpose_infinitive)


def _in_infinitive(sentence: str, pos: int, infinitive: re.Pattern[str]) -> bool:
    """Position `pos` lies inside an infinitive of purpose (`to fight`, `zu kämpfen`)."""
    lo = max(0, pos - INFINITIVE_WINDOW)
    hi = min(len(sentence), pos + INFINITIVE_WINDOW)
    return any(m.start() <= pos < m.end() for m in infinitive.finditer(sentence, lo, hi))


def _first_cue(sentence: str, lo: int, hi: int, lex: LanguageLexicon,
               context: int = -1) -> str | None:
    """The first status (topic-file order) with a cue starting in `[lo, hi)`, after one test
    for any; the cue may look ahead up to `context` (`combat soldiers` is no place)."""
    reach = max(hi, context)
    if _first_cue_at(sentence, lo, reach, lex) < 0:
        return None
    for st, pattern in lex.status_cues:
        m = pattern.search(sentence, lo, reach)
        if m is not None and m.start() < hi:
            return st
    return None


def clause_bounds(sentence: str, start: int, end: int,
                  joiner: re.Pattern[str] | None = None) -> tuple[int, int]:
    """The clause around `[start, end)`: from the break before it to the break after it
    (a `joiner` such as `and that` is a break too)."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    after = _CLAUSE_BREAK.search(sentence, end)
    hi = after.start() if after else len(sentence)
    if joiner is not None:
        for m in joiner.finditer(sentence, lo, start):
            lo = m.end()
        joined = joiner.search(sentence, end, hi)
        hi = joined.start() if joined else hi
    return lo, hi


_DIGIT = re.compile(r"\d")
# a clause that reports what the clause before it governs: `…, dass`, `…, Pjöngjang schicke`
_GOVERNED = re.compile(r"\s*(?:dass|that)\b", re.IGNORECASE)


PLAN_AT_CLAUSE_END = 3  # characters a plan cue may end before the break that closes its clause


def _governed_by_plan(sentence: str, lo: int, planned: re.Pattern[str]) -> bool:
    """The clause before `lo` governs the figure's clause with a plan: `rechnet damit, dass …`
    (a `dass`/`that` clause), or the plan closes it (`hatte angekündigt, Pjöngjang schicke …`,
    `…, by the end of the year, …`)."""
    if _RELATIVE_OPENING.match(sentence, lo):  # `kündigte ein Denkmal für die Gefallenen an,
        return False  # deren Zahl …`: a relative clause describes a noun, no plan governs it
    before = _previous_clause_start(sentence, lo)
    if _ABSOLUTE_OPENING.match(sentence, before):  # `with leaders due in The Hague next week,
        return False  # Rutte said … had sent`: the plan is the circumstance's, not the figure's
    if _GOVERNED.match(sentence, lo):
        return planned.search(sentence, before, lo) is not None
    return any(m.end() >= lo - PLAN_AT_CLAUSE_END
               for m in planned.finditer(sentence, before, lo))


ALREADY_REACH = 50  # characters after the figure searched for `already there`


def _already_there(sentence: str, start: int, end: int, hi: int) -> bool:
    """The figure counts a force that is there already, whatever plan its clause states:
    `would join the roughly 11,000 already in Russia`, `zu den rund 11.000 bereits
    entsandten`, `the 11,000 sent last year`, or a running total a plan leads to (`would
    bring the contingent to some 14,000`)."""
    m = _ALREADY.search(sentence, end, min(hi, end + ALREADY_REACH))
    if m is not None and not _OTHERS_BETWEEN.search(sentence, end, m.start()):
        return True  # not `send up to 6,000 fresh troops to relieve those already there`
    return _TOTAL_BROUGHT.search(sentence, max(0, start - TOTAL_REACH), start) is not None


_OTHERS_BETWEEN = re.compile(r"(?i)\b(?:to|zu|those|them|jene\w*|diejenigen|denen)\b")
TOTAL_REACH = 80  # characters before the figure searched for `would bring the total to`
_ALREADY = re.compile(
    r"(?i)\b(?:already|still)\s+(?:there|in\s+Russia|inside\s+Russia|on\s+Russian\s+soil|"
    r"deployed|sent|stationed|in\s+the\s+(?:country|region))\b"
    r"|\b(?:bereits|schon)\s+(?:entsandt|geschickt|verlegt|stationiert|in\s+Russland|dort)\w*"
    r"|\b(?:sent|deployed|shipped)\s+last\s+(?:year|autumn|fall)\b")
_TOTAL_BROUGHT = re.compile(
    r"(?i)\b(?:would|will|to)\s+(?:bring|put|lift|raise|take|push)\s+(?:\S+\s+){0,10}?"
    r"(?:to|at)\s+(?:\S+\s+)?$")


def _part_of_plan_before(sentence: str, lo: int, start: int, end: int, hi: int,
                         planned: re.Pattern[str]) -> bool:
    """A breakdown or an addition right after a clause that plans a sending (`werde 6000
    Mann abstellen: 1000 Pioniere …`, `… schicken, 1.000 davon als Minenräumer`, `would
    dispatch 1,000 deminers, plus 5,000 builders`, `werde 6.000 Mann schicken, 1.000
    Minenräumer und 5.000 Bauarbeiter`): the figure is part of the plan."""
    if lo <= 0:
        return False
    opening = sentence[lo:start]
    if not (sentence[lo - 1] == ":" or _ADDITION_OPENING.match(opening)
            or _PARTITIVE_AFTER_FIGURE.match(sentence, end) or _apposed_breakdown(
                sentence, lo, start, hi)):
        return False
    before = _previous_clause_start(sentence, lo)
    return planned.search(sentence, before, lo) is not None and _DIGIT.search(
        sentence, before, lo) is not None  # the plan counts a figure of its own


BREAKDOWN_WORDS = 8  # at most this many words in a clause that only lists figures


def _apposed_breakdown(sentence: str, lo: int, start: int, hi: int) -> bool:
    """The clause after a comma only lists figures and their nouns (`, 1.000 Minenräumer und
    5.000 Militärbauarbeiter`): a breakdown of the figure before it."""
    return (sentence[lo - 1] == "," and _BREAKDOWN_OPENING.fullmatch(sentence, lo, start)
            is not None and len(sentence[lo:hi].split()) <= BREAKDOWN_WORDS
            and _NO_VERB_CUE.search(sentence, lo, hi) is None)


_BREAKDOWN_OPENING = re.compile(  # nothing or `darunter`, then maybe a figure, its noun and
    r"\s*(?:(?:darunter|davon|including|among\s+them)\s+)?"  # `und`/`and`
    r"(?:\d[\d.,' ]*\s+(?:[^\W\d]+\s+){1,3}(?:und|and)\s+)?", re.IGNORECASE)
_NO_VERB_CUE = re.compile(  # a verb in the clause makes it a statement of its own
    r"\b(?:is|are|was|were|has|have|had|ist|sind|war|waren|sei|seien|hat|haben|hatte|"
    r"hatten|wurde|wurden|werden|wird)\b", re.IGNORECASE)
_ADDITION_OPENING = re.compile(  # `, plus 5,000`, `, sowie weitere 5.000`: coordinated
    r"\s*(?:plus|together with|along with|sowie|außerdem|ausserdem)\s+(?:[^\W\d]+\s+){0,2}$",
    re.IGNORECASE)
_PARTITIVE_AFTER_FIGURE = re.compile(r"\s+(?:davon|von ihnen|of them|of those)\b", re.IGNORECASE)


_RELATIVE_OPENING = re.compile(r"\s*(?i:deren|dessen|denen|welche[mnrs]?|whose|which|who)\b")
_ABSOLUTE_OPENING = re.compile(r"\s*(?i:with|während|while|as)\b")


def _previous_clause_start(sentence: str, lo: int) -> int:
    """Where the clause ending at `lo` (a clause break) starts."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, max(0, lo - 1)):
        start = m.end()
    return start


def _before_verb_joiner(sentence: str, end: int, hi: int, joiner: re.Pattern[str]) -> int:
    """The clause ends before a joined verb phrase that holds a figure of its own."""
    m = joiner.search(sentence, end, hi)
    return m.start() if m is not None and _DIGIT.search(sentence, m.end(), hi) else hi


_JOINED_FIGURE = re.compile(  # `… sent to Russia and roughly 4,700 killed or wounded`
    r"\s(?:and|und|sowie|while|während)\s+(?:[^\W\d]+\s+){0,2}?(?:\d|(?:several|some|a few|"
    r"mehrere|einige|ein paar)\s+(?:thousand|hundred|tausend|hundert)\b|(?:thousands|hundreds|"
    r"dozens|Tausende|Hunderte|Dutzende)\b)", re.IGNORECASE)


def _before_joined(sentence: str, lo: int, end: int, hi: int, joiner: re.Pattern[str],
                   lex: LanguageLexicon) -> int:
    """The clause ends before a joined phrase (a modal: `… were training in eastern Russia
    and could head west`; another figure: `… sent to Russia and roughly 4,700 killed`) when
    the part before it has a cue of its own."""
    m = joiner.search(sentence, end, hi)
    if m is None or _clause_status(sentence, lo, m.start(), lex) is None:
        return hi
    return m.start()


def nearest_status(sentence: str, start: int, end: int, lex: LanguageLexicon,
                   skip: str = "") -> str | None:
    """The status (not `skip`) whose cue lies nearest to the figure (ties: topic-file
    order)."""
    best: tuple[int, int, str] | None = None
    for rank, (status, pattern) in enumerate(lex.status_cues):
        if status == skip:
            continue
        for m in pattern.finditer(sentence):
            if after_purpose(sentence, m.start(), lex):
                continue
            candidate = (_distance(m.start(), m.end(), start, end), rank, status)
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else None


def _distance(a: int, b: int, start: int, end: int) -> int:
    if b <= start:
        return start - b
    if a >= end:
        return a - end
    return 0
