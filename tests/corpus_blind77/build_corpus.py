"""Build the SEVENTY-SEVENTH BLIND hand-labelled corpus (`python build_corpus.py`).

The seventy-ninth corpus for an honest measurement on articles the extractor has never met,
written blind in session 11 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
Coburg daily's web page on a Ukrainian anaesthetist at the town's hospital, a Harz radio
station's web text on a mining student from Kharkiv, a Paznaun community bulletin with
Ukrainian lift staff (Austrian conventions), a Lyss weekly in the Seeland with Ukrainian
vegetable pickers (Swiss conventions), a locksmiths' guild magazine on a vocational school in
Chernihiv and a Hildesheim student radio's show page; a Port Augusta daily on a baker from
Kharkiv, a Papa Westray community page, a West Virginia paper on a medical student from
Chernihiv, a North Macedonian English-language outlet, a Kosrae community station's page on an
island student in Seoul and a São Tomé cocoa-and-shipping newsletter. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in
an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table
are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares
state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind77_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

Q01 = Source(
    article_id="q77_01_coburg_kursk_gefecht_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-13"),
    dated_by="html_meta",
    features="Coburg daily's web page in HTML (`article:published_time` with +01:00, a byline "
        "line '13.11.2024, 05:30 Uhr', a tracking script with a word count, a consent layer "
        "'Ja, mit Spuren' / 'Lieber ohne Spuren', navigation, footer with a phone number); "
        "`og:title` figure (optional); h1 'USA:' from Blinken 'am Dienstag' (Tuesday to "
        "publication, the Wednesday); Pentagon 'schon in der Vorwoche' range (lastweek); "
        "Zelensky 'am Montagabend' after a colon; the NIS assessment named at the end of its "
        "sentence ('heißt es in einer Einschätzung'), `Tausende weitere` (vague increment, "
        "`pub`); a Bamberg political scientist 'hält … für denkbar' `bis zu 15.000` (other, "
        "`pub`); refugees in the district, euros, age, distance, army size, Peskov without a "
        "figure",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kursk: Nordkoreaner im Gefecht – Coburger Ärztin bangt um ihren Bruder | Neue Coburger \
Rundschau</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="USA: [[Über 10.000]] Nordkoreaner kämpfen bei Kursk">
<meta property="article:published_time" content="2024-11-13T05:30:00+01:00">
<meta name="author" content="Sabine Eckardt">
<link rel="canonical" href="https://www.ncr-coburg.example/welt/kursk-nordkorea-aerztin-12093">
<script>var ncr={id:12093,ressort:"welt",abo:"plus",woerter:548};</script>
</head>
<body>
<div class="cmp" role="dialog"><p>Wir merken uns, was Sie lesen – 58 Partner auch. Einverstanden \
sind Sie erst, wenn Sie es sagen.</p><button>Ja, mit Spuren</button> <button>Lieber ohne \
Spuren</button></div>
<nav><a href="/">Start</a> · <a href="/coburg">Coburg Stadt</a> · <a href="/land">Coburger \
Land</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a> · <a \
href="/trauer">Trauer</a></nav>
<main><article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>USA: [[Mehr als 10.000]] Nordkoreaner im Kampfgebiet Kursk</h1>
<p class="teaser">Washington meldet erste Gefechte mit Soldaten aus Pjöngjang. Im Klinikum Coburg \
verfolgt eine ukrainische Anästhesistin jede Meldung.</p>
<p class="meta">Von Sabine Eckardt · 13.11.2024, 05:30 Uhr</p>
<p>Die nordkoreanischen Soldaten in Russland sind nach Erkenntnissen der US-Regierung in die \
Kämpfe eingetreten. Außenminister Antony Blinken sagte am Dienstag bei einem Besuch in Brüssel, \
[[mehr als 10.000]] von ihnen seien in die Grenzregion Kursk verlegt worden. Viele hätten bereits \
begonnen, sich an Gefechten zu beteiligen – an der Seite russischer Verbände, die dort seit \
August ukrainische Truppen zurückdrängen wollen.</p>
<p>Die Gesamtzahl der nach Russland geschickten Nordkoreaner hatte das Pentagon schon in der \
Vorwoche mit [[11.000 bis 12.000]] angegeben. Der ukrainische Präsident Wolodymyr Selenskyj \
nannte in seiner Videoansprache am Montagabend eine ähnliche Größenordnung: [[Rund 11.000]] \
Soldaten aus Nordkorea stünden im Gebiet Kursk, sagte er.</p>
<p>Pjöngjang werde vermutlich [[Tausende]] weitere Soldaten nachschicken, sobald Moskau die \
versprochene Technik liefere, heißt es in einer Einschätzung des südkoreanischen Geheimdienstes \
NIS. Der Kreml schweigt zu alldem. Kremlsprecher Dmitri Peskow wollte am Dienstag nichts \
bestätigen und erinnerte nur an das Abkommen über gegenseitigen Beistand vom Sommer.</p>
<h2>„Ich schaue jeden Morgen zuerst aufs Handy“</h2>
<p>Für Dr. Oksana Hryzenko ist das keine ferne Nachricht. Die 38-Jährige arbeitet seit 2023 als \
Anästhesistin im Klinikum Coburg, ihr jüngerer Bruder dient in einer Aufklärungseinheit im Gebiet \
Sumy, keine 40 Kilometer von der Grenze entfernt. „Er schreibt, dass man die Koreaner im Funk \
hört, aber kein Wort versteht“, erzählt sie im Aufenthaltsraum der Intensivstation.</p>
<p>Im Landkreis Coburg leben derzeit etwa 1.300 Geflüchtete aus der Ukraine, rund 240 von ihnen \
haben inzwischen Arbeit. Hryzenko hat mit Kolleginnen 6.400 Euro für ein Feldlazarett \
gesammelt.</p>
<p>Der Bamberger Politikwissenschaftler Jonas Wirth, der am Donnerstag im Coburger Rathaus über \
den Krieg spricht, hält [[bis zu 15.000]] Nordkoreaner in Russland bis zum Jahresende für \
denkbar. „Pjöngjang testet gerade, wie viel Moskau zu zahlen bereit ist“, sagt er. Nordkoreas \
Armee zählt etwa 1,2 Millionen Soldaten.</p>
</article></main>
<footer>© 2024 Neue Coburger Rundschau · Leserservice 09561 555-210 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/paywall.min.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("Über 10.000", 10000, "at_least", "near_front", "united_states", "tue..pub",
          "og:title (metadata) restating Blinken's Tuesday figure", opt=True),
        C("Mehr als 10.000", 10000, "at_least", "near_front", "united_states", "tue..pub",
          "h1 'USA:' from Blinken's Tuesday figure of the lead: in the combat area"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "tue",
          "Blinken 'am Dienstag' in Brussels, Konjunktiv: moved to the Kursk border region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "lastweek",
          "Pentagon 'schon in der Vorwoche': total sent to Russia"),
        C("Rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "Zelensky 'in seiner Videoansprache am Montagabend', figure after a colon: in Kursk"),
        C("Tausende", None, "vague", "planned", "south_korea", "pub",
          "NIS assessment named at the end of the sentence, undated: 'Tausende weitere' "
          "(increment, span without 'weitere')", add=True),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "Bamberg political scientist 'hält … für denkbar' (present tense)"),
    ),
)

Q02 = Source(
    article_id="q77_02_harz_radio_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Oberharz",
        "https://www.radio-oberharz.example/nachrichten/2025/01/zwei-nordkoreaner-gefangen",
        "Kiew: Zwei nordkoreanische Soldaten in Gefangenschaft",
    ),
    features="Harz radio station's web text as plain text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Tuesday); headline 'Kiew:' with the number word `Zwei` from Zelensky 'Am Samstag' "
        "(Saturday to publication); `zwei` in Konjunktiv; Zelensky 'Anfang Januar' `3.800`; the "
        "NIS 'Ende Dezember' `rund 1.100` and 'gestern' `etwa 300` dead and `2.700` wounded "
        "(not an increment) carried by 'Demnach'; the White House 'kurz nach Weihnachten' "
        "(26–31 December); HUR named before the figure 'schätzt … auf' without a date; a "
        "Blankenburg military historian `mehrere tausend` 'nachschieben' (other, vague "
        "increment, `pub`); Russian prisoners (`Tausende`), students, refugees, a frequency, "
        "age, years of service",
    text="""\
Radio Oberharz – Nachrichten aus dem Harz und der Welt

Kiew: [[Zwei]] nordkoreanische Soldaten in Gefangenschaft

Clausthaler Student aus Charkiw: „Jetzt hat der Krieg ein koreanisches Gesicht“

Clausthal-Zellerfeld. Am Samstag kam die Nachricht, auf die Maksym Bondar seit Wochen gewartet \
hatte. Der ukrainische Präsident Wolodymyr Selenskyj teilte auf Telegram mit, Fallschirmjäger und \
Spezialkräfte hätten [[zwei]] Nordkoreaner in der Region Kursk lebend in ihre Gewalt gebracht. \
Einer sei am Kiefer, der andere an den Beinen verletzt; beide würden nun vom Geheimdienst SBU in \
Kiew befragt.

Bondar, 24, studiert an der TU Clausthal Rohstoffingenieurwesen und moderiert bei uns jeden \
zweiten Donnerstag die Sendung „Bergauf“. „Bisher waren die Nordkoreaner für viele hier nur ein \
Gerücht aus dem Internet“, sagt er. „Jetzt sitzen sie in einem Verhörraum und erzählen, dass man \
ihnen gesagt hat, es gehe zu einer Übung.“

Die Zahlen, die seither kursieren, gehen weit auseinander. Selenskyj selbst hatte Anfang Januar \
von [[3.800]] getöteten oder verwundeten Nordkoreanern gesprochen. Südkoreas Geheimdienst NIS kam \
Ende Dezember auf [[rund 1.100]] Tote und Verletzte – und legte gestern vor Abgeordneten in Seoul \
nach. Demnach seien inzwischen [[etwa 300]] Nordkoreaner gefallen und [[2.700]] verwundet worden. \
Aus dem Weißen Haus war kurz nach Weihnachten zu hören, Pjöngjangs Truppe habe binnen sieben \
Tagen [[mehr als 1.000]] Mann durch Tod oder Verwundung eingebüßt.

Wie viele Soldaten Machthaber Kim Jong Un überhaupt geschickt hat, schätzt der ukrainische \
Militärgeheimdienst HUR auf [[etwa 11.000]]. Ein erheblicher Teil davon sei inzwischen \
ausgefallen, heißt es in Kiew. Die Ukraine hält nach eigenen Angaben Tausende russische \
Kriegsgefangene und hat angeboten, die beiden Nordkoreaner gegen eigene Soldaten auszutauschen.

Der Blankenburger Militärhistoriker Rainer Voss glaubt nicht, dass die Verluste Pjöngjang \
bremsen. „Kim wird [[mehrere tausend]] Mann nachschieben, vermutlich noch vor dem Frühjahr“, sagt \
Voss, der 31 Jahre bei der Bundeswehr gedient hat. „Für ihn sind diese Jungen eine Devisenquelle.“

An der TU Clausthal sind derzeit rund 40 Studierende aus der Ukraine eingeschrieben, im Landkreis \
Goslar leben etwa 2.300 Geflüchtete. „Bergauf“ läuft wieder am 23. Januar um 19 Uhr auf UKW 96,3.
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kiew:' from Zelensky's Saturday post (number word): captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky on Telegram, dated by 'Am Samstag kam die Nachricht', Konjunktiv: captured "
          "('in ihre Gewalt gebracht')"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar': killed or wounded"),
        C("rund 1.100", 1100, "approx", "casualties", "south_korea", "2024-12-21..2024-12-31",
          "NIS 'Ende Dezember': dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "yday",
          "NIS before lawmakers 'gestern', carried by 'Demnach': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "yday",
          "same sentence: wounded (the others of the same count, not an increment)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-26..2024-12-31",
          "White House 'kurz nach Weihnachten', Konjunktiv: killed or wounded within one week"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'schätzt … auf' without a date: sent by Kim"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Blankenburg military historian in quotes, 'sagt': will send more ('nachschieben', "
          "increment)", add=True),
    ),
)

Q03 = Source(
    article_id="q77_03_paznaun_gemeindeblatt_nachschub",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-07"),
    dated_by="dateline",
    features="Paznaun community bulletin's world page as plain text, ISO-8859-1 with »« quotes "
        "and hyphens for dashes; dateline 'Kappl, 7. März 2025 -' (Friday); 'heuer', 'Jänner', "
        "'Feber'; headline 'Seoul:' `rund 3000` 'Mann Nachschub' (increment) from the general "
        "staff's Thursday figure; 'zusätzliche' (increment), the new total `etwa 14.000` and "
        "the losses `etwa 4000` in Konjunktiv; Syrskyi 'Ende Feber' `mehreren tausend` in "
        "Kursk; the State Department 'im Jänner' named at the end ('so ein Sprecher'); an "
        "Innsbruck political scientist 'hält es für möglich' `bis zu 25.000` 'insgesamt' "
        "(other, `pub`; 'bis zum Sommer' is the event); seasonal workers, overnight stays, "
        "euros, lecture date and time, bus interval",
    text="""\
PAZNAUNER GEMEINDEBLATT
Mitteilungen und Nachrichten für See, Kappl, Ischgl und Galtür

AUS ALLER WELT

Seoul: Nordkorea schickt [[rund 3000]] Mann Nachschub nach Russland

Kappl, 7. März 2025 - Während auf der Silvretta-Hochalpenstraße noch meterhoch der Schnee liegt, \
ist der Krieg in der Ukraine für einige Dutzend Menschen im Tal jeden Tag präsent: An den Liften, \
in den Hotelküchen und an den Rezeptionen zwischen See und Galtür arbeiten heuer so viele \
ukrainische Saisonkräfte wie noch nie.

Neue Zahlen aus Südkorea dürften ihre Sorgen nicht kleiner machen. Der Generalstab in Seoul \
teilte am Donnerstag mit, Nordkorea habe seit Jänner [[rund 3000]] zusätzliche Soldaten nach \
Russland gebracht. Ein Teil von ihnen sei bereits im Raum Kursk eingesetzt worden. Insgesamt habe \
Pjöngjang damit [[etwa 14.000]] Mann entsandt, die Verluste schätze man auf [[etwa 4000]] Tote \
und Verwundete.

Nach südkoreanischer Darstellung waren die Nordkoreaner Mitte Jänner nach schweren Verlusten von \
der Front abgezogen worden und Anfang Feber zurückgekehrt. Die ukrainische Armeeführung hatte \
Ende Feber erstmals wieder von [[mehreren tausend]] Nordkoreanern gesprochen, die im Gebiet Kursk \
an Angriffen beteiligt seien. Oberbefehlshaber Olexandr Syrskyj warnte damals, der Gegner schicke \
sie »in Wellen« gegen die ukrainischen Stellungen.

Washington hatte im Jänner noch von [[rund 11.000]] Nordkoreanern in Russland gesprochen, so ein \
Sprecher des US-Außenministeriums.

»Ich rufe meinen Mann sofort an«

Olena Krawez, 34, aus Iwano-Frankiwsk arbeitet seit Dezember als Liftwartin in Galtür. Ihr Mann \
ist Sanitäter bei einer Brigade im Osten. »Wenn ich von noch mehr Soldaten aus Korea lese, rufe \
ich ihn sofort an. Er sagt dann nur: Mach dir keine Sorgen, Kursk ist weit weg.«

Insgesamt beschäftigen die Betriebe im Tal heuer rund 45 Ukrainerinnen und Ukrainer, schätzt der \
Tourismusverband; die Wintersaison bringt dem Paznaun knapp zwei Millionen Nächtigungen.

Der Innsbrucker Politikwissenschaftler Markus Thaler hält es für möglich, dass Kim Jong Un bis \
zum Sommer insgesamt [[bis zu 25.000]] Soldaten an Russland abgibt. »Jeder Soldat bringt dem \
Regime Devisen und Erfahrung mit Drohnen«, sagt Thaler. Er spricht am 20. März um 19.30 Uhr im \
Gemeindesaal Kappl, der Eintritt ist frei, um Spenden wird gebeten.

Für die Ukraine-Hilfe der Pfarre Kappl sind bisher 8.740 Euro eingegangen. Der Bus nach Landeck \
fährt ab Montag wieder im 30-Minuten-Takt.
""",
    claims=(
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul:' from the general staff's Thursday figure: 'Mann Nachschub' "
          "(increment)", add=True),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "thu",
          "general staff in Seoul 'am Donnerstag', Konjunktiv: 'zusätzliche' soldiers brought to "
          "Russia (increment; 'seit Jänner' is the event)", add=True),
        C("etwa 14.000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same statement: 'Insgesamt … damit' (a new total, not an increment)"),
        C("etwa 4000", 4000, "approx", "casualties", "south_korea", "thu",
          "same statement: dead and wounded"),
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "2025-02-21..2025-02-28",
          "Ukraine's army command / Syrskyi 'Ende Feber': attacking in Kursk"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "2025-01-01..2025-01-31",
          "'im Jänner', source at the end ('so ein Sprecher des US-Außenministeriums')"),
        C("bis zu 25.000", 25000, "at_most", "planned", "other", "pub",
          "Innsbruck political scientist 'hält es für möglich' (present tense): in total by "
          "summer"),
    ),
)

Q04 = Source(
    article_id="q77_04_seeland_erntehelferinnen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-05-02"),
    dated_by="front_matter", crlf=True,
    features="Lyss weekly from the Seeland in Markdown, windows-1252 with CRLF, Swiss "
        "conventions (`ss`, «», ‹›, `15'000`, `14'000`, `2'100`, `68'000`, four-digit `4700`, "
        "`1000 bis 1500`), front matter with `date:` and a title without a figure; heading "
        "'Seoul:' `4700` from the NIS figures 'am Mittwoch' (Wednesday to publication, the "
        "Friday); 'Die Zahlen kamen am Mittwoch' carries the date into Konjunktiv, 'hiess es' "
        "at the end; 'unter den Opfern … rund 600 Tote' (breakdown); Gerasimov and KCNA "
        "without figures; the Duma defence committee "
        "chairman 'am Montag' «einigen tausend» (russia); the State Department 'am Dienstag' "
        "with the speaker after the figure; a Bernese military historian's range (other, "
        "`pub`); hectares, hourly wage in francs, distance, people with protection status",
    text="""\
---
title: "Vom Gemüsefeld in Ins an die Front bei Kursk"
date: 2025-05-02
ressort: Region / Welt
autor: Beat Schwab
---

# Seoul: [[4700]] Nordkoreaner tot oder verwundet

**Moskau und Pjöngjang geben den Einsatz bei Kursk erstmals zu. Im Seeland hören ukrainische \
Erntehelferinnen genau hin.**

Ins – Es ist kurz nach sieben, auf den Feldern zwischen Ins und Müntschemier werden die ersten \
Radieschen gebündelt. Tetjana Lyssenko, 41, hat das Radio im Lieferwagen laut gestellt. «Jetzt \
sagen es sogar die Russen selbst», sagt sie und schüttelt den Kopf.

Tatsächlich hat der russische Generalstabschef Waleri Gerassimow am Samstag erstmals bestätigt, \
dass nordkoreanische Soldaten an der Rückeroberung des Gebiets Kursk beteiligt waren. Am Montag \
zog die nordkoreanische Staatsagentur KCNA nach. Zahlen nannten beide nicht.

Die Zahlen kamen am Mittwoch aus Seoul, vom Nachrichtendienst NIS. Pjöngjang habe seit letztem \
Herbst alles in allem [[rund 15'000]] Mann nach Russland geschickt, hiess es vor dem \
Geheimdienstausschuss des Parlaments. [[Etwa 4700]] davon seien gefallen oder verletzt, unter den \
Opfern seien [[rund 600]] Tote.

## Moskau spricht von «Waffenbrüdern»

In Moskau klingt das anders. Der Vorsitzende des Verteidigungsausschusses der Staatsduma sprach \
am Montag im Staatsfernsehen von «[[einigen tausend]] koreanischen Waffenbrüdern», die Schulter \
an Schulter mit russischen Soldaten gekämpft hätten. Das US-Aussenministerium geht seinerseits \
von [[über 14'000]] Nordkoreanern aus, die seit Oktober in Russland eingesetzt wurden, wie eine \
Sprecherin am Dienstag in Washington sagte.

Für den Berner Militärhistoriker Urs Hänni sind die Angaben aus Seoul eher vorsichtig. Er schätzt \
allein die Zahl der Gefallenen auf «[[1000 bis 1500]]». «Pjöngjang meldet keine Toten, es ‹ehrt \
Helden›», sagt er.

## Radieschen, Zwiebeln, Heimweh

Der Betrieb der Familie Kaufmann in Ins bewirtschaftet 85 Hektaren, in der Hochsaison arbeiten \
hier 25 Ukrainerinnen, die meisten aus der Gegend von Tschernihiw. Der Stundenlohn liegt bei \
19.50 Franken. Bis nach Hause sind es gut 2'100 Kilometer.

In der Schweiz leben derzeit rund 68'000 Menschen mit Schutzstatus S. Lyssenkos Sohn ist 19 und \
studiert in Lwiw. «Solange er studiert, muss er nicht an die Front», sagt sie. «Ich zähle die \
Semester.»
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "heading 'Seoul:' from the NIS figure of the body (Wednesday): dead or wounded"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS, 'Die Zahlen kamen am Mittwoch' carried into Konjunktiv, 'hiess es' at the "
          "end: sent in total"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing: fallen or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'unter den Opfern … Tote' (a breakdown of the casualties, not an increment)"),
        C("einigen tausend", None, "vague", "near_front", "russia", "mon",
          "Duma defence committee chairman 'am Montag' on state TV: fought side by side"),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokeswoman 'am Dienstag', named after the figure: deployed in "
          "Russia"),
        C("1000 bis 1500", None, "range", "casualties", "other", "pub",
          "Bernese military historian 'schätzt' (present tense): fallen"),
    ),
)

Q05 = Source(
    article_id="q77_05_schliesstechnik_innung_tschernihiw_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "Schloss & Beschlag – Magazin der Innung für Metall- und Schließtechnik Weserbergland",
        "https://www.innung-schliesstechnik-weserbergland.example/magazin/2025-3/tschernihiw",
        "Schließzylinder für Tschernihiw",
    ),
    features="locksmiths' guild magazine in Markdown, UTF-8 with BOM, front matter without a "
        "date (sidecar, Wednesday) and a title without a figure; the guild's shipment of lock "
        "cylinders to a vocational school in Chernihiv; subheading `6000` adding up Shoigu's two "
        "figures (russia, from 17 June to publication); Russia's security council chief 'am 17. "
        "Juni' `1000` deminers and `5000` builders (planned); the NIS 'nach Angaben von "
        "Abgeordneten, die am Montag unterrichtet wurden' `rund 11.000` at the border and "
        "`mindestens 600` fallen; Budanov 'vergangene Woche' »zwischen 20.000 und 30.000« "
        "'weitere' (range increment); the guild master restating `6000` in a quote (optional); "
        "lock cylinders, door closers, tonnes, pupils, euros, Russian losses, phone, date of "
        "the next transport",
    text="""\
---
title: "Schließzylinder für Tschernihiw"
rubrik: Innung aktiv
ausgabe: "3/2025"
---

# Schließzylinder für Tschernihiw

*Zwölf Betriebe unserer Innung haben eine Berufsschule in der Nordukraine neu ausgestattet. Was \
die Kollegen dort über den Krieg erzählen – und warum er gerade eine neue Wendung nimmt.*

Als Obermeister Klaus Rettig im Mai die Kisten im Lager in Hameln durchging, kam er auf 2.300 \
Schließzylinder, 180 Türschließer und 46 Werkzeugkoffer. Sieben Tonnen Material, gespendet von \
zwölf Mitgliedsbetrieben, sind inzwischen in Tschernihiw angekommen. Die dortige Berufsschule \
verlor im vergangenen Jahr durch einen Raketentreffer die Hälfte ihrer Werkstätten; rund 400 \
Jugendliche lernen dort Metallberufe.

»Die Lehrer haben uns Fotos von jedem eingebauten Zylinder geschickt«, erzählt Rettig. »Zwei \
Ausbilder haben ihre Söhne an der Front. Die reden nicht viel über den Krieg, aber über die \
Nordkoreaner reden sie.«

## Moskau holt [[6000]] Bausoldaten und Minenräumer aus Nordkorea

Dass der Krieg nicht bald vorbei ist, zeigte ein Besuch in Pjöngjang: Russlands \
Sicherheitsratschef Sergei Schoigu kündigte dort am 17. Juni an, Nordkorea werde [[1000]] \
Pioniere zur Minenräumung und [[5000]] Militärbauarbeiter in die Region Kursk schicken. Sie \
sollen zerstörte Brücken, Straßen und Häuser wiederaufbauen.

Südkoreas Auslandsgeheimdienst NIS geht nach Angaben von Abgeordneten, die am Montag unterrichtet \
wurden, davon aus, dass derzeit noch [[rund 11.000]] nordkoreanische Soldaten in der Grenzregion \
stationiert sind. Die Zahl der Gefallenen beziffert der Dienst auf [[mindestens 600]].

Der ukrainische Militärgeheimdienst rechnet mit noch mehr. HUR-Chef Kyrylo Budanow sagte \
vergangene Woche in einem Interview, Pjöngjang könne »[[zwischen 20.000 und 30.000]]« weitere \
Soldaten bereitstellen, falls Moskau das verlange. Die russischen Verluste seit Kriegsbeginn \
beziffert Kiew inzwischen auf fast eine Million Mann.

»Wenn da jetzt [[6000]] Nordkoreaner in Kursk Häuser hochziehen, dann wird dort auf Dauer gebaut, \
nicht verhandelt«, sagt Rettig. Für ihn ist das ein Grund mehr, weiterzumachen: 38.500 Euro hat \
die Innung bisher gesammelt.

**Mitmachen:** Der nächste Transport startet am 14. August an der Sammelstelle Hameln, \
Deisterallee 12. Geschäftsstelle: Telefon 05151 555-480.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "subheading adding up Shoigu's two figures of the next paragraph (his claim)"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Russia's security council chief Shoigu 'am 17. Juni' in Pyongyang: deminers to be "
          "sent to Kursk"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders to be sent (a new contingent, no increment word)"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "NIS 'nach Angaben von Abgeordneten, die am Montag unterrichtet wurden': stationed in "
          "the border region"),
        C("mindestens 600", 600, "at_least", "casualties", "south_korea", "mon",
          "same briefing, 'beziffert der Dienst': fallen"),
        C("zwischen 20.000 und 30.000", None, "range", "planned", "ukraine", "lastweek",
          "Budanov 'vergangene Woche' in an interview, in »«: 'weitere' (increment)", add=True),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17",
          "guild master restating Shoigu's total inside his quote", opt=True),
    ),
)

Q06 = Source(
    article_id="q77_06_hildesheim_studiradio_parade_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Radio Innerste – Hochschulradio Hildesheim",
        "https://www.radio-innerste.example/weltempfang/folge-47-kims-parade",
        "Weltempfang: Was Kims Parade über Kursk verrät",
    ),
    features="Hildesheim student radio's show page in HTML, ISO-8859-1 (quotes and dashes only "
        "as entities `&bdquo;`/`&ldquo;`/`&ndash;`), no meta date (sidecar, Wednesday), a player "
        "notice 'Lauter drehen' / 'Stumm lassen', a stream script with an episode number; h1 "
        "'Seoul:' from the NIS 'am Dienstag' (Tuesday to publication); parade soldiers in "
        "Pyongyang (not a claim) and KCNA's `mehrere hundert` Kursk veterans marching "
        "(returnees: optional); Kim's speech &bdquo;Tausenden Helden&ldquo; (north_korea, "
        "the Friday); Medvedev 'am Samstag' to Ria `über zehntausend` (russia, number word); "
        "the NIS's `bis zu 5000` builders 'Zusätzlich' (increment) and the dead; the station's "
        "own sum 'Rechnet man … zusammen' (unattributed, `pub`); students, KCNA reports, "
        "frequency, minutes, age, anniversary",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Weltempfang: Was Kims Parade über Kursk verrät | Radio Innerste</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/innerste.css?v=31">
<script>var \
ri={sendung:"weltempfang",folge:47,stream:"https://stream.radio-innerste.example/live"};</script>
</head>
<body>
<div class="hinweis">Unser Player merkt sich, wie laut du hörst. Mehr nicht, versprochen. \
<button>Lauter drehen</button> <button>Stumm lassen</button></div>
<nav><a href="/">Start</a> | <a href="/programm">Programm</a> | <a href="/podcasts">Podcasts</a> \
| <a href="/mitmachen">Mitmachen</a> | <a href="/empfang">UKW 104,1</a></nav>
<article>
<h1>Seoul: [[10.000]] Nordkoreaner an der Grenze zu Kursk</h1>
<p class="unterzeile">Weltempfang, Folge 47: Kims Parade, Moskaus Dank und eine Studentin, die \
KCNA-Meldungen zählt</p>
<p>Am Freitag marschierten in Pjöngjang zum 80. Jahrestag der Arbeiterpartei Tausende Soldaten \
über den Kim-Il-Sung-Platz. Unter ihnen waren nach Angaben der Staatsagentur KCNA auch [[mehrere \
hundert]] Veteranen der &bdquo;Operation Kursk&ldquo;, die in einem eigenen Block liefen.</p>
<p>In seiner Ansprache pries Kim Jong Un die &bdquo;[[Tausenden]] Helden&ldquo;, die im Ausland \
für die Freiheit des Brudervolkes gekämpft hätten. Auf der Ehrentribüne stand Russlands \
Vize-Sicherheitsratschef Dmitri Medwedew. Er sprach am Samstag gegenüber der Agentur Ria Nowosti \
von &bdquo;[[über zehntausend]] koreanischen Waffenbrüdern&ldquo;, die bei der Befreiung des \
Gebiets Kursk geholfen hätten.</p>
<p>Nüchterner klingt Seoul. Südkoreas Geheimdienst NIS erklärte am Dienstag bei der jährlichen \
Prüfung durch das Parlament, derzeit seien [[rund 10.000]] nordkoreanische Soldaten im Gebiet \
Kursk und entlang der Grenze stationiert. Zusätzlich könnten [[bis zu 5000]] Bausoldaten folgen, \
die Pjöngjang Moskau zugesagt habe. Die Zahl der Gefallenen schätze man auf [[etwa 2000]].</p>
<p>Rechnet man alle bisher aus Seoul gemeldeten Kontingente zusammen, hat Nordkorea seit Herbst \
2024 [[rund 15.000]] Soldaten nach Russland geschickt &ndash; fast doppelt so viele, wie die \
Universität Hildesheim Studierende hat.</p>
<h2>312 Meldungen, keine einzige Zahl</h2>
<p>Lea Brandt, 23, studiert Internationales Informationsmanagement und hat für eine Hausarbeit \
312 KCNA-Meldungen aus dem Sommer ausgewertet. &bdquo;Die Toten tauchen nur als Helden auf, nie \
als Zahl&ldquo;, sagt sie in der Sendung. Auffällig sei, wie oft das Wort \
&bdquo;Blutsbande&ldquo; falle: 41-mal in drei Monaten.</p>
<p>Weltempfang läuft jeden Mittwoch um 18 Uhr auf UKW 104,1 und im Stream. Die ganze Folge dauert \
54 Minuten.</p>
</article>
<footer>Radio Innerste e.&nbsp;V. &middot; Universitätsplatz 1 &middot; 31141 Hildesheim &middot; \
Studio 05121 555-883</footer>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "h1 'Seoul:' from the NIS figure of the body (Tuesday): at the border to Kursk"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri",
          "KCNA: Kursk veterans marching at Friday's parade (returnees)", opt=True),
        C("Tausenden", None, "vague", "near_front", "north_korea", "fri",
          "Kim's speech at Friday's parade, in quotes: heroes who fought abroad"),
        C("über zehntausend", 10000, "at_least", "near_front", "russia", "sat",
          "Medvedev 'am Samstag' to Ria Novosti (number word): helped liberate Kursk"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'am Dienstag' at the parliamentary audit, Konjunktiv: stationed at the border"),
        C("bis zu 5000", 5000, "at_most", "planned", "south_korea", "tue",
          "same audit: 'Zusätzlich könnten … folgen' (increment)", add=True),
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "same audit: fallen"),
        C("rund 15.000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the station's own sum of Seoul's contingents ('Rechnet man … zusammen')"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

Q07 = Source(
    article_id="q77_07_port_augusta_bakery_10000",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-10-29"),
    dated_by="dateline", crlf=True,
    features="Port Augusta daily as plain text, windows-1252 with CRLF (typographic quotes and "
        "dashes raw), dateline 'PORT AUGUSTA, 29 October 2024 –' (Tuesday); headline "
        "'Pentagon:' from Singh 'on Monday, Washington time' 'put … at' (Monday to "
        "publication); 'in her words' after a quoted vague figure; MPs out of an NIS session "
        "'last week' (two figures: shipped out and the December total); "
        "HUR 'reported on Sunday' with an apposition; Australia's foreign "
        "minister (other, `pub`); the baker echoing `ten thousand` in her quote (optional); "
        "age, distance, money, Russian losses a day, army size, opening hours, phone",
    text="""\
SPENCER GULF COURIER
World | The local angle

Pentagon: [[10,000]] of Kim’s soldiers now in Russia

A Commercial Road baker from Kharkiv says the news from Washington made her “sick in the stomach”

By Kerrie Lindqvist

PORT AUGUSTA, 29 October 2024 – Halyna Moroz was dusting the last tray of poppy-seed rolls with \
sugar when a cousin in Kharkiv sent her the headline at 5.40am.

Overnight, our time, the United States confirmed what Seoul and Kyiv had been saying for a \
fortnight. At a Pentagon briefing on Monday, Washington time, press secretary Sabrina Singh put \
the North Korean contingent in Russia at [[roughly 10,000]], spread over several training grounds \
in the far east. A smaller group – “[[several thousand]]”, in her words – had already been moved \
west towards the Kursk region, where Ukrainian forces still hold a strip of Russian territory.

Members of South Korea’s parliament emerged from a closed-door session with the National \
Intelligence Service last week saying [[about 3,000]] North Koreans had already been shipped out, \
and that Pyongyang intended to have [[10,000]] there before December.

Kyiv’s numbers run ahead of both. The HUR, Ukraine’s military intelligence directorate, reported \
on Sunday that the first North Korean units, [[some 2,600]] men, had been seen arriving in the \
Kursk region by train.

In Canberra, Foreign Minister Penny Wong called the deployment of “[[thousands]] of DPRK \
soldiers” to Russia a dangerous escalation and said Moscow’s ambassador would be called in.

For Ms Moroz, 46, who arrived in the Upper Spencer Gulf in 2022 with two teenage sons, the \
figures are not abstract. Her husband, a former tram mechanic, serves with an artillery brigade \
near Sumy – barely 30 kilometres from the Russian border.

“My husband says the Russians already send waves of men,” she said, shaping dough for a Wednesday \
wedding order. “If [[ten thousand]] Koreans come this month, who comes next month?”

About 40 Ukrainians now live between Port Augusta, Whyalla and Port Pirie, according to the local \
Ukrainian community group, which has raised $18,500 for generators since winter.

Russia, which is losing more than 1,200 soldiers a day killed or wounded according to British \
defence intelligence, has neither confirmed nor denied the reports. North Korea’s army numbers \
about 1.2 million.

The bakery is open Tuesday to Saturday, 6am to 2pm. Donations for the generator appeal: 0412 555 \
019.
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon:' from Singh's Monday figure of the lead: in Russia"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon press secretary Singh 'on Monday, Washington time' 'put … at': the "
          "contingent in Russia"),
        C("several thousand", None, "vague", "near_front", "united_states", "mon",
          "same briefing, 'in her words' after the quoted figure: moved towards Kursk"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "MPs out of a session with the NIS 'last week': already shipped out"),
        C("10,000", 10000, "exact", "planned", "south_korea", "lastweek",
          "same briefing: 'intended to have … there before December' (intended total)"),
        C("some 2,600", 2600, "approx", "near_front", "ukraine", "sun",
          "HUR 'reported on Sunday', apposition 'Ukraine's military intelligence directorate': "
          "arriving in Kursk"),
        C("thousands", None, "vague", "in_russia", "other", "pub",
          "Australia's foreign minister (a third government), undated, in quotes: "
          "deployment to Russia"),
        C("ten thousand", 10000, "exact", "in_russia", "united_states", "mon",
          "the baker echoing the Pentagon figure inside her quote", opt=True),
    ),
)

Q08 = Source(
    article_id="q77_08_papa_westray_pulled_back_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-02-13"),
    dated_by="front_matter",
    features="Papa Westray community page in Markdown, ISO-8859-1 with straight quotes and "
        "`£`, front matter with `date:` and a title without a figure; heading 'after 4,000 "
        "losses' (exact as written) from the NIS figure the body dates to Wednesday; lawmaker "
        "relaying the NIS 'on Wednesday' (`roughly 4,000` casualties 'out of a force of' "
        "`about 11,000`); the UK Ministry of Defence 'on Monday' 'likely in excess of 4,000' "
        "(other, at_least); the SSO spokesman 'on Tuesday' relaying HUR's `several thousand` "
        "'fresh' soldiers (vague increment); a NATO official 'last week' `11,000 or so`; "
        "islanders, flight minutes and miles, ferry, fares, ages, years at sea, Russian losses",
    text="""\
---
title: "Papay Notes: a quiet island and a loud war"
date: 2025-02-13
author: "Morag Rendall"
section: news
---

# Seoul: Kim's men pulled back from Kursk after [[4,000]] losses

*From the Papay Post community page - the wider world, read from the north end of Orkney*

The Westray ferry was off again on Tuesday, so most of the island heard this one on the radio: \
Kim Jong Un's soldiers, Seoul says, have not been seen fighting in Russia's Kursk region for \
nearly three weeks.

South Korea's National Intelligence Service gave the news to a parliamentary committee in Seoul \
on Wednesday. Lee Seong-kweun, a lawmaker on the committee, said afterwards that the spy agency \
believed the North Koreans had been withdrawn from the front because of heavy losses. By the \
agency's reckoning, [[roughly 4,000]] had been killed or wounded out of a force of [[about \
11,000]].

London's view is much the same. The Ministry of Defence said in its intelligence update on Monday \
that North Korean casualties were "likely [[in excess of 4,000]]", many of them from drone strikes.

Kyiv does not think the pause will last. A spokesman for Ukraine's special operations forces said \
on Tuesday that the North Koreans were "retraining, not retreating". Military intelligence, he \
added, expected Pyongyang to send '[[several thousand]]' fresh soldiers by the spring.

At NATO headquarters the line is cautious. A NATO official, speaking to reporters in Brussels \
last week ahead of the defence ministers' meeting, said the alliance had seen no sign that any of \
the [[11,000 or so]] had gone home.

## Why it matters up here

Ian Drever, 67, spent 28 years as a chief engineer on North Sea supply vessels, many of them \
crewed by men from Odesa and Kherson. "Two of my old lads are in the army now, one of them in \
Zaporizhzhia," he says. "When I read about Koreans in Kursk I think: that is one more thing \
coming at them."

The island has about 90 residents, a shop, a hostel with 16 beds, and the shortest scheduled \
flight in the world: 1.7 miles to Westray, two minutes in good weather. The community council's \
collection for the Orkney-Ukraine link raised £1,240 at the January ceilidh.

According to Ukraine's General Staff, Russia lost 1,130 soldiers on Wednesday alone.
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "south_korea", "wed..pub",
          "heading 'Seoul:' from the NIS figure the body dates to Wednesday: losses"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "wed",
          "lawmaker relaying the NIS 'on Wednesday' ('By the agency's reckoning'): killed or "
          "wounded"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "same briefing: 'out of a force of' (the deployed total)"),
        C("in excess of 4,000", 4000, "at_least", "casualties", "other", "mon",
          "UK Ministry of Defence (a third government) update 'on Monday', in quotes"),
        C("several thousand", None, "vague", "planned", "ukraine", "tue",
          "SSO spokesman 'on Tuesday' relaying military intelligence: 'fresh soldiers' by "
          "spring (increment)", add=True),
        C("11,000 or so", 11000, "approx", "in_russia", "nato", "lastweek",
          "NATO official 'last week' in Brussels: none gone home ('or so' after the number)"),
    ),
)

Q09 = Source(
    article_id="q77_09_greenbrier_ledger_30000_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-24"),
    dated_by="html_meta",
    features="West Virginia paper in HTML, UTF-8 with BOM (`article:published_time` with "
        "-04:00, NewsArticle JSON-LD with a word count, a meter script, a consent bar 'Track "
        "away' / 'No thanks, neighbour', navigation, entities `&mdash;`, `&ldquo;`, `&lsquo;`, "
        "`&middot;`); `<title>` figure (optional, increment); h1 'Kyiv braces for' `30,000` "
        "'more' and the lead's `up to 30,000` 'more' from Budanov 'on Monday' (increments); "
        "Nikkei 'citing Ukrainian intelligence officials' 'earlier this month' `25,000 to "
        "30,000` (X citing Y: ukraine, range increment); a State Department spokesperson "
        "'Tuesday'; the NIS 'from the spring' (March–May); Shoigu 'In June' `6,000` (russia, "
        "planned); a medical student's class, dollars, miles, age, the 1953 armistice, fair "
        "dates, Russian losses",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Kyiv braces for [[30,000]] more North Korean soldiers | Greenbrier Valley Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="article:published_time" content="2025-07-24T07:15:00-04:00">
<meta property="og:site_name" content="Greenbrier Valley Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle", \
"datePublished":"2025-07-24T07:15:00-04:00","wordCount":640}</script>
<script>window.gvlMeter={free:5,used:2,zone:"wv-13"};</script>
</head>
<body>
<div class="consent-bar">This paper runs on coffee and cookies. Only one of them is yours to \
refuse. <button>Track away</button> <button>No thanks, neighbour</button></div>
<nav><a href="/">Home</a> &middot; <a href="/local">Local</a> &middot; <a \
href="/statehouse">Statehouse</a> &middot; <a href="/world">Nation &amp; World</a> &middot; <a \
href="/fair">State Fair</a> &middot; <a href="/obits">Obituaries</a></nav>
<article>
<h1>Kyiv braces for [[30,000]] more North Korean soldiers</h1>
<p class="dek">At the osteopathic school on Lee Street, a student from Chernihiv reads every \
report twice</p>
<p class="byline">By Dale Hinkle, Ledger staff</p>
<p>LEWISBURG &mdash; Ukraine&rsquo;s military intelligence chief warned on Monday that North \
Korea may be preparing to send [[up to 30,000]] more soldiers to fight for Russia, far more than \
the contingents Pyongyang has supplied so far.</p>
<p>Kyrylo Budanov, HUR&rsquo;s chief since 2020, gave the figure in a television interview and \
said the new troops could arrive &ldquo;within months.&rdquo; His estimate matches a report in \
Japan&rsquo;s Nikkei newspaper earlier this month that, citing Ukrainian intelligence officials, \
put Pyongyang&rsquo;s next wave at [[25,000 to 30,000]] men.</p>
<p>U.S. officials are more careful. A State Department spokesperson said Tuesday that Washington \
could not confirm the new numbers and still believed [[around 11,000]] North Korean troops were \
in Russia.</p>
<p>Seoul&rsquo;s most recent loss estimate dates from the spring, when South Korea&rsquo;s \
intelligence service counted [[roughly 4,700]] North Korean casualties, dead and wounded \
together. In June, Moscow went further: Russian Security Council chief Sergei Shoigu, visiting \
Pyongyang, announced that the North would also supply [[6,000]] engineers and deminers to rebuild \
the Kursk region.</p>
<h2>&lsquo;Every number is somebody&rsquo;s brother&rsquo;</h2>
<p>For Yulia Savchenko, 27, a second-year student at the West Virginia School of Osteopathic \
Medicine, the reports are personal. Her hometown of Chernihiv lies about 40 miles from the \
Russian border, and of the 212 students in her class she is the only Ukrainian.</p>
<p>&ldquo;People here ask me what the numbers mean,&rdquo; she said between shifts at a Lewisburg \
clinic. &ldquo;I tell them: every number is somebody&rsquo;s brother.&rdquo; A bake sale she \
organized at Carnegie Hall in May raised $1,240 for a hospital in her city.</p>
<p>The war reaches the county in other ways, too. Veterans will mark the anniversary of the 1953 \
Korean War armistice on Sunday at the courthouse. The State Fair runs Aug. 8 through 16. By \
Kyiv&rsquo;s count, Russia is losing about 1,000 soldiers a day.</p>
</article>
<footer>&copy; 2025 Greenbrier Valley Ledger &middot; 200 W. Washington St., Lewisburg, WV 24901 \
&middot; (304) 555-0182</footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "<title> (metadata) restating the h1", add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "h1 'Kyiv braces for … more' from Budanov's Monday figure of the lead (increment; as "
          "written, without 'up to')", add=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "Budanov (HUR) 'on Monday': may send 'more' (increment)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..pub",
          "Nikkei 'citing Ukrainian intelligence officials' 'earlier this month' (X citing Y): "
          "the next wave (increment)", add=True),
        C("around 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "State Department spokesperson 'said Tuesday': in Russia"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'from the spring' (season window) 'counted': casualties, dead and wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June' in Pyongyang: would supply engineers and deminers"),
    ),
)

Q10 = Source(
    article_id="q77_10_vardar_monitor_first_dead_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Vardar Monitor",
        "https://vardarmonitor.example/world/2024/12/18/seoul-first-north-korean-dead-kursk",
        "Seoul: at least 100 North Koreans killed in Kursk fighting",
    ),
    features="North Macedonian English-language outlet in HTML, windows-1252 with CRLF "
        "(typographic quotes raw, `€`), no meta date (sidecar, Wednesday), an ad-slot script, a "
        "GDPR bar 'Stamp my passport' / 'Border closed', navigation, footer with a phone "
        "number; h1 'Seoul:' from legislators briefed by the NIS 'on Tuesday' (Tuesday to "
        "publication); `at least 100` killed and `nearly 1,000` wounded (not an increment); a "
        "senior US military official 'on Monday' “several hundred”; the SSO 'on Sunday' "
        "`about 50` killed and `47 others` wounded (not an increment); Rutte 'earlier this "
        "month … at the time' (nato, window 1 December to publication); a deputy foreign "
        "minister in Skopje 'on Wednesday' (other, the publication day); North Macedonia's "
        "army, KFOR contingent, euros, helicopters, distance, Russian losses",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Kim’s soldiers start dying in Kursk, Seoul says | Vardar Monitor</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Vardar Monitor">
<script>window.vmAds={slots:["top_970x250","mid_300x600"],geo:"MK",lang:"en"};</script>
</head>
<body>
<div id="gdpr">We use cookies to keep the lights on in Skopje. <button>Stamp my passport</button> \
<button>Border closed</button></div>
<header><a class="logo" href="/">Vardar Monitor</a>
<nav><a href="/politics">Politics</a> | <a href="/region">Region</a> | <a href="/world">World</a> \
| <a href="/business">Business</a> | <a href="/ohrid">Ohrid</a></nav></header>
<article>
<h1>Seoul: [[at least 100]] North Koreans killed in Kursk fighting</h1>
<p class="standfirst">The spy agency’s first casualty estimate comes as Skopje weighs another \
ammunition package for Ukraine</p>
<p class="byline">By Ivana Stojkovska, world desk</p>
<p>North Korea’s first combat deployment in Europe is already costing lives. South Korean \
legislators briefed by the National Intelligence Service on Tuesday said the agency had counted \
[[at least 100]] North Korean soldiers killed and [[nearly 1,000]] wounded since Kim’s soldiers \
joined the battle around Kursk a few weeks ago.</p>
<p>One of them, Lee Seong-kweun, told reporters the toll was high because the North Koreans were \
being used as “front-line storm troops” with little grasp of drone warfare.</p>
<p>Washington’s picture is similar. A senior U.S. military official, briefing reporters at the \
Pentagon on Monday on condition of anonymity, said “[[several hundred]]” North Koreans had been \
killed or wounded, from privates up to fairly junior officers.</p>
<p>Ukraine has been more specific. Its special operations forces published drone footage on \
Sunday and said their operators had killed [[about 50]] North Korean soldiers in a single clash \
near the village of Plekhovo and wounded [[47]] others.</p>
<p>NATO Secretary General Mark Rutte, who hosted the alliance’s foreign ministers in Brussels \
earlier this month, said at the time that Pyongyang had shipped [[more than 10,000]] soldiers to \
Russia and that “a large part” of them were now in combat.</p>
<h2>“Not only Ukraine’s war”</h2>
<p>In Skopje, Deputy Foreign Minister Nikola Trajkovski told the Vardar Monitor on Wednesday that \
“[[thousands]] of soldiers from Asia fighting on European soil” showed the war could no longer be \
treated as a regional conflict.</p>
<p>North Macedonia, a NATO member since 2020, has an army of about 8,000 and keeps 65 soldiers \
with KFOR in Kosovo. The government is considering a further ammunition package worth €12 \
million, after handing over four Mi-24 helicopters last year.</p>
<p>Plekhovo lies about 8 km from the Ukrainian border. By the count of Kyiv’s General Staff, \
Russia lost 1,520 troops on Monday alone.</p>
</article>
<footer>© 2024 Vardar Monitor DOOEL Skopje · Ul. Makedonija 14 · +389 2 555 0147</footer>
</body>
</html>
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue..pub",
          "h1 'Seoul:' from the lead's Tuesday figure: killed"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue",
          "legislators briefed by the NIS 'on Tuesday': killed"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "tue",
          "same briefing: wounded (the others of the same count, not an increment)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "senior US military official at the Pentagon 'on Monday', in quotes: killed or "
          "wounded"),
        C("about 50", 50, "approx", "casualties", "ukraine", "sun",
          "SSO 'on Sunday': killed in a single clash"),
        C("47", 47, "exact", "casualties", "ukraine", "sun",
          "same statement: 'wounded 47 others' (others of the same clash, not an increment)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-01..pub",
          "Rutte 'earlier this month … at the time': shipped to Russia"),
        C("thousands", None, "vague", "near_front", "other", "wed",
          "North Macedonia's deputy foreign minister (a third government) 'on Wednesday' (the "
          "publication day), in quotes: fighting on European soil"),
    ),
)

Q11 = Source(
    article_id="q77_11_kosrae_station_student_seoul_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "Kosrae Morning Tide",
        "",
        "From Tafunsak to Seoul: a student reads the war news",
    ),
    features="Kosrae community station's web page in Markdown, UTF-16 LE with BOM, front matter "
        "without a date (sidecar without url, Friday) and a title without a figure; heading "
        "'Seoul:' from the NIS 'On September 4' (that day to publication); 'The agency "
        "believes … Ruth said, reading from a Korean news site' (the NIS's figure relayed, "
        "window from the briefing to publication); state television's late-August ceremony with "
        "`101` portraits (north_korea, 21–31 August); Zelensky 'in an interview this week' "
        "(Monday to publication) “At least 5,000”; an Indo-Pacific Command spokesman 'on "
        "Tuesday' in Honolulu; the student's professor `closer to 3,000` (other, `pub`); "
        "islanders, municipalities, distance, flights a week, age, phone",
    text="""\
---
title: "From Tafunsak to Seoul: a student reads the war news"
category: island voices
tags: [Korea, Ukraine, students]
---

# Seoul: [[about 2,000]] of Kim's soldiers dead in Russia

*Kosrae Morning Tide - the web page of our community station*

Ruth Sigrah, 20, from Tafunsak, has been studying in Seoul since March on a university exchange. \
She called our Thursday breakfast show from her dormitory, where the news about North Korea's \
soldiers in Russia is on every screen.

On September 4, South Korea's National Intelligence Service told lawmakers that [[about 2,000]] \
of the North's troops were dead, a year into their war for Moscow. "The agency believes [[some \
13,000]] have been sent since last October," Ruth said, reading from a Korean news site. "People \
here talk about it on the subway, quietly."

The numbers came a week after North Korean state television aired a ceremony in late August at \
which leader Kim Jong Un knelt before framed portraits of [[101]] soldiers who fell in the Kursk \
region and pinned medals on flags draped over their coffins.

Ukraine's president, Volodymyr Zelensky, said in an interview this week that the real toll was \
higher. "[[At least 5,000]] of them are dead or crippled," he said.

The United States keeps a broader count. A spokesman for U.S. Indo-Pacific Command said on \
Tuesday in Honolulu that [[around 15,000]] North Koreans had served in Russia since the first \
units arrived.

Ruth is not sure whom to believe. "My professor thinks it is [[closer to 3,000]] dead," she said. \
"She says the North never tells anyone about its dead, not even the families."

## Far away, and not so far

Kosrae has about 6,600 people in four municipalities and lies more than 4,500 kilometres from \
Seoul. United's island hopper calls three times a week. Several dozen young Kosraeans serve in \
the U.S. armed forces, and two families in Malem have sons in Korea.

Ruth returns in December. Listeners who want to send her a message can call the station at \
370-2255 before 9 a.m.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04..pub",
          "heading 'Seoul:' from the NIS figure the body dates to September 4: dead"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "NIS to lawmakers 'On September 4': dead"),
        C("some 13,000", 13000, "approx", "in_russia", "south_korea", "2025-09-04..pub",
          "'The agency believes' (present tense, the same briefing) relayed by the student "
          "reading a news site (X citing Y): sent"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state television's ceremony 'in late August': portraits of the fallen"),
        C("At least 5,000", 5000, "at_least", "casualties", "ukraine", "mon..pub",
          "Zelensky 'in an interview this week', in quotes: dead or crippled"),
        C("around 15,000", 15000, "approx", "in_russia", "united_states", "tue",
          "Indo-Pacific Command spokesman 'on Tuesday' in Honolulu: served in Russia"),
        C("closer to 3,000", 3000, "approx", "casualties", "other", "pub",
          "the student's professor, relayed in a quote ('thinks', present tense): dead"),
    ),
)

Q12 = Source(
    article_id="q77_12_sao_tome_equator_digest",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Equator Line Digest",
        "https://equatorline-digest.example/issues/212",
        "Equator Line Digest No. 212: cocoa, dredging, Korean troops in Russia",
    ),
    features="São Tomé cocoa-and-shipping newsletter as plain text, UTF-8 (sidecar, Thursday), "
        "an issue number and a contents line; item heading 'KOREAN TROOPS: Seoul sees 5,000' "
        "from the NIS 'on November 4' (that day to publication); `some 5,000` builders moving "
        "in and `about 10,000` at the border; the NIS's September count `roughly 2,000` and "
        "Washington 'at the time' `about 15,000` (month window, carried date); HUR 'on "
        "Monday' “tens of thousands” more (vague increment); Rutte 'last week' in Berlin "
        "(nato); the letter's own tally `more than 20,000` (unattributed, `pub`) next to "
        "'almost one in ten' (ratio); a Lisbon lecturer's 'Another 10,000' (other, increment, "
        "`pub`); cocoa prices and tonnes, per cent, dredging depth, flights, phone",
    text="""\
EQUATOR LINE DIGEST
Cocoa, shipping and the wider world - a weekly letter from São Tomé
No. 212

IN THIS ISSUE: Cocoa prices | Ana Chaves bay dredging | Korean troops in Russia | Flights

COCOA PRICES
Farm-gate prices held at 95 dobras a kilo this week. Exports to the end of October reached 2,870 \
tonnes, up 12 per cent on last year, with most of it bound for Amsterdam and Hamburg.

ANA CHAVES BAY DREDGING
The port authority says the channel will be dredged to 9 metres by March, which should let two of \
the larger feeder vessels call without lightering.

KOREAN TROOPS: Seoul sees [[5,000]] builders on the move

Readers who follow the war in Europe because it moves fertiliser and freight prices will want \
this one. At a parliamentary audit on November 4, Seoul's National Intelligence Service said \
[[some 5,000]] North Korean military construction troops had been moving into Russia since \
September, apparently to repair roads and rail lines in the Kursk region. The same briefing \
found [[about 10,000]] North Korean soldiers still posted along Russia's border with Ukraine.

The agency last updated its casualty count in September, when it said [[roughly 2,000]] had died. \
Washington, which at the time spoke of [[about 15,000]] North Koreans rotated through Russia, has \
said little since.

Kyiv says more are coming. Ukraine's military intelligence said on Monday that Pyongyang was \
training "[[tens of thousands]]" more men for possible deployment next year. NATO's Mark Rutte, \
in a speech in Berlin last week, said [[more than 15,000]] North Koreans had fought or worked for \
Russia so far.

By this letter's own tally of the official figures, the North has now sent [[more than 20,000]] \
men to Russia since October 2024 - almost one in ten of our islands' population. Rui Carvalho, \
who teaches international relations in Lisbon and writes for us now and then, expects the flow to \
continue: "Another [[10,000]] next year would not surprise me at all."

FLIGHTS
TAP flies twice a week to Lisbon; the Saturday flight to Luanda returns in December.

Questions, corrections and cocoa gossip: +239 222 5510.
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "item heading 'Seoul sees' from the NIS figure of November 4: moving into Russia"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "NIS at a parliamentary audit 'on November 4': construction troops moving into Russia"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'The same briefing found': posted along the border"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'in September': died"),
        C("about 15,000", 15000, "approx", "in_russia", "united_states", "2025-09-01..2025-09-30",
          "Washington 'at the time' (September, carried): rotated through Russia"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "mon",
          "HUR 'on Monday', in quotes: training 'more' for deployment next year (increment)",
          add=True),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'in a speech in Berlin last week': fought or worked for Russia"),
        C("more than 20,000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own tally of the official figures"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "Lisbon lecturer, in quotes: 'Another … next year' (increment, span without the "
          "word)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    Q01, Q02, Q03, Q04, Q05, Q06,
    Q07, Q08, Q09, Q10, Q11, Q12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
