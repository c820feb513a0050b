"""Build the HUNDRED-AND-NINETY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-eighth corpus, for an honest measurement on articles the extractor has never
met, written in session 20 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news in the genres a news reader meets, from outlets and angles the
other corpora do not have: a municipal newsletter's report from the council session in Wildalpen
(Styria, Austrian conventions), a regional business paper's portrait of a wooden-paddle workshop in
Palfau (Styria, Austrian words) with a joiner from Uzhhorod, a village paper's question-and-answer
interview in Seelisberg (Uri, Swiss conventions) with a Korea researcher, a readers' letters page
from Emmetten (Nidwalden, Swiss conventions), a retired forester's Saturday opinion column from
Schierke and a local news site's fact-check of a picture shared in a Benneckenstein messenger group;
an evening paper's world page from Whitby, a Whitby weekly's letters to the editor, a parish
newsletter's report from the council meeting in Staithes, a business page's feature on a coble yard
in Staithes, a coastal review's interview with a retired broadcast monitor in Alnmouth and the same
review's opinion column on Remembrance Sunday. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind196_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Wildalpen and Palfau in Styria, Seelisberg in Uri, Emmetten in Nidwalden,
# Schierke and Benneckenstein)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v196_01_sitzungsbericht_gemeinderat_wildalpen",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-16"),
    dated_by="dateline", crlf=True,
    features=(
        "a municipal newsletter's report from the council session in Wildalpen (Styria) as plain "
        "text, windows-1252 with CRLF, `„“` in the mayor's closing words and upper-case section "
        "heads (no sidecar), dated by the line 'Wildalpen, 16. Jänner 2025' (Thursday); Austrian "
        "conventions (`Jänner`, `Feber`, `heuer`); members present, listeners, the budget in "
        "millions, a vote of 8:1, a bridge's cost and the province's share in per cent, kilometres "
        "of forest road, museum visitors and a rise in per cent first; the session held 'am "
        "Montagabend' (13 January) dates the councillors' own words; a militia officer on the "
        "council citing the NIS, which 'am selben Tag' reported `rund 300` fallen and `2.700` "
        "wounded, and 'Der Dienst rechne außerdem damit' 'weitere' `1.500 bis 2.000` (range, "
        "increment, planned; all Monday); the deputy mayor recalling Zelensky's Saturday `zwei` "
        "captured (number word); a councillor citing the Pentagon `mehr als 11.000` at the Kursk "
        "front, the date after the figure ('ein Sprecher habe das vergangene Woche bekräftigt'), "
        "and NATO 'schon Mitte Dezember' `mindestens 12.000` in Russia (the 11th to the 20th); a "
        "councillor's own fear of `Zehntausende` (vague, planned, other, the session day, no "
        "increment); Russia's losses a day (not a claim), Ukrainian families, hours of snow "
        "clearing, a lease in euros, a session date, office hours and a phone number"
    ),
    text="""\
GEMEINDENACHRICHTEN WILDALPEN
Aus der Sitzung des Gemeinderates

Wildalpen, 16. Jänner 2025

Der Gemeinderat ist am Montagabend zur ersten Sitzung des neuen Jahres im Saal über dem \
Gemeindeamt zusammengekommen. Alle neun Mitglieder waren da, dazu elf Zuhörerinnen und Zuhörer, so \
viele wie schon lange nicht mehr.

VORANSCHLAG UND WASSER

Der Voranschlag für heuer sieht Ausgaben von 2,38 Millionen Euro vor und wurde mit 8:1 Stimmen \
beschlossen. Für die Sanierung der Brücke beim Sportplatz sind 146.000 Euro eingeplant, das Land \
übernimmt 60 Prozent davon. Die Wiener Wasserwerke haben zugesagt, den Forstweg zu den Quellen bis \
Ende Mai auf 1,8 Kilometern neu zu schottern. Das Wassermuseum zählte im Vorjahr 4.270 \
Besucherinnen und Besucher, um 9 Prozent mehr als 2023.

WINTERHILFE FÜR DIE UKRAINE

Auf Antrag von Vizebürgermeisterin Theresia Mitterbäck überweist die Gemeinde 2.000 Euro an das \
Rote Kreuz für die Winterhilfe in der Ukraine; der Beschluss fiel einstimmig. Die beiden \
ukrainischen Familien im ehemaligen Forsthaus, zusammen sieben Personen, dürfen bis mindestens \
Ende Juni dort wohnen bleiben.

In der Debatte ging es auch um die nordkoreanischen Soldaten auf russischer Seite. Gemeinderat \
Florian Hollerer, Milizoffizier beim Bundesheer, verwies auf den südkoreanischen Geheimdienst: \
Dieser habe am selben Tag vor Abgeordneten in Seoul von [[rund 300]] gefallenen und [[2.700]] \
verwundeten Nordkoreanern berichtet. Der Dienst rechne außerdem damit, dass Pjöngjang bis zum \
Frühjahr weitere [[1.500 bis 2.000]] Mann nachschicke. Vizebürgermeisterin Mitterbäck erinnerte \
daran, dass der ukrainische Präsident Selenskyj am Samstag von [[zwei]] in Kursk gefangenen \
Nordkoreanern berichtet hatte.

Gemeinderat Johann Zefferer ergänzte, laut Pentagon stünden inzwischen [[mehr als 11.000]] \
Nordkoreaner im Gebiet Kursk an der Front; ein Sprecher habe das vergangene Woche bekräftigt. Auch \
die Nato sei schon Mitte Dezember von [[mindestens 12.000]] Nordkoreanern in Russland ausgegangen. \
Gemeinderätin Anna Pölzl meinte, sie fürchte, dass Kim noch [[Zehntausende]] in diesen Krieg \
schicken werde, solange Moskau mit Öl und Devisen bezahle.

Bürgermeister Karl Schwaiger schloss die Debatte mit dem Hinweis, dass auch die Ukraine jeden Tag \
Soldaten verliere und Russland nach Londoner Schätzungen an manchen Tagen 1.600 Mann. „Den Krieg \
können wir nicht beenden, helfen können wir schon“, sagte Schwaiger.

WEITERE BESCHLÜSSE

Die Schneeräumung hat seit November 312 Einsatzstunden gebraucht. Der Raftingverband darf die \
Einstiegsstelle an der Salza ab 1. Mai wieder nutzen, die Pacht bleibt bei 1.200 Euro im Jahr. Die \
nächste Sitzung findet am Donnerstag, 27. Feber, um 19 Uhr statt.

Sprechstunden des Bürgermeisters: Dienstag und Freitag von 8 bis 11 Uhr, Telefon 03636 342 11.
""",
    claims=(
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "a militia officer on the council citing the NIS, which reported to lawmakers in Seoul "
          "'am selben Tag' as the session (Monday, 13 January; Konjunktiv): fallen (the claimant "
          "is the source cited, as for councillors in earlier sets)"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same report, 'und': wounded"),
        C("1.500 bis 2.000", None, "range", "planned", "south_korea", "mon",
          "'Der Dienst rechne außerdem damit' (the NIS referred back to by role, same briefing): "
          "'weitere' to be sent by spring (increment, planned; span without the word)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "the deputy mayor recalling that President Zelensky 'am Samstag … berichtet hatte' (11 "
          "January): two North Koreans captured in Kursk (number word)"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "united_states", "lastweek",
          "a councillor: 'laut Pentagon … ; ein Sprecher habe das vergangene Woche bekräftigt' "
          "(the date after the figure): at the front in the Kursk region"),
        C("mindestens 12.000", 12000, "at_least", "in_russia", "nato",
          "2024-12-11..2024-12-20",
          "same councillor: 'Auch die Nato sei schon Mitte Dezember von … ausgegangen' (the 11th "
          "to the 20th): in Russia"),
        C("Zehntausende", None, "vague", "planned", "other", "mon",
          "a councillor's own fear ('meinte, sie fürchte', said at the Monday session; other): Kim "
          "will send more into this war (a forecast: planned; 'noch' without an increment word, as "
          "'heuer noch Zehntausende' in earlier sets)"),
    ),
)


S02 = Source(
    article_id="v196_02_betriebsportraet_paddelwerkstatt_palfau_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-03-06"),
    dated_by="sidecar",
    sidecar=(
        "Obersteirer Wirtschaftsbote – Betriebe im Porträt",
        "https://www.obersteirer-wirtschaftsbote.example/betriebe/paddelwerkstatt-palfau",
        "Ein Paddel braucht drei Wochen: zu Besuch in der Paddelwerkstatt in Palfau",
    ),
    features=(
        "a regional business paper's portrait of a wooden-paddle workshop in Palfau (Styria) in "
        "Markdown, UTF-8, front matter without a date (sidecar, Thursday; the sidecar title "
        "without a figure), `„“`, an italic standfirst and a fact box; Austrian words (`Feber`, "
        "`Jänner`, `heuer`); a headline whose figure counts paddles ('420 Paddel im Jahr', not a "
        "claim), paddles, staff, an export share in per cent, prices in euros, a year, a grant, a "
        "price rise and postage first; a joiner from Uzhhorod relaying his brother, an "
        "infantry-carrier driver in the Kursk region ('Am Sonntag kam … eine Sprachnachricht. Der "
        "Bruder erzählt darin von', Konjunktiv carried) `an die 200` dug into a copse (approx, "
        "near the front) and sentence-initial `Vier` killed (number word, casualties; both other, "
        "from Sunday to publication); the owner, a former army sapper, who 'glaubt' `bis zu "
        "20.000` by July (at_most, planned, other, `pub`); the fact box: Ukraine's general staff "
        "'Anfang Feber' `rund 4.000` losses (days 1-10), Seoul's Joint Chiefs 'vom Montag' "
        "'weitere' `rund 1.500` brought to Russia (increment), sentence-initial `Etwa 11.000` in "
        "Kursk with the State Department after the figure ('erklärte vergangene Woche'), Kyiv's "
        "military intelligence that 'hält es für möglich' `Tausende` 'weitere' (vague, increment, "
        "planned, `pub`) and Britain's count of Russian losses (not a claim); paddles, per cent, "
        "euros, years, ages, days, a phone number"
    ),
    text="""\
---
title: "Ein Paddel braucht drei Wochen"
rubrik: Betriebe im Porträt
ort: Palfau
---

# 420 Paddel im Jahr, und jedes ist ein Einzelstück

*Markus Zettelbauer baut in Palfau Holzpaddel für Kajak und Kanadier. Die Kundschaft sitzt in halb \
Europa, die Werkstatt steht gleich neben dem Elternhaus.*

Wenn auf der Salza im Frühling die ersten Boote unterwegs sind, hat Markus Zettelbauer seine \
dichteste Zeit schon hinter sich. In der früheren Wagnerei seines Großvaters leimt, hobelt und \
schleift der 51-Jährige Stechpaddel und Doppelpaddel aus Esche, Fichte und Zirbe. 420 Stück haben \
er und seine zwei Mitarbeiter im Vorjahr ausgeliefert, gut 70 Prozent davon nach Deutschland, \
Tschechien und in die Schweiz. Ein einfaches Stechpaddel kostet 190 Euro, ein Wildwasserpaddel mit \
einer Kante aus Carbon bis zu 560 Euro. „Der Leim und das Öl brauchen ihre Zeit, darum dauert ein \
Paddel drei Wochen“, sagt Zettelbauer.

## Vom Hobby zum Betrieb

Angefangen hat er 1998 mit einem einzigen Paddel für sich selbst, weil ihm die Kunststoffblätter \
aus dem Sportgeschäft zu schwer waren. Heuer investiert er in eine neue Absauganlage, das Land \
fördert sie mit 18.000 Euro. Eschenholz ist seit 2022 um ein Drittel teurer geworden, erzählt er, \
und ein Paket nach Deutschland kostet inzwischen 24 Euro Porto.

## Ein Tischler aus Uschhorod

Seit dem Sommer 2022 arbeitet Oleh Hnatjuk, 29, aus Uschhorod in der Werkstatt. In der Ukraine hat \
er Fenster und Türen gebaut, hier schleift er die Blätter so dünn, dass man das Licht \
durchscheinen sieht. Sein älterer Bruder fährt einen Schützenpanzer im Gebiet Kursk. Am Sonntag \
kam nach elf Tagen Funkstille endlich eine Sprachnachricht. Der Bruder erzählt darin von [[an die \
200]] Nordkoreanern, die sich in einem Waldstück vor seiner Stellung eingegraben hätten. [[Vier]] \
von ihnen seien in der Woche davor bei einem Granatwerferangriff ums Leben gekommen. „Er redet \
lieber über das Wetter als über den Krieg“, sagt Oleh.

## Was der Chef glaubt

Zettelbauer hat beim Bundesheer als Pionier gedient und verfolgt die Nachrichten aus der Ukraine \
genau. Er glaubt, dass Kim bis Juli [[bis zu 20.000]] Soldaten nach Russland gebracht haben wird. \
„Kim hat Menschen, Putin hat Geld. Das geht so lange weiter, bis einer von beiden nicht mehr kann.“

## Zur Lage

- Der ukrainische Generalstab bezifferte die nordkoreanischen Verluste Anfang Feber auf [[rund \
4.000]] Tote und Verwundete.
- Nach Angaben des Generalstabs in Seoul vom Montag sind seit Jänner weitere [[rund 1.500]] \
Soldaten nach Russland gebracht worden.
- [[Etwa 11.000]] Nordkoreaner sind nach wie vor im Gebiet Kursk eingesetzt, erklärte vergangene \
Woche das US-Außenministerium.
- Kiews Militärgeheimdienst hält es für möglich, dass bis zum Sommer noch [[Tausende]] weitere \
folgen.
- Die britische Regierung schätzt die russischen Verluste seit Kriegsbeginn auf mehr als 800.000 \
Tote und Verwundete.

Paddelwerkstatt Zettelbauer, Palfau. Besichtigung nach Anmeldung unter 03638 225 40.
""",
    claims=(
        C("an die 200", 200, "approx", "near_front", "other", "sun..pub",
          "a joiner from Uzhhorod relaying his brother, who drives an infantry carrier in the "
          "Kursk region ('Am Sonntag kam … endlich eine Sprachnachricht. Der Bruder erzählt darin "
          "von', Konjunktiv; the speaker quoted: other): dug into a copse in front of his position "
          "('an die' as approx; from Sunday, 2 March, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed by a mortar "
          "attack 'in der Woche davor' (the period, not the claim date)"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "the workshop owner, 'Er glaubt' (undated): brought to Russia by July (a forecast total: "
          "planned)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "fact box: 'Der ukrainische Generalstab bezifferte … Anfang Feber' (days 1-10, the "
          "Austrian month): dead and wounded"),
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "mon",
          "fact box: 'Nach Angaben des Generalstabs in Seoul vom Montag' (3 March): 'weitere' "
          "brought to Russia since January (increment; span without the word; 'seit Jänner' is the "
          "period)", add=True),
        C("Etwa 11.000", 11000, "approx", "near_front", "united_states", "lastweek",
          "fact box, sentence-initial figure with the claimant after it ('erklärte vergangene "
          "Woche das US-Außenministerium'): still deployed in the Kursk region ('nach wie vor', "
          "not an increment)"),
        C("Tausende", None, "vague", "planned", "ukraine", "pub",
          "fact box: 'Kiews Militärgeheimdienst hält es für möglich' (undated): 'Tausende weitere' "
          "could follow by the summer (increment, planned)", add=True),
    ),
)


S03 = Source(
    article_id="v196_03_interview_dorfblatt_seelisberg_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-23"),
    dated_by="html_meta",
    features=(
        "a village paper's question-and-answer interview from Seelisberg (Uri) with a Korea "
        "researcher in HTML, ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, `&middot;`), "
        "`article:published_time` +02:00 (Friday), a script with issue and subscribers, "
        "navigation, a footer with a postcode; Swiss conventions (`ss`, «», `4'700`, `1'000`, "
        "`30'000`, `14'000`, `140'000`); `<title>` and headline without a figure; the interview "
        "dated 'am Dienstag' in the lead (Tuesday to publication for her own answers); her age, a "
        "year abroad, trips, a year first; the paper's questions cite the NIS 'am 30. April' "
        "(`rund 4'700` losses 'davon' `etwa 600` dead, an explicit date), Tass 'Vergangene Woche' "
        "(`Hunderte` clearing mines in Kursk: russia, vague, near the front; the question names "
        "Moscow's admission without a figure) and Kyiv's military intelligence 'Anfang Mai' (`bis "
        "zu 30'000` 'zusätzliche': at_most, increment, planned, days 1-10); her answers: 'Ich gehe "
        "von … aus' `mindestens 1'000` fallen (at_least, other), `10'000 bis 15'000` 'weitere' "
        "(range, increment, planned, other), a NATO spokesman 'am Montag' `rund 14'000` who served "
        "in Russia (the claimant named inside her answer) and North Korean television 'Am Sonntag' "
        "with Kim before `Dutzenden` coffins (north_korea, vague, casualties); North Korea's and "
        "Switzerland's armies (not claims), subscribers, francs, a postcode, a phone number"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-05-23T06:30:00+02:00">
<title>Im Gespräch mit Verena Arnold &ndash; Dorfblatt Seelisberg</title>
<script>var dorfblatt = {ausgabe: 5, abonnenten: 312, jahresabo: 35};</script>
</head>
<body>
<nav><a href="/">Dorfblatt</a> &middot; <a href="/gemeinde">Gemeinde</a> &middot; <a \
href="/gespraech">Im Gespräch</a></nav>
<main>
<h1>«Die Zahlen aus Seoul sind die besten, die wir haben»</h1>
<p class="lead">Verena Arnold, 54, erforscht an einem Zürcher Institut Nordkorea und verbringt \
fast jedes Wochenende im Haus ihrer Grosseltern oberhalb der Kirche. Wir haben am Dienstag auf \
ihrer Terrasse mit Blick über den See mit ihr gesprochen.</p>
<p><strong>Dorfblatt:</strong> Frau Arnold, wie kommt eine Seelisbergerin zu Nordkorea?</p>
<p><strong>Arnold:</strong> Über einen Umweg. 1996 war ich als Studentin ein Semester in Seoul, \
eigentlich wegen der Sprache. Seither war ich elfmal im Süden und zweimal im Norden, zuletzt 2018 \
mit einer Delegation von Hochschulen.</p>
<p><strong>Dorfblatt:</strong> Der südkoreanische Nachrichtendienst hat am 30. April von [[rund \
4'700]] nordkoreanischen Verlusten gesprochen, davon [[etwa 600]] Tote. Ist das glaubwürdig?</p>
<p><strong>Arnold:</strong> Es sind die besten Zahlen, die wir haben. Bei den Toten halte ich sie \
aber für zu vorsichtig. Ich gehe von [[mindestens 1'000]] Gefallenen aus, weil viele Verwundete \
dort ohne richtige Sanität gar nicht überleben.</p>
<p><strong>Dorfblatt:</strong> Moskau hat Ende April zugegeben, dass Nordkoreaner in Kursk \
gekämpft haben. Vergangene Woche meldete die Agentur Tass, [[Hunderte]] von ihnen räumten dort \
noch Minen.</p>
<p><strong>Arnold:</strong> Das passt ins Bild. Die Kampftruppen sind abgezogen, die Pioniere \
bleiben. Wer Minen räumt, lernt viel über moderne Sprengfallen, und dieses Wissen nimmt er mit \
nach Hause.</p>
<p><strong>Dorfblatt:</strong> Kiews Militärgeheimdienst warnte Anfang Mai, Pjöngjang könne bis \
zum Sommer [[bis zu 30'000]] zusätzliche Soldaten schicken.</p>
<p><strong>Arnold:</strong> Das halte ich für hoch gegriffen. Realistisch sind [[10'000 bis \
15'000]] weitere, und auch die kämen nicht auf einen Schlag. Ein Nato-Sprecher hat am Montag \
gesagt, seit dem letzten Herbst hätten [[rund 14'000]] Nordkoreaner in Russland gedient. Diese \
Grössenordnung scheint mir plausibel.</p>
<p><strong>Dorfblatt:</strong> Und was sagt Pjöngjang selbst?</p>
<p><strong>Arnold:</strong> Lange gar nichts. Am Sonntag zeigte das nordkoreanische Fernsehen dann \
Kim Jong Un vor [[Dutzenden]] mit Flaggen bedeckten Särgen. Zahlen nennt das Regime nie, aber \
solche Bilder sind eine Botschaft an die Familien.</p>
<p><strong>Dorfblatt:</strong> Wie gross ist das für Kim?</p>
<p><strong>Arnold:</strong> Klein. Seine Armee zählt über eine Million Mann, unsere hat rund \
140'000 Angehörige. Was er nach Russland schickt, vermisst er kaum. Aber seine Offiziere bringen \
Erfahrung aus einem modernen Krieg zurück, und das sollte uns alle beschäftigen.</p>
<p><strong>Dorfblatt:</strong> Frau Arnold, vielen Dank für das Gespräch.</p>
</main>
<footer>Dorfblatt Seelisberg &middot; erscheint zehnmal im Jahr &middot; 6377 Seelisberg &middot; \
Inserate 041 820 15 62</footer>
</body>
</html>
""",
    claims=(
        C("rund 4'700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "the paper's question citing the NIS 'am 30. April' (an explicit date; a required claim "
          "of that source, as questions in earlier interviews): North Korean losses"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same question, 'davon': the dead among them"),
        C("mindestens 1'000", 1000, "at_least", "casualties", "other", "tue..pub",
          "the researcher's own answer ('Ich gehe von … aus'; other): fallen; the interview held "
          "'am Dienstag' (20 May, lead) dates her answers: Tuesday to publication"),
        C("Hunderte", None, "vague", "near_front", "russia", "lastweek",
          "the paper's question: 'Vergangene Woche meldete die Agentur Tass' (Russia's state "
          "agency: russia; Konjunktiv): still clearing mines in Kursk (Moscow's admission 'Ende "
          "April' carries no figure)"),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "2025-05-01..2025-05-10",
          "the paper's question: 'Kiews Militärgeheimdienst warnte Anfang Mai' (days 1-10): "
          "'zusätzliche' soldiers Pyongyang could send by the summer (increment, planned; span "
          "without the word)", add=True),
        C("10'000 bis 15'000", None, "range", "planned", "other", "tue..pub",
          "the researcher's answer ('Realistisch sind … weitere'; other, the interview day to "
          "publication): more to come, not all at once (increment, planned; span "
          "without the word)", add=True),
        C("rund 14'000", 14000, "approx", "in_russia", "nato", "mon",
          "the claimant named inside her answer: 'Ein Nato-Sprecher hat am Montag gesagt' (19 May, "
          "Konjunktiv): have served in Russia since last autumn (a total over a period)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "sun",
          "her answer: 'Am Sonntag zeigte das nordkoreanische Fernsehen' (18 May; North Korean "
          "television: north_korea) Kim before dozens of flag-draped coffins (the dead)"),
    ),
)


S04 = Source(
    article_id="v196_04_leserbriefe_anzeiger_emmetten",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "Emmetter Anzeiger – Leserbriefe",
        "https://www.emmetter-anzeiger.example/leserbriefe/2024-12-12",
        "Leserbriefe: Parkgebühren, überholte Zahlen und ein Dank an die Samariter",
    ),
    features=(
        "a readers' letters page from Emmetten as plain text, UTF-16 LE with BOM (sidecar, "
        "Thursday; the sidecar title without a figure), four letters each with a title and a "
        "signature; Swiss conventions (`ss`, «», `12'000`, `11'000`, `10'000`, `1'850`); a letter "
        "on parking fees in francs without a claim; a letter titled 'Die 12'000 sind längst "
        "überholt' (the title repeating the paper's figure: optional) answering the paper's own "
        "report ('In Ihrem Artikel vom 5. Dezember hiess es') `12'000` in Kursk (unattributed, "
        "required, that day), the NIS 'Ende November' `über 11'000` in the fighting (the 21st to "
        "the 30th), sentence-initial `Mehrere hundert` dead and wounded with the Pentagon after "
        "the figure ('meldete am Montag das Pentagon'), a Japanese paper 'vergangene Woche' `500` "
        "fallen (other media: other) and Kyiv's military intelligence 'am Dienstag' `mindestens "
        "30` killed in one drone strike; a reader from Incheon 'überzeugt' that 'noch einmal' `gut "
        "10'000` follow by spring (at_least, increment, planned, other, `pub`) and Zelensky 'am "
        "Wochenende' `Tausenden` at the front (the Saturday to the Sunday); a thank-you letter "
        "with blood-pressure checks and francs (not claims); years, ages, francs"
    ),
    text="""\
EMMETTER ANZEIGER
Leserbriefe

Parkieren an der Talstation: ein teurer Spass

Ab dem 1. Januar kostet ein Tag Parkieren bei der Talstation 8 Franken statt wie bisher 5. Für \
Familien aus dem Dorf, die im Winter jedes Wochenende mit zwei Autos hinauffahren, macht das über \
die Saison schnell 300 Franken mehr. Die Gemeinde sollte den Einheimischen eine Jahreskarte \
anbieten, wie es andere Bergdörfer längst tun.
Beat Odermatt, Emmetten

Die [[12'000]] sind längst überholt

In Ihrem Artikel vom 5. Dezember hiess es, [[12'000]] Nordkoreaner kämpften im Gebiet Kursk. Das \
mag im Oktober gestimmt haben. Der Geheimdienst in Seoul sprach Ende November von [[über 11'000]] \
Soldaten, die dort bereits in die Kämpfe eingegriffen hätten. [[Mehrere hundert]] Tote und \
Verwundete meldete am Montag das Pentagon. Eine japanische Zeitung will vergangene Woche sogar von \
[[500]] Gefallenen erfahren haben, und Kiews Militärgeheimdienst zählte am Dienstag [[mindestens \
30]] tote Nordkoreaner nach einem einzigen Drohnenangriff. Wer Zahlen abdruckt, sollte \
dazuschreiben, von wem und von wann sie stammen.
Josef Würsch, Emmetten

Kim schickt, solange Moskau zahlt

Ich bin in Incheon aufgewachsen und lebe seit 31 Jahren in der Schweiz, seit zwölf davon in \
Emmetten. Ich bin überzeugt, dass Kim bis im Frühling noch einmal [[gut 10'000]] Soldaten nach \
Russland schicken wird, denn für jeden Mann bekommt er Öl, Weizen oder Devisen. Präsident \
Selenskyj hat am Wochenende von [[Tausenden]] Nordkoreanern gesprochen, die schon an der Front \
stünden. Der Kreml sagt dazu nichts. Wenn wir an Weihnachten Kerzen anzünden, dann bitte auch für \
die Mütter im Norden, die von ihren Söhnen nichts mehr hören. «Sie wissen nicht einmal, in welchem \
Land ihre Kinder sind», sagt meine Schwester in Seoul.
Mi-ran Gisler-Cho, Emmetten

Danke an die Samariter

Am Samstag hat der Samariterverein am Chlausmarkt 46 Blutdruckmessungen gemacht und 1'850 Franken \
für den neuen Defibrillator beim Schulhaus gesammelt. Es fehlen noch etwa 900 Franken. Herzlichen \
Dank allen, die etwas gegeben haben.
Ruth Barmettler, Emmetten
""",
    claims=(
        C("12'000", 12000, "exact", "near_front", "unattributed", "2024-12-05..pub",
          "the letter's title 'Die 12'000 sind längst überholt' repeating the paper's own figure "
          "the letter answers (a title echoing a figure: optional)", opt=True),
        C("12'000", 12000, "exact", "near_front", "unattributed", "2024-12-05",
          "a reader citing the paper's own report ('In Ihrem Artikel vom 5. Dezember hiess es'; "
          "unattributed, required, that day): fighting in the Kursk region"),
        C("über 11'000", 11000, "at_least", "near_front", "south_korea", "2024-11-21..2024-11-30",
          "'Der Geheimdienst in Seoul sprach Ende November von' (the 21st to the 30th, "
          "Konjunktiv): already in the fighting there ('über' as at_least)"),
        C("Mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "sentence-initial figure, the claimant after it ('meldete am Montag das Pentagon', 9 "
          "December): dead and wounded"),
        C("500", 500, "exact", "casualties", "other", "lastweek",
          "'Eine japanische Zeitung will vergangene Woche … erfahren haben' (a newspaper without a "
          "named source: other): fallen"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "tue",
          "same sentence, 'und Kiews Militärgeheimdienst zählte am Dienstag' (10 December): dead "
          "after a single drone strike"),
        C("gut 10'000", 10000, "at_least", "planned", "other", "pub",
          "a reader from Incheon, 'Ich bin überzeugt' (undated): 'noch einmal' to be sent by "
          "spring (increment, planned; 'gut' as at_least)", add=True),
        C("Tausenden", None, "vague", "near_front", "ukraine", "sat..sun",
          "same letter: 'Präsident Selenskyj hat am Wochenende von … gesprochen' (Saturday 7 to "
          "Sunday 8 December): already at the front"),
    ),
)


S05 = Source(
    article_id="v196_05_samstagskolumne_schierke_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-04"),
    dated_by="front_matter", crlf=True,
    features=(
        "a retired forester's Saturday opinion column from Schierke in Markdown, UTF-8 with BOM "
        "and CRLF, front matter with `date:` (Saturday) and a title without a figure, an italic "
        "standfirst; bed occupancy in per cent, steam trains a day, a parking fee in euros, nine "
        "of ten spruces, years and the old border zone first; 'Am Donnerstag meldete sich der "
        "Geheimdienst in Seoul zu Wort. Demnach' `rund 2.000` dead (the claimant in the sentence "
        "before); a London security institute that 'hält sogar … für möglich' `mehr als 5.000` "
        "dead (a think tank: other, `pub`); state television in Pyongyang 'Ende August' with Kim "
        "before the pictures of `101` fallen (north_korea, the 21st to the 31st); 'Moskau spricht "
        "inzwischen ganz offen von' `Tausenden` sappers in Kursk (russia, vague, near the front, "
        "`pub`); the State Department 'im Juli' `etwa 11.000` still in Russia (the whole month); "
        "'gestern hieß es aus Kiew' 'weiteren' `6.000` builders being prepared (increment, "
        "planned, `yday`); the columnist's own sum `gut 15.000` sent since autumn 2024 "
        "(unattributed, at_least, required); the Bundeswehr's soldiers ('gut 180.000', not a "
        "claim), ages, years"
    ),
    text="""\
---
title: "Nebel über den Klippen"
date: 2025-10-04
rubrik: Samstagskolumne
autor: Hartmut Breuel
---

# Nebel über den Klippen

*Die Samstagskolumne aus Schierke. Hartmut Breuel, 68, war bis zu seiner Pensionierung Förster im \
Ort.*

Der Oktober hat in Schierke mit Nebel angefangen, so dicht, dass man vom Kurpark aus die Kirche \
nicht mehr sah. Die Pensionen melden für September 61 Prozent Auslastung, drei Punkte mehr als vor \
einem Jahr. Die Dampfzüge fahren bis Anfang November viermal am Tag, und wer am Ortseingang parkt, \
zahlt inzwischen 7 Euro. Rund um den Ort hat der Borkenkäfer neun von zehn Fichten getötet; wo ich \
vor 40 Jahren Bäume gepflanzt habe, wachsen jetzt Ebereschen, Birken und Fingerhut. Man muss das \
nicht schön finden, aber es ist der neue Wald.

Bis 1989 lag Schierke im Sperrgebiet, und wer hier wohnte, brauchte einen Passierschein für das \
eigene Dorf. Vielleicht lese ich deshalb die Nachrichten aus fernen Diktaturen anders als meine \
Enkel.

Am Donnerstag meldete sich der Geheimdienst in Seoul zu Wort. Demnach sind im Krieg gegen die \
Ukraine bislang [[rund 2.000]] Nordkoreaner gestorben. Ein Londoner Institut für Sicherheitsfragen \
hält sogar [[mehr als 5.000]] Tote für möglich. Ende August zeigte das Staatsfernsehen in \
Pjöngjang, wie Kim Jong Un vor den Bildern von [[101]] Gefallenen weinte. Moskau spricht \
inzwischen ganz offen von [[Tausenden]] nordkoreanischen Pionieren, die im Gebiet Kursk Minen \
räumen. Das amerikanische Außenministerium hatte im Juli von [[etwa 11.000]] Soldaten gesprochen, \
die noch in Russland seien. Und gestern hieß es aus Kiew, Pjöngjang bereite die Entsendung von \
weiteren [[6.000]] Bausoldaten vor.

Zählt man zusammen, was seit dem Herbst 2024 gemeldet worden ist, dann hat Kim [[gut 15.000]] \
junge Männer nach Russland geschickt. Zum Vergleich: Die Bundeswehr zählt gut 180.000 Soldatinnen \
und Soldaten, und im Landkreis wirbt sie gerade um jeden Schulabgänger. Die meisten dieser \
Nordkoreaner sind so alt wie meine Enkel. Sie haben nie gewählt, nie eine Zeitung gelesen, die \
nicht vom Staat kam, und sie sterben in einem Krieg, den ihnen niemand erklärt hat.

Ich wünsche Ihnen ein ruhiges Wochenende. Wenn der Nebel sich hebt, lohnt sich der Weg hinauf zu \
den Klippen.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "'Am Donnerstag meldete sich der Geheimdienst in Seoul zu Wort. Demnach' (the claimant "
          "in the sentence before; 2 October): died in the war so far"),
        C("mehr als 5.000", 5000, "at_least", "casualties", "other", "pub",
          "'Ein Londoner Institut für Sicherheitsfragen hält sogar … für möglich' (a think tank: "
          "other; undated): dead"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "'Ende August zeigte das Staatsfernsehen in Pjöngjang' (the 21st to the 31st; state "
          "television: north_korea) Kim weeping before the pictures of the fallen"),
        C("Tausenden", None, "vague", "near_front", "russia", "pub",
          "'Moskau spricht inzwischen ganz offen von' (undated): sappers clearing mines in the "
          "Kursk region"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "2025-07-01..2025-07-31",
          "'Das amerikanische Außenministerium hatte im Juli von … gesprochen' (the whole month, "
          "Konjunktiv): still in Russia (not an increment)"),
        C("6.000", 6000, "exact", "planned", "ukraine", "yday",
          "'Und gestern hieß es aus Kiew' (3 October, Konjunktiv): Pyongyang preparing to send "
          "'weiteren' military builders (increment, planned; span without the word)", add=True),
        C("gut 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the columnist's own sum without a source ('Zählt man zusammen, was … gemeldet worden "
          "ist, dann hat Kim … geschickt'): unattributed, required ('gut' as at_least; a total "
          "since autumn 2024)"),
    ),
)


S06 = Source(
    article_id="v196_06_faktencheck_dorfgruppe_benneckenstein_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-07-09"),
    dated_by="sidecar",
    sidecar=(
        "Benneckensteiner Nachrichten – Faktencheck",
        "https://www.benneckensteiner-nachrichten.example/faktencheck/17-bild-aus-der-dorfgruppe",
        "Faktencheck: Was an dem Bild aus der Dorfgruppe dran ist",
    ),
    features=(
        "a local news site's fact-check of a picture shared in a Benneckenstein messenger group in "
        "HTML, UTF-8, no meta date (sidecar, Wednesday), a notice without cookies, a script with "
        "the fact-check's number and reading time, navigation, entities (`&ndash;`, `&middot;`, "
        "`&bdquo;`, `&ldquo;`), a footer; `<title>` without a figure and the negated question "
        "headline 'Stehen 50.000 Nordkoreaner bereit? Nein' (the picture's figure: optional); the "
        "picture's caption `50.000` fetched by Putin (planned) and `30.000` already in Kursk (near "
        "the front), both the picture's own claim (other), shared 'Seit dem Wochenende' and 'Seit "
        "Samstag' (Saturday to publication); a 2020 parade photo with 'Tausende Soldaten' in "
        "Pyongyang (not a claim); the smaller number traced to a Japanese paper 'Anfang Juli' `bis "
        "zu 30.000` 'zusätzliche' without a source, the paper named after the figure (other, "
        "at_most, increment, planned, the 1st to publication); the NIS 'Ende Juni' `rund 11.000` "
        "in Russia (the 21st to the 30th); Shoigu who 'versprach am 17. Juni' in Pyongyang the "
        "arrival of `6.000` deminers and builders (russia, planned); a Pentagon spokesman 'am "
        "Donnerstag auf Anfrage' `wenige tausend` in Kursk, named after the figure (vague, near "
        "the front); the verdict's own `höchstens 15.000` (unattributed, at_most, required); "
        "shares, group members, a year, a phone number"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Faktencheck: Was an dem Bild aus der Dorfgruppe dran ist &ndash; Benneckensteiner \
Nachrichten</title>
<script>var artikel = {faktencheck: 17, lesezeit: 4, bewertung: "falsch"};</script>
</head>
<body>
<div class="hinweis">Wir setzen keine Werbe-Cookies. <a href="#">Schließen</a></div>
<nav><a href="/">Start</a> &middot; <a href="/ort">Aus dem Ort</a> &middot; <a \
href="/faktencheck">Faktencheck</a></nav>
<main>
<p class="rubrik">Faktencheck Nr. 17</p>
<h1>Stehen [[50.000]] Nordkoreaner bereit? Nein</h1>
<p class="vorspann">Seit dem Wochenende macht in einer Benneckensteiner Messenger-Gruppe ein Bild \
mit großen Zahlen die Runde. Wir haben nachgeprüft, wer was wann gesagt hat und welche Zahl \
hält.</p>
<h2>Die Behauptung</h2>
<p>Auf dem Bild marschieren Soldaten im Gleichschritt, darüber steht: &bdquo;Putin holt sich \
[[50.000]] Nordkoreaner &ndash; [[30.000]] sind schon in Kursk!&ldquo; Seit Samstag ist es in der \
Gruppe mehr als 140-mal weitergeleitet worden; die Gruppe hat gut 600 Mitglieder.</p>
<h2>Woher das Foto stammt</h2>
<p>Das Foto ist nicht neu. Eine Bildersuche führt zu einer Parade in Pjöngjang vom Oktober 2020, \
bei der Tausende Soldaten über den Kim-Il-Sung-Platz zogen. Mit Russland hat die Aufnahme nichts \
zu tun.</p>
<h2>Woher die Zahlen stammen</h2>
<p>Für die größere Zahl haben wir keine Quelle gefunden; weder Moskau noch Pjöngjang haben je \
etwas Vergleichbares genannt. Die kleinere taucht zuerst Anfang Juli in einer japanischen Zeitung \
auf, allerdings in anderem Zusammenhang: Nordkorea werde womöglich noch [[bis zu 30.000]] \
zusätzliche Soldaten entsenden, schrieb das Blatt, ohne eine Quelle zu nennen. Von Soldaten, die \
schon in Kursk stehen, ist dort keine Rede.</p>
<h2>Was offizielle Stellen sagen</h2>
<p>Der südkoreanische Geheimdienst schätzte Ende Juni, dass [[rund 11.000]] nordkoreanische \
Soldaten in Russland sind. Sergej Schoigu, Sekretär des russischen Sicherheitsrats, versprach am \
17. Juni bei einem Besuch in Pjöngjang die Ankunft von [[6.000]] nordkoreanischen Minenräumern und \
Militärbauarbeitern im Gebiet Kursk. Im Gebiet Kursk selbst seien derzeit nur [[wenige tausend]] \
Nordkoreaner im Einsatz, sagte uns ein Sprecher des Pentagons am Donnerstag auf Anfrage.</p>
<h2>Unser Ergebnis</h2>
<p><strong>Falsch.</strong> Selbst wer alle seit dem Herbst 2024 gemeldeten Kontingente \
zusammenzählt, kommt auf [[höchstens 15.000]] Mann. Dass bereits ein ganzes Heer in Kursk stehe, \
lässt sich mit keiner Quelle belegen.</p>
<p>Hinweise auf Falschmeldungen nehmen wir unter 039457 4 81 20 oder per Mail an \
redaktion@benneckensteiner-nachrichten.example entgegen.</p>
</main>
<footer>Benneckensteiner Nachrichten &middot; Lokales im Netz seit 2014</footer>
</body>
</html>
""",
    claims=(
        C("50.000", 50000, "exact", "planned", "other", "sat..pub",
          "the negated question headline repeating the picture's figure ('Stehen 50.000 "
          "Nordkoreaner bereit? Nein': optional, as in earlier fact-checks)", opt=True),
        C("50.000", 50000, "exact", "planned", "other", "sat..pub",
          "the picture's caption ('Putin holt sich 50.000 Nordkoreaner'; the picture's own claim: "
          "other), shared 'Seit dem Wochenende' / 'Seit Samstag' (from Saturday, 5 July, to "
          "publication): to be fetched (planned)"),
        C("30.000", 30000, "exact", "near_front", "other", "sat..pub",
          "same caption: 'sind schon in Kursk' (the picture's claim, near the front)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "2025-07-01..pub",
          "a Japanese paper 'Anfang Juli' (days 1-10, up to publication on the 9th), named after "
          "the figure ('schrieb das Blatt, ohne eine Quelle zu nennen': other): 'zusätzliche' "
          "soldiers North Korea 'werde womöglich noch' send (increment, planned; span without the "
          "word)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-06-21..2025-06-30",
          "'Der südkoreanische Geheimdienst schätzte Ende Juni' (the 21st to the 30th): in Russia"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "'Sergej Schoigu, Sekretär des russischen Sicherheitsrats, versprach am 17. Juni bei "
          "einem Besuch in Pjöngjang die Ankunft von': deminers and military builders to arrive in "
          "the Kursk region (planned)"),
        C("wenige tausend", None, "vague", "near_front", "united_states", "thu",
          "the claimant after the figure ('sagte uns ein Sprecher des Pentagons am Donnerstag auf "
          "Anfrage', 3 July; Konjunktiv): deployed in the Kursk region itself"),
        C("höchstens 15.000", 15000, "at_most", "in_russia", "unattributed", "pub",
          "the verdict's own sum without a source ('Selbst wer alle … Kontingente zusammenzählt, "
          "kommt auf'): unattributed, required"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Whitby and Staithes on the North Yorkshire coast, Alnmouth in Northumberland)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v196_07_world_page_evening_post_whitby_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features=(
        "an evening paper's world page from Whitby in HTML, UTF-8, `<meta name=\"date\">` "
        "(Wednesday), a script with the edition number, navigation with raw `·`, curly quotes and "
        "apostrophes, a section line, a byline and an in-brief column; `<title>` and headline "
        "without a figure and a deck with one ('Zelensky puts the number in the Kursk region at "
        "11,000': takes the claimant and day of the body's figure, required); Kyiv's defence "
        "minister 'said yesterday' without a figure; Zelensky who 'On Monday … put the North "
        "Korean force in the Kursk region at' `11,000`; sentence-initial `About 10,000` in Russia "
        "with the Pentagon after the figure ('the Pentagon said last week') carried into 'and' "
        "`several thousand` moved towards the border (vague, near the front); the NIS, 'the first "
        "to reveal the deployment, said in mid-October' `around 1,500` shipped in the first wave "
        "and a total that 'could reach' `12,000` (planned; the 11th to the 20th of October); a "
        "London think tank that 'estimate' `up to 3,000` within range of Ukrainian artillery "
        "(other, at_most, `pub`); Rutte 'on 28 October' and North Korea's state media without a "
        "figure; Russia's losses a day, evacuees, a research ship's crew (not claims), an edition "
        "number, ages"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="date" content="2024-11-06">
<title>Ukraine reports first clashes with North Korean troops | World | The Esk Coast Evening \
Post</title>
<script>var page = {section: "world", edition: 21847, paywall: false};</script>
</head>
<body>
<nav><a href="/">Home</a> · <a href="/whitby">Whitby</a> · <a href="/world">World</a> · <a \
href="/letters">Letters</a></nav>
<main>
<p class="section">WORLD</p>
<h1>Ukraine reports first clashes with North Korean troops</h1>
<p class="deck">Zelensky puts the number in the Kursk region at [[11,000]] as Pyongyang’s soldiers \
are drawn into the fighting</p>
<p class="byline">By Eleanor Storr, World Desk</p>
<p>For the first time, Ukrainian troops have come under fire from North Korean units inside \
Russia, Kyiv’s defence minister said yesterday, describing it as a dangerous widening of the \
war.</p>
<p>On Monday President Volodymyr Zelensky put the North Korean force in the Kursk region at \
[[11,000]]. Ukraine has held a strip of Russian land there since its surprise push across the \
border in August.</p>
<p>[[About 10,000]] North Korean troops are in Russia, the Pentagon said last week, and [[several \
thousand]] of them have already moved towards the border with Ukraine. Washington warned Moscow \
that any who joined the fighting would be treated as legitimate targets.</p>
<p>Seoul’s National Intelligence Service, the first to reveal the deployment, said in mid-October \
that [[around 1,500]] special forces had been shipped out in a first wave and that the total could \
reach [[12,000]]. The agency has since told lawmakers in Seoul that the men were issued Russian \
uniforms and forged identity papers.</p>
<p>Analysts at the Harcourt Institute, a London defence think tank, estimate that [[up to 3,000]] \
are already within range of Ukrainian artillery. Nato’s secretary general, Mark Rutte, confirmed \
the deployment on 28 October but gave no figure, and North Korea’s state media have not mentioned \
it at all.</p>
<p>Russia is losing about 1,500 soldiers a day in the war, according to British defence \
intelligence.</p>
<h2>In brief</h2>
<p><strong>Philippines:</strong> More than 160,000 people spent the night in evacuation centres as \
a typhoon crossed northern Luzon, the fourth to hit the country in three weeks.</p>
<p><strong>Antarctica:</strong> A British research ship with 19 scientists aboard has reached the \
ice edge after a 24-day voyage from the Falklands, a week later than planned.</p>
</main>
<footer>The Esk Coast Evening Post · Whitby · news desk 01947 600 418</footer>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "the deck 'Zelensky puts the number in the Kursk region at 11,000': takes the claimant "
          "of the body's figure (Zelensky on Monday, 4 November) and the window from that day to "
          "publication"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "'On Monday President Volodymyr Zelensky put the North Korean force in the Kursk region "
          "at' (4 November)"),
        C("About 10,000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "sentence-initial figure, the claimant after it ('the Pentagon said last week'): in "
          "Russia"),
        C("several thousand", None, "vague", "near_front", "united_states", "lastweek",
          "same statement, 'and': already moved towards the border with Ukraine"),
        C("around 1,500", 1500, "approx", "in_russia", "south_korea", "2024-10-11..2024-10-20",
          "'Seoul's National Intelligence Service, the first to reveal the deployment, said in "
          "mid-October' (the 11th to the 20th): special forces shipped out in a first wave"),
        C("12,000", 12000, "exact", "planned", "south_korea", "2024-10-11..2024-10-20",
          "same statement: 'the total could reach' (an intended total: planned)"),
        C("up to 3,000", 3000, "at_most", "near_front", "other", "pub",
          "'Analysts at the Harcourt Institute, a London defence think tank, estimate' (a think "
          "tank: other; undated): within range of Ukrainian artillery"),
    ),
)


S08 = Source(
    article_id="v196_08_letters_to_the_editor_whitby",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-02-14"),
    dated_by="sidecar",
    sidecar=(
        "The Whitby Mercury – Letters to the Editor",
        "https://www.whitbymercury.example/letters/2025-02-14",
        "Letters: the swing bridge, a sailor on numbers and the 199 steps",
    ),
    features=(
        "a Whitby weekly's letters to the editor as plain text, windows-1252 (sidecar, Friday; the "
        "sidecar title's `199` counts steps), `—`, `’` and `£`, four letters each with a title and "
        "a signature; a letter on the swing bridge with weeks, a date and pounds lost (no claim); "
        "a retired sailor answering the paper's own columnist ('Your columnist wrote last Friday "
        "that') `20,000` killed (unattributed, required, 7 February), the NIS 'on 13 January' "
        "`about 300` dead and `2,700` wounded, Zelensky 'who in January announced the capture of' "
        "`two` (number word, the whole month) and 'put the toll in early February at' `nearly "
        "4,000` (approx, days 1-10), Rutte 'in Brussels last month' `more than 11,000` sent (the "
        "whole of January); a noodle-bar owner from Daejeon who 'expect[s]' `at least 5,000` "
        "'more' by the summer (at_least, increment, planned, other, `pub`); a letter on a handrail "
        "with the 199 steps and an age (no claim); years of service, pounds, ages, a word limit"
    ),
    text="""\
THE WHITBY MERCURY
Letters to the Editor

Swing bridge: tell us the hours
The council tells us the swing bridge will close for six weeks from 3 March while new gears are \
fitted. Fair enough, but traders on both sides of the harbour need to know when it will open for \
people on foot. The last time it shut, my shop took £1,400 less in a fortnight. A printed notice \
at each end of the bridge would cost next to nothing.
Brenda Hodgson, Church Street

Get the numbers right
Your columnist wrote last Friday that [[20,000]] North Koreans had already been killed in the \
Kursk fighting. I served 24 years in the Royal Navy, and I know how numbers grow in the retelling. \
South Korea’s intelligence service told its parliament on 13 January that [[about 300]] had died \
and [[2,700]] had been wounded. President Zelensky, who in January announced the capture of \
[[two]] of them, put the toll in early February at [[nearly 4,000]] dead and wounded together. \
Mark Rutte, Nato’s secretary general, said in Brussels last month that [[more than 11,000]] had \
been sent. That is grim enough without adding noughts.
Ken Storm, West Cliff

Kim will keep sending them
I grew up in Daejeon and have run the noodle bar on Flowergate for nine years. When my mother \
rings from Korea on a Sunday, she and her friends all say the same thing: Kim will keep sending \
boys as long as Moscow keeps paying. I expect [[at least 5,000]] more to go by the summer, and I \
hope I am wrong.
Ji-woo Pennock, Flowergate

A handrail for the steps
Could somebody look at the handrail on the 199 steps before the Easter crowds arrive? Two sections \
near the top are loose, and at 82 I need both hands on it.
Arthur Gaskin, Henrietta Street

Letters may be shortened. Write to letters@whitbymercury.example — no more than 250 words, please.
""",
    claims=(
        C("20,000", 20000, "exact", "casualties", "unattributed", "2025-02-07",
          "a reader citing the paper's own columnist ('Your columnist wrote last Friday that': the "
          "Friday before this Friday's page, 7 February; unattributed, required): killed in the "
          "Kursk fighting"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'South Korea's intelligence service told its parliament on 13 January': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing, 'and': wounded"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "'President Zelensky, who in January announced the capture of' (the whole month; number "
          "word): captured"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "same clause, the same claimant: 'put the toll in early February at' (days 1-10): dead "
          "and wounded together ('nearly' as approx)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-01-01..2025-01-31",
          "'Mark Rutte, Nato's secretary general, said in Brussels last month' (the whole of "
          "January): sent"),
        C("at least 5,000", 5000, "at_least", "planned", "other", "pub",
          "a noodle-bar owner from Daejeon, 'I expect' (undated; her own expectation, not her "
          "mother's): 'more' to go by the summer (increment, planned)", add=True),
    ),
)


S09 = Source(
    article_id="v196_09_parish_council_report_staithes_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-06-18"),
    dated_by="front_matter",
    features=(
        "a parish newsletter's report from the council meeting in Staithes in Markdown, ISO-8859-1 "
        "with straight quotes only and `£`, front matter with `date:` (Wednesday) and a title "
        "without a figure; the meeting 'on Monday evening' (16 June) dates what is said there; "
        "councillors, residents, hours, pounds for a harbour wall, a parking fee, permits and a "
        "planning reference first; a retired major in the public session citing 'figures Seoul had "
        "released last week' `around 11,000` in Russia, the claimant after the figure ('he told "
        "the meeting, citing'), and his own view that the North 'could easily find' 'another' "
        "`20,000` (increment, planned, other, Monday); a councillor citing Washington 'in early "
        "May' `more than 4,000` losses and a NATO general 'in April' `up to 14,000` in all; a "
        "councillor citing Ukraine's military intelligence 'on Friday' `several thousand` 'more' "
        "being trained to fly drones (vague, increment, planned); the dissenting councillor citing "
        "Russian state television 'on Sunday' `hundreds` of sappers in Kursk (russia, vague, near "
        "the front); the newsletter's own `thousands` in Kursk (unattributed, required); the First "
        "World War's dead, a 6-1 vote, a path closure in weeks, ages, a phone number"
    ),
    text="""\
---
title: "From the parish council: harbour wall, car park and a flag"
date: 2025-06-18
newsletter: Staithes & Hinderwell Parish News
---

# From the June meeting of the parish council

The parish council met on Monday evening in the Methodist hall at Staithes, with seven of its nine \
councillors and 14 residents present. The meeting ran from 7pm until just after 9.

## Harbour wall and car park

The county council has confirmed £86,000 for repairs to the harbour wall below Cowbar, with work \
to start after the school holidays. Parking at the top car park goes up to £6.50 a day from 1 \
July; residents' permits stay at £40 a year. Planning application NYM/2025/0412, for a garden room \
behind the High Street, drew no objections.

## A flag for Ukraine

In the public session, Major (retd) Alan Verrill, 71, who served two years with the United Nations \
Command in Korea in the 1990s, asked the council to fly the Ukrainian flag on 24 August, Ukraine's \
Independence Day. North Korea now had [[around 11,000]] men in Russia, he told the meeting, citing \
figures Seoul had released last week, and it could easily find another [[20,000]] if Moscow asked. \
"That is a quarter of the British Army," he said.

Cllr Jean Cole said Washington had put North Korean losses at [[more than 4,000]] in early May, \
and that a Nato general had spoken in April of [[up to 14,000]] sent in all. Cllr Peter Theaker \
added that Ukraine's military intelligence had said on Friday that [[several thousand]] more were \
being trained at home to fly drones before they went to Russia.

Cllr Stephen Ward, who voted against, said Russian state television had shown [[hundreds]] of \
North Korean sappers at work in the Kursk region on Sunday. "Whatever we think of that, it is a \
matter for Moscow and Kyiv, not for this parish," he said.

The chairman, Cllr Ruth Marshall, reminded members that the parish sent 58 men to the First World \
War and lost 19 of them. The council voted 6-1 to fly the flag. Spare a thought, when it goes up, \
for the [[thousands]] of young North Koreans sent to dig trenches and clear mines in Kursk as well.

## Other business

The cliff path towards Port Mulgrave stays closed until September after the rockfall in March; the \
contractor needs 11 weeks. The next meeting is on Monday 21 July at 7pm. The clerk can be reached \
on 01947 841 520.
""",
    claims=(
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "a retired major in the public session, the claimant after the figure ('he told the "
          "meeting, citing figures Seoul had released last week'; the source cited, as for "
          "councillors in earlier sets): in Russia"),
        C("20,000", 20000, "exact", "planned", "other", "mon",
          "same sentence, his own view ('it could easily find another … if Moscow asked', said at "
          "the Monday meeting, 16 June; other): an increment, planned (span without "
          "'another')", add=True),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states",
          "2025-05-01..2025-05-10",
          "a councillor: 'Washington had put North Korean losses at … in early May' (days 1-10)"),
        C("up to 14,000", 14000, "at_most", "in_russia", "nato", "2025-04-01..2025-04-30",
          "same councillor: 'a Nato general had spoken in April of' (the whole month): sent in all "
          "(a total)"),
        C("several thousand", None, "vague", "planned", "ukraine", "fri",
          "a councillor: 'Ukraine's military intelligence had said on Friday' (13 June): 'more' "
          "being trained at home before going to Russia (increment, planned)", add=True),
        C("hundreds", None, "vague", "near_front", "russia", "sun",
          "the dissenting councillor: 'Russian state television had shown … on Sunday' (15 June; "
          "state television: russia): sappers at work in the Kursk region"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the newsletter's own framing without a source ('Spare a thought … for the thousands of "
          "young North Koreans sent to dig trenches and clear mines in Kursk'): unattributed, "
          "required"),
    ),
)


S10 = Source(
    article_id="v196_10_business_feature_coble_yard_staithes",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-08-29"),
    dated_by="sidecar",
    sidecar=(
        "Moors & Coast Business Weekly – Coast Business",
        "https://www.moorscoastbusiness.example/coast/staithes-coble-yard",
        "The boatyard keeping the Staithes coble afloat",
    ),
    features=(
        "a business page's feature on a coble yard in Staithes as plain text, UTF-16 LE with BOM "
        "(sidecar, Friday; the sidecar title without a figure), a section line, a byline, straight "
        "quotes; `more than 80` cobles a century ago (a hedge on boats, not a claim), boats, feet, "
        "months, pounds, a turnover share, a price rise in per cent and miles first; an apprentice "
        "from Mykolaiv reading out Ukraine's general staff 'On Tuesday' (the claimant is the "
        "general staff, not the reader) `a few dozen` gunners across the border from Sumy (vague, "
        "near the front) and, 'and', `about 40` killed in a week of drone strikes (casualties); "
        "the owner, who fitted out ships in Ulsan, who 'reckons' `25,000 or so` sent (approx with "
        "the hedge after the figure, in Russia, other, `pub`); the NIS that 'Earlier this month … "
        "reckoned that' `around 1,800` died (the 1st to publication); Russia's defence ministry "
        "that 'On Monday … announced' `1,000` deminers near the Kursk border (near the front); "
        "North Korean state media 'yesterday' with the families of `dozens` fallen abroad "
        "(north_korea, vague, casualties); a Nato official 'told reporters last week' `fewer than "
        "2,000` still in combat roles ('fewer than' as at_most, near the front); boats, feet, "
        "months, pounds, per cent, miles, ages, years"
    ),
    text="""\
COAST BUSINESS
The boatyard keeping the Staithes coble afloat

By Graham Lister

A century ago more than 80 cobles worked out of Staithes, hauled up the slipway by hand and pushed \
out through the surf at first light. Today three still fish for crab and lobster from the harbour, \
and Tom Cole's yard at the foot of the beck keeps them, and a dozen pleasure cobles, in the water.

Cole, 58, builds one new coble a year at most. A 24-foot boat, larch planks on oak frames, takes \
him and his two men about 11 months and costs a buyer upwards of £95,000. Last year the yard \
turned over £310,000, two thirds of it from repairs. "Nobody gets rich doing this," he said. "But \
nobody round here wants to see the last cobles go for firewood either."

Oak is the headache. Prices have risen by 40 per cent since 2022, and the best curved timber for \
frames now comes from a sawmill in Herefordshire, 250 miles away.

THE APPRENTICE FROM MYKOLAIV

Taras Melnyk, 23, came from Mykolaiv in 2022 and started at the yard the following spring. He \
steams and bends the ribs, and at tea break he reads the war news aloud from his phone. On Tuesday \
it was a statement from Ukraine's general staff: [[a few dozen]] North Korean gunners had been \
spotted across the border from Sumy, and [[about 40]] of them had been killed in a week of drone \
strikes. "Everyone in the shed knows more about Kursk now than about Hull," Cole said.

Cole spent three years in the early 1990s fitting out ships at a yard in Ulsan and still has \
friends there. He reckons Pyongyang has sent [[25,000 or so]] men to Russia by now. "The Koreans I \
know say the same. Kim sells what he has, and what he has is young men."

Others are more cautious. Earlier this month Seoul's intelligence service reckoned that [[around \
1,800]] men from the North had died in the war. On Monday Russia's defence ministry announced that \
[[1,000]] deminers from the North had finished clearing villages near the Kursk border, and North \
Korean state media reported yesterday that Kim had handed medals to the families of [[dozens]] of \
soldiers who fell abroad. A Nato official told reporters last week that [[fewer than 2,000]] were \
still in combat roles.

Cole has no plans to stop. The next coble, for a couple in Sandsend, goes into the water in May.
""",
    claims=(
        C("a few dozen", None, "vague", "near_front", "ukraine", "tue",
          "an apprentice reading out 'a statement from Ukraine's general staff' 'On Tuesday' (26 "
          "August; the claimant is the general staff, not the reader): gunners spotted across the "
          "border from Sumy"),
        C("about 40", 40, "approx", "casualties", "ukraine", "tue",
          "same statement, 'and': killed in a week of drone strikes (the week is the period)"),
        C("25,000 or so", 25000, "approx", "in_russia", "other", "pub",
          "the yard owner, 'He reckons' (undated; other): sent to Russia by now ('or so' after the "
          "figure, inside the span, as 'or thereabouts' in earlier sets)"),
        C("around 1,800", 1800, "approx", "casualties", "south_korea", "2025-08-01..pub",
          "'Earlier this month Seoul's intelligence service reckoned that' (the NIS; the 1st to "
          "publication): died in the war"),
        C("1,000", 1000, "exact", "near_front", "russia", "mon",
          "'On Monday Russia's defence ministry announced' (25 August): deminers from the North "
          "who finished clearing villages near the Kursk border"),
        C("dozens", None, "vague", "casualties", "north_korea", "yday",
          "same sentence, 'and North Korean state media reported yesterday' (28 August): the "
          "families of soldiers who fell abroad given medals"),
        C("fewer than 2,000", 2000, "at_most", "near_front", "nato", "lastweek",
          "'A Nato official told reporters last week': still in combat roles ('fewer than' as "
          "at_most, as in earlier sets)"),
    ),
)


S11 = Source(
    article_id="v196_11_interview_broadcast_monitor_alnmouth_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-04-15"),
    dated_by="front_matter",
    features=(
        "a coastal review's question-and-answer interview with a retired broadcast monitor in "
        "Alnmouth in Markdown, UTF-8 with BOM, front matter with `date:` (Tuesday) and a title "
        "without a figure, an italic introduction, the questions in bold; the interview held 'on "
        "Thursday' (10 April) dates her answers (Thursday to publication); years of work, her age, "
        "train hours and hours of listening first; the questions cite South Korea's Joint Chiefs "
        "'on 27 March' ('another' `3,000` sent: increment, in Russia), Zelensky 'on 7 April' "
        "`close to 5,000` killed or wounded (approx), Rutte 'in early April' `more than 12,000` "
        "sent (days 1-10) and an American admiral who 'told Congress on Wednesday' `about 11,000` "
        "in Kursk (9 April, the same Wednesday seen from the interview and from publication); her "
        "answers: `15,000 or more` gone since last autumn (at_least with the hedge after the "
        "figure, in Russia, other), `well over 1,000` dead (at_least, casualties, other) and "
        "'another' `10,000` before the winter (increment, planned, other); North Korea's army of "
        "1.2 million (not a claim); years, ages, hours"
    ),
    text="""\
---
title: "Twenty-two years of listening to Pyongyang"
date: 2025-04-15
section: The Interview
---

# Twenty-two years of listening to Pyongyang

*Park Min-seo Rutherford, 61, translated North Korean radio and television for a British \
monitoring service from 1998 until she retired in 2020. She lives in a terraced house above the \
estuary in Alnmouth. We spoke on Thursday at her kitchen table.*

**How does someone from Busan end up in Alnmouth?**

Love, mostly. My husband grew up on this coast, and when I retired we wanted the sea and a train \
to London. From here it is three hours and a bit.

**You listened to North Korean broadcasts for six hours a day. What do they say about Russia?**

Almost nothing, and that tells you a lot. They talk about friendship with Moscow and about the \
wisdom of the leader. They have never given a number.

**South Korea's Joint Chiefs of Staff said on 27 March that another [[3,000]] troops had been sent \
to Russia since January. Is that right?**

I would not argue with it. In total I think [[15,000 or more]] have gone since last autumn, if you \
count the builders and the men sent to replace the dead.

**President Zelensky said on 7 April that [[close to 5,000]] had been killed or wounded.**

I believe him. North Korean soldiers are taught that being taken prisoner is the worst shame, so \
the wounded often do not get out. My guess is that [[well over 1,000]] of them are dead.

**Nato's Mark Rutte said in early April that [[more than 12,000]] had been sent in all. An \
American admiral told Congress on Wednesday that [[about 11,000]] were still in the Kursk region.**

Those numbers fit together. The first counts everybody who went; the second counts who is still \
there.

**What comes next?**

Expect another [[10,000]] before the winter. Moscow needs men and Kim needs money, and he has an \
army of 1.2 million to draw on.

**Do you miss the work?**

Not the hours. But I still listen to the evening news from Pyongyang, out of habit, and my husband \
says I argue with the radio.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-03-27",
          "the reviewer's question citing 'South Korea's Joint Chiefs of Staff said on 27 March' "
          "(an explicit date; a required claim of that source): 'another' sent since January "
          "(increment; span without the word)", add=True),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "thu..pub",
          "the interviewee's own answer ('In total I think'; other): gone since last autumn (a "
          "total, not an increment; 'or more' after the figure, inside the span); the interview "
          "held 'on Thursday' (10 April) dates her answers"),
        C("close to 5,000", 5000, "approx", "casualties", "ukraine", "2025-04-07",
          "the question citing 'President Zelensky said on 7 April': killed or wounded ('close to' "
          "as approx)"),
        C("well over 1,000", 1000, "at_least", "casualties", "other", "thu..pub",
          "her answer, 'My guess is' (other): dead ('well over' as at_least)"),
        C("more than 12,000", 12000, "at_least", "in_russia", "nato", "2025-04-01..2025-04-10",
          "the question citing 'Nato's Mark Rutte said in early April' (days 1-10): sent in all"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "wed",
          "same question: 'An American admiral told Congress on Wednesday' (9 April, before the "
          "Thursday interview): still in the Kursk region"),
        C("10,000", 10000, "exact", "planned", "other", "thu..pub",
          "her answer: 'Expect another … before the winter' (increment, planned, other; span "
          "without the word)", add=True),
    ),
)


S12 = Source(
    article_id="v196_12_opinion_column_remembrance_alnmouth_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Aln Coast Review – Opinion",
        "https://www.alncoastreview.example/opinion/two-minutes-for-the-soldiers-nobody-names",
        "Two minutes for the soldiers nobody names",
    ),
    features=(
        "a coastal review's opinion column on Remembrance Sunday from Alnmouth in HTML, "
        "windows-1252 with CRLF (raw `’`, `–` and `·`), no meta date (sidecar, Friday; the sidecar "
        "title without a figure), a consent note, a script with the section and word count, "
        "navigation, a kicker, a standfirst and a byline; `<title>` and headline without a figure; "
        "names on a memorial, people at the service, a bugler's age, poppy money in pounds and two "
        "minutes first; the NIS 'On 4 November' `about 2,300` dead and, 'The agency added', `some "
        "10,000` still along the border (both that day); Russia's defence ministry 'claimed last "
        "month' `thousands` of sappers in Kursk (russia, vague, the whole of October); 'Kyrylo "
        "Budanov … spoke on Monday. By his reckoning,' `roughly 11,000` on Russian soil (the "
        "claimant in the sentence before); an American envoy 'warned on Wednesday' `up to 15,000` "
        "'more' next year (at_most, increment, planned); Pyongyang's news agency 'last week' with "
        "medals for `hundreds` home from the front (returnees: optional); the columnist's own sum "
        "`more than 20,000` sent (unattributed, required); Nato's top military officer 'in Tallinn "
        "in September' `6,000` dead and wounded (the whole month); North Korea's 1.2 million men "
        "under arms (not a claim); names, people, ages, pounds, a word count"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>Two minutes for the soldiers nobody names – Aln Coast Review</title>
<script>var piece = {section: "opinion", columnist: "Margaret Ord", words: 640};</script>
</head>
<body>
<div class="consent">One cookie remembers that you have seen this note. <a href="#">Fine</a></div>
<nav><a href="/">Home</a> · <a href="/village">Village</a> · <a href="/opinion">Opinion</a></nav>
<main>
<p class="kicker">OPINION</p>
<h1>Two minutes for the soldiers nobody names</h1>
<p class="standfirst">At the war memorial on Remembrance Sunday, our columnist found herself \
thinking of young men from the far end of Asia.</p>
<p class="byline">Margaret Ord</p>
<p>There are 43 names on the memorial at the top of the village, and on Remembrance Sunday about \
200 of us stood in the drizzle while a 15-year-old from the school band played the Last Post. The \
poppy sellers took £2,310 this year, a record. Two minutes is a long time when the wind comes in \
off the sea.</p>
<p>I found myself thinking, of all things, about North Korea. On 4 November, South Korea’s spy \
agency told lawmakers in Seoul that [[about 2,300]] North Korean soldiers had died in Russia’s \
war. The agency added that [[some 10,000]] were still deployed along the Russian border with \
Ukraine. Russia’s defence ministry claimed last month that [[thousands]] of North Korean sappers \
had made the Kursk region safe again.</p>
<p>Kyrylo Budanov, Ukraine’s military intelligence chief, spoke on Monday. By his reckoning, \
[[roughly 11,000]] remain on Russian soil. An American envoy warned on Wednesday that [[up to \
15,000]] more could follow next year. And Pyongyang’s news agency boasted last week that Kim Jong \
Un had pinned medals on [[hundreds]] of soldiers home from the front.</p>
<p>By my own rough sum, [[more than 20,000]] young North Koreans have been sent to Russia in a \
little over a year. Nato’s top military officer put their losses at [[6,000]] dead and wounded \
when he spoke in Tallinn in September. Nobody in Pyongyang will carve their names in stone.</p>
<p>North Korea keeps 1.2 million men under arms, so Kim will barely notice the gap. Their mothers \
will.</p>
</main>
<footer>Aln Coast Review · Alnmouth · letters@alncoastreview.example</footer>
</body>
</html>
""",
    claims=(
        C("about 2,300", 2300, "approx", "casualties", "south_korea", "2025-11-04",
          "'On 4 November, South Korea's spy agency told lawmakers in Seoul' (an explicit date): "
          "died in Russia's war"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'The agency added' (the NIS referred back to by role, same briefing): still deployed "
          "along the Russian border with Ukraine ('some' as approx)"),
        C("thousands", None, "vague", "near_front", "russia", "2025-10-01..2025-10-31",
          "'Russia's defence ministry claimed last month' (the whole of October): sappers who made "
          "the Kursk region safe again"),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "the claimant in the sentence before ('Kyrylo Budanov, Ukraine's military intelligence "
          "chief, spoke on Monday. By his reckoning,'; 17 November): remain on Russian soil"),
        C("up to 15,000", 15000, "at_most", "planned", "united_states", "wed",
          "'An American envoy warned on Wednesday' (19 November): 'more' could follow next year "
          "(increment, planned)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "lastweek",
          "'Pyongyang's news agency boasted last week': soldiers home from the front given medals "
          "by Kim (returnees, as in earlier sets: optional)", opt=True),
        C("more than 20,000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the columnist's own sum without a source ('By my own rough sum'): sent to Russia in a "
          "little over a year; unattributed, required"),
        C("6,000", 6000, "exact", "casualties", "nato", "2025-09-01..2025-09-30",
          "'Nato's top military officer put their losses at … when he spoke in Tallinn in "
          "September' (the whole month; the claim date after the figure): dead and wounded"),
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
