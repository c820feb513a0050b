"""Build the HUNDRED-AND-SIXTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-sixth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a dance
of death players' society's letter from Metnitz in the Metnitztal (Austrian conventions) with a
seamstress from Pryluky and a nurse from Miryang, the circular of the miners' hoop dancers of
Hüttenberg in the Görtschitztal with a coal miner from Novovolynsk and a student from Taebaek, the
autumn letter of a flag throwers' club in Siebnen at the mouth of the Wägital (Swiss conventions)
with a dental technician from Konotop and an engineer from Sangju, the St Nicholas letter of a
cowbell group from Unteriberg in the Ybrig (Swiss conventions) with a lift mechanic from Smila and
a cook from Boryeong, the circular of a Schafkopf card round in Kaltenbrunn in the Itzgrund with a
former bus driver from Brovary and a retired engineer from Gimhae, and the summer letter of an
aquarium's friends' society in Waren on the Müritz with a fish biologist from Mukachevo and an
intern from Jinju; an agency-style wire report from a perch tournament on the ice off Drummond
Island with a welder from Kalush and a retired nurse from Wonju, a Drummond Island euchre league's
table talk with a ferry deckhand from Khmilnyk and a retired pastor from Naju, a readers' letters
page from an Edisto Island weekly with letters quoting a son-in-law near Sumy and a cousin in
Daegu, the oyster roast bulletin of an Edisto fire and rescue auxiliary with an EMT from Poltava
and a retired seaman from Gunsan, the summer heritage notes of a Galiano Island historical society
with a librarian from Chortkiv and a retired history teacher from Hongseong, and the festival
notes of a Galiano Island bluegrass weekend with a fiddler from Uzhhorod and a banjo player from
Yeongju. Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in order,
by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV
writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind164_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Metnitztal, Görtschitztal, Wägital, Ybrig, Itzgrund, Müritz)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="w164_01_vereinsbrief_totentanz_metnitz",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-17"),
    dated_by="dateline",
    features="a dance of death players' society's letter from Metnitz in the Metnitztal "
        "(Carinthia) as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by "
        "the place line 'Metnitz, 17. Jänner 2025' (Friday); Austrian conventions (`Jänner`, "
        "`Feber`, `heuer`, `Rübenfeld`, `auf der Internen`, `nachschiebt`); performers, seats, "
        "ticket prices, masks, metres of loden first; a seamstress from Pryluky relaying her son, "
        "a tank driver in the Kursk region ('Am Dienstag habe er angerufen …, erzählt Olena', "
        "Konjunktiv over two sentences) `an die 200` running at his company across a frozen field "
        "and `viele Dutzend` dead at daybreak (both other, from Tuesday to publication); a nurse "
        "from Miryang 'Sie schätzt' `zehntausend` 'weitere' by summer (number word, increment, "
        "planned, other, `pub`); the Ukrainian president by his role ('Der ukrainische Präsident "
        "schrieb am Sonntag') `über 3.800` killed or wounded; the NIS 'setzte die Zahl am Montag "
        "vor Abgeordneten niedriger an' `etwa 300` dead and `2.700` 'weitere Verwundete' (others, "
        "not an increment); 'Nach Angaben des ukrainischen Militärgeheimdienstes' `rund 1.000` "
        "'zusätzliche' brought to Kursk 'Mitte Jänner' (the arrival period, not the claim date: "
        "`pub`); Russia's losses a day, performers, ages, seats, euros, masks, years, metres, a "
        "phone number",
    text="""\
Totentanzspielgemeinschaft Metnitz - Vereinsbrief 1/2025

Metnitz, 17. Jänner 2025

Liebe Mitspielerinnen und Mitspieler, liebe Gönnerinnen und Gönner,

heuer ist wieder Totentanzjahr. Von Ende Juni bis Mitte August zeigen wir an neun Abenden das alte \
Spiel vom Tod, der Kaiser, Bettler und Bürgermeister gleichermaßen zum Reigen holt, auf dem Platz \
vor dem Karner. Zur ersten Leseprobe haben sich 142 Mitwirkende angemeldet; der jüngste ist acht, \
die älteste 84. Die Tribüne fasst 560 Leute, eine Karte kostet 28 Euro, Kinder zahlen die Hälfte. \
Die 36 Holzmasken von 1994 werden gerade in der Werkstatt von Hannes Moser in Grades neu bemalt.

Nadel und Faden aus Pryluky

Die Kostüme schneidert heuer zum ersten Mal Olena Tkatschenko, 54, gelernte Damenschneiderin aus \
Pryluky bei Tschernihiw, die mit ihrer Tochter seit zwei Jahren im Ort wohnt. Allein im Dezember \
hat sie 60 Meter schwarzen Loden vernäht. Ihr Sohn fährt einen Kampfpanzer im Gebiet Kursk. Am \
Dienstag habe er angerufen, zum ersten Mal seit Weihnachten, erzählt Olena. In der Nacht auf \
Montag seien [[an die 200]] Nordkoreaner ohne jede Deckung über ein gefrorenes Rübenfeld auf die \
Stellung seiner Kompanie zugelaufen. Bei Tagesanbruch habe man [[viele Dutzend]] Tote gezählt. "Er \
hat am Telefon ganz leise geredet, wie ein alter Mann", sagt sie.

Der Tod aus Miryang

Den Tod spielt heuer eine Frau: Kang Mi-sook, 47, Krankenschwester aus Miryang in Südkorea, seit \
elf Jahren auf der Internen im Krankenhaus Althofen und Altstimme in unserem Chor. Über den Norden \
macht sie sich keine Illusionen. Sie schätzt, dass Pjöngjang bis zum Sommer [[zehntausend]] \
weitere Soldaten nachschiebt, "weil Kim für jeden Mann Öl und Technik bekommt".

Was aus Kiew und Seoul zu hören ist

Der ukrainische Präsident schrieb am Sonntag, seit Beginn der Kämpfe seien [[über 3.800]] \
Nordkoreaner getötet oder verwundet worden. Der südkoreanische Nachrichtendienst setzte die Zahl \
am Montag vor Abgeordneten niedriger an: [[etwa 300]] Tote und [[2.700]] weitere Verwundete. Nach \
Angaben des ukrainischen Militärgeheimdienstes sind Mitte Jänner [[rund 1.000]] zusätzliche \
Soldaten aus dem Norden per Bahn ins Gebiet Kursk gebracht worden. Die russische Armee büßt nach \
britischer Rechnung täglich an die 1.500 Mann ein.

Termine

- Leseprobe am 3. Feber um 19 Uhr im Gasthof Kreuzwirt
- Maskenwerkstatt jeden Samstag ab 9 Uhr im alten Zeughaus
- Obfrau Gertraud Lassnig, Telefon 04267 351
""",
    claims=(
        C("an die 200", 200, "approx", "near_front", "other", "tue..pub",
          "a seamstress from Pryluky relaying her son, a tank driver in the Kursk region ('Am "
          "Dienstag habe er angerufen …, erzählt Olena', Konjunktiv; the speaker quoted: other): "
          "ran at his company across a frozen field the night before Monday (the call's day, "
          "Tuesday 14 January, to publication; 'an die' as approx)"),
        C("viele Dutzend", None, "vague", "casualties", "other", "tue..pub",
          "same call, Konjunktiv carried ('Bei Tagesanbruch habe man … Tote gezählt'): dead"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a nurse from Miryang, 'Sie schätzt' (undated): 'weitere' soldiers sent by summer "
          "(number word, increment, planned)", add=True),
        C("über 3.800", 3800, "at_least", "casualties", "ukraine", "sun",
          "'Der ukrainische Präsident schrieb am Sonntag' (Zelensky by his role, 12 January): "
          "killed or wounded since the fighting began"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'setzte die Zahl am Montag vor Abgeordneten niedriger an' (13 January): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: '2.700 weitere Verwundete' = others wounded, not an increment"),
        C("rund 1.000", 1000, "approx", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): 'zusätzliche' "
          "soldiers brought to the Kursk region by rail 'Mitte Jänner' (the arrival period, not "
          "the claim date; increment)", add=True),
    ),
)


S02 = Source(
    article_id="w164_02_rundschreiben_reiftaenzer_huettenberg_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-05-14"),
    dated_by="front_matter", crlf=True,
    features="the circular of the miners' hoop dancers of Hüttenberg in the Görtschitztal "
        "(Carinthia) in Markdown, UTF-8 with CRLF, front matter with `date:` (Wednesday) and a "
        "title without a figure, `„“`; Austrian conventions (`Jänner`, `heuer`, `um halb acht`); "
        "dancers, paper roses, a uniform's euros, the mine's closing year first; a former coal "
        "miner from Novovolynsk relaying his nephew, a drone pilot near Krasnopillia ('Vorgestern "
        "habe ihm der Neffe ein Video geschickt, erzählt Wassyl', Konjunktiv) `um die 300` moved "
        "into a wood near the border (approx, other, from Monday to publication); a student from "
        "Taebaek 'geht davon aus' `12.000 bis 15.000` in Russia now (range, other, `pub`); the NIS "
        "'bezifferte … am 30. April auf' `rund 4.700` dead and wounded, 'darunter' `600` fallen; "
        "the Pentagon 'sprach am Freitag von' `knapp 5.000` losses; 'Nato-Generalsekretär Mark "
        "Rutte zufolge' `mindestens 14.000` deployed, the date after a semicolon ('das sagte er "
        "vergangene Woche in Brüssel'); 'Nach Einschätzung Kiews' `bis zu 30.000` 'weitere' in "
        "summer (at_most, increment, planned, `pub`); Russia's losses since February 2022, "
        "dancers, roses, euros, uniforms, years, ages, dates",
    text="""\
---
title: Rundschreiben der Reiftänzer
date: 2025-05-14
verein: Knappschaftliche Reiftanzgruppe Hüttenberg
---

# Rundschreiben der Reiftänzer im Mai

Liebe Tänzer, liebe Musikanten, liebe Freunde des Reiftanzes,

in knapp vier Wochen ist es so weit: Am Pfingstmontag, dem 9. Juni, tanzen wir auf dem Hauptplatz \
zum ersten Mal seit 2022 wieder den Reiftanz der Hüttenberger Knappen. 24 Tänzer in \
Bergmannstracht schwingen die Bögen, und die Frauen der Gruppe haben seit Jänner rund 1.800 \
Papierrosen dafür gedreht. Eine neue Knappenuniform kostet inzwischen 640 Euro; sechs davon zahlt \
heuer die Gemeinde. Geprobt wird jeden Donnerstag um halb acht im Saal des Knappenhauses. Der \
Erzabbau oberhalb von Knappenberg ist seit 1978 Geschichte, der Tanz nicht.

## Ein Bergmann aus Nowowolynsk

Neu in der Gruppe ist Wassyl Hnatjuk, 58, der drei Jahrzehnte unter Tage in den Kohlegruben von \
Nowowolynsk gearbeitet hat und jetzt im Sägewerk in Wieting beschäftigt ist. Den Reif hält er, als \
hätte er nie etwas anderes getan. Sein Neffe steuert Aufklärungsdrohnen bei Krasnopillja im Gebiet \
Sumy. Vorgestern habe ihm der Neffe ein Video geschickt, erzählt Wassyl. Drüben auf der russischen \
Seite hätten die Nordkoreaner [[um die 300]] Mann mit Granatwerfern in einen Wald nahe der Grenze \
verlegt.

## Eine Studentin aus Taebaek

Die Schwester unseres Vorsängers hat Yang Su-bin mitgebracht, 25, die in Klagenfurt Geografie \
studiert. Sie stammt aus Taebaek, einer alten Bergbaustadt in Südkorea, und war von den \
Knappenliedern ganz gerührt. Sie geht davon aus, dass sich derzeit [[12.000 bis 15.000]] \
Nordkoreaner in Russland aufhalten. „Bei uns glaubt keiner, dass sie alle heimkommen“, sagt sie.

## Aus Zeitung und Radio

Der südkoreanische Geheimdienst bezifferte die nordkoreanischen Verluste am 30. April auf [[rund \
4.700]] Tote und Verwundete, darunter [[600]] Gefallene. Das Pentagon sprach am Freitag von \
[[knapp 5.000]] Ausfällen. Nato-Generalsekretär Mark Rutte zufolge waren seit dem Herbst \
[[mindestens 14.000]] Nordkoreaner in Russland im Einsatz; das sagte er vergangene Woche in \
Brüssel. Nach Einschätzung Kiews könnten im Sommer [[bis zu 30.000]] weitere folgen. Russland hat \
nach ukrainischer Zählung seit Februar 2022 mehr als 960.000 Soldaten verloren.
""",
    claims=(
        C("um die 300", 300, "approx", "near_front", "other", "2025-05-12..pub",
          "a former coal miner from Novovolynsk relaying his nephew, a drone pilot near "
          "Krasnopillia ('Vorgestern habe ihm der Neffe ein Video geschickt, erzählt Wassyl', "
          "Konjunktiv carried; the speaker quoted: other): moved into a wood near the border on "
          "the Russian side ('vorgestern' = Monday 12 May, to publication; 'um die' as approx)"),
        C("12.000 bis 15.000", None, "range", "in_russia", "other", "pub",
          "a student from Taebaek, 'Sie geht davon aus' (undated): in Russia now"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "the NIS 'bezifferte die nordkoreanischen Verluste am 30. April auf': dead and wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30",
          "same statement, 'darunter': fallen"),
        C("knapp 5.000", 5000, "approx", "casualties", "united_states", "fri",
          "'Das Pentagon sprach am Freitag von' (9 May): losses ('knapp' as approx)"),
        C("mindestens 14.000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "'Nato-Generalsekretär Mark Rutte zufolge', the date after a semicolon ('das sagte er "
          "vergangene Woche in Brüssel'): deployed in Russia since autumn (a total)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "pub",
          "'Nach Einschätzung Kiews' (undated): 'weitere' could follow in summer (increment, "
          "planned)", add=True),
    ),
)


S03 = Source(
    article_id="w164_03_herbstbrief_fahnenschwinger_siebnen_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-09-24"),
    dated_by="html_meta",
    features="the autumn letter of a flag throwers' club in Siebnen at the mouth of the Wägital "
        "(canton of Schwyz) in HTML, UTF-8 with BOM, `article:published_time` +02:00 (Wednesday), "
        "a cookie note about the rehearsal list, a script, navigation, entities (`&middot;`), a "
        "footer with a postcode and a phone number; Swiss conventions (`ss`, «», `15'000`, "
        "`2'400`, `2'000`, `6'000`, `1'000`, `11'000 bis 13'000`, `14'000`); `<title>` and "
        "headline without a figure; spectators, minutes, a flag's francs, kilos and metres first; "
        "a dental technician from Konotop relaying her brother, a border guard in the Sumy region "
        "('Am Wochenende habe er ihr geschrieben …, erzählt Kateryna') `ein paar hundert` digging "
        "trenches on the Russian side (other, from Saturday to publication); an engineer from "
        "Sangju «Meiner Meinung nach sind es inzwischen `gegen 20'000` …», 'sagte er' (approx, in "
        "Russia, other, `pub`); the NIS 'informierte Anfang September das Parlament' `etwa 2'000` "
        "fallen and, Konjunktiv carried ('Zudem plane Pjöngjang'), `6'000` 'zusätzliche' engineers "
        "and builders (increment, planned; days 1-10); 'Laut der russischen Agentur Tass' `mehr "
        "als 1'000` deminers in Kursk (russia, `pub`); a State Department spokesman 'sprach "
        "gestern von' `11'000 bis 13'000` stationed (range); NATO 'ging Mitte September von … aus' "
        "`rund 14'000` who served (days 11-20); Swiss aid in francs, spectators, minutes, francs, "
        "kilos, metres, years, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Herbstbrief &middot; Fahnenschwinger Wägital</title>
<meta property="article:published_time" content="2025-09-24T18:00:00+02:00">
<script>var verein = {ort: "Siebnen", gegruendet: 1968, fahnen: 14};</script>
</head>
<body>
<div class="cookie-hinweis">Ein einziges Cookie merkt sich, ob Sie unsere Probenliste abonniert \
haben. <a href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/proben">Proben</a> &middot; <a \
href="/auftritte">Auftritte</a> &middot; <a href="/herbstbrief">Herbstbrief</a></nav>
<main>
<h1>Ein guter Sommer für unsere Fahnen</h1>
<p>Liebe Fahnenschwingerinnen und Fahnenschwinger, liebe Gönner</p>
<p>Am Zentralschweizer Jodlerfest im Juni standen sechs von uns vor gut 15'000 Zuschauern auf der \
Bühne, und am Älplerfest beim Wägitalersee haben wir trotz Regen 40 Minuten lang geschwungen. Die \
neue Vereinsfahne mit dem Wappen der March hat 2'400 Franken gekostet; sie wiegt knapp 1,2 Kilo \
und misst 1,4 auf 1,4 Meter. Geprobt wird bis Ende Oktober jeden Mittwoch auf dem Schulhausplatz \
in Siebnen.</p>
<h2>Eine Zahntechnikerin aus Konotop</h2>
<p>Seit März schwingt Kateryna Lytwyn, 34, bei uns mit. Die Zahntechnikerin aus Konotop arbeitet \
in einem Labor in Lachen und hat das Fahnenschwingen in drei Monaten gelernt. Ihr Bruder ist \
Grenzsoldat im Gebiet Sumy. Am Wochenende habe er ihr geschrieben, auf der russischen Seite höben \
[[ein paar hundert]] Nordkoreaner neue Gräben aus, keine zwei Kilometer von seinem Posten, erzählt \
Kateryna. «Er schreibt, man hört nachts ihre Bagger.»</p>
<h2>Ein Ingenieur aus Sangju</h2>
<p>Beim Apéro nach dem Älplerfest kamen wir mit Shin Dong-hyun ins Gespräch, 39, Ingenieur aus \
Sangju, der für einen Turbinenhersteller das Kraftwerk am Wägitalersee betreut. «Meiner Meinung \
nach sind es inzwischen [[gegen 20'000]] Nordkoreaner, die Kim nach Russland geschickt hat», sagte \
er.</p>
<h2>Was man liest</h2>
<p>Der südkoreanische Nachrichtendienst informierte Anfang September das Parlament in Seoul, im \
Krieg gegen die Ukraine seien bisher [[etwa 2'000]] Nordkoreaner gefallen. Zudem plane Pjöngjang, \
[[6'000]] zusätzliche Pioniere und Bauarbeiter nach Russland zu schicken. Laut der russischen \
Agentur Tass räumen derzeit [[mehr als 1'000]] nordkoreanische Minenräumer Felder im Gebiet Kursk. \
Ein Sprecher des US-Aussenministeriums sprach gestern von [[11'000 bis 13'000]] nordkoreanischen \
Soldaten, die noch in Russland stationiert seien. Die Nato ging Mitte September von [[rund \
14'000]] Nordkoreanern aus, die seit dem Herbst 2024 in Russland gedient hätten. Der Bund hat der \
Ukraine seit Kriegsbeginn rund 5,5 Milliarden Franken an Hilfe zugesprochen.</p>
</main>
<footer>Fahnenschwinger Wägital &middot; Postfach 17 &middot; 8854 Siebnen &middot; Tel. 055 440 \
21 63 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/probenliste.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "sat..pub",
          "a dental technician from Konotop relaying her brother, a border guard in the Sumy "
          "region ('Am Wochenende habe er ihr geschrieben …, erzählt Kateryna', Konjunktiv; the "
          "speaker quoted: other): digging trenches on the Russian side (from Saturday, 20 "
          "September, to publication)"),
        C("gegen 20'000", 20000, "approx", "in_russia", "other", "pub",
          "an engineer from Sangju, «Meiner Meinung nach …», 'sagte er' (at an undated "
          "apéro): sent to Russia by now ('gegen' as approx)"),
        C("etwa 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'informierte Anfang September das Parlament in Seoul' (days 1-10): fallen"),
        C("6'000", 6000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "same briefing, Konjunktiv carried ('Zudem plane Pjöngjang'): 'zusätzliche' "
          "engineers and builders to be sent (increment, planned)", add=True),
        C("mehr als 1'000", 1000, "at_least", "near_front", "russia", "pub",
          "'Laut der russischen Agentur Tass' (undated; russia): deminers clearing fields in the "
          "Kursk region now"),
        C("11'000 bis 13'000", None, "range", "in_russia", "united_states", "yday",
          "a State Department spokesman 'sprach gestern von' (23 September): still stationed in "
          "Russia"),
        C("rund 14'000", 14000, "approx", "in_russia", "nato", "2025-09-11..2025-09-20",
          "NATO 'ging Mitte September von … aus' (days 11-20): served in Russia since autumn "
          "2024 (a total)"),
    ),
)


S04 = Source(
    article_id="w164_04_chlausbrief_trychler_unteriberg",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Trychlergruppe Ybrig – Chlausbrief",
        "https://www.trychler-ybrig.example/chlausbrief/2024",
        "Chlausbrief 2024: Drei neue Trycheln, ein Liftmechaniker aus Smila und eine Köchin aus "
        "Boryeong",
    ),
    features="the St Nicholas letter of a cowbell group from Unteriberg in the Ybrig (canton of "
        "Schwyz) as plain text, windows-1252 with CRLF (sidecar, Thursday); Swiss conventions "
        "(`ss`, «», `1'250`, `10'000`, `11'000`); cowbell carriers, kilos, francs, spectators "
        "('gegen 800' with a non-troop noun) and the road closure's times first; a lift mechanic "
        "from Smila relaying his cousin in the Kursk region ('Letzte Woche hat ihm der Cousin "
        "geschrieben') `mehrere hundert` in front of his position (other, `lastweek`); a cook from "
        "Boryeong «Ich bin sicher, Kim schickt … noch einmal `10'000`», 'sagt sie' (increment, "
        "planned, other, `pub`); the Pentagon 'bestätigte am Montag' `rund 11'000` in Kursk and, "
        "carried ('hiess es'), `Dutzende` dead and wounded; the NIS 'hatte Ende November von … "
        "gesprochen' `mehr als 10'000` (days 21-30); Zelensky 'in seiner Abendansprache vom 1. "
        "Dezember' `Zehntausende` (vague, planned, no increment); the letter's own `Tausende` "
        "freezing in trenches near Kursk (unattributed, near the front, required); cowbells, "
        "kilos, francs, spectators, times, ages, years",
    text="""\
Trychlergruppe Ybrig
Chlausbrief 2024

Liebe Trychler, liebe Gönnerinnen und Gönner

Heute Abend ist es wieder so weit: Um 19 Uhr ziehen wir vom Schulhaus Unteriberg über die Brücke \
nach Studen und zurück, 38 Mann in weissen Hemden, die schweren Trycheln vor dem Bauch. Die \
grösste wiegt 14 Kilo, und wer sie zwei Stunden im Takt schwingt, spürt es am nächsten Morgen. \
Drei Trycheln sind neu; eine kostet beim Glockengiesser 1'250 Franken. Der Umzug lockt jedes Jahr \
gegen 800 Zuschauer an, die Kantonsstrasse bleibt zwischen 18.30 und 21 Uhr gesperrt. Danach gibt \
es in der Rösslipost Kafi Schnaps und Chlausenbrot, offeriert von der Korporation.

Ein Liftmechaniker aus Smila

Seit letztem Winter wartet Roman Didenko, 44, die Sessellifte am Hoch-Ybrig. Der Mechaniker aus \
Smila bei Tscherkassy läuft heute zum ersten Mal mit. Sein Cousin kämpft mit einer \
Luftlandebrigade im Gebiet Kursk. Letzte Woche hat ihm der Cousin geschrieben, in den Dörfern vor \
seiner Stellung seien [[mehrere hundert]] Nordkoreaner aufgetaucht, junge Kerle in russischen \
Uniformen. «Sie greifen an wie in einem alten Kriegsfilm», habe er geschrieben.

Eine Köchin aus Boryeong

In der Küche des Hotels in Oberiberg steht seit zwei Jahren Seo Ji-hye, 31, aus Boryeong an der \
Westküste Südkoreas. Nach dem Umzug kocht sie uns wieder ihre scharfe Rindfleischsuppe. «Ich bin \
sicher, Kim schickt bis zum Frühling noch einmal [[10'000]]», sagt sie. «Er verkauft seine \
Soldaten wie Granaten.»

Aus den Nachrichten

Das Pentagon bestätigte am Montag, dass [[rund 11'000]] Nordkoreaner im Gebiet Kursk stünden und \
an ersten Gefechten beteiligt seien. Es gebe darunter bereits [[Dutzende]] Tote und Verwundete, \
hiess es. Der südkoreanische Geheimdienst hatte Ende November von [[mehr als 10'000]] \
nordkoreanischen Soldaten in Russland gesprochen. Präsident Selenskyj warnte in seiner \
Abendansprache vom 1. Dezember, Pjöngjang könne am Ende [[Zehntausende]] schicken. Unser Lärm soll \
den Winter vertreiben; die [[Tausende]] junger Nordkoreaner, die jetzt in Schützengräben bei Kursk \
frieren, erreicht er nicht.

Mit trychlerischem Gruss
Der Vorstand
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "lastweek",
          "a lift mechanic from Smila relaying his cousin in the Kursk region ('Letzte Woche hat "
          "ihm der Cousin geschrieben', Konjunktiv; the speaker quoted: other): turned up in the "
          "villages in front of his position"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "a cook from Boryeong, «Ich bin sicher, …», 'sagt sie' (undated): 'noch einmal' sent "
          "by spring (increment, planned)", add=True),
        C("rund 11'000", 11000, "approx", "near_front", "united_states", "mon",
          "'Das Pentagon bestätigte am Montag' (2 December): in the Kursk region, in their first "
          "fights"),
        C("Dutzende", None, "vague", "casualties", "united_states", "mon",
          "same statement, carried by the speaker after the figure ('hiess es'): dead and "
          "wounded"),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-21..2024-11-30",
          "the NIS 'hatte Ende November von … gesprochen' (day 21 to the month's end): in Russia"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2024-12-01",
          "Zelensky 'in seiner Abendansprache vom 1. Dezember': Pyongyang could send in the end "
          "(planned; no 'weitere' or 'noch': not an increment)"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing, no source (required): freezing in trenches near Kursk"),
    ),
)


S05 = Source(
    article_id="w164_05_rundbrief_schafkopfrunde_kaltenbrunn_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-03-06"),
    dated_by="sidecar",
    sidecar=(
        "Schafkopfrunde Kaltenbrunn – Rundbrief",
        "https://www.schafkopf-kaltenbrunn.example/rundbrief/2025-03",
        "Rundbrief März: Preisschafkopf, ein Busfahrer aus Browary und ein Ingenieur aus Gimhae",
    ),
    features="the circular of a Schafkopf card round in Kaltenbrunn in the Itzgrund (Coburg "
        "district, Upper Franconia) in Markdown, UTF-16 LE with BOM, front matter without a date "
        "(sidecar, Thursday) and a heading without a figure; players, tables, the entry fee, "
        "points and solos first; a former bus driver from Brovary relaying his son, a sapper in "
        "the Kursk region ('Am Montag schrieb ihm der Sohn', Konjunktiv) `anderthalbtausend` in "
        "front of his sector (new here: the number word 'anderthalbtausend' as exact 1500; other, "
        "from Monday to publication); a retired engineer from Gimhae 'befürchtet' `mehrere "
        "tausend` dead by summer (vague, casualties, other, `pub`); the joint chiefs 'teilte "
        "vergangene Woche mit' `rund 3.000` 'weitere' sent in January and February (increment, in "
        "Russia); 'Washington schätzte … Ende Februar auf' `knapp 1.000` killed (days 21-28); "
        "'Laut ukrainischem Generalstab' `etwa 8.000` back in Kursk ('wieder' not an increment, "
        "`pub`); NATO 'sprach Anfang März von' `mehr als 11.000` (days 1 to publication); the "
        "circular's own `Tausende` lying in the mud (unattributed, required); players, tables, "
        "euros, points, solos, ages, years, dates",
    text="""\
---
titel: Rundbrief der Kaltenbrunner Schafkopfrunde
ort: Kaltenbrunn, Gemeinde Itzgrund
---

# Rundbrief im März

Servus beinand,

unser Preisschafkopf am Faschingssamstag im Saal der Brauereigaststätte war ein voller Erfolg: 64 \
Spieler an 16 Tischen, und das Startgeld von 10 Euro ging komplett an die Jugendfeuerwehr. \
Gewonnen hat Rudi Schmitt aus Gleusdorf mit 87 Punkten und drei gewonnenen Soli. Die nächste Runde \
ist am 29. März.

## Ein Busfahrer aus Browary

Seit Herbst sitzt Mykola Sawtschenko, 61, jeden Donnerstag mit am Stammtisch. Der frühere \
Busfahrer aus Browary bei Kiew hat Schafkopf schneller gelernt als mancher Einheimische. Sein Sohn \
ist Pionier im Gebiet Kursk. Am Montag schrieb ihm der Sohn, die Nordkoreaner seien zurück an der \
Front, [[anderthalbtausend]] allein vor seinem Abschnitt.

## Ein Ingenieur aus Gimhae

Park Jong-soo, 66, aus Gimhae, Ingenieur im Ruhestand und seit 30 Jahren in Coburg daheim, spielt \
lieber Watten. Er befürchtet, dass bis zum Sommer [[mehrere tausend]] Nordkoreaner sterben werden.

## Aus der Zeitung

Der südkoreanische Generalstab teilte vergangene Woche mit, Pjöngjang habe im Januar und Februar \
[[rund 3.000]] weitere Soldaten nach Russland geschickt. Washington schätzte die Zahl der \
Getöteten Ende Februar auf [[knapp 1.000]]. Laut ukrainischem Generalstab stehen derzeit wieder \
[[etwa 8.000]] Nordkoreaner im Gebiet Kursk. Die Nato sprach Anfang März von [[mehr als 11.000]] \
in Russland. Beim Kartenspiel mag man nicht daran denken, dass [[Tausende]] junge Männer dort im \
Schlamm liegen.
""",
    claims=(
        C("anderthalbtausend", 1500, "exact", "near_front", "other", "mon..pub",
          "a former bus driver from Brovary relaying his son, a sapper in the Kursk region ('Am "
          "Montag schrieb ihm der Sohn', Konjunktiv; the speaker quoted: other): back at the "
          "front in front of his sector (new here: 'anderthalbtausend' as exact 1500; from "
          "Monday, 3 March, to publication)"),
        C("mehrere tausend", None, "vague", "casualties", "other", "pub",
          "a retired engineer from Gimhae, 'Er befürchtet' (undated): will die by summer"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "the joint chiefs 'teilte vergangene Woche mit': 'weitere' sent to Russia in January "
          "and February (a period, not the claim date; increment)", add=True),
        C("knapp 1.000", 1000, "approx", "casualties", "united_states",
          "2025-02-21..2025-02-28",
          "'Washington schätzte die Zahl der Getöteten Ende Februar auf' (day 21 to the month's "
          "end): killed"),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Laut ukrainischem Generalstab' (undated): 'wieder' in the Kursk region now ('wieder' "
          "= again, not an increment)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "2025-03-01..pub",
          "NATO 'sprach Anfang März von' (the 1st to the Thursday of publication): in Russia"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the circular's own framing, no source (required): young men lying in the mud there"),
    ),
)


S06 = Source(
    article_id="w164_06_sommerbrief_aquarienfreunde_waren_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-07-22"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Müritz-Aquarium Waren – Sommerbrief",
        "https://www.mueritz-aquarium-freunde.example/sommerbrief-2025",
        "Sommerbrief 2025: Das neue Seebecken und eine Fischbiologin aus Mukatschewo",
    ),
    features="the summer letter of an aquarium's friends' society in Waren on the Müritz "
        "(Mecklenburg Lake District) in HTML, windows-1252 with a `<meta http-equiv>` charset and "
        "raw `„“` and `–`, no meta date (sidecar, Tuesday), a cookie note about the feeding plan, "
        "a script with litres, navigation, entities (`&middot;`), a footer with a postcode and a "
        "phone number; `<title>` and headline without a figure; litres, euros, visitors and "
        "feeding time first; a fish biologist from Mukachevo relaying her husband, a gunner at the "
        "Belgorod border ('In seiner Nachricht vom Donnerstag habe er geschrieben …, erzählt "
        "Iryna') `rund 400` laying mines opposite (other, from Thursday to publication); an intern "
        "from Jinju 'hält es für realistisch' `25.000 bis 30.000` 'zusätzlich' by the end of the "
        "year (range, increment, planned, other, `pub`); Shoigu 'Im Juni … angekündigt' `6.000` "
        "deminers and builders (russia, planned, the month, not an increment); the NIS 'teilte am "
        "Freitag mit' `etwa 11.000` still in Russia ('weiterhin', not an increment); 'Kiews "
        "Militärgeheimdienst zufolge' `rund 6.000` fallen or wounded (`pub`); North Korean state "
        "television 'Anfang Juli' `Dutzenden` coffins (north_korea, days 1-10); 'Nach Einschätzung "
        "der Nato' `mehr als 14.000` who served (`pub`); litres, euros, visitors, hours, years, "
        "ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Sommerbrief | Freundeskreis Müritz-Aquarium Waren</title>
<script>var becken = {anzahl: 48, seebecken_liter: 12000, fuetterung: "14 Uhr"};</script>
</head>
<body>
<div class="cookie-box">Ein Cookie speichert nur, ob Sie den Fütterungsplan schon angesehen haben. \
<a href="#">In Ordnung</a></div>
<nav><a href="/">Start</a> &middot; <a href="/becken">Unsere Becken</a> &middot; <a \
href="/mitglied">Mitglied werden</a> &middot; <a href="/sommerbrief">Sommerbrief</a></nav>
<main>
<h1>Hechte, Schleie, Kleine Maränen – das Seebecken ist voll</h1>
<p>Liebe Mitglieder,</p>
<p>seit Juni schwimmen im neuen Seebecken in 12.000 Litern Müritzwasser Hechte, Barsche, Schleie \
und ein Schwarm Kleiner Maränen. Der Umbau hat 95.000 Euro gekostet, 30.000 davon hat unser \
Freundeskreis gesammelt. Im vergangenen Jahr kamen 86.000 Besucher, und an Regentagen im Juli \
stehen sie bis auf den Parkplatz. Die Schaufütterung am Welsbecken ist täglich um 14 Uhr.</p>
<h2>Eine Fischbiologin aus Mukatschewo</h2>
<p>Jeden Mittwoch hilft Iryna Fedak, 42, beim Reinigen der Becken. Die Fischbiologin aus \
Mukatschewo in Transkarpatien lebt seit 2022 mit ihren Kindern in Waren. Ihr Mann ist Artillerist \
an der Grenze zum Gebiet Belgorod. In seiner Nachricht vom Donnerstag habe er geschrieben, \
gegenüber verlegten [[rund 400]] nordkoreanische Pioniere Minen, erzählt Iryna. Solche Nachrichten \
liest sie uns nur vor, wenn wir fragen.</p>
<h2>Eine Praktikantin aus Jinju</h2>
<p>Im Labor arbeitet diesen Sommer Cho Eun-bi, 23, aus Jinju, die in Greifswald Meeresbiologie \
studiert. Sie hält es für realistisch, dass bis Jahresende [[25.000 bis 30.000]] Nordkoreaner \
zusätzlich nach Russland kommen. „Kim braucht Devisen, und Moskau braucht Männer“, sagt sie.</p>
<h2>Was in der Zeitung stand</h2>
<p>Im Juni hatte Russlands Sicherheitsratschef Sergej Schoigu in Pjöngjang angekündigt, Nordkorea \
werde [[6.000]] Minenräumer und Militärbauer ins Gebiet Kursk schicken. Der südkoreanische \
Geheimdienst teilte am Freitag mit, [[etwa 11.000]] Nordkoreaner seien weiterhin in Russland. \
Kiews Militärgeheimdienst zufolge sind seit dem Winter [[rund 6.000]] gefallen oder verwundet \
worden. Anfang Juli zeigte das nordkoreanische Staatsfernsehen, wie Kim Jong Un vor den Särgen von \
[[Dutzenden]] Gefallenen salutierte. Nach Einschätzung der Nato haben bisher [[mehr als 14.000]] \
Nordkoreaner in Russland gedient.</p>
</main>
<footer>Freundeskreis Müritz-Aquarium e.V. &middot; Strandstraße 9 &middot; 17192 Waren (Müritz) \
&middot; Tel. 03991 64 38 20 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/fuetterungsplan.js"></script>
</body>
</html>
""",
    claims=(
        C("rund 400", 400, "approx", "near_front", "other", "thu..pub",
          "a fish biologist from Mukachevo relaying her husband, a gunner at the Belgorod border "
          "('In seiner Nachricht vom Donnerstag habe er geschrieben …, erzählt Iryna'; the "
          "speaker quoted: other): laying mines opposite (from Thursday, 17 July, to "
          "publication)"),
        C("25.000 bis 30.000", None, "range", "planned", "other", "pub",
          "an intern from Jinju, 'Sie hält es für realistisch' (undated): 'zusätzlich' coming to "
          "Russia by the end of the year (range, increment, planned)", add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni hatte … in Pjöngjang angekündigt' (the month): deminers and military "
          "builders to be sent to the Kursk region (no 'weitere': not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "fri",
          "the NIS 'teilte am Freitag mit' (18 July): 'weiterhin' in Russia ('weiterhin' = still, "
          "not an increment)"),
        C("rund 6.000", 6000, "approx", "casualties", "ukraine", "pub",
          "'Kiews Militärgeheimdienst zufolge' (undated): fallen or wounded since the winter"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-07-01..2025-07-10",
          "'Anfang Juli zeigte das nordkoreanische Staatsfernsehen' (days 1-10): coffins of the "
          "fallen Kim saluted"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): served in Russia so far (a total)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Drummond Island, Edisto Island, Galiano Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="w164_07_perch_tournament_wire_drummond_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-02-11"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from a winter perch tournament on the ice off Drummond "
        "Island (Lake Huron, Michigan) as plain text, UTF-8 with CRLF, slug line, byline and "
        "dateline 'DRUMMOND ISLAND, Michigan, February 11, 2025 (Straits Wire) —' (Tuesday), "
        "straight quotes and em dashes; anglers, inches of ice first; the headline's `1,500` "
        "'more' from the NIS of Monday (Monday to publication, hedge dropped, increment); the NIS "
        "'On Monday, … informed a parliamentary panel in Seoul that' `about 1,500` 'more' "
        "(increment) 'on top of the' `roughly 11,000` sent last autumn (the base, not an "
        "increment); a welder from Kalush relaying his brother-in-law, a tank driver outside "
        "Sudzha ('texted him on Saturday. \"He wrote that …\", Bondar said') `fewer than 100` left "
        "opposite (at_most) and his own `hundreds` in December (both other, from Saturday to "
        "publication); a retired nurse from Wonju 'figures' `at least 4,000` dead or wounded "
        "(other, `pub`); a Pentagon spokesman 'said in a briefing last Thursday' `several "
        "thousand` casualties; Budanov 'put the number … at' `8,000 to 9,000` 'in an interview "
        "broadcast on Sunday' (range); anglers, perch, pounds, dollars, inches, ages, dates, a "
        "newsroom phone number",
    text="""\
OUTDOORS-MICHIGAN/KOREA

On the ice off Drummond Island, anglers weigh perch and Seoul's report of [[1,500]] more North \
Korean troops

By Dale Ostrander

DRUMMOND ISLAND, Michigan, February 11, 2025 (Straits Wire) — Some 212 anglers augered through 18 \
inches of ice on Potagannissing Bay over the weekend for the island's winter perch tournament, and \
between tip-up flags the talk in the shanties turned more than once to the war in Ukraine.

On Monday, South Korea's National Intelligence Service informed a parliamentary panel in Seoul \
that Pyongyang had shipped [[about 1,500]] more soldiers to Russia in January, on top of the \
[[roughly 11,000]] sent there last autumn. The agency said the North Korean units had been pulled \
back from front-line fighting in the Kursk region after heavy losses.

Ihor Bondar, 37, a welder from Kalush who works at a fabrication shop in Sault Ste. Marie, said \
his brother-in-law, a tank driver outside Sudzha, texted him on Saturday. "He wrote that [[fewer \
than 100]] North Koreans are left in the trenches across from his unit," Bondar said, jigging a \
minnow through an eight-inch hole. "In December there were [[hundreds]]."

Choi Young-ae, 68, a retired nurse from Wonju who spends her winters in DeTour Village, figures \
[[at least 4,000]] of the North's soldiers are dead or wounded by now. "They were never trained \
for drones," she said, pouring coffee from a thermos.

A Pentagon spokesman said in a briefing last Thursday that the North Korean units had suffered \
[[several thousand]] casualties since December. Ukraine's military intelligence chief, Kyrylo \
Budanov, put the number of North Koreans still in the Kursk region at [[8,000 to 9,000]] in an \
interview broadcast on Sunday.

The winning two-person team brought in 25 perch weighing 11.4 pounds and took home $2,500. The \
ferry from DeTour Village kept breaking ice all weekend, and the next tournament is set for March \
1.

(Reporting by Dale Ostrander; editing by Jan Koski; newsroom +1 906 555 0143)
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "mon..pub",
          "headline ('Seoul's report of 1,500 more'): the NIS figure of the body ('On Monday', 10 "
          "February), Monday to publication, hedge dropped: 'more' soldiers shipped to Russia "
          "(increment)", add=True),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "mon",
          "the NIS 'On Monday, … informed a parliamentary panel in Seoul that': 'more' soldiers "
          "shipped to Russia in January (a period, not the claim date; increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, 'on top of the … sent there last autumn' (the base the increment adds "
          "to: not an increment)"),
        C("fewer than 100", 100, "at_most", "near_front", "other", "sat..pub",
          "a welder from Kalush relaying his brother-in-law, a tank driver outside Sudzha "
          "('texted him on Saturday. \"He wrote that …\", Bondar said'; the speaker quoted: "
          "other): left in the trenches across from his unit ('fewer than' as at_most; from "
          "Saturday, 8 February, to publication)"),
        C("hundreds", None, "vague", "near_front", "other", "sat..pub",
          "the same speaker's next sentence, about December ('In December there were'): in the "
          "trenches across from the unit (the time counted is not the claim date)"),
        C("at least 4,000", 4000, "at_least", "casualties", "other", "pub",
          "a retired nurse from Wonju, 'figures' (undated): dead or wounded by now"),
        C("several thousand", None, "vague", "casualties", "united_states", "thu",
          "a Pentagon spokesman 'said in a briefing last Thursday' (6 February, the latest "
          "Thursday): casualties since December"),
        C("8,000 to 9,000", None, "range", "near_front", "ukraine", "sun",
          "Budanov 'put the number of North Koreans still in the Kursk region at … in an "
          "interview broadcast on Sunday' (9 February): in the Kursk region"),
    ),
)


S08 = Source(
    article_id="w164_08_table_talk_euchre_drummond_island_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-11-22"),
    dated_by="sidecar",
    sidecar=(
        "Drummond Island Euchre League – Table Talk",
        "https://www.drummondeuchre.example/table-talk/2024-11",
        "Table Talk: loners, a full hall and a deckhand from Khmilnyk",
    ),
    features="a euchre league's table talk from Drummond Island (Lake Huron, Michigan) in HTML, "
        "ISO-8859-1 with a raw `é`, quotes and apostrophes as entities (`&ldquo;`, `&rdquo;`, "
        "`&rsquo;`, `&middot;`), no meta date (sidecar, Friday), a cookie note about the "
        "scoresheet, a script, navigation, a footer with a ZIP code and a phone number; `<title>` "
        "and headline without a figure; tables, players, points, loners, dollars first; a ferry "
        "deckhand from Khmilnyk relaying his nephew, an artillery spotter in the Kursk region ('On "
        "Wednesday night, Oleksandr told us, the nephew wrote that') `about 500` facing the "
        "battery and, 'and that', `dozens` dead in a minefield (both other, from Wednesday to "
        "publication); a retired pastor from Naju 'believes' `as many as 20,000` in Russia by "
        "spring (at_most, planned, other, `pub`); South Korea's spy agency 'told lawmakers on "
        "November 13' `more than 10,000` in Russia, with rocket launchers and guns (not claims); a "
        "senior State Department official 'told reporters on Monday …, and put their number … at' "
        "`roughly 10,000` in Kursk; 'According to Ukraine's defence intelligence' `about 11,000` "
        "in the region and 'another' `3,000` expected (increment, planned); the writer's own sum "
        "'which would put the total near' `near 14,000` (a reporter's inference: optional); "
        "Russian losses a day, tables, players, dollars, points, loners, ages, years, a ZIP code, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Table Talk &middot; Drummond Island Euchre League</title>
<script>var league = {night: "Tuesday", tables: 14, firstDeal: "7:00"};</script>
</head>
<body>
<div class="cookie-note">We use one cookie so the scoresheet page remembers your partner. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/standings">Standings</a> &middot; <a \
href="/rules">House rules</a> &middot; <a href="/table-talk">Table Talk</a></nav>
<main>
<h1>Loners, a full hall and a deckhand from Khmilnyk</h1>
<p>Fall league is half over and the Legion hall has been full every Tuesday: 14 tables, 56 players \
and a waiting list of six. Bud and Marlene Tryban lead the standings with 112 points and a \
league-record 9 loners. Nights are still $5 a head, café coffee included, and so far we have \
dropped $640 into the jar for the island food pantry. Turkey euchre is on December 3, and the \
kitchen will serve pasties.</p>
<h2>New at table four</h2>
<p>Oleksandr Melnyk, 29, a deckhand on the DeTour ferry who came from Khmilnyk last spring, \
learned to call trump in two weeks. His nephew spots for an artillery battery in the Kursk region. \
On Wednesday night, Oleksandr told us, the nephew wrote that [[about 500]] North Koreans had moved \
into the villages facing the battery, and that [[dozens]] of them had already died in a minefield. \
&ldquo;He says they walk in the open, like nobody ever told them about drones,&rdquo; Oleksandr \
said.</p>
<h2>From the pastor&rsquo;s chair</h2>
<p>The Rev. Ahn Sung-ho, 71, who came to Michigan from Naju in 1988 and retired to the island, \
partners his wife on Tuesdays. He believes [[as many as 20,000]] North Koreans will be in Russia \
by spring. &ldquo;Kim is paid for every one of them,&rdquo; he said.</p>
<h2>The news between hands</h2>
<p>South Korea&rsquo;s spy agency told lawmakers on November 13 that [[more than 10,000]] troops \
from the North were now in Russia, along with some 100 rocket launchers and 50 self-propelled \
guns. A senior State Department official told reporters on Monday that North Korean troops had \
begun fighting, and put their number in the Kursk region at [[roughly 10,000]]. According to \
Ukraine&rsquo;s defence intelligence, [[about 11,000]] are now in the region and another [[3,000]] \
are expected to follow, which would put the total [[near 14,000]]. Russia, by British estimates, \
is losing around 1,500 men a day.</p>
</main>
<footer>Drummond Island Euchre League &middot; c/o American Legion Post 402 &middot; Drummond \
Island, MI 49726 &middot; (906) 555-0162 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/scoresheet.js"></script>
</body>
</html>
""",
    claims=(
        C("about 500", 500, "approx", "near_front", "other", "wed..pub",
          "a ferry deckhand from Khmilnyk relaying his nephew, an artillery spotter in the Kursk "
          "region ('On Wednesday night, Oleksandr told us, the nephew wrote that'; the speaker "
          "quoted: other): moved into the villages facing the battery (from Wednesday, 20 "
          "November, to publication)"),
        C("dozens", None, "vague", "casualties", "other", "wed..pub",
          "same message, 'and that': died in a minefield"),
        C("as many as 20,000", 20000, "at_most", "planned", "other", "pub",
          "a retired pastor from Naju, 'believes' (undated): in Russia by spring (a forecast: "
          "planned; 'as many as' as at_most)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "2024-11-13",
          "South Korea's spy agency 'told lawmakers on November 13': in Russia (the rocket "
          "launchers and guns in the same sentence are not claims)"),
        C("roughly 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "a senior State Department official 'told reporters on Monday …, and put their number "
          "in the Kursk region at' (18 November): in the Kursk region, fighting"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "'According to Ukraine's defence intelligence' (undated): in the region now"),
        C("3,000", 3000, "exact", "planned", "ukraine", "pub",
          "same source, 'another … are expected to follow' (increment, planned)", add=True),
        C("near 14,000", 14000, "approx", "planned", "unattributed", "pub",
          "the writer's own sum, 'which would put the total near' (a reporter's inference from "
          "the two figures before it: optional)", opt=True),
    ),
)


S09 = Source(
    article_id="w164_09_letters_edisto_islander",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-09"),
    dated_by="sidecar",
    sidecar=(
        "The Edisto Islander – Letters",
        "https://www.edistoislander.example/opinion/letters-2025-10-09",
        "Letters: the Highway 174 shoulders, a son-in-law near Sumy and a cousin in Daegu",
    ),
    features="a readers' letters page from an Edisto Island weekly (Colleton and Charleston "
        "counties, South Carolina) as plain text, UTF-16 LE with BOM (sidecar, Thursday), straight "
        "quotes; a letter on road shoulders without a claim; readers relaying their son-in-law, a "
        "soldier near Sumy ('On Sunday he called us from a dugout near Sumy. He said') `two dozen` "
        "drone operators across the border (exact 24, as `zwei Dutzend` of earlier sets) and, 'and "
        "that', `three` killed by one drone (number word, casualties; both other, from Sunday to "
        "publication); a reader answering the paper's own story ('Your September 25 story said') "
        "`15,000` who served (unattributed, required, that day), the NIS 'told its parliament last "
        "month' `about 2,000` killed (September), 'TASS reported in September' `1,000` sappers "
        "(russia, near the front) and 'The Pentagon's figure, last I read, was' `11,000 or so` "
        "(approx, `pub`); a reader relaying her cousin, a former South Korean marine in Daegu ('He "
        "writes that', undated) `thousands` 'more' before winter (vague, increment, planned, "
        "other, `pub`); years, ages",
    text="""\
THE EDISTO ISLANDER - LETTERS TO THE EDITOR

Pave the Highway 174 shoulders

Every evening this fall the produce trucks and the beach traffic squeeze through two narrow lanes \
past the old Presbyterian church, and there is no shoulder at all for anyone on a bicycle. The \
county promised paving in 2023. Two years is long enough to wait.
Lorraine Seabrook, Edisto Island

Word from our son-in-law

Our daughter married Andrii in Charleston four summers ago, and he went home to fight in 2023. On \
Sunday he called us from a dugout near Sumy. He said [[two dozen]] North Korean drone operators \
now work the tree line across the border, and that a single Ukrainian drone had killed [[three]] \
of them last week. He sounded worn thin. He turns 30 in December.
Harold and Bet Mikell, Edisto Beach

Check the numbers again

Your September 25 story said [[15,000]] North Koreans had served in Russia. South Korea's \
intelligence service told its parliament last month that [[about 2,000]] of them had been killed, \
and TASS reported in September that [[1,000]] North Korean sappers were clearing mines around \
Kursk. The Pentagon's figure, last I read, was [[11,000 or so]] still in Russia. The numbers move \
every week; print the date and the source beside each one.
Gene Hutto, Adams Run

A cousin in Daegu

My cousin Hyun-woo served in the South Korean marines and drives a taxi in Daegu now. He writes \
that Kim will send [[thousands]] more before winter, since Russia pays him in fuel and grain. I \
hope my cousin is wrong.
Grace Whaley, Edisto Island
""",
    claims=(
        C("two dozen", 24, "exact", "near_front", "other", "sun..pub",
          "readers relaying their son-in-law, a soldier near Sumy ('On Sunday he called us from a "
          "dugout near Sumy. He said'; the speakers quoted: other): drone operators working the "
          "tree line across the border (number word, 24, exact as 'zwei Dutzend' of earlier "
          "sets; from Sunday, 5 October, to publication)"),
        C("three", 3, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that … had killed three of them last week' (number word; the killing's "
          "week is not the claim date)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-09-25",
          "a reader citing the paper's own story ('Your September 25 story said'; unattributed, "
          "required, that day): served in Russia (a total)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'South Korea's intelligence service told its parliament last month' (September): "
          "killed"),
        C("1,000", 1000, "exact", "near_front", "russia", "2025-09-01..2025-09-30",
          "'TASS reported in September' (the month; russia): sappers clearing mines around Kursk"),
        C("11,000 or so", 11000, "approx", "in_russia", "united_states", "pub",
          "'The Pentagon's figure, last I read, was' (undated): still in Russia ('or so' after "
          "the figure, in the span, as approx)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a reader relaying her cousin, a former South Korean marine in Daegu ('He writes that', "
          "undated; the speaker quoted: other): 'more' before winter (vague, increment, "
          "planned)", add=True),
    ),
)


S10 = Source(
    article_id="w164_10_oyster_roast_bulletin_edisto_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-11-13"),
    dated_by="front_matter",
    features="the oyster roast bulletin of a volunteer fire and rescue auxiliary on Edisto Island "
        "(South Carolina) in Markdown, UTF-8 with BOM, front matter with `date:` (Thursday) and a "
        "title repeating the headline (optional), straight quotes; bushels, gallons, plate prices, "
        "a brush truck's dollars and last year's takings first; the headline's `10,000` from the "
        "NIS's November 4 briefing (that day to publication, hedge dropped); an EMT from Poltava "
        "relaying her brother, an infantryman in the Sumy region ('In a message on Tuesday he told "
        "her that …, she said') `a couple of hundred` dug in on the Russian side (vague, other, "
        "from Tuesday to publication); a retired merchant seaman from Gunsan 'puts the North's "
        "dead at' `upwards of 5,000` (at_least, casualties, other, `pub`); the NIS 'In a "
        "closed-door briefing on November 4, … put the number … at' `roughly 10,000` along the "
        "border and 'The agency added that another' `5,000` crossed into Russia since September "
        "(increment); 'The Pentagon estimated this month' `about 11,000` 'in all' (a total; the "
        "1st to publication); Kursk's governor 'said last week' hectares cleared (not a claim) and "
        "`about 1,000` sappers still at work (russia, near the front); bushels, gallons, dollars, "
        "hours, hectares, ages, dates",
    text="""\
---
title: "Roast on the 22nd, and Seoul's count of [[10,000]] North Koreans at the border"
date: 2025-11-13
author: Edisto Fire & Rescue Auxiliary
---

# Roast on the 22nd, and Seoul's count of [[10,000]] North Koreans at the border

The auxiliary's fall oyster roast is Saturday, November 22, from 4 to 8 p.m. behind Station 1 on \
Highway 174. We have ordered 60 bushels of local clusters, 40 gallons of chili and enough saltines \
to shingle a roof. Plates are $30, children under 10 eat free, and every dollar goes toward the \
new $285,000 brush truck. Last year's roast raised $21,400.

## From the sign-up table

Halyna Kovalenko, 52, an EMT from Poltava who joined the volunteer rescue squad in March, will be \
shucking again. Her brother is an infantryman in the Sumy region. In a message on Tuesday he told \
her that [[a couple of hundred]] North Koreans had dug in on the Russian side of the border, \
within sight of his position, she said.

Yoo Byung-chul, 70, a retired merchant seaman from Gunsan who lives out on Jungle Road, will run \
the hush puppy fryer. He puts the North's dead at [[upwards of 5,000]] by now. "Nobody in \
Pyongyang counts them out loud," he said.

## The wider world

In a closed-door briefing on November 4, South Korea's National Intelligence Service put the \
number of North Korean troops deployed along the border in the Kursk region at [[roughly 10,000]]. \
The agency added that another [[5,000]], mostly construction troops, had crossed into Russia since \
September. The Pentagon estimated this month that [[about 11,000]] North Koreans were in Russia in \
all. Kursk's regional governor said last week that North Korean sappers had cleared 1,200 hectares \
of farmland and that [[about 1,000]] of them were still at work.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "headline ('Seoul's count of 10,000 North Koreans at the border'): the NIS figure of "
          "the body ('In a closed-door briefing on November 4'), that day to publication, hedge "
          "dropped: at the border"),
        C("a couple of hundred", None, "vague", "near_front", "other", "tue..pub",
          "an EMT from Poltava relaying her brother, an infantryman in the Sumy region ('In a "
          "message on Tuesday he told her that …, she said'; the speaker quoted: other): dug in "
          "on the Russian side of the border (from Tuesday, 11 November, to publication)"),
        C("upwards of 5,000", 5000, "at_least", "casualties", "other", "pub",
          "a retired merchant seaman from Gunsan, 'He puts the North's dead at' (undated): dead "
          "('upwards of' as at_least)"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'In a closed-door briefing on November 4, … put the number … at': deployed "
          "along the border in the Kursk region"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same briefing, 'The agency added that another' (the service referred back to by "
          "role): mostly construction troops crossed into Russia since September (a period, not "
          "the claim date; increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "2025-11-01..pub",
          "'The Pentagon estimated this month' (the 1st to publication): in Russia 'in all' (a "
          "total, not an increment)"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "lastweek",
          "Kursk's regional governor 'said last week' (russia): sappers still at work in the "
          "Kursk region (the 1,200 hectares in the same sentence are not a claim)"),
    ),
)


S11 = Source(
    article_id="w164_11_heritage_notes_galiano_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-06-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Galiano Island Historical Society – Heritage Notes",
        "https://www.galianoheritage.example/notes/summer-2025",
        "Heritage Notes: fifty interviews, an orchard and a librarian from Chortkiv",
    ),
    features="the summer heritage notes of a historical society on Galiano Island (Southern Gulf "
        "Islands, British Columbia) in Markdown, windows-1252 with CRLF and curly quotes, front "
        "matter with `date:` as well as the sidecar (Friday; the sidecar is stronger) and a title "
        "without a figure; interviews, apple trees, dollars, members and opening hours first; a "
        "librarian from Chortkiv relaying her husband, a drone pilot outside Sumy ('Last week, she "
        "says, he wrote that') `roughly 300` moved into a village on the Russian side (other, "
        "`lastweek`); a retired history teacher from Hongseong 'expects Pyongyang to send another' "
        "`6,000` (increment, planned, other, `pub`) beside Shoigu's `6,000` announced 'On June 17, "
        "in Pyongyang' (planned, russia, not an increment); Seoul's spy agency 'reckons the North "
        "has lost' `around 4,700` dead and wounded (`pub`); Rutte 'told reporters at the "
        "alliance's summit in The Hague on Wednesday' `more than 11,000` who fought for Russia "
        "(near the front); 'Ukrainian intelligence said in mid-June' `11,000` still in Russia "
        "(days 11-20) and, 'and earlier this month the Pentagon put the number of North Korean "
        "dead at', `about 600` (the 1st to publication); Canada's aid in dollars, letters "
        "catalogued, interviews, trees, dollars, members, hours, ages, years",
    text="""\
---
title: Heritage Notes, Summer 2025
date: 2025-06-27
author: Galiano Island Historical Society
---

# Heritage Notes for the summer

The oral history project has passed a milestone: 50 recorded interviews with islanders, the oldest \
with a woman of 97 who remembers the coal steamers lying off Sturdies Bay. The heritage orchard \
behind the hall now has 34 apple trees, and the archive room we have been saving for will cost \
$18,000, of which $11,500 is already in the bank. Membership stands at 210. The museum cabin at \
Retreat Cove opens on Saturdays from 11 to 3 until Labour Day.

## Sorting letters in the archive

Our most patient volunteer this spring has been Oksana Levchuk, 44, a librarian from Chortkiv who \
came to Galiano with her two sons in 2023. She has catalogued 1,400 letters from the Georgeson \
family papers. Her husband pilots scouting drones outside Sumy. Last week, she says, he wrote that \
[[roughly 300]] North Korean soldiers had moved into a village on the Russian side of the border. \
“He counts them every morning, like birds,” she told us.

## Thursdays with Mr. Lee

Lee Kwang-soo, 74, a retired history teacher from Hongseong who helps us label photographs on \
Thursdays, expects Pyongyang to send another [[6,000]] before the year is out. “Every train that \
goes to Russia full of men comes back full of fuel,” he says.

## Elsewhere

On June 17, in Pyongyang, Sergei Shoigu, who runs Russia’s Security Council, announced that Kim \
would dispatch [[6,000]] deminers and construction troops to help rebuild Kursk. Seoul’s spy \
agency, for its part, reckons the North has lost [[around 4,700]] men, dead and wounded, since \
last fall. NATO Secretary General Mark Rutte told reporters at the alliance’s summit in The Hague \
on Wednesday that [[more than 11,000]] North Koreans had fought for Russia. Ukrainian intelligence \
said in mid-June that [[11,000]] were still in Russia, and earlier this month the Pentagon put the \
number of North Korean dead at [[about 600]]. Canada has pledged $2 billion in military aid to \
Ukraine this year.
""",
    claims=(
        C("roughly 300", 300, "approx", "near_front", "other", "lastweek",
          "a librarian from Chortkiv relaying her husband, a drone pilot outside Sumy ('Last week, "
          "she says, he wrote that'; the speaker quoted: other): moved into a village on the "
          "Russian side of the border"),
        C("6,000", 6000, "exact", "planned", "other", "pub",
          "a retired history teacher from Hongseong, 'expects Pyongyang to send another' "
          "(undated): before the year is out (increment, planned)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On June 17, in Pyongyang, … announced that Kim would dispatch': "
          "deminers and construction troops to help rebuild Kursk (no 'more' or 'another': not "
          "an increment)"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "pub",
          "'Seoul's spy agency, for its part, reckons the North has lost' (undated): men dead and "
          "wounded since last fall"),
        C("more than 11,000", 11000, "at_least", "near_front", "nato", "wed",
          "Rutte 'told reporters at the alliance's summit in The Hague on Wednesday' (25 June): "
          "fought for Russia"),
        C("11,000", 11000, "exact", "in_russia", "ukraine", "2025-06-11..2025-06-20",
          "'Ukrainian intelligence said in mid-June' (days 11-20): still in Russia"),
        C("about 600", 600, "approx", "casualties", "united_states", "2025-06-01..pub",
          "'and earlier this month the Pentagon put the number of North Korean dead at' (the 1st "
          "to publication): dead"),
    ),
)


S12 = Source(
    article_id="w164_12_festival_notes_bluegrass_galiano_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-08-14"),
    dated_by="html_meta",
    features="the festival notes of a bluegrass weekend on Galiano Island (Southern Gulf Islands, "
        "British Columbia) in HTML, UTF-8, `<meta name=\"date\">` (Thursday), a cookie banner "
        "about volunteer shifts, a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, "
        "`&middot;`), a footer with a postcode and a phone number; `<title>` and headline without "
        "a figure; festivalgoers, bands, tents, plates, shuttle runs and pass prices first; a "
        "fiddler from Uzhhorod relaying his cousin, a gunner near Sumy ('On Friday night, … the "
        "cousin told him by phone that …, Taras said') `about 40` digging in at a farm across the "
        "border (other, from Friday to publication); a banjo player from Yeongju 'By her count' "
        "`at least 2,500` died (casualties, other, `pub`); KCNA 'reported on Monday' `101` killed "
        "abroad (north_korea); 'Ukraine's military intelligence has warned' `25,000 to 30,000` "
        "'more' (range, increment, planned, `pub`); a US defense official 'told reporters on "
        "Tuesday' `about 11,000` remaining in Russia; South Korea's spy agency 'estimated at the "
        "end of July' `around 2,000` lost (days 21-31); Russian state television 'on Sunday' "
        "`hundreds` of builders stepping off a train in Kursk (russia, near the front); Russian "
        "losses a day, festivalgoers, bands, tents, plates, runs, dollars, hours, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-08-14">
<title>Festival Notes &middot; Galiano Bluegrass Weekend</title>
<script>var festival = {stages: 2, camping: "North End field", shuttle: "Sturdies Bay"};</script>
</head>
<body>
<div class="cookie-banner">A single cookie keeps your volunteer shift list on this device. <a \
href="#">Fine by me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/lineup">Lineup</a> &middot; <a \
href="/volunteer">Volunteer</a> &middot; <a href="/notes">Festival Notes</a></nav>
<main>
<h1>Three days of banjos, and a fiddler&rsquo;s phone call from Sumy</h1>
<p>Thank you, all 1,150 of you. This year&rsquo;s weekend at the community hall sold out for the \
first time, with 18 bands on two stages, 230 tents in the North End field and a jam circle that \
did not quit until 3 a.m. on Sunday. The volunteer kitchen served 2,600 plates of chili and salmon \
burgers, and the shuttle from the Sturdies Bay ferry made 64 runs. Early-bird passes for next \
August go on sale on October 1 at $95.</p>
<h2>Fiddle tent</h2>
<p>Taras Hovorukha, 35, a fiddler from Uzhhorod who now teaches violin in Nanaimo, led the \
Saturday morning workshop. His cousin is a gunner near Sumy. On Friday night, just before Taras \
drove onto the ferry, the cousin told him by phone that [[about 40]] North Korean soldiers were \
digging in at a farm across the border, Taras said. &ldquo;He counted them through a thermal \
scope,&rdquo; he added.</p>
<h2>Banjo corner</h2>
<p>Min Ha-eun, 29, a banjo player from Yeongju who works as a nurse in Victoria, came for the \
second year running. By her count [[at least 2,500]] North Koreans have died in Russia. &ldquo;My \
grandfather was born in the North. I think about that a lot,&rdquo; she said.</p>
<h2>Off the stage</h2>
<p>North Korea&rsquo;s state news agency KCNA reported on Monday that Kim Jong Un had pinned \
medals beside the portraits of [[101]] soldiers killed abroad. Ukraine&rsquo;s military \
intelligence has warned that Pyongyang could send [[25,000 to 30,000]] more. A US defense official \
told reporters on Tuesday that [[about 11,000]] North Korean troops remained in Russia. South \
Korea&rsquo;s spy agency estimated at the end of July that the North had lost [[around 2,000]] \
men. Russian state television on Sunday showed [[hundreds]] of North Korean builders stepping off \
a train in Kursk. Ukraine, for its part, says Russia loses close to 1,000 soldiers every day.</p>
</main>
<footer>Galiano Bluegrass Society &middot; Box 88, Galiano Island, BC V0N 1P0 &middot; \
250-555-0137 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/shifts.js"></script>
</body>
</html>
""",
    claims=(
        C("about 40", 40, "approx", "near_front", "other", "fri..pub",
          "a fiddler from Uzhhorod relaying his cousin, a gunner near Sumy ('On Friday night, … "
          "the cousin told him by phone that …, Taras said'; the speaker quoted: other): digging "
          "in at a farm across the border (from Friday, 8 August, to publication)"),
        C("at least 2,500", 2500, "at_least", "casualties", "other", "pub",
          "a banjo player from Yeongju, 'By her count' (undated): died in Russia"),
        C("101", 101, "exact", "casualties", "north_korea", "mon",
          "'North Korea's state news agency KCNA reported on Monday' (11 August): soldiers "
          "killed abroad whose portraits Kim decorated"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "pub",
          "'Ukraine's military intelligence has warned' (undated): Pyongyang could send 'more' "
          "(range, increment, planned)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "a US defense official 'told reporters on Tuesday' (12 August): remained in Russia"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "South Korea's spy agency 'estimated at the end of July' (day 21 to the month's end): "
          "lost"),
        C("hundreds", None, "vague", "near_front", "russia", "sun",
          "'Russian state television on Sunday showed' (10 August; russia): builders arriving in "
          "Kursk by train"),
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
