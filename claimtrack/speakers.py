"""Who speaks in an interview or a transcript: the label that opens each turn.

`Stadlmayr: Ich gehe von höchstens 9.000 aus.`, `[00:00:45] SEO: So the working number
is …`: a sentence with no claimant of its own in such a text is said by the speaker of
its turn. Questions (`Frage:`, `Q:`, a host) claim nothing themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIN_TURNS = 2  # turns of one speaker that make a text a transcript (headings rarely repeat)
MAX_TURN_SENTENCES = 12  # sentences searched back for the label of a turn

_LABEL = re.compile(
    r"(?:\[\d{1,2}(?::\d{2}){1,2}\]\s*)?"  # a timestamp: [00:01:24]
    r"([A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,2})"  # one to three capitalised words
    r"(?:\s*\(([^()]{1,40})\))?"  # (host), (Moderatorin)
    r":\s+\S"
)
_ASKING = re.compile(
    r"(?i)^(?:frage|fragen|question|q|f|interviewer\w*|moderat\w*|host|gastgeber\w*|redaktion|"
    r"anchor|presenter)$"
)


def speaker_label(text: str) -> tuple[str, bool] | None:
    """The label opening `text` and whether it asks (`Frage:`, `WHITFIELD (host):`)."""
    m = _LABEL.match(text)
    if m is None:
        return None
    name, role = m.group(1), m.group(2) or ""
    return name, bool(_ASKING.match(name) or _ASKING.match(role.strip()))


def is_transcript(texts: Sequence[str]) -> bool:
    """One speaker (not a questioner) opens several turns: an interview or a transcript, not
    an article with `Kiew: …` subheadings."""
    turns: dict[str, int] = {}
    for t in texts:
        label = speaker_label(t)
        if label is not None and not label[1]:
            turns[label[0]] = turns.get(label[0], 0) + 1
    return any(n >= MIN_TURNS for n in turns.values())


def turn_speaker(texts: Sequence[str], index: int) -> str:
    """The speaker whose turn sentence `index` belongs to ("" for a question or no turn)."""
    for i in range(index, max(-1, index - MAX_TURN_SENTENCES), -1):
        label = speaker_label(texts[i])
        if label is not None:
            name, asks = label
            return "" if asks else name
    return ""


INTRO_SENTENCES = 6  # sentences at the top searched for an interview's introduction
MIN_QUESTIONS = 3  # questions that make a text with an interview intro a Q&A

_INTERVIEW_MARK = re.compile(
    r"(?i)\b(?:interview\w*|spoke (?:to|with) us|sprach mit uns|im gespräch|gespräch mit|"
    r"edited for (?:length|clarity)|gekürzt und redigiert)\b"
)
_PERSON = re.compile(r"[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,3}")


def interviewee(texts: Sequence[str]) -> tuple[str, int] | None:
    """An unlabelled Q&A (an interview mark in the first sentences, several questions): the
    person the introduction names first, and the index of the sentence that names them."""
    top = texts[:INTRO_SENTENCES]
    if not any(_INTERVIEW_MARK.search(t) for t in top):
        return None
    if sum(1 for t in texts if t.rstrip().endswith("?")) < MIN_QUESTIONS:
        return None
    for i, t in enumerate(top):
        if t.rstrip().endswith("?") or _INTERVIEW_MARK.search(t):
            continue
        m = _PERSON.match(t)
        if m is not None:
            return m.group(), i
    return None
