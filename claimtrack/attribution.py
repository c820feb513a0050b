"""Who made a claim and when: one sentence's claimant and date, carried across sentences.

Rules, in order:
1. A named claimant in the sentence (`sagte Pentagon-Sprecherin Singh`,
   `according to the NIS`) is the claimant; the sentence's date expression
   nearest to it is the claim date.
2. A back-reference (`Er sagte`, `Der Geheimdienst schätzte`, `Den Angaben
   zufolge`, `the agency said`) or a continuing sentence (German reported
   speech, `Demnach`) takes the claimant of an earlier sentence — for a generic
   noun the latest claimant with that noun, else the latest one within a few
   sentences — together with that sentence's date unless it states its own.
3. A claim in the headline or lead with no claimant takes the first claimant
   named in the next few sentences.
4. Otherwise the claim is unattributed.
A claim with no date expression of its own (or carried) is dated by the
publication date, precision `published`; with no publication date, NA / `unknown`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple, TypeVar

from claimtrack.claim_dates import WEEKDAYS, WEEKDAYS_EN, DateExpr, find_date_expressions
from claimtrack.claimants import (
    DEMONSTRATIVES,
    PERSON_ROLE,
    Claimant,
    ClaimantLexicon,
    apposition_after,
    claimant_group,
    described_group,
    find_claimant,
    first_named,
    first_person_claimant,
    first_place_or_name,
    group_of_fuller_name,
    is_continuation,
    is_hearsay,
    is_reported_speech,
    led_group,
    may_name_claimant,
    named_group,
    names_a_medium,
    names_anonymous_media,
    opening_role,
    person_in,
    place_groups,
    quote_signature,
    sentence_claimants,
    speaks_for_itself,
)
from claimtrack.countries import any_country_word
from claimtrack.entry_dates import date_headings, entry_dates, is_time_heading
from claimtrack.own_outlet import KIN, told_this_outlet
from claimtrack.sentences import Sentence
from claimtrack.speakers import interviewee, is_transcript, turn_speaker

LOOKBACK = 4  # sentences searched back for a carried claimant
LEAD_SENTENCES = 3  # sentences counted as headline and lead
LOOKAHEAD = 3  # sentences searched forward for a headline's claimant
DATE_AHEAD = 2  # sentences searched forward for the date of a claim reported in the present
LIST_ITEMS = 12  # items of a list searched back for the line that introduces it
NAMED_BEFORE_MAX = 250  # characters before a back-reference searched for its claimant
APPOSITION_REACH = 250  # characters of a description after a claimant read for its role (a
# relative clause may run to the end: `X, who sits on the intelligence committee … and spoke …`)
BRIEFING_LOOKBACK = 8  # sentences searched back for the briefing a lawmaker reports on
BRIEFING_AHEAD = 2  # sentences of the same paragraph searched ahead for that briefing
SAME_CLAIMANT_LOOKBACK = 12  # sentences searched back for the same claimant's date

_NO_SIDE = frozenset(("other", "unattributed"))  # groups that are nobody's side
_T = TypeVar("_T")


class Attribution(NamedTuple):
    claimant: str
    claimant_group: str
    claim_date: date | None
    precision: str  # day | week | month | published | unknown
    date_text: str  # the date expression used ("" when none)


class _Frame(NamedTuple):
    """A sentence's own named claimant and its date (if any)."""

    claimant: Claimant
    date: DateExpr | None


class Attributor:
    """Attributes claims sentence by sentence for one article (caches per-sentence work)."""

    def __init__(
        self, sentences: list[Sentence], lang: str, published: date | None,
        lexicon: ClaimantLexicon, outlet: str = "",
    ) -> None:
        self.sentences = sentences
        self.outlet = outlet  # the publishing outlet: an interview it held is dated by it
        self.lang = lang
        self.published = published
        self.lexicon = lexicon
        self._frames: dict[int, _Frame | None] = {}
        self._resolving = False  # inside `_person_meant` (references resolve one level deep)
        self._dates: dict[int, list[DateExpr]] = {}
        self._claim_dates: dict[int, list[DateExpr]] = {}
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self._lowered: dict[int, str] = {}
        self._same_day: dict[int, bool] = {}
        self._continuation: dict[int, bool] = {}
        self._transcript: bool | None = None  # an interview or transcript (computed once)
        self._interviewee: tuple[str, int] | None = None  # an unlabelled Q&A's (computed once)
        self._texts = [s.text for s in sentences]
        self._headings: list[date | None] | None = None  # ticker date headings (computed once)
        self._entries: list[date | None] | None = None  # ticker entry dates (computed once)

    def attribute(self, index: int, start: int, end: int) -> Attribution:
        """Claimant and date of the figure at `[start, end)` of sentence `index`; in a ticker,
        a claim the text does not date is dated by its entry's heading."""
        found = self._attribute(index, start, end)
        if found.claimant_group not in _NO_SIDE and KIN.match(found.claimant):
            return found._replace(claimant_group="other")  # `my uncle in Seoul, a retired
            # colonel`: a relative speaks for no side
        if found.claimant_group == "other" and (group := self._group_named_before(
                index, found.claimant) or self._role_group_before(index, found.claimant)
                or self._possessor_group(index, found.claimant)
                or self._lawmaker_group(index, found.claimant)
                or self._state_media_group(index, found.claimant)
                or self._testified_group(index, found.claimant)):
            found = found._replace(claimant_group=group)
            if found.precision == "published" and (d := self._same_claimant_date(
                    index, Claimant(found.claimant, group, -1, -1, "", False))
                    or self._briefing_date(index)) is not None:
                found = found._replace(claim_date=d.date, precision=d.precision,
                                       date_text=d.text)
        if found.claimant_group == "other" and found.claimant and names_anonymous_media(
                found.claimant, self.lexicon) and not _STATE_MEDIA.search(found.claimant):
            found = found._replace(claimant_group="unattributed")  # `Medienberichten zufolge`
        if found.precision == "published" and (entry := self._entry_date(index)) is not None:
            return found._replace(claim_date=entry, precision="day")
        if found.precision == "published" and found.claimant_group != "unattributed" and (
                session := self._session_date(index)) is not None:
            found = found._replace(claim_date=session.date, precision=session.precision,
                                   date_text=session.text)
        sentence = self.sentences[index].text
        if found.date_text and found.date_text not in sentence and any(
                told_this_outlet(self.sentences[i].text, self.outlet)
                for i in range(max(0, index - 1), index + 1)):  # `… said in an interview with
            # the Chronicle. He said …`:
            when, precision, _ = self._fallback_date()  # the outlet's own interview, not a
            return found._replace(claim_date=when, precision=precision, date_text="")  # date
        return found  # borrowed from another sentence

    def _possessor_group(self, index: int, claimant: str) -> str:
        """`Its spokesman Andriy Yusov`, `Sein Sprecher`: the group of the body named as a
        speaker in the sentence before (`Ukraine's military intelligence agency …`), or ""."""
        if not index or not _POSSESSIVE_OPENING.match(claimant):
            return ""
        frame = self.frame(index - 1)
        if frame is None:  # `Russia has never given a figure. Its ambassador …`
            named = first_place_or_name(self.sentences[index - 1].text, self.lexicon)
            return named.group if named is not None and named.start == 0 else ""
        return frame.claimant.group if frame.claimant.group not in _NO_SIDE else ""

    def _role_group_before(self, index: int, claimant: str) -> str:
        """`Ambassador Dmitri Kalinin said` after `Russia's ambassador to Namibia has …`: the
        group an earlier sentence gives the same title (`Russia's ambassador`, `der russische
        Botschafter`), the nearest such mention, or ""."""
        words = claimant.split()
        if len(words) < 2 or not _TITLE_ROLE.fullmatch(words[0].rstrip(".")):
            return ""
        title = _title_mentions(words[0].rstrip(".").lower())
        for i in range(index - 1, max(-1, index - 1 - ROLE_LOOKBACK), -1):
            for m in title.finditer(self.sentences[i].text):
                group = named_group(m.group(), self.lexicon)
                if group not in ("", "other", "unattributed"):
                    return group
        return ""

    def _group_named_before(self, index: int, claimant: str) -> str:
        """The group of an earlier, fuller mention of the same person (`Lee said` after
        `South Korean lawmaker Lee Seong-kweun said`), or ""; or the group the description
        after the name in the claim's own sentence gives (`Gen. X, who leads U.S. Forces Korea,
        said`)."""
        end = self._claimant_end(index, claimant)
        if end >= 0 and (group := led_group(self.sentences[index].text, end, self.lexicon)):
            return group
        names = [n for n in _NAME_WORD.findall(claimant) if n not in _TITLE_ABBREVIATIONS]
        if not names or len(names) > 2:
            return ""
        gap = r"\W+(?:\w+\W+)*?"
        pattern = re.compile(r"(?<!\w)" + gap.join(map(re.escape, names)) + r"(?!\w)")
        for i in range(index - 1, -1, -1):
            if names[0].lower() not in self._once(self._lowered, i, str.lower):
                continue  # cheap test first
            for c in sentence_claimants(self.sentences[i].text, self.lang, self.lexicon):
                if not pattern.search(c.text):
                    continue
                if c.group not in _NO_SIDE:
                    return c.group
                if c.group == "other" and (group := self._lawmaker_group(i, c.text)):
                    return group
            sentence = self.sentences[i].text  # `Einer der Abgeordneten, Park Sun-won, sagte:`
            named = pattern.search(sentence)
            if named and (group := self._lawmaker_group(i, sentence)):
                return group
            if named and (group := described_group(sentence, named.end(), self.lexicon)
                          or led_group(sentence, named.end(), self.lexicon)):
                return group  # `Oleh, 34, Zugführer in einer ukrainischen Brigade, grinst`,
                # `Gen. X, who commands the 28,500 American service members, told …`
            if named and (group := group_of_fuller_name(sentence, pattern, self.lexicon)):
                return group  # `Kim` after `Machthaber Kim Jong Un`
            person = person_in(sentence, self.lang, self.lexicon) if named else None
            if person is not None and person.group != "other" and pattern.search(person.text):
                return person.group  # `Park` after `Südkoreas Botschafter …, Park Ji-hoon,`
        return ""

    def _testified_group(self, index: int, claimant: str) -> str:
        """A person who told or testified before a legislature of a side (`Gen. X told
        senators`, `told the House Armed Services Committee`) speaks for that side, or ""."""
        end = self._claimant_end(index, claimant)
        if end < 0:
            return ""
        m = _TESTIFIED.search(self.sentences[index].text, end)
        if m is None or m.start() - end > TESTIFIED_REACH:
            return ""
        return named_group(m.group("body"), self.lexicon)

    def _claimant_end(self, index: int, claimant: str) -> int:
        """Where the claimant's text ends in sentence `index` (-1 when it stands elsewhere)."""
        at = self.sentences[index].text.find(claimant)
        return at + len(claimant) if at >= 0 else -1

    def _state_media_group(self, index: int, claimant: str) -> str:
        """`nach Berichten der Staatsmedien`, `state TV showed`: the state whose leader or
        capital the sentence names (`… überreichte Machthaber Kim Jong Un …`); `ein Sprecher`,
        `a spokesman` with no affiliation: the body the sentence names (`HUR gehe von … aus,
        sagte ein Sprecher`); else ""."""
        if _MEDIA_REFERENCE.fullmatch(claimant):  # `the broadcast`, `der Sender`: the state
            for i in range(index, max(-1, index - 1 - MEDIA_LOOKBACK), -1):  # media named in
                text = self.sentences[i].text.replace(claimant, " ")  # the sentences before
                if _STATE_MEDIA.search(text):
                    return named_group(text, self.lexicon)
            return ""
        if not _STATE_MEDIA.search(claimant) and not _BARE_SPOKESPERSON.fullmatch(claimant):
            return ""
        group = named_group(self.sentences[index].text.replace(claimant, " "), self.lexicon)
        if group or not _STATE_MEDIA.search(claimant):
            return group
        for i in range(index - 1, max(-1, index - 1 - MEDIA_LOOKBACK), -1):  # `Das
            if group := named_group(self.sentences[i].text, self.lexicon):  # Staatsfernsehen
                return group if group != "other" else ""  # zeigte, wie er …`: his state
        return ""

    def _session_date(self, index: int) -> DateExpr | None:
        """The day of a hearing, session or meeting a sentence up to `SESSION_LOOKBACK` before
        sets (`Bei der Anhörung am Mittwoch …`, `On Monday the Security Council met …`), or the
        sentence right before it (`… waren am Donnerstag gekommen. X sprach nach der Sitzung`):
        the statements reported from it without a date of their own were made that day.
        (`meeting`, `Treffen`, `summit` were tried as session words: two corpora lost.)"""
        for i in range(index, max(-1, index - 1 - SESSION_LOOKBACK), -1):
            if _SESSION.search(self.sentences[i].text):
                found = self._plain_date(i) or self._plain_date(i - 1)  # `Delegationen waren
                if found is not None:  # am Donnerstag gekommen. X sprach nach der Sitzung …`
                    return found
        return None

    def _briefing_date(self, index: int) -> DateExpr | None:
        """The date of the briefing reported within the last few sentences (`teilte der NIS
        am Mittwoch in einer Sitzung des Geheimdienstausschusses mit`)."""
        briefers = self.lexicon.briefers
        if briefers is None:
            return None
        for i in range(index, max(-1, index - 1 - BRIEFING_LOOKBACK), -1):
            if briefers.search(self.sentences[i].text):
                frame = self._dated_frame(i)
                if frame is not None:
                    return frame.date
        return None

    def _lawmaker_group(self, index: int, claimant: str) -> str:
        """A lawmaker (`Der Abgeordnete Park`) in a text that reports an intelligence briefing
        within the last few sentences speaks for the briefing service's group, else ""."""
        lex = self.lexicon
        if lex.lawmakers is None or lex.briefers is None:
            return ""
        if not lex.lawmakers.search(claimant):  # `Lee, a member of the intelligence
            described = self._apposition_after(index, claimant)  # committee, said`
            if not described or not lex.lawmakers.search(described):
                return ""
            claimant = described
        if named_group(claimant, lex) not in ("", lex.lawmaker_group):
            return ""  # `der CSU-Bundestagsabgeordnete X`: a lawmaker of another parliament
        for i in range(max(0, index - BRIEFING_LOOKBACK), index + 1):
            if lex.briefers.search(self.sentences[i].text):
                return lex.lawmaker_group
        paragraph = self.sentences[index].paragraph  # `… berichtete der Abgeordnete X. Er gab
        for i in range(index + 1, min(len(self.sentences), index + 1 + BRIEFING_AHEAD)):
            if self.sentences[i].paragraph != paragraph:  # damit wieder, was der Geheimdienst
                break  # NIS vorgetragen hatte.`
            if lex.briefers.search(self.sentences[i].text):
                return lex.lawmaker_group
        return ""

    def _apposition_after(self, index: int, claimant: str) -> str:
        """The comma-enclosed description right after the claimant in its sentence, or ""."""
        end = self._claimant_end(index, claimant)
        text = self.sentences[index].text
        return apposition_after(text, end, APPOSITION_REACH) if end >= 0 else ""

    def _entry_date(self, index: int) -> date | None:
        """The date heading the ticker entry sentence `index` stands in (None outside one)."""
        if self._entries is None:
            self._entries = entry_dates(self._date_headings())
        return self._entries[index]

    def _date_headings(self) -> list[date | None]:
        """The day each ticker date heading names (None for other sentences)."""
        if self._headings is None:
            self._headings = date_headings(self._texts, self.published, self.lang)
        return self._headings

    def _attribute(self, index: int, start: int, end: int) -> Attribution:
        sentence = self.sentences[index].text
        own = find_claimant(sentence, self.lang, self.lexicon, (start, end))
        if (own is None or own.is_reference) and _GENERIC_SOURCE.search(sentence):
            return self._unattributed(None)  # `Nach gängigen Schätzungen …`: nobody in particular
        if own is None and _OWN_VOICE.search(sentence, 0, start) is not None:
            return self._unattributed(None)  # `Wir denken an die Tausenden …`: the writers'
            # own thoughts, nobody's claim carried from before
        if (m := _OWN_SUM_OPENING.match(sentence)) is not None and m.end() <= start and not (
                _QUOTE_MARK.search(sentence, end)):  # (not a quote closing after the figure)
            return self._unattributed(None)  # `Add Seoul's count to Kyiv's and …`: the outlet's
        own_date = self._claim_date_in(index, own, start, end)
        if own_date is None:
            own_date = self._same_day_date(index)
        own_date = (self._days_earlier(index, start) or own_date or self._lead_in_date(index)
                    or self._date_given_after(index)
                    or self._then_date(index, start) or self._date_after_semicolon(index, start))
        if own is None:
            own = self._cited_source(sentence, start, end) or quote_signature(
                sentence, self.lexicon) or _speaker_before_colon(sentence, start, self.lang,
                                                                 self.lexicon) or (
                first_person_claimant(sentence, self.lang, start)  # (an interview's `I` is
                if self._speaker(index) is None else None)  # the turn's speaker)
            if own is not None:
                own_date = (self._date_beside_source(index, own)
                            or self._date_before_colon(index, own, start) or own_date)
        if own is not None and not own.is_reference and own.group != "unattributed":
            own_date = own_date or self._date_of_same_side(index, own) or self._when_date(
                index, own) or self._citers_date(index, own, start)
            if own_date is None:
                own_date = (self._same_claimant_date(index, own) or self._scene_date(index, own)
                            or self._announced_date(index, own)
                            or self._lead_date_ahead(index, own)
                            or self._date_ahead(index, own)
                            or (self._quiet_scene_before(index) if own.group == "other"
                                else None))
            return self._result(own, own_date)
        if own is not None and own.is_reference and (
            named := self._named_before(sentence, own, index) or self._owner_named(sentence, own)
        ):
            # `X geht von mehr aus (nach ihren Angaben …)`: the reference is X
            own_date = own_date or self._claim_date_in(index, named, start, end)
            return self._result(named, own_date or self._same_claimant_date(index, named))
        if own is not None or (self._is_continuation(index) and not self._hearsay(index)) or (
                self._continues(index) or _PARTITIVE_OPENING.match(sentence) is not None):
            if own is not None:  # `Inzwischen geht der Dienst von … aus, diese Zahl nannte er
                own_date = own_date or self._date_of_same_side(index, own)  # am 20. November`
            bare = own is None or not own.text or (  # `Demnach …`, `According to the
                own.is_reference and _FIGURES_NOUN.search(own.text) is not None)  # report`
            frame = (self._figures_source_before(index) if bare else None) or (
                self._carried(index, own))
            if frame is not None:
                private = frame.claimant.group == "other" and not frame.claimant.cue
                if own is not None and (_is_pronoun(own.text) and (own.cue.lower() in (
                        _SAYS_NOW | _THINKS_NOW) or private and own.cue.lower() in _HOLDS_NOW)
                                        or _OWN_GUESS.match(own.text) and not own.cue):
                    scene = frame.date if _present_tense(frame.claimant.cue) or (
                        own.cue.lower() in _THINKS_NOW and frame.date is not None and (
                            frame.claimant.text in self.sentences[index - 1].text
                            or frame.date.text in self.sentences[index - 1].text)) else None
                    if private and own.cue.lower() in _THINKS_NOW | _HOLDS_NOW and not any(
                            _TALK.search(self.sentences[i].text)
                            for i in range(max(0, index - 3), index)):
                        scene = None  # `Cha, 58, drummed … . He puts the number at …`: the
                        # belief of a private person introduced, not heard speaking, is now
                    return self._result(frame.claimant, own_date or scene)  # `…“, sagt sie.`:
                    # now, or the scene a present-tense report before it sets; a belief, on
                    # the day of the scene introducing its holder (`Am Dienstag sprach X. Er
                    # glaubt …`), not of another speaker's words further back
                carried = (self._reference_date(index) or frame.date or self._plain_date(index - 1)
                           or self._same_claimant_date(index, frame.claimant)
                           or self._scene_date(index, frame.claimant))
                return self._result(frame.claimant, own_date or carried)
            if own is None and (person := self._unnamed_person_before(index)) is not None and (
                    self._source_given_after(index) is None):  # (not `… . Das teilte X mit.`)
                return self._result(person, own_date or self._plain_date(index - 1)
                                    or self._scene_before(index - 1))
        if own is None and (frame := self._reported_after_semicolon(index, start)) is not None:
            return self._result(frame.claimant, own_date or frame.date)
        if own is None and (speaker := self._speaker(index)) is not None:
            return self._result(speaker, own_date)
        if own is None or own.is_reference:
            frame = self._quote_speaker(index) or (
                self._ahead(index) if index < LEAD_SENTENCES else None
            )
            if frame is not None:
                return self._result(frame.claimant, own_date or frame.date
                                    or self._same_claimant_date(index, frame.claimant))
        if own is None and (frame := self._source_given_after(index)) is not None:
            return self._result(frame.claimant, own_date or frame.date)
        if own is None and (frame := self._relayed_call_before(index)) is not None:
            return self._result(frame.claimant, own_date or frame.date)
        if own is not None and speaks_for_itself(own, self.lexicon):
            return self._result(own._replace(group="other", is_reference=False), own_date)
        if own is None and (frame := self._same_paragraph_report(index)) is not None:
            return self._result(frame.claimant, own_date or frame.date)
        if own is not None and _one_person(own):  # `„…“, erzählt sie.` with nobody named for
            # `sie` before: some private person, not nobody, on the day the scene before sets
            return self._result(own._replace(group="other", is_reference=False),
                                own_date or self._scene_before(index))
        if own is not None and own.is_reference and (  # `its spy service told …`, `By its
                group := self._possessor_group(index, own.text)):  # estimate`: the body or
            return self._result(own._replace(group=group, is_reference=False), own_date)  # land
        if own is not None and (group := self._service_of_place(index, own)):
            return self._result(own._replace(group=group, is_reference=False), own_date)
        return self._unattributed(own_date)

    def _service_of_place(self, index: int, reference: Claimant) -> str:
        """`Was er aus Seoul hört … . Mitte Feber unterrichtete der Geheimdienst …`: a generic
        service no earlier speaker names is the one side whose place is named around it."""
        if not reference.is_reference or not _SERVICE.search(reference.text):
            return ""
        return self._one_place_group(index, reference.text)

    def _one_place_group(self, index: int, claimant: str) -> str:
        """The one specific group the places of sentence `index` (the claimant's own words
        left out) and the sentence before stand for, or "" when none or several."""
        text = self.sentences[index].text.replace(claimant, " ")
        groups = place_groups(text, self.lexicon)
        if index:
            groups |= place_groups(self.sentences[index - 1].text, self.lexicon)
        groups.discard(self.lexicon.subject_group)
        return groups.pop() if len(groups) == 1 else ""

    def _same_paragraph_report(self, index: int) -> _Frame | None:
        """`The NIS said on Monday that 11,000 … . Deaths alone are thought to number around
        400.`: a figure with no source of its own right after a sentence of the same
        paragraph that reports figures is still that report."""
        if not index or self.sentences[index - 1].paragraph != self.sentences[index].paragraph:
            return None
        if not _DIGIT_OR_WORD.search(self.sentences[index - 1].text):
            return None
        if _OWN_TALLY.search(self.sentences[index].text) or self._hearsay(index):
            return None  # `A tally by this newspaper …`, `Together with the builders …`
        return self.frame(index - 1)

    def _hearsay(self, index: int) -> bool:
        """`Insgesamt sollen rund 11.000 Soldaten verlegt worden sein.` in the body: said by
        nobody in particular, so it carries no earlier speaker (in the lead it still takes the
        headline's)."""
        return index >= LEAD_SENTENCES and is_hearsay(self.sentences[index].text, self.lang)

    def _figures_source_before(self, index: int) -> _Frame | None:
        """`Die Zahlen lieferte am Mittwoch der NIS. Demnach …`, `The figures came from a
        briefing by the NIS. They show …`: the body a figureless sentence just before names as
        the source of figures, with that sentence's date."""
        if not index or not self._is_continuation(index):
            return None
        text = self.sentences[index - 1].text
        if _DIGIT_OR_WORD.search(text) or not _FIGURES_NOUN.search(text):
            return None
        named = first_named(text, self.lexicon)
        if named is None or named.group in _NO_SIDE or not (
                _IS_BODY.search(named.text)):  # a body hands over figures, not `Kim Jong Un`
            return None
        return _Frame(named, self._plain_date(index - 1) or self._same_day_date(index - 1))

    def _source_given_after(self, index: int) -> _Frame | None:
        """`… 4,700 have been killed. The estimate came from South Korea's JCS, which …`,
        `… geschickt. Das berichtete die Nachrichtenagentur Yonhap`: the source a later
        sentence of the same paragraph names for what came before."""
        paragraph = self.sentences[index].paragraph
        for i in range(index + 1, min(len(self.sentences), index + 1 + SOURCE_AFTER_REACH)):
            if self.sentences[i].paragraph != paragraph:
                return None
            if _SOURCE_AFTER.match(self.sentences[i].text) or _GAVE_THE_FIGURE.search(
                    self.sentences[i].text):
                return self.frame(i) or self._named_in(i)
        return None

    def _named_in(self, index: int) -> _Frame | None:
        """The body a sentence names with no verb of saying (`Diese Einschätzung des NIS wurde
        am Dienstag bekannt.`, `That was the word from South Korea's spy agency.`)."""
        text = self.sentences[index].text
        named = first_named(text, self.lexicon) or first_place_or_name(text, self.lexicon)
        if named is None or named.group in _NO_SIDE:
            return None  # (a place: `That was the assessment of South Korea's spy agency.`)
        return _Frame(named, self._plain_date(index))

    def _named_before(self, sentence: str, reference: Claimant, index: int = -1
                      ) -> Claimant | None:
        """A claimant named earlier in the same sentence than a back-reference to it."""
        cut = min(x for x in (reference.start, reference.cue_start) if x >= 0)
        head = sentence[:cut].rstrip(" (,")
        if not head or len(head) > NAMED_BEFORE_MAX:
            return None
        if head[:1] in _OPENING_QUOTES and _is_pronoun(reference.text):
            return None  # `“… because Seoul only counts what it can verify,” he said`
        if _is_pronoun(reference.text) and _parenthetical(sentence, reference, cut):
            return None  # `Kim, he says, could send …`: Kim is what he says, not who
        named = find_claimant(head, self.lang, self.lexicon, None)
        if named is not None and not named.is_reference and named.group != "unattributed":
            return named
        if _head_noun(reference.text):  # `The NIS gave lawmakers a figure: …, the agency said`
            return first_named(head, self.lexicon)
        if _is_pronoun(reference.text) and head[:1] not in _OPENING_QUOTES and (
                index < 0 or not _in_open_quote(self.sentences, index)) and not (
                _REPORTED_SUBJUNCTIVE.search(head)) and not (  # `Kim könne … schicken, sagte
                _reports_before(sentence, reference) and ":" not in head):  # er`: he is no
            # one named in what he reports
            person = _person_or_name(head, self.lang, self.lexicon)  # `Blinken supplied the
            if person is not None and person.start <= OPENING_CHARS and not (  # answer: …,
                    _after_preposition(head, person.start)):  # he said`; not `Nach dem
                return person  # Treffen mit Kim verkündete er`
            if reference.text.strip().lower() in ("it", "es"):  # `When Seoul raised the
                return first_place_or_name(head, self.lexicon)  # alarm, it spoke of …`
        return None

    def _date_of_same_side(self, index: int, own: Claimant) -> DateExpr | None:
        """A date beside another cue of the same group in the sentence (`NATO estimates that
        …, Secretary General Mark Rutte said on Monday`)."""
        dates = self.claim_dates(index)
        if not dates:
            return None
        clauses = self._once(self._clauses, index, clause_spans)
        for c in sentence_claimants(self.sentences[index].text, self.lang, self.lexicon):
            pronoun_after = (c.is_reference and c.start > own.end  # `…, diese Zahl nannte er`
                             and not _EARLIER_ESTIMATE.search(c.cue))  # (not `the agency's
            # previous estimate … in April`: that date is the earlier estimate's)
            if (c.group == own.group or pronoun_after) and c.cue_start != own.cue_start:
                found = _at_cue(dates, c) or next(  # `sagte Generalsekretär Rutte am Montag`
                    (d for d in dates if c.end >= 0 and 0 <= d.start - c.end <= 1), None)
                if found is None and pronoun_after:  # `nannte er zuletzt am 20. November`
                    clause = _clause_of(clauses, c.cue_start)
                    found = next((d for d in dates if clause[0] <= d.start < clause[1]
                                  and d.start > c.cue_start), None)
                if found is not None:
                    return found
        return None

    def _owner_named(self, sentence: str, reference: Claimant) -> Claimant | None:
        """The claimant a possessive reference points to when the same sentence names it
        (`Nach seinen Erkenntnissen …, wie der Geheimdienst mitteilte`, `By its count …, the
        Pentagon said`)."""
        if not _POSSESSIVE.match(reference.text):
            return None
        named = find_claimant(sentence, self.lang, self.lexicon, None)
        if named is None or named.is_reference or named.group == "unattributed":
            return None
        comma = sentence.rfind(",", 0, named.cue_start)
        if (comma >= 0 and _RELATIVE_OPENING.match(sentence, comma)) or _RELATIVE_BEFORE.search(
                sentence, 0, named.start):  # `…, etwa die Bautrupps, die Moskau angekündigt
            return None  # hatte`, `the builders that Moscow announced`: not the owner
        return named

    def _cited_source(self, sentence: str, start: int, end: int) -> Claimant | None:
        """A source named beside the figure in a table or fact box: a parenthesis right
        after it (`around 4,000 (Ukraine, mid-March)`) or a cell of the same table row
        (`| Geheimdienst NIS | 13. Januar | rund 300 Tote |`)."""
        found = self._sources_in(sentence, _source_cells(sentence, start, end))
        named = [c for c in found if c.group != "other"]
        if not found:  # a parenthesis closing the sentence: only a known source
            named = [c for c in self._sources_in(sentence, _closing_source_cell(sentence, end))
                     if c.group != "other"]
            return named[0] if named else None
        return (named or found)[0]

    def _sources_in(self, sentence: str, cells: list[tuple[int, int]]) -> list[Claimant]:
        """The cells that name a source (not a date or a figure), as claimants."""
        found: list[Claimant] = []
        for a, b in cells:
            text = sentence[a:b].strip()
            if not text or any(ch.isdigit() for ch in text) or find_date_expressions(
                    text, self.published, self.lang):
                continue  # a date or a figure, not a source
            group = claimant_group(text, self.lang, self.lexicon)
            if group != "unattributed":
                found.append(Claimant(text, group, a, b, "source", False))
        return found

    def _speaker(self, index: int) -> Claimant | None:
        """In an interview or transcript, the speaker of the turn sentence `index` is in: the
        label opening the turn, or in an unlabelled Q&A the person its introduction names
        (the group of a name in that introduction, else other)."""
        if self.sentences[index].text.rstrip().endswith("?"):
            return None
        texts = self._texts
        if self._transcript is None:
            self._transcript = is_transcript(texts)
        if self._transcript:
            name = turn_speaker(texts, index)
            if not name:
                return None
            group = claimant_group(name, self.lang, self.lexicon)
            return Claimant(name, "other" if group == "unattributed" else group, -1, -1, "turn",
                            False)
        if self._interviewee is None:
            self._interviewee = interviewee(texts) or ("", -1)
        name, intro = self._interviewee
        if not name or index <= intro:
            return None
        return self._speaker_claimant(name, texts[intro])

    def _speaker_claimant(self, name: str, described_in: str) -> Claimant:
        """An interviewee as a claimant: the group of the person or body their introduction
        names (`Colonel X heads the Asia desk of … HUR`), else other."""
        named = first_named(described_in, self.lexicon)
        return Claimant(name, named.group if named is not None else "other", -1, -1,
                        "interview", False)

    def _date_beside_source(self, index: int, source: Claimant) -> DateExpr | None:
        """A date in the parenthesis or table cell that names the source (`(NIS, Anfang März)`,
        `| 13. Januar |`): the claim's date, month dates included."""
        text = self.sentences[index].text
        close = text.find(")", source.end)
        if close < 0 or "(" in text[source.end:close]:
            return None
        return next((d for d in self.claim_dates(index)
                     if source.end <= d.start and d.end <= close), None)

    def _citers_date(self, index: int, source: Claimant, start: int) -> DateExpr | None:
        """`The BBC, citing Ukrainian intelligence, reported on Tuesday that …`: a source
        cited by someone else takes the day the citer's report gives before the figure."""
        if " ".join(source.cue.lower().split()) not in _CITING_CUES:
            return None
        before = [d for d in self.claim_dates(index)
                  if d.end <= start and d.precision in ("day", "week")]
        return before[-1] if before else None

    def _when_date(self, index: int, source: Claimant) -> DateExpr | None:
        """The date a `when` clause that opens with the source hangs on (`since January, when
        the Pentagon said …`, `seit Januar, als das Pentagon … nannte`), `seit` included."""
        text = self.sentences[index].text
        for d in self.dates(index):
            if d.end <= source.start and _WHEN_GAP.fullmatch(text, d.end, source.start):
                return d
        return None

    def _date_before_colon(self, index: int, source: Claimant, start: int) -> DateExpr | None:
        """A date between the source and the colon that introduces the figure (`The NIS gave
        a lower tally in January: some 300 dead`): the claim's date, month dates included."""
        text = self.sentences[index].text
        colon = text.rfind(":", 0, start)
        if colon < source.end:
            return None
        found = [d for d in self.claim_dates(index) if source.end <= d.start and d.end <= colon]
        return found[-1] if found else None

    def _continues(self, index: int) -> bool:
        """The sentence is an item of a list that a sentence ending in a colon introduces
        (items end in `;` or start with a list mark)."""
        for i in range(index - 1, max(-1, index - 1 - LIST_ITEMS), -1):
            text = self.sentences[i].text.rstrip()
            if text.endswith(":"):
                return True
            if not (text.endswith(";") or text[:1] in _LIST_MARKS):
                return False
        return False

    def _reference_date(self, index: int) -> DateExpr | None:
        """The date of the nearest earlier back-reference that states one (`Er sagte am
        Dienstag, Pjöngjang werde Folgendes schicken:` before a list), looking back over
        sentences that name nobody and stopping at one that names its claimant."""
        for i in range(index - 1, max(-1, index - 1 - LIST_ITEMS), -1):
            if not self.claim_dates(i) and not may_name_claimant(self.sentences[i].text, self.lang):
                continue  # cheap tests first: names nobody, dates nothing
            c = find_claimant(self.sentences[i].text, self.lang, self.lexicon, None)
            if c is None:
                continue
            if not c.is_reference:
                return None
            d = self._claim_date_in(i, c, c.start, c.end)
            if d is not None:
                return d
        return None

    def _quote_speaker(self, index: int) -> _Frame | None:
        """The speaker of a quotation running over several sentences, named before or
        after the sentence within the quotation; or of a whole quoted sentence right after
        a quote the sentence before gives a speaker (`"…," Budanov said. "We expect …"`)."""
        if index and _QUOTED_SENTENCE.match(self.sentences[index].text) and (
                _QUOTE_MARK.search(self.sentences[index - 1].text)):
            frame = self.frame(index - 1)
            if frame is not None:
                return frame
        if not _in_open_quote(self.sentences, index):
            return None
        for i in (index - 1, index + 1, index - 2, index + 2):
            if 0 <= i < len(self.sentences) and (frame := self.frame(i)) is not None:
                return frame
        return None

    def _claim_date_in(
        self, index: int, c: Claimant | None, start: int, end: int
    ) -> DateExpr | None:
        """The sentence's date of the claim: in the claimant's clause, nearest to it.

        Without a claimant, the day- or week-precise date nearest to the figure;
        month dates there mostly date events (`im Januar verlegt`)."""
        dates = self.claim_dates(index)
        if not dates:
            return None
        if c is not None and c.start >= 0:
            clauses = self._once(self._clauses, index, clause_spans)
            region = _claim_region(self.sentences[index].text, clauses, c, start)
            text = self.sentences[index].text
            own = (_clause_of(clauses, c.cue_start), _clause_of(clauses, start))
            inside = [d for d in dates if any(a <= d.start < b for a, b in region) and (
                any(a <= d.start < b for a, b in own)  # `…, which said last month that`
                or not _in_event_relative(text, clauses, d.start))]
            present = _present_tense(c.cue)
            if c.is_reference:  # `He said … captured two … in January`: an event's month
                inside = [d for d in inside if d.precision != "month" or d.start < min(
                    start, max(c.cue_start, 0)) or _beside(d, c) or (  # `erklärte der Dienst
                    c.cue_start < c.start and 0 <= d.start - c.end <= 1)]  # Ende April`
            elif present:  # `X says … averaged 1,050 a day in July`: an event's
                inside = [d for d in inside  # date, unless it stands at the cue or dates a
                          if d.start < c.cue_start or _beside(d, c)  # release (`nach einem am
                          or _dates_a_release(text, d)]  # Mittwoch veröffentlichten Bericht`)
            if not inside:  # `Am Mittwoch teilte der Dienst mit, dass …, wie X mitteilte.`
                inside = [d for d in dates if d.precision in ("day", "week") and d.end <= start
                          and not (present and d.start > c.cue_start)
                          and not _in_event_relative(text, clauses, d.start)]
                if inside:  # not a date beside another speaker's cue (`state media said
                    others = [o for o in sentence_claimants(  # Thursday, as X estimated …`)
                        self.sentences[index].text, self.lang, self.lexicon)
                        if o.cue_start != c.cue_start and not o.is_reference
                        and o.group not in (c.group, "unattributed")]
                    inside = [d for d in inside if not any(_beside(d, o) for o in others)]
            if not inside:  # `Kim told them nine had died, the state news agency reported
                inside = self._relay_dates(index, c, dates)  # Friday`: the relay's day
            if not inside:  # `sagte X, Chef des HUR, am Mittwoch`: right after the apposition
                inside = [d for d in dates if c.cue_start < c.start and c.end <= d.start
                          and _AFTER_APPOSITION.fullmatch(text, c.end, d.start)]
            if not inside:  # `berichtete, ebenfalls Ende August, Kim habe …`: set off
                inside = [d for d in dates if _set_off_after_cue(text, d, c)]  # by commas
            if not inside:  # a timeline entry: `Mitte Dezember: Kiew spricht von 200 …`
                inside = [d for d in dates[:1] if _labels_entry(self.sentences[index].text, d)]
            if not inside:  # `Als im Oktober die ersten Bilder auftauchten, schätzte der NIS …`
                inside = [d for d in dates if _in_opening_when_clause(text, d, c.cue_start)]
            if not inside:  # `X's latest estimate, from late April, stands at …`
                inside = [d for d in dates if _of_a_release(text, d)]
            return _at_cue(inside, c) or _nearest(inside, (c.start, c.end))
        precise = [d for d in dates if d.precision in ("day", "week") or _of_a_release(
            self.sentences[index].text, d)]  # `Seine Schätzung vom Januar lautete auf …`
        return _nearest(precise, (start, end)) if precise else None

    def _relay_dates(self, index: int, c: Claimant, dates: list[DateExpr]) -> list[DateExpr]:
        """The day or week beside another cue of the sentence whose speaker is of the
        claimant's own side, or state media reporting the words of the topic's own state's
        leader: the day the words were made public."""
        precise = [d for d in dates if d.precision in ("day", "week")]
        if not precise:
            return []
        relays = [o for o in sentence_claimants(self.sentences[index].text, self.lang,
                                                self.lexicon)
                  if o.cue_start != c.cue_start and not o.is_reference and (
                      o.group == c.group or (c.group == self.lexicon.subject_group
                                             and _STATE_MEDIA.search(o.text))
                      or o.cue_start > c.cue_start and names_a_medium(o.text, self.lexicon))]
        # a medium reporting the claimant's words after them: `…, meldete Yonhap am Montag`
        text = self.sentences[index].text
        return [d for d in precise if any(_beside(d, o) or (  # `berichteten die Staatsmedien
            o.cue_end <= o.start and 0 <= d.start - o.end <= 1) or (  # am Montag`, `hieß es
            text[o.cue_end:d.start].strip() == "es") for o in relays)]  # am Dienstag aus …`

    def _same_day_date(self, index: int) -> DateExpr | None:
        """`am selben Tag`, `gleichentags`, `that month` in sentence `index`: the date given
        before it (None when the sentence says no such thing)."""
        if not index or not self._said_same_day(index):
            return None
        return self._previous_date(index, _says_same_month(self.sentences[index].text))

    def _said_same_day(self, index: int) -> bool:
        """`_says_same_day` of sentence `index`, after a cheap test for its key words."""
        if not _names_any(self._once(self._lowered, index, str.lower), _SAME_DAY_WORDS):
            return False
        return self._once(self._same_day, index, _says_same_day)

    def _lead_date_ahead(self, index: int, c: Claimant) -> DateExpr | None:
        """A lead's claim takes the date the next sentences give for the same side (`Nordkorea
        hat nach Erkenntnissen des Geheimdienstes … verlegt. …, teilte der NIS am Mittwoch
        mit.`)."""
        if index >= LEAD_SENTENCES:
            return None
        for i in range(index + 1, min(len(self.sentences), index + 1 + LOOKAHEAD)):
            f = self._dated_frame(i)
            if f is not None and f.claimant.group == c.group and not _pluperfect_cue(
                    self.sentences[i].text, f.claimant):
                return f.date
        return None

    def _date_ahead(self, index: int, c: Claimant) -> DateExpr | None:
        """A claim reported in the present or perfect (`Seoul's NIS estimates`, `has said`)
        takes the date the next sentences of its paragraph, or of the next one when it stands
        alone, give for the same side (`The NIS gave the estimate to lawmakers on Thursday`)."""
        text = self.sentences[index].text
        if not (_present_tense(c.cue) or _perfect_before(text, c) or (
                _PREPOSITIONAL_CUE.match(c.cue) and _NOW_TENSE.search(text))):
            return None  # `… have now died, by the estimate of X`: reported in the present
        paragraph = self.sentences[index].paragraph
        alone = index + 1 < len(self.sentences) and (
            self.sentences[index + 1].paragraph != paragraph) and (
            index == 0 or self.sentences[index - 1].paragraph != paragraph)
        for i in range(index + 1, min(len(self.sentences), index + 1 + DATE_AHEAD)):
            if self.sentences[i].paragraph != paragraph and not (alone and i == index + 1):
                return None
            f = self._dated_frame(i)
            if f is not None:
                earlier = _pluperfect_cue(self.sentences[i].text, f.claimant)  # `Im Frühjahr
                # hatte der Generalstab … gesprochen`: an earlier statement
                return f.date if f.claimant.group == c.group and not earlier else None
        return None

    def _scene_date(self, index: int, c: Claimant) -> DateExpr | None:
        """The day the sentence before sets for the same named speaker in a past-tense
        report (`Schoigu und Kim am Dienstag in Pjöngjang.` then `Schoigu kündigte an, …`)."""
        stems = _name_stems(c.text)
        if not index or not stems:
            return None
        if not _present_tense(c.cue):
            if not _names_any(self._once(self._lowered, index - 1, str.lower), stems):
                return None
            return self._plain_date(index - 1)
        for i in range(index - 1, max(-1, index - 1 - LOOKBACK), -1):  # `Am Mittwochabend
            if _names_any(self._once(self._lowered, i, str.lower), stems):  # sprach Oberst X.
                return self._plain_date(i) if self.frame(i) is None else None  # X geht … aus`
        return None

    def _announced_date(self, index: int, c: Claimant) -> DateExpr | None:
        """The day a figureless sentence before, in the same paragraph, says information came
        from the claimant's side (`Aus Seoul kamen am selben Tag genauere Angaben.` then `Der
        Generalstab schätzt …`; `Washington released its figures on Monday.`)."""
        if not index or c.group in _NO_SIDE:
            return None
        before = index - 1
        text = self.sentences[before].text
        if (self.sentences[before].paragraph != self.sentences[index].paragraph
                or not _ANNOUNCES.search(text) or self.frame(before) is not None
                or named_group(text, self.lexicon) != c.group):
            return None
        if self._said_same_day(before):
            return self._previous_date(before)
        return self._plain_date(before)

    def _days_earlier(self, index: int, start: int) -> DateExpr | None:
        """`Four days earlier, lawmakers said …`, `Zwei Tage zuvor hatte X …`: that many days
        before the latest day the sentences before name (after it for `tags darauf`, `two days
        later`; the first such weekday after it for `am Montag darauf`, `the following Monday`)."""
        m = _DAYS_EARLIER.search(self.sentences[index].text, 0, start)
        if m is None or not index:
            return None
        count = _COUNT_WORDS.get((m.group("n") or m.group("l") or "").lower(), 1)
        weekday = m.group("wd") or m.group("wd2") or m.group("wd3")
        later = m.group("l") is not None or m.group("next") is not None or weekday is not None
        for i in range(index - 1, max(-1, index - 1 - LOOKBACK), -1):
            days = [d for d in self.dates(i) if d.precision == "day"]
            if days:
                if weekday is not None:  # `am Montag darauf`: the first such day after it
                    count = (WEEKDAYS[weekday.lower()] - days[-1].date.weekday() - 1) % 7 + 1
                day = days[-1].date + timedelta(days=count if later else -count)
                if self.published is not None and day > self.published:
                    return None
                return DateExpr(m.start(), m.end(), m.group(), day, day, day, "day", True)
        return None

    def _then_date(self, index: int, start: int) -> DateExpr | None:
        """`damals`, `at the time`: the date given before the figure in the sentence, else the
        claim date of the sentence before, else its last date (`Mitte Jänner kamen Zahlen:
        Kiew sprach damals …`)."""
        if not _names_any(self._once(self._lowered, index, str.lower), _THEN_WORDS):
            return None
        before = [d for d in self.claim_dates(index) if d.end <= start]
        if before:
            return before[-1]
        if not index:
            return None
        frame = self._dated_frame(index - 1)  # the statement the sentence before dates
        if frame is not None:
            return frame.date
        earlier = self.claim_dates(index - 1)
        return earlier[-1] if earlier else None

    def _date_after_semicolon(self, index: int, start: int) -> DateExpr | None:
        """`…; diese Einschätzung hatte der Dienst im September öffentlich gemacht`: a clause
        after a semicolon that refers back to the statement gives its date."""
        text = self.sentences[index].text
        semi = text.find(";", start)
        if semi < 0 or not _REFERS_BACK.match(text, semi + 1):
            return None
        return next((d for d in self.claim_dates(index) if d.start > semi), None)

    def _lead_in_date(self, index: int) -> DateExpr | None:
        """`December 2024: The first losses. Ukraine says …`: the date a timeline entry opens
        with, followed by a colon, dates what the entry reports (up to the next entry or the
        paragraph's end)."""
        para = self.sentences[index].paragraph
        for i in range(index, -1, -1):
            if self.sentences[i].paragraph != para:
                return None
            text = self.sentences[i].text
            d = next(iter(self.dates(i)), None)
            if d is not None and _LEAD_PREFIX.fullmatch(text, 0, d.start) and (
                    _COLON_AFTER.match(text, d.end)):
                return d
        return None

    def _date_given_after(self, index: int) -> DateExpr | None:
        """A date the next sentence gives for this statement (`Das sagte er am Montag.`,
        `He made the remarks on Tuesday.`), or the one after it when the next sentence goes
        on with the same reported speech and gives none (`… seien getötet worden. Insgesamt
        seien … geschickt worden. So äusserte sich ein Sprecher am Montag.`)."""
        for nxt in range(index + 1, min(len(self.sentences), index + 3)):
            if nxt > index + 1 and self.sentences[nxt].paragraph != self.sentences[
                    index].paragraph:  # the next sentence may open a paragraph of its own
                return None
            if _BACK_REFERENCE.search(self.sentences[nxt].text):
                return next((d for d in self.dates(nxt) if d.precision in ("day", "week")),
                            None)
            if self.dates(nxt) or not self._is_continuation(nxt):
                return None
        return None

    def _plain_date(self, index: int) -> DateExpr | None:
        """A day- or week-precise date in sentence `index` (`Der NIS legte am Montag … vor.`)."""
        if index < 0:
            return None
        text = self.sentences[index].text
        clauses = self._once(self._clauses, index, clause_spans)
        return next((d for d in self.dates(index) if d.precision in ("day", "week")
                     and not _in_event_relative(text, clauses, d.start)
                     and not _not_this_day(text, d)), None)  # not `einst …, heute Chef`

    def _previous_date(self, index: int, month: bool = False) -> DateExpr | None:
        """The claim date of the latest sentence before that gives one, else its first date
        (`said the same day`), at most `LOOKBACK` sentences back; for `that month` the last
        month named before (`in October last year. … said that month`)."""
        for i in range(index - 1, max(-1, index - 1 - LOOKBACK), -1):
            if month:
                months = [d for d in self.dates(i) if d.precision == "month"]
                if months:
                    return months[-1]
                continue
            frame = self.frame(i)
            if frame is not None and frame.date is not None:
                return frame.date
            dates = self.dates(i)
            if dates:
                return dates[0]
        return None

    def _same_claimant_date(self, index: int, c: Claimant) -> DateExpr | None:
        """The date an earlier sentence gave for the same claimant (`Gerasimov said on
        Saturday …` then `Laut Gerassimow …`), or for the same side a few sentences before."""
        stems = _name_stems(c.text)
        for i in range(index - 1, max(-1, index - 1 - SAME_CLAIMANT_LOOKBACK), -1):
            near = index - i <= LOOKBACK
            if not near and not _names_any(self._once(self._lowered, i, str.lower), stems):
                continue  # cheap test first: a far sentence must name the claimant
            f = self._dated_frame(i)
            if f is None or f.date is None:
                continue
            if _same_claimant(f.claimant, c) or (near and f.claimant.group == c.group and not (
                    c.group in _NO_SIDE and _names_a_person(c))  # a private person named anew
                    and c.cue.lower() not in _ESTIMATE_NOW):  # is no side of anyone before;
                return f.date  # another speaker's day does not date `geht davon aus`, `schätzt`
        return None

    def dates(self, index: int) -> list[DateExpr]:
        """The sentence's date expressions (computed once)."""
        found = self._dates.get(index)
        if found is None:
            text = self.sentences[index].text
            reference = self._entry_date(index) or self.published
            found = self._dates[index] = find_date_expressions(text, reference, self.lang)
        return found

    def claim_dates(self, index: int) -> list[DateExpr]:
        """The sentence's date expressions that can date a claim (not `seit Dezember`)."""
        found = self._claim_dates.get(index)
        if found is None:
            text = self.sentences[index].text
            found = [d for d in self.dates(index) if not _opens_a_period(text, d.start)
                     and not _dates_a_participle(text, d) and not _in_event_clause(text, d)
                     and not _dates_an_arrival(text, d) and not _not_this_day(text, d)
                     and not _is_dateline(text, d)]
            self._claim_dates[index] = found
        return found

    def _once(self, store: dict[int, _T], index: int, compute: Callable[[str], _T]) -> _T:
        """`compute` of sentence `index`'s text, computed once and kept in `store`."""
        if index not in store:
            store[index] = compute(self.sentences[index].text)
        return store[index]

    def _is_continuation(self, index: int) -> bool:
        """The sentence continues an earlier report (see `is_continuation`)."""
        return self._once(self._continuation, index, lambda text: is_continuation(text, self.lang))

    def frame(self, index: int) -> _Frame | None:
        """The sentence's own named (non-reference) claimant, with its date."""
        if index not in self._frames:
            c = find_claimant(self.sentences[index].text, self.lang, self.lexicon, None)
            if c is not None and c.is_reference and speaks_for_itself(c, self.lexicon) and (
                    self._antecedent(index, c) is None):
                c = c._replace(group="other", is_reference=False)  # `Der Ausschuss nannte …`
            meant = None
            if c is not None and c.is_reference and index and not self._resolving:
                meant = self._person_meant(index, c)  # dated as a reference: `He said … in`
            if c is not None and meant is None and _SERVICE.search(c.text) and (
                    self._antecedent(index, c) is None) and (
                    group := self._service_of_place(index, c)):
                c = c._replace(group=group, is_reference=False)
            ok = c is not None and not c.is_reference and c.group != "unattributed"  # January`
            if c is None and _SOURCE_AFTER.match(self.sentences[index].text):
                self._frames[index] = self._named_in(index)  # `That was the assessment the
                return self._frames[index]  # NIS gave lawmakers on Monday. It added …`
            if c is None or not (ok or meant is not None):
                self._frames[index] = None
                return None
            when = self._claim_date_in(index, c, c.start, c.end)
            if when is None:  # `Der NIS zog gleichentags Bilanz. Von den …`
                when = self._same_day_date(index)
            if when is None and ok and _present_tense(c.cue) and not _ARTICLE_FIRST.match(c.text):
                when = self._scene_date(index, c)  # `Am Mittwochabend sprach Oberst X. … X geht
                # davon aus` (carried on); not `Ein Video … zeigt`
            if when is None and ok:
                when = self._date_of_same_side(index, c) or self._announced_date(index, c)
            if when is None and ok and _names_a_person(c):  # `… crowded into the hall last
                when = self._scene_before(index)  # Thursday. X spoke about …`
            self._frames[index] = _Frame(meant or c, when)
        return self._frames[index]

    def _reported_after_semicolon(self, index: int, start: int) -> _Frame | None:
        """`X berichtete, die Einheiten seien abgezogen worden; mehrere hundert Verwundete
        würden behandelt`: reported speech after a semicolon is still the speaker's."""
        sentence = self.sentences[index].text
        semicolon = sentence.rfind(";", 0, start)
        if semicolon < 0 or not is_reported_speech(sentence[semicolon:], self.lang):
            return None
        head = sentence[:semicolon]
        found = find_claimant(head, self.lang, self.lexicon, None)
        if found is None or found.is_reference or found.group == "unattributed":
            return None
        return _Frame(found, self._claim_date_in(index, found, found.start, found.end))

    def _service_just_before(self, index: int, reference: Claimant) -> _Frame | None:
        """`South Korea's National Intelligence Service told lawmakers … . The agency's estimate
        …`: a reference to a service right after a sentence in which a service speaks is that
        service, whatever agency was named earlier (`North Korea's state news agency`)."""
        if not index or not (_SERVICE_REFERENCE.search(reference.text)
                             or _BARE_AGENCY.fullmatch(reference.text)):
            return None
        frame = self.frame(index - 1)
        if frame is None or not _SERVICE_NAME.search(frame.claimant.text):
            return None
        return frame

    def _service_named_before(self, index: int, reference: Claimant) -> _Frame | None:
        """`Laut dem Geheimdienst …`, `the spy agency said`: the intelligence service named
        last in the sentences before (`nach einer Anhörung des Nachrichtendienstes NIS`)."""
        if not _SERVICE_REFERENCE.search(reference.text):
            return None
        for i in range(index - 1, max(-1, index - 1 - SERVICE_LOOKBACK), -1):
            for m in self.lexicon.entities.finditer(self.sentences[i].text):
                named = first_named(m.group(), self.lexicon)
                if named is not None and _SERVICE_NAME.search(named.text):
                    return _Frame(named, self._plain_date(i))
        for i in range(index - 1, max(-1, index - 1 - SERVICE_LOOKBACK), -1):
            text = self.sentences[i].text  # `a closed intelligence briefing in Seoul`: the
            if _SERVICE_NAME.search(text) and (group := named_group(text, self.lexicon)) not in (
                    "", "other", "unattributed"):  # service of the side named with it
                return _Frame(reference._replace(group=group, is_reference=False),
                              self._plain_date(i))
        return None

    def _body_opening_before(self, index: int, reference: Claimant) -> _Frame | None:
        """`South Korea's NIS was less coy. Briefing MPs …, the agency put …`: a generic body
        (`the agency`, `der Dienst`) is the known body opening the sentence before when that
        sentence reports nothing itself."""
        text = self.sentences[index - 1].text if index else ""
        body = _masculine_body(text, reference.text.lower()) if index else None
        if not index or not (_BODY_HEAD.search(reference.text) or reference.text.lower() == "it"
                             or body):
            return None  # `South Korea's spy agency was briefing MPs. It told …`
        if self.frame(index - 1) is not None or find_claimant(  # it reports itself, maybe
                text, self.lang, self.lexicon, None) is not None:  # through a reference
            return None
        as_object = body is not None and body.group().split()[0].lower() != "der"
        named = None if as_object else first_named(text, self.lexicon)
        if body is not None and as_object:  # `Die Ministerin stützte sich auf den
            text = text[body.start():]  # Geheimdienst in Seoul. Dieser hatte …`: the object
            body = _MASCULINE_BODY.match(text)
        if named is None:  # `Das Militär in Seoul sieht kein Ende.`: a body and its place;
            # `Deutlicher wurde der Generalstab in Seoul. …, teilte er mit.`: the body `er`
            # stands for, and its place
            opening = text[:body.end() + BODY_PLACE_CHARS].split(",")[0] if body else (
                text[:OPENING_CHARS])
            group = named_group(opening, self.lexicon) if _IS_BODY.search(opening) else ""
            if not group:
                return None
            named = Claimant(opening.strip().rstrip("."), group, 0, len(opening), "", False)
        if named.start > OPENING_CHARS or not _IS_BODY.search(named.text):
            return None  # a person (`Sergei Schoigu`) is no `agency`
        return _Frame(named, self._plain_date(index - 1))

    def _person_meant(self, index: int, reference: Claimant) -> Claimant | None:
        """The speaker a back-reference in sentence `index` stands for (`der Botschafter`,
        `er`, `nach seinen Informationen`), so that later sentences carry it; resolved one
        level deep (a reference in the sentence before is not resolved again)."""
        sentence = self.sentences[index].text
        if _is_pronoun(reference.text) and not _reports_before(sentence, reference) and (
                named := self._named_before(sentence, reference, index)):
            return reference._replace(text=named.text, group=named.group, is_reference=False)
        self._resolving = True  # `X, Ukraine's minister, went further when he spoke`: X
        try:
            found = (self._body_opening_before(index, reference)
                     or self._antecedent(index, reference)
                     or self._service_named_before(index, reference))
            if found is None and _stands_for_someone(reference.text):
                found = self._person_before(index)  # `der frühere Verteidigungsminister`:
                # the person named just before
        finally:
            self._resolving = False
        if found is None:
            return None
        return reference._replace(text=found.claimant.text, group=found.claimant.group,
                                  is_reference=False)  # where the reference stands

    def _dated_frame(self, index: int) -> _Frame | None:
        """`frame(index)` when it has a date (cheaper tests first: any date, a reporting cue)."""
        if index not in self._frames:
            if not self.claim_dates(index):
                return None
            if not may_name_claimant(self.sentences[index].text, self.lang):
                self._frames[index] = None
                return None
        f = self.frame(index)
        return f if f is not None and f.date is not None else None

    def _antecedent(self, index: int, reference: Claimant) -> _Frame | None:
        """The latest earlier sentence whose named claimant has the reference's generic head
        noun (`der Geheimdienst` → `der südkoreanische Geheimdienst NIS`)."""
        head = _head_noun(reference.text)
        if head:
            for i in range(index - 1, -1, -1):
                if head not in self._once(self._lowered, i, str.lower):
                    continue  # cheap test first: the claimant's text is part of the sentence
                f = self.frame(i)
                if f is not None and _holds_head(f.claimant.text.lower(), head):
                    return f
        return None

    def _carried(self, index: int, reference: Claimant | None) -> _Frame | None:
        if reference is not None and (found := self._body_opening_before(index, reference)):
            return found
        if reference is not None and (found := self._service_just_before(index, reference)):
            return found
        if reference is not None and (found := self._antecedent(index, reference)) is not None:
            return found
        if reference is not None and (found := self._service_named_before(index, reference)):
            if _BARE_AGENCY.fullmatch(reference.text) and (  # `the agency`: the frame before
                    last := self._first(self._same_entry(index, LOOKBACK))) is not None and (
                    last.claimant.group == found.claimant.group):  # when it is the service's
                return last
            return found
        if reference is not None and speaks_for_itself(reference, self.lexicon):
            return None  # `Der Ausschuss kam zu dem Schluss`: not someone else's claim
        pronoun = index and reference is not None and _stands_for_someone(reference.text)
        if pronoun and (person := self._person_before(index)) is not None:
            return person
        indices = self._same_entry(index, LOOKBACK)
        found = self._first(indices)
        if found is not None and reference is not None and _he_or_she(reference, self.lang) and (
                _is_body(found.claimant)) and not self._person_frame(indices):
            return None  # `She reckons …` never stands for `KCNA reported …`
        return found

    def _relayed_call_before(self, index: int) -> _Frame | None:
        """`Am Freitag habe er ihr eine Sprachnachricht geschickt, erzählt Oksana. Drüben
        räumten an die 300 Nordkoreaner Minen.`: a sentence with no source of its own right
        after a private person tells of a call or message is what that call said."""
        if not index or not _CALL.search(self._texts[index - 1]):
            return None
        frame = self.frame(index - 1)
        if frame is None or frame.claimant.group != "other" or _is_body(frame.claimant):
            return None
        return frame

    def _unnamed_person_before(self, index: int) -> Claimant | None:
        """`…, habe er ihr erzählt. Bei ihrem Vorstoß seien elf gefallen`: reported speech
        continuing the words of a `he`/`she` nobody names (some private person) a sentence
        or two before, with no other speaker in between."""
        for i in self._same_entry(index, UNNAMED_REACH):
            c = find_claimant(self._texts[i], self.lang, self.lexicon)
            if c is None:
                continue
            if not (c.is_reference and _one_person(c)) or self._person_before(i) is not None or (
                    self._names_a_body(range(i, max(-1, i - 2), -1))):
                return None  # (not `Genauer wurde der Generalstab. …, teilte er mit.`)
            return c._replace(group="other", is_reference=False)
        return None

    def _names_a_body(self, indices: range) -> bool:
        """A sentence in `indices` names a claimant that is no person (a service, a
        government), whom an `er` after it may stand for."""
        return any(not c.is_reference and not _names_a_person(c)
                   for i in indices
                   for c in sentence_claimants(self._texts[i], self.lang, self.lexicon))

    def _person_frame(self, indices: range) -> bool:
        """The first sentence in `indices` with a frame has a person speak for its body (`A
        spokesman for the agency confirmed …`) or names its speaker by `he`/`she` too."""
        for i in indices:
            if (frame := self.frame(i)) is not None:
                text = self.sentences[i].text
                if PERSON_ROLE.search(text, 0, max(frame.claimant.cue_start, 0)) is not None:
                    return True
                own = find_claimant(text, self.lang, self.lexicon)
                return own is not None and own.is_reference and _he_or_she(own, self.lang)
        return False

    def _person_before(self, index: int) -> _Frame | None:
        """Whom `er`/`he` points to in the sentence before: a person opening it as a speaker
        (`Matthias Kobelt, Sicherheitsexperte, hält die Zahlen aus Seoul für plausibel.`), or
        with no speaker there the first name it mentions (`Rutte wurde deutlicher.`). A sentence
        opening a quote that the pronoun's sentence closes is the speaker's own words: the
        person is named before it (`X hält … . „Kim hat … . Wenn …“, sagte er.`)."""
        before = index - 1
        while before >= 0 and index - before <= PRONOUN_REACH:
            frame = self.frame(before)
            if frame is None and before > 0 and (
                    self.sentences[before].text[:1] in _OPENING_QUOTES):
                before -= 1  # the speaker's own words: the person is named before them
                continue
            if frame is not None:
                others = [c for c in sentence_claimants(self.sentences[before].text, self.lang,
                                                        self.lexicon)
                          if c.start < frame.claimant.start]
                speakers = [c for c in others
                            if not c.is_reference and _PERSON_NAME.match(c.text)]
                if speakers:
                    return _Frame(speakers[0], frame.date)
                if _names_a_person(frame.claimant):  # `Retired navy commander Ewan Bruce
                    return frame  # expects … . "…," he said.`
                if not _is_pronoun(frame.claimant.text) and not any(
                        _he_or_she(c, self.lang) for c in others):  # (`She says Seoul's
                    return None  # figure … is too low. She thinks …`: she, named before)
                before -= 1  # `Seit August hat er 64 Fahrten gezählt.`: named before that
                continue
            if _OPENS_WITH_HE_OR_SHE.match(self.sentences[before].text):
                before -= 1  # `He reads every story about the soldiers Kim has sent.`: about
                continue  # the same person, named before; a name inside is what he reads about
            named = _person_or_name(self.sentences[before].text, self.lang, self.lexicon) or (
                self._known_surname(before)) or _person_opening_for(
                self.sentences[before].text) or _introduced_person(
                self.sentences[before].text) or _opening_full_name(
                self.sentences[before].text, self.lexicon)
            if named is not None and _in_reported_clause(self.sentences[before].text, named) and (
                    earlier := self._person_before(before)) is not None:
                return earlier  # `X blickte nach vorn. Für Kim sei der Krieg ein Geschäft. Er
                # rechne …`: a name in reported speech is what the speaker talked about
            if named is not None:  # dated by its sentence, or the scene set just before it
                return _Frame(named, self._plain_date(before) or self._scene_before(before))
            portrait = _portrait_person(self.sentences[before].text)  # `Seo Ji-hye, 45, is
            if portrait is not None:  # sailing …`: dated only by its own sentence
                return _Frame(portrait, self._plain_date(before))
            text = self.sentences[before].text
            if not (_REPORTED_SUBJUNCTIVE.search(text) or _HE_OR_SHE.search(text)
                    or _AGE_NOUN.match(text)):  # `Der 58-Jährige war …`: the same
                return None  # a sentence of its own about something else
            before -= 1  # `Der Norden habe … .`: reported speech, the person is named before;
            # `Seit August hat er 64 Fahrten gezählt.`: the same person, named before
        return None

    def _scene_before(self, index: int) -> DateExpr | None:
        """`Rund 180 Zuhörer kamen am Donnerstag in den Hörsaal. Miriam Soltau sprach …`: the
        date of the sentence before `index` in its paragraph when that sentence reports
        nothing itself (it sets the scene where the person speaks)."""
        if not index or self.sentences[index - 1].paragraph != self.sentences[index].paragraph:
            return None
        return self._plain_date(index - 1) if self.frame(index - 1) is None else None

    def _quiet_scene_before(self, index: int) -> DateExpr | None:
        """The scene's date (`_scene_before`) when its sentence reports nobody's words at all
        (`Am Sonntag rief er an.`, not `He told her on Sunday that …`), and the date is a day,
        not the start of a stretch (`seit dem Wochenende`)."""
        if not index or sentence_claimants(self.sentences[index - 1].text, self.lang,
                                           self.lexicon):
            return None
        d = self._scene_before(index)
        return d if d is not None and not _SINCE.match(d.text) else None

    def _known_surname(self, index: int) -> Claimant | None:
        """A surname in sentence `index` that an earlier sentence gave with a first name: one
        opening it as its subject (`Auf dem Podium saß Gerhard Pölzl, 67, …` then `Pölzl begann
        mit einer Zahl.`), or one between lower-case words when that earlier sentence introduces
        the person (`Hansruedi Gautschi kennt Korea …` then `… hält Gautschi für zu tief.`)."""
        text = self.sentences[index].text
        m = _OPENING_SURNAME.match(text)
        found = [(m, False)] if m is not None else []
        found += [(x, True) for x in _INNER_SURNAME.finditer(text)  # and `Die Zahlen aus Seoul
                  if not named_group(x.group(1), self.lexicon)]  # hält Gautschi für zu tief.`
        for m, inner in found:
            full = re.compile(r"\b(?!(?:" + _NOT_FIRST_NAMES + r")\b)[A-ZÄÖÜ][a-zäöüß]+[ -]"
                              + re.escape(m.group(1)) + r"\b")
            for i in range(index - 1, max(-1, index - 1 - SURNAME_LOOKBACK), -1):
                earlier = self.sentences[i].text
                hit = full.search(earlier)
                if hit is None or named_group(hit.group(), self.lexicon):  # not `North Korea`
                    continue
                if inner and not self._introduces(earlier, m.group(1)):
                    continue  # not `im Gebiet Kursk … bei Kursk`: a place, no person
                return Claimant(m.group(1), "other", m.start(1), m.end(1), "", False)
        return None

    def _introduces(self, text: str, surname: str) -> bool:
        """`text` introduces a person whose name holds `surname` (`Hansruedi Gautschi kennt …`,
        `der Politologe Ruedi Frehner`)."""
        person = _person_or_name(text, self.lang, self.lexicon) or _introduced_person(text) or (
            _person_opening_for(text))
        if person is not None and surname in person.text:
            return True
        return bool(re.match(r"\s*(?:[A-ZÄÖÜ][\w.-]*\s+){1,3}" + re.escape(surname) + r"\b",
                             text))  # the name opens the sentence

    def _same_entry(self, index: int, reach: int) -> range:
        """Up to `reach` sentences before `index`, back to a ticker entry's time or date
        heading (a claimant is not carried from one entry into the next)."""
        stop = max(-1, index - 1 - reach)
        for i in range(index - 1, stop, -1):
            if is_time_heading(self._texts[i]) or self._date_headings()[i] is not None:
                return range(index - 1, i, -1)
        return range(index - 1, stop, -1)

    def _ahead(self, index: int) -> _Frame | None:
        stop = min(len(self.sentences), index + 1 + LOOKAHEAD)
        return self._first(range(index + 1, stop))

    def _first(self, indices: range) -> _Frame | None:
        return next((f for i in indices if (f := self.frame(i)) is not None), None)

    def _result(self, c: Claimant, d: DateExpr | None) -> Attribution:
        if d is not None:
            return Attribution(c.text, c.group, d.date, d.precision, d.text)
        return Attribution(c.text, c.group, *self._fallback_date())

    def _unattributed(self, d: DateExpr | None) -> Attribution:
        if d is not None:
            return Attribution("", "unattributed", d.date, d.precision, d.text)
        return Attribution("", "unattributed", *self._fallback_date())

    def _fallback_date(self) -> tuple[date | None, str, str]:
        if self.published is None:
            return None, "unknown", ""
        return self.published, "published", ""


_PERIOD_OPENER = re.compile(r"(?<!\w)(?:seit|since|bis|until|till|ab|from)\s*$", re.IGNORECASE)
_PERIOD_OPENER_AT = re.compile(r"(?:seit|since|bis|until|till|ab|from)\b", re.IGNORECASE)
_BACK_REFERENCE = re.compile(  # `Das sagte er am Montag`, `X sagte dies gestern`
    r"^(?i:Das|Dies|Dies alles|Diese Zahlen?)\s+(?i:sagten?|erklärten?|teilten?|berichteten?|"
    r"meldeten?|schrieb(?:en)?|betonten?|gab(?:en)?|nannten?|bestätigten?|verkündeten?|"
    r"trug(?:en)?|legten?|präsentierten?|lieferten?)\b|"
    r"^So\s+(?:äußerten?|äusserten?|sagten?|schilderten?|beschrieben?|formulierten?|"
    r"erklärten?|stellten?)\b|\b(?:sagte|erklärte|berichtete|schrieb|betonte)\s+(?:dies|das(?=\s+"
    r"[a-zäöü]))\b|^(?:(?i:He|She|They|The \w+)|[A-Z][\w-]+(?: [A-Z][\w-]+)?)\s+made the "
    r"(?:remarks|comments)|"
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey) said (?:this|so)\b|^(?i:The) (?:remarks|comments) "
    r"(?:came|were made)|^(?i:That|This|These figures|The figures?) (?:was|were|came) "
    r"(?:given|passed on|relayed|released|announced)\b"
)
_SAME_DAY = re.compile(
    r"\b(?:the same day|that day|am selben Tag|am gleichen Tag|am selben Abend|gleichentags"
    r"|(?:later |earlier )?that (?:month|week)|the same (?:month|week)"
    r"|(?:im|in) (?:selben|gleichen|jenem|jener|demselben|derselben) (?:Monat|Woche)"
    r"|in the same (?:briefing|statement|interview|report|address|speech|post|video|message|"
    r"broadcast|session|hearing|press conference)"
    r"|(?:in|bei) (?:derselben|der selben|der gleichen) (?:Unterrichtung|Erklärung|Rede"
    r"|Pressekonferenz|Sitzung|Ansprache|Videobotschaft|Sendung|Anhörung)"
    r"|im (?:selben|gleichen) (?:Bericht|Interview|Beitrag|Video|Post|Gespräch))\b",
    re.IGNORECASE,
)
# every alternative of _SAME_DAY holds one of these (lower case): a cheap test before it
_SAME_DAY_WORDS = ("day", "tag", "abend", "same", "selben", "gleichen", "month", "week", "monat",
                   "woche")
_LONG_WORD = re.compile(r"\w{4,}")
# `X's figures, released in mid-January, …`: an aside after the source that dates its statement
_RELEASED = re.compile(
    r"[,;]?\s*(?:released|published|issued|presented|announced|given|offered|made public|"
    r"veröffentlicht|vorgelegt|vorgestellt|bekanntgegeben|bekannt gegeben|genannt)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(  # `seinen Erkenntnissen`, `ihren Angaben`, `its count`
    r"(?:seine?[nmrs]?|ihre?[nmrs]?|eigene?[nmrs]?|dessen|deren|its|his|her|their|own)\b",
    re.IGNORECASE,
)
# `[;:«»„“”"]|,(?!\d)`, led by the class of the first characters, so that `re` skips ahead
# to one quickly
_CLAUSE_CUT = re.compile(r"[;:«»„“”\",](?:(?<=[;:«»„“”\"])|(?<=,)(?!\d))")


_SAME_MONTH = re.compile(r"\b(?:month|Monat)\b", re.IGNORECASE)


_SINCE = re.compile(r"(?i)(?:seit|since)\b")
_ANNOUNCES = re.compile(  # a sentence announcing information (`kamen genauere Angaben`)
    r"(?i)\b(?:angaben|zahlen|erkenntnisse|informationen|details|einzelheiten|schätzung|"
    r"figures|numbers|estimates?|information|data)\b")


def _in_opening_when_clause(sentence: str, d: DateExpr, cue: int) -> bool:
    """The date lies in a `when` clause opening the sentence, and the cue follows it: the
    statement was made then (`When the first images appeared in October, the NIS put …`)."""
    m = _OPENING_WHEN.match(sentence)
    return m is not None and d.end <= m.end() <= cue


_OPENING_WHEN = re.compile(r"\W*(?:Als|When)\b[^,;:]*,", re.IGNORECASE)


def _reports_before(sentence: str, reference: Claimant) -> bool:
    """The reference's cue follows a comma (`…, verkündete er`): what stands before it is
    what the speaker reports."""
    cue = min(x for x in (reference.start, reference.cue_start) if x >= 0)
    head = sentence[:cue].rstrip()  # `…, sagte er`, `…, it said`; not `When Seoul first
    return head.endswith(",") and _OPENING_WHEN.fullmatch(head) is None  # raised it, it spoke`


def _after_preposition(text: str, start: int) -> bool:
    """The name at `start` follows a preposition, perhaps with a title between (`mit Kim Jong
    Un`, `with Kim`, `mit Machthaber Kim Jong Un`, `with leader Kim`)."""
    words = text[:start].split()[-3:]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in _NAME_PREPOSITIONS:
            return True
        if not words[k].isalpha():
            return False  # `…, Kim`: punctuation ends the search
    return False


_NAME_PREPOSITIONS = frozenset(
    "mit nach von vom bei zu zum zur für gegen über an am with after by from to for against "
    "about at".split())
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom)\s+$")
_EARLIER_ESTIMATE = re.compile(r"\b(?:previous|earlier|former|last|old|vorige|frühere|alte)")
ROLE_LOOKBACK = 12  # sentences back a title (`Ambassador X`) looks for its country
@lru_cache(maxsize=64)
def _title_mentions(title: str) -> re.Pattern[str]:
    """A title with the one or two words before it (`Russia's ambassador`, `der russische
    Botschafter`), compiled once per title."""
    return re.compile(r"([\w'’-]+\s+){1,2}" + re.escape(title), re.IGNORECASE)


_TITLE_ROLE = re.compile(  # a title before a name that an earlier sentence may give a country
    r"(?i:ambassador|envoy|botschafter(?:in)?|minister(?:in)?|general(?:in)?|admiral|"
    r"gouverneur(?:in)?|governor|gesandte[r]?|commander|kommandeur(?:in)?)")
_QUOTE_MARK = re.compile(r"[\"“”„«»‹›]")
_OWN_SUM_OPENING = re.compile(  # a sentence opening with the outlet's own arithmetic
    r"(?!\W{0,3}[\"“„«»‹›‘])\W{0,3}"  # (not a quote's first words)
    r"(?:Add(?:ing)?\s+(?:up\s+)?|Added\s+(?:together|up)|Taken\s+together"
    r"|Put\s+(?:those|these|all|the|them|that|Seoul|Kyiv)\b"
    r"|Zählt\s+man|Rechnet\s+man|Addiert\s+man|Zusammengerechnet)"
    r"[^\"“„«»]*?(?:,|\band\b|\bund\b)")
_OWN_TALLY = re.compile(  # a sum the outlet draws itself, not the report before
    r"(?i)\b(?:tally|tallies|tallied|our|this newspaper|appears?|together|in all|add(?:s|ing)? up|"
    r"Zählung|Rechnung|unser\w*|dieser Zeitung|Redaktion|zusammen\w*|scheint)\b")
_DIGIT_OR_WORD = re.compile(r"\d|(?i:tausend|thousand|hundert|hundred)")
_SERVICE = re.compile(  # a generic reference to a state's service or staff
    r"(?i)\b(?:\w*geheimdienst\w*|\w*nachrichtendienst\w*|generalstab\w*|spy\s+agency|"
    r"intelligence\s+(?:service|agency)|joint\s+chiefs|general\s+staff)\b")
_POSSESSIVE_OPENING = re.compile(
    r"(?i:(?:by\s+)?(?:its|their|seine?[rnms]?|ihre?[rnms]?|deren|dessen|the\s+country['’]s))\s")
_PARENTHETICAL_CUE = re.compile(r"\s*,")  # the cue closes a comma-enclosed aside


def _parenthetical(sentence: str, reference: Claimant, cut: int) -> bool:
    """`Kim, he says, could send …`: the pronoun and its cue form an aside between commas
    inside the reported clause (not after a quote or a colon that the speaker opens)."""
    before = sentence[:cut].rstrip()
    return (before.endswith(",") and before[-2:-1] not in _CLOSING_QUOTES and ":" not in before
            and _PARENTHETICAL_CUE.match(sentence, max(reference.end, reference.cue_end))
            is not None)


_CLOSING_QUOTES = frozenset("“”\"»«’'›‹")
_OPENS_WITH_HE_OR_SHE = re.compile(r"\s*(?:Er|Sie|He|She)\b")
_HE_OR_SHE = re.compile(r"\b(?:er|sie|he|she|Er|Sie|He|She)\b")
_REPORTED_SUBJUNCTIVE = re.compile(
    r"\b(?:könne|habe|sei|seien|werde|wolle|müsse|dürfe|solle|gebe|stehe|bereite)\b")
_AFTER_APPOSITION = re.compile(r"\s*,(?:[^,;:.]{1,60},)?\s*")  # `, NATO's chief, `
_REFERS_BACK = re.compile(r"\s*(?:diese[rsn]?|dies|das|these|this|that)\b", re.IGNORECASE)
TESTIFIED_REACH = 60  # characters from the person to `told`/`testified`
_TESTIFIED = re.compile(
    r"\b(?:told|testified\s+(?:before|to)|briefed)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w.’'-]*\s+)"
    r"{0,4}(?:Committee|Senate|House|Congress|Bundestag)\b|senators)")
_CITING_CUES = frozenset(("citing", "quoting", "unter berufung auf"))
UNNAMED_REACH = 2  # sentences back reported speech carries an unnamed `he`/`she`
PRONOUN_REACH = 4  # sentences back a pronoun may reach across quotes and reported speech
SURNAME_LOOKBACK = 40  # sentences searched back for a surname's first mention with a first name
_SURNAME_WORD = (  # `Pölzl`, `Müller-Lüdenscheidt`, and a Korean given name (`Ji-hoon`)
    r"[A-ZÄÖÜ](?:[a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?|[a-z]+-[a-z]{2,})")
_OPENING_SURNAME = re.compile(  # `Pölzl begann …`, `Pichler, 67, war …`, `Ji-hoon hält …`
    rf"({_SURNAME_WORD})(?:,\s*\d{{2}},)?\s+[a-zäöüß]")
_INNER_SURNAME = re.compile(  # a name between lower-case words: `hält Gautschi eher für`
    rf"(?<=[a-zäöüß] )({_SURNAME_WORD})(?=\s+[a-zäöüß])")
_NOT_FIRST_NAMES = (  # words before a noun that make no first name: `Die Zahlen`
    "Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Einem|Einen|Diese|Dieser|Dieses|Jene|Alle|"
    "Viele|Mehrere|Einige|Seine|Ihre|Unsere|The|This|That|These|Those|His|Her|Their|Its|Our|"
    "Mehr|Rund|Etwa|Knapp|Über|Nach|Laut|Bei|Mit|Von|Für|Aus|Auf|In|Im|Am|An|Zum|Zur|Als|Wie")
_WHEN_GAP = re.compile(r"\s*,\s*(?:when|als)\s+")
_SPEECH_CONTEXT = re.compile(
    r"(?i)\b(?:im Gespräch mit|im Interview|gegenüber|sagte|erklärte|schrieb|told|said|wrote|"
    r"in an interview)\b")


_GIVES_FIGURES = re.compile(
    r"(?i)\b(?:kommt|kommen|kam|kamen) auf\b|\b(?:offered|gave|gives|published|released|"
    r"presented|nannte|nennt|veröffentlichte|legte|zog|zogen|präsentierte)\b[^:]{0,40}"
    r"\b(?:assessment|estimate|figures?|count|tally|Zahlen|Schätzung|Bilanz|Einschätzung)\b"
    r"|\b(?:Bilanz|Zwischenbilanz)\s+gezogen\b")


def _in_reported_clause(sentence: str, c: Claimant) -> bool:
    """The clause naming `c` is in reported speech (`Kim habe …`, `Für Kim sei …`), not a
    sentence of the speaker's own (`Pichler hat keinen Zweifel: Die Einheiten seien …`)."""
    if c.start < 0:
        return False
    cut = max(sentence.rfind(p, 0, c.start) for p in ",;:")
    ends = [k for k in (sentence.find(p, c.end) for p in ",;:") if k >= 0]
    end = min(ends, default=len(sentence))
    return _REPORTED_SUBJUNCTIVE.search(sentence, cut + 1, end) is not None


def _speaker_before_colon(sentence: str, start: int, lang: str,
                          lexicon: ClaimantLexicon) -> Claimant | None:
    """`Der russische Botschafter X lobte … im Gespräch mit der Agentur Tass: Mehrere tausend
    …`: a person introduced speaking before a colon says what follows it."""
    colon = sentence.rfind(":", 0, start)
    if colon < 0:
        return None
    if _SPEECH_CONTEXT.search(sentence, 0, colon):
        return person_in(sentence[:colon], lang, lexicon)
    if not _GIVES_FIGURES.search(sentence, 0, colon):
        return None
    named = first_named(sentence[:colon], lexicon)  # `Der NIS … kommt auf deutlich weniger:`
    return named if named is not None and named.start <= OPENING_CHARS else None


_FOR_PERSON = re.compile(  # `Für Kapitän a. D. Holger Brandt, der …`, `For Jane Doe, who …`,
    r"(?:Für|For)\s+(?P<who>(?:[A-ZÄÖÜ][\w.-]*\s+|[a-zäöü]\.\s?[A-ZÄÖÜ]\.\s+){1,5}"  # `Für
    r"[A-ZÄÖÜ][\w-]+)(?:,\s*\d{2})?(?:\s+(?:aus|from)\s+[A-ZÄÖÜ][\w-]+)?"  # X aus Meiringen
    r"(?:,\s|\s+(?:ist|war|sind|waren|bleibt|is|was|are|were|remains)\b)")  # ist`


def _introduced_person(text: str) -> Claimant | None:
    """`Our member Sahr Komba, who teaches history in Koidu, has followed …`, `Dr 'Mamello
    Ramakatane, a lecturer, cautions …`: a person introduced by name with a relative clause or
    an apposition, whom `he`/`sie` next may stand for."""
    m = _INTRODUCED.search(text)
    if m is None or m.start("who") > OPENING_CHARS:
        return None
    return Claimant(m["who"], "other", m.start("who"), m.end("who"), "", False)


_INTRODUCED = re.compile(
    r"(?:^|\s)(?!(?:" + _NOT_FIRST_NAMES + r")\b)"  # not `Die Lage aus Sicht der …`
    r"(?P<who>['’]?[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?)(?:,"
    r"\s+(?:\d{2},\s+)?(?:who|der|die|a|an|ein|eine)\s|\s+(?:aus|from)\s+[A-ZÄÖÜ][\w-]+"
    r"(?:\s+(?:am|an der|im|in|bei|near|on)\s+[A-ZÄÖÜ][\w-]+)?\s+[a-zäöüß])")  # `X aus Gries`


def _portrait_person(text: str) -> Claimant | None:
    """`Im Oktober besuchte uns Jung Tae-ho, 52, Sommelier aus Seoul.`, `Dr. Chung Jae-won, 72,
    a retired surgeon …`, `Her neighbour Mr Lim knows …`, `Soo-min, Bogenschützin aus Andong,`:
    a person introduced by name and age, by title and name, or by name, trade and home town,
    anywhere in the sentence."""
    m = _PORTRAIT_NAME.search(text)
    if m is None:
        return None
    return Claimant(m["who"], "other", m.start("who"), m.end("who"), "", False)


_PORTRAIT_NAME = re.compile(  # two or three capitalised words and `, 52,`, or a title and name
    r"(?<![\w'’])(?!(?:" + _NOT_FIRST_NAMES + r")\b)(?P<who>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)"
    r"{1,2}(?=,\s+\d{2},)|(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+[A-ZÄÖÜ][\w'’-]+"
    r"|[A-ZÄÖÜ][\w'’-]+(?=,\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ]\w+(?:in|er)\s+aus\s+[A-ZÄÖÜ]"
    r"|,\s+an?\s+(?:[\w-]+\s+){0,2}[a-z]+\s+from\s+[A-Z]))")


def _opening_full_name(text: str, lexicon: ClaimantLexicon) -> Claimant | None:
    """`Beat Imfeld war Attaché in Seoul.`, `Minji Seo, 29, promoviert an der TU.`: a first
    name and a surname opening the sentence as its subject (no known body, place or country,
    no adjective), whom `er`/`she` next may stand for."""
    m = _OPENING_FULL_NAME.match(text)
    if m is None or first_place_or_name(m["who"], lexicon) is not None or (
            any_country_word().search(m["who"])):  # `North Korean troops`
        return None
    return Claimant(m["who"], "other", 0, m.end("who"), "", False)


_OPENING_FULL_NAME = re.compile(
    r"(?!(?:" + _NOT_FIRST_NAMES + r")\b)(?![A-ZÄÖÜ]\w*(?:isch|lich|ig)\w*\b)"
    r"(?P<who>[A-ZÄÖÜ][a-zäöüß'’]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß'’]+"
    r"(?:-[A-Za-zÄÖÜ][a-zäöüß]+)?)"  # (`Jang Hyun-woo`)
    r"(?:,\s+\d{2},(?:\s+[^,.;:!?]{1,60},)?)?\s+[a-zäöüß]")  # `, 38, Zimmerer aus Daejeon, hat`


def _person_opening_for(text: str) -> Claimant | None:
    """`Für Tobias Reindl, der in Passau forscht, ist das erst der Anfang.`: the person a
    sentence opens with after `für`/`for` and describes in a relative clause; whom `er` or
    `seiner Rechnung` next may stand for."""
    m = _FOR_PERSON.match(text)
    if m is None or len(m["who"].split()) < 2:
        return None
    return Claimant(m["who"], "other", m.start("who"), m.end("who"), "", False)


def _person_or_name(text: str, lang: str, lexicon: ClaimantLexicon) -> Claimant | None:
    """Whom a pronoun after `text` may stand for: the first known name, or the person
    introduced by role and name around it (`der CSU-Abgeordnete Markus X`, with the group
    the name gives), or a person introduced without a known name."""
    text = _QUOTED.sub(lambda m: " " * len(m.group()), text)  # names quoted are not speakers
    named = first_named(text, lexicon)
    person = person_in(text, lang, lexicon)
    role = opening_role(text, lang, lexicon)  # `Ein früherer Offizier spricht über Kim …`
    if role is not None and (named is None or named.start >= role.end) and (
            person is None or person.start >= role.end):
        return role
    if named is None or person is None:
        return named or person
    if not person.start <= named.start < person.end:
        return named
    return person if person.group != "other" else person._replace(group=named.group)


_RELEASE_AFTER = re.compile(r"\s*(?:veröffentlicht|vorgelegt|vorgestellt|publiziert)\w*\b")
_RELEASE_BEFORE = re.compile(r"\b(?:published|released|issued)\s+(?:on\s+)?$")


def _dates_a_release(sentence: str, d: DateExpr) -> bool:
    """`einem am Mittwoch veröffentlichten Bericht`, `a report released on Wednesday`, `in
    einer Analyse vom Oktober`, `the latest estimate, from late April,`."""
    return bool(_RELEASE_AFTER.match(sentence, d.end)) or bool(
        _RELEASE_BEFORE.search(sentence, max(0, d.start - 20), d.start)) or _of_a_release(
        sentence, d)


def _of_a_release(sentence: str, d: DateExpr) -> bool:
    """`in einer Analyse vom Oktober`, `the estimate, from late April`: the date an
    information noun is from."""
    return _OF_RELEASE.search(sentence, max(0, d.start - RELEASE_NOUN_REACH), d.start) is not None


RELEASE_NOUN_REACH = 40  # characters from an information noun to the date it is `from`
_OF_RELEASE = re.compile(  # an information noun and the date it is from
    r"(?i)(?:analyse|schätzung|bericht|studie|mitteilung|erklärung|bilanz|lagebild|"
    r"estimate|assessment|report|analysis|figures?|count|tally|statement|briefing)"
    r"(?:en|s|e)?(?:\s+of\s+[\w\s’']{1,25}?)?,?\s+(?:vom|von|from|dated)\s+(?:the\s+)?$")


_EVENT_PARTICIPLE = re.compile(
    r"(?i)\b(?:sent|deployed|dispatched|shipped|moved|captured|killed|wounded|geschickten?|"
    r"verlegten?|entsandten?|gefangenen?|getöteten?)\s+(?:\w+\s+){0,2}$")


_NOUN_AFTER_ATTRIBUTE = re.compile(r"\w+en\s+[A-ZÄÖÜ]")  # `verlegten Soldaten`


def _dates_a_participle(sentence: str, d: DateExpr) -> bool:
    """`the 11,000 troops sent last autumn`, `die im Herbst verlegten Soldaten`: a month or
    season that dates the sending, not a statement."""
    if d.precision == "day":
        return False
    m = _EVENT_PARTICIPLE.search(sentence, max(0, d.start - 40), d.start)
    if m is not None and m.group()[:1].isupper() and m.start() > 0:
        m = None  # `die Zahl der Getöteten Ende Dezember auf …`: a noun, the count's date
    if m is not None and _NOUN_AFTER_ATTRIBUTE.match(m.group()):
        m = None  # `die Zahl der verlegten Soldaten Anfang Jänner auf …`: the noun ends it
    return m is not None or _EVENT_PARTICIPLE_AFTER.match(sentence, d.end) is not None


def _is_dateline(sentence: str, d: DateExpr) -> bool:
    """`GLADSTONE, Friday 20 December 2024 – …`, `Biel, 24. Juli 2025 – …`: the dateline's date
    is the publication's, not the statement's (the text may date that elsewhere)."""
    return bool(_DATELINE_BEFORE.fullmatch(sentence, 0, d.start)) and bool(
        _DATELINE_DASH.match(sentence, d.end))


_DATELINE_BEFORE = re.compile(r"[A-ZÄÖÜ][\w/ .’'-]{1,40},\s*(?:[A-Z][a-z]+,?\s+)?")
_DATELINE_DASH = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[–—-]")


def _not_this_day(sentence: str, d: DateExpr) -> bool:
    """`heute`/`today` that is not the publication day: inside a quotation (the speaker's
    today: `„… heute noch …“, sagte der Major`) or set against a past (`einst Minister und heute
    Putins Berater`)."""
    if _TODAY.search(d.text) is None:
        return False
    if any(m.start() < d.start < m.end() for m in _QUOTED.finditer(sentence)):
        return True
    return _ONCE.search(sentence, max(0, d.start - ONCE_REACH), d.start) is not None


_TODAY = re.compile(r"(?i)\b(?:heute|today|gestern|yesterday|tonight)\b")
_ONCE = re.compile(r"(?i)\b(?:einst\w*|früher\w*|ehemal\w*|damals|langjährige\w*|once|formerly|"
                   r"former|one-time|long-time|longtime)\b")
ONCE_REACH = 60  # characters before `heute` searched for the past it is set against


def _dates_an_arrival(sentence: str, d: DateExpr) -> bool:
    """`the fresh troops arrived in January and February`, `die im Jänner nachgekommen`: a
    month right after an arrival verb dates the arrival, not a statement."""
    if d.precision == "day":
        return False
    return _ARRIVAL_BEFORE.search(sentence, max(0, d.start - 30), d.start) is not None


_ARRIVAL_BEFORE = re.compile(
    r"\b(?:arrived|were sent|had been sent|were deployed|were shipped|were moved|"
    r"followed|eingetroffen|angekommen|gekommen|nachgekommen|verlegt worden|geschickt worden)"
    r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _in_event_clause(sentence: str, d: DateExpr) -> bool:
    """`after pulling them back in February`, `nachdem sie im Februar abgezogen worden
    waren`: a date inside an event's `after`/`nachdem` clause dates the event."""
    window = sentence[max(0, d.start - EVENT_CLAUSE_REACH):d.start]
    m = _EVENT_CLAUSE.search(window)
    return m is not None and not _SPEECH_GERUND.match(m.group("verb") or "")


EVENT_CLAUSE_REACH = 60  # characters from `after`/`nachdem` to the date
_EVENT_CLAUSE = re.compile(
    r"\b(?:(?:after|before|while|without|upon)\s+(?P<verb>\w+ing)\b|(?:nachdem|bevor|ehe)\b)"
    r"[^,;:.!?]*$", re.IGNORECASE)
_SPEECH_GERUND = re.compile(
    r"(?i)(?:say|tell|announc|report|estimat|warn|brief|stat|claim|confirm|releas|publish)ing$")
_EVENT_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:nach Russland\s+)?(?:geschickten|verlegten|entsandten|eingetroffenen)\b")


def _says_same_month(sentence: str) -> bool:
    """`that month`, `im selben Monat` (a `_SAME_DAY` phrase naming a month)."""
    m = _SAME_DAY.search(sentence)
    return m is not None and _SAME_MONTH.search(m.group()) is not None


def _says_same_day(sentence: str) -> bool:
    """`said the same day`, `am selben Tag`: the date is the one given before."""
    return _SAME_DAY.search(sentence) is not None


def _opens_a_period(sentence: str, start: int) -> bool:
    """`seit Dezember`, `since October`, `since they entered combat in the autumn`: the
    start of a period, not the claim's date (but not `the estimate, from late April`)."""
    if _OF_RELEASE.search(sentence, max(0, start - RELEASE_NOUN_REACH), start):
        return False  # `the estimate, from late April`
    return bool(_PERIOD_OPENER.search(sentence, max(0, start - 8), start)) or bool(
        _PERIOD_OPENER_AT.match(sentence, start)
    ) or bool(_SINCE_CLAUSE.search(sentence, max(0, start - SINCE_REACH), start))


_ROLE_REFERENCE = re.compile(  # `der frühere Verteidigungsminister`, `the former minister`
    r"(?i:der|die|den|the)\s+(?:[a-zäöüß][\w-]*\s+){0,3}?" + PERSON_ROLE.pattern,
    re.IGNORECASE)
_PERSON_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-Z][a-z]+)?\s+[A-ZÄÖÜ][a-zäöüß]+")  # name
_THEN_WORDS = ("damals", "seinerzeit", "at the time", "back then")
SINCE_REACH = 60  # characters from `since`/`seit(dem)` to the date of its clause
_SINCE_CLAUSE = re.compile(r"\b(?:since|seitdem|seit)\b[^,;:()]*$", re.IGNORECASE)


_LIST_MARKS = "-–•*·"
_CELL = re.compile(r"[^|]+")
_PAREN_AFTER = re.compile(r"\s*[\w\s]{0,30}?\(([^()]{2,60})\)")
# a parenthesis closing the sentence may name the source of its figures (fact boxes:
# `gut 15.000 Soldaten hat Nordkorea … geschickt (NIS, Stand: heute).`)
_PAREN_CLOSING = re.compile(r"\(([^()]{2,80})\)[\s.;:!]*$")


def _quote_balance(text: str) -> int:
    """Opening minus closing quotation marks (`"` counts as opening when unmatched)."""
    straight = text.count('"') % 2
    opens = sum(text.count(q) for q in "«„‹")
    closes = sum(text.count(q) for q in "»›")
    curly = text.count("“") - text.count("”")
    return opens - closes + straight + (curly if "„" not in text else 0)


_QUOTED_SENTENCE = re.compile(r"\s*[\"„“«»‚‘']")
_QUOTE_MARK = re.compile(r"[\"„“”«»]")


def _in_open_quote(sentences: list[Sentence], index: int) -> bool:
    """Sentence `index` opens a quotation it does not close, or closes one it did not open."""
    balance = _quote_balance(sentences[index].text)
    return balance != 0


def _source_cells(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans where a table row or a parenthesis may name the figure's source."""
    if sentence.count("|") >= 2:  # a table row: the source column comes before the figure's
        return [(m.start(), m.end()) for m in _CELL.finditer(sentence) if m.end() <= start]
    m = _PAREN_AFTER.match(sentence, end)
    if m:
        return [_first_part(m)]
    return []


def _closing_source_cell(sentence: str, end: int) -> list[tuple[int, int]]:
    """The first part of a parenthesis closing the sentence in the fact-box shape
    `(source, date)` after the figure."""
    m = _PAREN_CLOSING.search(sentence, end)
    return [_first_part(m)] if m is not None and "," in m.group(1) else []


def _first_part(m: re.Match[str]) -> tuple[int, int]:
    """The span of a parenthesis's text up to its first comma."""
    return m.start(1), m.start(1) + len(m.group(1).split(",")[0])


def _set_off_after_cue(sentence: str, d: DateExpr, c: Claimant) -> bool:
    """`KCNA berichtete, ebenfalls Ende August, …`, `The NIS said, again in late August,
    that …`: a date set off by commas right after the cue dates the statement."""
    return c.cue_end >= 0 and bool(_SET_OFF_BEFORE.fullmatch(sentence, c.cue_end, d.start)) and (
        _SET_OFF_AFTER.match(sentence, d.end) is not None)


_SET_OFF_BEFORE = re.compile(
    r"\s*,\s*(?:(?:ebenfalls|also|again|erneut|wieder|bereits|schon|noch|erst|zuletzt|"
    r"dann|then|later|später|too)\s+)?")
_SET_OFF_AFTER = re.compile(r"\s*,")


def _cue_span(c: Claimant) -> tuple[int, int]:
    """Where the claimant's reporting cue stands (the claimant itself when unknown)."""
    if c.cue_start >= 0:
        return c.cue_start, c.cue_end
    return c.start, c.end


def _claim_region(
    sentence: str, clauses: list[tuple[int, int]], c: Claimant, figure: int
) -> list[tuple[int, int]]:
    """Where a claim's own date can stand: from the claimant to its cue, the clauses
    (of `clauses`, the sentence's) holding either, and an introductory clause right
    before a clause-initial claimant (`In an interview on Nov. 17, Zelensky said …`) when
    the figure (at `figure`) does not stand before the claimant: in `Two soldiers were
    captured on Jan. 9, Zelensky said` that clause is the report, its date the event's."""
    cue = _cue_span(c)
    lo, hi = min(c.start, cue[0]), max(c.end, cue[1])
    region = [(lo, hi)]
    for i, (a, b) in enumerate(clauses):
        if any(a <= x < b for x in (c.start, cue[0], max(c.end - 1, c.start))):
            region.append((a, b))
            starts_clause = sentence[a:c.start].strip(" ,;:").lower() in _CLAUSE_OPENERS
            comma = sentence[a:a + 1] == ","  # `;` joins two main clauses: no intro before
            if i and a <= c.start < b and starts_clause and figure >= c.start and comma:
                region.append(clauses[i - 1])
            if i + 1 < len(clauses) and (a <= cue[1] <= b or a < c.end <= b):
                nxt = clauses[i + 1]
                if _RELEASED.match(sentence, nxt[0]) or _publishing_relative(sentence, nxt):
                    region.append(nxt)
    if figure > cue[1] and not _PLAIN_CUT.search(sentence, cue[1], figure):
        cut = _PLAIN_CUT.search(sentence, figure)  # `put the number at "more than 11,000" in
        region.append((cue[1], cut.start() if cut else len(sentence)))  # March`: quotes only
    return region


_PLAIN_CUT = re.compile(r"[;:]|,(?!\d)")  # clause punctuation other than quote marks


_CLAUSE_OPENERS = frozenset(("", "when", "als", "wo", "where"))  # before a clause's claimant
_RELATIVE_WORDS = "das|die|der|dem|den|deren|dessen|which|that"
_RELATIVE_OPENING = re.compile(rf",\s*(?:{_RELATIVE_WORDS})\b")
_REPORTING_RELATIVE_OPENING = re.compile(  # also a person's: `…, who testified on Monday`
    rf",\s*(?:{_RELATIVE_WORDS}|who)\b")
_PUBLISHING = re.compile(
    r"\b(?:veröffentlicht|vorgelegt|vorgestellt|bekanntgegeben|published|released|issued|"
    r"erschien|erschienen|aktualisiert\w*|updated|revised|"
    r"presented|made\s+(?:[\w'’]+\s+){0,3}?public|(?:öffentlich|publik|bekannt)\s+gemacht|"
    r"(?:publik|bekannt)\s+(?:wurden?|geworden))\b",  # `die Mitte Oktober bekannt wurden`
    re.IGNORECASE)


def _publishing_relative(sentence: str, clause: tuple[int, int]) -> bool:
    """`…, which made its assessment public on Monday`, `…, die Abgeordnete Ende April
    öffentlich gemacht hatten`: a relative clause after the source that dates its release."""
    return bool(_REPORTING_RELATIVE_OPENING.match(sentence, clause[0])) and bool(
        _PUBLISHING.search(sentence, *clause) or _SPEAKING.search(sentence, *clause))


def _in_event_relative(sentence: str, clauses: list[tuple[int, int]], at: int) -> bool:
    """Position `at` lies in a relative clause about an event (`ein Video, das einen Angriff
    am Sonntag zeigen soll`), not about a document's release (`…, die am Mittwoch
    veröffentlicht wurde`): its date is the event's, not a statement's."""
    a, b = next(((a, b) for a, b in clauses if a <= at < b), (0, 0))
    if not _RELATIVE_OPENING.match(sentence, a):
        return False
    comma = sentence.find(",", b, b + RELATIVE_REACH)  # quote marks cut clauses: read on to
    end = comma if comma >= 0 else min(len(sentence), b + RELATIVE_REACH)  # the next comma
    return not _PUBLISHING.search(sentence, a, b) and not _SPEAKING.search(sentence, a, end)


RELATIVE_REACH = 120  # characters read past a relative clause's first cut for its verb
_SPEAKING = re.compile(  # a relative clause that reports: `der am Montag von … gesprochen hatte`
    r"\b(?:gesprochen|gesagt|erklärt|mitgeteilt|berichtet|genannt|geschätzt|beziffert|gewarnt|"
    r"Bilanz (?:zog|gezogen)|vorlegte|vorgelegt|unterrichtete|informierte|briefed|"
    r"unterrichtet|informiert|wiedergaben|wiedergab|wiedergegeben|äußerte|äusserte|geäußert|"
    r"geäussert|sagte|erklärte|sprach|sprachen|meldete|berichtete|schätzte|warnte|"
    r"spoke|commented|said|told|reported|stated|estimated|announced|"
    r"warned|made the warning|vor\s+die\s+(?:Presse|Medien|Kameras?|Journalisten)\s+"
    r"(?:trat|traten|getreten)|auftrat|auftraten|aufgetreten|vorgetragen|vortrug|vortrugen|"
    r"testified|appeared\s+before|went\s+before)\b", re.IGNORECASE)


_TITLE_ABBREVIATIONS = frozenset(
    "Gen Adm Col Maj Sen Rep Prof Capt Sgt Gov Amb Brig Abg Mrs Mr Ms Dr St Lt".split())
_NAME_WORD = re.compile(  # `Lee`, `Park`, `Müller`, `Wi`
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-Za-zäöü]+)?\b")
# after a timeline label's date (`Mitte Dezember:`, `Ende Januar/Anfang Februar:`, `Nov. 4 —`)
_ENTRY_LABEL = re.compile(r"(?:\s*/\s*[^:/]{1,30})?\s*(?::|[-–—]\s|,)")


def _labels_entry(sentence: str, d: DateExpr) -> bool:
    """The date opens the sentence as a label or an introduction (`Mitte Dezember:`, `Nov. 4
    —`, `In August, …`)."""
    return not sentence[:d.start].strip(" -–—•*·") and bool(_ENTRY_LABEL.match(sentence, d.end))


def _clause_of(clauses: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The clause (of `clauses`) that position `at` stands in."""
    return next(((a, b) for a, b in clauses if a <= at < b), (at, at))


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans between clause punctuation (commas inside numbers do not count)."""
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(sentence)]
    edges = [0, *cuts, len(sentence)]
    return [(edges[i], edges[i + 1]) for i in range(len(edges) - 1)]


@lru_cache(maxsize=4096)
def _name_stems(text: str) -> frozenset[str]:
    """Six-letter stems of a claimant's words of four letters or more (cached: the same
    claimant is named again and again)."""
    return frozenset(w.lower()[:6] for w in _LONG_WORD.findall(text))


def _names_any(lowered: str, stems: Iterable[str]) -> bool:
    """Whether a lower-cased sentence contains one of the stems."""
    for st in stems:  # a plain loop: cheaper than any() over a generator
        if st in lowered:
            return True
    return False


def _same_claimant(a: Claimant, b: Claimant) -> bool:
    return a.group == b.group and bool(_name_stems(a.text) & _name_stems(b.text))


_OWN_GUESS = re.compile(r"(?i:his|her|their)\s+own\b")  # `Her own estimate is …`: now
_SAYS_NOW = frozenset(("sagt", "says", "meint", "findet"))  # speaking to the reporter now
_THINKS_NOW = frozenset(  # what someone believes now: `She thinks …`, `Er vermutet, dass …`
    "thinks reckons believes figures expects fears suspects glaubt schätzt vermutet geht "
    "rechnet erwartet fürchtet befürchtet".split())
_CALL = re.compile(  # a call or message from someone at the front
    r"(?i)\b(?:rief\w*\s+(?:\S+\s+){0,4}?an\b|angerufen|anrief|\w*nachricht\w*|SMS|"
    r"geschrieben|schrieb (?:ihr|ihm|mir|uns|ihnen)|telefonier\w*|\w*anruf\w*|"
    r"(?:called|phoned|rang|wrote to|texted|messaged) (?:her|him|me|us|them|home)"
    r"(?!\s*[\"“‘'«„])|"
    r"(?:voice |text )?message|voice note|video call)")
_TALK = re.compile(  # an event where the person spoke: its day is the belief's
    r"(?i)\b(?:\w*vortrag\w*|\w*-?talk|talk|lecture|referat|podium\w*|sprach|spoke|speech|"
    r"rede|diskussion|gesprächsabend)\b")
_HOLDS_NOW = frozenset("puts estimates hält ist is".split())  # `He puts the number at …`
_PRESENT_CUES = frozenset(
    "says say tells estimates assesses believes reports sagt sagen schätzt schätzen meldet "
    "melden berichtet berichten erklärt erklären geht gehen spricht sprechen expects thinks "
    "warns predicts fears reckons erwartet rechnet glaubt vermutet warnt befürchtet hält".split()
)


def _perfect_before(sentence: str, c: Claimant) -> bool:
    """`has said`, `have estimated`, `hat … mitgeteilt`: the cue a participle after a
    perfect auxiliary."""
    if c.cue_start < 0:
        return False
    return _PERFECT.search(sentence, max(0, c.cue_start - PERFECT_REACH), c.cue_start) is not None


_PREPOSITIONAL_CUE = re.compile(
    r"(?i)(?:according to|by the estimate of|in the assessment of|per|laut|nach|zufolge|"
    r"gemäss|gemäß)\b")
_NOW_TENSE = re.compile(r"(?i)\b(?:has|have|is|are|remain|remains|hat|haben|ist|sind|stehen|"
                        r"steht)\b")


def _pluperfect_cue(sentence: str, c: Claimant) -> bool:
    """`had said`, `hatte … gesprochen`: the cue in the pluperfect, its auxiliary between the
    claimant (or a few words before it) and the cue."""
    if c.cue_start < 0:
        return False
    if _HAD_BEFORE.search(sentence, max(0, c.cue_start - PERFECT_REACH), c.cue_start):
        return True  # `had said`, `had earlier said`
    lo = max(0, min(c.start, c.cue_start) - PERFECT_REACH)
    return _HATTE.search(sentence, lo, c.cue_start) is not None


_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?$")
_HATTE = re.compile(r"\bhatten?\b")
PERFECT_REACH = 40  # characters before a participle cue searched for its auxiliary
_PERFECT = re.compile(r"\b(?:has|have|hat|haben)\b(?:\s+\w+){0,4}\s*$")


_ESTIMATE_NOW = frozenset((  # a present-tense estimate: what its speaker holds now
    "geht", "gehen", "schätzt", "schätzen", "rechnet", "rechnen", "zufolge", "laut", "estimates",
    "reckons", "believes", "expects", "thinks", "figures", "according to"))


def _present_tense(cue: str) -> bool:
    """A reporting cue in the present tense (`says`, `sagt`): what it reports happened before."""
    return cue.lower() in _PRESENT_CUES


def _one_person(c: Claimant) -> bool:
    """A singular personal pronoun as the speaker (`he`, `she`, `er`, `his count`, or `sie`
    with a verb in the singular: `erzählt sie`), whom no earlier sentence names: some private
    person."""
    word = c.text.strip().lower()
    if word in ("he", "she", "er") or word.split()[:1] in (["his"], ["her"]):
        return True  # (`By his reckoning, …`: a person's, bodies have `its`)
    return word == "sie" and c.cue.lower().endswith(("t", "te"))


def _beside(d: DateExpr, c: Claimant) -> bool:
    """The date stands right beside the claimant's cue."""
    return 0 <= d.start - c.cue_end <= 1 or 0 <= c.cue_start - d.end <= 1


def _at_cue(dates: list[DateExpr], c: Claimant) -> DateExpr | None:
    """A date right beside the reporting cue: it dates the statement (`said in December
    that`, `hatte im Januar mitgeteilt`), whatever other dates stand nearer the claimant
    (`which confirmed the capture on Sunday`)."""
    if c.cue_start < 0:
        return None
    return next((d for d in dates if _beside(d, c)), None)


def _nearest(dates: list[DateExpr], span: tuple[int, int]) -> DateExpr | None:
    """The date expression closest to `span` (the claimant, or else the figure)."""
    if not dates:
        return None
    distance: Callable[[DateExpr], int] = lambda d: max(d.start - span[1], span[0] - d.end, 0)  # noqa: E731
    return min(dates, key=lambda d: (distance(d), d.start))


_GENERIC_HEADS = (
    "geheimdienst", "ministerium", "regierung", "behörde", "armee", "militär", "sprecher",
    "agency", "ministry", "government", "service", "military", "spokes", "official", "army",
    "dienst", "intelligence", "institut", "institute", "think tank", "analyst", "experte",
    "präsident", "president", "ausschuss", "committee", "panel", "kommission", "commission",
    "parlament", "parliament", "council", "bureau", "botschafter", "ambassador", "envoy",
    "diplomat", "minister",
    "kommandeur", "commander", "expert", "analyst",
)


# `Etwa 1.000 von ihnen arbeiteten …`, `About 1,000 of them …`: a part of the figure before,
# from the same source
_PARTITIVE_OPENING = re.compile(
    r"\W*(?:(?:[A-Za-zÄÖÜäöü]+\s+){0,3}?[\d.,' ]*\d[\d.,' ]*\s+(?:von ihnen|davon|of them|"
    r"of those)|(?:of (?:those|them|these)|davon|von ihnen|unter ihnen)\s*,?)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[„“\"«»][^„“”\"«»]{1,400}[“”\"«»]|[„“\"«»][^„“”\"«»]*$")
_OPENING_QUOTES = frozenset("„“\"«»‹›‘'")
_ARTICLE_FIRST = re.compile(r"(?i)(?:the|a|an|der|die|das|ein|eine|einer|eines)\b")
SOURCE_AFTER_REACH = 2  # sentences after a claim searched for `The estimate came from X`
_OWN_VOICE = re.compile(  # the writers thinking of the troops, or past every count
    r"(?i)\b(?:wir\s+(?:\w+\s+){0,3}?(?:denken|gedenken|beten)|denken\s+wir|unsere\s+gedanken|"
    r"(?:mag|will|möchte)\s+man\s+(?:\w+\s+){0,2}?(?:daran\s+)?denken|denkt\s+(?:\w+\s+){0,2}?an\s+die|"
    r"we\s+(?:\w+\s+){0,2}?(?:think|pray|remember)|our\s+thoughts|"
    r"whatever\s+the\s+(?:\w+\s+)?(?:count|number|figure|tally)|"
    r"wie\s+(?:hoch|groß|gross)\s+(?:die\s+zahl\s+)?auch)\b")
_GENERIC_SOURCE = re.compile(  # estimates of nobody in particular
    r"(?i)\b(?:nach|laut)\s+(?:gängigen|den\s+meisten|allen|gängiger|verbreiteten)\s+"
    r"(?:Schätzungen|Schätzung|Angaben)\b|\b(?:by|according\s+to)\s+most\s+estimates\b|"
    r"\b(?:is|are)\s+(?:generally|widely|commonly)\s+(?:reckoned|believed|estimated|thought)\b|"
    r"\bit\s+is\s+widely\s+(?:believed|thought|assumed)\b|\bestimates\s+of\s+how\s+many\b|"
    r"\bmost\s+(?:outside\s+|independent\s+)?estimates\s+put\b")
_FIGURES_NOUN = re.compile(  # what a source hands over: `Zahlen`, `Angaben`, `figures`
    r"(?i)\b(?:zahlen|angaben|daten|schätzung\w*|einschätzung\w*|erkenntniss\w*|bericht\w*|"
    r"bilanz|figures|numbers|data|estimates?|assessment|report)\b")
_SOURCE_AFTER = re.compile(
    r"(?i)(?:the|these|this|that|those|the latest)\s+(?:estimates?|figures?|numbers?|data|"
    r"assessment|information|count|tally)\s+(?:came|come|comes|was|were|is|are)\s+"
    r"(?:from|provided by|based on)\b"
    r"|(?:that|this)\s+(?:was|is)\s+the\s+(?:(?:latest|new|official)\s+)?(?:figure|number|estimate|"
    r"count|tally|assessment|reckoning|finding)\s+(?!of\b)"
    r"|(?:the|these|this|that|those)\s+(?:estimates?|figures?|numbers?|data|assessment|count|"
    r"tally)\s+(?:was|were|is|are|had\s+been|have\s+been)\s+(?:given|provided|released|"
    r"published|presented|supplied)\s+by\b"
    r"|so\s+(?:steht|stand|heißt|hieß|hiess)\s+es\s+(?:im|in|beim)\b"
    r"|(?:zu (?:diesem|dem) (?:schluss|ergebnis)|davor)\s+(?:kommt|kam|kommen|kamen|warnt|"
    r"warnte|warnen|warnten)\b"
    r"|(?:das|dies|(?:diese[rs]?|die)\s+(?:zahlen?|angaben|(?:ein)?schätzung(?:en)?|bilanz|"
    r"prognose|daten|erkenntnisse|informationen))\s+(?:machte|machten|berichtete|"
    r"berichteten|sagte|sagten|meldete|meldeten|teilte|teilten|erklärte|erklärten|stamm\w+|"
    r"kam\w*|schätzte|schätzten|nannte|nannten|gab|gaben|legte|legten|lieferte|lieferten|"
    r"veröffentlichte|veröffentlichten|zog|zogen|präsentierte|präsentierten|verbreitete|"
    r"verbreiteten)\b"
    r"|diese[rs]?\s+(?:zahlen?|angaben|(?:ein)?schätzung(?:en)?|bilanz|prognose|daten|"
    r"erkenntnisse|informationen)\s+(?:des|der|vom|von)\b"
    r"|(?:that|this)\s+(?:was|is)\s+(?:the\s+)?(?:latest\s+)?(?:word|estimate|assessment|"
    r"figure|count|conclusion|view|verdict|finding|picture|tally|reckoning)\s+(?:from|of)\b"
    r"|so\s+(?:says|said|reported|reports|wrote|writes|claimed|claims)\b"
    r"|davon\s+(?:geht|gehen|ging|gingen)\b(?=[^.!?]*\baus\b)"
    r"|so\s+(?:schilderte|schilderten|stellte|stellten|beschrieb|sagte|sagten|erklärte|"
    r"formulierte|erzählt|erzählte|erzählten|berichtet|berichtete|berichteten|schildert|"
    r"beschreibt|sagt|erklärt|schreibt|schrieb)\s+es\b|(?:that|this) (?:was|is) (?:how|what)\b"
    r"|(?:angekündigt|gemeldet|berichtet|bestätigt|mitgeteilt|verkündet|gesagt|genannt|"
    r"bekanntgegeben|erklärt|geschätzt)\s+(?:hat|hatte|haben|hatten)\s+(?:das|dies)\b")
_GAVE_THE_FIGURE = re.compile(  # `The JCS in Seoul gave the figure on Monday`
    r"(?i)\b(?:gave|released|provided|published|put out|supplied|nannte|nannten|lieferte|"
    r"lieferten|veröffentlichte|veröffentlichten)\s+(?:the|these|those|that|die|diese)\s+"
    r"(?:figures?|numbers?|estimates?|count|tally|zahlen?|angaben|schätzung(?:en)?)\b")
SESSION_LOOKBACK = 5  # sentences searched back for the hearing or meeting that dates a report
_SESSION = re.compile(
    r"(?i)\b(?:anhörung|sitzung|hearing|session|council met)\b")
_DE_DAYS = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
_EN_DAYS = "|".join(WEEKDAYS_EN)
_DAYS_EARLIER = re.compile(  # and later: `tags darauf`, `two days later`
    r"(?i)\b(?:(?P<n>a|one|two|three|four|five|six|seven|einen|ein|zwei|drei|vier|fünf|sechs|"
    r"sieben|[1-7])\s+(?:days?|tage?n?)\s+(?:earlier|before|zuvor|vorher|davor|früher)"
    r"|tags zuvor|the (?:day before|previous day)"
    r"|(?P<l>a|one|two|three|four|five|six|seven|einen|ein|zwei|drei|vier|fünf|sechs|sieben|"
    r"[1-7])\s+(?:days?|tage?)\s+(?:later|später|danach|darauf)"
    r"|(?P<next>tags darauf|am (?:nächsten|folgenden) tag|the (?:next|following) day)"
    rf"|am (?P<wd>{_DE_DAYS}) darauf|am (?:darauf)?folgenden (?P<wd2>{_DE_DAYS})"
    rf"|the following (?P<wd3>{_EN_DAYS}))\b")
_COUNT_WORDS = {
    "a": 1, "one": 1, "einen": 1, "ein": 1, "two": 2, "zwei": 2, "three": 3, "drei": 3,
    "four": 4, "vier": 4, "five": 5, "fünf": 5, "six": 6, "sechs": 6, "seven": 7, "sieben": 7,
    **{str(k): k for k in range(1, 8)},
}
_STATE_MEDIA = re.compile(
    r"(?i)\b(?:staatsmedien|staatsfernsehen|staatsagentur|staatliche\w* (?:medien|fernsehen|"
    r"agentur|nachrichtenagentur)|state (?:media|tv|television|news agency|broadcaster))\b")
_MEDIA_REFERENCE = re.compile(  # a broadcast or its voice, named by what it is
    r"(?i)(?:the|der|die|das|den)\s+(?:broadcast|broadcaster|announcer|footage|newsreader|"
    r"presenter|sender|sendung|aufnahmen|bilder|sprecherin des senders|moderator(?:in)?|"
    r"regime|regimes)")
MEDIA_LOOKBACK = 2  # sentences searched back for the state media a broadcast reference means
_BARE_SPOKESPERSON = re.compile(
    r"(?i)(?:ein|eine|der|die|a|an|the)\s+(?:sprecher(?:in)?|spokes(?:man|woman|person)|"
    r"official|beamter?|vertreter(?:in)?)(?:\s+(?:gegenüber|to)\s+\S+)?")
SERVICE_LOOKBACK = 6  # sentences searched back for the service a generic reference means
_SERVICE_REFERENCE = re.compile(
    r"(?i)\b(?:geheimdienst\w*|nachrichtendienst\w*|dienst(?:es|s)?|spy (?:agency|service)|"
    r"intelligence (?:agency|service)|(?<=the )agency)\b")
_BARE_AGENCY = re.compile(r"(?i)the agency")
_SERVICE_NAME = re.compile(
    r"(?i:dienst|intelligence|spy agency)|\b(?:NIS|HUR|GUR|SBU|SSO|CIA|DIA|BND)\b")
_IS_BODY = re.compile(  # a name that is a body, not a person: an acronym or a body word
    r"\b[A-Z]{2,}\b|(?i:agency|service|ministry|department|dienst|ministerium|behörde|"
    r"intelligence|military|militär|army|armee|pentagon|kreml|kremlin|staff|stab|office|"
    r"amt|house|haus|command|kommando|government|regierung)")
_LEAD_PREFIX = re.compile(r"[-•*#\d.\s]*(?:(?i:im|in|am|on|ab|seit)\s+)?")  # before its date
_COLON_AFTER = re.compile(r"\**\s*:")
_MASCULINE_BODY = re.compile(  # a body `er` may stand for: `der Generalstab`, `der Dienst`
    r"(?i)\b(?:der|den|dem|des)\s+(?:\w+\s+)?(?:\w*dienst(?:es|s)?|general ?stab(?:es|s)?|"
    r"kreml)\b")
_FEMININE_OPENING = re.compile(r"(?:Die|Eine)\s+\w+")  # a subject `er` cannot stand for
_MASCULINE_OPENING = re.compile(r"(?:Der|Ein)\s+\w+")  # one it may stand for instead


def _masculine_body(text: str, pronoun: str) -> re.Match[str] | None:
    """The body `er` or `dieser` stands for in the sentence before: `dieser` the one named last
    in it, `er` the one opening it, or one after a feminine subject (`Die Ministerin stützte
    sich auf den Dienst.`)."""
    if pronoun not in ("er", "dieser"):
        return None
    found = list(_MASCULINE_BODY.finditer(text))
    if not found:
        return None
    if pronoun == "dieser":
        return found[-1]
    first = found[0]
    if first.start() == 0 or _FEMININE_OPENING.match(text):
        return first
    return None if _MASCULINE_OPENING.match(text) else first  # (not `Der Minister verwies …`)
BODY_PLACE_CHARS = 20  # characters after `der Generalstab` searched for its place (`in Seoul`)
OPENING_CHARS = 40  # a body named this far into a sentence opens it (`South Korea's NIS`)
_BODY_HEAD = re.compile(
    r"(?i)\b(?:the|der|die|das|des|dem|den)\s+(?:\w+\s+)?(?:agency|service|ministry|department|"
    r"military|army|government|(?:geheim)?dienst(?:es|s)?|behörde|ministeriums?|armee|"
    r"militärs?|regierung|general ?stabs?|general staff)\b")
_PERSONAL_PRONOUNS = frozenset("er sie he she they it".split())
_PERSON_POSSESSIVE = re.compile(r"(?i:seine?[nmrs]?|ihre?[nmrs]?|his|her|their|its|dessen|deren)")


def _he_or_she(reference: Claimant, lang: str) -> bool:
    """An English `he`/`she` (or `his`/`her` …): it stands for a person, never for a body."""
    return lang == "en" and reference.text.split()[0].lower() in ("he", "she", "his", "her")


def _is_body(c: Claimant) -> bool:
    """A claimant that is an institution or a group, not one person (`North Korea's KCNA`,
    `the Pentagon`, `officials`, `Ukraine's military intelligence`)."""
    if PERSON_ROLE.search(c.text) is not None or any(  # `a State Department spokeswoman`,
            _IS_BODY.search(m.group()) is None and _NOT_A_NAME.search(m.group()) is None  # `John
            for m in _NAME_PAIR.finditer(c.text)):  # Kirby at the White House`
        return False
    return _IS_BODY.search(c.text) is not None or _GROUP.search(c.text) is not None


_NAME_PAIR = re.compile(  # two capitalised words, not a possessive place (`North Korea's`)
    r"(?<![\w'’])(?!(?:The|A|An|Der|Die|Das)\b)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-Za-z][a-z]+)?\s+"
    r"[A-ZÄÖÜ][a-zäöüß]+\b(?!['’]s)")
_GROUP = re.compile(r"(?i)\b(?:alliance|congress|parliament|duma|media|television|TV|"
                    r"broadcaster|officials|lawmakers|sources|diplomats|analysts|authorities|"
                    r"headquarters)\b")  # (a body with its name is `_IS_BODY`)


def _names_a_person(c: Claimant) -> bool:
    """A claimant ending in a person's name (`Retired navy commander Ewan Bruce`): not a
    reference, no body (`the Pentagon`), two capitalised words closing it."""
    m = _PERSON_NAME_END.search(c.text.split(",")[0].rstrip())  # not `…, an analyst in X`
    return not c.is_reference and m is not None and _NOT_A_NAME.search(m.group()) is None


_PERSON_NAME_END = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-Z][a-z]+)?\s+(?:Ma?c)?[A-ZÄÖÜ]"
                              r"[a-zäöüß]+(?:-[A-Za-z][a-z]+)?$")
_NOT_A_NAME = re.compile(  # the last words of a body's name (`Intelligence Service`)
    r"(?i)\b(?:service|agency|ministry|department|office|house|staff|command|council|forces|"
    r"chiefs|committee|institute|center|centre|news|agentur|dienst|ministerium|amt|stab)\b"
    r"|\b(?:North|South)\s+Korean\b")  # a people's adjective (`North Korean state television`)


def _stands_for_someone(reference: str) -> bool:
    """A pronoun, a role (`der Oberst`) or a demonstrative subject (`Der hatte … berichtet`)
    standing for the speaker named just before."""
    return _is_pronoun(reference) or _ROLE_REFERENCE.fullmatch(reference) is not None or (
        reference.lower() in DEMONSTRATIVES)


def _is_pronoun(reference: str) -> bool:
    """`Er`, `She`, `seinen Angaben`, `his count`, `die 44-Jährige`: a personal or possessive
    pronoun or an age noun standing for a speaker named before."""
    words = reference.split()
    return bool(words) and (words[0].lower() in _PERSONAL_PRONOUNS or (
        len(words) > 1 and _PERSON_POSSESSIVE.fullmatch(words[0]) is not None)
        or _AGE_NOUN.fullmatch(reference.strip()) is not None)


_AGE_NOUN = re.compile(r"(?i)(?:der|die|the)\s+\d{2}-(?:jährige[rn]?|year-old)")


def _holds_head(text: str, head: str) -> bool:
    """`head` stands in `text` as a head noun: `minister` in `Verteidigungsminister`, not in
    `Verteidigungsministerium`."""
    at = text.find(head)
    while at >= 0:
        if not text[at + len(head):at + len(head) + 3].startswith(("ium", "ien")):
            return True
        at = text.find(head, at + 1)
    return False


def _head_noun(reference: str) -> str:
    """A generic head noun in a back-reference (`Der Geheimdienst` → `geheimdienst`)."""
    low = reference.lower()
    return next((h for h in _GENERIC_HEADS if h in low), "")
