"""Build the EIGHTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`.

The ninetieth corpus for an honest measurement on articles the extractor has never met, written
in session 12 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Frankenthal daily, a
Homburg (Saarpfalz) community radio's web text, a Gitschtal weekly (Austrian), a Tösstal paper
(Swiss), a bookbinders' guild magazine and a Clausthal student paper; a Port Pirie weekly, a
community page from Out Skerries (Shetland), a Nebraska Sandhills paper, a Pärnu English-language
outlet, an Abemama (Kiribati) island page and a Casamance newsletter from Ziguinchor. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind88_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b88_01_frankenthal_tagespost_seoul_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-24"),
    dated_by="html_meta",
    features="Frankenthal daily's world page in HTML (`article:published_time` with +02:00, a "
        "page-data script, a consent box in its own words, navigation, a footer with an address); "
        "`<title>` figure (optional); h1 'Südkorea:' from the NIS Wednesday briefing; lawmaker "
        "Park reporting after the committee; 'Schon am 18. Oktober' `1500`; '`1500` weitere' "
        "(increment, span without the word); 'so Park' carrying Konjunktiv to the planned total; "
        "Kirby 'am Abend' of Wednesday 'Mindestens 3000'; HUR 'in der vergangenen Woche' with "
        "'Bis zu 2600' in Kursk; a Heidelberg researcher from Frankenthal 'deutlich mehr als' "
        "(other, `pub`); Russian losses a day, army size, ticket price, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul: [[3000]] Soldaten aus Nordkorea schon in Russland | Frankenthaler Tagespost</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Frankenthaler Tagespost">
<meta property="article:published_time" content="2024-10-24T11:42:00+02:00">
<meta property="article:section" content="Welt">
<script>var ftpPage={rubrik:"welt",artikelId:51207,zeichen:3480,plus:false};</script>
</head>
<body>
<div id="cmp" class="hinweis">Unsere Seite führt ein kleines Notizbuch und trägt darin ein, wo \
Sie schon überall geklickt haben. <button>Darf sie</button> <button>Lieber ein Gedächtnis wie \
ein Sieb</button></div>
<nav><a href="/">Start</a> · <a href="/frankenthal">Frankenthal</a> · <a \
href="/rhein-pfalz-kreis">Rhein-Pfalz-Kreis</a> · <a href="/welt">Welt</a> · <a \
href="/sport">Sport</a> · <a href="/trauer">Trauer</a></nav>
<article>
<h1>Südkorea: Schon [[3000]] nordkoreanische Soldaten in Russland</h1>
<p class="vorspann">Pjöngjang schickt offenbar mehr Truppen als gedacht, auch Washington spricht \
jetzt von Beweisen. Eine Korea-Forscherin aus Frankenthal rechnet mit noch viel mehr.</p>
<p class="autor">Von Sabine Kerner · 24.10.2024, 11:42 Uhr</p>
<p>Nordkorea hat nach Erkenntnissen aus Seoul inzwischen [[rund 3000]] Soldaten nach Russland \
verlegt. Diese Einschätzung trug der Geheimdienst NIS am Mittwoch dem Geheimdienstausschuss des \
Parlaments vor, wie der Abgeordnete Park Sun-won anschließend vor Journalisten berichtete. Schon \
am 18. Oktober hatte der Dienst von [[1500]] Mann gesprochen, die auf russischen Marineschiffen \
nach Wladiwostok gebracht worden seien. Seither seien [[1500]] weitere nachgekommen.</p>
<p>Ein Ende sei nicht absehbar, so Park. Bis Dezember plane der Machthaber in Pjöngjang, insgesamt \
[[etwa 10.000]] Mann zu schicken. Die Soldaten würden derzeit in Lagern im Fernen Osten an \
russischen Waffen und Drohnen ausgebildet und bekämen russische Uniformen und gefälschte \
Papiere.</p>
<p>Washington, das sich tagelang bedeckt gehalten hatte, zog am Mittwoch nach. „Es gibt Beweise, \
dass nordkoreanische Truppen in Russland sind“, sagte Verteidigungsminister Lloyd Austin bei \
einem Besuch in Rom. Konkreter wurde am Abend John Kirby, der Sprecher des Nationalen \
Sicherheitsrats im Weißen Haus: [[Mindestens 3000]] Soldaten habe Pjöngjang in der ersten \
Oktoberhälfte per Schiff nach Fernost verfrachtet. Was sie dort vorhätten, sei noch unklar.</p>
<p>Der ukrainische Militärgeheimdienst HUR geht von deutlich höheren Zahlen aus. Er hatte in der \
vergangenen Woche mitgeteilt, in Ostrussland würden [[rund 11.000]] nordkoreanische \
Infanteristen ausgebildet. [[Bis zu 2600]] von ihnen seien bereits im Gebiet Kursk \
eingetroffen.</p>
<p>Moskau bestreitet das alles. Kremlsprecher Dmitri Peskow nannte die Berichte am Mittwoch \
„eine weitere Ente“. Russland verliert nach Schätzungen des britischen Verteidigungsministeriums \
derzeit täglich mehr als 1200 Soldaten durch Tod oder Verwundung.</p>
<h2>„Kim geht es um Devisen und Kampferfahrung“</h2>
<p>Für Hanna Jeong, die in Frankenthal aufgewachsen ist und heute an der Universität Heidelberg \
über die koreanische Halbinsel forscht, kommt das nicht überraschend. „Ich wäre nicht erstaunt, \
wenn es am Ende deutlich [[mehr als 20.000]] werden“, sagt die 34-Jährige. Nordkoreas Armee \
zähle rund 1,2 Millionen Soldaten, Kim könne also Leute entbehren, „und er braucht Geld“.</p>
<p>Jeong stellt am 7. November um 19.30 Uhr in der Stadtbücherei ihr Buch über die beiden Koreas \
vor. Der Eintritt kostet 5 Euro, Karten gibt es unter Telefon 06233 770412.</p>
</article>
<footer>© 2024 Frankenthaler Tagespost · Speyerer Straße 3, 67227 Frankenthal · <a \
href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
<script src="/static/ftp.bundle.js" async></script>
</body>
</html>
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) restating the NIS Wednesday figure", opt=True),
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "h1 'Südkorea:': the body's NIS figure of Wednesday (Wednesday to publication)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS briefing 'am Mittwoch', reported by lawmaker Park: moved to Russia"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "'Schon am 18. Oktober hatte der Dienst' (an older figure with its own date)"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "wed",
          "'Seither seien 1500 weitere nachgekommen' (increment; span without the word)",
          add=True),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "Konjunktiv carried by 'so Park': intended total by December"),
        C("Mindestens 3000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'am Abend' (of Wednesday, after Austin 'am Mittwoch'): brought to eastern Russia"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "lastweek",
          "HUR 'in der vergangenen Woche': trained in eastern Russia"),
        C("Bis zu 2600", 2600, "at_most", "near_front", "ukraine", "lastweek",
          "same statement, Konjunktiv: arrived in the Kursk region"),
        C("mehr als 20.000", 20000, "at_least", "planned", "other", "pub",
          "Heidelberg researcher, quoted, present tense 'sagt': 'deutlich mehr als' in the end"),
    ),
)

B02 = Source(
    article_id="b88_02_bliestal_radio_erste_tote_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Bliestal",
        "https://www.radio-bliestal.example/nachrichten/welt/seoul-nordkoreaner-getoetet-kursk",
        "Seoul: Mindestens 100 Nordkoreaner bei Kursk getötet",
    ),
    features="Homburg (Saarpfalz) community radio's web text as plain text, UTF-16 LE with BOM "
        "and CRLF (sidecar, Friday), 'Stand:' line; headline 'Seoul:' from the NIS Thursday "
        "figure; 'geht davon aus' with lawmaker Lee named after the figures ('Das berichtete … "
        "am Donnerstag'), 'hieß es weiter' carrying Konjunktiv; Ryder 'am Montag' „mehreren "
        "Hundert“; HUR 'am Wochenende' (Saturday–Sunday); a Homburg trauma surgeon 'über "
        "Tausende' ('über' = about, not a hedge; other, `pub`); Ukrainian patients, hospital "
        "beds, phone number, FM frequency, airtime",
    text="""\
Radio Bliestal · Nachrichten aus Homburg und der Saarpfalz

Seoul: [[Mindestens 100]] Nordkoreaner bei Kursk getötet

Stand: 20.12.2024, 07:30 Uhr

Erstmals nennt Südkorea Zahlen zu den Toten unter den nordkoreanischen Soldaten, die auf \
russischer Seite kämpfen. Eine Unfallchirurgin vom Homburger Uniklinikum wundert das nicht.

Südkoreas Geheimdienst NIS geht davon aus, dass bei Gefechten im russischen Gebiet Kursk \
[[mindestens 100]] Nordkoreaner ums Leben gekommen sind. Die Zahl der Verletzten liege bei \
[[knapp 1000]]. Das berichtete Lee Seong-kweun, Mitglied des Geheimdienstausschusses, am \
Donnerstag, nachdem der Dienst die Parlamentarier hinter verschlossenen Türen unterrichtet \
hatte.

Die Soldaten würden von den Russen offenbar als Infanterie im offenen Gelände eingesetzt und \
hätten kaum Erfahrung mit Drohnenangriffen, hieß es weiter. Von den [[rund 11.000]] \
Nordkoreanern in Russland kämpfe inzwischen ein Teil direkt an der Front.

Aus Washington waren schon zu Wochenbeginn ähnliche Signale gekommen. Pentagon-Sprecher Pat \
Ryder sprach am Montag von „[[mehreren Hundert]]“ Getöteten und Verletzten, wollte das aber \
nicht genauer aufschlüsseln. Der ukrainische Militärgeheimdienst HUR hatte am Wochenende \
gemeldet, bei Kämpfen nahe dem Dorf Plechowo seien [[mindestens 30]] Nordkoreaner getötet oder \
verwundet worden. Der Kreml schweigt zu den Verlusten seines Verbündeten.

„Das wird schnell mehr“

Dr. Katrin Wendel leitet am Universitätsklinikum des Saarlandes in Homburg eine \
unfallchirurgische Station. Seit 2022 hat ihr Team 46 schwer verletzte ukrainische Soldaten \
behandelt. Was sie von Kollegen in Charkiw und Sumy hört, lässt sie wenig Gutes erwarten. „Ich \
rechne damit, dass wir bis zum Frühjahr über [[Tausende]] verwundete Nordkoreaner reden“, sagt \
die 51-Jährige. Drohnenverletzungen seien besonders tückisch: viele Splitter, oft an mehreren \
Körperstellen zugleich.

Das Klinikum mit seinen rund 1300 Betten sucht übrigens weiterhin Blutspender, Termine gibt es \
unter 06841 16-0. Mehr zum Thema hören Sie heute ab 17 Uhr in „Bliestal am Abend“ auf UKW 95,8.
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure the body dates to Thursday (Thursday to publication)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'geht davon aus', lawmaker named after the figures ('Das berichtete … am "
          "Donnerstag'): killed"),
        C("knapp 1000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing, Konjunktiv: wounded ('knapp' = approx)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'hieß es weiter' carrying the Thursday briefing: North Koreans in Russia"),
        C("mehreren Hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman Ryder 'am Montag' „…“: killed and wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'am Wochenende' (Saturday–Sunday): killed or wounded near one village"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "Homburg trauma surgeon 'rechne damit' (present tense): 'über Tausende' = about "
          "thousands, not a hedge"),
    ),
)

B03 = Source(
    article_id="b88_03_gitschtal_wochenblatt_gefangene_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-15"),
    dated_by="front_matter",
    features="Gitschtal weekly (Austrian conventions) in Markdown, ISO-8859-1 with straight "
        "quotes and »«, front matter with `date:` (Saturday); 'Jänner', 'Feber', 'heuer'; "
        "Zelensky 'Am 11. Jänner' `zwei` prisoners (number word); the NIS 'Mitte Jänner' two "
        "casualty figures; Zelensky 'Ende Jänner' 'fast 4000'; a Pentagon official 'vergangene "
        "Woche'; a senior NATO official 'am Donnerstag in Brüssel'; 'sollen' without a source "
        "(unattributed); a retired Bundesheer officer in Weißbriach »Einige tausend … nach« "
        "(vague increment, other, `pub`); Austrians on the Golan, village population, trail "
        "length, dates of a talk",
    text="""\
---
title: "Gefangene, Gefallene, Rückzug: Was von Kims Kursk-Abenteuer bleibt"
date: 2025-02-15
author: Herta Jank
rubrik: Über den Tellerrand
---

# Gefangene, Gefallene, Rückzug: Was von Kims Kursk-Abenteuer bleibt

**Weißbriach.** Der Krieg in der Ukraine ist weit weg vom Gitschtal. Ein Weißbriacher, der viele \
Jahre für die Vereinten Nationen im Einsatz war, verfolgt ihn trotzdem Tag für Tag.

Am 11. Jänner meldete Präsident Wolodymyr Selenskyj aus Kiew, ukrainische Einheiten hätten im \
russischen Gebiet Kursk [[zwei]] Nordkoreaner lebend in ihre Gewalt gebracht. Der eine habe eine \
Kieferverletzung, der zweite Wunden an beiden Beinen. Es waren die ersten Gefangenen, seit \
Pjöngjang im Herbst Truppen zur Unterstützung Moskaus geschickt hatte.

Südkoreas Nachrichtendienst NIS legte Mitte Jänner seine bis dahin genaueste Schätzung vor: \
[[rund 300]] Gefallene und [[etwa 2700]] Verwundete unter den Nordkoreanern. Selenskyj selbst \
bezifferte deren Verluste Ende Jänner auf [[fast 4000]] Tote und Verletzte.

Seit Anfang Feber ist es ruhig geworden um Kims Soldaten. Ein Sprecher der ukrainischen \
Spezialeinsatzkräfte sagte am Dienstag, sie seien von der Front abgezogen worden, "vermutlich \
wegen der schweren Verluste". Heimgekehrt sind sie aber nicht. Ein Pentagon-Vertreter sagte \
vergangene Woche, es seien weiterhin [[mehr als 10.000]] nordkoreanische Soldaten in Russland. \
Ein hoher NATO-Beamter sprach am Donnerstag in Brüssel sogar von [[über 11.000]], die Kim Jong \
Un seit Oktober geschickt habe. Insgesamt sollen es bisher [[rund 12.000]] gewesen sein.

## »Die schicken heuer noch welche nach«

Gottfried Oberlercher, 71, war als Offizier des Bundesheeres auf den Golanhöhen und später als \
UN-Militärbeobachter in Georgien. Heute sitzt er in seiner Stube in Weißbriach und liest jeden \
Tag, was aus Kiew und Seoul berichtet wird. Den Rückzug hält er für eine Verschnaufpause. \
»[[Einige tausend]] Mann schickt der Kim heuer noch nach, da wett ich was drauf«, sagt er. \
Russland brauche Soldaten, Nordkorea brauche Öl und Geld.

Auf dem Golan dienten zu seiner Zeit rund 380 Österreicher. Oberlercher erzählt am 28. Feber um \
19 Uhr im Gasthof Post von seinen Einsätzen, der Eintritt ist frei. Das Gitschtal mit seinen \
knapp 1300 Einwohnern lädt am selben Wochenende zum Nachtlanglauf auf der 25 Kilometer langen \
Loipe.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner gab … bekannt': captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-10..2025-01-20",
          "NIS 'Mitte Jänner' (10th–20th): killed"),
        C("etwa 2700", 2700, "approx", "casualties", "south_korea", "2025-01-10..2025-01-20",
          "same estimate: wounded"),
        C("fast 4000", 4000, "approx", "casualties", "ukraine", "2025-01-20..2025-01-31",
          "Zelensky 'Ende Jänner' ('fast' = approx): killed and wounded"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "lastweek",
          "a Pentagon official 'vergangene Woche', Konjunktiv: still in Russia"),
        C("über 11.000", 11000, "at_least", "in_russia", "nato", "thu",
          "senior NATO official 'am Donnerstag in Brüssel': sent since October"),
        C("rund 12.000", 12000, "approx", "in_russia", "unattributed", "pub",
          "'sollen' without a source (unattributed, required): sent in all"),
        C("Einige tausend", None, "vague", "planned", "other", "pub",
          "retired Bundesheer officer »…«, present tense 'sagt': 'heuer noch nach' (increment)",
          add=True),
    ),
)

B04 = Source(
    article_id="b88_04_toesstaler_anzeiger_verluste_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Tösstaler Anzeiger",
        "https://www.toesstaler-anzeiger.example/ausland/seoul-600-nordkoreaner-gefallen",
        "Seoul: 600 Nordkoreaner in Russland gefallen",
    ),
    features="Tösstal paper (Swiss conventions) in HTML, windows-1252 (raw «», `ss`, `15'000`, "
        "`11'000`, 4-digit `4700`/`2000`), no meta date (sidecar, Wednesday), a cookie strip in "
        "its own words, navigation by village, a footer with a phone number; `<title>` figure "
        "(optional); h1 'Seoul:' from the JCS figure of Wednesday (the publication day); 'Etwa "
        "600 von ihnen' (breakdown) and `4700` with the claimant after the figures ('Das teilte "
        "der Generalstab am Mittwoch … mit'); Gerasimov and KCNA confirming without figures; the "
        "US State Department 'Anfang April'; Selenski 'am Montagabend' 'mehrere tausend'; a "
        "retired Deza agronomist from Wila 'deutlich mehr als 2000' (other, `pub`); Deza office, "
        "talk price in francs",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Seoul beziffert Verluste: [[600]] Nordkoreaner gefallen – Tösstaler Anzeiger</title>
<meta name="description" content="Nach Moskau bestätigt auch Pjöngjang den Einsatz im Gebiet \
Kursk.">
<link rel="canonical" \
href="https://www.toesstaler-anzeiger.example/ausland/seoul-600-nordkoreaner-gefallen">
<script>window.taStat={ressort:"ausland",id:"ta-20250430-17",laenge:"mittel"};</script>
</head>
<body>
<div class="cookie-leiste">Wir legen ein paar Krümel ab, damit die Seite weiss, dass Sie schon \
einmal da waren. <button>Ja, nur zu</button> <button>Nein, merci vielmal</button></div>
<nav><a href="/">Startseite</a> | <a href="/region">Region</a> | <a href="/bauma">Bauma</a> | <a \
href="/wila">Wila</a> | <a href="/turbenthal">Turbenthal</a> | <a \
href="/ausland">Ausland</a></nav>
<main>
<h1>Seoul: [[600]] Nordkoreaner in Russland gefallen</h1>
<p class="lead">Erst Moskau, dann Pjöngjang: Beide geben den Einsatz nordkoreanischer Truppen im \
Gebiet Kursk nun offen zu. Ein Agronom aus Wila, der jahrelang in Nordkorea arbeitete, hält die \
Opferzahlen für zu tief.</p>
<p>Nordkorea hat nach Erkenntnissen des südkoreanischen Generalstabs bisher [[rund 15'000]] \
Soldaten nach Russland geschickt. [[Etwa 600]] von ihnen seien gefallen, die Zahl der Toten und \
Verwundeten zusammen liege bei [[4700]]. Das teilte der Generalstab am Mittwoch in Seoul mit. \
Die Verluste gingen zum grossen Teil auf Drohnen zurück.</p>
<p>Zuvor hatten erst Russland und dann Nordkorea den Einsatz bestätigt. Russlands \
Generalstabschef Waleri Gerassimow lobte am Samstag den «Heldenmut» der Koreaner bei der \
Rückeroberung von Kursk. Am Montag folgte eine Erklärung der Zentralen Militärkommission in \
Pjöngjang, verbreitet von der Staatsagentur KCNA: Kim Jong Un persönlich habe den Marschbefehl \
erteilt, der Beistandsvertrag mit Moskau verpflichte dazu. Wie viele Männer im Einsatz waren, \
verrieten weder Moskau noch Pjöngjang.</p>
<p>Das US-Aussenministerium war Anfang April noch von [[über 11'000]] Nordkoreanern in Russland \
ausgegangen. Kiew hält auch diese Angabe für überholt. Wolodimir Selenski sagte am Montagabend, \
es stünden nach wie vor [[mehrere tausend]] Nordkoreaner im Gebiet Kursk. «Russland verbirgt \
nur, wie viele es wirklich sind.»</p>
<h2>«Die Zahlen sind zu tief»</h2>
<p>Ruedi Frei aus Wila hat zwischen 1998 und 2004 für die Direktion für Entwicklung und \
Zusammenarbeit (Deza) in Nordkorea Kartoffelprojekte betreut. Er kennt die Armee des Landes aus \
nächster Nähe, Soldaten halfen damals bei der Ernte. «Ich gehe von deutlich [[mehr als 2000]] \
Toten aus», sagt der 72-Jährige. Die jungen Männer seien gehorsam, aber auf einen Drohnenkrieg \
nicht vorbereitet.</p>
<p>Die Schweiz hat ihr Deza-Büro in Pjöngjang 2020 geschlossen. Frei spricht am 15. Mai im \
Kirchgemeindehaus Wila über seine Jahre in Nordkorea; der Eintritt kostet 10 Franken, Apéro \
inbegriffen.</p>
</main>
<footer>Tösstaler Anzeiger · Bahnhofstrasse 5, 8494 Bauma · Tel. 052 386 12 40 · © 2025</footer>
<script src="/js/ta-main.js" defer></script>
</body>
</html>
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "<title> (metadata) restating the JCS figure of Wednesday", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "h1 'Seoul:': the JCS figure the body dates to Wednesday (the publication day)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "JCS, claimant and day in the sentence after next ('Das teilte der Generalstab am "
          "Mittwoch … mit'): sent"),
        C("Etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "'von ihnen' (a breakdown of those sent), Konjunktiv: killed"),
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "same statement: dead and wounded together"),
        C("über 11'000", 11000, "at_least", "in_russia", "united_states",
          "2025-04-01..2025-04-10", "US State Department 'Anfang April' (1st–10th): in Russia"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "mon",
          "Selenski 'am Montagabend', Konjunktiv: still in the Kursk region"),
        C("mehr als 2000", 2000, "at_least", "casualties", "other", "pub",
          "Wila agronomist «…», present tense 'sagt': 'deutlich mehr als' (at_least)"),
    ),
)

B05 = Source(
    article_id="b88_05_buchbinder_innung_sumy_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-14"),
    dated_by="sidecar",
    sidecar=(
        "Der Buchbinder – Mitteilungen der Buchbinder-Innung Württemberg",
        "https://www.buchbinder-innung.example/menschen-im-handwerk/aus-sumy-an-die-heftlade",
        "Aus Sumy an die Heftlade",
    ),
    features="bookbinders' guild magazine in Markdown, UTF-8 with BOM, front matter without a "
        "date (sidecar, Monday) and a title without a figure; a Ukrainian bookbinder from Sumy "
        "in an Esslingen workshop; Shoigu 'im Juni' 'zusätzlich 6000' (planned increment, "
        "russia); her brother at the front „mehreren Hundert“ in position (other, `pub`); "
        "'Nach Zählung des südkoreanischen Geheimdienstes … derzeit' (present tense, `pub`); "
        "Seoul 'Ende April'; HUR 'Anfang Juli' '25.000 bis 30.000 weiteren' (range increment); "
        "the magazine's own sum 'Kämen sie alle, stünden bald' (unattributed, planned); workshop "
        "staff and age, distance, pages, euros, member firms",
    text="""\
---
titel: "Aus Sumy an die Heftlade"
rubrik: Menschen im Handwerk
heft: 3/2025
autorin: Ulrike Maas
---

# Aus Sumy an die Heftlade

*Olena Hrytsenko hat in der Ukraine alte Bücher restauriert. Jetzt arbeitet sie in Esslingen, \
und die Nachrichten aus ihrer Heimat lassen sie nicht los.*

Wenn Olena Hrytsenko einen Buchblock mit Zwirn heftet, geht es schnell: Nadel durch den Falz, \
Faden um die Bünde, nächster Bogen. Die 27-Jährige hat sieben Jahre lang in der \
Restaurierungswerkstatt der Gebietsbibliothek von Sumy gearbeitet, bevor sie im Frühjahr 2024 \
mit ihrer Mutter nach Deutschland kam. Seit September ist sie in der Buchbinderei Kächele in \
Esslingen, einem Innungsbetrieb mit 14 Beschäftigten, den es seit 1923 gibt.

Sumy liegt keine 30 Kilometer von der russischen Grenze entfernt, gleich dahinter beginnt das \
Gebiet Kursk. Dort haben im vergangenen Winter nordkoreanische Soldaten gekämpft, und dorthin \
sollen nun weitere kommen, diesmal mit Schaufeln und Minensuchgeräten. Russlands \
Sicherheitsratschef Sergej Schoigu hatte im Juni nach einem Besuch bei Kim Jong Un angekündigt, \
Pjöngjang werde zusätzlich [[6000]] Mann schicken, Minenräumer und Bautrupps für den \
Wiederaufbau.

Olenas Bruder Taras dient in einer Artilleriebrigade nördlich von Sumy. Am Telefon erzählt er \
ihr von [[mehreren Hundert]] Nordkoreanern, die auf der anderen Seite der Grenze in Stellung \
lägen. „Er sagt, nachts hört man sie rufen“, erzählt Olena und legt den nächsten Bogen auf.

## Zahlen, die keine Ruhe geben

Nach Zählung des südkoreanischen Geheimdienstes befinden sich derzeit [[rund 11.000]] \
nordkoreanische Soldaten in Russland. Die Verluste bezifferte Seoul Ende April auf [[etwa 4700]] \
Tote und Verwundete. Der ukrainische Militärgeheimdienst HUR warnte Anfang Juli, Pjöngjang mache \
[[25.000 bis 30.000]] weitere Soldaten für Russland bereit. Kämen sie alle, stünden bald \
[[mehr als 40.000]] Nordkoreaner auf russischem Boden.

„Ich binde Bücher, weil ich nicht schießen kann“, sagt Olena. Im Herbst will sie die \
Gesellenprüfung ablegen, ihr Gesellenstück soll ein Halbledereinband mit 320 Seiten werden. Die \
Innung unterstützt ukrainische Fachkräfte mit einem Sprachkurs, 12 Betriebe machen mit. Für die \
neue Fadenheftmaschine hat die Werkstatt im Frühjahr 18.500 Euro ausgegeben.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni' (month window), Konjunktiv: 'zusätzlich' (increment; span without "
          "the word)", add=True),
        C("mehreren Hundert", None, "vague", "near_front", "other", "pub",
          "a Ukrainian soldier telling his sister (present tense, no date): in position across "
          "the border"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'Nach Zählung des südkoreanischen Geheimdienstes … derzeit' (present tense, no date)"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-04-20..2025-04-30",
          "Seoul 'Ende April': dead and wounded"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR 'Anfang Juli': 'weiteren' (range increment)", add=True),
        C("mehr als 40.000", 40000, "at_least", "planned", "unattributed", "pub",
          "the magazine's own sum 'Kämen sie alle, stünden bald' (unattributed, required)"),
    ),
)

B06 = Source(
    article_id="b88_06_clausthal_campusecho_bilanz",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-09-25"),
    dated_by="dateline", crlf=True,
    features="Clausthal student paper as plain text, windows-1252 with CRLF, dateline "
        "'Clausthal-Zellerfeld, 25.09.2025 –' (Thursday); headline 'Seoul:' from the NIS "
        "director's Tuesday figure; 'Diese Zahl nannte … am Dienstag' after the figure; 'rund "
        "13.000' and '6000 weitere' (increment, span without the word); Zelensky 'gestern in "
        "New York' 'bis zu 30.000 weitere' (increment); 'sollen' without a source "
        "(unattributed); a South Korean doctoral student 'drei- bis viertausend' (number-word "
        "range, other, `pub`); Russian losses a day, students, founding year, lecture hall",
    text="""\
CAMPUSECHO – Die Studierendenzeitung an der TU Clausthal
Rubrik: Welt & Campus

Seoul: [[Rund 2000]] Nordkoreaner in Russland gefallen

Clausthal-Zellerfeld, 25.09.2025 – Knapp ein Jahr nach Beginn des nordkoreanischen Einsatzes an \
der Seite Russlands legt Südkorea eine neue Bilanz vor. Eine Doktorandin aus Seoul und ein \
Student aus Charkiw erzählen, was sie davon halten.

[[Etwa 2000]] nordkoreanische Soldaten sind nach Einschätzung des südkoreanischen \
Nachrichtendienstes im Krieg gegen die Ukraine ums Leben gekommen. Diese Zahl nannte \
NIS-Direktor Lee Jong-seok am Dienstag vor dem Geheimdienstausschuss der Nationalversammlung. \
Insgesamt habe Pjöngjang bislang [[rund 13.000]] Soldaten geschickt. [[6000]] weitere Kräfte, \
überwiegend für Räum- und Bauarbeiten, seien inzwischen ebenfalls in Russland eingetroffen.

Kiew rechnet mit noch mehr. Präsident Wolodymyr Selenskyj sagte gestern in New York am Rande der \
UN-Generalversammlung, Nordkorea halte [[bis zu 30.000]] weitere Männer für Russland bereit. \
Nachprüfen lässt sich von Clausthal aus keine dieser Zahlen. Seit Oktober 2024 sollen insgesamt \
[[mehr als 15.000]] Nordkoreaner nach Russland gebracht worden sein.

„Bei uns glaubt das kaum jemand“

Minji Seo, 29, promoviert am Institut für Aufbereitung über die Rückgewinnung von Lithium aus \
alten Batterien. Sie ist eine von rund 40 Studierenden aus Südkorea an der TU. „Zu Hause glaubt \
kaum jemand, dass die offizielle Zahl stimmt“, sagt sie. Sie schätzt, dass eher \
[[drei- bis viertausend]] Nordkoreaner gestorben sind. „Die Soldaten waren Kanonenfutter, und \
Kim hat das gewusst.“

Ihr Kommilitone Dmytro Melnyk aus Charkiw, 24, hat eine andere Sorge. Russland verliere nach \
Angaben des ukrainischen Generalstabs jeden Tag mehr als 1000 Soldaten, und trotzdem rücke die \
Front näher an seine Heimatstadt heran. „Wer an der Grenze bei Kursk Wache steht, macht einen \
Russen für den Donbass frei“, sagt er.

Die Hochschulgruppe „Osteuropa im Gespräch“ lädt am 9. Oktober um 18 Uhr in den Hörsaal A 4 ein. \
Die TU, 1775 als Bergschule gegründet, zählt rund 3300 Studierende.
""",
    claims=(
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS director's figure of Tuesday (Tuesday to publication)"),
        C("Etwa 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "claimant named after the figure ('Diese Zahl nannte NIS-Direktor … am Dienstag'): "
          "killed"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv: sent in all"),
        C("6000", 6000, "exact", "in_russia", "south_korea", "tue",
          "same briefing: 'weitere Kräfte … eingetroffen' (increment; span without the word)",
          add=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "yday",
          "Zelensky 'gestern in New York': 'weitere' held ready (increment)", add=True),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "'sollen' without a source (unattributed, required): brought to Russia since October"),
        C("drei- bis viertausend", None, "range", "casualties", "other", "pub",
          "South Korean doctoral student 'schätzt' (present tense): number-word range of the dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Shetland, Estonia, US, Kiribati, Senegal)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b88_07_port_pirie_times_first_clashes",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Pirie Coast Times",
        "https://www.piriecoasttimes.example/news/world/north-koreans-kursk-kyiv-says",
        "11,000 North Koreans in Kursk, Kyiv says; first clashes reported",
    ),
    features="Port Pirie (South Australia) weekly as plain text, UTF-8 with typographic quotes "
        "(sidecar, Wednesday); headline 'Kyiv says' from Umerov's interview that aired on "
        "Tuesday; 'the minister said in the interview, which went to air on Tuesday' (date at the "
        "end of the paragraph); 'At Monday's State Department briefing' and 'By his account' "
        "carrying the claimant; lawmakers briefed 'last week'; Australia's deputy prime minister "
        "'on Friday' in Adelaide „Thousands“ (other); a Crystal Brook veteran's range (other, "
        "`pub`); aid in dollars, tanks, distance, age, refugee families",
    text="""\
PIRIE COAST TIMES
Wednesday edition | World

[[11,000]] North Koreans in Kursk, Kyiv says; first clashes reported

By Tom Raggatt

North Korean soldiers have traded fire with Ukrainian forces for the first time, Ukraine’s \
defence minister says, in what Kyiv calls a dangerous new chapter of a war now deep into its \
third year.

Rustem Umerov told the South Korean broadcaster KBS that [[about 11,000]] North Koreans were now \
inside Russia’s Kursk region, part of which Ukraine has occupied since its surprise push across \
the border in August. The first engagements had been with “small units”, the minister said in \
the interview, which went to air on Tuesday.

Washington’s numbers are not far behind. At Monday’s State Department briefing, spokesman \
Matthew Miller said the US assessed that [[roughly 10,000]] North Korean troops had been sent to \
Russia’s east and that “a growing number” were heading west. By his account [[some 8,000]] had \
reached Kursk, where Russian officers were drilling them in artillery, drone use and trench \
clearing.

Seoul has been slower to go public. Lawmakers who sat through a closed-door briefing by South \
Korea’s intelligence service last week said afterwards that [[more than 10,000]] had arrived in \
Russia and that some had probably moved up to the front.

Deputy Prime Minister Richard Marles, speaking in Adelaide on Friday, called the deployment “a \
serious escalation” with consequences well beyond Europe. “[[Thousands]] of North Korean troops \
are now in a position to join the fight,” he said. Australia has committed more than $1.3 \
billion in military help to Ukraine since 2022, including 49 Abrams tanks announced last month.

‘It’ll keep growing’

At the Port Pirie RSL, Crystal Brook’s Graham Tilley watches the news on the bar television most \
evenings. The 66-year-old spent three years as a United Nations liaison officer at Panmunjom in \
the 1990s and says Pyongyang will not stop here.

“By the new year I’d expect [[15,000 to 20,000]] of them over there,” Tilley said. “Kim gets \
cash, fuel and an army that knows what a drone war looks like. Putin gets bodies. It’s a grim \
bargain.”

The smelter city, 225 kilometres north of Adelaide, has its own ties to the war: two Ukrainian \
families have settled here since 2022, according to the council, and a fundraising quiz night at \
the RSL on November 16 hopes to raise $5,000 for them.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "headline 'Kyiv says': Umerov's figure from the interview aired on Tuesday (Tuesday to "
          "publication)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "tue",
          "Umerov to KBS, date at the end of the paragraph ('which went to air on Tuesday'): in "
          "the Kursk region"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "State Department spokesman 'At Monday's … briefing': sent to Russia's east"),
        C("some 8,000", 8000, "approx", "near_front", "united_states", "mon",
          "'By his account' (same briefing): reached Kursk"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "lawmakers briefed by the intelligence service 'last week': arrived in Russia"),
        C("Thousands", None, "vague", "near_front", "other", "fri",
          "Australia's deputy prime minister 'on Friday' in Adelaide (a third government: other): "
          "in a position to join the fight"),
        C("15,000 to 20,000", None, "range", "planned", "other", "pub",
          "Crystal Brook veteran, quoted, 'said' without a date: expected by the new year"),
    ),
)

B08 = Source(
    article_id="b88_08_skerries_page_reinforcements_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-14"),
    dated_by="front_matter", crlf=True,
    features="community page from Out Skerries (Shetland) in Markdown, UTF-8 with CRLF, front "
        "matter with `date:` (Friday) and a title without a figure; the JCS 'on Thursday' "
        "'between 1,000 and 3,000 additional' (range increment) and 'By the military's reckoning' "
        "a new total; Syrskyi 'last week' carried to 'By his count'; the UK defence secretary 'in "
        "February' „thousands“ (other, month window); 'Washington's most recent public estimate "
        "… dates from January' (month window); a retired navy radioman on Bruray 'another 5,000' "
        "(increment, span without the word; other, `pub`); residents, ferry minutes, shortwave "
        "frequency, years of service, fish-farm jobs",
    text="""\
---
title: "Back to the front: Pyongyang tops up its Kursk contingent"
date: 2025-03-14
section: Beyond the Isles
byline: Mairi Anderson
---

# Back to the front: Pyongyang tops up its Kursk contingent

*On Bruray, a retired navy radioman keeps one ear turned towards North Korea*

North Korea has quietly sent reinforcements to Russia after its soldiers were pulled back from \
the Kursk front last month, South Korea's military said on Thursday.

The Joint Chiefs of Staff in Seoul believe that [[between 1,000 and 3,000]] additional troops \
arrived during January and February. “Some appear to be replacements for the losses,” a JCS \
spokesman told reporters, adding that Pyongyang had also shipped more short-range missiles and \
artillery pieces. By the military's reckoning, that takes the total sent since October to \
[[some 14,000]].

Kyiv had noticed the return before Seoul said anything. Oleksandr Syrskyi, Ukraine's \
commander-in-chief, reported last week that North Korean units were fighting near Kursk again, \
“in smaller groups and with better cover from drones”. By his count, [[roughly 4,000]] of the \
first wave were dead or injured by the time they were pulled out.

In London, Defence Secretary John Healey told MPs in February that the North Koreans had taken \
“[[thousands]] of casualties” in barely three months of fighting. Washington's most recent \
public estimate, [[around 11,000]] still on Russian soil, dates from January.

## Listening in from Bruray

Davie Arthur has not missed a night on the shortwave since he left the Royal Navy in 1998 after \
22 years as a radio operator. From his kitchen on Bruray, one of the two inhabited islands of \
Out Skerries, he tunes an old Grundig set to Pyongyang's foreign service on 9,650 kHz.

“They never say a word about Russia, not once,” says Arthur, 74. “It's all marching songs and \
harvest figures.” He is sure the numbers will keep climbing. “Mark my words, there'll be another \
[[5,000]] of them over there by the summer.”

Out Skerries, a 90-minute ferry ride from Vidlin on the Shetland Mainland, has about 35 \
residents. The school stopped taking secondary pupils in 2010, and the fish farm employs six \
people.
""",
    claims=(
        C("between 1,000 and 3,000", None, "range", "in_russia", "south_korea", "thu",
          "JCS 'said on Thursday' (lead), 'believe': 'additional' troops arrived (range "
          "increment)", add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'By the military's reckoning' (same statement): the new total sent, not an increment"),
        C("roughly 4,000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Syrskyi 'reported last week', carried by 'By his count': killed or wounded"),
        C("thousands", None, "vague", "casualties", "other", "2025-02-01..2025-02-28",
          "UK defence secretary 'told MPs in February' (a third government: other; month "
          "window)"),
        C("around 11,000", 11000, "approx", "in_russia", "united_states",
          "2025-01-01..2025-01-31", "'Washington's most recent public estimate … dates from "
          "January' (month window): still on Russian soil"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "retired navy radioman, quoted, present tense 'says': 'another' by summer (increment; "
          "span without the word)", add=True),
    ),
)

B09 = Source(
    article_id="b88_09_parnu_post_engineers_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Pärnu Post",
        "https://www.parnupost.example/world/north-korea-engineers-kursk-moscow",
        "North Korea to send 6,000 engineers to Kursk, Moscow says",
    ),
    features="Pärnu English-language outlet in HTML, UTF-8 with BOM (no meta date: sidecar, "
        "Thursday), Estonian diacritics, a data-layer script with a word count, a cookie notice "
        "in its own words, navigation, a footer with an address; `<title>` figure (optional); "
        "h1 'Moscow says' `6,000` (the sum of the two body figures, no increment word) from "
        "Shoigu's Tuesday announcement; `1,000` and `5,000` with the claimant after them; "
        "'Vladimir Putin's security chief' as a second reference; Rutte 'in The Hague on "
        "Wednesday' with 'he said' after the figure (nato); Estonia's military intelligence "
        "'at his weekly briefing on Friday' (other); Seoul's estimate 'from late April'; North "
        "Korean labourers (not a claim); a Pärnu College lecturer's range 'more' (other, "
        "increment, `pub`); defence spending per cent, population, beach season",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moscow: North Korea to send [[6,000]] engineers to Kursk – Pärnu Post</title>
<meta property="og:site_name" content="Pärnu Post">
<meta name="twitter:card" content="summary_large_image">
<script>dataLayer=[{"section":"world","storyId":"pp-4418","wordCount":540,"lang":"en"}];</script>
</head>
<body>
<div class="cookies">Like the tide, our cookies come and go. Decide how far up the beach they \
may wash. <button>Let them wash in</button> <button>Keep them at low tide</button></div>
<header><a class="logo" href="/">Pärnu Post</a> <span class="tag">Estonia’s summer capital, in \
English</span></header>
<nav><a href="/news">News</a> | <a href="/estonia">Estonia</a> | <a href="/world">World</a> | <a \
href="/beach">Beach &amp; Culture</a> | <a href="/events">What’s on</a></nav>
<article>
<h1>North Korea to send [[6,000]] engineers to Kursk, Moscow says</h1>
<p class="standfirst">Shoigu announces a new deployment after talks with Kim Jong Un. Estonia’s \
military intelligence says Pyongyang’s soldiers are still close to the front.</p>
<p>North Korea will dispatch [[1,000]] mine-clearance specialists to Russia’s Kursk region, \
along with [[5,000]] soldiers from its military construction corps, Sergei Shoigu announced on \
Tuesday after meeting Kim Jong Un in Pyongyang. Vladimir Putin’s security chief said they would \
help rebuild roads, bridges and houses damaged during Ukraine’s incursion last summer.</p>
<p>NATO Secretary General Mark Rutte, asked about the deal in The Hague on Wednesday, said the \
alliance was “watching very closely”. Pyongyang had by now sent [[more than 11,000]] troops to \
fight for Moscow, he said, days before leaders of the alliance meet in the Dutch city.</p>
<p>In Tallinn, the head of the Estonian Defence Forces’ intelligence centre, Col. Ants Kiviselg, \
said at his weekly briefing on Friday that [[about 1,500]] North Koreans were still deployed \
close to the front, mainly with artillery and rocket units. Seoul’s latest public estimate of \
their dead, from late April, stands at [[about 600]]. Ukraine’s military intelligence says \
around 15,000 North Korean labourers have also arrived this year to work on Russian construction \
sites.</p>
<h2>“They will need many more”</h2>
<p>Kristjan Lepik, who lectures on tourism at the University of Tartu’s Pärnu College and spent \
six years in Seoul, doubts the builders will stay builders for long. “Russia is short of \
soldiers, not bricklayers,” he said. “I would not be surprised to see [[10,000 to 12,000]] more \
go by winter.”</p>
<p>Estonia’s defence budget this year equals 3.4 per cent of economic output, with 5 per cent \
the goal for 2029. Pärnu’s beach season opened on June 1; the town’s population of about 51,000 \
roughly doubles in July.</p>
</article>
<footer>© 2025 Pärnu Post OÜ · Rüütli 30, 80010 Pärnu · newsdesk@parnupost.example</footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating Shoigu's Tuesday announcement", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "h1 'Moscow says': the sum of the body's two figures (Tuesday to publication); no "
          "increment word"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'announced on Tuesday', claimant after the figures: to be dispatched"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence ('along with'): construction troops to be dispatched"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'in The Hague on Wednesday', 'he said' after the figure: sent"),
        C("about 1,500", 1500, "approx", "near_front", "other", "fri",
          "Estonian military intelligence chief 'at his weekly briefing on Friday' (other): "
          "close to the front"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-20..2025-04-30",
          "'Seoul's latest public estimate … from late April': dead"),
        C("10,000 to 12,000", None, "range", "planned", "other", "pub",
          "Pärnu College lecturer, quoted, 'he said' without a date: 'more' by winter (range "
          "increment)", add=True),
    ),
)

B10 = Source(
    article_id="b88_10_sandhills_sentinel_medals_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-08-27"),
    dated_by="html_meta", crlf=True,
    features="Nebraska Sandhills paper in HTML, windows-1252 with CRLF (entities `&ldquo;`, "
        "`&lsquo;`, `&middot;`, `&amp;`, `&copy;`), `article:published_time` with -05:00, "
        "NewsArticle JSON-LD with a headline without a figure, a cookie notice in its own words, "
        "navigation, a footer with an address and phone; `<title>` figure (optional); h1 and "
        "lead 'nine' (number word, north_korea: state media 'reported Friday', US style without "
        "'on'); South Korea's military 'reckoned in the spring' (season window) with 'about 600 "
        "of them fatally' (breakdown); Shoigu 'promised in June' '6,000 more' (increment); a "
        "State Department "
        "official 'said Tuesday'; Ukraine's ambassador in Washington 'last week'; a Cherry County "
        "rancher 'a couple thousand' (other, `pub`); US troops in Korea, cattle, county area and "
        "population, ages, years",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="windows-1252">
<title>Kim honors Kursk veterans, says [[nine]] died clearing mines | Sandhills Sentinel</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-08-27T06:15:00-05:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", \
"headline": "Kim honors Kursk veterans", "datePublished": "2025-08-27T06:15:00-05:00", \
"publisher": {"@type": "Organization", "name": "Sandhills Sentinel"}}</script>
</head>
<body>
<div class="consent">We use cookies the way a rancher uses brands: to know what's ours. \
<button>Brand away</button> <button>Leave me unbranded</button></div>
<nav><a href="/">Home</a> &middot; <a href="/news">News</a> &middot; <a href="/ag">Ag &amp; \
Ranch</a> &middot; <a href="/sports">Sports</a> &middot; <a href="/obits">Obituaries</a></nav>
<article>
<h1>Kim honors Kursk veterans, says [[nine]] died clearing mines</h1>
<p class="byline">By Wade Hollister &middot; Valentine, Neb.</p>
<p>North Korean leader Kim Jong Un pinned medals on soldiers back from Russia's Kursk region and \
told them [[nine]] of their comrades had been killed while clearing minefields, the country's \
state news agency reported Friday.</p>
<p>It was a rare admission of losses. KCNA said the engineers had cleared &ldquo;vast \
areas&rdquo; of explosives left behind after Ukraine's incursion into the region last year, and \
that Kim had bowed before the portraits of the dead.</p>
<p>Seoul puts the toll much higher. South Korea's military reckoned in the spring that the \
fighting had cost Pyongyang [[roughly 4,700]] soldiers killed or hurt, [[about 600]] of them \
fatally. Since then Moscow has asked for more help. Sergei Shoigu, once Putin's defense chief \
and now head of Russia's Security Council, promised in June that [[6,000]] more North Korean \
troops would come to rebuild Kursk, most of them construction units, the rest deminers.</p>
<p>A State Department official said Tuesday that [[at least 11,000]] North Korean soldiers \
remain in Russia. Ukraine's ambassador in Washington, Olha Stefanishyna, told reporters last \
week that [[several thousand]] of them were still posted in Kursk &ldquo;within easy reach of \
our border.&rdquo;</p>
<h2>&lsquo;Nobody's counting&rsquo;</h2>
<p>Ray Kuchera, who runs 400 head of cattle north of town, spent 1984 and 1985 with the 2nd \
Infantry Division at Camp Casey, a short drive from the DMZ. He still reads everything he can \
find about the North. &ldquo;I'd bet you there's [[a couple thousand]] dead over there that \
nobody's counting,&rdquo; said Kuchera, 62. &ldquo;Those kids were told they were going to a \
training camp.&rdquo;</p>
<p>The U.S. keeps roughly 28,500 service members on the Korean peninsula. Cherry County, at \
nearly 6,000 square miles the largest in Nebraska, has about 5,500 residents.</p>
</article>
<footer><p>&copy; 2025 Sandhills Sentinel &middot; 214 N. Main St., Valentine, NE 69201 &middot; \
(402) 376-2280</p></footer>
<script src="/assets/sentinel.js" async></script>
</body>
</html>
""",
    claims=(
        C("nine", 9, "exact", "casualties", "north_korea", "fri..pub",
          "<title> (metadata) restating the state media report of Friday", opt=True),
        C("nine", 9, "exact", "casualties", "north_korea", "fri..pub",
          "h1 'Kim … says': the body's state media report of Friday (Friday to publication)"),
        C("nine", 9, "exact", "casualties", "north_korea", "fri",
          "Kim via KCNA, 'reported Friday' (US style, no 'on'): killed clearing mines"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "South Korea's military 'reckoned in the spring' (March–May): killed or wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same estimate, 'of them fatally' (a breakdown): dead"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'promised in June' (apposition before the verb): '6,000 more' (increment; span "
          "without the word)", add=True),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "State Department official 'said Tuesday': remain in Russia"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Ukraine's ambassador in Washington 'last week' (an ambassador belongs to her "
          "government): still in Kursk"),
        C("a couple thousand", None, "vague", "casualties", "other", "pub",
          "Cherry County rancher, quoted, 'said' without a date: dead"),
    ),
)

B11 = Source(
    article_id="b88_11_abemama_island_news_parade_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=("Abemama Island News", "", "From Kim Il Sung Square to Kursk and back"),
    features="Abemama (Kiribati) island news page in Markdown, UTF-16 LE with BOM (sidecar "
        "without url, Wednesday), front matter without a date and a title without a figure; "
        "Kursk veterans marching at the party parade 'on Friday', shown by state television "
        "(returnees: optional); the NIS 'estimated last week' (two figures: along the border, "
        "moved around Kursk) and 'set … in September'; HUR 'on Monday' 'at least 5,000 more' "
        "(increment); 'an estimated 15,000' without a source (unattributed); a retired teacher "
        "'20,000 or so' (hedge after the number; other, `pub`); North Korean dock labourers in "
        "the 1990s (not a claim), island population, distance, flight minutes",
    text="""\
---
title: "From Kim Il Sung Square to Kursk and back"
section: World
author: Tebwebwe Ioane
---

# From Kim Il Sung Square to Kursk and back

*Abemama Island News · World page*

Among the soldiers who goose-stepped through Pyongyang's Kim Il Sung Square on Friday were \
[[hundreds]] who had fought in Russia's Kursk region, North Korean state television showed. The \
parade marked eighty years of the ruling Workers' Party and was watched by guests from China, \
Russia and Vietnam.

Seoul sees no sign that the deployment is winding down. South Korea's National Intelligence \
Service estimated last week that [[some 10,000]] North Korean troops remain stationed along \
Russia's border with Ukraine, and that [[about 5,000]] engineering troops are being moved around \
the Kursk region to repair roads and railway lines. The agency set the number of North Koreans \
killed in the war at [[about 2,000]] in September.

Kyiv is braced for more. Ukraine's military intelligence agency said on Monday that Pyongyang \
was preparing [[at least 5,000]] more soldiers for Russia, possibly before the winter. In all, \
[[an estimated 15,000]] North Koreans have been sent since October last year.

## “Nobody asked them”

On Abemama the story has a keen listener in Teuea Tebano, 58, who taught history at the island's \
junior secondary school for 30 years and follows world news on a radio powered by a small solar \
panel. In the 1990s his brother sailed on German-owned cargo ships and saw North Korean \
labourers on the docks at Nakhodka, “thousands of them, all thin”.

“The young ones in that parade were the lucky ones,” Tebano says. “I'd guess [[20,000 or so]] \
have gone by now, and nobody asked them if they wanted to go.”

Abemama, about 150 kilometres south-east of Tarawa, has roughly 3,000 residents. The Air \
Kiribati flight from Bonriki takes 40 minutes and runs twice a week. Kiribati has no armed \
forces of its own.
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "returnees marching at Friday's parade, shown by state television (optional, as in "
          "earlier sets)", opt=True),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "NIS 'estimated last week': stationed along the border with Ukraine"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "lastweek",
          "same estimate: engineering troops moved around the Kursk region"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'The agency set the number … in September' (month window): killed"),
        C("at least 5,000", 5000, "at_least", "planned", "ukraine", "mon",
          "HUR 'said on Monday': 'more' being prepared (increment)", add=True),
        C("an estimated 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "own framing without a source ('In all, an estimated'): unattributed, required"),
        C("20,000 or so", 20000, "approx", "in_russia", "other", "pub",
          "retired teacher, quoted, present tense 'says' ('or so' after the number = approx): "
          "gone to Russia"),
    ),
)

B12 = Source(
    article_id="b88_12_kassa_letter_one_year_on",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-06"),
    dated_by="dateline",
    features="Casamance newsletter from Ziguinchor as plain text, ISO-8859-1 with straight "
        "quotes and `--`, dateline 'ZIGUINCHOR, November 6, 2025 --' (Thursday); a lead 'Seoul "
        "says thousands' from the body; South Korean intelligence officials 'on Tuesday' (near "
        "the border); a year in figures, each with its own month: Seoul 'In October last year', "
        "the Pentagon 'By November', Ukraine's general staff 'in March', Shoigu 'in June' 'a "
        "pledge of 6,000 more' (increment); the newsletter's own reckoning (unattributed range, "
        "required); a Ziguinchor history teacher who studied in Pyongyang (other, `pub`); the "
        "Dakar monument's height and cost, scholarships, cashew tonnes, ferry passengers, "
        "conflict years, postal box and phone",
    text="""\
THE KASSA LETTER
Weekly news from Ziguinchor and Lower Casamance -- English edition, issue 212

One year on, Kim's soldiers are still in Russia

ZIGUINCHOR, November 6, 2025 -- A year after the first North Korean soldiers reached the front \
in Russia's Kursk region, Seoul says [[thousands]] of them have never left.

South Korean intelligence officials told a parliamentary committee on Tuesday that \
[[roughly 10,000]] North Korean soldiers are stationed in Russian regions bordering Ukraine, \
where they guard the frontier and free up Russian units for the fighting further south. Most are \
not in direct combat, the officials said.

It is a long way from where the story started. In October last year, Seoul's first public figure \
was [[1,500]], shipped to the Russian Far East for training. By November, the Pentagon was \
counting [[about 10,000]], most of them moved west toward Kursk. Ukraine's general staff said in \
March that North Korean units had lost [[some 4,000]] men, dead and wounded, in three months of \
combat. And in June, Moscow's Sergei Shoigu came back from Pyongyang with a pledge of [[6,000]] \
more, this time to clear mines and rebuild.

By this letter's reckoning, the figures that Seoul and Kyiv have published over the year add up \
to [[between 14,000 and 16,000]] North Koreans sent to Russia in all.

Why it matters here

Senegal knows North Korea's builders well. The African Renaissance Monument above Dakar, 49 \
metres of bronze, was built by Pyongyang's Mansudae studio and cost about $27 million. In the \
1980s, some 30 Senegalese students received scholarships to study in Pyongyang.

One of them, Abdoulaye Sagna, now teaches history at a lycee in Ziguinchor. "They taught us that \
the army is the whole nation," says Sagna, 63. "Kim will keep sending them as long as Moscow \
pays. I think [[at least 20,000]] will have served there before this war is over."

Elsewhere in this issue: the cashew harvest passed 100,000 tonnes for the first time, and the \
ferry Aline Sitoe Diatta, which carries up to 500 passengers, returns to the Dakar run after \
repairs. Peace talks on the conflict that began here in 1982 resume in Bissau next month.

The Kassa Letter, BP 412, Ziguinchor, Senegal. Tel. +221 33 991 24 17
""",
    claims=(
        C("thousands", None, "vague", "in_russia", "south_korea", "tue..pub",
          "lead 'Seoul says … have never left': the body's Tuesday briefing (Tuesday to "
          "publication), still in Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "intelligence officials 'told a parliamentary committee on Tuesday': stationed in the "
          "border regions"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "'In October last year, Seoul's first public figure was': shipped to the Far East"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states",
          "2024-11-01..2024-11-30", "'By November, the Pentagon was counting' (month window)"),
        C("some 4,000", 4000, "approx", "casualties", "ukraine", "2025-03-01..2025-03-31",
          "Ukraine's general staff 'said in March': dead and wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June … came back … with a pledge of': '6,000 more' (increment; span "
          "without the word)",
          add=True),
        C("between 14,000 and 16,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own reckoning of published figures (unattributed, required)"),
        C("at least 20,000", 20000, "at_least", "planned", "other", "pub",
          "Ziguinchor history teacher, quoted, present tense 'says': will have served"),
    ),
)

SOURCES: tuple[Source, ...] = (
    B01, B02, B03, B04, B05, B06,
    B07, B08, B09, B10, B11, B12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
