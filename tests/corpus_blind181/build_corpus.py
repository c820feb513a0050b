"""Build the HUNDRED-AND-EIGHTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-third corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
laundry's customer letter from Fuschl am See (Austrian conventions) with a former ship's carpenter
from Mykolaiv and a tour guide from Daegu, a ski rental and service shop's pre-season post from
Dienten am Hochkönig with a former chemistry teacher from Chernivtsi and a cook from Mokpo, a
cattle show committee's review page from Rothenthurm (Swiss conventions) with a milker from Bila
Tserkva and an agronomist from Jeju, a shingle maker's customer letter from Riemenstalden (Swiss
conventions) with a former forester from Ternopil and a translator from Suncheon, a wire-drawing
works' customer letter from Altena in the Lennetal with a machine operator from Kryvyi Rih and an
electrical engineer from Gumi, and a gemstone-cutting workshop's notes from Kempfeld on the
Idarwald with a jewellery repairer from Kamianets-Podilskyi and a ceramicist from Icheon; an
agency-style wire report from the first day of the tomato harvest on Wadmalaw Island with a
machinist from Kremenchuk and a produce buyer born in Hadong, a Wadmalaw Island feed-and-seed
store's counter page with a cashier from Mukachevo and a retired sergeant born in Pyeongtaek, a
readers' letters page from a Bay Islands weekly in French Harbour on Roatán with letters quoting a
brother near Sudzha and a reader from Jinhae, an ice plant's notes from Oak Ridge on Roatán with a
refrigeration mechanic from Izmail and a lobster-boat captain born in Sacheon, a cod jigging derby
committee's notes from Ramea with an electrician from Drohobych and a marine biologist born in
Cheongju, and a Ramea convenience store's news page with a former pharmacist from Nizhyn and a
travelling dentist born in Gimhae. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]`
and labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind181_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Fuschl and the Hochkönig, Rothenthurm and Riemenstalden, Lennetal, Idarwald)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v181_01_kundenbrief_waescherei_fuschl",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-18"),
    dated_by="dateline", crlf=True,
    features="a laundry's (Wäscherei) customer letter from Fuschl am See (Salzburg) as plain "
        "text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the letter line "
        "'Fuschl am See, 18.02.2025' (Tuesday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Leintuch`); a washing line's kilos and year, hotels served, `bis zu 14 "
        "Tonnen` a week (a hedged figure that is not a claim), prices per kilo and per shirt in "
        "euros, delivery days and a founding year first; a former ship's carpenter from Mykolaiv "
        "relaying his cousin, a medic in the Kursk region ('Am Samstag habe der Cousin nach zwei "
        "Wochen Funkstille angerufen, erzählt Serhij', Konjunktiv carried) sentence-initial `An "
        "die 200` attacking his company's position (approx, near the front) and sentence-initial "
        "`Drei Dutzend` left lying in a minefield (number words 36, exact, casualties; both "
        "other, from Saturday to publication); a tour guide from Daegu who 'rechnet fest damit' "
        "Kim will send 'noch einmal' `bis zu 8.000` 'nachschickt' this year (at_most, increment, "
        "planned, other, `pub`); 'Laut Präsident Selenskyj, der am Sonntag … sprach' `fast "
        "4.000` killed or wounded (approx, Sunday); Seoul's spy agency that 'hatte Ende Jänner "
        "von … gesprochen' `rund 11.000` in Russia (days 21-31 of January); NATO's Rutte who "
        "'erklärte am Donnerstag' `mehr als 10.000` 'von ihnen' in the combat zone (at_least, "
        "near the front); 'Im Pentagon geht man davon aus' `mehrere tausend` 'wieder' at the "
        "front ('wieder' = again, not an increment; `pub`); square kilometres held by Ukraine, "
        "kilos, tonnes, hotels, euros, ages, years, opening hours, a phone number",
    text="""\
Wäscherei Eibl, Fuschl am See – Kundenbrief

Fuschl am See, 18.02.2025

Liebe Kundinnen und Kunden, liebe Hotel- und Wirtsleute rund um den See,

im Jänner war es bei uns ruhiger als sonst, und wir haben die Zeit genutzt: Seit Anfang Feber \
läuft im Keller eine neue Waschstraße mit 60 Kilo Fassung, die alte aus dem Jahr 1998 hat \
ausgedient. In der Hauptsaison waschen und mangeln wir für 23 Hotels und Pensionen bis zu 14 \
Tonnen Wäsche in der Woche. Der Preis für Flachwäsche steigt heuer von 2,30 auf 2,45 Euro je \
Kilo; Privatkunden zahlen für ein Hemd weiterhin 3,90 Euro. Unser Lieferwagen fährt dienstags und \
freitags um den See, seit der Gründung 1961 immer dieselbe Runde.

Serhij an der Mangel

Serhij Lyssenko, 41, war in Mykolajiw Schiffszimmermann und steht seit dem Sommer 2023 bei uns an \
der großen Mangel. Sein Cousin dient als Sanitäter in einer Infanteriebrigade im Gebiet Kursk. Am \
Samstag habe der Cousin nach zwei Wochen Funkstille angerufen, erzählt Serhij. [[An die 200]] \
Nordkoreaner hätten im Morgengrauen die Stellung seiner Kompanie angegriffen, in weißen Umhängen \
und fast ohne Deckung. [[Drei Dutzend]] seien im Minenfeld vor den Gräben liegen geblieben. „Er \
hat gesagt, in drei Jahren an der Front hat er nichts Vergleichbares erlebt“, erzählt Serhij und \
legt das nächste Leintuch auf.

Eine Reiseleiterin aus Daegu

Kwon Hye-jin, 46, stammt aus Daegu und begleitet seit vielen Jahren koreanische Reisegruppen an \
den See; in den Hotels, in denen ihre Gäste schlafen, liegt unsere Bettwäsche. Sie rechnet fest \
damit, dass Kim heuer noch einmal [[bis zu 8.000]] Mann nachschickt. „Für jeden Soldaten bekommt \
das Regime Geld und Öl, und die Mütter bekommen einen Brief“, sagt sie.

Was man liest

Laut Präsident Selenskyj, der am Sonntag auf der Sicherheitskonferenz in München sprach, sind \
seit dem Herbst [[fast 4.000]] Nordkoreaner getötet oder verwundet worden. Südkoreas Geheimdienst \
hatte Ende Jänner von [[rund 11.000]] nordkoreanischen Soldaten in Russland gesprochen. \
Nato-Generalsekretär Mark Rutte erklärte am Donnerstag in Brüssel, [[mehr als 10.000]] von ihnen \
stünden inzwischen im Kampfgebiet. Im Pentagon geht man davon aus, dass nach einer längeren Pause \
wieder [[mehrere tausend]] an die Front zurückgekehrt sind. Die ukrainische Armee hält nach \
eigenen Angaben noch rund 500 Quadratkilometer auf russischem Boden.

Die Annahme ist Montag bis Freitag von 7 bis 16 Uhr offen, samstags von 8 bis 11 Uhr. Telefon \
06226 8214.

Mit besten Grüßen vom Fuschlsee
Martin und Theresia Eibl
""",
    claims=(
        C("An die 200", 200, "approx", "near_front", "other", "sat..pub",
          "a former ship's carpenter from Mykolaiv relaying his cousin, a medic in the Kursk "
          "region ('Am Samstag habe der Cousin nach zwei Wochen Funkstille angerufen, erzählt "
          "Serhij', Konjunktiv; the speaker quoted: other): attacked his company's position at "
          "dawn (sentence-initial; 'An die' as approx; from Saturday, 15 February, to "
          "publication)"),
        C("Drei Dutzend", 36, "exact", "casualties", "other", "sat..pub",
          "same call, Konjunktiv carried, sentence-initial number words (three dozen = 36, exact, "
          "as 'Ein Dutzend' in earlier sets): left lying in the minefield before the trenches"),
        C("bis zu 8.000", 8000, "at_most", "planned", "other", "pub",
          "a tour guide from Daegu, 'Sie rechnet fest damit' (undated): Kim will send 'noch "
          "einmal' up to this many this year, 'nachschickt' (increment, planned; span "
          "without the words)", add=True),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "'Laut Präsident Selenskyj, der am Sonntag auf der Sicherheitskonferenz in München "
          "sprach' (16 February; 'laut' before the claimant, the day in a relative clause): "
          "killed or wounded since the autumn ('fast' as approx; the autumn is the period)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-21..2025-01-31",
          "'Südkoreas Geheimdienst hatte Ende Jänner von … gesprochen' (Austrian month name; days "
          "21-31): soldiers in Russia"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "thu",
          "'Nato-Generalsekretär Mark Rutte erklärte am Donnerstag in Brüssel' (13 February, "
          "Konjunktiv): 'von ihnen' in the combat zone by now (a part of the 11,000, not an "
          "increment)"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "pub",
          "'Im Pentagon geht man davon aus' (undated, present): back at the front after a longer "
          "pause ('wieder' is again, not an increment)"),
    ),
)


S02 = Source(
    article_id="v181_02_saisonpost_skiverleih_dienten_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-16"),
    dated_by="front_matter",
    features="a ski rental and service shop's pre-season post from Dienten am Hochkönig "
        "(Salzburg) in Markdown, UTF-8, front matter with `date:` (Thursday) and a title without "
        "a figure, `„“`; Austrian words (`heuer`, `Jänner`, `aufsperren`, `Euer`); pairs of "
        "rental and touring skis, early-booking and season prices in euros, a ski service's "
        "price, a children's age limit, lift and shop opening days and hours first; a former "
        "chemistry teacher from Chernivtsi relaying his son, a sapper at the Sumy border ('Am "
        "Dienstag habe ihm der Sohn eine Sprachnachricht geschickt, erzählt Petro', Konjunktiv "
        "carried) sentence-initial `Mindestens 80` clearing mines on the other side for days "
        "(at_least, near the front) and sentence-initial `Sieben` killed doing it (number word, "
        "casualties; both other, from Tuesday to publication); a cook from Mokpo who 'hält es "
        "für wahrscheinlich' that `20.000 bis 25.000` will be stationed in Russia by the end of "
        "the year (range, planned, other, `pub`); 'Nach Angaben des südkoreanischen "
        "Geheimdienstes vom September' `etwa 2.000` fallen (the whole of September); a US "
        "defence department spokesman who 'sagte am Dienstag' `rund 10.000` 'noch' in the Kursk "
        "region (near the front, not an increment); 'Aus dem Kreml hieß es am Mittwoch' "
        "`Tausende` builders to help rebuild villages (russia, vague, planned); KCNA that 'Am "
        "Montag meldete' Kim saw off 'weitere' `1.000` sappers (north_korea, increment, in "
        "Russia: being sent); state television's `Dutzenden` decorated returnees (optional); "
        "skis, euros, ages, years, dates, times, a phone number",
    text="""\
---
title: "Saisonpost Herbst 2025"
date: 2025-10-16
geschaeft: Sport Gruber, Skiverleih und Service, Dienten am Hochkönig
---

# Neue Leihski, Frühbucherpreise und eine Nachricht von der Grenze

Liebe Stammgäste, liebe Einheimische,

der erste Schnee liegt schon auf dem Hochkönig, und wir haben den Sommer genutzt. Für heuer haben \
wir 120 Paar neue Leihski angeschafft; damit stehen im Verleih jetzt 420 Paar Alpinski und 60 \
Paar Tourenski. Wer bis Ende November reserviert, zahlt für eine Woche Premiumski 139 statt 165 \
Euro, und Kinder bis 14 Jahre fahren eine ganze Saison lang für 89 Euro. Ein kompletter Service \
mit Kanten, Belag und Wachs kostet 45 Euro. Die Lifte sollen am 6. Dezember aufsperren, wir \
öffnen schon am 1. Dezember, täglich von 8 bis 18 Uhr und bis Ende Jänner auch am Abend.

## Petro am Schleifautomaten

Petro Hawryljuk, 55, aus Czernowitz war dort Chemielehrer und steht seit zwei Wintern bei uns am \
Schleifautomaten; keiner bringt einen zerkratzten Belag so sauber hin wie er. Sein Sohn ist \
Pionier in einer Brigade, die an der Grenze beim Gebiet Sumy Sperren baut. Am Dienstag habe ihm \
der Sohn eine Sprachnachricht geschickt, erzählt Petro. [[Mindestens 80]] Nordkoreaner hätten auf \
der anderen Seite tagelang Felder und Waldwege von Minen geräumt, man habe sie mit der Drohne \
beobachtet. [[Sieben]] von ihnen seien dabei ums Leben gekommen. „Er sagt, sie gehen mit langen \
Stöcken über die Äcker, Reihe für Reihe“, erzählt Petro.

## Ein Koch aus Mokpo

Jung Dae-ho, 39, aus Mokpo kocht im Winter in einem Hotel im Ort und leiht sich an seinen freien \
Tagen bei uns die Tourenski. Er hält es für wahrscheinlich, dass zum Jahresende [[20.000 bis \
25.000]] Soldaten aus dem Norden in Russland stehen werden. „Bei uns daheim glaubt niemand mehr \
an Freiwillige“, sagt er.

## Was gemeldet wird

Bisher sind nach Angaben des südkoreanischen Geheimdienstes vom September [[etwa 2.000]] Soldaten \
aus dem Norden gefallen. Ein Sprecher des US-Verteidigungsministeriums sagte am Dienstag, [[rund \
10.000]] hielten sich noch im Gebiet Kursk auf. Aus dem Kreml hieß es am Mittwoch, [[Tausende]] \
koreanische Bauarbeiter sollten beim Wiederaufbau der zerstörten Dörfer helfen. Am Montag meldete \
die Staatsagentur KCNA, Machthaber Kim habe auf einem Bahnhof in Pjöngjang weitere [[1.000]] \
Pioniere verabschiedet. Das Staatsfernsehen zeigte dazu Bilder von [[Dutzenden]] Heimkehrern mit \
Orden an der Brust.

Reservierungen nehmen wir unter 06461 2280 oder im Laden an der Dorfstraße entgegen.

Euer Team von Sport Gruber
""",
    claims=(
        C("Mindestens 80", 80, "at_least", "near_front", "other", "tue..pub",
          "a former chemistry teacher from Chernivtsi relaying his son, a sapper at the Sumy "
          "border ('Am Dienstag habe ihm der Sohn eine Sprachnachricht geschickt, erzählt "
          "Petro', Konjunktiv; the speaker quoted: other): clearing mines on the other side for "
          "days (sentence-initial; from Tuesday, 14 October, to publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed while clearing"),
        C("20.000 bis 25.000", None, "range", "planned", "other", "pub",
          "a cook from Mokpo, 'Er hält es für wahrscheinlich' (undated): stationed in Russia by "
          "the end of the year (a forecast of a total: planned)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'Nach Angaben des südkoreanischen Geheimdienstes vom September' (the whole month): "
          "fallen so far"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "tue",
          "'Ein Sprecher des US-Verteidigungsministeriums sagte am Dienstag' (14 October, "
          "Konjunktiv): 'noch' in the Kursk region (still, not an increment)"),
        C("Tausende", None, "vague", "planned", "russia", "wed",
          "'Aus dem Kreml hieß es am Mittwoch' (15 October): Korean builders who are to help "
          "rebuild the destroyed villages (an intention: planned)"),
        C("1.000", 1000, "exact", "in_russia", "north_korea", "mon",
          "'Am Montag meldete die Staatsagentur KCNA' (13 October): Kim saw off 'weitere' sappers "
          "in Pyongyang (increment; being sent: in Russia, as in earlier sets; span "
          "without the word)", add=True),
        C("Dutzenden", None, "vague", "in_russia", "north_korea", "mon..pub",
          "'Das Staatsfernsehen zeigte dazu' (with the Monday report): returnees decorated "
          "(returnees, as in earlier sets: optional)", opt=True),
    ),
)


S03 = Source(
    article_id="v181_03_nachlese_viehschau_rothenthurm_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-10"),
    dated_by="html_meta",
    features="a cattle show committee's review page from Rothenthurm (canton of Schwyz) in HTML, "
        "ISO-8859-1 with raw «» and umlauts, dashes only as entities (`&ndash;`, `&middot;`), "
        "`article:published_time` +02:00 (Friday) and an `og:title` without a figure, a cookie "
        "note about the exhibitors' registration, a show script with cows, judges and a start "
        "time, navigation, a footer with a postcode and a phone number; Swiss conventions (`ss`, "
        "«», `2'400`, `15'000`); `<title>` and headline without a figure; farms, cows and "
        "heifers, judges, prize francs, visitors and a founding year first; a milker from Bila "
        "Tserkva relaying his brother-in-law, an artillery gunner at the Sumy border ('Am "
        "Mittwochabend habe der Schwager aus einem Keller angerufen, erzählt Mychajlo', "
        "Konjunktiv carried) sentence-initial `Knapp 150` trying to advance across a field in "
        "the morning fog (approx, near the front) and sentence-initial `Elf` taken prisoner "
        "(number word, casualties; both other, from Wednesday to publication); an agronomist "
        "from Jeju who 'zweifelt nicht daran' that `über 15'000` are in Russia (at_least, other, "
        "`pub`); 'Wie der ukrainische Militärgeheimdienst am Montag mitteilte' `rund 6000` "
        "construction soldiers brought to Russia; 'In Washington hiess es am Donnerstag' `etwa "
        "2000` fallen; 'Nach Einschätzung der Nato' `höchstens 3000` 'noch' in action in the "
        "Kursk region (at_most, `pub`); the committee's own `Tausenden` young men sent to this "
        "war (unattributed, in Russia, required); farms, cows, judges, francs, visitors, ages, "
        "years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Viehschau Rothenthurm 2025 &ndash; Nachlese des Schaukomitees</title>
<meta property="article:published_time" content="2025-10-10T18:00:00+02:00">
<meta property="og:title" content="Nachlese zur Viehschau auf dem Dorfplatz">
<script>var schau = {jahr: 2025, tiere: 412, richter: 6, beginn: "08:30"};</script>
</head>
<body>
<div class="cookie-banner">Diese Seite setzt ein Cookie, damit die Anmeldung der Aussteller \
funktioniert. <a href="#">Verstanden</a></div>
<nav><a href="/">Startseite</a> &middot; <a href="/programm">Programm</a> &middot; <a \
href="/ranglisten">Ranglisten</a> &middot; <a href="/nachlese">Nachlese</a></nav>
<main>
<h1>Nachlese zur Viehschau auf dem Dorfplatz</h1>
<p>Liebe Züchterinnen und Züchter, liebe Gäste</p>
<p>Bei strahlendem Herbstwetter haben am Samstag 58 Betriebe 412 Kühe und Rinder aufgeführt, die \
meisten vom Braunvieh, dazu 34 Tiere Original Braunvieh und eine Handvoll Jersey. Sechs \
Preisrichter waren bis weit in den Nachmittag beschäftigt. Schöneuter-Siegerin wurde «Alpina» von \
einem Hof am Rand des Hochmoors; die Miss Rothenthurm brachte ihrem Besitzer 500 Franken und eine \
Treichel ein. Rund 2'400 Besucherinnen und Besucher haben wir gezählt, so viele wie noch nie seit \
der ersten Schau 1952. Das Festzelt war bis Mitternacht voll.</p>
<h2>Mychajlo im Melkstand</h2>
<p>Mychajlo Kowal, 36, aus Bila Zerkwa melkt seit drei Jahren auf einem Betrieb an der \
Kantonsstrasse und hat für die Schau zwei Rinder gewaschen und geschoren. Sein Schwager ist \
Artillerist in einer Brigade an der Grenze bei Sumy. Am Mittwochabend habe der Schwager aus einem \
Keller angerufen, erzählt Mychajlo. [[Knapp 150]] Nordkoreaner hätten im Morgennebel versucht, \
über einen Acker bis zu den ukrainischen Stellungen vorzudringen. [[Elf]] von ihnen seien danach \
gefangen genommen worden. «Er meint, die meisten waren keine zwanzig Jahre alt», sagt \
Mychajlo.</p>
<h2>Ein Agronom aus Jeju</h2>
<p>Ko Min-jae, 51, Agronom aus Jeju, berät eine Zuchtgenossenschaft in der Innerschweiz und kommt \
jedes Jahr an unsere Schau. Er zweifelt nicht daran, dass inzwischen [[über 15'000]] Nordkoreaner \
in Russland stehen. «Die Soldaten wissen oft nicht einmal, in welchem Land sie gerade sind», sagt \
er.</p>
<h2>Was berichtet wird</h2>
<p>Wie der ukrainische Militärgeheimdienst am Montag mitteilte, hat Pjöngjang in den vergangenen \
Monaten [[rund 6000]] Bausoldaten nach Russland gebracht. In Washington hiess es am Donnerstag, \
[[etwa 2000]] Nordkoreaner seien bisher gefallen. Nach Einschätzung der Nato sind [[höchstens \
3000]] von ihnen noch in der Region Kursk im Einsatz. Von den [[Tausenden]] jungen Männern, die \
der Norden in diesen Krieg geschickt hat, kehren viele nicht mehr heim.</p>
<p>Die Ranglisten finden Sie unter &laquo;Ranglisten&raquo;. Auf Wiedersehen an der Schau \
2026!<br>Das Schaukomitee</p>
</main>
<footer>Viehschau Rothenthurm &middot; 6418 Rothenthurm &middot; Telefon 041 838 12 70</footer>
</body>
</html>
""",
    claims=(
        C("Knapp 150", 150, "approx", "near_front", "other", "wed..pub",
          "a milker from Bila Tserkva relaying his brother-in-law, an artillery gunner at the "
          "Sumy border ('Am Mittwochabend habe der Schwager aus einem Keller angerufen, erzählt "
          "Mychajlo', Konjunktiv; the speaker quoted: other): tried to advance across a field "
          "to the Ukrainian positions (sentence-initial; 'Knapp' as approx; from Wednesday, 8 "
          "October, to publication)"),
        C("Elf", 11, "exact", "casualties", "other", "wed..pub",
          "same call, Konjunktiv carried, sentence-initial number word: taken prisoner afterwards"),
        C("über 15'000", 15000, "at_least", "in_russia", "other", "pub",
          "an agronomist from Jeju, 'Er zweifelt nicht daran' (undated, present): in Russia by "
          "now ('über' as at_least)"),
        C("rund 6000", 6000, "approx", "in_russia", "ukraine", "mon",
          "'Wie der ukrainische Militärgeheimdienst am Montag mitteilte' (6 October): "
          "construction soldiers brought to Russia in recent months (a total over a period, no "
          "increment word)"),
        C("etwa 2000", 2000, "approx", "casualties", "united_states", "thu",
          "'In Washington hiess es am Donnerstag' (9 October; Swiss spelling, Konjunktiv): fallen "
          "so far"),
        C("höchstens 3000", 3000, "at_most", "near_front", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): 'von ihnen noch' in action in the Kursk region "
          "(still, not an increment)"),
        C("Tausenden", None, "vague", "in_russia", "unattributed", "pub",
          "the committee's own framing without a source ('Von den Tausenden jungen Männern, die "
          "der Norden in diesen Krieg geschickt hat'): unattributed, required"),
    ),
)


S04 = Source(
    article_id="v181_04_kundenbrief_schindelmacherei_riemenstalden",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Schindelmacherei Betschart, Riemenstalden – Kundenbrief",
        "https://www.schindeln-betschart.example/kundenbrief/juni-2025",
        "Kundenbrief Juni: Schindeln für die Alpkapelle und ein Sohn an der Grenze",
    ),
    features="a shingle maker's (Schindelmacherei) customer letter from Riemenstalden (canton of "
        "Schwyz) as plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title without "
        "a figure); Swiss conventions (`ss`, «», `180'000`, `14'500`, `1'030`, `30'000`, "
        "`11'000`); spruce trunks, shingles split, a chapel roof's shingles, francs a square "
        "metre, years a shingle lasts, an altitude and a workshop visit first; a former forester "
        "from Ternopil relaying his son, a scout at the Sumy border ('Am Pfingstmontag habe der "
        "Sohn kurz über Video angerufen, erzählt Bohdan', Konjunktiv carried) sentence-initial "
        "`Rund 40` entrenched in a copse on the Russian side (approx, near the front) and "
        "sentence-initial `Ein halbes Dutzend` wounded in a drone attack (number words 6, exact, "
        "casualties; both other, from Whit Monday, 9 June, to publication); a translator from "
        "Suncheon, 'Ihrer Ansicht nach' `30'000` sent to Russia long since (exact, in Russia, "
        "other, `pub`); Shoigu who 'kündigte am Dienstag in Pjöngjang an' `1000` deminers and "
        "`5000` military builders for the Kursk region (russia, planned: a first announcement); "
        "'Nach Angaben des südkoreanischen Verteidigungsministeriums vom Montag' `mehr als 1000` "
        "sappers arrived in Russia lately (in Russia); 'Dem ukrainischen Militärgeheimdienst "
        "zufolge' `11'000 bis 12'000` in all (range, `pub`); trunks, shingles, francs, square "
        "metres, years, metres of altitude, ages, dates, times, a phone number",
    text="""\
Schindelmacherei Betschart, Riemenstalden
Kundenbrief Juni

Liebe Kundinnen und Kunden

Der Winter war lang, für uns aber ein guter. Aus 48 Fichtenstämmen vom Schattenhang haben wir \
seit November rund 180'000 Schindeln gespalten, jede von Hand mit dem Spaltmesser. Im Juli decken \
wir das Dach einer Alpkapelle oberhalb des Dorfes neu, dafür braucht es 14'500 Stück. Ein \
Quadratmeter Schindelschirm an der Fassade kostet bei uns 95 Franken, fertig genagelt. Gut \
gespaltene Fichtenschindeln halten an der Wetterseite vierzig Jahre und mehr. Am 28. Juni zeigen \
wir ab 10 Uhr die Werkstatt; wir sind auf 1'030 Metern, gleich hinter dem Schulhaus.

Bohdan mit dem Spaltmesser

Bohdan Melnyk, 47, aus Ternopil war dort Förster und spaltet seit letztem Herbst bei uns die \
Schindeln; am Klang erkennt er, ob ein Stamm taugt. Sein Sohn dient in einer Aufklärungseinheit \
an der Grenze bei Sumy. Am Pfingstmontag habe der Sohn kurz über Video angerufen, erzählt Bohdan. \
[[Rund 40]] Nordkoreaner hätten sich in einem Wäldchen auf der russischen Seite festgesetzt und \
Gräben ausgehoben. [[Ein halbes Dutzend]] sei bei einem Drohnenangriff verwundet worden. «Er \
sagt, sie tragen jetzt bessere Stiefel als im Winter», erzählt Bohdan.

Eine Übersetzerin aus Suncheon

Shin Yu-na, 33, aus Suncheon arbeitet als Übersetzerin in der Innerschweiz und hat im Mai bei uns \
Schindeln für das Gartenhaus ihrer Schwiegereltern bestellt. Ihrer Ansicht nach hat Kim längst \
[[30'000]] Soldaten nach Russland geschickt. «Von denen, die zurückkommen, erzählt keiner etwas», \
sagt sie.

Aus den Zeitungen

Russlands Sicherheitsratschef Sergei Schoigu kündigte am Dienstag in Pjöngjang an, der Norden \
werde [[1000]] Minenräumer und [[5000]] Militärbauarbeiter ins Gebiet Kursk schicken. Nach \
Angaben des südkoreanischen Verteidigungsministeriums vom Montag sind zuletzt [[mehr als 1000]] \
nordkoreanische Pioniere in Russland eingetroffen. Dem ukrainischen Militärgeheimdienst zufolge \
beläuft sich die Gesamtzahl der Nordkoreaner auf [[11'000 bis 12'000]]. Ein Krieg ist weit weg, \
bis man einen Vater wie Bohdan neben sich an der Werkbank hat.

Freundliche Grüsse aus dem Tal
Familie Betschart, Telefon 041 820 33 18
""",
    claims=(
        C("Rund 40", 40, "approx", "near_front", "other", "2025-06-09..pub",
          "a former forester from Ternopil relaying his son, a scout at the Sumy border ('Am "
          "Pfingstmontag habe der Sohn kurz über Video angerufen, erzählt Bohdan', Konjunktiv; "
          "the speaker quoted: other): entrenched in a copse on the Russian side "
          "(sentence-initial; Whit Monday, 9 June, to publication)"),
        C("Ein halbes Dutzend", 6, "exact", "casualties", "other", "2025-06-09..pub",
          "same call, Konjunktiv carried, sentence-initial number words 6 (exact, as in earlier "
          "sets): wounded in a drone attack"),
        C("30'000", 30000, "exact", "in_russia", "other", "pub",
          "a translator from Suncheon, 'Ihrer Ansicht nach' (undated): sent to Russia long since "
          "('längst' is no hedge: exact)"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "'Russlands Sicherheitsratschef Sergei Schoigu kündigte am Dienstag in Pjöngjang an' "
          "(17 June): deminers the North will send to the Kursk region (planned; a first "
          "announcement, not an increment)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders (planned)"),
        C("mehr als 1000", 1000, "at_least", "in_russia", "south_korea", "mon",
          "'Nach Angaben des südkoreanischen Verteidigungsministeriums vom Montag' (16 June): "
          "sappers arrived in Russia lately ('zuletzt' is no increment word)"),
        C("11'000 bis 12'000", None, "range", "in_russia", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated, present): the total number of "
          "North Koreans"),
    ),
)


S05 = Source(
    article_id="v181_05_kundenbrief_drahtzieherei_altena_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-11-22"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Drahtzieherei Brüninghaus, Altena – Kundenbrief",
        "https://www.drahtzieherei-brueninghaus.example/kundenbrief/november-2024",
        "Kundenbrief November: Lackdraht, Betriebsferien und Post aus Kursk",
    ),
    features="a wire-drawing works' customer letter from Altena in the Lennetal (Märkischer "
        "Kreis) in Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, "
        "Friday) and a `title:` repeating the headline (optional), `„“`; tonnes of wire, a wire "
        "gauge in millimetres, staff, the copper price per kilo, a price rise in per cent and "
        "holiday dates first; the headline's `Kiews 11.000` from the body's Tuesday figure (that "
        "day to publication, exact, near the front); a machine operator from Kryvyi Rih relaying "
        "her fiancé, a mechanised infantryman in the Kursk region ('Am Donnerstag habe er ihr "
        "aus einem Schützengraben geschrieben, erzählt Nadija', Konjunktiv carried) "
        "sentence-initial `Etwa 50` creeping up to the line at night (approx, near the front) "
        "and sentence-initial `Mehr als zehn` who did not come back from a reconnaissance "
        "(at_least with a number word, casualties; both other, from Thursday to publication); an "
        "electrical engineer from Gumi who 'nimmt an' Kim could send `bis zu 100.000` (at_most, "
        "planned, other, `pub`); Zelensky who 'erklärte am Dienstag' `11.000` already in the "
        "Kursk region; 'Laut dem Pentagon' `mehr als 10.000` arrived in the region (at_least, "
        "near the front, `pub`); 'Nach Angaben des Geheimdienstes in Seoul vom Mittwoch' the "
        "North could send 'zusätzlich' `Hunderte` rocket artillerymen (vague, increment, "
        "planned); `wenige hundert Meter` (a distance); tonnes, millimetres, staff, euros, per "
        "cent, dates, ages, years, a phone number",
    text="""\
---
title: "Drahtrollen, Betriebsferien und Kiews [[11.000]]"
werk: Drahtzieherei Brüninghaus, Altena
---

# Drahtrollen, Betriebsferien und Kiews [[11.000]]

Liebe Kundinnen und Kunden,

für unsere Drahtzieherei an der Lenne geht das Jahr ordentlich zu Ende. Bis Mitte November haben \
wir rund 3.100 Tonnen Stahl- und Kupferdraht gezogen, vom groben Federdraht bis zum feinen Draht \
mit 0,2 Millimetern für die Medizintechnik. Die 86 Kolleginnen und Kollegen arbeiten seit Oktober \
wieder in drei Schichten. Weil der Kupferpreis bei über 8 Euro je Kilo liegt, heben wir die \
Preise für Lackdraht zum 1. Januar um vier Prozent an. Vom 23. Dezember bis zum 6. Januar bleibt \
das Werk geschlossen; letzte Aufträge nimmt der Versand bis zum 13. Dezember an.

## Nadija an der Ziehmaschine

Nadija Sawtschenko, 34, aus Krywyj Rih hat dort in einem Stahlwerk gearbeitet und fährt seit dem \
vergangenen Winter bei uns eine der Mehrfachziehmaschinen. Ihr Verlobter kämpft mit einer \
Panzergrenadiereinheit im Gebiet Kursk. Am Donnerstag habe er ihr aus einem Schützengraben \
geschrieben, erzählt Nadija. [[Etwa 50]] Nordkoreaner hätten sich nachts bis auf wenige hundert \
Meter an die Linie herangearbeitet. [[Mehr als zehn]] von ihnen seien von dieser Erkundung nicht \
zurückgekommen. „Er schreibt, dass sie kaum Russisch verstehen und sich mit Zetteln \
verständigen“, sagt Nadija.

## Ein Kunde aus Gumi

Lim Jae-won, 57, Elektroingenieur aus Gumi, kauft seit Jahren für einen Spulenhersteller in \
Lüdenscheid bei uns ein. Er nimmt an, dass Kim notfalls [[bis zu 100.000]] Mann in Marsch setzen \
könnte, sofern Moskau bezahlt. „Menschen sind das Einzige, was der Norden im Überfluss hat“, sagt \
er.

## Aus der Zeitung

Der ukrainische Präsident Selenskyj erklärte am Dienstag, [[11.000]] Nordkoreaner stünden bereits \
im Gebiet Kursk. Laut dem Pentagon sind inzwischen [[mehr als 10.000]] von ihnen in der Region \
eingetroffen. Nach Angaben des Geheimdienstes in Seoul vom Mittwoch könnte der Norden zusätzlich \
[[Hunderte]] Raketenartilleristen schicken. Der Kreml schweigt zu alldem, und Pjöngjang spricht \
nur von „brüderlicher Zusammenarbeit“.

Glück auf und schöne Festtage
Ihr Vertriebsteam der Drahtzieherei Brüninghaus, Telefon 02352 4077-0
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "headline ('Kiews 11.000'): Zelensky's figure of the body ('erklärte am Dienstag', 19 "
          "November), that day to publication: already in the Kursk region"),
        C("Etwa 50", 50, "approx", "near_front", "other", "thu..pub",
          "a machine operator from Kryvyi Rih relaying her fiancé, a mechanised infantryman in "
          "the Kursk region ('Am Donnerstag habe er ihr aus einem Schützengraben geschrieben, "
          "erzählt Nadija', Konjunktiv; the speaker quoted: other): crept up to the line at "
          "night (sentence-initial; from Thursday, 21 November, to publication)"),
        C("Mehr als zehn", 10, "at_least", "casualties", "other", "thu..pub",
          "same letter, Konjunktiv carried, sentence-initial with a number word: did not come "
          "back from the reconnaissance (lost: casualties; 'Mehr als' as at_least)"),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "pub",
          "an electrical engineer from Gumi, 'Er nimmt an' (undated): Kim could put on the march "
          "if need be, as long as Moscow pays (planned)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "'Der ukrainische Präsident Selenskyj erklärte am Dienstag' (19 November, Konjunktiv): "
          "already in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "pub",
          "'Laut dem Pentagon' (undated): 'von ihnen' arrived in the region (Kursk) by now"),
        C("Hunderte", None, "vague", "planned", "south_korea", "wed",
          "'Nach Angaben des Geheimdienstes in Seoul vom Mittwoch' (20 November): the North could "
          "send 'zusätzlich' rocket artillerymen (increment, planned)", add=True),
    ),
)


S06 = Source(
    article_id="v181_06_werkstattnotizen_edelsteinschleiferei_kempfeld_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-04-08"),
    dated_by="sidecar",
    sidecar=(
        "Edelsteinschleiferei Petry, Kempfeld – Werkstattnotizen",
        "https://www.schleiferei-petry.example/notizen/april-2025",
        "Werkstattnotizen: Führungen, Achatpreise und ein Bruder bei Sumy",
    ),
    features="a gemstone-cutting workshop's notes from Kempfeld on the Idarwald (Birkenfeld "
        "district, Rhineland-Palatinate) in HTML, UTF-8, no meta date (sidecar, Tuesday; the "
        "sidecar title without a figure), a consent note about tour bookings, a workshop script "
        "with tour times, group size and admission, navigation, entities (`&ndash;`, `&bdquo;`, "
        "`&ldquo;`, `&middot;`), a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; a founding year, March visitors, prices of agates and an "
        "amethyst in euros and carats, tour times, school prices and the kilometres to the "
        "Erbeskopf first; a jewellery repairer from Kamianets-Podilskyi relaying his brother, a "
        "howitzer gunner near Sumy ('Am Wochenende habe sich der Bruder nach langer Pause "
        "gemeldet, erzählt Wolodymyr', Konjunktiv carried) sentence-initial `Gut zwei Dutzend` "
        "holding a village on Russian territory (at_least with number words 24, near the front) "
        "and `acht` killed in a counter-strike (number word, casualties; both other, from "
        "Saturday to publication); a ceramicist from Icheon, 'Nach ihrer Rechnung' `knapp "
        "15.000` brought to Russia (approx, other, `pub`); the NIS that 'gab vergangene Woche … "
        "mit … an' `etwa 4.700` dead and wounded (`lastweek`); Ukraine's military intelligence "
        "that 'teilte am Freitag mit' `3.000` 'zusätzliche' sent early in the year (increment, "
        "in Russia); 'Kiew schätzt' `ungefähr 5.000` losses (`pub`); a NATO officer in Mons who "
        "'sagte am Montag' `nicht mehr als 2.000` at the front (at_most, near the front); "
        "Ukrainian soldiers trained in Germany (`mehr als 10.000`, not a claim); visitors, "
        "euros, carats, kilometres, ages, years, times, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Werkstattnotizen &ndash; Edelsteinschleiferei Petry, Kempfeld</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.werkstatt = {fuehrungen: ["10:30", "14:00"], maxPersonen: 15, eintritt: 6};</script>
</head>
<body>
<div class="consent">Wir verwenden ein Cookie, damit Ihre Anmeldung zur Führung gespeichert \
bleibt. <button>Zustimmen</button></div>
<nav><a href="/">Start</a> &middot; <a href="/werkstatt">Werkstatt</a> &middot; <a \
href="/fuehrungen">Führungen</a> &middot; <a href="/laden">Laden</a> &middot; <a \
href="/notizen">Notizen</a></nav>
<main>
<h1>Achate, Amethyste und ein voller März</h1>
<p>Seit 1908 wird in unserer Werkstatt am Rand des Idarwalds geschliffen, inzwischen in der \
vierten Generation. Im März haben wir 1.260 Besucher an den großen Sandsteinrädern vorbeigeführt, \
dreimal so viele wie vor fünf Jahren. Ein geschliffener Achat aus der Gegend kostet je nach Größe \
zwischen 12 und 240 Euro, ein Amethyst mit 3,5 Karat 180 Euro. Führungen gibt es dienstags bis \
sonntags um 10.30 und 14 Uhr für Gruppen bis 15 Personen; Schulklassen zahlen 4 Euro pro Kind. \
Zum Erbeskopf sind es von hier 14 Kilometer, falls jemand danach noch wandern mag.</p>
<h2>Wolodymyr am Schleifrad</h2>
<p>Wolodymyr Tkatsch, 58, aus Kamjanez-Podilskyj hat dort Schmuck repariert und schleift seit \
2023 bei uns Cabochons. Sein jüngerer Bruder ist Richtschütze in einer Haubitzenbatterie nahe \
Sumy. Am Wochenende habe sich der Bruder nach langer Pause gemeldet, erzählt Wolodymyr. [[Gut \
zwei Dutzend]] Nordkoreaner hätten gegenüber seiner Batterie ein Dorf auf russischem Gebiet \
gehalten. Bei einem Gegenschlag seien [[acht]] von ihnen getötet worden. &bdquo;Er sagt, sie \
kämpfen jetzt klüger als im Winter&ldquo;, erzählt Wolodymyr.</p>
<h2>Eine Keramikerin aus Icheon</h2>
<p>Oh Seo-yeon, 42, Keramikerin aus Icheon, wohnt zwei Dörfer weiter und fasst unsere Steine in \
ihre Schalen und Dosen. Nach ihrer Rechnung sind bisher [[knapp 15.000]] Nordkoreaner nach \
Russland gebracht worden. &bdquo;Man sieht die Familien nie weinen, aber sie weinen&ldquo;, sagt \
sie.</p>
<h2>Aus den Meldungen</h2>
<p>Südkoreas Geheimdienst gab vergangene Woche die Zahl der toten und verletzten Nordkoreaner mit \
[[etwa 4.700]] an. Der ukrainische Militärgeheimdienst teilte am Freitag mit, Pjöngjang habe \
Anfang des Jahres [[3.000]] zusätzliche Soldaten geschickt. Kiew schätzt die Verluste der \
Nordkoreaner inzwischen auf [[ungefähr 5.000]] Mann. Ein Nato-Offizier im Hauptquartier in Mons \
sagte am Montag, an der Front stünden derzeit [[nicht mehr als 2.000]] von ihnen. Die Ukraine \
selbst hat seit Kriegsbeginn mehr als 10.000 ihrer Soldaten in Deutschland ausbilden lassen.</p>
</main>
<footer>Edelsteinschleiferei Petry &middot; Hauptstraße 21 &middot; 55758 Kempfeld &middot; \
Telefon 06786 7014</footer>
</body>
</html>
""",
    claims=(
        C("Gut zwei Dutzend", 24, "at_least", "near_front", "other", "sat..pub",
          "a jewellery repairer from Kamianets-Podilskyi relaying his brother, a howitzer gunner "
          "near Sumy ('Am Wochenende habe sich der Bruder nach langer Pause gemeldet, erzählt "
          "Wolodymyr', Konjunktiv; the speaker quoted: other): held a village on Russian "
          "territory opposite his battery (sentence-initial; 'Gut' as at_least with number "
          "words 24; a weekend call in a Tuesday page: from Saturday, 5 April, to publication)"),
        C("acht", 8, "exact", "casualties", "other", "sat..pub",
          "same call, Konjunktiv carried: killed in a counter-strike (number word)"),
        C("knapp 15.000", 15000, "approx", "in_russia", "other", "pub",
          "a ceramicist from Icheon, 'Nach ihrer Rechnung' (undated): brought to Russia so far "
          "('knapp' as approx)"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "lastweek",
          "'Südkoreas Geheimdienst gab vergangene Woche die Zahl … mit … an': dead and wounded"),
        C("3.000", 3000, "exact", "in_russia", "ukraine", "fri",
          "'Der ukrainische Militärgeheimdienst teilte am Freitag mit' (4 April, Konjunktiv): "
          "'zusätzliche' soldiers sent early in the year (increment; the months are "
          "the period)", add=True),
        C("ungefähr 5.000", 5000, "approx", "casualties", "ukraine", "pub",
          "'Kiew schätzt' (undated, present): losses of the North Koreans by now"),
        C("nicht mehr als 2.000", 2000, "at_most", "near_front", "nato", "mon",
          "'Ein Nato-Offizier im Hauptquartier in Mons sagte am Montag' (7 April, Konjunktiv): "
          "'von ihnen' at the front at present ('nicht mehr als' as at_most)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Wadmalaw Island, Roatán, Ramea)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v181_07_tomato_harvest_wire_wadmalaw_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-17"),
    dated_by="dateline",
    features="an agency-style wire report from the first day of the tomato harvest at a farm's "
        "packing shed on Wadmalaw Island (Charleston County, South Carolina) as plain text, "
        "UTF-8, slug line, headline without a figure, byline and dateline 'WADMALAW ISLAND, "
        "S.C., May 17, 2025 (Palmetto Wire) —' (Saturday), straight quotes and em dashes; acres "
        "of vines, shifts, boxes and their pounds, cents a bucket and an hourly wage, `about "
        "140` pickers (a hedged figure that is not a claim) first; a machinist from Kremenchuk "
        "relaying his brother, a rifleman near the border with the Kursk region ('His brother … "
        "rang on Wednesday night …, he said', then 'his brother told him') `Several dozen` "
        "trying to take a tree line (vague, near the front) and `at least nine` killed "
        "(at_least, casualties; both other, from Wednesday to publication); a produce buyer born "
        "in Hadong who 'reckons' `close to 15,000` sent (approx, in Russia, other, `pub`); a "
        "U.S. defense official who 'said on Friday' `about 1,800` killed; Russian state "
        "television that 'said on Monday' `hundreds` of engineers would stay to clear mines "
        "(russia, vague, planned); NATO's Mark Rutte who 'told reporters in Brussels on "
        "Wednesday' `as many as 3,000` 'more' arrived since January (at_most, increment, in "
        "Russia); Ukraine's military intelligence that 'puts the total … at' `around 11,000` "
        "'still' inside Russia (`pub`); acres, shifts, boxes, pounds, cents, dollars, pickers, "
        "times, ages, a desk phone number",
    text="""\
SOUTH CAROLINA-TOMATOES/UKRAINE

In a sea island packing shed, the tomato harvest comes with news from the front

By Dana Whitlock

WADMALAW ISLAND, S.C., May 17, 2025 (Palmetto Wire) — Crews picked the first ripe tomatoes of the \
season on Saturday at Toogoodoo Creek Farms, where 240 acres of vines run down to the marsh, and \
the packing shed ran two shifts to keep up. The farm expects to ship some 90,000 boxes of 25 \
pounds each by the end of June, most of them to grocery chains in the Southeast. Pickers earn 65 \
cents a bucket on top of an hourly wage of $12, and by 10 a.m. about 140 of them were in the \
rows.

Inside the shed, Oleksiy Bondarenko, 38, a machinist from Kremenchuk who keeps the grading line \
and the box stapler running, checked his phone between loads. His brother, a rifleman in a \
Ukrainian assault unit, rang on Wednesday night from a position near the border with Russia's \
Kursk region, he said. [[Several dozen]] North Korean soldiers had tried to take a tree line in \
front of the unit, and [[at least nine]] of them were killed when the attack stalled, his brother \
told him. "He says they come in small groups now, and they are patient," Bondarenko said.

Han Ji-soo, 45, a produce buyer born in Hadong who sources vegetables for a chain of Korean \
groceries, came to inspect the first boxes off the line. She reckons Pyongyang has sent [[close \
to 15,000]] men to Russia so far. "They are counted like sacks of rice, and nobody asks about \
them," she said.

A U.S. defense official, who asked not to be named, said on Friday that [[about 1,800]] North \
Korean troops had been killed in the fighting for Kursk. Russian state television said on Monday \
that [[hundreds]] of Korean engineers would stay behind to help clear mines in the region. NATO \
Secretary General Mark Rutte told reporters in Brussels on Wednesday that [[as many as 3,000]] \
more North Koreans had arrived in Russia since January. Ukraine's military intelligence puts the \
total still inside Russia at [[around 11,000]].

Picking continues through the Memorial Day weekend, and the farm stand on the highway opens on \
Sunday at 9 a.m., with slicing tomatoes at $3 a pound.

(Reporting by Dana Whitlock; editing by Curtis Mayes; Palmetto Wire desk 843-555-0137)
""",
    claims=(
        C("Several dozen", None, "vague", "near_front", "other", "wed..pub",
          "a machinist from Kremenchuk relaying his brother, a rifleman near the border with the "
          "Kursk region ('His brother … rang on Wednesday night …, he said'; the speaker "
          "quoted: other): tried to take a tree line in front of the unit (sentence-initial; "
          "from Wednesday, 14 May, to publication)"),
        C("at least nine", 9, "at_least", "casualties", "other", "wed..pub",
          "same call, 'and … his brother told him': killed when the attack stalled (number word)"),
        C("close to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a produce buyer born in Hadong, 'She reckons' (undated, present): sent to Russia so "
          "far ('close to' as approx)"),
        C("about 1,800", 1800, "approx", "casualties", "united_states", "fri",
          "'A U.S. defense official, who asked not to be named, said on Friday' (16 May): killed "
          "in the fighting for Kursk"),
        C("hundreds", None, "vague", "planned", "russia", "mon",
          "'Russian state television said on Monday' (12 May): Korean engineers would stay behind "
          "to help clear mines in the region (an intention: planned)"),
        C("as many as 3,000", 3000, "at_most", "in_russia", "nato", "wed",
          "'NATO Secretary General Mark Rutte told reporters in Brussels on Wednesday' (14 May): "
          "'more' arrived in Russia since January (increment; 'as many as' as "
          "at_most)", add=True),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'Ukraine's military intelligence puts the total … at' (undated, present): 'still' "
          "inside Russia (not an increment)"),
    ),
)


S08 = Source(
    article_id="v181_08_counter_talk_feed_and_seed_wadmalaw_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-03-12"),
    dated_by="html_meta",
    features="a feed-and-seed store's counter page from Wadmalaw Island (Charleston County, South "
        "Carolina) in HTML, UTF-8 with BOM, `<meta name=\"date\">` (Wednesday) and an `og:title` "
        "without a figure, a cookie note about the chick pre-order form, a store script with bag "
        "prices and hours, navigation, entities (`&amp;`, `&ndash;`, `&ldquo;`, `&rdquo;`, "
        "`&rsquo;`, `&middot;`), a footer with a ZIP code and a phone number; `<title>` and "
        "headline without a figure; chicks, seed potatoes, bags of feed and their dollars, a "
        "founding year and bales of hay first; a cashier from Mukachevo relaying her brother, a "
        "medic near Sumy ('On Saturday he sent her a voice note, Oksana said:') `about 100` "
        "pushing into a village on the Ukrainian side (approx, near the front) and `twelve` who "
        "surrendered (number word, casualties; both other, from Saturday to publication); a "
        "retired Army sergeant born in Pyeongtaek who 'expects' Pyongyang to ship 'another' "
        "`5,000` (increment, planned, other, `pub`); 'In a Monday briefing' Seoul's Joint "
        "Chiefs' `about 3,000` 'more' who left for Russia over January and February (increment, "
        "in Russia); the Pentagon that 'estimated last month' `about 4,000` killed and wounded "
        "(the whole of February); Ukraine's military intelligence that 'On Friday … reported' "
        "`thousands` had gone back to the front ('gone back' is no increment); chicks, pounds, "
        "bags, dollars, bales, years, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Counter Talk &ndash; Leadenwah Feed &amp; Seed, Wadmalaw Island</title>
<meta name="date" content="2025-03-12">
<meta property="og:title" content="Counter Talk: chicks, seed potatoes and news from Sumy">
<script>var store = {layerFeed50lb: 28.5, opens: "07:00", closes: "17:30", sundays: \
false};</script>
</head>
<body>
<div class="cookie-bar">We keep one cookie so your chick pre-order is not lost between pages. <a \
href="#">Fine by me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/feed">Feed</a> &middot; <a href="/garden">Garden</a> \
&middot; <a href="/chicks">Chick Days</a> &middot; <a href="/counter-talk">Counter Talk</a></nav>
<main>
<h1>Chick Days are back, and the potatoes are in</h1>
<p>Our first 300 chicks of the year arrive on March 20 &ndash; Rhode Island Reds, Buff Orpingtons \
and a few Easter Eggers for the grandkids. Seed potatoes came in last week, 1,200 pounds of \
Kennebec and Red Pontiac, and they go fast. A 50-pound bag of layer feed is $28.50 this month; \
horse feed stays at $24. We have been on this corner of the island since 1964, and we still load \
every bag into your truck ourselves. Coastal hay is down to about 80 bales until the next load \
comes in.</p>
<h2>Oksana&rsquo;s brother</h2>
<p>Oksana Hrytsenko, 29, from Mukachevo in western Ukraine, runs our register and knows every \
horse on the island by name. Her older brother is a medic with a mechanized brigade near Sumy. On \
Saturday he sent her a voice note, Oksana said: a company of [[about 100]] North Koreans had \
pushed into a village on the Ukrainian side of the border, and [[twelve]] of them had surrendered \
to his brigade. &ldquo;He sounded tired but not scared,&rdquo; she said.</p>
<h2>A sergeant&rsquo;s guess</h2>
<p>Paul Yoon, 63, a retired Army sergeant born in Pyeongtaek who keeps goats off Bohicket Road, \
has bought his feed here for 20 years. He expects Pyongyang to ship another [[5,000]] once the \
spring mud dries. &ldquo;Kim never sends just one batch,&rdquo; he said.</p>
<h2>From the news</h2>
<p>In a Monday briefing, Seoul&rsquo;s Joint Chiefs said [[about 3,000]] more troops had left the \
North for Russia over January and February. The Pentagon estimated last month that [[about \
4,000]] had been killed and wounded. On Friday, Ukraine&rsquo;s military intelligence reported \
that [[thousands]] had gone back to the front lines in the Kursk region after a pause of several \
weeks.</p>
</main>
<footer>Leadenwah Feed &amp; Seed &middot; Wadmalaw Island, SC 29487 &middot; (843) 555-0191 \
&middot; Monday to Saturday, 7 a.m. to 5:30 p.m.</footer>
</body>
</html>
""",
    claims=(
        C("about 100", 100, "approx", "near_front", "other", "sat..pub",
          "a cashier from Mukachevo relaying her brother, a medic near Sumy ('On Saturday he sent "
          "her a voice note, Oksana said:'; the speaker quoted: other): a company that pushed "
          "into a village on the Ukrainian side of the border (from Saturday, 8 March, to "
          "publication)"),
        C("twelve", 12, "exact", "casualties", "other", "sat..pub",
          "same voice note, 'and': surrendered to his brigade (number word; prisoners are "
          "casualties)"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "a retired Army sergeant born in Pyeongtaek, 'He expects' (undated): Pyongyang to ship "
          "'another' once the spring mud dries (increment, planned; span without "
          "'another')", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'In a Monday briefing, Seoul's Joint Chiefs said' (10 March): 'more' troops left the "
          "North for Russia over January and February (increment; the months are the "
          "period)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "2025-02-01..2025-02-28",
          "'The Pentagon estimated last month' (the whole of February): killed and wounded"),
        C("thousands", None, "vague", "near_front", "ukraine", "fri",
          "'On Friday, Ukraine's military intelligence reported' (7 March): had gone back to the "
          "front lines in the Kursk region ('gone back' is no increment)"),
    ),
)


S09 = Source(
    article_id="v181_09_letters_bay_islands_beacon_french_harbour",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-01-23"),
    dated_by="sidecar",
    sidecar=(
        "The Bay Islands Beacon, French Harbour – Letters",
        "https://www.bayislandsbeacon.example/letters/2025-01-23",
        "Letters: dry taps, potholes and a brother near Sudzha",
    ),
    features="a readers' letters page from a Bay Islands weekly in French Harbour on Roatán "
        "(Honduras) as plain text, windows-1252 with raw `“”`, `’` and `–` (sidecar, Thursday; "
        "the sidecar title without a figure); letters on dry taps and on potholes without a "
        "claim (hours, lempiras, cruise ships, potholes, a bus fare); a dive instructor from "
        "Berdiansk relaying her brother, a machine gunner near Sudzha ('He wrote to me on "
        "Monday. He said … and that') `scores` attacking his position (vague, near the front) "
        "and `at least 30` left lying in the snow (at_least, casualties; both other, from Monday "
        "to publication); a reader answering the paper's own story ('Your January 9 story put "
        "the number … at') `12,000` in Russia (unattributed, required, that day), the spy agency "
        "that 'told lawmakers last week' `300` killed and `2,700` wounded (`lastweek`) and "
        "Zelensky who 'said on Sunday' `close to 4,000` lost (approx); a reader from Jinhae, 'By "
        "my count', `more than 4,000` killed or wounded (at_least, other, `pub`); hours, "
        "lempiras, ships, potholes, fares, ages, years, place names",
    text="""\
THE BAY ISLANDS BEACON – LETTERS TO THE EDITOR

Water first, then cruise ships

For the third week running, the taps on our hill in French Harbour ran dry for nine hours a day. \
The municipality says a new pump will cost 1.4 million lempiras and cannot be bought before June. \
Meanwhile the cruise dock welcomed eleven ships in December alone. I would trade one of those \
ships for a working pump. – Marva Bodden, French Harbour

The road to Oak Ridge

Between the French Cay turn-off and Oak Ridge I counted 63 potholes on Tuesday, and that was \
before the rain. The bus fare went up to L30 in November, and the buses now take twice as long \
because the drivers swerve around every hole. – Elwin Jackson, Oak Ridge

A letter from my brother

I came to the island from Berdiansk eight years ago and teach diving on the north shore. My \
brother Ivan, 27, is a machine gunner near Sudzha in the Kursk region. He wrote to me on Monday. \
He said [[scores]] of North Koreans had run at his position through the snow, and that [[at least \
30]] of them were left lying in the field afterwards. I keep his letters in a dry bag next to my \
logbook. – Kateryna Rivers, Sandy Bay

Say what it costs

Your January 9 story put the number of North Korean troops in Russia at [[12,000]]. Fair enough, \
but it said nothing about what it costs them. South Korea’s spy agency told lawmakers last week \
that [[300]] had been killed and [[2,700]] wounded, and Zelensky said on Sunday that the North \
had lost [[close to 4,000]]. – Rudolph Ebanks, Coxen Hole

By my own count

I grew up in Jinhae and have lived on Roatán since I married a man from Jonesville. By my count, \
from the Korean papers my sister mails me, [[more than 4,000]] of Kim's soldiers are already dead \
or wounded. Nobody in the North will ever read that number. – Ji-hye Connor, Jonesville
""",
    claims=(
        C("scores", None, "vague", "near_front", "other", "mon..pub",
          "a dive instructor from Berdiansk relaying her brother, a machine gunner near Sudzha in "
          "the Kursk region ('He wrote to me on Monday. He said'; the speaker quoted: other): "
          "ran at his position through the snow (from Monday, 20 January, to publication)"),
        C("at least 30", 30, "at_least", "casualties", "other", "mon..pub",
          "same letter from the brother, 'and that': left lying in the field afterwards"),
        C("12,000", 12000, "exact", "in_russia", "unattributed", "2025-01-09",
          "a reader citing the paper's own story ('Your January 9 story put the number … at', as "
          "'Your January 30 story' of corpus_blind178): unattributed, required, that day: "
          "troops in Russia"),
        C("300", 300, "exact", "casualties", "south_korea", "lastweek",
          "same letter, 'South Korea's spy agency told lawmakers last week': killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "lastweek",
          "same statement: wounded (not an increment)"),
        C("close to 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "same letter, 'Zelensky said on Sunday' (19 January): lost ('close to' as approx)"),
        C("more than 4,000", 4000, "at_least", "casualties", "other", "pub",
          "a reader born in Jinhae, 'By my count' (undated, first person; a private person: "
          "other): already dead or wounded"),
    ),
)


S10 = Source(
    article_id="v181_10_ice_house_notes_oak_ridge_md",
    language="en", fmt="md", encoding="utf-16", published=day("2024-11-13"),
    dated_by="front_matter",
    features="an ice plant's notes to fishermen from Oak Ridge on Roatán (Bay Islands, Honduras) "
        "in Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title "
        "without a figure, straight quotes; tons of ice a day, boats, blocks, lempiras, a "
        "compressor's dollars and year, a hurricane year and opening hours first; a "
        "refrigeration mechanic from Izmail relaying his cousin, a tank driver in the Kursk "
        "region ('Late Saturday a message came through, Mykyta said:') `hundreds` moved into "
        "villages behind the Russian lines (vague, near the front) and `two or three` wounded by "
        "drones (range with number words, casualties; both other, from Saturday to publication); "
        "a lobster-boat captain born in Sacheon who 'believes' Kim could send `100,000` (exact, "
        "planned, other, `pub`); the Pentagon that 'On Monday … counted' `more than 10,000` "
        "inside the Kursk region (at_least, near the front); the spy agency from which "
        "'Lawmakers in Seoul heard … last week' `about 3,000` 'more' had left for Russia "
        "(increment, in Russia); 'According to Ukraine's defense intelligence' `up to 12,000` "
        "(at_most, in Russia, `pub`); the plant's own `thousands` of young Koreans in Russia "
        "(unattributed, required); tons, boats, blocks, lempiras, dollars, years, hours, ages, a "
        "VHF channel, a phone number",
    text="""\
---
title: "Ice House Notes, November"
date: 2024-11-13
plant: Oak Ridge Ice & Cold Storage
---

# Lobster boats, a new compressor and a cousin in Kursk

The new compressor is running. It cost us $46,000 and three weeks of waiting for parts from La \
Ceiba, but since November 1 we are back to making 25 tons of ice a day, enough for the 40 boats \
that tie up at our dock. A block is still L180, and captains who pay by the month get every tenth \
block free. The old compressor, put in after Hurricane Mitch in 1998, goes to the scrap dealer on \
Friday. We open at 4 a.m. on weekdays during lobster season and at 5 a.m. on Sundays.

## Mykyta and the cooling coils

Mykyta Horobets, 35, a refrigeration mechanic from Izmail, came ashore from a cruise ship in 2021 \
and never got back on. He rebuilt the coils himself. His cousin is a tank driver with a Ukrainian \
brigade fighting inside the Kursk region. Late Saturday a message came through, Mykyta said: \
[[hundreds]] of North Koreans had moved into villages behind the Russian lines, and Ukrainian \
drones had already wounded [[two or three]] of them. "He says they are very young and they dig \
very fast," Mykyta said.

## A captain from Sacheon

Captain Lee Sang-chul, 61, was born in Sacheon and has fished out of Oak Ridge with two lobster \
boats since 1994. He believes Kim could send [[100,000]] if Moscow asks for them. "In the North, \
a soldier costs nothing," he said.

## On the radio

On Monday the Pentagon counted [[more than 10,000]] of the North's troops inside the Kursk \
region, some of them already in combat. Lawmakers in Seoul heard from the spy agency last week \
that [[about 3,000]] more had already left for Russia. According to Ukraine's defense \
intelligence, there are [[up to 12,000]] of them in Russia. Out here on the dock, what people \
talk about is that [[thousands]] of young Koreans are now somewhere in Russia and their mothers \
do not know it.

Call the plant on VHF channel 16 or at 2435-0172 before you come in for more than 20 blocks.
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "sat..pub",
          "a refrigeration mechanic from Izmail relaying his cousin, a tank driver in the Kursk "
          "region ('Late Saturday a message came through, Mykyta said:'; the speaker quoted: "
          "other): moved into villages behind the Russian lines (from Saturday, 9 November, to "
          "publication)"),
        C("two or three", None, "range", "casualties", "other", "sat..pub",
          "same message, 'and': wounded by Ukrainian drones (two number words: range)"),
        C("100,000", 100000, "exact", "planned", "other", "pub",
          "a lobster-boat captain born in Sacheon, 'He believes' (undated): Kim could send if "
          "Moscow asks (planned)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "mon",
          "'On Monday the Pentagon counted' (11 November): inside the Kursk region, some already "
          "in combat"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "'Lawmakers in Seoul heard from the spy agency last week' (lawmakers passing on the "
          "NIS): 'more' had already left for Russia (increment; sent: in Russia)", add=True),
        C("up to 12,000", 12000, "at_most", "in_russia", "ukraine", "pub",
          "'According to Ukraine's defense intelligence' (undated): in Russia"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the plant's own framing without a source ('Out here on the dock, what people talk "
          "about is that'): young Koreans somewhere in Russia (unattributed, required)"),
    ),
)


S11 = Source(
    article_id="v181_11_derby_notes_cod_jigging_ramea_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Ramea Cod Jigging Derby – Derby Notes",
        "https://www.rameaderby.example/notes/2025",
        "Derby Notes: 31 boats, a 38-pound cod and a call from the Sumy border",
    ),
    features="a cod jigging derby committee's notes from Ramea (Newfoundland's south coast) in "
        "Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with `date:` as "
        "well as the sidecar (Wednesday) and titles without a claim figure (the sidecar title's "
        "`31 boats` and `38-pound cod` are not claims); boats, the biggest cod's pounds, `about "
        "2,900 pounds` landed (a hedged figure that is not a claim), the daily limit of `five` "
        "fish, prize dollars, fish-fry plates, the first derby's year and a meeting time first; "
        "an electrician from Drohobych relaying his brother-in-law, a signaller at the Sumy "
        "border ('He rang on Monday, Ivan said.') `Some forty` dug in along a ravine (approx "
        "with a number word, near the front) and `five` wounded in a single night (number word, "
        "casualties; both other, from Monday to publication); a marine biologist born in "
        "Cheongju, 'By her estimate', `as many as 25,000` shipped by New Year's (at_most, "
        "planned, other, `pub`); lawmakers in Seoul 'briefed by the spy agency on Thursday' "
        "`about 2,000` dead; Russia's defence minister who 'said on Friday' the North would send "
        "`5,000` military construction workers (russia, planned); KCNA that 'reported on "
        "Saturday' Kim laid wreaths for `101` soldiers killed abroad (north_korea, exact, "
        "casualties); Zelensky who 'warned in July' Moscow hoped to bring in `up to 30,000` "
        "'more' (at_most, increment, planned, the whole of July); boats, pounds, fish, dollars, "
        "plates, years, times, ages, a phone number",
    text="""\
---
title: "Derby Notes, August"
date: 2025-08-27
committee: Ramea Cod Jigging Derby
---

# Thirty-one boats and a cod as long as a child

Thank you to everyone who came out for the derby on the long weekend. Thirty-one boats went out \
from the government wharf, and between them they landed about 2,900 pounds of cod under the \
recreational rules, with the usual limit of five fish per person a day. The biggest fish, a \
38-pound cod jigged off the western islands, won its skipper the $1,500 first prize. The fish fry \
at the community hall sold 420 plates before the batter ran out. When the first derby was held in \
1987, only nine boats took part. The committee meets again on September 9 at 7 p.m. to plan next \
year.

## Ivan and the hard-luck prize

Ivan Hnatenko, 44, an electrician from Drohobych, came to Ramea in 2023 to rewire the old fish \
plant and stayed on as the island's electrician. He took home the hard-luck prize for the \
smallest fish. His brother-in-law is a signaller with a brigade at the Sumy border. He rang on \
Monday, Ivan said. [[Some forty]] North Koreans were dug in along a ravine across the border, and \
Ukrainian artillery had wounded [[five]] of them in a single night. "He told me the nights there \
are already cold," Ivan said.

## A biologist from Cheongju

Dr. Seo Hae-won, 37, a marine biologist born in Cheongju, flies in from St. John's every summer \
to measure and sample the derby fish for a cod survey. By her estimate, Pyongyang will have \
shipped [[as many as 25,000]] soldiers to Russia by New Year's.

## From the wires

Lawmakers in Seoul, briefed by the spy agency on Thursday, said [[about 2,000]] North Korean \
soldiers had died in the war. Russian Defence Minister Andrei Belousov said on Friday that the \
North would send [[5,000]] military construction workers to rebuild the Kursk region before \
winter. KCNA reported on Saturday that Kim had laid wreaths for [[101]] soldiers killed abroad. \
In July, President Zelensky warned that Moscow hoped to bring in [[up to 30,000]] more.

Derby T-shirts are still for sale at the town office. Questions: call the committee at \
709-555-0148.
""",
    claims=(
        C("Some forty", 40, "approx", "near_front", "other", "mon..pub",
          "an electrician from Drohobych relaying his brother-in-law, a signaller at the Sumy "
          "border ('He rang on Monday, Ivan said.'; the speaker quoted: other): dug in along a "
          "ravine across the border (sentence-initial; 'Some' as approx with a number word; "
          "from Monday, 25 August, to publication)"),
        C("five", 5, "exact", "casualties", "other", "mon..pub",
          "same call, 'and': wounded by Ukrainian artillery in a single night (number word; the "
          "night is the period)"),
        C("as many as 25,000", 25000, "at_most", "planned", "other", "pub",
          "a marine biologist born in Cheongju, 'By her estimate' (undated): Pyongyang will have "
          "shipped to Russia by New Year's (a forecast of a total: planned)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'Lawmakers in Seoul, briefed by the spy agency on Thursday, said' (21 August; "
          "lawmakers passing on the NIS): died in the war"),
        C("5,000", 5000, "exact", "planned", "russia", "fri",
          "'Russian Defence Minister Andrei Belousov said on Friday' (22 August): military "
          "construction workers the North would send to rebuild the Kursk region before winter "
          "(planned)"),
        C("101", 101, "exact", "casualties", "north_korea", "sat",
          "'KCNA reported on Saturday' (23 August): Kim laid wreaths for soldiers killed abroad"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-31",
          "'In July, President Zelensky warned' (the whole month): Moscow hoped to bring in "
          "'more' (increment, planned)", add=True),
    ),
)


S12 = Source(
    article_id="v181_12_store_news_convenience_store_ramea_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Harbour Road Convenience, Ramea – Store News",
        "https://www.harbourroadramea.example/news/2025-11",
        "Store News: Christmas orders, ferry freight and a husband near Kursk",
    ),
    features="a convenience store and postal outlet's news page from Ramea (Newfoundland's south "
        "coast) in HTML, windows-1252 with raw `“”`, `’`, `–` and `·`, no meta date (sidecar, "
        "Wednesday; the sidecar title without a figure), a cookie note about Christmas orders, a "
        "store script with hours and a freight day, navigation, a footer with a postal code and "
        "a phone number; `<title>` and headline without a figure; turkeys ordered, freight days, "
        "milk and bread prices in dollars, parcels, heating-oil litres and opening hours first; "
        "a former pharmacist from Nizhyn relaying her husband, a drone operator along the Kursk "
        "border ('Last Friday, Larysa said, her husband got a few minutes on a satellite "
        "terminal and told her that … Nine … he said') `more than 60` deminers working the "
        "fields on the Russian side (at_least, near the front) and `Nine` hurt when a mine went "
        "off (number word, casualties; both other, from the Friday five days before publication "
        "to publication); a travelling dentist born in Gimhae who 'figures' `over 5,000` will "
        "never go home (at_least, casualties, other, `pub`); Seoul's spy agency that 'told "
        "lawmakers on Tuesday' `around 6,000` engineers and builders arrived (in Russia); a "
        "State Department official who 'said on Thursday' `several thousand` still fighting "
        "(vague, near the front); NATO's Mark Rutte who 'said last week' `at least 10,000` "
        "'remained' in Russia (not an increment); the store's own `thousands` who will not come "
        "home (unattributed, casualties, required); turkeys, dollars, litres, parcels, hours, "
        "ages, years, a postal code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Store News – Harbour Road Convenience, Ramea</title>
<script>var store = {opens: "08:00", closes: "21:00", freightDay: "Thursday", postalCounter: \
true};</script>
</head>
<body>
<div class="cookie-notice">This site uses one cookie to hold your Christmas order while you fill \
it in. <a href="#">OK</a></div>
<nav><a href="/">Home</a> · <a href="/orders">Christmas Orders</a> · <a href="/post">Post \
Counter</a> · <a href="/news">Store News</a></nav>
<main>
<h1>Christmas orders, ferry freight and a new face at the till</h1>
<p>Sixty-two turkeys are on order so far, and we can take more until December 5. Freight comes \
over on the Thursday ferry, weather permitting; if the boat is cancelled, the fresh order waits \
until Monday. Milk is $7.49 for two litres this month and a loaf of bread $4.29, which we know is \
too much. The post counter handled 318 parcels in October, most of them online orders. Heating \
oil is delivered on Tuesdays, at least 400 litres a drop. We are open from 8 a.m. to 9 p.m. every \
day but Christmas.</p>
<h2>Larysa’s husband</h2>
<p>Larysa Boiko, 46, a pharmacist from Nizhyn, came to the island in 2024 and now runs our till \
and the post counter. Her husband flies drones for a Ukrainian unit dug in along the Kursk \
border. Last Friday, Larysa said, her husband got a few minutes on a satellite terminal and told \
her that [[more than 60]] North Korean deminers were working the fields on the Russian side. \
[[Nine]] had been hurt when a mine went off under one of them, he said. “He counts them the way I \
count change,” Larysa said.</p>
<h2>A dentist’s view</h2>
<p>Dr. Grace Ahn, 52, a travelling dentist born in Gimhae, has filled the island’s teeth every \
spring for a decade and always leaves with a bag of our partridgeberry jam. She figures [[over \
5,000]] of Kim’s soldiers will never go home.</p>
<h2>In the news</h2>
<p>Seoul’s spy agency told lawmakers on Tuesday that [[around 6,000]] North Korean engineers and \
builders had now arrived in Russia. A State Department official said on Thursday that [[several \
thousand]] North Koreans were still fighting alongside Russian units. NATO’s Mark Rutte said last \
week that [[at least 10,000]] remained in Russia. Here at the counter, the question people ask \
most is about the [[thousands]] of young men who will not come home at all.</p>
</main>
<footer>Harbour Road Convenience · Ramea, NL A0N 2J0 · 709-555-0163 · Post counter closes at 5 \
p.m.</footer>
</body>
</html>
""",
    claims=(
        C("more than 60", 60, "at_least", "near_front", "other", "2025-11-14..pub",
          "a former pharmacist from Nizhyn relaying her husband, a drone operator along the Kursk "
          "border ('Last Friday, Larysa said, her husband got a few minutes on a satellite "
          "terminal and told her that'; the speaker quoted: other): deminers working the fields "
          "on the Russian side ('Last Friday' in a Wednesday page: 14 November, to publication)"),
        C("Nine", 9, "exact", "casualties", "other", "2025-11-14..pub",
          "same call, 'he said', sentence-initial number word: hurt when a mine went off"),
        C("over 5,000", 5000, "at_least", "casualties", "other", "pub",
          "a travelling dentist born in Gimhae, 'She figures' (undated, present): will never go "
          "home (dead: casualties; 'over' as at_least)"),
        C("around 6,000", 6000, "approx", "in_russia", "south_korea", "tue",
          "'Seoul's spy agency told lawmakers on Tuesday' (18 November): engineers and builders "
          "arrived in Russia by now"),
        C("several thousand", None, "vague", "near_front", "united_states", "thu",
          "'A State Department official said on Thursday' (13 November): 'still' fighting "
          "alongside Russian units (not an increment)"),
        C("at least 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "'NATO's Mark Rutte said last week': 'remained' in Russia (not an increment)"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the store's own framing without a source ('Here at the counter, the question people "
          "ask most is about'): young men who will not come home (unattributed, casualties, "
          "required)"),
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
