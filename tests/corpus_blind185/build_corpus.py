"""Build the HUNDRED-AND-EIGHTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-seventh corpus, for an honest measurement on articles the extractor has
never met, written in session 18 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
pilgrimage inn's letter to its regular guests from the Sonntagberg (Austrian conventions) with a
chambermaid from Poltava and a retired nurse from Suwon, a sawmill's customer letter from
Allhartsberg in the Mostviertel with a sawyer from Kharkiv and a house buyer from Gwangju, a farm
machinery workshop's news page from Wünnewil (Swiss conventions) with a mechanic from
Zaporizhzhia and an agronomist from Jeonju, a fruit distillery's customer letter from Ueberstorf
(Swiss conventions) with a harvest helper from Vinnytsia and a chemistry student from Cheonan, a
town guides' circular from Melsungen on the Fulda with a guide from Chernihiv and a doctoral
student from Asan, and a castle friends' society's notices from Spangenberg
with an electrician from Sumy and a dentist from Ulsan; an agency-style wire report from the
soft-shell crab shedders of Colington, North Carolina, with a tank hand from Dnipro and a seafood
wholesaler born in Incheon, a readers' letters page from a Colington weekly with letters quoting a
gunner near Kursk and an aunt in Seoul, a birding club's winter count notes from Dewees Island,
South Carolina, with a veterinary nurse from Chernihiv and an ornithologist from Jeju, a native
plant nursery's island notes from Dewees Island with a horticulturist from Kherson and a landscape
architect from Changwon, a folk school's spring newsletter from Grand Marais, Minnesota, with a
woodcarver from Lviv and a potter from Icheon, and a fish house's blog from Grand Marais with a
deckhand from Chernivtsi and a sushi cook born in Pohang. Same file format, marker syntax and
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
BASE_NAME = "_blind185_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Sonntagberg and Allhartsberg, Wünnewil and Ueberstorf, Melsungen and
# Spangenberg)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v185_01_stammgaestebrief_wallfahrtsgasthof_sonntagberg",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-21"),
    dated_by="dateline", crlf=True,
    features="a pilgrimage inn's letter to its regular guests from the Sonntagberg above the Ybbs "
        "(Mostviertel, Lower Austria) as plain text, windows-1252 with CRLF and `„“`, `–` (no "
        "sidecar), dated by the letter line 'Sonntagberg, 21. Jänner 2025' (Tuesday); Austrian "
        "conventions (`Jänner`, `Feber`, `heuer`, `aufsperren`, `Mostbratl`); the winter closing, "
        "last year's overnight pilgrims, beds, the altitude and menu prices in euros first; a "
        "chambermaid from Poltava relaying her nephew, a sapper in the Kursk region ('Am Samstag "
        "habe er ihr eine Sprachnachricht geschickt, erzählt Halyna.', Konjunktiv carried) `an "
        "die 150` dug in in an abandoned village (approx, near the front) and sentence-initial "
        "`Vier` caught by a drone wading a stream (number word, casualties; both other, from "
        "Saturday to publication); a retired nurse from Suwon who 'schätzt' `zwischen 10.000 und "
        "12.000` stationed in Russia (range, other, `pub`); Zelensky who 'erklärte am Sonntag' "
        "`knapp 4.000` killed or wounded; Kyiv which 'hatte schon vergangene Woche … vorgeführt' "
        "`zwei` prisoners (number word, `lastweek`); 'Nach Angaben des Pentagon' `rund 11.000` "
        "'weiterhin' in the Kursk border area (near the front, `pub`); 'Laut dem Geheimdienst in "
        "Seoul' `bis zu 3.000` 'weitere' (at_most, increment, planned); Peskov without a figure; "
        "Russia's daily losses, pilgrims, beds, metres, euros, ages, years, a phone number",
    text="""\
Gasthof zur Basilika, Sonntagberg – Brief an unsere Stammgäste

Sonntagberg, 21. Jänner 2025

Liebe Stammgäste,

bis Ende Feber bleibt unser Haus neben der Basilika zu, weil die Gaststube eine neue Holzdecke \
bekommt und der Kachelofen frisch gesetzt wird. Heuer sperren wir am 1. März wieder auf, gerade \
rechtzeitig vor den ersten Wallfahrergruppen aus dem Waldviertel. Im vergangenen Jahr haben 2.140 \
Pilgerinnen und Pilger bei uns übernachtet, verteilt auf 38 Betten in drei Stockwerken. Von \
unseren 704 Metern Seehöhe sieht man an klaren Tagen bis zum Ötscher. Das Mostbratl kostet ab März \
15,80 Euro, der Seniorenteller bleibt bei 9,50 Euro.

Halyna und die Sprachnachricht

Halyna Tkatschenko, 47, stammt aus Poltawa und richtet seit drei Jahren unsere Zimmer her. Ihr \
Neffe dient als Pionier in einer Brigade, die im Gebiet Kursk einen Waldrand hält. Am Samstag \
habe er ihr eine Sprachnachricht geschickt, erzählt Halyna. In einem verlassenen Dorf gegenüber \
hätten sich [[an die 150]] Nordkoreaner eingegraben. [[Vier]] von ihnen seien beim Durchwaten \
eines Baches von einer Drohne erwischt worden. „Er sagt, die kommen immer zu Fuß und immer im \
ersten Licht“, erzählt sie und faltet dabei weiter Handtücher.

Eine Pilgerin aus Suwon

Choi Young-sook, 71, pensionierte Krankenschwester aus Suwon, geht jedes Jahr von Amstetten zu Fuß \
herauf und bleibt dann eine Woche bei uns. Sie schätzt, dass derzeit [[zwischen 10.000 und \
12.000]] Soldaten aus dem Norden in Russland stationiert sind. „Meine Großmutter kam aus Kaesong, \
darum lese ich jede Meldung zweimal“, sagt sie.

Was in den Zeitungen steht

Präsident Selenskyj erklärte am Sonntag, im Gebiet Kursk seien bislang [[knapp 4.000]] \
Nordkoreaner getötet oder verwundet worden. Kiew hatte schon vergangene Woche [[zwei]] gefangene \
Soldaten aus dem Norden in einem Video vorgeführt. Nach Angaben des Pentagon kämpfen [[rund \
11.000]] nordkoreanische Soldaten weiterhin im Grenzgebiet um Kursk. Laut dem Geheimdienst in \
Seoul bereitet Pjöngjang die Entsendung von [[bis zu 3.000]] weiteren Soldaten vor. Kremlsprecher \
Peskow wollte sich am Montag zu keiner Zahl äußern. Die russischen Verluste an der gesamten Front \
schätzt Kiew auf über 1.500 Mann an jedem einzelnen Tag.

Zimmer reservieren Sie ab Feber unter 07448 3317, Mittwoch bis Sonntag ab 9 Uhr.

Mit herzlichen Grüßen vom Berg
Familie Wagner-Lechner und das ganze Team
""",
    claims=(
        C("an die 150", 150, "approx", "near_front", "other", "sat..pub",
          "a chambermaid from Poltava relaying her nephew, a sapper in the Kursk region ('Am "
          "Samstag habe er ihr eine Sprachnachricht geschickt, erzählt Halyna.', Konjunktiv; the "
          "speaker quoted: other): dug in in an abandoned village opposite (from Saturday, 18 "
          "January, to publication; 'an die' as approx)"),
        C("Vier", 4, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried, sentence-initial number word: caught by a drone "
          "while wading a stream"),
        C("zwischen 10.000 und 12.000", None, "range", "in_russia", "other", "pub",
          "a retired nurse from Suwon, 'Sie schätzt' (undated): stationed in Russia now"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "'Präsident Selenskyj erklärte am Sonntag' (19 January): killed or wounded ('knapp' "
          "as approx)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "lastweek",
          "'Kiew hatte schon vergangene Woche … vorgeführt', number word: captured soldiers "
          "shown in a video (prisoners are casualties)"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "pub",
          "'Nach Angaben des Pentagon' (undated): 'weiterhin' fighting in the border area around "
          "Kursk (still, not an increment)"),
        C("bis zu 3.000", 3000, "at_most", "planned", "south_korea", "pub",
          "'Laut dem Geheimdienst in Seoul' (undated): 'weiteren' soldiers to be sent "
          "(increment, planned)", add=True),
    ),
)


S02 = Source(
    article_id="v185_02_kundenbrief_saegewerk_allhartsberg_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-05-14"),
    dated_by="front_matter",
    features="a sawmill's customer letter from Allhartsberg in the Mostviertel (Lower Austria) in "
        "Markdown, UTF-8, front matter with `date:` (Wednesday) and a title without a figure, "
        "`„“`; Austrian words (`heuer`, `Vierkanter`, `Dachstuhl`, `Festmeter`, `Raummeter`); "
        "a new band saw, the old frame saw's year, cubic metres of logs, prices of larch boards "
        "and "
        "firewood in euros, kilometres of delivery first; a sawyer from Kharkiv relaying his "
        "uncle, a medic at the Belgorod border ('Am Sonntag hat der Onkel angerufen, erzählt "
        "Andrij.', Konjunktiv carried) `mehrere hundert` moving into new positions (vague, near "
        "the front) and `mindestens zwölf` dead in the last shelling (at_least with a number "
        "word, casualties; both other, from Sunday to publication); a house buyer from Gwangju "
        "who 'glaubt' 'noch heuer weitere' `6.000` (increment, planned, other, `pub`); Gerasimov "
        "who 'hatte am 26. April … gesprochen' of `Tausenden` (russia, vague, near the front, an "
        "explicit date); the NIS that reported 'Ende April' `rund 4.700` killed or wounded and, "
        "'davon', `etwa 600` dead (days 21-30); 'Das Pentagon geht davon aus' `über 10.000` "
        "'weiterhin' around Kursk (at_least, near the front); a NATO spokesman who 'erklärte "
        "vergangene Woche' `3.000 bis 5.000` 'zusätzliche' by summer (range, increment, planned, "
        "`lastweek`); KCNA's confirmation without a figure; Russia's losses since the start of "
        "the war, cubic metres, euros, kilometres, ages, years, a phone number",
    text="""\
---
title: "Kundenbrief aus dem Sägewerk"
date: 2025-05-14
absender: Sägewerk Hinterleitner, Allhartsberg
---

# Lärche, eine neue Säge und ein Anruf von der Grenze

Liebe Kundinnen und Kunden,

seit dem 5. Mai läuft bei uns die neue Blockbandsäge. Sie ersetzt das alte Gatter aus dem Jahr \
1962, das nun im Heimatmuseum steht. Heuer schneiden wir gut 4.800 Festmeter Rundholz, vor allem \
Fichte und Lärche aus den Wäldern zwischen Ybbs und Url. Lärchenbretter für Terrassen kosten \
derzeit 38 Euro pro Quadratmeter, sägeraue Schalung 26 Euro. Wer Brennholz für den Winter braucht, \
bestellt bitte bis Ende Juni: Der Raummeter kommt auf 92 Euro, zugestellt im Umkreis von 15 \
Kilometern.

## Andrij an der Bandsäge

Andrij Sawtschenko, 29, war in Charkiw Tischler und arbeitet seit dem Vorjahr als Säger bei uns. \
Sein Onkel fährt als Sanitäter für eine Brigade an der Grenze zum Gebiet Belgorod. Am Sonntag hat \
der Onkel angerufen, erzählt Andrij. Drüben auf der russischen Seite seien [[mehrere hundert]] \
Nordkoreaner mit Geschützen in neue Stellungen eingezogen. Beim letzten Beschuss habe es unter \
ihnen [[mindestens zwölf]] Tote gegeben, das hätten die Funker mitgehört. „Der Onkel meint, die \
schießen genauer als die Russen“, sagt Andrij.

## Eine Kundin aus Gwangju

Yoon Seo-yeon, 45, aus Gwangju hat mit ihrem Mann einen alten Vierkanter an der Straße nach \
Kröllendorf gekauft und lässt bei uns den Dachstuhl zuschneiden. Sie glaubt, dass Kim Jong-un noch \
heuer weitere [[6.000]] Mann nach Russland schicken wird. „Im Norden fragt niemand, ob die Söhne \
zurückkommen“, sagt sie.

## Was gemeldet wird

Ende April hat Pjöngjang den Einsatz erstmals selbst bestätigt, Zahlen nannte die Staatsagentur \
KCNA dabei keine. Russlands Generalstabschef Gerassimow hatte am 26. April von [[Tausenden]] \
nordkoreanischen Kämpfern gesprochen, die bei der Rückeroberung von Kursk geholfen hätten. Wie der \
Geheimdienst in Seoul Ende April den Abgeordneten berichtete, wurden bisher [[rund 4.700]] \
Nordkoreaner getötet oder verwundet, davon [[etwa 600]] tödlich. Das Pentagon geht davon aus, \
dass [[über 10.000]] weiterhin im Raum Kursk stationiert sind. Ein Nato-Sprecher erklärte \
vergangene Woche, man rechne bis zum Sommer mit [[3.000 bis 5.000]] zusätzlichen Soldaten aus dem \
Norden. Russland selbst hat seit Kriegsbeginn nach britischer Schätzung mehr als 900.000 Mann \
verloren.

Unser Büro erreichen Sie Montag bis Freitag von 7 bis 16 Uhr unter 0676 4412 908.

Mit besten Grüßen aus dem Sägewerk
Leopold und Theresia Hinterleitner
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun..pub",
          "a sawyer from Kharkiv relaying his uncle, a medic at the Belgorod border ('Am Sonntag "
          "hat der Onkel angerufen, erzählt Andrij.', Konjunktiv; the speaker quoted: other): "
          "moved with guns into new positions on the Russian side (from Sunday, 11 May, to "
          "publication)"),
        C("mindestens zwölf", 12, "at_least", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried: dead in the last shelling (number word)"),
        C("6.000", 6000, "exact", "planned", "other", "pub",
          "a house buyer from Gwangju, 'Sie glaubt' (undated): 'noch heuer weitere' to be sent "
          "(increment, planned; span without the words)", add=True),
        C("Tausenden", None, "vague", "near_front", "russia", "2025-04-26",
          "'Russlands Generalstabschef Gerassimow hatte am 26. April … gesprochen' (an explicit "
          "date): fighters who helped retake Kursk (near the front)"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'Wie der Geheimdienst in Seoul Ende April den Abgeordneten berichtete' (days 21-30): "
          "killed or wounded so far"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same briefing, 'davon … tödlich': dead (a part of the casualties)"),
        C("über 10.000", 10000, "at_least", "near_front", "united_states", "pub",
          "'Das Pentagon geht davon aus' (undated): 'weiterhin' stationed around Kursk (still, "
          "not an increment)"),
        C("3.000 bis 5.000", None, "range", "planned", "nato", "lastweek",
          "'Ein Nato-Sprecher erklärte vergangene Woche': 'zusätzlichen' soldiers expected by "
          "summer (increment, planned)", add=True),
    ),
)


S03 = Source(
    article_id="v185_03_werkstattnews_landmaschinen_wuennewil_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-06"),
    dated_by="html_meta",
    features="a farm machinery workshop's news page from Wünnewil (Sense district, canton of "
        "Fribourg) in HTML, ISO-8859-1 with raw «» and umlauts, dashes only as entities "
        "(`&ndash;`, `&middot;`), `article:published_time` +01:00 (Friday), a cookie note about "
        "the service booking, a workshop script with service slots, navigation, a footer with a "
        "postcode and a phone number; Swiss conventions (`ss`, «», `20'000`, `11'000`, `1'450`, "
        "four-digit `5000`); `<title>` and headline without a figure; tractors serviced, hourly "
        "rate and a winter check in francs, a founding year first; a mechanic from Zaporizhzhia "
        "relaying his brother, a tank driver in the Kursk region ('Am Mittwoch habe ihm der "
        "Bruder geschrieben, erzählt Ihor.', Konjunktiv carried) sentence-initial `Einige "
        "Dutzend` trying to cross a road (vague, near the front) and sentence-initial `Neun` "
        "fallen (number word, casualties; both other, from Wednesday to publication); an "
        "agronomist from Jeonju who 'rechnet damit' `gegen 20'000` in Russia by spring (approx, "
        "planned, other, `pub`); the Pentagon that 'teilte am Dienstag mit' `rund 11'000` in the "
        "Kursk region (near the front); 'Nach Angaben aus Kiew vom Donnerstag' `Dutzende` killed "
        "(vague, casualties); 'Nach Einschätzung des Verteidigungsministeriums in Seoul' a second "
        "wave of `bis zu 5000` (at_most, increment, planned, `pub`); the page's own `mehrere "
        "tausend` at war for the first time since the Korean War (unattributed, vague, near the "
        "front); tractors, francs, years, ages, times, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Werkstatt-News Dezember &ndash; Landmaschinen Aebischer Wünnewil</title>
<meta property="article:published_time" content="2024-12-06T07:45:00+01:00">
<meta property="og:title" content="Wintercheck für Traktoren und Neues aus der Werkstatt">
<script>var service = {slots: ["09.12.", "16.12."], bis: "17:30", notfall: true};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie nur für Ihre Serviceanmeldung. <a \
href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/service">Service</a> &middot; <a \
href="/occasionen">Occasionen</a> &middot; <a href="/news">Werkstatt-News</a></nav>
<main>
<h1>Der Winter ist Werkstattzeit</h1>
<p>Seit Anfang November stehen die Traktoren wieder Schlange: 143 Maschinen haben wir bis jetzt \
durchgesehen, vom alten Hürlimann bis zum neuen Fendt mit Stufenlosgetriebe. Der Stundenansatz \
bleibt bei 118 Franken, der grosse Wintercheck mit Ölwechsel und Filtern kostet pauschal 1'450 \
Franken. Die Werkstatt an der Flamattstrasse gibt es seit 1971, gegründet hat sie der Grossvater \
unseres heutigen Chefs.</p>
<h2>Ihor kennt jedes Getriebe</h2>
<p>Ihor Bondar, 38, war in Saporischschja Mechaniker bei einem Mähdrescherwerk und schraubt seit \
dem Frühling bei uns. Sein Bruder fährt Panzer in einer Brigade, die im Gebiet Kursk steht. Am \
Mittwoch habe ihm der Bruder geschrieben, erzählt Ihor. [[Einige Dutzend]] Nordkoreaner hätten \
in der Nacht versucht, eine Strasse vor seinem Abschnitt zu überqueren. [[Neun]] von ihnen seien \
gefallen, die anderen hätten sich zurückgezogen. «Er schreibt, sie tragen russische Uniformen, \
aber keiner spricht Russisch», sagt Ihor.</p>
<h2>Ein Agronom aus Jeonju</h2>
<p>Lee Dong-hyun, 36, stammt aus Jeonju und berät im Sensebezirk Bauern beim Einsatz von \
Sprühdrohnen. Er rechnet damit, dass der Norden bis im Frühling [[gegen 20'000]] Mann in Russland \
haben wird. «Für Pjöngjang ist das ein Geschäft, kein Bündnis», meint er.</p>
<h2>Was man weiss</h2>
<p>Das Pentagon teilte am Dienstag mit, [[rund 11'000]] Nordkoreaner stünden inzwischen im Gebiet \
Kursk. Nach Angaben aus Kiew vom Donnerstag sind bei den ersten Gefechten bereits [[Dutzende]] \
von ihnen ums Leben gekommen. Nach Einschätzung des Verteidigungsministeriums in Seoul wird \
bereits eine zweite Welle von [[bis zu 5000]] Mann vorbereitet. Damit stehen zum ersten Mal seit \
dem Koreakrieg [[mehrere tausend]] nordkoreanische Soldaten an einer Front.</p>
<p>Notfälle während der Feiertage: Pikett täglich bis 17.30 Uhr.</p>
</main>
<footer>Landmaschinen Aebischer &middot; Flamattstrasse 12 &middot; 3184 Wünnewil &middot; \
026 496 12 40</footer>
</body>
</html>
""",
    claims=(
        C("Einige Dutzend", None, "vague", "near_front", "other", "wed..pub",
          "a mechanic from Zaporizhzhia relaying his brother, a tank driver in the Kursk region "
          "('Am Mittwoch habe ihm der Bruder geschrieben, erzählt Ihor.', Konjunktiv; the speaker "
          "quoted: other): tried to cross a road at night (from Wednesday, 4 December, to "
          "publication; sentence-initial)"),
        C("Neun", 9, "exact", "casualties", "other", "wed..pub",
          "same message, Konjunktiv carried, sentence-initial number word: fallen"),
        C("gegen 20'000", 20000, "approx", "planned", "other", "pub",
          "an agronomist from Jeonju, 'Er rechnet damit' (undated): in Russia by spring (a "
          "forecast of a total: planned; 'gegen' as approx)"),
        C("rund 11'000", 11000, "approx", "near_front", "united_states", "tue",
          "'Das Pentagon teilte am Dienstag mit' (3 December), Konjunktiv: in the Kursk region"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "thu",
          "'Nach Angaben aus Kiew vom Donnerstag' (5 December): killed in the first fights"),
        C("bis zu 5000", 5000, "at_most", "planned", "south_korea", "pub",
          "'Nach Einschätzung des Verteidigungsministeriums in Seoul' (undated): a 'zweite "
          "Welle' being prepared (increment, planned)", add=True),
        C("mehrere tausend", None, "vague", "near_front", "unattributed", "pub",
          "the page's own framing without a source ('Damit stehen zum ersten Mal seit dem "
          "Koreakrieg …'): at a front line, unattributed, required"),
    ),
)


S04 = Source(
    article_id="v185_04_kundenbrief_brennerei_ueberstorf",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-18"),
    dated_by="sidecar",
    sidecar=(
        "Brennerei Zbinden, Ueberstorf – Kundenbrief",
        "https://www.brennerei-zbinden.example/kundenbrief/herbst-2025",
        "Kundenbrief: Kirschen, Zwetschgen und ein Gruss aus Winnyzja",
    ),
    features="a fruit distillery's customer letter from Ueberstorf (Sense district, canton of "
        "Fribourg) as plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title "
        "without a figure); Swiss conventions (`ss`, «», `15'000`, `11'000`, `30'000`, "
        "four-digit `2000`, `6000`); tonnes of cherries, the contract distilling price in "
        "francs a litre, per cent alcohol and shop hours first; a harvest helper from Vinnytsia "
        "relaying her husband, a gunner at the Sumy border ('Am Montag habe er sich nach einer "
        "Woche wieder gemeldet, erzählt Tetjana.', Konjunktiv carried) `rund 300` digging new "
        "shelters (approx, near the front) and `Fünf bis sechs` who stepped on their own mines "
        "(range with number words, casualties; both other, from Monday to publication); a "
        "chemistry student from Cheonan, 'Nach ihrer Rechnung' `gut 15'000` have served in "
        "Russia (at_least, other, `pub`); the NIS that 'bezifferte am Dienstag' `rund 2000` dead; "
        "KCNA's `Hunderte` decorated returnees on Saturday (optional); Shoigu who 'hatte im Juni "
        "… angekündigt' `6000` builders and deminers (russia, planned, the whole of June); 'Die "
        "Nato geht davon aus' `etwa 11'000` 'weiterhin' in Russia; 'Kiew schätzt' `nicht mehr "
        "als 30'000` the North can send (at_most, planned); tonnes, francs, litres, per cent, "
        "ages, years, times",
    text="""\
Brennerei Zbinden, Ueberstorf
Kundenbrief zum Herbst

Liebe Kundinnen und Kunden

Die Kirschen waren dieses Jahr klein, aber süss: 18 Tonnen haben wir aus den Hochstammgärten \
rund um Ueberstorf angenommen, ein Drittel mehr als im verregneten Vorjahr. Das Lohnbrennen \
kostet weiterhin 7.50 Franken pro Liter Maische, der Kirsch kommt mit 42 Prozent in die Flasche. \
Ab Oktober brennen wir Zwetschgen und Williams. Der Laden ist am Freitag von 14 bis 18 Uhr und am \
Samstag bis Mittag offen.

Tetjana im Obstgarten

Tetjana Lyssenko, 38, aus Winnyzja hilft seit zwei Sommern bei der Ernte und sortiert jetzt die \
Zwetschgen. Ihr Mann ist Kanonier in einer Batterie an der Grenze bei Sumy. Am Montag habe er sich \
nach einer Woche wieder gemeldet, erzählt Tetjana. Gegenüber hätten [[rund 300]] Nordkoreaner \
neue Unterstände gegraben. [[Fünf bis sechs]] seien dabei auf ihre eigenen Minen getreten. «Er \
sagt, sie graben schneller als jeder Bagger», erzählt sie.

Eine Studentin aus Cheonan

Han Ji-woo, 27, studiert in Freiburg Chemie und hilft samstags im Laden aus. Nach ihrer Rechnung \
haben bis heute [[gut 15'000]] Soldaten aus dem Norden in Russland gedient. «Von den Toten \
erfahren die Familien oft erst nach Monaten», sagt sie.

Aus den Nachrichten

Der südkoreanische Geheimdienst bezifferte am Dienstag die Zahl der gefallenen Nordkoreaner auf \
[[rund 2000]]. Kim Jong-un ehrte laut der Staatsagentur KCNA am Samstag [[Hunderte]] Heimkehrer \
aus dem Gebiet Kursk mit Orden. Schoigu, der Sekretär des russischen Sicherheitsrats, hatte im \
Juni [[6000]] Bauarbeiter und Minenräumer aus dem Norden angekündigt. Die Nato geht davon aus, \
dass sich [[etwa 11'000]] Nordkoreaner weiterhin in Russland aufhalten. Kiew schätzt, dass \
Pjöngjang [[nicht mehr als 30'000]] Mann entsenden kann, ohne die eigene Armee zu schwächen.

Herbstliche Grüsse aus der Brennerei
Beat und Ursula Zbinden
""",
    claims=(
        C("rund 300", 300, "approx", "near_front", "other", "mon..pub",
          "a harvest helper from Vinnytsia relaying her husband, a gunner at the Sumy border ('Am "
          "Montag habe er sich nach einer Woche wieder gemeldet, erzählt Tetjana.', Konjunktiv; "
          "the speaker quoted: other): digging new shelters opposite (from Monday, 15 "
          "September, to publication)"),
        C("Fünf bis sechs", None, "range", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried, sentence-initial number words: stepped on their own "
          "mines"),
        C("gut 15'000", 15000, "at_least", "in_russia", "other", "pub",
          "a chemistry student from Cheonan, 'Nach ihrer Rechnung' (undated): have served in "
          "Russia so far ('gut' as at_least)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Der südkoreanische Geheimdienst bezifferte am Dienstag' (16 September): fallen"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "sat",
          "'laut der Staatsagentur KCNA am Samstag' (13 September): returnees from Kursk "
          "decorated (returnees, as in earlier sets: optional)", opt=True),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Schoigu … hatte im Juni … angekündigt' (the whole of June): builders and deminers "
          "(planned; a first announcement, not an increment)"),
        C("etwa 11'000", 11000, "approx", "in_russia", "nato", "pub",
          "'Die Nato geht davon aus' (undated): 'weiterhin' in Russia (still, not an increment)"),
        C("nicht mehr als 30'000", 30000, "at_most", "planned", "ukraine", "pub",
          "'Kiew schätzt' (undated): the most Pyongyang can send (planned)"),
    ),
)


S05 = Source(
    article_id="v185_05_rundbrief_stadtfuehrungen_melsungen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-27"),
    dated_by="front_matter",
    features="a town guides' circular from Melsungen on the Fulda (Schwalm-Eder district, Hesse) "
        "in Markdown, UTF-8 with BOM, front matter with `date:` (Thursday) and a title without a "
        "figure, `„“`; the start of the season, last year's tours and guests, a tour's minutes "
        "and price in euros, the years of the bridge and town hall first; a guide from Chernihiv "
        "relaying his son, an infantryman in the Kursk region ('Am Dienstag hat der Sohn "
        "angerufen, erzählt Mykola. Nach dessen Worten …', Konjunktiv carried) `Hunderte` "
        "pressing on a village (vague, near the front) and `ein halbes Dutzend` taken prisoner "
        "(number words 6, exact, casualties; both other, from Tuesday to publication); a "
        "doctoral student from Asan who 'hält es für wahrscheinlich' `25.000 bis 30.000` by the "
        "end of the year (range, planned, other, `pub`); the NIS that 'teilte vergangene Woche "
        "mit' `rund 3.000` 'zusätzliche' (increment, in Russia, `lastweek`); a White House "
        "spokesman who 'sagte am Montag' `etwa 4.000` killed or wounded; 'Nach Angaben des "
        "ukrainischen Generalstabs' `11.000` 'nach wie vor' in the Kursk region (exact, near the "
        "front, `pub`); the circular's own `mehr als 14.000` (unattributed, at_least); tours, "
        "guests, minutes, euros, years, ages, a phone number",
    text="""\
---
title: "Rundbrief der Stadtführerinnen und Stadtführer"
date: 2025-03-27
verfasser: Stadtführungen Melsungen
---

# Die Saison beginnt an der Bartenwetzerbrücke

Liebe Kolleginnen und Kollegen, liebe Freunde der Altstadt,

am Samstag, 5. April, starten wir mit der ersten öffentlichen Führung in die neue Saison. Im \
vergangenen Jahr haben wir 64 Führungen mit zusammen 1.380 Gästen gemacht, so viele wie nie. Eine \
Runde dauert 90 Minuten und kostet weiterhin 8 Euro, Kinder gehen umsonst mit. Neu im Programm ist \
die Abendführung „Fachwerk im Laternenschein“, die am Rathaus von 1556 beginnt und an der alten \
Fuldabrücke von 1596 endet. Wer mitführen möchte, meldet sich bitte bis Ostern.

## Mykola erzählt von Tschernihiw

Mykola Horobez, 63, unterrichtete in Tschernihiw Geschichte und führt seit 2023 Gruppen auf \
Deutsch und Ukrainisch durch unsere Gassen. Sein Sohn ist Infanterist in einer Brigade, die sich \
aus dem Gebiet Kursk zurückkämpft. Am Dienstag hat der Sohn angerufen, erzählt Mykola. Nach \
dessen Worten drängten [[Hunderte]] Nordkoreaner auf das Dorf, das seine Kompanie noch halte. \
Ein paar Tage zuvor habe die Kompanie [[ein halbes Dutzend]] von ihnen gefangen genommen. „Er \
sagt, die Jungen sind kaum zwanzig und haben Angst vor uns“, sagt Mykola.

## Eine Doktorandin aus Asan

Seo Min-jae, 31, schreibt in Kassel ihre Doktorarbeit über Fachwerkbau und hat im Winter unsere \
Ausbildung für Stadtführer mitgemacht. Sie hält es für wahrscheinlich, dass bis zum Jahresende \
[[25.000 bis 30.000]] Nordkoreaner in Russland sein werden. „Jeder Soldat bringt dem Regime \
Devisen“, sagt sie.

## Die Lage

Der südkoreanische Geheimdienst teilte vergangene Woche mit, der Norden habe [[rund 3.000]] \
zusätzliche Soldaten nach Russland gebracht. Ein Sprecher des Weißen Hauses sagte am Montag, \
[[etwa 4.000]] Nordkoreaner seien getötet oder verwundet worden. Nach Angaben des ukrainischen \
Generalstabs halten sich [[11.000]] von ihnen nach wie vor im Gebiet Kursk auf. Mit den Neuen sind \
damit seit dem Herbst [[mehr als 14.000]] Soldaten aus dem Norden nach Russland gekommen.

Fragen an Gisela Rohde unter 05661 7041 23.

Herzliche Grüße vom Marktplatz
Euer Team der Stadtführungen
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "tue..pub",
          "a guide from Chernihiv relaying his son, an infantryman in the Kursk region ('Am "
          "Dienstag hat der Sohn angerufen, erzählt Mykola. Nach dessen Worten', Konjunktiv; the "
          "speaker quoted: other): pressing on the village his company holds (from Tuesday, 25 "
          "March, to publication)"),
        C("ein halbes Dutzend", 6, "exact", "casualties", "other", "tue..pub",
          "same call, Konjunktiv carried: taken prisoner 'ein paar Tage zuvor' (the period; "
          "number words 6, exact)"),
        C("25.000 bis 30.000", None, "range", "planned", "other", "pub",
          "a doctoral student from Asan, 'Sie hält es für wahrscheinlich' (undated): in Russia "
          "by the end of the year (a forecast of a total: planned)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "'Der südkoreanische Geheimdienst teilte vergangene Woche mit' (Konjunktiv): "
          "'zusätzliche' soldiers brought to Russia (increment)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "united_states", "mon",
          "'Ein Sprecher des Weißen Hauses sagte am Montag' (24 March): killed or wounded"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Generalstabs' (undated): 'nach wie vor' in the Kursk "
          "region (still, not an increment)"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the circular's own sum without a source ('Mit den Neuen sind damit seit dem Herbst "
          "…'): unattributed, required (a total, not an increment)"),
    ),
)


S06 = Source(
    article_id="v185_06_mitteilungen_burgverein_spangenberg_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-10-29"),
    dated_by="sidecar",
    sidecar=(
        "Burgverein Schloss Spangenberg – Mitteilungen",
        "https://www.burgverein-spangenberg.example/mitteilungen/oktober-2025",
        "Mitteilungen: Mauerarbeit, Burgfest-Bilanz und ein Brief aus Sumy",
    ),
    features="a castle friends' society's notices from Spangenberg (Schwalm-Eder district, "
        "Hesse) in HTML, UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a "
        "figure), a cookie banner about the helpers' list, a script with work days and "
        "helpers, navigation, entities (`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`), a footer "
        "with a postcode and a phone number; `<title>` and headline without a figure; helpers, "
        "metres of dry-stone wall, castle festival visitors, the fee in euros and the year of "
        "the first mention first; an electrician from Sumy relaying his daughter, a medic in "
        "the Sumy region ('Vergangenen Freitag habe sie ihm geschrieben, sagt Wiktor.', "
        "Konjunktiv carried) `etwa 200` laying mines (approx, near the front) and "
        "sentence-initial `Sechs` killed in an explosion (number word, casualties; both other, "
        "from Friday to publication); a dentist from Ulsan who 'geht davon aus' `Zehntausende` "
        "have served in Russia (vague, other, `pub`); Peskov who 'sagte am Montag' `Tausende` "
        "clearing mines (russia, vague, near the front); the NIS that 'teilte am Dienstag mit' "
        "`rund 2.000` fallen; Rutte who 'sprach vergangene Woche … von' `bis zu 15.000` in all "
        "(at_most, in Russia, `lastweek`); 'Laut der ukrainischen Armee' `10.000 bis 11.000` now "
        "in Russia (range, `pub`); helpers, metres, visitors, euros, years, ages, a postcode, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Mitteilungen &ndash; Burgverein Schloss Spangenberg</title>
<script>var arbeitstage = {naechster: "15.11.", helfer: 37, treffpunkt: "Torhaus"};</script>
</head>
<body>
<div id="cookie-banner">Diese Seite merkt sich per Cookie nur Ihre Eintragung in die Helferliste. \
<button>OK</button></div>
<nav><a href="/">Start</a> &middot; <a href="/burg">Die Burg</a> &middot; <a \
href="/verein">Verein</a> &middot; <a href="/mitteilungen">Mitteilungen</a></nav>
<main>
<h1>Mauern, Feste und ein Brief aus dem Osten</h1>
<p>Am letzten Arbeitstag haben 37 Helferinnen und Helfer am Südhang unterhalb des Torhauses \
weitere 220 Meter Trockenmauer aufgesetzt. Zum Burgfest im August kamen trotz Gewitter rund 4.600 \
Besucher, die Einnahmen gehen in die Sanierung des Brunnenhauses. Der Mitgliedsbeitrag bleibt bei \
24 Euro im Jahr. Erstmals erwähnt wurde die Burg 1235 &ndash; wir arbeiten also an einem Bauwerk, \
das fast achthundert Jahre alt ist.</p>
<h2>Wiktor und seine Tochter</h2>
<p>Wiktor Melnyk, 55, Elektriker aus Sumy, verlegt seit dem Frühjahr die neue Beleuchtung im \
Rittersaal. Seine Tochter ist Sanitäterin bei einer Brigade im Gebiet Sumy. Vergangenen Freitag \
habe sie ihm geschrieben, sagt Wiktor. Auf der anderen Seite legten [[etwa 200]] nordkoreanische \
Pioniere Minen entlang der Grenze. [[Sechs]] von ihnen seien bei einer Explosion ums Leben \
gekommen, als ein Lager hochging. &bdquo;Sie schreibt, nachts hört man ihre Befehle über das \
Feld&ldquo;, erzählt er.</p>
<h2>Eine Zahnärztin aus Ulsan</h2>
<p>Kang Hye-rin, 42, stammt aus Ulsan und führt seit drei Jahren eine Praxis in der Altstadt; im \
Sommer hat sie am Burgfest Kinder geschminkt. Sie geht davon aus, dass inzwischen \
[[Zehntausende]] Nordkoreaner in Russland gedient haben. &bdquo;Niemand im Norden darf darüber \
sprechen&ldquo;, sagt sie.</p>
<h2>Aus der Presse</h2>
<p>Kremlsprecher Peskow sagte am Montag, [[Tausende]] Pioniere aus dem Norden räumten im Gebiet \
Kursk Minen. Der Geheimdienst in Seoul teilte am Dienstag mit, die Zahl der gefallenen \
Soldaten aus dem Norden liege inzwischen bei [[rund 2.000]]. Nato-Generalsekretär Rutte sprach \
vergangene Woche in Brüssel von [[bis zu 15.000]] Soldaten aus dem Norden, die insgesamt in \
Russland im Einsatz gewesen seien. Laut der ukrainischen Armee stehen derzeit [[10.000 bis \
11.000]] von ihnen auf russischem Boden.</p>
</main>
<footer>Burgverein Schloss Spangenberg e.&nbsp;V. &middot; 34286 Spangenberg &middot; Telefon \
05663 9120 47</footer>
</body>
</html>
""",
    claims=(
        C("etwa 200", 200, "approx", "near_front", "other", "fri..pub",
          "an electrician from Sumy relaying his daughter, a medic in the Sumy region "
          "('Vergangenen Freitag habe sie ihm geschrieben, sagt Wiktor.', Konjunktiv; the "
          "speaker quoted: other): laying mines along the border (from Friday, 24 October, to "
          "publication)"),
        C("Sechs", 6, "exact", "casualties", "other", "fri..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed when a depot "
          "blew up"),
        C("Zehntausende", None, "vague", "in_russia", "other", "pub",
          "a dentist from Ulsan, 'Sie geht davon aus' (undated): have served in Russia"),
        C("Tausende", None, "vague", "near_front", "russia", "mon",
          "'Kremlsprecher Peskow sagte am Montag' (27 October), Konjunktiv: sappers clearing "
          "mines in the Kursk region (near the front)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Der Geheimdienst in Seoul teilte am Dienstag mit' (28 October): fallen by now"),
        C("bis zu 15.000", 15000, "at_most", "in_russia", "nato", "lastweek",
          "'Nato-Generalsekretär Rutte sprach vergangene Woche in Brüssel von': deployed in "
          "Russia in all (a total over time, not an increment)"),
        C("10.000 bis 11.000", None, "range", "in_russia", "ukraine", "pub",
          "'Laut der ukrainischen Armee' (undated): on Russian soil now"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Colington, Dewees Island, Grand Marais)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v185_07_softshell_shedders_wire_colington",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-03"),
    dated_by="dateline",
    features="an agency-style wire report from the soft-shell crab shedders of Colington (Dare "
        "County, North Carolina) as plain text, UTF-8, slug line, headline without a figure, "
        "byline and dateline 'COLINGTON, North Carolina, June 3, 2025 (Outer Banks Wire) —' "
        "(Tuesday), straight quotes and em dashes; shedding operations, peeler crabs a week, "
        "the price of a dozen in dollars and the water temperature first; a tank hand from "
        "Dnipro relaying his brother, a drone operator near Sumy ('His brother called on Sunday, "
        "Boyko said, and told him that … and that') `roughly 300` moved into villages across "
        "the border (approx, near the front) and `eight` killed by drones (number word, "
        "casualties; both other, from Sunday to publication); a seafood wholesaler born in "
        "Incheon who 'reckons' `as many as 30,000` could be sent by the end of the year (at_most, "
        "planned, other, `pub`); Russian state television that 'on Saturday aired' `dozens` "
        "clearing mines (russia, vague, near the front); a Pentagon spokesman who 'said Monday' "
        "`around 11,000` 'remained' in the Kursk region; Ukraine's military intelligence that "
        "'In a briefing last week, … put … at' `more than 6,000` dead and wounded (at_least, "
        "`lastweek`); NATO's top military officer who 'told reporters in Brussels Friday' "
        "`several thousand` 'more' (vague, increment, planned); operations, crabs, dollars, "
        "degrees, years, ages, a news desk phone number",
    text="""\
SOFTSHELL-COLINGTON/ (Feature)

Colington crab shedders start season with an eye on a distant war

By Marianne Etheridge

COLINGTON, North Carolina, June 3, 2025 (Outer Banks Wire) — The shedding tanks along the \
canals of this Dare County island are full again. Fourteen family operations are running this \
spring, down from more than 30 in the 1980s, and together they move about 9,000 peeler crabs a \
week through their trays. A dozen prime soft-shells now sells for $42 at the dock, and the sound \
water reached 68 degrees last week, which is when the crabs start to molt in earnest.

Vitaliy Boyko, 34, a welder from Dnipro who came to the Outer Banks on a humanitarian parole, \
checks the trays every four hours, through the night. His brother flies drones for a brigade near \
Sumy. His brother called on Sunday, Boyko said, and told him that [[roughly 300]] North Koreans \
had moved into villages across the border, and that [[eight]] of them had been killed by drones \
since. "They walk in the open like nobody told them about drones," Boyko said, lifting a crab to \
check the color of its back fin.

Grace Park, 52, who was born in Incheon and runs a seafood wholesale business in Nags Head, buys \
from six of the shedders. She reckons [[as many as 30,000]] North Koreans could be sent to Russia \
by the end of the year. "For the regime, those boys are an export," she said.

Russian state television on Saturday aired footage of [[dozens]] of North Korean soldiers \
clearing mines near Sudzha. A Pentagon spokesman said Monday that [[around 11,000]] remained \
deployed in the Kursk region. In a briefing last week, Ukraine's military intelligence put the \
North's dead and wounded at [[more than 6,000]]. NATO's top military officer told \
reporters in Brussels Friday that Pyongyang could dispatch [[several thousand]] more in the coming \
months. Russia has lost close to a million troops since February 2022, by Kyiv's count.

Back on the canal, Boyko said the family he works for has promised him a boat of his own by next \
summer.

(Reporting by Marianne Etheridge; editing by Paul Creef; newsdesk 252-555-0148)
""",
    claims=(
        C("roughly 300", 300, "approx", "near_front", "other", "sun..pub",
          "a tank hand from Dnipro relaying his brother, a drone operator near Sumy ('His "
          "brother called on Sunday, Boyko said, and told him that'; the speaker quoted: other): "
          "moved into villages across the border (from Sunday, 1 June, to publication)"),
        C("eight", 8, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': killed by drones since (number word)"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "a seafood wholesaler born in Incheon, 'She reckons' (undated): could be sent by the "
          "end of the year (planned)"),
        C("dozens", None, "vague", "near_front", "russia", "sat",
          "'Russian state television on Saturday aired footage of' (31 May): clearing mines "
          "near Sudzha"),
        C("around 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "'A Pentagon spokesman said Monday' (2 June): 'remained' deployed in the Kursk region "
          "(still, not an increment)"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "'In a briefing last week, Ukraine's military intelligence put … at': dead and "
          "wounded"),
        C("several thousand", None, "vague", "planned", "nato", "fri",
          "'NATO's top military officer told reporters in Brussels Friday' (30 May): 'more' "
          "Pyongyang could dispatch (increment, planned)", add=True),
    ),
)


S08 = Source(
    article_id="v185_08_letters_colington_harbour_log_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Colington Harbour Log – Letters",
        "https://www.colingtonharbourlog.example/letters/2024-11-14",
        "Letters: the bridge, the dredge and a war far away",
    ),
    features="a readers' letters page from a Colington weekly (Dare County, North Carolina) in "
        "HTML, windows-1252 with CRLF and raw `“”`, `’` and `—`, no meta date (sidecar, "
        "Thursday; the sidecar title without a figure), a cookie bar, a script with the letter "
        "count, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; a letter about the bridge and the dredge without a claim first; a letter "
        "quoting a son-in-law's brother, a gunner near Kursk ('He wrote to the family on Monday "
        "that … and that') `a few hundred` arrived in the villages (vague, near the front) and "
        "`two` wounded by mortar fire (number word, casualties; both other, from Monday to "
        "publication); a letter quoting an aunt in Seoul ('told me on the phone last weekend "
        "that people there believe') `more than 10,000` shipped out (at_least, in Russia, "
        "other, the weekend of 9-10 November); a letter citing 'the Pentagon's own figure from "
        "Tuesday' `about 10,000` in the Kursk area and Zelensky who 'has said' `as many as "
        "12,000` (at_most, `pub`); the spy agency that 'said on Wednesday' `around 11,000` and "
        "`thousands` 'more' in training (vague, increment, planned); the writer's own `Ten "
        "thousand` young men (unattributed, exact with number words); miles, feet, dollars, "
        "years, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Letters to the Editor – The Colington Harbour Log</title>
<script>var letters = {week: 46, printed: 4, received: 11};</script>
</head>
<body>
<div class="cookie-bar">We use one cookie to remember your subscription. <a href="#">Fine</a></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/tides">Tides</a> | <a \
href="/letters">Letters</a></nav>
<main>
<h1>Letters to the Editor</h1>
<h2>Fix the bridge before the dredge</h2>
<p>The county wants $2.3 million to dredge the harbour channel to six feet, but the little bridge \
on Colington Road still floods at every nor’easter. I drive it twice a day and have lived on this \
island for 41 years. Put the bridge first. — <em>Harold Daniels, Colington</em></p>
<h2>A family letter from the front</h2>
<p>Our daughter married a young man from Kharkiv, and his older brother is a gunner near Kursk. \
He wrote to the family on Monday that [[a few hundred]] North Koreans had arrived in the villages \
across the line, and that [[two]] of them had already been wounded by mortar fire. He wrote that \
they are very young and very quiet. We pray for him every night at the table. — <em>Rebekah \
Fulcher, Colington</em></p>
<h2>What people in Seoul think</h2>
<p>My aunt is 78 and still lives in Seoul. She told me on the phone last weekend that people \
there believe [[more than 10,000]] have been shipped out, many more than Pyongyang will ever \
admit. Your story two weeks ago made it sound like a rumor. It is not a rumor to her. — <em>James \
Kwon, Kill Devil Hills</em></p>
<h2>Get the numbers straight</h2>
<p>The Pentagon’s own figure from Tuesday is [[about 10,000]] in the Kursk area, and President \
Zelensky has said [[as many as 12,000]] are in Russia. South Korea’s spy agency said on Wednesday \
that [[around 11,000]] were there and that [[thousands]] more were in training. [[Ten thousand]] \
young men sent to die for Putin, and we argue about a dredge. — <em>Walt Midgett, Colington</em></p>
<p>Letters under 250 words may be sent to the editor; please include your phone number.</p>
</main>
<footer>The Colington Harbour Log · Published every Thursday · 252-555-0172</footer>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "mon..pub",
          "a letter quoting a son-in-law's brother, a gunner near Kursk ('He wrote to the family "
          "on Monday that'; the speaker quoted: other): arrived in the villages across the line "
          "(from Monday, 11 November, to publication)"),
        C("two", 2, "exact", "casualties", "other", "mon..pub",
          "same letter, 'and that': wounded by mortar fire (number word)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other",
          "2024-11-09..2024-11-10",
          "a letter quoting an aunt in Seoul ('She told me on the phone last weekend that "
          "people there believe'; the speaker quoted: other): shipped out (the weekend before "
          "the Thursday page)"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "tue",
          "a letter citing 'The Pentagon's own figure from Tuesday' (12 November): in the Kursk "
          "area"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "ukraine", "pub",
          "same letter, 'President Zelensky has said' (undated): in Russia"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "same letter, 'South Korea's spy agency said on Wednesday' (13 November): there"),
        C("thousands", None, "vague", "planned", "south_korea", "wed",
          "same statement, 'and that … more were in training' (increment, planned)", add=True),
        C("Ten thousand", 10000, "exact", "in_russia", "unattributed", "pub",
          "the letter writer's own words without a source, sentence-initial number words: sent "
          "to Russia (unattributed, required)"),
    ),
)


S09 = Source(
    article_id="v185_09_count_notes_birding_club_dewees_island_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-02-12"),
    dated_by="front_matter",
    features="a birding club's winter count notes from Dewees Island (Charleston County, South "
        "Carolina) in Markdown, UTF-8, front matter with `date:` (Wednesday) and a title "
        "repeating the headline (optional), curly quotes; the headline's `Seoul's 3,000` from "
        "the body's Monday figure (that day to publication, exact, casualties; the `212 dunlin` "
        "beside it are not a claim); species, birds, volunteers, acres and the ferry's minutes "
        "first; a veterinary nurse from Chernihiv relaying her brother, a rifleman in the Kursk "
        "region ('He messaged her on Thursday, she said:') `about 40` dug in across a frozen "
        "pond (approx, near the front) and `five` who surrendered (number word, casualties; "
        "both other, from Thursday to publication); an ornithologist from Jeju who 'believes' "
        "`upwards of 15,000` will have gone by summer (at_least, planned, other, `pub`); the "
        "NIS that 'said on Monday' `about 3,000` killed or wounded; 'According to the Pentagon' "
        "`8,000 to 10,000` 'remain' in Kursk (range, near the front, `pub`); Ukrainian "
        "commanders who 'told reporters on Sunday' `no more than 2,000` still in the front line "
        "(at_most, near the front); species, birds, volunteers, acres, minutes, ages, years",
    text="""\
---
title: "Winter count: 212 dunlin and Seoul's [[3,000]]"
date: 2025-02-12
club: Dewees Island Birding Club
---

# Winter count: 212 dunlin and Seoul's [[3,000]]

Eleven of us took the 20-minute ferry over on a cold, clear Saturday and walked the whole \
island, from the inlet to the lagoon. We logged 41 species, including 212 dunlin on the north \
beach, 18 American oystercatchers and a single peregrine that scattered everything at low tide. \
The 350 acres of marsh were quieter than last year, but the club’s logbook, now in its 14th \
winter, says that is normal after a freeze.

## Olena’s brother

Olena Kravets, 39, a veterinary nurse from Chernihiv who now works at an animal hospital in Mount \
Pleasant, counted the shorebirds with us for the first time. Her brother is a rifleman in the \
Kursk region. He messaged her on Thursday, she said: [[about 40]] North Koreans were dug in across \
a frozen pond from his trench, and [[five]] of them had walked over with their hands up. “He says \
they were hungry and had no gloves,” Olena said.

## A visiting ornithologist

Dr. Song Min-ji, 36, an ornithologist from Jeju who studies migrating plovers, joined us for the \
afternoon. She believes [[upwards of 15,000]] North Koreans will have gone to Russia by summer. \
“On Jeju we watch the same birds cross a border nobody else can,” she said.

## The news we talked about on the ferry back

South Korea’s spy agency said on Monday that [[about 3,000]] North Korean soldiers had been \
killed or wounded. According to the Pentagon, [[8,000 to 10,000]] remain in Kursk. Ukrainian \
commanders told reporters on Sunday that [[no more than 2,000]] of them were still in the front \
line after heavy losses.

Next count: Saturday, March 15, meet at the ferry dock at 7:30.
""",
    claims=(
        C("3,000", 3000, "exact", "casualties", "south_korea", "mon..pub",
          "front-matter title repeating the headline: metadata, optional", opt=True),
        C("3,000", 3000, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul's 3,000': the body's 'about 3,000' killed or wounded that South "
          "Korea's spy agency gave on Monday, 10 February (that day to publication, hedge "
          "dropped; the front-matter title repeating it is optional)"),
        C("about 40", 40, "approx", "near_front", "other", "thu..pub",
          "a veterinary nurse from Chernihiv relaying her brother, a rifleman in the Kursk "
          "region ('He messaged her on Thursday, she said:'; the speaker quoted: other): dug in "
          "across a frozen pond (from Thursday, 6 February, to publication)"),
        C("five", 5, "exact", "casualties", "other", "thu..pub",
          "same message, 'and': walked over with their hands up (surrendered: casualties; "
          "number word)"),
        C("upwards of 15,000", 15000, "at_least", "planned", "other", "pub",
          "an ornithologist from Jeju, 'She believes' (undated): will have gone to Russia by "
          "summer (a forecast of a total: planned)"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "mon",
          "'South Korea's spy agency said on Monday' (10 February): killed or wounded"),
        C("8,000 to 10,000", None, "range", "near_front", "united_states", "pub",
          "'According to the Pentagon' (undated): 'remain' in Kursk (still, not an increment)"),
        C("no more than 2,000", 2000, "at_most", "near_front", "ukraine", "sun",
          "'Ukrainian commanders told reporters on Sunday' (9 February): still in the front "
          "line"),
    ),
)


S10 = Source(
    article_id="v185_10_island_notes_native_plant_nursery_dewees_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-08"),
    dated_by="html_meta",
    features="a native plant nursery's island notes from Dewees Island (Charleston County, South "
        "Carolina) in HTML, UTF-8 with BOM, `article:published_time` -04:00 (Friday) and an "
        "`og:title` without a figure, a cookie banner, a script with plug stock and prices, "
        "navigation, entities (`&mdash;`, `&rsquo;`, `&ldquo;`, `&rdquo;`, `&amp;`), a footer "
        "with a phone number; `<title>` and headline without a figure; sea oats seedlings, "
        "species, the price of a plug in dollars, miles of dune and the hurricane season first; "
        "a horticulturist from Kherson relaying his son, a sapper near Sumy ('His son got "
        "through on Wednesday from a field hospital near Sumy, Marchenko said. He told his "
        "father that … and that') `at least 70` clearing fields (at_least, near the front) and "
        "`a handful` blown up by their own mines (vague, casualties; both other, from Wednesday "
        "to publication); a landscape architect from Changwon, 'By her count,' `20,000` rotated "
        "through Russia (exact, in Russia, other, `pub`); KCNA that 'reported Tuesday' Kim sent "
        "off 'another' `1,000` engineers (north_korea, increment, in Russia: being sent); the "
        "Kursk governor who 'said Thursday' `several hundred` rebuilding bridges (russia, vague, "
        "near the front); 'Kyiv estimates' `around 6,000` losses (`pub`); 'The U.S. State "
        "Department believes' `up to 10,000` could be moved to Kursk by autumn (at_most, "
        "planned); seedlings, species, dollars, miles, ages, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Island Notes &mdash; Dewees Native Plant Nursery</title>
<meta property="article:published_time" content="2025-08-08T09:00:00-04:00">
<meta property="og:title" content="Sea oats, storm season and a call from Sumy">
<script>var stock = {seaOats: 2400, muhly: 600, plugPrice: 4};</script>
</head>
<body>
<div class="cookies">This site keeps one cookie for your plug order. <a href="#">Got it</a></div>
<nav><a href="/">Nursery</a> &middot; <a href="/plants">Plants</a> &middot; <a \
href="/dunes">Dune work</a> &middot; <a href="/notes">Island Notes</a></nav>
<main>
<h1>Planting ahead of the storms</h1>
<p>We potted 2,400 sea oats seedlings this summer, along with 600 plugs of pink muhly and a few \
hundred beach elder, all grown from seed collected on the island. That brings our list to 63 \
native species. Plugs are still $4 each for islanders, and volunteers have replanted just over a \
mile of dune since June. With the peak of hurricane season ahead, we&rsquo;re asking everyone to \
keep golf carts off the new plantings.</p>
<h2>Serhii&rsquo;s son</h2>
<p>Serhii Marchenko, 44, a horticulturist from Kherson, runs our seed room three days a week. His \
son got through on Wednesday from a field hospital near Sumy, Marchenko said. He told his father \
that [[at least 70]] North Korean sappers were clearing the fields opposite his unit, and that \
[[a handful]] had been blown up by their own mines. &ldquo;He says they work all night without \
lights,&rdquo; Marchenko said.</p>
<h2>Hannah&rsquo;s map</h2>
<p>Hannah Choi, 29, a landscape architect from Changwon, drew the new dune planting plan for us. \
By her count, [[20,000]] North Koreans have been rotated through Russia since last fall. \
&ldquo;My grandfather&rsquo;s village is on the other side of the line,&rdquo; she said.</p>
<h2>Beyond the island</h2>
<p>North Korea&rsquo;s state news agency KCNA reported Tuesday that Kim Jong Un had sent off \
another [[1,000]] military engineers bound for Kursk. The Kremlin-appointed governor of the Kursk \
region said Thursday that [[several hundred]] North Korean builders were helping rebuild bridges \
there. Kyiv estimates North Korean losses at [[around 6,000]] killed and wounded. The U.S. State \
Department believes [[up to 10,000]] could be moved to Kursk by autumn.</p>
</main>
<footer>Dewees Native Plant Nursery &amp; Seed Room &middot; Dewees Island, SC &middot; \
843-555-0116</footer>
</body>
</html>
""",
    claims=(
        C("at least 70", 70, "at_least", "near_front", "other", "wed..pub",
          "a horticulturist from Kherson relaying his son, a sapper near Sumy ('His son got "
          "through on Wednesday …, Marchenko said. He told his father that'; the speaker quoted: "
          "other): clearing the fields opposite (from Wednesday, 6 August, to publication)"),
        C("a handful", None, "vague", "casualties", "other", "wed..pub",
          "same call, 'and that': blown up by their own mines"),
        C("20,000", 20000, "exact", "in_russia", "other", "pub",
          "a landscape architect from Changwon, 'By her count,' (undated): rotated through "
          "Russia since last fall (a total over a period)"),
        C("1,000", 1000, "exact", "in_russia", "north_korea", "tue",
          "'KCNA reported Tuesday' (5 August): 'another' engineers sent off to Kursk (increment; "
          "being sent: in Russia, as in corpus_blind181)", add=True),
        C("several hundred", None, "vague", "near_front", "russia", "thu",
          "'The Kremlin-appointed governor of the Kursk region said Thursday' (7 August): "
          "builders rebuilding bridges there (in the Kursk region: near the front)"),
        C("around 6,000", 6000, "approx", "casualties", "ukraine", "pub",
          "'Kyiv estimates' (undated): killed and wounded"),
        C("up to 10,000", 10000, "at_most", "planned", "united_states", "pub",
          "'The U.S. State Department believes' (undated): could be moved to Kursk by autumn "
          "(planned)"),
    ),
)


S11 = Source(
    article_id="v185_11_newsletter_folk_school_grand_marais_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-04-17"),
    dated_by="sidecar",
    sidecar=(
        "Harborside Folk School, Grand Marais – Newsletter",
        "https://www.harborsidefolkschool.example/newsletter/spring-2025",
        "Spring newsletter: canoes, spoons and a call from the front",
    ),
    features="a folk school's spring newsletter from Grand Marais on Lake Superior (Cook County, "
        "Minnesota) in Markdown, ISO-8859-1 with straight quotes only, front matter without a "
        "date (sidecar, Thursday) and a title without a figure; courses, a canoe class's days "
        "and tuition in dollars, students from states and the ice-out date first; a woodcarver "
        "from Lviv relaying his nephew, a paratrooper pulled back from Kursk ('His nephew … "
        "called him on Saturday. \"He told me …\"') `maybe 500` still in the woods (approx, near "
        "the front) and `one` captured (number word, casualties; both other, from Saturday to "
        "publication); a potter from Icheon who says `twelve or thirteen thousand` are there "
        "(range with number words, in Russia, other, `pub`); Rutte who, 'visiting Seoul last "
        "week, put … at' `around 11,000` in Russia; the South Korean Joint Chiefs who 'in a "
        "statement on Tuesday, said' 'an additional' `1,000 to 2,000` since February (range, "
        "increment, in Russia); the "
        "newsletter's own `roughly 14,000` since October (unattributed, approx); 'The "
        "Pentagon's estimate, given on Wednesday, is' `at least 4,000` casualties; courses, "
        "days, dollars, states, students, ages, years, a phone number",
    text="""\
---
title: "Spring Newsletter"
section: news
author: Harborside Folk School
---

# Spring on the harbor: canoes, spoons and a call from the front

The ice finally went out of the harbor on April 9, and the boat shed doors are open again. This \
spring we offer 26 courses, from birch bark baskets to a nine-day cedar strip canoe class \
(tuition $985, materials extra). Last season 430 students came from 23 states, and for the first \
time we ran out of beds in town. Scholarships for Cook County residents cover up to 75 percent of \
tuition.

## Taras and his nephew

Taras Hnatiuk, 50, a woodcarver from Lviv, teaches our weekend spoon carving class. His nephew, a \
paratrooper whose unit was pulled back from the Kursk region in March, called him on Saturday. \
"He told me there are [[maybe 500]] North Koreans still in the woods over there, and that his \
company captured [[one]] last month," Taras said. "He said the boy asked for water before \
anything else."

## A potter from Icheon

Ji-eun Lim, 33, a potter from Icheon who is spending the spring in our clay studio, says her \
family follows every report. "I think [[twelve or thirteen thousand]] are there now," she said. \
"Nobody in the South knows exactly, and nobody in the North may ask."

## The war in the news

NATO Secretary General Mark Rutte, visiting Seoul last week, put the North Korean contingent \
in Russia at [[around 11,000]]. Seoul's Joint Chiefs of Staff, in a statement on Tuesday, said \
Pyongyang had shipped an additional [[1,000 to 2,000]] troops since February. Since October, \
[[roughly 14,000]] young men from the North have gone to fight Moscow's war. The Pentagon's \
estimate, given on Wednesday, is [[at least 4,000]] casualties among them.

Registration for summer courses opens May 1. Call the office at 218-555-0134.
""",
    claims=(
        C("maybe 500", 500, "approx", "near_front", "other", "sat..pub",
          "a woodcarver from Lviv relaying his nephew, a paratrooper pulled back from Kursk "
          "('called him on Saturday. \"He told me there are'; the speaker quoted: other): still "
          "in the woods (from Saturday, 12 April, to publication; 'maybe' as approx)"),
        C("one", 1, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that': captured by his company 'last month' (the event's period; "
          "number word)"),
        C("twelve or thirteen thousand", None, "range", "in_russia", "other", "pub",
          "a potter from Icheon, '\"I think … are there now,\" she said' (undated): in Russia "
          "(range with number words)"),
        C("around 11,000", 11000, "approx", "in_russia", "nato", "lastweek",
          "'NATO Secretary General Mark Rutte, visiting Seoul last week, put … at': the "
          "contingent in Russia"),
        C("1,000 to 2,000", None, "range", "in_russia", "south_korea", "tue",
          "'Seoul's Joint Chiefs of Staff, in a statement on Tuesday, said' (15 April): 'an "
          "additional' troops sent since February (increment)", add=True),
        C("roughly 14,000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own framing without a source ('Since October, … young men from the "
          "North have gone to fight Moscow's war'): "
          "unattributed, required"),
        C("at least 4,000", 4000, "at_least", "casualties", "united_states", "wed",
          "'The Pentagon's estimate, given on Wednesday, is' (16 April): casualties"),
    ),
)


S12 = Source(
    article_id="v185_12_fish_house_blog_grand_marais",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bayfront Fish House, Grand Marais – From the Fish House",
        "https://www.bayfrontfishhouse.example/blog/herring-and-news-2025-11",
        "From the Fish House: herring, smoke and letters from far away",
    ),
    features="a fish house's blog from Grand Marais on Lake Superior (Cook County, Minnesota) as "
        "plain text, UTF-16 LE with BOM and CRLF (sidecar, Thursday; the sidecar title without "
        "a figure), straight quotes; pounds of lake herring, the price of smoked fish in dollars, "
        "the boat's year, miles offshore and the water temperature first; a deckhand from "
        "Chernivtsi relaying his brother-in-law, an infantryman on the Kursk border ('texted "
        "him on Tuesday, Roman said, that … and that') `about 120` "
        "(approx, near the front) and `nine` killed (number word, casualties; both other, from "
        "Tuesday to publication); a sushi cook born in Pohang who 'figures' `close to 40,000` in "
        "all by next year (approx, planned, other, `pub`); the NIS that 'Earlier this month … told "
        "lawmakers' `around 10,000` still in the Kursk region (near the front, the 1st to "
        "publication) and 'another' `5,000` construction troops (increment, in Russia); "
        "Ukraine's top commander who 'On Monday, … counted' `more than 6,000` dead or wounded "
        "(at_least); "
        "KCNA that 'on Sunday reported' a memorial for `hundreds` of fallen (north_korea, vague, "
        "casualties); a U.S. official who 'said last week' `fewer than 12,000` (at_most, in "
        "Russia, `lastweek`); pounds, dollars, years, miles, degrees, ages",
    text="""\
From the Fish House - November notes

The herring came in late this year but they came in fat. Since the first of the month we have \
landed about 3,800 pounds of lake herring from the nets four miles out, where the water is down \
to 41 degrees. The old boat, built in 1957, still starts on the first pull most mornings. Smoked \
herring is $14 a pound at the counter, and the smoked trout stays at $18.

Roman on the boat

Roman Savchuk, 46, from Chernivtsi, has worked the nets with us since spring. His wife's brother \
is an infantryman on the Kursk border. He texted him on Tuesday, Roman said, that [[about 120]] \
North Koreans had moved up into the tree line facing his platoon, and that [[nine]] of them had \
been killed by artillery that night. "He writes short, because the phone must stay off," Roman \
said while picking a net.

Sunny at the counter

Sunny Bae, 57, born in Pohang, runs the sushi counter in the front room on weekends. She figures \
[[close to 40,000]] North Koreans will have served in Russia in all by next year. "In Pohang my \
cousins say the North will keep sending until Moscow stops paying," she said.

What we read on the radio and in the papers

Earlier this month Seoul's intelligence service told lawmakers [[around 10,000]] were still \
stationed in the Kursk region and that another [[5,000]] construction troops had been moved to \
Russia. On Monday, Ukraine's top commander counted [[more than 6,000]] of the North's soldiers \
dead or wounded since their arrival. North Korea's state news agency on Sunday reported that \
Kim unveiled a memorial with the names of [[hundreds]] of fallen soldiers. A U.S. official \
said last week that [[fewer than 12,000]] were in Russia at present.

We close for deer season from November 22 to 30. Thanks for another good year on the water.
""",
    claims=(
        C("about 120", 120, "approx", "near_front", "other", "tue..pub",
          "a deckhand from Chernivtsi relaying his brother-in-law, an infantryman on the Kursk "
          "border ('He texted him on Tuesday, Roman said, that'; the speaker quoted: other): "
          "moved up into the tree line (from Tuesday, 18 November, to publication)"),
        C("nine", 9, "exact", "casualties", "other", "tue..pub",
          "same message, 'and that': killed by artillery 'that night' (number word)"),
        C("close to 40,000", 40000, "approx", "planned", "other", "pub",
          "a sushi cook born in Pohang, 'She figures' (undated): will have served in Russia by "
          "next year (a forecast of a total: planned)"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-11-01..pub",
          "'Earlier this month Seoul's intelligence service told lawmakers' (the 1st to "
          "publication): 'still' in the Kursk region (not an increment)"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..pub",
          "same statement, 'and that another': construction troops moved to Russia (increment; "
          "span without the word)", add=True),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "mon",
          "'On Monday, Ukraine's top commander counted' (17 November): dead or wounded"),
        C("hundreds", None, "vague", "casualties", "north_korea", "sun",
          "'North Korea's state news agency on Sunday reported' (16 November): fallen soldiers "
          "named on a memorial"),
        C("fewer than 12,000", 12000, "at_most", "in_russia", "united_states", "lastweek",
          "'A U.S. official said last week': in Russia at present ('fewer than' as at_most)"),
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
