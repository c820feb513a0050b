"""Build the HUNDRED-AND-TWENTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-twenty-sixth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: an
inland-shipping family firm's crew letter from Haren (Ems) with a Ukrainian boatswain from Izmail,
a racing pigeon club's newsletter from Sögel in the Hümmling with a new member from Poltava, a fair
committee's bulletin from Bleiburg/Pliberk (Carinthia, Austrian conventions) with a ride mechanic
from Zaporizhzhia, a lake fishery's customer letter from Millstatt am See with a South Korean cook
from Tongyeong, the Rhine Falls boat co-operative's winter letter from Neuhausen am Rheinfall
(Swiss conventions) with a Korean tour guide from Busan, a driving school's newsletter from Thayngen
(Swiss conventions) with a Ukrainian lorry driver from Chernihiv; an agency-style wire report from
New Amsterdam (Berbice, Guyana) on Guyana's envoy to the UN, a small-scale gold miners'
association bulletin from Bartica with a Korean dredge-pump salesman, a village women's committee
newsletter from Poutasi (Samoa) with its volunteer nurse from Suwon, a readers' letters page from a
Salelologa weekly with letters quoting relatives, a fire festival committee's page from Bressay
(Shetland) with a ferry deckhand from Kherson, and a knitters' co-operative newsletter from
Dunrossness with a Seoul buyer and her father. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind124_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Emsland, Carinthia, Schaffhausen)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s124_01_crewbrief_haren_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-22"),
    dated_by="front_matter",
    features="an inland-shipping family firm's crew letter from Haren (Ems) in the Emsland in "
        "Markdown, UTF-8, front matter with `date:` (Friday) and a title without a figure; low "
        "water on the Rhine and the yard first; a Ukrainian boatswain from Izmail relaying his "
        "cousin, a gunner in Sumy region, 'Am Sonntag … telefoniert' (Konjunktiv over two "
        "sentences) `ein paar tausend` dug in across the border (other, Sunday); 'Nach der "
        "Zählung, die ein Pentagon-Sprecher am Montag … vortrug' `rund 10.000` in Kursk; 'Aus dem "
        "Nato-Hauptquartier hieß es am Dienstag' `über 10.000` brought to Russia's east; the NIS "
        "briefing 'am Mittwoch', carried into the next sentence by Konjunktiv, `deutlich mehr als "
        "11.000` sent ('deutlich mehr als' as at_least) and `einige hundert` of them wounded or "
        "killed (a breakdown); 'Dem ukrainischen Militärgeheimdienst zufolge' `rund 5.000` "
        "'weitere' (increment, planned, `pub`); the boatswain 'rechnet damit' `zwölftausend` at "
        "the Kursk front by spring (number word, planned, other, `pub`); Russia's daily losses, "
        "water levels, tonnes, yard costs, ages, years, a pay rise in per cent ('Heuer', the "
        "seaman's wage), a phone number",
    text="""\
---
title: "Crewbrief 4/2024: Niedrigwasser, Werft und ein Anruf aus Sumy"
date: 2024-11-22
herausgeber: Partikulierreederei Többen, Haren (Ems)
verteiler: Besatzungen, Büro, Ehemalige
---

# Niedrigwasser, Werft und ein Anruf aus Sumy

Moin zusammen,

das Jahr geht so zu Ende, wie es angefangen hat: mit zu wenig Wasser im Rhein. Am Pegel Kaub \
standen Mitte Oktober gerade noch 81 Zentimeter, und die „Hümmling“ durfte wochenlang statt 2.600 \
nur 1.100 Tonnen Kies laden. Die Kleinwasserzuschläge haben das halbwegs aufgefangen, mehr nicht. \
Die „Gerda T.“ liegt seit dem 11. November in der Werft am Haren-Rütenbrock-Kanal: neue \
Ruderanlage, neuer Anstrich, knapp 186.000 Euro.

## Wolodja und sein Cousin

Die meisten von euch kennen Wolodymyr Hrynenko, den an Bord alle nur Wolodja nennen. Er ist 31, \
stammt aus Ismajil an der Donau und fährt seit 2019 bei uns, seit dem Frühjahr als Bootsmann auf \
der „Hümmling“. Sein Cousin Taras gehört zu einer Artilleriebatterie, die im Gebiet Sumy kaum acht \
Kilometer vor der russischen Grenze steht.

Am Sonntag, als die „Hümmling“ in Duisburg-Ruhrort auf Ladung wartete, hat Wolodja lange mit ihm \
telefoniert. Auf der anderen Seite der Grenze, habe Taras erzählt, hätten sich inzwischen [[ein \
paar tausend]] Nordkoreaner eingegraben. Nachts höre man sie schanzen, und ihre Funksprüche \
verstehe keiner von den Dolmetschern. „Er klang müde, aber nicht mutlos“, sagt Wolodja.

## Was Washington, Brüssel, Seoul und Kiew sagen

Die amtlichen Zahlen zeigen in dieselbe Richtung. Nach der Zählung, die ein Pentagon-Sprecher am \
Montag in Washington vortrug, stehen in der Region Kursk [[rund 10.000]] nordkoreanische Soldaten, \
ein Teil davon schon im Gefecht mit ukrainischen Einheiten. Aus dem Nato-Hauptquartier hieß es am \
Dienstag, man wisse von [[über 10.000]] Nordkoreanern, die in den Osten Russlands gebracht worden \
seien.

Südkoreas Geheimdienst NIS hat am Mittwoch den Geheimdienstausschuss des Parlaments in Seoul \
unterrichtet. Pjöngjang habe [[deutlich mehr als 11.000]] Soldaten nach Russland geschickt; \
[[einige hundert]] von ihnen seien bei den ersten Gefechten verwundet oder getötet worden. Dem \
ukrainischen Militärgeheimdienst zufolge könnten bis Jahresende [[rund 5.000]] weitere folgen, vor \
allem Artilleristen und Raketentruppen.

Wolodja hält die offiziellen Schätzungen eher für vorsichtig. Er rechnet damit, dass Kim bis zum \
Frühjahr [[zwölftausend]] Mann allein an die Front bei Kursk bringt. Russlands eigene Verluste \
beziffert der Generalstab in Kiew derweil auf täglich um die 1.500 Mann.

## Aus dem Büro

- Weihnachtsfeier am 14. Dezember ab 18 Uhr im Saal Brinker; Anmeldung bitte bis zum 6. Dezember.
- Die neue Heuer gilt ab Januar: 3,5 Prozent mehr für alle Decksleute und Maschinisten.
- Wer über die Feiertage fahren kann, meldet sich bei Hanne im Büro: 05932 71 38 40.

Gute Fahrt und immer eine Handbreit Wasser unterm Kiel!
Eure Familie Többen
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "sun",
          "the boatswain relaying his cousin, a gunner in Sumy region ('habe Taras erzählt', the "
          "speaker quoted: other), in a call 'Am Sonntag' (17 November), Konjunktiv: dug in on the "
          "other side of the border"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "'Nach der Zählung, die ein Pentagon-Sprecher am Montag … vortrug' (18 November): in the "
          "Kursk region"),
        C("über 10.000", 10000, "at_least", "in_russia", "nato", "tue",
          "'Aus dem Nato-Hauptquartier hieß es am Dienstag' (19 November): brought to Russia's "
          "east"),
        C("deutlich mehr als 11.000", 11000, "at_least", "in_russia", "south_korea", "wed",
          "the NIS briefing 'am Mittwoch' (20 November), carried into the next sentence by "
          "Konjunktiv: sent to Russia ('deutlich mehr als' as at_least)"),
        C("einige hundert", None, "vague", "casualties", "south_korea", "wed",
          "same briefing, 'von ihnen': wounded or killed (a breakdown)"),
        C("rund 5.000", 5000, "approx", "planned", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): 'weitere' could follow by the "
          "end of the year (increment after the figure, planned)", add=True),
        C("zwölftausend", 12000, "exact", "planned", "other", "pub",
          "the boatswain 'rechnet damit' (undated): at the Kursk front by spring (number word, a "
          "forecast: planned)"),
    ),
)

S02 = Source(
    article_id="s124_02_vereinsbrief_soegel",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-03-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Brieftaubenverein Hümmlinger Heimkehr Sögel – Vereinsbrief",
        "https://www.bv-huemmlinger-heimkehr.example/vereinsbrief/maerz-2025",
        "Vereinsbrief März 2025: Impfung, Körbe und eine neue Züchterin aus Poltawa",
    ),
    features="a racing pigeon club's newsletter from Sögel (Hümmling, Emsland) as plain text, "
        "windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Wednesday); the "
        "season's start first; a new member from Poltava relaying her husband, a soldier on the "
        "retreat near Sudzha, 'Am Samstag … angerufen' (Konjunktiv) `Hunderte` of North Korean "
        "dead (other, casualties, Saturday); Zelensky 'Anfang März' `Tausenden` back at the front; "
        "Seoul's joint chiefs 'Ende Februar' `etwa 3.000` 'zusätzliche' (increment); the NIS "
        "'vergangene Woche' `rund 4.000` dead and wounded; HUR 'am Montag' `zwei- bis dreitausend` "
        "for 'ein weiteres Kontingent' (range of number words, increment, planned); the "
        "newsletter's own sum ('Zählt man die Meldungen aus Seoul zusammen') `gut 14.000` "
        "(unattributed, required); the member 'glaubt' `zehntausend` 'noch einmal' in summer "
        "(increment, planned, other, `pub`); pigeons, breeders, distances, vaccine prices, "
        "inhabitants, ages, years, a phone number",
    text="""\
Brieftaubenverein „Hümmlinger Heimkehr“ Sögel – Vereinsbrief März 2025

Liebe Sportfreundinnen und Sportfreunde,

in gut drei Wochen beginnt die Reisesaison. Für den ersten Preisflug am 12. April ab Rheine, gut \
90 Kilometer Luftlinie, haben unsere 31 aktiven Züchter 1.180 Alttauben gemeldet. Die Impfung \
gegen Paramyxo ist am Samstag, 22. März, ab 14 Uhr im Vereinsheim; der Impfstoff kostet 0,40 Euro \
pro Taube. Am 29. März waschen wir die Körbe und bringen den Kabinenexpress zur Prüfung.

Neu im Verein: Oksana aus Poltawa

Seit Januar betreut Oksana Lytwyn die Jungtiere von Heinrich Kuper, der mit 81 Jahren nicht mehr \
jeden Morgen auf den Schlag steigen mag. Die 44-Jährige lebt seit 2022 mit ihren beiden Kindern in \
Sögel. Schon ihr Vater hielt in Poltawa Tauben, „Poltawaer Tümmler, nicht so schnell wie eure, \
aber schöner“, sagt sie und lacht.

Ihr Mann Roman ist Soldat und war bis vor Kurzem mit seiner Einheit im russischen Gebiet Kursk. Am \
Samstag hat er sie angerufen, zum ersten Mal seit fast zwei Wochen. Auf dem Rückzug bei Sudscha, \
habe er erzählt, hätten sie [[Hunderte]] tote Nordkoreaner in den Feldern liegen sehen. Die \
Nordkoreaner griffen zu Fuß an, auch durch den Schnee, und kämen trotz der Drohnen immer wieder.

Was in den Nachrichten steht: Präsident Selenskyj hatte Anfang März erklärt, die Nordkoreaner \
seien nach einer Pause mit [[Tausenden]] Mann an die Front bei Kursk zurückgekehrt. Südkoreas \
Generalstab teilte Ende Februar mit, seit Neujahr seien [[etwa 3.000]] zusätzliche Soldaten aus \
dem Norden nach Russland gebracht worden. Die Verluste der Nordkoreaner bezifferte der \
Geheimdienst NIS vergangene Woche auf [[rund 4.000]] Tote und Verwundete. Und der ukrainische \
Militärgeheimdienst teilte am Montag mit, in Nordkorea werde bereits ein weiteres Kontingent von \
[[zwei- bis dreitausend]] Mann für Kursk ausgebildet.

Zählt man die Meldungen aus Seoul zusammen, hat Kim also schon [[gut 14.000]] Soldaten nach \
Russland geschickt – fast doppelt so viele, wie Sögel Einwohner hat. Oksana glaubt, dass im Sommer \
noch einmal [[zehntausend]] dazukommen. „Die Russen schicken lieber fremde Söhne als ihre \
eigenen“, sagt sie.

Im Herbst will Oksana ihre ersten eigenen Jungtauben setzen. Heinrich hat ihr dafür acht Paare aus \
seiner besten Linie versprochen.

Termine
– 22. März, 14 Uhr: Impfung im Vereinsheim
– 29. März, 9 Uhr: Körbe waschen, Kabinenexpress zur Prüfung
– 11. April ab 17 Uhr: Einsetzen für den ersten Preisflug
– 25. April: Jahreshauptversammlung mit Ehrung der Meister 2024

Vorsitzender Bernd Lübbers, Telefon 05952 93 14 27
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "other", "sat",
          "a new member relaying her husband, a soldier ('habe er erzählt', the speaker quoted: "
          "other), who phoned 'Am Samstag' (15 March), Konjunktiv: North Korean dead seen on the "
          "retreat near Sudzha"),
        C("Tausenden", None, "vague", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "Zelensky 'hatte Anfang März erklärt' (days 1-10): back at the Kursk front"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "Seoul's joint chiefs 'teilte Ende Februar mit' (day 21 to the month's end): "
          "'zusätzliche' since January (increment, span without the word)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'bezifferte … vergangene Woche': dead and wounded"),
        C("zwei- bis dreitausend", None, "range", "planned", "ukraine", "mon",
          "HUR 'teilte am Montag mit' (17 March): 'ein weiteres Kontingent' in training for Kursk "
          "(range of number words, increment, planned)", add=True),
        C("gut 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own sum ('Zählt man die Meldungen aus Seoul zusammen'): sent to Russia "
          "(unattributed, required; 'gut' as at_least)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "the member 'glaubt' (undated): 'noch einmal' in summer (number word, increment, "
          "planned)", add=True),
    ),
)

S03 = Source(
    article_id="s124_03_winterbrief_riesenrad_bleiburg_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-12"),
    dated_by="html_meta",
    features="a travelling showmen's family business's winter letter from Bleiburg/Pliberk "
        "(Carinthia) in HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, "
        "`&ldquo;`, `&ndash;`), `article:published_time` +01:00 (Wednesday), Austrian conventions "
        "(`heuer`, `Jänner`, `Feber`, `Kirtage`), a cookie note about the tour calendar, a script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; the "
        "Ferris wheel's winter overhaul and the season's fairs first; a Ukrainian ride mechanic "
        "from Zaporizhzhia relaying his brother, a drone pilot near Sudzha, 'Vorige Woche … habe "
        "Ihor ihm geschrieben' `ein paar hundert` still in front of his sector (other, "
        "`lastweek`); a US defence spokesman 'am Montag' `etwa 11.000` taken out of combat into "
        "camps far behind the front (in Russia); the NIS 'Ende Jänner' `annähernd 3.000` dead or "
        "wounded ('annähernd' as approx, the Austrian month name) and, by 'Laut dem Generalstab in "
        "Seoul', 'die übrigen' `rund 8.000` still in Russia (remaining, not an increment); "
        "Zelensky 'am 8. Feber' `fast 4.000`; HUR 'rechnet damit' 'eine Ablöse von' `bis zu 4.000` "
        "(relief troops: increment, planned, `pub`); the mechanic 'geht davon aus' `Tausende` back "
        "at the front in spring (planned, other, `pub`); gondolas, fairs, visitors, riders, fair "
        "editions, metres, Russia's daily losses, euros, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Winterbrief Feber 2025 &ndash; Schaustellerbetrieb Kos, Bleiburg</title>
<meta property="article:published_time" content="2025-02-12T07:30:00+01:00">
<meta property="og:site_name" content="Schaustellerbetrieb Kos &ndash; Riesenrad">
<script>var kos={jahr:2025,seite:"winterbrief",kalender:"tour"};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie, damit unser Tourkalender beim nächsten Besuch \
schneller lädt. <a href="#">In Ordnung</a> &middot; <a href="#">Lieber nicht</a></div>
<nav><a href="/">Start</a> | <a href="/riesenrad">Unser Riesenrad</a> | <a \
href="/tour">Tourkalender</a> | <a href="/winterbrief">Winterbrief</a> | <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Von Riesenr&auml;dern und Nachrichten aus Kursk</h1>
<p class="vorspann">Das Rad steht zerlegt in der Halle, der Kalender für heuer ist fertig. Und der \
Mann, der es seit drei Jahren wartet, erzählt vom Krieg seines Bruders.</p>
<p>Seit Ende Oktober steht unser 34 Meter hohes Riesenrad in der Halle am Stadtrand. Bis Ende \
Jänner haben wir alle 24 Gondeln abgeschliffen und neu lackiert; die neue Steuerung hat 86.000 \
Euro gekostet. Heuer stehen wir auf 19 Kirtagen und Märkten in Kärnten und der Steiermark. Der \
Höhepunkt ist wie immer der Wiesenmarkt daheim, der zum 632. Mal stattfindet, vom 29. August bis \
zum 1. September. Im Vorjahr gingen dort an vier Tagen gut 120.000 Leute über die Wiese, und rund \
9.400 sind mit uns gefahren.</p>
<h2>Serhij und das Riesenrad</h2>
<p>Seit 2022 kümmert sich Serhij Bondar um Motor, Seile und Bremsen unseres Rades. Der 38-Jährige \
aus Saporischschja war daheim Kranmechaniker. Sein jüngerer Bruder Ihor fliegt Aufklärungsdrohnen \
im russischen Gebiet Kursk, wo die ukrainische Armee noch einen Streifen um Sudscha hält.</p>
<p>Vorige Woche, erzählt Serhij, habe Ihor ihm geschrieben, vor seinem Abschnitt seien von den \
Nordkoreanern nur noch [[ein paar hundert]] zu sehen. Der Rest sei seit Mitte Jänner verschwunden, \
wohl zum Auffrischen nach hinten gebracht.</p>
<h2>Was die Regierungen melden</h2>
<p>Ein Sprecher des US-Verteidigungsministeriums sagte am Montag, die [[etwa 11.000]] \
nordkoreanischen Soldaten seien vorerst aus den Gefechten genommen worden und würden in Lagern \
weit hinter der Front neu aufgestellt. Das Parlament in Seoul war Ende Jänner vom Geheimdienst NIS \
unterrichtet worden, dass [[annähernd 3.000]] Nordkoreaner getötet oder verwundet worden seien. \
Laut dem Generalstab in Seoul befinden sich die übrigen [[rund 8.000]] Mann weiter in Russland, \
die meisten in Ausbildungslagern. Präsident Selenskyj bezifferte die nordkoreanischen Verluste am \
8. Feber in einem Interview sogar auf [[fast 4.000]].</p>
<p>Der ukrainische Militärgeheimdienst rechnet damit, dass Pjöngjang noch heuer eine Ablöse von \
[[bis zu 4.000]] Mann schickt. Moskau schweigt zu alledem; die russischen Truppen verlieren nach \
ukrainischer Zählung weiter täglich über 1.200 Mann.</p>
<p>Serhij selbst geht davon aus, dass im Frühjahr [[Tausende]] Nordkoreaner an die Front \
zurückkommen. &bdquo;Die haben nicht aufgehört, die sammeln sich nur&ldquo;, sagt er und zieht die \
letzte Schraube an der Gondel nach.</p>
<h2>Termine</h2>
<p>Probeaufbau am 6. März im Hof, Abnahme durch den Sachverständigen am 4. April, erster Kirtag am \
26. April in Völkermarkt. Eine Runde kostet heuer 5 Euro, für Kinder bis zehn Jahre 3 Euro.</p>
</article>
<footer>Schaustellerbetrieb Kos &middot; 9150 Bleiburg/Pliberk &middot; Tel. 04235 2110 30 \
&middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/tourkalender.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "lastweek",
          "a ride mechanic relaying his brother, a drone pilot ('erzählt Serhij', the speaker "
          "quoted: other), in a message sent 'Vorige Woche', Konjunktiv: still in front of his "
          "sector"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "mon",
          "a US defence spokesman 'sagte am Montag' (10 February): taken out of combat and "
          "regrouped in camps far behind the front (in Russia, not near the front)"),
        C("annähernd 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-21..2025-01-31",
          "parliament briefed by the NIS 'Ende Jänner' (day 21 to the month's end): killed or "
          "wounded ('annähernd' as approx)"),
        C("rund 8.000", 8000, "approx", "in_russia", "south_korea", "pub",
          "'Laut dem Generalstab in Seoul' (undated): 'die übrigen', still in Russia, mostly in "
          "training camps (the remaining: not an increment)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-08",
          "Zelensky 'am 8. Feber' (the Austrian month name): losses"),
        C("bis zu 4.000", 4000, "at_most", "planned", "ukraine", "pub",
          "HUR 'rechnet damit' (undated): 'eine Ablöse von' (relief troops: increment, "
          "planned)", add=True),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "the mechanic 'geht davon aus' (undated): back at the front in spring (a forecast: "
          "planned)"),
    ),
)

S04 = Source(
    article_id="s124_04_fischerbrief_millstatt",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-10-16"),
    dated_by="dateline",
    features="a lake fishery's customer letter from Millstatt am See (Carinthia) as plain text, "
        "UTF-16 LE with BOM, dated by the place line 'Millstatt, 16. Oktober 2025' (Thursday), "
        "Austrian words (`Heuer` for this year, `liegt … auf`); the whitefish season first; a "
        "South Korean cook from Tongyeong relaying her brother, a sergeant near Cheorwon, in a "
        "video call 'Beim Abschiedsessen am Sonntag' (Konjunktiv, translated) `um die 5.000` "
        "builders gone to Russia ('um die' as approx, other, Sunday); the NIS 'schätzte Ende "
        "September' `rund 2.000` fallen and `etwa 10.000` still in the Kursk border area; Russia's "
        "defence minister 'am Montag' `Tausenden` deminers in Kursk; Rutte 'diese Woche' `gegen "
        "11.000` in Russia (Monday to publication); Rodong Sinmun 'am 3. Oktober' the names of "
        "`101` fallen (north_korea, exact); `mehrere hundert` Kursk veterans at the 10 October "
        "parade (returnees: optional); HUR 'hält es für möglich' `maximal 3.000` 'weitere' "
        "('maximal' as at_most, increment, planned, `pub`); tonnes, kilos, kilometres, depth, "
        "degrees, prices, years, opening hours, a postcode, a phone number",
    text="""\
Seefischerei Egger · Millstatt am See
Kundenbrief Herbst 2025

Millstatt, 16. Oktober 2025

Liebe Kundinnen und Kunden,

die Reinanken-Saison ist vorbei, und sie war besser als befürchtet. Heuer haben wir mit unseren \
drei Booten rund 4,3 Tonnen Reinanken und gut 600 Kilo Seesaiblinge aus dem See geholt. Der \
Millstätter See ist zwölf Kilometer lang und bis zu 141 Meter tief, und im August hatte er an der \
Oberfläche 24 Grad, so warm wie selten. Geräucherte Reinanken kosten ab November 26 Euro das Kilo, \
frisch filetierte 31 Euro.

Eine Köchin aus Tongyeong

Den ganzen Sommer hat uns Park Seo-yeon in der Räucherei geholfen. Die 26-Jährige ist Köchin aus \
Tongyeong, einer Fischerstadt an der Südküste Koreas, und wollte lernen, wie man in den Alpen \
Fisch räuchert. Ihr älterer Bruder ist Feldwebel in einer Grenzeinheit bei Cheorwon, keine drei \
Kilometer von der Demarkationslinie entfernt.

Beim Abschiedsessen am Sonntag hat sie mit ihm per Video telefoniert, und wir saßen mit am Tisch. \
In seiner Kaserne, übersetzte Seo-yeon, erzähle man sich, dass seit dem Sommer [[um die 5.000]] \
Bausoldaten aus dem Norden nach Russland gefahren seien. Die Lautsprecher an der Grenze schwiegen \
seit Monaten, aber drüben werde mehr marschiert als früher.

Was aus Seoul, Moskau, Brüssel und Pjöngjang zu hören ist

Die Zahlen der Regierungen sind nicht kleiner. Südkoreas Geheimdienst schätzte Ende September, \
dass [[rund 2.000]] nordkoreanische Soldaten in Russland gefallen sind und [[etwa 10.000]] \
weiterhin im Grenzgebiet von Kursk stehen. Russlands Verteidigungsminister Andrej Beloussow dankte \
am Montag den [[Tausenden]] Pionieren aus dem Norden, die in Kursk noch immer Felder und Wälder \
entminen. Nato-Generalsekretär Mark Rutte sagte diese Woche in einem Interview, in Russland \
hielten sich [[gegen 11.000]] Nordkoreaner auf.

Pjöngjang zeigt inzwischen offen, was der Einsatz kostet. Die Parteizeitung Rodong Sinmun druckte \
am 3. Oktober die Namen von [[101]] Gefallenen, und bei der großen Parade am 10. Oktober \
marschierten [[mehrere hundert]] Heimkehrer aus Kursk in eigenen Blöcken mit. Der ukrainische \
Militärgeheimdienst hält es für möglich, dass bis Jahresende [[maximal 3.000]] weitere kommen, vor \
allem Bautruppen.

Seo-yeon ist seit Dienstag wieder in Korea. Zum Abschied hat sie uns gezeigt, wie man Reinanken \
mit Sojasauce und Ingwer mariniert; das Rezept liegt im Laden auf.

Öffnungszeiten im Winter
Freitag 9 bis 12 Uhr und nach Vereinbarung. Bestellungen für den Weihnachtskarpfen bitte bis 10. \
Dezember.
Seefischerei Egger, 9872 Millstatt am See, Telefon 04766 2087 14
""",
    claims=(
        C("um die 5.000", 5000, "approx", "in_russia", "other", "sun",
          "a cook relaying her brother, a sergeant near Cheorwon ('übersetzte Seo-yeon', the "
          "speaker quoted: other), in a video call 'Beim Abschiedsessen am Sonntag' (12 October), "
          "Konjunktiv: builders gone to Russia since summer ('um die' as approx)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "the NIS 'schätzte Ende September' (day 21 to the month's end): fallen in Russia"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-09-21..2025-09-30",
          "same estimate: still in the Kursk border area"),
        C("Tausenden", None, "vague", "near_front", "russia", "mon",
          "Russia's defence minister 'dankte am Montag' (13 October): deminers still clearing "
          "fields in Kursk"),
        C("gegen 11.000", 11000, "approx", "in_russia", "nato", "mon..pub",
          "Rutte 'sagte diese Woche' (Monday to the Thursday of publication), Konjunktiv: in "
          "Russia ('gegen' as approx)"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-10-03",
          "Rodong Sinmun 'druckte am 3. Oktober die Namen von': the fallen"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "Kursk veterans marching at the 10 October parade (returnees: optional, as in earlier "
          "sets)", opt=True),
        C("maximal 3.000", 3000, "at_most", "planned", "ukraine", "pub",
          "HUR 'hält es für möglich' (undated): 'weitere' by the end of the year (increment after "
          "the figure, planned; 'maximal' as at_most)", add=True),
    ),
)

S05 = Source(
    article_id="s124_05_winterbrief_neuhausen_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-01-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Andenken Gysel am Rheinfall – Winterbrief",
        "https://www.andenken-gysel.example/winterbrief/2025",
        "Winterpause am Fall",
    ),
    features="a souvenir shop's winter letter from Neuhausen am Rheinfall (Schaffhausen) in HTML, "
        "UTF-8 with BOM and CRLF, no meta date (sidecar, Friday), Swiss conventions (`ss`, «», "
        "`38'000`, `1'400'000`, `41'000`, `11'000`, 4-digit `3800`/`1100`/`2000`), a cookie note "
        "about the catalogue language, a script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; the winter refit of shop and kiosk first; a "
        "Korean tour guide from Busan at the 'Bächtelistag' reception (2 January) relaying her "
        "cousin, an artillery captain, who wrote 'zu Neujahr' `10'000 bis 12'000` 'weitere' by "
        "spring (range, increment, planned, other; from New Year to the reception) and her own "
        "belief, 'sagte sie', `mehr als 12'000` in Russia (other, the reception day); Zelensky 'am "
        "Montag' `über 3800` killed or wounded; the NIS 'am 19. Dezember' `rund 1100`; the "
        "Pentagon, 'laut einer Sprecherin, die sich am Dienstag äusserte', `rund 11'000` in Kursk; "
        "'Nach Angaben des … Militärgeheimdienstes' `rund 1000` 'zusätzliche' gunners arrived 'im "
        "Dezember' (increment; the month of the arrival, not of the claim: `pub`); a Duma deputy "
        "'vorgestern' on state TV `höchstens 2000`, far from any front (russia, in Russia); South "
        "Korean shoppers (`41'000`, not a claim), visitors, boat days, per cent, francs, opening "
        "hours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Winterbrief 2025 · Andenken Gysel am Rheinfall</title>
<meta name="description" content="Neues aus Laden und Kiosk am Rheinfallbecken">
<script>window.gysel={saison:2025,winterpause:true,sprache:"de"};</script>
</head>
<body>
<div id="cookies">Diese Seite merkt sich mit einem Cookie, in welcher Sprache Sie unseren Katalog \
lesen. <button>Einverstanden</button></div>
<nav><a href="/">Übersicht</a> · <a href="/laden">Laden &amp; Kiosk</a> · <a href="/gruppen">Für \
Reisegruppen</a> · <a href="/winterbrief">Winterbrief</a> · <a href="/kontakt">So finden Sie \
uns</a></nav>
<main>
<h1>Winterpause am Fall</h1>
<p>Seit dem 3. November sind Laden und Kiosk am Rheinfallbecken nur noch am Wochenende offen. Die \
ruhigen Wochen nutzen wir für den Umbau: Die Ladentheke wird erneuert, und der Kiosk bekommt für \
38'000 Franken eine neue Kühlanlage. 2024 war unser bestes Jahr seit 2019. Der Kanton zählte am \
Fall rund 1'400'000 Besucherinnen und Besucher, und die Boote fuhren an 164 Tagen zum Felsen.</p>
<p>Besonders treu ist uns die Kundschaft aus Südkorea: Gut 41'000 Gäste kamen letztes Jahr in den \
Laden, meist in Reisegruppen, die vom Rheinfall weiter nach Luzern und Interlaken fahren. Am \
liebsten kaufen sie Kuhglocken und Taschenmesser.</p>
<h2>Ein Apéro mit Frau Choi</h2>
<p>Am Bächtelistag haben wir wie jedes Jahr Stammkundschaft und Reiseleitende zum Apéro in den \
Laden eingeladen. Dabei war auch Choi Min-ji aus Busan, die seit zwölf Jahren koreanische Gruppen \
durch die Schweiz führt und erstaunlich gut Schweizerdeutsch spricht. Ihr Cousin ist Hauptmann in \
einer Artillerieeinheit bei Yeoncheon, nahe der Grenze zum Norden.</p>
<p>Er habe ihr zu Neujahr geschrieben, erzählte Frau Choi, in seiner Einheit rechne man damit, \
dass der Norden bis zum Frühling [[10'000 bis 12'000]] weitere Soldaten nach Russland schicke. Sie \
selbst glaube, dass schon jetzt [[mehr als 12'000]] dort seien. «Bei uns wird mehr darüber \
geredet, als man in Europa denkt», sagte sie.</p>
<h2>Die Zahlen aus Kiew, Seoul, Washington und Moskau</h2>
<p>Präsident Selenskyj sprach am Montag von [[über 3800]] Nordkoreanern, die in Kursk getötet oder \
verwundet worden seien. Der südkoreanische Geheimdienst hatte am 19. Dezember noch [[rund 1100]] \
Tote und Verwundete gemeldet. Im Pentagon geht man laut einer Sprecherin, die sich am Dienstag \
äusserte, weiterhin von [[rund 11'000]] Nordkoreanern im Raum Kursk aus.</p>
<p>Nach Angaben des ukrainischen Militärgeheimdienstes sind im Dezember [[rund 1000]] zusätzliche \
nordkoreanische Artilleristen und Raketenschützen im Gebiet Kursk eingetroffen. Ein Abgeordneter \
der Staatsduma behauptete dagegen vorgestern im russischen Staatsfernsehen, es seien [[höchstens \
2000]] Nordkoreaner im Land, und zwar als Techniker weit weg von jeder Front.</p>
<p>Frau Choi kommt im April mit der ersten Gruppe der Saison. Sie hat versprochen, uns dann ein \
paar Sätze Koreanisch für die Kasse beizubringen.</p>
<h2>Saisonstart</h2>
<p>Ab dem 5. April sind Laden und Kiosk wieder täglich von 9 bis 18 Uhr offen. Reisegruppen ab 20 \
Personen erhalten 10 Prozent Rabatt; bitte bis Ende Februar anmelden.</p>
</main>
<footer>Andenken Gysel am Rheinfall · 8212 Neuhausen am Rheinfall · Telefon +41 52 672 14 90 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/katalog.js"></script>
</body>
</html>
""",
    claims=(
        C("10'000 bis 12'000", None, "range", "planned", "other", "2025-01-01..2025-01-02",
          "a tour guide relaying her cousin, an artillery captain ('erzählte Frau Choi', the "
          "speaker quoted: other), who wrote 'zu Neujahr', told at the reception 'Am Bächtelistag' "
          "(2 January): 'weitere' by spring (range, increment after the figure, planned; from the "
          "message to the telling)", add=True),
        C("mehr als 12'000", 12000, "at_least", "in_russia", "other", "2025-01-02",
          "the guide's own belief at the reception ('Sie selbst glaube', 'sagte sie' on the "
          "Bächtelistag): in Russia already"),
        C("über 3800", 3800, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'sprach am Montag' (6 January): killed or wounded in Kursk"),
        C("rund 1100", 1100, "approx", "casualties", "south_korea", "2024-12-19",
          "the NIS 'hatte am 19. Dezember … gemeldet': dead and wounded"),
        C("rund 11'000", 11000, "approx", "near_front", "united_states", "tue",
          "the Pentagon, 'laut einer Sprecherin, die sich am Dienstag äusserte' (7 January; the "
          "day in a relative clause about the source): in the Kursk area"),
        C("rund 1000", 1000, "approx", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated; 'im Dezember' dates the "
          "arrival, not the claim): 'zusätzliche' gunners arrived in Kursk (increment, span "
          "without the word)", add=True),
        C("höchstens 2000", 2000, "at_most", "in_russia", "russia", "2025-01-08",
          "a Duma deputy on state TV 'vorgestern' (two days before the Friday: 8 January): in "
          "Russia, as technicians far from any front"),
    ),
)

S06 = Source(
    article_id="s124_06_fahrschulpost_thayngen_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Fahrschule Reiat Thayngen – Fahrschulpost",
        "https://www.fahrschule-reiat.example/fahrschulpost/sommer-2025",
        "Fahrschulpost Sommer 2025",
    ),
    features="a driving school's newsletter from Thayngen (Schaffhausen) in Markdown, ISO-8859-1, "
        "front matter without a date (sidecar, Thursday) and a title without a figure, Swiss "
        "conventions (`ss`, «», `3'900`, `15'000`, `25'000 bis 30'000`, `11'000`, 4-digit "
        "`1000`/`2000`); exams and courses first; a Ukrainian truck driver from Chernihiv training "
        "for his Swiss lorry licence, who drove army lorries into the Kursk region in 2024; the "
        "Kursk governor 'Am Montag' `gegen 1000` deminers (russia, near the front); the NIS 'am "
        "Dienstag' `rund 15'000` sent and, by Konjunktiv, `etwa 2000` fallen (a breakdown); 'Nach "
        "Einschätzung des … Militärgeheimdienstes' `25'000 bis 30'000` 'weitere' (range, "
        "increment, planned, `pub`); 'Aus dem Pentagon hatte es Anfang Juni geheissen' `höchstens "
        "11'000` at the Kursk front; KCNA 'am Mittwoch' `mehrere hundert` pioneers seen off for "
        "Kursk (north_korea, planned); the driver 'schätzt' `Zehntausende` in the end (other, "
        "planned, `pub`); exams, lessons, minutes, francs, tonnes, inhabitants, ages, years, "
        "dates, a phone number",
    text="""\
---
titel: "Fahrschulpost Sommer 2025"
fahrschule: Fahrschule Reiat, Thayngen
ausgabe: 14
---

# Fahrschulpost Sommer 2025

Liebe Fahrschülerinnen und Fahrschüler, liebe Ehemalige

Der Frühling war eine Prüfungssaison wie lange nicht mehr: 46 praktische Prüfungen beim \
Strassenverkehrsamt in Schaffhausen, 39 davon bestanden. Der Verkehrskundeunterricht findet im \
Juli an zwei Samstagen statt, jeweils vier Lektionen à 50 Minuten. Neu bilden wir auch für die \
Kategorie C aus; die ganze Ausbildung auf dem Lastwagen kostet bei uns rund 3'900 Franken.

## Andrij fährt wieder

Einer unserer ersten Lastwagenschüler ist Andrij Melnyk. Der 47-Jährige aus Tschernihiw lebt seit \
2023 mit seiner Familie in Thayngen und arbeitet im Lager einer Baustoffhandlung. Daheim ist er \
Militärlastwagen gefahren, im Sommer 2024 auch über die Grenze ins russische Gebiet Kursk. «Dort \
habe ich zum ersten Mal gehört, dass die Nordkoreaner kommen», erzählt er beim Üben auf dem Platz.

Andrij liest jeden Morgen ukrainische und Schweizer Zeitungen. Am Montag dankte der Gouverneur des \
Gebiets Kursk den [[gegen 1000]] nordkoreanischen Minenräumern, die in seinem Gebiet Felder und \
Dörfer säubern. Südkoreas Geheimdienst NIS teilte am Dienstag in Seoul mit, Pjöngjang habe bisher \
[[rund 15'000]] Soldaten nach Russland entsandt; [[etwa 2000]] von ihnen seien gefallen. Nach \
Einschätzung des ukrainischen Militärgeheimdienstes könnten im Sommer [[25'000 bis 30'000]] \
weitere dazukommen, vor allem als Bautruppen. Aus dem Pentagon hatte es Anfang Juni geheissen, an \
der Front in Kursk stünden noch [[höchstens 11'000]].

Die nordkoreanische Staatsagentur KCNA meldete am Mittwoch, Kim Jong Un habe [[mehrere hundert]] \
Pioniere persönlich am Bahnhof verabschiedet; sie sollen in Kursk Minen räumen. Andrij selbst \
schätzt, dass es am Ende [[Zehntausende]] werden. «Für Moskau ist das billiger als die eigenen \
Leute», sagt er.

Am 2. Juli macht Andrij seine Prüfung. Besteht er, fährt er ab August für ein Transportunternehmen \
im Reiat Kies, 18 Tonnen pro Fuhre. Wir drücken die Daumen.

## Hinweise

- Das Büro bleibt vom 21. Juli bis zum 8. August geschlossen.
- Motorrad-Grundkurs: 12 Stunden in drei Teilen, 480 Franken.
- Thayngen hat gut 5'500 Einwohnerinnen und Einwohner, aber nur einen Kreisel, und den kennt bei \
uns jede und jeder.
- Anmeldung: 052 649 31 07 oder im Büro an der Bahnhofstrasse.
""",
    claims=(
        C("gegen 1000", 1000, "approx", "near_front", "russia", "mon",
          "the Kursk governor 'Am Montag dankte' (23 June): deminers clearing fields and villages "
          "there ('gegen' as approx)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'teilte am Dienstag in Seoul mit' (24 June), Konjunktiv: sent to Russia"),
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "same statement, 'von ihnen', Konjunktiv: fallen (a breakdown)"),
        C("25'000 bis 30'000", None, "range", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): 'weitere' could "
          "follow in summer (range, increment after the figure, planned)", add=True),
        C("höchstens 11'000", 11000, "at_most", "near_front", "united_states",
          "2025-06-01..2025-06-10",
          "'Aus dem Pentagon hatte es Anfang Juni geheissen' (days 1-10): still at the Kursk "
          "front"),
        C("mehrere hundert", None, "vague", "planned", "north_korea", "wed",
          "KCNA 'meldete am Mittwoch' (25 June), Konjunktiv: pioneers seen off at the station who "
          "are to clear mines in Kursk ('sollen': planned)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the driver 'schätzt' (undated): how many it will be in the end (a forecast: planned)"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Guyana, Samoa, Shetland)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s124_07_gsna_wire_new_amsterdam",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-14"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from New Amsterdam (Berbice, Guyana) as plain text, "
        "UTF-8 with CRLF, slug lines and dateline 'NEW AMSTERDAM, Guyana, 14 November 2024 (GSNA) "
        "–' (Thursday), straight quotes; Guyana's deputy envoy to the UN talking to students about "
        "its Security Council seat; the headline's `11,000` from the US statement at the council "
        "'on 4 November' (to publication, exact); 'According to the UN record of the council's "
        "meeting on 4 November' the US deputy ambassador `about 11,000` in Kursk and Ukraine's "
        "ambassador `up to 15,000` 'more' (increment, planned); South Korea's mission 'In a "
        "briefing … last week' 'put the number … at' `some 12,000` and `more than 10,000` 'of "
        "whom' near the front (a breakdown); the Pentagon 'repeated on Tuesday' `10,000 to 12,000` "
        "in Russia; the envoy 'told students on Wednesday' and 'expected' `several thousand` "
        "'more' before Christmas (third government: other, increment, planned, Wednesday); "
        "Guyana's army, oil barrels, students, kilometres, Russia's daily losses, council seats, "
        "ages, years, a wire trailer with a phone number",
    text="""\
GSNA-1147 WORLD/CARIBBEAN
UN-KOREA-RUSSIA-GUYANA
Envoy tells Berbice students council heard of [[11,000]] North Koreans in Kursk

NEW AMSTERDAM, Guyana, 14 November 2024 (GSNA) – Guyana's deputy representative at the United \
Nations told students in Berbice on Wednesday that the Security Council had been given "figures we \
cannot check but cannot ignore" about North Korean soldiers fighting for Russia.

Ambassador Rohan Baksh, 49, who grew up in Rose Hall on the Corentyne coast, spoke for an hour at \
the Tain campus of the University of Guyana, about 30 kilometres east of New Amsterdam. Some 250 \
students and lecturers attended. Guyana holds one of the 10 elected seats on the 15-member council \
until the end of 2025.

According to the UN record of the council's meeting on 4 November, the US deputy ambassador \
reported that [[about 11,000]] North Korean troops had reached Russia's Kursk region and that some \
had already joined the fighting. Ukraine's ambassador told the same meeting that Pyongyang was \
preparing [[up to 15,000]] more.

"Russia's representative called it a fairy tale," Baksh recalled. "North Korea's said nothing at \
all."

In a briefing for Caribbean and African delegations in New York last week, South Korea's mission \
put the number of North Koreans sent to Russia at [[some 12,000]], Baksh said, of whom [[more than \
10,000]] had already moved to areas near the front line. The Pentagon repeated on Tuesday its \
estimate of [[10,000 to 12,000]] North Korean soldiers in Russia in all.

Baksh said he expected [[several thousand]] more to be sent before Christmas. "What we are seeing \
is a steady flow, not a single shipment," he told the students. He declined to say how Guyana \
would vote on any resolution.

Ukraine's general staff says Russia is losing about 1,500 soldiers a day. North Korea's own armed \
forces are estimated at more than 1.2 million. Guyana's Defence Force, by comparison, has about \
3,400 regular personnel, and the country now pumps about 650,000 barrels of oil a day.

Several students asked about the Guyanese men who, according to relatives, had answered \
advertisements for security jobs in Russia. Baksh said the foreign ministry knew of four such \
cases and was "following every one of them".

(Reporting by Nadira Khan in New Amsterdam; editing by Colin Fraser)
((GSNA Georgetown desk; +592 226 4410))
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "united_states", "2024-11-04..pub",
          "headline: the US deputy ambassador's figure at the council on 4 November (to "
          "publication, the hedge dropped)"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "2024-11-04",
          "'According to the UN record of the council's meeting on 4 November, the US deputy "
          "ambassador reported': reached the Kursk region"),
        C("up to 15,000", 15000, "at_most", "planned", "ukraine", "2024-11-04",
          "Ukraine's ambassador at the same meeting: 'more' being prepared (increment, "
          "planned)", add=True),
        C("some 12,000", 12000, "approx", "in_russia", "south_korea", "lastweek",
          "'In a briefing … last week, South Korea's mission put the number … at' (relayed by the "
          "envoy; the mission is the source): sent to Russia"),
        C("more than 10,000", 10000, "at_least", "near_front", "south_korea", "lastweek",
          "same briefing, 'of whom': moved to areas near the front line (a breakdown)"),
        C("10,000 to 12,000", None, "range", "in_russia", "united_states", "tue",
          "the Pentagon 'repeated on Tuesday' (12 November): in Russia in all"),
        C("several thousand", None, "vague", "planned", "other", "wed",
          "Guyana's envoy (a third government: other) 'said he expected', told students on "
          "Wednesday (13 November): 'more' before Christmas (increment, planned)", add=True),
    ),
)

S08 = Source(
    article_id="s124_08_supply_bulletin_bartica_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-05-07"),
    dated_by="html_meta",
    features="a mining-supply store's customer bulletin from Bartica (Essequibo, Guyana) in HTML, "
        "windows-1252 (curly quotes and `–` raw, `&amp;` and `&copy;` as entities), `<meta "
        "name='date'>` (Wednesday), a cookie note about the credit-account login, a script, "
        "navigation, a footer; a `<title>` repeating the headline figure (optional) and the "
        "headline `15,000` from the NIS figure of 30 April (to publication); the Easter regatta "
        "and gold prices first; the South Korean maker's man from Changwon whose dredge pumps the "
        "store sells, relaying his grandson's barracks, 'told us' without a day, `thirty thousand` "
        "'more' by autumn (number words, increment, planned, other, `pub`); the NIS 'told "
        "lawmakers on 30 April' `about 15,000` sent, `4,700` killed or wounded and `some 600` 'of "
        "those' dead (breakdowns); Gerasimov 'on 26 April' thanking Pyongyang for “`thousands` of "
        "brave soldiers” (a quoted word, russia, near the front); KCNA without a figure; the State "
        "Department 'last week' “`upwards of 14,000`”; HUR 'in a briefing on Monday' 'put the "
        "number still in the Kursk border area at' `around 2,000`; speedboats, visitors, panning "
        "kits, gold prices in US dollars, per cent, a deposit in Guyana dollars, ages, years, "
        "dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Mr Bae, the dredge pumps and the [[15,000]] – Essequibo Mining Supplies, Bartica</title>
<meta name="date" content="2025-05-07">
<script>var ems={page:"bulletin",issue:"2025-05",creditAccount:true};</script>
</head>
<body>
<div class="cookie-bar">We keep one cookie to remember whether you are logged in to your credit \
account. <a href="#">Fine</a></div>
<nav><a href="/">Home</a> | <a href="/bulletin">Bulletin</a> | <a href="/pumps">Pumps &amp; \
Parts</a> | <a href="/mercury-free">Mercury-Free Kits</a> | <a href="/hours">Store Hours</a></nav>
<article>
<h1>Mr Bae, the dredge pumps and the [[15,000]]</h1>
<p>Easter Monday’s regatta brought 38 speedboats and, by the town council’s count, close to 20,000 \
visitors to Bartica, and our stall on the waterfront sold every one of the 400 mercury-free \
panning kits we had. Thank you to everyone who helped.</p>
<p>Gold averaged US$3,280 an ounce at the Gold Board in April, a record, and declarations from our \
region rose 11 per cent on last year. Good for you, and good for our order book.</p>
<h2>The pump man from Changwon</h2>
<p>Many of you met Bae Jun-seo, 58, at the regatta stall. His firm in Changwon, South Korea, makes \
the dredge pumps we sell, and he has come up the Essequibo twice a year since 2016 to see how they \
run. He is also a grandfather, and his grandson is doing his military service in a border division \
north of Seoul.</p>
<p>“The boys in my grandson’s barracks talk about nothing else,” Mr Bae told us over a bowl of \
pepperpot. “They say Kim will send [[thirty thousand]] more by the autumn, and they wonder who \
will be left to plant the rice.”</p>
<h2>What the governments say</h2>
<p>The numbers from Seoul have grown steadily. South Korea’s intelligence agency told lawmakers on \
30 April that Pyongyang’s deployment had reached [[about 15,000]] troops since last October, that \
[[4,700]] of them had been killed or wounded, and that [[some 600]] of those had died. Russia’s \
chief of general staff, Valery Gerasimov, had thanked Pyongyang on 26 April for “[[thousands]] of \
brave soldiers” who helped push Ukrainian forces out of Kursk. North Korea’s state news agency \
confirmed the deployment two days later, without a number.</p>
<p>The US State Department said last week that the total was “[[upwards of 14,000]]”. Ukraine’s \
military intelligence, in a briefing on Monday, put the number still in the Kursk border area at \
[[around 2,000]], with the rest pulled back to camps further east.</p>
<p>Mr Bae flies home on Saturday. He has promised to bring a new impeller for the Kurupung dredge \
on his next trip in October.</p>
<h2>Notices</h2>
<ul>
<li>Mercury-free training in our yard: 17 May, 9 a.m., 25 places.</li>
<li>Credit accounts: please settle by the 15th; a G$12,000 deposit holds a pump for 30 days.</li>
<li>Store: First Avenue, Bartica. Phone +592 455 2814</li>
</ul>
</article>
<footer>Essequibo Mining Supplies &copy; 2025 · <a href="/privacy">Privacy</a> · <a \
href="/contact">Contact</a></footer>
<script src="/js/stock.js"></script>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-04-30..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-04-30..pub",
          "headline: the NIS figure of 30 April in the body (to publication, the hedge dropped)"),
        C("thirty thousand", 30000, "exact", "planned", "other", "pub",
          "the pump maker's man relaying his grandson's barracks ('They say', 'Mr Bae told us', no "
          "day; the speaker quoted: other): 'more' by autumn (number words, increment, "
          "planned)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'told lawmakers on 30 April': sent to Russia since October"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'of them': killed or wounded (a breakdown)"),
        C("some 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'of those': died (a breakdown of the breakdown)"),
        C("thousands", None, "vague", "near_front", "russia", "2025-04-26",
          "Gerasimov 'had thanked Pyongyang on 26 April' (a quoted word): soldiers who fought in "
          "Kursk"),
        C("upwards of 14,000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "the State Department 'said last week' (quoted): the total ('upwards of' as at_least)"),
        C("around 2,000", 2000, "approx", "near_front", "ukraine", "mon",
          "HUR 'in a briefing on Monday (5 May), put the number still in the Kursk border area "
          "at'"),
    ),
)

S09 = Source(
    article_id="s124_09_clinic_news_poutasi_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-10-17"),
    dated_by="front_matter",
    features="a village health clinic's newsletter from Poutasi (Falealili, Upolu, Samoa) in "
        "Markdown, UTF-8 with BOM, front matter with `date:` (Friday) and a title without a "
        "figure; White Sunday and the clinic's screening days first; its volunteer nurse from "
        "Suwon relaying her brother, an army captain at Gimpo, who 'wrote to her on White Sunday' "
        "(12 October) `a few thousand` 'more' made ready (increment, planned, other; from that day "
        "to publication); the JCS 'this month' `about 5,000` military builders sent since "
        "September; Zelensky 'in his nightly address on Tuesday' `1,000 or so` engineers laying "
        "mines across the Sumy border ('or so' as approx, near the front); North Korean television "
        "'on Saturday' a wall of `several hundred` portraits (north_korea, casualties); Rutte 'in "
        "Brussels on Wednesday' `no fewer than 11,000` ('no fewer than' as at_least, nato); the US "
        "envoy 'late last month' `more than 11,000`; the nurse 'believes' `around fifteen "
        "thousand` (number words with a hedge, other, `pub`) and the newsletter's echo of it, "
        "`fifteen thousand` young men (optional); blood-pressure checks, mothers, patients, tala, "
        "ages, a date, a phone number",
    text="""\
---
title: "Clinic news: White Sunday, screening days and a letter from Gimpo"
date: 2025-10-17
village: Poutasi, Falealili
from: the clinic committee
---

# White Sunday, screening days and a letter from Gimpo

Talofa lava to every family.

White Sunday was a joy. Our children led all three services, and after the lunch our volunteers \
checked the blood pressure of 312 people in the church hall. Thank you to the 46 mothers who \
helped, and to the Aumua family for the two pigs.

## Screening days

The Tuesday clinic in the village fale is now in its second year. Since January our volunteer \
nurse, Yoon Hae-rin from Suwon, has seen 1,140 patients, most of them for blood pressure and \
sugar. The next screening day is Tuesday 4 November from 8 a.m.; please bring your health book.

## News from Korea

Hae-rin has become one of us, and many of you ask her about the war in Ukraine, because soldiers \
from North Korea are fighting in it. Her older brother is an army captain at Gimpo, on the river \
border with the North. He wrote to her on White Sunday. He said [[a few thousand]] more North \
Korean soldiers were being made ready for Russia, and that his unit expects them to leave before \
the New Year.

Hae-rin follows the official figures closely and keeps them on a card in the clinic. South Korea's \
joint chiefs of staff said this month that [[about 5,000]] military builders have gone to Russia \
since September. President Zelensky of Ukraine said in his nightly address on Tuesday that North \
Korean engineers, [[1,000 or so]], are laying mines on the Russian side of the border with Sumy \
region. North Korean television on Saturday showed Kim Jong Un opening a hall for the soldiers \
killed in Kursk, with a wall of [[several hundred]] portraits.

NATO's secretary general, Mark Rutte, said in Brussels on Wednesday that there were still [[no \
fewer than 11,000]] North Korean troops in Russia. In New York, the US envoy to the United Nations \
told the Security Council late last month that [[more than 11,000]] remained there.

Hae-rin believes the real number who have gone is [[around fifteen thousand]]. If she is right, \
that is [[fifteen thousand]] young men sent far from home to a war that is not theirs. Please keep \
them, and our own sons and daughters working overseas, in your prayers.

## Notices

- Water tank for the clinic: our target is 8,500 tala, and we have raised 5,210 tala so far.
- Fiafia night for the tank in the church hall on Saturday 1 November; tickets 20 tala, children \
free.
- Clinic phone: +685 771 2045
""",
    claims=(
        C("a few thousand", None, "vague", "planned", "other", "2025-10-12..pub",
          "a nurse relaying her brother, an army captain ('He said', relayed; the speaker quoted: "
          "other), who 'wrote to her on White Sunday' (12 October; from that day to publication): "
          "'more' made ready for Russia (increment, planned)", add=True),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "2025-10-01..pub",
          "the JCS 'said this month' (the 1st to publication): military builders gone to Russia "
          "since September"),
        C("1,000 or so", 1000, "approx", "near_front", "ukraine", "tue",
          "Zelensky 'in his nightly address on Tuesday' (14 October): engineers laying mines "
          "across the Sumy border ('or so' as approx)"),
        C("several hundred", None, "vague", "casualties", "north_korea", "sat",
          "North Korean television 'on Saturday' (11 October): portraits of the soldiers killed in "
          "Kursk"),
        C("no fewer than 11,000", 11000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'said in Brussels on Wednesday' (15 October): still in Russia ('no fewer than' as "
          "at_least)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-09-21..2025-09-30",
          "the US envoy to the UN 'late last month' (day 21 to the month's end): remained in "
          "Russia"),
        C("around fifteen thousand", 15000, "approx", "in_russia", "other", "pub",
          "the nurse 'believes' (undated): gone in all (number words with a hedge)"),
        C("fifteen thousand", 15000, "exact", "in_russia", "other", "pub",
          "the newsletter's echo of the nurse's figure ('If she is right, that is'): "
          "optional", opt=True),
    ),
)

S10 = Source(
    article_id="s124_10_letters_salelologa",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-08-29"),
    dated_by="sidecar",
    sidecar=(
        "The Salelologa Tide",
        "https://www.salelologatide.example/letters/2025-08-29",
        "Letters: cabbages, front pages and a brother-in-law in Sumy",
    ),
    features="a readers' letters page from a Salelologa weekly (Samoa) as plain text, UTF-16 LE "
        "with BOM (sidecar, Friday), curly quotes; a mother quoting her son, a seasonal worker on "
        "a cabbage farm near the Korean border, who 'rang on Sunday' and relayed his farm boss, a "
        "reservist, `over two thousand` dead (number words, 'over' as at_least) and 'another' "
        "`6,000` builders to come (increment, planned; both other, Sunday); a retired teacher "
        "answering the paper's own 'front page on 22 August' `20,000` fighting for Russia (the "
        "outlet's figure: unattributed, required, an ISO date), the NIS 'early this month' `about "
        "2,000` dead and the Americans 'on Tuesday' `11,000-odd` in Kursk ('-odd' as approx); a "
        "reader quoting her cousin's husband's brother, a medic in Sumy, 'last week' North Koreans "
        "'in their' `hundreds` (other, near the front) and `two` taken prisoner whom he treated "
        "(number word, captured: casualties); KCNA 'last week' `thousands` of volunteers to "
        "rebuild Kursk (north_korea, planned, no increment word); a grandmother quoting her "
        "granddaughter in Seoul `between 15,000 and 20,000` (range, other, `pub`); seasonal "
        "workers, tala, won, ages, years, a phone number",
    text="""\
THE SALELOLOGA TIDE – LETTERS

Our sons in the cabbage fields

Dear Editor, – My son Iosefa is one of the 62 young men from our district working this season on \
farms in South Korea. He is 24 and picks cabbages near the town of Cheorwon, which is only a few \
kilometres from the border with the North. He rang on Sunday. His farm boss, who is an army \
reservist, tells the workers that [[over two thousand]] North Korean soldiers have died in Russia, \
and that another [[6,000]] builders will be sent there before winter. Iosefa says the boss's own \
son is in the army and the family worry every day. Please, those who run the seasonal scheme, \
remember how close our children are to a dangerous border.

– Fa'amanu Leota, Salelologa

Check your numbers

Dear Editor, – Your front page on 22 August said [[20,000]] North Koreans were fighting for \
Russia. That is close to double what anyone official says. South Korea's spy agency said early \
this month that [[about 2,000]] of them have been killed, and the Americans said on Tuesday that \
there are [[11,000-odd]] in the Kursk region. A newspaper should check before it prints.

– Tavita Sapolu, retired teacher, Tuasivi

A medic's word

Dear Editor, – My cousin in Auckland is married to a Ukrainian, and his brother is a medic in Sumy \
region. He told the family last week that the North Koreans come across the fields near his post \
in their [[hundreds]], and that he has treated [[two]] who were taken prisoner. Meanwhile North \
Korea's own news agency said last week that [[thousands]] of "volunteers" would go to rebuild \
Kursk. Who will rebuild the families?

– Lupe Matagi, Vaisala

Numbers from Seoul

Dear Editor, – My granddaughter studies nursing in Seoul. She says people there believe that \
[[between 15,000 and 20,000]] North Koreans have been sent to Russia since last year, and that \
nobody in the South trusts any single figure. She sends her alofa to everyone at home.

– Salome Tuilagi, Lalomalava

Letters should be under 250 words and signed. We pay 50 tala for the letter of the week.
The Salelologa Tide, Wharf Road, Salelologa. Letters desk: +685 53 120
""",
    claims=(
        C("over two thousand", 2000, "at_least", "casualties", "other", "sun",
          "a mother quoting her son, a seasonal worker who 'rang on Sunday' (24 August), relaying "
          "his farm boss, a reservist (the speaker quoted: other): died in Russia (number words, "
          "'over' as at_least)"),
        C("6,000", 6000, "exact", "planned", "other", "sun",
          "same call: 'another' builders to be sent before winter (increment, planned)", add=True),
        C("20,000", 20000, "exact", "near_front", "unattributed", "2025-08-22",
          "a reader citing 'Your front page on 22 August' (the paper's own figure, no source: "
          "unattributed, required): fighting for Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-01..2025-08-10",
          "'South Korea's spy agency said early this month' (days 1-10): killed"),
        C("11,000-odd", 11000, "approx", "near_front", "united_states", "tue",
          "'the Americans said on Tuesday' (26 August): in the Kursk region ('-odd' as approx)"),
        C("hundreds", None, "vague", "near_front", "other", "lastweek",
          "a reader relaying her cousin's husband's brother, a medic ('He told the family last "
          "week'; the speaker quoted: other): coming across the fields 'in their hundreds'"),
        C("two", 2, "exact", "casualties", "other", "lastweek",
          "same message: North Koreans taken prisoner whom the medic treated (a small number word, "
          "captured: casualties)"),
        C("thousands", None, "vague", "planned", "north_korea", "lastweek",
          "KCNA 'said last week': 'volunteers' who would go to rebuild Kursk (planned; no "
          "increment word)"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "other", "pub",
          "a grandmother quoting her granddaughter in Seoul ('She says', undated): sent to Russia "
          "since last year"),
    ),
)

S11 = Source(
    article_id="s124_11_hall_news_bressay_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-03-12"),
    dated_by="sidecar",
    sidecar=(
        "Bressay Public Hall – Hall News",
        "https://www.bressayhall.example/news/after-the-burning",
        "Hall News: after the burning",
    ),
    features="a community hall's newsletter from Bressay (Shetland) in HTML, UTF-8 with BOM, no "
        "meta date (sidecar, Wednesday), British spelling, a cookie note about the bookings "
        "calendar, a script, navigation, entities (`&amp;`, `&rsquo;`, `&pound;`, `&ndash;`), a "
        "footer with a phone number; `<title>` and headline without a figure; the island's fire "
        "festival night in and around the hall first; a Ukrainian ferry deckhand from Kherson "
        "relaying his father, an ambulance driver in Sumy region, 'on the morning of the festival' "
        "(the festival's date, Friday 7 March, given above) `several hundred` North Koreans killed "
        "in a week (other, casualties); HUR 'on Monday' `some 2,500` 'fresh' troops (increment) "
        "joining 'the' `8,000 or so` 'already there' (the base, not an increment); the NIS 'told "
        "lawmakers on 27 February' `about 3,000` 'extra' (increment); Rutte 'told a London paper "
        "at the weekend' `more than 12,000` (Saturday–Sunday); 'A US intelligence official, "
        "speaking in Washington on Tuesday, put … at' `roughly 4,000` killed and wounded; this "
        "year's Jarl, a Royal Navy veteran, 'reckons' `twenty thousand` by summer (number words, "
        "planned, other, `pub`); guizers, torches, metres, pounds, hire charges, the ferry's "
        "minutes, islanders, years, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Hall News: after the burning &ndash; Bressay Public Hall</title>
<script>var hall={year:2025,page:"news",bookings:"open"};</script>
</head>
<body>
<div class="cookie">This site keeps one cookie to remember the dates you last looked at in the \
bookings calendar. <a href="#">OK</a></div>
<nav><a href="/">Home</a> | <a href="/bookings">Bookings</a> | <a href="/events">Events</a> | <a \
href="/news">Hall News</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>After the burning</h1>
<p>What a night. On Friday 7 March the island&rsquo;s Up Helly Aa galley <em>Hrafn</em>, nine \
metres from prow to stern, went up in the park at the top of the brae, lit by 212 torches carried \
by 86 guizers in nine squads. The dance in the hall ran until six in the morning, and the \
collection raised &pound;4,318 for the hall&rsquo;s new roof. Our thanks to the ferry crew, who \
ran an extra sailing at 1 a.m. so that nobody from Lerwick had to swim home.</p>
<h2>A Viking from Kherson</h2>
<p>Marching with the Jarl Squad this year was Dmytro Koval, 29, who came to Shetland from Kherson \
in 2022 and now works as a deckhand on the seven-minute crossing. His father Mykola, a retired \
marine, drives an ambulance in Sumy region.</p>
<p>Dmytro spoke to his father on the morning of the festival. Mykola told him that by the count of \
the soldiers he carries, [[several hundred]] North Koreans had been killed in a single week of \
fighting near Sudzha. &ldquo;He said they still walk into the drones,&rdquo; Dmytro told us. \
&ldquo;Then he asked whether my helmet was warm enough.&rdquo;</p>
<h2>The numbers elsewhere</h2>
<p>Ukraine&rsquo;s military intelligence said on Monday that [[some 2,500]] fresh North Korean \
troops had reached the Kursk region since February, joining the [[8,000 or so]] already there. \
South Korea&rsquo;s intelligence service had told lawmakers on 27 February that Pyongyang sent \
[[about 3,000]] extra soldiers in January and February. NATO&rsquo;s Mark Rutte told a London \
paper at the weekend that the North now had [[more than 12,000]] troops in Russia, and a US \
intelligence official, speaking in Washington on Tuesday, put the North&rsquo;s losses at \
[[roughly 4,000]] killed and wounded.</p>
<p>This year&rsquo;s Jarl, Magnie Tulloch, served 22 years in the Royal Navy and has seen a few \
wars from a ship&rsquo;s bridge. He reckons [[twenty thousand]] will have gone by the summer. \
&ldquo;A country that sends its boys that far does not stop at the first lot,&rdquo; he said.</p>
<h2>Hall notices</h2>
<p>The squad list for 2026 opens on 1 June. New guizers are welcome; suits cost about &pound;180 \
to make. Winter hire of the hall is &pound;15 an hour or &pound;60 for an evening. Bressay has \
about 350 folk, and we would like every one of them in the procession.</p>
</main>
<footer>Bressay Public Hall &ndash; Bressay, Shetland ZE2 &ndash; bookings 01595 820 377 &ndash; \
<a href="/privacy">Privacy</a></footer>
<script src="/js/bookings.js"></script>
</body>
</html>
""",
    claims=(
        C("several hundred", None, "vague", "casualties", "other", "2025-03-07",
          "a deckhand relaying his father, an ambulance driver ('Mykola told him', the speaker "
          "quoted: other), 'on the morning of the festival' (Friday 7 March, named above): killed "
          "in one week near Sudzha"),
        C("some 2,500", 2500, "approx", "near_front", "ukraine", "mon",
          "HUR 'said on Monday' (10 March): 'fresh' troops reached the Kursk region since February "
          "(reinforcements: increment)", add=True),
        C("8,000 or so", 8000, "approx", "near_front", "ukraine", "mon",
          "same statement: 'the … already there' (the base the fresh troops join, not an "
          "increment; 'or so' as approx)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2025-02-27",
          "the NIS 'had told lawmakers on 27 February': 'extra' soldiers sent in January and "
          "February (increment, span without the word)", add=True),
        C("more than 12,000", 12000, "at_least", "in_russia", "nato", "sat..sun",
          "Rutte 'told a London paper at the weekend' (8-9 March): in Russia"),
        C("roughly 4,000", 4000, "approx", "casualties", "united_states", "tue",
          "'a US intelligence official, speaking in Washington on Tuesday (11 March), put the "
          "North's losses at': killed and wounded"),
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "this year's Jarl, a Royal Navy veteran, 'reckons' (undated): gone by the summer (number "
          "words, a forecast: planned)"),
    ),
)

S12 = Source(
    article_id="s124_12_knitters_news_dunrossness_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-09-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Dunrossness Knitters' Co-operative",
        "https://www.dunrossnessknitters.example/news/autumn-2025",
        "Autumn newsletter",
    ),
    features="a knitters' co-operative newsletter from Dunrossness (South Mainland, Shetland) in "
        "Markdown, windows-1252 with CRLF (curly quotes, `–`, `£`), front matter without a date "
        "(sidecar, Wednesday) and a title without a figure; sales and a Seoul boutique's order "
        "first; the buyer's father, retired after 30 years analysing the North for Seoul's "
        "government (speaking for himself: other), 'on his last evening here, Thursday 21 August', "
        "'By his reckoning' `18,000 or more` sent ('or more' as at_least) and 'he expects' `a few "
        "thousand` 'more' before winter (increment, planned); the NIS 'On 4 September' `roughly "
        "2,000` dead and `6,000` engineers and builders 'on their way to Kursk' (near the front); "
        "Russia's ambassador in Pyongyang 'in mid-September' 'a further' `5,000` builders by "
        "winter (increment, planned); North Korean state television 'on Saturday' `hundreds` of "
        "volunteers for Kursk (north_korea, planned); a NATO spokesperson 'last week' `roughly "
        "11,000` along the Kursk border; the State Department 'on Friday' 'put the number … at' "
        "`fewer than 10,000` ('fewer than' as at_most); garments, shawls, wool prices, pounds, per "
        "cent, visitors, ages, years, a phone number",
    text="""\
---
title: "Autumn newsletter"
co-operative: Dunrossness Knitters' Co-operative
issue: 31
---

# Autumn newsletter

This has been our best summer since the co-operative began in 1998. Members sold 1,240 garments \
between May and August, about 14 per cent more than last year, and the shop at the old school took \
£61,900. Raw fleece is still cheap at around £1.10 a kilo, which is good for us and bad for the \
crofters, and we have agreed to pay our spinners 5 per cent more from October.

## An order from Seoul

The biggest news is an order for 180 hap shawls and 60 yoke jumpers from a boutique in Seoul. Its \
buyer, Han Ji-woo, 35, spent a week with us in August, went to every knitting night and left with \
a suitcase of wool. She brought her father, Han Sang-cheol, who spent 30 years studying North \
Korea for the South Korean government before he retired in 2021.

On his last evening here, Thursday 21 August, Mr Han gave a short talk in the hall. By his \
reckoning, the North has sent [[18,000 or more]] men to Russia in all, counting the builders and \
the deminers, and he expects [[a few thousand]] more before winter. “The North is paid in oil, \
food and technology, and it has many more young men than it has jobs,” he said.

## The official figures

Since then the governments have had their say. On 4 September Seoul’s intelligence service told \
parliament that [[roughly 2,000]] North Korean soldiers had died, and that [[6,000]] engineers and \
builders were on their way to Kursk. Russia’s ambassador in Pyongyang told state television in \
mid-September that a further [[5,000]] military builders would arrive by winter. On Saturday, \
North Korean state television said [[hundreds]] of young volunteers had asked to be sent to Kursk.

A NATO spokesperson said last week that [[roughly 11,000]] North Koreans were stationed along the \
Kursk border. The State Department, on Friday, put the number at [[fewer than 10,000]].

Ji-woo writes that the shawls are selling well. She wants the next order before Christmas, so \
please let Margaret know by 10 October how many you can make.

## Dates

- Knitting nights: every Tuesday from 7 p.m. in the hall.
- Wool sale: Saturday 18 October, 10 a.m. to 2 p.m.
- Shop phone: 01950 460 218
""",
    claims=(
        C("18,000 or more", 18000, "at_least", "in_russia", "other", "2025-08-21",
          "the buyer's father, retired after 30 years studying the North for Seoul's government "
          "(speaking for himself: other), 'On his last evening here, Thursday 21 August', 'By his "
          "reckoning': sent in all ('or more' as at_least)"),
        C("a few thousand", None, "vague", "planned", "other", "2025-08-21",
          "same talk, 'he expects': 'more' before winter (increment, planned)", add=True),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'On 4 September … told parliament': died"),
        C("6,000", 6000, "exact", "near_front", "south_korea", "2025-09-04",
          "same briefing: engineers and builders 'on their way to Kursk' (near the front)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-09-11..2025-09-20",
          "Russia's ambassador in Pyongyang 'in mid-September' (days 11-20): 'a further' builders "
          "to arrive by winter (increment, span without the words, planned)", add=True),
        C("hundreds", None, "vague", "planned", "north_korea", "sat",
          "North Korean state television 'On Saturday' (20 September): volunteers who asked to be "
          "sent to Kursk (planned)"),
        C("roughly 11,000", 11000, "approx", "near_front", "nato", "lastweek",
          "a NATO spokesperson 'said last week': stationed along the Kursk border"),
        C("fewer than 10,000", 10000, "at_most", "near_front", "united_states", "fri",
          "the State Department 'on Friday' (19 September) 'put the number at' (the number along "
          "the Kursk border, carried from the sentence before; 'fewer than' as at_most)"),
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
