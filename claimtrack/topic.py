"""A topic file: the subject's vocabulary, loaded from YAML and compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from claimtrack.countries import country_patterns
from claimtrack.paths import TOPICS_DIR
from claimtrack.word_trie import nested_alternation, word_start_for

LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class StatusGrammar:
    """Clause words that steer the status and increment rules (see status.py, increments.py)."""

    clause_joiner: re.Pattern[str]  # "and that": starts a new reported clause
    verb_joiner: re.Pattern[str]  # "and was": a new clause when a figure of its own follows
    modal_joiner: re.Pattern[str]  # "and could": a prospect added to what the figure counts
    partitive: re.Pattern[str]  # "a part of the" right before a figure: the figure is the whole
    purpose_infinitive: re.Pattern[str]  # "to fight": a cue inside it is a purpose
    final_modal: re.Pattern[str]  # "… stehen könnten": a verb-final modal governs its clause
    future_copula: re.Pattern[str]  # "could be" after the figure: a prospect (planned)
    clause_plan: re.Pattern[str]  # "stelle … bereit": a promise anywhere in the clause
    past_modal: re.Pattern[str]  # "might have sent": a guess about the past, not a plan
    relative: re.Pattern[str]  # ", die …": a relative clause about the figure's noun
    trailing_additional: re.Pattern[str]  # "3,000 more could follow": a cue after the figure
    additional_clause: re.Pattern[str]  # "hinzugekommen": an increment verb in the clause
    reinforcement: re.Pattern[str]  # "reinforcements": a counted noun that is an increment
    present_sending: re.Pattern[str]  # "schickt": troops on their way, not at the place named
    place_anaphor: re.Pattern[str]  # "dort", "there": points back at the last place named
    places: tuple[tuple[str, re.Pattern[str]], ...]  # status of the places "dort" points at
    condition: re.Pattern[str]  # "Wenn …," opening the sentence: what follows is a prospect
    counting_condition: re.Pattern[str]  # "If you add …": a way of counting, no prospect


@dataclass(frozen=True)
class LanguageLexicon:
    """The compiled patterns of one topic for one language."""

    troop_noun: re.Pattern[str]
    owned_troop_noun: re.Pattern[str]  # "volunteers": the subject's only where it is named
    subject: re.Pattern[str]
    other_force: re.Pattern[str]
    status_cues: tuple[tuple[str, re.Pattern[str]], ...]
    additional: re.Pattern[str]
    standalone_additional: re.Pattern[str]
    excluded_context: re.Pattern[str]
    excluded_predicate: re.Pattern[str]  # "geflohen" after the figure: about other people
    number_word: re.Pattern[str]  # "the number of …": a figure standing for the troops
    pronoun_noun: re.Pattern[str]  # "17 others": stands for a noun named before
    purpose: re.Pattern[str]  # "to replace the dead": a status cue after it is a purpose
    status_grammar: StatusGrammar  # clause words for the status and increment rules

    @cached_property
    def casualty_cue(self) -> re.Pattern[str] | None:
        """The `casualties` status cues (None when the topic has none)."""
        return dict(self.status_cues).get("casualties")

    @cached_property
    def any_status_cue(self) -> re.Pattern[str] | None:
        """Every status cue in one alternation, matching where one of them does; None when
        they cannot be joined so (groups, mixed flags)."""
        return joined_alternation([pattern for _, pattern in self.status_cues])


def joined_alternation(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern matching wherever one of `patterns` matches; None when there are none,
    their flags differ or they hold groups (numbering and back-references would change)."""
    if not patterns or len({p.flags for p in patterns}) > 1 or any(p.groups for p in patterns):
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    raw: dict[str, Any]
    lexicons: dict[str, LanguageLexicon]
    default_status: str
    max_claim_value: float
    places: re.Pattern[str]  # every place name of the topic, in one alternation

    def lexicon(self, lang: str) -> LanguageLexicon:
        return self.lexicons.get(lang) or self.lexicons["en"]


def alternation(patterns: list[str], prefix: bool = False) -> re.Pattern[str]:
    """One case-insensitive regex for a list of word patterns (`prefix`: stems)."""
    parts = [p if _is_regex(p) else re.escape(p) for p in patterns]
    tail = r"\w*" if prefix else r"(?!\w)"
    body = nested_alternation(sorted(parts, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"{word_start_for(parts)}(?:{body}){tail}", re.IGNORECASE)


def _is_regex(pattern: str) -> bool:
    return any(ch in pattern for ch in "\\[]()?*+|{}")


def topic_path(name_or_path: str) -> Path:
    """The YAML file for a topic name (under claimtrack/topics) or an explicit path."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml"):
        return candidate
    return TOPICS_DIR / f"{name_or_path}.yaml"


@lru_cache(maxsize=16)
def load_topic(name_or_path: str = "north_korea_troops") -> Topic:
    path = topic_path(name_or_path)
    if not path.is_file():
        raise ValueError(f"topic file not found: {path}")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return compile_topic(raw)


def compile_topic(raw: dict[str, Any]) -> Topic:
    lexicons = {lang: _compile_language(raw, lang) for lang in LANGUAGES}
    places = alternation([str(n) for names in raw.get("places", []) for n in names])
    return Topic(
        name=str(raw.get("name", "topic")),
        title=str(raw.get("title", raw.get("name", "topic"))),
        raw=raw,
        lexicons=lexicons,
        default_status=str(raw.get("status_cues", {}).get("default", "in_russia")),
        max_claim_value=float(raw.get("max_claim_value", float("inf"))),
        places=places,
    )


def _compile_language(raw: dict[str, Any], lang: str) -> LanguageLexicon:
    def words(key: str) -> list[str]:
        return [str(w) for w in (raw.get(key) or {}).get(lang, [])]

    cues = {k: v for k, v in (raw.get("status_cues") or {}).items() if k != "default"}
    status = tuple(
        (status, alternation([str(w) for w in per_lang.get(lang, [])]))
        for status, per_lang in cues.items()
        if isinstance(per_lang, dict)
    )
    return LanguageLexicon(
        troop_noun=alternation(words("troop_nouns") + words("casualty_nouns")
                               + words("owned_troop_nouns")),
        owned_troop_noun=alternation(words("owned_troop_nouns")),
        subject=alternation(words("subject_terms")),
        other_force=alternation(words("other_forces") + country_patterns(
            lang, frozenset(str(c) for c in raw.get("own_countries") or ()))),
        status_cues=status,
        additional=alternation(words("additional_cues")),
        standalone_additional=alternation(words("standalone_additional_cues")),
        excluded_context=alternation(words("excluded_contexts")),
        excluded_predicate=alternation(words("excluded_predicates")),
        number_word=alternation(words("number_nouns")),
        pronoun_noun=alternation(words("pronoun_nouns")),
        purpose=alternation(words("purpose_cues")),
        status_grammar=StatusGrammar(
            clause_joiner=alternation(words("clause_joiners")),
            verb_joiner=alternation(words("verb_joiners")),
            modal_joiner=alternation(words("modal_joiners")),
            partitive=alternation(words("partitive_cues")),
            purpose_infinitive=alternation(words("purpose_infinitives")),
            final_modal=alternation(words("final_modal_cues")),
            future_copula=alternation(words("future_copula_cues")),
            clause_plan=alternation(words("clause_plan_cues")),
            past_modal=alternation(words("past_modal_cues")),
            relative=alternation(words("relative_pronouns")),
            trailing_additional=alternation(words("trailing_additional_cues")),
            additional_clause=alternation(words("additional_clause_cues")),
            reinforcement=alternation(words("reinforcement_nouns")),
            present_sending=alternation(words("present_sending_cues")),
            place_anaphor=alternation(words("place_anaphors")),
            places=tuple((status, alternation([str(w) for w in per_lang.get(lang, [])]))
                         for status, per_lang in (raw.get("status_places") or {}).items()),
            condition=alternation(words("condition_openers")),
            counting_condition=alternation(words("counting_conditions")),
        ),
    )
