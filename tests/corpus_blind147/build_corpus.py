"""Build the HUNDRED-AND-FORTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-ninth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the
newsletter of an animal welfare association's shelter in Weisenbach in the Murgtal (northern
Black Forest) with a veterinary nurse from Vinnytsia and a chemistry student from Chuncheon, the
bulletin of a nine-pin bowling club in Aspang in the Wechselland (Austrian conventions) with a
care worker from Ternopil and a cook from Sokcho, the members' letter of a wild hay mowers'
association in the Schächental (Swiss conventions) with a carpentry apprentice from Rivne and a
doctoral student from Gangneung, the passengers' letter of a volunteer community bus in
Schwalmstadt (Schwalm) with a retired bus driver from Poltava and a nurse from Mokpo, the December
letter of a road-bowling (Boßeln) club in Kehdingen on the Lower Elbe with a crane driver from
Mykolaiv and a materials engineer from Changwon, and a service club's letter from the Bliesgau
with a trauma surgeon from Dnipro and an engineer from Ulsan; an agency-style wire report from
Isabel Segunda on Vieques on the veterans of the 65th Infantry Regiment, a readers' letters page
from the Inishbofin community newsletter with letters quoting a cousin and a father, a community
page of an English-language monthly on Chiloé about the Chacao bridge builders from Gunsan and
Kryvyi Rih, a lobster boat race committee's notes from Campobello Island with a lobster buyer from
Pohang and a sternman from Berdiansk, the vendors' newsletter of the Saturday market on Salt
Spring Island with a kimchi maker from Iksan and a beekeeper from Khmelnytskyi, and a shorebird
festival's wrap-up from Cordova in Alaska with an ornithologist from Suncheon and a cannery worker
from Bilhorod-Dnistrovskyi. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind147_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Murgtal, Wechselland, Schächental, Schwalm, Kehdingen, Bliesgau)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v147_01_pfotenpost_tierheim_murgtal_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-15"),
    dated_by="html_meta",
    features="the members' newsletter of an animal welfare association's shelter in the Murgtal "
        "(Weisenbach between Gernsbach and Forbach, northern Black Forest) in HTML, UTF-8, "
        "`article:published_time` +01:00 (Friday), an `og:site_name`, a cookie strip about the "
        "donation barometer, a page script, navigation, entities (`&bdquo;`, `&ldquo;`, "
        "`&middot;`), a footer with a postcode and a phone number; `<title>` and headline without "
        "a figure; dogs, cats, rabbits, adoptions and vet bills first; a veterinary nurse from "
        "Vinnytsia relaying her brother, a drone pilot at the Kursk border ('Am Montag habe er "
        "ihr geschrieben …, erzählt Oksana') `mehr als tausend` dug in opposite his sector "
        "(number word, at_least, other, from Monday to publication); a chemistry student from "
        "Chuncheon 'Ich glaube, es werden bald `15.000` sein' (a forecast: planned, other, "
        "`pub`); the NIS 'Mitte Oktober' `1.500` special forces (days 11-20); 'Am Mittwoch "
        "erklärte der Dienst' `über 10.000` in Russia; the State Department 'Anfang November' "
        "`rund 8.000` in Kursk (days 1-10); Zelensky 'in seiner abendlichen Videoansprache am "
        "Sonntag' `11.000` in Kursk; 'hieß es aus Kiew, die Rede war von' `einigen Dutzend` dead "
        "(vague, `pub`); animals, adoptions, euros, ages, years, Russia's losses a day, a market "
        "date, wish slips, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pfotenpost November 2024 – Tierschutzverein Murgtal</title>
<meta property="article:published_time" content="2024-11-15T08:30:00+01:00">
<meta property="og:site_name" content="Tierschutzverein Murgtal e.V.">
<script>window.tierheim = {seite: "pfotenpost", ausgabe: 11, spendenbarometer: true};</script>
</head>
<body>
<div class="cookie-leiste">Damit unser Spendenbarometer Ihren letzten Besuch wiedererkennt, legen \
wir ein kleines Cookie ab. <button>Passt</button> <a href="/datenschutz">Mehr dazu</a></div>
<nav><a href="/">Tierheim</a> &middot; <a href="/vermittlung">Tiere suchen ein Zuhause</a> \
&middot; <a href="/helfen">Helfen</a> &middot; <a href="/pfotenpost">Pfotenpost</a></nav>
<main>
<h1>Volles Haus im Tierheim an der Murg</h1>
<p>Liebe Mitglieder, Patinnen und Paten,</p>
<p>so eng war es bei uns in Weisenbach selten: Derzeit leben 38 Hunde, 61 Katzen und 14 Kaninchen \
im Tierheim, dazu ein Graupapagei, den jemand im Oktober in einem Karton vor dem Rathaus in \
Gernsbach abgestellt hat. Seit Jahresbeginn haben 212 Tiere ein neues Zuhause gefunden. Die \
Tierarztrechnungen sind auf 4.300 Euro im Monat gestiegen; jeder Futtersack, den Sie \
vorbeibringen, hilft uns weiter.</p>
<h2>Zwei Helferinnen, zwei Länder</h2>
<p>Montags und donnerstags führt Oksana Melnyk, 34, Tierarzthelferin aus Winnyzja, unsere Hunde am \
Murgufer entlang Richtung Forbach aus. Sie lebt seit dem Frühjahr 2022 mit ihrer Tochter in \
Gernsbach. Ihr jüngerer Bruder steuert Aufklärungsdrohnen an der Grenze zum Gebiet Kursk. Am \
Montag habe er ihr geschrieben, gegenüber seinem Abschnitt hätten sich inzwischen [[mehr als \
tausend]] Nordkoreaner eingegraben, erzählt Oksana beim Leinenwechsel.</p>
<p>Die Katzenstube betreut seit September Lee Min-seo, 26, Chemiestudentin aus Chuncheon, die in \
Karlsruhe studiert und am Wochenende mit der Murgtalbahn herauffährt. Die Meldungen aus ihrer \
Heimat verfolgt sie genau. &bdquo;Ich glaube, es werden bald [[15.000]] sein&ldquo;, sagt sie, \
&bdquo;und gefragt hat man keinen von ihnen.&ldquo;</p>
<h2>Was aus Seoul, Kiew und Washington zu hören ist</h2>
<p>Mitte Oktober hatte der südkoreanische Geheimdienst von [[1.500]] Spezialkräften berichtet, die \
per Schiff in den Fernen Osten Russlands gebracht worden seien. Am Mittwoch erklärte der Dienst \
vor einem Parlamentsausschuss in Seoul, inzwischen hielten sich [[über 10.000]] nordkoreanische \
Soldaten in Russland auf, ein Teil davon bereits im Kampfeinsatz. Das US-Außenministerium \
bezifferte Anfang November die Zahl der Nordkoreaner im Gebiet Kursk auf [[rund 8.000]]. Selenskyj \
sprach in seiner abendlichen Videoansprache am Sonntag von [[11.000]] Soldaten aus dem Norden \
Koreas im Raum Kursk. Erste Tote habe es auch schon gegeben, hieß es aus Kiew, die Rede war von \
[[einigen Dutzend]]. Die russische Armee verliert nach ukrainischen Angaben derzeit jeden Tag mehr \
als 1.500 Mann.</p>
<h2>Termine</h2>
<ul><li>Stand auf dem Martinimarkt in Gernsbach: Samstag, 23. November, 10 bis 16 \
Uhr</li><li>Gassigehen für Neue: jeden ersten Sonntag im Monat, 11 Uhr, am Tor</li><li>Wunschbaum \
im Baumarkt Forbach: ab 1. Dezember, mit 90 Wunschzetteln unserer Tiere</li></ul>
</main>
<footer>Tierschutzverein Murgtal e.V. &middot; Tierheim Weisenbach &middot; Am Sägbach 6 &middot; \
76599 Weisenbach &middot; Tel. 07224 61 39 85 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/spendenbarometer.js"></script>
</body>
</html>
""",
    claims=(
        C("mehr als tausend", 1000, "at_least", "near_front", "other", "mon..pub",
          "a veterinary nurse from Vinnytsia relaying her brother, a drone pilot at the Kursk "
          "border ('Am Montag habe er ihr geschrieben …, erzählt Oksana', Konjunktiv; the "
          "speaker quoted: other): dug in opposite his sector (number word; from Monday to "
          "publication)"),
        C("15.000", 15000, "exact", "planned", "other", "pub",
          "a chemistry student from Chuncheon, „…“, 'sagt sie' (undated): 'Ich glaube, es werden "
          "bald … sein' (a forecast: planned)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-11..2024-10-20",
          "the NIS 'Mitte Oktober hatte … berichtet' (days 11-20): special forces shipped to "
          "Russia's Far East"),
        C("über 10.000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "'Am Mittwoch erklärte der Dienst vor einem Parlamentsausschuss' (13 November; the NIS "
          "referred back to as 'der Dienst'): in Russia, some already in combat"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "2024-11-01..2024-11-10",
          "the State Department 'bezifferte Anfang November' (days 1-10): in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "sun",
          "Zelensky 'in seiner abendlichen Videoansprache am Sonntag' (10 November): in the "
          "Kursk area"),
        C("einigen Dutzend", None, "vague", "casualties", "ukraine", "pub",
          "'hieß es aus Kiew, die Rede war von' (undated): the first dead"),
    ),
)


S02 = Source(
    article_id="v147_02_kegelblatt_aspang",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-07"),
    dated_by="dateline",
    features="the bulletin of a nine-pin bowling club in Aspang in the Wechselland (Lower "
        "Austria) as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by "
        "the place line 'Aspang, 07.03.2025' (Friday); Austrian conventions (`heuer`, `Jänner`, "
        "`Feber`, `Obfrau`, `Burschen`, `Seehöhe`); the winter league, pins and the new ball "
        "return first; a care worker from Ternopil relaying her nephew, a medic near Sumy ('Am "
        "Montag habe er ihr am Telefon erzählt …, berichtet Nadija') `ein paar Dutzend` in the "
        "woods across the border (other, from Monday to publication); a cook from Sokcho who "
        "'geht davon aus' 'noch einmal' `dreitausend` (number word, increment, planned, other, "
        "`pub`); the NIS 'Mitte Jänner' `3.000` dead and wounded (days 11-20); Zelensky 'im "
        "Feber' `fast 4.000` (the month); the Joint Chiefs 'Wie der Generalstab in Seoul am "
        "Mittwoch mitteilte' 'weitere' `1.000 bis 1.500` (range, increment); 'Laut dem "
        "ukrainischen Generalstab … die Rede ist von' `mehreren tausend` back at the front "
        "(`pub`); Rutte 'erklärte vergangene Woche' 'insgesamt' `mehr als 11.000` sent (a total, "
        "not an increment); pins, throws, euros, altitude, ages, years, Russia's losses a day, "
        "dates, a phone number",
    text="""\
KSK Wechselland Aspang - Kegelblatt 1/2025

Aspang, 07.03.2025

Liebe Keglerinnen und Kegler,

die Winterrunde ist geschlagen, und unsere Damen haben sie heuer zum ersten Mal gewonnen: Mit \
2.418 Holz auf 120 Wurf lag das Team um Obfrau Brigitte Pichler am Ende 37 Holz vor Kirchberg am \
Wechsel. Die vier Bahnen im Gasthof neben der Aspangbahn sind frisch abgezogen, die neue \
Kugelrücklaufanlage hat 6.800 Euro gekostet, ein Drittel davon übernimmt die Gemeinde.

Neu bei uns ist Nadija Hrytsak, 48, Pflegerin aus Ternopil, die seit 2023 im Pflegeheim in Aspang \
arbeitet und im Jänner ihr erstes Meisterschaftsspiel bestritten hat. Ihr Neffe dient als \
Sanitäter bei Sumy. Am Montag habe er ihr am Telefon erzählt, in den Wäldern jenseits der Grenze \
stünden wieder [[ein paar Dutzend]] Nordkoreaner, berichtet Nadija. Die Burschen hätten inzwischen \
gelernt, sich vor den Drohnen zu verstecken.

Ebenfalls seit dem Herbst kegelt Kang Dong-hyuk mit, 39, Koch aus Sokcho. Er steht im Kurhotel in \
Mönichkirchen am Herd, auf gut 1.000 Metern Seehöhe, und schwört, dass der Schnee am Wechsel fast \
so gut ist wie daheim am Seoraksan. Kang geht davon aus, dass Pjöngjang im Frühjahr noch einmal \
[[dreitausend]] Soldaten nach Russland schickt. "Für Kim ist das ein Geschäft wie jedes andere", \
sagt er.

Was zuletzt gemeldet wurde

Mitte Jänner bezifferte der südkoreanische Geheimdienst die Verluste der Nordkoreaner zum ersten \
Mal: [[3.000]] Tote und Verwundete. Präsident Selenskyj sprach im Feber bereits von [[fast \
4.000]]. Wie der Generalstab in Seoul am Mittwoch mitteilte, sind seit Jahresbeginn weitere \
[[1.000 bis 1.500]] Soldaten nach Russland verlegt worden. Laut dem ukrainischen Generalstab sind \
die Nordkoreaner nach einer Pause an die Front im Gebiet Kursk zurückgekehrt; die Rede ist von \
[[mehreren tausend]] Mann. Nato-Generalsekretär Mark Rutte erklärte vergangene Woche, Pjöngjang \
habe insgesamt [[mehr als 11.000]] Soldaten geschickt. Die russische Armee verliere derweil nach \
Kiewer Zählung an die 1.200 Mann am Tag.

Aus dem Verein

- Bezirksmeisterschaft in Neunkirchen: Samstag, 29. März, Abfahrt 7.30 Uhr beim Gasthof
- Jahreshauptversammlung: Freitag, 4. April, 19 Uhr, im Extrazimmer
- Bahnmiete fürs Vereinskegeln 14 Euro pro Stunde; Anmeldung bei der Obfrau, Tel. 02642 524 18
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "mon..pub",
          "a care worker from Ternopil relaying her nephew, a medic near Sumy ('Am Montag habe "
          "er ihr am Telefon erzählt …, berichtet Nadija', Konjunktiv; the speaker quoted: "
          "other): in the woods across the border (from Monday to publication)"),
        C("dreitausend", 3000, "exact", "planned", "other", "pub",
          "a cook from Sokcho, 'Kang geht davon aus' (undated; short name): 'noch "
          "einmal' to be sent in spring (increment, planned; number word)", add=True),
        C("3.000", 3000, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Jänner bezifferte' (days 11-20): dead and wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-28",
          "Zelensky 'sprach im Feber bereits von' (the month): dead and wounded ('fast' as "
          "approx)"),
        C("1.000 bis 1.500", None, "range", "in_russia", "south_korea", "wed",
          "the Joint Chiefs, 'Wie der Generalstab in Seoul am Mittwoch mitteilte' (5 "
          "March): 'weitere' moved to Russia since January (range, increment, span "
          "without the word)", add=True),
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Generalstab …; die Rede ist von' (undated): back at the front "
          "in the Kursk region"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'erklärte vergangene Woche', Konjunktiv: 'insgesamt' sent (a total, not an "
          "increment)"),
    ),
)


S03 = Source(
    article_id="v147_03_wildheuerbrief_schaechental_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-09-05"),
    dated_by="front_matter", crlf=True,
    features="the members' letter of a wild hay mowers' association in the Schächental (Uri) in "
        "Markdown, windows-1252 with CRLF, front matter with `date:` (Friday) and a title without "
        "a figure; Swiss conventions (`ss`, «», `1'700`, `2'900`, `1'200`, `20'000`, `2'000`, "
        "`6'000`, `1'000`, `11'000`, `Fr. 30.–`); steep meadows, loads of hay and the cableway "
        "first; a carpentry apprentice from Rivne «Mein Vater sagt …», erzählt Wolodymyr, `einige "
        "hundert` clearing mines on the Russian side (other, `pub`); a doctoral student from "
        "Gangneung 'rechnet damit' `über 20'000` will have served by Christmas (at_least, "
        "planned, other, `pub`); the NIS 'informierte am Dienstag die Abgeordneten', carried by "
        "'Demnach' and Konjunktiv over two sentences, `rund 2'000` fallen and 'weitere' `6'000` "
        "in autumn (increment, planned); the Kursk governor 'lobte Mitte August' `rund 1'000` "
        "deminers (russia, near the front, days 11-20); KCNA 'Ende August' a memorial for `101` "
        "fallen (north_korea, days 21-31); 'Aus dem Pentagon hiess es' `etwa 11'000` still in "
        "Russia (`pub`); mowers, loads, kilos of hay, slope degrees, altitude, francs per "
        "hectare, ages, years, a party date, a phone number",
    text="""\
---
title: "Mitgliederbrief nach dem Wildheuet 2025"
date: 2025-09-05
verein: Wildheuer Schächental
---

# Ein steiler Sommer über Unterschächen

Liebe Mitglieder, liebe Gönnerinnen und Gönner

Der Wildheuet ist vorbei. An elf trockenen Tagen zwischen Ende Juli und Mitte August haben 14 \
Wildheuerinnen und Wildheuer die Planggen oberhalb von Spiringen und Unterschächen gemäht, zum \
Teil in 40 Grad steilem Gelände auf über 1'700 Metern. Zusammengekommen sind 46 Burdenen, gut \
2'900 Kilo duftendes Bergheu, das wir mit der Seilbahn ins Tal gebracht haben. Der Kanton zahlt \
für die Pflege der Planggen Fr. 1'200.– pro Hektare; ohne diesen Beitrag und ohne Ihre \
Gönnerbatzen ginge es nicht.

Zum ersten Mal mit der Sense unterwegs war Wolodymyr Pylypenko, 24, Zimmermannslehrling aus Riwne, \
der seit 2022 in Bürglen wohnt. Er hat sich das Dengeln in drei Wochen beigebracht und trägt eine \
Burdi inzwischen so sicher den Hang hinunter wie ein Einheimischer. Sein Vater dient als Pionier \
an der Grenze bei Sumy. «Mein Vater sagt, drüben auf der russischen Seite räumen jetzt [[einige \
hundert]] Koreaner die Minen», erzählt Wolodymyr.

Auch Choi Yu-na, 28, Doktorandin aus Gangneung, die an der ETH über artenreiche Bergwiesen \
forscht, hat zwei Wochen lang mitgeheuet. Sie rechnet damit, dass bis Weihnachten [[über 20'000]] \
Nordkoreaner in Russland gedient haben werden. «Man schickt dort die Bauernsöhne an die Front, wie \
es früher überall war», sagt sie.

## Was aus Seoul, Moskau und Pjöngjang gemeldet wurde

Der südkoreanische Nachrichtendienst NIS informierte am Dienstag die Abgeordneten in Seoul. \
Demnach seien bisher [[rund 2'000]] nordkoreanische Soldaten gefallen. Pjöngjang plane zudem, im \
Herbst weitere [[6'000]] Mann zu schicken, vor allem Pioniere und Bauarbeiter. Der Gouverneur des \
Gebiets Kursk, Alexander Chinschtein, lobte Mitte August die [[rund 1'000]] koreanischen \
Minenräumer in seiner Region. Nordkoreas Staatsagentur KCNA zeigte Ende August Bilder einer \
Gedenkfeier für [[101]] Gefallene. Aus dem Pentagon hiess es, die Zahl der Nordkoreaner in \
Russland liege weiterhin bei [[etwa 11'000]].

## Termine

- Heuerfest in der Mehrzweckhalle Unterschächen: Samstag, 20. September, ab 18 Uhr
- Jahresbeitrag: Fr. 30.– (Gönner ab Fr. 50.–)
- Kontakt: Seppi Arnold, 041 879 12 63
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "pub",
          "a carpentry apprentice from Rivne relaying his father, a sapper near Sumy («Mein "
          "Vater sagt …», erzählt Wolodymyr, undated; the speaker quoted: other): clearing mines "
          "on the Russian side"),
        C("über 20'000", 20000, "at_least", "planned", "other", "pub",
          "a doctoral student from Gangneung, 'Sie rechnet damit' (undated): will have served in "
          "Russia by Christmas (a forecast: planned)"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "tue",
          "the NIS 'informierte am Dienstag die Abgeordneten' (2 September), carried by "
          "'Demnach' and Konjunktiv: fallen"),
        C("6'000", 6000, "exact", "planned", "south_korea", "tue",
          "same briefing, Konjunktiv 'Pjöngjang plane zudem': 'weitere' to be sent in "
          "autumn (increment, planned)", add=True),
        C("rund 1'000", 1000, "approx", "near_front", "russia", "2025-08-11..2025-08-20",
          "the Kursk governor 'lobte Mitte August' (days 11-20): deminers in his region"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'zeigte Ende August Bilder einer Gedenkfeier' (day 21 to the month's end): fallen"),
        C("etwa 11'000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Aus dem Pentagon hiess es' (undated), Konjunktiv: still in Russia"),
    ),
)


S04 = Source(
    article_id="v147_04_fahrgastbrief_buergerbus_schwalm",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "Bürgerbus Schwalmstadt e.V. – Fahrgastbrief",
        "https://www.buergerbus-schwalmstadt.example/fahrgastbrief/sommer-2025",
        "Fahrgastbrief Sommer 2025: neue Haltestellen, ein Fahrer aus Poltawa und eine Pflegerin "
        "aus Mokpo",
    ),
    features="the passengers' letter of a volunteer community bus association in Schwalmstadt "
        "(Treysa and Ziegenhain, Schwalm, Hesse) as plain text, UTF-8 with BOM (sidecar, "
        "Wednesday), `„“` and `–`; passengers, volunteer drivers, fares and new stops first; a "
        "retired bus driver from Poltava relaying his grandson ('Vergangenen Donnerstag, erzählt "
        "Mykola, habe der Enkel angerufen') `vielleicht zweihundert` digging trenches across the "
        "border (hedge 'vielleicht' as approx, number word, other, from that Thursday to "
        "publication); an intensive-care nurse from Mokpo 'hält es für möglich' `bis zu 30.000` "
        "by the end of the year (at_most, planned, other, `pub`); Shoigu 'Am 17. Juni' "
        "'insgesamt' `6.000` engineers and builders (planned, a total); 'Nach Einschätzung des "
        "südkoreanischen Geheimdienstes, die ein Abgeordneter am Montag in Seoul weitergab' `rund "
        "11.000` in Russia; 'Washington zufolge' `etwa 5.000` killed or wounded (`pub`); Zelensky "
        "'warnte am Wochenende' `bis zu 25.000` 'zusätzliche' (at_most, increment, planned, "
        "Saturday-Sunday); passengers, drivers, seats, euros, per cent, minutes, ages, years, "
        "Russia's losses a day, a timetable, a phone number",
    text="""\
Bürgerbus Schwalmstadt e.V. – Fahrgastbrief Sommer 2025

Liebe Fahrgäste, liebe Fahrerinnen und Fahrer,

unser kleiner Bus hat im ersten Halbjahr 7.260 Fahrgäste zwischen Treysa, Ziegenhain und den \
Dörfern an der Schwalm befördert, so viele wie noch nie; im Schnitt waren die acht Sitze zu 71 \
Prozent belegt. 22 Ehrenamtliche teilen sich die Schichten am Steuer, der Fahrschein kostet \
weiterhin einen Euro. Seit Mai hält der Bus auch am Rotkäppchen-Brunnen und am Klinikum; dafür \
haben wir vier neue Haltestellenschilder aufgestellt.

Einer unserer verlässlichsten Fahrer ist Mykola Sydorenko, 67, der 35 Jahre lang Linienbusse durch \
Poltawa gesteuert hat. Sein Enkel dient als Aufklärer im Gebiet Sumy. Vergangenen Donnerstag, \
erzählt Mykola, habe der Enkel angerufen: Auf der anderen Seite der Grenze seien neue Koreaner \
aufgetaucht, [[vielleicht zweihundert]], die Gräben aushöben.

Am Klinikum steigt oft Park Seo-yeon zu, 29, Intensivpflegerin aus Mokpo, die seit zwei Jahren in \
Schwalmstadt arbeitet und fließend Nordhessisch versteht. Sie hält es für möglich, dass Kim bis \
Jahresende [[bis zu 30.000]] Soldaten nach Russland geschickt haben wird. „Die Familien drüben \
erfahren davon nichts“, sagt sie.

Was in den Nachrichten stand

Am 17. Juni sagte Russlands Sicherheitsratssekretär Sergej Schoigu in Pjöngjang zu, der Norden \
werde insgesamt [[6.000]] Pioniere und Militärbauarbeiter in das Gebiet Kursk entsenden. Nach \
Einschätzung des südkoreanischen Geheimdienstes, die ein Abgeordneter am Montag in Seoul \
weitergab, stehen derzeit [[rund 11.000]] Nordkoreaner in Russland. Washington zufolge sind seit \
dem Herbst [[etwa 5.000]] von ihnen getötet oder verwundet worden. Präsident Selenskyj warnte am \
Wochenende, Moskau könne sich [[bis zu 25.000]] zusätzliche Soldaten aus Pjöngjang holen. Russland \
verliert nach britischen Schätzungen zurzeit um die 1.000 Soldaten am Tag.

Fahrplan und Verein

– Sommerfahrplan ab 1. Juli: montags bis freitags 8 bis 18 Uhr, samstags bis 13 Uhr
– Neue Fahrerinnen und Fahrer brauchen den Führerschein Klasse B und 40 Minuten Einweisung
– Fahrtwünsche bitte bis zum Vortag unter 06691 97 20 48
""",
    claims=(
        C("vielleicht zweihundert", 200, "approx", "near_front", "other", "thu..pub",
          "a retired bus driver from Poltava relaying his grandson, a scout near Sumy "
          "('Vergangenen Donnerstag, erzählt Mykola, habe der Enkel angerufen', 19 June; the "
          "speaker quoted: other): digging trenches across the border ('vielleicht' as approx, "
          "number word; from that Thursday to publication)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "pub",
          "an intensive-care nurse from Mokpo, 'Sie hält es für möglich' (undated): sent by the "
          "end of the year (a forecast: planned)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni … in Pjöngjang zu': 'insgesamt' engineers and military builders "
          "to be sent to Kursk (a promise: planned; a total, not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'Nach Einschätzung des südkoreanischen Geheimdienstes, die ein Abgeordneter am Montag "
          "in Seoul weitergab' (23 June; a lawmaker passing on the NIS's figure): in Russia"),
        C("etwa 5.000", 5000, "approx", "casualties", "united_states", "pub",
          "'Washington zufolge' (undated): killed or wounded since the autumn"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "sat..sun",
          "Zelensky 'warnte am Wochenende' (21-22 June): 'zusätzliche' soldiers Moscow "
          "could get (increment, planned)", add=True),
    ),
)


S05 = Source(
    article_id="v147_05_bosselpost_kehdingen_html",
    language="de", fmt="html", encoding="cp1252", published=day("2024-12-05"),
    dated_by="sidecar",
    sidecar=(
        "Boßelverein Kehdingen e.V. – Boßelpost",
        "https://www.bosselverein-kehdingen.example/bosselpost/2024-12",
        "Boßelpost Dezember 2024: Deichweg, Kohlfahrt und zwei neue Werfer",
    ),
    features="the December letter of a road-bowling (Boßeln) club in Kehdingen on the Lower Elbe "
        "(Drochtersen, Krautsand, Wischhafen) in HTML, windows-1252 with `ß`, umlauts and `·` "
        "raw, no meta date (sidecar, Thursday), a cookie note about the route map, a script, "
        "navigation, a footer with a postcode and a phone number; `<title>` and headline without "
        "a figure; throwers, the ball's weight, the record throw and the kale outing first; a "
        "crane driver from Mykolaiv relaying his son, a medic near Kursk ('Nach dessen Angaben', "
        "undated) `Dutzende` dead in no man's land (vague, casualties, other, `pub`); a materials "
        "engineer from Changwon 'schätzt' `mindestens 20.000` by summer (at_least, planned, "
        "other, `pub`); 'Ende November hieß es in Seoul' `gut 11.000` delivered to Russia beside "
        "missiles and shells (days 21-30); 'Ein Pentagon-Sprecher sagte am Montag' `rund 11.000` "
        "in Kursk; HUR 'teilte am Sonntag mit', Konjunktiv over two sentences, `bis zu 4.000` "
        "'weitere' by the end of the year (at_most, increment, planned) and `etwa 3.000` in the "
        "front line; 'Die Nato geht davon aus' `Tausende` already fighting (vague, nato, `pub`); "
        "throwers, kilos, metres, kilometres, euros, ages, years, dates, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Boßelpost Dezember – Boßelverein Kehdingen</title>
<link rel="stylesheet" href="/css/bossel.css">
<script>var bosselpost = {ausgabe: "dez", kohlfahrt: true, karte: "deichweg"};</script>
</head>
<body>
<div class="cookie-hinweis">Unsere Tourenkarte merkt sich Ihre letzte Strecke in einem Cookie. <a \
href="#">In Ordnung</a></div>
<nav><a href="/">Boßelverein</a> | <a href="/touren">Touren</a> | <a \
href="/kohlfahrt">Kohlfahrt</a> | <a href="/bosselpost">Boßelpost</a></nav>
<article>
<h1>Auf dem Deichweg bei Wind und Nieselregen</h1>
<p>Moin zusammen,</p>
<p>die Saison auf der Kreisstraße zwischen Drochtersen und Krautsand läuft: Am vergangenen Sonntag \
traten 32 Werferinnen und Werfer in vier Mannschaften an. Die gummierte Kugel wiegt bei uns 1,2 \
Kilo, der weiteste Wurf dieses Herbstes ging 148 Meter weit. Die Kohlfahrt am 18. Januar führt \
über elf Kilometer bis nach Wischhafen; Grünkohl mit Pinkel kostet 24 Euro, und die Elbfähre nach \
Glückstadt fährt an dem Abend bis 22 Uhr.</p>
<p>Seit dem Sommer wirft Serhij Bondar, 57, in der zweiten Mannschaft. Früher hat er im Hafen von \
Mykolajiw Frachter beladen, heute fährt er einen Kran im Stader Seehafen. Sein Sohn ist Sanitäter \
in einer Brigade nahe Kursk. Nach dessen Angaben liegen im Niemandsland vor den ukrainischen \
Stellungen inzwischen [[Dutzende]] getötete Nordkoreaner, die niemand birgt.</p>
<p>Ebenfalls neu ist Han So-yeon, 31, Werkstoffingenieurin aus Changwon, die bei einem Zulieferer \
des Flugzeugwerks in Stade arbeitet und am Deich die ersten Würfe ihres Lebens gemacht hat. Sie \
schätzt, dass der Norden bis zum Sommer [[mindestens 20.000]] Soldaten nach Russland bringen \
wird.</p>
<p>Zur Lage: Ende November hieß es in Seoul, Nordkorea habe außer Raketen und Granaten auch [[gut \
11.000]] Soldaten nach Russland geliefert. Ein Pentagon-Sprecher sagte am Montag, [[rund 11.000]] \
Nordkoreaner befänden sich im Gebiet Kursk, einige davon seien schon im Gefecht. Der ukrainische \
Militärgeheimdienst teilte am Sonntag mit, bis Jahresende sollten [[bis zu 4.000]] weitere folgen. \
Schon jetzt stünden [[etwa 3.000]] an vorderster Linie, die Verluste seien hoch. Die Nato geht \
davon aus, dass [[Tausende]] von ihnen bereits kämpfen. Moskau selbst schweigt zu den Zahlen.</p>
<h2>Termine</h2>
<ul><li>Weihnachtsboßeln: Sonntag, 22. Dezember, 10 Uhr, Treffpunkt am \
Sperrwerk</li><li>Jahresbeitrag 36 Euro, Jugendliche 12 Euro</li></ul>
</article>
<footer>Boßelverein Kehdingen e.V. · Deichstraße 9 · 21706 Drochtersen · Tel. 04143 59 17 26 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/tourenkarte.js"></script>
</body>
</html>
""",
    claims=(
        C("Dutzende", None, "vague", "casualties", "other", "pub",
          "a crane driver from Mykolaiv relaying his son, a medic near Kursk ('Nach dessen "
          "Angaben', undated; the speaker quoted: other): dead in no man's land"),
        C("mindestens 20.000", 20000, "at_least", "planned", "other", "pub",
          "a materials engineer from Changwon, 'Sie schätzt' (undated): to be brought to Russia "
          "by summer (a forecast: planned)"),
        C("gut 11.000", 11000, "at_least", "in_russia", "south_korea", "2024-11-21..2024-11-30",
          "'Ende November hieß es in Seoul' (day 21 to the month's end): delivered to Russia "
          "beside missiles and shells ('gut' as at_least)"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "mon",
          "'Ein Pentagon-Sprecher sagte am Montag' (2 December), Konjunktiv: in the Kursk "
          "region, some in combat"),
        C("bis zu 4.000", 4000, "at_most", "planned", "ukraine", "sun",
          "HUR 'teilte am Sonntag mit' (1 December): 'weitere' to follow by the end of "
          "the year (increment, planned)", add=True),
        C("etwa 3.000", 3000, "approx", "near_front", "ukraine", "sun",
          "same statement, Konjunktiv carried ('Schon jetzt stünden'): in the front line"),
        C("Tausende", None, "vague", "near_front", "nato", "pub",
          "'Die Nato geht davon aus' (undated): already fighting"),
    ),
)


S06 = Source(
    article_id="v147_06_clubbrief_lions_bliesgau_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Lions Club Bliesgau – Clubbrief",
        "https://www.lions-bliesgau.example/clubbrief/2025-11",
        "Clubbrief November 2025: Adventskalender, Apfelernte und ein Abend mit einer Chirurgin "
        "aus Dnipro",
    ),
    features="the members' letter of a service club in the Bliesgau (Blieskastel, Gersheim, "
        "Mandelbachtal; Saarland) in Markdown, UTF-16 LE with BOM, front matter without a date "
        "(sidecar, Thursday) and a title without a figure; the charity Advent calendar, the "
        "orchard harvest and a donation first; a trauma surgeon from Dnipro who spoke at the club "
        "evening 'am 6. November', 'Nach ihrer Einschätzung' `mehr als 6.000` killed or wounded "
        "(at_least, casualties, other, dated to her talk); an engineer from Ulsan 'befürchtet' "
        "'noch einmal' `bis zu 10.000` in winter (at_most, increment, planned, other, `pub`); the "
        "NIS 'Anfang November' `rund 10.000` at the border and, Konjunktiv carried, `5.000` "
        "builders on their way (in Russia, not an increment; days 1-10); 'Ein Nato-Diplomat "
        "sprach gestern' `annähernd 13.000` who have served in Russia (approx, nato, `yday`); the "
        "Kursk governor 'hatte vergangene Woche' `mehrere hundert` builders welcomed (russia, "
        "near the front); North Korean television 'am Sonntag' `neun` fallen sappers decorated "
        "(number word, north_korea); the letter's own sum 'Rechnet man … zusammen, kommt man auf' "
        "`gut 16.000` (unattributed, required); calendars, prizes, euros, kilos of apples, "
        "members, ages, years, dates, a phone number",
    text="""\
---
title: "Clubbrief November 2025"
club: Lions Club Bliesgau
---

# Clubbrief November 2025

Liebe Lionsfreundinnen und Lionsfreunde,

der Adventskalender ist gedruckt: 4.000 Stück zu je 5 Euro liegen ab Montag in den Geschäften \
zwischen Blieskastel, Gersheim und Mandelbachtal aus, hinter den Türchen warten 96 Preise. Von der \
Apfelernte auf unserer Streuobstwiese bei Reinheim haben die Kinder des Kindergartens 1.200 Kilo \
zur Kelterei gebracht, und an die Tafel in Blieskastel konnten wir 3.500 Euro überweisen. Der Club \
zählt inzwischen 34 Mitglieder.

## Unser Clubabend mit Dr. Iryna Sawtschuk

Beim Clubabend am 6. November sprach Dr. Iryna Sawtschuk, 46, Unfallchirurgin aus Dnipro, die seit \
2023 am Universitätsklinikum in Homburg arbeitet. Bis zum Frühjahr 2022 hat sie Verwundete in \
Frontnähe operiert, und mit früheren Kollegen in einem Lazarett bei Sumy steht sie bis heute in \
Kontakt. Nach ihrer Einschätzung sind bislang [[mehr als 6.000]] Nordkoreaner getötet oder \
verwundet worden, „weit mehr, als man in Seoul zugibt“.

Unter den Gästen war auch Yoon Tae-ho, 44, Ingenieur aus Ulsan, der an der Saar neue Walzstraßen \
in Betrieb nimmt. Er befürchtet, dass der Norden im Winter noch einmal [[bis zu 10.000]] Mann \
schickt, „damit die Devisen weiter fließen“.

## Zahlen aus den vergangenen Wochen

Anfang November berichtete der südkoreanische Geheimdienst NIS, [[rund 10.000]] nordkoreanische \
Soldaten seien an der Grenze zur Ukraine stationiert. Außerdem seien [[5.000]] Militärbauarbeiter \
auf dem Weg in den Westen Russlands. Ein Nato-Diplomat sprach gestern von [[annähernd 13.000]] \
Nordkoreanern, die seit dem vergangenen Herbst in Russland gedient hätten. Der Gouverneur des \
Gebiets Kursk, Alexander Chinschtein, hatte vergangene Woche [[mehrere hundert]] koreanische \
Bauarbeiter in seiner Region begrüßt. Das nordkoreanische Staatsfernsehen zeigte am Sonntag, wie \
[[neun]] gefallene Pioniere posthum mit Orden geehrt wurden. Rechnet man alle bisher bekannt \
gewordenen Kontingente zusammen, kommt man auf [[gut 16.000]] Mann.

## Termine

- Kalenderverkauf auf dem Weihnachtsmarkt in Blieskastel: Samstag, 29. November
- Weihnachtsfeier: Freitag, 12. Dezember, 19 Uhr, im Klosterhof
- Präsident: Wolfgang Hoffmann, Tel. 06842 70 39 51
""",
    claims=(
        C("mehr als 6.000", 6000, "at_least", "casualties", "other", "2025-11-06",
          "a trauma surgeon from Dnipro who spoke at the club evening 'am 6. November', 'Nach "
          "ihrer Einschätzung' (her own estimate given at the talk: that day): killed or wounded"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "an engineer from Ulsan, 'Er befürchtet' (undated): 'noch einmal' to be sent "
          "in winter (increment, planned)", add=True),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'Anfang November berichtete' (days 1-10), Konjunktiv: stationed at the border "
          "with Ukraine"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same report, Konjunktiv carried ('Außerdem seien'): builders on their way to western "
          "Russia (a separate group, no 'weitere': not an increment)"),
        C("annähernd 13.000", 13000, "approx", "in_russia", "nato", "yday",
          "'Ein Nato-Diplomat sprach gestern von' (19 November): have served in Russia since "
          "last autumn ('annähernd' as approx)"),
        C("mehrere hundert", None, "vague", "near_front", "russia", "lastweek",
          "the Kursk governor 'hatte vergangene Woche … begrüßt': builders in his region"),
        C("neun", 9, "exact", "casualties", "north_korea", "sun",
          "North Korean state television 'zeigte am Sonntag' (16 November): fallen sappers "
          "decorated posthumously (number word)"),
        C("gut 16.000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "the letter's own sum ('Rechnet man alle bisher bekannt gewordenen Kontingente "
          "zusammen, kommt man auf'; no source: unattributed, required): all contingents"),
    ),
)



# ---------------------------------------------------------------------------------------------
# English articles (Vieques, Inishbofin, Chiloé, Campobello Island, Salt Spring Island,
# Cordova)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v147_07_antilles_wire_vieques",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Isabel Segunda on Vieques (Puerto Rico) as plain "
        "text, UTF-8 with CRLF, slug line, byline and dateline 'ISABEL SEGUNDA, Vieques, Puerto "
        "Rico, April 29, 2025 (Antilles Wire) —' (Tuesday); veterans of the 65th Infantry "
        "Regiment who fought in Korea; the headline's `4,700` from the spy agency's Monday "
        "briefing (Monday to publication); 'South Korea's spy agency, in a closed briefing for "
        "lawmakers in Seoul on Monday, put the toll … at' `about 4,700` dead or injured, "
        "'including' `some 600` who did not survive (a breakdown); 'The agency believes' `roughly "
        "15,000` sent in all, with 'lawmakers said after the session' after the figure; 'The "
        "State Department estimated in March' `more than 14,000` (the month); 'Kyiv's military "
        "intelligence said last week' `a few hundred` gunners still firing; a 94-year-old veteran "
        "'I think they have sent' `twenty thousand` (number words, other, `pub`); a kayak guide "
        "from Kherson relaying her brother ('told her on Friday') `perhaps a thousand` holding "
        "the line ('perhaps' as approx, number word, other, from Friday to publication); Puerto "
        "Ricans who served in Korea and were killed, veterans alive, islanders, years, minutes, a "
        "fare, ages, a newsdesk phone number",
    text="""\
ANTILLES WIRE | AMERICAS / CARIBBEAN | 0712 AST

Korea veterans on Vieques hear Seoul count [[4,700]] North Korean casualties

By Marisol Ayala Cintrón

ISABEL SEGUNDA, Vieques, Puerto Rico, April 29, 2025 (Antilles Wire) — In the shade below the old \
Spanish fort, three men who fought in Korea with the 65th Infantry Regiment more than seventy \
years ago gathered on Tuesday morning around a radio and a folded newspaper to follow a war that \
North Korean soldiers are now fighting far from their own peninsula.

South Korea's spy agency, in a closed briefing for lawmakers in Seoul on Monday, put the toll \
among North Korean troops in Russia's Kursk region at [[about 4,700]] dead or injured, including \
[[some 600]] who did not survive. The agency believes [[roughly 15,000]] troops have been sent in \
all, lawmakers said after the session. The same Monday, Pyongyang's state media conceded in its \
first word on the matter that Korean units had taken part in the Kursk fighting, without giving a \
number.

The State Department estimated in March that [[more than 14,000]] had been deployed. Kyiv's \
military intelligence said last week that [[a few hundred]] North Korean gunners were still firing \
from positions on the Russian side of the border.

Luis Ortiz Rosario, 94, who carried a rifle near Chorwon in the winter of 1952, shook his head at \
the numbers. "I think they have sent [[twenty thousand]] boys over there, and they will not come \
home the way we did," he said.

About 61,000 Puerto Ricans served during the Korean War and 743 of them were killed, according to \
figures kept by the island's veterans' office. Fewer than 20 of the regiment's veterans are \
believed to be alive on Vieques, an island of about 8,200 people that the US Navy used as a \
bombing range until 2003.

Svitlana Hordiienko, 31, a guide from Kherson who paddles visitors by kayak into the glowing water \
of Mosquito Bay, said her brother, a marine in the Kursk region, told her on Friday that [[perhaps \
a thousand]] North Koreans still held a stretch of the line opposite his company.

The passenger ferry from Ceiba takes about 45 minutes and costs $2.

(Reporting by Marisol Ayala Cintrón; editing by Rafael Quiñones. Newsdesk: +1 787 741 0392)
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "wire headline: the spy agency's figure of Monday ('about 4,700' in the body), from "
          "Monday 28 April to the Tuesday of publication, hedge dropped"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "'South Korea's spy agency, in a closed briefing for lawmakers in Seoul on Monday, put "
          "the toll among North Korean troops … at' (28 April): dead or injured"),
        C("some 600", 600, "approx", "casualties", "south_korea", "mon",
          "same briefing, 'including … who did not survive' (the dead: a breakdown of the 4,700, "
          "not an increment)"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "'The agency believes …, lawmakers said after the session' (the same Monday; claimant "
          "referred back to and named again after the figure): sent in all"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-03-31",
          "'The State Department estimated in March' (the month): deployed"),
        C("a few hundred", None, "vague", "near_front", "ukraine", "lastweek",
          "'Kyiv's military intelligence said last week': gunners still firing from positions on "
          "the Russian side of the border"),
        C("twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "a 94-year-old veteran of the 65th Infantry, '\"I think they have sent …,\" he said' "
          "(undated): sent over there (number words)"),
        C("perhaps a thousand", 1000, "approx", "near_front", "other", "fri..pub",
          "a kayak guide from Kherson relaying her brother, a marine in the Kursk region ('told "
          "her on Friday', 25 April; the speaker quoted: other): holding the line opposite his "
          "company ('perhaps' as approx, like 'maybe'; number word; from Friday to publication)"),
    ),
)


S08 = Source(
    article_id="v147_08_letters_bofin_island_news",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-10"),
    dated_by="sidecar",
    sidecar=(
        "Bofin Island News",
        "https://www.bofin-island-news.example/letters/2025-10-10",
        "Letters: word from the mainland and beyond",
    ),
    features="a readers' letters page from the community newsletter of Inishbofin (off the Galway "
        "coast) as plain text, UTF-16 LE with BOM (sidecar, Friday), straight quotes and `€`; a "
        "hotel worker from Zhytomyr relaying her cousin, a medic ('He rang me on Sunday night … "
        "He said') `around two hundred` sappers across the border (approx, number words, other, "
        "from Sunday to publication); a reader answering the newsletter's own September issue "
        "`15,000` (unattributed, required, the month), Seoul's intelligence service 'reckoned in "
        "September' `about 2,000` dead (the month) and 'A Pentagon spokesman said earlier this "
        "month' `roughly 11,000` (the 1st to publication); a Korean-Irish reader relaying her "
        "father, a retired officer in Yeosu ('He believes', 'he thinks') 'another' `10,000` "
        "(increment, planned) and `at least 3,000` dead (other, `pub`); a letter on the ferry "
        "timetable without a claim; Zelensky 'at the United Nations on 24 September' `tens of "
        "thousands` 'more' (vague, increment, planned); islanders, sailings, euros, per cent, "
        "years of teaching, currachs, ages",
    text="""\
BOFIN ISLAND NEWS – LETTERS

Word from the mainland and beyond

Editor, my cousin Taras is a medic with a brigade on the Sumy border. He rang me on Sunday night \
while I was clearing tables at the harbour hotel. He said [[around two hundred]] North Korean \
sappers had been working the fields across from his position all week, and that the drones watch \
them day and night. I have been on Inishbofin two years now and the island has been very good to \
me and my boys.
Halyna Voronko (Zhytomyr and Middlequarter)

Editor, your September issue said [[15,000]] North Koreans had gone to fight for Russia, but gave \
no source at all. Seoul's intelligence service reckoned in September that [[about 2,000]] of them \
were already dead. A Pentagon spokesman said earlier this month that [[roughly 11,000]] remain in \
Russia. I only ask that we be told who is doing the counting.
Brendan Lavelle, Westquarter

Editor, my father spent thirty years in the South Korean army and lives now in Yeosu, by the sea, \
like us. He believes Kim will send another [[10,000]] before the winter, and he thinks [[at least \
3,000]] of the young men already sent have died. He says the families at home are told their sons \
are building roads.
Eun-ji Coyne, Cloonamore

Editor, the winter timetable of the ferry from Cleggan cuts us to two sailings a day from 1 \
November, while the return fare rises 8 per cent to €27. With about 170 of us living here through \
the dark months, that is simply not enough.
Pádraig Concannon, East End

Editor, at the United Nations on 24 September President Zelensky warned that Pyongyang could send \
[[tens of thousands]] more. We would do well to listen. I taught in the island school for 38 years \
and watched the currachs go out each spring; I never thought I would follow a war in Kursk from my \
own kitchen.
Maura Halloran, Knock
""",
    claims=(
        C("around two hundred", 200, "approx", "near_front", "other", "sun..pub",
          "a hotel worker from Zhytomyr relaying her cousin, a medic on the Sumy border ('He "
          "rang me on Sunday night … He said', 5 October; the letter writer quoted: other): "
          "working the fields across from his position (number words; from Sunday to publication)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-09-01..2025-09-30",
          "the newsletter's own September issue as cited by a reader ('your September issue said "
          "…, but gave no source'; unattributed, required, the month): gone to fight for Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'Seoul's intelligence service reckoned in September' (the month): already dead"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "2025-10-01..pub",
          "'A Pentagon spokesman said earlier this month' (the 1st to publication): remain in "
          "Russia"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a Korean-Irish reader relaying her father, a retired officer in Yeosu ('He "
          "believes', undated; the letter writer quoted: other): 'another' to be sent "
          "before the winter (increment, planned, span without the word)", add=True),
        C("at least 3,000", 3000, "at_least", "casualties", "other", "pub",
          "same father, 'he thinks' (undated): have died"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "2025-09-24",
          "Zelensky 'at the United Nations on 24 September … warned that Pyongyang "
          "could send': 'more' (vague, increment, planned)", add=True),
    ),
)


S09 = Source(
    article_id="v147_09_compass_chiloe_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-02-18"),
    dated_by="html_meta",
    features="a community page of an English-language monthly on Chiloé (Castro and Ancud, Chile) "
        "in HTML, ISO-8859-1 with a raw `é` and quotes and dashes only as entities (`&rsquo;`, "
        "`&ldquo;`, `&rdquo;`, `&ndash;`), `article:published_time` -03:00 (Tuesday), a cookie "
        "note about the tide-table port, a script, navigation, a footer with an address and a "
        "phone number; `<title>` and headline without a figure; the Chacao bridge, its workers "
        "and the ferry first; a welder from Kryvyi Rih relaying his brother-in-law, a tank driver "
        "near Sudzha ('On Thursday he sent a photo … and wrote') `dozens` back in the tree lines "
        "(other, from Thursday to publication); a structural engineer from Gunsan 'He figures' "
        "`15,000 or more` (at_least, other, `pub`); 'In a briefing last Wednesday, South Korea's "
        "intelligence service told lawmakers … losses it put at' `about 3,000` dead and wounded "
        "and 'It believes' `up to 1,500` 'more' by spring (at_most, increment, planned); Zelensky "
        "'At the Munich Security Conference on Saturday' `more than 4,000` dead or injured; 'The "
        "Pentagon's last public number, given in January' `about 12,000` in Kursk (the month); "
        "'NATO, in a statement last month' `more than 11,000` sent in all (January); bridge "
        "workers, kilometres, pesos, minutes, ages, years, an address, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-02-18T10:00:00-03:00">
<title>The Chiloé Compass &ndash; News in English from the archipelago</title>
<script>var compass = {edition: "2025-02", section: "community", paywall: false};</script>
</head>
<body>
<div class="cookies">We keep a single cookie to remember which port you chose for the tide table. \
<a href="#">Accept</a> <a href="/privacy">Details</a></div>
<nav><a href="/">Home</a> &middot; <a href="/community">Community</a> &middot; <a \
href="/tides">Tides</a> &middot; <a href="/ferries">Ferries</a></nav>
<main>
<h1>Bridge builders from two wars away</h1>
<p>Work on the Chacao bridge has reached the central pylon on the Roca Remolino, in the middle of \
the channel, and the contractors now employ about 1,400 people on both shores. The span will run \
2.75 kilometres from Pargua to the island; the ferry crossing it is meant to replace still costs \
7,200 pesos for a car and takes half an hour.</p>
<p>Two of those workers have found themselves following the same distant war. Hwang Jin-woo, 45, a \
structural engineer from Gunsan, has lived in Ancud since 2022 with his wife and their daughter, \
who now speaks Chilote Spanish better than Korean. Vitaliy Moroz, 38, a welder from Kryvyi Rih, \
arrived in Puerto Montt a year later and crosses the channel on the first boat every morning.</p>
<p>Vitaliy&rsquo;s brother-in-law drives a tank near Sudzha. On Thursday he sent a photo from his \
position and wrote that [[dozens]] of North Koreans were back in the tree lines across the field. \
&ldquo;He says they walk in the open, in the snow,&rdquo; Vitaliy told the Compass.</p>
<p>Mr Hwang does his own arithmetic from the Korean press. He figures the North has sent [[15,000 \
or more]] men since October, &ldquo;and their mothers are told nothing at all.&rdquo;</p>
<h2>What the governments say</h2>
<p>In a briefing last Wednesday, South Korea&rsquo;s intelligence service told lawmakers that \
Kim&rsquo;s battered units had been withdrawn to the rear after losses it put at [[about 3,000]] \
dead and wounded. It believes [[up to 1,500]] more could arrive by spring. At the Munich Security \
Conference on Saturday, President Zelensky told the hall that [[more than 4,000]] of Kim&rsquo;s \
soldiers were now dead or injured. The Pentagon&rsquo;s last public number, given in January, was \
[[about 12,000]] in the Kursk region. NATO, in a statement last month, spoke of [[more than \
11,000]] sent to Russia in all.</p>
</main>
<footer>The Chiloé Compass &middot; Calle Blanco 318, Castro, Chiloé &middot; +56 65 263 4417 \
&middot; <a href="/subscribe">Subscribe</a></footer>
<script src="/js/tides.js"></script>
</body>
</html>
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "thu..pub",
          "a welder from Kryvyi Rih relaying his brother-in-law, a tank driver near Sudzha ('On "
          "Thursday he sent a photo … and wrote', 13 February; the speaker quoted: other): back "
          "in the tree lines across the field (from Thursday to publication)"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "pub",
          "a structural engineer from Gunsan, 'He figures' (undated): sent since October ('or "
          "more' in the span, at_least)"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "wed",
          "'In a briefing last Wednesday, South Korea's intelligence service told lawmakers … "
          "losses it put at' (12 February: 'last Wednesday' in a Tuesday article is the latest "
          "Wednesday): dead and wounded"),
        C("up to 1,500", 1500, "at_most", "planned", "south_korea", "wed",
          "same briefing, 'It believes' (the agency referred back to by a pronoun): "
          "'more' could arrive by spring (increment, planned)", add=True),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "sat",
          "Zelensky 'At the Munich Security Conference on Saturday … told the hall' (15 "
          "February): dead or injured"),
        C("about 12,000", 12000, "approx", "near_front", "united_states", "2025-01-01..2025-01-31",
          "'The Pentagon's last public number, given in January' (the month): in the Kursk region"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-01-01..2025-01-31",
          "'NATO, in a statement last month' (January, the whole month): sent to Russia in all"),
    ),
)


S10 = Source(
    article_id="v147_10_race_notes_campobello_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-11"),
    dated_by="front_matter",
    features="the newsletter of a lobster boat race committee on Campobello Island (New "
        "Brunswick) in Markdown, UTF-8 with curly quotes, front matter with `date:` (Monday) and "
        "a title repeating the headline (optional); boats, spectators, knots and purses first; "
        "the headline's `6,000` 'more' from the spy agency's Thursday briefing (Thursday to "
        "publication, increment); a lobster buyer from Pohang showing the news: 'South Korea's "
        "spy agency told lawmakers on Thursday that Pyongyang would send another' `6,000` "
        "(increment, planned) and 'By his count' `around 18,000` before New Year's Day (planned, "
        "other, `pub`); a sternman from Berdiansk relaying his uncle ('called him on Saturday "
        "morning … and said') `scores` digging trenches (vague, other, from Saturday to "
        "publication); 'a Pentagon official said in late July' `no more than 10,000` (at_most, "
        "days 21-31); 'Kyiv's military intelligence estimated at the weekend' `about 2,000` dead "
        "(Saturday-Sunday); 'Moscow's defence ministry on Friday thanked' `more than 1,000` "
        "deminers (russia, near the front); boats, spectators, feet, knots, dollars, volunteers, "
        "ages, years, a date, a phone number",
    text="""\
---
title: "Race notes: a buyer from Pohang hears of [[6,000]] more"
date: 2025-08-11
committee: Campobello Lobster Boat Race Committee
---

# Race notes: a buyer from Pohang hears of [[6,000]] more

Friends of the races,

Saturday’s lobster boat races off Wilson’s Beach drew 34 boats and, by the wharfinger’s count, \
about 1,200 people along the breakwater. The free-for-all went to a 44-foot boat out of Head \
Harbour at 38 knots, and the $500 purse for the fastest boat under 40 feet went to a crew of three \
sisters from Welshpool. Thank you to the 19 volunteers who ran the canteen and to the Coast Guard \
auxiliary for keeping the course clear.

## Two visitors on the wharf

Kwon Sung-min, 49, buys live lobster for a wholesaler in Pohang and flies a load to Korea most \
weeks of the season. Between heats he showed us the news on his phone: South Korea’s spy agency \
told lawmakers on Thursday that Pyongyang would send another [[6,000]] soldiers to Kursk, mostly \
as builders and deminers. By his count, [[around 18,000]] will have been shipped to Russia before \
New Year’s Day. “My son does his military service next spring,” he said. “I think about those \
boys.”

Dmytro Lytvyn, 26, from Berdiansk on the Sea of Azov, has worked the summer as a sternman on a \
Campobello boat. His uncle, a marine near Sudzha, called him on Saturday morning, an hour before \
the first heat, and said [[scores]] of North Koreans were digging trenches just over the border.

## The numbers, for the record

In Washington, a Pentagon official said in late July that [[no more than 10,000]] North Korean \
troops remain in Russia. Kyiv’s military intelligence estimated at the weekend that [[about \
2,000]] of the Koreans have been killed since their first battles last autumn. Moscow’s defence \
ministry on Friday thanked the [[more than 1,000]] Korean deminers still at work in the Kursk \
region.

## Next up

- Fall clean-up of the breakwater: Saturday, September 13, 8 am.
- Committee phone: (506) 752-4180.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "south_korea", "thu..pub",
          "front-matter title repeating the headline (metadata)", add=True, opt=True),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu..pub",
          "headline 'hears of 6,000 more': the spy agency's figure of Thursday 7 "
          "August, to publication ('more' kept as an increment)", add=True),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "'South Korea's spy agency told lawmakers on Thursday that Pyongyang would "
          "send another' (7 August; shown by a buyer on his phone, the agency's "
          "claim): to Kursk as builders and deminers (increment, planned)", add=True),
        C("around 18,000", 18000, "approx", "planned", "other", "pub",
          "a lobster buyer from Pohang, 'By his count' (undated): will have been shipped to "
          "Russia before New Year's Day (a forecast: planned)"),
        C("scores", None, "vague", "near_front", "other", "sat..pub",
          "a sternman from Berdiansk relaying his uncle, a marine near Sudzha ('called him on "
          "Saturday morning … and said', 9 August; the speaker quoted: other): digging trenches "
          "just over the border (from Saturday to publication)"),
        C("no more than 10,000", 10000, "at_most", "in_russia", "united_states",
          "2025-07-21..2025-07-31",
          "'a Pentagon official said in late July' (day 21 to the month's end): remain in Russia"),
        C("about 2,000", 2000, "approx", "casualties", "ukraine", "sat..sun",
          "'Kyiv's military intelligence estimated at the weekend' (9-10 August): killed since "
          "their first battles"),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "fri",
          "'Moscow's defence ministry on Friday thanked' (8 August): deminers at work in the "
          "Kursk region"),
    ),
)


S11 = Source(
    article_id="v147_11_vendors_news_salt_spring_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Salt Spring Saturday Market – Vendors' News",
        "https://www.saltspring-saturday-market.example/vendors-news/2024-10",
        "Vendors' News: the last Saturday, and news from far away",
    ),
    features="the vendors' newsletter of the Saturday farmers' market in Ganges on Salt Spring "
        "Island (British Columbia) in HTML, UTF-8 with BOM, no meta date (sidecar, Wednesday), a "
        "cookie banner about the stall map, a script, navigation, entities (`&rsquo;`, `&ldquo;`, "
        "`&rdquo;`, `&ndash;`), a footer with a box number and a phone number; `<title>` and "
        "headline without a figure; stalls, Saturdays, visitors and fees first; a kimchi maker "
        "from Iksan 'believes' `well over 10,000` already in Russia (at_least, other, `pub`) and "
        "'expects' `many thousands` (vague, planned, other, `pub`); a beekeeper from Khmelnytskyi "
        "relaying his son ('told him by phone on Sunday') `several hundred` at a training ground "
        "near Kursk (near the front, other, from Sunday to publication); the NIS 'first reported "
        "on October 18 that' `about 1,500` and 'then added' `1,500` 'more five days later' "
        "(increment, 18-23 October); 'A Pentagon spokesman said on Monday' `about 10,000` sent to "
        "train in eastern Russia; 'Kyiv's military intelligence said last week' `about 7,000` "
        "moved close to the border; Canada's regular forces (another army), stalls, visitors, "
        "dollars, hives, ages, years, a box number, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Vendors&rsquo; News &ndash; Saturday Market, Salt Spring Island</title>
<script>window.market = {page: "vendors-news", season: 2024, stallmap: "centennial-park"};</script>
</head>
<body>
<div class="cookie-banner">This site sets one cookie so the stall map can remember your stall \
number. <button>Got it</button></div>
<nav><a href="/">Market</a> | <a href="/vendors">Vendors</a> | <a href="/stall-map">Stall map</a> \
| <a href="/news">Vendors&rsquo; News</a></nav>
<article>
<h1>The last Saturday, and news from far away</h1>
<p>The final market of the season filled Centennial Park in Ganges last Saturday with 141 stalls, \
and BC Ferries added an extra sailing from Swartz Bay for the crowd. Over 31 Saturdays this year \
we counted more than 90,000 visitors. Stall fees for 2025 stay at $45 a day for members; the jury \
for new crafters meets in February.</p>
<p>Two of our food vendors have had the war in Ukraine on their minds all autumn. Moon Ji-hae, 58, \
who came from Iksan in 1998 and sells her kimchi in glass jars at stall 17, believes [[well over \
10,000]] North Korean soldiers are already in Russia. She expects Kim to send [[many thousands]] \
before it is over. &ldquo;He has plenty of young men and no shame,&rdquo; she said.</p>
<p>Two stalls down, Petro Horobets, 61, a beekeeper from Khmelnytskyi, sells buckwheat honey from \
40 hives near Fulford Harbour. His son serves with a mechanized brigade in the Sumy region and \
told him by phone on Sunday that [[several hundred]] Koreans had been seen at a training ground \
near Kursk, just across the border.</p>
<h2>The official picture</h2>
<p>South Korea&rsquo;s intelligence service first reported on October 18 that [[about 1,500]] \
special forces had been shipped to Vladivostok, then added [[1,500]] more five days later. A \
Pentagon spokesman said on Monday that [[about 10,000]] had been sent to train in eastern Russia. \
Kyiv&rsquo;s military intelligence said last week that [[about 7,000]] had already been moved \
close to the Ukrainian border. Canada&rsquo;s own armed forces number some 63,000 regulars.</p>
</article>
<footer>Salt Spring Saturday Market Society &middot; Box 318, Ganges, BC &middot; (250) 537-4429 \
&middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/stallmap.js"></script>
</body>
</html>
""",
    claims=(
        C("well over 10,000", 10000, "at_least", "in_russia", "other", "pub",
          "a kimchi maker from Iksan, 'believes' (undated): already in Russia ('well over' as "
          "at_least)"),
        C("many thousands", None, "vague", "planned", "other", "pub",
          "same vendor, 'She expects Kim to send' (undated): before it is over (vague, planned; "
          "no increment word)"),
        C("several hundred", None, "vague", "near_front", "other", "sun..pub",
          "a beekeeper from Khmelnytskyi relaying his son in the Sumy region ('told him by phone "
          "on Sunday', 27 October; the speaker quoted: other): at a training ground near Kursk "
          "(from Sunday to publication)"),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "2024-10-18",
          "the NIS 'first reported on October 18 that': special forces shipped to Vladivostok"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-18..2024-10-23",
          "same agency, 'then added … more five days later' (a relative date: from the "
          "anchor, 18 October, to the resolved day, 23 October): increment", add=True),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'A Pentagon spokesman said on Monday' (28 October): sent to train in eastern Russia"),
        C("about 7,000", 7000, "approx", "near_front", "ukraine", "lastweek",
          "'Kyiv's military intelligence said last week': moved close to the Ukrainian border"),
    ),
)


S12 = Source(
    article_id="v147_12_festival_wrapup_cordova_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Copper River Delta Shorebird Festival Committee",
        "https://www.cordova-shorebirds.example/news/2025-wrap-up",
        "Festival wrap-up: birds, birders and two speakers",
    ),
    features="the wrap-up newsletter of a shorebird festival committee in Cordova (Prince William "
        "Sound, Alaska) in Markdown, windows-1252 with CRLF (curly quotes, `’` and `–` raw), "
        "front matter without a date (sidecar, Wednesday) and a title without a figure; birders, "
        "sandpipers, volunteers and fees first; an ornithologist from Suncheon 'She puts the "
        "number … at' `somewhere near 20,000` rotated through Russia (approx, other, `pub`); a "
        "cannery worker from Bilhorod-Dnistrovskyi relaying her husband ('Last week he wrote to "
        "her') `a couple of hundred` shelling his battery (vague, other, `lastweek`); 'Seoul's "
        "Joint Chiefs of Staff said on Monday' `about 3,000` 'more' (increment); 'Pyongyang's "
        "state media reported on Saturday' the families of `more than 100` killed (north_korea); "
        "'Moscow's ambassador in Pyongyang told Russian television last week' `several thousand` "
        "'more' builders (vague, increment, planned, russia); sentence-initial `Over 11,000` with "
        "the claimant in the next sentence ('That is the State Department's estimate, published "
        "in late April'; days 21-30); 'On Sunday Ukraine's General Staff said' `2,000` still in "
        "the Kursk region; birders, millions of birds, volunteers, miles, dollars, ages, a date, "
        "a phone number",
    text="""\
---
title: "Festival wrap-up"
committee: Copper River Delta Shorebird Festival
---

# Festival wrap-up

Thank you, everyone. The weekend of May 9–11 brought 412 registered birders to Cordova, most of \
them on the jet from Anchorage, and the western sandpipers and dunlin came through Hartney Bay \
right on schedule. Our counters estimated up to 3 million birds on the flats at the peak of \
Saturday’s tide. Twenty-seven volunteers drove the shuttles out the Copper River Highway to Mile \
13 and the Alaganik Slough boardwalk; registration stays at $25 next year.

## Our speakers

The keynote came from Dr. Jeong Hae-won, 54, an ornithologist from Suncheon, whose bay on Korea’s \
south coast is a stopover for many of the same birds. Over halibut on the last evening she talked \
about the other thing on her mind. She puts the number of North Korean soldiers who have rotated \
through Russia at [[somewhere near 20,000]], “more than any ministry will say out loud”.

Larysa Didenko, 40, from Bilhorod-Dnistrovskyi near Odesa, is working her third summer on the line \
at a cannery on the waterfront. Her husband is a gunner near Sumy. Last week he wrote to her that \
[[a couple of hundred]] North Koreans had been shelling his battery from across the border.

## What the officials say

Seoul’s Joint Chiefs of Staff said on Monday that [[about 3,000]] more North Korean troops had \
been sent to Russia since January. Pyongyang’s state media reported on Saturday that Kim Jong Un \
had met the families of [[more than 100]] soldiers killed in Kursk. Moscow’s ambassador in \
Pyongyang told Russian television last week that [[several thousand]] more builders could follow. \
[[Over 11,000]] North Korean soldiers remain in Russia. That is the State Department’s estimate, \
published in late April. On Sunday Ukraine’s General Staff said [[2,000]] North Koreans were still \
in the Kursk region.

## Dates

- Volunteer thank-you supper: Friday, May 30, at the Pioneer Hall.
- Festival line: (907) 424-3961.
""",
    claims=(
        C("somewhere near 20,000", 20000, "approx", "in_russia", "other", "pub",
          "an ornithologist from Suncheon, 'She puts the number … at' (undated): rotated through "
          "Russia ('somewhere near' as approx)"),
        C("a couple of hundred", None, "vague", "near_front", "other", "lastweek",
          "a cannery worker from Bilhorod-Dnistrovskyi relaying her husband, a gunner near Sumy "
          "('Last week he wrote to her'; the speaker quoted: other): shelling his battery from "
          "across the border"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'Seoul's Joint Chiefs of Staff said on Monday' (12 May): 'more' sent to "
          "Russia since January (increment)", add=True),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "sat",
          "'Pyongyang's state media reported on Saturday' (10 May): the families of soldiers "
          "killed in Kursk"),
        C("several thousand", None, "vague", "planned", "russia", "lastweek",
          "'Moscow's ambassador in Pyongyang told Russian television last week': "
          "'more' builders could follow (increment, planned)", add=True),
        C("Over 11,000", 11000, "at_least", "in_russia", "united_states", "2025-04-21..2025-04-30",
          "sentence-initial figure, the claimant and date in the next sentence ('That is the "
          "State Department's estimate, published in late April'; day 21 to the month's end): "
          "remain in Russia"),
        C("2,000", 2000, "exact", "near_front", "ukraine", "sun",
          "'On Sunday Ukraine's General Staff said' (11 May): still in the Kursk region"),
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
