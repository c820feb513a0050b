"""Plain text and markdown to article text: markup stripped, boilerplate lines dropped.

Two steps, both keeping the offset map into the raw text:
- `clean_plain_text` removes markdown syntax (headings, emphasis, links -> their text,
  images, rules, code ticks), stray HTML tags, comments and scripts, decodes entities,
  maps CR/CRLF to "\\n" and leaves out zero-width characters, soft hyphens and NULs;
- `drop_boilerplate` removes lines (paragraphs) that are not news text: tracking leftovers,
  photo credits and captions, prev/next and "read more" teasers, share lines, and
  newsletter/donation appeals (judged by several cues, never by one word).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import add

from claimtrack.substrings import occurrences
from claimtrack.textmap import CleanText, TextBuilder

MAX_SHORT_LINE = 200  # teaser/credit rules only apply to lines up to this long
APPEAL_MIN_CUES = 3  # distinct appeal cues for a paragraph to count as an appeal

_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\x00"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
# characters where inline markup can start; everything else is copied as it is
_TRIGGER_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\x00\r<![*_`&"
_INLINE_RE = re.compile(
    r"""(?ix)
      (?P<invisible>[\u00ad\u200b-\u200d\u2060\ufeff\x00]+)
    | (?P<newline>\r\n?)
    | (?P<script><(?P<script_tag>script|style)\b[^>]*>(?s:.*?)</(?P=script_tag)\s*>)
    | (?P<comment><!--(?s:.*?)-->)
    | (?P<image>!\[[^\]\n]*\]\([^)\n]*\))
    | \[(?P<link>[^\]\n]+)\]\([^)\s]*(?:[ \t]+"[^"\n]*")?\)
    | \[(?P<reflink>[^\]\n]+)\]\[[^\]\n]*\]
    | \*\*(?P<strong>\S(?:[^\n]*?\S)?)\*\*
    | (?<![\w_])__(?P<strong2>\S(?:[^\n]*?\S)?)__(?![\w_])
    | (?<![\w*])\*(?P<em>[^\s*](?:[^*\n]*?[^\s*])?)\*(?![\w*])
    | (?<![\w_])_(?P<em2>[^\s_](?:[^_\n]*?[^\s_])?)_(?![\w_])
    | `(?P<code>[^`\n]+)`
    | (?P<blocktag></?(?:p|br|div|li|h[1-6]|tr|blockquote|section|article)\b[^<>\n]*>)
    | (?P<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>)
    | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
    """
)
_KEEP_GROUPS = ("link", "reflink", "strong", "strong2", "em", "em2", "code")
_REPLACE_GROUPS = {"newline": "\n", "blocktag": "\n"}
# markdown that only counts at the start of a line
# one pattern per line break character: a literal first character makes the scan fast
_LINE_START_RES = tuple(
    re.compile(rf"{line_break}(?=[ \t]{{0,3}}[-*_#>+\[])") for line_break in ("\n", "\r")
)
_LINE_RE = re.compile(
    r"""(?x)[ \t]{0,3}(?:
      (?P<rule>(?:[-*_][ \t]*){3,}(?=[\r\n]|\Z))
    | (?P<refdef>\[[^\]\r\n]+\]:[ \t]*\S[^\r\n]*)
    | (?P<heading>\#{1,6}[ \t]+)
    | (?P<quote>>[ \t]?)
    | (?P<bullet>[-*+][ \t]+(?=\S))
    )"""
)
_TRAILING_HASHES_RE = re.compile(r"[ \t]+#+[ \t]*(?=[\r\n]|\Z)")
_LINE_END_RE = re.compile(r"[\r\n]")

Edit = tuple[int, int, str]  # replace raw[start:end] by the text ("" deletes)

_CAPTION_TAIL_RE = re.compile(
    r"(?:\b(?:Fotos?|FOTO|Bild|Photos?|PHOTO|Image|Credit)\s*:|©)\s*(?P<credit>[^!?\n]{1,80})$"
)
_AGENCY_RE = re.compile(
    r"(?i)/|\b(?:dpa|ap|afp|reuters|keystone|imago|getty|picture[ -]alliance|epa|apa|kcna|yonhap"
    r"|anadolu|shutterstock|istock|sputnik|tass|ria|xinhua|privat|archiv)\b"
)
_CREDIT_PAREN_RE = re.compile(
    r"[(\[](?i:fotos?|bild|photos?|images?|credit|video|grafik)\s*:[^()\[\]\n]{1,80}[)\]]"
)
_TEASER_LABELS = (
    "weiterlesen", "read more", "mehr zum thema", "mehr dazu", "lesen sie auch",
    "lesen sie mehr", "auch interessant", "das könnte sie auch interessieren", "zum thema",
    "related", "related articles", "related stories", "read also", "see also", "more on this",
    "most read", "meistgelesen", "top stories", "recommended", "empfohlene artikel", "anzeige",
    "advertisement", "werbung",
)
_SHARE_WORDS = (
    "teilen", "share", "share on", "share this", "share via", "tweet", "twittern", "drucken",
    "print", "e-mail", "email", "mail", "facebook", "twitter", "x", "whatsapp", "telegram",
    "linkedin", "pinterest", "reddit", "xing", "threads", "bluesky", "mastodon", "kopieren",
    "copy link", "link kopieren", "merken", "kommentare", "comments", "folgen", "follow us",
)


def _alternation(words: tuple[str, ...]) -> str:
    """`words` as a regex alternation, longest first, grouped by first letter.

    Grouping keeps the order in which words are tried, but a line that starts with none
    of the letters fails after one test per letter instead of one per word.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# one anchored regex for the short-line furniture rules, so a line costs one match call
_FURNITURE_RE = re.compile(
    rf"""(?x)\W*(?:
      (?P<tracking>(?i:piwik|matomo|noscript|tracking[\ -]pixel)\b)
    | (?P<credit>(?i:©|\(c\)\s|copyright\b|(?:fotos?|bild(?:er)?|photos?|images?|credits?
        |grafik|illustration|bildquelle|fotoquelle|quelle\s+bild)\s*:))
    | (?P<prevnext>(?:PREV|NEXT|ZURÜCK|WEITER)\b)
    | (?P<teaser>(?i:{_alternation(_TEASER_LABELS)})(?:\s*[:|»>–—-].*)?$)
    | (?P<share>(?i:{_alternation(_SHARE_WORDS)})
        (?:[\s|/,·•:\-]+(?i:{_alternation(_SHARE_WORDS)}))*\W*$)
    | (?P<share_on>(?i:share\ on|auf\ \w+\ teilen|teilen\ auf)\b)
    )"""
)
TRACKING_MAX_LINE = 60
CAPTION_TAIL_CHARS = 100
# every appeal names one of these; only lines with one get the full appeal test. Without
# their first letter they match either case, so the text need not be lower-cased first.
_APPEAL_GATE = (
    "nterstütz", "pende", "bonne", "bonnier", "Abo", " abo", "ubscri", "ewsletter", "onat",
    "upport", "ournalis", "aywall", "itglied", "ember", "ontribut", "ign up",
)
# kinds of appeal cues, each named by lower-case substrings (plain `in` tests: fast)
APPEAL_CUES: dict[str, tuple[str, ...]] = {
    "support": ("unterstütz", "support our", "support independent", "support us",
                "support the"),
    "donate": ("spende", "donat", "contribut"),
    "subscribe": ("abonn", "subscri", " abo ", " abo.", " abo,", " abo-", "-abo", " abos"),
    "newsletter": ("newsletter", "sign up", "inbox", "postfach"),
    "journalism": ("journalis", "berichterstattung", "reporting"),
    "paywall": ("paywall", "bezahlschranke", "frei zugänglich", "free for all", "free to read",
                "ohne bezahl"),
    "readers": ("leser:innen", "leserinnen", "leser*innen", "leser_innen", "leserschaft",
                "readers"),
    "now": ("jetzt unterstützen", "jetzt spenden", "jetzt abonnieren", "jetzt anmelden",
            "jetzt testen", "support now", "donate now", "subscribe now", "support today",
            "donate today", "subscribe today"),
    "price": ("mit nur", "as little as", "€", "$", "£", " euro"),
    "member": ("become a member", "become a supporter", "mitglied werden", "kostenlos",
               "freiwillig"),
}
_READER_ADDRESS_RE = re.compile(
    r"(?i:\b(?:uns|unser\w*|our|us|your|you)\b)|\bIhre?[nmrs]?\b|\bSie\b"
)
_CALL_TO_ACTION_RE = re.compile(
    r"(?i)^\W*(?:jetzt\s+)?(?:unterstützen|spenden|abonnieren|newsletter\s+abonnieren"
    r"|zum newsletter|subscribe(?:\s+now)?|donate(?:\s+now)?|support us|sign up)\W*$"
)
_IMPERATIVE_START_RE = re.compile(
    r"(?i)^\W*(?:sign up|subscribe|register|donate|support us|abonnieren sie|melden sie sich"
    r"|jetzt (?:anmelden|abonnieren|spenden)|hier (?:anmelden|abonnieren)|bestellen sie"
    r"|unterstützen sie|spenden sie)\b"
)
_IMPERATIVE_CUES = frozenset({"subscribe", "newsletter", "donate", "support"})
_ALL_CUES = {needle for needles in APPEAL_CUES.values() for needle in needles}
# the cues that contain no other cue: a text has some cue if and only if it has one of these
_MINIMAL_CUES = tuple(
    sorted(cue for cue in _ALL_CUES if not any(other in cue for other in _ALL_CUES - {cue}))
)


@lru_cache(maxsize=4096)
def _unescape(entity: str) -> str:
    return html.unescape(entity).translate(_INVISIBLE)


def _line_edits(raw: str, start: int, end: int) -> list[Edit]:
    """Deletions of line-start markdown: headings, quotes, bullets, rules, link definitions."""
    edits: list[Edit] = []
    breaks = [c.start() for regex in _LINE_START_RES for c in regex.finditer(raw, start, end)]
    for line_start in [start] + [i + 1 for i in sorted(breaks)]:
        m = _LINE_RE.match(raw, line_start, end)
        if not m:
            continue
        edits.append((m.start(), m.end(), ""))
        if m.lastgroup == "heading":
            line_end = _LINE_END_RE.search(raw, m.end(), end)
            hashes = _TRAILING_HASHES_RE.search(raw, m.end(), line_end.start() if line_end else end)
            if hashes:
                edits.append((hashes.start(), hashes.end(), ""))
    return edits


def _inline_edits(raw: str, start: int, end: int) -> list[Edit]:
    """Edits for inline markup, tags, entities, CR and invisible characters."""
    edits: list[Edit] = []
    triggers = sorted(occurrences(raw, _TRIGGER_CHARS, start, end))  # few in most texts
    ranges = [(start, end)]
    while ranges:
        pos, stop = ranges.pop()
        while (k := bisect_left(triggers, pos)) < len(triggers) and triggers[k] < stop:
            m = _INLINE_RE.match(raw, triggers[k], stop)
            if m is None:
                pos = triggers[k] + 1
                continue
            kind = m.lastgroup or ""
            if kind in _KEEP_GROUPS:
                edits += [(m.start(), m.start(kind), ""), (m.end(kind), m.end(), "")]
                ranges.append((m.start(kind), m.end(kind)))
            elif kind == "entity":
                edits.append((m.start(), m.end(), _unescape(m.group())))
            else:
                edits.append((m.start(), m.end(), _REPLACE_GROUPS.get(kind, "")))
            pos = m.end()
    return edits


def _apply(raw: str, start: int, end: int, edits: list[Edit]) -> CleanText:
    """raw[start:end] with non-overlapping edits applied, as mapped clean text."""
    out = TextBuilder()
    pos = start
    for a, b, text in sorted(edits):
        if a < pos:
            continue  # overlaps an earlier edit
        out.add_raw(raw, pos, a)
        out.add_replacement(text, a, b)
        pos = b
    out.add_raw(raw, pos, end)
    return out.build()


def clean_plain_text(raw: str, start: int = 0) -> CleanText:
    """Article text of a .txt/.md file from offset `start` (after any front matter)."""
    end = len(raw)
    return _apply(raw, start, end, _line_edits(raw, start, end) + _inline_edits(raw, start, end))


def select(clean: CleanText, spans: list[tuple[int, int]]) -> CleanText:
    """The parts `spans` (sorted, disjoint) of `clean`, joined, still mapped to the raw text."""
    return clean.select(spans)


def _cue_kinds(line: str) -> set[str]:
    lower = line.lower()
    return {kind for kind, needles in APPEAL_CUES.items() if any(map(lower.__contains__, needles))}


def _has_cue(text: str) -> bool:
    """Whether `text` has any appeal cue (fewer tests than `_cue_kinds` when it has none)."""
    return any(map(text.lower().__contains__, _MINIMAL_CUES))


def appeal_cues(line: str) -> int:
    """How many distinct kinds of newsletter/donation/subscription cues a paragraph has."""
    return len(_cue_kinds(line))


def appeal_score(line: str) -> int:
    """Appeal cues of a paragraph addressing its readers (0 if it addresses nobody).

    A short call to action ("Jetzt unterstützen", "Sign up for our newsletter ...") scores
    as a full appeal on its own.
    """
    if _CALL_TO_ACTION_RE.match(line):
        return APPEAL_MIN_CUES
    kinds = _cue_kinds(line)
    if len(kinds) < APPEAL_MIN_CUES - 1 and not kinds & _IMPERATIVE_CUES:
        return len(kinds)  # too few to matter, whoever is addressed
    if not _READER_ADDRESS_RE.search(line) and not _IMPERATIVE_START_RE.match(line):
        return 0
    if len(line) <= MAX_SHORT_LINE and _IMPERATIVE_START_RE.match(line):
        if kinds & _IMPERATIVE_CUES:
            return APPEAL_MIN_CUES
    return len(kinds)


def is_caption(line: str) -> bool:
    """A line ending in a photo credit such as `Foto: Name/AP/dpa`."""
    return credit_start(line) >= 0


def credit_start(line: str) -> int:
    """Where the photo credit ending the line starts (`Foto: Name/AP/dpa`), -1 when none."""
    if ":" not in line and "©" not in line:
        return -1
    m = _CAPTION_TAIL_RE.search(line, max(0, len(line) - CAPTION_TAIL_CHARS))
    if not m:
        return -1
    credit = m.group("credit").rstrip()
    if credit.endswith(".") or not (_AGENCY_RE.search(credit) or len(credit) <= 40):
        return -1
    return m.start()


def is_furniture(line: str) -> bool:
    """Tracking leftovers, photo credits, teasers and share lines (a caption is kept but for
    its credit, see `drop_boilerplate`)."""
    if len(line) <= MAX_SHORT_LINE:
        m = _FURNITURE_RE.match(line)
        if m and (m.lastgroup != "tracking" or len(line) <= TRACKING_MAX_LINE):
            return True
    return False


def is_boilerplate(line: str) -> bool:
    """Whether one paragraph, judged alone, is site furniture, a caption's photo credit or an
    appeal to readers."""
    stripped = line.strip()
    return bool(stripped) and (
        is_furniture(stripped) or is_caption(stripped) or appeal_score(stripped) >= APPEAL_MIN_CUES
    )


def _caption_credits(raw_lines: list[str], starts: list[int]) -> list[tuple[int, int]]:
    """The photo credits ending caption lines (`… im April. Foto: KCNA via Reuters`), with the
    white space before them, as spans of the text: the caption itself is article text."""
    cuts = []
    for line, start in zip(raw_lines, starts, strict=True):
        at = credit_start(line.rstrip())
        if at >= 0:
            cuts.append((start + len(line[:at].rstrip(" \t")), start + len(line.rstrip())))
    return cuts


def _without_credits(
    text: str, spans: list[tuple[int, int]], caption_credits: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`spans` with photo credits cut out: inline ones like ` (Foto: dpa)` and those ending a
    caption line (each with the white space before it)."""
    credits = caption_credits
    if "(" in text or "[" in text:  # every inline credit is in brackets
        credits = sorted(credits + [
            (len(text[: m.start()].rstrip(" \t")), m.end())
            for m in _CREDIT_PAREN_RE.finditer(text)
        ])
    if not credits:
        return spans
    kept = []
    for a, b in spans:
        for c, d in credits:
            if a <= c and d <= b:
                kept.append((a, c))
                a = d
        kept.append((a, b))
    return kept


def _line_starts(lines: list[str]) -> list[int]:
    """Offsets where the lines (`text.split("\\n")`) start in the text."""
    # the lengths of the lines before, plus one line break for each of them
    return list(map(add, accumulate(map(len, lines[:-1]), initial=0), count()))


def _gated_lines(text: str, starts: list[int]) -> set[int]:
    """Indices of the lines that contain an appeal gate word (the only ones worth scoring)."""
    hits: set[int] = set()
    for stem in _APPEAL_GATE:
        pos = text.find(stem)
        while pos >= 0:
            line = bisect_right(starts, pos) - 1
            hits.add(line)
            pos = text.find(stem, starts[line + 1]) if line + 1 < len(starts) else -1
    return hits


def _spread_appeals(scores: dict[int, int], dropped: list[bool], lines: list[str]) -> None:
    """Also drop paragraphs with 2+ appeal cues next to an appeal (blank lines skipped)."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    for order in (content, content[::-1]):
        previous_dropped = False
        for i in order:
            score = scores.get(i, 0)
            if not dropped[i] and previous_dropped:
                dropped[i] = score >= APPEAL_MIN_CUES - 1
            previous_dropped = dropped[i] and score > 0


def _kept_spans(starts: list[int], end: int, dropped: list[bool]) -> list[tuple[int, int]]:
    """The text between the dropped lines (which start at `starts`), as maximal spans."""
    spans: list[tuple[int, int]] = []
    kept_from = 0
    for i in compress(count(), dropped):  # the dropped lines' indices
        if starts[i] > kept_from:
            spans.append((kept_from, starts[i]))
        kept_from = starts[i + 1] if i + 1 < len(starts) else end
    if end > kept_from:
        spans.append((kept_from, end))
    return spans


def _appeal_scores(lines: list[str], gated: set[int]) -> dict[int, int]:
    """`appeal_score` of the gated non-empty lines.

    Most gated lines are plain news text: one cue scan over all of them together shows when
    none has a cue, and then only a call to action can score.
    """
    candidates = [i for i in gated if lines[i]]
    if not candidates:
        return {}
    if _has_cue("\n".join(lines[i] for i in candidates)):
        return {i: appeal_score(lines[i]) for i in candidates}
    return {i: APPEAL_MIN_CUES if _CALL_TO_ACTION_RE.match(lines[i]) else 0 for i in candidates}


def drop_boilerplate(clean: CleanText) -> CleanText:
    """`clean` without boilerplate lines (each dropped with its line break)."""
    text = clean.text
    raw_lines = text.split("\n")
    starts = _line_starts(raw_lines)
    lines = [line.strip() for line in raw_lines]
    dropped = [bool(line) and is_furniture(line) for line in lines]
    scores = _appeal_scores(lines, _gated_lines(text, starts))
    for i, score in scores.items():
        dropped[i] = dropped[i] or score >= APPEAL_MIN_CUES
    if any(dropped[i] and score > 0 for i, score in scores.items()):
        _spread_appeals(scores, dropped, lines)  # an appeal next to a dropped appeal
    spans = _kept_spans(starts, len(text), dropped) if any(dropped) else [(0, len(text))]
    captions = _caption_credits(raw_lines, starts) if ":" in text or "©" in text else []
    spans = [(a, b) for a, b in _without_credits(text, spans, captions) if b > a]
    if sum(b - a for a, b in spans) == len(text):
        return clean
    return select(clean, spans)
