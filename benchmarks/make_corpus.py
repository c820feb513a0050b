"""Write a synthetic news archive: `python benchmarks/make_corpus.py N DIR [--seed S]`.

N files: German (Germany, Austria, Switzerland) and English (US, UK) articles about
North Korean troops in Russia, 2–6 KB each, as .txt/.md/.html in UTF-8, UTF-8 with BOM,
cp1252 or UTF-16; metadata in an `articles.csv` sidecar for part of them, else in
front matter, HTML meta tags, a dateline or nowhere. About 1 % are verbatim copies
of an earlier article (syndication) and a few files are not articles (empty, PDF).
All text comes from the templates below; the same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SIDECAR_SHARE = 0.3
DUPLICATE_SHARE = 0.01
JUNK_SHARE = 0.003
FILLER_VARIANTS = 40  # pre-rendered variants of each background sentence per locale
MIN_BYTES, MAX_BYTES = 2_000, 6_000
FIRST_DAY, LAST_DAY = date(2024, 10, 1), date(2025, 6, 30)
FORMATS = ((".txt", 0.5), (".md", 0.25), (".html", 0.25))
ENCODINGS = (("utf-8", 0.7), ("utf-8-sig", 0.1), ("cp1252", 0.15), ("utf-16", 0.05))


@dataclass(frozen=True)
class Density:
    """How often figures occur: the share of paragraphs with a claim sentence, and of
    background sentences with a figure (None: templates drawn evenly, half with one)."""

    claim_share: float
    figure_filler_share: float | None


DENSITIES = {
    # as in the user's seed articles: ~20 % of sentences hold a digit, ~3 claims, ~4 KB
    "news": Density(claim_share=0.12, figure_filler_share=0.15),
    # the first generator's mix: ~50 % of sentences hold a digit, ~9 claims per article
    "dense": Density(claim_share=0.5, figure_filler_share=None),
}


@dataclass(frozen=True)
class Locale:
    """How one region writes: language, thousands separator, month names, outlets."""

    region: str
    lang: str
    sep: str
    months: tuple[str, ...]
    outlets: tuple[str, ...]


DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
LOCALES = (
    (Locale("DE", "de", ".", DE_MONTHS,
            ("Rheinische Abendpost", "Hamburger Morgenkurier", "Tagesblatt Nord")), 0.35),
    (Locale("AT", "de", ".", ("Jänner",) + DE_MONTHS[1:],
            ("Wiener Tagespost", "Alpenland Nachrichten")), 0.12),
    (Locale("CH", "de", "'", DE_MONTHS, ("Zürcher Abendblatt", "Berner Rundschau")), 0.13),
    (Locale("US", "en", ",", EN_MONTHS, ("Capital Herald", "The Daily Ledger")), 0.22),
    (Locale("GB", "en", ",", EN_MONTHS, ("Northern Observer", "Global Wire Service")), 0.18),
)

# --- figures and hedges --------------------------------------------------------------

VALUES = {
    "in_russia": (1500, 2000, 3000, 7000, 8000, 10000, 11000, 12000, 13000, 15000),
    "planned": (10000, 12000, 25000, 30000, 50000, 100000),
    "near_front": (3000, 5000, 8000, 10000, 11000, 12000),
    "casualties": (40, 200, 300, 1000, 1200, 3000, 4000),
}
HEDGES = {
    "de": {
        "exact": ("",),
        "approx": ("rund", "etwa", "ungefähr", "circa", "knapp", "schätzungsweise", "annähernd"),
        "at_least": ("mehr als", "über", "mindestens", "gut"),
        "at_most": ("bis zu", "höchstens", "maximal"),
    },
    "en": {
        "exact": ("",),
        "approx": ("about", "some", "around", "roughly", "approximately", "nearly",
                   "an estimated"),
        "at_least": ("more than", "over", "at least"),
        "at_most": ("up to", "as many as"),
    },
}
RANGES = {"de": ("{a} bis {b}", "zwischen {a} und {b}", "{a} und {b}"),
          "en": ("{a} to {b}", "between {a} and {b}", "{a}-{b}")}
VAGUE = {"de": ("Tausende", "mehrere tausend", "einige tausend", "Zehntausende", "Hunderte"),
         "en": ("thousands of", "several thousand", "tens of thousands of", "hundreds of")}
WORDS = {"de": {3000: "dreitausend", 10000: "zehntausend", 12000: "zwölftausend"},
         "en": {3000: "three thousand", 10000: "ten thousand", 12000: "twelve thousand"}}
INCREMENT_CUES = ("another", "additional", "more", "weitere", "zusätzlich")
QUALIFIER_WEIGHTS = (("exact", 3), ("approx", 4), ("at_least", 2), ("at_most", 2),
                     ("range", 1), ("vague", 1))

# --- who says it, when, where --------------------------------------------------------

CLAIMANTS = {
    "de": (  # (nominative, dative)
        ("der südkoreanische Geheimdienst NIS", "dem südkoreanischen Geheimdienst NIS"),
        ("das Verteidigungsministerium in Seoul", "dem Verteidigungsministerium in Seoul"),
        ("Pentagon-Sprecherin Karen Holloway", "Pentagon-Sprecherin Karen Holloway"),
        ("US-Außenamtssprecher Daniel Reyes", "US-Außenamtssprecher Daniel Reyes"),
        ("der ukrainische Militärgeheimdienst", "dem ukrainischen Militärgeheimdienst"),
        ("Präsident Selenskyj", "Präsident Selenskyj"),
        ("ein Nato-Sprecher", "einem Nato-Sprecher"),
        ("das Weiße Haus", "dem Weißen Haus"),
        ("der britische Militärgeheimdienst", "dem britischen Militärgeheimdienst"),
        ("ein ranghoher US-Beamter", "einem ranghohen US-Beamten"),
        ("die Regierung in Kiew", "der Regierung in Kiew"),
        ("Generalstabschef Min-ho Park", "Generalstabschef Min-ho Park"),
    ),
    "en": (
        ("South Korea's National Intelligence Service", ""),
        ("the Pentagon", ""),
        ("Pentagon spokeswoman Karen Holloway", ""),
        ("a senior US defense official", ""),
        ("Ukraine's military intelligence agency", ""),
        ("President Volodymyr Zelensky", ""),
        ("NATO Secretary General Mark Rutte", ""),
        ("the White House", ""),
        ("Britain's Ministry of Defence", ""),
        ("Seoul's defense ministry", ""),
        ("Ukrainian officials", ""),
        ("Joint Chiefs spokesman Min-ho Park", ""),
    ),
}
WEEKDAYS = {"de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag"),
            "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                   "Sunday")}
PLACES = {"de": ("Wladiwostok", "Ostrussland", "Chabarowsk", "Ussurijsk", "Russland"),
          "en": ("Vladivostok", "eastern Russia", "Khabarovsk", "Ussuriysk", "Russia")}
NOUNS = {"de": ("Soldaten", "Soldaten", "Soldaten", "Kämpfer", "Militärangehörige",
                "Elitesoldaten", "Spezialkräfte"),
         "en": ("troops", "troops", "soldiers", "soldiers", "personnel", "fighters",
                "service members")}

# --- sentences -----------------------------------------------------------------------
# Slots: {c} claimant, {cd} claimant in the dative, {q} figure with hedge, {n} troop noun,
# {d} when the claim was made (may be empty), {p} a place in Russia.

CLAIMS = {
    "de": {
        "in_russia": (
            "{c} geht davon aus, dass Nordkorea bislang {q} {n} nach Russland geschickt hat.",
            "Nach Einschätzung von {cd} wurden {q} nordkoreanische {n} {d} nach {p} verlegt.",
            "{c} sagte {d}, {q} Angehörige der nordkoreanischen Armee würden in {p} "
            "ausgebildet.",
            "Demnach sind inzwischen {q} {n} aus Nordkorea in {p} stationiert, wie {c} {d} "
            "mitteilte.",
            "Pjöngjang habe {q} weitere {n} entsandt, teilte {c} {d} mit.",
            "{cd} zufolge trainieren {q} nordkoreanische {n} auf Übungsplätzen in {p}.",
            "Laut {cd} sind {d} zusätzlich {q} Mann aus Nordkorea in {p} eingetroffen.",
        ),
        "planned": (
            "{c} rechnet damit, dass Nordkorea insgesamt {q} {n} schicken könnte.",
            "Bis zum Jahresende sollen nach Angaben von {cd} {q} nordkoreanische {n} "
            "bereitstehen.",
            "Pjöngjang plane, {q} {n} zu entsenden, sagte {c} {d}.",
        ),
        "near_front": (
            "{q} nordkoreanische {n} sind nach Angaben von {cd} bereits in der Region Kursk "
            "im Einsatz.",
            "{c} sagte {d}, {q} {n} aus Nordkorea seien an die Front gebracht worden.",
            "Nach Darstellung von {cd} kämpfen {q} Nordkoreaner an der Seite russischer "
            "Einheiten.",
        ),
        "casualties": (
            "{cd} zufolge wurden {q} nordkoreanische {n} getötet oder verwundet.",
            "Bei Gefechten im Grenzgebiet seien {q} Nordkoreaner ums Leben gekommen, sagte {c} "
            "{d}.",
            "Nach Angaben von {cd} gerieten {d} {q} nordkoreanische {n} in Gefangenschaft.",
        ),
    },
    "en": {
        "in_russia": (
            "{c} said {d} that North Korea had sent {q} {n} to Russia so far.",
            "According to {c}, {q} North Korean {n} were moved to {p} {d}.",
            "{c} estimates that {q} North Korean {n} are training at bases in {p}.",
            "Pyongyang has dispatched another {q} {n}, {c} said {d}.",
            "{q} {n} from North Korea are now stationed in {p}, according to {c}.",
            "An additional {q} North Korean {n} arrived in {p} {d}, {c} said.",
        ),
        "planned": (
            "{c} expects North Korea could send {q} {n} in total.",
            "Pyongyang is prepared to send {q} {n} by the end of the year, {c} said {d}.",
            "{c} warned {d} that {q} more North Korean {n} were ready to deploy.",
        ),
        "near_front": (
            "{q} North Korean {n} are already fighting in the Kursk region, {c} said {d}.",
            "According to {c}, {q} {n} from North Korea have been moved to the front line.",
            "{c} said {d} that {q} North Koreans were engaged in combat alongside Russian "
            "units.",
        ),
        "casualties": (
            "{c} said {d} that {q} North Korean {n} had been killed or wounded.",
            "{q} North Korean {n} have died in the fighting, according to {c}.",
            "{c} reported {d} that {q} North Korean {n} had been captured.",
        ),
    },
}

FILLER = {
    "de": (
        "Russland hat nach ukrainischen Angaben seit Beginn der Invasion mehr als {big} "
        "Soldaten verloren.",
        "Die ukrainische Armee kontrolliert nach eigenen Angaben noch etwa {km} "
        "Quadratkilometer in der Region Kursk.",
        "Die Sitzung des Sicherheitsrats dauerte knapp {min} Minuten.",
        "Die Bundesregierung sagte zusätzliche Hilfen von {eur} Millionen Euro zu.",
        "Seit {year} sind beide Staaten durch einen Vertrag über gegenseitigen Beistand "
        "verbunden.",
        "In der Nacht feuerte Russland {k} Drohnen und {k2} Raketen auf ukrainische Städte "
        "ab.",
        "Bei dem Angriff auf ein Wohnhaus wurden {k2} Menschen verletzt.",
        "Südkorea und die USA hatten Pjöngjang wiederholt vor einer Beteiligung am Krieg "
        "gewarnt.",
        "Moskau und Pjöngjang haben die Berichte bislang weder bestätigt noch dementiert.",
        "Der Kreml wies die Angaben als westliche Propaganda zurück.",
        "Beobachter sehen in der Zusammenarbeit einen Wendepunkt des Krieges.",
        "Im Gegenzug erhofft sich Nordkorea offenbar Technologie und Devisen.",
        "Die Regierung in Kiew fordert seit Monaten weitere Flugabwehrsysteme.",
        "„Wir beobachten die Lage sehr genau“, sagte ein Diplomat, der anonym bleiben "
        "wollte.",
        "Die Außenminister der G7 wollen am {wd} erneut über die Lage beraten.",
        "Nordkoreas Armee gilt mit geschätzt {mio} Millionen aktiven Soldaten als eine der "
        "größten der Welt.",
        "Die Ukraine hat nach eigenen Angaben {k} russische Panzer zerstört.",
        "Der Botschafter wurde am {wd} ins Außenministerium einbestellt.",
        "Experten bezweifeln, dass die Soldaten ausreichend auf moderne Drohnenkriegsführung "
        "vorbereitet sind.",
        "Satellitenbilder zeigen nach Angaben eines Forschungsinstituts rege Aktivität in "
        "mehreren Häfen.",
        "Der Rubel fiel am Nachmittag um {pct} Prozent.",
        "Das Parlament in Seoul debattiert über Waffenlieferungen an die Ukraine.",
        "Die Vereinten Nationen zeigten sich besorgt über eine weitere Eskalation.",
        "Nach Angaben der Stadtverwaltung fiel in {k}00 Haushalten der Strom aus.",
        "Russlands Verteidigungsministerium meldete den Abschuss von {k} ukrainischen "
        "Drohnen.",
        "Der Handel zwischen Russland und Nordkorea hat sich seit {year} vervielfacht.",
        "Die Außenministerin reiste am {wd} zu Gesprächen nach Seoul.",
        "Eine unabhängige Überprüfung der Angaben war zunächst nicht möglich.",
        "Bei einem Gefangenenaustausch kamen nach Kiewer Angaben {k} Ukrainer frei.",
        "Die Nato-Staaten wollen ihre Verteidigungsausgaben auf {pct} Prozent der "
        "Wirtschaftsleistung erhöhen.",
        "Nordkorea hat in den vergangenen Monaten mehrere ballistische Raketen getestet.",
        "Der südkoreanische Präsident berief den Nationalen Sicherheitsrat ein.",
        "Russland liefert nach Einschätzung von Fachleuten im Gegenzug Öl und Lebensmittel.",
        "Die Führung in Pjöngjang bezeichnete die Berichte als „haltlos“.",
        "In Charkiw heulten am Morgen erneut die Sirenen.",
        "Nordkorea soll Russland bereits Millionen Artilleriegranaten geliefert haben.",
        "An der Front liegen die Temperaturen derzeit bei minus {k2} Grad.",
        "Der Konvoi war nach Angaben von Augenzeugen rund {k} Kilometer lang.",
        "Das Verteidigungsministerium in Moskau äußerte sich nicht zu den Vorwürfen.",
        "Für die Ukraine ist der Winter die bisher schwierigste Phase des Krieges.",
        "Die EU-Kommission kündigte ein neues Sanktionspaket an, das {k2} Firmen betrifft.",
        "Ein Video in sozialen Netzwerken soll Soldaten in fremden Uniformen zeigen.",
    ),
    "en": (
        "Russia has lost more than {big} soldiers since the start of the invasion, according "
        "to Ukrainian estimates.",
        "Ukraine says it still holds about {km} square kilometers of territory in the Kursk "
        "region.",
        "The Security Council meeting lasted nearly {min} minutes.",
        "Washington announced a further ${eur} million in military aid.",
        "The two countries signed a mutual defense treaty in {year}.",
        "Overnight, Russia launched {k} drones and {k2} missiles at Ukrainian cities.",
        "{k2} people were injured when a missile struck an apartment block.",
        "Seoul and Washington have repeatedly warned Pyongyang against joining the war.",
        "Neither Moscow nor Pyongyang has confirmed the reports.",
        "The Kremlin dismissed the claims as Western propaganda.",
        "Analysts say the cooperation marks a turning point in the war.",
        "In return, North Korea is believed to seek technology and hard currency.",
        "Kyiv has been asking its allies for more air defense systems for months.",
        "\"We are watching the situation very closely,\" said a diplomat who asked not to be "
        "named.",
        "G7 foreign ministers are due to discuss the situation on {wd}.",
        "North Korea's army is one of the world's largest, with an estimated {mio} million "
        "active-duty soldiers.",
        "Ukraine says it has destroyed {k} Russian tanks.",
        "The ambassador was summoned to the foreign ministry on {wd}.",
        "Experts doubt that the soldiers are prepared for modern drone warfare.",
        "Satellite images show heightened activity at several ports, a research institute "
        "said.",
        "The ruble fell {pct} percent in afternoon trading.",
        "Lawmakers in Seoul are debating whether to send weapons to Ukraine.",
        "The United Nations voiced concern about a further escalation.",
        "City officials said {k}00 households were left without power.",
        "Russia's defense ministry said it had shot down {k} Ukrainian drones.",
        "Trade between Russia and North Korea has multiplied since {year}.",
        "The foreign minister traveled to Seoul for talks on {wd}.",
        "The figures could not be independently verified.",
        "Kyiv said {k} Ukrainians were freed in a prisoner exchange.",
        "NATO members aim to raise defense spending to {pct} percent of economic output.",
        "North Korea has tested several ballistic missiles in recent months.",
        "South Korea's president convened the National Security Council.",
        "In return, Russia is thought to supply oil and food, experts say.",
        "Pyongyang called the reports \"groundless.\"",
        "Air raid sirens sounded again in Kharkiv in the morning.",
        "North Korea is believed to have supplied Russia with millions of artillery shells.",
        "Temperatures at the front are currently around minus {k2} degrees.",
        "Witnesses said the convoy stretched for about {k} kilometers.",
        "The defense ministry in Moscow did not respond to the allegations.",
        "For Ukraine, the winter is the hardest phase of the war so far.",
        "The European Commission announced new sanctions affecting {k2} companies.",
        "A video on social media purportedly shows soldiers in unfamiliar uniforms.",
    ),
}
TITLES = {
    "de": ("Nordkorea schickt offenbar {q} {n} nach Russland",
           "Geheimdienst: {q} Nordkoreaner in Russland",
           "Kiew warnt vor weiteren Truppen aus Pjöngjang",
           "Wie viele nordkoreanische Soldaten kämpfen für Putin?",
           "Nordkoreanische Truppen in Kursk: Was bekannt ist"),
    "en": ("North Korea sends {q} {n} to Russia, officials say",
           "How many North Korean troops are in Russia?",
           "Kyiv warns of more troops from Pyongyang",
           "North Korean soldiers in Kursk: what we know",
           "Intelligence: {q} North Koreans deployed to Russia"),
}
BOILERPLATE = {
    "de": ("Teilen", "Drucken", "Mehr zum Thema", "Foto: Nachrichtenagentur/Archiv",
           "Anzeige", "Lesen Sie auch"),
    "en": ("Share", "Print", "Related coverage", "Photo: News agency/File",
           "Advertisement", "Read more"),
}


# --- building one article ------------------------------------------------------------

def pick(rng: random.Random, items: tuple | list) -> object:
    """One of `items` (faster than `Random.choice`)."""
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """An integer in `[low, high]` (faster than `Random.randint`)."""
    return low + int(rng.random() * (high - low + 1))


def weighted(rng: random.Random, pairs: tuple) -> object:
    """One item from (item, weight) pairs."""
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights)[0]


def format_number(value: int, loc: Locale, rng: random.Random) -> str:
    """`value` written the way the locale does (sometimes as a word or without separator)."""
    if value in WORDS[loc.lang] and rng.random() < 0.08:
        return WORDS[loc.lang][value]
    if value < 1000 or (loc.lang == "de" and value < 10000 and rng.random() < 0.2):
        return str(value)
    return grouped(value, loc.sep if loc.region != "CH" or rng.random() < 0.7 else "’")


def grouped(value: int, sep: str) -> str:
    """`value` with `sep` between groups of three digits from 1,000 on."""
    return f"{value:,}".replace(",", sep) if value >= 1000 else str(value)


def quantity(status: str, loc: Locale, rng: random.Random, increment: bool = False) -> str:
    """A hedged figure for `status`: `rund 10.000`, `between 1,500 and 3,000`, `Tausende`.

    An `increment` ("another ...") is never a range or vague.
    """
    qualifier = weighted(rng, QUALIFIER_WEIGHTS[:4] if increment else QUALIFIER_WEIGHTS)
    if qualifier == "vague":
        return pick(rng, VAGUE[loc.lang])
    low = pick(rng, VALUES[status])
    if qualifier == "range":
        high = low + pick(rng, (500, 1000, 2000, 5000))
        a, b = grouped(low, loc.sep), grouped(high, loc.sep)
        return pick(rng, RANGES[loc.lang]).format(a=a, b=b)
    hedge = pick(rng, HEDGES[loc.lang][qualifier])
    number = format_number(low, loc, rng)
    return f"{hedge} {number}" if hedge else number


def when(loc: Locale, published: date, rng: random.Random) -> str:
    """When a claim was made, relative to `published`, or "" (not said)."""
    roll = rng.random()
    back = published - timedelta(days=between(rng, 0, 6))
    if roll < 0.3:
        return ""
    if roll < 0.7:
        day = WEEKDAYS[loc.lang][back.weekday()]
        return f"am {day}" if loc.lang == "de" else f"on {day}"
    month = loc.months[back.month - 1]
    if loc.lang == "de":
        return f"am {back.day}. {month}"
    return f"on {month} {back.day}" if loc.region == "US" else f"on {back.day} {month}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def tidy(text: str, loc: Locale) -> str:
    """Collapse gaps left by empty slots; Swiss German writes ss for ß."""
    text = " ".join(text.split()).replace(" ,", ",").replace(" .", ".").replace("von dem ", "vom ")
    return text.replace("ß", "ss") if loc.region == "CH" else text


def claim_sentence(loc: Locale, published: date, rng: random.Random) -> str:
    status = pick(rng, tuple(VALUES))
    template = pick(rng, CLAIMS[loc.lang][status])
    claimant, dative = pick(rng, CLAIMANTS[loc.lang])
    increment = any(cue in template for cue in INCREMENT_CUES)
    text = template.format(
        c=claimant, cd=dative or claimant, q=quantity(status, loc, rng, increment),
        n=pick(rng, NOUNS[loc.lang]), d=when(loc, published, rng), p=pick(rng, PLACES[loc.lang]),
    )
    return tidy(cap(text), loc)


def filler_sentence(template: str, loc: Locale, rng: random.Random) -> str:
    text = template.format(
        big=format_number(between(rng, 500, 799) * 1000, loc, rng),
        km=pick(rng, (50, 80, 400, 600, 800)), min=pick(rng, (45, 90, 120)),
        eur=pick(rng, (50, 150, 400, 725)), year=pick(rng, (1961, 2023, 2024)),
        k=between(rng, 12, 190), k2=between(rng, 2, 40), mio=pick(rng, ("1,2", "1,3"))
        if loc.lang == "de" else pick(rng, ("1.2", "1.3")),
        wd=pick(rng, WEEKDAYS[loc.lang]), pct=pick(rng, ("1,5", "2,1", "0,8"))
        if loc.lang == "de" else pick(rng, ("1.5", "2.1", "0.8")),
    )
    return tidy(text, loc)


Pool = tuple[tuple[str, ...], ...]  # rendered variants of each background template


def filler_pool(loc: Locale, rng: random.Random, variants: int = FILLER_VARIANTS) -> Pool:
    """Rendered variants of each background sentence (rendering each anew is slow)."""
    return tuple(tuple(filler_sentence(t, loc, rng) for _ in range(variants))
                 for t in FILLER[loc.lang])


def filler_order(rng: random.Random, fillers: Pool) -> Iterator[str]:
    """Background sentences in random order, no template twice before all were used."""
    order = list(range(len(fillers)))
    while True:
        rng.shuffle(order)
        for index in order:
            yield pick(rng, fillers[index])


def news_filler_order(rng: random.Random, fillers: Pool, density: Density) -> Iterator[str]:
    """Background sentences with a figure at the density's share, else without one."""
    with_figure = filler_order(rng, tuple(p for p in fillers if _has_figure(p)))
    plain = filler_order(rng, tuple(p for p in fillers if not _has_figure(p)))
    while True:
        yield next(with_figure if rng.random() < density.figure_filler_share else plain)


def _has_figure(variants: tuple[str, ...]) -> bool:
    return any(ch.isdigit() for ch in variants[0])


def paragraphs(
    loc: Locale, published: date, target: int, rng: random.Random, fillers: Pool,
    density: Density,
) -> list[str]:
    """Paragraphs (1–4 sentences, some with a claim) until about `target` characters."""
    out: list[str] = []
    size = 0
    background = (filler_order(rng, fillers) if density.figure_filler_share is None
                  else news_filler_order(rng, fillers, density))
    while size < target:
        sentences = [next(background) for _ in range(between(rng, 1, 3))]
        if rng.random() < density.claim_share or not out:
            sentences.insert(between(rng, 0, len(sentences)), claim_sentence(loc, published, rng))
        text = " ".join(sentences)
        out.append(text)
        size += len(text) + 2
    return out


@dataclass(frozen=True)
class Meta:
    """What an article says about itself."""

    article_id: str
    lang: str
    published: date
    outlet: str
    title: str
    url: str


def make_meta(article_id: str, loc: Locale, rng: random.Random) -> Meta:
    published = FIRST_DAY + timedelta(days=between(rng, 0, (LAST_DAY - FIRST_DAY).days))
    status = pick(rng, tuple(VALUES))
    title = tidy(pick(rng, TITLES[loc.lang]).format(
        q=quantity(status, loc, rng), n=pick(rng, NOUNS[loc.lang])), loc)
    outlet = pick(rng, loc.outlets)
    host = outlet.lower().replace(" ", "-").replace("ü", "ue").replace("ä", "ae")
    url = f"https://{host}.example/{published:%Y/%m}/{article_id}"
    return Meta(article_id, loc.lang, published, outlet, title, url)


def dateline(meta: Meta, loc: Locale, rng: random.Random) -> str:
    """A date line as outlets print it."""
    d = meta.published
    hour, minute = between(rng, 6, 22), between(rng, 0, 59)
    if loc.lang == "de":
        clock = f"{hour:02d}:{minute:02d} Uhr"
        style = pick(rng, (f"{d.day}. {loc.months[d.month - 1]} {d.year}, {clock}",
                            f"Stand: {d:%d.%m.%Y} {clock}", f"veröffentlicht: {d:%d.%m.%Y}"))
        return tidy(style, loc)
    month = loc.months[d.month - 1]
    return pick(rng, (f"Published {month} {d.day}, {d.year}, {hour}:{minute:02d} GMT",
                       f"Updated {d.day} {month} {d.year}", f"{month} {d.day}, {d.year}"))


def front_matter(meta: Meta) -> str:
    title = meta.title.replace('"', "'")
    return (f'---\ntitle: "{title}"\ndate: {meta.published.isoformat()}\n'
            f"outlet: {meta.outlet}\nlanguage: {meta.lang}\n---\n\n")


def render_text(meta: Meta, paras: list[str], where: str, loc: Locale, rng: random.Random,
                markdown: bool) -> str:
    """A .txt or .md article; `where` says where its date is (front_matter, dateline, none)."""
    head = front_matter(meta) if where == "front_matter" else ""
    title = f"# {meta.title}" if markdown else meta.title
    lines = [pick(rng, BOILERPLATE[loc.lang]), title]
    if where == "dateline":
        lines.append(dateline(meta, loc, rng))
    body = [f"**{p[:40]}**{p[40:]}" if markdown and i == 0 else p for i, p in enumerate(paras)]
    return head + "\n\n".join(lines + body + [pick(rng, BOILERPLATE[loc.lang])]) + "\n"


def render_html(meta: Meta, paras: list[str], where: str, loc: Locale, rng: random.Random,
                encoding: str) -> str:
    charset = {"cp1252": "windows-1252", "utf-8-sig": "utf-8"}.get(encoding, encoding)
    metas = [f'<meta charset="{charset}">', f"<title>{html.escape(meta.title)}</title>"]
    if where == "html_meta":
        metas += [f'<meta property="article:published_time" '
                  f'content="{meta.published.isoformat()}T{between(rng, 6, 22):02d}:00:00Z">',
                  f'<meta property="og:site_name" content="{html.escape(meta.outlet)}">',
                  f'<meta property="og:title" content="{html.escape(meta.title)}">']
    stamp = f"<p class=\"date\">{html.escape(dateline(meta, loc, rng))}</p>" \
        if where == "dateline" else ""
    body = "\n".join(f"<p>{html.escape(p, quote=False).replace('. ', '.&nbsp;', 1)}</p>"
                     for p in paras)
    nav = " | ".join(f'<a href="/s/{i}">{w}</a>' for i, w in enumerate(BOILERPLATE[loc.lang]))
    return (f"<!DOCTYPE html>\n<html lang=\"{loc.lang}\">\n<head>\n" + "\n".join(metas)
            + "\n<script>window.dataLayer=[];</script>\n</head>\n<body>\n"
            f"<nav>{nav}</nav>\n<article>\n<h1>{html.escape(meta.title)}</h1>\n{stamp}\n"
            f"{body}\n</article>\n<footer>&copy; {meta.published.year} "
            f"{html.escape(meta.outlet)}</footer>\n</body>\n</html>\n")


def article_bytes(
    meta: Meta, loc: Locale, rng: random.Random, in_sidecar: bool, fillers: Pool,
    density: Density,
) -> tuple[str, bytes]:
    """(extension, encoded file) for one article."""
    ext = weighted(rng, FORMATS)
    encoding = weighted(rng, ENCODINGS)
    options = {".txt": ("front_matter", "dateline", "dateline", "none"),
               ".md": ("front_matter", "front_matter", "dateline", "none"),
               ".html": ("html_meta", "html_meta", "dateline", "none")}[ext]
    where = "none" if in_sidecar and rng.random() < 0.5 else pick(rng, options)
    width = 2 if encoding == "utf-16" else 1  # bytes per character, roughly
    overhead = (850 if ext == ".html" else 450) * width  # markup, head lines, last paragraph
    target = (between(rng, MIN_BYTES, MAX_BYTES) - overhead) // width
    paras = paragraphs(loc, meta.published, max(target, 500), rng, fillers, density)
    if ext == ".html":
        text = render_html(meta, paras, where, loc, rng, encoding)
    else:
        text = render_text(meta, paras, where, loc, rng, markdown=ext == ".md")
    return ext, text.encode(encoding, errors="replace")


def junk_file(article_id: str, rng: random.Random) -> tuple[str, bytes]:
    """A file that is not an article: empty text or a PDF."""
    if rng.random() < 0.5:
        return ".txt", b""
    return ".pdf", b"%PDF-1.4\n" + rng.randbytes(between(rng, 200, 2000))


# --- the corpus ----------------------------------------------------------------------

SIDECAR_FIELDS = ("article_id", "published", "outlet", "url", "title", "language")


def sidecar_row(meta: Meta, rng: random.Random) -> dict[str, str]:
    """The sidecar line for one article; some optional columns left empty."""
    row = {"article_id": meta.article_id, "published": meta.published.isoformat(),
           "outlet": meta.outlet, "url": meta.url, "title": meta.title, "language": meta.lang}
    for key in ("outlet", "url", "title", "language"):
        if rng.random() < 0.3:
            row[key] = ""
    return row


@dataclass(frozen=True)
class CorpusStats:
    files: int
    articles: int
    duplicates: int
    junk: int
    sidecar_rows: int
    bytes: int


def make_corpus(n: int, folder: Path, seed: int = 0, density: str = "news") -> CorpusStats:
    """Write `n` files (plus `articles.csv`) into `folder`, the same bytes for the same seed."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    fillers = {loc.region: filler_pool(loc, rng) for loc, _ in LOCALES}
    recent: list[tuple[str, bytes]] = []  # (ext, data) of recent articles, for duplicates
    rows: list[dict[str, str]] = []
    counts = {"articles": 0, "duplicates": 0, "junk": 0, "bytes": 0}
    for i in range(n):
        article_id = f"{i:07d}_{rng.getrandbits(48):012x}"
        roll = rng.random()
        if roll < JUNK_SHARE:
            ext, data = junk_file(article_id, rng)
            counts["junk"] += 1
        elif roll < JUNK_SHARE + DUPLICATE_SHARE and recent:
            ext, data = pick(rng, recent)
            counts["duplicates"] += 1
        else:
            loc = weighted(rng, LOCALES)
            meta = make_meta(article_id, loc, rng)
            in_sidecar = rng.random() < SIDECAR_SHARE
            ext, data = article_bytes(meta, loc, rng, in_sidecar, fillers[loc.region],
                                      DENSITIES[density])
            recent.append((ext, data))
            if len(recent) > 400:
                del recent[:200]
            if in_sidecar:
                rows.append(sidecar_row(meta, rng))
            counts["articles"] += 1
        (folder / f"{article_id}{ext}").write_bytes(data)
        counts["bytes"] += len(data)
    write_sidecar(folder, rows)
    return CorpusStats(n, counts["articles"], counts["duplicates"], counts["junk"], len(rows),
                       counts["bytes"])


def write_sidecar(folder: Path, rows: list[dict[str, str]]) -> None:
    with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, SIDECAR_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of files to write")
    parser.add_argument("folder", type=Path, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--density", choices=sorted(DENSITIES), default="news",
                        help="figures per article: news (as in the seed articles, default) "
                             "or dense (a stress test, about three times as many)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    stats = make_corpus(args.n, args.folder, args.seed, args.density)
    seconds = time.perf_counter() - began
    print(f"wrote {stats.files} files ({stats.articles} articles, {stats.duplicates} duplicates, "
          f"{stats.junk} non-articles, {stats.sidecar_rows} sidecar rows, "
          f"{stats.bytes / 1e6:.1f} MB) to {args.folder} in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
