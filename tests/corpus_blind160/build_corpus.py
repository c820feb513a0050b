"""Build the HUNDRED-AND-SIXTIETH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-second corpus, for an honest measurement on articles the extractor has
never met, written in session 18 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
ski museum association's letter from Lilienfeld in the Traisental (Austrian conventions) with a
ski instructor from Vorokhta and a restorer from Pyeongchang, a hammered dulcimer school's
circular from Wilhelmsburg in the Traisental (Austrian conventions) with a tsymbaly teacher from
Uzhhorod and a yanggeum player from Jeonju, a lighthouse association's letter from Dorum-Neufeld
in the Land Wursten with a harbour clerk from Izmail and a shipbuilder from Geoje, a beach
sauna's guest letter from Wremen in the Land Wursten with a sauna master from Kremenchuk and a
midwife from Daegu, an excursion boat company's customer letter from Joachimsthal on the
Werbellinsee in the Schorfheide with a boatman from Nikopol and a retired ferry captain from
Yeosu, and the annual letter of a dog sports club from Schöftland in the Suhrental (Swiss
conventions) with a dog handler from Chernivtsi and a vet from Suwon; an agency-style wire report
from the crab festival at Crystal Beach on the Bolivar Peninsula with a welder from Kryvyi Rih
and a process engineer from Gwangju, the bulletin of a junior basketball tournament in Alert Bay
on Cormorant Island with a coach from Lutsk and a nurse from Incheon, the programme notes of a
chamber music festival on Amelia Island with a violist from Lviv and a cellist from Daejeon, a
readers' letters page from a Fernandina Beach weekly with letters quoting a nephew and an old
friend in Seoul, the boardwalk notes of the friends of the Alert Bay ecopark with a forester from
Zhytomyr and a marine biologist from Tongyeong, and the ride log of a beach trail-ride stable at
Gilchrist on the Bolivar Peninsula with a trail guide from Kropyvnytskyi and a retired clerk from
Gimhae. Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled,
in order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding,
checks, CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind160_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Traisental, Land Wursten, Schorfheide, Suhrental)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="k160_01_museumsbrief_skimuseum_lilienfeld_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-24"),
    dated_by="html_meta",
    features="a ski museum association's letter from Lilienfeld in the Traisental (Lower "
        "Austria) in HTML, UTF-8, `article:published_time` +01:00 (Friday), a cookie note about "
        "the photo gallery, a page script, navigation, entities (`&middot;`), a footer with a "
        "postcode and a phone number; Austrian conventions (`Jänner`, `heuer`, `Kassa`); "
        "`<title>` and headline without a claim figure (the headline's `120 Jahre`); the first "
        "slalom's anniversary, a summit's metres, visitors and a showcase's euros first; a ski "
        "instructor from Vorokhta relaying his son in the Kursk region ('Am Mittwoch habe der "
        "Sohn angerufen und erzählt …, berichtet Roman') `rund 150` attacking and, Konjunktiv "
        "carried, `Mehr als hundert` left lying in the snow (at_least with a number word, "
        "casualties; both other, from Wednesday to publication); a restorer from Pyeongchang "
        "'hält es für sicher' `Zehntausende` 'weitere' this year (vague, increment, planned, "
        "other, `pub`); the NIS 'hat am Montag vor Abgeordneten … beziffert' `rund 300` dead and "
        "`2.700` wounded; 'Mitte Jänner zeigte Kiew Videos von' `zwei` captured (ukraine, days "
        "11-20); 'Nach Einschätzung des Pentagons' `etwa 11.000` in Kursk (`pub`); Russia's "
        "losses a day, years, metres, visitors, euros, ages, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<title>Museumsbrief Jänner 2025 | Freundeskreis Zdarsky-Skimuseum Lilienfeld</title>
<meta property="article:published_time" content="2025-01-24T09:15:00+01:00">
<script>window.museum = {oeffnung: "Sa-So", eintritt: 6, saal: 3};</script>
</head>
<body>
<div class="cookie-hinweis">Wir speichern ein Cookie, damit die Bildergalerie weiß, bei welchem \
Foto Sie stehen geblieben sind. <a href="#">Passt</a></div>
<nav><a href="/">Museum</a> &middot; <a href="/zdarsky">Mathias Zdarsky</a> &middot; <a \
href="/besuch">Besuch</a> &middot; <a href="/museumsbrief">Museumsbrief</a></nav>
<main>
<h1>120 Jahre Torlauf am Muckenkogel, und zwei neue Gesichter im Freundeskreis</h1>
<p>Liebe Freundinnen und Freunde des Skimuseums,</p>
<p>heuer jährt sich zum 120. Mal der erste Torlauf der Skigeschichte, den Mathias Zdarsky im März \
1905 am Muckenkogel ausstecken ließ. Wir feiern das am 16. März mit einem Nostalgierennen auf \
Holzlatten, Start auf 1.248 Metern. Im abgelaufenen Jahr kamen 3.840 Besucherinnen und Besucher \
ins Museum, um 410 mehr als 2023, und die neue Vitrine für die Lilienfelder Stahlsohlenbindung \
hat 2.200 Euro gekostet, die Hälfte davon hat die Sparkasse übernommen.</p>
<h2>Ein Skilehrer aus Worochta</h2>
<p>Seit Oktober hilft Roman Dschus, 52, samstags an der Kassa. Drei Jahrzehnte lang hat er in \
Worochta in den Karpaten Kindern das Skifahren beigebracht, bei uns repariert er alte Bindungen. \
Sein Sohn dient in einer Sturmbrigade im Gebiet Kursk. Am Mittwoch habe der Sohn angerufen und \
erzählt, seine Kompanie habe einen Angriff von [[rund 150]] Nordkoreanern abgewehrt, berichtet \
Roman. [[Mehr als hundert]] von ihnen seien im Schnee liegen geblieben. „Sie laufen in Reihen \
über das offene Feld, wie vor achtzig Jahren“, habe der Sohn gesagt.</p>
<h2>Eine Restauratorin aus Pyeongchang</h2>
<p>Park Ji-hye, 36, stammt aus Pyeongchang, wo 2018 die Winterspiele stattfanden, und richtet \
für uns ehrenamtlich Lederschuhe aus den Dreißigerjahren her. Sie hält es für sicher, dass Kim \
heuer [[Zehntausende]] weitere Soldaten nach Russland schicken wird. „Für das Regime ist das ein \
Geschäft, kein Opfer“, sagt sie.</p>
<h2>Was uns an der Museumskassa an Nachrichten erreicht</h2>
<p>Der südkoreanische Nachrichtendienst NIS hat am Montag vor Abgeordneten in Seoul die \
nordkoreanischen Verluste auf [[rund 300]] Tote und [[2.700]] Verwundete beziffert. Mitte Jänner \
zeigte Kiew Videos von [[zwei]] gefangenen Nordkoreanern, die in einem Lazarett befragt wurden. \
Nach Einschätzung des Pentagons stehen derzeit [[etwa 11.000]] Soldaten aus dem Norden im Gebiet \
Kursk. Die ukrainische Armee meldet, Russland verliere täglich mehr als 1.500 Mann.</p>
<h2>Termine</h2>
<ul><li>Jahreshauptversammlung am 8. Februar, 15 Uhr, Gasthof am Stiftsplatz</li><li>\
Nostalgierennen am 16. März, Nenngeld 12 Euro, Holzski werden gestellt</li><li>Museum geöffnet \
Samstag und Sonntag 10 bis 16 Uhr, Eintritt 6 Euro</li></ul>
</main>
<footer>Freundeskreis Zdarsky-Skimuseum &middot; Babenbergerstraße 3 &middot; 3180 Lilienfeld \
&middot; Tel. 02762 52 19 47 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/galerie.js"></script>
</body>
</html>
""",
    claims=(
        C("rund 150", 150, "approx", "near_front", "other", "wed..pub",
          "a ski instructor from Vorokhta relaying his son in an assault brigade in the Kursk "
          "region ('Am Mittwoch habe der Sohn angerufen und erzählt …, berichtet Roman', "
          "Konjunktiv; the speaker quoted: other): an attack beaten off (from Wednesday, 22 "
          "January, to publication)"),
        C("Mehr als hundert", 100, "at_least", "casualties", "other", "wed..pub",
          "same call, Konjunktiv carried into the next sentence ('seien im Schnee liegen "
          "geblieben'): left lying dead (number word, 100; 'Mehr als' as at_least)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a restorer from Pyeongchang, 'Sie hält es für sicher' (undated): Kim will send "
          "'weitere' this year (vague, increment, planned)", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'hat am Montag vor Abgeordneten in Seoul … beziffert' (20 January): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same statement: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "'Mitte Jänner zeigte Kiew Videos von' (days 11-20; 'Kiew' as the claimant): captured "
          "(number word)"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "pub",
          "'Nach Einschätzung des Pentagons' (undated): in the Kursk region"),
    ),
)

S02 = Source(
    article_id="k160_02_rundbrief_hackbrett_wilhelmsburg",
    language="de", fmt="txt", encoding="latin-1", published=day("2024-11-21"),
    dated_by="dateline",
    features="a hammered dulcimer school's circular from Wilhelmsburg in the Traisental (Lower "
        "Austria) as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by "
        "the place line 'Wilhelmsburg an der Traisen, am 21. November 2024' (Thursday); Austrian "
        "conventions (`Jänner`, `heuer`); the autumn concert's guests, players, string courses "
        "and euros first; a tsymbaly teacher from Uzhhorod relaying her husband, a tank driver "
        "in the Kursk region ('Vergangenes Wochenende habe er ihr geschrieben …, erzählt "
        "Natalija') `ein paar tausend` in front of his sector (other, from Saturday to "
        "publication); a yanggeum player from Jeonju 'schätzt' `an die 25.000` in Russia by "
        "spring (approx, planned, other, `pub`); 'Aus dem US-Verteidigungsministerium hieß es am "
        "Montag' `mehr als 11.000` in Russia and `rund 10.000` of them already in Kursk (a "
        "breakdown, no increment); Seoul's defence ministry 'teilte am Dienstag mit' 'weitere' "
        "`3.000` shipped to Vladivostok (increment, in Russia, span without the word); Kyiv's "
        "military intelligence 'warnte vergangene Woche' `bis zu 100.000` could be made "
        "available (at_most, planned, no increment); a NATO spokesman 'hatte Anfang November "
        "bestätigt' `mehrere tausend` moved to Kursk (days 1-10); square kilometres held, "
        "guests, players, ages, euros, minutes, dates, a postcode, a phone number",
    text="""\
Hackbrettschule Traisental - Rundbrief 4/2024

Wilhelmsburg an der Traisen, am 21. November 2024

Liebe Schülerinnen und Schüler, liebe Eltern,

unser Herbstkonzert im Pfarrsaal war ausverkauft: 140 Gäste, 23 Spielerinnen und Spieler \
zwischen 7 und 71 Jahren und ein neues Hackbrett mit 25 Saitenchören, gebaut von Tischlermeister \
Alois Hofegger aus Traisen. Der Reinerlös von 1.960 Euro kommt den Leihinstrumenten zugute. Heuer \
haben so viele Erwachsene wie nie angefragt, darum gibt es ab Jänner einen Abendkurs, zehn Abende \
zu je 90 Minuten um 85 Euro.

Zymbaly aus Uschhorod

Seit September unterrichtet Natalija Hutsal, 44, bei uns. An der Musikfachschule in Uschhorod \
hat sie zwanzig Jahre lang Zymbaly gelehrt, das ukrainische Hackbrett, das mit Filzschlegeln \
gespielt wird. Ihr Mann ist Panzerfahrer und steht seit dem Sommer im Gebiet Kursk. Vergangenes \
Wochenende habe er ihr geschrieben, vor seinem Abschnitt seien [[ein paar tausend]] Nordkoreaner \
aufgetaucht, erzählt Natalija. Die Russen schickten sie zuerst nach vorne, habe er gemeint.

Ein Yanggeum aus Jeonju

Hwang Seo-yeon, 29, studiert in Wien Musikwissenschaft und hat uns im Oktober ihr Yanggeum \
vorgeführt, das koreanische Hackbrett mit Metallsaiten. Sie schätzt, dass bis zum Frühjahr [[an \
die 25.000]] Nordkoreaner in Russland sein werden. "Die Familien daheim erfahren gar nichts", \
sagt sie.

Aus den Nachrichten

Aus dem US-Verteidigungsministerium hieß es am Montag, von den [[mehr als 11.000]] Nordkoreanern \
in Russland stünden [[rund 10.000]] bereits im Gebiet Kursk. Das Verteidigungsministerium in \
Seoul teilte am Dienstag mit, weitere [[3.000]] Mann seien per Schiff nach Wladiwostok gebracht \
worden. Der ukrainische Militärgeheimdienst warnte vergangene Woche, Pjöngjang könne [[bis zu \
100.000]] Soldaten bereitstellen. Ein Nato-Sprecher hatte Anfang November bestätigt, dass \
[[mehrere tausend]] Nordkoreaner ins Gebiet Kursk verlegt worden seien. Die Ukraine hält dort \
seit August rund 1.000 Quadratkilometer.

Termine

- Adventkonzert am 15. Dezember, 16 Uhr, Pfarrkirche Wilhelmsburg
- Schnupperstunde für Kinder jeden Freitag um 15 Uhr, kostenlos
- Hackbrettschule Traisental, Obere Hauptstraße 21, 3150 Wilhelmsburg, Telefon 02746 38 17 55
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "sat..pub",
          "a tsymbaly teacher from Uzhhorod relaying her husband, a tank driver in the Kursk "
          "region ('Vergangenes Wochenende habe er ihr geschrieben …, erzählt Natalija', "
          "Konjunktiv; the speaker quoted: other): turned up in front of his sector (from "
          "Saturday, 16 November, to publication)"),
        C("an die 25.000", 25000, "approx", "planned", "other", "pub",
          "a yanggeum player from Jeonju, 'Sie schätzt' (undated): in Russia by spring (a "
          "forecast: planned; 'an die' as approx)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "mon",
          "'Aus dem US-Verteidigungsministerium hieß es am Montag' (18 November): in Russia"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "same statement: of those, already in the Kursk region (a breakdown, not an "
          "increment)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "tue",
          "Seoul's defence ministry 'teilte am Dienstag mit' (19 November): 'weitere' before the "
          "figure, shipped to Vladivostok (increment, in Russia; span without the word)",
          add=True),
        C("bis zu 100.000", 100000, "at_most", "planned", "ukraine", "lastweek",
          "Kyiv's military intelligence 'warnte vergangene Woche': Pyongyang could make them "
          "available (planned; no 'weitere': not an increment)"),
        C("mehrere tausend", None, "vague", "near_front", "nato", "2024-11-01..2024-11-10",
          "a NATO spokesman 'hatte Anfang November bestätigt' (days 1-10): moved to the Kursk "
          "region"),
    ),
)

S03 = Source(
    article_id="k160_03_leuchtturmbrief_dorum_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-04-17"),
    dated_by="sidecar",
    sidecar=(
        "Förderverein Leuchtturm Obereversand – Leuchtturmbrief",
        "https://www.leuchtturm-obereversand.example/brief/fruehjahr-2025",
        "Leuchtturmbrief: neue Treppe, Trauungen im Turm und eine Kartenverkäuferin aus Ismajil",
    ),
    features="a lighthouse association's letter from Dorum-Neufeld in the Land Wursten (Lower "
        "Saxony coast) in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, "
        "Thursday) and a title without a figure; steps, guests, weddings and the new stair's "
        "euros first; a harbour clerk from Izmail relaying her brother, a drone crew member in "
        "the Sumy region ('Am Sonntag hat er ihr gesagt …, erzählt Olha') `einige hundert` "
        "settling in on the Russian side (other, from Sunday to publication); a shipbuilder from "
        "Geoje 'schätzt' `knapp 15.000` sent so far (approx, in Russia, other, `pub`); 'Nach "
        "Angaben des südkoreanischen Generalstabs von Anfang April' 'weitere' `3.000` brought "
        "to Russia (increment, span without the word, days 1-10) and ('gab der Generalstab … an') "
        "`rund 5.000` dead and wounded; Zelensky 'sagte am Dienstag' `rund 3.000` still in Kursk; "
        "Russia's chief of staff 'lobte vergangene Woche' the `Tausenden` who helped retake Kursk "
        "(russia, vague, near the front); 'Laut US-Außenministerium' `bis zu 2.000` wounded flown "
        "home (at_most, casualties, `pub`); Russia's losses a day, steps, guests, weddings, euros, "
        "ages, years, opening hours, a phone number",
    text="""\
---
title: Leuchtturmbrief Frühjahr 2025
verein: Förderverein Leuchtturm Obereversand, Dorum-Neufeld
---

# Leuchtturmbrief Frühjahr 2025

Moin zusammen,

der rote Turm im Kutterhafen hat den Winter gut überstanden. Seit März führen wir wieder hinauf, \
26 Stufen bis in die Laterne, höchstens acht Gäste auf einmal. Im vergangenen Jahr haben sich 31 \
Paare bei uns trauen lassen, und die neue Treppe hat 14.500 Euro gekostet, ein Drittel davon aus \
Spenden.

## Aus Ismajil an die Wurster Küste

Olha Martschenko, 49, war im Donauhafen von Ismajil Lotsenschreiberin und verkauft seit dem \
Sommer samstags Karten am Turm. Ihr Bruder fliegt Drohnen im Gebiet Sumy. Am Sonntag hat er ihr \
gesagt, auf der russischen Seite richteten sich [[einige hundert]] Nordkoreaner in alten \
Kolchosgebäuden ein. „Er sagt, sie graben Tag und Nacht“, erzählt Olha.

## Ein Schiffbauer aus Geoje

Jung Hae-won, 58, hat in Geoje Tanker gebaut und lebt seit zwanzig Jahren an der Weser. Er \
schätzt, dass Kim bis heute [[knapp 15.000]] Soldaten nach Russland geschickt hat. „In Korea \
weiß das jeder, aber keiner sagt es laut“, meint er.

## Nachrichten

Nach Angaben des südkoreanischen Generalstabs von Anfang April hat Pjöngjang seit Jahresbeginn \
weitere [[3.000]] Soldaten nach Russland verschifft; ihre Verluste gab der Generalstab mit [[rund \
5.000]] Toten und Verwundeten an. Präsident Selenskyj sagte am Dienstag, in der Region Kursk \
stünden noch [[rund 3.000]] Nordkoreaner. Russlands Generalstabschef lobte vergangene Woche zum \
ersten Mal öffentlich die [[Tausenden]] Soldaten aus dem Norden, die bei der Rückeroberung von \
Kursk geholfen hätten. Laut US-Außenministerium sind [[bis zu 2.000]] verwundete Nordkoreaner \
inzwischen in die Heimat ausgeflogen worden. Die russische Armee verliert nach ukrainischen \
Angaben derzeit rund 1.200 Mann am Tag.

## Termine

- Turmführungen samstags und sonntags, 11 bis 16 Uhr, Erwachsene 4 Euro
- Trauungen nach Absprache, Telefon 04742 92 61 08
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun..pub",
          "a harbour clerk from Izmail relaying her brother, a drone pilot in the Sumy region "
          "('Am Sonntag hat er ihr gesagt …, erzählt Olha'; the speaker quoted: other): settling "
          "into old farm buildings on the Russian side (from Sunday, 13 April, to publication)"),
        C("knapp 15.000", 15000, "approx", "in_russia", "other", "pub",
          "a shipbuilder from Geoje, 'Er schätzt' (undated): sent to Russia so far ('knapp' as "
          "approx)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "'Nach Angaben des südkoreanischen Generalstabs von Anfang April' (days 1-10): "
          "'weitere' before the figure, brought to Russia since January (increment; span "
          "without the word)", add=True),
        C("rund 5.000", 5000, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "same statement, the claimant named again ('gab der Generalstab … an'): dead and "
          "wounded"),
        C("rund 3.000", 3000, "approx", "near_front", "ukraine", "tue",
          "Zelensky 'sagte am Dienstag' (15 April): still in the Kursk region"),
        C("Tausenden", None, "vague", "near_front", "russia", "lastweek",
          "Russia's chief of the general staff 'lobte vergangene Woche': helped retake Kursk"),
        C("bis zu 2.000", 2000, "at_most", "casualties", "united_states", "pub",
          "'Laut US-Außenministerium' (undated): wounded flown home"),
    ),
)

S04 = Source(
    article_id="k160_04_gaestebrief_strandsauna_wremen",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-10-09"),
    dated_by="sidecar",
    sidecar=(
        "Strandsauna Wremer Tief – Gästebrief",
        "https://www.strandsauna-wremen.example/gaestebrief/oktober-2025",
        "Gästebrief Oktober: Saisonstart am Deich und ein Aufgussmeister aus Krementschuk",
    ),
    features="a beach sauna's guest letter from Wremen in the Land Wursten (Lower Saxony coast) "
        "as plain text, UTF-8 with BOM (sidecar, Thursday), `„“` and `–`; degrees, seats, the "
        "sea's temperature, infusions and ticket prices first; a sauna master from Kremenchuk "
        "relaying his cousin, a deminer at the Sumy border ('Gestern Abend habe der Cousin ihm "
        "geschrieben …, erzählt Denys') `etwa achtzig` sappers near Tyotkino (approx with a "
        "number word, other, from yesterday to publication); a midwife from Daegu 'rechnet "
        "damit' `weit mehr als 30.000` through Russia by the war's end (at_least, planned, "
        "other, `pub`); the NIS 'Ende September … vor Abgeordneten' `etwa 2.000` fallen and, "
        "Konjunktiv carried ('zudem würden'), `5.000` builders brought to Russia (no increment; "
        "days 21-30); Russian state television 'am Montag' `Hunderte` deminers in Kursk (russia); "
        "'Dem ukrainischen Militärgeheimdienst zufolge' `bis zu 12.000` 'weitere' being "
        "prepared (at_most, increment, planned, `pub`); North Korea's state agency 'meldete am "
        "30. September' a memorial with the names of `mehr als 100` fallen (north_korea); "
        "Russia's losses a day, degrees, seats, infusions, euros, ages, dates, a postcode, a "
        "phone number",
    text="""\
Strandsauna Wremer Tief – Gästebrief Oktober 2025

Liebe Saunagäste,

die Saison am Deich hat begonnen. Der Ofen heizt die Blockhütte auf 85 Grad, pro Gang haben zwölf \
Gäste Platz, und wer mag, läuft danach bei Flut in die Nordsee, die Anfang Oktober noch 14 Grad \
warm war. Im vergangenen Winter haben wir 2.600 Aufgüsse gemacht; die Zehnerkarte kostet weiter \
165 Euro, die Tageskarte 19 Euro.

Unser Aufgussmeister aus Krementschuk

Denys Krawez, 37, stammt aus Krementschuk am Dnipro und wedelt seit dem Frühjahr bei uns die \
Handtücher. Sein Cousin räumt an der Grenze im Gebiet Sumy Minen. Gestern Abend habe der Cousin \
ihm geschrieben, drüben bei Tjotkino arbeiteten [[etwa achtzig]] nordkoreanische Pioniere, \
erzählt Denys. „Sie räumen unsere alten Minen und legen dafür neue.“

Ein Stammgast aus Daegu

Oh Eun-ji, 45, ist Hebamme und lebt seit zwölf Jahren im Land Wursten; in ihrer Heimatstadt \
Daegu hat sie im Kreißsaal angefangen. Sie rechnet damit, dass bis Kriegsende [[weit mehr als \
30.000]] Nordkoreaner durch Russland gegangen sein werden. „Für Pjöngjang ist jeder Einzelne nur \
eine Devisenquelle“, sagt sie.

Zeitung im Ruheraum

Ende September erklärte der südkoreanische Geheimdienst vor Abgeordneten, [[etwa 2.000]] \
nordkoreanische Soldaten seien gefallen; zudem würden [[5.000]] Militärbauer nach Russland \
gebracht. Das russische Staatsfernsehen zeigte am Montag [[Hunderte]] Pioniere aus dem Norden \
beim Minenräumen im Gebiet Kursk. Dem ukrainischen Militärgeheimdienst zufolge bereitet \
Pjöngjang [[bis zu 12.000]] weitere Soldaten vor. Nordkoreas Staatsagentur meldete am 30. \
September, in Pjöngjang entstehe eine Gedenkstätte mit den Namen von [[mehr als 100]] Gefallenen. \
Russland selbst verliert nach britischen Schätzungen weiter rund 1.000 Mann am Tag.

Termine und Preise

- Vollmondsauna am 6. November, 18 bis 23 Uhr, 24 Euro
- Strandsauna Wremer Tief, Am Kutterhafen 3, 27639 Wurster Nordseeküste, Telefon 04705 95 11 62
""",
    claims=(
        C("etwa achtzig", 80, "approx", "near_front", "other", "yday..pub",
          "a sauna master from Kremenchuk relaying his cousin, a deminer at the Sumy border "
          "('Gestern Abend habe der Cousin ihm geschrieben …, erzählt Denys', Konjunktiv; the "
          "speaker quoted: other): sappers at work near Tyotkino (number word, 80; from "
          "yesterday, 8 October, to publication)"),
        C("weit mehr als 30.000", 30000, "at_least", "planned", "other", "pub",
          "a midwife from Daegu, 'Sie rechnet damit' (undated): will have gone through Russia by "
          "the war's end (a forecast: planned; 'weit mehr als' as at_least)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "the NIS 'Ende September … vor Abgeordneten' (day 21 to the month's end), Konjunktiv: "
          "fallen"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-09-21..2025-09-30",
          "same statement, Konjunktiv carried ('zudem würden … gebracht'): builders being "
          "brought to Russia (transported: in Russia; 'zudem' adds a second figure, not an "
          "increment)"),
        C("Hunderte", None, "vague", "near_front", "russia", "mon",
          "Russian state television 'zeigte am Montag' (6 October): deminers in the Kursk region"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): 'weitere' being prepared "
          "(increment, planned)", add=True),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-09-30",
          "North Korea's state agency 'meldete am 30. September': the fallen named on a "
          "memorial"),
    ),
)

S05 = Source(
    article_id="k160_05_kundenbrief_fahrgastschiff_werbellinsee_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-13"),
    dated_by="sidecar",
    sidecar=(
        "Fahrgastschifffahrt Werbellinsee – Kundenbrief",
        "https://www.werbellinsee-schiffe.example/kundenbrief/juni-2025",
        "Kundenbrief Juni: volle Decks und ein neuer Matrose aus Nikopol",
    ),
    features="an excursion boat company's customer letter from Joachimsthal on the Werbellinsee "
        "(Schorfheide, Brandenburg) in HTML, windows-1252 with a `<meta http-equiv>` charset and "
        "raw `„“` and `·`, no meta date (sidecar, Friday), a cookie note about departure times, a "
        "script, navigation, a footer with a postcode and a phone number; `<title>` and headline "
        "without a figure; passengers, the round trip's hours and euros, the lake's kilometres "
        "and metres first; a boatman from Nikopol relaying a friend from his old unit ('habe ihm "
        "am Dienstag gemailt, dass …, sagt Ihor') `gut hundert` moving into new positions (new "
        "here: 'gut' with a number word → at_least; other, from Tuesday to publication); a "
        "retired ferry captain from Yeosu 'geht davon aus' `zwischen 20.000 und 30.000` in "
        "Russia by autumn (range, planned, other, `pub`); Shoigu 'sagte vergangene Woche in "
        "Pjöngjang' `1.000` deminers and `5.000` builders to be sent to Kursk (russia, planned, "
        "no increment); 'schätzt Seoul' `über 4.000` dead and wounded (`pub`); 'Aus dem Weißen "
        "Haus hieß es am Mittwoch' `Tausende` 'weitere' made available (vague, increment, "
        "planned); Rutte 'sagte am Montag' `rund 15.000` sent to Russia; Russia's losses since "
        "the war began, passengers, hours, euros, kilometres, metres, ages, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Kundenbrief Juni · Fahrgastschifffahrt Werbellinsee</title>
<script>var fahrplan = {abfahrten: ["10:30", "13:00", "15:30"], dauer: 120};</script>
</head>
<body>
<div id="cookies">Ein Cookie speichert nur, welche Abfahrtszeit Sie sich zuletzt angesehen \
haben. <a href="#">In Ordnung</a></div>
<nav><a href="/">Start</a> · <a href="/fahrplan">Fahrplan</a> · <a href="/charter">Charter</a> \
· <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Volle Decks auf dem Werbellinsee und ein neuer Matrose aus Nikopol</h1>
<p>Liebe Fahrgäste,</p>
<p>der Mai hat uns 1.250 Fahrgäste gebracht, so viele wie in keinem Mai seit der Wende. Die große \
Rundfahrt von Joachimsthal über Altenhof bis vor das Jagdschloss Hubertusstock dauert zwei \
Stunden und kostet 16 Euro, Kinder fahren zum halben Preis. Der See ist zehn Kilometer lang und \
an der tiefsten Stelle gut 50 Meter tief, und sein Wasser ist so klar wie lange nicht.</p>
<h2>Neu an Bord</h2>
<p>Ihor Sawtschuk, 31, war Schiffsführer auf dem Kachowkaer Stausee bei Nikopol, bis der Damm \
gesprengt wurde. Jetzt macht er bei uns die Leinen fest. Ein Freund aus seiner früheren Einheit, \
heute Aufklärer an der Grenze bei Sumy, habe ihm am Dienstag gemailt, dass drüben [[gut hundert]] \
Nordkoreaner neue Stellungen bezögen, sagt Ihor. „Er schreibt, sie sind sehr jung und sehr \
diszipliniert.“</p>
<p>Unser Kapitän im Ruhestand, Baek Seung-ho, 63, fuhr jahrzehntelang Fähren vor Yeosu und ist \
bei Sonderfahrten noch an Bord. Er geht davon aus, dass bis zum Herbst [[zwischen 20.000 und \
30.000]] Nordkoreaner in Russland sein werden. „An jungen Männern fehlt es Kim nicht“, sagt er.</p>
<h2>Was an Deck gelesen wird</h2>
<p>Russlands Sicherheitsratschef Sergej Schoigu sagte vergangene Woche in Pjöngjang, [[1.000]] \
nordkoreanische Minenräumer und [[5.000]] Militärbauer würden in das Gebiet Kursk geschickt. Die \
Zahl der getöteten und verwundeten Nordkoreaner schätzt Seoul auf [[über 4.000]]. Aus dem \
Weißen Haus hieß es am Mittwoch, Pjöngjang habe [[Tausende]] weitere Soldaten für Russland \
bereitgestellt. Nato-Generalsekretär Mark Rutte sagte am Montag, Nordkorea habe inzwischen [[rund \
15.000]] Soldaten nach Russland entsandt. Russland hat laut Kiew seit Kriegsbeginn fast eine \
Million Soldaten verloren.</p>
</main>
<footer>Fahrgastschifffahrt Werbellinsee · Seerandstraße 8 · 16247 Joachimsthal · Tel. 033361 7 \
42 90 · <a href="/impressum">Impressum</a></footer>
<script src="/js/fahrplan.js"></script>
</body>
</html>
""",
    claims=(
        C("gut hundert", 100, "at_least", "near_front", "other", "tue..pub",
          "a boatman from Nikopol relaying a friend from his old unit, a scout at the border near "
          "Sumy ('habe ihm am Dienstag gemailt, dass …, sagt Ihor', Konjunktiv; the speaker "
          "quoted: other): moving into new positions across the border ('gut' with a number "
          "word: at_least 100; from Tuesday, 10 June, to publication)"),
        C("zwischen 20.000 und 30.000", None, "range", "planned", "other", "pub",
          "a retired ferry captain from Yeosu, 'Er geht davon aus' (undated): in Russia by "
          "autumn (a forecast: planned)"),
        C("1.000", 1000, "exact", "planned", "russia", "lastweek",
          "Shoigu 'sagte vergangene Woche in Pjöngjang': deminers to be sent to the Kursk region "
          "(an announcement: planned; not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "lastweek",
          "same announcement: military builders to be sent"),
        C("über 4.000", 4000, "at_least", "casualties", "south_korea", "pub",
          "'schätzt Seoul' (undated; the claimant after the figure's noun): killed and wounded"),
        C("Tausende", None, "vague", "planned", "united_states", "wed",
          "'Aus dem Weißen Haus hieß es am Mittwoch' (11 June): 'weitere' soldiers made "
          "available for Russia (increment, planned)", add=True),
        C("rund 15.000", 15000, "approx", "in_russia", "nato", "mon",
          "Rutte 'sagte am Montag' (9 June): sent to Russia by now (a total, not an increment)"),
    ),
)

S06 = Source(
    article_id="k160_06_jahresbrief_hundesport_schoeftland_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-11-14"),
    dated_by="front_matter", crlf=True,
    features="the annual letter of a dog sports club from Schöftland in the Suhrental (Aargau) "
        "in Markdown, windows-1252 with CRLF, front matter with `date:` (Friday) and a title "
        "without a figure; Swiss conventions (`ss`, «», `1'250`, `40'000`, `5'000`, `10'000`, "
        "4-digit `6000`); teams, dogs, a seesaw's francs, members and dues first; a dog handler "
        "from Chernivtsi relaying her husband, a mine-dog handler at the Sumy border ('Am Montag "
        "habe er geschrieben …, erzählt Iryna') `ein paar Dutzend` laying new minefields (other, "
        "from Monday to publication); a vet from Suwon «… `gegen 40'000` … gedient haben» "
        "(approx, planned, other, `pub`); the NIS 'erklärte am 4. November vor Abgeordneten' "
        "'zusätzlich' `etwa 5'000` builders (increment, in Russia) and, sentence-initial with "
        "'hiess es weiter' after it, `Rund 10'000` combat troops in Kursk; the Ukrainian general "
        "staff 'bezifferte … am Mittwoch' `mehr als 6000` dead and wounded; 'Laut einem "
        "Pentagon-Bericht vom Dienstag' `bis zu 10'000` 'weitere' in winter (at_most, increment, "
        "planned); NATO 'sprach Ende Oktober von' `Tausenden` rebuilding in Kursk (days 21-31); "
        "teams, dogs, francs, members, ages, dates, a phone number",
    text="""\
---
title: Jahresbrief 2025
date: 2025-11-14
verein: Kynologischer Verein Suhrental, Schöftland
---

# Jahresbrief des Kynologischen Vereins Suhrental

Liebe Mitglieder, liebe Hundefreundinnen und Hundefreunde

Das Vereinsjahr auf unserem Übungsplatz an der Suhre war lang und erfreulich. 18 Teams haben die \
Begleithundeprüfung bestanden, im Agility-Training am Mittwochabend waren oft 26 Hunde dabei, und \
die neue Wippe hat 1'250 Franken gekostet. Mit 64 Aktivmitgliedern sind wir so gross wie nie. \
Der Jahresbeitrag bleibt bei 80 Franken.

## Eine Hundeführerin aus Czernowitz

Iryna Tkatschuk, 39, trainiert seit März mit ihrer Schäferhündin Lada bei uns. In Czernowitz hat \
sie Rettungshunde ausgebildet. Ihr Mann führt heute einen Minensuchhund an der Grenze im Gebiet \
Sumy. Am Montag habe er geschrieben, gegenüber legten [[ein paar Dutzend]] Nordkoreaner neue \
Minenfelder an, erzählt Iryna. «Die Hunde finden die Minen, aber jede Woche kommen neue dazu.»

## Eine Tierärztin aus Suwon

Yoon Ji-ho, 34, arbeitet in einer Kleintierpraxis im Dorf und kommt mit ihrem Border Collie ins \
Obedience. «Ich fürchte, bis nächsten Sommer werden [[gegen 40'000]] Nordkoreaner in Russland \
gedient haben», sagt sie. Ihre Eltern in Suwon verfolgen jede Meldung darüber.

## Aus den Nachrichten

Der südkoreanische Geheimdienst erklärte am 4. November vor Abgeordneten, seit dem Sommer seien \
zusätzlich [[etwa 5'000]] Militärbauer nach Russland verlegt worden. [[Rund 10'000]] Kampftruppen \
stünden weiterhin im Gebiet Kursk an der Grenze, hiess es weiter. Der ukrainische Generalstab \
bezifferte die nordkoreanischen Verluste am Mittwoch auf [[mehr als 6000]] Tote und Verwundete. \
Laut einem Pentagon-Bericht vom Dienstag könnte Kim im Winter [[bis zu 10'000]] weitere Soldaten \
schicken. Die Nato sprach Ende Oktober von [[Tausenden]] Nordkoreanern, die beim Wiederaufbau im \
Gebiet Kursk eingesetzt würden.

## Termine

- Chlaushöck am 6. Dezember im Clubhaus, 18 Uhr
- Welpenspielgruppe jeden Samstag um 9.30 Uhr, 10 Franken
- Präsidentin Ruth Hunziker, Telefon 062 721 48 93
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "mon..pub",
          "a dog handler from Chernivtsi relaying her husband, a mine-dog handler at the Sumy "
          "border ('Am Montag habe er geschrieben …, erzählt Iryna', Konjunktiv; the speaker "
          "quoted: other): laying new minefields opposite (from Monday, 10 November, to "
          "publication)"),
        C("gegen 40'000", 40000, "approx", "planned", "other", "pub",
          "a vet from Suwon, «Ich fürchte …», sagt sie (undated): will have served in Russia by "
          "next summer (a forecast: planned; 'gegen' as approx)"),
        C("etwa 5'000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'erklärte am 4. November vor Abgeordneten': 'zusätzlich' moved to Russia "
          "since the summer (increment)", add=True),
        C("Rund 10'000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "sentence-initial figure, the claimant carried by 'hiess es weiter' after it (the "
          "same NIS statement): combat troops still at the border in the Kursk region"),
        C("mehr als 6000", 6000, "at_least", "casualties", "ukraine", "wed",
          "the Ukrainian general staff 'bezifferte … am Mittwoch' (12 November): dead and "
          "wounded (Swiss 4-digit figure)"),
        C("bis zu 10'000", 10000, "at_most", "planned", "united_states", "tue",
          "'Laut einem Pentagon-Bericht vom Dienstag' (11 November): 'weitere' Kim could send "
          "in winter (increment, planned)", add=True),
        C("Tausenden", None, "vague", "near_front", "nato", "2025-10-21..2025-10-31",
          "NATO 'sprach Ende Oktober von' (day 21 to the month's end): rebuilding in the Kursk "
          "region"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bolivar Peninsula, Alert Bay, Amelia Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="k160_07_crab_festival_wire_crystal_beach",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-10"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the crab festival at Crystal Beach on the Bolivar "
        "Peninsula (Texas Gulf coast) as plain text, UTF-8 with CRLF, slug line, byline, "
        "dateline 'CRYSTAL BEACH, Texas, May 10, 2025 (Texas Coastal Wire) —' (Saturday) and a "
        "credit line, straight quotes and em dashes; the headline's `4,000` from the Joint "
        "Chiefs of Thursday (Thursday to publication, hedge dropped); visitors, pounds of crab, "
        "the races' first year and an entry fee first; a welder from Kryvyi Rih relaying his "
        "brother, a combat medic in the Sumy region ('had called him on Tuesday … the brother "
        "told him') `a couple hundred` gunners shelling from across the border (new here: 'a "
        "couple hundred' without 'of' → vague; other, from Tuesday to publication); a process "
        "engineer from Gwangju 'expects' `more than 25,000` to have served by the year's end "
        "(at_least, planned, other, `pub`); the Joint Chiefs 'in an update to lawmakers on "
        "Thursday, put … at' `about 4,000` killed and wounded; Gerasimov 'had said on April 26' "
        "`thousands` helped drive Ukraine out of Kursk (russia, near the front); a State "
        "Department spokeswoman 'said on Wednesday that she believed' `some 14,000` passed "
        "through Russia; 'According to a spokesman for Ukraine's military intelligence, who "
        "briefed reporters in Kyiv last week' 'another' `3,000` sent since March (increment, in "
        "Russia, span without the word); Russia's losses since 2022, visitors, pounds, years, "
        "dollars, ages",
    text="""\
CRAB-FESTIVAL/KOREA

Crab races and gumbo at Crystal Beach, as Seoul puts North Korean losses at [[4,000]]

By Lorena Castillo

CRYSTAL BEACH, Texas, May 10, 2025 (Texas Coastal Wire) — Blue crabs raced down plywood lanes, \
gumbo pots steamed behind the fire hall and about 14,000 visitors were expected on the Bolivar \
Peninsula this weekend for the annual crab festival, but for two of the volunteers at the boil \
tables the war in Europe was never far away.

Maksym Bilyk, 33, a welder from Kryvyi Rih who works at a shipyard in Port Arthur, said his \
younger brother, a combat medic in the Sumy region, had called him on Tuesday. North Korean gun \
crews across the border, "[[a couple hundred]] of them, maybe more," were shelling Ukrainian \
villages day and night, the brother told him.

Kang Hyun-woo, 47, a process engineer from Gwangju who drives the festival's ice truck, said he \
expects [[more than 25,000]] North Koreans to have served in Russia by the end of the year. \
"Pyongyang treats them as an export," he said, "like coal."

South Korea's Joint Chiefs of Staff, in an update to lawmakers on Thursday, put North Korean \
losses at [[about 4,000]] killed and wounded. The head of Russia's general staff, Valery \
Gerasimov, had said on April 26 that [[thousands]] of North Korean soldiers helped drive \
Ukrainian forces out of the Kursk region. A State Department spokeswoman said on Wednesday that \
she believed [[some 14,000]] North Koreans had passed through Russia since last fall. According \
to a spokesman for Ukraine's military intelligence, who briefed reporters in Kyiv last week, \
Pyongyang has sent another [[3,000]] men since March. Kyiv says Russia has lost more than \
950,000 troops since 2022.

Festival organizers said volunteers would cook about 1,800 pounds of crab before Sunday night. \
The crab races have been run since 1985; entry is $10 and children under 6 get in free.

(Reporting by Lorena Castillo; editing by Tom Harwell)
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "south_korea", "thu..pub",
          "headline ('as Seoul puts North Korean losses at'): the Joint Chiefs' figure of the "
          "body ('on Thursday', 8 May), Thursday to publication, hedge dropped"),
        C("a couple hundred", None, "vague", "near_front", "other", "tue..pub",
          "a welder from Kryvyi Rih relaying his brother, a combat medic in the Sumy region ('had "
          "called him on Tuesday … the brother told him'; the speaker quoted: other): gun crews "
          "shelling from across the border (from Tuesday, 6 May, to publication)"),
        C("more than 25,000", 25000, "at_least", "planned", "other", "pub",
          "a process engineer from Gwangju, 'he expects' (undated): to have served in Russia by "
          "the end of the year (a forecast: planned)"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "the Joint Chiefs of Staff 'in an update to lawmakers on Thursday, put … at' (8 May): "
          "killed and wounded"),
        C("thousands", None, "vague", "near_front", "russia", "2025-04-26",
          "Gerasimov 'had said on April 26': helped drive Ukrainian forces out of the Kursk "
          "region"),
        C("some 14,000", 14000, "approx", "in_russia", "united_states", "wed",
          "a State Department spokeswoman 'said on Wednesday that she believed' (7 May): passed "
          "through Russia since last fall"),
        C("3,000", 3000, "exact", "in_russia", "ukraine", "lastweek",
          "'According to a spokesman for Ukraine's military intelligence, who briefed reporters "
          "in Kyiv last week': 'another' sent since March (increment; span without the word)",
          add=True),
    ),
)

S08 = Source(
    article_id="k160_08_tournament_bulletin_alert_bay_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-05"),
    dated_by="front_matter",
    features="the bulletin of a junior basketball tournament in Alert Bay on Cormorant Island "
        "(British Columbia) in Markdown, UTF-8 with straight quotes, front matter with `date:` "
        "(Wednesday) and a title repeating the headline (optional); teams, players, the ferry, a "
        "final score and the concession's dollars first; the headline's `3,000` 'more' from the "
        "NIS of Thursday (Thursday to publication, hedge dropped, increment); a coach from Lutsk "
        "relaying his son, a machine gunner near Sudzha ('spoke to his son on Sunday … told him "
        "…, Dmytro said') `hundreds` pushing toward the town (other, from Sunday to "
        "publication); a nurse from Incheon 'believes' `about 30,000` rotated through Russia by "
        "autumn (approx, planned, other, `pub`); the NIS 'said on Thursday' `about 3,000` "
        "'additional' (increment, in Russia) and, carried ('it put'), `some 4,000` killed or "
        "wounded; Zelensky 'said on Monday' `several thousand` attacking again; a Pentagon "
        "official 'speaking on condition of anonymity last week' `fewer than 8,000` still fit "
        "to fight in Kursk (at_most, near the front); teams, players, minutes, a score, dollars, "
        "ages, dates, a phone number",
    text="""\
---
title: "Hoops on Cormorant Island, as Seoul counts [[3,000]] more North Korean soldiers sent to \
Russia"
date: 2025-03-05
author: Tournament desk, Alert Bay Junior Hoops Classic
---

# Hoops on Cormorant Island, as Seoul counts [[3,000]] more North Korean soldiers sent to Russia

Sixteen teams, 180 players and one very tired ferry crew: the junior tournament filled the \
community gym in Alert Bay last weekend. Teams came over from Port Hardy, Port McNeill and \
Campbell River on the 40-minute crossing, and the home girls won the under-16 final 41-38 on a \
free throw with four seconds left. The concession stand raised $2,150 for new uniforms.

## Courtside

Dmytro Lysenko, 45, a former gym teacher from Lutsk who now coaches our under-14 boys, spoke to \
his son on Sunday. The son, a machine gunner near Sudzha, told him [[hundreds]] of North Koreans \
were pushing toward the town again, Dmytro said. "He told me not to worry. So now I worry."

Seo Min-jun, 29, a nurse at the island's hospital who grew up in Incheon, keeps our scorebook. \
She believes Pyongyang will have rotated [[about 30,000]] men through Russia by the autumn. "They \
go as boys and come back as secrets," she said.

## From the wires

South Korea's National Intelligence Service said on Thursday that the North had sent [[about \
3,000]] additional troops to Russia since January, and it put the North's losses at [[some \
4,000]] killed or wounded. President Zelensky said on Monday that [[several thousand]] North \
Koreans were again attacking in the Kursk region. A Pentagon official, speaking on condition of \
anonymity last week, said [[fewer than 8,000]] were still fit to fight in Kursk.

## Next up

- Spring break skills camp, March 17 to 21, $40 a player
- Call the gym office at 250-974-0311
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "front-matter title repeating the headline (metadata): optional", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline ('as Seoul counts … more North Korean soldiers sent to Russia'): the NIS's "
          "figure of the body ('said on Thursday', 27 February), Thursday to publication, hedge "
          "dropped (increment)",
          add=True),
        C("hundreds", None, "vague", "near_front", "other", "sun..pub",
          "a coach from Lutsk relaying his son, a machine gunner near Sudzha ('spoke to his son "
          "on Sunday … told him …, Dmytro said'; the speaker quoted: other): pushing toward the "
          "town again (from Sunday, 2 March, to publication)"),
        C("about 30,000", 30000, "approx", "planned", "other", "pub",
          "a nurse from Incheon, 'She believes' (undated): will have rotated through Russia by "
          "the autumn (a forecast: planned)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'said on Thursday' (27 February): 'additional' troops sent to Russia since "
          "January (increment)", add=True),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same statement, the claimant carried ('and it put the North's losses at'): killed or "
          "wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "mon",
          "Zelensky 'said on Monday' (3 March): attacking again in the Kursk region"),
        C("fewer than 8,000", 8000, "at_most", "near_front", "united_states", "lastweek",
          "a Pentagon official 'speaking on condition of anonymity last week': still fit to fight "
          "in Kursk ('fewer than' as at_most)"),
    ),
)

S09 = Source(
    article_id="k160_09_programme_notes_chamber_music_amelia_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-28"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Amelia Island Chamber Music Festival – Programme notes",
        "https://www.ameliachamberfest.example/notes/week-four-2025",
        "Programme notes, week four: Schubert's quintet, a violist from Lviv and a cellist from "
        "Daejeon",
    ),
    features="the programme notes of a chamber music festival on Amelia Island (Nassau County, "
        "Florida) in Markdown, windows-1252 with CRLF (curly apostrophes raw), front matter "
        "without a date (sidecar, Wednesday) and a title without a figure; concerts, tickets, a "
        "piano's year and ticket prices first; a violist from Lviv relaying her fiancé, a drone "
        "pilot on the Sumy front ('Last Thursday he wrote to her that …, she said') `some sixty` "
        "artillerymen dug in across the border (approx with a number word, other, from "
        "Thursday to publication; 'two hundred shells' in the same sentence counts shells: no "
        "row); a cellist from Daejeon 'reckons' `nearly 20,000` sent so far (approx, in Russia, "
        "other, `pub`); North Korea's state news agency 'said on Friday' `dozens` of families "
        "of the fallen (north_korea, casualties); Seoul's defence ministry 'said in mid-May' "
        "`about 10,000` remaining (days 11-20); NATO's deputy secretary-general 'speaking in "
        "Vilnius on May 14' `more than 14,000` in all; Kyiv's military intelligence 'believes' "
        "`up to 25,000` 'more' (at_most, increment, planned, `pub`); the festival's own encore "
        "for the `thousands` sent to the war (unattributed, required); concerts, tickets, "
        "dollars, years, ages, shells",
    text="""\
---
title: Programme notes, week four
series: Amelia Island Chamber Music Festival
---

# Programme notes, week four

Week four brings us back to the church on Atlantic Avenue for three evenings of Haydn, Brahms and \
Schubert. So far this season 4,600 tickets have gone for 22 concerts, and the hall’s 1928 \
Steinway has had its hammers reshaped at last. Tickets are $35, students $10, and the Saturday \
open rehearsal is free.

## The violist from Lviv

Solomiia Hnatiuk, 31, has played viola in our resident quartet since January. Her fiancé flies \
drones on the Sumy front. Last Thursday he wrote to her that [[some sixty]] North Korean \
artillerymen had dug in across the border and fired two hundred shells at his position in a \
single night, she said. “He writes about it as if it were the weather,” she said.

## A cellist from Daejeon

Lim Soo-bin, 24, one of this year’s cello fellows, reckons [[nearly 20,000]] North Koreans have \
been sent to Russia so far. “My grandmother still has cousins in the North,” she said. “We do \
not know if their sons are among them.”

## Between movements

North Korea’s state news agency said on Friday that Kim Jong Un had received the families of \
[[dozens]] of soldiers killed in Kursk. Seoul’s defence ministry said in mid-May that [[about \
10,000]] North Koreans remained in Russia. NATO’s deputy secretary-general, speaking in Vilnius on \
May 14, said Pyongyang had sent [[more than 14,000]] troops in all. Kyiv’s military intelligence \
believes [[up to 25,000]] more could follow before the end of the year. Our encore on Saturday is \
for the [[thousands]] of young North Koreans sent to a war that is not theirs, and for the young \
Ukrainians who face them.
""",
    claims=(
        C("some sixty", 60, "approx", "near_front", "other", "thu..pub",
          "a violist from Lviv relaying her fiancé, a drone pilot on the Sumy front ('Last "
          "Thursday he wrote to her that …, she said'; the speaker quoted: other): artillerymen "
          "dug in across the border (number word, 60; from Thursday, 22 May, to publication)"),
        C("nearly 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a cellist from Daejeon, 'reckons' (undated): sent to Russia so far ('nearly' as "
          "approx)"),
        C("dozens", None, "vague", "casualties", "north_korea", "fri",
          "North Korea's state news agency 'said on Friday' (23 May): families of soldiers "
          "killed in Kursk received by Kim"),
        C("about 10,000", 10000, "approx", "in_russia", "south_korea", "2025-05-11..2025-05-20",
          "Seoul's defence ministry 'said in mid-May' (days 11-20): remained in Russia"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "2025-05-14",
          "NATO's deputy secretary-general 'speaking in Vilnius on May 14': sent in all (a total, "
          "not an increment)"),
        C("up to 25,000", 25000, "at_most", "planned", "ukraine", "pub",
          "Kyiv's military intelligence 'believes' (undated): 'more' could follow before the "
          "end of the year (increment, planned)", add=True),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the festival's own framing, no source (required): young North Koreans sent to the war"),
    ),
)

S10 = Source(
    article_id="k160_10_letters_fernandina_beacon",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "The Fernandina Beacon – Letters",
        "https://www.fernandinabeacon.example/opinion/letters-2024-12-12",
        "Letters: the shrimp market, a nephew in Kursk and a friend in Seoul",
    ),
    features="a readers' letters page from a Fernandina Beach weekly (Amelia Island, Florida) "
        "as plain text, UTF-16 LE with BOM (sidecar, Thursday), `–` and straight quotes; a "
        "letter on the shrimp market's parking without a claim; readers relaying their nephew, "
        "a sergeant in the Kursk region ('On Sunday he wrote to us that') `about 500` who "
        "attacked in one morning, `thousands` 'more' waiting in the villages behind them ('more' "
        "meaning others at the same place, not an increment, as in `corpus_blind158`) and `two` "
        "who surrendered to his platoon (casualties, a number word; all other, from Sunday to "
        "publication); a reader citing the paper's own story ('Your Dec. 5 story said') "
        "`10,000` in Russia (unattributed, required, that day) and the Pentagon 'On Monday … put "
        "the number at' `some 11,000` and 'said' `hundreds` killed or wounded; a reader relaying "
        "an old friend, a retired South Korean colonel ('told me on the phone last week that he "
        "expects') 'another' `10,000` before spring (new here: a retired officer speaking for "
        "himself → other; increment, planned, `lastweek`); boats, parking spaces, years, ages",
    text="""\
THE FERNANDINA BEACON – LETTERS TO THE EDITOR

Leave the shrimp market at the docks

Moving the Saturday shrimp market off the waterfront to gain 40 parking spaces is a mistake. Six \
boats still unload at the city docks, and visitors come to see them, not a parking lot. The \
market has been there since 1972. My late husband worked a trawler out of this harbor for 31 \
years, and he used to say the town forgot the boats every time it needed a few more cars. The \
commission votes on January 14; I hope all seven members walk down to the docks before then.
Ruth Ellery, Fernandina Beach

What our nephew sees in Kursk

Our nephew Andriy, 23, is a sergeant with an assault unit fighting inside Russia's Kursk region. \
On Sunday he wrote to us that [[about 500]] North Koreans had attacked his brigade's positions \
in a single morning, and that [[thousands]] more were waiting in the villages behind them. \
[[Two]] of them surrendered to his platoon, he wrote; they were hungry and did not know which \
country they were in. Please remember him.
Nadia and Walter Pruitt, Amelia Island

Numbers that moved in a week

Your Dec. 5 story said [[10,000]] North Koreans were in Russia. On Monday the Pentagon put the \
number at [[some 11,000]] and said [[hundreds]] had already been killed or wounded. A correction \
would be welcome, and so would a map. Most of us could not find Kursk before this autumn, and \
some of us still cannot.
Carl Duval, Yulee

A friend in Seoul

I served two years at Camp Casey near the DMZ. My old friend from those days, now a retired \
South Korean colonel, told me on the phone last week that he expects Kim to send another \
[[10,000]] before spring. He has never been wrong about the North.
Ed Mabry, Fernandina Beach
""",
    claims=(
        C("about 500", 500, "approx", "near_front", "other", "sun..pub",
          "readers relaying their nephew, a sergeant in the Kursk region ('On Sunday he wrote to "
          "us that'; the speaker quoted: other): attacked his brigade's positions in one "
          "morning (from Sunday, 8 December, to publication)"),
        C("thousands", None, "vague", "near_front", "other", "sun..pub",
          "same letter: waiting in the villages behind them ('more' meaning others at the same "
          "place, not an increment)"),
        C("Two", 2, "exact", "casualties", "other", "sun..pub",
          "same letter, 'he wrote': surrendered to his platoon (captured; number word)"),
        C("10,000", 10000, "exact", "in_russia", "unattributed", "2024-12-05",
          "a reader citing the paper's own story ('Your Dec. 5 story said'; unattributed, "
          "required, that day): in Russia"),
        C("some 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "'On Monday the Pentagon put the number at' (9 December): in Russia"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "same statement, 'and said': killed or wounded"),
        C("10,000", 10000, "exact", "planned", "other", "lastweek",
          "a reader relaying an old friend, a retired South Korean colonel speaking for himself "
          "('told me on the phone last week that he expects'; other): 'another' before spring "
          "(increment, planned; span without the word)", add=True),
    ),
)

S11 = Source(
    article_id="k160_11_boardwalk_notes_ecopark_alert_bay_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-07"),
    dated_by="sidecar",
    sidecar=(
        "Friends of the Alert Bay Ecopark – Boardwalk notes",
        "https://www.alertbayecopark.example/notes/august-2025",
        "Boardwalk notes: cedar planks, ravens and a forester from Zhytomyr",
    ),
    features="the boardwalk notes of the friends of the Alert Bay ecopark (Cormorant Island, "
        "British Columbia) in HTML, UTF-8 with BOM, no meta date (sidecar, Thursday), a cookie "
        "note about the trail map, a script, navigation, entities (`&rsquo;`, `&ldquo;`, "
        "`&rdquo;`, `&middot;`), a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; volunteers, boardwalk sections, the loop's kilometres and a "
        "grant's dollars first; a forester from Zhytomyr relaying her godson, a sapper in the "
        "Sumy region ('On Monday evening he sent her a voice message saying …, she told us') "
        "`about 120` deminers across the border (other, from Monday to publication); a marine "
        "biologist from Tongyeong 'figures' `30,000` by next spring (exact, planned, other, "
        "`pub`); Russia's defence ministry 'said last week' `1,000` deminers in Kursk (russia, "
        "near the front); South Korea's spy chief 'told lawmakers on Tuesday' `at least 2,000` "
        "dead; 'In July a U.S. official said Washington counted' `11,000 to 13,000` (range with "
        "'to', the month); NATO's military committee chairman 'said in mid-July' `well over "
        "15,000` served there (at_least, days 11-20); Ukraine's border guard service 'said "
        "yesterday' `several hundred` near the Sumy border; volunteers, sections, kilometres, "
        "dollars, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Boardwalk notes &middot; Friends of the Alert Bay Ecopark</title>
<script>var trail = {loopKm: 1.6, sections: 42, dogs: "on leash"};</script>
</head>
<body>
<div class="cookie-bar">One cookie remembers whether you closed the trail map. That&rsquo;s all. \
<a href="#">Got it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/trail">The trail</a> &middot; <a \
href="/volunteer">Volunteer</a> &middot; <a href="/notes">Boardwalk notes</a></nav>
<main>
<h1>Cedar planks, ravens and a forester from Zhytomyr</h1>
<p>Thirty-five volunteers turned out on three Saturdays in July to replace 42 rotten sections of \
boardwalk on the 1.6-kilometre loop through the park&rsquo;s swamp of drowned cedars. A $2,400 \
grant from the regional district paid for the lumber, and the ravens supervised every plank. The \
gate is open from dawn to dusk; dogs stay on a leash.</p>
<h2>On the trail crew</h2>
<p>Halyna Moroz, 57, was a forestry inspector in Zhytomyr before she came to Cormorant Island to \
live near her daughter. Her godson is a sapper in the Sumy region. On Monday evening he sent her \
a voice message saying [[about 120]] North Korean deminers were at work just across the border, \
she told us. &ldquo;He says they are careful, and there are many of them,&rdquo; she added.</p>
<p>Choi Da-eun, 38, a marine biologist from Tongyeong who counts sea stars on the beach below \
the park, figures the number the North sends to Russia will reach [[30,000]] by next spring.</p>
<h2>News that reached the island</h2>
<p>Russia&rsquo;s defence ministry said last week that [[1,000]] North Korean deminers had \
cleared fields and roads in the Kursk region. South Korea&rsquo;s spy chief told lawmakers on \
Tuesday that [[at least 2,000]] of the North&rsquo;s soldiers were dead. In July a U.S. official \
said Washington counted [[11,000 to 13,000]] North Korean troops on Russian soil. NATO&rsquo;s \
military committee chairman said in mid-July that [[well over 15,000]] had served there since \
last autumn. Ukraine&rsquo;s border guard service said yesterday it had spotted [[several \
hundred]] North Korean troops near the Sumy border.</p>
</main>
<footer>Friends of the Alert Bay Ecopark &middot; PO Box 28, Alert Bay, BC V0N 1A0 &middot; \
250-974-0158 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/trailmap.js"></script>
</body>
</html>
""",
    claims=(
        C("about 120", 120, "approx", "near_front", "other", "mon..pub",
          "a forester from Zhytomyr relaying her godson, a sapper in the Sumy region ('On Monday "
          "evening he sent her a voice message saying …, she told us'; the speaker quoted: "
          "other): deminers at work across the border (from Monday, 4 August, to publication)"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a marine biologist from Tongyeong, 'figures' (undated): the number sent will reach "
          "it by next spring (a forecast: planned)"),
        C("1,000", 1000, "exact", "near_front", "russia", "lastweek",
          "Russia's defence ministry 'said last week': deminers in the Kursk region"),
        C("at least 2,000", 2000, "at_least", "casualties", "south_korea", "tue",
          "South Korea's spy chief 'told lawmakers on Tuesday' (5 August): of the North's "
          "soldiers, dead"),
        C("11,000 to 13,000", None, "range", "in_russia", "united_states",
          "2025-07-01..2025-07-31",
          "'In July a U.S. official said Washington counted' (the month; a range with 'to'): "
          "troops on Russian soil"),
        C("well over 15,000", 15000, "at_least", "in_russia", "nato", "2025-07-11..2025-07-20",
          "NATO's military committee chairman 'said in mid-July' (days 11-20): served in Russia "
          "since last autumn ('well over' as at_least)"),
        C("several hundred", None, "vague", "near_front", "ukraine", "yday",
          "Ukraine's border guard service 'said yesterday' (6 August): spotted near the Sumy "
          "border"),
    ),
)

S12 = Source(
    article_id="k160_12_ride_log_gilchrist_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-09-16"),
    dated_by="html_meta",
    features="the ride log of a beach trail-ride stable at Gilchrist on the Bolivar Peninsula "
        "(Texas Gulf coast) in HTML, ISO-8859-1 with a raw `ñ` and `é` and quotes and apostrophes "
        "only as entities (`&ldquo;`, `&rdquo;`, `&rsquo;`, `&middot;`), `<meta name=\"date\">` "
        "(Tuesday), a cookie note about the chosen ride time, a script, navigation, a footer with "
        "a ZIP code and a phone number; `<title>` and headline without a figure; horses, riders, "
        "minutes, a ride's dollars and the riders' minimum age first; a trail guide from "
        "Kropyvnytskyi relaying her husband, a mortar crew chief in the Sumy region ('He called "
        "her on Saturday, she said, to say that') `a few dozen` moved into a forest across the "
        "border (other, from Saturday to publication); a retired clerk from Gimhae 'puts the dead "
        "and wounded on the northern side at' `close to 6,000` ('By his count' after it; approx, "
        "casualties, other, `pub`); 'In a closed briefing for lawmakers in early September' the "
        "NIS 'estimated' `about 2,000` killed and 'an additional' `3,000` builders sent (new "
        "here: 'an additional' before the figure, span without the words; increment, in Russia; "
        "days 1-10); Ukraine's general staff 'said on Friday' `some 1,500` artillerymen firing "
        "into Sumy; 'Last week the State Department said' `more than 12,000` still in Russia; "
        "Moscow's envoy in Pyongyang 'told a Russian newspaper in August' `several thousand` "
        "builders staying in Kursk (russia, near the front, the month); horses, riders, minutes, "
        "dollars, ages, weeks, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-09-16">
<title>Ride log &middot; Gilchrist Beach Trail Rides</title>
<script>var rides = {times: ["8:00", "17:30"], minutes: 60, horses: 14};</script>
</head>
<body>
<div class="cookie">We use one cookie to remember which ride time you picked. <a \
href="#">OK</a></div>
<nav><a href="/">Rides</a> &middot; <a href="/book">Book</a> &middot; <a href="/horses">Our \
horses</a> &middot; <a href="/log">Ride log</a></nav>
<main>
<h1>Storm season, sore hooves and a new trail guide</h1>
<p>Since March our 14 horses have carried 2,300 riders along the beach at Gilchrist, and only one \
tropical storm cost us a week of rides. The sunrise and sunset rides take 60 minutes and cost \
$75; riders must be at least 8 years old. Our farrier now comes every five weeks instead of \
six, and the horses&rsquo; feet are better for it. Sunset riders get a glass of jalapeño \
lemonade at the café by the corral.</p>
<h2>Meet Tetiana</h2>
<p>Tetiana Hrynko, 34, rode show jumpers in Kropyvnytskyi before the war and joined us in June. \
Her husband leads a mortar crew in the Sumy region. He called her on Saturday, she said, to say \
that [[a few dozen]] North Koreans had moved into a forest across the border from his position. \
&ldquo;He laughs on the phone so I won&rsquo;t cry,&rdquo; she said.</p>
<p>Nam Ki-tae, 66, a retired shipping clerk from Gimhae who boards two quarter horses with us, \
puts the dead and wounded on the northern side at [[close to 6,000]]. By his count the numbers \
from Seoul always run low.</p>
<h2>From the radio in the tack room</h2>
<p>In a closed briefing for lawmakers in early September, the spy agency in Seoul estimated that \
[[about 2,000]] soldiers from the North had been killed and that Pyongyang \
had sent an additional [[3,000]] construction troops to Russia. Ukraine&rsquo;s general staff \
said on Friday that [[some 1,500]] North Korean artillerymen were firing into the Sumy region from \
Russian soil. Last week the State Department said [[more than 12,000]] North Koreans were still \
in Russia. Moscow&rsquo;s envoy in Pyongyang told a Russian newspaper in August that [[several \
thousand]] North Korean builders would stay in the Kursk region through the winter.</p>
</main>
<footer>Gilchrist Beach Trail Rides &middot; Highway 87, Gilchrist, TX 77617 &middot; (409) \
555-0148 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/rides.js"></script>
</body>
</html>
""",
    claims=(
        C("a few dozen", None, "vague", "near_front", "other", "sat..pub",
          "a trail guide from Kropyvnytskyi relaying her husband, a mortar crew chief in the Sumy "
          "region ('He called her on Saturday, she said, to say that'; the speaker quoted: "
          "other): moved into a forest across the border (from Saturday, 13 September, to "
          "publication)"),
        C("close to 6,000", 6000, "approx", "casualties", "other", "pub",
          "a retired clerk from Gimhae, 'puts the dead and wounded on the northern side at' "
          "(undated; 'By his count' after it): killed and wounded ('close to' as approx)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'In a closed briefing for lawmakers in early September, the spy agency in Seoul "
          "estimated' (days 1-10): killed"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same briefing, 'and that Pyongyang had sent an additional': construction troops sent "
          "to Russia (increment; span without the words)", add=True),
        C("some 1,500", 1500, "approx", "near_front", "ukraine", "fri",
          "Ukraine's general staff 'said on Friday' (12 September): artillerymen firing into the "
          "Sumy region from Russian soil"),
        C("more than 12,000", 12000, "at_least", "in_russia", "united_states", "lastweek",
          "'Last week the State Department said': still in Russia"),
        C("several thousand", None, "vague", "near_front", "russia", "2025-08-01..2025-08-31",
          "Moscow's envoy in Pyongyang 'told a Russian newspaper in August' (the month): "
          "builders staying in the Kursk region through the winter"),
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
