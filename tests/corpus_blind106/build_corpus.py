"""Build the HUNDRED-AND-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-eighth corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Rottweil
carnival guild's bulletin whose Ukrainian Malanka friends from the Bukovina cancel their visit, a
pumpkin-seed oil mill's news page from Paldau in the Styrian Vulkanland (Austrian conventions)
with a cook from Gwangju, the Muotathal weather prophets' bulletin (Swiss conventions) after the
spring assembly, a Kaiserstuhl brass band's site in Sasbach with its new conductor from Odesa, a
porcelain-painting school's letter from Selb (Fichtelgebirge) with a teacher who fled North Korea,
a Mennonite colony weekly from Filadelfia in the Paraguayan Chaco with a history teacher whose
forebears came from Chortitza; a Lunenburg (Nova Scotia) dory rowers' newsletter with a chemistry
teacher whose grandfather left Hungnam in 1950, an Anguilla boat-racing association's news page
with a sloop skipper who served near the DMZ, a Kangaroo Island sheepdog trial club's newsletter
with a Korean working-holiday maker, a rodeo news site from Lethem in Guyana's Rupununi with a vet
from Cheongju, a Stewart Island (Rakiura) water taxi's skipper's notes with a deckhand from
Tongyeong and a Labrador snowmobile club's newsletter from Happy Valley-Goose Bay with a retired
intelligence analyst. Same file format, marker syntax and labelling conventions as the other
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
BASE_NAME = "_blind106_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland, Paraguay)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p106_01_narrenbote_rottweil_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-13"),
    dated_by="front_matter",
    features="a Rottweil carnival guild's bulletin in Markdown, UTF-8, front matter with `date:` "
        "(Wednesday), a guild key and a title without a figure, `„“`; the Pentagon 'hieß es "
        "Anfang der Woche' after both figures (Monday to publication): the total `rund 11.000` "
        "sent and the part `mehr als 10.000` arrived in Kursk (a breakdown); Zelensky 'am "
        "Sonntag' `11.000` at the border; HUR 'legte am Dienstag nach' `einige Dutzend` dead "
        "(Konjunktiv); the NIS 'vergangene Woche', Konjunktiv over three sentences, with `rund "
        "500` officers and `drei` generals among them (breakdowns, number word) and 'Nach "
        "Einschätzung des Dienstes' `mehrere tausend` 'noch … folgen' (increment, planned); "
        "Peskov 'am Montag' without a figure; a Ukrainian dance-group leader's letter written "
        "'am Wochenende' relaying village talk of `hunderttausend` promised (other, planned, "
        "Saturday-Sunday); Hästräger, costumes, masks in euros, donations, distances, ages, "
        "dates, a phone number",
    text="""\
---
title: "Narrenbote: Warum die Malanka-Gruppe aus Wyschnyzja nicht kommt"
date: 2024-11-13
gilde: Narrengilde Neckartor Rottweil e.V.
heft: "Narrenbote 1, Fasnet 2024/25"
---

# Narrenbote

*Am 11.11. hat die Gilde im Zunfthaus die Fasnet ausgerufen, 212 Hästräger und viele Gäste haben \
mitgefeiert. Eine Nachricht hat die gute Laune getrübt: Unsere Freunde von der Malanka-Gruppe aus \
Wyschnyzja können im Februar nicht nach Rottweil kommen.*

## Absage aus der Bukowina

Seit drei Jahren pflegt die Gilde eine Freundschaft mit der Malanka-Gruppe aus Wyschnyzja, einem \
Städtchen am Tscheremosch im Gebiet Tscherniwzi. Ihr Leiter Wassyl Kurylo hat uns am Wochenende \
einen langen Brief geschrieben. Vier seiner Tänzer und Musiker sind eingezogen worden, die Reise \
zum Schmotzigen Donnerstag fällt deshalb aus. Viel Platz nehmen in dem Brief die Soldaten aus \
Nordkorea ein, über die in der Ukraine gerade jeder redet.

## Was man über die Nordkoreaner weiß

Von den [[rund 11.000]] Mann, die Kim bislang an Russland ausgeliehen habe, seien inzwischen \
[[mehr als 10.000]] im Gebiet Kursk angekommen, hieß es Anfang der Woche aus dem \
Verteidigungsministerium in Washington. Ein Teil davon sei schon in Gefechte mit ukrainischen \
Truppen geraten.

Kiew nennt etwas andere Zahlen. Präsident Wolodymyr Selenskyj sprach am Sonntag in seiner \
abendlichen Videobotschaft von [[11.000]] Nordkoreanern an der Grenze und von ersten Verlusten auf \
ihrer Seite. Sein Militärgeheimdienst HUR legte am Dienstag nach: Bei Gefechten im Kreis Korenewo \
seien [[einige Dutzend]] von ihnen ums Leben gekommen. Unabhängig prüfen lassen sich solche \
Angaben nicht.

In Seoul hatte der Nachrichtendienst NIS vergangene Woche die Abgeordneten unterrichtet. Die \
Nordkoreaner seien auf Einheiten der Marineinfanterie und der Luftlandetruppen aufgeteilt worden. \
Unter ihnen befänden sich [[rund 500]] Offiziere und [[drei]] Generäle. Nach Einschätzung des \
Dienstes dürften bis zum Jahresende noch [[mehrere tausend]] folgen.

Moskau hält sich bedeckt. Kremlsprecher Dmitri Peskow wollte die Zahlen am Montag nicht \
kommentieren und verwies lediglich auf den Beistandspakt mit Pjöngjang, dessen Ratifizierung \
Wladimir Putin am Samstag unterzeichnet hatte.

## „Bei uns rechnet man mit dem Schlimmsten“

Kurylo schreibt, in den Dörfern der Bukowina erzähle man sich, Kim habe Putin [[hunderttausend]] \
Mann zugesagt. „Ob das stimmt, weiß keiner. Aber die Leute rechnen bei uns immer mit dem \
Schlimmsten“, heißt es in seinem Brief. Der jüngste seiner Musiker, ein 23-jähriger Zimbalspieler, \
stehe inzwischen mit seiner Brigade im Gebiet Sumy, keine 30 Kilometer vor der Grenze.

## Aus der Gilde

- Der Narrensprung beginnt am Rosenmontag, 3. März 2025, um 8 Uhr am Schwarzen Tor; wir rechnen \
wieder mit rund 4.000 Hästrägern aus allen Rottweiler Zünften und Gilden.
- Die Kleiderkammer hat 37 Federahannes-Häser zum Ausleihen, eine neue Larve vom Schnitzer kostet \
ab 650 Euro.
- Für die Malanka-Gruppe sammeln wir weiter: Bis jetzt sind 1.840 Euro zusammengekommen.
- Hauptversammlung am 10. Januar 2025, 19.30 Uhr, im Zunfthaus. Gildenstube: 0741 174 2290
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "mon..pub",
          "the Pentagon 'hieß es Anfang der Woche' after both figures (Monday to the Wednesday "
          "of publication), Konjunktiv: the total sent to Russia"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "mon..pub",
          "same statement: the part of the total arrived in the Kursk region (a breakdown, not "
          "an increment)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "sun",
          "Zelensky's video address 'am Sonntag' (Wednesday bulletin): at the border"),
        C("einige Dutzend", None, "vague", "casualties", "ukraine", "tue",
          "HUR 'legte am Dienstag nach', Konjunktiv: killed in fighting near Korenevo"),
        C("rund 500", 500, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS briefing 'vergangene Woche', Konjunktiv carried over three sentences: "
          "officers among the troops (a breakdown)"),
        C("drei", 3, "exact", "in_russia", "south_korea", "lastweek",
          "same briefing, same sentence: generals among them (breakdown, number word)"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "lastweek",
          "'Nach Einschätzung des Dienstes dürften … noch … folgen' (NIS carried): more to come "
          "by the year's end (increment, 'noch' outside the span)", add=True),
        C("hunderttausend", 100000, "exact", "planned", "other", "sat..sun",
          "a Ukrainian dance-group leader's letter written 'am Wochenende', relaying village "
          "talk ('erzähle man sich', the writer quoted: other), number word: promised to Putin"),
    ),
)

P02 = Source(
    article_id="p106_02_oelmuehle_vulkanland_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-02-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Ölmühle Pölzl – Neuigkeiten",
        "https://www.oelmuehle-poelzl.example/neuigkeiten/2025/02/besuch-aus-gwangju",
        "Besuch aus Gwangju zur Jännerpressung",
    ),
    features="a pumpkin-seed oil mill's news page from Paldau (Styrian Vulkanland) in HTML, "
        "windows-1252 with CRLF (`„“` and `–` raw), no meta date (sidecar, Thursday), Austrian "
        "conventions (`Jänner`, `Feber`, `heuer`, `Buben`), a cookie note about the shop basket, "
        "a shop script, navigation, a footer with a phone number; `<title>` and headline without "
        "a figure; the NIS 'Mitte Jänner' (days 11-20) with the contingent `etwa 11.000` and "
        "`rund 3.000` dead or wounded; Zelensky 'Am 11. Jänner' `zwei` prisoners (number word); "
        "HUR 'Dem … zufolge … am Samstag' `knapp 4.000` (approx); the White House 'Im Dezember' "
        "(month) `mehreren hundert`; Washington 'hieß es im Jänner' `mehrere tausend` to top up "
        "the force (increment, planned); a Korean cook relaying her cousin `deutlich mehr als "
        "12.000` (at_least, other, `pub`); kilos, bottles, hectares, a price in euros, the "
        "founding year, group size, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<title>Ölmühle Pölzl – Neuigkeiten – Besuch aus Gwangju zur Jännerpressung</title>
<script>var hofladen={warenkorb:0,land:"AT",versandfreiAb:60};</script>
</head>
<body>
<div class="cookie-hinweis">Unser Shop merkt sich mit einem Cookie, was in Ihrem Warenkorb liegt – \
sonst nix. <button>Passt</button> <button>Nur das Nötigste</button></div>
<nav>Kernöl &middot; Knabberkerne &middot; Hofladen &middot; Führungen &middot; Neuigkeiten \
&middot; Kontakt</nav>
<article>
<h1>Eine Köchin aus Gwangju, ein Fass Kernöl und der Krieg im Osten</h1>
<p class="vorspann">Seit fünf Jahren kocht Park Min-seo in ihrem Lokal in Gwangju mit unserem \
Kernöl. Im Jänner ist sie zum ersten Mal nach Paldau gekommen – und hat beim Abendessen erzählt, \
wie man in Korea über die Soldaten aus dem Norden redet.</p>
<p>Die Jännerpressung ist bei uns die ruhigste Zeit des Jahres. Die Kerne aus der Herbsternte sind \
getrocknet, die Stempelpresse läuft, und in der Röststube riecht es nach Nüssen. Frau Park hat \
zwei Tage lang zugeschaut, wie aus 2,5 Kilo Kernen ein Liter Öl wird. Heuer hat sie 1.400 Flaschen \
für ihr Restaurant und zwei Feinkostläden bestellt.</p>
<h2>„Bei uns schaut jeder auf die Zahlen“</h2>
<p>In Korea verfolge man jede Meldung aus Kursk ganz genau, erzählt Park. Mitte Jänner hatte der \
südkoreanische Nachrichtendienst NIS den Abgeordneten in Seoul berichtet, von den [[etwa 11.000]] \
Nordkoreanern in Russland seien bereits [[rund 3.000]] getötet oder verwundet worden. Am 11. \
Jänner hatte Präsident Wolodymyr Selenskyj [[zwei]] gefangene Nordkoreaner vorgeführt, beide \
verletzt. Dem ukrainischen Militärgeheimdienst zufolge lagen die Verluste am Samstag dann schon \
bei [[knapp 4.000]]. Im Dezember hatte das Weiße Haus noch von [[mehreren hundert]] Opfern \
gesprochen.</p>
<p>Ob Pjöngjang nachlegt, ist offen. Aus Washington hieß es im Jänner, Kim könne sein Kontingent \
um [[mehrere tausend]] Mann aufstocken. Seit Ende Jänner meldet die Ukraine kaum noch Gefechte mit \
Nordkoreanern; Beobachter vermuten, dass deren Einheiten nach den schweren Verlusten neu \
aufgestellt werden.</p>
<p>Park selbst traut keiner dieser Zahlen. „Mein Cousin ist Offizier in Seoul. Er sagt, es waren \
von Anfang an [[deutlich mehr als 12.000]], und die meisten sind Buben von zwanzig Jahren“, \
erzählt sie. Ihr Onkel habe in den Achtzigerjahren selbst an der Grenze gedient.</p>
<h2>Aus der Mühle</h2>
<p>Ab Mitte Feber gibt es das frische Öl auch im Hofladen, die Halbliterflasche kostet heuer 19 \
Euro. Unsere Kürbisfelder rund um Paldau umfassen 38 Hektar; gegründet hat die Mühle 1928 der \
Urgroßvater. Führungen für Gruppen ab 12 Personen nach Anmeldung.</p>
</article>
<footer>Ölmühle Pölzl &middot; Paldau, Steirisches Vulkanland &middot; Tel. +43 3150 2418</footer>
<script src="/js/shop.js?v=2.4"></script>
</body>
</html>
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Jänner' (days 11-20) reporting to lawmakers: the contingent in Russia"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same report, Konjunktiv: killed or wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner' presented captured soldiers (captured, number word)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sat",
          "'Dem ukrainischen Militärgeheimdienst zufolge … am Samstag' (Thursday page): losses"),
        C("mehreren "
            "hundert", None, "vague", "casualties", "united_states", "2024-12-01..2024-12-31",
          "the White House 'Im Dezember' (month): casualties ('Opfern')"),
        C("mehrere tausend", None, "vague", "planned", "united_states", "2025-01-01..2025-01-31",
          "'Aus Washington hieß es im Jänner' (month): Kim could top up his contingent 'um … "
          "aufstocken' (increment, no increment word in the span)", add=True),
        C("deutlich mehr als 12.000", 12000, "at_least", "in_russia", "other", "pub",
          "a Korean cook relaying her cousin ('Er sagt', the speaker quoted: other), undated; "
          "'deutlich mehr als' as at_least: sent from the start"),
    ),
)

P03 = Source(
    article_id="p106_03_wetterschmoecker_muotathal",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-05-02"),
    dated_by="dateline",
    features="the Muotathal weather prophets' bulletin as plain text, ISO-8859-1 (Swiss "
        "conventions: `ss`, «», `14'000`, `11'000`, `1'180`, 4-digit `4500`/`3000`), dated by "
        "the place line 'Muotathal, 2. Mai 2025' (Friday); the spring assembly's forecasts "
        "first; KCNA 'Am Montag' without a figure; the NIS 'Am Mittwoch' with `gegen 14'000` "
        "(approx), `gut 4500` (at_least) and 'darunter' `ungefähr 700` fallen (a breakdown), "
        "Konjunktiv; the JCS 'Anfang April' (days 1-10) `3000` 'zusätzliche' (increment); a NATO "
        "spokesman 'am Donnerstag' «mindestens 11'000» (the day before publication); 'Die "
        "Regierung in Kiew behauptet' `Zehntausende` 'weitere' (undated, increment); the "
        "youngest prophet, back from a semester in Seoul, rung up 'diese Woche' with `fünfzehn- "
        "bis zwanzigtausend` (range of number words, other, Monday to publication); members, "
        "prophets, years, francs, a calendar's price, a date, a phone number",
    text="""\
WETTERSCHMÖCKER MUOTATHAL
Mitteilungsblatt für Mitglieder, Gönnerinnen und Gönner - Frühling 2025

Muotathal, 2. Mai 2025

Frühlingsversammlung im «Hirschen»: Sommerprognosen und ein Blick nach Korea

Liebe Mitglieder

Gut 260 Mitglieder und Gäste sind am 26. April in den Saal des Gasthauses Hirschen gekommen, um \
die Sommerprognosen unserer sechs Propheten zu hören. Die Mehrheit sagt einen heissen Juli und \
einen verregneten August voraus; gedeutet wurden dafür unter anderem die Ameisenhaufen am Pragel, \
das Verhalten der Gemsen und die Tannzapfen im Bisistal. Wer mit seiner Prognose am nächsten dran \
lag, entscheidet wie immer die Jury an der Herbstversammlung.

Zum ersten Mal sprach dieses Jahr auch Ramona Suter, mit 24 Jahren unsere jüngste Prophetin. Sie \
studiert Umweltwissenschaften und hat im letzten Herbst ein Austauschsemester in Seoul verbracht. \
Statt über Ameisen erzählte sie von Luftschutzübungen im Hörsaal und von Studienkollegen, die nach \
dem Semester in die Kaserne mussten.

Seit der Versammlung haben sich die Meldungen aus Korea überschlagen. Am Montag gab Pjöngjang \
erstmals offiziell zu, Truppen in das russische Gebiet Kursk geschickt zu haben; die Staatsagentur \
KCNA verschwieg allerdings, wie viele. Am Mittwoch legte der südkoreanische Geheimdienst NIS den \
Abgeordneten in Seoul seine eigene Bilanz vor. Seit dem letzten Herbst seien [[gegen 14'000]] \
Nordkoreaner nach Russland verlegt worden, die Verluste beliefen sich auf [[gut 4500]] Tote und \
Verwundete, darunter [[ungefähr 700]] Gefallene.

Schon Anfang April hatte der Generalstab in Seoul gemeldet, der Norden habe im Winter [[3000]] \
zusätzliche Soldaten nachgeschickt. Ein Sprecher der Nato sprach am Donnerstag in Brüssel von \
«[[mindestens 11'000]]» Nordkoreanern, die an den Kämpfen um Kursk beteiligt gewesen seien. Die \
Regierung in Kiew behauptet sogar, Kim halte [[Zehntausende]] weitere Männer für den Einsatz \
bereit.

Wir haben Ramona Suter diese Woche noch einmal angerufen. Sie glaubt den offiziellen Zahlen nur \
halb. «Nach meiner Rechnung waren es eher [[fünfzehn- bis zwanzigtausend]], weil der Norden die \
Einheiten auswechselt», sagte sie. In Seoul habe sie gelernt, dass Pjöngjang Verluste nie zugebe, \
ausser es nütze ihm.

Aus dem Verein

- Die Herbstversammlung findet am Samstag, 25. Oktober, wieder im «Hirschen» statt.
- Der Jahresbeitrag bleibt bei 30 Franken, Gönner zahlen ab 50 Franken.
- Der Verein wurde 1947 gegründet und zählt heute 1'180 Mitglieder.
- Kalender 2026 mit Bildern aus dem Muotatal: 24 Franken, erhältlich im Dorfladen.
- Sekretariat: 041 830 27 14
""",
    claims=(
        C("gegen 14'000", 14000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'Am Mittwoch' to lawmakers (Friday bulletin), Konjunktiv in the next "
          "sentence: moved to Russia since autumn ('gegen' as approx)"),
        C("gut 4500", 4500, "at_least", "casualties", "south_korea", "wed",
          "same report: dead and wounded ('gut' as at_least, Swiss 4-digit figure)"),
        C("ungefähr 700", 700, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'darunter … Gefallene' (a breakdown of the casualties)"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "the JCS 'Anfang April' (days 1-10): 'zusätzliche' sent in winter (increment, span "
          "without the word)", add=True),
        C("mindestens 11'000", 11000, "at_least", "near_front", "nato", "thu",
          "a NATO spokesman 'am Donnerstag' in Brussels (the day before publication), «…»: took "
          "part in the fighting for Kursk"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "pub",
          "'Die Regierung in Kiew behauptet' (undated): 'weitere' held ready "
          "(increment)", add=True),
        C("fünfzehn- bis zwanzigtausend", None, "range", "in_russia", "other", "mon..pub",
          "the youngest weather prophet rung up 'diese Woche' (Monday to publication), «…», "
          "'eher' outside the span: a range of number words, sent"),
    ),
)

P04 = Source(
    article_id="p106_04_musikverein_sasbach_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-24"),
    dated_by="html_meta",
    features="a Kaiserstuhl brass band's site from Sasbach in HTML, UTF-8 "
        "(`article:published_time` +02:00, Wednesday), a one-cookie note, a site script, "
        "navigation, a footer with a phone number; `<title>` and headline a quote without a "
        "figure; North Korean state TV 'Ende August' (days 21-31) with the coffins of "
        "`Dutzenden` (north_korea, casualties); lawmakers briefed by the NIS 'Am 4. September' "
        "`rund 2.000` killed and `mehr als 13.000` served in Russia; a Russian deputy defence "
        "minister 'am Freitag' `rund 1.000` sappers clearing mines in Kursk (russia, near the "
        "front); 'Nach Einschätzung der Nato … hieß es Mitte September' (days 11-20) `knapp "
        "11.000`; HUR 'teilte am Montag mit' `bis zu 6.000` for a new rotation (planned); the "
        "band's own 'Rechnet man … hinzu' `über 15.000` (unattributed, required); the conductor "
        "from Odesa 'Ich gehe davon aus' `an die 25.000` (approx, other, `pub`); rehearsal days, "
        "musicians, ages, a concert date, euros, guests, candidates, the founding year, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>„Musik ist das, was ich verteidigen kann“ – Musikverein Sasbach am Kaiserstuhl</title>
<meta property="article:published_time" content="2025-09-24T19:05:00+02:00">
<meta property="og:site_name" content="Musikverein Sasbach am Kaiserstuhl">
<script>window.mvs={termine:"herbst-2025",galerie:false};</script>
</head>
<body>
<div id="cookie">Nur ein einziges Cookie: damit Sie diesen Hinweis nicht bei jedem Probenbericht \
wieder sehen. <button>Verstanden</button></div>
<nav><a href="/">Start</a> | <a href="/kapelle">Kapelle</a> | <a href="/jugend">Jugend</a> | <a \
href="/termine">Termine</a> | <a href="/aktuell">Aktuelles</a></nav>
<main>
<h1>„Musik ist das, was ich verteidigen kann“</h1>
<p class="intro">Seit April steht Oleksandr Bilous vor unserer Kapelle. Bis 2022 leitete er in \
Odessa ein Militärmusikkorps. Vor dem Herbstkonzert haben wir mit ihm über Blasmusik, Heimweh und \
die Nachrichten aus Korea gesprochen.</p>
<p>Bilous, 51, probt mittwochs und freitags mit 52 Musikerinnen und Musikern im Probelokal an der \
Rheinstraße. Für den 18. Oktober hat er ein Programm zusammengestellt, in dem badische Märsche \
neben einer Suite des ukrainischen Komponisten Myroslaw Skoryk stehen. „Die Leute hier spielen mit \
dem Herzen. Das hat mich gleich überzeugt“, sagt er.</p>
<p>Dass ein Dirigent aus der Ukraine die Meldungen über Nordkorea genau verfolgt, ist kein Wunder. \
Ende August zeigte das nordkoreanische Staatsfernsehen Kim Jong Un vor den Särgen von \
[[Dutzenden]] Soldaten, die in Kursk gefallen waren. Am 4. September berichteten Abgeordnete nach \
einer Unterrichtung durch den Geheimdienst NIS, [[rund 2.000]] Nordkoreaner seien bislang getötet \
worden; insgesamt hätten [[mehr als 13.000]] in Russland gedient.</p>
<p>Auch Moskau redet inzwischen offen über die Hilfe aus Pjöngjang. Ein stellvertretender \
russischer Verteidigungsminister erklärte am Freitag, [[rund 1.000]] nordkoreanische Pioniere \
räumten im Gebiet Kursk Minen. Nach Einschätzung der Nato stehen dort nach wie vor [[knapp \
11.000]] Soldaten aus dem Norden, hieß es Mitte September aus Brüssel. Der ukrainische \
Militärgeheimdienst HUR teilte am Montag mit, Pjöngjang halte [[bis zu 6.000]] Mann für eine neue \
Rotation bereit.</p>
<p>Rechnet man Pioniere und Bauarbeiter hinzu, waren damit seit dem vergangenen Herbst [[über \
15.000]] Nordkoreaner in Russland im Einsatz.</p>
<h2>„Die Zahlen sind zu klein“</h2>
<p>Bilous hält das alles für zu niedrig gegriffen. „Ich gehe davon aus, dass es [[an die 25.000]] \
waren“, sagt er. „Wer so viele schickt, der schickt auch noch mehr. Meine früheren Musiker spielen \
heute keine Trompete mehr, sie fliegen Drohnen.“</p>
<h2>Termine</h2>
<ul>
<li>Herbstkonzert: Samstag, 18. Oktober, 19.30 Uhr, Festhalle Sasbach; Eintritt 14 Euro, \
Jugendliche frei.</li>
<li>Weinfest-Nachlese: An drei Abenden haben wir rund 3.000 Gäste bewirtet. Danke an alle \
Helferinnen und Helfer!</li>
<li>Jungmusiker-Leistungsabzeichen: 9 Prüflinge, alle bestanden.</li>
</ul>
</main>
<footer>Musikverein Sasbach am Kaiserstuhl e.V. &middot; gegründet 1872 &middot; Vorsitz: 07642 \
918 336 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/assets/site.js"></script>
</body>
</html>
""",
    claims=(
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state TV 'Ende August' (days 21-31) showing Kim before the coffins of "
          "the fallen"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "lawmakers relaying the NIS 'Am 4. September': killed so far"),
        C("mehr als 13.000", 13000, "at_least", "in_russia", "south_korea", "2025-09-04",
          "same briefing, Konjunktiv: served in Russia in all"),
        C("rund 1.000", 1000, "approx", "near_front", "russia", "fri",
          "a Russian deputy defence minister 'erklärte am Freitag' (Wednesday page): sappers "
          "clearing mines in the Kursk region"),
        C("knapp 11.000", 11000, "approx", "near_front", "nato", "2025-09-11..2025-09-20",
          "'Nach Einschätzung der Nato …, hieß es Mitte September aus Brüssel' (days 11-20), the "
          "source after the figure: still there (in Kursk)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "mon",
          "HUR 'teilte am Montag mit': held ready for a new rotation"),
        C("über 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the band's own 'Rechnet man … hinzu' (no source: unattributed, required): deployed in "
          "Russia since last autumn"),
        C("an die 25.000", 25000, "approx", "in_russia", "other", "pub",
          "the conductor 'Ich gehe davon aus', „…“, 'sagt er' (undated): 'an die' as approx"),
    ),
)

P05 = Source(
    article_id="p106_05_malschule_selb_rundschreiben",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-08-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Malschule am Goldberg – Rundschreiben",
        "https://www.malschule-goldberg-selb.example/rundschreiben/2025-08-sommerkurs",
        "Sommerkurs mit Frau Ri: Kobaltblau und ein Land, das niemand besuchen darf",
    ),
    features="a porcelain-painting school's circular from Selb (Fichtelgebirge) as plain text, "
        "UTF-8 with BOM and CRLF (sidecar, Thursday), `„“` and `·`; North Korean television 'Am "
        "Dienstag' `Hunderte` officers home from Russia (returnees: optional); the NIS 'Ende "
        "Juli' (days 21-31) `etwa 11.000` in Russia; the JCS 'Vergangene Woche' with the `6.000` "
        "promised in June (planned) and `rund 1.000` of them arrived (a breakdown, in Russia); "
        "Russia's ambassador 'am 5. August' `5.000` builders to follow (planned, no increment "
        "word); 'Laut dem … Militärgeheimdienst' (undated) `mehrere hundert` manning guns near "
        "Belgorod (near the front); a teacher who fled North Korea, 'Ich schätze' `mindestens "
        "30.000` and „`Tausende` sind schon tot“ (other, `pub`); participants, years, a course "
        "price, a kiln's temperature, pieces, population, a date, a phone number",
    text="""\
MALSCHULE AM GOLDBERG · SELB
Rundschreiben an Kursteilnehmerinnen, Kursteilnehmer und Freunde der Porzellanmalerei · August 2025

Sommerkurs mit Frau Ri: Kobaltblau und ein Land, das niemand besuchen darf

Neun Teilnehmerinnen und ein Teilnehmer haben im Juli bei uns eine Woche lang Kobaltmalerei unter \
der Glasur gelernt. Geleitet hat den Kurs Ri Sun-hee, die 2011 über China aus Nordkorea geflohen \
ist und seit acht Jahren im Fichtelgebirge lebt. In Pjöngjang hat sie an der Kunsthochschule \
Keramik studiert; in Selb malt sie heute für eine Manufaktur, die Hotelgeschirr in halb Europa \
liefert.

Nach dem Kurs haben wir mit ihr gesprochen, auch über die Soldaten, die ihr Heimatland nach \
Russland schickt.

Was man weiß

Am Dienstag zeigte das nordkoreanische Fernsehen, wie Kim Jong Un [[Hunderte]] aus Russland \
heimgekehrte Offiziere empfing und ihnen Orden ansteckte. Der südkoreanische Geheimdienst NIS \
hatte Ende Juli erklärt, in Russland stünden weiterhin [[etwa 11.000]] Nordkoreaner. Vergangene \
Woche teilte der Generalstab in Seoul mit, von den [[6.000]] Pionieren und Bauarbeitern, die \
Pjöngjang im Juni zugesagt hatte, seien [[rund 1.000]] bereits eingetroffen.

Moskau plant offenbar schon weiter. Der russische Botschafter in Pjöngjang sagte am 5. August der \
Zeitung „Iswestija“, bis zum Jahresende würden [[5.000]] Militärbauarbeiter folgen. Laut dem \
ukrainischen Militärgeheimdienst bedienen [[mehrere hundert]] Nordkoreaner inzwischen Geschütze im \
Gebiet Belgorod, direkt an der Grenze.

„Sie lernen nur gehorchen“

Ri Sun-hee hält die offiziellen Zahlen für viel zu niedrig. „Ich schätze, es sind [[mindestens \
30.000]] gegangen, seit letztem Herbst“, sagt sie. „Und [[Tausende]] sind schon tot. Die Familien \
erfahren es nicht, oder erst nach Jahren.“ Ihr eigener Bruder war zehn Jahre lang Soldat; seit \
ihrer Flucht hat sie nichts mehr von ihm gehört.

Beim Malen, sagt sie, werde sie ruhig. Das Kobaltblau sei dasselbe wie in Pjöngjang, nur die \
Motive dürfe sie hier selbst aussuchen.

Aus der Malschule

- Der Herbstkurs „Zwiebelmuster für Fortgeschrittene“ beginnt am 6. Oktober: sechs Abende, 240 \
Euro inklusive Material.
- Unser Brennofen schafft 1.380 Grad; im Sommer gingen rund 1.200 bemalte Teile hindurch.
- Selb hat knapp 15.000 Einwohner und war einmal die Porzellanstadt schlechthin.
- Anmeldung: Malschule am Goldberg, 09287 660 143
""",
    claims=(
        C("Hunderte", None, "vague", "in_russia", "north_korea", "tue",
          "North Korean television 'Am Dienstag': officers home from Russia decorated by Kim "
          "(returnees: optional, as in earlier sets)", opt=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-07-21..2025-07-31",
          "the NIS 'Ende Juli' (days 21-31), Konjunktiv: still in Russia"),
        C("6.000", 6000, "exact", "planned", "south_korea", "lastweek",
          "the JCS 'Vergangene Woche': the builders and sappers Pyongyang promised in June "
          "(planned)"),
        C("rund 1.000", 1000, "approx", "in_russia", "south_korea", "lastweek",
          "same statement: of them, already arrived (a breakdown, in Russia)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-08-05",
          "Russia's ambassador in Pyongyang 'am 5. August' to a newspaper: builders to follow by "
          "the year's end (planned; 'folgen' without an increment word)"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated, present tense): manning guns in "
          "the Belgorod border region"),
        C("mindestens 30.000", 30000, "at_least", "in_russia", "other", "pub",
          "a porcelain painter who fled North Korea, 'Ich schätze', „…“ (undated): gone since "
          "last autumn"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "same quote: already dead"),
    ),
)

P06 = Source(
    article_id="p106_06_chaco_bote_filadelfia_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-10-30"),
    dated_by="front_matter",
    features="a Mennonite colony weekly from Filadelfia (Paraguayan Chaco) in Markdown, UTF-16 "
        "LE with BOM, front matter with `date:` (Thursday), a colony key and a title without a "
        "figure; the NIS 'Am Dienstag' with `rund 10.000` in the border region, `etwa 5.000` "
        "builders sent since summer and 'hält es … für wahrscheinlich' 'nochmals' `2.000 bis "
        "3.000` (range, increment, planned); HUR 'Mitte Oktober' (days 11-20) `mehr als 2.300` "
        "fallen and 'darunter' `etwa 70` officers (a breakdown); the State Department "
        "'vergangene Woche' `über 15.000`; state media on the 10 October parade `Hunderte` Kursk "
        "veterans (returnees: optional); a history teacher whose forebears lived in Chortitza "
        "'schätzt' `30.000` next year (planned, other, `pub`); years, population, members, "
        "millimetres of rain, cattle, kilometres, a date, a phone number",
    text="""\
---
title: "Chortitza, Kursk und der Chaco: Ein Lehrer über Kims Soldaten"
date: 2025-10-30
blatt: Chaco-Bote
kolonie: Fernheim
---

# Chortitza, Kursk und der Chaco

*Heinrich Klassen unterrichtet seit 24 Jahren Geschichte am Colegio in Filadelfia. Seine Vorfahren \
lebten bis 1929 in Chortitza am Dnjepr, nicht weit von der heutigen Front. Der Chaco-Bote hat ihn \
gefragt, was er von den Nachrichten über nordkoreanische Soldaten hält.*

Die Meldungen kommen fast jede Woche. Am Dienstag berichtete der südkoreanische Geheimdienst NIS \
vor Abgeordneten in Seoul, [[rund 10.000]] nordkoreanische Soldaten stünden weiterhin im \
russischen Grenzgebiet zur Ukraine. Seit dem Sommer habe Pjöngjang außerdem [[etwa 5.000]] \
Militärbauarbeiter nach Russland geschickt. Der Dienst hält es zudem für wahrscheinlich, dass der \
Norden bis zum Frühjahr nochmals [[2.000 bis 3.000]] Mann entsendet.

Aus Kiew kommen andere Zahlen. Mitte Oktober teilte der ukrainische Militärgeheimdienst mit, \
[[mehr als 2.300]] Nordkoreaner seien bisher gefallen, darunter [[etwa 70]] Offiziere. Das \
US-Außenministerium erklärte vergangene Woche, insgesamt hätten [[über 15.000]] Soldaten aus dem \
Norden in Russland gedient. Bei der großen Parade am 10. Oktober in Pjöngjang marschierten nach \
Berichten der Staatsmedien [[Hunderte]] Kursk-Veteranen an der Tribüne vorbei.

## „Unsere Vorfahren kannten diese Steppe“

„Als ich auf der Karte gesehen habe, wie nahe der Krieg jetzt an Chortitza herangerückt ist, habe \
ich an meinen Urgroßvater gedacht“, sagt Klassen. Seine Familie verließ die Sowjetunion 1929 über \
Moskau und kam 1930 mit den ersten Siedlern in den Chaco. Wie alle jungen Männer der Kolonie hat \
er statt des Wehrdienstes einen Ersatzdienst geleistet, damals im Krankenhaus in Loma Plata.

Für die jungen Nordkoreaner gebe es keine solche Wahl, sagt er. Klassen schätzt: „Wenn Russland \
weiter bezahlt, stehen nächstes Jahr [[30.000]] Nordkoreaner dort. Kim hat Soldaten, und Putin hat \
Weizen und Öl.“ Im Unterricht lese er mit der Oberstufe gerade Briefe aus Chortitza von 1919, als \
dort schon einmal fremde Armeen durchzogen.

## Aus den Kolonien

- Die Kolonie Fernheim zählt heute knapp 4.900 Einwohner, die Genossenschaft rund 1.300 Mitglieder.
- Im September fielen in Filadelfia nur 12 Millimeter Regen; die Weiden für die rund 150.000 \
Rinder sind trocken.
- Bis Asunción sind es 470 Kilometer auf der Transchaco.
- Das Erntedankfest feiern wir am 9. November. Redaktion: +595 491 432 170
""",
    claims=(
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'Am Dienstag' to lawmakers (Thursday weekly), Konjunktiv: in the Russian "
          "border region"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv: builders sent since summer"),
        C("2.000 bis 3.000", None, "range", "planned", "south_korea", "tue",
          "'Der Dienst hält es zudem für wahrscheinlich' (NIS carried): 'nochmals' (increment, "
          "outside the span) to be sent by spring", add=True),
        C("mehr als 2.300", 2300, "at_least", "casualties", "ukraine", "2025-10-11..2025-10-20",
          "HUR 'Mitte Oktober' (days 11-20), Konjunktiv: fallen"),
        C("etwa 70", 70, "approx", "casualties", "ukraine", "2025-10-11..2025-10-20",
          "same statement, 'darunter … Offiziere' (a breakdown of the fallen)"),
        C("über 15.000", 15000, "at_least", "in_russia", "united_states", "lastweek",
          "the State Department 'erklärte vergangene Woche': served in Russia in all"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state media on the 10 October parade: Kursk veterans marching (returnees: "
          "optional)", opt=True),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "a history teacher, 'Klassen schätzt', „…“ (undated): there next year if Russia keeps "
          "paying (a forecast: planned)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p106_07_dory_rowers_lunenburg_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "South Shore Dory Rowers' Newsletter",
        "https://www.southshore-dory-rowers.example/news/2025/07/rowing-for-hungnam",
        "Rowing for Hungnam: Ji-won Han joins the women's dory crew",
    ),
    features="a Lunenburg (Nova Scotia) dory rowers' newsletter in Markdown, windows-1252 with "
        "curly quotes and apostrophes, front matter without a date (sidecar, Thursday) and a "
        "title without a figure; refugees of 1950 (`thousands`, not a claim); Shoigu 'On June "
        "17' `6,000` builders and sappers (planned); the JCS 'In a briefing on Monday' `some "
        "11,000` in the Kursk area and 'put … at' `roughly 4,700` dead and wounded; Zelensky at "
        "'last week's NATO summit' `as many as 25,000` more (at_most, increment, planned); a "
        "NATO intelligence official 'on the sidelines' (last week carried) `north of 6,000` "
        "(at_least); a teacher relaying her grandmother `tens of thousands` (other, planned, "
        "`pub`) and 'She figures' `maybe 15,000` (approx, other, `pub`); ages, years, oars in "
        "dollars, crews, nautical miles, population, a phone number",
    text="""\
---
title: "Rowing for Hungnam: Ji-won Han joins the women’s dory crew"
section: Club news
---

# Rowing for Hungnam

*The women’s crew for this summer’s International Dory Races has a new bow oar. Ji-won Han teaches \
chemistry at the regional high school and learned to row on Lunenburg harbour two summers ago.*

Ji-won Han, 34, grew up in Halifax, but her family’s story starts in Hungnam, on North Korea’s \
east coast. In December 1950 her grandfather, then a boy of nine, crowded onto a freighter with \
thousands of other refugees as the port was evacuated.

“He never went back. He died in Seoul in 2009, still hoping,” she says after an evening practice \
off the museum wharf.

## Watching the news from the North

Like many Korean Canadians, Han has followed the reports on North Korean soldiers in Russia since \
last autumn, and the numbers keep coming. On June 17, on a visit to Pyongyang, Russian Security \
Council secretary Sergei Shoigu said the North would send [[6,000]] military builders and sappers \
to the Kursk region. In a briefing on Monday, South Korea’s Joint Chiefs of Staff said [[some \
11,000]] North Korean troops remained in the Kursk area, and put the North’s dead and wounded at \
[[roughly 4,700]].

At last week’s NATO summit in The Hague, President Volodymyr Zelensky warned that Kim could send \
[[as many as 25,000]] more. A NATO intelligence official, speaking to reporters on the sidelines, \
set the North’s losses somewhat higher, at [[north of 6,000]] killed and wounded.

Her grandmother, now 88 and living in Dartmouth, is sure that “[[tens of thousands]] will go \
before this is over”, Han says. Her own guess is lower: she figures [[maybe 15,000]] have gone so \
far. “But I teach chemistry. I only trust a number I can check, and nobody can check these.”

## Club notes

- The women’s crew trains Tuesday and Thursday evenings. The race against Gloucester, held since \
1952, is rowed over about 2.5 nautical miles in August.
- A new set of spruce oars cost the club $1,200; we now have 17 active crews.
- Lunenburg, population about 2,400, was founded in 1753.
- Club phone: 902-634-7718
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On June 17' in Pyongyang 'said the North would send': builders and sappers"),
        C("some 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "the JCS 'In a briefing on Monday' (Thursday newsletter): remained in the Kursk area"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same briefing, 'put … at': dead and wounded"),
        C("as many as 25,000", 25000, "at_most", "planned", "ukraine", "lastweek",
          "Zelensky 'At last week's NATO summit' warned: 'more' (increment, span without the "
          "word) could be sent ('as many as' as at_most)", add=True),
        C("north of 6,000", 6000, "at_least", "casualties", "nato", "lastweek",
          "a NATO intelligence official 'on the sidelines' (the summit of last week carried): "
          "killed and wounded"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a teacher relaying her grandmother ('is sure that', the speaker quoted: other), "
          "undated: will go"),
        C("maybe 15,000", 15000, "approx", "in_russia", "other", "pub",
          "'she figures' (undated); 'maybe' as approx: gone so far"),
    ),
)

P08 = Source(
    article_id="p106_08_abra_news_sandy_ground_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-10-31"),
    dated_by="html_meta",
    features="an Anguilla boat-racing association's news page in HTML, ISO-8859-1 (quotes and "
        "apostrophes only as entities), `article:published_time` -04:00 (Thursday), a cookie "
        "note about followed boats, a site script, navigation, a footer with a phone number; "
        "`<title>` figure (optional) and headline 'Washington:' from the Pentagon's Tuesday "
        "figure (Tuesday to publication, hedge dropped); the Pentagon 'on Tuesday put the number "
        "… at' `roughly 10,000`, 'said' `about 8,000` moved to Kursk (a breakdown) and `2,000 or "
        "so` still in training camps (approx); the NIS 'On October 23' `some 3,000` shipped; HUR "
        "'in a Telegram post on Monday' `several thousand` massed near the frontier; Rutte 'the "
        "same day' without a figure; a sloop skipper who served near the DMZ, 'By his count' `a "
        "hundred thousand` (number words, planned, other, `pub`); North Korea's army (not a "
        "claim), ages, years, boat length, seconds, boats, prize money, miles, population, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Washington: [[8,000]] North Korean troops now near Ukraine | ABRA News</title>
<meta property="article:published_time" content="2024-10-31T16:40:00-04:00">
<meta property="og:site_name" content="Anguilla Boat Racing Association">
<script>var abra={season:"2024-25",section:"news"};</script>
</head>
<body>
<div class="consent">We use cookies to remember which boats you follow. <button>Fine</button> \
<button>No thanks</button></div>
<nav><a href="/">Home</a> | <a href="/boats">Boats</a> | <a href="/calendar">Race Calendar</a> | \
<a href="/sandy-ground">Sandy Ground</a> | <a href="/news">News</a></nav>
<main>
<h1>Washington: [[8,000]] North Korean troops now near Ukraine</h1>
<p class="standfirst">Lionel Hodge skippers a racing sloop out of Sandy Ground. Before that he \
spent twenty-two years in the US Army, two tours of them a few miles from the Korean DMZ. We asked \
him about the week&rsquo;s news.</p>
<p>The Pentagon on Tuesday put the number of North Korean soldiers in Russia at [[roughly \
10,000]], and said [[about 8,000]] of them had already moved to the Kursk border region, where \
Ukrainian forces have held ground since August. The remaining [[2,000 or so]] were still at \
training camps in the Russian far east, officials said, warning that the troops could be in combat \
&ldquo;in the coming days&rdquo;.</p>
<p>The figures have climbed fast. On October 23, Seoul&rsquo;s National Intelligence Service \
briefed a parliamentary committee that [[some 3,000]] troops had been shipped to Russia, most of \
them by sea from the port of Chongjin. Kyiv&rsquo;s military intelligence service said in a \
Telegram post on Monday that [[several thousand]] were by then massed close to the Ukrainian \
frontier. NATO&rsquo;s new secretary general, Mark Rutte, confirmed the deployment the same day \
but gave no number, and Moscow has dismissed all of it as &ldquo;fakes&rdquo;.</p>
<h2>&ldquo;They looked back at us&rdquo;</h2>
<p>Hodge, 61, was a staff sergeant at Camp Hovey in 1986 and again in 1993. &ldquo;You stood there \
and looked across at them, and they looked back. Very disciplined, very thin,&rdquo; he says. By \
his count, Kim could put [[a hundred thousand]] men into Russia &ldquo;and never miss them&rdquo;. \
North Korea, he points out, keeps more than a million people in uniform.</p>
<p>He does not expect the soldiers to change the war much. &ldquo;Boys who have never seen a \
drone, out in a field in November? That is going to be hard on them.&rdquo;</p>
<h2>Race news</h2>
<p>Hodge&rsquo;s 28-foot sloop finished second in the August Monday race, 40 seconds behind the \
winner. The Boxing Day regatta has 14 boats entered so far, and the winner takes EC$5,000. \
Anguilla, 16 miles long and home to about 16,000 people, has raced its sloops for well over a \
century.</p>
</main>
<footer>Anguilla Boat Racing Association &middot; Sandy Ground, Anguilla &middot; Secretary: \
264-497-5521</footer>
<script src="/js/abra.js"></script>
</body>
</html>
""",
    claims=(
        C("8,000", 8000, "exact", "near_front", "united_states", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("8,000", 8000, "exact", "near_front", "united_states", "tue..pub",
          "headline 'Washington:': the Pentagon figure of the lead (Tuesday to publication), the "
          "hedge dropped: near Ukraine"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "tue",
          "the Pentagon 'on Tuesday put the number … at' (Thursday page): in Russia"),
        C("about 8,000", 8000, "approx", "near_front", "united_states", "tue",
          "same statement: moved to the Kursk border region (a breakdown of the total)"),
        C("2,000 or so", 2000, "approx", "in_russia", "united_states", "tue",
          "same statement, 'officials said' after the figure: the rest at training camps in the "
          "far east ('or so' after the number, in the span)"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'On October 23' briefed a parliamentary committee: shipped to Russia"),
        C("several thousand", None, "vague", "near_front", "ukraine", "mon",
          "HUR 'in a Telegram post on Monday': massed close to the Ukrainian frontier"),
        C("a hundred thousand", 100000, "exact", "planned", "other", "pub",
          "a sloop skipper who served near the DMZ, 'By his count' (undated, 'he says'), number "
          "words: could put into Russia"),
    ),
)

P09 = Source(
    article_id="p106_09_the_whistle_kingscote",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-14"),
    dated_by="dateline",
    features="a Kangaroo Island sheepdog trial club's newsletter as plain text, UTF-8, dateline "
        "'KINGSCOTE, 14 March 2025 —' (Friday), curly quotes; the JCS 'On Thursday' `between "
        "1,000 and 3,000` additional (range, increment) and 'put … at' `about 4,000` casualties; "
        "Syrskyi 'at the weekend' (Saturday-Sunday) `a few hundred` still fighting; a US "
        "intelligence official 'last week' `close to 11,000` in Russia; 'Kyiv says' `two` "
        "prisoners (number word, `pub`); a Korean working-holiday maker who did his service on "
        "the DMZ: 'He figures' `maybe 20,000` by the year's end (planned, other) and a "
        "hypothetical 'Even a thousand dead' (optional); the newsletter's own 'Add up the "
        "official figures' `well over 12,000` (unattributed, required); months of service, dogs, "
        "sheep, minutes, prize money, kilometres, population, ferry minutes, the founding year, "
        "a phone number",
    text="""\
THE WHISTLE
Newsletter of the Kangaroo Island Sheepdog Trial Club

KINGSCOTE, 14 March 2025 — Entries are in for the autumn trial at the Parndana showgrounds, and \
one of them comes with a story from the other side of the world.

Seo Jae-hyun, 26, arrived on the island last October on a working holiday visa and has spent the \
season on a sheep property near Parndana. Within a month the farmer had him working Tess, a \
four-year-old border collie, and he will run her in the novice class on 29 March. Before he came \
to Australia, Seo did his 18 months of national service at a guard post on the Korean DMZ.

News from home

Seo follows the reports on North Korea’s soldiers in Russia closely. On Thursday, South Korea’s \
Joint Chiefs of Staff said the North had sent [[between 1,000 and 3,000]] additional troops since \
January, and put its losses so far at [[about 4,000]] killed or wounded. Ukraine’s \
commander-in-chief, Oleksandr Syrskyi, said at the weekend that [[a few hundred]] North Koreans \
were still fighting around Sudzha as his units pulled back. A US intelligence official, speaking \
to Australian reporters in Canberra last week, said [[close to 11,000]] remained in Russia. Kyiv \
says it still holds [[two]] North Korean prisoners, both captured in January.

“The guys I served with talk about it in our group chat every day,” Seo says. He figures [[maybe \
20,000]] will have gone by the end of the year. “At the guard post we watched their soldiers \
through binoculars. They were boys, same as us. Even [[a thousand]] dead is a whole village back \
there.”

Add up the official figures and the North has now sent [[well over 12,000]] men to Russia, with no \
sign yet that it is finished.

Club notes

- The autumn trial runs over two days, 29 and 30 March. We have 42 dogs entered, each with three \
sheep and 12 minutes on the course.
- Prize money this year is $250 for each class winner, thanks to the Parndana Hotel.
- The island is 155 kilometres long and home to about 4,900 people; the ferry from Cape Jervis \
takes 45 minutes.
- Club founded 1987. Secretary: 0427 553 918
""",
    claims=(
        C("between 1,000 and 3,000", None, "range", "in_russia", "south_korea", "thu",
          "the JCS 'On Thursday' (Friday newsletter): 'additional' sent since January "
          "(increment, span without the word)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same statement, 'put its losses … at': killed or wounded"),
        C("a few hundred", None, "vague", "near_front", "ukraine", "sat..sun",
          "Syrskyi 'said at the weekend' (Saturday-Sunday): still fighting around Sudzha"),
        C("close to 11,000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "a US intelligence official 'last week' in Canberra: remained in Russia"),
        C("two", 2, "exact", "casualties", "ukraine", "pub",
          "'Kyiv says', present tense, undated: prisoners it holds (captured, number word)"),
        C("maybe 20,000", 20000, "approx", "planned", "other", "pub",
          "a Korean working-holiday maker, 'He figures' (undated): will have gone by the year's "
          "end (a forecast: planned)"),
        C("a thousand", 1000, "exact", "casualties", "other", "pub",
          "a hypothetical inside his quote ('Even a thousand dead is a whole village'): "
          "optional, like anaphoric echoes in earlier sets", opt=True),
        C("well over 12,000", 12000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Add up the official figures' (no source: unattributed, "
          "required): sent to Russia"),
    ),
)

P10 = Source(
    article_id="p106_10_rupununi_rodeo_news_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-04-24"),
    dated_by="sidecar",
    sidecar=(
        "Rupununi Rodeo News",
        "https://www.rupununi-rodeo.example/news/2025/04/vet-from-cheongju",
        "A vet from Cheongju at the Easter rodeo",
    ),
    features="a rodeo news site from Lethem (Guyana's Rupununi) in HTML, UTF-16 LE with BOM, no "
        "meta date (sidecar, Thursday), a one-line cookie bar, navigation, a footer with a phone "
        "number; `<title>` and headline without a figure; the NIS 'Earlier this month' (1st to "
        "publication) `some 2,000` additional (increment) 'bringing the total sent to' `roughly "
        "15,000` (a new total, not an increment); HUR 'In a briefing on Easter Monday' `up to "
        "2,500` still in action; a State Department spokesperson 'on Tuesday' `more than 4,000` "
        "casualties; a NATO spokeswoman 'last week' `at least 11,000` in the Kursk fighting; a "
        "vet relaying her brother's unit `twenty thousand` (number words, other, `pub`) and 'She "
        "reckons' `several thousand` more (vague increment, planned, other, `pub`); spectators, "
        "ranches, prize money in Guyanese dollars, kilometres, the bridge's year, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Rupununi Rodeo News – A vet from Cheongju at the Easter rodeo</title>
</head>
<body>
<div class="cookie-bar">One cookie counts visitors to the results page. That is all. \
<button>Okay</button></div>
<nav>Home · Results · Riders · Lethem · Sponsors · News</nav>
<article>
<h1>A vet from Cheongju at the Easter rodeo</h1>
<p>Dr Oh Ji-hye came to the Rupununi to treat cattle for a church mission in 2023 and never left. \
At this year’s Easter rodeo in Lethem she spent three days behind the chutes, checking horses and \
stitching up a bronc rider’s hand when the medic ran out of thread.</p>
<p>Between rides she talked about home. Her brother is an army captain at a base near the Korean \
DMZ, and the news from Russia is a daily subject in her family’s group chat.</p>
<h2>The latest figures</h2>
<p>Earlier this month South Korea’s spy agency told lawmakers that [[some 2,000]] additional North \
Korean soldiers had reached Russia since February, bringing the total sent to [[roughly 15,000]]. \
In a briefing on Easter Monday, Ukraine’s military intelligence said [[up to 2,500]] were still in \
action in the last corner of the Kursk region that Ukraine holds. A State Department spokesperson \
said on Tuesday that the North had suffered [[more than 4,000]] casualties, and a NATO spokeswoman \
told reporters last week that [[at least 11,000]] had taken part in the Kursk fighting.</p>
<p>Pyongyang has still not confirmed that its soldiers are in Russia at all.</p>
<p>Oh thinks the real number is higher. “My brother’s unit believes it is [[twenty thousand]], not \
the number you read in the papers,” she said. She reckons [[several thousand]] more will go this \
year, “because Russia pays with oil and food, and Kim needs both”.</p>
<h2>Rodeo results</h2>
<p>About 8,000 spectators came to the rodeo grounds over the Easter weekend. Riders from 11 \
ranches competed for G$1.2 million in prize money, and the bull riding was won for the third year \
running by a vaquero from Aishalton. Lethem is 450 kilometres by road from Georgetown; the Takutu \
bridge to Brazil opened in 2009.</p>
</article>
<footer>Rupununi Rodeo News · Lethem, Region 9 · +592 772 2140</footer>
</body>
</html>
""",
    claims=(
        C("some 2,000", 2000, "approx", "in_russia", "south_korea", "2025-04-01..pub",
          "the NIS 'Earlier this month' (1st to publication): 'additional' reached Russia "
          "(increment, span without the word)", add=True),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..pub",
          "same briefing: 'bringing the total sent to' (a new total, not an increment)"),
        C("up to 2,500", 2500, "at_most", "near_front", "ukraine", "mon",
          "HUR 'In a briefing on Easter Monday' (21 April, Thursday page): still in action in "
          "the Kursk region"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "tue",
          "a State Department spokesperson 'said on Tuesday': casualties"),
        C("at least 11,000", 11000, "at_least", "near_front", "nato", "lastweek",
          "a NATO spokeswoman 'told reporters last week': took part in the Kursk fighting"),
        C("twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "a vet relaying her brother's unit ('believes', the speaker quoted: other), 'she said' "
          "undated, number words: the real number sent"),
        C("several thousand", None, "vague", "planned", "other", "pub",
          "'She reckons' (undated): 'more will go' (increment, span without the word)", add=True),
    ),
)

P11 = Source(
    article_id="p106_11_skippers_notes_rakiura",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-10-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Rakiura Water Taxi – Skipper's Notes",
        "https://www.rakiura-watertaxi.example/notes/2025-10-deckhand-from-tongyeong",
        "Skipper's notes: a deckhand from Tongyeong and Kim's soldiers",
    ),
    features="a Stewart Island (Rakiura) water taxi's skipper's notes as plain text, "
        "windows-1252 with CRLF, curly quotes and `–` (sidecar, Thursday), New Zealand spelling; "
        "the NIS 'in a briefing for lawmakers on Tuesday' `around 10,000` near the border and "
        "'training another' `6,000` (increment, span without the word, planned); Budanov 'in an "
        "interview published yesterday' `about 2,500` killed; Rutte 'In early October' (days "
        "1-10) `more than 15,000`; Russia's ambassador 'on 3 October' `5,000` builders arrived "
        "in Russia; state TV at 'last Friday's' parade `hundreds` of Kursk veterans (returnees: "
        "optional); a deckhand relaying her uncle 'He figures' `four or five thousand` dead "
        "(range of number words, other, `pub`); ages, years, trampers, kilometres, seats, "
        "residents, per cent, fares in dollars, a phone number",
    text="""\
RAKIURA WATER TAXI
Skipper’s notes – October

Spring has reached Stewart Island, and with it the first trampers of the season, the first \
kiwi-spotting trips to Ocean Beach and a new deckhand.

Kang Eun-ji, 27, comes from Tongyeong on Korea’s south coast and is here on a working holiday. She \
spent three summers on her aunt’s oyster boat, so the swell in Paterson Inlet does not bother her. \
On the long run down to Port Pegasus, with eight trampers asleep on the back deck, we got talking \
about the news from her part of the world.

Kim’s soldiers

South Korea’s spy agency, in a briefing for lawmakers on Tuesday, said [[around 10,000]] North \
Korean troops were still deployed close to the Ukrainian border and that the North was training \
another [[6,000]] to be sent after the winter. Kyrylo Budanov, who heads Kyiv’s military \
intelligence, told a newspaper in an interview published yesterday that [[about 2,500]] had been \
killed. In early October NATO’s secretary general, Mark Rutte, said [[more than 15,000]] had \
served alongside Russian troops, and Russia’s ambassador in Pyongyang told the Tass agency on 3 \
October that [[5,000]] military builders had arrived in Russia over the summer.

Pyongyang, for its part, put its Kursk veterans on show. At the Workers’ Party’s 80th anniversary \
parade last Friday, state television showed [[hundreds]] of them marching past Kim Jong Un.

“My uncle was a navy officer for thirty years,” Eun-ji told me. “He figures [[four or five \
thousand]] are dead already, whatever Seoul says. In Tongyeong people don’t talk much about the \
North. But everybody has a cousin in the army.”

Island notes

- The ferry from Bluff still takes about an hour across Foveaux Strait, some 30 kilometres of it; \
our water taxi seats 12.
- Around 400 people live on the island, and 85 per cent of it is national park.
- Port Pegasus runs are $180 return per person, minimum four.
- Bookings: 03 219 1426
""",
    claims=(
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'in a briefing for lawmakers on Tuesday' (Thursday notes): deployed close to "
          "the Ukrainian border"),
        C("6,000", 6000, "exact", "planned", "south_korea", "tue",
          "same briefing: 'training another … to be sent after the winter' (increment, span "
          "without the word)", add=True),
        C("about 2,500", 2500, "approx", "casualties", "ukraine", "yday",
          "Budanov, named before his role, 'in an interview published yesterday': killed"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "2025-10-01..2025-10-10",
          "Rutte 'In early October' (days 1-10): served alongside Russian troops"),
        C("5,000", 5000, "exact", "in_russia", "russia", "2025-10-03",
          "Russia's ambassador in Pyongyang 'told the Tass agency on 3 October': builders "
          "arrived in Russia"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at 'last Friday's' parade (10 October): Kursk veterans marching (returnees: "
          "optional)", opt=True),
        C("four or five thousand", None, "range", "casualties", "other", "pub",
          "a deckhand relaying her uncle ('He figures', the speaker quoted: other), 'told me' "
          "undated: dead already (two number words: range)"),
    ),
)

P12 = Source(
    article_id="p106_12_trailbreakers_goose_bay_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Trailbreakers – Mealy Mountain Snowmobile Club",
        "https://www.mealymountain-snowmobile.example/newsletter/2025-11",
        "Before the freeze-up: trails, fees and a long way from Kursk",
    ),
    features="a Labrador snowmobile club's newsletter from Happy Valley-Goose Bay in Markdown, "
        "ISO-8859-1 with straight quotes, front matter without a date (sidecar, Thursday) and a "
        "title without a figure; Zelensky 'this month' (1st to publication) `up to 10,000` more "
        "(increment, planned); the NIS 'On November 4' `roughly 10,000` along the border and "
        "`around 2,000` killed; Rutte 'yesterday' `at least 15,000`; KCNA 'on Monday' "
        "`thousands` of 'heroes' who fought (north_korea, near the front); 'The Pentagon "
        "expects' (undated) `several thousand` kept in Kursk through the winter (a forecast: "
        "planned); a retired intelligence analyst who 'puts the number at' `25,000-plus` "
        "(at_least, other, `pub`); the club's own 'By our rough tally' `over 17,000` "
        "(unattributed, required); kilometres of trail, cabins, members, a pass in dollars, "
        "years, population, a meeting date, a phone number",
    text="""\
---
title: "Before the freeze-up: trails, fees and a long way from Kursk"
club: Mealy Mountain Snowmobile Club
issue: November 2025
---

# Before the freeze-up

*The groomers are serviced, the cabins are stocked, and we are all waiting for the Churchill River \
to freeze. The trail report, and a conversation with one of our volunteer groomer operators about \
a war a long way from here.*

## Trail report

We plan to groom about 1,100 km of trail this winter, from Happy Valley-Goose Bay to North West \
River, Mud Lake and the edge of the Mealy Mountains. Six warm-up cabins are stocked with wood. \
Membership stands at 380; the season pass is $150 and must be displayed on the cowl.

## A groomer operator on Kim's soldiers

Terry Mugford drives the big groomer on the night shift. Before he retired to Labrador he spent 26 \
years as an intelligence analyst in the Canadian Armed Forces, the last six of them watching North \
Korea. He still reads everything.

The numbers keep coming. President Volodymyr Zelensky warned this month that Pyongyang could send \
[[up to 10,000]] more soldiers next year. On November 4, the spy service in Seoul briefed members \
of the National Assembly that [[roughly 10,000]] North Koreans were still deployed along Russia's \
border with Ukraine and that [[around 2,000]] had been killed. NATO's secretary general, Mark \
Rutte, said yesterday that [[at least 15,000]] had passed through Russian units. North Korea's \
state news agency KCNA on Monday praised the [[thousands]] of "heroes" who had fought in the Kursk \
region. The Pentagon expects Pyongyang to keep [[several thousand]] in Kursk through the winter.

Mugford thinks the official figures are low. He puts the number at [[25,000-plus]] since the first \
troops went in October last year. "Pyongyang rotates whole units. So the number that has been \
through Russia is a lot bigger than the number there on any given day," he said. "They come home \
with drone experience nobody else in Asia has. That is what keeps me up at night, not the cold."

By our rough tally of the figures above, that is [[over 17,000]] North Koreans sent to Russia so \
far, give or take.

## Club business

- Annual general meeting: Saturday, December 6, 7 p.m., at the Legion hall.
- The Goose Bay air base opened in 1941; the town now has about 8,000 residents.
- Club line: 709-896-3314
""",
    claims=(
        C("up to 10,000", 10000, "at_most", "planned", "ukraine", "2025-11-01..pub",
          "Zelensky 'warned this month' (1st to publication): 'more' could be sent next year "
          "(increment, span without the word)", add=True),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS ('the spy service in Seoul') 'On November 4' briefed members of the National "
          "Assembly: deployed along Russia's border with Ukraine"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "same briefing: killed"),
        C("at least 15,000", 15000, "at_least", "in_russia", "nato", "yday",
          "Rutte 'said yesterday': passed through Russian units"),
        C("thousands", None, "vague", "near_front", "north_korea", "mon",
          "KCNA 'on Monday' (Thursday newsletter): 'heroes' who fought in the Kursk region"),
        C("several thousand", None, "vague", "planned", "united_states", "pub",
          "'The Pentagon expects' (undated, present tense): kept in Kursk through the winter (a "
          "forecast: planned)"),
        C("25,000-plus", 25000, "at_least", "in_russia", "other", "pub",
          "a retired intelligence analyst who 'puts the number at' (undated, 'he said'): since "
          "October last year ('-plus' as at_least)"),
        C("over 17,000", 17000, "at_least", "in_russia", "unattributed", "pub",
          "the club's own 'By our rough tally' (no source: unattributed, required): sent to "
          "Russia so far"),
    ),
)

SOURCES: tuple[Source, ...] = (
    P01, P02, P03, P04, P05, P06,
    P07, P08, P09, P10, P11, P12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
