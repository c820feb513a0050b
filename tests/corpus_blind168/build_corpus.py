"""Build the HUNDRED-AND-SIXTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventieth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a village
renewal association's letter from Gerolding in the Dunkelsteinerwald (Austrian conventions) with a
former village clerk from near Zhytomyr and a viola player from Daejeon, a toy library's summer
letter from Konolfingen in the Kiesental (Swiss conventions) with a kindergarten teacher from
Konotop and a mother from Seoul, a cherry festival committee's letter from Glems below the Swabian
Alb with a picker from Uman and a cook from Jeonju, a broom tavern's guest letter from Glems with a
kitchen hand from Ternopil and a retired chemist from Gyeongju, a lentil growers' circle's letter
from Buttenhausen in the Großes Lautertal with an agronomist from near Kharkiv and a cook from
Gangneung, and a hay hotel's guest letter from Bichishausen in the Großes Lautertal with a nurse
from Kremenchuk and a geography student from Sokcho; an agency-style wire report from the opening
of the lobster season at Lords Cove on Deer Island (New Brunswick) with a sternman from Berdiansk
and a lobster buyer born in Incheon, a Deer Island cemeteries association's newsletter with a
former librarian from Rivne and a retired minister whose parents came from Suwon, a readers'
letters page from a Bald Head Island (North Carolina) weekly with letters quoting a nephew near
Sumy and a brother-in-law in Jinju, a Bald Head Island croquet club's newsletter with a lawn keeper
from Chernivtsi and a retired cardiologist from Yeosu, the town clerk's bulletin of Gosnold on
Cuttyhunk (Massachusetts) with an electrician from Sumy and a retired economist from Mokpo, and a
Cuttyhunk harbor launch service's end-of-season notes with a deckhand from Chornomorsk and a
retired ship pilot whose family came from Tongyeong. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind168_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Dunkelsteinerwald, Kiesental, Glemstal, Großes Lautertal)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="n168_01_dorfbrief_dorferneuerung_gerolding_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="a village renewal association's letter from Gerolding in the Dunkelsteinerwald "
        "(Lower Austria) in Markdown, UTF-8 with CRLF, front matter with `date:` (Thursday) and a "
        "title without a figure, `„“`; Austrian conventions (`Jänner`, `Feber`, `heuer`, "
        "`Marterl`, `Presshaus`, `Obfrau`); volunteers, metres of dry-stone wall, cubic metres "
        "of gravel, lime trees, euros and per cent first; a former village clerk from near "
        "Zhytomyr relaying her son, a radio operator in the Kursk region ('Am Montag habe er sich "
        "… gemeldet, erzählt sie', Konjunktiv carried) `etwa achtzig` advancing with shovels "
        "(approx, number word, near the front) and `sieben` taken prisoner (number word, "
        "casualties; both other, from Monday to publication); a viola player from Daejeon 'geht "
        "davon aus' `an die 20.000` sent this year (approx, planned, other, `pub`); the NIS "
        "'erklärte am 12. Feber' `rund 300` fallen and `etwa 2.700` wounded (two figures of one "
        "count, neither an increment); 'Laut dem südkoreanischen Generalstab' 'weitere' `1.500` "
        "(increment, in Russia, `pub`); 'Nach Angaben des ukrainischen Militärgeheimdienstes von "
        "Anfang Feber' `bis zu 12.000` 'weiterhin' in the Kursk region (at_most, not an "
        "increment, days 1-10); 'Aus Brüssel hieß es vergangene Woche' `mehreren tausend` "
        "'zusätzlichen' (vague, increment, planned, nato, `lastweek`); Russia's losses a day, "
        "volunteers, metres, cubic metres, trees, euros, per cent, ages, dates, a phone number",
    text="""\
---
title: "Dorfbrief Feber 2025"
date: 2025-02-20
verein: Dorferneuerungsverein Gerolding
---

# Dorfbrief Feber 2025

**Neue Linden für den Kirchenplatz, ein Frühjahrsputz in der Kellergasse und ein Brief aus \
Kursk.**

Liebe Geroldingerinnen und Geroldinger,

der Jänner war nass, aber wir waren fleißig. Beim Arbeitseinsatz in der Kellergasse haben 26 \
Freiwillige an zwei Samstagen 140 Meter Trockensteinmauer von Brombeeren befreit, und der \
Bauhof hat uns 18 Kubikmeter Schotter für den Weg hinauf zum Aussichtspunkt geschenkt. Heuer \
pflanzen wir am Kirchenplatz vier junge Linden; jede kostet samt Baumschutz 1.150 Euro, das Land \
Niederösterreich übernimmt 60 Prozent. Für die neue Rastbank beim Marterl an der Straße nach \
Bergern hat die Gemeinde 2.300 Euro zugesagt.

## Mitglied des Monats: Larysa

Larysa Hrebeniuk, 49, war Gemeindesekretärin in einem Dorf bei Schytomyr und wohnt seit 2022 mit \
ihrer Mutter in Gerolding. Sie führt unsere Mitgliederliste und bringt zu jedem Arbeitseinsatz \
zwei Bleche Mohnstrudel mit. Ihr Sohn Bohdan ist Funker in einer Brigade im Gebiet Kursk. Am \
Montag habe er sich nach elf Tagen Funkstille gemeldet, erzählt sie. In einem Wäldchen vor seiner \
Stellung lägen [[etwa achtzig]] Nordkoreaner, die nachts mit Schaufeln Meter um Meter \
vorrückten. Bei einem einzigen Vorstoß habe seine Kompanie [[sieben]] von ihnen gefangen \
genommen. „Er schreibt, die sind jünger als er, und er ist dreiundzwanzig“, sagt Larysa.

## Ein Gast aus Daejeon

Seit dem Herbst verbringt Song Ji-ho, 38, Bratschist in einem Wiener Orchester, die Wochenenden \
in einem umgebauten Presshaus in Bergern. Beim Heckenschnitt im Jänner hat er kräftig \
mitgeholfen. Er geht davon aus, dass Pjöngjang heuer [[an die 20.000]] Mann nach Russland \
schickt. „Der Norden zahlt mit Soldaten für Erdöl und Raketentechnik“, meint er.

## Aus den Nachrichten

Der südkoreanische Geheimdienst erklärte am 12. Feber vor Abgeordneten in Seoul, von den \
Truppen des Nordens seien [[rund 300]] Soldaten gefallen und [[etwa 2.700]] verwundet worden. \
Laut dem südkoreanischen Generalstab hat Pjöngjang seit Jahresbeginn weitere [[1.500]] Soldaten \
nach Russland verlegt. Nach Angaben des ukrainischen Militärgeheimdienstes von Anfang Feber sind \
[[bis zu 12.000]] Nordkoreaner weiterhin im Gebiet Kursk im Einsatz. Aus Brüssel hieß es \
vergangene Woche, die Nato rechne bis zum Frühjahr mit [[mehreren tausend]] zusätzlichen \
Soldaten aus dem Norden. Die ukrainische Armee beziffert die Verluste der Russen derzeit auf \
mehr als 1.300 Mann am Tag.

## Termine

- Jahreshauptversammlung: Freitag, 7. März, 19 Uhr, Gasthaus an der Kirchengasse
- Lindenpflanzung: Samstag, 29. März, ab 8 Uhr, bitte Spaten mitbringen
- Obfrau Hermine Strohmayer, Telefon 0676 3318247
""",
    claims=(
        C("etwa achtzig", 80, "approx", "near_front", "other", "mon..pub",
          "a former village clerk from near Zhytomyr relaying her son, a radio operator in "
          "the Kursk region ('Am Montag habe er sich nach elf Tagen Funkstille gemeldet, erzählt "
          "sie', Konjunktiv; the speaker quoted: other): lying in a copse before his position and "
          "advancing with shovels (number word 80; from Monday, 17 February, to publication)"),
        C("sieben", 7, "exact", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried ('Bei einem einzigen Vorstoß habe seine Kompanie … "
          "gefangen genommen', the event, not the claim date): taken prisoner (number word)"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "a viola player from Daejeon, 'Er geht davon aus' (undated): to be sent to Russia this "
          "year ('heuer … schickt': a forecast, planned; 'an die' as approx; a total)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-02-12",
          "the NIS 'erklärte am 12. Feber vor Abgeordneten in Seoul': fallen"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "2025-02-12",
          "same statement, Konjunktiv: wounded (the other part of one count, not an increment)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "pub",
          "'Laut dem südkoreanischen Generalstab' (undated): 'weitere' soldiers moved to Russia "
          "since the start of the year (increment, span without the word; a period, not the "
          "claim date)", add=True),
        C("bis zu 12.000", 12000, "at_most", "near_front", "ukraine", "2025-02-01..2025-02-10",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes von Anfang Feber' (days 1-10): "
          "'weiterhin' in action in the Kursk region (still, not an increment)"),
        C("mehreren tausend", None, "vague", "planned", "nato", "lastweek",
          "'Aus Brüssel hieß es vergangene Woche, die Nato rechne … mit': 'zusätzlichen' soldiers "
          "by spring (vague, increment, planned)", add=True),
    ),
)


S02 = Source(
    article_id="n168_02_ludobrief_ludothek_konolfingen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-24"),
    dated_by="html_meta",
    features="a toy library's summer letter from Konolfingen in the Kiesental (canton of Bern) in "
        "HTML, ISO-8859-1 with raw «» and umlauts and dashes only as entities (`&ndash;`, "
        "`&middot;`), `<meta name=\"date\">` (Tuesday), a cookie note about the wish list, an "
        "opening-hours script with a date, navigation, a footer with a postcode and a phone "
        "number; Swiss conventions (`ss`, «», `2'140`, `25'000`, `1'000`, `5'000`, `15'000`, "
        "`4'000`); `<title>` and headline without a figure; loans, games, balance bikes, francs "
        "and the summer break first; a kindergarten teacher from Konotop relaying her husband, a "
        "mortar gunner at the Kursk border ('Am Samstag habe er ihr geschrieben, erzählt Iryna:', "
        "Konjunktiv carried) `zwischen 40 und 60` moved into the trenches opposite (range, the "
        "span takes 'zwischen', near the front) and `drei` captured two days before (number "
        "word, casualties; both other, from Saturday to publication); a mother from Seoul «Ich "
        "rechne damit, …», 'sagt sie' `mehr als 25'000` sent by the end of the year (at_least, "
        "planned, other, `pub`); 'Russland gab vergangene Woche bekannt' `1'000` deminers and "
        "`5'000` military builders (russia, planned, announced totals, not increments); 'Nach "
        "Angaben des südkoreanischen Geheimdienstes' `rund 15'000` sent since last autumn "
        "(`pub`); KCNA 'meldete am Freitag' the families of `Hunderten` fallen (north_korea); "
        "'Das Pentagon schätzt' `über 4'000` dead and wounded (`pub`); Russia's losses a day "
        "(`gegen 1'000`), loans, games, bikes, francs, ages, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Ludobrief Sommer 2025 &ndash; Ludothek Kiesental, Konolfingen</title>
<meta name="date" content="2025-06-24">
<script>var ausleihe = {dienstag: "15-18", samstag: "9-12", pauseAb: "2025-07-07"};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich nur, welche Spiele auf Ihrer Wunschliste stehen. \
<a href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/katalog">Spielkatalog</a> &middot; \
<a href="/mitglied">Mitglied werden</a> &middot; <a href="/ludobrief">Ludobrief</a></nav>
<main>
<h1>Sommerspiele aus dem Kiesental</h1>
<p>Liebe Ludothek-Familien</p>
<p>Im ersten Halbjahr haben Sie 2'140 Spiele, Fahrzeuge und Verkleidungen ausgeliehen, so viele \
wie noch nie. Neu im Regal stehen 85 Spiele, darunter ein Riesen-Mikado für Gartenfeste und drei \
Laufräder. Der Jahresbeitrag bleibt bei 30 Franken pro Familie; ein Spiel kostet für drei Wochen \
2 bis 6 Franken. Vom 7. Juli bis am 9. August ist die Ludothek geschlossen.</p>
<h2>Neu im Team: Iryna</h2>
<p>Iryna Sawtschenko, 44, war Kindergärtnerin in Konotop und lebt seit drei Jahren mit ihren \
Töchtern in Zäziwil. Jeden Samstag zählt sie bei uns die zurückgebrachten Puzzles Teil für Teil \
nach. Ihr Mann ist Mörserschütze an der Grenze zum Gebiet Kursk. Am Samstag habe er ihr \
geschrieben, erzählt Iryna: Auf der russischen Seite seien [[zwischen 40 und 60]] Nordkoreaner \
neu in die Gräben gegenüber eingerückt. Sie schössen auf alles, was fliege. Zwei Tage davor habe \
seine Einheit [[drei]] von ihnen gefangen genommen, einer sei kaum achtzehn gewesen.</p>
<h2>Eine Mutter aus Seoul</h2>
<p>Kim Hye-won, 36, kam vor sieben Jahren aus Seoul ins Kiesental und wohnt mit ihrem Mann und \
zwei Buben in Grosshöchstetten. Bei uns holt sie vor allem Bauklötze und Kugelbahnen. «Ich rechne \
damit, dass der Norden bis Ende Jahr [[mehr als 25'000]] Soldaten nach Russland geschickt haben \
wird», sagt sie. «Bei uns zu Hause redet man an jedem Familienfest davon.»</p>
<h2>Was in der Zeitung steht</h2>
<p>Russland gab vergangene Woche bekannt, Nordkorea werde [[1'000]] Minenräumer und [[5'000]] \
Militärbauer zum Wiederaufbau nach Kursk schicken. Nach Angaben des südkoreanischen \
Geheimdienstes hat \
Pjöngjang seit dem letzten Herbst [[rund 15'000]] Soldaten nach Russland entsandt. Die \
nordkoreanische Staatsagentur KCNA meldete am Freitag, Kim Jong Un habe in Pjöngjang die \
Familien von [[Hunderten]] Gefallenen empfangen. Das Pentagon schätzt die Verluste der \
Nordkoreaner auf [[über 4'000]] Tote und Verwundete. Russland selbst verliert nach ukrainischen \
Angaben jeden Tag gegen 1'000 Mann.</p>
<p>Mit herzlichen Grüssen, Ihr Ludo-Team, Brigitte Zaugg</p>
</main>
<footer>Ludothek Kiesental &middot; Schulhausstrasse 4 &middot; 3510 Konolfingen &middot; \
Tel. 031 791 44 27 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("zwischen 40 und 60", None, "range", "near_front", "other", "sat..pub",
          "a kindergarten teacher from Konotop relaying her husband, a mortar gunner at the Kursk "
          "border ('Am Samstag habe er ihr geschrieben, erzählt Iryna:', Konjunktiv; the speaker "
          "quoted: other): moved into the trenches opposite (range, the span takes 'zwischen'; "
          "from Saturday, 21 June, to publication)"),
        C("drei", 3, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried ('Zwei Tage davor habe seine Einheit … gefangen "
          "genommen', the event, not the claim date): captured (number word)"),
        C("mehr als 25'000", 25000, "at_least", "planned", "other", "pub",
          "a mother from Seoul, «Ich rechne damit, …», 'sagt sie' (undated): sent to Russia by "
          "the end of the year ('geschickt haben wird': a forecast, planned; a total)"),
        C("1'000", 1000, "exact", "planned", "russia", "lastweek",
          "'Russland gab vergangene Woche bekannt', Konjunktiv: deminers to be sent to the Kursk "
          "region (an announcement without 'weitere': not an increment)"),
        C("5'000", 5000, "exact", "planned", "russia", "lastweek",
          "same announcement: military builders for the Kursk region (planned, not an "
          "increment)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Nach Angaben des südkoreanischen Geheimdienstes' (undated): sent to Russia since last "
          "autumn (a total; a period, not the claim date)"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "fri",
          "'Die nordkoreanische Staatsagentur KCNA meldete am Freitag' (20 June), Konjunktiv: Kim "
          "receiving the families of the fallen"),
        C("über 4'000", 4000, "at_least", "casualties", "united_states", "pub",
          "'Das Pentagon schätzt' (undated): dead and wounded ('über' as at_least)"),
    ),
)


S03 = Source(
    article_id="n168_03_festbrief_kirschenfest_glems_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-06-13"),
    dated_by="sidecar",
    sidecar=(
        "Kirschenfest-Ausschuss Glems – Festbrief",
        "https://www.kirschenfest-glems.example/festbrief-2025",
        "Festbrief: Kirschen, Kernspucken und ein Video aus Sumy",
    ),
    features="a cherry festival committee's letter from Glems (Metzingen, at the foot of the "
        "Swabian Alb) in HTML, UTF-8 with BOM, no meta date (sidecar, Friday; a sidecar title "
        "without a figure), a cookie banner about the helper sign-up, a festival script with a "
        "date, navigation, entities (`&bdquo;`, `&ldquo;`, `&ndash;`, `&amp;`, `&middot;`), a "
        "footer with a postcode and a phone number; `<title>` and headline without a figure; "
        "cherry trees, litres of juice, helpers, the pit-spitting record in metres, a kilo price "
        "and visitors first; a picker from Uman relaying his son, a drone pilot in the Sumy "
        "region ('Vergangene Woche habe der Sohn ihm ein Video geschickt, erzählt Mykola:', "
        "Konjunktiv carried) `Dutzende` digging foxholes across the border (vague, near the "
        "front) and `mindestens zwölf` killed by drones (at_least, number word, casualties; both "
        "other, `lastweek`); a cook from Jeonju 'schätzt' `gut 15.000` sent ('gut' as at_least, "
        "in Russia, other, `pub`); sentence-initial `Rund 11.000` with the claimant in the next "
        "sentence ('Das sagte der ukrainische Präsident Selenskyj am Montag', ukraine, near the "
        "front); the JCS 'teilte Anfang Juni mit' `3.000` 'weitere' as relief (increment, in "
        "Russia, days 1-10); 'Nato-Generalsekretär Mark Rutte zufolge' `bis zu 30.000` by "
        "autumn (at_most, planned, `pub`); the committee's own `Tausenden` fallen or wounded "
        "(unattributed, casualties, required); trees, litres, helpers, metres, euros, visitors, "
        "years, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Festbrief 2025 | Kirschenfest Glems</title>
<script>window.fest = {beginn: "2025-06-28", ort: "Kelterplatz", helferliste: true};</script>
</head>
<body>
<div id="cookie-banner">Für die Helferanmeldung setzen wir ein einziges Cookie. \
<button>Passt</button></div>
<nav><a href="/">Start</a> | <a href="/programm">Programm</a> | <a href="/helfen">Helfen</a> | \
<a href="/festbrief">Festbrief</a></nav>
<article>
<h1>Die Kirschen sind früh dran</h1>
<p>Liebe Glemserinnen und Glemser, liebe Freunde aus Metzingen und von der Alb,</p>
<p>die Bäume an den Hängen über dem Dorf hängen so voll wie seit 2018 nicht mehr. Am 28. und \
29. Juni feiern wir auf dem Kelterplatz, mit 52 Helferinnen und Helfern, 380 Litern Kirschsaft \
und dem Kernspuck-Wettbewerb, dessen Rekord von 16,40 Metern seit vierzehn Jahren hält. Das Kilo \
Tafelkirschen kostet am Stand 7 Euro. Im vergangenen Jahr kamen trotz Regen rund 1.200 Gäste.</p>
<h2>Am Kirschenstand: Mykola</h2>
<p>Mykola Schewtschuk, 61, stammt aus Uman und pflückt seit drei Sommern für den Obsthof am \
Sportplatz. Sein Sohn fliegt Drohnen im Gebiet Sumy. Vergangene Woche habe der Sohn ihm ein \
Video geschickt, erzählt Mykola: Darauf sehe man [[Dutzende]] Nordkoreaner, die am Waldrand \
jenseits der Grenze Schützenlöcher aushöben. In jener Woche seien [[mindestens zwölf]] von ihnen \
bei Drohnenangriffen getötet worden. &bdquo;Er schickt mir Videos, damit ich weiß, dass er lebt. \
Ich schaue sie nur halb an&ldquo;, sagt Mykola.</p>
<h2>Aus der Küche: Frau Yoon</h2>
<p>Yoon Mi-ra, 54, aus Jeonju führt in Metzingen ein kleines Lokal und backt für das Fest wieder \
ihren Kirschkuchen mit schwarzem Sesam. Sie schätzt, dass der Norden inzwischen [[gut 15.000]] \
Mann nach Russland geschickt hat. &bdquo;Die Eltern dort erfahren nicht einmal, wohin ihre \
Söhne fahren&ldquo;, sagt sie.</p>
<h2>Die Lage</h2>
<p>[[Rund 11.000]] nordkoreanische Soldaten stünden weiterhin im Gebiet Kursk. Das sagte der \
ukrainische Präsident Selenskyj am Montag. Der südkoreanische Generalstab teilte Anfang Juni mit, \
Pjöngjang habe [[3.000]] weitere Soldaten zur Ablösung nach Russland geschickt. \
Nato-Generalsekretär Mark Rutte zufolge könnten bis zum Herbst [[bis zu 30.000]] Nordkoreaner \
an der Seite Russlands eingesetzt werden. Die Ukraine meldet für die russische Armee seit \
Jahresbeginn Verluste von über 150.000 Mann.</p>
<p>Wir feiern, und wir denken dabei an die Familien in der Ukraine und an die Mütter der \
[[Tausenden]] Nordkoreaner, die in Kursk gefallen oder verwundet sind.</p>
</article>
<footer><p>Kirschenfest-Ausschuss Glems &middot; c/o Ortschaftsverwaltung &middot; 72555 \
Metzingen-Glems &middot; Tel. 07123 88 41 90</p><p>Festwirtschaft &amp; Programm: \
<a href="/programm">hier</a></p></footer>
<script src="/js/helfer.js"></script>
</body>
</html>
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "lastweek",
          "a picker from Uman relaying his son, a drone pilot in the Sumy region ('Vergangene "
          "Woche habe der Sohn ihm ein Video geschickt, erzählt Mykola:', Konjunktiv; the "
          "speaker quoted: other): digging foxholes at the edge of a wood across the border"),
        C("mindestens zwölf", 12, "at_least", "casualties", "other", "lastweek",
          "same video message, Konjunktiv carried ('In jener Woche seien … getötet worden', a "
          "period, not the claim date): killed by drones (number word 12)"),
        C("gut 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a cook from Jeonju, 'Sie schätzt' (undated): sent to Russia by now ('gut' as "
          "at_least)"),
        C("Rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "sentence-initial, Konjunktiv, the claimant in the next sentence ('Das sagte der "
          "ukrainische Präsident Selenskyj am Montag', 9 June): 'weiterhin' in the Kursk region "
          "(still, not an increment)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-06-01..2025-06-10",
          "the JCS 'teilte Anfang Juni mit' (days 1-10), Konjunktiv: 'weitere' soldiers sent to "
          "Russia as relief (increment)", add=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "nato", "pub",
          "'Nato-Generalsekretär Mark Rutte zufolge' (undated): could be deployed alongside "
          "Russia by the autumn (planned; a total)"),
        C("Tausenden", None, "vague", "casualties", "unattributed", "pub",
          "the committee's own framing, no source (required): fallen or wounded in Kursk"),
    ),
)


S04 = Source(
    article_id="n168_04_besenbrief_glems",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-11-22"),
    dated_by="sidecar",
    sidecar=(
        "Besenwirtschaft am Kirschenrain, Glems – Besenbrief",
        "https://www.besen-kirschenrain.example/besenbrief-november-2024",
        "Der Besen hängt wieder",
    ),
    features="a broom tavern's (Besenwirtschaft) guest letter from Glems (Metzingen, at the foot "
        "of the Swabian Alb) as plain text, UTF-16 LE with BOM (sidecar, Friday; a sidecar title "
        "without a figure), `„“`, `–`; opening day, seats, hectares of vines, the quarter-litre's "
        "and the onion tart's euros and the four-month rule first; a kitchen hand from Ternopil "
        "relaying his brother, a sniper in the Kursk region ('Am Mittwoch habe ihn der Bruder "
        "angerufen, berichtet Andrij', Konjunktiv carried) `mehrere hundert` turning up in Russian "
        "uniforms (vague, near the front) and `drei` killed by a shell (number word, casualties; "
        "both other, from Wednesday to publication); a retired chemist from Gyeongju 'ist "
        "überzeugt' 'weitere' `10.000 bis 15.000` by spring (range, increment, planned, other, "
        "`pub`); the US Defense Department 'bezifferte … Anfang des Monats auf' `rund 10.000` in "
        "the Kursk region (days 1-10); the NIS 'teilte am 13. November mit' `über 11.000` in the "
        "country (at_least, in Russia); 'Am Montag hieß es aus Kiew' `bis zu 100.000` being "
        "prepared (at_most, planned, ukraine); the Kremlin spokesman without a figure; Russia's "
        "losses in October, seats, hectares, euros, months, ages, years, a postcode, a phone "
        "number",
    text="""\
Besenwirtschaft am Kirschenrain, Glems – Besenbrief November 2024

Liebe Besengäste,

ab Donnerstag, dem 28. November, hängt der Besen wieder über unserem Hoftor. Bis Ende Februar \
schenken wir aus, länger dürfen wir nicht: Das Gesetz erlaubt uns vier Monate im Jahr und 40 \
Sitzplätze, 28 in der Stube und 12 in der alten Scheuer. Im Glas sind Trollinger, Kerner und ein \
Rosé vom Hofbühl, alle von unseren eigenen 1,8 Hektar. Das Viertele kostet 3,40 Euro, der \
Zwiebelkuchen 4,80 Euro, die Schlachtplatte gibt es wieder jeden Donnerstag. Reservieren können \
wir leider nur für Gruppen ab acht Personen.

Unser neuer Küchenhelfer

Seit September schneidet Andrij Lessiw, 27, aus Ternopil bei uns Zwiebeln, kiloweise, ohne \
eine Träne. Zu Hause hat er Maschinenbau studiert. Sein älterer Bruder ist Scharfschütze im \
Gebiet Kursk. Am Mittwoch habe ihn der Bruder angerufen, berichtet Andrij. Vor dem Abschnitt der \
Brigade seien in den letzten Tagen [[mehrere hundert]] Nordkoreaner aufgetaucht, in russischen \
Uniformen und mit russischen Papieren. Die Russen schickten sie zuerst nach vorn. Bei einem \
einzigen Granateneinschlag seien [[drei]] von ihnen ums Leben gekommen. „Mein Bruder sagt, sie \
laufen wie auf einem Exerzierplatz“, erzählt Andrij.

Ein Stammgast aus Gyeongju

Dr. Choi Seung-woo, 66, war Chemiker bei einem Autozulieferer und lebt seit 1991 am Albtrauf. \
Seit zwanzig Jahren sitzt er an jedem Besen-Donnerstag am Ecktisch. Er ist überzeugt, dass Kim \
bis zum Frühjahr weitere [[10.000 bis 15.000]] Soldaten nach Russland schicken wird. „Das Regime \
verkauft, was es hat, und es hat vor allem junge Männer“, sagt er.

Was man hört

Das US-Verteidigungsministerium bezifferte die Zahl der Nordkoreaner im Gebiet Kursk Anfang des \
Monats auf [[rund 10.000]]. Der südkoreanische Geheimdienst teilte am 13. November mit, ein Teil \
der Truppen sei bereits in Kämpfe verwickelt; insgesamt seien [[über 11.000]] Soldaten aus dem \
Norden im Land. Am Montag hieß es aus Kiew, Pjöngjang bereite die Entsendung von [[bis zu \
100.000]] Mann vor, in mehreren Schichten. Kremlsprecher Peskow wollte die Zahlen nicht \
kommentieren. Laut dem ukrainischen Generalstab hat Russland allein im Oktober mehr als 40.000 \
Soldaten verloren.

Besenwirtschaft am Kirschenrain, Familie Heinzelmann, Kirschenrain 7, 72555 Metzingen-Glems – \
geöffnet Donnerstag bis Sonntag ab 16 Uhr – Telefon 07123 61 27 38
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "wed..pub",
          "a kitchen hand from Ternopil relaying his brother, a sniper in the Kursk region ('Am "
          "Mittwoch habe ihn der Bruder angerufen, berichtet Andrij', Konjunktiv; the speaker "
          "quoted: other): turned up in front of the brigade's sector (from Wednesday, 20 "
          "November, to publication)"),
        C("drei", 3, "exact", "casualties", "other", "wed..pub",
          "same call, Konjunktiv carried: killed by a single shell (number word)"),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "a retired chemist from Gyeongju, 'Er ist überzeugt' (undated): 'weitere' soldiers to "
          "be sent by spring (range, increment, span without the word; planned)", add=True),
        C("rund 10.000", 10000, "approx", "near_front", "united_states",
          "2024-11-01..2024-11-10",
          "'Das US-Verteidigungsministerium bezifferte … Anfang des Monats auf' (days 1-10): in "
          "the Kursk region"),
        C("über 11.000", 11000, "at_least", "in_russia", "south_korea", "2024-11-13",
          "the NIS 'teilte am 13. November mit', Konjunktiv carried ('insgesamt seien … im "
          "Land'): in Russia ('über' as at_least)"),
        C("bis zu 100.000", 100000, "at_most", "planned", "ukraine", "mon",
          "'Am Montag hieß es aus Kiew' (18 November), Konjunktiv: Pyongyang preparing to send "
          "in several shifts (at_most, planned, a total, not an increment)"),
    ),
)


S05 = Source(
    article_id="n168_05_rundbrief_linsen_buttenhausen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Linsengemeinschaft Großes Lautertal, Buttenhausen – Rundbrief",
        "https://www.alblinsen-lautertal.example/rundbrief/2025-04",
        "Rundbrief April: Aussaat, Stützfrucht und ein Anruf von der Grenze",
    ),
    features="a lentil growers' circle's letter from Buttenhausen in the Großes Lautertal "
        "(Swabian Alb) in Markdown, windows-1252 with CRLF, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure, `„“`, `–`; farms, hectares, "
        "quintals per hectare, a producer price, the sorting machine's euros and kilos of lentils "
        "first; an agronomist from near Kharkiv relaying his son-in-law at the Sumy border "
        "('Vorgestern habe der Schwiegersohn ihm eine Sprachnachricht geschickt, erzählt Oleh', "
        "Konjunktiv carried) `knapp hundert` holding a village across the border (approx, number "
        "word, near the front) and `fünf` killed by mines (number word, casualties; both other, "
        "from that Monday to publication); a cook from Gangneung 'vermutet' `zwanzig- bis "
        "dreißigtausend` (range of number words, planned, 'aufstocken … auf' a total, not an "
        "increment, other, `pub`); the NIS 'teilte am Donnerstag mit' `etwa 3.000` 'weitere' "
        "(increment, in Russia) and, 'hieß es weiter', `rund 4.200` killed or wounded; the US "
        "State Department 'erklärte vergangene Woche' `nahezu 12.000` 'weiterhin' stationed "
        "(approx, in Russia, `lastweek`); 'Dem ukrainischen Generalstab zufolge' `mehrere "
        "hundert` in the Belgorod region (near the front, `pub`); farms, hectares, quintals, "
        "euros, kilos, years, ages, a phone number",
    text="""\
---
title: "Linsen säen, wenn die Alb abgetrocknet ist"
gemeinschaft: Linsengemeinschaft Großes Lautertal
---

# Rundbrief April

Liebe Linsenbäuerinnen und Linsenbauern,

die Böden auf der Hochfläche sind endlich trocken genug. Ab Montag säen wir, wie jedes Jahr mit \
Hafer als Stützfrucht, damit die Linsen nicht ins Lager gehen. 23 Betriebe bauen in diesem Jahr \
auf zusammen 61 Hektar an, elf Hektar mehr als 2024. Geerntet haben wir im vergangenen Jahr im \
Schnitt 9 Doppelzentner je Hektar; der Erzeugerpreis bleibt bei 3,20 Euro je Kilo ungereinigter \
Ware. Die neue Sortieranlage im Lagerhaus in Hundersingen hat 48.000 Euro gekostet, die Hälfte \
trägt das Land.

## Vom Feld: Oleh

Oleh Martschenko, 52, Agronom aus der Gegend von Charkiw, fährt seit einem Jahr für Familie \
Rauscher den Traktor und kennt jede Sämaschine im Tal. Sein Schwiegersohn kämpft an der Grenze \
bei Sumy. Vorgestern habe der Schwiegersohn ihm eine Sprachnachricht geschickt, erzählt Oleh. \
Jenseits der Grenze hielten [[knapp hundert]] Nordkoreaner ein Dorf besetzt, aus dem die Russen \
abgezogen seien. Seit Anfang April seien [[fünf]] von ihnen auf Minen getreten und gestorben. \
„Er sagt, sie kennen die Gegend nicht und haben keine Karten“, erzählt Oleh.

## Eine Kundin aus Gangneung

Lee Soo-jin, 45, kocht in einem koreanischen Restaurant in Stuttgart und kauft bei uns jedes \
Jahr 300 Kilo Linsen für ihre Suppen. Sie vermutet, dass Pjöngjang seine Truppen in Russland bis \
zum Jahresende auf [[zwanzig- bis dreißigtausend]] Mann aufstocken wird. „Für Kim ist jeder \
Soldat dort ein Geschäft“, sagt sie.

## Aus den Zeitungen

Der südkoreanische Geheimdienst teilte am Donnerstag mit, seit Jahresbeginn seien [[etwa \
3.000]] weitere Soldaten aus dem Norden nach Russland gekommen. Bis Ende März seien [[rund \
4.200]] Nordkoreaner getötet oder verwundet worden, hieß es weiter. Das US-Außenministerium \
erklärte vergangene Woche, [[nahezu 12.000]] Nordkoreaner seien weiterhin in Russland \
stationiert. Dem ukrainischen Generalstab zufolge sind inzwischen auch im Gebiet Belgorod \
[[mehrere hundert]] Nordkoreaner im Einsatz.

Aussaat-Telefon bei Sprecherin Renate Rauscher: 07383 51 09 62, auch abends.
""",
    claims=(
        C("knapp hundert", 100, "approx", "near_front", "other", "2025-04-14..pub",
          "an agronomist from near Kharkiv relaying his son-in-law at the Sumy border "
          "('Vorgestern habe der Schwiegersohn ihm eine Sprachnachricht geschickt, erzählt Oleh', "
          "Konjunktiv; the speaker quoted: other): holding a village across the border ('knapp' "
          "as approx, number word 100; from that Monday, 14 April, to publication)"),
        C("fünf", 5, "exact", "casualties", "other", "2025-04-14..pub",
          "same voice message, Konjunktiv carried ('Seit Anfang April', a period, not the claim "
          "date): killed by mines (number word)"),
        C("zwanzig- bis dreißigtausend", None, "range", "planned", "other", "pub",
          "a cook from Gangneung, 'Sie vermutet' (undated): Pyongyang to raise its troops in "
          "Russia to this by the end of the year (range of number words; 'aufstocken … auf' "
          "names a total, not an increment)"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'teilte am Donnerstag mit' (10 April), Konjunktiv: 'weitere' soldiers come to "
          "Russia since the start of the year (increment)", add=True),
        C("rund 4.200", 4200, "approx", "casualties", "south_korea", "thu",
          "same statement ('hieß es weiter', the claimant carried): killed or wounded by the end "
          "of March"),
        C("nahezu 12.000", 12000, "approx", "in_russia", "united_states", "lastweek",
          "'Das US-Außenministerium erklärte vergangene Woche', Konjunktiv: 'weiterhin' stationed "
          "in Russia ('nahezu' as approx; still, not an increment)"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Generalstab zufolge' (undated): in action in the Belgorod region"),
    ),
)


S06 = Source(
    article_id="n168_06_gaestebrief_heuhotel_bichishausen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-09-12"),
    dated_by="dateline",
    features="a hay hotel's end-of-season letter to its guests from Bichishausen in the Großes "
        "Lautertal (Swabian Alb) as plain text, ISO-8859-1 with straight quotes and hyphens only "
        "(no sidecar), dated by the place line 'Bichishausen, 12. September 2025' (Friday); beds "
        "in the hay, overnight stays, prices in euros, canoes, the river's degrees and the castle "
        "ruin's year first; a nurse from Kremenchuk relaying her husband, a sapper at the Sumy "
        "border ('Am Sonntag habe er angerufen, erzählt Switlana', Konjunktiv carried) `einige "
        "hundert` building bunkers along the border (vague, near the front) and sentence-initial "
        "`Höchstens zwanzig` seen by day (at_most, number word, near the front; both other, from "
        "Sunday to publication); a geography student from Sokcho 'Im August … Beim Abschied "
        "meinte er' `über 20.000` passed through Russia (at_least, in Russia, other, the month "
        "of his stay); the NIS, with a lawmaker's 'das sagte ein Abgeordneter … am Donnerstag', "
        "`rund 2.000` killed; KCNA 'meldete am 22. August' `zehn` officers who fought in Kursk "
        "honoured (number word, north_korea, near the front); Russia's defence minister 'sagte "
        "… Anfang September' `Tausende` builders needed (russia, planned, days 1-10); Ukraine's "
        "military intelligence ('Beim … Militärgeheimdienst geht man davon aus') `etwa 11.000` in "
        "Russia (`pub`); 'Nach "
        "Einschätzung Washingtons' 'noch einmal' `6.000` by the end of the year (increment, "
        "planned, `pub`); beds, nights, euros, canoes, degrees, years, ages, a postcode, a phone "
        "number",
    text="""\
Heuhotel Lauterhof - Gästebrief zum Saisonende

Bichishausen, 12. September 2025

Liebe Heugäste,

am 5. Oktober schließen wir den Heuboden für diesen Sommer. Seit Mai haben Sie auf unseren 14 \
Schlafplätzen im frischen Heu 1.080 Nächte verbracht, so viele wie nie seit der Eröffnung 2009. \
Die Übernachtung mit Bauernfrühstück kostet weiterhin 26 Euro, Kinder unter zwölf zahlen 15 \
Euro. Unsere neun Kanus waren an fast jedem Wochenende unterwegs, obwohl die Lauter selten mehr \
als 12 Grad hatte. Wer im nächsten Jahr wiederkommt: Die Burgruine über dem Hof, erbaut um 1250, \
ist ab Mai wieder offen.

Unsere Helferin Switlana

Switlana Tkatsch, 33, war Krankenschwester in Krementschuk und hilft uns seit dem Frühjahr beim \
Frühstück und bei den Pferden. Ihr Mann ist Pionier an der Grenze bei Sumy. Am Sonntag habe er \
angerufen, erzählt Switlana. Die Nordkoreaner drüben hätten sich verändert, habe er gesagt: \
Statt zu stürmen, bauten jetzt [[einige hundert]] von ihnen Bunker und Unterstände entlang der \
Grenze. [[Höchstens zwanzig]] sehe man tagsüber, der Rest arbeite nachts. "Er meint, die richten \
sich für einen langen Winter ein", sagt sie.

Ein Gast aus Sokcho

Im August schlief Park Dong-hyun, 29, Doktorand der Geografie an einer Universität am Neckar, drei \
Nächte bei uns im Heu und paddelte bis nach Indelhausen. Beim Abschied meinte er, der Norden habe \
inzwischen [[über 20.000]] Mann durch Russland geschleust. "In Seoul rechnet man das wie einen \
Exportposten", sagte er.

Aus den Nachrichten

Der südkoreanische Geheimdienst schätzt die Zahl der getöteten Nordkoreaner inzwischen auf \
[[rund 2.000]]; das sagte ein Abgeordneter nach einer Unterrichtung am Donnerstag in Seoul. Die \
nordkoreanische Staatsagentur KCNA meldete am 22. August, Kim Jong Un habe [[zehn]] Offizieren, \
die im Gebiet Kursk gekämpft hätten, den Titel "Held der Republik" verliehen. Russlands \
Verteidigungsminister sagte bei einem Besuch in Pjöngjang Anfang September, man werde \
[[Tausende]] nordkoreanische Bausoldaten für den Wiederaufbau in Kursk brauchen. Beim ukrainischen \
Militärgeheimdienst geht man davon aus, dass sich im Moment [[etwa 11.000]] Soldaten aus dem \
Norden in Russland aufhalten. Nach Einschätzung Washingtons könnten bis Jahresende noch einmal \
[[6.000]] dazukommen.

Heuhotel Lauterhof, Familie Mayer, Lautertalstraße 21, 72525 Münsingen-Bichishausen, Telefon \
07383 94 12 06
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun..pub",
          "a nurse from Kremenchuk relaying her husband, a sapper at the Sumy border ('Am Sonntag "
          "habe er angerufen, erzählt Switlana', Konjunktiv; the speaker quoted: other): "
          "building bunkers along the border (from Sunday, 7 September, to publication)"),
        C("Höchstens zwanzig", 20, "at_most", "near_front", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial: seen by day across the border "
          "('Höchstens' as at_most, number word 20)"),
        C("über 20.000", 20000, "at_least", "in_russia", "other", "2025-08-01..2025-08-31",
          "a geography student from Sokcho ('Im August schlief … Beim Abschied meinte er': a "
          "speaker's own statement dated by the month of his stay, as in corpus_blind166): "
          "passed through Russia ('über' as at_least; a total)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "the NIS 'schätzt … ; das sagte ein Abgeordneter nach einer Unterrichtung am "
          "Donnerstag' (11 September; a lawmaker passing on the NIS: south_korea): killed"),
        C("zehn", 10, "exact", "near_front", "north_korea", "2025-08-22",
          "'Die nordkoreanische Staatsagentur KCNA meldete am 22. August': officers who had "
          "fought in the Kursk region honoured (number word; fought at the front)"),
        C("Tausende", None, "vague", "planned", "russia", "2025-09-01..2025-09-10",
          "Russia's defence minister 'sagte bei einem Besuch in Pjöngjang Anfang September' (days "
          "1-10): builders to be needed for rebuilding Kursk (planned, not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'Beim ukrainischen Militärgeheimdienst geht man davon aus' (undated): in Russia at the "
          "moment"),
        C("6.000", 6000, "exact", "planned", "united_states", "pub",
          "'Nach Einschätzung Washingtons' (undated): 'noch einmal' by the end of the year "
          "(increment, span without the words; planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Deer Island, Bald Head Island, Cuttyhunk)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="n168_07_dumping_day_wire_deer_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-12"),
    dated_by="dateline",
    features="an agency-style wire report from the opening of the lobster season at Lords Cove on "
        "Deer Island (Charlotte County, New Brunswick) as plain text, UTF-8, slug line, byline and "
        "dateline 'LORDS COVE, New Brunswick, November 12, 2024 (Fundy Wire) —' (Tuesday), "
        "straight quotes and em dashes; boats, traps per licence, a shore price, knots of wind "
        "and last season's pounds first; headline without a figure; a sternman from Berdiansk "
        "relaying his brother, an assault infantryman in the Kursk region ('phoned him on Sunday "
        "night, he said. \"He told me …,\" Hnatiuk said') `about 150` in the tree line (approx, "
        "near the front) and, 'His brother also told him', `four` taken prisoner (number word, "
        "casualties; both other, from Sunday to publication); a lobster buyer born in Incheon "
        "'believes' `12,000 or so` in Russia ('or so' as approx, the hedge in the span, other, "
        "`pub`); 'The Pentagon put the number … at … last week' `about 10,000` in the Kursk "
        "region (`lastweek`); the NIS 'in a briefing on Wednesday' `11,000 to 12,000` sent "
        "(range); Ukraine's military intelligence 'said yesterday' `several hundred` killed or "
        "wounded (`yday`); a NATO official 'estimated last Thursday' `up to 3,000` 'more' "
        "(at_most, increment, planned); Russia's losses a day, boats, traps, dollars, knots, "
        "pounds, years, ages, a desk phone number",
    text="""\
FISHERIES-CANADA/KOREA

Dumping Day off Deer Island, and a sternman's brother in Kursk

By Colleen MacEachern

LORDS COVE, New Brunswick, November 12, 2024 (Fundy Wire) — Forty-one lobster boats, their decks \
stacked head-high with traps, left the wharves of Deer Island before first light on Tuesday as \
the fall season opened in the outer Bay of Fundy, a morning islanders have called Dumping Day for \
as long as anyone can remember.

Each licence holder may set up to 375 traps, and buyers on the island had posted a shore price of \
$7.25 a pound for the first hauls, expected by the weekend. A southwest wind of 20 knots kept two \
of the smaller boats tied up. Last season the Deer Island fleet landed just over 1.6 million \
pounds.

Taras Hnatiuk, 31, who loaded grain at the port of Berdiansk on the Sea of Azov before the war, \
now works as a sternman on the Karen Lynn out of Lords Cove. His brother, an assault infantryman \
in Russia's Kursk region, phoned him on Sunday night, he said. "He told me there were [[about \
150]] North Koreans in the tree line in front of them, all in Russian uniforms," Hnatiuk said \
while he lashed bait bags to the rail. His brother also told him that his platoon had taken \
[[four]] of them prisoner.

Chris Baek, 54, a lobster buyer for a Toronto wholesaler who was born in Incheon and drove down \
for the opening, believes Pyongyang has already put [[12,000 or so]] soldiers into Russia. "And \
they will send more as long as Moscow pays for them," he said.

The Pentagon put the number of North Korean troops in the Kursk region at [[about 10,000]] last \
week. South Korea's National Intelligence Service, in a briefing for lawmakers on Wednesday, said \
Pyongyang had sent [[11,000 to 12,000]] soldiers to Russia so far. Ukraine's military \
intelligence said yesterday that the first firefights had left [[several hundred]] of the North \
Koreans dead or wounded. A NATO official in Brussels estimated last Thursday that \
[[up to 3,000]] more were on their way. Kyiv estimates that Russian forces lose upwards of \
1,500 men every day.

The season on Deer Island runs until the end of June. By noon on Tuesday the first boats were \
back for a second load of traps.

(Reporting by Colleen MacEachern; editing by Gord Whalen; desk +1 506 555 0172)
""",
    claims=(
        C("about 150", 150, "approx", "near_front", "other", "sun..pub",
          "a sternman from Berdiansk relaying his brother, an assault infantryman in the Kursk "
          "region ('phoned him on Sunday night, he said. \"He told me …,\" Hnatiuk said'; the "
          "speaker quoted: other): in the tree line in front of them (from Sunday, 10 November, "
          "to publication)"),
        C("four", 4, "exact", "casualties", "other", "sun..pub",
          "same call ('His brother also told him that'): taken prisoner by his platoon (number "
          "word)"),
        C("12,000 or so", 12000, "approx", "in_russia", "other", "pub",
          "a lobster buyer born in Incheon, 'believes' (undated): put into Russia already ('or "
          "so' as approx, the hedge in the span)"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "lastweek",
          "'The Pentagon put the number of North Korean troops in the Kursk region at … last "
          "week': in the Kursk region"),
        C("11,000 to 12,000", None, "range", "in_russia", "south_korea", "wed",
          "the NIS 'in a briefing for lawmakers on Wednesday' (6 November): sent to Russia so far "
          "(range; a total)"),
        C("several hundred", None, "vague", "casualties", "ukraine", "yday",
          "Ukraine's military intelligence 'said yesterday' (11 November): left dead or wounded "
          "by the first firefights"),
        C("up to 3,000", 3000, "at_most", "planned", "nato", "thu",
          "'A NATO official in Brussels estimated last Thursday' (7 November, five days before "
          "the Tuesday wire): 'more' on their way (at_most, increment, planned)", add=True),
    ),
)


S08 = Source(
    article_id="n168_08_cemeteries_newsletter_deer_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-08-21"),
    dated_by="front_matter",
    features="a cemeteries association's summer newsletter from Deer Island (New Brunswick) in "
        "Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday) and a title "
        "repeating the headline (optional), straight quotes and `—`; cemeteries mowed, a mowing "
        "contract's dollars, headstones reset, the oldest stone's year, dues and families first; "
        "the headline's `2,000` from the NIS of Tuesday (Tuesday to publication, hedge dropped); "
        "a former librarian from Rivne relaying her son, a drone operator in the Sumy region "
        "('When he phoned her on Sunday, he said') `about sixty` crossed into the forest on the "
        "Ukrainian side (approx, number word, near the front) and, 'and that', `nine` killed by "
        "his team's drones (number word, casualties; both other, from Sunday to publication); a "
        "retired minister whose parents came from Suwon 'reckons' `upwards of 15,000` passed "
        "through Russia (at_least, other, `pub`); 'Lawmakers in Seoul were told by' the NIS 'on "
        "Tuesday' `about 2,000` dead and, 'and that', `6,000` 'more', mostly builders (increment, "
        "planned); "
        "KCNA 'said last week' `101` coffins (north_korea, casualties); the State Department "
        "'in a statement on August 14, estimated' `no fewer than 11,000` remaining ('no fewer "
        "than' as at_least); Canada's Korean War dead, cemeteries, dollars, headstones, years, "
        "dues, families, ages, a phone number",
    text="""\
---
title: "Mowing, markers, and Seoul's [[2,000]] North Korean dead"
date: 2025-08-21
author: Deer Island Cemeteries Association
---

# Mowing, markers, and Seoul's [[2,000]] North Korean dead

Dear members and friends,

Our summer crew has now mowed all seven burying grounds in our care twice, from Chocolate Cove to \
Cummings Cove. The mowing contract came to $6,400 this year, about the same as last. Volunteers \
reset 23 leaning headstones on the Fairhaven hill in July; the oldest one we straightened is dated \
1819. Decoration Sunday is August 31 at 2 p.m. Dues stay at $20 a family, and 148 families paid \
last year. Canada lost 516 soldiers in the Korean War, and two island boys are among them.

## On the mower: Natalia

Natalia Yaremchuk, 58, ran the children's room of a public library in Rivne until 2022. She came \
to Deer Island the next year to live with her daughter, who married a Leonardville fisherman, and \
she now rides the association's mower three mornings a week. Her son flies drones for a brigade \
in Ukraine's Sumy region. When he phoned her on Sunday, he said [[about sixty]] North Korean \
soldiers had pushed into the forest on the Ukrainian side of the border, and that his team's \
drones had killed [[nine]] of them. "I light a candle for the boys who fall on both sides," she \
told us.

## A summer neighbour

Paul Oh, 70, a retired Presbyterian minister whose parents left Suwon in 1961, has spent his \
summers at Chocolate Cove for twenty years and helps us read the older stones. He reckons \
[[upwards of 15,000]] North Koreans have passed through Russia since last fall.

## Beyond the island

Lawmakers in Seoul were told by South Korea's National Intelligence Service on Tuesday that \
[[about 2,000]] North Korean soldiers had died in Russia, and that Pyongyang was preparing to send \
[[6,000]] more, most of them military builders. North Korea's KCNA said last week that Kim Jong Un \
had laid flowers on the coffins of [[101]] soldiers brought home from Kursk. The U.S. State \
Department, in a statement on August 14, estimated that [[no fewer than 11,000]] North Koreans \
remain in Russia.

Questions about plots or dues: secretary Marlene Stuart, 506-555-0139.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "headline ('Seoul's 2,000 North Korean dead'): the NIS figure of the body ('Lawmakers in "
          "Seoul were told by … on Tuesday', 19 August), Tuesday to publication, hedge dropped"),
        C("about sixty", 60, "approx", "near_front", "other", "sun..pub",
          "a former librarian from Rivne relaying her son, a drone operator in the Sumy region "
          "('When he phoned her on Sunday, he said'; the speaker quoted: other): pushed into the "
          "forest on the Ukrainian side of the border (number word 60; from Sunday, 17 August, "
          "to publication)"),
        C("nine", 9, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': killed by his team's drones (number word)"),
        C("upwards of 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a retired minister whose parents came from Suwon, 'He reckons' (undated): passed "
          "through Russia since last fall ('upwards of' as at_least; a total)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Lawmakers in Seoul were told by South Korea's National Intelligence Service on "
          "Tuesday' (19 August): died in Russia"),
        C("6,000", 6000, "exact", "planned", "south_korea", "tue",
          "same briefing, 'and that': 'more' to be sent, mostly military builders (increment, "
          "planned)", add=True),
        C("101", 101, "exact", "casualties", "north_korea", "lastweek",
          "'North Korea's KCNA said last week': coffins of soldiers brought home from Kursk"),
        C("no fewer than 11,000", 11000, "at_least", "in_russia", "united_states", "2025-08-14",
          "the State Department 'in a statement on August 14, estimated': remain in Russia ('no "
          "fewer than' as at_least; 'remain' = still, not an increment)"),
    ),
)


S09 = Source(
    article_id="n168_09_letters_frying_pan_gazette",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-10-09"),
    dated_by="sidecar",
    sidecar=(
        "The Frying Pan Gazette, Bald Head Island – Letters",
        "https://www.fryingpangazette.example/letters/2025-10-09",
        "Letters: cart parking, a nephew near Sumy and a marine's count",
    ),
    features="a readers' letters page from a Bald Head Island weekly (Brunswick County, North "
        "Carolina) as plain text, windows-1252 (sidecar, Thursday), curly quotes and `–`; a "
        "letter on golf-cart parking at the ferry landing without a claim (carts, passengers, "
        "spaces, a fee); readers relaying their nephew, a mortar gunner on the Sumy border ('He "
        "wrote to us on Monday that') `roughly 300` moved into villages across the line (approx, "
        "near the front) and, 'He added that', `two` who walked over to surrender last month "
        "(number word, casualties; both other, from Monday to publication); a reader answering "
        "the paper's own story ('Your September 25 story said') `11,000` in Russia "
        "(unattributed, required, that day), the NIS 'said last week' `about 13,000` rotated "
        "through Russia (`lastweek`), NATO's secretary general 'in a speech in Warsaw earlier "
        "this month' `more than 2,000` dead (the 1st to publication) and Russia's defense "
        "ministry 'said on September 30' `thousands` clearing mines in Kursk (russia, near the "
        "front); a reader relaying his wife's brother, a retired South Korean marine ('By his "
        "count') `at least 25,000` by next spring (planned, other, `pub`); the North's army of "
        "more than a million (not a claim), carts, passengers, dollars, spaces, years, ages, words",
    text="""\
THE FRYING PAN GAZETTE – LETTERS TO THE EDITOR

Carts at the landing

On the last Saturday in September I counted 42 golf carts waiting at the ferry landing for more \
than 300 passengers. The village has over 2,100 registered carts and still only the 60 parking \
spaces it had in 2021. Raise the overnight parking fee to $10 if you must, but build the second \
lot that was promised four years ago.
Dottie Lamberth, Bald Head Island

Our nephew on the border

Our nephew Yurii, a mortar gunner in Ukraine’s Sumy region, keeps in touch with us through short \
messages at odd hours. He wrote to us on Monday that [[roughly 300]] North Korean troops had \
moved into the villages just across the line, mostly digging. He added that [[two]] of them had \
walked over to his unit’s trenches to surrender last month. He turns 26 next week. We would be \
grateful for your prayers for him.
Halyna and Bob Whitfield, Bald Head Island

Your numbers are stale

Your September 25 story said [[11,000]] North Koreans were in Russia. That was last \
winter’s figure. South Korea’s spy agency said last week that [[about 13,000]] have rotated \
through Russia since the first units arrived, and NATO’s secretary general, in a speech in \
Warsaw earlier this month, put the North’s dead at [[more than 2,000]]. Even Russia’s defense \
ministry said on September 30 that [[thousands]] of North Korean soldiers were clearing mines \
in Kursk. Please keep up.
Dr. Ray Castellano, Bald Head Island

A marine’s count

My wife's brother, Kim Dae-jin, served 30 years in the South Korean marines and now lives in \
Jinju; I was a Marine myself, at Camp Lejeune, so we argue a lot. He reads the Seoul papers and \
e-mails me every Sunday. By his count, Pyongyang will have sent [[at least 25,000]] men through \
Russia by next spring, out of an army of more than a million. He has not been wrong yet.
Wade Pettigrew, Bald Head Island

Letters must be signed and under 250 words.
""",
    claims=(
        C("roughly 300", 300, "approx", "near_front", "other", "mon..pub",
          "readers relaying their nephew, a mortar gunner in the Sumy region ('He wrote to us on "
          "Monday that'; the speakers quoted: other): moved into the villages across the line "
          "(from Monday, 6 October, to publication)"),
        C("two", 2, "exact", "casualties", "other", "mon..pub",
          "same message ('He added that'): walked over to surrender 'last month' (the event, not "
          "the claim date; number word)"),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "2025-09-25",
          "a reader citing the paper's own story ('Your September 25 story said'; unattributed, "
          "required, that day): in Russia"),
        C("about 13,000", 13000, "approx", "in_russia", "south_korea", "lastweek",
          "'South Korea's spy agency said last week': rotated through Russia since the first "
          "units arrived (a total, not an increment)"),
        C("more than 2,000", 2000, "at_least", "casualties", "nato", "2025-10-01..pub",
          "NATO's secretary general 'in a speech in Warsaw earlier this month, put the North's "
          "dead at' ('this month': the 1st to publication)"),
        C("thousands", None, "vague", "near_front", "russia", "2025-09-30",
          "'Russia's defense ministry said on September 30': soldiers clearing mines in Kursk"),
        C("at least 25,000", 25000, "at_least", "planned", "other", "pub",
          "a reader relaying his wife's brother, a retired South Korean marine in Jinju ('By his "
          "count', undated; the speaker quoted: other): sent through Russia by next spring (a "
          "forecast: planned; a total; the army of more than a million is not a claim)"),
    ),
)


S10 = Source(
    article_id="n168_10_wicket_report_croquet_bald_head_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-05-14"),
    dated_by="html_meta",
    features="a croquet club's newsletter from Bald Head Island (North Carolina) in HTML, UTF-8, "
        "`article:published_time` -04:00 (Wednesday), a cookie notice about the lawn booking, a "
        "booking script, navigation, entities (`&amp;`, `&ndash;`, `&ldquo;`, `&rdquo;`, "
        "`&rsquo;`, `&middot;`), a footer with a ZIP code and a phone number; `<title>` and "
        "headline without a figure; players, lawns, the renovation's dollars, mallets, hoops and "
        "a handicap first; a lawn keeper from Chernivtsi relaying his cousin, an infantryman near "
        "Sumy ('On Saturday his cousin sent him a voice note:') `around 40` in a village across "
        "the border (approx, near the front, other, from Saturday to publication); a retired "
        "cardiologist from Yeosu 'figures' `10,000` 'more' before winter (increment, planned, "
        "other, `pub`); the JCS 'said on April 30' `about 4,500` killed or wounded and, "
        "'including', `roughly 600` dead (a part of the count, not an increment); a State "
        "Department spokeswoman 'estimated on Tuesday' `fewer than 10,000` still in Russia "
        "('fewer than' as at_most); the Kremlin spokesman 'said last week' `thousands` "
        "'shoulder to shoulder' in Kursk (russia, near the front); Pyongyang's state television "
        "'On Sunday' Kim honouring `dozens` killed in Kursk (north_korea, casualties); Russia's "
        "losses in a war year (not a claim), players, lawns, dollars, mallets, hoops, years, "
        "ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Wicket Report &ndash; Bald Head Island Croquet Club</title>
<meta property="article:published_time" content="2025-05-14T07:45:00-04:00">
<script>var lawnBooking = {slots: 6, opens: "8:00", lawns: ["North", "South"]};</script>
</head>
<body>
<div class="cookie-notice">We keep one cookie so the lawn booking page remembers your name. \
<a href="#">Got it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/book">Book a lawn</a> &middot; \
<a href="/lessons">Lessons</a> &middot; <a href="/wicket">The Wicket Report</a></nav>
<main>
<h1>Lawns open, hoops set, and a spring cup to play for</h1>
<p>Both lawns are back in play after the winter renovation, which cost the club $18,000 and \
three weekends of members&rsquo; labor. Sixty-four players have signed up for the Spring Cup on \
May 24 and 25, a record. The pro shop has six new mallets at $240 each, and the hoops have been \
reset to the tight winter setting, so expect to miss. Anyone with a handicap above 14 may play in \
the handicap bracket.</p>
<h2>The man with the mower</h2>
<p>Vasyl Dmytrenko, 45, laid lawns for a football club in Chernivtsi and has kept ours since \
2023. His cousin is an infantryman near Sumy. On Saturday his cousin sent him a voice note: \
[[around 40]] North Korean soldiers had moved into a village across the border from his \
company&rsquo;s position. &ldquo;He says they dig all night and shoot at anything that \
flies,&rdquo; Vasyl said.</p>
<h2>Member notes</h2>
<p>Dr. Helen Cho, 68, a retired cardiologist who grew up in Yeosu, won the winter singles \
without dropping a game. She figures Kim will send [[10,000]] more before winter. &ldquo;He has \
nothing else Moscow wants,&rdquo; she said.</p>
<h2>In the news</h2>
<p>South Korea&rsquo;s Joint Chiefs of Staff said on April 30 that [[about 4,500]] North Korean \
soldiers had been killed or wounded in Russia, including [[roughly 600]] dead. A State Department \
spokeswoman estimated on Tuesday that [[fewer than 10,000]] North Koreans were still in Russia. \
Kremlin spokesman Dmitry Peskov said last week that [[thousands]] of North Koreans had fought \
&ldquo;shoulder to shoulder&rdquo; with Russian troops in Kursk. On Sunday, Pyongyang's state \
television aired footage of Kim Jong Un honoring [[dozens]] of soldiers killed there. Ukraine \
puts Russia&rsquo;s own losses in the past year at more than 400,000.</p>
</main>
<footer>Bald Head Island Croquet Club &middot; Bald Head Island, NC 28461 &middot; \
(910) 555-0158 &middot; Lawns open daily 8&ndash;6</footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("around 40", 40, "approx", "near_front", "other", "sat..pub",
          "a lawn keeper from Chernivtsi relaying his cousin, an infantryman near Sumy ('On "
          "Saturday his cousin sent him a voice note:'; the speaker quoted: other): moved into a "
          "village across the border (from Saturday, 10 May, to publication)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a retired cardiologist from Yeosu, 'She figures' (undated): 'more' to be sent before "
          "winter (increment, planned)", add=True),
        C("about 4,500", 4500, "approx", "casualties", "south_korea", "2025-04-30",
          "the JCS 'said on April 30': killed or wounded in Russia"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same statement, 'including': dead (a part of the same count, not an increment)"),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "united_states", "tue",
          "a State Department spokeswoman 'estimated on Tuesday' (13 May): still in Russia "
          "('fewer than' as at_most)"),
        C("thousands", None, "vague", "near_front", "russia", "lastweek",
          "Kremlin spokesman Peskov 'said last week': fought 'shoulder to shoulder' with Russian "
          "troops in Kursk"),
        C("dozens", None, "vague", "casualties", "north_korea", "sun",
          "'On Sunday, Pyongyang's state television aired footage' (11 May): Kim honouring "
          "soldiers killed there"),
    ),
)


S11 = Source(
    article_id="n168_11_town_clerk_bulletin_cuttyhunk_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-03-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Town of Gosnold – Town Clerk's Bulletin",
        "https://www.gosnold-townclerk.example/bulletin/2025-03",
        "Town Clerk's Bulletin, March 2025",
    ),
    features="the town clerk's bulletin of Gosnold on Cuttyhunk (Elizabeth Islands, "
        "Massachusetts) in Markdown, UTF-8 with BOM and CRLF, front matter without a date "
        "(sidecar, Monday) and a title without a figure, straight quotes; the town meeting, "
        "voters, census forms, dog licences and their dollars and winter boats first; an "
        "electrician from Sumy relaying his brother, a border guard outside Sumy ('texted him on "
        "Thursday that') `fifty or sixty` gunners shelling villages (range of number words, near "
        "the front) and, 'His brother added that', `three` who surrendered (number word, "
        "casualties; both other, from Thursday to publication); a retired economist from Mokpo "
        "'expects' `20,000` in Russia by summer (planned, other, `pub`); 'South Korea's military "
        "said late last month' `some 3,000` 'additional' (increment, in Russia, days 21-28); "
        "Budanov 'told a television interviewer on Wednesday' `about 4,000` killed or wounded; "
        "'According to NATO' `between 11,000 and 12,000` still in Russia (range, the span takes "
        "'between', `pub`); a U.S. defense official 'at a Pentagon briefing on Friday' `several "
        "thousand` back at the front; voters, households, dogs, dollars, boats, years, ages, a "
        "phone number",
    text="""\
---
title: "Town Clerk's Bulletin, March 2025"
office: Town of Gosnold, Cuttyhunk Island
---

# Town Clerk's Bulletin, March 2025

**Annual town meeting.** The annual town meeting will be held on Saturday, May 3, at 10 a.m. in \
the town hall on Cuttyhunk. Nomination papers for one selectboard seat and the assessor's seat \
are due back at this office by March 28. Gosnold has 58 registered voters; last year 41 of us \
came, and we would like to beat that.

**Census and dogs.** The annual census forms went out in January and 52 of 63 households have \
returned them. Dog licences are due by April 1: $10 for a spayed or neutered dog, $15 otherwise. \
Nine dogs are licensed so far.

**Winter boats.** Until May the boat from New Bedford runs on Tuesdays and Fridays only, weather \
permitting. Mail and freight go with it.

## A winter neighbour

Borys Lytvyn, 39, an electrician from Sumy, has spent the winter on the island rewiring the church \
and the old lifesaving station. His older brother, a border guard outside Sumy, texted him on \
Thursday that North Korean gunners, [[fifty or sixty]] of them by his count, were lobbing shells \
into Ukrainian villages from the Russian side of the border. His brother added that [[three]] \
North Koreans had surrendered to his post in February. "He says they are not the same soldiers as \
in the autumn," Borys told us.

## From the island

Grace Ahn, 74, a retired economist who grew up in Mokpo and has wintered here since 2019, expects \
Kim to have [[20,000]] soldiers in Russia by the summer. "He has found a customer for the one \
thing he has plenty of," she said.

## In the news

South Korea's military said late last month that the North had sent [[some 3,000]] additional \
troops to Russia since January. Kyrylo Budanov, Ukraine's military intelligence chief, told a \
television interviewer on Wednesday that [[about 4,000]] of the North's soldiers had been killed \
or wounded. According to NATO, [[between 11,000 and 12,000]] North Koreans are still in Russia. \
At a Pentagon briefing on Friday, a U.S. defense official said [[several thousand]] of them were \
back at the front after weeks behind the lines.

The clerk's office in the town hall is open Mondays and Thursdays, 9 to noon. 508-555-0114.
""",
    claims=(
        C("fifty or sixty", None, "range", "near_front", "other", "thu..pub",
          "an electrician from Sumy relaying his brother, a border guard outside Sumy ('texted "
          "him on Thursday that … by his count'; the speaker quoted: other): gunners shelling "
          "Ukrainian villages from the Russian side (range of number words; from Thursday, 6 "
          "March, to publication)"),
        C("three", 3, "exact", "casualties", "other", "thu..pub",
          "same message ('His brother added that'): surrendered to his post 'in February' (the "
          "event, not the claim date; number word)"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a retired economist from Mokpo, 'expects' (undated): in Russia by the summer (a "
          "forecast: planned; a total)"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "'South Korea's military said late last month' (days 21-28 of February): "
          "'additional' troops sent since January (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "wed",
          "Budanov 'told a television interviewer on Wednesday' (5 March): killed or wounded"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "nato", "pub",
          "'According to NATO' (undated): still in Russia (range, the span takes 'between'; "
          "still, not an increment)"),
        C("several thousand", None, "vague", "near_front", "united_states", "fri",
          "a U.S. defense official 'At a Pentagon briefing on Friday' (7 March): back at the "
          "front"),
    ),
)


S12 = Source(
    article_id="n168_12_launch_notes_cuttyhunk_harbor_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-04"),
    dated_by="sidecar",
    sidecar=(
        "Cuttyhunk Harbor Launch – End-of-Season Notes",
        "https://www.cuttyhunklaunch.example/notes/2025-season",
        "End of season: 3,912 launch runs, 96 moorings and a deckhand's brother",
    ),
    features="a harbor launch service's end-of-season notes from Cuttyhunk (Elizabeth Islands, "
        "Massachusetts) in HTML, windows-1252 with raw curly quotes and `–` as well as entities "
        "(`&amp;`, `&middot;`, `&ndash;`), no meta date (sidecar, Tuesday; a sidecar title with "
        "figures that are not claims), a cookie note about the mooring list, a script, "
        "navigation, a footer with a ZIP code and a phone number; `<title>` and headline without "
        "a figure; launch runs, moorings, fares, gallons, the launch's year and the haul-out date "
        "first; a deckhand from Chornomorsk relaying his brother, a drone operator on the Sumy "
        "border ('On Friday his brother sent him a message:') `hundreds` pouring concrete for "
        "bunkers across the border (vague, near the front, other, from Friday to publication); a "
        "retired ship pilot whose family came from Tongyeong ('By his reckoning') `more than "
        "15,000` in Russia (at_least, other, `pub`); sentence-initial `Some 11,000` with the "
        "claimant in the next sentence ('Seoul's National Intelligence Service gave that "
        "estimate to a parliamentary committee on Monday') posted near the Ukrainian frontier "
        "inside Russia (near the front) and, 'The agency added', `3,000` 'more' in training "
        "(increment, planned); North Korean state media 'said last week' `more than 1,000` "
        "decorated for the Kursk operation (north_korea, near the front, `lastweek`); Ukraine's "
        "General Staff 'On Sunday … reported' `up to 2,000` gunners firing on border villages "
        "(at_most); the service's own `thousands` in Russia's trenches (unattributed, near the "
        "front, required); runs, moorings, dollars, gallons, years, ages, a ZIP code, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>End-of-Season Notes &ndash; Cuttyhunk Harbor Launch</title>
<script>var season = {start: "Memorial Day", end: "Columbus Day", channel: 68};</script>
</head>
<body>
<div class="cookie">This page keeps one cookie to remember your place on the mooring list. \
<a href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/moorings">Moorings</a> &middot; \
<a href="/rates">Rates &amp; hours</a> &middot; <a href="/notes">Notes</a></nav>
<main>
<h1>The launch is coming out of the water</h1>
<p>Between Memorial Day and Columbus Day the launch made 3,912 runs between the moorings and the \
town dock, at $5 a ride or $60 for a season card. All 96 rental moorings were taken on every \
weekend in August. We burned 1,140 gallons of diesel, and the old boat, built in 1988, did not \
miss a day. She comes out of the water on November 15 for new bottom paint.</p>
<h2>On the bow line: Dmytro</h2>
<p>Dmytro Ostapenko, 24, from the port town of Chornomorsk near Odesa, spent his second summer \
with us on the bow line. His brother operates drones on the Sumy border. On Friday his brother \
sent him a message: [[hundreds]] of North Koreans were pouring concrete for bunkers across the \
border, working in shifts around the clock. “They are building for a long stay,” Dmytro said.</p>
<h2>From mooring 41</h2>
<p>Sam Yoo, 63, a retired ship pilot whose family came from Tongyeong, keeps his sloop on \
mooring 41 and rode with us nearly every evening. By his reckoning, Pyongyang has [[more than \
15,000]] men in Russia right now.</p>
<h2>The news from over there</h2>
<p>[[Some 11,000]] North Korean soldiers are still posted near the Ukrainian frontier inside \
Russia. Seoul’s National Intelligence Service gave that estimate to a parliamentary committee on \
Monday. The agency added that [[3,000]] more were in training for deployment. North Korean state \
media said last week that [[more than 1,000]] soldiers had been decorated for the Kursk operation. \
On Sunday Ukraine’s General Staff reported [[up to 2,000]] North Korean gunners firing on border \
villages in the Sumy region. Whatever the true count, [[thousands]] of young North Koreans will \
spend this winter in Russia’s trenches.</p>
</main>
<footer>Cuttyhunk Harbor Launch &middot; Cuttyhunk, MA 02713 &middot; (508) 555-0191 \
&middot; VHF 68 &middot; Season 2026 opens Memorial Day weekend</footer>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "fri..pub",
          "a deckhand from Chornomorsk relaying his brother, a drone operator on the Sumy border "
          "('On Friday his brother sent him a message:'; the speaker quoted: other): pouring "
          "concrete for bunkers across the border (from Friday, 31 October, to publication)"),
        C("more than 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a retired ship pilot whose family came from Tongyeong, 'By his reckoning' (undated): "
          "in Russia right now"),
        C("Some 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "sentence-initial, the claimant in the next sentence ('Seoul's National Intelligence "
          "Service gave that estimate to a parliamentary committee on Monday', 3 November): "
          "'still posted' near the Ukrainian frontier inside Russia (still, not an increment)"),
        C("3,000", 3000, "exact", "planned", "south_korea", "mon",
          "same briefing ('The agency added that'): 'more' in training for deployment "
          "(increment, planned)", add=True),
        C("more than 1,000", 1000, "at_least", "near_front", "north_korea", "lastweek",
          "'North Korean state media said last week': soldiers decorated for the Kursk operation "
          "(fought at the front)"),
        C("up to 2,000", 2000, "at_most", "near_front", "ukraine", "sun",
          "'On Sunday Ukraine's General Staff reported' (2 November): gunners firing on border "
          "villages in the Sumy region"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the launch service's own framing, no source (required): to spend the winter in "
          "Russia's trenches"),
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
