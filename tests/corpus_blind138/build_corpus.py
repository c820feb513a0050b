"""Build the HUNDRED-AND-THIRTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fortieth corpus, for an honest measurement on articles the extractor has never
met, written in session 15 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an eel
smokery's customer letter from Bad Zwischenahn in the Ammerland with a smoker from Vylkove in the
Danube delta, a traditional sailing boat (Zeesenboot) owners' newsletter from Born am Darß with a
boatbuilding student from Tongyeong, an asparagus farm's page from Eppingen in the Kraichgau on
Midsummer Day with a harvest worker from Cherkasy, the emigrant-boat skippers' ferry letter from
Steinhude with a retired Bundeswehr lieutenant colonel, a loden fulling mill's customer letter
from Ramsau am Dachstein (Austrian conventions) with the Korean ski team's wax technician, and a
crystal hunters' guild bulletin from Binn in the Binntal (Swiss conventions) with a geologist
from Khoroshiv; an agency-style wire report from George Town (Penang) on ship-watchers who follow
Russian landing ships, a readers' letters page from a Kaikōura weekly with letters quoting a
brother in Sumy and a cousin near Yeoncheon, a dulse harvesters' co-op newsletter from Grand
Manan with a seaweed ecologist from Jeju, a tea estate's staff bulletin from Nuwara Eliya with a
factory officer's son who works in Gimhae, a stone house trust's page from Sabtang in Batanes with
a seaman home from a Korean car carrier, and an aurora lodge's guest letter from Yellowknife with a
Korean tour leader. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind138_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Lower Saxony, Mecklenburg-Vorpommern, Baden-Württemberg, Styria, Valais)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s138_01_raeucherbrief_zwischenahn",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-11-08"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Aalräucherei Meinardus – Räucherbrief",
        "https://www.aalraeucherei-meinardus.example/raeucherbrief/november-2024",
        "Räucherbrief November 2024: Der letzte Aal des Jahres und ein Gruß aus Wilkowe",
    ),
    features="an eel smokery's customer letter from Bad Zwischenahn (Ammerland, Lower Saxony) as "
        "plain text, windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Friday); "
        "the smoking season and a Smoortaal supper first; a smoker from Vylkove in the Danube "
        "delta whose brother, a gunner near Sumy, sent a message 'Am Sonntag' (Konjunktiv) "
        "`Tausende` across the border in Kursk (other, the Sunday); the smoker 'glaubt' `Dutzende` "
        "fallen (other, `pub`); the Pentagon 'am Montag' `etwa 10.000` in Kursk; Zelensky 'am "
        "Dienstagabend' `11.000` there; 'Nach Angaben des … Geheimdienstes, der gestern … "
        "unterrichtete' `knapp 11.000` in Russia ('knapp' as approx, `yday`) and, by Konjunktiv, "
        "'weiteren' `2.000` being prepared (increment before the figure, planned); HUR 'geht "
        "davon aus' `bis zu 15.000` by the end of the year (planned, `pub`); Russian losses a "
        "day, kilos of eel and trout, seats, euros, ages, years, tins, a postcode, a phone number",
    text="""\
Aalräucherei Meinardus am Zwischenahner Meer – Räucherbrief November 2024

Der letzte Aal des Jahres und ein Gruß aus Wilkowe

Moin,

die Saison auf dem Meer ist vorbei, die Reusen liegen an Land, und im Räucherhaus riecht es nur \
noch an zwei Tagen in der Woche nach Buchenholz. Gut 4.600 Kilo Aal sind in diesem Jahr durch \
unsere drei Öfen gegangen, dazu knapp 900 Kilo Forelle aus Teichen im Ammerland. Für das \
Smoortaal-Essen am 23. November sind noch 18 Plätze frei; der Abend mit Aal, Schwarzbrot und \
Löffeltrunk kostet 39 Euro.

Am Ofen steht seit 2016 Taras Hnatjuk, 47, aus Wilkowe im Donaudelta, wo die Leute mit dem Boot \
statt mit dem Fahrrad zur Arbeit fahren. Dort hat er Karpfen und Hering geräuchert, bevor er zu \
uns kam. Das Ammerland, sagt er, sei „wie das Delta, nur mit weniger Mücken“.

Sein jüngerer Bruder Mykola dient als Artillerist an der Grenze im Gebiet Sumy. Am Sonntag kam \
eine Nachricht von ihm, die Taras uns in der Pause vorgelesen hat. Auf der russischen Seite, im \
Gebiet Kursk, stünden inzwischen [[Tausende]] Nordkoreaner; man höre sie nachts im Funk, \
verstehen könne sie keiner. Taras glaubt, dass dort schon [[Dutzende]] von ihnen gefallen sind, \
auch wenn Moskau dazu schweigt.

Was die Regierungen sagen, haben wir für Sie zusammengetragen. Das Pentagon bezifferte die Zahl \
der Nordkoreaner im Gebiet Kursk am Montag auf [[etwa 10.000]]. Präsident Selenskyj erklärte am \
Dienstagabend, [[11.000]] nordkoreanische Soldaten stünden bereits dort, und die ersten Gefechte \
habe es schon gegeben. Nach Angaben des südkoreanischen Geheimdienstes, der gestern die \
Abgeordneten in Seoul unterrichtete, halten sich [[knapp 11.000]] Nordkoreaner in Russland auf; \
Pjöngjang bereite außerdem die Entsendung von weiteren [[2.000]] vor. Der ukrainische \
Militärgeheimdienst geht davon aus, dass bis zum Jahresende [[bis zu 15.000]] Mann in Russland \
sein könnten.

Die Ukraine meldet unterdessen jeden Tag mehr als 1.000 getötete oder verwundete russische Soldaten.

Taras fährt über Weihnachten für zwei Wochen nach Odessa. Im Gepäck: 40 Dosen Räucheraal aus Bad \
Zwischenahn, für die Familie und für Mykolas Batterie.

Winterzeiten: Freitag und Samstag 9 bis 13 Uhr
Aalräucherei Meinardus, Am Hafen 7, 26160 Bad Zwischenahn, Telefon 04403 81 26 44
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "sun",
          "a smoker relaying his brother, a gunner near Sumy, in a message that 'kam am "
          "Sonntag' (3 November; the speaker quoted: other), Konjunktiv: across the border in "
          "the Kursk region"),
        C("Dutzende", None, "vague", "casualties", "other", "pub",
          "the smoker 'glaubt' (undated): already fallen"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'bezifferte … am Montag' (4 November, Friday letter): in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'erklärte am Dienstagabend' (5 November), Konjunktiv: already there (Kursk)"),
        C("knapp 11.000", 11000, "approx", "in_russia", "south_korea", "yday",
          "'Nach Angaben des südkoreanischen Geheimdienstes, der gestern die Abgeordneten … "
          "unterrichtete' (Thursday): in Russia ('knapp' as approx)"),
        C("2.000", 2000, "exact", "planned", "south_korea", "yday",
          "same briefing, Konjunktiv: 'die Entsendung von weiteren 2.000' being prepared "
          "(increment before the figure, span without the word; planned)", add=True),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): in Russia by the end of the year (a forecast)"),
    ),
)

S02 = Source(
    article_id="s138_02_zeesenboot_born_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-08-19"),
    dated_by="front_matter",
    features="a traditional sailing boat (Zeesenboot) owners' association newsletter from Born am "
        "Darß (Fischland-Darß, Mecklenburg-Vorpommern) in Markdown, UTF-8, front matter with "
        "`date:` (Tuesday) and a title without a claim figure; the regatta first (`Zwölf` boats, "
        "spectators, seconds, square metres); a boatbuilding student from Tongyeong relaying her "
        "father, a retired marine colonel, 'Er rechne damit' `zehntausend` 'noch einmal' by "
        "winter (number word, increment, planned, other, `pub`) and her own 'glaubt' `mehr als "
        "dreitausend` dead (number word, at_least, other); the NIS 'vergangene Woche' `etwa "
        "2.000` killed and, by Konjunktiv, `rund 13.000` gone to Russia in all; KCNA 'am "
        "Freitag' `101` fallen made heroes (north_korea, exact); the Kursk governor 'am "
        "Sonnabend' (the northern word for Saturday) `mehrere hundert` deminers (russia, near "
        "the front); HUR 'Anfang August' `bis zu 25.000` 'zusätzliche' (increment, planned, "
        "days 1-10); boats, spectators, a boat's year, members, euros, dates, a phone number",
    text="""\
---
title: "Rundbrief August 2025: Braune Segel vor Wustrow"
date: 2025-08-19
verein: Zeesenboot-Eigner Fischland-Darß e. V.
---

# Braune Segel vor Wustrow

Zwölf Boote am Start, ein kräftiger Südwest und am Ufer gut 3.000 Zuschauer: Die Regatta auf dem \
Bodden am Sonnabend war die schönste seit Jahren. Gewonnen hat die „Anna Marie“ von 1908 mit 38 \
Sekunden Vorsprung. Ihr Großsegel misst 42 Quadratmeter und ist im Winter in Born neu genäht \
worden.

## Zu Gast: eine Bootsbauerin aus Tongyeong

In der Werft am Borner Hafen hat diesen Sommer Han Seo-yeon mitgearbeitet. Die 27-Jährige \
studiert in Tongyeong an der Südküste Koreas traditionellen Holzbootsbau. Dort baut man mit \
Kiefer, bei uns mit Eiche, und welches Holz das bessere ist, wurde an der Hobelbank wochenlang \
verhandelt.

Ihr Vater war Oberst bei der südkoreanischen Marineinfanterie und ist inzwischen pensioniert. Er \
rechne damit, erzählt Seo-yeon, dass Pjöngjang bis zum Winter noch einmal [[zehntausend]] \
Soldaten nach Russland schickt. Sie selbst glaubt, dass dort schon [[mehr als dreitausend]] \
junge Nordkoreaner gestorben sind. „Man darf das nicht vergessen, nur weil es weit weg ist“, \
sagt sie.

Die Zahlen aus den Hauptstädten liegen auseinander. Der Geheimdienst in Seoul teilte vergangene \
Woche mit, [[etwa 2.000]] nordkoreanische Soldaten seien bei den Kämpfen getötet worden; \
insgesamt seien seit dem vergangenen Herbst [[rund 13.000]] nach Russland gegangen. Die \
Staatsagentur KCNA meldete am Freitag, Kim Jong Un habe [[101]] Gefallene posthum zu „Helden der \
Republik“ ernannt. Der Gouverneur des Gebiets Kursk, Alexander Chinschtein, sagte am Sonnabend \
im russischen Fernsehen, [[mehrere hundert]] nordkoreanische Pioniere räumten in seinem Gebiet \
weiter Minen. Und der ukrainische Militärgeheimdienst hatte Anfang August gewarnt, Pjöngjang \
könne [[bis zu 25.000]] zusätzliche Soldaten bereitstellen.

## Aus dem Verein

- Winterlager: Die Boote kommen ab dem 4. Oktober aus dem Wasser, der Kran kostet 120 Euro je Boot.
- Der Verein zählt jetzt 64 Mitglieder und 23 Boote im Register.
- Seo-yeon fliegt am 30. August zurück und hat uns das Modell eines koreanischen Fischerboots \
versprochen.
- Hafenmeisterei Born: 038234 55 71 08
""",
    claims=(
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a student relaying her father, a retired marine colonel ('Er rechne damit, erzählt "
          "Seo-yeon', the speaker quoted: other, undated): 'noch einmal' by winter (number word, "
          "increment, planned)", add=True),
        C("mehr als dreitausend", 3000, "at_least", "casualties", "other", "pub",
          "the student 'glaubt' (undated): already dead (number word)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS ('Der Geheimdienst in Seoul teilte vergangene Woche mit'), Konjunktiv: killed"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "lastweek",
          "same statement, Konjunktiv, 'insgesamt': gone to Russia since last autumn (a total, "
          "not an increment)"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "KCNA 'meldete am Freitag' (15 August, Tuesday newsletter): fallen made heroes"),
        C("mehrere hundert", None, "vague", "near_front", "russia", "sat",
          "the Kursk governor 'sagte am Sonnabend im russischen Fernsehen' (16 August), "
          "Konjunktiv: deminers still clearing his region"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "2025-08-01..2025-08-10",
          "HUR 'hatte Anfang August gewarnt' (days 1-10): 'zusätzliche' could be provided "
          "(increment, span without the word, planned)", add=True),
    ),
)

S03 = Source(
    article_id="s138_03_spargelhof_eppingen_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-06-24"),
    dated_by="html_meta",
    features="an asparagus farm's news page from Eppingen (Kraichgau, Baden-Württemberg) in HTML, "
        "UTF-16 LE with BOM, `article:published_time` +02:00 (Tuesday, Midsummer Day: the end of "
        "the asparagus season), a cookie note about the shop basket, a script, navigation, "
        "entities, a footer with a phone number; `<title>` and headline without a figure; a "
        "harvest worker from Cherkasy whose son flies drones at the border, relayed in "
        "Konjunktiv ('schreibt er ihr', undated) `Hunderte` in the woods across the border "
        "(other, `pub`); Shoigu 'am Dienstag vergangener Woche in Pjöngjang' `6.000` sappers and "
        "builders (planned, russia, an ISO date); the NIS 'am Freitag' `etwa 15.000` sent and, "
        "'Unter den … gebe es', `rund 4.700` dead and wounded (a breakdown); Zelensky 'am Sonntag' "
        "`10.000 bis 12.000` still in Kursk (range); 'Nach Einschätzung des … "
        "Militärgeheimdienstes' `einige tausend` 'weitere' (increment, planned, `pub`); Rutte "
        "'heute' at the summit in The Hague, named after the figure, `Tausende` in Russia (nato, "
        "the publication day); Russia's losses 'in die Hunderttausende' (not a claim); hectares, "
        "tonnes, workers, euros per kilo, guests, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Hofnachrichten &ndash; Spargelhof Lindenmann, Eppingen</title>
<meta property="article:published_time" content="2025-06-24T07:30:00+02:00">
<script>window.hofladen={offen:true,saison:"spargel-2025"};</script>
</head>
<body>
<div class="cookie-leiste">Wir speichern ein Cookie, damit Ihr Warenkorb für die Abholung im \
Hofladen erhalten bleibt. <button>Verstanden</button></div>
<nav><a href="/">Start</a> | <a href="/hofladen">Hofladen</a> | <a \
href="/nachrichten">Hofnachrichten</a> | <a href="/erdbeeren">Erdbeeren selbst pflücken</a> | <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Johanni: Der letzte Spargel ist gestochen</h1>
<p>Heute ist Johanni, und wie es im Kraichgau Brauch ist, endet damit die Spargelzeit. Auf \
unseren 14 Hektar haben 32 Erntehelferinnen und Erntehelfer seit Anfang April gut 61 Tonnen \
gestochen, etwas weniger als im Vorjahr, weil der Mai zu trocken war. Ab morgen dürfen die \
Pflanzen wieder wachsen und Kraft für 2026 sammeln.</p>
<p>Zum ersten Mal war Nadija Kowal aus Tscherkassy die ganze Saison dabei. Die 52-Jährige hat \
früher in einer Zuckerfabrik gearbeitet und lebt seit 2023 in Eppingen. Ihr Sohn Andrij steuert \
Drohnen in einer Einheit an der Grenze zum russischen Gebiet Kursk. Drüben, schreibt er ihr, \
lägen [[Hunderte]] Nordkoreaner in den Wäldern, gut getarnt und kaum zu sehen. Nadija liest uns \
seine Nachrichten nicht vor. Sie sagt nur: &bdquo;Er lebt, das reicht.&ldquo;</p>
<h2>Die Lage an der Grenze</h2>
<p>Russlands Sicherheitsratschef Sergei Schoigu hatte am Dienstag vergangener Woche in Pjöngjang \
verkündet, Nordkorea stelle für den Wiederaufbau im Gebiet Kursk [[6.000]] Mann bereit, \
Minenräumer und Bautrupps. Der südkoreanische Geheimdienst NIS unterrichtete am Freitag die \
Abgeordneten in Seoul: Unter den [[etwa 15.000]] Soldaten, die der Norden bisher geschickt habe, \
gebe es [[rund 4.700]] Tote und Verwundete. Präsident Selenskyj sprach am Sonntag von [[10.000 \
bis 12.000]] Nordkoreanern, die weiterhin im Gebiet Kursk stünden. Nach Einschätzung des \
ukrainischen Militärgeheimdienstes könnten im Sommer [[einige tausend]] weitere hinzukommen.</p>
<p>In Russland stünden [[Tausende]] nordkoreanische Soldaten, sagte Nato-Generalsekretär Mark \
Rutte heute zum Auftakt des Gipfels in Den Haag. Die russischen Verluste, die er ebenfalls \
ansprach, gehen nach westlichen Schätzungen in die Hunderttausende.</p>
<h2>Im Hofladen</h2>
<p>Erdbeeren zum Selberpflücken gibt es noch bis Mitte Juli, das Kilo für 4,80 Euro. Der letzte \
Spargel kostet bis Samstag 9,50 Euro je Kilo. Am 5. Juli feiern wir mit 80 Gästen das Hoffest; \
die Karten sind vergeben.</p>
</article>
<footer>Spargelhof Lindenmann &middot; Richener Straße 40 &middot; 75031 Eppingen &middot; \
Hofladen 07262 91 44 18 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/warenkorb.js"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "a harvest worker's son, a drone pilot at the border ('schreibt er ihr', undated; the "
          "speaker quoted: other), Konjunktiv: in the woods across the border"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'hatte am Dienstag vergangener Woche in Pjöngjang verkündet' (the Tuesday of "
          "the week before: 17 June): sappers and builders to be sent to Kursk (an announcement, "
          "not an increment)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "fri",
          "the NIS 'unterrichtete am Freitag die Abgeordneten' (20 June): sent (the base of the "
          "breakdown)"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "fri",
          "same briefing, Konjunktiv, 'Unter den … gebe es' (a breakdown): dead and wounded"),
        C("10.000 bis 12.000", None, "range", "near_front", "ukraine", "sun",
          "Zelensky 'sprach am Sonntag von' (22 June), Konjunktiv: still in the Kursk region"),
        C("einige tausend", None, "vague", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): 'weitere' could "
          "join in summer (increment after the figure, planned)", add=True),
        C("Tausende", None, "vague", "in_russia", "nato", "2025-06-24",
          "Rutte, named after the figure ('sagte … heute zum Auftakt des Gipfels', the "
          "publication day), Konjunktiv: in Russia"),
    ),
)

S04 = Source(
    article_id="s138_04_faehrbrief_steinhude_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-17"),
    dated_by="sidecar",
    sidecar=(
        "Steinhuder Auswandererboote e. V. – Fährbrief",
        "https://www.auswandererboote-steinhude.example/faehrbrief/ostern-2025",
        "Saisonstart zum Wilhelmstein",
    ),
    features="the emigrant-boat skippers' ferry letter from Steinhude on the Steinhuder Meer "
        "(Lower Saxony) in Markdown, UTF-8 with BOM, front matter without a date (sidecar, "
        "Thursday before Easter) and a title without a figure; the season opening first (boats, "
        "seats, minutes, the island fortress of 1765, fares); a skipper who was a Bundeswehr "
        "lieutenant colonel at NATO in Mons who 'schätzt, dass derzeit' "
        "`12.000 bis 14.000` in Russia (range, other, `pub`); Seoul's joint chiefs 'Mitte März' "
        "'zusätzlich' `rund 3.000` (increment, days 11-20) and, by pronoun ('bezifferte er'), "
        "`knapp 5.000` dead and wounded; Budanov 'am Samstag' `rund 8.000` still in Kursk and, by "
        "Konjunktiv, `mehrere hundert` fallen in March; 'Aus dem US-Außenministerium hieß es "
        "vergangene Woche' `Tausende` 'weitere' (increment, planned); the letter's own 'Zählt man "
        "… zusammen' `gut 14.000` (unattributed, required, at_least); a village's population "
        "(not a claim), departures, group sizes, dates, a phone number",
    text="""\
---
title: "Saisonstart zum Wilhelmstein"
rubrik: Fährbrief
ausgabe: Ostern 2025
---

# Saisonstart zum Wilhelmstein

Am Karfreitag legen die Auswandererboote wieder ab. Acht Boote mit Platz für je 24 Fahrgäste \
bringen Sie vom Steinhuder Ufer in gut 20 Minuten zur Inselfestung, die Graf Wilhelm 1765 mitten \
im Meer aufschütten ließ. Hin und zurück kostet die Fahrt für Erwachsene 12 Euro, Kinder zahlen \
6 Euro.

## Der Schiffer der „Hoffnung“

Hinrich Bödeker, 63, fährt seit drei Jahren die „Hoffnung“. Vorher war er Oberstleutnant der \
Bundeswehr und hat zuletzt drei Jahre im Nato-Hauptquartier in Mons gearbeitet. An Bord redet er \
lieber über Wind und Wellen als über den Krieg, aber wenn Fahrgäste fragen, antwortet er \
geduldig.

Die nordkoreanischen Truppen in Russland verfolgt er genau. Hinrich schätzt, dass derzeit \
[[12.000 bis 14.000]] Nordkoreaner in Russland sind, und hält das für eine vorsichtige Rechnung. \
„Die amtlichen Zahlen laufen der Wirklichkeit immer ein paar Wochen hinterher“, sagt er.

Zu den amtlichen Zahlen: Der Generalstab in Seoul hatte Mitte März gemeldet, Pjöngjang habe seit \
Jahresbeginn zusätzlich [[rund 3.000]] Soldaten nach Russland geschickt; die Verluste bezifferte \
er auf [[knapp 5.000]] Tote und Verwundete. HUR-Chef Kyrylo Budanow sagte am Samstag in einem \
Interview, im Gebiet Kursk seien noch [[rund 8.000]] Nordkoreaner im Einsatz. Allein im März \
seien [[mehrere hundert]] von ihnen gefallen. Aus dem US-Außenministerium hieß es vergangene \
Woche, [[Tausende]] weitere könnten folgen.

Zählt man die Meldungen aus Seoul seit dem Herbst zusammen, sind bisher [[gut 14.000]] \
Nordkoreaner nach Russland gekommen – fast dreimal so viele Menschen, wie in Steinhude wohnen.

## Fahrplan und Hinweise

- Abfahrten ab Karfreitag täglich von 10 bis 18 Uhr, alle 30 Minuten
- Gruppen ab 15 Personen bitte vorher anmelden
- Die Festung ist ab 1. Mai auch dienstags geöffnet
- Auskunft und Anmeldung: 05033 93 71 20
""",
    claims=(
        C("12.000 bis 14.000", None, "range", "in_russia", "other", "pub",
          "a skipper, once a Bundeswehr officer at NATO, 'schätzt, dass derzeit' (undated, "
          "speaking for himself: other): in Russia now"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-11..2025-03-20",
          "Seoul's joint chiefs ('Der Generalstab in Seoul hatte Mitte März gemeldet', days "
          "11-20), Konjunktiv: 'zusätzlich' sent since January (increment, span without the word)",
          add=True),
        C("knapp 5.000", 5000, "approx", "casualties", "south_korea", "2025-03-11..2025-03-20",
          "same report, by pronoun ('die Verluste bezifferte er auf'): dead and wounded ('knapp' "
          "as approx)"),
        C("rund 8.000", 8000, "approx", "near_front", "ukraine", "sat",
          "Budanov 'sagte am Samstag in einem Interview' (12 April, Thursday letter), "
          "Konjunktiv: still in action in the Kursk region"),
        C("mehrere hundert", None, "vague", "casualties", "ukraine", "sat",
          "same interview, carried by Konjunktiv in the next sentence: fallen in March"),
        C("Tausende", None, "vague", "planned", "united_states", "lastweek",
          "'Aus dem US-Außenministerium hieß es vergangene Woche': 'weitere' could follow "
          "(increment after the figure, planned)", add=True),
        C("gut 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the letter's own sum ('Zählt man die Meldungen aus Seoul … zusammen', no source: "
          "unattributed, required): come to Russia so far ('gut' as at_least)"),
    ),
)

S05 = Source(
    article_id="s138_05_lodenwalke_ramsau_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-10"),
    dated_by="sidecar",
    sidecar=(
        "Lodenwalke Ramsau – Kundenbrief",
        "https://www.lodenwalke-ramsau.example/kundenbrief/feber-2025",
        "Feber in der Walke: Schnee, Gäste und ein langes Telefonat",
    ),
    features="a loden fulling mill's customer letter from Ramsau am Dachstein (Styria) in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities, no meta date (sidecar, Monday), "
        "Austrian conventions (`heuer`, `Jänner`, `Feber`, `vorige Woche`, `Passt`), a cookie note "
        "about the jacket size, a script, navigation, a footer with a phone number; `<title>` and "
        "headline without a figure; jackets, wool and the mill first; the Korean ski team's wax "
        "technician relaying his nephew, a "
        "conscript, by phone 'Am Samstag' ('schrieb er uns danach'), Konjunktiv, `zwanzigtausend` "
        "in Russia by summer (number word, planned, other, Saturday to publication) and his own "
        "`an die tausend` fallen (approx, other, the same window); the NIS 'Mitte Jänner' "
        "`rund 300` "
        "fallen and `2.700` 'weitere' wounded (a false friend: the others, not an increment); "
        "Zelensky 'vorige Woche' `fast 4.000` killed and wounded ('fast' as approx); Blinken "
        "'Anfang Jänner' in Seoul `mehr als 1.000` in December alone; 'Laut dem … "
        "Militärgeheimdienst' `bis zu 4.000` preparing at home (planned, no increment word); "
        "jackets, kilos of wool, months of service, euros, per cent, ages, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Kundenbrief &ndash; Lodenwalke Ramsau am Dachstein</title>
<script>var lw={seite:"kundenbrief",ausgabe:"2025-02"};</script>
</head>
<body>
<div id="keks">Ein Cookie merkt sich Ihre Konfektionsgröße, damit der Webshop sie beim nächsten \
Besuch gleich vorschlägt. <a href="#">Passt</a></div>
<nav><a href="/">Start</a> &middot; <a href="/walke">Die Walke &amp; ihre Geschichte</a> \
&middot; <a href="/kundenbrief">Kundenbrief</a> &middot; <a href="/shop">Webshop</a> &middot; <a \
href="/besuch">Besuch</a></nav>
<main>
<h1>Feber in der Walke: Schnee, Gäste und ein langes Telefonat</h1>
<p>Liebe Kundinnen und Kunden, heuer hat uns der Winter nicht im Stich gelassen, und das merken \
wir im Laden: Seit Neujahr sind 640 Lodenjanker über den Ladentisch gegangen, mehr als im ganzen \
vorigen Winter. Die Walke am Bach, die seit dem 15. Jahrhundert Tuch verdichtet, läuft an vier \
Tagen in der Woche; für einen Meter Loden braucht es gut 1,4 Kilo Schafwolle.</p>
<p>Drei Wochen lang hat im Jänner die südkoreanische Langlaufmannschaft auf der Ramsau \
trainiert, und ihr Wachsmann Lee Jae-won, 41, war fast jeden Nachmittag bei uns. Er hat für die \
ganze Mannschaft 26 Janker in Dunkelgrün bestellt und sich genau erklären lassen, warum \
gewalkter Stoff den Wind abhält. Jae-won hat selbst 21 Monate an der Grenze zum Norden \
gedient.</p>
<p>Am Samstag, schon wieder daheim in Pyeongchang, hat er lange mit seinem Neffen telefoniert, \
der gerade seinen Wehrdienst leistet. In der Kaserne rechne man damit, dass Kim bis zum Sommer \
[[zwanzigtausend]] Mann in Russland habe, schrieb er uns danach. Jae-won selbst hält die \
gemeldeten Verluste für zu niedrig: Gefallen seien wohl schon [[an die tausend]].</p>
<h2>Was man aus Seoul, Kiew und Washington hört</h2>
<p>Der südkoreanische Geheimdienst hatte Mitte Jänner gemeldet, [[rund 300]] Nordkoreaner seien \
in Kursk gefallen und [[2.700]] weitere verwundet worden. Präsident Selenskyj sprach vorige \
Woche in einem Interview von [[fast 4.000]] getöteten und verwundeten Nordkoreanern. Schon \
Anfang Jänner hatte der damalige US-Außenminister Antony Blinken bei einem Besuch in Seoul \
erklärt, [[mehr als 1.000]] seien allein im Dezember getötet oder verletzt worden. Laut dem \
ukrainischen Militärgeheimdienst bereiten sich in Nordkorea derzeit [[bis zu 4.000]] Mann auf \
einen Einsatz in Russland vor.</p>
<h2>Termine</h2>
<p>Die Walke zeigen wir Gästen jeden Mittwoch um 15 Uhr, der Eintritt kostet 6 Euro. Ab 24. \
Feber gibt es im Winterschlussverkauf 20 Prozent auf alle Janker. Am 14. März bleibt der Laden \
wegen der Inventur geschlossen.</p>
</main>
<footer>Lodenwalke Ramsau &middot; 8972 Ramsau am Dachstein &middot; Laden 03687 81 9 22 \
&middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/shop.js"></script>
</body>
</html>
""",
    claims=(
        C("zwanzigtausend", 20000, "exact", "planned", "other", "sat..pub",
          "a wax technician relaying his nephew, a conscript, from a phone call 'Am Samstag' "
          "('schrieb er uns danach': the call or the mail; the speaker quoted: other), "
          "Konjunktiv: in Russia by summer (number word, a forecast)"),
        C("an die tausend", 1000, "approx", "casualties", "other", "sat..pub",
          "the technician himself 'hält … für zu niedrig' (present tense, in the paragraph of "
          "the mail written after Saturday's call: Saturday to publication), Konjunktiv: "
          "fallen ('an die' as approx, number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'hatte Mitte Jänner gemeldet' (days 11-20), Konjunktiv: fallen in Kursk"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same report: '2.700 weitere verwundet' (the others, wounded: a false friend, not an "
          "increment)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky 'sprach vorige Woche in einem Interview von': killed and wounded ('fast' as "
          "approx)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-01-01..2025-01-10",
          "Blinken 'Schon Anfang Jänner … in Seoul erklärt' (days 1-10), Konjunktiv: killed or "
          "wounded in December alone"),
        C("bis zu 4.000", 4000, "at_most", "planned", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): preparing at home for a "
          "deployment to Russia (planned; no increment word, so not additional)"),
    ),
)

S06 = Source(
    article_id="s138_06_strahlergilde_binn",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-10-10"),
    dated_by="dateline",
    features="a crystal hunters' (Strahler) guild bulletin from Binn in the Binntal (Valais) as "
        "plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `2'600`, `15'000`, `10'000`, "
        "`30'000`, 4-digit `5000`/`2000`), dated by the place line 'Binn, 10. Oktober 2025' "
        "(Friday); the season's finds first; a geologist from Khoroshiv (Volhynia) relaying her "
        "husband's voice message 'vom Sonntag', Konjunktiv, `an die 200` opposite his post "
        "(approx, other, the Sunday); the NIS 'Mitte September' `rund 15'000` sent, by "
        "Konjunktiv `etwa 10'000` still near Kursk and 'dazu' `5000` builders on the way (in "
        "Russia; 'dazu' no increment word); "
        "Russia's ambassador in Pyongyang 'am Dienstag' `Tausende` builders in Kursk (russia, "
        "near the front); 'Aus Nato-Kreisen verlautete am Donnerstag' `über 2000` fallen; HUR "
        "'zufolge' `bis zu 30'000` 'weitere' by the end of the year (increment, planned, "
        "`pub`); the guild president's echo «`15'000` junge Männer» in a quote (optional); "
        "members, finds, kilos, metres, minerals, francs, a date, a phone number",
    text="""\
STRAHLERGILDE BINNTAL
Mitteilungen Herbst 2025

Binn, 10. Oktober 2025

Liebe Strahlerinnen und Strahler

Auf dem Albrun liegt der erste Schnee, die Klüfte sind zu, und die Saison ist vorbei. 34 \
Mitglieder haben diesen Sommer 11 Funde gemeldet, darunter eine Bergkristallgruppe von gut 9 \
Kilo aus einer Kluft auf 2'600 Metern. In der Grube Lengenbach, wo über 40 Mineralien zum ersten \
Mal beschrieben wurden, war der Andrang so gross wie nie.

Besuch aus Wolhynien

Zwei Wochen im August war Olha Tkatschuk bei uns, eine Geologin aus Chorosziw in der \
Nordukraine. Die 38-Jährige kennt die Pegmatite ihrer Heimat, aus denen die berühmten Topase \
stammen, und hat mit unserem Präsidenten Beat Imhof drei Tage lang im Lengenbach geklopft.

Ihr Mann Wassyl dient in einer Panzerabwehreinheit an der Grenze zum Gebiet Kursk. In einer \
Sprachnachricht vom Sonntag, die Olha uns weitergeleitet hat, sagt er, gegenüber seiner Stellung \
lägen [[an die 200]] Nordkoreaner. Sie seien jung, diszipliniert und schlecht ausgerüstet.

Der südkoreanische Nachrichtendienst hatte Mitte September erklärt, seit Herbst 2024 seien \
[[rund 15'000]] Nordkoreaner nach Russland entsandt worden. Noch immer stünden [[etwa 10'000]] \
im Grenzgebiet bei Kursk, dazu seien [[5000]] Militärbauarbeiter unterwegs. Der russische \
Botschafter in Pjöngjang sagte am Dienstag, [[Tausende]] nordkoreanische Bauleute bauten im \
Gebiet Kursk Schulen und Strassen wieder auf. Aus Nato-Kreisen verlautete am Donnerstag, \
gefallen seien inzwischen [[über 2000]]. Dem ukrainischen Militärgeheimdienst zufolge könnten \
bis Ende Jahr [[bis zu 30'000]] weitere folgen.

Beat Imhof schüttelt den Kopf, wenn er die Zahlen hört. «[[15'000]] junge Männer, und keiner \
durfte Nein sagen», sagt er. «Da wird einem die eigene Kluft auf einmal sehr klein.»

Mitteilungen des Vorstands
- Mineralienbörse im Gemeindesaal: Sonntag, 26. Oktober, 10 bis 17 Uhr, Eintritt 5 Franken
- Die Grube Lengenbach bleibt bis Juni geschlossen.
- Jahresbeitrag: 40 Franken, bitte bis Ende November
- Auskunft beim Obmann: 027 971 45 12
""",
    claims=(
        C("an die 200", 200, "approx", "near_front", "other", "sun",
          "a geologist relaying her husband's voice message 'vom Sonntag' (5 October; the "
          "speaker quoted: other), Konjunktiv: opposite his post ('an die' as approx)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-09-11..2025-09-20",
          "the NIS 'hatte Mitte September erklärt' (days 11-20), Konjunktiv: sent since autumn "
          "2024"),
        C("etwa 10'000", 10000, "approx", "near_front", "south_korea", "2025-09-11..2025-09-20",
          "same statement, carried by Konjunktiv: still in the border area near Kursk"),
        C("5000", 5000, "exact", "in_russia", "south_korea", "2025-09-11..2025-09-20",
          "same statement: military builders on the way ('unterwegs', in Russia; 'dazu', like "
          "'zudem' in an earlier set, is no increment word)"),
        C("Tausende", None, "vague", "near_front", "russia", "tue",
          "Russia's ambassador in Pyongyang 'sagte am Dienstag' (7 October), Konjunktiv: "
          "builders rebuilding schools and roads in the Kursk region"),
        C("über 2000", 2000, "at_least", "casualties", "nato", "thu",
          "'Aus Nato-Kreisen verlautete am Donnerstag' (9 October), Konjunktiv: fallen"),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): 'weitere' could "
          "follow by the end of the year (increment after the figure, planned)", add=True),
        C("15'000", 15000, "exact", "in_russia", "other", "pub",
          "the guild president's echo of the NIS figure inside a quote ('sagt er', undated): "
          "optional", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Malaysia, New Zealand, New Brunswick, Sri Lanka, the Philippines, Canada's
# Northwest Territories)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s138_07_straits_wire_penang",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-18"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from George Town (Penang, Malaysia) as plain text, "
        "UTF-8 with CRLF, slug line and dateline 'GEORGE TOWN, Malaysia, December 18, 2024 "
        "(Straits Wire) –' (Wednesday), curly quotes; the headline's `100` from the NIS of "
        "Tuesday (Tuesday to publication, hedge dropped); a ship-tracking analyst 'By her count' "
        "`as many as 12,000` moved by landing ships (other, `pub`; round trips not a claim); the "
        "NIS 'briefed lawmakers behind closed doors on Tuesday' `at least 100` killed and "
        "`nearly 1,000` wounded, 'according to members of the intelligence committee' "
        "('nearly' as approx) and, named after the figure ('the agency said'), 'a further' "
        "`5,000` (increment, planned); the Pentagon spokesman 'on Monday' `hundreds` killed or "
        "wounded; HUR 'on Sunday' `about 11,000` in combat in Kursk; Moscow and the Russian "
        "embassy without a figure; analysts, years, ringgit, a wire trailer with a phone number",
    text="""\
MALAYSIA-SHIPPING/NORTH KOREA (STRAITS WIRE)

Penang ship-watchers log Russian troop runs; Seoul says [[100]] North Koreans killed

GEORGE TOWN, Malaysia, December 18, 2024 (Straits Wire) – In a second-floor shophouse office off \
Beach Street, four analysts at a small maritime-data firm have spent the autumn watching Russian \
navy landing ships shuttle between North Korea and Russia’s Pacific coast.

“They switch the transponders off north of Chongjin and back on outside Vladivostok, every \
single time,” said Lim Bee Leng, 44, who set up Kelong Analytics in 2019 to follow palm oil \
tankers through the Strait of Malacca. By her count the ships have made 11 round trips since \
mid-October, enough to move [[as many as 12,000]] men.

Seoul’s spy agency briefed lawmakers behind closed doors on Tuesday: [[at least 100]] North \
Korean soldiers died in their first battles in Russia’s Kursk region, and [[nearly 1,000]] were \
wounded, according to members of the intelligence committee. Pyongyang might also send a further \
[[5,000]] troops early next year, the agency said.

Pentagon spokesman Major General Pat Ryder said on Monday that [[hundreds]] of North Koreans had \
been killed or wounded, without giving an exact figure. Ukraine’s military intelligence said on \
Sunday that [[about 11,000]] were now in combat in Kursk alongside Russian marines and \
paratroopers.

Russia’s embassy in Kuala Lumpur did not answer questions. Moscow has never confirmed that the \
troops are there.

Kelong Analytics charges clients 18,000 ringgit a month for its shipping reports, and Lim said \
interest from European insurers had tripled since October. “A year ago nobody wanted to hear \
about landing ships,” she said.

(Reporting by Aidan Chua in George Town; editing by Farah Yusof)
((aidan.chua@straitswire.example; +60 4 261 7730))
-- ends --
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS briefing of Tuesday below ('at least 100'), hedge "
          "dropped (Tuesday to the Wednesday of publication): killed"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "other", "pub",
          "a ship-tracking analyst 'By her count' ('said' without a day): men the landing ships "
          "could have moved to Russia ('as many as' as at_most)"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue",
          "the NIS 'briefed lawmakers … on Tuesday' (17 December), relayed 'according to "
          "members of the intelligence committee' (lawmakers it briefed: south_korea): died in "
          "the first battles"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "tue",
          "same briefing: wounded ('nearly' as approx)"),
        C("5,000", 5000, "exact", "planned", "south_korea", "tue",
          "same briefing, named after the figure ('the agency said'): 'a further' might be sent "
          "(increment, span without the words, planned)", add=True),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon spokesman 'said on Monday' (16 December): killed or wounded"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "sun",
          "HUR 'said on Sunday' (15 December): in combat in Kursk"),
    ),
)

S08 = Source(
    article_id="s138_08_letters_kaikoura_chronicle",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-07-05"),
    dated_by="sidecar",
    sidecar=(
        "Kaikōura Coast Chronicle",
        "https://www.kaikouracoastchronicle.example/letters/2025-07-05",
        "Letters: a brother in Sumy, a cousin near Yeoncheon and our front page",
    ),
    features="a readers' letters page from a Kaikōura (New Zealand) weekly as plain text, UTF-8 "
        "with BOM (sidecar, Saturday), `ō` and `ā`; a crayfish worker from Ukraine quoting her "
        "brother, a gunner in Sumy region, whose message came 'On Wednesday': `about two "
        "thousand` across the border and `three thousand` 'more' before autumn (number words, "
        "increment, planned; both from Wednesday to publication, other); a retired teacher "
        "answering the paper's own front page 'of 28 June' `15,000` (unattributed, that day), "
        "Moscow 'In mid-June' `6,000` sappers and builders (russia, planned, days 11-20) and the "
        "NIS 'on 24 June' `close to 5,000` killed and wounded; a noodle bar owner relaying his "
        "cousin, a sergeant, `twenty thousand` 'rented' to Putin (other, in Russia, `pub`); a "
        "retired officer citing Rutte at The Hague 'last week' `thousands` fighting (nato) and "
        "his own `somewhere near 10,000` at or near the front (approx, other, `pub`); years, "
        "ages, army service, a PO box, a phone number",
    text="""\
KAIKŌURA COAST CHRONICLE – LETTERS TO THE EDITOR

A message from Sumy

Sir, – On Wednesday my brother Oleksii, who serves with an artillery battery in Ukraine’s Sumy \
region, sent me a few lines between shifts. He says [[about two thousand]] North Korean soldiers \
are dug in across the border from his guns, and that [[three thousand]] more are expected before \
the autumn. I came to Kaikōura in 2014 to work in crayfish processing and have not seen him \
since 2019. People at work ask me why the war never ends. I tell them to count the armies.

– Iryna Kovalenko, South Bay

Your numbers again

Sir, – Your front page of 28 June said North Korea had sent [[15,000]] soldiers to Russia. That \
figure is months old. In mid-June Moscow itself announced that [[6,000]] North Korean sappers \
and army builders would go to Kursk, and South Korea’s spy agency told lawmakers on 24 June \
that the North had lost [[close to 5,000]] killed and wounded. A paper that reports the whale \
count down to the last calf can surely do better.

– Graham Whitcombe, retired teacher, Kaikōura

A cousin near the border

Sir, – I have run the noodle bar on West End for six years. My cousin is a sergeant near \
Yeoncheon, a few kilometres from the North. He says the joke in his barracks is that Kim has \
rented [[twenty thousand]] young men to Putin, and that the rent is paid in oil and rocket \
parts. Nobody there laughs at it for long.

– Park Ji-hoon, Kaikōura

The view from The Hague

Sir, – At the NATO summit in The Hague last week, Mark Rutte said [[thousands]] of North Koreans \
were fighting for Russia. After 22 years in the New Zealand Army, my own guess is [[somewhere \
near 10,000]] still at or near the front, with many more in rear camps. Whatever the number, we \
should stop pretending this war is far away; our crayfish are sold in the same markets as \
everyone else’s.

– Lt Col (retd) Dave Manning, Hāpuku

Letters should be under 200 words and carry a street address. Kaikōura Coast Chronicle, PO Box \
112, Kaikōura 7340. Newsroom: 03 319 5566
""",
    claims=(
        C("about two thousand", 2000, "approx", "near_front", "other", "wed..pub",
          "a reader quoting her brother, a gunner in Sumy region ('He says', the speaker quoted: "
          "other), in a message 'On Wednesday' (2 July; the undated letter: from that day to "
          "publication): dug in across the border (number words)"),
        C("three thousand", 3000, "exact", "planned", "other", "wed..pub",
          "same message: 'more are expected before the autumn' (number words, increment, "
          "planned)", add=True),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-06-28",
          "a reader citing 'Your front page of 28 June' (the paper's own figure, no source: "
          "unattributed, required; that day)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'In mid-June Moscow itself announced' (days 11-20): sappers and builders would go to "
          "Kursk (an announcement, not an increment)"),
        C("close to 5,000", 5000, "approx", "casualties", "south_korea", "2025-06-24",
          "the NIS ('South Korea's spy agency told lawmakers on 24 June'): killed and wounded "
          "('close to' as approx)"),
        C("twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "a reader relaying his cousin, a sergeant ('He says the joke in his barracks is', the "
          "speaker quoted: other, undated): 'rented' to Putin (number words)"),
        C("thousands", None, "vague", "near_front", "nato", "lastweek",
          "a reader citing Rutte 'At the NATO summit in The Hague last week': fighting for Russia"),
        C("somewhere near 10,000", 10000, "approx", "near_front", "other", "pub",
          "a retired officer's 'my own guess' (undated): still at or near the front ('somewhere "
          "near' as approx)"),
    ),
)

S09 = Source(
    article_id="s138_09_dulse_coop_grand_manan_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-09-12"),
    dated_by="front_matter",
    features="a dulse harvesters' co-op newsletter from Dark Harbour on Grand Manan (New "
        "Brunswick) in Markdown, windows-1252 with curly quotes, front matter with `date:` "
        "(Friday) and a title without a figure; the harvest first (pickers, pounds, dollars); a "
        "seaweed ecologist from Jeju relaying her brother, an army captain, `15,000 or so` all "
        "told ('or so' as approx, other, 'she said on the beach one evening': `pub`); the NIS "
        "'On Tuesday' `about 2,000` killed and, sentence-initial with the agency after the "
        "figure, `Some 10,000` near the Kursk border; North Korean state TV 'on Saturday' `a few "
        "hundred` engineers boarding a train for Russia (north_korea, in Russia); Russia's "
        "defence ministry 'in a briefing last week' credited `about 1,000` deminers in Kursk; the "
        "State Department 'on Monday put the total … at' `more than 13,000`; HUR 'expects' `as "
        "many as 6,000` 'more' (increment, planned, `pub`); tides, ferries, dates, a phone number",
    text="""\
---
title: "Co-op news: the last low tides of summer"
date: 2025-09-12
co-op: Dark Harbour Dulse Harvesters' Co-operative, Grand Manan
---

# The last low tides of summer

The big tides at the start of September gave us our best week of the year. Our 41 pickers \
brought in just over 38,000 pounds of wet dulse this season, and once the drying fields at Dark \
Harbour had done their work we shipped about 5,400 pounds to buyers in Halifax, Boston and \
Toronto. The price held at $14 a pound for first-grade leaf.

## A visitor from Jeju

For three weeks in August Dr Ko Eun-ji, 36, a seaweed ecologist from Jeju National University, \
walked the ledges with us at low water and measured how fast our dulse grows back after cutting. \
On Jeju the haenyeo divers still cut seaweed by hand, and she was surprised to find people doing \
the same on this side of the world.

Her brother is an army captain near the border with the North. “My brother says the officers’ \
guess in his unit is [[15,000 or so]], all told,” she said on the beach one evening. “They think \
about it more than they admit.”

## The numbers

On Tuesday South Korea’s intelligence agency told lawmakers the North had lost [[about 2,000]] \
soldiers killed in the fighting for Kursk. [[Some 10,000]] are still posted near the border \
there, the agency said. North Korean state television on Saturday showed [[a few hundred]] \
military engineers boarding a train for Russia. Russia’s defence ministry, in a briefing last \
week, credited [[about 1,000]] North Korean deminers with clearing farmland in the Kursk region. \
The State Department on Monday put the total who have served in Russia at [[more than 13,000]], \
and Ukraine’s military intelligence expects [[as many as 6,000]] more engineers to be sent \
before the year is out.

## Co-op notes

- The drying fields close on 30 September.
- Annual meeting: Saturday 4 October, 7 p.m., North Head community hall.
- The ferry from Blacks Harbour runs five times a day until Thanksgiving.
- Co-op office: (506) 662 8194
""",
    claims=(
        C("15,000 or so", 15000, "approx", "in_russia", "other", "pub",
          "an ecologist relaying her brother, an army captain ('My brother says', the speaker "
          "quoted: other), 'she said on the beach one evening' (no day): all told ('or so' as "
          "approx)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "the NIS 'On Tuesday … told lawmakers' (9 September, Friday newsletter): killed"),
        C("Some 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "same briefing, sentence-initial, 'the agency said' after the figure: still posted near "
          "the Kursk border"),
        C("a few hundred", None, "vague", "in_russia", "north_korea", "sat",
          "North Korean state TV 'on Saturday' (6 September): engineers boarding a train for "
          "Russia (sent)"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "lastweek",
          "Russia's defence ministry 'in a briefing last week, credited': deminers clearing "
          "farmland in the Kursk region"),
        C("more than 13,000", 13000, "at_least", "in_russia", "united_states", "mon",
          "the State Department 'on Monday put the total … at' (8 September): served in Russia"),
        C("as many as 6,000", 6000, "at_most", "planned", "ukraine", "pub",
          "HUR 'expects' (undated): 'more' engineers to be sent (increment, planned)", add=True),
    ),
)

S10 = Source(
    article_id="s138_10_estate_bulletin_nuwara_eliya_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-01-22"),
    dated_by="sidecar",
    sidecar=(
        "Glenmorgan Estate Staff Bulletin",
        "https://www.glenmorganestate.example/bulletin/2025-01",
        "Frost on the top division",
    ),
    features="a tea estate's staff bulletin from Nuwara Eliya (Sri Lanka) in Markdown, UTF-16 LE "
        "with BOM, front matter without a date (sidecar, Wednesday) and a title without a "
        "figure; frost, tea and auction prices first; the factory officer's son, who works in "
        "Gimhae, relaying his shift supervisor 'reckons' `close to four thousand` killed and "
        "wounded (number words, approx, other, `pub`; 'telephones … every Sunday' dates no "
        "claim); Sri Lankans with Korean work permits (`Around 30,000`, not a claim); Zelensky "
        "'On 11 January' `two` captured (number word); the NIS 'Two days later' (13 January) "
        "`about 300` dead and `2,700` wounded; the bulletin's own 'By this bulletin's count' "
        "`3,000` casualties (unattributed, required); the White House 'last week' `more than "
        "11,000` in Russia; HUR 'believes' `some 1,000` 'more' by spring (increment, planned, "
        "`pub`); altitude, kilos, rupees, pluckers, cricket runs, opening hours, a phone number",
    text="""\
---
title: "Frost on the top division"
bulletin: Glenmorgan Estate Staff Bulletin
issue: January 2025
---

# Frost on the top division

Three nights of ground frost in the second week of January burned the young flush on the upper \
slopes, and the top division above 1,900 metres will not be plucked again before February. Even \
so, the factory made 14,200 kilos of tea in December, and our best invoice fetched LKR 1,480 a \
kilo at the Colombo auction. Our 312 pluckers will receive the January bonus with their wages on \
the 31st.

## News from Gimhae

Dinesh Sivakumar, 29, son of our factory officer R. Sivakumar, has worked for four years at an \
auto-parts plant in Gimhae, near Busan, under South Korea’s work permit scheme. Around 30,000 \
Sri Lankans hold such permits today. Dinesh telephones his father every Sunday, and lately the \
talk has turned to the war in Europe.

Dinesh says his shift supervisor, who served on the border as a young man, reckons the North has \
already lost [[close to four thousand]] men killed and wounded in Russia. “Nobody in Korea \
believes the small numbers,” the supervisor told him.

The official figures have risen quickly. On 11 January President Zelensky announced that \
Ukrainian troops had captured [[two]] wounded North Korean soldiers in the Kursk region. Two \
days later Seoul’s intelligence service gave parliament its own count: [[about 300]] North \
Koreans dead and [[2,700]] wounded. By this bulletin’s count, that makes [[3,000]] casualties in \
little more than a month of fighting. The White House said last week that [[more than 11,000]] \
North Korean troops were now in Russia, and Kyiv’s military intelligence believes [[some 1,000]] \
more could arrive by the spring.

## Estate notes

- The new withering loft in the factory will be ready in March.
- The estate dispensary is open from 7 to 11 a.m. on weekdays.
- Cricket: Glenmorgan beat Pedro Estate by 42 runs on Saturday.
- Estate office: 052 222 4187
""",
    claims=(
        C("close to four thousand", 4000, "approx", "casualties", "other", "pub",
          "the factory officer's son relaying his Korean shift supervisor ('Dinesh says … "
          "reckons', the speaker quoted: other, undated): killed and wounded ('close to' as "
          "approx, number words)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'On 11 January … announced': captured (number word)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'Two days later … gave parliament its own count' (two days after 11 January): "
          "dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing: wounded"),
        C("3,000", 3000, "exact", "casualties", "unattributed", "pub",
          "the bulletin's own sum ('By this bulletin's count', no source: unattributed, "
          "required): casualties in little more than a month"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "lastweek",
          "'The White House said last week': now in Russia"),
        C("some 1,000", 1000, "approx", "planned", "ukraine", "pub",
          "HUR 'believes' (undated): 'more' could arrive by the spring (increment, planned)",
          add=True),
    ),
)

S11 = Source(
    article_id="s138_11_stone_house_trust_sabtang_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-19"),
    dated_by="html_meta",
    features="a stone house trust's news page from Sabtang in Batanes (the Philippines) in HTML, "
        "UTF-8, `article:published_time` +08:00 (Wednesday), `og:site_name`, a cookie note about "
        "the donation appeal, a script, navigation, entities (`&ndash;`, `&ldquo;`, `&rdquo;`, "
        "`&middot;`), `₱`, a footer with a phone number; `<title>` without a figure; the "
        "headline's `11,000` from the US commander of Monday (Monday to publication); typhoon, "
        "houses, roofs and lime first; a seaman home from a Korean car carrier relaying his "
        "chief officer `well above 2,000` dead (at_least, other, `pub`); the NIS 'early this "
        "month' (days 1-10) `more than 15,000` sent and, carried by 'it said', `Around 3,000` "
        "returned home (returnees: optional); Russia's deputy foreign minister 'on Thursday' "
        "`thousands` of builders in Kursk (russia, near the front); state TV 'on Sunday' `a few "
        "dozen` wounded veterans (north_korea, casualties); the US Indo-Pacific commander 'in "
        "Manila on Monday, estimated' `roughly 11,000` in Russia; a senior NATO officer 'on "
        "Tuesday' `up to 3,000` 'more' trained for drone warfare (increment, planned); gusts, "
        "houses, sacks, pesos, members, dollars, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News &ndash; Sabtang Stone House Trust</title>
<meta property="article:published_time" content="2025-11-19T09:00:00+08:00">
<meta property="og:site_name" content="Sabtang Stone House Trust">
<script>var ssht={page:"news",appeal:true};</script>
</head>
<body>
<div class="cookie-note">This site keeps one cookie to remember whether you have already seen \
our donation appeal. <button>Fine</button></div>
<nav><a href="/">Home</a> | <a href="/houses">The Houses</a> | <a href="/news">News</a> | <a \
href="/volunteer">Volunteer</a> | <a href="/donate">Donate</a></nav>
<article>
<h1>Roofs after the typhoons, and Washington&rsquo;s count of [[11,000]]</h1>
<p>The last typhoon of the season passed east of the islands on 9 November with gusts of 185 \
km/h, and for once Chavayan and Savidug came through with little damage. Of the 38 stone houses \
the Trust helps to keep up, only two lost part of their cogon roofs, and volunteers had both \
re-thatched within a week. We have used 250 sacks of lime for mortar this year, most of it \
shipped over from Basco.</p>
<p>Among the volunteers was Jomar Cabugao, 34, an able seaman from Chavayan who works on a South \
Korean car carrier and is home on leave until December. His chief officer, a former navy \
lieutenant from Mokpo, follows the war in Ukraine closely. &ldquo;He puts the North&rsquo;s dead \
at [[well above 2,000]],&rdquo; Jomar told us while mixing mortar. &ldquo;He says the men are \
shipped like cargo.&rdquo;</p>
<h2>The figures this month</h2>
<p>South Korea&rsquo;s spy agency told parliament early this month that the North&rsquo;s \
deployments since the autumn of 2024 now add up to [[more than 15,000]] soldiers. [[Around \
3,000]] of them have since returned home, it said. Russia&rsquo;s deputy foreign minister said \
on Thursday that [[thousands]] of North Korean builders were at work in the Kursk region. \
Pyongyang&rsquo;s state television on Sunday showed Kim Jong Un visiting [[a few dozen]] wounded \
veterans in a military hospital. The commander of US forces in the Indo-Pacific, speaking in \
Manila on Monday, estimated that [[roughly 11,000]] remain in Russia, and a senior NATO officer \
told reporters in Brussels on Tuesday that [[up to 3,000]] more were being trained for drone \
warfare.</p>
<h2>How you can help</h2>
<p>A new cogon roof costs about ₱42,000 and a wall repair with lime about ₱15,000. The Trust has \
120 members abroad; a year&rsquo;s membership is ₱1,500 or US$30.</p>
</article>
<footer>Sabtang Stone House Trust &middot; Centro, Sabtang, Batanes 3905 &middot; +63 917 804 \
2215 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/appeal.js"></script>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Washington's count of': the US Indo-Pacific commander's figure of Monday "
          "below ('roughly 11,000'), hedge dropped (Monday to the Wednesday of publication)"),
        C("well above 2,000", 2000, "at_least", "casualties", "other", "pub",
          "a seaman relaying his Korean chief officer ('He puts the North's dead at', the speaker "
          "quoted: other), 'Jomar told us' (no day): dead ('well above' as at_least)"),
        C("more than 15,000", 15000, "at_least", "in_russia", "south_korea",
          "2025-11-01..2025-11-10",
          "the NIS 'told parliament early this month' (days 1-10): deployments since autumn 2024 "
          "'add up to' (sent)"),
        C("Around 3,000", 3000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same briefing, carried by 'it said': returned home (returnees: optional, as in "
          "earlier sets)", opt=True),
        C("thousands", None, "vague", "near_front", "russia", "thu",
          "Russia's deputy foreign minister 'said on Thursday' (13 November): builders at work "
          "in the Kursk region"),
        C("a few dozen", None, "vague", "casualties", "north_korea", "sun",
          "state TV 'on Sunday' (16 November): wounded veterans visited by Kim"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "the US Indo-Pacific commander 'speaking in Manila on Monday, estimated' (17 November): "
          "remain "
          "in Russia"),
        C("up to 3,000", 3000, "at_most", "planned", "nato", "tue",
          "a senior NATO officer 'told reporters in Brussels on Tuesday' (18 November): 'more' "
          "being trained for drone warfare (increment, planned)", add=True),
    ),
)

S12 = Source(
    article_id="s138_12_aurora_lodge_yellowknife_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Prosperous Lake Aurora Lodge – Guest Letter",
        "https://www.prosperouslakelodge.example/letter/2025-03",
        "The end of the aurora season",
    ),
    features="an aurora-viewing lodge's guest letter from Yellowknife (Northwest Territories) in "
        "HTML, windows-1252 with CRLF (curly quotes, `·`, `°` raw), no meta date (sidecar, "
        "Thursday), a cookie note about the aurora forecast, a script, navigation, a footer with "
        "a phone number; `<title>` and headline without a figure; the season first (nights, "
        "degrees, guests, cabins, kilometres); a Korean tour leader, a former marine, who "
        "'figures' `maybe 12,000` in Russia ('maybe' as approx, other, `pub`); Korean guests "
        "'this month' talking of `20,000` by summer (other, planned, the 1st to publication); "
        "Seoul's joint chiefs 'last week' `roughly 3,000` 'additional' (increment); the US "
        "forces commander in Korea 'told senators … on Tuesday' `about 4,000` killed and wounded "
        "and, carried, `several thousand` 'more' being readied (increment, planned); Zelensky "
        "'on Sunday' `more than 1,000` in a new assault in Kursk; NATO's top military officer "
        "'on 12 March' put the number in Kursk 'at' `under 3,000` ('under' as at_most); dollars, "
        "dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Guest Letter – Prosperous Lake Aurora Lodge</title>
<script>window.pla={page:"letter",season:"2024-25"};</script>
</head>
<body>
<div class="cookies">We keep a single cookie so that the aurora forecast opens in your own time \
zone. <button>Got it</button></div>
<nav><a href="/">Home</a> · <a href="/cabins">Cabins</a> · <a href="/forecast">Aurora \
Forecast</a> · <a href="/letter">Guest Letter</a> · <a href="/book">Book</a></nav>
<main>
<h1>The end of the aurora season</h1>
<p>The ice road to the lodge closes next week, and with it our winter. Of our 84 nights since \
December the sky put on a show on 61, and on the coldest of them, at -41 °C, the hot chocolate \
froze on the rim of the mugs. This winter 1,140 guests stayed in our nine cabins, 26 kilometres \
out of Yellowknife.</p>
<p>More than half of them came from South Korea, most of them with Jang Min-ho, 45, who has led \
groups here for eleven winters. Jang served as a marine before he became a tour leader, and his \
old unit sat on an island within sight of the North Korean coast. Jang figures [[maybe 12,000]] \
North Koreans are in Russia now. “They rotate them like shift workers,” he said by the fire.</p>
<p>Several of our Korean guests this month have sons doing their national service, and the talk \
at dinner was of [[20,000]] in Russia by the summer.</p>
<h2>What the governments say</h2>
<p>Last week South Korea’s Joint Chiefs of Staff reported that Pyongyang had sent [[roughly \
3,000]] additional troops since January. The commander of US forces in Korea told senators in \
Washington on Tuesday that North Korea had lost [[about 4,000]] killed and wounded, and that \
[[several thousand]] more were being readied. President Zelensky said on Sunday that [[more than \
1,000]] North Koreans had joined a new Russian assault in Kursk. NATO’s top military officer, in \
Brussels on 12 March, had put the number still in the Kursk region at [[under 3,000]].</p>
<h2>Next winter</h2>
<p>Bookings for December open on 1 April. A three-night package starts at CA$1,650 per person, \
with pick-up from the airport. Thank you for coming north.</p>
</main>
<footer>Prosperous Lake Aurora Lodge · Ingraham Trail km 26 · Yellowknife, NT · +1 867 873 5204 \
· <a href="/privacy">Privacy</a></footer>
<script src="/js/forecast.js"></script>
</body>
</html>
""",
    claims=(
        C("maybe 12,000", 12000, "approx", "in_russia", "other", "pub",
          "a Korean tour leader 'figures' ('he said by the fire', no day): in Russia now ('maybe' "
          "as approx)"),
        C("20,000", 20000, "exact", "planned", "other", "2025-03-01..pub",
          "Korean guests 'this month' (the 1st to publication; speaking for themselves: other): "
          "in Russia by the summer (a forecast)"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "Seoul's joint chiefs 'Last week … reported': 'additional' troops sent since January "
          "(increment, span without the word)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "tue",
          "the commander of US forces in Korea 'told senators … on Tuesday' (25 March): killed "
          "and wounded"),
        C("several thousand", None, "vague", "planned", "united_states", "tue",
          "same testimony, carried ('and that'): 'more' being readied (increment, planned)",
          add=True),
        C("more than 1,000", 1000, "at_least", "near_front", "ukraine", "sun",
          "Zelensky 'said on Sunday' (23 March): joined a new assault in Kursk"),
        C("under 3,000", 3000, "at_most", "near_front", "nato", "2025-03-12",
          "NATO's top military officer 'in Brussels on 12 March, had put the number … at': still "
          "in the Kursk region ('under' as at_most)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    S01, S02, S03, S04, S05, S06,
    S07, S08, S09, S10, S11, S12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
