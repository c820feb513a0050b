"""Build the HUNDRED-AND-TENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-twelfth corpus, for an honest measurement on articles the extractor has never
met, written in session 13 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
Hallertau hop growers' ring circular from Wolnzach with the foreman of a Ukrainian picking crew,
a vegetable growers' co-operative letter from the island of Reichenau with a Korean agriculture
student, a pottery museum's friends' letter from Raeren in German-speaking Belgium with a
ceramicist from Icheon, a stork colony's diary from Marchegg in the March floodplain (Austrian
conventions) with an ornithologist from the Danube delta, a Hornussen club's bulletin from the
Diemtigtal (Swiss conventions) with a refugee boy from Kharkiv, the forum paper of the Satu Mare
Swabians in Carei (Romania) with a teacher from Uzhhorod; a boat guides' newsletter from
Codrington on Barbuda with a retired South Korean submarine hunter, a pony show society's notes
from Clifden in Connemara with a groom from Vinnytsia, a trail crew's notes from Saba with a
Korean-American medical student, a Pelorus Sound mussel farmers' newsletter with a barge hand
from Mykolaiv, a fall fair board's notes from Providence Bay on Manitoulin Island with a
Ukrainian-Canadian pyrohy cook, and a Smith Island (Chesapeake Bay) bakery's newsletter with a
soldier's call home from Camp Humphreys. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind110_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Belgium, Austria, Switzerland, Romania)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w110_01_hopfenring_wolnzach_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-31"),
    dated_by="html_meta",
    features="a Hallertau hop growers' ring circular from Wolnzach in HTML, UTF-8 "
        "(`article:published_time` +01:00, Thursday), a cookie strip about the market report, a "
        "page script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; a Ukrainian picking-crew foreman relaying his son at the Sumy border, Konjunktiv, "
        "`ein paar hundert` in the woods across the line (other, `pub`); a Pentagon spokeswoman "
        "'am Montag' with the total `rund 10.000` sent for training and the part `einige tausend` "
        "moved towards Ukraine (a breakdown); the NIS 'vergangene Woche' `3.000` sent and `10.000` "
        "by December (planned); 'Nach Angaben des … HUR' `gut 7.000` in the border area, dated by "
        "'das teilte die Behörde am Sonntag mit' after the figure; Zelensky 'Ende vergangener "
        "Woche' `bis zu 12.000` made ready (planned); Rutte 'am Montag' without a figure; Russian "
        "soldiers in Kursk, pickers, hectares, tonnes, the region's hop area, a price per kilo, "
        "dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hopfenring Hallertau · Rundschreiben · Die Pflückmannschaft fährt heim</title>
<meta property="article:published_time" content="2024-10-31T11:15:00+01:00">
<meta property="og:site_name" content="Hopfenring Hallertau">
<script>window.ring={rubrik:"rundschreiben",heft:"10/2024",sorte:"Perle"};</script>
</head>
<body>
<div class="keks">Ein Cookie hält fest, welche Hopfensorten Sie im Marktbericht zuletzt \
aufgeklappt haben. <button>In Ordnung so</button> <button>Lieber ohne</button></div>
<nav><a href="/">Start</a> · <a href="/marktbericht">Marktbericht</a> · <a \
href="/beratung">Beratung &amp; Pflanzenschutz</a> · <a href="/rundschreiben">Rundschreiben</a> · \
<a href="/kontakt">Ringbüro</a></nav>
<main>
<p class="dachzeile">Rundschreiben Oktober · Donnerstag</p>
<h1>Die Pflückmannschaft fährt heim</h1>
<p class="vorspann">Die Darren sind kalt, die Ballen gewogen. Bevor Mykola Hryzenko mit seinen \
Leuten in den Bus nach Podolien stieg, saß er noch einen Abend im Ringbüro und sprach über seinen \
Sohn an der Grenze.</p>
<p>Seit elf Sommern leitet Hryzenko, 52, aus Kamjanez-Podilskyj die Erntemannschaft auf einem \
unserer Mitgliedsbetriebe bei Wolnzach. Diesmal waren es 23 Helferinnen und Helfer, die auf 41 \
Hektar Perle, Tradition und Herkules gerebelt haben. Geerntet wurden gut 2,1 Tonnen Trockenhopfen \
je Hektar, die Alphawerte können sich sehen lassen.</p>
<h2>„Drüben hört man sie nachts im Funk“</h2>
<p>Hryzenkos ältester Sohn fährt einen Schützenpanzer in einer Brigade im Gebiet Sumy, wenige \
Kilometer vor der russischen Grenze. „Er schreibt, auf der anderen Seite lägen schon [[ein paar \
hundert]] Koreaner in den Wäldern, man höre sie nachts im Funk“, erzählt der Vater. Der Sohn \
glaube, dass es bald viel mehr würden.</p>
<p>Die offiziellen Zahlen sind in den vergangenen Tagen rasant gestiegen. Eine Sprecherin des \
Pentagons sagte am Montag, Pjöngjang habe [[rund 10.000]] Mann zur Ausbildung in den Fernen Osten \
Russlands entsandt, [[einige tausend]] davon seien bereits in Richtung Ukraine verlegt worden. Der \
südkoreanische Geheimdienst NIS hatte vergangene Woche noch von [[3.000]] Soldaten gesprochen und \
gewarnt, bis Dezember könnten es [[10.000]] sein. Nach Angaben des ukrainischen \
Militärgeheimdienstes HUR stehen inzwischen [[gut 7.000]] Nordkoreaner im russischen Grenzland; \
das teilte die Behörde am Sonntag mit. Präsident Wolodymyr Selenskyj hatte Ende vergangener Woche \
gesagt, insgesamt mache Pjöngjang [[bis zu 12.000]] Soldaten für den Einsatz bereit.</p>
<p>In Brüssel bestätigte Rutte, der Generalsekretär der Nato, am Montag die Ankunft \
nordkoreanischer Einheiten im Gebiet Kursk, ohne eine Zahl zu nennen. Dort versuchen nach \
ukrainischer Darstellung rund 45.000 russische Soldaten, die im August verlorenen Dörfer \
zurückzuerobern.</p>
<h2>Aus dem Ring</h2>
<p>Mit etwa 17.200 Hektar bleibt die Hallertau das größte zusammenhängende Hopfenanbaugebiet der \
Welt. Für freien Hopfen der Sorte Perle werden derzeit 6,40 Euro je Kilo bezahlt. Der \
Sachkundelehrgang Pflanzenschutz findet am 14. Januar im Gasthof zur Post statt, Beginn 8.30 Uhr; \
anmelden bitte bis 20. Dezember.</p>
</main>
<footer>Hopfenring Hallertau e.V. · Ringbüro Wolnzach · Telefon 08442 9581 30</footer>
<script src="/static/ring.min.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "a picking-crew foreman relaying his son at the Sumy border ('Er schreibt', the "
          "speaker quoted: other), undated, Konjunktiv: in the woods across the line"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "a Pentagon spokeswoman 'sagte am Montag' (Thursday circular): sent for training in "
          "Russia's far east"),
        C("einige tausend", None, "vague", "near_front", "united_states", "mon",
          "same statement, 'davon': moved towards Ukraine (a breakdown, not an increment)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "lastweek",
          "the NIS 'vergangene Woche': soldiers sent"),
        C("10.000", 10000, "exact", "planned", "south_korea", "lastweek",
          "same warning: 'bis Dezember könnten es … sein' (a forecast: planned)"),
        C("gut 7.000", 7000, "at_least", "near_front", "ukraine", "sun",
          "'Nach Angaben des … HUR', dated by 'das teilte die Behörde am Sonntag mit' after the "
          "figure: in the Russian border area ('gut' as at_least)"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "lastweek",
          "Zelensky 'Ende vergangener Woche' (late last week): made ready for deployment "
          "('insgesamt' is not an increment)"),
    ),
)

W02 = Source(
    article_id="w110_02_gemuesebrief_reichenau_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-03-27"),
    dated_by="front_matter",
    features="a vegetable growers' co-operative letter from the island of Reichenau (Lake "
        "Constance) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday), a "
        "publisher key and a title without a figure; the JCS 'Am 13. März' `etwa 3.000` "
        "'zusätzliche' since January (increment) and, by pronoun ('bezifferte er'), `rund 4.700` "
        "dead and wounded; HUR 'vor zwei Wochen' `maximal 2.000` still in action ('maximal' as "
        "at_most; the week before last); 'Laut einer Mitteilung des US-Außenministeriums vom "
        "Montag' `mehr als 11.000`; a NATO official 'Mitte März' (days 11-20) `über 12.000`; "
        "Zelensky 'Anfang März' (days 1-10) `Zehntausende` 'weitere' (vague, increment, planned); "
        "Peskov 'am Dienstag' without a figure; a Korean student who 'schätzt' `circa 20.000` by "
        "summer ('circa' as approx, planned, other, `pub`); seedlings, hectares under glass, "
        "member farms, years, market days, group sizes, euros, a phone number",
    text="""\
---
title: "Gemüsebrief: Setzlinge, Salat und ein Gast aus Andong"
date: 2025-03-27
herausgeber: Gemüsebau-Genossenschaft Insel Reichenau
---

# Setzlinge, Salat und ein Gast aus Andong

In den Glashäusern wird schon gepflanzt: 1,8 Millionen Salatsetzlinge kommen in diesem Frühjahr in \
die Erde, die ersten Radieschen der Insel gibt es Anfang April.

Seit Januar lernt bei uns die Agrarstudentin Kwon Yu-na, 24, aus Andong, wie man auf 47 Hektar \
unter Glas Gemüse zieht. Abends liest sie Nachrichten aus der Heimat, und die handeln oft vom \
Norden.

Am 13. März erklärte der Generalstab in Seoul, Pjöngjang habe seit Jahresbeginn [[etwa 3.000]] \
zusätzliche Soldaten nach Russland geschickt. Die Verluste der Nordkoreaner bezifferte er auf \
[[rund 4.700]] Tote und Verwundete. Der ukrainische Militärgeheimdienst hatte vor zwei Wochen \
behauptet, in Kursk seien nur noch [[maximal 2.000]] von ihnen im Einsatz, der Rest sei zur \
Erholung abgezogen. Laut einer Mitteilung des US-Außenministeriums vom Montag sind weiterhin \
[[mehr als 11.000]] Nordkoreaner in Russland. Ein Nato-Beamter sprach Mitte März von [[über \
12.000]], die seit dem Herbst dort gewesen seien. Präsident Selenskyj hatte schon Anfang März \
gewarnt, Kim könne noch [[Zehntausende]] weitere schicken. Der Kreml schweigt; Sprecher Dmitri \
Peskow nannte die Berichte am Dienstag „keiner Antwort wert“.

Yu-na schätzt, dass bis zum Sommer [[circa 20.000]] Nordkoreaner in Russland sein werden. „Meine \
Großmutter stammte aus Hamhung. Für sie waren die drüben immer unsere Leute“, sagt sie.

Die Genossenschaft hat 94 Mitgliedsbetriebe, und ihr Feldsalat ist seit 2008 als geschützte \
geografische Angabe eingetragen. Yu-na fliegt im Juli zurück und will in Andong einen Hof mit \
Gewächshäusern aufbauen.

**Termine:** Inselmarkt jeden Samstag ab 8 Uhr; Betriebsführungen für Gruppen ab 15 Personen, 5 \
Euro pro Kopf. Genossenschaftsbüro: 07534 9920 17
""",
    claims=(
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-13",
          "the JCS 'Am 13. März erklärte', Konjunktiv: 'zusätzliche' since the start of the year "
          "(increment, span without the word)", add=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-13",
          "same statement, 'bezifferte er' (pronoun): dead and wounded"),
        C("maximal 2.000", 2000, "at_most", "near_front", "ukraine", "2025-03-10..2025-03-16",
          "HUR 'vor zwei Wochen' (the Monday-Sunday week before last) 'behauptet': still in "
          "action in Kursk ('maximal' as at_most)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "mon",
          "'Laut einer Mitteilung des US-Außenministeriums vom Montag' (Thursday letter): still "
          "in Russia"),
        C("über 12.000", 12000, "at_least", "in_russia", "nato", "2025-03-11..2025-03-20",
          "a NATO official 'Mitte März' (days 11-20), Konjunktiv: have been there since autumn"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-03-01..2025-03-10",
          "Zelensky 'hatte schon Anfang März gewarnt' (days 1-10): 'noch … weitere' Kim could "
          "send (increment, planned)", add=True),
        C("circa 20.000", 20000, "approx", "planned", "other", "pub",
          "a Korean student who 'schätzt' (undated): in Russia by summer (a forecast: planned; "
          "'circa' as approx)"),
    ),
)

W03 = Source(
    article_id="w110_03_toepfereimuseum_raeren_brief",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Töpfereimuseum Raeren – Freundesbrief",
        "https://www.toepfereimuseum-raeren.example/freundesbrief/winter-2024",
        "Freundesbrief Winter 2024: Ein Gast aus Icheon",
    ),
    features="a pottery museum's friends' letter from Raeren (German-speaking Belgium) as plain "
        "text, windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Thursday); "
        "visitor figures and stoneware first; the NIS 'Am Donnerstag' (the day of publication) "
        "with `rund 11.000` in Russia, `mindestens 100` killed and `fast 1.000` wounded; the "
        "Pentagon 'Schon am Montag' `Hunderten` dead and wounded; Kyiv's military intelligence "
        "'meldete am Wochenende' `rund 30` killed or wounded in three villages; 'Medienberichten "
        "zufolge' `zwischen 1.000 und 2.000` 'weitere' moved into the region (unattributed, range, "
        "increment); a ceramicist from Icheon relaying her father, a retired colonel, Konjunktiv, "
        "`bis zu 30.000` at the front by spring (planned, other, `pub`); visitors, jugs, "
        "centuries, ages, course dates, euros, a phone number",
    text="""\
Töpfereimuseum Raeren – Freundesbrief Winter 2024

Liebe Freundinnen und Freunde des Museums,

das Jahr geht zu Ende, und es war ein gutes: 11.380 Besucherinnen und Besucher kamen in die Burg, \
so viele wie nie seit der Neugestaltung 2019. Die Sonderschau mit Raerener Steinzeug aus dem 16. \
Jahrhundert, darunter 64 Bartmannkrüge aus belgischen und niederländischen Sammlungen, verlängern \
wir bis zum 2. März.

Ein Gast aus Icheon

Seit September arbeitet die Keramikerin Seo Ha-eun, 38, als Stipendiatin in unserer Werkstatt. Sie \
kommt aus Icheon, der Töpferstadt südlich von Seoul, und brennt im Holzofen Salzglasuren, wie sie \
die Raerener Meister vor 450 Jahren kannten. Beim Adventsmarkt hat sie zwei Stunden lang Fragen \
beantwortet – nicht nur zum Ton.

Denn in Korea schaut man genau hin, was mit den Soldaten aus dem Norden in Russland geschieht. Am \
Donnerstag berichtete der südkoreanische Geheimdienst NIS den Abgeordneten in Seoul, von den \
[[rund 11.000]] Nordkoreanern in Russland seien [[mindestens 100]] bei Gefechten getötet und \
[[fast 1.000]] verwundet worden. Schon am Montag hatte das Pentagon von [[Hunderten]] Toten und \
Verletzten gesprochen. Der Militärgeheimdienst in Kiew meldete am Wochenende, bei Angriffen auf \
drei Dörfer im Gebiet Kursk seien [[rund 30]] Nordkoreaner getötet oder verletzt worden. \
Medienberichten zufolge sollen zuletzt [[zwischen 1.000 und 2.000]] weitere Soldaten in die Region \
verlegt worden sein.

„Mein Vater glaubt diesen Zahlen nicht“

Ha-euns Vater war Oberst in der südkoreanischen Armee. Er halte die Angaben aus Seoul für sehr \
vorsichtig, erzählt sie. Bis zum Frühjahr, meine er, könnten [[bis zu 30.000]] Nordkoreaner an der \
Front stehen. „Er sagt so etwas nicht gern. Er hat vierzig Jahre lang auf diese Armee geschaut.“

Termine
- Neujahrsempfang der Museumsfreunde: Sonntag, 12. Januar 2025, 11 Uhr, im Rittersaal
- Töpferkurs für Kinder ab 8 Jahren, sechs Nachmittage, 45 Euro
- Eintritt für Mitglieder frei, sonst 6 Euro
- Museumsbüro: +32 87 85 09 03

Herzliche Grüße
Ihr Vorstand
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'Am Donnerstag' (a Thursday letter: the same day) reporting to lawmakers: "
          "the troops in Russia"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "same report, Konjunktiv: killed in fighting"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same report: wounded ('fast' as approx)"),
        C("Hunderten", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon 'Schon am Montag': dead and wounded"),
        C("rund 30", 30, "approx", "casualties", "ukraine", "sat..sun",
          "Kyiv's military intelligence 'meldete am Wochenende' (Saturday-Sunday): killed or "
          "wounded in attacks on three villages"),
        C("zwischen 1.000 und 2.000", None, "range", "near_front", "unattributed", "pub",
          "'Medienberichten zufolge' (no named source: unattributed), undated: 'weitere' moved "
          "into the Kursk region (increment, span without the word)", add=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "pub",
          "a ceramicist relaying her father ('meine er', Konjunktiv; the speaker quoted: other), "
          "undated: at the front by spring (a forecast: planned)"),
    ),
)

W04 = Source(
    article_id="w110_04_storchentagebuch_marchegg_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-17"),
    dated_by="sidecar",
    sidecar=(
        "Storchenfreunde March-Auen – Kolonie-Tagebuch",
        "https://www.storchenfreunde-marchauen.example/tagebuch/2025/04/olena-zaehlt-mit",
        "Die Störche sind zurück – und Olena zählt mit",
    ),
    features="a stork colony's diary page from Marchegg in the March floodplain (Lower Austria) in "
        "HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, "
        "`&ndash;`), no meta date (sidecar, Thursday), Austrian conventions (`Heuer`, `Jänner`, "
        "`Feber`, `vorige Woche`, `Basst scho`), a cookie note about the nest webcam, a script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; an "
        "ornithologist from the Danube delta relaying her husband near Kursk `Hunderte` fallen "
        "(other, `pub`); the NIS 'Anfang April' (days 1-10) with the total `etwa 15.000` and "
        "'davon' `rund 4.200` dead or wounded (a breakdown); Zelensky 'Am Palmsonntag' (13 April) "
        "`höchstens 2.000` still fighting; the Pentagon 'schon im Feber' (month) `mehr als 4.000` "
        "casualties; 'Aus Nato-Kreisen hieß es vorige Woche' `mehrere tausend` in Kursk; HUR 'geht "
        "davon aus' 'noch' `6.000` (undated, increment, planned); storks, nests, kilometres, "
        "dates, ages, euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Storchenfreunde March-Auen &ndash; Kolonie-Tagebuch &ndash; Die Störche sind zurück</title>
<script>var tagebuch={kolonie:"marchegg",eintrag:"2025-04",webcam:true};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich nur, ob Sie die Horst-Webcam stumm geschaltet haben. \
<button>Basst scho</button> <button>Mir wurscht, nein</button></div>
<nav>Kolonie &middot; Webcam &middot; Führungen &middot; Tagebuch &middot; Mitmachen</nav>
<article>
<h1>Die Störche sind zurück &ndash; und Olena zählt mit</h1>
<p>Heuer waren sie früh dran: Schon am 9. März landete der erste Storch auf seiner Eiche in der \
Au, bis Ostern rechnen wir mit rund 50 besetzten Horsten. Damit bleibt Marchegg die größte \
baumbrütende Storchenkolonie Mitteleuropas. Viele unserer Vögel haben den Winter im Sudan \
verbracht, einige sogar in Südafrika, mehr als 10.000 Kilometer von hier.</p>
<p>Mitgezählt hat Olena Sawtschuk, 41, Ornithologin aus Wylkowe im ukrainischen Donaudelta. Seit \
dem Jänner 2023 lebt sie mit ihrer Tochter im Ort. Ihr Mann steht mit seiner Einheit im Gebiet \
Kursk, wo seit dem Herbst Nordkoreaner auf russischer Seite kämpfen. &bdquo;Er hat allein in \
seinem Abschnitt [[Hunderte]] gefallene Koreaner gesehen&ldquo;, sagt sie leise. &bdquo;Die Zahlen \
im Fernsehen sind mir zu sauber.&ldquo;</p>
<p>Die Zahlen, die es gibt: Anfang April berichtete der südkoreanische Geheimdienst NIS, Pjöngjang \
habe seit Oktober [[etwa 15.000]] Soldaten nach Russland geschickt, [[rund 4.200]] davon seien \
getötet oder verwundet worden. Am Palmsonntag sagte Präsident Selenskyj, an der Front im Gebiet \
Kursk kämpften derzeit [[höchstens 2.000]] Nordkoreaner. Das Pentagon hatte schon im Feber von \
[[mehr als 4.000]] Toten und Verwundeten gesprochen. Aus Nato-Kreisen hieß es vorige Woche, die \
Nordkoreaner seien inzwischen fester Teil der russischen Truppen in Kursk, es handle sich um \
[[mehrere tausend]] Mann. Der ukrainische Militärgeheimdienst geht davon aus, dass Kim heuer noch \
[[6.000]] Soldaten nachschickt.</p>
<p>Olena will bleiben, bis die Jungstörche flügge sind. Führungen durch die Kolonie gibt es ab 26. \
April jeden Samstag um 10 Uhr; Erwachsene zahlen 8 Euro, Kinder unter zwölf gehen gratis mit.</p>
</article>
<footer>Storchenfreunde March-Auen &middot; 2293 Marchegg &middot; Tel. +43 2285 7114</footer>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "an ornithologist relaying her husband at the front ('Er hat … gesehen', the speaker "
          "quoted: other), undated: fallen"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "the NIS 'Anfang April' (days 1-10): sent since October"),
        C("rund 4.200", 4200, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "same report, 'davon': dead or wounded (a breakdown)"),
        C("höchstens 2.000", 2000, "at_most", "near_front", "ukraine", "2025-04-13",
          "Zelensky 'Am Palmsonntag' (13 April, the Sunday before Easter): fighting at the "
          "front in Kursk"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-02-01..2025-02-28",
          "the Pentagon 'schon im Feber' (Austrian February, month): dead and wounded"),
        C("mehrere tausend", None, "vague", "near_front", "nato", "lastweek",
          "'Aus Nato-Kreisen hieß es vorige Woche' (Austrian 'vorige Woche' as last week), "
          "Konjunktiv: in the Russian ranks in Kursk"),
        C("6.000", 6000, "exact", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): 'noch … nachschickt' (increment, span without the "
          "word; planned)", add=True),
    ),
)

W05 = Source(
    article_id="w110_05_hornusser_diemtigtal_mitteilungen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-09-12"),
    dated_by="dateline",
    features="a Hornussen club's bulletin from the Diemtigtal (Bernese Oberland) as plain text, "
        "ISO-8859-1 (Swiss conventions: `ss`, «», `1'184`, `2'000`, `14'000`, `20'000`, 4-digit "
        "`1000`/`5000`), dated by the place line 'Oey, 12. September 2025' (Friday); the season "
        "first; North Korean state media 'am 30. August' naming `mehr als hundert` dead "
        "(north_korea, number word); the NIS 'In der ersten Septemberwoche' (1-7 September) `rund "
        "2'000` fallen and, Konjunktiv, `um die 5000` sappers and builders arrived in Kursk ('um "
        "die' as approx); Shoigu 'im Juni' `1000` deminers and `5000` builders (planned, russia); "
        "Rutte 'am Dienstag in Warschau' `über 14'000`; a refugee mother from Kharkiv relaying her "
        "husband «`zwei-, dreitausend`» builders opposite (range of number words, other, `pub`); "
        "the bulletin's own 'Alles in allem dürften es damit' `gut 20'000` (unattributed, "
        "required); points, spectators, metres, ages, years, francs, a meeting date, a phone "
        "number",
    text="""\
HORNUSSERGESELLSCHAFT DIEMTIGTAL
Mitteilungsblatt Nr. 3 - Saisonschluss

Oey, 12. September 2025

Liebe Mitglieder, liebe Gönnerinnen und Gönner

Die Saison ist vorbei, und sie war die beste seit Jahren: Unsere erste Mannschaft beendete die \
Meisterschaft in der 3. Stärkeklasse auf dem zweiten Rang, mit 1'184 Punkten und nur zwei \
«Nummern» im letzten Ries. Zum Schlussfest auf dem Platz bei der Sägerei kamen über 200 Leute.

Bohdan lernt den Nouss schlagen

Einer der Stillsten im Nachwuchs ist Bohdan, 13, der mit seiner Mutter Iryna aus Charkiw \
geflüchtet ist und seit zwei Jahren in Oey zur Schule geht. Diesen Sommer hat er seinen ersten \
Streich über 180 Meter geschlagen. Sein Vater dient in einer Artillerieeinheit bei Sumy, gleich an \
der russischen Grenze.

Iryna verfolgt die Meldungen aus dem Grenzgebiet jeden Abend. Ende August zeigte das \
nordkoreanische Fernsehen Kim Jong Un vor den Särgen gefallener Soldaten; die Staatsmedien nannten \
am 30. August die Namen von [[mehr als hundert]] Toten. In der ersten Septemberwoche bezifferte \
der südkoreanische Geheimdienst NIS die Zahl der Gefallenen auf [[rund 2'000]]. Zudem seien [[um \
die 5000]] Pioniere und Bauarbeiter bereits im Gebiet Kursk eingetroffen. Moskaus \
Sicherheitsratschef Sergei Schoigu hatte im Juni in Pjöngjang angekündigt, der Norden schicke \
[[1000]] Minenräumer und [[5000]] Militärbauarbeiter. Nato-Generalsekretär Mark Rutte sprach am \
Dienstag in Warschau von [[über 14'000]] Nordkoreanern, die bislang für Russland im Einsatz \
gewesen seien.

«Mein Mann sagt, drüben seien jetzt vor allem Bauleute, [[zwei-, dreitausend]] in seinem \
Abschnitt», erzählt Iryna. «Sie bauen Stellungen. Soldaten sind es trotzdem.»

Alles in allem dürften es damit [[gut 20'000]] Nordkoreaner sein, die Kim seit dem Herbst 2024 \
nach Russland geschickt hat.

Aus dem Verein
- Hauptversammlung: Freitag, 14. November, 20 Uhr, im Restaurant Hirschen
- Jahresbeitrag Fr. 60.-, Junioren Fr. 20.-
- Neue Schindeln für den Nachwuchs: Fr. 1'450.-, gespendet von der Dorfkäserei
- Auskunft beim Präsidenten Ueli Wampfler, 033 681 12 47

Mit sportlichen Grüssen
Der Vorstand
""",
    claims=(
        C("mehr als hundert", 100, "at_least", "casualties", "north_korea", "2025-08-30",
          "North Korean state media 'nannten am 30. August die Namen' (an explicit date): dead "
          "(number word)"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-07",
          "the NIS 'In der ersten Septemberwoche' (1-7 September): fallen"),
        C("um die 5000", 5000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-07",
          "same report carried by Konjunktiv ('Zudem seien'): sappers and builders arrived in "
          "Kursk ('um die' as approx)"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'hatte im Juni in Pjöngjang angekündigt' (month): deminers to be sent"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders (an announcement without an increment word)"),
        C("über 14'000", 14000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'am Dienstag in Warschau' (Friday bulletin), Konjunktiv: deployed for Russia "
          "so far"),
        C("zwei-, dreitausend", None, "range", "near_front", "other", "pub",
          "a refugee mother relaying her husband ('Mein Mann sagt', the speaker quoted: other), "
          "undated: builders opposite his sector (two number words, the first cut short: range)"),
        C("gut 20'000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the bulletin's own 'Alles in allem dürften es damit … sein' (no source: "
          "unattributed, required): sent since autumn 2024 ('gut' as at_least)"),
    ),
)

W06 = Source(
    article_id="w110_06_forumsblatt_grosskarol_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-13"),
    dated_by="sidecar",
    sidecar=(
        "Forumsblatt – Sathmarer Schwaben, Ortsforum Großkarol",
        "https://www.forum-grosskarol.example/forumsblatt/2025-02",
        "Schwabenball, Schulchor und Nachrichten von jenseits der Grenze",
    ),
    features="the forum paper of the Satu Mare Swabians in Carei (Großkarol, Romania) in Markdown, "
        "UTF-8 with BOM, front matter without a date (sidecar, Thursday) and a title without a "
        "figure; a teacher from Uzhhorod relaying her husband, a medic near Kursk, `zwei Dutzend` "
        "dead counted in one week (number words: 24, other, `pub`); Zelensky 'am Dreikönigstag' (6 "
        "January) `mehr als 3.000` killed or wounded; the NIS 'Vergangene Woche' with `rund "
        "11.000` sent and `nahezu 4.000` lost ('nahezu' as approx); 'Aus dem Pentagon hieß es am "
        "Dienstag' `um die 8.000` still in Russia; HUR 'teilte vor drei Tagen mit' `bis zu 2.500` "
        "'weitere' (an ISO date, increment, planned); Moscow without a figure; ball guests, lei, "
        "dates, times, a phone number",
    text="""\
---
title: "Forumsblatt: Schwabenball, Schulchor und Nachrichten von jenseits der Grenze"
forum: Demokratisches Forum der Sathmarer Schwaben, Ortsforum Großkarol
ausgabe: 2/2025
---

# Schwabenball, Schulchor und Nachrichten von jenseits der Grenze

*Liebe Landsleute, der Fasching ist in vollem Gang, und das Forum hat einiges zu berichten – auch \
über unsere ukrainische Kollegin an der Schule.*

## Vom Schwabenball

Mehr als 300 Gäste tanzten am 1. Februar im Kulturhaus, die Blaskapelle aus Petrifeld spielte bis \
drei Uhr früh. Der Erlös von 8.200 Lei geht an unseren deutschen Kindergarten.

## Swetlana und die Nachrichten aus Transkarpatien

Seit einem Jahr unterrichtet Swetlana Popowytsch, eine Deutschlehrerin aus Uschhorod, an unserer \
Schule. Ihr Mann ist Sanitäter bei einer Brigade im Gebiet Kursk. Er habe in seinem Abschnitt in \
einer einzigen Woche [[zwei Dutzend]] tote Koreaner gezählt, erzählt sie. Es seien sehr junge \
Männer gewesen, fast noch Kinder.

Was die Regierungen sagen, klingt kaum weniger bitter. Präsident Selenskyj sprach am Dreikönigstag \
von [[mehr als 3.000]] Nordkoreanern, die getötet oder verwundet worden seien. Vergangene Woche \
bezifferte der Geheimdienst in Seoul die Verluste unter den [[rund 11.000]] Entsandten auf \
[[nahezu 4.000]]; in den Stellungen bei Kursk habe man die Einheiten seit Mitte Januar kaum noch \
beobachtet. Aus dem Pentagon hieß es am Dienstag, [[um die 8.000]] stünden weiter in Russland. Und \
der ukrainische Militärgeheimdienst teilte vor drei Tagen mit, Pjöngjang bereite schon [[bis zu \
2.500]] weitere Soldaten auf den Einsatz vor. Moskau hat die Anwesenheit der Nordkoreaner bis \
heute nicht bestätigt.

Swetlana selbst rechnet damit, dass der Krieg im Frühjahr „noch einmal härter“ wird. Ihr Chor \
singt beim Frühlingskonzert zwei ukrainische Lieder.

## Termine

- Chorprobe jeden Dienstag, 18 Uhr, im Forumshaus
- Schwäbischer Mundartabend am 8. März, Eintritt 20 Lei
- Sprechstunde des Forums: donnerstags 10 bis 12 Uhr, Telefon 0261 861 442
""",
    claims=(
        C("zwei Dutzend", 24, "exact", "casualties", "other", "pub",
          "a teacher relaying her husband, a medic ('Er habe … gezählt, erzählt sie', the "
          "speaker quoted: other), undated: dead (number words keep their value: 24)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2025-01-06",
          "Zelensky 'am Dreikönigstag' (Epiphany, 6 January), Konjunktiv: killed or wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS ('der Geheimdienst in Seoul') 'Vergangene Woche': the troops sent"),
        C("nahezu 4.000", 4000, "approx", "casualties", "south_korea", "lastweek",
          "same statement: losses among them ('nahezu' as approx)"),
        C("um die 8.000", 8000, "approx", "in_russia", "united_states", "tue",
          "'Aus dem Pentagon hieß es am Dienstag' (Thursday paper), Konjunktiv: still in Russia"),
        C("bis zu 2.500", 2500, "at_most", "planned", "ukraine", "2025-02-10",
          "HUR 'teilte vor drei Tagen mit' (three days before publication: an ISO date): "
          "'weitere' being made ready (increment, span without the word)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Barbuda, Ireland, Saba, New Zealand, Canada, United States)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w110_07_lagoon_log_codrington",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-22"),
    dated_by="dateline",
    features="a boat guides' newsletter from Codrington (Barbuda) as plain text, UTF-8, dateline "
        "'CODRINGTON, Barbuda, November 22, 2024 —' (Friday), curly quotes; frigate birds first; "
        "an upper-case section heading 'WASHINGTON SAYS' `10,000` from the State Department's "
        "Monday figure (Monday to publication, hedge dropped); the State Department 'On Monday' "
        "`more than 10,000` in Kursk; the NIS 'Two days later' (20 November) `several hundred` in "
        "combat; Seoul's defence minister 'last week' `around 11,000` sent; HUR 'On November 14' "
        "`dozens` dead; Russia's losses (not a claim); a retired South Korean navy commander, an "
        "echo 'They will not stop at ten thousand' (optional) and 'He reckons another' `20,000` by "
        "spring (increment, planned, other, `pub`); nesting pairs, ages, years, a boat price in EC "
        "dollars, ferry minutes, population, a phone number",
    text="""\
THE LAGOON LOG
News from the Codrington Lagoon boat guides

CODRINGTON, Barbuda, November 22, 2024 — The frigate birds are courting again. By our Monday count \
the colony in the mangroves at the lagoon’s north end holds about 2,400 nesting pairs, and the \
boats have gone out every morning this week, red pouches puffed up in every bush.

A sailor among the birders

One of Tuesday’s passengers knew more about North Korea than the rest of us put together. Yoon \
Dae-ho, 64, spent 31 years in the South Korean navy, the last eight hunting submarines out of \
Donghae. Retired now, he sails the Caribbean with his wife, a camera and a list of seabirds he \
still wants to see. Between the frigate birds and a pair of roseate spoonbills, he talked about \
the news from Europe.

IN THE NEWS: WASHINGTON SAYS [[10,000]] NOW IN KURSK

On Monday the US State Department said [[more than 10,000]] North Korean soldiers had been moved \
into Russia’s Kursk region and had begun to fight alongside Russian units there. Two days later \
South Korea’s spy agency told a parliamentary committee that [[several hundred]] of them had \
already seen combat, some attached to Russian marine and airborne units. Seoul’s defence minister \
had told lawmakers last week that [[around 11,000]] had been sent in all. On November 14, \
Ukraine’s military intelligence reported the first North Korean dead, [[dozens]] of them, after \
drone strikes on a village near the border; it gave no exact number. Western officials say Russia \
itself is losing well over 1,000 soldiers a day.

Yoon is not surprised. “They will not stop at [[ten thousand]],” he said as we idled past the \
nesting trees. He reckons another [[20,000]] could follow by spring, “because Moscow pays in oil, \
food and rocket know-how, and Kim Jong Un needs all three.”

Lagoon notes
- Tours leave the Codrington jetty at 8 a.m.; a boat for up to six costs EC$300.
- The ferry from St John’s on Antigua takes about 90 minutes.
- Seven years after Hurricane Irma, about 1,600 people live on Barbuda again.
- Bookings: +1 268 460 0318
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "upper-case section heading 'WASHINGTON SAYS … NOW IN KURSK': the State Department's "
          "Monday figure below (Monday to the Friday of publication, hedge dropped)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "mon",
          "the State Department 'On Monday': moved into the Kursk region"),
        C("several hundred", None, "vague", "near_front", "south_korea", "2024-11-20",
          "the NIS 'Two days later' (two days after Monday: 20 November) told a parliamentary "
          "committee: already in combat"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "Seoul's defence minister 'had told lawmakers last week': sent in all"),
        C("dozens", None, "vague", "casualties", "ukraine", "2024-11-14",
          "HUR 'On November 14' reported the first dead"),
        C("ten thousand", 10000, "exact", "in_russia", "other", "pub",
          "an echo of the figures above inside a retired commander's quote ('They will not "
          "stop at …'): optional", opt=True),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "'He reckons another … could follow by spring' (undated; a retired navy commander "
          "speaking for himself: other): increment, span without the word", add=True),
    ),
)

W08 = Source(
    article_id="w110_08_pony_show_clifden_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-08-22"),
    dated_by="sidecar",
    sidecar=(
        "Clifden Pony Show Society – Show Notes",
        "https://www.clifdenponyshow.example/notes/2025/groom-from-vinnytsia",
        "A groom from Vinnytsia in the ring at Clifden",
    ),
    features="a Connemara pony show society's notes from Clifden in HTML, UTF-16 LE with BOM, no "
        "meta date (sidecar, Friday), a one-button cookie note, navigation, a footer with a phone "
        "number; `<title>` and headline without a figure; Shoigu 'In June' `1,000` mine clearers "
        "and `5,000` soldiers to rebuild Kursk (planned, russia); HUR 'On Monday' `about 1,000` of "
        "those sappers in the minefields (near the front); the NIS 'This month' (1st to "
        "publication) `roughly 2,000` killed; North Korean state TV 'on Thursday' (yesterday) with "
        "the coffins of `dozens` (north_korea, casualties); a groom from Vinnytsia relaying his "
        "brother `ten or twelve thousand` across the line (range of number words, other, `pub`); "
        "ponies, classes, ages, years, show dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Clifden Pony Show Society – Show Notes</title>
</head>
<body>
<div class="cookies">One cookie lets the results table remember your class. <button>Grand \
so</button></div>
<nav>Home · Classes · Results · Breeders · Show Notes</nav>
<article>
<h1>A groom from Vinnytsia in the ring at Clifden</h1>
<p>For three days last week the showground was packed: 412 ponies were entered, and the champion \
mare went home to a farm near Cleggan. Leading her round the ring was Oleh Kravets, 29, who came \
to Connemara from Vinnytsia in 2022 and now works as a groom at a stud on the Sky Road.</p>
<p>His younger brother is a sapper in Ukraine’s army. In June Sergei Shoigu, the Kremlin’s \
security chief, said in Pyongyang that Kim was sending [[1,000]] mine clearers to Kursk, along \
with [[5,000]] soldiers to rebuild it. On Monday Ukraine’s military intelligence reported [[about \
1,000]] of those sappers already at work in the minefields. This month South Korea’s spy agency \
told lawmakers that [[roughly 2,000]] North Koreans had been killed since last autumn, and on \
Thursday Pyongyang’s state television showed Kim Jong Un bent over the coffins of [[dozens]] of \
them.</p>
<p>Oleh trusts none of it. “My brother says there are [[ten or twelve thousand]] across the line, \
maybe more,” he said, combing out the mare’s mane. “Builders, they call them. They build firing \
positions.”</p>
<p>Results for all 38 classes are on the results page. Next year’s show is on 20 and 21 August.</p>
</article>
<footer>Clifden Pony Show Society · Clifden, Co. Galway · 095 21 863</footer>
</body>
</html>
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June … said in Pyongyang' (month): mine clearers Kim was sending to "
          "Kursk"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: soldiers to rebuild Kursk"),
        C("about 1,000", 1000, "approx", "near_front", "ukraine", "mon",
          "HUR 'On Monday … reported' (Friday notes): sappers already at work in Kursk's "
          "minefields"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-01..pub",
          "the NIS 'This month' (1st to publication) told lawmakers: killed"),
        C("dozens", None, "vague", "casualties", "north_korea", "thu",
          "North Korean state TV 'on Thursday' (the day before publication): coffins"),
        C("ten or twelve thousand", None, "range", "near_front", "other", "pub",
          "a groom relaying his brother ('My brother says', the speaker quoted: other), 'he "
          "said' undated: across the line (two number words: range)"),
    ),
)

W09 = Source(
    article_id="w110_09_trail_notes_saba_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-06-26"),
    dated_by="html_meta", crlf=True,
    features="a trail crew's notes from Windwardside (Saba, Caribbean Netherlands) in HTML, "
        "windows-1252 with CRLF (curly quotes and `–` raw), `<meta name=\"date\">` (Thursday), a "
        "cookie note about the trail map, a script, navigation, a footer with a phone number; "
        "`<title>` repeating the headline's `20,000` (optional) and the headline taking the crew's "
        "own sum below (unattributed, `pub`, hedge dropped); the NIS 'briefing lawmakers on "
        "Tuesday', 'put … at' `some 600` dead and `nearly 4,700` casualties; Rutte at the Hague "
        "summit 'on Wednesday' `in excess of 14,000` ('in excess of' as at_least); Russia's "
        "ambassador 'on Sunday' `six thousand` builders and deminers (number words, planned); a "
        "KCNA commentary 'the same day' `tens of thousands` of volunteers ready (north_korea, "
        "planned); HUR 'last week' `up to 3,000` in Kursk; 'Pieced together from the briefings' "
        "`20,000 or more` by summer's end (unattributed, planned); a medical student relaying her "
        "grandfather 'is sure' `fifty thousand` by Christmas (number words, other, `pub`); steps, "
        "tropicbirds, ages, years, area, population, a fee in dollars, a height, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Saba Trail Crew – On the Sandy Cruz trail, talk of Kim’s [[20,000]]</title>
<meta name="date" content="2025-06-26">
<meta property="og:site_name" content="Saba Trail Crew">
<script>var crew={page:"notes",trail:"sandy-cruz",rain:"light"};</script>
</head>
<body>
<div class="cookie">A single cookie remembers which trail map you opened last. <button>Fine by \
me</button> <button>Skip it</button></div>
<nav>Trails &middot; Trail Shop &middot; Volunteer &middot; Notes &middot; Contact</nav>
<article>
<h1>On the Sandy Cruz trail, talk of Kim’s [[20,000]]</h1>
<p>Every Tuesday the crew meets at the Trail Shop in Windwardside with machetes, rakes and a \
cooler. This month we rebuilt 140 steps on the Sandy Cruz trail, cleared two landslides after the \
May rains and counted 61 red-billed tropicbirds off Mary’s Point.</p>
<p>Our newest volunteer is Grace Rhee, 26, a second-year student at the island’s medical school. \
Her parents run a dry cleaner in New Jersey; her grandfather fled Hamhung on foot in December \
1950. “He still calls the people up there our cousins,” she said while we hauled stones up from \
the road.</p>
<h2>The numbers Grace follows</h2>
<p>South Korea’s spy agency, briefing lawmakers on Tuesday, put the North’s dead in Russia at \
[[some 600]] and its total casualties at [[nearly 4,700]]. At the NATO summit in The Hague on \
Wednesday, Mark Rutte said [[in excess of 14,000]] North Koreans had served with Russian forces. \
Russia’s ambassador in Pyongyang told state television on Sunday that [[six thousand]] North \
Korean builders and deminers would arrive over the summer, and a KCNA commentary the same day \
spoke of “[[tens of thousands]] of volunteers” ready to follow them. Ukraine’s military \
intelligence said last week that [[up to 3,000]] were still stationed in the Kursk region.</p>
<p>Pieced together from the briefings, that makes [[20,000 or more]] North Koreans in Russia by \
the end of the summer. Grace expects it to be far more. “My grandfather is sure [[fifty thousand]] \
will have gone by Christmas,” she said. “He has been right about the North before.”</p>
<p>Saba is 13 square kilometres of volcano, and about 2,000 people live on it. The trail fee is \
US$3 a day; Mount Scenery rises to 887 metres, up 1,064 steps. Join us on Tuesdays at 8 a.m.</p>
</article>
<footer>Saba Trail Crew &middot; Trail Shop, Windwardside &middot; +599 416 2630</footer>
<script src="/js/trailmap.js"></script>
</body>
</html>
""",
    claims=(
        C("20,000", 20000, "exact", "planned", "unattributed", "pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("20,000", 20000, "exact", "planned", "unattributed", "pub",
          "headline 'talk of Kim's …': the crew's own sum below (no source: unattributed; "
          "hedge 'or more' dropped)"),
        C("some 600", 600, "approx", "casualties", "south_korea", "tue",
          "the NIS 'briefing lawmakers on Tuesday' (Thursday notes), 'put the North's dead … "
          "at'"),
        C("nearly 4,700", 4700, "approx", "casualties", "south_korea", "tue",
          "same briefing: total casualties ('nearly' as approx)"),
        C("in excess of 14,000", 14000, "at_least", "in_russia", "nato", "wed",
          "Rutte at the NATO summit in The Hague 'on Wednesday': served with Russian forces "
          "('in excess of' as at_least)"),
        C("six thousand", 6000, "exact", "planned", "russia", "sun",
          "Russia's ambassador in Pyongyang 'told state television on Sunday': builders and "
          "deminers would arrive (number words)"),
        C("tens of thousands", None, "vague", "planned", "north_korea", "sun",
          "a KCNA commentary 'the same day' (Sunday): volunteers ready to follow"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "lastweek",
          "HUR 'said last week': still stationed in the Kursk region"),
        C("20,000 or more", 20000, "at_least", "planned", "unattributed", "pub",
          "the crew's own 'Pieced together from the briefings' (no source: unattributed, "
          "required): in Russia by the end of the summer (a forecast: planned; 'or more' in the "
          "span)"),
        C("fifty thousand", 50000, "exact", "planned", "other", "pub",
          "a medical student relaying her grandfather ('is sure', the speaker quoted: other), "
          "'she said' undated: gone by Christmas (number words)"),
    ),
)

W10 = Source(
    article_id="w110_10_longline_pelorus_sound_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-15"),
    dated_by="front_matter",
    features="a Pelorus Sound (Marlborough) mussel farmers' newsletter in Markdown, ISO-8859-1 "
        "with straight quotes, front matter with `date:` (Thursday), an issue key and a title "
        "without a figure; a barge hand from Mykolaiv relaying his brother `maybe a thousand` in "
        "his sector (approx, other, `pub`) and 'puts it at' `20,000 at least` ('at least' after "
        "the number, in the span); Pyongyang's admission and Gerasimov without a figure; the NIS "
        "'On April 30' `roughly 2,000` more (increment) 'which takes the total sent to' `about "
        "15,000` (a new total, not an increment); NATO's military committee chairman 'in early "
        "May' (days 1-10) `at least 4,700` casualties; 'A senior US defence official, in a "
        "briefing on Tuesday' `between 11,000 and 12,000` (range); Budanov 'in an interview last "
        "week' `several thousand` more (increment, planned); tonnes, degrees, openers, ages, "
        "berths, a levy in dollars, a meeting date, a phone number",
    text="""\
---
title: "Longline: the Pelorus Sound mussel farmers' newsletter"
date: 2025-05-15
issue: 57
---

# Longline

*Autumn spat, a new barge hand and a war that reached the Sounds by phone.*

## On the water

The spat catch in Kenepuru Sound was the best in five years, and the harvest barges lifted 2,900 \
tonnes of green-lipped mussels in April. The water in Pelorus Sound is down to 14 degrees. The \
processing plant is looking for 20 openers for the winter shift.

## Dmytro's brother

Dmytro Lysenko, 31, from Mykolaiv, joined the barge crews in February on the special visa for \
Ukrainians. His older brother flies drones with a brigade in the Kursk region, where North Korean \
troops have been fighting since last autumn. "He says the Koreans came back in March, and he has \
seen [[maybe a thousand]] of them in his sector," Dmytro said, coiling a rope on the back deck.

The official picture has filled in over recent weeks. On April 28 Pyongyang admitted for the first \
time that its soldiers were fighting for Russia; two days earlier Valery Gerasimov, Russia's chief \
of general staff, had praised their part in retaking Kursk without giving a number. On April 30 \
South Korea's spy agency told lawmakers that [[roughly 2,000]] more troops had gone to Russia \
early in the year, which takes the total sent to [[about 15,000]]. The chair of NATO's military \
committee said in early May that [[at least 4,700]] of them had been killed or wounded. A senior \
US defence official, in a briefing on Tuesday, estimated that [[between 11,000 and 12,000]] were \
still in Russia. Kyrylo Budanov, Kyiv's spy chief, said in an interview last week that Kim was \
getting [[several thousand]] more ready to go this summer.

Dmytro thinks all of those numbers are low. "My brother puts it at [[20,000 at least]]," he said. \
"And the ones who go home will know more about drone war than any army in Asia."

## Notices

- Levy invoices go out on 1 June; the rate stays at $18 a tonne.
- The marina at Kenepuru Head has 12 new berths.
- Skippers' meeting: Tuesday 3 June, 6.30 p.m., at the Pelorus Bridge hall.
- Office: 03 574 2186
""",
    claims=(
        C("maybe a thousand", 1000, "approx", "near_front", "other", "pub",
          "a barge hand relaying his brother, a drone pilot ('He says', the speaker quoted: "
          "other), 'Dmytro said' undated: seen in his sector ('maybe' as approx, number word)"),
        C("roughly 2,000", 2000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'On April 30' told lawmakers: 'more' troops gone to Russia (increment, span "
          "without the word)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "same briefing: 'which takes the total sent to' (a new total, not an increment)"),
        C("at least 4,700", 4700, "at_least", "casualties", "nato", "2025-05-01..2025-05-10",
          "the chair of NATO's military committee 'in early May' (days 1-10): killed or wounded"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "united_states", "tue",
          "'A senior US defence official, in a briefing on Tuesday, estimated': still in Russia"),
        C("several thousand", None, "vague", "planned", "ukraine", "lastweek",
          "Budanov, named before his role, 'in an interview last week': 'more' getting ready to "
          "go (increment, planned)", add=True),
        C("20,000 at least", 20000, "at_least", "in_russia", "other", "pub",
          "'My brother puts it at' relayed by the barge hand (other), undated ('at least' after "
          "the number, in the span)"),
    ),
)

W11 = Source(
    article_id="w110_11_fairground_notes_providence_bay",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-10-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Providence Bay Fall Fair Board – Fairground Notes",
        "https://www.providencebayfair.example/notes/2025-10",
        "Fairground notes: pyrohy, prize tarts and a cousin near Sumy",
    ),
    features="a fall fair board's notes from Providence Bay on Manitoulin Island (Ontario) as "
        "plain text, UTF-8 with BOM and CRLF (sidecar, Thursday), em dashes; the fair first; HUR "
        "'Over the Thanksgiving weekend' (Canadian Thanksgiving, Saturday 11 to Monday 13 October) "
        "`some 11,000` in Russia; the NIS 'On Tuesday' `at least 10,000` along the border and "
        "`close to 2,000` dead; Canada's defence minister 'last Friday' `thousands` helping Russia "
        "dig in (a third government: other, near the front); North Korean state TV 'on the same "
        "day' `hundreds` of Kursk veterans at the parade (returnees: optional); a NATO official "
        "'Yesterday' 'put the number … at' `15,000-odd` (approx); a pyrohy cook relaying her "
        "cousin's son `2,000 or 3,000` more every few months (range, increment, other) and "
        "'figures' `a good 20,000` ('a good' as at_least, other, `pub`); visitors, entries, "
        "volunteers, pyrohy, years, admission in dollars, fair dates, a phone number",
    text="""\
PROVIDENCE BAY FALL FAIR BOARD
Fairground Notes — October 2025

The fair is over for another year, and what a year it was. Over the two days 3,150 people came \
through the gate, the 4-H calf show had 27 entries, and Marlene Hore's butter tarts took the red \
ribbon for the ninth time. Thank you to the 64 volunteers who parked cars, sold tickets and \
cleaned up after the horse pull.

Halyna's pyrohy

One of the busiest booths was the pyrohy stand run by Halyna Kowalchuk, whose grandparents came to \
the island from Galicia in 1927. She sold 2,400 pyrohy on the Saturday alone. The son of her \
cousin in Ternopil, Taras, is a gunner with a Ukrainian brigade near Sumy, and she keeps her phone \
on the counter in case he writes.

Taras says the North Koreans facing his unit are mostly gunners and builders now. The governments \
keep putting out numbers. Over the Thanksgiving weekend Ukraine's military intelligence said \
[[some 11,000]] of Pyongyang's soldiers were still on Russian soil, the bulk of them around Kursk. \
On Tuesday South Korea's spy agency told a closed session of parliament that [[at least 10,000]] \
were stationed along the border and that the North had lost [[close to 2,000]] dead. Canada's \
defence minister told reporters in Ottawa last Friday that [[thousands]] of the North's soldiers \
were "helping Russia dig in" for the winter. North Korean state television, on the same day, \
showed [[hundreds]] of Kursk veterans marching past Kim Jong Un at the parade for the ruling \
party's 80th anniversary. Yesterday a NATO official in Brussels put the number who have served in \
Russia at [[15,000-odd]].

"Taras says they keep coming, [[2,000 or 3,000]] more every few months," Halyna said, pinching \
dough. She figures the real total is [[a good 20,000]] by now.

Fair notes
- Next year's fair: September 18 and 19, 2026.
- Admission stays at $10; children under 12 free.
- The board meets on the first Monday of the month at the community hall.
- Fair secretary: 705-377-4412
""",
    claims=(
        C("some 11,000", 11000, "approx", "in_russia", "ukraine", "2025-10-11..2025-10-13",
          "HUR 'Over the Thanksgiving weekend' (Canadian Thanksgiving: Saturday 11 to Monday 13 "
          "October): still on Russian soil"),
        C("at least 10,000", 10000, "at_least", "near_front", "south_korea", "tue",
          "the NIS 'On Tuesday' told a closed session of parliament: stationed along the "
          "border"),
        C("close to 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same session: dead ('close to' as approx)"),
        C("thousands", None, "vague", "near_front", "other", "fri",
          "Canada's defence minister 'last Friday' (a third government: other): helping Russia "
          "dig in for the winter"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "North Korean state TV 'on the same day' (Friday 10 October): Kursk veterans marching "
          "at the parade (returnees: optional)", opt=True),
        C("15,000-odd", 15000, "approx", "in_russia", "nato", "yday",
          "a NATO official 'Yesterday … put the number who have served in Russia at' ('-odd' as "
          "approx)"),
        C("2,000 or 3,000", None, "range", "in_russia", "other", "pub",
          "a cook relaying her cousin's son ('Taras says', the speaker quoted: other), 'Halyna "
          "said' undated: 'more' keep coming every few months (range, increment, span without "
          "the word)", add=True),
        C("a good 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "'She figures' (undated): the real total ('a good' as at_least, like 'gut')"),
    ),
)

W12 = Source(
    article_id="w110_12_layers_smith_island_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-28"),
    dated_by="sidecar",
    sidecar=(
        "Layers – News from the Ewell Layer Cake Kitchen",
        "https://www.ewell-layercake.example/layers/thanksgiving-2025",
        "Ten layers and a phone call from Korea",
    ),
    features="a Smith Island (Chesapeake Bay, Maryland) cake kitchen's newsletter in Markdown, "
        "windows-1252 with curly quotes and `—`, front matter without a date (sidecar, Friday) and "
        "a title without a figure; a soldier at Camp Humphreys who 'called the kitchen the day "
        "before Thanksgiving' (26 November) relaying talk on base, another `6,000 or so` ('or so' "
        "in the span: approx, increment, planned, other) and 'I'd bet it's' `25,000` by June "
        "(other, planned, same call); the NIS 'Early this month' (days 1-10) `about 10,000` along "
        "the border and `5,000` builders sent; KCNA 'on Monday' `a few thousand` engineers seen "
        "off to Kursk (north_korea, near the front); the State Department 'last week' `more than "
        "12,000`; HUR 'estimates' `between 2,000 and 2,500` dead (range, `pub`); 'Put … next to … "
        "and you get' `roughly 17,000` (the newsletter's own sum: unattributed, required); cakes, "
        "layers, boxes, miles, population, a price in dollars, a phone number",
    text="""\
---
title: "Layers: news from the Ewell Layer Cake Kitchen"
bakery: Ewell Layer Cake Kitchen
issue: Thanksgiving 2025
---

# Ten layers and a phone call from Korea

*We baked 310 Smith Island cakes for Thanksgiving this year — eight to ten layers each, yellow \
cake and fudge icing — and shipped them as far as Oregon.*

The last boat to Crisfield on Wednesday carried 46 boxed cakes, and the kitchen lights stayed on \
until midnight.

## “Mom, they keep sending more”

Donna Evans, who has iced our cakes for 22 years, has a son in the Army. Staff Sergeant Wade Evans \
is stationed at Camp Humphreys, south of Seoul, and he called the kitchen the day before \
Thanksgiving while the last layers were cooling. The talk on base, he told his mother, is that the \
North is getting another [[6,000 or so]] ready to send to Russia after New Year’s.

The official numbers have kept coming all month. Early this month South Korea’s spy agency said \
[[about 10,000]] of the North’s troops were dug in on the Russian side of the border with Ukraine \
and that [[5,000]] military construction workers had been sent since the summer. KCNA reported on \
Monday that [[a few thousand]] engineers had been “seen off” to Kursk with flowers and a brass \
band. The State Department said last week that [[more than 12,000]] had served in Russia, and \
Ukraine’s military intelligence estimates [[between 2,000 and 2,500]] have died there.

Put the State Department’s number next to Seoul’s builders and you get [[roughly 17,000]] North \
Koreans sent to Russia since October 2024.

Wade thinks the real figure is higher. “By the time I rotate home in June, I’d bet it’s \
[[25,000]],” he told Donna on the phone.

## Island notes

- Smith Island lies 12 miles off Crisfield; the mail boat leaves at 12:30 p.m.
- About 180 people live in Ewell, Rhodes Point and Tylerton.
- Cakes ship Monday to Wednesday, $58 each plus postage.
- Orders: 410-425-2207
""",
    claims=(
        C("6,000 or so", 6000, "approx", "planned", "other", "2025-11-26",
          "a soldier who 'called the kitchen the day before Thanksgiving' (26 November) "
          "relaying talk on his base (the speaker quoted: other): 'another' getting ready "
          "(increment, span without the word; 'or so' in the span: approx)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'Early this month' (days 1-10): dug in on the Russian side of the border "
          "with Ukraine"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same statement: construction workers sent since the summer"),
        C("a few thousand", None, "vague", "near_front", "north_korea", "mon",
          "KCNA 'reported on Monday' (Friday newsletter): engineers 'seen off' to Kursk (bound "
          "for the Kursk region: near the front)"),
        C("more than 12,000", 12000, "at_least", "in_russia", "united_states", "lastweek",
          "the State Department 'said last week': served in Russia"),
        C("between 2,000 and 2,500", None, "range", "casualties", "ukraine", "pub",
          "HUR 'estimates' (present tense, undated): died"),
        C("roughly 17,000", 17000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Put … next to … and you get' (no source: unattributed, "
          "required): sent since October 2024"),
        C("25,000", 25000, "exact", "planned", "other", "2025-11-26",
          "the soldier 'told Donna on the phone' (the call the day before Thanksgiving): 'I'd "
          "bet it's' by June (a forecast: planned)"),
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
