"""Build the HUNDRED-AND-FIFTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-eighth corpus, for an honest measurement on articles the extractor has
never met, written in session 17 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
piano workshop's customer letter from Plön in the Holsteinische Schweiz with a piano tuner from
Kharkiv and a pianist from Daegu, a herbalists' circle's newsletter from Vorderstoder in the
Stodertal (Austrian conventions) with a pharmacist from Uzhhorod and a doctor of Korean medicine
from Gangneung, the guides' letter of the open-pit mine tours at Welzow in the Niederlausitz with
a former miner from Pavlohrad and a mining student from Samcheok, a tile-stove maker's customer
letter from Luckau in the Niederlausitz with a stove fitter from Chernihiv and an architect from
Busan, an optician's customer letter from Eutin in the Holsteinische Schweiz with an optometrist
from Bila Tserkva and a researcher from Tongyeong, and an egg farm's letter from Paspels in the
Domleschg (Swiss conventions) with a farm hand from Poltava and a cook from Seoul; an agency-style
wire report from the motorcycle Grand Prix on Phillip Island with a data engineer from Changwon
and an apprentice from Kharkiv, a surf life saving club's patrol notes from Smiths Beach on
Phillip Island with a patrol captain who served on Yeonpyeong and a backpacker from Mykolaiv, a
cottage owners' association's newsletter from Kennisis Lake near Haliburton with a retired
dentist and a dock builder from Chernivtsi, a readers' letters page from a Vashon Island weekly
with letters quoting a brother-in-law near Sudzha and a mother in Incheon, the trail notes of the
friends of the sculpture forest in Haliburton with a welder from Kropyvnytskyi and a stone carver
from Iksan, and a tool library's bulletin from Vashon with a knife sharpener from Kherson and an
aircraft engineer from Ulsan. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind156_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Holsteinische Schweiz, Stodertal, Niederlausitz, Domleschg)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="q156_01_kundenbrief_klavierbau_ploen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-08"),
    dated_by="html_meta",
    features="a piano workshop's customer letter from Plön on the Großer Plöner See "
        "(Holsteinische Schweiz, Schleswig-Holstein) in HTML, UTF-8, "
        "`article:published_time` +01:00 (Friday), a cookie bar about the tuning booking, a "
        "page script with a concert pitch, navigation, entities (`&middot;`, `&amp;`), a "
        "footer with a postcode and a phone number; `<title>` and headline without a figure; "
        "tunings, grand pianos, hammer heads and the price of a tuning first; a piano tuner "
        "from Kharkiv relaying his brother, a gunner at the Kursk border ('Am Dienstag "
        "schickte er Dmytro eine kurze Nachricht: … seien') `einige hundert` moved into the "
        "villages on the Russian side (other, from Tuesday to publication); a pianist from "
        "Daegu «Ich fürchte, bis Weihnachten sind es in Russland `an die 15.000`», 'sagt sie "
        "dann doch' (approx, planned, other, `pub`); `rund 10.000` moved to Kursk ('Aus dem "
        "Pentagon hieß es am Montag'); Zelensky 'nannte am selben Abend die Zahl von' "
        "`11.000` (the Monday carried); the NIS 'hatte am 23. Oktober erklärt' `mehr als "
        "3.000` arrived and 'bis Dezember könnten es' `10.000` werden (planned, not an "
        "increment); Ukraine's military intelligence 'will … getötet haben' `mehrere "
        "Dutzend` (new here: 'will' as a claimed report, undated, `pub`); Russia's losses a "
        "day, tunings, grand pianos, hertz, hammer heads, years, euros, ages, dates, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kundenbrief November | Klavierwerkstatt Hennings am Großen Plöner See</title>
<meta property="article:published_time" content="2024-11-08T08:40:00+01:00">
<script>window.stimmplan = {saison: "Herbst 2024", kammerton: 443, termineFrei: 12};</script>
</head>
<body>
<div class="cookie-leiste">Wir speichern in einem Cookie, welches Instrument Sie zum Stimmen \
angemeldet haben. <a href="#">Verstanden</a> &middot; <a href="#">Ablehnen</a></div>
<nav><a href="/">Werkstatt</a> &middot; <a href="/stimmen">Stimmen &amp; Regulieren</a> &middot; \
<a href="/mietklaviere">Mietklaviere</a> &middot; <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Stimmsaison am See: Heizungsluft, Hammerköpfe und ein neuer Kollege aus Charkiw</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>sobald in Plön die Heizungen anspringen, arbeiten die Resonanzböden, und unser Telefon steht \
nicht mehr still. Seit September haben wir 214 Klaviere und 31 Flügel gestimmt, die meisten auf \
einen Kammerton von 443 Hertz. Ein Blüthner-Flügel von 1911 aus einem Gutshaus bei Bosau bekommt \
gerade 88 neue Hammerköpfe; das dauert gut vier Wochen. Eine Stimmung kostet weiterhin 110 Euro, \
die Anfahrt im Kreis ist inbegriffen.</p>
<h2>Ein Stimmer mit absolutem Gehör</h2>
<p>Seit Oktober arbeitet Dmytro Sawtschenko, 41, bei uns. In Charkiw hat er zwanzig Jahre lang \
die Instrumente des Konservatoriums betreut, bis eine Rakete das Dach des Konzertsaals \
durchschlug. Sein jüngerer Bruder dient bei der Artillerie an der Grenze zum Gebiet Kursk. Am \
Dienstag schickte er Dmytro eine kurze Nachricht: Auf der russischen Seite seien [[einige \
hundert]] Nordkoreaner in die Dörfer eingezogen, nachts höre man sie Gräben ausheben. Dmytro \
spielt nach solchen Nachrichten eine Stunde Bach, bevor er schlafen kann.</p>
<h2>Übrigens: Frau Yoon übt bei uns</h2>
<p>Zweimal in der Woche übt die Pianistin Yoon Ha-rin, 26, aus Daegu auf dem Steinway in unserem \
Vorführraum; sie studiert an der Musikhochschule in Lübeck. Über ihre Landsleute im Norden \
spricht sie ungern. «Ich fürchte, bis Weihnachten sind es in Russland [[an die 15.000]]», sagt \
sie dann doch.</p>
<h2>Was in dieser Woche gemeldet wurde</h2>
<p>Aus dem Pentagon hieß es am Montag, [[rund 10.000]] Soldaten aus dem Norden seien inzwischen \
in die russische Grenzregion Kursk verlegt worden. Präsident Selenskyj nannte am selben Abend die \
Zahl von [[11.000]] Nordkoreanern im Gebiet Kursk. Der südkoreanische Geheimdienst hatte am 23. \
Oktober erklärt, [[mehr als 3.000]] seien bereits in Russland eingetroffen; bis Dezember könnten \
es [[10.000]] werden. Der ukrainische Militärgeheimdienst will bei einem ersten Gefecht [[mehrere \
Dutzend]] von ihnen getötet haben. Die russische Armee büßt nach Londoner Rechnung gegenwärtig \
täglich über 1.200 Mann ein.</p>
<h2>Termine</h2>
<ul><li>Hauskonzert am 1. Dezember, 17 Uhr, mit Schülerinnen der \
Kreismusikschule</li><li>Mietklaviere ab 39 Euro im Monat, Transport nach \
Absprache</li><li>Werkstatt geschlossen vom 23. Dezember bis 2. Januar</li></ul>
</main>
<footer>Klavierwerkstatt Hennings &middot; Lütjenburger Straße 12 &middot; 24306 Plön &middot; \
Tel. 04522 50 38 71 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/termine.js"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "tue..pub",
          "a piano tuner from Kharkiv relaying his brother, a gunner at the Kursk border ('Am "
          "Dienstag schickte er Dmytro eine kurze Nachricht: … seien', Konjunktiv; the speaker "
          "quoted: other): moved into the villages on the Russian side (from Tuesday, 5 "
          "November, to publication)"),
        C("an die 15.000", 15000, "approx", "planned", "other", "pub",
          "a pianist from Daegu, «…», 'sagt sie dann doch' (undated): in Russia by Christmas (a "
          "forecast: planned; 'an die' as approx)"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "'Aus dem Pentagon hieß es am Montag' (4 November), Konjunktiv: moved to the Kursk "
          "border region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'nannte am selben Abend die Zahl von' (the Monday carried): in the Kursk "
          "region"),
        C("mehr als 3.000", 3000, "at_least", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'hatte am 23. Oktober erklärt': already arrived in Russia"),
        C("10.000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same statement: 'bis Dezember könnten es … werden' (a total to come: planned, not an "
          "increment)"),
        C("mehrere Dutzend", None, "vague", "casualties", "ukraine", "pub",
          "'Der ukrainische Militärgeheimdienst will … getötet haben' (a claimed report, "
          "undated): killed in a first clash"),
    ),
)


S02 = Source(
    article_id="q156_02_rundbrief_kraeuterrunde_stodertal",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-07"),
    dated_by="dateline",
    features="a herbalists' circle's newsletter from Vorderstoder in the Stodertal (Traunviertel, "
        "Upper Austria) as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), "
        "dated by the place line 'Vorderstoder, 07.02.2025' (Friday, numeric date); Austrian "
        "conventions (`Feber`, `Jänner`, `heuer`, `Sackerl`, `Flascherl`, `Obfrau`, "
        "`Jause`); herb salt, tinctures, the Advent market and a show garden first; a "
        "pharmacist from Uzhhorod relaying her son, a sniper near Sudzha ('Anfang Feber habe "
        "er ihr erzählt …, berichtet Halyna') `an die zweihundert` fallen before their "
        "position (approx with a number word, other, new here: 'Anfang Feber' as a relayed "
        "day in a letter of 7 February, from the 1st to publication); a doctor of Korean "
        "medicine from Gangneung 'geht davon aus' `einige tausend` 'nachkommen' (vague, "
        "increment, planned, other, `pub`); 'Laut dem Nachrichtendienst in Seoul, der am 13. "
        "Jänner vor Abgeordneten berichtete' `rund 300` fallen and `2.700` wounded; Zelensky "
        "'sprach am Montag von' `knapp 4.000` dead and wounded; a State Department spokesman "
        "'sagte vergangene Woche' `zwischen 1.000 und 1.500` 'als Ersatz' on their way to "
        "Russia (range, increment); 'Die Nato schätzt' `über 11.000` in Russia (`pub`); "
        "Russia's losses a day, snow, bags, bottles, euros, plants, ages, dates, a phone "
        "number",
    text="""\
Kräuterrunde Stodertal - Rundbrief Feber 2025

Vorderstoder, 07.02.2025

Liebe Kräuterfreundinnen und Kräuterfreunde,

draußen liegt noch ein halber Meter Schnee, aber in der Stube beim Kirchenwirt haben wir im \
Jänner schon fleißig Tee gemischt. Beim Adventmarkt in Hinterstoder sind 340 Sackerl \
Bergkräutersalz und 126 Flascherl Ringelblumensalbe weggegangen, und die 2.180 Euro Erlös bekommt \
heuer die Bergrettung. Im Frühjahr wollen wir am Hang unter der Kirche einen Schaugarten mit 60 \
Heilpflanzen anlegen.

Neu in unserer Runde

Seit dem Herbst kommt Halyna Kowaltschuk, 58, zu unseren Treffen. Die Apothekerin aus Uschhorod \
hat in den Karpaten Johanniskraut und Arnika gesammelt, und sie kennt für jedes Wehwehchen den \
passenden Tee. Ihr Sohn ist Scharfschütze in einer Brigade bei Sudscha. Anfang Feber habe er ihr \
erzählt, vor ihrer Stellung seien seit Neujahr [[an die zweihundert]] Nordkoreaner gefallen, \
berichtet Halyna. Seitdem trinkt sie abends Melisse, damit sie überhaupt Schlaf findet.

Ebenfalls neu dabei ist Dr. Shin Mi-kyung, 49. Die Ärztin für koreanische Medizin aus Gangneung \
ist mit einem Windischgarstner verheiratet und hat uns gezeigt, wie man Beifuß für Wärmekegel \
trocknet. Sie geht davon aus, dass heuer noch [[einige tausend]] Soldaten aus dem Norden \
nachkommen. "Für Kim sind die Burschen Devisen, mehr nicht", sagt sie.

Aus den Nachrichten

Laut dem Nachrichtendienst in Seoul, der am 13. Jänner vor Abgeordneten berichtete, sind [[rund \
300]] Nordkoreaner gefallen und [[2.700]] verwundet worden. Präsident Selenskyj sprach am Montag \
von [[knapp 4.000]] Toten und Verletzten. Ein Sprecher des US-Außenministeriums sagte vergangene \
Woche, [[zwischen 1.000 und 1.500]] Mann seien als Ersatz auf dem Weg nach Russland. Die Nato \
schätzt die Zahl der Nordkoreaner in Russland weiterhin auf [[über 11.000]]. Auf russischer Seite \
fallen nach Kiewer Angaben täglich etwa 1.400 Soldaten.

Termine

- Kräuterwanderung zum Schiederweiher am 10. Mai, Treffpunkt um 9 Uhr beim Gemeindeamt
- Jause mit Teeverkostung jeden ersten Dienstag im Monat im Pfarrsaal
- Anmeldung bei Obfrau Resi Pernkopf, Tel. 07564 52 19
""",
    claims=(
        C("an die zweihundert", 200, "approx", "casualties", "other", "2025-02-01..pub",
          "a pharmacist from Uzhhorod relaying her son, a sniper near Sudzha ('Anfang Feber habe "
          "er ihr erzählt …, berichtet Halyna'; the speaker quoted: other): fallen before their "
          "position since New Year (a number word with 'an die' as approx; new here: the relayed "
          "'Anfang Feber' in a letter of 7 February, from 1 February to publication)"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "a doctor of Korean medicine from Gangneung, 'Sie geht davon aus' (undated): "
          "soldiers who will 'nachkommen' this year (increment, planned)", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Laut dem Nachrichtendienst in Seoul, der am 13. Jänner vor Abgeordneten berichtete' "
          "(the relative clause dates it): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing: wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "Zelensky 'sprach am Montag von' (3 February): dead and wounded ('knapp' as approx)"),
        C("zwischen 1.000 und 1.500", None, "range", "in_russia", "united_states", "lastweek",
          "a State Department spokesman 'sagte vergangene Woche', Konjunktiv: on their "
          "way to Russia 'als Ersatz' (replacements: an increment)", add=True),
        C("über 11.000", 11000, "at_least", "in_russia", "nato", "pub",
          "'Die Nato schätzt … weiterhin auf' (undated): in Russia"),
    ),
)


S03 = Source(
    article_id="q156_03_fuehrerbrief_tagebau_welzow_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-04-03"),
    dated_by="sidecar",
    sidecar=(
        "Tagebauführungen Welzow – Gästeführerbrief",
        "https://www.tagebau-touren-welzow.example/gaestefuehrerbrief/fruehjahr-2025",
        "Gästeführerbrief Frühjahr 2025: Saisonstart an der Kante",
    ),
    features="the guides' letter of the open-pit mine tours at Welzow (Niederlausitz, "
        "Brandenburg) in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, "
        "Thursday) and a title without a figure; the season start, guides, tours, guests, "
        "the height of the mine's edges and prices first; a former miner from Pavlohrad "
        "relaying his nephew, a sapper near Sumy ('Vorige Woche hat er Mykola geschrieben') "
        "`Dutzende` digging trenches across the border (other, `lastweek`); a mining student "
        "from Samcheok «… es waren insgesamt `fast 14.000` …», 'sagt er' (approx, other, "
        "`pub`); the outlet's own `etwa 12.000` sent since the autumn (unattributed, "
        "required); the joint chiefs 'teilte am Donnerstag vergangener Woche mit' `rund "
        "3.000` 'nachgeschickt' (increment, a single day of the week before) and, 'beziffert "
        "das Militär', `etwa 4.700` dead and wounded; a US general 'erklärte gestern vor dem "
        "Senat' `mehr als 10.000` still in the Kursk region; 'Nach Einschätzung der Nato' "
        "`Tausende` 'weitere' being readied (vague, increment, planned, `pub`); a sentence "
        "on Russia without a figure; guides, tours, guests, metres, euros, ages, years of "
        "work, dates, a phone number",
    text="""\
---
titel: Gästeführerbrief Frühjahr 2025
verein: Tagebauführungen Welzow
ort: Welzow
---

# Gästeführerbrief: Saisonstart an der Kante

Liebe Gästeführerinnen und Gästeführer,

am Ostersamstag fahren wir wieder mit den Geländewagen hinunter in den Tagebau Welzow-Süd. Im \
vergangenen Jahr haben 48 Kolleginnen und Kollegen in 612 Touren fast 9.000 Gäste über die Sohle \
geführt, und an manchen Stellen ist die Abbruchkante über 100 Meter hoch. Die \
Sonnenuntergangstour kostet jetzt 39 Euro, Kinder unter zwölf zahlen die Hälfte. Helme und \
Warnwesten liegen wie immer im Container am Aussichtspunkt.

## Neu im Team

Mykola Bondarenko, 61, hat in Pawlohrad 33 Jahre lang unter Tage Kohle gefördert. Jetzt erklärt \
er unseren Gästen die Förderbrücke, und zwar so, dass sogar Schulklassen zuhören. Sein Neffe ist \
Pionier bei Sumy. Vorige Woche hat er Mykola geschrieben, gegenüber auf der anderen Seite der \
Grenze hätten [[Dutzende]] Nordkoreaner frische Gräben ausgehoben.

Ebenfalls neu ist Park Jun-seo, 24, Bergbaustudent aus Samcheok, der bei uns ein Praxissemester \
macht. Den offiziellen Zahlen misstraut er. «Ich denke, es waren insgesamt [[fast 14.000]], die \
Arbeiter gar nicht mitgerechnet», sagt er.

## Aus der Presse

Was die [[etwa 12.000]] jungen Männer aus Nordkorea, die Kim seit dem Herbst nach Russland \
geschickt hat, dort erleben, weiß niemand genau. Der Generalstab in Seoul teilte am Donnerstag \
vergangener Woche mit, seit Jahresbeginn seien [[rund 3.000]] Mann nachgeschickt worden. Die Zahl \
der Toten und Verwundeten beziffert das Militär auf [[etwa 4.700]]. Ein US-General erklärte \
gestern vor dem Senat in Washington, [[mehr als 10.000]] stünden weiterhin im Gebiet Kursk. Nach \
Einschätzung der Nato bereitet Pjöngjang [[Tausende]] weitere Soldaten auf den Einsatz vor. \
Moskau hat sich zu alledem bis heute nicht geäußert.

## Termine

- Gästeführerschulung am 12. April um 9 Uhr im Besucherzentrum
- Sonnenuntergangstouren ab Mai jeden Freitag und Samstag
- Dienstplan und Fragen: Telefon 035751 28 64 0
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "lastweek",
          "a former miner from Pavlohrad relaying his nephew, a sapper near Sumy ('Vorige Woche "
          "hat er Mykola geschrieben', Konjunktiv; the speaker quoted: other): digging fresh "
          "trenches across the border"),
        C("fast 14.000", 14000, "approx", "in_russia", "other", "pub",
          "a mining student from Samcheok, «…», 'sagt er' (undated): sent in all ('fast' as "
          "approx; 'insgesamt' of the past: a total, not planned)"),
        C("etwa 12.000", 12000, "approx", "in_russia", "unattributed", "pub",
          "the outlet's own framing, no source (required): sent to Russia since the autumn"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-27",
          "the joint chiefs in Seoul 'teilte am Donnerstag vergangener Woche mit' (the "
          "Thursday of the week before: 27 March), Konjunktiv: 'nachgeschickt' since "
          "the start of the year (increment)", add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-27",
          "same statement, 'beziffert das Militär' (the role carries the joint chiefs and their "
          "day): dead and wounded"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "yday",
          "a US general 'erklärte gestern vor dem Senat' (2 April), Konjunktiv: still in the "
          "Kursk region"),
        C("Tausende", None, "vague", "planned", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): 'weitere' soldiers being readied "
          "(increment, planned)", add=True),
    ),
)


S04 = Source(
    article_id="q156_04_kundenbrief_ofenbau_luckau",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-10-09"),
    dated_by="sidecar",
    sidecar=(
        "Ofenbau Schwietzke Luckau – Kundenbrief",
        "https://www.ofenbau-schwietzke.example/kundenbrief/oktober-2025",
        "Kundenbrief Oktober 2025: Heizsaison, Tag der offenen Werkstatt und Serhij aus "
        "Tschernihiw",
    ),
    features="a tile-stove maker's customer letter from Luckau (Niederlausitz, Brandenburg) as "
        "plain text, UTF-8 with BOM (sidecar, Thursday), `„“` and `–`; the heating season, "
        "stoves built and cleaned, hours of heat, tonnes, a price range in euros (`11.500 "
        "bis 16.000 Euro`, not a claim) and a subsidy in per cent first; a stove fitter from "
        "Chernihiv relaying his brother-in-law, a howitzer gunner near Sumy ('Am Sonntag, "
        "erzählt Serhij, habe der Schwager ihn angerufen') `Hunderte` North Korean gunners "
        "firing across (other, from Sunday to publication); an architect from Busan "
        "'schätzt' `gut 20.000` soldiers and builders sent (at_least, other, `pub`); the NIS "
        "'Anfang September ging … von … aus' `etwa 2.000` fallen (days 1-10); 'Vergangene "
        "Woche hieß es aus Seoul' `rund 10.000` in the Russian border area; KCNA 'meldete am "
        "Montag' `101` fallen honoured posthumously (north_korea, exact); 'Moskau kündigte "
        "am Dienstag an' `bis zu 5.000` military builders by the year's end (russia, "
        "at_most, planned, not an increment); 'Nach Einschätzung der Nato' `11.000 bis "
        "13.000` in Russia (range without 'zwischen', `pub`); Russia's losses a day, stoves, "
        "hours, tonnes, euros, per cent, ages, dates, a phone number",
    text="""\
Ofenbau Schwietzke Luckau – Kundenbrief Oktober 2025

Liebe Kundschaft,

die Heizsaison beginnt, und in unserer Werkstatt am Nordwall stapeln sich die Kacheln. Seit \
Januar haben wir 27 neue Kachelöfen gesetzt und bei 140 älteren Öfen die Züge gereinigt. Ein \
Grundofen speichert nach zwei Stunden Feuer die Wärme für bis zu 14 Stunden und wiegt gut drei \
Tonnen. Für einen vollständigen Ofen mit Sitzbank rechnen Sie bitte mit 11.500 bis 16.000 Euro; \
das Land fördert derzeit 20 Prozent.

Wer gerade an Ihren Öfen arbeitet

Serhij Melnyk, 45, hat in Tschernihiw Öfen für Kirchen und Schulen gebaut. Seit anderthalb Jahren \
setzt er bei uns Kacheln, und so feine Fugen hatten wir noch nie. Sein Schwager bedient eine \
Haubitze bei Sumy. Am Sonntag, erzählt Serhij, habe der Schwager ihn angerufen: Von der \
russischen Seite schössen jetzt [[Hunderte]] nordkoreanische Artilleristen herüber, Tag und Nacht.

Den Ofen für ihr Ferienhaus in Dahme hat sich die Architektin Han Ji-yeon, 52, aus Busan bei uns \
bestellt. Bei der Abnahme kamen wir auf die Nachrichten zu sprechen. Sie schätzt, dass der Norden \
bisher [[gut 20.000]] Soldaten und Bauarbeiter nach Russland geschickt hat.

Was gemeldet wurde

Anfang September ging der südkoreanische Geheimdienst von [[etwa 2.000]] gefallenen Nordkoreanern \
aus. Vergangene Woche hieß es aus Seoul, [[rund 10.000]] Soldaten aus dem Norden stünden im \
russischen Grenzgebiet. Die staatliche Nachrichtenagentur KCNA meldete am Montag, [[101]] \
Gefallene seien posthum mit dem Titel „Held der Republik“ geehrt worden. Moskau kündigte am \
Dienstag an, bis Jahresende sollten [[bis zu 5.000]] Militärbauarbeiter aus Nordkorea im Gebiet \
Kursk eintreffen. Nach Einschätzung der Nato liegt die Gesamtzahl der Nordkoreaner in Russland \
bei [[11.000 bis 13.000]]. Russland selbst verliert nach britischen Angaben täglich an die 1.000 \
Mann.

Termine
– Tag der offenen Werkstatt am 25. Oktober von 10 bis 16 Uhr, mit Schaufeuer
– Die Abnahme durch den Schornsteinfeger bitte mindestens zwei Wochen vorher anmelden
– Beratung und Termine unter 03544 55 71 82
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sun..pub",
          "a stove fitter from Chernihiv relaying his brother-in-law, a howitzer gunner near "
          "Sumy ('Am Sonntag, erzählt Serhij, habe der Schwager ihn angerufen', Konjunktiv; the "
          "speaker quoted: other): North Korean gunners firing across from the Russian side "
          "(from Sunday, 5 October, to publication)"),
        C("gut 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "an architect from Busan, 'Sie schätzt' (undated): soldiers and builders sent to "
          "Russia so far ('gut' as at_least)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'Anfang September ging … von … aus' (days 1-10): fallen"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "'Vergangene Woche hieß es aus Seoul', Konjunktiv: in the Russian border area"),
        C("101", 101, "exact", "casualties", "north_korea", "mon",
          "the state news agency KCNA 'meldete am Montag' (6 October): fallen honoured "
          "posthumously"),
        C("bis zu 5.000", 5000, "at_most", "planned", "russia", "tue",
          "'Moskau kündigte am Dienstag an' (7 October): military builders to arrive in the "
          "Kursk region by the year's end (planned; no 'weitere': not an increment)"),
        C("11.000 bis 13.000", None, "range", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): the total in Russia (a range without "
          "'zwischen')"),
    ),
)


S05 = Source(
    article_id="q156_05_kundenbrief_optik_eutin_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-12"),
    dated_by="sidecar",
    sidecar=(
        "Augenoptik am Marktplatz Eutin – Kundenbrief",
        "https://www.augenoptik-eutin.example/kundenbrief/juni-2025",
        "Sonnenbrillen, Festspielsommer und Nachrichten von weit weg",
    ),
    features="an optician's customer letter from Eutin (Holsteinische Schweiz, "
        "Schleswig-Holstein) in HTML, windows-1252 with a `<meta http-equiv>` charset and "
        "raw `„“`, `·` and `–`, no meta date (sidecar, Thursday), a cookie note about the "
        "eye-test slot, a script, navigation, a footer with a postcode and a phone number; "
        "`<title>` and headline without a figure; sunglasses, dioptres, eye tests, years in "
        "the market square and prices first; an optometrist from Bila Tserkva relaying her "
        "husband, an ambulance driver at the Sumy border ('Am Pfingstmontag habe er ihr am "
        "Telefon erzählt …, sagt Olha') `ein paar hundert` advancing in the woods (other, "
        "new here: a holiday, Whit Monday 9 June, as the relayed day, to publication); a "
        "researcher from Tongyeong 'vermutet' `30.000` in the end (exact, planned, other, "
        "`pub`); Shoigu, 'der am Mittwoch vergangener Woche in Pjöngjang war' (4 June) "
        "`Tausende` builders announced (russia, planned); the NIS 'berichtete Ende Mai vor "
        "Abgeordneten' `etwa 15.000` sent, `rund 600` fallen and `4.100` wounded (days "
        "21-31); the Pentagon 'rechnet nach Worten eines Sprechers damit' 'weitere' `3.000` "
        "(increment, planned, `pub`); Rutte 'sprach am Montag in Brüssel von' `mehr als "
        "11.000` fighting for Russia (near the front); sunglasses, dioptres, eye tests, "
        "years, euros, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Kundenbrief Juni – Augenoptik am Marktplatz Eutin</title>
<script>var sehtest = {dauer: "20 Minuten", kosten: 0};</script>
</head>
<body>
<div class="cookies">Ein Cookie merkt sich, für welche Uhrzeit Sie Ihren Sehtest gebucht haben. \
<a href="#">Passt</a> · <a href="#">Nein danke</a></div>
<nav><a href="/">Start</a> · <a href="/brillen">Brillen</a> · <a \
href="/kontaktlinsen">Kontaktlinsen</a> · <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Sonnenbrillen, Festspielsommer und Nachrichten von weit weg</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>rechtzeitig zu den Festspielen auf der Freilichtbühne am Großen Eutiner See liegen 160 neue \
Sonnenbrillen in unserem Schaufenster, viele davon auch mit Gläsern bis 4 Dioptrien. Seit unserem \
Umzug an den Marktplatz vor elf Jahren haben wir mehr als 9.600 Sehtests gemacht. Eine \
Gleitsichtbrille bekommen Sie bei uns ab 289 Euro, die Anpassung von Kontaktlinsen kostet 45 \
Euro.</p>
<h2>Olha misst jetzt Ihre Augen</h2>
<p>Seit März verstärkt uns Olha Hryzenko, 38, Optometristin aus Bila Zerkwa. Ihr Mann fährt einen \
Sanitätswagen an der Grenze bei Sumy. Am Pfingstmontag habe er ihr am Telefon erzählt, in den \
Wäldern drüben seien [[ein paar hundert]] Nordkoreaner vorgerückt, sagt Olha. „Er klang sehr \
müde“, fügt sie hinzu.</p>
<h2>Ein Stammkunde aus Tongyeong</h2>
<p>Brillenträger ist auch Cho Sung-min, 35, der am Max-Planck-Institut in Plön über Stichlinge \
forscht und jeden Samstag mit dem Rad vorbeikommt. Er vermutet, dass Kim am Ende [[30.000]] \
Soldaten nach Russland schicken wird.</p>
<h2>Aus den Nachrichten</h2>
<p>Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, der am Mittwoch vergangener Woche \
in Pjöngjang war, kündigte dort an, Nordkorea werde [[Tausende]] Bauarbeiter für den Wiederaufbau \
im Gebiet Kursk schicken. Seouls Nachrichtendienst berichtete Ende Mai vor Abgeordneten, von den \
[[etwa 15.000]] bislang Entsandten seien [[rund 600]] gefallen und [[4.100]] verletzt worden. Das \
Pentagon rechnet nach Worten eines Sprechers damit, dass Kim bis zum Herbst weitere [[3.000]] \
Soldaten schickt. Nato-Generalsekretär Mark Rutte sprach am Montag in Brüssel von [[mehr als \
11.000]] Nordkoreanern, die für Russland kämpften.</p>
</main>
<footer>Augenoptik am Marktplatz · Markt 6 · 23701 Eutin · Tel. 04521 79 30 12 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "2025-06-09..pub",
          "an optometrist from Bila Tserkva relaying her husband, an ambulance driver at the "
          "Sumy border ('Am Pfingstmontag habe er ihr am Telefon erzählt …, sagt Olha'; the "
          "speaker quoted: other): advanced in the woods across the border (new here: the "
          "holiday, Whit Monday 9 June, as the relayed day, to publication)"),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "a researcher from Tongyeong, 'Er vermutet' (undated): Kim will send in the end (a "
          "forecast: planned)"),
        C("Tausende", None, "vague", "planned", "russia", "2025-06-04",
          "Shoigu, 'der am Mittwoch vergangener Woche in Pjöngjang war' (the relative clause "
          "dates it: 4 June), 'kündigte dort an': builders for rebuilding the Kursk region (an "
          "announcement: planned; no 'weitere': not an increment)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-05-21..2025-05-31",
          "the NIS 'berichtete Ende Mai vor Abgeordneten' (day 21 to the month's end): sent so "
          "far (the base of the breakdown below)"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-05-21..2025-05-31",
          "same briefing, Konjunktiv: fallen"),
        C("4.100", 4100, "exact", "casualties", "south_korea", "2025-05-21..2025-05-31",
          "same briefing: wounded"),
        C("3.000", 3000, "exact", "planned", "united_states", "pub",
          "'Das Pentagon rechnet nach Worten eines Sprechers damit' (undated): "
          "'weitere' before the figure, to be sent by autumn (increment, planned; span "
          "without the word)", add=True),
        C("mehr als 11.000", 11000, "at_least", "near_front", "nato", "mon",
          "Rutte 'sprach am Montag in Brüssel von' (9 June): fighting for Russia (in combat)"),
    ),
)


S06 = Source(
    article_id="q156_06_hofbrief_eierhof_domleschg_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-08-29"),
    dated_by="front_matter", crlf=True,
    features="an egg farm's letter from Paspels in the Domleschg (Graubünden) in Markdown, "
        "windows-1252 with CRLF, front matter with `date:` (Friday) and a title without a "
        "figure; Swiss conventions (`ss`, «», `1'800`, `1'450`, `20'000`, `6'000`, `10'000`, "
        "`11'000`, `4'000`, `Fr. 5.40`); hens, eggs a day, the egg vending machine's price "
        "and the plum harvest first; a farm hand from Poltava «Er schrieb mir am Mittwoch, "
        "dass ihnen `etwa vierzig` Nordkoreaner gegenüberliegen …», 'erzählt sie' (approx "
        "with a number word, other, from Wednesday to publication; a distance in metres in "
        "the same quote); a cook from Seoul 'Sie halte es für wahrscheinlich, sagt sie' "
        "`weit über 20'000` (at_least, other, `pub`); KCNA 'meldete am Freitag vor einer "
        "Woche' `Hunderte` fallen decorated (north_korea, new here: 'am Freitag vor einer "
        "Woche' in a Friday letter → the Friday a week before, 22 August); a lawmaker in "
        "Seoul 'der vom Geheimdienst unterrichtet worden war' 'sprach am Dienstag von' `rund "
        "6'000` builders to go (south_korea, planned); 'Aus Kiew hiess es' `zwischen 10'000 "
        "und 11'000` in the border areas (range, undated, `pub`); 'Laut einem Bericht des "
        "US-Verteidigungsministeriums an den Kongress vom 12. August' `mindestens 4'000` "
        "killed or wounded; Russia's ambassador 'sprach am Donnerstag von' `über tausend` "
        "deminers (number word, at_least, russia, near the front); hens, eggs, francs, "
        "kilos, metres, dates, a phone number",
    text="""\
---
title: "Hofbrief vom Eierhof Plattas"
date: 2025-08-29
hof: Eierhof Plattas, Paspels
---

# Hofbrief Ende August: Hitze im Stall, Zwetschgen am Hang

Liebe Eierkundinnen und Eierkunden

Der heisse August hat unseren 1'800 Hühnern zugesetzt, aber dank der neuen Lüftung im Mobilstall \
haben sie fleissig weitergelegt, an guten Tagen 1'450 Eier. Im Eierautomaten an der \
Kantonsstrasse kostet die Sechserschachtel weiterhin Fr. 5.40. Ende September beginnt am Hang \
unter dem Schloss die Zwetschgenernte, und wer beim Pflücken hilft, nimmt ein Kilo Konfitüre mit \
nach Hause.

## Wer bei uns mitarbeitet

Oksana Lytwyn, 31, aus Poltawa hilft seit dem Frühling im Stall und beim Sortieren. Ihr Cousin \
liegt mit einer Panzergrenadiereinheit im Gebiet Sumy. «Er schrieb mir am Mittwoch, dass ihnen \
[[etwa vierzig]] Nordkoreaner gegenüberliegen, keine 300 Meter entfernt», erzählt sie beim \
Stempeln der Eier.

Jeden Freitag holt Moon Seo-yeon, 44, aus Seoul zwei Schachteln für ihr kleines Restaurant in \
Rodels. Ein Teil ihrer Familie ist einst aus dem Norden geflohen. Sie halte es für \
wahrscheinlich, sagt sie, dass schon [[weit über 20'000]] Männer aus dem Norden in Russland \
gewesen seien. Offiziellen Zahlen glaube sie nicht.

## Was in den Zeitungen stand

Die nordkoreanische Staatsagentur KCNA meldete am Freitag vor einer Woche, Kim Jong Un habe \
[[Hunderte]] Gefallene posthum ausgezeichnet. Ein Abgeordneter in Seoul, der vom Geheimdienst \
unterrichtet worden war, sprach am Dienstag von [[rund 6'000]] Bauarbeitern, die ab September \
nach Kursk gehen sollen. Aus Kiew hiess es, in den Grenzgebieten bei Kursk und Belgorod stünden \
derzeit [[zwischen 10'000 und 11'000]] Nordkoreaner. Laut einem Bericht des \
US-Verteidigungsministeriums an den Kongress vom 12. August sind [[mindestens 4'000]] getötet \
oder verwundet worden. Der russische Botschafter in Pjöngjang sprach am Donnerstag von [[über \
tausend]] Minenräumern, die im Gebiet Kursk die Felder säuberten.

## Agenda

- Zwetschgenpflücken: Samstag, 27. September, ab 8 Uhr
- Hofladen: Dienstag und Freitag von 16 bis 19 Uhr
- Bestellungen für Hochzeiten und Feste: 081 655 12 78

Freundliche Grüsse
Familie Caviezel
""",
    claims=(
        C("etwa vierzig", 40, "approx", "near_front", "other", "wed..pub",
          "a farm hand from Poltava quoting her cousin near Sumy («Er schrieb mir am Mittwoch, "
          "dass …», 'erzählt sie'; the speaker quoted: other): facing his unit (a number word; "
          "from Wednesday, 27 August, to publication)"),
        C("weit über 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "a cook from Seoul, 'Sie halte es für wahrscheinlich, sagt sie' (undated), Konjunktiv: "
          "have been in Russia ('weit über' as at_least)"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-22",
          "KCNA 'meldete am Freitag vor einer Woche' (new here: in a Friday letter the Friday a "
          "week before, 22 August), Konjunktiv: fallen decorated posthumously"),
        C("rund 6'000", 6000, "approx", "planned", "south_korea", "tue",
          "a lawmaker in Seoul 'der vom Geheimdienst unterrichtet worden war' (passes on the "
          "NIS's figure) 'sprach am Dienstag von' (26 August): builders to go to Kursk from "
          "September (planned; no 'weitere': not an increment)"),
        C("zwischen 10'000 und 11'000", None, "range", "near_front", "ukraine", "pub",
          "'Aus Kiew hiess es' (no day: `pub`), Konjunktiv: in the border areas near Kursk and "
          "Belgorod"),
        C("mindestens 4'000", 4000, "at_least", "casualties", "united_states", "2025-08-12",
          "'Laut einem Bericht des US-Verteidigungsministeriums an den Kongress vom 12. August': "
          "killed or wounded"),
        C("über tausend", 1000, "at_least", "near_front", "russia", "thu",
          "Russia's ambassador in Pyongyang 'sprach am Donnerstag von' (28 August): deminers "
          "clearing fields in the Kursk region (a number word, 1000)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Phillip Island, Haliburton, Vashon Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="q156_07_phillip_island_wire_grand_prix",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-19"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the motorcycle Grand Prix on Phillip Island "
        "(Victoria, Australia) as plain text, UTF-8 with CRLF, slug line, byline and "
        "dateline 'PHILLIP ISLAND, Australia, 19 October 2025 (Bass Strait Press Agency) –' "
        "(Sunday), straight quotes; the headline's `5,000` from the NIS briefing of Tuesday "
        "(Tuesday to publication, hedge dropped); 'At a closed-door session of the "
        "intelligence committee in Seoul on Tuesday, the South Korean spy service estimated "
        "that' `about 5,000` construction troops preparing to leave (planned, no increment) "
        "and `roughly 10,000` still posted along the border, 'members of the committee told "
        "reporters afterwards' (attribution after the figures); a data engineer from "
        "Changwon, a quote and then 'He figures' `as many as 30,000` cycled through Russia "
        "(at_most, other, `pub`); an apprentice from Kharkiv relaying his brother ('had "
        "texted him on Friday that') `dozens` of gunners firing across the border (other, "
        "from Friday to publication); a Russian deputy defence minister 'quoted by the TASS "
        "news agency on Wednesday' `around 1,000` deminers in Kursk (russia, near the "
        "front); NATO's military committee chairman 'warned this month' `tens of thousands` "
        "'more' in 2026 (vague, increment, planned, the 1st to publication); a crowd of "
        "`close to 94,000` (a hedged figure that is not a claim), laps, kilometres, speeds, "
        "years, a newsdesk phone number",
    text="""\
MOTORCYCLING-AUSTRALIA/KOREA (PIX)

Grand Prix paddock hears Seoul's warning of [[5,000]] North Korean builders bound for Russia

By Liam O'Dwyer

PHILLIP ISLAND, Australia, 19 October 2025 (Bass Strait Press Agency) – Between practice sessions \
at the Australian motorcycle Grand Prix, the talk in one corner of the Phillip Island paddock \
this weekend was not of tyre wear or wind off Bass Strait but of a war on the other side of the \
world.

At a closed-door session of the intelligence committee in Seoul on Tuesday, the South Korean spy \
service estimated that [[about 5,000]] military construction troops were preparing to leave for \
Russia's Kursk region and that [[roughly 10,000]] combat soldiers were still posted along the \
border with Ukraine, members of the committee told reporters afterwards.

"Nobody at home believes the official numbers," said Choi Dong-wook, 38, a data engineer from \
Changwon who works for one of the satellite teams in the premier class. He figures [[as many as \
30,000]] North Koreans have cycled through Russia since last October.

Oleksandr Tkachenko, 27, an apprentice electrician from Kharkiv who now lives in Melbourne and \
waved a blue-and-yellow flag from the grandstand at Lukey Heights, said his brother, a drone \
pilot near Sumy, had texted him on Friday that [[dozens]] of North Korean gunners were firing \
across the border every night.

In Moscow, a deputy defence minister quoted by the TASS news agency on Wednesday put the number \
of North Korean deminers still working in the Kursk region at [[around 1,000]]. NATO's military \
committee chairman warned this month that Pyongyang might commit [[tens of thousands]] more \
troops in 2026.

A crowd of close to 94,000 watched Sunday's 27-lap race on the 4.448-kilometre circuit, where top \
speeds passed 340 km/h. The island first hosted the Grand Prix in 1989.

(Reporting by Liam O'Dwyer; editing by Mei Tanaka; newsdesk +61 3 5952 4410)
""",
    claims=(
        C("5,000", 5000, "exact", "planned", "south_korea", "tue..pub",
          "headline: the NIS figure of the body ('At a closed-door session of the intelligence "
          "committee in Seoul on Tuesday', 14 October), Tuesday to publication, hedge dropped: "
          "builders bound for Russia"),
        C("about 5,000", 5000, "approx", "planned", "south_korea", "tue",
          "'At a closed-door session of the intelligence committee in Seoul on Tuesday, the "
          "South Korean spy service estimated that' (14 October; members of the committee told "
          "reporters afterwards): construction troops preparing to leave for the Kursk region "
          "(planned; no 'more': not an increment)"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "same briefing: combat soldiers still posted along the border with Ukraine"),
        C("as many as 30,000", 30000, "at_most", "in_russia", "other", "pub",
          "a data engineer from Changwon, 'He figures' (undated): have cycled through Russia "
          "since last October ('as many as' as at_most)"),
        C("dozens", None, "vague", "near_front", "other", "fri..pub",
          "an apprentice from Kharkiv relaying his brother, a drone pilot near Sumy ('had texted "
          "him on Friday that'; the speaker quoted: other): gunners firing across the border "
          "(from Friday, 17 October, to publication)"),
        C("around 1,000", 1000, "approx", "near_front", "russia", "wed",
          "a Russian deputy defence minister 'quoted by the TASS news agency on Wednesday' (15 "
          "October), 'put the number … at': deminers still working in the Kursk region"),
        C("tens of thousands", None, "vague", "planned", "nato", "2025-10-01..pub",
          "NATO's military committee chairman 'warned this month' (the 1st to "
          "publication): 'more' troops Pyongyang might commit in 2026 (increment, "
          "planned)", add=True),
    ),
)


S08 = Source(
    article_id="q156_08_patrol_notes_smiths_beach_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-04"),
    dated_by="front_matter",
    features="a surf life saving club's patrol notes from Smiths Beach on Phillip Island "
        "(Victoria) in Markdown, UTF-8 with straight quotes, front matter with `date:` "
        "(Wednesday) and a title repeating the headline (optional); the headline's `12,000` "
        "from Ukraine's military intelligence of Friday (Friday to publication); patrollers, "
        "rescues, bluebottle stings, nippers and sausage rolls first; a patrol captain who "
        "served with the South Korean marines 'believes' `more than 20,000` by the new year "
        "(at_least, planned, other, `pub`); a backpacker from Mykolaiv relaying her cousin "
        "('At the weekend her cousin … sent word that …, she told the patrol') `around "
        "fifty` dug in (approx with a number word, other, from Saturday to publication); "
        "Ukraine's military intelligence 'said on Friday' `about 12,000` in Kursk; the "
        "Pentagon 'said on Monday' `more than 10,000` in combat; South Korean officials "
        "'citing their spy agency, said last week' 'could add' `several thousand` (vague, "
        "increment, planned); a Ukrainian army spokesman 'told reporters on Tuesday' "
        "`scores` killed (new here: 'scores' as vague); NATO's secretary general 'had said "
        "in mid-November' `at least 11,000` sent (days 11-20); patrollers, rescues, stings, "
        "children, hours, dollars, ages, a phone number",
    text="""\
---
title: "Patrol season opens as Kyiv puts [[12,000]] North Koreans in Kursk"
date: 2024-12-04
author: Smiths Beach SLSC newsletter crew
---

# Patrol season opens as Kyiv puts [[12,000]] North Koreans in Kursk

The red and yellow flags went up at Smiths Beach on the last Saturday of November, and 42 \
volunteer patrollers have signed on for the summer, up from 35 a year ago. Last season our crews \
made 17 rescues and treated 63 bluebottle stings; this year the nippers' program has 118 kids on \
its books. Thanks to the bakery in Cowes for the 30 sausage rolls on opening day.

## Faces on the tower

Captain of the Sunday patrol is Jang Tae-ho, 36, a physiotherapist in Wonthaggi who served with \
the South Korean marines on Yeonpyeong before moving to Victoria. He believes [[more than \
20,000]] will be in Russia by the new year. "They will not stop at one division," he said.

Our newest bronze medallion holder, Kateryna Savchuk, 22, is a backpacker from Mykolaiv on a \
working holiday. At the weekend her cousin, a rifleman in the Kursk region, sent word that \
[[around fifty]] North Koreans had dug in behind a tree line facing his company, she told the \
patrol.

## In the news

Ukraine's military intelligence said on Friday that [[about 12,000]] North Korean soldiers were \
now in the Kursk region. The Pentagon said on Monday that [[more than 10,000]] were engaged in \
combat alongside Russian units. South Korean officials, citing their spy agency, said last week \
that Pyongyang could add [[several thousand]] to the force. A Ukrainian army spokesman told \
reporters on Tuesday that [[scores]] had already been killed. NATO's secretary general had said \
in mid-November that [[at least 11,000]] had been sent.

## Club notes

- Patrol hours: 1 pm to 5 pm on weekends and public holidays until the end of March
- Membership: $95 for seniors, $40 for nippers
- Clubhouse bookings: 0412 558 903
""",
    claims=(
        C("12,000", 12000, "exact", "near_front", "ukraine", "fri..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("12,000", 12000, "exact", "near_front", "ukraine", "fri..pub",
          "headline: the figure of Ukraine's military intelligence in the body ('said on "
          "Friday', 29 November), Friday to publication, hedge dropped: in Kursk"),
        C("more than 20,000", 20000, "at_least", "planned", "other", "pub",
          "a patrol captain who served with the South Korean marines, 'He believes' (undated): "
          "in Russia by the new year (a forecast: planned)"),
        C("around fifty", 50, "approx", "near_front", "other", "sat..pub",
          "a backpacker from Mykolaiv relaying her cousin, a rifleman in the Kursk region ('At "
          "the weekend her cousin … sent word that …, she told the patrol'; the speaker quoted: "
          "other): dug in facing his company (a number word; from Saturday, 30 November, to "
          "publication)"),
        C("about 12,000", 12000, "approx", "near_front", "ukraine", "fri",
          "Ukraine's military intelligence 'said on Friday' (29 November): in the Kursk region"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "mon",
          "'The Pentagon said on Monday' (2 December): engaged in combat alongside Russian units"),
        C("several thousand", None, "vague", "planned", "south_korea", "lastweek",
          "South Korean officials 'citing their spy agency, said last week': Pyongyang "
          "'could add' them to the force (increment, planned)", add=True),
        C("scores", None, "vague", "casualties", "ukraine", "tue",
          "a Ukrainian army spokesman 'told reporters on Tuesday' (3 December): killed (new "
          "here: 'scores' as vague, like 'dozens')"),
        C("at least 11,000", 11000, "at_least", "in_russia", "nato", "2024-11-11..2024-11-20",
          "NATO's secretary general 'had said in mid-November' (days 11-20): sent"),
    ),
)


S09 = Source(
    article_id="q156_09_lake_lines_kennisis_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kennisis Lake Cottage Owners' Association – Lake Lines",
        "https://www.kennisislake.example/lake-lines/spring-2025",
        "Ice out, loons back, and a long way from the lake",
    ),
    features="a cottage owners' association's newsletter from Kennisis Lake near Haliburton "
        "(Ontario) in Markdown, windows-1252 with CRLF (curly quotes and apostrophes raw), "
        "front matter without a date (sidecar, Wednesday) and a title without a figure; "
        "ice-out, loons, nest platforms, water levels, dues and docks first; a retired "
        "dentist whose parents came from Cheongju 'By her estimate' `fewer than 8,000` still "
        "in Russia (new here: 'fewer than' as at_most, other, `pub`); a dock builder from "
        "Chernivtsi relaying his son, a sapper ('On Victoria Day the son wrote to say that "
        "…, Bohdan told us') `some 300` in a village across the border (other, new here: the "
        "holiday, Victoria Day 19 May, to publication); the outlet's own 'Whatever the true "
        "count' `thousands` sent (unattributed, required); the NIS 'in its April 30 "
        "briefing' `around 600` dead and `4,700` killed and wounded; Russia's defence "
        "ministry 'quoted by state media on May 9' `about 12,000` in the Kursk operation "
        "(russia, near the front); a senior US defense official 'told reporters last week' "
        "`roughly 9,000` remaining; Rutte 'told reporters in Brussels on Tuesday that the "
        "alliance counted' `at least 14,000` sent; loons, platforms, centimetres, dollars, "
        "docks, years, speeds, cottages, ages, a phone number",
    text="""\
---
title: Lake Lines, spring 2025
association: Kennisis Lake Cottage Owners’ Association
---

# Ice out, loons back, and a long way from the lake

The ice went out on April 29 this year, nine days later than last spring, and the first loon pair \
was on the water by May 3. Our volunteers counted 37 nesting pairs last summer, and 46 floating \
nest platforms are ready to launch. Water levels at the dam are 12 centimetres below normal. Dues \
stay at $60 a cottage, and the annual meeting is on the last Saturday of June in the community \
hall.

## Members’ corner

Dr. Grace Nam, 64, a retired dentist from Toronto whose parents came from Cheongju, has spent \
every summer on the north arm since 1991 and reads everything she can find about the North Korean \
troops. By her estimate, [[fewer than 8,000]] are still in Russia after the losses of the winter.

Bohdan Kravets, 57, a dock builder who came to Haliburton from Chernivtsi two years ago, has \
rebuilt eleven of our docks since the thaw. His son is a sapper near the Kursk border. On \
Victoria Day the son wrote to say that [[some 300]] North Koreans had moved into a village across \
the border, Bohdan told us over coffee.

## The news, as we read it

Whatever the true count, [[thousands]] of young men from the North have now been sent to fight \
for Moscow. South Korea’s spy agency, in its April 30 briefing, put the dead at [[around 600]] \
and the killed and wounded together at [[4,700]]. Russia’s defence ministry, quoted by state \
media on May 9, said [[about 12,000]] Koreans had taken part in the Kursk operation. A senior US \
defense official told reporters last week that [[roughly 9,000]] remained in Russia after the \
fighting. NATO’s Mark Rutte told reporters in Brussels on Tuesday that the alliance counted [[at \
least 14,000]] sent since last October.

## Notices

- Boat speed limit in the narrows: 10 km/h
- Septic inspections this summer: 64 cottages on the east shore
- Questions and dock permits: 705-754-2281
""",
    claims=(
        C("fewer than 8,000", 8000, "at_most", "in_russia", "other", "pub",
          "a retired dentist whose parents came from Cheongju, 'By her estimate' (undated): "
          "still in Russia (new here: 'fewer than' as at_most, like 'weniger als')"),
        C("some 300", 300, "approx", "near_front", "other", "2025-05-19..pub",
          "a dock builder from Chernivtsi relaying his son, a sapper near the Kursk border ('On "
          "Victoria Day the son wrote to say that …, Bohdan told us'; the speaker quoted: "
          "other): moved into a village across the border (new here: the holiday, Victoria Day "
          "19 May, as the relayed day, to publication)"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the outlet's own framing ('Whatever the true count', required): sent to fight for "
          "Moscow"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'South Korea's spy agency, in its April 30 briefing, put the dead at'"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing: killed and wounded together"),
        C("about 12,000", 12000, "approx", "near_front", "russia", "2025-05-09",
          "Russia's defence ministry 'quoted by state media on May 9': took part in the Kursk "
          "operation"),
        C("roughly 9,000", 9000, "approx", "in_russia", "united_states", "lastweek",
          "a senior US defense official 'told reporters last week': remained in Russia after the "
          "fighting"),
        C("at least 14,000", 14000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'told reporters in Brussels on Tuesday that the alliance counted' (20 May): "
          "sent since last October"),
    ),
)


S10 = Source(
    article_id="q156_10_letters_vashon_islander",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-06"),
    dated_by="sidecar",
    sidecar=(
        "The Vashon Islander – Letters",
        "https://www.vashonislander.example/letters/2025-03-06",
        "Letters: word from Sudzha, checking the numbers, and the ferry line again",
    ),
    features="a readers' letters page from a Vashon Island weekly (Puget Sound, Washington) as "
        "plain text, UTF-16 LE with BOM (sidecar, Thursday), `–` and curly apostrophes; a "
        "reader from Burton relaying her brother-in-law, a medic near Sudzha ('On Saturday "
        "he told her that') `several hundred` back in the fighting (other, from Saturday to "
        "publication); a reader from Dockton answering the paper's own report ('Your Feb. 20 "
        "story said') `11,000` in Russia (unattributed, required, that day) and 'Seoul's spy "
        "agency briefed lawmakers last week:' (a colon, then the figures) `some 1,000` "
        "'more' arrived (increment, in Russia) and `about 4,000` killed or wounded; a reader "
        "relaying her mother in Incheon ('she thinks') `20,000` gone to Russia (exact, "
        "other, `pub`) and 'Even the Pentagon admitted in late February that' `up to 3,000` "
        "'replacements' shipped (at_most, increment, days 21-28); a letter on the ferry line "
        "and one on library volunteers without a claim; minutes, cars, boats' ages, "
        "volunteers, books, dates",
    text="""\
THE VASHON ISLANDER – LETTERS

Word from Sudzha

To the editor: My sister’s husband is a medic with a Ukrainian brigade near Sudzha. On Saturday \
he told her that [[several hundred]] North Koreans were back in the fighting after weeks out of \
sight, and that the wounded they now carry out are younger than ever. I live on Vashon because it \
is quiet. Some days I feel guilty about that.
Halyna Petrenko, Burton

Check your numbers

To the editor: Your Feb. 20 story said [[11,000]] North Korean troops were in Russia. But Seoul’s \
spy agency briefed lawmakers last week: [[some 1,000]] more had arrived since January, and \
[[about 4,000]] had been killed or wounded. A newspaper ought to keep up.
Frank Morrow, Dockton

What my mother thinks

To the editor: My mother in Incheon follows the news from morning to night, and she thinks \
[[20,000]] have gone to Russia by now, whatever Washington says. Even the Pentagon admitted in \
late February that [[up to 3,000]] replacements had been shipped. I hope someone is counting the \
ones who never come home.
Esther Kang, Vashon

The ferry line, again

To the editor: Last Tuesday the 7:25 boat from Fauntleroy left 40 minutes late, and we sat in a \
line of 112 cars. Two of the three boats on our route are more than 50 years old. When will the \
state pay for new ones?
Doug Lindqvist, Maury Island

Thank you, shelvers

To the editor: Thanks to the 26 volunteers who sorted 4,000 donated books for the spring sale at \
the library. From April 5 the library opens an hour earlier on Saturdays.
Ruth Oyama, Vashon
""",
    claims=(
        C("several hundred", None, "vague", "near_front", "other", "sat..pub",
          "a reader from Burton relaying her brother-in-law, a medic near Sudzha ('On Saturday "
          "he told her that'; the speaker quoted: other): back in the fighting (from Saturday, 1 "
          "March, to publication)"),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "2025-02-20",
          "the paper's own report as cited by a reader ('Your Feb. 20 story said'; unattributed, "
          "required, dated that day): in Russia"),
        C("some 1,000", 1000, "approx", "in_russia", "south_korea", "lastweek",
          "'Seoul's spy agency briefed lawmakers last week:': 'more' arrived since "
          "January (increment, in Russia)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "lastweek",
          "same briefing, after the colon: killed or wounded"),
        C("20,000", 20000, "exact", "in_russia", "other", "pub",
          "a reader relaying her mother in Incheon ('she thinks', undated; the speaker quoted: "
          "other): gone to Russia by now"),
        C("up to 3,000", 3000, "at_most", "in_russia", "united_states", "2025-02-21..2025-02-28",
          "'Even the Pentagon admitted in late February that' (day 21 to the month's "
          "end): 'replacements' shipped (increment, sent)", add=True),
    ),
)


S11 = Source(
    article_id="q156_11_trail_notes_sculpture_forest_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-16"),
    dated_by="sidecar",
    sidecar=(
        "Friends of the Sculpture Forest, Haliburton – Trail Notes",
        "https://www.sculptureforestfriends.example/notes/september-2025",
        "Leaves turning, a new granite piece, and two visitors with news from far away",
    ),
    features="the trail notes of the friends of the sculpture forest in Haliburton (Ontario) in "
        "HTML, UTF-8 with BOM, no meta date (sidecar, Tuesday), a cookie note about the "
        "trail map, a script, navigation, entities (`&ndash;`, `&ldquo;`, `&rdquo;`, "
        "`&lsquo;`, `&rsquo;`, `&middot;`), a footer with a postal code and a phone number; "
        "`<title>` and headline without a figure; fall colour, volunteers, the loop's "
        "kilometres, boardwalk metres, `about 11,000` visitors (a hedged figure that is not "
        "a claim) and a donation first; a welder from Kropyvnytskyi relaying his son ('Over "
        "the Labour Day weekend, Roman says, the son sent a message: “…”') sentence-initial "
        "`Eighty or ninety` in the quoted message (range of number words, other, new here: "
        "the holiday weekend, 30 August to 1 September, to publication); a stone carver from "
        "Iksan 'By New Year, she thinks, Kim's tally will reach' `about 25,000` (approx, "
        "planned, other, `pub`); the NIS 'briefing lawmakers at the start of the month, "
        "counted' `around 2,000` dead and, 'It said', 'a further' `6,000` engineers and "
        "builders (increment, planned; days 1-10); North Korean television 'last month' "
        "`dozens` killed (north_korea, August); a Pentagon spokesman 'said on Thursday' "
        "`10,000 to 11,000` remaining (range); NATO's top commander in Europe 'told a "
        "conference in Riga yesterday' `no fewer than 15,000` (new here: 'no fewer than' as "
        "at_least); volunteers, kilometres, metres, visitors, years, dollars, ages, a postal "
        "code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Trail Notes &ndash; Friends of the Sculpture Forest, Haliburton</title>
<script>window.trail = {sculptures: 35, loopKm: 2.7, dogsOnLeash: true};</script>
</head>
<body>
<div class="cookie-note">We use one cookie to remember whether you picked the summer or the \
winter trail map. <button>Got it</button></div>
<nav><a href="/">Home</a> | <a href="/sculptures">Sculptures</a> | <a \
href="/volunteer">Volunteer</a> | <a href="/notes">Trail notes</a></nav>
<article>
<h1>Leaves turning, a new granite piece, and two visitors with news from far away</h1>
<p>Fall colour has come early along Head Lake. This summer 18 of us cleared brush on the \
2.7-kilometre loop, replaced 120 metres of boardwalk and counted about 11,000 visitors at the \
gate, the most since the forest opened in 2001. Guided walks on Sundays are free; a donation of \
$5 keeps the lights on at the trailhead.</p>
<h2>A welder who carves</h2>
<p>Roman Lysak, 50, a welder from Kropyvnytskyi who now works at a marina on Kashagawigamog Lake, \
has been helping us anchor the steel pieces. His son serves with an air-defence unit near Sumy. \
Over the Labour Day weekend, Roman says, the son sent a message: &ldquo;[[Eighty or ninety]] of \
the North Koreans moved into the forest across from us.&rdquo;</p>
<h2>A visitor from Iksan</h2>
<p>The stone carver Oh Ji-young, 47, from Iksan, a city known in Korea for its granite, spent two \
weeks in residence here finishing &lsquo;River Stone&rsquo;. By New Year, she thinks, Kim&rsquo;s \
tally will reach [[about 25,000]] men sent to Russia. &ldquo;For Moscow they are cheap \
soldiers,&rdquo; she said.</p>
<h2>Elsewhere</h2>
<p>South Korea&rsquo;s National Intelligence Service, briefing lawmakers at the start of the \
month, counted [[around 2,000]] of Kim&rsquo;s soldiers dead. It said Pyongyang would send a \
further [[6,000]] engineers and builders. North Korean television last month showed Kim Jong Un \
consoling the families of [[dozens]] of men killed in Kursk. A Pentagon spokesman said on \
Thursday that [[10,000 to 11,000]] remained in Russia. NATO&rsquo;s top commander in Europe told \
a conference in Riga yesterday that [[no fewer than 15,000]] had been sent since last autumn.</p>
</article>
<footer>Friends of the Sculpture Forest &middot; Glebe Park, Haliburton, ON K0M 1S0 &middot; \
705-457-3318 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/map.js"></script>
</body>
</html>
""",
    claims=(
        C("Eighty or ninety", None, "range", "near_front", "other", "2025-08-30..pub",
          "a welder from Kropyvnytskyi relaying his son, an air-defence soldier near Sumy ('Over "
          "the Labour Day weekend, Roman says, the son sent a message'; the speaker quoted: "
          "other): moved into the forest across from his unit (a range of number words; new "
          "here: the holiday weekend, 30 August to 1 September, to publication)"),
        C("about 25,000", 25000, "approx", "planned", "other", "pub",
          "a stone carver from Iksan, 'By New Year, she thinks' (undated; the New Year is the "
          "forecast's horizon, not the claim date): sent to Russia (planned)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'briefing lawmakers at the start of the month, counted' (days 1-10): dead"),
        C("6,000", 6000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "same briefing, 'It said': 'a further' engineers and builders Pyongyang "
          "would send (increment, planned; span without the words)", add=True),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean television 'last month' (August): families of men killed in Kursk"),
        C("10,000 to 11,000", None, "range", "in_russia", "united_states", "thu",
          "a Pentagon spokesman 'said on Thursday' (11 September): remained in Russia"),
        C("no fewer than 15,000", 15000, "at_least", "in_russia", "nato", "yday",
          "NATO's top commander in Europe 'told a conference in Riga yesterday' (15 September): "
          "sent since last autumn (new here: 'no fewer than' as at_least)"),
    ),
)


S12 = Source(
    article_id="q156_12_shed_bulletin_tool_library_vashon_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-11-18"),
    dated_by="html_meta",
    features="a tool library's bulletin from Vashon Island (Puget Sound, Washington) in HTML, "
        "ISO-8859-1 with quotes and apostrophes only as entities (`&ldquo;`, `&rdquo;`, "
        "`&rsquo;`, `&eacute;`, `&middot;`), `<meta name=\"date\">` (Tuesday), a cookie note "
        "about the borrowing basket, a script, navigation, a footer with a ZIP code and a "
        "phone number; `<title>` and headline without a figure; members, tools borrowed, "
        "chainsaws, repairs and fees first; a knife sharpener from Kherson relaying his "
        "uncle ('On November 9, Vadym says, the uncle phoned to say that') `forty-odd` North "
        "Koreans setting up mortars (new here: '-odd' after a number word as approx, 40; "
        "other, from 9 November to publication); a retired aircraft engineer from Ulsan 'By "
        "his reckoning' `about 18,000` passed through Russia (approx, other, `pub`); the NIS "
        "'told parliament in early November' `roughly 10,000` deployed along the border and "
        "`5,000` engineers crossed into Russia (days 1-10); Zelensky 'said at the weekend' "
        "`some 6,000` killed or wounded (Saturday-Sunday); the Kremlin's envoy for Kursk "
        "'said on Thursday' `thousands` of workers to rebuild the region next year (russia, "
        "planned); the State Department 'said in October' `at least 11,000` remaining; "
        "members, tools, chainsaws, repairs, dollars, the storm's date, ages, a ZIP code, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-11-18">
<title>The Shed Bulletin &middot; Vashon Tool Library</title>
<script>var lending = {tools: 1140, members: 612, lateFee: 0};</script>
</head>
<body>
<div id="cookie-note">A small cookie keeps your borrowing basket between visits. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/catalog">Catalog</a> &middot; <a \
href="/repair-cafe">Repair Caf&eacute;</a> &middot; <a href="/bulletin">Bulletin</a></nav>
<main>
<h1>Chainsaws all out, and news from two of our volunteers</h1>
<p>November is chainsaw month. Since the windstorm on the 4th our 612 members have borrowed 1,140 \
tools, including all nine chainsaws and every extension ladder we own. The repair caf&eacute; \
fixed 58 lamps, toasters and bikes last Saturday. Membership is still $30 a year, and there are \
no late fees.</p>
<h2>Sharpening with Vadym</h2>
<p>Vadym Horbach, 34, from Kherson, sharpens our blades on Thursdays. His uncle holds a position \
on the Sumy border. On November 9, Vadym says, the uncle phoned to say that [[forty-odd]] North \
Koreans had set up mortars in a farmyard across the line.</p>
<h2>An engineer&rsquo;s estimate</h2>
<p>Kwon Sang-hoon, 68, a retired aircraft engineer from Ulsan who lives near Dockton, repairs our \
power tools. By his reckoning [[about 18,000]] North Koreans have passed through Russia. \
&ldquo;Kim sends them, takes a few home, and sends the next lot,&rdquo; he says.</p>
<h2>What the wires said</h2>
<p>South Korea&rsquo;s National Intelligence Service told parliament in early November that \
[[roughly 10,000]] of Kim&rsquo;s troops were deployed along Russia&rsquo;s border with Ukraine, \
and that [[5,000]] army engineers had crossed into Russia in the weeks since early September. \
President Zelensky said at the weekend that [[some 6,000]] North Koreans had been killed or \
wounded in all. The Kremlin&rsquo;s envoy for Kursk said on Thursday that [[thousands]] of North \
Korean workers would help rebuild the region next year. The State Department said in October that \
[[at least 11,000]] remained in Russia.</p>
</main>
<footer>Vashon Tool Library &middot; 17720 Vashon Hwy SW, Vashon, WA 98070 &middot; (206) \
463-0817 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/catalog.js"></script>
</body>
</html>
""",
    claims=(
        C("forty-odd", 40, "approx", "near_front", "other", "2025-11-09..pub",
          "a knife sharpener from Kherson relaying his uncle on the Sumy border ('On November 9, "
          "Vadym says, the uncle phoned to say that'; the speaker quoted: other): set up mortars "
          "across the line (new here: '-odd' after a number word as approx, 40; from 9 November "
          "to publication)"),
        C("about 18,000", 18000, "approx", "in_russia", "other", "pub",
          "a retired aircraft engineer from Ulsan, 'By his reckoning' (undated): passed through "
          "Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'told parliament in early November' (days 1-10): deployed along Russia's "
          "border with Ukraine"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same briefing, 'and that': army engineers crossed into Russia since early September "
          "(no 'more': not an increment)"),
        C("some 6,000", 6000, "approx", "casualties", "ukraine", "sat..sun",
          "Zelensky 'said at the weekend' (15-16 November): killed or wounded in all"),
        C("thousands", None, "vague", "planned", "russia", "thu",
          "the Kremlin's envoy for Kursk 'said on Thursday' (13 November): workers who would "
          "help rebuild the region next year (planned)"),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "'The State Department said in October': remained in Russia"),
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
