"""Build the HUNDRED-AND-TWENTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-twenty-fourth corpus, for an honest measurement on articles the extractor has
never met, written in session 14 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
cave explorers' club newsletter from Blaubeuren with a mail from a Ukrainian caver who now clears
mines near Sumy, a fruit distillery's customer letter from Sasbachwalden in the Ortenau with a
Ukrainian apprentice from Berehove and his father, a cider press's customer letter from
Maintal-Hochstadt with a Korean food-technology intern from Chungju, a seed savers' circle
newsletter from Witzenhausen with a member who fled North Korea, the Silent Night society's page
from Oberndorf near Salzburg (Austrian conventions) with a choir from Gyeongju and a Ukrainian
chorister, an irrigation channel (Suone) co-owners' bulletin from Ausserberg in the Valais (Swiss
conventions) with a retired South Korean colonel; an agency-style wire report from Eldoret on
Kenyan recruits who fought beside North Koreans, a high-altitude running camp's letter from Iten
with a Korean marathon coach, a houseboat operator's guest letter from Kasane on the Chobe with
its co-owner from Kharkiv, a mountain guides' and porters' association page from Mulanje with a
Korean volunteer doctor, a readers' letters page from a Kottayam weekly with letters quoting
relatives, and a cardamom planters' circle's auction notes from Vandanmedu in the Idukki hills
with a member's son who welds ships in Geoje. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind122_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Baden-Württemberg, Hesse, Salzburg, Valais)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s122_01_schachtbrief_blaubeuren_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-13"),
    dated_by="html_meta",
    features="a cave explorers' club newsletter from Blaubeuren (Swabian Jura) in HTML, UTF-8, "
        "`<meta name=\"date\">` (Wednesday), a cookie note about the cave map, a page script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; a "
        "Ukrainian caver turned sapper whose mail 'kam vergangene Woche', relaying his scouts "
        "(`schreibt Oleh`, Konjunktiv) `mehrere hundert` digging in across the line (other, "
        "`lastweek`); the Pentagon 'am Montag' `rund 10.000` in Kursk and, carried by 'hieß es "
        "aus Washington', `11.000 bis 12.000` in Russia; 'Nach Einschätzung des … NIS, die er am "
        "Mittwoch vergangener Woche … vortrug' `mehr als 10.000` at the front (an ISO date); "
        "Zelensky 'vorgestern' `11.000`; HUR 'geht davon aus' `rund 3.000` 'zusätzliche' "
        "(increment, planned, `pub`); a NATO spokesman 'am Freitag' `Tausende` in combat; "
        "Russia's daily losses, kilometres of passages, dive counts, metres, lamps, batteries, "
        "euros, a date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Schachtbrief &middot; Höhlenforschergruppe Blaubeuren</title>
<meta name="date" content="2024-11-13">
<meta property="og:site_name" content="Höhlenforschergruppe Blaubeuren e.V.">
<script>var hfg={ausgabe:"2024-4",seite:"schachtbrief",karte:false};</script>
</head>
<body>
<div id="cookie-hinweis">Ein Cookie merkt sich nur, ob Sie unseren Höhlenplan schon einmal \
geöffnet haben. <a href="#" class="ok">Einverstanden</a></div>
<nav><a href="/">Startseite</a> | <a href="/forschung">Forschung &amp; Vermessung</a> | <a \
href="/schachtbrief">Schachtbrief</a> | <a href="/verein">Verein</a> | <a \
href="/spenden">Spenden</a></nav>
<article>
<h1>Post von Oleh</h1>
<p class="unterzeile">Unser Gast aus den Gipshöhlen Podoliens räumt jetzt Minen. Ein Brief aus \
dem Grenzgebiet &ndash; und was die Regierungen dazu sagen.</p>
<p>Wer im Sommer 2023 bei der Vermessung im hinteren Teil unseres Systems mitgemacht hat, erinnert \
sich an Oleh Martschuk: schmal, ruhig, mit einer Stirnlampe, die er selbst umgebaut hatte. In \
einer Engstelle setzte er drei Stunden lang Messpunkte, ohne ein Wort der Klage. Oleh stammt aus \
Borschtschiw im Westen der Ukraine und hat zu Hause mehr als 40 Kilometer Gänge in den \
Gipslabyrinthen kartiert.</p>
<p>Seit dem Frühjahr dient er als Pionier in einer Brigade im Gebiet Sumy. Vergangene Woche kam \
eine lange Mail von ihm. Die Aufklärer seiner Einheit, schreibt Oleh, zählten auf der russischen \
Seite inzwischen [[mehrere hundert]] Nordkoreaner, die Gräben aushöben und nachts Stellungen \
bezögen. Man erkenne sie an Funksprüchen, die keiner der Dolmetscher verstehe.</p>
<h2>Die Zahlen aus Washington, Seoul und Kiew</h2>
<p>Das Pentagon bezifferte die Zahl der nordkoreanischen Soldaten im Gebiet Kursk am Montag auf \
[[rund 10.000]]. Insgesamt hielten sich [[11.000 bis 12.000]] in Russland auf, hieß es aus \
Washington; ein Teil kämpfe bereits an der Seite russischer Verbände.</p>
<p>Nach Einschätzung des südkoreanischen Geheimdienstes NIS, die er am Mittwoch vergangener Woche \
den Abgeordneten in Seoul vortrug, sind [[mehr als 10.000]] Nordkoreaner an der Front oder in \
frontnahen Stellungen eingesetzt. Präsident Wolodymyr Selenskyj sprach vorgestern in seiner \
abendlichen Videobotschaft von [[11.000]] Nordkoreanern in Kursk, die bereits erste Verluste \
erlitten hätten. Beim ukrainischen Militärgeheimdienst geht man davon aus, dass Kim bis \
Silvester [[rund 3.000]] zusätzliche Soldaten schickt.</p>
<p>Ein Nato-Sprecher erklärte am Freitag in Brüssel, es gebe Hinweise, dass [[Tausende]] \
Nordkoreaner schon an Gefechten beteiligt seien. Moskau bestreitet das weiter; im Kreml spricht \
man von &bdquo;Gerüchten&ldquo;. Die russischen Verluste beziffert der ukrainische Generalstab \
derweil auf mehr als 1.500 Mann am Tag.</p>
<h2>Licht für Oleh</h2>
<p>Oleh bittet nicht um Geld, sondern um Stirnlampen und Akkus. Beim Herbsttreffen kamen 1.340 \
Euro zusammen; davon haben wir 24 Lampen und 60 Akkus gekauft, die Ende November mit einem \
Hilfstransport aus Ulm nach Lwiw fahren. Wer noch etwas geben will: Stichwort &bdquo;Licht für \
Oleh&ldquo;, Kontakt siehe unten.</p>
<p>Aus dem Verein: Bei zwölf Tauchgängen im Herbst wurden 214 Meter Neuland vermessen, das \
bekannte System ist jetzt 14,6 Kilometer lang. Der nächste Vortragsabend ist am 6. Dezember um \
19.30 Uhr im Gemeindesaal.</p>
</article>
<footer>Höhlenforschergruppe Blaubeuren e.V. &middot; 89143 Blaubeuren &middot; Telefon 07344 \
91 27 05 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/hoehlenplan.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "lastweek",
          "a caver turned sapper relaying his unit's scouts ('schreibt Oleh', the speaker "
          "quoted: other), in a mail that 'kam vergangene Woche', Konjunktiv: digging trenches "
          "on the Russian side"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'bezifferte … am Montag' (Wednesday newsletter): in the Kursk region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same statement, carried by 'hieß es aus Washington' and Konjunktiv: in Russia in all"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "south_korea", "2024-11-06",
          "'Nach Einschätzung des … NIS, die er am Mittwoch vergangener Woche … vortrug' (the "
          "Wednesday of the week before: 6 November): at the front"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-11",
          "Zelensky 'vorgestern' (two days before the Wednesday: Monday 11 November): in Kursk"),
        C("rund 3.000", 3000, "approx", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): 'zusätzliche' by the end of the year (increment, "
          "planned, span without the word)", add=True),
        C("Tausende", None, "vague", "near_front", "nato", "fri",
          "a NATO spokesman 'erklärte am Freitag' (8 November), Konjunktiv: already in combat"),
    ),
)

S02 = Source(
    article_id="s122_02_brennbrief_sasbachwalden",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-07-04"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Obstbrennerei Hummel – Brennbrief",
        "https://www.brennerei-hummel-sasbachwalden.example/brennbrief/sommer-2025",
        "Brennbrief Sommer 2025: Kirschen, Kessel und ein Gast aus Transkarpatien",
    ),
    features="a small fruit distillery's customer letter from Sasbachwalden (Ortenau, Black "
        "Forest) as plain text, windows-1252 with CRLF (`„“`, `–`), no date in the file "
        "(sidecar, Friday); the cherry harvest first; a Ukrainian apprentice from Berehove and his "
        "visiting father, a former soldier; Shoigu 'Mitte Juni in Pjöngjang' `1.000` deminers and "
        "`5.000` soldiers to rebuild Kursk (two groups of one announcement, planned, russia); "
        "'Nach Angaben des … Militärgeheimdienstes' `rund 11.000` stationed in Kursk (undated); "
        "the NIS 'vergangene Woche' `etwa 15.000` sent and, carried by 'hieß es in Seoul', `mehr "
        "als 2.000` of them fallen (a breakdown); Zelensky 'am Dienstag' `bis zu 30.000` "
        "'weitere' (increment after the figure, planned); North Korean state TV 'Ende Juni' "
        "coffins of `Dutzenden` (north_korea, casualties); the father 'rechnet damit' `mehrere "
        "zehntausend` by the end of the year (other, planned, `pub`); trees, tonnes, litres, "
        "vintages, ages, years, euros, a phone number",
    text="""\
Obstbrennerei Hummel, Sasbachwalden – Brennbrief Sommer 2025

Kirschen, Kessel und ein Gast aus Transkarpatien

Liebe Kundinnen und Kunden,

die Kirschen sind gepflückt, und die Ernte war besser als befürchtet. Von unseren 620 \
Hochstämmen am Hang oberhalb des Dorfes haben wir in drei Wochen knapp 9 Tonnen Brennkirschen \
geholt; im Herbst werden daraus, wenn alles gut geht, um die 700 Liter Kirschwasser. Der \
Jahrgang 2023 ist jetzt abgefüllt und kostet 34 Euro die halbe Literflasche.

Geholfen hat uns in diesem Jahr die Ukraine. Bohdan Kowatsch, 24, aus Berehowe in \
Transkarpatien, lernt seit dem Frühjahr bei uns das Brennen; daheim hat seine Familie einen \
kleinen Weinberg. Im Juni kam sein Vater Petro für zwei Wochen zu Besuch und stand mit auf der \
Leiter. Petro, 52, hat in den Jahren 2022 und 2023 im Donbas gekämpft und bildet heute in den \
Karpaten Rekruten aus.

Abends unter dem Nussbaum ging es dann doch um den Krieg. Petro hatte die Meldungen der letzten \
Wochen auf dem Telefon. Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, hatte Mitte \
Juni in Pjöngjang verkündet, für Kursk stelle der Norden [[1.000]] Minensucher bereit, dazu \
[[5.000]] Soldaten, die dort Straßen und Häuser wieder aufbauen sollten. Nach Angaben des \
ukrainischen Militärgeheimdienstes sind dort ohnehin noch [[rund 11.000]] Nordkoreaner \
stationiert.

Der südkoreanische Geheimdienst NIS bezifferte die Zahl aller bisher Entsandten vergangene Woche \
auf [[etwa 15.000]]; [[mehr als 2.000]] von ihnen seien gefallen, hieß es in Seoul. Präsident \
Selenskyj warnte am Dienstag, Pjöngjang könne im Sommer [[bis zu 30.000]] weitere Soldaten \
bereitstellen. Und das nordkoreanische Staatsfernsehen zeigte Ende Juni, wie Kim Jong Un die \
Särge von [[Dutzenden]] Gefallenen mit Fahnen bedeckte.

Petro glaubt keiner dieser Zahlen ganz. Er rechnet damit, dass bis Jahresende [[mehrere \
zehntausend]] Nordkoreaner in Russland sein werden. „Die Russen brauchen Leute, die nicht \
fragen“, sagte er und schenkte uns noch einen Fingerbreit nach.

Bohdan bleibt bis Weihnachten. Im Oktober darf er seinen ersten eigenen Obstler brennen, unter \
Aufsicht, versteht sich. Die Flaschen bekommen ein Etikett mit dem Wappen von Berehowe.

Hinweise
– Hofladen: Freitag 14 bis 18 Uhr, Samstag 9 bis 13 Uhr
– Brennereiführung mit Probe: jeden ersten Samstag im Monat, 12 Euro pro Person
– Die Kasse beim Kirschenfest ergab 2.450 Euro für Bohdans Heimatstadt.
Bestellungen: 07841 20 63 11
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'hatte Mitte Juni in Pjöngjang verkündet' (days 11-20), Konjunktiv: "
          "deminers the North provides for Kursk (planned; one group of two, not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: soldiers to rebuild roads and houses (the second group, not an "
          "increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): still stationed in "
          "the Kursk region"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'bezifferte … vergangene Woche': all sent so far"),
        C("mehr als 2.000", 2000, "at_least", "casualties", "south_korea", "lastweek",
          "same statement, 'von ihnen', carried by 'hieß es in Seoul': fallen (a breakdown)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "tue",
          "Zelensky 'warnte am Dienstag' (Friday letter): 'weitere' Pyongyang could provide "
          "(increment after the figure, planned)", add=True),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-06-21..2025-06-30",
          "North Korean state TV 'Ende Juni' (day 21 to the month's end): coffins of the fallen"),
        C("mehrere zehntausend", None, "vague", "planned", "other", "pub",
          "the apprentice's father, a former soldier, 'rechnet damit' (undated): in Russia by "
          "the end of the year (a forecast: planned; 'sagte er' without a day)"),
    ),
)

S03 = Source(
    article_id="s122_03_kelterei_hochstadt_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-10-25"),
    dated_by="front_matter",
    features="a cider press's customer letter from Maintal-Hochstadt (Hesse) in Markdown, UTF-8 "
        "with BOM, front matter with `date:` (Friday) and a title without a figure; the pressing "
        "season first; a Korean intern from Chungju; the NIS 'Am Mittwoch' `etwa 3.000` moved to "
        "Russia and, carried by Konjunktiv, `rund 10.000` by December (planned); the Pentagon "
        "'tags darauf' (Thursday) `mindestens 3.000`; 'Laut dem … Militärgeheimdienst' `etwa "
        "12.000` in training camps with 'darunter' `500` officers (a breakdown, `pub`); Putin at "
        "the Kazan summit without a figure; North Korea's army as a whole (not a claim); the "
        "intern 'glaubt' `zwanzigtausend` (number word, planned, other) and her uncle's staff "
        "reckoning, relayed 'am Telefon', `mehreren tausend` dead by spring (other, casualties, "
        "`pub`); tonnes, meadows, litres, hectares, ages, euros, opening hours, a phone number",
    text="""\
---
title: "Kundenbrief Herbst 2024: Die Kelter läuft"
date: 2024-10-25
kelterei: Apfelweinkelterei Brosch, Maintal-Hochstadt
---

# Die Kelter läuft

Seit dem 9. September dreht sich unsere Presse wieder. Bis heute haben wir 312 Tonnen Äpfel von \
140 Streuobstwiesen zwischen Hochstadt und Bischofsheim gekeltert; daraus werden gut 210.000 \
Liter Apfelwein, der ab Januar in die Bembel kommt. Der Süßgespritzte bleibt, der Speierling ist \
leider schon ausverkauft.

## Ein Gast aus Chungju

Zum ersten Mal stand in diesem Herbst eine Praktikantin aus Korea an der Presse. Seo Ji-ho, 26, \
studiert in Chungju Lebensmitteltechnik; ihre Familie bewirtschaftet dort 4 Hektar Apfelbäume. \
Sie will wissen, warum ein Hesse seinen Apfelwein sauer mag.

Morgens liest Ji-ho die Nachrichten aus Seoul, und seit einer Woche geht es dort fast nur noch \
um den Norden. Am Mittwoch unterrichtete der Geheimdienst NIS das Parlament, Nordkorea habe \
bereits [[etwa 3.000]] Soldaten nach Russland verlegt; bis Dezember rechne der Dienst mit \
[[rund 10.000]]. Das Pentagon sprach tags darauf von [[mindestens 3.000]] nordkoreanischen \
Soldaten im Osten Russlands.

Laut dem ukrainischen Militärgeheimdienst werden [[etwa 12.000]] Nordkoreaner in Lagern im \
Fernen Osten Russlands ausgebildet, darunter [[500]] Offiziere. Wladimir Putin ließ die Frage \
beim Gipfel in Kasan am Donnerstag einfach offen: Was Moskau und Pjöngjang untereinander \
ausmachten, gehe niemanden etwas an. Kims Streitkräfte sollen, so schätzen westliche \
Fachleute, an die 1,2 Millionen Mann umfassen.

Ji-ho glaubt, dass es am Ende [[zwanzigtausend]] werden. Ihr Onkel ist Berufsoffizier in Paju, \
nahe der Grenze. Im Stab, habe er ihr am Telefon gesagt, rechne man bis zum Frühjahr mit \
[[mehreren tausend]] Toten auf nordkoreanischer Seite. „Bei uns sagt man: Die Jungen aus dem \
Norden sind auch unsere Jungen“, sagt Ji-ho und wischt die Presstücher aus.

## Was Sie wissen sollten

- Hofverkauf: Dienstag bis Freitag 9 bis 18 Uhr, Samstag 9 bis 13 Uhr
- Der Liter Apfelwein kostet ab Hof 2,40 Euro, der 5-Liter-Kanister 10,50 Euro.
- Eigene Äpfel nehmen wir noch bis 8. November an, ab 50 Kilo.
- Bestellungen: 06181 43 27 90
""",
    claims=(
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'Am Mittwoch unterrichtete … das Parlament' (Friday letter), Konjunktiv: "
          "moved to Russia"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "same briefing, Konjunktiv: 'bis Dezember rechne der Dienst mit' (a forecast)"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "thu",
          "the Pentagon 'tags darauf' (the day after Wednesday: Thursday 24 October): in "
          "Russia's east"),
        C("etwa 12.000", 12000, "approx", "in_russia", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): in training camps in Russia's "
          "far east"),
        C("500", 500, "exact", "in_russia", "ukraine", "pub",
          "same source, 'darunter': officers among them (a breakdown, not an increment)"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "the intern 'glaubt' (undated): how many it will be in the end (number word, a "
          "forecast: planned)"),
        C("mehreren tausend", None, "vague", "casualties", "other", "pub",
          "her uncle's staff reckoning relayed ('habe er ihr am Telefon gesagt', no day; the "
          "speaker quoted: other): dead by spring"),
    ),
)

S04 = Source(
    article_id="s122_04_saatgutkreis_witzenhausen_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-05-22"),
    dated_by="sidecar",
    sidecar=(
        "Saatgutkreis Witzenhausen – Rundbrief",
        "https://www.saatgutkreis-witzenhausen.example/rundbrief/hirse-aus-hamgyong",
        "Hirse aus Hamgyong",
    ),
    features="a seed savers' circle newsletter from Witzenhausen (North Hesse) in Markdown, "
        "UTF-16 LE with BOM, front matter without a date (sidecar, Thursday) and a title without "
        "a figure; a member who fled North Korea and now multiplies a millet from her province; "
        "KCNA 'Am 28. April' and Gerasimov without a figure; the NIS 'Ende April' (day 21 to the "
        "month's end) `rund 600` fallen and, by ellipsis ('die aller Entsandten'), `etwa 15.000` "
        "sent; the State Department 'Anfang Mai' `mehr als 14.000`; a Duma deputy 'vergangene "
        "Woche' on state TV `einige tausend` 'Freiwillige' rebuilding Kursk (russia, near the "
        "front); HUR 'am Montag' `rund 10.000` 'weitere' (increment, planned); the member "
        "'schätzt' `Hunderte` from her province among the fallen (other, `pub`); the "
        "newsletter's own 'Legt man … nebeneinander, wären' `25.000` (unattributed, planned, "
        "required); members, varieties, seed packets, ages, years, a swap date, a phone number",
    text="""\
---
title: "Hirse aus Hamgyong"
rubrik: Aus dem Kreis
ausgabe: Rundbrief Frühsommer 2025
---

# Hirse aus Hamgyong

*Sie hat den Norden vor sieben Jahren verlassen. Jetzt vermehrt sie bei uns eine Hirse aus ihrer \
Heimatprovinz. Ein Gespräch über Samen und über Soldaten.*

Nennen wir sie Sol. Sie ist 29, kommt aus der Provinz Nord-Hamgyong und studiert in Witzenhausen \
ökologische Landwirtschaft. 2018 floh sie über China nach Südkorea, seit 2023 lebt sie in \
Hessen. Im Kreis vermehrt sie eine Rispenhirse, deren Samen eine Genbank in Suwon vor Jahrzehnten \
von Flüchtlingen aus dem Norden erhalten hat. Ihren richtigen Namen will sie nicht gedruckt \
sehen: Ein Teil ihrer Familie lebt noch im Norden.

Seit Ende April ist amtlich, was Sol lange ahnte. Am 28. April bestätigte die Staatsagentur KCNA \
erstmals, dass nordkoreanische Einheiten im Gebiet Kursk gekämpft haben, zwei Tage nachdem der \
russische Generalstabschef Waleri Gerassimow dasselbe erklärt hatte. Eine Zahl nannten beide \
nicht.

Der südkoreanische Geheimdienst NIS war weniger zurückhaltend. Ende April bezifferte er die Zahl \
der Gefallenen auf [[rund 600]] und die aller Entsandten auf [[etwa 15.000]]. Anfang Mai nannte \
das US-Außenministerium [[mehr als 14.000]] Nordkoreaner, die in Russland gedient hätten. Ein \
Abgeordneter der Staatsduma erklärte vergangene Woche im russischen Staatsfernsehen, [[einige \
tausend]] nordkoreanische „Freiwillige“ hülfen inzwischen beim Wiederaufbau im Gebiet Kursk. Und \
der ukrainische Militärgeheimdienst HUR meldete am Montag, Pjöngjang bereite [[rund 10.000]] \
weitere Soldaten auf einen Einsatz vor.

„Die Jungen aus meinem Dorf gehen mit 17 zur Armee und kommen mit 27 zurück, wenn überhaupt“, \
sagt Sol. Sie schätzt, dass unter den Gefallenen [[Hunderte]] aus ihrer Provinz sind. „Niemand \
dort wird je erfahren, wofür.“ Ob ihr Cousin dabei ist, weiß sie nicht. Briefe kommen keine an.

Legt man die Zahlen aus Seoul und Kiew nebeneinander, wären bis zum Herbst [[25.000]] \
Nordkoreaner durch Russland gegangen – fast doppelt so viele, wie im vergangenen Herbst \
befürchtet wurden.

Die Hirse steht gut. „Meine Großmutter hat sie zwischen die Bohnen gesät, damit der Wind sie \
nicht umwirft“, sagt Sol. Genauso macht sie es jetzt in Witzenhausen.

---

*Beim Tauschtag am 14. Juni in der Alten Schule gibt Sol 40 Tütchen Hirse ab. Der Saatgutkreis \
hat 86 Mitglieder und erhält 212 Sorten; im vergangenen Jahr wurden 1.900 Samentütchen \
getauscht. Kontakt: 05542 98 11 04*
""",
    claims=(
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'Ende April bezifferte er' (pronoun; day 21 to the month's end): fallen"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "same statement, by ellipsis ('und die aller Entsandten auf'): all sent"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-10",
          "the State Department 'Anfang Mai' (days 1-10), Konjunktiv: served in Russia"),
        C("einige tausend", None, "vague", "near_front", "russia", "lastweek",
          "a Duma deputy 'erklärte vergangene Woche im russischen Staatsfernsehen': "
          "'Freiwillige' helping to rebuild the Kursk region (in Kursk: near the front)"),
        C("rund 10.000", 10000, "approx", "planned", "ukraine", "mon",
          "HUR 'meldete am Montag' (Thursday paper): 'weitere' being prepared (increment after "
          "the figure, planned)", add=True),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "a member who fled the North 'schätzt' (undated): from her province among the fallen"),
        C("25.000", 25000, "exact", "planned", "unattributed", "pub",
          "the newsletter's own 'Legt man die Zahlen … nebeneinander, wären bis zum Herbst' (no "
          "source: unattributed, required; a projection: planned)"),
    ),
)

S05 = Source(
    article_id="s122_05_stille_nacht_oberndorf_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-10"),
    dated_by="sidecar",
    sidecar=(
        "Stille-Nacht-Verein Oberndorf",
        "https://www.stillenacht-oberndorf.example/mitteilungen/jaenner-2025",
        "Ein Chor aus Gyeongju und ein leerer Platz",
    ),
    features="the Silent Night society's page from Oberndorf near Salzburg in HTML, ISO-8859-1 "
        "with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, `&ndash;`), no meta date "
        "(sidecar, Friday), Austrian conventions (`heuer`, `Jänner`, `vorige Woche`, "
        "`Stefanitag`, `Passt`), a cookie note about the carol in the page header, a script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; a "
        "Ukrainian chorister relaying her husband's voice message 'Am Stefanitag' (26 December), "
        "Konjunktiv, `an die hundert` lost over the holidays (approx, other); Zelensky 'am 23. "
        "Dezember' `mehr als 3.000` killed and wounded; 'Ende Dezember hieß es aus dem Weißen "
        "Haus' `rund 1.000` in one week; the NIS 'am Montag' `etwa 11.000` in Kursk with "
        "'davon' `gut 3.000` lost (a breakdown); HUR 'teilte vorige Woche mit' `Tausende` "
        "'weitere' (increment, planned); a Korean choir conductor 'geht davon aus' "
        "`zwanzig- bis dreißigtausend` by spring (range of number words, planned, other, "
        "`pub`); visitors, singers, years, languages, euros, a meeting date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Mitteilungen &ndash; Stille-Nacht-Verein Oberndorf</title>
<script>var snv={seite:"mitteilungen",jahr:2025,melodie:"aus"};</script>
</head>
<body>
<div class="cookiebox">Ein Cookie sorgt dafür, dass die Melodie im Kopfbereich nicht bei jedem \
Besuch von vorn beginnt. <button>Passt</button></div>
<nav><a href="/">Startseite</a> &middot; <a href="/kapelle">Die Kapelle</a> &middot; <a \
href="/mitteilungen">Mitteilungen</a> &middot; <a href="/mitglied">Mitglied werden</a></nav>
<main>
<h1>Ein Chor aus Gyeongju und ein leerer Platz</h1>
<p>Liebe Mitglieder, die Weihnachtszeit ist vorbei, und wir schauen auf einen Heiligen Abend \
zurück, den viele von uns nicht so bald vergessen. Bei der Feier vor der Stille-Nacht-Kapelle \
sangen rund 6.500 Menschen mit, so viele wie nie. Zum ersten Mal war ein Chor aus Südkorea dabei: \
28 Sängerinnen und Sänger aus Gyeongju unter der Leitung von Park Eun-ha, die das Lied auf \
Koreanisch und auf Deutsch anstimmten.</p>
<p>Einen Platz in der ersten Reihe hatten wir für Olena Sydorenko freigehalten, die seit 2022 \
im Kirchenchor singt. Sie kam nicht. Ihr Mann Andrij, Sanitäter in einer Brigade im russischen \
Gebiet Kursk, hatte sich da seit zehn Tagen nicht gemeldet. Am Stefanitag kam dann eine \
Sprachnachricht: Er sei unverletzt. Die Nordkoreaner gegenüber seiner Einheit hätten allein über \
die Feiertage [[an die hundert]] Mann verloren, sagte er ihr.</p>
<h2>Was man aus den Hauptstädten hört</h2>
<p>Präsident Selenskyj hatte bereits am 23. Dezember erklärt, es gebe [[mehr als 3.000]] tote \
und verletzte Nordkoreaner. Ende Dezember hieß es aus dem Weißen Haus, in einer \
einzigen Woche seien [[rund 1.000]] nordkoreanische Soldaten getötet oder verwundet worden. Der \
südkoreanische Geheimdienst NIS bestätigte am Montag, dass [[etwa 11.000]] Nordkoreaner im Gebiet \
Kursk eingesetzt seien; [[gut 3.000]] davon seien gefallen oder verletzt. Der ukrainische \
Militärgeheimdienst teilte vorige Woche mit, Pjöngjang bereite [[Tausende]] weitere Soldaten und \
zusätzliche Raketenwerfer für den Einsatz vor.</p>
<p>Frau Park hat einen Sohn, der seinen Wehrdienst an der Grenze zum Norden leistet. Sie geht \
davon aus, dass bis zum Frühjahr [[zwanzig- bis dreißigtausend]] Nordkoreaner in Russland sein \
werden. &bdquo;Wir singen von Frieden, und drüben schickt man Kinder in den Schnee&ldquo;, sagte \
sie beim Abschied.</p>
<h2>Aus dem Verein</h2>
<p>Das Lied wurde 1818 hier zum ersten Mal gesungen und ist heute in mehr als 300 Sprachen \
übersetzt. Heuer wird das Dach der Kapelle neu gedeckt; die Kosten von 48.000 Euro tragen \
Gemeinde, Land und Verein. Die Jahreshauptversammlung ist am 24. Jänner um 19 Uhr im Gasthof \
an der Salzach. Olena singt wieder mit &ndash; Andrij hat es ihr aufgetragen.</p>
</main>
<footer>Stille-Nacht-Verein Oberndorf &middot; Stille-Nacht-Platz 2 &middot; 5110 Oberndorf bei \
Salzburg &middot; Tel. 06272 44 21 &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/seite.js"></script>
</body>
</html>
""",
    claims=(
        C("an die hundert", 100, "approx", "casualties", "other", "2024-12-26",
          "a chorister's husband, a medic near Kursk, in a voice message 'Am Stefanitag' "
          "(26 December), Konjunktiv, 'sagte er ihr' (the speaker quoted: other): lost over the "
          "holidays ('an die' as approx, number word)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-23",
          "Zelensky 'am 23. Dezember': killed and wounded"),
        C("rund 1.000", 1000, "approx", "casualties", "united_states", "2024-12-21..2024-12-31",
          "'Ende Dezember hieß es aus dem Weißen Haus' (day 21 to the month's end): killed or "
          "wounded in one week"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "the NIS 'bestätigte am Montag' (6 January, Friday page): deployed in the Kursk region"),
        C("gut 3.000", 3000, "at_least", "casualties", "south_korea", "mon",
          "same statement, 'davon' (a breakdown): fallen or wounded ('gut' as at_least)"),
        C("Tausende", None, "vague", "planned", "ukraine", "lastweek",
          "HUR 'teilte vorige Woche mit': 'weitere' being prepared (increment after the figure, "
          "planned)", add=True),
        C("zwanzig- bis dreißigtausend", None, "range", "planned", "other", "pub",
          "a Korean choir conductor 'geht davon aus' (undated): in Russia by spring (two number "
          "words, the first cut short: range; a forecast: planned)"),
    ),
)

S06 = Source(
    article_id="s122_06_suone_ausserberg_mitteilungen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-08-29"),
    dated_by="dateline",
    features="an irrigation channel (Suone) co-owners' bulletin from Ausserberg in the Valais as "
        "plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `1'350`, `15'000`, `20'000`, "
        "4-digit `2000`/`6000`/`5000`), dated by the place line 'Ausserberg, 29. August 2025' "
        "(Friday); the watering season first; a retired South Korean colonel as guest; the NIS "
        "'Mitte August' `etwa 15'000` sent and 'von denen' `rund 2000` fallen (a breakdown); "
        "North Korean state TV 'vergangene Woche' portraits of `über hundert` fallen (number "
        "word); Russia's defence minister 'am Montag' `Tausende` deminers in Kursk (russia, near "
        "the front); 'Nach Angaben des … Militärgeheimdienstes' `6000` builders and deminers "
        "arrived, dated by 'sagte dessen Chef … am Sonntag' after the figure; 'Aus Nato-Kreisen "
        "hiess es am Dienstag' `5000` 'weiteren' (increment before the figure, planned); the "
        "colonel 'schätzt' «`gut und gern 20'000`» ('gut und gern' as at_least, other, `pub`); "
        "kilometres, co-owners, metres of flume, altitude, years, francs, a meeting date, a "
        "phone number",
    text="""\
GETEILSCHAFT DER SUONE MITTELWÄRCH
Mitteilungsblatt 2/2025

Ausserberg, 29. August 2025

Liebe Geteilen

Die Wässersaison geht ihrem Ende zu. Seit Mitte April hat die Mittelwärch wieder Wasser aus dem \
Baltschiedertal zu unseren Wiesen und Rebbergen gebracht, auf ihren 6,8 Kilometern ohne einen \
einzigen grösseren Bruch. Beim Gemeinwerk im Mai haben 41 Geteilen an zwei Samstagen 380 Meter \
Holzkännel ersetzt und den Weg oberhalb der Fassung auf 1'350 Metern über Meer gesichert.

Ein Gast aus Korea

Drei Wochen im Juli war Han Dong-su bei uns, ein pensionierter Oberst der südkoreanischen Armee. \
Sein Grossvater hat in der Provinz Süd-Jeolla Reisfelder mit Kanälen bewässert, die unserer Suone \
gar nicht so unähnlich sind. Han ist die ganze Leitung abgeschritten und hat jeden Abend in der \
Gaststube Fragen gestellt, bis ihm der Wirt den Schlüssel überliess.

Über einem Glas Heida kam das Gespräch auf den Krieg. Han, der in den Neunzigerjahren eine \
Kompanie an der Demarkationslinie geführt hat, verfolgt die Nachrichten über die nordkoreanischen \
Truppen in Russland sehr genau. Er schätzt, dass seit dem Herbst 2024 «[[gut und gern 20'000]]» \
Nordkoreaner dort im Einsatz waren. «Und für jeden, der zurückkommt, erzählt die Propaganda eine \
Heldengeschichte», sagte er.

Die offiziellen Angaben liegen darunter. Der südkoreanische Nachrichtendienst NIS sprach Mitte \
August von [[etwa 15'000]] Entsandten, von denen [[rund 2000]] gefallen seien. Das \
nordkoreanische Staatsfernsehen zeigte vergangene Woche, wie Kim Jong Un vor den Porträts von \
[[über hundert]] Gefallenen Blumen niederlegte. Der russische Verteidigungsminister Andrei \
Beloussow erklärte am Montag, [[Tausende]] nordkoreanische Pioniere räumten weiterhin Minen im \
Gebiet Kursk. Nach Angaben des ukrainischen Militärgeheimdienstes sind zudem [[6000]] Bauarbeiter \
und Minenräumer eingetroffen, das sagte dessen Chef Kyrylo Budanow am Sonntag in einem Interview. \
Aus Nato-Kreisen hiess es am Dienstag, man rechne bis zum Jahresende mit weiteren [[5000]].

Han fliegt im Oktober noch einmal nach Europa. Er hat versprochen, beim Gemeinwerk im nächsten \
Frühling mitzuschaufeln.

Mitteilungen des Vorstands
- Die Suone ist seit 1381 urkundlich belegt; wir suchen alte Fotos für die Chronik.
- Der Wasserzins bleibt bei 85 Franken pro Wässerstunde.
- Herbstversammlung: Samstag, 8. November, 17 Uhr, Schulhaus
- Auskunft beim Wasserhüter: 027 946 18 33
""",
    claims=(
        C("gut und gern 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "a retired South Korean colonel 'schätzt' (undated), in «»: in action in Russia since "
          "autumn 2024 ('gut und gern' as at_least, like 'gut', in the span)"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "2025-08-11..2025-08-20",
          "the NIS 'sprach Mitte August von' (days 11-20): sent"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-08-11..2025-08-20",
          "same statement, 'von denen' (a breakdown), Konjunktiv: fallen"),
        C("über hundert", 100, "at_least", "casualties", "north_korea", "lastweek",
          "North Korean state TV 'vergangene Woche': portraits of the fallen (number word)"),
        C("Tausende", None, "vague", "near_front", "russia", "mon",
          "Russia's defence minister 'erklärte am Montag' (25 August), Konjunktiv: clearing mines "
          "in the Kursk region"),
        C("6000", 6000, "exact", "in_russia", "ukraine", "sun",
          "'Nach Angaben des … Militärgeheimdienstes', dated by 'das sagte dessen Chef … am "
          "Sonntag' after the figure: builders and deminers arrived"),
        C("5000", 5000, "exact", "planned", "nato", "tue",
          "'Aus Nato-Kreisen hiess es am Dienstag': 'weiteren' expected by the end of the year "
          "(increment, span without the word, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Kenya, Botswana, Malawi, Kerala)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s122_07_rift_wire_eldoret",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-12"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Eldoret (Kenya) as plain text, UTF-8 with CRLF, "
        "slug line and dateline 'ELDORET, Kenya, March 12, 2025 (Rift Valley Wire) –' "
        "(Wednesday), curly quotes; the headline's `14,000` from the NIS report of Tuesday "
        "(Tuesday to publication); a mother relaying her son, a recruit in Kursk, `hundreds` in "
        "the same trench line ('she said on Tuesday': other); Kenyan recruits, dead and fees "
        "(not claims); the NIS 'in a report to lawmakers on Tuesday' `about 14,000` and "
        "`1,000 to 3,000` 'reinforcements' (range, increment) and, by 'The agency put', "
        "`roughly 4,000` casualties; 'A US defence official … in a briefing last week' `several "
        "thousand` pulled back to regroup (in Russia); 'According to Ukraine's military "
        "intelligence' `some 8,000` in Kursk (`pub`); NATO 'in mid-February' `more than 11,000` "
        "at the Kursk front (days 11-20); a cousin back home, 'By his count', `about 40` killed "
        "in one drone strike (other, `pub`); Moscow without a figure; ages, shillings, dollars, "
        "distances, a wire trailer with a phone number",
    text="""\
KENYA-RUSSIA/RECRUITS (RIFT VALLEY WIRE)

Kenyan families say sons sent to Russia fought beside North Koreans; Seoul puts deployment at \
[[14,000]]

ELDORET, Kenya, March 12, 2025 (Rift Valley Wire) – Families in Kenya’s Rift Valley whose sons \
answered online adverts for “security work” in Russia say the young men ended up in trenches in \
the Kursk region, sharing positions with North Korean soldiers.

Esther Jeptoo, 51, a maize farmer in Kapseret outside Eldoret, said her son Kevin, 24, had \
called her from a military hospital in Kursk, where he was treated for shrapnel wounds. “He told \
me the Koreans were in the same trench line, [[hundreds]] of them, and that they did not speak to \
anybody,” she said on Tuesday, holding up a photograph of him in a Russian uniform.

Kevin paid a Nairobi agent 250,000 shillings for a job he was told would pay $2,000 a month. \
Kenya’s foreign ministry said last week it knew of at least 200 Kenyans recruited into Russian \
units, 12 of whom had been killed.

North Korea has sent [[about 14,000]] troops to Russia since October, South Korea’s National \
Intelligence Service said in a report to lawmakers on Tuesday, including [[1,000 to 3,000]] \
reinforcements who arrived in January and February. The agency put the North’s casualties at \
[[roughly 4,000]] killed and wounded.

A US defence official, speaking on condition of anonymity in a briefing last week, said \
[[several thousand]] North Koreans had been pulled back from the front to regroup. According to \
Ukraine’s military intelligence, [[some 8,000]] remain in the Kursk region. NATO said in \
mid-February that [[more than 11,000]] had been deployed to the Kursk front. Moscow has never \
confirmed their presence.

Kevin’s cousin, Brian Kiprotich, 27, was recruited by the same agent but came home in January \
after his contract ran out. By his count, [[about 40]] North Koreans died when a single drone hit \
their position in December. “They had no idea what a drone was,” he said at his mother’s farm, \
310 kilometres from Nairobi.

Esther says she does not want money back. She wants her son on a plane.

(Reporting by Faith Chelagat in Eldoret; additional reporting by the Nairobi desk; editing by \
Samuel Otieno)
((newsdesk@riftvalleywire.example; +254 20 765 4410))
-- ends --
""",
    claims=(
        C("14,000", 14000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul puts deployment at': the NIS report of Tuesday below, hedge dropped "
          "(Tuesday to the Wednesday of publication)"),
        C("hundreds", None, "vague", "near_front", "other", "tue",
          "a mother relaying her son, a recruit in Kursk ('He told me', the speaker quoted: "
          "other), dated by 'she said on Tuesday': in the same trench line"),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'said in a report to lawmakers on Tuesday' (named after the figure): sent "
          "since October (a total)"),
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea", "tue",
          "same report: 'reinforcements' who arrived in January and February (range, increment)",
          add=True),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "same report, 'The agency put … at': killed and wounded"),
        C("several thousand", None, "vague", "in_russia", "united_states", "lastweek",
          "'A US defence official … in a briefing last week': pulled back from the front to "
          "regroup (still in Russia)"),
        C("some 8,000", 8000, "approx", "near_front", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): remain in the Kursk region"),
        C("more than 11,000", 11000, "at_least", "near_front", "nato", "2025-02-11..2025-02-20",
          "'NATO said in mid-February' (days 11-20): deployed to the Kursk front"),
        C("about 40", 40, "approx", "casualties", "other", "pub",
          "a returned recruit 'By his count' ('he said' without a day): killed by one drone in "
          "December"),
    ),
)

S08 = Source(
    article_id="s122_08_camp_letter_iten_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-02-18"),
    dated_by="front_matter",
    features="a high-altitude running camp's letter from Iten (Kenya) in Markdown, windows-1252 "
        "with curly quotes and `–`, front matter with `date:` (Tuesday) and a title without a "
        "figure; training first; a South Korean marathon coach and a Ukrainian steeplechaser; "
        "the NIS 'on Monday' with losses 'it put at' `some 400` dead and `3,600` wounded; "
        "Zelensky 'in an interview with a British broadcaster last week' `close to 4,000` "
        "('close to' as approx); HUR 'early this month' (days 1-10) `around 8,000` retrained "
        "away from Kursk (in Russia); a Pentagon spokesman 'on Thursday' `up to 12,000`; the "
        "coach 'reckons' `ten thousand` 'more' (number words, increment, planned, other, `pub`); "
        "the runner relaying her fiancé `a few dozen` in one assault (other, `pub`); altitude, "
        "kilometres, athletes, race times, ages, shillings, a phone number",
    text="""\
---
title: "Camp letter: February at Kerio Heights"
date: 2025-02-18
camp: Kerio Heights Training Camp, Iten
---

# February at Kerio Heights

The rains have held off, the red-earth roads above the escarpment are hard and fast, and the camp \
is full: 38 athletes from nine countries are sharing the dining hall this month. At 2,400 metres \
even the easy runs bite. Last Saturday’s long run went 36 kilometres out to Kaptagat and back, and \
nobody walked.

## Coach Bae’s group

For the third winter in a row Bae Sung-ho has brought a group of Korean marathoners from Jinju \
for eight weeks of altitude work. Two of his six runners are chasing the 2:10 mark this spring. \
Bae did his military service with an artillery battalion near the border with the North, and he \
follows the news from Russia closely.

“The North is quiet for now,” he told us after a track session. South Korea’s spy agency said on \
Monday that Pyongyang’s soldiers had not been seen in combat for several weeks, after losses it \
put at [[some 400]] dead and [[3,600]] wounded. Volodymyr Zelensky, in an interview with a \
British broadcaster last week, said the North Koreans had lost [[close to 4,000]] killed and \
wounded. Kyiv’s military intelligence estimated early this month that [[around 8,000]] were \
being retrained in camps well away from Kursk, and a Pentagon spokesman said on Thursday that \
[[up to 12,000]] remained in Russia.

Bae reckons Kim will send [[ten thousand]] more before the summer. “He has young men, Moscow has \
money and oil. Nothing about that deal has changed,” he said, setting the stopwatch for another \
400-metre repeat.

## Yuliia’s water jump

Yuliia Horodnia, 23, a steeplechaser from Lutsk, has been at the camp since November. Her fiancé, \
Ihor, flies reconnaissance drones on the Sumy border. “He says the Koreans have gone quiet in his \
sector, but in January he counted [[a few dozen]] in a single assault across the snow,” she said.

Yuliia ran 9:41 in her last race and wants to go under 9:30 this year.

## Camp notes

- Full board is 4,500 shillings a night – coaching is extra.
- The Iten half marathon is on 15 March; entries close on 1 March.
- Bookings and airport transfers: +254 722 318 604
""",
    claims=(
        C("some 400", 400, "approx", "casualties", "south_korea", "mon",
          "the NIS 'said on Monday', 'losses it put at' (pronoun): dead"),
        C("3,600", 3600, "exact", "casualties", "south_korea", "mon",
          "same statement: wounded"),
        C("close to 4,000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky 'in an interview with a British broadcaster last week': killed and wounded "
          "('close to' as approx)"),
        C("around 8,000", 8000, "approx", "in_russia", "ukraine", "2025-02-01..2025-02-10",
          "HUR 'estimated early this month' (days 1-10): retrained in camps well away from Kursk "
          "(in Russia, not at the front)"),
        C("up to 12,000", 12000, "at_most", "in_russia", "united_states", "thu",
          "a Pentagon spokesman 'said on Thursday' (13 February, Tuesday letter): remained in "
          "Russia"),
        C("ten thousand", 10000, "exact", "planned", "other", "pub",
          "the Korean coach 'reckons' (undated): 'more' before the summer (number words, "
          "increment, planned)", add=True),
        C("a few dozen", None, "vague", "near_front", "other", "pub",
          "a steeplechaser relaying her fiancé ('He says', the speaker quoted: other), 'she said' "
          "undated: counted in one assault in January"),
    ),
)

S09 = Source(
    article_id="s122_09_houseboat_letter_kasane_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-10-21"),
    dated_by="sidecar",
    sidecar=(
        "Chobe Sunset Houseboats",
        "https://www.chobesunsethouseboats.example/guest-letter/october-2025",
        "End of the dry season, and news from the Kharkiv border",
    ),
    features="a houseboat operator's guest letter from Kasane on the Chobe (Botswana) in HTML, "
        "UTF-16 LE with BOM, no meta date (sidecar, Tuesday), a cookie note about the dates last "
        "viewed, a script, navigation, entities (`&amp;`, `&ndash;`, `&rsquo;`), a footer with a "
        "phone number; `<title>` and headline without a figure; the season first; the co-owner, "
        "a hydrologist from Kharkiv, relaying her nephew `thousands` building bunkers on the "
        "border (other, `pub`); the NIS 'on Thursday' `around 10,000` on the Russian side of the "
        "frontier and 'another' `5,000` construction troops (increment); KCNA 'on Friday' `a "
        "thousand` deminers off to Kursk (number word, north_korea, near the front); 'A week "
        "before that' state TV's `several hundred` Kursk veterans on 10 October (returnees: "
        "optional); Budanov 'said in a television interview on Sunday' `11,000-12,000` (range); "
        "the State Department 'On 8 October' 'put the number killed at' `about 2,000`; 'Reports "
        "in the South Korean press' `up to 6,000` 'more' (unattributed, increment, planned); "
        "boats, guests, nights, cabins, years, pula, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Guest Letter &ndash; Chobe Sunset Houseboats</title>
<script>var csh={page:"guest-letter",season:2025,fleet:4};</script>
</head>
<body>
<div class="cookie-note">We keep one cookie to remember the dates you last looked at. \
<a href="#" id="ok">Fine by me</a></div>
<nav><a href="/">Home</a> | <a href="/boats">Boats &amp; Cabins</a> | <a \
href="/guest-letter">Guest Letter</a> | <a href="/rates">Rates</a> | <a href="/book">Book</a></nav>
<main>
<h1>End of the dry season, and news from the Kharkiv border</h1>
<p>The river is low and glassy, and every afternoon the floodplain below Sedudu fills with \
elephants and buffalo coming down to drink. Between April and October our four boats spent 212 \
nights on the water with 640 guests aboard, and the smallest cabin on <em>Kwena</em> is already \
booked until March. Thank you to everyone who came, and to the crew, who never once ran us onto \
a sandbank.</p>
<h2>Larysa&rsquo;s nephew</h2>
<p>Larysa Koval, who runs the boats with her husband Kabo, measured the Chobe for the water \
utility in Kasane for eight years before she bought our first houseboat in 2019. She grew up in \
Kharkiv, and her nephew Maksym serves with an engineer unit on the border north of the city. \
&ldquo;Maksym says the North Koreans are digging bunkers all along the border now, [[thousands]] \
of them, with shovels and with excavators,&rdquo; Larysa said on the top deck one evening.</p>
<p>The official numbers have been piling up. South Korea&rsquo;s intelligence agency told \
parliament&rsquo;s intelligence committee on Thursday that [[around 10,000]] North Korean \
soldiers were posted on the Russian side of the Ukrainian frontier, and that another \
[[5,000]] construction troops had been sent since September. KCNA said on Friday that [[a \
thousand]] deminers were leaving for a second tour in Kursk. A week before that, state \
television had broadcast [[several hundred]] Kursk veterans parading in front of Kim Jong Un on \
10 October.</p>
<p>Kyrylo Budanov, who runs Ukraine&rsquo;s military intelligence, said in a television \
interview on Sunday that [[11,000-12,000]] North Koreans were in Russia at any one time. On \
8 October the US State Department put the number killed at [[about 2,000]]. Reports in the South \
Korean press say [[up to 6,000]] more could follow by the new year.</p>
<p>Larysa is not sure she believes any of it. &ldquo;Numbers are for people far away,&rdquo; \
she said, and went back to checking the mooring lines.</p>
<h2>Before you book</h2>
<p>From 1 December the boats go into the dry dock at Kazungula for two months. Rates for 2026 \
start at 3,900 pula per person a night, full board, and children under 12 sail at half price.</p>
</main>
<footer>Chobe Sunset Houseboats &middot; Kasane, Botswana &middot; +267 625 0431 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/static/availability.js"></script>
</body>
</html>
""",
    claims=(
        C("thousands", None, "vague", "near_front", "other", "pub",
          "a hydrologist relaying her nephew, an engineer on the Kharkiv border ('Maksym says', "
          "the speaker quoted: other), 'Larysa said on the top deck one evening' (no day): "
          "digging bunkers along the border"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "the NIS 'told … on Thursday' (16 October, Tuesday letter): posted on the Russian side "
          "of the Ukrainian frontier"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "thu",
          "same briefing: 'another' … construction troops sent since September (increment, "
          "span without the word)", add=True),
        C("a thousand", 1000, "exact", "near_front", "north_korea", "fri",
          "KCNA 'said on Friday' (17 October): deminers leaving for a second tour in Kursk "
          "(bound for Kursk: near the front; number word)"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV 'A week before that' (10 October, the parade): Kursk veterans parading "
          "(returnees: optional)", opt=True),
        C("11,000-12,000", None, "range", "in_russia", "ukraine", "sun",
          "Budanov, named before his role, 'said in a television interview on Sunday' "
          "(19 October): in Russia at any one time"),
        C("about 2,000", 2000, "approx", "casualties", "united_states", "2025-10-08",
          "'On 8 October the US State Department put the number killed at'"),
        C("up to 6,000", 6000, "at_most", "planned", "unattributed", "pub",
          "'Reports in the South Korean press say' (media reports: unattributed): 'more' could "
          "follow by the new year (increment, planned)", add=True),
    ),
)

S10 = Source(
    article_id="s122_10_porters_news_mulanje_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-26"),
    dated_by="html_meta", crlf=True,
    features="a mountain guides' and porters' association page from Mulanje (Malawi) in HTML, "
        "windows-1252 with CRLF (curly quotes and `–` raw), `article:published_time` +02:00 "
        "(Wednesday), a cookie note about the booking form, a script, navigation, a footer with "
        "a phone number; `<title>` and headline without a figure; the season first; a Korean "
        "volunteer doctor; the NIS 'On 4 November' `some 5,000` engineers moving across Russia "
        "and, carried by 'It believes, the agency said', `around 10,000` in the Kursk border "
        "area; the Kursk governor 'last week' `about 1,000` sappers (russia, near the front); "
        "HUR 'on Monday' `up to 3,000` 'more' trained at home (increment, planned); KCNA 'on "
        "Friday' `hundreds` of names for a memorial (north_korea, casualties); a NATO official "
        "'briefing journalists in Brussels on 13 November' 'put the North's dead at' `well over "
        "2,000` ('well over' as at_least); the doctor's echo 'Ten thousand young men' in a quote "
        "(optional) and 'figures' `nearer 20,000` ('nearer' as approx, other, `pub`); loads, "
        "porters, metres, kilometres, runners, kwacha, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>News – Mulanje Mountain Guides & Porters Association</title>
<meta property="article:published_time" content="2025-11-26T09:00:00+02:00">
<script>window.mmgpa={section:"news",bookingOpen:true};</script>
</head>
<body>
<div class="cookies">Our booking form keeps one cookie so you do not have to type your dates \
twice. <button>OK</button></div>
<nav><a href="/">Home</a> · <a href="/routes">Routes &amp; Huts</a> · <a href="/news">News</a> · \
<a href="/book">Book a Guide</a> · <a href="/about">About Us</a></nav>
<main>
<h1>End of the season on the massif</h1>
<p>The rains are coming, and the last parties of the year are down from the plateau. Our \
members carried 1,180 loads up the mountain this season, and our 120 registered porters earned \
more than in any year since the association was founded. In July 412 runners started the \
porters’ race over 25 kilometres, and the winner reached Sapitwa’s shoulder in under two \
hours.</p>
<h2>A doctor on Sapitwa</h2>
<p>In October Dr Ahn Min-jun, 34, who has volunteered at the district hospital for two years, \
climbed to the 3,002-metre summit with two of our guides. Dr Ahn did his military service as a \
medic with a front-line division on the border with the North, and on the long walk he talked \
about the soldiers Pyongyang has sent to Russia.</p>
<p>On 4 November South Korea’s spy agency told members of parliament that [[some 5,000]] North \
Korean \
military engineers had been moving across Russia since September, laying track and repairing \
roads. It believes [[around 10,000]] combat troops are still posted in the Kursk border area, the \
agency said. Last week the Kursk regional governor told Russian television that [[about 1,000]] \
sappers from the North were still lifting mines in his fields. Ukraine’s military intelligence \
said on Monday that [[up to 3,000]] more were being trained at home for drone units, and KCNA \
reported on Friday that the names of [[hundreds]] of fallen soldiers would be carved into a \
new memorial in Pyongyang. A NATO official, briefing journalists in Brussels on 13 November, \
put the North’s dead at [[well over 2,000]].</p>
<p>“[[Ten thousand]] young men on that border, and not one of them chose to go,” Dr Ahn said \
at the hut on the way down. He figures the real number who have served there is [[nearer \
20,000]].</p>
<h2>Notices</h2>
<p>Guide fees for 2026 rise to 45,000 kwacha a day; porters’ fees to 25,000 kwacha a day. The \
huts at Chambe and Thuchila close for repairs from 1 December to 15 January.</p>
</main>
<footer>Mulanje Mountain Guides & Porters Association · Likhubula Gate · +265 999 412 707 · \
<a href="/privacy">Privacy</a></footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'On 4 November … told lawmakers': engineers moving across Russia"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing, carried by 'It believes …, the agency said' (pronoun, source after the "
          "figure): in the Kursk border area"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "lastweek",
          "the Kursk governor 'said last week': sappers still clearing mines there"),
        C("up to 3,000", 3000, "at_most", "planned", "ukraine", "mon",
          "HUR 'said on Monday' (24 November): 'more' trained at home for drone units "
          "(increment, planned)", add=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "fri",
          "KCNA 'reported on Friday' (21 November): names of the fallen for a memorial"),
        C("well over 2,000", 2000, "at_least", "casualties", "nato", "2025-11-13",
          "a NATO official 'briefing journalists in Brussels on 13 November, put the North's "
          "dead at' ('well over' as at_least)"),
        C("Ten thousand", 10000, "exact", "near_front", "other", "pub",
          "the doctor's echo of the NIS figure inside a quote ('Dr Ahn said at the hut', no "
          "day): optional", opt=True),
        C("nearer 20,000", 20000, "approx", "in_russia", "other", "pub",
          "'He figures' (undated): served there in all ('nearer' as approx)"),
    ),
)

S11 = Source(
    article_id="s122_11_letters_meenachil_weekly",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-04-26"),
    dated_by="sidecar",
    sidecar=(
        "Meenachil Weekly",
        "https://www.meenachilweekly.example/letters/2025-04-26",
        "Letters: sons, agents and the numbers from Kursk",
    ),
    features="a readers' letters page from a Kottayam (Kerala) weekly as plain text, UTF-8 with "
        "BOM (sidecar, Saturday), `₹` and `lakh`; a reader quoting her sister's son, recruited "
        "through an agent, who 'wrote to his mother on Easter Sunday' (20 April) `a thousand "
        "or more` in the villages around his unit ('or more' after a number word: at_least) and "
        "his commander's `two thousand` 'more' by May (increment, planned; both from Easter "
        "Sunday to publication, other); a retired headmaster answering the paper's own editorial "
        "'last week' `11,000` (unattributed), Seoul's joint chiefs 'In March' `around 3,000` "
        "'additional' (increment) and `some 4,700` killed or wounded, and HUR 'on 9 April' "
        "`fewer than 3,000` still fighting ('fewer than' as at_most); a retired colonel's "
        "'My own estimate' `between 15,000 and 18,000` (range) and 'I also expect' `several "
        "thousand` 'fresh men' rotated in (increment, planned, other, `pub`); Keralites "
        "recruited and killed, rupees, ages, years, a PIN code, a phone number",
    text="""\
MEENACHIL WEEKLY – LETTERS TO THE EDITOR

Sons sold to a war

Sir, – My sister’s son Jibin paid an agent in Kochi ₹7 lakh last year for what was sold to him \
as a kitchen helper’s job with a Russian army unit. He is 23 and had never held a gun. He wrote \
to his mother on Easter Sunday from a field hospital near Kursk. He says [[a thousand or more]] \
North Korean soldiers are living in the villages around his unit, and that his commander told \
them [[two thousand]] more would arrive by May. Our government knows of at least 12 Keralites \
recruited in this way, and two have already come home in coffins. How many more families must \
sell their land before the agents are stopped?

– Mariamma Joseph, Pala

Your numbers are out of date

Sir, – Your editorial last week put the number of North Korean soldiers in Russia at [[11,000]]. \
That figure is months old. In March, Seoul’s joint chiefs of staff said Pyongyang had sent \
[[around 3,000]] additional troops since January, and that [[some 4,700]] of the earlier \
contingent had been killed or wounded. Kyiv’s military intelligence said on 9 April that \
[[fewer than 3,000]] were still fighting in Kursk, which tells you how many have been lost or \
withdrawn. A newspaper that asks its readers to be careful with facts should be careful too.

– K. V. Thomas, retired headmaster, Kottayam

An old soldier’s arithmetic

Sir, – I served 31 years in the Indian Army, two of them with a UN mission, and I have learned \
to distrust round numbers. My own estimate is that [[between 15,000 and 18,000]] North Koreans \
have passed through Russia since October. I also expect Pyongyang to rotate [[several \
thousand]] fresh men in before the monsoon, because that is what any army does with tired \
units. None of this makes it right to send our boys into the same trenches.

– Col. (retd) P. J. Kuriakose, Changanassery

We regret that we cannot print every letter we receive. Letters should be under 250 words and \
carry a full postal address.

Meenachil Weekly, Press Building, Kottayam 686 001. Letters desk: 0481 256 3340
""",
    claims=(
        C("a thousand or more", 1000, "at_least", "near_front", "other", "2025-04-20..pub",
          "a reader quoting her sister's son, a recruit near Kursk ('He says', the speaker "
          "quoted: other), in a message 'on Easter Sunday' (20 April; the undated letter: from "
          "that day to publication): in the villages around his unit ('or more' after a number "
          "word: at_least)"),
        C("two thousand", 2000, "exact", "planned", "other", "2025-04-20..pub",
          "same message: his commander's 'more would arrive by May' (number words, increment, "
          "planned)", add=True),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "lastweek",
          "a reader citing 'Your editorial last week' (the paper's own figure, no source: "
          "unattributed, required)"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "'In March, Seoul's joint chiefs of staff said': 'additional' since January "
          "(increment, span without the word)", add=True),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-03-31",
          "same statement: killed or wounded"),
        C("fewer than 3,000", 3000, "at_most", "near_front", "ukraine", "2025-04-09",
          "'Kyiv's military intelligence said on 9 April': still fighting in Kursk ('fewer than' "
          "as at_most)"),
        C("between 15,000 and 18,000", None, "range", "in_russia", "other", "pub",
          "a retired colonel's 'My own estimate' (undated): passed through Russia since October"),
        C("several thousand", None, "vague", "planned", "other", "pub",
          "same letter, 'I also expect': 'fresh men' rotated in before the monsoon "
          "(replacements: increment, planned)", add=True),
    ),
)

S12 = Source(
    article_id="s122_12_auction_notes_vandanmedu_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-09-08"),
    dated_by="sidecar",
    sidecar=(
        "Vandanmedu Cardamom Planters' Circle – Auction Notes",
        "https://www.vandanmeducardamom.example/notes/after-onam-2025",
        "Auction notes: after Onam",
    ),
    features="a cardamom planters' circle's auction notes from Vandanmedu in the Idukki hills "
        "(Kerala) in Markdown, UTF-8, front matter without a date (sidecar, Monday) and a title "
        "without a figure; rain, lots and prices first; a member's son home for Onam who welds "
        "ships in Geoje, relaying his Korean foreman `twenty thousand` gone to Russia (number "
        "words, other, `pub`); the NIS 'On Thursday' `about 2,000` killed and, 'estimated', "
        "`some 6,000` engineers and builders sent; state media 'on 21 August' portraits of `more "
        "than a hundred` fallen (number word, north_korea); Russia's deputy defence minister 'on "
        "Friday' `1,000` sappers still at work in Kursk fields (russia, near the front); HUR 'in "
        "a statement last week' 'expected' `as many as 25,000` 'more' (at_most, increment, "
        "planned); Putin in Beijing without a figure; Rutte 'this month' 'said only that' "
        "`thousands` remained (nato, in Russia, a quoted word); rainfall, lots, prices in rupees "
        "per kilo, ages, years, dates, a phone number",
    text="""\
---
title: "Auction notes: after Onam"
circle: Vandanmedu Cardamom Planters' Circle
season: 2025
---

# After Onam

The south-west monsoon gave our hills 2,140 millimetres of rain by the end of August, and the \
second picking is the best in four years. At last week's e-auctions the circle's 38 lots fetched \
an average of ₹2,410 a kilo, and the best lot of bold green capsules went for ₹3,050. The \
shared drier at Puttady ran day and night through the Onam holidays.

## Home for the picking

Biju Varghese, 33, is the son of our member Varghese Mathew of Puttady. For six years he has \
worked as a welder at a shipyard in Geoje, on the south coast of South Korea, and for the third \
year running he flew home for Onam and the second picking.

Biju says the talk in the shipyard canteen is often about the North. “My foreman says \
[[twenty thousand]] boys have gone to Russia, and the ones who come back are thin and do not \
talk,” he told us in the drying shed.

The South Korean government has its own figures. On Thursday the country’s intelligence agency \
told lawmakers that Pyongyang had lost [[about 2,000]] men killed in the fighting, and \
estimated that [[some 6,000]] engineers and builders had gone to Russia since June. State media \
had shown Kim Jong Un on 21 August laying medals beside the portraits of [[more than a hundred]] \
fallen soldiers. Russia’s deputy defence minister said on Friday that [[1,000]] North Korean \
sappers were still at work in the fields of the Kursk region. Kyiv’s military intelligence, in \
a statement last week, expected [[as many as 25,000]] more to be sent over the coming year. \
Vladimir Putin thanked Kim in person in Beijing on Wednesday but gave no number, and NATO’s Mark \
Rutte, asked about it in Brussels this month, said only that “[[thousands]]” remained in Russia.

Biju flies back to Geoje on Friday. “Same rain, same hills,” he said. “Just a different war on \
the television.”

## Circle notes

- The drier at Puttady closes for repairs from 22 to 27 September.
- Soil testing by the spice board's van: Saturday 20 September, 9 a.m., at the circle office.
- Membership renewals: ₹1,500 a year. Secretary: +91 486 827 4418
""",
    claims=(
        C("twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "a planter's son relaying his Korean foreman ('My foreman says', the speaker quoted: "
          "other), 'he told us in the drying shed' (no day): gone to Russia (number words)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "the NIS 'On Thursday … told lawmakers' (4 September, Monday notes): killed"),
        C("some 6,000", 6000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, 'estimated': engineers and builders gone to Russia since June"),
        C("more than a hundred", 100, "at_least", "casualties", "north_korea", "2025-08-21",
          "state media 'on 21 August': portraits of the fallen (number word)"),
        C("1,000", 1000, "exact", "near_front", "russia", "fri",
          "Russia's deputy defence minister 'said on Friday' (5 September): sappers still at "
          "work in the Kursk fields"),
        C("as many as 25,000", 25000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'in a statement last week, expected': 'more' to be sent (increment, planned; 'as "
          "many as' as at_most)", add=True),
        C("thousands", None, "vague", "in_russia", "nato", "2025-09-01..pub",
          "Rutte 'asked about it in Brussels this month, said only that' (the 1st to "
          "publication): remained in Russia (a quoted word)"),
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
