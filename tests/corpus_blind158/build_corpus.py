"""Build the HUNDRED-AND-FIFTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixtieth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an
archery club's letter from Neresheim on the Härtsfeld with a longbow archer from Poltava and a
physiotherapist from Chuncheon, a jew's harp workshop's letter from Molln in the Steyrtal
(Austrian conventions) with a drymba maker from Kosiv and a gayageum player from Namwon, a Kirmes
society's letter from Jesberg in the Kellerwald with a Kirmes dancer from Uman and a cook from
Mokpo, a soapbox derby club's race letter from Frankenau in the Kellerwald with a metalworker
from Shostka and an IT consultant from Ulsan, a tobacconist's customer letter from Grünburg in
the Steyrtal (Austrian conventions) with a shop helper from Sumy and a nurse from Suncheon, and
the annual letter of a gold panners' club from Luthern below the Napf (Swiss conventions) with a
geologist from Zhovti Vody and a doctoral student from Cheonan; an agency-style wire report from
a deep-sea fishing roundup at Port Aransas with a deckhand from Mykolaiv and a refinery engineer
from Busan, the free store volunteers' notes of the Hornby Island recycling depot with a
bookkeeper from Chernihiv and a book sorter from Gangneung, the field notes of a bird banding
station on Jekyll Island with an ornithologist from Kherson and a water engineer from Seosan, a
readers' letters page from a Port Aransas weekly with letters quoting a son-in-law and a father,
a disc golf club's course notes from Hornby Island with a carpenter from Zaporizhzhia and a
software developer from Gwangmyeong, and a trolley tour's log from the Jekyll Island historic
district with a guide from Odesa and a driver from Gunsan. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind158_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Härtsfeld, Steyrtal, Kellerwald, Napf)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="k158_01_vereinsbrief_bogenschuetzen_haertsfeld_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-06"),
    dated_by="html_meta",
    features="an archery club's letter from Neresheim on the Härtsfeld (East Württemberg) in "
        "HTML, UTF-8, `article:published_time` +01:00 (Friday), a cookie note about the results "
        "list, a page script, navigation, entities (`&middot;`, `&amp;`), a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; the St Nicholas "
        "shoot, arrows, rings and a target wall's euros first; a longbow archer from Poltava "
        "relaying his nephew, a drone pilot in the Kursk region ('Vorgestern Nacht, so Mykola, "
        "habe der Neffe per Videoanruf berichtet') `Hunderte` running at the Ukrainian positions "
        "and, Konjunktiv carried, `an die 3.000` lying across from them (new here: 'so Mykola' as "
        "the relaying speaker; from two days before to publication); a physiotherapist from "
        "Chuncheon 'geht davon aus' `gut 20.000` in Russia by summer (at_least, planned, other, "
        "`pub`); sentence-initial `Rund 11.000` in Kursk with the claimant after the figure "
        "('hieß es am Montag in Washington'); Rutte 'am 28. November' `mehreren tausend` in "
        "combat; the NIS 'erklärte vergangene Woche' `bis zu 5.000` 'weitere' (at_most, "
        "increment, planned); 'Kiews Militärgeheimdienst zufolge' `etwa 200` killed or wounded "
        "since early November (`pub`); Russia's losses a day, participants, metres, arrows, "
        "rings, euros, members, ages, years, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Vereinsbrief Dezember | Bogenschützen Härtsfeld Neresheim</title>
<meta property="article:published_time" content="2024-12-06T18:40:00+01:00">
<script>var parcours = {ziele: 24, saison: "2024/25", anmeldung: true};</script>
</head>
<body>
<div class="cookie-leiste">Ein Cookie merkt sich, welche Bogenklasse Sie in der Ergebnisliste \
zuletzt ausgewählt haben. <a href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/training">Training</a> &middot; <a \
href="/parcours">3D-Parcours</a> &middot; <a href="/vereinsbrief">Vereinsbrief</a></nav>
<main>
<h1>Nikolausschießen in der Härtsfeldhalle und ein Gast aus Poltawa</h1>
<p>Liebe Schützinnen und Schützen,</p>
<p>beim Nikolausschießen am vergangenen Samstag standen 41 Teilnehmer an der Linie, so viele wie \
noch nie. Geschossen wurde auf 18 Meter, je 60 Pfeile; den Tagessieg im Blankbogen holte Jonas \
Wiedenmann aus Dischingen mit 512 Ringen. Die neue Scheibenwand hat 1.350 Euro gekostet, und die \
Hallenwartin findet, das Geld sei gut angelegt.</p>
<h2>Ein Langbogenschütze aus der Ukraine</h2>
<p>Seit dem Sommer trainiert Mykola Hnatenko, 58, bei uns mit dem Langbogen. Der frühere \
Berufsschullehrer aus Poltawa wohnt mit seiner Frau unterhalb der Abtei und schnitzt seine Pfeile \
aus Zedernholz selbst. Sein Neffe steuert Aufklärungsdrohnen im Gebiet Kursk. Vorgestern Nacht, \
so Mykola, habe der Neffe per Videoanruf berichtet, [[Hunderte]] Nordkoreaner seien über ein \
gefrorenes Feld auf die ukrainischen Stellungen zugelaufen. Auf der anderen Seite lägen \
inzwischen [[an die 3.000]] von ihnen, schätze der Neffe.</p>
<h2>Aus der Recurve-Gruppe</h2>
<p>Kang Min-jae, 41, Physiotherapeut aus Chuncheon, schießt seit drei Jahren in unserer \
Recurve-Gruppe und ist beim Kreispokal Zweiter geworden. Über die Nachrichten aus der alten \
Heimat spricht er ruhig. Er geht davon aus, dass Pjöngjang bis zum Sommer [[gut 20.000]] Soldaten \
in Russland stehen haben wird. „Kim verkauft seine Leute, und Moskau zahlt pünktlich“, sagt er.</p>
<h2>Die Lage, knapp zusammengefasst</h2>
<p>[[Rund 11.000]] Nordkoreaner kämpfen nach amerikanischer Einschätzung inzwischen an der Seite \
der Russen im Gebiet Kursk, hieß es am Montag in Washington. Nato-Generalsekretär Mark Rutte \
hatte am 28. November von [[mehreren tausend]] Mann gesprochen, die bereits in Gefechte \
verwickelt seien. Der südkoreanische Nachrichtendienst erklärte vergangene Woche, im Winter \
könnten [[bis zu 5.000]] weitere folgen. Kiews Militärgeheimdienst zufolge sind seit Anfang \
November [[etwa 200]] Nordkoreaner getötet oder verwundet worden. Die russische Armee büßt nach \
britischen Zahlen täglich rund 1.600 Mann ein.</p>
<h2>Termine</h2>
<ul><li>Weihnachtsfeier am 20. Dezember, 19 Uhr im Schützenstüble</li><li>Hallentraining ab 7. \
Januar dienstags und freitags, Gäste 5 Euro</li><li>Mitgliedsbeitrag 2025: 65 Euro für Erwachsene \
&amp; 30 Euro für Jugendliche, derzeit 87 Mitglieder</li></ul>
</main>
<footer>Bogenschützen Härtsfeld Neresheim e.V. &middot; Am Sägebach 7 &middot; 73450 Neresheim \
&middot; Tel. 07326 91 43 28 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/ergebnisse.js"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2024-12-04..pub",
          "a longbow archer from Poltava relaying his nephew, a drone pilot in the Kursk region "
          "('Vorgestern Nacht, so Mykola, habe der Neffe per Videoanruf berichtet', Konjunktiv; "
          "the speaker quoted: other): running at the Ukrainian positions (from two days before, "
          "4 December, to publication)"),
        C("an die 3.000", 3000, "approx", "near_front", "other", "2024-12-04..pub",
          "same relayed call, Konjunktiv carried ('schätze der Neffe'): lying on the other side "
          "('an die' as approx)"),
        C("gut 20.000", 20000, "at_least", "planned", "other", "pub",
          "a physiotherapist from Chuncheon, 'Er geht davon aus' (undated): in Russia by summer "
          "(a forecast: planned; 'gut' as at_least)"),
        C("Rund 11.000", 11000, "approx", "near_front", "united_states", "mon",
          "sentence-initial figure, the claimant after it ('hieß es am Montag in Washington', 2 "
          "December): fighting in the Kursk region"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "2024-11-28",
          "Rutte 'hatte am 28. November … gesprochen': already in combat"),
        C("bis zu 5.000", 5000, "at_most", "planned", "south_korea", "lastweek",
          "the NIS 'erklärte vergangene Woche': 'weitere' could follow in winter (increment, "
          "planned)", add=True),
        C("etwa 200", 200, "approx", "casualties", "ukraine", "pub",
          "'Kiews Militärgeheimdienst zufolge' (undated): killed or wounded since early November "
          "(a counting period, not the claim date)"),
    ),
)

S02 = Source(
    article_id="k158_02_werkstattbrief_maultrommel_molln",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-12"),
    dated_by="dateline",
    features="a jew's harp workshop's letter from Molln in the Steyrtal (Traunviertel, Upper "
        "Austria) as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by "
        "the place line 'Molln, 12.03.2025' (Wednesday, numeric date); Austrian conventions "
        "(`Jänner`, `Feber`, `heuer`, `Jause`, `Mostbrot`); harps forged, export countries and "
        "prices first; a drymba maker from Kosiv relaying her son, a radio operator at the Kursk "
        "border ('Am Sonntag habe er ihr am Telefon erzählt …, sagt Oksana') `ungefähr "
        "zweihundert` digging new trenches (approx with a number word, other, from Sunday to "
        "publication); a gayageum player from Namwon 'meint' in her last message `an die 15.000` "
        "who served in Russia and `viele tausend` to be sent after them ('nachschicken': vague, "
        "increment, planned; both `pub`); the joint chiefs 'teilte Ende Feber mit' `etwa 3.000` "
        "'zusätzliche' (increment, days 21-28) and 'bezifferten die Militärs' `rund 4.000` dead "
        "and wounded; Zelensky 'sagte vergangenen Freitag' `einige tausend` back at the front; "
        "'Laut einem Nato-Diplomaten' `zwischen 11.000 und 12.000` in Russia (range, `pub`); "
        "Russia's losses a day, harps, countries, years, euros, centimetres, ages, dates, a "
        "postcode, a phone number",
    text="""\
Maultrommelwerkstatt Rauchenschwandtner, Molln - Werkstattbrief Frühjahr 2025

Molln, 12.03.2025

Liebe Kundinnen und Kunden, liebe Freunde des Brummeisens,

ruhig war der Winter in unserer Werkstatt an der Steyr nicht. Seit Jänner haben wir 2.300 \
Maultrommeln geschmiedet, gehärtet und gestimmt, die meisten für Händler in Deutschland, Japan \
und Norwegen, und Bestellungen kamen heuer schon aus 31 Ländern. Unser Betrieb wird im Herbst 90 \
Jahre alt; das Mollner Handwerk selbst ist über 300 Jahre alt. Eine Trommel in Messing kostet ab \
19 Euro, die Konzertreihe aus Federstahl mit 6,5 Zentimeter langer Zunge ab 46 Euro.

Eine Drymba aus Kossiw

Seit Feber sitzt Oksana Kowaltschuk, 47, bei uns an der Feile. In Kossiw in den Karpaten hat sie \
zwanzig Jahre lang Drymben gebaut, die ukrainische Schwester unserer Maultrommel. Ihr Sohn dient \
als Funker in einem Bataillon nördlich von Sumy, wenige Kilometer vor dem Gebiet Kursk. Am \
Sonntag habe er ihr am Telefon erzählt, gegenüber seinem Abschnitt hätten [[ungefähr \
zweihundert]] Nordkoreaner neue Gräben ausgehoben, sagt Oksana. Mehr wolle er am Telefon nicht \
sagen.

Post aus Namwon

Im Feber war Seo Yun-ah, 33, zwei Wochen unser Gast. Die Musikerin aus Namwon spielt Gayageum und \
sammelt Maultrommeln aus aller Welt; bei uns hat sie ihre erste eigene gestimmt, und zur Jause \
gab es Mostbrot. In ihrer letzten Nachricht aus Seoul meint sie, inzwischen hätten [[an die \
15.000]] Nordkoreaner in Russland gedient, und Kim werde heuer [[viele tausend]] nachschicken.

Was man aus Zeitung und Radio weiß

Der südkoreanische Generalstab teilte Ende Feber mit, Pjöngjang habe im Jänner und Feber [[etwa \
3.000]] zusätzliche Soldaten nach Russland verlegt. Die Verluste bezifferten die Militärs auf \
[[rund 4.000]] Tote und Verwundete. Präsident Selenskyj sagte vergangenen Freitag, [[einige \
tausend]] Nordkoreaner seien nach einer Pause wieder an der Front im Gebiet Kursk. Laut einem \
Nato-Diplomaten in Brüssel halten sich derzeit [[zwischen 11.000 und 12.000]] Nordkoreaner in \
Russland auf. Die russische Armee verliert nach Kiewer Angaben an manchen Tagen mehr als 1.400 \
Mann.

Termine

- Tag der offenen Werkstatt am 26. April, 10 bis 16 Uhr, mit Schmiedevorführung
- Maultrommelkurs für Anfänger, vier Abende ab 7. Mai, 60 Euro samt Instrument
- Werkstatt Rauchenschwandtner, Breitenau 14, 4591 Molln, Telefon 07584/21 36
""",
    claims=(
        C("ungefähr zweihundert", 200, "approx", "near_front", "other", "sun..pub",
          "a drymba maker from Kosiv relaying her son, a radio operator at the Kursk border ('Am "
          "Sonntag habe er ihr am Telefon erzählt …, sagt Oksana', Konjunktiv; the speaker "
          "quoted: other): digging new trenches opposite his sector (number word, 200; from "
          "Sunday, 9 March, to publication)"),
        C("an die 15.000", 15000, "approx", "in_russia", "other", "pub",
          "a gayageum player from Namwon, 'In ihrer letzten Nachricht aus Seoul meint sie' "
          "(undated): have served in Russia ('an die' as approx)"),
        C("viele tausend", None, "vague", "planned", "other", "pub",
          "same message: Kim will 'nachschicken' this year (vague, increment, planned)", add=True),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "the joint chiefs 'teilte Ende Feber mit' (day 21 to the month's end), Konjunktiv: "
          "'zusätzliche' soldiers moved to Russia in January and February (increment)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "same statement, 'bezifferten die Militärs' (the role carries the joint chiefs): dead "
          "and wounded"),
        C("einige tausend", None, "vague", "near_front", "ukraine", "fri",
          "Zelensky 'sagte vergangenen Freitag' (7 March in a Wednesday letter), Konjunktiv: back "
          "at the front in the Kursk region after a pause"),
        C("zwischen 11.000 und 12.000", None, "range", "in_russia", "nato", "pub",
          "'Laut einem Nato-Diplomaten in Brüssel' (undated): in Russia now"),
    ),
)

S03 = Source(
    article_id="k158_03_kirmesbrief_jesberg_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Kirmesgesellschaft Jesberg – Kirmesbrief",
        "https://www.kirmes-jesberg.example/kirmesbrief-2025",
        "Kirmesbrief 2025: Baum, Zelt und ein neues Kirmesmädchen aus Uman",
    ),
    features="a Kirmes society's letter from Jesberg in the Kellerwald (North Hesse) in Markdown, "
        "UTF-16 LE with BOM, front matter without a date (sidecar, Thursday) and a title without "
        "a figure; the Kirmes tree, dancers, the tent and entry prices first; a Kirmes dancer "
        "from Uman relaying her father near Sumy ('Letzte Woche hat er ihr am Telefon gesagt …, "
        "erzählt Daryna') `Dutzende` newly arrived in the woods across the border (other, "
        "`lastweek`); a cook from Mokpo 'glaubt' `mehr als 30.000` made available to Russia in "
        "the end (at_least, planned, other, `pub`); Shoigu 'kündigte … Mitte Juni an' `6.000` "
        "sappers and builders for Kursk and `1.000` 'davon' to clear mines (russia, planned; a "
        "breakdown, no increment; days 11-20); lawmakers 'nach einer Unterrichtung durch den "
        "Geheimdienst am Dienstag' `etwa 600` fallen (south_korea); KCNA 'meldete Anfang Juni' "
        "`mehreren Dutzend` fallen honoured with medals (north_korea, days 1-10); the society's "
        "own `Tausende` young men sent to Russia (unattributed, required); the tree's metres, "
        "dancers, tent seats, euros, ages, years, dates",
    text="""\
---
titel: Kirmesbrief 2025
verein: Kirmesgesellschaft Jesberg
ort: Jesberg im Kellerwald
---

# Kirmesbrief der Kirmesgesellschaft Jesberg

Liebe Jesberger, liebe Freunde der Kirmes,

in gut zwei Wochen ist es so weit: Vom 11. bis 14. Juli feiern wir wieder Kirmes auf dem Platz an \
der Gilsa. 34 Kirmesburschen und -mädchen proben seit Ostern, und der Kirmesbaum, eine 27 Meter \
lange Fichte vom Hemberg, wird am Freitag um 17 Uhr von Hand aufgestellt. Ins Festzelt passen 650 \
Leute, der Eintritt am Samstagabend kostet 9 Euro.

## Neu im Kirmespaar

Zum ersten Mal tanzt Daryna Melnyk, 19, mit. Sie kam vor drei Jahren mit ihrer Mutter aus Uman \
und lernt in Fritzlar Zahnmedizinische Fachangestellte. Ihr Vater liegt mit seiner Einheit im \
Gebiet Sumy, nah an der russischen Grenze. Letzte Woche hat er ihr am Telefon gesagt, drüben in \
den Wäldern lägen [[Dutzende]] frisch angekommene Nordkoreaner, erzählt Daryna.

Am Kirmessamstag verkauft Park Seo-yeon, 35, aus Mokpo wieder ihre Pfannkuchen mit Kimchi. Die \
Köchin führt ein kleines Lokal in Bad Zwesten und verfolgt die Nachrichten genau. Sie glaubt, \
dass Kim am Ende [[mehr als 30.000]] Mann für Russland bereitstellen wird.

## Was in der Zeitung stand

Bei einem Besuch in Pjöngjang kündigte der russische Sicherheitsratschef Sergej Schoigu Mitte \
Juni an, Nordkorea werde [[6.000]] Pioniere und Militärbauer ins Gebiet Kursk schicken; [[1.000]] \
davon sollen Minen räumen. Abgeordnete in Seoul berichteten nach einer Unterrichtung durch den \
Geheimdienst am Dienstag, bislang seien [[etwa 600]] Nordkoreaner gefallen. Die Staatsagentur \
KCNA meldete Anfang Juni, Kim habe die Angehörigen von [[mehreren Dutzend]] Gefallenen mit Orden \
geehrt. Wir denken an diesem Fest auch an die [[Tausende]] junger Männer, die Kim nach Russland \
geschickt hat, und an ihre Mütter.

## Kirmesprogramm

- Freitag, 11. Juli: Baumaufstellen, danach Disco im Zelt
- Samstag, 12. Juli: Kirmestanz mit den „Kellerwald-Musikanten“
- Sonntag, 13. Juli: Gottesdienst um 10 Uhr, Festzug um 14 Uhr
- Montag, 14. Juli: Frühschoppen und Hammelessen
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "lastweek",
          "a Kirmes dancer from Uman relaying her father, a soldier in the Sumy region ('Letzte "
          "Woche hat er ihr am Telefon gesagt …, erzählt Daryna', Konjunktiv; the speaker quoted: "
          "other): newly arrived in the woods across the border"),
        C("mehr als 30.000", 30000, "at_least", "planned", "other", "pub",
          "a cook from Mokpo, 'Sie glaubt' (undated): Kim will make them available to Russia in "
          "the end (a forecast: planned)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'kündigte … Mitte Juni an' (days 11-20): sappers and military builders to be "
          "sent to the Kursk region (an announcement: planned; no 'weitere': not an increment)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement, '1.000 davon sollen Minen räumen' (a breakdown of the 6.000: "
          "planned, never an increment)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "tue",
          "lawmakers in Seoul 'nach einer Unterrichtung durch den Geheimdienst am Dienstag' (24 "
          "June; the NIS's figure), Konjunktiv: fallen"),
        C("mehreren Dutzend", None, "vague", "casualties", "north_korea", "2025-06-01..2025-06-10",
          "KCNA 'meldete Anfang Juni' (days 1-10): families of the fallen honoured with medals"),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the society's own framing, no source (required): young men Kim has sent to Russia"),
    ),
)

S04 = Source(
    article_id="k158_04_rennbrief_seifenkisten_frankenau",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-08-21"),
    dated_by="sidecar",
    sidecar=(
        "Seifenkistenfreunde Frankenau – Rennbrief",
        "https://www.seifenkisten-frankenau.example/rennbrief/2025-3",
        "Rennbrief 3/2025: Bestzeit am Berg und ein Schlosser aus Schostka",
    ),
    features="a soapbox derby club's race letter from Frankenau in the Kellerwald (North Hesse) "
        "as plain text, UTF-8 with BOM (sidecar, Thursday), `„“` and `–`; carts, metres, "
        "gradient, seconds and the cake stall's euros first; a metalworker from Shostka relaying "
        "his brother, a sapper ('Am Samstag hat der Bruder ihm geschrieben') `mehrere hundert` "
        "Korean sappers on the Russian side of the border (other, from Saturday to publication); "
        "an IT consultant from Ulsan 'rechnet damit' 'weitere' `10.000` by New Year's Eve (new "
        "here: 'weitere' before the figure, span without it; increment, planned, other, `pub`); "
        "the NIS 'geht … von … aus' `rund 2.000` killed (`pub`); sentence-initial `Etwa 11.000` "
        "still in Russia with the claimant in the next sentence ('Das sagte am Dienstag ein "
        "Sprecher des US-Außenministeriums'); Kyiv's military intelligence 'hatte Anfang August "
        "gewarnt' `bis zu 30.000` 'weitere' (at_most, increment, planned, days 1-10); Russia's "
        "defence ministry 'am Wochenende' `mehr als 1.000` helpers from Pyongyang in Kursk "
        "(russia, near the front, Saturday-Sunday); 'Nach Einschätzung der Nato' 'bis zum Sommer "
        "insgesamt' `rund 15.000` (a total, not an increment, `pub`); carts, metres, per cent, "
        "seconds, km/h, euros, ages, dates, a postcode, a phone number",
    text="""\
Seifenkistenfreunde Frankenau e.V. – Rennbrief Nr. 3/2025

Hallo zusammen,

was für ein Renntag! 48 Kisten sind am Sonntag die Bergstraße hinuntergerollt, von den Bambini \
bis zu den Erwachsenen. Die Strecke ist 430 Meter lang und hat bis zu 8 Prozent Gefälle; die \
Bestzeit fuhr Lena Vaupel mit 32,4 Sekunden, gemessen wurden Spitzen von 54 km/h. Der Erlös vom \
Kuchenstand, 1.870 Euro, geht an den Kindergarten am Nationalparkzentrum.

Unser Mann an der Werkbank

Ohne Serhij Bondar, 44, wären ein Dutzend Kisten nicht rechtzeitig fertig geworden. Der Schlosser \
aus Schostka im Gebiet Sumy hat in unserer Garage Achsen geschweißt und Bremsen nachgestellt. \
Sein Bruder räumt als Pionier Minen an der Grenze. Am Samstag hat der Bruder ihm geschrieben, auf \
der russischen Seite arbeiteten jetzt [[mehrere hundert]] nordkoreanische Pioniere, „sie bauen \
Bunker, als wollten sie bleiben“.

Am Start der Juniorklasse stand Lee Ji-woo, 39, IT-Berater aus Ulsan, dessen Sohn Minjun Dritter \
wurde. Er rechnet damit, dass Kim bis Silvester weitere [[10.000]] Mann in Marsch setzt. „Das \
Regime braucht Devisen und Erfahrung im Krieg“, sagt er.

Aus den Nachrichten

Der südkoreanische Geheimdienst geht inzwischen von [[rund 2.000]] getöteten Nordkoreanern aus. \
[[Etwa 11.000]] nordkoreanische Soldaten sind weiterhin in Russland stationiert. Das sagte am \
Dienstag ein Sprecher des US-Außenministeriums in Washington. Der ukrainische Militärgeheimdienst \
hatte Anfang August gewarnt, es könnten [[bis zu 30.000]] weitere folgen. Das russische \
Verteidigungsministerium zeigte am Wochenende Bilder von Minenräumern aus dem Norden im Gebiet \
Kursk und sprach von [[mehr als 1.000]] Helfern aus Pjöngjang. Nach Einschätzung der Nato waren \
bis zum Sommer insgesamt [[rund 15.000]] Nordkoreaner in Russland.

Nächste Termine

- Herbstrennen am 28. September, Anmeldung bis 14. September, Startgeld 10 Euro
- Schrauberabend jeden Mittwoch ab 18 Uhr in der Garage am Sportplatz
- Seifenkistenfreunde Frankenau, Am Hainberg 2, 35110 Frankenau, Telefon 06455 75 92 31
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sat..pub",
          "a metalworker from Shostka relaying his brother, a sapper at the border ('Am Samstag "
          "hat der Bruder ihm geschrieben', Konjunktiv; the speaker quoted: other): Korean "
          "sappers at work on the Russian side of the border (from Saturday, 16 August, to "
          "publication)"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "an IT consultant from Ulsan, 'Er rechnet damit' (undated): 'weitere' before the "
          "figure, sent by New Year's Eve (increment, planned; span without the word)", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "pub",
          "'Der südkoreanische Geheimdienst geht inzwischen von … aus' (undated): killed"),
        C("Etwa 11.000", 11000, "approx", "in_russia", "united_states", "tue",
          "sentence-initial figure, the claimant in the next sentence ('Das sagte am Dienstag ein "
          "Sprecher des US-Außenministeriums', 19 August): still stationed in Russia"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-08-01..2025-08-10",
          "Kyiv's military intelligence 'hatte Anfang August gewarnt' (days 1-10): 'weitere' "
          "could follow (increment, planned)", add=True),
        C("mehr als 1.000", 1000, "at_least", "near_front", "russia", "sat..sun",
          "Russia's defence ministry 'am Wochenende' (16-17 August): helpers from Pyongyang "
          "clearing mines in the Kursk region"),
        C("rund 15.000", 15000, "approx", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): 'bis zum Sommer insgesamt' in Russia (a total, "
          "not an increment)"),
    ),
)

S05 = Source(
    article_id="k158_05_kundenbrief_trafik_gruenburg_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-23"),
    dated_by="sidecar",
    sidecar=(
        "Trafik Huemer Grünburg – Kundenbrief",
        "https://www.trafik-huemer.example/kundenbrief/2025-01",
        "Kundenbrief Jänner: Vignette, Jackpot und Halyna hinter der Budel",
    ),
    features="a tobacconist's (Trafik) customer letter from Grünburg in the Steyrtal "
        "(Traunviertel, Upper Austria) in HTML, windows-1252 with a `<meta http-equiv>` charset "
        "and raw `„“`, `·` and `–`, no meta date (sidecar, Thursday), a cookie note about lottery "
        "odds, a script, navigation, a footer with a postcode and a phone number; Austrian "
        "conventions (`Jänner`, `heuer`, `Budel`, `Spital`, `in der Früh`); `<title>` and "
        "headline without a figure; motorway stickers, the jackpot and foreign papers first; a "
        "shop helper from Sumy relaying her son-in-law, a gunner near Sudzha ('Gestern in der "
        "Früh hat er ihr eine Sprachnachricht geschickt …, erzählt Halyna') `an die fünfzig` lost "
        "in one night (approx with a number word, casualties, other, from yesterday to "
        "publication); a nurse from Suncheon 'fürchtet' `20.000 bis 25.000` 'weitere' this year "
        "(range, increment, planned, other, `pub`); Zelensky 'Am 11. Jänner' `zwei` captured; "
        "'Nach Angaben des südkoreanischen Geheimdienstes vom 13. Jänner' `etwa 300` dead and "
        "`2.700` wounded; 'Aus dem Pentagon hieß es am Dienstag' dead and wounded 'in die' "
        "`Tausende` (vague, "
        "the span takes only the figure); 'Die Nato geht von … aus' `mehr als 11.000` in Kursk "
        "(`pub`); Russia's losses a day, stickers, euros, newspapers, ages, dates, a postcode, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Kundenbrief Jänner – Trafik Huemer Grünburg</title>
<script>var oeffnungszeiten = {mo_fr: "6:30-18:00", sa: "7:00-12:00"};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich, ob Sie die Lotto-Quoten dieser Woche schon angesehen \
haben. <a href="#">Passt</a></div>
<nav><a href="/">Trafik</a> · <a href="/zeitungen">Zeitungen</a> · <a href="/lotto">Lotto &amp; \
Toto</a> · <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Neue Vignette, alte Sorgen – Post aus der Trafik am Marktplatz</h1>
<p>Liebe Kundschaft,</p>
<p>die Vignette für heuer liegt seit Dezember bei uns; die Jahresvignette kostet 103,80 Euro, die \
für zehn Tage 12,40 Euro. Im Jänner haben wir bisher 212 Stück verkauft, und beim Dreifachjackpot \
letzte Woche stand die Schlange bis zur Bushaltestelle. Neu im Regal sind 14 Zeitungen und \
Magazine aus dem Ausland, darunter zwei ukrainische.</p>
<h2>Halyna hinter der Budel</h2>
<p>Seit dem Herbst hilft uns Halyna Tkatschenko, 52, aus Sumy an drei Vormittagen in der Woche. \
Ihr Schwiegersohn ist Artillerist bei Sudscha. Gestern in der Früh hat er ihr eine \
Sprachnachricht geschickt: In einer einzigen Nacht hätten die Nordkoreaner vor seinem Abschnitt \
[[an die fünfzig]] Mann verloren, erzählt Halyna. Sie hört sich die Nachricht immer wieder an.</p>
<h2>Eine Stammkundin aus Suncheon</h2>
<p>Jeden Samstag holt sich Choi Hye-jin, 44, bei uns die Wochenendausgaben. Die Krankenschwester \
aus Suncheon arbeitet im Spital in Steyr. Sie fürchtet, dass heuer noch [[20.000 bis 25.000]] \
weitere Soldaten aus dem Norden nach Russland gehen. „Für Kim sind das Zahlen, keine Söhne“, sagt \
sie.</p>
<h2>Aus den Zeitungen auf unserem Ständer</h2>
<p>Am 11. Jänner meldete Präsident Selenskyj, seine Truppen hätten bei Kursk [[zwei]] verwundete \
Soldaten aus dem Norden gefangen genommen. Nach Angaben des südkoreanischen Geheimdienstes vom \
13. Jänner hat Pjöngjang bisher [[etwa 300]] Tote und [[2.700]] Verletzte zu beklagen. Aus dem \
Pentagon hieß es am Dienstag, die Zahl der toten und verwundeten Nordkoreaner reiche mittlerweile \
in die [[Tausende]]. Die Nato geht von [[mehr als 11.000]] Nordkoreanern im Gebiet Kursk aus. \
Russland verliert nach britischen Schätzungen derzeit um die 1.500 Soldaten am Tag.</p>
</main>
<footer>Trafik Huemer · Marktplatz 3 · 4594 Grünburg · Tel. 07257 74 12 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/lotto.js"></script>
</body>
</html>
""",
    claims=(
        C("an die fünfzig", 50, "approx", "casualties", "other", "yday..pub",
          "a shop helper from Sumy relaying her son-in-law, a gunner near Sudzha ('Gestern in der "
          "Früh hat er ihr eine Sprachnachricht geschickt …, erzählt Halyna', Konjunktiv; the "
          "speaker quoted: other): lost in a single night (number word, 50; from yesterday to "
          "publication)"),
        C("20.000 bis 25.000", None, "range", "planned", "other", "pub",
          "a nurse from Suncheon, 'Sie fürchtet' (undated): 'weitere' soldiers going to Russia "
          "this year (increment, planned)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner meldete Präsident Selenskyj', Konjunktiv: wounded soldiers "
          "from the North taken prisoner near Kursk (a number word)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Nach Angaben des südkoreanischen Geheimdienstes vom 13. Jänner': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: wounded"),
        C("Tausende", None, "vague", "casualties", "united_states", "tue",
          "'Aus dem Pentagon hieß es am Dienstag' (21 January), Konjunktiv: the dead and "
          "wounded reach 'in die Tausende'"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "nato", "pub",
          "'Die Nato geht von … aus' (undated): in the Kursk region"),
    ),
)

S06 = Source(
    article_id="k158_06_jahresbrief_goldwaescher_napf_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-10-17"),
    dated_by="front_matter", crlf=True,
    features="the annual letter of a gold panners' club from Luthern below the Napf (Lucerne "
        "hinterland) in Markdown, windows-1252 with CRLF, front matter with `date:` (Friday) and "
        "a title without a figure; Swiss conventions (`ss`, «», `2'600`, `20'000`, `5'000`, "
        "`2'000`, `6'000`, `10'000 bis 11'000`, 4-digit `5000`); grams of gold, guests, school "
        "classes and francs first; a geologist from Zhovti Vody relaying his grandson, a medic "
        "near Sumy ('Am Dienstag habe der Enkel ihm geschrieben …, erzählt Viktor') `ein paar "
        "hundert` arrived on the Russian side (other, from Tuesday to publication); a doctoral "
        "student from Cheonan «… `über 20'000` … in Russland gewesen sein» (at_least, planned, "
        "other, `pub`); 'Aus Seoul hiess es am Montag' `rund 5'000` construction soldiers sent "
        "since spring and `etwa 2'000` fallen; Kyiv's military intelligence 'erklärte vergangene "
        "Woche' `bis zu 6'000` 'weitere' for the winter (at_most, increment, planned); 'Das "
        "Pentagon schätzt' `10'000 bis 11'000` (range, `pub`); NATO 'hatte Mitte September … "
        "gesprochen' `weit über 5000` dead and wounded (days 11-20); Russia's losses since 2022, "
        "members, grams, guests, school classes, francs, ages, dates, a phone number",
    text="""\
---
title: Jahresbrief 2025 der Napf-Goldwäscher
date: 2025-10-17
verein: Goldwäscherverein Napfbergland, Luthern
---

# Jahresbrief der Napf-Goldwäscher

Liebe Mitglieder, liebe Freundinnen und Freunde des Napfgoldes

Die Saison an der Luthern und an der Grossen Fontanne ist vorbei, und sie war besser als \
befürchtet. Unsere 57 Mitglieder haben zusammen 4,1 Gramm Gold gewaschen, fast alles feine \
Flitter von weniger als einem Millimeter. Am Waschplatz bei Luthern Bad haben wir 2'600 Gäste \
angeleitet, darunter 38 Schulklassen. Der Schnupperkurs kostet weiterhin 45 Franken, Pfanne und \
Stiefel inbegriffen.

## Ein Geologe aus Schowti Wody

Seit dem Frühling wäscht Viktor Pawlenko, 61, jeden Samstag mit uns. Der pensionierte Geologe aus \
Schowti Wody kennt die Erzgruben am Dnipro und erklärt unseren Jungen, warum das Gold im Napf so \
fein ist. Sein Enkel dient als Sanitäter bei Sumy. Am Dienstag habe der Enkel ihm geschrieben, \
auf der russischen Seite der Grenze seien [[ein paar hundert]] Nordkoreaner eingetroffen, erzählt \
Viktor. «Er schreibt selten, und nie etwas Gutes.»

## Ein Doktorand aus Cheonan

Kim Do-hyun, 27, forscht in Luzern über Flusssedimente und hat bei uns im Juli seine ersten \
Flitter gefunden. «Ich glaube, bis Ende Jahr werden [[über 20'000]] Nordkoreaner in Russland \
gewesen sein», sagt er.

## Aus den Nachrichten

Aus Seoul hiess es am Montag, Pjöngjang habe seit dem Frühling [[rund 5'000]] Bausoldaten nach \
Russland geschickt; zudem seien [[etwa 2'000]] Nordkoreaner gefallen. Der ukrainische \
Militärgeheimdienst erklärte vergangene Woche, Kim bereite [[bis zu 6'000]] weitere für den \
Winter vor. Das Pentagon schätzt die Zahl der noch in Russland stationierten Nordkoreaner auf \
[[10'000 bis 11'000]]. Die Nato hatte Mitte September von [[weit über 5000]] Toten und \
Verwundeten gesprochen. Russland hat seit 2022 nach westlichen Schätzungen über eine Million \
Soldaten verloren.

## Daten

- Generalversammlung am 21. November, 19.30 Uhr, Gasthaus Hirschen
- Wintertreffen mit Vortrag einer Goldschmiedin am 16. Januar
- Auskunft und Kursanmeldung: 041 978 12 40
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "tue..pub",
          "a geologist from Zhovti Vody relaying his grandson, a medic near Sumy ('Am Dienstag "
          "habe der Enkel ihm geschrieben …, erzählt Viktor', Konjunktiv; the speaker quoted: "
          "other): arrived on the Russian side of the border (from Tuesday, 14 October, to "
          "publication)"),
        C("über 20'000", 20000, "at_least", "planned", "other", "pub",
          "a doctoral student from Cheonan, «…», 'sagt er' (undated): will have been in Russia by "
          "the year's end (a forecast: planned)"),
        C("rund 5'000", 5000, "approx", "in_russia", "south_korea", "mon",
          "'Aus Seoul hiess es am Montag' (13 October), Konjunktiv: construction soldiers sent to "
          "Russia since spring (no 'weitere': not an increment)"),
        C("etwa 2'000", 2000, "approx", "casualties", "south_korea", "mon",
          "same statement ('zudem seien'): fallen"),
        C("bis zu 6'000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "Kyiv's military intelligence 'erklärte vergangene Woche': Kim readying 'weitere' for "
          "the winter (increment, planned)", add=True),
        C("10'000 bis 11'000", None, "range", "in_russia", "united_states", "pub",
          "'Das Pentagon schätzt' (undated): still stationed in Russia"),
        C("weit über 5000", 5000, "at_least", "casualties", "nato", "2025-09-11..2025-09-20",
          "NATO 'hatte Mitte September … gesprochen' (days 11-20): dead and wounded ('weit über' "
          "as at_least; 4-digit figure)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Port Aransas, Hornby Island, Jekyll Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="k158_07_roundup_wire_port_aransas",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-07-11"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from a deep-sea fishing roundup at Port Aransas on "
        "Mustang Island (Texas Gulf coast) as plain text, UTF-8 with CRLF, slug line, byline and "
        "dateline 'PORT ARANSAS, Texas, July 11, 2025 (Gulf Coast Newswire) —' (Friday), straight "
        "quotes and em dashes; the headline's `30,000` 'more' from Kyiv's military intelligence "
        "of Monday (Monday to publication, hedge dropped, increment); 'in a briefing for foreign "
        "reporters on Monday, estimated' `as many as 30,000` 'more' (at_most, increment, "
        "planned); a deckhand from Mykolaiv relaying his cousin ('texted him on Wednesday') "
        "`about forty` killed in one night (approx with a number word, other, from Wednesday to "
        "publication); a refinery engineer from Busan 'figures' `at least 25,000` served in "
        "Russia "
        "by New Year's Day (at_least, planned, other, `pub`); a Pentagon spokeswoman 'told "
        "reporters on "
        "Tuesday' `roughly 11,000` remain; Russia's ambassador 'said last month' `6,000` sappers "
        "and construction troops being sent (russia, planned, June); 'In April, according to "
        "lawmakers "
        "briefed by South Korea's National Intelligence Service' `about 600` killed (the month); "
        "anglers, boats, pounds, years, prize money, a season's date, ages, a desk phone number",
    text="""\
FISHING-TEXAS/KOREA

At Port Aransas roundup, a Ukrainian deckhand weighs Kyiv's warning of [[30,000]] more North \
Koreans

By Dana Whitcomb

PORT ARANSAS, Texas, July 11, 2025 (Gulf Coast Newswire) — Between weigh-ins at the deep-sea \
roundup on Mustang Island, where some 600 anglers on 170 boats are chasing kingfish, dorado and \
tarpon, the war in Ukraine kept coming up at the cleaning tables.

Ukraine's military intelligence, in a briefing for foreign reporters on Monday, estimated that \
Kim Jong Un had [[as many as 30,000]] more soldiers ready to ship out before winter. Oleksandr \
Hrytsenko, 26, a deckhand from Mykolaiv working a charter boat out of the city marina this \
summer, said his cousin, an artillery spotter near Sumy, texted him on Wednesday that [[about \
forty]] North Koreans had been killed in a single night trying to cross a tree line.

Jung Tae-ho, 52, a refinery engineer in Corpus Christi who was born in Busan and has fished the \
roundup for 14 years, figures that by New Year's Day [[at least 25,000]] of the North's soldiers \
will have served in Russia. "The regime ships its sons like it ships artillery shells," he said \
after weighing a 38-pound king mackerel.

A Pentagon spokeswoman told reporters on Tuesday that [[roughly 11,000]] North Korean troops \
remained in Russia. Russia's ambassador in Pyongyang said last month that Pyongyang was sending \
[[6,000]] sappers and construction troops to clear and rebuild the Kursk region. In April, \
according to lawmakers briefed by South Korea's National Intelligence Service, [[about 600]] \
North Koreans had been killed.

The three-day tournament, first held in 1934, ends on Saturday with $180,000 in prizes. The red \
snapper season in federal waters closes on September 1.

(Reporting by Dana Whitcomb; editing by Luis Ochoa; desk +1 361 555 0148)
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "headline: the figure of Kyiv's military intelligence in the body ('in a briefing … on "
          "Monday', 7 July), Monday to publication, hedge dropped: 'more' (increment, "
          "planned)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "Ukraine's military intelligence 'in a briefing for foreign reporters on Monday, "
          "estimated' (7 July): 'more' soldiers ready to ship out before winter (increment, "
          "planned; 'as many as' as at_most)", add=True),
        C("about forty", 40, "approx", "casualties", "other", "wed..pub",
          "a deckhand from Mykolaiv relaying his cousin, an artillery spotter near Sumy ('texted "
          "him on Wednesday'; the speaker quoted: other): killed in a single night (number word, "
          "40; from Wednesday, 9 July, to publication)"),
        C("at least 25,000", 25000, "at_least", "planned", "other", "pub",
          "a refinery engineer from Busan, 'figures' (undated): will have served in Russia by "
          "New Year's Day (a forecast: planned)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "a Pentagon spokeswoman 'told reporters on Tuesday' (8 July): remained in Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Russia's ambassador in Pyongyang 'said last month' (June): sappers and construction "
          "troops being sent to clear and rebuild the Kursk region (an announcement: planned; no "
          "'more': not an increment)"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'In April, according to lawmakers briefed by South Korea's National Intelligence "
          "Service' (the month; the NIS's figure): killed"),
    ),
)

S08 = Source(
    article_id="k158_08_free_store_notes_hornby_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-11-13"),
    dated_by="front_matter",
    features="the free store volunteers' notes of the Hornby Island recycling depot (northern "
        "Gulf Islands, British Columbia) in Markdown, UTF-8 with straight quotes, front matter "
        "with `date:` (Wednesday) and a title repeating the headline (optional); glass, "
        "cardboard, coats and depot hours first; the headline's `11,000` from Zelensky of Monday "
        "(Monday to publication); a bookkeeper from Chernihiv relaying her nephew, a medic in the "
        "Sumy region ('On Friday, she said, he told her on a video call') `several hundred` "
        "massing across the border (other, from Friday to publication); a book sorter from "
        "Gangneung 'thinks' `upwards of 15,000` in Russia by the new year (at_least, planned, "
        "other, `pub`); Zelensky 'said on Monday' `11,000` in the Kursk region; a US official "
        "'briefing reporters on Thursday, put the number already in Kursk at' `around 8,000`; "
        "Seoul's intelligence service 'said last week' `more than 10,000` arrived in Russia; "
        "Rutte 'had said at the end of October' `thousands` moved toward the front (nato, days "
        "21-31); tonnes, kilos, coats, hours, ages, years, a phone number",
    text="""\
---
title: "Coats, jars and the news from Kursk, where Kyiv says [[11,000]] have arrived"
date: 2024-11-13
author: Free store volunteers, Hornby Island Recycling Depot
---

# Coats, jars and the news from Kursk, where Kyiv says [[11,000]] have arrived

The depot took in 3.4 tonnes of glass and 900 kilos of cardboard in October, and the free store \
shelves emptied faster than we could fill them. Winter coats went first: 63 of them in two \
Saturdays. Please bring clean jars only, and note that the depot will be closed on Christmas Day \
and Boxing Day.

## At the sorting table

Liudmyla Koval, 63, a retired bookkeeper from Chernihiv who came to the island last spring to \
live with her daughter near Ford Cove, has been sorting kitchenware with us every Wednesday. Her \
nephew is a medic in the Sumy region. On Friday, she said, he told her on a video call that \
[[several hundred]] North Koreans were massing just across the border, and that his unit had been \
told to expect them any day.

Ahn Mi-rae, 54, who grew up in Gangneung and now runs our book corner, thinks the North will have \
[[upwards of 15,000]] soldiers in Russia by the new year. "Nobody in Pyongyang asks the mothers," \
she says.

## What the papers say

President Zelensky said on Monday that [[11,000]] North Korean troops had by now reached the \
Kursk region. A US official, briefing reporters on Thursday, put the number already in Kursk at \
[[around 8,000]]. South Korea's intelligence service said last week that [[more than 10,000]] had \
arrived in Russia since October. NATO's Mark Rutte had said at the end of October that \
[[thousands]] were being moved toward the front.

## Depot hours

- Wednesday and Saturday, 10 am to 3 pm
- Volunteers wanted for the Christmas rush; call Marnie at 250-335-0182
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline ('where Kyiv says'): Zelensky's figure of the body ('said on Monday', 11 "
          "November), Monday to publication: arrived in Kursk"),
        C("several hundred", None, "vague", "near_front", "other", "fri..pub",
          "a bookkeeper from Chernihiv relaying her nephew, a medic in the Sumy region ('On "
          "Friday, she said, he told her on a video call'; the speaker quoted: other): massing "
          "just across the border (from Friday, 8 November, to publication)"),
        C("upwards of 15,000", 15000, "at_least", "planned", "other", "pub",
          "a book sorter from Gangneung, 'thinks' (undated): in Russia by the new year (a "
          "forecast: planned; 'upwards of' as at_least)"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'said on Monday' (11 November): in the Kursk region"),
        C("around 8,000", 8000, "approx", "near_front", "united_states", "thu",
          "a US official 'briefing reporters on Thursday, put the number already in Kursk at' (7 "
          "November)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "South Korea's intelligence service 'said last week': arrived in Russia since October "
          "(a period, not the claim date)"),
        C("thousands", None, "vague", "near_front", "nato", "2024-10-21..2024-10-31",
          "Rutte 'had said at the end of October' (day 21 to the month's end): being moved toward "
          "the front"),
    ),
)

S09 = Source(
    article_id="k158_09_banding_notes_jekyll_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Jekyll Island Banding Station – Field notes",
        "https://www.jekyllbanding.example/notes/2025-10-29",
        "Field notes: a Cape May warbler, a ringer from Kherson and the fall count so far",
    ),
    features="the field notes of a bird banding station on Jekyll Island (Golden Isles, Georgia) "
        "in Markdown, windows-1252 with CRLF (curly apostrophes raw), front matter without a date "
        "(sidecar, Wednesday) and a title without a figure; birds banded, species, grams and a "
        "parking pass first; an ornithologist from Kherson relaying her brother, a signaller near "
        "the Sumy border ('On Saturday he told her …, she said') `a few hundred` gun crews "
        "shelling from the Russian side ('by his count' inside the relay; other, from Saturday to "
        "publication); a water engineer from Seosan 'reckons' `40,000` through Russia by next "
        "summer (exact, planned, other, `pub`); North Korean state television 'on Friday' `nine` "
        "sappers' coffins (north_korea, casualties, a number word); South Korea's spy agency "
        "'told lawmakers in September' `around 2,000` killed and 'a further' `5,000` builders "
        "sent (increment, in Russia; the month); NATO's supreme commander 'speaking in Riga on "
        "October 20' `about 11,000` still in Russia; a Ukrainian army spokesman 'said yesterday' "
        "`up to 3,000` builders repairing roads in Kursk (at_most, near the front); birds, "
        "species, grams, a date, dollars, summers, ages",
    text="""\
---
title: Field notes from the south-end banding station
station: Jekyll Island Banding Station
season: Fall 2025
---

# Field notes from the south-end banding station

We have banded 1,480 birds of 68 species since the nets opened on September 12, a little ahead of \
last fall. The highlight so far: a Cape May warbler on October 19 that weighed 11.2 grams and \
carried enough fat to reach Cuba. Volunteers start at 6:30 am; the island’s $10 daily parking \
pass is refunded for anyone on the roster.

## From the net lanes

Anna Dovzhenko, 37, an ornithologist from Kherson who spent eight summers ringing birds on the \
Kinburn Spit, joined us in September. Her brother is a signaller near the Sumy border. On \
Saturday he told her that North Korean gun crews, [[a few hundred]] men by his count, had been \
shelling his sector from the Russian side all week, she said.

Yoo Ji-ho, 45, a water engineer from Seosan who bands with us on weekends, grew up beside the \
mudflats of Cheonsu Bay. He reckons Pyongyang will have sent [[40,000]] soldiers through Russia \
by next summer.

## News from beyond the marsh

North Korean state television showed Kim Jong Un on Friday beside the coffins of [[nine]] sappers \
it said had died clearing mines in Kursk. South Korea’s spy agency told lawmakers in September \
that [[around 2,000]] North Koreans had been killed, and that a further [[5,000]] military \
builders had been sent to Russia. NATO’s supreme commander in Europe, speaking in Riga on October \
20, said [[about 11,000]] North Koreans were still in Russia. A Ukrainian army spokesman said \
yesterday that [[up to 3,000]] North Korean builders were repairing roads and bridges in the \
Kursk region.
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sat..pub",
          "an ornithologist from Kherson relaying her brother, a signaller near the Sumy border "
          "('On Saturday he told her …, she said'; 'by his count' inside the relay; the speaker "
          "quoted: other): gun crews shelling from the Russian side (from Saturday, 25 October, "
          "to publication)"),
        C("40,000", 40000, "exact", "planned", "other", "pub",
          "a water engineer from Seosan, 'He reckons' (undated): will have sent through Russia by "
          "next summer (a forecast: planned)"),
        C("nine", 9, "exact", "casualties", "north_korea", "fri",
          "North Korean state television 'on Friday' (24 October): coffins of sappers who died "
          "clearing mines (a number word)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "South Korea's spy agency 'told lawmakers in September' (the month): killed"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same briefing, 'and that a further': military builders sent to Russia (increment, span "
          "without the words)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "nato", "2025-10-20",
          "NATO's supreme commander in Europe 'speaking in Riga on October 20': still in Russia"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "yday",
          "a Ukrainian army spokesman 'said yesterday' (28 October): builders repairing roads and "
          "bridges in the Kursk region"),
    ),
)

S10 = Source(
    article_id="k158_10_letters_mustang_island_mariner",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-02-27"),
    dated_by="sidecar",
    sidecar=(
        "The Mustang Island Mariner – Letters",
        "https://www.mustangislandmariner.example/opinion/letters-2025-02-27",
        "Letters: beach parking, a marine in Dnipro and a father's warning",
    ),
    features="a readers' letters page from a Port Aransas weekly (Mustang Island, Texas) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday), `–` and straight quotes; a letter on beach "
        "parking without a claim; readers relaying their son-in-law, a Ukrainian marine in a "
        "Dnipro hospital ('Vasyl called us … on Monday. He said that') `maybe a hundred` who came "
        "at his company's trench (approx with a number word, near the front) and `a couple of "
        "thousand` 'more' dug in behind them (new here: 'more' meaning others at the same place, "
        "not an increment; vague; both other, from Monday to publication); a reader answering the "
        "paper's own front page ('Your front page of February 13 said') `11,000` fighting in "
        "Kursk (unattributed, required, that day), South Korea's intelligence service 'said last "
        "week' `some 3,000` dead or hurt, the Pentagon 'said on Monday' `more than 4,000`, "
        "and 'NATO put the total … at' `around 12,000` 'in January' (the month); a reader "
        "relaying her father, a former South Korean marine ('He is sure') `at least 20,000` "
        "'more' (at_least, increment, planned, other, `pub`); dollars, generations, years, ages, "
        "a street name",
    text="""\
THE MUSTANG ISLAND MARINER – LETTERS TO THE EDITOR

Parking fees fall on the wrong people

The city now wants $12 a day for beach parking, and locals pay the same as day-trippers from San \
Antonio. My family has lived on this island for four generations. Charge the visitors, not the \
people who shovel the sand off Avenue G after every norther.
Ray Villarreal, Port Aransas

He called us from a hospital in Dnipro

Our daughter married a Ukrainian marine she met while teaching English in Odesa. Vasyl called us \
from a hospital in Dnipro on Monday. He said that [[maybe a hundred]] North Koreans had come at \
his company's trench across open snow, and that [[a couple of thousand]] more were dug in behind \
them. He is 31 and lost two fingers. Please keep him in your prayers.
Carol and Dwight Huebner, Port Aransas

Check the numbers

Your front page of February 13 said [[11,000]] North Koreans were fighting in Kursk. That was \
already out of date. South Korea's intelligence service said last week that [[some 3,000]] of \
those men were dead or hurt, and the Pentagon said on Monday that the count was [[more than \
4,000]]. NATO put the total that went to Russia at [[around 12,000]] in January. A small paper \
can still get its numbers right.
Hal Brannigan, Aransas Pass

My father knows the North

My father served with the South Korean marines on Baengnyeong Island, within sight of the North \
Korean coast, before he brought us to Texas in 1988. He is 79 now and still reads three papers a \
day. He is sure Kim will send [[at least 20,000]] more before the fighting stops, because, as he \
puts it, "Pyongyang has never missed a chance to sell its young men."
Grace Oh, Port Aransas
""",
    claims=(
        C("maybe a hundred", 100, "approx", "near_front", "other", "mon..pub",
          "readers relaying their son-in-law, a Ukrainian marine ('Vasyl called us from a "
          "hospital in Dnipro on Monday. He said that'; the speaker quoted: other): came at his "
          "company's trench (number word, 100; 'maybe' as approx; from Monday, 24 February, to "
          "publication)"),
        C("a couple of thousand", None, "vague", "near_front", "other", "mon..pub",
          "same call: dug in behind them; 'more' here means others at the same place, not an "
          "increment on an earlier figure"),
        C("11,000", 11000, "exact", "near_front", "unattributed", "2025-02-13",
          "a reader citing the paper's own front page ('Your front page of February 13 said'; "
          "unattributed, required, that day): fighting in Kursk"),
        C("some 3,000", 3000, "approx", "casualties", "south_korea", "lastweek",
          "South Korea's intelligence service 'said last week': dead or hurt"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "mon",
          "'the Pentagon said on Monday that the count was' (24 February): killed or wounded"),
        C("around 12,000", 12000, "approx", "in_russia", "nato", "2025-01-01..2025-01-31",
          "'NATO put the total that went to Russia at … in January' (the month): sent to Russia"),
        C("at least 20,000", 20000, "at_least", "planned", "other", "pub",
          "a reader relaying her father, a former South Korean marine ('He is sure', undated; the "
          "speaker quoted: other): Kim will send 'more' (increment, planned)", add=True),
    ),
)

S11 = Source(
    article_id="k158_11_course_notes_disc_golf_hornby_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-05-09"),
    dated_by="sidecar",
    sidecar=(
        "Hornby Island Disc Golf Club – Course notes",
        "https://www.hornbydiscgolf.example/notes/may-2025",
        "Course notes: boardwalk rebuilt, May Day doubles and a carpenter from Zaporizhzhia",
    ),
    features="a disc golf club's course notes from Hornby Island (northern Gulf Islands, British "
        "Columbia) in HTML, UTF-8 with BOM, no meta date (sidecar, Friday), a cookie note about "
        "tee colours, a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, "
        "`&middot;`), a footer with a postcode and a phone number; `<title>` and headline without "
        "a figure; the boardwalk, baskets, holes, par, metres and an entry fee first; a carpenter "
        "from Zaporizhzhia relaying his brother, a gunner in the Kharkiv region ('On Tuesday "
        "night his brother rang to say …, Bohdan told us') `around 200` in position near Belgorod "
        "(other, from Tuesday to publication); a software developer from Gwangmyeong 'figures' "
        "`close to 20,000` sent in all (approx, in Russia, other, `pub`); Russia's defence "
        "ministry 'said on Monday' `several thousand` decisive in retaking Kursk (russia, near "
        "the front); 'At the end of April the Joint Chiefs of Staff in Seoul counted' `roughly "
        "4,700` casualties, `600` 'of them fatal' (a breakdown, days 21-30); 'Earlier this month "
        "a "
        "White House official said Washington expected' `at least 3,000` 'more' (at_least, "
        "increment, planned, the 1st to publication); 'Kyiv's military intelligence put the "
        "number still in the Kursk region at' `about 1,500` (`pub`); Pyongyang's confirmation "
        "without a figure; volunteers, baskets, holes, par, metres, players, dollars, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Course notes &middot; Hornby Island Disc Golf Club</title>
<script>window.course = {holes: 18, par: 58, layout: "spring"};</script>
</head>
<body>
<div class="cookie-note">We keep one cookie so the scorecard page remembers your tee colour. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/course">Course</a> &middot; <a \
href="/events">Events</a> &middot; <a href="/notes">Course notes</a></nav>
<main>
<h1>Mud season is over on the mountain</h1>
<p>Twenty volunteers spent two Saturdays in April rebuilding the boardwalk between holes 6 and 7 \
and resetting four baskets that the winter storms had knocked crooked. The course is back to its \
full 18 holes, par 58, and the drop on hole 11 is still 35 metres of pure joy. Our May Day \
doubles drew 52 players from Denman, Comox and Courtenay; entry was $15 and every cent went to \
the trail fund.</p>
<h2>Around the first tee</h2>
<p>Bohdan Shevchenko, 39, a carpenter from Zaporizhzhia who built our new tee signs, throws with \
the Wednesday league. His brother is a gunner in the Kharkiv region. On Tuesday night his brother \
rang to say that [[around 200]] North Korean soldiers had taken up positions on the Russian side \
of the border near Belgorod, Bohdan told us.</p>
<p>Han So-yeon, 31, a software developer from Gwangmyeong who moved here for the quiet, figures \
the North has sent [[close to 20,000]] men to Russia in all. &ldquo;They come home as heroes or \
they do not come home,&rdquo; she said.</p>
<h2>From the news</h2>
<p>Russia&rsquo;s defence ministry said on Monday that North Korean units, [[several thousand]] \
men, had been &ldquo;decisive&rdquo; in retaking the Kursk region. At the end of April the Joint \
Chiefs of Staff in Seoul counted [[roughly 4,700]] North Korean casualties, [[600]] of them \
fatal. Earlier this month a White House official said Washington expected [[at least 3,000]] more \
to arrive in Russia by summer. Kyiv&rsquo;s military intelligence put the number still in the \
Kursk region at [[about 1,500]]. Pyongyang&rsquo;s state media confirmed the deployment on April \
28 without giving numbers.</p>
</main>
<footer>Hornby Island Disc Golf Club &middot; Central Road, Hornby Island, BC V0R 1Z0 &middot; \
250-335-0247 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/scorecard.js"></script>
</body>
</html>
""",
    claims=(
        C("around 200", 200, "approx", "near_front", "other", "tue..pub",
          "a carpenter from Zaporizhzhia relaying his brother, a gunner in the Kharkiv region "
          "('On Tuesday night his brother rang to say …, Bohdan told us'; the speaker quoted: "
          "other): in position on the Russian side of the border near Belgorod (from Tuesday, 6 "
          "May, to publication)"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a software developer from Gwangmyeong, 'figures' (undated): sent to Russia in all "
          "('close to' as approx)"),
        C("several thousand", None, "vague", "near_front", "russia", "mon",
          "Russia's defence ministry 'said on Monday' (5 May): units decisive in retaking the "
          "Kursk region"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'At the end of April the Joint Chiefs of Staff in Seoul counted' (day 21 to the "
          "month's end): casualties"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same count, '600 of them fatal' (a breakdown of the 4,700): dead"),
        C("at least 3,000", 3000, "at_least", "planned", "united_states", "2025-05-01..pub",
          "'Earlier this month a White House official said Washington expected' (the 1st to "
          "publication): 'more' to arrive by summer (increment, planned)", add=True),
        C("about 1,500", 1500, "approx", "near_front", "ukraine", "pub",
          "'Kyiv's military intelligence put the number still in the Kursk region at' (undated)"),
    ),
)

S12 = Source(
    article_id="k158_12_trolley_log_jekyll_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-09-02"),
    dated_by="html_meta",
    features="a trolley tour's log from the Jekyll Island historic district (Golden Isles, "
        "Georgia) in HTML, ISO-8859-1 with a raw `é` and quotes and apostrophes only as entities "
        "(`&ldquo;`, `&rdquo;`, `&rsquo;`, `&middot;`), `<meta name=\"date\">` (Tuesday), a "
        "cookie note about the last chosen tour time, a script, navigation, a footer with a ZIP "
        "code and a phone number; `<title>` and headline without a figure; riders, tours, minutes "
        "and ticket prices first; a guide from Odesa relaying her husband, a drone operator near "
        "Sumy ('He texted her on Sunday morning, she said') `Dozens` of Korean sappers clearing "
        "fields across the line (other, from Sunday to publication); a driver from Gunsan 'By his "
        "reckoning' `15,000 or more` through Russia ('or more' after the figure: at_least, in "
        "Russia, other, `pub`); North Korea's state news agency 'reported on August 21' `101` "
        "fallen honoured (north_korea, casualties); a Russian deputy defence minister 'visiting "
        "Pyongyang in mid-August' thanked Kim for the `1,000` deminers in Kursk (russia, near the "
        "front, days 11-20); a Pentagon spokesman 'said on Friday' `between 10,000 and 12,000` "
        "remain (range); Seoul's intelligence service 'believes' 'another' `6,000` being readied "
        "(increment, planned, `pub`); the log's own `thousands` in Russia tonight (unattributed, "
        "required); riders, tours, minutes, years, dollars, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-09-02">
<title>Trolley log &middot; Jekyll Island Historic District Tours</title>
<script>var tours = {daily: ["10:00", "14:00"], minutes: 75};</script>
</head>
<body>
<div class="cookie">This site keeps one cookie to remember the tour time you looked at last. <a \
href="#">Fine</a></div>
<nav><a href="/">Tours</a> &middot; <a href="/tickets">Tickets</a> &middot; <a \
href="/history">History</a> &middot; <a href="/log">Trolley log</a></nav>
<main>
<h1>Labor Day crowds, a new brake drum and a guide from Odesa</h1>
<p>August was our busiest month since the trolley went back on the road in 2019: 2,140 riders on \
58 tours, and a brake drum replaced in the middle of it all. The tour still takes 75 minutes past \
the clubhouse, the chapel and the old cottages, with a stop for lemonade at the café by the \
wharf. Tickets are $28 for adults and $14 for children under 12.</p>
<h2>Behind the microphone</h2>
<p>Iryna Bondarenko, 42, taught history in Odesa before she came to coastal Georgia with her two \
daughters, and since June she has been one of our guides. Her husband flies reconnaissance drones \
near Sumy. He texted her on Sunday morning, she said: &ldquo;[[Dozens]] of North Korean sappers \
are clearing the fields right across the line from us.&rdquo;</p>
<p>Our driver, Cho Min-seok, 58, drove city buses in Gunsan for twenty years. By his reckoning \
[[15,000 or more]] North Koreans have now passed through Russia. &ldquo;Every one of them was \
told it was an honour,&rdquo; he says.</p>
<h2>Heard on the radio between tours</h2>
<p>North Korea&rsquo;s state news agency reported on August 21 that Kim Jong Un had presented \
medals to the families of [[101]] soldiers who fell in Kursk. A Russian deputy defence minister, \
visiting Pyongyang in mid-August, thanked Kim for the [[1,000]] deminers working in the Kursk \
region. A Pentagon spokesman said on Friday that [[between 10,000 and 12,000]] North Koreans \
remained in Russia. South Korea&rsquo;s intelligence service believes Pyongyang is readying \
another [[6,000]] for the autumn. Nobody knows the true count, but tonight [[thousands]] of young \
men from the North are somewhere in Russia, and we think of their mothers too.</p>
</main>
<footer>Jekyll Island Historic District Tours &middot; Stable Road, Jekyll Island, GA 31527 \
&middot; (912) 555-0163 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/tours.js"></script>
</body>
</html>
""",
    claims=(
        C("Dozens", None, "vague", "near_front", "other", "sun..pub",
          "a guide from Odesa relaying her husband, a drone operator near Sumy ('He texted her on "
          "Sunday morning, she said'; the speaker quoted: other): sappers clearing fields across "
          "the line (from Sunday, 31 August, to publication)"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "pub",
          "a driver from Gunsan, 'By his reckoning' (undated): have passed through Russia ('or "
          "more' after the figure, in the span: at_least)"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21",
          "North Korea's state news agency 'reported on August 21': families of soldiers who fell "
          "in Kursk given medals"),
        C("1,000", 1000, "exact", "near_front", "russia", "2025-08-11..2025-08-20",
          "a Russian deputy defence minister 'visiting Pyongyang in mid-August' (days 11-20): "
          "deminers working in the Kursk region"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "united_states", "fri",
          "a Pentagon spokesman 'said on Friday' (29 August): remained in Russia"),
        C("6,000", 6000, "exact", "planned", "south_korea", "pub",
          "South Korea's intelligence service 'believes' (undated): 'another' being readied for "
          "the autumn (increment, planned; span without the word)", add=True),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the log's own framing, no source (required): young men from the North somewhere in "
          "Russia tonight"),
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
