"""Literal words as one regular-expression alternation factored by shared prefixes.

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
