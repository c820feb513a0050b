"""Build the HUNDRED-AND-EIGHTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-fourth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an asthma
climate-therapy practice's patient letter from Krimml at the waterfalls (Austrian conventions) with
a breathing physiotherapist from Ternopil and a retired teacher from Gangneung, an elderflower
(Holler) syrup farm's customer letter from Taxenbach in the Salzach valley with a harvest helper
from Uzhhorod and a care worker from Daejeon, a mountain-bike club's trail news from the Zugerberg
(Swiss conventions) with a trail builder from Zhytomyr and a software developer from Gimhae, a
mountain restaurant's guest letter from the Zugerberg (Swiss conventions) with a cook from Cherkasy
and a pastry cook from Cheongju, a riverside kiosk's customer post from Königswinter below the
Drachenfels in the Siebengebirge with a cashier from Kremenchuk and a geology student from Andong,
and a hunting-horn ensemble's news page from the Soonwald with a forestry worker from Rivne and a
vet from Wonju; an agency-style wire report from the blessing of the shrimp fleet at St. Marys,
Georgia, with a deckhand from Mykolaiv and a sushi cook born in Busan, a wild-horse count
volunteers' newsletter from Cumberland Island with a retired veterinary technician from
Kamianets-Podilskyi and a marine biologist born in Mokpo, a readers' letters page from a St. Marys
weekly with letters quoting a son in the Kursk region and a cousin in Daegu, a Friday fish fry
committee's notes from Clifton on Union Island with a yacht skipper from Izmail and a marine
engineer from Geoje, a harbour boat vendors' association's notes from Union Island with a supply
boatman from Berdiansk and a yacht chef from Sokcho, and a salt-fish co-operative's flake notes
from Burgeo on Newfoundland's south coast with a fish splitter from Mariupol and a fisheries
scientist from Gunsan. Same file format, marker syntax and labelling conventions as the other
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
BASE_NAME = "_blind182_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Krimml and Taxenbach, the Zugerberg, the Siebengebirge, the Soonwald)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v182_01_praxisbrief_atemtherapie_krimml",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-16"),
    dated_by="dateline", crlf=True,
    features="an asthma climate-therapy practice's patient letter from Krimml at the waterfalls "
        "(upper Salzach valley, Salzburg) as plain text, windows-1252 with CRLF and `„“`, `–` (no "
        "sidecar), dated by the letter line 'Krimml, 16. Jänner 2025' (Thursday); Austrian "
        "conventions (`heuer`, `Jänner`, `Feber`, `Selbstbehalt`); last year's patients, a "
        "session's minutes, metres from the falls, the start of the season, sessions paid by the "
        "health insurance and the co-payment in euros first; a breathing physiotherapist from "
        "Ternopil relaying her husband, a drone pilot in the Kursk region ('Am Montag habe er sich "
        "aus einem Keller am Rand von Sudscha gemeldet, erzählt Oksana.', Konjunktiv carried) "
        "sentence-initial `Etwa achtzig` crossing a beet field (approx with a number word, near "
        "the front) and sentence-initial `Sieben` left lying (number word, casualties; both "
        "other, from Monday to publication); a retired teacher from Gangneung who 'rechnet damit' "
        "`an die 20.000` will have been sent by spring (a forecast of a total: planned, other, "
        "`pub`); Zelensky who 'sprach am Sonntag von' `fast 3.000` dead or wounded; the NIS that "
        "'am Montag mitteilte' `zwei` wounded prisoners and, as 'Die Behörde', `knapp 11.000` in "
        "Russia (carried: Monday); 'Aus Washington hieß es vergangene Woche' `mehr als 1.000` "
        "killed or wounded in one week (at_least, `lastweek`); 'Nach Einschätzung des "
        "ukrainischen Militärgeheimdiensts' `etwa 8.000` 'davon' at the front (near the front, "
        "`pub`); Russia's losses a day, patients, minutes, metres, sessions, euros, ages, years, "
        "office hours, a phone number",
    text="""\
Atemtherapie am Wasserfall – Brief an unsere Patientinnen und Patienten

Krimml, 16. Jänner 2025

Liebe Patientinnen und Patienten,

noch hängen die Krimmler Wasserfälle als Eiszapfen über dem Tal, aber die Anmeldungen für den \
Sommer laufen schon. Im vergangenen Jahr haben 386 Kinder und Erwachsene mit Asthma bei uns ihre \
Therapie gemacht, fast doppelt so viele wie vor fünf Jahren. Eine Einheit dauert 60 Minuten und \
findet im Sprühnebel am unteren Fall statt, etwa 150 Meter vom tosenden Wasser entfernt. Heuer \
beginnen wir am 2. Mai. Bei ärztlicher Verordnung übernimmt die Kasse 15 von 21 Einheiten, der \
Selbstbehalt liegt bei 9 Euro pro Termin. Bitte melden Sie sich bis Ende Feber, damit wir die \
Gruppen rechtzeitig einteilen können.

Oksana und ein Anruf aus dem Keller

Oksana Melnytschuk, 41, Atemphysiotherapeutin aus Ternopil, arbeitet seit dem Sommer 2023 bei uns \
und leitet die Kindergruppen. Ihr Mann steuert Drohnen für eine Brigade im Gebiet Kursk. Am Montag \
habe er sich aus einem Keller am Rand von Sudscha gemeldet, erzählt Oksana. [[Etwa achtzig]] \
Nordkoreaner hätten im Morgennebel versucht, über ein gefrorenes Rübenfeld bis an die ersten \
Häuser zu kommen. [[Sieben]] von ihnen seien auf dem Feld liegen geblieben, die übrigen hätten \
sich in ein Wäldchen zurückgezogen. „Er sagt, sie laufen in Reihen, als wären sie auf dem \
Exerzierplatz“, erzählt sie.

Ein Stammgast aus Gangneung

Lee Hyun-joo, 67, pensionierte Mathematiklehrerin aus Gangneung, kommt seit acht Sommern mit ihrem \
Enkel nach Krimml; der Bub bekam als Kind schwer Luft und spielt heute Fußball. Sie rechnet damit, \
dass Pjöngjang bis zum Frühjahr [[an die 20.000]] Soldaten nach Russland geschickt haben wird. \
„Die Mütter dort dürfen nicht einmal öffentlich weinen“, sagt sie.

Was man aus den Nachrichten weiß

Präsident Selenskyj sprach am Sonntag von [[fast 3.000]] getöteten oder verwundeten Nordkoreanern. \
Wie der Geheimdienst in Seoul am Montag mitteilte, sind [[zwei]] verwundete Soldaten aus dem \
Norden in ukrainische Gefangenschaft geraten. Die Behörde geht zudem davon aus, dass sich [[knapp \
11.000]] Nordkoreaner in Russland aufhalten. Aus Washington hieß es vergangene Woche, binnen \
sieben Tagen seien [[mehr als 1.000]] Nordkoreaner gefallen oder verletzt worden. Nach \
Einschätzung des ukrainischen Militärgeheimdiensts stehen [[etwa 8.000]] davon unmittelbar an der \
Front. Russland selbst verliert nach Kiewer Zählung an der gesamten Front weiterhin mehr als 1.500 \
Mann am Tag.

Anmeldungen nehmen wir unter 06564 7281 entgegen, Montag bis Donnerstag von 8 bis 12 Uhr.

Mit herzlichen Grüßen aus dem Oberpinzgau
Dr. Elisabeth Hofer und das Praxisteam
""",
    claims=(
        C("Etwa achtzig", 80, "approx", "near_front", "other", "mon..pub",
          "a breathing physiotherapist from Ternopil relaying her husband, a drone pilot in the "
          "Kursk region ('Am Montag habe er sich aus einem Keller am Rand von Sudscha gemeldet, "
          "erzählt Oksana.', Konjunktiv; the speaker quoted: other): tried to cross a frozen beet "
          "field to the first houses (sentence-initial number word; from Monday, 13 January, to "
          "publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried, sentence-initial number word: left lying on the field"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "a retired teacher from Gangneung, 'Sie rechnet damit' (undated): will have been sent "
          "to Russia by spring (a forecast of a total: planned; 'an die' as approx)"),
        C("fast 3.000", 3000, "approx", "casualties", "ukraine", "sun",
          "'Präsident Selenskyj sprach am Sonntag von' (12 January): killed or wounded ('fast' "
          "as approx)"),
        C("zwei", 2, "exact", "casualties", "south_korea", "mon",
          "'Wie der Geheimdienst in Seoul am Montag mitteilte' (13 January), number word: "
          "wounded soldiers taken prisoner (prisoners are casualties)"),
        C("knapp 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'Die Behörde geht zudem davon aus' (the NIS referred back to by its role, 'zudem' "
          "continuing Monday's statement: claimant and day carried): in Russia ('knapp' as "
          "approx)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "'Aus Washington hieß es vergangene Woche' (Konjunktiv): fallen or wounded within "
          "seven days ('binnen sieben Tagen' is the period)"),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdiensts' (undated): 'davon' directly "
          "at the front (a part of the total, not an increment)"),
    ),
)


S02 = Source(
    article_id="v182_02_hollerbrief_hollerhof_taxenbach_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-06-24"),
    dated_by="front_matter",
    features="an elderflower (Holler) syrup farm's customer letter from Taxenbach in the Salzach "
        "valley (Pinzgau, Salzburg) in Markdown, UTF-8, front matter with `date:` (Tuesday) and a "
        "title without a figure, `„“`; Austrian words (`heuer`, `Holler`, `Röster`, `daheim`, "
        "`Pfand`); the first cut of blossoms, kilos of blossoms, bottles of syrup, jars of jelly, "
        "the price and deposit in euros and cents first; a harvest helper from Uzhhorod relaying "
        "her younger brother, a howitzer gunner near Sumy ('Vergangenen Donnerstag hat er sich "
        "nach zehn Tagen Funkstille gemeldet, erzählt Natalija.', Konjunktiv carried) `mehrere "
        "hundert` newly moved into positions on the Russian side (vague, near the front) and "
        "sentence-initial `Drei` who surrendered the night before (number word, casualties; both "
        "other, from Thursday to publication); a care worker from Daejeon who 'glaubt' Pyongyang "
        "will send 'noch einmal' `5.000` this year (increment, planned, other, `pub`); KCNA by "
        "which ('Laut der Staatsagentur KCNA … am Sonntag') Kim received the families of "
        "`Dutzenden` fallen (north_korea, vague, casualties); Shoigu who 'erklärte am 17. Juni in "
        "Pjöngjang' `tausend` deminers and `5.000` military builders to be sent to Kursk (russia, "
        "planned, an explicit date); 'Nach Einschätzung der Nato' `knapp 11.000` 'nach wie vor' "
        "in Russia (not an increment, `pub`); the farm's own `gut 14.000` sent since autumn "
        "(unattributed, at_least, required); 'Dem ukrainischen Generalstab zufolge' `rund 6.000` "
        "killed or wounded (`pub`); Russia's losses a day, blossoms, kilos, bottles, jars, euros, "
        "cents, dates, ages, opening hours, a phone number",
    text="""\
---
title: "Hollerbrief Juni"
date: 2025-06-24
absender: Hollerhof Embacher, Taxenbach
---

# Blütenernte, neue Flaschen und eine Nachricht von der Grenze

Liebe Kundinnen und Kunden,

die Hollerblüte war heuer früh dran: Schon am 28. Mai haben wir an den Hängen über der Salzach die \
ersten Dolden geschnitten, zwei Wochen früher als im Vorjahr. Aus gut 900 Kilo Blüten sind bis \
jetzt 6.400 Flaschen Sirup geworden, dazu 300 Gläser Gelee. Die Halbliterflasche kostet weiterhin \
7,90 Euro. Neu ist die Glasflasche mit Bügelverschluss, die wir im Hofladen gegen 50 Cent Pfand \
zurücknehmen. Ab Mitte August ernten wir die schwarzen Beeren für Röster und Saft.

## Natalija an der Abfüllmaschine

Natalija Kowaltschuk, 36, aus Uschhorod hilft uns seit drei Sommern bei der Ernte und steht jetzt \
an der Abfüllmaschine. Ihr jüngerer Bruder ist Richtschütze in einer Haubitzenbatterie bei Sumy. \
Vergangenen Donnerstag hat er sich nach zehn Tagen Funkstille gemeldet, erzählt Natalija. Auf der \
russischen Seite seien [[mehrere hundert]] Nordkoreaner neu in die Stellungen eingerückt. [[Drei]] \
von ihnen hätten sich in der Nacht davor ergeben, ohne Wasser und ohne Stiefel. „Er sagt, die \
Burschen drüben wissen nicht einmal, in welchem Land sie sind“, sagt Natalija.

## Eine Pflegerin aus Daejeon

Kim Da-eun, 33, aus Daejeon arbeitet als Pflegerin im Seniorenheim im Ort und holt jeden Samstag \
Sirup für die Bewohnerinnen. Sie glaubt, dass Pjöngjang heuer noch einmal [[5.000]] Mann schicken \
wird. „Daheim sagt man, der Norden bezahlt seine Schulden mit Menschen“, meint sie.

## Was die Zeitungen melden

Laut der Staatsagentur KCNA hat Kim Jong-un am Sonntag die Familien von [[Dutzenden]] Gefallenen \
empfangen und ihnen neue Wohnungen versprochen. Russlands Sicherheitsratschef Schoigu erklärte am \
17. Juni in Pjöngjang, der Norden werde [[tausend]] Minenräumer und [[5.000]] Militärbauer ins \
Gebiet Kursk schicken. Nach Einschätzung der Nato halten sich nach wie vor [[knapp 11.000]] \
nordkoreanische Soldaten in Russland auf. Seit dem Herbst hat Nordkorea [[gut 14.000]] junge \
Männer in diesen Krieg geschickt, und ein Ende ist nicht abzusehen. Dem ukrainischen Generalstab \
zufolge wurden bei den Kämpfen um Kursk bisher [[rund 6.000]] Nordkoreaner getötet oder verwundet. \
Die russische Armee verliert nach Kiewer Zählung weiterhin rund 1.000 Soldaten am Tag.

Der Hofladen hat Freitag und Samstag von 9 bis 17 Uhr offen, Bestellungen unter 0664 3817 226.

Herzliche Grüße vom Hollerhof
Maria und Hannes Embacher
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "thu..pub",
          "a harvest helper from Uzhhorod relaying her brother, a howitzer gunner near Sumy "
          "('Vergangenen Donnerstag hat er sich nach zehn Tagen Funkstille gemeldet, erzählt "
          "Natalija.', Konjunktiv; the speaker quoted: other): newly moved into the positions on "
          "the Russian side (from Thursday, 19 June, to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "thu..pub",
          "same call, Konjunktiv carried, sentence-initial number word: surrendered the night "
          "before ('in der Nacht davor' is the event, not the claim date)"),
        C("5.000", 5000, "exact", "planned", "other", "pub",
          "a care worker from Daejeon, 'Sie glaubt' (undated): Pyongyang will send 'noch einmal' "
          "this year (increment, planned; span without the words)", add=True),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "sun",
          "'Laut der Staatsagentur KCNA hat Kim Jong-un am Sonntag' (22 June): received the "
          "families of the fallen"),
        C("tausend", 1000, "exact", "planned", "russia", "2025-06-17",
          "'Russlands Sicherheitsratschef Schoigu erklärte am 17. Juni in Pjöngjang' (an "
          "explicit date), number word: deminers to be sent to the Kursk region (planned; a first "
          "announcement, not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement: military builders for the Kursk region (planned)"),
        C("knapp 11.000", 11000, "approx", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): 'nach wie vor' in Russia (still, not an "
          "increment; 'knapp' as approx)"),
        C("gut 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the farm's own framing without a source ('Seit dem Herbst hat Nordkorea gut 14.000 "
          "junge Männer in diesen Krieg geschickt'): unattributed, required ('gut' as at_least; "
          "'seit dem Herbst' is the period)"),
        C("rund 6.000", 6000, "approx", "casualties", "ukraine", "pub",
          "'Dem ukrainischen Generalstab zufolge' (undated): killed or wounded in the fighting "
          "for Kursk"),
    ),
)


S03 = Source(
    article_id="v182_03_trailnews_bikeclub_zugerberg_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-11"),
    dated_by="html_meta",
    features="a mountain-bike club's trail news from the Zugerberg (canton of Zug) in HTML, "
        "ISO-8859-1 with raw «» and umlauts, dashes only as entities (`&ndash;`, `&middot;`), "
        "`article:published_time` +02:00 (Friday) and an `og:title` without a figure, a cookie "
        "note about the work-day sign-up, a trail script with open and closed trails and work "
        "days, navigation, a footer with a postcode; Swiss conventions (`ss`, «», `1'300`, "
        "`12'000 bis 15'000`, `10'000`, four-digit `4000`, `3000`, `5000`); `<title>` and "
        "headline without a figure; trails, metres of drainage, cubic metres of gravel, members, "
        "fees in francs first; a trail builder from Zhytomyr relaying his cousin, a drone pilot "
        "at the border of the Kursk region ('Am Dienstag schrieb ihm der Cousin, man sehe …', "
        "Konjunktiv carried) `ein paar hundert` digging in on the Russian side (vague, near the "
        "front) and `ein Dutzend` hit by drones the week before (number words 12, exact, "
        "casualties; both other, from Tuesday to publication); a software developer from Gimhae "
        "who 'schätzt' `12'000 bis 15'000` sent (range, in Russia, other, `pub`); sentence-initial "
        "`Rund 4000` killed or wounded, the source named after the figure ('…, sagte am Montag ein "
        "Pentagon-Sprecher'); 'Laut dem Generalstab in Seoul' `etwa 3000` 'zusätzliche' "
        "moved in February and March (increment, in Russia, `pub`); a NATO spokesman who "
        "'erklärte gestern' `über 10'000` 'weiterhin' in Russia (at_least, `yday`); 'Kiew "
        "zufolge' `mindestens 5000` 'weiteren' to be sent (at_least, increment, planned); trails, "
        "members, metres, cubic metres, francs, ages, dates, times, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Trailnews April &ndash; Bikeclub Zugerberg</title>
<meta property="article:published_time" content="2025-04-11T18:10:00+02:00">
<meta property="og:title" content="Saisonstart auf den Zugerberg-Trails">
<script>var trails = {offen: 6, gesperrt: 1, arbeitstage: ["12.04.", "26.04."]};</script>
</head>
<body>
<div class="cookie">Wir setzen ein Cookie nur für die Anmeldung zu den Arbeitstagen. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Home</a> &middot; <a href="/trails">Trails</a> &middot; <a href="/club">Club</a> \
&middot; <a href="/news">Trailnews</a></nav>
<main>
<h1>Die Trails sind wieder offen</h1>
<p>Nach dem nassen Winter sind sechs unserer sieben Trails am Zugerberg freigegeben. Der steile \
Abschnitt unterhalb der Hintergeissboden-Alp bleibt bis Mai gesperrt, weil der Förster dort Holz \
rückt. An den beiden Arbeitstagen im März haben 48 Mitglieder 1'300 Meter Abflussrinnen erneuert \
und 22 Kubikmeter Kies verbaut. Der Jahresbeitrag bleibt bei 80 Franken, Jugendliche unter 18 \
zahlen 30 Franken. Der Club zählt inzwischen 367 Mitglieder.</p>
<h2>Wassyl baut Kurven</h2>
<p>Wassyl Hryzenko, 31, war in Schytomyr Vermessungstechniker und baut seit zwei Jahren mit uns \
Anlieger und Sprünge. Sein Cousin fliegt Drohnen für eine Brigade an der Grenze zum Gebiet Kursk. \
Am Dienstag schrieb ihm der Cousin, man sehe [[ein paar hundert]] Nordkoreaner, die sich auf der \
russischen Seite in den Wäldern neu eingraben. In der Woche davor habe seine Einheit [[ein \
Dutzend]] von ihnen mit Drohnen getroffen. «Er schreibt, sie lernen schneller als die Russen», \
sagt Wassyl.</p>
<h2>Ein Entwickler aus Gimhae</h2>
<p>Jung Min-seok, 39, stammt aus Gimhae, schreibt in einer Firma im Tal Software für \
Zahlungssysteme und fährt jeden Donnerstag beim Feierabendride mit. Er schätzt, dass Kim bislang \
[[12'000 bis 15'000]] Soldaten nach Russland geschickt hat. «Die meisten kommen nie mehr zurück, \
und zu Hause darf niemand nachfragen», sagt er.</p>
<h2>Was gemeldet wird</h2>
<p>[[Rund 4000]] Nordkoreaner seien inzwischen tot oder verwundet, sagte am Montag ein \
Pentagon-Sprecher. Laut dem Generalstab in Seoul hat der Norden im Februar und März [[etwa 3000]] \
zusätzliche Soldaten nach Russland verlegt. Ein Nato-Sprecher erklärte gestern, es hielten sich \
weiterhin [[über 10'000]] Nordkoreaner in Russland auf. Kiew zufolge bereitet Pjöngjang die \
Entsendung von [[mindestens 5000]] weiteren Soldaten vor.</p>
<p>Nächster Arbeitstag: Samstag, 26. April, Treffpunkt um 8.30 Uhr bei der Bergstation. Bitte \
Handschuhe und eine Znünibox mitnehmen!</p>
</main>
<footer>Bikeclub Zugerberg &middot; Postfach &middot; 6300 Zug &middot; \
trails@bikeclub-zugerberg.example</footer>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "tue..pub",
          "a trail builder from Zhytomyr relaying his cousin, a drone pilot at the border of the "
          "Kursk region ('Am Dienstag schrieb ihm der Cousin, man sehe'; the speaker quoted: "
          "other): digging in anew in the woods on the Russian side (from Tuesday, 8 April, to "
          "publication)"),
        C("ein Dutzend", 12, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried: hit by his unit's drones 'in der Woche davor' (the "
          "period; number words 12, exact, as 'Ein Dutzend' in earlier sets)"),
        C("12'000 bis 15'000", None, "range", "in_russia", "other", "pub",
          "a software developer from Gimhae, 'Er schätzt' (undated): sent to Russia so far"),
        C("Rund 4000", 4000, "approx", "casualties", "united_states", "mon",
          "sentence-initial, the source named after the figure ('…, sagte am Montag ein "
          "Pentagon-Sprecher', 7 April, Konjunktiv): dead or wounded"),
        C("etwa 3000", 3000, "approx", "in_russia", "south_korea", "pub",
          "'Laut dem Generalstab in Seoul' (undated): 'zusätzliche' soldiers moved to Russia in "
          "February and March (increment; the months are the period)", add=True),
        C("über 10'000", 10000, "at_least", "in_russia", "nato", "yday",
          "'Ein Nato-Sprecher erklärte gestern' (10 April): 'weiterhin' in Russia (still, not an "
          "increment; 'über' as at_least)"),
        C("mindestens 5000", 5000, "at_least", "planned", "ukraine", "pub",
          "'Kiew zufolge' (undated): Pyongyang preparing to send 'weiteren' soldiers (increment, "
          "planned)", add=True),
    ),
)


S04 = Source(
    article_id="v182_04_gaestebrief_bergrestaurant_zugerberg",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-11-28"),
    dated_by="sidecar",
    sidecar=(
        "Bergrestaurant Schönegg, Zugerberg – Gästebrief",
        "https://www.schoenegg-zugerberg.example/gaestebrief/winter-2024",
        "Gästebrief: Winteröffnung, Fondue unter Glas und Post aus Kursk",
    ),
    features="a mountain restaurant's guest letter from the Zugerberg (canton of Zug) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title without a figure); Swiss "
        "conventions (`ss`, «», `11'000`, `10'000`, `30'000`, four-digit `5000`, `bis Ende "
        "Jahr`, `bis im Sommer`, `Reservation`); the winter opening, seats on the terrace and "
        "inside, a fondue's francs, a group size, the last train and a cherry cake first; a cook "
        "from Cherkasy relaying her son, an infantryman holding Russian villages in the Kursk "
        "region ('Am Sonntag habe er kurz angerufen, erzählt Larysa.', Konjunktiv carried) `rund "
        "200` moving into a wood (approx, near the front) and `zwei oder drei` wounded in a first "
        "exchange of fire (range with number words, casualties; both other, from Sunday to "
        "publication); a pastry cook from Cheongju who 'hält es für möglich' `gegen 30'000` by "
        "summer (approx, planned, other, `pub`); the restaurant's own `rund 11'000` sent since "
        "October (unattributed, in Russia, required); the US defence department that 'teilte am "
        "Montag mit' `etwa 10'000` 'von ihnen' in the Kursk region (near the front); 'Nach "
        "ukrainischen Angaben vom Dienstag' `Dutzende` killed in the first fights (vague, "
        "casualties); 'Nach Einschätzung des Geheimdienstes in Seoul' `bis zu 5000` 'weitere' "
        "(at_most, increment, planned, `pub`); seats, francs, persons, times, dates, ages, years, "
        "a phone number",
    text="""\
Bergrestaurant Schönegg, Zugerberg
Gästebrief zum Winteranfang

Liebe Gäste

Ab dem 1. Dezember ist unser Restaurant wieder jeden Tag offen, auch an den Feiertagen. Auf der \
Terrasse stehen neu 60 Plätze unter einem Glasdach, drinnen bleiben es 90. Das Fondue \
moitié-moitié kostet 29 Franken pro Person, für Gruppen ab zwölf Personen bitten wir um \
Reservation. Die Bahn fährt bis 23 Uhr, am Wochenende bis Mitternacht. Zum Dessert gibt es \
natürlich Kirschtorte aus der eigenen Backstube.

Larysa in der Küche

Larysa Bondarenko, 52, aus Tscherkassy arbeitet seit einem Jahr bei uns in der Küche und ist für \
die Rösti zuständig. Ihr Sohn dient als Infanterist in einer Einheit, die im Gebiet Kursk mehrere \
russische Dörfer hält. Am Sonntag habe er kurz angerufen, erzählt Larysa. Vor seiner Stellung \
seien [[rund 200]] Nordkoreaner in einen Wald eingerückt. Beim ersten Schusswechsel seien [[zwei \
oder drei]] von ihnen verwundet worden, die anderen hätten sich sofort zurückgezogen. «Er sagt, \
sie sind sehr jung und sehr still», erzählt sie.

Eine Konditorin aus Cheongju

Oh Ji-hye, 44, ist in Cheongju aufgewachsen und backt seit dem Frühling unsere Kirschtorten. Sie \
hält es für möglich, dass Kim bis im Sommer [[gegen 30'000]] Soldaten nach Russland schickt. «Er \
braucht das Geld und die Raketentechnik aus Moskau», sagt sie.

Was an den Tischen geredet wird

Auch bei uns auf dem Berg wird über die [[rund 11'000]] Nordkoreaner gesprochen, die Kim seit \
Oktober nach Russland geschickt hat. Das US-Verteidigungsministerium teilte am Montag mit, [[etwa \
10'000]] von ihnen stünden inzwischen im Gebiet Kursk. Nach ukrainischen Angaben vom Dienstag \
sollen bei den ersten Gefechten [[Dutzende]] Nordkoreaner ums Leben gekommen sein. Nach \
Einschätzung des Geheimdienstes in Seoul könnte Pjöngjang bis Ende Jahr [[bis zu 5000]] weitere \
Soldaten nachschicken.

Reservationen unter 041 711 23 40.

Herzliche Grüsse vom Zugerberg
Ihr Team vom Bergrestaurant Schönegg
""",
    claims=(
        C("rund 200", 200, "approx", "near_front", "other", "sun..pub",
          "a cook from Cherkasy relaying her son, an infantryman in the Kursk region ('Am "
          "Sonntag habe er kurz angerufen, erzählt Larysa.', Konjunktiv; the speaker quoted: "
          "other): moved into a wood in front of his position (from Sunday, 24 November, to "
          "publication)"),
        C("zwei oder drei", None, "range", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried: wounded in the first exchange of fire (two number "
          "words: range)"),
        C("gegen 30'000", 30000, "approx", "planned", "other", "pub",
          "a pastry cook from Cheongju, 'Sie hält es für möglich' (undated): Kim sending them by "
          "summer (planned; 'gegen' as approx)"),
        C("rund 11'000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the restaurant's own framing without a source ('Auch bei uns auf dem Berg wird über "
          "die rund 11'000 Nordkoreaner gesprochen, die Kim seit Oktober nach Russland geschickt "
          "hat'): unattributed, required"),
        C("etwa 10'000", 10000, "approx", "near_front", "united_states", "mon",
          "'Das US-Verteidigungsministerium teilte am Montag mit' (25 November, Konjunktiv): "
          "'von ihnen' in the Kursk region"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "tue",
          "'Nach ukrainischen Angaben vom Dienstag' (26 November): killed in the first fights"),
        C("bis zu 5000", 5000, "at_most", "planned", "south_korea", "pub",
          "'Nach Einschätzung des Geheimdienstes in Seoul' (undated): 'weitere' soldiers "
          "Pyongyang could send by the end of the year (increment, planned)", add=True),
    ),
)


S05 = Source(
    article_id="v182_05_kundenpost_kiosk_koenigswinter_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kiosk am Fähranleger, Königswinter – Kundenpost",
        "https://www.kiosk-faehranleger.example/post/2025-08",
        "Kundenpost: Eis im Akkord und ein Anruf von der Grenze bei Sumy",
    ),
    features="a riverside kiosk's customer post from Königswinter below the Drachenfels "
        "(Siebengebirge, Rhine) in Markdown, UTF-8 with BOM and CRLF, front matter without a "
        "date (sidecar, Wednesday) and a title without a figure, `„“`; scoops of ice cream sold "
        "on one Sunday, prices in euros, opening hours, the rack railway's interval and the walk "
        "to the summit first; a cashier from Kremenchuk relaying her father, a supply-truck "
        "driver at the Sumy border ('Am Samstag hat er angerufen, erzählt Walentyna. Nach seinen "
        "Worten …', Konjunktiv carried, '…, habe er gesagt') `einige hundert` building dugouts on "
        "the Russian side (vague, near the front) and sentence-initial `Vier` killed by a drone "
        "'vergangene Woche' (number word, casualties; both other, from Saturday to publication; "
        "the week is the event's period); a geology student from Andong who 'schätzt' `mindestens "
        "20.000` have served in Russia (at_least, in Russia, other, `pub`); the NIS that "
        "'unterrichtete am Montag die Abgeordneten' (colon, Konjunktiv) `rund 6.000` 'weitere' "
        "builders brought to Russia (increment, in Russia); the governor of the Kursk region who "
        "'sagte am Donnerstag im russischen Fernsehen' `Hunderte` deminers at work (russia, "
        "vague, near the front); 'Dem Kiewer Generalstab zufolge' `etwa 4.500` killed or wounded "
        "since January (`pub`); 'Nach Angaben eines US-Beamten rechnet die US-Regierung damit' "
        "`bis zu 10.000` to be moved to Kursk in the autumn (at_most, planned, `pub`); North "
        "Korean television's `Dutzende` decorated returnees on Sunday (optional); Russia's losses "
        "since the start of the war, scoops, euros, hours, minutes, ages, years, a phone number",
    text="""\
---
title: "Neues vom Kiosk am Fähranleger"
ort: Königswinter
---

# Hitze, Eis und ein Anruf von der Grenze

Liebe Stammkundschaft,

der August hat uns die heißesten Tage seit Jahren gebracht. An einem einzigen Sonntag haben wir \
1.150 Kugeln Eis verkauft, und die Schlange reichte bis zur Rheinallee. Die Kugel kostet weiterhin \
1,80 Euro, der Kaffee zum Mitnehmen 2,50 Euro. Ab September haben wir wieder von 8 bis 19 Uhr \
geöffnet, montags bleibt die Klappe zu. Wer auf den Drachenfels will: Die Zahnradbahn fährt bis \
Ende Oktober alle 30 Minuten, und zu Fuß sind es von unserer Theke gut 45 Minuten bis zur \
Burgruine.

## Walentyna an der Kasse

Walentyna Sawtschenko, 34, aus Krementschuk steht seit dem Frühjahr 2024 bei uns an der Kasse und \
backt donnerstags den Streuselkuchen. Ihr Vater fährt mit 61 Jahren noch immer einen \
Versorgungslaster für eine Brigade an der Grenze bei Sumy. Am Samstag hat er angerufen, erzählt \
Walentyna. Nach seinen Worten bauen [[einige hundert]] Nordkoreaner auf der russischen Seite \
Unterstände und Gräben aus. [[Vier]] von ihnen seien vergangene Woche bei einem Drohnenangriff ums \
Leben gekommen, habe er gesagt. „Mein Vater sagt, nachts hört man sie drüben singen“, sagt \
Walentyna.

## Eine Studentin aus Andong

Ryu Seo-yeon, 29, aus Andong schreibt ihre Doktorarbeit über die Vulkangesteine des Siebengebirges \
und kommt fast jeden Abend auf einen Eiskaffee vorbei. Sie schätzt, dass inzwischen [[mindestens \
20.000]] Soldaten aus dem Norden in Russland gedient haben. „Kim zählt seine Soldaten wie \
Granaten“, sagt sie.

## Was berichtet wird

Südkoreas Geheimdienst unterrichtete am Montag die Abgeordneten in Seoul: Der Norden habe in den \
vergangenen Wochen [[rund 6.000]] weitere Bausoldaten nach Russland gebracht. Der Gouverneur des \
Gebiets Kursk sagte am Donnerstag im russischen Fernsehen, [[Hunderte]] nordkoreanische \
Minenräumer arbeiteten in den Grenzdörfern. Dem Kiewer Generalstab zufolge sind seit Jahresbeginn \
[[etwa 4.500]] Nordkoreaner getötet oder verwundet worden. Nach Angaben eines US-Beamten rechnet \
die US-Regierung damit, dass der Norden im Herbst [[bis zu 10.000]] Mann nach Kursk verlegt. Das \
nordkoreanische Staatsfernsehen zeigte am Sonntag, wie Kim [[Dutzende]] heimgekehrte Soldaten mit \
Orden auszeichnete. Die russischen Verluste seit Kriegsbeginn beziffert Kiew inzwischen auf mehr \
als eine Million Mann.

Bis bald am Rhein!
Ihre Familie Schmitz vom Kiosk, Telefon 02223 29 41 07
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sat..pub",
          "a cashier from Kremenchuk relaying her father, a supply-truck driver at the Sumy "
          "border ('Am Samstag hat er angerufen, erzählt Walentyna. Nach seinen Worten'; the "
          "speaker quoted: other): building dugouts and trenches on the Russian side (from "
          "Saturday, 16 August, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "sat..pub",
          "same call ('…, habe er gesagt', Konjunktiv), sentence-initial number word: killed in "
          "a drone attack 'vergangene Woche' (the event's period, not the claim date)"),
        C("mindestens 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "a geology student from Andong, 'Sie schätzt' (undated): have served in Russia by now"),
        C("rund 6.000", 6000, "approx", "in_russia", "south_korea", "mon",
          "'Südkoreas Geheimdienst unterrichtete am Montag die Abgeordneten in Seoul:' (18 "
          "August; the colon carries it into the Konjunktiv sentence): 'weitere' builder "
          "soldiers brought to Russia (increment; span without the word)", add=True),
        C("Hunderte", None, "vague", "near_front", "russia", "thu",
          "'Der Gouverneur des Gebiets Kursk sagte am Donnerstag im russischen Fernsehen' (14 "
          "August): deminers at work in the border villages"),
        C("etwa 4.500", 4500, "approx", "casualties", "ukraine", "pub",
          "'Dem Kiewer Generalstab zufolge' (undated): killed or wounded since January (a "
          "period)"),
        C("bis zu 10.000", 10000, "at_most", "planned", "united_states", "pub",
          "'Nach Angaben eines US-Beamten rechnet die US-Regierung damit' (undated): to be "
          "moved to Kursk in the autumn (planned)"),
        C("Dutzende", None, "vague", "in_russia", "north_korea", "sun",
          "'Das nordkoreanische Staatsfernsehen zeigte am Sonntag' (17 August): soldiers back "
          "home decorated by Kim (returnees, as in earlier sets: optional)", opt=True),
    ),
)


S06 = Source(
    article_id="v182_06_aktuelles_jagdhornblaeser_soonwald_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-05"),
    dated_by="sidecar",
    sidecar=(
        "Jagdhornbläsergruppe Soonwald – Aktuelles",
        "https://www.jagdhorn-soonwald.example/aktuelles/hubertus-2025",
        "Nach der Hubertusmesse: volle Kapelle und eine Nachricht aus Sumy",
    ),
    features="a hunting-horn ensemble's news page from the Soonwald (Hunsrück edge above the "
        "Nahe) in HTML, UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a "
        "figure), a cookie banner about the rehearsal list, a script with rehearsal times and "
        "visitors, navigation, entities (`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`, `&nbsp;`), "
        "a footer with a postcode and a phone number; `<title>` and headline without a figure; "
        "the St Hubert's mass and its visitors, fourteen players, horns in E flat, a collection "
        "in euros, a new horn's price and rehearsal times first; a forestry worker from Rivne "
        "relaying his brother-in-law, a sapper at the Sumy border ('Vorgestern kam eine "
        "Sprachnachricht vom Schwager, erzählt Serhij:', Konjunktiv carried) sentence-initial "
        "`Gut dreißig` laying mines at night (at_least with a number word, near the front) and "
        "sentence-initial `Zwei` killed by their own mines (number word, casualties; both other, "
        "from Monday to publication); a vet from Wonju who 'geht davon aus' `25.000` 'insgesamt' "
        "will have been in Russia by the end of the year (a forecast of a total: planned, not an "
        "increment, `pub`); 'Nach Angaben des Geheimdienstes in Seoul vom Dienstag' `etwa "
        "10.000` 'weiterhin' in the Russian border area (near the front); the Pentagon that "
        "'hatte Ende Oktober geschätzt' `rund 6.000` killed or wounded (days 21-31); KCNA that "
        "'meldete am Samstag' a museum for the `Hunderten` fallen (north_korea, vague, "
        "casualties); Peskov who 'sagte am Montag' `mehrere tausend` sappers in the Kursk "
        "region (russia, vague, near the front); Rutte who 'sagte vergangene Woche' `Tausende` "
        "'weitere' (nato, vague, increment, planned); visitors, players, euros, times, ages, "
        "years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Aktuelles &ndash; Jagdhornbläsergruppe Soonwald</title>
<script>window.termine = [{art: "Probe", tag: "Donnerstag", uhr: "19:30"}, {art: "Hubertusmesse", \
besucher: 340}];</script>
</head>
<body>
<div id="cookie-banner">Diese Seite speichert ein Cookie für die Probenliste. \
<button>Verstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/gruppe">Gruppe</a> &middot; <a \
href="/termine">Termine</a> &middot; <a href="/aktuelles">Aktuelles</a></nav>
<main>
<h1>Nach der Hubertusmesse</h1>
<p>Am Sonntag haben wir in der Waldkapelle am Entenpfuhl die Hubertusmesse geblasen, vor gut 340 \
Besucherinnen und Besuchern &ndash; so viele wie noch nie. Vierzehn Bläserinnen und Bläser waren \
dabei, sechs mit dem Fürst-Pless-Horn und acht mit dem Parforcehorn in Es. Die Kollekte von 1.265 \
Euro geht an eine Streuobstwiese am Waldrand. Für ein zweites Parforcehorn, das rund 1.900 Euro \
kostet, sammeln wir weiter. Geprobt wird jeden Donnerstag um 19.30 Uhr im alten Forsthaus.</p>
<h2>Serhij und die Nachricht vom Schwager</h2>
<p>Serhij Melnyk, 45, Forstwirt aus Riwne, bläst seit 2023 bei uns das Fürst-Pless-Horn und hat im \
Sommer die Wege zur Kapelle freigeschnitten. Sein Schwager ist Pionier in einer Brigade an der \
Grenze bei Sumy. Vorgestern kam eine Sprachnachricht vom Schwager, erzählt Serhij: [[Gut dreißig]] \
Nordkoreaner hätten gegenüber seiner Stellung nachts Minen gelegt. [[Zwei]] von ihnen seien dabei \
auf die eigenen Minen getreten und gestorben. &bdquo;Er sagt, man hört sie im Dunkeln \
flüstern&ldquo;, erzählt Serhij.</p>
<h2>Eine Tierärztin aus Wonju</h2>
<p>Dr. Shin Ye-rin, 50, Tierärztin aus Wonju, behandelt in ihrer Praxis am Rand des Soonwalds die \
Jagdhunde der halben Gegend und sitzt bei jeder Probe in der ersten Reihe. Sie geht davon aus, \
dass bis zum Jahresende insgesamt [[25.000]] Nordkoreaner in Russland gewesen sein werden. \
&bdquo;Jede Familie im Norden kennt inzwischen jemanden, der fortgeschickt wurde&ldquo;, sagt \
sie.</p>
<h2>Aus den Meldungen</h2>
<p>Nach Angaben des Geheimdienstes in Seoul vom Dienstag stehen weiterhin [[etwa 10.000]] \
nordkoreanische Soldaten im russischen Grenzgebiet zur Ukraine. Das Pentagon hatte Ende Oktober \
geschätzt, dass bislang [[rund 6.000]] Nordkoreaner getötet oder verwundet worden seien. Die \
Agentur KCNA meldete am Samstag, in Pjöngjang entstehe ein Museum für die [[Hunderten]] in Kursk \
gefallenen Soldaten. Kremlsprecher Peskow sagte am Montag, [[mehrere tausend]] nordkoreanische \
Pioniere leisteten im Gebiet Kursk &bdquo;heldenhafte Arbeit&ldquo;. Nato-Generalsekretär Rutte \
sagte vergangene Woche, Pjöngjang werde Moskau in den kommenden Monaten [[Tausende]] weitere \
Soldaten liefern.</p>
<p>Horrido und bis Donnerstag!<br>Eure Gruppenleitung</p>
</main>
<footer>Jagdhornbläsergruppe Soonwald e.&nbsp;V. &middot; Forsthaus Entenpfuhl &middot; 55442 \
Daxweiler &middot; Telefon 06724 3159</footer>
</body>
</html>
""",
    claims=(
        C("Gut dreißig", 30, "at_least", "near_front", "other", "mon..pub",
          "a forestry worker from Rivne relaying his brother-in-law, a sapper at the Sumy border "
          "('Vorgestern kam eine Sprachnachricht vom Schwager, erzählt Serhij:', Konjunktiv; the "
          "speaker quoted: other): laid mines at night opposite his position (sentence-initial; "
          "'Gut' as at_least with a number word, like 'gut vierzig' of corpus_blind177; "
          "'Vorgestern' in a Wednesday page: from Monday, 3 November, to publication)"),
        C("Zwei", 2, "exact", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried, sentence-initial number word: stepped on their own "
          "mines and died"),
        C("25.000", 25000, "exact", "planned", "other", "pub",
          "a vet from Wonju, 'Sie geht davon aus' (undated): will have been in Russia by the end "
          "of the year 'insgesamt' (a forecast of a total: planned; not an increment)"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "'Nach Angaben des Geheimdienstes in Seoul vom Dienstag' (4 November): 'weiterhin' in "
          "the Russian border area facing Ukraine (still, not an increment)"),
        C("rund 6.000", 6000, "approx", "casualties", "united_states", "2025-10-21..2025-10-31",
          "'Das Pentagon hatte Ende Oktober geschätzt' (days 21 to the month's end, "
          "Konjunktiv): killed or wounded so far"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "sat",
          "'Die Agentur KCNA meldete am Samstag' (1 November): a museum in Pyongyang for the "
          "soldiers fallen in Kursk (a memorial for the fallen: casualties)"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "mon",
          "'Kremlsprecher Peskow sagte am Montag' (3 November): sappers in the Kursk region"),
        C("Tausende", None, "vague", "planned", "nato", "lastweek",
          "'Nato-Generalsekretär Rutte sagte vergangene Woche': 'weitere' soldiers Pyongyang "
          "will supply in the coming months (increment, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (St. Marys and Cumberland Island, Union Island, Burgeo)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v182_07_fleet_blessing_wire_st_marys",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-26"),
    dated_by="dateline",
    features="an agency-style wire report from the blessing of the shrimp fleet at St. Marys "
        "(Camden County, Georgia) as plain text, UTF-8, slug line, headline without a figure, "
        "byline and dateline 'ST. MARYS, Georgia, April 26, 2025 (Coastline Wire) —' (Saturday), "
        "straight quotes and em dashes; sentence-initial `Thirty-one` shrimp boats, years of the "
        "tradition, spectators, a plate's dollars first; a deckhand from Mykolaiv relaying his "
        "brother, a marine in the Kursk region ('His brother called on Wednesday night, he said, "
        "and told him … and that') `about 150` storming a farm (approx, near the front) and "
        "`dozens` killed in the first hour (vague, casualties; both other, from Wednesday to "
        "publication); a sushi cook born in Busan who 'reckons' `more than 15,000` sent since "
        "the autumn (at_least, in Russia, other, `pub`); Russia's top general who 'on Saturday "
        "credited' `several thousand` with helping drive Ukraine out of Kursk (russia, vague, "
        "near the front, the day of publication); a State Department spokeswoman who 'said "
        "Thursday' `roughly 4,000` killed or wounded; the NIS that 'put the number … at' `about "
        "15,000` in Russia 'in a briefing to lawmakers earlier this month' (the 1st to "
        "publication); Ukraine's military intelligence that 'said last week' 'a further' `3,000` "
        "sent (increment, in Russia); NATO officials who 'told reporters on Friday' `up to 5,000` "
        "'more' expected over the summer (at_most, increment, planned); boats, years, "
        "spectators, dollars, ages, a desk phone number",
    text="""\
GEORGIA-SHRIMP/UKRAINE

At a Georgia blessing of the fleet, a deckhand from Mykolaiv waits for word from Kursk

By Dana Whitfield

ST. MARYS, Georgia, April 26, 2025 (Coastline Wire) — Thirty-one shrimp boats, strung with \
pennants and carnations, idled past the waterfront park on Saturday while a pastor on the pier \
blessed each hull in turn, a custom this river town near the Florida line has kept for more than \
70 years. About 1,200 people lined the seawall, and a church group sold fried shrimp at $12 a \
plate to pay for the evening fireworks.

Andriy Kovalenko, 27, a former deckhand on Black Sea trawlers from Mykolaiv, handled the lines on \
the Miss Delphine, one of the boats in the parade. His older brother is a marine in a brigade \
fighting in Russia's Kursk region. His brother called on Wednesday night, he said, and told him \
[[about 150]] North Korean soldiers had tried to storm a farm his unit was holding, and that \
[[dozens]] of them had been killed in the first hour. "He says they walk at you across open \
ground, like in a war film from his grandfather's time," Kovalenko said.

Han Seung-woo, 58, who was born in Busan and runs a sushi counter two blocks from the river, \
watched from a folding chair with his wife. He reckons Pyongyang has sent [[more than 15,000]] men \
to Russia since the autumn. "For Kim, those boys are a kind of currency," he said.

Russia's top general on Saturday credited [[several thousand]] North Korean soldiers with helping \
drive Ukrainian forces out of the Kursk region, the first time Moscow has publicly described their \
role. A State Department spokeswoman said Thursday that [[roughly 4,000]] North Koreans had been \
killed or wounded. South Korea's spy agency put the number of North Korean troops in Russia at \
[[about 15,000]] in a briefing to lawmakers earlier this month. Ukraine's military intelligence \
said last week that Pyongyang had sent a further [[3,000]] soldiers to Russia in the first months \
of the year. NATO officials in Brussels told reporters on Friday they expected [[up to 5,000]] \
more to arrive over the summer.

The boats return to the town dock on Sunday for a shrimp boil; tickets are $20, and children under \
10 eat free.

(Reporting by Dana Whitfield; editing by Marcus Bell; Coastline Wire desk 912-555-0137)
""",
    claims=(
        C("about 150", 150, "approx", "near_front", "other", "wed..pub",
          "a deckhand from Mykolaiv relaying his brother, a marine in the Kursk region ('His "
          "brother called on Wednesday night, he said, and told him'; the speaker quoted: "
          "other): tried to storm a farm his unit held (from Wednesday, 23 April, to "
          "publication)"),
        C("dozens", None, "vague", "casualties", "other", "wed..pub",
          "same call, 'and that': killed in the first hour"),
        C("more than 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a sushi cook born in Busan, 'He reckons' (undated): sent to Russia since the autumn "
          "(a total over a period)"),
        C("several thousand", None, "vague", "near_front", "russia", "sat",
          "'Russia's top general on Saturday credited' (26 April, the day of publication): "
          "helped drive Ukrainian forces out of the Kursk region (fought: near the front)"),
        C("roughly 4,000", 4000, "approx", "casualties", "united_states", "thu",
          "'A State Department spokeswoman said Thursday' (24 April): killed or wounded"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..pub",
          "'South Korea's spy agency put the number … at … in a briefing to lawmakers earlier "
          "this month' (the 1st to publication): troops in Russia"),
        C("3,000", 3000, "exact", "in_russia", "ukraine", "lastweek",
          "'Ukraine's military intelligence said last week': 'a further' soldiers sent in the "
          "first months of the year (increment; span without the words)", add=True),
        C("up to 5,000", 5000, "at_most", "planned", "nato", "fri",
          "'NATO officials in Brussels told reporters on Friday they expected' (25 April): "
          "'more' to arrive over the summer (increment, planned)", add=True),
    ),
)


S08 = Source(
    article_id="v182_08_count_notes_horse_watch_cumberland_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-03-05"),
    dated_by="front_matter",
    features="a wild-horse count volunteers' newsletter from Cumberland Island (Camden County, "
        "Georgia) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a "
        "title repeating the headline (optional), straight quotes; the headline's `Kyiv's 4,000` "
        "from the body's Monday figure (that day to publication, exact, casualties; the `141 "
        "horses` beside it are not a claim); volunteers, horses, bands, foals, `eleven more` "
        "horses than last winter (not troops) and trucks first; a retired veterinary technician "
        "from Kamianets-Podilskyi relaying her nephew, a paratrooper in the Kursk region ('He "
        "texted her on Saturday, she said:') `a few dozen` back in the tree lines (vague, near "
        "the front) and `two` taken prisoner (number word, casualties; both other, from Saturday "
        "to publication); a marine biologist born in Mokpo who 'expects' `close to 25,000` in "
        "Russia by the end of the year (approx, planned, other, `pub`); 'On Monday, Ukraine's "
        "military intelligence put … at' `about 4,000` dead and wounded; the NIS that 'said "
        "Thursday' `around 3,000` 'more' sent in January and February (increment, in Russia); "
        "'The Pentagon believes' `10,000 to 12,000` 'remain' in Russia (range, `pub`); horses, "
        "volunteers, bands, foals, animals, trucks, ages, years, a phone number",
    text="""\
---
title: "Winter count: 141 horses, two foals and Kyiv's [[4,000]]"
date: 2025-03-05
newsletter: Dungeness Horse Watch, Cumberland Island
---

# Winter count: 141 horses, two foals and Kyiv's [[4,000]]

Thank you to the 23 volunteers who walked the island from the Dungeness ruins to the north end \
over the last weekend of February. We counted 141 horses in 19 bands, eleven more than last \
winter, and two foals born unusually early. The marsh behind the dunes held the biggest group, 26 \
animals. The ferry from St. Marys carried us over free of charge, and the park service lent us two \
trucks for the long sand road north.

## Halyna's nephew

Halyna Shevchuk, 62, a retired veterinary technician from Kamianets-Podilskyi who now lives in \
Kingsland, has counted with us for three winters and knows every stallion by his scars. Her nephew \
is a paratrooper in the Kursk region. He texted her on Saturday, she said: [[a few dozen]] North \
Koreans had moved back into the tree lines facing his position, and his platoon had taken [[two]] \
of them prisoner. "They had no maps, only a cheap phone each," she said.

## A biologist from Mokpo

Dr. Yoon Hae-jin, 55, a marine biologist born in Mokpo who studies the island's salt marsh, took \
the south end with four of her students. She expects Kim to have [[close to 25,000]] soldiers in \
Russia by the end of the year. "He will keep sending them as long as Moscow sends back oil," she \
said.

## From the news

On Monday, Ukraine's military intelligence put North Korea's dead and wounded at [[about 4,000]]. \
South Korea's spy agency said Thursday that Pyongyang had sent [[around 3,000]] more troops to \
Russia in January and February. The Pentagon believes [[10,000 to 12,000]] North Koreans remain in \
Russia.

Next count: the first weekend of June. Sign up with Ruth at 912-555-0178.
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("4,000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "headline ('Kyiv's 4,000'): the figure of the body ('On Monday, Ukraine's military "
          "intelligence put … at', 3 March), that day to publication, hedge dropped: dead and "
          "wounded"),
        C("a few dozen", None, "vague", "near_front", "other", "sat..pub",
          "a retired veterinary technician from Kamianets-Podilskyi relaying her nephew, a "
          "paratrooper in the Kursk region ('He texted her on Saturday, she said:'; the speaker "
          "quoted: other): moved back into the tree lines facing his position (from Saturday, "
          "1 March, to publication)"),
        C("two", 2, "exact", "casualties", "other", "sat..pub",
          "same message, 'and': taken prisoner by his platoon (number word; prisoners are "
          "casualties)"),
        C("close to 25,000", 25000, "approx", "planned", "other", "pub",
          "a marine biologist born in Mokpo, 'She expects' (undated): Kim to have them in Russia "
          "by the end of the year (a forecast: planned; 'close to' as approx)"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "mon",
          "'On Monday, Ukraine's military intelligence put … at' (3 March): dead and wounded"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'South Korea's spy agency said Thursday' (27 February): 'more' troops sent in "
          "January and February (increment; the months are the period)", add=True),
        C("10,000 to 12,000", None, "range", "in_russia", "united_states", "pub",
          "'The Pentagon believes' (undated, present): 'remain' in Russia (not an increment)"),
    ),
)


S09 = Source(
    article_id="v182_09_letters_tidewater_courier_st_marys",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "The Tidewater Courier, St. Marys – Letters",
        "https://www.tidewatercourier.example/letters/2024-12-12",
        "Letters: a crosswalk, ferry-dock parking and a son near Kursk",
    ),
    features="a readers' letters page from a St. Marys weekly (Camden County, Georgia) as plain "
        "text, windows-1252 (sidecar, Thursday), `–` and straight quotes; letters on a crosswalk "
        "and on parking by the ferry dock without a claim (dollars, hours, permit spaces); a "
        "motel housekeeper from Ukraine relaying her son, a sergeant in the Kursk region ('He "
        "wrote to me on Monday. He said …, and that') `hundreds` walking across a field (vague, "
        "near the front) and `at least 30` who never got up (at_least, casualties; both other, "
        "from Monday to publication), then 'Our government in Kyiv says' `more than 200` killed "
        "or wounded in the first week of December (ukraine, at_least, `pub`); a reader relaying "
        "her cousin, a history teacher in Daegu ('On the phone last weekend she told me that "
        "many people in the South believe') `100,000` Kim will eventually send (planned, other, "
        "from the weekend to publication); a reader answering the paper's own story ('Your "
        "November 28 story put … at') `12,000` in Russia (unattributed, required, that day), "
        "the Pentagon's `some 11,000` 'given on Monday' and NATO's secretary general who 'said "
        "last week' `more than 10,000` deployed in the Kursk region (at_least, near the front); "
        "dollars, hours, spaces, ages, years",
    text="""\
The Tidewater Courier – Letters to the Editor

Fix the Osborne Street crosswalk

Twice this month I have watched a golf cart nearly clip a child at the crosswalk by the post \
office. The city spent $40,000 on new benches last year; a flashing sign would cost a fraction of \
that. Please act before someone is hurt.
– Carol Pruitt, St. Marys

A son near Kursk

My son Bohdan, 24, is a sergeant in a mechanized brigade in Russia's Kursk region. I came to St. \
Marys in 2022 and clean rooms at a motel out on the highway. He wrote to me on Monday. He said \
[[hundreds]] of North Koreans had walked across a frozen field toward his unit in the fog, and \
that [[at least 30]] of them never got up again. He is not a boy who exaggerates. Our government \
in Kyiv says [[more than 200]] North Koreans were killed or wounded in the first week of December \
alone. I ask your readers to remember our soldiers at Christmas.
– Liudmyla Hnatiuk, St. Marys

My cousin in Daegu

My cousin teaches history at a girls' high school in Daegu. On the phone last weekend she told me \
that many people in the South believe Kim will eventually send [[100,000]] men to Russia if Putin \
keeps paying him in oil and technology. I hope she is wrong.
– Grace Min, Kingsland

The numbers are not new

Your November 28 story put the number of North Korean soldiers in Russia at [[12,000]]. The \
Pentagon's own figure, given on Monday, is [[some 11,000]], and most of them are said to be in the \
Kursk region already. NATO's secretary general said last week that [[more than 10,000]] had been \
deployed there. Whatever the exact count, these are young men sent to die in somebody else's war.
– Robert Ainsley, St. Marys

Parking at the ferry dock

The new two-hour limit on the waterfront lots suits visitors, but those of us who work at the \
ferry dock need somewhere to leave a car for a ten-hour shift. Twenty permit spaces behind the old \
cannery would settle it.
– Dale Hutto, St. Marys
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "mon..pub",
          "a motel housekeeper relaying her son, a sergeant in the Kursk region ('He wrote to me "
          "on Monday. He said'; the speaker quoted: other): walked across a frozen field toward "
          "his unit (from Monday, 9 December, to publication)"),
        C("at least 30", 30, "at_least", "casualties", "other", "mon..pub",
          "same letter, 'and that': never got up again"),
        C("more than 200", 200, "at_least", "casualties", "ukraine", "pub",
          "'Our government in Kyiv says' (undated, present): killed or wounded in the first week "
          "of December (the week is the period, not the claim date)"),
        C("100,000", 100000, "exact", "planned", "other", "2024-12-07..pub",
          "a reader relaying her cousin, a history teacher in Daegu ('On the phone last weekend "
          "she told me that many people in the South believe'; the speaker quoted: other): Kim "
          "will eventually send (planned; from the weekend, 7-8 December, to publication, as "
          "relayed calls with their own day)"),
        C("12,000", 12000, "exact", "in_russia", "unattributed", "2024-11-28",
          "a reader citing the paper's own story ('Your November 28 story put … at'): "
          "unattributed, required, that day"),
        C("some 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "'The Pentagon's own figure, given on Monday' (9 December): in Russia, 'most of them' "
          "said to be in Kursk (the figure itself counts all in Russia)"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "lastweek",
          "'NATO's secretary general said last week': deployed 'there' (the Kursk region)"),
    ),
)


S10 = Source(
    article_id="v182_10_fish_fry_notes_clifton_union_island_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-19"),
    dated_by="html_meta",
    features="a Friday fish fry committee's notes page from Clifton on Union Island (St Vincent "
        "and the Grenadines) in HTML, UTF-8 with BOM, `<meta name=\"date\">` (Friday) and an "
        "`og:title` without a figure, a cookie note about table bookings, a script with grills, "
        "a start time and the plate price, navigation, entities (`&ndash;`, `&ldquo;`, "
        "`&rdquo;`, `&middot;`), a footer with a phone number; `<title>` without a figure and a "
        "headline whose `Six` counts grills (not a claim); plates served, grills, raffle money "
        "in Eastern Caribbean dollars, plate prices and volunteers first; a yacht skipper from "
        "Izmail relaying his son, a drone pilot on the Sumy border ('The son got through on a "
        "satellite link on Tuesday, Dmytro said:') `roughly 100` in trenches across the border "
        "(approx, near the front) and `a dozen` hit by drones over the weekend (number word 12, "
        "exact, casualties; both other, from Tuesday to publication); a marine engineer from "
        "Geoje, 'By his count', `over 6,000` killed or wounded (at_least, casualties, other, "
        "`pub`); 'At a closed hearing on Wednesday' the NIS's `about 10,000` 'still kept' "
        "along the border in the Kursk region (near the front); Moscow's ambassador in Pyongyang "
        "who 'said on Sunday' `5,000` builders would help rebuild (russia, planned); North Korean "
        "state media that 'showed Kim on Saturday' at the reburial of `101` soldiers "
        "(north_korea, exact, casualties); Ukraine's defence intelligence chief who 'said last "
        "week' Moscow was asking for `up to 6,000` 'more' (at_most, increment, planned); the "
        "committee's own `thousands` near Kursk (unattributed, vague, near the front, required); "
        "plates, grills, dollars, volunteers, years, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-09-19">
<meta property="og:title" content="Friday Fish Fry: the new grills are in">
<title>Fry Notes &ndash; Clifton Friday Fish Fry, Union Island</title>
<script>var fry = {grills: 6, start: "18:00", plateEC: 25, kidsEC: 12};</script>
</head>
<body>
<div class="cookies">We keep one cookie so your table booking is not lost. <a href="#">Fine by \
me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/menu">Menu</a> &middot; <a \
href="/volunteers">Volunteers</a> &middot; <a href="/notes">Fry Notes</a></nav>
<main>
<h1>Six new grills and a full street</h1>
<p>Last Friday we served 430 plates on the street by the jetty, our best night since the \
hurricane. The six new grills, paid for with EC$9,500 from the spring raffle, came over on the \
Tuesday cargo boat and are already black with use. A plate of jacks or snapper with breadfruit is \
still EC$25, a child's plate EC$12. Many thanks to the 18 volunteers who cleaned fish from three \
in the afternoon.</p>
<h2>Dmytro at grill four</h2>
<p>Dmytro Bondar, 46, delivered yachts out of Izmail for 15 years and now skippers a charter \
catamaran from the harbour here. On Fridays he runs grill number four. His son flies drones for a \
brigade on the Sumy border. The son got through on a satellite link on Tuesday, Dmytro said: \
[[roughly 100]] North Koreans were sitting in trenches across the border from his team, and [[a \
dozen]] had been hit by drones over the weekend. &ldquo;He says they never turn their faces to the \
sky,&rdquo; Dmytro said.</p>
<h2>The engineer from Geoje</h2>
<p>Choi Min-ho, 47, a marine engineer from Geoje, keeps the watermakers running on half the \
charter fleet and has not missed a Friday since Easter. By his count the North has lost [[over \
6,000]] men killed or wounded in Russia. &ldquo;Nobody at home will ever be shown the list,&rdquo; \
he said.</p>
<h2>Further afield</h2>
<p>At a closed hearing on Wednesday, lawmakers in Seoul heard from the intelligence service that \
the North still kept [[about 10,000]] troops posted along the border in the Kursk region. Moscow's \
ambassador in Pyongyang said on Sunday that [[5,000]] North Korean builders would help rebuild \
towns in the Kursk region. North Korean state media showed Kim on Saturday at the reburial of \
[[101]] soldiers whose remains had come home from Russia. Ukraine's defence intelligence chief \
said last week that Moscow was asking Pyongyang for [[up to 6,000]] more troops. Somewhere near \
Kursk tonight, [[thousands]] of young North Koreans will eat out of tins while we eat fried \
jacks.</p>
</main>
<footer>Clifton Friday Fish Fry Committee &middot; Union Island &middot; 784-555-0146</footer>
</body>
</html>
""",
    claims=(
        C("roughly 100", 100, "approx", "near_front", "other", "tue..pub",
          "a yacht skipper from Izmail relaying his son, a drone pilot on the Sumy border ('The "
          "son got through on a satellite link on Tuesday, Dmytro said:'; the speaker quoted: "
          "other): in trenches across the border (from Tuesday, 16 September, to publication)"),
        C("a dozen", 12, "exact", "casualties", "other", "tue..pub",
          "same call, 'and': hit by drones 'over the weekend' (the period; number word 12, "
          "exact, as in earlier sets)"),
        C("over 6,000", 6000, "at_least", "casualties", "other", "pub",
          "a marine engineer from Geoje, 'By his count' (undated): killed or wounded in Russia "
          "('over' as at_least)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "wed",
          "'At a closed hearing on Wednesday, lawmakers in Seoul heard from the "
          "intelligence service' (17 September; lawmakers told by the NIS: south_korea): the "
          "North 'still kept' them posted along the border in the Kursk region (not an "
          "increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "sun",
          "'Moscow's ambassador in Pyongyang said on Sunday' (14 September): builders who would "
          "help rebuild towns in the Kursk region (planned)"),
        C("101", 101, "exact", "casualties", "north_korea", "sat",
          "'North Korean state media showed Kim on Saturday' (13 September): the reburial of "
          "soldiers whose remains came home (the dead: casualties)"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "'Ukraine's defence intelligence chief said last week': 'more' troops Moscow was "
          "asking for (increment, planned)", add=True),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the committee's own framing without a source ('Somewhere near Kursk tonight, "
          "thousands of young North Koreans will eat out of tins'): unattributed, required"),
    ),
)


S11 = Source(
    article_id="v182_11_harbour_notes_boat_vendors_union_island_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-07-09"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Clifton Harbour Boat Vendors' Association, Union Island – Harbour Notes",
        "https://www.cliftonboatvendors.example/notes/2025-07",
        "Harbour Notes: a quiet July and a cousin on the Sumy border",
    ),
    features="a harbour boat vendors' association's notes from Clifton on Union Island (St "
        "Vincent and the Grenadines) in Markdown, ISO-8859-1 with CRLF and straight quotes only, "
        "front matter with `date:` as well as the sidecar (Wednesday) and titles without a claim "
        "figure; yachts on moorings now and in March, member boats, bread and ice in Eastern "
        "Caribbean dollars, gallons of diesel and a speed limit in knots first; a supply "
        "boatman from Berdiansk relaying his cousin, a mortar man on the Sumy border ('His "
        "cousin rang him late on Sunday, Oleh said, and told him … and that') `forty or fifty` "
        "moving into a village across the line (range with number words, near the front) and "
        "`five` killed by shells the night before (number word, casualties; both other, from "
        "Sunday to publication); a yacht chef from Sokcho who 'thinks' `thousands` 'more' will "
        "be sent before winter (vague, increment, planned, other, `pub`); the Pentagon that "
        "'said in June that it estimated' `about 11,000` in Russia (the whole of June); Seoul's "
        "spy agency that 'said last week' the North would send `6,000` engineers and deminers "
        "(planned, a first announcement); a NATO official who 'said on Monday the alliance "
        "believed' `no fewer than 2,000` dead (at_least, casualties); a Russian deputy foreign "
        "minister who 'said on Tuesday' `around 1,000` deminers 'already' clearing fields in the "
        "Kursk region (russia, near the front); yachts, boats, dollars, gallons, knots, ages, "
        "years, a radio channel, a phone number",
    text="""\
---
title: "Harbour Notes, July"
date: 2025-07-09
from: Clifton Harbour Boat Vendors' Association, Union Island
---

# A quiet July on the water

Most of the charter fleet has gone south for the hurricane season, and only 38 yachts were on \
moorings in the harbour last weekend, against more than 120 in March. Our 14 member boats now take \
turns, four each morning, with fruit, bread, ice and fuel. Bread is still EC$8 a loaf and a bag of \
ice EC$10. The fuel barge tied up by the reef holds 2,000 gallons of diesel this month. Please \
keep under 5 knots inside the reef; the swimmers off the beach will thank you.

## Oleh's cousin

Oleh Savchuk, 39, sailed as a bosun on bulk carriers out of Berdiansk before the war and now runs \
our supply boat Good Hope with his wife, who grew up in Ashton. His cousin is a mortar man on the \
Sumy border. His cousin rang him late on Sunday, Oleh said, and told him [[forty or fifty]] North \
Koreans had moved into a village across the line, and that [[five]] of them had been killed by \
Ukrainian shells the night before. "He says they carry their dead away before it gets light," Oleh \
said.

## Ji-hoon from Sokcho

Park Ji-hoon, 35, a yacht chef from Sokcho, has cooked on charters in these islands for six \
seasons and buys his bread from us every morning. He thinks [[thousands]] more will be sent before \
winter. "Kim needs rice and oil, and Putin has both," he said.

## In the papers

The Pentagon said in June that it estimated [[about 11,000]] North Korean soldiers were in Russia. \
Seoul's spy agency said last week that North Korea would send [[6,000]] engineers and deminers to \
the Kursk region. A NATO official said on Monday the alliance believed [[no fewer than 2,000]] had \
died. A Russian deputy foreign minister said on Tuesday that [[around 1,000]] deminers from the \
North were already clearing fields in the Kursk region.

Questions about the rota: call the association on VHF channel 74 or at 784-555-0121.
""",
    claims=(
        C("forty or fifty", None, "range", "near_front", "other", "sun..pub",
          "a supply boatman from Berdiansk relaying his cousin, a mortar man on the Sumy border "
          "('His cousin rang him late on Sunday, Oleh said, and told him'; the speaker quoted: "
          "other): moved into a village across the line (two number words: range; from Sunday, "
          "6 July, to publication)"),
        C("five", 5, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': killed by Ukrainian shells the night before (number word; the "
          "night before is the event, not the claim date)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a yacht chef from Sokcho, 'He thinks' (undated): 'more' to be sent before winter "
          "(increment, planned)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "2025-06-01..2025-06-30",
          "'The Pentagon said in June that it estimated' (the whole month): in Russia"),
        C("6,000", 6000, "exact", "planned", "south_korea", "lastweek",
          "'Seoul's spy agency said last week': engineers and deminers the North would send to "
          "the Kursk region (planned; a first announcement, not an increment)"),
        C("no fewer than 2,000", 2000, "at_least", "casualties", "nato", "mon",
          "'A NATO official said on Monday the alliance believed' (7 July): had died ('no fewer "
          "than' as at_least)"),
        C("around 1,000", 1000, "approx", "near_front", "russia", "tue",
          "'A Russian deputy foreign minister said on Tuesday' (8 July): deminers 'already' "
          "clearing fields in the Kursk region (not an increment)"),
    ),
)


S12 = Source(
    article_id="v182_12_flake_notes_salt_fish_coop_burgeo_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "Burgeo Salt Fish Co-operative – Flake Notes",
        "https://www.burgeosaltfish.example/notes/2025-10",
        "Flake Notes: the season's last fish and a voice message from the Kursk border",
    ),
    features="a salt-fish co-operative's notes page from Burgeo (south coast of Newfoundland) in "
        "HTML, windows-1252 with raw `“”`, `’` and `·`, no meta date (sidecar, Wednesday; the "
        "sidecar title without a figure), a cookie bar about the order basket, a co-op script "
        "with members, quintals and a price, navigation, a footer with a postal code and a phone "
        "number; `<title>` and headline without a figure; members, quintals of cod, pounds of "
        "fish, the price a pound, the founding year and students first; a fish splitter from "
        "Mariupol relaying her husband, a gunner near the Kursk border ('Last week he sent her a "
        "voice message, Iryna said. In it he told her that … and that') `some 60` laying mines "
        "opposite his guns (approx, near the front) and `three` killed by a drone (number word, "
        "casualties; both other, `lastweek`); a fisheries scientist from Gunsan who 'figures' "
        "`about 20,000` have served in Russia (approx, in Russia, other, `pub`); the NIS that "
        "'said on Monday it now counted' `around 2,000` dead; Kyiv's military intelligence "
        "('According to …, which gave its estimate on Friday') `11,000` 'still' in Russia and, in "
        "the same sentence, `up to 2,500` of them in the Kursk border area (at_most, near the "
        "front); a U.S. defense official who 'said Tuesday' `several thousand` 'more' could be "
        "sent by spring (vague, increment, planned); North Korean television's `dozens` decorated "
        "returnees on Sunday (optional); members, quintals, pounds, dollars, years, students, "
        "ages, a postal code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Flake Notes – Burgeo Salt Fish Co-operative</title>
<script>var coop = {members: 27, quintals: 310, pricePerPound: 6.5};</script>
</head>
<body>
<div id="cookie-bar">We use a cookie to keep your order basket between visits. <a href="#">Got \
it</a></div>
<nav><a href="/">Home</a> · <a href="/fish">Our fish</a> · <a href="/order">Order</a> · <a \
href="/notes">Flake Notes</a></nav>
<main>
<h1>The last fish off the flakes</h1>
<p>The drying season is over. Between June and the first week of October our 27 members split, \
salted and dried 310 quintals of cod on the flakes by the harbour, the most since the co-op was \
founded in 2016. A quintal is 112 pounds of dry fish, so that comes to close to 35,000 pounds. \
Light-salted fish sells for $6.50 a pound at the shop, and we ship boxes across the country all \
winter. Thanks to the 9 high-school students who turned fish with us on Saturdays.</p>
<h2>Iryna on the flakes</h2>
<p>Iryna Marchenko, 38, came to Burgeo from Mariupol in 2023 and has split and salted fish with us \
for two summers. Her husband is a gunner with an artillery unit near the Kursk border. Last week \
he sent her a voice message, Iryna said. In it he told her that [[some 60]] North Koreans were \
laying mines along the tree line opposite his guns, and that [[three]] had been killed when a \
Ukrainian drone spotted them. “He sounds tired, but he still laughs,” she said.</p>
<h2>A scientist who stayed for the fish</h2>
<p>Dr. Kang Eun-ha, 44, a fisheries scientist from Gunsan who spent August studying cod off the \
south coast, turned fish with us on her last weekend here. She figures [[about 20,000]] North \
Koreans have served in Russia since last fall. “My grandmother was born in the North, so I read \
every report,” she said.</p>
<h2>The wider world</h2>
<p>South Korea’s spy agency said on Monday it now counted [[around 2,000]] North Korean dead. \
According to Kyiv’s military intelligence, which gave its estimate on Friday, [[11,000]] were \
still in Russia, [[up to 2,500]] of them in the Kursk border area. A U.S. defense official said \
Tuesday that Pyongyang could send [[several thousand]] more by spring. North Korean state \
television on Sunday showed Kim pinning medals on [[dozens]] of soldiers back from Russia.</p>
</main>
<footer>Burgeo Salt Fish Co-operative · Harbour Road, Burgeo, NL A0M 1A0 · 709-555-0193</footer>
</body>
</html>
""",
    claims=(
        C("some 60", 60, "approx", "near_front", "other", "lastweek",
          "a fish splitter from Mariupol relaying her husband, a gunner near the Kursk border "
          "('Last week he sent her a voice message, Iryna said. In it he told her that'; the "
          "speaker quoted: other): laying mines along the tree line opposite his guns (a message "
          "dated only by its week: lastweek, as in corpus_blind169)"),
        C("three", 3, "exact", "casualties", "other", "lastweek",
          "same message, 'and that': killed when a Ukrainian drone spotted them (number word)"),
        C("about 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a fisheries scientist from Gunsan, 'She figures' (undated): have served in Russia "
          "since last fall (a total over a period)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "'South Korea's spy agency said on Monday it now counted' (20 October): North "
          "Korean dead"),
        C("11,000", 11000, "exact", "in_russia", "ukraine", "fri",
          "'According to Kyiv's military intelligence, which gave its estimate on Friday' (17 "
          "October): 'still' in Russia "
          "(not an increment)"),
        C("up to 2,500", 2500, "at_most", "near_front", "ukraine", "fri",
          "same estimate, 'of them': in the Kursk border area (a part, not an increment)"),
        C("several thousand", None, "vague", "planned", "united_states", "tue",
          "'A U.S. defense official said Tuesday' (21 October): 'more' Pyongyang could send by "
          "spring (increment, planned)", add=True),
        C("dozens", None, "vague", "in_russia", "north_korea", "sun",
          "'North Korean state television on Sunday showed' (19 October): soldiers back from "
          "Russia decorated by Kim (returnees, as in earlier sets: optional)", opt=True),
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
