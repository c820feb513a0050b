"""Regular-expression alternations factored by shared prefixes, so `re` tries few branches.

`re` tries every branch of a plain alternation (`September|Sept|Sep|…`) at each position;
the trie form (`Sep(?:t(?:ember)?)?`) tries a few, which is much faster. A word is
preferred to its prefixes (the longer match wins, as with a longest-first alternation),
and a space inside a word matches any run of white space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """The words (literal; a space matches `\\s+`) as one prefix-factored alternation."""
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _body(root)


def _body(node: dict[str, dict]) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _body(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


WORD_START = r"\b(?<!\w)"  # `(?<!\w)` before a word character; `\b` first rejects positions
# inside words cheaply, where the lookbehind is a costlier sub-match


def word_start_for(parts: list[str]) -> str:
    r"""`WORD_START` when every part starts with an ASCII letter or digit (so every match
    starts with a word character: their case variants are letters too), else `(?<!\w)`."""
    return WORD_START if parts and all(_nestable_first(p) for p in parts) else r"(?<!\w)"


def nested_alternation(parts: list[str]) -> str:
    """The alternation of `parts` with each run of parts starting with a plain ASCII letter or
    digit nested under that character (`k(?:ursk|iew)`), so that `re` tries a few branches at
    a position, not all. Parts that can match at the same position keep their order, so the
    matches are the same."""
    out: list[str] = []
    run: dict[str, list[str]] = {}  # the current run of nestable parts, by first character
    for part in parts:
        first = _nestable_first(part)
        if first is None:
            out += [f"{key}(?:{'|'.join(rests)})" for key, rests in run.items()]
            out.append(part)
            run = {}
        else:
            run.setdefault(first, []).append(part[1:])
    out += [f"{key}(?:{'|'.join(rests)})" for key, rests in run.items()]
    return "|".join(out)


def _nestable_first(part: str) -> str | None:
    """The lower-cased first character of a part that always starts with it (an ASCII letter
    or digit, not quantified) and has no top-level `|` nor groups; None for any other part."""
    first = part[:1]
    if not (first.isascii() and first.isalnum()) or part[1:2] in ("?", "*", "+", "{"):
        return None
    if has_top_level_bar(part) or re.compile(part, re.IGNORECASE).groups:
        return None  # a `|` would split the nesting; groups would be numbered anew
    return first.lower()


def has_top_level_bar(pattern: str) -> bool:
    """Whether `pattern` holds a `|` outside groups and character classes."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1  # the escaped character
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # a `]` first in a class is one of its characters
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False
