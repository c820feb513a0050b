"""Build the HUNDRED-AND-SEVENTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-eighth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a goose
farm's customer letter from Obersiebenbrunn in the Marchfeld (Austrian conventions) with a goose
plucker from Poltava and a retired woman from Gwangju, a pick-your-own cut-flower field's letter
from Deutsch-Wagram in the Marchfeld with a field hand from Kherson and a doctoral student from
Jeonju, a care home's residents' paper from the Frienisberg (Swiss conventions) with a care
assistant from Kharkiv and an activity therapist from Busan, a Pilates studio's members' letter from
Schüpfen (Swiss conventions) with a course leader from Vinnytsia and a retired engineer from
Changwon, a picture framer's page from Hessisch Lichtenau on the Kaufunger Wald with a framer from
Chernihiv and a graphic artist from Daegu, and an ice-sailing club's circular from Lembruch on the
Dümmer with a welder from Dnipro and a dentist born in Sokcho; a septic pumping service's notes from
Harstine Island with a hose hand from Zaporizhzhia and a retired nurse born in Gimhae, a Harstine
Island real estate office's market page with an office assistant from Lutsk and a buyer who grew up
in Ulsan, a balsam wreath maker's letter from Frenchboro with a wreath maker from Mykolaiv and a
marine biologist born in Pohang, a readers' letters page from a Frenchboro monthly with letters
quoting a son-in-law on the Sumy front and a cousin in Gwangju, an agency-style wire report from a
paddleboard race at Isle of Palms with a physical therapist from Poltava and an orthopedic surgeon
born in Incheon, and an Isle of Palms beach-wheelchair lending group's notes with a former
schoolteacher from Uzhhorod and a retired pediatrician born in Suncheon. Same file format, marker
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
BASE_NAME = "_blind176_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day

# ---------------------------------------------------------------------------------------------
# German articles (Marchfeld, Frienisberg, Kaufunger Wald, Dümmer)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="y176_01_kundenbrief_gaensehof_obersiebenbrunn",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-11-05"),
    dated_by="dateline", crlf=True,
    features="a goose farm's customer letter for Martinmas from Obersiebenbrunn in the Marchfeld "
        "(Lower Austria) as plain text, windows-1252 with CRLF, `„“`, `–` and `·` (no sidecar), "
        "dated by the letter line 'Obersiebenbrunn, 05.11.2025' (Wednesday); Austrian conventions "
        "(`heuer`, `Jänner`, `Feber`, `Martinigansl`, `Erdäpfelknödel`, `nur mehr`); pasture geese "
        "and ducks, the price per kilo, a goose's weight, the geese still free for 11 November "
        "first; a goose plucker from Poltava relaying his son-in-law, a howitzer gunner in the "
        "Sumy region ('Am Sonntag habe der Schwiegersohn angerufen, erzählt Wasyl beim Schlichten "
        "der Kisten', Konjunktiv carried) `knapp 150` dug into a burnt-out village opposite his "
        "battery (approx, near the front) and `neun` killed by one night's barrage (number word, "
        "casualties; both other, from Sunday to publication); a retired woman from Gwangju who "
        "'geht davon aus' 'noch einmal' `5.000` in spring (increment, planned, other, `pub`); the "
        "NIS briefing of Monday with the figure in the next sentence ('Demnach sind') `rund "
        "10.000` still stationed around Kursk and sentence-initial `Etwa 2.000` fallen ('hieß es "
        "weiter' after the figure; both south_korea, Monday); Peskov who 'sprach vergangene Woche "
        "von' `Tausenden` builders repairing bridges and roads in the Kursk region (russia, vague, "
        "near the front); 'Nach Einschätzung des ukrainischen Militärgeheimdienstes' `bis zu "
        "6.000` 'weitere' by the end of the year (at_most, increment, planned, `pub`); geese, "
        "ducks, euros, kilos, dates, Russia's losses a day, a holiday in Jänner and Feber, opening "
        "hours, a phone number",
    text="""\
Gänsehof Wallner · Obersiebenbrunn im Marchfeld
Kundenbrief zu Martini

Obersiebenbrunn, 05.11.2025

Liebe Gansl-Freundinnen und -Freunde,

heuer sind auf unseren Weiden zwischen den Windschutzstreifen 640 Weidegänse und 180 Flugenten \
groß geworden, so viele wie nie zuvor. Die Martinigansl könnt ihr ab Samstag, 8. November, \
abholen. Das Kilo kostet 18,90 Euro, eine ganze Gans bringt zwischen vier und fünf Kilo auf die \
Waage. Für den 11. November sind nur mehr 37 Stück frei, also bitte rasch bestellen. Rotkraut, \
Maroni und Erdäpfelknödel im Glas gibt es im Hofladen dazu.

Wasyl und der Anruf vom Sonntag

Wasyl Tkatschuk, 52, aus Poltawa hilft uns seit drei Saisonen beim Rupfen, Wiegen und Verpacken. \
Sein Schwiegersohn ist Richtschütze an einer Haubitze im Gebiet Sumy. Am Sonntag habe der \
Schwiegersohn angerufen, erzählt Wasyl beim Schlichten der Kisten. Gegenüber seiner Batterie \
hätten sich [[knapp 150]] Nordkoreaner in einem ausgebrannten Dorf festgesetzt. Ein Feuerschlag in \
der Nacht auf Samstag habe [[neun]] von ihnen getötet. „Er redet nicht gern darüber, aber er will, \
dass wir es wissen“, sagt Wasyl.

Zwei Gänse für Frau Baek

Baek Soon-hee, 70, stammt aus Gwangju und lebt seit 1981 in Floridsdorf. Jedes Jahr holt sie zwei \
Gänse bei uns, eine für die Familie ihrer Tochter und eine für ihren Kirchenchor. Sie geht davon \
aus, dass Pjöngjang im Frühjahr noch einmal [[5.000]] Mann in Marsch setzt. „Die Mütter im Norden \
dürfen nicht einmal öffentlich weinen“, sagt sie.

Was man sonst liest

Der südkoreanische Geheimdienst hat am Montag Abgeordnete in Seoul unterrichtet. Demnach sind \
[[rund 10.000]] Nordkoreaner weiterhin im Grenzgebiet um Kursk stationiert. [[Etwa 2.000]] seien \
seit dem vergangenen Winter gefallen, hieß es weiter. Kremlsprecher Peskow sprach vergangene Woche \
von [[Tausenden]] Bauarbeitern aus dem Norden, die im Gebiet Kursk Brücken und Straßen instand \
setzten. Nach Einschätzung des ukrainischen Militärgeheimdienstes könnten bis Jahresende [[bis zu \
6.000]] weitere Soldaten folgen. Die russische Armee verliert nach Kiewer Zählung täglich rund \
1.000 Mann.

Gänseleberpastete gibt es wieder ab Mitte Jänner. Vom 20. Jänner bis 10. Feber machen wir \
Betriebsurlaub.

Bestellungen unter 02282 7319 oder ab Hof, Freitag und Samstag von 8 bis 17 Uhr.
""",
    claims=(
        C("knapp 150", 150, "approx", "near_front", "other", "sun..pub",
          "a goose plucker from Poltava relaying his son-in-law, a howitzer gunner in the Sumy "
          "region ('Am Sonntag habe der Schwiegersohn angerufen, erzählt Wasyl beim Schlichten der "
          "Kisten', Konjunktiv; the speaker quoted: other): dug into a burnt-out village opposite "
          "his battery ('knapp' as approx; from Sunday, 2 November, to publication)"),
        C("neun", 9, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried: killed by a barrage 'in der Nacht auf Samstag' (the "
          "event, not the claim date; number word)"),
        C("5.000", 5000, "exact", "planned", "other", "pub",
          "a retired woman from Gwangju, 'Sie geht davon aus' (undated): 'noch einmal' to be sent "
          "by spring (increment, planned; span without 'noch einmal')", add=True),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "mon",
          "the NIS briefing of lawmakers 'am Montag' (3 November), the figure in the next sentence "
          "('Demnach sind'): 'weiterhin' stationed in the border area around Kursk (still, not an "
          "increment)"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "mon",
          "same briefing, sentence-initial, 'hieß es weiter' after the figure: fallen 'seit dem "
          "vergangenen Winter' (a period)"),
        C("Tausenden", None, "vague", "near_front", "russia", "lastweek",
          "'Kremlsprecher Peskow sprach vergangene Woche von': builders from the North repairing "
          "bridges and roads in the Kursk region (near the front, as builders in Kursk in earlier "
          "sets)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): 'weitere' "
          "soldiers who could follow by the end of the year ('weitere' after the figure: "
          "increment, planned)", add=True),
    ),
)


S02 = Source(
    article_id="y176_02_feldpost_blumenfeld_deutsch_wagram_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-07-17"),
    dated_by="front_matter",
    features="a pick-your-own cut-flower field's customer letter from Deutsch-Wagram in the "
        "Marchfeld (Lower Austria) in Markdown, UTF-8, front matter with `date:` (Thursday) and a "
        "title without a figure, `„“`; Austrian words (`heuer`, `seit Jänner`, `Kassa des "
        "Vertrauens`, `um 5 Uhr früh`); hectares, dahlia varieties, prices per stem, an honesty "
        "box's euros and opening hours first; a field hand from Kherson relaying her husband, a "
        "radio operator on the Sumy border ('Seine letzte Nachricht kam vergangenen Donnerstag', "
        "the relayed source named after the figure: 'schrieb er') sentence-initial `Ein paar "
        "Dutzend` settled in the cellars of a border village (vague, near the front) and `vier` "
        "wounded by a drone (number word, casualties; both other, from the Thursday a week before "
        "publication to publication); a doctoral student from Jeonju who 'vermutet' `über 20.000` "
        "moved to Russia by the end of the year (at_least, planned, other, `pub`); Shoigu, who "
        "'Bei seinem Besuch in Pjöngjang Mitte Juni' announced ('kündigte … an') `6.000` sappers "
        "and builders for the Kursk region (russia, planned, days 11-20); the South Korean general "
        "staff which 'teilte am Montag mit' `zwischen 2.000 und 3.000` 'zusätzliche' in training "
        "in the North (range, increment, planned); 'Nach Angaben aus Washington' `etwa 11.000` in "
        "Russia (`pub`); 'Dem ukrainischen Militärgeheimdienst zufolge' `mehr als 4.000` dead and "
        "wounded since January (`pub`); hectares, varieties, euros, times, ages, years, opening "
        "hours, a phone number",
    text="""\
---
title: "Feldpost Juli: Gladiolen, Hitze und eine Nachricht aus Sumy"
date: 2025-07-17
hof: Blumenfeld Hiesberger, Deutsch-Wagram
---

# Feldpost Juli

Liebe Selberschneiderinnen und Selberschneider,

das Feld an der Bahnstraße steht heuer so bunt da wie noch nie: Auf knapp zwei Hektar blühen \
Sonnenblumen, Gladiolen, Zinnien und 46 Dahliensorten. Ein Stiel kostet weiterhin 1,20 Euro, eine \
Sonnenblume 2 Euro, und die Messer liegen wie immer in der Kiste beim Tor. In die Kassa des \
Vertrauens kamen im Juni 3.870 Euro; nur an zwei Abenden hat etwas gefehlt. Wegen der Hitze gießen \
wir jetzt schon um 5 Uhr früh.

## Natalija und ihr Mann

Natalija Bondar, 41, aus Cherson pflegt seit dem Frühjahr die Beete, schneidet Verblühtes aus und \
weiß, welche Dahlie welchen Namen trägt. Ihr Mann ist Funker in einer Brigade, die an der Grenze \
bei Sumy steht. Seine letzte Nachricht kam vergangenen Donnerstag. [[Ein paar Dutzend]] \
Nordkoreaner, schrieb er, hätten sich in den Kellern eines zerschossenen Grenzdorfes eingerichtet; \
[[vier]] von ihnen seien bei einem Drohnenangriff verwundet worden. Natalija liest solche \
Nachrichten zweimal, dann legt sie das Handy weg und geht zurück zu den Zinnien.

## Sonntags mit der Schere

Oh Ji-yeon, 29, aus Jeonju schreibt an der Universität für Bodenkultur in Wien ihre Doktorarbeit \
über die Bewässerung im Marchfeld. Sonntags schneidet sie bei uns Gladiolen für ihre \
Wohngemeinschaft. Sie vermutet, dass Pjöngjang bis Jahresende [[über 20.000]] Soldaten nach \
Russland verlegt haben wird. „Daheim redet kaum jemand darüber, aber alle wissen es“, sagt sie.

## Aus den Nachrichten

Bei seinem Besuch in Pjöngjang Mitte Juni kündigte Russlands Sicherheitsratschef Schoigu [[6.000]] \
nordkoreanische Pioniere und Bausoldaten für das Gebiet Kursk an. Der südkoreanische Generalstab \
teilte am Montag mit, im Norden würden derzeit [[zwischen 2.000 und 3.000]] zusätzliche Soldaten \
für den Einsatz in Russland ausgebildet. Nach Angaben aus Washington halten sich [[etwa 11.000]] \
Nordkoreaner in Russland auf. Dem ukrainischen Militärgeheimdienst zufolge haben sie seit Jänner \
[[mehr als 4.000]] Mann an Toten und Verwundeten verloren.

Das Feld ist bis Ende September täglich von 7 bis 21 Uhr offen. Fragen an 0664 218 3305.
""",
    claims=(
        C("Ein paar Dutzend", None, "vague", "near_front", "other", "2025-07-10..pub",
          "a field hand from Kherson relaying her husband, a radio operator on the Sumy border "
          "('Seine letzte Nachricht kam vergangenen Donnerstag', 'schrieb er' after the figure, "
          "Konjunktiv; the speaker quoted: other): settled in the cellars of a shot-up border "
          "village (sentence-initial; 'vergangenen Donnerstag' in a Thursday page: the Thursday a "
          "week before, 10 July, to publication)"),
        C("vier", 4, "exact", "casualties", "other", "2025-07-10..pub",
          "same message, Konjunktiv carried: wounded in a drone attack (number word)"),
        C("über 20.000", 20000, "at_least", "planned", "other", "pub",
          "a doctoral student from Jeonju, 'Sie vermutet' (undated): moved to Russia by the end of "
          "the year (a forecast of a total: planned)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'Bei seinem Besuch in Pjöngjang Mitte Juni kündigte Russlands Sicherheitsratschef "
          "Schoigu … an' (days 11-20): sappers and builders from the North for the Kursk region "
          "(planned; a first group, not an increment)"),
        C("zwischen 2.000 und 3.000", None, "range", "planned", "south_korea", "mon",
          "'Der südkoreanische Generalstab teilte am Montag mit' (14 July): 'zusätzliche' soldiers "
          "in training in the North for Russia (increment, planned; the span takes 'zwischen')",
          add=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Nach Angaben aus Washington' (undated): in Russia"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): dead and wounded 'seit "
          "Jänner' (a period)"),
    ),
)


S03 = Source(
    article_id="y176_03_chlosterpost_pflegeheim_frienisberg_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-13"),
    dated_by="html_meta",
    features="a care home's residents' paper from the Frienisberg (Seedorf, canton of Bern) in "
        "HTML, ISO-8859-1 with raw «» and umlauts, dashes only as entities (`&ndash;`, "
        "`&middot;`), `<meta name=\"date\">` (Friday), a cookie note about the font size, a "
        "visiting-hours script, navigation, a footer with a postcode and a phone number; Swiss "
        "conventions (`ss`, «», `6'480`, `20'000`, `10'000`, `11'000`); `<title>` and headline "
        "without a figure; an Advent market's francs, guests, residents, a new wing and a fondue "
        "first; a care assistant from Kharkiv relaying her brother, a mortar crewman in the Kursk "
        "region ('Am Mittwoch habe er ihr eine Sprachnachricht geschickt, erzählt sie', Konjunktiv "
        "carried) sentence-initial `Gegen 80` storming a copse (new hedge `gegen` → approx, near "
        "the front) and sentence-initial `Ein Dutzend` left lying in a minefield (number word 12, "
        "casualties; both other, from Wednesday to publication); an activity therapist from Busan "
        "who 'schätzt' `mindestens 20'000` by spring (at_least, planned, other, `pub`); NATO's "
        "secretary general who 'sagte am 12. Dezember in Brüssel' `mehr als 10'000` sent "
        "'insgesamt' (at_least, in Russia, not planned); 'Aus Washington hiess es am Dienstag' "
        "`einige hundert` killed or wounded (vague); 'Kiew zufolge' `rund 11'000` in the Kursk "
        "region (`pub`); the government in Tokyo which 'sprach am Montag von' `etwa 10'000` "
        "trained in Russia (a third government: other); francs, guests, residents, dates, times, "
        "ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Chlosterpost Dezember &ndash; Wohn- und Pflegeheim am Frienisberg</title>
<meta name="date" content="2024-12-13">
<meta name="description" content="Hauszeitung für Bewohnerinnen, Bewohner, Angehörige und \
Mitarbeitende">
<script>var besuch = {ab: "09:00", bis: "20:00", adventsfenster: 24};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie, damit Ihre Schriftgrösse beim nächsten Besuch \
erhalten bleibt. <a href="#">Einverstanden</a></div>
<nav><a href="/">Startseite</a> &middot; <a href="/wohnen">Wohnen</a> &middot; <a \
href="/besuch">Besuchszeiten</a> &middot; <a href="/chlosterpost">Chlosterpost</a></nav>
<main>
<h1>Adventsmarkt im Kreuzgang, Fondue und eine Nachricht aus Kursk</h1>
<p>Liebe Bewohnerinnen und Bewohner, liebe Angehörige</p>
<p>Der Adventsmarkt im alten Kreuzgang hat 6'480 Franken für den Ausflugsfonds eingebracht, so \
viel wie noch nie. Gut 400 Gäste kamen den Hügel herauf, und die Guetzli der Wohngruppe Linde \
waren nach zwei Stunden weg. Unser Haus zählt derzeit 164 Bewohnerinnen und Bewohner; im Januar \
beziehen die ersten neun den umgebauten Ostflügel. Das Fondue für alle findet am 20. Dezember um \
18 Uhr im Speisesaal statt.</p>
<h2>Switlana und ihr Bruder</h2>
<p>Switlana Moros, 36, war in Charkiw Krankenschwester und arbeitet seit 2023 als Pflegehelferin \
auf der Abteilung Ahorn. Ihr älterer Bruder bedient einen Minenwerfer im Gebiet Kursk. Am Mittwoch \
habe er ihr eine Sprachnachricht geschickt, erzählt sie. [[Gegen 80]] Nordkoreaner hätten im \
Morgengrauen ein Wäldchen vor seinem Abschnitt gestürmt. [[Ein Dutzend]] seien im Minenfeld liegen \
geblieben. «Er sagt, sie rennen, als hätte man ihnen das Stehenbleiben verboten», erzählt \
Switlana.</p>
<h2>Aus der Aktivierung</h2>
<p>Lee Young-mi, 58, Aktivierungstherapeutin aus Busan, backt jeden Donnerstag mit den \
Bewohnerinnen und singt mit ihnen Lieder aus aller Welt. Sie schätzt, dass der Norden bis im \
Frühling [[mindestens 20'000]] Mann nach Russland geschickt haben wird. «Wer dort ausgewählt wird, \
den fragt niemand, ob er will», sagt sie.</p>
<h2>Was berichtet wird</h2>
<p>Der Nato-Generalsekretär sagte am 12. Dezember in Brüssel, Nordkorea habe insgesamt [[mehr als \
10'000]] Mann nach Russland entsandt. Aus Washington hiess es am Dienstag, [[einige hundert]] von \
ihnen seien bei den ersten Gefechten getötet oder verwundet worden. Kiew zufolge stehen [[rund \
11'000]] Soldaten aus dem Norden im Gebiet Kursk. Die Regierung in Tokio sprach am Montag von \
[[etwa 10'000]] Nordkoreanern, die in Russland ausgebildet worden seien.</p>
<p>Herzliche Grüsse<br>Ihre Heimleitung</p>
</main>
<footer>Wohn- und Pflegeheim am Frienisberg &middot; 3267 Seedorf BE &middot; Telefon 032 391 74 \
00 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("Gegen 80", 80, "approx", "near_front", "other", "wed..pub",
          "a care assistant from Kharkiv relaying her brother, a mortar crewman in the Kursk "
          "region ('Am Mittwoch habe er ihr eine Sprachnachricht geschickt, erzählt sie', "
          "Konjunktiv; the speaker quoted: other): stormed a copse before his sector at dawn "
          "(sentence-initial; 'gegen' as approx, new here; from Wednesday, 11 December, to "
          "publication)"),
        C("Ein Dutzend", 12, "exact", "casualties", "other", "wed..pub",
          "same message, Konjunktiv carried, sentence-initial: left lying in the minefield (number "
          "word 12, exact)"),
        C("mindestens 20'000", 20000, "at_least", "planned", "other", "pub",
          "an activity therapist from Busan, 'Sie schätzt' (undated): will have been sent to "
          "Russia by spring (a forecast of a total: planned)"),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "nato", "2024-12-12",
          "'Der Nato-Generalsekretär sagte am 12. Dezember in Brüssel', Konjunktiv: sent to Russia "
          "'insgesamt' (a total so far, not planned)"),
        C("einige hundert", None, "vague", "casualties", "united_states", "tue",
          "'Aus Washington hiess es am Dienstag' (10 December): killed or wounded in the first "
          "battles"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Kiew zufolge' (undated): in the Kursk region"),
        C("etwa 10'000", 10000, "approx", "in_russia", "other", "mon",
          "'Die Regierung in Tokio sprach am Montag von' (9 December; a third government: other): "
          "trained in Russia"),
    ),
)


S04 = Source(
    article_id="y176_04_mitgliederbrief_pilatesstudio_schuepfen",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "Pilates am Bach, Schüpfen – Mitgliederbrief",
        "https://www.pilates-am-bach.example/mitgliederbrief/fruehling-2025",
        "Neuer Rückenkurs, Ostern und Olenas Verlobter an der Grenze",
    ),
    features="a Pilates studio's members' letter from Schüpfen at the foot of the Frienisberg "
        "(canton of Bern) as plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title "
        "without a figure); Swiss conventions (`ss`, «», `15'000`, `11'000`, `Grüessech "
        "mitenand`); members, a 10-class pass's francs, an extra course and the Easter closure "
        "first; a course leader from Vinnytsia relaying her fiancé, a sniper on the border of the "
        "Kursk region ('Er habe ihr am Montag geschrieben, erzählt Olena:', Konjunktiv carried) "
        "`mehrere hundert` back in position on the other side (vague, near the front) and "
        "sentence-initial `Sieben` who surrendered the week before (number word, casualties; both "
        "other, from Monday to publication); a retired engineer from Changwon, 'Nach seiner "
        "Rechnung' `an die 15'000` sent so far (approx, in Russia, other, `pub`); 'Laut dem "
        "südkoreanischen Geheimdienst' `rund 3000` 'weitere' brought to Russia since the start of "
        "the year (increment, `pub`); Syrskyi who 'bezifferte … am Dienstag' `etwa 4000` dead and "
        "wounded; 'In Washington wird erwartet' `Tausende` 'weitere' in summer (vague, increment, "
        "planned, `pub`); `über 11'000` fighting 'Nach wie vor' near Kursk, the claimant after the "
        "figure ('…, erklärte die Nato vergangene Woche'; at_least, near the front, not an "
        "increment); members, francs, dates, ages, a phone number",
    text="""\
Pilates am Bach, Schüpfen – Mitgliederbrief Frühling 2025

Grüessech mitenand

Seit Januar trainieren bei uns 212 Mitglieder, so viele wie noch nie. Ab April gibt es am \
Dienstagmorgen einen zusätzlichen Kurs für Rücken und Beckenboden; ein 10er-Abo kostet weiterhin \
280 Franken. Über Ostern, vom 18. bis 21. April, bleibt das Studio geschlossen.

Olenas Verlobter

Olena Hnatjuk, 27, aus Winnyzja leitet seit dem Herbst die Abendkurse; in Kiew hat sie \
Sportwissenschaft studiert. Ihr Verlobter dient als Scharfschütze in einer Einheit an der \
Grenze zum \
Gebiet Kursk. Er habe ihr am Montag geschrieben, erzählt Olena: Auf der anderen Seite seien wieder \
[[mehrere hundert]] Nordkoreaner in Stellung gegangen, frische Leute, kaum ausgebildet. [[Sieben]] \
davon hätten sich in der Woche zuvor ergeben. «Er schreibt das so nüchtern, als ginge es ums \
Wetter», sagt sie.

Ein Mitglied mit Blick auf Korea

Jang Min-su, 64, war Ingenieur bei einem Maschinenbauer in Changwon und lebt seit der \
Pensionierung bei seiner Tochter in Schüpfen. Nach seiner Rechnung hat Kim bis heute [[an die \
15'000]] Soldaten nach Russland geschickt. «Das Regime verkauft seine Jugend», sagt er.

Aus der Zeitung

Laut dem südkoreanischen Geheimdienst sind seit Jahresbeginn [[rund 3000]] weitere Nordkoreaner \
nach Russland gebracht worden. Der ukrainische Oberbefehlshaber Syrskyj bezifferte die Verluste \
der Nordkoreaner am Dienstag auf [[etwa 4000]] Tote und Verwundete. In Washington wird erwartet, \
dass Pjöngjang im Sommer [[Tausende]] weitere Soldaten nachschickt. Nach wie vor kämpften [[über \
11'000]] Mann aus dem Norden bei Kursk, erklärte die Nato vergangene Woche.

Wir freuen uns auf euch! Anmeldungen unter 031 879 22 16.
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "mon..pub",
          "a course leader from Vinnytsia relaying her fiancé, a sniper on the border of the Kursk "
          "region ('Er habe ihr am Montag geschrieben, erzählt Olena:', Konjunktiv; the speaker "
          "quoted: other): back in position on the other side ('wieder' is again, not an "
          "increment; from Monday, 17 March, to publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried, sentence-initial number word: surrendered 'in der "
          "Woche zuvor' (a period, not the claim date)"),
        C("an die 15'000", 15000, "approx", "in_russia", "other", "pub",
          "a retired engineer from Changwon, 'Nach seiner Rechnung' (undated): sent to Russia 'bis "
          "heute' ('an die' as approx; a total so far)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "pub",
          "'Laut dem südkoreanischen Geheimdienst' (undated): 'weitere' brought to Russia 'seit "
          "Jahresbeginn' ('weitere' after the figure: increment; the period is not the claim date)",
          add=True),
        C("etwa 4000", 4000, "approx", "casualties", "ukraine", "tue",
          "'Der ukrainische Oberbefehlshaber Syrskyj bezifferte … am Dienstag' (18 March): dead "
          "and wounded"),
        C("Tausende", None, "vague", "planned", "united_states", "pub",
          "'In Washington wird erwartet' (undated): 'weitere' soldiers Pyongyang sends in summer "
          "(increment, planned)", add=True),
        C("über 11'000", 11000, "at_least", "near_front", "nato", "lastweek",
          "'…, erklärte die Nato vergangene Woche' (the claimant after the figure), Konjunktiv: "
          "'Nach wie vor' fighting near Kursk (still, not an increment)"),
    ),
)


S05 = Source(
    article_id="y176_05_rahmenpost_rahmenwerkstatt_hessisch_lichtenau_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-05-23"),
    dated_by="sidecar",
    sidecar=(
        "Rahmenwerkstatt Siebert, Hessisch Lichtenau – Rahmenpost",
        "https://www.rahmenwerkstatt-siebert.example/rahmenpost/2025-05",
        "Eichenleisten, eine Ausstellung und ein Bruder an der Grenze",
    ),
    features="a picture framer's customer page from Hessisch Lichtenau on the edge of the "
        "Kaufunger Wald (North Hesse) in HTML, UTF-8, no meta date (sidecar, Friday; the sidecar "
        "title repeats the headline without a figure), a cookie note about viewed mouldings, a "
        "workshop script, navigation, entities (`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`), a "
        "footer with a postcode and a phone number; `<title>` and headline without a figure; "
        "framed pictures, old forest maps, prices per metre and per square metre of glass and an "
        "exhibition first; a framer from Chernihiv relaying his brother, a scout in the Sumy "
        "region ('Vorgestern habe der Bruder per Videoanruf berichtet', Konjunktiv carried) `rund "
        "300` attacking two Ukrainian positions (approx, near the front) and `mehr als 40` killed "
        "(at_least, casualties; both other, from Wednesday to publication); a graphic artist from "
        "Daegu who 'ist überzeugt' Kim would send `Zehntausende` if Putin asked (vague, planned, "
        "other, `pub`); the NIS which 'bezifferte … Ende April' `rund 4.700` dead and wounded, "
        "`etwa 600` of them dead (days 21-30); KCNA which 'meldete am Montag' the families of "
        "`Hunderten` fallen (north_korea); a senior NATO official who 'sagte am Mittwoch in "
        "Brüssel' `knapp 11.000` 'weiterhin' in Russia; the page's own `Tausende` young men who "
        "died in a foreign war (unattributed, casualties, required); pictures, maps, euros, "
        "metres, dates, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Rahmenpost Mai &ndash; Rahmenwerkstatt Siebert, Hessisch Lichtenau</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var werkstatt = {leisten: 340, passepartoutFarben: 28};</script>
</head>
<body>
<div class="cookie-leiste">Diese Seite merkt sich mit einem Cookie, welche Leisten Sie zuletzt \
angesehen haben. <a href="#">In Ordnung</a></div>
<nav><a href="/">Werkstatt</a> &middot; <a href="/leisten">Leisten</a> &middot; <a \
href="/ausstellung">Ausstellung</a> &middot; <a href="/rahmenpost">Rahmenpost</a></nav>
<main>
<h1>Eichenleisten, eine Ausstellung und ein Bruder an der Grenze</h1>
<p>Liebe Kundschaft,</p>
<p>im April haben wir 186 Bilder gerahmt, darunter 23 alte Forstkarten des Kaufunger Waldes für \
das Heimatmuseum. Neu im Sortiment sind Leisten aus heimischer Eiche, der laufende Meter zu 14,50 \
Euro. Museumsglas kostet pro Quadratmeter 96 Euro, entspiegeltes Normalglas 38 Euro. Die \
Ausstellung &bdquo;Holz und Ton&ldquo; mit Arbeiten aus Großalmerode ist noch bis zum 28. Juni zu \
sehen.</p>
<h2>Taras an der Gehrungssäge</h2>
<p>Taras Kowalenko, 47, war in Tschernihiw Schreiner und schneidet bei uns seit 2023 die Gehrungen \
so genau, dass kein Spalt bleibt. Sein jüngerer Bruder ist Aufklärer in einer Brigade im Gebiet \
Sumy. Vorgestern habe der Bruder per Videoanruf berichtet, auf der russischen Seite hätten [[rund \
300]] Nordkoreaner zwei ukrainische Stellungen angegriffen. Seine Kameraden hätten den Angriff \
abgewehrt, [[mehr als 40]] Angreifer seien dabei gefallen. &bdquo;Er war müde, aber er hat \
gelacht, als er meinen neuen Bart gesehen hat&ldquo;, erzählt Taras.</p>
<h2>Eine Stammkundin aus Daegu</h2>
<p>Kwon Eun-ji, 44, Grafikerin aus Daegu, lässt bei uns jedes Frühjahr ihre Holzschnitte rahmen. \
Sie ist überzeugt, dass Kim [[Zehntausende]] Soldaten schicken würde, wenn Putin ihn darum bäte. \
&bdquo;Für Kim sind Soldaten eine Währung&ldquo;, sagt sie.</p>
<h2>Aus den Nachrichten</h2>
<p>Südkoreas Geheimdienst bezifferte die Verluste des Nordens Ende April auf [[rund 4.700]] Tote \
und Verwundete, darunter [[etwa 600]] Tote. Die Staatsagentur KCNA meldete am Montag, Kim habe die \
Familien von [[Hunderten]] Gefallenen empfangen. Ein hoher Nato-Vertreter sagte am Mittwoch in \
Brüssel, [[knapp 11.000]] Nordkoreaner seien weiterhin in Russland. Dass [[Tausende]] junge Männer \
aus dem Norden in einem fremden Krieg gestorben sind, beschäftigt auch manche unserer Kundinnen \
und Kunden.</p>
<p>Herzliche Grüße aus der Werkstatt<br>Jens Siebert und Team</p>
</main>
<footer>Rahmenwerkstatt Siebert &middot; Landgrafenstraße 9 &middot; 37235 Hessisch Lichtenau \
&middot; Telefon 05602 91 48 27 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("rund 300", 300, "approx", "near_front", "other", "wed..pub",
          "a framer from Chernihiv relaying his brother, a scout in the Sumy region ('Vorgestern "
          "habe der Bruder per Videoanruf berichtet', Konjunktiv; the speaker quoted: other): "
          "attacked two Ukrainian positions on the Russian side ('Vorgestern' in a Friday page: "
          "from Wednesday, 21 May, to publication)"),
        C("mehr als 40", 40, "at_least", "casualties", "other", "wed..pub",
          "same call, Konjunktiv carried: attackers who fell"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a graphic artist from Daegu, 'Sie ist überzeugt' (undated): soldiers Kim would send if "
          "Putin asked (a conditional: planned)"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'Südkoreas Geheimdienst bezifferte … Ende April' (day 21 to the month's end): dead and "
          "wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same statement, 'darunter': the dead among them (a breakdown, not an increment)"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "mon",
          "'Die Staatsagentur KCNA meldete am Montag' (19 May): Kim received the families of the "
          "fallen"),
        C("knapp 11.000", 11000, "approx", "in_russia", "nato", "wed",
          "'Ein hoher Nato-Vertreter sagte am Mittwoch in Brüssel' (21 May), Konjunktiv: "
          "'weiterhin' in Russia (still, not an increment)"),
        C("Tausende", None, "vague", "casualties", "unattributed", "pub",
          "the page's own framing, no source (required): young men from the North who died in a "
          "foreign war"),
    ),
)


S06 = Source(
    article_id="y176_06_rundbrief_eissegler_duemmer_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Eissegler-Gemeinschaft Dümmer e.V., Lembruch – Rundbrief",
        "https://www.eissegler-duemmer.example/rundbrief/2025-02",
        "Rundbrief Februar: Eis auf dem Dümmer und Mykolas Cousin",
    ),
    features="an ice-sailing club's circular from Lembruch on the Dümmer (Lower Saxony) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, Friday) and a "
        "title without a figure, `„“`; ice thickness, sleds, top speed, the minimum ice and the "
        "fees first; a welder from Dnipro relaying his cousin, a drone pilot in the Kursk region "
        "('Gestern Abend habe sich der Cousin gemeldet, berichtet Mykola', Konjunktiv carried) the "
        "unit size `zehn bis fünfzehn Mann` (not a claim), `an die 400` 'insgesamt' before his "
        "sector (approx, near the front) and `27` put out of action 'in der vergangenen Woche' "
        "(casualties; the period inside the message is not the claim date; both other, from the "
        "day before to publication); a dentist born in Sokcho who 'hält es für möglich' `5.000 bis "
        "8.000` 'weitere' in spring (range, increment, planned, other, `pub`); Zelensky who 'sagte "
        "am Montag' `fast 4.000` killed or wounded ('fast' as approx); the NIS findings 'die am "
        "Mittwoch bekannt wurden' `rund 11.000` no longer seen at the front since late January (in "
        "Russia, not near the front); 'Aus dem US-Außenministerium hieß es' `mehrere tausend` "
        "retrained in Russia (vague, `pub`); 'Nach Einschätzung der Nato' `etwa 1.000` fallen "
        "(`pub`); the Kremlin's denial without a figure; centimetres, sleds, km/h, euros, years, "
        "dates, times, a phone number",
    text="""\
---
title: "Rundbrief Februar"
verein: Eissegler-Gemeinschaft Dümmer e.V., Lembruch
---

# Rundbrief Februar

Liebe Eisseglerinnen und Eissegler,

es hat gereicht! Am vergangenen Wochenende trug das Eis auf dem Dümmer zum ersten Mal seit 2021; \
an der Messstelle vor Lembruch waren es 14 Zentimeter. 31 Schlitten waren draußen, der schnellste \
DN wurde mit 72 Kilometern pro Stunde gemessen. Freigegeben wird das Eis nur ab 12 Zentimetern, \
also achtet bitte weiter auf den Aushang am Hafen. Der Jahresbeitrag bleibt bei 45 Euro, für \
Jugendliche bei 15 Euro.

## Mykola und sein Cousin

Mykola Lysenko, 33, aus Dnipro arbeitet als Schweißer bei einer Bootswerft in Hüde und hat sich im \
Winter seinen ersten Schlitten selbst gebaut. Sein Cousin steuert Drohnen für eine Einheit im \
Gebiet Kursk. Gestern Abend habe sich der Cousin gemeldet, berichtet Mykola. Die Nordkoreaner \
griffen inzwischen in kleinen Trupps von zehn bis fünfzehn Mann an, oft nachts; vor seinem \
Abschnitt seien es insgesamt [[an die 400]]. Allein in der vergangenen Woche habe seine Einheit \
[[27]] von ihnen ausgeschaltet. „Er sagt, sie laufen nicht weg, auch wenn sie die Drohne hören“, \
erzählt Mykola.

## Gast auf dem Eis

Jeon Hye-rim, 51, Zahnärztin in Diepholz und geboren in Sokcho, saß am Sonntag zum ersten Mal in \
einem Schlitten. Sie hält es für möglich, dass Pjöngjang im Frühjahr [[5.000 bis 8.000]] weitere \
Männer schickt. „Kim braucht das Geld, Putin braucht die Soldaten“, sagt sie.

## Was in der Zeitung stand

Präsident Selenskyj sagte am Montag, bei Kursk seien bislang [[fast 4.000]] Nordkoreaner getötet \
oder verwundet worden. Nach Erkenntnissen des südkoreanischen Geheimdienstes, die am Mittwoch \
bekannt wurden, sind die [[rund 11.000]] Soldaten aus dem Norden seit Ende Januar nicht mehr an \
der Front gesehen worden. Aus dem US-Außenministerium hieß es, [[mehrere tausend]] von ihnen \
würden in Russland neu ausgebildet. Nach Einschätzung der Nato sind bisher [[etwa 1.000]] \
Nordkoreaner gefallen. Der Kreml bestreitet weiterhin, dass überhaupt Nordkoreaner im Land sind.

Nächstes Treffen: Samstag, 1. März, 18 Uhr im Vereinsheim am Hafen. Telefonkette über Heiko \
Brüning, 05447 921 33.
""",
    claims=(
        C("an die 400", 400, "approx", "near_front", "other", "yday..pub",
          "a welder from Dnipro relaying his cousin, a drone pilot in the Kursk region ('Gestern "
          "Abend habe sich der Cousin gemeldet, berichtet Mykola', Konjunktiv; the speaker quoted: "
          "other): 'insgesamt' before his sector ('an die' as approx; the unit size 'zehn bis "
          "fünfzehn Mann' just before is not a claim; from the day before, 13 February, to "
          "publication)"),
        C("27", 27, "exact", "casualties", "other", "yday..pub",
          "same call, Konjunktiv carried: put out of action 'in der vergangenen Woche' (a period "
          "inside the message, not the claim date)"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "pub",
          "a dentist born in Sokcho, 'Sie hält es für möglich' (undated): 'weitere' men sent in "
          "spring ('weitere' after the span: increment, planned)", add=True),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "'Präsident Selenskyj sagte am Montag' (10 February): killed or wounded near Kursk "
          "('fast' as approx)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'Nach Erkenntnissen des südkoreanischen Geheimdienstes, die am Mittwoch bekannt wurden' "
          "(12 February): no longer seen at the front since late January (withdrawn from the "
          "front: in Russia, as in earlier sets)"),
        C("mehrere tausend", None, "vague", "in_russia", "united_states", "pub",
          "'Aus dem US-Außenministerium hieß es' (undated), Konjunktiv: retrained in Russia"),
        C("etwa 1.000", 1000, "approx", "casualties", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): fallen"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Harstine Island, Frenchboro, Isle of Palms)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="y176_07_pump_truck_notes_septic_harstine_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-04-09"),
    dated_by="front_matter",
    features="a septic pumping service's customer notes from Harstine Island (Mason County, "
        "Washington) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a "
        "title without a figure, straight quotes; tanks pumped, gallons, the pump-out price, the "
        "inspection rule and minutes spent digging for a lid first; a hose hand from Zaporizhzhia "
        "relaying his brother, a sapper with an assault unit in the Kursk region ('The brother "
        "phoned him Saturday from a field hospital, Andriy said, and told him that') `some 70` "
        "rushing a freshly mined trench line (approx, near the front) and `eleven` who 'never got "
        "up again' (number word, casualties; both other, from Saturday to publication); a retired "
        "nurse born in Gimhae who 'reckons' `well over 20,000` by the end of the year (at_least, "
        "planned, other, `pub`); 'In a closed briefing on Monday, South Korea's spy agency told "
        "lawmakers' `roughly 4,700` casualties; a U.S. general who 'told a Senate committee last "
        "week' `between 11,000 and 12,000` in Russia (range; the span takes 'between'); 'According "
        "to Ukraine's military intelligence' 'another' `3,000` by summer (increment, planned, "
        "`pub`); tanks, gallons, dollars, years, minutes, ages, years, a phone number",
    text="""\
---
title: "Pump Truck Notes, April"
date: 2025-04-09
company: Pickering Passage Septic & Pumping, Harstine Island
---

# Pump Truck Notes, April

Spring is our busy season, and the truck has crossed the bridge every weekday since March 17. We \
pumped 58 tanks in March, the largest a 1,500-gallon tank at the north end. A standard pump-out is \
still $425, and Mason County wants gravity systems inspected every three years. Please mark your \
lid with a stake before we come; last week we dug for 40 minutes to find one.

## Behind the hose

Andriy Melnyk, 31, from Zaporizhzhia, has run our hose and our shovel since January. His older \
brother is a sapper with an assault unit in the Kursk region. The brother phoned him Saturday from \
a field hospital, Andriy said, and told him that [[some 70]] North Koreans had tried to rush a \
trench line his unit had just mined, and that [[eleven]] of them never got up again.

## A customer's estimate

Grace Yoo, 66, a retired nurse born in Gimhae, has had her tank pumped by us since 2009. She \
reckons Pyongyang will have sent [[well over 20,000]] men to Russia by the end of the year.

## In the news

In a closed briefing on Monday, South Korea's spy agency told lawmakers that North Korean \
casualties had climbed to [[roughly 4,700]]. A U.S. general told a Senate committee last week that \
Pyongyang had [[between 11,000 and 12,000]] troops in Russia. According to Ukraine's military \
intelligence, another [[3,000]] could arrive by summer.

Call the office at (360) 555-0142 to get on the schedule.
""",
    claims=(
        C("some 70", 70, "approx", "near_front", "other", "sat..pub",
          "a hose hand from Zaporizhzhia relaying his brother, a sapper in the Kursk region ('The "
          "brother phoned him Saturday from a field hospital, Andriy said, and told him that'; the "
          "speaker quoted: other): tried to rush a trench line his unit had just mined (from "
          "Saturday, 5 April, to publication)"),
        C("eleven", 11, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that': never got up again (number word)"),
        C("well over 20,000", 20000, "at_least", "planned", "other", "pub",
          "a retired nurse born in Gimhae, 'She reckons' (undated): will have been sent to Russia "
          "by the end of the year ('well over' as at_least; a forecast of a total: planned)"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "'In a closed briefing on Monday, South Korea's spy agency told lawmakers' (7 April): "
          "casualties"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "united_states", "lastweek",
          "'A U.S. general told a Senate committee last week': troops in Russia (the span takes "
          "'between')"),
        C("3,000", 3000, "exact", "planned", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): 'another' could arrive by "
          "summer (increment, planned; span without 'another')", add=True),
    ),
)


S08 = Source(
    article_id="y176_08_island_notes_realty_harstine_island_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-24"),
    dated_by="html_meta",
    features="a real estate office's market page from Harstine Island (Mason County, Washington) "
        "in HTML, UTF-8 with BOM, `article:published_time` -07:00 (Wednesday), an `og:title` "
        "repeating the headline (optional), a cookie bar about saved listings, a listings script "
        "with a ZIP code, navigation, entities (`&ldquo;`, `&rdquo;`, `&rsquo;`, `&middot;`), a "
        "footer with a ZIP code and a phone number; `<title>` without a figure; homes sold "
        "(`Nineteen`, `Fourteen` as number words), median prices, a percentage, listings and days "
        "on the market first; the headline's `the 6,000 Seoul says are on their way` from the NIS "
        "briefing of Friday (that day to publication, exact, planned, increment); an office "
        "assistant from Lutsk relaying her husband, in a mortar crew on the Sumy border ('He "
        "messaged her on Sunday, she said, to tell her that') `several dozen` digging trenches "
        "across the border (vague, near the front) and `two` killed by a drone 'the night before' "
        "(number word, casualties; both other, from Sunday to publication); a cabin buyer who grew "
        "up in Ulsan and 'is convinced' `more than 15,000` put into Russia since last fall "
        "(at_least, in Russia, other, `pub`); the NIS which 'told lawmakers on Friday' `about "
        "6,000` 'more' soldiers and builders (increment, planned) and 'In the same briefing' "
        "`around 2,000` dead; Moscow's defense ministry which 'announced on Monday' `1,000` "
        "sappers still clearing farmland in the Kursk region (near the front, not an increment); "
        "NATO's secretary general who 'said last week' `thousands` dead or wounded (vague); homes, "
        "dollars, a percentage, listings, days, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Island Notes, Fall 2025 | Harstine Shore Realty</title>
<meta property="og:title" content="Fall market notes, and the [[6,000]] Seoul says are on their \
way">
<meta property="article:published_time" content="2025-09-24T08:00:00-07:00">
<script>window.listings = {active: 14, pending: 3, zip: "98584"};</script>
</head>
<body>
<div class="cookie-bar">We use one cookie to remember the listings you saved. <a href="#">Fine by \
me</a></div>
<nav><a href="/">Home</a> | <a href="/listings">Listings</a> | <a href="/sold">Sold</a> | <a \
href="/notes">Island Notes</a></nav>
<main>
<h1>Fall market notes, and the [[6,000]] Seoul says are on their way</h1>
<p>Nineteen homes changed hands on Harstine Island between June and August, four more than last \
summer. The median waterfront sale was $912,000, about 6 percent above last year, and cabins on \
the interior lots went for a median of $438,000. Fourteen listings are active today, three are \
pending, and the oldest has sat for 71 days. Septic and well reports are now expected before an \
offer is accepted, so ask us for the checklist.</p>
<h2>New in the office</h2>
<p>Iryna Savchuk, 38, a former bank clerk from Lutsk, joined us in June and has already learned \
every shortcut between the bridge and the north end. Her husband serves in a mortar crew on the \
Sumy border. He messaged her on Sunday, she said, to tell her that [[several dozen]] North Korean \
soldiers were digging trenches on the far side of the border, opposite his village, and that \
[[two]] of them had been killed by a Ukrainian drone the night before. &ldquo;He says they never \
stop digging,&rdquo; she said.</p>
<h2>A buyer&rsquo;s view</h2>
<p>Sam Ahn, 62, grew up in Ulsan and closed on a cabin off the island&rsquo;s east shore in \
August. He is convinced Kim has put [[more than 15,000]] men into Russia since last fall.</p>
<h2>The news this week</h2>
<p>South Korea&rsquo;s National Intelligence Service told lawmakers on Friday that Pyongyang was \
preparing [[about 6,000]] more soldiers and builders for Russia. In the same briefing, the agency \
put North Korean deaths at [[around 2,000]]. Moscow&rsquo;s defense ministry announced on Monday \
that its [[1,000]] sappers from the North had not yet finished clearing the Kursk region&rsquo;s \
farmland. NATO&rsquo;s secretary general said last week that the North had lost [[thousands]] of \
men, dead or wounded.</p>
</main>
<footer>Harstine Shore Realty &middot; E. Harstine Island Rd. &middot; Shelton, WA 98584 &middot; \
(360) 555-0176 &middot; Equal Housing Opportunity</footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "south_korea", "fri..pub",
          "og:title repeating the headline (page metadata): optional", add=True, opt=True),
        C("6,000", 6000, "exact", "planned", "south_korea", "fri..pub",
          "headline ('the 6,000 Seoul says are on their way'): the NIS figure of the body ('told "
          "lawmakers on Friday', 19 September), that day to publication, hedge dropped: 'more' "
          "soldiers and builders being prepared (increment, planned)", add=True),
        C("several dozen", None, "vague", "near_front", "other", "sun..pub",
          "an office assistant from Lutsk relaying her husband, in a mortar crew on the Sumy "
          "border ('He messaged her on Sunday, she said, to tell her that'; the speaker quoted: "
          "other): digging trenches on the far side of the border, opposite his village (from "
          "Sunday, 21 September, to publication)"),
        C("two", 2, "exact", "casualties", "other", "sun..pub",
          "same message, 'and that': killed by a Ukrainian drone 'the night before' (the event, "
          "not the claim date; number word)"),
        C("more than 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a cabin buyer who grew up in Ulsan, 'He is convinced' (undated): put into Russia 'since "
          "last fall' (a total over a period, not an increment)"),
        C("about 6,000", 6000, "approx", "planned", "south_korea", "fri",
          "'South Korea's National Intelligence Service told lawmakers on Friday' (19 September): "
          "'more' soldiers and builders Pyongyang was preparing for Russia (increment, planned)",
          add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "fri",
          "'In the same briefing, the agency put North Korean deaths at' (the claimant and day "
          "carried)"),
        C("1,000", 1000, "exact", "near_front", "russia", "mon",
          "'Moscow's defense ministry announced on Monday' (22 September): sappers from the North "
          "who 'had not yet finished clearing' the Kursk region's farmland (near the front; not an "
          "increment)"),
        C("thousands", None, "vague", "casualties", "nato", "lastweek",
          "'NATO's secretary general said last week': men lost, dead or wounded"),
    ),
)


S09 = Source(
    article_id="y176_09_wreath_letter_balsam_frenchboro_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-12-04"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Long Island Balsam, Frenchboro – Wreath Letter",
        "https://www.longislandbalsam.example/letters/2024-12",
        "Wreath season, a two-boat week, and the Pentagon's 10,000",
    ),
    features="a balsam wreath maker's customer letter from Frenchboro on Long Island (Maine) in "
        "Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with `date:` as "
        "well as the sidecar (Wednesday) and a title repeating the headline (optional); the "
        "headline's `the Pentagon's 10,000` from the Pentagon's 'more than 10,000' of Monday (that "
        "day to publication, exact, near the front); wreaths shipped, sizes in inches, prices, an "
        "order deadline and ferry days first; a wreath maker from Mykolaiv relaying her son, an "
        "infantryman in the Kursk region ('She heard from him on Friday, she said.' and 'he told "
        "her' after the figure) `roughly 500` moving up behind the Russian lines (approx, near the "
        "front) and `fifteen` killed or captured (number word, casualties; both other, from Friday "
        "to publication); a summer customer born in Pohang who 'expects' Kim 'to double his force "
        "in Russia to' `about 20,000` by spring (approx, planned, a new total, not an increment; "
        "other, `pub`); the Pentagon which 'On Monday … put the number of … troops deployed in "
        "Russia's Kursk region at' `more than 10,000`; Seoul's spy agency which 'told lawmakers "
        "last week' `a few hundred` killed or wounded (vague); the letter's own `thousands` of "
        "North Korean boys in trenches this winter (unattributed, near the front, required); "
        "wreaths, inches, dollars, dates, ages, a ferry's trips",
    text="""\
---
title: "Wreath season, a two-boat week, and the Pentagon's [[10,000]]"
date: 2024-12-04
from: Long Island Balsam, Frenchboro, Maine
---

# Wreath season, a two-boat week, and the Pentagon's [[10,000]]

Dear friends and customers,

Since the first of November we have tipped, tied and shipped 1,140 balsam wreaths, every one of \
them made from fir cut on the back side of the island. The 22-inch classic is still $48 with \
shipping and the 36-inch door wreath $85. Orders placed by December 12 should reach the mainland \
post office in time for Christmas, weather allowing. The ferry runs only twice this week, so \
please be patient with your tracking numbers.

## At the bending table

Halyna Rudenko, 50, from Mykolaiv, came to Frenchboro with her daughter last winter and now bends \
rings faster than any of us. Her son is an infantryman with a brigade fighting inside the Kursk \
region. She heard from him on Friday, she said. His company had watched [[roughly 500]] North \
Koreans move up behind the Russian lines, he told her, and [[fifteen]] of them had been killed or \
captured in their first clash with his platoon.

## Our best summer customer

Peter Kang, 59, a marine biologist born in Pohang who spends his summers on the east side of the \
island, ordered nine wreaths this year. He expects Kim to double his force in Russia to [[about \
20,000]] by spring.

## From the mainland papers

On Monday the Pentagon put the number of North Korean troops deployed in Russia's Kursk region at \
[[more than 10,000]], many of them already in combat. Seoul's spy agency told lawmakers last week \
that [[a few hundred]] had been killed or wounded. Whatever the true count, [[thousands]] of North \
Korean boys will spend this winter in trenches a long way from home.

Thank you for keeping a small island working through the dark months.

-- Ellen and Tom Dunham
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline ('the Pentagon's 10,000'): the Pentagon's figure of the body ('said on "
          "Monday', 2 December), that day to publication, hedge dropped: in the Kursk region"),
        C("roughly 500", 500, "approx", "near_front", "other", "fri..pub",
          "a wreath maker from Mykolaiv relaying her son, an infantryman in the Kursk region ('She "
          "heard from him on Friday, she said.', 'he told her' after the figure; the speaker "
          "quoted: other): moving up behind the Russian lines (from Friday, 29 November, to "
          "publication)"),
        C("fifteen", 15, "exact", "casualties", "other", "fri..pub",
          "same message, 'and': killed or captured in their first clash with his platoon (number "
          "word; the clash is the event)"),
        C("about 20,000", 20000, "approx", "planned", "other", "pub",
          "a summer customer born in Pohang, 'He expects Kim to double his force in Russia to' "
          "(undated): a forecast of a new total, planned ('double … to' names the total, not an "
          "increment)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "mon",
          "'On Monday the Pentagon put the number of North Korean troops deployed in Russia's "
          "Kursk region at' (2 December; 'put the number … at'): many already in combat"),
        C("a few hundred", None, "vague", "casualties", "south_korea", "lastweek",
          "'Seoul's spy agency told lawmakers last week': killed or wounded"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing, 'Whatever the true count' (no source: unattributed, "
          "required): North Korean boys spending the winter in trenches"),
    ),
)


S10 = Source(
    article_id="y176_10_letters_lookout_frenchboro",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-08-21"),
    dated_by="sidecar",
    sidecar=(
        "The Long Island Lookout, Frenchboro – Letters",
        "https://www.longislandlookout.example/letters/2025-08-21",
        "Letters: the harbor float, a new school roof and word from the Sumy front",
    ),
    features="a readers' letters page from a Frenchboro island monthly (Long Island, Maine) as "
        "plain text, windows-1252 (sidecar, Thursday), `–` and straight quotes; letters on the "
        "Lunt Harbor float and the school roof without a claim (boats, weeks, volunteers, dollars, "
        "pupils); a reader relaying her son-in-law, an armored ambulance driver on the Sumy front "
        "('He wrote to my daughter on Tuesday. He wrote that …, and that') `more than 200` moved "
        "into the villages across from his brigade (at_least, near the front) and `a few` taken "
        "prisoner since the start of the month (vague, casualties; both other, from Tuesday to "
        "publication); a reader answering the paper's own issue ('Your July 31 issue said') "
        "`15,000` sent to Russia (unattributed, required, that day), the Pentagon which 'said last "
        "week' `up to 6,000` 'more' on the way (at_most, increment, planned), Ukraine's "
        "intelligence chief who 'said on Monday' `about 2,000` killed, and North Korean state "
        "television which 'showed Kim on Sunday laying flowers for' `hundreds` who died "
        "(north_korea); a reader relaying her cousin in Gwangju who 'is sure' Pyongyang will keep "
        "`at least 10,000` in Russia through the winter (planned, other, `pub`); 'I figure' "
        "without a figure; boats, weeks, dollars, pupils, dates",
    text="""\
THE LONG ISLAND LOOKOUT – LETTERS

Leave the float in until October

Every year the town pulls the Lunt Harbor float the week after Labor Day. Last fall that left nine \
boats on moorings and nobody with a dry way ashore for three weeks. The float can stay in until \
October 1 without any harm. – Martha Dunham, Frenchboro

Thank you, roof crew

Six volunteers spent two weekends in July re-shingling the school roof, and the town saved at \
least $7,000. The school will open this fall with seven pupils, up from four. – Ben Crowley, \
Frenchboro

A letter from the Sumy front

My son-in-law Oleksandr drives an armored ambulance for a brigade on the Sumy front. He wrote to \
my daughter on Tuesday. He wrote that [[more than 200]] North Koreans had been moved into the \
villages across from his brigade, and that [[a few]] had been taken prisoner since the start of \
the month. We read his letters out loud at the kitchen table. – Nadia Kowalski Grant, Frenchboro

Your July 31 issue

Your July 31 issue said [[15,000]] North Koreans had been sent to Russia. That number is stale. \
The Pentagon said last week that [[up to 6,000]] more are on the way, and Ukraine's intelligence \
chief said on Monday that [[about 2,000]] have been killed. North Korean state television showed \
Kim on Sunday laying flowers for [[hundreds]] of soldiers who died in the Kursk region. – Walt \
Hendrick, Frenchboro

A cousin in Gwangju

My cousin in Gwangju teaches at a middle school near an army base. She is sure Pyongyang will keep \
[[at least 10,000]] men in Russia through the winter, whatever anyone says about peace talks. I \
figure she knows more than the cable news does. – Joanne Park Abbott, Frenchboro
""",
    claims=(
        C("more than 200", 200, "at_least", "near_front", "other", "tue..pub",
          "a reader relaying her son-in-law, an armored ambulance driver on the Sumy front ('He "
          "wrote to my daughter on Tuesday. He wrote that'; the speaker quoted: other): moved into "
          "the villages across from his brigade (from Tuesday, 19 August, to publication)"),
        C("a few", None, "vague", "casualties", "other", "tue..pub",
          "same letter, 'and that': taken prisoner 'since the start of the month' (a period)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-07-31",
          "a reader citing the paper's own issue ('Your July 31 issue said', as 'Your December 5 "
          "story' of corpus_blind174): unattributed, required, that day"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "lastweek",
          "same letter, 'The Pentagon said last week': 'more' on the way (increment, planned; 'up "
          "to' as at_most)", add=True),
        C("about 2,000", 2000, "approx", "casualties", "ukraine", "mon",
          "same letter, 'Ukraine's intelligence chief said on Monday' (18 August): killed"),
        C("hundreds", None, "vague", "casualties", "north_korea", "sun",
          "same letter, 'North Korean state television showed Kim on Sunday laying flowers for' "
          "(17 August): soldiers who died in the Kursk region"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "a reader relaying her cousin in Gwangju, 'She is sure' (undated; the speaker quoted: "
          "other): Pyongyang will keep them in Russia through the winter (a forecast: planned; "
          "'keep' is no increment)"),
    ),
)


S11 = Source(
    article_id="y176_11_paddleboard_wire_isle_of_palms",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-14"),
    dated_by="dateline",
    features="an agency-style wire report from a stand-up paddleboard race at Isle of Palms (South "
        "Carolina) as plain text, UTF-8, slug line, headline without a figure, byline and dateline "
        "'ISLE OF PALMS, S.C., June 14, 2025 (Palmetto Coast Wire) —' (Saturday), straight quotes "
        "and em dashes; paddlers, miles, minutes, a winner's age and the dollars raised first; a "
        "physical therapist from Poltava relaying her fiancé, a drone pilot near the Kursk border "
        "('He called on Thursday, she said, and told her that') `a few hundred` rotated into "
        "positions across the border (vague, near the front; 'rotated' is no increment) and `at "
        "least 20` hit by his unit (at_least, casualties; both other, from Thursday to "
        "publication); an orthopedic surgeon born in Incheon, 'By his count' `nearly 20,000` sent "
        "since last fall (approx, in Russia, other, `pub`); NATO's supreme commander in Europe who "
        "'said on Wednesday' `about 11,000` who 'remained' in Russia; Ukraine's military "
        "intelligence which 'puts North Korean dead and wounded at' `more than 5,000` (`pub`); "
        "North Korean state media which 'reported' 'On Monday' posthumous medals for `some 200` "
        "killed (north_korea); South Korea's defense ministry which 'said on Tuesday' `several "
        "thousand` 'more' being readied (vague, increment, planned); Russia's losses, paddlers, "
        "miles, minutes, dollars, ages, years, a desk phone number",
    text="""\
PADDLEBOARD-SOUTHCAROLINA/KOREA

Stand-up paddlers race the surf at Isle of Palms as one Ukrainian racer listens for news from the \
Kursk border

By Dana Whitfield

ISLE OF PALMS, S.C., June 14, 2025 (Palmetto Coast Wire) — A record 164 stand-up paddlers raced a \
6-mile course from Breach Inlet to the Isle of Palms pier on Saturday, and a 17-year-old from the \
island won the elite class in 58 minutes. Organizers said entry fees and sponsors raised $31,500 \
for a marine science camp for local children.

Viktoriia Marchenko, 29, a physical therapist from Poltava who moved to the area in 2023, finished \
fourth among the women. Her fiancé flies drones for a brigade near the Kursk border. He called on \
Thursday, she said, and told her that [[a few hundred]] North Korean soldiers had rotated into \
positions across the border in recent weeks, and that his unit had hit [[at least 20]] of them. "I \
race so I do not sit by the phone all day," she said.

Joon Park, 45, an orthopedic surgeon born in Incheon, paddled the recreational course with his two \
daughters. By his count, Pyongyang has sent [[nearly 20,000]] soldiers to Russia since last fall.

NATO's supreme commander in Europe said on Wednesday that [[about 11,000]] North Koreans remained \
inside Russia. Ukraine's military intelligence puts North Korean dead and wounded at [[more than \
5,000]], while Russia's own losses run at roughly 1,000 men a day. On Monday, North Korean state \
media reported that Kim Jong Un had awarded posthumous medals to [[some 200]] soldiers killed in \
the Kursk region. South Korea's defense ministry said on Tuesday that [[several thousand]] more \
were being readied for Russia.

The organizers plan a night race under lights next June.

(Reporting by Dana Whitfield; editing by Carl Ostrowski; Palmetto Coast Wire desk 843-555-0129)
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "thu..pub",
          "a physical therapist from Poltava relaying her fiancé, a drone pilot near the Kursk "
          "border ('He called on Thursday, she said, and told her that'; the speaker quoted: "
          "other): rotated into positions across the border 'in recent weeks' (a period; 'rotated' "
          "is no increment; from Thursday, 12 June, to publication)"),
        C("at least 20", 20, "at_least", "casualties", "other", "thu..pub",
          "same call, 'and that': hit by his unit"),
        C("nearly 20,000", 20000, "approx", "in_russia", "other", "pub",
          "an orthopedic surgeon born in Incheon, 'By his count' (undated): sent to Russia 'since "
          "last fall' ('nearly' as approx; a total over a period)"),
        C("about 11,000", 11000, "approx", "in_russia", "nato", "wed",
          "'NATO's supreme commander in Europe said on Wednesday' (11 June): 'remained' inside "
          "Russia (not an increment)"),
        C("more than 5,000", 5000, "at_least", "casualties", "ukraine", "pub",
          "'Ukraine's military intelligence puts North Korean dead and wounded at' (undated, "
          "present); Russia's own losses a day in the same sentence are not a claim"),
        C("some 200", 200, "approx", "casualties", "north_korea", "mon",
          "'On Monday, North Korean state media reported' (9 June): posthumous medals for soldiers "
          "killed in the Kursk region"),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "'South Korea's defense ministry said on Tuesday' (10 June): 'more' being readied for "
          "Russia (increment, planned)", add=True),
    ),
)


S12 = Source(
    article_id="y176_12_rolling_notes_beach_wheelchairs_isle_of_palms_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-29"),
    dated_by="sidecar",
    sidecar=(
        "Sand Access Isle of Palms – Rolling Notes",
        "https://www.sandaccessiop.example/notes/2025-season",
        "A season on the sand, and a volunteer's long week",
    ),
    features="a beach-wheelchair lending group's season notes from Isle of Palms (South Carolina) "
        "in HTML, windows-1252 with raw `’`, `“”`, `–` and `·`, no meta date (sidecar, Wednesday; "
        "the sidecar title repeats the headline), a cookie note about the reservation form, a "
        "fleet script, navigation, a footer with a ZIP code and a phone number; `<title>` and "
        "headline without a figure; deliveries, chairs, beach walkers, a deposit, a family's years "
        "of summer rentals and the last delivery date first; a former schoolteacher from Uzhhorod "
        "relaying her nephew, a combat engineer on the Sumy border ('He called her on Sunday, she "
        "said. He told her that …, and that') `a hundred or so` lifting mines across the border "
        "(approx with a number word, near the front) and `three` killed by a mine (number word, "
        "casualties; both other, from Sunday to publication); a retired pediatrician born in "
        "Suncheon who 'believes' `some 10,000` 'more' before the war is over (increment, planned, "
        "other, `pub`); sentence-initial `Roughly 10,000` who 'remain' posted along Russia's "
        "border regions, the claimant after the figure ('…, South Korea's Joint Chiefs of Staff "
        "said on Friday'; near the front, not an increment); the Kremlin which 'said earlier this "
        "month' `5,000` builders arrived in the Kursk region (russia, near the front, the 1st to "
        "publication); a Pentagon spokeswoman who 'said Tuesday' `as many as 2,500` dead "
        "(at_most); 'Reports elsewhere put the toll at' `around 2,000` (no named source: "
        "unattributed, required); deliveries, chairs, walkers, dollars, years, dates, ages, a ZIP "
        "code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Rolling Notes – Sand Access Isle of Palms</title>
<script>var fleet = {chairs: 14, walkers: 6, deposit: 50};</script>
</head>
<body>
<div class="cookie">We keep one cookie so the reservation form remembers your dates. <a \
href="#">Got it</a></div>
<nav><a href="/">Home</a> · <a href="/reserve">Reserve a chair</a> · <a \
href="/volunteer">Volunteer</a> · <a href="/notes">Rolling Notes</a></nav>
<main>
<h1>A season on the sand, and a volunteer’s long week</h1>
<p>Between April and October our volunteers delivered beach wheelchairs 612 times, from the county \
park to the last access path before the inlet. The fleet has grown to 14 chairs with balloon tires \
and six beach walkers, two of them donated this summer by a family that has rented the same house \
every August since 1998. Loans remain free; a refundable $50 deposit holds a chair for up to a \
week. The season’s last deliveries are on November 2.</p>
<h2>Volunteer of the season</h2>
<p>Yuliia Tkachenko, 46, a former schoolteacher from Uzhhorod, has pushed more chairs across soft \
sand than anyone on the crew. Her nephew is a combat engineer with a brigade on the Sumy border. \
He called her on Sunday, she said. He told her that [[a hundred or so]] North Koreans had been \
lifting mines in the fields across the border, and that [[three]] had died when one went off under \
them. “He sounds older every time,” she said.</p>
<h2>New on the crew</h2>
<p>Grace Lim, 68, a retired pediatrician born in Suncheon, started driving our delivery cart in \
July. She believes Pyongyang will send [[some 10,000]] more before the war is over.</p>
<h2>Elsewhere</h2>
<p>[[Roughly 10,000]] soldiers from the North remain posted along Russia’s border regions, South \
Korea’s Joint Chiefs of Staff said on Friday. The Kremlin said earlier this month that [[5,000]] \
North Korean military builders had arrived in the Kursk region. A Pentagon spokeswoman said \
Tuesday that [[as many as 2,500]] North Koreans had died in the fighting. Reports elsewhere put \
the toll at [[around 2,000]].</p>
</main>
<footer>Sand Access Isle of Palms · Isle of Palms, SC 29451 · (843) 555-0193 · Chairs by \
reservation only</footer>
</body>
</html>
""",
    claims=(
        C("a hundred or so", 100, "approx", "near_front", "other", "sun..pub",
          "a former schoolteacher from Uzhhorod relaying her nephew, a combat engineer on the Sumy "
          "border ('He called her on Sunday, she said. He told her that'; the speaker quoted: "
          "other): lifting mines in the fields across the border ('or so' as approx, number word "
          "100; from Sunday, 26 October, to publication)"),
        C("three", 3, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': died when a mine went off (number word)"),
        C("some 10,000", 10000, "approx", "planned", "other", "pub",
          "a retired pediatrician born in Suncheon, 'She believes' (undated): 'more' to be sent "
          "before the war is over (increment, planned)", add=True),
        C("Roughly 10,000", 10000, "approx", "near_front", "south_korea", "fri",
          "sentence-initial, the claimant after the figure ('…, South Korea's Joint Chiefs of "
          "Staff said on Friday', 24 October): 'remain' posted along Russia's border regions "
          "('remain', not an increment)"),
        C("5,000", 5000, "exact", "near_front", "russia", "2025-10-01..pub",
          "'The Kremlin said earlier this month' (the 1st to publication): military builders "
          "arrived in the Kursk region (near the front, as builders in Kursk in earlier sets)"),
        C("as many as 2,500", 2500, "at_most", "casualties", "united_states", "tue",
          "'A Pentagon spokeswoman said Tuesday' (28 October): died in the fighting ('as many as' "
          "as at_most)"),
        C("around 2,000", 2000, "approx", "casualties", "unattributed", "pub",
          "'Reports elsewhere put the toll at' (no named source: unattributed, required, as "
          "unnamed reports in earlier sets)"),
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
