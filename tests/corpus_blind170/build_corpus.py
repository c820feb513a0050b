"""Build the HUNDRED-AND-SEVENTIETH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-second corpus, for an honest measurement on articles the extractor has
never met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a Tarock
club's circular from Donnerskirchen on the Leithagebirge (Austrian conventions) with a vineyard hand
from Vinnytsia and a retired paediatrician from Daegu, a billiard club's letter from Villmergen in
the Bünztal (Swiss conventions) with a lab technician from Dnipro and an engineer from Changwon, a
darts club's news from Trendelburg on the edge of the Reinhardswald with a farm-machine mechanic
from Kharkiv and an engineer from Gwangju, a geocaching group's circular from Hofgeismar with a
cacher from Lviv and a chemist from Ulsan, a snail farm's customer letter from Obermoschel in the
Nordpfälzer Bergland with an agronomist from Kherson and a cook from Busan, and a podiatry
practice's patient letter from Rockenhausen with a receptionist from Zaporizhzhia and a former
miner from Mungyeong; an agency-style wire report from Rockport's hummingbird festival with a
volunteer from Odesa and a retired Air Force meteorologist from Jeonju, a Fishers Island yacht
club's newsletter with a launch driver from Mykolaiv and a retired obstetrician from Seoul, a
readers' letters page from a Grand Isle weekly with letters quoting a nephew in the Kursk region
and a cousin in Busan, a Rockport laundromat's customer page with an attendant from Chernivtsi and
a retired chief petty officer from Pohang, a Fishers Island croquet club's notes with a
groundskeeper from Poltava and a retired judge from Gwangju, and a Grand Isle sno-ball stand's page
with a nursing student from Chernihiv and a retired rig inspector from Mokpo. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a
private module instance whose `SOURCES` are set to ours (under its own module name, so it never
shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind170_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Leithagebirge, Bünztal, Reinhardswald, Nordpfälzer Bergland)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v170_01_rundschreiben_tarockrunde_donnerskirchen",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-27"),
    dated_by="dateline", crlf=True,
    features="a Tarock club's circular from Donnerskirchen on the Leithagebirge (Burgenland) as "
        "plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the place line "
        "'Donnerskirchen, 27. Jänner 2025' (Monday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Kipferl`, `Buben`, `in der Früh`, `Obfrau`); players, tables, games, points, "
        "the entry fee and the price of a pack of cards first; a vineyard hand from Vinnytsia "
        "relaying his son, a mortar gunner in the Kursk region ('Am Freitag habe ihn der Sohn in "
        "der Früh angerufen, erzählt Mykola', Konjunktiv carried over two sentences) `rund "
        "sechzig` advancing over the snow (approx with a number word, near the front) and "
        "sentence-initial `Mehr als zwanzig` left lying before the trenches (at_least with a "
        "number word, casualties; both other, from Friday to publication); a retired "
        "paediatrician from Daegu 'geht davon aus' `gut zehntausend` 'weitere' this year "
        "(at_least, number word, increment, planned, other, `pub`); the South Korean joint chiefs "
        "'teilte am Donnerstag mit' `rund 11.000` 'weiterhin' in Russia (still, not an "
        "increment); 'Nach Angaben des ukrainischen Militärgeheimdienstes' `etwa 1.000` fallen "
        "'seit Dezember' (a period, `pub`); 'Aus Washington hieß es Mitte Jänner' `bis zu 1.500` "
        "rocket gunners 'nachgeschickt' (at_most, increment, in Russia, days 11-20); a Duma "
        "deputy 'lobte am Sonntag im russischen Staatsfernsehen' the `Tausenden` 'volunteers' "
        "fighting in Kursk (russia, vague, near the front); Russia's losses a day, players, "
        "tables, games, points, euros, ages, years, dates, times, a phone number",
    text="""\
Tarockrunde am Leithagebirge – Rundschreiben 1/2025

Donnerskirchen, 27. Jänner 2025

Liebe Tarockiererinnen und Tarockierer,

beim Neujahrsturnier im Gasthaus Zur Rebe sind 44 Spielerinnen und Spieler an elf Tischen \
gesessen, so viele wie noch nie. Gespielt wurde Königrufen, drei Durchgänge zu je 24 Partien. \
Gewonnen hat Ferdinand Wurditsch mit 212 Punkten; der Pagat ultimo ist an diesem Abend neunmal \
gelungen, ein Valat kein einziges Mal. Das Nenngeld bleibt heuer bei 15 Euro, Kaffee und Kipferl \
inklusive, und die neuen Karten aus der Druckerei kosten 9,40 Euro das Paket.

Ein Kiebitz aus Winnyzja, der längst selbst mitspielt

Mykola Hrebenjuk, 57, arbeitet seit zwei Jahren im Weingut Sommer am Ortsende und hat das \
Tarockieren in einem einzigen Winter gelernt, schneller als die meisten von uns. Sein Sohn dient \
als Granatwerferschütze im Gebiet Kursk. Am Freitag habe ihn der Sohn in der Früh angerufen, \
erzählt Mykola. In der Nacht seien [[rund sechzig]] Nordkoreaner über den verschneiten Acker auf \
die Stellungen der Brigade vorgerückt, ohne Panzer und fast ohne Deckung. [[Mehr als zwanzig]] \
von ihnen seien vor den Gräben liegen geblieben. „Er sagt, sie rufen einander Nummern zu statt \
Namen“, sagt Mykola und mischt weiter.

Unsere Frau Doktor aus Daegu

Dr. Han Soo-jin, 63, war Kinderärztin in Daegu und lebt seit 1994 mit ihrem Mann, einem \
Purbacher, am Fuß des Leithagebirges. Beim Solorufer ist sie gefürchtet. Sie geht davon aus, dass \
Pjöngjang heuer noch [[gut zehntausend]] weitere Soldaten nach Russland schicken wird. „Das \
Regime bezahlt seine Schulden mit seinen Buben“, sagt sie.

Was sonst zu hören war

Der südkoreanische Generalstab teilte am Donnerstag mit, dass weiterhin [[rund 11.000]] Soldaten \
aus dem Norden in Russland stünden. Nach Angaben des ukrainischen Militärgeheimdienstes sind \
seit Dezember [[etwa 1.000]] von ihnen gefallen. Aus Washington hieß es Mitte Jänner, Kim habe \
[[bis zu 1.500]] Raketenartilleristen nach Russland nachgeschickt. Ein Duma-Abgeordneter lobte am \
Sonntag im russischen Staatsfernsehen die [[Tausenden]] koreanischen „Freiwilligen“, die im \
Gebiet Kursk kämpften. Russland selbst verliert nach britischen Schätzungen täglich mehr als \
1.600 Mann.

Nächste Termine

- Faschingstarock: Samstag, 22. Feber, ab 14 Uhr im Gasthaus Zur Rebe
- Anfängerkurs: jeden Dienstag im März, 18.30 Uhr im Pfarrheim
- Anmeldung bei Obfrau Theresia Leeb, Telefon 02683 8719
""",
    claims=(
        C("rund sechzig", 60, "approx", "near_front", "other", "fri..pub",
          "a vineyard hand from Vinnytsia relaying his son, a mortar gunner in the Kursk region "
          "('Am Freitag habe ihn der Sohn in der Früh angerufen, erzählt Mykola', Konjunktiv; the "
          "speaker quoted: other): advanced over the snow on the brigade's positions (number "
          "word 60; 'In der Nacht' is the event; from Friday, 24 January, to publication)"),
        C("Mehr als zwanzig", 20, "at_least", "casualties", "other", "fri..pub",
          "same call, Konjunktiv carried, sentence-initial: left lying before the trenches "
          "(number word 20)"),
        C("gut zehntausend", 10000, "at_least", "planned", "other", "pub",
          "a retired paediatrician from Daegu, 'Sie geht davon aus' (undated): to be sent to "
          "Russia this year ('heuer noch … weitere': increment, planned; 'gut' as at_least)",
          add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'Der südkoreanische Generalstab teilte am Donnerstag mit' (23 January): 'weiterhin' "
          "in Russia (still, not an increment)"),
        C("etwa 1.000", 1000, "approx", "casualties", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): fallen 'seit "
          "Dezember' (a period, not the claim date)"),
        C("bis zu 1.500", 1500, "at_most", "in_russia", "united_states",
          "2025-01-11..2025-01-20",
          "'Aus Washington hieß es Mitte Jänner' (days 11-20), Konjunktiv: rocket gunners "
          "'nach Russland nachgeschickt' (sent on top: increment, as in corpus_blind165)",
          add=True),
        C("Tausenden", None, "vague", "near_front", "russia", "sun",
          "a Duma deputy 'lobte am Sonntag im russischen Staatsfernsehen' (26 January): the "
          "Korean 'volunteers' fighting in the Kursk region"),
    ),
)


S02 = Source(
    article_id="v170_02_clubbrief_billardclub_villmergen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-13"),
    dated_by="html_meta",
    features="a billiard club's letter from Villmergen in the Bünztal (canton of Aargau) in HTML, "
        "ISO-8859-1 with raw «» and umlauts and dashes only as entities (`&ndash;`, `&middot;`), "
        "`<meta name=\"date\">` (Friday), a cookie note about table bookings, a tables script, "
        "navigation, a footer with a postcode and a phone number; Swiss conventions (`ss`, «», "
        "`1'850`, `30'000`, `3'000`, `4'700`, `11'000 bis 12'000`); `<title>` and headline "
        "without a figure; the club championship, a break of 41 balls, a snooker cloth's francs "
        "and the yearly fee first; a lab technician from Dnipro relaying her husband, a drone "
        "pilot at the Sumy border ('Am Mittwoch habe er ihr eine Sprachnachricht geschickt, "
        "erzählt Halyna:') `zwischen 300 und 400` taking up positions opposite (range, the span "
        "takes `zwischen`, near the front) and `ein Dutzend` hit in a single night (number word "
        "12, exact, casualties; both other, from Wednesday to publication); an engineer from "
        "Changwon 'rechnet vor' `30'000` who will have served in Russia by New Year's Eve "
        "(planned, other, `pub`); a Pentagon spokesman 'erklärte am Montag' the contingent 'um "
        "`etwa 3'000` Mann aufgestockt' (increment, in Russia); lawmakers in Seoul 'sagten am 29. "
        "Mai nach einer Unterrichtung durch den Geheimdienst' `über 4'700` killed or wounded; "
        "Russia's ambassador in Pyongyang 'kündigte am Dienstag … an' on Russian state television "
        "`mehrere tausend` builders to come this summer (russia, vague, planned); 'Dem "
        "ukrainischen Generalstab zufolge' `11'000 bis 12'000` in Russia (range, `pub`); players, "
        "balls, francs, tables, members, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Clubbrief Juni 2025 &ndash; Billardclub Bünztal Villmergen</title>
<meta name="date" content="2025-06-13">
<script>var tische = {pool: 4, snooker: 2}; var lokal = "Dorfstrasse 41";</script>
</head>
<body>
<div class="cookie-hinweis">Wir speichern ein Cookie, damit Sie die Tischreservation nicht \
jedes Mal neu ausfüllen müssen. <a href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/club">Club</a> &middot; <a href="/tische">Tische \
reservieren</a> &middot; <a href="/clubbrief">Clubbrief</a></nav>
<main>
<h1>Kreide, Queues und ein Sommer ohne Pause</h1>
<p>Liebe Mitglieder</p>
<p>Die Saison ist vorbei, aber im Clublokal an der Dorfstrasse wird weitergespielt. An der \
Clubmeisterschaft im Pool-Billard haben 23 Spielerinnen und Spieler teilgenommen; gewonnen hat \
zum dritten Mal Reto Stäger, mit einer Serie von 41 Kugeln. Das neue Tuch für den Snookertisch \
hat 1'850 Franken gekostet, und der Jahresbeitrag bleibt bei 240 Franken. Wer im Juli und August \
spielen will, reserviert bitte online.</p>
<h2>Halyna und die Nachricht vom Mittwoch</h2>
<p>Halyna Schewtschuk, 44, spielt seit dem Winter bei uns und arbeitet als Laborantin in \
Dottikon. Ihr Mann steuert Aufklärungsdrohnen an der Grenze im Gebiet Sumy. Am Mittwoch habe er \
ihr eine Sprachnachricht geschickt, erzählt Halyna: Gegenüber seinem Abschnitt seien \
[[zwischen 300 und 400]] Nordkoreaner in Stellung gegangen. Seine Staffel habe in einer einzigen \
Nacht [[ein Dutzend]] von ihnen getroffen. «Er klingt müde, aber er lacht noch», sagt sie.</p>
<h2>Ein Ingenieur aus Changwon</h2>
<p>Lee Dong-wook, 38, entwickelt bei einem Zulieferer im Bünztal Getriebe und spielt am liebsten \
Snooker. Er rechnet vor, dass bis Silvester [[30'000]] Männer aus dem Norden ihren Dienst in \
Russland geleistet haben werden. «Für die Familien im Norden ist jeder Brief aus Russland ein \
Lotteriespiel», sagt er.</p>
<h2>Aus den Zeitungen</h2>
<p>Ein Sprecher des Pentagons erklärte am Montag, Pjöngjang habe seine Truppen in Russland seit \
dem Frühjahr um [[etwa 3'000]] Mann aufgestockt. Abgeordnete in Seoul sagten am 29. Mai nach \
einer Unterrichtung durch den Geheimdienst, [[über 4'700]] Soldaten aus dem Norden seien bisher \
getötet oder verwundet worden. Im russischen Staatsfernsehen kündigte Moskaus Botschafter in \
Pjöngjang am Dienstag [[mehrere tausend]] Bausoldaten an, die noch in diesem Sommer kommen sollen. \
Dem ukrainischen Generalstab zufolge stehen derzeit [[11'000 bis 12'000]] Nordkoreaner in \
Russland.</p>
<p>Gut Stoss!<br>Euer Vorstand</p>
</main>
<footer>Billardclub Bünztal &middot; Dorfstrasse 41 &middot; 5612 Villmergen &middot; Tel. 056 \
622 48 17 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("zwischen 300 und 400", None, "range", "near_front", "other", "wed..pub",
          "a lab technician from Dnipro relaying her husband, a drone pilot at the Sumy border "
          "('Am Mittwoch habe er ihr eine Sprachnachricht geschickt, erzählt Halyna:', "
          "Konjunktiv; the speaker quoted: other): took up positions opposite his sector (the "
          "span takes 'zwischen', as in corpus_blind165; from Wednesday, 11 June, to "
          "publication)"),
        C("ein Dutzend", 12, "exact", "casualties", "other", "wed..pub",
          "same message, Konjunktiv carried: hit by his squadron 'in einer einzigen Nacht' (a "
          "period, not the claim date; number word 12, as 'a dozen' of corpus_blind166)"),
        C("30'000", 30000, "exact", "planned", "other", "pub",
          "an engineer from Changwon, 'Er rechnet vor' (undated): men from the North who will "
          "have served in Russia by New Year's Eve (a forecast of a total: planned, not an "
          "increment)"),
        C("etwa 3'000", 3000, "approx", "in_russia", "united_states", "mon",
          "'Ein Sprecher des Pentagons erklärte am Montag' (9 June): the troops in Russia 'um … "
          "Mann aufgestockt' (topped up by: increment, span without 'um', as in corpus_blind120)",
          add=True),
        C("über 4'700", 4700, "at_least", "casualties", "south_korea", "2025-05-29",
          "'Abgeordnete in Seoul sagten am 29. Mai nach einer Unterrichtung durch den "
          "Geheimdienst' (lawmakers passing on the NIS): killed or wounded so far"),
        C("mehrere tausend", None, "vague", "planned", "russia", "tue",
          "'Im russischen Staatsfernsehen kündigte Moskaus Botschafter in Pjöngjang am Dienstag "
          "… an' (10 June): military builders to come this summer (planned; a first group, no "
          "'weitere')"),
        C("11'000 bis 12'000", None, "range", "in_russia", "ukraine", "pub",
          "'Dem ukrainischen Generalstab zufolge' (undated): in Russia at present"),
    ),
)


S03 = Source(
    article_id="v170_03_vereinsnachrichten_dartfreunde_trendelburg_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-08"),
    dated_by="front_matter",
    features="a darts club's news from Trendelburg on the Diemel at the edge of the "
        "Reinhardswald (district of Kassel, North Hesse) in Markdown, UTF-8, front matter with "
        "`date:` (Friday) and a title without a figure, `„“`; league points, boards and their "
        "euros, children at training first; a farm-machine mechanic from Kharkiv relaying his "
        "brother, a scout in the Kursk region ('Am Dienstag habe ihm der Bruder geschrieben, "
        "berichtet Artem', Konjunktiv carried) `mehrere hundert` gathering in the wood before "
        "their positions (vague, near the front) and sentence-initial `Zwei` killed by a drone "
        "(number word, casualties; both other, from Tuesday to publication); an engineer from "
        "Gwangju 'schätzt' `15.000` in Russia by Christmas (planned, other, `pub`); a Pentagon "
        "spokeswoman 'sprach am Montag von' `rund 10.000` moved to the Kursk region; Ukraine's "
        "military intelligence 'hatte Mitte Oktober … beziffert' `etwa 12.000` trained in "
        "eastern Russia (days 11-20); the NIS 'geht davon aus' `über 10.000` in Russia (`pub`); "
        "'Nach Einschätzung der Nato' `Tausende` 'weitere' to follow (vague, increment, planned, "
        "`pub`); points, boards, euros, children, ages, dates, times, an entry fee",
    text="""\
---
title: "Vereinsnachrichten November"
date: 2024-11-08
verein: Dartfreunde Diemeltal Trendelburg e.V.
---

# Vereinsnachrichten November

Liebe Dartfreunde,

die Liga läuft: Unsere erste Mannschaft steht nach vier Spieltagen mit 9:3 Punkten auf Platz \
zwei, die zweite hat in Bad Karlshafen knapp mit 5:7 verloren. Im Vereinsraum unter der Turnhalle \
hängen jetzt sechs Scheiben, zwei davon neu für je 89 Euro. Beim Jugendtraining am Mittwoch \
werfen inzwischen elf Kinder, das jüngste ist acht.

## Artem und die Nachrichten seines Bruders

Artem Melnyk, 33, wirft seit dem Frühjahr in der zweiten Mannschaft und repariert unter der Woche \
Landmaschinen in Deisel. Sein älterer Bruder ist Späher in einer Brigade im Gebiet Kursk. Am \
Dienstag habe ihm der Bruder geschrieben, berichtet Artem. Im Wald vor ihren Stellungen hätten \
sich [[mehrere hundert]] Nordkoreaner gesammelt. [[Zwei]] von ihnen seien bei einem \
Drohnenangriff ums Leben gekommen, die ersten, die sein Bruder mit eigenen Augen gesehen habe. \
„Er schreibt: Sie sind jung, und sie haben Angst, genau wie wir“, sagt Artem.

## Ein Gast aus Gwangju

Beim Freundschaftsturnier im Oktober warf Seo Min-jun, 29, für die Gäste aus Hofgeismar; er ist \
Ingenieur bei einem Windparkbetreiber. Er schätzt, dass bis Weihnachten [[15.000]] Nordkoreaner \
in Russland sein werden. „Kim verkauft sie wie Munition“, sagte er beim Bier danach.

## Was die Nachrichten melden

Eine Pentagon-Sprecherin sprach am Montag von [[rund 10.000]] Nordkoreanern, die ins Gebiet \
Kursk verlegt worden seien. Der ukrainische Militärgeheimdienst hatte Mitte Oktober die Zahl der \
im Osten Russlands ausgebildeten Soldaten auf [[etwa 12.000]] beziffert. Der südkoreanische \
Geheimdienst geht davon aus, dass inzwischen [[über 10.000]] Soldaten aus dem Norden in Russland \
sind. Nach Einschätzung der Nato werden [[Tausende]] weitere folgen.

Nächster Heimspieltag: Samstag, 23. November, 18 Uhr im Vereinsraum. Gäste zahlen 3 Euro, Kinder \
nichts.
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "tue..pub",
          "a farm-machine mechanic from Kharkiv relaying his brother, a scout in the Kursk "
          "region ('Am Dienstag habe ihm der Bruder geschrieben, berichtet Artem', Konjunktiv; "
          "the speaker quoted: other): gathered in the wood before their positions (from "
          "Tuesday, 5 November, to publication)"),
        C("Zwei", 2, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed in a drone "
          "attack"),
        C("15.000", 15000, "exact", "planned", "other", "pub",
          "an engineer from Gwangju, 'Er schätzt' (undated; the tournament 'im Oktober' is "
          "where he played, his estimate is in the present): in Russia by Christmas (a "
          "forecast: planned)"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "'Eine Pentagon-Sprecherin sprach am Montag von' (4 November): moved to the Kursk "
          "region"),
        C("etwa 12.000", 12000, "approx", "in_russia", "ukraine", "2024-10-11..2024-10-20",
          "'Der ukrainische Militärgeheimdienst hatte Mitte Oktober … beziffert' (days 11-20): "
          "trained in eastern Russia"),
        C("über 10.000", 10000, "at_least", "in_russia", "south_korea", "pub",
          "'Der südkoreanische Geheimdienst geht davon aus' (undated): in Russia by now"),
        C("Tausende", None, "vague", "planned", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): 'weitere' to follow (increment, planned)",
          add=True),
    ),
)


S04 = Source(
    article_id="v170_04_rundbrief_geocacher_hofgeismar",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-10"),
    dated_by="sidecar",
    sidecar=(
        "Cacherpost Reinhardswald – Rundbrief der Geocacher Hofgeismar",
        "https://www.cacherpost-reinhardswald.example/rundbrief/2025-09",
        "Hutewald-Serie, verschwundene Dosen und Martas Cousin an der Grenze",
    ),
    features="a geocaching group's circular from Hofgeismar in the Reinhardswald (district of "
        "Kassel, North Hesse) as plain text, UTF-16 LE with BOM (sidecar, Wednesday; the sidecar "
        "title without a figure), `„“`, coordinates with degrees; an event's visitors, a series "
        "of caches and its logs, missing boxes and the next event first; a cacher from Lviv "
        "relaying her cousin, a sapper in the Sumy region ('Am Sonntag habe der Cousin ihr "
        "geschrieben, erzählt Marta:', Konjunktiv carried) sentence-initial `Etwa hundert` "
        "laying mines across the border (approx with a number word, near the front) and "
        "sentence-initial `Drei` who stepped on a mine themselves (number word, casualties; both "
        "other, from Sunday to publication); a chemist from Ulsan 'rechnet damit' 'noch einmal' "
        "`6.000` builders by the winter (increment, planned, other, `pub`); lawmakers in Seoul "
        "'sagten am Dienstag nach einer Unterrichtung durch den Geheimdienst' `rund 2.000` "
        "fallen; North Korean state television 'zeigte Anfang September' Kim decorating the "
        "families of `Dutzenden` fallen (north_korea, casualties, days 1-10); 'Laut "
        "US-Außenministerium' `etwa 11.000` in Russia (`pub`); the group's own `Zehntausende` "
        "young North Koreans lent out to Russia (unattributed, in Russia, required); caches, "
        "logs, visitors, finds, coordinates, ages, years, dates, times, a phone number",
    text="""\
Cacherpost Reinhardswald – Rundbrief September 2025

Hallo zusammen,

der Sommer war gut zu uns: 31 Leute kamen zum Event an der Sababurg, und unsere Serie \
„Hutewald“ mit 18 Dosen wurde im August 640-mal geloggt. Zwei Dosen am Aussichtsturm sind leider \
verschwunden; Ersatz liegt bereit. Die Startkoordinaten für das Herbst-Event stehen im Forum \
(N 51° 31.214, E 009° 30.577). Denkt an Zeckenschutz und lasst das Totholz liegen.

Marta sucht mit

Marta Kowal, 36, kommt aus Lwiw und wohnt seit 2023 in Hofgeismar. Mit ihren beiden Söhnen hat \
sie schon 212 Funde gesammelt. Ihr Cousin ist Pionier im Gebiet Sumy. Am Sonntag habe der Cousin \
ihr geschrieben, erzählt Marta: [[Etwa hundert]] Nordkoreaner hätten jenseits der Grenze Minen \
verlegt, Nacht für Nacht. [[Drei]] seien dabei selbst auf eine Mine getreten. „Er wünscht ihnen \
nichts Schlechtes, er will nur, dass sie nach Hause gehen“, sagt Marta.

Ein Chemiker aus Ulsan

Kwon Tae-yang, 41, arbeitet in einem Labor in Grebenstein und legt unsere kniffligsten \
Rätseldosen. Er rechnet damit, dass Kim bis zum Winter noch einmal [[6.000]] Bausoldaten nach \
Russland schickt. „Dort bauen sie Brücken, und zu Hause fehlt das Brot“, sagt er.

Aus den Nachrichten

Abgeordnete in Seoul sagten am Dienstag nach einer Unterrichtung durch den Geheimdienst, [[rund \
2.000]] Nordkoreaner seien in Russland gefallen. Das nordkoreanische Staatsfernsehen zeigte \
Anfang September, wie Kim den Familien von [[Dutzenden]] Gefallenen Orden überreichte. Laut \
US-Außenministerium sind derzeit [[etwa 11.000]] Soldaten aus dem Norden in Russland. Wer im Wald \
nach Dosen sucht, denkt selten an die [[Zehntausende]] junger Nordkoreaner, die ihr Staat als \
Bausoldaten und Kanonenfutter an Russland verliehen hat. Diesmal tun wir es.

Herbst-Event: Samstag, 27. September, 15 Uhr, Wanderparkplatz Sababurg. Fragen an Jens Döring, \
Telefon 05671 4478.
""",
    claims=(
        C("Etwa hundert", 100, "approx", "near_front", "other", "sun..pub",
          "a cacher from Lviv relaying her cousin, a sapper in the Sumy region ('Am Sonntag habe "
          "der Cousin ihr geschrieben, erzählt Marta:', Konjunktiv; the speaker quoted: other): "
          "laying mines across the border 'Nacht für Nacht' (sentence-initial, number word 100; "
          "from Sunday, 7 September, to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried, sentence-initial number word: stepped on a mine "
          "themselves"),
        C("6.000", 6000, "exact", "planned", "other", "pub",
          "a chemist from Ulsan, 'Er rechnet damit' (undated): 'noch einmal' builders by the "
          "winter (increment, planned; span without 'noch einmal')", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Abgeordnete in Seoul sagten am Dienstag nach einer Unterrichtung durch den "
          "Geheimdienst' (9 September): fallen in Russia"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-09-01..2025-09-10",
          "'Das nordkoreanische Staatsfernsehen zeigte Anfang September' (days 1-10): Kim "
          "decorating the families of the fallen"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Laut US-Außenministerium' (undated): in Russia at present"),
        C("Zehntausende", None, "vague", "in_russia", "unattributed", "pub",
          "the group's own framing, no source (required): young North Koreans lent to Russia as "
          "builders and cannon fodder"),
    ),
)


S05 = Source(
    article_id="v170_05_kundenbrief_schneckenhof_obermoschel_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-04-25"),
    dated_by="sidecar",
    sidecar=(
        "Schneckenhof am Moschellandsberg, Obermoschel – Kundenbrief",
        "https://www.schneckenhof-obermoschel.example/kundenbrief/fruehjahr-2025",
        "Die Schnecken sind wach",
    ),
    features="a snail farm's customer letter from Obermoschel in the Nordpfälzer Bergland "
        "(Donnersbergkreis, Rhineland-Palatinate) in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Friday; the sidecar title repeats the headline without a figure), a cookie "
        "banner about the shop order form, a shop-hours script, navigation, entities "
        "(`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`, `&copy;`), a footer with a postcode and a "
        "phone number; snails in the pens, `Das Dutzend` pickled snails and its euros (not a "
        "claim), a jar of snail caviar, visitors and school classes first; an agronomist from "
        "Kherson relaying her nephew, a machine gunner in the Kursk region ('Am Ostermontag "
        "habe der Neffe ihr geschrieben, erzählt Switlana', Konjunktiv carried) sentence-initial "
        "`Ein paar Dutzend` storming a hamlet (vague, near the front) and sentence-initial "
        "`Vier` captured (number word, casualties; both other, from Easter Monday, 21 April, to "
        "publication); a cook from Busan 'glaubt' `an die 20.000` by the summer (approx, "
        "planned, other, `pub`); 'Mitte April hieß es aus dem südkoreanischen Geheimdienst' "
        "`knapp 5.000` killed or wounded (days 11-20); a NATO official 'sagte vergangene Woche "
        "in Brüssel' `3.000` 'weitere' moved to Russia (increment); 'Präsident Selenskyj "
        "zufolge' `rund 8.000` 'noch' fighting in Kursk (still, not an increment, `pub`); the "
        "Pentagon 'ging zuletzt von … aus' `mehr als 14.000` sent (`pub`); snails, kilos, euros, "
        "visitors, classes, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kundenbrief Frühjahr &ndash; Schneckenhof am Moschellandsberg</title>
<script>window.hofladen = {samstag: "9-13", mittwoch: "15-18"};</script>
</head>
<body>
<div id="cookie-banner">Unser Bestellformular merkt sich Ihre Bestellung in einem Cookie. \
<button>Verstanden</button></div>
<nav><a href="/">Hof</a> | <a href="/laden">Hofladen</a> | <a href="/fuehrungen">Führungen</a> \
| <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Die Schnecken sind wach</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>seit Mitte April kriechen sie wieder: Rund 60.000 Weinbergschnecken sind in den Gehegen \
unterhalb der Burgruine aus der Winterstarre erwacht und bekommen Raps, Klee und Futterkalk. Das \
Dutzend eingelegte Schnecken in Kräuterbutter kostet in diesem Jahr 8,90 Euro, das Glas \
Schneckenkaviar 24 Euro. Zu unseren Hofführungen kamen im vergangenen Jahr 1.150 Besucher, \
darunter 14 Schulklassen.</p>
<h2>Switlana und ihr Neffe</h2>
<p>Switlana Bojko, 52, war Agronomin in Cherson und kümmert sich bei uns um die Zucht. Ihr Neffe \
ist Maschinengewehrschütze im Gebiet Kursk. Am Ostermontag habe der Neffe ihr geschrieben, \
erzählt Switlana. [[Ein paar Dutzend]] Nordkoreaner hätten nach den Feiertagen einen Weiler nahe \
der Grenze gestürmt. [[Vier]] seien dabei gefangen genommen worden. &bdquo;Er schreibt, sie \
ergeben sich nicht gern&ldquo;, sagt Switlana.</p>
<h2>Ein Koch aus Busan</h2>
<p>Choi Young-ho, 47, kocht in Mannheim koreanisch-französisch und holt bei uns jeden Monat \
zwanzig Kilo Schnecken ab. Er glaubt, dass Kim bis zum Hochsommer [[an die 20.000]] Mann nach \
Russland geschickt haben wird. &bdquo;In Pjöngjang wird das niemand laut sagen&ldquo;, meint er.</p>
<h2>Was gemeldet wurde</h2>
<p>Mitte April hieß es aus dem südkoreanischen Geheimdienst, [[knapp 5.000]] Soldaten aus dem \
Norden seien getötet oder verwundet worden. Ein Nato-Vertreter sagte vergangene Woche in \
Brüssel, Pjöngjang habe seit Jahresbeginn [[3.000]] weitere nach Russland verlegt. Präsident \
Selenskyj zufolge kämpfen noch [[rund 8.000]] Nordkoreaner im Gebiet Kursk. Das Pentagon ging \
zuletzt von [[mehr als 14.000]] entsandten Soldaten aus.</p>
</main>
<footer>&copy; 2025 Schneckenhof am Moschellandsberg &middot; 67823 Obermoschel &middot; Telefon \
06362 9931 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("Ein paar Dutzend", None, "vague", "near_front", "other", "2025-04-21..pub",
          "an agronomist from Kherson relaying her nephew, a machine gunner in the Kursk region "
          "('Am Ostermontag habe der Neffe ihr geschrieben, erzählt Switlana', Konjunktiv; the "
          "speaker quoted: other): stormed a hamlet near the border (sentence-initial; 'nach den "
          "Feiertagen' is the event; from Easter Monday, 21 April, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "2025-04-21..pub",
          "same message, Konjunktiv carried, sentence-initial number word: taken prisoner"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "a cook from Busan, 'Er glaubt' (undated): will have been sent to Russia by high "
          "summer ('an die' as approx; a forecast of a total: planned)"),
        C("knapp 5.000", 5000, "approx", "casualties", "south_korea", "2025-04-11..2025-04-20",
          "'Mitte April hieß es aus dem südkoreanischen Geheimdienst' (days 11-20), Konjunktiv: "
          "killed or wounded ('knapp' as approx)"),
        C("3.000", 3000, "exact", "in_russia", "nato", "lastweek",
          "a NATO official 'sagte vergangene Woche in Brüssel': 'weitere' moved to Russia 'seit "
          "Jahresbeginn' (increment; the period is not the claim date)", add=True),
        C("rund 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Präsident Selenskyj zufolge' (undated): 'noch' fighting in the Kursk region (still, "
          "not an increment)"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "pub",
          "'Das Pentagon ging zuletzt von … aus' (undated): soldiers sent"),
    ),
)


S06 = Source(
    article_id="v170_06_patientenbrief_podologie_rockenhausen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2024-12-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Podologie am Marktplatz, Rockenhausen – Patientenbrief",
        "https://www.podologie-rockenhausen.example/patientenbrief/2024-12",
        "Patientenbrief Dezember: Hausbesuche, neue Preise und Irynas Anruf",
    ),
    features="a podiatry practice's patient letter from Rockenhausen in the Nordpfälzer "
        "Bergland (Donnersbergkreis, Rhineland-Palatinate) in Markdown, windows-1252 with CRLF, "
        "front matter without a date (sidecar, Tuesday) and a title without a figure, `„“`; "
        "treatments, home visits in three villages, the co-payment's per cent, a price and the "
        "holiday closing first; a receptionist from Zaporizhzhia relaying her husband, a gunner "
        "in the Kursk region ('Am Sonntag habe ihr Mann angerufen, erzählt Iryna', Konjunktiv "
        "carried) `etwa 150` advancing on his battery (approx, near the front) and "
        "sentence-initial `Dutzende` fallen (vague, casualties; both other, from Sunday to "
        "publication); a former miner from Mungyeong who came to the Ruhr in 1971 'hält es für "
        "möglich' `bis zu 100.000` sent next year (at_most, planned, other, `pub`; a total, no "
        "'weitere'); a Pentagon spokesman 'sagte am Montag' `Hunderte` killed or wounded; the "
        "Ukrainian general staff 'meldete am Samstag' `rund 30` dead and wounded after one "
        "battle; the NIS 'schätzte vergangene Woche' `an die 11.000` in the Kursk region; the "
        "practice's own `Tausenden` young Koreans spending the winter in the trenches "
        "(unattributed, near the front, required); treatments, visits, per cent, euros, dates, "
        "ages, years, a phone number",
    text="""\
---
title: "Patientenbrief Dezember"
praxis: Podologie am Marktplatz, Rockenhausen
---

# Patientenbrief Dezember

Liebe Patientinnen und Patienten,

in diesem Jahr haben wir 2.340 Behandlungen gemacht, davon 610 bei Hausbesuchen in Alsenz, \
Dielkirchen und Imsbach. Die Kassen zahlen die podologische Behandlung für Diabetiker weiterhin, \
der Eigenanteil liegt bei 10 Prozent. Ab Januar kostet die private Fußpflege 38 Euro. Zwischen \
den Jahren bleibt die Praxis vom 23. Dezember bis zum 3. Januar geschlossen.

## Iryna aus Saporischschja

Iryna Tkatschenko, 41, war in Saporischschja Krankenschwester und sitzt seit dem Sommer bei uns am \
Empfang. Ihr Mann ist Artillerist im Gebiet Kursk. Am Sonntag habe ihr Mann angerufen, erzählt \
Iryna. Am Morgen seien [[etwa 150]] Nordkoreaner in einer langen Kette über ein Feld auf seine \
Batterie zugekommen. [[Dutzende]] seien gefallen, bevor die übrigen umkehrten. „Er sagt, so \
etwas hat er in drei Jahren Krieg nicht gesehen“, erzählt sie.

## Herr Yoon kam 1971 als Bergmann

Yoon Byung-chul, 78, kam 1971 als Bergmann aus Mungyeong ins Ruhrgebiet und lebt seit der Rente \
in Rockenhausen. Seine Füße behandeln wir seit elf Jahren. Er hält es für möglich, dass Kim im \
neuen Jahr [[bis zu 100.000]] Mann nach Russland schickt. „Im Norden fragt niemand die Mütter“, \
sagt er.

## Was berichtet wird

Ein Sprecher des Pentagons sagte am Montag, [[Hunderte]] Nordkoreaner seien in Kursk getötet oder \
verwundet worden. Der ukrainische Generalstab meldete am Samstag [[rund 30]] Tote und Verwundete \
nach einem einzigen Gefecht. Der südkoreanische Geheimdienst schätzte vergangene Woche, dass [[an \
die 11.000]] Soldaten aus dem Norden im Gebiet Kursk stünden. Wir denken in diesen Tagen auch an \
die Eltern der [[Tausenden]] jungen Koreaner, die diesen Winter in den Gräben bei Kursk verbringen.

Frohe Weihnachten! Ihr Team der Podologie am Marktplatz, Telefon 06361 2270
""",
    claims=(
        C("etwa 150", 150, "approx", "near_front", "other", "sun..pub",
          "a receptionist from Zaporizhzhia relaying her husband, a gunner in the Kursk region "
          "('Am Sonntag habe ihr Mann angerufen, erzählt Iryna', Konjunktiv; the speaker quoted: "
          "other): advanced across a field on his battery ('Am Morgen' is the event; from "
          "Sunday, 15 December, to publication)"),
        C("Dutzende", None, "vague", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial: fallen"),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "pub",
          "a former miner from Mungyeong, 'Er hält es für möglich' (undated): to be sent to "
          "Russia next year (a forecast: planned; no 'weitere', not an increment)"),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon",
          "'Ein Sprecher des Pentagons sagte am Montag' (16 December): killed or wounded in "
          "Kursk"),
        C("rund 30", 30, "approx", "casualties", "ukraine", "sat",
          "'Der ukrainische Generalstab meldete am Samstag' (14 December): dead and wounded "
          "after a single battle"),
        C("an die 11.000", 11000, "approx", "near_front", "south_korea", "lastweek",
          "'Der südkoreanische Geheimdienst schätzte vergangene Woche': in the Kursk region "
          "('an die' as approx)"),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the practice's own framing, no source (required): young Koreans spending the winter "
          "in the trenches near Kursk"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Rockport, Fishers Island, Grand Isle)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v170_07_hummingbird_festival_wire_rockport",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-09-20"),
    dated_by="dateline",
    features="an agency-style wire report from a hummingbird festival in Rockport (Texas Coastal "
        "Bend) as plain text, UTF-8, slug line, headline without a figure, byline and dateline "
        "'ROCKPORT, Texas, September 20, 2025 (Coastal Bend Wire) —' (Saturday), straight quotes "
        "and em dashes; visitors, banded birds, grams, miles of open water first; a volunteer "
        "from Odesa relaying her brother, a drone pilot in the Sumy region ('he messaged her on "
        "Thursday night, she said. He wrote that …, and that') `roughly 200` moved into a forest "
        "across the border (approx, near the front) and `four` carried away on stretchers "
        "(number word, casualties; both other, from Thursday to publication); a retired Air "
        "Force meteorologist born in Jeonju 'figures' `25,000 or so` sent by the end of the year "
        "('or so' as approx, planned, other, `pub`); the NIS 'told lawmakers on Tuesday' `some "
        "2,000` killed; North Korean state media 'Late last month … showed' a cemetery for "
        "`hundreds` who died abroad (north_korea, days 21-31 of August); Russia's defence "
        "minister praising the `thousands` who fought in Kursk 'during a visit to Pyongyang this "
        "month' (russia, the 1st to publication); a State Department spokesperson 'asked on "
        "Friday, put the number still in Russia at' `about 11,000`; visitors, birds, grams, "
        "miles, dollars, ages, years, a newsroom phone number",
    text="""\
HUMMINGBIRDS-TEXAS/KOREA

At a Gulf Coast bird festival, a volunteer keeps one eye on the Sumy border

By Dana Whitcomb

ROCKPORT, Texas, September 20, 2025 (Coastal Bend Wire) — The ruby-throated hummingbirds \
arrived on schedule for Rockport's hummingbird festival this week, and so did about 6,000 \
visitors, who watched volunteers band 1,140 of the tiny birds in three days. Each one weighs \
about three grams and has some 500 miles of open Gulf water to cross on its way south.

At the banding tent, Kateryna Moroz, 31, a volunteer from Odesa who settled in Fulton in 2023, \
kept glancing at her phone. Her brother flies reconnaissance drones in the Sumy region, and he \
messaged her on Thursday night, she said. He wrote that [[roughly 200]] North Korean soldiers had \
moved into a forest across the border, and that his crew had watched [[four]] of them being \
carried away on stretchers. "He counts them the way we count the birds," Moroz said.

Paul Jang, 66, a retired Air Force meteorologist born in Jeonju, has come to the festival every \
September since 2011. He figures North Korea will have sent [[25,000 or so]] soldiers to Russia \
by the end of the year. "They're the cheapest army Moscow can rent," he said.

Seoul's National Intelligence Service told lawmakers on Tuesday that [[some 2,000]] North Koreans \
had been killed fighting for Russia. Late last month, North Korean state media showed Kim Jong Un \
opening a cemetery in Pyongyang for [[hundreds]] of soldiers who died abroad. Russia's \
defense minister, Andrei Belousov, praised the [[thousands]] who fought in the Kursk region \
during a visit to Pyongyang this month. A State Department spokesperson, asked on Friday, put the \
number still in Russia at [[about 11,000]].

The festival closes Sunday. Admission is $10, and children under 12 get in free.

(Reporting by Dana Whitcomb; editing by Luis Garza; newsroom 361-555-0172)
""",
    claims=(
        C("roughly 200", 200, "approx", "near_front", "other", "thu..pub",
          "a volunteer from Odesa relaying her brother, a drone pilot in the Sumy region ('he "
          "messaged her on Thursday night, she said. He wrote that'; the speaker quoted: other): "
          "moved into a forest across the border (from Thursday, 18 September, to publication)"),
        C("four", 4, "exact", "casualties", "other", "thu..pub",
          "same message, 'and that': carried away on stretchers (wounded; number word)"),
        C("25,000 or so", 25000, "approx", "planned", "other", "pub",
          "a retired Air Force meteorologist born in Jeonju, 'He figures' (undated): will have "
          "been sent by the end of the year ('or so' after the number, in the span: approx, as "
          "in earlier sets; a forecast of a total: planned)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Seoul's National Intelligence Service told lawmakers on Tuesday' (16 September): "
          "killed fighting for Russia"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "'Late last month, North Korean state media showed' (21-31 August): a cemetery for "
          "soldiers who died abroad"),
        C("thousands", None, "vague", "near_front", "russia", "2025-09-01..pub",
          "Russia's defence minister Belousov 'during a visit to Pyongyang this month' (the 1st "
          "to publication): praised those who fought in the Kursk region"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "fri",
          "'A State Department spokesperson, asked on Friday, put the number still in Russia "
          "at' (19 September; 'still', not an increment)"),
    ),
)


S08 = Source(
    article_id="v170_08_burgee_yacht_club_fishers_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-07-02"),
    dated_by="front_matter",
    features="a yacht club's newsletter from Fishers Island (Town of Southold, New York) in "
        "Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title repeating "
        "the headline (optional), straight quotes; race-week boats, a new launch, its hours and "
        "mooring fees first; the headline's `1,000` deminers from Shoigu of June 17 (that day to "
        "publication; russia, planned); a launch driver from Mykolaiv relaying his uncle, a medic "
        "on the Sumy border ('He called Andriy on Sunday, Andriy said, and told him that') "
        "`fifty-odd` digging trenches on the Russian side ('-odd' as approx, near the front, "
        "other, from Sunday to publication); a retired obstetrician from Seoul 'expects' `as many "
        "as 10,000` 'more' by the fall (at_most, increment, planned, other, `pub`); Shoigu 'In "
        "Pyongyang on June 17' `1,000` deminers and `5,000` builders (russia, planned, not "
        "increments); Seoul's spy agency 'estimated last week' `around 11,000` who 'remain' (not "
        "an increment); 'On Monday, Kyiv's military intelligence said' `about 1,500` manning guns "
        "that fire across the border; boats, feet, hours, dollars, ages, years",
    text="""\
---
title: "Race week, a new launch, and Moscow's [[1,000]] North Korean deminers"
date: 2025-07-02
source: The Burgee, newsletter of the Race Point Yacht Club, Fishers Island
---

# Race week, a new launch, and Moscow's [[1,000]] North Korean deminers

Race week starts Saturday with 42 boats entered, nine of them in the new junior fleet. The club's \
second launch, a 22-foot workboat built in Maine, went into service on June 20 and runs every \
half hour from 8 to 6. Mooring fees stay at $1,150 for the season.

## On the launch

Our launch driver this summer is Andriy Savchuk, 27, from Mykolaiv, who studies marine \
engineering in New London. His uncle is a medic with a Ukrainian brigade on the Sumy border. He \
called Andriy on Sunday, Andriy said, and told him that [[fifty-odd]] North Koreans were digging \
trenches on the Russian side, close enough that the medics could hear their shovels.

## From the porch

Grace Oh, 71, a retired obstetrician from Seoul who has sailed out of the harbor for 30 years, \
expects the North to send [[as many as 10,000]] more soldiers to Russia by the fall.

## The news this week

In Pyongyang on June 17, Sergei Shoigu, who now runs Russia's Security Council, announced that \
Kim was lending Moscow [[1,000]] deminers and [[5,000]] military builders for the reconstruction \
of the Kursk region. Seoul's spy agency estimated last week that [[around 11,000]] of the North's \
troops remain in Russia. On Monday, Kyiv's military intelligence said [[about 1,500]] of them \
were manning guns that fire across the border into the Sumy region.

Fair winds, and see you on the starting line Saturday.
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline ('Moscow's 1,000 North Korean deminers'): Shoigu's figure of the body ('In "
          "Pyongyang on June 17'), that day to publication: deminers to be sent"),
        C("fifty-odd", 50, "approx", "near_front", "other", "sun..pub",
          "a launch driver from Mykolaiv relaying his uncle, a medic on the Sumy border ('He "
          "called Andriy on Sunday, Andriy said, and told him that'; the speaker quoted: other): "
          "digging trenches on the Russian side ('-odd' as approx, as in earlier sets; number "
          "word 50; from Sunday, 29 June, to publication)"),
        C("as many as 10,000", 10000, "at_most", "planned", "other", "pub",
          "a retired obstetrician from Seoul, 'expects' (undated): 'more' soldiers by the fall "
          "(increment, planned; 'as many as' as at_most)", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'In Pyongyang on June 17, … announced that': deminers Kim was lending Moscow "
          "for the Kursk region (planned; a first group, not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement: military builders to rebuild the Kursk region"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "'Seoul's spy agency estimated last week': troops who 'remain' in Russia (not an "
          "increment)"),
        C("about 1,500", 1500, "approx", "near_front", "ukraine", "mon",
          "'On Monday, Kyiv's military intelligence said' (30 June): manning guns that fire "
          "across the border into the Sumy region"),
    ),
)


S09 = Source(
    article_id="v170_09_letters_caminada_current_grand_isle",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-03-13"),
    dated_by="sidecar",
    sidecar=(
        "The Caminada Current, Grand Isle – Letters",
        "https://www.caminadacurrent.example/letters/2025-03-13",
        "Letters: sand fences, a nephew near Kursk and the paper's old number",
    ),
    features="a readers' letters page from a Grand Isle weekly (Jefferson Parish, Louisiana) as "
        "plain text, windows-1252 (sidecar, Thursday), `–` and straight quotes; letters on sand "
        "fencing and on toll tags at the Leeville bridge without a claim; a reader relaying her "
        "nephew, a tank mechanic in the Kursk region ('When he called on Saturday, he told us that "
        "…, and that') `about 300` coming through the village behind his unit's lines (approx, "
        "near the front) and `one` captured, a boy who gave his age as 19 (number word, "
        "casualties; both other, from Saturday to publication); a reader from Leeville answering "
        "the paper's own story ('Your February 27 story said') `11,000` (unattributed, required, "
        "that day), the spy agency that 'says' `about 3,000` 'more' arrived (increment, `pub`) and "
        "a State Department spokeswoman who 'told reporters on Monday' `about 1,000` killed; a "
        "reader born in Busan relaying her cousin ('By his reckoning') `no fewer than 4,000` "
        "killed or wounded (at_least, other, `pub`) and NATO officials who 'told reporters in "
        "Brussels on Tuesday' `several thousand` 'additional' (vague, increment, planned); feet of "
        "fencing, toll trips, minutes on hold, years, an age, place names",
    text="""\
THE CAMINADA CURRENT – LETTERS TO THE EDITOR

Sand fences, not speeches

The parish has promised new sand fencing on the east end since October. We were told 3,000 feet \
of it would be up before the spring tides. I count about 400. Whoever is holding the rest, please \
let it go. – Earline Chauvin, Grand Isle

Toll tags at the Leeville bridge

Since January my toll tag has been charged twice on 14 of my trips across the bridge. The help \
line kept me on hold for 52 minutes and then hung up. If other readers have seen the same thing, \
write to the paper so the parish knows it is not just me. – Roland Pitre, Grand Isle

A nephew's phone call

My nephew Taras is a tank mechanic with a Ukrainian brigade in the Kursk region. I married into \
his family 40 years ago, and he still calls me Aunt Mae. When he called on Saturday, he told us \
that [[about 300]] North Koreans had come through the village behind his unit's lines in two \
nights, and that his crew had captured [[one]], a boy who gave his age as 19. Please keep writing \
about this. – Mae Guidry Kravets, Grand Isle

What the paper left out

Your February 27 story put the North Koreans in Russia at [[11,000]]. That was the old number. \
South Korea's spy agency says [[about 3,000]] more arrived in January and February, and a State \
Department spokeswoman told reporters on Monday that [[about 1,000]] of them have been killed. \
– Rene Toups, Leeville

From my cousin in Busan

I was born in Busan, and my cousin there sells marine engines and follows this war closely. By \
his reckoning, the North has lost [[no fewer than 4,000]] men killed or wounded. NATO officials \
told reporters in Brussels on Tuesday that Kim could send [[several thousand]] additional troops \
this spring. Nobody on this island should think that war is far away. – Soo-ah Dupre, Grand Isle
""",
    claims=(
        C("about 300", 300, "approx", "near_front", "other", "sat..pub",
          "a reader relaying her nephew, a tank mechanic in the Kursk region ('When he called "
          "on Saturday, he told us that'; the speaker quoted: other): came through the village "
          "behind his unit's lines 'in two nights' (a period; from Saturday, 8 March, to "
          "publication)"),
        C("one", 1, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that': captured by his crew (number word; the boy's age 19 is not a "
          "claim)"),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "2025-02-27",
          "a reader citing the paper's own story ('Your February 27 story said', as in "
          "corpus_blind165 and corpus_blind166): unattributed, required, that day"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "pub",
          "same letter, 'South Korea's spy agency says' (undated, present): 'more' arrived in "
          "January and February (increment; the months are the period, not the claim date)",
          add=True),
        C("about 1,000", 1000, "approx", "casualties", "united_states", "mon",
          "same letter, 'a State Department spokeswoman told reporters on Monday' (10 March): "
          "killed"),
        C("no fewer than 4,000", 4000, "at_least", "casualties", "other", "pub",
          "a reader born in Busan relaying her cousin there ('By his reckoning', undated; the "
          "speaker quoted: other): killed or wounded ('no fewer than' as at_least)"),
        C("several thousand", None, "vague", "planned", "nato", "tue",
          "same letter, 'NATO officials told reporters in Brussels on Tuesday' (11 March): "
          "'additional' troops Kim could send this spring (increment, planned)", add=True),
    ),
)


S10 = Source(
    article_id="v170_10_spin_cycle_laundromat_rockport_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-12"),
    dated_by="html_meta",
    features="a laundromat's customer page from Rockport (Texas Coastal Bend) in HTML, UTF-8, "
        "`article:published_time` -06:00 (Wednesday) and an `og:title` without a figure, a cookie "
        "bar about machine reservations, a prices script, navigation, entities (`&ndash;`, "
        "`&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`, `&nbsp;`), a footer with a ZIP code and a "
        "phone number; `<title>` and headline without a figure; dryers, washers, prices per load "
        "and pound, winter hours first; an attendant from Chernivtsi relaying her husband, an "
        "air-defence gunner in the Sumy region ('On Monday night he called her, she said, and "
        "told her that') `about 120` artillerymen dug in across the border (approx, near the "
        "front) and, 'Two nights earlier, he said', `three` of their guns (not a claim) and `at "
        "least nine` of the crews killed (at_least with a number word, casualties; both other, "
        "from Monday to publication); a retired chief petty officer from Pohang 'expects' "
        "`12,000` builders at work in the Kursk region by spring (planned, other, `pub`); the NIS "
        "('Early this month, lawmakers in Seoul were told by') `some 6,000` builders and deminers "
        "arrived since September (days 1-10, not an increment); Russia's defence ministry "
        "'released video on Saturday' of `hundreds` clearing mines (russia, near the front); "
        "NATO's secretary general 'said in Brussels last week' `3,000` 'more' since the summer "
        "(increment); 'By a Defense Department estimate' `roughly 11,000` who 'remain' (`pub`); "
        "dryers, washers, pounds, dollars, hours, guns, ages, years, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Spin Cycle &ndash; News from Copano Suds, Rockport</title>
<meta property="article:published_time" content="2025-11-12T07:30:00-06:00">
<meta property="og:title" content="The Spin Cycle: new dryers, winter hours, and a call from the \
Sumy border">
<script>var hours = {open: "6:00", close: "22:00"}; var loadPrice = 3.75;</script>
</head>
<body>
<div class="cookie-bar">We use one cookie to remember which machine you reserved. \
<a href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/prices">Prices</a> &middot; <a href="/drop-off">\
Drop-off</a> &middot; <a href="/spin-cycle">The Spin Cycle</a></nav>
<main>
<h1>New dryers, winter hours, and a call from the Sumy border</h1>
<p>The six new 50-pound dryers are in, which brings us to 18 dryers and 24 washers. A wash still \
costs $3.75 a load, and drop-off service is $1.60 a pound. Winter hours start December 1: \
6&nbsp;a.m. to 10&nbsp;p.m., seven days a week.</p>
<h2>Behind the counter</h2>
<p>Most mornings you will find Olena Prykhodko, 45, from Chernivtsi, folding towels faster than \
you can say thank you. Her husband is an air-defense gunner in the Sumy region. On Monday night \
he called her, she said, and told her that [[about 120]] North Korean artillerymen had dug in \
across the border. Two nights earlier, he said, his battery had hit three of their guns and \
killed [[at least nine]] of the crews. &ldquo;He sounds older every time,&rdquo; Olena said.</p>
<h2>A regular with a view</h2>
<p>Kang Sung-min, 63, a retired chief petty officer from Pohang, runs a fishing charter out of \
Fulton and does his laundry here every Thursday. He expects that by spring [[12,000]] North \
Korean builders will be at work in the Kursk region.</p>
<h2>In the news</h2>
<p>Early this month, lawmakers in Seoul were told by the National Intelligence Service that \
[[some 6,000]] military builders and deminers had arrived in Russia since September. \
Russia&rsquo;s defense ministry released video on Saturday of [[hundreds]] of North Korean \
sappers clearing mines in the Kursk region. NATO&rsquo;s secretary general said in Brussels last \
week that Kim had sent [[3,000]] more soldiers since the summer. By a Defense Department \
estimate, [[roughly 11,000]] remain in Russia.</p>
</main>
<footer>Copano Suds Laundromat &middot; Rockport, TX 78382 &middot; (361) 555-0193 &middot; \
Open daily</footer>
</body>
</html>
""",
    claims=(
        C("about 120", 120, "approx", "near_front", "other", "mon..pub",
          "an attendant from Chernivtsi relaying her husband, an air-defence gunner in the Sumy "
          "region ('On Monday night he called her, she said, and told her that'; the speaker "
          "quoted: other): artillerymen dug in across the border (from Monday, 10 November, to "
          "publication)"),
        C("at least nine", 9, "at_least", "casualties", "other", "mon..pub",
          "same call, 'Two nights earlier, he said' (the event, not the claim date): crew "
          "members killed (number word; 'three of their guns' counts guns: not a claim)"),
        C("12,000", 12000, "exact", "planned", "other", "pub",
          "a retired chief petty officer from Pohang, 'He expects' (undated): builders at work "
          "in the Kursk region by spring (a forecast: planned)"),
        C("some 6,000", 6000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "'Early this month, lawmakers in Seoul were told by the National Intelligence "
          "Service' (days 1-10): "
          "builders and deminers arrived in Russia 'since September' (a period; no 'more', not "
          "an increment)"),
        C("hundreds", None, "vague", "near_front", "russia", "sat",
          "'Russia's defense ministry released video on Saturday' (8 November): sappers "
          "clearing mines in the Kursk region"),
        C("3,000", 3000, "exact", "in_russia", "nato", "lastweek",
          "'NATO's secretary general said in Brussels last week': 'more' soldiers sent since "
          "the summer (increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'By a Defense Department estimate' (undated): 'remain' in Russia (not an "
          "increment)"),
    ),
)


S11 = Source(
    article_id="v170_11_wicket_notes_croquet_fishers_island_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-08-22"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Wicket Notes – Fishers Island Croquet Club",
        "https://www.fishersislandcroquet.example/wicket-notes/2025-08",
        "Wicket Notes: a dry lawn, a new court and a minefield on the Sumy border",
    ),
    features="a croquet club's notes from Fishers Island (Town of Southold, New York) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter with `date:` as well as the sidecar "
        "(Friday) and a title without a figure, straight quotes; gallons of water, a new court "
        "and its players, members, a season fee and loaner mallets first; a groundskeeper from "
        "Poltava relaying his brother, a sapper in the Sumy region ('Last Saturday, Viktor "
        "said, his brother told him on a video call that …, and that') `two dozen` clearing a "
        "minefield across the border (number word 24, exact, near the front) and `five` forced "
        "to surrender by drones (number word, casualties; both other, from Saturday to "
        "publication); a retired judge born in Gwangju 'reckons' `more than 6,000` killed or "
        "wounded since last fall (at_least, other, `pub`); the NIS 'in a closed-door briefing "
        "on August 14, put the number of North Korean dead at' `about 2,000`; KCNA 'said on "
        "Tuesday' Kim promising `thousands` 'more' (vague, increment, planned, north_korea); a "
        "Pentagon official 'said this week' `upwards of 10,000` 'still' in Russia (at_least, "
        "Monday to publication); Zelensky 'said on August 9' `several hundred` gunners shelling "
        "the Sumy region; gallons, inches, players, members, dollars, mallets, ages, years, a "
        "phone number",
    text="""\
---
title: "Wicket Notes, late August"
date: 2025-08-22
club: Fishers Island Croquet Club
---

# Wicket Notes, late August

The lawn has survived the dry spell. We put down 1,200 gallons of water a week in July, and the \
new nine-wicket court behind the firehouse opened on August 9 with 26 players. The club now has \
58 members; the season fee is $175, and the loaner mallets (we own 16) are free.

## The groundskeeper's brother

Our groundskeeper, Viktor Bondar, 39, came from Poltava in 2022 and keeps the grass at exactly \
three-sixteenths of an inch. His brother is a sapper in the Sumy region. Last Saturday, Viktor \
said, his brother told him on a video call that [[two dozen]] North Koreans had been clearing a \
minefield on the far side of the border, and that Ukrainian drones had forced [[five]] of them to \
surrender.

## A member's view

Ahn Mi-kyung, 69, a retired judge born in Gwangju, plays every Tuesday afternoon. She reckons the \
North has lost [[more than 6,000]] men killed or wounded since last fall.

## News from Korea

South Korea's National Intelligence Service, in a closed-door briefing on August 14, put the \
number of North Korean dead at [[about 2,000]]. North Korea's KCNA said on Tuesday that Kim Jong \
Un had promised returning engineers that [[thousands]] more would follow them. A Pentagon \
official said this week that [[upwards of 10,000]] North Korean soldiers are still in Russia. \
President Zelensky said on August 9 that [[several hundred]] North Korean gunners were shelling \
the Sumy region.

Next tournament: Labor Day doubles, September 1, 10 a.m. Call the clubhouse at 631-555-0176.
""",
    claims=(
        C("two dozen", 24, "exact", "near_front", "other", "sat..pub",
          "a groundskeeper from Poltava relaying his brother, a sapper in the Sumy region ('Last "
          "Saturday, Viktor said, his brother told him on a video call that'; the speaker "
          "quoted: other): clearing a minefield on the far side of the border (number word 24, "
          "as in corpus_blind163; 'Last Saturday' in a Friday page: 16 August, to publication)"),
        C("five", 5, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that': forced to surrender by drones (number word)"),
        C("more than 6,000", 6000, "at_least", "casualties", "other", "pub",
          "a retired judge born in Gwangju, 'She reckons' (undated): killed or wounded 'since "
          "last fall' (a period)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-14",
          "'South Korea's National Intelligence Service, in a closed-door briefing on August 14, "
          "put the number of North Korean dead at'"),
        C("thousands", None, "vague", "planned", "north_korea", "tue",
          "'North Korea's KCNA said on Tuesday' (19 August): Kim promised that 'more' would "
          "follow the returning engineers (increment, planned)", add=True),
        C("upwards of 10,000", 10000, "at_least", "in_russia", "united_states", "mon..pub",
          "'A Pentagon official said this week' (Monday, 18 August, to publication): 'still' in "
          "Russia (not an increment; 'upwards of' as at_least)"),
        C("several hundred", None, "vague", "near_front", "ukraine", "2025-08-09",
          "'President Zelensky said on August 9': gunners shelling the Sumy region (the court's "
          "opening on the same day is a different event)"),
    ),
)


S12 = Source(
    article_id="v170_12_snoball_stand_dispatch_grand_isle_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-05-21"),
    dated_by="sidecar",
    sidecar=(
        "Pelican Point Sno-Balls, Grand Isle – Shaved Ice Dispatch",
        "https://www.pelicanpointsnoballs.example/dispatch/2025-05",
        "Forty-one flavors and a brother on the Sumy border",
    ),
    features="a sno-ball stand's page from Grand Isle (Jefferson Parish, Louisiana) in HTML, "
        "ISO-8859-1 with quotes and apostrophes only as entities (`&rsquo;`, `&ldquo;`, "
        "`&rdquo;`, `&ndash;`, `&middot;`), no meta date (sidecar, Wednesday), a cookie note "
        "about the flavor board, a flavors script, navigation, a footer with a ZIP code and a "
        "phone number; `<title>` and headline without a claim figure (`Forty-one flavors`); "
        "pounds of ice, flavors, cups, prices, a hurricane's year and the stand's pilings first; "
        "a nursing student from Chernihiv relaying her brother, a signaller north of Sumy ('He "
        "wrote to her on Sunday that') `some eighty` manning guns across the border (approx with "
        "a number word, near the front, other, from Sunday to publication); a retired rig "
        "inspector born in Mokpo 'believes' `at least 20,000` rotated through Russia (other, "
        "`pub`); lawmakers who 'heard from their spy agency' 'On April 30' `about 600` killed; "
        "North Korea's state news agency 'said last week' `dozens` of fallen (north_korea); the "
        "Kremlin's spokesman 'said on Monday' the `thousands` who fought in Kursk (russia); the "
        "U.S. deputy ambassador to the UN 'told the Security Council last Thursday' `up to 3,000` "
        "replacements (at_most, increment); 'NATO estimates' `11,000 to 12,000` 'still' in Russia "
        "(range, `pub`); Russia's ambassador on `1,500` construction workers (not soldiers: not a "
        "claim); ice, flavors, cups, dollars, feet, ages, years, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Shaved Ice Dispatch &ndash; Pelican Point Sno-Balls, Grand Isle</title>
<script>var flavors = 41; var season = "April-October";</script>
</head>
<body>
<div class="cookies">This page keeps one cookie so the flavor board remembers your favorites. \
<a href="#">Got it</a></div>
<nav><a href="/">Home</a> | <a href="/flavors">Flavors</a> | <a href="/hours">Hours</a> | \
<a href="/dispatch">Dispatch</a></nav>
<main>
<h1>Forty-one flavors and a brother on the Sumy border</h1>
<p>We opened for the season on April 12 and have already shaved our way through 2,300 pounds of \
block ice. The board now holds 41 flavors; nectar cream is still number one, and the new \
satsuma-pepper sold 380 cups its first weekend. A small is $3, a large $5, and a stuffed sno-ball \
with soft-serve is $7.50. Hurricane Ida took our old stand in 2021; this one sits on pilings, 11 \
feet up.</p>
<h2>At the ice shaver</h2>
<p>Yuliia Marchenko, 24, from Chernihiv, works the shaver on weekends and studies nursing in \
Thibodaux. Her brother is a signaller north of Sumy. He wrote to her on Sunday that [[some \
eighty]] North Koreans were manning guns across the border from his village. &ldquo;He says they \
fire at night and sleep in the day,&rdquo; she told us.</p>
<h2>Our Thursday regular</h2>
<p>Daniel Baek, 70, a retired oil-rig safety inspector born in Mokpo, orders a large spearmint \
every Thursday. He believes Kim has rotated [[at least 20,000]] soldiers through Russia.</p>
<h2>Heard on the radio</h2>
<p>On April 30, South Korean lawmakers heard from their spy agency that [[about 600]] North \
Koreans had been killed. North Korea&rsquo;s state news agency said last week that Kim had \
received the families of [[dozens]] of fallen soldiers. The Kremlin&rsquo;s spokesman said on \
Monday that Russia would never forget the [[thousands]] of Korean soldiers who fought in Kursk. \
The U.S. deputy ambassador to the United Nations told the Security Council last Thursday that \
[[up to 3,000]] replacements had been sent. NATO estimates that [[11,000 to 12,000]] are still in \
Russia. Russia&rsquo;s ambassador in Pyongyang said on Friday that 1,500 more North Korean \
construction workers would reach the Far East this summer.</p>
</main>
<footer>Pelican Point Sno-Balls &middot; Highway 1, Grand Isle, LA 70358 &middot; (985) \
555-0139 &middot; Open noon to 9</footer>
</body>
</html>
""",
    claims=(
        C("some eighty", 80, "approx", "near_front", "other", "sun..pub",
          "a nursing student from Chernihiv relaying her brother, a signaller north of Sumy ('He "
          "wrote to her on Sunday that'; the speaker quoted: other): manning guns across the "
          "border (number word 80; from Sunday, 18 May, to publication)"),
        C("at least 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a retired rig inspector born in Mokpo, 'He believes' (undated): rotated through "
          "Russia (a total, not an increment)"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'On April 30, South Korean lawmakers heard from their spy agency' (lawmakers passing "
          "on the NIS): killed"),
        C("dozens", None, "vague", "casualties", "north_korea", "lastweek",
          "'North Korea's state news agency said last week': Kim received the families of the "
          "fallen"),
        C("thousands", None, "vague", "near_front", "russia", "mon",
          "'The Kremlin's spokesman said on Monday' (19 May): the Korean soldiers who fought in "
          "Kursk"),
        C("up to 3,000", 3000, "at_most", "in_russia", "united_states", "thu",
          "'The U.S. deputy ambassador to the United Nations told the Security Council last "
          "Thursday' (15 May): replacements sent (increment, as in corpus_blind161)", add=True),
        C("11,000 to 12,000", None, "range", "in_russia", "nato", "pub",
          "'NATO estimates' (undated): 'still' in Russia (not an increment)"),
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
