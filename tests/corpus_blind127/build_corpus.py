"""Build the HUNDRED-AND-TWENTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-twenty-ninth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
beach-chair rental's customer letter from Langeoog with a Ukrainian student from Kherson who
carries the chairs, a holiday-flat agency's guest letter from Spiekeroog with its housekeeper
from Chernihiv, the newsletter of the friends of a Juppe workshop in Riefensberg (Bregenz Forest,
Austrian conventions) with a Korean textile researcher from Daegu, a Vorsäß community's bulletin
from Schoppernau (Austrian conventions) with a retired Austrian colonel, a boarding school's
letter to parents from Ftan in the Lower Engadine (Swiss conventions) with a Korean teacher and a
pupil from Sumy, a sgraffito workshop's customer letter from Guarda (Swiss conventions) with an
icon restorer from Lviv; an agency-style wire report from Kota Kinabalu on Sabah loggers back
from the Russian Far East, a tea garden's notes from Ranau (Sabah) with a green-tea buyer from
Boseong, a sheep station's letter to the family from Pitt Island (Chatham Islands) with a Korean
working-holiday hand, a petrel trust's field diary from the Chatham Islands with a volunteer
from Sumy, an Irish moss co-operative's page from Miminegash (Prince Edward Island) with a
seaweed scientist from Mokpo, and a readers' letters page from a Montague weekly (Prince Edward
Island) with letters quoting relatives. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind127_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (East Frisian islands, Bregenz Forest, Lower Engadine)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="e127_01_korbbrief_langeoog",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-05-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Strandkorbvermietung Hanken, Langeoog",
        "https://www.strandkorb-hanken-langeoog.example/kundenbrief/mai-2025",
        "Die Körbe stehen wieder",
    ),
    features="a beach-chair rental's customer letter from Langeoog (East Frisian islands) as plain "
        "text, windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Tuesday); the "
        "season's chairs first; a Ukrainian student from Kherson who carries the chairs, relaying "
        "his cousin on the Sumy border `Hunderte` in fresh positions (other, Konjunktiv, `pub`); "
        "Moscow, Pyongyang and KCNA without a figure; the NIS 'teilte … am 30. April mit' `etwa "
        "14.000` sent with `rund 4.700` dead or wounded and 'unter ihnen' `etwa 600` fallen (two "
        "breakdowns); 'Nach Einschätzung des Pentagons, die ein Sprecher am Freitag … wiederholte' "
        "'weitere' `2.000 bis 3.000` (range increment, planned); Zelensky 'am Sonntag' `mehrere "
        "tausend` gunners and drone pilots at the border (near the front); the student 'geht davon "
        "aus' `20.000` by the end of the year (other, planned, `pub`); chairs, rents in euros, "
        "ages, kilometres, chair-days, opening hours, a phone number",
    text="""\
Strandkorbvermietung Hanken – Langeoog
Kundenbrief im Mai 2025

Die Körbe stehen wieder

Liebe Stammgäste,

seit dem Wochenende vor Ostern stehen unsere Körbe wieder am Hauptstrand und draußen am \
Ostende. 410 Stück haben wir aus der Winterhalle geholt, 36 davon mit neuem Bezug in Dünengrau. \
Die Sturmflut im März hat zwei Strandaufgänge verschüttet; die Inselgemeinde hat sie mit dem \
Radlader wieder freigelegt. Der Korb kostet weiterhin 14 Euro am Tag und 75 Euro die Woche.

Neu in unserer Mannschaft ist Wiktor Bondar, 22, aus Cherson. Er studiert in Oldenburg \
Meerestechnik und schleppt bei uns Körbe, bis im Herbst die Vorlesungen beginnen. Sein Cousin \
Roman ist Aufklärer in einer Brigade im Gebiet Sumy, keine 20 Kilometer von der russischen \
Grenze entfernt.

In der Mittagspause erzählt Wiktor, was Roman am Telefon berichtet. Drüben, auf der russischen \
Seite, lägen jetzt [[Hunderte]] Nordkoreaner in frisch ausgehobenen Stellungen; nachts höre man \
sie schaufeln. „Roman sagt, sie sind jung und haben keine Angst, und genau das macht ihm \
Sorgen“, sagt Wiktor.

Was die Regierungen sagen

Ende April haben Moskau und Pjöngjang erstmals zugegeben, dass nordkoreanische Soldaten bei \
Kursk gekämpft haben. Eine Zahl nannten dabei weder der russische Generalstab noch die \
Staatsagentur KCNA. Der südkoreanische Geheimdienst NIS teilte den Abgeordneten in Seoul am \
30. April mit, von den [[etwa 14.000]] Entsandten seien [[rund 4.700]] tot oder verwundet, \
unter ihnen [[etwa 600]] Gefallene.

Nach Einschätzung des Pentagons, die ein Sprecher am Freitag in Washington wiederholte, könnten \
bis zum Sommer weitere [[2.000 bis 3.000]] Soldaten folgen. Präsident Selenskyj sagte am \
Sonntag, an der Grenze zum Gebiet Sumy seien [[mehrere tausend]] Nordkoreaner als Artilleristen \
und Drohnenpiloten im Einsatz.

Wiktor selbst geht davon aus, dass bis zum Jahresende [[20.000]] Nordkoreaner an dieser Front \
stehen werden. Im September fährt er für zwei Wochen nach Hause. Einen Korb in der ersten Reihe \
hält er für Roman frei, „falls der Krieg vorher aufhört“.

Kurz notiert
– Die Korbausgabe am Hauptbad ist täglich von 9 bis 18 Uhr besetzt.
– Im vergangenen Sommer haben wir 61.300 Korbtage vermietet, so viele wie nie.
– Reservierungen für Juli und August: 04972 91 40 77
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "a student relaying his cousin, a scout on the Sumy border ('erzählt Wiktor, was Roman "
          "am Telefon berichtet', Konjunktiv, no day; the speaker quoted: other): in fresh "
          "positions on the Russian side"),
        C("etwa 14.000", 14000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'teilte den Abgeordneten … am 30. April mit', Konjunktiv: all sent"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same statement, 'von den … Entsandten' (a breakdown): dead or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same statement, 'unter ihnen' (a breakdown of the breakdown): fallen"),
        C("2.000 bis 3.000", None, "range", "planned", "united_states", "fri",
          "'Nach Einschätzung des Pentagons, die ein Sprecher am Freitag … wiederholte' "
          "(9 May): 'weitere' could follow by summer (range increment, span without the word, "
          "planned)", add=True),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag' (11 May), Konjunktiv: gunners and drone pilots at the "
          "border of the Sumy region"),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "the student 'geht davon aus' (undated): at this front by the end of the year (a "
          "forecast: planned)"),
    ),
)

S02 = Source(
    article_id="e127_02_gaestebrief_spiekeroog_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-21"),
    dated_by="front_matter",
    features="a holiday-flat agency's guest letter from Spiekeroog (East Frisian islands) in "
        "Markdown, UTF-8, front matter with `date:` (Thursday) and a title without a figure; the "
        "quiet season first; its housekeeper from Chernihiv relaying her son, an infantryman in "
        "Kursk, whose call came 'Am Sonntag' and which she retold 'am Montag' `an die zweitausend` "
        "opposite his position (number word, approx, other, Sunday to Monday); Blinken 'vergangene "
        "Woche in Brüssel' `mehr als 10.000` in Kursk joining the fighting; 'Dem … NIS zufolge' "
        "'insgesamt' `etwa 11.000` in Russia (`pub`); 'Laut dem … Militärgeheimdienst' `einige "
        "hundert` 'weitere' each week (vague increment, `pub`); 'Nach Angaben aus Kiew' `Dutzende` "
        "fallen; Zelensky 'am Dienstag' `bis zu 100.000` ('aufstocken auf': a new total, planned, "
        "no increment); the housekeeper's own `Zehntausende` in a quote (other, planned, `pub`); "
        "flats, ferries, prices, inhabitants, euros, office hours, a phone number",
    text="""\
---
title: "Gästebrief November: Stille Zeit auf Spiekeroog"
date: 2024-11-21
absender: Inselvermittlung Spiekeroog
---

# Stille Zeit auf der Insel

Im November wird es leise bei uns. Von den 58 Ferienwohnungen, die wir vermitteln, sind in \
diesen Wochen gerade elf belegt, die Fähre kommt nur noch zweimal am Tag, und im Dorf bleiben \
abends viele Fenster dunkel. Wer jetzt anreist, hat den Weststrand für sich allein und die \
Teestube am Anleger auch.

## Halyna und ihr Sohn

Seit zwei Jahren leitet Halyna Moros bei uns die Hauswirtschaft. Sie stammt aus Tschernihiw und \
sorgt mit sieben Kolleginnen dafür, dass jede Wohnung beim Schlüsseltausch am Samstag glänzt. \
Ihr Sohn Dmytro, 26, ist Infanterist; seine Brigade hält seit August einen Abschnitt im \
russischen Gebiet Kursk.

Am Sonntag hat er nach langer Pause angerufen. Gegenüber seiner Stellung, erzählte Halyna am \
Montag beim Wäschefalten, seien Nordkoreaner eingerückt, [[an die zweitausend]] nach Schätzung \
seines Kompaniechefs. Sie trügen russische Uniformen und verständigten sich untereinander mit \
Handzeichen.

## Was man aus den Hauptstädten hört

Was Dmytro schildert, passt zu den Meldungen der letzten Tage. US-Außenminister Antony Blinken \
sagte vergangene Woche in Brüssel, [[mehr als 10.000]] Soldaten aus Nordkorea stünden \
inzwischen im Gebiet Kursk und hätten begonnen, sich an Kämpfen zu beteiligen. Dem \
südkoreanischen Geheimdienst NIS zufolge halten sich insgesamt [[etwa 11.000]] Nordkoreaner in \
Russland auf, unter ihnen Angehörige einer Sturmbrigade.

Laut dem ukrainischen Militärgeheimdienst kommen jede Woche [[einige hundert]] weitere hinzu. \
Nach Angaben aus Kiew sind bereits [[Dutzende]] von ihnen gefallen. Präsident Selenskyj warnte \
am Dienstag, Pjöngjang könne seine Truppe in Russland auf [[bis zu 100.000]] Mann aufstocken. \
Der Kreml schweigt zu alledem.

Halyna glaubt nicht, dass es bei diesen Zahlen bleibt. „Wenn Moskau zahlt, schicken sie \
[[Zehntausende]]“, sagt sie und legt das nächste Laken auf den Stapel.

## Für Ihre Planung

- Winterpreise: ab 62 Euro pro Nacht für zwei Personen, Endreinigung 45 Euro
- Silvester ist ausgebucht, für Ostern 2025 sind noch 14 Wohnungen frei.
- Die Insel hat im Winter rund 790 Einwohner; Arzt und Apotheke sind geöffnet.
- Büro im Dorf: montags bis freitags 9 bis 12 Uhr, Telefon 04976 70 18 23
""",
    claims=(
        C("an die zweitausend", 2000, "approx", "near_front", "other", "sun..mon",
          "a housekeeper relaying her son, an infantryman in Kursk, and his company commander's "
          "estimate (the speaker quoted: other), Konjunktiv; the call came 'Am Sonntag' (17 "
          "November) and she retold it 'am Montag' (18 November): opposite his position ('an "
          "die' as approx, number word)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "lastweek",
          "Blinken 'sagte vergangene Woche in Brüssel', Konjunktiv: in the Kursk region and "
          "joining the fighting"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'Dem südkoreanischen Geheimdienst NIS zufolge' (undated): 'insgesamt' in Russia (a "
          "total)"),
        C("einige hundert", None, "vague", "in_russia", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): 'weitere' arriving each week "
          "(increment after the figure)", add=True),
        C("Dutzende", None, "vague", "casualties", "ukraine", "pub",
          "'Nach Angaben aus Kiew' (undated): fallen"),
        C("bis zu 100.000", 100000, "at_most", "planned", "ukraine", "tue",
          "Zelensky 'warnte am Dienstag' (19 November): Pyongyang could raise its force 'auf' "
          "that many (a new total, not an increment; planned)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the housekeeper's own view in a quote ('sagt sie', undated): would be sent if Moscow "
          "pays (planned)"),
    ),
)

S03 = Source(
    article_id="e127_03_juppenbrief_riefensberg_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-26"),
    dated_by="html_meta",
    features="the newsletter of the friends of a Juppe workshop in Riefensberg (Bregenz Forest, "
        "Vorarlberg) in HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, "
        "`&ldquo;`, `&ndash;`), `<meta name=\"date\">` (Wednesday), Austrian conventions "
        "(`Jänner`, `Feber`, `heuer`), a cookie note about the photo gallery, a script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; the "
        "workshop's winter first; a Korean textile researcher from Daegu; the NIS 'Mitte Feber' "
        "`rund 11.000` sent with `an die 4.000` killed or wounded (a breakdown); the Pentagon "
        "'schon im Jänner' `mindestens 1.000` dead (the month); HUR 'Ihm zufolge' `mehrere "
        "hundert` back in the positions near Kursk (`pub`); Zelensky 'am Sonntag' `1.500` "
        "'nachgeschickt' (increment by the verb); 'Aus Nato-Kreisen hieß es am Montag' `bis zu "
        "3.000` expected to return to the front (planned); the researcher 'schätzt' `gut 12.000` "
        "and relays her brother, a major, `10.000` 'weitere' 'noch heuer' (increment, planned, "
        "other, `pub`); pleats, working hours, euros, years, a meeting date, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Rundschreiben Feber 2025 &ndash; Freundeskreis Juppenwerkstatt Riefensberg</title>
<meta name="date" content="2025-02-26">
<script>var fkj={seite:"rundschreiben",ausgabe:"2025-1",galerie:0};</script>
</head>
<body>
<div id="cookies">Ein einziges Cookie merkt sich, welches Foto der Bildergalerie Sie zuletzt \
angesehen haben. <a href="#" id="ja">In Ordnung</a></div>
<nav><a href="/">Startseite</a> &middot; <a href="/werkstatt">Die Werkstatt</a> &middot; <a \
href="/juppe">Die Juppe</a> &middot; <a href="/freundeskreis">Freundeskreis</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<main>
<h1>Ein Winter mit Frau Choi</h1>
<p>Liebe Freundinnen und Freunde der Juppe, der Jänner war kalt und die Werkstatt voll. Zwölf \
Juppen sind seit Neujahr gefärbt, geglänzt und gefältelt worden, jede mit ihren gut 500 Falten, \
und zwei Bräute aus dem Vorderwald haben ihre Hochzeitsjuppe schon abgeholt. Für eine neue Juppe \
rechnet man heuer mit rund 4.800 Euro und mehr als 80 Arbeitsstunden.</p>
<p>Seit Anfang Jänner arbeitet Dr. Choi Min-seo bei uns mit. Die Textilforscherin aus Daegu \
untersucht, wie das Leinen durch Leim und Druck seinen Glanz bekommt; zu Hause erforscht sie \
koreanische Seidenplissees. Ihr Bruder ist Major in einer Division nördlich von Seoul.</p>
<h2>Was Frau Choi aus Seoul hört</h2>
<p>In der Jausenpause reden wir oft über die Nachrichten. Der südkoreanische Geheimdienst NIS \
erklärte Mitte Feber, die nordkoreanischen Einheiten seien ab Mitte Jänner nicht mehr an der \
Front gesehen worden. Von den [[rund 11.000]] Entsandten seien [[an die 4.000]] getötet oder \
verwundet worden. Das Pentagon hatte schon im Jänner von [[mindestens 1.000]] Toten \
gesprochen.</p>
<p>Anders der ukrainische Militärgeheimdienst: Ihm zufolge sind [[mehrere hundert]] Nordkoreaner \
inzwischen wieder in den Stellungen bei Kursk. Präsident Selenskyj sagte am Sonntag, Pjöngjang \
habe nach den Verlusten [[1.500]] Mann nachgeschickt. Aus Nato-Kreisen hieß es am Montag, man \
rechne mit der Rückkehr von [[bis zu 3.000]] Soldaten an die Front.</p>
<p>Frau Choi schätzt, dass bereits [[gut 12.000]] Nordkoreaner durch Russland gegangen sind. \
Ihr Bruder habe ihr geschrieben, im Stab rechne man damit, dass Kim noch heuer [[10.000]] \
weitere schickt. &bdquo;Für die Familien im Norden gibt es keine Zahl, nur einen leeren Platz \
am Tisch&ldquo;, sagt sie.</p>
<h2>Termine</h2>
<p>Die Jahreshauptversammlung des Freundeskreises ist am 21. März um 19.30 Uhr in der Werkstatt. \
Frau Choi erzählt dort von den Plisseemacherinnen in Korea, der Eintritt ist frei. Der \
Mitgliedsbeitrag bleibt bei 25 Euro.</p>
</main>
<footer>Freundeskreis Juppenwerkstatt Riefensberg &middot; 6943 Riefensberg &middot; Tel. 05513 \
84 06 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/galerie.js"></script>
</body>
</html>
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-11..2025-02-20",
          "the NIS 'erklärte Mitte Feber' (Austrian for February; days 11-20), Konjunktiv: all "
          "sent"),
        C("an die 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-11..2025-02-20",
          "same statement, 'Von den … Entsandten' (a breakdown): killed or wounded ('an die' as "
          "approx)"),
        C("mindestens 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-01-01..2025-01-31",
          "the Pentagon 'hatte schon im Jänner … gesprochen' (the month): dead"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "pub",
          "HUR, 'Ihm zufolge' (pronoun, undated): back in the positions near Kursk"),
        C("1.500", 1500, "exact", "in_russia", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag' (23 February), Konjunktiv: 'nachgeschickt' after the "
          "losses (sent on top: increment by the verb)", add=True),
        C("bis zu 3.000", 3000, "at_most", "planned", "nato", "mon",
          "'Aus Nato-Kreisen hieß es am Montag' (24 February): expected to return to the front "
          "(an expectation: planned)"),
        C("gut 12.000", 12000, "at_least", "in_russia", "other", "pub",
          "a Korean textile researcher 'schätzt' (undated): passed through Russia ('gut' as "
          "at_least)"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "her brother, a major, relayed ('habe ihr geschrieben', no day; the speaker quoted: "
          "other), 'noch heuer … weitere' (increment after the figure, planned)", add=True),
    ),
)

S04 = Source(
    article_id="e127_04_vorsaessbrief_schoppernau",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-24"),
    dated_by="dateline",
    features="a Vorsäß community's bulletin from Schoppernau (Bregenz Forest) as plain text, "
        "UTF-16 LE with BOM, dated by the place line 'Schoppernau, 24. Jänner 2025' (Friday), "
        "Austrian conventions (`Jänner`, `Feber`, `heuer`, `Buben`); snow and huts first; a "
        "retired Austrian colonel and former UN observer who 'schätzte an diesem Abend' of the New "
        "Year meeting 'am 6. Jänner' `mindestens 12.000` (other, an ISO date); the NIS 'bezifferte "
        "… am 13. Jänner' `rund 300` dead and `2.700` wounded; Zelensky 'tags zuvor' (12 January) "
        "`zwei` prisoners (number word, casualties); 'Laut dem Weißen Haus' `Tausende` still "
        "fighting (`pub`); 'Aus dem Nato-Hauptquartier hieß es vergangene Woche' `mehreren "
        "tausend` 'zusätzlichen' in spring (vague increment, planned); snow depth, huts, euros, a "
        "meeting date, a phone number",
    text="""\
VORSÄSSGEMEINSCHAFT HOPFREBEN
Mitteilungen an die Mitglieder

Schoppernau, 24. Jänner 2025

Liebe Mitglieder,

heuer hat der Winter spät angefangen, dafür gründlich: Beim Vorsäß liegen 1,4 Meter Schnee, und \
seit Weihnachten kommt man nur mit Tourenski hinauf. Alle elf Hütten sind winterfest. Das neue \
Schindeldach der Sennhütte hat 9.300 Euro gekostet, 2.000 Euro davon hat die Gemeinde \
übernommen.

Beim Neujahrstreffen am 6. Jänner hat uns Anton Fink, Oberst des Bundesheeres in Ruhe, vom Krieg \
in der Ukraine erzählt. Fink war zwei Jahre Militärbeobachter der Vereinten Nationen und \
verfolgt die Lage jeden Tag. Er schätzte an diesem Abend, dass inzwischen [[mindestens 12.000]] \
Nordkoreaner in Russland stehen.

Die Zahlen der Regierungen liegen nicht weit davon. Der südkoreanische Geheimdienst bezifferte \
die Verluste der Nordkoreaner am 13. Jänner auf [[rund 300]] Tote und [[2.700]] Verwundete. \
Präsident Selenskyj hatte tags zuvor gemeldet, ukrainische Soldaten hätten [[zwei]] \
Nordkoreaner gefangen genommen. Laut dem Weißen Haus kämpfen im Gebiet Kursk weiterhin \
[[Tausende]]. Aus dem Nato-Hauptquartier hieß es vergangene Woche, man rechne im Frühjahr mit \
[[mehreren tausend]] zusätzlichen Soldaten aus dem Norden.

„Die Buben werden verheizt, und daheim erfährt keiner davon“, sagte Fink. Im Saal war es danach \
lange still.

Termine und Hinweise
- Die Vollversammlung ist am 14. Feber um 20 Uhr im Gasthof.
- Das Holz für den Sommer wird im März geschlagen; Helfer melden sich beim Obmann.
- Obmann Kaspar Moosbrugger, Telefon 05515 22 91
""",
    claims=(
        C("mindestens 12.000", 12000, "at_least", "in_russia", "other", "2025-01-06",
          "a retired Austrian colonel 'schätzte an diesem Abend' of the New Year meeting 'am 6. "
          "Jänner' (an explicit date; an Austrian officer speaking for himself: other): in Russia"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'bezifferte … am 13. Jänner': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-12",
          "Zelensky 'hatte tags zuvor gemeldet' (the day before 13 January), Konjunktiv: taken "
          "prisoner (captured: casualties; number word)"),
        C("Tausende", None, "vague", "near_front", "united_states", "pub",
          "'Laut dem Weißen Haus' (undated): still fighting in the Kursk region"),
        C("mehreren tausend", None, "vague", "planned", "nato", "lastweek",
          "'Aus dem Nato-Hauptquartier hieß es vergangene Woche': 'zusätzlichen' expected in "
          "spring (increment, span without the word, planned)", add=True),
    ),
)

S05 = Source(
    article_id="e127_05_elternbrief_ftan_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-18"),
    dated_by="sidecar",
    sidecar=(
        "Alpines Lyceum Ftan – Elternbrief",
        "https://www.lyceum-ftan.example/eltern/elternbrief-herbst-2025",
        "Elternbrief zum Schulbeginn",
    ),
    features="a boarding school's letter to parents from Ftan in the Lower Engadine in Markdown, "
        "UTF-8 with BOM, front matter without a date (sidecar, Thursday) and a title without a "
        "figure, Swiss conventions (`ss`, «», `1'650`, `11'000`, `15'000 bis 16'000`, `38'500`, "
        "4-digit `2000`/`6000`); the school year first; a history class collecting figures with a "
        "Korean teacher; the NIS 'Anfang September' `etwa 2000` fallen and `6000` 'weitere' "
        "builders and deminers (increment, planned); 'Dem … Militärgeheimdienst zufolge' `rund "
        "11'000` in Kursk (`pub`); the Russian agency Tass itself 'meldete am Montag' `mehrere "
        "tausend` builders arrived in Kursk (russia, near the front); the Swiss Federal "
        "Intelligence Service's report 'am Dienstag' `15'000 bis 16'000` (a third government: "
        "other, range); a pupil's mother, a surgeon in Sumy, writing 'am Wochenende' `Hunderten` "
        "of gunners across the border (other, Saturday to Sunday); the teacher 'erwartet' "
        "«`zwanzigtausend`» by the end of the year (number word, planned, other, `pub`); pupils, "
        "countries, altitude, holidays, fees in francs, a phone number",
    text="""\
---
title: "Elternbrief zum Schulbeginn"
schule: Alpines Lyceum Ftan
ausgabe: Herbst 2025
---

# Elternbrief zum Schulbeginn

Liebe Eltern

Seit drei Wochen ist das Haus wieder voll. 142 Schülerinnen und Schüler aus 19 Ländern haben das \
neue Schuljahr begonnen, 88 von ihnen wohnen im Internat. Die neue Turnhalle ist rechtzeitig \
fertig geworden, und auf 1'650 Metern über Meer hat es in der ersten Schulwoche bereits \
geschneit.

## Aus dem Unterricht

Im Fach «Welt heute» hat die Klasse 11 bei Herrn Yoon Ji-hoon Meldungen über die \
nordkoreanischen Soldaten in Russland gesammelt. Herr Yoon unterrichtet bei uns Mathematik und \
Geschichte; seinen Militärdienst hat er in Südkorea an der Grenze zum Norden geleistet.

Die Klasse hat festgehalten: Der südkoreanische Nachrichtendienst NIS teilte Anfang September \
mit, [[etwa 2000]] nordkoreanische Soldaten seien gefallen, und Pjöngjang wolle [[6000]] weitere \
Bausoldaten und Minenräumer schicken. Dem ukrainischen Militärgeheimdienst zufolge stehen \
derzeit [[rund 11'000]] Nordkoreaner im Gebiet Kursk. Die russische Agentur Tass meldete am \
Montag, [[mehrere tausend]] nordkoreanische Bauarbeiter seien in Kursk eingetroffen. Und der \
Nachrichtendienst des Bundes schätzt in seinem Lagebericht, den er am Dienstag in Bern \
vorstellte, dass seit Herbst 2024 [[15'000 bis 16'000]] Nordkoreaner nach Russland verlegt \
wurden.

Für Sofiia aus Sumy, die seit zwei Jahren bei uns lernt, sind das keine abstrakten Zahlen. Ihre \
Mutter ist Chirurgin im Spital von Sumy. Verwundete Soldaten, so schrieb sie Sofiia am \
Wochenende, erzählten von [[Hunderten]] nordkoreanischen Artilleristen jenseits der Grenze.

Herr Yoon erwartet, dass bis Ende Jahr «[[zwanzigtausend]]» Nordkoreaner in Russland gedient \
haben werden. «Und im Norden wird niemand die Namen der Toten je lesen», sagte er zur Klasse.

## Termine

- Elternabend: Samstag, 4. Oktober, 10 Uhr, Aula
- Herbstferien: 11. bis 26. Oktober
- Das Internat kostet 38'500 Franken im Jahr; Stipendien gibt es auf Anfrage.
- Sekretariat: 081 864 03 27
""",
    claims=(
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'teilte Anfang September mit' (days 1-10), Konjunktiv: fallen"),
        C("6000", 6000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "same statement: 'weitere' builders and deminers Pyongyang wants to send (increment "
          "after the figure, planned)", add=True),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): in the Kursk region"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "mon",
          "the Russian state agency Tass itself 'meldete am Montag' (15 September; as KCNA for "
          "the North: russia), Konjunktiv: builders arrived in Kursk (near the front)"),
        C("15'000 bis 16'000", None, "range", "in_russia", "other", "tue",
          "the Swiss Federal Intelligence Service 'schätzt in seinem Lagebericht, den er am "
          "Dienstag … vorstellte' (16 September; a third government: other): moved to Russia "
          "since autumn 2024"),
        C("Hunderten", None, "vague", "near_front", "other", "sat..sun",
          "a pupil's mother, a surgeon in Sumy, relaying wounded soldiers in a message 'am "
          "Wochenende' (Saturday-Sunday; the speaker quoted: other): gunners across the border"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "the Korean teacher 'erwartet' (undated), in «»: will have served in Russia by the end "
          "of the year (a forecast: planned; number word)"),
    ),
)

S06 = Source(
    article_id="e127_06_sgraffitobrief_guarda_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-07-12"),
    dated_by="sidecar",
    sidecar=(
        "Atelier Clalüna – Sgraffito und Kalkputz, Guarda",
        "https://www.atelier-claluena-guarda.example/kundenbrief/sommer-2025",
        "Sommer an den Fassaden",
    ),
    features="a sgraffito workshop's customer letter from Guarda in the Lower Engadine in HTML, "
        "UTF-8, no meta date (sidecar, Saturday), Swiss conventions (`ss`, «», `15'000`, `25'000 "
        "bis 30'000`, `45'000`, 4-digit `4700`), a cookie note about the building-site map, a "
        "script, navigation, entities (`&ndash;`, `&amp;`, `&middot;`), a footer with a phone "
        "number; `<title>` and headline without a figure; the façades first; an icon restorer from "
        "Lviv relaying her husband, an artillery officer near Kharkiv, `einigen Dutzend` spotters "
        "(other, Konjunktiv, `pub`); Lavrov 'am Freitag in Wonsan' `Tausenden` who fought for "
        "Kursk (russia, near the front); the NIS 'am Mittwoch' `knapp 15'000` served and 'davon' "
        "`über 4700` killed or wounded (a breakdown); a State Department spokesman 'Anfang Juli' "
        "`mehreren tausend` builders and deminers on their way (in Russia); 'Nach Einschätzung des "
        "… Militärgeheimdienstes' `25'000 bis 30'000` 'zusätzliche' (range increment, planned, "
        "`pub`); the letter's own 'Rechnet man … zusammen, wären' `gegen 45'000` ('gegen' as "
        "approx; unattributed, planned, required); square metres, years, inhabitants, a course fee "
        "in francs, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Kundenbrief &ndash; Atelier Clalüna, Sgraffito und Kalkputz, Guarda</title>
<meta name="description" content="Neuigkeiten aus dem Atelier: Fassaden, Kalk und ein Gast aus \
Lwiw.">
<script>var atelier={seite:"kundenbrief",sprache:"de",karte:"aus"};</script>
</head>
<body>
<div class="cookie">Diese Seite merkt sich mit einem Cookie nur, ob Sie die Karte unserer \
Baustellen schon geöffnet haben. <button>Verstanden</button></div>
<nav><a href="/">Atelier</a> | <a href="/fassaden">Fassaden</a> | <a href="/kalk">Kalk &amp; \
Putz</a> | <a href="/kundenbrief">Kundenbrief</a> | <a href="/kontakt">Kontakt</a></nav>
<main>
<h1>Sommer an den Fassaden</h1>
<p>Liebe Kundinnen und Kunden, die Gerüste stehen. An drei Engadinerhäusern im Dorf kratzen wir \
diesen Sommer Ornamente in den frischen Putz, am grössten, einem Bauernhaus von 1637, auf 74 \
Quadratmetern. Der Kalk dafür hat zwei Jahre in unserer Grube gelagert. Guarda zählt gut 160 \
Einwohner, und im Juli kommen an manchen Tagen mehr Gäste ins Dorf, als es Bewohner hat.</p>
<p>Seit Mai arbeitet Iryna Hnatiuk bei uns, Ikonenrestauratorin aus Lwiw. Sie hat an der \
Kunstakademie ihrer Stadt unterrichtet und kennt Kalk und Pigment so gut wie wir. Ihr Mann Taras \
ist Artillerieoffizier in der Nähe von Charkiw.</p>
<h2>Nachrichten von Taras</h2>
<p>Jeden Abend schaut Iryna auf ihr Telefon. Taras schreibe, an seinem Abschnitt höre man \
inzwischen den Funk von [[einigen Dutzend]] nordkoreanischen Beobachtern, die das Feuer der \
Russen lenkten, erzählt sie oben auf dem Gerüst.</p>
<p>Die Meldungen aus den Hauptstädten klingen grösser. Der russische Aussenminister Sergej \
Lawrow dankte am Freitag in Wonsan den [[Tausenden]] nordkoreanischen Soldaten, die bei der \
«Befreiung» von Kursk gekämpft hätten. Der südkoreanische Nachrichtendienst NIS hatte am \
Mittwoch erklärt, seit dem Herbst hätten [[knapp 15'000]] Nordkoreaner in Russland gedient, \
[[über 4700]] davon seien getötet oder verwundet worden. Ein Sprecher des US-Aussenministeriums \
sprach Anfang Juli von [[mehreren tausend]] Bauarbeitern und Minenräumern, die bereits unterwegs \
seien. Nach Einschätzung des ukrainischen Militärgeheimdienstes könnte Kim in den kommenden \
Monaten noch [[25'000 bis 30'000]] zusätzliche Männer über die Grenze schicken.</p>
<p>Rechnet man die Angaben aus Seoul und Kiew zusammen, wären bis Ende Jahr [[gegen 45'000]] \
Nordkoreaner in Russland gewesen. Iryna zuckt mit den Schultern. «Zahlen kann man nicht \
übermalen», sagt sie und greift wieder zum Kratzeisen.</p>
<h2>Aus dem Atelier</h2>
<p>Unser Sgraffito-Kurs für Laien findet vom 18. bis 22. August statt und kostet 640 Franken \
inklusive Material. Baustellenbesuche gibt es jeweils am Donnerstag um 17 Uhr, Treffpunkt beim \
Dorfbrunnen.</p>
</main>
<footer>Atelier Clalüna &middot; Sgraffito und Kalkputz &middot; 7545 Guarda &middot; Telefon \
081 862 21 48 &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/baustellenkarte.js"></script>
</body>
</html>
""",
    claims=(
        C("einigen Dutzend", None, "vague", "near_front", "other", "pub",
          "an icon restorer relaying her husband, an artillery officer near Kharkiv ('Taras "
          "schreibe', Konjunktiv, 'erzählt sie', no day; the speaker quoted: other): spotters "
          "directing fire on his sector"),
        C("Tausenden", None, "vague", "near_front", "russia", "fri",
          "Lavrov 'dankte am Freitag in Wonsan' (11 July): those who fought for Kursk (combat: "
          "near the front)"),
        C("knapp 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'hatte am Mittwoch erklärt' (9 July), Konjunktiv: served in Russia since the "
          "autumn ('knapp' as approx)"),
        C("über 4700", 4700, "at_least", "casualties", "south_korea", "wed",
          "same statement, 'davon' (a breakdown): killed or wounded"),
        C("mehreren tausend", None, "vague", "in_russia", "united_states",
          "2025-07-01..2025-07-10",
          "a State Department spokesman 'sprach Anfang Juli von' (days 1-10): builders and "
          "deminers already on their way (sent: in_russia)"),
        C("25'000 bis 30'000", None, "range", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): 'zusätzliche' "
          "Kim could send (range increment, span without the word, planned)", add=True),
        C("gegen 45'000", 45000, "approx", "planned", "unattributed", "pub",
          "the letter's own sum, 'Rechnet man die Angaben … zusammen, wären' (no source: "
          "unattributed, required; a projection: planned; 'gegen' as approx)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Sabah, Chatham Islands, Prince Edward Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="e127_07_borneo_wire_kota_kinabalu",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-11"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Kota Kinabalu (Sabah) as plain text, UTF-8 with "
        "CRLF, slug line and dateline 'KOTA KINABALU, Malaysia, December 11, 2024 (Borneo "
        "Newswire) -' (Wednesday), straight quotes; the headline's `11,000` from the Pentagon "
        "passage of Monday (Monday to publication, hedge dropped); Sabah loggers back from a "
        "concession near Khabarovsk: a chainsaw operator 'By his estimate' `about 3,000` through a "
        "rail yard ('he said on Tuesday': other) and a crane driver relaying a Russian dispatcher "
        "`more than ten thousand` gone west (number words, other, `pub`); the Pentagon 'on Monday' "
        "`around 11,000` in Kursk and fighting; a NATO official 'briefing reporters in Brussels on "
        "3 December, put the number … at' `no fewer than 10,000` ('no fewer than' as at_least); "
        "HUR 'in a briefing on 5 December' `dozens` killed; the NIS 'Last week … informed "
        "lawmakers' of a second contingent 'which it expects to number' `several thousand` (vague "
        "increment, planned); the Kremlin and Malaysia's foreign ministry without a figure; "
        "loggers, ages, ringgit, kilometres, a wire trailer with a phone number",
    text="""\
MALAYSIA-RUSSIA/LOGGERS (BORNEO NEWSWIRE)

Sabah loggers home from Russia's Far East describe North Korean troop trains as Washington puts \
[[11,000]] in Kursk

KOTA KINABALU, Malaysia, December 11, 2024 (Borneo Newswire) - Timber workers from Sabah who \
spent the autumn at a logging concession north of Khabarovsk say they watched train after train \
of North Korean soldiers roll west through the Russian Far East in October.

Jaimin Gansau, 34, a chainsaw operator from Tambunan, flew back to Kota Kinabalu last week with \
36 other Sabahans when the concession shut for the winter. By his estimate, [[about 3,000]] \
North Korean soldiers passed through the rail yard beside their camp in the last fortnight of \
October, most of them "thin boys in new uniforms", he said on Tuesday.

A second returnee, a crane driver who asked not to be named because he hopes to go back next \
season, said a Russian dispatcher at the yard had told him [[more than ten thousand]] had gone \
west by the start of November.

The men earned about 4,800 ringgit a month, roughly double a logger's wage in Sabah, at a site \
some 6,000 kilometres from home.

The Pentagon said on Monday that [[around 11,000]] of Pyongyang's soldiers were deployed in the \
Kursk region and had started fighting next to Russian units. A NATO official, briefing reporters \
in Brussels on 3 December, put the number on or near the front line at [[no fewer than \
10,000]]. Ukraine's military intelligence said in a briefing on 5 December that [[dozens]] of \
North Koreans had already been killed.

Last week South Korea's National Intelligence Service informed lawmakers that Pyongyang was \
readying a second contingent, which it expects to number [[several thousand]]. The Kremlin has so \
far declined to comment on the deployment.

Malaysia's foreign ministry said on Tuesday it knew of no Malaysian citizen serving in the \
Russian armed forces and urged workers abroad to register with the embassy in Moscow.

(Reporting by Rosnah Jikun; editing by Daniel Chin)
((newsdesk@borneonewswire.example; +60 88 231 407))
-- ends --
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'as Washington puts … in Kursk': the Pentagon passage of Monday below, hedge "
          "dropped (Monday to the Wednesday of publication)"),
        C("about 3,000", 3000, "approx", "in_russia", "other", "tue",
          "a returned logger 'By his estimate', 'he said on Tuesday' (10 December): through a "
          "rail yard in the Russian Far East (in Russia)"),
        C("more than ten thousand", 10000, "at_least", "in_russia", "other", "pub",
          "a second returnee relaying a Russian dispatcher ('had told him', no day; the speaker "
          "quoted: other): gone west by November (number words)"),
        C("around 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'said on Monday' (9 December): in the Kursk region and fighting"),
        C("no fewer than 10,000", 10000, "at_least", "near_front", "nato", "2024-12-03",
          "'A NATO official, briefing reporters in Brussels on 3 December, put the number … at' "
          "('no fewer than' as at_least): on or near the front line"),
        C("dozens", None, "vague", "casualties", "ukraine", "2024-12-05",
          "HUR 'said in a briefing on 5 December': killed"),
        C("several thousand", None, "vague", "planned", "south_korea", "lastweek",
          "the NIS 'Last week … informed lawmakers', 'a second contingent, which it expects to "
          "number' "
          "(pronoun; increment, planned)", add=True),
    ),
)

S08 = Source(
    article_id="e127_08_garden_notes_ranau_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-06-25"),
    dated_by="front_matter",
    features="a tea garden's notes from Ranau (Sabah) in Markdown, UTF-16 LE with BOM, front "
        "matter with `date:` (Wednesday) and a title without a figure; the June flush first; a "
        "green-tea buyer from Boseong whose son served on the border; Shoigu 'promised in "
        "Pyongyang last week' `6,000` sappers and builders (russia, planned); 'Seoul's spy agency "
        "told lawmakers on Tuesday' `around 1,000` of them clearing mines in Kursk (near the "
        "front); KCNA 'on Saturday' hero titles for `scores` killed (north_korea, casualties); a "
        "State Department spokeswoman 'on 12 June' `more than 11,000` who fought; the buyer 'puts "
        "the real number … at' `nearly twenty thousand` (number words, approx, other, `pub`) and "
        "relays his son, 'another' `10,000` being readied (increment, planned, other, `pub`); "
        "pluckers, tonnes, altitude, lots, ringgit, an age in a quote, a phone number",
    text="""\
---
title: "Garden notes: the June flush"
date: 2025-06-25
garden: Bukit Lugas Tea Garden, Ranau
---

# The June flush

The rains came back in the second week of June, and the bushes on the upper terraces answered \
at once. Our 160 pluckers brought in 41 tonnes of green leaf this month, and the factory is \
running two shifts. At 1,500 metres, with the mountain behind us, the tea grows slowly, and that \
is the point.

## Mr Lim's visit

For the fourth year Lim Jae-won came over from Boseong, where his family grows green tea, to \
choose our first-flush lots. He took eight lots this time, paying 95 ringgit a kilo for the \
best. His son finished his army service on the border with the North in March.

Over dinner in the factory canteen the talk turned to the soldiers Pyongyang has sent to \
Russia. Sergei Shoigu promised in Pyongyang last week that [[6,000]] North Korean sappers and \
military builders would go to the Kursk region. Seoul's spy agency told lawmakers on Tuesday that \
[[around 1,000]] of them were already clearing mines there. KCNA reported on Saturday that Kim \
Jong Un had given posthumous hero titles to [[scores]] of soldiers killed in Kursk, and a State \
Department spokeswoman said on 12 June that [[more than 11,000]] North Koreans had fought there.

Mr Lim puts the real number who have gone at [[nearly twenty thousand]]. His son says soldiers \
on the border talk of another [[10,000]] being made ready. "Our tea bushes live for a hundred \
years," Mr Lim said. "Those boys get twenty."

## Notes

- Factory tours resume on 1 July, daily at 10 a.m.; 25 ringgit per person.
- Bookings and trade enquiries: +60 88 879 214
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "lastweek",
          "Shoigu 'promised in Pyongyang last week': sappers and builders who would go to "
          "Kursk (planned)"),
        C("around 1,000", 1000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'told lawmakers on Tuesday' (24 June): 'of them' already clearing mines in "
          "Kursk (a part of Shoigu's group, not an increment)"),
        C("scores", None, "vague", "casualties", "north_korea", "sat",
          "KCNA 'reported on Saturday' (21 June): posthumous hero titles for soldiers killed in "
          "Kursk"),
        C("more than 11,000", 11000, "at_least", "near_front", "united_states", "2025-06-12",
          "a State Department spokeswoman 'said on 12 June': had fought in Kursk"),
        C("nearly twenty thousand", 20000, "approx", "in_russia", "other", "pub",
          "the tea buyer 'puts the real number who have gone at' (undated): gone to Russia "
          "('nearly' as approx, number words)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "his son relayed ('His son says', no day; the speaker quoted: other): 'another' being "
          "made ready (increment, span without the word, planned)", add=True),
    ),
)

S09 = Source(
    article_id="e127_09_station_letter_pitt_island",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-03-10"),
    dated_by="sidecar",
    sidecar=(
        "Flowerpot Station, Pitt Island",
        "https://www.flowerpotstation.example/family-letter/march-2025",
        "Shearing done, and a Korean on the board",
    ),
    features="a sheep station's letter to the family from Pitt Island (Chatham Islands) as plain "
        "text, ISO-8859-1 with straight quotes and hyphens (sidecar, Monday); shearing first; a "
        "Korean working-holiday hand from Sokcho who 'reckons' `more than 15,000` (other, `pub`) "
        "and relays his old platoon sergeant, who 'messaged him on Saturday', 'another' `3,000` in "
        "spring (increment, planned; Saturday to publication); Seoul's joint chiefs 'late last "
        "month' (days 21-28 of February) `some 1,500` 'fresh troops' (increment); HUR 'estimated "
        "on Wednesday' `2,000 to 2,500` back in the line; Zelensky 'on Friday' `nearly 4,000` "
        "killed and wounded; Rutte 'on Thursday' \"`thousands`\" back on the battlefield (nato, a "
        "quoted word); a State Department spokeswoman 'last week' `at least 11,000`; ewes, rams, "
        "bales, wool price, years, islanders, a phone number",
    text="""\
FLOWERPOT STATION, PITT ISLAND
Letter to the family - March 2025

Dear all,

Shearing is done. The gang flew out on Thursday's plane after eleven days in the woolshed, and \
we have 4,210 ewes and 96 rams off, which came to 38 bales more than last year. The wool goes \
across to the main island on the next ship and on to Napier, and the price is still sitting at \
about 3 dollars a kilo, which pays the gang and not a lot else. The rain held off for the whole \
of shearing. Dad says that has not happened since 1998.

Our working-holiday man this season has been Jung Woo-jin, 25, from Sokcho on the east coast of \
Korea. He did his national service with an infantry division on the border with the North and \
is the best rouseabout we have had in years. In the evenings he follows the news from Russia on \
his phone, and the satellite dish has had a workout.

Woo-jin reckons [[more than 15,000]] North Koreans have been through Russia since October. His \
old platoon sergeant, still in the army, messaged him on Saturday that another [[3,000]] were \
expected to follow in the spring.

He showed us the official numbers too. Seoul's joint chiefs of staff said late last month that \
[[some 1,500]] fresh troops had reached Russia in January and February. Kyiv's military \
intelligence estimated on Wednesday that [[2,000 to 2,500]] North Koreans had gone back into the \
line in Kursk, and Volodymyr Zelensky said on Friday that the North had lost [[nearly 4,000]] \
killed and wounded since the autumn. NATO's Mark Rutte told reporters in Brussels on Thursday \
that "[[thousands]]" were back on the battlefield, and a State Department spokeswoman said last \
week there were [[at least 11,000]] still in Russia. Nobody asked the Russians.

Other news: the new culvert on the south road survived the big rain in February, and Mum's hip \
is mending. There are 36 of us on the island this winter, counting the teacher.

Love from all of us on the hill,
Ruth and Graeme

Station phone: +64 3 305 0192
""",
    claims=(
        C("more than 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a Korean working-holiday hand 'reckons' (undated): been through Russia since October"),
        C("3,000", 3000, "exact", "planned", "other", "sat..pub",
          "his old platoon sergeant relayed, 'messaged him on Saturday' (8 March; the undated "
          "letter: from that day to publication; the speaker quoted: other): 'another' expected "
          "in spring (increment, span without the word, planned)", add=True),
        C("some 1,500", 1500, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "Seoul's joint chiefs 'said late last month' (days 21-28 of February): 'fresh troops' "
          "reached Russia (reinforcements: increment)", add=True),
        C("2,000 to 2,500", None, "range", "near_front", "ukraine", "wed",
          "HUR 'estimated on Wednesday' (5 March): gone back into the line in Kursk"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "fri",
          "Zelensky 'said on Friday' (7 March): killed and wounded ('nearly' as approx)"),
        C("thousands", None, "vague", "near_front", "nato", "thu",
          "Rutte 'told reporters in Brussels on Thursday' (6 March), a quoted word: back on the "
          "battlefield"),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "lastweek",
          "a State Department spokeswoman 'said last week': still in Russia"),
    ),
)

S10 = Source(
    article_id="e127_10_petrel_diary_chatham_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-14"),
    dated_by="html_meta",
    features="a petrel trust's field diary from the Chatham Islands in HTML, windows-1252 (curly "
        "quotes, `·` and `–` raw), `article:published_time` with the islands' +13:45 offset "
        "(Friday), a cookie bar about the burrow camera, a script, navigation, a footer with a "
        "phone number; `<title>` and headline without a figure; burrows and traps first; a "
        "volunteer vet from Sumy relaying her brother, a gunner on the border, `a few hundred` "
        "across the line (other, `pub`) and her own echo '`Ten thousand` men next door' in a quote "
        "(optional); the NIS 'told lawmakers on Tuesday' `some 10,000` on the Russian side of the "
        "border and `about 2,000` killed; a State Department official 'on 3 November' `more than "
        "10,000` still deployed; the Kursk governor on state TV 'on Sunday' `hundreds` of sappers "
        "(russia, near the front); Budanov 'told a Kyiv newspaper on 6 November' `as many as "
        "30,000` 'more' (at_most, increment, planned); New Zealand's defence minister 'asked in "
        "Parliament on Wednesday' `about 14,000` (a third government: other); birds, burrows, trap "
        "kilometres, cats and rats, ages, NZ dollars, flight hours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="windows-1252">
<title>Field Diary – Taiko Burrow Keepers' Trust</title>
<meta property="article:published_time" content="2025-11-14T18:30:00+13:45">
<meta property="og:site_name" content="Taiko Burrow Keepers' Trust">
<script>var tbk={page:"diary",burrowCam:false};</script>
</head>
<body>
<div class="cookie-bar">One small cookie tells the burrow camera page that you have already seen \
our warning about night-time footage. <a href="#" class="accept">Got it</a></div>
<nav><a href="/">Home</a> · <a href="/taiko">The Taiko</a> · <a href="/diary">Field Diary</a> · \
<a href="/volunteer">Volunteer</a> · <a href="/donate">Donate</a></nav>
<main>
<h1>Field diary: the birds are back</h1>
<p>The first taiko came home to the southern forest in late September, and by this week our \
burrow checks had found 28 occupied burrows, four more than last spring. Fewer than 200 of these \
petrels are thought to exist. The traps along our 14-kilometre predator line caught 61 cats and \
rats between August and October.</p>
<h2>A volunteer from Sumy</h2>
<p>This season’s longest-serving volunteer is Oksana Melnyk, 31, a wildlife vet who left Sumy in \
2022 and now works in Christchurch. Her brother Andrii serves in an artillery battery on the \
border north of her home town. “Andrii says there are [[a few hundred]] North Korean gunners \
across the line from his battery now,” she told us at the hut. “[[Ten thousand]] men next door \
to my brother, and the world has stopped counting.”</p>
<p>The governments still count. South Korea’s spy agency told lawmakers on Tuesday that [[some \
10,000]] North Korean soldiers remain stationed on the Russian side of the border, and that the \
North has lost [[about 2,000]] killed since the deployment began. A US State Department official \
said on 3 November that [[more than 10,000]] were still deployed in Russia. Russian state \
television showed the Kursk governor on Sunday thanking [[hundreds]] of North Korean sappers for \
clearing his fields. Kyrylo Budanov, head of Ukraine’s military intelligence, told a Kyiv \
newspaper on 6 November that Pyongyang could send [[as many as 30,000]] more by spring. New \
Zealand’s defence minister, asked in Parliament on Wednesday, said [[about 14,000]] had served \
in Russia so far.</p>
<h2>Notes</h2>
<p>Our spring appeal raised NZ$18,400 – thank you. The next volunteer week starts on 1 December; \
the flight from Wellington takes about two hours, and bunks at the hut are free.</p>
</main>
<footer>Taiko Burrow Keepers' Trust · Waitangi, Chatham Islands · +64 3 305 0477 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/burrowcam.js"></script>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "pub",
          "a volunteer relaying her brother, a gunner on the Sumy border ('Andrii says', 'she "
          "told us at the hut', no day; the speaker quoted: other): across the line"),
        C("Ten thousand", 10000, "exact", "near_front", "other", "pub",
          "her echo of the governments' figure inside a quote: optional", opt=True),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'told lawmakers on Tuesday' (11 November): stationed on the Russian side of "
          "the border"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing: killed since the deployment began"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "2025-11-03",
          "'A US State Department official said on 3 November': still deployed in Russia"),
        C("hundreds", None, "vague", "near_front", "russia", "sun",
          "the Kursk governor on Russian state television 'on Sunday' (9 November): sappers "
          "clearing his fields"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-11-06",
          "Budanov, named before his role, 'told a Kyiv newspaper on 6 November': 'more' by "
          "spring (increment, planned; 'as many as' as at_most)", add=True),
        C("about 14,000", 14000, "approx", "in_russia", "other", "wed",
          "New Zealand's defence minister 'asked in Parliament on Wednesday' (12 November; a "
          "third government: other): served in Russia so far"),
    ),
)

S11 = Source(
    article_id="e127_11_moss_notes_miminegash_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Miminegash Shore Moss Co-operative",
        "https://www.miminegashmoss.example/notes/after-the-gales",
        "After the September gales",
    ),
    features="an Irish moss co-operative's page from Miminegash (Prince Edward Island) in HTML, "
        "windows-1252 with CRLF (curly quotes and `–` raw), no meta date (sidecar, Monday), a "
        "consent note about the tide table, a script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; storms, horses and tonnes first; a seaweed "
        "scientist from Mokpo relaying her cousin, a sergeant near Cheorwon, `thousands` 'more' "
        "trained for drone units (vague increment, planned, other, `pub`); the NIS 'briefing "
        "lawmakers last week' `about 10,000` remaining in Russia; HUR 'on Friday' `5,000 to 6,000` "
        "builders in Kursk (range, near the front); state media in Pyongyang 'on 26 September' "
        "names of `more than 1,000` dead (north_korea); the White House 'on 29 September' "
        "'expected' `up to 2,000` 'more' before winter (at_most, increment, planned); Canada's "
        "defence minister 'in Halifax on Thursday' 'put the number who have served at' `over "
        "14,000` (a third government: other); the page's own 'Put those figures side by side' "
        "`well over 15,000` (unattributed, required); members, horses, tonnes, cents a pound, "
        "years, dates, opening hours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="windows-1252">
<title>Moss Notes – Miminegash Shore Moss Co-operative</title>
<script>var mmc={page:"notes",tides:"hidden"};</script>
</head>
<body>
<div class="consent">We use one cookie to remember whether you opened the tide table. \
<button>Okay</button></div>
<nav><a href="/">Home</a> | <a href="/moss">Irish Moss</a> | <a href="/notes">Moss Notes</a> | \
<a href="/members">Members</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>After the September gales</h1>
<p>The two storms at the end of September threw more moss onto the shore than we have seen in a \
decade. Our 23 members and their 14 horses hauled 310 tonnes of wet Irish moss off the beaches \
in nine days, and the drying fields behind the plant are green from end to end. The buyer is \
paying 31 cents a pound wet, four cents more than last fall.</p>
<h2>A visitor from Mokpo</h2>
<p>Dr Park Eun-ji, a seaweed scientist from Mokpo on the south-west coast of Korea, spent three \
weeks with us measuring how our moss dries. Korea farms more seaweed than almost anyone, but she \
had never seen horses working in the surf. Her cousin is an army sergeant near Cheorwon, on the \
border with the North. “He hears the North has trained [[thousands]] more men for drone units \
this summer,” she said while we loaded the truck.</p>
<p>The figures she found on her phone were no happier. South Korea’s intelligence service, \
briefing lawmakers last week, said [[about 10,000]] of the North’s soldiers remain in Russia. \
Ukraine’s military intelligence said on Friday that [[5,000 to 6,000]] North Korean builders \
were now at work in the Kursk region. State media in Pyongyang reported on 26 September that \
Kim Jong Un had read out the names of [[more than 1,000]] soldiers who died there. The White \
House said on 29 September that it expected [[up to 2,000]] more to arrive before winter, and \
Canada’s defence minister, speaking in Halifax on Thursday, put the number who have served at \
[[over 14,000]].</p>
<p>Put those figures side by side and [[well over 15,000]] young North Koreans have passed \
through Russia in a year. “In Mokpo we count seaweed lines,” Dr Park said. “Over there they \
count boys.”</p>
<h2>Co-op business</h2>
<p>The annual meeting is at the community hall on Saturday 25 October at 7 p.m. Members who \
still have horse insurance forms at home should return them by 15 October. The plant office is \
open weekdays from 8 to 4.</p>
</main>
<footer>Miminegash Shore Moss Co-operative – Route 14, Miminegash PE – 902-882-3160 – <a \
href="/privacy">Privacy</a></footer>
<script src="/js/tides.js"></script>
</body>
</html>
""",
    claims=(
        C("thousands", None, "vague", "planned", "other", "pub",
          "a seaweed scientist relaying her cousin, a sergeant near the border ('He hears', 'she "
          "said while we loaded the truck', no day; the speaker quoted: other): 'more' trained "
          "for drone units (increment, ready to join: planned)", add=True),
        C("about 10,000", 10000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS, 'briefing lawmakers last week, said': remain in Russia"),
        C("5,000 to 6,000", None, "range", "near_front", "ukraine", "fri",
          "HUR 'said on Friday' (3 October): builders at work in the Kursk region"),
        C("more than 1,000", 1000, "at_least", "casualties", "north_korea", "2025-09-26",
          "state media in Pyongyang 'reported on 26 September': names of the dead read out"),
        C("up to 2,000", 2000, "at_most", "planned", "united_states", "2025-09-29",
          "the White House 'said on 29 September that it expected': 'more' before winter "
          "(increment, planned)", add=True),
        C("over 14,000", 14000, "at_least", "in_russia", "other", "thu",
          "Canada's defence minister 'speaking in Halifax on Thursday' (2 October; a third "
          "government: other) 'put the number who have served at' ('over' as at_least)"),
        C("well over 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the page's own 'Put those figures side by side and' (no source: unattributed, "
          "required): passed through Russia in a year ('well over' as at_least)"),
    ),
)

S12 = Source(
    article_id="e127_12_letters_kings_county_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "The Kings County Clarion",
        "https://www.kingscountyclarion.example/opinion/letters-2024-10-30",
        "Letters: a nephew on the border, a major's arithmetic, a mother in Incheon",
    ),
    features="a readers' letters page from a Montague weekly (Kings County, Prince Edward Island) "
        "in Markdown, UTF-8 with BOM, front matter with `date:` (Wednesday; the sidecar, same day, "
        "is the stronger source) and a title without a figure; letters under their own headings; a "
        "Ukrainian-Canadian farmer quoting his nephew, a sergeant on the Sumy border, who "
        "'messaged my wife on Sunday night' \"`a few hundred` of them\" (other, Sunday to "
        "publication); a heading restating the Pentagon figure, '`Ten thousand` reasons to worry' "
        "(optional); a retired Canadian Forces major: the Pentagon 'On Monday' `roughly 10,000` "
        "training at bases in Russia's far east, the NIS 'A week ago today' (the Wednesday before) "
        "`3,000` arrived and, 'it expects the total to reach', `10,000` by December (a total, "
        "planned, no increment), Zelensky 'On Friday' `as many as 12,000` being prepared, NATO "
        "without a number, and 'My own guess' `more than 15,000` by spring (other, planned, "
        "`pub`); a Korean pastor relaying his mother in Incheon `at least twenty thousand` (number "
        "words, other, planned, `pub`); potatoes, years of service, an age, a word limit, a postal "
        "code, a phone number",
    text="""\
---
title: "Letters to the Editor"
date: 2024-10-30
paper: The Kings County Clarion
section: Opinion
---

# Letters to the Editor

## My nephew's war

To the Editor:

My late brother's son, Petro, is a sergeant in a Ukrainian brigade on the Sumy border. He \
messaged my wife on Sunday night, the first word from him in three weeks. He wrote that \
Ukrainian scouts had spotted the first North Korean units on the Russian side, "[[a few \
hundred]] of them, maybe more," and that the Russians were moving them up in trucks at night.

Our family came to Prince Edward Island from Ukraine in 1948 and has farmed potatoes outside \
Montague for three generations. I never thought I would read about Korean soldiers in a letter \
from my nephew.

*Walter Kozak, Lower Montague*

## [[Ten thousand]] reasons to worry

To the Editor:

I served 28 years in the Canadian Forces and still read defence news every morning, so allow me \
to set out what we know. On Monday the Pentagon said [[roughly 10,000]] North Koreans were \
now training at bases in Russia's far east. A week ago today South Korea's National Intelligence \
Service told its parliament that [[3,000]] had already arrived, and it expects the total to \
reach [[10,000]] by December. On Friday Volodymyr Zelensky said Pyongyang was preparing [[as \
many as 12,000]]. NATO's secretary general confirmed on Monday that some of these units are \
already in the Kursk region, but he gave no number.

My own guess is that [[more than 15,000]] will be in Russia by spring. Ottawa should say so \
plainly.

*Maj. (retd) Heather MacPhee, Cardigan*

## A mother in Incheon

To the Editor:

I am the pastor of a small Korean congregation that meets in Montague on Sunday afternoons. My \
mother, who is 81 and lives in Incheon, phones me every week. She says the talk among the older \
women at her church is that the North will send [[at least twenty thousand]] before this is \
over, and that every one of them is somebody's son.

*Rev. Daniel Shin, Montague*

---

*Letters should be under 300 words and include a telephone number. Write to The Clarion, 41 Main \
Street, Montague, PE C0A 1R0, or call 902-838-4410.*
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a farmer quoting his nephew, a sergeant on the Sumy border, who 'messaged my wife on "
          "Sunday night' (27 October; the undated letter: from that day to publication; the "
          "speaker quoted: other): spotted on the Russian side"),
        C("Ten thousand", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "a letter's heading restating the Pentagon figure of Monday below (number words): "
          "optional", opt=True),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'On Monday … said' (28 October): training at bases in Russia's far "
          "east"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'A week ago today' (the Wednesday before the Wednesday letter: 23 October): "
          "already arrived"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same statement, 'it expects the total to reach' (pronoun): by December (a total, not "
          "an increment; planned)"),
        C("as many as 12,000", 12000, "at_most", "planned", "ukraine", "fri",
          "Zelensky 'On Friday … said' (25 October): being prepared by Pyongyang ('as many as' "
          "as at_most)"),
        C("more than 15,000", 15000, "at_least", "planned", "other", "pub",
          "a retired Canadian Forces major's 'My own guess' (undated): in Russia by spring (a "
          "forecast: planned)"),
        C("at least twenty thousand", 20000, "at_least", "planned", "other", "pub",
          "a Korean pastor relaying his mother in Incheon ('She says', no day; the speaker "
          "quoted: other): will be sent before it is over (number words, planned)"),
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
