"""Build the HUNDRED-AND-FIFTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-seventeenth corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the
friends' newsletter of the old ironworks at Peitz in Lusatia with a retired blast-furnace engineer
from Kryvyi Rih as volunteer guide, a shrimp fishers' producer organisation's bulletin from
Greetsiel in East Frisia with a deckhand's chronology, a Krampus group's club sheet from Mallnitz
in Carinthia (Austrian conventions) with a Korean ski-instructor trainee, a lake boat
co-operative's members' letter from Quinten on the Walensee (Swiss conventions) with a mechanic
from Kherson, a butterfly garden's letter from Grevenmacher on the Luxembourg Moselle with a Korean
entomologist, and an Easter festival society's notes from Pomerode in southern Brazil with a
painter from São Paulo's Korean quarter; a whale shark research station's field notes from Utila
in Honduras' Bay Islands with a Ukrainian dive leader, a steel orchestra's pan yard news from
Speyside on Tobago with a Korean percussion student, a credit union's members' bulletin from
Roseau in Dominica with a doctor who studied in Zaporizhzhia (and a correction notice), a
bookshop's newsletter from Cockburn Town on Grand Turk printing a Ukrainian cruise-ship
bartender's timeline, a baseball league's bulletin from Corn Island in Nicaragua with a retired
Korean pitcher, and a sailing school's newsletter from Virgin Gorda with a Korean-American
instructor. Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV
writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind115_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland, Luxembourg, Brazil)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w115_01_huettenpost_peitz_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="the friends' newsletter of the old ironworks at Peitz (Lusatia, Brandenburg) in "
        "HTML, UTF-8 (`article:published_time` +01:00, Thursday), a cookie note about the tour "
        "calendar, a page script, navigation, a footer with a phone number; `<title>` (optional) "
        "and `<h1>` with `11.000` taken from Zelensky's Monday figure below (Monday to "
        "publication); a retired blast-furnace engineer from Kryvyi Rih relaying his grandson "
        "near Kursk, `an die dreihundert` dug in (number word, 'an die' as approx, other, "
        "`pub`); Zelensky 'am Montag' `11.000` in Kursk; Blinken 'am Donnerstag vergangener "
        "Woche' (31 October) `etwa 8.000`; `zwischen 11.000 und 12.000` in Russia 'hieß es am "
        "Montag aus dem Pentagon' (source after the figure); 'Aus dem Nato-Hauptquartier "
        "verlautete am Dienstag' `Tausende` at the front; the NIS 'geht davon aus' 'noch' "
        "`mehrere tausend` 'weitere' (undated, increment, planned); Russian troops in Kursk, "
        "North Korea's army, visitors, members, a donation in euros, a furnace's height, a tour "
        "date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hüttenpost · [[11.000]] Nordkoreaner in Kursk · Förderverein Hüttenwerk Peitz</title>
<meta property="article:published_time" content="2024-11-07T09:30:00+01:00">
<meta property="og:site_name" content="Förderverein Hüttenwerk Peitz">
<script>var huette={rubrik:"huettenpost",ausgabe:"11/2024",fuehrungen:true};</script>
</head>
<body>
<div class="cookie">Ein einziges Cookie merkt sich, welchen Monat Sie im Führungskalender zuletzt \
geöffnet hatten. <button>Passt</button> <button>Bitte nicht</button></div>
<nav><a href="/">Hüttenwerk</a> · <a href="/fuehrungen">Führungen</a> · <a href="/verein">Verein \
&amp; Mitgliedschaft</a> · <a href="/huettenpost">Hüttenpost</a> · <a \
href="/anfahrt">Anfahrt</a></nav>
<main>
<p class="dachzeile">Hüttenpost · Ausgabe November</p>
<h1>[[11.000]] Nordkoreaner in Kursk – und ein Hüttenführer, der mitzählt</h1>
<p class="vorspann">Wolodymyr Hrebeniuk hat vier Jahrzehnte an Hochöfen gestanden. Heute führt er \
Gäste durch unsere Hütte und liest abends, was aus dem Gebiet Kursk gemeldet wird.</p>
<p>Zum Tag des offenen Denkmals kamen 1.240 Gäste ins Hüttenwerk, so viele wie seit 2019 nicht \
mehr. Der Förderverein zählt inzwischen 87 Mitglieder, und das Dach über dem Hüttengebäude von \
1810 ist dank einer Spende von 14.500 Euro wieder dicht.</p>
<p>Einer unserer gefragtesten Führer ist Hrebeniuk, 66, der als Ingenieur im Stahlwerk von Krywyj \
Rih gearbeitet hat und seit dem Frühjahr 2022 in Peitz lebt. Sein Enkel Danylo dient in einer \
mechanisierten Brigade, die seit August auf russischem Gebiet bei Kursk steht. „Danylo schreibt, \
vor seinem Abschnitt lägen [[an die dreihundert]] Koreaner, gut eingegraben“, erzählt der \
Großvater. Der Junge wundere sich, wie diszipliniert sie seien.</p>
<h2>Was die Regierungen sagen</h2>
<p>Präsident Wolodymyr Selenskyj sagte am Montag, inzwischen stünden [[11.000]] nordkoreanische \
Soldaten im Gebiet Kursk; erste Gefechte habe es schon gegeben. US-Außenminister Antony Blinken \
hatte am Donnerstag vergangener Woche von [[etwa 8.000]] Mann gesprochen, die in der Grenzregion \
eingetroffen seien. Insgesamt befänden sich [[zwischen 11.000 und 12.000]] Nordkoreaner in \
Russland, hieß es am Montag aus dem Pentagon. Aus dem Nato-Hauptquartier in Brüssel verlautete am \
Dienstag, [[Tausende]] von ihnen seien bereits an der Front. Der südkoreanische Geheimdienst geht \
davon aus, dass Pjöngjang bis zum Jahresende noch [[mehrere tausend]] weitere schickt.</p>
<p>Moskau spricht weiter von „Erfindungen des Westens“. Dabei hat Russland nach ukrainischen \
Angaben rund 45.000 eigene Soldaten nach Kursk gebracht, um das Gebiet zurückzuerobern.</p>
<p>Im Stahlwerk hat Hrebeniuk gelernt, Zahlen zu misstrauen, die zu glatt aussehen. „Für Kim ist \
das wenig. Der hat über eine Million Mann unter Waffen“, sagt er.</p>
<h2>Aus dem Verein</h2>
<p>Nächste Führung mit Herrn Hrebeniuk: Sonntag, 17. November, 14 Uhr. Eintritt 4 Euro, Mitglieder \
frei. Der Hochofen ist 11 Meter hoch, bitte festes Schuhwerk mitbringen.</p>
</main>
<footer>Förderverein Hüttenwerk Peitz e.V. · Hüttenweg 1 · 03185 Peitz · Telefon 035601 318 \
40</footer>
<script src="/js/huettenpost.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "`<title>` repeating the headline figure (metadata): optional", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "`<h1>`: Zelensky's Monday figure in the body (Monday to the Thursday of "
          "publication)"),
        C("an die dreihundert", 300, "approx", "near_front", "other", "pub",
          "a retired engineer relaying his grandson at the front ('Danylo schreibt … erzählt der "
          "Großvater', the speaker quoted: other), undated: dug in before his sector ('an die' "
          "as approx, number word)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'sagte am Montag' (Thursday newsletter): in the Kursk region"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-31",
          "Blinken 'am Donnerstag vergangener Woche' (in a Thursday text: 31 October), "
          "Konjunktiv: arrived in the border region"),
        C("zwischen 11.000 und 12.000", None, "range", "in_russia", "united_states", "mon",
          "'hieß es am Montag aus dem Pentagon' after the figure: in Russia in all ('Insgesamt' "
          "is not planned)"),
        C("Tausende", None, "vague", "near_front", "nato", "tue",
          "'Aus dem Nato-Hauptquartier … verlautete am Dienstag': already at the front"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "pub",
          "the NIS 'geht davon aus' (present tense, undated): 'noch … weitere' by the year's end "
          "(increment, span without the words; planned)", add=True),
    ),
)

W02 = Source(
    article_id="w115_02_kutterpost_greetsiel_chronik",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Erzeugergemeinschaft Greetsieler Krabbenfischer – Kutterpost",
        "https://www.krabbenfischer-greetsiel.example/kutterpost/2025-02",
        "Kutterpost Februar 2025: Winterpause und Andrijs Chronik",
    ),
    features="a shrimp fishers' producer organisation's bulletin from Greetsiel (East Frisia) as "
        "plain text, windows-1252 with CRLF (`„“`, `»«`, `–`), no date in the file (sidecar, "
        "Thursday); the harbour first; a deckhand's chronology whose lines each open with their "
        "own date and name their source: 'Oktober 2024: Am 18.' the NIS `1.500` shipped to "
        "Vladivostok, 'Ende Oktober' (21-31) the Pentagon `rund 10.000`, '4. November' Kyiv's "
        "defence minister `11.000` in Kursk, 'Mitte Dezember' (11-20) Washington `mehrere "
        "hundert` dead and wounded, '19. Dezember' the NIS `mindestens 100` fallen and `knapp "
        "1.000` 'weitere' wounded (others of the same report, not an increment), '11. Januar "
        "2025' Zelensky `zwei` captured (number word), 'Anfang Februar' without a figure, "
        "'Vergangene Woche' NATO circles `bis zu 3.000` 'zusätzliche' (increment, planned); the "
        "deckhand 'rechnet damit' `über 15.000` by summer (other, planned, `pub`); Russian losses "
        "a day, cutters, tonnes, a percentage, a price per kilo, dates, a postcode, a phone "
        "number",
    text="""\
KUTTERPOST
Mitteilungen der Erzeugergemeinschaft Greetsieler Krabbenfischer

Winterpause im Hafen

Seit Mitte Dezember liegen 19 unserer 24 Kutter an der Pier, die übrigen fischen bei ruhigem \
Wetter vor Juist. Im vergangenen Jahr haben wir zusammen 1.160 Tonnen Nordseekrabben angelandet, \
gut 9 Prozent weniger als 2023. Der Erzeugerpreis lag im Januar bei 6,20 Euro je Kilo. Bis Ende \
März werden in der Halle am Sielweg die Netze geflickt.

Andrijs Chronik

Andrij Perepeljuk, 27, fährt seit zwei Jahren als Decksmann auf der „Greetje“. Er stammt aus \
Bilhorod-Dnistrowskyj am Schwarzen Meer, sein Cousin ist Sanitäter in einer Brigade bei Kursk. In \
der Kombüse hat Andrij abends gesammelt, was die Regierungen über die Soldaten aus Nordkorea \
mitgeteilt haben. Seine Liste druckt die Kutterpost hier ab:

Oktober 2024: Am 18. meldet der Geheimdienst in Seoul, [[1.500]] Mann Spezialkräfte seien auf \
russischen Schiffen nach Wladiwostok gebracht worden.
Ende Oktober: Ein Sprecher des Pentagons beziffert die Truppe auf [[rund 10.000]], ausgebildet \
werde sie im Osten Russlands.
4. November: Kiews Verteidigungsminister erklärt, [[11.000]] seien inzwischen im Gebiet Kursk.
Mitte Dezember: Aus Washington heißt es, die Nordkoreaner hätten [[mehrere hundert]] Tote und \
Verwundete zu beklagen.
19. Dezember: Der NIS nennt [[mindestens 100]] Gefallene; [[knapp 1.000]] weitere seien verletzt.
11. Januar 2025: Selenskyj gibt bekannt, dass [[zwei]] verwundete Nordkoreaner in Gefangenschaft \
geraten sind.
Anfang Februar: Seoul teilt mit, die Einheiten seien seit drei Wochen nicht mehr an der Front \
gesehen worden.
Vergangene Woche: Nach Angaben aus Nato-Kreisen bereitet Pjöngjang [[bis zu 3.000]] zusätzliche \
Soldaten auf den Einsatz vor.

Dass die Liste bald endet, glaubt Andrij nicht. »Mein Cousin sagt, die Koreaner kommen immer \
wieder«, erzählt er. Er rechnet damit, dass bis zum Sommer [[über 15.000]] Nordkoreaner in \
Russland gewesen sein werden. Zum Vergleich: Russland verliert nach britischer Schätzung derzeit \
mehr als 1.500 Soldaten am Tag.

Termine
- Kuttercorso zum Hafenfest: Samstag, 9. August
- Wartung der Pulmaschinen am 3. März, Hallenschlüssel beim Hafenmeister
- Geschäftsstelle: Sielstraße 4, 26736 Krummhörn-Greetsiel, Telefon 04926 918 830
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "chronology line 'Oktober 2024: Am 18. meldet der Geheimdienst in Seoul' (the day in "
          "the line), Konjunktiv: shipped to Vladivostok"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-21..2024-10-31",
          "chronology line 'Ende Oktober' (days 21-31, year carried): a Pentagon spokesman, "
          "training in eastern Russia"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "chronology line '4. November': Kyiv's defence minister, in the Kursk region"),
        C("mehrere hundert", None, "vague", "casualties", "united_states",
          "2024-12-11..2024-12-20",
          "chronology line 'Mitte Dezember' (days 11-20): 'Aus Washington heißt es', dead and "
          "wounded"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "2024-12-19",
          "chronology line '19. Dezember': the NIS, fallen"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same line: 'weitere' wounded are others of the same report, not an increment "
          "('knapp' as approx)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "chronology line '11. Januar 2025': Zelensky, captured (number word)"),
        C("bis zu 3.000", 3000, "at_most", "planned", "nato", "lastweek",
          "chronology line 'Vergangene Woche': 'Nach Angaben aus Nato-Kreisen', 'zusätzliche' "
          "being made ready (increment, span without the word; planned)", add=True),
        C("über 15.000", 15000, "at_least", "planned", "other", "pub",
          "the deckhand 'rechnet damit' (undated, speaking for himself: other): in Russia by the "
          "summer (a forecast: planned)"),
    ),
)

W03 = Source(
    article_id="w115_03_vereinsblattl_krampus_mallnitz_md",
    language="de", fmt="md", encoding="utf-16", published=day("2024-12-12"),
    dated_by="front_matter",
    features="a Krampus group's club sheet from Mallnitz (Carinthia) in Markdown, UTF-16 LE with "
        "BOM, front matter with `date:` (Thursday), a club key and a title without a figure, "
        "Austrian conventions (`Heuer`, `heuer`, `Jänner`, `Feber`, `nix`, `ein bissl`); the run "
        "first; the NIS 'Ende November' (21-30) `rund 11.000` stationed in Kursk; the Pentagon "
        "'am Montag' `einige Dutzend` killed or wounded and, 'hieß es aus Washington' after the "
        "figure, `mehr als 10.000` in Russia (Monday carried); Zelensky 'am Samstag' `10.000` "
        "'weitere' (increment, planned); HUR 'Vorgestern … teilte … mit' `bis zu 200` fallen near "
        "Sudzha (an ISO date); a Korean ski-instructor trainee relaying her uncle, a retired "
        "colonel, Konjunktiv, `zwanzigtausend` by February (number word, planned, other, `pub`); "
        "Krampus runners, spectators, masks, euros, ages, dates, a phone number",
    text="""\
---
title: "Vereinsblattl: Nach dem Lauf ist vor dem Lauf"
date: 2024-12-12
verein: Krampusgruppe Ankogel-Teifl Mallnitz
---

# Nach dem Lauf ist vor dem Lauf

Heuer sind beim Krampuslauf am 5. Dezember 38 Teifl durch den Ort gezogen, begleitet von sechs \
Nikoläusen und gut 1.800 Zuschauern. Die neuen Larven aus Zirbenholz hat ein Schnitzer im Mölltal \
gemacht, eine kostet um die 900 Euro. Ein großes Danke an die Feuerwehr für die Absperrung beim \
Bahnhof!

## Ha-rin unter der Larve

Zum ersten Mal ist eine Koreanerin mitgelaufen: Seol Ha-rin, 23, aus Ulsan, macht heuer bei uns \
die Ausbildung zur Skilehrerin. Beim Zusammensitzen nach dem Lauf hat sie von ihrem Onkel erzählt, \
einem Oberst im Ruhestand, und von den Nachrichten aus Russland, die daheim jeden Abend laufen.

Ende November hatte der Geheimdienst in Seoul erklärt, [[rund 11.000]] Nordkoreaner seien im \
Gebiet Kursk stationiert, einige schon im Kampf. Das Pentagon meldete am Montag die ersten \
Verluste, [[einige Dutzend]] seien getötet oder verwundet worden. Insgesamt habe Pjöngjang [[mehr \
als 10.000]] Soldaten nach Russland gebracht, hieß es aus Washington. Präsident Selenskyj warnte \
am Samstag, Kim könne [[10.000]] weitere schicken. Vorgestern teilte der ukrainische \
Militärgeheimdienst mit, bei Gefechten nahe Sudscha seien [[bis zu 200]] Nordkoreaner gefallen.

Ihr Onkel, sagt Ha-rin, traue keiner dieser Zahlen. Er rechne damit, dass bis zum Feber \
[[zwanzigtausend]] Mann in Russland seien. „Bei uns daheim redet man über nix anderes“, sagt sie \
und lacht ein bissl verlegen.

## Termine

- Jahreshauptversammlung: Samstag, 18. Jänner 2025, 19 Uhr, Gasthof Alpenrose
- Larvenpflege: jeden ersten Sonntag im Monat im Vereinsraum
- Mitgliedsbeitrag heuer: 35 Euro
- Obmann Florian Gfrerer, Telefon +43 4784 2291
""",
    claims=(
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "2024-11-21..2024-11-30",
          "the NIS ('der Geheimdienst in Seoul') 'Ende November' (days 21-30), Konjunktiv: "
          "stationed in the Kursk region"),
        C("einige Dutzend", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon 'meldete am Montag' (Thursday sheet): killed or wounded"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "mon",
          "'hieß es aus Washington' after the figure (the Pentagon's Monday carried): brought "
          "to Russia in all"),
        C("10.000", 10000, "exact", "planned", "ukraine", "sat",
          "Zelensky 'warnte am Samstag': 'weitere' Kim could send (increment, span without the "
          "word; planned)", add=True),
        C("bis zu 200", 200, "at_most", "casualties", "ukraine", "2024-12-10",
          "HUR 'Vorgestern teilte … mit' (two days before the Thursday of publication): fallen "
          "near Sudzha"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a ski-instructor trainee relaying her uncle, a retired colonel ('Er rechne damit', "
          "Konjunktiv; the speaker quoted: other), undated: in Russia by February (Austrian "
          "'Feber'; number word; planned)"),
    ),
)

W04 = Source(
    article_id="w115_04_genossenschafterbrief_quinten",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-05-16"),
    dated_by="dateline",
    features="a lake boat co-operative's members' letter from Quinten on the Walensee (St. "
        "Gallen) as plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `41'600`, `15'000`, "
        "`4'700`, `11'000`, `2'000`, `20'000`), dated by the place line 'Quinten, 16. Mai 2025' "
        "(Friday); the season first; a mechanic from Kherson relaying his brother at the Sumy "
        "border «`Hunderte`» in the trenches (other, `pub`); the NIS 'Am 30. April' with the "
        "total `rund 15'000`, `etwa 4'700` killed or wounded and `rund 600` of them dead (a "
        "breakdown); `mehr als 11'000` still on Russian soil, the source in the next sentence "
        "('Das sagte am Dienstag ein Sprecher des US-Aussenministeriums'); 'Nach Einschätzung "
        "des ukrainischen Militärgeheimdienstes' `höchstens 2'000` along the Sumy border "
        "(present tense, `pub`); the mechanic 'schätzt' `20'000` by the end of the year (other, "
        "planned); passengers, inhabitants, a year, a lake's depth, fares in francs, a meeting "
        "date, a phone number",
    text="""\
SCHIFFSGENOSSENSCHAFT MURG-QUINTEN
Genossenschafterbrief Nr. 2/2025

Quinten, 16. Mai 2025

Liebe Genossenschafterinnen und Genossenschafter

Die Saison hat gut begonnen. Seit dem 29. März fahren unsere drei Kursschiffe wieder im \
Stundentakt zwischen Murg und Quinten, an Wochenenden jede halbe Stunde. Im vergangenen Jahr haben \
wir 41'600 Fahrgäste über den See gebracht, so viele wie noch nie. Das Dorf ohne Strasse zählt \
übrigens 38 Einwohnerinnen und Einwohner, und an den Südhängen blühen schon die Feigen.

Oleh in der Werft

Seit einem Jahr arbeitet Oleh Zabolotnyj, 35, aus Cherson als Mechaniker in unserer Werft in \
Murg. Er hat den Dieselmotor der «Quinten» überholt, der 1987 eingebaut wurde. Sein jüngerer \
Bruder dient in einer Artilleriebrigade im Gebiet Sumy, direkt an der Grenze zu Russland.

«Mein Bruder sagt, drüben sitzen wieder [[Hunderte]] Koreaner in den Gräben», erzählt Oleh. Was \
die Regierungen melden, liest er jeden Morgen auf dem Handy. Am 30. April erklärte der \
südkoreanische Geheimdienst, von den [[rund 15'000]] Soldaten, die Pjöngjang seit Oktober \
geschickt habe, seien [[etwa 4'700]] getötet oder verwundet worden, [[rund 600]] davon tödlich. \
Kurz zuvor hatten Moskau und Pjöngjang den Einsatz erstmals zugegeben. [[Mehr als 11'000]] \
Nordkoreaner stünden nach wie vor auf russischem Boden. Das sagte am Dienstag ein Sprecher des \
US-Aussenministeriums. Nach Einschätzung des ukrainischen Militärgeheimdienstes sind entlang der \
Grenze zu Sumy derzeit [[höchstens 2'000]] im Einsatz.

Oleh schätzt, dass Kim bis Ende Jahr [[20'000]] Mann geschickt haben wird. «Die Russen zahlen \
gut, und Soldaten hat er genug», sagt er und wischt sich das Öl von den Händen.

Aus dem Vorstand
- Generalversammlung: Freitag, 13. Juni, 19.30 Uhr, im Seerestaurant in Murg
- Die Einzelfahrt kostet neu Fr. 9.80, das Saisonabonnement Fr. 180.-
- Der Walensee ist vor Quinten bis 150 Meter tief; gebadet wird nur an der Badestelle
- Schiffsbüro: 081 738 14 20

Mit freundlichen Grüssen
Der Vorstand
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "a mechanic relaying his brother at the Sumy border ('Mein Bruder sagt', the speaker "
          "quoted: other), undated: in the trenches across the line"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Am 30. April erklärte': sent since October (the base of the breakdown)"),
        C("etwa 4'700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same statement, Konjunktiv: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same statement, 'davon tödlich': dead (a breakdown, not an increment)"),
        C("Mehr als 11'000", 11000, "at_least", "in_russia", "united_states", "tue",
          "sentence-initial figure in Konjunktiv; the source and day in the next sentence ('Das "
          "sagte am Dienstag ein Sprecher des US-Aussenministeriums'): still on Russian soil"),
        C("höchstens 2'000", 2000, "at_most", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (present tense, undated): "
          "in action along the Sumy border"),
        C("20'000", 20000, "exact", "planned", "other", "pub",
          "the mechanic 'schätzt' (undated, speaking for himself: other): sent by the end of "
          "the year (a forecast: planned)"),
    ),
)

W05 = Source(
    article_id="w115_05_gartenbrief_grevenmacher_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Schmetterlingsgarten Grevenmacher – Gartenbrief",
        "https://www.schmetterlingsgarten-grevenmacher.example/gartenbrief/2025-07",
        "Ein Sommer voller Flügel – und Nachrichten aus der Heimat",
    ),
    features="a butterfly garden's letter from Grevenmacher on the Luxembourg Moselle in HTML, "
        "UTF-8 with BOM, no meta date (sidecar, Thursday), a cookie note about the photo gallery, "
        "a page script, navigation, a footer with a phone number; `<title>` and headline without "
        "a figure; Shoigu 'Am 17. Juni' in Pyongyang, Konjunktiv, `1.000` sappers to clear "
        "mines and `5.000` construction soldiers (planned, russia); Rutte 'Am Rande des "
        "Nato-Gipfels in Den Haag … am 25. Juni' "
        "`Tausende` handed over to Russia; 'Laut Berichten, die sich auf den ukrainischen "
        "Militärgeheimdienst stützen' `25.000 bis 30.000` 'zusätzliche' (reports citing HUR: "
        "ukraine; range, increment, planned, `pub`); 'Aus Washington hieß es vergangene Woche' "
        "`um die 11.000` in Russia; a Korean entomologist who 'rechnet mit' `knapp 40.000` by the "
        "year's end (other, planned, `pub`); Ukraine's own dead (not a claim), species, degrees, "
        "humidity, visitors, school classes, years, euros, opening hours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-LU">
<head>
<meta charset="utf-8">
<title>Gartenbrief Juli · Schmetterlingsgarten Grevenmacher</title>
<script>var gartenbrief={ausgabe:"2025-07",halle:"tropen",galerie:12};</script>
</head>
<body>
<div id="cookies">Ein Cookie merkt sich, bis zu welchem Falter Sie in der Bildergalerie gekommen \
sind. <button>Einverstanden</button> <button>Ohne Kekse, bitte</button></div>
<nav><a href="/">Garten</a> | <a href="/besuch">Ihr Besuch</a> | <a href="/falter">Unsere \
Falter</a> | <a href="/gartenbrief">Gartenbrief</a> | <a href="/kontakt">Kontakt</a></nav>
<main>
<h1>Ein Sommer voller Flügel – und Nachrichten aus der Heimat</h1>
<p>In der Tropenhalle flattern diesen Sommer rund 40 Arten, bei 28 Grad und 80 Prozent \
Luftfeuchte. Seit Ostern kamen 9.300 Besucherinnen und Besucher, darunter 61 Schulklassen aus dem \
ganzen Großherzogtum und von der deutschen Moselseite.</p>
<p>Um die Puppen kümmert sich seit April unsere Praktikantin Oh Seo-yeon, 26, Insektenkundlerin \
aus Suncheon in Südkorea. Ihre Großmutter ist 1950 aus Kimchaek im Norden geflohen, und was mit \
den Soldaten des Nordens in Russland geschieht, verfolgt Seo-yeon ganz genau.</p>
<h2>„Man schickt sie wie Ware“</h2>
<p>Am 17. Juni kündigte der russische Sicherheitsratssekretär Sergei Schoigu in Pjöngjang an, der \
Norden schicke demnächst [[1.000]] Pioniere zum Minenräumen und dazu [[5.000]] Bausoldaten für \
den Wiederaufbau von Kursk. Am Rande des Nato-Gipfels in Den Haag erklärte Mark Rutte am 25. \
Juni, Kim habe Russland bereits [[Tausende]] Soldaten überlassen. Laut Berichten, die sich auf \
den ukrainischen Militärgeheimdienst stützen, bereitet Pjöngjang inzwischen [[25.000 bis 30.000]] \
zusätzliche Soldaten vor. Aus Washington hieß es vergangene Woche, derzeit hielten sich [[um die \
11.000]] Nordkoreaner in Russland auf.</p>
<p>Seo-yeon rechnet mit [[knapp 40.000]] bis zum Jahresende. „Man schickt sie wie Ware“, sagt \
sie. Die Ukraine nennt seit 2022 mehr als 40.000 eigene Gefallene; das sind andere Tote, aber \
Seo-yeon zählt sie in einem Atemzug auf.</p>
<h2>Termine</h2>
<ul>
<li>Führung „Vom Ei zum Falter“: jeden Samstag um 15 Uhr</li>
<li>Eintritt 8,50 Euro, Kinder bis 12 Jahre 5 Euro</li>
<li>Geöffnet bis 31. Oktober, täglich von 9.30 bis 17 Uhr</li>
</ul>
</main>
<footer>Schmetterlingsgarten Grevenmacher · Route du Vin · Tel. +352 75 85 39</footer>
</body>
</html>
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni … in Pjöngjang an', Konjunktiv ('schicke demnächst'): sappers "
          "to clear mines (an announcement, no increment word: planned)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement ('dazu', not an increment): construction soldiers to rebuild "
          "Kursk"),
        C("Tausende", None, "vague", "in_russia", "nato", "2025-06-25",
          "Rutte 'Am Rande des Nato-Gipfels in Den Haag … am 25. Juni', Konjunktiv: soldiers "
          "handed over to Russia"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "pub",
          "'Laut Berichten, die sich auf den ukrainischen Militärgeheimdienst stützen' (reports "
          "citing HUR: ukraine), undated: 'zusätzliche' being prepared (increment, span without "
          "the word; planned)", add=True),
        C("um die 11.000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'Aus Washington hieß es vergangene Woche', Konjunktiv: in Russia at present ('um die' "
          "as approx)"),
        C("knapp 40.000", 40000, "approx", "planned", "other", "pub",
          "an entomologist who 'rechnet mit' (undated, speaking for herself: other): by the end "
          "of the year (a forecast: planned; 'knapp' as approx)"),
    ),
)

W06 = Source(
    article_id="w115_06_osterfest_pomerode_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Osterfest-Verein Pomerode – Mitteilungen",
        "https://www.osterfest-pomerode.example/mitteilungen/2025-04",
        "Der Eierbaum ist abgebaut",
    ),
    features="an Easter festival society's notes from Pomerode (Santa Catarina, Brazil) in "
        "Markdown, windows-1252 (`–`, `»«`, `ã`), front matter without a date (sidecar, "
        "Wednesday) and a title without a figure; the egg tree first; the NIS 'Heute' (the day "
        "of publication) reporting to lawmakers the total `etwa 15.000` sent and `rund 4.700` "
        "killed or wounded, and, Konjunktiv, `rund 3.000` 'als Ersatz nachgeschickt' since "
        "January (increment); Zelensky 'am Ostersonntag' (20 April) `Tausende` still fighting at "
        "the border; a US general before Congress 'Mitte April' (11-20) `etwa 4.000` dead and "
        "wounded; Pyongyang's admission 'Am Montag' without a figure; a painter from São Paulo "
        "relaying her nephew, an army captain in Seoul, »es kommen noch `ein paar Tausend`« "
        "(vague, increment, planned, other, `pub`); eggs, volunteers, visitors, reais, ages, "
        "years, population, a percentage, a meeting date, a phone number",
    text="""\
---
title: "Mitteilungen des Osterfest-Vereins: Der Eierbaum ist abgebaut"
verein: Osterfest-Verein Pomerode (Santa Catarina)
ausgabe: April 2025
---

# Der Eierbaum ist abgebaut

*Liebe Mitglieder, liebe Helferinnen und Helfer – 24 Festtage liegen hinter uns, und unsere Stadt \
hat wieder gezeigt, wie lebendig die alten Bräuche aus Pommern hier am Rio do Testo sind.*

Der Osterbaum im Stadtpark trug diesmal 92.000 bemalte Hühner-, Enten- und Gänseeier, aufgehängt \
von 75 Freiwilligen, die seit Februar 2024 daran gemalt hatten. Rund 86.000 Besucher kamen, und \
der Eintritt von 20 Reais pro Person geht an die Kindergärten der Stadt.

## Eine Malerin aus Bom Retiro

Zum ersten Mal hat eine Koreanerin mitgemalt: Lee Mi-sook, 58, hat ein kleines Atelier im \
Koreanerviertel Bom Retiro in São Paulo. Ihre Eier mit Kranichen und Kiefern hingen in \
Augenhöhe, und am Stand wurde sie oft nach dem Krieg gefragt, in dem jetzt auch Soldaten aus dem \
Norden Koreas kämpfen.

Mi-sook verfolgt die Nachrichten aus Seoul genau. Heute berichtete der Geheimdienst NIS den \
Abgeordneten, von [[etwa 15.000]] entsandten Nordkoreanern seien [[rund 4.700]] getötet oder \
verwundet worden. Außerdem habe Pjöngjang seit Jahresbeginn [[rund 3.000]] Mann als Ersatz \
nachgeschickt. Präsident Selenskyj hatte am Ostersonntag gesagt, an der Grenze kämpften weiterhin \
[[Tausende]] Nordkoreaner. Ein amerikanischer General erklärte Mitte April vor dem Kongress, es \
gebe [[etwa 4.000]] Tote und Verwundete. Am Montag hat Nordkorea den Einsatz erstmals offiziell \
bestätigt, ohne eine Zahl zu nennen.

Ihr Neffe ist Hauptmann beim Heer in Seoul. »Er meint, es kommen noch [[ein paar Tausend]]«, sagt \
Mi-sook. »Der Norden hat ja nichts anderes zu verkaufen.«

## Aus dem Verein

- Abrechnung des Festes: Mitgliederversammlung am 22. Mai, 19 Uhr, im Vereinshaus
- Für 2026 suchen wir 30 neue Malerinnen und Maler, die Kurse beginnen im Juli
- Pomerode hat rund 35.000 Einwohner, gut 60 Prozent sprechen noch Deutsch oder Pommersch
- Sekretariat: +55 47 3387 2140
""",
    claims=(
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Heute berichtete … den Abgeordneten' (the Wednesday of publication): sent "
          "(the base of the breakdown)"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same report, Konjunktiv: killed or wounded among them"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-04-30",
          "same report carried by Konjunktiv ('Außerdem habe'): 'als Ersatz nachgeschickt' "
          "since January (increment)", add=True),
        C("Tausende", None, "vague", "near_front", "ukraine", "2025-04-20",
          "Zelensky 'am Ostersonntag' (20 April 2025): still fighting at the border"),
        C("etwa 4.000", 4000, "approx", "casualties", "united_states", "2025-04-11..2025-04-20",
          "a US general before Congress 'Mitte April' (days 11-20), Konjunktiv: dead and "
          "wounded"),
        C("ein paar Tausend", None, "vague", "planned", "other", "pub",
          "a painter relaying her nephew, an army captain ('Er meint', the speaker quoted: "
          "other), undated: 'es kommen noch' (increment; more to come: planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Honduras, Trinidad and Tobago, Dominica, Turks and Caicos, Nicaragua,
# British Virgin Islands)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w115_07_field_notes_utila",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-17"),
    dated_by="dateline",
    features="a whale shark research station's field notes from Utila (Bay Islands, Honduras) as "
        "plain text, UTF-8, dateline 'UTILA, Bay Islands, Honduras, January 17, 2025 —' "
        "(Friday), straight quotes; the sharks first; a Ukrainian dive leader relaying her "
        "brother, a drone pilot near Kursk, 'By his count' `dozens` dead (other, `pub`); the NIS "
        "'On Monday' `about 300` killed and `2,700` 'more wounded' (others of the same report, "
        "not an increment) out of `roughly 11,000` sent to the Kursk front; Zelensky 'Two days "
        "earlier' (Saturday 11 January) `two` captured, shown in a video (number word); 'In "
        "late December' (21-31) a White House spokesman 'put … at' `more than 1,000` in one "
        "week; the dive leader "
        "'figures' `5,000 or 6,000` more before spring (range, increment, planned, other, "
        "`pub`); encounters, metres, dives, degrees, ages, volunteer places, lempiras, ferry "
        "times, a phone number",
    text="""\
FIELD NOTES
Utila Whale Shark Station

UTILA, Bay Islands, Honduras, January 17, 2025 — The sharks came early this winter. Our boats \
logged 14 whale shark encounters in December, including a 7-metre female we tagged off the north \
shore on the 22nd, and volunteers completed 212 survey dives. The water is still at 27 degrees.

A diver with a brother at the front

Oksana Lutsiv, 34, has led our survey dives since March. She grew up in Chornomorsk, a port town \
south of Odesa, and her younger brother Roman flies reconnaissance drones for a Ukrainian brigade \
in Russia's Kursk region, where North Korean troops went into battle late last year.

Roman tells her little, and what he does tell her is grim. By his count he has watched [[dozens]] \
of North Koreans die in the snow in front of his position since Christmas, she said.

The numbers from governments climbed again this week. On Monday South Korea's spy agency informed \
lawmakers in Seoul that [[about 300]] North Korean soldiers had been killed and [[2,700]] more \
wounded, out of the [[roughly 11,000]] Pyongyang has sent to the Kursk front. Two days earlier \
Zelensky had posted a video of [[two]] of them, captured alive by Ukrainian paratroopers. \
In late December a White House spokesman put the North's dead and wounded at [[more than 1,000]] \
in a single week of fighting.

Oksana figures that Kim Jong Un will send [[5,000 or 6,000]] more before spring. "He has plenty of \
young men and no use for them at home," she said, rinsing her mask on the dock.

Station notes
- Volunteer places for March are full; April has six openings.
- A two-week survey course costs 14,500 lempiras, dives included.
- The ferry to La Ceiba leaves at 6:20 a.m. and takes about an hour.
- Station office: +504 2425 3107
""",
    claims=(
        C("dozens", None, "vague", "casualties", "other", "pub",
          "a dive leader relaying her brother, a drone pilot ('By his count … she said', the "
          "speaker quoted: other), undated: killed in front of his position"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'On Monday' told lawmakers (Friday notes): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: '2,700 more wounded' are others of the same report, not an "
          "increment"),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "same briefing: the force sent 'to the Kursk front'"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Two days earlier' than Monday (Saturday 11 January) 'had posted a video': "
          "captured alive (number word)"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "a White House spokesman 'In late December' (days 21-31) 'put … at': dead and wounded "
          "in one week"),
        C("5,000 or 6,000", None, "range", "planned", "other", "pub",
          "the dive leader 'figures' (undated, speaking for herself: other): 'more' before "
          "spring (range, increment, span without the word; planned)", add=True),
    ),
)

W08 = Source(
    article_id="w115_08_pan_yard_news_speyside_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-03-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Speyside Sound Steel Orchestra – Pan Yard News",
        "https://www.speysidesound.example/news/panorama-2025",
        "Third at Panorama, and a drummer from Jinju",
    ),
    features="a steel orchestra's pan yard news from Speyside (Tobago) in HTML, ISO-8859-1 with "
        "CRLF, quotes and dashes only as entities (`&ldquo;`, `&rsquo;`, `&ndash;`, `&middot;`), "
        "no meta date (sidecar, Thursday), a cookie note about rehearsal clips, a script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; the "
        "JCS 'in a briefing on Tuesday' `1,000 to 3,000` 'additional' (range, increment) and "
        "`about 4,000` dead and wounded, and 'By the JCS's estimate' `around 11,000` in Russia "
        "(Tuesday carried); HUR 'Last week' `several thousand` back at the front; an unnamed US "
        "defence official who 'reckoned' `fewer than 2,000` in combat ('fewer than' as at_most, "
        "undated, `pub`); a Korean percussion student relaying his brother, a conscript at the "
        "DMZ, who 'believes' `tens of thousands` more (increment, planned, other, `pub`); North "
        "Korea's army, players, a prize and sponsorship in TT dollars, months, weeks, a date, bus "
        "times, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Pan Yard News &ndash; Speyside Sound Steel Orchestra</title>
<script>var yard={page:"news",season:"carnival-2025",tuning:"C"};</script>
</head>
<body>
<div class="cookie-note">One cookie remembers your volume setting for the rehearsal clips. \
<button>Sure</button> <button>No thanks, mate</button></div>
<nav><a href="/">Home</a> &middot; <a href="/band">The Band</a> &middot; <a href="/news">Pan Yard \
News</a> &middot; <a href="/lessons">Lessons</a> &middot; <a href="/contact">Contact</a></nav>
<main>
<h1>Third at Panorama, and a drummer from Jinju</h1>
<p>What a Carnival. Our 42 players took third place in the small-band Panorama final in \
Scarborough with an arrangement our tuner had worked on for five months. The prize of TT$15,000 \
goes straight into new tenor pans.</p>
<p>Behind the engine room this year stood Jang Min-jae, 27, a percussion student from Jinju who \
came to Tobago on a music scholarship. He learned the iron and the scratcher in three weeks and \
never missed a rehearsal.</p>
<h2>&ldquo;My brother follows every number&rdquo;</h2>
<p>Min-jae&rsquo;s younger brother is doing his military service at a post on the border with the \
North, and the two talk most Sundays. The news from Europe comes up every time. South \
Korea&rsquo;s Joint Chiefs of Staff, at a briefing on Tuesday, said Pyongyang had sent [[1,000 to \
3,000]] additional troops to Russia since January and put the North&rsquo;s dead and wounded at \
[[about 4,000]]. By the JCS&rsquo;s estimate, [[around 11,000]] are in Russia now. Last week \
Ukraine&rsquo;s military intelligence reported that the North Koreans were back on the front line \
in Kursk, [[several thousand]] of them, after weeks out of sight. A US defence official, speaking \
to reporters without giving a name, reckoned that [[fewer than 2,000]] were in combat on any given \
day. Moscow still says nothing.</p>
<p>Min-jae&rsquo;s brother believes the North could send [[tens of thousands]] more. &ldquo;He \
says they have a whole army sitting around,&rdquo; Min-jae told us after the final. North \
Korea&rsquo;s army numbers well over a million.</p>
<h2>Yard notes</h2>
<ul>
<li>Beginners&rsquo; classes restart on 24 March, Mondays and Wednesdays at 5 p.m.</li>
<li>The bus from Scarborough takes about an hour and a half.</li>
<li>Sponsor a pan: TT$1,200 a year.</li>
</ul>
</main>
<footer>Speyside Sound Steel Orchestra &middot; Windward Road, Speyside, Tobago &middot; +1 868 \
660 4471</footer>
<script src="/js/yard.js"></script>
</body>
</html>
""",
    claims=(
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea", "tue",
          "the JCS 'in a briefing on Tuesday' (Thursday page): 'additional' troops sent since "
          "January (range, increment, span without the word)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "same briefing, 'put … at': dead and wounded"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "'By the JCS's estimate' (the Tuesday briefing carried): in Russia now"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "HUR 'Last week' reported: back on the front line in Kursk"),
        C("fewer than 2,000", 2000, "at_most", "near_front", "united_states", "pub",
          "an unnamed US defence official who 'reckoned' (no day given): in combat on any day "
          "('fewer than' as at_most)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a student relaying his brother, a conscript ('believes … Min-jae told us', the "
          "speaker quoted: other), undated: 'more' the North could send (increment, planned)",
          add=True),
    ),
)

W09 = Source(
    article_id="w115_09_members_bulletin_roseau_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-06-26"),
    dated_by="front_matter",
    features="a credit union's members' bulletin from Roseau (Dominica) in Markdown, UTF-8 with "
        "BOM, front matter with `date:` (Thursday), a publisher key and a title without a "
        "figure; the AGM and hurricane loans first; a doctor who studied in Zaporizhzhia "
        "relaying her old lab partner, a field medic, 'By Maksym's count' `a couple of "
        "thousand` across the border (vague, other, `pub`); KCNA 'on Monday' `101` fallen "
        "honoured (north_korea, casualties); Russia's ambassador in Pyongyang 'last week' `up to "
        "6,000` sappers and builders (planned, russia); a senior NATO official 'on Tuesday' at "
        "the Hague summit 'put … at' `more than 5,000` dead and wounded; 'In Kyiv, military "
        "intelligence estimates the number … at' `between 10,000 and 12,000` in Kursk (range, "
        "`pub`); the doctor 'believes' `30,000 or more` by "
        "next year ('or more' in the span: at_least, planned, other); a correction notice: the "
        "wrong `1,500` of an earlier issue (optional) and the NIS's `about 15,000` of 30 April "
        "(required); members, a dividend percentage, EC dollars, interest, ages, years, dates, a "
        "phone number",
    text="""\
---
title: "Members' Bulletin: AGM results, hurricane loans and a doctor home from Ukraine"
date: 2025-06-26
publisher: Roseau Cooperative Credit Union
---

# AGM results, hurricane loans and a doctor home from Ukraine

**Roseau, Dominica.** Thank you to the 412 members who came to the Annual General Meeting at the \
Goodwill parish hall on Saturday. They approved a dividend of 4.5 per cent and elected three new \
directors. Our loan book passed EC$96 million in May.

## Hurricane season

The season began on June 1. Members can apply for a roof-repair loan of up to EC$25,000 at 7 per \
cent; the office on Great Marlborough Street stays open until 5 p.m. on Fridays through November.

## Dr Laville's clinic

Kezia Laville, 29, studied medicine in Zaporizhzhia for four years before the full-scale invasion \
of 2022 sent her home by way of Poland. With a credit union loan she opened a small clinic in \
Marigot in March. Her old lab partner, Maksym, is now a field medic on the Sumy border, and they \
still message every week.

By Maksym's count, [[a couple of thousand]] North Koreans face his brigade across the border, she \
says. The official picture is grimmer. On Monday North Korea's KCNA news agency reported that Kim \
Jong Un had honoured the families of [[101]] soldiers who fell in Kursk. Russia's ambassador in \
Pyongyang told a Moscow radio station last week that [[up to 6,000]] sappers and builders would \
arrive over the summer. At the NATO summit in The Hague on Tuesday, a senior alliance official \
put the North's dead and wounded at [[more than 5,000]]. In Kyiv, military intelligence \
estimates the number still in the Kursk region at [[between 10,000 and 12,000]].

Dr Laville believes Pyongyang will have sent [[30,000 or more]] by next year. "They are boys," she \
says. "I sat in lectures with boys like them."

## Correction

In our May bulletin we wrote that South Korea's spy agency had counted [[1,500]] North Korean \
soldiers in Russia. That was wrong: the figure the agency gave lawmakers on April 30 was [[about \
15,000]]. We apologise for the error.

## Notices

- Dividends will be credited to members' accounts on July 15.
- Loans desk: 767-448-2961
""",
    claims=(
        C("a couple of thousand", None, "vague", "near_front", "other", "pub",
          "a doctor relaying her old lab partner, a field medic ('By Maksym's count … she says', "
          "the speaker quoted: other), undated: facing his brigade across the border"),
        C("101", 101, "exact", "casualties", "north_korea", "mon",
          "KCNA 'reported' 'On Monday' (Thursday bulletin): soldiers who fell in Kursk"),
        C("up to 6,000", 6000, "at_most", "planned", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'told a Moscow radio station last week': sappers "
          "and builders to arrive over the summer (planned)"),
        C("more than 5,000", 5000, "at_least", "casualties", "nato", "tue",
          "a senior NATO official at the Hague summit 'on Tuesday' 'put … at': dead and "
          "wounded"),
        C("between 10,000 and 12,000", None, "range", "near_front", "ukraine", "pub",
          "'In Kyiv, military intelligence estimates the number … at' (HUR, present tense, "
          "undated): still in the Kursk region"),
        C("30,000 or more", 30000, "at_least", "planned", "other", "pub",
          "the doctor 'believes' (undated, speaking for herself: other): sent by next year "
          "('or more' in the span: at_least; a forecast: planned)"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2025-04-30",
          "correction notice: the wrong figure an earlier issue printed (optional)", opt=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "correction notice: the NIS's figure 'on April 30' (required): soldiers in Russia"),
    ),
)

W10 = Source(
    article_id="w115_10_front_street_books_grand_turk_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-11-06"),
    dated_by="html_meta", crlf=True,
    features="a bookshop's newsletter from Cockburn Town on Grand Turk (Turks and Caicos) in "
        "HTML, UTF-16 LE with BOM and CRLF, `<meta name=\"date\">` (Thursday), a cookie note "
        "about the wish list, a script, navigation, a footer with a phone number; `<title>` and "
        "headline without a figure; a cruise-ship bartender's timeline whose items each open "
        "with a bold date and name their source: 'Oct. 23, 2024' the NIS `3,000`, 'Oct. 28' the "
        "Pentagon `about 10,000`, 'Nov. 4' Kyiv's defence minister `11,000` in Kursk, 'Dec. 23' "
        "Zelensky 'puts … at' `more than 3,000` killed or wounded, 'April 28, 2025' without a "
        "figure, 'June 17' Shoigu `6,000` sappers and builders (planned, russia), 'Sept. 3' the "
        "NIS `about 2,000` dead, 'Oct. 10' state TV `hundreds` of Kursk veterans at the parade "
        "(returnees: optional), 'Last week' the NIS `10,000` along the border and `5,000` "
        "builders sent; the shop's own 'By our count that makes' `roughly 16,000` (unattributed, "
        "required); the bartender 'expects' `at least 20,000` by spring (other, planned, "
        "`pub`); paperbacks, ages, years, residents, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<meta name="date" content="2025-11-06">
<title>Front Street Books – News from the Shop</title>
<script>window.shop={page:"newsletter",issue:"2025-11",shipDay:"thursday"};</script>
</head>
<body>
<div class="cookies">One cookie lets the shop remember your wish list between cruise days. \
<button>Keep it</button> <button>No cookie</button></div>
<nav><a href="/">Shop</a> | <a href="/new">New arrivals</a> | <a href="/island">Island books</a> | \
<a href="/newsletter">Newsletter</a> | <a href="/visit">Find us</a></nav>
<main>
<h1>Yurii’s notebook</h1>
<p>On ship days our shop on Front Street sells more postcards than novels, but a few customers \
come back every week. Yurii Demchenko, 38, tends bar on one of the ships that call at Grand Turk \
each Thursday and has bought 63 paperbacks from us since January. He comes from Berdiansk, a port \
on the Sea of Azov under Russian occupation since 2022, and his cousin is a sapper in the \
Ukrainian army.</p>
<p>Between shifts Yurii keeps a notebook of what governments have said about the North Korean \
soldiers sent to fight for Russia. He let us print it.</p>
<h2>The timeline</h2>
<ul>
<li><b>Oct. 23, 2024</b> – South Korea’s spy agency tells lawmakers [[3,000]] have gone to \
Russia.</li>
<li><b>Oct. 28</b> – The Pentagon says [[about 10,000]] are training in Russia’s far east.</li>
<li><b>Nov. 4</b> – Kyiv’s defence minister: [[11,000]] are now in the Kursk region.</li>
<li><b>Dec. 23</b> – Zelensky puts the North Koreans killed or wounded at [[more than 3,000]].</li>
<li><b>April 28, 2025</b> – Pyongyang admits for the first time that its men fight for Moscow, \
but gives no number.</li>
<li><b>June 17</b> – In Pyongyang, Sergei Shoigu announces [[6,000]] sappers and builders.</li>
<li><b>Sept. 3</b> – Seoul’s spy agency: [[about 2,000]] dead.</li>
<li><b>Oct. 10</b> – At the party’s anniversary parade, state TV shows [[hundreds]] of Kursk \
veterans.</li>
<li><b>Last week</b> – The spy agency again: [[10,000]] along the border, and [[5,000]] military \
builders sent to Russia since the summer.</li>
</ul>
<p>By our count that makes [[roughly 16,000]] sent since the autumn of 2024, and we checked the \
arithmetic twice. Yurii expects [[at least 20,000]] by the spring. “My cousin clears the mines \
they lay,” he said, paying for a Graham Greene. “So I keep the list.”</p>
<p>The shop opens at 8 a.m. whenever a ship is in. Grand Turk has about 3,700 residents and, on a \
busy day, more than three times as many visitors.</p>
</main>
<footer>Front Street Books · Front Street, Cockburn Town, Grand Turk · +1 649 946 2219</footer>
<script src="/js/shop.js"></script>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "timeline item 'Oct. 23, 2024': the NIS told lawmakers, gone to Russia"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "timeline item 'Oct. 28' (year carried): the Pentagon, training in the far east"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "timeline item 'Nov. 4': Kyiv's defence minister, in the Kursk region"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "2024-12-23",
          "timeline item 'Dec. 23': Zelensky 'puts … at', killed or wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "timeline item 'June 17': Shoigu announces sappers and builders (planned)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-03",
          "timeline item 'Sept. 3': the NIS, dead"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "timeline item 'Oct. 10': state TV shows Kursk veterans at the parade (returnees: "
          "optional, as in earlier sets)", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "lastweek",
          "timeline item 'Last week': the NIS ('The spy agency again'), along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "lastweek",
          "same item: military builders sent to Russia since the summer (no increment word)"),
        C("roughly 16,000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the shop's own 'By our count that makes' (no source: unattributed, required): sent "
          "since autumn 2024"),
        C("at least 20,000", 20000, "at_least", "planned", "other", "pub",
          "the bartender 'expects' (present tense, undated; speaking for himself: other): by "
          "the spring (a forecast: planned)"),
    ),
)

W11 = Source(
    article_id="w115_11_ballpark_bulletin_corn_island",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-09-18"),
    dated_by="sidecar",
    sidecar=(
        "Corn Island Baseball League – Ballpark Bulletin",
        "https://www.cornislandbaseball.example/bulletin/2025-09",
        "Pirates take the title, and Coach Bae says goodbye",
    ),
    features="a baseball league's bulletin from Big Corn (Corn Island, Nicaragua) as plain text, "
        "windows-1252 (curly quotes, `—`, `–`, `ó`), no date in the file (sidecar, Thursday); the "
        "final first; North Korean state TV 'In late August' (21-31) `more than a hundred` fallen "
        "(number words, at_least, north_korea); the NIS 'On September 4' `some 2,000` dead and, "
        "by pronoun ('It also said'), `5,000` builders moving into Kursk (near the front); "
        "Russia's deputy defence minister 'Earlier this month' (the 1st to publication) `1,000` "
        "sappers clearing mines there (russia, near the front); 'By NATO's count' `roughly "
        "14,000` served (undated, `pub`); a retired Korean pitcher who 'reckons' `ten thousand "
        "or so` kept in Russia for years (number words, approx, planned, other); a score, fans, "
        "teams, games, dollars, córdobas, ages, years, seasons, dates, a phone number",
    text="""\
CORN ISLAND BASEBALL LEAGUE
Ballpark Bulletin — September 2025

Brig Bay Pirates take the title

The Brig Bay Pirates beat the South End Sharks 6–4 in game seven of the final on Sunday, in front \
of about 1,100 fans at the ballpark by the airstrip. Six teams played 60 games this season, and \
not one was rained out. The new lights, bought for US$18,000 with help from the regional council \
and the lobster divers, were switched on for the first time in July.

Coach Bae’s last season

This was the third and last season on Big Corn for Bae Jong-hun, 61, who pitched eleven years in \
the Korean league and came here as a volunteer coach with a Korean aid programme. Between innings \
he talked about home, and about the North Korean soldiers fighting for Russia.

“My son is a captain in our army,” he said. “They read every report twice.” The reports of the \
past weeks have been grim. In late August North Korean state television broadcast a ceremony at \
which Kim Jong Un stood before the portraits of [[more than a hundred]] fallen soldiers. On \
September 4 South Korea’s spy agency told a parliamentary panel that [[some 2,000]] North \
Koreans had died in the war. It also said [[5,000]] military construction troops were moving into \
the Kursk region. Earlier this month Russia’s deputy defence minister said [[1,000]] North Korean \
sappers were clearing mines there. By NATO’s count, [[roughly 14,000]] have served in Russia since \
October 2024.

Bae reckons Kim will keep [[ten thousand or so]] in Russia for years. “It is money for him, and \
practice,” he said, handing a glove to a nine-year-old.

League notes
- Awards night: Saturday, October 4, at the community hall in Sally Peaches.
- Bae’s farewell game, kids against coaches: September 27, admission 50 córdobas.
- Equipment donations welcome: +505 2575 5188
""",
    claims=(
        C("more than a hundred", 100, "at_least", "casualties", "north_korea",
          "2025-08-21..2025-08-31",
          "North Korean state television 'In late August' (days 21-31): the portraits of the "
          "fallen (number words, 'more than' as at_least)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'On September 4' told a parliamentary committee: died"),
        C("5,000", 5000, "exact", "near_front", "south_korea", "2025-09-04",
          "same committee, 'It also said' (pronoun): construction troops moving into the Kursk "
          "region (near the front)"),
        C("1,000", 1000, "exact", "near_front", "russia", "2025-09-01..pub",
          "Russia's deputy defence minister 'Earlier this month' (the 1st to publication): "
          "sappers clearing mines in Kursk"),
        C("roughly 14,000", 14000, "approx", "in_russia", "nato", "pub",
          "'By NATO's count' (undated): served in Russia since October 2024"),
        C("ten thousand or so", 10000, "approx", "planned", "other", "pub",
          "a retired pitcher who 'reckons' (undated, speaking for himself: other): kept in "
          "Russia for years (number words, 'or so' in the span: approx; planned)"),
    ),
)

W12 = Source(
    article_id="w115_12_tiller_talk_virgin_gorda_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "North Sound Sailing School – Tiller Talk",
        "https://www.northsoundsailing.example/tiller-talk/winter-2024",
        "Tiller Talk: Christmas regatta, new dinghies and a cousin on Yeonpyeong",
    ),
    features="a sailing school's newsletter from Virgin Gorda (British Virgin Islands) in "
        "Markdown, ISO-8859-1 with straight quotes, front matter without a date (sidecar, "
        "Friday) and a title without a figure; the fleet first; the NIS 'On Thursday' (the day "
        "before) `at least 100` killed and `close to 1,000` wounded; a Pentagon spokesman 'on "
        "Tuesday' `hundreds`; Ukraine's special forces 'at the weekend' `fifty` killed in three "
        "days (number word); Rutte 'in Brussels on Wednesday' 'put … at' `more than 10,000` in "
        "Russia; 'According to reports in the Seoul press' `some 1,500` 'more' being readied "
        "(unattributed, increment, planned); a Korean-American instructor relaying her cousin, a "
        "marine sergeant, who 'believes' `up to 20,000` in the end (a total, not an increment; "
        "other, planned, `pub`); Russian losses a day, students, dinghies, ages, nautical miles, "
        "dates, US dollars, a phone number",
    text="""\
---
title: "Tiller Talk: Christmas regatta, new dinghies and a cousin on Yeonpyeong"
school: North Sound Sailing School, Virgin Gorda
issue: Winter 2024
---

# Tiller Talk

*The Christmas regatta is on, the new dinghies are in the water, and one of our instructors has \
had a hard month.*

## On the water

We taught 180 students this year, from six-year-olds in Optimists to a retired couple from \
Vermont who finally learned to gybe. Four new Hobie dinghies came over from Tortola in November, \
which brings the fleet to 12. The Christmas regatta starts at 10 a.m. on December 26; the course \
runs 3 nautical miles around Prickly Pear.

## Grace's cousin

Grace Ahn, 31, grew up in Los Angeles and has taught here for two seasons. Her cousin Tae-min is a \
sergeant with the South Korean marines on Yeonpyeong, an island within sight of the North, and \
the news from Russia has made for tense family calls.

On Thursday South Korea's intelligence service told lawmakers the North had lost [[at least \
100]] men killed in Kursk, with [[close to 1,000]] wounded. A Pentagon spokesman had said on \
Tuesday that their casualties ran into the [[hundreds]]. Ukraine's special forces said at the \
weekend that they had killed [[fifty]] North Koreans in three days of fighting near the border. \
NATO Secretary General Mark Rutte, in Brussels on Wednesday, put the North Korean force in Russia \
at [[more than 10,000]]. According to reports in the Seoul press, [[some 1,500]] more were being \
readied to leave in January.

Tae-min believes the North could commit [[up to 20,000]] in the end. "He says they are being used \
like ammunition," Grace said. Russia, by Western estimates, loses about 1,500 of its own soldiers \
every day.

## Notes

- Gift vouchers: US$95 for a two-hour lesson, US$420 for a five-day course.
- The school is closed on December 25 and January 1.
- Bookings: +1 284 495 7723
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "the NIS 'On Thursday' (Friday newsletter) told lawmakers: killed in Kursk"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded ('close to' as approx)"),
        C("hundreds", None, "vague", "casualties", "united_states", "tue",
          "a Pentagon spokesman 'on Tuesday': casualties 'ran into the hundreds'"),
        C("fifty", 50, "exact", "casualties", "ukraine", "sat..sun",
          "Ukraine's special forces 'at the weekend' (Saturday-Sunday): killed in three days "
          "(number word)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'in Brussels on Wednesday' 'put … at': the force in Russia"),
        C("some 1,500", 1500, "approx", "planned", "unattributed", "pub",
          "'According to reports in the Seoul press' (no named source: unattributed), undated: "
          "'more' being readied to leave in January (increment, span without the word; "
          "planned)", add=True),
        C("up to 20,000", 20000, "at_most", "planned", "other", "pub",
          "an instructor relaying her cousin, a marine sergeant ('believes … Grace said', the "
          "speaker quoted: other), undated: committed in the end (a total, not an increment; "
          "planned)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    W01, W02, W03, W04, W05, W06,
    W07, W08, W09, W10, W11, W12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
