"""Build the HUNDRED-AND-EIGHTIETH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-second corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
sports-car museum friends' circular from Gmünd in the Liesertal (Austrian conventions) with a car
upholsterer from Kropyvnytskyi and a translator from Cheongju, an ice-climbing festival's letter
from Malta in the Maltatal with a physiotherapist from Lviv and a student from Gangneung, the ice
palace builders' page from the Schwarzsee (Swiss conventions) with a crane driver from Kremenchuk
and a nurse from Andong, a via ferrata's letter from Jaun (Swiss conventions) with a rental clerk
from Cherkasy and a bank clerk from Mokpo, a weather station's monthly report from the Nordhelle in
the Ebbegebirge with a former airport meteorologist from Kharkiv and a chemist from Iksan, and a
wildlife rescue station's page from Niederzissen in the Brohltal with a vet from Sumy and a doctoral
student from Suncheon; an agency-style wire report from Old Year's Night on Jost Van Dyke with a
deckhand from Mykolaiv and a yacht chef born in Sokcho, a Jost Van Dyke yacht provisioning service's
galley notes with a stockroom keeper from Zhytomyr and a charter captain born on Jeju, a Hunting
Island fishing pier's notes with a retired ship's mechanic from Izmail and a retired pharmacist born
in Gwangju, a Hunting Island Christmas Bird Count report with a software tester from Chernivtsi and
a retired Navy surgeon born in Chungju, a readers' letters page from a Bell Island weekly with
letters quoting a son on the Sumy border and a cousin in Seoul, and a Bell Island mural project's
wall notes with a muralist from Kramatorsk and an economist from Gimcheon. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in an
article below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing
is re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind180_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Liesertal and Maltatal, Schwarzsee and Jaun, Ebbegebirge, Brohltal)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v180_01_rundschreiben_sportwagenmuseum_gmuend",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-18"),
    dated_by="dateline", crlf=True,
    features="a sports-car museum friends' circular from Gmünd in the Liesertal (Carinthia) as "
        "plain text, windows-1252 with CRLF and `„“` (no sidecar), dated by the letter line "
        "'Gmünd, 18.02.2025' (Tuesday); Austrian conventions (`heuer`, `Jänner`, `Feber`, "
        "`Obmann`, `sperren … auf`, `in der Früh`); visitors, members, a yearly fee in euros, an "
        "aluminium body's kilos and hours of work first; a former car upholsterer from "
        "Kropyvnytskyi relaying his brother, a reconnaissance drone pilot near Sudzha in the Kursk "
        "region ('Am Samstag habe sich der Bruder nach zehn Tagen Funkstille gemeldet, erzählt "
        "Denys', Konjunktiv carried) sentence-initial `Knapp 80` walking across a frozen field "
        "towards their village (approx, near the front) and `sieben` hit by his drones (number "
        "word, casualties; both other, from Saturday to publication); a translator from Cheongju "
        "who 'hält es für wahrscheinlich' that Pyongyang will send 'noch einmal' `10.000 bis "
        "15.000` this year (range, increment, planned, other, `pub`; her January visit is not the "
        "claim date); the NIS that 'teilte am Donnerstag mit' `etwa 3.000` 'zusätzliche' moved "
        "since the start of the year (increment, in Russia); 'Laut Präsident Selenskyj' `knapp "
        "4.000` killed or wounded (approx, `pub`); 'Nach Einschätzung des Pentagons' `höchstens "
        "11.000` 'weiterhin' in the Kursk region (at_most, near the front, `pub`); 'Nach Angaben "
        "der Staatsagentur KCNA' Kim received the families of `Dutzenden` fallen 'am Wochenende' "
        "(north_korea, vague, casualties, Saturday-Sunday); Russia's losses a day, visitors, "
        "members, euros, kilos, hours, dates, times, ages, years, a phone number",
    text="""\
Freundeskreis Sportwagenmuseum Lieserhof
Rundschreiben Nr. 1/2025

Gmünd, 18.02.2025

Liebe Freundinnen und Freunde unseres Museums,

die Winterpause ist bald vorbei: Am 1. März sperren wir die Halle an der Lieser wieder auf. Im \
vergangenen Jahr haben 23.600 Gäste unsere Wagen besichtigt, knapp 1.900 mehr als 2023, und der \
Freundeskreis ist auf 412 Mitglieder gewachsen. Der Jahresbeitrag bleibt heuer bei 35 Euro, für \
Familien bei 50 Euro. Die Aluminiumhaut des Coupés von 1949, an dem unsere Werkstatt seit dem \
Herbst arbeitet, wiegt nur 68 Kilo; bis zur Sonderschau im Juni fehlen noch gut 400 Arbeitsstunden.

Denys und die Nachricht vom Samstag

Denys Kowaltschuk, 41, war in Kropywnyzkyj Autosattler und bezieht seit dem Vorjahr in unserer \
Werkstatt die alten Sitze neu. Sein jüngerer Bruder steuert Aufklärungsdrohnen bei Sudscha im \
Gebiet Kursk. Am Samstag habe sich der Bruder nach zehn Tagen Funkstille gemeldet, erzählt Denys. \
[[Knapp 80]] Nordkoreaner seien in der Früh im Nebel über einen gefrorenen Acker auf ihr Dorf \
zugegangen. Seine Gruppe habe [[sieben]] von ihnen mit Drohnen getroffen, die übrigen hätten sich \
in ein Wäldchen zurückgezogen. „Er erzählt das, als ginge es um das Wetter“, sagt Denys.

Besuch aus Cheongju

Im Jänner hat uns Shin Hye-jin, 34, Übersetzerin aus Cheongju, mit einer Reisegruppe besucht. Sie \
übersetzt Handbücher für einen steirischen Zulieferer und verfolgt die Nachrichten aus ihrer \
Heimat genau. Sie hält es für wahrscheinlich, dass Pjöngjang heuer noch einmal [[10.000 bis \
15.000]] Mann zu seinem Verbündeten schickt. „Für das Regime sind diese Männer eine \
Einnahmequelle“, sagt sie.

Was gemeldet wird

Südkoreas Nachrichtendienst teilte am Donnerstag mit, der Norden habe seit Jahresbeginn [[etwa \
3.000]] zusätzliche Soldaten nach Russland verlegt. Laut Präsident Selenskyj sind bisher [[knapp \
4.000]] Nordkoreaner getötet oder verwundet worden. Nach Einschätzung des Pentagons stehen \
[[höchstens 11.000]] von ihnen weiterhin im Gebiet Kursk. Nach Angaben der Staatsagentur KCNA hat \
Kim am Wochenende die Angehörigen von [[Dutzenden]] Gefallenen empfangen. Russland selbst verliert \
nach Kiewer Zählung derzeit täglich rund 1.300 Mann.

Die Jahreshauptversammlung findet am 14. März um 19 Uhr im Gasthof an der Hauptstraße statt. \
Anmeldungen bis Ende Feber unter 04732 3127.

Mit sportlichen Grüßen
Ihr Obmann Gerhard Pirker
""",
    claims=(
        C("Knapp 80", 80, "approx", "near_front", "other", "sat..pub",
          "a former car upholsterer from Kropyvnytskyi relaying his brother, a reconnaissance "
          "drone pilot near Sudzha in the Kursk region ('Am Samstag habe sich der Bruder nach zehn "
          "Tagen Funkstille gemeldet, erzählt Denys', Konjunktiv; the speaker quoted: other): "
          "walked across a frozen field towards their village (sentence-initial; 'Knapp' as "
          "approx; from Saturday, 15 February, to publication)"),
        C("sieben", 7, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried: hit by his group's drones (number word)"),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "a translator from Cheongju, 'Sie hält es für wahrscheinlich' (present; her January "
          "visit is not the claim date): Pyongyang will send 'noch einmal' this many to its ally "
          "this year (increment, planned; span without the words)", add=True),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'Südkoreas Nachrichtendienst teilte am Donnerstag mit' (13 February, Konjunktiv): "
          "'zusätzliche' soldiers moved to Russia since the start of the year (increment; the "
          "weeks are the period)", add=True),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "'Laut Präsident Selenskyj' (undated): killed or wounded so far"),
        C("höchstens 11.000", 11000, "at_most", "near_front", "united_states", "pub",
          "'Nach Einschätzung des Pentagons' (undated): 'weiterhin' in the Kursk region (still, "
          "not an increment)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-02-15..2025-02-16",
          "'Nach Angaben der Staatsagentur KCNA … am Wochenende' (15-16 February): the families of "
          "the fallen received by Kim"),
    ),
)


S02 = Source(
    article_id="v180_02_festivalbrief_eisklettern_maltatal_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-12-12"),
    dated_by="front_matter",
    features="an ice-climbing festival's letter to its climbers from Malta in the Maltatal "
        "(Carinthia) in Markdown, UTF-8, front matter with `date:` (Thursday) and a title without "
        "a figure, `„“`; Austrian words (`heuer`, `Jänner`, `um 15 Euro`, `bis im Jänner`); "
        "centimetres of ice, entrants from eleven countries, a festival pass and hire gear in "
        "euros, course places and shuttle buses first; a physiotherapist from Lviv relaying her "
        "cousin, a radio operator near Sudzha ('Am Donnerstag vor einer Woche habe er ihr "
        "geschrieben, erzählt Oksana', Konjunktiv carried) sentence-initial `Einige hundert` "
        "digging trenches before his position (vague, near the front) and `zwei oder drei` lying "
        "in the snow (range with number words, casualties; both other, from the Thursday a week "
        "before publication to publication); a student from Gangneung, 'Seiner Meinung nach', "
        "`mindestens 20.000` in Russia by spring (at_least, planned, other, `pub`); 'Wie der "
        "Generalstab in Seoul am Dienstag mitteilte' `rund 11.000` in Russia; sentence-initial "
        "`Mehrere hundert` killed or wounded, 'hieß es am Montag aus der Nato' (the source after "
        "the figure); 'Dem ukrainischen Militärgeheimdienst zufolge' `bis zu 5.000` 'zusätzlichen' "
        "(at_most, increment, planned, `pub`); Russia's ambassador in Pyongyang who 'hatte Ende "
        "November von … gesprochen' `Tausenden` helpers for rebuilding the Kursk region (russia, "
        "vague, planned, days 21-30); centimetres, entrants, countries, euros, places, buses, "
        "dates, times, ages, years, a phone number",
    text="""\
---
title: "Festivalbrief Dezember"
date: 2024-12-12
absender: Eiskletterfestival Maltatal
---

# Das Eis wächst, und Oksana hängt wieder die Seile ein

Liebe Eiskletterinnen und Eiskletterer,

die kalten Nächte der letzten Wochen haben gereicht: Am Fallbach und an den Fällen oberhalb des \
Dorfes wächst das Eis, an manchen Stellen ist es schon 40 Zentimeter dick. Das Festival steigt \
heuer vom 17. bis 19. Jänner, angemeldet sind bisher 214 Leute aus elf Ländern. Der Festivalpass \
kostet 95 Euro, Leihgeräte gibt es um 15 Euro am Tag, und für den Schnupperkurs am Samstag sind \
noch 12 Plätze frei. Weil die Hochalmstraße im Winter gesperrt ist, pendeln wieder zwei \
Shuttlebusse zwischen dem Dorfplatz in Malta und den Einstiegen.

## Oksana an den Seilen

Oksana Hryzenko, 30, Physiotherapeutin aus Lwiw, lebt seit 2022 im Tal und betreut bei uns die \
Sicherungsstationen. Ihr Cousin ist Funker in einer Einheit bei Sudscha. Am Donnerstag vor einer \
Woche habe er ihr geschrieben, erzählt Oksana. [[Einige hundert]] Nordkoreaner hätten in einer \
einzigen Nacht vor seiner Stellung Gräben ausgehoben. Am Morgen hätten [[zwei oder drei]] von \
ihnen reglos im Schnee gelegen. „Er schreibt nie, wie es ihm selbst geht“, sagt sie.

## Ein Gast aus Gangneung

Jung Min-seok, 27, studiert in Kärnten Informatik und kommt aus Gangneung, wo man im Winter \
ebenfalls an gefrorenen Wasserfällen klettert. Seiner Meinung nach werden bis zum Frühling \
[[mindestens 20.000]] Nordkoreaner in Russland stehen. „Kim verkauft Soldaten, weil er sonst \
nichts zu verkaufen hat“, meint er.

## Was man liest

Wie der Generalstab in Seoul am Dienstag mitteilte, sind [[rund 11.000]] nordkoreanische Soldaten \
in Russland, der Großteil davon im Gebiet Kursk. [[Mehrere hundert]] seien bereits getötet oder \
verwundet worden, hieß es am Montag aus der Nato. Dem ukrainischen Militärgeheimdienst zufolge \
bereitet Pjöngjang die Entsendung von [[bis zu 5.000]] zusätzlichen Soldaten vor. Der russische \
Botschafter in Pjöngjang hatte Ende November von [[Tausenden]] koreanischen Helfern gesprochen, \
die beim Wiederaufbau des Gebiets Kursk mitarbeiten sollen.

Anmeldung und Fragen: 0664 441 2870, Montag bis Freitag von 8 bis 11 Uhr.

Berg Heil und bis im Jänner
Eure Festivalleitung
""",
    claims=(
        C("Einige hundert", None, "vague", "near_front", "other", "2024-12-05..pub",
          "a physiotherapist from Lviv relaying her cousin, a radio operator near Sudzha ('Am "
          "Donnerstag vor einer Woche habe er ihr geschrieben, erzählt Oksana', Konjunktiv; the "
          "speaker quoted: other): dug trenches before his position in one night "
          "(sentence-initial; the Thursday a week before the Thursday of publication, 5 December, "
          "to publication)"),
        C("zwei oder drei", None, "range", "casualties", "other", "2024-12-05..pub",
          "same message, Konjunktiv carried: lay motionless in the snow in the morning (two number "
          "words: range)"),
        C("mindestens 20.000", 20000, "at_least", "planned", "other", "pub",
          "a student from Gangneung, 'Seiner Meinung nach' (undated): in Russia by the spring (a "
          "forecast of a total: planned)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "tue",
          "'Wie der Generalstab in Seoul am Dienstag mitteilte' (10 December): in Russia, most of "
          "them in the Kursk region (the main figure is in Russia)"),
        C("Mehrere hundert", None, "vague", "casualties", "nato", "mon",
          "sentence-initial, the source after the figure: 'hieß es am Montag aus der Nato' (9 "
          "December): killed or wounded"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): Pyongyang preparing to send "
          "'zusätzlichen' soldiers (increment, planned; span without the word)", add=True),
        C("Tausenden", None, "vague", "planned", "russia", "2024-11-21..2024-11-30",
          "'Der russische Botschafter in Pjöngjang hatte Ende November … gesprochen' (days 21-30): "
          "Korean helpers who are to work on rebuilding the Kursk region (planned)"),
    ),
)


S03 = Source(
    article_id="v180_03_eisbote_eispalaeste_schwarzsee_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-24"),
    dated_by="html_meta",
    features="the ice palace builders' page from the Schwarzsee (German-speaking Fribourg) in "
        "HTML, ISO-8859-1 with raw «» and umlauts, dashes only as entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +01:00 (Friday) and an `og:title` without a figure, "
        "a cookie note about online tickets, a palace script with entry prices, navigation, a "
        "footer with a postcode and two phone numbers; Swiss conventions (`ss`, «», `9'800`, "
        "`12'000`, `3'000`, `8'000 bis 9'000`, `parkieren`); `<title>` and headline without a "
        "figure; degrees of frost, a tower's metres, visitors, entry in francs and parking spaces "
        "first; a former crane driver from Kremenchuk relaying his father, an ammunition driver "
        "near Sudzha ('Am Dienstagabend habe der Vater kurz angerufen, erzählt Wolodymyr', "
        "Konjunktiv carried) `an die hundert` gathering in a strip of forest (approx with a number "
        "word, near the front) and `ein paar Dutzend` who did not get up again (vague, casualties; "
        "both other, from Tuesday to publication); a nurse from Andong, 'Ihrer Ansicht nach', "
        "`über 12'000` sent (at_least, in Russia, other, `pub`); the NIS that 'sprach am Montag "
        "vor Parlamentariern von' `etwa 3'000` dead and wounded; 'Aus dem Pentagon hiess es am "
        "Mittwoch' Pyongyang will send 'noch einmal' `mehrere tausend` (vague, increment, "
        "planned); Zelensky who 'sagte am Donnerstag' `8'000 bis 9'000` in the Kursk region "
        "(range, near the front); sentence-initial `Zwei` captured 'nach Angaben Kiews' (number "
        "word, casualties, `pub`); degrees, metres, visitors, francs, parking spaces, dates, "
        "times, ages, a postcode, phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Eisbote &ndash; Eispaläste am Schwarzsee</title>
<meta property="article:published_time" content="2025-01-24T06:45:00+01:00">
<meta property="og:title" content="Die Paläste stehen">
<script>var palast = {eintritt: 8, kinder: 4, lichtBis: "21:30"};</script>
</head>
<body>
<div class="cookie-banner">Diese Seite setzt ein Cookie, damit Ihr Online-Ticket beim Bezahlen \
nicht verloren geht. <a href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/tickets">Tickets</a> &middot; <a \
href="/anreise">Anreise</a> &middot; <a href="/eisbote">Eisbote</a></nav>
<main>
<h1>Die Paläste stehen</h1>
<p>Liebe Besucherinnen und Besucher, liebe Helferinnen und Helfer</p>
<p>Drei Wochen lang haben wir jede Nacht Seewasser auf Holzgerüste und Tannenäste gesprüht, bei \
bis zu minus 14 Grad. Jetzt stehen die Eispaläste am Ufer, und der höchste Turm misst 12 Meter. \
Seit der Eröffnung am 11. Januar sind 9'800 Besucherinnen und Besucher durch die Gänge gegangen. \
Der Eintritt kostet 8 Franken, für Kinder 4 Franken; beleuchtet sind die Paläste jeden Abend bis \
halb zehn. Bitte nehmen Sie den Bus &ndash; auf dem Parkplatz am See können nur 300 Autos \
parkieren.</p>
<h2>Wolodymyr an der Spritzdüse</h2>
<p>Wolodymyr Sawtschuk, 36, war in Krementschuk Kranführer und arbeitet seit dem Herbst auf einem \
Bauernhof oberhalb des Sees. Im Winter steht er nachts bei uns an der Spritzdüse. Sein Vater fährt \
Munition für eine Artillerieeinheit nahe Sudscha. Am Dienstagabend habe der Vater kurz angerufen, \
erzählt Wolodymyr. In einem Waldstreifen vor ihrer Stellung hätten sich [[an die hundert]] \
Nordkoreaner gesammelt. Nach dem Beschuss seien [[ein paar Dutzend]] von ihnen nicht mehr \
aufgestanden. «Er sagt, am nächsten Tag kommen trotzdem wieder neue», erzählt Wolodymyr.</p>
<h2>Eine Pflegefachfrau aus Andong</h2>
<p>Kwak Seo-yeon, 45, stammt aus Andong und arbeitet als Pflegefachfrau in einem Spital im Kanton. \
An ihren freien Abenden schenkt sie bei uns Punsch aus. Ihrer Ansicht nach hat Kim inzwischen \
[[über 12'000]] Mann nach Russland geschickt. «Die Familien im Norden erfahren davon nichts», sagt \
sie.</p>
<h2>Aus den Meldungen</h2>
<p>Der Geheimdienst in Seoul sprach am Montag vor Parlamentariern von [[etwa 3'000]] Toten und \
Verwundeten. Aus dem Pentagon hiess es am Mittwoch, Pjöngjang werde wohl noch einmal [[mehrere \
tausend]] Soldaten schicken. Präsident Selenskyj sagte am Donnerstag, im Gebiet Kursk stünden \
derzeit [[8'000 bis 9'000]] Nordkoreaner. [[Zwei]] verwundete Nordkoreaner, die Anfang Januar in \
Gefangenschaft gerieten, werden nach Angaben Kiews in der Hauptstadt befragt.</p>
<p>Wir sehen uns am See<br>Das Eispalast-Team</p>
</main>
<footer>Eispaläste Schwarzsee &middot; 1716 Schwarzsee &middot; Tel. 026 412 33 80 &middot; \
Schneebericht 026 412 33 81</footer>
</body>
</html>
""",
    claims=(
        C("an die hundert", 100, "approx", "near_front", "other", "tue..pub",
          "a former crane driver from Kremenchuk relaying his father, an ammunition driver near "
          "Sudzha ('Am Dienstagabend habe der Vater kurz angerufen, erzählt Wolodymyr', "
          "Konjunktiv; the speaker quoted: other): gathered in a strip of forest before their "
          "position ('an die' as approx, number word 100; from Tuesday, 21 January, to "
          "publication)"),
        C("ein paar Dutzend", None, "vague", "casualties", "other", "tue..pub",
          "same call, Konjunktiv carried: did not get up again after the shelling"),
        C("über 12'000", 12000, "at_least", "in_russia", "other", "pub",
          "a nurse from Andong, 'Ihrer Ansicht nach' (undated): sent to Russia by now ('über' as "
          "at_least)"),
        C("etwa 3'000", 3000, "approx", "casualties", "south_korea", "mon",
          "'Der Geheimdienst in Seoul sprach am Montag vor Parlamentariern von' (20 January): dead "
          "and wounded"),
        C("mehrere tausend", None, "vague", "planned", "united_states", "wed",
          "'Aus dem Pentagon hiess es am Mittwoch' (22 January, Swiss spelling): Pyongyang will "
          "send 'noch einmal' (increment, planned; span without the words)", add=True),
        C("8'000 bis 9'000", None, "range", "near_front", "ukraine", "thu",
          "'Präsident Selenskyj sagte am Donnerstag' (23 January): in the Kursk region at present"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "pub",
          "'nach Angaben Kiews' (undated), sentence-initial number word: wounded and captured "
          "early in January (the capture's days are not the claim date)"),
    ),
)


S04 = Source(
    article_id="v180_04_steigbrief_klettersteig_jaun",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Verein Klettersteig Gastlosen, Jaun – Steigbrief",
        "https://www.klettersteig-gastlosen.example/steigbrief/juli-2025",
        "Der Steig ist wieder offen – und ein Verlobter an der Grenze bei Sumy",
    ),
    features="a via ferrata association's letter to members, patrons and guides from Jaun "
        "(German-speaking Fribourg) as plain text, UTF-16 LE with BOM (sidecar, Thursday; the "
        "sidecar title without a figure); Swiss conventions (`ss`, «», `46'000`, `1'180`, "
        "`30'000`, `14'000`, `1'000`, `5'000`, `4'000`, `Grösse`, `Ende Jahr`); a rockfall repair "
        "in francs, anchors, metres of steel cable, the route's metres and climbing metres, hire "
        "sets, a minimum age and height first; a rental clerk from Cherkasy relaying her fiancé, a "
        "machine gunner at the Sumy border ('Am Sonntag habe er ihr eine lange Sprachnachricht "
        "geschickt, erzählt Iryna', Konjunktiv carried) `rund 150` at work opposite his sector, "
        "mostly as deminers (approx, near the front), and `fünf` killed in an explosion (number "
        "word, casualties; both other, from Sunday to publication); a bank clerk from Mokpo whose "
        "'Prognose' is `gegen 30'000` sent by the end of the year (approx, planned, other, `pub`); "
        "the association's own `rund 14'000` young men sent since last autumn (unattributed, "
        "required, a total over a period); the governor of the Kursk region who 'erklärte am "
        "Dienstag im russischen Fernsehen' `1'000` deminers arrived (russia, near the front); "
        "'Nach Angaben aus Seoul' 'weitere' `5'000` construction soldiers by autumn (increment, "
        "planned, `pub`); 'Die Nato beziffert' losses at `über 4'000` (at_least, casualties, "
        "`pub`); francs, anchors, metres, hours, sets, ages, a height, dates, years, a phone "
        "number",
    text="""\
Verein Klettersteig Gastlosen, Jaun
Steigbrief an Mitglieder, Gönner und Bergführer

Liebe Freundinnen und Freunde des Klettersteigs

Nach dem Felssturz im Mai ist der Steig seit dem 28. Juni wieder offen. Die Reparatur hat 46'000 \
Franken gekostet; gesetzt wurden 19 neue Anker und 140 Meter Drahtseil. Der Steig ist 1'180 Meter \
lang und überwindet 320 Höhenmeter, für die ganze Runde braucht man gut drei Stunden. \
Ausrüstungssets vermieten wir für 25 Franken im Dorfladen; Kinder dürfen ab zehn Jahren und 1,40 \
Meter Grösse mit. Bei Gewitterwarnung bleibt der Einstieg gesperrt, auch wenn der Himmel über dem \
Dorf noch blau ist.

Iryna im Verleih

Iryna Melnyk, 26, aus Tscherkassy gibt seit dem Frühling im Dorfladen die Klettersets aus und \
prüft abends die zurückgebrachten Gurte. Ihr Verlobter ist Maschinengewehrschütze an der Grenze \
bei Sumy. Am Sonntag habe er ihr eine lange Sprachnachricht geschickt, erzählt Iryna. Gegenüber \
seinem Abschnitt seien seit Juni [[rund 150]] Nordkoreaner im Einsatz, vor allem als Minenräumer. \
Bei einer Explosion seien [[fünf]] von ihnen ums Leben gekommen. «Er sagt, sie arbeiten auch \
nachts, ganz ohne Licht», erzählt sie.

Ein Bankangestellter aus Mokpo

Cho Dong-hyun, 52, Bankangestellter aus Mokpo, lebt seit acht Jahren im Greyerzerland und kommt \
jeden Sommer mit seinen Arbeitskollegen an den Steig. Seine Prognose: Bis Ende Jahr werde Kim \
[[gegen 30'000]] Mann nach Russland geschickt haben. «Moskau bezahlt, und Pjöngjang liefert», sagt \
er.

Was gemeldet wird

Von den [[rund 14'000]] jungen Männern, die Kim seit dem letzten Herbst nach Russland geschickt \
hat, hört man in unseren Tälern selten. Der Gouverneur des Gebiets Kursk erklärte am Dienstag im \
russischen Fernsehen, [[1'000]] nordkoreanische Minenräumer seien bereits in seinem Gebiet \
eingetroffen. Nach Angaben aus Seoul sollen bis zum Herbst weitere [[5'000]] Bausoldaten folgen. \
Die Nato beziffert die nordkoreanischen Verluste seit dem Herbst auf [[über 4'000]] Tote und \
Verwundete.

Bergsteigergrüsse aus Jaun
Der Vorstand, Telefon 026 929 81 14
""",
    claims=(
        C("rund 150", 150, "approx", "near_front", "other", "sun..pub",
          "a rental clerk from Cherkasy relaying her fiancé, a machine gunner at the Sumy border "
          "('Am Sonntag habe er ihr eine lange Sprachnachricht geschickt, erzählt Iryna', "
          "Konjunktiv; the speaker quoted: other): at work opposite his sector since June, mostly "
          "as deminers (from Sunday, 6 July, to publication; 'seit Juni' is the period)"),
        C("fünf", 5, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried: killed in an explosion (number word)"),
        C("gegen 30'000", 30000, "approx", "planned", "other", "pub",
          "a bank clerk from Mokpo, 'Seine Prognose' (undated): will have been sent by the end of "
          "the year (a forecast of a total: planned; 'gegen' as approx)"),
        C("rund 14'000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the association's own framing without a source ('Von den rund 14'000 jungen Männern, "
          "die Kim seit dem letzten Herbst nach Russland geschickt hat'): unattributed, required; "
          "a total over a period, not an increment"),
        C("1'000", 1000, "exact", "near_front", "russia", "tue",
          "'Der Gouverneur des Gebiets Kursk erklärte am Dienstag im russischen Fernsehen' (8 "
          "July): deminers arrived in his region (near the front, as deminers in Kursk in earlier "
          "sets)"),
        C("5'000", 5000, "exact", "planned", "south_korea", "pub",
          "'Nach Angaben aus Seoul' (undated): 'weitere' construction soldiers to follow by autumn "
          "(increment, planned; span without the word)", add=True),
        C("über 4'000", 4000, "at_least", "casualties", "nato", "pub",
          "'Die Nato beziffert … auf' (undated, present): dead and wounded since the autumn (a "
          "period)"),
    ),
)


S05 = Source(
    article_id="v180_05_monatsbericht_wetterstation_nordhelle_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Wetterstation Nordhelle, Herscheid – Monatsbericht",
        "https://www.wetterstation-nordhelle.example/berichte/2025-10",
        "Monatsbericht Oktober: nass, erster Schnee und eine Nachricht aus Sumy",
    ),
    features="a volunteer weather station's monthly report from the Nordhelle in the Ebbegebirge "
        "(Herscheid, Sauerland) in Markdown, UTF-8 with BOM and CRLF, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure, `„“`; litres of rain, a percentage of "
        "the long-term mean, rain days, degrees, centimetres of snow, a gust in kilometres per "
        "hour, the station's metres and founding year and nine observers first; a former airport "
        "meteorologist from Kharkiv relaying his son, a medic at the Sumy border ('Am Freitagabend "
        "habe sich der Sohn gemeldet, erzählt Mychajlo', Konjunktiv carried) `Hunderte` laying "
        "minefields on the Russian side (vague, near the front) and sentence-initial `Drei` "
        "wounded in the week before (number word, casualties; both other, from Friday to "
        "publication); a chemist from Iksan who 'geht davon aus' Kim will send 'weitere' `10.000` "
        "next year (increment, planned, other, `pub`); the NIS that 'bezifferte … Ende Oktober' "
        "the fallen at `etwa 2.000` (day 21 to the month's end); 'Nach Einschätzung Washingtons' "
        "`10.000 bis 11.000` in Russia (range, `pub`); KCNA that 'meldete am Sonntag' a memorial "
        "for `mehrere hundert` fallen (north_korea, vague, casualties); Peskov who 'erklärte "
        "gestern' `Tausende` Korean builders rebuilding houses in the Kursk region (russia, vague, "
        "near the front); litres, per cent, days, degrees, centimetres, kilometres per hour, "
        "metres, years, ages, a phone number",
    text="""\
---
title: "Monatsbericht Oktober"
station: Wetterstation Nordhelle, Herscheid
---

# Nasser Oktober, erster Schnee und eine Nachricht aus Sumy

Liebe Beobachterinnen und Beobachter, liebe Leserinnen und Leser,

der Oktober war auf der Nordhelle deutlich zu nass: Wir haben 212 Liter Niederschlag pro \
Quadratmeter gemessen, 138 Prozent des langjährigen Mittels, verteilt auf 23 Regentage. Die \
Mitteltemperatur lag bei 7,4 Grad. Am 29. Oktober fielen die ersten 3 Zentimeter Schnee, und die \
stärkste Böe erreichte am 22. Oktober 98 Kilometer pro Stunde. Unsere Station auf 663 Metern misst \
seit 1996; neun Ehrenamtliche lesen die Geräte im Wechsel ab.

## Mychajlo am Regenmesser

Mychajlo Sawtschenko, 61, war Meteorologe am Flughafen von Charkiw und betreut bei uns seit zwei \
Jahren die Niederschlagsmessung. Sein Sohn ist Sanitäter in einer Brigade an der Grenze bei Sumy. \
Am Freitagabend habe sich der Sohn gemeldet, erzählt Mychajlo. Auf der russischen Seite der Grenze \
seien [[Hunderte]] Nordkoreaner dabei, Minenfelder anzulegen. [[Drei]] von ihnen seien in der \
Woche davor bei einer Explosion verletzt worden. „Er zählt die Tage bis zu seinem Urlaub im \
Dezember“, sagt Mychajlo.

## Eine Chemikerin aus Iksan

Lee Ha-eun, 33, Chemikerin aus Iksan, arbeitet in einem Kunststoffwerk in Meinerzhagen und schaut \
jeden Morgen auf unsere Werte, bevor sie mit dem Rad ins Volmetal hinunterfährt. Sie geht davon \
aus, dass Kim im nächsten Jahr weitere [[10.000]] Soldaten nach Russland schickt. „Jeder Monat \
Krieg bringt ihm Geld und Erfahrung“, sagt sie.

## Aus den Nachrichten

Südkoreas Geheimdienst bezifferte die Zahl der gefallenen Nordkoreaner Ende Oktober auf [[etwa \
2.000]]. Nach Einschätzung Washingtons halten sich [[10.000 bis 11.000]] nordkoreanische Soldaten \
in Russland auf. Die Staatsagentur KCNA meldete am Sonntag die Einweihung eines Denkmals für \
[[mehrere hundert]] in Kursk gefallene Soldaten. Kremlsprecher Peskow erklärte gestern, \
[[Tausende]] koreanische Bauarbeiter bauten im Gebiet Kursk zerstörte Häuser wieder auf.

Der nächste Bericht erscheint Anfang Dezember. Fragen an die Station: 02357 4410.

Mit wetterfesten Grüßen
Ihr Team der Wetterstation Nordhelle
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "fri..pub",
          "a former airport meteorologist from Kharkiv relaying his son, a medic at the Sumy "
          "border ('Am Freitagabend habe sich der Sohn gemeldet, erzählt Mychajlo', Konjunktiv; "
          "the speaker quoted: other): laying minefields on the Russian side of the border (from "
          "Friday, 31 October, to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "fri..pub",
          "same call, Konjunktiv carried, sentence-initial number word: wounded in an explosion "
          "'in der Woche davor' (the period, not the claim date)"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a chemist from Iksan, 'Sie geht davon aus' (undated): 'weitere' soldiers Kim will send "
          "next year (increment, planned; span without the word)", add=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-10-21..2025-10-31",
          "'Südkoreas Geheimdienst bezifferte … Ende Oktober auf' (day 21 to the month's end): the "
          "fallen"),
        C("10.000 bis 11.000", None, "range", "in_russia", "united_states", "pub",
          "'Nach Einschätzung Washingtons' (undated): staying in Russia"),
        C("mehrere hundert", None, "vague", "casualties", "north_korea", "sun",
          "'Die Staatsagentur KCNA meldete am Sonntag' (2 November): a memorial for soldiers "
          "fallen in Kursk"),
        C("Tausende", None, "vague", "near_front", "russia", "yday",
          "'Kremlsprecher Peskow erklärte gestern' (4 November, Konjunktiv): Korean builders "
          "rebuilding houses in the Kursk region (near the front, as builders in Kursk in earlier "
          "sets)"),
    ),
)


S06 = Source(
    article_id="v180_06_stationsnews_wildtierhilfe_brohltal_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-05-22"),
    dated_by="sidecar",
    sidecar=(
        "Wildtierhilfe Brohltal, Niederzissen – Neues aus der Station",
        "https://www.wildtierhilfe-brohltal.example/neues/mai-2025",
        "Jungvogelzeit, ein freigelassener Waldkauz und ein Anruf von der Grenze",
    ),
    features="a wildlife rescue station's news page from Niederzissen in the Brohltal "
        "(Rhineland-Palatinate) in HTML, UTF-8, no meta date (sidecar, Thursday; the sidecar title "
        "without a figure), a cookie note about the donation form, a station script with the "
        "emergency number and patient count, navigation, entities (`&ndash;`, `&bdquo;`, "
        "`&ldquo;`, `&middot;`, `&nbsp;`), a footer with a postcode and the emergency number; "
        "`<title>` and headline without a figure; patients since March, hedgehogs, fledglings, "
        "hares, volunteers, a month's food in euros and a tawny owl released on Sunday first; a "
        "former vet from Sumy relaying her nephew, who drives the wounded out of the border "
        "villages ('Am Montagmorgen habe der Neffe angerufen, erzählt Walentyna', Konjunktiv "
        "carried) `Tausende` massed in the forests north of the border (vague, near the front) and "
        "sentence-initial `Vier` who surrendered (number word, casualties; both other, from Monday "
        "to publication); a doctoral student from Suncheon who 'schätzt' `höchstens 20.000` sent "
        "(at_most, in Russia, other, `pub`); 'Laut dem ukrainischen Militärgeheimdienst' `rund "
        "4.000` fallen or wounded since the start of the year (`pub`); a Pentagon spokesman who "
        "'sagte am Freitag' `etwa 15.000` 'inzwischen' in Russia; the Kremlin that 'hatte am 28. "
        "April … bestätigt' `mehrere tausend` who fought in the retaking of the Kursk region "
        "(russia, vague, near the front, that day); a NATO diplomat who 'sagte vergangene Woche in "
        "Brüssel' `bis zu 8.000` 'zusätzliche' (at_most, increment, planned, `lastweek`); "
        "patients, animals, volunteers, euros, dates, ages, a postcode, phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neues aus der Station &ndash; Wildtierhilfe Brohltal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.station = {notruf: "02636 80 44 17", patientenSeitMaerz: 143, helfer: 38};</script>
</head>
<body>
<div id="cookie">Wir setzen ein Cookie, damit Ihr Spendenformular beim Neuladen erhalten bleibt. \
<button>Einverstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/fundtier">Tier gefunden?</a> &middot; <a \
href="/spenden">Spenden</a> &middot; <a href="/neues">Neues</a></nav>
<main>
<h1>Jungvogelzeit in Niederzissen</h1>
<p>Seit März haben wir 143 Patienten aufgenommen: 61 Igel, 48 Jungvögel, 17 Feldhasen, einen \
Turmfalken mit gebrochenem Flügel und allerlei Kleingetier. 38 Ehrenamtliche füttern, putzen und \
fahren Tiere zur Tierärztin; das Futter kostet uns im Monat rund 1.200 Euro. Am Sonntag haben wir \
am Waldrand oberhalb von Burgbrohl einen Waldkauz freigelassen, den ein Autofahrer im Februar an \
der Landstraße aufgelesen hatte. Bitte denken Sie daran: Junge Vögel, die schon hüpfen, sind meist \
nicht verlassen &ndash; die Eltern füttern sie weiter.</p>
<h2>Walentyna und die Igel</h2>
<p>Walentyna Kowal, 58, war in Sumy Tierärztin und kümmert sich seit dem vergangenen Sommer bei \
uns um die Igelstation. Ihr Neffe fährt Verwundete aus den Dörfern an der Grenze. Am Montagmorgen \
habe der Neffe angerufen, erzählt Walentyna. In den Wäldern nördlich der Grenze seien [[Tausende]] \
Nordkoreaner zusammengezogen worden. [[Vier]] von ihnen hätten sich einer ukrainischen Patrouille \
ergeben. &bdquo;Er sagt, sie hatten seit Tagen nichts gegessen&ldquo;, erzählt sie.</p>
<h2>Eine Doktorandin aus Suncheon</h2>
<p>Hwang Seul-gi, 29, stammt aus Suncheon und forscht an einer Hochschule am Rhein über \
Fledermäuse. Einmal in der Woche hilft sie bei uns mit den Jungvögeln. Sie schätzt, dass Kim \
[[höchstens 20.000]] Soldaten nach Russland geschickt hat. &bdquo;Mehr kann er nicht entbehren, \
ohne die eigene Grenze zu schwächen&ldquo;, sagt sie.</p>
<h2>Aus den Nachrichten</h2>
<p>Laut dem ukrainischen Militärgeheimdienst sind seit Jahresbeginn [[rund 4.000]] Nordkoreaner \
gefallen oder verwundet worden. Ein Pentagon-Sprecher sagte am Freitag, [[etwa 15.000]] \
Nordkoreaner seien inzwischen in Russland. Der Kreml hatte am 28. April erstmals bestätigt, dass \
[[mehrere tausend]] Nordkoreaner bei der Rückeroberung des Gebiets Kursk mitgekämpft haben. Ein \
Nato-Diplomat sagte vergangene Woche in Brüssel, Pjöngjang könne im Sommer [[bis zu 8.000]] \
zusätzliche Soldaten schicken.</p>
</main>
<footer>Wildtierhilfe Brohltal e.&nbsp;V. &middot; Im Wiesengrund 4 &middot; 56651 Niederzissen \
&middot; Notruf 02636 80 44 17</footer>
</body>
</html>
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "mon..pub",
          "a former vet from Sumy relaying her nephew, who drives the wounded out of the border "
          "villages ('Am Montagmorgen habe der Neffe angerufen, erzählt Walentyna', Konjunktiv; "
          "the speaker quoted: other): massed in the forests north of the border (from Monday, 19 "
          "May, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried, sentence-initial number word: surrendered to a Ukrainian "
          "patrol"),
        C("höchstens 20.000", 20000, "at_most", "in_russia", "other", "pub",
          "a doctoral student from Suncheon, 'Sie schätzt' (undated): sent to Russia"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): fallen or wounded since the "
          "start of the year (a period)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "united_states", "fri",
          "'Ein Pentagon-Sprecher sagte am Freitag' (16 May, Konjunktiv): 'inzwischen' in Russia "
          "(by now, not an increment)"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "2025-04-28",
          "'Der Kreml hatte am 28. April erstmals bestätigt' (that day): fought in the retaking of "
          "the Kursk region"),
        C("bis zu 8.000", 8000, "at_most", "planned", "nato", "lastweek",
          "'Ein Nato-Diplomat sagte vergangene Woche in Brüssel' (Konjunktiv): 'zusätzliche' "
          "soldiers Pyongyang could send in the summer (increment, planned; span without the "
          "word)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Jost Van Dyke, Hunting Island, Bell Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v180_07_old_years_night_wire_jost_van_dyke",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-31"),
    dated_by="dateline",
    features="an agency-style wire report from Old Year's Night in Great Harbour on Jost Van Dyke "
        "(British Virgin Islands) as plain text, UTF-8, slug line, headline without a figure, "
        "byline and dateline 'GREAT HARBOUR, Jost Van Dyke, British Virgin Islands, December 31, "
        "2024 (Leeward Wire) —' (Tuesday), straight quotes and em dashes; yachts, `as many as "
        "5,000` visitors (not a claim), residents, yards offshore and guests first; a deckhand "
        "from Mykolaiv relaying his brother, a tank driver in the Kursk region ('The brother "
        "reached him on Christmas Day over a satellite link, Bondarenko said, and described') "
        "`several hundred` attacking in waves (vague, near the front) and sentence-initial `About "
        "30` killed in one morning ('the brother told him', approx, casualties; both other, from "
        "Christmas Day to publication); a yacht chef born in Sokcho who 'expects' `tens of "
        "thousands` 'more' (vague, increment, planned, other, `pub`); the NIS that 'said on "
        "Friday' `about 1,100` killed or wounded; Zelensky who 'told reporters on Monday' `more "
        "than 3,000`; the State Department that 'said on December 23' `at least 11,000` in Russia "
        "(that day); Mark Rutte who 'had said in mid-December' `more than 10,000` sent (nato, days "
        "11-20); yachts, visitors, residents, yards, guests, times, ages, a desk phone number",
    text="""\
BVI-NEWYEAR/UKRAINE

On a tiny island's biggest night, a deckhand waits for a call from Kursk

By Marisol Hodge

GREAT HARBOUR, Jost Van Dyke, British Virgin Islands, December 31, 2024 (Leeward Wire) — By \
mid-afternoon on Tuesday some 180 yachts had dropped anchor off the beach at Great Harbour, and \
police expected as many as 5,000 visitors to crowd onto an island of fewer than 300 residents for \
Old Year's Night. Bars along the sand were stacking ice by the ton, and a fireworks barge was to \
fire at midnight from 400 yards offshore.

Among the crews ashore was Dmytro Bondarenko, 29, a deckhand from Mykolaiv who has worked on a \
charter catamaran in these waters since 2022. His older brother drives a tank for a Ukrainian \
brigade in Russia's Kursk region. The brother reached him on Christmas Day over a satellite link, \
Bondarenko said, and described [[several hundred]] North Korean soldiers attacking his unit's \
positions in waves across open fields. [[About 30]] of them were killed in a single morning, the \
brother told him. "He said it was the longest morning of his life," Bondarenko said.

Choi Eun-ha, 38, a yacht chef born in Sokcho, was plating lobster for 14 guests on a motor yacht \
anchored nearby. She expects Kim Jong Un to send [[tens of thousands]] more soldiers in the new \
year. "My parents always said the North would sell anything, even its sons," she said.

South Korea's spy agency said on Friday that [[about 1,100]] North Koreans had been killed or \
wounded since they entered combat this month. Zelensky told reporters on Monday that the figure \
was [[more than 3,000]]. The U.S. State Department said on December 23 that [[at least 11,000]] \
North Korean troops were in Russia. NATO Secretary General Mark Rutte had said in mid-December \
that [[more than 10,000]] had been sent to fight for Moscow. The Kremlin has not publicly \
acknowledged their presence.

The fireworks are scheduled for midnight local time (0400 GMT). Ferries to the neighbouring \
islands will run until 2 a.m.

(Reporting by Marisol Hodge; editing by Colin Rymer; Leeward Wire desk +1 284 555 0147)
""",
    claims=(
        C("several hundred", None, "vague", "near_front", "other", "2024-12-25..pub",
          "a deckhand from Mykolaiv relaying his brother, a tank driver in the Kursk region ('The "
          "brother reached him on Christmas Day over a satellite link, Bondarenko said, and "
          "described'; the speaker quoted: other): attacking his unit's positions in waves (an "
          "explicit day: from Christmas Day to publication)"),
        C("About 30", 30, "approx", "casualties", "other", "2024-12-25..pub",
          "same call, 'the brother told him' after the figure, sentence-initial: killed in a "
          "single morning"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a yacht chef born in Sokcho, 'She expects' (undated): 'more' soldiers in the new year "
          "(increment, planned)", add=True),
        C("about 1,100", 1100, "approx", "casualties", "south_korea", "fri",
          "'South Korea's spy agency said on Friday' (27 December): killed or wounded since they "
          "entered combat this month (a period)"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "'Zelensky told reporters on Monday that the figure was' (30 December): the same count "
          "of killed or wounded"),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "2024-12-23",
          "'The U.S. State Department said on December 23' (that day): in Russia"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-11..2024-12-20",
          "'NATO Secretary General Mark Rutte had said in mid-December' (days 11-20): sent to "
          "fight for Moscow"),
    ),
)


S08 = Source(
    article_id="v180_08_galley_notes_provisioning_jost_van_dyke_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-26"),
    dated_by="sidecar",
    sidecar=(
        "Little Harbour Provisioning, Jost Van Dyke – Galley Notes",
        "https://www.littleharbourprovisioning.example/notes/2025-03",
        "Galley Notes: high season, low shelves and a message from Sudzha",
    ),
    features="a yacht provisioning service's galley notes from Little Harbour on Jost Van Dyke "
        "(British Virgin Islands) in HTML, windows-1252 with raw `“”`, `’`, `–` and `·`, no meta "
        "date (sidecar, Wednesday; the sidecar title without a figure), a cookie note about "
        "provisioning lists, an order script with a cut-off time and an ice price, navigation, a "
        "footer with a postcode, a phone number and a VHF channel; `<title>` and headline without "
        "a figure; orders this season, an opening year, ice, rum and lobster prices in dollars and "
        "the mailboat days first; a stockroom keeper from Zhytomyr relaying her husband, a "
        "reconnaissance drone pilot in the Kursk region ('He messaged her late on Saturday, she "
        "said:') `a few hundred` pushing into the villages around Sudzha (vague, near the front) "
        "and `two` taken prisoner (number word, casualties; both other, from Saturday to "
        "publication); a charter captain born on Jeju, 'By his count', `roughly 15,000` who have "
        "served in Russia (approx, in Russia, other, `pub`); the Joint Chiefs of Staff in Seoul "
        "that 'On Thursday … said' `around 3,000` 'more' shipped over the first two months of the "
        "year (increment, in Russia); a NATO spokeswoman who 'told reporters on Monday' `4,000 to "
        "5,000` killed or wounded (range); Russia's defence ministry 'In a rare comment on "
        "Tuesday' `thousands` of Korean volunteers to clear mines (russia, vague, planned); the "
        "shop's own `11,000 or so` sent last fall (unattributed, required, approx); orders, years, "
        "dollars, pounds, bags, cases, times, ages, a postcode, a phone number, a radio channel",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Galley Notes – Little Harbour Provisioning, Jost Van Dyke</title>
<script>var orders = {cutoff: "16:00", iceBag: 6, dinghyDelivery: true};</script>
</head>
<body>
<div class="cookie-strip">We keep one cookie so your provisioning list survives a dropped \
connection. <a href="#">Fine</a></div>
<nav><a href="/">Home</a> · <a href="/order">Order</a> · <a href="/delivery">Delivery</a> · <a \
href="/notes">Galley Notes</a></nav>
<main>
<h1>High season, low shelves</h1>
<p>March has been our busiest month since we opened in 2019: 1,412 orders so far this season, most \
of them delivered by dinghy to boats on the moorings. Ice is $6 for a ten-pound bag, a case of \
local rum is $168, and fresh lobster is back on the list at $22 a pound until the season closes. \
Orders placed by 4 p.m. reach your boat the next morning. The mailboat from the big island brings \
fresh produce on Tuesdays and Fridays only – plan your salads around it.</p>
<h2>Halyna in the stockroom</h2>
<p>Halyna Marchuk, 37, came from Zhytomyr in 2023 and now runs our stockroom with a clipboard \
nobody else is allowed to touch. Her husband pilots reconnaissance drones with a Ukrainian unit in \
the Kursk region. He messaged her late on Saturday, she said: [[a few hundred]] North Koreans had \
pushed into the villages around Sudzha, and his crew had helped take [[two]] of them prisoner. “He \
sends a photo of his coffee every morning so I know he is alive,” Halyna said.</p>
<h2>A captain from Jeju</h2>
<p>Captain Ko Min-jae, 61, born on Jeju, has run charters out of these islands for 20 years and \
buys his limes from us by the crate. By his count, [[roughly 15,000]] North Koreans have served in \
Russia since last autumn, including those already sent home. He keeps a notebook of every figure \
he reads.</p>
<h2>What the news says</h2>
<p>On Thursday the Joint Chiefs of Staff in Seoul said Pyongyang had shipped [[around 3,000]] more \
men to Russia over the first two months of the year. A NATO spokeswoman told reporters on Monday \
that [[4,000 to 5,000]] North Koreans had been killed or wounded since the winter. In a rare \
comment on Tuesday, Russia’s defence ministry said [[thousands]] of Korean “volunteers” would help \
clear mines in the Kursk region. Most of the [[11,000 or so]] young men Kim sent last fall will \
never see a beach like ours.</p>
</main>
<footer>Little Harbour Provisioning · Little Harbour, Jost Van Dyke, VG1120 · +1 284 555 0193 · \
VHF 16</footer>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sat..pub",
          "a stockroom keeper from Zhytomyr relaying her husband, a reconnaissance drone pilot in "
          "the Kursk region ('He messaged her late on Saturday, she said:'; the speaker quoted: "
          "other): pushed into the villages around Sudzha (from Saturday, 22 March, to "
          "publication)"),
        C("two", 2, "exact", "casualties", "other", "sat..pub",
          "same message, 'and his crew had helped take … prisoner' (number word; prisoners are "
          "casualties)"),
        C("roughly 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a charter captain born on Jeju, 'By his count' (undated): have served in Russia since "
          "last autumn (a total over a period)"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'On Thursday the Joint Chiefs of Staff in Seoul said' (20 March): 'more' men shipped to "
          "Russia over the first two months of the year (increment; the months are the "
          "period)", add=True),
        C("4,000 to 5,000", None, "range", "casualties", "nato", "mon",
          "'A NATO spokeswoman told reporters on Monday' (24 March): killed or wounded since the "
          "winter"),
        C("thousands", None, "vague", "planned", "russia", "tue",
          "'In a rare comment on Tuesday, Russia's defence ministry said' (25 March): Korean "
          "volunteers who would help clear mines in the Kursk region (planned)"),
        C("11,000 or so", 11000, "approx", "in_russia", "unattributed", "pub",
          "the shop's own framing without a source ('Most of the 11,000 or so young men Kim sent "
          "last fall'): unattributed, required ('or so' as approx; a first group, not an "
          "increment)"),
    ),
)


S09 = Source(
    article_id="v180_09_pier_notes_fishing_pier_hunting_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-09-17"),
    dated_by="front_matter",
    features="a state park fishing pier's notes from Hunting Island (South Carolina) in Markdown, "
        "UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title without a figure, "
        "straight quotes; the pier's feet, replaced planks, a red drum limit in inches, a day pass "
        "in dollars and last Saturday's anglers first; a retired ship's mechanic from Izmail "
        "relaying his grandson, a combat medic near the Sumy border ('He heard from him on "
        "Thursday, Bohdan said. The grandson told him that … and that') `dozens` planting mines on "
        "the Russian side of the frontier (vague, near the front) and `eight` wounded by a drone "
        "(number word, casualties; both other, from Thursday to publication); a retired pharmacist "
        "born in Gwangju, 'In her view', `no fewer than 25,000` sent by next spring (at_least, "
        "planned, other, `pub`); sentence-initial `Roughly 2,000` dead, the source in the next "
        "sentence ('That was the figure South Korea's spy agency gave lawmakers in Seoul on "
        "Monday'); 'According to the Pentagon' `up to 12,000` 'remain' in Russia (at_most, `pub`); "
        "Kyiv's military intelligence that 'said in early September' 'another' `6,000` (increment, "
        "planned, days 1-10); a Russian deputy defence minister who 'said last week' `5,000` "
        "builders repairing roads and bridges around Kursk (russia, near the front); KCNA's "
        "`hundreds` of soldiers welcomed home (returnees: optional); feet, planks, inches, "
        "dollars, anglers, times, ages, years, a phone number",
    text="""\
---
title: "Pier Notes, mid-September"
date: 2025-09-17
source: Hunting Island Pier House
---

# Whiting are biting, and the planks are new

The pier is open again from 6 a.m. to 10 p.m. after the storm repairs. Our 1,120 feet of pier took \
a beating in August, and the park crew replaced 46 planks in a week. Whiting, spots and the odd \
red drum are biting on the last of the incoming tide; keep no more than three red drum a day, \
between 15 and 23 inches. No fishing license is needed on the pier, and the day pass is still $4 \
for adults. Last Saturday we counted 112 anglers before noon, a record for September.

## Bohdan at the bait freezer

Bohdan Lysenko, 63, a retired ship's mechanic from Izmail who lives on Harbor Island, minds the \
pier house three mornings a week and knows every regular's favourite rig. His grandson is a combat \
medic near the Sumy border. He heard from him on Thursday, Bohdan said. The grandson told him that \
[[dozens]] of North Koreans were planting mines on the Russian side of the frontier, and that \
[[eight]] of them had been wounded when a drone hit their truck. "He says they work like ants, all \
night long," Bohdan said.

## A regular from Gwangju

Esther Yoon, 71, a retired pharmacist born in Gwangju, drives out from the mainland every Tuesday, \
fishes off the end of the pier and has never once kept a fish. In her view, Kim will have sent \
[[no fewer than 25,000]] men to Russia by next spring. "They are children in uniforms," she said.

## From the news

[[Roughly 2,000]] North Koreans have now died in Russia's war. That was the figure South Korea's \
spy agency gave lawmakers in Seoul on Monday. According to the Pentagon, [[up to 12,000]] remain \
in Russia. Kyiv's military intelligence said in early September that Pyongyang was getting ready \
to send another [[6,000]] soldiers and builders. A Russian deputy defence minister said last week \
that [[5,000]] builders from the North were repairing roads and bridges around Kursk. KCNA on \
Saturday showed Kim welcoming [[hundreds]] of soldiers home from Kursk at a ceremony in Pyongyang.

Tight lines, and please take your line and hooks home with you. Pier house: 843-555-0138.
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "thu..pub",
          "a retired ship's mechanic from Izmail relaying his grandson, a combat medic near the "
          "Sumy border ('He heard from him on Thursday, Bohdan said. The grandson told him that'; "
          "the speaker quoted: other): planting mines on the Russian side of the frontier (from "
          "Thursday, 11 September, to publication)"),
        C("eight", 8, "exact", "casualties", "other", "thu..pub",
          "same call, 'and that': wounded when a drone hit their truck (number word)"),
        C("no fewer than 25,000", 25000, "at_least", "planned", "other", "pub",
          "a retired pharmacist born in Gwangju, 'In her view' (undated): will have been sent by "
          "next spring (a forecast of a total: planned; 'no fewer than' as at_least)"),
        C("Roughly 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "sentence-initial figure whose source comes in the next sentence ('That was the figure "
          "South Korea's spy agency gave lawmakers in Seoul on Monday', 15 September): died"),
        C("up to 12,000", 12000, "at_most", "in_russia", "united_states", "pub",
          "'According to the Pentagon' (undated): 'remain' in Russia (not an increment)"),
        C("6,000", 6000, "exact", "planned", "ukraine", "2025-09-01..2025-09-10",
          "'Kyiv's military intelligence said in early September' (days 1-10): Pyongyang getting "
          "ready to send 'another' soldiers and builders (increment, planned; span without the "
          "word)", add=True),
        C("5,000", 5000, "exact", "near_front", "russia", "lastweek",
          "'A Russian deputy defence minister said last week': builders from the North repairing "
          "roads and bridges around Kursk (near the front, as builders in Kursk in earlier sets)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sat",
          "'KCNA on Saturday showed' (13 September): soldiers Kim welcomed home from Kursk "
          "(returnees, as in earlier sets: optional)", opt=True),
    ),
)


S10 = Source(
    article_id="v180_10_count_report_bird_count_hunting_island_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-01-09"),
    dated_by="html_meta",
    features="a Christmas Bird Count circle's report from Hunting Island (South Carolina) in HTML, "
        "UTF-8 with BOM, `<meta name=\"date\">` (Thursday) and an `og:title` whose `27th` is an "
        "ordinal, a cookie note about the tally sheet, a count script with the circle's miles, "
        "parties and species, navigation, entities (`&ndash;`, `&rsquo;`, `&ldquo;`, `&rdquo;`, "
        "`&middot;`), a footer with a ZIP code and a phone number; `<title>` and headline without "
        "a figure; volunteers, parties, the circle's miles, species, birds, a percentage, two "
        "painted buntings, `about 300` avocets (not a claim) and the dinner's dollars first; a "
        "software tester from Chernivtsi relaying her father, who hauls ammunition and rations for "
        "a brigade in the Kursk region ('He called on New Year's Day, she said, and told her that "
        "… and that') `at least 200` coming across a snowy field (at_least, near the front) and "
        "`forty or fifty` who did not make it back (range with number words, casualties; both "
        "other, from New Year's Day to publication); a retired Navy surgeon born in Chungju who "
        "'believes' `about 15,000` in Russia by spring (approx, planned, other, `pub`); the NIS "
        "that 'On Monday … raised its count … to' `about 3,000` (a new total, not an increment); "
        "Zelensky who 'said on Sunday' `two` captured (number word, casualties); the White House "
        "that 'said last week' `over 1,000` killed or wounded during one week of fighting "
        "(at_least, casualties); 'In a briefing on Wednesday, a NATO official said the alliance "
        "believed' `11,000 to 12,000` 'still' in Russia (range); volunteers, parties, miles, "
        "species, birds, per cent, dollars, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Count Circle Report &ndash; Hunting Island Christmas Bird Count</title>
<meta name="date" content="2025-01-09">
<meta property="og:title" content="The 27th Hunting Island count: wet feet, good birds">
<script>var tally = {circleMiles: 15, parties: 9, species: 128};</script>
</head>
<body>
<div class="cookie-note">One cookie keeps your tally sheet open between pages. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/circle">The Circle</a> &middot; <a \
href="/results">Results</a> &middot; <a href="/reports">Reports</a></nav>
<main>
<h1>Wet feet, good birds and a call on New Year&rsquo;s Day</h1>
<p>Thirty-one volunteers in nine parties covered our 15-mile circle on December 28, from the \
lighthouse beach to the marsh behind the bridge. We logged 128 species and 14,600 individual \
birds, up 9 percent on last winter. The highlights: two painted buntings at a feeder on Harbor \
Island, a long-billed curlew on the north beach and a flock of about 300 American avocets in the \
lagoon. The compilation dinner raised $1,150 for the park&rsquo;s nature center.</p>
<h2>Yulia&rsquo;s father</h2>
<p>Yulia Tkachuk, 35, a software tester from Chernivtsi, counted shorebirds with the north beach \
party and was the one who found the curlew. Her father hauls ammunition and rations for a \
Ukrainian mechanized brigade in the Kursk region. He called on New Year&rsquo;s Day, she said, and \
told her that [[at least 200]] North Koreans had come at his brigade across a snowy field, and \
that [[forty or fifty]] of them had not made it back. &ldquo;He sounded older than he did at \
Christmas,&rdquo; Yulia said.</p>
<h2>A feeder watcher from Chungju</h2>
<p>Dr. Samuel Park, 77, a retired Navy surgeon born in Chungju, counted 41 species from his porch \
without putting on his boots. He believes Kim will have [[about 15,000]] soldiers in Russia by the \
spring.</p>
<h2>In the news</h2>
<p>On Monday, South Korea&rsquo;s spy agency raised its count of North Korean dead and wounded to \
[[about 3,000]]. Zelensky said on Sunday that [[two]] wounded North Korean soldiers had been \
captured in the Kursk region. The White House said last week that [[over 1,000]] North Koreans \
were killed or wounded during one week of fighting. In a briefing on Wednesday, a NATO official \
said the alliance believed [[11,000 to 12,000]] were still in Russia.</p>
</main>
<footer>Hunting Island Christmas Bird Count &middot; compiler&rsquo;s desk, Harbor Island, SC \
29920 &middot; (843) 555-0171</footer>
</body>
</html>
""",
    claims=(
        C("at least 200", 200, "at_least", "near_front", "other", "2025-01-01..pub",
          "a software tester from Chernivtsi relaying her father, who hauls ammunition and rations "
          "for a brigade in the Kursk region ('He called on New Year's Day, she said, and told her "
          "that'; the speaker quoted: other): came at his brigade across a snowy field (an "
          "explicit day: from 1 January to publication)"),
        C("forty or fifty", None, "range", "casualties", "other", "2025-01-01..pub",
          "same call, 'and that': did not make it back (two number words: range)"),
        C("about 15,000", 15000, "approx", "planned", "other", "pub",
          "a retired Navy surgeon born in Chungju, 'He believes' (undated): in Russia by the "
          "spring (a forecast of a total: planned)"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "mon",
          "'On Monday, South Korea's spy agency raised its count … to' (6 January): dead and "
          "wounded (a new total, not an increment)"),
        C("two", 2, "exact", "casualties", "ukraine", "sun",
          "'Zelensky said on Sunday' (5 January): wounded soldiers captured in the Kursk region "
          "(number word)"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "'The White House said last week': killed or wounded during one week of fighting (the "
          "week is the period; 'over' as at_least)"),
        C("11,000 to 12,000", None, "range", "in_russia", "nato", "wed",
          "'In a briefing on Wednesday, a NATO official said the alliance believed' (8 January): "
          "'still' in Russia (not an increment)"),
    ),
)


S11 = Source(
    article_id="v180_11_letters_wabana_weekly_bell_island",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "The Wabana Weekly Record, Bell Island – Letters",
        "https://www.wabanaweeklyrecord.example/letters/2025-06-19",
        "Letters: the ferry lineup, Saturday library hours and a son on the Sumy border",
    ),
    features="a readers' letters page from a Bell Island weekly in Wabana (Conception Bay, "
        "Newfoundland) as plain text, windows-1252 (sidecar, Thursday), `–` and `’`; letters on "
        "the ferry lineup and the library's Saturday hours without a claim (hours and minutes, "
        "people, vessels, a year, petition signers, the tickle); a chambermaid from the island "
        "relaying her son, a rifleman on the Sumy border ('He texted me on Tuesday that … and "
        "that') `about fifty` crossing into a village on his side of the border (approx with a "
        "number word, near the front) and `three` killed by artillery (number word, casualties; "
        "both other, from Tuesday to publication); a reader answering the paper's own editorial "
        "('Your June 5 editorial said') `12,000` sent (unattributed, required, that day), South "
        "Korea's spy agency that 'says' `close to 15,000` (approx, `pub`), a Russian deputy "
        "foreign minister who 'said on Monday' `thousands` to help rebuild the Kursk region "
        "(russia, vague, planned) and NATO that 'last month … put North Korea's losses at' `more "
        "than 5,000` (the whole of May); a reader relaying her cousin in Seoul, a retired police "
        "inspector ('reckons'), 'another' `10,000` by the fall (increment, planned, other, `pub`); "
        "hours, minutes, people, vessels, signers, ages, years",
    text="""\
THE WABANA WEEKLY RECORD – LETTERS TO THE EDITOR

Fix the ferry lineup

Last Friday I sat three hours and ten minutes in the lineup at Portugal Cove with a cooler of \
groceries going warm in the trunk. Two boats for 2,700 people is not a ferry service, it is a \
waiting room. The province promised us a third vessel back in 2019. Where is it? – Donna Kent, \
Wabana

Keep the library open on Saturdays

Forty-two of us signed the petition to keep the library open on Saturday mornings. Children cannot \
get there on school days, and the next branch is across the tickle, an hour and a ferry away. – \
Gerald Parsons, Lance Cove

A text from my son

My son Artem, 23, is a rifleman in a Ukrainian brigade on the Sumy border. He texted me on Tuesday \
that [[about fifty]] North Koreans had crossed into a village on his side of the border during the \
night, and that [[three]] of them had been killed by artillery before dawn. I clean rooms at the \
inn on the hill, and I read his messages on my lunch break, twice. – Svitlana Horbach, Wabana

The editorial was wrong

Your June 5 editorial said Kim had sent [[12,000]] soldiers to Russia. South Korea’s spy agency \
says the true number is [[close to 15,000]]. Even Moscow is boasting about them: a deputy foreign \
minister said on Monday that [[thousands]] of Koreans would help rebuild the Kursk region, and \
last month NATO put North Korea’s losses at [[more than 5,000]]. Let us at least get the numbers \
right. – Walter Kavanagh, Wabana

My cousin in Seoul

My cousin in Seoul, a retired police inspector, reckons Pyongyang will send another [[10,000]] by \
the fall. He was right about the first lot, so I am inclined to listen. – Annie Kim Tucker, Bell \
Island
""",
    claims=(
        C("about fifty", 50, "approx", "near_front", "other", "tue..pub",
          "a chambermaid relaying her son, a rifleman on the Sumy border ('He texted me on Tuesday "
          "that'; the speaker quoted: other): crossed into a village on his side of the border "
          "during the night (approx with a number word; from Tuesday, 17 June, to publication)"),
        C("three", 3, "exact", "casualties", "other", "tue..pub",
          "same text, 'and that': killed by artillery before dawn (number word)"),
        C("12,000", 12000, "exact", "in_russia", "unattributed", "2025-06-05",
          "a reader citing the paper's own editorial ('Your June 5 editorial said', as 'Your "
          "January 30 story' of corpus_blind178): unattributed, required, that day: sent to "
          "Russia"),
        C("close to 15,000", 15000, "approx", "in_russia", "south_korea", "pub",
          "same letter, 'South Korea's spy agency says the true number is' (undated, present; "
          "'close to' as approx)"),
        C("thousands", None, "vague", "planned", "russia", "mon",
          "same letter, 'a deputy foreign minister said on Monday' (16 June; Moscow's): Koreans "
          "who would help rebuild the Kursk region (planned)"),
        C("more than 5,000", 5000, "at_least", "casualties", "nato", "2025-05-01..2025-05-31",
          "same letter, 'last month NATO put North Korea's losses at' (the whole of May)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a reader relaying her cousin in Seoul, a retired police inspector, 'reckons' (undated; "
          "a private person: other): 'another' to be sent by the fall (increment, planned; span "
          "without the word)", add=True),
    ),
)


S12 = Source(
    article_id="v180_12_wall_notes_mural_project_bell_island_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bell Island Mural Project – Wall Notes",
        "https://www.bellislandmurals.example/wall-notes/2025-08",
        "Wall Notes: the Lance Cove wall is finished",
    ),
    features="a community mural project's wall notes from Bell Island (Conception Bay, "
        "Newfoundland) in Markdown, ISO-8859-1 with CRLF, straight quotes and a raw `é`, front "
        "matter with `date:` as well as the sidecar (Wednesday), a front-matter title repeating "
        "the headline (optional) and a sidecar title without a figure; the headline's `Kyiv's "
        "1,000 more deminers` from the body's figure of 'this month' (the 1st to publication, "
        "hedge dropped, exact, increment, in Russia); murals, metres, volunteers, days, paint and "
        "scaffold dollars, walk times, minutes and a fare first; a muralist from Kramatorsk "
        "relaying her brother, a sapper on the Sumy border ('On Friday he sent her a voice note, "
        "she said. He told her … and that') `more than a hundred` digging trenches across the "
        "border (at_least with a number word, near the front) and `a dozen` killed by one drone "
        "strike (number words 12, exact, casualties; both other, from Friday to publication); an "
        "economist from Gimcheon who 'figures' `between 15,000 and 20,000` sent in all (range, in "
        "Russia, other, `pub`); the U.S. ambassador to NATO who 'said on Monday' `roughly 2,000` "
        "died (united_states, casualties); Ukraine's military intelligence that 'said this month' "
        "`about 1,000` 'more' deminers sent (increment, in Russia); the NIS that 'estimated on "
        "Tuesday' `some 11,000` 'still there' (approx, in Russia); murals, metres, volunteers, "
        "days, dollars, times, minutes, the 1942 sinkings, ages, years, a phone number",
    text="""\
---
title: "Wall Notes: the Lance Cove wall, and Kyiv's [[1,000]] more deminers"
date: 2025-08-27
source: Bell Island Mural Project
---

# The Lance Cove wall, and Kyiv's [[1,000]] more deminers

Our 38th mural went up this month on the old co-op wall in Lance Cove: 22 metres of miners, ore \
cars and the two ore carriers sunk off the beach in 1942, painted by 26 volunteers over 11 days. \
Paint and scaffold rental came to $4,200, most of it raised at the church supper in June. Guided \
walks leave the café by the ferry terminal at 10 a.m. and 2 p.m. every day until Thanksgiving; the \
full loop takes about 90 minutes and costs $15.

## Maryna on the scaffold

Maryna Oliynyk, 28, a muralist from Kramatorsk who came to Newfoundland in 2023, painted the \
miners' faces on the new wall. Her brother is a sapper with a Ukrainian brigade on the Sumy \
border. On Friday he sent her a voice note, she said. He told her [[more than a hundred]] North \
Koreans were digging trenches in a forest across the border, and that a Ukrainian drone had killed \
[[a dozen]] of them in a single strike. "He tells me these things so that one day I will paint \
them," Maryna said.

## A visiting economist

Han Jae-won, 55, an economist from Gimcheon spending a sabbatical at the university across the \
bay, came over on the ferry to see the murals and stayed for the supper. He figures Kim has sent \
[[between 15,000 and 20,000]] men to Russia in all. "And each of those boys was told it was an \
honour," he said.

## In the news

The U.S. ambassador to NATO said on Monday that [[roughly 2,000]] North Koreans had died fighting \
for Russia. Ukraine's military intelligence said this month that Pyongyang had begun sending \
[[about 1,000]] more deminers to Russia. South Korea's spy agency estimated on Tuesday that [[some \
11,000]] are still there.

Wall Notes comes out whenever the paint is dry. Questions about walks or volunteering: 709-555-0152.
""",
    claims=(
        C("1,000", 1000, "exact", "in_russia", "ukraine", "2025-08-01..pub",
          "front-matter title repeating the headline (metadata): optional", add=True, opt=True),
        C("1,000", 1000, "exact", "in_russia", "ukraine", "2025-08-01..pub",
          "headline ('Kyiv's 1,000 more deminers'): the figure of Ukraine's military intelligence "
          "in the body ('said this month', the 1st to publication), hedge dropped, 'more' "
          "(increment; being sent: in Russia)", add=True),
        C("more than a hundred", 100, "at_least", "near_front", "other", "fri..pub",
          "a muralist from Kramatorsk relaying her brother, a sapper on the Sumy border ('On "
          "Friday he sent her a voice note, she said. He told her'; the speaker quoted: other): "
          "digging trenches in a forest across the border (number word 100; from Friday, 22 "
          "August, to publication)"),
        C("a dozen", 12, "exact", "casualties", "other", "fri..pub",
          "same voice note, 'and that': killed in a single drone strike (number words 12, exact, "
          "as in earlier sets)"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "other", "pub",
          "an economist from Gimcheon, 'He figures' (undated): sent to Russia in all (the span "
          "takes 'between', as in earlier sets)"),
        C("roughly 2,000", 2000, "approx", "casualties", "united_states", "mon",
          "'The U.S. ambassador to NATO said on Monday' (25 August; an American official: "
          "united_states): died fighting for Russia"),
        C("about 1,000", 1000, "approx", "in_russia", "ukraine", "2025-08-01..pub",
          "'Ukraine's military intelligence said this month' (the 1st to publication): Pyongyang "
          "had begun sending 'more' deminers to Russia (increment; being sent: in "
          "Russia)", add=True),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "'South Korea's spy agency estimated on Tuesday' (26 August): 'still there' in Russia "
          "(not an increment)"),
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
