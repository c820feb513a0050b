"""Build the HUNDRED-AND-NINETY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-sixth corpus, for an honest measurement on articles the extractor has never
met, written in session 19 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a village
car-sharing association's letter to its members from Flattach in Carinthia (Austrian conventions)
with a nurse's aide from Chernivtsi and a tunnel engineer from Pohang, the merchants' association's
business column on local trade from Dellach in Carinthia (Austrian words) with a hardware-store
clerk from Vinnytsia and a delicatessen owner from Gwangju, an insurance agency's client letter from
Fideris (Swiss conventions) with a claims clerk from Dnipro and a cook from Jeonju, a bicycle
workshop's customer letter from Seewis (Swiss conventions) with a wheel builder from Lutsk and a
pastry cook from Chuncheon, a toy shop's news page from Jonsdorf with a gift wrapper from
Ivano-Frankivsk and an engineer from Daegu, and a dental practice's patient letter from Waltersdorf
with a dental nurse from Khmelnytskyi and a retired nurse from Andong; a ship chandlery's counter
notes from Bayou La Batre with a parts clerk from Kropyvnytskyi and a welder from Geoje, a boat
lettering shop's notes from Bayou La Batre with an icon painter from Mariupol and a student from
Yeosu, a derelict crab-trap roundup's volunteer notes from Pass Christian with a student from Odesa
and a captain from Tongyeong, a Mardi Gras krewe's notes from Pass Christian with a float builder
from Zaporizhzhia and a seamstress from Daegu, a travel piece from Cocodrie with a postdoc from
Kherson and a hotel manager from Jeju, and the fishing-camp owners' association's newsletter from
Cocodrie with a welder from Kryvyi Rih and a camp owner from Sokcho. Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an article
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
BASE_NAME = "_blind194_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Flattach and Dellach in Carinthia, Fideris and Seewis in Graubünden, Jonsdorf
# and Waltersdorf in the Zittau mountains)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v194_01_mitgliederbrief_carsharing_flattach",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-22"),
    dated_by="dateline", crlf=True,
    features="a village car-sharing association's letter to its members from Flattach (Carinthia) "
        "as plain text, windows-1252 with CRLF, `„“`, `‚‘` and `–` (no sidecar), dated by the "
        "letter line 'Flattach, 22. Jänner 2025' (Wednesday); Austrian conventions (`Jänner`, "
        "`Feber`, `heuer`); members, kilometres driven, cents a kilometre, the yearly fee in euros "
        "and a charging post's kilowatts first; a nurse's aide from Chernivtsi relaying her "
        "husband, who drives wounded men out of the Kursk region ('Vorgestern hat er sich per "
        "Videoanruf gemeldet, berichtet Halyna. Ihm zufolge', Konjunktiv carried) `knapp "
        "dreihundert` dug into a copse (approx with a number word, near the front) and "
        "sentence-initial `Sieben` killed at the weekend (number word, casualties; both other, "
        "from the day before yesterday to publication); a tunnel engineer from Pohang who 'rechnet "
        "damit' that 'weitere' `3.000 bis 5.000` follow in the spring (range, increment, planned, "
        "other, `pub`); Zelensky who 'teilte am 11. Jänner mit' `zwei` captured (an explicit date "
        "with the Austrian month); 'Kiews Militärgeheimdienst zufolge' `bis zu 12.000` at the "
        "Kursk front (at_most, `pub`); the Pentagon that 'schätzte vergangene Woche' `mehrere "
        "hundert` dead and wounded (vague, casualties); the Joint Chiefs in Seoul that 'erklärte "
        "am Montag' `rund 11.000` stationed in Russia; Russia's losses a day (not a claim), "
        "members, kilometres, cents, euros, kilowatts, ages, a date, a phone number",
    text="""\
Carsharing-Verein Flattach – Brief an die Mitglieder

Flattach, 22. Jänner 2025

Liebe Mitglieder,

unser Verein geht ins dritte Jahr. Wir sind heuer 64 Mitglieder, und die beiden Elektroautos neben \
dem Gemeindeamt haben im Vorjahr zusammen 31.400 Kilometer zurückgelegt. Ab 1. Feber kostet der \
Kilometer 34 Cent statt bisher 31, der Jahresbeitrag bleibt bei 60 Euro. Die neue Ladesäule mit 22 \
Kilowatt beim Sportplatz ist endlich angeschlossen, und der Schneepflug räumt unseren Stellplatz \
jetzt schon vor sechs Uhr früh.

Halyna fährt zur Frühschicht

Halyna Moros, 36, aus Czernowitz ist eine unserer treuesten Fahrerinnen: Dreimal in der Woche holt \
sie den kleinen Renault um halb fünf ab und fährt damit zur Frühschicht ins Pflegeheim in der \
Bezirksstadt. Ihr Mann bringt mit einem Sanitätsfahrzeug Verwundete aus dem Gebiet Kursk zurück \
über die Grenze. Vorgestern hat er sich per Videoanruf gemeldet, berichtet Halyna. Ihm zufolge \
hätten sich [[knapp dreihundert]] Nordkoreaner in einem Wäldchen an der Straße nach Sudscha \
eingegraben. [[Sieben]] von ihnen seien am Wochenende im Artilleriefeuer ums Leben gekommen. \
Verwundete Nordkoreaner habe er selbst noch nie gefahren, die trügen ihre eigenen Leute weg. „Er \
sagt, manche sehen jünger aus als unser Bub“, erzählt Halyna.

Ein Ingenieur aus Pohang

Lee Jun-seo, 44, aus Pohang betreut für eine Baufirma den Stollenvortrieb im Tal und bucht den \
zweiten Wagen fast jedes Wochenende. Er rechnet damit, dass Pjöngjang im Frühjahr weitere [[3.000 \
bis 5.000]] Soldaten nachschickt, um die Lücken zu füllen. ‚Menschen hat der Norden genug, Devisen \
nicht‘, sagt er.

Was die Nachrichten melden

Präsident Wolodymyr Selenskyj teilte am 11. Jänner mit, ukrainische Truppen hätten im Gebiet Kursk \
[[zwei]] nordkoreanische Soldaten gefangen genommen. Kiews Militärgeheimdienst zufolge kämpfen an \
der Kursker Front derzeit [[bis zu 12.000]] Mann aus dem Norden. Das Pentagon schätzte vergangene \
Woche, die Nordkoreaner hätten bereits [[mehrere hundert]] Tote und Verwundete zu beklagen. Der \
Generalstab in Seoul erklärte am Montag, insgesamt seien [[rund 11.000]] Soldaten aus dem Norden \
in Russland stationiert. Russland selbst verliert nach britischen Angaben Tag für Tag weit mehr \
als 1.500 Mann.

Zur Jahreshauptversammlung laden wir am 14. Feber ab 19 Uhr in den Gasthof an der Kirche. \
Schlüssel und Buchungen bei Gerhard Unterweger, Telefon 04785 2290 14.

Gute Fahrt!
Der Vorstand
""",
    claims=(
        C("knapp dreihundert", 300, "approx", "near_front", "other", "2025-01-20..pub",
          "a nurse's aide from Chernivtsi relaying her husband, who drives wounded men out of "
          "the Kursk region ('Vorgestern hat er sich per Videoanruf gemeldet, berichtet Halyna. "
          "Ihm zufolge', Konjunktiv; the speaker quoted: other): dug into a copse by the road to "
          "Sudzha ('knapp' with a number word as approx; from the day before yesterday, Monday "
          "20 January, to publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "2025-01-20..pub",
          "same call, Konjunktiv carried, sentence-initial number word: killed by artillery 'am "
          "Wochenende' (the period of the deaths, not the claim date)"),
        C("3.000 bis 5.000", None, "range", "planned", "other", "pub",
          "a tunnel engineer from Pohang, 'Er rechnet damit' (undated): 'weitere' to be sent in "
          "the spring (increment, planned; span without the word)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "'Präsident Wolodymyr Selenskyj teilte am 11. Jänner mit' (an explicit date with the "
          "Austrian month, Konjunktiv): captured in the Kursk region (number word)"),
        C("bis zu 12.000", 12000, "at_most", "near_front", "ukraine", "pub",
          "'Kiews Militärgeheimdienst zufolge' (undated): fighting at the Kursk front"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "lastweek",
          "'Das Pentagon schätzte vergangene Woche' (Konjunktiv): dead and wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'Der Generalstab in Seoul erklärte am Montag' (20 January, Konjunktiv): 'insgesamt' "
          "stationed in Russia (a total, not an increment)"),
    ),
)


S02 = Source(
    article_id="v194_02_kolumne_kaufmannschaft_dellach_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-04-11"),
    dated_by="front_matter",
    features="the merchants' association's business column on local trade from Dellach (Carinthia) "
        "in Markdown, UTF-8, front matter with `date:` (Friday) and a title without a figure, `„“` "
        "and `–`; Austrian words (`Jänner`, `Feber`, `heuer`, `Budel`); member firms, a turnover "
        "rise in per cent, vouchers sold in euros, empty shops, euros spent per trip to a shopping "
        "centre and market hours first; a hardware-store clerk from Vinnytsia relaying her son, an "
        "artillery observer in the Sumy region ('Am Dienstag hat er ihr geschrieben, erzählt "
        "sie.', Konjunktiv carried) `einige Hundert` turned up across the border (vague, near the "
        "front) and sentence-initial `Drei` taken prisoner (number word, casualties; both other, "
        "from Tuesday to publication); a delicatessen owner from Gwangju who 'ist überzeugt' Kim "
        "sends `Zehntausende` this year (vague, planned, other, `pub`); Ukraine's general staff "
        "that 'erklärte am Montag' `rund 4.000` killed or wounded; 'Nach Einschätzung des "
        "Geheimdienstes in Seoul von Mitte März' 'zusätzlich' `3.000` moved to Russia in January "
        "and February (increment, the 11th to the 20th of March); Rutte who 'bezifferte Anfang "
        "April … auf' `mehr als 10.000` 'weiterhin' in Russia (days 1-10, not an increment); the "
        "column's own `Tausende` in trenches (unattributed, vague, required); firms, per cent, "
        "euros, shops, hours, ages, a date",
    text="""\
---
title: "Handel & Wandel"
date: 2025-04-11
rubrik: Kolumne der Kaufmannschaft Dellach
---

# Handel & Wandel: Der Ortskern lebt – noch

*Die Kolumne der Kaufmannschaft, diesmal von Obfrau Renate Wastl*

Das erste Quartal ist für die 23 Betriebe unserer Kaufmannschaft besser gelaufen als befürchtet. \
Nach unserer kleinen Umfrage lag der Umsatz um knapp 4 Prozent über dem Vorjahr, vor allem dank \
der Dellacher Zehner: Seit Jänner sind Einkaufsgutscheine um 48.000 Euro über die Budel gegangen. \
Zwei Geschäfte am Kirchplatz stehen heuer trotzdem leer, und wer zum Einkaufszentrum fährt, lässt \
dort im Schnitt 70 Euro pro Besuch. Der Bauernmarkt startet am 3. Mai wieder, jeden Samstag von 8 \
bis 12 Uhr.

## Neue Gesichter hinter der Budel

In der Eisenhandlung berät seit dem Feber Larysa Tkatschenko, 49, aus Winnyzja die Kundschaft bei \
Schrauben und Farben. Ihr Sohn ist Artilleriebeobachter im Gebiet Sumy. Am Dienstag hat er ihr \
geschrieben, erzählt sie. Gegenüber seinem Abschnitt, jenseits der Grenze, seien [[einige \
Hundert]] Nordkoreaner aufgetaucht, die meisten mit Mörsern. [[Drei]] habe eine Nachbarbrigade \
gefangen genommen. Mehr dürfe er am Telefon nicht sagen.

Im früheren Bäckerladen hat Park Soo-ah, 52, aus Gwangju im März ein kleines Feinkostgeschäft mit \
Kimchi, Rundkornreis und Sojasauce aufgesperrt. Sie ist überzeugt, dass Kim heuer noch \
[[Zehntausende]] nach Russland schicken wird. „Für jeden Soldaten bekommt er Geld oder Öl“, sagt \
sie.

## Über den Ladentisch hinaus

Der ukrainische Generalstab erklärte am Montag, seit Dezember seien [[rund 4.000]] Nordkoreaner \
getötet oder verwundet worden. Nach Einschätzung des Geheimdienstes in Seoul von Mitte März hat \
Pjöngjang im Jänner und Feber zusätzlich [[3.000]] Soldaten nach Russland verlegt. \
Nato-Generalsekretär Mark Rutte bezifferte Anfang April die Zahl der Nordkoreaner, die weiterhin \
in Russland seien, auf [[mehr als 10.000]]. Während am anderen Ende Europas [[Tausende]] junge \
Männer aus Nordkorea in Schützengräben liegen, streiten wir hier über Parkplätze. Auch das gehört \
manchmal in eine Wirtschaftskolumne.
""",
    claims=(
        C("einige Hundert", None, "vague", "near_front", "other", "tue..pub",
          "a hardware-store clerk from Vinnytsia relaying her son, an artillery observer in the "
          "Sumy region ('Am Dienstag hat er ihr geschrieben, erzählt sie.', Konjunktiv; the "
          "speaker quoted: other): turned up opposite his sector across the border (from "
          "Tuesday, 8 April, to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried, sentence-initial number word: taken prisoner by a "
          "neighbouring brigade"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a delicatessen owner from Gwangju, 'Sie ist überzeugt' (undated): to be sent to "
          "Russia this year (a forecast: planned)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "'Der ukrainische Generalstab erklärte am Montag' (7 April, Konjunktiv): killed or "
          "wounded since December (the period, not the claim date)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-03-11..2025-03-20",
          "'Nach Einschätzung des Geheimdienstes in Seoul von Mitte März' (the 11th to the "
          "20th): 'zusätzlich' moved to Russia in January and February (increment; the months "
          "are the period)", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "2025-04-01..2025-04-10",
          "'Nato-Generalsekretär Mark Rutte bezifferte Anfang April die Zahl … auf' (days "
          "1-10): 'weiterhin' in Russia (still, not an increment)"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the column's own framing without a source ('Während am anderen Ende Europas Tausende "
          "junge Männer aus Nordkorea in Schützengräben liegen'): unattributed, required"),
    ),
)


S03 = Source(
    article_id="v194_03_kundenbrief_versicherungsagentur_fideris_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-05"),
    dated_by="html_meta",
    features="an insurance agency's client letter from Fideris (Graubünden) in HTML, ISO-8859-1 "
        "with raw «» and umlauts, entities (`&ndash;`, `&middot;`), `article:published_time` "
        "+01:00 (Thursday), a cookie note, a script with clients and claims, navigation, a footer "
        "with a postcode; Swiss conventions (`ss`, «», `380'000`, `11'000`); `<title>` and "
        "headline without a figure; claims handled, francs, centimetres of wet snow ('bei mehr als "
        "80 Zentimetern', not a claim) and a premium rise in per cent first; a claims clerk from "
        "Dnipro relaying her cousin, a drone pilot in the Kursk region ('Am Sonntag hat sie lange "
        "mit ihm telefoniert. Nach seiner Zählung') `ungefähr fünfhundert` in the villages (approx "
        "with a number word, near the front) and `Ein halbes Dutzend` killed (6, exact, "
        "casualties; both other, from Sunday to publication); a cook from Jeonju who 'schätzt' "
        "`zehn- bis zwölftausend` in Russia (a range of number words, other, `pub`); the US "
        "government that 'sprach Ende November von' `rund 11'000` fighting in Kursk (the 21st to "
        "the 30th); Ukraine's military intelligence that 'meldete am Dienstag' `mindestens 200` "
        "killed or wounded; South Korea's defence minister who 'sagte am Montag' `Tausende` "
        "'weitere' could follow (vague, increment, planned); the agency's own `Tausenden` at the "
        "Russian front (unattributed, vague, required); claims, francs, centimetres, per cent, "
        "ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2024-12-05T07:30:00+01:00">
<title>Kundenbrief &ndash; Versicherungsagentur Flütsch, Fideris</title>
<script>var agentur = {kunden: 410, schaeden2024: 41, notfall: "081 332 18 60"};</script>
</head>
<body>
<div class="cookie">Dieses Cookie merkt sich nur, dass Sie den Hinweis gelesen haben. <a \
href="#">Verstanden</a></div>
<nav><a href="/">Agentur</a> &middot; <a href="/schaden">Schaden melden</a> &middot; <a \
href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Schnee auf dem Dach, Wasser im Keller</h1>
<p>Für unsere Kundschaft im Dorf und auf den Fideriser Heubergen war es kein einfaches Jahr: 41 \
Schäden haben wir abgewickelt, vom Hagelzug im Juni bis zum geplatzten Boiler, zusammen gut \
380'000 Franken. Prüfen Sie bitte vor dem Winter Ihre Dachrinnen; liegen mehr als 80 Zentimeter \
Nassschnee auf dem Dach, lohnt sich das Abräumen. Die Prämien der Hausratversicherung steigen 2025 \
im Schnitt um 3 Prozent.</p>
<h2>Tetjana am Schadentelefon</h2>
<p>Tetjana Lyssenko, 34, aus Dnipro nimmt seit dem Frühling unsere Schadenmeldungen entgegen. Ihr \
Cousin fliegt Drohnen für eine Brigade im Gebiet Kursk. Am Sonntag hat sie lange mit ihm \
telefoniert. Nach seiner Zählung liegen in den Dörfern vor seinem Abschnitt [[ungefähr \
fünfhundert]] Nordkoreaner. [[Ein halbes Dutzend]] habe seine Gruppe in den Tagen davor mit \
Drohnen getroffen und getötet. «Sie rennen über offenes Feld, als gäbe es keine Drohnen», habe er \
gesagt.</p>
<h2>Ein Koch aus Jeonju</h2>
<p>Jeong Woo-jin, 26, aus Jeonju kocht seit dieser Saison im Berghaus oben auf den Heubergen und \
hat bei uns seine erste Haftpflicht abgeschlossen. Er schätzt, dass inzwischen [[zehn- bis \
zwölftausend]] nordkoreanische Soldaten in Russland sind. «Zu Hause glaubt man den Zahlen aus \
Seoul nicht. Ich schon», sagt er.</p>
<h2>Aus den Nachrichten</h2>
<p>Die US-Regierung sprach Ende November von [[rund 11'000]] Nordkoreanern, die Seite an Seite mit \
russischen Einheiten im Gebiet Kursk kämpften. Der ukrainische Militärgeheimdienst meldete am \
Dienstag, bei den ersten Gefechten seien [[mindestens 200]] von ihnen getötet oder verwundet \
worden. Der südkoreanische Verteidigungsminister sagte am Montag im Parlament, der Norden könne \
noch [[Tausende]] weitere Soldaten schicken. Auch am Stammtisch im Dorf redet man in diesen Wochen \
über die [[Tausenden]] Nordkoreaner an der russischen Front.</p>
<p>Schäden melden Sie rund um die Uhr unter 081 332 18 60.</p>
</main>
<footer>Versicherungsagentur Flütsch &middot; Dorfstrasse 7 &middot; 7235 Fideris &middot; \
info@fluetsch-versicherungen.example</footer>
</body>
</html>
""",
    claims=(
        C("ungefähr fünfhundert", 500, "approx", "near_front", "other", "sun..pub",
          "a claims clerk from Dnipro relaying her cousin, a drone pilot in the Kursk region "
          "('Am Sonntag hat sie lange mit ihm telefoniert. Nach seiner Zählung'; the speaker "
          "quoted: other): in the villages in front of his sector ('ungefähr' with a number "
          "word; from Sunday, 1 December, to publication)"),
        C("Ein halbes Dutzend", 6, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried ('habe seine Gruppe … getötet'): killed by drones 'in "
          "den Tagen davor' (6, exact, as in earlier sets)"),
        C("zehn- bis zwölftausend", None, "range", "in_russia", "other", "pub",
          "a cook from Jeonju, 'Er schätzt' (undated): in Russia by now (a range of number "
          "words with a hyphenated first part)"),
        C("rund 11'000", 11000, "approx", "near_front", "united_states",
          "2024-11-21..2024-11-30",
          "'Die US-Regierung sprach Ende November von' (the 21st to the month's end): fighting "
          "side by side with Russian units in the Kursk region"),
        C("mindestens 200", 200, "at_least", "casualties", "ukraine", "tue",
          "'Der ukrainische Militärgeheimdienst meldete am Dienstag' (3 December, Konjunktiv): "
          "killed or wounded in the first fights"),
        C("Tausende", None, "vague", "planned", "south_korea", "mon",
          "'Der südkoreanische Verteidigungsminister sagte am Montag im Parlament' (2 "
          "December): 'Tausende weitere' could still be sent (increment, planned)", add=True),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the agency's own framing without a source ('redet man … über die Tausenden "
          "Nordkoreaner an der russischen Front'): unattributed, required"),
    ),
)


S04 = Source(
    article_id="v194_04_kundenbrief_velowerkstatt_seewis",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-13"),
    dated_by="sidecar",
    sidecar=(
        "Velowerkstatt Flury, Seewis Dorf – Kundenbrief",
        "https://www.velowerkstatt-flury.example/kundenbrief/juni-2025",
        "Kundenbrief Juni: Akkutest, Mietvelos und eine Nachricht aus Sumy",
    ),
    features="a bicycle workshop's customer letter from Seewis (Graubünden) as plain text, UTF-16 "
        "LE with BOM (sidecar, Friday; the sidecar title without a figure); Swiss conventions "
        "(`ss`, «», `1'500`, `25'000`, `4'700`, `11'000`); bikes serviced, a share of e-bikes, a "
        "battery test in francs, rental bikes, francs a day, kilometres and metres of climb first; "
        "a wheel builder from Lutsk relaying his nephew, a sapper at the Sumy border ('Am Mittwoch "
        "hat der Neffe eine Sprachnachricht geschickt. … so der Neffe') `gut 1'500` digging "
        "trenches (at_least, near the front) and sentence-initial `Zwei` killed on a mine at Whit "
        "Monday (number word, casualties; both other, from Wednesday to publication); a pastry "
        "cook from Chuncheon who 'geht davon aus' `an die 25'000` by the end of the year (approx, "
        "planned, other, `pub`); sentence-initial `Rund 4'700` losses with `etwa 600` dead, 'so "
        "der südkoreanische Geheimdienst' (the claimant named after both figures, `pub`); KCNA "
        "that 'meldete am Montag' Kim receiving the widows and children of `Dutzenden` fallen "
        "(north_korea, vague, casualties); a State Department spokesman who 'hielt am Dienstag "
        "fest' `ungefähr 11'000` 'weiterhin' in Russia (not an increment); bikes, per cent, "
        "francs, kilometres, metres, ages, a phone number",
    text="""\
Velowerkstatt Flury, Seewis Dorf
Kundenbrief Juni

Liebe Kundinnen und Kunden

Seit Ostern sind 240 Velos durch unsere Werkstatt gegangen, fast zwei Drittel davon mit Motor. Den \
Akkutest machen wir weiterhin für 45 Franken. Neu vermieten wir 12 E-Mountainbikes für 65 Franken \
am Tag; die Runde über Ganey misst 18 Kilometer und 900 Höhenmeter. Bitte melden Sie den Service \
vor den Sommerferien an, im Juli sind wir ausgebucht.

Bohdan am Zentrierständer

Bohdan Kowal, 58, aus Luzk hat in der Ukraine die Räder einer Sportschule gewartet und speicht bei \
uns die Laufräder ein. Sein Neffe räumt als Pionier Minen an der Grenze im Gebiet Sumy. Am \
Mittwoch hat der Neffe eine Sprachnachricht geschickt. Drüben auf der russischen Seite hoben [[gut \
1'500]] Nordkoreaner Gräben und Unterstände aus, so der Neffe. [[Zwei]] seien am Pfingstmontag auf \
eine Mine getreten. «Er lacht, wenn ich nach ihnen frage», sagt Bohdan.

Eine Konditorin aus Chuncheon

Yoon Ha-eun, 31, aus Chuncheon backt im Kurhaus die Torten und fährt jeden Morgen mit einem \
unserer Mietvelos hinauf. Sie geht davon aus, dass Pjöngjang bis Ende Jahr [[an die 25'000]] Mann \
nach Russland geschickt haben wird. «Kim verkauft seine Soldaten wie Brennholz», sagt sie.

Was gemeldet wird

[[Rund 4'700]] Mann hat der Norden bisher verloren, darunter [[etwa 600]] Tote, so der \
südkoreanische Geheimdienst. Die Nachrichtenagentur KCNA meldete am Montag, Kim Jong Un habe \
Witwen und Kinder von [[Dutzenden]] in Russland gefallenen Soldaten empfangen. Ein Sprecher des \
US-Aussenministeriums hielt am Dienstag fest, es stünden weiterhin [[ungefähr 11'000]] \
nordkoreanische Soldaten in Russland.

Werkstatttermine unter 081 325 12 48.

Freundliche Grüsse
Reto Flury und Team
""",
    claims=(
        C("gut 1'500", 1500, "at_least", "near_front", "other", "wed..pub",
          "a wheel builder from Lutsk relaying his nephew, a sapper at the Sumy border ('Am "
          "Mittwoch hat der Neffe eine Sprachnachricht geschickt. … so der Neffe'; the speaker "
          "quoted: other): digging trenches and dugouts on the Russian side ('gut' as at_least; "
          "from Wednesday, 11 June, to publication)"),
        C("Zwei", 2, "exact", "casualties", "other", "wed..pub",
          "same message, Konjunktiv carried, sentence-initial number word: stepped on a mine "
          "'am Pfingstmontag' (9 June, the day of the deaths, not the claim date)"),
        C("an die 25'000", 25000, "approx", "planned", "other", "pub",
          "a pastry cook from Chuncheon, 'Sie geht davon aus' (undated): sent to Russia by the "
          "end of the year (a forecast total: planned)"),
        C("Rund 4'700", 4700, "approx", "casualties", "south_korea", "pub",
          "sentence-initial figure, the claimant named after it ('so der südkoreanische "
          "Geheimdienst', undated): lost so far (killed and wounded)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "pub",
          "same sentence, 'darunter': the dead among them"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "mon",
          "'Die Nachrichtenagentur KCNA meldete am Montag' (9 June): widows and children of "
          "soldiers fallen in Russia received by Kim"),
        C("ungefähr 11'000", 11000, "approx", "in_russia", "united_states", "tue",
          "'Ein Sprecher des US-Aussenministeriums hielt am Dienstag fest' (10 June): "
          "'weiterhin' in Russia (still, not an increment)"),
    ),
)


S05 = Source(
    article_id="v194_05_neuigkeiten_spielwaren_jonsdorf_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Spielwaren Hänsch, Kurort Jonsdorf – Neuigkeiten",
        "https://www.spielwaren-haensch.example/neuigkeiten/november-2025",
        "Neuigkeiten: Der Advent kann kommen, und ein Anruf von der Grenze",
    ),
    features="a toy shop's news page from Jonsdorf (Zittau mountains, Upper Lusatia) in HTML, "
        "UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a figure), a cookie "
        "note about the wish list, a script with articles and Advent Saturdays, navigation, "
        "entities (`&ndash;`, `&middot;`, `&bdquo;`, `&ldquo;`), a footer with a postcode; "
        "`<title>` and headline without a figure; articles in stock, euros, opening hours, a free "
        "delivery threshold and a 500-piece puzzle first; a gift wrapper from Ivano-Frankivsk "
        "relaying her husband, a deminer at the Sumy border ('Am Wochenende haben die beiden "
        "telefoniert. … hat er ihr erzählt, und') `ein paar hundert` clearing minefields (vague, "
        "near the front) and `elf` dead (number word, casualties; both other, from the Saturday to "
        "publication); an engineer from Daegu who 'hält … für realistisch' `mehr als 20.000` have "
        "been in Russia (at_least, other, `pub`); the NIS that 'berichtete Anfang November' `rund "
        "10.000` 'weiterhin' at the border and `etwa 5.000` builders on their way (days 1-10; not "
        "increments); 'Nach Angaben aus Moskau vom Freitag' `Hunderte` sappers 'weiter' in Kursk "
        "(russia, vague, near the front); Kyiv's military intelligence that 'geht davon aus' `bis "
        "zu 6.000` 'zusätzliche' in the winter (at_most, increment, planned, `pub`); state "
        "television's `Dutzende` returnees decorated 'vergangene Woche' (optional); Russia's "
        "losses a day (not a claim), articles, euros, hours, pieces, ages, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neuigkeiten &ndash; Spielwaren Hänsch, Kurort Jonsdorf</title>
<script>var laden = {artikel: 1400, adventssamstage: 4, versandfreiAb: 50};</script>
</head>
<body>
<div class="cookie-leiste">Ein Cookie hebt Ihren Wunschzettel auf, bis Sie wiederkommen. <a \
href="#">Gut so</a></div>
<nav><a href="/">Laden</a> &middot; <a href="/holzspielzeug">Holzspielzeug</a> &middot; <a \
href="/neuigkeiten">Neuigkeiten</a></nav>
<main>
<h1>Der Advent kann kommen</h1>
<p>Die Regale sind voll: Gut 1.400 Artikel stehen für die Weihnachtszeit bereit, von der \
Holzeisenbahn bis zum Kaufmannsladen mit Waage. Schwibbögen aus heimischen Werkstätten gibt es ab \
89 Euro, Räuchermännchen ab 24 Euro. An den vier Adventssamstagen öffnen wir von 9 bis 18 Uhr, und \
ab 50 Euro Bestellwert verschicken wir versandkostenfrei. Auch das Puzzle mit den Mühlsteinbrüchen \
und 500 Teilen ist wieder da.</p>
<h2>Solomija an der Geschenkpapierrolle</h2>
<p>Solomija Sawtschuk, 41, aus Iwano-Frankiwsk packt bei uns seit zwei Wintern die Geschenke ein, \
mit Schleife und ohne Klebestreifen. Ihr Mann räumt als Pionier Minen an der Grenze im Gebiet \
Sumy. Am Wochenende haben die beiden telefoniert. Drüben im Gebiet Kursk würden [[ein paar \
hundert]] Nordkoreaner Minenfelder räumen, hat er ihr erzählt, und [[elf]] von ihnen seien in den \
letzten Wochen dabei gestorben. &bdquo;Er sagt, die haben jetzt bessere Stiefel als wir&ldquo;, \
erzählt Solomija.</p>
<h2>Ein Stammkunde aus Daegu</h2>
<p>Baek Seung-hoon, 47, Maschinenbauingenieur aus Daegu, arbeitet im Nachbarort bei einem \
Zulieferer und kauft bei uns jedes Jahr Holzspielzeug für seine Nichten in Korea. Er hält [[mehr \
als 20.000]] für realistisch, wenn man alle zählt, die seit dem Herbst 2024 in Russland waren.</p>
<h2>Was berichtet wird</h2>
<p>Der südkoreanische Geheimdienst berichtete Anfang November, [[rund 10.000]] Nordkoreaner \
stünden weiterhin entlang der Grenze; [[etwa 5.000]] Bausoldaten seien auf dem Weg nach Russland. \
Nach Angaben aus Moskau vom Freitag sind [[Hunderte]] nordkoreanische Pioniere weiter im Gebiet \
Kursk im Einsatz. Kiews Militärgeheimdienst geht davon aus, dass im Winter noch [[bis zu 6.000]] \
zusätzliche Soldaten aus dem Norden kommen. Im Staatsfernsehen waren vergangene Woche [[Dutzende]] \
heimgekehrte Soldaten bei einer Ordensverleihung zu sehen. Russland verliert nach ukrainischer \
Zählung an manchen Tagen mehr als 1.000 Mann.</p>
<p>Bestellungen nehmen wir auch telefonisch an: 035844 7 12 90.</p>
</main>
<footer>Spielwaren Hänsch &middot; Hauptstraße 14 &middot; 02796 Kurort Jonsdorf</footer>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "sat..pub",
          "a gift wrapper from Ivano-Frankivsk relaying her husband, a deminer at the Sumy "
          "border ('Am Wochenende haben die beiden telefoniert. … hat er ihr erzählt'; the "
          "speaker quoted: other): clearing minefields in the Kursk region (from the Saturday, "
          "15 November, to publication)"),
        C("elf", 11, "exact", "casualties", "other", "sat..pub",
          "same call, 'und', Konjunktiv, number word: died 'in den letzten Wochen' (the period)"),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "an engineer from Daegu, 'Er hält … für realistisch' (undated): have been in Russia "
          "since autumn 2024 (a total over a period)"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "'Der südkoreanische Geheimdienst berichtete Anfang November' (days 1-10, "
          "Konjunktiv): 'weiterhin' along the border (still, not an increment)"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same report, after a semicolon: military builders on their way to Russia (being "
          "moved: in Russia, as in earlier sets)"),
        C("Hunderte", None, "vague", "near_front", "russia", "fri",
          "'Nach Angaben aus Moskau vom Freitag' (14 November): sappers 'weiter' deployed in "
          "the Kursk region (still, not an increment)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "pub",
          "'Kiews Militärgeheimdienst geht davon aus' (undated): 'zusätzliche' soldiers to come "
          "in the winter (increment, planned; span without the word)", add=True),
        C("Dutzende", None, "vague", "in_russia", "north_korea", "lastweek",
          "'Im Staatsfernsehen waren vergangene Woche … zu sehen': returnees decorated "
          "(returnees, as in earlier sets: optional)", opt=True),
    ),
)


S06 = Source(
    article_id="v194_06_patientenbrief_zahnarztpraxis_waltersdorf_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Zahnarztpraxis Dr. Ulbrich, Waltersdorf – Patientenbrief",
        "https://www.zahnarzt-ulbrich.example/patientenbrief/august-2025",
        "Patientenbrief: Praxisurlaub, Prophylaxe und eine Nachricht von der Grenze",
    ),
    features="a dental practice's patient letter from Waltersdorf below the Lausche (Zittau "
        "mountains, Upper Lusatia) in Markdown, UTF-8 with BOM and CRLF, front matter without a "
        "date (sidecar, Tuesday) and a title without a figure, `„“` and `‚‘`; holiday dates, "
        "patients treated, a treatment room number, the price of a cleaning in euros and a bonus "
        "in per cent first; a dental nurse from Khmelnytskyi relaying her brother, a scout at the "
        "Kursk border ('Vergangenen Donnerstag hat er sich … gemeldet. Nach seinen Worten', "
        "Konjunktiv carried) `rund tausend` building positions (approx with a number word, near "
        "the front) and sentence-initial `Fünf` wounded (number word, casualties; both other, from "
        "Thursday to publication); a retired nurse from Andong who 'schätzt' `weit über 10.000` "
        "deployed in Russia (at_least, other, `pub`); 'Aus dem Generalstab in Seoul hieß es am "
        "Freitag' the announced `6.000` deminers and builders being prepared (planned, not an "
        "increment); Russia's defence ministry that 'zeigte Mitte Juli' `etwa 50` deminers in "
        "Kursk (the 11th to the 20th); Kyiv's military intelligence that 'rechnet damit' "
        "'zusätzlich' `15.000 bis 20.000` in the autumn (range, increment, planned, `pub`); the "
        "practice's own `Tausenden` in Kursk (unattributed, vague, required); patients, euros, per "
        "cent, years, ages, dates, a phone number",
    text="""\
---
title: "Patientenbrief August"
praxis: Zahnarztpraxis Dr. Ulbrich, Waltersdorf
---

# Urlaub, Prophylaxe und eine Nachricht von der Grenze

Liebe Patientinnen und Patienten,

vom 25. August bis zum 5. September bleibt unsere Praxis geschlossen; die Vertretung übernimmt Dr. \
Menzel im Nachbardorf. Im ersten Halbjahr haben wir 1.850 Patientinnen und Patienten behandelt, \
und die neue Behandlungseinheit in Zimmer 2 läuft seit Juni ohne Murren. Die professionelle \
Zahnreinigung kostet weiterhin 95 Euro. Und denken Sie an Ihr Bonusheft: Wer fünf Jahre lückenlos \
zur Kontrolle kommt, bekommt beim Zahnersatz 30 Prozent mehr Zuschuss.

## Olena am Empfang

Olena Kowaltschuk, 29, aus Chmelnyzkyj arbeitet seit März als zahnmedizinische Fachangestellte bei \
uns. Ihr Bruder ist Aufklärer an der Grenze zum Gebiet Kursk. Vergangenen Donnerstag hat er sich \
nach zwei Wochen Funkstille gemeldet. Nach seinen Worten bauen drüben [[rund tausend]] \
Nordkoreaner Tag und Nacht an neuen Stellungen. [[Fünf]] seien bei einem Drohnenangriff verwundet \
worden, ihre Kameraden hätten sie auf Tragen weggebracht. ‚Er will nicht, dass ich mir Sorgen \
mache‘, sagt Olena.

## Eine Patientin aus Andong

Han Mi-sook, 67, aus Andong kam vor dreißig Jahren als Krankenschwester nach Sachsen und wohnt \
heute im Umgebindehaus ihrer Schwiegereltern. Sie schätzt, dass bislang [[weit über 10.000]] \
Nordkoreaner in Russland eingesetzt wurden. „Die Mütter dort erfahren gar nichts“, sagt sie.

## Aus den Nachrichten

Aus dem Generalstab in Seoul hieß es am Freitag, Pjöngjang bereite die Entsendung der \
angekündigten [[6.000]] Minenräumer und Bauarbeiter vor. Das russische Verteidigungsministerium \
zeigte Mitte Juli ein Video von [[etwa 50]] nordkoreanischen Minenräumern bei der Arbeit im Gebiet \
Kursk. Kiews Militärgeheimdienst rechnet damit, dass Nordkorea im Herbst zusätzlich [[15.000 bis \
20.000]] Mann schickt. Wir denken in diesen Wochen auch an die [[Tausenden]] jungen Nordkoreaner \
in Kursk, die keine Praxis und keinen Urlaub kennen.

Notdienst am Wochenende: 035841 3 27 60.

Ihr Praxisteam
""",
    claims=(
        C("rund tausend", 1000, "approx", "near_front", "other", "thu..pub",
          "a dental nurse from Khmelnytskyi relaying her brother, a scout at the Kursk border "
          "('Vergangenen Donnerstag hat er sich … gemeldet. Nach seinen Worten'; the speaker "
          "quoted: other): building new positions across the border ('rund' with a number word; "
          "from Thursday, 14 August, to publication)"),
        C("Fünf", 5, "exact", "casualties", "other", "thu..pub",
          "same message, Konjunktiv carried, sentence-initial number word: wounded in a drone "
          "attack"),
        C("weit über 10.000", 10000, "at_least", "in_russia", "other", "pub",
          "a retired nurse from Andong, 'Sie schätzt' (undated): deployed in Russia so far ('weit "
          "über' as at_least)"),
        C("6.000", 6000, "exact", "planned", "south_korea", "fri",
          "'Aus dem Generalstab in Seoul hieß es am Freitag' (15 August, Konjunktiv): the "
          "announced deminers and builders being prepared for dispatch (planned; a known total, "
          "not an increment)"),
        C("etwa 50", 50, "approx", "near_front", "russia", "2025-07-11..2025-07-20",
          "'Das russische Verteidigungsministerium zeigte Mitte Juli ein Video' (the 11th to "
          "the 20th): deminers at work in the Kursk region"),
        C("15.000 bis 20.000", None, "range", "planned", "ukraine", "pub",
          "'Kiews Militärgeheimdienst rechnet damit' (undated): 'zusätzlich' to be sent in the "
          "autumn (increment, planned)", add=True),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the practice's own framing without a source ('Wir denken … an die Tausenden jungen "
          "Nordkoreaner in Kursk'): unattributed, required"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bayou La Batre in Alabama, Pass Christian in Mississippi, Cocodrie in
# Louisiana)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v194_07_counter_notes_ship_chandlery_bayou_la_batre",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-10"),
    dated_by="dateline",
    features="a ship chandlery's counter notes for boat owners from Bayou La Batre (Alabama) as "
        "plain text, UTF-8, a letterhead, dated by the line 'Bayou La Batre, Ala., March 10, 2025' "
        "(Monday), straight quotes, a Vietnamese name with its diacritics, upper-case section "
        "heads; try nets and trawls, rope in dollars a foot, diesel a gallon, ice a bag and a "
        "delivery radius in miles first; a parts clerk from Kropyvnytskyi relaying his "
        "brother-in-law, a drone pilot near Sudzha ('He called Saturday night, Mykhailo said. By "
        "his count,') `a couple of hundred` moved back into villages (vague, near the front) and "
        "`nine` killed (number word, casualties; both other, from Saturday to publication); a "
        "welder from Geoje who 'reckons' 'another' `3,000 or more` sent over the winter (at_least, "
        "increment, in Russia, other, `pub`); South Korea's military that 'said last month' `1,000 "
        "to 3,000` 'more' (range, increment, the whole of February); a State Department "
        "spokeswoman who 'At a briefing on Thursday … put … at' `about 4,000` casualties; Zelensky "
        "who 'told reporters Friday' `several thousand` back in the fighting (vague, near the "
        "front); the notes' own `thousands` in the mud near Kursk (unattributed, vague, required); "
        "nets, dollars, gallons, bags, miles, ages, years, a phone number",
    text="""\
GULF MARINE SUPPLY & CHANDLERY
Counter Notes for Our Boat Owners

Bayou La Batre, Ala., March 10, 2025

Brown shrimp season is still two months off, but the yards are already full of hulls on blocks. We \
have 30 new try nets and 14 complete trawls on the rack, three-quarter-inch poly rope is $1.15 a \
foot, and off-road diesel at our dock is $3.29 a gallon this week. Ice stays at $4 a bag. If your \
boat is hauled out on Shell Belt Road or anywhere within 5 miles, we deliver for free. And thanks \
again to Mr. Trần Văn Long at the ice house for lending us his forklift.

FROM BEHIND THE COUNTER
Mykhailo Bondar, 38, came to the bayou from Kropyvnytskyi in 2023 and now runs our parts counter \
like a ship's purser. His brother-in-law flies drones with a brigade near Sudzha. He called \
Saturday night, Mykhailo said. By his count, [[a couple of hundred]] North Koreans had moved back \
into villages his unit held in the winter, and his team had killed [[nine]] of them in a single \
week. "He told me they come at night now, in groups of five or six," Mykhailo said.

A WELDER FROM GEOJE
Choi Dong-hyun, 51, learned his trade in the big shipyards of Geoje and has welded steel hulls at \
a yard down the road for six years. He reckons another [[3,000 or more]] were sent over the winter \
to replace the losses. "Kim pays for his missiles with boys," he said.

WHAT OFFICIALS SAY
South Korea's military said last month that the North had sent [[1,000 to 3,000]] more troops in \
January and February. At a briefing on Thursday, a State Department spokeswoman put North Korean \
casualties at [[about 4,000]]. President Zelensky told reporters Friday that [[several thousand]] \
North Koreans were back in the fighting around Kursk. Somewhere near Kursk, [[thousands]] of young \
men from the North are spending the end of winter in the mud, and we think of them when the boats \
go out.

Counter open 6 a.m. to 5 p.m., Monday to Saturday. Call (251) 824-3361.
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "sat..pub",
          "a parts clerk from Kropyvnytskyi relaying his brother-in-law, a drone pilot near "
          "Sudzha ('He called Saturday night, Mykhailo said. By his count,'; the speaker quoted: "
          "other): moved back into villages his unit held in the winter (from Saturday, 8 March, "
          "to publication)"),
        C("nine", 9, "exact", "casualties", "other", "sat..pub",
          "same call, 'and', number word: killed by his team 'in a single week' (the period)"),
        C("3,000 or more", 3000, "at_least", "in_russia", "other", "pub",
          "a welder from Geoje, 'He reckons' (undated): 'another' sent over the winter to "
          "replace the losses (increment; 'or more' after the figure, inside the span)",
          add=True),
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea",
          "2025-02-01..2025-02-28",
          "'South Korea's military said last month' (the whole of February): 'more' troops sent "
          "in January and February (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "thu",
          "'At a briefing on Thursday, a State Department spokeswoman put North Korean "
          "casualties at' (6 March)"),
        C("several thousand", None, "vague", "near_front", "ukraine", "fri",
          "'President Zelensky told reporters Friday' (7 March): 'back in the fighting around "
          "Kursk' (not an increment)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the chandlery's own framing without a source ('Somewhere near Kursk, thousands of "
          "young men from the North are spending the end of winter in the mud'): unattributed, "
          "required"),
    ),
)


S08 = Source(
    article_id="v194_08_shop_notes_boat_lettering_bayou_la_batre_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-07"),
    dated_by="sidecar",
    sidecar=(
        "Bayside Boat Lettering, Bayou La Batre – Shop Notes",
        "https://www.baysideboatlettering.example/notes/2025-10",
        "Shop Notes: transoms, gold leaf and a son on the Sumy border",
    ),
    features="a boat lettering shop's notes from Bayou La Batre (Alabama) in HTML, windows-1252 "
        "with raw `“”`, `’` and `·`, no meta date (sidecar, Tuesday; the sidecar title without a "
        "figure), a cookie note about the quote form, a script with prices, navigation, a footer "
        "with a ZIP code; `<title>` without a figure and a headline with a number word that is not "
        "a claim ('Eighty-five transoms'); boats lettered, dollars an inch, a minimum, a trawler's "
        "year and weeks of waiting first; an icon painter from Mariupol relaying his son, a sapper "
        "on the Sumy border ('The son texted on Sunday:') `four or five hundred` digging out "
        "minefields (a range of number words, near the front) and `two` blown apart (number word, "
        "casualties; both other, from Sunday to publication); a student from Yeosu who 'figures' "
        "`20,000-plus` have passed through Russia (at_least, other, `pub`); the NIS that put the "
        "dead at `around 2,000` 'in a report to lawmakers last month' (the whole of September); "
        "Russia's deputy defence minister who 'said on Monday' `about 1,000` deminers 'still' in "
        "Kursk (near the front, not an increment); sentence-initial `More than 15,000`, the "
        "claimant in the next sentence ('That was … Mark Rutte's figure, given at a conference in "
        "late September'); KCNA that 'said Thursday' `thousands` of 'volunteers' ready to go "
        "(north_korea, vague, planned); boats, dollars, inches, years, weeks, ages, a ZIP code, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Shop Notes – Bayside Boat Lettering, Bayou La Batre</title>
<script>var quote = {perInch: 12, goldLeafPerInch: 30, minimum: 150};</script>
</head>
<body>
<div class="cookie-note">We keep one cookie so your quote form isn’t lost halfway. <a \
href="#">Fine</a></div>
<nav><a href="/">Home</a> · <a href="/transoms">Transoms</a> · <a href="/quote">Get a quote</a> · \
<a href="/notes">Shop notes</a></nav>
<main>
<h1>Eighty-five transoms and counting</h1>
<p>We have lettered 85 boats since January, most of them shrimpers getting a fresh name after the \
spring haul-out. Vinyl letters run $12 an inch of height, hand-laid gold leaf $30, with a $150 \
minimum. The oldest hull we worked on this year was a 1968 cypress trawler whose name had been \
painted over four times. Book early: right now we are three weeks out.</p>
<h2>Serhii with the gilding brush</h2>
<p>Serhii Kovalenko, 60, painted church icons in Mariupol before the siege and now lays all of our \
gold leaf. His son is a sapper on the Sumy border. The son texted on Sunday: across the line, \
[[four or five hundred]] North Koreans were digging out Russian minefields by hand, and [[two]] \
had been blown apart that week. “He says they work with sticks, not detectors,” Serhii said.</p>
<h2>A student from Yeosu</h2>
<p>Ahn Ji-min, 27, from Yeosu is finishing a marine-science degree up the road and answers our \
phone on Saturdays. She figures [[20,000-plus]] North Koreans have passed through Russia by now. \
“My grandmother says it is the same old war, only farther away,” she said.</p>
<h2>The wider picture</h2>
<p>South Korea’s National Intelligence Service put the North’s dead at [[around 2,000]] in a \
report to lawmakers last month. Russia’s deputy defense minister said on Monday that [[about \
1,000]] North Korean deminers were still finishing the job in the Kursk region. [[More than \
15,000]] have served in Russia since last fall. That was NATO Secretary General Mark Rutte’s \
figure, given at a conference in late September. North Korea’s KCNA said Thursday that \
[[thousands]] of “volunteers” stood ready to go.</p>
</main>
<footer>Bayside Boat Lettering · 13800 Shell Belt Rd · Bayou La Batre, AL 36509 · (251) \
824-0917</footer>
</body>
</html>
""",
    claims=(
        C("four or five hundred", None, "range", "near_front", "other", "sun..pub",
          "an icon painter from Mariupol relaying his son, a sapper on the Sumy border ('The son "
          "texted on Sunday:'; the speaker quoted: other): digging out Russian minefields across "
          "the line (two number words joined by 'or': a range, as in earlier sets; from Sunday, "
          "5 October, to publication)"),
        C("two", 2, "exact", "casualties", "other", "sun..pub",
          "same text, 'and', number word: blown apart 'that week' (the period)"),
        C("20,000-plus", 20000, "at_least", "in_russia", "other", "pub",
          "a student from Yeosu, 'She figures' (undated): have passed through Russia by now "
          "('-plus' as at_least, as in earlier sets)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'South Korea's National Intelligence Service put the North's dead at … in a report "
          "to lawmakers last month' (the whole of September)"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "mon",
          "'Russia's deputy defense minister said on Monday' (6 October): deminers 'still' "
          "finishing the job in the Kursk region (not an increment)"),
        C("More than 15,000", 15000, "at_least", "in_russia", "nato", "2025-09-21..2025-09-30",
          "sentence-initial figure, the claimant in the next sentence ('That was NATO Secretary "
          "General Mark Rutte's figure, given at a conference in late September', the 21st to "
          "the 30th): served in Russia since last fall (a total over a period)"),
        C("thousands", None, "vague", "planned", "north_korea", "thu",
          "'North Korea's KCNA said Thursday' (2 October): 'volunteers' standing ready to go "
          "(planned)"),
    ),
)


S09 = Source(
    article_id="v194_09_roundup_notes_crab_trap_volunteers_pass_christian_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-02-06"),
    dated_by="front_matter",
    features="a derelict crab-trap roundup's volunteer notes from Pass Christian (Mississippi) in "
        "Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday) and a title without a "
        "claim figure ('Week One'), straight quotes; days of the closed season, volunteers, boats, "
        "traps pulled, terrapins freed and dollars of scrap wire first; a student from Odesa "
        "relaying her father, a medic in the Kursk region ('He messaged her Monday night. … he "
        "wrote, and') `about two hundred` storming a village (approx with a number word, near the "
        "front; the figure before its attribution) and `three` captured men treated (number word, "
        "casualties; both other, from Monday to publication); a captain from Tongyeong who "
        "'believes' `well over 10,000` 'still' in Russia (at_least, other, `pub`, not an "
        "increment); Zelensky who 'In an interview broadcast on Tuesday … put … at' `nearly 4,000` "
        "killed and wounded; a US official who 'said on Friday' `more than 1,000` dead; 'According "
        "to South Korea's Joint Chiefs of Staff, who gave their estimate in late January,' `some "
        "3,000` casualties (the 21st to the 31st); 'At a NATO briefing last week, a spokeswoman "
        "put the number … at' `about 12,000` in Russia; traps, volunteers, boats, terrapins, "
        "dollars, ages, years, a phone number",
    text="""\
---
title: "Trap Roundup Notes, Week One"
date: 2025-02-06
group: Pass Christian Derelict Trap Roundup
---

# Trap Roundup Notes

The closed season for crab traps gives us ten days to clear the Sound, and week one went well. Our \
38 volunteers on 14 boats hauled 412 derelict traps out of the marsh edges between the harbor and \
Bayou Portage, and we set free 6 diamondback terrapins and more blue crabs than anybody could \
count. Old wire goes to the scrap yard at about $3 a trap.

## Daria and her father

Daria Horbenko, 24, a marine-science student from Odesa, ran the GPS on the lead skiff all week. \
Her father is a medic with a brigade in the Kursk region. He messaged her Monday night. [[About \
two hundred]] North Koreans had stormed a village near his unit, he wrote, and his medics had \
treated [[three]] captured ones afterward. "They were afraid of us until they saw the bandages," \
he told her.

## A captain from Tongyeong

Capt. Jin Sang-woo, 63, fished out of Tongyeong before he moved here in 1994; his boat pulled 57 \
traps on Saturday alone. He believes [[well over 10,000]] are still in Russia. "Nobody asks them \
if they want to go," he said.

## The news

In an interview broadcast on Tuesday, President Zelensky put the North's killed and wounded at \
[[nearly 4,000]]. A U.S. official said on Friday that the North had lost [[more than 1,000]] dead. \
According to South Korea's Joint Chiefs of Staff, who gave their estimate in late January, the \
North has suffered [[some 3,000]] casualties. At a NATO briefing last week, a spokeswoman put the \
number of North Koreans in Russia at [[about 12,000]].

Week two starts Saturday at 7 a.m. at the harbor ramp. Questions: (228) 452-0613.
""",
    claims=(
        C("About two hundred", 200, "approx", "near_front", "other", "mon..pub",
          "a student from Odesa relaying her father, a medic in the Kursk region ('He messaged "
          "her Monday night.' and, after the figure, 'he wrote'; the speaker quoted: other): "
          "stormed a village near his unit (approx with a number word; from Monday, 3 February, "
          "to publication)"),
        C("three", 3, "exact", "casualties", "other", "mon..pub",
          "same message, 'and', number word: captured men treated by his medics"),
        C("well over 10,000", 10000, "at_least", "in_russia", "other", "pub",
          "a captain from Tongyeong, 'He believes' (undated): 'still' in Russia (not an "
          "increment; 'well over' as at_least)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "tue",
          "'In an interview broadcast on Tuesday, President Zelensky put the North's killed and "
          "wounded at' (4 February)"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "fri",
          "'A U.S. official said on Friday' (31 January): dead"),
        C("some 3,000", 3000, "approx", "casualties", "south_korea", "2025-01-21..2025-01-31",
          "'According to South Korea's Joint Chiefs of Staff, who gave their estimate in late "
          "January,' (the 21st to the 31st): casualties ('some' as approx)"),
        C("about 12,000", 12000, "approx", "in_russia", "nato", "lastweek",
          "'At a NATO briefing last week, a spokeswoman put the number of North Koreans in "
          "Russia at'"),
    ),
)


S10 = Source(
    article_id="v194_10_krewe_notes_mardi_gras_pass_christian_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-01-16"),
    dated_by="html_meta",
    features="a Mardi Gras krewe's notes from Pass Christian (Mississippi) in HTML, UTF-8 with "
        "BOM, `<meta name=\"date\">` (Thursday) and an `og:title` repeating a claim figure "
        "(optional), a cookie note about ball tickets, a script with floats and riders, "
        "navigation, entities (`&ndash;`, `&middot;`, `&ldquo;`, `&rdquo;`, `&mdash;`), a footer "
        "with a phone number; `<title>` and headline without a figure; floats, a parade date, "
        "miles of route, riders, pounds of beads, ticket prices, dues and ladders first; a section "
        "head 'Zelensky: two North Koreans captured' whose `two` takes the claimant and day of the "
        "passage below it (ukraine, from 11 January to publication); a float builder from "
        "Zaporizhzhia reading out Zelensky's `two` captured ('President Zelensky said that day, "
        "Jan. 11,') and relaying his cousin, an infantryman in Kursk ('He called Sunday, Andrii "
        "said, and told him') `a hundred or so` trying to take a farm (approx, near the front) and "
        "`17` dead in the snow (casualties; both other, from Sunday to publication); a seamstress "
        "from Daegu who 'reckons' `tens of thousands` 'more' (vague, increment, planned, other, "
        "`pub`); the NIS that 'told lawmakers on Monday' `300` killed and `2,700` wounded; John "
        "Kirby who 'In late December … counted' `more than 1,000` killed or wounded in a week (the "
        "21st to the 31st); floats, miles, riders, pounds, dollars, ladders, ages, years, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-01-16">
<meta property="og:title" content="Krewe Notes: floats, beads and [[two]] prisoners">
<title>Krewe Notes &ndash; Krewe of the Marsh Hens, Pass Christian</title>
<script>var parade = {floats: 18, riders: 350, routeMiles: 2.4};</script>
</head>
<body>
<div class="cookies">A cookie remembers your ball ticket order until checkout. <a \
href="#">Okay</a></div>
<nav><a href="/">Krewe</a> &middot; <a href="/ball">Ball</a> &middot; <a href="/parade">Parade</a> \
&middot; <a href="/notes">Krewe notes</a></nav>
<main>
<h1>Twelfth Night is behind us</h1>
<p>The season is open, and the float barn smells of paint and hot glue again. Eighteen floats will \
roll on Feb. 23 along a 2.4-mile route, with 350 riders throwing 9,000 pounds of beads, cups and \
doubloons. Ball tickets are $75 until Feb. 1, and riders owe the last dues payment of $400 by \
Friday. Please bring your own ladders to the barn &mdash; we are down to three.</p>
<h2>Zelensky: [[two]] North Koreans captured</h2>
<p>Our lead float builder, Andrii Shevchuk, 46, came from Zaporizhzhia in 2022 and sculpts the \
papier-m&acirc;ch&eacute; heads. He read the news out to us at the barn on Saturday: President \
Zelensky said that day, Jan. 11, that Ukrainian troops had captured [[two]] North Korean soldiers \
in the Kursk region. Andrii's cousin is an infantryman there. He called Sunday, Andrii said, and \
told him [[a hundred or so]] North Koreans had tried to take a farm near his position; his company \
counted [[17]] of them dead in the snow afterward.</p>
<h2>A seamstress from Daegu</h2>
<p>Kwon Eun-jung, 58, from Daegu has sewn our riders' costumes for eleven years. She reckons the \
North will send [[tens of thousands]] more before this is over. &ldquo;They always send the young \
ones first,&rdquo; she said.</p>
<h2>From the wires</h2>
<p>South Korea's intelligence agency told lawmakers on Monday that [[300]] North Koreans had been \
killed and [[2,700]] wounded. In late December, White House spokesman John Kirby counted [[more \
than 1,000]] North Koreans killed or wounded within one week near Kursk.</p>
<p>Float barn work nights are Tuesdays and Thursdays at 6. Call the captain at (228) 452-7719.</p>
</main>
<footer>Krewe of the Marsh Hens &middot; Pass Christian, Mississippi &middot; (228) \
452-7719</footer>
</body>
</html>
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "the `og:title` repeating the section head's figure (page metadata: optional, as in "
          "earlier sets)", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "the section head 'Zelensky: two North Koreans captured': takes the claimant of the "
          "passage below it with the same figure (Zelensky on 11 January) and the window from "
          "that day to publication"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "'President Zelensky said that day, Jan. 11,' (read out by the float builder; the "
          "claimant is Zelensky): captured in the Kursk region"),
        C("a hundred or so", 100, "approx", "near_front", "other", "sun..pub",
          "a float builder from Zaporizhzhia relaying his cousin, an infantryman in the Kursk "
          "region ('He called Sunday, Andrii said, and told him'; the speaker quoted: other): "
          "tried to take a farm near his position (from Sunday, 12 January, to publication)"),
        C("17", 17, "exact", "casualties", "other", "sun..pub",
          "same call, after a semicolon: counted dead in the snow by his company"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a seamstress from Daegu, 'She reckons' (undated): 'more' to be sent before the war "
          "is over (increment, planned)", add=True),
        C("300", 300, "exact", "casualties", "south_korea", "mon",
          "'South Korea's intelligence agency told lawmakers on Monday' (13 January): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing, 'and': wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "'In late December, White House spokesman John Kirby counted' (the 21st to the "
          "31st): killed or wounded within one week near Kursk (the week is the period)"),
    ),
)


S11 = Source(
    article_id="v194_11_weekend_trips_travel_cocodrie_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Gulf Coast Weekender – Weekend Trips",
        "https://www.gulfcoastweekender.example/trips/cocodrie-end-of-the-road",
        "At the End of Highway 56: a weekend in Cocodrie",
    ),
    features="a regional travel site's weekend piece from Cocodrie (Terrebonne marsh, Louisiana) "
        "in Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with `date:` as "
        "well as the sidecar (Friday) and titles without a figure; miles of marsh road, pilings in "
        "feet, charter, room, boudin and étouffée prices in dollars first; a postdoc from Kherson "
        "relaying her brother, a platoon commander in the Sumy region ('He phoned her on "
        "Wednesday, she said, and told her that … and that') `roughly a thousand` dug in near "
        "Tyotkino (approx with a number word, near the front) and `eight` killed in April (number "
        "word, casualties; both other, from Wednesday to publication); a hotel manager from Jeju "
        "who 'puts the Russian deployment at' `15,000 or thereabouts` (approx, in Russia, other, "
        "`pub`); the NIS that 'told lawmakers at the end of April' `4,700` casualties 'including' "
        "`about 600` dead (the 21st to the 30th); 'NATO estimated last week' `roughly 15,000` "
        "cycled through Russia; Moscow's thanks without a figure; the writer's own `thousands` in "
        "Russian trenches (unattributed, vague, required); miles, feet, dollars, ages, a year",
    text="""\
---
title: "At the End of Highway 56"
date: 2025-05-16
section: Weekend Trips
author: Claire Thibodeaux
---

# At the End of Highway 56

The road south runs out of land before it runs out of asphalt. For the last 15 miles the marsh \
closes in on both sides, egrets lift out of the ditches, and then there is Cocodrie: a marina, a \
couple of bait docks, a marine lab and a row of fishing camps standing on 12-foot pilings. \
Half-day charters for speckled trout start at $450 for two, a room at the lodge runs $129, and the \
boudin at the dock store costs $6.50 a link; the crawfish étouffée at the café is $14. Go in May, \
before the heat and the storm worries settle over the bayou.

## A scientist far from home

At the marine lab I met Yevheniia Marchenko, 33, a postdoc from Kherson who measures the oxygen in \
the Gulf's dead zone. Her brother commands a platoon in the Sumy region. He phoned her on \
Wednesday, she said, and told her that [[roughly a thousand]] North Koreans were dug in on the \
Russian side near Tyotkino and that his drone team had killed [[eight]] of them in April. "He only \
ever sends me pictures of clouds," she said.

## A fisherman from Jeju

At the dock store Ko Hyun-soo, 55, a hotel manager from Jeju on his first Louisiana fishing trip, \
was buying ice and shrimp for bait. He puts the Russian deployment at [[15,000 or thereabouts]]. \
"At home we read the numbers, and then we stop reading," he said.

## The world beyond the marsh

South Korea's spy agency told lawmakers at the end of April that the North had suffered [[4,700]] \
casualties, including [[about 600]] dead. NATO estimated last week that [[roughly 15,000]] \
soldiers from the North have cycled through Russia since autumn. Moscow, which thanked the North \
Koreans for their part in the Kursk fighting, has never given a number of its own. Out here, with \
the tide coming in over the grass, it is hard to picture [[thousands]] of young men from the far \
end of Asia sitting in Russian trenches.
""",
    claims=(
        C("roughly a thousand", 1000, "approx", "near_front", "other", "wed..pub",
          "a postdoc from Kherson relaying her brother, a platoon commander in the Sumy region "
          "('He phoned her on Wednesday, she said, and told her that'; the speaker quoted: "
          "other): dug in on the Russian side near Tyotkino (approx with a number word; from "
          "Wednesday, 14 May, to publication)"),
        C("eight", 8, "exact", "casualties", "other", "wed..pub",
          "same call, 'and that', number word: killed by his drone team 'in April' (the period, "
          "not the claim date)"),
        C("15,000 or thereabouts", 15000, "approx", "in_russia", "other", "pub",
          "a hotel manager from Jeju, 'He puts the Russian deployment at' (undated; sent "
          "to Russia; 'or thereabouts' after the figure, inside the span, as in earlier sets)"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'South Korea's spy agency told lawmakers at the end of April' (the 21st to the "
          "30th): casualties"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same briefing, 'including': the dead among them"),
        C("roughly 15,000", 15000, "approx", "in_russia", "nato", "lastweek",
          "'NATO estimated last week': cycled through Russia since autumn (a total over a "
          "period)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the travel writer's own framing without a source ('it is hard to picture thousands "
          "of young men … sitting in Russian trenches'): unattributed, required"),
    ),
)


S12 = Source(
    article_id="v194_12_fall_newsletter_camp_owners_cocodrie",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-09-27"),
    dated_by="sidecar",
    sidecar=(
        "Cocodrie Camp Owners Association – Fall Newsletter",
        "https://www.cocodriecampowners.example/newsletter/fall-2025",
        "Fall Newsletter: cleanup day, pilings and a nephew on the Kursk border",
    ),
    features="the fishing-camp owners' association's fall newsletter from Cocodrie (Louisiana) as "
        "plain text, windows-1252 (sidecar, Saturday; the sidecar title without a figure), `—`, "
        "`’` and `“”`, upper-case section heads; member camps, dues in dollars, a cleanup date and "
        "hour, miles of road, a project's millions and a piling inspection interval first; a "
        "welder from Kryvyi Rih relaying his nephew, a sapper on the Kursk border ('The nephew "
        "wrote to him yesterday, Volodymyr told us:') `a few hundred` laying wire and mines "
        "(vague, near the front) and `six` killed (number word, casualties; both other, from "
        "yesterday to publication); a camp owner from Sokcho who 'expects' `up to 10,000` 'more' "
        "by spring (at_most, increment, planned, other, `pub`); the NIS that 'said earlier this "
        "month' `about 2,000` killed (the 1st to publication); sentence-initial `At least 11,000` "
        "'remain' in Russia, 'a Pentagon spokesman said in a briefing on Thursday' (the claimant "
        "after the figure; not an increment); Kim who 'appeared on state TV on Sunday' at a "
        "ceremony for `dozens` of fallen (north_korea, vague, casualties) and greeting `hundreds` "
        "of returning troops (optional); 'By Kyiv's count' `roughly 6,000` builders being readied "
        "to go (planned, `pub`); camps, dollars, miles, millions, years, ages, a phone number",
    text="""\
COCODRIE CAMP OWNERS ASSOCIATION
Fall Newsletter

Hello, camp neighbors —

We made it through the peak of hurricane season without a named storm in the bay, knock on \
cypress. The association now counts 86 member camps, yearly dues stay at $150, and the fall \
cleanup is Saturday, Oct. 18, starting at 8 a.m. at the public launch. The parish says raising the \
last 4 miles of the highway will cost $38 million and start next spring. And a reminder: camps on \
the bayou side need their pilings inspected every 5 years.

OUR WELDER
Most of you know Volodymyr Tkach, 57, from Kryvyi Rih, who has fixed half the stairs and railings \
down here since 2022. His nephew is a sapper on the Kursk border. The nephew wrote to him \
yesterday, Volodymyr told us: [[a few hundred]] North Koreans were laying wire and mines on the \
Russian side, and [[six]] had died when a mine went off under their truck. “He writes like a \
weather report,” Volodymyr said.

A NEIGHBOR FROM SOKCHO
Yang Min-ji, 49, grew up in Sokcho, a fishing town close to the North Korean border, and runs the \
camp two doors down from the marine lab with her husband. She expects Kim to send [[up to 10,000]] \
more soldiers by spring. “Every one of them is somebody’s son,” she said.

THE NEWS FROM FAR AWAY
South Korea’s spy agency said earlier this month that [[about 2,000]] North Koreans had been \
killed. [[At least 11,000]] remain in Russia, a Pentagon spokesman said in a briefing on Thursday. \
Kim Jong Un appeared on state TV on Sunday, bowing at a ceremony for [[dozens]] of fallen soldiers \
and greeting [[hundreds]] of returning troops. By Kyiv’s count, [[roughly 6,000]] construction \
troops are being readied to go this fall.

Questions? Call Denise at (985) 594-2270. See y’all at the launch.
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "yday..pub",
          "a welder from Kryvyi Rih relaying his nephew, a sapper on the Kursk border ('The "
          "nephew wrote to him yesterday, Volodymyr told us:'; the speaker quoted: other): "
          "laying wire and mines on the Russian side (from yesterday, 26 September, to "
          "publication)"),
        C("six", 6, "exact", "casualties", "other", "yday..pub",
          "same letter, 'and', number word: killed when a mine went off under their truck"),
        C("up to 10,000", 10000, "at_most", "planned", "other", "pub",
          "a camp owner from Sokcho, 'She expects' (undated): 'more' soldiers to be sent by "
          "spring (increment, planned)", add=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "'South Korea's spy agency said earlier this month' (the 1st to publication): "
          "killed"),
        C("At least 11,000", 11000, "at_least", "in_russia", "united_states", "thu",
          "sentence-initial figure, the claimant after it ('a Pentagon spokesman said in a "
          "briefing on Thursday', 25 September): 'remain' in Russia (not an increment)"),
        C("dozens", None, "vague", "casualties", "north_korea", "sun",
          "'Kim Jong Un appeared on state TV on Sunday' (21 September), bowing at a ceremony "
          "for fallen soldiers (state TV: north_korea)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "same broadcast, 'and': returning troops greeted by Kim (returnees, as in earlier "
          "sets: optional)", opt=True),
        C("roughly 6,000", 6000, "approx", "planned", "ukraine", "pub",
          "'By Kyiv's count' (undated): construction troops 'being readied to go this fall' "
          "(planned; no increment word)"),
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
