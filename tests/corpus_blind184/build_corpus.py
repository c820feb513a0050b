"""Build the HUNDRED-AND-EIGHTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-sixth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
wood-chip district-heating co-operative's members' letter from Gaflenz (Austrian conventions) with
a boiler fitter from Lutsk and a nurse from Suwon, a nail-forge museum society's news from
Losenstein in the Ennstal with a guide from Kropyvnytskyi and a metallurgist from Pohang, a
snow-clearing contractor's customer letter from Plasselb (Swiss conventions) with a plough driver
from Poltava and a ski teacher from Chuncheon, a hearing-aid shop's customer letter from Giffers
(Swiss conventions) with an audiologist from Vinnytsia and a retired pastor from Jeonju, a farm
machinery workshop's customer post from Erndtebrück with a mechanic from Khmelnytskyi and a
forestry student from Yeosu, and a radio museum circle's page from Bad Laasphe with a radio
technician from Chernihiv and a physicist from Daegu; an agency-style wire report from the
reopening of the Knotts Island ferry with a deckhand from Odesa and a crab picker born in Tongyeong,
a peach orchard's customer notes from Knotts Island with a picker from Kherson and a nurse born in
Gwangju, a readers' letters page from a Champlain islands weekly in North Hero, a boat yard's
shrink-wrap notes from North Hero with a yard hand from Lviv and an engineer from Ulsan, a shelling
walk guides' notes from Holden Beach with a guide from Dnipro and a teacher born in Incheon, and a
beach-linen rental service's notes from Holden Beach with a laundry manager from Zaporizhzhia and a
driver born in Gyeongju. Same file format, marker syntax and labelling conventions as the other
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
BASE_NAME = "_blind184_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Gaflenz and Losenstein, Plasselb and Giffers, Erndtebrück and Bad Laasphe)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v184_01_mitgliederbrief_nahwaerme_gaflenz",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-22"),
    dated_by="dateline", crlf=True,
    features="a wood-chip district-heating co-operative's members' letter from Gaflenz (Ennstal, "
        "Upper Austria) as plain text, windows-1252 with CRLF and `„“`, `–`, dated by the letter "
        "line 'Gaflenz, 22. Jänner 2025' (Wednesday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`); connected houses, metres of pipe, loose cubic metres of chips, cents per "
        "kilowatt hour first; a boiler fitter from Lutsk relaying her brother, a sapper in the "
        "Kursk region ('Am Sonntag habe sich der Bruder per Videoanruf gemeldet, berichtet "
        "Switlana.', Konjunktiv carried) `ungefähr vierzig` digging trenches (approx with a number "
        "word, near the front) and `vier` killed by a mine (casualties; both other, from Sunday to "
        "publication); a nurse from Suwon who 'geht davon aus' `zusätzlich 8.000` this year "
        "(increment, planned, other, `pub`); the NIS 'nach Angaben … vom Montag' `rund 300` dead "
        "and `2.700` wounded; `mehr als 11.000` 'nach wie vor' in Russia 'laut' the Pentagon "
        "(at_least, `lastweek`); Peskov who 'bestritt am Freitag' (`keine`, no row) and Zelensky "
        "'zufolge' `Tausende` at the front (vague, `pub`); Russian losses, houses, metres, cubic "
        "metres, cents, euros, ages, years, a phone number",
    text="""\
Nahwärme Gaflenz eGen – Brief an die Mitglieder

Gaflenz, 22. Jänner 2025

Liebe Mitglieder,

der Heizkessel im Bauhof läuft seit Allerheiligen ohne einen einzigen Ausfall. Heuer hängen 118 \
Häuser an unserem Netz, elf mehr als im Vorjahr, und die Leitung ist inzwischen 4,6 Kilometer \
lang. Für den Winter haben wir 2.900 Schüttraummeter Hackgut aus den Wäldern der Mitglieder \
eingelagert. Der Arbeitspreis bleibt bis Ende Feber bei 9,8 Cent je Kilowattstunde. Die \
Generalversammlung findet am 14. März im Gasthaus Kirchenwirt statt.

Switlana kennt jede Pumpe

Switlana Hordijenko, 44, war in Luzk Installateurin und betreut seit zwei Jahren unsere Übergabe\
stationen. Ihr Bruder räumt als Pionier Minen im Gebiet Kursk. Am Sonntag habe sich der Bruder per \
Videoanruf gemeldet, berichtet Switlana. Gegenüber seiner Stellung hätten [[ungefähr vierzig]] \
Nordkoreaner in einer Nacht neue Gräben ausgehoben. [[Vier]] davon seien am nächsten Morgen auf \
eine eigene Mine getreten und gestorben. „Er sagt, die Burschen haben keine Karten von den \
Minenfeldern“, erzählt sie.

Eine Krankenschwester aus Suwon

Park Ji-yeon, 38, stammt aus Suwon und arbeitet im Krankenhaus in Waidhofen; ihr Haus am \
Ortsrand heizen wir seit dem Herbst. Sie geht davon aus, dass Pjöngjang heuer zusätzlich [[8.000]] \
Soldaten an Moskau abgibt. „Bei uns zu Hause weiß jeder, dass die meisten nicht freiwillig \
gehen“, sagt sie.

Aus den Nachrichten

Nach Angaben des südkoreanischen Geheimdiensts vom Montag sind bisher [[rund 300]] Nordkoreaner \
gefallen und [[2.700]] verwundet worden. Laut dem Pentagon befinden sich nach wie vor [[mehr als \
11.000]] Soldaten aus dem Norden in Russland, wie ein Sprecher vergangene Woche erklärte. \
Kremlsprecher Peskow bestritt am Freitag erneut, dass überhaupt nordkoreanische Truppen kämpfen. \
Präsident Selenskyj zufolge stehen [[Tausende]] von ihnen an vorderster Linie. Die russische \
Armee verliert nach ukrainischer Rechnung jeden Tag weit über 1.000 Mann.

Störungsdienst rund um die Uhr: 07353 2290 41.

Mit besten Grüßen
Der Vorstand der Nahwärme Gaflenz
""",
    claims=(
        C("ungefähr vierzig", 40, "approx", "near_front", "other", "sun..pub",
          "a boiler fitter from Lutsk relaying her brother, a sapper in the Kursk region ('Am "
          "Sonntag habe sich der Bruder per Videoanruf gemeldet, berichtet Switlana.', "
          "Konjunktiv; the speaker quoted: other): dug new trenches opposite his position (from "
          "Sunday, 19 January, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial number word: stepped on a mine and "
          "died"),
        C("8.000", 8000, "exact", "planned", "other", "pub",
          "a nurse from Suwon, 'Sie geht davon aus' (undated): Pyongyang will hand over "
          "'zusätzlich' this year (increment, planned; span without the "
          "word)", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Nach Angaben des südkoreanischen Geheimdiensts vom Montag' (20 January): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same statement: wounded"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "lastweek",
          "'Laut dem Pentagon …, wie ein Sprecher vergangene Woche erklärte': 'nach wie vor' in "
          "Russia (still, not an increment)"),
        C("Tausende", None, "vague", "near_front", "ukraine", "pub",
          "'Präsident Selenskyj zufolge' (undated): at the very front line"),
    ),
)


S02 = Source(
    article_id="v184_02_vereinsnachrichten_nagelschmiede_losenstein_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-03-19"),
    dated_by="front_matter",
    features="a nail-forge museum society's news from Losenstein in the Ennstal (Upper Austria) "
        "in Markdown, UTF-8, front matter with `date:` (Wednesday) and a title without a figure, "
        "`„“`; Austrian words (`heuer`, `Jänner`); visitors, nails forged in a demonstration, "
        "the forge's founding year, kilos of charcoal and admission in euros first; a museum "
        "guide from Kropyvnytskyi relaying his son, a drone operator at the Sumy border ('Der "
        "Sohn hat ihm am Donnerstag geschrieben', Konjunktiv carried) `mehrere Dutzend` in a "
        "forest strip (vague, near the front) and `fünf` captured (casualties; both other, from "
        "Thursday to publication); a metallurgist from Pohang who 'schätzt' `15.000 bis 18.000` "
        "sent (range, in Russia, other, `pub`); Ukraine's military intelligence that 'teilte am "
        "Montag mit' 'weitere' `3.000` sent (increment, in Russia) and, carried, `rund 12.000` in "
        "all; NATO that 'hieß es schon am Freitag' `bis zu 9.000` 'von ihnen' in the Kursk region "
        "(at_most, near the front); KCNA's `Hunderte` decorated returnees (optional); "
        "visitors, nails, kilos, euros, years, ages, times"
        "; also Russia's ambassador in Pyongyang who 'sagte am Sonntag' `mehrere hundert` "
        "sappers 'bereits' in the Kursk region (russia, vague, near the front)",
    text="""\
---
title: "Neues aus der Nagelschmiede"
date: 2025-03-19
verein: Museumsverein Nagelschmiede Losenstein
---

# Funken in der Schmiede und Nachrichten aus Sumy

Liebe Vereinsmitglieder,

die Wintersaison war heuer die beste seit Jahren: Von Jänner bis Mitte März kamen 1.240 \
Besucherinnen und Besucher in unsere Schmiede an der Enns. Bei den Vorführungen am Sonntag \
schlagen unsere Schmiede in einer Stunde etwa 90 Nägel aus glühendem Draht. Die Esse stammt aus \
dem Jahr 1870, und für einen Vorführtag brauchen wir rund 25 Kilo Holzkohle. Der Eintritt bleibt \
bei 6 Euro, Kinder zahlen nichts.

## Mykola führt durch das Museum

Mykola Tkatschenko, 58, war in Kropywnyzkyj Schlosser und führt seit dem Frühjahr 2023 durch \
unser Haus. Sein Sohn steuert Drohnen für eine Einheit an der Grenze bei Sumy. Der Sohn hat ihm \
am Donnerstag geschrieben, erzählt Mykola. Drüben in einem Waldstreifen hätten sich [[mehrere \
Dutzend]] Nordkoreaner eingerichtet. Seine Kameraden hätten [[fünf]] von ihnen gefangen genommen, \
alle sehr jung und völlig erschöpft. „Er schreibt, sie hatten Fotos von ihren Müttern in der \
Jacke“, sagt Mykola leise.

## Ein Besuch aus Pohang

Choi Sung-ho, 46, Metallurge aus Pohang, war im Feber mit seiner Familie bei uns und hat selbst \
einen Nagel geschmiedet. Er schätzt, dass Pjöngjang bisher [[15.000 bis 18.000]] Mann nach \
Russland geschickt hat. „Die Regierung im Norden verkauft sie wie Stahl“, sagte er beim Abschied.

## Was gemeldet wurde

Der ukrainische Militärgeheimdienst teilte am Montag mit, Nordkorea habe weitere [[3.000]] \
Soldaten nach Russland gebracht. Insgesamt seien damit [[rund 12.000]] Nordkoreaner im Land. Aus \
dem Nato-Hauptquartier in Brüssel hieß es schon am Freitag, im Gebiet Kursk kämpften [[bis zu \
9.000]] von ihnen. Russlands Botschafter in Pjöngjang sagte am Sonntag, [[mehrere hundert]] \
nordkoreanische Pioniere räumten bereits Felder im Gebiet Kursk. Die Staatsagentur KCNA zeigte \
Kim Jong-un \
bei einer Feier für [[Hunderte]] heimgekehrte Soldaten. Die Ukraine beziffert die russischen \
Verluste seit Kriegsbeginn auf weit über 800.000 Mann.

Die nächste Vorführung ist am 6. April um 14 Uhr. Wir freuen uns auf euch!

Euer Vorstand
""",
    claims=(
        C("mehrere Dutzend", None, "vague", "near_front", "other", "thu..pub",
          "a museum guide from Kropyvnytskyi relaying his son, a drone operator at the Sumy border "
          "('Der Sohn hat ihm am Donnerstag geschrieben, erzählt Mykola.', Konjunktiv; the speaker "
          "quoted: other): settled in a forest strip across the border (from Thursday, 13 March, "
          "to publication)"),
        C("fünf", 5, "exact", "casualties", "other", "thu..pub",
          "same message, Konjunktiv carried, number word: taken prisoner by his comrades"),
        C("15.000 bis 18.000", None, "range", "in_russia", "other", "pub",
          "a metallurgist from Pohang, 'Er schätzt' (undated): sent to Russia so far"),
        C("3.000", 3000, "exact", "in_russia", "ukraine", "mon",
          "'Der ukrainische Militärgeheimdienst teilte am Montag mit' (17 March): 'weitere' "
          "brought "
          "to Russia (increment; span without the word)", add=True),
        C("rund 12.000", 12000, "approx", "in_russia", "ukraine", "mon",
          "same statement, Konjunktiv carried ('Insgesamt seien damit'): the total in the country "
          "(a total, not an increment)"),
        C("bis zu 9.000", 9000, "at_most", "near_front", "nato", "fri",
          "'Aus dem Nato-Hauptquartier in Brüssel hieß es schon am Freitag' (14 March): 'von "
          "ihnen' fighting in the Kursk region (a part, not an increment)"),
        C("mehrere hundert", None, "vague", "near_front", "russia", "sun",
          "'Russlands Botschafter in Pjöngjang sagte am Sonntag' (16 March), Konjunktiv: sappers "
          "'bereits' clearing fields in the Kursk region (not an increment)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "pub",
          "'Die Staatsagentur KCNA zeigte Kim Jong-un' (undated): at a ceremony for returnees "
          "(decorated returnees, as in earlier sets: optional)", opt=True),
    ),
)


S03 = Source(
    article_id="v184_03_kundenbrief_winterdienst_plasselb_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-14"),
    dated_by="html_meta",
    features="a snow-clearing contractor's customer letter from Plasselb (Sense district, canton "
        "of Fribourg) in HTML, ISO-8859-1 with raw «» and umlauts, dashes only as entities, "
        "`article:published_time` +01:00 (Friday), a cookie note about the route map, a script "
        "with ploughs and routes, navigation, a footer with a postcode and a phone number; Swiss "
        "conventions (`ss`, «», `14'000`, `11'000`, `2'000`); `<title>` and headline without a "
        "figure; kilometres of road, call-outs, tonnes of grit, centimetres of snow and francs "
        "first; a plough driver from Poltava relaying his nephew, an infantryman in the Kursk "
        "region ('Am Mittwoch meldete sich der Neffe', Konjunktiv carried) `gegen hundert` "
        "attacking across a frozen pond (approx with a number word, near the front) and `gut "
        "zwanzig` dead (at_least, casualties; both other, from Wednesday to publication); a ski "
        "teacher from Chuncheon who 'glaubt' `14'000` have served (in Russia, other, `pub`); "
        "'Nach Einschätzung des Geheimdienstes in Seoul' `etwa 11'000` still in Russia "
        "(`pub`); the Russian defence ministry that 'erklärte am Dienstag' `einige tausend` had "
        "helped in the Kursk region (russia, vague, near the front); a US official who 'sagte "
        "am Montag' `bis zu 2'000` 'weitere' could follow (at_most, increment, planned); "
        "kilometres, call-outs, tonnes, centimetres, francs, ages, a postcode, a phone number"
        "; also 'Kiew meldete am Donnerstag' `rund 1'000` killed or wounded since January "
        "(casualties)",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Kundenbrief Februar &ndash; Winterdienst Neuhaus Plasselb</title>
<meta property="article:published_time" content="2025-02-14T07:30:00+01:00">
<script>var winterdienst = {pfluege: 3, touren: ["Dorf", "Muscherental", "Gurli"]};</script>
</head>
<body>
<div class="cookie">Diese Seite speichert ein Cookie, damit die Tourenkarte funktioniert. <a \
href="#">Okay</a></div>
<nav><a href="/">Start</a> &middot; <a href="/touren">Touren</a> &middot; <a \
href="/kundenbrief">Kundenbrief</a> &middot; <a href="/kontakt">Kontakt</a></nav>
<main>
<h1>Viel Schnee, wenig Schlaf</h1>
<p>Seit Mitte Januar sind unsere drei Pflüge fast jede Nacht unterwegs. Wir räumen 38 Kilometer \
Gemeinde- und Privatstrassen, von der Kirche bis hinauf zu den Alphütten. Bis gestern waren es \
schon 41 Einsätze, dazu 60 Tonnen Splitt. Am Dienstag lagen im Dorf 45 Zentimeter Neuschnee. Der \
Pauschalpreis für eine Hofzufahrt bleibt bei 240 Franken pro Winter.</p>
<h2>Oleksandr am Steuer</h2>
<p>Oleksandr Kowal, 49, fuhr in Poltawa Lastwagen und sitzt seit zwei Wintern bei uns auf dem \
grossen Pflug. Sein Neffe ist Infanterist im Gebiet Kursk. Am Mittwoch meldete sich der Neffe \
über einen Messenger: [[Gegen hundert]] Nordkoreaner seien über einen zugefrorenen Teich auf seine \
Stellung zugelaufen. [[Gut zwanzig]] von ihnen seien auf dem Eis liegen geblieben. «Er schreibt, \
sie hatten nicht einmal weisse Tarnanzüge», erzählt Oleksandr.</p>
<h2>Eine Skilehrerin aus Chuncheon</h2>
<p>Han So-ra, 29, kommt aus Chuncheon und unterrichtet den Winter über an den Skiliften am \
Schwyberg. Sie glaubt, dass inzwischen [[14'000]] junge Nordkoreaner in Russland gedient haben. \
«Die Familien erfahren nichts, nicht einmal, ob ihr Sohn lebt», sagt sie.</p>
<h2>Was man hört</h2>
<p>Nach Einschätzung des Geheimdienstes in Seoul halten sich noch [[etwa 11'000]] Soldaten aus dem \
Norden in Russland auf. Das russische Verteidigungsministerium erklärte am Dienstag, [[einige \
tausend]] koreanische Kameraden hätten im Gebiet Kursk mitgeholfen. Ein US-Beamter sagte am \
Montag, Pjöngjang könne [[bis zu 2'000]] weitere Männer schicken. Kiew meldete am Donnerstag, \
seit Jahresbeginn seien [[rund 1'000]] \
Nordkoreaner gefallen oder verwundet worden. Die Ukraine selbst hat nach \
eigenen Angaben rund 880'000 Soldaten unter Waffen.</p>
<p>Bitte stellen Sie keine Autos an die Strassenränder, damit der Pflug durchkommt.</p>
</main>
<footer>Winterdienst Neuhaus &middot; 1737 Plasselb &middot; Tel. 026 419 22 70 &middot; \
info@winterdienst-plasselb.example</footer>
</body>
</html>
""",
    claims=(
        C("Gegen hundert", 100, "approx", "near_front", "other", "wed..pub",
          "a plough driver from Poltava relaying his nephew, an infantryman in the Kursk region "
          "('Am Mittwoch meldete sich der Neffe über einen Messenger:', colon and Konjunktiv; the "
          "speaker quoted: other): ran across a frozen pond toward his position (from Wednesday, "
          "12 February, to publication; 'Gegen' as approx, number word)"),
        C("Gut zwanzig", 20, "at_least", "casualties", "other", "wed..pub",
          "same message, Konjunktiv carried: left lying on the ice ('Gut' as at_least)"),
        C("14'000", 14000, "exact", "in_russia", "other", "pub",
          "a ski teacher from Chuncheon, 'Sie glaubt' (undated): have served in Russia by now"),
        C("etwa 11'000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'Nach Einschätzung des Geheimdienstes in Seoul' (undated): 'noch' in Russia (still, not "
          "an increment)"),
        C("einige tausend", None, "vague", "near_front", "russia", "tue",
          "'Das russische Verteidigungsministerium erklärte am Dienstag' (11 February): helped in "
          "the Kursk region"),
        C("bis zu 2'000", 2000, "at_most", "planned", "united_states", "mon",
          "'Ein US-Beamter sagte am Montag' (10 February): 'weitere' Pyongyang could send "
          "(increment, planned)", add=True),
        C("rund 1'000", 1000, "approx", "casualties", "ukraine", "thu",
          "'Kiew meldete am Donnerstag' (13 February), Konjunktiv: fallen or wounded since the "
          "start of the year (the period)"),
    ),
)


S04 = Source(
    article_id="v184_04_kundenbrief_hoerakustik_giffers",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-05"),
    dated_by="sidecar",
    sidecar=(
        "Hörakustik Zbinden, Giffers – Kundenbrief",
        "https://www.hoerakustik-giffers.example/kundenbrief/dezember-2024",
        "Kundenbrief: neue Batterien, längere Öffnungszeiten und ein Gruss aus Kursk",
    ),
    features="a hearing-aid shop's customer letter from Giffers (Sense district, canton of "
        "Fribourg) as plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title "
        "without a figure); Swiss conventions (`ss`, «», `10'000`, `12'000`, four-digit "
        "`3000`); hearing tests, batteries, decibels, francs and opening hours first; an "
        "audiologist from Vinnytsia relaying her husband, a medic in the Kursk region ('Vorgestern "
        "hat mein Mann angerufen', in direct speech) `ein paar Dutzend` in a village school "
        "(vague, near the front) and `sechs` wounded prisoners he treated (casualties; both other, "
        "from Tuesday to publication); a retired pastor from Jeonju who 'befürchtet' 'weitere' "
        "`Tausende` (vague, increment, planned, other, `pub`); the shop's own `rund 10'000` sent "
        "in October (unattributed, in Russia, required); Blinken who 'sagte am Freitag' `über "
        "12'000` (at_least, in Russia); the Pentagon 'zufolge' `3000` in combat (near the "
        "front, `pub`); francs, decibels, batteries, hours, ages, a phone number"
        "; also a NATO spokesman who 'sagte gestern' `Tausende` at the front (vague, near the "
        "front, `yday`)",
    text="""\
Hörakustik Zbinden, Giffers
Kundenbrief Dezember

Liebe Kundinnen und Kunden

Im November haben wir 76 Hörtests gemacht, so viele wie noch nie in einem Monat. Ab sofort \
liegen die neuen Zink-Luft-Batterien im Sechserpack für 7 Franken an der Theke. Wer sein Gerät \
reinigen lässt, zahlt weiterhin 25 Franken. Vor Weihnachten ist der Laden am Samstag bis 16 Uhr \
offen. Eine Erinnerung: Schon ab 85 Dezibel kann Lärm das Gehör auf Dauer schädigen, also bitte \
Gehörschutz beim Holzen!

Nadija misst genau

Nadija Sawtschenko, 43, war in Winnyzja Hörakustikerin und arbeitet seit April bei uns. Ihr Mann \
ist Sanitäter in einer Brigade im Gebiet Kursk. «Vorgestern hat mein Mann angerufen», erzählt \
Nadija. «In der Dorfschule gegenüber haben sich [[ein paar Dutzend]] Nordkoreaner verschanzt. Er \
hat [[sechs]] verwundete Gefangene von ihnen versorgt, einer war erst achtzehn.» Dann sei die \
Verbindung abgebrochen.

Ein Pfarrer aus Jeonju

Pfarrer Song Myung-gil, 71, stammt aus Jeonju und lebt seit vierzig Jahren in der Schweiz; er \
lässt \
seine Geräte bei uns einstellen. Er befürchtet, dass der Norden im neuen Jahr weitere [[Tausende]] \
schicken wird. «Für Kim sind diese Soldaten nur Devisen», sagt er.

Was die Zeitungen melden

Im Oktober hat Nordkorea [[rund 10'000]] Soldaten nach Russland verlegt, das ist inzwischen \
kaum mehr bestritten. Der amerikanische Aussenminister Blinken sagte am Freitag, es seien nun \
[[über 12'000]]. Dem Pentagon zufolge sind [[3000]] von ihnen bereits in Kämpfe verwickelt. Ein \
Nato-Sprecher sagte gestern, [[Tausende]] stünden \
im Gebiet Kursk an der Front. Die \
Zahl der ukrainischen Flüchtlinge in der Schweiz liegt bei gut 66'000.

Hörakustik Zbinden, Dorfstrasse 12, 1735 Giffers, Telefon 026 418 31 90

Herzliche Grüsse
Beat Zbinden und Team
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "tue..pub",
          "an audiologist from Vinnytsia relaying her husband, a medic in the Kursk region "
          "('Vorgestern hat mein Mann angerufen', direct speech; the speaker quoted: other): "
          "entrenched in the village school opposite (from Tuesday, 3 December, to publication)"),
        C("sechs", 6, "exact", "casualties", "other", "tue..pub",
          "same call, number word: wounded prisoners he treated"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "a retired pastor from Jeonju, 'Er befürchtet' (undated): 'weitere' the North will send "
          "next year (increment, planned; span without the word)", add=True),
        C("rund 10'000", 10000, "approx", "in_russia", "unattributed", "pub",
          "the shop's own framing without a source ('Im Oktober hat Nordkorea rund 10'000 Soldaten "
          "nach Russland verlegt'): unattributed, required ('im Oktober' is the period)"),
        C("über 12'000", 12000, "at_least", "in_russia", "united_states", "fri",
          "'Der amerikanische Aussenminister Blinken sagte am Freitag' (29 November), Konjunktiv: "
          "now in Russia"),
        C("3000", 3000, "exact", "near_front", "united_states", "pub",
          "'Dem Pentagon zufolge' (undated): 'von ihnen' already in combat (a part, not an "
          "increment)"),
        C("Tausende", None, "vague", "near_front", "nato", "yday",
          "'Ein Nato-Sprecher sagte gestern' (4 December), Konjunktiv: at the front in the Kursk "
          "region"),
    ),
)


S05 = Source(
    article_id="v184_05_kundenpost_landmaschinen_erndtebrueck_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-28"),
    dated_by="sidecar", crlf=True,
    sidecar=("Landtechnik Afholderbach, Erndtebrück", "", ""),
    features="a farm machinery workshop's customer post from Erndtebrück (Wittgenstein, "
        "Siegen-Wittgenstein) in Markdown, UTF-8 with BOM and CRLF, front matter without a date "
        "(sidecar, Wednesday), `„“`; tractors serviced, mower blades, hours of labour and euros "
        "first; a mechanic from Khmelnytskyi relaying his cousin, a tank driver at the Kursk "
        "border ('Sein Cousin habe ihm am Samstag eine Sprachnachricht geschickt', Konjunktiv "
        "carried) `etwa 150` in a village (approx, near the front) and `Dutzende` killed by "
        "artillery (vague, casualties; both other, from Saturday to publication); a forestry "
        "student from Yeosu who 'rechnet mit' `30.000` by the end of the year (planned, other, "
        "`pub`); Zelensky who 'sagte am Montag' `mehr als 4.000` killed or wounded (at_least, "
        "casualties); Shoigu's `6.000` builders and deminers 'hieß es … Anfang Mai' (russia, "
        "planned, days 1-10); 'Laut Nato' `etwa 2.000` 'noch' in Kursk (near the front, `pub`); "
        "tractors, blades, hours, euros, ages, years, a phone number"
        "; also 'Der Geheimdienst in Seoul schätzt' `rund 15.000` gone to Russia since the "
        "autumn (`pub`)",
    text="""\
---
title: "Kundenpost aus der Werkstatt"
autor: Landtechnik Afholderbach
---

# Heuernte, neue Messer und ein Mechaniker aus Chmelnyzkyj

Liebe Kundschaft,

die erste Mahd steht vor der Tür, und in unserer Halle am Ortsrand ist entsprechend viel los. Seit \
Ostern haben wir 64 Schlepper durchgesehen und über 300 Mähmesser geschliffen. Die Arbeitsstunde \
kostet weiterhin 78 Euro, ein Satz neuer Messer für das Scheibenmähwerk 189 Euro. Wer seine \
Maschine bis Ende Juni bringt, bekommt den Ölwechsel zum halben Preis.

## Andrij und der Cousin an der Grenze

Andrij Lysenko, 34, kommt aus Chmelnyzkyj und schraubt seit drei Jahren bei uns an Traktoren. Sein \
Cousin fährt einen Panzer an der Grenze zum Gebiet Kursk. Sein Cousin habe ihm am Samstag eine \
Sprachnachricht geschickt, erzählt Andrij. Im Nachbardorf hätten sich [[etwa 150]] Nordkoreaner \
festgesetzt, in Kellern und Scheunen. Beim Beschuss in der Woche davor seien [[Dutzende]] von \
ihnen gestorben. „Er sagt, sie geben nie auf, auch wenn es sinnlos ist“, sagt Andrij.

## Eine Studentin aus Yeosu

Yoon Hae-won, 24, aus Yeosu studiert Forstwirtschaft und macht bei uns ein Praktikum an den \
Forstmaschinen. Sie rechnet damit, dass bis Jahresende [[30.000]] Nordkoreaner für Russland im \
Einsatz gewesen sein werden. „Das ist fast eine ganze Armee, die man nie wiedersieht“, meint sie.

## Kurz notiert

Präsident Selenskyj sagte am Montag, [[mehr als 4.000]] Nordkoreaner seien getötet oder \
verwundet worden. Anfang Mai hieß es aus Moskau, Pjöngjang werde [[6.000]] Bausoldaten und \
Minenräumer schicken, so jedenfalls Sicherheitsratschef Schoigu. Laut Nato stehen [[etwa 2.000]] \
Nordkoreaner noch immer im Gebiet Kursk. Der Geheimdienst in Seoul schätzt, dass seit dem Herbst \
[[rund \
15.000]] Nordkoreaner nach Russland gegangen sind. Zum Vergleich: Die Bundeswehr hat gegenwärtig \
gut 180.000 aktive \
Kräfte im Dienst.

Terminvergabe unter 02753 6071 180, montags bis freitags ab 7 Uhr.

Ihr Team von Landtechnik Afholderbach
""",
    claims=(
        C("etwa 150", 150, "approx", "near_front", "other", "sat..pub",
          "a mechanic from Khmelnytskyi relaying his cousin, a tank driver at the Kursk border "
          "('Sein Cousin habe ihm am Samstag eine Sprachnachricht geschickt, erzählt Andrij.', "
          "Konjunktiv; the speaker quoted: other): dug in in the neighbouring village (from "
          "Saturday, 24 May, to publication)"),
        C("Dutzende", None, "vague", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried: died under shelling 'in der Woche davor' (the "
          "period)"),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "a forestry student from Yeosu, 'Sie rechnet damit' (undated): will have served for "
          "Russia by the end of the year (a forecast of a total: planned)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "mon",
          "'Präsident Selenskyj sagte am Montag' (26 May): killed or wounded"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-05-01..2025-05-10",
          "'Anfang Mai hieß es aus Moskau, …, so jedenfalls Sicherheitsratschef Schoigu' (named "
          "after the figure; 'Anfang Mai' → days 1-10): builders and deminers to be sent "
          "(planned; a first announcement)"),
        C("etwa 2.000", 2000, "approx", "near_front", "nato", "pub",
          "'Laut Nato' (undated): 'noch immer' in the Kursk region (still, not an increment)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Der Geheimdienst in Seoul schätzt' (undated): gone to Russia since the autumn (the "
          "period; a total, not an increment)"),
    ),
)


S06 = Source(
    article_id="v184_06_freundeskreis_radiomuseum_bad_laasphe_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-10"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Radiomuseum Bad Laasphe",
        "https://www.radiomuseum-laasphe.example/aktuelles/september-2025",
        "Röhren, Volksempfänger und ein Funker aus Tschernihiw",
    ),
    features="a radio museum friends' circle's news page from Bad Laasphe (Wittgenstein) in "
        "HTML, UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a figure), a "
        "cookie banner, a script with opening days, navigation, entities (`&bdquo;`, `&ldquo;`, "
        "`&ndash;`, `&nbsp;`), a footer with a postcode and a phone number; `<title>` and headline "
        "without a figure; sets in the collection, valves, visitors, the founding year, euros "
        "first; a radio technician from Chernihiv relaying his brother, a signaller near Sumy "
        "('Am Freitag hat ihn der Bruder über Funk erreicht', Konjunktiv carried; `zwei "
        "Kompanien` are units, no row) `über 200` in the forest (at_least, near the front) and "
        "sentence-initial `Neun` taken prisoner (casualties; both other, from Friday to "
        "publication); a physicist from "
        "Daegu who 'vermutet' `Zehntausende` over the years (vague, planned, other, `pub`); "
        "North Korean state television that 'zeigte am Sonntag' the coffins of `101` soldiers "
        "(north_korea, casualties); the NIS that 'berichtete vergangene Woche' `rund 15.000` sent "
        "(in Russia, `lastweek`); Kyiv's `ungefähr 5.000` 'mehr' (increment, in Russia, `pub`); "
        "sets, valves, visitors, euros, years, ages, a postcode, a phone number"
        "; also a Pentagon spokesman who 'hatte am Dienstag von' `mindestens 2.000` dead "
        "'gesprochen'",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Aktuelles &ndash; Freundeskreis Radiomuseum Bad Laasphe</title>
<script>var oeffnung = {tage: ["Mi", "Sa", "So"], von: "14:00", bis: "17:00"};</script>
</head>
<body>
<div id="cookies">Wir verwenden nur technisch nötige Cookies. <button>Verstanden</button></div>
<nav><a href="/">Start</a> | <a href="/sammlung">Sammlung</a> | <a href="/aktuelles">Aktuelles</a> \
| <a href="/verein">Verein</a></nav>
<main>
<h1>Neue Röhren für alte Empfänger</h1>
<p>Unsere Sammlung ist wieder gewachsen: Aus einem Nachlass in Feudingen kamen im Sommer 37 \
Geräte dazu, darunter ein Volksempfänger von 1933 und ein Telefunken-Koffer. Für die Reparaturen \
haben wir 120 Röhren aus einem Lager in Belgien gekauft. Seit Ostern zählten wir 2.150 \
Besucherinnen und Besucher. Der Eintritt kostet weiterhin 4&nbsp;Euro.</p>
<h2>Wolodymyr hört Kurzwelle</h2>
<p>Wolodymyr Bojko, 61, war in Tschernihiw Fernmeldetechniker und repariert bei uns jeden \
Mittwoch die Geräte. Sein jüngerer Bruder ist Funker bei einer Brigade nahe Sumy. Am Freitag hat \
ihn der Bruder über Funk erreicht, erzählt Wolodymyr. Im Wald vor ihren Stellungen seien zwei \
Kompanien aufgetaucht, [[über 200]] Nordkoreaner. [[Neun]] von ihnen seien am Sonntag davor in \
Gefangenschaft geraten. &bdquo;Er sagt, sie funken mit Geräten, die älter sind als meine&ldquo;, \
lacht Wolodymyr.</p>
<h2>Ein Physiker aus Daegu</h2>
<p>Dr. Kwon Tae-jun, 52, Physiker aus Daegu, forscht in Siegen und kommt wegen der Röhren. Er \
vermutet, dass Kim über die Jahre [[Zehntausende]] junge Männer nach Russland schicken wird. \
&bdquo;Das Regime braucht das Geld und die Kampferfahrung&ldquo;, sagt er.</p>
<h2>Meldungen</h2>
<p>Das nordkoreanische Staatsfernsehen zeigte am Sonntag die Särge von [[101]] gefallenen \
Soldaten bei einer Trauerfeier in Pjöngjang. Südkoreas Geheimdienst berichtete vergangene Woche, \
insgesamt habe der Norden [[rund 15.000]] Mann nach Russland geschickt. Kiew zufolge sind seit dem \
Frühjahr [[ungefähr 5.000]] mehr gekommen. Ein Pentagon-Sprecher hatte am Dienstag von \
[[mindestens \
2.000]] Toten gesprochen. Die Ukraine nennt für Russland Verluste von über \
1,1 Millionen Mann.</p>
</main>
<footer>Freundeskreis Radiomuseum &middot; 57334 Bad Laasphe &middot; Tel. 02752 4790 13</footer>
</body>
</html>
""",
    claims=(
        C("über 200", 200, "at_least", "near_front", "other", "fri..pub",
          "a radio technician from Chernihiv relaying his brother, a signaller near Sumy ('Am "
          "Freitag hat ihn der Bruder über Funk erreicht, erzählt Wolodymyr.', Konjunktiv; the "
          "speaker quoted: other): turned up in the forest before their positions (from Friday, "
          "5 September, to publication; 'zwei Kompanien' is a unit, no row)"),
        C("Neun", 9, "exact", "casualties", "other", "fri..pub",
          "same call, Konjunktiv carried, number word: taken prisoner 'am Sonntag davor' (the "
          "event's day, not the claim's)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a physicist from Daegu, 'Er vermutet' (undated): will send over the years (planned)"),
        C("101", 101, "exact", "casualties", "north_korea", "sun",
          "'Das nordkoreanische Staatsfernsehen zeigte am Sonntag' (7 September): coffins of "
          "fallen soldiers"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "'Südkoreas Geheimdienst berichtete vergangene Woche' (Konjunktiv): 'insgesamt' sent "
          "(a total, not an increment)"),
        C("ungefähr 5.000", 5000, "approx", "in_russia", "ukraine", "pub",
          "'Kiew zufolge' (undated): 'mehr' come since spring (increment; 'seit dem Frühjahr' is "
          "the period)", add=True),
        C("mindestens 2.000", 2000, "at_least", "casualties", "united_states", "tue",
          "'Ein Pentagon-Sprecher hatte am Dienstag von … gesprochen' (9 September): dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Knotts Island, North Hero, Holden Beach)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v184_07_ferry_reopening_wire_knotts_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-07-19"),
    dated_by="dateline",
    features="an agency-style wire report from the reopening of the Knotts Island ferry "
        "(Currituck Sound, North Carolina) after dredging as plain text, UTF-8, slug line, "
        "headline without a figure, byline and dateline 'KNOTTS ISLAND, North Carolina, July 19, "
        "2025 (Sound Country Wire) —' (Saturday), curly quotes and em dashes; cars per crossing, "
        "minutes, feet of channel, dollars of dredging first; a deckhand from Odesa relaying his "
        "nephew, a machine gunner near the Kursk border ('His nephew messaged him on Thursday, "
        "he said, and wrote that') `about 70` crossing a river (approx, near the front) and "
        "`eleven` killed (casualties; both other, from Thursday to publication); a crab picker "
        "born in Tongyeong who 'figures' `upward of 20,000` have been sent (at_least, in Russia, "
        "other, `pub`); Seoul's spy chiefs who 'informed' a committee 'on Tuesday' `another "
        "6,000` (increment, in "
        "Russia) and, carried, `some 600` dead; a Kremlin spokesman who 'said Friday' `thousands` "
        "of builders would come (russia, vague, planned); NATO's `at least 10,000` 'still' "
        "(at_least, in Russia, `pub`); cars, minutes, feet, dollars, years, ages, a phone number",
    text="""\
SOUND-FERRY-UKRAINE (Sound Country Wire)

Knotts Island ferry runs again; a deckhand's thoughts are on the Kursk border

By Dana Whitfield

KNOTTS ISLAND, North Carolina, July 19, 2025 (Sound Country Wire) — The state ferry between \
Knotts Island and Currituck made its first full run in five weeks on Saturday morning after \
crews dredged a shoaled stretch of the channel. The boat carries up to 18 cars, and the crossing \
takes about 45 minutes. Dredgers cleared roughly 1,900 feet of channel at a cost of $740,000, a \
ferry division spokesman said.

Among the crew was Yurii Marchenko, 37, a former harbor worker from Odesa who came to the Outer \
Banks in 2022. His nephew, a machine gunner near the Kursk border, messaged him on Thursday, he \
said, and wrote that [[about 70]] North Korean soldiers had waded across a shallow river toward \
his trench and that [[eleven]] of them were killed before they reached the bank. “He says they \
just keep walking,” Marchenko said, coiling a line on the deck.

Kim Eun-ji, 55, who picks crab at a seafood plant on the mainland and was born in Tongyeong, rode \
the first boat over. She figures [[upward of 20,000]] North Koreans have been sent to Russia by \
now. “Nobody back home believes they volunteered,” she said.

At a closed session on Tuesday, Seoul’s spy chiefs informed the parliament’s intelligence \
committee that Pyongyang had dispatched another [[6,000]] troops in the spring. The agency also \
put the number of North Korean \
dead at [[some 600]]. A Kremlin spokesman said Friday that [[thousands]] of North Korean builders \
would come to rebuild the Kursk region. NATO believes [[at least 10,000]] North Korean soldiers \
are \
still in Russia.

The ferry runs seven times a day in summer. Schedules are posted at the landing or can be had by \
calling 252-555-0148.

(Reporting by Dana Whitfield; editing by Paul Gaskins)
""",
    claims=(
        C("about 70", 70, "approx", "near_front", "other", "thu..pub",
          "a deckhand from Odesa relaying his nephew, a machine gunner near the Kursk border ('His "
          "nephew … messaged him on Thursday, he said, and wrote that'; the speaker quoted: "
          "other): waded across a river toward his trench (from Thursday, 17 July, to "
          "publication)"),
        C("eleven", 11, "exact", "casualties", "other", "thu..pub",
          "same message, joined with 'and that', number word: killed before reaching the bank"),
        C("upward of 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a crab picker born in Tongyeong, 'She figures' (undated): sent to Russia by now "
          "('upward of' as at_least)"),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "tue",
          "'At a closed session on Tuesday, Seoul's spy chiefs informed the parliament's "
          "intelligence committee' (15 July): 'another' dispatched in the spring (increment; "
          "span without the word)",
          add=True),
        C("some 600", 600, "approx", "casualties", "south_korea", "tue",
          "'The agency also put the number … at' (the NIS referred back to by its role, 'also' "
          "carrying Tuesday's briefing): dead"),
        C("thousands", None, "vague", "planned", "russia", "fri",
          "'A Kremlin spokesman said Friday' (18 July): builders would come to rebuild the Kursk "
          "region (planned)"),
        C("at least 10,000", 10000, "at_least", "in_russia", "nato", "pub",
          "'NATO believes' (undated): 'still' in Russia (not an increment)"),
    ),
)


S08 = Source(
    article_id="v184_08_orchard_notes_peach_farm_knotts_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-06-18"),
    dated_by="front_matter",
    features="a peach orchard's customer notes from Knotts Island (Currituck County, North "
        "Carolina) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a "
        "title repeating the headline (optional), straight quotes; the headline's `Seoul's "
        "2,000` from the body's Monday figure (that day to publication, exact, casualties; the "
        "`40 bushels` beside it are not a claim); trees, bushels, pounds and dollars first; a "
        "picker from Kherson relaying her son, a paratrooper in the Kursk region ('Her son "
        "called on Saturday, she said. He told her'; carried) `a couple of hundred` in a "
        "sunflower field (vague, near the front) and `seven` taken prisoner (casualties; both "
        "other, from Saturday to publication); a nurse born in Gwangju who 'expects' `as many as "
        "25,000` by winter (at_most, planned, other, `pub`); the NIS that 'said on Monday' "
        "`about 2,000` dead; the Pentagon's `11,000 to 13,000` 'in a briefing earlier this month' "
        "(range, in Russia, the 1st to publication); 'According to Kyiv' `up to 3,000` 'more' "
        "(at_most, increment, planned, `pub`); trees, bushels, pounds, dollars, years, ages, a "
        "phone number",
    text="""\
---
title: "First peaches, 40 bushels and Seoul's [[2,000]]"
date: 2025-06-18
author: Meekins Peach Orchard
---

# First peaches, 40 bushels and Seoul's [[2,000]]

Dear customers,

the early Candor peaches are in. We picked 40 bushels on Monday alone, and the stand on the \
island road is open daily from 8 a.m. to 6 p.m. A half-peck basket is $9 and a full bushel $38. \
We planted 220 new trees in the lower block this spring, and the Contender and Elberta varieties \
should follow in the second week of July. If you want seconds for jam, ask for the 10-pound bag.

## Halyna on the ladders

Halyna Shevchuk, 48, taught chemistry in Kherson and has been picking with us since last summer. \
Her son is a paratrooper holding a line in the Kursk region. Her son called on Saturday, she \
said. He told her [[a couple of hundred]] North Koreans had moved into a sunflower field in front \
of his company, and his men had taken [[seven]] of them prisoner. "He said they were hungry and \
asked for bread first," Halyna said.

## A nurse from Gwangju

Jang Mi-rae, 41, a night nurse in Chesapeake who grew up in Gwangju, drives over every week for \
peaches. She expects [[as many as 25,000]] North Koreans to be in Russia by winter. "They have \
become the cheapest soldiers in the world," she said.

## In the news

South Korea's spy agency said on Monday that [[about 2,000]] of the North's soldiers had lost \
their \
lives so far. The Pentagon, in a briefing earlier this month, put the number serving in Russia at \
[[11,000 to 13,000]]. According to Kyiv, Pyongyang is getting [[up to 3,000]] more ready to go. \
Ukraine says Russia has lost more than 1,000 men a day for much of the year.

Orders and questions: 252-555-0193.

The Meekins family
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "the front-matter title repeating the headline (metadata: optional, as in "
          "corpus_blind182)", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul's 2,000': the body's 'about 2,000' dead that South Korea's spy agency "
          "gave 'on Monday' (16 June), window from that day to publication, hedge dropped (as "
          "'Kyiv's 4,000' of corpus_blind182)"),
        C("a couple of hundred", None, "vague", "near_front", "other", "sat..pub",
          "a picker from Kherson relaying her son, a paratrooper in the Kursk region ('Her son "
          "called on Saturday, she said. He told her'; the speaker quoted: other): moved into a "
          "sunflower field (from Saturday, 14 June, to publication)"),
        C("seven", 7, "exact", "casualties", "other", "sat..pub",
          "same call, joined with 'and', number word: taken prisoner"),
        C("as many as 25,000", 25000, "at_most", "planned", "other", "pub",
          "a nurse born in Gwangju, 'She expects' (undated): in Russia by winter (a forecast: "
          "planned; 'as many as' as at_most)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "'South Korea's spy agency said on Monday' (16 June): had lost their lives"),
        C("11,000 to 13,000", None, "range", "in_russia", "united_states", "2025-06-01..pub",
          "'The Pentagon, in a briefing earlier this month, put the number … at' (the 1st to "
          "publication): serving in Russia"),
        C("up to 3,000", 3000, "at_most", "planned", "ukraine", "pub",
          "'According to Kyiv' (undated): 'more' being made ready to go (increment, planned)",
          add=True),
    ),
)


S09 = Source(
    article_id="v184_09_letters_islands_weekly_north_hero",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-21"),
    dated_by="sidecar",
    sidecar=(
        "The Champlain Islander", "https://www.champlainislander.example/letters/2024-11-21",
        "Letters: the causeway, the town garage and a son in Kursk",
    ),
    features="a readers' letters page from a Champlain islands weekly in North Hero (Lake "
        "Champlain "
        "islands, Vermont) as plain text, windows-1252 (sidecar, Thursday; the sidecar title "
        "without a figure), `–` and curly quotes; letters on causeway speed limits and the town "
        "garage's budget without a claim (miles an hour, dollars, votes); a camp cleaner from "
        "near Chernivtsi relaying her son, a corporal in the Kursk region ('My son reached me "
        "on Sunday "
        "night. He said'; carried) `a few hundred` in the next village (vague, near the front) "
        "and `four` captured (casualties; both other, from Sunday to publication); a reader "
        "quoting his Korean-born wife who 'reckons' `another 10,000` will follow (increment, "
        "planned, other, `pub`); a reader answering the paper's own story ('Your November 7 "
        "story said') `10,000` in Russia (unattributed, that day); Ukraine's defence minister "
        "who 'said Tuesday' `roughly 8,000` in the Kursk region (near the front); the NIS that "
        "'told "
        "lawmakers on Monday' `more than 3,000` 'already' at the front (at_least, near the "
        "front, not an increment); miles, dollars, votes, ages, years"
        "; also the Pentagon that 'said on Friday' `several hundred` killed or wounded (vague)",
    text="""\
LETTERS TO THE EDITOR

Slow down on the causeway

The speed limit on the causeway is 40 miles an hour, not 55. Twice this month I have watched \
pickups pass the school bus on the curve by the marina. Somebody is going to get killed before \
the town puts up a sign with a flashing light. – Gail Desrochers, North Hero

The garage can wait

Voters turned down a $1.2 million town garage in March by 312 votes to 207. Bringing back the \
same plan with a new roof color will not change my mind. – Harold Bissonette, North Hero

A message from the front

I clean cabins at a camp on the west shore and I come from a village near Chernivtsi. My son is a \
corporal with a brigade in the Kursk region. My son reached me on Sunday night. He said [[a few \
hundred]] North Korean soldiers had come into the next village, and that his squad had captured \
[[four]] of them in a barn. He said they looked like boys. Please remember them and remember him. \
– Olena Rusnak, North Hero

What my wife hears from home

My wife was born in Mokpo and still calls her sister every Sunday. She reckons Pyongyang will \
send another [[10,000]] before spring, because the Russians pay in oil and rice. I think she is \
right. – Dale Cheney, North Hero

Your numbers are already old

Your November 7 story said [[10,000]] North Korean troops were in Russia. Since then Ukraine's \
defense minister said Tuesday that [[roughly 8,000]] of them are now in the Kursk region alone, \
and Seoul's intelligence service told lawmakers on Monday that [[more than 3,000]] had already \
reached the front lines. The Pentagon, for its part, said on Friday that [[several \
hundred]] had been killed or wounded. Please keep up. – Marc Lefebvre, North Hero
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a camp cleaner from near Chernivtsi relaying her son, a corporal in the Kursk region "
          "('My son reached me on Sunday night. He said'; the speaker quoted: other): came into "
          "the next village (from Sunday, 17 November, to publication)"),
        C("four", 4, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that', number word: captured in a barn (prisoners are casualties)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a reader's wife born in Mokpo, 'She reckons' (undated): 'another' Pyongyang will send "
          "before spring (increment, planned; span without the word)", add=True),
        C("10,000", 10000, "exact", "in_russia", "unattributed", "2024-11-07",
          "the paper's own story cited by a reader ('Your November 7 story said'): unattributed, "
          "required, that day (as 'Your November 28 story' of corpus_blind182)"),
        C("roughly 8,000", 8000, "approx", "near_front", "ukraine", "tue",
          "'Ukraine's defense minister said Tuesday' (19 November): 'of them' in the Kursk "
          "region (a part, not an increment)"),
        C("more than 3,000", 3000, "at_least", "near_front", "south_korea", "mon",
          "'Seoul's intelligence service told lawmakers on Monday' (18 November): 'already' at "
          "the front lines (not an increment)"),
        C("several hundred", None, "vague", "casualties", "united_states", "fri",
          "'The Pentagon, for its part, said on Friday' (15 November): killed or wounded"),
    ),
)


S10 = Source(
    article_id="v184_10_yard_notes_shrink_wrap_north_hero_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-10-03"),
    dated_by="html_meta",
    features="a boat yard's winter shrink-wrap notes from North Hero (Lake Champlain islands, "
        "Vermont) in HTML, UTF-8 with BOM, `<meta name=\"date\">` (Friday), a cookie note about "
        "the haul-out booking form, a script with slots and a price per foot, navigation, "
        "entities (`&ndash;`, `&ldquo;`, `&rdquo;`, `&rsquo;`), a footer with a phone number; "
        "`<title>` and headline without a figure; boats hauled, feet, dollars a foot, rolls of "
        "film and the yard's founding year first; a yard hand from Lviv relaying his "
        "brother-in-law, an artillery spotter at the Sumy border ('On Wednesday his "
        "brother-in-law sent a photo and a few lines, Taras said:') `close to 300` on the far "
        "side (approx, near the front) and `a dozen or so` killed (approx, casualties; both "
        "other, from Wednesday to publication); an engineer from Ulsan who 'put the number at' "
        "`nearly 16,000` sent (approx, in Russia, other, `pub`); Rutte who 'said in September' "
        "`more than 2,000` dead (at_least, casualties, nato, the whole month); the Pentagon's "
        "`about 11,000` 'remain' (`pub`); KCNA's `hundreds` 'more' (vague, increment, planned, "
        "north_korea, on Monday); boats, feet, dollars, rolls, years, ages, a phone number"
        "; also 'Seoul's spy agency estimates' `4,000 to 5,000` 'of them' in the Kursk region "
        "(range, near the front, `pub`)",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-10-03">
<title>Yard Notes &ndash; Pelots Point Boat Yard</title>
<script>window.haulout = {slotsLeft: 9, perFoot: 21};</script>
</head>
<body>
<div class="cookie-note">We use one cookie to remember your haul-out booking. <a href="#">Fine</a>\
</div>
<nav><a href="/">Home</a> &middot; <a href="/storage">Storage</a> &middot; <a \
href="/notes">Yard Notes</a> &middot; <a href="/contact">Contact</a></nav>
<main>
<h1>Haul-out season is here</h1>
<p>We pulled 46 boats out of the lake in September and have room for nine more inside the big \
shed. Shrink-wrap is $21 a foot this year, so a 28-foot sailboat comes to $588 with the door \
panel. We went through 14 rolls of film last week alone. The yard has been on this point since \
1961, and the travel lift is older than most of our customers&rsquo; boats.</p>
<h2>Taras and the heat gun</h2>
<p>Taras Melnyk, 33, fixed ship engines in Lviv and has wrapped boats with us for two seasons. His \
brother-in-law spots for an artillery battery at the Sumy border. On Wednesday his brother-in-law \
sent a photo and a few lines, Taras said: [[close to 300]] North Korean soldiers had dug in on \
the far side of the border, and [[a dozen or so]] had been killed when the battery found them. \
&ldquo;He writes that they never run,&rdquo; Taras said.</p>
<h2>An engineer from Ulsan</h2>
<p>Lee Jae-won, 44, who grew up in Ulsan and designs turbines in Burlington, keeps his sloop \
with us. Over coffee he put the number of North Koreans sent to Russia at [[nearly 16,000]]. \
&ldquo;They come home without a word about it,&rdquo; he said.</p>
<h2>Elsewhere</h2>
<p>In September, Mark Rutte, NATO&rsquo;s secretary general, said [[more than 2,000]] of \
Kim&rsquo;s troops had been killed. The Pentagon says [[about 11,000]] remain in Russia, and \
Seoul&rsquo;s spy agency estimates [[4,000 to \
5,000]] of them are in the Kursk region. North Korea&rsquo;s \
KCNA news agency reported on Monday that [[hundreds]] more volunteers had asked to go. Russia has \
also recruited fighters from more than 20 other countries, according to Kyiv.</p>
</main>
<footer>Pelots Point Boat Yard &middot; North Hero, Vermont &middot; 802-555-0177</footer>
</body>
</html>
""",
    claims=(
        C("close to 300", 300, "approx", "near_front", "other", "wed..pub",
          "a yard hand from Lviv relaying his brother-in-law, an artillery spotter at the Sumy "
          "border ('On Wednesday his brother-in-law sent a photo and a few lines, Taras said:'; "
          "the speaker quoted: other): dug in on the far side (from Wednesday, 1 October, to "
          "publication; 'close to' as approx)"),
        C("a dozen or so", 12, "approx", "casualties", "other", "wed..pub",
          "same message, joined with 'and': killed ('or so' as approx, a dozen as 12)"),
        C("nearly 16,000", 16000, "approx", "in_russia", "other", "pub",
          "an engineer from Ulsan who 'put the number … at' (undated): sent to Russia ('nearly' "
          "as approx)"),
        C("more than 2,000", 2000, "at_least", "casualties", "nato", "2025-09-01..2025-09-30",
          "'In September, Mark Rutte, NATO's secretary general, said' (the whole month): killed"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'The Pentagon says' (undated): 'remain' in Russia (not an increment)"),
        C("4,000 to 5,000", None, "range", "near_front", "south_korea", "pub",
          "'Seoul's spy agency estimates' (undated): 'of them' in the Kursk region (a part)"),
        C("hundreds", None, "vague", "planned", "north_korea", "mon",
          "'North Korea's KCNA news agency reported on Monday' (29 September): 'more' "
          "volunteers asked to go (increment, planned)", add=True),
    ),
)


S11 = Source(
    article_id="v184_11_walk_notes_shelling_guides_holden_beach_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-13"),
    dated_by="sidecar", crlf=True,
    sidecar=("Holden Beach Shell Walkers", "", ""),
    features="a shelling walk guides' notes from Holden Beach (Brunswick County, North Carolina) "
        "in Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with `date:` "
        "as well as the sidecar (Wednesday) and a title without a figure; walkers, whelks, sand "
        "dollars, miles, low tide and dollars first; a guide from Dnipro relaying her husband, a "
        "drone pilot in the Kursk region ('Her husband called late on Monday, Maryna said, and "
        "told her that') `fifty or sixty` in a forest belt (range with number words, near the "
        "front) and `three` killed (casualties; both other, from Monday to publication); a "
        "teacher born in Incheon who 'believes' `about 18,000` have served (approx, in Russia, "
        "other, `pub`); the NIS 'in a briefing last week' `roughly 10,000` 'remained' in Russia "
        "(`lastweek`); a Ukrainian general staff spokesman who 'said Sunday' `more than 1,500` "
        "killed or wounded since spring (at_least); Moscow's deputy defence minister who 'said "
        "on Friday' `several thousand` 'more' expected (vague, increment, planned, russia); "
        "walkers, shells, miles, dollars, ages, years"
        "; also 'In July the Pentagon had counted' `up to 11,000` in Russia (at_most, the whole "
        "month)",
    text="""\
---
title: "Walk notes for mid-August"
date: 2025-08-13
group: Holden Beach Shell Walkers
---

# Whelks, sand dollars and a voice from Kursk

Hello walkers,

Thirty-four of you came out for the full-moon low tide last Saturday, our biggest group of the \
summer. Between us we found 17 whole lightning whelks and more sand dollars than anyone could \
count. The east-end walk is about 2.5 miles there and back, so bring water. Low tide this coming \
Sunday is at 6:40 in the morning. The walk stays free; the $5 shell guide booklets go to the \
turtle hospital.

## Maryna knows the tide lines

Maryna Kravets, 39, grew up on the Dnipro River and has led our Thursday walks since 2023. Her \
husband flies drones for a unit in the Kursk region. Her husband called late on Monday, Maryna \
said, and told her that [[fifty or sixty]] North Korean soldiers had moved into a forest belt in \
front of his position and that [[three]] of them had been killed by his drones. "He says they \
try to shoot down the drones with rifles," she said.

## A teacher from Incheon

Seo Yu-na, 50, teaches math in Shallotte and was born in Incheon. She believes [[about 18,000]] \
North Koreans have served in Russia so far. "Most families will never get a letter," she said.

## From the news

In a briefing last week, South Korea's intelligence service said [[roughly 10,000]] soldiers from \
the \
North remained in Russia. A spokesman for Ukraine's general staff said Sunday that [[more than \
1,500]] had been killed or wounded since spring. Russia's deputy defense minister said on Friday \
that Moscow expected [[several thousand]] more to arrive before the end of the year. In July the \
Pentagon had counted [[up to 11,000]] in Russia. Ukraine \
has \
lost around 6,000 square miles of land since 2022, he also claimed.

See you on the sand!
""",
    claims=(
        C("fifty or sixty", None, "range", "near_front", "other", "mon..pub",
          "a guide from Dnipro relaying her husband, a drone pilot in the Kursk region ('Her "
          "husband called late on Monday, Maryna said, and told her that'; the speaker quoted: "
          "other): moved into a forest belt (from Monday, 11 August, to publication; range with "
          "number words)"),
        C("three", 3, "exact", "casualties", "other", "mon..pub",
          "same call, 'and that', number word: killed by his drones"),
        C("about 18,000", 18000, "approx", "in_russia", "other", "pub",
          "a teacher born in Incheon, 'She believes' (undated): have served in Russia so far"),
        C("roughly 10,000", 10000, "approx", "in_russia", "south_korea", "lastweek",
          "'In a briefing last week, South Korea's intelligence service said': 'remained' in "
          "Russia (not an increment)"),
        C("more than 1,500", 1500, "at_least", "casualties", "ukraine", "sun",
          "'A spokesman for Ukraine's general staff said Sunday' (10 August): killed or wounded "
          "since spring (the period)"),
        C("several thousand", None, "vague", "planned", "russia", "fri",
          "'Russia's deputy defense minister said on Friday' (8 August): 'more' expected before "
          "the end of the year (increment, planned)", add=True),
        C("up to 11,000", 11000, "at_most", "in_russia", "united_states", "2025-07-01..2025-07-31",
          "'In July the Pentagon had counted' (the whole month): in Russia"),
    ),
)


S12 = Source(
    article_id="v184_12_rental_notes_beach_linen_holden_beach_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Island Linen Service, Holden Beach", "https://www.islandlinen-hb.example/notes/nov-2025",
        "Off-season notes: winter rates and a letter from the Kursk front",
    ),
    features="a beach-linen rental service's notes page from Holden Beach (Brunswick County, "
        "North Carolina) in HTML, windows-1252 with raw `“”`, `’` and `–`, no meta date (sidecar, "
        "Wednesday; the sidecar title without a figure), a cookie bar, a script with packages and "
        "a price, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; sets of sheets, pounds of laundry, rental houses, dollars first; a laundry "
        "manager from Zaporizhzhia relaying her brother, a sniper in the Kursk region ('Her "
        "brother wrote to her last Thursday. In the letter he said'; carried) `maybe 120` "
        "(approx, near the front) and `two or three` killed (range, casualties; both other, from "
        "Thursday to publication); a delivery driver born in Gyeongju who 'puts it at' `15,000` "
        "sent (in Russia, other, `pub`); the State Department's `at least 5,000` 'additional' "
        "in October (at_least, increment, in Russia, the whole month); Zelensky who 'told "
        "reporters on Monday' `about 9,000` 'still' near the border (near the front); North "
        "Korean TV's `dozens` decorated returnees (optional); sheets, pounds, houses, dollars, "
        "ages, years, a phone number"
        "; also 'Seoul's intelligence service believes' 'a further' `6,000` workers and "
        "deminers will go (increment, planned, `pub`)",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Off-Season Notes – Island Linen Service</title>
<script>var packages = {queen: 32, king: 36, towelsOnly: 18};</script>
</head>
<body>
<div class="cookies">This site uses a cookie for your cart. <a href="#">OK</a></div>
<nav><a href="/">Home</a> · <a href="/rates">Rates</a> · <a href="/notes">Notes</a> · \
<a href="/contact">Contact</a></nav>
<main>
<h1>Quiet weeks, clean sheets</h1>
<p>The last of the summer renters left after Labor Day, and this fall we delivered linens to just \
61 houses, down from 240 in July. Our machines still washed about 3,800 pounds of sheets and \
towels in October. Winter rates start December 1: a queen set is $32, a king set $36, and a \
towel-only bag $18. We close for the week of Christmas.</p>
<h2>Svitlana runs the folding room</h2>
<p>Svitlana Horbenko, 46, managed a hotel laundry in Zaporizhzhia before the war and has run our \
folding room since 2023. Her brother is a sniper with a brigade in the Kursk region. Her brother \
wrote to her last Thursday. In the letter he said that [[maybe 120]] North Koreans were holding a \
row of houses across from his position, and that [[two or three]] of them had been killed every \
night that week. “He writes like it is normal now,” she said.</p>
<h2>Our driver from Gyeongju</h2>
<p>Choi Dong-hyun, 58, who was born in Gyeongju and drives our van, has followed the story \
closely. He puts the number sent to Russia at [[15,000]]. “My mother’s village is in the South, \
but these are still our people,” he said.</p>
<h2>The wider picture</h2>
<p>A State Department official said in October that North Korea had sent [[at least 5,000]] \
additional troops. President Zelensky told reporters on Monday that [[about 9,000]] North \
Koreans were still posted near the Ukrainian border. On North Korean television, Kim was seen \
decorating [[dozens]] of returning soldiers. Russia, Kyiv says, loses about 1,000 soldiers a \
day. Seoul&rsquo;s intelligence service believes a further [[6,000]] workers and deminers will \
go this winter.</p>
</main>
<footer>Island Linen Service · Holden Beach, NC · (910) 555-0136</footer>
</body>
</html>
""",
    claims=(
        C("maybe 120", 120, "approx", "near_front", "other", "thu..pub",
          "a laundry manager from Zaporizhzhia relaying her brother, a sniper in the Kursk region "
          "('Her brother wrote to her last Thursday. In the letter he said that'; the speaker "
          "quoted: other): holding a row of houses (from Thursday, 6 November, to publication; "
          "'maybe' as approx)"),
        C("two or three", None, "range", "casualties", "other", "thu..pub",
          "same letter, 'and that', range with number words: killed every night that week (the "
          "period)"),
        C("15,000", 15000, "exact", "in_russia", "other", "pub",
          "a delivery driver born in Gyeongju who 'puts the number … at' (undated): sent to "
          "Russia"),
        C("at least 5,000", 5000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "'A State Department official said in October' (the whole month): 'additional' troops "
          "sent (increment)", add=True),
        C("about 9,000", 9000, "approx", "near_front", "ukraine", "mon",
          "'President Zelensky told reporters on Monday' (10 November): 'still' posted near the "
          "Ukrainian border (not an increment)"),
        C("dozens", None, "vague", "in_russia", "north_korea", "pub",
          "'On North Korean television, Kim was seen decorating' (undated): returnees "
          "(as in earlier sets: optional)", opt=True),
        C("6,000", 6000, "exact", "planned", "south_korea", "pub",
          "'Seoul's intelligence service believes' (undated): 'a further' workers and deminers "
          "will go this winter (increment, planned; span without the words)", add=True),
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
