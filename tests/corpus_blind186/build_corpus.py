"""Build the HUNDRED-AND-EIGHTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-eighth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a game-meat
butcher's customer letter from St. Georgen am Reith in the Ybbstal Alps (Austrian conventions) with
a shop assistant from Poltava and a forestry intern from Chuncheon, a small coach company's
passenger letter from St. Georgen am Reith (Austrian words) with a driver from Chernihiv and a care
assistant from Suwon, the winter-service page of the municipal works of Simplon village (Swiss
conventions) with a snow-blower driver from Lutsk and a hotel clerk from Pohang, a game warden's
spring letter from Zwischbergen (Swiss conventions) with a forestry worker from Kolomyia and a ski
tourer from Gwangju, a rail-trolley (Draisine) operator's season news from Sontra with a mechanic
from Vinnytsia and an engineering student from Changwon, and a drinks market's news page from
Herleshausen with a delivery driver from Chernivtsi and a brewing apprentice from Yeosu; an
agency-style wire report from the beach renourishment at Pawleys Island with a dredge-pipe welder
from Odesa and a nurse from Ulsan, a readers' letters page from a Waccamaw Neck weekly with letters
quoting a son in the Kursk region and a sister-in-law in Incheon, a homeowners' association's
island notes from Figure Eight Island with a gatehouse guard from Dnipro and a dentist from Daegu,
a beach umbrella and chair rental's page from Figure Eight Island with a seasonal worker from
Kherson and a software tester from Jeonju, a surf shop's notes from Rodanthe with a board repairman
from Zaporizhzhia and a surf instructor from Jeju, and a house-moving contractor's news page from
Rodanthe with a jack operator from Bila Tserkva and an architect from Gyeongju. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a
private module instance whose `SOURCES` are set to ours (under its own module name, so it never
shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind186_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (St. Georgen am Reith, Simplon and Zwischbergen, Sontra and Herleshausen)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v186_01_kundenbrief_wildbret_st_georgen_reith",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-23"),
    dated_by="dateline", crlf=True,
    features="a game-meat butcher's customer letter from St. Georgen am Reith (Ybbstal Alps, "
        "Lower Austria) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated "
        "by the letter line 'St. Georgen am Reith, 23. Jänner 2025' (Thursday); Austrian "
        "conventions (`heuer`, `Feber`, `Jänner`, `Budel`); deer, stags and boar brought in, "
        "prices a kilo in euros and sausages first; a shop assistant from Poltava relaying her "
        "brother, an armoured-vehicle driver in the Kursk region ('Am Samstag kam von ihm eine "
        "Sprachnachricht, erzählt Halyna.', Konjunktiv carried) sentence-initial `Rund "
        "hundert` dug in (approx with a number word, near the front) and sentence-initial "
        "`Fünf` taken prisoner (number word, casualties; both other, from Saturday to "
        "publication); a forestry intern from Chuncheon who 'schätzt' `zwischen 12.000 und "
        "15.000` sent (range, in Russia, other, `pub`); Zelensky who 'erklärte am Dienstag' "
        "`knapp 4.000` dead or wounded; 'Laut einem Pentagon-Sprecher vom Montag' `mehr als "
        "11.000` in Russia; 'Aus Seoul hieß es vergangene Woche' `bis zu 3.000` 'weiteren' "
        "(at_most, increment, planned); the shop's own `Tausenden` at the front (unattributed, "
        "vague, required); Russia's losses a day, animals, euros, kilos, ages, years, a phone "
        "number",
    text="""\
Wildbret Pfaffenlehner – Brief an unsere Kundschaft

St. Georgen am Reith, 23. Jänner 2025

Liebe Kundinnen und Kunden,

die Jagdzeit ist vorbei, unsere Kühlkammer ist trotzdem gut gefüllt. Aus den Revieren zwischen \
Hochkar und Ybbs haben uns die Jäger seit September 41 Rehe, 17 Hirsche und 9 Wildschweine \
gebracht. Der Rehrücken kostet heuer 46 Euro das Kilo, das Hirschgulasch 24 Euro. Ab Feber \
räuchern \
wir wieder Hauswürste über Buchenholz, vier Stück um 11 Euro. Wer zu Ostern einen Braten möchte, \
sagt uns das bitte bis Mitte März.

Halyna an der Budel

Halyna Tkatschenko, 45, aus Poltawa steht seit dem vorigen Frühjahr an unserer Budel und löst \
inzwischen selbst die Schultern aus. Ihr Bruder ist Fahrer eines Schützenpanzers und dient \
seit dem Sommer bei Kursk. Am Samstag kam von ihm eine Sprachnachricht, erzählt \
Halyna. [[Rund \
hundert]] Nordkoreaner hätten sich in einem Waldstreifen gegenüber seinem Dorf eingegraben. \
[[Fünf]] von ihnen seien bei einem missglückten Vorstoß in Gefangenschaft geraten. „Er sagt, sie \
tragen russische Tarnjacken, aber keiner versteht ein Wort Russisch“, erzählt sie.

Eine Praktikantin aus Chuncheon

Choi Mi-rae, 29, hat in Chuncheon Forstwirtschaft studiert und macht bis zum Frühling ein \
Praktikum bei der Forstverwaltung im Tal; bei uns kauft sie jeden Freitag Leberkäse für die Jause. \
Sie schätzt, dass Kim bis heute [[zwischen 12.000 und 15.000]] Soldaten nach Russland \
geschickt hat. „Bei uns in Korea redet man darüber jeden Abend im Fernsehen“, sagt sie.

Was man hört und liest

Präsident Selenskyj erklärte am Dienstag, [[knapp 4.000]] Nordkoreaner seien inzwischen tot oder \
verwundet. Laut einem Pentagon-Sprecher vom Montag halten sich [[mehr als 11.000]] Soldaten aus \
dem Norden in Russland auf. Aus Seoul hieß es vergangene Woche, Pjöngjang bereite die Entsendung \
von [[bis zu 3.000]] weiteren Männern vor. Auch an unserer Budel wird über die [[Tausenden]] \
jungen Koreaner geredet, die an der Front bei Kursk liegen und nicht wissen, wofür. Die russische \
Armee verliert nach Kiewer Zählung um die 1.500 Mann am Tag.

Bestellungen nehmen wir unter 07484 2916 entgegen, Dienstag bis Samstag von 7 bis 12 Uhr.

Mit einem kräftigen Weidmannsheil
Franz und Rosi Pfaffenlehner
""",
    claims=(
        C("Rund hundert", 100, "approx", "near_front", "other", "sat..pub",
          "a shop assistant from Poltava relaying her brother, an armoured-vehicle driver in the "
          "Kursk region ('Am Samstag habe er ihr eine Sprachnachricht geschickt, erzählt "
          "Halyna.', Konjunktiv; the speaker quoted: other): dug in along a strip of wood "
          "opposite his village (sentence-initial, number word; from Saturday, 18 January, to "
          "publication)"),
        C("Fünf", 5, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried, sentence-initial number word: taken prisoner"),
        C("zwischen 12.000 und 15.000", None, "range", "in_russia", "other", "pub",
          "a forestry intern from Chuncheon, 'Sie schätzt' (undated): sent to Russia so far "
          "('zwischen … und' inside the span, as in earlier sets)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "tue",
          "'Präsident Selenskyj erklärte am Dienstag' (21 January): dead or wounded ('knapp' "
          "as approx)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "mon",
          "'Laut einem Pentagon-Sprecher vom Montag' (20 January): in Russia"),
        C("bis zu 3.000", 3000, "at_most", "planned", "south_korea", "lastweek",
          "'Aus Seoul hieß es vergangene Woche' (Konjunktiv): Pyongyang preparing to send "
          "'weiteren' men (increment, planned)", add=True),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the shop's own framing without a source ('die Tausenden jungen Koreaner …, die an der "
          "Front bei Kursk liegen'): unattributed, required"),
    ),
)


S02 = Source(
    article_id="v186_02_fahrgastbrief_reisedienst_st_georgen_reith_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-26"),
    dated_by="front_matter",
    features="a small coach company's passenger letter from St. Georgen am Reith (Ybbstal Alps, "
        "Lower Austria) in Markdown, UTF-8, front matter with `date:` (Wednesday) and a title "
        "without a figure, `„“`; Austrian words (`heuer`, `Feber`, `Jänner`, `Jause`); school "
        "buses, seats, kilometres, an excursion to Mariazell in euros first; a driver from "
        "Chernihiv relaying his nephew, an infantryman in the Kursk region ('Vorgestern kam ein "
        "Anruf vom Neffen, erzählt Mykola.', Konjunktiv carried) `an die fünfzig` creeping "
        "through a ravine (approx with a number word, near the front) and `Drei` killed by a "
        "drone (number word, casualties; both other, from Monday to publication); a care "
        "assistant from Suwon who 'glaubt' the North will send 'noch einmal' `mehrere tausend` "
        "(vague, increment, planned, other, `pub`); the NIS 'nach Angaben … vom Montag' `rund "
        "400` dead and `etwa 3.600` wounded (two rows, one day); Rutte who 'sagte am Donnerstag' "
        "`mehr als 10.000` 'weiterhin' in Russia (not an increment); 'Dem ukrainischen "
        "Militärgeheimdienst zufolge' `rund 1.500` moved 'zusätzlich' to Kursk in January "
        "(increment, near the front, `pub`); buses, seats, kilometres, euros, ages, dates, "
        "a phone number",
    text="""\
---
title: "Fahrgastbrief Frühjahr"
date: 2025-02-26
absender: Reisedienst Hinterleitner, St. Georgen am Reith
---

# Neue Fahrpläne, ein Ausflug nach Mariazell und ein Anruf aus Kursk

Liebe Fahrgäste,

seit dem Semesterbeginn im Feber fahren unsere sieben Busse die Schulkinder wieder zweimal täglich \
nach Waidhofen und zurück, das sind jeden Tag gut 420 Kilometer. Der neue Niederflurbus mit 38 \
Sitzplätzen ist seit Jänner im Einsatz und hat eine Rampe für Rollstühle. Heuer fahren wir am 10. \
Mai zur Wallfahrt nach Mariazell; die Fahrt kostet 39 Euro, mit Mittagessen 58 Euro. Anmeldungen \
bitte bis Ende April.

## Mykola am Steuer

Mykola Sawtschenko, 52, war in Tschernihiw Busfahrer bei den Stadtwerken und fährt seit zwei \
Jahren unsere Frühlinie über den Reithsattel. Sein Neffe kämpft als Infanterist im Gebiet Kursk. \
Vorgestern kam ein Anruf vom Neffen, erzählt Mykola. In einer Schlucht vor seiner Stellung hätten \
sich [[an die fünfzig]] Nordkoreaner im Schnee herangeschlichen. [[Drei]] Mann von ihnen habe eine \
Drohne erwischt, bevor sie den Waldrand erreichten. „Er meint, sie geben nie auf, auch wenn es \
aussichtslos ist“, sagt Mykola.

## Eine Pflegeassistentin aus Suwon

Kang So-yeon, 31, stammt aus Suwon, arbeitet im Pflegeheim in Waidhofen und fährt jeden Morgen \
mit uns ins Tal. Sie glaubt, dass der Norden heuer noch einmal [[mehrere tausend]] Soldaten \
schicken wird. „Kim will zeigen, dass er ein treuer Verbündeter ist“, sagt sie.

## Aus den Nachrichten

Der südkoreanische Geheimdienst teilte am Montag mit, bislang seien [[rund 400]] \
nordkoreanische Soldaten gefallen und [[etwa 3.600]] verwundet worden. Nato-Generalsekretär Mark \
Rutte sagte am Donnerstag in Brüssel, es befänden sich weiterhin [[mehr als 10.000]] Nordkoreaner \
in Russland. Dem ukrainischen Militärgeheimdienst zufolge hat Pjöngjang im Jänner zusätzlich \
[[rund 1.500]] Mann in die Grenzregion Kursk verlegt. Die Ukraine selbst beklagt an der \
gesamten Front täglich Hunderte Verwundete.

Fahrplanauskunft und Reservierung unter 07484 5530, werktags von 6 bis 18 Uhr.

Gute Fahrt wünschen
Familie Hinterleitner und das Fahrerteam
""",
    claims=(
        C("an die fünfzig", 50, "approx", "near_front", "other", "mon..pub",
          "a driver from Chernihiv relaying his nephew, an infantryman in the Kursk region "
          "('Vorgestern kam ein Anruf vom Neffen, erzählt Mykola.', Konjunktiv; the speaker "
          "quoted: other): crept up through a ravine in the snow ('an die' with a number word as "
          "approx; 'Vorgestern' in a Wednesday letter: from Monday, 24 February, to "
          "publication)"),
        C("Drei", 3, "exact", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried, sentence-initial number word: hit by a "
          "drone before reaching the edge of the wood"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "a care assistant from Suwon, 'Sie glaubt' (undated): 'noch einmal' to be sent this "
          "year (increment, planned; span without the words)", add=True),
        C("rund 400", 400, "approx", "casualties", "south_korea", "mon",
          "'teilte am Montag mit' (24 February): fallen"),
        C("etwa 3.600", 3600, "approx", "casualties", "south_korea", "mon",
          "same statement: wounded"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "thu",
          "'Nato-Generalsekretär Mark Rutte sagte am Donnerstag in Brüssel' (20 February, "
          "Konjunktiv): 'weiterhin' in Russia (still, not an increment)"),
        C("rund 1.500", 1500, "approx", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): moved 'zusätzlich' into the "
          "Kursk border region in January (increment; the month is the period)", add=True),
    ),
)


S03 = Source(
    article_id="v186_03_winterdienst_werkhof_simplon_dorf_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-11"),
    dated_by="html_meta",
    features="the winter-service page of the municipal works of Simplon village (Valais, "
        "German-speaking) in HTML, ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +01:00 (Wednesday), a cookie note about the "
        "snow alert list, a script with ploughs, salt and the avalanche level, navigation, a "
        "footer with a postcode; Swiss conventions (`ss`, «», `11'000`, `20'000`, `1'000 bis "
        "2'000`); `<title>` and headline without a figure; kilometres of road, snow blowers, "
        "tonnes of salt, francs, the pass altitude first; a snow-blower driver from Lutsk "
        "relaying his brother, a drone operator in the Kursk region ('Am Sonntag habe ihm der "
        "Bruder geschrieben, erzählt Andrij.', Konjunktiv carried) `mehrere Hundert` moving up "
        "(vague, near the front) and `mindestens sechs` killed (at_least with a number word, "
        "casualties; both other, from Sunday to publication); a hotel clerk from Pohang who "
        "'rechnet damit' `bis zu 20'000` by spring (at_most, planned, other, `pub`); a US "
        "State Department spokesman who 'sagte vergangene Woche' `über 11'000` deployed in "
        "Kursk (at_least, near the front); Ukraine's military intelligence that 'teilte am "
        "Montag mit' `Dutzende` killed (vague, casualties); 'Nach Einschätzung des "
        "Geheimdienstes in Seoul' 'weitere' `1'000 bis 2'000` (range, increment, planned); "
        "'Die Nato geht davon aus' `rund 11'000` in Russia (`pub`); kilometres, tonnes, "
        "francs, metres, ages, times, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Winterdienst &ndash; Werkhof Simplon Dorf</title>
<meta property="article:published_time" content="2024-12-11T07:45:00+01:00">
<script>var winter = {fraesen: 3, salzTonnen: 140, lawinenstufe: 2};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich, ob Sie unsere Schneewarnung per SMS erhalten. <a \
href="#">OK</a></div>
<nav><a href="/">Gemeinde</a> &middot; <a href="/werkhof">Werkhof</a> &middot; <a \
href="/winter">Winterdienst</a></nav>
<main>
<h1>Die Fräsen sind bereit</h1>
<p>Der erste grosse Schnee kam in der Nacht auf Montag: 60 Zentimeter im Dorf, auf der Passhöhe \
auf 2005 Metern fast das Doppelte. Unsere drei Schneefräsen und der Pflug räumen 23 Kilometer \
Gemeindestrassen und die Zufahrten zu den Weilern. Im Salzlager liegen 140 Tonnen bereit. Wer \
seinen Vorplatz von uns räumen lassen will, zahlt wie im Vorjahr 35 Franken pro Einsatz.</p>
<h2>Andrij an der Fräse</h2>
<p>Andrij Kowal, 34, hat in Luzk Baumaschinen repariert und fährt seit dem letzten Winter unsere \
grosse Fräse. Sein Bruder steuert Aufklärungsdrohnen für eine Einheit im Gebiet Kursk. Am Sonntag \
habe ihm der Bruder geschrieben, erzählt Andrij. Auf den Bildern seien [[mehrere Hundert]] \
Nordkoreaner zu sehen gewesen, die in Lastwagen an die Linie vorrückten. Bei einem ersten Angriff \
seien [[mindestens sechs]] von ihnen ums Leben gekommen. «Er schreibt, sie rennen einfach los, \
ohne Deckung», sagt Andrij.</p>
<h2>Eine Rezeptionistin aus Pohang</h2>
<p>Seo Hye-rin, 36, aus Pohang arbeitet an der Rezeption eines Hotels im Dorf und hilft bei uns \
am Samstag beim Schneeschaufeln auf dem Schulhausplatz. Sie rechnet damit, dass Kim bis im \
Frühling [[bis zu 20'000]] Mann nach Russland schickt. «Er verkauft seine Jugend für Öl und \
Devisen», sagt sie.</p>
<h2>Was gemeldet wird</h2>
<p>Ein Sprecher des US-Aussenministeriums sagte vergangene Woche, [[über 11'000]] Nordkoreaner \
seien inzwischen im Gebiet Kursk im Einsatz. Der ukrainische Militärgeheimdienst teilte am Montag \
mit, bei den ersten Gefechten seien [[Dutzende]] von ihnen getötet worden. Nach Einschätzung des \
Geheimdienstes in Seoul könnten im Winter weitere [[1'000 bis 2'000]] folgen. Die Nato geht davon \
aus, dass sich [[rund 11'000]] Nordkoreaner in Russland befinden.</p>
<p>Bitte stellen Sie Ihre Autos bei Schneefall nicht an der Simplonstrasse ab. Pikett-Dienst ab \
5 Uhr morgens.</p>
</main>
<footer>Werkhof Simplon Dorf &middot; 3907 Simplon Dorf &middot; \
werkhof@simplon-dorf.example</footer>
</body>
</html>
""",
    claims=(
        C("mehrere Hundert", None, "vague", "near_front", "other", "sun..pub",
          "a snow-blower driver from Lutsk relaying his brother, a drone operator in the Kursk "
          "region ('Am Sonntag habe ihm der Bruder geschrieben, erzählt Andrij.', Konjunktiv; "
          "the speaker quoted: other): moving up to the line in lorries (from Sunday, 8 "
          "December, to publication)"),
        C("mindestens sechs", 6, "at_least", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried: killed in a first attack ('mindestens' with a "
          "number word)"),
        C("bis zu 20'000", 20000, "at_most", "planned", "other", "pub",
          "a hotel clerk from Pohang, 'Sie rechnet damit' (undated): to be sent by spring "
          "(a forecast of a total: planned)"),
        C("über 11'000", 11000, "at_least", "near_front", "united_states", "lastweek",
          "'Ein Sprecher des US-Aussenministeriums sagte vergangene Woche' (Konjunktiv): "
          "deployed in the Kursk region ('über' as at_least)"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "mon",
          "'Der ukrainische Militärgeheimdienst teilte am Montag mit' (9 December): killed in "
          "the first fights"),
        C("1'000 bis 2'000", None, "range", "planned", "south_korea", "pub",
          "'Nach Einschätzung des Geheimdienstes in Seoul' (undated): 'weitere' could follow in "
          "winter (increment, planned; span without the word)", add=True),
        C("rund 11'000", 11000, "approx", "in_russia", "nato", "pub",
          "'Die Nato geht davon aus' (undated): in Russia"),
    ),
)


S04 = Source(
    article_id="v186_04_fruehlingsbrief_wildhut_zwischbergen",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "Wildhut Zwischbergental – Frühlingsbrief",
        "https://www.wildhut-zwischbergen.example/briefe/fruehling-2025",
        "Frühlingsbrief: Steinböcke, Lawinenkegel und eine Nachricht von der Front",
    ),
    features="a game warden's spring letter from Zwischbergen (Valais, German-speaking) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title without a figure); "
        "Swiss conventions (`ss`, «», `15'000`, `3'000`, `11'000`, `4'000`); ibex and chamois "
        "counts, avalanche cones, a wolf, the hunting quota and a fine in francs first; a "
        "forestry worker from Kolomyia relaying his son, a gunner near Sudzha ('Am Dienstag "
        "habe der Sohn angerufen, erzählt Petro.', Konjunktiv carried) `Hunderte` pushing "
        "through the snow (vague, near the front) and `Vier` taken prisoner (number word, "
        "casualties; both other, from Tuesday to publication); a ski tourer from Gwangju who "
        "'vermutet' `mindestens 15'000` sent (at_least, in Russia, other, `pub`); 'Laut dem "
        "Generalstab in Seoul vom Montag' 'zusätzlich' `rund 3'000` (increment, in Russia); the "
        "Ukrainian army that 'meldete am Mittwoch' `etwa 4'000` dead or wounded; a Pentagon "
        "official who 'sagte gestern' `rund 11'000` in action in Kursk (near the front, `yday`); "
        "animals, avalanche cones, francs, metres, ages, years, a phone number",
    text="""\
Wildhut Zwischbergental
Frühlingsbrief an die Jägerschaft und die Einwohner

Liebe Jägerinnen und Jäger, liebe Zwischberger

Der Winter war lang, aber gnädig. Bei der Zählung Anfang März haben wir im Tal 212 Steinböcke und \
rund 480 Gämsen gesehen, etwas mehr als im Vorjahr. Zwischen Furggu und dem Talboden sind sieben \
grosse Lawinenkegel niedergegangen; auf einem davon lagen drei tote Gämsen. Der Wolf, der im \
Januar auf 1'900 Metern gefilmt wurde, ist seither nicht mehr aufgetaucht. Die Abschussquote für \
die Hochjagd legt der Kanton im Mai fest. Hunde gehören bis Ende Juni an die Leine, sonst kostet \
es 200 Franken Busse.

Petro im Bannwald

Petro Hnatiuk, 49, war in Kolomyja Förster und arbeitet seit zwei Jahren mit der Forstgruppe im \
Bannwald über dem Dorf. Sein Sohn bedient ein Geschütz bei Sudscha. Am Dienstag habe der Sohn \
angerufen, erzählt Petro. In den letzten Tagen seien [[Hunderte]] Nordkoreaner durch den \
tiefen Schnee auf die ukrainischen Stellungen zugelaufen. [[Vier]] von ihnen habe seine Einheit \
gefangen genommen, ganz junge Burschen. «Er sagt, sie haben Angst, aber sie zeigen es nicht», \
erzählt Petro.

Eine Skitourengängerin aus Gwangju

Baek Yu-na, 42, aus Gwangju war im Februar zwei Wochen mit Fellen im Tal unterwegs und hat bei uns \
nach dem Lawinenbulletin gefragt. Sie vermutet, dass Nordkorea seit dem Herbst [[mindestens \
15'000]] Soldaten nach Russland geschickt hat. «Die Eltern erfahren nicht einmal, wohin ihre \
Söhne fahren», sagt sie.

Aus der Zeitung

Laut dem Generalstab in Seoul vom Montag hat der Norden zusätzlich [[rund 3'000]] Mann nach \
Russland gebracht. Die ukrainische Armee meldete am Mittwoch, [[etwa 4'000]] Nordkoreaner seien \
bisher getötet oder verwundet worden. Ein Vertreter des Pentagons sagte gestern, [[rund 11'000]] \
stünden im Gebiet Kursk im Kampf, die meisten an der Grenze zur Ukraine.

Beobachtungen von Wolf und Luchs melden Sie bitte unter 027 979 14 22.

Mit Weidmannsgruss
Ihr Wildhüter
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "tue..pub",
          "a forestry worker from Kolomyia relaying his son, a gunner near Sudzha ('Am Dienstag "
          "habe der Sohn angerufen, erzählt Petro.', Konjunktiv; the speaker quoted: other): "
          "running through deep snow at the Ukrainian positions (from Tuesday, 18 March, to "
          "publication)"),
        C("Vier", 4, "exact", "casualties", "other", "tue..pub",
          "same call, Konjunktiv carried, sentence-initial number word: taken "
          "prisoner"),
        C("mindestens 15'000", 15000, "at_least", "in_russia", "other", "pub",
          "a ski tourer from Gwangju, 'Sie vermutet' (undated): sent to Russia since the autumn "
          "(a total over a period)"),
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'Laut dem Generalstab in Seoul vom Montag' (17 March): 'zusätzlich' brought to "
          "Russia (increment)", add=True),
        C("etwa 4'000", 4000, "approx", "casualties", "ukraine", "wed",
          "'Die ukrainische Armee meldete am Mittwoch' (19 March): killed or wounded"),
        C("rund 11'000", 11000, "approx", "near_front", "united_states", "yday",
          "'Ein Vertreter des Pentagons sagte gestern' (19 March): fighting in the Kursk "
          "region"),
    ),
)


S05 = Source(
    article_id="v186_05_saisonnews_draisinenbahn_sontra_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Draisinenbahn Sontra – Saisonnews",
        "https://www.draisine-sontra.example/news/saisonstart-2025",
        "Saisonnews: Schienen frei, neue Bremsen und ein Cousin bei Sumy",
    ),
    features="a rail-trolley (Draisine) operator's season news from Sontra (Werra-Meißner "
        "district, Hesse) in Markdown, UTF-8 with BOM and CRLF, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure, `„“`; kilometres of track, trolleys, "
        "seats, prices in euros, tunnel metres and the season's bookings first; a mechanic from "
        "Vinnytsia relaying his cousin, a paramedic at the Sumy border ('Am Freitag hat ihm der "
        "Cousin geschrieben, erzählt Ihor.', Konjunktiv carried) `ein paar hundert` building "
        "positions (vague, near the front) and sentence-initial `Acht` killed on mines (number "
        "word, casualties; both other, from Friday to publication); an engineering student from "
        "Changwon who 'geht davon aus' 'weitere' `6.000` this summer (increment, planned, other, "
        "`pub`); a Kremlin spokesman who 'sagte am Montag' `mehrere tausend` took part in the "
        "fighting (russia, vague, near the front); 'Dem Kiewer Generalstab zufolge' `etwa "
        "6.000` dead or wounded (`pub`); the NIS that 'schätzte am Dienstag' `ungefähr 4.700` "
        "losses; 'Washington schätzt … weiterhin auf' `11.000 bis 12.000` (range, `pub`); North "
        "Korean state media's `Dutzende` returnees on Sunday (optional); Russia's losses, "
        "kilometres, trolleys, euros, metres, ages, years, a phone number",
    text="""\
---
title: "Saisonnews Mai"
absender: Draisinenbahn Sontra e. V.
---

# Die Schienen sind frei

Liebe Draisinenfreunde,

seit dem 1. Mai rollen unsere 24 Fahrraddraisinen wieder auf der stillgelegten Strecke von \
Sontra in Richtung Ringgau, 18 Kilometer hin und zurück, durch den 300 Meter langen \
Bergtunnel. Eine Draisine hat vier Sitze; sie kostet für einen halben Tag 49 Euro, für den ganzen \
Tag 79 Euro. Im Winter haben zwölf Ehrenamtliche alle Bremsen erneuert. Für Juni sind schon mehr \
als 600 Fahrten gebucht, vor allem von Schulklassen und Kegelclubs.

## Ihor in der Werkstatt

Ihor Bondar, 38, hat in Winnyzja Straßenbahnen gewartet und schraubt seit dem vorigen Sommer in \
unserer Werkstatt am Bahnhof. Sein Cousin ist Sanitäter an der Grenze bei Sumy. Am Freitag hat ihm \
der Cousin geschrieben, erzählt Ihor. Auf der russischen Seite bauten [[ein paar hundert]] \
Nordkoreaner neue Stellungen im Wald. [[Acht]] von ihnen seien in der Woche zuvor auf Minen \
getreten und gestorben. „Er schreibt, die Russen schicken sie vor, wo es am gefährlichsten ist“, \
sagt Ihor.

## Ein Student aus Changwon

Yoon Seo-jun, 24, studiert Maschinenbau in Changwon und macht bei einem Hersteller in Sontra ein \
Praxissemester; am Wochenende hilft er bei der Fahrkartenausgabe. Er geht davon aus, dass \
Russland in diesem Sommer weitere [[6.000]] Nordkoreaner anfordert. „Moskau braucht Leute, und \
Kim braucht Geld“, sagt er.

## Was berichtet wird

Ein Kremlsprecher sagte am Montag, [[mehrere tausend]] Nordkoreaner hätten an den Kämpfen um \
Kursk teilgenommen. Dem Kiewer Generalstab zufolge sind [[etwa 6.000]] von ihnen getötet oder \
verwundet worden. Der Geheimdienst in Seoul schätzte am Dienstag die Verluste auf [[ungefähr \
4.700]] Mann. Washington schätzt die Zahl der Nordkoreaner in Russland weiterhin auf [[11.000 bis \
12.000]]. Die nordkoreanischen Staatsmedien zeigten am Sonntag eine Feier für [[Dutzende]] \
heimgekehrte Soldaten. Russland selbst hat nach britischen Schätzungen seit Kriegsbeginn fast \
eine Million Mann verloren.

Buchungen unter 05653 4418 oder am Bahnhof Sontra, samstags und sonntags ab 9 Uhr.

Gute Fahrt auf der Schiene!
Ihr Vorstand
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "fri..pub",
          "a mechanic from Vinnytsia relaying his cousin, a paramedic at the Sumy border ('Am "
          "Freitag hat ihm der Cousin geschrieben, erzählt Ihor.', Konjunktiv; the speaker "
          "quoted: other): building new positions in the woods on the Russian side (from "
          "Friday, 9 May, to publication)"),
        C("Acht", 8, "exact", "casualties", "other", "fri..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed on mines 'in "
          "der Woche zuvor' (the period, not the claim date)"),
        C("6.000", 6000, "exact", "planned", "other", "pub",
          "an engineering student from Changwon, 'Er geht davon aus' (undated): 'weitere' that "
          "Russia will ask for this summer (increment, planned; span without the word)",
          add=True),
        C("mehrere tausend", None, "vague", "near_front", "russia", "mon",
          "'Ein Kremlsprecher sagte am Montag' (12 May, Konjunktiv): took part in the fighting "
          "for Kursk (fought: near the front)"),
        C("etwa 6.000", 6000, "approx", "casualties", "ukraine", "pub",
          "'Dem Kiewer Generalstab zufolge' (undated): killed or wounded"),
        C("ungefähr 4.700", 4700, "approx", "casualties", "south_korea", "tue",
          "'Der Geheimdienst in Seoul schätzte am Dienstag' (13 May): the losses"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "pub",
          "'Washington schätzt … weiterhin auf' (undated; 'weiterhin' is not an increment): in "
          "Russia"),
        C("Dutzende", None, "vague", "in_russia", "north_korea", "sun",
          "'Die nordkoreanischen Staatsmedien zeigten am Sonntag' (11 May): a celebration for "
          "returned soldiers (returnees, as in earlier sets: optional)", opt=True),
    ),
)


S06 = Source(
    article_id="v186_06_aktuelles_getraenkemarkt_herleshausen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-10-08"),
    dated_by="sidecar",
    sidecar=(
        "Getränke Wenzel, Herleshausen – Aktuelles",
        "https://www.getraenke-wenzel.example/aktuelles/oktober-2025",
        "Aktuelles: Apfelsaft aus dem Ringgau und ein Anruf von der Grenze",
    ),
    features="a drinks market's news page from Herleshausen (Ringgau, on the Werra) in HTML, "
        "UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a figure), a cookie "
        "banner about the delivery slots, a script with crates and the deposit, navigation, "
        "entities (`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`, `&nbsp;`), a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; litres of apple "
        "juice, crates, the deposit in euros and a delivery radius first; a delivery driver "
        "from Chernivtsi relaying his son, a sapper in the Kharkiv region ('Vergangene Woche "
        "rief der Sohn an, erzählt Wasyl.', Konjunktiv carried) `mehr als hundert` clearing "
        "mines across the border (at_least with a number word, near the front) and `Zwei` "
        "killed (number word, casualties; both other, `lastweek`); a brewing apprentice from "
        "Yeosu who 'hält es für wahrscheinlich' `über 20.000` have been in Russia (at_least, "
        "in Russia, other, `pub`); the NIS's `etwa 2.000` dead 'laut einer Unterrichtung … am "
        "30. September' (an explicit date); North Korean state media by which ('zufolge … am "
        "Samstag') Kim saw off `1.000` sappers (north_korea, planned); the governor of the Kursk "
        "region who 'sagte am Montag' `Hunderte` sappers at work (russia, vague, near the "
        "front); a NATO diplomat who 'sagte am Freitag' `bis zu 5.000` 'weitere' (at_most, "
        "increment, planned); the market's own `gut 15.000` (unattributed, at_least, in Russia, "
        "required); litres, crates, euros, kilometres, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Aktuelles &ndash; Getränke Wenzel Herleshausen</title>
<script>var markt = {kisten: 3200, pfandKiste: 3.1, lieferradiusKm: 25};</script>
</head>
<body>
<div class="cookie-banner">Wir speichern ein Cookie, damit Ihr Lieferfenster erhalten bleibt. \
<a href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/sortiment">Sortiment</a> &middot; <a \
href="/lieferung">Lieferdienst</a> &middot; <a href="/aktuelles">Aktuelles</a></nav>
<main>
<h1>Der neue Apfelsaft ist da</h1>
<p>Die Streuobstwiesen im Ringgau haben in diesem Jahr gut getragen: Die Kelterei in Netra hat \
für uns \
11.000 Liter naturtrüben Apfelsaft gepresst, abgefüllt in Literflaschen zu je 1,89&nbsp;Euro. \
Die Kiste Pfand kostet weiterhin 3,10&nbsp;Euro. Unser Lieferdienst fährt dienstags und freitags \
im Umkreis von 25 Kilometern, ab zwei Kisten ohne Aufpreis. Im Lager stehen derzeit rund 3.200 \
Kisten.</p>
<h2>Wasyl auf Tour</h2>
<p>Wasyl Melnyk, 56, stammt aus Czernowitz und fährt seit drei Jahren unseren Lieferwagen. Sein \
Sohn räumt als Pionier Minen im Gebiet Charkiw. Vergangene Woche rief der Sohn an, erzählt Wasyl. \
Jenseits der Grenze seien [[mehr als hundert]] Nordkoreaner damit beschäftigt, Felder zu \
entminen. [[Zwei]] von ihnen seien dabei vor seinen Augen in die Luft geflogen. &bdquo;Er sagt, \
sie arbeiten mit bloßen Händen und ohne Schutzwesten&ldquo;, erzählt Wasyl.</p>
<h2>Eine Brauerin aus Yeosu</h2>
<p>Lim Ha-neul, 27, aus Yeosu lernt in einer Brauerei an der Werra das Brauhandwerk und holt bei \
uns das Leergut ab. Sie hält es für wahrscheinlich, dass inzwischen [[über 20.000]] Nordkoreaner \
in Russland gewesen sind. &bdquo;Zurück kommen sie als Helden oder gar nicht&ldquo;, sagt sie.</p>
<h2>Aus den Nachrichten</h2>
<p>Laut einer Unterrichtung des Geheimdienstes in Seoul vor Abgeordneten am 30. September sind \
[[etwa 2.000]] nordkoreanische Soldaten gefallen. Den Staatsmedien in Pjöngjang zufolge hat Kim \
am Samstag [[1.000]] Pioniere verabschiedet, die ins Gebiet Kursk aufbrechen sollten. Der \
Gouverneur des Gebiets Kursk sagte am Montag, [[Hunderte]] nordkoreanische Pioniere räumten \
derzeit die Felder. Ein Nato-Diplomat sagte am Freitag, Pjöngjang könnte bis zum Jahresende [[bis \
zu 5.000]] weitere Bausoldaten schicken. Die [[gut 15.000]] jungen Männer, die seit dem vorigen \
Herbst aus dem Norden nach Russland gezogen sind, kennt hier niemand beim Namen.</p>
</main>
<footer>Getränke Wenzel &middot; Bahnhofstraße 7 &middot; 37293 Herleshausen &middot; \
Tel. 05654 9231</footer>
</body>
</html>
""",
    claims=(
        C("mehr als hundert", 100, "at_least", "near_front", "other", "lastweek",
          "a delivery driver from Chernivtsi relaying his son, a sapper in the Kharkiv region "
          "('Vergangene Woche rief der Sohn an, erzählt Wasyl.', Konjunktiv; the speaker quoted: "
          "other): clearing fields across the border (a call dated only by its week: lastweek, "
          "as in corpus_blind169 and corpus_blind182)"),
        C("Zwei", 2, "exact", "casualties", "other", "lastweek",
          "same call, Konjunktiv carried, sentence-initial number word: blown up by mines"),
        C("über 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "a brewing apprentice from Yeosu, 'Sie hält es für wahrscheinlich' (undated): have "
          "been in Russia by now (a total)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-30",
          "'Laut einer Unterrichtung des Geheimdienstes in Seoul vor Abgeordneten am 30. "
          "September' (an explicit date): fallen"),
        C("1.000", 1000, "exact", "planned", "north_korea", "sat",
          "'Den Staatsmedien in Pjöngjang zufolge … am Samstag' (4 October): sappers seen off "
          "who were to leave for the Kursk region (planned)"),
        C("Hunderte", None, "vague", "near_front", "russia", "mon",
          "'Der Gouverneur des Gebiets Kursk sagte am Montag' (6 October, Konjunktiv): sappers "
          "clearing the fields"),
        C("bis zu 5.000", 5000, "at_most", "planned", "nato", "fri",
          "'Ein Nato-Diplomat sagte am Freitag' (3 October): 'weitere' military builders by the "
          "end of the year (increment, planned)", add=True),
        C("gut 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the market's own framing without a source ('Die gut 15.000 jungen Männer, die seit "
          "dem vorigen Herbst … nach Russland gezogen sind'): unattributed, required ('gut' as "
          "at_least)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Pawleys Island, Figure Eight Island, Rodanthe)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v186_07_renourishment_wire_pawleys_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-13"),
    dated_by="dateline",
    features="an agency-style wire report from the beach renourishment at Pawleys Island "
        "(Georgetown County, South Carolina) as plain text, UTF-8, slug line, headline without "
        "a figure, byline and dateline 'PAWLEYS ISLAND, South Carolina, June 13, 2025 (Lowcountry "
        "Wire) —' (Friday), straight quotes and em dashes; cubic yards of sand, miles of beach, "
        "dollars, pipe feet and crew first; a dredge-pipe welder from Odesa relaying his "
        "brother, a medic in the Kursk region ('His brother messaged him on Monday evening, he "
        "said, and wrote that … and that') `a couple of hundred` back in the trenches (vague, "
        "near the front) and `nine` killed by artillery (number word, casualties; both other, "
        "from Monday to publication); a nurse from Ulsan who 'believes' `roughly 15,000` have "
        "gone to Russia (approx, in Russia, other, `pub`); a Russian deputy defense minister who "
        "'said on Tuesday' `6,000` builders and deminers would come (russia, planned, a first "
        "announcement); South Korea's Joint Chiefs who 'said Wednesday' `about 11,000` 'still' "
        "on Russian soil (not an increment); the Pentagon that put losses at `more than 4,000` "
        "'in a briefing "
        "Thursday'; Ukraine's military intelligence chief who 'reckons' 'another' `3,000` "
        "arrived in the spring (increment, in Russia, `pub`); sand, miles, dollars, feet, "
        "crew, ages, a desk phone number",
    text="""\
SOUTH CAROLINA-BEACH/UKRAINE

On a South Carolina beach, a welder from Odesa pumps sand and waits for news from Kursk

By Carla Pressley

PAWLEYS ISLAND, South Carolina, June 13, 2025 (Lowcountry Wire) — A hopper dredge anchored a mile \
offshore has been pumping sand onto this narrow barrier island around the clock since late May, \
part of a $19 million project to rebuild 3.5 miles of beach chewed away by last autumn's storms. \
By the time the work ends in July, contractors expect to have moved about 1.1 million cubic yards \
of sand through a steel pipe that snakes 8,000 feet along the shore.

Among the crew of 40 is Oleksandr Tkach, 36, a pipe welder who worked in the Odesa shipyards \
before the war. His younger brother is a combat medic with a brigade in Russia's Kursk region. His \
brother messaged him on Monday evening, he said, and wrote that [[a couple of hundred]] North \
Korean soldiers had moved back into trenches facing his unit, and that [[nine]] of them had been \
killed by artillery the day before. "He patches up our guys and sometimes theirs," Tkach said \
during a break, his welding mask pushed up on his forehead.

Watching the dredge pipe from the public beach access was Jung Hae-won, 61, a retired nurse from \
Ulsan who has spent her summers on the island since her daughter moved to Myrtle Beach. She \
believes [[roughly 15,000]] North Koreans have gone to Russia so far. "They are sons and \
nephews of \
somebody, not numbers," she said.

A Russian deputy defense minister said on Tuesday that [[6,000]] North Korean builders and \
deminers would come to help restore the Kursk region. South Korea's Joint Chiefs of Staff said \
Wednesday that [[about 11,000]] of Kim's soldiers were still on Russian soil. The Pentagon put \
the North's \
dead and wounded at [[more than 4,000]] in a briefing Thursday. Ukraine's military \
intelligence chief reckons another [[3,000]] arrived during the spring.

Town officials said beach access at the south end will reopen on June 21.

(Reporting by Carla Pressley; editing by Tom Aiken; Lowcountry Wire desk 843-555-0172)
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "mon..pub",
          "a dredge-pipe welder from Odesa relaying his brother, a combat medic in the Kursk "
          "region ('His brother messaged him on Monday evening, he said, and wrote that'; the "
          "speaker quoted: other): moved back into trenches facing his unit (from Monday, 9 "
          "June, to publication)"),
        C("nine", 9, "exact", "casualties", "other", "mon..pub",
          "same message, 'and that': killed by artillery the day before (number word; the day "
          "before is the event, not the claim date)"),
        C("roughly 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a retired nurse from Ulsan, 'She believes' (undated): have gone to Russia so far"),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "'A Russian deputy defense minister said on Tuesday' (10 June): builders and deminers "
          "who would come (planned; a first announcement, not an increment)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'South Korea's Joint Chiefs of Staff said Wednesday' (11 June): 'still' on Russian soil "
          "(not an increment)"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "thu",
          "'The Pentagon put … at … in a briefing Thursday' (12 June): killed and wounded"),
        C("3,000", 3000, "exact", "in_russia", "ukraine", "pub",
          "'Ukraine's military intelligence chief reckons' (undated): 'another' arrived during "
          "the spring (increment; span without the word)", add=True),
    ),
)


S08 = Source(
    article_id="v186_08_letters_waccamaw_neck_ledger_pawleys",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-21"),
    dated_by="sidecar",
    sidecar=(
        "The Waccamaw Neck Ledger, Pawleys Island",
        "https://www.waccamawneckledger.example/opinion/letters-2024-11-21",
        "Letters: golf carts on the causeway, a son in Kursk and a sister-in-law in Incheon",
    ),
    features="a readers' letters page from a Pawleys Island weekly (Waccamaw Neck, South "
        "Carolina) as plain text, windows-1252 (sidecar, Thursday), `’`, `–` and straight "
        "quotes; a letter on golf carts on the causeway without a claim (carts, miles an hour, "
        "a fine in dollars); a restaurant cook from Kharkiv relaying her son, a tank gunner in "
        "the Kursk region ('He called us on Tuesday. He told us that … and that') `thousands` "
        "gathering opposite his brigade (vague, near the front) and `at least a dozen` killed "
        "by mines (at_least 12, casualties; both other, from Tuesday to publication); a reader "
        "relaying her sister-in-law, a pharmacist in Incheon ('She wrote to me last week that "
        "people there expect') `up to 100,000` (at_most, planned, other, `lastweek`); a reader "
        "answering the paper's own story ('Your Nov. 14 story said') `10,000` in Russia "
        "(unattributed, required, that day), the Pentagon that 'said' 'Just this Monday' `about "
        "10,000` moved into the Kursk region (near the front), and NATO's chief who 'said "
        "earlier this month' `over 10,000` sent to eastern Russia (at_least, the 1st to "
        "publication); carts, miles an hour, dollars, ages, years",
    text="""\
LETTERS TO THE EDITOR

Golf carts on the causeway

Every summer evening I count the golf carts crossing the south causeway, and last July I counted \
63 in a single hour. Most of them go well over 25 miles an hour and carry small children without \
seat belts. The county fine is $150, but I have never seen a deputy write one. Somebody is going \
to get hurt before Labor Day comes around again.
– Harold Simmons, Pawleys Island

A son in Kursk

I came to Pawleys Island from Kharkiv two years ago and I cook at a seafood place on the \
highway. My son, 23, is a tank gunner in the Kursk region of Russia, where our army has held a \
piece of land since August. He called us on Tuesday. He told us that [[thousands]] of North \
Korean soldiers were gathering in the villages opposite his brigade, and that [[at least a dozen]] \
had already died on Ukrainian mines. I did not sleep that night. Please do not forget that this \
war is still going on.
– Nataliia Rudenko, Litchfield

My sister-in-law in Incheon

My husband’s sister is a pharmacist in Incheon. She wrote to me last week that people there expect \
Kim Jong Un to send [[up to 100,000]] soldiers to Russia if the war goes on another year. She says \
the young men in the North have no say in any of it.
– Grace Pak Whitfield, Pawleys Island

Counting soldiers

Your Nov. 14 story said [[10,000]] North Korean soldiers had reached Russia. Just this Monday the \
Pentagon said [[about 10,000]] of them had moved into the Kursk region, so they are no longer \
training far away in the east. NATO’s chief said earlier this month that [[over 10,000]] had been \
sent to eastern Russia. I am 78 and served two tours in Korea in the 1960s, and I never thought I \
would read that sentence.
– Walter Oakes, Murrells Inlet

Letters should be no longer than 250 words and must include a name and town.
""",
    claims=(
        C("thousands", None, "vague", "near_front", "other", "tue..pub",
          "a restaurant cook from Kharkiv relaying her son, a tank gunner in the Kursk region "
          "('He called us on Tuesday. He told us that'; the speaker quoted: other): gathering "
          "in the villages opposite his brigade (from Tuesday, 19 November, to publication)"),
        C("at least a dozen", 12, "at_least", "casualties", "other", "tue..pub",
          "same call, 'and that': died on Ukrainian mines ('at least' with 'a dozen': 12, as in "
          "earlier sets)"),
        C("up to 100,000", 100000, "at_most", "planned", "other", "lastweek",
          "a reader relaying her sister-in-law, a pharmacist in Incheon ('She wrote to me last "
          "week that people there expect'): Kim may send if the war goes on (planned)"),
        C("10,000", 10000, "exact", "in_russia", "unattributed", "2024-11-14",
          "the paper's own story cited by a reader ('Your Nov. 14 story said'): reached Russia "
          "(unattributed, required, that day; as 'Your November 28 story' of corpus_blind182)"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'Just this Monday the Pentagon said' (18 November): 'of them' moved into the Kursk "
          "region (a part, not an increment)"),
        C("over 10,000", 10000, "at_least", "in_russia", "nato", "2024-11-01..pub",
          "'NATO's chief said earlier this month' (the 1st to publication): sent to eastern "
          "Russia ('over' as at_least)"),
    ),
)


S09 = Source(
    article_id="v186_09_island_notes_homeowners_figure_eight_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-08-06"),
    dated_by="front_matter",
    features="a homeowners' association's island notes from Figure Eight Island (New Hanover "
        "County, North Carolina) in Markdown, UTF-16 LE with BOM, front matter with `date:` "
        "(Wednesday) and a title without a figure, straight quotes; swing-bridge openings, "
        "homes, gate passes, dues in dollars and turtle nests first; a gatehouse guard from "
        "Dnipro relaying his nephew, a drone operator on the Kursk border ('His nephew texted "
        "him on Saturday, Serhii said:') `some 200` moving along a river (approx, near the "
        "front) and `four` killed by drones (number word, casualties; both other, from Saturday "
        "to publication); a dentist from Daegu who 'expects' `30,000` by the end of the year "
        "(planned, other, `pub`); Ukraine's military intelligence that 'said on Monday' `about "
        "6,000` builders and sappers due to arrive (planned); KCNA that 'reported Friday' a "
        "memorial wall with `hundreds` of names (north_korea, vague, casualties); 'According "
        "to South Korea's spy agency' `roughly 2,000` dead (`pub`); a NATO official who 'put the "
        "number … at' `11,000` 'in a briefing last week' (in Russia); bridge openings, homes, "
        "passes, dollars, nests, ages, years, a phone number",
    text="""\
---
title: "Island Notes, August"
date: 2025-08-06
from: Figure Eight Island Homeowners' Association
---

# Bridge hours, turtle nests and a text from Kursk

The swing bridge opened for boats 212 times in July, a record for one month, and on the busiest \
Saturday cars waited up to 20 minutes at the gate. Please remind your guests that the bridge \
tender opens on the hour and half hour only. Of our 470 homes, 188 were rented at least one week \
this summer, and the gatehouse printed more than 3,000 guest passes. Annual dues stay at $2,850. \
Volunteers have marked 31 loggerhead nests on the ocean side; please keep porch lights off \
after 9 p.m.

## Serhii at the gate

Serhii Lytvyn, 47, ran a security firm in Dnipro and has worked the night shift at our gatehouse \
since spring 2023. His nephew flies reconnaissance drones on the Kursk border. His nephew texted \
him on Saturday, Serhii said: [[some 200]] North Korean soldiers were moving along a river on the \
Russian side, and [[four]] of them had been killed by drones the same morning. "He says they now \
dig in like real soldiers," Serhii said.

## A summer regular from Daegu

Dr. Yoo Ji-won, 55, a dentist from Daegu, has rented the same cottage on the north end for nine \
summers. She expects the North to have [[30,000]] men in Russia by the end of the year. "In the \
South we watch it and feel helpless," she said.

## Beyond the bridge

Ukraine's military intelligence said on Monday that [[about 6,000]] North Korean builders and \
sappers were due to arrive in the Kursk region before autumn. KCNA reported Friday that Kim had \
laid flowers at a new memorial wall bearing the names of [[hundreds]] of soldiers killed in \
Russia. \
According to South Korea's spy agency, [[roughly 2,000]] North Koreans have died in the fighting. \
A NATO official in Brussels put the number still in Russia at [[11,000]] in a briefing last week.

Questions about passes or the bridge schedule: call the office at 910-555-0148.
""",
    claims=(
        C("some 200", 200, "approx", "near_front", "other", "sat..pub",
          "a gatehouse guard from Dnipro relaying his nephew, a drone operator on the Kursk "
          "border ('His nephew texted him on Saturday, Serhii said:'; the speaker quoted: "
          "other): moving along a river on the Russian side (from Saturday, 2 August, to "
          "publication)"),
        C("four", 4, "exact", "casualties", "other", "sat..pub",
          "same message, 'and': killed by drones the same morning (number word)"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a dentist from Daegu, 'She expects … to have' (undated): in Russia by the end of the "
          "year (a forecast of a total: planned)"),
        C("about 6,000", 6000, "approx", "planned", "ukraine", "mon",
          "'Ukraine's military intelligence said on Monday' (4 August): builders and sappers "
          "due to arrive before autumn (planned)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "fri",
          "'KCNA reported Friday' (1 August): the names on a memorial wall of soldiers killed in "
          "Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "pub",
          "'According to South Korea's spy agency' (undated): have died"),
        C("11,000", 11000, "exact", "in_russia", "nato", "lastweek",
          "'A NATO official in Brussels put the number … at … in a briefing last week': 'still' "
          "in Russia (not an increment)"),
    ),
)


S10 = Source(
    article_id="v186_10_beach_service_umbrellas_figure_eight_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-17"),
    dated_by="html_meta",
    features="a beach umbrella and chair rental's news page from Figure Eight Island (North "
        "Carolina) in HTML, UTF-8 with BOM, `<meta name=\"date\">` (Thursday) and an `og:title` "
        "without a figure, a cookie note about the booking cart, a script with umbrellas, chairs "
        "and a day rate, navigation, entities (`&ndash;`, `&ldquo;`, `&rdquo;`, `&middot;`, "
        "`&amp;`), a footer with a phone number; `<title>` and headline without a figure; "
        "umbrellas, chairs, dollars, staff and the opening day first; a seasonal worker from "
        "Kherson relaying his father, a volunteer driver near Sumy ('His father called late on "
        "Tuesday, Artem said, and told him … and that') `fifty or sixty` crossing a field "
        "(range with number words, near the front) and `six` wounded and left behind (number "
        "word, casualties; both other, from Tuesday to publication); a software tester from "
        "Jeonju who 'figures' `more than 14,000` sent (at_least, in Russia, other, `pub`); the "
        "State Department that 'said Monday' `close to 4,000` killed or wounded; South Korea's "
        "military that 'said on Wednesday' `3,000` 'additional' troops in January and February "
        "(increment, in Russia); NATO's secretary general who 'said last week he believed' "
        "`several thousand` back at the front (vague, near the front); umbrellas, chairs, "
        "dollars, staff, ages, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-04-17">
<meta property="og:title" content="Umbrellas go up on Saturday">
<title>News &ndash; Figure Eight Beach Service</title>
<script>var stock = {umbrellas: 140, chairs: 300, dayRate: 45};</script>
</head>
<body>
<div class="cookie-note">We use one cookie to keep your booking cart. <a href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/book">Book</a> &middot; <a href="/news">News</a> \
&middot; <a href="/faq">FAQ</a></nav>
<main>
<h1>Umbrellas go up on Saturday</h1>
<p>Our season starts this Saturday, April 19. Every morning at 8 the crew sets out 140 umbrellas \
and 300 chairs along the ocean side; a set of two chairs and one umbrella costs $45 a day or $240 \
a week. This year we have 11 staff, most of them students from the university in town, and a new \
beach cart that climbs the dunes without getting stuck.</p>
<h2>Artem from Kherson</h2>
<p>Artem Shevchuk, 22, from Kherson studies marine biology and has set up umbrellas with us for \
two seasons. His father drives supplies as a volunteer near Sumy. His father called late on \
Tuesday, Artem said, and told him [[fifty or sixty]] North Korean soldiers had crossed a field \
near the border in daylight, and that [[six]] of them had been wounded and left behind. &ldquo;Dad \
says nobody came back for them,&rdquo; Artem said.</p>
<h2>A regular from Jeonju</h2>
<p>Lee Dong-hyun, 41, a software tester from Jeonju who works remotely from a rental on the \
island each spring, was our first customer last year. He figures [[more than 14,000]] North \
Koreans have been sent to Russia. &ldquo;Every one of them has a mother waiting,&rdquo; he said.</p>
<h2>News from far away</h2>
<p>The State Department said Monday that [[close to 4,000]] North Korean soldiers had been killed \
or wounded. South Korea&rsquo;s military said on Wednesday that [[3,000]] additional troops had \
been sent to Russia in January and February. NATO&rsquo;s secretary general said last week he \
believed [[several thousand]] were back at the front in the Kursk region.</p>
</main>
<footer>Figure Eight Beach Service &amp; Rentals &middot; 910-555-0163</footer>
</body>
</html>
""",
    claims=(
        C("fifty or sixty", None, "range", "near_front", "other", "tue..pub",
          "a seasonal worker from Kherson relaying his father, a volunteer driver near Sumy "
          "('His father called late on Tuesday, Artem said, and told him'; the speaker quoted: "
          "other): crossed a field near the border (two number words: range; from Tuesday, 15 "
          "April, to publication)"),
        C("six", 6, "exact", "casualties", "other", "tue..pub",
          "same call, 'and that': wounded and left behind (number word)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "other", "pub",
          "a software tester from Jeonju, 'He figures' (undated): sent to Russia"),
        C("close to 4,000", 4000, "approx", "casualties", "united_states", "mon",
          "'The State Department said Monday' (14 April): killed or wounded ('close to' as "
          "approx)"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed",
          "'South Korea's military said on Wednesday' (16 April): 'additional' troops sent in "
          "January and February (increment; the months are the period)", add=True),
        C("several thousand", None, "vague", "near_front", "nato", "lastweek",
          "'NATO's secretary general said last week he believed': back at the front in the "
          "Kursk region"),
    ),
)


S11 = Source(
    article_id="v186_11_shop_notes_surf_shop_rodanthe_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-09-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Rodanthe Surf Shack – Shop Notes",
        "https://www.rodanthesurfshack.example/notes/2025-09",
        "Shop Notes: hurricane swell, a flooded highway and a friend on the Sumy border",
    ),
    features="a surf shop's notes from Rodanthe (Hatteras Island, North Carolina) in Markdown, "
        "ISO-8859-1 with CRLF and straight quotes only, front matter with `date:` as well as "
        "the sidecar (Wednesday) and titles without a claim figure; wave heights in feet, "
        "lessons, boards, dollars, highway closures and the water temperature first; a board "
        "repairman from Zaporizhzhia relaying his friend, an artillery spotter on the Sumy "
        "border ('His friend called on Thursday, Maksym said. He told him that … and that') "
        "`two dozen` in a village (number words 24, exact, near the front) and `half a dozen` "
        "killed (6, exact, casualties; both other, from Thursday to publication); a surf "
        "instructor from Jeju who 'thinks' 'another' `5,000` will be sent (increment, planned, "
        "other, `pub`); KCNA that 'said on Sunday' a cemetery for `several hundred` fallen "
        "(north_korea, vague, casualties); Seoul's spy agency that 'told lawmakers Tuesday' "
        "`about 6,000` engineers and builders had arrived (in Russia); a Ukrainian military "
        "spokesman who 'said Friday' `up to 10,000` near the Sumy and Kursk borders (at_most, "
        "near the front); a Russian deputy defense minister who 'said last week' `1,000` "
        "deminers clearing the Kursk region (russia, near the front); feet, lessons, boards, "
        "dollars, degrees, ages, years, a phone number",
    text="""\
---
title: "Shop Notes, September"
date: 2025-09-10
from: Rodanthe Surf Shack
---

# Swell, sand on the highway and a call from the front

The hurricane passed far offshore but sent us eight days of clean swell, with sets of 6 to 8 \
feet at the pier on the best mornings. We ran 86 lessons in August, rented out every one of our \
40 soft-tops on Labor Day weekend and sold more wax than in any month since we opened in 2011. \
Highway 12 north of the village was closed three times for overwash, so call ahead before you \
drive down. Lessons are still $65 for two hours, and the water is holding at 79 degrees.

## Maksym at the repair bench

Maksym Hrytsenko, 30, fixed yachts in Zaporizhzhia before the war and now repairs our boards in \
the back room. His best friend from school is an artillery spotter on the Sumy border. His friend \
called on Thursday, Maksym said. He told him that [[two dozen]] North Koreans had occupied a \
village across the border, and that [[half a dozen]] of them had been killed when Ukrainian guns \
hit a house there. "He says they are better now than in winter, and that is bad news," Maksym said.

## Eun-bi from Jeju

Ko Eun-bi, 26, grew up surfing the reef breaks on Jeju and teaches our kids' camp. She thinks \
another [[5,000]] North Koreans will be sent before the end of the year. "The mothers in the North \
cannot even ask where their sons are," she said.

## The bigger picture

KCNA said on Sunday that a new cemetery outside Pyongyang would hold the remains of [[several \
hundred]] soldiers who fell in Russia. Seoul's spy agency told lawmakers Tuesday that [[about \
6,000]] North Korean engineers and builders had arrived in Russia since the summer. A Ukrainian \
military spokesman said Friday that [[up to 10,000]] North Korean troops were stationed near the \
Sumy and Kursk borders. A Russian deputy defense minister said last week that [[1,000]] North \
Korean deminers were clearing the Kursk region.

Shop hours through October: 8 a.m. to 6 p.m. daily. Call 252-555-0119 for lessons.
""",
    claims=(
        C("two dozen", 24, "exact", "near_front", "other", "thu..pub",
          "a board repairman from Zaporizhzhia relaying his friend, an artillery spotter on the "
          "Sumy border ('His friend called on Thursday, Maksym said. He told him that'; the "
          "speaker quoted: other): occupied a village across the border (number words 24, "
          "exact, as in earlier sets; from Thursday, 4 September, to publication)"),
        C("half a dozen", 6, "exact", "casualties", "other", "thu..pub",
          "same call, 'and that': killed when Ukrainian guns hit a house (6, exact, as in "
          "earlier sets)"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "a surf instructor from Jeju, 'She thinks' (undated): 'another' to be sent before the "
          "end of the year (increment, planned; span without the word)", add=True),
        C("several hundred", None, "vague", "casualties", "north_korea", "sun",
          "'KCNA said on Sunday' (7 September): soldiers who fell in Russia, to be buried in a "
          "new cemetery"),
        C("about 6,000", 6000, "approx", "in_russia", "south_korea", "tue",
          "'Seoul's spy agency told lawmakers Tuesday' (9 September): engineers and builders "
          "arrived in Russia since the summer"),
        C("up to 10,000", 10000, "at_most", "near_front", "ukraine", "fri",
          "'A Ukrainian military spokesman said Friday' (5 September): stationed near the Sumy "
          "and Kursk borders"),
        C("1,000", 1000, "exact", "near_front", "russia", "lastweek",
          "'A Russian deputy defense minister said last week': deminers clearing the Kursk "
          "region"),
    ),
)


S12 = Source(
    article_id="v186_12_job_news_house_movers_rodanthe_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Outer Dunes House Moving, Rodanthe – Job News",
        "https://www.outerduneshousemoving.example/news/2025-11",
        "Job News: seven houses moved back from the surf and word from the Sumy border",
    ),
    features="a house-moving contractor's news page from Rodanthe (Hatteras Island, North "
        "Carolina) in HTML, windows-1252 with raw `“”`, `’` and `·`, no meta date (sidecar, "
        "Wednesday; the sidecar title counts houses, not troops), a cookie bar about the quote "
        "form, a script with houses, feet and a crew, navigation, a footer with a phone number; "
        "`<title>` and headline without a claim figure; houses moved, feet, tons, dollars and "
        "pilings first; a jack operator from Bila Tserkva relaying his father-in-law, a "
        "territorial defence volunteer near Sumy ('His father-in-law reached him on Sunday, "
        "Bohdan said, and told him … and that') `a few hundred` digging in (vague, near the "
        "front) and `seven` killed (number word, casualties; both other, from Sunday to "
        "publication); an architect from Gyeongju who 'puts the total at' `between 15,000 and "
        "20,000` (range, in Russia, other, `pub`); the NIS that 'said on Monday' `around 10,000` "
        "'remained' in the Kursk region (near the front); the Pentagon that 'said last week it "
        "expected' `as many as 5,000` 'more' (at_most, increment, planned); a NATO spokeswoman "
        "who 'said Thursday' `at least 2,000` dead; the contractor's own `Thousands` at the "
        "front (unattributed, vague, required); North Korean television's `dozens` returnees on "
        "Sunday (optional); houses, feet, tons, dollars, pilings, ages, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Job News – Outer Dunes House Moving</title>
<script>var season = {houses: 7, feetMoved: 1900, crew: 9};</script>
</head>
<body>
<div id="cookie-bar">We use a cookie so the quote form remembers your address. <a \
href="#">Accept</a></div>
<nav><a href="/">Home</a> · <a href="/services">Services</a> · <a href="/quote">Free quote</a> · \
<a href="/news">Job News</a></nav>
<main>
<h1>Seven houses safe for another winter</h1>
<p>This year our crew of nine lifted and rolled seven oceanfront houses back from the surf in \
Rodanthe, a total of about 1,900 feet. The heaviest, a two-story cottage built in 1978, weighed \
close to 90 tons and went 320 feet west onto new pilings. A typical move costs owners between \
$150,000 and $250,000, less than rebuilding and far less than losing the house to the ocean. \
Each new foundation stands on 40 treated pilings driven 16 feet into the sand.</p>
<h2>Bohdan on the jacks</h2>
<p>Bohdan Kravets, 33, ran hydraulic equipment on building sites in Bila Tserkva and now works \
the jacks under every house we move. His father-in-law is a territorial defense volunteer near \
Sumy. His father-in-law reached him on Sunday, Bohdan said, and told him [[a few hundred]] North \
Korean soldiers were digging in along the border opposite his village, and that [[seven]] of \
them had been killed when they walked into a minefield. “He is 61 and he still stands guard every \
night,” Bohdan said.</p>
<h2>An architect from Gyeongju</h2>
<p>Jang Min-ji, 38, an architect from Gyeongju who designs the new foundations for us, follows \
the news from home closely. She puts the total sent to Russia at [[between 15,000 and 20,000]]. \
“We will learn the real number only when the regime falls,” she said.</p>
<h2>Elsewhere</h2>
<p>South Korea’s spy agency said on Monday that [[around 10,000]] North Korean troops remained in \
the Kursk region. The Pentagon said last week it expected Pyongyang to send [[as many as 5,000]] \
more over the winter. A NATO spokeswoman said Thursday that [[at least 2,000]] North Koreans had \
died. [[Thousands]] of young North Koreans spend this winter in trenches at the front, much \
farther from home than our houses ever move. North Korean television on Sunday showed Kim \
greeting [[dozens]] of soldiers back from Russia.</p>
</main>
<footer>Outer Dunes House Moving · Rodanthe, NC · 252-555-0184</footer>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a jack operator from Bila Tserkva relaying his father-in-law, a territorial defence "
          "volunteer near Sumy ('His father-in-law reached him on Sunday, Bohdan said, and told "
          "him'; the speaker quoted: other): digging in along the border (from Sunday, 9 "
          "November, to publication)"),
        C("seven", 7, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': killed in a minefield (number word)"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "other", "pub",
          "an architect from Gyeongju, 'She puts the total sent to Russia at' (undated)"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "mon",
          "'South Korea's spy agency said on Monday' (10 November): 'remained' in the Kursk "
          "region (not an increment)"),
        C("as many as 5,000", 5000, "at_most", "planned", "united_states", "lastweek",
          "'The Pentagon said last week it expected': 'more' over the winter (increment, "
          "planned; 'as many as' as at_most)", add=True),
        C("at least 2,000", 2000, "at_least", "casualties", "nato", "thu",
          "'A NATO spokeswoman said Thursday' (6 November): had died"),
        C("Thousands", None, "vague", "near_front", "unattributed", "pub",
          "the contractor's own framing without a source ('Thousands of young North Koreans "
          "spend this winter in trenches at the front'): unattributed, required"),
        C("dozens", None, "vague", "in_russia", "north_korea", "sun",
          "'North Korean television on Sunday showed' (9 November): soldiers back from Russia "
          "greeted by Kim (returnees, as in earlier sets: optional)", opt=True),
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
