"""Build the FOURTH BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A sixth corpus for an honest measurement on articles the extractor has never met, written in
session 7 without opening the extractor, its lexicons or the topic file, and without running it.
This one is mostly ordinary news (agency copy, regional rewrites, straight reports, follow-ups,
analysis, an explainer, a TV-website story, a news-in-brief column, a weekend feature and an
editorial). Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind4_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

N01 = Source(
    article_id="n01_agentur_bausoldaten_seoul",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-11-06"), dated_by="sidecar",
    sidecar=(
        "Mittelhessen-Anzeiger",
        "https://www.mittelhessen-anzeiger.example/politik/ausland/nordkorea-bausoldaten-russland"
        "-2025-11-06.html",
        "Südkorea: Nordkorea schickt 5.000 Bausoldaten nach Russland",
    ),
    features="German agency copy ('Seoul (dpa) -', no year; sidecar date) about a new "
    "deployment of military construction troops; headline and deck figures attributed from "
    "the body (NIS 'am Mittwoch' via a lawmaker, Thursday article); reported speech carried "
    "over several sentences ('wie Park weiter sagte', Konjunktiv); deminers in Kursk "
    "('Darunter'); wounded brought home (casualties); HUR 'vergangene Woche' `bis zu 6.000` "
    "'zusätzliche' (increment); Kremlin without a figure; North Korean civilian workers, "
    "Russian losses 'mehr als eine Million', kilometres, years, agency codes and time stamp",
    text="""\
Südkorea: Nordkorea schickt [[5.000]] Bausoldaten nach Russland

Geheimdienst spricht von „neuer Phase“ – Zahl der Toten steigt auf [[rund 2.300]]

Seoul (dpa) - Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes [[rund 5.000]] \
Militärbauarbeiter nach Russland verlegt. Die Truppen seien seit Ende Oktober in mehreren \
Sonderzügen über den Grenzbahnhof Tumangang gebracht worden, teilte der Nationale \
Nachrichtendienst (NIS) am Mittwoch in einer nicht öffentlichen Sitzung des \
Geheimdienstausschusses mit. Sie sollen beim Wiederaufbau von Straßen, Brücken und Bahnanlagen im \
russischen Grenzgebiet Kursk eingesetzt werden.

Der Abgeordnete Park Jong-hun, der anschließend vor Journalisten über die Sitzung berichtete, \
sprach von einer „neuen Phase“ der militärischen Zusammenarbeit zwischen Moskau und Pjöngjang. \
Nach seinen Worten geht der NIS davon aus, dass sich derzeit [[etwa 10.000]] nordkoreanische \
Soldaten in Russland aufhalten. Ein Großteil der Kampftruppen sei im Sommer ausgetauscht worden, \
die Neuankömmlinge seien jünger und besser auf den Drohnenkrieg vorbereitet.

Die Zahl der im Krieg getöteten Nordkoreaner schätzt der Dienst inzwischen auf [[rund 2.300]], wie \
Park weiter sagte. Insgesamt habe Pjöngjang seit Oktober 2024 [[mehr als 15.000]] Soldaten in den \
Krieg geschickt. Darunter seien [[rund 1.000]] Pioniere, die seit dem Frühjahr im Gebiet Kursk \
Minen räumten.

Nach Angaben des Abgeordneten holte Nordkorea zudem seit August [[etwa 1.200]] verwundete Soldaten \
in die Heimat zurück. Machthaber Kim Jong Un hatte im Sommer mehrere Militärkrankenhäuser besucht \
und Heimkehrern Orden verliehen. Für die Gefallenen lässt er in Pjöngjang ein Museum errichten.

Die Ukraine rechnet mit weiteren Verlegungen. Der Militärgeheimdienst HUR hatte bereits vergangene \
Woche erklärt, bis zum Jahresende könnten [[bis zu 6.000]] zusätzliche Bausoldaten und Pioniere \
aus Nordkorea eintreffen. Moskau und Pjöngjang äußern sich zu Truppenstärken grundsätzlich nicht. \
Kremlsprecher Dmitri Peskow sagte am Donnerstag lediglich, die Zusammenarbeit entspreche dem im \
Juni 2024 unterzeichneten Vertrag über eine umfassende strategische Partnerschaft.

Nach südkoreanischen Schätzungen arbeiten außerdem rund 15.000 nordkoreanische Zivilisten auf \
russischen Baustellen, vor allem im Fernen Osten. Sie gelten nicht als Teil der Truppenentsendung, \
bringen dem Regime aber Devisen ein. Die Bahnstrecke von Tumangang nach Wladiwostok ist knapp 300 \
Kilometer lang.

Russland hat im Krieg gegen die Ukraine nach westlichen Schätzungen bislang mehr als eine Million \
Soldaten verloren, Getötete und Verwundete zusammengerechnet. Im Gebiet Kursk stehen keine \
ukrainischen Truppen mehr, seit Moskau die Region im Frühjahr zurückerobert hat.

dpa pjh yyzz n1 kle
061214 Nov 25
""",
    claims=(
        C("5.000", 5000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Südkorea:', attributed from the lead (NIS, Wednesday): moved to Russia"),
        C("rund 2.300", 2300, "approx", "casualties", "south_korea", "wed..pub",
          "deck restating the body figure (NIS, Wednesday): dead"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' (date at the end of the next sentence): military builders moved"),
        C("etwa 10.000", 10000, "approx", "in_russia", "south_korea", "wed",
          "lawmaker Park briefed by the NIS ('Nach seinen Worten'): in Russia now"),
        C("rund 2.300", 2300, "approx", "casualties", "south_korea", "wed",
          "'schätzt der Dienst …, wie Park weiter sagte': killed"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "south_korea", "wed",
          "Konjunktiv carried from Park: sent in total since October 2024"),
        C("rund 1.000", 1000, "approx", "near_front", "south_korea", "wed",
          "'Darunter seien': deminers in the Kursk region (not an increment)"),
        C("etwa 1.200", 1200, "approx", "casualties", "south_korea", "wed",
          "'Nach Angaben des Abgeordneten': wounded brought home"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'vergangene Woche': 'zusätzliche' could arrive (increment)", add=True),
    ),
)

N02 = Source(
    article_id="n02_regional_gefechte_kursk_html",
    language="de", fmt="html", encoding="cp1252", published=day("2024-11-14"),
    dated_by="html_meta", crlf=True,
    features="regional paper's rewrite of agency copy in HTML, windows-1252 with CRLF "
    "(`article:published_time` with +01:00, 'Mit Material von dpa und AFP'); a "
    "`<meta name=\"description\">` teaser figure (optional) and the same teaser in the body "
    "(required, from Zelensky's Monday figure); Blinken 'am Mittwoch' `mehr als 10.000` in "
    "Kursk; Zelensky 'schon am Montag'; HUR undated `bis zu 15.000` (planned total); a "
    "lawmaker briefed 'am Mittwoch' carried by 'Den Angaben aus Seoul zufolge'; General Staff "
    "„Dutzende“ 'am Dienstag'; Pentagon 'Anfang November'; local angle (refugees, aid convoy "
    "ordinal, jackets, generators), Russian losses a day, army size, consent partners, data "
    "layer ids, subscription price, phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Nordkoreaner kämpfen jetzt auch im Gebiet Kursk | Westerwälder Landbote</title>
<meta name="description" content="Washington bestätigt erste Gefechte. Kiew spricht von [[11.000]] \
Soldaten aus Pjöngjang in der Region.">
<meta property="og:title" content="Nordkoreaner kämpfen jetzt auch im Gebiet Kursk">
<meta property="article:published_time" content="2024-11-14T06:12:00+01:00">
<meta property="article:section" content="Politik">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageId":"48213","paywall":"0","word\
Count":612});</script>
</head>
<body>
<div class="cmp-banner">Wir nutzen Cookies und ähnliche Technologien. Mit Klick auf „Alle \
akzeptieren“ willigen Sie in die Verarbeitung durch uns und 142 Partner ein. <a \
href="/datenschutz">Einstellungen</a> <button>Alle akzeptieren</button></div>
<header><nav><a href="/">Startseite</a> | <a href="/region">Region</a> | <a \
href="/politik">Politik</a> | <a href="/sport">Sport</a> | <a href="/abo">Abo ab 9,90 \
€</a></nav></header>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Nordkoreaner kämpfen jetzt auch im Gebiet Kursk</h1>
<p class="teaser">Washington bestätigt erste Gefechte. Kiew spricht von [[11.000]] Soldaten aus \
Pjöngjang in der Region.</p>
<p class="autor">Von Tobias Rehm · 14.11.2024, 06:12 Uhr</p>
<p>Washington/Kiew. Zum ersten Mal sind nordkoreanische Soldaten nach Angaben der US-Regierung in \
Gefechte mit ukrainischen Truppen verwickelt. Das sagte Außenminister Antony Blinken am Mittwoch \
am Rande eines Treffens mit Nato-Vertretern in Brüssel. Mittlerweile stünden [[mehr als 10.000]] \
Nordkoreaner im Gebiet Kursk, wo die ukrainische Armee seit August einen Teil des russischen \
Territoriums hält.</p>
<p>Der ukrainische Präsident Wolodymyr Selenskyj hatte schon am Montag von [[11.000]] \
Nordkoreanern gesprochen, die in der Grenzregion stationiert seien. Nach Einschätzung des \
ukrainischen Militärgeheimdienstes könnten es bis zum Jahresende [[bis zu 15.000]] werden.</p>
<p>Auch in Seoul wächst die Sorge. Der Abgeordnete Choi Min-seok berichtete nach einer \
Unterrichtung durch den Geheimdienst NIS am Mittwoch, ein Teil der Truppen sei bereits an \
Kampfhandlungen beteiligt. Den Angaben aus Seoul zufolge hat Pjöngjang insgesamt [[rund 11.000]] \
Soldaten nach Russland geschickt, dazu Raketenwerfer und Haubitzen.</p>
<h2>Erste Verluste gemeldet</h2>
<p>Ein Sprecher des ukrainischen Generalstabs sagte am Dienstag im Fernsehen, bei Kämpfen nahe dem \
Dorf Plechowo seien „[[Dutzende]]“ Nordkoreaner getötet oder verwundet worden. Überprüfen lässt \
sich das nicht. Das Pentagon hatte Anfang November erklärt, [[rund 10.000]] Soldaten aus dem \
Norden seien in die Grenzregion verlegt worden.</p>
<p>Der Kreml hat die Präsenz nordkoreanischer Einheiten bis heute nicht bestätigt. Russland verlor \
nach britischen Schätzungen allein im Oktober täglich mehr als 1.200 Soldaten. Nordkoreas Armee \
gilt mit 1,2 Millionen Mann als eine der größten der Welt.</p>
<h2>Hilfe aus dem Westerwald</h2>
<p>Im Kreis leben derzeit rund 2.400 Geflüchtete aus der Ukraine. Der Verein „Brücke nach Osten“ \
aus Hachenburg schickt am Samstag seinen 37. Hilfstransport in die Region Sumy, die direkt an \
Kursk grenzt. Gesammelt wurden unter anderem 180 Winterjacken und 14 Stromgeneratoren.</p>
<p class="quelle">Mit Material von dpa und AFP</p>
</article>
<aside><h3>Lesen Sie auch</h3><ul><li><a href="/politik/nordkorea-russland-vertrag-47988">Was im \
Beistandsvertrag zwischen Moskau und Pjöngjang steht</a></li></ul></aside>
<footer>© 2024 Westerwälder Landbote GmbH &amp; Co. KG · Impressum · Datenschutz · Tel. 02662 \
555-0</footer>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<meta name=\"description\"> teaser (metadata duplicate of the body teaser)", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "teaser 'Kiew spricht von', Zelensky's Monday figure in the body"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "wed",
          "Blinken 'am Mittwoch' (date in the sentence before, Konjunktiv): in Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'schon am Montag': stationed in the border region"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "pub",
          "HUR 'Nach Einschätzung', no date: could become up to 15,000 (a total, not 'weitere')"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "lawmaker briefed by the NIS 'am Mittwoch', carried by 'Den Angaben aus Seoul "
          "zufolge': sent in total"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "tue",
          "General Staff spokesman 'am Dienstag' in „“: killed or wounded"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "2024-11-01..2024-11-10",
          "Pentagon 'Anfang November' (days 1-10): moved to the border region"),
    ),
)

N03 = Source(
    article_id="n03_ch_museum_gefallene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-10-17"),
    dated_by="dateline", crlf=True,
    features="Swiss follow-up in UTF-16 LE with BOM and CRLF: `ss`, «», `11'000`, `12'000` "
    "(square metres), `15'000 bis 16'000`, 4-digit `2000`/`6000`/`8000`, 'Publiziert: "
    "17.10.2025' line; a teaser with two body figures (their claimants and dates from the "
    "body); KCNA without a figure and Kim's list of `101` fallen 'Im August' (north_korea); "
    "NIS 'Anfang September' with 'weitere verwundet' (the others, vague); HUR 'bis zu 6000 "
    "weitere' dated by the next sentence ('am Mittwoch', increment); NATO 'Anfang Oktober' in "
    "«»; a Swiss expert quoted over two sentences (other, present tense: `pub`), `gut 8000`; "
    "a parade of 13'000 soldiers led by Kursk veterans (mixed total), army size, francs, "
    "refugees, museum area, anniversary ordinal",
    text="""\
Ausland

Kim ehrt die Toten von Kursk – und rüstet für die nächste Entsendung

Nordkorea baut ein Museum für seine in Russland gefallenen Soldaten. Seoul geht von [[rund 2000]] \
Toten aus, Kiew warnt vor [[bis zu 6000]] weiteren Soldaten.

Corinne Walser, Seoul
Publiziert: 17.10.2025, 05:30 Uhr

Die Bilder, die das nordkoreanische Staatsfernsehen am Donnerstagabend ausstrahlte, sind \
sorgfältig inszeniert. Machthaber Kim Jong Un steht mit einer Schaufel auf einer planierten Fläche \
im Zentrum Pjöngjangs, hinter ihm Offiziere in Paradeuniform, vor ihm eine Reihe von Witwen. Hier \
soll ein Museum entstehen, das die «unsterblichen Heldentaten» jener Soldaten würdigt, die im \
russischen Gebiet Kursk gekämpft haben. So jedenfalls meldete es die Nachrichtenagentur KCNA.

Eine Zahl der Gefallenen nannte die Agentur auch diesmal nicht. Im August hatte Kim bei einer \
Gedenkfeier allerdings die Namen von [[101]] Soldaten verlesen lassen, die posthum zu «Helden der \
Republik» ernannt wurden. Das Museum soll nach Angaben von KCNA rund 12'000 Quadratmeter umfassen \
und im Herbst 2026 eröffnet werden.

Seoul rechnet mit weit mehr Toten

Südkoreas Nachrichtendienst NIS schätzt die Verluste deutlich höher ein. Anfang September hatte er \
Abgeordneten in Seoul berichtet, [[rund 2000]] Nordkoreaner seien in Russland ums Leben gekommen, \
[[mehrere tausend]] weitere verwundet worden. Ein Teil der Verwundeten ist inzwischen zurück; im \
September zeigten die Staatsmedien, wie Kim am Bahnhof von Pjöngjang Heimkehrer umarmte.

Für Unruhe sorgt eine Einschätzung aus Kiew. Der ukrainische Militärgeheimdienst HUR rechnet \
damit, dass Pjöngjang noch vor dem Winter [[bis zu 6000]] weitere Soldaten schickt, vor allem \
Pioniere und Bautruppen. Das sagte HUR-Chef Kyrylo Budanow am Mittwoch in einem Fernsehinterview. \
Schon jetzt seien die Nordkoreaner für Russland «unverzichtbar» geworden, nicht nur beim \
Minenräumen.

Die Nato hatte Anfang Oktober erklärt, nach wie vor hielten sich «[[mehr als 11'000]]» \
nordkoreanische Soldaten in Russland auf.

Matthias Kobelt, Sicherheitsexperte an der Militärakademie der ETH Zürich, hält die Zahlen aus \
Seoul für plausibel. «Wir gehen davon aus, dass seit Herbst 2024 insgesamt [[15'000 bis 16'000]] \
Nordkoreaner in Russland im Einsatz waren», sagt er. «Heute stehen davon noch [[gut 8000]] im Raum \
Kursk. Die Kampftruppen sind grösstenteils abgelöst, geblieben sind Pioniere, Bausoldaten und \
Ausbilder.»

Parade mit Kursk-Veteranen

Innenpolitisch nutzt Kim den Einsatz nach Kräften. An der Militärparade zum 80. Jahrestag der \
Arbeiterpartei vor einer Woche marschierten nach Schätzungen rund 13'000 Soldaten durch Pjöngjang, \
angeführt von einem Block mit Kursk-Veteranen. Nordkoreas Armee zählt insgesamt rund 1,2 Millionen \
aktive Soldaten.

Die Schweiz hat die Ukraine seit Kriegsbeginn mit über 5 Milliarden Franken unterstützt. \
Hierzulande leben derzeit rund 68'000 Geflüchtete aus der Ukraine mit Schutzstatus S.
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "teaser 'Seoul geht von … aus': the NIS figure given 'Anfang September' in the body"),
        C("bis zu 6000", 6000, "at_most", "planned", "ukraine", "wed..pub",
          "teaser 'Kiew warnt vor … weiteren': HUR on Wednesday in the body (increment)",
          add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "Kim had the names of 101 fallen read out 'Im August' (North Korea's own figure)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS to lawmakers 'Anfang September' (days 1-10): dead"),
        C("mehrere tausend", None, "vague", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "same report: 'weitere verwundet' = the others wounded, not an increment"),
        C("bis zu 6000", 6000, "at_most", "planned", "ukraine", "wed",
          "HUR, dated by the next sentence ('Das sagte HUR-Chef … am Mittwoch'): 'weitere' "
          "(increment)", add=True),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "nato", "2025-10-01..2025-10-10",
          "NATO 'Anfang Oktober' in «»: still in Russia"),
        C("15'000 bis 16'000", None, "range", "in_russia", "other", "pub",
          "Swiss expert ('sagt er', present tense, no date): in Russia in total"),
        C("gut 8000", 8000, "approx", "near_front", "other", "pub",
          "same expert, quote continued in the next sentence: still in the Kursk area ('gut' "
          "approx)"),
    ),
)

N04 = Source(
    article_id="n04_at_analyse_rueckzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Austrian analysis in Markdown, ISO-8859-1 (straight quotes only), front matter "
    "with `date:` and a title without a figure: 'Jänner', 'Feber', 'heuer', `Prozent`; NIS "
    "figures given 'Mitte Jänner' and recalled ('Schon damals'); Zelensky 'in einem am "
    "Sonntag ausgestrahlten Interview'; an Austrian defence academy officer (other, present "
    "tense: `pub`) with `etwa 11.000` and `7.000 bis 8.000`; JCS 'am Montag' 'zusätzlich "
    "mehr als 1.000' (increment, the claimant and date after the figure); NATO (Rutte) 'am "
    "Wochenende' in Munich with `mehr als 11.000` and „Tausende“ in one quote; Kremlin without "
    "a figure; square kilometres, euros, poll, years",
    text="""\
---
title: "Analyse: Kims Soldaten verschwinden von der Front"
date: 2025-02-20
ressort: Außenpolitik
autor: Florian Haslinger
---

# Kims Soldaten verschwinden von der Front

**Seit Mitte Jänner sind nordkoreanische Einheiten im Gebiet Kursk kaum noch zu sehen. Rückzug, \
Neuaufstellung oder Ende des Einsatzes? Eine Analyse.**

Wien. Noch vor wenigen Wochen berichteten ukrainische Einheiten fast täglich von Angriffen \
nordkoreanischer Infanterie. Jetzt ist es still geworden. Südkoreas Nachrichtendienst NIS erklärte \
am 12. Feber vor Abgeordneten in Seoul, die Truppen aus dem Norden seien seit Mitte Jänner nicht \
mehr an der Front beobachtet worden. Der Grund dürften die hohen Verluste sein.

Schon damals, Mitte Jänner, hatte der Dienst die Zahl der Gefallenen mit [[rund 300]] angegeben, \
jene der Verwundeten mit [[2.700]]. Präsident Wolodymyr Selenskyj nannte in einem am Sonntag \
ausgestrahlten Interview noch höhere Zahlen: [[knapp 4.000]] Nordkoreaner seien getötet oder \
verwundet worden.

## "Zurückkommen werden sie"

Oberst Gerald Kainz vom Institut für Strategie und Sicherheitspolitik der \
Landesverteidigungsakademie hält einen dauerhaften Abzug für unwahrscheinlich. "Die Nordkoreaner \
werden zurückkommen, und zwar besser vorbereitet", sagt er. Russland habe ihnen inzwischen Drohnen \
und Störsender zur Verfügung gestellt. Von den ursprünglich [[etwa 11.000]] Mann seien seiner \
Einschätzung nach derzeit noch [[7.000 bis 8.000]] in Russland einsatzfähig; den Rest hätten Tod, \
Verwundung und Krankheit dezimiert.

Darauf deuten auch Meldungen aus Seoul hin. Seit Jahresbeginn sind zusätzlich [[mehr als 1.000]] \
Soldaten aus dem Norden in Russland eingetroffen, wie ein Sprecher des Vereinigten Generalstabs \
(JCS) am Montag sagte. Ob es sich um Ersatz für die Verwundeten oder um eine neue Einheit handelt, \
blieb offen.

Nato-Generalsekretär Mark Rutte wurde am Wochenende in München deutlicher. Nordkorea habe \
[[mehr als 11.000]] Soldaten geschickt, sagte er bei der Sicherheitskonferenz, "und [[Tausende]] \
davon sind tot oder verwundet".

## Was Moskau sagt

Nichts. Der Kreml hat die Präsenz der Nordkoreaner auch heuer mit keinem Wort bestätigt. \
Kremlsprecher Dmitri Peskow verweist stets auf den Beistandsvertrag, den Moskau und Pjöngjang im \
Juni 2024 geschlossen haben.

Die Ukraine hält nach eigenen Angaben derzeit noch rund 500 Quadratkilometer russischen Gebiets, \
im Herbst waren es mehr als doppelt so viele. Österreich hat heuer bereits 12 Millionen Euro für \
humanitäre Minenräumung in der Ukraine zugesagt, seit Feber 2022 waren es insgesamt rund 280 \
Millionen Euro. Laut einer aktuellen Umfrage wünschen sich 61 Prozent der Österreicherinnen und \
Österreicher einen Waffenstillstand "so bald wie möglich".
""",
    claims=(
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS figure given 'Mitte Jänner' ('Schon damals'): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same sentence: wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'in einem am Sonntag ausgestrahlten Interview': killed or wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "other", "pub",
          "Austrian defence academy officer ('sagt er', no date): sent originally"),
        C("7.000 bis 8.000", None, "range", "in_russia", "other", "pub",
          "same officer: still fit for action in Russia"),
        C("mehr als 1.000", 1000, "at_least", "in_russia", "south_korea", "mon",
          "JCS spokesman 'am Montag', claimant after the figure: 'zusätzlich' arrived "
          "(increment)", add=True),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "sat..sun",
          "Rutte 'am Wochenende' at the Munich conference: sent"),
        C("Tausende", None, "vague", "casualties", "nato", "sat..sun",
          "same quote: dead or wounded"),
    ),
)

N05 = Source(
    article_id="n05_tv_pjoengjang_bestaetigt_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-04-28"),
    dated_by="html_meta",
    features="German TV-network website story in HTML (`<meta name=\"date\">` with +02:00, "
    "'Stand: 28.04.2025 14:37 Uhr', NewsArticle JSON-LD with a video duration, a consent box "
    "for embedded video, a video teaser with its length, 'Mehr zum Thema' links); a "
    "`<meta name=\"description\">` figure (optional); KCNA 'heute Morgen' without a figure and "
    "the party newspaper's 'Montagsausgabe' „mehreren tausend“ (north_korea, the publication "
    "day); Gerasimov 'Bereits am Samstag' „Tausenden“ (russia); NIS 'von Anfang April' "
    "carried to a sentence-initial `Etwa 4.700` and 'darunter rund 600 Tote'; a photo caption "
    "restating the NIS figure without a date; General Staff 'am Sonntag' `etwa 3.000` "
    "carried to the next sentence; Russia's claim of Ukrainian losses, treaty, image sizes",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkorea bestätigt Einsatz seiner Soldaten in Russland | nf24.example</title>
<meta name="description" content="Erstmals räumt Pjöngjang die Entsendung von Truppen ein. Moskau \
spricht von [[Tausenden]] Kämpfern aus Korea.">
<meta name="date" content="2025-04-28T14:37:00+02:00">
<meta property="og:type" content="article">
<meta property="og:image" content="https://www.nf24.example/bilder/nordkorea-parade-1920x1080.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headlin\
e":"Nordkorea bestätigt Einsatz seiner Soldaten in \
Russland","datePublished":"2025-04-28T14:37:00+02:00","video":{"@type":"VideoObject","duration":"P\
T1M42S"}}</script>
</head>
<body>
<div class="consent">Um Videos und Audios abspielen zu können, benötigen wir Ihre Zustimmung. Sie \
können diese jederzeit in den Einstellungen widerrufen. <button>Zustimmen</button> <button>Nur \
notwendige</button></div>
<nav>Home › Ausland › Asien</nav>
<main>
<span class="topline">Krieg gegen die Ukraine</span>
<h1>Nordkorea bestätigt Einsatz seiner Soldaten in Russland</h1>
<p class="stand">Stand: 28.04.2025 14:37 Uhr</p>
<p class="teaser"><strong>Monatelang hat Pjöngjang geschwiegen, jetzt räumt die Führung den \
Einsatz im Gebiet Kursk ein. Zuvor hatte Moskau den „Kameraden aus Korea“ gedankt.</strong></p>
<div class="video"><p>Video: Pjöngjang bestätigt Truppeneinsatz, 1:42 Min.</p></div>
<p>Nordkorea hat erstmals offiziell eingeräumt, Soldaten in den Krieg gegen die Ukraine geschickt \
zu haben. Die Einheiten hätten auf Befehl von Machthaber Kim Jong Un an der „Befreiung“ des \
russischen Gebiets Kursk teilgenommen, meldete die Staatsagentur KCNA heute Morgen. Kim habe die \
Entsendung auf Grundlage des Beistandsvertrags mit Russland angeordnet. Wie viele Soldaten \
beteiligt waren, teilte KCNA nicht mit.</p>
<p>Die Parteizeitung Rodong Sinmun druckte in ihrer Montagsausgabe allerdings einen Kommentar, in \
dem von „[[mehreren tausend]] Helden“ die Rede ist, die im Gebiet Kursk „Schulter an Schulter“ mit \
russischen Soldaten gekämpft hätten. Für sie solle in Pjöngjang ein Denkmal errichtet werden.</p>
<h2>Moskau dankt den „Kameraden aus Korea“</h2>
<p>Bereits am Samstag hatte der russische Generalstabschef Waleri Gerassimow die Beteiligung der \
Nordkoreaner gewürdigt. Sie hätten „heldenhaft“ gekämpft und entscheidend zur Rückeroberung von \
Kursk beigetragen, sagte er in einer Videoschalte mit Präsident Wladimir Putin. Gerassimow sprach \
von „[[Tausenden]]“ Soldaten aus Korea, ohne eine genaue Zahl zu nennen. Putin dankte Kim heute in \
einer vom Kreml veröffentlichten Erklärung.</p>
<p>Nach Angaben des südkoreanischen Geheimdienstes NIS von Anfang April hat Pjöngjang insgesamt \
[[rund 15.000]] Soldaten nach Russland geschickt. [[Etwa 4.700]] Nordkoreaner seien bei den \
Kämpfen ums Leben gekommen oder verletzt worden, darunter [[rund 600]] Tote.</p>
<figure><img src="/bilder/nordkorea-soldaten-parade-100~_v-videowebl.jpg" \
alt=""><figcaption>Soldaten bei einer Parade in Pjöngjang: Seoul schätzt, dass [[etwa 4.700]] \
Nordkoreaner in Russland getötet oder verwundet wurden. Bild: picture \
alliance/KCNA</figcaption></figure>
<h2>Kiew widerspricht</h2>
<p>Die Ukraine bestreitet, dass Russland das Gebiet Kursk vollständig zurückerobert hat. Der \
Generalstab in Kiew erklärte am Sonntag, Kämpfe gebe es weiterhin nahe den Dörfern Gornal und \
Tjotkino. Dort seien nach wie vor [[etwa 3.000]] Nordkoreaner im Einsatz. Nach russischer \
Darstellung hat die Ukraine bei ihrem Vorstoß ins Gebiet Kursk seit August mehr als 76.000 \
Soldaten verloren; überprüfen lässt sich das nicht.</p>
<p class="autor">Mit Informationen von Jana Hergenröther, Studio Tokio</p>
</main>
<aside><h3>Mehr zum Thema</h3><ul><li><a \
href="/ausland/asien/nordkorea-russland-vertrag-104.html">Was steht im Vertrag zwischen Moskau und \
Pjöngjang?</a></li><li><a href="/ausland/europa/kursk-offensive-bilanz-102.html">Acht Monate \
Kursk-Offensive: eine Bilanz</a></li></ul></aside>
<footer>© NF24 · Impressum · Datenschutz · Barrierefreiheit</footer>
</body>
</html>
""",
    claims=(
        C("Tausenden", None, "vague", "near_front", "russia", "sat..pub",
          "<meta name=\"description\"> teaser 'Moskau spricht von' (metadata)", opt=True),
        C("mehreren tausend", None, "vague", "near_front", "north_korea", "mon",
          "party newspaper Rodong Sinmun, 'Montagsausgabe' (the publication day): fought in Kursk"),
        C("Tausenden", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'Bereits am Samstag', in „“: fought"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "NIS 'von Anfang April': sent in total"),
        C("Etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "sentence-initial, Konjunktiv carried from the NIS sentence: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "'darunter … Tote': the dead among them"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-01..pub",
          "photo caption 'Seoul schätzt' restating the body figure without a date: from the "
          "body's date to publication"),
        C("etwa 3.000", 3000, "approx", "near_front", "ukraine", "sun",
          "General Staff 'am Sonntag', Konjunktiv carried to the next sentence: in combat"),
    ),
)

N06 = Source(
    article_id="n06_wochenende_reportage_sumy_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-08-16"), dated_by="sidecar",
    sidecar=(
        "Sonntagsblatt am Samstag",
        "https://www.sonntagsblatt.example/wochenende/reportage-sumy-nordkorea-1182",
        "Die Nachbarn von drüben",
    ),
    features="long German weekend feature (reportage) in Markdown whose front matter has no "
    "date (sidecar only, Saturday); scene-setting with a Ukrainian platoon leader's memories "
    "(ukraine, undated: `pub`): number words `an die zweihundert` (approx) and `mehr als "
    "sechzig`; HUR 'inzwischen'; NIS 'im Frühjahr' (1 March - 31 May); Shoigu 'Im Juni' "
    "1.000 deminers and 5.000 builders to be sent; the Kursk regional governor 'Anfang "
    "August' „mehr als tausend“ (a Russian state official: russia); NIS 'Ende Juli' 'zur "
    "Ablösung' (replacements: increment) and 'Insgesamt hätten … gedient' ('hieß es'); a dog "
    "called Kim, an interpreter's section (pay of 100 dollars a month, laptops, years of "
    "study), ages, platoon strength `28`/`19`, kilometres, city population, attacks in July, "
    "villages evacuated, reading time in the front matter",
    text="""\
---
title: "Die Nachbarn von drüben"
rubrik: Wochenende
autorin: Katrin Vogelsang
lesezeit: 9
---

# Die Nachbarn von drüben

*Vor einem halben Jahr standen sich an dieser Grenze Ukrainer und Nordkoreaner gegenüber. Jetzt \
räumen Kims Soldaten auf der russischen Seite Minen, und die ukrainischen Kämpfer schauen ihnen \
dabei zu. Ein Besuch im Gebiet Sumy.*

Von Katrin Vogelsang

Der Hund heißt Kim. Oleh, 34 Jahre alt, Zugführer in einer ukrainischen Luftlandebrigade, grinst, \
als er das erzählt, und krault dem struppigen Tier den Kopf. „Wir haben ihn im Januar in einem \
Keller bei Sudscha gefunden“, sagt er. Der Name sei ein Witz, vielleicht ein schlechter. Damals, \
im Winter, hatten er und seine Männer es mit einem Gegner zu tun, den keiner von ihnen kannte: \
junge Soldaten aus Nordkorea, zäh, schlecht ausgerüstet, in Wellen angreifend.

„An einem Morgen im Dezember kamen sie über ein offenes Feld, [[an die zweihundert]] Mann, ohne \
Deckung“, erinnert sich Oleh. Seine Stimme bleibt ruhig. „Nach einer Stunde lagen \
[[mehr als sechzig]] von ihnen im Schnee. Die anderen sind am nächsten Tag wiedergekommen.“ Von \
den 28 Männern seines Zuges sind heute noch 19 im Dienst.

## Die Front ist weitergezogen

Die Stellung liegt in einem Waldstück, keine zehn Kilometer von der Grenze entfernt. Zu hören ist \
Artillerie, manchmal das Surren einer Drohne. Sudscha, die Kleinstadt auf der russischen Seite, \
die die Ukraine im August 2024 eingenommen hatte, ist längst wieder in russischer Hand. Seit dem \
Frühjahr verteidigen Olehs Leute wieder ukrainisches Gebiet.

Wie viele Nordkoreaner im Winter gefallen sind, weiß niemand genau. Der ukrainische \
Militärgeheimdienst HUR geht inzwischen von [[rund 6.000]] Toten und Verwundeten aus. Südkoreas \
Geheimdienst hatte im Frühjahr [[etwa 4.700]] genannt.

## Neue Rolle für Kims Männer

Seit dem Sommer sind die Nordkoreaner zurück, nur in anderer Rolle. Im Juni hatte der Sekretär des \
russischen Sicherheitsrats, Sergej Schoigu, nach einem Besuch in Pjöngjang verkündet, Kim werde \
[[1.000]] Minenräumer und [[5.000]] Militärbauarbeiter in das Gebiet Kursk schicken. Sie sollen \
die Felder räumen, auf denen im Winter gekämpft wurde, und gesprengte Brücken wieder aufbauen. Der \
Gouverneur des Gebiets sprach Anfang August im russischen Fernsehen von „[[mehr als tausend]] \
koreanischen Pionieren“, die in seiner Region bereits arbeiteten.

„Nachts hören wir die Sprengungen“, sagt Oleh. Manchmal sehe man durch die Wärmebildkamera \
Gestalten, die sich langsam über ein Feld bewegen, in langen Reihen. „Sie machen jetzt die \
Drecksarbeit für die Russen. Wie im Winter.“

In Seoul verfolgt man den Wechsel mit Sorge. Der südkoreanische Geheimdienst NIS berichtete Ende \
Juli, Pjöngjang habe zur Ablösung [[rund 2.000]] frische Soldaten nach Russland geschickt. \
Insgesamt hätten damit seit Herbst 2024 [[gut 16.000]] Nordkoreaner in Russland gedient, hieß es. \
Für Kim, so die Lesart in Seoul, ist der Einsatz ein Geschäft: Moskau bezahle mit Devisen, Öl und \
Militärtechnik.

## Der Dolmetscher

In einem Container hinter der Stellung sitzt Andrij, 29, vor zwei Laptops. Er hat vier Jahre in \
Seoul studiert und ist einer von nur einer Handvoll Koreanisch-Dolmetschern in der Brigade. Im \
Winter hörte er den Funkverkehr der Nordkoreaner ab, heute übersetzt er vor allem Videos aus \
abgeschossenen Drohnen. „Die Russen reden mit ihnen über Übersetzungs-Apps“, sagt er. „Oft \
versteht keiner den anderen.“ Gefangene, die er befragt hat, hätten ihm von einem Sold von \
umgerechnet 100 Dollar im Monat erzählt, von dem sie kaum etwas zu sehen bekämen.

## Was bleibt

Die Stadt Sumy, vor dem Krieg eine Universitätsstadt mit rund 260.000 Einwohnern, wird fast \
täglich beschossen. Allein im Juli zählte die Gebietsverwaltung mehr als 1.900 Angriffe mit \
Drohnen, Gleitbomben und Artillerie. Olehs Brigade hat in diesem Sommer geholfen, mehr als 40 \
Dörfer an der Grenze zu räumen.

Den Hund will er behalten, wenn der Krieg vorbei ist. Ob er ihn dann umbenennt? Oleh überlegt. \
„Nein“, sagt er dann. „Er soll mich erinnern.“
""",
    claims=(
        C("an die zweihundert", 200, "approx", "near_front", "ukraine", "pub",
          "Ukrainian platoon leader interviewed for the feature (undated): attacked in December"),
        C("mehr als sechzig", 60, "at_least", "casualties", "ukraine", "pub",
          "same soldier, quote continued: dead in the snow (number word)"),
        C("rund 6.000", 6000, "approx", "casualties", "ukraine", "pub",
          "HUR 'geht inzwischen … aus' (present tense, no date): dead and wounded"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'im Frühjahr' (season window 1 March - 31 May)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni': Kim will send deminers"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military construction workers"),
        C("mehr als tausend", 1000, "at_least", "near_front", "russia", "2025-08-01..2025-08-10",
          "Kursk regional governor (Russian state official) 'Anfang August': working in the "
          "region"),
        C("rund 2.000", 2000, "approx", "in_russia", "south_korea", "2025-07-21..2025-07-31",
          "NIS 'Ende Juli': sent 'zur Ablösung' (replacements = increment)", add=True),
        C("gut 16.000", 16000, "approx", "in_russia", "south_korea", "2025-07-21..2025-07-31",
          "'Insgesamt hätten … gedient, hieß es': the same NIS report, total"),
    ),
)

N07 = Source(
    article_id="n07_nachschub_belgorod_cp1252",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-05-15"), dated_by="sidecar",
    crlf=True,
    sidecar=("Hanse-Tageblatt", "", "Seoul: Nordkorea hat 3.000 weitere Soldaten nach Russland "
             "geschickt"),
    features="straight German news report in windows-1252 with CRLF (sidecar without url); "
    "headline 'Seoul:' with '3.000 weitere' (increment) attributed from the lead; NIS 'am "
    "Mittwoch' with 'zusätzliche' (increment); 'Demnach' carrying two casualty figures; a "
    "lawmaker's Konjunktiv over three sentences ('sagte sie'); General Staff 'am Dienstag' "
    "`mehrere hundert` near Belgorod; HUR 'Ende April' `20.000 bis 30.000 weiteren` with the "
    "claimant after the figure; Russia's ambassador 'am Mittwoch' „Einige tausend“ staying in "
    "Russia; Russian troops `rund 50.000`, a Victory Day parade, shells, 'rund die Hälfte'",
    text="""\
Seoul: Nordkorea hat [[3.000]] weitere Soldaten nach Russland geschickt

Geheimdienst korrigiert Opferzahlen nach oben – Kiew meldet Nordkoreaner an der Grenze zu Belgorod

Von Henrike Stölzel

Seoul/Kiew – Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes im Frühjahr \
erneut Soldaten nach Russland verlegt. Seit März seien [[etwa 3.000]] zusätzliche Kräfte \
eingetroffen, berichtete der Nationale Nachrichtendienst (NIS) am Mittwoch dem \
Geheimdienstausschuss des Parlaments in Seoul. Bei den meisten handle es sich um Artilleristen und \
Drohnenpiloten.

Zugleich korrigierte der Dienst seine Schätzung der Verluste nach oben. Demnach sind seit Beginn \
des Einsatzes im vergangenen Herbst [[mindestens 700]] nordkoreanische Soldaten gefallen und \
[[etwa 4.300]] verwundet worden. Ein Teil der Verwundeten sei inzwischen in die Heimat \
zurückgebracht worden.

Die Abgeordnete Yoon Mi-rae, die an der Sitzung teilgenommen hatte, gab weitere Einzelheiten an \
Journalisten weiter. Pjöngjang habe seine Einheiten nach den schweren Verlusten im Winter neu \
aufgestellt, sagte sie. Die Soldaten würden inzwischen gezielt für den Kampf gegen Drohnen \
ausgebildet, viele von ihnen in Lagern nahe Wladiwostok. Insgesamt seien derzeit [[rund 11.000]] \
Nordkoreaner in Russland stationiert.

Nordkoreaner auch bei Belgorod

Die Ukraine meldete am Dienstag erstmals nordkoreanische Soldaten im russischen Gebiet Belgorod. \
Nach Angaben des Generalstabs in Kiew sind dort [[mehrere hundert]] Nordkoreaner nahe der Grenze \
im Einsatz, vor allem als Artilleriebeobachter. Es könnten bald deutlich mehr werden: Pjöngjang \
bereite die Entsendung von [[20.000 bis 30.000]] weiteren Soldaten vor, hatte der Chef des \
Militärgeheimdienstes HUR, Kyrylo Budanow, bereits Ende April gesagt.

Moskau, das den Einsatz der Nordkoreaner Ende April offiziell bestätigt hatte, wies die Angaben \
über Belgorod zurück. Der russische Botschafter in Pjöngjang sagte am Mittwoch der Agentur Ria \
Nowosti, die koreanischen Soldaten hätten „ihre Aufgabe in Kursk erfüllt“. [[Einige tausend]] von \
ihnen blieben „zur weiteren Ausbildung“ in Russland, andere seien bereits heimgekehrt.

Russland setzt nach ukrainischen Angaben im Gebiet Belgorod rund 50.000 eigene Soldaten ein. Bei \
der Parade zum 80. Jahrestag des Kriegsendes am 9. Mai in Moskau saß auch eine Delegation aus \
Pjöngjang auf der Ehrentribüne. Nordkorea hat Russland nach NIS-Angaben seit 2023 zudem mehr als \
12 Millionen Artilleriegranaten geliefert – rund die Hälfte der Munition, die Russlands Armee in \
dieser Zeit verschossen hat.

(mit Material von Reuters und AFP)
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:' 'weitere', attributed from the lead (NIS, Wednesday; increment)",
          add=True),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch', claimant and date after the figure: 'zusätzliche' arrived "
          "(increment)", add=True),
        C("mindestens 700", 700, "at_least", "casualties", "south_korea", "wed",
          "'Demnach' (the Wednesday report): fallen"),
        C("etwa 4.300", 4300, "approx", "casualties", "south_korea", "wed",
          "same sentence: wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "lawmaker Yoon after the Wednesday session, Konjunktiv over three sentences: "
          "stationed in Russia"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "tue",
          "General Staff, 'am Dienstag' in the sentence before: in combat near the border"),
        C("20.000 bis 30.000", None, "range", "planned", "ukraine", "2025-04-21..2025-04-30",
          "HUR chief Budanov 'Ende April', claimant after the figure: 'weiteren' (increment)",
          add=True),
        C("Einige tausend", None, "vague", "in_russia", "russia", "wed",
          "Russian ambassador in Pyongyang 'am Mittwoch', Konjunktiv: staying in Russia"),
    ),
)

N08 = Source(
    article_id="n08_erklaerstueck_was_bekannt_ist_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-12-05"),
    dated_by="front_matter",
    features="German explainer in Markdown, UTF-8 with BOM, front matter with `date:` and a "
    "title without a figure; prose sections under question headings; NIS 'Mitte Oktober' "
    "(`damals war von … die Rede`) and 'zuletzt am 20. November' (date after the figure); "
    "Pentagon 'Anfang November'; Zelensky 'Mitte November'; HUR undated 'aufstocken … auf "
    "bis zu 50.000' (a new total, not an increment); the outlet's own reckoning 'Nach "
    "Berechnungen dieser Redaktion' `zwischen 10.000 und 12.000` (unattributed, required); a "
    "Ukrainian military spokesman 'am vergangenen Wochenende' „Dutzende“; Pentagon without "
    "a figure; money per soldier, containers, treaty, reading time",
    text="""\
---
title: "Nordkoreas Soldaten in Russland: Was wir wissen – und was nicht"
date: 2024-12-05
rubrik: Hintergrund
autor: Jonas Brettschneider
---

# Was wir über Nordkoreas Soldaten in Russland wissen – und was nicht

*Seit Oktober verlegt Pjöngjang Truppen nach Russland, inzwischen kämpfen sie im Gebiet Kursk. \
Viele Zahlen kursieren, kaum eine lässt sich überprüfen. Ein Überblick.*

## Wie viele Soldaten sind es?

Die meisten Angaben stammen aus Seoul. Südkoreas Geheimdienst NIS hatte Mitte Oktober als Erster \
über eine Entsendung berichtet; damals war von [[1.500]] Angehörigen von Spezialkräften die Rede, \
die per Schiff nach Wladiwostok gebracht worden seien. Inzwischen geht der Dienst von \
[[mehr als 11.000]] Soldaten aus, diese Zahl nannte er zuletzt am 20. November vor Abgeordneten.

Washington kommt auf ähnliche Größenordnungen. Das Pentagon schätzte Anfang November, dass sich \
[[rund 10.000]] Nordkoreaner im Gebiet Kursk befinden, also in unmittelbarer Nähe der Front. Die \
ukrainische Führung nennt höhere Zahlen: Präsident Wolodymyr Selenskyj sprach Mitte November von \
[[11.000]] Soldaten in der Region, und der Militärgeheimdienst HUR hält es für möglich, dass \
Nordkorea sein Kontingent auf [[bis zu 50.000]] Mann aufstockt. Belege dafür legte der Dienst \
nicht vor.

Nach Berechnungen dieser Redaktion, die die Angaben aus Seoul, Washington und Kiew miteinander \
abgleicht, halten sich derzeit [[zwischen 10.000 und 12.000]] nordkoreanische Soldaten in Russland \
auf.

## Wo werden sie eingesetzt?

Nach der Ankunft wurden die Truppen zunächst in Lagern im Fernen Osten ausgebildet, unter anderem \
bei Ussurijsk und Chabarowsk. Ende Oktober begann die Verlegung nach Westen. Seit Mitte November \
beteiligen sich die Nordkoreaner nach übereinstimmenden Angaben aus Seoul, Kiew und Washington an \
Kämpfen. Die Einsätze finden bisher ausschließlich auf russischem Boden statt; in der Ukraine \
selbst wurden noch keine Nordkoreaner gesichtet.

## Gibt es schon Verluste?

Ja, aber die Angaben gehen weit auseinander. Ein ukrainischer Militärsprecher sagte am vergangenen \
Wochenende, bei Gefechten seien „[[Dutzende]]“ Nordkoreaner getötet worden. Das Pentagon \
bestätigte am Montag erste Verluste, nannte aber keine Zahl. Aus Seoul hieß es, einzelne Soldaten \
hätten sich in ihren Quartieren unerlaubt Zugang zum Internet verschafft.

## Was bekommt Pjöngjang dafür?

Vermutlich Geld, Technologie und Kampferfahrung. Schätzungen zufolge zahlt Moskau pro Soldat und \
Monat rund 2.000 Dollar, das meiste davon dürfte beim Regime landen. Nordkorea hat Russland seit \
dem Sommer 2023 außerdem mehr als 20.000 Container mit Munition geliefert. Im Gegenzug soll \
Russland Luftabwehrsysteme und Hilfe beim Satellitenbau bieten.

## Was sagen Moskau und Pjöngjang?

Offiziell wenig. Präsident Wladimir Putin wich Fragen aus und verwies auf den Beistandsvertrag, \
der seit Anfang Dezember in Kraft ist. Nordkoreas Außenministerium erklärte, eine Entsendung wäre \
„im Einklang mit dem Völkerrecht“. Der russische Verteidigungsminister Andrei Beloussow besuchte \
Ende November Pjöngjang; Zahlen zu den Truppen nannte bei dem Besuch keine Seite.

*Lesezeit: 5 Minuten. Alle Hintergründe zum Krieg in der Ukraine finden Sie auf unserer \
Themenseite.*
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-11..2024-10-20",
          "NIS 'Mitte Oktober' ('damals war von … die Rede'): shipped to Vladivostok"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "south_korea", "2024-11-20",
          "NIS, date after the figure ('zuletzt am 20. November')"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "2024-11-01..2024-11-10",
          "Pentagon 'Anfang November': in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-11..2024-11-20",
          "Zelensky 'Mitte November': in the region"),
        C("bis zu 50.000", 50000, "at_most", "planned", "ukraine", "pub",
          "HUR 'hält es für möglich' (no date): contingent raised to a new total (not an "
          "increment)"),
        C("zwischen 10.000 und 12.000", None, "range", "in_russia", "unattributed", "pub",
          "the outlet's own reckoning ('Nach Berechnungen dieser Redaktion')"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "sat..sun",
          "Ukrainian military spokesman 'am vergangenen Wochenende' (30 Nov - 1 Dec): killed"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (wire, UK, US, Asian English-language outlets)
# ---------------------------------------------------------------------------------------------

N09 = Source(
    article_id="n09_wire_losses_top_3000",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-23"), dated_by="sidecar",
    sidecar=(
        "Northstar Wire",
        "https://www.northstar-wire.example/world/europe/north-korean-losses-kursk-zelensky",
        "North Korean losses in Kursk top 3,000, Zelensky says",
    ),
    features="wire story with a year-less dateline 'KYIV/SEOUL, Dec 23 (Northstar Wire) -' "
    "(sidecar date), headline verb 'top 3,000' (at_least, span without the verb); Zelensky "
    "'on Monday' (the publication day) and a quote without a figure; JCS report 'on Monday'; "
    "'Last week, the country's spy agency' (pronoun-like reference to South Korea); an "
    "anonymous U.S. official 'last week' with a quote and a range `roughly 11,000 to 12,000` "
    "carried by 'the official said'; HUR 'on Sunday' `about 200` lost; Kremlin without a "
    "figure; square km and miles, percentage, Russian losses in 24 hours, calibres, credits",
    text="""\
North Korean losses in Kursk top [[3,000]], Zelensky says

By Olena Hrytsenko and Baek Jae-won

KYIV/SEOUL, Dec 23 (Northstar Wire) - [[More than 3,000]] North Korean troops have been killed or \
injured while fighting alongside Russian forces in Kursk, Ukrainian President Volodymyr Zelensky \
said on Monday, citing preliminary figures from his commanders.

"There is a risk of North Korea sending additional soldiers and military equipment to the Russian \
army," Zelensky wrote on social media. He did not say how many more troops Kyiv expected.

South Korea's military gave a lower estimate. The Joint Chiefs of Staff said in a report to \
parliament on Monday that [[about 1,100]] North Korean troops had been killed or wounded, and that \
the North appeared to be preparing to rotate fresh forces into Russia. Last week, the country's \
spy agency told lawmakers that [[at least 100]] North Koreans had died in combat, blaming \
unfamiliar terrain and a lack of training against drones.

A U.S. official, who spoke on condition of anonymity, said last week that North Korean troops had \
suffered "[[several hundred]]" casualties since they entered combat earlier this month. Washington \
estimates that [[roughly 11,000 to 12,000]] North Korean soldiers are in Kursk, the official said.

Ukraine's military intelligence agency said on Sunday that North Korean units had lost \
[[about 200]] men in three days of assaults near the village of Plekhovo, and that Russian \
commanders were using them as infantry to storm Ukrainian trenches.

Kremlin spokesman Dmitry Peskov, asked about Zelensky's figures, told reporters he had "nothing to \
add" to previous statements. Moscow has never confirmed the deployment.

Ukraine launched its cross-border incursion into Kursk in August, at one point holding around \
1,200 square km (460 square miles) of Russian territory. It has since lost more than 40% of that \
area, according to Kyiv's top commander.

Ukraine's General Staff said Russia had lost 1,530 troops killed or wounded in the past 24 hours \
across the front, a figure that could not be independently verified. North Korea has also supplied \
Russia with 170mm self-propelled guns and 240mm multiple rocket launchers, South Korea's military \
said.

(Reporting by Olena Hrytsenko in Kyiv and Baek Jae-won in Seoul; Editing by Tom Hadley)
""",
    claims=(
        C("3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "headline 'top 3,000' (verb = at_least), Zelensky on Monday in the lead"),
        C("More than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'said on Monday' (the publication day): killed or wounded"),
        C("about 1,100", 1100, "approx", "casualties", "south_korea", "mon",
          "JCS report to parliament 'on Monday': killed or wounded"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "lastweek",
          "'Last week, the country's spy agency' (NIS): died"),
        C("several hundred", None, "vague", "casualties", "united_states", "lastweek",
          "anonymous U.S. official 'last week', in quotes: casualties"),
        C("roughly 11,000 to 12,000", None, "range", "near_front", "united_states", "lastweek",
          "'Washington estimates …, the official said' (carried from the same briefing): in "
          "Kursk"),
        C("about 200", 200, "approx", "casualties", "ukraine", "sun",
          "HUR 'said on Sunday': lost in three days of assaults"),
    ),
)

N10 = Source(
    article_id="n10_uk_back_on_front_latin1_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-03-27"),
    dated_by="sidecar",
    sidecar=("The Northern Chronicle",
             "https://www.northern-chronicle.example/world/2025/mar/27/north-korean-troops-back-"
             "on-kursk-front", ""),
    features="UK broadsheet news page in HTML, ISO-8859-1 (typographic quotes, &pound; and "
    "&rsaquo; only as entities), no meta date and an empty sidecar title; `<title>` figure "
    "(optional) repeating the headline '… as Seoul says 3,000 more have arrived' "
    "(increment); standfirst without a figure; JCS 'on Thursday' (the publication day) "
    "`about 3,000` additional, casualties and total carried by 'In a report … It put'; HUR "
    "'believes' (present, no date); UK MoD update 'on Wednesday' (other); a Seoul researcher's "
    "quote over three sentences (other) with 'roughly one in three' (ratio); 'two North "
    "Korean battalions' (units, not a count of men); Russia's claim of Ukrainian losses, "
    "percentage, pounds, age, consent partners, CSS sizes, most-viewed box, company number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="iso-8859-1">
<title>North Korean troops back on Kursk front as Seoul says [[3,000]] more have arrived | World \
news | The Northern Chronicle</title>
<meta property="og:site_name" content="The Northern Chronicle">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" \
href="https://www.northern-chronicle.example/world/2025/mar/27/north-korean-troops-back-on-kursk-f\
ront">
<style>.standfirst{font-size:20px;line-height:26px}.byline{color:#707070}</style>
</head>
<body>
<div id="cmp">Yes, we use cookies. We and our 212 partners store and access information on your \
device for ads and analytics. <a href="/privacy">Manage my cookies</a> <button>Yes, I&rsquo;m \
happy</button></div>
<header><a href="/" class="logo">The Northern Chronicle</a><nav>News | Opinion | Sport | Culture | \
Lifestyle</nav><a href="/support">Support us from &pound;4 a month</a></header>
<article>
<p class="section">World &rsaquo; Ukraine</p>
<h1>North Korean troops back on Kursk front as Seoul says [[3,000]] more have arrived</h1>
<p class="standfirst">Pyongyang&rsquo;s soldiers were pulled out after heavy losses in January but \
are fighting again, according to South Korean and Ukrainian officials</p>
<p class="byline">Julian Ashworth in Seoul and Marta Kovalenko in Kyiv</p>
<p>North Korean soldiers have returned to the frontline in Russia&rsquo;s Kursk region after \
several weeks away, and Pyongyang has sent [[about 3,000]] additional troops to replace those \
killed or wounded over the winter, South Korea&rsquo;s military said on Thursday.</p>
<p>In a report to lawmakers, the joint chiefs of staff in Seoul estimated that [[about 4,700]] \
North Koreans had been killed or wounded since the deployment began in October. It put the total \
number sent so far at [[around 14,000]], and said the reinforcements had arrived in January and \
February.</p>
<p>&ldquo;North Korea appears to be continuing to supply troops and ammunition in exchange for \
Russian technology,&rdquo; the report said.</p>
<p>Ukrainian officials say the North Koreans have been back in action since early March, fighting \
in smaller groups and with better protection against drones than before. Oleksandr Syrskyi, \
Ukraine&rsquo;s commander-in-chief, said on Tuesday that two North Korean battalions had taken \
part in the Russian push on Sudzha this month. The country&rsquo;s military intelligence agency, \
HUR, believes [[some 8,000]] North Koreans are deployed in the region.</p>
<p>Britain&rsquo;s Ministry of Defence said in an intelligence update on Wednesday that the North \
Korean units had &ldquo;adapted quickly&rdquo; and that [[several thousand]] of them were now \
operating alongside Russian airborne troops.</p>
<p>&ldquo;They learned the hard way,&rdquo; said Park Ji-hoon, a researcher at the Institute for \
Peninsula Security in Seoul. &ldquo;In the first two months they lost roughly one in three men. \
The ones who came back in March are better prepared, and there are [[at least 10,000]] of them \
still in Russia.&rdquo;</p>
<p>Moscow has never officially acknowledged the deployment. On Sunday, Russia&rsquo;s defence \
ministry claimed its forces had retaken more than 80% of the territory Ukraine seized last August, \
and said Ukrainian losses in the region exceeded 67,000. Neither claim could be verified.</p>
<p>Britain has committed &pound;3bn a year to Ukraine&rsquo;s defence. Kim Jong Un, 41, has not \
commented publicly on the deployment.</p>
</article>
<aside><h2>Most viewed</h2><ol><li>Spring statement: what it means for your money</li><li>Storm \
warning as 70mph winds forecast for the north-east</li></ol></aside>
<footer>&copy; 2025 Northern Chronicle Media Ltd. Registered in England and Wales No. \
04817220</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "<title> duplicate of the headline (metadata)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "headline 'as Seoul says 3,000 more' (increment), JCS on Thursday in the lead",
          add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'said on Thursday' (the publication day): 'additional' (increment)", add=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "'In a report to lawmakers, the joint chiefs of staff': killed or wounded"),
        C("around 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'It put the total number sent so far at' (new total, not an increment)"),
        C("some 8,000", 8000, "approx", "near_front", "ukraine", "pub",
          "HUR 'believes' (present tense, no date): deployed in the region"),
        C("several thousand", None, "vague", "near_front", "other", "wed",
          "UK Ministry of Defence update 'on Wednesday': operating alongside Russian troops"),
        C("at least 10,000", 10000, "at_least", "in_russia", "other", "pub",
          "Seoul researcher, quote over three sentences ('said', no date): still in Russia"),
    ),
)

N11 = Source(
    article_id="n11_us_8000_reach_kursk_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-10-31"),
    dated_by="front_matter",
    features="US newspaper follow-up in Markdown, front matter with `date:` and a title "
    "without a figure; headline figure attributed from the lead; 'according to … Blinken, "
    "who spoke to reporters Thursday' (the publication day, claimant after the figure); "
    "Austin's total 'up from the 3,000 the Pentagon cited only last week' (two claims in one "
    "sentence: the old figure dated 'last week'); South Korea's defense minister 'at the "
    "same news conference' `as many as 12,000`; HUR 'said Tuesday' `2,600`; Zelensky's "
    "nightly address 'on Wednesday' `up to 5,000` could be in combat (planned); reporter "
    "framing 'The deployment of thousands' (optional); NATO, Putin and North Korea without "
    "figures; US troops in Korea, South Korea's army, age, ordinal, hours",
    text="""\
---
title: "North Korean troops reach Russia's border with Ukraine, U.S. says"
date: 2024-10-31
section: World
byline: Megan Alvarez and Tom Whitfield
---

# [[About 8,000]] North Korean troops have reached Kursk, U.S. says

*Blinken and Austin say the soldiers could join the fight against Ukraine within days; Seoul warns \
the total may keep rising*

WASHINGTON — [[About 8,000]] North Korean troops are now positioned in Kursk, the Russian region \
that borders Ukraine, and Moscow intends to throw them into battle "in the coming days," according \
to Secretary of State Antony Blinken, who spoke to reporters Thursday.

Blinken, speaking alongside Defense Secretary Lloyd Austin and their South Korean counterparts at \
the State Department, said the United States had not yet seen the troops sent into battle. Austin \
said the total North Korean force in Russia had grown to [[roughly 10,000]], up from the [[3,000]] \
the Pentagon cited only last week.

"The moment they cross into Ukraine, they are legitimate targets for the Ukrainians," Austin said. \
He added that Russian instructors were training the North Koreans in artillery, drone operations \
and basic infantry tactics.

South Korea's defense minister, Kim Yong-hyun, told the same news conference that Seoul believed \
Pyongyang could eventually send [[as many as 12,000]] troops. He said the North was probably being \
paid in hard currency and in military technology, possibly including help with its satellite \
program.

In Kyiv, Ukraine's military intelligence agency said Tuesday that the first [[2,600]] North Korean \
soldiers had arrived in the Kursk area by train. President Volodymyr Zelensky warned in his \
nightly video address on Wednesday that [[up to 5,000]] of them could be "in combat within days," \
and urged allies to allow long-range strikes on training camps inside Russia.

The deployment of [[thousands]] of North Korean troops to a European war is without precedent, and \
it has alarmed governments from Tokyo to Berlin. NATO Secretary-General Mark Rutte on Monday \
confirmed that North Korean units had been sent to Kursk, calling it "a significant escalation."

Moscow and Pyongyang have not confirmed the deployment. Russian President Vladimir Putin, asked \
last week about satellite images of North Korean soldiers, said only that what Russia did with a \
treaty partner was "our business." North Korea's deputy foreign minister called any such move "in \
line with international law."

The United States keeps about 28,500 troops in South Korea, whose own army numbers roughly \
500,000. Austin, 71, said Washington would "continue to consult closely" with Seoul. Thursday's \
talks, the sixth of their kind, ran more than two hours.
""",
    claims=(
        C("About 8,000", 8000, "approx", "near_front", "united_states", "thu",
          "headline 'U.S. says', attributed from the lead (Blinken, Thursday)"),
        C("About 8,000", 8000, "approx", "near_front", "united_states", "thu",
          "Blinken, 'who spoke to reporters Thursday' (the publication day): in Kursk"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "thu",
          "Austin at the same event: total force in Russia"),
        C("3,000", 3000, "exact", "in_russia", "united_states", "lastweek",
          "'the 3,000 the Pentagon cited only last week' (the earlier figure, its own date)"),
        C("as many as 12,000", 12000, "at_most", "planned", "south_korea", "thu",
          "South Korea's defense minister 'told the same news conference': could send"),
        C("2,600", 2600, "exact", "near_front", "ukraine", "tue",
          "HUR 'said Tuesday': arrived in the Kursk area"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "wed",
          "Zelensky's nightly address 'on Wednesday': could be in combat within days"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "reporter framing without a source", opt=True),
    ),
)

N12 = Source(
    article_id="n12_korea_daily_returnees_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-25"),
    dated_by="html_meta",
    features="Korean English-language daily in HTML, UTF-8 with BOM: `<meta name=\"date\">` "
    "with +09:00, NewsArticle JSON-LD, cookie bar, 'N. Korea' headline with the source after "
    "a semicolon and its `<title>` duplicate (optional); 'state media said Thursday' and 'the "
    "South's spy agency' in the lead, the NIS briefing dated 'Tuesday' in the body; a "
    "homecoming ceremony whose photos show `several hundred` returnees (the paper's "
    "description of returnees: optional); NIS via 'Rep. Lee' with 'The NIS believes … Lee "
    "said' and a sentence-initial `Roughly 11,000`; the defense minister 'Wednesday' "
    "'thousands more' (increment, span without 'more'); a Russian deputy prime minister "
    "'Monday' `more than 4,000` builders in Kursk (russia); 'the April 25 House of "
    "Culture' (a name), shells, missiles, laborers, registration and phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>N. Korea welcomes back first troops from Russia; NIS puts deaths at [[2,000]] - The Han \
River Herald</title>
<meta name="date" content="2025-09-25T17:40:00+09:00">
<meta name="author" content="Kang Min-ji">
<meta name="keywords" content="North Korea, Russia, NIS, Kursk, troops">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headlin\
e":"N. Korea welcomes back first troops from \
Russia","datePublished":"2025-09-25T17:40:00+09:00","wordCount":560,"articleSection":"North \
Korea"}</script>
</head>
<body>
<div class="cookie-bar">This website uses cookies to improve your experience. By continuing to \
browse, you agree to our use of cookies. <button>Agree</button></div>
<div class="gnb"><a href="/">Home</a> <a href="/national">National</a> <a href="/nk">North \
Korea</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></div>
<div class="article">
<h1>N. Korea welcomes back first troops from Russia; NIS puts deaths at [[2,000]]</h1>
<p class="info">By Kang Min-ji | Published : Sept. 25, 2025 - 17:40 | Updated : Sept. 25, 2025 - \
18:05</p>
<p>North Korea held a ceremony in Pyongyang to welcome home soldiers who fought in Russia, state \
media said Thursday, as the South's spy agency estimated that [[around 2,000]] North Korean troops \
had been killed in the war.</p>
<p>Leader Kim Jong Un embraced returning officers at the event, held Wednesday at the April 25 \
House of Culture, the Korean Central News Agency reported. KCNA did not say how many had come \
back, but photos released by the agency showed [[several hundred]] soldiers in dress uniform lined \
up in front of the hall.</p>
<p>"You have defended the honor of our state with your blood," Kim told the returnees, according \
to KCNA, vowing that the families of the fallen would "never be left alone." He did not give a \
figure for the dead.</p>
<p>The National Intelligence Service put the number of North Korean deaths at [[around 2,000]] in \
a closed-door briefing to the parliamentary intelligence committee Tuesday, according to Rep. Lee \
Sang-woo of the ruling Democratic Party, who spoke to reporters afterward.</p>
<p>The NIS believes the North has dispatched [[some 16,000]] troops to Russia in total, including \
[[about 5,000]] military construction personnel who began arriving in the summer, Lee said. \
[[Roughly 11,000]] of them remain in Russia, most of them in the Kursk region, where they clear \
mines and repair roads and railways.</p>
<p>Defense Minister Choi Jae-won told a parliamentary session Wednesday that the North could send \
"[[thousands]] more" to Russia in the coming months, citing signs of fresh units gathering near \
the northeastern port of Rason.</p>
<p>In Moscow, Deputy Prime Minister Marat Khusnullin said on state television Monday that \
"[[more than 4,000]] Korean military builders" were working in the Kursk region, mostly on bridges \
and power lines. It was the first time a Russian official had given a figure for the construction \
troops.</p>
<p>North Korea has also sent Russia more than 12 million artillery shells and dozens of ballistic \
missiles since 2023, according to the NIS. Some 15,000 North Korean laborers are believed to be \
working in Russia outside the military deployment.</p>
<p class="email">mjkang@hanriverherald.example</p>
</div>
<div class="footer">The Han River Herald | Registration No. Seoul A 00217 | Tel: 02-555-0170 | \
Copyright (c) The Han River Herald. All rights reserved.</div>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "<title> duplicate of the headline (metadata)", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "headline '…; NIS puts deaths at', NIS briefing on Tuesday in the body"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "lead 'the South's spy agency estimated', dated by the body ('Tuesday'): killed"),
        C("several hundred", None, "vague", "in_russia", "unattributed", "pub",
          "the paper's description of returnees in KCNA photos: no status fits troops who "
          "have come home", opt=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "NIS briefing 'Tuesday' via Rep. Lee: deaths"),
        C("some 16,000", 16000, "approx", "in_russia", "south_korea", "tue",
          "'The NIS believes …, Lee said': dispatched in total"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same sentence: military construction personnel arriving since the summer"),
        C("Roughly 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "sentence-initial, carried from the NIS briefing: remain in Russia"),
        C("thousands", None, "vague", "planned", "south_korea", "wed",
          "defense minister 'Wednesday': could send \"thousands more\" (increment, span without "
          "'more')", add=True),
        C("more than 4,000", 4000, "at_least", "near_front", "russia", "mon",
          "Russian deputy prime minister 'Monday': builders working in the Kursk region"),
    ),
)

N13 = Source(
    article_id="n13_asia_analysis_kursk_lessons",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-07-03"),
    dated_by="dateline", crlf=True,
    features="analysis piece from a Singapore English-language paper in windows-1252 with "
    "CRLF, 'Published: 3 July 2025, 6:00 AM SGT' line; Japan's defence minister 'last month' "
    "(other, month window); NIS 'in June' with a total and a casualty figure in one sentence "
    "('of whom'); Budanov 'in late June' `25,000 to 30,000 additional` (increment); Shoigu "
    "'in June' `6,000` engineers and builders; a US intelligence assessment 'published in "
    "March' (month window); a Singapore analyst 'believes' `no fewer than 5,000` (at_least, "
    "other, no date); shells, missiles fired, US dollars, per cent of GDP, labourers, the "
    "Korean War",
    text="""\
ANALYSIS

What Kim Jong Un is getting out of Kursk – and why Asia should pay attention

North Korea's soldiers have gained something no other army in the region has: recent experience of \
high-intensity war. And their numbers in Russia may be about to grow again.

By Lim Shu Fen, Regional Security Correspondent
Published: 3 July 2025, 6:00 AM SGT

SINGAPORE – When Japan's defence minister addressed a security forum in Tokyo last month, he spent \
an unusual share of his speech not on China but on North Korea. Pyongyang, he told an audience of \
diplomats and officers, had sent [[more than 10,000]] troops to Russia and was now “learning \
lessons that no other military in Asia is learning”.

He was not exaggerating. South Korea's National Intelligence Service told lawmakers in June that \
the North had sent [[some 15,000]] soldiers since October, of whom [[about 5,000]] had been killed \
or wounded. Ukraine's military intelligence chief, Kyrylo Budanov, went further in late June, \
saying North Korea was preparing [[25,000 to 30,000]] additional troops for deployment, possibly \
before the autumn.

Moscow, for its part, has stopped pretending. Sergei Shoigu, the secretary of Russia's Security \
Council, announced in June that North Korea would send [[6,000]] military engineers and builders \
to the Kursk region, and Russian officials now speak openly of their “Korean comrades”.

A US intelligence assessment published in March had put North Korean casualties at \
[[roughly 4,000]] at that point, which suggests that the fighting went on at a high rate through \
the spring.

Dr Arjun Menon, a senior fellow at the Straits Institute of Strategic Studies, believes \
[[no fewer than 5,000]] North Koreans have now seen front-line combat. “That is a larger pool of \
combat-tested infantry than Japan, South Korea and Taiwan have combined,” he said. “And every one \
of them is going home with lessons about drones.”

What does Pyongyang get in return? Estimates vary. Seoul believes Moscow has paid in cash, oil and \
technology; one South Korean think tank put the value of North Korea's arms and troop exports to \
Russia at about US$20 billion since 2023. North Korea has shipped more than 12 million artillery \
shells, according to the NIS, and its missiles have been fired at Ukrainian cities.

For Asia, the worry is what comes next. North Korea launched 14 ballistic missiles in the first \
half of this year, according to Japan's defence ministry, and has tested new attack drones \
modelled on Russian designs. Singapore, which spends about 3 per cent of GDP on defence, has said \
little in public about the deployment, but officials privately call it “the most important \
military development in the region since the Korean War”.

Around 10,000 North Korean labourers are also believed to be working in Russia, many of them on \
building sites, in breach of UN sanctions.
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "2025-06-01..2025-06-30",
          "Japan's defence minister (third government) 'last month': sent"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-30",
          "NIS to lawmakers 'in June': sent since October"),
        C("about 5,000", 5000, "approx", "casualties", "south_korea", "2025-06-01..2025-06-30",
          "same sentence 'of whom': killed or wounded"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-06-21..2025-06-30",
          "Budanov 'in late June': 'additional troops' prepared (increment)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'announced in June': would send engineers and builders"),
        C("roughly 4,000", 4000, "approx", "casualties", "united_states",
          "2025-03-01..2025-03-31", "US intelligence assessment 'published in March'"),
        C("no fewer than 5,000", 5000, "at_least", "near_front", "other", "pub",
          "Singapore think-tank fellow 'believes' (no date): have seen front-line combat"),
    ),
)

N14 = Source(
    article_id="n14_world_in_brief_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-12-18"), dated_by="sidecar",
    sidecar=("The Prairie Courier", "", "World in brief"),
    features="US news-in-brief column ('WORLD IN BRIEF', 'Compiled from wire reports') in "
    "UTF-16 LE with BOM, sidecar without url; items with a country label and a one-line "
    "heading; an item heading `Seoul: at least 100 North Koreans killed` (takes its item's "
    "claimant and date); HUR 'said Tuesday' with 'weekend assaults' as the event; NIS "
    "'Monday' killed and wounded; Pentagon 'Monday' „hundreds“; Rutte 'Wednesday' (the "
    "publication day); a Japanese newspaper 'Tuesday' `several thousand more` (other, "
    "increment); items on other topics full of figures (a confidence vote `394`/`207`, a "
    "cyclone's dead and injured, 'hundreds may have died'), Russian losses a day, dollars, "
    "ordinal",
    text="""\
WORLD IN BRIEF

Compiled from wire reports | Wednesday, Dec. 18, 2024

UKRAINE
North Koreans in first heavy fighting
Ukraine's military intelligence agency said Tuesday that North Korean units lost [[at least 30]] \
men, dead and wounded, in weekend assaults on Ukrainian positions in Russia's Kursk region. The \
agency said Russian commanders were sending the North Koreans forward on foot across open ground. \
Russia's defense ministry did not comment. Kyiv says Russia loses about 1,500 soldiers a day along \
the whole front.

SOUTH KOREA
Seoul: [[at least 100]] North Koreans killed
South Korea's spy agency told lawmakers Monday that [[at least 100]] North Korean soldiers had \
been killed in combat in Kursk and [[about 1,000]] wounded. A lawmaker who attended the \
closed-door briefing said the troops' unfamiliarity with the terrain and with drones had \
contributed to the losses. Separately, prosecutors questioned a former defense minister for a \
third time over the Dec. 3 martial law decree.

UNITED STATES
Pentagon confirms casualties
The Pentagon said Monday that North Korean troops had suffered "[[hundreds]]" of casualties, both \
killed and wounded, in their first weeks of combat. "They are being thrown into the fight in ways \
that are not particularly smart," a spokesman told reporters. The Biden administration has until \
Jan. 20 to spend about $5.6 billion left in Ukraine aid authority.

BELGIUM
NATO chief presses allies on Ukraine
NATO Secretary General Mark Rutte said Wednesday that Pyongyang had sent "[[more than 10,000]]" \
soldiers to Russia and that Moscow was paying with technology that threatened security in Asia. He \
spoke before a dinner in Brussels with President Volodymyr Zelensky and several European leaders.

JAPAN
Report: Pyongyang readies reinforcements
A Japanese newspaper, citing government sources, reported Tuesday that North Korea was preparing \
to send [[several thousand]] more troops to Russia early next year, possibly including artillery \
units. Tokyo declined to comment.

GERMANY
Scholz loses confidence vote
Chancellor Olaf Scholz lost a confidence vote in parliament on Monday, with 394 lawmakers voting \
against him and 207 in favor, clearing the way for an early election on Feb. 23.

FRANCE
Death toll rises in Mayotte
The death toll from Cyclone Chido on the French island of Mayotte rose to 22, officials said \
Tuesday, with more than 1,400 people injured. Officials fear hundreds may have died.
""",
    claims=(
        C("at least 30", 30, "at_least", "casualties", "ukraine", "tue",
          "HUR 'said Tuesday' ('weekend assaults' is the event): dead and wounded"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "mon..pub",
          "item heading 'Seoul:', the NIS briefing on Monday in its item"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "mon",
          "NIS to lawmakers 'Monday': killed"),
        C("about 1,000", 1000, "approx", "casualties", "south_korea", "mon",
          "same sentence: wounded"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "Pentagon 'said Monday', in quotes: casualties"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'said Wednesday' (the publication day): sent"),
        C("several thousand", None, "vague", "planned", "other", "tue",
          "Japanese newspaper 'reported Tuesday': 'more troops' to be sent (increment, span "
          "without 'more')", add=True),
    ),
)

N15 = Source(
    article_id="n15_editorial_parade_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-11"), dated_by="sidecar",
    sidecar=(
        "The Lakeshore Ledger",
        "https://www.lakeshore-ledger.example/opinion/2025/10/11/editorial-kim-parade-kursk/",
        "Opinion | Kim's parade can't hide what Kursk cost North Korea",
    ),
    features="US editorial ('The Editorial Board') in HTML without a meta date (sidecar, "
    "Saturday): the board's own framing 'Kim has sent thousands' (optional); North Korea's "
    "names 'In August' `more than 100` „heroes“; NIS 'last month'; 'By Seoul's count' "
    "without a date; Rutte 'earlier this month'; HUR 'warns' `as many as 30,000 more` "
    "(increment, no date); the Pentagon 'in the spring' (season window); a parade on "
    "'Friday', a population of 26 million, army size, missiles, US troops in Korea, "
    "consent vendors, page-data script, subscription price",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Opinion | Kim's parade can't hide what Kursk cost North Korea - The Lakeshore Ledger</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Kim's parade can't hide what Kursk cost North Korea">
<meta name="parsely-section" content="Opinion">
<script>window.__PAGE__={"id":"ed-20251011","paywall":true,"words":640,"authors":["Editorial \
Board"]};</script>
</head>
<body>
<div id="sp_message">We value your privacy. We and our 87 vendors use cookies to personalize \
content and ads. <button>I accept</button> <button>Manage choices</button></div>
<header><nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/opinion">Opinion</a> · <a \
href="/subscribe">Subscribe for $1 a week</a></nav></header>
<article>
<p class="label">The Editorial Board</p>
<h1>Kim&rsquo;s parade can&rsquo;t hide what Kursk cost North Korea</h1>
<p class="dek">Pyongyang is celebrating a war it still won&rsquo;t fully account for. Its \
neighbors should not look away.</p>
<p>North Korea put on its biggest show in years on Friday, marching tanks, missiles and rows of \
goose-stepping infantry past Kim Jong Un to mark the 80th anniversary of the ruling Workers&rsquo; \
Party. Near the front of the column, as state television made sure viewers noticed, marched \
veterans of the fighting in Russia&rsquo;s Kursk region, medals on their chests.</p>
<p>What the cameras did not show were the ones who did not come back. Kim has sent [[thousands]] \
of young men to fight for Vladimir Putin, and his regime has been sparing with the truth about \
what happened to them. In August it published the names and portraits of [[more than 100]] \
&ldquo;heroes&rdquo; who fell in Russia. South Korea&rsquo;s intelligence service estimated last \
month that [[about 2,000]] had died. By Seoul&rsquo;s count, Pyongyang has sent \
[[at least 15,000]] soldiers in all.</p>
<p>Those are not small numbers for a country of 26 million. Nor is the war over for North Korea. \
NATO Secretary General Mark Rutte said earlier this month that [[more than 11,000]] North Korean \
troops remain in Russia, many of them clearing mines and rebuilding roads in Kursk. \
Ukraine&rsquo;s military intelligence warns that [[as many as 30,000]] more could follow by next \
year.</p>
<p>Washington has had strikingly little to say. The Pentagon&rsquo;s last public estimate, offered \
in the spring, was that [[several thousand]] North Koreans had been killed or wounded. Since then \
the administration has treated the deployment mostly as a curiosity, even as Mr. Kim collects what \
he wants from Moscow: cash, oil, air-defense systems and, most valuable of all, an army that has \
learned to fight with drones.</p>
<p>The lesson for Seoul and Tokyo is uncomfortable. North Korea&rsquo;s 1.2 million-strong \
military now includes a cadre of officers with more recent combat experience than anyone in the \
South Korean or Japanese forces. The missiles on display Friday, including what state media called \
the new Hwasong-20, are a reminder of what that army is for.</p>
<p>The United States should press Moscow publicly on the deployment, insist that any cease-fire in \
Ukraine include the withdrawal of foreign troops, and make clear that the American forces \
stationed in South Korea are not a bargaining chip in any deal between Washington and Moscow. \
Pretending Kursk was someone else&rsquo;s war will not make Mr. Kim&rsquo;s army any less \
experienced.</p>
</article>
<footer><p>The Lakeshore Ledger Editorial Board · Letters: letters@lakeshore-ledger.example · \
&copy; 2025 Lakeshore Ledger Media LLC</p></footer>
</body>
</html>
""",
    claims=(
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the editorial board's own framing without a source", opt=True),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korea ('it', the regime) 'In August': published names of fallen 'heroes'"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'estimated last month' (September): died"),
        C("at least 15,000", 15000, "at_least", "in_russia", "south_korea", "pub",
          "'By Seoul's count', no date: sent in all"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-10-01..pub",
          "Rutte 'earlier this month': remain in Russia"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "pub",
          "HUR 'warns' (present tense, no date): '30,000 more could follow' (increment)",
          add=True),
        C("several thousand", None, "vague", "casualties", "united_states",
          "2025-03-01..2025-05-31", "Pentagon estimate 'offered in the spring' (1 March - 31 May)"),
    ),
)

N16 = Source(
    article_id="n16_us_analysis_builders_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-21"), dated_by="sidecar",
    crlf=True,
    sidecar=(
        "The Capital Dispatch",
        "https://www.capital-dispatch.example/world/2025/11/21/north-korea-troops-russia-analysis",
        "",
    ),
    features="US news analysis in Markdown with CRLF, front matter without a date (sidecar "
    "only, Friday); NIS 'Earlier this month' with a new total ('bringing the number … to "
    "about 10,000': not an increment); Russia's defense ministry 'said Monday' `1,500 more` "
    "(increment); an anonymous senior defense official 'this week' \"in the ballpark of "
    "11,000\" (approx, hedge inside the quote); HUR 'says' (no date) `more than 20,000` "
    "cycled through; KCNA 'on Nov. 12' `more than 1,000` 'construction warriors' "
    "(north_korea); the paper's own tally `between 17,000 and 21,000` (unattributed, "
    "required); CSIS 'in October' sappers; hectares, Russian losses, dollars, 'one in "
    "seven', civilian workers",
    text="""\
---
title: "Analysis: A year on, North Korea's soldiers in Russia trade rifles for shovels"
author: Daniel Okafor
section: World / Analysis
---

# A year on, North Korea's soldiers in Russia trade rifles for shovels

*The fighting in Kursk is over, but Pyongyang's troops are not going home. What the numbers say \
about the next phase.*

By Daniel Okafor

WASHINGTON — A little more than a year after North Korean infantry first went into battle in \
Russia's Kursk region, the nature of their mission has changed. The assaults across snowy fields \
are over. What remains is a large, quieter presence: sappers clearing mines, engineers rebuilding \
bridges, and a steady stream of new arrivals.

Earlier this month, South Korea's National Intelligence Service said Pyongyang had sent \
[[roughly 5,000]] military construction troops to Russia since late October, bringing the number \
of North Korean military personnel in the country to [[about 10,000]]. Moscow has been unusually \
open about what it wants from them. Russia's defense ministry said Monday that North Korean \
engineers had cleared more than 3,000 hectares of farmland in Kursk and that [[1,500]] more would \
arrive before the end of the year.

U.S. officials have said less. A senior defense official, who spoke on the condition of anonymity \
to discuss intelligence assessments, said this week that the Pentagon's estimate was \
"[[in the ballpark of 11,000]]" troops in Russia. Ukraine's military intelligence agency, which \
tracks rotations closely, says North Korea has cycled [[more than 20,000]] soldiers through Russia \
since October 2024.

Pyongyang itself rarely offers figures. But on Nov. 12, KCNA reported that [[more than 1,000]] \
"construction warriors" had left for "the fraternal country" after a send-off in Chongjin attended \
by Kim Jong Un's sister, Kim Yo Jong.

## Counting the cost

Our own tally of official South Korean, Ukrainian and Russian statements suggests that \
[[between 17,000 and 21,000]] North Korean military personnel have served in Russia at some point, \
the wounded and the dead included. If Seoul's latest casualty figures are right, roughly one in \
seven of those who fought in the winter did not survive it.

Analysts at the Center for Strategic and International Studies estimated in October that \
[[about 3,000]] of the North Koreans now in Russia are sappers, many of them working in minefields \
laid by both sides during the Ukrainian incursion.

"Kim has found a way to keep the money flowing without the body bags," said Rachel Min, a former \
State Department official who now advises companies on Korea. "Construction troops don't die at \
the same rate, and Moscow still pays."

The arrangement suits both sides. Russia, which has lost an estimated 1 million soldiers killed or \
wounded since February 2022, is short of labor everywhere. North Korea gets hard currency, by one \
estimate more than $500 million a year from the deployment alone, and a chance to keep testing its \
army.

There are also some 15,000 North Korean civilian workers in Russia, according to Seoul, though \
they are not counted in any of the military figures above.
""",
    claims=(
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "NIS 'Earlier this month': construction troops sent"),
        C("about 10,000", 10000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "same statement: 'bringing the number … to' (a new total, not an increment)"),
        C("1,500", 1500, "exact", "planned", "russia", "mon",
          "Russian defense ministry 'said Monday': '1,500 more would arrive' (increment)",
          add=True),
        C("in the ballpark of 11,000", 11000, "approx", "in_russia", "united_states", "mon..pub",
          "anonymous senior defense official 'this week' (Monday to publication): 'in the "
          "ballpark of' = approx"),
        C("more than 20,000", 20000, "at_least", "in_russia", "ukraine", "pub",
          "HUR 'says' (present tense, no date): cycled through Russia"),
        C("more than 1,000", 1000, "at_least", "in_russia", "north_korea", "2025-11-12",
          "KCNA 'on Nov. 12': 'construction warriors' left for Russia"),
        C("between 17,000 and 21,000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own tally ('Our own tally of official … statements')"),
        C("about 3,000", 3000, "approx", "in_russia", "other", "2025-10-01..2025-10-31",
          "CSIS 'estimated in October': sappers among those in Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    N01, N02, N03, N04, N05, N06, N07, N08,
    N09, N10, N11, N12, N13, N14, N15, N16,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
