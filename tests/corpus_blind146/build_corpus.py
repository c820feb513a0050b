"""Build the HUNDRED-AND-FORTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-eighth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a music
school's autumn letter from Schönberg in the Probstei (Holstein) with a pianist from Busan and a
bayan player from Odesa, the ski-jumping section's bulletin of a winter sports club in Ehrwald in
the Außerfern (Austrian conventions) with a hill keeper from Kolomyia and a coach from Pyeongchang,
the members' letter of a dry-stone wall builders' association in the Calanca valley (Swiss
conventions) with a carpenter from Rakhiv and a landscape architect from Gongju, a public
observatory's letter from the Steigerwald with a physics teacher from Lutsk and an astrophysics
student from Daejeon, a swimming pool friends' association's season letter from Engen in the Hegau
with a kiosk tenant from Melitopol and a swimming teacher from Gimpo, and a tennis club's letter
from Heringen on the Werra with a retired potash miner from Kalush; an agency-style wire report
from Punta Arenas on the South Korean crews of the krill and toothfish trawlers, the campground
hosts' letter of Isle Royale with a retired professor whose parents left Pyongyang and a ferry cook
from Lviv, an amateur radio circle's bulletin from Port Blair in the Andaman Islands with voices
from Busan and Chernihiv, a readers' letters page from a Flinders Island weekly with letters
quoting a brother and an uncle, a botanical garden friends' news page from Sint Eustatius with a
doctoral student and a horticulturist from Chernivtsi, and a lavender farm's harvest notes from
Washington Island in Lake Michigan. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind146_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Probstei, Außerfern, Calanca, Steigerwald, Hegau, Werra)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v146_01_herbstbrief_musikschule_probstei_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-25"),
    dated_by="html_meta",
    features="the autumn letter of a music school in the Probstei (Schönberg, Holstein) in HTML, "
        "UTF-8, `article:published_time` +02:00 (Friday), a cookie note about the timetable login, "
        "a page script, navigation, entities (`&bdquo;`, `&ldquo;`, `&middot;`), a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; the autumn concert, "
        "pupils and teachers first; a pianist from Busan and a bayan player from Odesa relaying "
        "his cousin in the Kursk region ('Am Dienstag habe er ihm geschrieben …, erzählt Maksym') "
        "`ein paar hundert` arrived across the line (other, from Tuesday to publication); the NIS "
        "'Am 18. Oktober' `1.500` brought to Vladivostok; 'Am Mittwoch legte der Dienst … nach' "
        "'Weitere' `1.500` (increment, sentence-initial 'Weitere') and 'zusammen' `rund 3.000` "
        "(the new total); a Pentagon spokesman 'am selben Abend' `mindestens 3.000`; 'Selenskyj "
        "zufolge' `zwölftausend` being prepared (number word, 'insgesamt': a total, planned, "
        "`pub`); the pianist's 'Am Ende werden es `Zehntausende` sein' (vague, planned, other, "
        "`pub`); the South Korean army's size, concert guests, pupils, teachers, ages, a waiting "
        "list, years, euros, hire instruments, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Herbstbrief 2024 | Musikschule Probstei</title>
<meta property="article:published_time" content="2024-10-25T09:10:00+02:00">
<script>var musikschule = {brief: "herbst24", stundenplan: "winter", raumbuchung: false};</script>
</head>
<body>
<div class="hinweis-cookie">Wir setzen ein einziges Cookie, damit der Stundenplan-Login Sie beim \
nächsten Mal wiedererkennt. <a href="#" class="ok">Einverstanden</a></div>
<nav><a href="/">Musikschule</a> &middot; <a href="/unterricht">Unterricht</a> &middot; <a \
href="/ensembles">Ensembles</a> &middot; <a href="/herbstbrief">Herbstbrief</a></nav>
<main>
<h1>Zwei neue Stimmen im Kollegium</h1>
<p>Liebe Schülerinnen und Schüler, liebe Eltern,</p>
<p>das Herbstkonzert in der Aula in Schönberg war am vergangenen Samstag mit 310 Gästen \
ausverkauft. 46 Schülerinnen und Schüler standen auf der Bühne, die jüngste sieben, der älteste \
78 Jahre alt. In diesem Schuljahr unterrichten 31 Lehrkräfte insgesamt 412 Kinder und \
Erwachsene von Laboe bis Hohenfelde; auf einen Platz im Klavierunterricht warten derzeit 23 \
Familien.</p>
<h2>Aus Busan und aus Odessa</h2>
<p>Seit September unterrichtet bei uns Jeon Ha-eun, 31, Pianistin aus Busan, die in Lübeck \
studiert hat. &bdquo;In Korea üben Kinder zu viel, hier üben sie zu wenig&ldquo;, sagt sie und \
lacht. Neu ist auch Maksym Tkatsch, 29, Bajanspieler aus Odessa, der bis 2022 im \
Volksmusikorchester seiner Stadt spielte und seit zwei Jahren in Schönberg wohnt. Seine \
Akkordeongruppe probt donnerstags.</p>
<p>In den Pausen im Lehrerzimmer ging es zuletzt weniger um Tonleitern als um die Nachrichten \
aus Korea. Maksyms Cousin dient in einer Einheit, die im Gebiet Kursk eingegraben ist. Am Dienstag \
habe er ihm geschrieben, drüben auf der russischen Seite seien [[ein paar hundert]] Nordkoreaner \
als Vorhut eingetroffen, erzählt Maksym.</p>
<p>Was bisher offiziell bekannt ist: Am 18. Oktober meldete der südkoreanische Geheimdienst NIS, \
Pjöngjang habe [[1.500]] Mann seiner Spezialkräfte auf russischen Schiffen nach Wladiwostok \
bringen lassen. Am Mittwoch legte der Dienst vor Abgeordneten in Seoul nach: Weitere [[1.500]] \
seien inzwischen gefolgt, zusammen seien es damit [[rund 3.000]]. Ein Sprecher des Pentagons \
sprach am selben Abend von [[mindestens 3.000]] Nordkoreanern im Osten Russlands.</p>
<p>Selenskyj zufolge bereitet Pjöngjang insgesamt [[zwölftausend]] Soldaten auf den Krieg vor. \
Ha-eun hält auch das für zu niedrig gegriffen. &bdquo;Am Ende werden es [[Zehntausende]] \
sein&ldquo;, sagt sie. Ihr jüngerer Bruder leistet gerade seinen Wehrdienst bei der Marine; die \
südkoreanische Armee zählt rund 500.000 aktive Soldaten.</p>
<h2>Termine</h2>
<ul><li>Adventsvorspiel: Freitag, 22. November, 18 Uhr, Aula</li><li>\
Instrumentenkarussell für Kinder ab fünf: samstags, 8 Euro pro Termin</li><li>Leihinstrumente: \
noch 14 Geigen und drei Celli frei</li></ul>
</main>
<footer>Musikschule Probstei e.V. &middot; Am Markt 11 &middot; 24217 Schönberg (Holstein) \
&middot; Tel. 04344 47 82 15 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/stundenplan.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "tue..pub",
          "a bayan player from Odesa relaying his cousin in the Kursk region ('Am Dienstag habe "
          "er ihm geschrieben …, erzählt Maksym', Konjunktiv; the speaker quoted: other): an "
          "advance party arrived on the Russian side of the line (from Tuesday to publication)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "the NIS 'Am 18. Oktober meldete': special forces brought to Vladivostok"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed",
          "'Am Mittwoch legte der Dienst vor Abgeordneten … nach' (23 October): 'Weitere' "
          "followed (sentence-initial 'Weitere' before the figure: increment)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same briefing, 'zusammen seien es damit': the new total (not an increment)"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "a Pentagon spokesman 'am selben Abend' (the Wednesday of the NIS briefing): in "
          "eastern Russia"),
        C("zwölftausend", 12000, "exact", "planned", "ukraine", "pub",
          "'Selenskyj zufolge' (undated): being prepared for the war ('insgesamt': a total, "
          "planned; number word)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the pianist from Busan, 'sagt sie' (undated): 'Am Ende werden es … sein' (a "
          "forecast)"),
    ),
)

S02 = Source(
    article_id="v146_02_schanzenblatt_ehrwald",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-21"),
    dated_by="dateline",
    features="the ski-jumping section's bulletin of a winter sports club in Ehrwald (Außerfern, "
        "Tyrol) as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the "
        "place line 'Ehrwald, 21. Jänner 2025' (Tuesday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Obfrau`, `Burschen`); hills, children and the floodlight first; a hill keeper "
        "from Kolomyia, 'Kim werde heuer noch' `zehntausend` 'nachschicken' (number word, "
        "increment, planned, other, `pub`); Zelensky 'Am 11. Jänner' `zwei` captured; the NIS 'am "
        "13. Jänner' `rund 300` dead and `2.700` wounded (no 'weitere': not an increment); Budanov "
        "'sagte am Sonntag in einem Interview' `etwa 11.000` still in Kursk; 'Nach Einschätzung "
        "des Weißen Hauses' `mehr als 1.000` killed or wounded (`pub`); Rutte 'In Brüssel sagte … "
        "am Donnerstag' `Tausende` at the front (vague, nato); a ski-jumping coach from "
        "Pyeongchang 'rechnet damit' `über 3.000` killed or wounded by spring (at_least, "
        "casualties, other, `pub`); Russia's losses a day, hill sizes in metres, children, ages, "
        "years, altitude, euros, a competition date, a phone number",
    text="""\
WSV Ehrwald, Sektion Sprunglauf - Schanzenblatt Nr. 3, Winter 2024/25

Ehrwald, 21. Jänner 2025

Liebe Springerinnen und Springer, liebe Eltern,

nach dem schneearmen Dezember sind seit Dreikönig endlich beide Schanzen am Ganghofer-Hang \
präpariert, die kleine mit 15 Metern und die größere mit 38 Metern Hillsize. Im Training sind \
heuer 26 Kinder zwischen sechs und vierzehn Jahren, so viele wie seit Jahren nicht. Die \
Flutlichtanlage brennt dienstags und freitags bis 20 Uhr; der Trainingsbeitrag bleibt bei 9 Euro \
im Monat.

Die Schanzen hält seit November Wassyl Hnatjuk, 51, aus Kolomyja in den ukrainischen Karpaten in \
Schuss. Er hat daheim zwanzig Jahre lang Forststraßen gebaut und tritt den Aufsprunghang \
inzwischen, als hätte er nie etwas anderes getan. Über den Krieg redet er nur, wenn man ihn \
fragt. Dann aber deutlich: Kim werde heuer noch [[zehntausend]] Mann nachschicken, "weil Putin \
ihm jeden einzelnen bezahlt".

Seit Weihnachten trainiert außerdem eine kleine Gruppe junger Springerinnen aus Pyeongchang bei \
uns, auf 1.000 Meter Seehöhe fast wie daheim. Ihre Trainerin Choi Mi-ran, 46, hat die Meldungen \
aus Kursk ständig auf dem Handy und liest sie uns im Schanzenstüberl vor.

Am 11. Jänner gab Präsident Selenskyj bekannt, dass ukrainische Soldaten [[zwei]] verwundete \
Nordkoreaner gefangen genommen hätten. Der südkoreanische Geheimdienst bezifferte am 13. Jänner \
die Verluste des Nordens erstmals: [[rund 300]] Tote und [[2.700]] Verwundete. Der ukrainische \
Militärgeheimdienstchef Kyrylo Budanow sagte am Sonntag in einem Interview, [[etwa 11.000]] \
Nordkoreaner stünden nach wie vor im Gebiet Kursk. Nach Einschätzung des Weißen Hauses sind \
bereits [[mehr als 1.000]] von ihnen getötet oder verwundet worden. In Brüssel sagte Nato-Chef \
Mark Rutte am Donnerstag, [[Tausende]] Nordkoreaner kämpften inzwischen Seite an Seite mit \
russischen Einheiten an der Front. Die russische Armee selbst verliert nach Kiewer Angaben \
derzeit jeden Tag weit über 1.500 Mann.

Trainerin Choi glaubt den Zahlen aus Seoul, hält sie aber für vorläufig. Sie rechnet damit, dass \
bis zum Frühjahr [[über 3.000]] Nordkoreaner getötet oder verwundet sein werden. "Die Burschen \
sind so alt wie meine Springerinnen", sagt sie.

Aus dem Verein

- Das Außerferner Kinderspringen findet am Sonntag, 23. Feber, statt. Beginn um 10 Uhr, \
Startgeld 12 Euro.
- Helferinnen und Helfer für das Kampfgericht bitte bei Obfrau Maria Spielmann melden, Tel. \
05673 22 418.
- Gebrauchte Sprungski bis 160 Zentimeter werden dringend gesucht.
""",
    claims=(
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a hill keeper from Kolomyia (undated, Konjunktiv 'Kim werde heuer noch … "
          "nachschicken'; the speaker himself: other): sent after the first troops (increment, "
          "planned; number word)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner gab … bekannt': captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'bezifferte am 13. Jänner': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: wounded (a second part of the toll, not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "sun",
          "Budanov 'sagte am Sonntag in einem Interview' (19 January), Konjunktiv: still in the "
          "Kursk region"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "pub",
          "'Nach Einschätzung des Weißen Hauses' (undated): killed or wounded"),
        C("Tausende", None, "vague", "near_front", "nato", "thu",
          "Rutte 'In Brüssel sagte … am Donnerstag' (16 January), Konjunktiv: fighting at the "
          "front"),
        C("über 3.000", 3000, "at_least", "casualties", "other", "pub",
          "a ski-jumping coach from Pyeongchang, 'Sie rechnet damit' (undated): killed or "
          "wounded by spring (a forecast of losses: casualties)"),
    ),
)

S03 = Source(
    article_id="v146_03_mauerbrief_calanca_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-05-02"),
    dated_by="front_matter", crlf=True,
    features="the members' letter of a dry-stone wall builders' association in the Calanca valley "
        "(Graubünden) in Markdown, windows-1252 with CRLF, front matter with `date:` (Friday) and "
        "a title without a figure; Swiss conventions (`ss`, «», `1'270`, `15'000`, `4'700`, "
        "`11'000`, `30'000`); terrace walls, stones and francs first; a carpenter from Rakhiv "
        "relaying his son ('Vergangene Woche, erzählt Taras, habe der Sohn ihm geschrieben') `ein "
        "paar tausend` in position across the border (other, `lastweek`); a landscape architect "
        "from Gongju «Bis Ende Jahr werden es `30'000` sein» (other, planned, `pub`); Gerasimov "
        "'am 26. April' `mehreren tausend` who helped retake Kursk (russia, near the front); the "
        "NIS 'am Mittwoch', Konjunktiv over three clauses, `gegen 15'000` brought to Russia "
        "('gegen' as approx), sentence-initial `Rund 4'700` killed or wounded and 'davon' `600` "
        "dead (a breakdown); 'Aus Washington hiess es am Dienstag' `mindestens 11'000` still in "
        "Russia; volunteers, metres, tonnes of stone, altitude, shingles, francs, years, ages, a "
        "work day, a phone number",
    text="""\
---
title: "Mitgliederbrief Frühling 2025"
date: 2025-05-02
verein: Trockenmauern Calanca
---

# Steine, Schindeln und ein Gast aus Gongju

Liebe Mitglieder

In der letzten Aprilwoche haben 31 Freiwillige oberhalb von Buseno 140 Meter Terrassenmauer \
neu aufgeschichtet, ohne einen Sack Zement. Rund 90 Tonnen Gneis haben wir dafür von Hand \
sortiert, gehoben und verkeilt; die Kastanienbäume auf den Terrassen stehen nun wieder sicher. \
Die Seilbahn von Selma nach Landarenca hat uns Werkzeug und Znüni gratis hinaufgefahren, \
herzlichen Dank dafür.

Auf dem Stalldach in Landarenca, auf 1'270 Metern über Meer, arbeitete derweil Taras \
Iwanyschyn, 54, Zimmermann aus Rachiw in den ukrainischen Karpaten, der seit 2023 im Misox lebt. \
Er hat in drei Wochen 1'800 Lärchenschindeln von Hand gespalten. Sein Sohn steht mit einer \
Aufklärungseinheit im Gebiet Sumy. Vergangene Woche, erzählt Taras, habe der Sohn ihm \
geschrieben, jenseits der Grenze seien wieder [[ein paar tausend]] Nordkoreaner in Stellung \
gegangen.

Zum ersten Mal war auch ein Gast aus Südkorea dabei: Park Jun-seok, 33, Landschaftsarchitekt aus \
Gongju, der in Zürich über alte Steinterrassen forscht und sich bei uns die Finger blutig \
geschichtet hat. Vom Norden seiner Heimat spricht er nüchtern. «Bis Ende Jahr werden es \
[[30'000]] sein, die Kim nach Russland geschickt hat», sagt er.

## Was gemeldet wurde

Moskau und Pjöngjang haben den Einsatz in Kursk Ende April erstmals offiziell bestätigt. Der \
russische Generalstabschef Waleri Gerassimow sprach am 26. April von [[mehreren tausend]] \
koreanischen Soldaten, die bei der Rückeroberung des Gebiets geholfen hätten. Der südkoreanische \
Geheimdienst teilte am Mittwoch mit, bisher seien [[gegen 15'000]] Mann nach Russland gebracht \
worden. [[Rund 4'700]] von ihnen seien getötet oder verwundet worden, davon [[600]] tödlich. Die \
Truppen hätten inzwischen gelernt, sich gegen Drohnen zu wehren. Aus Washington hiess es am \
Dienstag, man gehe von [[mindestens 11'000]] Nordkoreanern aus, die noch in Russland seien.

## Termine

- Mauerwoche im Herbst: ab Samstag, 27. September, Treffpunkt 8 Uhr bei der Seilbahn Selma
- Jahresbeitrag: Fr. 40.– (Familien Fr. 60.–)
- Auskunft: Ursina Keller, 091 828 14 07
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "lastweek",
          "a carpenter from Rakhiv relaying his son near Sumy ('Vergangene Woche, erzählt Taras, "
          "habe der Sohn ihm geschrieben'; the speaker quoted: other): in position across the "
          "border"),
        C("30'000", 30000, "exact", "planned", "other", "pub",
          "a landscape architect from Gongju, «…», 'sagt er' (undated): 'Bis Ende Jahr werden "
          "es … sein' (a forecast: planned)"),
        C("mehreren tausend", None, "vague", "near_front", "russia", "2025-04-26",
          "Gerasimov 'sprach am 26. April von': helped retake the Kursk region"),
        C("gegen 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'teilte am Mittwoch mit' (30 April), Konjunktiv: brought to Russia so far "
          "('gegen' as approx)"),
        C("Rund 4'700", 4700, "approx", "casualties", "south_korea", "wed",
          "same statement, Konjunktiv carried: killed or wounded (sentence-initial 'Rund')"),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "same statement, 'davon … tödlich' (a breakdown of the 4'700, not an increment)"),
        C("mindestens 11'000", 11000, "at_least", "in_russia", "united_states", "tue",
          "'Aus Washington hiess es am Dienstag' (29 April): still in Russia"),
    ),
)

S04 = Source(
    article_id="v146_04_sternwartenbrief_steigerwald",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-07-09"),
    dated_by="sidecar",
    sidecar=(
        "Sternfreunde Steigerwald e.V. – Sternwartenbrief",
        "https://www.sternfreunde-steigerwald.example/sternwartenbrief/2025-07",
        "Sternwartenbrief Juli 2025: volle Kuppel, eine Lehrerin aus Luzk und ein Gast aus "
        "Daejeon",
    ),
    features="the letter of a public observatory's amateur astronomers in the Steigerwald "
        "(Franconia) as plain text, UTF-8 with BOM (sidecar, Wednesday), `„“` and `–`; visitors, "
        "the telescope and a new school evening first; a physics teacher from Lutsk relaying her "
        "husband, a medic near Sumy ('Am Samstag habe er am Telefon … erzählt, berichtet Olha') "
        "`Dutzenden` dead in front of his unit's positions (other, from Saturday to publication); "
        "an astrophysics student from Daejeon 'schätzt' `an die 25.000` by the end of the year "
        "(approx, planned, other, `pub`); 'Dem ukrainischen Militärgeheimdienst zufolge' `11.000 "
        "bis 12.000` in Kursk (range, `pub`); the NIS 'am Montag' `knapp 3.000` 'weitere' brought "
        "to Russia (increment); Shoigu 'Mitte Juni' `6.000` engineers and builders announced (days "
        "11-20, planned); the Pentagon 'vergangene Woche' `mehr als 4.000` dead and wounded; state "
        "media 'Ende Juni' the families of `über hundert` fallen (number word, north_korea); "
        "visitors, centimetres, metres, kilometres, minutes, euros, ages, years, a meeting date, a "
        "phone number",
    text="""\
Sternfreunde Steigerwald e.V. – Sternwartenbrief Juli 2025

Liebe Sternfreundinnen und Sternfreunde,

das erste Halbjahr hat unserer kleinen Volkssternwarte einen Rekord beschert: 1.870 \
Besucherinnen und Besucher an 41 öffentlichen Abenden, allein zur Mondfinsternis im März kamen \
260. Der neue 40-Zentimeter-Spiegel unter der Kuppel, die gerade fünf Meter misst, hat sich \
bewährt. Neu im Programm ist der Abend „Mond, Krater, Meere“ für Schulklassen, 90 Minuten, 4 Euro \
pro Kind; den 384.000 Kilometer entfernten Mond sehen die Kinder dabei zum Greifen nah.

Seit Mai führt bei uns Olha Sawtschenko, 38, Physiklehrerin aus Luzk, die dort bis 2022 das \
Schulplanetarium betreut hat. Die Kinder lieben sie, weil sie jedes Sternbild auch auf Ukrainisch \
erklärt. Ihr Mann ist Sanitäter in einer Brigade bei Sumy. Am Samstag habe er am Telefon von \
[[Dutzenden]] toten Nordkoreanern erzählt, die nach einem Sturmangriff vor den Stellungen seiner \
Einheit liegen geblieben seien, berichtet Olha.

Ein zweiter neuer Gast kommt von noch weiter her. Yoon Ji-won, 27, Astrophysikstudentin aus \
Daejeon, verbringt ein Austauschsemester an der Remeis-Sternwarte in Bamberg und hilft samstags \
an unserem Teleskop aus. Sie schätzt, dass bis zum Jahresende [[an die 25.000]] Nordkoreaner in \
Russland gewesen sein werden. „Bei uns redet kaum jemand darüber“, sagt sie.

Zur Lage, wie sie sich Anfang Juli darstellt: Dem ukrainischen Militärgeheimdienst zufolge stehen \
derzeit [[11.000 bis 12.000]] Nordkoreaner im Gebiet Kursk. Wie der südkoreanische Geheimdienst \
am Montag mitteilte, hat Pjöngjang seit Jahresbeginn [[knapp 3.000]] weitere Soldaten nach \
Russland gebracht. Mitte Juni hatte Russlands Sicherheitsratschef Sergej Schoigu in Pjöngjang \
angekündigt, der Norden werde [[6.000]] Pioniere und Militärbauarbeiter schicken. Das Pentagon \
sprach vergangene Woche von [[mehr als 4.000]] Toten und Verwundeten. Nordkoreas Staatsmedien \
meldeten Ende Juni, Kim Jong Un habe die Familien von [[über hundert]] Gefallenen empfangen.

Aus dem Verein
– Die Perseiden erwarten wir in der Nacht zum 13. August; die Kuppel ist bis 2 Uhr geöffnet.
– Vereinsabend: Donnerstag, 24. Juli, 19 Uhr, in der Sternwarte.
– Führungen für Gruppen bitte bei Gerlinde Hofmann anmelden: 09553 98 71 20.
""",
    claims=(
        C("Dutzenden", None, "vague", "casualties", "other", "sat..pub",
          "a physics teacher from Lutsk relaying her husband, a medic near Sumy ('Am Samstag "
          "habe er am Telefon … erzählt, … berichtet Olha'; the speaker quoted: other): dead in "
          "front of his unit's positions (from Saturday to publication)"),
        C("an die 25.000", 25000, "approx", "planned", "other", "pub",
          "an astrophysics student from Daejeon, 'Sie schätzt' (undated): will have been in "
          "Russia by the end of the year ('an die' as approx; a forecast: planned)"),
        C("11.000 bis 12.000", None, "range", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): in the Kursk region"),
        C("knapp 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the NIS 'am Montag mitteilte' (7 July): 'weitere' brought to Russia since January "
          "(increment, span without the word; 'knapp' as approx)", add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni … in Pjöngjang angekündigt' (days 11-20): engineers and military "
          "builders to be sent (planned)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states", "lastweek",
          "the Pentagon 'sprach vergangene Woche von': dead and wounded"),
        C("über hundert", 100, "at_least", "casualties", "north_korea",
          "2025-06-21..2025-06-30",
          "North Korean state media 'meldeten Ende Juni' (day 21 to the month's end): families "
          "of the fallen received (number word)"),
    ),
)

S05 = Source(
    article_id="v146_05_saisonbrief_freibad_engen_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-29"),
    dated_by="sidecar",
    sidecar=(
        "Förderverein Freibad Engen – Saisonbrief",
        "https://www.freibad-engen-foerderverein.example/saisonbrief/2025",
        "Saisonbrief 2025: ein Sommer im Hegau, eine Kioskwirtin aus Melitopol und ein "
        "Schwimmlehrer aus Gimpo",
    ),
    features="the end-of-season letter of a swimming pool's friends' association in Engen (Hegau) "
        "in HTML, windows-1252 with raw `„“`, umlauts and `–`, no meta date (sidecar, Monday), a "
        "cookie note about the season-ticket shop, a script, navigation, a footer with a postcode "
        "and a phone number; `<title>` and headline without a figure; bathers, water temperature "
        "and prices first; the kiosk tenant from Melitopol relaying her brother, a drone pilot "
        "near Sumy, who 'Am Mittwoch schrieb er ihr' `an die hundert` clearing mines on the "
        "Russian side (approx number word, other, from Wednesday to publication); a swimming "
        "teacher from Gimpo 'rechnet damit' `zwischen 5.000 und 7.000` 'weitere' (range, "
        "increment, planned, other, `pub`); 'Anfang September hieß es aus Seoul' `rund 2.000` "
        "fallen (days 1-10); the Kursk governor 'dankte am Freitag' `gut 1.000` deminers "
        "(at_least, russia, near the front); Budanov 'erklärte vergangene Woche' `höchstens "
        "11.000` still in Russia (at_most); 'Laut Pentagon' `etwa 10.000` stationed in the border "
        "area (`pub`); 'Unbestätigten Berichten zufolge' `mehrere hundert` builders arrived in "
        "Kursk (unattributed, required, `pub`); bathers, degrees, metres, swimming badges, euros, "
        "ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Saisonbrief 2025 – Förderverein Freibad Engen</title>
<link rel="stylesheet" href="/css/freibad.css">
<script>var saisonkarte = {jahr: 2026, vorverkauf: true};</script>
</head>
<body>
<div class="cookies">Der Vorverkauf merkt sich Ihre Saisonkarten mit einem Cookie. <a \
href="#">Alles klar</a></div>
<nav><a href="/">Förderverein</a> | <a href="/freibad">Freibad</a> | <a href="/mitglied">\
Mitglied werden</a> | <a href="/saisonbrief">Saisonbrief</a></nav>
<article>
<h1>Ein Sommer mit Blick auf den Hohenhewen</h1>
<p>Liebe Mitglieder, liebe Badegäste,</p>
<p>am 14. September hat unser Freibad nach 118 Badetagen geschlossen. Gezählt wurden 61.300 \
Badegäste, das Wasser im 50-Meter-Becken hatte im Schnitt 24 Grad, und 212 Kinder haben bei uns \
ihr Seepferdchen gemacht. Die Saisonkarte für 2026 gibt es im Vorverkauf weiterhin für 65 Euro.</p>
<p>Den Kiosk hat in diesem Sommer Switlana Bondarenko, 44, aus Melitopol geführt, der \
Kirschenstadt am Asowschen Meer. Seit ihre Heimatstadt besetzt ist, lebt sie mit ihrer Tochter \
in Engen. Ihr Bruder fliegt Aufklärungsdrohnen bei Sumy. Am Mittwoch schrieb er ihr, seine \
Kameras hätten auf der russischen Seite [[an die hundert]] Nordkoreaner beim Minenräumen \
erfasst.</p>
<p>In den Kinderkursen half Seo Do-hyun, 20, Austauschstudent aus Gimpo, der in Konstanz \
Sportwissenschaft studiert und bei uns den Rettungsschein gemacht hat. Er rechnet damit, dass \
dem Norden noch [[zwischen 5.000 und 7.000]] weitere Soldaten nach Russland folgen müssen.</p>
<p>Anfang September hieß es aus Seoul, [[rund 2.000]] Nordkoreaner seien seit dem vergangenen \
Herbst gefallen. Der Gouverneur des Gebiets Kursk dankte am Freitag [[gut 1.000]] \
nordkoreanischen Minenräumern, die noch immer in seiner Region arbeiteten. Budanow, der Chef des \
ukrainischen Militärgeheimdienstes, erklärte vergangene Woche, es seien [[höchstens 11.000]] \
Nordkoreaner noch in Russland. Laut Pentagon sind dagegen nach wie vor [[etwa 10.000]] im \
Grenzgebiet zur Ukraine stationiert. Unbestätigten Berichten zufolge sollen zudem [[mehrere \
hundert]] nordkoreanische Bauarbeiter in Kursk eingetroffen sein.</p>
<h2>Im Winter</h2>
<ul><li>Mitgliederversammlung am 6. November, 19.30 Uhr, im Vereinsheim</li><li>Arbeitseinsatz \
an der Liegewiese: Samstag, 11. Oktober, 9–12 Uhr</li><li>Jahresbeitrag 15 Euro, Familien 25 \
Euro</li></ul>
</article>
<footer>Förderverein Freibad Engen e.V. · Im Tal 4 · 78234 Engen · Tel. 07733 51 09 62 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/vorverkauf.js"></script>
</body>
</html>
""",
    claims=(
        C("an die hundert", 100, "approx", "near_front", "other", "wed..pub",
          "the kiosk tenant from Melitopol relaying her brother, a drone pilot near Sumy ('Am "
          "Mittwoch schrieb er ihr', Konjunktiv; the speaker quoted: other): clearing mines on "
          "the Russian side (number word, 'an die' as approx; from Wednesday to publication)"),
        C("zwischen 5.000 und 7.000", None, "range", "planned", "other", "pub",
          "a swimming teacher from Gimpo, 'Er rechnet damit' (undated): 'weitere' to follow "
          "(increment after the range, planned)", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Anfang September hieß es aus Seoul' (days 1-10): fallen since last autumn"),
        C("gut 1.000", 1000, "at_least", "near_front", "russia", "fri",
          "the Kursk governor 'dankte am Freitag' (26 September): deminers still at work in his "
          "region ('gut' as at_least)"),
        C("höchstens 11.000", 11000, "at_most", "in_russia", "ukraine", "lastweek",
          "Budanov 'erklärte vergangene Woche', Konjunktiv: still in Russia"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "pub",
          "'Laut Pentagon' (undated): stationed in the border area with Ukraine"),
        C("mehrere hundert", None, "vague", "near_front", "unattributed", "pub",
          "'Unbestätigten Berichten zufolge' (no source: unattributed, required, as in earlier "
          "sets): builders arrived in Kursk"),
    ),
)

S06 = Source(
    article_id="v146_06_clubnachrichten_tc_heringen_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-11-07"),
    dated_by="sidecar",
    sidecar=(
        "TC Grün-Weiß Heringen (Werra) – Clubnachrichten",
        "https://www.tc-heringen.example/clubnachrichten/4-2025",
        "Clubnachrichten 4/2025: Platzabbau, Hallensaison und ein Bergmann aus Kalusch",
    ),
    features="a tennis club's members' letter from Heringen on the Werra in Markdown, UTF-16 LE "
        "with BOM, front matter without a date (sidecar, Friday) and a title without a figure; "
        "courts, members, the autumn walk up the potash spoil heap first; a retired potash miner "
        "from Kalush 'geht davon aus' `Tausende` 'weitere' (vague, increment, planned, other, "
        "`pub`); the NIS 'unterrichtete am Dienstag das Parlament', carried by 'Demnach' and "
        "Konjunktiv, `etwa 10.000` at the border and `5.000` builders travelling west by rail (in "
        "Russia, not an increment); Rutte 'gestern' `mindestens 2.000` fallen (`yday`); 'Nach "
        "Angaben des ukrainischen Militärgeheimdienstes' `rund 300` wounded in October (`pub`); "
        "North Korean television 'vergangene Woche' a memorial for `Hunderte` fallen; courts, "
        "members, metres, euros, years, ages, a date, a phone number",
    text="""\
---
title: "Clubnachrichten 4/2025"
verein: TC Grün-Weiß Heringen
---

# Clubnachrichten 4/2025

Liebe Tennisfreundinnen und Tennisfreunde,

die sechs Sandplätze sind abgedeckt, die Hallensaison in Philippsthal hat begonnen. Unsere \
Herbstwanderung führte 46 Mitglieder auf den Monte Kali, die Halde, die inzwischen gut 200 Meter \
über die Werraaue ragt. Der Verein zählt jetzt 148 Mitglieder, die Hallenstunde kostet weiterhin \
18 Euro.

Neu im Verein ist Bohdan Kowaltschuk, 66, der 31 Jahre unter Tage in den Kaligruben von Kalusch \
am Karpatenrand gearbeitet hat und seit 2022 bei seiner Tochter in Philippsthal lebt. Den \
Schläger hat er mit 63 zum ersten Mal in die Hand genommen; seine Rückhand fürchten inzwischen \
auch die Herren 50. Bohdan geht davon aus, dass Kim noch [[Tausende]] weitere Soldaten schicken \
wird, „solange Moskau Öl und Weizen liefert“.

## Aus den Nachrichten

Der südkoreanische Geheimdienst unterrichtete am Dienstag das Parlament in Seoul. Demnach stehen \
[[etwa 10.000]] Nordkoreaner im russischen Grenzgebiet zur Ukraine. Zudem seien [[5.000]] \
Militärbauarbeiter per Bahn quer durch Russland nach Westen unterwegs. Nato-Generalsekretär Mark \
Rutte sprach gestern von [[mindestens 2.000]] gefallenen Nordkoreanern. Nach Angaben des \
ukrainischen Militärgeheimdienstes wurden allein im Oktober [[rund 300]] von ihnen verwundet. \
Das nordkoreanische Fernsehen zeigte vergangene Woche eine Gedenkfeier für [[Hunderte]] Gefallene.

## Termine

- Glühweinturnier in der Halle: Samstag, 6. Dezember, ab 14 Uhr
- Kontakt: Helmut Rausch, 06624 91 73 05
""",
    claims=(
        C("Tausende", None, "vague", "planned", "other", "pub",
          "a retired potash miner from Kalush, 'geht davon aus' (undated): 'weitere' to be sent "
          "(increment, planned)", add=True),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'unterrichtete am Dienstag das Parlament' (4 November), carried by "
          "'Demnach': in the border area with Ukraine"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv 'seien … unterwegs': builders travelling west across "
          "Russia by rail (a separate group; no 'weitere': not an increment)"),
        C("mindestens 2.000", 2000, "at_least", "casualties", "nato", "yday",
          "Rutte 'sprach gestern von' (6 November): fallen"),
        C("rund 300", 300, "approx", "casualties", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): wounded in October "
          "(the month counted, not the day of the claim)"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "lastweek",
          "North Korean television 'vergangene Woche': a memorial for the fallen"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Magallanes, Isle Royale, Andaman Islands, Flinders Island, Sint Eustatius,
# Washington Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v146_07_austral_wire_punta_arenas",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-11"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Punta Arenas (Chile) as plain text, UTF-8 with "
        "CRLF, slug line, byline and dateline 'PUNTA ARENAS, Chile, March 11, 2025 (Austral Wire) "
        "–' (Tuesday); the South Korean crews of krill and toothfish trawlers in port; the "
        "headline's `3,000` 'more' from the joint chiefs' figure of Monday (Monday to publication, "
        "hedge dropped, increment); `about 3,000` 'more' (increment) with the claimant after the "
        "figure ('according to a briefing the Joint Chiefs of Staff gave in Seoul on Monday') and "
        "`some 4,000` dead and wounded ('…, the JCS said'); HUR 'said last week' `several "
        "thousand` back at the front; 'A US official, who asked not to be named, put the number … "
        "at' `roughly 11,000` (`pub`); a boatswain from Tongyeong 'By his count' `close to 20,000` "
        "(other, `pub`); a Ukrainian engineer relaying his cousin ('told him on Sunday') "
        "`hundreds` dug in (other, from Sunday to publication); vessels, sailors, tonnes of krill, "
        "kilometres, the Russian army's losses, pesos, ages, years, a newsdesk phone number",
    text="""\
AUSTRAL WIRE | WORLD / SOUTH AMERICA | 0645 CLT

Korean trawler crews in Punta Arenas watch the North send [[3,000]] more

By Camila Oyarzún

PUNTA ARENAS, Chile, March 11, 2025 (Austral Wire) – On the fishing pier of the biggest port on \
the Strait of Magellan, South Korean sailors resting between krill and toothfish trips in the \
Southern Ocean pass their phones from bunk to bunk, reading about the war in Ukraine and the \
soldiers their northern neighbour has sent to fight in it.

Pyongyang shipped [[about 3,000]] more soldiers to Russia across January and February, ending a \
pause that had followed heavy losses around Kursk, according to a briefing the Joint Chiefs of \
Staff gave in Seoul on Monday. North Korean casualties so far stand at [[some \
4,000]] dead and wounded, the JCS said.

Ukraine's military intelligence service said last week that the North Koreans were back on the \
Kursk front with [[several thousand]] men, now fighting in smaller groups and using drones of \
their own. A US official, who asked not to be named, put the number still in Russia at \
[[roughly 11,000]]. The Kremlin has not commented on the figures.

About 1,100 Korean sailors on 26 vessels call at Punta Arenas during the season, which runs until \
May. The krill fleet in the Antarctic may take up to 620,000 tonnes a year under international \
rules, and the fishing grounds lie some 1,200 kilometres to the south.

Lee Sang-hoon, 58, a boatswain from Tongyeong who has fished these waters for two decades, trusts \
none of the official numbers. By his count, [[close to 20,000]] have gone since October. "They \
send boys the age of my deckhands," he said.

Oleh Marchenko, 36, a Ukrainian second engineer from Izmail on a Norwegian krill vessel moored \
two berths away, said his cousin, a drone operator in the Kursk region, told him on Sunday that \
[[hundreds]] of North Koreans were again dug in opposite his position. Ukraine says Russia has \
lost more than 880,000 soldiers since 2022.

A night in a sailors' hostel near the pier costs about 25,000 pesos.

(Reporting by Camila Oyarzún; editing by Tomás Vidal. Newsdesk: +56 61 224 8810)
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "wire headline: the joint chiefs' figure of Monday ('about 3,000' more in the body), "
          "from Monday 10 March to the Tuesday of publication, hedge dropped, 'more' kept as an "
          "increment", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the claimant after the figure, 'according to a briefing the Joint Chiefs of Staff "
          "gave in Seoul on Monday' (10 March): 'more' shipped to Russia across January and "
          "February (increment)", add=True),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "the claimant named after the figure ('…, the JCS said', the same Monday): dead and "
          "wounded so far"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Ukraine's military intelligence 'said last week': back on the Kursk front"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'A US official, who asked not to be named, put the number … at' (undated): still in "
          "Russia"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a boatswain from Tongyeong, 'By his count' (undated): have gone since October"),
        C("hundreds", None, "vague", "near_front", "other", "sun..pub",
          "a Ukrainian engineer relaying his cousin, a drone operator in Kursk ('told him on "
          "Sunday'; the speaker quoted: other): dug in opposite his position (from Sunday to "
          "publication)"),
    ),
)

S08 = Source(
    article_id="v146_08_hosts_letter_isle_royale_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-19"),
    dated_by="front_matter",
    features="the campground hosts' letter of Isle Royale (Lake Superior, Michigan) in Markdown, "
        "UTF-8 with curly quotes, front matter with `date:` (Wednesday) and a title repeating the "
        "headline (optional); hosts, hours, backpackers, wolves and moose first; a ferry cook from "
        "Lviv relaying her husband ('On Saturday he wrote to her …, she told us') `a few dozen` "
        "sappers across the border (other, from Saturday to publication); the headline's `5,000` "
        "builders from the NIS briefing 'on November 4' (to publication); the NIS 'told lawmakers "
        "on November 4' `about 5,000` builders travelling by rail and `some 10,000` at the border; "
        "HUR 'estimated last week' `at least 2,300` killed; 'A NATO spokeswoman said yesterday' "
        "`fewer than 12,000` (at_most); the Kursk governor 'speaking on Monday' `hundreds` of "
        "deminers (russia, near the front); a retired professor 'reckons' `as many as 25,000` by "
        "next summer (at_most, planned, other, `pub`); volunteers, campgrounds, hours, visitors, "
        "wolves, moose, ages, years, a date, a phone number",
    text="""\
---
title: "Hosts’ letter: the island closes, and the North’s [[5,000]] builders"
date: 2025-11-19
circle: Isle Royale Campground Hosts
---

# The island closes, and the North’s [[5,000]] builders

Friends and fellow hosts,

The last boat left Rock Harbor on the first of November, and Isle Royale belongs once more to the \
wolves, the moose and the winter study team. This season our circle placed 23 volunteer hosts in \
eight campgrounds between Windigo and Daisy Farm. They logged 6,140 hours and, by the rangers’ \
tally, helped about 11,500 backpackers and paddlers. The latest aerial survey counted 31 wolves \
and roughly 970 moose.

## Two hosts we will miss

Dr. Paul Cho, 71, a retired chemistry professor from Ann Arbor whose parents left Pyongyang in \
1950, ran the Moskey Basin camp with his wife. Oksana Lysenko, 35, from Lviv, cooked in the \
galley of the ferry from Copper Harbor. Her husband flies reconnaissance drones in the Sumy \
region. On Saturday he wrote to her that [[a few dozen]] North Korean sappers were clearing mines \
just across the border, she told us at the farewell supper in Houghton.

Paul follows the numbers from Seoul closely and sent us his summary. South Korea’s intelligence \
service told lawmakers on November 4 that [[about 5,000]] military construction workers from the \
North were traveling by rail across Russia, and that [[some 10,000]] soldiers remained posted \
along the Ukrainian border. Ukraine’s military intelligence estimated last week that [[at least \
2,300]] had been killed since the first deployment. A NATO spokeswoman said yesterday that \
[[fewer than 12,000]] were still in Russia. Russia’s governor in Kursk, speaking on Monday, \
thanked [[hundreds]] of Korean deminers still at work in his region.

Paul himself reckons that [[as many as 25,000]] will have served in Russia by next summer, “if \
the war lasts that long.”

## Next season

- Host applications for 2026 open on January 15.
- The winter study team flies out of Houghton in late January.
- Circle phone: (906) 482-3317.
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "front-matter title repeating the headline (metadata)", opt=True),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "headline 'the North's 5,000 builders': the NIS figure of 4 November ('about 5,000' "
          "in the body), to publication, hedge dropped"),
        C("a few dozen", None, "vague", "near_front", "other", "sat..pub",
          "a ferry cook from Lviv relaying her husband, a drone pilot near Sumy ('On Saturday he "
          "wrote to her …, she told us'; the speaker quoted: other): clearing mines across the "
          "border (from Saturday to publication)"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'told lawmakers on November 4': builders travelling by rail across Russia"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing ('and that'): posted along the Ukrainian border"),
        C("at least 2,300", 2300, "at_least", "casualties", "ukraine", "lastweek",
          "Ukraine's military intelligence 'estimated last week': killed"),
        C("fewer than 12,000", 12000, "at_most", "in_russia", "nato", "yday",
          "'A NATO spokeswoman said yesterday' (18 November): still in Russia ('fewer than' as "
          "at_most, like 'no more than')"),
        C("hundreds", None, "vague", "near_front", "russia", "mon",
          "the Kursk governor 'speaking on Monday' (17 November): deminers at work in his "
          "region"),
        C("as many as 25,000", 25000, "at_most", "planned", "other", "pub",
          "a retired professor, 'reckons' (undated): will have served in Russia by next summer "
          "(a forecast: planned)"),
    ),
)

S09 = Source(
    article_id="v146_09_vu4_bulletin_port_blair_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-12-30"),
    dated_by="html_meta",
    features="an amateur radio circle's bulletin from Port Blair (Andaman Islands) in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities (`&ldquo;`, `&rdquo;`, `&ndash;`, "
        "`&rsquo;`), `<meta name=\"date\">` (Monday), a cookie note about the net schedule, a "
        "script, navigation, a footer with a PIN code and a phone number; `<title>` and headline "
        "without a figure; members, contacts, bands and a mast first; a retired ship's radio "
        "officer in Busan who 'spoke to us on Saturday' and 'expects' `20,000` in all (other, "
        "planned, Saturday); a schoolteacher in Chernihiv 'reckons' `11,000 to 12,000` in Kursk "
        "(range, other, `pub`); the NIS 'briefing lawmakers on 19 December, put … at' `about 100` "
        "dead and `nearly 1,000` wounded; Zelensky 'earlier this month' `more than 3,000` killed "
        "or wounded (the 1st to publication); 'On Friday the White House said' `over 1,000` in the "
        "past week; 'according to Ukraine's military intelligence' `up to 2,000` 'more' in spring "
        "(at_most, increment, planned; no day of its own, read out at 'Thursday's meeting': "
        "Thursday to publication); members, contacts, metres, kilometres, degrees (a raw `°`), "
        "rupees, ages, years, a PIN code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2024-12-30">
<title>VU4 Bulletin &ndash; Andaman Amateur Radio Circle</title>
<script>var circle = {bulletin: 52, net: "sunday-14mhz"};</script>
</head>
<body>
<div class="cookie-note">This page keeps one cookie so that the net schedule shows in your own \
time zone. <a href="#">Fine by me</a></div>
<nav><a href="/">Circle</a> &middot; <a href="/nets">Nets</a> &middot; <a href="/qsl">QSL \
cards</a> &middot; <a href="/bulletin">Bulletin</a></nav>
<main>
<h1>Year-end bulletin: a busy band and a war far to the north</h1>
<p>The circle ends 2024 with 38 licensed members in Port Blair, Swaraj Dweep and Diglipur. \
Between them they logged 2,140 contacts in December on the 20 and 40 metre bands, helped by the \
new 12-metre mast behind the library on Marine Hill. Annual dues stay at Rs 500; the mainland is \
still some 1,200 kilometres of salt water away, and the shack thermometer read 29 °C on \
Christmas Day.</p>
<p>Two regular voices on our Sunday net have brought the war in Ukraine unusually close. Mr Baek \
Seung-ho, 66, a retired ship&rsquo;s radio officer in Busan, spoke to us on Saturday for almost \
an hour. He expects Pyongyang to send [[20,000]] men in all before the fighting stops, &ldquo;and \
not one of them asked to go&rdquo;.</p>
<p>Our other friend, Mr Andriy Koval, a schoolteacher in Chernihiv, keeps his rig running on a car \
battery through the blackouts. He reckons [[11,000 to 12,000]] North Koreans are now in the Kursk \
region, &ldquo;and every week the lads at the front hear more of them&rdquo;.</p>
<p>For the record, the figures our secretary read out at Thursday&rsquo;s meeting: South \
Korea&rsquo;s spy agency, briefing lawmakers on 19 December, put North Korean deaths at [[about \
100]] and the wounded at [[nearly 1,000]]. President Zelensky said earlier this month that [[more \
than 3,000]] had been killed or wounded. On Friday the White House said [[over 1,000]] had been \
killed or wounded in the past week alone. And according to Ukraine&rsquo;s military \
intelligence, Pyongyang is preparing [[up to 2,000]] more for the spring.</p>
<p>Next net: Sunday 5 January, 14.230 MHz, 0930 local time.</p>
</main>
<footer>Andaman Amateur Radio Circle &middot; Marine Hill, Port Blair 744101 &middot; +91 3192 \
236 418 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/netclock.js"></script>
</body>
</html>
""",
    claims=(
        C("20,000", 20000, "exact", "planned", "other", "sat",
          "a retired ship's radio officer in Busan who 'spoke to us on Saturday' (28 December) "
          "and 'expects': to be sent in all (the speaker himself: other; planned)"),
        C("11,000 to 12,000", None, "range", "near_front", "other", "pub",
          "a schoolteacher in Chernihiv, 'He reckons' (undated): in the Kursk region"),
        C("about 100", 100, "approx", "casualties", "south_korea", "2024-12-19",
          "the NIS 'briefing lawmakers on 19 December, put North Korean deaths at'"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same briefing, 'and the wounded at' ('nearly' as approx)"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "2024-12-01..pub",
          "Zelensky 'said earlier this month' (the 1st to publication): killed or wounded"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states", "fri",
          "'On Friday the White House said' (27 December): killed or wounded in the past week"),
        C("up to 2,000", 2000, "at_most", "planned", "ukraine", "thu..pub",
          "'according to Ukraine's military intelligence' (no day of its own, one of 'the "
          "figures our secretary read out at Thursday's meeting': from that Thursday, 26 "
          "December, to publication): 'more' prepared for the spring (increment, planned)",
          add=True),
    ),
)

S10 = Source(
    article_id="v146_10_letters_furneaux_gazette",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Furneaux Gazette",
        "https://www.furneaux-gazette.example/letters/2025-06-26",
        "Letters: far from Whitemark",
    ),
    features="a readers' letters page from a Flinders Island weekly (Furneaux Group, Tasmania) as "
        "plain text, UTF-16 LE with BOM (sidecar, Thursday); a reader from Kharkiv relaying her "
        "brother, a gunner ('On Tuesday he messaged me') `dozens` of sappers across the border "
        "(other, from Tuesday to publication); a reader answering the paper's own story 'last "
        "week' `12,000` (unattributed, required), the NIS 'in April' `around 15,000` (the month) "
        "and Shoigu 'On 17 June' `1,000` deminers and `5,000` builders (planned, not increments); "
        "a Korean-Australian reader relaying her uncle, a retired marine colonel ('believes') `no "
        "fewer than 4,000` (at_least, casualties, other, `pub`) and `thousands` 'more' by "
        "Christmas (increment, planned); a letter on freight rates without a claim; per cent, "
        "dollars, container feet, ages, years",
    text="""\
FURNEAUX GAZETTE – LETTERS TO THE EDITOR

Far from Whitemark

Editor, my brother Ihor, who taught geography in Kharkiv before the invasion, is now a gunner \
in the Sumy region. On Tuesday he messaged me that [[dozens]] \
of North Korean sappers had been seen clearing the woods across the border from his battery. \
People in the shop are kind to ask after him. Please keep asking.
Yuliia Hrytsenko, Whitemark

Editor, your story last week put the number of North Koreans serving with Russia's forces at \
[[12,000]], without saying who had counted them. Seoul's intelligence service said in April \
that [[around 15,000]] had been sent in all. On 17 June Sergei Shoigu promised in Pyongyang that \
[[1,000]] deminers and [[5,000]] military builders would come to Kursk. Numbers matter.
Graham Tuck, Lady Barron

Editor, my uncle in Seoul, a retired marine colonel, believes [[no fewer than 4,000]] of the \
North's soldiers have been killed or wounded, and he expects [[thousands]] more to be sent by \
Christmas. He says their families in Pyongyang are told nothing at all.
Min-ji Sutton, Emita

Editor, freight on the Bridport boat goes up 9 per cent on 1 July. A 20-foot container to \
Lady Barron will cost $3,150. Some of us have lived here for 40 years and never paid so much.
Doug Rowbottom, Killiecrankie

Editor, seventeen thousand Australians served in Korea between 1950 and 1953, and two of them \
came home to this island. I taught their grandchildren. When I read of boys from the North being \
fed into a war in Russia, I think of the photographs on the wall of the RSL hall in Whitemark.
Margaret Bowden, Palana
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "tue..pub",
          "a reader relaying her brother, a gunner near Sumy ('On Tuesday he messaged me', 24 "
          "June; the letter writer quoted: other): clearing woods across the border (from "
          "Tuesday to publication)"),
        C("12,000", 12000, "exact", "in_russia", "unattributed", "lastweek",
          "the paper's own story 'last week', as cited by a reader (no source: unattributed, "
          "required): serving with Russia's forces"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "the NIS 'said in April' (the month): sent in all"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On 17 June … promised in Pyongyang': deminers to come to Kursk (planned; no "
          "'more': not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same promise: military builders to come to Kursk (planned)"),
        C("no fewer than 4,000", 4000, "at_least", "casualties", "other", "pub",
          "a reader relaying her uncle, a retired marine colonel ('believes', undated; the "
          "letter writer quoted: other): killed or wounded ('no fewer than' as at_least)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "same uncle, 'he expects': 'more' to be sent by Christmas (increment, planned)",
          add=True),
    ),
)

S11 = Source(
    article_id="v146_11_garden_news_statia_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-13"),
    dated_by="sidecar",
    sidecar=(
        "Friends of the Quill Botanical Garden, Sint Eustatius",
        "https://www.quill-garden-friends.example/news/2025-08",
        "Garden news: orchids, goats and a dry July",
    ),
    features="a botanical garden friends' news page from Sint Eustatius (Statia) in HTML, UTF-8 "
        "with BOM, no meta date (sidecar, Wednesday), a cookie bar about the planting map, a "
        "script, navigation, entities (`&amp;`, `&ldquo;`, `&rdquo;`, `&rsquo;`), a footer with a "
        "phone number; `<title>` and headline without a figure; seedlings, rain, a fence and fees "
        "first; a horticulturist from Chernivtsi relaying her son ('According to him', undated) `a "
        "couple of thousand` dug in (other, `pub`); a doctoral student in botany 'figures' `15,000 "
        "or so` (approx, other, `pub`); lawmakers briefed by the NIS 'on Thursday' `about 2,000` "
        "killed and `6,000` 'more' by the end of the year (increment, planned); KCNA 'on Sunday' "
        "'a first contingent of' `1,000` deminers in Kursk (north_korea, near the front, not an "
        "increment); a Russian deputy defence minister 'On Monday … told reporters in Moscow' "
        "`several hundred` engineers rebuilding bridges (near the front); 'At a Pentagon briefing "
        "last week, a spokesman put the number … at' `11,000`; volunteers, seedlings, millimetres, "
        "metres, goats, dollars, ages, years, a date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Garden news &ndash; Friends of the Quill Botanical Garden</title>
<script>window.garden = {page: "news", issue: "2025-08"};</script>
</head>
<body>
<div id="cookiebar">We use one cookie to remember where you left off on the planting map. \
<button>Okay</button></div>
<nav><a href="/">Garden</a> | <a href="/planting-map">Planting map</a> | <a href="/volunteer">\
Volunteer</a> | <a href="/news">News</a></nav>
<article>
<h1>Orchids, goats and a dry July</h1>
<p>July brought only 31 millimetres of rain to the slopes below the Quill, and our 19 volunteers \
spent most Saturdays hauling water to the 4,800 seedlings in the nursery. The new goat fence \
along the lower terrace runs 140 metres and has already kept out the two billies that ate our \
bromeliads in June. Entry for visitors stays at US$5; children under 12 come in free.</p>
<p>Two of our summer team deserve a special word. Grace Han, 29, a doctoral student in botany \
from Los Angeles whose grandparents came from Gwangju, counted and tagged every wild orchid on \
the eastern trail. Halyna Romaniuk, 47, a horticulturist from Chernivtsi who worked at the \
university garden there before the war, rebuilt the shade house almost single-handed.</p>
<p>Over lunch under the tamarind the talk often turned to Korea and Ukraine. Halyna&rsquo;s son \
is a paramedic in the Sumy region. According to him, [[a couple of thousand]] North Koreans are \
still dug in opposite his brigade. Grace figures that [[15,000 or so]] have passed through Russia \
since last autumn, &ldquo;maybe more&rdquo;.</p>
<p>The official picture this week: lawmakers briefed by South Korea&rsquo;s intelligence service \
on Thursday said [[about 2,000]] North Korean soldiers had been killed so far and that [[6,000]] \
more would be sent by the end of the year. North Korea&rsquo;s state news agency reported on \
Sunday that a first contingent of [[1,000]] deminers had reached Kursk. On Monday a \
Russian deputy defence minister told reporters in Moscow that [[several hundred]] North Korean \
engineers were rebuilding bridges in the region. At a Pentagon briefing last week, a spokesman \
put the number still serving in Russia at [[11,000]].</p>
</article>
<footer>Friends of the Quill Botanical Garden &middot; Oranjestad, Sint Eustatius &middot; +599 \
318 2756 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/plantmap.js"></script>
</body>
</html>
""",
    claims=(
        C("a couple of thousand", None, "vague", "near_front", "other", "pub",
          "a horticulturist from Chernivtsi relaying her son, a paramedic near Sumy ('According "
          "to him', undated; the speaker quoted: other): dug in opposite his brigade"),
        C("15,000 or so", 15000, "approx", "in_russia", "other", "pub",
          "a doctoral student in botany, 'figures' (undated): passed through Russia ('or so' "
          "after the figure as approx)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'lawmakers briefed by South Korea's intelligence service on Thursday said' (7 "
          "August; the NIS's figure): killed so far"),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "same briefing: 'more' to be sent by the end of the year (increment, planned)",
          add=True),
        C("1,000", 1000, "exact", "near_front", "north_korea", "sun",
          "KCNA 'reported on Sunday' (10 August): 'a first contingent of' deminers reached "
          "Kursk (a first group, not an increment)"),
        C("several hundred", None, "vague", "near_front", "russia", "mon",
          "'On Monday a Russian deputy defence minister told reporters in Moscow' (11 August): "
          "engineers rebuilding bridges in the Kursk region"),
        C("11,000", 11000, "exact", "in_russia", "united_states", "lastweek",
          "'At a Pentagon briefing last week, a spokesman put the number … at': still serving in "
          "Russia"),
    ),
)

S12 = Source(
    article_id="v146_12_harvest_notes_washington_island_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Detroit Harbor Lavender, Washington Island",
        "https://www.detroitharbor-lavender.example/notes/2025-10",
        "Harvest notes, October",
    ),
    features="a lavender farm's harvest notes from Washington Island (Door County, Wisconsin) in "
        "Markdown, windows-1252 with CRLF (curly quotes and `–` raw), front matter without a date "
        "(sidecar, Thursday) and a title without a figure; acres, litres of oil and bundles first; "
        "a farm hand from Cherkasy 'reckons' `nearer 5,000` (approx, casualties, other, `pub`); a "
        "Korean buyer from Daegu relaying families she knows ('says … expect') `at least 10,000` "
        "'more' (at_least, increment, planned, other, `pub`); `Around 10,000` sentence-initial "
        "with the claimant in the next sentence ('That was the assessment South Korea's spy agency "
        "gave lawmakers on October 9') and, carried by 'It added', `about 2,000` dead; Zelensky "
        "'In his evening address on Sunday' 'another' `30,000` (increment, planned); Russia's "
        "ambassador 'told state television on Tuesday' `several thousand` builders for the winter "
        "(planned); 'By NATO's estimate, published in late September' `more than 14,000` rotated "
        "through Russia (days 21-30); acres, litres, bundles, visitors, ages, years, opening "
        "hours, a phone number",
    text="""\
---
title: "Harvest notes, October"
farm: Detroit Harbor Lavender
---

# Harvest notes, October

The rows are cut back and the still is cold again. This summer we harvested 2.4 acres of \
Grosso and Hidcote, distilled 61 litres of oil and sold some 9,000 bundles at the farm stand. The \
ferry from Northport had its busiest July on record, and our Saturday open days brought around \
700 people a week up the gravel road from the harbor.

## People

Much of that we owe to Nataliya Shevchuk, 42, from Cherkasy, who came to the island with her two \
daughters in 2023 and ran the drying barn all season. Her husband, an infantry sergeant, was \
wounded near Kupiansk last spring. Nataliya reads the news from Kursk every night, and she \
reckons the North Korean toll is [[nearer 5,000]] than anything the governments admit.

Our oil buyer, Mrs. Jang Eun-ha of an aromatherapy firm in Daegu, came back in September for \
the last distillation. Her cousin serves on the DMZ. She says the families she knows expect [[at \
least 10,000]] more of the North’s soldiers to be sent before spring.

## The news since our September notes

[[Around 10,000]] North Korean troops remain stationed near Russia’s border with Ukraine. That \
was the assessment South Korea’s spy agency gave lawmakers on October 9. It added that [[about \
2,000]] had died since the deployment began. In his evening address on Sunday, President \
Zelensky warned that Pyongyang could send another [[30,000]]. Russia’s ambassador to Pyongyang \
told state television on Tuesday that [[several thousand]] Korean builders would arrive in Kursk \
over the winter. By NATO’s estimate, published in late September, [[more than 14,000]] of the \
North’s soldiers have rotated through Russia since the autumn of 2024.

## Winter

- The farm stand is open Saturdays, 10 am to 2 pm, until December 20.
- Oil and sachet orders: (920) 847-2261.
""",
    claims=(
        C("nearer 5,000", 5000, "approx", "casualties", "other", "pub",
          "a farm hand from Cherkasy, 'she reckons' (undated): the North Korean toll ('nearer' "
          "as approx)"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "a Korean buyer from Daegu, 'She says the families she knows expect' (undated; the "
          "speaker quoted: other): 'more' to be sent before spring (increment, planned)",
          add=True),
        C("Around 10,000", 10000, "approx", "near_front", "south_korea", "2025-10-09",
          "sentence-initial figure, the claimant in the next sentence ('That was the assessment "
          "South Korea's spy agency gave lawmakers on October 9'): near the border"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-10-09",
          "same briefing, carried by 'It added': died since the deployment began"),
        C("30,000", 30000, "exact", "planned", "ukraine", "sun",
          "Zelensky 'In his evening address on Sunday' (12 October): 'another' could be sent "
          "(increment, planned)", add=True),
        C("several thousand", None, "vague", "planned", "russia", "tue",
          "Russia's ambassador 'told state television on Tuesday' (14 October): builders to "
          "arrive in Kursk over the winter (planned)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "2025-09-21..2025-09-30",
          "'By NATO's estimate, published in late September' (day 21 to the month's end): "
          "rotated through Russia"),
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
