"""Build the HUNDRED-AND-SEVENTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-fourth corpus, for an honest measurement on articles the extractor has
never met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
gingerbread maker's customer letter from Perg in the Machland (Austrian conventions) with an icing
decorator from Ternopil and a piano teacher from Incheon, a water co-operative's members' letter
from Schangnau below the Schrattenfluh (Swiss conventions) with a waterworks hand from Kremenchuk
and a hydrogeologist from Jeju, a typewriter workshop's letter from Frankenberg (Eder) with a
precision mechanic from Kryvyi Rih and an engineer from Daejeon, a rope-maker's customer letter
from Battenberg (Eder) with a hammock knotter from Rivne and a sailmaker from Andong, a tattoo
studio's letter from Heigenbrücken in the Hochspessart with a tattoo artist from Ivano-Frankivsk
and a calligraphy tattooist from Gyeongju, and a taxidermist's letter from Rothenbuch in the
Hochspessart with a tanner from Zhytomyr and a retired forester from Chuncheon; an agency-style
wire report from a manatee count on Sanibel with a deckhand from Kropyvnytskyi and a retired
engineer from Suwon, an osprey watch's bulletin from Peaks Island with a teenage watcher from Sumy
and a retired nurse from Gangneung, a readers' letters page from an Anderson Island paper with
letters quoting a son-in-law at the Kursk border and a brother-in-law in Seoul, a Peaks Island
tavern's quiz-night notes with a bartender from Cherkasy and a quizmaster from Sokcho, an Anderson
Island general store's notes with a deli cook from Lutsk and a retired ferry engineer from Yeosu,
and a Sanibel shell-jewelry workshop's page with a shell driller from Melitopol and a retired
flight attendant from Jeju. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding,
checks, CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind172_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Machland, Schangnau and the Schrattenfluh, Ederbergland, Hochspessart)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v172_01_kundenbrief_lebzelterei_perg",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-02"),
    dated_by="dateline", crlf=True,
    features="a gingerbread maker's (Lebzelterei) Advent letter to its customers from Perg in the "
        "Machland (Upper Austria) as plain text, windows-1252 with CRLF and `„“`, `–` (no "
        "sidecar), dated by the place line 'Perg, 2. Dezember 2024' (Monday); Austrian conventions "
        "(`heuer`, `Jänner`, `Feber`, `Nikolos`, `Budel`, `Buben`, `Krapfen`); the honey dough's "
        "weeks in the cellar, hearts, wax tapers, prices, kilos sold at the Advent market in Naarn "
        "and a school class from Mitterkirchen first; an icing decorator from Ternopil relaying "
        "her son, an infantryman in the Kursk region ('Am Donnerstag hat er sie spät am Abend "
        "angerufen', then Konjunktiv with 'habe er ihr erzählt' after the figure) `etwa achtzig` "
        "dug in at the edge of a wood (approx with a number word, near the front), `elf` fallen "
        "and `zwei` taken prisoner (number words, casualties; all other, from Thursday to "
        "publication); a piano teacher from Incheon 'geht davon aus' `bis zu 25.000` in Russia by "
        "spring (at_most, planned, other, `pub`; a total, no 'weitere'); the NIS 'teilte am "
        "Mittwoch mit' `einige hundert` killed or wounded (vague); 'Laut Präsident Selenskyj' "
        "`rund 11.000` in the Kursk region (`pub`); 'Aus dem Pentagon hieß es Mitte November' "
        "`einige tausend` 'weitere' (vague, increment, planned, days 11-20); 'Nach Einschätzung "
        "der Nato' `mehr als 10.000` trained in eastern Russia (`pub`); Russia's losses a day, "
        "hearts, tapers, euros, kilos, children, ages, years, dates, times, a phone number",
    text="""\
Lebzelterei Hinterleitner, Perg – Kundenbrief im Advent

Perg, 2. Dezember 2024

Liebe Kundinnen und Kunden,

heuer hat der Honigteig sieben Wochen im Gewölbekeller unter dem Hauptplatz gerastet, bevor wir \
ihn Ende Oktober ausgerollt haben. Seither sind in der Backstube gut 9.000 Lebkuchenherzen, 2.400 \
Nikolos aus Lebkuchen und 380 Wachsstöcke entstanden. Das große Herz mit Zuckerschrift kostet \
weiterhin 7,20 Euro, ein Wachsstock aus Machländer Bienenwachs 12 Euro. Am Adventmarkt in Naarn \
sind am ersten Wochenende 46 Kilo Lebkuchen über die Budel gegangen, und 23 Kinder der Volksschule \
Mitterkirchen haben bei uns Herzen verziert.

Die Zuckerschrift kommt aus Ternopil

Seit dem Frühjahr 2023 spritzt Oksana Lytwyn, 49, die Schrift auf unsere Herzen, ruhiger als jeder \
von uns. Ihr Sohn Wassyl ist Infanterist in einer Brigade im Gebiet Kursk. Am Donnerstag hat er \
sie spät am Abend angerufen. Am Waldrand vor seinem Graben hätten sich [[etwa achtzig]] \
Nordkoreaner eingegraben, habe er ihr erzählt. Bei ihrem ersten Vorstoß seien [[elf]] von ihnen \
gefallen, [[zwei]] habe seine Kompanie gefangen genommen. „Er sagt, die russischen Uniformen sind \
ihnen viel zu groß“, erzählt Oksana und greift nach dem nächsten Herz.

Eine Stammkundin aus Incheon

Kim Ji-hye, 58, unterrichtet seit 1997 Klavier an der Musikschule Perg und holt jeden Advent 40 \
kleine Herzen für ihre Schülerinnen und Schüler. Sie geht davon aus, dass Pjöngjang bis zum \
Frühjahr [[bis zu 25.000]] Soldaten in Russland stehen haben wird. „Für das Regime sind diese \
Buben keine Söhne, sondern Devisen“, sagt sie.

Was man sonst hört

Der südkoreanische Geheimdienst teilte am Mittwoch mit, bei den Kämpfen in Kursk seien bereits \
[[einige hundert]] Nordkoreaner getötet oder verwundet worden. Laut Präsident Selenskyj stehen \
inzwischen [[rund 11.000]] Soldaten aus dem Norden im Gebiet Kursk. Aus dem Pentagon hieß es Mitte \
November, Kim könne [[einige tausend]] weitere nachschieben. Nach Einschätzung der Nato wurden \
zuvor [[mehr als 10.000]] im Osten Russlands ausgebildet. Russland selbst verliert nach \
ukrainischen Angaben derzeit täglich rund 1.500 Mann.

Öffnungszeiten im Advent: Montag bis Samstag 7 bis 18 Uhr, an den Adventsonntagen 9 bis 12 Uhr. \
Firmenbestellungen bitte bis 13. Dezember unter 07262 53318. Vom 7. bis 31. Jänner ist \
Betriebsurlaub; ab 1. Feber gibt es wieder Faschingskrapfen.
""",
    claims=(
        C("etwa achtzig", 80, "approx", "near_front", "other", "thu..pub",
          "an icing decorator from Ternopil relaying her son, an infantryman in the Kursk region "
          "('Am Donnerstag hat er sie spät am Abend angerufen', Konjunktiv, 'habe er ihr erzählt' "
          "after the figure; the speaker quoted: other): dug in at the edge of the wood before "
          "his trench (number word 80; from Thursday, 28 November, to publication)"),
        C("elf", 11, "exact", "casualties", "other", "thu..pub",
          "same call, Konjunktiv carried: fallen in their first push (number word)"),
        C("zwei", 2, "exact", "casualties", "other", "thu..pub",
          "same call, same sentence: taken prisoner by his company (number word)"),
        C("bis zu 25.000", 25000, "at_most", "planned", "other", "pub",
          "a piano teacher from Incheon, 'Sie geht davon aus' (undated): in Russia by spring (a "
          "forecast of a total: planned; no 'weitere', not an increment)"),
        C("einige hundert", None, "vague", "casualties", "south_korea", "wed",
          "'Der südkoreanische Geheimdienst teilte am Mittwoch mit' (27 November), Konjunktiv: "
          "killed or wounded in the fighting in Kursk"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Laut Präsident Selenskyj' (undated): in the Kursk region by now"),
        C("einige tausend", None, "vague", "planned", "united_states", "2024-11-11..2024-11-20",
          "'Aus dem Pentagon hieß es Mitte November' (days 11-20), Konjunktiv: "
          "'weitere' Kim could send after them (increment, planned)", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): trained in eastern Russia before that "
          "('zuvor')"),
    ),
)


S02 = Source(
    article_id="v172_02_mitgliederbrief_wassergenossenschaft_schangnau_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-16"),
    dated_by="html_meta",
    features="a water co-operative's members' letter from Schangnau below the Schrattenfluh (upper "
        "Emme valley, canton of Bern) in HTML, ISO-8859-1 with raw «» and umlauts and dashes only "
        "as entities (`&ndash;`, `&middot;`), a `date` meta tag (Friday) and a description meta "
        "without a figure, a cookie note about the meter-reading form, a script with the "
        "assembly's date, navigation, a footer with a postcode and an on-call phone number; Swiss "
        "conventions (`ss`, «», `1'240`, `386'000`, `30'000`, `4'700`, `3'000`, `10'000 bis "
        "11'000`, `1.80 Franken`); `<title>` and headline without a figure; litres a minute from "
        "the karst spring, a new pipe's metres and francs, the canton's per cent, households and "
        "alp farms and the water price first; a waterworks hand from Kremenchuk relaying his "
        "brother, a drone pilot at the Kursk border ('Am Dienstag habe ihm der Bruder ein Video "
        "geschickt und dazu geschrieben, …, erzählt Serhij', Konjunktiv carried) `rund 150` in new "
        "positions across the border (approx, near the front) and `neun` hit by drones 'In drei "
        "Nächten' (number word, casualties; both other, from Tuesday to publication); a "
        "hydrogeologist from Jeju, 'Nach ihrer Schätzung', `gegen 30'000` who will have served in "
        "Russia by the end of the year ('gegen' as approx, planned, other, `pub`); the NIS "
        "'bezifferte … am 30. April auf' `rund 4'700` killed and wounded; North Korean television "
        "'zeigte Anfang Mai' Kim before `mehreren Dutzend` coffins (north_korea, vague, "
        "casualties, days 1-10); NATO's secretary general 'sprach vergangene Woche von' "
        "`mindestens 3'000` 'Mann Nachschub' (at_least, increment); the Russian defence ministry "
        "'würdigte am Montag' the `Tausenden` Korean comrades who fought in Kursk (russia, vague, "
        "near the front); 'Dem ukrainischen Militärgeheimdienst zufolge' `10'000 bis 11'000` "
        "'noch' in Russia (range, still, `pub`); litres, metres, francs, per cent, households, "
        "farms, ages, years, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Mitgliederbrief Mai 2025 &ndash; Wassergenossenschaft Schangnau-Kemmeriboden</title>
<meta name="date" content="2025-05-16">
<meta name="description" content="Quellfassung, neue Leitung nach Bumbach und Einladung zur \
Generalversammlung">
<script>var gv = {datum: "13.06.2025", ort: "Gasthof Bären"}; var pikett = \
"Brunnenmeister";</script>
</head>
<body>
<div class="cookie">Diese Seite setzt ein Cookie, damit Ihr Zählerstand im Formular gespeichert \
bleibt. <a href="#">In Ordnung</a></div>
<nav><a href="/">Start</a> &middot; <a href="/genossenschaft">Genossenschaft</a> &middot; <a \
href="/zaehlerstand">Zählerstand melden</a> &middot; <a href="/brief">Mitgliederbrief</a></nav>
<main>
<h1>Die Quelle unter der Schrattenfluh läuft wieder voll</h1>
<p>Geschätzte Mitglieder</p>
<p>Nach dem schneearmen Winter hatten wir im März Sorgen, doch seit der Schneeschmelze liefert die \
Karstquelle am Fuss der Schrattenfluh im Schnitt wieder 410 Liter in der Minute. Die neue Leitung \
nach Bumbach ist 1'240 Meter lang und hat 386'000 Franken gekostet; der Kanton übernimmt 30 \
Prozent. Angeschlossen sind jetzt 212 Haushalte und 9 Alpbetriebe. Der Wasserpreis bleibt bei 1.80 \
Franken pro Kubikmeter.</p>
<h2>Serhij und die Videos seines Bruders</h2>
<p>Seit dem letzten Sommer hilft Serhij Bondar, 39, aus Krementschuk unserem Brunnenmeister beim \
Spülen der Reservoirs. Sein jüngerer Bruder steuert Drohnen an der Grenze zum Gebiet Kursk. Am \
Dienstag habe ihm der Bruder ein Video geschickt und dazu geschrieben, jenseits der Grenze hätten \
[[rund 150]] Nordkoreaner neue Stellungen bezogen, erzählt Serhij. In drei Nächten habe seine \
Einheit [[neun]] von ihnen mit Drohnen getroffen. «Er schreibt nie, wie es ihm selber geht», sagt \
Serhij.</p>
<h2>Eine Hydrogeologin aus Jeju</h2>
<p>Die Färbversuche an der Karstquelle hat Park Eun-ji, 34, gemacht; sie stammt aus Jeju und \
forscht an der Universität Bern. Nach ihrer Schätzung werden bis zum Jahreswechsel \
[[gegen 30'000]] Männer aus dem Norden in Russland Dienst getan haben. «Ihre Familien erfahren \
davon nichts», sagt sie.</p>
<h2>Aus den Nachrichten</h2>
<p>Der südkoreanische Geheimdienst bezifferte die Zahl der getöteten und verwundeten Nordkoreaner \
am 30. April auf [[rund 4'700]]. Das nordkoreanische Fernsehen zeigte Anfang Mai, wie Kim vor \
[[mehreren Dutzend]] mit Flaggen bedeckten Särgen stand. Nato-Generalsekretär Mark Rutte sprach \
vergangene Woche von [[mindestens 3'000]] Mann Nachschub seit Jahresbeginn. Das russische \
Verteidigungsministerium würdigte am Montag die [[Tausenden]] koreanischen Kameraden, die im \
Gebiet Kursk gekämpft hätten. Dem ukrainischen Militärgeheimdienst zufolge sind noch \
[[10'000 bis 11'000]] Nordkoreaner in Russland.</p>
<p>Generalversammlung: Freitag, 13. Juni, 20 Uhr im Gasthof Bären. Die Traktandenliste folgt mit \
der Post.</p>
<p>Mit freundlichen Grüssen<br>Der Vorstand</p>
</main>
<footer>Wassergenossenschaft Schangnau-Kemmeriboden &middot; 6197 Schangnau &middot; Pikett \
Brunnenmeister 034 493 17 22 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("rund 150", 150, "approx", "near_front", "other", "tue..pub",
          "a waterworks hand from Kremenchuk relaying his brother, a drone pilot at the Kursk "
          "border ('Am Dienstag habe ihm der Bruder ein Video geschickt und dazu geschrieben, …, "
          "erzählt Serhij', Konjunktiv; the speaker quoted: other): took up new positions across "
          "the border (from Tuesday, 13 May, to publication)"),
        C("neun", 9, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried: hit by his unit's drones 'In drei Nächten' (a "
          "period, not the claim date; number word)"),
        C("gegen 30'000", 30000, "approx", "planned", "other", "pub",
          "a hydrogeologist from Jeju, 'Nach ihrer Schätzung' (undated): will have served in "
          "Russia by the end of the year ('gegen' as approx; a forecast of a total: planned)"),
        C("rund 4'700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "'Der südkoreanische Geheimdienst bezifferte … am 30. April auf': killed and wounded"),
        C("mehreren Dutzend", None, "vague", "casualties", "north_korea", "2025-05-01..2025-05-10",
          "'Das nordkoreanische Fernsehen zeigte Anfang Mai' (days 1-10): Kim before the "
          "flag-covered coffins of the fallen"),
        C("mindestens 3'000", 3000, "at_least", "in_russia", "nato", "lastweek",
          "NATO's secretary general 'sprach vergangene Woche von': 'Mann Nachschub seit "
          "Jahresbeginn' (reinforcements sent on top: increment; the period is not the "
          "claim date)", add=True),
        C("Tausenden", None, "vague", "near_front", "russia", "mon",
          "'Das russische Verteidigungsministerium würdigte am Montag' (12 May): the Korean "
          "comrades who fought in the Kursk region"),
        C("10'000 bis 11'000", None, "range", "in_russia", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): 'noch' in Russia (still, not "
          "an increment)"),
    ),
)


S03 = Source(
    article_id="v172_03_werkstattbrief_schreibmaschinen_frankenberg_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-20"),
    dated_by="front_matter",
    features="a typewriter repair workshop's letter to its customers from Frankenberg (Eder) in "
        "the Ederbergland (Waldeck-Frankenberg, North Hesse) in Markdown, UTF-8, front matter with "
        "`date:` (Thursday) and a title without a figure, `„“`; machines repaired, a 1958 Olympia, "
        "ribbons, a cleaning's price, a waiting list's weeks and a loan machine first; a precision "
        "mechanic from Kryvyi Rih relaying his nephew in an assault brigade in the Kursk region "
        "('Am Montag schrieb er', Konjunktiv carried) `keine hundert` still holding the village "
        "opposite ('keine' as at_most, near the front) and, 'nach seiner Zählung', `mehr als "
        "vierzig` fallen in the January fighting (at_least with a number word, casualties; both "
        "other, from Monday to publication); an engineer from Daejeon 'rechnet damit' 'zusätzlich' "
        "`4.000` in spring (increment, planned, other, `pub`); sentence-initial `Etwa 300` fallen "
        "and `2.700` wounded with the source in the next sentence ('Diese Zahlen nannte der "
        "südkoreanische Geheimdienst am 13. Januar'); a White House spokesman who 'hatte schon "
        "Ende Januar von' „`weit über 1.000`“ dead 'gesprochen' (at_least, days 21-31); 'Laut dem "
        "ukrainischen Militärgeheimdienst' losses of `rund 4.000` (`pub`); Ukrainian-held square "
        "kilometres, machines, years, euros, weeks, ages, a date, times",
    text="""\
---
title: "Farbband und Walze – Werkstattbrief Februar"
date: 2025-02-20
werkstatt: Schreibmaschinenwerkstatt Ederbergland, Frankenberg (Eder)
---

# Farbband und Walze – Werkstattbrief Februar

Liebe Kundinnen und Kunden,

im Januar haben 37 Maschinen unsere Werkbank in der Untermarkt-Passage verlassen, darunter eine \
Olympia von 1958 und eine Erika, die jemand auf einem Dachboden in Haina gefunden hat. Ein neues \
Farbband kostet 9,50 Euro, eine Grundreinigung mit neuer Walze 65 Euro. Die Warteliste ist auf 14 \
Wochen angewachsen; wer es eilig hat, bekommt für 5 Euro im Monat eine Leihmaschine.

## Bohdan und die Zeilen seines Neffen

Bohdan Krawez, 52, war Feinmechaniker in einem Stahlwerk in Krywyj Rih und richtet bei uns seit \
zwei Jahren Typenhebel, als hätte er nie etwas anderes getan. Sein Neffe kämpft in einer \
Sturmbrigade im Gebiet Kursk und schickt ihm fast jeden Abend ein paar Zeilen. Am Montag schrieb \
er, die Nordkoreaner seien seit gut zwei Wochen kaum noch zu sehen. Zuletzt hätten \
[[keine hundert]] von ihnen das Dorf gegenüber gehalten. Bei den Kämpfen um dieses Dorf im Januar \
seien nach seiner Zählung [[mehr als vierzig]] gefallen. „Er schreibt das so nüchtern wie einen \
Wetterbericht“, sagt Bohdan.

## Hangul auf der Typenwalze

Jung Hae-won, 44, stammt aus Daejeon, arbeitet als Ingenieurin bei einem Zulieferer in Allendorf \
und sammelt koreanische Schreibmaschinen; 19 stehen inzwischen in ihrem Wohnzimmer. Sie rechnet \
damit, dass Pjöngjang im Frühjahr zusätzlich [[4.000]] Mann schickt, um die Lücken zu füllen. „Kim \
hat noch nie nach den Kosten gefragt“, sagt sie.

## Aus den Nachrichten

[[Etwa 300]] Nordkoreaner sind nach bisherigem Stand in Kursk gefallen, [[2.700]] wurden \
verwundet. Diese Zahlen nannte der südkoreanische Geheimdienst am 13. Januar den Abgeordneten in \
Seoul. Ein Sprecher des Weißen Hauses hatte schon Ende Januar von „[[weit über 1.000]]“ Toten \
gesprochen. Laut dem ukrainischen Militärgeheimdienst wurden die Einheiten nach Verlusten von \
[[rund 4.000]] Mann vorerst von der Front abgezogen. Die Ukraine hält nach eigenen Angaben noch \
gut 500 Quadratkilometer im Gebiet Kursk.

Nächster Werkstatt-Samstag: 8. März, 10 bis 14 Uhr. Bitte Maschinen nur im Koffer bringen.
""",
    claims=(
        C("keine hundert", 100, "at_most", "near_front", "other", "mon..pub",
          "a precision mechanic from Kryvyi Rih relaying his nephew in an assault brigade in the "
          "Kursk region ('Am Montag schrieb er', Konjunktiv carried; the speaker quoted: other): "
          "still holding the village opposite ('keine' as at_most, as 'keine 15'000' of earlier "
          "sets; number word 100; from Monday, 17 February, to publication)"),
        C("mehr als vierzig", 40, "at_least", "casualties", "other", "mon..pub",
          "same message, 'nach seiner Zählung' (by his count), Konjunktiv: fallen in the fighting "
          "for the village 'im Januar' (the event, not the claim date; number word 40)"),
        C("4.000", 4000, "exact", "planned", "other", "pub",
          "an engineer from Daejeon, 'Sie rechnet damit' (undated): 'zusätzlich' sent "
          "in spring (increment, planned; span without 'zusätzlich')", add=True),
        C("Etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "sentence-initial, the source in the next sentence ('Diese Zahlen nannte der "
          "südkoreanische Geheimdienst am 13. Januar den Abgeordneten'): fallen in Kursk"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same sentence, same source: wounded"),
        C("weit über 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-01-21..2025-01-31",
          "'Ein Sprecher des Weißen Hauses hatte schon Ende Januar von … gesprochen' (days "
          "21-31): dead ('weit über' as at_least; the span inside the quotation marks)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): losses after which the units "
          "were pulled back from the front"),
    ),
)


S04 = Source(
    article_id="v172_04_kundenbrief_seilerei_battenberg",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-08-05"),
    dated_by="sidecar",
    sidecar=(
        "Seilerei Dersch, Battenberg (Eder) – Kundenbrief",
        "https://www.seilerei-battenberg.example/kundenbrief/2025-08",
        "Glockenseile, Hängematten und ein Anruf von der Grenze",
    ),
    features="a rope-maker's customer letter from Battenberg (Eder) in the Ederbergland "
        "(Waldeck-Frankenberg, North Hesse) as plain text, UTF-16 LE with BOM (sidecar, Tuesday; "
        "the sidecar title without a figure), `„“`; the ropewalk's metres, hemp rope, bell ropes "
        "for churches, skipping ropes for schools, prices and the visitors expected on heritage "
        "day first; a hammock knotter from Rivne relaying her brother in a mortar unit at the "
        "Kursk border ('Er habe am Samstag angerufen, sagt sie.', Konjunktiv carried) `an die 300` "
        "sappers mining a strip of forest across the border (approx, near the front) and "
        "sentence-initial `Drei` killed laying the mines (number word, casualties; both other, "
        "from Saturday to publication), with two men of his own unit (Ukrainians, not a claim) "
        "between them; a sailmaker from Andong who 'rechnet mit' `10.000` 'zusätzlichen' builders "
        "and sappers by the end of the year (increment, planned, other, `pub`); Russia's "
        "ambassador in Pyongyang who 'sagte Ende Juli der Agentur Tass' the `6.000` announced "
        "deminers and builders would arrive soon (russia, planned, not an increment, days 21-31); "
        "KCNA 'meldete am Freitag' Kim receiving the families of `101` fallen (north_korea, exact, "
        "casualties); 'Nach Einschätzung eines hohen Nato-Offiziers' `bis zu 30.000` 'weitere' in "
        "autumn (at_most, increment, planned, `pub`); the US State Department 'geht weiterhin von' "
        "`rund 11.000` in Russia 'aus' (still, `pub`); metres, ropes, euros, visitors, Ukrainian "
        "soldiers, ages, a date, times, a phone number",
    text="""\
Seilerei Dersch, Battenberg (Eder) – Kundenbrief August 2025

Liebe Kundschaft,

die Hitze im Juli hat unserer Seilerbahn nichts anhaben können. Auf den 60 Metern im alten \
Gerberhaus an der Eder haben wir im Juli 1.850 Meter Hanfseil geschlagen, dazu 48 Glockenseile für \
Kirchen im Landkreis und 130 Springseile für die Grundschulen. Ein Glockenseil kostet je nach \
Länge ab 78 Euro, ein Springseil 6 Euro. Zum Tag des offenen Denkmals am 14. September erwarten \
wir wieder gut 300 Gäste; Kinder dürfen dann selbst ein Seil drehen.

Natalija knüpft Hängematten

Natalija Hnatjuk, 38, aus Riwne knüpft bei uns seit dem vergangenen Herbst Hängematten und \
Schaukelnetze. Ihr Bruder dient in einer Mörsereinheit an der Grenze zum Gebiet Kursk. Er habe am \
Samstag angerufen, sagt sie. Die Nordkoreaner hätten jenseits der Grenze einen ganzen Waldstreifen \
vermint, [[an die 300]] Pioniere hätten wochenlang daran gearbeitet. Zwei Männer aus seiner \
eigenen Einheit seien auf solche Minen geraten und lägen im Lazarett in Sumy. [[Drei]] der \
Nordkoreaner seien beim Verlegen selbst ums Leben gekommen. „Er ist wütend und müde zugleich“, \
sagt Natalija.

Tauwerk für den Edersee

Oh Min-seok, 61, aus Andong war Segelmacher in Busan und kauft bei uns das Tauwerk für seine Jolle \
am Edersee. An ein baldiges Ende glaubt er nicht. „Kim wird nachlegen“, sagt er. Bis zum \
Jahresende rechnet er mit [[10.000]] zusätzlichen Bausoldaten und Pionieren in Russland.

Aus den Nachrichten

Russlands Botschafter in Pjöngjang sagte Ende Juli der Agentur Tass, die [[6.000]] angekündigten \
Minenräumer und Militärbauer würden in Kürze eintreffen. Die nordkoreanische Nachrichtenagentur \
KCNA meldete am Freitag, Kim habe die Familien von [[101]] Gefallenen empfangen. Nach Einschätzung \
eines hohen Nato-Offiziers könnten im Herbst [[bis zu 30.000]] weitere folgen. Das \
US-Außenministerium geht weiterhin von [[rund 11.000]] Nordkoreanern in Russland aus.

Vorführung an der Seilerbahn: jeden ersten Samstag im Monat um 11 Uhr. Bestellungen unter 06452 \
7719 oder im Laden in der Hauptstraße.
""",
    claims=(
        C("an die 300", 300, "approx", "near_front", "other", "sat..pub",
          "a hammock knotter from Rivne relaying her brother in a mortar unit at the Kursk border "
          "('Er habe am Samstag angerufen, sagt sie.', Konjunktiv carried; the speaker quoted: "
          "other): sappers mining a strip of forest across the border ('an die' as approx; from "
          "Saturday, 2 August, to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "sat..pub",
          "same call, Konjunktiv carried, sentence-initial number word: killed laying the mines "
          "('Zwei Männer aus seiner eigenen Einheit' are Ukrainians: not a claim)"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a sailmaker from Andong, 'rechnet er mit' (undated): 'zusätzlichen' builders "
          "and sappers in Russia by the end of the year (increment, planned)", add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-07-21..2025-07-31",
          "'Russlands Botschafter in Pjöngjang sagte Ende Juli der Agentur Tass' (days 21-31), "
          "Konjunktiv: the announced deminers and military builders to arrive soon (planned; a "
          "first group, not an increment)"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "'Die nordkoreanische Nachrichtenagentur KCNA meldete am Freitag' (1 August): Kim "
          "received the families of the fallen"),
        C("bis zu 30.000", 30000, "at_most", "planned", "nato", "pub",
          "'Nach Einschätzung eines hohen Nato-Offiziers' (undated): 'weitere' could "
          "follow in autumn (increment, planned)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Das US-Außenministerium geht weiterhin von … aus' (undated): in Russia ('weiterhin': "
          "still, not an increment)"),
    ),
)


S05 = Source(
    article_id="v172_05_studiobrief_tattoostudio_heigenbruecken_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Stichwerk Hochspessart, Heigenbrücken – Studiobrief",
        "https://www.stichwerk-hochspessart.example/studiobrief/2025-10",
        "Frische Linien im Herbst",
    ),
    features="a tattoo studio's letter to its customers from Heigenbrücken in the Hochspessart "
        "(district of Aschaffenburg, Lower Franconia) in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Wednesday; the sidecar title repeats the headline without a figure), a consent "
        "note about appointment requests, an opening-hours script, navigation, entities "
        "(`&bdquo;`, `&ldquo;`, `&ndash;`, `&middot;`), a footer with a postcode and a phone "
        "number; tattoos and cover-ups since June, a minimum fee and an hourly rate, a guest "
        "artist and aftercare first; a tattoo artist from Ivano-Frankivsk relaying her fiancé, a "
        "scout at the Kursk border ('Vergangene Woche hat er ihr Fotos geschickt und dazu "
        "geschrieben, erzählt Sofiia:', Konjunktiv carried) `gut 250` building artillery positions "
        "on the Russian side ('gut' as at_least, near the front) and `einige Dutzend` killed by "
        "drones 'Seit dem Sommer' (vague, casualties; both other, `lastweek`); a calligraphy "
        "tattooist from Gyeongju who 'hält es für möglich' 'weitere' `15.000` in winter "
        "(increment, planned, other, `pub`); the intelligence service in Seoul that 'unterrichtete "
        "am 25. September die Abgeordneten:' `rund 2.000` fallen; the Ukrainian general staff "
        "'meldete gestern' `etwa 5.000` sappers and builders in the Kursk region; the Russian army "
        "paper 'schrieb am Samstag' `mehr als tausend` Korean deminers (russia, at_least with a "
        "number word, near the front); the studio's own `Tausende` young North Koreans clearing "
        "mines for Russia (unattributed, vague, near the front, required); tattoos, euros, hours, "
        "dates, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Studiobrief Oktober &ndash; Stichwerk Hochspessart, Heigenbrücken</title>
<script>var termine = {mo: false, di: "11-19", mi: "11-19", sa: "10-16"};</script>
</head>
<body>
<div id="consent">Wir verwenden ein Cookie, damit Ihre Terminanfrage nicht verloren geht. \
<button>Okay</button></div>
<nav><a href="/">Studio</a> | <a href="/kuenstler">Künstlerinnen</a> | <a \
href="/pflege">Tattoo-Pflege</a> | <a href="/termine">Termine</a></nav>
<main>
<h1>Frische Linien im Herbst</h1>
<p>Hallo zusammen,</p>
<p>seit Juni haben wir im alten Bahnhofsgebäude 412 Tattoos gestochen, 58 davon waren Cover-ups. \
Die Mindestpauschale liegt bei 80 Euro, jede weitere Stunde bei 120 Euro. Unsere Gastkünstlerin \
aus Lyon bleibt bis zum 31. Oktober, danach ist der dritte Platz bis Januar frei. Und bitte: nach \
dem Stechen zwei Wochen kein Baggersee, auch nicht im Altweibersommer.</p>
<h2>Sofiia und die Fotos von der Grenze</h2>
<p>Sofiia Horbatschewska, 29, aus Iwano-Frankiwsk sticht bei uns feine Blumen und Ornamente. Ihr \
Verlobter ist Aufklärer an der Grenze zum Gebiet Kursk. Vergangene Woche hat er ihr Fotos \
geschickt und dazu geschrieben, erzählt Sofiia: Auf der russischen Seite hätten [[gut 250]] \
Nordkoreaner Artilleriestellungen ausgebaut. Seit dem Sommer hätten ukrainische Drohnen dort \
[[einige Dutzend]] von ihnen getötet. &bdquo;Auf den Fotos sehen sie aus wie Schuljungen&ldquo;, \
sagt sie.</p>
<h2>Koreanische Schrift unter der Haut</h2>
<p>Lee Ha-eun, 31, aus Gyeongju ist seit April bei uns und sticht koreanische Kalligrafie. Sie \
hält es für möglich, dass Pjöngjang im Winter weitere [[15.000]] Mann nach Russland schickt. \
&bdquo;Die Familien dort bekommen keinen Brief, nur eine Medaille&ldquo;, sagt sie.</p>
<h2>Was die Nachrichten sagen</h2>
<p>Der Geheimdienst in Seoul unterrichtete am 25. September die Abgeordneten: [[rund 2.000]] \
Soldaten aus dem Norden seien bislang in Russland ums Leben gekommen. Der ukrainische Generalstab \
meldete gestern, [[etwa 5.000]] Nordkoreaner seien als Pioniere und Bausoldaten im Gebiet Kursk \
eingesetzt. Die russische Armeezeitung &bdquo;Krasnaja Swesda&ldquo; schrieb am Samstag, \
[[mehr als tausend]] koreanische Minenräumer hätten Felder und Dörfer bei Kursk geräumt. Wir \
stechen hier die Namen von Kindern und Hunden &ndash; die [[Tausende]] junger Nordkoreaner, die \
für Russland Minen räumen müssen, tragen dort Nummern.</p>
</main>
<footer>Stichwerk Hochspessart &middot; Bahnhofstraße 3 &middot; 63869 Heigenbrücken &middot; \
Telefon 06020 97 31 44 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("gut 250", 250, "at_least", "near_front", "other", "lastweek",
          "a tattoo artist from Ivano-Frankivsk relaying her fiancé, a scout at the Kursk border "
          "('Vergangene Woche hat er ihr Fotos geschickt und dazu geschrieben, erzählt Sofiia:', "
          "Konjunktiv; the speaker quoted: other): built artillery positions on the Russian side "
          "('gut' as at_least; a relayed message of last week: `lastweek`)"),
        C("einige Dutzend", None, "vague", "casualties", "other", "lastweek",
          "same message, Konjunktiv carried: killed by Ukrainian drones 'Seit dem Sommer' (a "
          "period, not the claim date)"),
        C("15.000", 15000, "exact", "planned", "other", "pub",
          "a calligraphy tattooist from Gyeongju, 'Sie hält es für möglich' (undated): "
          "'weitere' sent in winter (increment, planned; span without 'weitere')", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-25",
          "'Der Geheimdienst in Seoul unterrichtete am 25. September die Abgeordneten:' "
          "(Konjunktiv after the colon): fallen in Russia"),
        C("etwa 5.000", 5000, "approx", "near_front", "ukraine", "yday",
          "'Der ukrainische Generalstab meldete gestern' (14 October, the day before "
          "publication): at work as sappers and builders in the Kursk region"),
        C("mehr als tausend", 1000, "at_least", "near_front", "russia", "sat",
          "'Die russische Armeezeitung „Krasnaja Swesda“ schrieb am Samstag' (11 October; the "
          "defence ministry's paper: russia): Korean deminers who cleared fields and villages "
          "near Kursk (number word 1000)"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the studio's own framing, no source (required): young North Koreans who must clear "
          "mines for Russia"),
    ),
)


S06 = Source(
    article_id="v172_06_kundenbrief_praeparator_rothenbuch_md",
    language="de", fmt="md", encoding="cp1252", published=day("2024-11-26"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Tierpräparation Eichhorn, Rothenbuch – Kundenbrief",
        "https://www.praeparation-eichhorn.example/kundenbrief/2024-11",
        "Kundenbrief zur Jagdsaison: Wartezeiten, Preise und ein Brief aus Kursk",
    ),
    features="a taxidermist's letter to hunters and customers from Rothenbuch in the Hochspessart "
        "(district of Aschaffenburg, Lower Franconia) in Markdown, windows-1252 with CRLF, front "
        "matter without a date (sidecar, Tuesday) and a title without a figure, `„“`; trophies, "
        "roe-buck antlers, boar tusks, a fallow buck's points, prices, a waiting time and birds "
        "for a nature-park exhibition first; a tanner from Zhytomyr relaying his son-in-law, an "
        "infantry fighting vehicle driver in the Kursk region ('Am Samstag habe der Schwiegersohn "
        "ihm erzählt', Konjunktiv carried) `gut tausend` quartered in a village behind the Russian "
        "line ('gut' as at_least with a number word, near the front) and `mindestens fünf` killed "
        "in their first fight (at_least with a number word, casualties; both other, from Saturday "
        "to publication); a retired forester from Chuncheon who 'schätzt' `zwischen 15.000 und "
        "20.000` sent by New Year (range, planned, other, `pub`); a Pentagon spokesman who "
        "'erklärte am Montag' `über 10.000` in action in the Kursk region; South Korea's defence "
        "minister who 'sagte am 20. November im Parlament' `einige tausend` 'zusätzlich entsandt' "
        "(vague, increment, in Russia); 'Nach Angaben des ukrainischen Geheimdienstchefs Kyrylo "
        "Budanow' `11.000` in the Kursk region (`pub`); the letter's own `Tausenden` in Kursk "
        "(unattributed, vague, near the front, required); trophies, antlers, tusks, points, euros, "
        "months, birds, ages, years, times, a phone number",
    text="""\
---
title: "Kundenbrief zur Jagdsaison"
werkstatt: Tierpräparation Eichhorn, Rothenbuch im Hochspessart
---

# Kundenbrief zur Jagdsaison

Liebe Jägerinnen und Jäger, liebe Kundschaft,

seit dem Aufgang der Bockjagd sind 64 Trophäen bei uns eingegangen, darunter 22 Rehgehörne, neun \
Keilerwaffen und ein Damhirsch mit 14 Enden. Ein Kopfpräparat vom Rehbock kostet ab 390 Euro, ein \
ganzer Fuchs ab 540 Euro; die Wartezeit liegt derzeit bei gut acht Monaten. Für die Ausstellung im \
Naturparkhaus haben wir 31 heimische Vögel präpariert, vom Eisvogel bis zum Uhu.

## Juri gerbt, der Schwiegersohn schreibt

Juri Kowaltschuk, 46, aus Schytomyr gerbt bei uns die Felle und Decken. Sein Schwiegersohn fährt \
einen Schützenpanzer in einer Brigade im Gebiet Kursk. Am Samstag habe der Schwiegersohn ihm \
erzählt, in einem Dorf hinter der russischen Linie seien [[gut tausend]] Nordkoreaner \
einquartiert. Bei ihrem ersten Gefecht hätten die Ukrainer [[mindestens fünf]] von ihnen getötet. \
„Er sagt, sie laufen in Reihen, wie bei einer Parade“, erzählt Juri.

## Ein Jagdgast aus Chuncheon

Cho Sang-hoon, 67, war Förster in der Provinz Gangwon und kommt seit zwölf Jahren zur Drückjagd in \
den Rothenbucher Forst. Er schätzt, dass Kim bis Neujahr [[zwischen 15.000 und 20.000]] Soldaten \
nach Russland geschickt haben wird. „Das sind Bauernsöhne wie hier im Spessart“, sagt er.

## Was berichtet wird

Ein Pentagon-Sprecher erklärte am Montag, [[über 10.000]] Nordkoreaner seien inzwischen im Gebiet \
Kursk im Einsatz. Südkoreas Verteidigungsminister sagte am 20. November im Parlament, der Norden \
habe bereits [[einige tausend]] Mann zusätzlich entsandt. Nach Angaben des ukrainischen \
Geheimdienstchefs Kyrylo Budanow sind [[11.000]] Nordkoreaner im Gebiet Kursk eingetroffen. \
Mancher Jäger hier fragt sich, wie viele der [[Tausenden]] Nordkoreaner in Kursk je wieder nach \
Hause kommen.

Öffnungszeiten: Dienstag und Freitag 14 bis 18 Uhr, Samstag 9 bis 12 Uhr. Telefon 06094 1187.
""",
    claims=(
        C("gut tausend", 1000, "at_least", "near_front", "other", "sat..pub",
          "a tanner from Zhytomyr relaying his son-in-law, an infantry fighting vehicle driver in "
          "the Kursk region ('Am Samstag habe der Schwiegersohn ihm erzählt', Konjunktiv; the "
          "speaker quoted: other): quartered in a village behind the Russian line ('gut' as "
          "at_least; number word 1000; from Saturday, 23 November, to publication)"),
        C("mindestens fünf", 5, "at_least", "casualties", "other", "sat..pub",
          "same account, Konjunktiv carried: killed by the Ukrainians in their first fight "
          "(number word)"),
        C("zwischen 15.000 und 20.000", None, "range", "planned", "other", "pub",
          "a retired forester from Chuncheon, 'Er schätzt' (undated): will have been sent to "
          "Russia by New Year (a forecast of a total: planned; the span takes 'zwischen')"),
        C("über 10.000", 10000, "at_least", "near_front", "united_states", "mon",
          "'Ein Pentagon-Sprecher erklärte am Montag' (25 November), Konjunktiv: in action in the "
          "Kursk region"),
        C("einige tausend", None, "vague", "in_russia", "south_korea", "2024-11-20",
          "'Südkoreas Verteidigungsminister sagte am 20. November im Parlament': "
          "'zusätzlich entsandt' (sent on top: increment)", add=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Geheimdienstchefs Kyrylo Budanow' (undated): in the "
          "Kursk region"),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing, no source (required): the North Koreans in Kursk, of whom "
          "hunters wonder how many will come home"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Sanibel, Peaks Island, Anderson Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v172_07_manatee_count_wire_sanibel",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-24"),
    dated_by="dateline",
    features="an agency-style wire report from a manatee count on Sanibel (Lee County, Florida) as "
        "plain text, UTF-8, slug line, headline without a figure, byline and dateline 'SANIBEL, "
        "Fla., January 24, 2025 (Gulf Coast Wire) –' (Friday), straight quotes and en dashes; "
        "volunteers, kayaks, manatees counted, the count's first year, water degrees and launch "
        "ramps first; a charter deckhand from Kropyvnytskyi relaying her husband, a combat medic "
        "in the Kursk region ('She had heard from him on Wednesday, she said between counts.' then "
        "the figure first and 'he told her' after it) sentence-initial `Close to 200` attacking "
        "his brigade's positions (approx, near the front) and `dozens` left lying in the snow "
        "(vague, casualties; both other, from Wednesday to publication); a retired civil engineer "
        "born in Suwon who 'reckons' `15,000 or more` in Russia (the hedge after the number, "
        "at_least, other, `pub`); Zelensky 'On January 11' `two` captured (number word, ukraine, "
        "casualties); Ukraine's commander-in-chief 'said on Sunday' `nearly 3,800` killed or "
        "wounded (approx); 'In a briefing last week, the State Department put the number … at' "
        "`roughly 11,000`; 'NATO officials believe' 'another' `8,000` in the spring (increment, "
        "planned, `pub`); Russia's losses in a day, manatees, volunteers, kayaks, degrees, ramps, "
        "years, ages, a desk phone number",
    text="""\
MANATEES-FLORIDA/UKRAINE

Cold snap sends manatees into Sanibel's canals, and a volunteer's thoughts to Kursk

By Marisol Vega

SANIBEL, Fla., January 24, 2025 (Gulf Coast Wire) – The coldest week of the winter pushed manatees \
into the warm, dark canals off Tarpon Bay, where 38 volunteers in kayaks counted 212 of them on \
Thursday, the highest tally since the count began in 2009. The water in the bay had dropped to 58 \
degrees Fahrenheit, and refuge staff closed two launch ramps to keep boats away from the animals.

One of the counters, Nadiia Kostenko, 33, came to Florida from Kropyvnytskyi in 2022 and now works \
as a deckhand on a fishing charter out of Fort Myers. Her husband is a combat medic with a \
Ukrainian brigade in the Kursk region. She had heard from him on Wednesday, she said between \
counts. [[Close to 200]] North Korean soldiers had attacked his brigade's positions over two days, \
he told her, and [[dozens]] of them had been left lying in the snow. "He treated one of them, a \
boy, and he cannot stop thinking about it," Kostenko said.

Thomas Yoo, 72, a retired civil engineer born in Suwon who spends his winters on the island, \
paddled the canal next to hers. He reckons [[15,000 or more]] North Korean soldiers are in Russia \
now, far more than anyone in Moscow admits. "Pyongyang never sends a round number," he said.

On January 11, President Volodymyr Zelensky said Ukrainian paratroopers had taken [[two]] injured \
North Koreans prisoner near Kursk. Ukraine's commander-in-chief said on Sunday that the North had \
lost [[nearly 3,800]] men killed or wounded. In a briefing last week, the State Department put the \
number of North Korean troops in Russia at [[roughly 11,000]]. NATO officials believe Kim could \
send another [[8,000]] in the spring. Ukraine's military says Russia lost about 1,700 soldiers on \
a single day this week.

The count resumes at first light Saturday. Volunteers who want to join should bring a dry bag and \
their own kayak.

(Reporting by Marisol Vega; editing by Curtis Hale; Gulf Coast Wire desk 239-555-0148)
""",
    claims=(
        C("Close to 200", 200, "approx", "near_front", "other", "wed..pub",
          "a charter deckhand from Kropyvnytskyi relaying her husband, a combat medic in the "
          "Kursk region ('She had heard from him on Wednesday, she said between counts.', then "
          "the figure first and 'he told her' after it; the speaker quoted: other): attacked his "
          "brigade's positions 'over two days' (a period; 'close to' as approx; from Wednesday, "
          "22 January, to publication)"),
        C("dozens", None, "vague", "casualties", "other", "wed..pub",
          "same call, same sentence: left lying in the snow"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "pub",
          "a retired civil engineer born in Suwon, 'He reckons' (undated): in Russia now ('or "
          "more' after the number, in the span: at_least, as '10,000 or more' of corpus_blind169)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "'On January 11, President Volodymyr Zelensky said': taken prisoner near Kursk (number "
          "word)"),
        C("nearly 3,800", 3800, "approx", "casualties", "ukraine", "sun",
          "'Ukraine's commander-in-chief said on Sunday' (19 January): killed or wounded "
          "('nearly' as approx)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'In a briefing last week, the State Department put the number of North Korean troops "
          "in Russia at'"),
        C("8,000", 8000, "exact", "planned", "nato", "pub",
          "'NATO officials believe' (undated): 'another' Kim could send in the spring "
          "(increment, planned; span without 'another')", add=True),
    ),
)


S08 = Source(
    article_id="v172_08_osprey_watch_peaks_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-06-11"),
    dated_by="front_matter",
    features="an osprey watch group's bulletin from Peaks Island (Casco Bay, Maine) in Markdown, "
        "UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title repeating the "
        "headline (optional), straight quotes; nests watched, eggs, a pair's ninth year, "
        "fledglings around the bay, the island record, yards and a spotting scope's dollars first; "
        "the headline's `6,000` 'more' from Seoul's spy agency of Monday (south_korea, increment, "
        "planned, Monday to publication); a teenage watcher from Sumy relaying his father, a "
        "platoon commander on the border ('When he phoned them on Saturday, Maksym said, his "
        "father told them that …, and that') `some 300` digging in opposite his platoon (approx, "
        "near the front) and `three` taken prisoner 'the week before' (number word, casualties; "
        "both other, from Saturday to publication); a retired pediatric nurse born in Gangneung "
        "who 'figures' Kim has rotated `well over 20,000` through Russia (at_least, other, `pub`); "
        "'Seoul's spy agency said on Monday' `6,000` 'more' builders and deminers for the Kursk "
        "region (increment, planned); 'According to Ukraine's military intelligence' `about "
        "11,000` who 'remain' in the Kursk region (not an increment, `pub`); Shoigu 'On a visit to "
        "Pyongyang on June 4' thanking Kim for the `thousands` who fought (russia, near the "
        "front); KCNA 'said on June 1' Kim laying flowers for `scores` killed abroad (north_korea, "
        "vague, casualties); 'By the Pentagon's count' `more than 4,000` killed or wounded "
        "(`pub`); `15,000` North Korean construction workers in the Far East (civilians, not a "
        "claim); nests, eggs, fledglings, yards, dollars, ages, years, times",
    text="""\
---
title: "Eggs in four nests, and Seoul's [[6,000]] more North Koreans for Kursk"
date: 2025-06-11
source: The Back Shore Osprey Watch, Peaks Island, Maine
---

# Eggs in four nests, and Seoul's [[6,000]] more North Koreans for Kursk

We are watching 11 osprey nests this season, from the platform above the old battery to the piling \
off the ferry landing, and four of them now hold eggs. The pair on the cell tower is back for a \
ninth year. Volunteers counted 68 fledglings around Casco Bay last summer; we would like to beat \
our own island record of 17. The new spotting scope cost $640 and was paid for by the bake sale.

## A young watcher and his father's call

Our youngest watcher is Maksym Hrytsenko, 16, who came to the island from Sumy with his mother two \
years ago and can tell a female osprey by her necklace at 200 yards. His father commands a platoon \
on the border. When he phoned them on Saturday, Maksym said, his father told them that \
[[some 300]] North Korean soldiers were digging in opposite his platoon, and that his men had \
taken [[three]] of them prisoner the week before.

## From the scope log

Ruth Chung, 68, a retired pediatric nurse born in Gangneung, keeps our scope log in handwriting \
you could frame. She figures Kim has rotated [[well over 20,000]] soldiers through Russia since \
last fall. "The ospreys come back every spring," she said. "Those boys don't all come back."

## Beyond the bay

Seoul's spy agency said on Monday that Pyongyang was getting ready to send [[6,000]] more troops, \
mostly builders and deminers, to the Kursk region this summer. According to Ukraine's military \
intelligence, [[about 11,000]] North Koreans remain in the Kursk region, many of them now firing \
artillery. On a visit to Pyongyang on June 4, Sergei Shoigu thanked Kim for the [[thousands]] who \
fought to push Ukraine out of Kursk. KCNA said on June 1 that Kim had laid flowers for [[scores]] \
of soldiers killed abroad. By the Pentagon's count, [[more than 4,000]] North Koreans have been \
killed or wounded. Russian state television said last week that 15,000 North Korean construction \
workers had reached the Far East.

Next watch: Saturday at 7 a.m. at the ferry landing. Bring binoculars and coffee.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "south_korea", "mon..pub",
          "front-matter title repeating the headline (metadata): optional", add=True, opt=True),
        C("6,000", 6000, "exact", "planned", "south_korea", "mon..pub",
          "headline ('Seoul's 6,000 more North Koreans for Kursk'): the spy agency's "
          "figure of the body ('said on Monday', 9 June), that day to publication: "
          "'more' to be sent (increment, planned)", add=True),
        C("some 300", 300, "approx", "near_front", "other", "sat..pub",
          "a teenage watcher from Sumy relaying his father, a platoon commander on the border "
          "('When he phoned them on Saturday, Maksym said, his father told them that'; the "
          "speaker quoted: other): digging in opposite his platoon (from Saturday, 7 June, to "
          "publication)"),
        C("three", 3, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that': taken prisoner 'the week before' (the event, not the claim "
          "date; number word)"),
        C("well over 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a retired pediatric nurse born in Gangneung, 'She figures' (undated): rotated through "
          "Russia 'since last fall' (a period; 'well over' as at_least; a total, not an "
          "increment)"),
        C("6,000", 6000, "exact", "planned", "south_korea", "mon",
          "'Seoul's spy agency said on Monday' (9 June): 'more' troops, mostly builders "
          "and deminers, to be sent to the Kursk region this summer (increment, "
          "planned)", add=True),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): 'remain' in the Kursk region "
          "(not an increment)"),
        C("thousands", None, "vague", "near_front", "russia", "2025-06-04",
          "'On a visit to Pyongyang on June 4, Sergei Shoigu thanked Kim for': those who fought "
          "to push Ukraine out of Kursk"),
        C("scores", None, "vague", "casualties", "north_korea", "2025-06-01",
          "'KCNA said on June 1': Kim laid flowers for soldiers killed abroad ('scores' as vague, "
          "as in earlier sets)"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "pub",
          "'By the Pentagon's count' (undated): killed or wounded ('15,000 North Korean "
          "construction workers' in the Far East are civilians: not a claim)"),
    ),
)


S09 = Source(
    article_id="v172_09_letters_island_ledger_anderson_island",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-04-03"),
    dated_by="sidecar",
    sidecar=(
        "The Island Ledger, Anderson Island – Letters",
        "https://www.islandledger.example/letters/2025-04-03",
        "Letters: the 10:40 boat, the tree frogs and a son-in-law at the border",
    ),
    features="a readers' letters page from an Anderson Island weekly (Pierce County, Washington) "
        "as plain text, windows-1252 (sidecar, Thursday), `–` and straight quotes; letters on a "
        "dropped ferry sailing from Steilacoom and on lights at Lake Josephine without a claim; a "
        "reader relaying her son-in-law, a radio operator near the Kursk border ('On Sunday he "
        "wrote to her that') `fewer than 50` left in the woods across from his position (at_most, "
        "near the front) where 'a month ago' there had been `hundreds` (vague, near the front; "
        "both other, from Sunday to publication); a reader answering the paper's own story ('Your "
        "March 20 piece said') `3,000` reinforcements (unattributed, increment, required, that "
        "day), South Korea's military that 'said last week' `about 4,700` killed or wounded, "
        "'Kyiv's figure' `around 1,000` dead (ukraine, `pub`) and NATO's top commander who 'told "
        "senators' 'On Tuesday' `up to 12,000` 'still' serving (at_most, nato, not an increment); "
        "a reader born in Cheongju relaying her brother-in-law, a retired colonel in Seoul ('He "
        "tells me', present) `at least 15,000` gone to Russia (other, `pub`); sailings, "
        "appointments, letters, years, place names",
    text="""\
THE ISLAND LEDGER – ANDERSON ISLAND – LETTERS

The 10:40 boat

The county's spring schedule drops the 10:40 sailing from Steilacoom on weekdays. That was the \
only boat that let me get to my dialysis appointment and back on the same day. I have written to \
the ferry office three times since February and have had one reply, which was a brochure. – Doris \
Lindgren, Oro Bay

Leave the frogs alone

Somebody keeps driving down to Lake Josephine at night and shining lights on the water. The tree \
frogs are breeding, and the signs at the swim dock say so. Eleven years I have lived on that lake, \
and I have never heard it so quiet in April. – Gary Ecklund, Anderson Island

A son-in-law at the border

My daughter's husband, Oleh, is a radio operator with a Ukrainian brigade near the Kursk border. \
On Sunday he wrote to her that [[fewer than 50]] North Koreans were left in the woods across from \
his position, where a month ago there had been [[hundreds]]. He thinks they were pulled back to \
rest and will be sent in again. We pray for him every night at the kitchen table. – Joanne \
Petrenko, Anderson Island

Your numbers, and newer ones

Your March 20 piece said [[3,000]] reinforcements had joined the North Korean force in Russia. \
South Korea's military said last week that [[about 4,700]] of those soldiers have been killed or \
wounded, and Kyiv's figure for the dead alone is [[around 1,000]]. On Tuesday, NATO's top \
commander told senators that [[up to 12,000]] were still serving with the Russians. The Ledger \
should print all of that, not only the first number. – Walt Sundquist, Villa Beach

What my brother-in-law hears

I was born in Cheongju and have lived on this island since 1989. My brother-in-law is a retired \
army colonel in Seoul, and he follows every briefing. He tells me [[at least 15,000]] young men \
have already gone to Russia and that their parents were never asked. – Sun-hee Larsen, Anderson \
Island
""",
    claims=(
        C("fewer than 50", 50, "at_most", "near_front", "other", "sun..pub",
          "a reader relaying her son-in-law, a radio operator near the Kursk border ('On Sunday "
          "he wrote to her that'; the speaker quoted: other): left in the woods across from his "
          "position ('fewer than' as at_most; from Sunday, 30 March, to publication)"),
        C("hundreds", None, "vague", "near_front", "other", "sun..pub",
          "same message, same sentence: there 'a month ago' (the time counted, not the claim "
          "date)"),
        C("3,000", 3000, "exact", "in_russia", "unattributed", "2025-03-20",
          "a reader citing the paper's own story ('Your March 20 piece said', as 'Your "
          "February 27 story' of corpus_blind170): unattributed, required, that day; "
          "reinforcements that joined the force in Russia (increment)", add=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "lastweek",
          "same letter, 'South Korea's military said last week': killed or wounded"),
        C("around 1,000", 1000, "approx", "casualties", "ukraine", "pub",
          "same letter, 'Kyiv's figure for the dead alone is' (undated, present): dead"),
        C("up to 12,000", 12000, "at_most", "in_russia", "nato", "tue",
          "same letter, 'On Tuesday, NATO's top commander told senators' (1 April): 'still' "
          "serving with the Russians (not an increment)"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a reader born in Cheongju relaying her brother-in-law, a retired colonel in Seoul ('He "
          "tells me', present, undated; the speaker quoted: other): gone to Russia"),
    ),
)


S10 = Source(
    article_id="v172_10_quiz_night_notes_tavern_peaks_island_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-19"),
    dated_by="html_meta",
    features="a tavern's quiz-night notes from Peaks Island (Casco Bay, Maine) in HTML, UTF-8, "
        "`article:published_time` -05:00 (Wednesday) and an `og:title` repeating the headline "
        "(optional), a `<title>` without a figure, a cookie note about the team sign-up form, a "
        "quiz script, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, `&ndash;`, "
        "`&middot;`), a footer with a ZIP code and a phone number; teams, players, points, a "
        "shoreline's miles, a bar tab's dollars and a trophy first; the headline's `10,000` "
        "question from the spy agency's briefing of November 4 (south_korea, that day to "
        "publication); a quiz question whose answer card gave `10,000` 'the figure the agency gave "
        "lawmakers in Seoul on November 4' (south_korea, in Russia); the quizmaster, a history "
        "teacher born in Sokcho, who 'expects' `as many as 30,000` in Russia by next summer "
        "(at_most, planned, other, `pub`); a bartender from Cherkasy relaying his cousin, a combat "
        "engineer on the Sumy border ('he texted Yevhen on Sunday', 'the cousin wrote' after the "
        "figure) `thirty-odd` sappers at work across the border (approx, near the front) and `at "
        "least six` hit by drones (at_least with a number word, casualties; both other, from "
        "Sunday to publication); North Korea's state media 'said on Saturday' Kim honouring the "
        "families of `hundreds` killed (north_korea, vague, casualties); 'According to Ukraine's "
        "military intelligence' `about 5,000` builders arrived in the Kursk region 'since the "
        "summer' (not an increment, `pub`); 'A NATO official said this month' `several thousand` "
        "'more' (vague, increment, planned, the 1st to publication); teams, players, points, "
        "miles, dollars, ages, years, a question number, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Quiz Night Notes &ndash; The Landing Tavern, Peaks Island</title>
<meta property="article:published_time" content="2025-11-19T09:15:00-05:00">
<meta property="og:title" content="Fourteen teams, a tiebreaker and the [[10,000]] question">
<script>window.quiz = {night: "Tuesday", start: "7:30", maxTeam: 6};</script>
</head>
<body>
<div class="cookie-note">We keep one cookie so the sign-up form remembers your team name. <a \
href="#">Fine by me</a></div>
<nav><a href="/">The Landing</a> &middot; <a href="/menu">Menu</a> &middot; <a href="/quiz">Quiz \
Night</a> &middot; <a href="/notes">Quiz Night Notes</a></nav>
<main>
<h1>Fourteen teams, a tiebreaker and the [[10,000]] question</h1>
<p>Last Tuesday&rsquo;s quiz drew 14 teams and 71 players, our biggest crowd since the winter of \
2019. The Lobstahs won for the fourth time this fall with 46 points out of 50, one ahead of Casco \
Confusion, after a tiebreaker on the length of the island&rsquo;s shoreline (just under 8 miles). \
The winners took home a $75 bar tab and the brass buoy trophy.</p>
<h2>The question nobody liked</h2>
<p>Question 17, in the current-events round, asked how many North Korean troops South \
Korea&rsquo;s spy agency believes are still in Russia. The answer on our card was [[10,000]], the \
figure the agency gave lawmakers in Seoul on November 4, and only three teams had it. Our \
quizmaster, Daniel Kwon, 52, who teaches history at the high school in town and was born in \
Sokcho, wrote that question himself. He expects the North to have [[as many as 30,000]] men in \
Russia by next summer. &ldquo;I wanted people to know the number exists,&rdquo; he said.</p>
<h2>Behind the bar</h2>
<p>Yevhen Marchuk, 41, from Cherkasy, pours for us on quiz nights. His cousin is a combat engineer \
on the Sumy border, and he texted Yevhen on Sunday from a cellar near the front. He had watched \
[[thirty-odd]] North Korean sappers at work in a field across the border one morning, the cousin \
wrote, and Ukrainian drones had hit [[at least six]] of them before noon.</p>
<h2>Heard between rounds</h2>
<p>North Korea&rsquo;s state media said on Saturday that Kim had honored the families of \
[[hundreds]] of soldiers killed in Russia. According to Ukraine&rsquo;s military intelligence, \
[[about 5,000]] military builders have arrived in the Kursk region since the summer. A NATO \
official said this month that Moscow wants [[several thousand]] more from Pyongyang next year \
&ndash; not a question we plan to ask.</p>
</main>
<footer>The Landing Tavern &middot; Welch Street, Peaks Island, ME 04108 &middot; (207) 555-0116 \
&middot; Quiz every Tuesday at 7:30</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "`og:title` repeating the headline (metadata): optional", opt=True),
        C("10,000", 10000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "headline ('the 10,000 question'): the spy agency's figure of the body ('the figure the "
          "agency gave lawmakers in Seoul on November 4'), that day to publication: still in "
          "Russia"),
        C("10,000", 10000, "exact", "in_russia", "south_korea", "2025-11-04",
          "a quiz question's answer card, 'the figure the agency gave lawmakers in Seoul on "
          "November 4' (South Korea's spy agency): still in Russia (not an increment)"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "the quizmaster, a history teacher born in Sokcho, 'He expects' (undated): in Russia by "
          "next summer (a forecast of a total: planned; 'as many as' as at_most)"),
        C("thirty-odd", 30, "approx", "near_front", "other", "sun..pub",
          "a bartender from Cherkasy relaying his cousin, a combat engineer on the Sumy border "
          "('he texted Yevhen on Sunday', 'the cousin wrote' after the figure; the speaker "
          "quoted: other): sappers at work in a field across the border 'one morning' (the event; "
          "'-odd' as approx; from Sunday, 16 November, to publication)"),
        C("at least six", 6, "at_least", "casualties", "other", "sun..pub",
          "same message, 'and': hit by Ukrainian drones before noon (number word)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "sat",
          "'North Korea's state media said on Saturday' (15 November): Kim honored the families "
          "of soldiers killed in Russia"),
        C("about 5,000", 5000, "approx", "near_front", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): military builders arrived in "
          "the Kursk region 'since the summer' (a period; no 'more', not an increment)"),
        C("several thousand", None, "vague", "planned", "nato", "2025-11-01..pub",
          "'A NATO official said this month' (the 1st to publication): 'more' Moscow "
          "wants from Pyongyang next year (increment, planned)", add=True),
    ),
)


S11 = Source(
    article_id="v172_11_store_notes_general_store_anderson_island_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-09-12"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Josephine Landing General Store, Anderson Island – Store Notes",
        "https://www.josephinelandingstore.example/notes/2025-09",
        "Store Notes: ice, jam, a 90th birthday and a call from the Sumy border",
    ),
    features="a general store's notes from Anderson Island (Pierce County, Washington) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter with `date:` as well as the sidecar "
        "(Friday) and a title without a figure, straight quotes; ice, ferry ticket books, jars of "
        "blackberry jam, propane, a tank exchange's dollars and the store's 90th year first; a "
        "deli cook from Lutsk relaying her husband, a drone operator in the Sumy region ('On a "
        "video call on Tuesday, she said, he told her that', then 'he said') `about 400` moved "
        "into villages across the border (approx, near the front) and `at least a dozen` killed "
        "(at_least, number word 12, casualties; both other, from Tuesday to publication), with "
        "'seven of their positions' (not soldiers: not a claim); a retired ferry engineer born in "
        "Yeosu who 'puts the number … at' `12,000 to 15,000` (range, in Russia, other, `pub`); "
        "South Korea's joint chiefs who 'estimated on Monday' `roughly 10,000` who 'remain' near "
        "the border in the Kursk region (not an increment); a Kremlin spokesman who 'said "
        "yesterday' the `1,000` deminers promised in June had begun work (russia, near the front, "
        "not an increment); 'The State Department said this week' 'another' `2,000` arrived "
        "(increment, Monday to publication); the store's own `thousands` young North Koreans sent "
        "to Russia (unattributed, vague, in Russia, required); ice, tickets, jars, pounds, "
        "dollars, years, ages, positions",
    text="""\
---
title: "Store Notes, September"
date: 2025-09-12
store: Josephine Landing General Store, Anderson Island
---

# Store Notes, September

Labor Day weekend cleaned us out of ice, charcoal and hot dog buns, in that order. Over the summer \
we sold 1,900 ferry ticket books at the counter, 140 jars of island blackberry jam and more \
propane than in any year since we started keeping count. A 20-pound tank exchange is now $24. The \
store turns 90 in October; the first owners opened it in 1935 in the building that is now the post \
office.

## At the deli counter

Liliia Danylenko, 27, from Lutsk, runs our deli counter and makes the borscht that sells out every \
Friday. Her husband flies drones with a Ukrainian unit in the Sumy region. On a video call on \
Tuesday, she said, he told her that [[about 400]] North Koreans had moved into villages across the \
border over the past month. His team had hit seven of their positions, he said, killing \
[[at least a dozen]] soldiers.

## A regular at the coffee pot

Bill Nam, 74, a retired ferry engineer born in Yeosu, has poured the first cup from our pot most \
mornings for twenty years. He puts the number of North Koreans in Russia now at \
[[12,000 to 15,000]]. "Nobody in Pyongyang will ever publish the real one," he said.

## In the news this week

South Korea's Joint Chiefs of Staff estimated on Monday that [[roughly 10,000]] North Korean \
troops remain near the border in the Kursk region. A Kremlin spokesman said yesterday that the \
[[1,000]] deminers Moscow was promised in June had begun work there. The State Department said \
this week that another [[2,000]] had arrived in Russia over the summer. We keep a jar by the \
register for Ukrainian families, and we think too of the [[thousands]] of young North Koreans Kim \
has sent to Russia.
""",
    claims=(
        C("about 400", 400, "approx", "near_front", "other", "tue..pub",
          "a deli cook from Lutsk relaying her husband, a drone operator in the Sumy region ('On "
          "a video call on Tuesday, she said, he told her that'; the speaker quoted: other): "
          "moved into villages across the border 'over the past month' (a period; from Tuesday, 9 "
          "September, to publication)"),
        C("at least a dozen", 12, "at_least", "casualties", "other", "tue..pub",
          "same call, 'he said': killed when his team hit their positions ('seven of their "
          "positions' counts positions: not a claim; number word 12)"),
        C("12,000 to 15,000", None, "range", "in_russia", "other", "pub",
          "a retired ferry engineer born in Yeosu, 'He puts the number of North Koreans in Russia "
          "now at' (undated)"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "mon",
          "'South Korea's Joint Chiefs of Staff estimated on Monday' (8 September): 'remain' near "
          "the border in the Kursk region (not an increment)"),
        C("1,000", 1000, "exact", "near_front", "russia", "yday",
          "'A Kremlin spokesman said yesterday' (11 September, the day before publication): the "
          "deminers promised in June had begun work in the Kursk region (a first group, not an "
          "increment)"),
        C("2,000", 2000, "exact", "in_russia", "united_states", "mon..pub",
          "'The State Department said this week' (Monday to publication): 'another' "
          "arrived in Russia 'over the summer' (increment; span without 'another')", add=True),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the store's own framing, no source (required): young North Koreans Kim has sent to "
          "Russia"),
    ),
)


S12 = Source(
    article_id="v172_12_from_the_bench_shell_jewelry_sanibel_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-03-07"),
    dated_by="sidecar",
    sidecar=(
        "Coquina Row Shell Jewelry, Sanibel – From the Bench",
        "https://www.coquinarow.example/bench/2025-03",
        "From the Bench: coquina season and a brother in Kursk",
    ),
    features="a shell-jewelry workshop's page from Sanibel (Lee County, Florida) in HTML, "
        "ISO-8859-1 with quotes and apostrophes only as entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, "
        "`&ndash;`, `&middot;`), no meta date (sidecar, Friday), a cookie note about the cart, a "
        "classes script, navigation, a footer with a ZIP code and a phone number; `<title>` and "
        "headline without a figure; bracelets strung, pendants and their dollars, class seats and "
        "fee, a hurricane's feet of water and its year, workbench inches first; a shell driller "
        "from Melitopol relaying her brother, a paratrooper in the Kursk region ('He wrote to her "
        "on Monday that', then 'he said') `fifty or sixty` attacking his company's sector again "
        "(number words, range, near the front) and `about thirty` dead in front of their line "
        "after one night (approx with a number word, casualties; both other, from Monday to "
        "publication); a retired flight attendant born in Jeju who 'believes' Kim will send "
        "`thousands` 'more' (vague, increment, planned, other, `pub`); South Korea's spy agency "
        "'In late February' `about 1,500` replacements since January (increment, days 21-28); "
        "Ukraine's foreign minister 'said on Saturday' `close to 4,000` casualties (approx); 'A "
        "U.S. official told reporters on Thursday' the contingent shrunk to `under 10,000` "
        "(at_most, in Russia); 'A NATO spokeswoman said on Wednesday' `around 3,000` killed; "
        "bracelets, pendants, dollars, seats, feet, inches, years, ages, a ZIP code, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>From the Bench &ndash; Coquina Row Shell Jewelry, Sanibel</title>
<script>var classes = {day: "Tuesday", seats: 8, fee: 35};</script>
</head>
<body>
<div class="cookie">This site stores one cookie to remember what is in your cart. <a href="#">Got \
it</a></div>
<nav><a href="/">Shop</a> &middot; <a href="/classes">Classes</a> &middot; <a \
href="/repairs">Repairs</a> &middot; <a href="/bench">From the Bench</a></nav>
<main>
<h1>Coquina season, and a letter from the front</h1>
<p>February was our busiest month since we reopened after Hurricane Ian: we strung 2,300 coquina \
bracelets and sold 410 lightning whelk pendants at $48 each. The Tuesday classes (eight seats, $35 \
including shells) are booked through April. We still remember the four feet of water that stood in \
the shop in 2022, which is why the new workbenches sit on 30-inch legs.</p>
<h2>At the drilling table</h2>
<p>Mariia Yaremchuk, 35, from Melitopol, drills and polishes every shell that leaves the shop. Her \
brother is a paratrooper in the Kursk region. He wrote to her on Monday that [[fifty or sixty]] \
North Koreans were attacking his company&rsquo;s sector again, usually just before dawn. After one \
night, he said, his platoon counted [[about thirty]] dead in front of their line. &ldquo;He asks \
me to send him pictures of the beach,&rdquo; she told us.</p>
<h2>A customer with an opinion</h2>
<p>Helen Baek, 69, a retired flight attendant born in Jeju, has bought sea-glass earrings from us \
every March for ten years. She believes Kim will send [[thousands]] more soldiers before the \
summer. &ldquo;He is paid in oil and rice,&rdquo; she said.</p>
<h2>Heard in the shop</h2>
<p>In late February, South Korea&rsquo;s spy agency said the North had sent [[about 1,500]] \
replacements since January. Ukraine&rsquo;s foreign minister said on Saturday that the North \
Koreans had suffered [[close to 4,000]] casualties. A U.S. official told reporters on Thursday \
that the contingent had shrunk to [[under 10,000]]. A NATO spokeswoman said on Wednesday that the \
alliance believed [[around 3,000]] had been killed.</p>
</main>
<footer>Coquina Row Shell Jewelry &middot; Periwinkle Way, Sanibel, FL 33957 &middot; (239) \
555-0187 &middot; Closed Mondays</footer>
</body>
</html>
""",
    claims=(
        C("fifty or sixty", None, "range", "near_front", "other", "mon..pub",
          "a shell driller from Melitopol relaying her brother, a paratrooper in the Kursk region "
          "('He wrote to her on Monday that'; the speaker quoted: other): attacking his company's "
          "sector again (number words, as 'fifty or sixty' of corpus_blind169: range; from "
          "Monday, 3 March, to publication)"),
        C("about thirty", 30, "approx", "casualties", "other", "mon..pub",
          "same letter, 'he said': dead in front of their line 'After one night' (the event, not "
          "the claim date; number word 30)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a retired flight attendant born in Jeju, 'She believes' (undated): 'more' "
          "Kim will send before the summer (increment, planned)", add=True),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "'In late February, South Korea's spy agency said' (days 21-28): replacements "
          "sent since January (increment, as in corpus_blind161)", add=True),
        C("close to 4,000", 4000, "approx", "casualties", "ukraine", "sat",
          "'Ukraine's foreign minister said on Saturday' (1 March): casualties ('close to' as "
          "approx)"),
        C("under 10,000", 10000, "at_most", "in_russia", "united_states", "thu",
          "'A U.S. official told reporters on Thursday' (6 March): the contingent had shrunk to "
          "('under' as at_most, as 'unter 10'000' of corpus_blind169)"),
        C("around 3,000", 3000, "approx", "casualties", "nato", "wed",
          "'A NATO spokeswoman said on Wednesday' (5 March): killed"),
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
