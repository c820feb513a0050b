"""Build the HUNDRED-AND-SIXTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-fourth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a vintage
moped club's letter from Kalwang in the Liesingtal (Austrian conventions) with a mechanic from
Kremenchuk and a care worker from Daejeon, a hot-air balloon club's season letter from Benken in
the Linth plain (Swiss conventions) with a chase driver from Kropyvnytskyi and a researcher from
Jeonju, the season letter of the Wutach gorge guides in Bonndorf with a biology teacher from
Zhytomyr and a forester from Hwacheon, a chapel restoration society's members' letter from
Bräunlingen on the Baar with a carpenter from Lutsk and an organist from Gwangju, the summer
circular of a manor house friends' society in Damshagen in the Klützer Winkel with a restorer from
Ternopil and an architect from Incheon, and a minigolf course's season letter from Boltenhagen with
a former sports teacher from Kramatorsk and a student from Yeosu; an agency-style wire report from
the fall pheasant shoot on Pelee Island with a greenhouse worker from Nizhyn and a retired engineer
from Changwon, a Pelee Island winery's tasting-room newsletter with a vineyard hand from Nova
Kakhovka and a sommelier trainee from Gimcheon, a readers' letters page from a Vinalhaven weekly
with letters quoting a granddaughter's husband and an uncle in Incheon, a Vinalhaven pickleball
club's court notes with a sternman from Izmail and a nurse from Suwon, a Fripp Island nature
center's naturalist's notes with an intern from Chornomorsk and a retired shipbuilder from Geoje,
and a Fripp Island bocce league's newsletter with a retired pharmacist from Chernivtsi and a former
South Korean soldier. Same file format, marker syntax and labelling conventions as the other
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
BASE_NAME = "_blind162_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Liesingtal, Linth plain and Gaster, Wutach gorge and Baar, Klützer Winkel)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v162_01_clubbrief_puchfreunde_kalwang",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-21"),
    dated_by="dateline",
    features="a vintage moped club's letter from Kalwang in the Liesingtal (Upper Styria) as "
        "plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the place "
        "line 'Kalwang, 21.02.2025' (Friday, numeric date); Austrian conventions (`Jänner`, "
        "`Feber`, `heuer`, `Stadl`, `Jausenstation`, `in der Früh`, `seien … gelegen`, `Buben`); "
        "mopeds restored, members, kilometres and the entry fee first; a mechanic from Kremenchuk "
        "relaying his son, an infantry fighting vehicle driver in the Kursk region ('Am Montag "
        "habe ihn der Sohn aus einem Unterstand angerufen, erzählt Andrij', Konjunktiv over three "
        "sentences) `gut hundert` coming at their position (at_least with a number word) and "
        "`Dutzende` dead in the snow (both other, from Monday to publication); a care worker from "
        "Daejeon 'ist überzeugt' `einige tausend` to be sent after them ('nachschicken': vague, "
        "increment, planned, other, `pub`); Zelensky 'am 7. Feber' `knapp 4.000` killed or "
        "wounded; lawmakers of the intelligence committee in Seoul 'erfuhren vergangene Woche' "
        "`rund 11.000` sent and `mehr als 3.000` fallen or wounded (south_korea); a colonel of "
        "the Austrian defence academy 'sagte am Sonntag im Radio' `bis zu 4.000` 'frische Kräfte' "
        "for Kursk in spring (at_most, increment, planned, other, Konjunktiv carried); Russia's "
        "losses a day, mopeds, years, members, kilometres, euros, ages, dates, a phone number",
    text="""\
Puch-Freunde Liesingtal - Clubbrief 1/2025

Kalwang, 21.02.2025

Liebe Mitglieder, liebe Freunde der kleinen Zweitakter,

in der Clubgarage hinter dem Gemeindeamt war es den ganzen Winter über warm und laut. Seit Jänner \
haben wir 14 Mopeds zerlegt, entrostet und neu lackiert, darunter eine Puch VS 50 aus dem Jahr \
1963, die Sepp Hollerer beim Ausräumen eines Stadls in Wald am Schoberpass entdeckt hat. Der Club \
zählt heuer 46 Mitglieder, so viele wie nie. Die Frühjahrsausfahrt am 26. April geht über den \
Schoberpass nach Trieben und zurück, 68 Kilometer mit Jausenstation beim Kirchenwirt; das Nenngeld \
bleibt bei 15 Euro.

Ein Mechaniker aus Krementschuk

Seit Oktober schraubt Andrij Sawtschuk, 52, jeden Dienstagabend mit uns. Er war drei Jahrzehnte \
lang Kfz-Mechaniker in Krementschuk am Dnipro und arbeitet jetzt in einer Werkstatt in Mautern. \
Vergaser stellt er nach Gehör ein. Sein Sohn fährt einen Schützenpanzer im Gebiet Kursk. Am Montag \
habe ihn der Sohn aus einem Unterstand angerufen, erzählt Andrij. In der Nacht davor seien [[gut \
hundert]] Nordkoreaner in weißen Tarnanzügen über die Felder auf ihre Stellung zugekommen. In der \
Früh seien [[Dutzende]] von ihnen tot im Schnee gelegen, die übrigen hätten sich in ein Wäldchen \
zurückgezogen.

Eine Pflegerin aus Daejeon

Choi Eun-ji, 36, kommt aus Daejeon und pflegt seit vier Jahren alte Leute im Sozialzentrum \
Kammern. Im Sommer hat sie bei uns eine rote Puch Maxi von 1978 gekauft, um 350 Euro, und fährt \
damit jeden Tag zur Arbeit. Über den Norden spricht sie nicht gern. Sie ist aber überzeugt, dass \
Pjöngjang heuer noch [[einige tausend]] Soldaten nachschicken wird. "Die Mütter dort erfahren \
nicht einmal, wo ihre Buben begraben sind", sagt sie.

Was man aus Radio und Zeitung weiß

Präsident Selenskyj sprach am 7. Feber in einem Interview von [[knapp 4.000]] getöteten oder \
verwundeten Nordkoreanern. Die Abgeordneten des Geheimdienstausschusses in Seoul erfuhren \
vergangene Woche, von den ursprünglich [[rund 11.000]] entsandten Soldaten seien [[mehr als \
3.000]] gefallen oder verletzt. Die Einheiten seien seit Ende Jänner kaum noch an der Front zu \
sehen. Ein Oberst der Landesverteidigungsakademie in Wien sagte am Sonntag im Radio, Kim ziehe \
seine Leute nur zur Ausbildung zurück. Im Frühjahr würden wohl [[bis zu 4.000]] frische Kräfte ins \
Gebiet Kursk verlegt, und die Koreaner lernten schnell. Die russische Armee verliert nach \
ukrainischen Angaben derzeit täglich mehr als 1.200 Mann.

Termine

- Saisonauftakt mit Mopedsegnung am 12. April um 10 Uhr vor der Pfarrkirche
- Schrauberabend jeden Dienstag ab 18.30 Uhr in der Clubgarage
- Obmann Gerhard Pichler, Telefon 03846 8217
""",
    claims=(
        C("gut hundert", 100, "at_least", "near_front", "other", "mon..pub",
          "a mechanic from Kremenchuk relaying his son, an infantry fighting vehicle driver in "
          "the Kursk region ('Am Montag habe ihn der Sohn aus einem Unterstand angerufen, "
          "erzählt Andrij', Konjunktiv; the speaker quoted: other): came across the fields at "
          "their position the night before the call ('gut' as at_least, number word 100; from "
          "Monday, 17 February, to publication)"),
        C("Dutzende", None, "vague", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried ('In der Früh seien … tot im Schnee gelegen'): dead"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "a care worker from Daejeon, 'Sie ist aber überzeugt' (undated): "
          "'nachschicken' this year (increment, planned)", add=True),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-07",
          "Zelensky 'sprach am 7. Feber in einem Interview von': killed or wounded ('knapp' as "
          "approx)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "'Die Abgeordneten des Geheimdienstausschusses in Seoul erfuhren vergangene Woche' "
          "(the NIS's figure passed on): 'ursprünglich … entsandten' soldiers, sent to Russia"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "south_korea", "lastweek",
          "same briefing, Konjunktiv: fallen or wounded"),
        C("bis zu 4.000", 4000, "at_most", "planned", "other", "sun",
          "a colonel of the Austrian defence academy 'sagte am Sonntag im Radio' (16 "
          "February; an Austrian officer: other), Konjunktiv carried into the next "
          "sentence: 'frische Kräfte' to be moved to the Kursk region in spring "
          "(increment, planned)", add=True),
    ),
)


S02 = Source(
    article_id="v162_02_saisonbrief_ballonclub_benken_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-15"),
    dated_by="html_meta",
    features="a hot-air balloon club's season letter from Benken in the Linth plain (Gaster, "
        "canton of St. Gallen) in HTML, UTF-8, `article:published_time` +02:00 (Monday), a cookie "
        "note about the flight request form, a weather script, navigation, entities (`&middot;`), "
        "a footer with a postcode and a phone number; Swiss conventions (`ss`, «», `2'150`, "
        "`3'400`, `46'000`, `15'000`, `2'000`, `3'000`, `5'000`, `11'000 bis 12'000`, 4-digit "
        "`5000`); `<title>` and headline without a figure; flights, passengers, metres, cubic "
        "metres and francs first; a chase driver from Kropyvnytskyi relaying his nephew, a drone "
        "pilot at the border near Sumy ('Am Samstag habe ihm der Neffe geschrieben …, erzählt "
        "Iwan') `ein paar Dutzend` clearing mines on the Russian side (other, from Saturday to "
        "publication); a researcher from Jeonju «Ich glaube, … `mehr als 15'000` … nach Russland "
        "geschickt» (at_least, in Russia, other, `pub`); the NIS 'teilte Anfang September dem "
        "Parlament … mit' `rund 2'000` fallen and, Konjunktiv carried, `etwa 3'000` 'zusätzliche' "
        "construction soldiers (increment, in Russia; days 1-10); Russia's ambassador in "
        "Pyongyang 'erklärte am Freitag in einem Interview' `5'000` military builders by the end "
        "of the year (russia, planned); the claimant after the figure ('meldete die Staatsagentur "
        "KCNA Ende August') `mehreren hundert` fallen (north_korea, days 21-31); 'Nach Angaben "
        "des ukrainischen Militärgeheimdienstes' `11'000 bis 12'000` in Kursk (range, `pub`); "
        "refugees in the canton, flights, passengers, metres, cubic metres, francs, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Saisonbrief 2025 &middot; Ballonclub Linthebene</title>
<meta property="article:published_time" content="2025-09-15T07:30:00+02:00">
<script>var startplatz = {ort: "Benken SG", wind_max_kmh: 15, saison: 2025};</script>
</head>
<body>
<div class="cookie-hinweis">Wir speichern ein Cookie, damit Sie die Fahrtenanfrage nicht zweimal \
ausfüllen müssen. <a href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/fahrten">Ballonfahrten</a> &middot; <a \
href="/verein">Verein</a> &middot; <a href="/saisonbrief">Saisonbrief</a></nav>
<main>
<h1>Ein Sommer über der Linthebene</h1>
<p>Liebe Mitglieder, liebe Passagiere</p>
<p>Seit dem ersten Start Ende April sind unsere beiden Ballone 31 Mal vom Startplatz beim Benkner \
Büchel aufgestiegen. 118 Passagiere sind mitgefahren, und die längste Fahrt führte bei Westwind \
über den Gaster bis hinauf nach Amden, auf 2'150 Meter über Meer. Die neue Hülle für die «HB-QLB» \
fasst 3'400 Kubikmeter und hat 46'000 Franken gekostet; ein Drittel davon haben unsere Gönner \
bezahlt. Eine Fahrt kostet weiterhin 390 Franken pro Person, der Apéro nach der Landung ist \
inbegriffen.</p>
<h2>Aus der Verfolgercrew</h2>
<p>Ohne Iwan Krawez, 57, fänden wir die Ballone nach der Landung oft erst am Abend. Der frühere \
Agrarpilot aus Kropywnyzkyj fährt seit dem letzten Herbst unseren Verfolgerbus und kennt \
inzwischen jeden Feldweg zwischen Kaltbrunn und Reichenburg. Sein Neffe steuert Drohnen an der \
Grenze bei Sumy. Am Samstag habe ihm der Neffe geschrieben, auf der russischen Seite räumten [[ein \
paar Dutzend]] Nordkoreaner Minen, keinen Kilometer von ihren Stellungen entfernt, erzählt Iwan. \
«Sie arbeiten auch nachts, mit Stirnlampen.»</p>
<p>Im Korb sass im Juli Yoon Hye-rin, 29, aus Jeonju, die an der Fachhochschule in Rapperswil über \
Wasserstoffspeicher forscht. «Ich glaube, Kim hat inzwischen [[mehr als 15'000]] Soldaten nach \
Russland geschickt», sagt sie. «Zuhause sagt man so etwas nicht laut.»</p>
<h2>Was in den Zeitungen stand</h2>
<p>Der südkoreanische Nachrichtendienst teilte Anfang September dem Parlament in Seoul mit, seit \
Beginn des Einsatzes seien [[rund 2'000]] Nordkoreaner gefallen. Pjöngjang habe im Sommer zudem \
[[etwa 3'000]] zusätzliche Bausoldaten nach Russland gebracht. Der russische Botschafter in \
Pjöngjang erklärte am Freitag in einem Interview, bis Ende Jahr würden [[5'000]] Militärbauer aus \
dem Norden beim Wiederaufbau im Gebiet Kursk helfen. Den Angehörigen von [[mehreren \
hundert]] Gefallenen habe Kim Wohnungen in der Hauptstadt versprochen, meldete die \
Staatsagentur KCNA Ende August. Nach Angaben des ukrainischen Militärgeheimdienstes stehen \
derzeit [[11'000 bis 12'000]] \
nordkoreanische Soldaten im Gebiet Kursk. Der Kanton St. Gallen beherbergt seit 2022 über 5000 \
Schutzsuchende aus der Ukraine.</p>
</main>
<footer>Ballonclub Linthebene &middot; Postfach 42 &middot; 8717 Benken SG &middot; Tel. 055 283 \
47 19 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/fahrtenanfrage.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "sat..pub",
          "a chase driver from Kropyvnytskyi relaying his nephew, a drone pilot at the border "
          "near Sumy ('Am Samstag habe ihm der Neffe geschrieben …, erzählt Iwan', Konjunktiv; "
          "the speaker quoted: other): clearing mines on the Russian side (from Saturday, 13 "
          "September, to publication)"),
        C("mehr als 15'000", 15000, "at_least", "in_russia", "other", "pub",
          "a researcher from Jeonju, «Ich glaube, …», 'sagt sie' (undated): sent to Russia by "
          "now"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'teilte Anfang September dem Parlament in Seoul mit' (days 1-10): fallen "
          "since the start of the deployment"),
        C("etwa 3'000", 3000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same statement, Konjunktiv carried ('Pjöngjang habe … zudem'): "
          "'zusätzliche' construction soldiers brought to Russia in the summer "
          "(increment)", add=True),
        C("5'000", 5000, "exact", "planned", "russia", "fri",
          "Russia's ambassador in Pyongyang 'erklärte am Freitag in einem Interview' (12 "
          "September): military builders to help rebuild the Kursk region by the end of the year "
          "(a forecast: planned; no 'weitere': not an increment)"),
        C("mehreren hundert", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "the claimant after the figure ('meldete die Staatsagentur KCNA Ende August', day 21 "
          "to the month's end): families of the fallen promised flats"),
        C("11'000 bis 12'000", None, "range", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): in the Kursk region "
          "now"),
    ),
)


S03 = Source(
    article_id="v162_03_saisonbrief_schluchtenfuehrer_bonndorf_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-04"),
    dated_by="sidecar",
    sidecar=(
        "Schluchtenführer Wutach – Saisonbrief",
        "https://www.schluchtenfuehrer-wutach.example/saisonbrief/2025-06",
        "Saisonbrief Juni 2025: Orchideen, ein neues Geländer und eine Biologin aus Schytomyr",
    ),
    features="the season letter of the Wutach gorge guides in Bonndorf (southern Black Forest) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Wednesday) and a "
        "title without a figure, `„“`; tours, guests, a rockfall, metres of railing and the tour "
        "fee first; a biology teacher from Zhytomyr relaying her husband, a radio operator in the "
        "Sumy region ('Vergangene Woche habe er ihr geschrieben …, erzählt sie', Konjunktiv "
        "carried) `rund 2.000` at the guns across the border near Tyotkino and sentence-initial "
        "`Zwei` who surrendered (number word, casualties; both other, `lastweek`); a forester "
        "from Hwacheon 'hält es für möglich' (new shape, undated) `20.000 bis 30.000` 'weitere' "
        "by autumn (range, increment, planned, other, `pub`); Shoigu 'dankte … gestern in "
        "Pjöngjang für' `Tausende` who helped retake Kursk (russia, near the front, `yday`); "
        "'Laut einem Bericht des Pentagons an den Kongress vom 21. Mai' `etwa 11.000` stationed "
        "in Russia; the joint chiefs 'meldete Ende Mai' 'weiterer' `3.000` (span without the "
        "word; increment, planned, days 21-31); NATO 'zählte Mitte Mai' `mehr als 5.000` dead and "
        "wounded (days 11-20); Russia's losses since the start of the war, tours, guests, metres, "
        "hours, euros, ages, dates, a phone number",
    text="""\
---
titel: Saisonbrief Juni 2025
verein: Schluchtenführer Wutach e.V.
ort: Bonndorf im Schwarzwald
---

# Saisonbrief der Wutachschlucht-Führer

Liebe Gäste, liebe Kolleginnen und Kollegen,

seit dem 1. Mai sind wir wieder in der Schlucht unterwegs, und der Frühling hat es gut mit uns \
gemeint. In 64 Führungen haben wir 1.180 Gäste zwischen der Schattenmühle und der Wutachmühle \
begleitet. Nach dem Felssturz im März hat die Forstverwaltung am Rümmelesteg 40 Meter Geländer \
erneuert; seit Pfingsten ist der Weg wieder durchgehend offen. Die große Schluchtentour dauert \
sechs Stunden und kostet 18 Euro, Kinder unter 12 Jahren gehen frei mit.

## Orchideen und schlechte Nachrichten

Switlana Hrebenjuk, 49, hat in Schytomyr Biologie unterrichtet und führt bei uns seit zwei Jahren \
die Orchideenwanderungen; den Frauenschuh findet sie schneller als jeder andere. Ihr Mann dient \
als Funker nahe der russischen Grenze im Gebiet Sumy. Vergangene Woche habe er ihr geschrieben, \
drüben bei Tjotkino stünden inzwischen [[rund 2.000]] Nordkoreaner an den Geschützen, erzählt sie. \
[[Zwei]] hätten sich seiner Einheit ergeben, halb verhungert und ohne Stiefel.

## Ein Förster aus Hwacheon

Lim Sung-ho, 33, Forstwirt aus Hwacheon, macht bei uns ein Praktikum und staunt, wie steil die \
Hänge an der Wutach sind. Er hält es für möglich, dass Kim bis zum Herbst [[20.000 bis 30.000]] \
weitere Soldaten schickt. „Der Norden hat Menschen, Russland hat Geld, das passt für beide“, sagt \
er.

## Aus den Nachrichten

Der russische Sicherheitsratschef Sergej Schoigu dankte Kim Jong Un gestern in Pjöngjang für \
[[Tausende]] Soldaten, die bei der Rückeroberung des Gebiets Kursk geholfen hätten. Laut einem \
Bericht des Pentagons an den Kongress vom 21. Mai sind [[etwa 11.000]] Nordkoreaner in Russland \
stationiert. Der südkoreanische Generalstab meldete Ende Mai, Pjöngjang bereite die Entsendung \
weiterer [[3.000]] Soldaten vor. Die Nato zählte Mitte Mai [[mehr als 5.000]] tote und verwundete \
Nordkoreaner. Nach Kiewer Zählung hat Russland seit dem Einmarsch annähernd eine Million Soldaten \
eingebüßt.

## Termine

- Vollmondführung am 11. Juni, Treffpunkt 20.30 Uhr an der Schattenmühle
- Anmeldung über die Tourist-Info Bonndorf, Telefon 07703 93 41 26
""",
    claims=(
        C("rund 2.000", 2000, "approx", "near_front", "other", "lastweek",
          "a biology teacher from Zhytomyr relaying her husband, a radio operator in the Sumy "
          "region ('Vergangene Woche habe er ihr geschrieben …, erzählt sie', Konjunktiv; the "
          "speaker quoted: other): at the guns across the border near Tyotkino"),
        C("Zwei", 2, "exact", "casualties", "other", "lastweek",
          "same message, Konjunktiv carried ('hätten sich seiner Einheit ergeben'): captured "
          "(sentence-initial number word)"),
        C("20.000 bis 30.000", None, "range", "planned", "other", "pub",
          "a forester from Hwacheon, 'Er hält es für möglich' (undated): 'weitere' "
          "sent by autumn (range, increment, planned)", add=True),
        C("Tausende", None, "vague", "near_front", "russia", "yday",
          "Shoigu 'dankte … gestern in Pjöngjang für' (3 June): soldiers who helped retake the "
          "Kursk region"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "2025-05-21",
          "'Laut einem Bericht des Pentagons an den Kongress vom 21. Mai' (that day): stationed "
          "in Russia"),
        C("3.000", 3000, "exact", "planned", "south_korea", "2025-05-21..2025-05-31",
          "the joint chiefs 'meldete Ende Mai' (day 21 to the month's end): Pyongyang "
          "preparing to send 'weiterer' soldiers (increment, planned; span without the "
          "word)", add=True),
        C("mehr als 5.000", 5000, "at_least", "casualties", "nato", "2025-05-11..2025-05-20",
          "NATO 'zählte Mitte Mai' (days 11-20): dead and wounded"),
    ),
)


S04 = Source(
    article_id="v162_04_mitgliederbrief_kapelle_braeunlingen",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-11-08"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Förderverein Lorettokapelle Bräunlingen – Mitgliederbrief",
        "https://www.lorettokapelle-braeunlingen.example/mitgliederbrief/2024-11",
        "Mitgliederbrief November 2024: Das Schindeldach ist fertig",
    ),
    features="a chapel restoration society's members' letter from Bräunlingen on the Baar "
        "(Schwarzwald-Baar district) as plain text, windows-1252 with CRLF (sidecar, Friday), "
        "`„“`; shingles, costs, a grant's per cent, members, the chapel's year and its bell's "
        "kilos first; a carpenter from Lutsk relaying his grandson, a scout in the Kursk region "
        "('Am Mittwoch schickte ihm der Enkel eine Sprachnachricht', the figure set off by "
        "commas) `mehrere hundert` at the front (other, from Wednesday to publication); an "
        "organist from Gwangju 'fürchtet' `an die 20.000` in Russia by Christmas (approx, "
        "planned, other, `pub`); the NIS 'hatte am 18. Oktober gemeldet' `1.500` brought to "
        "Vladivostok, then 'Fünf Tage später sprach er' `etwa 3.000` (new here: a day counted "
        "from an explicit date, 23 October; 'er' referring back to the service) 'und erwartete "
        "bis Dezember' `mehr als 10.000` (a total expected: planned, not an increment); "
        "'vermutete das Pentagon am Montag' `rund 10.000` in Kursk; 'Präsident Selenskyj zufolge' "
        "`11.000` at the border (`pub`); territory held by Ukraine, shingles, euros, per cent, "
        "members, years, kilos, ages, dates",
    text="""\
Förderverein Lorettokapelle Bräunlingen e.V.
Mitgliederbrief im November 2024

Liebe Mitglieder und Freunde unserer Kapelle,

das neue Schindeldach ist fertig! Zimmerer und freiwillige Helfer haben seit August 4.200 \
Lärchenschindeln von Hand gespalten und genagelt. Die Kosten liegen bei 38.500 Euro; das Landesamt \
für Denkmalpflege trägt 40 Prozent, den Rest haben unsere 112 Mitglieder und viele Spender \
aufgebracht. Die Kapelle wurde 1711 geweiht, ihre kleine Glocke wiegt nur 180 Kilo, und man hört \
sie trotzdem bis hinunter an die Breg.

Ein Zimmermann aus Luzk

Den größten Teil der Schindeln hat Mychajlo Bojko gespalten, 66, Zimmermann aus Luzk in Wolhynien, \
der seit dem Frühjahr bei seiner Tochter in Bräunlingen wohnt. Sein Enkel ist Aufklärer in einer \
Brigade, die im Gebiet Kursk steht. Am Mittwoch schickte ihm der Enkel eine Sprachnachricht: Vor \
seinem Abschnitt seien die ersten Nordkoreaner aufgetaucht, [[mehrere hundert]], in neuen \
Uniformen und mit alten Gewehren. „Er sagt, sie wissen nicht einmal, in welchem Land sie sind“, \
erzählt Mychajlo.

Eine Organistin aus Gwangju

Bei der Einweihung des Dachs hat Kwon Hae-jin, 58, auf unserem kleinen Harmonium gespielt. Die \
Organistin aus Gwangju lebt seit 1994 in Donaueschingen. Sie fürchtet, dass bis Weihnachten [[an \
die 20.000]] Nordkoreaner in Russland sein werden. „Und keiner von ihnen hat sich das ausgesucht.“

Was bisher bekannt ist

Der südkoreanische Geheimdienst hatte am 18. Oktober gemeldet, [[1.500]] nordkoreanische Soldaten \
seien per Schiff nach Wladiwostok gebracht worden. Fünf Tage später sprach er bereits von [[etwa \
3.000]] und erwartete bis Dezember [[mehr als 10.000]]. Im Gebiet Kursk selbst vermutete das \
Pentagon am Montag [[rund 10.000]] Nordkoreaner. Präsident Selenskyj zufolge stehen inzwischen \
[[11.000]] an der Grenze zur Ukraine bereit. Die ukrainische Armee hält nach eigenen Angaben seit \
August rund 1.000 Quadratkilometer des Gebiets Kursk.

Termine

- Martini-Andacht mit Lichterprozession am 11. November um 18 Uhr
- Jahreshauptversammlung am 24. Januar im Gasthaus Linde
- Spenden bitte mit dem Stichwort „Kapellendach“ auf das Vereinskonto
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "wed..pub",
          "a carpenter from Lutsk relaying his grandson, a scout in the Kursk region ('Am "
          "Mittwoch schickte ihm der Enkel eine Sprachnachricht', Konjunktiv; the speaker "
          "quoted: other): the first North Koreans in front of his sector (from Wednesday, 6 "
          "November, to publication)"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "an organist from Gwangju, 'Sie fürchtet' (undated): in Russia by Christmas (a "
          "forecast: planned; 'an die' as approx)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "the NIS 'hatte am 18. Oktober gemeldet': brought to Vladivostok by ship"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "'Fünf Tage später sprach er bereits von' ('er' the NIS; new here: five days after the "
          "explicit 18 October, so 23 October): in Russia"),
        C("mehr als 10.000", 10000, "at_least", "planned", "south_korea", "2024-10-23",
          "same statement, 'und erwartete bis Dezember' (a total expected: planned, not an "
          "increment)"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "'Im Gebiet Kursk selbst vermutete das Pentagon am Montag' (4 November): in the Kursk "
          "region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "pub",
          "'Präsident Selenskyj zufolge' (undated): ready at the border with Ukraine"),
    ),
)


S05 = Source(
    article_id="v162_05_rundbrief_gutshaus_damshagen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-07-16"),
    dated_by="front_matter",
    features="the summer circular of a manor house friends' society in Damshagen (Klützer Winkel, "
        "north-west Mecklenburg) in Markdown, windows-1252, front matter with `date:` (Wednesday) "
        "and a title without a figure, `„“`; visitors, the orangery's euros, per cent, hectares, "
        "lime trees and concert chairs first; a restorer from Ternopil relaying her brother, a "
        "medic in the Sumy region ('In einer Sprachnachricht vom 9. Juli berichtete er ihr …; "
        "Nach seiner Zählung seien es', new here: a relayed message with an explicit date) `um "
        "die 500` gunners shelling from the Russian side (approx, other, from 9 July to "
        "publication); an architect from Incheon 'rechnet damit' `mindestens 25.000` who will "
        "have served (at_least, planned, other, `pub`); `1.000` deminers and `5.000` builders to "
        "come to Kursk with the claimant in the next sentence ('Das bestätigte der Kreml Ende "
        "Juni', russia, planned, days 21-30); Seoul's intelligence service 'hält es für "
        "wahrscheinlich' `bis zu 6.000` 'zusätzliche' (at_most, increment, planned, `pub`); 'Nach "
        "Einschätzung Washingtons' `rund 4.000` dead and wounded (`pub`); the society's own "
        "`Hunderte` who will not come home (unattributed, casualties, required); visitors, years, "
        "euros, per cent, hectares, trees, chairs, ages, dates",
    text="""\
---
title: Rundbrief Sommer 2025
date: 2025-07-16
verein: Freundeskreis Gutshaus Damshagen e.V.
---

# Rundbrief des Freundeskreises Gutshaus Damshagen

Liebe Freundinnen und Freunde des Gutshauses,

der Tag des offenen Gutshauses hat uns Ende Juni 320 Besucher gebracht, so viele wie nie seit der \
Gründung des Vereins 2003. Die Orangerie ist eingerüstet: Ihre Sanierung kostet 86.000 Euro, davon \
trägt das Land 70 Prozent. Im Park, der gut sechs Hektar groß ist, haben Freiwillige 27 alte \
Linden vermessen und die Allee in Richtung Klütz frei geschnitten. Zum Sommerkonzert am 9. August \
stellen wir 140 Stühle in den Gartensaal; Karten kosten 22 Euro.

## Eine Restauratorin aus Ternopil

An den Stuckdecken im Gartensaal arbeitet seit dem Frühjahr Natalija Lyssenko, 38, Restauratorin \
aus Ternopil. Ihr Bruder ist Sanitäter bei einer Brigade im Gebiet Sumy. In einer Sprachnachricht \
vom 9. Juli berichtete er ihr, nordkoreanische Artilleristen beschössen von der russischen Seite \
aus die Dörfer rund um seine Stellung. Nach seiner Zählung seien es [[um die 500]] Mann. Natalija \
hat uns Freiwilligen die Nachricht in der Kaffeepause übersetzt, und danach hat lange keiner etwas \
gesagt.

## Ein Architekt aus Incheon

Han Ji-won, 41, Architekt aus Incheon, hat für uns die Baupläne der Orangerie von 1789 \
digitalisiert. Er rechnet damit, dass am Ende [[mindestens 25.000]] Nordkoreaner in Russland \
gedient haben werden. „In Seoul zählt niemand mehr genau mit“, sagt er.

## Aus der Presse

[[1.000]] Minenräumer und [[5.000]] Militärbauer aus Nordkorea sollen ins Gebiet Kursk kommen. Das \
bestätigte der Kreml Ende Juni. Südkoreas Nachrichtendienst hält es für wahrscheinlich, dass Kim \
schon im Juli oder August [[bis zu 6.000]] zusätzliche Soldaten schickt. Nach Einschätzung \
Washingtons gibt es inzwischen [[rund 4.000]] tote und verwundete Nordkoreaner. Wir denken bei \
unserem Sommerkonzert auch an die [[Hunderte]] junger Männer aus dem Norden, die nicht mehr nach \
Hause kommen.
""",
    claims=(
        C("um die 500", 500, "approx", "near_front", "other", "2025-07-09..pub",
          "a restorer from Ternopil relaying her brother, a medic in the Sumy region ('In einer "
          "Sprachnachricht vom 9. Juli berichtete er ihr …; Nach seiner Zählung seien es'; the "
          "speaker quoted: other): gunners shelling from the Russian side (new here: a relayed "
          "message with an explicit date, from that day to publication; 'um die' as approx)"),
        C("mindestens 25.000", 25000, "at_least", "planned", "other", "pub",
          "an architect from Incheon, 'Er rechnet damit' (undated): will have served in Russia "
          "in the end (a forecast: planned)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-21..2025-06-30",
          "sentence-initial figure, the claimant in the next sentence ('Das bestätigte der Kreml "
          "Ende Juni', day 21 to the month's end): deminers to come to the Kursk region"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-21..2025-06-30",
          "same sentence and claimant: military builders to come to the Kursk region (no "
          "'weitere': not an increment)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "south_korea", "pub",
          "'Südkoreas Nachrichtendienst hält es für wahrscheinlich' (undated): "
          "'zusätzliche' soldiers in July or August (increment, planned)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "united_states", "pub",
          "'Nach Einschätzung Washingtons' (undated): dead and wounded"),
        C("Hunderte", None, "vague", "casualties", "unattributed", "pub",
          "the society's own framing, no source (required): young men who will not come home"),
    ),
)


S06 = Source(
    article_id="v162_06_saisonbrief_minigolf_boltenhagen_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-04-10"),
    dated_by="sidecar",
    sidecar=(
        "Minigolf an der Seebrücke Boltenhagen – Saisonbrief",
        "https://www.minigolf-boltenhagen.example/saisonbrief-2025",
        "Saisonbrief 2025: Drei neue Bahnen und ein Sportlehrer aus Kramatorsk",
    ),
    features="a minigolf course's season letter from Boltenhagen (Klützer Winkel, Baltic coast) "
        "in HTML, windows-1252 with a `<meta http-equiv>` charset and raw `„“` and `–`, no meta "
        "date (sidecar, Thursday), a cookie note about the rules, a script, navigation, entities "
        "(`&middot;`), a footer with a postcode and a phone number; `<title>` and headline "
        "without a figure; lanes, felt, the course record, prices and the pier's metres first; a "
        "former sports teacher from Kramatorsk relaying his cousin near Sumy ('Nach dessen "
        "Worten', undated) `einige hundert` now opposite near Belgorod (other, `pub`); a student "
        "from Yeosu 'geht davon aus' `zwischen 14.000 und 16.000` in Russia so far (range, other, "
        "`pub`); the NIS 'meldete am Montag' `mehr als 4.000` killed or wounded; 'Aus dem Weißen "
        "Haus hieß es Ende März' `rund 3.000` 'weitere' (increment, in Russia, days 21-31); "
        "Syrskyj 'sagte am Samstag' `etwa 11.000` who fought in Kursk; the British defence "
        "ministry 'schätzte vergangene Woche' `knapp 10.000` still stationed (other; 'noch' not "
        "an increment); Rutte 'hatte im Februar von … gesprochen' `bis zu 12.000` (at_most, in "
        "Russia, the month); lanes, euros, strokes, years, metres, ages, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Saisonbrief | Minigolf an der Seebrücke Boltenhagen</title>
<script>var platz = {bahnen: 18, rekord: 19, oeffnung: "10-19 Uhr"};</script>
</head>
<body>
<div class="cookie-box">Wir merken uns per Cookie nur, ob Sie die Spielregeln schon gelesen haben. \
<a href="#">Okay</a></div>
<nav><a href="/">Start</a> &middot; <a href="/preise">Preise</a> &middot; <a href="/bahnen">Die \
Bahnen</a> &middot; <a href="/saisonbrief">Saisonbrief</a></nav>
<main>
<h1>Wir öffnen am Samstag – mit drei neuen Bahnen</h1>
<p>Liebe Stammgäste,</p>
<p>am Samstag, dem 12. April, geht es wieder los. Über den Winter haben wir drei alte Betonbahnen \
abgerissen und durch eine Schleife, eine Wippe und einen kleinen Leuchtturm ersetzt; der neue Filz \
für die Bahnen 4 bis 9 hat 1.100 Euro gekostet. Es bleibt bei 18 Bahnen, und der Platzrekord steht \
seit 2019 bei 19 Schlägen. Eine Runde kostet 6 Euro, für Kinder 4 Euro. Von unserer Kasse bis zum \
Kopf der Seebrücke sind es 290 Meter.</p>
<h2>Neu an der Kasse</h2>
<p>Serhij Moros, 29, war Sportlehrer in Kramatorsk und hilft uns seit März an der Kasse und beim \
Putzen der Schläger. Sein Cousin liegt mit seiner Brigade bei Sumy. Nach dessen Worten sind die \
Nordkoreaner nach dem Rückzug aus dem Gebiet Kursk nicht verschwunden: [[einige hundert]] stünden \
jetzt gegenüber bei Belgorod, und nachts höre man sie graben. Serhij erzählt das leise, zwischen \
zwei Kunden.</p>
<p>An den Wochenenden hilft Ko Min-seo, 24, aus Yeosu aus, die in Rostock Meerestechnik studiert. \
„Pjöngjang lässt die Welt raten“, sagt sie. Sie selbst geht davon aus, dass bisher [[zwischen \
14.000 und 16.000]] Nordkoreaner in Russland waren.</p>
<h2>Aus den Nachrichten</h2>
<p>Der südkoreanische Geheimdienst meldete am Montag, bei den Kämpfen seien [[mehr als 4.000]] \
Nordkoreaner getötet oder verwundet worden. Aus dem Weißen Haus hieß es Ende März, Pjöngjang habe \
[[rund 3.000]] weitere Soldaten nach Russland geschickt. Der ukrainische Oberbefehlshaber Olexandr \
Syrskyj sagte am Samstag, von den [[etwa 11.000]] Nordkoreanern, die im Gebiet Kursk gekämpft \
hätten, sei jeder dritte ausgefallen. Das britische Verteidigungsministerium schätzte vergangene \
Woche, dass noch [[knapp 10.000]] in Russland stationiert sind. Nato-Generalsekretär Mark Rutte \
hatte im Februar von [[bis zu 12.000]] Nordkoreanern in Russland gesprochen.</p>
</main>
<footer>Minigolf an der Seebrücke &middot; Ostseeallee 31 &middot; 23946 Ostseebad Boltenhagen \
&middot; Tel. 038825 29 47 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/spielstand.js"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "pub",
          "a former sports teacher from Kramatorsk relaying his cousin, a soldier near Sumy "
          "('Nach dessen Worten', undated, Konjunktiv; the speaker quoted: other): now opposite "
          "them near Belgorod"),
        C("zwischen 14.000 und 16.000", None, "range", "in_russia", "other", "pub",
          "a student from Yeosu, 'Sie selbst geht davon aus' (undated): in Russia so far (the "
          "span takes 'zwischen')"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "south_korea", "mon",
          "the NIS 'meldete am Montag' (7 April): killed or wounded"),
        C("rund 3.000", 3000, "approx", "in_russia", "united_states", "2025-03-21..2025-03-31",
          "'Aus dem Weißen Haus hieß es Ende März' (day 21 to the month's end): "
          "'weitere' sent to Russia (increment)", add=True),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "sat",
          "Syrskyj 'sagte am Samstag' (5 April): fought in the Kursk region"),
        C("knapp 10.000", 10000, "approx", "in_russia", "other", "lastweek",
          "the British defence ministry 'schätzte vergangene Woche' (a foreign government: "
          "other): 'noch' stationed in Russia ('noch' means still, not an increment)"),
        C("bis zu 12.000", 12000, "at_most", "in_russia", "nato", "2025-02-01..2025-02-28",
          "Rutte 'hatte im Februar von … gesprochen' (the month): in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Pelee Island, Vinalhaven, Fripp Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v162_07_pheasant_shoot_wire_pelee_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-30"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the fall pheasant shoot on Pelee Island (Lake "
        "Erie, Ontario) as plain text, UTF-8 with CRLF, slug line, byline and dateline 'PELEE "
        "ISLAND, Ontario, October 30, 2025 (Lake Erie Wire) —' (Thursday), straight quotes and em "
        "dashes; hunters and the ferry first; the headline's `5,000` from the NIS of Tuesday "
        "(Tuesday to publication, hedge dropped); the NIS 'On Tuesday, … briefed a parliamentary "
        "committee, saying' `about 5,000` construction workers sent since September and, 'and "
        "that', `around 10,000` still near the border; a greenhouse worker from Nizhyn relaying "
        "his brother-in-law, a mortar commander ('called him on Sunday. \"He said …\"') `about a "
        "dozen` drone operators opposite (new here: 'about a dozen' as approx 12; other, from "
        "Sunday to publication); a retired engineer from Changwon 'reckons' `more than 6,000` "
        "lost (at_least, casualties, other, `pub`); a senior US defence official 'briefing "
        "reporters in Washington on Friday, put the number … killed at' `close to 2,000`; TASS "
        "'quoted a Kursk regional official last week' `hundreds` of deminers (russia, near the "
        "front, `lastweek`); Rutte 'said earlier this month' `more than 15,000` sent 'in all' (a "
        "total, not an increment; the 1st to publication); hunters, pheasants, years, a shotgun's "
        "gauge, a licence in dollars, a season's date, ages, a newsroom phone number",
    text="""\
HUNTING-CANADA/KOREA

On Pelee Island's fall shoot, talk turns to Seoul's count of [[5,000]] North Korean builders

By Marcy Delaurier

PELEE ISLAND, Ontario, October 30, 2025 (Lake Erie Wire) — The ferry from Leamington carried close \
to 400 hunters across Lake Erie this week for the island's fall pheasant shoot, and between drives \
through the stubble fields the talk kept drifting from birds to the war in Ukraine.

On Tuesday, Seoul's National Intelligence Service briefed a parliamentary committee, saying \
Pyongyang had sent [[about 5,000]] military construction workers to Russia since September, and \
that [[around 10,000]] combat troops were still deployed near Russia's border with Ukraine.

Maksym Tereshchenko, 31, a greenhouse worker in Leamington who grew up in Nizhyn, said his \
brother-in-law, a mortar commander on the Sumy border, called him on Sunday. "He said [[about a \
dozen]] North Korean drone operators are working right opposite them now," Tereshchenko said, \
reloading a borrowed 12-gauge. "Last winter they ran straight at the guns. Now they are careful."

Paik Jun-ho, 60, a retired auto parts engineer from Changwon who lives in Windsor and has hunted \
on the island for 22 years, reckons the North has lost [[more than 6,000]] men in Russia. "Nobody \
in Pyongyang will ever print that number," he said.

A senior US defence official, briefing reporters in Washington on Friday, put the number of North \
Koreans killed at [[close to 2,000]]. Russian state news agency TASS quoted a Kursk regional \
official last week as saying [[hundreds]] of North Korean deminers had cleared farmland near \
Sudzha. NATO Secretary General Mark Rutte said earlier this month that the alliance believed \
Pyongyang had shipped [[more than 15,000]] soldiers to Russia in all.

The island releases roughly 15,000 pheasants each fall. A three-day licence costs C$450, and the \
last shoot of the season is on November 29.

(Reporting by Marcy Delaurier; editing by Tom Wiebe; newsroom +1 519 555 0172)
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline ('Seoul's count of'): the NIS figure of the body ('on Tuesday', 28 October), "
          "Tuesday to publication, hedge dropped: builders sent to Russia"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'On Tuesday, … briefed a parliamentary committee, saying' (28 October): "
          "military construction workers sent to Russia since September (a period, not the claim "
          "date)"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "same briefing, 'and that': combat troops still deployed near Russia's border with "
          "Ukraine"),
        C("about a dozen", 12, "approx", "near_front", "other", "sun..pub",
          "a greenhouse worker from Nizhyn relaying his brother-in-law, a mortar commander on "
          "the Sumy border ('called him on Sunday. \"He said …\"', 'Tereshchenko said'; the "
          "speaker quoted: other): drone operators opposite them (new here: 'about a dozen' as "
          "approx, 12; from Sunday, 26 October, to publication)"),
        C("more than 6,000", 6000, "at_least", "casualties", "other", "pub",
          "a retired engineer from Changwon, 'reckons' (undated): lost in Russia"),
        C("close to 2,000", 2000, "approx", "casualties", "united_states", "fri",
          "a senior US defence official, 'briefing reporters in Washington on Friday, put the "
          "number of North Koreans killed at' (24 October): killed ('close to' as approx)"),
        C("hundreds", None, "vague", "near_front", "russia", "lastweek",
          "'Russian state news agency TASS quoted a Kursk regional official last week' (russia): "
          "deminers who cleared farmland near Sudzha"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "2025-10-01..pub",
          "Rutte 'said earlier this month' (the 1st to publication): sent to Russia 'in all' (a "
          "total, not an increment)"),
    ),
)


S08 = Source(
    article_id="v162_08_tasting_room_letter_pelee_island_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-01-17"),
    dated_by="sidecar",
    sidecar=(
        "West Shore Cellars, Pelee Island – From the tasting room",
        "https://www.westshorecellars.example/tasting-room/2025-01",
        "From the tasting room: ice wine by headlamp and a vineyard hand from Nova Kakhovka",
    ),
    features="a Pelee Island winery's tasting-room newsletter (Lake Erie, Ontario) in Markdown, "
        "UTF-8 with BOM, front matter with `date:` as well as the sidecar (Friday; the sidecar is "
        "stronger) and a title repeating the headline (optional), curly quotes raw; the ice wine "
        "harvest's temperature, pickers, tonnes, bottles and prices first; the headline's `two` "
        "prisoners from Zelensky of January 11 (to publication); a vineyard hand from Nova "
        "Kakhovka relaying her husband, a drone pilot in the Kursk region ('On Tuesday night … he "
        "sent her a message …, she told us') waves of `fifty or sixty` (new here: two number "
        "words joined by 'or' as a range; other, from Tuesday to publication); a sommelier "
        "trainee from Gimcheon 'believes' `12,000 or so` in Russia (new here: 'or so' after the "
        "figure as approx; other, `pub`); Zelensky 'said on January 11' `two` captured; South "
        "Korea's spy agency 'told lawmakers two days later' `some 3,000` killed or wounded (new "
        "here: a day counted from an explicit date, 13 January); the White House 'At the end of "
        "December … put the North's losses at' `more than 1,000` 'over a single week' (days "
        "21-31); the newsletter's own `thousands` sent to Kursk (unattributed, near the front, "
        "required); temperatures, pickers, tonnes, bottles, years, dollars, millilitres, ages",
    text="""\
---
title: "Ice wine by headlamp, and Kyiv's [[two]] North Korean prisoners"
date: 2025-01-17
author: The tasting room team, West Shore Cellars
---

# Ice wine by headlamp, and Kyiv's [[two]] North Korean prisoners

Winter finally gave us what we needed. On the night of January 8 the thermometer in the Vidal \
block dropped to minus 11, and 38 pickers, most of them neighbours, brought in 2.4 tonnes of \
frozen grapes by headlamp before sunrise. That should make about 900 half-bottles. The 2023 ice \
wine is still available at $49 for 375 ml, and the tasting room reopens on weekends once the ferry \
starts running again in spring.

## In the press house

Viktoriia Romanenko, 45, tended vines near Nova Kakhovka until the dam burst in 2023, and she ran \
our press through that whole cold night. Her husband flies drones in the Kursk region. On Tuesday \
night, while we were still sorting fruit, he sent her a message: the North Koreans were coming at \
his platoon’s positions in waves of [[fifty or sixty]], she told us, “and they do not stop to pick \
up their wounded.”

Song Da-eun, 31, a sommelier trainee from Gimcheon who spent the harvest with us, believes \
Pyongyang has by now sent [[12,000 or so]] soldiers to Russia. “Two of my grandmother’s cousins \
live up there,” she said. “We never hear a word from them.”

## What the news says

President Zelensky said on January 11 that Ukrainian forces had taken [[two]] injured North Korean \
soldiers prisoner in Kursk and were questioning them in Kyiv. South Korea’s spy agency told \
lawmakers two days later that [[some 3,000]] North Koreans had been killed or wounded. At the end \
of December the White House put the North’s losses at [[more than 1,000]] dead and wounded over a \
single week. When we pour a glass of the new vintage, we will think of the [[thousands]] of young \
North Koreans sent to die in the snow near Kursk.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "headline ('Kyiv's two North Korean prisoners'): Zelensky's figure of the body ('said "
          "on January 11'), that day to publication: captured (number word)"),
        C("fifty or sixty", None, "range", "near_front", "other", "tue..pub",
          "a vineyard hand from Nova Kakhovka relaying her husband, a drone pilot in the Kursk "
          "region ('On Tuesday night … he sent her a message', 'she told us'; the speaker "
          "quoted: other): coming at his platoon's positions in waves (new here: two number "
          "words joined by 'or' as a range, as 'fünfzehn- oder zwanzigtausend' of earlier sets; "
          "from Tuesday, 14 January, to publication)"),
        C("12,000 or so", 12000, "approx", "in_russia", "other", "pub",
          "a sommelier trainee from Gimcheon, 'believes' (undated): sent to Russia by now (new "
          "here: 'or so' after the figure, in the span, as approx, like 'a hundred or so')"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'said on January 11': injured soldiers taken prisoner in Kursk (number word)"),
        C("some 3,000", 3000, "approx", "casualties", "south_korea", "2025-01-13",
          "South Korea's spy agency 'told lawmakers two days later' (new here: two days after "
          "the explicit January 11, so 13 January): killed or wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "'At the end of December the White House put the North's losses at' (day 21 to the "
          "month's end): dead and wounded 'over a single week' (a counting period, not the claim "
          "date)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the newsletter's own framing, no source (required): young North Koreans sent to die "
          "in the snow near Kursk"),
    ),
)


S09 = Source(
    article_id="v162_09_letters_fox_islands_courier",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-27"),
    dated_by="sidecar",
    sidecar=(
        "The Fox Islands Courier – Letters",
        "https://www.foxislandscourier.example/opinion/letters-2025-03-27",
        "Letters: ferry spaces, a medic near Sumy and an uncle in Incheon",
    ),
    features="a readers' letters page from a Vinalhaven weekly (Fox Islands, Penobscot Bay, "
        "Maine) as plain text, UTF-16 LE with BOM (sidecar, Thursday), `–` and straight quotes; a "
        "letter on ferry spaces without a claim; readers relaying their granddaughter's husband, "
        "a combat medic near Sumy ('On Saturday he wrote to her that') `three` wounded prisoners "
        "brought to his aid station (number word, casualties) and `close to 300` his battalion "
        "has faced since January (approx, near the front; both other, from Saturday to "
        "publication); a reader answering the paper's own story ('Your story of March 20 said "
        "there were') `11,000` in Russia (unattributed, required, that day), 'According to "
        "Ukraine's military intelligence' `about 4,000` killed or wounded (`pub`), 'the Pentagon "
        "figures' `fewer than 8,000` still at the front (at_most, `pub`) and NATO's secretary "
        "general 'said in Warsaw on Monday' `well over 11,000` sent 'in all'; a reader relaying "
        "her uncle, a retired South Korean colonel in Incheon ('He is convinced', undated) "
        "`10,000` 'more' before summer's end (increment, planned, other, `pub`); minutes, car "
        "spaces, ages, years, a boat's time",
    text="""\
THE FOX ISLANDS COURIER – LETTERS TO THE EDITOR

Give islanders a fair shot at the ferry

Every summer it is the same: the early boat fills up with cars booked weeks ahead by day-trippers, \
and those of us with a dentist appointment in Rockland sit in the line until the 2:45. Hold back \
ten spaces on every run for island vehicles. The crossing takes 75 minutes; the wait should not \
take all day.
Doreen Arey, Vinalhaven

Our granddaughter's husband

Our granddaughter met Taras when she was teaching English in Lviv, before the war. He is a combat \
medic near Sumy now. On Saturday he wrote to her that [[three]] North Korean soldiers had been \
carried into his aid station as prisoners, all of them wounded, and that his battalion had faced \
[[close to 300]] of them since January. He is 27 years old. We say his name every night at the \
kitchen table.
Ruth and Alden Calderwood, North Haven

Get the numbers straight

Your story of March 20 said there were [[11,000]] North Koreans in Russia, as if nothing had \
changed since November. According to Ukraine's military intelligence, [[about 4,000]] of them have \
been killed or wounded, and the Pentagon figures [[fewer than 8,000]] are still at the front. \
NATO's secretary general said in Warsaw on Monday that Pyongyang had sent [[well over 11,000]] in \
all. A weekly can afford to wait a day and check.
Philip Goodhue, Vinalhaven

My uncle in Incheon

My mother's younger brother served 30 years in the South Korean army and retired as a colonel. He \
writes to me every month from Incheon. He is convinced Kim will send [[10,000]] more before the \
summer is out, "because Moscow pays in oil and in rocket parts."
Min-ji Oakes, Vinalhaven
""",
    claims=(
        C("three", 3, "exact", "casualties", "other", "sat..pub",
          "readers relaying their granddaughter's husband, a combat medic near Sumy ('On "
          "Saturday he wrote to her that'; the speaker quoted: other): wounded prisoners carried "
          "into his aid station (number word; from Saturday, 22 March, to publication)"),
        C("close to 300", 300, "approx", "near_front", "other", "sat..pub",
          "same message, 'and that': faced by his battalion since January (a period, not the "
          "claim date)"),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "2025-03-20",
          "a reader citing the paper's own story ('Your story of March 20 said there were'; "
          "unattributed, required, that day): in Russia"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): killed or wounded"),
        C("fewer than 8,000", 8000, "at_most", "near_front", "united_states", "pub",
          "'the Pentagon figures' (undated): still at the front ('fewer than' as at_most)"),
        C("well over 11,000", 11000, "at_least", "in_russia", "nato", "mon",
          "NATO's secretary general 'said in Warsaw on Monday' (24 March): sent 'in all' (a "
          "total, not an increment)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a reader relaying her uncle, a retired South Korean colonel in Incheon ('He "
          "is convinced', undated; the speaker quoted: other): Kim will send 'more' "
          "before the summer is out (increment, planned)", add=True),
    ),
)


S10 = Source(
    article_id="v162_10_court_notes_pickleball_vinalhaven_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-08-06"),
    dated_by="html_meta",
    features="a pickleball club's court notes from Vinalhaven (Fox Islands, Penobscot Bay, Maine) "
        "in HTML, ISO-8859-1 with a raw `é` and quotes and apostrophes only as entities "
        "(`&ldquo;`, `&rdquo;`, `&rsquo;`, `&middot;`), `<meta name=\"date\">` (Wednesday), a "
        "cookie note about drop-in sessions, a script, navigation, a footer with a ZIP code and a "
        "phone number; `<title>` and headline without a figure; courts, the resurfacing's "
        "dollars, members, players and the drop-in fee first; a sternman from Izmail relaying his "
        "brother, a sapper near Sumy ('He messaged Anatolii on Monday night that …, Anatolii "
        "said') `around 150` gunners moved into a village across the border (other, from Monday "
        "to publication); a nurse from Suwon 'expects' `no fewer than 25,000` in Russia before "
        "winter (at_least, planned, other, `pub`); Russian state television 'aired footage on "
        "Sunday' of `dozens` of deminers near Sudzha (russia, near the front); the NIS 'estimated "
        "last week' `6,000` 'more' (increment, planned); a State Department spokeswoman 'told "
        "reporters yesterday' `between 9,000 and 11,000` in Kursk (range, `yday`); KCNA 'reported "
        "on July 30' `more than 100` who died abroad ('more than' a false friend of 'more': "
        "at_least, not an increment); 'Ukraine's military intelligence has warned' `up to 30,000` "
        "'more' (at_most, increment, planned, `pub`); courts, dollars, members, players, a "
        "ferry's time, ages, years, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-08-06">
<title>Court notes &middot; Vinalhaven Pickleball Club</title>
<script>var courts = {count: 4, dropIn: "9:00", surface: "acrylic"};</script>
</head>
<body>
<div class="cookie-bar">One cookie remembers which drop-in session you signed up for. <a \
href="#">Got it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/schedule">Schedule</a> &middot; <a \
href="/ladder">Ladder</a> &middot; <a href="/notes">Court notes</a></nav>
<main>
<h1>Fresh paint on the school courts</h1>
<p>The four courts behind the school got their new acrylic surface in July, paid for with $18,500 \
from the town and the Harbor Fund. The club is at 64 members this summer, and Saturday&rsquo;s \
round robin drew 40 players, six of them summer people who came over on the early ferry from \
Rockland with paddles in their luggage. Drop-in play is at 9 a.m. daily and still costs $3; iced \
coffee afterwards at the café on Main Street is optional but traditional.</p>
<h2>Who&rsquo;s climbing the ladder</h2>
<p>Anatolii Kravchuk, 40, a sternman on a lobster boat who came here from Izmail two years ago, \
climbed to third on the ladder in July. His younger brother is a sapper near Sumy. He messaged \
Anatolii on Monday night that [[around 150]] North Korean gunners had moved into a village just \
across the border, Anatolii said. &ldquo;He says they dig in faster than the Russians \
do.&rdquo;</p>
<p>Jeon Seo-yeon, 50, a nurse at the island medical center who grew up in Suwon, expects Pyongyang \
to have [[no fewer than 25,000]] troops in Russia before winter. &ldquo;For them it is a \
business,&rdquo; she said between games.</p>
<h2>Off the court</h2>
<p>Russian state television aired footage on Sunday of [[dozens]] of North Korean deminers at work \
near Sudzha. South Korea&rsquo;s National Intelligence Service estimated last week that Pyongyang \
would send [[6,000]] more builders and deminers. A State Department spokeswoman told reporters \
yesterday that [[between 9,000 and 11,000]] North Koreans remained in the Kursk region. North \
Korea&rsquo;s state news agency KCNA reported on July 30 that Kim Jong Un had received relatives \
of [[more than 100]] soldiers who died abroad. Ukraine&rsquo;s military intelligence has warned \
that [[up to 30,000]] more could follow by the end of the year.</p>
</main>
<footer>Vinalhaven Pickleball Club &middot; c/o Town Office, Vinalhaven, ME 04863 &middot; (207) \
555-0119 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/ladder.js"></script>
</body>
</html>
""",
    claims=(
        C("around 150", 150, "approx", "near_front", "other", "mon..pub",
          "a sternman from Izmail relaying his brother, a sapper near Sumy ('He messaged "
          "Anatolii on Monday night that …, Anatolii said'; the speaker quoted: other): gunners "
          "moved into a village just across the border (from Monday, 4 August, to publication)"),
        C("no fewer than 25,000", 25000, "at_least", "planned", "other", "pub",
          "a nurse from Suwon, 'expects' (undated): in Russia before winter (a forecast: "
          "planned; 'no fewer than' as at_least)"),
        C("dozens", None, "vague", "near_front", "russia", "sun",
          "'Russian state television aired footage on Sunday' (3 August; russia): deminers at "
          "work near Sudzha"),
        C("6,000", 6000, "exact", "planned", "south_korea", "lastweek",
          "the NIS 'estimated last week': 'more' builders and deminers to be sent "
          "(increment, planned)", add=True),
        C("between 9,000 and 11,000", None, "range", "near_front", "united_states", "yday",
          "a State Department spokeswoman 'told reporters yesterday' (5 August): remained in the "
          "Kursk region (the span takes 'between')"),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "2025-07-30",
          "KCNA 'reported on July 30': relatives of soldiers who died abroad received by Kim "
          "('more than' is a false friend of 'more': at_least, not an increment)"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "pub",
          "'Ukraine's military intelligence has warned' (undated): 'more' could follow "
          "by the end of the year (increment, planned)", add=True),
    ),
)


S11 = Source(
    article_id="v162_11_naturalist_notes_fripp_island_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-11"),
    dated_by="front_matter", crlf=True,
    features="the naturalist's notes of a nature center on Fripp Island (Beaufort County, South "
        "Carolina) in Markdown, UTF-8 with CRLF and straight quotes, front matter with `date:` "
        "(Wednesday) and a title without a figure; turtle nests, miles of beach, wood storks, "
        "kayak tours and opening hours first; an intern from Chornomorsk relaying her fiancé, a "
        "gunner in the Kursk region ('Last week he told her that') `up to 500` attacking along a "
        "two-kilometre stretch (at_most, near the front, other, `lastweek`); a retired "
        "shipbuilder from Geoje 'thinks' `a few thousand` killed or wounded (vague, other, "
        "`pub`); a Pentagon spokesman 'said in a briefing on Monday' casualties 'in the' "
        "`hundreds` (new here: 'in the hundreds', the span only the word, as 'in die Tausende'); "
        "Ukraine's military intelligence 'said last Thursday' `nearly 12,000` in Kursk (Thursday "
        "of the week before, six days before); the NIS 'now estimates' `more than 11,000` in "
        "Russia (`pub`); Rutte 'told reporters in Brussels on December 4' `well over 10,000` "
        "sent; the notes' own `thousands` of conscripts in the Kursk region (unattributed, near "
        "the front, required); nests, miles, birds, dollars, hours, kilometres, ages, dates",
    text="""\
---
title: Naturalist's notes for December
date: 2024-12-11
author: Fripp Island Nature Center
---

# Naturalist's notes for December

The last loggerhead nest of the season hatched on October 2, which closes the books at 112 nests \
on our three miles of beach. Since then the lagoons have belonged to the wading birds: on Sunday's \
marsh walk we counted 41 wood storks and a pair of roseate spoonbills near the marina bridge. \
Winter kayak tours leave at 10 a.m. on Tuesdays and Saturdays, $45 for adults, and the touch tank \
is open from noon to 4 p.m.

## Behind the touch tank

Marta Shevchuk, 27, a marine biology graduate from Chornomorsk who is interning with us through \
the spring, talks to her fiance in Ukraine whenever the signal allows. He is a gunner in the Kursk \
region. Last week he told her that [[up to 500]] North Koreans had attacked along a two-kilometre \
stretch of his brigade's front in a single morning. She says he sounded more tired than afraid.

Noh Jae-won, 67, a retired shipbuilder from Geoje who feeds the diamondback terrapins twice a \
week, thinks [[a few thousand]] of the North's soldiers have already been killed or wounded. "They \
were sent to be spent," he says.

## The wider world

A Pentagon spokesman said in a briefing on Monday that North Korean casualties were now in the \
[[hundreds]]. Ukraine's military intelligence said last Thursday that North Korea had [[nearly \
12,000]] troops in the Kursk region. South Korea's spy agency, which first reported the deployment \
in October, now estimates that [[more than 11,000]] are in Russia. NATO Secretary General Mark \
Rutte told reporters in Brussels on December 4 that [[well over 10,000]] had been sent. Our \
thoughts this month go to the [[thousands]] of North Korean conscripts freezing in the Kursk \
region, far from any warm marsh.
""",
    claims=(
        C("up to 500", 500, "at_most", "near_front", "other", "lastweek",
          "an intern from Chornomorsk relaying her fiancé, a gunner in the Kursk region ('Last "
          "week he told her that'; the speaker quoted: other): attacked along a two-kilometre "
          "stretch in a single morning"),
        C("a few thousand", None, "vague", "casualties", "other", "pub",
          "a retired shipbuilder from Geoje, 'thinks' (undated): killed or wounded"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "a Pentagon spokesman 'said in a briefing on Monday' (9 December): casualties 'in the' "
          "hundreds (new here: the span only the word, as 'in die Tausende')"),
        C("nearly 12,000", 12000, "approx", "near_front", "ukraine", "thu",
          "Ukraine's military intelligence 'said last Thursday' (5 December, the latest Thursday "
          "before the Wednesday of publication): in the Kursk region ('nearly' as approx)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "south_korea", "pub",
          "South Korea's spy agency 'now estimates' (undated): in Russia"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-04",
          "Rutte 'told reporters in Brussels on December 4': sent"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the notes' own framing, no source (required): conscripts freezing in the Kursk region"),
    ),
)


S12 = Source(
    article_id="v162_12_pallino_bocce_league_fripp_island_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-11-18"),
    dated_by="sidecar",
    sidecar=(
        "Fripp Island Bocce League – The Pallino",
        "https://www.frippbocce.example/pallino/2025-11",
        "The Pallino: oyster-shell courts, a final to remember and a pharmacist from Chernivtsi",
    ),
    features="a bocce league's newsletter from Fripp Island (Beaufort County, South Carolina) in "
        "HTML, UTF-8 with BOM, no meta date (sidecar, Tuesday), a cookie banner about the "
        "standings page, a script, navigation, entities (`&ndash;`, `&rsquo;`, `&ldquo;`, "
        "`&rdquo;`, `&middot;`), a footer with a ZIP code and a phone number; `<title>` and "
        "headline without a figure; the final's score, teams, the courts' dollars and dues first; "
        "a retired pharmacist from Chernivtsi relaying her grandson, an infantryman on the Sumy "
        "front ('He called her on Saturday …, she said: \"He told me …\"') `roughly 200` dug in "
        "across the river (other, from Saturday to publication); a former South Korean soldier "
        "'By his count' `between 5,000 and 7,000` lost (range, casualties, other, `pub`); "
        "'Lawmakers briefed by Seoul's spy agency on November 4 said' `about 10,000` along the "
        "border in Kursk and `some 5,000` engineers sent since September; Russia's ambassador in "
        "Pyongyang 'said on state television on Wednesday' `thousands` 'more' to arrive next year "
        "(vague, increment, planned); a US official 'estimated last month' `at most 12,000` in "
        "Russia (at_most, October); 'Ukrainian officials put the number of North Korean dead at' "
        "`around 2,300` (`pub`); Russia's losses in October, scores, teams, dollars, years, ages, "
        "a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Pallino &middot; Fripp Island Bocce League</title>
<script>window.league = {teams: 16, season: "fall", standings: "/standings.json"};</script>
</head>
<body>
<div class="cookie-banner">This site sets one cookie so the standings page remembers your team. <a \
href="#">Accept</a></div>
<nav><a href="/">Home</a> &middot; <a href="/standings">Standings</a> &middot; <a \
href="/rules">Rules</a> &middot; <a href="/pallino">The Pallino</a></nav>
<main>
<h1>Oyster-shell courts and a final to remember</h1>
<p>The fall league wrapped up on Saturday with the Pelicans beating the Marsh Hens 12&ndash;9 in a \
final that came down to the very last ball. Sixteen teams of four played this season on the two \
new courts beside the racquet club, built for $22,000 with crushed oyster shell from a Beaufort \
seafood plant. Spring sign-up opens on January 6, and dues stay at $30 a player.</p>
<h2>From the bench</h2>
<p>Lesia Moroz, 61, a retired pharmacist from Chernivtsi who moved to Fripp to be near her \
daughter, throws for the Pelicans. Her grandson is an infantryman on the Sumy front. He called her \
on Saturday morning, a few hours before the final, she said: &ldquo;He told me [[roughly 200]] \
North Koreans have dug in across the river from his company.&rdquo;</p>
<p>Bae Sung-min, 72, who served with the South Korean army along the DMZ before spending thirty \
years selling insurance in Atlanta, keeps score for the Marsh Hens. By his count the North has \
lost [[between 5,000 and 7,000]] men in Russia. &ldquo;Kim will never admit it,&rdquo; he \
said.</p>
<h2>In the news</h2>
<p>Lawmakers briefed by Seoul&rsquo;s spy agency on November 4 said [[about 10,000]] North Korean \
soldiers were stationed along the border in the Kursk region, and that Pyongyang had sent [[some \
5,000]] military engineers since September. Russia&rsquo;s ambassador in Pyongyang said on state \
television on Wednesday that [[thousands]] more North Korean builders would arrive next year. A US \
official who spoke on condition of anonymity estimated last month that [[at most 12,000]] North \
Koreans remained in Russia. Ukrainian officials put the number of North Korean dead at [[around \
2,300]]. Russia, by Kyiv&rsquo;s count, lost more than 30,000 soldiers in October alone.</p>
</main>
<footer>Fripp Island Bocce League &middot; Fripp Island, SC 29920 &middot; (843) 555-0184 &middot; \
<a href="/contact">Contact</a></footer>
<script src="/js/standings.js"></script>
</body>
</html>
""",
    claims=(
        C("roughly 200", 200, "approx", "near_front", "other", "sat..pub",
          "a retired pharmacist from Chernivtsi relaying her grandson, an infantryman on the "
          "Sumy front ('He called her on Saturday morning …, she said: \"He told me …\"'; the "
          "speaker quoted: other): dug in across the river (from Saturday, 15 November, to "
          "publication)"),
        C("between 5,000 and 7,000", None, "range", "casualties", "other", "pub",
          "a former South Korean soldier, 'By his count' (undated): lost in Russia (the span "
          "takes 'between')"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'Lawmakers briefed by Seoul's spy agency on November 4 said' (the NIS's figure passed "
          "on): stationed along the border in the Kursk region"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing, 'and that': military engineers sent since September (a period, not the "
          "claim date)"),
        C("thousands", None, "vague", "planned", "russia", "wed",
          "Russia's ambassador in Pyongyang 'said on state television on Wednesday' "
          "(12 November): 'more' builders to arrive next year (vague, increment, "
          "planned)", add=True),
        C("at most 12,000", 12000, "at_most", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "a US official 'estimated last month' (October): remained in Russia"),
        C("around 2,300", 2300, "approx", "casualties", "ukraine", "pub",
          "'Ukrainian officials put the number of North Korean dead at' (undated): dead"),
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
