"""Build the hand-labelled test corpus: articles, sidecar and gold (`python build_corpus.py`).

Every article is written below as a Python string in which each claim figure is marked
`[[like this]]`; the article's `claims` list labels the marked spans in order (its first field
repeats the marked text as a cross-check). Source lines ending in a backslash continue on the
next line (Python's own line continuation), so long paragraphs stay within the line limit.
The script strips the markers, converts line ends, computes `start`/`end` in the decoded text,
encodes each file, writes `articles/` (+ the `articles.csv` sidecar) and `gold.csv`, and checks
that every gold span reads back from the written bytes.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = "articles"
SIDECAR = "articles.csv"
GOLD = "gold.csv"
README = "README.md"
GOLD_COLUMNS = (
    "article_id", "start", "end", "quantity_text", "value", "qualifier", "additional", "status",
    "claimant_group", "claim_date_from", "claim_date_to", "required", "note",
)
SIDECAR_COLUMNS = ("article_id", "published", "outlet", "url", "title", "language")
QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")
STATUSES = ("in_russia", "planned", "near_front", "casualties")
GROUPS = (
    "south_korea", "united_states", "ukraine", "nato", "russia", "north_korea", "other",
    "unattributed",
)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")
FORMATS = ("txt", "md", "html")
MARK = re.compile(r"\[\[(.+?)\]\]")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TABLE_START = "<!-- table:start -->"
TABLE_END = "<!-- table:end -->"


@dataclass(frozen=True)
class Claim:
    """The label of one marked figure; `when` is a date window (see `window`)."""

    text: str
    value: float | None
    qualifier: str
    status: str
    group: str
    when: str
    additional: bool = False
    required: bool = True
    note: str = ""


@dataclass(frozen=True)
class Source:
    """One article as written here: marked text, labels and how the file is stored."""

    article_id: str
    language: str
    fmt: str
    encoding: str
    published: date
    dated_by: str
    features: str
    text: str
    claims: tuple[Claim, ...]
    crlf: bool = False
    sidecar: tuple[str, str, str] | None = None  # outlet, url, title


def C(
    text: str, value: float | None, qualifier: str, status: str, group: str, when: str,
    note: str = "", add: bool = False, opt: bool = False,
) -> Claim:
    """A label; `add` marks an increment, `opt` an optional row."""
    return Claim(text, value, qualifier, status, group, when, add, not opt, note)


def day(iso: str) -> date:
    return date.fromisoformat(iso)


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

C01 = Source(
    article_id="c01_geheimdienst_elitesoldaten",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-19"), dated_by="sidecar",
    features="headline claim attributed from the lead; 'Den Angaben zufolge' carries the "
    "claimant; 'Anfang Oktober'; `3000` without separator; army size, containers, "
    "money per soldier, dates, age, photo id",
    sidecar=(
        "Weser-Abendblatt",
        "https://www.weser-abendblatt.example/politik/nordkorea-soldaten-russland-100.html",
        "Geheimdienst: Nordkorea schickt 1.500 Elitesoldaten nach Russland",
    ),
    text="""\
Geheimdienst: Nordkorea schickt [[1.500]] Elitesoldaten nach Russland

Seoul spricht von einer «ernsten Bedrohung» – Moskau dementiert

Von Jana Möllmann

Seoul/Moskau. Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes erstmals \
Soldaten in größerer Zahl nach Russland verlegt. Wie der Nationale Nachrichtendienst (NIS) am \
Freitag mitteilte, wurden zwischen dem 8. und dem 13. Oktober [[rund 1.500]] Angehörige von \
Spezialkräften mit russischen Landungsschiffen nach Wladiwostok gebracht. Sie seien dort auf \
mehrere Stützpunkte verteilt worden und würden für den Krieg gegen die Ukraine ausgebildet.

Den Angaben zufolge hat die Führung in Pjöngjang entschieden, insgesamt [[etwa 12.000]] \
Soldaten nach Russland zu schicken. Der Geheimdienst veröffentlichte Satellitenbilder, die vier \
russische Schiffe im Hafen von Chongjin zeigen sollen. Auf weiteren Aufnahmen seien Männer zu \
sehen, die in einem Lager bei Ussurijsk russische Uniformen und gefälschte Ausweise erhielten.

Südkoreas Präsident Yoon Suk Yeol berief noch am Freitagabend eine Krisensitzung ein. Sein Büro \
sprach von einer «ernsten Bedrohung» für die Sicherheit des Landes und der internationalen \
Gemeinschaft. Der ukrainische Militärgeheimdienst HUR hatte bereits Anfang Oktober erklärt, \
[[ungefähr 3000]] Nordkoreaner würden in Ostrussland für den Krieg ausgebildet.

Kremlsprecher Dmitri Peskow wies die Berichte zurück. «Das ist wieder eine dieser \
Falschmeldungen», sagte er in Moskau. Nordkoreas Armee gilt mit schätzungsweise 1,2 Millionen \
aktiven Soldaten als eine der größten der Welt. Nach südkoreanischen Angaben hat Pjöngjang \
Russland zudem seit August 2023 mehr als 13.000 Container mit Artilleriegranaten, Raketen und \
anderer Munition geliefert.

Moskau soll für jeden nordkoreanischen Soldaten angeblich 2.000 Dollar pro Monat zahlen, wovon \
die Männer selbst nur einen Bruchteil erhalten. Bestätigt ist das nicht.

Im Juni hatten Kremlchef Wladimir Putin und Machthaber Kim Jong Un in Pjöngjang einen Vertrag \
über eine «umfassende strategische Partnerschaft» unterzeichnet. Dessen Artikel 4 sieht \
gegenseitigen militärischen Beistand im Fall eines Angriffs vor. Der 72-jährige Putin hat \
seither mehrfach betont, die Zusammenarbeit richte sich gegen niemanden.

Nordkoreanische Soldaten bei einer Parade in Pjöngjang (Archivbild). Foto: Kim Won Jin/AFP | \
FR204417

Mehr zum Thema
Krieg in der Ukraine: Alle Entwicklungen im Liveblog
Artikel teilen · 14 Kommentare
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "fri..pub",
          "headline; attributed to NIS (Friday) in the lead"),
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "fri",
          "NIS Friday: shipped to Wladiwostok"),
        C("etwa 12.000", 12000, "approx", "planned", "south_korea", "fri",
          "Den Angaben zufolge: decided to send in total"),
        C("ungefähr 3000", 3000, "approx", "in_russia", "ukraine", "2024-10-01..2024-10-10",
          "HUR 'Anfang Oktober': training in eastern Russia"),
    ),
)

C02 = Source(
    article_id="c02_pentagon_zehntausend_ch",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-29"),
    dated_by="dateline",
    features="Swiss: `10'000`, `ss`, «» and ‹› quotes; 'veröffentlicht:' line; '(Ortszeit)'; "
    "'am Wochenende'; 'vergangene Woche'; 'insgesamt … geschickt' is not planned; "
    "`rund 90 Minuten`, 32 member states, Russian losses, francs",
    text="""\
News
International

Pentagon: [[Rund 10'000]] Nordkoreaner in Russland

Washington rechnet mit einem baldigen Einsatz gegen die Ukraine

Das US-Verteidigungsministerium geht davon aus, dass deutlich mehr nordkoreanische Soldaten in \
Russland sind als bisher bekannt. «Wir gehen davon aus, dass Nordkorea insgesamt \
[[rund 10'000]] Soldaten zur Ausbildung nach Ostrussland geschickt hat», sagte \
Pentagon-Sprecherin Sabrina Singh am Montag (Ortszeit) in Washington. Ein Teil davon, \
[[mehrere tausend]] Mann, sei in den vergangenen Tagen näher an die ukrainische Grenze verlegt \
worden.

Singh äusserte sich besorgt. Die Nordkoreaner könnten ‹in den kommenden Wochen› an \
Kampfhandlungen teilnehmen, sagte sie. Wofür genau sie eingesetzt würden, sei unklar.

Nato bestätigt Einheiten in Kursk

Nato-Generalsekretär Mark Rutte bestätigte am Montag in Brüssel, dass nordkoreanische Einheiten \
in die russische Grenzregion Kursk verlegt worden seien. Zuvor hatte eine südkoreanische \
Delegation die Botschafter der 32 Mitgliedstaaten informiert. Das Treffen dauerte rund 90 Minuten.

Der ukrainische Militärgeheimdienst HUR hatte am Wochenende mitgeteilt, [[mehr als 7000]] \
nordkoreanische Soldaten seien bereits in Grenznähe eingetroffen.

Seoul hatte vergangene Woche noch tiefere Zahlen genannt. Der Abgeordnete Park Sun-won sagte \
nach einer Unterrichtung durch den Geheimdienst NIS, es seien [[knapp 3000]] Soldaten entsandt \
worden; bis Dezember könnten es [[bis zu 10'000]] werden. «Wir sehen eine ‹neue Qualität› der \
Zusammenarbeit zwischen Moskau und Pjöngjang», sagte Park.

Hohe Verluste der russischen Armee

Die Entsendung gilt in westlichen Hauptstädten als Zeichen dafür, dass Russland Mühe hat, seine \
Verluste auszugleichen. Nach britischen Schätzungen hat Moskau seit Kriegsbeginn über 600'000 \
Soldaten verloren, getötet oder verwundet. Kim Jong Un (40) hat sich zu den Berichten bisher \
nicht geäussert; die Staatsmedien in Pjöngjang schweigen.

Die Schweiz verurteilte die Entwicklung. Das Aussendepartement EDA in Bern sprach von einer \
«weiteren Eskalation». Die Schweiz hat die Ukraine seit 2022 mit rund 3 Milliarden Franken \
unterstützt.

Quelle: sda/dpa/afp
veröffentlicht: 29. Oktober 2024 07:45
aktualisiert: 29. Oktober 2024 09:12

Lesezeit: 3 Minuten
""",
    claims=(
        C("Rund 10'000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon:'"),
        C("rund 10'000", 10000, "approx", "in_russia", "united_states", "mon",
          "Singh Monday (Ortszeit): sent for training; 'insgesamt' here is not planned"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "mon",
          "Singh: moved closer to the Ukrainian border"),
        C("mehr als 7000", 7000, "at_least", "near_front", "ukraine", "sat..sun",
          "HUR 'am Wochenende': arrived near the border"),
        C("knapp 3000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "lawmaker Park briefed by NIS 'vergangene Woche'"),
        C("bis zu 10'000", 10000, "at_most", "planned", "south_korea", "lastweek",
          "same briefing: could be up to 10'000 by December"),
    ),
)

C03 = Source(
    article_id="c03_gefangene_jaenner_at",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-14"),
    dated_by="dateline", crlf=True,
    features="Austrian: 'Jänner', 'heuer'; 'Stand:' line; CRLF; number words `zwei`, "
    "`zehntausend`; '2.700 weitere' = others (not additional); report date carried by "
    "'Den Angaben zufolge'; 'Mitte Dezember'; vague subheading (optional); ages, POWs, euros",
    text="""\
Ukraine nimmt [[zwei]] nordkoreanische Soldaten gefangen

Kiew/Seoul – Erstmals seit dem Einsatz nordkoreanischer Truppen im Krieg gegen die Ukraine hat \
die ukrainische Armee Soldaten aus Pjöngjang lebend gefangen genommen. Präsident Wolodymyr \
Selenskyj gab am Samstag die Gefangennahme von [[zwei]] nordkoreanischen Soldaten in der \
russischen Region Kursk bekannt. Beide seien verwundet gewesen und würden nun in Kiew vom \
Geheimdienst SBU befragt.

Nach ukrainischen Angaben ist einer der Männer 20 Jahre alt, der andere 26. Einer habe \
angegeben, er sei im Glauben nach Russland gebracht worden, an einer Übung teilzunehmen. \
„Das werden nicht die letzten sein“, schrieb Selenskyj auf X. Er bot an, die beiden an \
Machthaber Kim Jong Un zu übergeben, falls Pjöngjang im Gegenzug einen Austausch mit \
ukrainischen Kriegsgefangenen in Russland organisiere.

Geheimdienst: [[Hunderte]] Tote

Südkoreas Nachrichtendienst NIS bestätigte die Gefangennahme am Sonntag. In einem am Montag \
veröffentlichten Bericht an das Parlament in Seoul bezifferte der Dienst die Verluste der \
Nordkoreaner erstmals genauer: Seit Dezember seien [[rund 300]] nordkoreanische Soldaten getötet \
worden, [[2.700]] weitere hätten Verletzungen erlitten. Demnach sind die Truppen schlecht auf \
Angriffe mit Drohnen vorbereitet.

Den Angaben zufolge sind insgesamt [[rund 11.000]] Nordkoreaner in Kursk im Einsatz. Mitte \
Dezember hatte der Geheimdienst noch von [[mindestens 100]] Toten gesprochen. Kiew hatte die \
Zahl der Nordkoreaner in Kursk zuvor auf [[rund zehntausend]] geschätzt.

Gefangenenaustausch als Ziel

Die Ukraine hält nach eigenen Angaben mehr als 1.000 russische Kriegsgefangene. Seit \
Kriegsbeginn seien über 3.700 Ukrainerinnen und Ukrainer aus russischer Gefangenschaft \
zurückgekehrt, sagte Selenskyj. Der nächste Austausch könnte noch im Jänner stattfinden.

Österreich stellt heuer weitere 15 Millionen Euro für humanitäre Hilfe in der Ukraine bereit, \
teilte das Außenministerium in Wien am Montag mit.

Stand: 14. Jänner 2025, 11:20 Uhr
(APA/dpa/Reuters)
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline; captured; Zelensky Saturday per lead"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat", "Zelensky Saturday: captured"),
        C("Hunderte", None, "vague", "casualties", "south_korea", "mon..pub",
          "subheading 'Geheimdienst: Hunderte Tote'", opt=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS report published Monday: killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "'2.700 weitere' = others wounded, not an increment"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "Den Angaben zufolge (Monday report): in Kursk"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea",
          "2024-12-11..2024-12-20", "NIS 'Mitte Dezember': dead"),
        C("rund zehntausend", 10000, "approx", "near_front", "ukraine", "2024-11-01..2025-01-14",
          "Kyiv 'zuvor' (undated earlier estimate)"),
    ),
)

C04 = Source(
    article_id="c04_selenskyj_kursk_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-05"),
    dated_by="front_matter",
    features="front matter with `date:` and a title figure (optional row); claim date in the "
    "next sentence ('am Montagabend'); 'am vergangenen Donnerstag'; `zwischen … und …` with "
    "narrow no-break spaces; `zehn- bis zwölftausend weitere`; fact box list; Russian troops, "
    "area, age, URL with digits",
    text="""\
---
title: "Selenskyj: [[11.000]] Nordkoreaner in der Region Kursk"
date: 2024-11-05
author: Redaktion Außenpolitik
tags: [Ukraine, Nordkorea, Russland]
---

# Selenskyj: [[11.000]] Nordkoreaner in der Region Kursk

**Kiew und Washington nennen neue Zahlen – und warnen vor einer Ausweitung des Krieges.**

Nach Angaben des ukrainischen Präsidenten Wolodymyr Selenskyj befinden sich inzwischen \
[[11.000]] nordkoreanische Soldaten in der russischen Grenzregion Kursk. Das sagte der \
46-Jährige am Montagabend in seiner täglichen Videoansprache. Es gebe bereits erste Gefechte mit \
ukrainischen Einheiten, die Verluste auf nordkoreanischer Seite seien „spürbar“. Selenskyj \
warnte, Pjöngjang könne [[zehn- bis zwölftausend]] weitere Soldaten schicken, falls der Westen \
nicht entschlossen reagiere.

Russland hat nach ukrainischen Angaben rund 50.000 eigene Soldaten in der Region \
zusammengezogen, um die seit dem 6. August von der Ukraine gehaltenen Gebiete zurückzuerobern. \
Die ukrainische Armee kontrolliert dort nach eigenen Angaben noch etwa 800 Quadratkilometer.

## Washington bestätigt die Größenordnung

US-Außenminister Antony Blinken hatte bereits am vergangenen Donnerstag erklärt, [[etwa 8.000]] \
nordkoreanische Soldaten seien in Kursk angekommen. Insgesamt befänden sich nach Erkenntnissen \
der US-Regierung [[zwischen 10\u202f000 und 12\u202f000]] Nordkoreaner in Russland. Blinken \
äußerte sich nach einem Treffen mit seinem südkoreanischen Amtskollegen in Washington.

Der Kreml äußerte sich nicht zu den Zahlen. Moskau und Pjöngjang haben ein Beistandsabkommen \
geschlossen, das die russische Staatsduma am 24. Oktober ratifiziert hat. Nordkorea soll \
Russland zudem mehrere Millionen Artilleriegranaten geliefert haben.

## Die Zahlen im Überblick

- **USA** (31. Oktober): [[etwa 8.000]] Soldaten in der Region Kursk
- **Ukraine** (4. November): [[11.000]] Soldaten in der Region Kursk
- **Russland**: mehr als 600.000 eigene Soldaten getötet oder verwundet (Schätzung der Nato)

> „Die Welt muss jetzt handeln, nicht erst, wenn nordkoreanische Soldaten in Europa stehen“, \
sagte Selenskyj.

Weitere Hintergründe lesen Sie in unserem \
[Liveblog](https://www.beispiel-zeitung.example/ukraine/liveblog-tag-1000.html).
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Selenskyj:'"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky; date in the next sentence ('am Montagabend')"),
        C("zehn- bis zwölftausend", None, "range", "planned", "ukraine", "mon",
          "could send 10-12k more ('weitere' after the figure)", add=True),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "thu",
          "Blinken 'am vergangenen Donnerstag': arrived in Kursk"),
        C("zwischen 10\u202f000 und 12\u202f000", None, "range", "in_russia", "united_states",
          "thu", "same statement; 'Insgesamt' is not planned"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-31",
          "fact box: USA (31. Oktober)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "fact box: Ukraine (4. November)"),
    ),
)

C05 = Source(
    article_id="c05_verluste_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-20"),
    dated_by="html_meta",
    features="HTML: `<title>` and og:title figures (optional rows), nav, cookie banner, script "
    "and style with numbers, comments, figcaption photo id, entities (`rund 11&nbsp;000`, "
    "&#8222;…&#8220; around a vague figure); 'Weitere rund 1.000' = others; 'am vergangenen "
    "Wochenende'; Russian losses per day, drones",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Geheimdienst: [[Mindestens 100]] Nordkoreaner in Kursk getötet | Rhein-Main-Bote</title>
<meta property="og:title" content="Geheimdienst: [[Mindestens 100]] Nordkoreaner in Kursk getötet">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-12-20T06:30:00+01:00">
<meta name="description" content="Erstmals nennt Seoul Zahlen zu Toten und Verletzten.">
<link rel="stylesheet" href="/static/css/main.4f2a9c.css">
<style>
.teaser{width:300px;margin:0 0 12px}
.cookie{position:fixed;bottom:0;z-index:10000}
</style>
<script>
window.dataLayer=window.dataLayer||[];
dataLayer.push({"articleId":"1048213","wordCount":612,"section":"politik"});
</script>
</head>
<body>
<nav class="main-nav"><a href="/">Startseite</a> | <a href="/politik">Politik &amp; Welt</a> | \
<a href="/wirtschaft">Wirtschaft</a></nav>
<div class="cookie" id="consent">Wir und unsere 143 Partner verwenden Cookies. \
<button>Alle akzeptieren</button></div>
<!-- ad slot 300x250 top -->
<article>
<h1>Geheimdienst: [[Mindestens 100]] Nordkoreaner in Kursk getötet</h1>
<p class="lead">Erstmals nennt Seoul Zahlen zu Toten und Verletzten. Die Truppen aus \
Pjöngjang sind offenbar schlecht auf den modernen Drohnenkrieg vorbereitet.</p>
<p>Bei Kämpfen in der russischen Region Kursk sind nach Erkenntnissen des südkoreanischen \
Geheimdienstes [[mindestens 100]] nordkoreanische Soldaten getötet worden. Weitere \
[[rund 1.000]] seien verletzt worden, sagte der Abgeordnete Lee Seong-kweun am Donnerstag nach \
einer Unterrichtung durch den Nachrichtendienst NIS in Seoul.</p>
<p>Den Angaben zufolge wurden insgesamt [[rund 11&nbsp;000]] Soldaten nach Russland entsandt. \
Ein Teil von ihnen kämpfe seit Anfang Dezember an vorderster Front. Die hohen Verluste \
erklärte der Geheimdienst mit mangelnder Erfahrung im Umgang mit Drohnen und dem unbekannten \
Gelände.</p>
<p>Das Pentagon hatte am Montag von &#8222;[[mehreren hundert]]&#8220; getöteten und \
verwundeten Nordkoreanern gesprochen. Ein hochrangiger Militärvertreter sagte in Washington, \
die Zahl umfasse &#8222;alles von leicht Verletzten bis zu Gefallenen&#8220;.</p>
<p>Die ukrainischen Spezialeinsatzkräfte (SSO) hatten bereits am vergangenen Wochenende \
gemeldet, bei Kämpfen um drei Dörfer [[fast 50]] nordkoreanische Soldaten getötet zu haben. \
Unabhängig überprüfen lassen sich die Angaben nicht.</p>
<figure><img src="/img/kursk-2024-12.jpg" alt=""><figcaption>Zerstörte Fahrzeuge im Gebiet \
Kursk. Foto: IMAGO/ITAR-TASS | ID 0812734</figcaption></figure>
<h2>Russland mit schweren Verlusten</h2>
<p>Russland verliert nach Angaben des britischen Verteidigungsministeriums derzeit im \
Durchschnitt mehr als 1.500 Soldaten pro Tag. Die Ukraine will im kommenden Jahr mehr als \
30&nbsp;000 Langstreckendrohnen produzieren, kündigte Verteidigungsminister Rustem Umjerow \
an.</p>
<p>Nordkoreas Machthaber Kim Jong&nbsp;Un hat die Entsendung nie öffentlich bestätigt. Die \
Beziehungen beider Länder sind seit dem Gipfel im Juni so eng wie seit Jahrzehnten nicht.</p>
</article>
<aside class="teaser"><h3>Das könnte Sie auch interessieren</h3><ul>
<li><a href="/politik/nato-gipfel-32-staaten">32 Staaten, ein Ziel: Was die Nato 2025 \
plant</a></li>
</ul></aside>
<footer><p>&copy; 2024 Rhein-Main-Bote GmbH &middot; <a href="/impressum">Impressum</a> \
&middot; Lesezeit 3&nbsp;Min.</p></footer>
<script src="/static/js/app.3b81e2.js" defer></script>
</body>
</html>
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "<title> duplicate of the headline", opt=True),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "og:title duplicate of the headline", opt=True),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "headline 'Geheimdienst:'"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker Lee briefed by NIS, Thursday: killed"),
        C("rund 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "'Weitere rund 1.000' = others wounded, not an increment"),
        C("rund 11&nbsp;000", 11000, "approx", "in_russia", "south_korea", "thu",
          "Den Angaben zufolge: sent to Russia in total"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon Monday: killed and wounded"),
        C("fast 50", 50, "approx", "casualties", "ukraine", "sat..sun",
          "SSO 'am vergangenen Wochenende': killed"),
    ),
)

C06 = Source(
    article_id="c06_kampfeinsatz_bern_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-11-14"),
    dated_by="sidecar",
    features="Swiss HTML in latin-1 (also `<meta>` date); `10'000` and `10&#39;000` (escaped "
    "apostrophe); sentence-initial `Über`; think tank (ISW); `1,2 Mio. Mann` army size, "
    "'14 weitere Personen', votes, francs, ratio",
    sidecar=("Berner Landbote", "", ""),
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Nordkoreanische Truppen kämpfen laut Seoul bereits an der Front - Berner Landbote</title>
<meta property="og:title" content="Nordkoreanische Truppen kämpfen laut Seoul bereits an der Front">
<meta property="article:published_time" content="2024-11-14T05:00:00+01:00">
<meta name="date" content="2024-11-14">
<style>body{font-family:Georgia,serif}.ad{min-height:250px}</style>
<script type="text/javascript">var pageId = 48213; var paywall = {"free": 3};</script>
</head>
<body>
<header><a href="/">Berner Landbote</a>
<nav><a href="/schweiz">Schweiz</a> <a href="/international">International</a> \
<a href="/sport">Sport</a></nav></header>
<div id="cookie-banner">Diese Website verwendet Cookies. Mehr in unserer
<a href="/datenschutz">Datenschutzerklärung</a>. <a href="#">OK</a></div>
<main>
<h1>Nordkoreanische Truppen kämpfen laut Seoul bereits an der Front</h1>
<p class="lead">[[Über 10'000]] Soldaten aus Pjöngjang sollen in Kursk stehen. Washington
spricht von einer «gefährlichen Eskalation».</p>
<p>Südkoreas Geheimdienst NIS teilte am Mittwoch mit, ein Teil der [[mehr als 10'000]] nach
Russland entsandten nordkoreanischen Soldaten sei inzwischen an Kampfhandlungen beteiligt. Die
meisten seien in der Region Kursk stationiert und dort Luftlande- und Marineinfanterieeinheiten
zugeteilt worden. Den Angaben zufolge hat Nordkorea Russland zudem Raketenwerfer und Haubitzen
geliefert.</p>
<p>Ein Sprecher des US-Aussenministeriums hatte bereits am Dienstag erklärt, Nordkorea habe
«[[ungefähr 10&#39;000]]» Soldaten in die Oblast Kursk geschickt, wo sie nun an der Seite
russischer Truppen kämpften. Man habe dafür «klare Beweise», sagte er. Bei Gefechten in Kursk
kamen nach ukrainischen Angaben in den vergangenen Wochen Tausende russische Soldaten ums
Leben.</p>
<p>Das Institute for the Study of War (ISW) in Washington schätzt, dass bis Ende Jahr
[[bis zu 15'000]] Nordkoreaner an der Front stehen könnten. Kremlsprecher Dmitri Peskow sagte,
er habe dazu «nichts hinzuzufügen». Die Staatsduma hatte den Beistandsvertrag mit Pjöngjang im
Oktober ohne Gegenstimme ratifiziert, mit 423 Ja-Stimmen.</p>
<h2>Bundesrat verschärft Sanktionen</h2>
<p>Der Bundesrat hat am Mittwoch die Sanktionen gegen Russland ausgeweitet und 14 weitere
Personen auf die Liste gesetzt. Die Schweiz hat der Ukraine seit Februar 2022 Hilfe im Umfang
von rund 5 Milliarden Franken zugesagt. Nordkoreas Armee zählt rund 1,2 Mio. Mann; sie ist
damit etwa fünfmal so gross wie jene der Schweiz.</p>
<p class="author">Von Reto Gisler, Seoul und Bern</p>
</main>
<!-- teaser-block 2 -->
<footer>&copy; 2024 Berner Landbote AG &middot; Alle Rechte vorbehalten &middot;
Artikel-Nr. 771204</footer>
</body>
</html>
""",
    claims=(
        C("Über 10'000", 10000, "at_least", "near_front", "south_korea", "wed..pub",
          "lead under a 'laut Seoul' headline: in Kursk"),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "NIS Wednesday: sent to Russia, part of them in combat"),
        C("ungefähr 10&#39;000", 10000, "approx", "near_front", "united_states", "tue",
          "State Dept spokesman Tuesday: sent to Kursk, fighting"),
        C("bis zu 15'000", 15000, "at_most", "planned", "other", "pub",
          "ISW estimate, no date: could be at the front by year end"),
    ),
)

C07 = Source(
    article_id="c07_rueckzug_front_bom",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-02-12"),
    dated_by="sidecar",
    features="UTF-8 with BOM; 'am Mittwoch' in a Wednesday article (same day); no-break space "
    "in `rund 4\u00a0000`; JCS; 'weitere 1.000' increment (span without 'weitere'); "
    "'zusätzlich bis zu dreitausend'; „Zehntausende“; reporter framing (optional); "
    "Russian recruits per month, bonuses in euros, drone attacks, teaser",
    sidecar=(
        "Mitteldeutsche Rundschau",
        "https://www.md-rundschau.example/welt/nordkorea-truppen-abgezogen-2025",
        "Seoul: Nordkoreas Truppen seit Wochen nicht mehr an der Front",
    ),
    text="""\
Seoul: Nordkoreas Truppen seit Wochen nicht mehr an der Front

Hohe Verluste zwingen Pjöngjang offenbar zu einer Pause – doch Kiew rechnet mit Nachschub

Die nordkoreanischen Soldaten in der russischen Region Kursk sind nach Erkenntnissen des \
südkoreanischen Geheimdienstes seit Mitte Januar nicht mehr an Kämpfen beteiligt. Vermutlich \
seien die Einheiten wegen hoher Verluste von der Front abgezogen worden, teilte der \
Nachrichtendienst NIS am Mittwoch mit. Die Verluste beliefen sich inzwischen auf \
[[rund 4\u00a0000]] Tote und Verletzte.

Südkoreas Generalstab (JCS) hatte am Montag erklärt, Nordkorea habe im Januar weitere \
[[1.000]] Soldaten nach Russland verlegt. Ob diese bereits in Kursk eingetroffen seien, sei \
unklar. Die Zahl der in Russland stationierten Nordkoreaner dürfte damit auf \
[[mehr als 12.000]] gestiegen sein.

Kiew warnt vor neuer Welle

Der ukrainische Präsident Wolodymyr Selenskyj rechnet dagegen damit, dass die Nordkoreaner bald \
zurückkehren. In einem am 4. Februar ausgestrahlten Interview sagte er, Pjöngjang könne \
zusätzlich [[bis zu dreitausend]] Soldaten schicken. Langfristig drohten „[[Zehntausende]]“, \
wenn der Westen nicht entschlossen reagiere, sagte der 47-Jährige.

Russland rekrutiert nach westlichen Schätzungen monatlich rund 30.000 neue Soldaten. Sie \
erhalten Prämien von teils mehr als 20.000 Euro, dazu einen Sold von rund 2.000 Euro pro \
Monat. Russische Drohnen flogen allein in der vergangenen Woche mehr als 1.000 Angriffe auf \
ukrainische Städte.

Die Ukraine hatte im August 2024 einen Vorstoß in die Region Kursk begonnen und zeitweise rund \
1.300 Quadratkilometer kontrolliert. Inzwischen hat Russland nach eigenen Angaben mehr als zwei \
Drittel davon zurückerobert. Selenskyj will das verbliebene Gebiet als Faustpfand für mögliche \
Verhandlungen nutzen.

Der NIS berichtete zudem, Nordkorea habe im vergangenen Jahr mit Waffenlieferungen an Russland \
umgerechnet rund 20 Milliarden Dollar eingenommen – etwa ein Viertel seiner Wirtschaftsleistung. \
Ein Teil des Geldes fließe in das Raketenprogramm des Landes.

Foto: IMAGO/ZUMA Wire | 0782341

Lesen Sie auch: Waffenruhe? Was Trump in seinen ersten 100 Tagen erreichen will
""",
    claims=(
        C("rund 4\u00a0000", 4000, "approx", "casualties", "south_korea", "wed",
          "NIS 'am Mittwoch' = publication day: dead and wounded"),
        C("1.000", 1000, "exact", "in_russia", "south_korea", "mon",
          "JCS Monday: 'weitere 1.000' moved to Russia in January", add=True),
        C("mehr als 12.000", 12000, "at_least", "in_russia", "unattributed", "pub",
          "reporter framing 'dürfte … gestiegen sein'", opt=True),
        C("bis zu dreitausend", 3000, "at_most", "planned", "ukraine", "2025-02-04",
          "Zelensky interview aired 4 February: 'zusätzlich' could send", add=True),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-02-04",
          "same interview: tens of thousands could follow"),
    ),
)

C08 = Source(
    article_id="c08_bestaetigung_moskau_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-29"),
    dated_by="front_matter", crlf=True,
    features="Markdown in cp1252 with CRLF; front matter `date:` with time and zone; Russia "
    "(Gerassimow) and North Korea (KCNA) as claimants; „“ quotes around vague figures; NIS "
    "figures carried by 'Demnach'; sentence-initial `Etwa`; Russian losses, anniversary, "
    "treaty date, age, photo gallery count",
    text="""\
---
title: Moskau und Pjöngjang bestätigen Einsatz in Kursk
date: 2025-04-29T10:15:00+02:00
author: "Lena Korff"
categories:
  - Politik
  - Ukraine-Krieg
---

# Moskau und Pjöngjang bestätigen Einsatz – Seoul: [[4.700]] Opfer

*Erstmals räumen beide Regierungen offiziell ein, was Geheimdienste seit Monaten berichten.*

Russland und Nordkorea haben erstmals offiziell bestätigt, dass nordkoreanische Soldaten an den \
Kämpfen in der russischen Region Kursk beteiligt waren. Russlands Generalstabschef Waleri \
Gerassimow sagte am Samstag, die Soldaten hätten „bedeutende Hilfe“ bei der „Befreiung“ des \
Gebiets geleistet. Laut Gerassimow waren „[[Tausende]]“ nordkoreanische Kämpfer an den \
Gefechten beteiligt.

Die staatliche Nachrichtenagentur KCNA meldete am Montag, die Truppen hätten auf Befehl von \
Machthaber Kim Jong Un gehandelt. Kim ehrte demnach in Pjöngjang „[[mehrere Tausend]] \
Kämpfer“, die an der Operation in Kursk teilgenommen hätten, und kündigte ein Denkmal für die \
Gefallenen an.

## Seoul nennt neue Verlustzahlen

Der südkoreanische Geheimdienst NIS legte am Montag neue Schätzungen vor. Demnach hat Nordkorea \
seit Herbst insgesamt [[rund 15.000]] Soldaten nach Russland entsandt. [[Etwa 4.700]] von \
ihnen seien getötet oder verwundet worden, darunter [[600]] Tote. Die Truppen hätten \
inzwischen dazugelernt und setzten selbst Drohnen ein.

Kremlsprecher Dmitri Peskow sagte am Dienstag, Moskau werde die Hilfe der „koreanischen \
Freunde“ nie vergessen. Zu Zahlen wollte er sich nicht äußern.

## Verluste auf allen Seiten

Russland hat nach Angaben des ukrainischen Generalstabs seit Februar 2022 mehr als 950.000 \
Soldaten verloren – getötet, verwundet oder gefangen genommen. Unabhängig prüfen lassen sich \
diese Zahlen nicht. Der Vertrag über eine strategische Partnerschaft vom 19. Juni 2024 \
verpflichtet beide Staaten zu gegenseitigem Beistand.

Zum 80. Jahrestag des Kriegsendes am 9. Mai erwartet Moskau Staatsgäste aus rund 20 Ländern. \
Ob Kim Jong Un, 41, anreist, ist offen.

*Fotostrecke: 12 Bilder* · [Mehr zum Thema Nordkorea](/thema/nordkorea)
""",
    claims=(
        C("4.700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul: 4.700 Opfer'; NIS Monday"),
        C("Tausende", None, "vague", "near_front", "russia", "sat",
          "Gerassimow Saturday: took part in the fighting"),
        C("mehrere Tausend", None, "vague", "near_front", "north_korea", "mon",
          "KCNA Monday: Kim honoured fighters of the Kursk operation"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "mon",
          "NIS Monday via 'Demnach': sent in total"),
        C("Etwa 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "NIS Monday: killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "mon", "NIS Monday: dead"),
    ),
)

C09 = Source(
    article_id="c09_budanow_nachschub_at",
    language="de", fmt="html", encoding="utf-16", published=day("2025-01-23"),
    dated_by="html_meta", crlf=True,
    features="Austrian HTML in UTF-16 LE with BOM and CRLF; JSON-LD; 'Jänner', 'heuer'; "
    "'weitere 1.500' increment in `<title>`/`og:title` (optional) and headline; claim date in the "
    "next sentence; NATO (Rutte) in „“; civilians injured, 'zwei weitere Dörfer', euros, ids",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-16">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Budanow: Nordkorea verlegt weitere [[1.500]] Soldaten nach Kursk – Wiener Abendpost</title>
<meta property="og:title" \
content="Budanow: Nordkorea verlegt weitere [[1.500]] Soldaten nach Kursk">
<meta property="og:site_name" content="Wiener Abendpost">
<meta property="article:published_time" content="2025-01-23T14:05:00+01:00">
<script type="application/ld+json">{"@type":"NewsArticle",\
"datePublished":"2025-01-23T14:05:00+01:00","wordCount":540}</script>
<style>.paywall{display:none}.gallery img{max-width:640px}</style>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/ausland">Ausland</a></li>\
<li><a href="/wien">Wien</a></li></ul></nav>
<div class="consent">Wir verwenden Cookies &amp; ähnliche Technologien. \
<a href="/privacy">Einstellungen</a></div>
<article>
<h1>Budanow: Nordkorea verlegt weitere [[1.500]] Soldaten nach Kursk</h1>
<p class="teaser">Kiews Militärgeheimdienst spricht von „enormen Verlusten“ der Nordkoreaner \
– und von Nachschub.</p>
<p>Nordkorea hat nach Angaben des ukrainischen Militärgeheimdienstes HUR weitere [[1.500]] \
Soldaten in die russische Grenzregion Kursk verlegt. Das sagte HUR-Chef Kyrylo Budanow am \
Dienstag in einem Interview mit einem ukrainischen Fernsehsender. Damit befänden sich derzeit \
[[knapp 12.000]] nordkoreanische Soldaten im Kampfgebiet.</p>
<p>Seit Beginn ihres Einsatzes im Dezember seien [[rund 1.000]] von ihnen gefallen, sagte der \
38-Jährige. Die Nordkoreaner griffen oft in großen Gruppen an und würden von Drohnen \
„regelrecht aufgerieben“.</p>
<p>Nato-Generalsekretär Mark Rutte sprach am Mittwoch beim Weltwirtschaftsforum in Davos von \
„[[mehreren tausend]]“ nordkoreanischen Soldaten, die Seite an Seite mit Russland kämpften. Das \
sei „eine direkte Bedrohung auch für Europa“.</p>
<h2>Österreich sagt Hilfe zu</h2>
<p>Außenminister Alexander Schallenberg kündigte am Rande des Forums an, Österreich stelle \
heuer 10&nbsp;Millionen Euro für die Minenräumung in der Ukraine bereit. Eine ähnliche Summe \
hatte die Regierung in Wien bereits im Jänner 2024 zugesagt.</p>
<p>Russland meldete am Donnerstag, seine Truppen hätten in der Ostukraine zwei weitere Dörfer \
eingenommen. Bei einem Angriff auf Saporischschja wurden in der Nacht 13 Menschen verletzt.</p>
<p class="meta">Davos/Kiew, 23. Jänner 2025 | Artikel-ID 120384562</p>
</article>
<footer><p>&copy; 2025 Wiener Abendpost &ndash; <a href="/abo">Jetzt abonnieren: 4 Wochen um \
1&nbsp;Euro</a></p></footer>
<!-- generated in 0.084s -->
</body>
</html>
""",
    claims=(
        C("1.500", 1500, "exact", "near_front", "ukraine", "tue..pub",
          "<title> duplicate of the headline", add=True, opt=True),
        C("1.500", 1500, "exact", "near_front", "ukraine", "tue..pub",
          "og:title duplicate of the headline", add=True, opt=True),
        C("1.500", 1500, "exact", "near_front", "ukraine", "tue..pub",
          "headline 'Budanow:' weitere 1.500 to Kursk", add=True),
        C("1.500", 1500, "exact", "near_front", "ukraine", "tue",
          "HUR; date in the next sentence ('am Dienstag')", add=True),
        C("knapp 12.000", 12000, "approx", "near_front", "ukraine", "tue",
          "Budanow: now in the combat zone"),
        C("rund 1.000", 1000, "approx", "casualties", "ukraine", "tue", "Budanow: fallen"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "wed",
          "Rutte in Davos on Wednesday: fighting alongside Russia"),
    ),
)

C10 = Source(
    article_id="c10_kanonenfutter_broken_yaml",
    language="de", fmt="md", encoding="utf-8", published=day("2024-12-24"),
    dated_by="dateline",
    features="Markdown with BROKEN YAML front matter (unbalanced quotes, missing colon); "
    "'Stand:' line; hard-wrapped lines (figures and claimants on different lines); White "
    "House (Kirby) „Hunderten“; JCS; expert (other) 'höchstens'; reporter framing "
    "(optional); missiles and drones, dollars, age",
    text="""\
---
title: "Nordkoreas Soldaten: "Kanonenfutter" für Putin?
autor: [Redaktion Ausland
tags: Ukraine, Nordkorea: Russland
date 24.12.2024
---

# Nordkoreas Soldaten: „Kanonenfutter“ für Putin?

Stand: 24.12.2024, 08:00 Uhr

Kiew und Washington berichten von hohen Verlusten unter den nordkoreanischen
Truppen in der russischen Region Kursk. Der ukrainische Präsident Wolodymyr
Selenskyj sagte am Montag, in der Region seien bereits [[mehr als 3.000]]
nordkoreanische Soldaten getötet oder verletzt worden. Russland setze die
Männer ohne Rücksicht auf Verluste ein, sagte der 46-Jährige in seiner
abendlichen Videoansprache.

Auch der südkoreanische Generalstab (JCS) teilte am Montag mit, die
Nordkoreaner hätten [[über 1.100]] Tote und Verletzte zu beklagen. Der
Sprecher des Nationalen Sicherheitsrats im Weißen Haus, John Kirby, hatte
am Freitag von „[[Hunderten]]“ Toten und Verwundeten gesprochen. Die Soldaten
würden in „sinnlosen Frontalangriffen“ verheizt.

> „Die russische Führung behandelt diese Soldaten als entbehrlich“, sagte Kirby.

## Experte: Nur ein Teil kämpft an der Front

Der Sicherheitsexperte Tobias Hartwig vom Kieler Institut für
Sicherheitspolitik hält die Zahl der kämpfenden Nordkoreaner für überschätzt.
Er schätzt, dass [[höchstens 5.000]] von ihnen tatsächlich an der Front
eingesetzt werden. Der Rest sei in rückwärtigen Stellungen oder noch in der
Ausbildung. [[Rund 11.000]] Soldaten hatte Kim Jong Un im Herbst nach
Russland geschickt.

Russland griff am Montag erneut die ukrainische Energieversorgung an. Nach
Angaben der ukrainischen Luftwaffe wurden dabei 78 Raketen und 106 Drohnen
abgefeuert. Die Ukraine hat in diesem Jahr Militärhilfen im Wert von mehr als
40 Milliarden Dollar erhalten.

Nordkorea hat die Entsendung bis heute nicht offiziell bestätigt. Die
Staatsmedien in Pjöngjang berichteten am Montag lediglich über einen Besuch
von Kim Jong Un in einer Munitionsfabrik, die ihre Produktion im kommenden
Jahr um 30 Prozent steigern soll.

Für die Ukraine ist es das dritte Weihnachtsfest im Krieg. Präsident Selenskyj
kündigte an, die ukrainischen Soldaten an der Front erhielten über die
Feiertage zwei zusätzliche freie Tage, soweit die Lage es zulasse.
""",
    claims=(
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky Monday: killed or wounded (hard-wrapped)"),
        C("über 1.100", 1100, "at_least", "casualties", "south_korea", "mon",
          "JCS Monday: dead and wounded"),
        C("Hunderten", None, "vague", "casualties", "united_states", "fri",
          "White House (Kirby) Friday"),
        C("höchstens 5.000", 5000, "at_most", "near_front", "other", "pub",
          "expert estimate (think tank), no date"),
        C("Rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "reporter framing: sent in autumn", opt=True),
    ),
)

C11 = Source(
    article_id="c11_chronik_latin1",
    language="de", fmt="txt", encoding="latin-1", published=day("2024-11-25"),
    dated_by="inferred",
    features="latin-1; no sidecar, no front matter, no dateline: the publication date is the "
    "latest full date in the text; timeline with explicit dates; relative 'Fünf Tage später' "
    "and 'Drei Tage später'; 'um weitere 1.500 auf 3.000' (increment and new total); "
    "media-only claim (NHK); Korean War years range, 'bis zu drei Millionen Menschen', "
    "army size, distances",
    text="""\
Hintergrund

Chronik: Nordkoreas Soldaten im Ukraine-Krieg

Seit Wochen melden Geheimdienste und Regierungen immer neue Zahlen zu nordkoreanischen Soldaten \
in Russland. Ein Überblick über die wichtigsten Angaben.

Am 18. Oktober 2024 meldete der südkoreanische Geheimdienst NIS erstmals, dass [[rund 1.500]] \
Soldaten nordkoreanischer Spezialeinheiten mit russischen Schiffen nach Wladiwostok gebracht \
worden seien. Fünf Tage später erhöhte der Dienst seine Angaben um weitere [[1.500]] auf \
[[3.000]] Mann.

Am 28. Oktober 2024 sprach das US-Verteidigungsministerium von [[etwa 10.000]] Nordkoreanern, \
die im Osten Russlands ausgebildet würden. Ein Teil davon sei bereits auf dem Weg an die Front. \
Drei Tage später nannte US-Außenminister Antony Blinken eine Zahl von [[8.000]] Soldaten, die \
in der Region Kursk stünden.

Am 4. November 2024 sagte der ukrainische Präsident Wolodymyr Selenskyj, [[11.000]] \
Nordkoreaner seien in Kursk. Erste Gefechte mit ukrainischen Einheiten hätten bereits \
stattgefunden.

Am 13. November 2024 bestätigte das US-Außenministerium, dass nordkoreanische Soldaten an \
Kämpfen beteiligt seien; eine neue Zahl nannte es nicht.

Am 25. November 2024 schließlich berichtete der japanische Sender NHK ohne Angabe von Quellen, \
Pjöngjang bereite die Entsendung von [[bis zu 20.000]] weiteren Soldaten vor. Bestätigt wurde \
das bisher von keiner Regierung.

Zum Vergleich

Nordkorea unterhält mit mehr als einer Million Soldaten eine der größten Armeen der Welt. Im \
Koreakrieg von 1950 bis 1953 starben nach Schätzungen bis zu drei Millionen Menschen. Die \
Grenze zwischen Nord und Süd verläuft in der Nähe des 38. Breitengrads; die entmilitarisierte \
Zone ist rund 250 Kilometer lang und vier Kilometer breit. Zwischen August 2023 und Oktober \
2024 lieferte Nordkorea nach südkoreanischen Angaben rund 13.000 Container mit Munition nach \
Russland.

Russland hat nach Angaben Kiews seit Kriegsbeginn mehr als 730.000 Soldaten verloren. Die \
Angaben aller Seiten lassen sich nicht unabhängig überprüfen. Klar ist nur: Die Zahlen steigen.
""",
    claims=(
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "2024-10-18",
          "NIS on 18 October 2024"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18..2024-10-23",
          "'Fünf Tage später … um weitere 1.500' (23 October)", add=True),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2024-10-18..2024-10-23",
          "new total 'auf 3.000 Mann'"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "Pentagon on 28 October 2024: training in eastern Russia"),
        C("8.000", 8000, "exact", "near_front", "united_states", "2024-10-28..2024-10-31",
          "Blinken 'Drei Tage später' (31 October): in Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Zelensky on 4 November 2024"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "2024-11-25",
          "NHK report without sources: 'weiteren Soldaten'", add=True),
    ),
)

C12 = Source(
    article_id="c12_zusatztruppen_ch_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-13"),
    dated_by="sidecar",
    features="Swiss Markdown, UTF-8 with BOM, front matter `date:` and sidecar; vague "
    "headline increment `Tausende weitere` (front-matter title optional); range `zwischen 1000 "
    "und 3000 zusätzliche`; ‹›; 'Ende Februar'; 'gestern'; NK figure inside a Russian total "
    "('rund 70'000 …, darunter etwa 8000 aus Nordkorea'); 30-day ceasefire, votes, francs",
    sidecar=("Zürcher Landzeitung", "", "Nordkorea schickt offenbar Tausende weitere Soldaten"),
    text="""\
---
title: Nordkorea schickt offenbar [[Tausende]] weitere Soldaten
date: 2025-03-13
lang: de-CH
source: Agenturen
---

# Nordkorea schickt offenbar [[Tausende]] weitere Soldaten

**Südkoreas Generalstab sieht neue Truppenverlegungen – Kiew warnt vor einer Frühjahrsoffensive \
in Kursk**

Nordkorea hat nach Erkenntnissen des südkoreanischen Generalstabs (JCS) im Januar und Februar \
[[zwischen 1000 und 3000]] zusätzliche Soldaten nach Russland geschickt. Das teilte der JCS am \
Donnerstag in Seoul mit. Ein Teil von ihnen sei bereits an der Front in Kursk eingesetzt, hiess \
es weiter.

Der Nachrichtendienst NIS hatte Ende Februar erklärt, die Verluste der Nordkoreaner seien auf \
‹[[ungefähr 4000]]› gestiegen. Die Truppen hätten aus ihren Fehlern gelernt und gingen \
inzwischen in kleineren Gruppen vor. Die Nordkoreaner waren im Herbst 2024 nach Russland \
gekommen und nach Angaben aus Seoul zunächst in fünf Ausbildungslagern im Fernen Osten \
trainiert worden, bevor sie im November an die Front verlegt wurden.

## Kiew: «Sie kommen zurück»

Der ukrainische Oberbefehlshaber Olexander Syrskyj sagte gestern, Russland habe in Kursk rund \
70'000 Soldaten zusammengezogen, darunter [[etwa 8000]] aus Nordkorea. «Die Nordkoreaner sind \
zurück, und sie kämpfen besser als im Winter», sagte Syrskyj.

Die Gespräche über eine Waffenruhe, die am Dienstag im saudischen Dschidda begonnen hatten, \
gehen derweil weiter. Die Ukraine hatte dort einem 30-tägigen Waffenstillstand zugestimmt. \
Kremlsprecher Dmitri Peskow sagte, Moskau prüfe den Vorschlag «sorgfältig». Russland meldete \
zugleich die Rückeroberung von drei weiteren Dörfern in Kursk; die Ukraine hält dort nach \
eigenen Angaben noch rund 200 Quadratkilometer.

## Schweiz

Der Nationalrat hat am Mittwoch mit 112 zu 74 Stimmen eine Motion zur Wiederausfuhr von \
Kriegsmaterial abgelehnt. Die Schweiz hat der Ukraine seit 2022 über 5 Mrd. Franken an Hilfe \
zugesagt; bis 2036 sollen weitere 5 Mrd. folgen. Das VBS prüft zudem, ob die Armee ab 2026 \
zusätzliche 1'000 Zeitsoldaten rekrutieren soll, um Lücken bei der Luftverteidigung zu \
schliessen.
""",
    claims=(
        C("Tausende", None, "vague", "in_russia", "south_korea", "thu..pub",
          "front-matter title (metadata duplicate of the headline)", add=True, opt=True),
        C("Tausende", None, "vague", "in_russia", "south_korea", "thu..pub",
          "headline; attributed to the JCS in the lead", add=True),
        C("zwischen 1000 und 3000", None, "range", "in_russia", "south_korea", "thu",
          "JCS Thursday (= publication day): 'zusätzliche'", add=True),
        C("ungefähr 4000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "NIS 'Ende Februar': losses"),
        C("etwa 8000", 8000, "approx", "near_front", "ukraine", "yday",
          "Syrskyj 'gestern': in Kursk (the 70'000 are Russian troops)"),
    ),
)

C13 = Source(
    article_id="c13_bataillon_dateline_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-07"),
    dated_by="dateline",
    features="HTML in windows-1252 without any meta date: dated by the body dateline "
    "'Kiew, 7. Januar 2025 (dpa/AFP) –'; `ca. 11.000` (abbreviation dot); range `10.000 bis "
    "12.000`; 'Pentagon-Sprecher … vom Freitag'; group size 'je 20 bis 30 Mann' (negative); "
    "donation appeal 'Unser Ziel: 10.000', areas, glide bombs, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Selenskyj: Nordkorea verliert in Kursk ein ganzes Bataillon</title>
<meta property="og:title" content="Selenskyj: Nordkorea verliert in Kursk ein ganzes Bataillon">
<meta property="og:url" \
content="https://www.ostsee-nachrichten.example/politik/selenskyj-nordkorea-bataillon-118.html">
<style>.spenden{border:1px solid #c00;padding:8px}</style>
<script>var _paq=window._paq=[];_paq.push(["setSiteId","7"]);</script>
</head>
<body>
<div class="nav"><a href="/">Ostsee-Nachrichten</a> &raquo; <a href="/politik">Politik</a> \
&raquo; Ausland</div>
<div id="cmp">Wir nutzen Cookies, um Ihnen das beste Erlebnis zu bieten. \
<a href="#" onclick="accept(1)">Zustimmen</a></div>
<div class="article">
<h1>Selenskyj: Nordkorea verliert in Kursk ein ganzes Bataillon</h1>
<p><strong>Kiew, 7. Januar 2025 (dpa/AFP) &ndash;</strong> Die ukrainische Armee hat bei \
Kämpfen in der russischen Region Kursk nach Angaben von Präsident Wolodymyr Selenskyj schwere \
Verluste unter nordkoreanischen Soldaten verursacht. Seit Samstag seien [[bis zu 300]] \
nordkoreanische Infanteristen getötet oder verwundet worden, sagte Selenskyj am Montagabend in \
seiner Videobotschaft. Das entspreche etwa einem Bataillon.</p>
<p>Insgesamt habe Nordkorea nach ukrainischer Zählung bereits [[mehr als 3.800]] Mann \
verloren. Russland versuche, die Verluste zu verschleiern, und verbrenne die Gesichter \
getöteter Nordkoreaner, um eine Identifizierung zu verhindern, sagte Selenskyj.</p>
<p>Nach Angaben des Pentagon-Sprechers Pat Ryder vom Freitag sind [[ca. 11.000]] Nordkoreaner \
in Kursk im Einsatz. Westliche Geheimdienste schätzen die Gesamtzahl der nach Russland \
entsandten Nordkoreaner auf [[10.000 bis 12.000]].</p>
<p>„Die Nordkoreaner lernen schnell“, sagte ein ukrainischer Kommandeur der \
Nachrichtenagentur AFP. Sie griffen inzwischen in Gruppen von je 20 bis 30 Mann an, nicht \
mehr in großen Kolonnen. Kursk sei ein &bdquo;Fleischwolf&ldquo; geworden.</p>
<p>Die Ukraine hatte am 6. August 2024 überraschend Teile der Region Kursk erobert, zeitweise \
rund 1.300 Quadratkilometer. Inzwischen kontrolliert sie nach eigenen Angaben noch etwa 500 \
Quadratkilometer. Russland setzte laut Kiew allein am Wochenende mehr als 90 Gleitbomben \
ein.</p>
</div>
<div class="spenden"><p><b>Unterstützen Sie unabhängigen Journalismus!</b> Schon ab 5&nbsp;€ im \
Monat helfen Sie uns. Unser Ziel: 10.000 Unterstützerinnen und Unterstützer bis Ostern.</p></div>
<!-- /article 118 -->
<div class="footer">Ostsee-Nachrichten &copy; 2025 | Tel. 0381 4911-0 | \
<a href="/kontakt">Kontakt</a></div>
</body>
</html>
""",
    claims=(
        C("bis zu 300", 300, "at_most", "casualties", "ukraine", "mon",
          "Zelensky Monday evening: killed or wounded since Saturday"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "mon",
          "Zelensky, same address: lost in total"),
        C("ca. 11.000", 11000, "approx", "near_front", "united_states", "fri",
          "Pentagon spokesman Ryder 'vom Freitag': in Kursk"),
        C("10.000 bis 12.000", None, "range", "in_russia", "other", "pub",
          "'Westliche Geheimdienste' estimate, no date"),
    ),
)

C14 = Source(
    article_id="c14_badeort_negativ",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-06-04"),
    dated_by="sidecar",
    features="PURE NEGATIVE: North Korea and Russia in every paragraph, troops mentioned "
    "without any figure; KCNA 'bis zu 20.000 Gäste', prices per person, flights per week, "
    "'mindestens 14 Tage', army and reservists, Russian losses, civilian dead, photo id",
    sidecar=("Nordkurier Digital", "", "Russische Urlauber entdecken Nordkoreas neuen Badeort"),
    text="""\
Russische Urlauber entdecken Nordkoreas neuen Badeort

Wonsan-Kalma soll 20.000 Gäste fassen – Moskau wirbt für Reisen in den Norden

Pjöngjang/Moskau – Nordkorea will seinen neuen Badeort Wonsan-Kalma am 1. Juli für Touristen \
öffnen. Die Anlage an der Ostküste soll bis zu 20.000 Gäste gleichzeitig beherbergen können, wie \
die staatliche Nachrichtenagentur KCNA berichtete. Machthaber Kim Jong Un hatte die Anlage, an \
der seit 2014 gebaut wurde, Ende Mai besichtigt.

Russische Reiseveranstalter bieten bereits Pakete an: Eine Woche inklusive Flug ab Wladiwostok \
kostet rund 1.400 Dollar pro Person. Flüge sollen zunächst zweimal pro Woche verkehren. Wer den \
Badeort besuchen will, muss mindestens 14 Tage vorher ein Visum beantragen. Das Resort \
erstreckt sich über mehr als vier Kilometer Sandstrand. Westliche Touristen sind vorerst nicht \
zugelassen. Im Jahr 2019 hatten nach Schätzungen rund 350.000 chinesische Touristen Nordkorea \
besucht.

Die Annäherung beider Länder hat seit dem Beistandsvertrag vom Juni 2024 stark zugenommen. \
Nordkorea hat Russland nach südkoreanischen Angaben Millionen Artilleriegranaten und mehr als \
200 Raketenwerfer geliefert. Auch nordkoreanische Soldaten kämpften in der Region Kursk, was \
beide Regierungen im April bestätigten.

Nordkoreas Armee umfasst rund 1,2 Millionen aktive Soldaten, dazu kommen mehrere Millionen \
Reservisten. Russland hat nach britischen Schätzungen seit Kriegsbeginn rund eine Million \
Soldaten verloren, getötet oder verwundet. Bei einem russischen Angriff auf Kiew wurden in der \
Nacht zum Dienstag 28 Menschen getötet, teilten die Behörden mit.

Russlands Sicherheitsratschef Sergej Schoigu reiste am Mittwoch nach Pjöngjang – bereits zum \
zweiten Mal binnen zwei Wochen. Über den Inhalt der Gespräche wurde zunächst nichts bekannt.

Nordkorea hatte sich während der Corona-Pandemie fast drei Jahre lang abgeschottet. Erst im \
Februar 2024 durfte wieder eine erste Gruppe von 97 russischen Touristen einreisen.

Foto: KCNA via AP | ID 5512093
Teilen | 3 Kommentare
""",
    claims=(),
)

# ---------------------------------------------------------------------------------------------
# English articles (US and UK styles)
# ---------------------------------------------------------------------------------------------

E15 = Source(
    article_id="e15_pentagon_training_us",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-30"),
    dated_by="dateline",
    features="US style; 'Published October 30, 2024' line; “” quotes; 'last Wednesday' in a "
    "Wednesday article = one week earlier; lawmakers briefed by NIS; think tank (RUSI) on "
    "Tuesday; Russian casualties per day, `1.2 million-strong army`, dollars, age, "
    "newsletter and comment counts",
    text="""\
Pentagon says [[about 10,000]] North Korean troops are training in Russia

Some have already moved toward Ukraine, U.S. officials say, raising fears of a wider war

By Daniel Harper
Published October 30, 2024 5:02 PM EDT

WASHINGTON — North Korea has sent [[about 10,000]] soldiers to train in eastern Russia, and some \
of them could be fighting Ukrainian forces “in the coming weeks,” the Pentagon said Monday.

Deputy Pentagon press secretary Sabrina Singh told reporters that “a portion of those soldiers” \
had already moved closer to Ukraine, although she declined to give a number. “If we see them \
moving toward the front lines, that’s a very concerning development,” she said.

South Korean lawmakers briefed by the National Intelligence Service said last Wednesday that \
[[at least 3,000]] North Korean soldiers had already arrived in Russia, and that the total \
could reach [[10,000]] by December.

Analysts at the Royal United Services Institute in London estimated in a note on Tuesday that \
[[several thousand]] of the troops were already in the Kursk region, where Russian forces have \
struggled for almost three months to push back a Ukrainian incursion.

Ukraine’s President Volodymyr Zelensky said in his nightly address that he expected the first \
North Korean units to be in combat zones “by Nov. 1,” and called on allies to respond. Ukraine’s \
military has been fighting inside Russia since Aug. 6, when it seized roughly 500 square miles \
of the Kursk region.

The Pentagon says Russian casualties surpassed 1,200 a day in October, the highest rate of the \
war. North Korea’s 1.2 million-strong army is one of the largest in the world, but it has not \
fought a war since 1953.

The United States has committed more than $59 billion in military aid to Ukraine since February \
2022. Defense Secretary Lloyd Austin, 71, warned on Tuesday that Pyongyang’s involvement would \
have consequences “well beyond Europe.”

Kremlin spokesman Dmitry Peskov again refused to confirm or deny the reports, calling military \
cooperation with Pyongyang “a matter for our two countries.”

Sign up for our World Brief newsletter: 3 stories every weekday morning.
Share · 128 Comments
""",
    claims=(
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon says'"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon Monday: sent to train in eastern Russia"),
        C("at least 3,000", 3000, "at_least", "in_russia", "south_korea", "2024-10-23",
          "lawmakers briefed by NIS 'last Wednesday' (a week before this Wednesday)"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same briefing: total could reach 10,000 by December"),
        C("several thousand", None, "vague", "near_front", "other", "tue",
          "RUSI note on Tuesday: in Kursk"),
    ),
)

E16 = Source(
    article_id="e16_blinken_kursk_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-11-01"),
    dated_by="sidecar",
    features="US HTML (also `<meta>` date); `<title>`/`og:title` figure (optional rows); "
    "&#8217;/&#8220; entities; sentence-initial `About`; hedged range `roughly 10,000 to "
    "12,000`; HUR on Wednesday; 'a further $425&nbsp;million' (money, not troops), "
    "`155&nbsp;mm`, `1.2&nbsp;million active troops`, related links",
    sidecar=("The Capitol Ledger", "https://www.capitolledger.example/world/blinken-kursk-8000",
             "Blinken: 8,000 North Korean troops now in Kursk"),
    text="""\
<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Blinken: [[8,000]] North Korean troops now in Kursk | The Capitol Ledger</title>
<meta property="og:title" content="Blinken: [[8,000]] North Korean troops now in Kursk">
<meta property="article:published_time" content="2024-11-01T09:14:00-04:00">
<meta property="og:site_name" content="The Capitol Ledger">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({articleId:837465,words:702});\
</script>
<style>#cookie-notice{position:fixed;bottom:0}.ad-300x250{width:300px;height:250px}</style>
</head>
<body>
<header><nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/us">U.S.</a> · \
<a href="/politics">Politics</a></nav></header>
<div id="cookie-notice">We and our 842 partners use cookies to personalize content. \
<button>Accept all</button></div>
<main><article>
<h1>Blinken: [[8,000]] North Korean troops now in Kursk</h1>
<p class="byline">By Maria Lopez and Ken Whitfield</p>
<p>[[About 8,000]] North Korean soldiers have moved to Russia&#8217;s Kursk border region and \
are expected to join the fight against Ukraine &#8220;in the coming days,&#8221; Secretary of \
State Antony Blinken said Thursday.</p>
<p>Speaking at the State Department alongside South Korea&#8217;s foreign and defense \
ministers, Blinken said that in total [[roughly 10,000 to 12,000]] North Korean troops were \
believed to be in Russia. Russian forces had been training them in artillery, drone operations \
and &#8220;basic infantry operations, including trench clearing,&#8221; he said.</p>
<p>Ukraine&#8217;s military intelligence agency said on Wednesday that [[some 2,600]] North \
Korean troops had already reached the Kursk region. The agency did not say how it arrived at \
the figure.</p>
<p>Defense Secretary Lloyd Austin said he had not yet seen the troops enter combat but that it \
was &#8220;a real possibility.&#8221; The Pentagon announced a further $425&nbsp;million in \
security assistance for Kyiv, including munitions for air defense systems and 155&nbsp;mm \
artillery rounds.</p>
<div class="ad-300x250"><!-- ad: gpt slot div-gpt-ad-1730 --></div>
<p>At the United Nations, Russia&#8217;s deputy ambassador Dmitry Polyanskiy dismissed the \
reports as &#8220;blatant lies.&#8221; North Korea&#8217;s army of roughly 1.2&nbsp;million \
active troops is among the world&#8217;s largest.</p>
<p>Russia has lost more than 600,000 soldiers killed or wounded since February 2022, according \
to U.S. estimates. Pyongyang has also shipped millions of artillery shells to Moscow.</p>
<aside><h3>Related</h3><ul>
<li><a href="/world/5-things-north-korea-russia">5 things to know about the Russia-North Korea \
pact</a></li>
<li><a href="/us/election-2024-day-4">Election 2024: 4 days to go</a></li>
</ul></aside>
</article></main>
<footer><p>&copy; 2024 The Capitol Ledger. All rights reserved. | <a href="/terms">Terms</a> \
&amp; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
""",
    claims=(
        C("8,000", 8000, "exact", "near_front", "united_states", "thu..pub",
          "<title> duplicate of the headline", opt=True),
        C("8,000", 8000, "exact", "near_front", "united_states", "thu..pub",
          "og:title duplicate of the headline", opt=True),
        C("8,000", 8000, "exact", "near_front", "united_states", "thu..pub", "headline 'Blinken:'"),
        C("About 8,000", 8000, "approx", "near_front", "united_states", "thu",
          "Blinken Thursday: moved to Kursk"),
        C("roughly 10,000 to 12,000", None, "range", "in_russia", "united_states", "thu",
          "Blinken: 'in total' in Russia (not planned)"),
        C("some 2,600", 2600, "approx", "near_front", "ukraine", "wed",
          "HUR Wednesday: reached Kursk"),
    ),
)

E17 = Source(
    article_id="e17_combat_uk_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-11-12"),
    dated_by="front_matter", crlf=True,
    features="UK style Markdown with CRLF; front matter `date:` ISO timestamp; straight and "
    "single quotes; number word `Ten thousand` opening a quote; UK minister (other); 'last "
    "week'; NATO (Rutte) on Thursday; bullet list of negatives (pounds, Ukrainian recruits "
    "trained in the UK, Russian losses a day), age, '24 hours'",
    text="""\
---
title: "North Korean troops 'engaged in combat' in Kursk, says US"
date: 2024-11-12T08:30:00Z
author: Foreign desk
section: World
---

# North Korean troops 'engaged in combat' in Kursk, says US

North Korean soldiers sent to Russia have begun fighting Ukrainian forces in the Kursk region, \
the US State Department has said, in what would be the first direct involvement of Pyongyang's \
army in a European war.

Department spokesman Vedant Patel said on Tuesday that [[more than 10,000]] North Korean troops \
had been sent to eastern Russia and that most had since moved to Kursk, where they had "begun \
engaging in combat operations" alongside Russian forces.

"[[Ten thousand]] North Korean soldiers are now in the Kursk region," the Defence Secretary, \
John Healey, told the Commons on Monday. "This is a dangerous escalation of Putin's illegal \
war."

Ukraine's president, Volodymyr Zelensky, said last week that [[around 11,000]] North Korean \
troops were in the region, and that Ukrainian units had already exchanged fire with some of \
them.

## Nato: 'a significant escalation'

Nato's secretary general, Mark Rutte, said on Thursday in Budapest that [[at least 10,000]] \
North Korean troops had been sent to Russia and that "a significant part" of them were now in \
Kursk.

The Kremlin spokesman, Dmitry Peskov, declined to comment, calling military co-operation with \
Pyongyang "a matter for two sovereign states". Vladimir Putin signed the mutual defence treaty \
into law on Saturday.

The Ministry of Defence said in its daily intelligence update that the deployment showed Moscow \
was "struggling to sustain" its offensive in the Donbas, where Russian forces advanced about \
200 sq km in the past week.

Britain's support for Kyiv in numbers:

- The UK has pledged £3bn a year to Ukraine "for as long as it takes".
- More than 50,000 Ukrainian recruits have been trained in Britain under Operation Interflex.
- Russia is losing an average of 1,500 soldiers a day, according to the Ministry of Defence.

Donald Trump, 78, who won last week's election, has said he would end the war "within 24 \
hours".
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "tue",
          "State Dept spokesman Tuesday (= publication day): sent to eastern Russia"),
        C("Ten thousand", 10000, "exact", "near_front", "other", "mon",
          "UK Defence Secretary Healey Monday, number word in quote"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "Zelensky 'last week': in the region"),
        C("at least 10,000", 10000, "at_least", "in_russia", "nato", "thu",
          "Rutte Thursday in Budapest: sent to Russia"),
    ),
)

E18 = Source(
    article_id="e18_casualties_tweet_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-17"),
    dated_by="html_meta",
    features="US HTML, UTF-8 with BOM; dek with a vague figure in &#8216;&#8217;; anonymous US "
    "official; '17 others' (not additional); embedded tweet with emoji (optional row); "
    "briefing minutes, `240mm`/`170mm`, `$500&nbsp;million`, `1.2 million active-duty "
    "personnel`, missiles, JS state with counts, street address",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>North Korean troops suffer first casualties in Kursk, US says - Metro Wire</title>
<meta property="og:title" content="North Korean troops suffer first casualties in Kursk, US says">
<meta property="article:published_time" content="2024-12-17T18:40:00Z">
<meta name="twitter:card" content="summary_large_image">
<script>window.__INITIAL_STATE__={"article":{"id":99812,"comments":42,"shares":1200}};</script>
<style>.tweet{border-left:3px solid #1da1f2;padding-left:10px}</style>
</head>
<body>
<nav class="top"><a href="/">Metro Wire</a> | <a href="/world">World</a> | \
<a href="/video">Video</a> | <a href="/subscribe">Subscribe: $1 for 6 months</a></nav>
<div class="gdpr">This site uses cookies. By continuing you agree to our \
<a href="/cookies">cookie policy</a>.</div>
<article>
<h1>North Korean troops suffer first casualties in Kursk, US says</h1>
<p class="dek">Pentagon says &#8216;[[hundreds]]&#8217; killed or wounded as \
Pyongyang&#8217;s soldiers join assaults</p>
<p>North Korean troops fighting for Russia in the Kursk region have suffered \
&#8220;[[several hundred]]&#8221; casualties, a U.S. military official said Monday, the first \
time Washington has confirmed losses among the [[roughly 11,000]] soldiers Pyongyang sent \
to Russia this fall.</p>
<p>The official, who spoke on condition of anonymity to discuss intelligence, said the \
casualties ranged &#8220;from light wounds to killed in action.&#8221; Pentagon press \
secretary Maj. Gen. Pat Ryder told reporters at a 45-minute briefing that the North Koreans \
had been &#8220;integrated into Russian units&#8221; and were conducting infantry assaults.</p>
<p>Ukraine&#8217;s special operations forces said Saturday they had killed [[at least 30]] \
North Korean soldiers in the Kursk region and wounded [[17]] others in fighting near the \
villages of Plekhovo and Vorozhba. The unit posted drone footage it said showed the \
engagements.</p>
<blockquote class="twitter-tweet tweet"><p lang="en" dir="ltr">BREAKING: North Korea has lost \
[[at least 200]] soldiers in Kursk in the past 72 hours, Ukrainian sources say. Unverified. \
🇰🇵🇷🇺</p>&mdash; OSINT Monitor (@osint_monitor_x) \
<a href="https://twitter.com/osint_monitor_x/status/1868443210938">December 16, 2024</a>\
</blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
<p>South Korea&#8217;s Joint Chiefs of Staff said Monday that North Korea appeared to be \
preparing to send additional troops and could also supply more 240mm rocket launchers and \
170mm self-propelled guns.</p>
<p>The Biden administration last week approved a $500&nbsp;million weapons package for \
Ukraine. North Korea, which has an estimated 1.2 million active-duty personnel, has also sent \
more than 100 ballistic missiles to Russia, according to Ukrainian officials.</p>
<p class="updated">Updated 2:34 p.m. ET</p>
</article>
<footer>&copy; 2024 Metro Wire Media &middot; 1200 K Street NW, Washington, DC 20005</footer>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "dek 'Pentagon says'"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "US military official Monday"),
        C("roughly 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "reporter framing: background figure", opt=True),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat",
          "SSO Saturday: killed"),
        C("17", 17, "exact", "casualties", "ukraine", "sat",
          "'wounded 17 others' = others, not an increment"),
        C("at least 200", 200, "at_least", "casualties", "other", "2024-12-16",
          "embedded tweet by an OSINT account", opt=True),
    ),
)

E19 = Source(
    article_id="e19_captured_uk_cp1252",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-01-12"),
    dated_by="sidecar", crlf=True,
    features="UK style in cp1252 with CRLF; number word `two` in headline and lead; anaphoric "
    "'these two' inside a quote (optional); 'in December' (month window); claims without a "
    "date (publication date); reporter framing range (optional); ages 'aged 20 and 26', video "
    "seconds, Russian prisoners, pounds, casualties a day, photo reference",
    sidecar=("The Sunday Observer-Herald", "", ""),
    text="""\
Ukraine captures [[two]] North Korean soldiers in Kursk, Zelensky says

Kyiv offers to swap the men for Ukrainians held in Russia

Sun 12 Jan 2025 18.02 GMT

Ukraine has captured [[two]] North Korean soldiers in Russia’s Kursk region, President \
Volodymyr Zelensky said on Saturday, the first time Kyiv has taken troops from Pyongyang alive \
since they joined the war.

Both men were wounded and have been taken to Kyiv, where they are being questioned by the SBU \
security service. One of them, who was carrying a Russian military ID issued in the name of a \
man from the Tuva republic, told interrogators he had believed he was being sent for training, \
not to fight.

The pair, aged 20 and 26, are being held in accordance with international law, the SBU said. \
Zelensky posted a 15-second video clip of the interrogation on Telegram. “Like all other \
prisoners of war, these [[two]] North Korean soldiers are receiving the necessary medical \
assistance,” he wrote.

According to Kyiv, [[nearly 4,000]] North Korean troops have been killed or wounded since they \
entered combat in the autumn. South Korea’s National Intelligence Service, which confirmed the \
capture on Sunday, said in December that [[about 100]] North Koreans had been killed and \
[[some 1,000]] wounded.

Pyongyang is thought to have sent [[between 11,000 and 12,000]] troops to Russia last autumn, \
though neither country has acknowledged the deployment.

Kyiv says it holds more than 1,000 Russian prisoners, and Zelensky suggested the men could be \
returned to North Korea if Kim Jong Un arranged an exchange for Ukrainians held in Russia. \
Ukraine has exchanged more than 3,900 prisoners with Russia since the start of the full-scale \
invasion, according to Kyiv’s coordination headquarters; the last swap, on 30 December, \
returned 189 Ukrainians.

Britain this week agreed a £2.26bn loan to Ukraine backed by frozen Russian assets. The \
Ministry of Defence estimates that Russia suffered more than 1,500 casualties a day in December, \
its highest monthly average of the war.

Photograph: Reuters – Ref. 20250111/0431
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Zelensky says': captured"),
        C("two", 2, "exact", "casualties", "ukraine", "sat", "Zelensky Saturday: captured"),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "anaphoric 'these two' inside Zelensky's quote", opt=True),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "'According to Kyiv', no date: killed or wounded"),
        C("about 100", 100, "approx", "casualties", "south_korea", "2024-12-01..2024-12-31",
          "NIS 'in December': killed"),
        C("some 1,000", 1000, "approx", "casualties", "south_korea", "2024-12-01..2024-12-31",
          "NIS 'in December': wounded"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "unattributed", "pub",
          "reporter framing 'is thought to have sent'", opt=True),
    ),
)

E20 = Source(
    article_id="e20_losses_utf16_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-01-16"),
    dated_by="front_matter",
    features="US Markdown in UTF-16 LE with BOM; front matter `date:` and a title figure "
    "(optional row); `exceed 3,000` (at_least, verb outside the span); `3,000 or more`; "
    "'yesterday'; 'as many as 1,500 additional'; `4,000-strong … Brigade`, ordinal `47th`, "
    "drones, `152mm`, age",
    text="""\
---
title: Kyiv says North Korean losses in Kursk now exceed [[3,000]]
date: 2025-01-16
author: Emily Cho
tags:
  - north-korea
  - ukraine
---

# Kyiv says North Korean losses in Kursk now exceed [[3,000]]

North Korea has lost [[3,000 or more]] soldiers killed or wounded in Russia's Kursk region, \
Ukraine's military intelligence chief Kyrylo Budanov said on Wednesday, including \
[[at least 1,000]] dead.

South Korea's spy agency told lawmakers on Monday that [[around 300]] North Korean soldiers had \
been killed and [[2,700]] wounded. The National Intelligence Service said the troops lacked an \
understanding of modern warfare and were being used as "cannon fodder". The agency said \
[[as many as 1,500]] additional troops could be sent as reinforcements in the coming months.

Pentagon press secretary Maj. Gen. Pat Ryder told reporters yesterday that [[nearly 11,000]] \
North Korean troops remained deployed in Kursk, a figure unchanged since November.

The figures could not be independently verified. Seoul and Kyiv have both said North Korean \
troops were sent to the front with little training in drone warfare and often advanced in large \
groups across open fields. Russia has not acknowledged their presence; Kremlin spokesman Dmitry \
Peskov on Tuesday again referred questions to the Defense Ministry, which did not respond.

## A war of attrition

Russia's Defense Ministry said it had shot down 94 Ukrainian drones overnight. Ukraine's \
4,000-strong 47th Mechanized Brigade has been rotated out of the Kursk salient, according to \
Ukrainian media. Ukraine launched a new push in Kursk on Jan. 5, and officials in Kyiv said it \
had driven Russian forces back several kilometers near the village of Bolshoye Soldatskoye.

In Seoul, the Constitutional Court began hearing President Yoon Suk Yeol's impeachment case on \
Tuesday; a ruling is expected within 180 days.

Pyongyang has also supplied Moscow with millions of 152mm artillery shells, South Korean \
officials say. Kim Jong Un, 41, has not commented publicly on the losses.
""",
    claims=(
        C("3,000", 3000, "at_least", "casualties", "ukraine", "wed..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("3,000", 3000, "at_least", "casualties", "ukraine", "wed..pub",
          "headline 'Kyiv says … exceed 3,000'"),
        C("3,000 or more", 3000, "at_least", "casualties", "ukraine", "wed",
          "Budanov Wednesday: killed or wounded"),
        C("at least 1,000", 1000, "at_least", "casualties", "ukraine", "wed", "Budanov: dead"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS to lawmakers Monday: killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon", "NIS Monday: wounded"),
        C("as many as 1,500", 1500, "at_most", "planned", "south_korea", "mon",
          "'The agency said': additional troops could be sent", add=True),
        C("nearly 11,000", 11000, "approx", "near_front", "united_states", "yday",
          "Ryder 'yesterday': deployed in Kursk"),
    ),
)

E21 = Source(
    article_id="e21_another_3000_latin1_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-03-27"),
    dated_by="sidecar",
    features="UK HTML in ISO-8859-1 (also `<meta>` date) with curly quotes only as entities; "
    "'another 3,000' increment in `<title>`/`og:title` (optional) and body, `3,000&nbsp;troops`; "
    "JCS; hyphen range `8,000-9,000`; 'earlier this month'; artillery pieces, calibres, "
    "`&pound;1.6bn`, Russian losses, army size, company number",
    sidecar=("The Northern Courier", "https://www.northerncourier.example/world/asia/301177",
             "North Korea sends another 3,000 troops to Russia, Seoul says"),
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="ISO-8859-1">
<title>North Korea sends another [[3,000]] troops to Russia, Seoul says | The Northern Courier\
</title>
<meta property="og:title" content="North Korea sends another [[3,000]] troops to Russia, Seoul \
says">
<meta property="article:published_time" content="2025-03-27T07:45:00+00:00">
<style>.cookie-bar{background:#222;color:#fff}</style>
<script>var NC = {section: "world", articleId: 301177, premium: false};</script>
</head>
<body>
<div class="cookie-bar">We use cookies to give you the best experience.
<a href="/cookies">Manage preferences</a></div>
<nav><a href="/">The Northern Courier</a> &gt; <a href="/world">World</a> &gt;
<a href="/world/asia">Asia</a></nav>
<article>
<h1>North Korea sends another [[3,000]] troops to Russia, Seoul says</h1>
<p><em>By Priya Menon, Seoul correspondent</em></p>
<p>North Korea sent another [[3,000]]&nbsp;troops to Russia in January and February, South
Korea&#8217;s Joint Chiefs of Staff said on Thursday, despite the heavy losses its soldiers
have suffered in the Kursk region.</p>
<p>The JCS estimated that [[about 4,700]] North Korean soldiers had been killed or wounded
since they entered combat in the autumn, and said Pyongyang had also supplied Moscow with
around 220 artillery pieces, including 170mm self-propelled guns and 240mm multiple rocket
launchers.</p>
<p>Ukraine&#8217;s military intelligence agency, the HUR, said earlier this month that
[[8,000-9,000]] North Korean soldiers remained in the Kursk region, many of them assigned to
assault units after &#8220;retraining&#8221; in the use of drones.</p>
<p>The Kremlin has never confirmed the deployment. &#8216;We have no information on
this,&#8217; Dmitry Peskov, President Vladimir Putin&#8217;s spokesman, said on Wednesday.</p>
<p>Britain on Wednesday announced a further &pound;1.6bn for air-defence missiles for Ukraine.
Russia has lost more than 850,000 troops killed and wounded, according to UK defence
intelligence, while North Korea maintains armed forces of about 1.2 million.</p>
<p class="pagination">Page 1 of 1 &middot; Figure 2: Map of the Kursk region</p>
</article>
<footer>&copy; 2025 The Northern Courier Ltd. Registered in England No. 04417723.</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "<title> duplicate of the headline", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "og:title duplicate of the headline", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul says': another 3,000", add=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "JCS Thursday (= publication day): 'another 3,000'", add=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "JCS: killed or wounded"),
        C("8,000-9,000", None, "range", "near_front", "ukraine", "2025-03-01..2025-03-27",
          "HUR 'earlier this month': in Kursk"),
    ),
)

E22 = Source(
    article_id="e22_kcna_confirms_us",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-28"),
    dated_by="sidecar",
    features="US wire style; deck figure 'Seoul puts casualties at 4,700'; North Korea (KCNA, "
    "Kim) and Russia (Gerasimov) as claimants with vague figures in quotes; 'this month' "
    "window; State Dept “over 14,000” without a date; Ukrainian losses claimed by Russia, "
    "countries, anniversaries, 100 days, dollars, read time",
    sidecar=("Pacific Wire Service", "https://pacificwire.example/2025/04/28/nk-confirms",
             "North Korea confirms for the first time it sent troops to fight for Russia"),
    text="""\
North Korea confirms for the first time it sent troops to fight for Russia

Kim Jong Un hails "heroes" of Kursk as Moscow thanks Pyongyang; Seoul puts casualties at \
[[4,700]]

SEOUL/MOSCOW (PWS) – North Korea on Monday confirmed for the first time that it had deployed \
troops to help Russia retake the Kursk region, with leader Kim Jong Un praising the \
“[[several thousand]] heroes” who, he said, had fought “with honor” alongside their Russian \
comrades.

The statement, carried by the state news agency KCNA, said the troops had been sent on Kim’s \
orders under the mutual defense treaty the two countries signed in June 2024. It did not say \
how many soldiers had been killed.

Russia’s chief of the General Staff, Gen. Valery Gerasimov, said on Saturday that North Korean \
servicemen had “provided significant assistance” in defeating Ukrainian forces in Kursk. \
Russian state media quoted him as saying that “[[thousands]]” of them had fought in the region. \
Gerasimov also claimed that Ukraine had lost more than 76,000 soldiers in the Kursk operation, \
a figure Kyiv disputes.

South Korea’s National Intelligence Service estimated this month that North Korea had sent \
[[around 15,000]] troops to Russia in total, of whom [[about 4,700]] had been killed or wounded.

A State Department spokesperson said the confirmation “changes nothing” and noted that \
Washington had tracked “[[over 14,000]]” North Korean personnel in Russia since October.

Kremlin spokesman Dmitry Peskov said Russia would “never forget” the help of its Korean \
friends. President Vladimir Putin is due to host leaders from 29 countries at the May 9 \
Victory Day parade marking the 80th anniversary of the end of World War II.

President Donald Trump, who marks his first 100 days in office on Tuesday, has said he wants a \
ceasefire deal “this week.” Washington has provided Ukraine with more than $65 billion in \
military aid since 2022.

Reporting by Min-ji Park in Seoul and Olga Ivanova in Moscow; editing by Tom Reed
© 2025 Pacific Wire Service · 6 min read
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-01..2025-04-28",
          "deck 'Seoul puts casualties at 4,700' (NIS this month)"),
        C("several thousand", None, "vague", "near_front", "north_korea", "mon",
          "Kim via KCNA Monday (= publication day): fought in Kursk"),
        C("thousands", None, "vague", "near_front", "russia", "sat",
          "Gerasimov Saturday: fought in the region"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-28",
          "NIS 'this month': sent in total"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-28",
          "NIS 'this month': killed or wounded"),
        C("over 14,000", 14000, "at_least", "in_russia", "united_states", "pub",
          "State Dept spokesperson, no date"),
    ),
)

E23 = Source(
    article_id="e23_more_troops_md_nodate",
    language="en", fmt="md", encoding="utf-8", published=day("2024-11-20"),
    dated_by="sidecar",
    features="US Markdown whose front matter has NO date (sidecar only); lawmaker briefed by "
    "NIS; 'The agency said another 2,000' (carried claimant, increment); 'on Nov. 17'; "
    "`as many as 100,000`; think tank 'this week'; vague reporter framing (optional); "
    "ordinal `1,000th`, missiles and drones, dollars, range in km",
    sidecar=("", "", "Seoul warns Pyongyang could send more troops as Kursk fighting intensifies"),
    text="""\
---
title: Seoul warns Pyongyang could send more troops as Kursk fighting intensifies
author: Staff
layout: article
---

# Seoul warns Pyongyang could send more troops as Kursk fighting intensifies

*North Korean units are already "engaged in combat," South Korea's spy agency says*

SEOUL — North Korean troops deployed to Russia's Kursk region have already engaged in combat, \
South Korea's National Intelligence Service (NIS) told lawmakers on Wednesday, and Pyongyang \
may soon dispatch more.

Lawmaker Park Sun-won, who was briefed by the agency, said [[some 11,000]] North Korean \
soldiers were currently in the region, many of them assigned to airborne and marine units. The \
agency said another [[2,000]] could follow before the end of the year.

In an interview broadcast on Nov. 17, Ukrainian President Volodymyr Zelensky said North Korea \
could eventually send [[as many as 100,000]] soldiers to fight for Russia.

The Center for Strategic and International Studies (CSIS) estimated in a report this week that \
[[at least 7,000]] North Korean soldiers were within range of the front lines.

[[Thousands]] of North Korean soldiers have been training at bases in Russia's Far East since \
October. Satellite images published by [Planet Labs](https://www.planet.example/gallery/) show \
new barracks at several sites.

Russia has not commented on the deployment. Its envoy to the United Nations, Vassily Nebenzia, \
told the Security Council on Monday that Western claims were "fairy tales". South Korea is \
weighing whether to send weapons directly to Ukraine; President Yoon Suk Yeol, 63, said Seoul \
"would not rule out" such a step. South Korea holds one of the world's largest stockpiles of \
155mm artillery shells.

## The 1,000th day

Tuesday marked the 1,000th day since Russia's full-scale invasion. Russia launched 120 missiles \
and 90 drones at Ukraine's energy grid on Sunday, and the US on Monday approved a **$275 \
million** package. Washington has also allowed Kyiv to fire ATACMS missiles, which have a range \
of about 300 km, at targets inside Russia.
""",
    claims=(
        C("some 11,000", 11000, "approx", "near_front", "south_korea", "wed",
          "lawmaker briefed by NIS, Wednesday (= publication day): in the region"),
        C("2,000", 2000, "exact", "planned", "south_korea", "wed",
          "'The agency said another 2,000 could follow'", add=True),
        C("as many as 100,000", 100000, "at_most", "planned", "ukraine", "2024-11-17",
          "Zelensky interview broadcast on Nov. 17"),
        C("at least 7,000", 7000, "at_least", "near_front", "other", "2024-11-18..2024-11-20",
          "CSIS report 'this week'"),
        C("Thousands", None, "vague", "in_russia", "unattributed", "pub",
          "reporter framing: training in the Far East", opt=True),
    ),
)

E24 = Source(
    article_id="e24_shoigu_6000_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-06-17"),
    dated_by="html_meta", crlf=True,
    features="UK HTML with CRLF; Russia (Shoigu) as claimant; deminers and military builders; "
    "`<title>`/`og:title` figure (optional rows); 'a further 25,000 to 30,000' (increment range, "
    "'earlier this month'); NIS via 'According to' without a date; 'another 1,060 soldiers' "
    "(Russian losses, not a claim), million devices, area, roubles, age, consent vendors",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>North Korea to send [[6,000]] troops to rebuild Kursk, says Moscow</title>
<meta property="og:title" \
content="North Korea to send [[6,000]] troops to rebuild Kursk, says Moscow">
<meta property="article:published_time" content="2025-06-17T16:20:00+01:00">
<meta name="author" content="Tom Ashworth">
<style>.live-badge{color:#c00}</style>
<script>window.cmp={vendors:312,purposes:[1,2,3,4,7,9,10]};</script>
</head>
<body>
<!-- nav -->
<nav><a href="/">The Evening Dispatch</a> / <a href="/world">World</a> /
<a href="/world/europe">Europe</a></nav>
<div class="consent" role="dialog">We and our 312 partners store and access information on
your device. <button>I agree</button></div>
<article>
<h1>North Korea to send [[6,000]] troops to rebuild Kursk, says Moscow</h1>
<p class="standfirst">Shoigu announces deminers and military builders after talks with
Kim Jong&nbsp;Un</p>
<p>North Korea will send [[1,000]] deminers and [[5,000]] military construction workers to
Russia&#8217;s Kursk region, the secretary of Russia&#8217;s Security Council, Sergei Shoigu,
said on Tuesday after talks with Kim Jong Un in Pyongyang.</p>
<p>Shoigu, 70, said the personnel would help clear mines and rebuild infrastructure destroyed
during the Ukrainian incursion that began last August. It was his third visit to Pyongyang in
three months.</p>
<p>Ukraine&#8217;s military intelligence agency, the HUR, warned earlier this month that
Pyongyang could deploy a further [[25,000 to 30,000]] soldiers to Russia in the coming months,
possibly to take part in a summer offensive.</p>
<p>According to South Korea&#8217;s National Intelligence Service, [[roughly 15,000]] North
Korean troops have been sent to Russia so far, of whom [[around 600]] have been killed.</p>
<p>Russia says it has cleared more than 1.5&nbsp;million explosive devices in the region. The
Kursk region covers an area of about 30,000 square kilometres, and Russian officials estimate
reconstruction will cost at least 100&nbsp;billion roubles.</p>
<p>Ukraine&#8217;s general staff said on Tuesday that Russia had lost another 1,060 soldiers
over the past day.</p>
<aside class="related"><h2>Most read</h2><ol><li>Heatwave: 34C expected in London</li>
<li>Five things we learned at the G7</li></ol></aside>
</article>
<footer><p>&copy; The Evening Dispatch 2025 &middot; Company No. 01234567</p></footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> duplicate of the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "og:title duplicate of the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub", "headline 'says Moscow'"),
        C("1,000", 1000, "exact", "planned", "russia", "tue", "Shoigu Tuesday: deminers"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "Shoigu Tuesday: military construction workers"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-06-01..2025-06-17",
          "HUR 'earlier this month': 'a further' = increment", add=True),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'According to' NIS, no date: sent so far"),
        C("around 600", 600, "approx", "casualties", "south_korea", "pub", "NIS: killed"),
    ),
)

E25 = Source(
    article_id="e25_kirby_week_us",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-27"),
    dated_by="dateline",
    features="US style; byline date line 'By Staff Writer | December 27, 2024'; White House "
    "(Kirby) “more than 1,000” on the publication day (Friday); 'last week'; JCS 'up to "
    "3,000 more'; a captured soldier without a figure; missiles and drones, dollars, age, "
    "anniversary, read time and comments",
    text="""\
White House: North Korea suffered [[more than 1,000]] casualties in a week

By Staff Writer | December 27, 2024

WASHINGTON — North Korean troops fighting for Russia have suffered “[[more than 1,000]]” \
casualties in the past week alone, White House national security spokesman John Kirby told \
reporters on Friday, describing Russia’s use of the soldiers as “human wave” assaults.

“Russian and North Korean military leaders are treating these troops as expendable,” Kirby \
said, adding that some North Korean soldiers had taken their own lives rather than surrender.

The figure is in line with estimates from Seoul. South Korea’s spy agency said last week that \
[[about 1,100]] North Korean soldiers had been killed or wounded.

Ukrainian President Volodymyr Zelensky said on Monday that [[nearly 3,000]] North Korean troops \
had been killed or wounded in the Kursk region, and warned that Pyongyang could send more. \
South Korea’s Joint Chiefs of Staff said the same day that the North appeared to be preparing \
to send [[up to 3,000]] more soldiers, possibly along with additional self-propelled guns and \
rocket launchers.

Ukraine’s special operations forces said Thursday they had captured a wounded North Korean \
soldier, though South Korean officials said the man, believed to be 26, later died of his \
injuries.

Kirby said the United States had “no indication” that Pyongyang planned to withdraw its forces. \
The Biden administration, which leaves office on Jan. 20, has announced a final $2.5 billion in \
security aid for Kyiv. North Korean troops have largely been deployed in Russia’s Kursk region, \
where Ukrainian forces have held territory since August, according to U.S. and South Korean \
officials.

On Christmas Day, Russia fired more than 70 missiles and 100 drones at Ukraine’s energy \
facilities. The United States has sent Ukraine more than $61 billion in military aid since \
2022. Kim Jong Un marked the 13th anniversary of his father’s death on Dec. 17.

© 2024 Wire Services. All rights reserved. 4 min read · 212 comments
""",
    claims=(
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "fri",
          "headline 'White House:'; Kirby Friday = publication day"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "fri",
          "Kirby Friday: casualties in the past week"),
        C("about 1,100", 1100, "approx", "casualties", "south_korea", "lastweek",
          "NIS 'last week': killed or wounded"),
        C("nearly 3,000", 3000, "approx", "casualties", "ukraine", "mon",
          "Zelensky Monday: killed or wounded"),
        C("up to 3,000", 3000, "at_most", "planned", "south_korea", "mon",
          "JCS 'the same day' (Monday): 'more soldiers'", add=True),
    ),
)

E26 = Source(
    article_id="e26_rusi_latin1_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-02-07"),
    dated_by="front_matter",
    features="UK Markdown in latin-1 (straight quotes, `£`); quoted front-matter date; 'near "
    "4,000' in title (optional) and headline; claim date in the following sentence; "
    "'another 3,000 to 4,000'; UK minister and think tank (RUSI) as other; 'no more than'; "
    "'According to the agency' without a date; ordinal brigade, km, pounds, age",
    text="""\
---
title: "Zelensky says North Korean losses [[near 4,000]] as Seoul reports lull"
date: "2025-02-07"
author: Defence correspondent
---

# Zelensky says North Korean losses [[near 4,000]] as Seoul reports lull

Ukraine's president, Volodymyr Zelensky, says [[about 4,000]] North Korean soldiers have been \
killed or wounded in Russia's Kursk region, and has warned that Pyongyang could send "another \
[[3,000 to 4,000]]" troops. Zelensky made the remarks in an interview with a British \
broadcaster that aired on Tuesday. He said Ukraine had captured [[two]] North Korean soldiers \
in January and was ready to hand them over to Pyongyang in exchange for Ukrainians held in \
Russia.

Britain's defence secretary, John Healey, told MPs on Thursday that North Korea had sent "[[more \
than 11,000]]" soldiers to Russia since October. Healey, 64, said the UK would keep up its \
support "for as long as it takes".

Analysts at the Royal United Services Institute (Rusi) said in a paper published on Wednesday \
that [[no more than 8,000]] of the North Koreans were still fighting in Kursk. The paper drew \
on interviews with 40 Ukrainian officers.

South Korea's National Intelligence Service, meanwhile, says North Korean units have not been \
seen on the front line since mid-January. According to the agency, [[at least 1,000]] \
additional troops nonetheless arrived in Russia last month. The agency also said the North \
had begun producing copies of Russian Shahed-type drones and may supply several hundred of them \
to Moscow this year; Seoul estimates that Pyongyang has earned about $20bn from arms sales to \
Russia since 2023.

## Elsewhere on the front

- The UK has committed £4.5bn in military support to Ukraine this year.
- Ukraine's 155th Mechanised Brigade, trained in France, has been hit by desertions.
- The front line stretches for more than 1,000km from Kharkiv to Kherson.
- Russia's defence ministry said on Friday its forces had taken Dachenske, near Pokrovsk, the \
11th settlement it has claimed this year.
- Healey also announced a £150m package of drones and spare parts.
""",
    claims=(
        C("near 4,000", 4000, "approx", "casualties", "ukraine", "tue..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("near 4,000", 4000, "approx", "casualties", "ukraine", "tue..pub",
          "headline 'Zelensky says'"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "tue",
          "Zelensky interview aired Tuesday (date in the next sentence)"),
        C("3,000 to 4,000", None, "range", "planned", "ukraine", "tue",
          "'another 3,000 to 4,000' could be sent", add=True),
        C("two", 2, "exact", "casualties", "ukraine", "tue",
          "same interview: captured in January"),
        C("more than 11,000", 11000, "at_least", "in_russia", "other", "thu",
          "UK Defence Secretary Healey to MPs on Thursday"),
        C("no more than 8,000", 8000, "at_most", "near_front", "other", "wed",
          "RUSI paper published on Wednesday: still fighting in Kursk"),
        C("at least 1,000", 1000, "at_least", "in_russia", "south_korea", "pub",
          "'According to the agency' (NIS), no date: additional troops arrived", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14,
    E15, E16, E17, E18, E19, E20, E21, E22, E23, E24, E25, E26,
)


# ---------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------


def window(when: str, pub: date) -> tuple[date, date]:
    """The inclusive date window a `when` label stands for, relative to the publication date.

    `pub`: publication date or the day before (no date given); `yday`; a weekday `mon`…`sun`
    (the latest on or before `pub`); `lastweek`: Monday of the previous week up to `pub`;
    an ISO date; `A..B`: from the start of A to the end of B.
    """
    if ".." in when:
        first, last = when.split("..")
        return window(first, pub)[0], window(last, pub)[1]
    if when == "pub":
        return pub - timedelta(days=1), pub
    if when == "yday":
        return pub - timedelta(days=1), pub - timedelta(days=1)
    if when in WEEKDAYS:
        d = pub - timedelta(days=(pub.weekday() - WEEKDAYS.index(when)) % 7)
        return d, d
    if when == "lastweek":
        return pub - timedelta(days=pub.weekday() + 7), pub
    d = day(when)
    return d, d


def format_value(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def check_claim(src: Source, claim: Claim, marked: str) -> None:
    """Fail loudly on a label that breaks the gold conventions."""
    where = f"{src.article_id} [[{marked}]]"
    assert claim.text == marked, f"{where}: label says {claim.text!r}"
    assert "\n" not in marked and "\r" not in marked, f"{where}: span crosses a line"
    assert claim.qualifier in QUALIFIERS, where
    assert claim.status in STATUSES, where
    assert claim.group in GROUPS, where
    assert (claim.value is None) == (claim.qualifier in ("range", "vague")), where
    first, last = window(claim.when, src.published)
    assert first <= last <= src.published, f"{where}: window {first}..{last}"


def render(src: Source) -> tuple[str, list[dict[str, str]]]:
    """The article text as decoded from its file, and its gold rows."""
    marked = src.text.replace("\n", "\r\n") if src.crlf else src.text
    parts: list[str] = []
    rows: list[dict[str, str]] = []
    length = pos = 0
    labels = iter(src.claims)
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        parts += [before, m.group(1)]
        start = length + len(before)
        length = start + len(m.group(1))
        pos = m.end()
        claim = next(labels, None)
        assert claim is not None, f"{src.article_id}: more marks than labels"
        check_claim(src, claim, m.group(1))
        rows.append(gold_row(src, claim, start, length))
    assert next(labels, None) is None, f"{src.article_id}: more labels than marks"
    parts.append(marked[pos:])
    return "".join(parts), rows


def gold_row(src: Source, claim: Claim, start: int, end: int) -> dict[str, str]:
    first, last = window(claim.when, src.published)
    return {
        "article_id": src.article_id, "start": str(start), "end": str(end),
        "quantity_text": claim.text, "value": format_value(claim.value),
        "qualifier": claim.qualifier, "additional": "true" if claim.additional else "false",
        "status": claim.status, "claimant_group": claim.group,
        "claim_date_from": first.isoformat(), "claim_date_to": last.isoformat(),
        "required": "yes" if claim.required else "optional", "note": claim.note,
    }


def encode(text: str, encoding: str) -> bytes:
    """The file bytes; `utf-8-sig` and `utf-16` (little-endian) start with a BOM."""
    if encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)


def sniff_decode(data: bytes) -> str:
    """Decode as a plain loader would: BOM first, then UTF-8, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def date_forms(d: date) -> tuple[str, ...]:
    """Ways a publication date is written in the corpus files."""
    de = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")[d.month - 1]
    en = d.strftime("%B")
    return (
        d.isoformat(), f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {de} {d.year}",
        f"{d.day}. Jänner {d.year}" if d.month == 1 else f"{d.day}. {de} {d.year}",
        f"{en} {d.day}, {d.year}", f"{d.day} {en} {d.year}", f"{d.day} {en[:3]} {d.year}",
    )


def check_source(src: Source, text: str, data: bytes) -> None:
    """The file decodes back to `text` and carries its publication date where it claims to."""
    assert src.language in ("de", "en") and src.fmt in FORMATS, src.article_id
    assert src.encoding in ENCODINGS, src.article_id
    assert not any("\x80" <= ch <= "\x9f" for ch in text), f"{src.article_id}: C1 control"
    assert sniff_decode(data) == text, f"{src.article_id}: does not decode back"
    assert (src.sidecar is not None) == (src.dated_by == "sidecar"), src.article_id
    if src.sidecar is None:
        assert any(f in text for f in date_forms(src.published)), f"{src.article_id}: no date"


def sidecar_rows() -> list[dict[str, str]]:
    return [
        {"article_id": s.article_id, "published": s.published.isoformat(), "outlet": s.sidecar[0],
         "url": s.sidecar[1], "title": s.sidecar[2], "language": s.language}
        for s in SOURCES if s.sidecar is not None
    ]


def write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def build(out: Path) -> list[dict[str, str]]:
    """Write `out/articles/*` (+ sidecar) and `out/gold.csv`; return the gold rows."""
    folder = out / ARTICLES
    folder.mkdir(parents=True, exist_ok=True)
    assert len({s.article_id for s in SOURCES}) == len(SOURCES), "duplicate article ids"
    gold: list[dict[str, str]] = []
    written = {SIDECAR}
    for src in SOURCES:
        text, rows = render(src)
        data = encode(text, src.encoding)
        check_source(src, text, data)
        name = f"{src.article_id}.{src.fmt}"
        (folder / name).write_bytes(data)
        written.add(name)
        decoded = sniff_decode((folder / name).read_bytes())
        for row in rows:
            assert decoded[int(row["start"]):int(row["end"])] == row["quantity_text"], row
        gold += rows
    for stale in folder.iterdir():
        if stale.name not in written:
            stale.unlink()
    write_csv(folder / SIDECAR, SIDECAR_COLUMNS, sidecar_rows())
    gold.sort(key=lambda r: (r["article_id"], int(r["start"])))
    write_csv(out / GOLD, GOLD_COLUMNS, gold)
    return gold


# ---------------------------------------------------------------------------------------------
# README table
# ---------------------------------------------------------------------------------------------


def readme_table(gold: list[dict[str, str]]) -> str:
    """The markdown table of articles for README.md."""
    lines = [
        "| article_id | lang | format | encoding | line ends | dated by | gold rows "
        "(required + optional) | features |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in SOURCES:
        req = sum(r["article_id"] == s.article_id and r["required"] == "yes" for r in gold)
        opt = sum(r["article_id"] == s.article_id and r["required"] == "optional" for r in gold)
        count = f"{req} + {opt}" if req or opt else "0 (pure negative)"
        features = s.features.replace("|", "\\|")
        lines.append(
            f"| `{s.article_id}` | {s.language} | {s.fmt} | {s.encoding} | "
            f"{'CRLF' if s.crlf else 'LF'} | {s.dated_by} ({s.published.isoformat()}) | "
            f"{count} | {features} |"
        )
    return "\n".join(lines)


def update_readme(path: Path, gold: list[dict[str, str]]) -> None:
    """Replace the generated table between the table markers in README.md."""
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    path.write_text(f"{head}{TABLE_START}\n{readme_table(gold)}\n{TABLE_END}{tail}",
                    encoding="utf-8")


def main(here: Path = HERE) -> int:
    """Write the corpus of `SOURCES` into `here` and refresh its README table."""
    gold = build(here)
    if (here / README).exists():
        update_readme(here / README, gold)
    required = sum(r["required"] == "yes" for r in gold)
    print(f"{len(SOURCES)} articles, {len(gold)} gold rows ({required} required) -> {here}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
