"""Build the HUNDRED-AND-ELEVENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-thirteenth corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
district office's live ticker from a council session in Tirschenreuth (Upper Palatinate) that
votes on a partnership with Kovel in Volhynia, an ice-stock club's newsletter from Heiligenblut
below the Grossglockner (Austrian conventions) with a hotel receptionist from Kolomyia, a
funicular's passenger letter from Braunwald (Swiss conventions) with a cable technician from
Kremenchuk, the bookmobile blog of a German minority library in Aabenraa (Apenrade, Denmark)
with a former tram driver from Chernivtsi, the vintners' heritage society of the German
"Ponzichter" in Sopron (Ödenburg, Hungary) with harvest helpers from Berehove, the dancing
procession committee of Echternach (Luxembourg) with Catholic pilgrims from Gyeongju; a debating
society's live blog from Sackville, New Brunswick, a whale-watch skippers' newsletter from Grand
Turk with a cruise-ship waiter from Kropyvnytskyi, a cocoa co-operative's newsletter from
Dominica with a chocolate maker from Seoul, the volunteer bulletin of a covered-bridge festival
in Rockville, Indiana, with a student from Rivne, a fossil hunters' club newsletter from Lyme
Regis with a geologist from Cherkasy, and a pounamu carvers' guild newsletter from Hokitika with
a stone carver from Wonju. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind111_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland, Denmark, Hungary, Luxembourg)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w111_01_kreistag_ticker_tirschenreuth_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-25"),
    dated_by="html_meta",
    features="a district office's live ticker from a council session in Tirschenreuth (Upper "
        "Palatinate) in HTML, UTF-8 (`article:published_time` +01:00, Monday), a cookie note "
        "about auto-refresh, a ticker script, navigation, a footer with a phone number; `<title>` "
        "and headline without a figure; timestamped entries ('14:36 –'); a reserve officer on the "
        "council citing the NIS 'seit Mittwoch' `mehr als 11.000` in Russia; the next entry's 'Zur "
        "Einordnung: Der Dienst hatte … am Mittwoch außerdem gesagt' `einige tausend` of them at "
        "the front (a breakdown) and the Pentagon 'eine Woche zuvor' (13 November) `rund 10.000` "
        "in Kursk; a councillor from Lutsk relaying her nephew `über 15.000` (other, `pub`); the "
        "district chief passing on the federal defence ministry's 'gehe davon aus' `Zehntausende` "
        "'weitere' (a third government: other, increment, planned); HUR's 'Eilmeldung' at 16:03 "
        "`Dutzende` killed and, referred back to as 'Die Behörde in Kiew' in the 16:57 'Nachtrag "
        "zu 16:03', `rund 3.000` in the front line and `bis zu 5.000` 'weitere' (increment, "
        "planned), all the entry's day; council seats, votes, kilometres, fire engines, euros, a "
        "road number, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kreistag live: Tirschenreuth und Kowel werden Partner</title>
<meta property="article:published_time" content="2024-11-25T17:45:00+01:00">
<meta property="og:site_name" content="Landratsamt Tirschenreuth">
<script>window.liveTicker={gremium:"kreistag",sitzung:"2024-11-25",takt:45};</script>
</head>
<body>
<div class="hinweis">Damit sich der Ticker selbst aktualisiert, speichern wir ein einziges, \
technisch nötiges Cookie. <button>Passt</button> <button>Ohne Aktualisierung lesen</button></div>
<nav><a href="/">Landratsamt</a> | <a href="/kreistag">Kreistag &amp; Ausschüsse</a> | <a \
href="/presse">Pressemitteilungen</a> | <a href="/service">Bürgerservice</a></nav>
<main>
<h1>Kreistag live: Tirschenreuth und Kowel werden Partner</h1>
<p class="vorspann">Der Kreistag entscheidet an diesem Montag im großen Sitzungssaal, ob der \
Landkreis eine Partnerschaft mit dem Rajon Kowel in Wolhynien eingeht. Die Pressestelle berichtet \
aus der Sitzung, die Einträge stehen in zeitlicher Reihenfolge.</p>
<section class="ticker">
<p><b>14:02 –</b> Landrat Anton Schraml eröffnet die Sitzung. 57 der 61 Mitglieder sind da, die \
Tagesordnung hat 19 Punkte; die Partnerschaft ist Punkt 4.</p>
<p><b>14:19 –</b> Kreisrätin Marta Hajek (Freie Wähler) stellt den Antrag vor. Kowel liegt gut \
1.100 Kilometer östlich von hier. Als erste Hilfe sollen zwei ausgemusterte Löschfahrzeuge und \
Stromerzeuger im Wert von 80.000 Euro in die Nordwestukraine gehen.</p>
<p><b>14:36 –</b> Georg Dietl (CSU), Oberstleutnant der Reserve, erinnert daran, dass der Krieg \
gerade eine neue Stufe erreiche. „Der südkoreanische Geheimdienst spricht seit Mittwoch von [[mehr \
als 11.000]] nordkoreanischen Soldaten in Russland“, sagt Dietl. „Wer jetzt wegschaut, muss sich \
nicht wundern, wenn der Krieg näher rückt.“</p>
<p><b>14:51 –</b> Zur Einordnung: Der Dienst hatte den Abgeordneten in Seoul am Mittwoch außerdem \
gesagt, [[einige tausend]] davon seien bereits an die Front im Gebiet Kursk gebracht worden. Das \
US-Verteidigungsministerium war eine Woche zuvor auf [[rund 10.000]] Nordkoreaner in der Region \
Kursk gekommen.</p>
<p><b>15:08 –</b> Stiller Moment im Saal: Kreisrätin Olena Berger (SPD) kam vor zwanzig Jahren \
aus Luzk nach Waldsassen. Ihr Neffe ist Sanitäter in einer Brigade an der Grenze zum Gebiet \
Kursk. „Er schreibt mir, auf der anderen Seite stünden inzwischen [[über 15.000]] Koreaner“, \
sagt sie.</p>
<p><b>15:27 –</b> Zwei Kreisräte kündigen ihr Nein an: Die 80.000 Euro fehlten beim Winterdienst, \
und allein die Sanierung der Kreisstraße TIR 14 koste 2,4 Millionen.</p>
<p><b>15:44 –</b> Landrat Schraml antwortet mit einer Einschätzung aus Berlin. Das \
Bundesverteidigungsministerium gehe davon aus, dass Pjöngjang bis zum Frühjahr [[Zehntausende]] \
weitere Soldaten bereitstellen könne, sagt er. „Kowel ist näher, als viele hier glauben.“</p>
<p><b>16:03 –</b> Eilmeldung aus Kiew: Der ukrainische Militärgeheimdienst HUR meldet die ersten \
Gefechte mit nordkoreanischen Einheiten im Gebiet Kursk. Dabei seien [[Dutzende]] Nordkoreaner \
getötet worden.</p>
<p><b>16:22 –</b> Abstimmung: 51 Ja-Stimmen, 6 Nein-Stimmen. Die Partnerschaft ist beschlossen; \
der Landrat will im März mit einer kleinen Delegation nach Kowel fahren.</p>
<p><b>16:57 –</b> Nachtrag zu 16:03: Die Behörde in Kiew hat ihre Angaben inzwischen ergänzt. \
Demnach kämpfen derzeit [[rund 3.000]] Nordkoreaner in vorderster Linie, [[bis zu 5.000]] weitere \
würden bis Weihnachten nachrücken.</p>
<p><b>17:40 –</b> Der Kreistag ist bei Punkt 11 angekommen, dem Schulbuskonzept für Mitterteich. \
Hier endet unser Ticker; das Protokoll folgt wie immer nach zehn Tagen.</p>
</section>
</main>
<footer>Landratsamt Tirschenreuth · Pressestelle · Telefon 09631 7741-20</footer>
<script src="/static/ticker.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("mehr als 11.000", 11000, "at_least", "in_russia", "south_korea", "wed",
          "a councillor citing the NIS in the 14:36 entry: 'spricht seit Mittwoch von' (the "
          "Wednesday before the Monday session): in Russia"),
        C("einige tausend", None, "vague", "near_front", "south_korea", "wed",
          "the 14:51 entry, 'Der Dienst hatte … am Mittwoch außerdem gesagt' (the NIS named in "
          "the entry before), Konjunktiv, 'davon': brought to the front in Kursk (a breakdown)"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "2024-11-13",
          "the Pentagon 'eine Woche zuvor' (a week before that Wednesday: 13 November): in the "
          "Kursk region"),
        C("über 15.000", 15000, "at_least", "near_front", "other", "pub",
          "a councillor relaying her nephew, a medic ('Er schreibt mir', the speaker quoted: "
          "other), undated: on the other side of the border"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the district chief passing on the German defence ministry ('gehe davon aus', a third "
          "government: other), undated: 'weitere' Pyongyang could provide by spring (increment, "
          "span without the word; planned)", add=True),
        C("Dutzende", None, "vague", "casualties", "ukraine", "2024-11-25",
          "HUR in the 16:03 'Eilmeldung' ('meldet', the entry's day), Konjunktiv: killed in the "
          "first fighting"),
        C("rund 3.000", 3000, "approx", "near_front", "ukraine", "2024-11-25",
          "the 16:57 'Nachtrag zu 16:03': 'Die Behörde in Kiew' (HUR, named in the earlier "
          "entry) on the entry's day: fighting in the front line"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "2024-11-25",
          "same entry, Konjunktiv: 'weitere' to move up by Christmas (increment, span without "
          "the word; planned)", add=True),
    ),
)

W02 = Source(
    article_id="w111_02_stockschuetzen_heiligenblut_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-02-20"),
    dated_by="front_matter",
    features="an ice-stock club's newsletter from Heiligenblut below the Grossglockner "
        "(Carinthia) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday), a "
        "club key and a title without a figure, Austrian conventions (`Heuer`, `Jänner`, "
        "`Feber`, `vorige Woche`, `Moarschaft`, `Obmann`); a hotel receptionist from Kolomyia "
        "relaying her brother `ein paar hundert` in the snow before his position and `30.000` by "
        "summer (other, `pub`, planned); the NIS 'Mitte Jänner' (days 11-20) `rund 300` dead and "
        "`2.700` wounded; Zelensky 'Anfang Feber' (days 1-10) `fast 4.000`; the JCS 'Am Montag' "
        "`rund 11.000` still in Russia; 'Aus Washington hieß es vorige Woche' `mehrere tausend` "
        "trained 'als Ersatz' (replacements: increment, planned); points, ends, stones and their "
        "diameter, members, entry fees in euros, a phone number",
    text="""\
---
title: "Stockschützen-Post: Bezirksmeisterschaft, neue Stöcke und eine Moarin aus den Karpaten"
date: 2025-02-20
verein: ESV Heiligenblut am Großglockner
---

# Stockschützen-Post Feber 2025

Heuer hält das Eis: Seit Mitte Jänner ist unsere Bahn neben dem Sportplatz spiegelglatt, und bei \
der Bezirksmeisterschaft in Winklern holte die erste Moarschaft mit 13 Punkten aus 8 Kehren den \
dritten Platz.

## Eine Moarin aus den Karpaten

Neu dabei ist Oksana Hryniuk, 34, Rezeptionistin in einem Hotel an der Glocknerstraße. Sie stammt \
aus Kolomyja am Rand der Karpaten; ihr Bruder dient bei den Gebirgsjägern im Gebiet Kursk. „Er \
sagt, vor seiner Stellung liegen [[ein paar hundert]] Nordkoreaner im Schnee, bei minus zwanzig \
Grad“, erzählt sie beim Tee nach dem Training.

Die amtlichen Zahlen klingen nüchterner. Mitte Jänner bezifferte der südkoreanische Geheimdienst \
die Verluste der Nordkoreaner auf [[rund 300]] Gefallene und [[2.700]] Verwundete. Präsident \
Selenskyj nannte Anfang Feber [[fast 4.000]] Tote und Verletzte. Am Montag erklärte der \
Generalstab in Seoul, ein Teil der Truppen sei von der Front abgezogen worden, [[rund 11.000]] \
Mann blieben aber in Russland. Aus Washington hieß es vorige Woche, Pjöngjang bilde bereits \
[[mehrere tausend]] Soldaten als Ersatz aus.

Oksana fürchtet, dass es heuer noch viel mehr werden. „Mein Bruder meint, bis zum Sommer schickt \
Kim [[30.000]].“

## Vereinsnachrichten

- Vereinsmeisterschaft: Samstag, 1. März, ab 13 Uhr; Startgeld 10 Euro pro Moarschaft
- Die vier neuen Stöcke mit 27 cm Laufsohle sind eingetroffen.
- Der Verein zählt jetzt 46 Mitglieder.
- Obmann Hannes Pichler, Tel. 04824 2291
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "a receptionist relaying her brother ('Er sagt', the speaker quoted: other), 'erzählt "
          "sie' undated: in the snow before his position in Kursk"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Jänner' (Austrian January, days 11-20): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same statement: wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber' (Austrian February, days 1-10): dead and wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "the JCS ('der Generalstab in Seoul') 'Am Montag' (Thursday newsletter), Konjunktiv: "
          "still in Russia after a part was pulled back from the front"),
        C("mehrere tausend", None, "vague", "planned", "united_states", "lastweek",
          "'Aus Washington hieß es vorige Woche': trained 'als Ersatz' (replacements: "
          "increment; planned)", add=True),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "'Mein Bruder meint' relayed by the receptionist (other), undated: sent by summer (a "
          "forecast: planned)"),
    ),
)

W03 = Source(
    article_id="w111_03_fahrgastbrief_braunwald",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-06-27"),
    dated_by="dateline",
    features="a funicular's passenger letter from the car-free village of Braunwald (Glarus Süd) "
        "as plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `1'480`, `412'000`, `15'000`, "
        "`11'000`, `25'000`, 4-digit `6000`/`4000`/`3000`), dated by the place line 'Braunwald, "
        "27. Juni 2025' (Friday); the overhaul first; a cable technician from Kremenchuk relaying "
        "his brother, a sapper, «`Hunderte`» clearing mines (other, `pub`); Shoigu 'Am 17. Juni' "
        "`6000` builders and deminers (planned, russia); the NIS 'teilte am Dienstag mit', "
        "Konjunktiv, `rund 15'000` sent, `über 4000` dead or wounded and `3000` 'zusätzliche' "
        "(increment); a NATO representative 'Ende Mai' (days 21-31) `knapp 11'000` ('knapp' as "
        "approx); 'Nach Einschätzung des ukrainischen Militärgeheimdienstes' `zwischen 25'000 und "
        "30'000` by the year's end (range, planned, `pub`); metres, tonnes, passengers, a "
        "timetable, fares in francs, a phone number",
    text="""\
BRAUNWALD-BAHN
Fahrgastbrief Sommer 2025

Braunwald, 27. Juni 2025

Liebe Fahrgäste, liebe Freundinnen und Freunde der Bahn

Die Revision ist geschafft: Nach sechs Wochen Stillstand fährt die Standseilbahn seit dem 14. Juni \
wieder im Viertelstundentakt von Linthal hinauf ins autofreie Dorf. Das neue Zugseil ist 1'480 \
Meter lang und wiegt gut 9 Tonnen. Im vergangenen Jahr haben wir 412'000 Fahrgäste befördert, so \
viele wie noch nie.

Ein Seiltechniker aus Krementschuk

Mitgearbeitet hat Taras Melnyk, 46, der bis 2022 in einer Kranfabrik in Krementschuk am Dnipro \
angestellt war und seit zwei Jahren zu unserem Werkstatt-Team gehört. Sein jüngerer Bruder ist \
Pionier in einer Brigade an der Grenze zum Gebiet Kursk. «Er sagt, die Nordkoreaner räumen drüben \
jetzt Minen, [[Hunderte]] in jedem Abschnitt», erzählt Taras in der Znünipause.

Was darüber bekannt ist: Am 17. Juni stellte Sergei Schoigu, Sekretär des russischen \
Sicherheitsrats, bei einem Besuch in Pjöngjang in Aussicht, der Norden werde [[6000]] Bauleute und \
Minenräumer nach Kursk schicken. Der \
südkoreanische Nachrichtendienst teilte am Dienstag mit, von den [[rund 15'000]] bisher \
entsandten Soldaten seien [[über 4000]] getötet oder verwundet worden; im Frühjahr habe Pjöngjang \
zudem [[3000]] zusätzliche Soldaten nachgeschoben. Ein Nato-Vertreter sprach Ende Mai in Brüssel \
von [[knapp 11'000]] Nordkoreanern, die noch in Russland stünden. Nach Einschätzung des \
ukrainischen Militärgeheimdienstes könnten es bis Jahresende [[zwischen 25'000 und 30'000]] sein. \
Russland selbst verliert nach britischen Schätzungen jeden Tag über 1000 Mann.

«Ich flicke hier Seile, und zu Hause heben sie Schützengräben aus», sagt Taras. Im August fährt er \
für zwei Wochen zu seiner Familie.

Fahrplan und Preise
- Sommerbetrieb bis 19. Oktober, erste Bergfahrt 6.10 Uhr, letzte Talfahrt 22.40 Uhr
- Einzelfahrt Fr. 9.60, mit Halbtax Fr. 4.80
- Gepäcktransport ins Dorf: Fr. 5.- pro Stück
- Auskunft und Fundbüro: 055 653 41 77

Mit freundlichen Grüssen
Ihre Braunwald-Bahn
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "a cable technician relaying his brother, a sapper ('Er sagt', the speaker quoted: "
          "other), 'erzählt Taras' undated: clearing mines across the border"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni … stellte … in Aussicht' in Pyongyang: builders and deminers to be "
          "sent to Kursk (an announcement, no increment word)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'teilte am Dienstag mit' (Friday letter), Konjunktiv: sent so far"),
        C("über 4000", 4000, "at_least", "casualties", "south_korea", "tue",
          "same statement: killed or wounded (a breakdown of the total)"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "tue",
          "same statement, Konjunktiv: 'zusätzliche' sent on in spring (increment, span without "
          "the word)", add=True),
        C("knapp 11'000", 11000, "approx", "in_russia", "nato", "2025-05-21..2025-05-31",
          "a NATO representative 'Ende Mai' (days 21-31), Konjunktiv: still in Russia ('knapp' "
          "as approx)"),
        C("zwischen 25'000 und 30'000", None, "range", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): could be in "
          "Russia by the end of the year (a forecast: planned)"),
    ),
)

W04 = Source(
    article_id="w111_04_buecherbus_apenrade_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-03-11"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Büchereizentrale Apenrade – Bücherbus-Blog",
        "https://www.buechereizentrale-apenrade.example/buecherbus/blog/halyna-am-steuer",
        "Halyna am Steuer",
    ),
    features="the bookmobile blog of a German minority library in Aabenraa (Apenrade, North "
        "Schleswig, Denmark) in HTML, windows-1252 with CRLF (`„“` and `–` raw, `&middot;`), no "
        "meta date (sidecar, Tuesday), a cookie note about the tour page, a script, navigation, a "
        "footer with a phone number; `<title>` without a figure; a headline quoting the relayed "
        "figure of the body, „`An die fünftausend`“ (other, `pub`); a former tram driver from "
        "Chernivtsi relaying her son in Kursk `an die fünftausend` opposite ('an die' as approx, "
        "number word); Zelensky 'am Freitag' `Tausende` back in the front line near Sudzha; the "
        "JCS named after the figure ('…, teilte der Generalstab in Seoul am Montag mit') `etwa "
        "4.000` dead and wounded; the NIS 'Ende Februar' (days 21-28) `einige tausend` 'weitere' "
        "(increment); 'Laut dem Pentagon' `annähernd 11.000` ('annähernd' as approx, `pub`); "
        "Denmark's foreign intelligence service 'schätzte vergangene Woche' `bis zu 3.000` "
        "'zusätzliche' (a third government: other, increment, planned); bus length, media, stops, "
        "per cent, a fee in kroner, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Bücherbus-Blog – Halyna am Steuer</title>
<script>var bb={tour:"west",woche:11,haltestellen:46};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich nur, welche Tour Sie zuletzt angesehen haben. \
<button>Einverstanden</button> <button>Nein danke</button></div>
<nav>Start &middot; Fahrplan &middot; Medien suchen &middot; Bücherbus-Blog &middot; Kontakt</nav>
<article>
<h1>Halyna am Steuer: „[[An die fünftausend]]“</h1>
<p>Seit Anfang Februar fährt eine neue Kollegin unseren Bücherbus: Halyna Bojko, 51, hat in \
Czernowitz zwanzig Jahre lang Straßenbahnen gelenkt. Jetzt steuert sie zwölf Meter Bus mit rund \
9.000 Büchern, Hörbüchern und Spielen durch die Dörfer zwischen Apenrade, Tingleff und Loit, 46 \
Haltestellen in zwei Wochen. Die Ausleihen im Bus sind seit Jahresbeginn um 8 Prozent gestiegen.</p>
<p>Ihr Sohn Andrij steht mit seiner Brigade im russischen Gebiet Kursk, wo die ukrainischen \
Truppen seit dem Wochenende unter schwerem Druck zurückweichen. „Er sagt, gegenüber liegen [[an \
die fünftausend]] Koreaner, und sie lernen schnell“, erzählt Halyna an der Haltestelle in \
Feldstedt, während zwei Jungen ihre Comics zurückgeben.</p>
<p>Was die Regierungen melden: Präsident Selenskyj erklärte am Freitag, nordkoreanische Einheiten \
kämpften wieder in vorderster Linie bei Sudscha, [[Tausende]] von ihnen. Die Verluste der \
Nordkoreaner seit Oktober lägen bei [[etwa 4.000]] Toten und Verletzten, teilte der Generalstab in \
Seoul am Montag mit. Schon Ende Februar hatte der südkoreanische Nachrichtendienst berichtet, \
Pjöngjang habe [[einige tausend]] weitere Soldaten nachgeschickt. Laut dem Pentagon stehen \
weiterhin [[annähernd 11.000]] Nordkoreaner in Russland.</p>
<p>Auch in Kopenhagen wird genau hingeschaut. Der dänische Auslandsnachrichtendienst schätzte \
vergangene Woche in einer Lageeinschätzung, im Frühjahr könnten [[bis zu 3.000]] zusätzliche \
Nordkoreaner in Russland eintreffen.</p>
<p>Halyna fährt weiter, auch wenn sie nachts schlecht schläft. „Der Bus ist voller Geschichten. \
Das hilft mir.“</p>
<p class="info">Die Ausleihe im Bus ist kostenlos, die Jahresgebühr für Erwachsene beträgt 150 \
Kronen. Tour West: dienstags, Tour Süd: donnerstags.</p>
</article>
<footer>Büchereizentrale Apenrade &middot; Bücherbus &middot; Tel. +45 7462 3318</footer>
<script src="/js/tourplan.js"></script>
</body>
</html>
""",
    claims=(
        C("An die fünftausend", 5000, "approx", "near_front", "other", "pub",
          "headline quoting the relayed figure of the body (the driver's son via the driver: "
          "other, `pub`)"),
        C("an die fünftausend", 5000, "approx", "near_front", "other", "pub",
          "a bookmobile driver relaying her son ('Er sagt', the speaker quoted: other), "
          "'erzählt Halyna' undated: opposite his unit in Kursk ('an die' as approx; number "
          "word)"),
        C("Tausende", None, "vague", "near_front", "ukraine", "fri",
          "Zelensky 'erklärte am Freitag' (Tuesday blog), Konjunktiv: fighting in the front "
          "line near Sudzha"),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "mon",
          "the JCS named after the figure ('…, teilte der Generalstab in Seoul am Montag mit'): "
          "dead and wounded since October"),
        C("einige tausend", None, "vague", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "the NIS 'Ende Februar' (days 21-28), Konjunktiv: 'weitere' sent on (increment, span "
          "without the word)", add=True),
        C("annähernd 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Laut dem Pentagon' (undated): still in Russia ('annähernd' as approx)"),
        C("bis zu 3.000", 3000, "at_most", "planned", "other", "lastweek",
          "Denmark's foreign intelligence service 'schätzte vergangene Woche' (a third "
          "government: other): 'zusätzliche' could arrive in spring (increment, planned)",
          add=True),
    ),
)

W05 = Source(
    article_id="w111_05_ponzichter_oedenburg_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-23"),
    dated_by="sidecar",
    sidecar=(
        "Heimatverein der Ödenburger Ponzichter – Weinlesebrief",
        "https://www.ponzichter-oedenburg.example/weinlesebrief/2025",
        "Die Lese ist eingebracht",
    ),
    features="the vintners' heritage society of the German-speaking 'Ponzichter' in Sopron "
        "(Ödenburg, Hungary) in Markdown, UTF-8 with BOM, front matter with `date:` (Thursday; "
        "the sidecar has the same date) and a title without a figure; the harvest first; a "
        "harvest helper from Berehove in Transcarpathia relaying his son `einige hundert` "
        "building bunkers opposite (other, `pub`); the NIS 'Vergangene Woche' with 'Demnach' "
        "`rund 2.000` fallen and `mehrere tausend` wounded, and 'Der Dienst hält es außerdem für "
        "wahrscheinlich' `bis zu 6.000` 'zusätzliche' sappers (carried, increment, planned); "
        "Russia's defence ministry 'teilte vorgestern mit' (an ISO date) `1.000` deminers done in "
        "Kursk; a NATO spokesman 'am Freitag' `mehr als 15.000` deployed in Russia; 'Ungarischen "
        "Medienberichten zufolge' `bis zu 20.000` by spring (unattributed, planned); North Korean "
        "television showing `Hunderte` Kursk veterans at the 10 October parade (returnees: "
        "optional); hectares, hectolitres, must weight, years, forint, a phone number",
    text="""\
---
title: "Weinlesebrief 2025: Die Lese ist eingebracht"
date: 2025-10-23
herausgeber: Heimatverein der Ödenburger Ponzichter
---

# Die Lese ist eingebracht

Am Samstag haben wir die letzten Blaufränkisch-Trauben am Hang unter dem Ödenburger Gebirge \
gelesen. Auf den 14 Hektar unserer Mitgliedsfamilien kamen in diesem Jahr rund 610 Hektoliter \
Most zusammen, bei durchschnittlich 19 Grad Klosterneuburger Mostwaage. Die Ponzichter – so nennt \
man die deutschsprachigen Weinbauern Ödenburgs, weil sie zwischen den Rebzeilen Bohnen zogen – \
feiern am 8. November ihr Lesefest.

## Die Helfer aus Beregszász

Wie jedes Jahr halfen Erntehelfer aus Transkarpatien, ungarischsprachige Ukrainer aus der Gegend \
von Beregszász, ukrainisch Berehowe. Einer von ihnen, Zoltán Kovács, 58, hat einen Sohn in einer \
Drohneneinheit an der Grenze zum Gebiet Kursk. „Er schreibt, gegenüber bauen [[einige hundert]] \
Koreaner Bunker, Tag und Nacht“, sagte Kovács beim Abladen der Bottiche.

Vergangene Woche legte der südkoreanische Nachrichtendienst NIS in Seoul neue Zahlen vor. Demnach \
sind von den nordkoreanischen Soldaten in Russland [[rund 2.000]] gefallen, dazu kämen [[mehrere \
tausend]] Verwundete. Der Dienst hält es außerdem für wahrscheinlich, dass Pjöngjang bis \
Jahresende [[bis zu 6.000]] zusätzliche Pioniere schickt. Russlands Verteidigungsministerium \
teilte vorgestern mit, [[1.000]] nordkoreanische Minenräumer hätten ihre Arbeit im Gebiet Kursk \
abgeschlossen. Ein Nato-Sprecher nannte am Freitag [[mehr als 15.000]] Soldaten aus dem Norden, \
die bis heute in Russland eingesetzt worden seien. Ungarischen Medienberichten zufolge könnten \
es bis zum Frühjahr [[bis zu 20.000]] werden.

Am 10. Oktober, beim Aufmarsch zum 80. Gründungstag der Partei, ließ das nordkoreanische \
Fernsehen [[Hunderte]] Kursk-Veteranen an Kim Jong Un vorbeiziehen.

„Bei uns wird gelesen, bei ihnen wird gegraben“, sagt Kovács. Am Sonntag fuhr der Kleinbus zurück \
nach Transkarpatien, beladen mit 40 Flaschen Wein für die Familien.

## Termine

- Lesefest: Samstag, 8. November, 18 Uhr, Eintritt 4.000 Forint
- Weinprobe im Ponzichterhaus: jeden Freitag ab 16 Uhr
- Vereinsbüro: +36 99 312 457
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "pub",
          "a harvest helper relaying his son, a drone operator ('Er schreibt', the speaker "
          "quoted: other), 'sagte Kovács' undated: building bunkers opposite his unit"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'Vergangene Woche … legte … vor. Demnach': fallen"),
        C("mehrere tausend", None, "vague", "casualties", "south_korea", "lastweek",
          "same figures, Konjunktiv ('dazu kämen'): wounded"),
        C("bis zu 6.000", 6000, "at_most", "planned", "south_korea", "lastweek",
          "'Der Dienst hält es außerdem für wahrscheinlich' (carried from last week's figures): "
          "'zusätzliche' sappers by the end of the year (increment, span without the word; "
          "planned)", add=True),
        C("1.000", 1000, "exact", "near_front", "russia", "2025-10-21",
          "Russia's defence ministry 'teilte vorgestern mit' (two days before the Thursday "
          "letter: an ISO date), Konjunktiv: deminers finished their work in the Kursk region"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "fri",
          "a NATO spokesman 'nannte am Freitag', Konjunktiv: deployed in Russia to date"),
        C("bis zu 20.000", 20000, "at_most", "planned", "unattributed", "pub",
          "'Ungarischen Medienberichten zufolge' (no named source: unattributed), undated: by "
          "spring (a forecast: planned)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "North Korean television at the 10 October parade: Kursk veterans marching (returnees: "
          "optional)", opt=True),
    ),
)

W06 = Source(
    article_id="w111_06_springprozession_echternach_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-06-13"),
    dated_by="html_meta",
    features="the dancing procession committee's news page from Echternach (Luxembourg) in HTML, "
        "UTF-16 LE with BOM, `<meta name=\"date\">` (Friday), a one-button cookie note about the "
        "procession video, navigation, a footer with a phone number; `<title>` repeating the "
        "headline's `3.000` (optional) and the headline taking HUR's Wednesday figure below "
        "(Wednesday to publication, increment); a Catholic nun from Gyeongju relaying her nephew "
        "on the inter-Korean border `Zehntausende` prepared for the next deployment (other, "
        "`pub`, planned, not an increment); HUR 'Am Mittwoch' 'noch einmal' `3.000` (increment); "
        "the Pentagon 'am Montag' `mindestens 11.000`; 'Nach Angaben südkoreanischer "
        "Abgeordneter geht der Geheimdienst … davon aus' `mehr als 4.700` (`pub`); North Korean "
        "television 'Am Pfingstsonntag' (8 June) `Dutzenden` portraits of the fallen; dancers, "
        "music groups, spectators, pilgrims, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<meta name="date" content="2025-06-13">
<title>Springprozession 2025 – Pilger aus Gyeongju und [[3.000]] weitere Soldaten</title>
</head>
<body>
<div class="cookies">Ein Cookie speichert, ob Sie das Video der Prozession schon gesehen haben. \
<button>OK</button></div>
<nav>Prozession · Geschichte · Pilgergruppen · Nachrichten</nav>
<article>
<h1>Pilger aus Gyeongju – und die Sorge um [[3.000]] weitere Soldaten</h1>
<p>Rund 9.600 Tänzerinnen und Tänzer sprangen am Pfingstdienstag hinter dem Grab des heiligen \
Willibrord durch die Gassen, begleitet von 44 Musikgruppen und mehr als 12.000 Zuschauern. Zum \
ersten Mal war eine Gruppe aus Korea dabei: 14 Mitglieder einer katholischen Gemeinde aus \
Gyeongju, angeführt von Schwester Agatha Seo.</p>
<p>Ihr Neffe leistet seinen Wehrdienst an der innerkoreanischen Grenze. „Er sagt, im Norden \
bereiten sie schon [[Zehntausende]] auf den nächsten Einsatz vor“, erzählte die Ordensfrau nach \
der Prozession.</p>
<p>Die Nachrichten dieser Woche geben ihr recht. Am Mittwoch meldete der ukrainische \
Militärgeheimdienst, Pjöngjang habe noch einmal [[3.000]] Soldaten nach Russland verlegt. Das \
Pentagon sprach am Montag von [[mindestens 11.000]] Nordkoreanern, die weiterhin in Russland \
stationiert seien. Nach Angaben südkoreanischer Abgeordneter geht der Geheimdienst in Seoul davon \
aus, dass [[mehr als 4.700]] von ihnen getötet oder verwundet wurden. Am Pfingstsonntag zeigte \
das nordkoreanische Fernsehen Kim Jong Un vor den Porträts von [[Dutzenden]] Gefallenen.</p>
<p>Schwester Agatha will wiederkommen: „Wir haben für alle Soldaten getanzt, auch für die aus dem \
Norden.“</p>
</article>
<footer>Prozessionskomitee Echternach · Tel. +352 72 04 57</footer>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "ukraine", "wed..pub",
          "`<title>` repeating the headline (metadata): optional", add=True, opt=True),
        C("3.000", 3000, "exact", "in_russia", "ukraine", "wed..pub",
          "headline '… 3.000 weitere Soldaten': HUR's Wednesday figure below (Wednesday to the "
          "Friday of publication; 'weitere': increment)", add=True),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a nun relaying her nephew ('Er sagt', the speaker quoted: other), 'erzählte die "
          "Ordensfrau' undated: prepared for the next deployment (planned; no increment word)"),
        C("3.000", 3000, "exact", "in_russia", "ukraine", "wed",
          "HUR 'Am Mittwoch meldete' (Friday page), Konjunktiv: 'noch einmal' moved to Russia "
          "(increment, span without the words)", add=True),
        C("mindestens 11.000", 11000, "at_least", "in_russia", "united_states", "mon",
          "the Pentagon 'sprach am Montag von', Konjunktiv: still stationed in Russia"),
        C("mehr als 4.700", 4700, "at_least", "casualties", "south_korea", "pub",
          "'Nach Angaben südkoreanischer Abgeordneter geht der Geheimdienst in Seoul davon aus' "
          "(undated): killed or wounded"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-06-08",
          "North Korean television 'Am Pfingstsonntag' (Whit Sunday, 8 June): portraits of the "
          "fallen"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Canada, Turks and Caicos, Dominica, United States, England, New Zealand)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w111_07_debate_live_sackville_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Tantramar Debating Union",
        "https://www.tantramar-debating.example/live/2024-10-kims-soldiers",
        "Live: Will Kim's soldiers change the war?",
    ),
    features="a debating society's live blog of a public debate in Sackville (New Brunswick) in "
        "HTML, UTF-8, no meta date (sidecar, Wednesday), a cookie bar about auto-refresh, a "
        "script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; timestamped posts ('19:11 –', 'Update 21:40 –'); the first speaker citing the NIS "
        "'On Tuesday' `about 3,000` moved and `10,000` by December (planned); the opposition "
        "citing the Pentagon, 'put the number in Russia at' `roughly 10,000` 'on Monday' and `a "
        "few thousand` heading to the border; Russia's troops in Ukraine and an echo 'Ten "
        "thousand conscripts' inside his quote (optional); HUR 'on Sunday' `about 2,500` in Kursk "
        "'by its count'; a later post referring back to the first speaker's source ('the same spy "
        "agency … had told those lawmakers') `thousands` more still training at home (increment, "
        "planned, Tuesday); an exchange student from Gimcheon relaying his brother `twenty "
        "thousand` by spring (other, `pub`); Rutte without a figure; the State Department 'this "
        "evening' `8,000` in Kursk (the day of publication); audience, votes, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Live: Will Kim's soldiers change the war? | Tantramar Debating Union</title>
<meta property="og:site_name" content="Tantramar Debating Union">
<script>var live={event:"public-debate-october",poll:30,order:"oldest-first"};</script>
</head>
<body>
<div class="cookie-bar">One cookie remembers whether you switched off auto-refresh. <button>Got \
it</button> <button>No cookies, thanks</button></div>
<nav><a href="/">Home</a> | <a href="/debates">Debates</a> | <a href="/live">Live</a> | <a \
href="/join">Join the Union</a></nav>
<main>
<h1>Live: Will Kim's soldiers change the war? The motion, the numbers and the vote</h1>
<p class="standfirst">Our autumn public debate, live from the upstairs hall on Bridge Street in \
Sackville. Oldest posts first.</p>
<div class="post"><p><strong>19:02 –</strong> Doors closed with 148 people in the room and \
another 60 on the stream. The motion: This House believes North Korea's soldiers will change the \
course of the war in Ukraine.</p></div>
<div class="post"><p><strong>19:11 –</strong> First proposition, Priya Raman, opens with South \
Korea's National Intelligence Service. On Tuesday, she said, the agency told lawmakers in Seoul \
that [[about 3,000]] North Korean troops had already been moved to western Russia, and warned \
that the total could reach [[10,000]] by December.</p></div>
<div class="post"><p><strong>19:24 –</strong> First opposition, Mathieu LeBlanc, answers with the \
Pentagon, whose spokeswoman put the number in Russia at [[roughly 10,000]] on Monday and told \
reporters that [[a few thousand]] of them were heading for Ukraine's border. "Russia already has \
some 600,000 troops inside Ukraine," LeBlanc said. "[[Ten thousand]] conscripts who have never \
seen a drone will not turn that."</p></div>
<div class="post"><p><strong>19:39 –</strong> Second proposition, Declan Gallant, brings in Kyiv. \
Ukraine's military intelligence said on Sunday that the first North Korean units had reached the \
Kursk region, [[about 2,500]] soldiers by its count.</p></div>
<div class="post"><p><strong>19:58 –</strong> The opposition whip, Sophie Arsenault, turns \
Priya's own source against her: the same spy agency, she pointed out, had told those lawmakers \
that [[thousands]] more were still drilling at home before they could be shipped. "If they need \
months of training, they are not a game-changer."</p></div>
<div class="post"><p><strong>20:17 –</strong> Floor speeches. Min-jun Cho, an exchange student \
from Gimcheon, says his older brother is doing his military service near the DMZ. "My brother \
says the talk in his barracks is of [[twenty thousand]] going by spring," he told the \
hall.</p></div>
<div class="post"><p><strong>20:34 –</strong> Chair's note: Rutte, NATO's secretary general, told \
reporters on Monday he could confirm the deployment to Kursk, but he gave no number. Moscow still \
calls the reports fake.</p></div>
<div class="post"><p><strong>20:51 –</strong> The vote: 97 for, 52 against, 11 abstentions. The \
proposition carries the night.</p></div>
<div class="post"><p><strong>Update 21:40 –</strong> As the hall emptied, news from Washington: \
the State Department said this evening that [[8,000]] of Pyongyang's troops had reached the \
Kursk region and could be in combat within days. Priya's verdict: "We should have \
waited an hour."</p></div>
</main>
<footer>Tantramar Debating Union · Sackville, N.B. · 506-364-2071</footer>
<script src="/assets/live-refresh.js"></script>
</body>
</html>
""",
    claims=(
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "tue",
          "the first speaker citing the NIS: 'On Tuesday … the agency told lawmakers' (Wednesday "
          "blog): moved to western Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "tue",
          "same briefing: 'the total could reach … by December' (a forecast: planned; a total, "
          "not an increment)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon's spokeswoman 'put the number in Russia at … on Monday'"),
        C("a few thousand", None, "vague", "near_front", "united_states", "mon",
          "same spokeswoman 'told reporters': heading for Ukraine's border (a breakdown)"),
        C("Ten thousand", 10000, "exact", "in_russia", "other", "pub",
          "an echo of the figures above inside the opposition speaker's quote: optional",
          opt=True),
        C("about 2,500", 2500, "approx", "near_front", "ukraine", "sun",
          "HUR 'said on Sunday', 'by its count': reached the Kursk region"),
        C("thousands", None, "vague", "planned", "south_korea", "tue",
          "a later post referring back to the first speaker's source ('the same spy agency … had "
          "told those lawmakers': the NIS's Tuesday): 'more' still drilling at home (increment, "
          "span without the word; planned)", add=True),
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "an exchange student relaying his brother ('My brother says', the speaker quoted: "
          "other), 'he told the hall' undated: going by spring (number words; planned)"),
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-10-30",
          "the State Department 'this evening' in the 'Update 21:40' post (the day of "
          "publication): in the Kursk region"),
    ),
)

W08 = Source(
    article_id="w111_08_spout_and_fluke_grand_turk",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-01-31"),
    dated_by="dateline", crlf=True,
    features="a whale-watch skippers' newsletter from Cockburn Town on Grand Turk (Turks and "
        "Caicos) as plain text, windows-1252 with CRLF (curly quotes, `—`), dateline 'COCKBURN "
        "TOWN, Grand Turk, January 31, 2025 —' (Friday); humpbacks first; a cruise-ship waiter "
        "from Kropyvnytskyi relaying his father `thousands` in the villages behind the line "
        "(other, `pub`) and who 'figures' `5,000` more by summer (increment, planned, other); HUR "
        "'On Tuesday' `roughly 1,000` lost 'by its count'; the NIS 'had estimated on January 13' "
        "`around 300` killed and `some 2,700` wounded; Zelensky 'put … at' `more than 3,800` "
        "'when he spoke to reporters … last week'; an anonymous US official 'On Wednesday' "
        "`about 11,000` regrouping in Russia; whales, sightings, yards, feet, miles, a price in "
        "US dollars, guests a boat, years, a phone number",
    text="""\
SPOUT & FLUKE
Newsletter of the Grand Turk Whale Watch Skippers

COCKBURN TOWN, Grand Turk, January 31, 2025 — The humpbacks are back in the Turks Island \
Passage. Our boats logged 63 sightings in the last two weeks of January, among them a mother and \
calf that stayed off Governor’s Beach three mornings running. Somewhere around 4,000 humpbacks \
pass these islands between January and April on their way to the Silver Bank.

A waiter’s day off

When the cruise ships are in, a few crew members always find their way to our dock. Last Tuesday \
one of them was Pavlo Shevchuk, 27, a waiter from Kropyvnytskyi in central Ukraine, on his first \
contract at sea. His father, a mechanic, was called up in 2023 and now keeps armoured vehicles \
running for a brigade in Russia’s Kursk region.

“My father says there are [[thousands]] of them in the villages behind the line,” Pavlo said of \
the North Korean soldiers fighting for Moscow, one eye on a breaching calf.

The numbers

The official figures moved again this week. On Tuesday Ukraine’s military intelligence said the \
North Koreans had been pulled out of the front line after losing [[roughly 1,000]] men since New \
Year, by its count. South Korea’s spy agency had estimated on January 13 that [[around 300]] had \
been killed and [[some 2,700]] wounded. President Zelensky put total North Korean casualties at \
[[more than 3,800]] when he spoke to reporters in Kyiv last week. On Wednesday a US official, \
speaking on condition of anonymity, said [[about 11,000]] were still in Russia, most of them \
regrouping far behind the front.

Pavlo figures Kim will send [[5,000]] more before the summer. “He has men. That is the one thing \
he has plenty of.”

Skipper’s notes
- Trips leave the Cockburn Town dock at 9 a.m. and 1 p.m.; US$95 a head, 12 guests a boat.
- Keep 100 yards from any whale: that is the law here, not just our rule.
- The passage drops to more than 7,000 feet barely two miles off the beach.
- Bookings: +1 649 946 2270
""",
    claims=(
        C("thousands", None, "vague", "near_front", "other", "pub",
          "a cruise-ship waiter relaying his father ('My father says', the speaker quoted: "
          "other), 'Pavlo said' undated: in the villages behind the line"),
        C("roughly 1,000", 1000, "approx", "casualties", "ukraine", "tue",
          "HUR 'On Tuesday … said', 'by its count' (Friday newsletter): lost since New Year"),
        C("around 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'had estimated on January 13': killed"),
        C("some 2,700", 2700, "approx", "casualties", "south_korea", "2025-01-13",
          "same estimate: wounded"),
        C("more than 3,800", 3800, "at_least", "casualties", "ukraine", "lastweek",
          "Zelensky 'put total North Korean casualties at … when he spoke to reporters … last "
          "week' (the date after the figure)"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "wed",
          "'On Wednesday a US official, speaking on condition of anonymity': still in Russia, "
          "regrouping far behind the front"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "'Pavlo figures' (undated; the waiter speaking for himself: other): 'more' Kim will "
          "send before summer (increment, span without the word; planned)", add=True),
    ),
)

W09 = Source(
    article_id="w111_09_the_pod_dominica_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-04-30"),
    dated_by="front_matter",
    features="a cocoa growers' co-operative newsletter from Dominica in Markdown, ISO-8859-1 with "
        "straight quotes, front matter with `date:` (Wednesday), an issue key and a title without "
        "a figure; the harvest first; Pyongyang's admission without a figure; the NIS 'This "
        "morning' (the day of publication) with the total `roughly 15,000` sent, `about 4,700` "
        "casualties and `600` of those dead (a breakdown); a State Department "
        "spokeswoman 'earlier this month' (1st to publication) `over 1,000` more (increment); "
        "HUR named after the figure ('…, Ukraine's military intelligence said last week') `No more "
        "than 3,000` near the front ('no more than' as at_most); 'According to reports in the "
        "Japanese press' `several hundred` more (unattributed, increment, `pub`); a chocolate "
        "maker from Seoul who 'thinks' \"`At least ten thousand`\" dead or wounded (number words, "
        "other, `pub`); tonnes of beans, years, prices in EC dollars, member farms, a phone number",
    text="""\
---
title: "The Pod: news from the Morne Cocoa Growers' Co-operative"
date: 2025-04-30
issue: 19
---

# The Pod - April 2025

The main crop is in. Between January and the end of March, members delivered 41 tonnes of wet \
beans to the fermentary at Grand Fond, the most since Hurricane Maria flattened the groves in \
2017. The co-op pays EC$9.50 a pound for dried beans this season.

## A chocolate maker from Seoul

For two weeks this month the fermentary had a guest: Jang Min-seo, 39, who makes bean-to-bar \
chocolate in a small shop in Seoul and has bought Dominican beans from us since 2021. She came to \
see the harvest and stayed to learn how we turn the fermenting boxes.

Min-seo follows the news from the North closely; her grandmother was born near Kaesong. On Monday, \
for the first time, Pyongyang admitted that its soldiers had fought for Russia in Kursk. This \
morning South Korea's intelligence service told lawmakers that of the [[roughly 15,000]] troops \
sent since last autumn, [[about 4,700]] were now casualties, and that [[600]] of those had died. \
A State Department spokeswoman said earlier this month that [[over 1,000]] more had arrived in \
Russia since January. [[No more than 3,000]] were still near the front, in Russia's Belgorod \
region, Ukraine's military intelligence said last week. According to reports in the Japanese \
press, [[several hundred]] more were shipped through Vladivostok in March.

Min-seo thinks the real toll is far higher. "[[At least ten thousand]] dead or wounded," she said, \
cracking a ripe pod on the fermentary step. "And nobody in the North will ever say so."

## Co-op notes

- The co-op now counts 112 member farms from Grand Fond to Petite Soufriere.
- Seedlings from the nursery cost EC$4 each; 2,500 are ready for planting.
- Office: 767-446-2139
""",
    claims=(
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'This morning … told lawmakers' (the day of publication): sent since autumn"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing: killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing, '… of those had died': a breakdown of the casualties"),
        C("over 1,000", 1000, "at_least", "in_russia", "united_states", "2025-04-01..pub",
          "a State Department spokeswoman 'said earlier this month' (1st to publication): 'more' "
          "arrived since January (increment, span without the word)", add=True),
        C("No more than 3,000", 3000, "at_most", "near_front", "ukraine", "lastweek",
          "HUR named after the figure ('…, Ukraine's military intelligence said last week'): "
          "near the front in the Belgorod region ('no more than' as at_most)"),
        C("several hundred", None, "vague", "in_russia", "unattributed", "pub",
          "'According to reports in the Japanese press' (no named source: unattributed), "
          "undated: 'more' shipped via Vladivostok (increment, span without the word)", add=True),
        C("At least ten thousand", 10000, "at_least", "casualties", "other", "pub",
          "'Min-seo thinks' (undated; a chocolate maker speaking for herself: other): dead or "
          "wounded (number words)"),
    ),
)

W10 = Source(
    article_id="w111_10_bridge_lines_rockville",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-10-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bridge Lines – Parke County Covered Bridge Festival volunteers",
        "https://www.coveredbridgefest-parke.example/bridge-lines/2025-closing",
        "Bridge Lines: the festival is over, the eggs are sold",
    ),
    features="the volunteer bulletin of a covered-bridge festival in Rockville (Parke County, "
        "Indiana) as plain text, UTF-8 with BOM and CRLF (sidecar, Monday); the festival first; a "
        "chemistry student from Rivne selling pysanky relaying her father `two or three hundred` "
        "dug in opposite his battery (range of number words, other, `pub`) and an echo 'Ten "
        "thousand of them on that border' (optional); the NIS 'on Thursday' `roughly 10,000` "
        "along the border and `about 2,000` dead, and 'The agency believes' `some 5,000` "
        "construction workers sent (carried); Budanov, named before his role, 'told a TV "
        "interviewer on Saturday' `between 11,000 and 13,000` (range); a NATO spokesperson 'by "
        "the alliance's count' `over 14,000` (`pub`); the student who 'expects' `6,000` more "
        "(increment, planned, other); bridges, visitors, volunteers, eggs, per cent, tickets, "
        "dollars, dates, a phone number",
    text="""\
BRIDGE LINES
The volunteer bulletin of the Parke County Covered Bridge Festival

Ten days, 31 covered bridges and, by the sheriff's estimate, well over a million visitors: the \
2025 festival closed last night, and the courthouse square in Rockville has parking again. Thank \
you to the 340 volunteers who drove the shuttles, staffed the church kitchens and kept the \
lost-and-found table in order.

Eggs from Rivne

New on the Mansfield mill grounds this year were the pysanky of Sofiia Marchuk, 21, a chemistry \
student at Indiana State in Terre Haute who came from Rivne in 2022. She sold 180 hand-dyed eggs, \
up 40 percent on last year, and gave away twice as many sunflower stickers. Her father is a gunner \
with a Ukrainian brigade on the Sumy border.

"My dad says [[two or three hundred]] North Koreans are dug in across from his battery, and they \
shoot all night," Sofiia said between customers. "[[Ten thousand]] of them on that border, and \
people here still ask me whether the war is over."

The government tallies she follows kept piling up during the festival. South Korea's spy agency \
said on Thursday that [[roughly 10,000]] North Korean troops remained posted along Russia's border \
with Ukraine and that [[about 2,000]] had died since the deployment began. The agency believes \
Pyongyang has also sent [[some 5,000]] military construction workers to Russia. Kyrylo Budanov, \
Ukraine's military intelligence chief, told a TV interviewer on Saturday that North Korea had \
[[between 11,000 and 13,000]] soldiers in Russia. A NATO spokesperson said [[over 14,000]] had \
served there by the alliance's count.

Sofiia expects [[6,000]] more before the snow comes. "They send the builders first, then the \
soldiers."

Festival notes
- Shuttle tickets were $10 and 4,200 were sold.
- Next year's festival runs October 9 to 18, 2026.
- Unclaimed lost-and-found items go to the Rockville library on November 1.
- Festival office: 765-569-5226
""",
    claims=(
        C("two or three hundred", None, "range", "near_front", "other", "pub",
          "a student relaying her father, a gunner ('My dad says', the speaker quoted: other), "
          "'Sofiia said' undated: dug in across from his battery (number words: range)"),
        C("Ten thousand", 10000, "exact", "near_front", "other", "pub",
          "an echo of the reported figure inside the student's quote: optional", opt=True),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "the NIS 'said on Thursday' (Monday bulletin): posted along Russia's border with "
          "Ukraine"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "same statement: died"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "thu",
          "'The agency believes' (carried from Thursday's statement): construction workers sent "
          "to Russia"),
        C("between 11,000 and 13,000", None, "range", "in_russia", "ukraine", "sat",
          "Budanov, named before his role, 'told a TV interviewer on Saturday': in Russia"),
        C("over 14,000", 14000, "at_least", "in_russia", "nato", "pub",
          "a NATO spokesperson 'said', 'by the alliance's count' (undated): served in Russia"),
        C("6,000", 6000, "exact", "planned", "other", "pub",
          "'Sofiia expects' (undated; the student speaking for herself: other): 'more' before "
          "the snow (increment, span without the word; planned)", add=True),
    ),
)

W11 = Source(
    article_id="w111_11_the_ammonite_lyme_regis",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-11-21"),
    dated_by="sidecar",
    sidecar=(
        "The Ammonite – Charmouth & Lyme Fossil Hunters' Club",
        "https://www.lyme-fossilhunters.example/ammonite/2025-11",
        "Storm uncovers ammonites; Seoul counts 5,000 more builders for Russia",
    ),
    features="a fossil hunters' club newsletter from Lyme Regis (Dorset) as plain text, "
        "windows-1252 with curly quotes and `—` (sidecar, Friday); a headline 'Seoul counts "
        "`5,000` more builders' from the NIS's 4 November figure below (4 November to "
        "publication, increment); the storm and the ammonites first; a geologist from Cherkasy "
        "relaying her husband, a signals officer, 'By his count' `a thousand, perhaps fifteen "
        "hundred` (range of number words, other, `pub`); the NIS 'On November 4' `5,000` more "
        "builders (increment) and 'put the North's dead at' `about 2,000`; the UK Ministry of "
        "Defence 'On Tuesday' `around 11,000` in the Kursk and Belgorod regions (a third "
        "government: other); Zelensky 'last week' `up to 3,000` gunners; North Korean state media "
        "'on Sunday' `hundreds` of names of the dead; the club's own 'Add … to … and you arrive "
        "at' `16,000 or so` (unattributed, required); tonnes, ammonites, million years, members, "
        "a tide time, pounds, a phone number",
    text="""\
THE AMMONITE
Charmouth & Lyme Fossil Hunters’ Club — November 2025

Storm uncovers ammonites; Seoul counts [[5,000]] more builders for Russia

The first real gale of the winter did what gales do on this coast. It brought down about 400 \
tonnes of Black Ven mudstone east of Lyme Regis, and on the Saturday walk afterwards we found 230 \
ammonites in one morning, eleven of them whole. A reminder of the club rule: nothing comes off the \
cliff face, only off the beach.

Olena’s walks

Since the spring the Saturday walks have been led by Dr Olena Tkachenko, 44, who taught geology \
at the university in Cherkasy until 2022 and now volunteers at the heritage centre in Charmouth. \
Her husband is a signals officer with a Ukrainian brigade near Sumy.

“My husband listens to their radios,” she told the group on the beach. “By his count there are \
[[a thousand, perhaps fifteen hundred]] Koreans in front of his brigade.”

The governments say more. On November 4 South Korea’s spy agency told a parliamentary committee \
that Pyongyang had sent [[5,000]] more military builders to Russia since the summer, and put the \
North’s dead at [[about 2,000]]. On Tuesday the UK Ministry of Defence said in its intelligence \
update that [[around 11,000]] of the North’s soldiers were still deployed across the Kursk and \
Belgorod regions. President Zelensky said last week that [[up to 3,000]] North Korean gunners \
were shelling villages along the Sumy border. North Korea’s state media reported on Sunday that \
Kim Jong Un had opened a memorial hall carrying the names of [[hundreds]] of soldiers killed in \
Kursk.

Add Seoul’s builders to London’s figure and you arrive at [[16,000 or so]] North Koreans in \
Russia today, by our own rough arithmetic.

“Rocks keep their records for 190 million years,” Olena said. “People forget within a week.”

Club notes
- Winter walks: Saturdays at 10 a.m. from the Charmouth beach car park; £8, members free.
- Low tide this Saturday is at 11:42.
- 87 members have already paid for 2026. Thank you.
- Secretary: 01297 443 918
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "headline 'Seoul counts … more builders': the NIS's 4 November figure below (4 "
          "November to the Friday of publication; 'more': increment)", add=True),
        C("a thousand, perhaps fifteen hundred", None, "range", "near_front", "other", "pub",
          "a geologist relaying her husband ('By his count', the speaker quoted: other), 'she "
          "told the group' undated: in front of his brigade (two number words: range)"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'On November 4 … told a parliamentary committee': 'more' military builders "
          "sent since summer (increment, span without the word)", add=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "same committee, 'put the North's dead at'"),
        C("around 11,000", 11000, "approx", "near_front", "other", "tue",
          "the UK Ministry of Defence 'On Tuesday … in its intelligence update' (a third "
          "government: other): in the Kursk and Belgorod regions"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "lastweek",
          "Zelensky 'said last week': gunners shelling villages along the Sumy border"),
        C("hundreds", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state media 'reported on Sunday': names of soldiers killed in Kursk"),
        C("16,000 or so", 16000, "approx", "in_russia", "unattributed", "pub",
          "the club's own 'Add … to … and you arrive at', 'by our own rough arithmetic' (no "
          "source: unattributed, required; 'or so' in the span)"),
    ),
)

W12 = Source(
    article_id="w111_12_guild_notes_hokitika_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-14"),
    dated_by="sidecar",
    sidecar=(
        "Hokitika Pounamu Carvers' Guild – Guild Notes",
        "https://www.hokitika-carvers.example/guild-notes/winter-2025",
        "Guild Notes: winter wānanga and a carver from Wonju",
    ),
    features="a pounamu carvers' guild newsletter from Hokitika (West Coast, New Zealand) in "
        "Markdown, UTF-8 (macrons, `—`), front matter without a date (sidecar, Thursday) and a "
        "title without a figure; the winter courses first; a stone carver from Wonju relaying his "
        "son in the army `thirty thousand` by next year (number words, other, `pub`, planned); "
        "the figure before its source, 'So said South Korea's Joint Chiefs of Staff in a briefing "
        "on Monday' `About 1,000` sappers in Kursk; the NIS 'In late July' (days 21-31) `roughly "
        "600` killed and `4,100` wounded; Russia's defence ministry 'last week' `several "
        "thousand` to help rebuild Kursk (planned); New Zealand's foreign minister 'yesterday' "
        "\"`thousands`\" sent (a third government: other); 'According to the US State "
        "Department' `over 11,000` (`pub`); North Korea's army as a whole; learners, tonnes, "
        "kilograms, years, prices in New Zealand dollars, a phone number",
    text="""\
---
title: "Guild Notes: winter wānanga and a carver from Wonju"
guild: Hokitika Pounamu Carvers' Guild
issue: Winter 2025
---

# Guild Notes — Winter 2025

The winter wānanga ran over five weekends in July, and 26 learners finished their first toki \
pendants. The stone store holds about 1.3 tonnes of pounamu released to the guild by the rūnanga \
this year, including one boulder of 180 kilograms that nobody has yet dared to cut.

## A stone carver from Wonju

Our artist in residence for August is Park Ji-hoon, 52, who carves jade and granite in a \
workshop outside Wonju, east of Seoul. He has been struck, he says, by how much pounamu and Korean \
jade have in common: hard to find, slow to work and never meant for sale in bulk.

His son is doing his compulsory service with an artillery unit north of Seoul. "My son says that \
in the barracks they talk of [[thirty thousand]] Northerners in Russia by next year," Ji-hoon told \
us over tea in the workshop. North Korea's own army, he reminded us, has about 1.2 million men.

[[About 1,000]] North Korean sappers are now clearing minefields in the Kursk region. So said \
South Korea's Joint Chiefs of Staff in a briefing on Monday. In late July the country's spy agency \
reported [[roughly 600]] North Koreans killed in the first half of the year and [[4,100]] wounded. \
Russia's defence ministry said last week that [[several thousand]] "Korean comrades" would help \
rebuild Kursk before winter. New Zealand's foreign minister, condemning the deployment yesterday, \
spoke of "[[thousands]] of soldiers sent to fight an illegal war". According to the US State \
Department, [[over 11,000]] remain in Russia.

Ji-hoon expects the war to last. "It is a long war for a small country," he said, turning a piece \
of kawakawa pounamu in the light.

## Guild notes

- The workshop is open Tuesday to Saturday, 10 a.m. to 4 p.m.; a day's carving class is NZ$180.
- Fourteen members showed work at the Hokitika museum in June.
- Ji-hoon's public talk: Saturday 23 August, 7 p.m., in the guild rooms.
- Guild office: 03 755 6421
""",
    claims=(
        C("thirty thousand", 30000, "exact", "planned", "other", "pub",
          "a stone carver relaying his son ('My son says', the speaker quoted: other), "
          "'Ji-hoon told us' undated: in Russia by next year (number words; planned)"),
        C("About 1,000", 1000, "approx", "near_front", "south_korea", "mon",
          "the figure opens its sentence, the source in the next ('So said South Korea's Joint "
          "Chiefs of Staff in a briefing on Monday'): sappers clearing Kursk minefields"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "the NIS 'In late July' (days 21-31): killed in the first half of the year"),
        C("4,100", 4100, "exact", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "same report: wounded"),
        C("several thousand", None, "vague", "planned", "russia", "lastweek",
          "Russia's defence ministry 'said last week': would help rebuild Kursk before winter "
          "(planned)"),
        C("thousands", None, "vague", "in_russia", "other", "yday",
          "New Zealand's foreign minister 'yesterday', inside a quote (a third government: "
          "other): sent to fight"),
        C("over 11,000", 11000, "at_least", "in_russia", "united_states", "pub",
          "'According to the US State Department' (undated): remain in Russia"),
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
