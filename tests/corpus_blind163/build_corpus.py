"""Build the HUNDRED-AND-SIXTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-fifth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
fly-fishing club's letter from Altenmarkt in the Yspertal (Austrian conventions) with an
electrician from Uzhhorod and a physiotherapist from Andong, a cowbell-ringing (Treichler) group's
annual letter from the Eriz (Swiss conventions) with a carpenter from Kovel and a cheese-dairy
intern from Gangneung, a Jass club's bulletin from Rüeggisberg above the Schwarzwasser with a bus
driver from Berdychiv and a nurse from Cheongju, a hang-gliding club's flight letter from Albstadt
on the Zollernalb with an aircraft mechanic from Pavlohrad and an engineer from Ulsan, a readers'
letters page from a Hechingen weekly with letters quoting a son-in-law near Kursk and a
father-in-law in Paju, and a carp pond fishery's customer letter from Lieberose by the Schlaubetal
with a smokehouse owner from Melitopol and an aquaculture student from Mokpo; an agency-style wire
report from the Cedar Key seafood festival with a clam farmer from Berdiansk and a nurse from
Gyeongju, a Cedar Key shell club's notes with a chemistry teacher from Vinnytsia and a marine
biologist from Sokcho, the volunteers' bulletin of a Japanese garden on Mayne Island with an
accountant from Kamianets-Podilskyi and a retired teacher from Jinju, a Mayne Island bridge club's
newsletter with a surgeon from Bila Tserkva and a piano teacher from Gangneung, a readers' letters
page from a Wolfe Island weekly with letters quoting a son-in-law near the Russian border and an
uncle in Iksan, and a Wolfe Island corn maze's notes with a farmhand from Kalush and a software
tester from Suncheon. Same file format, marker syntax and labelling conventions as the other
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
BASE_NAME = "_blind163_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Yspertal, Eriz, Schwarzwasser, Zollernalb, Schlaubetal)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v163_01_vereinsbrief_fliegenfischer_ysper_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-03-19"),
    dated_by="front_matter",
    features="a fly-fishing club's letter from Altenmarkt in the Yspertal (Melk district, Lower "
        "Austria) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a "
        "title without a figure, straight quotes; Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Kassier`, `Obmann`); the trout season, kilometres of water, day tickets, a "
        "fly-tying course and a 46-centimetre trout first; an electrician from Uzhhorod relaying "
        "his brother-in-law, a mortar man near Sudzha ('Am Sonntag habe ihm der Schwager "
        "geschrieben, erzählt Bohdan', Konjunktiv over three sentences) `an die 200` attacking "
        "at dusk and sentence-initial `Sieben` left lying in front of the trenches (both other, "
        "from Sunday to publication); a physiotherapist from Andong 'schätzt' `zehntausend` "
        "more by summer ('noch einmal … dazukommen': number word, increment, planned, other, "
        "`pub`); the NIS 'teilte am 27. Feber mit' `rund 3.000` 'weitere' (increment, in "
        "Russia); the joint chiefs 'sprach Anfang März von' `mehr als 4.000` dead and wounded "
        "(days 1-10); 'Nach Einschätzung des ukrainischen Militärgeheimdienstes' `zwischen "
        "8.000 und 9.000` fighting in Kursk (range, `pub`); a US defence spokesman 'erklärte am "
        "Montag' `knapp 11.000` 'noch' stationed ('noch' is still: not an increment); Russia's "
        "daily losses, kilometres, euros, beginners, centimetres, members, ages, dates, a phone "
        "number",
    text="""\
---
title: Vereinsbrief vor dem Anfischen
date: 2025-03-19
verein: Fliegenfischerverein Ysper
ort: Altenmarkt im Yspertal
---

# Vereinsbrief vor dem Anfischen

Liebe Vereinskolleginnen und Vereinskollegen,

am 1. April ist es wieder so weit: Die Große Ysper ist dann für die Bachforelle offen, vom \
Ausgang der Ysperklamm bis hinunter zur Brücke in Altenmarkt, gut sieben Kilometer Fliegenwasser. \
Heuer gilt erstmals auf der ganzen Strecke Catch and Release mit Haken ohne Widerhaken. Die \
Tageskarte kostet unverändert 38 Euro, die Jahreskarte für Mitglieder 210 Euro. Im Jänner haben \
zwölf Anfänger im Feuerwehrhaus das Fliegenbinden gelernt, und beim letzten Abfischen hat \
Obmann-Stellvertreter Franz Hinterleitner eine Forelle mit 46 Zentimetern gelandet und gleich \
wieder zurückgesetzt. Der Verein zählt jetzt 57 Mitglieder, so viele wie noch nie.

## Ein Fliegenbinder aus Uschhorod

Die schönsten Nymphen im Verein bindet seit dem Feber Bohdan Melnyk, 44. Er stammt aus Uschhorod \
in Transkarpatien, hat dort an der Usch auf Äschen gefischt und arbeitet jetzt als Elektriker in \
einem Betrieb in Persenbeug. Sein Schwager bedient einen Granatwerfer nahe Sudscha im Gebiet \
Kursk. Am Sonntag habe ihm der Schwager geschrieben, erzählt Bohdan. Die Nordkoreaner griffen \
inzwischen in der Dämmerung an, [[an die 200]] Mann auf einem Abschnitt von kaum zwei Kilometern. \
[[Sieben]] von ihnen seien vor den Gräben liegen geblieben, die übrigen hätten sich in eine Senke \
zurückgezogen. "Er schreibt das, als wäre es der Wetterbericht", sagt Bohdan und legt die \
Pinzette weg.

## Eine Physiotherapeutin aus Andong

Park So-yeon, 31, aus Andong arbeitet als Physiotherapeutin im Gesundheitszentrum im Ort und hat \
beim Kurs im Jänner ihre erste Trockenfliege gebunden. Über den Norden ihrer Heimat spricht sie \
nüchtern. Sie schätzt, dass bis zum Sommer noch einmal [[zehntausend]] Soldaten aus Nordkorea \
dazukommen. "Für Kim ist das ein Geschäft, und das Geschäft läuft", sagt sie.

## Was man liest

Der südkoreanische Nachrichtendienst teilte am 27. Feber mit, Pjöngjang habe im Jänner und im \
Feber [[rund 3.000]] weitere Soldaten nach Russland verlegt. Der Generalstab in Seoul sprach \
Anfang März von [[mehr als 4.000]] Toten und Verwundeten seit Beginn des Einsatzes. Nach \
Einschätzung des ukrainischen Militärgeheimdienstes kämpfen im Gebiet Kursk derzeit [[zwischen \
8.000 und 9.000]] Nordkoreaner. Ein Sprecher des US-Verteidigungsministeriums erklärte am Montag, \
insgesamt seien noch [[knapp 11.000]] in Russland stationiert. Die russische Armee verliert nach \
britischen Angaben seit Jahresbeginn im Schnitt mehr als 1.300 Mann am Tag.

## Termine

- Anfischen am 1. April, Treffpunkt um 7 Uhr beim Gasthof an der Klamm
- Bachputzen gemeinsam mit der Gemeinde am 26. April
- Kassier Leopold Fuchs, Telefon 07415 6630 12
""",
    claims=(
        C("an die 200", 200, "approx", "near_front", "other", "sun..pub",
          "an electrician from Uzhhorod relaying his brother-in-law, a mortar man near Sudzha "
          "('Am Sonntag habe ihm der Schwager geschrieben, erzählt Bohdan', Konjunktiv; the "
          "speaker quoted: other): attacking at dusk on a two-kilometre stretch ('an die' as "
          "approx; from Sunday, 16 March, to publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried ('seien vor den Gräben liegen geblieben'): left "
          "lying in front of the trenches (sentence-initial number word)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a physiotherapist from Andong, 'Sie schätzt' (undated): 'noch einmal … dazukommen' "
          "by summer (number word; increment, planned)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-27",
          "the NIS 'teilte am 27. Feber mit': 'weitere' soldiers moved to Russia in January and "
          "February (increment)", add=True),
        C("mehr als 4.000", 4000, "at_least", "casualties", "south_korea",
          "2025-03-01..2025-03-10",
          "the joint chiefs ('Der Generalstab in Seoul sprach Anfang März von', days 1-10): "
          "dead and wounded since the start of the deployment"),
        C("zwischen 8.000 und 9.000", None, "range", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): fighting in the "
          "Kursk region now (the span takes 'zwischen')"),
        C("knapp 11.000", 11000, "approx", "in_russia", "united_states", "mon",
          "a US defence ministry spokesman 'erklärte am Montag' (17 March): 'insgesamt … noch' "
          "stationed in Russia ('noch' is still, not an increment; 'knapp' as approx)"),
    ),
)


S02 = Source(
    article_id="v163_02_jahresbrief_treichler_eriz_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-08-06"),
    dated_by="html_meta",
    features="the annual letter of a cowbell-ringing (Treichler) group from the Eriz (Zulg "
        "valley, Bernese Oberland) in HTML, UTF-8, `article:published_time` +02:00 (Wednesday), "
        "a cookie note about the booking form, a script, navigation, entities (`&middot;`), a "
        "footer with a postcode and a phone number; Swiss conventions (`ss`, «», `Fr. 1'450.–`, "
        "`20'000`, `1'000`, `5'000`, `2'000`, `15'000`); `<title>` and headline without a "
        "figure; the national-day procession, ringers, a bell's kilos, francs and rehearsals "
        "first; a carpenter from Kovel relaying his son, a radio operator in the Sumy region "
        "('Am Samstag habe der Sohn angerufen, erzählt Wassyl') `gegen 300` lying in the woods "
        "opposite and `Dutzende` fallen in a night attack (both other, from Saturday to "
        "publication; the night before the call is not the claim date); a cheese-dairy intern "
        "from Gangneung «Ich bin sicher, … `über 20'000` … geschickt» (at_least, in Russia, "
        "other, `pub`); Shoigu 'hatte Mitte Juni in Pjöngjang angekündigt' `1'000` deminers and "
        "`5'000` builders (russia, planned, days 11-20; no 'weitere': not increments); 'Laut dem "
        "südkoreanischen Nachrichtendienst, dessen Direktor am Donnerstag … auftrat' `rund "
        "2'000` fallen and, Konjunktiv carried with 'hiess es', `mehreren tausend` "
        "'zusätzlichen' builders (vague, increment, planned); Rutte 'sprach im Juli von "
        "insgesamt' `bis zu 15'000` (at_most, a total: not an increment, the month); villagers, "
        "ringers, kilos, francs, a share of the village, ages, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Jahresbrief 2025 &middot; Treichlergruppe Eriz</title>
<meta property="article:published_time" content="2025-08-06T18:15:00+02:00">
<meta property="og:site_name" content="Treichlergruppe Eriz">
<script>var auftritt = {naechster: "Alpabzug Innereriz", datum: "2025-09-20", treicheln: \
21};</script>
</head>
<body>
<div class="cookie-hinweis">Diese Seite setzt ein einziges Cookie, damit das Formular für \
Auftrittsanfragen Ihre Angaben behält. <a href="#">Verstanden</a></div>
<nav><a href="/">Startseite</a> &middot; <a href="/gruppe">Die Gruppe</a> &middot; <a \
href="/auftritte">Auftritte</a> &middot; <a href="/jahresbrief">Jahresbrief</a></nav>
<main>
<h1>Nach dem Ersten August: Post aus dem Eriz</h1>
<p>Liebe Treichlerinnen und Treichler, liebe Gönnerinnen und Gönner</p>
<p>Am Bundesfeiertag sind wir mit 19 Männern und zwei Frauen durch Schwarzenegg gezogen, und der \
Klang hat bis ins Zulgtal hinunter getragen. Die grösste Treichel, die «Hohgant», wiegt 14 Kilo. \
Die neue «Honegg», im Frühling bei einem Treichelschmied im Emmental von Hand geschmiedet, hat \
Fr. 1'450.– gekostet und ist ganz aus dem Erlös der Metzgete bezahlt. Bis zum Alpabzug am 20. \
September proben wir jeden Donnerstag ab 20 Uhr beim Schulhaus Innereriz.</p>
<h2>Ein Zimmermann aus Kowel</h2>
<p>Zum ersten Mal im Zug mitgelaufen ist Wassyl Hordijenko, 58, ein Zimmermann aus Kowel in \
Wolhynien, der seit zwei Jahren in der Sägerei in Ausserriz arbeitet. Sein Sohn ist Funker bei \
einer Brigade im Gebiet Sumy. Am Samstag habe der Sohn angerufen, erzählt Wassyl: Auf der \
russischen Seite, im Wald vor seinem Abschnitt, lägen [[gegen 300]] Nordkoreaner. Bei einem \
Vorstoss in der Nacht auf Freitag seien [[Dutzende]] von ihnen gefallen. «Er sagt, sie rennen \
über offenes Feld wie vor hundert Jahren», sagt Wassyl. «Und am nächsten Tag kommen neue.»</p>
<p>Die Fahne getragen hat am Ersten August Seo Ji-hoon, 27, aus Gangneung, der diesen Sommer ein \
Praktikum in der Alpkäserei auf der Honegg macht. «Ich bin sicher, dass Kim inzwischen [[über \
20'000]] Mann nach Russland geschickt hat», sagt er. «Zuhause redet man darüber erst, wenn es in \
der Zeitung steht.»</p>
<h2>Aus der Zeitung</h2>
<p>Der russische Sicherheitsratschef Sergei Schoigu hatte Mitte Juni in Pjöngjang angekündigt, \
der Norden werde [[1'000]] Minenräumer und [[5'000]] Militärbauer ins Gebiet Kursk schicken. Laut \
dem südkoreanischen Nachrichtendienst, dessen Direktor am Donnerstag vor dem \
Geheimdienstausschuss in Seoul auftrat, sind seit dem letzten Herbst [[rund 2'000]] Nordkoreaner \
gefallen. Pjöngjang bereite zudem die Entsendung von [[mehreren tausend]] zusätzlichen \
Bauarbeitern vor, hiess es. Nato-Generalsekretär Mark Rutte sprach im Juli von insgesamt [[bis zu \
15'000]] Soldaten, die Pjöngjang seit Oktober 2024 über die Grenze geschickt habe. Das \
Eriz selbst zählt gut 500 Einwohnerinnen und Einwohner, und ein Drittel davon stand am Ersten \
August am Strassenrand.</p>
</main>
<footer>Treichlergruppe Eriz &middot; Innereriz &middot; 3619 Eriz &middot; Tel. 033 453 17 82 \
&middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/anfrage.js"></script>
</body>
</html>
""",
    claims=(
        C("gegen 300", 300, "approx", "near_front", "other", "sat..pub",
          "a carpenter from Kovel relaying his son, a radio operator in the Sumy region ('Am "
          "Samstag habe der Sohn angerufen, erzählt Wassyl', Konjunktiv; the speaker quoted: "
          "other): lying in the woods on the Russian side opposite his sector ('gegen' as "
          "approx; from Saturday, 2 August, to publication)"),
        C("Dutzende", None, "vague", "casualties", "other", "sat..pub",
          "same call, Konjunktiv carried: fallen in a night attack (the night before the call "
          "is not the claim date)"),
        C("über 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "a cheese-dairy intern from Gangneung, «Ich bin sicher, …», 'sagt er' (undated): sent "
          "to Russia by now ('über' as at_least)"),
        C("1'000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'hatte Mitte Juni in Pjöngjang angekündigt' (days 11-20): deminers to be sent "
          "to the Kursk region (an announcement without 'weitere': not an increment)"),
        C("5'000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders for the Kursk region"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "thu",
          "'Laut dem südkoreanischen Nachrichtendienst, dessen Direktor am Donnerstag vor dem "
          "Geheimdienstausschuss in Seoul auftrat' (31 July): fallen since last autumn (a "
          "counting period, not the claim date)"),
        C("mehreren tausend", None, "vague", "planned", "south_korea", "thu",
          "same briefing, Konjunktiv carried ('bereite zudem … vor, hiess es'): 'zusätzlichen' "
          "construction workers (vague, increment, planned)", add=True),
        C("bis zu 15'000", 15000, "at_most", "in_russia", "nato", "2025-07-01..2025-07-31",
          "Rutte 'sprach im Juli von insgesamt' (the month): sent across the border since "
          "October 2024 (a total, not an increment)"),
    ),
)


S03 = Source(
    article_id="v163_03_mitteilungen_jassclub_rueeggisberg",
    language="de", fmt="txt", encoding="latin-1", published=day("2024-11-12"),
    dated_by="dateline", crlf=True,
    features="a Jass club's bulletin from Rüeggisberg above the Schwarzwasser (Gantrisch "
        "foothills, canton of Bern) as plain text, ISO-8859-1 with CRLF, «» and '-' (no "
        "sidecar), dated by the place line 'Rüeggisberg, 12. November 2024' (Tuesday); Swiss "
        "conventions (`ss`, «», `4'213`, `Fr. 25.-`, `15'000`, `3'000`, `8'000`, `11'000`, "
        "`600'000`); players, tables, points, the entry fee and members first; a retired bus "
        "driver from Berdychiv relaying his nephew, a gunner in the Kursk region ('Vergangene "
        "Woche habe ihm der Neffe geschrieben …, erzählt Oleksandr') `ein paar hundert` dug in "
        "(vague, other, `lastweek`); a nurse from Cheongju 'fürchtet' `mehr als 15'000` in "
        "Russia by New Year (at_least, planned, other, `pub`); sentence-initial `Rund 3'000` "
        "with the claimant in the next sentence ('Das teilte der südkoreanische "
        "Nachrichtendienst am 23. Oktober mit'); 'Ende Oktober hiess es im Pentagon' `etwa "
        "8'000` moved to the Kursk border region (days 21-31); Zelensky 'sprach am Montag von' "
        "`11'000` in Kursk; NATO without a figure; the club's own `Tausende` sent into a foreign "
        "war in the Kursk region (unattributed, near the front, required); Russia's losses, "
        "players, tables, points, francs, members, ages, years, dates, a phone number",
    text="""\
Jassclub Schwarzwasser - Mitteilungen 4/2024

Rüeggisberg, 12. November 2024

Liebe Jasserinnen und Jasser

Das Herbstturnier im Saal des Gasthofs Kreuz war ausgebucht: 64 Spielerinnen und Spieler an 16 \
Tischen, gespielt wurde ein Schieber mit zugelosten Partnern über vier Passen zu je zwölf \
Spielen. Gewonnen hat Käthi Zbinden aus Helgisried mit 4'213 Punkten, nur knapp vor Ruedi Gfeller \
aus Mittelhäusern. Das Startgeld von Fr. 25.- ging zur Hälfte an die Sanierung der Mauern bei der \
Klosterruine. Der Club zählt jetzt 41 Mitglieder; das jüngste ist 19, das älteste 91 Jahre alt.

Von Berdytschiw an den Jasstisch

Oleksandr Kowalenko, 61, war in Berdytschiw Buschauffeur und wohnt seit dem Frühling 2022 mit \
seiner Frau in einer Wohnung hinter der Post. Den Schieber hat er im Winter darauf gelernt, und \
inzwischen weist er so sauber wie ein Einheimischer. Sein Neffe dient bei der Artillerie im \
Gebiet Kursk. Vergangene Woche habe ihm der Neffe geschrieben, im Wald vor ihrer Stellung hätten \
sich [[ein paar hundert]] Koreaner eingegraben, erzählt Oleksandr. Sie seien gut ausgerüstet, \
aber sie kennten das Gelände nicht. «Er schreibt nie, wie es ihm geht, nur, was er sieht», sagt er.

Eine Pflegefachfrau aus Cheongju

Lee Da-in, 35, aus Cheongju arbeitet seit drei Jahren als Pflegefachfrau im Altersheim am \
Dorfrand und jasst am Donnerstagnachmittag mit den Bewohnern. Sie fürchtet, dass bis Neujahr \
[[mehr als 15'000]] Nordkoreaner in Russland stehen werden. «Die Eltern dort wissen nicht einmal, \
wohin man ihre Söhne gebracht hat», sagt sie.

Was man aus den Nachrichten weiss

[[Rund 3'000]] nordkoreanische Soldaten seien bereits in Russland. Das teilte der südkoreanische \
Nachrichtendienst am 23. Oktober mit. Ende Oktober hiess es im Pentagon, [[etwa 8'000]] seien \
schon in die Grenzregion Kursk verlegt worden. Präsident Selenskyj sprach am Montag von \
[[11'000]] Nordkoreanern im Gebiet Kursk. Die Nato bestätigte den Einsatz ebenfalls, nannte aber \
keine eigene Zahl. Russland selbst hat nach britischen Schätzungen in diesem Krieg schon über \
600'000 Mann verloren. Wir denken beim Jassen auch an die [[Tausende]] junger Männer aus dem \
Norden, die im Gebiet Kursk in einen fremden Krieg geschickt werden.

Nächster Jassabend: Freitag, 29. November, 19.30 Uhr im Kreuz. Anmeldung bei Hansueli Wenger, \
Telefon 031 809 24 57.
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "lastweek",
          "a retired bus driver from Berdychiv relaying his nephew, a gunner in the Kursk region "
          "('Vergangene Woche habe ihm der Neffe geschrieben …, erzählt Oleksandr', Konjunktiv; "
          "the speaker quoted: other): dug in in the woods in front of their position"),
        C("mehr als 15'000", 15000, "at_least", "planned", "other", "pub",
          "a nurse from Cheongju, 'Sie fürchtet' (undated): in Russia by New Year (a forecast: "
          "planned)"),
        C("Rund 3'000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "sentence-initial figure, the claimant in the next sentence ('Das teilte der "
          "südkoreanische Nachrichtendienst am 23. Oktober mit'): already in Russia"),
        C("etwa 8'000", 8000, "approx", "near_front", "united_states", "2024-10-21..2024-10-31",
          "'Ende Oktober hiess es im Pentagon' (day 21 to the month's end): moved to the Kursk "
          "border region"),
        C("11'000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'sprach am Montag von' (11 November): in the Kursk region"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the club's own framing, no source (required): young men sent into a foreign war in "
          "the Kursk region"),
    ),
)


S04 = Source(
    article_id="v163_04_flugbrief_drachenflieger_albstadt_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-12"),
    dated_by="sidecar",
    sidecar=(
        "Drachenfliegerclub Zollernalb – Flugbrief",
        "https://www.dfc-zollernalb.example/flugbrief/2025-06",
        "Flugbrief Juni 2025: Clubrekord bis an den Bodensee und ein Mechaniker aus Pawlohrad",
    ),
    features="a hang-gliding club's flight letter from Albstadt on the Zollernalb (Swabian Jura "
        "escarpment) in HTML, windows-1252 with a `<meta http-equiv>` charset and raw `„“` and "
        "`–`, no meta date (sidecar, Thursday), a cookie banner about the weather widget, a "
        "script, navigation, entities (`&middot;`), a footer with a postcode and a phone number; "
        "`<title>` and headline without a figure; launches, a 118-kilometre record, a windsock's "
        "euros, metres of ramp, members and a taster flight's price first; an aircraft mechanic "
        "from Pavlohrad relaying his cousin, a reconnaissance drone pilot at the border near Sumy "
        "('Am Dienstag habe ihm der Cousin Luftbilder geschickt, erzählt Wolodymyr', Konjunktiv "
        "carried) `Etwa 150` digging trenches on the Russian side and `zwölf` killed by a drone "
        "the weekend before (number word; both other, from Tuesday to publication); an "
        "engineer from Ulsan 'hält … für realistisch' `25.000 bis 30.000` sent by the end of the "
        "year 'insgesamt' (range, planned, a total: not an increment, other, `pub`); the joint "
        "chiefs 'meldete am Montag' `etwa 15.000` who served in Russia and, Konjunktiv carried, "
        "`An die 2.000` fallen; Pyongyang's confirmation without a figure; 'Nach Angaben aus "
        "Kiew' `mehrere tausend` at the Sumy border (`pub`); the White House 'ließ vergangene "
        "Woche wissen' `bis zu 3.000` 'zusätzlichen' (at_most, increment, planned); Russia's "
        "losses since the invasion, launches, kilometres, hours, euros, metres, members, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Flugbrief Juni | Drachenfliegerclub Zollernalb</title>
<script>var startplatz = {name: "Raichberg", richtung: "NW", hoehe: 956};</script>
</head>
<body>
<div class="cookie-banner">Ein Cookie merkt sich, welchen Startplatz Sie im Wetter-Widget gewählt \
haben. <a href="#">Zustimmen</a> &middot; <a href="#">Ablehnen</a></div>
<nav><a href="/">Start</a> &middot; <a href="/club">Der Club</a> &middot; <a \
href="/schnuppern">Schnupperfliegen</a> &middot; <a href="/flugbrief">Flugbrief</a></nav>
<main>
<h1>Thermik am Albtrauf – der Flugbrief im Juni</h1>
<p>Liebe Pilotinnen und Piloten,</p>
<p>so einen Mai hatten wir lange nicht. Vom Startplatz am Raichberg über Onstmettingen sind \
unsere Drachen 47 Mal in die Luft gegangen, und Jochen Riester ist Ende Mai in gut fünf Stunden \
118 Kilometer weit bis an den Bodensee geflogen – Clubrekord. Der neue Windsack hat 240 Euro \
gekostet, die Startrampe ist um zwei Meter länger geworden. Wir sind jetzt 23 Mitglieder, und ein \
Schnupperflug am Tandemdrachen kostet weiterhin 95 Euro.</p>
<h2>Ein Flugzeugmechaniker aus Pawlohrad</h2>
<p>Wolodymyr Tkatsch, 39, hat in Pawlohrad Flugzeugmechaniker gelernt und arbeitet heute in einer \
Strickmaschinenfabrik in Tailfingen. Seit April hilft er uns beim Aufbau am Startplatz, und kein \
Segel sitzt straffer als eines, das er gespannt hat. Sein Cousin fliegt Aufklärungsdrohnen an der \
Grenze bei Sumy. Am Dienstag habe ihm der Cousin Luftbilder geschickt, erzählt Wolodymyr: [[Etwa \
150]] Nordkoreaner hätten auf der russischen Seite neue Gräben ausgehoben, keine drei Kilometer \
von der Grenze. Am Wochenende davor seien [[zwölf]] von ihnen bei einem Drohnenangriff ums Leben \
gekommen. Der Cousin zähle sie jeden Morgen neu.</p>
<p>Kang Min-jae, 46, Maschinenbauingenieur aus Ulsan, arbeitet seit letztem Jahr bei einem \
Zulieferer in Balingen und fliegt seit März bei uns mit. Er hält [[25.000 bis 30.000]] für \
realistisch – so viele Soldaten werde Kim bis Jahresende insgesamt nach Russland geschickt haben. \
„Der Norden verkauft, was er hat, und er hat vor allem junge Männer“, sagt er.</p>
<h2>Was in der Zeitung stand</h2>
<p>Der südkoreanische Generalstab meldete am Montag, seit dem vergangenen Herbst hätten [[etwa \
15.000]] Nordkoreaner in Russland gedient. [[An die 2.000]] von ihnen seien gefallen. Pjöngjang \
hatte den Einsatz Ende April erstmals offiziell bestätigt, ohne eine Zahl zu nennen. Nach Angaben \
aus Kiew stehen zurzeit [[mehrere tausend]] Nordkoreaner an der Grenze zum Gebiet Sumy. Das Weiße \
Haus ließ vergangene Woche wissen, man rechne im Sommer mit [[bis zu 3.000]] zusätzlichen \
Soldaten aus dem Norden. Russland hat laut ukrainischem Generalstab seit Beginn der Invasion fast \
eine Million Mann verloren.</p>
</main>
<footer>Drachenfliegerclub Zollernalb e.V. &middot; Postfach 1108 &middot; 72461 Albstadt \
&middot; Tel. 07432 98 31 40 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/wetter.js"></script>
</body>
</html>
""",
    claims=(
        C("Etwa 150", 150, "approx", "near_front", "other", "tue..pub",
          "an aircraft mechanic from Pavlohrad relaying his cousin, a drone pilot at the border "
          "near Sumy ('Am Dienstag habe ihm der Cousin Luftbilder geschickt, erzählt "
          "Wolodymyr', Konjunktiv; the speaker quoted: other): digging new trenches on the "
          "Russian side (from Tuesday, 10 June, to publication)"),
        C("zwölf", 12, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried: killed in a drone strike the weekend before (an "
          "event period, not the claim date; number word)"),
        C("25.000 bis 30.000", None, "range", "planned", "other", "pub",
          "an engineer from Ulsan, 'Er hält … für realistisch' (undated): sent to Russia "
          "'insgesamt' by the end of the year (a forecast total: planned, not an increment)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "mon",
          "the joint chiefs 'meldete am Montag' (9 June): served in Russia since last autumn"),
        C("An die 2.000", 2000, "approx", "casualties", "south_korea", "mon",
          "same report, Konjunktiv carried ('seien gefallen'): fallen ('an die' as approx)"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "pub",
          "'Nach Angaben aus Kiew' (undated): at the border with the Sumy region now"),
        C("bis zu 3.000", 3000, "at_most", "planned", "united_states", "lastweek",
          "'Das Weiße Haus ließ vergangene Woche wissen': 'zusätzlichen' soldiers expected in "
          "the summer (increment, planned)", add=True),
    ),
)


S05 = Source(
    article_id="v163_05_leserbriefe_zollernbote_hechingen",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-02-07"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Der Zollernbote – Leserbriefe",
        "https://www.zollernbote.example/leserbriefe/2025-02-07",
        "Leserbriefe: Bürgerbus, ein Schwiegersohn bei Kursk und ein Schwiegervater in Paju",
    ),
    features="a readers' letters page from a Hechingen weekly (Zollernalb district) as plain "
        "text, UTF-8 with BOM and CRLF (sidecar, Friday), `–` in the page head, no quotation "
        "marks; a letter on the town bus without a claim; parents relaying their son-in-law, a "
        "vet from Konotop serving in the Kursk region ('Am Dienstag hat er sie angerufen …, sagte "
        "er') `etwa 40` in a night attack (near the front) and sentence-initial `Drei` who "
        "surrendered (number word, casualties; both other, from Tuesday to publication); a reader "
        "answering the paper's own report ('In Ihrem Bericht vom 31. Januar war von … die Rede') "
        "`12.000` in Russia (unattributed, required, that day), the NIS 'hat am 13. Januar "
        "mitgeteilt' `rund 300` fallen and `2.700` wounded, Zelensky 'sprach vergangene Woche "
        "sogar von' `fast 4.000` dead and wounded and 'nach Einschätzung der Nato' `Tausende` "
        "'weitere' (vague, increment, planned, `pub`); a reader relaying his father-in-law, a "
        "retired South Korean colonel in Paju ('Am Telefon sagt er seit Wochen dasselbe', "
        "undated, Konjunktiv) `bis zu 5.000` 'noch einmal' in spring (at_most, increment, "
        "planned, other, `pub`); metres, months, euros, years, kilometres, ages",
    text="""\
DER ZOLLERNBOTE – LESERBRIEFE

Der Bürgerbus braucht eine Haltestelle am Obertor

Seit der Umleitung wegen der Kanalarbeiten hält der Bürgerbus nicht mehr am Obertorplatz. Wer \
dort oben wohnt und nicht mehr gut zu Fuß ist, läuft jetzt 600 Meter bergauf bis zur Haltestelle \
am Rathaus. Die Baustelle soll bis Ende Mai dauern, also noch fast vier Monate. Ein Schild und \
eine Bank für eine provisorische Haltestelle würden keine 500 Euro kosten.
Hildegard Sauter, Hechingen

Unser Schwiegersohn im Gebiet Kursk

Unsere Tochter hat vor elf Jahren Serhij geheiratet, einen Tierarzt aus Konotop. Seit dem Sommer \
dient er in einer Panzergrenadierbrigade im Gebiet Kursk. Am Dienstag hat er sie angerufen, zum \
ersten Mal seit Neujahr. Seine Kompanie habe in der Nacht davor einen Angriff von [[etwa 40]] \
Nordkoreanern abgewehrt, sagte er. [[Drei]] hätten sich danach ergeben, einer davon kaum älter \
als 18. Wir beten jeden Abend für ihn und auch für die Mütter auf der anderen Seite.
Gerda und Walter Bitzer, Bisingen

Wer Zahlen druckt, sollte sagen, von wann sie sind

In Ihrem Bericht vom 31. Januar war von [[12.000]] Nordkoreanern in Russland die Rede. So einfach \
ist es nicht mehr. Der südkoreanische Geheimdienst hat am 13. Januar mitgeteilt, dass [[rund \
300]] von ihnen gefallen und [[2.700]] verwundet seien. Präsident Selenskyj sprach vergangene \
Woche sogar von [[fast 4.000]] Toten und Verwundeten. Und nach Einschätzung der Nato kann \
Pjöngjang jederzeit [[Tausende]] weitere Soldaten nachschieben. Eine Zahl ohne Datum ist in \
diesem Krieg keine Nachricht.
Dr. Rainer Kohlhepp, Hechingen

Mein Schwiegervater in Paju

Mein Schwiegervater war Oberst in der südkoreanischen Armee und lebt in Paju, keine zehn \
Kilometer von der Grenze zum Norden. Am Telefon sagt er seit Wochen dasselbe: Kim werde im \
Frühjahr noch einmal [[bis zu 5.000]] Mann schicken, weil Moskau mit Öl und mit Technik bezahle. \
Ich wünschte, er hätte unrecht. Meine Frau zündet jeden Sonntag eine Kerze an, auch für die \
Jungen von drüben.
Tobias Schäfer, Burladingen
""",
    claims=(
        C("etwa 40", 40, "approx", "near_front", "other", "tue..pub",
          "parents relaying their son-in-law, a vet from Konotop in the Kursk region ('Am "
          "Dienstag hat er sie angerufen …, sagte er'; the letter writers quoted: other): an "
          "attack repelled the night before the call (from Tuesday, 4 February, to "
          "publication)"),
        C("Drei", 3, "exact", "casualties", "other", "tue..pub",
          "same call, Konjunktiv carried ('hätten sich danach ergeben'): surrendered "
          "(sentence-initial number word)"),
        C("12.000", 12000, "exact", "in_russia", "unattributed", "2025-01-31",
          "a reader citing the paper's own report ('In Ihrem Bericht vom 31. Januar war von … "
          "die Rede'; unattributed, required, that day): in Russia"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'hat am 13. Januar mitgeteilt': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky 'sprach vergangene Woche sogar von': dead and wounded ('fast' as approx)"),
        C("Tausende", None, "vague", "planned", "nato", "pub",
          "'nach Einschätzung der Nato' (undated): 'weitere' soldiers Pyongyang can send at any "
          "time (vague, increment, planned)", add=True),
        C("bis zu 5.000", 5000, "at_most", "planned", "other", "pub",
          "a reader relaying his father-in-law, a retired South Korean colonel in Paju ('Am "
          "Telefon sagt er seit Wochen dasselbe', undated, Konjunktiv; other): 'noch einmal' in "
          "spring (increment, planned)", add=True),
    ),
)


S06 = Source(
    article_id="v163_06_kundenbrief_teichwirtschaft_lieberose_md",
    language="de", fmt="md", encoding="cp1252", published=day("2024-12-04"),
    dated_by="sidecar",
    sidecar=(
        "Teichwirtschaft Schlaubetal – Kundenbrief",
        "https://www.teichwirtschaft-schlaubetal.example/kundenbrief/2024-12",
        "Kundenbrief Dezember 2024: Weihnachtskarpfen, Otter und eine Räucherin aus Melitopol",
    ),
    features="a carp pond fishery's customer letter from Lieberose by the Schlaubetal (Oder-Spree "
        "and Dahme-Spreewald, Brandenburg) in Markdown, windows-1252, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure, `„“`; ponds, tonnes of carp, the "
        "share lost to otters and cormorants, prices per kilo and order dates first; a "
        "smokehouse owner from Melitopol relaying her husband, a tank soldier in the Kursk region "
        "('Am Sonntag hat er ihr geschrieben, dass') `mehrere hundert` taking up positions "
        "opposite (vague, other, from Sunday to publication); an aquaculture student from Mokpo "
        "'rechnet bis zum Frühjahr mit' `20.000 oder mehr` (at_least, planned, other, `pub`); "
        "the NIS 'teilte am 20. November mit' `mehr als 10.000` in Russia ('mehr als' a hedge, "
        "not an increment); 'Dem ukrainischen Militärgeheimdienst zufolge' `rund 11.000` in "
        "Kursk (`pub`); a State Department spokesman 'sagte gestern' `Hunderte` dead and "
        "wounded (`yday`); Moscow without a figure; the fishery's own `Tausenden` holding out in "
        "dugouts before Kursk (unattributed, near the front, required); Russia's daily losses, "
        "ponds, tonnes, per cent, euros, dates, ages",
    text="""\
---
titel: Kundenbrief zur Karpfensaison
betrieb: Teichwirtschaft Schlaubetal
ort: Lieberose
---

# Kundenbrief zur Karpfensaison

Liebe Kundinnen und Kunden,

die Abfischung ist vorbei, und sie war besser als befürchtet. Aus unseren 31 Teichen zwischen \
Lieberose und dem Schlaubetal haben wir im Oktober rund 17 Tonnen Karpfen geholt, dazu Schleie, \
Hechte und einige Zander. Otter und Kormorane haben sich wieder ihren Anteil genommen, nach \
unserer Schätzung gut 20 Prozent des Besatzes. Der Weihnachtskarpfen kostet in diesem Jahr 9,80 \
Euro das Kilo, küchenfertig filetiert 16,50 Euro. Bestellungen nehmen wir bis zum 18. Dezember \
an; abgeholt wird am 23. und 24. Dezember am Hälterhaus an der Straße nach Jamlitz.

## Eine Räucherin aus Melitopol

Im Hälterhaus steht seit dem Sommer Iryna Bondarenko, 42, die in Melitopol eine kleine Räucherei \
betrieb, bevor die Stadt besetzt wurde. Sie filetiert schneller als wir alle zusammen. Ihr Mann \
kämpft mit einer Panzerbrigade im Gebiet Kursk. Am Sonntag hat er ihr geschrieben, dass [[mehrere \
hundert]] Nordkoreaner gegenüber seiner Brigade in Stellung gegangen seien. Bisher würden sie nur \
beobachten und graben. „Er meint, sie warten auf den Frost“, sagt Iryna.

## Ein Praktikant aus Mokpo

Moon Hyun-woo, 29, studiert in Mokpo Aquakultur und ist für drei Monate bei uns. Zu Hause, \
erzählt er, werde viel gerätselt, wie viele Männer Kim noch schicken könne. Er selbst rechnet bis \
zum Frühjahr mit [[20.000 oder mehr]]. „Für die Familien im Norden ist das ein Schweigen ohne \
Ende.“

## Aus den Nachrichten

Südkoreas Geheimdienst teilte am 20. November mit, von den [[mehr als 10.000]] Nordkoreanern in \
Russland sei ein Teil bereits an Kämpfen beteiligt. Dem ukrainischen Militärgeheimdienst zufolge \
stehen [[rund 11.000]] von ihnen im Gebiet Kursk. Ein Sprecher des US-Außenministeriums sagte \
gestern, es gebe unter ihnen bereits [[Hunderte]] Tote und Verwundete. Aus Moskau hieß es dazu \
nur, die Zusammenarbeit mit Pjöngjang gehe niemanden etwas an. Laut Kiew verliert Russland \
derzeit jeden Tag mehr als 1.500 Soldaten. Wir denken in diesem Advent auch an die [[Tausenden]] \
jungen Nordkoreaner, die den Winter in Erdlöchern vor Kursk ausharren müssen.
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun..pub",
          "a smokehouse owner from Melitopol relaying her husband, a tank soldier in the Kursk "
          "region ('Am Sonntag hat er ihr geschrieben, dass'; the speaker quoted: other): taking "
          "up positions opposite his brigade (from Sunday, 1 December, to publication)"),
        C("20.000 oder mehr", 20000, "at_least", "planned", "other", "pub",
          "an aquaculture student from Mokpo, 'Er selbst rechnet bis zum Frühjahr mit' "
          "(undated): a forecast ('oder mehr' after the figure as at_least)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "2024-11-20",
          "the NIS 'teilte am 20. November mit': in Russia ('mehr als' a hedge, not an "
          "increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): in the Kursk region"),
        C("Hunderte", None, "vague", "casualties", "united_states", "yday",
          "a State Department spokesman 'sagte gestern' (3 December): dead and wounded"),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the fishery's own framing, no source (required): holding out in dugouts before Kursk "
          "this winter"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Cedar Key, Mayne Island, Wolfe Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v163_07_seafood_festival_wire_cedar_key",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-19"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the seafood festival on Cedar Key (Levy County, "
        "Florida's Nature Coast) as plain text, UTF-8 with CRLF, slug line, byline and dateline "
        "'CEDAR KEY, Florida, October 19, 2025 (Nature Coast Wire) —' (Sunday), straight quotes "
        "and em dashes; the crowd and the hurricanes first; the headline's `2,000` from the spy "
        "agency of Tuesday (Tuesday to publication, hedge dropped); 'On Tuesday, South Korea's "
        "spy agency told a parliamentary audit that' `roughly 2,000` killed and, 'and that', "
        "`3,000 to 5,000` 'more' (range, increment, planned); a clam farmer from Berdiansk "
        "relaying his brother, a gunner on the Sumy front ('texted him on Friday night. \"He "
        "wrote that …\"', 'Bondar said') `a couple of hundred` in the tree lines opposite "
        "(vague, other, from Friday to publication); a nurse from Gyeongju 'figures' `close to "
        "20,000` who rotated through Russia (approx, other, `pub`) and the North's army as a "
        "whole (not a claim); TASS 'reported on Wednesday' `about 1,000` deminers in Kursk "
        "(russia, near the front); KCNA 'said in August' `101` names on a memorial wall "
        "(north_korea, casualties, the month); Rutte 'told a security forum earlier this month' "
        "`at least 14,000` sent (the 1st to publication); visitors, vendors, years, an ordinal, "
        "jobs in the county, ages, a newsroom phone number",
    text="""\
FESTIVAL-FLORIDA/KOREA

At Cedar Key's seafood festival, talk turns to Seoul's count of [[2,000]] North Korean dead

By Loretta Haskins

CEDAR KEY, Florida, October 19, 2025 (Nature Coast Wire) — Organisers put the crowd at about \
25,000 as visitors packed Dock Street and Second Street for the 56th Cedar Key Seafood Festival \
this weekend, the first since two hurricanes flooded much of the island's waterfront last year. \
Between plates of clam fritters and smoked mullet, some found themselves talking about a war on \
the other side of the world.

On Tuesday, South Korea's spy agency told a parliamentary audit that [[roughly 2,000]] North \
Korean soldiers had been killed fighting for Russia, and that Pyongyang was getting ready to send \
[[3,000 to 5,000]] more, mostly engineers and sappers.

Dmytro Bondar, 34, who grew up fishing the Sea of Azov near Berdiansk and now works a clam lease \
off Atsena Otie Key, said his younger brother, a gunner on the Sumy front, texted him on Friday \
night. "He wrote that [[a couple of hundred]] North Koreans had moved into the tree lines across \
from his battery," Bondar said, shucking clams behind a vendor's table. "He has been there since \
spring and never saw so many."

Hwang Eun-ji, 52, a nurse from Gyeongju who drove over from Gainesville with her husband, figures \
[[close to 20,000]] North Koreans have rotated through Russia since the deployment began. "Kim \
sends them \
in shifts, so nobody outside can count," she said. The North's own army, she pointed out, is well \
over a million strong.

Russia's TASS news agency reported on Wednesday that [[about 1,000]] North Korean deminers were \
still at work in the Kursk region. North Korea's KCNA said in August that Kim Jong Un had \
unveiled a memorial wall in Pyongyang carrying the names of [[101]] soldiers who died abroad. \
NATO Secretary General Mark Rutte told a security forum earlier this month that Pyongyang had \
sent [[at least 14,000]] troops to Russia since 2024.

The festival, held on the third weekend of October since 1964, drew 140 food and craft vendors \
this year. Clam farming supports about 500 jobs in Levy County, according to the county's \
extension office.

(Reporting by Loretta Haskins; editing by Dale Purvis; newsroom +1 352 555 0148)
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "headline ('Seoul's count of'): the spy agency's figure of the body ('On Tuesday', 14 "
          "October), Tuesday to publication, hedge dropped: killed"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'On Tuesday, South Korea's spy agency told a parliamentary audit that' (14 October): "
          "killed fighting for Russia"),
        C("3,000 to 5,000", None, "range", "planned", "south_korea", "tue",
          "same audit, 'and that': 'more', mostly engineers and sappers, Pyongyang is getting "
          "ready to send (range, increment, planned)", add=True),
        C("a couple of hundred", None, "vague", "near_front", "other", "fri..pub",
          "a clam farmer from Berdiansk relaying his brother, a gunner on the Sumy front "
          "('texted him on Friday night. \"He wrote that …\"', 'Bondar said'; the speaker "
          "quoted: other): moved into the tree lines opposite his battery (from Friday, 17 "
          "October, to publication)"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a nurse from Gyeongju, 'figures' (undated): rotated through Russia since the "
          "deployment began ('close to' as approx)"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "wed",
          "'Russia's TASS news agency reported on Wednesday' (15 October): deminers still at "
          "work in the Kursk region"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "'North Korea's KCNA said in August' (the month): names of soldiers who died abroad on "
          "a memorial wall"),
        C("at least 14,000", 14000, "at_least", "in_russia", "nato", "2025-10-01..pub",
          "Rutte 'told a security forum earlier this month' (the 1st to publication): sent to "
          "Russia since 2024"),
    ),
)


S08 = Source(
    article_id="v163_08_shell_club_notes_cedar_key_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-04-16"),
    dated_by="html_meta",
    features="a shell club's notes from Cedar Key (Levy County, Florida) in HTML, ISO-8859-1 with "
        "a raw `é` and quotes and apostrophes only as entities (`&ldquo;`, `&rdquo;`, "
        "`&rsquo;`, `&middot;`), `<meta name=\"date\">` (Wednesday), a cookie note about the "
        "species list, a script, navigation, a footer with a ZIP code and a phone number; "
        "`<title>` and headline without a figure; entries, visitors, dues and a low tide in feet "
        "first; a retired chemistry teacher from Vinnytsia relaying her son-in-law, a sapper in "
        "the Kursk region ('On Sunday, she told us, he phoned to say that') `around 80` dug in "
        "along a strip of pine forest (other, from Sunday to publication); a retired marine "
        "biologist from Sokcho 'believes' `at least 4,000` killed or wounded (at_least, "
        "casualties, other, `pub`); the NIS 'said last Thursday' `some 3,000` 'additional' (in "
        "Russia, increment, six days before); a Pentagon official 'told reporters this month' "
        "`up to 12,000` still in Russia (at_most, the 1st to publication); Syrskyi 'said on "
        "Monday' `a few thousand` on the Kursk front; 'In March, NATO officials put the North's "
        "losses at' `nearly 5,000` (approx, the month); Moscow without a figure; entries, "
        "visitors, days, dollars, feet, times, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-04-16">
<title>Club Notes &middot; Cedar Key Shell Club</title>
<script>var showData = {year: 2025, entries: "/data/entries.json", judges: 3};</script>
</head>
<body>
<div class="cookie-note">We set one cookie so the species list remembers where you stopped \
reading. <a href="#">Fine by me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/show">Shell Show</a> &middot; <a href="/walks">Beach \
Walks</a> &middot; <a href="/notes">Club Notes</a></nav>
<main>
<h1>Club notes: a junonia, a full hall and a chemistry teacher from Vinnytsia</h1>
<p>Our spring shell show at the community center drew 212 entries and close to 600 visitors over \
two days, and the judges needed most of Saturday afternoon to agree on best in show. It went to \
Marla Pruitt&rsquo;s junonia, picked up on a sandbar off Atsena Otie after the winter storms. \
Dues stay at $20 a household. The next low-tide walk is on April 28 at 7 a.m., when the water \
drops to minus 0.6 feet; bring a bucket, leave the live ones where they are, and join us for \
coffee at the café on Second Street afterwards.</p>
<h2>New faces</h2>
<p>Halyna Savchuk, 66, a retired chemistry teacher from Vinnytsia who came to Florida to live \
with her daughter, joined in January and can already tell her tulip shells from her horse conchs. \
Her son-in-law is a sapper in the Kursk region. On Sunday, she told us, he phoned to say that \
[[around 80]] North Koreans had dug in along a strip of pine forest barely a kilometre from his \
platoon. &ldquo;He says they are quieter than the Russians, and that worries him more,&rdquo; she \
said.</p>
<p>Jang Hyun-soo, 58, a retired marine biologist from Sokcho who spends the winters here, \
believes [[at least 4,000]] of Kim&rsquo;s soldiers are dead or wounded by now. &ldquo;My \
mother was born in the North. Those boys could be my cousins,&rdquo; he said.</p>
<h2>Beyond the beach</h2>
<p>South Korea&rsquo;s National Intelligence Service said last Thursday that Pyongyang had \
shipped [[some 3,000]] additional troops to Russia in January and February. A Pentagon official \
told reporters this month that [[up to 12,000]] North Koreans were still in Russia. \
Ukraine&rsquo;s commander-in-chief, Oleksandr Syrskyi, said on Monday that [[a few thousand]] \
remained on the Kursk front. In March, NATO officials put the North&rsquo;s losses at [[nearly \
5,000]] dead and wounded. Moscow has yet to confirm that any North Korean soldier is in Russia at \
all.</p>
</main>
<footer>Cedar Key Shell Club &middot; P.O. Box 318 &middot; Cedar Key, FL 32625 &middot; (352) \
555-0193 &middot; <a href="/join">Join us</a></footer>
<script src="/js/species.js"></script>
</body>
</html>
""",
    claims=(
        C("around 80", 80, "approx", "near_front", "other", "sun..pub",
          "a retired chemistry teacher from Vinnytsia relaying her son-in-law, a sapper in the "
          "Kursk region ('On Sunday, she told us, he phoned to say that'; the speaker quoted: "
          "other): dug in along a strip of pine forest near his platoon (from Sunday, 13 April, "
          "to publication)"),
        C("at least 4,000", 4000, "at_least", "casualties", "other", "pub",
          "a retired marine biologist from Sokcho, 'believes' (undated): killed or wounded"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'said last Thursday' (10 April, the latest Thursday before the Wednesday of "
          "publication): 'additional' troops shipped to Russia in January and February "
          "(increment)", add=True),
        C("up to 12,000", 12000, "at_most", "in_russia", "united_states", "2025-04-01..pub",
          "a Pentagon official 'told reporters this month' (the 1st to publication): still in "
          "Russia"),
        C("a few thousand", None, "vague", "near_front", "ukraine", "mon",
          "Syrskyi 'said on Monday' (14 April): remaining on the Kursk front"),
        C("nearly 5,000", 5000, "approx", "casualties", "nato", "2025-03-01..2025-03-31",
          "'In March, NATO officials put the North's losses at' (the month): dead and wounded "
          "('nearly' as approx)"),
    ),
)


S09 = Source(
    article_id="v163_09_garden_bulletin_mayne_island_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-05-23"),
    dated_by="sidecar",
    sidecar=(
        "Dinner Bay Japanese Garden – Garden Bulletin",
        "https://www.dinnerbaygarden.example/bulletin/2025-05",
        "Garden bulletin: azalea week, a reset lantern and an accountant from Kamianets-Podilskyi",
    ),
    features="the volunteers' bulletin of a Japanese garden at Dinner Bay on Mayne Island "
        "(southern Gulf Islands, British Columbia) in Markdown, UTF-8 with BOM, front matter "
        "with `date:` as well as the sidecar (Friday; the sidecar is stronger) and a title "
        "repeating the headline (optional), straight quotes; azaleas, a lantern, volunteers, "
        "volunteer hours and the donation box's dollars first; the headline's `600` dead from "
        "the intelligence service of April 30 (to publication, hedge dropped); an accountant "
        "from Kamianets-Podilskyi relaying her brother in a reconnaissance unit in the Sumy "
        "region ('On Wednesday he told her by phone that …, \"…,\" she said') `forty or fifty` "
        "digging and laying mines (two number words joined by 'or': range, near the front, "
        "other, from Wednesday to publication); a retired teacher from Jinju 'reckons' "
        "'another' `10,000` over the coming year (span without the word; increment, planned, "
        "other, `pub`); the intelligence service 'told lawmakers on April 30' `about 600` dead "
        "and `4,700` killed or wounded 'in all'; Pyongyang's admission without a figure; "
        "'Kyiv's military intelligence believes' `fewer than 10,000` still in Russia (at_most, "
        "`pub`); Canada's soldiers in Latvia (another army), azaleas, volunteers, hours, "
        "dollars, years, ages",
    text="""\
---
title: "Azalea week in the garden, and Seoul's count of [[600]] North Korean dead"
date: 2025-05-23
author: Volunteers of the Dinner Bay Japanese Garden
---

# Azalea week in the garden, and Seoul's count of [[600]] North Korean dead

The azaleas along the pond opened all at once this year, and the stone lantern that the January \
windstorm knocked over is back on its base, reset by four volunteers with a come-along and a \
great deal of patience. Work parties meet on Tuesdays and Saturdays from 9 until noon; we logged \
1,140 volunteer hours last year and could use twice that. The garden is free to visit, and the \
donation box at the gate raised $3,870 in 2024 for new bamboo fencing.

## Raking gravel with Oksana

Oksana Dudnyk, 38, an accountant from Kamianets-Podilskyi who came to the island with her two \
children in 2022, rakes the dry garden on Saturday mornings. Her brother serves with a \
reconnaissance unit in the Sumy region. On Wednesday he told her by phone that North Koreans were \
now working on the Russian side of the border, "[[forty or fifty]] of them, digging and laying \
mines," she said. "He watches them through a drone camera every day."

## A retired teacher from Jinju

Seo Min-ho, 70, taught English in Jinju for thirty years before following his daughter to \
Vancouver; he now spends his summers on Mayne and prunes the maples. He reckons Pyongyang will \
send another [[10,000]] over the coming year. "The money is too good for Kim to stop," he said.

## In the news

South Korea's intelligence service told lawmakers on April 30 that [[about 600]] North Korean \
soldiers had died in the fighting and that [[4,700]] had been killed or wounded in all. Two days \
earlier, Pyongyang had admitted for the first time that its troops fought in the Kursk region. \
Kyiv's military intelligence believes that [[fewer than 10,000]] are still in Russia. Canada, \
meanwhile, keeps some 2,000 soldiers in Latvia with NATO's forward brigade.
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "headline ('Seoul's count of … dead'): the intelligence service's figure of the body "
          "('told lawmakers on April 30'), that day to publication, hedge dropped"),
        C("forty or fifty", None, "range", "near_front", "other", "wed..pub",
          "an accountant from Kamianets-Podilskyi relaying her brother, a reconnaissance soldier "
          "in the Sumy region ('On Wednesday he told her by phone that …, \"…,\" she said'; the "
          "speaker quoted: other): digging and laying mines on the Russian side of the border "
          "(two number words joined by 'or' as a range; from Wednesday, 21 May, to "
          "publication)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a retired teacher from Jinju, 'He reckons' (undated): 'another' over the coming year "
          "(span without the word; increment, planned)", add=True),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "South Korea's intelligence service 'told lawmakers on April 30': died in the "
          "fighting"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'and that': killed or wounded 'in all' (a total)"),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "ukraine", "pub",
          "'Kyiv's military intelligence believes' (undated): still in Russia ('fewer than' as "
          "at_most)"),
    ),
)


S10 = Source(
    article_id="v163_10_bridge_club_dummy_mayne_island_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-01-29"),
    dated_by="sidecar",
    sidecar=(
        "Miners Bay Bridge Club – The Dummy",
        "https://www.minersbaybridge.example/dummy/2025-01",
        "The Dummy: a grand slam on board 17 and a surgeon from Bila Tserkva",
    ),
    features="a duplicate bridge club's newsletter from Miners Bay on Mayne Island (southern Gulf "
        "Islands, British Columbia) in HTML, UTF-16 LE with BOM, no meta date (sidecar, "
        "Wednesday), a cookie banner about the results page, a script, navigation, entities "
        "(`&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`), a footer with a postal code and a phone "
        "number; `<title>` and headline without a figure; tables, a percentage, a board number, "
        "the table fee and lessons first; a retired surgeon from Bila Tserkva relaying his "
        "grandson, an infantryman in the Kursk region ('He called on Sunday night, Yurii told "
        "us, to say that') `two dozen` rushing his trench (24, near the front) and, 'and that', "
        "`eleven` still lying in the snow (number words; casualties; both other, from Sunday to "
        "publication; the dawn before the call is not the claim date); a piano teacher from "
        "Gangneung 'puts the number of North Korean dead at' `well above 1,000` (at_least, "
        "other, `pub`); Kyiv's military intelligence 'said on January 20' `several hundred` "
        "fresh troops to replace losses (replacements: vague increment, near the front); a "
        "Pentagon spokesman 'said yesterday' `several thousand` casualties (`yday`); South "
        "Korea's military 'said on Tuesday' a second rotation of `up to 2,000` (at_most, "
        "increment, planned); a NATO spokeswoman 'said on Monday' `some 11,000` in Russia; "
        "South Korea's own army (another army), tables, per cent, a board, dollars, lessons, "
        "dates, ages, a postal code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<title>The Dummy &middot; Miners Bay Bridge Club</title>
<script>window.club = {game: "Tuesday 1 p.m.", tables: 9, results: "/results.json"};</script>
</head>
<body>
<div class="cookie-banner">We store one cookie so the results page remembers your partnership \
number. <a href="#">Accept</a></div>
<nav><a href="/">Home</a> &middot; <a href="/results">Results</a> &middot; <a \
href="/lessons">Lessons</a> &middot; <a href="/dummy">The Dummy</a></nav>
<main>
<h1>The Dummy: a slam, a surgeon and a long winter</h1>
<p>Nine tables turned out at the Agricultural Hall on Tuesday, our best January game in years, \
and Pat and Ron Leclair topped the field with 64.3 per cent after bidding and making a grand slam \
on board 17 that nobody else dared. The table fee stays at $5, coffee included. Our novice series \
starts on February 11: six lessons, $40 for the lot, taught by Heather Sloan.</p>
<h2>At table four</h2>
<p>Yurii Sirenko, 68, a retired surgeon from Bila Tserkva who settled on Mayne with his wife two \
years ago, plays a careful, counting game and rarely goes down. His grandson is an infantryman in \
the Kursk region. He called on Sunday night, Yurii told us, to say that [[two dozen]] North \
Koreans had rushed his trench at dawn the day before, and that [[eleven]] of them were still \
lying in the snow in front of it. &ldquo;He is twenty-two,&rdquo; Yurii said. &ldquo;He should be \
at university.&rdquo;</p>
<p>Choi Young-ae, 75, who grew up in Gangneung and taught piano in Vancouver for four decades, is \
his most frequent partner. She puts the number of North Korean dead at [[well above 1,000]] \
already. &ldquo;The families there will never even get a letter,&rdquo; she said.</p>
<h2>The wider table</h2>
<p>Kyiv&rsquo;s military intelligence said on January 20 that the North had moved [[several \
hundred]] fresh troops into the Kursk region to replace its losses. A Pentagon spokesman said \
yesterday that North Korean casualties now numbered [[several thousand]]. South Korea&rsquo;s \
military said on Tuesday that Pyongyang could be preparing a second rotation of [[up to 2,000]]. \
A NATO spokeswoman said on Monday that [[some 11,000]] North Koreans remained in Russia. South \
Korea&rsquo;s own army, for comparison, is about 365,000 strong.</p>
</main>
<footer>Miners Bay Bridge Club &middot; Agricultural Hall, Fernhill Road, Mayne Island, BC V0N \
2J0 &middot; 250-555-0137 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/results.js"></script>
</body>
</html>
""",
    claims=(
        C("two dozen", 24, "exact", "near_front", "other", "sun..pub",
          "a retired surgeon from Bila Tserkva relaying his grandson, an infantryman in the "
          "Kursk region ('He called on Sunday night, Yurii told us, to say that'; the speaker "
          "quoted: other): rushed his trench at dawn the day before the call (number words, 24, "
          "as 'zwei Dutzend' of earlier sets; from Sunday, 26 January, to publication)"),
        C("eleven", 11, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': still lying in the snow in front of the trench (number word)"),
        C("well above 1,000", 1000, "at_least", "casualties", "other", "pub",
          "a piano teacher from Gangneung, 'She puts the number of North Korean dead at' "
          "(undated): dead ('well above' as at_least)"),
        C("several hundred", None, "vague", "near_front", "ukraine", "2025-01-20",
          "Kyiv's military intelligence 'said on January 20': fresh troops moved into the Kursk "
          "region to replace losses (replacements: increment)", add=True),
        C("several thousand", None, "vague", "casualties", "united_states", "yday",
          "a Pentagon spokesman 'said yesterday' (28 January): casualties"),
        C("up to 2,000", 2000, "at_most", "planned", "south_korea", "tue",
          "South Korea's military 'said on Tuesday' (28 January): a second rotation Pyongyang "
          "could be preparing (a second wave: increment, planned)", add=True),
        C("some 11,000", 11000, "approx", "in_russia", "nato", "mon",
          "a NATO spokeswoman 'said on Monday' (27 January): remaining in Russia"),
    ),
)


S11 = Source(
    article_id="v163_11_letters_wolfe_island_current",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-09-25"),
    dated_by="sidecar",
    sidecar=(
        "The Wolfe Island Current – Letters",
        "https://www.wolfeislandcurrent.example/letters/2025-09-25",
        "Letters: a roof for the ferry line, a son-in-law near the border and an uncle in Iksan",
    ),
    features="a readers' letters page from a Wolfe Island weekly (Frontenac Islands, eastern Lake "
        "Ontario) as plain text, windows-1252 (sidecar, Thursday), `—` and curly apostrophes "
        "and quotes; a letter on the ferry line without a claim; parents relaying their "
        "son-in-law, a drone operator near the Russian border ('He wrote to us on Monday that') "
        "`about forty` sappers clearing a minefield opposite (approx with a number word, near "
        "the front) and, 'and that', `three` killed by a mine on Saturday (number word, "
        "casualties; both other, from Monday to publication; the day of the blast is not the "
        "claim date); a reader answering the paper's own editorial ('Your editorial of "
        "September 11 said that') `15,000` who fought for Russia (unattributed, required, that "
        "day), 'According to Seoul's spy agency' `about 2,000` killed (`pub`), 'In June the "
        "Kremlin announced' `6,000` 'more' (increment, planned, the month) and 'NATO's top "
        "commander says' `thousands` of those at work in Kursk (near the front, `pub`); a "
        "reader relaying her uncle, a retired South Korean navy man in Iksan ('When I called "
        "him on Sunday, he said') `tens of thousands` 'more' by next summer (vague, increment, "
        "planned, other, from Sunday to publication); people soaked, years, ages",
    text="""\
THE WOLFE ISLAND CURRENT — LETTERS TO THE EDITOR

A roof for the ferry line

Anyone who stood at the Marysville dock during last Thursday’s downpour knows the problem. The \
ferry runs once an hour in September, the line of cars backs up past the church, and foot \
passengers have nowhere to wait but under the eaves of the ticket booth. A shelter with a bench \
and a roof would cost the township less than one winter of road salt. Forty of us got soaked that \
afternoon; I was one of them.
Brenda Hogeboom, Marysville

A son-in-law near the border

Our daughter married Andrii, an electrician from Romny, in 2019. Since last winter he has flown \
drones for a brigade near the Russian border. He wrote to us on Monday that [[about forty]] North \
Korean sappers had been clearing a minefield on the other side all week, and that [[three]] of \
them were killed when a mine went off under them on Saturday. He says they work without armour or \
detectors, with sticks. We read his messages twice, once for the news and once to be sure he \
still sounds like himself.
Gord and Linda Hawley, Reeds Bay Road

Check the sums

Your editorial of September 11 said that [[15,000]] North Koreans had fought for Russia. The more \
important number is how many did not come home. According to Seoul’s spy agency, [[about 2,000]] \
have been killed since last autumn. In June the Kremlin announced that [[6,000]] more engineers \
and builders would come from the North, and NATO’s top commander says [[thousands]] of them are \
already at work in Kursk. A small paper can still do its sums.
Owen Tremblay, Marysville

A question for my uncle

My mother’s older brother spent twenty-six years in the South Korean navy and lives in Iksan. He \
still follows every report from the North. When I called him on Sunday, he said Kim would keep \
sending boys “as long as Moscow keeps paying,” and that he expected [[tens of thousands]] more by \
next summer. I hope he is wrong; he usually isn’t.
Jenna Park-Doyle, Wolfe Island
""",
    claims=(
        C("about forty", 40, "approx", "near_front", "other", "mon..pub",
          "parents relaying their son-in-law, a drone operator near the Russian border ('He "
          "wrote to us on Monday that'; the letter writers quoted: other): clearing a minefield "
          "on the other side all week (number word; from Monday, 22 September, to "
          "publication)"),
        C("three", 3, "exact", "casualties", "other", "mon..pub",
          "same message, 'and that': killed by a mine on Saturday (the day of the blast is not "
          "the claim date; number word)"),
        C("15,000", 15000, "exact", "near_front", "unattributed", "2025-09-11",
          "a reader citing the paper's own editorial ('Your editorial of September 11 said "
          "that'; unattributed, required, that day): fought for Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "pub",
          "'According to Seoul's spy agency' (undated): killed since last autumn"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'In June the Kremlin announced' (the month): 'more' engineers and builders to come "
          "(increment, planned)", add=True),
        C("thousands", None, "vague", "near_front", "nato", "pub",
          "'NATO's top commander says' (undated): of the builders already at work in Kursk"),
        C("tens of thousands", None, "vague", "planned", "other", "sun..pub",
          "a reader relaying her uncle, a retired South Korean navy man in Iksan ('When I "
          "called him on Sunday, he said'; the speaker quoted: other): 'more' by next summer "
          "(vague, increment, planned; from Sunday, 21 September, to publication)", add=True),
    ),
)


S12 = Source(
    article_id="v163_12_maze_notes_wolfe_island_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-10-08"),
    dated_by="front_matter",
    features="a corn maze farm's notes from Wolfe Island (Frontenac Islands, Ontario) in "
        "Markdown, UTF-8 with straight quotes, front matter with `date:` (Wednesday) and a title "
        "without a figure; acres, kilometres of paths, checkpoints, visitors and admission "
        "prices first; a farmhand from Kalush relaying his father, a machine gunner in the Sumy "
        "region ('Last week, Nazar said, his father wrote that') `several hundred` holding the "
        "Russian line opposite (vague, other, `lastweek`); a software tester from Suncheon 'By "
        "her count' `somewhere around 18,000` who served in Russia (approx, other, `pub`); 'In "
        "a briefing on Friday, a Pentagon spokesman put the number … at' `10,000 to 11,000` "
        "still in Russia (range); Ukraine's military intelligence 'estimated earlier this "
        "month' `about 6,000` in Kursk (the 1st to publication); NATO's top military officer "
        "'said in September' `as many as 25,000` 'more' (at_most, increment, planned); North "
        "Korean television 'on Saturday' `hundreds` of engineers welcomed home (returnees: "
        "optional) and, KCNA, `more than 300` who did not return (casualties, north_korea); the "
        "North's army as a whole, acres, kilometres, checkpoints, visitors, dollars, ages",
    text="""\
---
title: Notes from the maze
date: 2025-10-08
author: Reeds Bay Farm, Wolfe Island
---

# Notes from the maze

This year's maze is cut into eight acres of feed corn in the shape of a great blue heron, with \
just under three kilometres of paths and eleven checkpoints for the passport game. About 2,300 \
people found their way through in September, a third of them on the last two Saturdays of the \
month. Admission is $14 for adults and $8 for children under twelve; wagon rides to the pumpkin \
patch leave every half hour, and we close at dusk on school nights.

## Nazar in the corn

Nazar Kovalchuk, 24, from Kalush in western Ukraine, came for the summer on a work permit and \
stayed for the harvest. His father is a machine gunner in the Sumy region. Last week, Nazar said, \
his father wrote that [[several hundred]] North Koreans had taken over a stretch of the Russian \
line opposite his company. "He thinks they fight better than the Russians now," Nazar said. "That \
is what frightens him."

## From Suncheon to the ticket table

Grace Lim, 33, a software tester from Suncheon who moved to Ontario six years ago, runs the \
ticket table on weekends. By her count, [[somewhere around 18,000]] North Koreans have served in \
Russia by now. "Nobody in Seoul trusts the official numbers any more," she said.

## From the news

In a briefing on Friday, a Pentagon spokesman put the number of North Korean troops still in \
Russia at [[10,000 to 11,000]]. Ukraine's military intelligence estimated earlier this month that \
[[about 6,000]] of them were in the Kursk region, most of them working as sappers and builders. \
NATO's top military officer said in September that Pyongyang could supply [[as many as 25,000]] \
more if Moscow asked. North Korean television on Saturday showed Kim Jong Un welcoming \
[[hundreds]] of engineers home from Kursk, and KCNA said he had promised new flats to the \
families of [[more than 300]] who did not return. The North keeps an army of about 1.2 million.
""",
    claims=(
        C("several hundred", None, "vague", "near_front", "other", "lastweek",
          "a farmhand from Kalush relaying his father, a machine gunner in the Sumy region "
          "('Last week, Nazar said, his father wrote that'; the speaker quoted: other): taken "
          "over a stretch of the Russian line opposite his company"),
        C("somewhere around 18,000", 18000, "approx", "in_russia", "other", "pub",
          "a software tester from Suncheon, 'By her count' (undated): served in Russia by now "
          "('somewhere around' as approx)"),
        C("10,000 to 11,000", None, "range", "in_russia", "united_states", "fri",
          "'In a briefing on Friday, a Pentagon spokesman put the number … at' (3 October): "
          "still in Russia"),
        C("about 6,000", 6000, "approx", "near_front", "ukraine", "2025-10-01..pub",
          "Ukraine's military intelligence 'estimated earlier this month' (the 1st to "
          "publication): in the Kursk region, mostly sappers and builders ('of them' a share, "
          "not an increment)"),
        C("as many as 25,000", 25000, "at_most", "planned", "nato", "2025-09-01..2025-09-30",
          "NATO's top military officer 'said in September' (the month): 'more' Pyongyang could "
          "supply (at_most, increment, planned)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sat",
          "North Korean television 'on Saturday' (4 October): engineers welcomed home from "
          "Kursk (returnees: optional, as in earlier sets)", opt=True),
        C("more than 300", 300, "at_least", "casualties", "north_korea", "sat",
          "same report, KCNA 'said': families of soldiers who did not return promised new "
          "flats (casualties)"),
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
