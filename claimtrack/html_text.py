"""HTML to article text with an offset map back into the markup, plus the page's metadata.

A hand-written tokenizer (regexes, no DOM): it never raises on broken markup and runs in
linear time. Kept: text of the page body, or of its `<article>` elements (plus the `<h1>`
headline) when there are any. Dropped: scripts, styles, comments, `<nav>`, `<aside>`,
forms, `<noscript>`, `<iframe>`, `<svg>`, page-level `<header>` and every `<footer>`,
hidden elements and elements whose id/class/role names site chrome (cookie, consent,
banner, newsletter, subscribe, social, share, related, teaser, promo, advert, ...).
Block elements become paragraph breaks ("\\n\\n") standing for their tag; whitespace runs
become one space; entities are decoded and map to the whole entity (`&nbsp;` -> U+00A0);
zero-width characters, soft hyphens and NULs are left out.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimtrack.language import normalise_language
from claimtrack.metadata import first_text, parse_date
from claimtrack.textmap import CleanText, TextBuilder

MIN_ARTICLE_CHARS = 200  # an <article> with less text than this is ignored (teaser cards)
ARTICLES_MIN_SHARE = 0.4  # several <article>s must hold this share of the page's text

# one token; `lastindex` tells which: 1 white space up to a tag, 2 other text, 3 an end tag,
# 5 a start tag (name and attribute text), None any other "<" (comment, doctype, loose tag)
_TOKEN_RE = re.compile(
    r"""(?x)
    ([ \t\n\r\f]++)(?![^<])
    | ([^<]+)
    | </([A-Za-z][A-Za-z0-9:_-]*)(?>(?:[^>"']+|"[^"]*"|'[^']*')*)(?:>|\Z)
    | <([A-Za-z][A-Za-z0-9:_-]*)((?>(?:[^>"']+|"[^"]*"|'[^']*')*))(?:>|\Z)
    | <"""
)
_LOOSE_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]*)([^>]*)(?:>|\Z)")
_ATTR_RE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_ARTICLE_TAG_RE = re.compile(r"<article[\s>/]", re.IGNORECASE)
# where text needs more than copying; a pure character class, so the scan is fast
_TEXT_TRIGGER_RE = re.compile(r"[&\t\n\r\f\u00ad\u200b-\u200d\u2060\ufeff\x00]")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_WHITESPACE_RUN_RE = re.compile(r"[ \t\n\r\f]+")
_INVISIBLE_RUN_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00]+")
_WHITESPACE = " \t\n\r\f"
_CHROME_ATTR_RE = re.compile(
    r"""(?ix)(?<![\w-])(?:id|class|role)\s*=\s*["']?[^"'>]*?(?<![a-z0-9])
    (?:cookies?|consent|gdpr|banner|newsletter|subscribe|subscription|abo|social|share|sharing
      |related|teaser|promo|advert|advertisement|ads?|paywall|navigation|breadcrumbs?
      |complementary|contentinfo)(?-i:(?![a-z]))"""
)
_HIDDEN_ATTR_RE = re.compile(
    r"(?i)(?:^|\s)hidden(?:\s|=|/|$)|aria-hidden\s*=\s*[\"']?true|display\s*:\s*none"
)
_LD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_LD_HEADLINE_RE = re.compile(r'"headline"\s*:\s*"((?:[^"\\]|\\.){1,300})"')
_RAW_TEXT_END = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
    for name in ("script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe")
}

VOID_TAGS = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
DROP_TAGS = frozenset(
    "nav aside form noscript iframe svg math template button select textarea object video "
    "audio canvas dialog map footer script style".split()
)
BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul".split()
)
_BREAKS = {"td": " | ", "th": " | ", "tr": "\n"}  # other block tags: a paragraph break
_BLOCK_BREAKS = {name: _BREAKS.get(name, "\n\n") for name in BLOCK_TAGS}
_BREAK_RANK = {" | ": 0, "\n": 1, "\n\n": 2}
_METADATA_TAGS = frozenset({"html", "meta", "link", "time"})  # tags read by `tag_metadata`
_LEAF_TAGS = VOID_TAGS | frozenset(_RAW_TEXT_END)  # elements that hold no markup
_EMITTING_TAGS = frozenset({"article", "h1"})  # their opening and closing can change `emitting`
PUBLISHED_META_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished",
    "ld:datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "pubdate", "publishdate", "publish-date", "sailthru.date",
    "parsely-pub-date", "time",
)


@dataclass(frozen=True)
class HtmlText:
    """The cleaned text of a page and what its markup says about it."""

    clean: CleanText
    meta: dict[str, str] = field(default_factory=dict)  # meta name/property (lower) -> content
    lang: str = ""  # <html lang>
    title: str = ""  # <title>
    h1: str = ""  # the first kept <h1>, as text


@lru_cache(maxsize=4096)
def _unescape(entity: str) -> str:
    return html.unescape(entity)


def parse_attrs(attr_text: str) -> dict[str, str]:
    """Attributes of a tag (lower-case names, entity-decoded values; first one wins)."""
    attrs: dict[str, str] = {}
    for m in _ATTR_RE.finditer(attr_text):
        name = m.group(1).lower()
        if name not in attrs:
            value = m.group(2) if m.group(2) is not None else m.group(3) or m.group(4) or ""
            attrs[name] = _unescape(value) if "&" in value else value
    return attrs


def is_chrome_attrs(attr_text: str) -> bool:
    """Whether an element's attributes hide it or name it site chrome."""
    if attr_text.isascii():  # the regexes are slow: first look for their key words
        lowered = attr_text.lower()
        chrome = ("id" in lowered or "class" in lowered or "role" in lowered) and bool(
            _CHROME_ATTR_RE.search(attr_text)
        )
        hidden = "hidden" in lowered or "display" in lowered
        return chrome or (hidden and bool(_HIDDEN_ATTR_RE.search(attr_text)))
    return bool(_CHROME_ATTR_RE.search(attr_text) or _HIDDEN_ATTR_RE.search(attr_text))


_TEASER_ONLY_RE = re.compile(r"(?i)^\s*class\s*=\s*[\"']?[\w\s-]*?\bteaser\b[\w\s-]*[\"']?\s*$")


def is_lead_paragraph(attr_text: str) -> bool:
    """`<p class="teaser">`: a paragraph styled as the article's lead, not a teaser box for
    other articles (those are `<aside>`, `<div>` or `<a>`); nothing but the class, no other
    chrome word and nothing hidden."""
    if not _TEASER_ONLY_RE.match(attr_text) or _HIDDEN_ATTR_RE.search(attr_text):
        return False
    return not _CHROME_ATTR_RE.search(re.sub(r"(?i)\bteaser\b", "", attr_text))


def is_chrome(name: str, attr_text: str, in_article: bool) -> bool:
    """Whether an element is page furniture, not article text."""
    if name in DROP_TAGS or (name == "header" and not in_article):
        return True
    return bool(attr_text) and is_chrome_attrs(attr_text)


class _Scanner:
    """One pass over the markup: text into mapped pieces, metadata into dicts."""

    def __init__(self, raw: str, article_mode: bool) -> None:
        self.raw = raw
        self.article_mode = article_mode
        self.out = TextBuilder()  # the clean text and its map into `raw`
        self.length = 0  # characters emitted so far
        self.pending_break: tuple[int, int] | None = None  # emitted before the next text
        self.break_text = "\n\n"  # the pending break: a paragraph, a table row or a cell
        self.pending_space: tuple[int, int] | None = None
        self.stack: list[tuple[str, bool]] = []  # (tag name, is chrome)
        self.open_count: dict[str, int] = {}
        self.drop_depth = 0
        self.meta: dict[str, str] = {}
        self.lang = ""
        self.title = ""
        self.h1_span: tuple[int, int] | None = None
        self.h1_start = -1
        self.emitting = not article_mode  # whether text is kept here; see `update_emitting`

    def update_emitting(self) -> None:
        """Recompute `emitting` after the open elements changed."""
        if self.drop_depth:
            self.emitting = False
        elif not self.article_mode:
            self.emitting = True
        else:
            counts = self.open_count
            self.emitting = counts.get("article", 0) > 0 or counts.get("h1", 0) > 0

    def run(self) -> None:
        pos: int | None = 0
        while pos is not None:
            pos = self.scan_from(pos)

    def scan_from(self, pos: int) -> int | None:
        """Scan tokens from `pos`; return where to go on after a skipped region, None at the end."""
        for m in _TOKEN_RE.finditer(self.raw, pos):
            kind = m.lastindex
            if kind == 5:
                end = m.end()
                if (resume := self.start_tag(m[4].lower(), m[5], m.start(), end)) != end:
                    return resume
            elif kind == 3:
                self.end_tag(m[3].lower(), *m.span())
            elif kind == 2:
                if self.emitting:
                    self.text(*m.span())
            elif kind == 1:
                if self.emitting:
                    self.space(*m.span())
            elif (resume := self.markup(m.start())) != m.end():
                return resume
        return None

    def markup(self, lt: int) -> int:
        """Handle the markup at `lt` that is no well-formed tag; return where text resumes."""
        raw = self.raw
        if raw[lt + 1 : lt + 2] in ("!", "?"):
            if raw.startswith("<!--", lt) and (end := raw.find("-->", lt + 4)) >= 0:
                return end + 3
            end = raw.find(">", lt)
            return end + 1 if end >= 0 else len(raw)
        m = _LOOSE_TAG_RE.match(raw, lt)
        if m is None:
            if self.emitting:
                self.text(lt, lt + 1)  # a literal "<"
            return lt + 1
        closing, name, attr_text = m.groups()
        if closing:
            self.end_tag(name.lower(), lt, m.end())
            return m.end()
        return self.start_tag(name.lower(), attr_text, lt, m.end())

    def start_tag(self, name: str, attr_text: str, start: int, end: int) -> int:
        """Open an element; return where text resumes (past a raw-text element's body)."""
        if name in _METADATA_TAGS:
            self.tag_metadata(name, attr_text)
        if (break_text := _BLOCK_BREAKS.get(name)) is not None:
            self.block_break(start, end, break_text)
        if name in _LEAF_TAGS:
            return self.raw_text_element(name, attr_text, end) if name in _RAW_TEXT_END else end
        if attr_text and attr_text.rstrip().endswith("/"):
            return end
        counts = self.open_count
        if name in DROP_TAGS:
            chrome = True
        elif name == "header":
            chrome = not (counts.get("article", 0) > 0 or counts.get("main", 0) > 0)
            chrome = chrome or is_chrome_attrs(attr_text)
        else:
            chrome = bool(attr_text) and is_chrome_attrs(attr_text)
            if chrome and name == "p" and is_lead_paragraph(attr_text):
                chrome = False
        self.stack.append((name, chrome))
        counts[name] = counts.get(name, 0) + 1
        if chrome or name in _EMITTING_TAGS:
            self.drop_depth += chrome
            self.update_emitting()
            if name == "h1" and self.h1_span is None and self.emitting:
                self.h1_start = self.length
        return end

    def end_tag(self, name: str, start: int, end: int) -> None:
        if (break_text := _BLOCK_BREAKS.get(name)) is not None:
            self.block_break(start, end, break_text)
        if not self.open_count.get(name):
            return
        if self.stack[-1] == (name, False) and name not in _EMITTING_TAGS:
            self.stack.pop()  # the common case: closing the innermost element
            self.open_count[name] -= 1
            return
        changed = False  # whether `emitting` may change
        while self.stack:
            top, chrome = self.stack.pop()
            self.open_count[top] -= 1
            self.drop_depth -= chrome
            changed = changed or chrome or top in _EMITTING_TAGS
            if top == "h1" and self.h1_start >= 0 and self.h1_span is None:
                self.h1_span = (self.h1_start, self.length)
            if top == name:
                break
        if changed:
            self.update_emitting()

    def raw_text_element(self, name: str, attr_text: str, end: int) -> int:
        """Skip a script/style/title/... body; keep the title and JSON-LD metadata."""
        close = _RAW_TEXT_END[name].search(self.raw, end)
        body_end = close.start() if close else len(self.raw)
        body = self.raw[end:body_end]
        if name == "title" and not self.title:
            self.title = first_text(_unescape(body) if "&" in body else body)
        elif name == "script" and "ld+json" in attr_text.lower():
            self.json_ld(body)
        return close.end() if close else len(self.raw)

    def json_ld(self, body: str) -> None:
        date_match = _LD_DATE_RE.search(body)
        if date_match:
            self.meta.setdefault("ld:datepublished", date_match.group(1))
        headline = _LD_HEADLINE_RE.search(body)
        if headline:
            self.meta.setdefault("ld:headline", headline.group(1).replace('\\"', '"'))

    def tag_metadata(self, name: str, attr_text: str) -> None:
        if name not in ("html", "meta", "link", "time"):
            return
        attrs = parse_attrs(attr_text)
        if name == "html":
            self.lang = self.lang or attrs.get("lang", "") or attrs.get("xml:lang", "")
        elif name == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            key = key or attrs.get("http-equiv", "")
            if key and attrs.get("content"):
                self.meta.setdefault(key.lower(), attrs["content"])
        elif name == "link" and "canonical" in attrs.get("rel", "").lower():
            self.meta.setdefault("canonical", attrs.get("href", ""))
        elif name == "time" and attrs.get("datetime") and self.emitting:
            self.meta.setdefault("time", attrs["datetime"])

    def block_break(self, start: int, end: int, text: str = "\n\n") -> None:
        """A break before the next text: the strongest asked for wins (paragraph, then
        table row, then table cell), so a table's row reads `a | b | c` on one line."""
        self.pending_space = None
        if not (self.length and self.emitting):
            return
        if self.pending_break is None:
            self.pending_break = (start, end)
            self.break_text = text
        elif _BREAK_RANK[text] > _BREAK_RANK[self.break_text]:
            self.break_text = text

    def text(self, start: int, end: int) -> None:
        """Emit raw[start:end] (not empty): whitespace runs as one space, entities decoded."""
        raw = self.raw
        pos = start
        if raw[pos] in _WHITESPACE:
            pos = end - len(raw[start:end].lstrip(_WHITESPACE))
            self.space(start, pos)
            if pos == end:
                return  # only white space
        stop = pos + len(raw[pos:end].rstrip(_WHITESPACE))
        search_from = pos
        while (trigger := _TEXT_TRIGGER_RE.search(raw, search_from, stop)) is not None:
            search_from, pos = self.special(trigger.start(), pos, stop)
        self.copy(pos, stop)
        if stop < end:
            self.space(stop, end)

    def special(self, i: int, pos: int, stop: int) -> tuple[int, int]:
        """Handle the entity, whitespace or invisible run at `i`, after the text from `pos`.

        Returns where to search on and where the not yet emitted text starts.
        """
        raw = self.raw
        if raw[i] == "&":
            m = _ENTITY_RE.match(raw, i, stop)
            if m is None:
                return i + 1, pos  # a literal "&": copied with the text later
            self.copy(pos, i)
            self.entity(m.group(), i, m.end())
            return m.end(), m.end()
        if raw[i] in _WHITESPACE:
            run_start = pos + len(raw[pos:i].rstrip(" "))
            run_end = _WHITESPACE_RUN_RE.match(raw, i, stop).end()  # type: ignore[union-attr]
            self.copy(pos, run_start)
            self.space(run_start, run_end)
            return run_end, run_end
        run_end = _INVISIBLE_RUN_RE.match(raw, i, stop).end()  # type: ignore[union-attr]
        self.copy(pos, i)
        return run_end, run_end

    def space(self, start: int, end: int) -> None:
        if self.length and self.pending_break is None:
            self.pending_space = (start, end)

    def copy(self, start: int, end: int) -> None:
        """Emit raw[start:end] verbatim, after the pending break or space."""
        if end <= start:
            return
        if self.pending_break is not None:
            self.flush_pending()
        elif (space := self.pending_space) is not None:
            if space == (start - 1, start) and self.raw[start - 1] == " ":
                start -= 1  # a plain space before the text: copied with it
                self.pending_space = None
            else:
                self.flush_pending()
        self.out.add_mapped(self.raw[start:end], start, end)
        self.length += end - start

    def replace(self, text: str, start: int, end: int) -> None:
        """Emit `text` standing for raw[start:end] (a decoded entity, a break or a space)."""
        self.out.add_replacement(text, start, end)
        self.length += len(text)

    def entity(self, entity: str, start: int, end: int) -> None:
        decoded = _unescape(entity)
        if decoded == entity:
            self.copy(start, end)
            return
        decoded = decoded.translate(_INVISIBLE)
        if decoded:
            self.flush_pending()
            self.replace(decoded, start, end)

    def flush_pending(self) -> None:
        """Emit the paragraph break or the space that precedes new text."""
        if self.pending_break is not None:
            self.replace(self.break_text, *self.pending_break)
            self.pending_break = None
        elif self.pending_space is not None:
            a, b = self.pending_space
            self.pending_space = None
            if b - a == 1 and self.raw[a] == " ":
                self.copy(a, b)
            else:
                self.replace(" ", a, b)


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\x00"))


def _scan(raw: str, article_mode: bool) -> _Scanner:
    scanner = _Scanner(raw, article_mode)
    scanner.run()
    return scanner


def _best_scan(raw: str) -> _Scanner:
    """The `<article>` text if it looks like the story, else the whole page's text.

    One <article> is trusted unless nearly empty; with several (teaser cards?) they must
    hold a good share of the page's text.
    """
    n_articles = len(_ARTICLE_TAG_RE.findall(raw))
    if not n_articles:
        return _scan(raw, article_mode=False)
    scanner = _scan(raw, article_mode=True)
    if n_articles == 1 and scanner.length >= MIN_ARTICLE_CHARS:
        return scanner
    whole = _scan(raw, article_mode=False)
    if scanner.length >= MIN_ARTICLE_CHARS and scanner.length >= ARTICLES_MIN_SHARE * whole.length:
        return scanner
    return whole


def html_to_text(raw: str) -> HtmlText:
    """Clean text of an HTML page (mapped back into `raw`) with its metadata."""
    scanner = _best_scan(raw)
    clean = scanner.out.build()
    h1 = ""
    if scanner.h1_span:
        h1 = first_text(clean.text[scanner.h1_span[0] : scanner.h1_span[1]])
    return HtmlText(clean, scanner.meta, scanner.lang, scanner.title, h1)


def _first_meta(meta: dict[str, str], keys: tuple[str, ...]) -> str:
    return first_text(*(meta.get(k) for k in keys))


def html_meta(page: HtmlText) -> dict[str, object]:
    """`published`, `title`, `outlet`, `url`, `language` from a page's markup."""
    meta = page.meta
    published = None
    for key in PUBLISHED_META_KEYS:
        published = parse_date(meta.get(key))
        if published is not None:
            break
    language = normalise_language(page.lang) or normalise_language(
        _first_meta(meta, ("content-language", "og:locale", "language", "dc.language"))
    )
    return {
        "published": published,
        "title": first_text(
            _first_meta(meta, ("og:title", "twitter:title", "ld:headline")), page.title, page.h1
        ),
        "outlet": _first_meta(meta, ("og:site_name", "application-name", "publisher")),
        "url": _first_meta(meta, ("og:url", "canonical")),
        "language": language,
    }
