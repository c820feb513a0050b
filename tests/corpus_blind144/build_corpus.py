"""Build the HUNDRED-AND-FORTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-sixth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the letter
of the friends' circle of a Haubarg (a museum farmhouse) at Witzwort in Eiderstedt with a thatching
apprentice from near Kherson and a mudflat researcher from Mokpo, the perry-pear growers' news from
Pöllau in the Oststeiermark (Austrian conventions) with a tavern cook from near Cherkasy and a
working-holiday student from Daegu, the spiral viaduct friends' paper from Brusio in the Puschlav
(Swiss conventions) with a tour guide from Daejeon and a track worker from Lviv, an Alemannic
dialect circle's letter from Engen in the Hegau with a dialect linguist from Andong and a bus
driver from Zaporizhzhia, the Kirchweih lads' letter from Burgwindheim in the Steigerwald with a
brewing student from Incheon and a care assistant from Chernihiv, and a forest pool supporters'
letter from Neuhaus im Solling with a lifeguard from Kharkiv and an exchange teacher from Gwangju;
an agency-style wire report from a Langkawi marina where yachts wait out the monsoon, with a
deckhand from Izmail and a yacht captain from Yeosu, a community greenhouse society's winter
bulletin from Inuvik with a nurse from Busan and a welder from Zaporizhzhia, an English-language
expat newsletter from Henningsvær in Lofoten with a northern-lights guide from Odesa and a marine
biologist from Tongyeong, a readers' letters page from a Golden Bay weekly with letters quoting
relatives, an apricot growers' cooperative's news page from Leh with a food scientist from Jeonju
and a cyclist from Dnipro, and a root-bridge guides' association's notes from Sohra in Meghalaya
with a retired major from Wonju and a photographer from Chernihiv. Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an
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
BASE_NAME = "_blind144_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Eiderstedt, Oststeiermark, Puschlav, Hegau, Steigerwald, Solling)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v144_01_haubargbrief_witzwort_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-18"),
    dated_by="html_meta",
    features="the letter of a Haubarg friends' circle (a museum farmhouse) from Witzwort in "
        "Eiderstedt (North Frisia) in HTML, UTF-8, `<meta name=\"date\">` (Wednesday), a cookie "
        "note about the events calendar, a page script, navigation, a footer with a postcode and "
        "a phone number; `<title>` and headline without a figure; the new thatch first; a "
        "thatching apprentice from near Kherson relaying his cousin, a drone pilot near Sudzha, "
        "who wrote 'Am Samstag' `mehrere hundert` in front of their positions (other, Saturday); "
        "a mudflat researcher from Mokpo 'geht davon aus' `20.000` by spring (other, planned, "
        "`pub`); the NIS 'unterrichtete am Montag Abgeordnete', then Konjunktiv over three "
        "sentences ('Demnach seien …'): `mindestens 100` killed and `fast 1.000` wounded; 'Im "
        "Pentagon hieß es am Dienstag' `Hunderte` of losses; 'Präsident Selenskyj zufolge' "
        "`rund 12.000` in Kursk, the day named in the next clause ('das sagte er am Sonntag'); "
        "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' a 'zweite Welle' of `bis zu "
        "6.000` (increment, planned, `pub`); North Korea's whole army, Russian losses a day, "
        "bundles of reed, euros, metres, years, visitors, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="date" content="2024-12-18">
<title>Haubargbrief Dezember 2024 | Freundeskreis Sieversflether Haubarg</title>
<script>var hb = {ausgabe: 38, rubrik: "haubargbrief"};</script>
</head>
<body>
<div class="cookie-hinweis">Ein einziges Cookie merkt sich, welche Monate Sie im \
Veranstaltungskalender aufgeklappt haben. <button type="button">Alles klar</button></div>
<nav><a href="/">Der Haubarg</a> &middot; <a href="/reet">Das Reetdach</a> &middot; <a \
href="/termine">Termine</a> &middot; <a href="/freundeskreis">Freundeskreis</a></nav>
<main>
<h1>Neues Reet, alte Sorgen</h1>
<p>Das Dach ist dicht. Nach elf Wochen Arbeit liegen auf der Westseite unseres Haubargs 2.400 \
Bund frisches Reet aus dem Eiderästuar, gedeckt von zwei Meistern aus Garding und ihrem Lehrling. \
Die Kosten von knapp 38.000 Euro tragen zur Hälfte das Land und zur Hälfte Sie, liebe Mitglieder, \
mit Ihren Spenden. Unter dem Pyramidendach, das ein Marschbauer 1742 aufrichten ließ, ist wieder \
Platz für 90 Fuder Heu &ndash; oder für unseren Adventsmarkt, zu dem am zweiten Advent gut 1.150 \
Gäste kamen.</p>
<p>Der Lehrling heißt Taras Melnytschuk, ist 24 und stammt aus einem Dorf am Dnipro unterhalb von \
Cherson. Seit dem Sommer 2023 lebt er in Tönning und lernt das Reetdecken, „weil man dabei den \
Himmel sieht“. Sein Cousin steuert Aufklärungsdrohnen für eine Brigade, die noch immer einen \
Streifen des Gebiets Kursk hält. Am Samstag schrieb er Taras, vor ihren Stellungen bei Sudscha \
seien [[mehrere hundert]] Nordkoreaner aufgetaucht, „zu Fuß, in langen Reihen, mitten am Tag“.</p>
<p>Am Glühweinstand half Park Ji-hoon aus, Wattforscher aus Mokpo, der ein Jahr lang an einem \
Institut in Kiel die Salzwiesen der Westküste mit denen am Gelben Meer vergleicht. Er geht davon \
aus, dass es bis zum Frühjahr [[20.000]] nordkoreanische Soldaten in Russland sein werden. „Kim \
braucht Devisen und Erfahrung, Putin braucht Männer“, sagt er.</p>
<h2>Was die Dienste zählen</h2>
<p>Der südkoreanische Geheimdienst NIS unterrichtete am Montag Abgeordnete in Seoul. Demnach \
seien bei den Kämpfen im Gebiet Kursk [[mindestens 100]] nordkoreanische Soldaten getötet und \
[[fast 1.000]] verwundet worden. Viele von ihnen wüssten nicht, wie man sich vor Drohnen schützt. \
Zudem fehle es an Übersetzern, die Befehle kämen oft zu spät.</p>
<p>Im Pentagon hieß es am Dienstag, die Verluste der Nordkoreaner gingen inzwischen in die \
[[Hunderte]]. Präsident Selenskyj zufolge stehen mittlerweile [[rund 12.000]] Nordkoreaner im \
Gebiet Kursk; das sagte er am Sonntag in seiner abendlichen Videobotschaft. Nach Einschätzung des \
ukrainischen Militärgeheimdienstes hält Pjöngjang schon eine zweite Welle von [[bis zu 6.000]] \
Mann bereit. Zum Vergleich: Nordkoreas Armee zählt mehr als eine Million Soldaten, und die \
Ukraine meldet Tag für Tag über 1.500 getötete oder verwundete Russen.</p>
<h2>Termine</h2>
<p>Lichterabend im Haubarg am 28. Dezember um 17 Uhr, Eintritt frei. Der Jahresbeitrag für 2025 \
bleibt bei 30 Euro.</p>
</main>
<footer>Freundeskreis Sieversflether Haubarg e.V. &middot; 25889 Witzwort &middot; Telefon 04864 \
73 19 02 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/kalender.js?v=4"></script>
</body>
</html>
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sat",
          "a thatching apprentice relaying his cousin, a drone pilot near Sudzha ('Am Samstag "
          "schrieb er Taras', 14 December; the speaker quoted: other): in front of their "
          "positions"),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "a mudflat researcher from Mokpo 'geht davon aus' (undated): in Russia by spring (a "
          "forecast)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "mon",
          "the NIS 'unterrichtete am Montag Abgeordnete' (16 December), 'Demnach seien …': "
          "killed"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "mon",
          "same briefing, Konjunktiv: wounded ('fast' as approx)"),
        C("Hunderte", None, "vague", "casualties", "united_states", "tue",
          "'Im Pentagon hieß es am Dienstag' (17 December): losses 'in die Hunderte'"),
        C("rund 12.000", 12000, "approx", "near_front", "ukraine", "sun",
          "'Präsident Selenskyj zufolge', the day in the next clause ('das sagte er am Sonntag', "
          "15 December): in the Kursk region"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): a 'zweite Welle' "
          "held ready (increment, planned)", add=True),
    ),
)

S02 = Source(
    article_id="v144_02_birnenpost_poellau",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-10-24"),
    dated_by="dateline",
    features="the perry-pear growers' news from Pöllau in the Oststeiermark as plain text, "
        "ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the place line 'Pöllau, "
        "24. Oktober 2025' (Friday); Austrian conventions (`heuer`, `Jänner`, `Feber`, `Obfrau`, "
        "`geklaubt`); the harvest first; a tavern cook from near Cherkasy relaying her son, a "
        "mortar man at the Sumy border, 'Vorgestern, erzählt Natalija, habe er angerufen' "
        "`etliche hundert` newly arrived opposite (vague, other, an ISO date); a working-holiday "
        "student from Daegu 'glaubt sie' `nicht weniger als 15.000` sent (at_least, other, "
        "`pub`); the NIS 'erklärte Mitte September' `rund 2.000` fallen and 'Heuer im Feber' "
        "(the month) `300` dead; 'Dem … HUR zufolge' `an die 1.000` sappers in Kursk (`pub`); "
        "Russia's ambassador in Pyongyang 'Am Dienstag' 'weitere' `5.000` builders for the "
        "winter (increment before the figure, planned); Rutte 'in der Vorwoche' (`lastweek`) "
        "`zwischen 14.000 und 15.000` (range, nato); North Korean television 'am Sonntag' "
        "`Tausenden` volunteers who fought in Kursk (north_korea, near the front); pear trees, "
        "tonnes, cents, press days, Russian losses a day, ages, years, euros, a phone number",
    text="""\
Hirschbirnenverein Pöllauer Tal - Mitteilungen an die Mitglieder

Pöllau, 24. Oktober 2025

Liebe Mitglieder, liebe Freundinnen und Freunde der Hirschbirne,

die Ernte ist eingebracht, und heuer dürfen wir zufrieden sein. Von den rund 2.800 alten \
Hirschbirnbäumen im Naturpark haben unsere Mitglieder knapp 160 Tonnen Birnen geklaubt, fast \
doppelt so viel wie im Frostjahr davor. Die Presse in Schönegg lief an neun Tagen, der Saft ist \
im Tank, und gebrannt wird im Jänner. Für das Kilo Pressbirnen zahlt die Genossenschaft heuer 38 \
Cent.

Mitgeklaubt haben auch zwei Frauen, die von weit her kommen. Natalija Kowaltschuk, 52, aus einem \
Dorf bei Tscherkassy kocht seit dem Feber 2023 in einem Buschenschank am Pöllauberg. Ihr Sohn \
dient in einer Granatwerfer-Einheit an der Grenze im Gebiet Sumy. Vorgestern, erzählt Natalija, \
habe er angerufen: Gegenüber, auf der russischen Seite, seien [[etliche hundert]] Nordkoreaner \
neu eingetroffen. Sie graben sich ein, habe er gesagt, und sie seien sehr jung.

Lee Seo-yeon, 26, aus Daegu ist mit einem Working-Holiday-Visum für ein Jahr in der Steiermark. \
An der Presse hat sie Kisten geschleppt und nebenbei erzählt, dass ihr Großvater als Bub aus \
Hamhung in den Süden geflohen ist. Den Zahlen aus Seoul traut sie nicht ganz. Es seien [[nicht \
weniger als 15.000]] gewesen, die Kim nach Russland geschickt habe, glaubt sie.

Was in den letzten Wochen gemeldet wurde

Der südkoreanische Geheimdienst NIS erklärte Mitte September, [[rund 2.000]] nordkoreanische \
Soldaten seien bisher an der Front gestorben. Heuer im Feber hatte derselbe Dienst die Zahl der \
Toten noch mit [[300]] angegeben. Dem ukrainischen Militärgeheimdienst HUR zufolge räumen derzeit \
[[an die 1.000]] nordkoreanische Pioniere Minen im Gebiet Kursk.

Am Dienstag kündigte Russlands Botschafter in Pjöngjang an, im Winter kämen weitere [[5.000]] \
Bausoldaten aus dem Norden, um zerstörte Dörfer wieder aufzubauen. Nato-Generalsekretär Mark \
Rutte sagte in der Vorwoche, Nordkorea habe seit dem vergangenen Herbst [[zwischen 14.000 und \
15.000]] Soldaten nach Russland geschickt. Und das nordkoreanische Staatsfernsehen zeigte am \
Sonntag einen Film, in dem von [[Tausenden]] Freiwilligen die Rede war, die in Kursk "für die \
Freunde" gekämpft hätten. Die russischen Verluste gibt Kiew übrigens mit rund 1.000 Mann am Tag an.

Aus dem Verein

- Hirschbirnenfest am Sonntag, 9. November, ab 10 Uhr am Kirchplatz, Eintritt 5 Euro.
- Die Jahreshauptversammlung ist im Jänner, die Obfrau bittet um Anträge bis 15. Dezember.
- Baumschnittkurs im Feber, 25 Euro. Anmeldung bei Theresia Schwarz, Tel. 03335 22 47 18.
""",
    claims=(
        C("etliche hundert", None, "vague", "near_front", "other", "2025-10-22",
          "a tavern cook relaying her son, a mortar man at the Sumy border ('Vorgestern, erzählt "
          "Natalija, habe er angerufen': two days before the Friday letter, 22 October; the "
          "speaker quoted: other), Konjunktiv: newly arrived opposite"),
        C("nicht weniger als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a working-holiday student from Daegu, '…, glaubt sie' (undated, claimant after the "
          "figure): sent to Russia"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-11..2025-09-20",
          "the NIS 'erklärte Mitte September' (days 11-20): dead"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-02-01..2025-02-28",
          "'Heuer im Feber hatte derselbe Dienst' (Austrian for February this year: the "
          "month): the earlier count of the dead"),
        C("an die 1.000", 1000, "approx", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst HUR zufolge' (undated): sappers clearing mines "
          "in Kursk ('an die' as approx)"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "Russia's ambassador in Pyongyang 'Am Dienstag kündigte … an' (21 October), "
          "Konjunktiv 'kämen': 'weitere' builders in winter (increment before the figure, "
          "planned)", add=True),
        C("zwischen 14.000 und 15.000", None, "range", "in_russia", "nato", "lastweek",
          "Rutte 'sagte in der Vorwoche' (the week before: `lastweek`): sent since last autumn"),
        C("Tausenden", None, "vague", "near_front", "north_korea", "sun",
          "North Korean state television 'am Sonntag' (19 October): volunteers who fought in "
          "Kursk (in combat there: near the front)"),
    ),
)

S03 = Source(
    article_id="v144_03_viaduktblatt_brusio_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-08-26"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Freunde des Kreisviadukts Brusio – Viaduktblatt",
        "https://www.kreisviadukt-freunde.example/viaduktblatt/sommer-2025",
        "Viaduktblatt Sommer 2025: Ein Sommer am Kreisviadukt",
    ),
    features="the spiral viaduct friends' paper from Brusio in the Puschlav (Grisons) in "
        "Markdown, UTF-16 LE with BOM and CRLF, front matter without a date (sidecar, Tuesday) "
        "and a title without a figure; Swiss conventions (`ss`, «», `48'000`, `3'100`, `11'000`, "
        "`10'000 bis 12'000`, `6'000`, a 4-digit `6000`, `Selenski`); visitors and trains first; "
        "a tour guide from Daejeon «Am Ende werden es `zwanzigtausend` sein» (number word, "
        "planned, other, `pub`); a track worker from Lviv relaying his brother, a medic, who "
        "wrote 'Am Wochenende' `einige Dutzend` wounded carried out (vague, casualties, other, "
        "Saturday-Sunday); 'Laut dem … NIS …; das hiess es am Donnerstag' `rund 11'000` in Kursk "
        "and, by Konjunktiv, `6000` builders and deminers 'dazugekommen' (an increment without "
        "'weitere'); the Pentagon 'geht … aus' `10'000 bis 12'000` (range, `pub`); Selenski "
        "'Mitte August' `über 6'000` dead and wounded; Shoigu 'Ende Juli' `Tausende` helpers for "
        "Kursk (russia, planned); visitors, trains, ice creams and francs, arches, metres, "
        "Russian losses a day, a meeting date, a phone number",
    text="""\
---
title: "Viaduktblatt Sommer 2025"
rubrik: Aus dem Verein
---

# Ein Sommer am Kreisviadukt

Der Sommer war der beste seit der Eröffnung unseres Besucherpfads. Zwischen Juni und August \
zählten wir am Viadukt knapp 48'000 Gäste, ein Drittel mehr als im Vorjahr. An Spitzentagen \
drehen bis zu 22 Züge ihre Runde über die neun Bögen, und der Kiosk beim Bahnhof Brusio hat 3'100 \
Glacés verkauft, das Stück zu Fr. 3.50. Die Gemeinde hat versprochen, die Treppe zum \
Aussichtspunkt bis Ende Jahr zu verbreitern.

## Zwei Gäste, zwei Blicke

Jeden Dienstag und Freitag führte Han So-yeon ihre Reisegruppen über den Pfad. Die Reiseleiterin \
aus Daejeon kennt die Berninastrecke seit zwölf Jahren; ihre Gäste, sagt sie, fragen nach Heidi, \
nach Schokolade und immer öfter nach dem Norden. «Am Ende werden es [[zwanzigtausend]] sein, die \
Kim nach Russland schickt», sagt sie. «Vielleicht mehr.»

Im Gleisbau bei der Rhätischen Bahn in Poschiavo arbeitet seit dem letzten Winter Bohdan Lysenko, \
38, aus Lwiw. Sein jüngerer Bruder ist Sanitäter in einer Brigade im Gebiet Sumy. Am Wochenende \
habe der Bruder ihm geschrieben, jenseits der Grenze hätten die Russen [[einige Dutzend]] \
verwundete Nordkoreaner aus einem Wäldchen geborgen. Bohdan erzählt das beim Znüni, ohne von \
seinem Brot aufzuschauen.

## Was die Dienste sagen

Laut dem südkoreanischen Nachrichtendienst NIS stehen weiterhin [[rund 11'000]] nordkoreanische \
Soldaten in der Region Kursk; das hiess es am Donnerstag in Seoul. Seit dem Frühjahr seien \
[[6000]] Militärbauarbeiter und Minenräumer dazugekommen. Das Pentagon geht von [[10'000 bis \
12'000]] Nordkoreanern in Russland aus.

Präsident Selenski sprach Mitte August von [[über 6'000]] getöteten und verwundeten \
Nordkoreanern. Russlands Sicherheitsratschef Sergei Schoigu hatte Ende Juli bei einem Besuch in \
Pjöngjang [[Tausende]] nordkoreanische Helfer für den Wiederaufbau von Kursk angekündigt. Die \
Ukraine meldet derweil täglich rund 900 getötete oder verwundete Russen.

## Termine

- Herbstführung mit Apéro: Samstag, 27. September, 14 Uhr, ab Bahnhof Brusio, Fr. 15.–
- Generalversammlung: Freitag, 14. November, 19.30 Uhr, Sala comunale Brusio
- Anmeldung und Auskunft: 081 846 52 17
""",
    claims=(
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a tour guide from Daejeon, «Am Ende werden es … sein», 'sagt sie' (undated): sent in "
          "the end (number word, a forecast)"),
        C("einige Dutzend", None, "vague", "casualties", "other", "sat..sun",
          "a track worker relaying his brother, a medic near Sumy ('Am Wochenende habe der "
          "Bruder ihm geschrieben': Saturday-Sunday, 23-24 August; the speaker quoted: other): "
          "wounded recovered across the border"),
        C("rund 11'000", 11000, "approx", "near_front", "south_korea", "thu",
          "'Laut dem … NIS …; das hiess es am Donnerstag in Seoul' (21 August, the day after the "
          "figure): in the Kursk region"),
        C("6000", 6000, "exact", "in_russia", "south_korea", "thu",
          "same statement, Konjunktiv: builders and deminers 'dazugekommen' since spring (come "
          "in addition: increment without 'weitere')", add=True),
        C("10'000 bis 12'000", None, "range", "in_russia", "united_states", "pub",
          "'Das Pentagon geht von … aus' (undated): in Russia"),
        C("über 6'000", 6000, "at_least", "casualties", "ukraine", "2025-08-11..2025-08-20",
          "Zelensky ('Präsident Selenski', the Swiss spelling) 'sprach Mitte August' (days "
          "11-20): killed and wounded"),
        C("Tausende", None, "vague", "planned", "russia", "2025-07-21..2025-07-31",
          "Shoigu 'hatte Ende Juli … angekündigt' (day 21 to the month's end): helpers for "
          "rebuilding Kursk (an announcement: planned)"),
    ),
)

S04 = Source(
    article_id="v144_04_mundartbrief_engen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-03-14"),
    dated_by="front_matter", crlf=True,
    features="an Alemannic dialect circle's letter from Engen in the Hegau after the Fasnet in "
        "Markdown, windows-1252 with CRLF (`„“`), front matter with `date:` (Friday) and a title "
        "without a figure; the dialect evening, the booklet and the parade first; a dialect "
        "linguist from Andong 'schätzt' 'nochmals' `10.000` by summer (increment before the "
        "figure, planned, other, `pub`); a bus driver from Zaporizhzhia relaying his son near "
        "Sudzha, whose voice message came 'Am Mittwoch' `Hunderten` attacking in small groups "
        "(other); 'Vergangene Woche hieß es aus Seoul' 'noch einmal' `1.000 bis 1.500` "
        "'nachgeschickt' (range, increment) and, carried by 'so der Geheimdienst', 'Insgesamt' "
        "`etwa 4.000` dead and wounded (a total, not an increment); 'In einem Bericht des "
        "US-Verteidigungsministeriums, den Kongressabgeordnete am Montag erhielten' `etwa 8.000` "
        "still fighting around Kursk; the General Staff in Kyiv 'Anfang März' `zwei` 'weitere' "
        "captured (number word, casualties, increment); verses, guests, booklets, spectators, "
        "euros, Russian losses a day, ages, years, a phone number",
    text="""\
---
title: "Nach der Fasnet"
date: 2025-03-14
kreis: Mundartkreis Hegau, Engen
---

# Nach der Fasnet: Reime, ein Gast aus Andong und Nachrichten aus Kursk

Liebe Freundinnen und Freunde der alemannischen Mundart,

die Fasnet ist verbrannt, und unser Kreis war mittendrin. Beim Narrenspiegel im Rathaussaal \
trugen elf Mitglieder 46 Verse vor, 380 Gäste haben gelacht und geklatscht, und unser Heftle \
„Hegauer Sprüch“ ist mit 1.200 gedruckten Stück fast vergriffen. Am Fasnetmontag standen nach \
Schätzung der Polizei rund 14.000 Zuschauer am Umzug. Das Heftle kostet 6 Euro; den Erlös von gut \
5.800 Euro bekommt die Jugendbühne.

## Ein Gast aus Andong

Drei Wochen lang war Kwon Tae-sik bei uns, 61, Sprachwissenschaftler an der Universität Andong, \
der die Mundarten im Süden Koreas erforscht und wissen wollte, wie man zwischen Hohentwiel und \
Bodensee reimt. Er hat jedes Wort aufgenommen, sogar die Schnitzelbänke im „Adler“. Über den \
Norden seines Landes spricht er offen. Er schätzt, dass Pjöngjang bis zum Sommer nochmals \
[[10.000]] Soldaten nach Russland schickt. „Kim verkauft seine jungen Männer wie Brennholz“, sagt \
er.

Zum ersten Mal auf unserer Bühne stand Wolodymyr Sawenko, 49, aus Saporischschja, der seit zwei \
Jahren den Linienbus zwischen Engen und Singen fährt und sein Alemannisch von den Fahrgästen \
gelernt hat. Sein Sohn ist Infanterist bei Sudscha, wo sich die Ukrainer seit Tagen zurückziehen \
müssen. Am Mittwoch kam eine Sprachnachricht von ihm: Die Nordkoreaner griffen mit [[Hunderten]] \
Mann an, in kleinen Trupps, bei Schnee und Nebel. Wolodymyr hat sie uns nach der Probe \
vorgespielt, und keiner hat etwas gesagt.

## Was gemeldet wird

Vergangene Woche hieß es aus Seoul, der Norden habe seit Jahresbeginn noch einmal [[1.000 bis \
1.500]] Mann nach Russland nachgeschickt. Insgesamt hätten die Nordkoreaner [[etwa 4.000]] Tote \
und Verwundete zu beklagen, so der Geheimdienst. In einem Bericht des \
US-Verteidigungsministeriums, den Kongressabgeordnete am Montag erhielten, ist von [[etwa 8.000]] \
Nordkoreanern die Rede, die noch im Raum Kursk kämpften. Anfang März meldete der Generalstab in \
Kiew, bei Sudscha seien [[zwei]] weitere nordkoreanische Soldaten gefangen genommen worden. Die \
russischen Verluste gibt die Ukraine mit über 1.300 Mann am Tag an.

## Termine

- Mundartabend „Frühling im Hegau“: 4. April, 20 Uhr, Gasthaus Sonne
- Neue Verse für das Heftle 2026 bitte bis 30. November einreichen
- Sprecher des Kreises: Bernd Ehinger, Telefon 07733 50 18 26
""",
    claims=(
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a dialect linguist from Andong 'schätzt' (undated): 'nochmals' by summer (increment "
          "before the figure, span without the word; planned)", add=True),
        C("Hunderten", None, "vague", "near_front", "other", "wed",
          "a bus driver relaying his son near Sudzha ('Am Mittwoch kam eine Sprachnachricht', 12 "
          "March; the speaker quoted: other), Konjunktiv: attacking in small groups"),
        C("1.000 bis 1.500", None, "range", "in_russia", "south_korea", "lastweek",
          "'Vergangene Woche hieß es aus Seoul' (the NIS, named in the next sentence): 'noch "
          "einmal … nachgeschickt' since the start of the year (increment)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "lastweek",
          "same statement, 'so der Geheimdienst': 'Insgesamt' dead and wounded (a total)"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "'In einem Bericht des US-Verteidigungsministeriums, den Kongressabgeordnete am Montag "
          "erhielten' (10 March): still fighting around Kursk"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-03-01..2025-03-10",
          "the General Staff in Kyiv 'meldete Anfang März' (days 1-10): 'weitere' soldiers "
          "captured (two more on top of the earlier prisoners: increment; number word)",
          add=True),
    ),
)

S05 = Source(
    article_id="v144_05_kerwabrief_burgwindheim",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-09-23"),
    dated_by="sidecar",
    sidecar=(
        "Kerwaburschen Burgwindheim – Kerwabrief",
        "https://www.kerwa-burgwindheim.example/kerwabrief/2025",
        "Kerwabrief 2025: Baum, Bier und Besuch aus aller Welt",
    ),
    features="the Kirchweih lads' letter from Burgwindheim in the Steigerwald as plain text, "
        "UTF-8 with BOM (sidecar, Tuesday), `„“` and `–`; the Kerwa tree and beer first; a "
        "brewing student from Incheon 'meint er' `weit über 20.000` ('weit über' as at_least, "
        "other, `pub`); a care assistant from Chernihiv relaying her brother-in-law, a sapper, "
        "'Vergangene Woche habe er ihr erzählt' `an die 300` dug in near Tyotkino (other, "
        "`lastweek`); 'Laut NIS' `gut 2.000` fallen, the date after the figure ('die Zahl nannte "
        "der Dienst Anfang des Monats') and, 'Zudem rechne der Geheimdienst damit', 'zusätzlich' "
        "`etwa 3.000` (increment, planned); the Kursk governor 'am Freitag' `etwa 1.500` sappers "
        "(russia, near the front); a NATO official 'vergangenen Mittwoch' (an ISO date) `11.000 "
        "bis 13.000` (range); North Korean television 'Am Sonntag' `einige hundert` returnees "
        "(optional); the White House 'im August' `mehr als 4.000` dead and wounded; metres, "
        "guests, beer prices, card players, Russian losses a day, ages, years, a phone number",
    text="""\
Kerwaburschen Burgwindheim e.V. – Kerwabrief 2025

Baum, Bier und Besuch aus aller Welt

Liebe Burgwindheimer, liebe Gäste von nah und fern,

die Kerwa ist vorbei, der Baum steht noch. 31 Meter misst die Fichte aus dem Gemeindewald, die \
wir am Samstag vor einer Woche mit Schwalben und Muskelkraft aufgestellt haben – ganz ohne Kran, \
wie es sich im Steigerwald gehört. An den vier Tagen kamen rund 2.600 Gäste ins Festzelt. Das \
Seidla Bier kostete 4,20 Euro, beim Schafkopfturnier am Montag spielten 72 Leute, und das \
Betzn-Austanzen gewann zum ersten Mal ein Paar aus Ebrach.

Hinter dem Ausschank stand Kim Do-yun, 27, aus Incheon. Er studiert Brauwesen in Weihenstephan \
und macht gerade sein Praktikum in einer Brauerei in Schlüsselfeld. Beim Zapfen kam das Gespräch \
auf seine Heimat. Was Nordkorea nach Russland geschickt habe, sei viel mehr, als die Regierungen \
sagten, meint er: „[[weit über 20.000]] Mann, wenn man die Bauarbeiter mitzählt.“

In der Küche half Halyna Petrenko, 44, aus Tschernihiw, die im Seniorenheim in Burgebrach als \
Pflegehelferin arbeitet. Ihr Schwager dient als Pionier im Gebiet Sumy. Vergangene Woche habe er \
ihr erzählt, jenseits der Grenze bei Tjotkino hätten sich [[an die 300]] Nordkoreaner \
eingegraben, sagt Halyna. Dann ging sie wieder an die Bratwürste.

Was man in diesen Tagen liest

Laut NIS, dem südkoreanischen Geheimdienst, sind seit dem vergangenen Herbst [[gut 2.000]] \
nordkoreanische Soldaten gefallen; die Zahl nannte der Dienst Anfang des Monats. Zudem rechne der \
Geheimdienst damit, dass Pjöngjang bis Jahresende zusätzlich [[etwa 3.000]] Mann schickt. Der \
Gouverneur von Kursk sprach am Freitag von [[etwa 1.500]] nordkoreanischen Pionieren, die in \
seinem Gebiet noch Minen räumten.

Ein Nato-Vertreter sagte vergangenen Mittwoch in Brüssel, man gehe von [[11.000 bis 13.000]] \
Nordkoreanern in Russland aus. Am Sonntag zeigte das nordkoreanische Fernsehen, wie Kim Jong Un \
[[einige hundert]] aus Kursk heimgekehrte Soldaten mit Blumen empfing. Das Weiße Haus hatte im \
August von [[mehr als 4.000]] Toten und Verwundeten gesprochen. Russland verliere täglich an die \
900 Mann, heißt es aus Kiew.

Termine
– Baumumlegen: Samstag, 4. Oktober, 14 Uhr, danach Brotzeit am Feuerwehrhaus
– Kerwa-Nachlese mit Bildern: 17. Oktober, 19 Uhr, im Sportheim
– Kontakt: Lukas Dippold, Telefon 09553 98 12 40
""",
    claims=(
        C("weit über 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "a brewing student from Incheon, 'meint er', the figure in his quote (undated): sent "
          "to Russia ('weit über' as at_least)"),
        C("an die 300", 300, "approx", "near_front", "other", "lastweek",
          "a care assistant relaying her brother-in-law, a sapper ('Vergangene Woche habe er ihr "
          "erzählt … sagt Halyna'; the speaker quoted: other): dug in across the border"),
        C("gut 2.000", 2000, "at_least", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Laut NIS', the date after the figure ('die Zahl nannte der Dienst Anfang des "
          "Monats': days 1-10): fallen ('gut' as at_least)"),
        C("etwa 3.000", 3000, "approx", "planned", "south_korea", "2025-09-01..2025-09-10",
          "'Zudem rechne der Geheimdienst damit' (carried): 'zusätzlich' by the end of the year "
          "(increment, planned)", add=True),
        C("etwa 1.500", 1500, "approx", "near_front", "russia", "fri",
          "the Kursk governor 'sprach am Freitag' (19 September): sappers still clearing mines"),
        C("11.000 bis 13.000", None, "range", "in_russia", "nato", "2025-09-17",
          "'Ein Nato-Vertreter sagte vergangenen Mittwoch' (the Wednesday before the Tuesday "
          "letter, 17 September): in Russia"),
        C("einige hundert", None, "vague", "in_russia", "north_korea", "sun",
          "North Korean television 'Am Sonntag' (21 September): soldiers back from Kursk "
          "(returnees, as in earlier sets: optional)", opt=True),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-08-01..2025-08-31",
          "'Das Weiße Haus hatte im August … gesprochen' (the month): dead and wounded"),
    ),
)

S06 = Source(
    article_id="v144_06_badbrief_neuhaus_solling_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-05-27"),
    dated_by="sidecar",
    sidecar=(
        "Förderverein Waldfreibad Neuhaus im Solling – Badbrief",
        "https://www.waldfreibad-neuhaus.example/badbrief/2025-1",
        "Badbrief 1/2025: Das Becken ist voll",
    ),
    features="a forest pool supporters' letter from Neuhaus im Solling in HTML, windows-1252 "
        "with raw umlauts and `–`, no meta date (sidecar, Tuesday), a cookie banner about the "
        "water temperature display, navigation, a script, a footer with a postcode and a phone "
        "number; `<title>` and headline without a figure; the opening day first; a lifeguard "
        "from Kharkiv relaying his father, an ambulance driver near Sumy, 'Am Sonntag habe der "
        "Vater gesagt' `Dutzende` (other); an exchange teacher from Gwangju `Zwischen 15.000 und "
        "20.000` (sentence-initial range, other, `pub`); 'Laut den Vereinigten Stabschefs in "
        "Seoul …; das teilte die Behörde am Donnerstag mit' `über 1.000` 'frische' soldiers to "
        "make up the losses (increment); 'Nach Angaben des Pentagons' `mehr als 14.000` "
        "(`pub`); Budanov 'in einem Interview, das am Freitag erschien' `rund 1.000` fallen and "
        "'Insgesamt' `bis zu 25.000` (a total, planned, not an increment); a NATO spokesman "
        "'verwies am Montag auf' `etwa 11.000`; water temperature, bathers, the pool's metres "
        "and year, hours, euros, Russian losses a day, villagers, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Badbrief 1/2025 – Förderverein Waldfreibad Neuhaus im Solling</title>
<script>var wfb = {ausgabe: "2025-1", anzeige: "wassertemperatur"};</script>
</head>
<body>
<div class="cookiebanner">Ein Cookie speichert, ob Sie die Wassertemperatur in Grad oder als \
Bibber-Skala sehen möchten. <a href="#" class="ok">Einverstanden</a> · <a \
href="/datenschutz">Datenschutz</a></div>
<nav><a href="/">Start</a> – <a href="/zeiten">Öffnungszeiten</a> – <a \
href="/verein">Förderverein</a> – <a href="/badbrief">Badbrief</a></nav>
<article>
<h1>Das Becken ist voll</h1>
<p>Am Samstag hat unser Waldfreibad die Saison eröffnet, bei 17 Grad Wassertemperatur und \
leichtem Nieselregen. Trotzdem kamen 212 Badegäste, die ersten schon um neun Uhr. Das \
50-Meter-Becken von 1936 hat im Winter eine neue Folie bekommen; darin stecken 146 ehrenamtliche \
Arbeitsstunden und 18.500 Euro aus Spenden. Die Saisonkarte kostet weiter 45 Euro, für Kinder 25 \
Euro – in einem Dorf mit gut tausend Einwohnern ist das Bad eben Sache aller.</p>
<p>Neu auf dem Turm sitzt Denys Hryzenko, 19, aus Charkiw. Er hat im April in Holzminden sein \
Rettungsschwimmerabzeichen in Silber gemacht und beginnt im August eine Ausbildung zum \
Fachangestellten für Bäderbetriebe. Sein Vater fährt einen Sanitätswagen im Grenzgebiet bei Sumy. \
Am Sonntag habe der Vater gesagt, auf der anderen Seite seien wieder [[Dutzende]] Nordkoreaner \
aufgetaucht, erzählt Denys beim Kontrollgang am Beckenrand.</p>
<p>Am Kiosk hilft samstags Choi Eun-hye aus, Austauschlehrerin aus Gwangju, die ein Jahr lang an \
einem Internat im Solling Koreanisch und Mathematik unterrichtet. Die offiziellen Angaben aus \
Seoul hält sie für zu niedrig. „[[Zwischen 15.000 und 20.000]] werden es insgesamt gewesen sein“, \
sagt sie und reicht ein Eis über die Theke.</p>
<h2>Nachrichten, die mitschwimmen</h2>
<p>Laut den Vereinigten Stabschefs in Seoul sind seit Ende April [[über 1.000]] frische \
nordkoreanische Soldaten in Russland eingetroffen, um die Verluste auszugleichen; das teilte die \
Behörde am Donnerstag mit. Nach Angaben des Pentagons hat Pjöngjang seit Oktober [[mehr als \
14.000]] Soldaten nach Russland gebracht.</p>
<p>Kyrylo Budanow, Chef des ukrainischen Militärgeheimdienstes, erklärte in einem Interview, das \
am Freitag erschien, seit Jahresbeginn seien [[rund 1.000]] Nordkoreaner gefallen. Insgesamt \
könne Kim [[bis zu 25.000]] Mann für Russland bereitstellen. Ein Nato-Sprecher verwies am Montag \
auf [[etwa 11.000]] Nordkoreaner, die nach wie vor in Russland stationiert seien. Die russischen \
Verluste gibt Kiew mit rund 1.100 Mann am Tag an.</p>
<h2>Termine</h2>
<ul><li>Arbeitseinsatz Liegewiese: Samstag, 7. Juni, 9 Uhr</li><li>Mondscheinschwimmen: Samstag, \
14. Juni, 21 Uhr</li></ul>
</article>
<footer>Förderverein Waldfreibad Neuhaus im Solling e.V. · 37603 Holzminden · Telefon 05536 14 72 \
09</footer>
<script src="/js/temperatur.js"></script>
</body>
</html>
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "sun",
          "a lifeguard relaying his father, an ambulance driver near Sumy ('Am Sonntag habe der "
          "Vater gesagt … erzählt Denys', 25 May; the speaker quoted: other): across the border"),
        C("Zwischen 15.000 und 20.000", None, "range", "in_russia", "other", "pub",
          "an exchange teacher from Gwangju, „…“, 'sagt sie' (undated): sent in all "
          "(sentence-initial range)"),
        C("über 1.000", 1000, "at_least", "in_russia", "south_korea", "thu",
          "'Laut den Vereinigten Stabschefs in Seoul …; das teilte die Behörde am Donnerstag "
          "mit' (22 May): 'frische' soldiers to make up the losses (replacements: increment)",
          add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "pub",
          "'Nach Angaben des Pentagons' (undated): brought to Russia since October"),
        C("rund 1.000", 1000, "approx", "casualties", "ukraine", "fri",
          "Budanov 'erklärte in einem Interview, das am Freitag erschien' (23 May; a relative "
          "clause dates it): fallen since the start of the year"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "fri",
          "same interview, Konjunktiv: 'Insgesamt könne Kim … bereitstellen' (a total, not an "
          "increment; planned)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "nato", "mon",
          "'Ein Nato-Sprecher verwies am Montag auf' (26 May): still stationed in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Langkawi, Inuvik, Lofoten, Golden Bay, Ladakh, Meghalaya)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v144_07_marina_wire_langkawi",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-21"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from a Langkawi marina (Malaysia) where yachts are "
        "laid up for the monsoon, as plain text, UTF-8 with CRLF, slug line and dateline "
        "'LANGKAWI, Malaysia, May 21, 2025 (Straits Maritime Wire) –' (Wednesday); the "
        "headline's 'Seoul's tally of' `15,000` from the defence ministry's figure of Tuesday "
        "(Tuesday to publication, hedge dropped); 'South Korea's defence ministry told reporters "
        "in Seoul on Tuesday' `about 15,000`, 'including another' `3,000` (increment) and 'The "
        "ministry put North Korean casualties at' `roughly 5,000`; a deckhand from Izmail "
        "relaying his brother, a marine, who 'had told him by phone on Sunday' `hundreds` "
        "opposite his unit (other); a yacht captain from Yeosu 'reckons' `closer to 20,000` "
        "(approx, other, `pub`); a US Indo-Pacific Command officer 'briefing reporters in "
        "Honolulu on Monday, put the number still deployed in Kursk at' `between 10,000 and "
        "11,000`; Russia's embassy 'said in a statement' `a few thousand` 'Korean friends' who "
        "helped free Kursk (russia, near the front, `pub`); Ukraine's ambassador relaying Kyiv's "
        "military intelligence 'on Monday' `up to 10,000` 'more' (increment, planned); "
        "superyachts (`dozens`), kilometres, berths, ringgit and dollars, Russian losses, North "
        "Korea's whole army, ages, a newsdesk phone number",
    text="""\
SMW-0521 MALAYSIA-YACHTS-KOREAS

Far from Kursk, Langkawi yacht crews follow Seoul's tally of [[15,000]]

LANGKAWI, Malaysia, May 21, 2025 (Straits Maritime Wire) – On the pontoons of a marina on this \
resort island, where dozens of superyachts wait out the south-west monsoon, the talk among the \
crews this week has been of a war some 7,500 kilometres away.

South Korea's defence ministry told reporters in Seoul on Tuesday that Pyongyang had dispatched \
[[about 15,000]] troops to Russia's war since last autumn, including another [[3,000]] sent in \
January and February to replace losses. The ministry put North Korean casualties at [[roughly \
5,000]] killed or wounded, most of them in the winter fighting around Sudzha.

Oleksii Marchenko, 29, a deckhand from Izmail on a British-flagged motor yacht, said his brother, \
a marine in the Sumy border area, had told him by phone on Sunday that [[hundreds]] of North \
Koreans had moved into Russian villages opposite his unit. "He says they are disciplined and they \
dig very fast," Marchenko said, coiling a line.

Two berths away, Jung Min-ho, 41, a yacht captain from Yeosu, reckons the true number sent is \
[[closer to 20,000]]. "Seoul counts what it can prove," he said.

A US Indo-Pacific Command officer, briefing reporters in Honolulu on Monday, put the number still \
deployed in Kursk at [[between 10,000 and 11,000]]. Russia's embassy in Kuala Lumpur said in a \
statement that [[a few thousand]] "Korean friends" had helped to free Kursk and that Moscow was \
grateful.

Ukraine's ambassador to Malaysia, Denys Mykhailenko, said on Monday that Kyiv's military \
intelligence expected [[up to 10,000]] more North Korean soldiers to arrive in Russia this \
summer. Ukraine's own figures put Russian losses since February 2022 at more than 960,000 killed \
and wounded, while North Korea keeps about 1.2 million men under arms.

The marina's manager said 64 of its 220 berths were taken by yachts laid up for the season, each \
paying from 3,900 ringgit (about $910) a month.

(Reporting by Nurul Izzah Hashim; editing by Tan Wei Ling)
SMW newsdesk +60 4 966 1207
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul's tally of 15,000': the defence ministry's figure of Tuesday in the "
          "body (20 May to publication, hedge dropped)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "'South Korea's defence ministry told reporters in Seoul on Tuesday' (20 May): "
          "dispatched to Russia's war"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "tue",
          "same briefing, 'including another' (increment, span without the word): sent in "
          "January and February to replace losses", add=True),
        C("roughly 5,000", 5000, "approx", "casualties", "south_korea", "tue",
          "'The ministry put North Korean casualties at' (same day): killed or wounded"),
        C("hundreds", None, "vague", "near_front", "other", "sun",
          "a deckhand relaying his brother, a marine in the Sumy border area ('had told him by "
          "phone on Sunday', 18 May; the speaker quoted: other): moved into villages opposite "
          "his unit"),
        C("closer to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a yacht captain from Yeosu 'reckons' (undated): the true number sent ('closer to' as "
          "approx, as 'nearer')"),
        C("between 10,000 and 11,000", None, "range", "near_front", "united_states", "mon",
          "'A US Indo-Pacific Command officer, briefing reporters in Honolulu on Monday, put the "
          "number … at' (19 May): still deployed in Kursk"),
        C("a few thousand", None, "vague", "near_front", "russia", "pub",
          "Russia's embassy in Kuala Lumpur 'said in a statement' (no day given: `pub`): 'Korean "
          "friends' who helped to free Kursk (in combat there)"),
        C("up to 10,000", 10000, "at_most", "planned", "ukraine", "mon",
          "Ukraine's ambassador 'said on Monday that Kyiv's military intelligence expected' (19 "
          "May): 'more' to arrive this summer (increment, planned)", add=True),
    ),
)

S08 = Source(
    article_id="v144_08_greenhouse_bulletin_inuvik_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-10"),
    dated_by="front_matter",
    features="a community greenhouse society's winter bulletin from Inuvik (Northwest "
        "Territories) in Markdown, UTF-8 with curly quotes, front matter with `date:` (Friday) "
        "and a title repeating the headline (optional); the headline 'Kyiv's `3,000`' from "
        "Zelensky's figure of Monday (Monday to publication, hedge dropped); the sunrise, plots "
        "and propane first; a nurse from Busan 'believes' `20,000 to 25,000` rotated through "
        "Russia by summer (range, planned, other, `pub`); a welder from Zaporizhzhia relaying a "
        "school friend, a machine gunner in Kursk, who wrote 'On New Year's Day' `about sixty` "
        "dead (number word, other, 1 January); Zelensky 'In his evening address on Monday' `more "
        "than 3,000` killed and wounded; 'A White House spokesman had said last week' `over a "
        "thousand` casualties in one week (number word, at_least); the JCS 'in late December' "
        "`around 1,100`; 'According to Ukraine's military intelligence' `about 8,000` still "
        "fighting (`pub`); a NATO official 'on Tuesday' `at least 11,000` sent; daylight, plots, "
        "dollars, degrees, residents, a seed swap, a phone number",
    text="""\
---
title: "Sunrise, seedlings and Kyiv's [[3,000]]"
date: 2025-01-10
society: Inuvik Community Greenhouse Society
issue: Winter bulletin
---

# Sunrise, seedlings and Kyiv's [[3,000]]

The sun came back over the Mackenzie Delta on Monday after thirty days below the horizon, and \
with it the first seed catalogues. Our greenhouse in the old arena has 74 community plots and 18 \
commercial ones, and 61 plot holders have already signed up for the coming season. Heating the \
seedling room through March and April cost us $4,180 in propane last year, so the board has asked \
the town for a grant of $2,500. On Wednesday it was minus 38 outside and plus 6 in the tool shed, \
which counts as a heat wave.

## Two new members

Grace Ahn is a nurse at the regional hospital. She grew up in Busan and came north from Vancouver \
in 2022 because, she says, she wanted to see a place colder than her grandmother's stories of \
Pyongyang. She has been following the news from Russia closely and believes the North will have \
rotated [[20,000 to 25,000]] soldiers through Russia by the summer. "They send them in waves," \
she told the board at the December meeting.

Mykhailo Bondarenko, a welder from Zaporizhzhia, came in 2023 on the emergency visa and works on \
the runway extension. A school friend of his is a machine gunner with a Ukrainian brigade in the \
Kursk region. On New Year's Day the friend wrote to him that after a single assault his platoon \
had counted [[about sixty]] dead North Koreans in a field outside a village. "He says they walk \
straight at the guns," Mykhailo said quietly.

## What the governments say

In his evening address on Monday, President Volodymyr Zelensky put North Korean losses in Kursk \
at [[more than 3,000]] killed and wounded. A White House spokesman had said last week that the \
North had suffered [[over a thousand]] casualties in a single week. South Korea's Joint Chiefs of \
Staff put the toll at [[around 1,100]] in late December.

According to Ukraine's military intelligence, [[about 8,000]] North Koreans are still fighting in \
Kursk, and a NATO official said on Tuesday that [[at least 11,000]] had been sent to Russia since \
October. Inuvik, for comparison, has about 3,100 residents.

## Notices

- Seed swap: Saturday, February 8, 1 to 4 pm, at the Midnight Sun Complex
- Plot fees for 2025: $60 community, $150 commercial
- Questions: call Lorraine at 867-777-4120
""",
    claims=(
        C("3,000", 3000, "exact", "casualties", "ukraine", "mon..pub",
          "front-matter `title:` repeating the headline (metadata)", opt=True),
        C("3,000", 3000, "exact", "casualties", "ukraine", "mon..pub",
          "headline 'Kyiv's 3,000': Zelensky's 'more than 3,000' of Monday in the body (6 "
          "January to publication, hedge dropped)"),
        C("20,000 to 25,000", None, "range", "planned", "other", "pub",
          "a nurse from Busan 'believes' (undated): rotated through Russia by the summer (a "
          "forecast)"),
        C("about sixty", 60, "approx", "casualties", "other", "2025-01-01",
          "a welder relaying a school friend, a machine gunner in Kursk ('On New Year's Day the "
          "friend wrote to him': 1 January; the speaker quoted: other): dead after one assault "
          "(number word)"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'In his evening address on Monday' (6 January): killed and wounded"),
        C("over a thousand", 1000, "at_least", "casualties", "united_states", "lastweek",
          "'A White House spokesman had said last week': casualties in a single week (number "
          "word)"),
        C("around 1,100", 1100, "approx", "casualties", "south_korea", "2024-12-21..2024-12-31",
          "the JCS 'put the toll at … in late December' (day 21 to the month's end)"),
        C("about 8,000", 8000, "approx", "near_front", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): still fighting in Kursk"),
        C("at least 11,000", 11000, "at_least", "in_russia", "nato", "tue",
          "'a NATO official said on Tuesday' (7 January): sent to Russia since October"),
    ),
)

S09 = Source(
    article_id="v144_09_expat_letter_henningsvaer_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-08"),
    dated_by="sidecar",
    sidecar=(
        "The Henningsvær Hub",
        "https://www.henningsvaer-hub.example/letters/2024-11",
        "November letter: dark season, full racks",
    ),
    features="an English-language expat newsletter from Henningsvær in Lofoten in HTML, "
        "windows-1252 (`æ`, curly quotes, `–` and `·` raw), no meta date (sidecar, Friday), a "
        "cookie note about the reading language, navigation, a script, a footer with a postcode "
        "and a phone number; `<title>` and headline without a figure; the dark season and the "
        "drying racks first; a northern-lights guide from Odesa relaying her husband, a sapper "
        "in Kursk, who 'had rung on Wednesday' `a few hundred` in the forest (other); a marine "
        "biologist from Tongyeong, 'she figures', `100,000` (other, planned, `pub`); the "
        "Pentagon 'said on Monday' `some 10,000` now in Kursk; Zelensky 'In an interview "
        "published on Tuesday' `11,000` in Kursk; 'South Korea's spy agency had estimated in late "
        "October' `around 3,000` in Russia and `10,000` by December (planned); Rutte 'on 28 "
        "October' `thousands` sent (vague, nato); residents, guests, metres of poles, kroner, "
        "Norway's army, distances, days of darkness, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>November letter · The Henningsvær Hub</title>
<link rel="stylesheet" href="/css/hub.css">
<script>window.hub = {issue: 23, season: "mørketid"};</script>
</head>
<body>
<div class="cookie-note">We keep one small cookie so the site remembers whether you read us in \
English or Norwegian. <a href="#">Fine by me</a> · <a href="/privacy">Details</a></div>
<nav><a href="/">Home</a> | <a href="/letters">Monthly letters</a> | <a href="/newcomers">For \
newcomers</a> | <a href="/contact">Get in touch</a></nav>
<main>
<h1>Dark season, full racks</h1>
<p>The sun leaves us on 6 December and will not be back until the first week of January, so this \
is the month for candles, sauna and the English conversation evening, which drew 38 people to the \
old fish-landing hall last Thursday. The village now has about 450 winter residents, some 60 of \
them from outside Norway. The drying racks behind the football pitch are being rebuilt before the \
skrei arrive: 1,200 metres of new poles, paid for with NOK 240,000 from the municipality.</p>
<p>Oksana Tkachuk, who came here from Odesa in 2022 and now guides northern-lights tours, told us \
her husband, a sapper with a Ukrainian brigade that still holds ground in Russia’s Kursk region, \
had rung on Wednesday. “He says the Koreans are there now, [[a few hundred]] of them in the \
forest in front of his position,” she said. “They do not know the drones yet.”</p>
<p>Park Eun-ji, a marine biologist from Tongyeong who is spending the winter at the fisheries \
research station in Svolvær, thinks the deployment is only beginning. The North, she figures, \
could send [[100,000]] men if the Kremlin keeps paying in oil and technology.</p>
<h2>The week’s figures</h2>
<p>The Pentagon said on Monday that [[some 10,000]] soldiers from the North were now in the Kursk \
region and would probably join the fighting within days. In an interview published on Tuesday, \
President Zelensky said Ukraine counted [[11,000]] of them in Kursk.</p>
<p>South Korea’s spy agency had estimated in late October that [[around 3,000]] were already in \
Russia and that the North would have sent [[10,000]] by December. NATO’s new secretary general, \
Mark Rutte, said on 28 October that [[thousands]] of North Korean soldiers had been sent to \
Russia. For scale: Norway’s whole army has about 8,000 soldiers, and the Russian border at \
Storskog is a good 900 kilometres north-east of us.</p>
</main>
<footer>The Henningsvær Hub · 8312 Henningsvær · +47 905 18 337 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/hub.js"></script>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "wed",
          "a northern-lights guide relaying her husband, a sapper in Kursk ('had rung on "
          "Wednesday', 6 November; the speaker quoted: other): in the forest in front of his "
          "position"),
        C("100,000", 100000, "exact", "planned", "other", "pub",
          "a marine biologist from Tongyeong, 'she figures' (undated): could send (planned)"),
        C("some 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'The Pentagon said on Monday' (4 November): now in the Kursk region"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'In an interview published on Tuesday' (5 November): counted in Kursk"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "'South Korea's spy agency had estimated in late October' (day 21 to the month's "
          "end): already in Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-21..2024-10-31",
          "same estimate: 'would have sent … by December' (a forecast total, planned)"),
        C("thousands", None, "vague", "in_russia", "nato", "2024-10-28",
          "Rutte 'said on 28 October': sent to Russia"),
    ),
)

S10 = Source(
    article_id="v144_10_letters_golden_bay",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-04-10"),
    dated_by="sidecar",
    sidecar=(
        "The Golden Bay Grapevine",
        "https://www.gbgrapevine.example/letters/2025-04-10",
        "Letters: Not so far away",
    ),
    features="a readers' letters page from a Golden Bay weekly (Takaka, New Zealand) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday), macrons (`Pōhara`); a beekeeper from "
        "Pōhara relaying her nephew, a drone pilot near Sumy, who 'On Saturday … sent me a "
        "message' `close to 200` in the grey zone (approx, other); a reader answering the "
        "weekly's own front page 'of 27 March' `12,000` (unattributed, required, that day) with "
        "the JCS 'at the end of March' `some 3,000` reinforcements (increment); a reader "
        "relaying her son-in-law, 'He tells me his old comrades reckon' `4,000` dead or wounded "
        "and 'He expects' `tens of thousands` 'more' (other, increment, planned, `pub`); a "
        "reader citing the US European commander to a Senate committee 'last week' `about "
        "11,000` sent to Kursk and `nearly 4,000` of those dead or wounded (a breakdown); "
        "NATO's secretary general 'On Wednesday' `up to 14,000` (at_most); a letter on the road "
        "closures with kilometres, hours, closures and per cent",
    text="""\
THE GOLDEN BAY GRAPEVINE – LETTERS

Not so far away

Sir, my nephew Yurii flies drones for a Ukrainian brigade near Sumy. On Saturday he sent me a \
message and a photograph of a frosty treeline: [[close to 200]] North Koreans, he wrote, had \
moved into the grey zone opposite his unit that week. I keep bees above Pōhara and read his \
messages in the honey shed, where the phone has one bar on a good day. The war is a long way from \
the bay, but not from my kitchen table.
Halyna Doroshenko, Pōhara

Sir, your front page of 27 March said [[12,000]] North Koreans were "fighting in Ukraine". They \
are not. They have been fighting in Russia's Kursk region, which matters to anyone who cares \
about borders. The joint chiefs in Seoul said at the end of March that [[some 3,000]] \
reinforcements had been sent since January, which rather suggests the first lot fared badly.
Trevor Blakely, Collingwood

Sir, my son-in-law did his national service in Gangwon province, a few kilometres from the North. \
He tells me his old comrades reckon [[4,000]] North Koreans have been killed or wounded so far, \
and that nobody in Seoul believes Kim will stop at one deployment. He expects [[tens of \
thousands]] more to go before the year is out. I pray he is wrong.
Margaret O'Donnell, Takaka

Sir, for those keeping count: the American commander in Europe told a Senate committee last week \
that [[about 11,000]] North Koreans had been sent to Kursk and that [[nearly 4,000]] of those \
were dead or wounded. On Wednesday NATO's secretary general spoke of [[up to 14,000]] in all. \
These are not rumours; they are sworn testimony.
Ross McKenzie, Parapara

Sir, the hill road was shut again on Monday for four hours after another slip near the \
23-kilometre mark. That makes nine closures since Christmas. With rates going up 8.7 per cent, \
the council could at least tell us when the one-lane section will be fixed.
Denise Harford, Rangihaeata
""",
    claims=(
        C("close to 200", 200, "approx", "near_front", "other", "sat",
          "a beekeeper relaying her nephew, a drone pilot near Sumy ('On Saturday he sent me a "
          "message', 5 April; the letter writer quoted: other): in the grey zone opposite his "
          "unit ('close to' as approx)"),
        C("12,000", 12000, "exact", "near_front", "unattributed", "2025-03-27",
          "the weekly's own front page 'of 27 March', as cited by a reader (no source: "
          "unattributed, required; that day, as a dated editorial in earlier sets): fighting"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "'The joint chiefs in Seoul said at the end of March' (day 21 to the month's end): "
          "reinforcements sent since January (increment)", add=True),
        C("4,000", 4000, "exact", "casualties", "other", "pub",
          "a reader relaying her son-in-law, who relays his old comrades ('He tells me his old "
          "comrades reckon', undated; the letter writer quoted: other): killed or wounded"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "the son-in-law, 'He expects' (undated): 'more' to go before the year is out "
          "(increment, planned)", add=True),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "lastweek",
          "the US European commander 'told a Senate committee last week': sent to Kursk"),
        C("nearly 4,000", 4000, "approx", "casualties", "united_states", "lastweek",
          "same testimony, 'of those' (a breakdown, not an increment): killed or wounded"),
        C("up to 14,000", 14000, "at_most", "in_russia", "nato", "wed",
          "'On Wednesday NATO's secretary general spoke of' (9 April): in all"),
    ),
)

S11 = Source(
    article_id="v144_11_coop_news_leh_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-07-31"),
    dated_by="html_meta",
    features="an apricot growers' cooperative's news page from Leh (Ladakh) in HTML, "
        "ISO-8859-1 with quotes and apostrophes only as entities (`&rsquo;`, `&ldquo;`), "
        "`article:published_time` +05:30 (Thursday), a cookie note about the order basket, a "
        "script, navigation, a footer with a PIN code and a phone number; a `<title>` repeating "
        "the headline (optional) and the headline 'Seoul's `6,000`' (the NIS of Tuesday, to "
        "publication); the harvest and solar driers first; a food scientist from Jeonju 'reckons' "
        "`well over 15,000` (at_least, other, `pub`); a cyclist from Dnipro relaying her "
        "brother, an ambulance driver near Sumy, 'On Sunday, she said, he wrote to her' `dozens` "
        "of bodies (other, casualties); 'In a closed session with lawmakers on Tuesday' the NIS "
        "`6,000` builders and deminers arriving and 'put the number of North Korean dead at' "
        "`some 2,000`; Shoigu "
        "'In June' `1,000` deminers promised (russia, planned, the month); HUR 'believes' `as "
        "many as 30,000` 'more' (increment, planned, `pub`); state media 'on Monday' `eleven` "
        "sappers who died (number word, north_korea); member families, tonnes, driers, days, "
        "rupees, metres, a PIN code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-07-31T08:30:00+05:30">
<title>Record crop, solar driers and Seoul&rsquo;s [[6,000]]</title>
<script>var coop = {page: "news", season: 2025};</script>
</head>
<body>
<div id="cookie">A cookie keeps your basket of dried apricots until you check out. <a \
href="#">Accept</a></div>
<nav><a href="/">Cooperative</a> &middot; <a href="/shop">Buy apricots</a> &middot; <a \
href="/members">Members</a> &middot; <a href="/news">News</a></nav>
<main>
<h1>Record crop, solar driers and Seoul&rsquo;s [[6,000]]</h1>
<p>The apricot harvest in the villages below Leh is almost in, and it is the largest our 418 \
member families have ever picked: around 1,350 tonnes of fresh fruit, a third of it the white \
Raktsey Karpo. The 60 new solar driers bought with last year&rsquo;s grant have cut drying time \
from twelve days to five. Fresh fruit fetched Rs 90 a kilo in the Leh market this week, dried \
kernels Rs 1,400.</p>
<p>Helping us test the driers this month was Dr Oh Min-jae, a food scientist from Jeonju, who \
studies how Korean persimmons are dried and wanted to see how it is done at 3,300 metres. Over \
butter tea in Saspol he talked about his country&rsquo;s other half. He reckons [[well over \
15,000]] North Korean soldiers have served in Russia, &ldquo;and Seoul knows it is more than it \
says&rdquo;.</p>
<p>Also with us for a week was Olha Savchuk, a cyclist from Dnipro riding from Manali to Leh to \
raise money for field hospitals. Her brother drives an ambulance near Sumy. On Sunday, she said, \
he wrote to her that [[dozens]] of North Korean bodies had lain for days in a treeline across the \
border, &ldquo;and nobody comes for them&rdquo;.</p>
<h2>The news from Russia</h2>
<p>In a closed session with lawmakers on Tuesday, South Korea&rsquo;s intelligence service said \
that [[6,000]] North Korean military builders and deminers had begun arriving in Russia, and put \
the number of North Korean dead at [[some 2,000]]. In June, Sergei Shoigu had promised Kursk \
[[1,000]] North Korean deminers to clear the fields around Sudzha.</p>
<p>Kyiv&rsquo;s military intelligence believes Pyongyang could send [[as many as 30,000]] more \
fighting troops before the end of the year. North Korean state media reported on Monday that Kim \
Jong Un had honoured [[eleven]] sappers who died clearing mines in the Kursk region.</p>
<p>Khardung La, at 5,359 metres, reopened to cyclists on 2 July after a late snowfall.</p>
</main>
<footer>Ladakh Apricot Growers&rsquo; Cooperative &middot; Old Road, Leh 194101 &middot; +91 1982 \
254 316 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/basket.js"></script>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "in_russia", "south_korea", "tue..pub",
          "`<title>` repeating the headline (metadata)", opt=True),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul's 6,000': the NIS figure of Tuesday in the body (29 July to "
          "publication)"),
        C("well over 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a food scientist from Jeonju 'reckons' (undated): served in Russia ('well over' as "
          "at_least)"),
        C("dozens", None, "vague", "casualties", "other", "sun",
          "a cyclist relaying her brother, an ambulance driver near Sumy ('On Sunday, she said, "
          "he wrote to her', 27 July; the speaker quoted: other): bodies across the border"),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "tue",
          "the NIS 'In a closed session with lawmakers on Tuesday' (29 July): "
          "builders and deminers 'had begun arriving in Russia'"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing, 'put the number of North Korean dead at'"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'In June, Sergei Shoigu had promised Kursk' (the month): deminers to clear the "
          "fields (a promise: planned)"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "pub",
          "HUR 'believes' (undated): 'more' fighting troops before the end of the year "
          "(increment, planned)", add=True),
        C("eleven", 11, "exact", "casualties", "north_korea", "mon",
          "North Korean state media 'reported on Monday' (28 July): sappers who died clearing "
          "mines (number word)"),
    ),
)

S12 = Source(
    article_id="v144_12_guides_notes_sohra_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-11-14"),
    dated_by="sidecar",
    sidecar=(
        "Sohra Root Bridge Guides' Association",
        "https://www.sohra-guides.example/notes/2025-11",
        "Season notes: after the rains",
    ),
    features="a root-bridge guides' association's notes from Sohra (Meghalaya) in Markdown, "
        "UTF-8 with BOM, front matter without a date (sidecar, Friday) and a title without a "
        "figure; rainfall (`11,200 millimetres`), guides, visitors and steps first; a retired "
        "South Korean major from Wonju 'By his count' `around 2,500` dead and 'he expects' `at "
        "least 10,000` kept in Kursk through the winter (other, planned, `pub`); a photographer "
        "from Chernihiv relaying her cousin, 'Last week, she says, her cousin wrote' `no more "
        "than 50` opposite (at_most, other, `lastweek`); the NIS 'in a closed briefing on "
        "Tuesday' `10,000 to 11,000` in Kursk and `5,000` construction troops moved into Russia; "
        "'A Pentagon report sent to Congress this month' `more than 6,000` (1st to publication); "
        "'Last week the governor of Kursk said' `several thousand` builders in spring (russia, "
        "planned); the secretary's own sum `nearly 20,000` (unattributed, required); "
        "millimetres, guides, visitors, steps, rupees, metres, years, a phone number",
    text="""\
---
title: "Season notes: after the rains"
association: Sohra Root Bridge Guides
---

# After the rains

The monsoon gave Sohra 11,200 millimetres of rain this year, a little under the average, and the \
stairs down to Nongriat are dry again. Since the trails reopened on 1 October our 46 registered \
guides have taken 2,130 visitors down the roughly 3,500 steps to the double-decker bridge, and \
the association has spent Rs 1.6 lakh on new handrails. The upper deck of the bridge, grown by \
the grandfathers of our oldest members, is about 180 years old.

## Visitors from far away

Among October's guests was Lee Jong-won, 63, a retired South Korean army major from Wonju who now \
writes hiking guides. He walked down to Nongriat twice, and on the second evening, by the fire at \
the guesthouse, he talked about the North. By his count, [[around 2,500]] North Korean soldiers \
have died in Russia, and he expects Pyongyang to keep [[at least 10,000]] in the Kursk region \
through the winter. "They are paid in oil and in know-how," he said.

Iryna Kovalenko, a photographer from Chernihiv, spent three weeks with us photographing the \
bridges for a book. Her cousin flies drones near the Russian border in Sumy region. Last week, \
she says, her cousin wrote that the North Koreans across from his unit now number [[no more than \
50]], mostly dug in along the tree lines. "Fewer than in spring, but better at hiding," she said.

## What has been reported

South Korea's National Intelligence Service told lawmakers in a closed briefing on Tuesday that \
[[10,000 to 11,000]] North Korean combat troops remained in the Kursk region and that [[5,000]] \
military construction troops were being moved into Russia by rail. A Pentagon report sent to \
Congress this month put North Korean losses at [[more than 6,000]] killed and wounded. Last week \
the governor of Kursk said [[several thousand]] North Korean builders would arrive in the spring \
to rebuild Sudzha.

At our last meeting the secretary, Banjop Kharkongor, did the sums: counting the dead, the \
wounded, the builders and those still at the front, [[nearly 20,000]] men from the North have \
passed through Russia in a little over a year.

## Next

- Guides' refresher course on first aid: 22 November, 9 am, at the community hall
- Annual fee: Rs 500, due by 31 December
- Bookings and questions: +91 3637 234 918
""",
    claims=(
        C("around 2,500", 2500, "approx", "casualties", "other", "pub",
          "a retired South Korean major, 'By his count' (undated): died in Russia"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "the major, 'he expects Pyongyang to keep … through the winter' (undated; a forecast: "
          "planned)"),
        C("no more than 50", 50, "at_most", "near_front", "other", "lastweek",
          "a photographer relaying her cousin, a drone pilot near Sumy ('Last week, she says, "
          "her cousin wrote'; the speaker quoted: other): across from his unit"),
        C("10,000 to 11,000", None, "range", "near_front", "south_korea", "tue",
          "the NIS 'told lawmakers in a closed briefing on Tuesday' (11 November): remained in "
          "the Kursk region"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same briefing: construction troops 'being moved into Russia by rail' (transported: "
          "in_russia)"),
        C("more than 6,000", 6000, "at_least", "casualties", "united_states",
          "2025-11-01..pub",
          "'A Pentagon report sent to Congress this month' (the 1st to publication): killed and "
          "wounded"),
        C("several thousand", None, "vague", "planned", "russia", "lastweek",
          "'Last week the governor of Kursk said': builders to arrive in the spring (planned)"),
        C("nearly 20,000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the association secretary's own sum ('did the sums'; no source: unattributed, "
          "required): passed through Russia"),
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
