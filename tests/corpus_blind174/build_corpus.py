"""Build the HUNDRED-AND-SEVENTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-sixth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
horseradish farm's customer letter from Michelhausen in the Tullnerfeld (Austrian conventions) with
a horseradish digger from Kremenchuk and a retired theatre nurse from Incheon, a removals firm's
customer paper from Tulln with a packer from Bila Tserkva and a cellist from Busan, a mineral
spring's staff paper from Eptingen in the Diegtertal (Swiss conventions) with a lab chemist from
Mariupol and a process engineer from Daejeon, a ropemaker's customer letter from Läufelfingen in the
Homburgertal (Swiss conventions) with a rope braider from Uman and a taekwondo teacher from Seoul, a
coin collectors' club bulletin from Schwarzenborn in the Knüll with a collector from Cherkasy and a
retired nurse from Gangneung, and a tattoo studio's news page from Landstuhl on the Sickinger Höhe
with a tattoo artist from Kyiv and a dentist from Suwon; an agency-style wire report from a dragon
boat festival at Hilton Beach on St. Joseph Island with a nurse from Ternopil and a hospital
pharmacist born in Daegu, a St. Joseph Island water-well driller's customer notes with an office
manager from Irpin and a retired schoolteacher from Andong, a readers' letters page from a Whidbey
Island weekly in Langley with letters quoting a nephew in the Kursk region and a sister in Incheon,
a Coupeville hearing-aid practice's patient page with a front-desk clerk from Izium and a retired
machinist born in Masan, a Galveston West End beach-cleanup group's notes with a hotel housekeeper
from Bakhmut and a shrimp-boat mechanic born in Gunsan, and a Galveston West End beach wedding
planner's page with a florist from Khmelnytskyi and a photographer born in Cheongju. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares state
with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind174_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Tullnerfeld, Diegtertal and Homburgertal, Knüll, Sickinger Höhe)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v174_01_kundenbrief_krenhof_michelhausen",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-04"),
    dated_by="dateline", crlf=True,
    features="a horseradish farm's customer letter from Michelhausen in the Tullnerfeld (Lower "
        "Austria) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the "
        "letter line 'Michelhausen, 04.02.2025' (Tuesday); Austrian conventions (`heuer`, "
        "`Jänner`, `Feber`, `herinnen`, `Hofladen`); hectares, tonnes of roots, a third more than "
        "last year, prices per kilo and per jar first; a horseradish digger from Kremenchuk "
        "relaying his brother, a grenadier in the Kursk region ('Am Samstag habe sich der Bruder "
        "… wieder gemeldet, erzählt Oleh', Konjunktiv carried) `an die 200` advancing through a "
        "strip of wood (approx, near the front) and sentence-initial `Elf` counted in the snow, "
        "dead or badly wounded (number word, casualties; both other, from Saturday to "
        "publication); a retired theatre nurse from Incheon 'rechnet damit' `zwanzigtausend` gone "
        "to Russia by the summer (number word, a forecast of a total: planned, other, `pub`); "
        "'Aus dem Generalstab in Seoul hieß es am Montag' `rund 11.000` pulled back from the "
        "front around mid-January but still in Russia (in Russia, not near the front); Zelensky "
        "'hatte Mitte Jänner … gesprochen' `knapp 4.000` killed and wounded (days 11-20); 'Laut "
        "Agenturberichten schätzt der Geheimdienst in Seoul' `etwa 300` fallen (`pub`); 'Nach "
        "Einschätzung eines Nato-Diplomaten' 'weitere' `3.000 bis 4.000` in spring (range, "
        "increment, planned, `pub`); Russia's losses a day, hectares, tonnes, euros, grams, ages, "
        "years, a donation box's euros, opening hours, a phone number",
    text="""\
Krenhof Haslinger, Michelhausen – Kundenbrief 1/2025

Michelhausen, 04.02.2025

Liebe Kundinnen und Kunden,

die Krenernte ist herinnen. Auf unseren 6,5 Hektar im Tullnerfeld haben wir heuer 38 Tonnen \
Wurzeln gestochen, ein gutes Drittel mehr als im Vorjahr, weil der Herbst endlich wieder Regen \
gebracht hat. Frischer Stangenkren kostet im Hofladen weiterhin 9,80 Euro das Kilo, der geriebene \
im 200-Gramm-Glas 4,50 Euro. Für den Osterschinken empfehlen wir den Apfelkren; vorbestellen könnt \
ihr ab Mitte Feber.

Oleh und der Anruf vom Samstag

Oleh Sawtschenko, 44, stammt aus Krementschuk und sticht seit drei Saisonen bei uns den Kren, \
flinker als jede Maschine. Sein jüngerer Bruder ist Panzergrenadier in einer Brigade, die im \
Gebiet Kursk liegt. Am Samstag habe sich der Bruder nach zwei Wochen Funkstille wieder gemeldet, \
erzählt Oleh beim Sortieren. Vor ihrem Abschnitt seien [[an die 200]] Nordkoreaner durch einen \
Waldstreifen vorgegangen, in dichten Reihen und ohne Deckung. [[Elf]] von ihnen habe man danach im \
Schnee gezählt, tot oder schwer verwundet. „Er sagt, die Uniformen sind russisch, aber die Stiefel \
passen ihnen nicht“, meint Oleh.

Kimchi mit Tullnerfelder Kren

Lim Hye-won, 67, war Operationsschwester in Incheon und lebt seit 1989 in Tulln. Jeden Winter holt \
sie bei uns fünf Kilo Kren, weil er sich in ihrem Kimchi besser macht als jeder Rettich. Sie \
rechnet damit, dass bis zum Sommer insgesamt [[zwanzigtausend]] junge Männer aus dem Norden nach \
Russland gegangen sein werden. „Daheim sagt man: Wer einen Krieg bestellt, schickt die Söhne der \
anderen“, sagt sie.

Was man liest

Aus dem Generalstab in Seoul hieß es am Montag, die [[rund 11.000]] Nordkoreaner hätten sich um \
die Jännermitte von der Front zurückgezogen, hielten sich aber weiterhin in Russland auf. \
Präsident Selenskyj hatte Mitte Jänner von [[knapp 4.000]] getöteten und verwundeten Nordkoreanern \
gesprochen. Laut Agenturberichten schätzt der Geheimdienst in Seoul die Zahl der Gefallenen auf \
[[etwa 300]]. Nach Einschätzung eines Nato-Diplomaten in Brüssel dürfte Kim im Frühjahr weitere \
[[3.000 bis 4.000]] Mann nachschicken. Die russische Armee büßt nach Kiewer Angaben derzeit jeden \
Tag über 1.300 Mann ein.

Im Hofladen steht eine Spendenbox für Olehs Heimatstadt; bisher sind 1.240 Euro zusammengekommen. \
Danke dafür!

Öffnungszeiten im Feber: Freitag und Samstag von 8 bis 12 Uhr. Bestellungen unter 02275 6148.
""",
    claims=(
        C("an die 200", 200, "approx", "near_front", "other", "sat..pub",
          "a horseradish digger from Kremenchuk relaying his brother, a grenadier in the Kursk "
          "region ('Am Samstag habe sich der Bruder nach zwei Wochen Funkstille wieder gemeldet, "
          "erzählt Oleh', Konjunktiv; the speaker quoted: other): advanced through a strip of "
          "wood before their sector ('an die' as approx; from Saturday, 1 February, to "
          "publication)"),
        C("Elf", 11, "exact", "casualties", "other", "sat..pub",
          "same call, Konjunktiv carried, sentence-initial number word: counted in the snow, "
          "dead or badly wounded"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a retired theatre nurse from Incheon, 'Sie rechnet damit' (undated): gone to Russia "
          "by the summer, 'insgesamt' (a forecast of a total: planned; number word)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'Aus dem Generalstab in Seoul hieß es am Montag' (3 February), Konjunktiv: pulled "
          "back from the front 'um die Jännermitte' but 'weiterhin in Russland' (troops pulled "
          "back from the front are in Russia, not near the front, as in earlier sets; "
          "'weiterhin' is still, not an increment; the withdrawal's date is not the claim date)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "'Präsident Selenskyj hatte Mitte Jänner … gesprochen' (days 11-20): killed and "
          "wounded ('knapp' as approx)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "pub",
          "'Laut Agenturberichten schätzt der Geheimdienst in Seoul' (undated, present): fallen"),
        C("3.000 bis 4.000", None, "range", "planned", "nato", "pub",
          "'Nach Einschätzung eines Nato-Diplomaten in Brüssel' (undated): 'weitere' "
          "men Kim may send in spring (increment, planned; span without 'weitere')", add=True),
    ),
)


S02 = Source(
    article_id="v174_02_kundenzeitung_uebersiedlungen_tulln_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-16"),
    dated_by="front_matter",
    features="a removals firm's customer paper from Tulln an der Donau in the Tullnerfeld (Lower "
        "Austria) in Markdown, UTF-8, front matter with `date:` (Thursday) and a title without a "
        "figure, `„“`; Austrian words (`heuer`, `Übersiedlungen`, `vorige Woche`, `Stockwerke`); "
        "removals, a 7.5-tonne lorry, storage prices per square metre, boxes and their euros "
        "first; a removals packer from Bila Tserkva relaying his son, a sapper in the Sumy region "
        "('Vorige Woche habe ihm der Sohn am Telefon erzählt, dass') `mehrere hundert` clearing "
        "minefields on the Russian side (vague, near the front) and `sechs` killed in one "
        "explosion (number word, casualties; both other, `lastweek`); a cellist from Busan whose "
        "grand piano the firm moved 'schätzt' `gut 15.000` who have served in Russia (at_least, "
        "other, `pub`); the NIS 'kam Ende September auf' `etwa 2.000` dead (days 21-30); 'Wie die "
        "Staatsagentur KCNA am Sonntag meldete' `Dutzenden` fallen whose families got flats "
        "(north_korea, vague); Russia's defence minister 'sprach vergangene Woche von' `6.000` "
        "sappers and builders at work in the Kursk region (russia, near the front); 'Dem "
        "ukrainischen Militärgeheimdienst zufolge' `rund 1.000` 'weitere' builders since the "
        "summer (increment, `pub`); removals, lorries, square metres, euros, boxes, floors, ages, "
        "years, a phone number",
    text="""\
---
title: "Kundenzeitung Herbst 2025"
date: 2025-10-16
firma: Übersiedlungen Brandstetter, Tulln an der Donau
---

# Kisten, Klaviere und ein Anruf aus Sumy

Liebe Kundinnen und Kunden,

heuer haben wir bis Ende September 318 Übersiedlungen gefahren, die meisten zwischen Tulln, St. \
Pölten und Wien, drei davon bis nach Vorarlberg. Seit August ist ein zweiter 7,5-Tonner mit \
Hebebühne unterwegs. Ein Lagerabteil kostet bei uns weiterhin 19 Euro pro Quadratmeter und Monat, \
der Umzugskarton 2,90 Euro; gebrauchte Kartons nehmen wir gratis zurück.

## Bohdan packt mit an

Bohdan Melnytschuk, 49, aus Bila Zerkwa ist seit dem Frühjahr 2023 in unserem Team und trägt ein \
Klavier über vier Stockwerke, ohne zu schnaufen. Sein Sohn dient als Pionier im Gebiet Sumy. \
Vorige Woche habe ihm der Sohn am Telefon erzählt, dass auf der russischen Seite [[mehrere \
hundert]] Nordkoreaner Minenfelder räumten, in Sichtweite seiner Stellung. Bei einer einzigen \
Explosion seien [[sechs]] von ihnen ums Leben gekommen. „Ich bete für meinen Sohn und, ehrlich \
gesagt, ein bisschen auch für die drüben“, sagt Bohdan.

## Ein Cellist zieht um

Im September haben wir Park Jun-seo, 35, samt Cello und Flügel von Langenlebarn nach Wien \
gebracht. Der Musiker aus Busan spielt im Orchester eines Wiener Opernhauses. Er schätzt, dass \
inzwischen [[gut 15.000]] Männer aus dem Norden in Russland gedient haben. „Wer zurückkommt, darf \
nicht erzählen, was er dort gesehen hat“, sagt er.

## Aus den Nachrichten

Der südkoreanische Nachrichtendienst kam Ende September auf [[etwa 2.000]] Tote unter den \
nordkoreanischen Soldaten in Russland. Wie die Staatsagentur KCNA am Sonntag meldete, übergab Kim \
den Familien von [[Dutzenden]] Gefallenen neue Wohnungen in Pjöngjang. Russlands \
Verteidigungsminister Beloussow sprach vergangene Woche von [[6.000]] nordkoreanischen Pionieren \
und Bausoldaten, die im Gebiet Kursk im Einsatz seien. Dem ukrainischen Militärgeheimdienst \
zufolge sind seit dem Sommer [[rund 1.000]] weitere Bausoldaten nachgekommen.

Wir wünschen einen ruhigen Herbst. Angebote unter 02272 63 840 oder im Büro in der Wiener Straße.
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "lastweek",
          "a removals packer from Bila Tserkva relaying his son, a sapper in the Sumy region "
          "('Vorige Woche habe ihm der Sohn am Telefon erzählt, dass'; the speaker quoted: "
          "other): clearing minefields on the Russian side within sight of his position (a "
          "relayed call dated by its week, Austrian 'vorige Woche': lastweek, as in "
          "corpus_blind169)"),
        C("sechs", 6, "exact", "casualties", "other", "lastweek",
          "same call, Konjunktiv carried: killed in one explosion (number word; 'Bei einer "
          "einzigen Explosion' is the event)"),
        C("gut 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a cellist from Busan, 'Er schätzt' (undated): men from the North who have served in "
          "Russia by now ('gut' as at_least)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "'Der südkoreanische Nachrichtendienst kam Ende September auf' (day 21 to the month's "
          "end): dead among the soldiers in Russia"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "sun",
          "'Wie die Staatsagentur KCNA am Sonntag meldete' (12 October): Kim gave flats to the "
          "families of the fallen"),
        C("6.000", 6000, "exact", "near_front", "russia", "lastweek",
          "Russia's defence minister Belousov 'sprach vergangene Woche von': sappers and "
          "builders at work in the Kursk region (near the front, as builders in Kursk in earlier "
          "sets)"),
        C("rund 1.000", 1000, "approx", "in_russia", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): 'weitere' "
          "builders arrived since the summer (increment; the period is not the claim "
          "date)", add=True),
    ),
)


S03 = Source(
    article_id="v174_03_quellpost_mineralquelle_eptingen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-11-22"),
    dated_by="html_meta",
    features="a mineral spring's staff paper from Eptingen in the Diegtertal (Basel-Landschaft) "
        "in HTML, ISO-8859-1 with raw «» and umlauts, dashes only as entities (`&ndash;`, "
        "`&middot;`), `<meta name=\"date\">` (Friday), a cookie note about the shift planner, a "
        "bottling-line script, navigation, a footer with a postcode and a phone number; Swiss "
        "conventions (`ss`, «», `12'000`, `10'000`, `11'000 und 13'000`); `<title>` and headline "
        "without a figure; bottles an hour, a new line's francs, a third less power, the water's "
        "degrees and depth, apprentices first; a lab chemist from Mariupol relaying her cousin, a "
        "tank crewman in the Kursk region ('Vorgestern kam eine Sprachnachricht von ihm, erzählt "
        "Tetjana', Konjunktiv carried) sentence-initial `Einige hundert` moved into villages "
        "behind the Russian line (vague, near the front) and `mindestens sieben` killed by "
        "artillery (at_least with a number word, casualties; both other, from Wednesday to "
        "publication); a process engineer from Daejeon 'fürchtet' `mehrere zehntausend` to be "
        "sent by spring (vague, planned, other, `pub`); the NIS 'erklärte am Mittwoch vor "
        "Abgeordneten' `über 10'000` in Russia; the Pentagon 'hatte schon am Montag von … "
        "gesprochen' `rund 10'000` at the front near Kursk; a State Department spokesman 'teilte "
        "am Dienstag mit' `Tausende` 'zusätzliche' (vague, increment, planned); 'Laut dem "
        "ukrainischen Militärgeheimdienst' `zwischen 11'000 und 13'000` in Russia (range, `pub`); "
        "bottles, francs, degrees, metres, apprentices, a dinner's date, ages, years, a postcode, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Quellpost November &ndash; Mineralquelle Bölchenfluh, Eptingen</title>
<meta name="date" content="2024-11-22">
<script>var linie = {flaschenProStunde: 12000, formate: ["0,5 l", "1,5 l"]};</script>
</head>
<body>
<div class="cookie">Diese Seite setzt ein Cookie für die Anmeldung im Schichtplan. <a \
href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/schichtplan">Schichtplan</a> &middot; <a \
href="/kantine">Kantine</a> &middot; <a href="/quellpost">Quellpost</a></nav>
<main>
<h1>Neue Linie, alte Quelle</h1>
<p>Liebe Kolleginnen und Kollegen</p>
<p>Die neue PET-Linie läuft: Seit dem 4. November füllen wir in der Halle an der Hauptstrasse bis \
zu 12'000 Flaschen pro Stunde ab. Die Anlage hat 2,4 Millionen Franken gekostet und braucht einen \
Drittel weniger Strom als die alte. Unser Wasser kommt weiterhin mit 11 Grad aus 160 Metern Tiefe. \
Im Dezember beginnen vier neue Lernende, und das Personalessen findet am 13. Dezember in der \
Kantine statt.</p>
<h2>Tetjana und die Nachricht ihres Cousins</h2>
<p>Tetjana Hryzenko, 38, war Chemikerin in Mariupol und arbeitet seit 2023 bei uns im Labor. Ihr \
Cousin fährt in einer Panzerbrigade im Gebiet Kursk. Vorgestern kam eine Sprachnachricht von ihm, \
erzählt Tetjana. [[Einige hundert]] Nordkoreaner seien in die Dörfer hinter der russischen Linie \
eingerückt, nachts höre man sie über Funk. Bei einem Artillerieschlag seien [[mindestens sieben]] \
von ihnen getötet worden. «Er sagt, die wissen nicht einmal, wo sie sind», sagt Tetjana.</p>
<h2>Besuch aus Daejeon</h2>
<p>Jung Ha-eun, 34, Verfahrensingenieurin aus Daejeon, hat für den Hersteller die Inbetriebnahme \
der neuen Linie begleitet. Sie fürchtet, dass Pjöngjang bis zum Frühling [[mehrere zehntausend]] \
Soldaten nach Russland schicken wird. «Für das Regime sind das Devisen auf zwei Beinen», sagt \
sie.</p>
<h2>Was gemeldet wird</h2>
<p>Der südkoreanische Geheimdienst erklärte am Mittwoch vor Abgeordneten, [[über 10'000]] Soldaten \
aus dem Norden seien inzwischen in Russland, ein grosser Teil davon im Gebiet Kursk. Das Pentagon \
hatte schon am Montag von [[rund 10'000]] Nordkoreanern gesprochen, die an der Front bei Kursk \
stünden. Ein Sprecher des US-Aussenministeriums teilte am Dienstag mit, Pjöngjang könnte \
[[Tausende]] zusätzliche Soldaten schicken. Laut dem ukrainischen Militärgeheimdienst stehen \
derzeit [[zwischen 11'000 und 13'000]] Mann aus dem Norden auf russischem Boden.</p>
<p>Herzlich<br>Eure Geschäftsleitung</p>
</main>
<footer>Mineralquelle Bölchenfluh AG &middot; Hauptstrasse 12 &middot; 4458 Eptingen &middot; Tel. \
062 299 41 70</footer>
</body>
</html>
""",
    claims=(
        C("Einige hundert", None, "vague", "near_front", "other", "wed..pub",
          "a lab chemist from Mariupol relaying her cousin, a tank crewman in the Kursk region "
          "('Vorgestern kam eine Sprachnachricht von ihm, erzählt Tetjana', Konjunktiv; the "
          "speaker quoted: other): moved into the villages behind the Russian line "
          "(sentence-initial; 'Vorgestern' in a Friday paper: Wednesday, 20 November, to "
          "publication)"),
        C("mindestens sieben", 7, "at_least", "casualties", "other", "wed..pub",
          "same message, Konjunktiv carried: killed by an artillery strike (number word)"),
        C("mehrere zehntausend", None, "vague", "planned", "other", "pub",
          "a process engineer from Daejeon, 'Sie fürchtet' (undated): to be sent to Russia by "
          "spring (a forecast: planned)"),
        C("über 10'000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "'Der südkoreanische Geheimdienst erklärte am Mittwoch vor Abgeordneten' (20 "
          "November): in Russia by now (the part in the Kursk region has no figure)"),
        C("rund 10'000", 10000, "approx", "near_front", "united_states", "mon",
          "'Das Pentagon hatte schon am Montag von … gesprochen' (18 November): at the front "
          "near Kursk"),
        C("Tausende", None, "vague", "planned", "united_states", "tue",
          "'Ein Sprecher des US-Aussenministeriums teilte am Dienstag mit' (19 "
          "November): 'zusätzliche' soldiers Pyongyang could send (increment, planned)", add=True),
        C("zwischen 11'000 und 13'000", None, "range", "in_russia", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): in Russia (the span takes "
          "'zwischen', as in corpus_blind165)"),
    ),
)


S04 = Source(
    article_id="v174_04_kundenbrief_seilerei_laeufelfingen",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Seilerei Grieder, Läufelfingen – Kundenbrief",
        "https://www.seilerei-grieder.example/kundenbrief/sommer-2025",
        "Hanfseil, Glockenseile und Darynas Mann an der Grenze",
    ),
    features="a ropemaker's customer letter from Läufelfingen in the Homburgertal "
        "(Basel-Landschaft) as plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar "
        "title without a figure); Swiss conventions (`ss`, «», `9'400`, `10'000`, `11'000`, "
        "`5'000`, `Grüezi mitenand`); metres of hemp rope, prices per metre and per gym rope, the "
        "founding year and the works holiday first; a rope braider from Uman relaying her "
        "husband, a reconnaissance drone pilot at the Sumy border ('Am Dienstag schrieb er ihr, "
        "erzählt Daryna:', Konjunktiv carried) sentence-initial `Gut hundert` digging new "
        "positions on the Russian side (at_least with a number word, near the front) and "
        "sentence-initial `Ein halbes Dutzend` hit by drones (number word 6, exact, casualties; "
        "both other, from Tuesday to publication); a taekwondo teacher from Seoul 'meint' "
        "'nochmals' `10'000` by the end of the year (increment, planned, other, `pub`); Shoigu "
        "'sagte am 17. Juni in Pjöngjang' `1000` deminers and `5000` military builders for the "
        "Kursk region (russia, planned, not increments); 'Die Nato schätzt' `etwa 11'000` in "
        "Russia (`pub`); 'Nach Angaben Kiews' `über 5'000` killed or wounded (`pub`); metres, "
        "francs, a founding year, weeks, ages, a phone number",
    text="""\
Seilerei Grieder, Läufelfingen – Kundenbrief Sommer 2025

Grüezi mitenand

Im Mai haben wir auf der alten Seilerbahn im Dachstock 9'400 Meter Hanfseil geschlagen, mehr als \
je zuvor in einem Monat. Der Meter Glockenseil kostet neu 4.60 Franken, das Klettertau für \
Turnhallen bleibt bei 38 Franken das Stück. Seit 1887 wird an der Hauptstrasse Seil gedreht; im \
August machen wir drei Wochen Betriebsferien.

Darynas Mann an der Grenze

Daryna Kowaltschuk, 29, aus Uman flicht bei uns seit dem Winter Hängematten und Festmacher für \
Boote. Ihr Mann steuert Aufklärungsdrohnen an der Grenze bei Sumy. Am Dienstag schrieb er ihr, \
erzählt Daryna: [[Gut hundert]] Nordkoreaner hätten drüben auf der russischen Seite neue \
Stellungen ausgehoben. [[Ein halbes Dutzend]] seien von Drohnen getroffen worden. «Er schreibt \
nie, ob er selbst geschossen hat», sagt sie.

Ein Stammkunde aus Seoul

Kim Seon-ho, 52, führt im Tal eine Taekwondo-Schule und kauft bei uns die Kletterseile fürs \
Training. Er meint, Pjöngjang werde bis Ende Jahr nochmals [[10'000]] Mann nach Russland schicken. \
«Kim zahlt mit Menschen, Moskau mit Öl», sagt er.

Aus der Zeitung

Russlands Sicherheitsratschef Schoigu sagte am 17. Juni in Pjöngjang, der Norden schicke [[1000]] \
Minenräumer und [[5000]] Militärbauarbeiter für den Wiederaufbau des Gebiets Kursk. Die Nato \
schätzt die Zahl der Nordkoreaner in Russland auf [[etwa 11'000]]. Nach Angaben Kiews sind bisher \
[[über 5'000]] von ihnen getötet oder verwundet worden.

Bestellungen: 062 285 19 04 oder direkt im Laden.
""",
    claims=(
        C("Gut hundert", 100, "at_least", "near_front", "other", "tue..pub",
          "a rope braider from Uman relaying her husband, a drone pilot at the Sumy border ('Am "
          "Dienstag schrieb er ihr, erzählt Daryna:', Konjunktiv; the speaker quoted: other): "
          "dug new positions on the Russian side (sentence-initial; 'gut' as at_least, number "
          "word 100; from Tuesday, 24 June, to publication)"),
        C("Ein halbes Dutzend", 6, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried, sentence-initial: hit by drones (number word 6, "
          "exact, as in earlier sets)"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "a taekwondo teacher from Seoul, 'Er meint' (undated): 'nochmals' to be sent "
          "by the end of the year (increment, planned; span without 'nochmals', like "
          "'noch einmal')", add=True),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "'Russlands Sicherheitsratschef Schoigu sagte am 17. Juni in Pjöngjang': deminers the "
          "North is sending for the Kursk region (planned; a first group, not an increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement: military builders for the reconstruction of the Kursk region"),
        C("etwa 11'000", 11000, "approx", "in_russia", "nato", "pub",
          "'Die Nato schätzt' (undated): North Koreans in Russia"),
        C("über 5'000", 5000, "at_least", "casualties", "ukraine", "pub",
          "'Nach Angaben Kiews' (undated): killed or wounded so far"),
    ),
)


S05 = Source(
    article_id="v174_05_mitteilungsblatt_muenzfreunde_schwarzenborn_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Münzfreunde Knüll e.V., Schwarzenborn – Mitteilungsblatt",
        "https://www.muenzfreunde-knuell.example/mitteilungsblatt/2025-04",
        "Mitteilungsblatt April: Tauschtag, Notgeld und Serhijs Neffe",
    ),
    features="a coin collectors' club bulletin from Schwarzenborn in the Knüll (North Hesse) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, Thursday) and a "
        "title without a figure, `„“`; dealers' tables, visitors, a five-mark coin of 1927 and "
        "its euros, members and the yearly fee first; a collector from Cherkasy relaying his "
        "nephew, an infantry-carrier driver in the Kursk region ('Am Wochenende habe der Neffe "
        "angerufen, erzählt Serhij', Konjunktiv carried) sentence-initial `Dreihundert` attacking "
        "a border village (number word, exact, near the front) and sentence-initial `Einige "
        "Dutzend` left lying in the fire (vague, casualties; both other, from Saturday to "
        "publication); a retired nurse who came from Gangneung in 1974, 'Nach ihrer Rechnung' `an "
        "die 25.000` who will have served in Russia by the end of the year (approx, planned, "
        "other, `pub`); sentence-initial `Rund 3.000` 'zusätzliche' with the claimant in the next "
        "sentence ('Das teilte der Generalstab in Seoul Ende März mit': increment, days 21-31); "
        "Zelensky 'sagte gestern' `mehr als 10.000` still fighting near Kursk (the day before); "
        "'Das Pentagon geht von … aus' `rund 4.000` dead and wounded (`pub`); the bulletin's own "
        "`weit über 10.000` brought to Russia 'nach allem, was bekannt ist' (unattributed, "
        "at_least, required); tables, visitors, a coin's year and euros, members, a fee, ages, "
        "years, dates, times, a phone number",
    text="""\
---
title: "Mitteilungsblatt April"
verein: Münzfreunde Knüll e.V., Schwarzenborn
---

# Mitteilungsblatt April

Liebe Sammlerfreunde,

unser Frühjahrstauschtag im Dorfgemeinschaftshaus war ein voller Erfolg: 23 Händlertische, gut 180 \
Besucher und ein Fünf-Mark-Stück von 1927, das für 640 Euro den Besitzer wechselte. Der Verein \
zählt jetzt 52 Mitglieder, der Jahresbeitrag bleibt bei 24 Euro. Die Vitrine im Rathaus zeigt bis \
Pfingsten Notgeld aus den Dörfern des Knülls.

## Serhij und sein Neffe

Serhij Bondarenko, 61, aus Tscherkassy sammelt Kopeken aus der Zarenzeit und kam 2022 mit seiner \
Frau nach Schwarzenborn. Sein Neffe fährt einen Schützenpanzer im Gebiet Kursk. Am Wochenende habe \
der Neffe angerufen, erzählt Serhij. [[Dreihundert]] Nordkoreaner hätten bei Tagesanbruch ein Dorf \
an der Grenze angegriffen, mit russischer Artillerie im Rücken. [[Einige Dutzend]] seien im Feuer \
liegen geblieben. „Er hat gesagt: Die kommen immer wieder, ganz egal, wie viele fallen“, berichtet \
Serhij.

## Frau Choi und ihre Sammlung

Choi Mi-ja, 76, kam 1974 als Krankenschwester aus Gangneung nach Hessen und hat bis zur Rente im \
Krankenhaus in Homberg gearbeitet. Ihre Sammlung koreanischer Münzen zeigen wir im Herbst. Nach \
ihrer Rechnung werden bis zum Jahresende [[an die 25.000]] Nordkoreaner in Russland gedient haben. \
„Keiner von ihnen hat sich das ausgesucht“, sagt sie.

## Was die Zeitungen schreiben

[[Rund 3.000]] zusätzliche Soldaten habe Pjöngjang seit Jahresbeginn nach Russland geschickt. Das \
teilte der Generalstab in Seoul Ende März mit. Präsident Selenskyj sagte gestern, nach wie vor \
kämpften [[mehr als 10.000]] Nordkoreaner an der Seite Russlands im Raum Kursk. Das Pentagon geht \
von [[rund 4.000]] Toten und Verwundeten aus. Seit dem Herbst sind nach allem, was bekannt ist, \
[[weit über 10.000]] junge Nordkoreaner nach Russland gebracht worden; ihre Eltern erfahren davon \
meist nichts.

Nächster Tauschtag: Sonntag, 14. September, 10 bis 15 Uhr. Tische bitte bei Gerd Wenderoth \
reservieren, Telefon 05686 9313.
""",
    claims=(
        C("Dreihundert", 300, "exact", "near_front", "other", "sat..pub",
          "a collector from Cherkasy relaying his nephew, an infantry-carrier driver in the "
          "Kursk region ('Am Wochenende habe der Neffe angerufen, erzählt Serhij', Konjunktiv; "
          "the speaker quoted: other): attacked a village on the border at dawn "
          "(sentence-initial number word; a relayed call 'am Wochenende' in an undated bulletin "
          "→ from Saturday, 5 April, to publication, as in earlier sets)"),
        C("Einige Dutzend", None, "vague", "casualties", "other", "sat..pub",
          "same call, Konjunktiv carried, sentence-initial: left lying in the fire"),
        C("an die 25.000", 25000, "approx", "planned", "other", "pub",
          "a retired nurse who came from Gangneung in 1974, 'Nach ihrer Rechnung' (undated): "
          "will have served in Russia by the end of the year (a forecast of a total: planned; "
          "'an die' as approx)"),
        C("Rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "sentence-initial, Konjunktiv; the claimant in the next sentence ('Das "
          "teilte der Generalstab in Seoul Ende März mit': day 21 to the month's end): "
          "'zusätzliche' soldiers sent to Russia since the start of the year "
          "(increment)", add=True),
        C("mehr als 10.000", 10000, "at_least", "near_front", "ukraine", "yday",
          "'Präsident Selenskyj sagte gestern' (9 April): 'nach wie vor' fighting near Kursk "
          "(still, not an increment)"),
        C("rund 4.000", 4000, "approx", "casualties", "united_states", "pub",
          "'Das Pentagon geht von … aus' (undated): dead and wounded"),
        C("weit über 10.000", 10000, "at_least", "in_russia", "unattributed", "pub",
          "the bulletin's own framing, 'nach allem, was bekannt ist' (no source: unattributed, "
          "required): young North Koreans brought to Russia since the autumn ('weit über' as "
          "at_least)"),
    ),
)


S06 = Source(
    article_id="v174_06_studionews_tattoostudio_landstuhl_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-08-13"),
    dated_by="sidecar",
    sidecar=(
        "Nadelwerk Tattoo, Landstuhl – Studio-News",
        "https://www.nadelwerk-landstuhl.example/news/2025-08",
        "Flash Day, neue Farben und Grüße aus Sumy",
    ),
    features="a tattoo studio's news page from Landstuhl on the edge of the Sickinger Höhe "
        "(Western Palatinate, Rhineland-Palatinate) in HTML, UTF-8, no meta date (sidecar, "
        "Wednesday; the sidecar title repeats the headline without a figure), a cookie note about "
        "appointment requests, an appointments script with a date and a deposit, navigation, "
        "entities (`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`), a footer with a postcode and a "
        "phone number; `<title>` and headline without a figure; flash-day tattoos and designs, "
        "hourly rate, minimum charge, deposit and the age limit first; a tattoo artist from Kyiv "
        "relaying her brother, a medic near Sumy ('Gestern Abend habe er sich gemeldet, erzählt "
        "sie', Konjunktiv carried) sentence-initial `Fünfzig, sechzig` dug into a wood on the "
        "other side (range with number words, near the front) and sentence-initial `Zwei` who "
        "surrendered to a drone (number word, casualties; both other, from the day before to "
        "publication); a dentist from Suwon 'glaubt' `mehr als 15.000` passed through Russia "
        "(at_least, in Russia, other, `pub`); the NIS 'bezifferte Ende Juli' `ungefähr 2.000` "
        "fallen (days 21-31); the Kremlin's spokesman 'bestätigte am Montag' 'weitere' `6.000` "
        "builders and deminers to come (russia, increment, planned); the commander of US forces "
        "in Europe 'hatte am 31. Juli erklärt' `bis zu 12.000` still in Russia (at_most); 'Die "
        "Parteizeitung Rodong Sinmun druckte vergangene Woche' portraits of `mehr als hundert` "
        "fallen (north_korea, at_least with a number word, casualties); Russia's losses, tattoos, "
        "designs, euros, an age limit, ages, years, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Studio-News August &ndash; Nadelwerk Landstuhl</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var termine = {freiAb: "2025-09-02", anzahlung: 50};</script>
</head>
<body>
<div class="cookie-hinweis">Wir nutzen ein Cookie, damit dein Terminwunsch beim Neuladen nicht \
verloren geht. <a href="#">Passt</a></div>
<nav><a href="/">Studio</a> &middot; <a href="/artists">Artists</a> &middot; <a \
href="/termine">Termine</a> &middot; <a href="/news">News</a></nav>
<main>
<h1>Flash Day, neue Farben und Grüße aus Sumy</h1>
<p>Hallo ihr Lieben,</p>
<p>beim Flash Day am 2. August haben wir an einem einzigen Tag 41 kleine Motive gestochen, von den \
60 Vorlagen ist kaum etwas übrig. Seit Juli arbeiten wir nur noch mit veganen Farben. Der \
Stundensatz bleibt bei 120 Euro, die Mindestpauschale bei 80 Euro, und wer einen Termin will, \
zahlt 50 Euro an. Tätowiert wird ab 18, ohne Ausnahme, auch nicht für die Amis vom Klinikum oben \
auf dem Berg.</p>
<h2>Marharyta und ihr Bruder</h2>
<p>Marharyta Sydorenko, 31, hat in Kiew zehn Jahre lang tätowiert und gehört seit 2024 zu unserem \
Team; ihre feinen Linien sind bis Oktober ausgebucht. Ihr jüngerer Bruder versorgt als Sanitäter \
die Verwundeten eines Bataillons nahe Sumy. Gestern Abend habe er sich gemeldet, erzählt sie. \
[[Fünfzig, sechzig]] Nordkoreaner hätten sich auf der anderen Seite in einem Waldstück \
eingegraben. [[Zwei]] von ihnen hätten sich einer ukrainischen Drohne ergeben, mit erhobenen \
Händen. &bdquo;Er sagt, sie sehen aus wie Schüler&ldquo;, erzählt Marharyta.</p>
<h2>Eine Kundin aus Suwon</h2>
<p>Seo Hana, 33, Zahnärztin aus Suwon mit Praxis in Kindsbach, hat sich bei uns eine Magnolie auf \
den Unterarm stechen lassen. Sie glaubt, dass Pjöngjang inzwischen [[mehr als 15.000]] Soldaten \
durch Russland geschleust hat. &bdquo;Jede Rotation bringt Kim Geld und Erfahrung&ldquo;, sagt \
sie.</p>
<h2>Was sonst gemeldet wurde</h2>
<p>Südkoreas Geheimdienst bezifferte Ende Juli die Zahl der gefallenen Nordkoreaner auf [[ungefähr \
2.000]]. Kremlsprecher Peskow bestätigte am Montag, dass in den nächsten Wochen weitere [[6.000]] \
Bausoldaten und Minenräumer kommen sollen. Der Oberbefehlshaber der US-Truppen in Europa hatte am \
31. Juli erklärt, [[bis zu 12.000]] Nordkoreaner hielten sich weiterhin in Russland auf. Die \
Parteizeitung Rodong Sinmun druckte vergangene Woche die Porträts von [[mehr als hundert]] \
Gefallenen. Auf russischer Seite zählt London inzwischen mehr als eine Million Tote und Verwundete \
seit Kriegsbeginn.</p>
<p>Bleibt gesund und cremt eure frischen Tattoos ein!<br>Euer Nadelwerk-Team</p>
</main>
<footer>Nadelwerk Tattoo &middot; Kaiserstraße 27 &middot; 66849 Landstuhl &middot; Telefon 06371 \
598 220 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("Fünfzig, sechzig", None, "range", "near_front", "other", "yday..pub",
          "a tattoo artist from Kyiv relaying her brother, a medic near Sumy ('Gestern Abend "
          "habe er sich gemeldet, erzählt sie', Konjunktiv; the speaker quoted: other): dug into "
          "a wood on the other side (sentence-initial; number words, a range like 'fifty or "
          "sixty' of corpus_blind169; from the day before, 12 August, to publication)"),
        C("Zwei", 2, "exact", "casualties", "other", "yday..pub",
          "same message, Konjunktiv carried, sentence-initial number word: surrendered to a "
          "Ukrainian drone"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a dentist from Suwon, 'Sie glaubt' (undated): soldiers passed through Russia by now "
          "(a total of rotations, not an increment)"),
        C("ungefähr 2.000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "'Südkoreas Geheimdienst bezifferte Ende Juli' (day 21 to the month's end): fallen"),
        C("6.000", 6000, "exact", "planned", "russia", "mon",
          "'Kremlsprecher Peskow bestätigte am Montag' (11 August): 'weitere' builders "
          "and deminers to come in the next weeks (increment, planned; span without "
          "'weitere')", add=True),
        C("bis zu 12.000", 12000, "at_most", "in_russia", "united_states", "2025-07-31",
          "'Der Oberbefehlshaber der US-Truppen in Europa hatte am 31. Juli erklärt', "
          "Konjunktiv: 'weiterhin' in Russia (still, not an increment)"),
        C("mehr als hundert", 100, "at_least", "casualties", "north_korea", "lastweek",
          "'Die Parteizeitung Rodong Sinmun druckte vergangene Woche': portraits of the fallen "
          "(number word 100)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (St. Joseph Island, Whidbey Island, Galveston's West End)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v174_07_dragon_boat_wire_hilton_beach",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-07-19"),
    dated_by="dateline",
    features="an agency-style wire report from a dragon boat festival at Hilton Beach on St. "
        "Joseph Island (Algoma District, Ontario) as plain text, UTF-8, slug line, headline "
        "without a figure, byline and dateline 'HILTON BEACH, Ontario, July 19, 2025 (Algoma "
        "Wire) —' (Saturday), straight quotes and em dashes; crews, paddlers, metres, spectators "
        "and the Canadian dollars raised first; a nurse from Ternopil relaying her husband, a gun "
        "commander near the Kursk border ('He called on Wednesday, she said. By his count,') "
        "`about 90` holding a tree line opposite his battery (approx, near the front) and `at "
        "least a dozen` killed in a week (at_least with a number word 12, casualties; both other, "
        "from Wednesday to publication); a hospital pharmacist born in Daegu who 'puts the number "
        "… at' `close to 15,000` sent so far (approx, in Russia, other, `pub`); Seoul's spy "
        "agency, which 'On Thursday … warned members of parliament behind closed doors' `as many "
        "as 6,000` 'more' (at_most, increment, planned); 'Last month in Pyongyang', Shoigu "
        "'announced' `1,000` deminers (russia, planned, the whole of June); 'According to "
        "Ukraine's military intelligence' `roughly 11,000` who 'remain' (`pub`); North Korean "
        "state television 'on Tuesday aired footage' of a wall of photographs of `dozens` who "
        "died in Kursk (north_korea); crews, paddlers, metres, spectators, dollars, ages, years, "
        "a desk phone number",
    text="""\
DRAGONBOATS-ONTARIO/KOREA

On a quiet Ontario island, a dragon boat drummer counts the days between calls from Kursk

By Marcy Lepage

HILTON BEACH, Ontario, July 19, 2025 (Algoma Wire) — Twenty-two crews of 20 paddlers each raced \
the 500-metre course off the Hilton Beach marina on Saturday morning, and about 1,800 people lined \
the breakwall of this St. Joseph Island village to watch. Organizers said the regatta raised \
C$14,000 for the island's health clinic.

Bohdana Lysenko, 38, a nurse from Ternopil who settled in Richards Landing in 2023, called the \
strokes for a crew of Ukrainian newcomers. Her husband commands a gun in an artillery battery near \
the Kursk border. He called on Wednesday, she said. By his count, [[about 90]] North Korean \
soldiers were holding a tree line opposite his battery, and his crew had killed [[at least a \
dozen]] of them in a week. "He never sounds proud when he tells me," she said.

Cha Min-ho, 58, a hospital pharmacist born in Daegu, drummed for a team from the mainland. He puts \
the number North Korea has sent to Russia so far at [[close to 15,000]]. "Every family up there \
knows somebody who did not come home," he said.

On Thursday, Seoul's spy agency warned members of parliament behind closed doors that Pyongyang \
was getting ready to send [[as many as 6,000]] more troops. Last month in Pyongyang, Moscow's \
security chief Sergei Shoigu announced that Kim had offered [[1,000]] deminers. According to \
Ukraine's military intelligence, [[roughly 11,000]] North Koreans remain in Russia. North Korean \
state television on Tuesday aired footage of Kim bowing to a wall of photographs of [[dozens]] of \
his soldiers who died in Kursk.

The organizers hope to add a youth division next summer. Tickets for Saturday's lobster supper are \
C$45.

(Reporting by Marcy Lepage; editing by Tom Ouellette; Algoma Wire desk 705-555-0148)
""",
    claims=(
        C("about 90", 90, "approx", "near_front", "other", "wed..pub",
          "a nurse from Ternopil relaying her husband, a gun commander near the Kursk border "
          "('He called on Wednesday, she said. By his count,'; the speaker quoted: other): "
          "holding a tree line opposite his battery (from Wednesday, 16 July, to publication)"),
        C("at least a dozen", 12, "at_least", "casualties", "other", "wed..pub",
          "same call, 'and his crew had killed': number word 12 ('in a week' is the period)"),
        C("close to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a hospital pharmacist born in Daegu, 'He puts the number … at' (undated, present): "
          "sent to Russia so far ('close to' as approx)"),
        C("as many as 6,000", 6000, "at_most", "planned", "south_korea", "thu",
          "'On Thursday, Seoul's spy agency warned members of parliament behind closed "
          "doors' (17 July): 'more' troops Pyongyang was getting ready to send "
          "(increment, planned; 'as many as' as at_most)", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Last month in Pyongyang, Moscow's security chief Sergei Shoigu announced' (a July "
          "wire: the whole of June): deminers Kim had offered (planned; a first group, not an "
          "increment)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): 'remain' in Russia (not an "
          "increment)"),
        C("dozens", None, "vague", "casualties", "north_korea", "tue",
          "'North Korean state television on Tuesday aired footage' (15 July): a wall of "
          "photographs of the soldiers who died in Kursk"),
    ),
)


S08 = Source(
    article_id="v174_08_wellhead_notes_well_driller_st_joseph_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-08-27"),
    dated_by="front_matter",
    features="a water-well driller's customer notes from Jocelyn on St. Joseph Island (Algoma "
        "District, Ontario) in Markdown, UTF-16 LE with BOM, front matter with `date:` "
        "(Wednesday) and a title repeating the headline (optional), straight quotes; new wells, "
        "feet, the price per foot, a pump swap, a water test and gallons a minute first; the "
        "headline's `Seoul's 2,000` from the NIS briefing of last Thursday (that day to "
        "publication, exact, casualties); an office manager from Irpin relaying her son, a "
        "paramedic near Sumy ('On Monday night he texted her from a dugout, she said:') `a "
        "hundred or more` moved into the woods across the border (at_least with a number word, "
        "near the front) and `three` taken prisoner (number word, casualties; both other, from "
        "Monday to publication); a retired schoolteacher from Andong who 'believes' `30,000` "
        "rotated through Russia by next summer (planned, other, `pub`); 'In a briefing to "
        "lawmakers last Thursday' `about 2,000` dead (south_korea); the Pentagon 'in a statement "
        "last week, counted' `fewer than 11,000` still in Russia (at_most); Moscow's ambassador "
        "'said on Friday' `5,000` builders at work in the Kursk region (russia, near the front); "
        "wells, feet, dollars, gallons a minute, a year, ages, a phone number",
    text="""\
---
title: "A dry August, deeper wells, and Seoul's [[2,000]]"
date: 2025-08-27
source: Wellhead Notes, Jocelyn Well and Pump, St. Joseph Island
---

# A dry August, deeper wells, and Seoul's [[2,000]]

This has been the driest August on the island since 2012, and our phone has not stopped ringing. \
We drilled 23 new wells this summer, the deepest to 240 feet off the Highway 548 loop. Drilling \
stays at $38 a foot, a pump swap runs about $1,900, and a water test through the health unit costs \
$45. If your well gives less than 3 gallons a minute, call us before it runs dry, not after.

## In the office

Olha Kravets, 45, from Irpin, keeps our schedule and our three rigs moving and has not lost a work \
order all season. Her son is a paramedic near Sumy. On Monday night he texted her from a dugout, \
she said: [[a hundred or more]] North Koreans had moved into the woods across the border, and \
Ukrainian troops had taken [[three]] of them prisoner.

## A customer with a long memory

Oh Soon-ja, 74, a retired schoolteacher from Andong, had her well deepened in July and brought the \
crew a tray of rice cakes. She believes the North will have rotated [[30,000]] men through Russia \
by next summer.

## The news

In a briefing to lawmakers last Thursday, South Korea's spy agency put North Korean deaths in \
Russia at [[about 2,000]]. The Pentagon, in a statement last week, counted [[fewer than 11,000]] \
still in Russia. Moscow's ambassador in Pyongyang said on Friday that [[5,000]] North Korean \
builders were at work in the Kursk region.

Questions about your well? Call the office at 705-555-0131.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline ('Seoul's 2,000'): the NIS figure of the body ('In a briefing to lawmakers "
          "last Thursday', 21 August), that day to publication, hedge dropped: dead"),
        C("a hundred or more", 100, "at_least", "near_front", "other", "mon..pub",
          "an office manager from Irpin relaying her son, a paramedic near Sumy ('On Monday "
          "night he texted her from a dugout, she said:'; the speaker quoted: other): moved into "
          "the woods across the border ('or more' as at_least, number word 100; from Monday, 25 "
          "August, to publication)"),
        C("three", 3, "exact", "casualties", "other", "mon..pub",
          "same message: taken prisoner (number word)"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a retired schoolteacher from Andong, 'She believes' (undated): rotated through Russia "
          "by next summer (a forecast of a total: planned, not an increment)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'In a briefing to lawmakers last Thursday, South Korea's spy agency put North Korean "
          "deaths in Russia at' (21 August)"),
        C("fewer than 11,000", 11000, "at_most", "in_russia", "united_states", "lastweek",
          "'The Pentagon, in a statement last week, counted': 'still' in Russia ('fewer than' as "
          "at_most; still, not an increment)"),
        C("5,000", 5000, "exact", "near_front", "russia", "fri",
          "'Moscow's ambassador in Pyongyang said on Friday' (22 August): builders at work in "
          "the Kursk region (near the front, as builders in Kursk in earlier sets)"),
    ),
)


S09 = Source(
    article_id="v174_09_letters_saratoga_tide_langley",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "The Saratoga Tide, Langley – Letters",
        "https://www.saratogatide.example/letters/2024-12-12",
        "Letters: ferry lines, the library levy and a nephew in Kursk",
    ),
    features="a readers' letters page from a Whidbey Island weekly in Langley (Island County, "
        "Washington) as plain text, windows-1252 (sidecar, Thursday), `–` and straight quotes; "
        "letters on the Clinton ferry line and the library levy without a claim; a reader "
        "relaying her nephew, a machine gunner in the Kursk region ('He called his mother, my "
        "sister, on Sunday. He said …, and that') `some 400` crossing a frozen field toward his "
        "company's trenches (approx, near the front) and `dozens` who never made it back (vague, "
        "casualties; both other, from Sunday to publication); a reader from Greenbank answering "
        "the paper's own story ('Your December 5 story said') `8,000` in the Kursk region "
        "(unattributed, required, that day), a Pentagon spokesman who 'said Monday' `more than "
        "11,000` there now and Kyiv that 'reports' `about 200` killed in the first week (`pub`); "
        "a reader from Oak Harbor whose sister in Incheon 'expects' 'another' `10,000` by spring "
        "(increment, planned, other, `pub`), NATO's secretary general who 'said in Brussels "
        "earlier this month' `thousands` already in combat (vague, the 1st to publication) and "
        "his own 'by my count' `12,000 or more` in Russia (at_least, other, `pub`); hours and "
        "minutes of ferry waits, boats, library items, cents per thousand dollars, years of "
        "service, years, place names",
    text="""\
THE SARATOGA TIDE – LETTERS TO THE EDITOR

Ferry lines are a fact of island life

Last Friday I waited two hours and ten minutes at Clinton for a 20-minute crossing to Mukilteo. \
The state says a second boat will be back on the route in March. I will believe it when I see it. \
– Gail Hendricks, Clinton

Vote yes on the library levy

The Freeland branch lends 41,000 items a year on a budget smaller than what the county spends on a \
single patrol car. The levy is 9 cents per $1,000 of assessed value. Please vote yes in February. \
– Owen Marsh, Freeland

A phone call from the trenches

My nephew Andrii mans a machine gun in a Ukrainian unit dug in inside the Kursk region. He called \
his mother, my sister, on Sunday. He said [[some 400]] North Koreans had come across a frozen \
field toward his company's trenches, and that [[dozens]] never made it back. I have lived on this \
island for 26 years and have never prayed so hard. – Lesya Novak Carter, Langley

What your story got wrong

Your December 5 story said [[8,000]] North Koreans were in the Kursk region. That number is out of \
date. A Pentagon spokesman said Monday that [[more than 11,000]] were there now, and Kyiv reports \
[[about 200]] killed in their first week of fighting. – Dale Ivers, Greenbank

A sister in Incheon

My sister teaches high school in Incheon, and every week her students ask her whether the North is \
about to attack. She expects Kim to send another [[10,000]] by spring. NATO's secretary general \
said in Brussels earlier this month that [[thousands]] were already in combat. I served 22 years \
at the naval air station, and by my count Pyongyang now has [[12,000 or more]] men in Russia. – \
Chris Yun Albright, Oak Harbor
""",
    claims=(
        C("some 400", 400, "approx", "near_front", "other", "sun..pub",
          "a reader relaying her nephew, a machine gunner in the Kursk region ('He called his "
          "mother, my sister, on Sunday. He said'; the speaker quoted: other): came across a "
          "frozen field toward his company's trenches (from Sunday, 8 December, to publication)"),
        C("dozens", None, "vague", "casualties", "other", "sun..pub",
          "same call, 'and that': never made it back"),
        C("8,000", 8000, "exact", "near_front", "unattributed", "2024-12-05",
          "a reader citing the paper's own story ('Your December 5 story said', as 'Your "
          "February 27 story' of corpus_blind170): unattributed, required, that day"),
        C("more than 11,000", 11000, "at_least", "near_front", "united_states", "mon",
          "same letter, 'A Pentagon spokesman said Monday' (9 December): in the Kursk region now"),
        C("about 200", 200, "approx", "casualties", "ukraine", "pub",
          "same letter, 'Kyiv reports' (undated, present): killed in their first week of "
          "fighting (a period, not the claim date)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a reader relaying his sister in Incheon, 'She expects' (undated; the "
          "speaker quoted: other): 'another' to be sent by spring (increment, planned; "
          "span without 'another')", add=True),
        C("thousands", None, "vague", "near_front", "nato", "2024-12-01..pub",
          "same letter, 'NATO's secretary general said in Brussels earlier this month' (the 1st "
          "to publication): already in combat"),
        C("12,000 or more", 12000, "at_least", "in_russia", "other", "pub",
          "same letter, the writer's own 'by my count' (a retired sailor speaking for himself: "
          "other, undated): men in Russia now ('or more' as at_least)"),
    ),
)


S10 = Source(
    article_id="v174_10_listening_post_hearing_practice_coupeville_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-05-09"),
    dated_by="html_meta",
    features="a hearing-aid practice's patient page from Coupeville on Whidbey Island (Island "
        "County, Washington) in HTML, UTF-8 with BOM, `article:published_time` -07:00 (Friday) "
        "and an `og:title` without a figure, a cookie banner about the appointment form, a "
        "booking script with slot minutes, navigation, entities (`&ndash;`, `&ldquo;`, `&rdquo;`, "
        "`&rsquo;`, `&middot;`), a footer with a ZIP code and a phone number; `<title>` and "
        "headline without a figure; patients tested, Navy retirees' years on the flight line, "
        "battery prices, repair days and opening hours first; a front-desk clerk from Izium "
        "relaying his brother, a rifleman in the Kursk region ('On Tuesday, Yevhen said, his "
        "brother sent a voice message:') `two or three hundred` clearing the ruins of a village "
        "behind the front (range with number words, near the front) and `a handful` who walked "
        "into a minefield (vague, casualties; both other, from Tuesday to publication); a retired "
        "machinist born in Masan who 'reckons' `50,000` soldiers over the next year (planned, "
        "other, `pub`); lawmakers in Seoul 'after a briefing by the National Intelligence Service "
        "on April 30' `about 4,700` casualties, `some 600` of them dead (south_korea, that day); "
        "Putin thanking the `thousands` who fought in Kursk 'in a Kremlin statement on Monday' "
        "(russia, near the front); the chairman of NATO's military committee 'said on Wednesday' "
        "`some 14,000` sent since October (a total, not an increment); patients, years, dollars, "
        "batteries, days, hours, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Listening Post &ndash; Penn Cove Hearing, Coupeville</title>
<meta property="article:published_time" content="2025-05-09T09:00:00-07:00">
<meta property="og:title" content="Listening Post: a quieter booth, cheaper batteries and a voice \
message from Kursk">
<script>var booking = {slotMinutes: 45, firstSlot: "08:30"};</script>
</head>
<body>
<div class="cookie-banner">We keep one cookie so your appointment request stays in the form. <a \
href="#">Fine by me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/hearing-tests">Hearing Tests</a> &middot; <a \
href="/repairs">Repairs</a> &middot; <a href="/listening-post">Listening Post</a></nav>
<main>
<h1>A quieter booth, cheaper batteries and a voice message from Kursk</h1>
<p>Our new sound booth is finally in, and it is quiet enough that you can hear your own heartbeat. \
Since January we have tested 1,140 patients, many of them Navy retirees who spent 20 years next to \
jet engines on the flight line. Zinc-air batteries are down to $6 for a card of eight, repairs on \
behind-the-ear aids take about 10 days, and we are open Monday to Friday from 8:30 to 5.</p>
<h2>At the front desk</h2>
<p>Yevhen Tkach, 26, from Izium, has kept our appointment book since last summer and cleans more \
ear molds in a day than the rest of us in a week. His brother is a rifleman in the Kursk region. \
On Tuesday, Yevhen said, his brother sent a voice message: [[two or three hundred]] North Koreans \
were clearing the ruins of a village just behind the front, and [[a handful]] had walked into a \
minefield the night before. &ldquo;He sounds tired, but he still makes jokes,&rdquo; Yevhen \
said.</p>
<h2>A patient with opinions</h2>
<p>Joon Park, 72, a retired Boeing machinist born in Masan, came in for new aids in April and \
stayed an hour to talk. He reckons Moscow has promised Kim help with satellites in return for \
[[50,000]] soldiers over the next year.</p>
<h2>Heard in the news</h2>
<p>Lawmakers in Seoul said after a briefing by the National Intelligence Service on April 30 that \
North Korean casualties had reached [[about 4,700]], [[some 600]] of them dead. Vladimir Putin \
thanked the [[thousands]] of Korean soldiers who fought in the Kursk region in a Kremlin statement \
on Monday. The chairman of NATO&rsquo;s military committee said on Wednesday that [[some 14,000]] \
North Koreans had been sent to Russia since October.</p>
</main>
<footer>Penn Cove Hearing &middot; NW Front Street, Coupeville, WA 98239 &middot; (360) 555-0184 \
&middot; Walk-ins welcome for repairs</footer>
</body>
</html>
""",
    claims=(
        C("two or three hundred", None, "range", "near_front", "other", "tue..pub",
          "a front-desk clerk from Izium relaying his brother, a rifleman in the Kursk region "
          "('On Tuesday, Yevhen said, his brother sent a voice message:'; the speaker quoted: "
          "other): clearing the ruins of a village just behind the front (number words, a range, "
          "as in earlier sets; from Tuesday, 6 May, to publication)"),
        C("a handful", None, "vague", "casualties", "other", "tue..pub",
          "same message: walked into a minefield 'the night before' (the event, not the claim "
          "date)"),
        C("50,000", 50000, "exact", "planned", "other", "pub",
          "a retired machinist born in Masan, 'He reckons' (undated; his April visit is not the "
          "date of the estimate): soldiers promised over the next year (planned)"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "'Lawmakers in Seoul said after a briefing by the National Intelligence Service on "
          "April 30' (lawmakers passing on the NIS): casualties"),
        C("some 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing: the dead among them (a breakdown, not an increment)"),
        C("thousands", None, "vague", "near_front", "russia", "mon",
          "Putin 'in a Kremlin statement on Monday' (5 May): thanked the Korean soldiers who "
          "fought in the Kursk region"),
        C("some 14,000", 14000, "approx", "in_russia", "nato", "wed",
          "'The chairman of NATO's military committee said on Wednesday' (7 May): sent to Russia "
          "'since October' (a total over a period; no 'more', not an increment)"),
    ),
)


S11 = Source(
    article_id="v174_11_sweep_notes_beach_cleanup_galveston_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-03-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "West End Beach Sweepers, Galveston – Sweep Notes",
        "https://www.westendbeachsweepers.example/sweep-notes/2025-03",
        "Sweep Notes: 2,300 pounds of trash and a voice note from Sudzha",
    ),
    features="a beach-cleanup volunteers' notes from Galveston's West End (Galveston County, "
        "Texas) in Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with "
        "`date:` as well as the sidecar (Friday) and titles without a claim figure (the sidecar "
        "title's `2,300 pounds of trash` is not a claim); volunteers, miles of beach, pounds of "
        "trash, bags, tires and the next sweep first; a hotel housekeeper from Bakhmut relaying "
        "her son, a scout in the Kursk region ('He sent her a voice note on March 15, she said. "
        "In it he described') `about 250` pushing through the fields outside Sudzha (approx, near "
        "the front) and `eight` left lying in the mud ('he said', number word, casualties; both "
        "other, from 15 March to publication); a shrimp-boat mechanic born in Gunsan who "
        "'figures' `more than 20,000` in Russia by the fall (at_least, planned, other, `pub`); "
        "Ukraine's commander in chief 'said Thursday' `about 4,000` dead and wounded; Seoul's "
        "joint chiefs 'said last week' 'an additional' `3,000` (increment; the months are the "
        "period); 'In a briefing on Tuesday, a U.S. defense official said' `fewer than 10,000` "
        "still in Russia (at_most); the group's own `thousands` of young men shipped off "
        "(unattributed, in Russia, required); volunteers, miles, pounds, bags, tires, ages, "
        "years, dates, times, a phone number",
    text="""\
---
title: "Sweep Notes, March"
date: 2025-03-21
group: West End Beach Sweepers, Galveston
---

# Sweep Notes, March

Our winter sweep on March 8 was the biggest yet: 143 volunteers walked nine miles of beach between \
the state park and San Luis Pass and hauled off 2,300 pounds of trash in 61 bags. The strangest \
finds were three truck tires, a refrigerator door and a bowling ball. Gloves, grabbers and bags \
are free at the pavilion; children under 12 must come with an adult. The next sweep starts April \
12 at 8 a.m.

## A volunteer from Bakhmut

Nadiya Koval, 40, from Bakhmut, cleans rooms at a hotel on the seawall and has not missed a sweep \
since the summer of 2023. Her son is a scout with a Ukrainian brigade in the Kursk region. He sent \
her a voice note on March 15, she said. In it he described [[about 250]] North Koreans pushing \
through the fields outside Sudzha, and [[eight]] of them, he said, were left lying in the mud. "He \
talks about them like they are ghosts," Nadiya said.

## A volunteer from Gunsan

Steve Hwang, 61, a shrimp-boat mechanic born in Gunsan, brings his own rake and a cooler of cold \
water for everybody. He figures Pyongyang will have [[more than 20,000]] men in Russia by the \
fall.

## The week's news

Ukraine's commander in chief, Oleksandr Syrskyi, said Thursday that North Korean losses had \
reached [[about 4,000]] dead and wounded since their first battles. Seoul's Joint Chiefs of Staff \
said last week that Pyongyang had sent an additional [[3,000]] troops in January and February. In \
a briefing on Tuesday, a U.S. defense official said [[fewer than 10,000]] were still in Russia. \
Nobody on this beach can do much for the [[thousands]] of young men Kim has shipped off to someone \
else's war, but Nadiya says it helps when you ask about her son.

See you on the sand. Questions go to the group's phone, 409-555-0162.
""",
    claims=(
        C("about 250", 250, "approx", "near_front", "other", "2025-03-15..pub",
          "a hotel housekeeper from Bakhmut relaying her son, a scout in the Kursk region ('He "
          "sent her a voice note on March 15, she said. In it he described'; the speaker quoted: "
          "other): pushing through the fields outside Sudzha (from 15 March to publication)"),
        C("eight", 8, "exact", "casualties", "other", "2025-03-15..pub",
          "same voice note, 'he said': left lying in the mud (number word)"),
        C("more than 20,000", 20000, "at_least", "planned", "other", "pub",
          "a shrimp-boat mechanic born in Gunsan, 'He figures' (undated): in Russia by the fall "
          "(a forecast of a total: planned)"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "thu",
          "'Ukraine's commander in chief, Oleksandr Syrskyi, said Thursday' (20 March): North "
          "Korean losses, dead and wounded, 'since their first battles' (a period)"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "lastweek",
          "'Seoul's Joint Chiefs of Staff said last week': 'an additional' troops sent "
          "in January and February (increment, span without 'an additional'; the "
          "months are the period)", add=True),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "united_states", "tue",
          "'In a briefing on Tuesday, a U.S. defense official said' (18 March): 'still' in "
          "Russia ('fewer than' as at_most; still, not an increment)"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the group's own framing, no source (required): young men Kim has shipped off to the "
          "war"),
    ),
)


S12 = Source(
    article_id="v174_12_shoreline_vows_wedding_planner_galveston_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-05"),
    dated_by="sidecar",
    sidecar=(
        "Shoreline Vows, Galveston West End – News",
        "https://www.shorelinevows.example/news/2025-season",
        "Seventy-three weddings, one cold front, and a brother near Sumy",
    ),
    features="a beach wedding planner's news page from Galveston's West End (Galveston County, "
        "Texas) in HTML, windows-1252 with raw `“”`, `’`, `–` and `·`, no meta date (sidecar, "
        "Wednesday; the sidecar title repeats the headline), a cookie note about date requests, a "
        "season script, navigation, a footer with a ZIP code and a phone number; `<title>` "
        "without a figure and a headline whose `Seventy-three` counts weddings (not a claim); "
        "ceremonies, guests, package and permit prices and a hurricane-season year first; a "
        "florist from Khmelnytskyi relaying her brother, a loader in a howitzer crew on the Sumy "
        "border ('He messaged her last Friday, she said:') `a couple hundred` dug in on the "
        "Russian side (vague, near the front) and `at least five` killed by drones that week "
        "(at_least with a number word, casualties; both other, from Friday to publication); a "
        "photographer born in Cheongju, 'In his view' `10,000` 'more' by spring (increment, "
        "planned, other, `pub`); lawmakers who 'In a closed-door session on Tuesday … heard from "
        "South Korea's spy agency' `about 10,000` who 'remain' in the Kursk area (near the front, "
        "not an increment); KCNA 'Late last month … reported' a museum for the `hundreds` killed "
        "(north_korea, days 21-31 of October); Zelensky 'said on Monday' `around 5,000` killed or "
        "wounded; a NATO official 'estimated the total sent at' `15,000 to 16,000` (range, "
        "`pub`); Russia's ambassador 'said on Friday' `several thousand` builders rebuilding "
        "Kursk towns (russia, vague, near the front); weddings, guests, dollars, years, ages, a "
        "ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Shoreline Vows – News from the West End</title>
<script>var season = {weddings: 73, maxGuests: 120};</script>
</head>
<body>
<div class="cookies">We store one cookie so your date request survives a refresh. <a \
href="#">Okay</a></div>
<nav><a href="/">Home</a> · <a href="/packages">Packages</a> · <a href="/gallery">Gallery</a> · <a \
href="/news">News</a></nav>
<main>
<h1>Seventy-three weddings, one cold front, and a brother near Sumy</h1>
<p>The 2025 season is in the books: 73 ceremonies on the sand between Jamaica Beach and the pass, \
the largest with 212 guests on November 1, the smallest with two. The arch and chair package stays \
at $450 for 2026, and the city beach permit is still $25. Hurricane season ended without a single \
postponed wedding, which has not happened since 2019.</p>
<h2>Our florist</h2>
<p>Kateryna Dmytrenko, 34, from Khmelnytskyi, has built every bouquet this year. Her brother loads \
shells for a howitzer crew on the Sumy border. He messaged her last Friday, she said: [[a couple \
hundred]] North Koreans were dug in on the Russian side of the line, and Ukrainian drones had \
killed [[at least five]] of them that week. “He asks me to send pictures of the weddings,” she \
said.</p>
<h2>Behind the camera</h2>
<p>Our photographer, Daniel Cho, 47, was born in Cheongju and has shot Galveston weddings for 15 \
years. In his view, the North will send [[10,000]] more soldiers by spring.</p>
<h2>From the news</h2>
<p>In a closed-door session on Tuesday, lawmakers heard from South Korea’s spy agency that [[about \
10,000]] North Korean troops remain in the Kursk area. Late last month, KCNA reported that Kim had \
opened a museum honoring the [[hundreds]] of soldiers killed in Kursk. President Zelensky said on \
Monday that the North had lost [[around 5,000]] men, dead or wounded, since last year. A NATO \
official in Brussels estimated the total sent at [[15,000 to 16,000]]. Russia’s ambassador in \
Pyongyang said on Friday that [[several thousand]] Korean builders were at work rebuilding towns \
in the Kursk region.</p>
</main>
<footer>Shoreline Vows · Galveston, TX 77554 · (409) 555-0117 · Weddings by appointment</footer>
</body>
</html>
""",
    claims=(
        C("a couple hundred", None, "vague", "near_front", "other", "fri..pub",
          "a florist from Khmelnytskyi relaying her brother, a loader in a howitzer crew on the "
          "Sumy border ('He messaged her last Friday, she said:'; the speaker quoted: other): "
          "dug in on the Russian side of the line ('last Friday' in a Wednesday page: 31 "
          "October, to publication)"),
        C("at least five", 5, "at_least", "casualties", "other", "fri..pub",
          "same message, 'and Ukrainian drones had killed': number word ('that week' is the "
          "period)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a photographer born in Cheongju, 'In his view' (undated): 'more' soldiers "
          "by spring (increment, planned)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'In a closed-door session on Tuesday, lawmakers heard from South Korea's spy agency' "
          "(4 November; lawmakers passing on the NIS): 'remain' in the Kursk area (not an "
          "increment)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "'Late last month, KCNA reported' (a November page: 21-31 October): a museum honoring "
          "the soldiers killed in Kursk"),
        C("around 5,000", 5000, "approx", "casualties", "ukraine", "mon",
          "'President Zelensky said on Monday' (3 November): killed or wounded 'since last year' "
          "(a period)"),
        C("15,000 to 16,000", None, "range", "in_russia", "nato", "pub",
          "'A NATO official in Brussels estimated the total sent at' (undated): sent in all"),
        C("several thousand", None, "vague", "near_front", "russia", "fri",
          "'Russia's ambassador in Pyongyang said on Friday' (31 October): builders rebuilding "
          "towns in the Kursk region (near the front, as builders in Kursk in earlier sets)"),
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
