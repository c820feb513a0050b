"""Build the HUNDRED-AND-THIRTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-fifteenth corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a food
bank's helpers' letter from Tangermünde with a volunteer driver from Kherson, an ice-stock club's
bulletin from Stegersbach in southern Burgenland (Austrian conventions) with a Korean golf pro, a
first-aid society's letter from Bauma in the Zurich Oberland (Swiss conventions) with a paramedic
from Kremenchuk, a cross-border commuters' weekly digest from Echternach in Luxembourg, a zoo
friends' circular in German from Pomerode in southern Brazil with a Korean-Brazilian vet, a
German-language minority theatre's programme letter from Szekszárd in Hungary with an actor from
Berehove; a whale-watching operator's newsletter from Roseau on Dominica with a Korean marine
biologist, an expat community magazine's fact check from Manama in Bahrain about a forwarded
WhatsApp message, a weekly community notice sheet from Grand Turk in the Turks and Caicos Islands,
a hotel and tourism association's members' bulletin from Basseterre on St Kitts, a tenpin bowling
league's page from Salmiya in Kuwait with an engineer from Ulsan, and a kitesurfing school's
newsletter from El Gouna on Egypt's Red Sea coast with an instructor from Odesa. Same file format,
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
BASE_NAME = "_blind113_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland, Luxembourg, Brazil, Hungary)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="h113_01_tafelbrief_tangermuende_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-25"),
    dated_by="html_meta",
    features="a food bank's helpers' letter from Tangermünde in HTML, UTF-8 "
        "(`article:published_time` +02:00, Friday), a one-cookie note about opening hours, a page "
        "script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; lawmakers in Seoul after an NIS briefing 'Am Mittwoch' `rund 3.000` brought to "
        "Russia and, in the next sentence by Konjunktiv, `7.000` 'weitere' by December "
        "(increment, planned); a White House spokesman 'am selben Tag' `mindestens 3.000` in "
        "training; 'Nach Angaben des … HUR, die Mitte Oktober veröffentlicht wurden' `rund "
        "12.000`, 'darunter' `500` officers (a breakdown); Putin 'am Donnerstag' without a "
        "figure; a volunteer driver from Kherson relaying his son, who hears Russians boasting on "
        "the radio, `zehntausend` (number word, other, `pub`) and 'geht davon aus' `ein paar "
        "tausend` at the front by Christmas (planned); potatoes in tonnes, households, "
        "volunteers, hours, ages, years, Russia's daily losses, euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Tangermünder Tafel · Helferbrief Oktober · Kürbisse, Kühlwagen und Post aus Charkiw</title>
<meta property="article:published_time" content="2024-10-25T09:40:00+02:00">
<meta property="og:site_name" content="Tangermünder Tafel">
<script>window.tafel={seite:"helferbrief",ausgabe:"2024-10",stellen:2};</script>
</head>
<body>
<div class="hinweis">Wir setzen ein einziges Cookie, damit Sie unsere Ausgabezeiten nicht jedes \
Mal neu suchen müssen. <button>Einverstanden</button> <button>Bloß keine Kekse</button></div>
<nav><a href="/">Start</a> · <a href="/ausgabe">Ausgabezeiten</a> · <a href="/spenden">Spenden \
&amp; Touren</a> · <a href="/ehrenamt">Mitmachen</a> · <a href="/helferbrief">Helferbrief</a></nav>
<main>
<p class="dachzeile">Helferbrief · Freitag</p>
<h1>Kürbisse, Kühlwagen und Post aus Charkiw</h1>
<p class="vorspann">Der Herbst bringt volle Kisten: Aus Demker kamen diese Woche 2,4 Tonnen \
Kartoffeln, aus einem Garten am Stadtrand drei Schubkarren voller Hokkaido. Danke an alle, die \
geerntet, gefahren und sortiert haben.</p>
<p>An jedem Ausgabetag warten jetzt rund 380 Haushalte vor unserer Tür, im vorigen Herbst waren es \
noch 290. Unsere 42 Ehrenamtlichen kommen damit an ihre Grenzen. Wer dienstags zwischen 13 und 16 \
Uhr Zeit hat, melde sich bitte im Büro.</p>
<p>Einer, der nie fehlt, ist Serhij Melnyk, 58, aus Cherson. Seit dem Frühjahr 2023 holt er mit \
dem Kühlwagen die Spenden aus den Märkten in Tangerhütte und Arneburg ab. Sein Sohn Andrij fährt \
einen Sanitätswagen bei Charkiw und schickt dem Vater seit einer Woche abends Sprachnachrichten \
über die Koreaner.</p>
<h2>„Die Zahlen wachsen jede Woche“</h2>
<p>Am Mittwoch berichteten Abgeordnete in Seoul nach einer Unterrichtung durch den Geheimdienst \
NIS, [[rund 3.000]] nordkoreanische Soldaten seien bereits nach Russland gebracht worden. Bis \
Dezember sollten [[7.000]] weitere folgen. Ein Sprecher des Weißen Hauses sprach am selben Tag von \
[[mindestens 3.000]] Mann, die im Osten Russlands an der Waffe ausgebildet würden. Nach Angaben \
des ukrainischen Militärgeheimdienstes HUR, die Mitte Oktober veröffentlicht wurden, sind es schon \
[[rund 12.000]], darunter [[500]] Offiziere. Kremlchef Wladimir Putin wich am Donnerstag der Frage \
eines Reporters aus; was Russland mit seinen Partnern tue, sei „unsere Sache“.</p>
<p>„Andrij sagt, die Russen prahlen im Funk schon mit [[zehntausend]] Koreanern“, erzählt Serhij, \
während er Apfelkisten auf die Rampe wuchtet. Er selbst geht davon aus, dass bis Weihnachten [[ein \
paar tausend]] davon an der Front stehen. Russland verliere nach britischen Schätzungen jeden Tag \
mehr als 1.200 Soldaten, sagt er, „die holen sich Ersatz, wo sie ihn kriegen“.</p>
<h2>Aus dem Verein</h2>
<p>Der Mitgliedsbeitrag bleibt bei 24 Euro im Jahr, unsere Kundinnen und Kunden zahlen weiter 1,50 \
Euro pro Einkauf. Die Tafel gibt es seit 2004; am 9. November feiern wir das mit Kürbissuppe im \
Gemeindesaal.</p>
</main>
<footer>Tangermünder Tafel e.V. · Ausgabestelle am Hafen · Telefon 039322 4 17 06</footer>
<script src="/js/ausgabezeiten.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lawmakers in Seoul 'Am Mittwoch' after an NIS briefing (Friday letter), Konjunktiv: "
          "brought to Russia"),
        C("7.000", 7000, "exact", "planned", "south_korea", "wed",
          "same briefing carried into the next sentence ('sollten … weitere folgen'): "
          "by December (increment, span without the word; planned)", add=True),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "a White House spokesman 'am selben Tag' (Wednesday): trained in Russia's east"),
        C("rund 12.000", 12000, "approx", "in_russia", "ukraine", "2024-10-11..2024-10-20",
          "'Nach Angaben des … HUR, die Mitte Oktober veröffentlicht wurden' (days 11-20): in "
          "Russia"),
        C("500", 500, "exact", "in_russia", "ukraine", "2024-10-11..2024-10-20",
          "same HUR figures, 'darunter': officers among them (a breakdown, not an increment)"),
        C("zehntausend", 10000, "exact", "in_russia", "other", "pub",
          "a volunteer driver relaying his son, who hears Russians boasting on the radio "
          "('Andrij sagt', the speaker quoted: other), 'erzählt Serhij' undated (number word)"),
        C("ein paar tausend", None, "vague", "planned", "other", "pub",
          "the driver 'geht davon aus' (undated): 'davon' at the front by Christmas (a forecast: "
          "planned; a part of the figure before, not an increment)"),
    ),
)


W02 = Source(
    article_id="h113_02_eisstock_stegersbach_vereinsnachrichten",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-23"),
    dated_by="dateline", crlf=True,
    features="an ice-stock (Eisstock) club's bulletin from Stegersbach in southern Burgenland as "
        "plain text, windows-1252 with CRLF (`„“`, `–`), Austrian conventions (`heuer`, `Jänner`, "
        "`Feber`, `vorige Woche`, `Moarschaft`, `Vergelt's Gott`), dated by the place line "
        "'Stegersbach, 23. Jänner 2025' (Thursday); the season first; a Korean golf pro as the "
        "new member; the NIS 'Am 13. Jänner' `rund 300` fallen and `2.700` wounded; Zelensky "
        "'Zwei Tage davor' (11 January) `zwei` captured (number word); 'Im Pentagon hieß es am "
        "Dienstag' `über 11.000` in Kursk; Zelensky 'vorige Woche' `fast 4.000` dead and wounded; "
        "HUR 'rechnet damit' 'noch einmal' `bis zu 8.000` in February (undated, increment, "
        "planned; 'im Feber' is the event); the golf pro `an die fünftausend` casualties by "
        "spring (approx number word, other, `pub`); Moscow without a figure; teams, points, "
        "degrees, doughnuts, months of service, kilos, euros, Russia's losses, a meeting date, a "
        "phone number",
    text="""\
EISSTOCKVEREIN STEGERSBACH
Vereinsnachrichten 1/2025

Stegersbach, 23. Jänner 2025

Liebe Stockschützinnen und Stockschützen,

heuer meint es der Winter gut mit uns. Seit Dreikönig trägt das Eis am Teich hinter der \
Volksschule, und am vergangenen Sonntag haben wir bei minus elf Grad die Bezirksmeisterschaft \
ausgetragen. 36 Moarschaften waren am Start, unsere erste Moarschaft wurde mit 14:2 Punkten \
Dritte. Ein herzliches Vergelt's Gott den Damen vom Buffet, die 260 Krapfen und drei Kessel \
Glühmost verkauft haben.

Neu bei uns: Ji-hoon aus Uijeongbu

Seit November schießt Park Ji-hoon mit uns, 34 Jahre alt und im Sommer Golflehrer auf der Anlage \
am Ortsrand. Den Stock führt er inzwischen wie ein Einheimischer, nur beim Schimpfen hat er noch \
Aufholbedarf. Seinen Wehrdienst hat er an der Grenze zum Norden geleistet, 18 Monate lang, und was \
aus Nordkorea kommt, verfolgt er genau.

Im Stüberl hat er uns nach dem Training erzählt, was man in Seoul derzeit hört. Am 13. Jänner \
berichtete der südkoreanische Geheimdienst NIS den Abgeordneten, von den nach Kursk geschickten \
Nordkoreanern seien [[rund 300]] gefallen und [[2.700]] verwundet worden. Zwei Tage davor hatte \
der ukrainische Präsident Selenskyj gemeldet, dass [[zwei]] von ihnen in Gefangenschaft geraten \
seien; beide werden in Kiew verhört. Im Pentagon hieß es am Dienstag, [[über 11.000]] Nordkoreaner \
stünden nach wie vor im Gebiet Kursk. Selenskyj hatte vorige Woche von [[fast 4.000]] Toten und \
Verwundeten gesprochen. Der ukrainische Militärgeheimdienst rechnet damit, dass Kim im Feber noch \
einmal [[bis zu 8.000]] Mann schickt. Moskau hat die Anwesenheit der Nordkoreaner bis heute nicht \
zugegeben, obwohl Russland nach westlichen Schätzungen im Vorjahr mehr als 400.000 Soldaten \
verloren hat.

„Daheim glaubt man, dass es bis zum Frühjahr [[an die fünftausend]] Tote und Verwundete sein \
werden“, sagt Ji-hoon. „Und trotzdem schickt er immer neue.“

Aus dem Verein
– Jahreshauptversammlung: Samstag, 8. Feber, 19 Uhr, im Gasthaus Hirschenwirt
– Mitgliedsbeitrag heuer 35 Euro, Jugend bis 16 Jahre frei
– Neue Stöcke (4,2 Kilo) beim Obmann bestellen, das Stück um 189 Euro
– Obmann Franz Kainz, Telefon 03326 5 24 17

Mit sportlichem Gruß
Der Vorstand
""",
    claims=(
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'Am 13. Jänner' reporting to lawmakers (an explicit date, Austrian month), "
          "Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same report: wounded (no 'weitere' here)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Zwei Tage davor' (two days before 13 January: 11 January): captured (number "
          "word)"),
        C("über 11.000", 11000, "at_least", "near_front", "united_states", "tue",
          "'Im Pentagon hieß es am Dienstag' (Thursday bulletin), Konjunktiv: still in the Kursk "
          "region"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky 'vorige Woche' (Austrian last week): dead and wounded ('fast' as approx)"),
        C("bis zu 8.000", 8000, "at_most", "planned", "ukraine", "pub",
          "HUR 'rechnet damit' (present tense, undated): 'noch einmal' in February "
          "(increment, span without the word; 'im Feber' is the event, not the claim "
          "date)", add=True),
        C("an die fünftausend", 5000, "approx", "casualties", "other", "pub",
          "the golf pro passing on what people at home believe ('Daheim glaubt man', the speaker "
          "quoted: other), 'sagt Ji-hoon' undated: dead and wounded by spring ('an die' with a "
          "number word as approx)"),
    ),
)


W03 = Source(
    article_id="h113_03_samariterbrief_bauma_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-05-06"),
    dated_by="front_matter",
    features="a first-aid society's (Samariterverein) letter from Bauma in the Zurich Oberland in "
        "Markdown, ISO-8859-1 (Swiss conventions: `ss`, «», `15'000`, `4'700`, `1'500`, `14'000`, "
        "`20'000`, `Fr. 180.-`, `Anfang Woche`), front matter with `date:` (Tuesday) and a title "
        "without a figure; blood donors and courses first; a paramedic from Kremenchuk relaying "
        "her husband 'Am Übungsabend vom 29. April' `ein paar Hundert` opposite his position (a "
        "relay dated by the evening she spoke: other); Pyongyang's admission 'am 28. April' "
        "without a figure; the NIS 'Am 30. April' `rund 15'000` sent, `etwa 4'700` killed or "
        "wounded and 'darunter' `600` dead (a breakdown); 'Nach Einschätzung des ukrainischen "
        "Militärgeheimdienstes' `höchstens 1'500` in Kursk, dated by 'das erklärte dessen "
        "Sprecher am Montag' after the figure; a NATO spokeswoman 'Anfang Woche' (Monday to "
        "publication) `mehr als 14'000`; the paramedic 'befürchtet' `20'000` by the end of the "
        "year (planned, other, `pub`); donors, places, ages, compressions, francs, helpers, a "
        "phone number",
    text="""\
---
title: "Samariterbrief: Blutspende, Nothelferkurs und eine Sanitäterin aus Krementschuk"
date: 2025-05-06
verein: Samariterverein Bauma
---

# Blutspende, Nothelferkurs und eine Sanitäterin aus Krementschuk

Liebe Samariterinnen und Samariter

Die Blutspendeaktion im März war die grösste seit Jahren: 112 Spenderinnen und Spender kamen ins \
Schulhaus, 19 davon zum ersten Mal. Für den Nothelferkurs im Juni sind bereits 16 von 18 Plätzen \
vergeben, und der Kurs für Kinder unter dem Titel «Kleine Helfer» ist ausgebucht.

## Oksana zeigt, wie man ein Tourniquet anlegt

Seit dem Winter hilft Oksana Kowal, 44, an unseren Übungsabenden mit. In Krementschuk war sie \
Rettungssanitäterin, bevor sie mit ihren zwei Söhnen ins Zürcher Oberland kam. Ihr Mann ist \
Sanitäter in einer Brigade an der Grenze zum russischen Gebiet Kursk. Was sie über Blutungen, \
Kälte und Angst weiss, steht in keinem Lehrbuch. Bei der Herzmassage lässt sie uns so lange üben, \
bis 30 Kompressionen ohne Pause sitzen.

Am Übungsabend vom 29. April erzählte sie auch, was ihr Mann von der anderen Seite hört. «Er sagt, \
gegenüber seiner Stellung seien wieder [[ein paar Hundert]] Koreaner eingezogen», sagte Oksana. \
«Sie graben sich ein und warten.»

Die offiziellen Angaben beruhigen kaum. Pjöngjang räumte am 28. April erstmals ein, Truppen nach \
Russland geschickt zu haben, nannte aber keine Zahl. Am 30. April berichtete der südkoreanische \
Geheimdienst NIS dem Parlament in Seoul, insgesamt seien [[rund 15'000]] Soldaten entsandt worden. \
Von ihnen seien [[etwa 4'700]] getötet oder verletzt worden, darunter [[600]] Tote. Nach \
Einschätzung des ukrainischen Militärgeheimdienstes kämpfen im Gebiet Kursk derzeit [[höchstens \
1'500]] Nordkoreaner; das erklärte dessen Sprecher am Montag. Eine Nato-Sprecherin in Brüssel \
sagte Anfang Woche, [[mehr als 14'000]] hätten seit dem Herbst in Russland gedient.

Oksana selbst befürchtet, dass bis Ende Jahr [[20'000]] Nordkoreaner in Russland gedient haben \
werden. «Diese Männer kommen zurück und wissen dann, wie man heute Krieg führt», sagt sie.

## Aus dem Verein

- Nothelferkurs: 13. und 14. Juni, jeweils 8 bis 17 Uhr, Fr. 180.-
- Postendienst am Bauma-Märt im August: 20 Helferinnen und Helfer gesucht
- Vereinsübung jeden letzten Dienstag im Monat, 19.30 Uhr, im Feuerwehrlokal
- Präsidentin Ruth Bachmann, 052 386 14 72

Mit herzlichen Grüssen
Der Vorstand
""",
    claims=(
        C("ein paar Hundert", None, "vague", "near_front", "other", "2025-04-29",
          "a paramedic relaying her husband ('Er sagt', the speaker quoted: other), dated by 'Am "
          "Übungsabend vom 29. April' when she told it: moved in opposite his position"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Am 30. April' reporting to parliament, Konjunktiv: sent in all"),
        C("etwa 4'700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same report: killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30",
          "same report, 'darunter': dead (a breakdown of the casualties)"),
        C("höchstens 1'500", 1500, "at_most", "near_front", "ukraine", "mon",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes', dated by 'das erklärte "
          "dessen Sprecher am Montag' after the figure (Tuesday letter): fighting in Kursk"),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "nato", "mon..pub",
          "a NATO spokeswoman 'Anfang Woche' (Swiss 'early this week': Monday to publication): "
          "served in Russia since autumn"),
        C("20'000", 20000, "exact", "planned", "other", "pub",
          "the paramedic 'befürchtet' (undated): will have served in Russia by the end of the "
          "year (a forecast: planned)"),
    ),
)


W04 = Source(
    article_id="h113_04_grenzgaenger_echternach_wochenschau",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-03-14"),
    dated_by="sidecar",
    sidecar=(
        "Grenzgänger-Initiative Echternach – Wochenschau",
        "https://www.grenzgaenger-echternach.example/wochenschau/2025-11",
        "Wochenschau: Diesel, 34 Tage, neuer Bustakt und Nordkorea",
    ),
    features="a cross-border commuters' initiative's weekly digest from Echternach (Luxembourg) "
        "as plain text, UTF-16 LE with BOM, no date in the file (sidecar, Friday); several short "
        "unrelated items (fuel prices, the 34-day home-office rule, a bus timetable, a bridge "
        "closure), only two about the troops; an upper-case item heading 'SEOUL ZÄHLT … NEUE' "
        "`3.000` from the JCS's Tuesday figure (Tuesday to publication, increment, hedge "
        "dropped); the JCS 'am Dienstag' `etwa 3.000` 'zusätzlich' (increment), carried by 'Er "
        "geht davon aus' `rund 11.000` in Kursk and 'bezifferte die Behörde' `rund 4.000` "
        "casualties; 'Medien in Seoul berichten' `2.000 bis 3.000` 'weitere' (unattributed, "
        "range, increment, planned); the Ukrainian military 'gestern' `Dutzende` killed; "
        "Luxembourg's defence minister 'am Montag' `Tausenden` 'weiteren' (a third government: "
        "other, increment, planned); fuel prices, days, minutes, commuters, euros, a date, a "
        "phone number",
    text="""\
GRENZGÄNGER-WOCHENSCHAU
Der Wochenüberblick der Grenzgänger-Initiative Echternach

Liebe Mitglieder, hier das Wichtigste der Woche in aller Kürze.

SPRIT: DIESEL WIEDER UNTER 1,55 EURO
An den Tankstellen in Echternach kostete der Liter Diesel am Donnerstag 1,53 Euro, Super 95 lag \
bei 1,62 Euro. Auf der deutschen Seite zahlten Autofahrer in Bitburg für Diesel 1,69 Euro.

STEUERN: ES BLEIBT BEI 34 TAGEN
Wer in Luxemburg arbeitet und in Deutschland wohnt, darf weiterhin bis zu 34 Tage im Jahr von zu \
Hause aus arbeiten, ohne dass sich an der Besteuerung etwas ändert. Wir erklären die Regel bei \
unserem Infoabend am 2. April.

BUS: NEUER TAKT NACH BITBURG
Ab dem 1. April fährt die Linie zwischen Echternach und Bitburg werktags alle 30 Minuten. Nach \
einer Zählung des Verkehrsverbunds pendeln auf dieser Strecke jeden Morgen rund 4.100 Menschen.

NORDKOREA: SEOUL ZÄHLT [[3.000]] NEUE
Pjöngjang schickt weiter Soldaten für Russlands Krieg. Der Generalstab in Seoul teilte am Dienstag \
mit, seit Jahresbeginn seien [[etwa 3.000]] Mann zusätzlich nach Russland gebracht worden. Er geht \
davon aus, dass inzwischen wieder [[rund 11.000]] Nordkoreaner im Gebiet Kursk stationiert sind. \
Die Verluste bezifferte die Behörde auf [[rund 4.000]] Tote und Verletzte. Medien in Seoul \
berichten zudem, [[2.000 bis 3.000]] weitere würden derzeit in Nordkorea auf einen Einsatz \
vorbereitet.

KURZ GEMELDET
- Das ukrainische Militär meldete gestern, bei Kämpfen nahe Sudscha seien [[Dutzende]] \
Nordkoreaner getötet worden.
- Luxemburgs Verteidigungsministerin sagte am Montag in der Abgeordnetenkammer, sie rechne mit \
[[Tausenden]] weiteren Soldaten aus Nordkorea. Das Großherzogtum erhöht seine Militärhilfe für die \
Ukraine in diesem Jahr auf 25 Millionen Euro.
- Die Brücke nach Echternacherbrück bleibt wegen Bauarbeiten bis zum 28. März nachts gesperrt.

TERMINE
- Infoabend Steuern: Mittwoch, 2. April, 19 Uhr, im Kulturzentrum
- Sprechstunde: dienstags von 17 bis 19 Uhr, Telefon +352 72 04 58
- Mitgliedsbeitrag 2025: 30 Euro
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "tue..pub",
          "upper-case item heading 'SEOUL ZÄHLT … NEUE': the JCS's Tuesday figure "
          "below (Tuesday to the Friday of publication, hedge dropped; 'NEUE' as an "
          "increment)", add=True),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "tue",
          "the JCS 'teilte am Dienstag mit', Konjunktiv: 'zusätzlich' since the start "
          "of the year (increment, span without the word)", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "tue",
          "carried by 'Er geht davon aus' (the JCS, same day): stationed in the Kursk region "
          "again"),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "tue",
          "'bezifferte die Behörde' (the JCS referred back to by a role): dead and wounded"),
        C("2.000 bis 3.000", None, "range", "planned", "unattributed", "pub",
          "'Medien in Seoul berichten' (no named source: unattributed), present tense: "
          "'weitere' being prepared in North Korea (increment, span without the word)", add=True),
        C("Dutzende", None, "vague", "casualties", "ukraine", "yday",
          "the Ukrainian military 'meldete gestern' (yesterday): killed near Sudzha"),
        C("Tausenden", None, "vague", "planned", "other", "mon",
          "Luxembourg's defence minister 'am Montag' in parliament (a third "
          "government: other): 'weiteren' expected (increment, span without the word)", add=True),
    ),
)


W05 = Source(
    article_id="h113_05_zoofreunde_pomerode_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-21"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Tierpark Pomerode – Rundbrief",
        "https://www.tierparkfreunde-pomerode.example/rundbrief/2025-08",
        "Ein Tigerjunges, ein neues Gehege und eine Tierärztin aus São Paulo",
    ),
    features="a zoo friends' circular from Pomerode (Santa Catarina, Brazil) in German, Markdown, "
        "UTF-8 with BOM, front matter without a date (sidecar, Thursday) and a title without a "
        "figure; a tiger cub and visitor numbers first; a Korean-Brazilian vet relaying her "
        "cousin at the Imjin river, Konjunktiv, `einige tausend` 'weitere' being prepared "
        "(increment, planned, other, `pub`); the NIS 'schätzt' `rund 2.000` dead (present tense, "
        "`pub`); the commander of US forces in Korea 'Mitte August' `etwa 11.000`; 'Kiews "
        "Militärgeheimdienst zufolge' `bis zu 30.000` 'zusätzliche', dated by 'das sagte ein "
        "Sprecher am 5. August' after the figure (increment, planned); Russia's ambassador in "
        "Pyongyang 'Anfang August' `6.000` builders in Kursk by autumn (planned); KCNA 'am "
        "Dienstag' `101` fallen; the circular's own 'Zählt man … hinzu, wären es' `mehr als "
        "20.000` (unattributed, required); kilos, square metres, visitors, ages, years, reais, a "
        "date, a phone number",
    text="""\
---
title: "Zoo-Freunde Pomerode: Rundbrief August"
verein: Freundeskreis des Tierparks Pomerode
ausgabe: 3/2025
---

# Ein Tigerjunges, ein neues Gehege und eine Tierärztin aus São Paulo

*Liebe Freundinnen und Freunde des Tierparks, der Winter in Santa Catarina war mild, und bei uns \
ist viel passiert.*

Am 2. August kam im Raubkatzenhaus ein Tigerjunges zur Welt, gesund und 1,3 Kilo schwer. Das neue \
Tapirgehege ist fertig: 2.400 Quadratmeter mit eigenem Bachlauf. Im Juli zählten wir 14.300 \
Besucher, so viele wie noch nie in einem Wintermonat.

## Dr. Lee und die Nachrichten aus Korea

Seit März arbeitet Dr. Lee Min-seo, 33, als Tierärztin bei uns. Ihr Großvater kam 1963 mit einer \
der ersten koreanischen Auswanderergruppen nach Brasilien, sie selbst ist in São Paulo \
aufgewachsen. Portugiesisch ist ihre erste Sprache, Deutsch lernt sie in der Kaffeepause mit den \
Pflegern, Koreanisch spricht sie mit der Familie und mit ihrem Cousin, der als Unteroffizier am \
Fluss Imjin dient.

Was er ihr schreibt, beunruhigt sie. Im Norden bereite man schon [[einige tausend]] weitere \
Soldaten auf Russland vor, habe der Cousin berichtet. Die Nachrichten aus Seoul und Washington \
liest sie jeden Abend nach. Der südkoreanische Geheimdienst schätzt die Zahl der in Russland \
getöteten Nordkoreaner inzwischen auf [[rund 2.000]]. Der Befehlshaber der US-Truppen in Südkorea \
sprach Mitte August von [[etwa 11.000]], die weiterhin in Russland seien. Kiews \
Militärgeheimdienst zufolge könnten bis Jahresende [[bis zu 30.000]] zusätzliche Nordkoreaner \
eintreffen; das sagte ein Sprecher am 5. August. Russlands Botschafter in Pjöngjang erklärte \
Anfang August, die [[6.000]] Pioniere und Bauleute aus dem Norden würden bis zum Herbst \
vollständig im Gebiet Kursk sein. Und am Dienstag meldete die Staatsagentur KCNA, Kim Jong Un habe \
in Pjöngjang die Familien von [[101]] gefallenen Soldaten empfangen.

Zählt man die Bautrupps zu den bisher Entsandten hinzu, wären es [[mehr als 20.000]] Nordkoreaner, \
die seit dem Herbst 2024 nach Russland gegangen sind.

„Hier pflege ich Tiere, die wir vor dem Aussterben bewahren wollen“, sagt Dr. Lee. „Und dort \
drüben werden junge Männer verheizt.“

## Termine

- Tag der offenen Tür: Sonntag, 14. September, für Mitglieder frei
- Jahresbeitrag 120 Reais, Familien 200 Reais
- Führungen für Schulklassen dienstags ab 9 Uhr, Anmeldung unter +55 47 3387 2290
""",
    claims=(
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "a vet relaying her cousin at the Imjin river ('habe der Cousin berichtet' "
          "after the figure, Konjunktiv; the speaker quoted: other), undated: "
          "'weitere' being prepared (increment, span without the word)", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "pub",
          "the NIS 'schätzt' (present tense, undated): killed in Russia"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "2025-08-11..2025-08-20",
          "the commander of US forces in Korea 'Mitte August' (days 11-20), Konjunktiv: still in "
          "Russia"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-08-05",
          "'Kiews Militärgeheimdienst zufolge', dated by 'das sagte ein Sprecher am 5. "
          "August' after the figure: 'zusätzliche' could arrive by the end of the year "
          "(increment, span without the word)", add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-08-01..2025-08-10",
          "Russia's ambassador in Pyongyang 'Anfang August' (days 1-10): builders and sappers "
          "who would be in Kursk by autumn (a forecast: planned)"),
        C("101", 101, "exact", "casualties", "north_korea", "tue",
          "KCNA 'am Dienstag' (Thursday circular): families of fallen soldiers received by Kim"),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the circular's own 'Zählt man … hinzu, wären es' (no source: unattributed, required): "
          "gone to Russia since autumn 2024"),
    ),
)


W06 = Source(
    article_id="h113_06_buehnenbrief_szekszard_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-23"),
    dated_by="sidecar",
    sidecar=(
        "Donauschwäbische Bühne Szekszárd – Bühnenbrief",
        "https://www.buehne-szekszard.example/buehnenbrief/2025-10-dorfrichter-aus-berehove",
        "Ein Dorfrichter aus Berehove",
    ),
    features="a German-language minority theatre's programme letter from Szekszárd (Hungary) in "
        "HTML, ISO-8859-1 with quotes, dashes and `&#337;` only as entities, no meta date "
        "(sidecar, Thursday), a cookie note about seat rows, a script, navigation, a footer with "
        "a phone number; `<title>` and headline without a figure; an actor from Berehove "
        "(Transcarpathia) relaying his brother in the Sumy region `Tausende` across the line "
        "(other, `pub`); the NIS 'Vergangene Woche' `rund 10.000` at the border and `etwa 2.000` "
        "fallen; 'Laut Nato-Generalsekretär Mark Rutte, der am 15. Oktober in Brüssel sprach' "
        "`weit über 10.000` ('weit über' as at_least); a Russian deputy defence minister 'Mitte "
        "Oktober' `etwa 1.000` deminers in Kursk; Budanov 'am Montag' a new rotation of `5.000 "
        "bis 6.000` (range, planned; a rotation, not an increment); 'laut KCNA' at the parade 'Am "
        "10. Oktober' `mehrere hundert` Kursk veterans (returnees: optional); seats, forint, "
        "years, ages, villages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Donauschwäbische Bühne Szekszárd &ndash; Bühnenbrief &ndash; Ein Dorfrichter aus \
Berehove</title>
<script>var bb={heft:"2025-10",spielzeit:"2025/26",saal:"gross"};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich, in welcher Reihe Sie zuletzt gesessen haben. \
<button>Gern</button> <button>Lieber nicht</button></div>
<nav>Spielplan &middot; Ensemble &middot; Gastspiele &middot; Bühnenbrief &middot; Karten</nav>
<article>
<h1>Ein Dorfrichter aus Berehove</h1>
<p>Die neue Spielzeit hat mit vollem Haus begonnen: Alle 240 Plätze waren bei der Premiere von \
Kleists &bdquo;Der zerbrochne Krug&ldquo; verkauft, für die Vorstellungen im November gibt es nur \
noch Restkarten. Heute, am Nationalfeiertag, bleibt der Saal geschlossen; wir gedenken mit der \
Stadt des Aufstands von 1956.</p>
<p>Den Dorfrichter Adam spielt in dieser Saison András Kovács, 37, aus Berehove in Transkarpatien, \
wo viele Ungarn leben. Er spricht Ungarisch, Ukrainisch und seit seinem Studium in Wien ein sehr \
schönes Bühnendeutsch. Sein jüngerer Bruder wurde im Frühjahr eingezogen und liegt mit seiner \
Einheit im Gebiet Sumy, wenige Kilometer vor der russischen Grenze.</p>
<p>&bdquo;Mein Bruder sagt, drüben seien es [[Tausende]], und sie rückten jeden Monat ein Stück \
näher&ldquo;, erzählt András in der Probenpause. Was offiziell bekannt ist: Vergangene Woche \
berichtete der südkoreanische Geheimdienst NIS, [[rund 10.000]] Nordkoreaner stünden an der \
russischen Grenze zur Ukraine, [[etwa 2.000]] seien bisher gefallen. Laut Nato-Generalsekretär \
Mark Rutte, der am 15. Oktober in Brüssel sprach, haben [[weit über 10.000]] Nordkoreaner in \
Russland gedient. Ein russischer Vize-Verteidigungsminister erklärte Mitte Oktober, [[etwa 1.000]] \
nordkoreanische Minenräumer arbeiteten weiter im Gebiet Kursk. Und der ukrainische \
Geheimdienstchef Kyrylo Budanow sagte am Montag, Pjöngjang bereite eine neue Rotation von [[5.000 \
bis 6.000]] Mann vor.</p>
<p>Am 10. Oktober, beim Aufmarsch zum 80. Gründungstag der Arbeiterpartei, zogen laut KCNA auch \
[[mehrere hundert]] Heimkehrer aus dem Kursk-Einsatz an Kim Jong Un vorüber.</p>
<p>&bdquo;Auf der Bühne spiele ich einen Richter, der lügt&ldquo;, sagt András. &bdquo;Da lernt \
man, Zahlen zu misstrauen.&ldquo;</p>
<p>Karten kosten 3.500 Forint, ermäßigt 2.000 Forint. Im Dezember geht das Ensemble mit dem \
Weihnachtsmärchen auf Tournee durch zwölf Dörfer der Umgebung, von Bonyh&aacute;d bis \
Szentl&#337;rinc; Fahrten mit dem Theaterbus kosten 1.200 Forint.</p>
</article>
<footer>Donauschwäbische Bühne Szekszárd &middot; Kartenkasse +36 74 511 208 &middot; Szekszárd, \
Garay t&eacute;r</footer>
<script src="/js/saalplan.js"></script>
</body>
</html>
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "an actor relaying his brother in the Sumy region ('Mein Bruder sagt', the speaker "
          "quoted: other), 'erzählt András' undated: across the line"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "the NIS 'Vergangene Woche', Konjunktiv: at Russia's border with Ukraine"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "same report: fallen so far"),
        C("weit über 10.000", 10000, "at_least", "in_russia", "nato", "2025-10-15",
          "'Laut Nato-Generalsekretär Mark Rutte, der am 15. Oktober in Brüssel sprach' (the "
          "date in a relative clause): served in Russia ('weit über' as at_least)"),
        C("etwa 1.000", 1000, "approx", "near_front", "russia", "2025-10-11..2025-10-20",
          "a Russian deputy defence minister 'Mitte Oktober' (days 11-20), Konjunktiv: deminers "
          "still at work in the Kursk region"),
        C("5.000 bis 6.000", None, "range", "planned", "ukraine", "mon",
          "Budanov 'am Montag' (Thursday letter): a new rotation being prepared (a rotation "
          "replaces, no increment word: not additional)"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "'laut KCNA' on the parade 'Am 10. Oktober': returnees from Kursk marching "
          "(returnees: optional, as in earlier sets)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Dominica, Bahrain, Turks and Caicos, St Kitts, Kuwait, Egypt)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="h113_07_fluke_whale_log_roseau",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-11"),
    dated_by="dateline", crlf=True,
    features="a whale-watching operator's newsletter from Roseau (Dominica) as plain text, UTF-8 "
        "with CRLF, dateline 'ROSEAU, Dominica, December 11, 2024 —' (Wednesday), curly quotes; "
        "sperm whales first; a Korean marine biologist; HUR 'Over the weekend' (Saturday-Sunday) "
        "`around 12,000` in Kursk; the Pentagon 'on Monday' `more than 10,000` fed into the front "
        "lines; Japan's foreign minister 'on Tuesday' 'put the number at' `about 10,000` (a third "
        "government: other); Rutte 'last Thursday' (the Thursday before a Wednesday) `some "
        "11,000`; Ukrainian special forces 'on Wednesday' (the day of publication) `dozens` "
        "killed or wounded; the NIS 'last week' `several thousand` more over the winter "
        "(increment, planned); the biologist 'figures' `20,000 or more` by spring (other, "
        "planned, `pub`); the North's army of a million (not a claim); whales, trips, metres, "
        "minutes, ages, dollars, a phone number",
    text="""\
THE FLUKE
Sperm whale news from the Roseau bayfront boats

ROSEAU, Dominica, December 11, 2024 — The resident families are back off the west coast. On Sunday \
our two boats found 14 sperm whales in a single morning between Scotts Head and Mero, among them \
the calf we first photographed in March, now close to five metres long. Since the season opened we \
have seen whales on 9 trips out of 10.

A scientist on the upper deck

For the past month the upper deck has belonged to Dr. Han So-yeon, 41, a marine biologist from \
Busan who records the clicks the whales use to talk to one another. Each night, once her \
recordings are backed up, she reads the news from home, and lately the news is about soldiers.

“People at home are frightened and angry at the same time,” she said as we motored out of the bay. \
Over the weekend Ukraine’s military intelligence said [[around 12,000]] of the North’s soldiers \
had reached Russia’s Kursk region, some of them already in combat. The Pentagon had said on Monday \
that [[more than 10,000]] were being fed into the front lines there. Japan’s foreign minister, \
speaking in Tokyo on Tuesday, put the number at [[about 10,000]] and called it a grave concern for \
Asia as well as Europe. NATO’s secretary-general, Mark Rutte, had told reporters last Thursday \
that [[some 11,000]] had been sent to Russia in all. Ukrainian special forces said on Wednesday \
that [[dozens]] had been killed or wounded in their first clashes. South Korea’s spy agency told \
lawmakers last week it expected the North to send [[several thousand]] more over the winter.

Han figures the total will pass that. “Kim has more than a million men in uniform and not enough \
food for them,” she said. By spring, she thinks, it will be [[20,000 or more]].

Boat notes

- Trips leave the bayfront at 9 a.m. and last about three and a half hours; adults US$75, children \
under 12 half price.
- Sperm whales here dive to 1,000 metres and stay down for up to 45 minutes.
- No trips on December 25 or January 1.
- Bookings: +1 767 448 2315
""",
    claims=(
        C("around 12,000", 12000, "approx", "near_front", "ukraine", "sat..sun",
          "HUR 'Over the weekend' (Saturday-Sunday before a Wednesday): in the Kursk region, "
          "some in combat"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "mon",
          "the Pentagon 'had said on Monday': fed into the front lines in Kursk"),
        C("about 10,000", 10000, "approx", "in_russia", "other", "tue",
          "Japan's foreign minister 'speaking in Tokyo on Tuesday, put the number at' (a third "
          "government: other)"),
        C("some 11,000", 11000, "approx", "in_russia", "nato", "thu",
          "Rutte 'had told reporters last Thursday' (the Thursday before the Wednesday of "
          "publication): sent to Russia in all"),
        C("dozens", None, "vague", "casualties", "ukraine", "wed",
          "Ukrainian special forces 'on Wednesday' (the day of publication): killed or wounded"),
        C("several thousand", None, "vague", "planned", "south_korea", "lastweek",
          "the NIS 'told lawmakers last week it expected': 'more' over the winter "
          "(increment, span without the word)", add=True),
        C("20,000 or more", 20000, "at_least", "planned", "other", "pub",
          "the biologist 'figures' / 'she thinks' (undated): by spring (a forecast: planned; 'or "
          "more' in the span); the North's army of a million is not a claim"),
    ),
)


W08 = Source(
    article_id="h113_08_fact_check_manama_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-10"),
    dated_by="html_meta",
    features="an expat community magazine's fact check from Manama (Bahrain) in HTML, UTF-8 with "
        "BOM, `article:published_time` +03:00 (Thursday), a consent note, navigation, scripts, a "
        "footer; the viral `100,000` in the `<title>` and in the question headline (optional "
        "rows); a verdict box restating Rutte's `more than 11,000` (nato, required, window from "
        "his date to publication); a WhatsApp message circulating 'Since Sunday' that puts "
        "`100,000` landed and `30,000` dead in Rutte's mouth (the message's own claims: other, "
        "Sunday to publication); Rutte 'On March 31' 'put the number … at' `more than 11,000`; "
        "the JCS 'on March 13' `about 3,000` 'additional' (increment) and `roughly 4,700` "
        "casualties; HUR 'believes' `up to 6,000` more (increment, planned, `pub`); a Russian war "
        "blogger 'In March' `up to 100,000` (the forecast the message turned into an arrival: "
        "other, planned); `dozens` of WhatsApp groups, residents, a phone number (not claims)",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fact check: Did NATO’s chief say [[100,000]] North Koreans are in Russia? | Gulf Expat \
Circle</title>
<meta property="article:published_time" content="2025-04-10T07:30:00+03:00">
<meta property="og:site_name" content="Gulf Expat Circle">
<script>window.circle={section:"fact-check",issue:"2025-15",edition:"bh"};</script>
</head>
<body>
<div id="consent">We keep one cookie to remember the city you chose for prayer times, and nothing \
else. <button>Keep it</button> <button>Drop it</button></div>
<nav><a href="/">Home</a> | <a href="/community">Community</a> | <a href="/check">Fact Check</a> | \
<a href="/classifieds">Classifieds</a> | <a href="/events">Events</a></nav>
<article>
<p class="kicker">FACT CHECK &middot; Forwarded many times</p>
<h1>Did NATO’s chief say [[100,000]] North Koreans are in Russia?</h1>
<div class="verdict"><strong>Verdict: False.</strong> Mark Rutte has spoken of [[more than \
11,000]] North Korean soldiers sent to Russia. The far bigger number began as a Russian blogger’s \
guess about what Pyongyang <em>could</em> send.</div>
<p>Since Sunday, a message in English and Malayalam has been passed around dozens of community \
WhatsApp groups in Bahrain. It says NATO Secretary-General Mark Rutte “confirmed” that [[100,000]] \
North Korean soldiers had landed in Russia and that [[30,000]] of them “have already died in \
Ukraine”. Several readers sent it to us and asked whether it was true.</p>
<p>It is not. We found no speech, interview or post in which Rutte used either number. On March \
31, speaking to reporters in Warsaw, he put the number of North Koreans sent to fight for Russia \
at [[more than 11,000]], and he gave no figure for their dead.</p>
<p>Other governments’ numbers are in the same range. South Korea’s Joint Chiefs of Staff said on \
March 13 that [[about 3,000]] additional troops had gone to Russia in January and February, and \
put the North’s casualties at [[roughly 4,700]]. Ukraine’s military intelligence believes [[up to \
6,000]] more could follow by the summer.</p>
<p>The big figure seems to have started on a Russian war blogger’s Telegram channel. In March it \
wrote that Pyongyang “could, if asked” provide [[up to 100,000]] men. The WhatsApp message turned \
that guess into an arrival and put it in Rutte’s mouth.</p>
<p><strong>How to check a forward:</strong> look for the original source, search the official’s \
own website, and be wary of round numbers with no date attached.</p>
<p class="note">About 1.6 million people live in Bahrain, roughly half of them expatriates. Send \
us what lands in your groups on WhatsApp: +973 3612 4488.</p>
</article>
<footer>Gulf Expat Circle &middot; Manama &middot; &copy; 2025</footer>
<script src="/assets/circle.min.js"></script>
</body>
</html>
""",
    claims=(
        C("100,000", 100000, "exact", "in_russia", "other", "sun..pub",
          "`<title>`: the viral figure in the fact-check question (metadata): optional", opt=True),
        C("100,000", 100000, "exact", "in_russia", "other", "sun..pub",
          "question headline repeating the viral figure: optional, as in earlier fact "
          "checks", opt=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-03-31..pub",
          "verdict box restating Rutte's real figure (required; from his 31 March remarks to "
          "publication, like a deck)"),
        C("100,000", 100000, "exact", "in_russia", "other", "sun..pub",
          "the WhatsApp message circulating 'Since Sunday' that falsely attributes the figure to "
          "Rutte (the message's own claim: other): landed in Russia"),
        C("30,000", 30000, "exact", "casualties", "other", "sun..pub",
          "same message: 'have already died' (the message's claim, not Rutte's)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-03-31",
          "Rutte 'On March 31, speaking to reporters in Warsaw', 'put the number … at': sent to "
          "fight for Russia"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-13",
          "the JCS 'said on March 13': 'additional' troops gone to Russia in January "
          "and February (increment, span without the word)", add=True),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-13",
          "same statement, 'put the North's casualties at'"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "pub",
          "HUR 'believes' (present tense, undated): 'more' could follow by the summer "
          "(increment, span without the word)", add=True),
        C("up to 100,000", 100000, "at_most", "planned", "other", "2025-03-01..2025-03-31",
          "a Russian war blogger's channel 'In March' (month): what Pyongyang 'could' provide "
          "(the forecast the message turned into an arrival)"),
    ),
)


W09 = Source(
    article_id="h113_09_notice_sheet_grand_turk_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-06-19"),
    dated_by="front_matter",
    features="a weekly community notice sheet from Grand Turk (Turks and Caicos Islands) in "
        "Markdown, windows-1252 with curly quotes and `—`, front matter with `date:` (Thursday) "
        "and a title without a figure; a digest of short unrelated items (cruise calls, the "
        "salinas, a donkey count, lost and found, hurricane shelters), one about the troops; the "
        "item heading 'Moscow says Pyongyang will send' `6,000` more from Shoigu's Tuesday "
        "statement (Tuesday to publication, increment); Shoigu 'on Tuesday' 'a further' `6,000` "
        "(increment) split into `1,000` deminers and `5,000` builders (a breakdown of an "
        "increment: planned, not additional); the NIS 'A day earlier' (Monday) `about 11,000` "
        "along the border; KCNA 'On Wednesday' `thousands` of volunteers (north_korea, planned); "
        "HUR 'last Friday' `about 600` killed and `over 4,000` wounded; the sheet's own 'By our "
        "count … would take' `around 21,000` (unattributed, planned, required); passengers, feet, "
        "years, donkeys, students, a phone number",
    text="""\
---
title: "The Grand Turk Notice Sheet"
date: 2025-06-19
edition: Week 25
---

# The Grand Turk Notice Sheet

*Island news, lost and found, and a look at the wider world — pinned up every Thursday by the post \
office and posted here.*

## Ships in port

Four cruise ships called at the cruise centre this week and put 11,200 passengers ashore. Next \
week’s schedule lists five. Taxi drivers are reminded that the Front Street stand holds eight cars.

## The salinas

Volunteers cleared 120 feet of the old sluice at the Red Salina on Saturday. Salt raking, the \
trade this island was built on, ended here in 1964; the heritage trust hopes to have one pan \
making salt again by Christmas.

## Donkeys

The sanctuary counted 63 donkeys at its June round-up, three more than last year. Please slow down \
on the ridge road after dark.

## World: Moscow says Pyongyang will send [[6,000]] more

Russia’s security chief, Sergei Shoigu, said in Pyongyang on Tuesday that North Korea would send a \
further [[6,000]] men to Russia’s Kursk region: [[1,000]] deminers and [[5,000]] military builders \
to repair what the fighting destroyed. A day earlier South Korea’s spy agency had told lawmakers \
in Seoul that [[about 11,000]] of the North’s soldiers remained on guard along Russia’s frontier \
with Ukraine. On Wednesday the state news agency KCNA said [[thousands]] of young volunteers had \
asked to join the “reconstruction”, without saying how many would go. Ukraine’s military \
intelligence said last Friday that [[about 600]] North Koreans had been killed since October and \
[[over 4,000]] wounded.

By our count, the new builders would take the number of North Koreans sent to Russia since last \
autumn to [[around 21,000]].

## Lost and found

A blue cooler and a child’s snorkel were left at Governor’s Beach on Sunday. Call 946 2217.

## Hurricane season

The season began on June 1. The 2025 shelter list is posted at the post office, and the high \
school gym can take 300 people. Congratulations to the 38 graduates of the class of 2025.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "item heading 'Moscow says Pyongyang will send … more': Shoigu's Tuesday "
          "figure below (Tuesday to publication; 'more' as an increment, span without "
          "the word)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'said in Pyongyang on Tuesday' (Thursday sheet): 'a further' men to "
          "Kursk (increment, span without the words)", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "same statement: deminers, a part of the increment (a breakdown: not additional)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same statement: military builders (a breakdown: not additional)"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "the NIS 'A day earlier' (the day before Tuesday: Monday) told lawmakers: on guard "
          "along Russia's frontier with Ukraine"),
        C("thousands", None, "vague", "planned", "north_korea", "wed",
          "KCNA 'On Wednesday': young volunteers asking to join (planned)"),
        C("about 600", 600, "approx", "casualties", "ukraine", "fri",
          "HUR 'said last Friday' (the Friday before a Thursday): killed since October"),
        C("over 4,000", 4000, "at_least", "casualties", "ukraine", "fri",
          "same statement: wounded ('over' as at_least)"),
        C("around 21,000", 21000, "approx", "planned", "unattributed", "pub",
          "the sheet's own 'By our count … would take the number … to' (no source: unattributed, "
          "required; a total that counts builders still to go: planned)"),
    ),
)


W10 = Source(
    article_id="h113_10_hotel_bulletin_basseterre",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-09-11"),
    dated_by="sidecar",
    sidecar=(
        "St Kitts Hotel & Tourism Association – Members' Weekly Bulletin",
        "https://www.skhta.example/bulletin/2025-09-11",
        "Members' bulletin: airlift, occupancy, training and the week abroad",
    ),
    features="a hotel and tourism association's weekly members' bulletin from Basseterre (St "
        "Kitts) as plain text, UTF-16 LE with BOM, no date in the file (sidecar, Thursday); short "
        "unrelated items (airlift, occupancy, staff training, a calendar) and one world item; the "
        "item heading 'PARADE, PACTS AND … DEAD' `2,000` from the NIS figure below (last week to "
        "publication, hedge dropped); Putin at the Beijing parade 'on September 3', 'according to "
        "the Kremlin's own transcript', `hundreds` who gave their lives (russia, casualties); the "
        "NIS 'Last week' `about 2,000` dead and `some 5,000` builders moving into Russia; "
        "Ukraine's foreign minister 'on Monday' `11,000 to 12,000` in all (range); a senior US "
        "official 'quoted on Tuesday by a Washington newspaper' 'another' `3,000` (increment, "
        "planned); a retired South Korean diplomat 'estimated' at 'Tuesday's members' lunch' `as "
        "many as 30,000` by next summer (other, planned); seats, per cent, room rates, staff, "
        "fees, dates, a phone number",
    text="""\
ST KITTS HOTEL & TOURISM ASSOCIATION
Members' Weekly Bulletin

In this issue: airlift, occupancy, training, and the week abroad.

AIRLIFT
A second weekly flight from Toronto begins on November 8 and adds about 1,300 seats a month for \
the winter season. The association thanks the ministry and the airport authority for their work on \
the route.

OCCUPANCY
Member properties reported average occupancy of 71 per cent in August, up from 64 per cent a year \
earlier. The average daily room rate rose to US$318.

TRAINING
Twenty-two front-desk staff completed the guest-service course on Friday. The next course begins \
on October 6; the fee is EC$150 per participant.

THE WEEK ABROAD: PARADE, PACTS AND [[2,000]] DEAD
Members with Asian tour groups have asked about the news from Beijing and Korea, so here is a \
short summary. At the military parade in Beijing on September 3, Russian President Vladimir Putin \
thanked Kim Jong Un for his soldiers and, according to the Kremlin’s own transcript, said \
[[hundreds]] of them had “given their lives” to free the Kursk region. Last week South Korea’s spy \
agency told lawmakers that [[about 2,000]] North Koreans had died in Russia so far, and that \
[[some 5,000]] military builders had been moving into Russia since early summer. Ukraine’s foreign \
minister said on Monday that Pyongyang had now provided [[11,000 to 12,000]] troops in all. A \
senior US official, quoted on Tuesday by a Washington newspaper, said another [[3,000]] could be \
sent before the winter.

GUEST SPEAKER
At Tuesday’s members’ lunch, a retired South Korean diplomat travelling on one of this week’s \
cruise calls, Choi Byung-ho, spoke about tourism from Asia and took questions on the war. He \
estimated that [[as many as 30,000]] North Koreans could be in Russia by next summer. “Pyongyang \
has found a paying customer for its army,” he said.

CALENDAR
- Board meeting: Thursday, September 25, 10 a.m., at the secretariat
- Music festival dates for 2026: June 25 to 27
- Secretariat: +1 869 465 5304
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "lastweek..pub",
          "upper-case item heading 'PARADE, PACTS AND … DEAD': the NIS figure below (last week "
          "to publication, hedge dropped)"),
        C("hundreds", None, "vague", "casualties", "russia", "2025-09-03",
          "Putin at the Beijing parade 'on September 3', 'according to the Kremlin's own "
          "transcript': soldiers who 'had given their lives'"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'Last week' told lawmakers: died in Russia"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "lastweek",
          "same briefing: military builders moving into Russia since early summer"),
        C("11,000 to 12,000", None, "range", "in_russia", "ukraine", "mon",
          "Ukraine's foreign minister 'said on Monday' (Thursday bulletin): provided in all (a "
          "total, not an increment)"),
        C("3,000", 3000, "exact", "planned", "united_states", "tue",
          "'A senior US official, quoted on Tuesday by a Washington newspaper' (a "
          "paper quoting him: his claim): 'another' could be sent (increment, span "
          "without the word)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "tue",
          "a retired South Korean diplomat speaking for himself at 'Tuesday's members' lunch', "
          "'He estimated': in Russia by next summer ('as many as' as at_most)"),
    ),
)


W11 = Source(
    article_id="h113_11_lane_lines_salmiya_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Salmiya Thursday Night Tenpin League – Lane Lines",
        "https://www.salmiya-tenpin.example/lane-lines/week-9",
        "A 279, a broken ball return and news from Paju",
    ),
    features="a tenpin bowling league's page from Salmiya (Kuwait) in HTML, windows-1252 with "
        "CRLF (curly quotes and `·` raw), no meta date (sidecar, Sunday), a one-button cookie "
        "note, navigation, a script, a footer with a phone number; `<title>` and headline without "
        "a figure; scores first; the NIS 'On November 4' `about 10,000` dug in at the border, "
        "`roughly 5,000` builders moving into Kursk (near the front) and `some 2,000` killed; "
        "KCNA 'last week' `hundreds` decorated posthumously (north_korea, casualties); a deputy "
        "defence minister in Moscow 'on Monday' `about 1,000` sappers near Kursk; 'In a briefing "
        "on Wednesday, a NATO intelligence official, who asked not to be named' `between 3,000 "
        "and 4,000` killed or wounded (range); the US forces commander in Korea 'last month' "
        "`upwards of 15,000` ('upwards of' as at_least); an engineer relaying his brother, an "
        "army captain, who 'expects' and 'thinks' another `10,000` next year (increment, other, "
        "`pub`); a South Korean division's strength (another army: not a claim), scores, lanes, "
        "teams, years, ages, dinars, kilometres, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Lane Lines – Salmiya Thursday Night Tenpin League</title>
<script>var league={season:"2025-26",week:9,lanes:16};</script>
</head>
<body>
<div class="cookie-note">This page keeps one cookie with your team name so the standings open at \
the right row. <button>Fine</button></div>
<nav>Standings · High Games · Rules · Lane Lines · Contact</nav>
<article>
<h1>A 279, a broken ball return and news from Paju</h1>
<p>Week nine brought the best game of the season so far: Kim Sung-woo of the Refinery Rollers \
opened with nine straight strikes and finished on 279. The ball return on lane 7 broke again on \
Thursday; the centre says the part is on its way. Twenty-four teams are entered this season, the \
most since the league began in 2011.</p>
<p>Sung-woo, 38, is a process engineer from Ulsan working on the new units at the refinery in \
Ahmadi. His younger brother is an army captain near Paju, a few kilometres from the border with \
the North, in a division of about 12,000 soldiers, and the two brothers talk every Friday.</p>
<h2>“They keep the numbers coming”</h2>
<p>Between frames Sung-woo read out the latest from home on his phone. On November 4, \
South Korea’s spy agency told the parliamentary intelligence committee that [[about 10,000]] \
North Korean troops were dug in on Russia’s side of the border with Ukraine, that \
[[roughly 5,000]] military builders were moving into the Kursk area and that [[some 2,000]] \
had been killed. KCNA reported \
last week that Kim had posthumously decorated [[hundreds]] of soldiers “who fell in the liberation \
of Kursk”. A deputy defence minister in Moscow told reporters on Monday that [[about 1,000]] of \
Pyongyang’s sappers were still sweeping fields and roads south of Kursk. In a briefing on \
Wednesday, a NATO intelligence official, who asked not to be named, said [[between 3,000 and \
4,000]] North Koreans had been killed or wounded since the summer. The commander of US forces in \
Korea told a forum in Seoul last month that [[upwards of 15,000]] had rotated through Russia since \
2024.</p>
<p>Sung-woo’s brother expects it to go on. “He thinks Pyongyang will send another [[10,000]] next \
year,” Sung-woo said, and picked up his spare.</p>
<p>League fees stay at KD 2.500 a game, and the season runs until March 26. Bowlers who reach a \
200 average move up to the scratch division.</p>
</article>
<footer>Salmiya Thursday Night Tenpin League · League secretary +965 2575 3190</footer>
<script src="/js/standings.js"></script>
</body>
</html>
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'On November 4' told a parliamentary intelligence committee: dug in on "
          "Russia's side of the border with Ukraine"),
        C("roughly 5,000", 5000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing: military builders moving into the Kursk area (near the front)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "same briefing: killed"),
        C("hundreds", None, "vague", "casualties", "north_korea", "lastweek",
          "KCNA 'reported last week': soldiers decorated posthumously ('who fell')"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "mon",
          "'A deputy defence minister in Moscow told reporters on Monday' (Sunday page: the "
          "Monday before): sappers still sweeping fields and roads south of Kursk"),
        C("between 3,000 and 4,000", None, "range", "casualties", "nato", "wed",
          "'In a briefing on Wednesday, a NATO intelligence official, who asked not to be "
          "named': killed or wounded since the summer"),
        C("upwards of 15,000", 15000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "the commander of US forces in Korea 'last month' (October): rotated through Russia "
          "('upwards of' as at_least)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "an engineer relaying his brother, an army captain ('He thinks', the speaker "
          "quoted: other), 'Sung-woo said' undated: 'another' next year (increment, "
          "span without the word); the brother's division of about 12,000 is not a "
          "claim", add=True),
    ),
)


W12 = Source(
    article_id="h113_12_kite_notes_el_gouna_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-07-26"),
    dated_by="front_matter",
    features="a kitesurfing school's newsletter from El Gouna on the Red Sea (Egypt) in Markdown, "
        "ISO-8859-1 with straight quotes, front matter with `date:` (Saturday), a school key and "
        "a title without a figure; wind in knots as a range (`between 18 and 25`: not a claim); "
        "an instructor from Odesa relaying his brother, a drone pilot, 'By his count' `a couple "
        "of thousand` on his stretch of the border (vague, other, `pub`); HUR 'early this month' "
        "(days 1-10) `up to 30,000` more (increment, planned); the NIS 'last week' `about 11,000` "
        "and `some 4,700` casualties; the Russian army newspaper 'On Monday' `more than 1,000` "
        "deminers in Kursk (russia); the EU's foreign policy chief 'on Tuesday' `thousands` more "
        "being trained (the EU: other, increment, planned); the school's owner 'reckons' it 'will "
        "pass' `25,000` by New Year ('pass' as at_least, other, `pub`); knots, days, degrees, "
        "lessons, kites, ages, years, euros, a phone number",
    text="""\
---
title: "Kite Notes from the lagoon"
date: 2025-07-26
school: Lagoon Kite Station, El Gouna
season: summer 2025
---

# Kite Notes

*Summer wind, full classes and a message from the Sumy border.*

## On the water

July has been a kiter's month. The wind blew between 18 and 25 knots on 22 of the first 25 days, \
the lagoon is at 29 degrees, and we gave 140 beginner lessons. The foil camp in August is sold \
out; the waiting list is at the café counter.

## Yaroslav's brother

Our senior instructor Yaroslav Bondar, 35, came to El Gouna from Odesa in 2019 and never left. His \
brother Ihor flies reconnaissance drones for a Ukrainian brigade on the Sumy border, across from \
Russia's Kursk region, and sends Yaroslav a message after every night shift.

"By his count there are [[a couple of thousand]] North Koreans on his stretch of the border now," \
Yaroslav said, rinsing kites on the beach. "He sees them dig, every night a bit closer."

The official numbers keep climbing. Ukraine's military intelligence warned early this month that \
Pyongyang could send [[up to 30,000]] more troops before the end of the year. South Korea's spy \
agency told lawmakers last week that [[about 11,000]] were still in Russia and put the North's \
casualties at [[some 4,700]]. On Monday the Russian army newspaper Krasnaya Zvezda reported that \
[[more than 1,000]] deminers sent by Pyongyang were at work in the fields around Kursk. The EU's \
foreign policy chief said in Brussels on Tuesday that [[thousands]] more were being trained to \
follow them.

Heike Brandt, who has run the station since 2008, reckons the total sent will pass [[25,000]] by \
New Year. "The wind here is honest," she said. "The numbers from that war are not."

## Notes

- Private lessons are EUR 75 an hour; the six-hour beginner course is EUR 390.
- The station is open daily from 9 a.m. until sunset.
- We have 40 kites to rent, from 7 to 14 square metres.
- WhatsApp: +20 100 455 7812
""",
    claims=(
        C("a couple of thousand", None, "vague", "near_front", "other", "pub",
          "an instructor relaying his brother, a drone pilot ('By his count', the speaker "
          "quoted: other), 'Yaroslav said' undated: on his stretch of the Sumy border"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR 'warned early this month' (days 1-10): 'more' before the end of the "
          "year (increment, span without the word)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'told lawmakers last week': still in Russia"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "lastweek",
          "same briefing, 'put the North's casualties at'"),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "mon",
          "the Russian army newspaper Krasnaya Zvezda 'On Monday' (the defence ministry's paper: "
          "russia; Saturday newsletter): deminers at work in the fields around Kursk"),
        C("thousands", None, "vague", "planned", "other", "tue",
          "the EU's foreign policy chief 'said in Brussels on Tuesday' (the EU, not "
          "NATO: other): 'more' being trained to follow (increment, span without the "
          "word)", add=True),
        C("25,000", 25000, "at_least", "planned", "other", "pub",
          "the school's owner 'reckons' (undated): the total sent 'will pass' it by New Year "
          "('pass' as at_least; a forecast: planned)"),
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
