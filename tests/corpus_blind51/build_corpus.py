"""Build the FIFTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The fifty-third corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Celle daily's local
page, a Rhön radio station's web text, an Ötztal weekly (Austrian), a Freiamt paper (Swiss), an
organists' association magazine and a Passau student radio's web page; a Tauranga daily, a Fair
Isle community page, a Kentucky public radio site, a Tajik English-language outlet, a Tokelau
news page and a Comoros English-language newsletter. Same file format, marker syntax and
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
BASE_NAME = "_blind51_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w51_01_celle_bruder_in_kursk",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Celler Tagespost",
        "https://www.celler-tagespost.example/lokales/celle/nordkoreaner-an-der-front-eine-"
        "cellerin-bangt-um-ihren-bruder-art-80412",
        "Nordkoreaner an der Front: Eine Cellerin bangt um ihren Bruder",
    ),
    features="Celle daily's local page, plain UTF-8 (sidecar, Wednesday) with a Ukrainian "
        "family in Celle; headline figure from Zelensky, whose lead figure is dated only in the "
        "next paragraph ('am Montagabend in seiner täglichen Videobotschaft'); 'am "
        "Dienstagabend' is when she read the news (not a claim date); Pentagon spokeswoman "
        "'bezifferte … am Montag auf' and a Konjunktiv second figure; a lawmaker after the "
        "intelligence committee 'vergangene Woche' (planned total, first contingent, 'etwa "
        "1.500 weitere' increment); a Hanover political scientist 'noch einmal 10.000' "
        "(other, `pub`, increment; 'an diesem Donnerstag' is a future talk); Putin without a "
        "figure; refugees in Celle, soldiers at the army airfield, ages, phone number",
    text="""\
Nordkoreaner an der Front: [[11.000]] Soldaten in Kursk – eine Cellerin bangt um ihren Bruder

Kiew zählt die Truppen aus Pjöngjang, Washington warnt vor baldigen Kämpfen. Für eine ukrainische \
Familie in Neuenhäusen ist das keine ferne Weltpolitik.

Von Henrike Dralle

Celle. Als Olena Kowal am Dienstagabend die Nachrichten auf ihrem Handy las, wählte sie sofort die \
Nummer ihres Bruders. Serhij, 34, dient in einer Artillerieeinheit nahe dem russischen Gebiet \
Kursk – dort, wo inzwischen [[11.000]] nordkoreanische Soldaten eingetroffen sein sollen. „Er \
sagt, nachts hören sie Funksprüche in einer Sprache, die keiner versteht“, erzählt die 41-Jährige, \
die seit dem Frühjahr 2022 mit ihren beiden Töchtern in Celle lebt.

Genannt hatte die Zahl Präsident Wolodymyr Selenskyj, und zwar am Montagabend in seiner täglichen \
Videobotschaft. Die Männer aus Nordkorea seien in russische Uniformen gesteckt worden und würden \
womöglich schon in den nächsten Tagen in die Angriffe geschickt, warnte er.

In Washington erwartet man ebenfalls, dass die Nordkoreaner bald kämpfen. Die Sprecherin des \
US-Verteidigungsministeriums, Sabrina Singh, bezifferte die Zahl der nach Russland gebrachten \
Nordkoreaner am Montag auf [[rund 10.000]]. [[Etwa 8.000]] davon seien bereits in die Region Kursk \
weitergezogen, fügte sie hinzu. Die übrigen würden noch im Osten Russlands ausgebildet.

Seoul hält noch mehr für möglich. Pjöngjang habe zugesagt, bis Jahresende [[bis zu 12.000]] Mann \
bereitzustellen, berichtete der Abgeordnete Park Sun-won vergangene Woche nach einer vertraulichen \
Sitzung des Geheimdienstausschusses. Ein erstes Kontingent von [[1.500]] Spezialkräften sei schon \
Mitte Oktober per Schiff in Wladiwostok angekommen, [[etwa 1.500]] weitere in den Tagen danach.

Der Kreml bestreitet die Entsendung nicht mehr ausdrücklich. Präsident Wladimir Putin sagte \
lediglich, was Russland mit seinem Partner vereinbare, sei „unsere Sache“.

„Wir haben gedacht, schlimmer kann es nicht mehr werden“, sagt Olena Kowal. In Celle hat sie im \
Sommer eine Stelle in einer Bäckerei gefunden, die Töchter, 9 und 13 Jahre alt, gehen in \
Neuenhäusen zur Schule. Rund 1.400 Geflüchtete aus der Ukraine sind nach Auskunft der \
Stadtverwaltung derzeit in Celle gemeldet, etwa ein Drittel davon Kinder. Am Heeresflugplatz in \
Wietzenbruch sind rund 1.000 Soldatinnen und Soldaten der Bundeswehr stationiert – „die \
Hubschrauber über der Stadt hören meine Mädchen jetzt anders“, sagt sie.

Der Hannoveraner Politikwissenschaftler Jens Rademacher, der an diesem Donnerstag im Bomann-Museum \
über den Krieg spricht, hält die Verlegung für einen Wendepunkt. „Ich gehe davon aus, dass Kim bis \
zum Frühjahr noch einmal [[10.000]] Soldaten hinterherschickt“, sagt er. Militärisch seien die \
Truppen auf den Drohnenkrieg schlecht vorbereitet, politisch aber ein deutliches Signal an den \
Westen.

Die Migrationsberatung des Diakonischen Werks in der Fritzenwiese ist montags bis donnerstags \
unter 05141 90 91 20 erreichbar.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline: Zelensky's figure of the lead (Monday evening) to publication: in Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "lead 'eingetroffen sein sollen', the claimant and date in the next paragraph "
          "('Genannt hatte die Zahl … am Montagabend'): arrived in Kursk"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon spokeswoman 'bezifferte … am Montag auf': brought to Russia"),
        C("Etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "same speaker in Konjunktiv ('fügte sie hinzu'): moved on to the Kursk region"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea", "lastweek",
          "lawmaker after the intelligence committee 'vergangene Woche': pledged by year end"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "lastweek",
          "same briefing in Konjunktiv: first contingent arrived in Vladivostok ('Mitte "
          "Oktober' is the event)"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "lastweek",
          "'weitere in den Tagen danach' on top of the first contingent (increment)", add=True),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "Hanover political scientist in quotes with 'sagt' (undated): 'noch einmal' "
          "(increment)", add=True),
    ),
)

W02 = Source(
    article_id="w51_02_rhoen_radio_erste_bilanz_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-14"),
    dated_by="html_meta",
    features="Rhön radio station's web text in HTML, ISO-8859-1 (`<meta name=\"date\">` with "
        "+01:00, German quotes and dashes only as entities `&bdquo;`/`&ldquo;`/`&ndash;`, a "
        "player script with bitrates, a cookie notice about biscuits and 17 partners, UKW "
        "frequency, a podcast episode, a studio hotline); teaser with two casualty figures "
        "from the body's NIS passage (Monday to publication); a lawmaker 'berichtete am "
        "Montag', carried by Konjunktiv ('gab Lee die Einschätzung des Dienstes wieder') to "
        "the total sent; '2.700 weitere verwundet' (the others, not an increment); Zelensky "
        "'Am Samstag' with the number word `zwei` (captured) and 'schon am 23. Dezember'; "
        "Rutte 'am Montag' „Tausenden“ (nato); Point Alpha memorial: visitors, metres, 1989",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Nordkoreas Soldaten: Seoul legt erstmals Verlustzahlen vor | Radio Rhönklang</title>
<meta name="date" content="2025-01-14T16:40:00+01:00">
<meta property="og:site_name" content="Radio Rhönklang">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var \
rkPlayer={stream:"https://live.rhoenklang.example/hq.mp3",kbit:128,fallbackKbit:64};</script>
</head>
<body>
<div id="kekse">Damit der Livestream nicht stottert, legen wir ein paar Kekse auf Ihrem Gerät ab \
&ndash; und 17 Partner tun es auch, wenn Sie wollen. <button>Kekse her</button> <button>Ich faste \
heute</button></div>
<header><a href="/" class="logo">Radio Rhönklang</a> <span>UKW 99,4 · Fulda · Bad Neustadt · \
Meiningen</span></header>
<nav><a href="/">Start</a> · <a href="/nachrichten">Nachrichten</a> · <a href="/region">Rhön &amp; \
Grabfeld</a> · <a href="/wetter">Wetter</a> · <a href="/blitzer">Blitzer</a></nav>
<main>
<p class="rubrik">Welt · 14.01.2025, 16:40 Uhr</p>
<h1>Erste Gefangene, erste Bilanz: Was über Nordkoreas Soldaten bekannt ist</h1>
<p class="teaser"><strong>[[300]] tote Nordkoreaner, [[2.700]] Verwundete: Seoul legt erstmals \
eine Bilanz des Einsatzes vor. In der Gedenkstätte Point Alpha weckt das Erinnerungen an die \
eigene Grenze.</strong></p>
<p>Seit Anfang November kämpfen nordkoreanische Truppen auf russischer Seite &ndash; jetzt gibt es \
erstmals belastbare Zahlen zu ihren Verlusten. Im Gebiet Kursk sind bislang [[rund 300]] Soldaten \
aus Pjöngjang gefallen und [[2.700]] weitere verwundet worden. Das berichtete am Montag der \
Abgeordnete Lee Seong-kweun in Seoul, nachdem der Geheimdienst NIS den Parlamentsausschuss \
unterrichtet hatte.</p>
<p>Die Nordkoreaner seien gegen Drohnen kaum ausgebildet und würden von russischen Kommandeuren \
als Sturmtruppe verheizt, gab Lee die Einschätzung des Dienstes wieder. Mancher habe sich lieber \
selbst getötet, als sich gefangen nehmen zu lassen. Entsandt habe Machthaber Kim Jong Un insgesamt \
[[etwa 11.000]] Mann.</p>
<h2>Zwei Verwundete in Kiew</h2>
<p>Trotzdem hat die Ukraine nun Gefangene. Am Samstag veröffentlichte Präsident Wolodymyr \
Selenskyj auf Telegram Fotos von [[zwei]] verletzten Nordkoreanern, die in Kursk festgenommen \
worden seien. Sie würden in Kiew vom Geheimdienst SBU befragt; einer sei 20, der andere 26 Jahre \
alt. Die Verluste der Nordkoreaner hatte Selenskyj schon am 23. Dezember auf [[mehr als 3.000]] \
Tote und Verwundete beziffert.</p>
<p>Nato-Generalsekretär Mark Rutte sprach am Montag bei einem Besuch in Berlin von \
&bdquo;[[Tausenden]]&ldquo; Nordkoreanern, die Moskau in die Kämpfe werfe. Der Kreml äußert sich \
zu Zahlen nicht.</p>
<h2>&bdquo;Hier stand man sich auch gegenüber&ldquo;</h2>
<p>In der Gedenkstätte Point Alpha zwischen Rasdorf und Geisa verfolgt man die Meldungen genau. \
Bis 1989 standen sich dort amerikanische und sowjetische Soldaten an manchen Stellen nur wenige \
hundert Meter entfernt gegenüber. &bdquo;Korea ist die Grenze, die nie aufgegangen ist&ldquo;, \
sagt Museumspädagoge Tobias Hartung. Im Frühjahr plant die Stiftung eine kleine Ausstellung über \
die Demarkationslinie; im vergangenen Jahr kamen rund 120.000 Besucher auf den früheren \
US-Beobachtungsposten.</p>
<p>Mehr dazu heute ab 18 Uhr in &bdquo;Rhönklang am Abend&ldquo; &ndash; und jederzeit in unserem \
Podcast, Folge 212.</p>
</main>
<footer>&copy; 2025 Radio Rhönklang GmbH · <a href="/impressum">Impressum</a> · Studio-Hotline \
0661 480 99-0</footer>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "teaser 'Seoul legt … vor': the body's NIS figures (Monday) to publication: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon..pub",
          "same teaser: wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "dated by the next sentence ('Das berichtete am Montag der Abgeordnete'): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "'weitere verwundet' = the others in the same count (not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "Konjunktiv carried from 'gab Lee die Einschätzung des Dienstes wieder': sent"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag' on Telegram: number word, captured"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-23",
          "Zelensky 'schon am 23. Dezember': dead and wounded"),
        C("Tausenden", None, "vague", "near_front", "nato", "mon",
          "Rutte 'am Montag' in &bdquo;…&ldquo;: thrown into the fighting"),
    ),
)

W03 = Source(
    article_id="w51_03_oetztal_historikerabend_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Ötztal weekly (Austrian) in Markdown, UTF-8 with BOM, front matter with `date:` "
        "and an issue number, a title without a figure; 'Jänner', 'Feber', 'heuer'; a talk "
        "by an Innsbruck military historian 'am vergangenen Freitag' in a Thursday paper (the "
        "Friday six days before) dating the headline and his quoted figures (`an die 8.000`, "
        "`mindestens 1.000`, a range 'weiteren 5.000 bis 10.000' as increment); South Korean "
        "papers citing an NIS report 'Anfang Feber' (X citing Y: south_korea; `bis zu 3.000 "
        "zusätzliche`, increment); the Ukrainian General Staff 'Am Montag' „mehreren "
        "hundert“; the US State Department 'im Jänner … damals' (a casualty figure for one "
        "week); Korean War dead, listeners, donations in euros, overnight stays, next date",
    text="""\
---
title: "Kursk ist weit weg – und doch nah: Historiker-Abend in Umhausen"
date: 2025-02-20
ausgabe: "8/2025"
rubrik: Kultur & Gemeinden
autorin: Reinhilde Schöpf
---

# Historiker: [[An die 8.000]] Nordkoreaner stehen noch an der Kursk-Front

**Umhausen.** Der Saal im Gasthof Krone war am vergangenen Freitag bis auf den letzten Stuhl \
besetzt, als der Innsbrucker Militärhistoriker Florian Gstrein über einen Krieg sprach, der vom \
Ötztal aus sehr weit weg scheint. Rund 90 Zuhörerinnen und Zuhörer waren gekommen, die \
Musikkapelle hatte eigens ihre Probe verschoben.

Gstrein, der in Umhausen aufgewachsen ist und heute an der Universität Innsbruck lehrt, sprach \
über jene Soldaten aus Nordkorea, die Moskau seit dem Herbst in seine Schlachten schickt. „Ich \
rechne damit, dass von ihnen noch [[an die 8.000]] Mann in der Region Kursk einsatzfähig sind“, \
sagte er. Gefallen seien nach seiner Schätzung [[mindestens 1.000]], die Zahl der Verwundeten \
liege um ein Vielfaches höher.

## Was Seoul, Kiew und Washington sagen

Die offiziellen Angaben gehen auseinander. Südkoreanische Zeitungen berichteten Anfang Feber unter \
Berufung auf einen Bericht des Nachrichtendienstes NIS, Pjöngjang habe seit Jänner \
[[bis zu 3.000]] zusätzliche Soldaten nach Russland gebracht. Die Zahl der Toten und Verwundeten \
sei laut dem Dienst bis dahin auf [[etwa 3.800]] gestiegen.

Zugleich hieß es, die nordkoreanischen Einheiten seien Mitte Jänner aus den vordersten Stellungen \
abgezogen worden, wohl wegen der hohen Verluste. Lange hielt die Pause offenbar nicht: Am Montag \
erklärte der ukrainische Generalstab, Nordkoreaner seien bei Kursk wieder an Angriffen beteiligt, \
die Rede war von „[[mehreren hundert]]“ Mann.

Washington hatte schon im Jänner vorgerechnet, wie verlustreich der Einsatz ist. Das \
US-Außenministerium sprach damals von [[rund 1.000]] getöteten oder verletzten Nordkoreanern in \
einer einzigen Woche.

## Erinnerungen an 1953

Gstrein spannte den Bogen bis zum Koreakrieg von 1950 bis 1953, in dem nach seriösen Schätzungen \
bis zu drei Millionen Menschen starben. „Kim Jong Un verkauft seine Soldaten, damit er Geld, Öl \
und Raketentechnik bekommt“, sagte er. Dass Pjöngjang heuer noch einmal nachlegt, hält er für \
wahrscheinlich; er nannte eine Größenordnung von weiteren [[5.000 bis 10.000]] Mann bis zum \
Sommer.

Im Publikum saß auch Altbürgermeister Jakob Falkner, der 1962 als junger Grundwehrdiener in Wals \
stationiert war. „Damals hat man uns gesagt, Korea sei erledigt“, meinte er.

Der Eintritt war frei, die freiwilligen Spenden von 1.150 Euro gehen an die Bergrettung Umhausen. \
Das Ötztal zählt pro Winter gut zwei Millionen Nächtigungen, und in Sölden arbeiten heuer auch \
einige Saisonkräfte aus der Ukraine.

*Nächster Abend der Reihe „Welt im Tal“: 14. März, 19.30 Uhr, Gemeindesaal Längenfeld.*
""",
    claims=(
        C("An die 8.000", 8000, "approx", "near_front", "other", "fri..pub",
          "headline 'Historiker:': the historian's figure from last Friday's talk to "
          "publication: at the Kursk front"),
        C("an die 8.000", 8000, "approx", "near_front", "other", "fri",
          "historian in quotes at the talk 'am vergangenen Freitag' (Thursday paper: the Friday "
          "six days before): fit for combat in the Kursk region"),
        C("mindestens 1.000", 1000, "at_least", "casualties", "other", "fri",
          "same talk, 'nach seiner Schätzung' in Konjunktiv: fallen"),
        C("bis zu 3.000", 3000, "at_most", "in_russia", "south_korea", "2025-02-01..2025-02-10",
          "South Korean papers 'Anfang Feber' citing an NIS report (X citing Y): 'zusätzliche' "
          "brought to Russia since Jänner (increment)", add=True),
        C("etwa 3.800", 3800, "approx", "casualties", "south_korea", "2025-02-01..2025-02-10",
          "'laut dem Dienst', same report: dead and wounded"),
        C("mehreren hundert", None, "vague", "near_front", "ukraine", "mon",
          "Ukrainian General Staff 'Am Montag' in „…“: back in attacks near Kursk"),
        C("rund 1.000", 1000, "approx", "casualties", "united_states", "2025-01-01..2025-01-31",
          "US State Department 'im Jänner … damals': dead or wounded in one week (the week is "
          "the event)"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "fri",
          "historian at the talk: 'weiteren' by summer (range increment; 'heuer' is the event)",
          add=True),
    ),
)

W04 = Source(
    article_id="w51_04_freiamt_bestaetigung_ch",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="Freiamt paper (Swiss) in windows-1252 with CRLF, dated by its page line "
        "'FREIÄMTER ANZEIGER · Ausland · Dienstag, 29. April 2025'; `ss`, «», `15'000`, "
        "`14'000`, `10'000`, 4-digit `4700`/`3000`; Gerasimov 'Am Samstag' and Pyongyang 'Am "
        "Montag' without figures; headline 'Seoul zählt' from the JCS 'am Montag'; 'hiess es "
        "aus dem Generalstab' after the Konjunktiv; the US State Department 'am Montag'; "
        "Ukraine's foreign ministry count in the present tense next to the minister's Sunday "
        "remark (Sunday to publication); ISW 'in seiner jüngsten Lageanalyse' (other, "
        "`pub`); the NIS 'schon im März' 'zusätzlich' (increment, month); a Korean adoptee "
        "in Wohlen: adoptions, sanctions listings, inhabitants, ages, 1979",
    text="""\
FREIÄMTER ANZEIGER · Ausland · Dienstag, 29. April 2025

Moskau bestätigt den Einsatz – Seoul zählt [[4700]] Tote und Verletzte

Erstmals geben Russland und Nordkorea zu, dass Soldaten aus Pjöngjang im Gebiet Kursk gekämpft \
haben. Eine Wohlerin mit koreanischen Wurzeln verfolgt die Nachrichten mit gemischten Gefühlen.

Von Corinne Stöckli

Was Beobachter seit Monaten wussten, ist nun offiziell. Am Samstag räumte Russlands \
Generalstabschef Waleri Gerassimow ein, dass nordkoreanische Einheiten bei der «Befreiung» des \
Gebiets Kursk mitgekämpft hätten. Am Montag folgte eine Erklärung aus Pjöngjang: Machthaber Kim \
Jong Un habe den Einsatz persönlich angeordnet. Zahlen nannten weder Moskau noch Pjöngjang.

Umso genauer rechnet man in Seoul. Der südkoreanische Generalstab schätzte am Montag, dass von den \
insgesamt [[rund 15'000]] entsandten Nordkoreanern [[etwa 4700]] getötet oder verletzt worden \
seien. Die meisten Verluste seien bei den Winterkämpfen entstanden, als die Truppen über offenes \
Gelände gegen ukrainische Drohnen angerannt seien, hiess es aus dem Generalstab. Schon im März \
hatte der Geheimdienst in Seoul gemeldet, Pjöngjang habe zusätzlich [[etwa 3000]] Mann als Ersatz \
geschickt.

Das US-Aussenministerium sieht die Lage ähnlich. Ein Sprecher bezeichnete die Bestätigung am \
Montag als «späte Wahrheit» und sagte, Pjöngjang habe [[mehr als 14'000]] Soldaten nach Russland \
geschickt.

Kiew betont, der Einsatz sei nicht vorbei. Nach Zählung des ukrainischen Aussenministeriums stehen \
derzeit noch [[2000 bis 3000]] Nordkoreaner im Grenzgebiet, um die Ortschaft Gornal werde weiter \
gekämpft. Aussenminister Andrij Sybiha nannte das russische Eingeständnis am Sonntag einen «Beweis \
für die Internationalisierung des Krieges».

Das amerikanische Institute for the Study of War geht in seiner jüngsten Lageanalyse von \
[[über 10'000]] Nordkoreanern aus, die in den vergangenen Monaten an der Front im Einsatz gewesen \
seien.

«Ich fühle mich beiden Ländern verbunden, aber keinem dieser Regime», sagt Min-Ji Huber. Die \
47-Jährige kam 1979 als Säugling aus Seoul nach Wohlen, ihre Adoptiveltern führten damals eine \
Metzgerei an der Zentralstrasse. Zwischen 1970 und 1990 wurden in der Schweiz schätzungsweise 1100 \
Kinder aus Südkorea adoptiert, sagt der Verein Wurzeln Korea, dem Huber seit Jahren angehört.

Vor zwei Jahren hat sie ihre leibliche Mutter in Daegu gefunden. Wenn sie nun von jungen \
Nordkoreanern liest, die in Kursk sterben, denkt sie an deren Mütter. «Das sind 19-, 20-jährige \
Burschen. Niemand hat sie gefragt.»

Der Bund hat die Sanktionen gegen Nordkorea zuletzt im März erweitert; das Staatssekretariat für \
Wirtschaft listet inzwischen 89 Personen und 107 Organisationen. Für Wohlen hat das kaum Folgen: \
Die Gemeinde zählt gut 17'000 Einwohnerinnen und Einwohner, Handelsbeziehungen nach Pjöngjang gibt \
es keine.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt': the JCS figure of Monday to publication: dead and wounded"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'schätzte am Montag': 'insgesamt … entsandten' (sent)"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "same sentence: killed or wounded"),
        C("etwa 3000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "the intelligence service 'Schon im März': 'zusätzlich … als Ersatz' (increment)",
          add=True),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokesman 'am Montag': sent to Russia"),
        C("2000 bis 3000", None, "range", "near_front", "ukraine", "sun..pub",
          "'Nach Zählung des ukrainischen Aussenministeriums' in the present tense, next to the "
          "minister's Sunday remark: Sunday to publication: in the border area"),
        C("über 10'000", 10000, "at_least", "near_front", "other", "pub",
          "ISW 'in seiner jüngsten Lageanalyse' (think tank, undated): at the front"),
    ),
)

W05 = Source(
    article_id="w51_05_organistenverband_sumy_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-09-25"),
    dated_by="sidecar",
    sidecar=(
        "Organum aktuell – Mitteilungen des Landesverbands der Kirchenmusiker",
        "",
        "Orgelmusik für Sumy",
    ),
    features="organists' association magazine in Markdown, UTF-8, front matter without a "
        "date (sidecar without url, Thursday); an italic deck; a Ukrainian organist from Sumy "
        "in the magazine's own interview („Drüben stehen Tausende“ in the headline and the "
        "body, other, `pub`; hearsay 'erzählt jeder'); the concert 'am 7. September' is an "
        "event; NIS 'Anfang September' (dead, total sent, 'teilte der Dienst den Abgeordneten "
        "… mit' after the figure); Shoigu 'Im Juni' 'zusätzlich 6.000 Minenräumer und "
        "Militärbauer' (russia, planned increment); HUR 'Ende August' „mehreren hundert“ "
        "engineers; own framing 'Schätzungen zufolge' (unattributed, required); organ stops "
        "and pipes, members, donations in euros, an IBAN, ages, distance, 1997",
    text="""\
---
title: "Orgelmusik für Sumy"
rubrik: Aus den Gemeinden
heft: "Organum aktuell 10/2025"
---

# „Drüben stehen [[Tausende]]“: Ein Organist aus Sumy spielt für seine Stadt

*Benefizkonzert in der Stadtkirche Bückeburg: Dmytro Lysenko über Kirchenmusik im Grenzgebiet, \
eine beschädigte Orgel und die Soldaten aus Nordkorea*

Wer Dmytro Lysenko an der Orgel erlebt, vergisst schnell, woher er kommt. Der 38-Jährige, bis 2022 \
Organist der evangelisch-lutherischen Gemeinde in Sumy, spielte beim Benefizkonzert am 7. \
September Bach, Reger und eine eigene Improvisation über ein ukrainisches Kirchenlied. 8.640 Euro \
kamen zusammen; sie fließen in die Reparatur der Orgel seiner Heimatgemeinde, die bei einem \
Drohnenangriff im März beschädigt wurde.

Sumy liegt rund 30 Kilometer von der russischen Grenze entfernt. Auf der anderen Seite, im Gebiet \
Kursk, kämpfen seit dem vergangenen Herbst nordkoreanische Soldaten an der Seite der russischen \
Armee. „Bei uns erzählt jeder, dass drüben [[Tausende]] Koreaner stehen“, sagt Lysenko im Gespräch \
mit unserer Redaktion. „Man hört sie nicht, aber man weiß es.“ Seine Mutter lebe noch in der Stadt \
und schlafe seit Monaten im Flur, weil der keine Fenster hat.

## Was die Zahlen sagen

Die offiziellen Angaben sind nüchterner, aber kaum weniger bedrückend. Seit Beginn des Einsatzes \
seien [[rund 2.000]] nordkoreanische Soldaten gefallen, insgesamt habe Pjöngjang [[etwa 13.000]] \
Mann entsandt – das teilte Südkoreas Nachrichtendienst NIS Anfang September den Abgeordneten in \
Seoul mit.

Im Juni hatte Russlands Sicherheitsratssekretär Sergej Schoigu nach einem Besuch in Pjöngjang \
erklärt, Nordkorea werde zusätzlich [[6.000]] Minenräumer und Militärbauer in das Gebiet Kursk \
schicken. Die ersten davon sind inzwischen angekommen: Der ukrainische Militärgeheimdienst HUR \
sprach Ende August von „[[mehreren hundert]]“ Pionieren, die Felder und Straßen bei Sudscha \
räumten.

Schätzungen zufolge haben seit Herbst 2024 [[mehr als 15.000]] Nordkoreaner in Russland Dienst \
getan. Für Lysenko bleibt das eine abstrakte Zahl. „Für mich sind das die Lichter auf der anderen \
Seite des Flusses“, sagt er.

## Ein Instrument, das Trost kann

Die Bückeburger Orgel, 1997 nach historischem Vorbild rekonstruiert, hat 48 Register und gut 3.000 \
Pfeifen. Kantorin Anne-Katrin Wöhler hatte Lysenko über einen Meisterkurs kennengelernt und das \
Konzert binnen sechs Wochen organisiert. Unser Landesverband zählt derzeit 1.240 Mitglieder, rund \
70 von ihnen kamen nach Bückeburg.

Im Advent will Lysenko wieder spielen, diesmal im Dom zu Minden. Spenden für die Orgel in Sumy \
sind weiterhin möglich: IBAN DE12 2555 0000 0123 4567 89, Stichwort „Orgel Sumy“.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "headline quoting the organist's interview with the magazine (undated): across the "
          "border in Kursk"),
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "the organist 'sagt … im Gespräch mit unserer Redaktion' (present tense, hearsay he "
          "passes on: still his claim): across the border"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "Konjunktiv, the source at the end ('das teilte … NIS Anfang September … mit'): fallen"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same sentence: 'insgesamt … entsandt' (sent)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni': 'werde zusätzlich … schicken' (planned increment)", add=True),
        C("mehreren hundert", None, "vague", "near_front", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'Ende August' in „…“: engineers clearing fields near Sudzha (border area)"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "own framing 'Schätzungen zufolge' without a source (required, as in earlier sets): "
          "served in Russia"),
    ),
)

W06 = Source(
    article_id="w51_06_passau_campusradio_bautrupps_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Campuswelle Passau",
        "https://www.campuswelle-passau.example/welt/bautrupps-statt-sturmtruppen",
        "Bautrupps statt Sturmtruppen: Was Kim jetzt nach Russland schickt",
    ),
    features="Passau student radio's web page in HTML, UTF-16 LE with BOM (sidecar, "
        "Wednesday; no meta date), a consent box asking to count listeners, a script with the "
        "show and frequency, a stylesheet version, `&middot;`/`&amp;`; teaser 'Seoul zählt "
        "5.000 zusätzliche' (increment) from the NIS 'am Dienstag vergangener Woche'; 'hieß es "
        "in der Mitteilung weiter' after the front figure; the station's own talk 'am "
        "Montagabend' with a Passau East Asia expert (range in Russia, „mehrere tausend“ "
        "casualties: other); HUR 'am Wochenende' (Saturday–Sunday) with 'noch einmal 3.000' "
        "(planned increment); Kursk veterans at the 10 October parade per state media "
        "(returnees: optional); students and exchange students, talk length, address, phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Bautrupps statt Sturmtruppen? Nordkoreas Soldaten in Russland | Campuswelle Passau</title>
<meta property="og:title" content="Bautrupps statt Sturmtruppen? Nordkoreas Soldaten in Russland">
<link rel="stylesheet" href="/assets/cw.css?v=27">
<script>window.cw={sendung:"Campuswelle am Mittag",frequenz:"UKW \
88,3",onAir:true,hoerer:0};</script>
</head>
<body>
<div class="consent">Wir sind ein Studi-Radio ohne Werbeetat, aber mit Statistik: Dürfen wir \
mitzählen, wie oft ihr reinhört? <button>Zählt ruhig mit</button> <button>Ich hör lieber \
heimlich</button></div>
<nav><a href="/">Home</a> | <a href="/programm">Programm</a> | <a href="/campus">Campus</a> | <a \
href="/welt">Welt</a> | <a href="/mitmachen">Mitmachen</a></nav>
<article>
<p class="dachzeile">Campuswelle-Talk &middot; von Lukas Brandl und Selin Aydın</p>
<h1>Bautrupps statt Sturmtruppen: Was Kim jetzt nach Russland schickt</h1>
<p class="teaser">Seoul zählt [[5.000]] zusätzliche Bausoldaten, Kiew rechnet mit einer neuen \
Rotation &ndash; und im Audimax-Foyer diskutieren Studierende, was das bedeutet.</p>
<p>Ein gutes Jahr nach dem ersten Einsatz nordkoreanischer Soldaten in Russland verändert sich \
offenbar ihre Rolle. Südkoreas Geheimdienst NIS teilte am Dienstag vergangener Woche mit, dass \
Pjöngjang seit September [[etwa 5.000]] Militärbauarbeiter zusätzlich zu den Kampftruppen nach \
Russland verlegt habe. Sie sollen zerstörte Straßen, Brücken und Bahnlinien im Gebiet Kursk wieder \
instand setzen.</p>
<p>An der Front selbst stünden derzeit [[rund 10.000]] Nordkoreaner, die meisten in Grenzdörfern, \
aus denen die ukrainische Armee im Frühjahr verdrängt wurde, hieß es in der Mitteilung weiter. \
Verluste hat der Dienst seit dem Sommer nicht mehr beziffert.</p>
<h2>&bdquo;Lohnarbeit mit Gewehr&ldquo;</h2>
<p>Bei unserem Campus-Talk am Montagabend ordnete die Passauer Ostasien-Expertin Dr. Miriam \
Oberleitner die Meldungen ein. Sie schätzt, dass inzwischen [[15.000 bis 20.000]] Nordkoreaner in \
Russland im Einsatz waren oder sind, Soldaten und Bauleute zusammengerechnet. &bdquo;Für Kim ist \
das ein Geschäft: Devisen, Öl, Raketentechnik&ldquo;, sagte sie. Von den Kämpfern seien nach ihrer \
Einschätzung &bdquo;[[mehrere tausend]]&ldquo; gefallen oder verwundet.</p>
<p>Kiew zeichnet ein düstereres Bild. Der ukrainische Militärgeheimdienst HUR bezifferte die Zahl \
der getöteten und verwundeten Nordkoreaner am Wochenende auf [[mindestens 6.000]]. Zudem bereite \
Pjöngjang eine neue Rotation vor, sagte HUR-Sprecher Andrij Jussow: Bis Jahresende könnten noch \
einmal [[3.000]] Soldaten kommen.</p>
<p>Gefeiert werden die Heimkehrer trotzdem. Als die Arbeiterpartei am 10. Oktober ihr 80-jähriges \
Bestehen mit einer Militärparade feierte, marschierten laut Staatsmedien auch [[Hunderte]] \
Veteranen des Kursk-Einsatzes an Kim Jong Un vorbei.</p>
<h2>Und was heißt das für uns?</h2>
<p>Im Publikum saßen rund 80 Studierende, einige aus der Ukraine, zwei aus Südkorea. Die Uni \
Passau hat in diesem Semester 14 Austauschstudierende aus Korea und gut 60 Studierende aus der \
Ukraine. Eine Lehramtsstudentin aus Charkiw wollte wissen, ob die Bausoldaten auch Minen räumen. \
Oberleitner: &bdquo;Vermutlich ja &ndash; und das ist die gefährlichste Arbeit, die es dort \
gibt.&ldquo;</p>
<p>Den ganzen Talk (47 Minuten) gibt es zum Nachhören in unserer Mediathek. Nächste Sendung: \
Donnerstag, 18 Uhr, auf UKW 88,3 und im Stream.</p>
</article>
<footer>Campuswelle Passau e.V. &middot; Innstraße 41 &middot; 94032 Passau &middot; Studio 0851 \
509-1234</footer>
</body>
</html>
""",
    claims=(
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "teaser 'Seoul zählt … zusätzliche': the NIS figure (Tuesday of last week) to "
          "publication (increment)", add=True),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "NIS 'am Dienstag vergangener Woche' (Tuesday 4 November): 'zusätzlich zu den "
          "Kampftruppen' moved to Russia (increment)", add=True),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "Konjunktiv, the source after the figure ('hieß es in der Mitteilung weiter'): at "
          "the front"),
        C("15.000 bis 20.000", None, "range", "in_russia", "other", "mon",
          "East Asia expert at the station's talk 'am Montagabend' ('Sie schätzt'): deployed "
          "in Russia, soldiers and builders"),
        C("mehrere tausend", None, "vague", "casualties", "other", "mon",
          "same talk, in &bdquo;…&ldquo;: fallen or wounded"),
        C("mindestens 6.000", 6000, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'bezifferte … am Wochenende auf': dead and wounded"),
        C("3.000", 3000, "exact", "planned", "ukraine", "sat..sun",
          "HUR spokesman, same weekend: 'noch einmal' could come by year end (increment)",
          add=True),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10..2025-10-11",
          "state media on the parade's Kursk veterans (returnees: optional, as in earlier "
          "sets)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (New Zealand, Shetland, US, Tajikistan, Tokelau, Comoros)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w51_07_tauranga_second_group",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-10-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bay of Plenty Courier",
        "https://www.bopcourier.example/world/seoul-says-another-1500-north-korean-troops-"
        "have-reached-russia/3TQ7XK",
        "Seoul says another 1,500 North Korean troops have reached Russia",
    ),
    features="Tauranga daily in plain text, UTF-16 LE with BOM and CRLF (sidecar, Thursday), "
        "straight quotes; headline 'Seoul says another 1,500' (increment) from the lead's "
        "'a second group of about 1,500' (increment), dated by the next sentence ('said in "
        "Seoul on Wednesday'); the lawmaker's new total 'some 3,000' and '10,000 in all by "
        "December' (planned); White House's Kirby 'on Wednesday'; Budanov 'at the weekend' "
        "(Saturday–Sunday); New Zealand's foreign minister 'yesterday' (other); a Korean "
        "society in the Bay of Plenty: class size, residents born in Korea, kiwifruit "
        "exports in NZ$, NZDF trainers in the UK, 1950, age, phone number",
    text="""\
Seoul says another [[1,500]] North Korean troops have reached Russia

Bay of Plenty's Korean community watches with unease as the count keeps climbing

By Aroha Tane-Whitfield

South Korea's intelligence service believes North Korea has shipped a second group of \
[[about 1,500]] soldiers to Russia, doubling the force Pyongyang has committed to Vladimir Putin's \
war in a matter of days.

The new arrivals bring the North Korean presence in Russia to [[some 3,000]], Park Sun-won, an \
opposition MP who sits on the National Assembly's intelligence committee, said in Seoul on \
Wednesday after a closed-door briefing by the agency. He said the spy service expected Pyongyang \
to dispatch [[10,000]] in all by December.

Washington, which for days had spoken only of "evidence", went further the same day. At the White \
House, security spokesman John Kirby put the number carried by sea to eastern Russia in early to \
mid-October at [[at least 3,000]], adding that they were now training at bases there. What they \
would do next was "deeply concerning", he said.

Kyiv's estimates run higher still. Kyrylo Budanov, the head of Ukraine's military intelligence, \
told an American defence website at the weekend that [[around 11,000]] North Korean infantrymen \
were being trained in Russia's far east, and that the first units could reach the Kursk region by \
November 1.

New Zealand's Foreign Minister, Winston Peters, said in a statement yesterday that the presence of \
"[[thousands]] of North Korean soldiers" in Russia marked "a dangerous escalation" and that \
Wellington was talking with partners about a response, including further sanctions.

In Tauranga, the news landed hard at the Korean Society of the Bay of Plenty, whose Thursday-night \
language classes draw about 40 adults and children. "Our grandparents fled from the north in \
1950," said the society's president, Kim Ji-hoon, 58, a kiwifruit orchardist in Te Puke. "Now \
young men from up there are being sent to die in someone else's war. It makes me feel sick."

About 1,900 Bay of Plenty residents were born in South Korea, according to the latest census. Te \
Puke's growers exported NZ$1.1 billion of fruit to Asian markets last season, with South Korea \
among the five biggest buyers.

New Zealand itself keeps about 100 Defence Force personnel in the United Kingdom to help train \
Ukrainian recruits, a deployment the Government extended in August. Kim said his members would \
hold a prayer evening on Sunday at the Greerton community hall. Inquiries: 07 578 2210.
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul says another' (increment, span without the word): the lead's NIS "
          "figure of Wednesday to publication", add=True),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "wed",
          "lead 'intelligence service believes … a second group of' (increment), dated by the "
          "next sentence ('said in Seoul on Wednesday')", add=True),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lawmaker after the NIS briefing 'on Wednesday': the new total in Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same lawmaker: 'expected Pyongyang to dispatch … in all by December'"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House's Kirby 'the same day' (Wednesday), 'put the number … at': carried to "
          "eastern Russia"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "sat..sun",
          "Budanov 'at the weekend': being trained in Russia's far east"),
        C("thousands", None, "vague", "in_russia", "other", "yday",
          "New Zealand's foreign minister (a third government) 'in a statement yesterday': "
          "presence in Russia"),
    ),
)

W08 = Source(
    article_id="w51_08_fair_isle_long_way_from_kursk_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-03-21"),
    dated_by="front_matter",
    features="Fair Isle community news page in Markdown, ISO-8859-1 (straight quotes, `£`), "
        "front matter with `date:`, a title without a figure; a Ukrainian assistant warden "
        "at the Bird Observatory without a figure of her own; the NIS 'at the start of March' "
        "('roughly 3,000 more', increment, and 'around 14,000' by its count, a new total); "
        "HUR 'last week' 'fresh … as reinforcements' (increment); UK Defence Intelligence "
        "'on Tuesday' 'had passed 4,000' (other, at_least, verb outside the span); a "
        "Pentagon spokesman 'earlier this month' in quotes; Rutte 'on Monday' in Warsaw; "
        "Zelensky's assault groups of '20 to 30' (unit size, not a claim); population, "
        "school roll, bird species, passengers, fares in pounds, flight minutes, donations",
    text="""\
---
title: 'Island news: a long way from Kursk'
date: 2025-03-21
author: Fair Isle Community News
tags: [community, bird observatory, world]
---

# A long way from Kursk

The first mail-boat sailing of the season left Grutness on Tuesday with 11 passengers, three \
tonnes of building materials and, squeezed in among the feed bags, a volunteer who has come \
further than most of us.

Yana Melnyk, 27, from Sumy in north-eastern Ukraine, will spend the summer as an assistant warden \
at the Bird Observatory, counting migrants along the cliffs and helping with the seabird \
monitoring. She grew up 30 miles from the Russian border, and her father still lives there.

"People at home talk about the Koreans all the time," she said in the Obs kitchen on Wednesday. \
"You read the numbers on Telegram every morning before breakfast, like the weather."

## The numbers she reads

Those numbers have moved again this month. South Korea's spy service told parliament at the start \
of March that [[roughly 3,000]] more North Korean troops were shipped to Russia in January and \
February, which would put Pyongyang's contingent there at [[around 14,000]] men by the agency's \
own count.

Kyiv says many of them are already back in the fight. Ukraine's military intelligence reported \
last week that [[about 1,500]] fresh North Korean soldiers had been sent into the Kursk region as \
reinforcements, after the original units were pulled back in January to recover from heavy losses. \
President Volodymyr Zelensky said in his nightly address on Sunday that they now attack "in groups \
of 20 to 30, again and again".

Britain's Defence Intelligence, in one of its regular updates on Tuesday, judged that North Korean \
losses in Kursk had passed [[4,000]] killed and wounded. A Pentagon spokesman had said earlier \
this month that "[[several hundred]]" of those casualties were deaths.

Nato's secretary general, Mark Rutte, visiting Warsaw on Monday, said the alliance counted \
"[[well over 10,000]]" North Koreans still fighting for Russia, and called the deployment a direct \
threat to Euro-Atlantic security.

## On the isle

Fair Isle's population stood at 58 at the last count, and the school roll is five. The Obs logged \
214 bird species last year, two of them firsts for Britain. Yana's flight from Krakow to Edinburgh \
cost £89; the Loganair hop from Tingwall takes 25 minutes when the fog allows.

Her father has told her he will not leave Sumy. "He says he is too old to be scared," she said, \
"and somebody has to feed the neighbours' cats."

The hall hosts a fundraiser for displaced Ukrainian families on Saturday 5 April from 7pm, with \
soup, a raffle and the fiddle group. Donations so far: £1,240.
""",
    claims=(
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-10",
          "NIS 'told parliament at the start of March': 'more … shipped' in January and "
          "February (increment; the months are the event)", add=True),
        C("around 14,000", 14000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-10",
          "same statement: 'would put … contingent there at' (a new total, not an increment)"),
        C("about 1,500", 1500, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'reported last week': 'fresh … sent into the Kursk region as reinforcements' "
          "(increment)", add=True),
        C("4,000", 4000, "at_least", "casualties", "other", "tue",
          "UK Defence Intelligence (a third government) 'on Tuesday': 'had passed' (at_least, "
          "verb outside the span): killed and wounded"),
        C("several hundred", None, "vague", "casualties", "united_states",
          "2025-03-01..pub",
          "Pentagon spokesman 'earlier this month' in quotes: deaths"),
        C("well over 10,000", 10000, "at_least", "near_front", "nato", "mon",
          "Rutte 'visiting Warsaw on Monday', in quotes: still fighting for Russia"),
    ),
)

W09 = Source(
    article_id="w51_09_kentucky_fort_knox_casualties_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Kentucky public radio site in HTML, UTF-8 (`article:published_time` with -05:00, "
        "a byline line 'December 18, 2024', a pledge script with a goal in dollars and a donor "
        "count, a cookie notice about bacon grease and biscuits, frequencies, curly quotes raw "
        "and `&middot;`/`&amp;`); `<meta name=\"description\">` figure (optional); US defense "
        "officials 'said Tuesday' “a few hundred” (US style weekday without 'on') and a second "
        "figure carried by 'Overall, they said'; HUR 'said Sunday' `at least 30`; the JCS "
        "'reported Monday … which the military puts at'; the State Department 'In early "
        "November' with 'at the time'; a retired colonel's 'something like 12,000' (other, "
        "`pub`); V Corps "
        "soldiers in Poland, miles, Korean War dead, 1950, ages, a grant in dollars",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>From Fort Knox to Kursk: North Korea’s war in Russia turns deadly | Bluegrass Public \
Radio</title>
<meta name="description" content="U.S. officials say “[[a few hundred]]” North Korean soldiers \
have been killed or hurt fighting for Russia. At Fort Knox, the Army’s V Corps is watching.">
<meta property="article:published_time" content="2024-12-18T06:10:00-05:00">
<meta property="og:site_name" content="Bluegrass Public Radio">
<script>var bpr = {station: "WBGP", pledgeGoal: 250000, donors: 3412, drive: "winter"};</script>
<script async src="https://cdn.bpr.example/player/v3.js"></script>
</head>
<body>
<div class="cookie-notice">We use cookies the way Grandma used bacon grease: a little, in nearly \
everything. <button>Pass the biscuits</button> <button>Hold the grease</button> <a \
href="/privacy">What’s in the skillet</a></div>
<header><a href="/" class="logo">Bluegrass Public Radio</a> <a href="/donate" \
class="donate">Donate</a> <span>89.9 FM Louisville &middot; 90.7 FM Elizabethtown</span></header>
<nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/military">Military &amp; \
Veterans</a> <a href="/arts">Arts</a> <a href="/schedule">Schedule</a></nav>
<article>
<h1>North Korea’s troops in Russia begin taking casualties, Pentagon says</h1>
<p class="byline">By Dana Whitlock &middot; December 18, 2024 &middot; 6:10 AM EST</p>
<p>North Korean soldiers sent to fight for Russia are now suffering losses in the Kursk region, \
U.S. defense officials said Tuesday, estimating that “[[a few hundred]]” had been killed or \
wounded in their first weeks of combat.</p>
<p>The assessment, given to reporters at the Pentagon on condition of anonymity, is the first \
American estimate of North Korean casualties. Overall, they said, Pyongyang now has \
[[more than 11,000]] troops in Russia, most of them in Kursk. The officials did not say how many \
of the casualties were deaths.</p>
<p>Ukraine has offered its own, more specific accounts. Its military intelligence directorate said \
Sunday that [[at least 30]] North Korean soldiers were killed or wounded in assaults near two \
villages in Kursk over the weekend.</p>
<p>In Seoul, the Joint Chiefs of Staff reported Monday that the North Korean contingent, which the \
military puts at [[around 11,000]], had been fully committed to front-line fighting alongside \
Russian units.</p>
<h2>‘We expected it’</h2>
<p>The Biden administration had warned this was coming. In early November, the State Department \
said [[8,000]] of the North Korean troops had moved into Kursk, and officials said at the time \
they expected them to enter combat “in the coming days.”</p>
<p>At Fort Knox, about 35 miles south of Louisville, the news is followed closely. The post is \
home to V Corps, whose forward headquarters in Poznań, Poland, coordinates the U.S. Army’s \
rotational forces in eastern Europe. Roughly 650 of the corps’ soldiers are deployed there \
now.</p>
<p>“We are not in this fight, but we are standing right next to it,” said retired Col. Thomas \
Reddick, 71, of Elizabethtown, who commanded an armor battalion at Fort Knox in the 1990s and now \
teaches a course on the Korean peninsula at a community college. His best estimate of the North \
Korean force is “[[something like 12,000]] in total, and not one of them trained for drones.”</p>
<p>Reddick’s father fought at the Chosin Reservoir in 1950. More than 1,000 Kentuckians died in \
the Korean War, according to the state’s veterans affairs department.</p>
<p class="support">BPR’s Veterans Desk is supported in part by a $75,000 grant from the Ohio \
Valley Journalism Fund.</p>
</article>
<footer>&copy; 2024 Bluegrass Public Radio &middot; 619 S. Fourth St., Louisville, KY &middot; \
(502) 555-0148</footer>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "casualties", "united_states", "tue..pub",
          "<meta name=description> (metadata) restating the officials' Tuesday figure",
          opt=True),
        C("a few hundred", None, "vague", "casualties", "united_states", "tue",
          "US defense officials 'said Tuesday', in quotes: killed or wounded"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "same briefing, 'Overall, they said': in Russia"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'said Sunday' ('over the weekend' is the event): killed or wounded"),
        C("around 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "JCS 'reported Monday … which the military puts at': committed to front-line fighting"),
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-11-01..2024-11-10",
          "State Department 'In early November' ('at the time'): moved into Kursk"),
        C("something like 12,000", 12000, "approx", "in_russia", "other", "pub",
          "retired colonel's 'best estimate' in quotes, present tense (undated): the whole "
          "force ('something like' = approx, as in earlier sets)"),
    ),
)

W10 = Source(
    article_id="w51_10_dushanbe_shoigu_builders",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-06-19"),
    dated_by="dateline", crlf=True,
    features="Tajik English-language outlet in plain text, windows-1252 with CRLF (curly quotes "
        "and dashes raw), dated by its dateline 'DUSHANBE, June 19, 2025 (Pamir Herald) –'; "
        "headline 'Shoigu says' from the lead's Shoigu figure 'after talks in Pyongyang on "
        "Tuesday' (Tuesday to publication), its breakdown `1,000` and `5,000` (no increment "
        "word, as in earlier sets); Peskov 'on Wednesday' without a figure; the NIS 'in "
        "April' `about 4,700` casualties 'including some 600 dead' (breakdown); Budanov "
        "'on Sunday' to a TV channel; a Dushanbe labour-migration analyst restating the "
        "6,000 inside his quote (optional) and 'up to 30,000 more' (other, `pub`, "
        "increment); Tajik migrants in Russia, remittances as a share, recruits, a Russian "
        "base and its troops, ordinal, treaty 'a year ago', phone number",
    text="""\
Shoigu says Kim will lend [[6,000]] engineers and construction troops to rebuild Kursk

Tajik migrant groups fear a new recruitment push as Moscow turns to North Korea for labour on the \
front line

DUSHANBE, June 19, 2025 (Pamir Herald) – Russia will bring in [[6,000]] North Korean military \
engineers and construction troops to clear mines and rebuild the Kursk region, Sergei Shoigu, the \
former defence minister now in charge of Russia’s Security Council, said after talks in Pyongyang \
on Tuesday.

Of that number, [[1,000]] will be specialists clearing the mines left behind by last year’s \
fighting, while [[5,000]] will be military builders restoring roads, bridges and housing, Shoigu \
told Russian state media. He described the mission as “fraternal help” under the partnership \
treaty Putin and Kim put their names to a year ago.

It was Shoigu’s second trip to Pyongyang in a fortnight. Kremlin spokesman Dmitry Peskov declined \
on Wednesday to say when the North Koreans would arrive or where they would be housed.

The announcement comes two months after Moscow and Pyongyang first acknowledged that North Korean \
soldiers had fought in Kursk. South Korea’s National Intelligence Service estimated in April that \
the deployment had cost the North [[about 4,700]] casualties, including [[some 600]] dead.

Kyiv insists the North Koreans never left. Kyrylo Budanov, chief of Ukraine’s military \
intelligence, told a Ukrainian television channel on Sunday that [[around 11,000]] North Korean \
troops remained in the Kursk region and that Pyongyang was preparing to rotate in fresh units over \
the summer.

In Dushanbe, the news was read with a different worry. Some 1.2 million Tajik citizens work in \
Russia, and the money they send home equals roughly a third of Tajikistan’s economy. Rights groups \
say hundreds of Tajik migrants have been pressed into signing military contracts since 2023, often \
after police raids on construction sites around Moscow.

“If Russia can get [[6,000]] builders from Kim for free, it will want fewer of ours – or it will \
want ours at the front instead,” said Parviz Nazarov, a Dushanbe-based analyst of labour \
migration. He thinks Moscow could eventually ask Pyongyang for [[up to 30,000]] more men across \
both roles, soldiers and workers alike.

Tajikistan hosts Russia’s 201st military base, where about 7,000 Russian troops are stationed. \
Officials in Dushanbe have not commented on Shoigu’s visit.

Citizens abroad who are pressured to sign a contract can call the Migration Service hotline on \
(+992 37) 221 45 67.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Shoigu says': the lead's figure of Tuesday to publication: to be sent"),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'said after talks in Pyongyang on Tuesday' (source at the end): will bring "
          "in"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "breakdown of the 6,000 (no increment): mine clearers"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "breakdown of the 6,000: military builders"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'estimated in April': casualties"),
        C("some 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'including … dead' (a breakdown, not an increment)"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "sun",
          "Budanov 'on Sunday' to a TV channel: remained in the Kursk region"),
        C("6,000", 6000, "exact", "planned", "other", "pub",
          "Shoigu's figure restated inside the analyst's quote (anaphoric: optional)", opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "other", "pub",
          "analyst 'He thinks' (present tense, undated): 'more men' (increment)", add=True),
    ),
)

W11 = Source(
    article_id="w51_11_tokelau_fakaofo_trainer_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "Tokelau Tala",
        "https://www.tokelautala.example/community/home-from-the-training-grounds",
        "Home from the training grounds",
    ),
    features="Tokelau news page in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar, Thursday), a title without a figure, a dateline '**Fale, Fakaofo** —'; a "
        "returning NZDF lance corporal passing on what Ukrainian recruits said, without a "
        "figure; headline 'Kyiv warns of up to 30,000 more' (increment) from Budanov's "
        "interview 'that appeared on Monday' (range increment); the NIS 'Last month' (June) and "
        "'In spring' (March–May) casualties; Rutte 'in late June' at the Hague summit; New "
        "Zealand's defence minister 'on Wednesday' „thousands more“ (other, increment); own "
        "framing 'an estimated 15,000' (unattributed, required); residents, atolls, ferry "
        "distance, Ukrainians trained, NZ$, ages, months",
    text="""\
---
title: "Home from the training grounds"
section: Community
island: Fakaofo
---

# Fakaofo soldier home from training Ukrainians as Kyiv warns of [[up to 30,000]] more North Koreans

**Fale, Fakaofo** — Lance Corporal Sione Perez spent six months on a windswept range in the \
English countryside, teaching Ukrainian volunteers how to clear a trench and treat a wound under \
fire. This week he stepped off the *Mataliki* on to the reef at Fale, back where he grew up, to \
hymns, an umu feast and an afternoon of speeches.

Perez, 26, is one of the New Zealand Defence Force personnel who have helped train Ukrainian \
recruits in Britain since 2022. The Ukrainians he trained, he said, talked constantly about the \
North Korean troops some of their units would face. "They told me the Koreans do not stop. They \
keep coming, even with the drones right over them."

## What Kyiv and Seoul are saying

That warning is now an official one. Kyrylo Budanov, who runs Ukraine's military intelligence, \
told a Kyiv newspaper in an interview that appeared on Monday that Pyongyang was preparing \
[[25,000 to 30,000]] additional troops who could be sent to Russia before the end of the year, \
partly to replace units that have suffered heavy losses.

South Korea's National Intelligence Service has been more cautious. Last month it said \
[[roughly 11,000]] North Korean soldiers were still in Russia, with the rest of the original force \
dead, wounded or already rotated home. In spring, the agency had put the number of dead and \
wounded at [[about 4,700]].

At the NATO summit in The Hague in late June, Secretary General Mark Rutte said North Korea had \
sent "[[more than 10,000]]" soldiers to fight alongside Russia. In Wellington, Defence Minister \
Judith Collins said on Wednesday that any dispatch of "[[thousands]] more" would be met with \
further sanctions from New Zealand.

Since the first contingent landed at Vladivostok in October 2024, [[an estimated 15,000]] North \
Korean soldiers have served in Russia's war.

## A welcome on the reef

Tokelau has about 1,650 residents spread across three atolls and no airstrip; the *Mataliki* needs \
more than a day for the roughly 500 kilometres from Apia. The NZDF says more than 6,000 Ukrainians \
have been through the training programme it supports in England.

Perez's aumaga, the village youth group, raised NZ$2,300 towards his fare home. "He left as a boy \
who fixed outboard motors," said his aunt, Malia Perez, 61. "He came back as someone who has seen \
what war does." He has three weeks of leave before returning to Linton Military Camp.
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv warns of … more' (increment): Budanov's figure of Monday to "
          "publication", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon",
          "Budanov 'in an interview that appeared on Monday': 'additional troops who could be "
          "sent' (range increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea",
          "2025-06-01..2025-06-30",
          "NIS 'Last month' (June): still in Russia"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "the agency 'In spring … had put' (a season: March–May): dead and wounded"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte at the Hague summit 'in late June', in quotes: sent"),
        C("thousands", None, "vague", "planned", "other", "wed",
          "New Zealand's defence minister (a third government) 'on Wednesday', "
          "\"… more\" (increment): any dispatch", add=True),
        C("an estimated 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "own framing without a source (required, as in earlier sets): served in Russia"),
    ),
)

W12 = Source(
    article_id="w51_12_moroni_brief_kursk_dead_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "The Moroni Brief (English edition)",
        "https://www.moronibrief.example/en/issue-143/pyongyang-decorates-its-kursk-dead",
        "Pyongyang decorates its Kursk dead as Seoul counts 2,000",
    ),
    features="Comoros English-language newsletter in HTML, UTF-8 (sidecar, Wednesday; no meta "
        "date), a subscriber script, a cookie notice about vanilla cake, an issue number, "
        "curly quotes raw and `&middot;`; `<title>` figure (optional); headline 'as Seoul "
        "counts 2,000' from the NIS passage 'in late September' whose source comes after the "
        "figures ('that, at least, was the estimate …'); KCNA 'reported on Saturday' `more "
        "than 300` fallen (north_korea); Zelensky at the UN General Assembly 'on 24 "
        "September' “over 15,000”; Rutte 'on Monday' “thousands more” (nato, increment); "
        "a foreign ministry official without a figure; Vietnam War pilots ('a few hundred', "
        "not a claim), students in Russia, scholarships, exports in euros, 1975",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pyongyang decorates its Kursk dead as Seoul counts [[2,000]] | The Moroni Brief</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var mbSubs = {list: "english-weekly", count: 2870, lang: "en"};</script>
</head>
<body>
<div class="cookies">Like our grandmothers’ vanilla cake, this newsletter is made with a pinch of \
cookies. <button>Serve me a slice</button> <button>I’m skipping dessert</button></div>
<nav><a href="/">Home</a> &middot; <a href="/islands">The Islands</a> &middot; <a \
href="/africa">Africa</a> &middot; <a href="/world">World</a> &middot; <a \
href="/subscribe">Subscribe</a></nav>
<main>
<p class="issue">The Moroni Brief &middot; English edition &middot; Issue 143</p>
<h1>Pyongyang decorates its Kursk dead as Seoul counts [[2,000]]</h1>
<p>North Korea has for the first time put a figure on its own losses in Russia’s war. Kim Jong Un \
awarded posthumous medals to [[more than 300]] soldiers who “fell heroically” in the Kursk region, \
the state news agency KCNA reported on Saturday, a day after the ruling party’s 80th anniversary \
parade in Pyongyang.</p>
<p>The true toll is far higher. [[Some 2,000]] North Korean soldiers have died since the first \
units entered combat last November, and [[around 10,000]] remain deployed in Kursk and \
neighbouring Belgorod – that, at least, was the estimate South Korea’s National Intelligence \
Service gave lawmakers in late September.</p>
<p>Ukraine’s president, Volodymyr Zelensky, told the UN General Assembly in New York on 24 \
September that North Korea had by then sent “[[over 15,000]]” troops to Russia, and warned that \
their experience with drones would soon be “exported” to the Korean peninsula. Nato’s secretary \
general, Mark Rutte, asked about the parade on Monday, said Pyongyang was readying “[[thousands]] \
more” for the next rotation.</p>
<p>By most accounts, the Kursk campaign is North Korea’s largest foreign deployment since the \
Vietnam War, when a few hundred of its pilots flew from bases near Hanoi.</p>
<h2>Why it matters in Moroni</h2>
<p>The Union of the Comoros, independent since 1975, keeps diplomatic relations with both Koreas \
and has usually abstained in General Assembly votes on the war in Ukraine. A senior official at \
the foreign ministry told the Brief on Monday that the government “follows the situation with \
concern” but would not comment on any figures.</p>
<p>About 150 Comorian students currently study in Russia on government scholarships, and Moscow \
has offered 40 more places for next year. Trade is small: Comorian vanilla and clove exports to \
Russia were worth under €300,000 in 2024, out of total exports of roughly €60 million.</p>
<p class="signoff">Questions or tips? Write to the desk in Moroni, or reply to this email. See you \
next Wednesday.</p>
</main>
<footer>&copy; 2025 The Moroni Brief &middot; Route de la Corniche, Moroni &middot; +269 773 21 \
40</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-21..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-21..pub",
          "headline 'as Seoul counts': the NIS estimate of late September to publication: dead"),
        C("more than 300", 300, "at_least", "casualties", "north_korea", "sat",
          "KCNA 'reported on Saturday': posthumous medals to soldiers who fell"),
        C("Some 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "source after the figures ('that, at least, was the estimate … NIS gave lawmakers in "
          "late September'): died"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "2025-09-21..2025-09-30",
          "same estimate: remain deployed in Kursk and Belgorod"),
        C("over 15,000", 15000, "at_least", "in_russia", "ukraine", "2025-09-24",
          "Zelensky at the UN General Assembly 'on 24 September', in quotes: sent"),
        C("thousands", None, "vague", "planned", "nato", "mon",
          "Rutte 'on Monday', “… more” (increment): readied for the next rotation", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    W01, W02, W03, W04, W05, W06,
    W07, W08, W09, W10, W11, W12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
