"""The publishing outlet's own count is the report itself, not an outside source.

`By the Chronicle's own count …` in The Sunday Chronicle, `Our own tally …`, `An ANBC analysis
of state media images …` on ANBC News: the claim is the outlet's, so its group is
`unattributed` (the claimant text stays, so the row still says whose count it is).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w'’-]+")
_FIRST_PERSON = frozenset("our ours we us unser unsere unserer unseren unserem unseres wir".split())
_GENERIC = frozenset(
    "the a an der die das news daily sunday weekly online today morning evening post zeitung "
    "nachrichten am sonntag".split()
)


_THIS_OUTLET = re.compile(
    r"(?i)\b(?:(?:dieser|unserer|unsere[mr]?)\s+(?:Zeitung|Redaktion|Sender|Sendung|Agentur)"
    r"|(?:der|die)\s+(?:[\w]+-)?Redaktion(?!\s+(?:der|des|von|bei)\b)"
    r"|this\s+(?:newspaper|paper|broadcaster|agency|outlet|column|bulletin|newsletter|page|"
    r"site|website|station|programme|program))\b")


def outlet_words(outlet: str) -> frozenset[str]:
    """The words that name an outlet (`The Sunday Chronicle` → `chronicle`), and the initials
    of a name of several capitalised words (`Copperbelt Community Radio` → `ccr`)."""
    words = [m.group() for m in _WORD.finditer(outlet)]
    named = frozenset(w.lower() for w in words if len(w) >= 3 and w.lower() not in _GENERIC)
    capitals = [w[0] for w in words if w[0].isupper() and w.lower() not in _GENERIC]
    return named | {"".join(capitals).lower()} if len(capitals) >= 2 else named


def is_own_count(claimant: str, outlet: str) -> bool:
    """The claimant is the publishing outlet: first person (`our own tally`), or every
    capitalised word in it names the outlet (`the Chronicle`, `An ANBC analysis`; not `South
    Korea's spy agency` in The Korea Monitor)."""
    found = [m.group() for m in _WORD.finditer(claimant)]
    if KIN.match(claimant):
        return False  # `our nephew Andriy`: a relative of the writers speaks, not the outlet
    if any(w.lower() in _FIRST_PERSON and not w.isupper() for w in found) and (  # not `US`
            _NAMED_PERSON.search(claimant) is None):  # not `unser Gast, Felix Sauerbrey`
        return True
    if _THIS_OUTLET.search(claimant):  # `Berechnungen dieser Redaktion`
        return True
    names = {w.lower().removesuffix("'s").removesuffix("’s") for w in found if w[0].isupper()}
    names -= _GENERIC
    return bool(names) and names <= outlet_words(outlet)  # every name word is the outlet's


KIN_NOUNS = (  # relatives and friends, in both languages (an alternation, case-insensitive)
    r"uncle|aunt|cousin|brother|sister|son|daughter|father|mother|nephew|niece|"
    r"grand(?:father|mother|son|daughter)|husband|wife|[\w]+-in-law|friend|"
    r"Onkel|Tante|Cousine?|Vetter|Bruder|Schwester|Sohn|Tochter|Vater|Mutter|Neffe|Nichte|"
    r"Gro(?:ß|ss)(?:vater|mutter)|Opa|Oma|Enkel(?:in)?|Mann|Frau|Schwager|Schwägerin|Freund(?:in)?")
KIN = re.compile(  # a relative or friend of the writer or of someone named: not the outlet
    r"(?i)(?:my|his|her|our|their|mein|meine[mnrs]?|sein|seine[mnrs]?|ihr|ihre[mnrs]?|unser|"
    rf"unsere[mnrs]?)\s+(?:[\w-]+\s+)?(?:{KIN_NOUNS})\b")
_NAMED_PERSON = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-Z][a-z]+)?\s+[A-ZÄÖÜ][a-zäöüß]+\b")
_RECKONING = re.compile(
    r"(?i)(?:berechnung|auswertung|zählung|zusammenstellung|recherche|analyse|schätzung|angabe|daten"
    r"|information|erkenntnis|rechnung|count|tally|analys[ie]s|reckoning|estimate|calculation)"
    r"\w*$")


def _outlet_follows(sentence: str, claimant: str) -> bool:
    """`nach Berechnung dieser Zeitung`: a reckoning of the outlet right after the claimant
    phrase (not the person of `sagte der Abgeordnete unserer Zeitung`)."""
    if _RECKONING.search(claimant) is None:
        return False
    at = sentence.find(claimant)
    return at >= 0 and _THIS_OUTLET.match(sentence, at + len(claimant) + 1) is not None


def unattribute_own_counts(claims: list[dict], outlet: str) -> None:
    """Set the group of every claim the outlet itself makes to `unattributed` (in place)."""
    for row in claims:
        claimant = row.get("claimant") or ""
        if not claimant or row["claimant_group"] == "unattributed":
            continue
        sentence = row.get("sentence") or ""
        if _addressed_outlet(sentence, claimant):
            row["claimant_group"] = "unattributed"  # (dated by the issue the letter names)
        elif is_own_count(claimant, outlet) or _outlet_follows(sentence, claimant) or (
                not outlet and _media_tally(sentence, claimant)):
            row["claimant_group"] = "unattributed"
            if row.get("published") is not None:  # the outlet counts as it publishes
                row.update(claim_date=row["published"], claim_date_precision="published",
                           claim_date_text=None)


_ADDRESSED = re.compile(  # a reader's letter quoting the outlet back: `your front page said`
    r"\b(?:[Yy]our|Ihre?[mnrs]?)\s+(?:[\w.-]+\s+){0,3}?(?P<noun>front\s+page|story|article|"
    r"report|paper|newspaper|editorial|headline|reporter|correspondent|columnist|issue|edition|"
    r"Artikel|Zeitung|Titelseite|Kommentar|Beitrag|Blatt|Ausgabe)\b")


def _addressed_outlet(sentence: str, claimant: str) -> bool:
    """The claimant is the outlet a letter addresses (`Your June 26 front page said 12,000 …`,
    `Ihr Artikel vom 3. März sprach von …`): the outlet's own claim."""
    return any(m["noun"].split()[0] in claimant for m in _ADDRESSED.finditer(sentence))


_TOLD = re.compile(
    r"(?i)\b(?:told|interview with|speaking to|said to|gegenüber|im Gespräch mit|im Interview "
    r"mit|sagte(?:n)?)\s+(?:the\s+|der\s+|dem\s+|des\s+)?([\w'’-]+(?:\s+[\w'’-]+)?)")


def told_this_outlet(sentence: str, outlet: str) -> bool:
    """The sentence reports what someone told the publishing outlet (`in an interview with the
    Chronicle`, `sagte er dieser Zeitung`, `im Gespräch mit unserer Zeitung`)."""
    if _THIS_OUTLET.search(sentence):
        return True
    words = outlet_words(outlet)
    if not words:
        return False
    return any(not words.isdisjoint(w.lower().removesuffix("'s") for w in m.group(1).split())
               for m in _TOLD.finditer(sentence))


_MEDIA_NAME = re.compile(  # a capitalised name ending in a media word (`the Island Post`)
    r"(?:^|\s)(?:[A-Z][\w'’-]*\s+){0,3}(?:Post|Today|News|Observer|Review|Herald|Times|Beacon|"
    r"Chronicle|Gazette|Tribune|Courier|Journal|Radio|Bulletin|Ledger|Echo|Zeitung|Kurier|"
    r"Bote|Anzeiger|Blatt|Rundschau)(?:['’]s)?$")
_TALLY_AFTER = re.compile(
    r"\s+(?:counts|tallies|has\s+(?:tallied|counted|added\s+up)|adds\s+up|arrives\s+at|"
    r"zählt|kommt\s+auf)\b")
_TALLY_BEFORE = re.compile(r"(?i)\bby\s+$")


def _media_tally(sentence: str, claimant: str) -> bool:
    """With the outlet unknown, a media name counting for itself (`the Island Post counts
    between …`, `By The Baltic Beacon's count of the published estimates`): the outlet's own
    tally (another outlet's count is reported: `according to the Post's count`)."""
    name = claimant.removesuffix(" count").removesuffix(" tally").rstrip()
    if _MEDIA_NAME.search(name) is None:
        return False
    at = sentence.find(claimant)
    if at < 0:
        return False
    return bool(_TALLY_AFTER.match(sentence, at + len(claimant))) or bool(
        _TALLY_BEFORE.search(sentence, max(0, at - 10), at))
