"""Build the HUNDRED-AND-SEVENTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-ninth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
tinsmith's and roofer's customer letter from Riedau in the Pramtal (Austrian conventions) with a
sheet-metal bender from Zaporizhzhia and an innkeeper from Pohang, a fitness studio's member news
from Andorf in the Pramtal with a back-class trainer from Kharkiv and a toolmaker from Changwon, a
Schwyzerörgeli workshop's customer letter from Beromünster in the Michelsamt (Swiss conventions)
with a reed tuner from Chernihiv and a church musician from Busan, a biogas co-operative's letter
to its members from Gunzwil in the Michelsamt (Swiss conventions) with a plant attendant from
Poltava and a nurse from Gwangju, a farmhouse cooking school's course letter from Rosenthal in the
Burgwald with a canteen cook from Dnipro and an interpreter from Ulsan, and a music shop's news
page from Bad Driburg at the foot of the Eggegebirge with a guitar maker from Lviv and a piano
student from Daejeon; an agency-style wire report from the relaunch of a restored shad boat at
Manteo on Roanoke Island with a welder from Kherson and a retired nurse born in Mokpo, a handyman's
closing-season notes to cottage owners on Middle Bass Island with a helper from Zhytomyr and a
summer resident born in Chuncheon, a readers' letters page from a Bribie Island weekly with letters
quoting a son-in-law near Sumy and a sister in Seoul, a Middle Bass Island estate agent's market
letter with an office manager from Sumy and an anaesthetist born in Cheonan, a crab-pot builder's
shop notes from Wanchese on Roanoke Island with a wire cutter from Odesa and a retired charter
captain born in Yeosu, and a Bribie Island U3A branch's term news with a watercolour tutor from
Kharkiv and a retired engineer born in Incheon. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind177_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Pramtal, Michelsamt, Burgwald, Eggegebirge)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v177_01_kundenbrief_spenglerei_riedau",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-28"),
    dated_by="dateline", crlf=True,
    features="a tinsmith's and roofer's (Spenglerei) customer letter from Riedau in the Pramtal "
        "(Upper Austria) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated "
        "by the letter line 'Riedau, 28. Jänner 2025' (Tuesday); Austrian conventions (`heuer`, "
        "`Jänner`, `Feber`, `Stefanitag`, `Partien`, `Vergelt's Gott`); roofs, metres of gutter, "
        "the price per running metre and the booking calendar first; a sheet-metal bender from "
        "Zaporizhzhia relaying his cousin, a rifleman near Sudzha ('Am Sonntag habe ihn der "
        "Cousin aus einem Keller bei Sudscha angerufen, erzählt Andrij in der Werkstatt', "
        "Konjunktiv carried) sentence-initial `Mehr als zweihundert` running across a snowy field "
        "at their position (at_least with a number word, near the front) and `gut vierzig` lying "
        "motionless before the trenches (at_least with a number word, casualties; both other, "
        "from Sunday to publication); an innkeeper from Pohang who 'geht davon aus' `an die "
        "30.000` sent by the summer (approx, planned, other, `pub`); the NIS 'hatte Mitte Jänner "
        "vor Abgeordneten … berichtet' `rund 300` dead and `2.700` wounded (days 11-20); Zelensky "
        "'sprach am Samstag von' `über 4.000` killed and injured; 'Washington zufolge' `etwa "
        "11.000` in the Kursk region (`pub`); 'Nach Einschätzung des Generalstabs in Seoul' 'noch "
        "einmal' `einige tausend` (vague, increment, planned, `pub`); Russia's losses a day by a "
        "British estimate, roofs, metres, euros, a collection's euros, office hours, a phone "
        "number",
    text="""\
Spenglerei Aigner, Riedau – Kundenbrief 1/2025

Riedau, 28. Jänner 2025

Sehr geehrte Kundinnen und Kunden,

der Sturm nach den Feiertagen hat uns ordentlich auf Trab gehalten: Zwischen dem Stefanitag und \
Dreikönig haben wir auf 46 Dächern im Pramtal Bleche nachgenagelt und gut 380 Meter Dachrinne \
getauscht. Heuer stellen wir ganz auf vorbewittertes Titanzink um; der Laufmeter Rinne samt \
Montage kommt auf 68 Euro. Wer eine Kupferabdeckung für die Kaminmauer möchte, ruft bitte bis \
Mitte Feber an, denn ab März sind unsere zwei Partien bis in den Juni hinein verplant.

Andrij und der Anruf aus dem Keller

Andrij Melnyk, 36, kommt aus Saporischschja und kantet bei uns seit zwei Jahren die Bleche, \
genauer als jede Maschine. Sein Cousin ist Schütze in einer Brigade im Gebiet Kursk. Am Sonntag \
habe ihn der Cousin aus einem Keller bei Sudscha angerufen, erzählt Andrij in der Werkstatt. \
[[Mehr als zweihundert]] Nordkoreaner seien in der Nacht davor über ein verschneites Feld auf \
ihre Stellung zugelaufen. Am Morgen hätten [[gut vierzig]] von ihnen regungslos vor den Gräben \
gelegen. „Er sagt, die rennen weiter, auch wenn neben ihnen alle umfallen“, erzählt Andrij leise.

Eine Wirtin aus Pohang

Kang Eun-ji, 58, stammt aus Pohang und führt mit ihrem Mann das Gasthaus am Marktplatz, dessen \
Dach wir im Herbst neu gedeckt haben. Sie geht davon aus, dass Pjöngjang bis zum Sommer [[an die \
30.000]] Mann nach Russland geschickt haben wird. „Die Mütter dort erfahren nicht einmal, wo ihre \
Söhne begraben sind“, sagt sie.

Was zu lesen war

Der südkoreanische Geheimdienst hatte Mitte Jänner vor Abgeordneten in Seoul von [[rund 300]] \
toten und [[2.700]] verwundeten Nordkoreanern berichtet. Präsident Selenskyj sprach am Samstag \
von [[über 4.000]] Getöteten und Verletzten aus dem Norden. Washington zufolge stehen derzeit \
[[etwa 11.000]] nordkoreanische Soldaten im Gebiet Kursk. Nach Einschätzung des Generalstabs in \
Seoul könnte Kim im Frühjahr noch einmal [[einige tausend]] Mann nachschicken. Die russischen \
Verluste schätzt das britische Verteidigungsministerium auf mehr als 1.500 Mann am Tag.

Für Andrijs Heimatstadt sammeln wir in der Werkstatt; bisher sind 860 Euro beisammen. Vergelt's \
Gott!

Bürozeiten im Feber: Montag bis Freitag von 7 bis 12 Uhr, Telefon 07764 8327.
""",
    claims=(
        C("Mehr als zweihundert", 200, "at_least", "near_front", "other", "sun..pub",
          "a sheet-metal bender from Zaporizhzhia relaying his cousin, a rifleman near Sudzha "
          "('Am Sonntag habe ihn der Cousin aus einem Keller bei Sudscha angerufen, erzählt "
          "Andrij in der Werkstatt', Konjunktiv; the speaker quoted: other): ran across a snowy "
          "field at their position (sentence-initial number word, 'mehr als' as at_least; 'in "
          "der Nacht davor' is the event, not the claim date; from Sunday, 26 January, to "
          "publication)"),
        C("gut vierzig", 40, "at_least", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried: lying motionless before the trenches in the morning "
          "('gut' as at_least, number word)"),
        C("an die 30.000", 30000, "approx", "planned", "other", "pub",
          "an innkeeper from Pohang, 'Sie geht davon aus' (undated): sent to Russia by the summer "
          "(a forecast of a total: planned; 'an die' as approx)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "'Der südkoreanische Geheimdienst hatte Mitte Jänner vor Abgeordneten in Seoul … "
          "berichtet' (days 11-20): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same briefing: wounded (a second figure of the same report, not an increment)"),
        C("über 4.000", 4000, "at_least", "casualties", "ukraine", "sat",
          "'Präsident Selenskyj sprach am Samstag von' (25 January): killed and injured"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "pub",
          "'Washington zufolge' (undated, present): in the Kursk region now"),
        C("einige tausend", None, "vague", "planned", "south_korea", "pub",
          "'Nach Einschätzung des Generalstabs in Seoul' (undated): 'noch einmal' men Kim could "
          "send in spring (increment, planned; span without 'noch einmal', as in earlier sets)",
          add=True),
    ),
)


S02 = Source(
    article_id="v177_02_studionews_fitnessstudio_andorf_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-09-22"),
    dated_by="front_matter",
    features="a fitness studio's member news from Andorf in the Pramtal (Upper Austria) in "
        "Markdown, UTF-8, front matter with `date:` (Monday) and a title without a figure, `„“`; "
        "Austrian words (`Servus`, `heuer`, `Lehrlinge`); members, rowing machines, square "
        "metres, the monthly fee and opening hours first; a back-class trainer from Kharkiv, a "
        "former hurdler, relaying her husband, a drone pilot at the Sumy border ('Vorgestern "
        "Abend habe er ihr eine Sprachnachricht geschickt, erzählt Olena', Konjunktiv carried) "
        "`etliche hundert` settled in fresh dugouts on the Russian side (vague, near the front) "
        "and `neun` put out of action by drones (number word, casualties; both other, from "
        "Saturday to publication); a toolmaker from Changwon who 'glaubt' `bis zu 20.000` have "
        "been in Russia (at_most, in Russia, other, `pub`); the NIS 'teilte Anfang September "
        "mit' `rund 2.000` dead (days 1-10); 'Aus Moskau hieß es am Donnerstag' `5.000` builders "
        "at work in the Kursk region (russia, near the front); KCNA 'meldete am Sonntag' the "
        "families of `101` fallen (north_korea, casualties); a NATO diplomat who 'rechnet damit' "
        "`6.000` 'zusätzliche' sappers by the end of the year (increment, planned, `pub`); "
        "Russia's own losses by London's estimate, members, machines, square metres, euros, "
        "hours, ages, a year, a postcode, a phone number",
    text="""\
---
title: "Studio-News Herbst"
date: 2025-09-22
studio: Kraftwerk Fitness, Andorf
---

# Neue Geräte, volle Kurse und eine Nachricht von der Grenze

Servus miteinander,

seit dem Umbau im August trainieren bei uns 640 Mitglieder, so viele wie noch nie. Sechs neue \
Rudergeräte stehen im ersten Stock, und für die Rückenkurse haben wir einen zweiten Raum mit 90 \
Quadratmetern dazugemietet. Der Monatsbeitrag bleibt heuer bei 39 Euro, Schüler und Lehrlinge \
zahlen 29. Geöffnet ist täglich von 6 bis 22 Uhr, am Sonntag ab 8.

## Olenas Mann

Olena Hryzenko, 29, war in Charkiw Hürdenläuferin und leitet bei uns seit dem Frühjahr die \
Rückenkurse. Ihr Mann steuert Drohnen für eine Brigade an der Grenze bei Sumy. Vorgestern Abend \
habe er ihr eine Sprachnachricht geschickt, erzählt Olena. Drüben auf der russischen Seite hätten \
sich [[etliche hundert]] Nordkoreaner in frisch ausgehobenen Unterständen eingerichtet. Seine \
Gruppe habe in den Tagen davor [[neun]] von ihnen mit Drohnen außer Gefecht gesetzt. „Er will \
nicht, dass ich mir Sorgen mache, darum klingt bei ihm alles so nebensächlich“, sagt sie.

## Ein Werkzeugmacher aus Changwon

Park Ji-hoon, 41, Werkzeugmacher aus Changwon, arbeitet seit 2019 bei einem Zulieferer im \
Nachbarort und stemmt jeden Abend nach der Schicht. Er glaubt, dass inzwischen [[bis zu 20.000]] \
Soldaten aus dem Norden in Russland gewesen sind. „Kim verleiht seine Leute wie Maschinen“, meint \
er.

## Aus den Nachrichten

Südkoreas Nachrichtendienst teilte Anfang September mit, [[rund 2.000]] nordkoreanische Soldaten \
seien in Russland ums Leben gekommen. Aus Moskau hieß es am Donnerstag, [[5.000]] Bausoldaten aus \
dem Norden hätten im Gebiet Kursk mit dem Wiederaufbau begonnen. Die Staatsagentur KCNA meldete \
am Sonntag, Kim Jong-un habe die Angehörigen von [[101]] Gefallenen empfangen. Ein Nato-Diplomat \
rechnet damit, dass bis zum Jahresende [[6.000]] zusätzliche Pioniere folgen. Russlands eigene \
Verluste liegen nach Schätzungen aus London inzwischen bei über einer Million Mann.

Wir sehen uns beim Training!
Euer Team vom Kraftwerk, Bahnhofstraße 4, 4770 Andorf, Telefon 07766 2931
""",
    claims=(
        C("etliche hundert", None, "vague", "near_front", "other", "sat..pub",
          "a back-class trainer from Kharkiv relaying her husband, a drone pilot at the Sumy "
          "border ('Vorgestern Abend habe er ihr eine Sprachnachricht geschickt, erzählt Olena', "
          "Konjunktiv; the speaker quoted: other): settled in fresh dugouts on the Russian side "
          "('Vorgestern' in a Monday paper: Saturday, 20 September, to publication)"),
        C("neun", 9, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried: put out of action by drones 'in den Tagen davor' "
          "(number word; the period is not the claim date)"),
        C("bis zu 20.000", 20000, "at_most", "in_russia", "other", "pub",
          "a toolmaker from Changwon, 'Er glaubt' (undated): have been in Russia by now (a total "
          "of all who served, not an increment; 'bis zu' as at_most)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Südkoreas Nachrichtendienst teilte Anfang September mit' (days 1-10): killed in "
          "Russia"),
        C("5.000", 5000, "exact", "near_front", "russia", "thu",
          "'Aus Moskau hieß es am Donnerstag' (18 September), Konjunktiv: builders who have "
          "started reconstruction in the Kursk region (near the front, as builders in Kursk in "
          "earlier sets)"),
        C("101", 101, "exact", "casualties", "north_korea", "sun",
          "'Die Staatsagentur KCNA meldete am Sonntag' (21 September): Kim received the families "
          "of the fallen"),
        C("6.000", 6000, "exact", "planned", "nato", "pub",
          "'Ein Nato-Diplomat rechnet damit' (undated): 'zusätzliche' sappers to follow by the "
          "end of the year (increment, planned; span without 'zusätzliche')", add=True),
    ),
)


S03 = Source(
    article_id="v177_03_werkstattbrief_oergelibau_beromuenster_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-13"),
    dated_by="html_meta",
    features="a Schwyzerörgeli (Swiss accordion) workshop's customer letter from Beromünster in "
        "the Michelsamt (Lucerne) in HTML, ISO-8859-1 with raw «» and umlauts, dashes only as "
        "entities (`&ndash;`, `&middot;`), `article:published_time` +01:00 (Friday), a cookie "
        "note about the repair form, a workshop script with waiting months, navigation, a footer "
        "with a postcode and a phone number; Swiss conventions (`ss`, «», `2'300`, `6'400`, "
        "`11'000`, `12'000`, `10'000 bis 15'000`, `1'500`); `<title>` without a figure and a "
        "headline whose `Zwei Dutzend` counts instruments (not a claim); instruments built, "
        "parts, prices in francs, waiting months and a holiday first; a reed tuner from Chernihiv "
        "relaying her son, an infantry-carrier driver near Sudzha ('Am Mittwoch hat er sich aus "
        "der Gegend von Sudscha gemeldet, berichtet Iryna.', Konjunktiv carried) sentence-initial "
        "`Etwa 150` storming a wood (approx, near the front) and sentence-initial `Dutzende` who "
        "did not get up again (vague, casualties; both other, from Wednesday to publication); a "
        "church musician from Busan who 'ist überzeugt' 'noch einmal' `10'000 bis 15'000` by "
        "spring (range, increment, planned, other, `pub`); Ukraine's defence ministry 'erklärte "
        "am Montag' `mehr als 11'000` in the Kursk region; a Pentagon spokesman 'sprach am "
        "Dienstag von' `mehreren hundert` dead and wounded (vague, casualties); 'Aus dem "
        "Nato-Hauptquartier in Brüssel hiess es Anfang Dezember' `rund 12'000` in Russia (days "
        "1-10); the workshop's own `Tausenden` freezing in the snow of Kursk (unattributed, "
        "vague, near the front, required); Russia's daily losses by Kyiv's count, instruments, "
        "parts, francs, months, a holiday, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Werkstattbrief Dezember &ndash; Örgelibau Wey, Beromünster</title>
<meta property="article:published_time" content="2024-12-13T08:15:00+01:00">
<script>var werkstatt = {wartezeitMonate: 14, stimmungen: ["A-Es", "B-Es"]};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie, damit Ihr Reparaturauftrag im Formular bleibt. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Werkstatt</a> &middot; <a href="/instrumente">Instrumente</a> &middot; <a \
href="/reparaturen">Reparaturen</a> &middot; <a href="/werkstattbrief">Werkstattbrief</a></nav>
<main>
<h1>Zwei Dutzend Örgeli und ein Anruf aus Kursk</h1>
<p>Liebe Kundinnen und Kunden</p>
<p>In diesem Jahr sind in unserer Werkstatt an der Fläcke 24 neue Schwyzerörgeli entstanden, \
jedes aus rund 2'300 Einzelteilen. Ein Instrument in Birnbaum kostet ab 6'400 Franken, die \
Wartezeit liegt bei 14 Monaten. Im Januar stimmen wir die Instrumente der Ländlerkapelle aus \
Neudorf nach, und am Stephanstag bleibt die Werkstatt geschlossen.</p>
<h2>Irynas Sohn</h2>
<p>Iryna Bondar, 47, aus Tschernihiw stimmt bei uns seit 2022 die Stimmzungen, mit einem Gehör, \
um das wir sie alle beneiden. Ihr Sohn fährt einen Schützenpanzer im Gebiet Kursk. Am Mittwoch \
hat er sich aus der Gegend von Sudscha gemeldet, berichtet Iryna. [[Etwa 150]] Nordkoreaner \
hätten am Morgen versucht, ein Waldstück vor seinem Abschnitt zu stürmen. [[Dutzende]] seien \
danach nicht mehr aufgestanden. «Er sagt, sie laufen in Reihen wie auf einem Exerzierplatz», \
erzählt sie.</p>
<h2>Ein Kunde aus Busan</h2>
<p>Choi Dong-hyun, 63, Kirchenmusiker aus Busan, lebt seit 1990 in Rickenbach und hat bei uns \
sein drittes Örgeli bestellt. Er ist überzeugt, dass Kim bis im Frühling noch einmal [[10'000 bis \
15'000]] Soldaten schickt. «Für Pjöngjang ist dieser Krieg ein Geschäft mit Menschen», sagt er.</p>
<h2>Was gemeldet wird</h2>
<p>Das ukrainische Verteidigungsministerium erklärte am Montag, [[mehr als 11'000]] Nordkoreaner \
stünden inzwischen im Gebiet Kursk. Ein Sprecher des Pentagons sprach am Dienstag von \
[[mehreren hundert]] Toten und Verwundeten unter den Soldaten aus dem Norden. Aus dem \
Nato-Hauptquartier in Brüssel hiess es Anfang Dezember, in Russland hielten sich [[rund 12'000]] \
nordkoreanische Soldaten auf. Die [[Tausenden]] jungen Männer aus dem Norden frieren nun im Schnee \
von Kursk für einen Krieg, der nicht der ihre ist. Russland selbst verliert laut Kiew jeden Tag \
über 1'500 Mann.</p>
<p>Frohe Festtage und viel Musik<br>Ihre Familie Wey</p>
</main>
<footer>Örgelibau Wey GmbH &middot; Fläcke 9 &middot; 6215 Beromünster &middot; Tel. 041 930 28 \
15</footer>
</body>
</html>
""",
    claims=(
        C("Etwa 150", 150, "approx", "near_front", "other", "wed..pub",
          "a reed tuner from Chernihiv relaying her son, an infantry-carrier driver near Sudzha "
          "('Am Mittwoch hat er sich aus der Gegend von Sudscha gemeldet, berichtet Iryna.', "
          "Konjunktiv; the speaker quoted: other): tried to storm a wood before his sector "
          "(sentence-initial; from Wednesday, 11 December, to publication)"),
        C("Dutzende", None, "vague", "casualties", "other", "wed..pub",
          "same call, Konjunktiv carried, sentence-initial: 'nicht mehr aufgestanden' (did not "
          "get up again: killed or wounded)"),
        C("10'000 bis 15'000", None, "range", "planned", "other", "pub",
          "a church musician from Busan, 'Er ist überzeugt' (undated): 'noch einmal' soldiers "
          "Kim will send by spring (increment, planned; span without 'noch einmal')", add=True),
        C("mehr als 11'000", 11000, "at_least", "near_front", "ukraine", "mon",
          "'Das ukrainische Verteidigungsministerium erklärte am Montag' (9 December), "
          "Konjunktiv: in the Kursk region by now ('inzwischen' is by now, not an increment)"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "tue",
          "'Ein Sprecher des Pentagons sprach am Dienstag von' (10 December): dead and wounded"),
        C("rund 12'000", 12000, "approx", "in_russia", "nato", "2024-12-01..2024-12-10",
          "'Aus dem Nato-Hauptquartier in Brüssel hiess es Anfang Dezember' (days 1-10), "
          "Konjunktiv: in Russia"),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the workshop's own framing, no source (required): young men freezing in the snow of "
          "Kursk"),
    ),
)


S04 = Source(
    article_id="v177_04_genossenschaftsbrief_biogas_gunzwil",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-05-20"),
    dated_by="sidecar",
    sidecar=(
        "Biogasgenossenschaft Michelsamt, Gunzwil – Genossenschaftsbrief",
        "https://www.biogas-michelsamt.example/genossenschaftsbrief/2025-05",
        "Gülle, Wärme und ein Mörser an der Grenze",
    ),
    features="a biogas co-operative's letter to its members from Gunzwil in the Michelsamt "
        "(Lucerne) as plain text, UTF-16 LE with BOM (sidecar, Tuesday; the sidecar title "
        "without a figure); Swiss conventions (`ss`, «», `9'800`, `15'000`, `4'700`, `11'000`, "
        "`3'000`, `Genossenschafter`, `Rössli`); tonnes of slurry, kilowatt hours, farms, houses "
        "heated, the general meeting and the price in Rappen first; a plant attendant from "
        "Poltava relaying his brother, a mortar gunner at the Sumy border ('Am Samstag hat ihm "
        "der Bruder geschrieben, erzählt Maksym:', Konjunktiv carried) sentence-initial `Achtzig "
        "bis hundert` dug into a village on the Russian side (range with number words, near the "
        "front) and sentence-initial `Vier` killed laying mines (number word, casualties; both "
        "other, from Saturday to publication); a nurse from Gwangju, 'Nach ihrer Schätzung' "
        "`gegen 15'000` who have served in Russia (approx, in Russia, other, `pub`); the NIS "
        "'bezifferte … Anfang Mai' `4'700` dead and wounded (days 1-10); the Kremlin, which "
        "'hatte Ende April erstmals eingeräumt' `Tausende` fighting near Kursk (russia, vague, "
        "near the front, days 21-30); the US government which 'geht davon aus' `rund 11'000` "
        "stationed in Russia (`pub`); a NATO official who 'warnte am Freitag' 'weitere' `3'000` "
        "(increment, planned); tonnes, kilowatt hours, farms, houses, Rappen, ages, a date, a "
        "phone number",
    text="""\
Biogasgenossenschaft Michelsamt, Gunzwil – Genossenschaftsbrief Mai 2025

Liebe Genossenschafterinnen und Genossenschafter

Unsere Anlage am Dorfrand hat im vergangenen Jahr aus 9'800 Tonnen Gülle und Mist gut 1,9 \
Millionen Kilowattstunden Strom gemacht. 23 Höfe liefern inzwischen an, und der Wärmeverbund \
heizt 41 Häuser sowie das Schulhaus. Die Generalversammlung findet am 13. Juni um 20 Uhr im Saal \
des Rössli statt.

Maksym und sein Bruder

Maksym Tkatschenko, 33, aus Poltawa ist seit letztem Sommer unser Anlagewart und kennt jede Pumpe \
beim Vornamen. Sein älterer Bruder bedient einen Mörser an der Grenze bei Sumy. Am Samstag hat \
ihm der Bruder geschrieben, erzählt Maksym: [[Achtzig bis hundert]] Nordkoreaner hätten sich \
gegenüber, auf der russischen Seite, in einem Dorf festgesetzt. [[Vier]] von ihnen seien beim \
Minenlegen ums Leben gekommen. «Mein Bruder schreibt das so nüchtern wie einen Lieferschein», \
sagt Maksym.

Eine Nachbarin aus Gwangju

Jang Min-seo, 50, Pflegefachfrau aus Gwangju, wohnt mit ihrer Familie in Neudorf und bezieht \
Wärme aus unserem Netz. Nach ihrer Schätzung haben bis heute [[gegen 15'000]] Nordkoreaner in \
Russland gedient. «Heim kommen sie als Helden, oder sie kommen gar nicht», sagt sie.

Aus der Presse

Der Geheimdienst in Seoul bezifferte die nordkoreanischen Verluste Anfang Mai auf [[4'700]] Tote \
und Verwundete. Der Kreml hatte Ende April erstmals eingeräumt, dass [[Tausende]] Soldaten aus \
dem Norden bei Kursk mitgekämpft hätten. Die US-Regierung geht davon aus, dass zurzeit [[rund \
11'000]] von ihnen in Russland stationiert sind. Ein Nato-Vertreter warnte am Freitag, Pjöngjang \
könnte bald weitere [[3'000]] Mann schicken. Der Strom ab unserer Anlage bringt 2025 pro \
Kilowattstunde 21 Rappen.

Kontakt: Betriebsleitung, Telefon 041 930 47 62
""",
    claims=(
        C("Achtzig bis hundert", None, "range", "near_front", "other", "sat..pub",
          "a plant attendant from Poltava relaying his brother, a mortar gunner at the Sumy "
          "border ('Am Samstag hat ihm der Bruder geschrieben, erzählt Maksym:', Konjunktiv; the "
          "speaker quoted: other): dug into a village on the Russian side opposite "
          "(sentence-initial number words, a range; from Saturday, 17 May, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed laying mines"),
        C("gegen 15'000", 15000, "approx", "in_russia", "other", "pub",
          "a nurse from Gwangju, 'Nach ihrer Schätzung' (undated): have served in Russia so far "
          "('gegen' as approx, as in earlier sets)"),
        C("4'700", 4700, "exact", "casualties", "south_korea", "2025-05-01..2025-05-10",
          "'Der Geheimdienst in Seoul bezifferte … Anfang Mai' (days 1-10): dead and wounded"),
        C("Tausende", None, "vague", "near_front", "russia", "2025-04-21..2025-04-30",
          "'Der Kreml hatte Ende April erstmals eingeräumt' (day 21 to the month's end): "
          "fought alongside near Kursk"),
        C("rund 11'000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Die US-Regierung geht davon aus' (undated): stationed in Russia at present"),
        C("3'000", 3000, "exact", "planned", "nato", "fri",
          "'Ein Nato-Vertreter warnte am Freitag' (16 May), Konjunktiv: 'weitere' men "
          "Pyongyang could send soon (increment, planned; span without 'weitere')", add=True),
    ),
)


S05 = Source(
    article_id="v177_05_kursbrief_landkochschule_rosenthal_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-08"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Landküche am Burgwald, Rosenthal – Kursbrief",
        "https://www.landkueche-burgwald.example/kursbrief/fruehjahr-2025",
        "Kursbrief Frühjahr: Ahle Wurscht, Bärlauch und Switlanas Sohn",
    ),
    features="a farmhouse cooking school's course letter from Rosenthal in the Burgwald (Hesse) "
        "in Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, Saturday) "
        "and a title without a figure, `„“`; evenings, guests, stoves, the price of an evening, "
        "places per course and the spring courses first (`Ahle Wurscht`, `Bärlauch`); a canteen "
        "cook from Dnipro relaying her son, a sapper in the Kursk region ('Am Donnerstagabend "
        "habe der Sohn kurz angerufen, erzählt Switlana', Konjunktiv carried) sentence-initial "
        "`Hunderte` pushing into the villages around Sudzha (vague, near the front) and `zwei` "
        "taken prisoner (number word, casualties; both other, from Thursday to publication); an "
        "interpreter from Ulsan who 'vermutet' `mindestens 25.000` sent by the end of the year "
        "(at_least, planned, other, `pub`); 'Im Januar und Februar seien etwa 3.000 zusätzliche "
        "… teilte der Generalstab in Seoul Ende Februar mit' (the claimant after the figure; "
        "increment, days 21-28); Zelensky 'bezifferte … am Dienstag' `annähernd 4.000` dead and "
        "wounded; 'Nach Einschätzung der Nato' 'wieder' `mehrere tausend` fighting near Kursk "
        "(vague, not an increment, `pub`); the school's own `rund 12.000` moved to Russia since "
        "the autumn (unattributed, required); evenings, guests, stoves, euros, places, ages, "
        "years, a phone number",
    text="""\
---
titel: "Kursbrief Frühjahr"
kochschule: Landküche am Burgwald, Rosenthal
---

# Kursbrief Frühjahr

Liebe Kursgäste,

der Winter war unser bisher bester: An 31 Abenden standen 214 Gäste an den sechs Herden in der \
alten Scheune, am beliebtesten war wieder der Kurs rund um die Ahle Wurscht. Ein Abend kostet \
weiterhin 65 Euro mit Essen und Getränken, pro Kurs nehmen wir höchstens 12 Leute. Im April \
beginnen die Bärlauchabende, und für „Brot aus dem Holzofen“ sind noch vier Plätze frei.

## Switlana und ihr Sohn

Switlana Koval, 52, hat in Dnipro zwanzig Jahre lang eine Werkskantine geführt und schneidet bei \
uns schneller Zwiebeln als jeder Gast. Ihr Sohn ist Pionier in einer Brigade im Gebiet Kursk. Am \
Donnerstagabend habe der Sohn kurz angerufen, erzählt Switlana. [[Hunderte]] Nordkoreaner \
drängten von Norden her in die Dörfer rund um Sudscha, die Ukrainer müssten sich Haus um Haus \
zurückziehen. Seine Gruppe habe [[zwei]] von ihnen gefangen genommen, beide kaum älter als \
zwanzig. „Er hat gesagt: Mama, die haben mehr Angst als wir“, erzählt sie.

## Yoon Hye-jin kocht mit

Yoon Hye-jin, 38, Dolmetscherin aus Ulsan, leitet bei uns den Kimchi-Kurs. Sie vermutet, dass Kim \
bis zum Jahresende [[mindestens 25.000]] Soldaten nach Russland geschickt haben wird. „Mein \
Großvater stammte aus dem Norden, er hätte darüber geweint“, sagt sie.

## Was man hört

Im Januar und Februar seien [[etwa 3.000]] zusätzliche Soldaten nach Russland gebracht worden, \
teilte der Generalstab in Seoul Ende Februar mit. Präsident Selenskyj bezifferte die \
nordkoreanischen Verluste am Dienstag auf [[annähernd 4.000]] Tote und Verwundete. Nach \
Einschätzung der Nato kämpfen inzwischen wieder [[mehrere tausend]] Nordkoreaner im Raum Kursk. \
Von den [[rund 12.000]] jungen Männern, die Kim seit dem Herbst nach Russland verlegt hat, wissen \
die Familien meist nur, dass sie fort sind.

Anmeldungen nehmen wir gern telefonisch entgegen: 06458 9123 (Frau Dersch).
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "thu..pub",
          "a canteen cook from Dnipro relaying her son, a sapper in the Kursk region ('Am "
          "Donnerstagabend habe der Sohn kurz angerufen, erzählt Switlana', Konjunktiv; the "
          "speaker quoted: other): pushing into the villages around Sudzha (sentence-initial; "
          "from Thursday, 6 March, to publication)"),
        C("zwei", 2, "exact", "casualties", "other", "thu..pub",
          "same call, Konjunktiv carried: taken prisoner (number word)"),
        C("mindestens 25.000", 25000, "at_least", "planned", "other", "pub",
          "an interpreter from Ulsan, 'Sie vermutet' (undated): sent to Russia by the end of the "
          "year (a forecast of a total: planned)"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "Konjunktiv, the claimant after the figure ('…, teilte der Generalstab in Seoul Ende "
          "Februar mit': day 21 to the month's end): 'zusätzliche' soldiers brought to Russia in "
          "January and February (increment; the months are the period)", add=True),
        C("annähernd 4.000", 4000, "approx", "casualties", "ukraine", "tue",
          "'Präsident Selenskyj bezifferte … am Dienstag' (4 March): dead and wounded "
          "('annähernd' as approx)"),
        C("mehrere tausend", None, "vague", "near_front", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): fighting 'wieder' near Kursk (again, back at "
          "the front: not an increment)"),
        C("rund 12.000", 12000, "approx", "in_russia", "unattributed", "pub",
          "the school's own framing, no source (required): young men Kim has moved to Russia "
          "since the autumn"),
    ),
)


S06 = Source(
    article_id="v177_06_ladenpost_musikhaus_bad_driburg_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-14"),
    dated_by="sidecar",
    sidecar=(
        "Musikhaus Stamm, Bad Driburg – Ladenpost",
        "https://www.musikhaus-stamm.example/ladenpost/2025-11",
        "Adventskonzert, Mietgeigen und Post aus Sumy",
    ),
    features="a music shop's news page from Bad Driburg at the foot of the Eggegebirge (East "
        "Westphalia, North Rhine-Westphalia) in HTML, UTF-8, no meta date (sidecar, Friday; the "
        "sidecar title repeats the headline without a figure), a cookie note about the sheet "
        "music basket, a hire-purchase script, navigation, entities (`&ndash;`, `&bdquo;`, "
        "`&ldquo;`, `&middot;`), a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; hire instruments, violins in children's sizes, the price of "
        "a string change, teachers, pupils and the Advent concert first; a guitar maker from "
        "Lviv relaying his brother-in-law, a radio operator at the Sumy border ('Vergangene Woche "
        "habe ihm der Schwager geschrieben, erzählt Bohdan:', indicative then Konjunktiv) "
        "`ungefähr 300` digging trenches and laying mines on the Russian side (approx, near the "
        "front) and sentence-initial `Zwei Dutzend` wounded by drones (number words 24, exact, "
        "casualties; both other, `lastweek`); a piano student from Daejeon who 'meint' "
        "`Zehntausende` 'weitere' workers and soldiers next year (vague, increment, planned, "
        "other, `pub`); the NIS 'berichtete am Dienstag' `etwa 10.000` 'nach wie vor' in the "
        "border areas (near the front, not an increment) and, carried, `rund 5.000` builders "
        "arrived in Russia; the governor of Kursk who 'dankte am Montag' the `mehr als 1.000` "
        "deminers in his region (russia, near the front); Pyongyang's state television that "
        "'zeigte vergangene Woche' a memorial for `Hunderte` fallen (north_korea); 'Kiew "
        "zufolge' 'insgesamt' `rund 15.000` who have served in Russia (a total, `pub`); hire "
        "instruments, violins, euros, teachers, pupils, a concert date, ages, years, a postcode, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ladenpost November &ndash; Musikhaus Stamm, Bad Driburg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var mietkauf = {monate: 18, anzahlung: 30};</script>
</head>
<body>
<div class="cookie-hinweis">Ein einziges Cookie merkt sich, welche Noten in Ihrem Korb liegen. \
<a href="#">In Ordnung</a></div>
<nav><a href="/">Musikhaus</a> &middot; <a href="/mietinstrumente">Mietinstrumente</a> &middot; \
<a href="/werkstatt">Werkstatt</a> &middot; <a href="/ladenpost">Ladenpost</a></nav>
<main>
<h1>Adventskonzert, Mietgeigen und Post aus Sumy</h1>
<p>Liebe Musikfreunde,</p>
<p>zum Schuljahresbeginn haben wir 140 Mietinstrumente ausgegeben, so viele wie nie, darunter 52 \
Geigen in Kindergrößen. Ein Saitenwechsel an der Gitarre kostet bei uns 12 Euro plus Saiten, und \
im Obergeschoss unterrichten sechs Lehrkräfte inzwischen 38 Schülerinnen und Schüler. Das \
Adventskonzert im Kurpark beginnt am 13. Dezember um 17 Uhr; der Eintritt ist frei.</p>
<h2>Bohdan und sein Schwager</h2>
<p>Bohdan Lytwyn, 27, hat in Lwiw Gitarren gebaut und richtet bei uns seit dem Sommer die \
Mietinstrumente her. Sein Schwager ist Funker in einer Einheit an der Grenze bei Sumy. Vergangene \
Woche habe ihm der Schwager geschrieben, erzählt Bohdan: Auf der russischen Seite hoben \
[[ungefähr 300]] Nordkoreaner Gräben aus und verlegten Minensperren. [[Zwei Dutzend]] seien bei \
Drohnenangriffen verletzt worden. &bdquo;Er schreibt jedes Mal, es gehe ihm gut&ldquo;, sagt \
Bohdan.</p>
<h2>Eine Pianistin aus Daejeon</h2>
<p>Han Seo-yeon, 24, Klavierstudentin aus Daejeon, übt bei uns jeden Morgen am Flügel im \
Vorführraum. Sie meint, Pjöngjang werde Moskau im kommenden Jahr [[Zehntausende]] weitere \
Arbeiter und Soldaten liefern. &bdquo;Die Menschen sind Kims wichtigste Exportware&ldquo;, sagt \
sie.</p>
<h2>Was sonst berichtet wurde</h2>
<p>Der südkoreanische Geheimdienst berichtete am Dienstag, [[etwa 10.000]] nordkoreanische \
Soldaten stünden nach wie vor in grenznahen Gebieten Russlands. Zudem seien [[rund 5.000]] \
Bausoldaten inzwischen in Russland eingetroffen. Der Gouverneur von Kursk dankte am Montag im \
russischen Fernsehen den [[mehr als 1.000]] nordkoreanischen Minenräumern in seinem Gebiet. Das \
Staatsfernsehen in Pjöngjang zeigte vergangene Woche eine Gedenkfeier für [[Hunderte]] Gefallene. \
Kiew zufolge haben bisher insgesamt [[rund 15.000]] Nordkoreaner in Russland gedient.</p>
<p>Bleiben Sie musikalisch!<br>Ihr Team vom Musikhaus Stamm</p>
</main>
<footer>Musikhaus Stamm &middot; Lange Straße 61 &middot; 33014 Bad Driburg &middot; Telefon \
05253 940 17 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("ungefähr 300", 300, "approx", "near_front", "other", "lastweek",
          "a guitar maker from Lviv relaying his brother-in-law, a radio operator at the Sumy "
          "border ('Vergangene Woche habe ihm der Schwager geschrieben, erzählt Bohdan:', the "
          "speaker quoted: other): digging trenches and laying mines on the Russian side (a "
          "relayed message dated only by its week: `lastweek`, as in earlier sets)"),
        C("Zwei Dutzend", 24, "exact", "casualties", "other", "lastweek",
          "same message, Konjunktiv, sentence-initial: wounded in drone attacks (number words 24, "
          "exact, like 'Ein halbes Dutzend' → 6 of corpus_blind174)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a piano student from Daejeon, 'Sie meint' (undated): 'weitere' workers and soldiers "
          "Pyongyang will supply next year (increment, planned; span without 'weitere')",
          add=True),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "'Der südkoreanische Geheimdienst berichtete am Dienstag' (11 November), Konjunktiv: "
          "'nach wie vor' in Russia's border areas (still: not an increment)"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same report, Konjunktiv carried ('Zudem seien'): builders who have arrived in Russia "
          "('inzwischen' is by now, not an increment)"),
        C("mehr als 1.000", 1000, "at_least", "near_front", "russia", "mon",
          "'Der Gouverneur von Kursk dankte am Montag im russischen Fernsehen' (10 November): "
          "deminers in his region"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "lastweek",
          "'Das Staatsfernsehen in Pjöngjang zeigte vergangene Woche': a memorial for the fallen"),
        C("rund 15.000", 15000, "approx", "in_russia", "ukraine", "pub",
          "'Kiew zufolge' (undated): have served in Russia so far, 'insgesamt' (a total, not an "
          "increment)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Roanoke Island, Middle Bass Island, Bribie Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v177_07_shad_boat_wire_manteo",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-14"),
    dated_by="dateline",
    features="an agency-style wire report from the relaunch of a restored shad boat at Manteo on "
        "Roanoke Island (Dare County, North Carolina) as plain text, UTF-8, slug line, headline "
        "without a figure, byline and dateline 'MANTEO, N.C., June 14, 2025 (Sound Country Wire) "
        "—' (Saturday), straight quotes and em dashes; the boat's feet and year, spectators, "
        "planks and the dollars raised first; a welder from Kherson relaying his brother in an "
        "assault brigade near the Kursk border ('On Thursday night, Taras said, his brother called "
        "from a bunker:') `around 60` trying to wade across a river (approx, near the front) and "
        "`at least 15` killed by drones (at_least, casualties; both other, from Thursday to "
        "publication); a retired nurse born in Mokpo who 'estimated' `some 20,000` rotated "
        "through Russia since last fall (approx, in Russia, other, `pub`); Russia's ambassador in "
        "Pyongyang who 'Last week … promised on Russian state television' `thousands` of "
        "construction troops to restore towns in the Kursk region (russia, vague, planned, not "
        "an increment); the Joint Chiefs who 'told lawmakers on Wednesday' `about 11,000` who "
        "'remained' in Russia; the State Department "
        "'in a statement on Friday' `more than 4,000` casualties; a NATO official who 'said the "
        "alliance expected' `several thousand` 'more' over the summer (vague, increment, "
        "planned, `pub`); feet, a year, spectators, planks, dollars, ages, a ride's price, a "
        "desk phone number",
    text="""\
SHADBOAT-NORTHCAROLINA/KOREA

Restored shad boat returns to the water as a Ukrainian welder waits for word from the front

By Dana Whitfield

MANTEO, N.C., June 14, 2025 (Sound Country Wire) — A 38-foot shad boat built in 1904 slid back \
into Shallowbag Bay on Saturday after three years of restoration, cheered on by about 300 people \
along the Manteo waterfront. Volunteers replaced 41 planks of Atlantic white cedar, and a \
boatbuilders' guild on Roanoke Island raised $62,000 for the work.

Taras Hnatyshyn, 41, a welder from Kherson who settled in Wanchese in 2023, forged the new bronze \
fittings. His younger brother serves in an assault brigade near the Kursk border. On Thursday \
night, Taras said, his brother called from a bunker: [[around 60]] North Korean soldiers had tried \
to wade across a river opposite his position, and Ukrainian drones had killed [[at least 15]] of \
them. "He says they never turn back, not even when they are hit," Taras said.

Grace Oh, 66, a retired nurse born in Mokpo, rode along on the boat's first trip across the bay. \
She estimated that North Korea has rotated [[some 20,000]] soldiers through Russia since last \
fall. "Nobody in the North gets to say no," she said.

Last week Moscow's envoy to Pyongyang promised on Russian state television that [[thousands]] \
of construction troops from the North would be put to work restoring towns in the Kursk region. \
South Korea's Joint Chiefs of Staff told lawmakers on Wednesday that [[about 11,000]] North Korean \
troops remained in Russia. The U.S. State Department said in a statement on Friday that North \
Korean casualties had climbed to [[more than 4,000]]. A NATO official in Brussels said the \
alliance expected Pyongyang to send [[several thousand]] more troops over the summer.

The boat will stay on display at the waterfront through Labor Day. Rides cost $15 for adults.

(Reporting by Dana Whitfield; editing by Ray Midgett; Sound Country Wire desk 252-555-0193)
""",
    claims=(
        C("around 60", 60, "approx", "near_front", "other", "thu..pub",
          "a welder from Kherson relaying his brother in an assault brigade near the Kursk "
          "border ('On Thursday night, Taras said, his brother called from a bunker:'; the "
          "speaker quoted: other): tried to wade across a river opposite his position (from "
          "Thursday, 12 June, to publication)"),
        C("at least 15", 15, "at_least", "casualties", "other", "thu..pub",
          "same call, 'and Ukrainian drones had killed': killed"),
        C("some 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a retired nurse born in Mokpo, 'She estimated' (undated): rotated through Russia "
          "'since last fall' (a total over a period, not an increment)"),
        C("thousands", None, "vague", "planned", "russia", "lastweek",
          "'Last week Moscow's envoy to Pyongyang promised on Russian state television': "
          "construction troops to be put to work restoring towns in the Kursk region (planned; "
          "a first group, no 'more', not an increment)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'South Korea's Joint Chiefs of Staff told lawmakers on Wednesday' (11 June): "
          "'remained' in Russia (not an increment)"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "fri",
          "'The U.S. State Department said in a statement on Friday' (13 June): casualties "
          "'had climbed to' ('more than' as at_least)"),
        C("several thousand", None, "vague", "planned", "nato", "pub",
          "'A NATO official in Brussels said the alliance expected' (undated): 'more' troops "
          "over the summer (increment, planned; span without 'more')", add=True),
    ),
)


S08 = Source(
    article_id="v177_08_closing_notes_handyman_middle_bass_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-27"),
    dated_by="front_matter",
    features="a handyman's closing-season notes to cottage owners on Middle Bass Island (Ohio) "
        "in Markdown, UTF-16 LE with BOM, front matter with `date:` (Monday) and a title "
        "repeating the headline (optional), straight quotes; cottages winterized, water systems, "
        "feet of dock, prices and the last boat first; the headline's `Kyiv's 2,000` from "
        "Ukraine's defense intelligence of Thursday (that day to publication, exact, "
        "casualties); a helper from Zhytomyr relaying his brother-in-law, a drone pilot on the "
        "Sumy border ('On Saturday, Serhiy told me, the brother-in-law called on video and said') "
        "`maybe 120` digging a trench line on the Russian side (approx, near the front) and `a "
        "dozen or so` hit (approx with a number word, casualties; both other, from Saturday to "
        "publication); a summer resident born in Chuncheon who 'expects' `close to 40,000` in "
        "Russia by next summer (approx, planned, other, `pub`); Ukraine's defense intelligence "
        "'said on Thursday' `about 2,000` killed; the Pentagon 'told reporters last week' `no "
        "more than 12,000` still inside Russia (at_most); North Korean state media 'on Sunday "
        "showed' the families of `dozens` of sappers killed in the Kursk region (north_korea); "
        "cottages, water systems, feet, dollars, a date, ages, years, a phone number",
    text="""\
---
title: "Shutters, shutoffs and Kyiv's [[2,000]]"
date: 2025-10-27
source: Island Fixes, Middle Bass Island
---

# Shutters, shutoffs and Kyiv's [[2,000]]

Closing season is nearly done. This month we winterized 31 cottages, drained 27 water systems and \
hauled 140 feet of dock sections up onto the lawns at the north end. Winterizing runs $185 a \
cottage, and snow checks from December through March are $40 a visit. The last boat to the \
mainland leaves on November 9, so call before then if you want your shutters up.

## My helper from Zhytomyr

Serhiy Bilyk, 37, from Zhytomyr, has worked with me since April and can drain a cottage faster \
than I can find the main valve. His wife's brother flies drones on the Sumy border. On Saturday, \
Serhiy told me, the brother-in-law called on video and said [[maybe 120]] North Koreans were \
digging a trench line on the Russian side, and that his team had hit [[a dozen or so]] of them.

## A summer neighbor

Lee Kyung-ok, 81, born in Chuncheon, has summered in the yellow cottage on the east shore since \
1987. She expects the North to have [[close to 40,000]] men in Russia by next summer.

## What the news says

Ukraine's defense intelligence said on Thursday that the North had lost [[about 2,000]] men \
killed since entering the war. The Pentagon told reporters last week that [[no more than \
12,000]] were still inside Russia. North Korean state media on Sunday showed Kim Jong Un with the \
families of [[dozens]] of sappers killed in the Kursk region.

Questions? Call or text 419-555-0177.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "ukraine", "thu..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("2,000", 2000, "exact", "casualties", "ukraine", "thu..pub",
          "headline ('Kyiv's 2,000'): the figure of Ukraine's defense intelligence in the body "
          "('said on Thursday', 23 October), that day to publication, hedge dropped: killed"),
        C("maybe 120", 120, "approx", "near_front", "other", "sat..pub",
          "a helper from Zhytomyr relaying his brother-in-law, a drone pilot on the Sumy border "
          "('On Saturday, Serhiy told me, the brother-in-law called on video and said'; the "
          "speaker quoted: other): digging a trench line on the Russian side ('maybe' as approx; "
          "from Saturday, 25 October, to publication)"),
        C("a dozen or so", 12, "approx", "casualties", "other", "sat..pub",
          "same call, 'and that his team had hit': number word 12 with 'or so' (approx)"),
        C("close to 40,000", 40000, "approx", "planned", "other", "pub",
          "a summer resident born in Chuncheon, 'She expects' (undated): in Russia by next "
          "summer (a forecast of a total: planned; 'close to' as approx)"),
        C("about 2,000", 2000, "approx", "casualties", "ukraine", "thu",
          "'Ukraine's defense intelligence said on Thursday' (23 October): the North's men "
          "killed since entering the war (a period)"),
        C("no more than 12,000", 12000, "at_most", "in_russia", "united_states", "lastweek",
          "'The Pentagon told reporters last week': 'still' inside Russia (at_most; still, not "
          "an increment)"),
        C("dozens", None, "vague", "casualties", "north_korea", "sun",
          "'North Korean state media on Sunday showed' (26 October): the families of sappers "
          "killed in the Kursk region"),
    ),
)


S09 = Source(
    article_id="v177_09_letters_pumicestone_courier_bribie",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-21"),
    dated_by="sidecar",
    sidecar=(
        "The Pumicestone Courier, Bribie Island – Letters",
        "https://www.pumicestonecourier.example/letters/2024-11-21",
        "Letters: the bridge queue, dogs on the beach and a call from Sumy",
    ),
    features="a readers' letters page from a Bribie Island weekly (Moreton Bay, Queensland) as "
        "plain text, windows-1252 (sidecar, Thursday), `–` and straight quotes; letters on the "
        "bridge queue and the dog beach without a claim (minutes, a fine's dollars, `three of "
        "us`); a reader relaying her son-in-law, a gunner near Sumy ('He rang her on Tuesday "
        "from a cellar. He said …, and that') `thousands` moved into the villages across the "
        "border (vague, near the front) and `five or six` killed by one mortar round (range with "
        "number words, casualties; both other, from Tuesday to publication); a reader from "
        "Bellara answering the paper's own story ('Your front-page story of November 7 said') "
        "`10,000` gone to Russia (unattributed, required, that day) and the State Department "
        "that 'said on Monday' `more than 10,000` in the Kursk region (near the front), next to "
        "`over 100` guns and rocket launchers (weapons, not a claim); a reader relaying her "
        "sister in Seoul, who 'thinks' 'another' `10,000` before Christmas (increment, planned, "
        "other, `pub`), the NIS that 'briefed its parliament last week and counted' `about "
        "11,000` in Russia, and her own 'By my own reckoning' `between 11,000 and 12,000` (range, "
        "other, `pub`); minutes of "
        "queueing, a fine, guns and launchers, place names",
    text="""\
THE PUMICESTONE COURIER – LETTERS

Fix the bridge queue before summer

On Sunday afternoon it took me 45 minutes to get from the roundabout at Sandstone Point onto the \
island. A second bridge is years away, and every holiday weekend the line of cars gets longer. – \
Barry Coutts, Banksia Beach

Dogs on Woorim beach

Off-lead hours on the dog beach end at 8 am, not 9, and a council ranger fined three of us on \
Saturday. A bigger sign at the track would save everyone $322. – Pam Lethbridge, Woorim

A call from my son-in-law

My daughter's husband, Dmytro, is a gunner in a Ukrainian brigade near the Russian border at Sumy. \
He rang her on Tuesday from a cellar. He said the Russians had moved [[thousands]] of North \
Koreans into the villages across the border, and that [[five or six]] had been killed by one \
mortar round the night before. My daughter has hardly slept since. – Nataliya Reid, Bongaree

The numbers have moved on

Your front-page story of November 7 said [[10,000]] North Koreans had gone to Russia. The US State \
Department said on Monday that [[more than 10,000]] were now in the Kursk region and some had \
already fought Ukrainian troops. Pyongyang has also shipped over 100 long-range guns and rocket \
launchers. – Trevor Nguyen, Bellara

My sister in Seoul

My sister, a retired teacher in Seoul, rings every Sunday and talks of little else. She thinks Kim \
will send another [[10,000]] before Christmas. Seoul's intelligence service briefed its \
parliament last week and counted [[about 11,000]] in Russia already. By my own reckoning the North \
has sent [[between 11,000 and 12,000]], and not one of them chose to go. – Min-jung Harris, \
Bongaree
""",
    claims=(
        C("thousands", None, "vague", "near_front", "other", "tue..pub",
          "a reader relaying her son-in-law, a gunner near Sumy ('He rang her on Tuesday from a "
          "cellar. He said'; the speaker quoted: other): moved into the villages across the "
          "border (from Tuesday, 19 November, to publication)"),
        C("five or six", None, "range", "casualties", "other", "tue..pub",
          "same call, 'and that': killed by one mortar round 'the night before' (number words, a "
          "range; the event, not the claim date)"),
        C("10,000", 10000, "exact", "in_russia", "unattributed", "2024-11-07",
          "a reader citing the paper's own story ('Your front-page story of November 7 said', as "
          "'Your December 5 story' of corpus_blind174): unattributed, required, that day"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "mon",
          "same letter, 'The US State Department said on Monday' (18 November): in the Kursk "
          "region now, some already in combat"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a reader relaying her sister in Seoul, 'She thinks' (undated; the speaker quoted: "
          "other): 'another' to be sent before Christmas (increment, planned; span without "
          "'another')", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "same letter, 'Seoul's intelligence service briefed its parliament last week and "
          "counted': in Russia 'already' (not an increment)"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "other", "pub",
          "same letter, the writer's own 'By my own reckoning' (other, undated): sent (the span "
          "takes 'between', as in earlier sets)"),
    ),
)


S10 = Source(
    article_id="v177_10_market_letter_estate_agent_middle_bass_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-09"),
    dated_by="html_meta",
    features="an estate agent's market letter from Middle Bass Island (Ohio) in HTML, UTF-8 with "
        "BOM, `<meta name=\"date\">` (Wednesday) and an `og:title` without a figure, a cookie "
        "banner about saved listings, a listings script, navigation, entities (`&ndash;`, "
        "`&ldquo;`, `&rdquo;`, `&rsquo;`, `&middot;`), a footer with a ZIP code and a phone "
        "number; `<title>` and headline without a figure; properties sold, the median price, "
        "lots, a cottage's frontage and price and the ferry's spring schedule first; an office "
        "manager from Sumy relaying her cousin, a border guard ('He texted her on Sunday, she "
        "said:') `a few dozen` building fortifications across the border (vague, near the front) "
        "and `two` killed by a drone (number word, casualties; both other, from Sunday to "
        "publication; 'the day before' is the event); an anaesthetist born in Cheonan who "
        "'believes' `30,000 or more` sent by the end of the year (at_least, planned, other, "
        "`pub`); the top U.S. commander in Europe who 'told senators on Thursday' `about 4,000` "
        "dead or wounded; Seoul's spy agency 'In a closed briefing on Friday' `around 600` "
        "dead; Ukraine's military intelligence 'said on Monday' 'an additional' `3,000` "
        "(increment); NATO's military committee 'estimated in March' `11,000 to 12,000` in "
        "Russia (range, the whole of March); properties, dollars, feet, a date, ages, years, a "
        "ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Island Market Letter &ndash; Bass Shore Realty</title>
<meta name="date" content="2025-04-09">
<meta property="og:title" content="Island Market Letter: spring listings and a text from the \
border">
<script>var listings = {active: 9, showingsPerWeek: 6};</script>
</head>
<body>
<div class="cookie-banner">We use one cookie to remember the listings you saved. <a \
href="#">Got it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/listings">Listings</a> &middot; <a \
href="/island-life">Island Life</a> &middot; <a href="/market-letter">Market Letter</a></nav>
<main>
<h1>Spring listings, a busy ferry dock and a text from the border</h1>
<p>Eleven island properties changed hands in 2024, and the median sale price reached $389,000. \
Buildable lots now start at $79,000, and the two-bedroom cottage on the west shore with 120 feet \
of frontage is listed at $465,000. Showings resume on April 19, when the ferry goes to its spring \
schedule.</p>
<h2>In our office</h2>
<p>Kateryna Savchuk, 35, from Sumy, has run our office since 2023 and knows every septic permit \
on the island. Her cousin is a border guard near her hometown. He texted her on Sunday, she said: \
[[a few dozen]] North Korean soldiers were building fortifications just across the border, and a \
Ukrainian drone had killed [[two]] of them the day before. &ldquo;He sends me a photo of the sky \
every morning so I know he&rsquo;s alive,&rdquo; Kateryna said.</p>
<h2>A new owner</h2>
<p>Yoo Sung-min, 55, an anesthesiologist in Toledo who was born in Cheonan, closed on the old \
vineyard lot in March. He believes Kim will have sent [[30,000 or more]] soldiers to Russia by the \
end of the year.</p>
<h2>In the headlines</h2>
<p>The top U.S. commander in Europe told senators on Thursday that Pyongyang's losses stood at \
[[about 4,000]] dead or wounded. In a closed briefing on Friday, Seoul&rsquo;s spy agency put \
the dead at [[around 600]]. Ukraine&rsquo;s military intelligence said on Monday that Pyongyang \
had sent an additional [[3,000]] troops since January. NATO&rsquo;s military committee estimated \
in March that [[11,000 to 12,000]] North Koreans were in Russia.</p>
</main>
<footer>Bass Shore Realty &middot; Middle Bass, OH 43446 &middot; (419) 555-0126 &middot; \
Showings by appointment</footer>
</body>
</html>
""",
    claims=(
        C("a few dozen", None, "vague", "near_front", "other", "sun..pub",
          "an office manager from Sumy relaying her cousin, a border guard ('He texted her on "
          "Sunday, she said:'; the speaker quoted: other): building fortifications just across "
          "the border (from Sunday, 6 April, to publication)"),
        C("two", 2, "exact", "casualties", "other", "sun..pub",
          "same text, 'and a Ukrainian drone had killed': number word ('the day before' is the "
          "event, not the claim date)"),
        C("30,000 or more", 30000, "at_least", "planned", "other", "pub",
          "an anesthesiologist born in Cheonan, 'He believes' (undated; his March purchase is not "
          "the date of the estimate): sent to Russia by the end of the year (a forecast of a "
          "total: planned; 'or more' as at_least)"),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "thu",
          "'The top U.S. commander in Europe told senators on Thursday' (3 April): Pyongyang's "
          "losses, dead or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "fri",
          "'In a closed briefing on Friday, Seoul's spy agency put the dead at' (4 April)"),
        C("3,000", 3000, "exact", "in_russia", "ukraine", "mon",
          "'Ukraine's military intelligence said on Monday' (7 April): 'an additional' troops "
          "sent since January (increment, span without 'an additional')", add=True),
        C("11,000 to 12,000", None, "range", "in_russia", "nato", "2025-03-01..2025-03-31",
          "'NATO's military committee estimated in March' (the whole of March): in Russia"),
    ),
)


S11 = Source(
    article_id="v177_11_pot_shop_notes_crab_pots_wanchese_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Mill Landing Pot Works, Wanchese – Pot Shop Notes",
        "https://www.millandingpotworks.example/notes/2025-08",
        "Pot Shop Notes: 1,150 pots and a message from the Sumy border",
    ),
    features="a crab-pot builder's shop notes from Wanchese on Roanoke Island (Dare County, North "
        "Carolina) in Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with "
        "`date:` as well as the sidecar (Tuesday) and titles without a claim figure (the "
        "sidecar title's `1,150 pots` is not a claim); pots built, `about 200 more` pots than "
        "last season (a false friend), wire prices in per cent, pot prices, anodes and the "
        "soft-crab season first; a wire cutter from Odesa relaying her husband, an artillery "
        "spotter near the Sumy border ('He messaged her early Sunday, she said. He wrote that') "
        "`about 70` engineers laying mines on the Russian side (approx, near the front) and "
        "`several` wounded when a mine went off too soon (vague, casualties; both other, from "
        "Sunday to publication); a retired charter captain born in Yeosu who 'figures' `at least "
        "15,000` sent since last fall (at_least, in Russia, other, `pub`); the Joint Chiefs 'At "
        "a briefing in Seoul on Thursday' `roughly 6,000` 'more' (increment, planned); Peskov "
        "who 'said in mid-July' the first `1,000` deminers had reached the Kursk region (russia, "
        "near the front, a first group, not an increment; days 11-20); KCNA which 'reported on "
        "Friday' a cemetery for the `several hundred` killed (north_korea); 'Kyiv puts … at' "
        "`close to 6,000` dead and wounded (`pub`); pots, per cent, dollars, anodes, ages, "
        "years, a phone number",
    text="""\
---
title: "Pot Shop Notes, August"
date: 2025-08-05
shop: Mill Landing Pot Works, Wanchese
---

# Pot Shop Notes, August

We have built 1,150 pots since March, about 200 more than last season, and the racks behind the \
shop are finally empty. Vinyl-coated wire went up 12 percent in June, so a standard two-foot pot \
now costs $58 and a peeler pot $64. Zinc anodes are $3 apiece. Soft-crab season is running late \
this year; bring your pots in for repair before the October rush.

## Yuliia on the wire bench

Yuliia Marchenko, 30, from Odesa, cuts and bends our wire and has not missed a day since she came \
to Wanchese last spring. Her husband is an artillery spotter near the Sumy border. He messaged her \
early Sunday, she said. He wrote that [[about 70]] North Korean engineers were laying mines in the \
fields on the Russian side, and that [[several]] had been wounded when one went off too soon. "He \
never tells me what he does himself," Yuliia said.

## An old captain

Walter Ahn, 70, a retired charter captain born in Yeosu, still buys six pots a year for the dock \
behind his house. He figures Kim has sent [[at least 15,000]] men to Russia since last fall.

## Elsewhere

At a briefing in Seoul on Thursday, the Joint Chiefs of Staff said the North was preparing to \
send [[roughly 6,000]] more troops. Kremlin spokesman Dmitry Peskov said in mid-July that the \
first [[1,000]] North Korean deminers had reached the Kursk region. KCNA reported on Friday that a \
cemetery for the [[several hundred]] soldiers killed in Kursk was being laid out in Pyongyang. \
Kyiv puts North Korean losses at [[close to 6,000]] dead and wounded.

Orders: call the shop at 252-555-0138, Monday to Saturday.
""",
    claims=(
        C("about 70", 70, "approx", "near_front", "other", "sun..pub",
          "a wire cutter from Odesa relaying her husband, an artillery spotter near the Sumy "
          "border ('He messaged her early Sunday, she said. He wrote that'; the speaker quoted: "
          "other): engineers laying mines in the fields on the Russian side (from Sunday, 3 "
          "August, to publication)"),
        C("several", None, "vague", "casualties", "other", "sun..pub",
          "same message, 'and that': wounded when a mine went off too soon ('several' alone, as "
          "in earlier sets)"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a retired charter captain born in Yeosu, 'He figures' (undated): sent to Russia since "
          "last fall (a total over a period, not an increment)"),
        C("roughly 6,000", 6000, "approx", "planned", "south_korea", "thu",
          "'At a briefing in Seoul on Thursday, the Joint Chiefs of Staff said' (31 July): "
          "'more' troops the North was preparing to send (increment, planned)", add=True),
        C("1,000", 1000, "exact", "near_front", "russia", "2025-07-11..2025-07-20",
          "'Kremlin spokesman Dmitry Peskov said in mid-July' (days 11-20): 'the first' deminers "
          "had reached the Kursk region (a first group, not an increment; near the front)"),
        C("several hundred", None, "vague", "casualties", "north_korea", "fri",
          "'KCNA reported on Friday' (1 August): a cemetery for the soldiers killed in Kursk"),
        C("close to 6,000", 6000, "approx", "casualties", "ukraine", "pub",
          "'Kyiv puts North Korean losses at' (undated, present): dead and wounded ('close to' as "
          "approx)"),
    ),
)


S12 = Source(
    article_id="v177_12_term_news_u3a_bongaree_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "U3A Bribie Island, Bongaree – Term News",
        "https://www.u3abribie.example/term-news/2025-winter",
        "Winter term: Mandarin, watercolours and a grandson near Sumy",
    ),
    features="a University of the Third Age (U3A) branch's term news from Bribie Island (Moreton "
        "Bay, Queensland) in HTML, windows-1252 with raw `“”`, `’`, `–` and `·`, no meta date "
        "(sidecar, Thursday; the sidecar title repeats the headline without a figure), a cookie "
        "note about course bookings, a term script, navigation, a footer with a postcode and a "
        "phone number; `<title>` and headline without a figure; courses, members (`passed 600`), "
        "the fee, the hall's seats and a member's age first; a watercolour tutor from Kharkiv "
        "relaying her grandson, a paratrooper in the Sumy region ('On Monday night he rang her, "
        "she said, and told her') `about a hundred` manning guns across the border (approx with "
        "a number word, near the front), `three of those guns` destroyed (weapons, not a claim) "
        "and `at least eight` of the crews killed (at_least with a number word, casualties; both "
        "other, from Monday to publication); a retired engineer born in Incheon who 'reckons' "
        "`up to 25,000` in all by Christmas (at_most, planned, other, `pub`); Shoigu who 'On June "
        "17 in Pyongyang … announced that Kim was sending' `6,000` sappers and construction "
        "workers (russia, planned); Australia's foreign minister who 'on Friday reckoned' "
        "`roughly 11,000` of Kim's troops still on Russian soil (a third government: other); the "
        "NIS that 'told parliament on Tuesday' `about 2,000` killed; 'Kyiv's "
        "military intelligence says' `11,000` who 'remain' near the border in the Kursk region "
        "(near the front, not an increment, `pub`); courses, members, dollars, seats, guns, "
        "ages, years, a date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Term News – U3A Bribie Island</title>
<script>var term = {weeks: 10, courses: 46};</script>
</head>
<body>
<div class="cookies">This site keeps one cookie so your course bookings survive a refresh. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> · <a href="/courses">Courses</a> · <a href="/tutors">Tutors</a> · <a \
href="/term-news">Term News</a></nav>
<main>
<h1>Winter term: Mandarin, watercolours and a grandson near Sumy</h1>
<p>Our winter term opens on 14 July with 46 courses, from Mandarin to mahjong, and membership has \
passed 600 for the first time. The annual fee stays at $45, and the hall at Bongaree still seats \
90, so book early for the Thursday lectures. Our oldest member, Gwen, turns 97 this month.</p>
<h2>Our watercolour tutor</h2>
<p>Halyna Petrenko, 63, taught art in Kharkiv for thirty years before she came to Bribie in 2022. \
Her grandson is a paratrooper in the Sumy region. On Monday night he rang her, she said, and told \
her [[about a hundred]] North Koreans were manning guns just across the border. Ukrainian drones \
had destroyed three of those guns, he said, and killed [[at least eight]] of the crews. “He is \
twenty-two and talks like an old man,” Halyna said.</p>
<h2>Our Korean class</h2>
<p>Daniel Kwon, 69, a retired engineer born in Incheon, teaches the Korean class on Wednesdays. He \
reckons Pyongyang will have sent [[up to 25,000]] soldiers in all by Christmas.</p>
<h2>From the news</h2>
<p>On June 17 in Pyongyang, Sergei Shoigu, who heads Russia’s Security Council, announced that \
Kim was sending [[6,000]] sappers and construction workers to help clear and rebuild Kursk. \
Australia’s foreign minister on Friday reckoned that [[roughly 11,000]] of Kim’s troops were still \
on Russian soil. South Korea’s spy agency told parliament on Tuesday that [[about 2,000]] had been \
killed. Kyiv’s military intelligence says [[11,000]] remain near the border in the Kursk \
region.</p>
</main>
<footer>U3A Bribie Island Inc. · Community Hall, Bongaree QLD 4507 · (07) 5555 0149 · Office open \
Tuesdays and Thursdays</footer>
</body>
</html>
""",
    claims=(
        C("about a hundred", 100, "approx", "near_front", "other", "mon..pub",
          "a watercolour tutor from Kharkiv relaying her grandson, a paratrooper in the Sumy "
          "region ('On Monday night he rang her, she said, and told her'; the speaker quoted: "
          "other): manning guns just across the border (number word 100, approx; from Monday, 30 "
          "June, to publication)"),
        C("at least eight", 8, "at_least", "casualties", "other", "mon..pub",
          "same call, 'he said': killed among the crews (number word; the 'three of those guns' "
          "destroyed are weapons, not a claim)"),
        C("up to 25,000", 25000, "at_most", "planned", "other", "pub",
          "a retired engineer born in Incheon, 'He reckons' (undated): sent 'in all' by "
          "Christmas (a forecast of a total: planned; 'up to' as at_most)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "'On June 17 in Pyongyang, Sergei Shoigu, who heads Russia's Security Council, "
          "announced that Kim was sending': sappers and construction workers to help clear and "
          "rebuild Kursk (planned; no 'more', not an increment)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "other", "fri",
          "'Australia's foreign minister on Friday reckoned' (27 June; a third government: "
          "other, as in earlier sets): of Kim's troops 'still on Russian soil' (not an "
          "increment)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'South Korea's spy agency told parliament on Tuesday' (1 July): killed"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "pub",
          "'Kyiv's military intelligence says' (undated, present): 'remain' near the border in "
          "the Kursk region (near the front; not an increment)"),
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
