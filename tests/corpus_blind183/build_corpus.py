"""Build the HUNDRED-AND-EIGHTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-fifth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
dwarf-pine oil distillery's customer letter from Göstling below the Hochkar (Austrian conventions)
with a lab technician from Vinnytsia and a pianist from Suwon, a watchmaker's workshop letter from
Hollenstein an der Ybbs with a precision mechanic from Kharkiv and an engineer from Busan, a
physiotherapy practice's patient letter from Eggiwil (Swiss conventions) with a physiotherapist
from Poltava and a shipbuilding engineer from Ulsan, a dog-grooming salon's Advent letter from
Röthenbach im Emmental (Swiss conventions) with a dog groomer from Chernivtsi and a cook from
Incheon, a childminders' association's parents' letter from Medebach with a childminder from Dnipro
and a machine builder from Gwangju, and a tutoring studio's parents' page from Hatzfeld on the Eder
with a maths student from Lviv and an exchange student from Jeonju; an agency-style wire report
from the reopening of the Cribstone Bridge to Bailey Island with a welder from Zaporizhzhia and a
nurse born in Gwangju, a church bean supper committee's notes from Orr's Island with a dishwasher
from Chernihiv and a graduate student from Jeju, a readers' letters page from a Deal Island weekly
with letters quoting a brother in the Kursk region and a son-in-law in Seoul, a camp meeting
association's newsletter from Deal Island with a retired ship's mechanic from Kherson and a
preacher born in Chuncheon, an ice-shanty rental's notes from Isle La Motte with a former bus
driver from Lutsk and a software tester from Seongnam, and a shrine's pilgrimage office bulletin
from Isle La Motte with a candle-shop volunteer from Ivano-Frankivsk and a retired pharmacist born
in Pohang. Same file format, marker syntax and labelling conventions as the other corpora (see
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
BASE_NAME = "_blind183_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Göstling and Hollenstein, Eggiwil and Röthenbach, Medebach and Hatzfeld)
# ---------------------------------------------------------------------------------------------


S01 = Source(
    article_id="v183_01_kundenbrief_latschenoel_goestling",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-23"),
    dated_by="dateline", crlf=True,
    features="a dwarf-pine (Latschen) oil distillery's customer letter from Göstling an der Ybbs "
        "below the Hochkar (Ybbstal Alps, Lower Austria) as plain text, windows-1252 with CRLF and "
        "`„“`, `–` (no sidecar), dated by the letter line 'Göstling an der Ybbs, 23. Jänner 2025' "
        "(Thursday); Austrian conventions (`heuer`, `Jänner`, `Feber`, `Bewilligung`); tonnes of "
        "branches, litres of oil, kilos a litre, bottle and cushion prices in euros and hectares "
        "first; a lab technician from Vinnytsia relaying her son, a medic at the border of the "
        "Kursk region ('Vorigen Freitag habe er sich aus einem Unterstand gemeldet, erzählt "
        "Halyna.', Konjunktiv carried) `gut zweihundert` dug in across the line (at_least with a "
        "number word, near the front), sentence-initial `Neun` killed and `vier` 'andere' who "
        "surrendered (number words, casualties; all other, from Friday to publication); a pianist "
        "from Suwon who 'schätzt' `30.000 bis 40.000` by summer (range, planned, other, `pub`); "
        "the NIS that 'bezifferte am Sonntag' `rund 3.000` dead and wounded; Zelensky who 'hatte "
        "tags zuvor erklärt' `zwei` prisoners (the Saturday before the Sunday: an explicit date); "
        "'Laut Pentagon' `mindestens 11.000` in Russia (at_least, `pub`); 'Die Nato geht davon "
        "aus' `Tausende` 'weitere' (vague, increment, planned, `pub`); Russia's losses in "
        "December, tonnes, litres, kilos, euros, hectares, ages, years, a phone number, a postcode",
    text="""\
Latschenöl vom Hochkar – Kundenbrief der Brennerei Zettl

Göstling an der Ybbs, 23. Jänner 2025

Liebe Kundinnen und Kunden,

der Schnee liegt am Hochkar heuer früh und dicht, und in unserer Brennhütte ruht der Kessel bis \
zum Frühjahr. Im vergangenen Sommer haben wir aus 41 Tonnen Latschenzweigen knapp 190 Liter \
ätherisches Öl gewonnen; für einen Liter braucht es also mehr als 200 Kilo Grün. Das Fläschchen \
mit 10 Millilitern kostet weiterhin 12,50 Euro, das Zirben-Latschen-Kissen 24 Euro. Geschnitten \
wird nur mit Bewilligung der Forstbehörde und nur auf 3 Hektar im Jahr, damit die Latschenfelder \
am Berg nachwachsen können. Ab Mitte Feber verschicken wir wieder, bestellen können Sie schon \
jetzt.

Halyna am Kessel

Halyna Bondar, 52, war in Winnyzja Chemielaborantin und arbeitet seit dem Herbst 2023 bei uns; \
den Kessel kennt sie inzwischen besser als der Chef. Ihr Sohn versorgt als Sanitäter die \
Verwundeten eines Bataillons nahe der Kursker Grenze. Vorigen Freitag habe er sich aus einem \
Unterstand gemeldet, erzählt Halyna. In den Wäldern gegenüber hätten sich [[gut zweihundert]] \
Nordkoreaner eingegraben. [[Neun]] von ihnen seien bei einem nächtlichen Vorstoß ums Leben \
gekommen, [[vier]] andere hätten im Schnee die Hände gehoben und sich ergeben. „Er schreibt, die \
Burschen haben nichts als Reis und Zwieback in den Taschen“, sagt Halyna und dreht am Ventil.

Ein Sommergast aus Suwon

Jung Min-seo, 29, Pianistin aus Suwon, wohnte im August zwei Wochen in der Ferienwohnung über \
dem Hofladen und übte abends auf dem alten Klavier der Wirtin. Sie schätzt, dass Kim bis zum \
Sommer [[30.000 bis 40.000]] Soldaten nach Russland geschickt haben wird. „Für den Norden ist \
das ein Geschäft und keine Freundschaft“, schrieb sie uns in ihrer Weihnachtskarte.

Was sonst zu hören ist

Südkoreas Geheimdienst bezifferte am Sonntag die Verluste der Nordkoreaner auf [[rund 3.000]] \
Tote und Verwundete. Präsident Selenskyj hatte tags zuvor erklärt, ukrainische Soldaten hätten \
[[zwei]] verletzte Nordkoreaner lebend gefangen genommen. Laut Pentagon sind [[mindestens \
11.000]] Soldaten aus dem Norden in Russland stationiert. Die Nato geht davon aus, dass \
Pjöngjang im Frühjahr [[Tausende]] weitere Männer nachschicken könnte. Die russische Armee hat \
nach Kiewer Zählung allein im Dezember mehr als 48.000 Mann verloren.

Bestellungen bitte unter 07484 2219 oder per Post an Brennerei Zettl, Lassing 14, 3345 Göstling.

Mit herzlichen Grüßen vom Berg
Johanna und Leopold Zettl
""",
    claims=(
        C("gut zweihundert", 200, "at_least", "near_front", "other", "fri..pub",
          "a lab technician from Vinnytsia relaying her son, a medic at the border of the Kursk "
          "region ('Vorigen Freitag habe er sich aus einem Unterstand gemeldet, erzählt Halyna.', "
          "Konjunktiv; the speaker quoted: other): dug in in the woods opposite ('gut' with a "
          "number word as at_least, as `Gut dreißig` of corpus_blind182; from Friday, 17 January, "
          "to publication)"),
        C("Neun", 9, "exact", "casualties", "other", "fri..pub",
          "same call, Konjunktiv carried, sentence-initial number word: killed in a night attack"),
        C("vier", 4, "exact", "casualties", "other", "fri..pub",
          "same call, same sentence: 'vier andere' who raised their hands and surrendered "
          "('andere' are others of the group, not an increment)"),
        C("30.000 bis 40.000", None, "range", "planned", "other", "pub",
          "a pianist from Suwon, 'Sie schätzt' (undated): will have been sent to Russia by summer "
          "(a forecast of a total: planned)"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "sun",
          "'Südkoreas Geheimdienst bezifferte am Sonntag' (19 January): dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-18",
          "'Präsident Selenskyj hatte tags zuvor erklärt' (the day before the NIS's Sunday: "
          "Saturday, 18 January), number word: wounded North Koreans taken alive (prisoners are "
          "casualties)"),
        C("mindestens 11.000", 11000, "at_least", "in_russia", "united_states", "pub",
          "'Laut Pentagon' (undated): stationed in Russia"),
        C("Tausende", None, "vague", "planned", "nato", "pub",
          "'Die Nato geht davon aus' (undated): 'weitere' men Pyongyang could send in spring "
          "(increment, planned)", add=True),
    ),
)


S02 = Source(
    article_id="v183_02_werkstattbrief_uhrmacher_hollenstein_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-05-06"),
    dated_by="front_matter",
    features="a watchmaker's workshop letter from Hollenstein an der Ybbs (Ybbstal Alps, Lower "
        "Austria) in Markdown, UTF-8, front matter with `date:` (Tuesday) and a title without a "
        "figure, `„“`; Austrian words (`heuer`, `Kundschaft`, `Stubenuhr`); clocks in for repair, "
        "prices of a service and a battery in euros, the workshop's 60 years and its founding "
        "year, an open day first; a precision mechanic from Kharkiv relaying his nephew, a scout "
        "at the border of the Kursk region ('Am vergangenen Mittwoch kam eine lange Nachricht, "
        "erzählt Andrij. Der Neffe schreibe, …', Konjunktiv carried) `etliche Hundert` back in "
        "small groups (vague, near the front) and `ein halbes Dutzend` wounded (6, exact; both "
        "other, from Wednesday to publication); an engineer from Busan who 'glaubt nicht, dass es "
        "… bleibt' and expects 'weitere' `6.000 bis 8.000` this year (range, increment, planned, "
        "other, `pub`); the NIS that 'teilte am Mittwoch den Abgeordneten mit' `etwa 15.000` sent, "
        "`rund 4.700` killed or wounded and `etwa 600` dead among them; Peskov who 'sagte am "
        "Freitag' a withdrawal of the `mehreren tausend` from the border area would be decided "
        "later (russia, vague, near the front); a State Department spokesman who 'erklärte, "
        "Washington rechne damit' `bis zu 3.000` 'zusätzliche' (at_most, increment, planned, "
        "`pub`); clocks, euros, years, files, times, dates, ages, a phone number",
    text="""\
---
title: "Werkstattbrief Mai"
date: 2025-05-06
von: Uhrmacherei Pichler, Hollenstein an der Ybbs
---

# Stubenuhren, Batterien und eine Nachricht von der Grenze

Liebe Kundschaft,

seit Ostern stehen bei uns am Marktplatz 23 Uhren zur Reparatur, davon elf alte Stubenuhren aus \
Bauernhäusern im oberen Ybbstal. Eine Revision kostet je nach Werk zwischen 180 und 420 Euro, \
ein Batteriewechsel bei der Armbanduhr 9 Euro. Heuer feiert die Werkstatt ihr 60-jähriges \
Bestehen: Mein Vater hat 1965 mit einer Werkbank und vier Feilen angefangen. Am 24. Mai laden \
wir ab 14 Uhr zum Tag der offenen Tür mit Kaffee und Mehlspeisen ein.

## Andrij an der großen Werkbank

Andrij Sawtschenko, 58, war in Charkiw Feinmechaniker in einem Werk für Messgeräte und hilft uns \
seit einem Jahr bei den schweren Turmuhrwerken. Sein Neffe ist Aufklärer in einer Einheit an der \
Grenze zum Gebiet Kursk. Am vergangenen Mittwoch kam eine lange Nachricht, erzählt Andrij. Der \
Neffe schreibe, die Nordkoreaner seien nach Wochen der Ruhe wieder da, [[etliche Hundert]] in \
kleinen Trupps zu dritt oder zu viert. Bei einem einzigen Angriff habe seine Einheit [[ein \
halbes Dutzend]] von ihnen verwundet. „Er will nach dem Krieg Uhrmacher werden, sagt er jedes \
Mal“, erzählt Andrij und lacht.

## Ein Kunde aus Busan

Choi Dong-hyun, 45, Ingenieur aus Busan, ließ im Winter die Taschenuhr seines Großvaters bei uns \
richten; er arbeitet für einen Zulieferer im Tal. Er glaubt nicht, dass es bei den bisherigen \
Truppen bleibt, und erwartet, dass Pjöngjang heuer weitere [[6.000 bis 8.000]] Mann schickt. \
„Der Norden hat weder Öl noch Weizen, also liefert er Rekruten“, meint er.

## Aus der Zeitung

Der Geheimdienst in Seoul teilte am Mittwoch den Abgeordneten mit, von den [[etwa 15.000]] \
Soldaten, die Pjöngjang nach Russland geschickt habe, seien [[rund 4.700]] getötet oder verletzt \
worden, darunter [[etwa 600]] Tote. Kremlsprecher Peskow sagte am Freitag, über einen Abzug der \
[[mehreren tausend]] Männer aus dem Grenzgebiet werde „zu gegebener Zeit“ entschieden. Ein \
Sprecher des US-Außenministeriums erklärte, Washington rechne damit, dass der Norden [[bis zu \
3.000]] zusätzliche Soldaten entsendet.

Die Werkstatt ist Dienstag bis Freitag von 9 bis 12 und von 14 bis 18 Uhr offen, Telefon 07445 \
318 77.

Ihr Florian Pichler mit Andrij und Lehrling Moritz
""",
    claims=(
        C("etliche Hundert", None, "vague", "near_front", "other", "wed..pub",
          "a precision mechanic from Kharkiv relaying his nephew, a scout at the border of the "
          "Kursk region ('Am vergangenen Mittwoch kam eine lange Nachricht, erzählt Andrij. Der "
          "Neffe schreibe, …', Konjunktiv; the speaker quoted: other): back in small groups "
          "('etliche Hundert' as vague; from Wednesday, 30 April, to publication)"),
        C("ein halbes Dutzend", 6, "exact", "casualties", "other", "wed..pub",
          "same message, Konjunktiv carried: wounded in one attack ('ein halbes Dutzend' as 6, "
          "exact, like 'ein Dutzend' → 12 in earlier sets)"),
        C("6.000 bis 8.000", None, "range", "planned", "other", "pub",
          "an engineer from Busan, 'Er glaubt nicht, dass es bei den bisherigen Truppen bleibt, "
          "und erwartet' (undated): 'weitere' men Pyongyang will send this year (increment, "
          "planned; span without 'weitere')", add=True),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'Der Geheimdienst in Seoul teilte am Mittwoch den Abgeordneten mit' (30 April): sent to "
          "Russia"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "same statement, Konjunktiv: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "same statement, 'darunter': dead (a part of the 4,700, not an increment)"),
        C("mehreren tausend", None, "vague", "near_front", "russia", "fri",
          "'Kremlsprecher Peskow sagte am Freitag' (2 May): the men in the border area whose "
          "withdrawal would be decided later (vague, near the front)"),
        C("bis zu 3.000", 3000, "at_most", "planned", "united_states", "pub",
          "'Ein Sprecher des US-Außenministeriums erklärte, Washington rechne damit' (undated): "
          "'zusätzliche' soldiers the North would send (increment, planned)", add=True),
    ),
)


S03 = Source(
    article_id="v183_03_patientenbrief_physio_eggiwil_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-21"),
    dated_by="html_meta",
    features="a physiotherapy practice's patient letter from Eggiwil in the upper Emmental (canton "
        "of Bern) in HTML, ISO-8859-1 with raw «» and umlauts, dashes only as entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +01:00 (Friday) and an `og:title` without a figure, "
        "a cookie note about online booking, a practice script with appointments, therapists and "
        "waiting days, navigation, a footer with a postcode and a phone number; Swiss conventions "
        "(`ss`, «», `14'000`, `10'000`, four-digit `3000`, `4000`, `8000`); `<title>` and headline "
        "without a figure; a treadmill, waiting days, appointments a week, therapists, a session's "
        "francs and minutes, opening hours and a part-time percentage first; a physiotherapist "
        "from Poltava relaying her brother, a gunner at the border of the Kursk region "
        "('Vorgestern habe er sich per Videoanruf gemeldet, erzählt sie.', Konjunktiv carried) `um "
        "die 300` 'nach wie vor' in the positions (approx, near the front, not an increment) and "
        "`Ein gutes Dutzend` killed by drones (12, at_least, casualties; both other, from "
        "Wednesday to publication); a shipbuilding engineer from Ulsan who 'geht davon aus' `über "
        "14'000` deployed (at_least, in Russia, other, `pub`); the joint chiefs in Seoul who "
        "'meldete am Montag' `gegen 3000` 'zusätzliche' moved in January and February (approx, "
        "increment, in Russia); 'Nach Angaben des Pentagons vom Dienstag' `rund 4000` killed or "
        "wounded; 'Laut Nato' `zwischen 8000 und 10'000` in the Kursk region (range, near the "
        "front, `pub`); KCNA that 'veröffentlichte am Donnerstag' pictures of Kim seeing off "
        "`Hunderte` recruits (north_korea, vague, in Russia); Russia's losses, francs, minutes, "
        "percentages, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-03-21T07:30:00+01:00">
<meta property="og:title" content="Patientenbrief Frühling">
<title>Physiotherapie Eggiwil &ndash; Patientenbrief</title>
<script>var praxis = {termineProWoche: 140, therapeutinnen: 4, wartezeitTage: 10};</script>
</head>
<body>
<div class="cookie-hinweis">Diese Seite speichert ein Cookie für die Online-Terminbuchung. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Praxis</a> &middot; <a href="/angebot">Angebot</a> &middot; <a \
href="/team">Team</a> &middot; <a href="/brief">Patientenbrief</a></nav>
<main>
<h1>Ein zweites Laufband, eine neue Kollegin und Grüsse nach Ulsan</h1>
<p>Liebe Patientinnen und Patienten, seit Februar steht im Trainingsraum ein zweites Laufband, \
und die Wartezeit auf einen ersten Termin ist auf 10 Tage geschrumpft. Pro Woche behandeln wir \
inzwischen rund 140 Termine mit 4 Therapeutinnen. Eine Sitzung von 30 Minuten kostet nach Tarif \
48 Franken und wird von der Grundversicherung bezahlt, wenn eine ärztliche Verordnung vorliegt. \
Neu ist die Praxis an der Dorfstrasse auch am Samstagmorgen von 8 bis 11 Uhr offen.</p>
<h2>Mariia Hrytsenko verstärkt das Team</h2>
<p>Mariia Hrytsenko, 34, Physiotherapeutin aus Poltawa, arbeitet seit Januar mit einem Pensum \
von 60 Prozent bei uns und betreut vor allem Knie und Schultern. Ihr Bruder ist Artillerist in \
einer Brigade an der Grenze zum Gebiet Kursk. Vorgestern habe er sich per Videoanruf gemeldet, \
erzählt sie. Auf der russischen Seite lägen nach wie vor [[um die 300]] Nordkoreaner in den \
Stellungen. [[Ein gutes Dutzend]] sei in der Woche davor bei Drohnenangriffen gefallen. «Er \
sagt, sie sind zäh, aber sie kennen keine Deckung», sagt Mariia.</p>
<h2>Ein Patient aus Ulsan</h2>
<p>Seo Jae-won, 51, Schiffbauingenieur aus Ulsan, wohnt für zwei Jahre mit seiner Familie im Tal \
und kam nach einem Skiunfall zu uns. Er geht davon aus, dass bisher [[über 14'000]] Nordkoreaner \
in Russland eingesetzt wurden. «Bei uns zu Hause redet man kaum darüber, und gerade das ist das \
Schlimmste», sagt er.</p>
<h2>Was man weiss</h2>
<p>Der Generalstab in Seoul meldete am Montag, Pjöngjang habe im Januar und Februar [[gegen \
3000]] zusätzliche Soldaten nach Russland verlegt. Nach Angaben des Pentagons vom Dienstag sind \
von den Nordkoreanern [[rund 4000]] getötet oder verwundet worden. Laut Nato stehen im Gebiet \
Kursk derzeit [[zwischen 8000 und 10'000]] Mann aus dem Norden im Einsatz. Die Staatsagentur \
KCNA veröffentlichte am Donnerstag Bilder von Kim Jong-un, der [[Hunderte]] Rekruten zu einem \
«Auslandseinsatz» verabschiedete. Russland selbst verliert nach ukrainischer Zählung jeden Tag \
rund 1300 Soldaten.</p>
</main>
<footer>Physiotherapie Eggiwil &middot; Dorfstrasse 7, 3537 Eggiwil &middot; 034 491 27 60</footer>
</body>
</html>
""",
    claims=(
        C("um die 300", 300, "approx", "near_front", "other", "wed..pub",
          "a physiotherapist from Poltava relaying her brother, a gunner at the border of the "
          "Kursk region ('Vorgestern habe er sich per Videoanruf gemeldet, erzählt sie.', "
          "Konjunktiv; the speaker quoted: other): 'nach wie vor' in the positions on the Russian "
          "side ('um die' as approx; not an increment; from Wednesday, 19 March, to publication)"),
        C("Ein gutes Dutzend", 12, "at_least", "casualties", "other", "wed..pub",
          "same call, Konjunktiv carried: killed by drones in the week before (the week is the "
          "event's period; 'ein gutes Dutzend' as 12, at_least, like 'gut' with a number)"),
        C("über 14'000", 14000, "at_least", "in_russia", "other", "pub",
          "a shipbuilding engineer from Ulsan, 'Er geht davon aus' (undated): deployed in Russia "
          "so far (a total, not an increment)"),
        C("gegen 3000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'Der Generalstab in Seoul meldete am Montag' (17 March): 'zusätzliche' soldiers moved "
          "to Russia in January and February (increment; the months are the period, not the claim "
          "date)", add=True),
        C("rund 4000", 4000, "approx", "casualties", "united_states", "tue",
          "'Nach Angaben des Pentagons vom Dienstag' (18 March): killed or wounded"),
        C("zwischen 8000 und 10'000", None, "range", "near_front", "nato", "pub",
          "'Laut Nato' (undated): in action in the Kursk region"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "thu",
          "'Die Staatsagentur KCNA veröffentlichte am Donnerstag Bilder' (20 March): recruits Kim "
          "saw off to an 'Auslandseinsatz' (being sent: in Russia, as 'sent' in the spec)"),
    ),
)


S04 = Source(
    article_id="v183_04_adventsbrief_hundesalon_roethenbach",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-05"),
    dated_by="sidecar",
    sidecar=(
        "Hundesalon Wuscheltatze, Röthenbach im Emmental – Adventsbrief",
        "https://www.wuscheltatze.example/adventsbrief-2024",
        "Adventsbrief: die letzten Termine vor Weihnachten und ein Anruf aus Kursk",
    ),
    features="a dog-grooming salon's Advent letter from Röthenbach im Emmental (canton of Bern) as "
        "plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title without a figure); "
        "Swiss conventions (`ss`, «», `25'000`, `11'000`, `10'000`, `1'500`, `bis im Frühling`, "
        "`Festtage`); dogs groomed this year, a dog's kilos, prices in francs, the Christmas "
        "closing dates and free appointments first; a dog groomer from Chernivtsi relaying her "
        "husband, a sniper in the Kursk region ('Letzten Samstag rief er an. Nach seinen Worten "
        "…', then '…, hiess es in dem Gespräch') `mehrere Hundert` brought to his sector (vague, "
        "near the front) and `etwa 40` killed in the first fight (approx, casualties; both other, "
        "from Saturday to publication); a cook from Incheon who 'rechnet damit' `25'000` in Russia "
        "by spring (a forecast of a total: planned, other, `pub`); 'Laut ukrainischem "
        "Militärgeheimdienst' `rund 11'000` 'inzwischen' massed in the Kursk region (near the "
        "front, not an increment, `pub`); the US defence secretary who 'sagte am Samstag' "
        "`Hunderte` killed and wounded (vague, casualties); the NIS that 'erklärte gestern' `bis "
        "zu 10'000` 'zusätzliche' could follow (at_most, increment, planned, `yday`); 'Nach "
        "Einschätzung der Nato' `mehr als 10'000` in Russia (at_least, `pub`); Russia's losses a "
        "day, dogs, kilos, francs, dates, appointments, ages, years, a phone number",
    text="""\
Hundesalon Wuscheltatze Röthenbach – Adventsbrief an unsere Kundschaft

Liebe Hundebesitzerinnen und Hundebesitzer

Im zu Ende gehenden Jahr sind 312 Hunde bei uns gebadet, geschoren und gekämmt worden, vom \
Chihuahua bis zum Berner Sennenhund mit 54 Kilo. Ein Bad mit Föhnen kostet für kleine Hunde 45 \
Franken, für grosse 85 Franken, das Krallenschneiden ist wie immer gratis. Über die Festtage \
bleibt der Salon vom 24. Dezember bis 5. Januar geschlossen. Wer seinen Liebling vorher noch \
schön machen will, ruft am besten bald an: Bis Weihnachten sind nur noch 9 Termine frei.

Olena und die Anrufe ihres Mannes

Olena Kravets, 44, hatte in Czernowitz einen eigenen Hundesalon und arbeitet seit dem Frühling \
2023 bei uns. Die Pudel lieben sie. Ihr Mann ist Scharfschütze und liegt seit August mit seiner \
Einheit im Gebiet Kursk. Letzten Samstag rief er an. Nach seinen Worten haben die Russen \
[[mehrere Hundert]] Nordkoreaner an seinen Frontabschnitt gebracht. Beim ersten Gefecht seien \
[[etwa 40]] von ihnen gefallen, hiess es in dem Gespräch. «Sie rennen über das offene Feld, \
direkt vor unsere Drohnen», zitiert Olena ihren Mann.

Ein Stammkunde aus Incheon

Yoon Sang-woo, 38, Koch aus Incheon, arbeitet in einem Hotel im Tal und bringt alle sechs Wochen \
seinen Königspudel Mochi. Er rechnet damit, dass bis im Frühling [[25'000]] Nordkoreaner in \
Russland stehen werden. «Kim schickt die Ärmsten, die Bauernsöhne», sagt er, während Mochi auf \
dem Tisch geduldig stillhält.

Und sonst

Laut ukrainischem Militärgeheimdienst sind inzwischen [[rund 11'000]] Nordkoreaner im Gebiet \
Kursk zusammengezogen. Der amerikanische Verteidigungsminister sagte am Samstag, es gebe \
Berichte über [[Hunderte]] getötete und verwundete Soldaten aus dem Norden. Südkoreas \
Geheimdienst erklärte gestern, Pjöngjang könnte [[bis zu 10'000]] zusätzliche Männer schicken. \
Nach Einschätzung der Nato sind [[mehr als 10'000]] Nordkoreaner in Russland. Die russischen \
Verluste liegen nach Kiewer Angaben derzeit bei über 1'500 Mann am Tag.

Wir wünschen Ihnen und Ihren Vierbeinern schöne Festtage. Termine unter 034 493 61 08.

Herzlich
Rahel Zaugg und Olena Kravets
""",
    claims=(
        C("mehrere Hundert", None, "vague", "near_front", "other", "sat..pub",
          "a dog groomer from Chernivtsi relaying her husband, a sniper in the Kursk region "
          "('Letzten Samstag rief er an. Nach seinen Worten'; the speaker quoted: other): brought "
          "to his sector (from Saturday, 30 November, to publication)"),
        C("etwa 40", 40, "approx", "casualties", "other", "sat..pub",
          "same call, Konjunktiv and '…, hiess es in dem Gespräch' (the source named after the "
          "figure): killed in the first fight"),
        C("25'000", 25000, "exact", "planned", "other", "pub",
          "a cook from Incheon, 'Er rechnet damit' (undated): will be in Russia by spring (a "
          "forecast of a total: planned)"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Laut ukrainischem Militärgeheimdienst' (undated): 'inzwischen' massed in the Kursk "
          "region (not an increment)"),
        C("Hunderte", None, "vague", "casualties", "united_states", "sat",
          "'Der amerikanische Verteidigungsminister sagte am Samstag' (30 November): killed and "
          "wounded"),
        C("bis zu 10'000", 10000, "at_most", "planned", "south_korea", "yday",
          "'Südkoreas Geheimdienst erklärte gestern' (4 December): 'zusätzliche' men Pyongyang "
          "could send (increment, planned)", add=True),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): in Russia"),
    ),
)


S05 = Source(
    article_id="v183_05_elternbrief_tagespflege_medebach_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Tagespflegeverein Medebacher Bucht – Elternbrief",
        "https://www.tagespflege-medebach.example/elternbrief-september-2025",
        "Elternbrief September: freie Plätze, Erste Hilfe und ein Anruf von der Grenze",
    ),
    features="a childminders' association's parents' letter from Medebach (Medebacher Bucht, "
        "Hochsauerland) in Markdown, UTF-8 with BOM and CRLF, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure, `„“`; childminders, children under "
        "three, monthly fees in euros, free places, a first-aid course's date, lessons and minutes "
        "first; a childminder from Dnipro relaying her cousin, a supply driver near Sumy ('Am "
        "Sonntagabend hat er angerufen. Die Nordkoreaner, erzählte er ihr, …', Konjunktiv carried, "
        "'…, sagt Swetlana') `einigen Tausend` on the Russian side of the border (vague, near the "
        "front) and sentence-initial `Dreizehn` killed by a mine (number word, casualties; both "
        "other, from Sunday to publication); a machine builder from Gwangju by whose assessment "
        "('Nach seiner Einschätzung') `höchstens 12.000` serve in Russia (at_most, in Russia, "
        "other, `pub`); the NIS that 'teilte am Dienstag mit' `etwa 2.000` dead; Ukraine's "
        "military intelligence 'Wie … vergangene Woche mitteilte' 'zusätzlich' `1.000` deminers "
        "arrived in the Kursk region (increment, near the front, `lastweek`); the governor of the "
        "Kursk region who 'dankte am Montag' `Hunderten` sappers (russia, vague, near the front); "
        "the association's own `über 10.000` 'noch immer' in Russia (unattributed, at_least, not "
        "an increment, required); children, euros, places, dates, minutes, ages, years, a phone "
        "number",
    text="""\
---
title: "Elternbrief September"
verein: Tagespflegeverein Medebacher Bucht e. V.
---

# Eingewöhnung, Erste Hilfe und ein Gast aus Gwangju

Liebe Eltern,

mit dem neuen Betreuungsjahr kümmern sich unsere 17 Tagesmütter und 2 Tagesväter in Medebach und \
den Ortsteilen um insgesamt 71 Kinder unter drei Jahren. Der Elternbeitrag richtet sich nach dem \
Einkommen und liegt zwischen 0 und 310 Euro im Monat. Für neun Kinder suchen wir noch einen \
Platz ab Januar, gern auch in Düdinghausen oder Oberschledorn. Der Erste-Hilfe-Kurs am Kind für \
alle Betreuungspersonen findet am 27. September im Bürgerhaus statt, neun Einheiten zu je 45 \
Minuten.

## Swetlana, neue Tagesmutter in Küstelberg

Swetlana Lysenko, 39, war in Dnipro Erzieherin und betreut seit dem Frühjahr fünf Kinder in \
ihrer Wohnung am Ortsrand. Ihr Cousin fährt Nachschub für eine Brigade bei Sumy. Am Sonntagabend \
hat er angerufen. Die Nordkoreaner, erzählte er ihr, stünden jetzt mit [[einigen Tausend]] Mann \
auf der russischen Seite der Grenze. [[Dreizehn]] seien in den letzten Tagen beim Räumen eines \
Minenfelds ums Leben gekommen, sagt Swetlana. Sie selbst liest abends keine Nachrichten mehr, \
„sonst schlafe ich nicht“.

## Ein Vater aus Gwangju

Han Seung-min, 41, Maschinenbauer aus Gwangju, arbeitet bei einem Hersteller von Landmaschinen \
in der Region; seine Tochter Yuna ist seit Juli bei einer unserer Tagesmütter. Nach seiner \
Einschätzung dienen derzeit [[höchstens 12.000]] Nordkoreaner in Russland, weniger als im \
Winter. „Viele Familien im Norden wissen nicht einmal, wo ihre Söhne sind“, sagt er.

## Aus den Nachrichten

Südkoreas Geheimdienst teilte am Dienstag mit, seit Beginn des Einsatzes seien [[etwa 2.000]] \
Nordkoreaner gefallen. Wie der ukrainische Militärgeheimdienst vergangene Woche mitteilte, sind \
zusätzlich [[1.000]] Minenräumer aus dem Norden ins Gebiet Kursk gekommen. Der Gouverneur des \
Gebiets Kursk dankte am Montag [[Hunderten]] nordkoreanischen Pionieren für die Räumung der \
Felder. Mehr als ein Jahr nach den ersten Truppentransporten sind noch immer [[über 10.000]] \
junge Nordkoreaner in Russland, fern von ihren Familien.

Fragen zur Platzvergabe beantwortet Birgit Schmelter im Büro, Telefon 02982 4071, dienstags und \
donnerstags von 9 bis 12 Uhr.

Herzliche Grüße
Ihr Vorstand
""",
    claims=(
        C("einigen Tausend", None, "vague", "near_front", "other", "sun..pub",
          "a childminder from Dnipro relaying her cousin, a supply driver near Sumy ('Am "
          "Sonntagabend hat er angerufen. Die Nordkoreaner, erzählte er ihr, stünden'; the speaker "
          "quoted: other): on the Russian side of the border (from Sunday, 7 September, to "
          "publication)"),
        C("Dreizehn", 13, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, '…, sagt Swetlana': killed clearing a minefield "
          "(sentence-initial number word; 'in den letzten Tagen' is the period)"),
        C("höchstens 12.000", 12000, "at_most", "in_russia", "other", "pub",
          "a machine builder from Gwangju, 'Nach seiner Einschätzung' (undated): serving in Russia "
          "('höchstens' as at_most)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Südkoreas Geheimdienst teilte am Dienstag mit' (9 September): fallen since the start"),
        C("1.000", 1000, "exact", "near_front", "ukraine", "lastweek",
          "'Wie der ukrainische Militärgeheimdienst vergangene Woche mitteilte': 'zusätzlich' "
          "deminers who came to the Kursk region (increment, near the front; span without "
          "'zusätzlich')", add=True),
        C("Hunderten", None, "vague", "near_front", "russia", "mon",
          "'Der Gouverneur des Gebiets Kursk dankte am Montag' (8 September): sappers clearing the "
          "fields (near the front)"),
        C("über 10.000", 10000, "at_least", "in_russia", "unattributed", "pub",
          "the association's own framing without a source ('Mehr als ein Jahr nach den ersten "
          "Truppentransporten sind noch immer'): 'noch immer' in Russia (not an increment; "
          "unattributed, required)"),
    ),
)


S06 = Source(
    article_id="v183_06_elternseite_lernstudio_hatzfeld_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Lernstudio Ederbogen, Hatzfeld (Eder) – Elternseite",
        "https://www.lernstudio-ederbogen.example/eltern/herbst-2025",
        "Herbstkurse, neue Lernräume und eine Sprachnachricht aus dem Grenzgebiet",
    ),
    features="a tutoring studio's parents' page from Hatzfeld on the Eder (Waldeck-Frankenberg, "
        "Hesse) in HTML, UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a "
        "figure), a cookie banner about the course booking, a script with pupils, rooms and a "
        "price, navigation, entities (`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`, `&nbsp;`), a "
        "footer with a postcode and a phone number; `<title>` and headline without a figure; "
        "pupils, rooms, the price of a lesson in euros, minutes, the holiday crash course's dates "
        "and a pass rate in per cent first; a maths student from Lviv relaying his father, a tank "
        "mechanic near the Kursk border ('Am Wochenende bekam Dmytro eine Sprachnachricht von "
        "seinem Vater.', Konjunktiv carried) `an die hundert` moving into a village (approx with a "
        "number word, near the front) and `elf` taken prisoner 'davon' (number word, casualties; "
        "both other, from Saturday to publication); an exchange student from Jeonju 'Ihrer Meinung "
        "nach' `mindestens 20.000` by spring (at_least, planned, other, `pub`); the Pentagon that "
        "'schätzte in der vergangenen Woche' `rund 11.000` remaining in Russia (`lastweek`); 'Nach "
        "Angaben eines Nato-Diplomaten vom Freitag' 'zusätzlich' `3.000` in the summer (increment, "
        "in Russia); KCNA by which ('laut … am Sonntag') Kim received the families of `mehr als "
        "hundert` fallen (north_korea, at_least with a number word, casualties); Russia's deputy "
        "defence minister who 'sagte am Dienstag' `mehrere hundert` 'weitere' sappers expected "
        "(russia, vague, increment, planned); KCNA's `Dutzende` decorated returnees (optional); "
        "pupils, rooms, euros, minutes, per cent, dates, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Elternseite &ndash; Lernstudio Ederbogen Hatzfeld</title>
<script>window.lernstudio = {schueler: 64, raeume: 3, preisProStunde: 19};</script>
</head>
<body>
<div id="cookie-banner">Wir speichern ein Cookie, damit Ihre Kursbuchung nicht verloren geht. \
<button>OK</button></div>
<nav><a href="/">Start</a> &middot; <a href="/kurse">Kurse</a> &middot; <a href="/team">Team</a> \
&middot; <a href="/eltern">Für Eltern</a></nav>
<main>
<h1>Neue Räume über der Apotheke</h1>
<p>Liebe Eltern, seit den Sommerferien lernen 64&nbsp;Schülerinnen und Schüler bei uns, so viele \
wie noch nie. Deshalb haben wir im ersten Stock über der Apotheke einen dritten Raum \
eingerichtet. Eine Einzelstunde von 60&nbsp;Minuten kostet weiterhin 19&nbsp;Euro, in der \
Kleingruppe 12&nbsp;Euro. Der Crashkurs in den Herbstferien läuft vom 13. bis 24.&nbsp;Oktober, \
jeweils 90&nbsp;Minuten am Vormittag. Von unseren Zehntklässlern haben im Sommer 93&nbsp;Prozent \
den Abschluss geschafft.</p>
<h2>Dmytro erklärt Bruchrechnen</h2>
<p>Dmytro Schewtschuk, 27, stammt aus Lwiw, studiert Mathematik und gibt bei uns seit einem Jahr \
Nachhilfe für die Klassen fünf bis acht. Sein Vater ist Panzermechaniker in einer Brigade nahe \
der Grenze zum Gebiet Kursk. Am Wochenende bekam Dmytro eine Sprachnachricht von seinem Vater. \
Gegenüber ihrer Stellung seien [[an die hundert]] Nordkoreaner in ein verlassenes Dorf \
eingerückt. Bei einem Gegenstoß habe man [[elf]] davon gefangen genommen, die meisten verwundet. \
&bdquo;Er klang müde, aber stolz&ldquo;, sagt Dmytro.</p>
<h2>Englisch mit Ji-woo</h2>
<p>Kang Ji-woo, 24, Austauschstudentin aus Jeonju, hilft dienstags in den Englischgruppen. Ihrer \
Meinung nach wird Pjöngjang bis zum Frühjahr [[mindestens 20.000]] Soldaten in Russland haben. \
&bdquo;Im Norden fragt niemand die Mütter&ldquo;, sagt sie.</p>
<h2>Kurz notiert</h2>
<p>Das Pentagon schätzte in der vergangenen Woche, dass [[rund 11.000]] nordkoreanische Soldaten \
in Russland verblieben sind. Nach Angaben eines Nato-Diplomaten vom Freitag hat der Norden im \
Sommer zusätzlich [[3.000]] Soldaten geschickt. Kim Jong-un empfing laut der Staatsagentur KCNA \
am Sonntag die Familien von [[mehr als hundert]] Gefallenen und zeichnete [[Dutzende]] \
heimgekehrte Soldaten aus. Russlands Vizeverteidigungsminister sagte am Dienstag, bis Jahresende \
würden [[mehrere hundert]] weitere Pioniere aus dem Norden erwartet.</p>
</main>
<footer>Lernstudio Ederbogen &middot; Marktplatz 3, 35116 Hatzfeld (Eder) &middot; Telefon 06467 \
9120</footer>
</body>
</html>
""",
    claims=(
        C("an die hundert", 100, "approx", "near_front", "other", "sat..pub",
          "a maths student from Lviv relaying his father, a tank mechanic near the Kursk border "
          "('Am Wochenende bekam Dmytro eine Sprachnachricht von seinem Vater.', Konjunktiv; the "
          "speaker quoted: other): moved into an abandoned village opposite ('an die' with a "
          "number word as approx; the weekend → from its Saturday, 11 October, to publication)"),
        C("elf", 11, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried, number word: 'davon' taken prisoner (a part, not an "
          "increment)"),
        C("mindestens 20.000", 20000, "at_least", "planned", "other", "pub",
          "an exchange student from Jeonju, 'Ihrer Meinung nach' (undated): Pyongyang will have in "
          "Russia by spring (a forecast of a total: planned)"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'Das Pentagon schätzte in der vergangenen Woche': remaining in Russia (not an "
          "increment)"),
        C("3.000", 3000, "exact", "in_russia", "nato", "fri",
          "'Nach Angaben eines Nato-Diplomaten vom Freitag' (10 October): 'zusätzlich' sent in the "
          "summer (increment; span without 'zusätzlich')", add=True),
        C("mehr als hundert", 100, "at_least", "casualties", "north_korea", "sun",
          "'laut der Staatsagentur KCNA am Sonntag' (12 October): the fallen whose families Kim "
          "received (number word as 100, at_least)"),
        C("Dutzende", None, "vague", "in_russia", "north_korea", "sun",
          "same KCNA report: returnees Kim decorated (returnees, as in earlier sets: optional)",
          opt=True),
        C("mehrere hundert", None, "vague", "planned", "russia", "tue",
          "'Russlands Vizeverteidigungsminister sagte am Dienstag' (14 October): 'weitere' sappers "
          "expected by the end of the year (increment, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bailey Island and Orr's Island, Deal Island, Isle La Motte)
# ---------------------------------------------------------------------------------------------


S07 = Source(
    article_id="v183_07_bridge_reopening_wire_bailey_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-14"),
    dated_by="dateline",
    features="an agency-style wire report from the reopening of the granite Cribstone Bridge to "
        "Bailey Island (Harpswell, Casco Bay, Maine) as plain text, UTF-8, slug line, headline "
        "without a figure, byline and dateline 'BAILEY ISLAND, Maine, June 14, 2025 (Granite Coast "
        "Wire) —' (Saturday), straight quotes and em dashes; people on the bridge, months of "
        "repairs, feet of span, the year it was built, millions of dollars and a truck count "
        "first; a welder from Zaporizhzhia relaying his brother, a machine-gunner on the Kursk "
        "border ('His brother sent a text on Thursday, he said, saying that … and that') `roughly "
        "70` in a wood line (approx, near the front) and `four` killed by a mortar (number word, "
        "casualties; both other, from Thursday to publication); a nurse born in Gwangju who "
        "'believes' `as many as 30,000` by next year (at_most, planned, other, `pub`); the NIS "
        "that, 'briefing a parliamentary committee on Tuesday', put `about 15,000` sent in all; "
        "TASS that 'reported on Wednesday' `1,000` deminers the North agreed to send (russia, "
        "planned); a Ukrainian military spokesman who put losses 'at' `more than 6,000` 'in an "
        "interview last week' (at_least, `lastweek`); the Pentagon that 'estimated in May' `10,000 "
        "or so` still in the border regions (approx, near the front, the whole month); North "
        "Korean state media that 'said Monday' Kim visited the families of `scores` killed abroad "
        "(vague, casualties); people, months, feet, dollars, years, trucks, ages, a desk phone "
        "number",
    text="""\
MAINE-BRIDGE/REOPENING (Granite Coast Wire)

Granite bridge to Bailey Island reopens, and a Ukrainian welder watches from the rail

By Meredith Pike

BAILEY ISLAND, Maine, June 14, 2025 (Granite Coast Wire) — Some 400 people walked across the \
Cribstone Bridge on Saturday as it reopened after 19 months of repairs, with church bells \
ringing on both islands as the first lobster truck rolled over the granite. The 1,150-foot span, \
finished in 1928 from slabs stacked without mortar so the tide can run between them, cost the \
state $14.8 million to restore. Traffic counters installed last fall showed about 2,600 vehicles \
a day before the closure.

Taras Hnatiuk, 46, a welder from Zaporizhzhia, spent most of last winter on the repair crew, \
bolting steel forms under the deck in water that never got above 40 degrees. He has lived in \
Harpswell since 2022. His brother is a machine-gunner on the Kursk border. His brother sent a \
text on Thursday, he said, saying that [[roughly 70]] North Koreans had moved into a wood line \
facing his trench, and that [[four]] had been killed by a mortar round the same night.

"He wrote that they come quietly and they do not run," Hnatiuk said, leaning on the new railing. \
"Then he asked if the bridge was finished."

Song Ha-eun, 31, a nurse born in Gwangju who drove up from Boston for the ceremony, said she \
followed the war closely because her grandfather fled the North as a boy. She believes [[as many \
as 30,000]] North Korean soldiers could end up in Russia by next year. "Every one of them is \
someone's grandson," she said.

Seoul's National Intelligence Service, briefing a parliamentary committee on Tuesday, said \
Pyongyang had shipped [[about 15,000]] troops in all since last October. Russia's state news \
agency TASS reported on Wednesday that the North had agreed to send [[1,000]] deminers to the \
Kursk region. A Ukrainian military spokesman put North Korean losses at [[more than 6,000]] dead \
and wounded in an interview last week. The Pentagon estimated in May that [[10,000 or so]] were \
still posted in Russia's border regions, and North Korean state media said Monday that Kim Jong \
Un had visited the families of [[scores]] of soldiers killed abroad.

The state transportation department said the bridge will stay open to one lane of traffic until \
the last railing sections are fitted in July.

(Reporting by Meredith Pike; editing by Sam Coyle; desk 207-555-0188)
""",
    claims=(
        C("roughly 70", 70, "approx", "near_front", "other", "thu..pub",
          "a welder from Zaporizhzhia relaying his brother, a machine-gunner on the Kursk border "
          "('His brother sent a text on Thursday, he said, saying that'; the speaker quoted: "
          "other): moved into a wood line facing his trench (from Thursday, 12 June, to "
          "publication)"),
        C("four", 4, "exact", "casualties", "other", "thu..pub",
          "same text, 'and that', number word: killed by a mortar round the same night (the night "
          "is the event, not the claim date)"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "a nurse born in Gwangju, 'She believes' (undated): could end up in Russia by next year "
          "('as many as' as at_most, like 'up to'; a forecast: planned)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "'Seoul's National Intelligence Service, briefing a parliamentary committee on Tuesday, "
          "said' (10 June): shipped in all since last October (a total over a period)"),
        C("1,000", 1000, "exact", "planned", "russia", "wed",
          "'Russia's state news agency TASS reported on Wednesday' (11 June): deminers the North "
          "had agreed to send to the Kursk region (a first announcement: planned, not an "
          "increment)"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "'A Ukrainian military spokesman put … at … in an interview last week': dead and wounded",
          ),
        C("10,000 or so", 10000, "approx", "near_front", "united_states", "2025-05-01..2025-05-31",
          "'The Pentagon estimated in May' (the whole month): still posted in Russia's border "
          "regions ('or so' as approx; 'still' not an increment)"),
        C("scores", None, "vague", "casualties", "north_korea", "mon",
          "'North Korean state media said Monday' (9 June): soldiers killed abroad whose families "
          "Kim visited ('scores' as vague)"),
    ),
)


S08 = Source(
    article_id="v183_08_supper_notes_union_church_orrs_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-08-06"),
    dated_by="front_matter",
    features="a church bean supper committee's notes from Orr's Island (Harpswell, Casco Bay, "
        "Maine) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title "
        "without a figure, straight quotes; diners, sittings, pounds of beans, pots, a time, plate "
        "prices, the pie table's dollars and the next supper's date first; a dishwasher from "
        "Chernihiv relaying her husband, a drone operator on the Sumy front ('He called Monday "
        "night, Yulia said, and told her that … and that') `close to 200` dug in across the border "
        "(approx, near the front) and `at least eight` killed when their truck was hit (at_least "
        "with a number word, casualties; both other, from Monday to publication); a graduate "
        "student from Jeju who 'expects' the North to keep `around 10,000` in Russia through the "
        "winter (approx, planned, other, `pub`); 'According to South Korea's military' 'another' "
        "`6,000` sent since June (increment, in Russia, `pub`); Kyiv's defence intelligence that "
        "'said on Friday' `about 2,500` killed in the Kursk campaign; 'Officials in Washington "
        "said last month' `a few thousand` along the border (vague, near the front, the whole of "
        "July); NATO's secretary general 'speaking in Brussels on Thursday' quoted with `eleven "
        "thousand` (number words, in Russia); diners, pounds, pots, times, dollars, dates, ages, "
        "years, a phone number",
    text="""\
---
title: "Supper Notes, August"
date: 2025-08-06
from: Orr's Island Union Church, Supper Committee
---

# Beans, brown bread and news from far away

Saturday's bean supper fed 146 people in two sittings, the biggest crowd since the vestry roof \
was fixed. We soaked 38 pounds of dry beans, pea beans and yellow-eyes, baked them overnight in \
9 pots between Doris's oven and the parsonage, and still ran out of brown bread at 6:40. Plates \
were $14, children under 12 ate for $6, and the pie table brought in another $412 for the \
furnace fund. Our next supper is Saturday, September 6, with sittings at 5 and 6.

## Yulia at the sink

Yulia Tkachenko, 33, came to Maine from Chernihiv two years ago and has run our dish line all \
summer without breaking a single plate. Her husband flies drones with a unit on the Sumy front. \
He called Monday night, Yulia said, and told her that [[close to 200]] North Koreans had dug in \
across the border from his position, and that [[at least eight]] of them had died when his team \
hit their truck. "He says the nights are short now and he sleeps in the afternoon," she said.

## A guest from Jeju

Oh Min-ji, 26, a graduate student from Jeju who is spending the summer with a host family on the \
island, dried pots next to Yulia until ten o'clock. She expects North Korea to keep [[around \
10,000]] soldiers in Russia through the winter. "My professors call it a rental army," she said.

## Elsewhere in the world

According to South Korea's military, the North has sent another [[6,000]] engineers and deminers \
to Russia since June. Kyiv's defence intelligence said on Friday that [[about 2,500]] North \
Koreans had been killed during the Kursk campaign. Officials in Washington said last month that \
they believed [[a few thousand]] North Korean soldiers were posted along the border with \
Ukraine. NATO's secretary general, speaking in Brussels on Thursday, said Pyongyang had given \
Moscow "millions of shells and [[eleven thousand]] young men."

Volunteers for September can sign the sheet in the vestry or call Doris at 207-555-0134.
""",
    claims=(
        C("close to 200", 200, "approx", "near_front", "other", "mon..pub",
          "a dishwasher from Chernihiv relaying her husband, a drone operator on the Sumy front "
          "('He called Monday night, Yulia said, and told her that'; the speaker quoted: other): "
          "dug in across the border ('close to' as approx; from Monday, 4 August, to publication)"),
        C("at least eight", 8, "at_least", "casualties", "other", "mon..pub",
          "same call, 'and that', number word: died when his team hit their truck"),
        C("around 10,000", 10000, "approx", "planned", "other", "pub",
          "a graduate student from Jeju, 'She expects' (undated): the North will keep in Russia "
          "through the winter (a forecast: planned)"),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "pub",
          "'According to South Korea's military' (undated): 'another' engineers and deminers sent "
          "to Russia since June (increment; span without 'another'; 'since June' is the period)",
          add=True),
        C("about 2,500", 2500, "approx", "casualties", "ukraine", "fri",
          "'Kyiv's defence intelligence said on Friday' (1 August): killed during the Kursk "
          "campaign"),
        C("a few thousand", None, "vague", "near_front", "united_states", "2025-07-01..2025-07-31",
          "'Officials in Washington said last month that they believed' (the whole of July): "
          "posted along the border with Ukraine"),
        C("eleven thousand", 11000, "exact", "in_russia", "nato", "thu",
          "'NATO's secretary general, speaking in Brussels on Thursday' (31 July), inside a quote, "
          "number words: young men given to Moscow"),
    ),
)


S09 = Source(
    article_id="v183_09_letters_tide_log_deal_island",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-21"),
    dated_by="sidecar",
    sidecar=(
        "The Deal Island Tide Log – Letters",
        "https://www.dealislandtidelog.example/letters/2024-11-21",
        "Letters: skipjack parking, the oyster season and the war in Kursk",
    ),
    features="a readers' letters page from a Deal Island weekly (Somerset County, Maryland) as "
        "plain text, windows-1252 (sidecar, Thursday), `–` and straight quotes; letters on parking "
        "at the skipjack harbor and on the oyster season without a claim (dollars, spaces, "
        "bushels, licences); a reader from Chance relaying her brother, a rifleman in the Kursk "
        "region ('My brother … called me Sunday. He said … and that') `a couple of hundred` "
        "crossing a field (vague, near the front) and `more than a dozen` who did not come back "
        "(at_least, 12, casualties; both other, from Sunday to publication); a reader relaying his "
        "son-in-law in Seoul ('wrote last week that people there think') `up to 100,000` Kim could "
        "send (at_most, planned, other, `lastweek`); a reader answering the paper's own editorial "
        "('Your Nov. 14 editorial said') `10,000` in Russia (unattributed, required, that day); "
        "the Pentagon's `about 10,000` in the Kursk region 'given Monday' (near the front); the "
        "NIS that 'said Wednesday' `several thousand` 'more' could be rotated in by winter (vague, "
        "increment, planned); Kyiv that 'said on Tuesday' `around 200` 'already' killed or wounded "
        "(approx, casualties, not an increment); dollars, spaces, bushels, licences, ages, years",
    text="""\
LETTERS TO THE EDITOR

Parking at the harbor

Every Labor Day the skipjack races bring more cars to Wenona than the harbor can hold, and this \
year I counted 31 trucks parked on the marsh shoulder. The county charges $5 for the lot by the \
church and it still has only 60 spaces. Could we not open the ballfield for one afternoon a \
year?

– Gordon Webster, Wenona

A brother near Kursk

My brother, who serves as a rifleman with a mechanized brigade in the Kursk region, called me \
Sunday. He said [[a couple of hundred]] North Korean soldiers came across a plowed field toward \
his company at first light, and that [[more than a dozen]] of them did not come back. He is 24 \
and he has never been this far from Kharkiv in his life, and now I am the one who is far from \
home. I clean rooms at the motel and I think of him every time I look at the water.

– Nadiya Kovalenko, Chance

What they think in Seoul

My son-in-law works for a bank in Seoul and wrote last week that people there think Kim could \
send [[up to 100,000]] men if Moscow keeps paying. I thought your readers should know that South \
Koreans take this far more seriously than we do.

– Dale Whitelock, Dames Quarter

A correction, please

Your Nov. 14 editorial said [[10,000]] North Korean troops were in Russia. The Pentagon's newest \
figure, given Monday, puts [[about 10,000]] of them in the Kursk region alone, which is not the \
same thing. South Korea's spy agency said Wednesday that Pyongyang could rotate in [[several \
thousand]] more by winter, and Kyiv said on Tuesday that [[around 200]] had already been killed \
or wounded. Numbers matter when young men are dying.

– Arlene Thornton, Deal Island

The oyster season

Watermen I know say the first week of the season brought 18 bushels a boat at best, at $45 a \
bushel. With 112 licences on this end of the county, that is not a living. Somebody from the \
state should come down and look.

– Earl Bozman, Wenona
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "sun..pub",
          "a reader from Chance relaying her brother, a rifleman in the Kursk region ('My brother "
          "… called me Sunday. He said'; the speaker quoted: other): came across a field toward "
          "his company ('a couple of hundred' as vague, like 'ein paar hundert'; from Sunday, 17 "
          "November, to publication)"),
        C("more than a dozen", 12, "at_least", "casualties", "other", "sun..pub",
          "same call, 'and that': did not come back ('a dozen' as 12; 'more than' as at_least)"),
        C("up to 100,000", 100000, "at_most", "planned", "other", "lastweek",
          "a reader relaying his son-in-law in Seoul ('wrote last week that people there think'; a "
          "message dated only by its week: lastweek): Kim could send (planned)"),
        C("10,000", 10000, "exact", "in_russia", "unattributed", "2024-11-14",
          "a reader answering the paper's own editorial ('Your Nov. 14 editorial said', as 'Your "
          "November 28 story' of corpus_blind182): in Russia (unattributed, required, that day)"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'The Pentagon's newest figure, given Monday' (18 November): 'of them in the Kursk "
          "region alone' (a part: near the front)"),
        C("several thousand", None, "vague", "planned", "south_korea", "wed",
          "'South Korea's spy agency said Wednesday' (20 November): 'more' Pyongyang could rotate "
          "in by winter (increment, planned)", add=True),
        C("around 200", 200, "approx", "casualties", "ukraine", "tue",
          "'Kyiv said on Tuesday' (19 November): 'already' killed or wounded (not an increment)"),
    ),
)


S10 = Source(
    article_id="v183_10_camp_meeting_news_deal_island_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-30"),
    dated_by="html_meta",
    features="a camp meeting association's newsletter page from Deal Island (Somerset County, "
        "Maryland) in HTML, UTF-8 with BOM, a `date` meta tag (Wednesday) and an `og:title` "
        "without a figure, a cookie notice about the cottage booking, a script with cottages, "
        "services and a fee, navigation, entities (`&ndash;`, `&ldquo;`, `&rdquo;`, `&rsquo;`, "
        "`&middot;`), a footer with a phone number; `<title>` and headline without a figure; the "
        "meeting's dates, cottages, services, the founding year, a family fee in dollars, benches "
        "and gallons of paint first; a retired ship's mechanic from Kherson relaying his grandson, "
        "an artillery spotter near the Sumy border ('His grandson wrote him a long message on "
        "Saturday. In it he described … and said') `perhaps 50` digging in (approx, near the "
        "front) and `twenty-odd` bodies counted after one assault (20, at_least, casualties; both "
        "other, from Saturday to publication); a preacher born in Chuncheon who 'fears' `tens of "
        "thousands` 'more' (vague, increment, planned, other, `pub`); South Korean intelligence "
        "officials who 'At a closed session of the National Assembly on Thursday' said `about "
        "6,000` builders and deminers were due by autumn (approx, planned); Lavrov who 'on a visit "
        "to Wonsan on July 12' thanked the `thousands` who had fought in the Kursk region (russia, "
        "vague, near the front, an explicit date); the State Department that 'said Friday' `at "
        "least 14,000` have served in Russia (at_least); KCNA's `dozens` decorated veterans on "
        "Monday (optional); the association's own `thousands` in dugouts (unattributed, vague, "
        "near the front, required); dates, cottages, services, years, dollars, benches, gallons, "
        "ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-07-30">
<meta property="og:title" content="Camp Meeting News &ndash; Summer">
<title>Camp Meeting News &ndash; Deal Island Camp Meeting Association</title>
<script>var camp = {cottages: 41, services: 9, familyFee: 25};</script>
</head>
<body>
<div class="cookie-notice">This site keeps one cookie so your cottage booking is not lost. <a \
href="#">Fine</a></div>
<nav><a href="/">Home</a> &middot; <a href="/schedule">Schedule</a> &middot; <a \
href="/cottages">Cottages</a> &middot; <a href="/news">News</a></nav>
<main>
<h1>The tabernacle is painted and the cottages are full</h1>
<p>Our camp meeting opens on Sunday, August 10, and runs for 9 services through the following \
Sunday. All 41 cottages around the grove are spoken for, some by families who have come every \
August since before the causeway was paved. The association was founded in 1877, and the \
registration fee is still $25 a family. Volunteers scraped and repainted 60 benches in the \
tabernacle this month, using 14 gallons of white paint.</p>
<h2>Viktor and the benches</h2>
<p>Viktor Moroz, 61, a retired ship&rsquo;s mechanic from Kherson who lives with his daughter in \
Chance, did most of the scraping. His grandson is an artillery spotter near the Sumy border. His \
grandson wrote him a long message on Saturday. In it he described [[perhaps 50]] North Koreans \
digging in along a creek across the border, and said his unit counted [[twenty-odd]] bodies \
after a single assault. &ldquo;I read it three times, then I went back to the benches,&rdquo; \
Viktor said.</p>
<h2>A preacher from Chuncheon</h2>
<p>The Rev. Paik Joon-ho, 57, born in Chuncheon and now pastor of a congregation on the \
mainland, will preach on the opening night. He fears Pyongyang will send [[tens of thousands]] \
more before the war ends. &ldquo;We pray for the soldiers on both sides, and for their \
mothers,&rdquo; he said.</p>
<h2>In the news</h2>
<p>At a closed session of the National Assembly on Thursday, South Korean intelligence officials \
said [[about 6,000]] North Korean builders and deminers were due in Russia by autumn. Russian \
Foreign Minister Sergei Lavrov, on a visit to Wonsan on July 12, thanked the [[thousands]] of \
Korean soldiers who had fought in the Kursk region. The State Department said Friday that [[at \
least 14,000]] North Koreans have served in Russia since last October. North Korean television \
showed Kim pinning medals on [[dozens]] of veterans on Monday. Far from this grove, \
[[thousands]] of young North Korean men will spend this August in dugouts, a long way from their \
mothers.</p>
</main>
<footer>Deal Island Camp Meeting Association &middot; Deal Island Road, Chance, MD &middot; \
410-555-0172</footer>
</body>
</html>
""",
    claims=(
        C("perhaps 50", 50, "approx", "near_front", "other", "sat..pub",
          "a retired ship's mechanic from Kherson relaying his grandson, an artillery spotter near "
          "the Sumy border ('His grandson wrote him a long message on Saturday. In it he "
          "described'; the speaker quoted: other): digging in along a creek across the border "
          "('perhaps' as approx; from Saturday, 26 July, to publication)"),
        C("twenty-odd", 20, "at_least", "casualties", "other", "sat..pub",
          "same message, 'and said': bodies counted after one assault ('twenty-odd' as 20, "
          "at_least, like 'gut dreißig')"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a preacher born in Chuncheon, 'He fears' (undated): 'more' Pyongyang will send "
          "(increment, planned)", add=True),
        C("about 6,000", 6000, "approx", "planned", "south_korea", "thu",
          "'At a closed session of the National Assembly on Thursday, South Korean intelligence "
          "officials said' (24 July): builders and deminers due in Russia by autumn (planned; not "
          "an increment)"),
        C("thousands", None, "vague", "near_front", "russia", "2025-07-12",
          "'Russian Foreign Minister Sergei Lavrov, on a visit to Wonsan on July 12': the soldiers "
          "who had fought in the Kursk region (in combat: near the front; an explicit date)"),
        C("at least 14,000", 14000, "at_least", "in_russia", "united_states", "fri",
          "'The State Department said Friday' (25 July): have served in Russia since last October "
          "(a total over a period)"),
        C("dozens", None, "vague", "in_russia", "north_korea", "mon",
          "'North Korean television showed Kim … on Monday' (28 July): veterans decorated "
          "(returnees, as in earlier sets: optional)", opt=True),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the association's own framing without a source ('Far from this grove, thousands of "
          "young North Korean men will spend this August in dugouts'): unattributed, required"),
    ),
)


S11 = Source(
    article_id="v183_11_shanty_notes_ice_rentals_isle_la_motte_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-02-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Fisk Point Ice Shanty Rentals, Isle La Motte – Shanty Notes",
        "https://www.fiskpointshanties.example/notes/2025-02",
        "Shanty Notes: good ice, hungry perch and a call from Kursk",
    ),
    features="an ice-shanty rental's notes from Isle La Motte (Lake Champlain islands, Vermont) in "
        "Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with `date:` as "
        "well as the sidecar (Wednesday) and titles without a claim figure; inches of ice, "
        "shanties on the bay, the daily rent in dollars, perch and smelt, a wind speed and a "
        "distance first; a former bus driver from Lutsk relaying his son, a grenadier in the Kursk "
        "region ('His son called on Saturday, Bohdan said:') `A hundred or more` in a frozen tree "
        "line (at_least, near the front) and `15` killed by artillery (exact, casualties; both "
        "other, from Saturday to publication); a software tester from Seongnam 'In his estimate' "
        "`no more than 8,000` still at the front (at_most, near the front, other, `pub`); 'On "
        "Monday President Zelensky put' the toll 'at' `nearly 4,000` (approx, casualties); the NIS "
        "that 'reported last week it believed' `some 11,000` in Russia (`lastweek`); a senior NATO "
        "official who 'said Tuesday' `thousands` 'more' expected (vague, increment, planned); the "
        "Pentagon that 'in a statement on Friday, put' the dead at `roughly 1,000` (approx, "
        "casualties); Russian losses in January, inches, shanties, dollars, fish, miles per hour, "
        "feet, ages, years, a phone number",
    text="""\
---
title: "Shanty Notes, early February"
date: 2025-02-05
from: Fisk Point Ice Shanty Rentals, Isle La Motte
---

# Good ice at last

After a slow start the bay finally locked up in the third week of January, and on Monday we \
drilled 16 inches of clear black ice off the point. We now have 22 shanties out, each with a \
heater, two bunks and four holes, for $85 a day or $150 for a weekend. Yellow perch are biting \
on the bottom in 30 feet of water, and a few smelt have come up at dusk. Please stay off the ice \
near the old quarry inlet, where the current keeps it thin, and pull your sled in when the wind \
is above 25 miles an hour.

## Bohdan on the auger

Bohdan Lytvyn, 52, drove a city bus in Lutsk for twenty years and now drills the holes, fills \
the heaters and tows shanties with our old snowmobile. His son is a grenadier in a unit holding \
ground in the Kursk region. His son called on Saturday, Bohdan said: "[[A hundred or more]] \
North Koreans are sitting in the frozen tree line in front of us. Our artillery killed [[15]] of \
them on Thursday." Bohdan says his son asks about the fishing every time.

## Tae-yang from Seongnam

Lim Tae-yang, 36, a software tester from Seongnam who works in Burlington, rented shanty 9 for \
three weekends in a row and out-fished the rest of us. In his estimate, [[no more than 8,000]] \
North Koreans are still fit to fight at the front after the winter battles. "The rest are dead, \
wounded or too sick," he said.

## Beyond the bay

On Monday President Zelensky put the North Korean toll in the Kursk fighting at [[nearly 4,000]] \
dead and wounded. South Korea's spy agency reported last week it believed the North had [[some \
11,000]] troops in Russia. A senior NATO official said Tuesday the alliance expected \
[[thousands]] more to be sent in the spring. The Pentagon, in a statement on Friday, put the \
number of North Korean dead at [[roughly 1,000]]. Russian losses in January alone were more than \
48,000, according to Kyiv.

Bookings: call or text 802-555-0163, and leave your cell number so we can reach you out on the ice.
""",
    claims=(
        C("A hundred or more", 100, "at_least", "near_front", "other", "sat..pub",
          "a former bus driver from Lutsk relaying his son, a grenadier in the Kursk region ('His "
          "son called on Saturday, Bohdan said:' and a quote; the speaker quoted: other): in the "
          "frozen tree line ('or more' as at_least; from Saturday, 1 February, to publication)"),
        C("15", 15, "exact", "casualties", "other", "sat..pub",
          "same quote: killed by artillery 'on Thursday' (the day of the event, inside the relayed "
          "call, is not the claim date)"),
        C("no more than 8,000", 8000, "at_most", "near_front", "other", "pub",
          "a software tester from Seongnam, 'In his estimate' (undated): still fit to fight at the "
          "front ('no more than' as at_most)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "mon",
          "'On Monday President Zelensky put the North Korean toll … at' (3 February): dead and "
          "wounded ('nearly' as approx)"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "'South Korea's spy agency reported last week it believed': in Russia"),
        C("thousands", None, "vague", "planned", "nato", "tue",
          "'A senior NATO official said Tuesday the alliance expected' (4 February): 'more' to be "
          "sent in the spring (increment, planned)", add=True),
        C("roughly 1,000", 1000, "approx", "casualties", "united_states", "fri",
          "'The Pentagon, in a statement on Friday, put' (31 January): North Korean dead"),
    ),
)


S12 = Source(
    article_id="v183_12_pilgrim_bulletin_shrine_isle_la_motte_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "St. Anne's Shrine Pilgrimage Office, Isle La Motte – Bulletin",
        "https://www.shrineislelamotte.example/bulletin/2025-11",
        "Season's end at the shrine: thanks, candles and a message from the border",
    ),
    features="a lakeside shrine's pilgrimage office bulletin from Isle La Motte (Lake Champlain "
        "islands, Vermont) in HTML, windows-1252 with raw `“”`, `’` and `·`, no meta date "
        "(sidecar, Wednesday; the sidecar title without a figure), a cookie bar about the Mass "
        "intentions form, a script with visitors, bus groups and a candle price, navigation, a "
        "footer with a phone number; `<title>` and headline without a figure; visitors, bus "
        "pilgrimages, the 1666 fort, a feast-day crowd, candles in dollars and the reopening date "
        "first; a candle-shop volunteer from Ivano-Frankivsk relaying her nephew, a paratrooper on "
        "the Kursk border ('She heard from him on Saturday. He wrote that … and that') `dozens` "
        "moving into a village (vague, near the front) and `seven` taken prisoner (number word, "
        "casualties; both other, from Saturday to publication); a retired pharmacist born in "
        "Pohang quoted 'Maybe `5,000` mothers … have lost a son' (approx, casualties, other, "
        "`pub`); the NIS that, 'In a closed briefing for members of parliament on November 4', "
        "said `about 10,000` were still along the Kursk border and that Pyongyang 'might add' `up "
        "to 5,000` 'more' (at_most, increment, planned; an explicit date, carried); Kyiv's "
        "military intelligence chief who, 'in an interview published Sunday, estimated' the dead "
        "and wounded 'at' `over 6,000` (at_least); Russia's defence ministry that 'said Thursday' "
        "`several hundred` sappers and engineers were repairing bridges near Kursk (russia, vague, "
        "near the front); KCNA that 'said Monday' Kim opened a museum with the names of `hundreds` "
        "killed (north_korea, vague, casualties); visitors, groups, years, dollars, dates, ages, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Pilgrim Bulletin · St. Anne’s Shrine, Isle La Motte</title>
<script>var shrine = {visitors2025: 21400, busGroups: 54, candlePrice: 2};</script>
</head>
<body>
<div id="cookie-bar">We store one cookie so your Mass intentions form is not lost. <a \
href="#">Understood</a></div>
<nav><a href="/">Home</a> · <a href="/visit">Visit</a> · <a href="/masses">Masses</a> · <a \
href="/bulletin">Bulletin</a></nav>
<main>
<h1>Thank you for a blessed season</h1>
<p>The outdoor chapel closed for the winter after the last Mass on November 2. This year about \
21,400 visitors came to the shrine on the site of the fort built here in 1666, and 54 bus groups \
made the pilgrimage, some from as far as Quebec and Ohio. The feast of St. Anne on July 26 drew \
close to 1,800 people to the lawn by the lake. Votive candles stay at $2, and the gift shop \
reopens on the first Saturday in May.</p>
<h2>Marta in the candle shop</h2>
<p>Marta Hubska, 49, from Ivano-Frankivsk, sold candles and rosaries all summer and lit one \
every evening for her nephew, a paratrooper on the Kursk border. She heard from him on Saturday. \
He wrote that [[dozens]] of North Koreans had moved into a village across the border, and that \
[[seven]] of them had been taken prisoner near his position. “He asked me to keep lighting the \
candles,” she said.</p>
<h2>A pilgrim from Pohang</h2>
<p>Agnes Ryu, 70, a retired pharmacist born in Pohang, led a group of 44 Korean Catholic \
pilgrims from New Jersey in September. She is sure the real toll is far higher than anyone \
admits. “Maybe [[5,000]] mothers in the North have lost a son, and none of them may cry in \
public,” she said.</p>
<h2>News from the war</h2>
<p>In a closed briefing for members of parliament on November 4, Seoul’s spy agency said [[about \
10,000]] soldiers from the North were still stationed along the Kursk border, and that Pyongyang \
might add [[up to 5,000]] more over the winter. Kyiv’s military intelligence chief, in an \
interview published Sunday, estimated North Korea’s dead and wounded at [[over 6,000]]. Russia’s \
defense ministry said Thursday that [[several hundred]] sappers and engineers from the North \
were repairing bridges near Kursk. North Korean state media said Monday that Kim had opened a \
museum holding the names of [[hundreds]] of soldiers killed “in overseas operations.”</p>
</main>
<footer>St. Anne’s Shrine · West Shore Road, Isle La Motte, VT · 802-555-0117</footer>
</body>
</html>
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "sat..pub",
          "a candle-shop volunteer from Ivano-Frankivsk relaying her nephew, a paratrooper on the "
          "Kursk border ('She heard from him on Saturday. He wrote that'; the speaker quoted: "
          "other): moved into a village across the border (from Saturday, 8 November, to "
          "publication)"),
        C("seven", 7, "exact", "casualties", "other", "sat..pub",
          "same message, 'and that', number word: taken prisoner (prisoners are casualties)"),
        C("5,000", 5000, "approx", "casualties", "other", "pub",
          "a retired pharmacist born in Pohang, quoted (undated): 'Maybe 5,000 mothers in the "
          "North have lost a son' (sons lost: casualties; 'Maybe' as approx, new here)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'In a closed briefing for members of parliament on November 4, Seoul's spy agency "
          "said': 'still stationed along the Kursk border' (an explicit date; 'still' not an "
          "increment)"),
        C("up to 5,000", 5000, "at_most", "planned", "south_korea", "2025-11-04",
          "same briefing, 'and that': 'more' Pyongyang might add over the winter (increment, "
          "planned; claimant and date carried)", add=True),
        C("over 6,000", 6000, "at_least", "casualties", "ukraine", "sun",
          "'Kyiv's military intelligence chief, in an interview published Sunday, estimated' (9 "
          "November): North Korea's dead and wounded"),
        C("several hundred", None, "vague", "near_front", "russia", "thu",
          "'Russia's defense ministry said Thursday' (6 November): sappers and engineers repairing "
          "bridges near Kursk (near the front)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "mon",
          "'North Korean state media said Monday' (10 November): soldiers killed whose names the "
          "new museum holds"),
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
