"""Build the HUNDRED-AND-FIFTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-fourth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the annual
letter of a ring-riding guild from Rieseby in Schwansen with a stable hand from Bila Tserkva and an
agriculture student from Gimje, a cable ferry's passenger letter from Missunde on the Schlei with a
ferryman from Izmail and a shipbuilding engineer from Geoje, the bulletin of a larch-meadow
association on the Mieminger Plateau (Austrian conventions) with a woodcutter from Rakhiv and a
botanist from Pyeongchang, the summer circular of a Haflinger breeders' association from
Wildermieming (Austrian conventions) with a groom from Zhytomyr and a pony breeder from Jeju, the
autumn letter of a Suvorov history society in Elm (Swiss conventions) with a historian from
Chernivtsi and a retired diplomat from Seoul, and a ski club's autumn letter from Matt in the
Sernftal (Swiss conventions) with a ski instructor from Ivano-Frankivsk and a ski coach from
Pyeongchang; an agency-style wire report from Clare Island on the restoration of its abbey ceiling
with a rigger from Chernivtsi and a pigment specialist from Gyeongju, the walking festival
committee's notes from Clare Island with a marshal from Mariupol and a trail runner from Sokcho, a
readers' letters page from a Wrangell weekly with letters quoting a son and an uncle, a Stikine
River jet-boat outfit's season notes from Wrangell with a mechanic from Chornomorsk and a
photographer from Ulsan, a Spanish school's newsletter from Isla Mujeres with a software tester from
Dnipro and a retired teacher from Jeonju, and a sailfish tournament committee's bulletin from Isla
Mujeres with a mate from Ochakiv and an angler born in Pohang. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind152_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Schwansen, Mieminger Plateau, Sernftal)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="z152_01_jahresbrief_ringreiter_rieseby_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-15"),
    dated_by="html_meta",
    features="the annual letter of a ring-riding guild from Rieseby in Schwansen (between the "
        "Schlei and the Baltic) in HTML, UTF-8, `article:published_time` +01:00 (Friday), a cookie "
        "note about the photo gallery, a page script, navigation, entities (`&middot;`, `&bdquo;`, "
        "`&ldquo;`, `&ndash;`, `&nbsp;`), a footer with a postcode and a phone number; `<title>` "
        "and headline without a claim figure; riders, rings, the new queen and the cash box first; "
        "a stable hand from Bila Tserkva relaying her brother ('Am Mittwoch habe er ihr eine "
        "Sprachnachricht geschickt, erzählt Olha') `ein paar Dutzend` opposite his platoon (other, "
        "from Wednesday to publication); an agriculture student from Gimje 'rechnet damit' `bis zu "
        "15.000` by New Year's Eve (at_most, planned, other, `pub`); Seoul's spy agency 'Ende "
        "Oktober' `rund 3.000` shipped to Russia (days 21-31); the Pentagon 'Vergangene Woche "
        "bezifferte … auf' `etwa 10.000` in Kursk; Zelensky 'am Dienstag' `11.000` in the region, "
        "carried over a semicolon by 'nach seinen Worten'; Kyiv's military intelligence 'will … "
        "gezählt haben' `mehr als 40` dead (`pub`); 'Im Netz kursierte zuletzt' `100.000` (new "
        "here: unattributed, required, planned); the North's whole army (1.2 million), riders, "
        "rings, euros, kale dinner, pony places, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Jahresbrief 2024 | Ringreitergilde Rieseby von 1898</title>
<meta property="article:published_time" content="2024-11-15T18:00:00+01:00">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var gilde = {jahr: 2024, seite: "jahresbrief", galerie: false};</script>
</head>
<body>
<div id="cookie-hinweis">Wir speichern ein einziges Cookie, damit die Fotogalerie vom Ringreiten \
Ihre Auswahl behält. <button>Einverstanden</button></div>
<nav><a href="/">Gilde</a> &middot; <a href="/termine">Termine</a> &middot; <a \
href="/koenige">Königsliste</a> &middot; <a href="/brief">Jahresbrief</a></nav>
<main>
<h1>Ein Ringreiterjahr zwischen Schlei und Ostsee</h1>
<p>Liebe Gildeschwestern, liebe Gildebrüder,</p>
<p>die Jahreshauptversammlung im Dörpskrug liegt hinter uns, die Lanzen hängen wieder an der \
Stallwand. Zum Ringreiten im Juli kamen 86 Reiterinnen und Reiter aus ganz Schwansen, so viele wie \
seit 2011 nicht mehr. Gestochen wurde auf 24 Ringe, jeder kaum größer als ein Fingerring; unsere \
neue Königin Wiebke Thomsen holte 22 davon vom Galgen. Die Kasse meldet ein Plus von 1.450 Euro, \
das in zwei neue Galgen und eine Lautsprecheranlage fließt.</p>
<h2>Neue Hände im Stall</h2>
<p>Seit dem Frühjahr hilft auf dem Hof Thomsen Olha Bondarenko, 34, Pferdewirtin aus Bila Zerkwa, \
wo sie Trakehner für Turniere vorbereitet hat. Ihr jüngerer Bruder fliegt bei Kursk eine \
Aufklärungsdrohne. Am Mittwoch habe er ihr eine Sprachnachricht geschickt, erzählt Olha: Gegenüber \
seinem Zug seien zum ersten Mal Nordkoreaner zu sehen gewesen, [[ein paar Dutzend]], in russischen \
Tarnjacken.</p>
<p>Beim Herbstritt am Noor ritt auch Kang Min-seo mit, 27, die in Kiel Agrarwissenschaften \
studiert und aus Gimje kommt, dem Reisland im Südwesten Koreas. Sie rechnet damit, dass Kim Jong \
Un bis Silvester [[bis zu 15.000]] Soldaten in Russland stehen hat. &bdquo;Zu Hause in Gimje \
fragen meine Eltern jeden Abend nach&ldquo;, sagt sie.</p>
<h2>Was aus der Welt zu uns dringt</h2>
<p>Seouls Geheimdienst hatte Ende Oktober von [[rund 3.000]] Nordkoreanern gesprochen, die schon \
nach Russland verschifft worden seien. Vergangene Woche bezifferte das Pentagon die Zahl derer, \
die bereits im Gebiet Kursk stehen, auf [[etwa 10.000]]. Präsident Selenskyj berichtete am \
Dienstag von ersten Gefechten; [[11.000]] Nordkoreaner seien nach seinen Worten inzwischen in der \
Region. Kiews Militärgeheimdienst will schon erste Verluste gezählt haben: [[mehr als 40]] Tote. \
Im Netz kursierte zuletzt sogar die Zahl von [[100.000]] Mann, die Pjöngjang bereitstellen könnte \
&ndash; belegt ist sie nirgends. Die Armee des Nordens zählt insgesamt rund 1,2 Millionen \
Soldaten.</p>
<h2>Termine</h2>
<ul><li>Grünkohlessen am 7. Dezember im Dörpskrug, 24 Euro pro Person</li><li>Ringreiten 2025: \
Sonntag, 6. Juli, ab 10 Uhr auf der Koppel am Sportplatz</li><li>Kinderringreiten auf Ponys: 12 \
Plätze, Anmeldung bei der Schriftführerin</li></ul>
</main>
<footer>Ringreitergilde Rieseby von 1898 e.&nbsp;V. &middot; Dorfstraße 11 &middot; 24354 Rieseby \
&middot; Tel. 04355 918 27 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/galerie.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "wed..pub",
          "a stable hand from Bila Tserkva relaying her brother, a drone pilot near Kursk ('Am "
          "Mittwoch habe er ihr eine Sprachnachricht geschickt, erzählt Olha'; the speaker quoted: "
          "other): seen for the first time opposite his platoon (from Wednesday to publication)"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "an agriculture student from Gimje, 'Sie rechnet damit' (undated): will have in Russia "
          "by New Year's Eve (a forecast: planned)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "'Seouls Geheimdienst hatte Ende Oktober … gesprochen' (days 21-31), Konjunktiv: already "
          "shipped to Russia"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "lastweek",
          "'Vergangene Woche bezifferte das Pentagon … auf': already in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'berichtete am Dienstag' (12 November), carried over the semicolon by 'nach "
          "seinen Worten': in the region (Kursk)"),
        C("mehr als 40", 40, "at_least", "casualties", "ukraine", "pub",
          "'Kiews Militärgeheimdienst will … gezählt haben' (undated): dead"),
        C("100.000", 100000, "exact", "planned", "unattributed", "pub",
          "'Im Netz kursierte zuletzt sogar die Zahl' (no source: unattributed, required, new "
          "here, as 'In Medienberichten war zuletzt … die Rede' of earlier sets): Pyongyang could "
          "make available (planned)"),
    ),
)

S02 = Source(
    article_id="z152_02_fahrgastbrief_faehre_missunde",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Fährhaus Missunde – Fahrgastbrief",
        "https://www.faehre-missunde.example/fahrgastbrief/2025-04",
        "Fahrgastbrief zum Saisonstart: Die Fähre über die Schlei läuft wieder",
    ),
    features="a cable ferry's passenger letter from Missunde on the Schlei (Schwansen side, to "
        "Brodersby) as plain text, windows-1252 with CRLF, `„“` and `–` (sidecar, Thursday); the "
        "winter refit, capacity, the crossing and fares first (`bis zu sechs Autos`: not a claim); "
        "a ferryman from Izmail relaying his son ('Am Montag habe der Sohn angerufen, erzählt "
        "Mychajlo') `gut zweihundert` moved into the trenches opposite (at_least with a number "
        "word, other, from Monday to publication); a shipbuilding engineer from Geoje 'Nach ihrer "
        "Rechnung' `knapp 14.000` brought to Russia since the autumn (approx, other, `pub`); the "
        "NIS 'erklärte Anfang April' `rund 4.700` dead and wounded (days 1-10); 'Einer Erklärung "
        "des Generalstabs in Seoul vom 14. März zufolge' `etwa 3.000` 'nachgeschickt' (increment, "
        "that day); Syrskyi 'sagte am Wochenende' `mehrere tausend` back at the front line "
        "(Saturday-Sunday); 'Nach Einschätzung der US-Regierung' `etwa 11.000` in Russia (`pub`); "
        "Russia's losses a day, the battles of 1850 and 1864, cars, passengers, metres, minutes, "
        "euros, ages, years, a phone number",
    text="""\
Fährhaus Missunde – Fahrgastbrief zum Saisonstart 2025

Liebe Fahrgäste, liebe Pendlerinnen und Pendler aus Schwansen und Angeln,

seit Dienstag pendelt unsere Seilfähre wieder zwischen Missunde und Brodersby. Den Winter hat sie \
auf einer Werft in Eckernförde verbracht und dort einen neuen Elektroantrieb sowie ein frisch \
gestrichenes Deck bekommen. Die Arbeiten haben 38.000 Euro gekostet, die Hälfte davon trägt das \
Land. Die Fähre nimmt bis zu sechs Autos oder 45 Fahrgäste auf und braucht für die gut 120 Meter \
über die Schlei kaum drei Minuten. Eine einfache Fahrt kostet für Erwachsene weiterhin 2 Euro, mit \
dem Auto 6 Euro.

Am Steuerstand steht wie im Vorjahr Mychajlo Tkatschenko, 61, der vierzig Jahre lang Schlepper im \
Donauhafen von Ismajil gefahren hat. Sein Sohn ist Schütze in einer Brigade an der Grenze bei \
Sumy. Am Montag habe der Sohn angerufen, erzählt Mychajlo: Gegenüber seien [[gut zweihundert]] \
Nordkoreaner in die Gräben eingerückt, frisch aus der Ausbildung im Osten. „Er sagt, sie graben \
schneller als die Russen“, meint der Fährmann.

Am Kiosk auf der Brodersbyer Seite verkauft in diesem Frühjahr Yoon Ha-eun, 31, Fischbrötchen. Die \
Schiffbauingenieurin stammt aus Geoje und beginnt im Mai auf einer Kieler Werft. Nach ihrer \
Rechnung sind seit dem Herbst [[knapp 14.000]] Nordkoreaner nach Russland gebracht worden. „Die \
Familien erfahren meist nicht einmal, wohin ihre Söhne fahren“, sagt sie.

Was sonst aus den Nachrichten zu uns an die Schlei dringt: Südkoreas Geheimdienst erklärte Anfang \
April, die Nordkoreaner hätten in Kursk [[rund 4.700]] Tote und Verwundete zu beklagen. Einer \
Erklärung des Generalstabs in Seoul vom 14. März zufolge waren zu Jahresbeginn [[etwa 3.000]] Mann \
nachgeschickt worden. Der ukrainische Oberbefehlshaber Olexandr Syrskyj sagte am Wochenende, \
[[mehrere tausend]] Nordkoreaner stünden wieder an vorderster Linie. Nach Einschätzung der \
US-Regierung halten sich [[etwa 11.000]] von ihnen in Russland auf. Die russische Armee verliert \
nach britischen Angaben täglich um die 1.300 Mann.

Übrigens: An dieser Engstelle wurde schon 1850 und 1864 gekämpft, die Gedenksteine stehen am \
Fährweg.

Fahrplan
– täglich von 6 bis 22 Uhr, bei Andrang alle zehn Minuten
– Radgruppen ab zehn Personen bitte vorher anmelden
– Fährhaus Missunde: Tel. 04354 219 07
""",
    claims=(
        C("gut zweihundert", 200, "at_least", "near_front", "other", "mon..pub",
          "a ferryman from Izmail relaying his son, a rifleman near Sumy ('Am Montag habe der Sohn "
          "angerufen, erzählt Mychajlo'; the speaker quoted: other): moved into the trenches "
          "opposite (a number word with 'gut' as at_least; from Monday to publication)"),
        C("knapp 14.000", 14000, "approx", "in_russia", "other", "pub",
          "a shipbuilding engineer from Geoje, 'Nach ihrer Rechnung' (undated): brought to Russia "
          "since the autumn"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "'Südkoreas Geheimdienst erklärte Anfang April' (days 1-10): dead and wounded"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-14",
          "'Einer Erklärung des Generalstabs in Seoul vom 14. März zufolge' (that day): "
          "'nachgeschickt' at the start of the year (increment)",
          add=True),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "sat..sun",
          "Syrskyi 'sagte am Wochenende' (12-13 April): back at the front line"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Nach Einschätzung der US-Regierung' (undated): in Russia"),
    ),
)

S03 = Source(
    article_id="z152_03_mitteilungen_laerchenwiesen_mieming_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-01-24"),
    dated_by="front_matter",
    features="the bulletin of a larch-meadow association on the Mieminger Plateau (Obsteig, "
        "Mieming, Wildermieming; Tyrol) in Markdown, ISO-8859-1 with straight quotes, front matter "
        "with `date:` (Friday) and a title without a figure; Austrian conventions (`Jänner`, "
        "`Feber`, `heuer`, `Obfrau`); snow, hectares, larches (`rund 2.600 Lärchen`: not a claim) "
        "and volunteers first; a woodcutter from Rakhiv relaying his cousin ('Am Samstag habe ihn "
        "der Cousin angerufen, erzählt Wassyl') `einige Dutzend` at a time in the attacks (other, "
        "from Saturday to publication); a botanist from Pyeongchang 'hält es für möglich' "
        "`zehntausend oder mehr` 'zusätzlich' this year (new here: a number word with 'oder mehr' "
        "as at_least, increment, planned, other, `pub`); Zelensky 'Am 11. Jänner' `zwei` captured; "
        "the NIS 'Am Montag darauf' (new here: the Monday after an explicit date, 13 January) "
        "`rund 300` killed and `2.700` wounded ('weitere': others, not an increment); the "
        "Ukrainian general staff 'schätzte Mitte Jänner' `mehr als 4.000` lost (days 11-20); Rutte "
        "'sagte am Mittwoch in Davos' `etwa 11.000` fighting at Russia's side; Russia's losses, "
        "centimetres of snow, hectares, larches, their age, volunteers, euros per hectare, ages, "
        "years, dates, a phone number",
    text="""\
---
title: "Mitteilungen 1/2025: Schnee auf den Lärchenwiesen"
date: 2025-01-24
verein: Lärchenwiesen Mieminger Plateau
---

# Schnee auf den Lärchenwiesen

Liebe Mitglieder, liebe Freundinnen und Freunde der Lärchenwiesen,

der Jänner hat uns zwischen Obsteig und Wildermieming über 60 Zentimeter Neuschnee gebracht, \
zweimal mussten wir das Schneiteln im Gehölz verschieben. Heuer pflegt der Verein 43 Hektar Wiesen \
mit rund 2.600 Lärchen, die ältesten stehen seit mehr als 250 Jahren. Beim Schwenden im Herbst \
haben 71 Freiwillige mitgeholfen, und das Land Tirol fördert die Mahd weiterhin mit 310 Euro je \
Hektar.

## Aus dem Verein

Beim Holzrücken hilft uns seit dem Sommer Wassyl Fedoryschyn, 45, Holzfäller aus Rachiw in den \
Waldkarpaten. Sein Cousin dient in einer Sturmbrigade im Gebiet Kursk. Am Samstag habe ihn der \
Cousin angerufen, erzählt Wassyl: Die Nordkoreaner kämen in Wellen über das offene Feld, jedes Mal \
[[einige Dutzend]] auf einmal, und viele blieben im Schnee liegen.

Die Botanikerin Seo Yu-jin, 39, aus Pyeongchang untersucht für die Universität Innsbruck, wie \
unsere Lärchen mit trockenen Sommern zurechtkommen. Über ihre Heimat spricht sie ruhig und genau. \
Sie hält es für möglich, dass Pjöngjang heuer noch [[zehntausend oder mehr]] Soldaten zusätzlich \
nach Russland schickt. "Der Norden hat Menschen, aber kein Geld", sagt sie.

## Was gemeldet wurde

Am 11. Jänner gab Präsident Selenskyj bekannt, ukrainische Soldaten hätten [[zwei]] Nordkoreaner \
lebend gefangen genommen. Am Montag darauf legte Seouls Nachrichtendienst eigene Zahlen vor: \
Getötet worden seien bis dahin [[rund 300]] Nordkoreaner, weitere [[2.700]] seien verwundet. Der \
ukrainische Generalstab schätzte Mitte Jänner, Pjöngjang habe bereits [[mehr als 4.000]] Mann \
verloren. Nato-Generalsekretär Mark Rutte sagte am Mittwoch in Davos, [[etwa 11.000]] Nordkoreaner \
kämpften an der Seite Russlands. Die Verluste der russischen Armee selbst schätzt London \
inzwischen auf über 800.000 Tote und Verwundete.

## Termine

- Jahreshauptversammlung: Freitag, 21. Feber, 19.30 Uhr, Gemeindesaal Obsteig
- Schneiteln: ab Mitte März, Treffpunkt Parkplatz Holzleiten
- Mitgliedsbeitrag: 15 Euro, Jugendliche zahlen nichts
- Obfrau Maria Krug, Tel. 05264 81 37
""",
    claims=(
        C("einige Dutzend", None, "vague", "near_front", "other", "sat..pub",
          "a woodcutter from Rakhiv relaying his cousin in an assault brigade in Kursk ('Am "
          "Samstag habe ihn der Cousin angerufen, erzählt Wassyl', Konjunktiv; the speaker quoted: "
          "other): coming across the open field in waves (from Saturday to publication)"),
        C("zehntausend oder mehr", 10000, "at_least", "planned", "other", "pub",
          "a botanist from Pyeongchang, 'Sie hält es für möglich' (undated): could send "
          "'zusätzlich' this year (number word with 'oder mehr' as at_least, as '15,000 or more'; "
          "increment, planned)",
          add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner … bekannt': captured alive"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Am Montag darauf legte Seouls Nachrichtendienst eigene Zahlen vor' (the Monday after "
          "11 January: 13 January, new here), Konjunktiv: killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: 'weitere 2.700 seien verwundet' (others wounded, not an increment)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "the Ukrainian general staff 'schätzte Mitte Jänner' (days 11-20): lost"),
        C("etwa 11.000", 11000, "approx", "near_front", "nato", "wed",
          "Rutte 'sagte am Mittwoch in Davos' (22 January): fighting at Russia's side"),
    ),
)

S04 = Source(
    article_id="z152_04_rundschreiben_haflinger_wildermieming",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-27"),
    dated_by="dateline",
    features="the summer circular of a Haflinger breeders' association on the Mieminger Plateau as "
        "plain text, UTF-16 LE with BOM (no sidecar), dated by the place line 'Wildermieming, 27. "
        "Juni 2025' (Friday); Austrian conventions (`heuer`, `Feber`, `Obmann`, `Almauftrieb`); "
        "foals, mares, members and the foal show first; a groom from Zhytomyr relaying her "
        "husband, a medic ('Gestern Abend habe er geschrieben, berichtet Natalija') `mehrere "
        "Hundert` in new positions (other, from yesterday to publication); a pony breeder from "
        "Jeju 'meint' `gut und gern 25.000` by the end of the year (new here: 'gut und gern' as "
        "at_least, planned, other, `pub`); Shoigu in Pyongyang 'Am 17. Juni', 'hieß es aus Moskau' "
        "`1.000` deminers and `5.000` military builders (russia, planned, that day); the NIS, 'der "
        "am Dienstag die Abgeordneten … unterrichtete', 'geht von … aus' `schätzungsweise 15.000` "
        "sent since the autumn and, Konjunktiv, `rund 4.700` of them killed or wounded (a "
        "breakdown); 'Laut dem ukrainischen Militärgeheimdienst' `etwa 11.000` still in Kursk "
        "(`pub`); foals, mares, members, entry fees, the alp's altitude, Jeju's horses, ages, "
        "years, dates, a phone number",
    text="""\
Haflingerzuchtverein Mieminger Plateau – Rundschreiben Sommer 2025

Wildermieming, 27. Juni 2025

Liebe Züchterinnen und Züchter,

heuer sind in unseren Mitgliedsbetrieben 23 Fohlen zur Welt gekommen, 14 Stutfohlen und neun \
Hengstfohlen. Im Stutbuch stehen damit 138 eingetragene Stuten, betreut von 41 Mitgliedern \
zwischen Mötz und Mieming. Die Fohlenschau findet am Samstag, 12. Juli, auf der Koppel beim \
Gasthof Stöttlbach statt, das Startgeld beträgt 20 Euro je Pferd.

Seit dem Feber arbeitet Natalija Melnytschuk, 38, bei Familie Raffl im Stall. Sie stammt aus \
Schytomyr und hat dort junge Reitpferde für ein Sportgestüt ausgebildet. Ihr Mann ist Sanitäter in \
einer Einheit nahe der Grenze zum Gebiet Kursk. Gestern Abend habe er geschrieben, berichtet \
Natalija, auf der russischen Seite lägen jetzt [[mehrere Hundert]] Nordkoreaner in neu \
ausgehobenen Stellungen.

Zu Besuch war im Mai Ko Dong-hyun, 58, der auf der Insel Jeju kleine Inselpferde züchtet und bei \
uns zwei Junghengste gekauft hat. Die Jeju-Pferde sind kaum größer als unsere Haflinger, erzählt \
er. Er meint, Kim werde bis zum Jahresende [[gut und gern 25.000]] Soldaten nach Russland \
geschickt haben.

Was aus der Welt berichtet wird: Am 17. Juni war der russische Sicherheitsratssekretär Sergej \
Schoigu in Pjöngjang. Danach hieß es aus Moskau, Pjöngjang stelle für den Wiederaufbau in der \
Grenzregion [[1.000]] Minenräumer sowie [[5.000]] Militärbauarbeiter bereit. Der südkoreanische \
Geheimdienst, der am Dienstag die Abgeordneten in Seoul unterrichtete, geht von [[schätzungsweise \
15.000]] Entsandten seit dem Herbst aus. Von ihnen seien [[rund 4.700]] getötet oder verwundet \
worden. Laut dem ukrainischen Militärgeheimdienst halten sich [[etwa 11.000]] Nordkoreaner \
weiterhin im Gebiet Kursk auf.

Termine
- Fohlenschau: Samstag, 12. Juli, ab 9 Uhr, Richter aus dem Zuchtverband Tirol
- Almauftrieb der Jungstuten: Ende Juni auf eine Alm auf 1.650 Metern
- Stutbuchbeitrag heuer 35 Euro
- Obmann Johann Raffl, Tel. 0664 412 88 19
""",
    claims=(
        C("mehrere Hundert", None, "vague", "near_front", "other", "yday..pub",
          "a groom from Zhytomyr relaying her husband, a medic near the Kursk border ('Gestern "
          "Abend habe er geschrieben, berichtet Natalija', Konjunktiv; the speaker quoted: other): "
          "in newly dug positions on the Russian side (from yesterday to publication)"),
        C("gut und gern 25.000", 25000, "at_least", "planned", "other", "pub",
          "a pony breeder from Jeju, 'Er meint' (undated): will have been sent by the end of the "
          "year ('gut und gern' as at_least, new here, like 'gut')"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu in Pyongyang 'Am 17. Juni', 'Danach hieß es aus Moskau', Konjunktiv: deminers to "
          "be made available for rebuilding the border region (planned)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement: military builders (a second group, not an increment)"),
        C("schätzungsweise 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the NIS, 'der am Dienstag die Abgeordneten … unterrichtete' (24 June; the relative "
          "clause dates the figure), 'geht von … aus': sent since the autumn"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "tue",
          "same briefing, Konjunktiv carried ('Von ihnen seien'): killed or wounded (a breakdown)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): still in the Kursk region"),
    ),
)

S05 = Source(
    article_id="z152_05_vereinsbrief_suworow_elm_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-26"),
    dated_by="sidecar",
    sidecar=(
        "Verein Suworow-Weg Elm – Vereinsbrief",
        "https://www.suworow-weg-elm.example/vereinsbrief/herbst-2025",
        "Vereinsbrief Herbst 2025: Gedenkwanderung über den Panixer",
    ),
    features="the autumn letter of a Suvorov history society in Elm (Sernftal, canton of Glarus) "
        "in Markdown, UTF-8 with BOM, front matter without a date (sidecar, Friday) and a title "
        "without a figure; Swiss conventions (`ss`, «», `21'000`, `15'000`, `2'407`, `3'140`, "
        "`30'000`, `2'000`, `3'000`, `11'000`, `Fr. 8.–`); the Russian army of 1799 first (`rund "
        "21'000`, `etwa 15'000` and `Hunderte` Russian soldiers: not claims); a historian from "
        "Chernivtsi relaying her brother, a medic near Sumy ('Am Sonntag, erzählt Daryna, habe er "
        "ihr geschrieben') `knapp hundert` dead counted (approx with a number word, casualties, "
        "other, from Sunday to publication); a retired diplomat from Seoul «Ich rechne damit …», "
        "'sagt er' `30'000` by the end of the year (planned, other, `pub`); the NIS 'Am 2. "
        "September' `rund 2'000` fallen and, 'demnach', `etwa 3'000` 'weitere' to follow in the "
        "autumn (increment, planned); the Kursk governor 'Mitte September' `Hunderten` pioneers "
        "(russia, near the front, days 11-20); KCNA 'am Samstag' `einige hundert` wounded brought "
        "home (north_korea, casualties); 'Aus Washington hiess es diese Woche' `nicht mehr als "
        "11'000` left (at_most, Monday to publication); soldiers of 1799, the pass altitude, "
        "visitors, francs, ages, years, dates, a phone number",
    text="""\
---
title: "Vereinsbrief Herbst 2025"
verein: Verein Suworow-Weg Elm
---

# Vor 226 Jahren über den Panixer

Liebe Mitglieder

Am 6. Oktober jährt sich der Tag, an dem die Armee des russischen Generals Alexander Suworow von \
Elm aus über den Panixerpass ins Bündnerland zog. Von den rund 21'000 Mann, die im September 1799 \
über den Gotthard gekommen waren, erreichten nach den Quellen nur etwa 15'000 das Vorderrheintal; \
Hunderte stürzten im Neuschnee auf 2'407 Metern über Meer in den Tod. Unser Suworow-Haus im Dorf \
zählte diesen Sommer 3'140 Besucherinnen und Besucher, der Eintritt bleibt bei Fr. 8.–.

## Neue Gesichter

Seit Juni führt Daryna Hnatiuk, 42, Historikerin aus Czernowitz, unsere Gruppen auf Deutsch, \
Ukrainisch und Russisch durch die Ausstellung. Ihr Bruder ist Sanitäter in einem Feldlazarett bei \
Sumy. Am Sonntag, erzählt Daryna, habe er ihr geschrieben, vor ihren Linien hätten Späher seit \
Monatsbeginn [[knapp hundert]] tote Nordkoreaner gezählt. «Er schreibt das ganz nüchtern», sagt \
sie.

Im August kam Lim Jae-won, 71, pensionierter Diplomat aus Seoul, der in den Neunzigerjahren an der \
Botschaft in Bern arbeitete, mit seiner Frau zu Fuss über den Pass. «Ich rechne damit, dass bis \
Ende Jahr insgesamt [[30'000]] Nordkoreaner in Russland gewesen sind», sagt er. «Suworows Männer \
wussten wenigstens, wofür sie marschierten.»

## Was gemeldet wird

Am 2. September erklärte Südkoreas Geheimdienst vor dem Parlament, [[rund 2'000]] nordkoreanische \
Soldaten seien in Russland gefallen. Im Herbst sollten demnach [[etwa 3'000]] weitere nachrücken. \
Der Gouverneur von Kursk, Alexander Chinschtein, sprach Mitte September von [[Hunderten]] \
koreanischer Pioniere, die in seiner Region noch immer Minen räumten. Die Staatsagentur KCNA \
meldete am Samstag, Kim Jong Un habe in Pjöngjang [[einige hundert]] verwundete Soldaten bei ihrer \
Heimkehr empfangen. Aus Washington hiess es diese Woche, es seien [[nicht mehr als 11'000]] \
Nordkoreaner in Russland verblieben.

## Agenda

- Gedenkwanderung über den Panixerpass: Samstag, 4. Oktober, Start 6 Uhr beim Suworow-Haus
- Vortrag «Suworow und die Glarner» am 24. Oktober, Fr. 15.– mit Apéro
- Anmeldung beim Präsidenten Fridolin Rhyner, 055 642 17 30

Mit herzlichen Grüssen
Der Vorstand
""",
    claims=(
        C("knapp hundert", 100, "approx", "casualties", "other", "sun..pub",
          "a historian from Chernivtsi relaying her brother, a medic near Sumy ('Am Sonntag, "
          "erzählt Daryna, habe er ihr geschrieben', Konjunktiv; the speaker quoted: other): dead "
          "counted before their lines ('knapp' with a number word as approx; from Sunday to "
          "publication)"),
        C("30'000", 30000, "exact", "planned", "other", "pub",
          "a retired diplomat from Seoul, «Ich rechne damit …», 'sagt er' (undated): will have "
          "been in Russia by the end of the year ('insgesamt' outside the span: a total, not an "
          "increment; a forecast: planned)"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-02",
          "the NIS 'Am 2. September … vor dem Parlament': fallen"),
        C("etwa 3'000", 3000, "approx", "planned", "south_korea", "2025-09-02",
          "same statement, 'demnach', Konjunktiv: 'weitere' to follow in the autumn (increment, "
          "planned)",
          add=True),
        C("Hunderten", None, "vague", "near_front", "russia", "2025-09-11..2025-09-20",
          "the Kursk governor 'sprach Mitte September' (days 11-20): pioneers still clearing mines "
          "in his region"),
        C("einige hundert", None, "vague", "casualties", "north_korea", "sat",
          "KCNA 'meldete am Samstag' (20 September): wounded soldiers received on their return "
          "(wounded: casualties)"),
        C("nicht mehr als 11'000", 11000, "at_most", "in_russia", "united_states",
          "2025-09-22..pub",
          "'Aus Washington hiess es diese Woche' (Monday of the publication week to publication): "
          "left in Russia"),
    ),
)

S06 = Source(
    article_id="z152_06_herbstbrief_skiclub_matt_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Skiclub Matt – Herbstbrief",
        "https://www.skiclub-matt.example/herbstbrief-2025",
        "Herbstbrief: Skibörse, JO-Training und ein neuer Trainer aus den Karpaten",
    ),
    features="a ski club's autumn letter from Matt in the Sernftal (canton of Glarus) in HTML, "
        "windows-1252 with raw «», `·` and `–`, no meta date (sidecar, Thursday), a cookie note, a "
        "script, navigation, a footer with a postcode and a phone number; `<title>` and headline "
        "without a figure; Swiss conventions (`ss`, «», `1'300`, `20'000`, `10'000`, `8'000`, "
        "`6'500`, `Fr. 45.–`); snow, the ski sale, members and the youth squad first; a ski "
        "instructor from Ivano-Frankivsk relaying his cousin ('Letzte Woche habe ihm der Cousin "
        "geschrieben') `zwei, drei Dutzend` per drone squad (new here: two number words joined by "
        "a comma, vague; other, `lastweek`); a ski coach from Pyeongchang «Es sind sicher … », "
        "'glaubt sie' `weit über 20'000` (at_least, other, `pub`); the NIS 'Anfang November' `rund "
        "10'000` holding positions at the border and, 'Zudem', `mehrere tausend` builders arrived "
        "in Russia (days 1-10); `Tausende` 'weitere' with the claimant after the figure ('…, hiess "
        "es am Montag aus dem US-Aussenministerium'; vague, increment, planned); Ukraine's "
        "military intelligence 'schätzte vergangene Woche' `zwischen 8'000 und 10'000` in Kursk "
        "(range); 'Die Nato beziffert' `mindestens 6'500` dead and wounded (`pub`); snow "
        "centimetres, altitude, pairs of skis, members, children, francs, years, dates, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Herbstbrief 2025 – Skiclub Matt</title>
<script>var club = {saison: "2025/26", jo: true, boerse: "2025-11-29"};</script>
</head>
<body>
<div class="cookie">Diese Seite merkt sich mit einem Cookie, ob Sie den Herbstbrief schon gelesen \
haben. <a href="#">Gut</a></div>
<nav><a href="/">Skiclub</a> · <a href="/jo">JO</a> · <a href="/rennen">Clubrennen</a> · <a \
href="/brief">Herbstbrief</a></nav>
<article>
<h1>Bald wieder Schnee über dem Sernftal</h1>
<p>Liebe Clubmitglieder</p>
<p>Am Wochenende fielen die ersten 30 Zentimeter Schnee bis hinunter auf 1'300 Meter, und auf der \
Weissenbergen-Seite laufen die Schneekanonen schon Probe. An der Skibörse im letzten Herbst haben \
wir 412 Paar Ski und Schuhe vermittelt, in diesem Winter hoffen wir auf noch mehr. Der Club zählt \
214 Mitglieder, 38 Kinder trainieren in unserer JO. Der Jahresbeitrag bleibt bei Fr. 45.–.</p>
<p>Neu im Trainerteam ist Taras Kowaltschuk, 33, Skilehrer aus Iwano-Frankiwsk, der jahrelang in \
Bukowel unterrichtet hat. Sein Cousin ist Artillerist im Gebiet Sumy. Letzte Woche habe ihm der \
Cousin geschrieben, die Nordkoreaner auf der anderen Seite flögen inzwischen eigene Drohnen, in \
Trupps von [[zwei, drei Dutzend]] Mann.</p>
<p>Für die Rennfahrerinnen kommt im Januar wieder Jung Seo-ah, 29, Skitrainerin aus Pyeongchang, \
ins Tal. «Es sind sicher [[weit über 20'000]], die Pjöngjang schon nach Russland geschickt hat», \
glaubt sie.</p>
<p>Aus den Nachrichten: Südkoreas Geheimdienst erklärte Anfang November, [[rund 10'000]] \
nordkoreanische Soldaten hielten Stellungen an der Grenze zur Ukraine. Zudem seien [[mehrere \
tausend]] Militärbauarbeiter inzwischen in Russland eingetroffen. Pjöngjang könne bis zum Frühling \
[[Tausende]] weitere schicken, hiess es am Montag aus dem US-Aussenministerium. Der ukrainische \
Militärgeheimdienst schätzte vergangene Woche, im Gebiet Kursk stünden [[zwischen 8'000 und \
10'000]] Nordkoreaner. Die Nato beziffert deren Verluste auf [[mindestens 6'500]] Tote und \
Verwundete.</p>
<ul><li>Skibörse: Samstag, 29. November, 9 bis 12 Uhr, Mehrzweckhalle Matt</li><li>JO-Training ab \
13. Dezember jeden Samstag</li><li>Clubrennen: 14. Februar, Anmeldung bis 1. Februar</li></ul>
</article>
<footer>Skiclub Matt · 8766 Matt · Tel. 055 642 31 09 · <a \
href="/datenschutz">Datenschutz</a></footer>
<script src="/js/club.js"></script>
</body>
</html>
""",
    claims=(
        C("zwei, drei Dutzend", None, "vague", "near_front", "other", "lastweek",
          "a ski instructor from Ivano-Frankivsk relaying his cousin, a gunner near Sumy ('Letzte "
          "Woche habe ihm der Cousin geschrieben', Konjunktiv; the speaker quoted: other): drone "
          "squads on the other side ('zwei, drei Dutzend' as vague, new here)"),
        C("weit über 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "a ski coach from Pyeongchang, «…», 'glaubt sie' (undated): already sent to Russia"),
        C("rund 10'000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'erklärte Anfang November' (days 1-10): holding positions at the Ukrainian "
          "border"),
        C("mehrere tausend", None, "vague", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same statement, 'Zudem', Konjunktiv: military builders arrived in Russia (a separate "
          "group, not an increment)"),
        C("Tausende", None, "vague", "planned", "united_states", "mon",
          "the claimant after the figure, '…, hiess es am Montag aus dem US-Aussenministerium' (17 "
          "November): 'weitere' Pyongyang could send by the spring (increment, planned)",
          add=True),
        C("zwischen 8'000 und 10'000", None, "range", "near_front", "ukraine", "lastweek",
          "Ukraine's military intelligence 'schätzte vergangene Woche': in the Kursk region"),
        C("mindestens 6'500", 6500, "at_least", "casualties", "nato", "pub",
          "'Die Nato beziffert deren Verluste auf' (undated, present tense): dead and wounded"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Clare Island, Wrangell, Isla Mujeres)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="z152_07_seaboard_wire_clare_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-12"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Clare Island (Clew Bay, County Mayo) as plain text, "
        "UTF-8 with CRLF, slug line, byline and dateline 'CLARE ISLAND, Ireland, December 12, 2024 "
        "(Western Seaboard Wire) –' (Thursday); the restoration of the abbey's painted ceiling "
        "first; a rigger from Chernivtsi relaying his brother ('On Saturday his brother sent him a "
        "video and said …, Savchuk said') `a few dozen` crossing a field toward his unit (other, "
        "from Saturday to publication); a pigment specialist from Gyeongju 'expects' `as many as "
        "50,000` over the coming year (at_most, planned, other, `pub`); a Pentagon spokeswoman "
        "'said on Monday' `some 11,000` in Kursk; 'Seoul's intelligence service, which briefed "
        "lawmakers two weeks ago' `more than 10,000` sent in all (a relative clause dating the "
        "figure: Monday to Sunday of the week before last); Rutte 'in a speech in Brussels earlier "
        "on Thursday' `thousands` fighting (new here: 'earlier on Thursday' in a Thursday wire → "
        "that day); Ukraine's military intelligence 'estimated at the weekend' `at least 200` "
        "killed or wounded (Saturday-Sunday); Russia's losses a day, islanders, the ceiling's "
        "year, euros, square metres, minutes, ages, years, a newsdesk phone number",
    text="""\
WSW-IRELAND-CLARE-ABBEY

Korean and Ukrainian hands help save a medieval ceiling on a Mayo island

By Orla Gavin

CLARE ISLAND, Ireland, December 12, 2024 (Western Seaboard Wire) – On an island of about 160 \
people at the mouth of Clew Bay, two newcomers whose home countries are caught up in the same \
widening war are helping to rescue one of the rarest medieval paintings in Ireland.

The vaulted ceiling of the small Cistercian abbey, painted around 1500 with dragons, a harper, \
cattle raiders and a stag hunt, has been under scaffolding since September. The state has set \
aside 420,000 euros for the first phase, and the team hopes to clean about 35 square metres of \
plaster before Easter.

The scaffolding was put up by Dmytro Savchuk, 39, a rigger from Chernivtsi who moved to Mayo in \
2022. His younger brother operates drones in the Kursk region of Russia. On Saturday his brother \
sent him a video and said [[a few dozen]] North Korean soldiers had tried to cross an open field \
toward his unit, Savchuk said during a tea break in the nave.

Beside him on the platform works Baek Soo-jin, 46, a pigment specialist from Gyeongju on loan from \
a Korean heritage institute. She expects Pyongyang to send [[as many as 50,000]] soldiers to \
Russia over the coming year. "My mother rings every Sunday and asks what the news from the North \
means for us," she said.

The deployment has grown fast since October. A Pentagon spokeswoman said on Monday that North \
Korean troops had begun fighting in Kursk and that [[some 11,000]] were now in the region. Seoul's \
intelligence service, which briefed lawmakers two weeks ago, said the North had sent [[more than \
10,000]] in all. NATO Secretary General Mark Rutte, in a speech in Brussels earlier on Thursday, \
said [[thousands]] of them were fighting alongside Russian units. Ukraine's military intelligence \
estimated at the weekend that [[at least 200]] had already been killed or wounded.

Russia has been losing well over 1,500 soldiers a day in recent weeks, according to British \
defence intelligence.

The island ferry from Roonagh pier takes about 15 minutes and runs twice a day in winter. The \
abbey is due to reopen to visitors in June.

(Reporting by Orla Gavin; editing by Ciarán Loftus; Western Seaboard Wire newsdesk +353 98 265 140)
""",
    claims=(
        C("a few dozen", None, "vague", "near_front", "other", "sat..pub",
          "a rigger from Chernivtsi relaying his brother, a drone operator in Kursk ('On Saturday "
          "his brother sent him a video and said …, Savchuk said'; the speaker quoted: other): "
          "tried to cross a field toward his unit (from Saturday to publication)"),
        C("as many as 50,000", 50000, "at_most", "planned", "other", "pub",
          "a pigment specialist from Gyeongju, 'She expects' (undated): to be sent over the coming "
          "year"),
        C("some 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "a Pentagon spokeswoman 'said on Monday' (9 December): now in the Kursk region, "
          "fighting"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-25..2024-12-01",
          "'Seoul's intelligence service, which briefed lawmakers two weeks ago' (Monday to Sunday "
          "of the week before last, as earlier sets): sent in all (a total)"),
        C("thousands", None, "vague", "near_front", "nato", "thu",
          "Rutte 'in a speech in Brussels earlier on Thursday' (the publication day, new here): "
          "fighting alongside Russian units"),
        C("at least 200", 200, "at_least", "casualties", "ukraine", "sat..sun",
          "Ukraine's military intelligence 'estimated at the weekend' (7-8 December): killed or "
          "wounded"),
    ),
)

S08 = Source(
    article_id="z152_08_festival_notes_clare_island_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-30"),
    dated_by="front_matter", crlf=True,
    features="the walking festival committee's notes from Clare Island (County Mayo) in Markdown, "
        "windows-1252 with CRLF (curly quotes, `’` and `€` raw), front matter with `date:` "
        "(Friday) and a title repeating the headline (optional); walkers, fog, the summit and "
        "chowder first; the headline's `600` from the NIS figure of 30 April (30 April to "
        "publication, hedge dropped); a marshal from Mariupol relaying her husband ('He told her "
        "on a video call on Wednesday') `a handful` of scouts in the tree line (other, from "
        "Wednesday to publication); a trail runner from Sokcho 'guesses' `twenty thousand, give or "
        "take` (new here: 'give or take' after a number word as approx, other, `pub`); 'On April "
        "30, Seoul's spy service gave members of parliament its first count of the dead:' `about "
        "600` killed and `roughly 4,700` casualties in all; Russia's chief of general staff 'at "
        "the end of April' `several thousand` who helped retake Kursk (russia, days 21-30); "
        "'according to a Pentagon official who spoke to reporters on May 21' `roughly 3,000` "
        "replacements (increment); walkers, the summit's metres, the signal tower's year, bowls of "
        "chowder, euros, sailings, ages, years, a phone number",
    text="""\
---
title: "Festival notes: 412 walkers, one day of fog and Seoul’s [[600]]"
date: 2025-05-30
committee: Clare Island Walking Festival
---

# Festival notes: 412 walkers, one day of fog and Seoul’s [[600]]

Dear walkers and friends of the island,

Our eleventh walking festival brought 412 walkers over the bank holiday weekend, most of them on \
the extra sailings from Roonagh. We lost only one morning to fog. The rest of the time groups \
climbed Knockmore, at 462 metres the island’s highest point, and followed the cliffs to the old \
signal tower, built in 1804. The community centre served 1,150 bowls of chowder, and the raffle \
raised €2,340 towards a second defibrillator.

## Who kept us going

Our volunteer marshal was Halyna Moroz, 50, a geography teacher from Mariupol who now teaches in \
Louisburgh. Her husband serves with an artillery crew near Sumy. He told her on a video call on \
Wednesday that [[a handful]] of North Korean scouts had been spotted in the tree line opposite his \
gun. “He sounded tired but calm,” Halyna said.

The fastest group up Knockmore was led by Nam Ji-ho, 33, a trail runner from Sokcho on Korea’s \
east coast, who ran the island loop twice before breakfast. He guesses that [[twenty thousand, \
give or take]], have now passed through Russia, “and most of their mothers still think they are \
building roads.”

## The world beyond Clew Bay

On April 30, Seoul’s spy service gave members of parliament its first count of the dead: [[about \
600]] North Koreans had been killed, out of [[roughly 4,700]] casualties in all. Moscow and \
Pyongyang admitted the deployment for the first time at the end of April, when Russia’s chief of \
general staff credited [[several thousand]] Korean soldiers with helping to win back the Kursk \
region. And according to a Pentagon official who spoke to reporters on May 21, [[roughly 3,000]] \
replacements have reached Russia since January.

## Next year

- The 2026 festival runs from 1 to 4 May.
- Booking opens in January: €25 for the weekend, children free.
- Festival phone: 098 25 140
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "front-matter title repeating the headline (metadata)", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "headline 'Seoul's 600': the NIS figure of 30 April ('about 600' killed in the body), 30 "
          "April to publication, hedge dropped"),
        C("a handful", None, "vague", "near_front", "other", "wed..pub",
          "a marshal from Mariupol relaying her husband, a gunner near Sumy ('He told her on a "
          "video call on Wednesday'; the speaker quoted: other): scouts spotted in the tree line "
          "opposite (from Wednesday to publication)"),
        C("twenty thousand, give or take", 20000, "approx", "in_russia", "other", "pub",
          "a trail runner from Sokcho, 'He guesses' (undated): passed through Russia ('give or "
          "take' after a number word as approx, new here)"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'On April 30, Seoul's spy service gave members of parliament its first count of the "
          "dead': killed"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing: casualties in all (the 600 are part of them; neither is an increment)"),
        C("several thousand", None, "vague", "near_front", "russia", "2025-04-21..2025-04-30",
          "Russia's chief of general staff 'at the end of April' (days 21-30): credited with "
          "helping to win back the Kursk region (in combat)"),
        C("roughly 3,000", 3000, "approx", "in_russia", "united_states", "2025-05-21",
          "'according to a Pentagon official who spoke to reporters on May 21' (the relative "
          "clause dates the figure): replacements reached Russia (increment)",
          add=True),
    ),
)

S09 = Source(
    article_id="z152_09_letters_wrangell",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-07-31"),
    dated_by="sidecar",
    sidecar=(
        "The Wrangell Tidewater",
        "https://www.wrangelltidewater.example/letters/2025-07-31",
        "Letters: a son, an uncle and the cruise dock",
    ),
    features="a readers' letters page from a Wrangell weekly (Stikine, Southeast Alaska) as plain "
        "text, ISO-8859-1 with straight quotes and one `é` (sidecar, Thursday); a reader from "
        "Zaporizhzhia relaying her son, a rifleman ('On Saturday he wrote me from a cellar') `some "
        "thirty` dug in across the line (approx with a number word, other, from Saturday to "
        "publication); a reader answering the paper's own front page ('Your front-page story of "
        "July 17') `20,000` fighting (unattributed, required, that day), 'South Korea's spy agency "
        "has been saying' `about 11,000` and, carried by 'and that', `upward of 4,000` killed or "
        "wounded (new here: 'upward of' as at_least, `pub`), and Russia's ambassador 'in an "
        "interview on July 8' `about 1,000` deminers in Kursk (russia, near the front); a reader "
        "relaying her uncle, a retired analyst ('He reckons') `at most 15,000` (at_most, other, "
        "`pub`); a reader who heard Zelensky 'on the radio on Tuesday' `hundreds` dead in seven "
        "days (ukraine, casualties); a reader on KCNA 'on Monday' `dozens` of portraits of the "
        "dead (north_korea, casualties); a letter on the cruise dock without a claim (`up to "
        "2,000` passengers: not a claim); salmon, ships, passengers, harbor slips, dollars, years, "
        "ages",
    text="""\
THE WRANGELL TIDEWATER - LETTERS TO THE EDITOR

A son, an uncle and the cruise dock

To the editor: My son Andriy, 24, is a rifleman from Zaporizhzhia who serves near the Sumy border. \
On Saturday he wrote me from a cellar that [[some thirty]] North Koreans had dug in at the edge of \
a village across the line from his platoon. I pack salmon at the cold storage on the waterfront, \
and the women on my shift ask after him every day. Thank you all for that.
Svitlana Hrebeniuk, Wrangell

To the editor: Your front-page story of July 17 said [[20,000]] North Koreans were fighting for \
Russia, and it named no source for that number. South Korea's spy agency has been saying [[about \
11,000]] for most of this year, and that [[upward of 4,000]] have been killed or wounded. Russia's \
ambassador in Pyongyang said in an interview on July 8 that [[about 1,000]] North Korean deminers \
were at work in Kursk. Numbers matter when people are dying. Please check them before they go to \
press.
Marvin Ostrander, Wrangell

To the editor: My uncle in Incheon spent 30 years reading North Korean radio traffic for the South \
Korean government. He reckons [[at most 15,000]] have gone so far, and that Kim is keeping the \
rest at home to guard the coast. He also says no one in Seoul really knows how many came back \
wounded.
Jenny Paek Lindquist, Petersburg

To the editor: I heard President Zelensky on the radio on Tuesday say that in just seven days of \
fighting near the border, [[hundreds]] of North Koreans had died. It is strange to listen to that \
while the kids jump off the city dock into the harbor.
Gordon Weiss, Wrangell

To the editor: North Korea's state news agency showed Kim Jong Un on Monday laying flowers before \
the portraits of [[dozens]] of soldiers killed in Kursk. I read it on the café wifi and could not \
finish my coffee.
Alma Frisby, Wrangell

To the editor: The city says three cruise ships a week will tie up here in August, each carrying \
up to 2,000 passengers. Our harbor was built for fishing boats, and the downtown lot has 40 \
parking spaces. Before we spend $1.2 million on a new float, can we ask the people who live here?
Doris Kaufman, Wrangell
""",
    claims=(
        C("some thirty", 30, "approx", "near_front", "other", "sat..pub",
          "a reader from Zaporizhzhia relaying her son, a rifleman near the Sumy border ('On "
          "Saturday he wrote me from a cellar'; the letter writer quoted: other): dug in across "
          "the line ('some' with a number word as approx; from Saturday to publication)"),
        C("20,000", 20000, "exact", "near_front", "unattributed", "2025-07-17",
          "the paper's own front-page story as cited by a reader ('Your front-page story of July "
          "17 said … and it named no source': unattributed, required, that day): fighting for "
          "Russia"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'South Korea's spy agency has been saying … for most of this year' (undated): the "
          "number in Russia"),
        C("upward of 4,000", 4000, "at_least", "casualties", "south_korea", "pub",
          "same statement, carried by 'and that': killed or wounded ('upward of' as at_least, new "
          "here, as 'upwards of')"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "2025-07-08",
          "Russia's ambassador in Pyongyang 'said in an interview on July 8': deminers at work in "
          "Kursk"),
        C("at most 15,000", 15000, "at_most", "in_russia", "other", "pub",
          "a reader relaying her uncle, a retired radio analyst ('He reckons', undated; the letter "
          "writer quoted: other): gone so far"),
        C("hundreds", None, "vague", "casualties", "ukraine", "tue",
          "Zelensky heard 'on the radio on Tuesday' (29 July): died in seven days of fighting"),
        C("dozens", None, "vague", "casualties", "north_korea", "mon",
          "North Korea's state news agency 'showed Kim Jong Un on Monday' (28 July): portraits of "
          "soldiers killed in Kursk"),
    ),
)

S10 = Source(
    article_id="z152_10_season_notes_stikine_jetboats_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-03-18"),
    dated_by="html_meta",
    features="a Stikine River jet-boat outfit's season notes from Wrangell (Southeast Alaska) in "
        "HTML, UTF-8 with BOM, `<meta name=\"date\">` (Tuesday), a cookie bar about booking "
        "deposits, a script, navigation, entities (`&amp;`, `&ndash;`, `&rsquo;`, `&ldquo;`, "
        "`&rdquo;`), a footer with a ZIP code and a phone number; `<title>` and headline without a "
        "figure; the ice, engines, the river trip, fares and guests first; a mechanic from "
        "Chornomorsk relaying his nephew ('On Thursday, Serhiy told us, his nephew wrote') "
        "`hundreds` pushing toward Sudzha (other, from Thursday to publication); a photographer "
        "from Ulsan 'puts the number … at' `twelve or thirteen thousand` (two number words joined "
        "by 'or': range, other, `pub`); 'According to South Korea's spy agency, which briefed "
        "lawmakers last week' `between 1,000 and 3,000` additional troops (range, increment, "
        "`lastweek`); Zelensky 'in a speech at the weekend' `nearly 4,000` dead and wounded "
        "(Saturday-Sunday); a sentence-initial `Roughly 11,000` with the claimant and date in the "
        "next sentence ('That was the estimate a Pentagon spokesperson gave on March 6'); "
        "Ukraine's military intelligence 'said earlier this month' `about 1,500` replacements in "
        "training (increment, the 1st to publication); guests, trips, horsepower, miles, degrees, "
        "dollars, residents, the gold rush year, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-03-18">
<title>Season Notes &ndash; Stikine River Jetboat Co., Wrangell</title>
<script>window.booking = {season: 2025, river: "stikine", deposit: 100};</script>
</head>
<body>
<div class="cookie-bar">We use one cookie to tie your booking deposit to your email address. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> | <a href="/trips">Trips</a> | <a href="/boats">Our boats</a> | <a \
href="/notes">Season notes</a></nav>
<main>
<h1>Season notes: new engines, same old river</h1>
<p>The ice went out on the lower Stikine almost two weeks early this year, and both boats are back \
in the water with new 450-horsepower engines. Our full-day trip still runs about 110 miles up the \
river toward the Canadian border and back, with a stop at Shakes Glacier and a soak at Chief \
Shakes Hot Springs, where the water comes out at 104 degrees. The fare holds at $285 for adults. \
Last season we carried 2,460 guests on 163 trips &amp; lost not a single propeller.</p>
<p>Our mechanic, Serhiy Lytvyn, 52, ran harbour tugs in Chornomorsk on the Black Sea before he \
came to Wrangell in 2023. His nephew flies drones for a brigade near Sudzha. On Thursday, Serhiy \
told us, his nephew wrote that [[hundreds]] of North Koreans were pushing toward the town behind \
Russian armour.</p>
<p>Jang Eun-bi, 37, a photographer from Ulsan, spent the winter with us shooting eagles on the \
river flats. She puts the number of North Koreans who have gone through Russia at [[twelve or \
thirteen thousand]]. &ldquo;We grew up being told they were our brothers,&rdquo; she said.</p>
<p>From the news this month: According to South Korea&rsquo;s spy agency, which briefed lawmakers \
last week, [[between 1,000 and 3,000]] additional troops have been sent to Russia since January. \
President Zelensky, in a speech at the weekend, put North Korean losses at [[nearly 4,000]] dead \
and wounded. [[Roughly 11,000]] North Koreans are still in Russia. That was the estimate a \
Pentagon spokesperson gave on March 6. Ukraine&rsquo;s military intelligence said earlier this \
month that [[about 1,500]] replacements were being trained in the Russian Far East.</p>
<p>Wrangell has about 2,100 residents these days; in the gold rush of 1898 the town briefly held \
ten times that many.</p>
</main>
<footer>Stikine River Jetboat Co. &middot; Wrangell, AK 99929 &middot; (907) 874-2260 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "thu..pub",
          "a mechanic from Chornomorsk relaying his nephew, a drone pilot near Sudzha ('On "
          "Thursday, Serhiy told us, his nephew wrote'; the speaker quoted: other): pushing toward "
          "the town (from Thursday to publication)"),
        C("twelve or thirteen thousand", None, "range", "in_russia", "other", "pub",
          "a photographer from Ulsan, 'She puts the number … at' (undated): gone through Russia "
          "(two number words joined by 'or': range, as earlier sets)"),
        C("between 1,000 and 3,000", None, "range", "in_russia", "south_korea", "lastweek",
          "'According to South Korea's spy agency, which briefed lawmakers last week' (the "
          "relative clause dates the figure): 'additional troops' sent since January (increment)",
          add=True),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "sat..sun",
          "Zelensky 'in a speech at the weekend, put North Korean losses at' (15-16 March): dead "
          "and wounded"),
        C("Roughly 11,000", 11000, "approx", "in_russia", "united_states", "2025-03-06",
          "sentence-initial figure, the claimant and day in the next sentence ('That was the "
          "estimate a Pentagon spokesperson gave on March 6'): still in Russia"),
        C("about 1,500", 1500, "approx", "in_russia", "ukraine", "2025-03-01..pub",
          "Ukraine's military intelligence 'said earlier this month' (the 1st to publication): "
          "replacements in training in the Russian Far East (increment)",
          add=True),
    ),
)

S11 = Source(
    article_id="z152_11_newsletter_spanish_school_isla_mujeres_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-08-20"),
    dated_by="sidecar",
    sidecar=(
        "Escuela Caracol, Isla Mujeres",
        "https://www.escuelacaracol.example/newsletter/2025-08",
        "Caracol newsletter: August on the island",
    ),
    features="a Spanish language school's English newsletter from Isla Mujeres (Quintana Roo, "
        "Mexico) in HTML, UTF-16 LE with BOM, no meta date (sidecar, Wednesday), a cookie note "
        "about class levels, a script, navigation, raw `’`, `“”`, `–` and `·`, a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; students, "
        "countries, fees, homestays and the ferry first; a software tester from Dnipro relaying "
        "her brother ('On Monday he messaged her') `maybe fifty` moving up to the border (new "
        "here: 'maybe' with a number word as approx, other, from Monday to publication); a retired "
        "teacher from Jeonju 'is convinced' `no fewer than 18,000` (new here: 'no fewer than' as "
        "at_least, other, `pub`); the NIS 'Last week … reported' `about 1,000` deminers arrived in "
        "Kursk and, 'and that', `as many as 5,000` builders 'would follow' (at_most, planned; new "
        "here: 'would follow' without 'more' is not an increment); Kursk's governor 'said on "
        "Friday' `several hundred` clearing mines (russia); 'In July, Ukraine's military "
        "intelligence estimated' `between 11,000 and 12,000` (range, the month); 'Some papers in "
        "Cancún have printed' `25,000` (unattributed, required, `pub`); students, countries, "
        "dollars, pesos, minutes, kilometres, hours, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Newsletter – Escuela Caracol, Isla Mujeres</title>
<script>var escuela = {term: "verano-2025", levels: ["A1", "A2", "B1", "B2"], homestay: \
true};</script>
</head>
<body>
<div id="cookie">We keep one cookie to remember the class level you picked. \
<button>Vale</button></div>
<nav><a href="/">Escuela</a> · <a href="/courses">Courses</a> · <a href="/homestays">Homestays</a> \
· <a href="/newsletter">Newsletter</a></nav>
<article>
<h1>August on the island: full classrooms and a hot ferry</h1>
<p>July brought 64 students from 19 countries to our classrooms on Avenida Hidalgo, the most since \
we opened in 2016. The morning course runs four hours a day and costs US$210 a week; a homestay \
with an island family is 650 pesos a night with breakfast. The ferry from Cancún still takes about \
20 minutes, and on the island, which is only 7 kilometres long, you can walk to class from \
anywhere.</p>
<p>Among this month’s students is Iryna Sokolenko, 29, a software tester from Dnipro who keeps her \
day job online from a hammock on Playa Norte. Her brother is a sapper near the Kursk border. On \
Monday he messaged her that a column of [[maybe fifty]] North Koreans had moved up to the border \
opposite his unit before dawn.</p>
<p>In the advanced group, Choi Byung-chul, 66, a retired maths teacher from Jeonju, is learning \
Spanish for a long trip down to Patagonia. He is convinced that [[no fewer than 18,000]] North \
Koreans have served in Russia by now. “In the South we count them one by one,” he said, “and the \
North does not count them at all.”</p>
<p>What reached our classroom radio this month: Last week South Korea’s spy agency reported that \
[[about 1,000]] North Korean deminers had arrived in Kursk, and that [[as many as 5,000]] military \
builders would follow. Kursk’s governor said on Friday that [[several hundred]] Koreans were \
clearing mines around Sudzha. In July, Ukraine’s military intelligence estimated that [[between \
11,000 and 12,000]] were in Russia. Some papers in Cancún have printed [[25,000]], without saying \
where the number came from.</p>
<ul><li>Intensive week from 1 September: 20 hours of class, US$260</li><li>Salsa night every \
Thursday on the roof terrace</li><li>Office: +52 998 877 0412</li></ul>
</article>
<footer>Escuela Caracol · Avenida Hidalgo 14, Isla Mujeres, Q. Roo 77400 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/levels.js"></script>
</body>
</html>
""",
    claims=(
        C("maybe fifty", 50, "approx", "near_front", "other", "mon..pub",
          "a software tester from Dnipro relaying her brother, a sapper near the Kursk border ('On "
          "Monday he messaged her'; the speaker quoted: other): moved up to the border opposite "
          "his unit ('maybe' with a number word as approx, new here; from Monday to publication)"),
        C("no fewer than 18,000", 18000, "at_least", "in_russia", "other", "pub",
          "a retired teacher from Jeonju, 'He is convinced' (undated): have served in Russia ('no "
          "fewer than' as at_least, new here)"),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "lastweek",
          "'Last week South Korea's spy agency reported': deminers arrived in Kursk"),
        C("as many as 5,000", 5000, "at_most", "planned", "south_korea", "lastweek",
          "same statement, 'and that': military builders 'would follow' (planned; a second group "
          "without 'more': not an increment, new here)"),
        C("several hundred", None, "vague", "near_front", "russia", "fri",
          "Kursk's governor 'said on Friday' (15 August): clearing mines around Sudzha"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "ukraine",
          "2025-07-01..2025-07-31",
          "'In July, Ukraine's military intelligence estimated' (the month): in Russia"),
        C("25,000", 25000, "exact", "in_russia", "unattributed", "pub",
          "'Some papers in Cancún have printed …, without saying where the number came from' (no "
          "source: unattributed, required, as 'Some reports put the total at' of earlier sets)"),
    ),
)

S12 = Source(
    article_id="z152_12_bulletin_sailfish_classic_isla_mujeres_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Isla Mujeres Sailfish Classic – Committee Bulletin",
        "https://www.islasailfishclassic.example/bulletin/2025-10",
        "Committee bulletin: releases, results and thanks",
    ),
    features="a sailfish tournament committee's bulletin from Isla Mujeres (Quintana Roo, Mexico) "
        "in Markdown, UTF-8 with curly quotes, front matter without a date (sidecar, Tuesday) and "
        "a title without a figure; boats, anglers, releases, a marlin and the purse first; a mate "
        "from Ochakiv relaying his cousin ('In a text on Friday, the cousin wrote') `close to a "
        "hundred` in a forest strip opposite (approx with a number word, other, from Friday to "
        "publication); an angler born in Pohang 'By his count' `north of 20,000` (new here: 'north "
        "of' as at_least, other, `pub`); the 10 October parade's `hundreds` of Kursk veterans "
        "(returnees: optional); the NIS 'said earlier this month' `around 10,000` near the border "
        "(the 1st to publication); `6,000` 'more' with the claimant after the figure ('…, "
        "Ukraine's military intelligence chief said on Friday'; increment, planned); the State "
        "Department 'in a written answer to Congress last week' `more than 2,000` dead; NATO's "
        "military committee chair 'in late September' `roughly 11,000` sent in all (days 21-30); "
        "Kursk's governor 'told a Russian newspaper on Thursday' `up to 2,000` engineers still at "
        "work (russia, at_most, near the front); boats, anglers, sailfish, pounds, dollars, pesos, "
        "hours, ages, years, a phone number",
    text="""\
---
title: "Committee bulletin, October 2025"
event: Isla Mujeres Sailfish Classic
---

# After the Classic: 188 releases and a record purse

Thank you, captains and crews. Our ninth Sailfish Classic brought 62 boats and 231 anglers to the \
island, and over two days of fishing they tagged and released 188 sailfish, a record for the \
event. A blue marlin of roughly 400 pounds was photographed alongside and let go. The winning \
boat, *Cachito*, took home the US$18,000 purse, and the fish fry on the town square sold out in \
under three hours.

## On the docks

The *Cachito*’s mate, Oleksiy Marchenko, 36, grew up on the fishing boats of Ochakiv on the Black \
Sea and has worked out of Isla for four seasons. His cousin is a mortar man near the Kursk border. \
In a text on Friday, the cousin wrote that [[close to a hundred]] North Koreans had moved into a \
forest strip across from his position.

Visiting angler Daniel Park, 48, a dentist from Vancouver who was born in Pohang, fished with us \
for the third year. By his count, [[north of 20,000]] North Koreans have rotated through Russia \
since last autumn. “Each of those boys has a mother waiting somewhere,” he told the committee.

## The world, from the dock radio

Pyongyang’s party anniversary parade on October 10 included [[hundreds]] of soldiers back from \
Kursk, North Korean state television said. South Korea’s spy agency said earlier this month that \
[[around 10,000]] were still deployed near the Ukrainian border. Pyongyang is training [[6,000]] \
more for Kursk, Ukraine’s military intelligence chief said on Friday. The State Department, in a \
written answer to Congress last week, put North Korean deaths at [[more than 2,000]]. NATO’s \
military committee chair said in late September that [[roughly 11,000]] had been sent in all. \
Kursk’s governor told a Russian newspaper on Thursday that [[up to 2,000]] Korean engineers were \
still at work in the region.

## Next year

- The 2026 Classic is set for October 9 and 10.
- Entry stays at US$650 per boat; fuel dock discount of 5 pesos a litre for entrants.
- Committee office: +52 998 274 1930
""",
    claims=(
        C("close to a hundred", 100, "approx", "near_front", "other", "fri..pub",
          "a mate from Ochakiv relaying his cousin, a mortar man near the Kursk border ('In a text "
          "on Friday, the cousin wrote'; the speaker quoted: other): moved into a forest strip "
          "opposite (from Friday to publication)"),
        C("north of 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "an angler born in Pohang, 'By his count' (undated): rotated through Russia ('north of' "
          "as at_least, new here)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "North Korean state television on the 10 October parade: Kursk veterans marching "
          "(returnees: optional, as in earlier sets)",
          opt=True),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "2025-10-01..pub",
          "'South Korea's spy agency said earlier this month' (the 1st to publication): still "
          "deployed near the Ukrainian border"),
        C("6,000", 6000, "exact", "planned", "ukraine", "fri",
          "the claimant after the figure, '…, Ukraine's military intelligence chief said on "
          "Friday' (10 October): 'more' being trained for Kursk (increment, planned)",
          add=True),
        C("more than 2,000", 2000, "at_least", "casualties", "united_states", "lastweek",
          "'The State Department, in a written answer to Congress last week, put … at': deaths"),
        C("roughly 11,000", 11000, "approx", "in_russia", "nato", "2025-09-21..2025-09-30",
          "NATO's military committee chair 'said in late September' (days 21-30): sent in all (a "
          "total)"),
        C("up to 2,000", 2000, "at_most", "near_front", "russia", "thu",
          "Kursk's governor 'told a Russian newspaper on Thursday' (9 October): engineers still at "
          "work in the region"),
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
