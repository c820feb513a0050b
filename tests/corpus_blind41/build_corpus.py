"""Build the FORTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A forty-third corpus for an honest measurement on articles the extractor has never met, written in
session 10 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Hildesheim daily with a
lecture at the adult education centre, an East Frisian radio station's web text with an interpreter
in Aurich, a Mostviertel weekly with a militia officer from Waidhofen an der Ybbs (Austrian
conventions), a Nidwalden paper with a Stans veteran of the Panmunjom commission (Swiss
conventions), a Protestant aid agency's magazine on its partners near Sumy and a Jena city portal
on a photo exhibition; a Brunei English-language daily at the ASEAN Regional Forum, a Hebridean
news site with the Benbecula missile range, a Wyoming paper in Cheyenne, a Croatian English-language
outlet, a Kiribati news site and a Sierra Leone daily. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-
implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind41_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

A01 = Source(
    article_id="b41_01_hildesheim_blatt_vhs_vortrag",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-14"),
    dated_by="sidecar",
    sidecar=(
        "Hildesheimer Rundblick",
        "https://www.hildesheimer-rundblick.example/welt/washington-mehr-als-10000-nordkoreaner-"
        "bei-kursk-118204.html",
        "Washington: Mehr als 10.000 Nordkoreaner stehen bei Kursk",
    ),
    features="Hildesheim daily as plain text (sidecar, Thursday): headline 'Washington:' from "
        "Blinken 'am Mittwoch' in Brussels (Wednesday to publication); 'Vor gut zwei Wochen' "
        "(the Pentagon's older figure, a week window); a lawmaker passing on the NIS 'am "
        "Mittwoch' with 'rechne … hoch' and Konjunktiv carrying `mehrere tausend` weitere "
        "(vague increment); Zelensky 'am Montagabend'; Seoul 'Im Oktober' (month window); a "
        "Hildesheim political scientist's range 'bis zum Frühjahr' (other, `pub`, an event not a "
        "claim date); army size, Russian losses a day, refugees in the city, lecture date, fees "
        "and a phone number",
    text="""\
Washington: [[Mehr als 10.000]] Nordkoreaner stehen bei Kursk

Hildesheimer Ostasien-Forscherin erwartet, dass Pjöngjang nachlegt – Vortrag in der \
Volkshochschule

Von Katrin Oelkers

Hildesheim/Washington. Die Soldaten aus Nordkorea sind nach Darstellung der US-Regierung im \
Westen Russlands angekommen und teilweise schon in Gefechte verwickelt. [[Mehr als 10.000]] von \
ihnen seien inzwischen im Gebiet Kursk zusammengezogen worden, erklärte Außenminister Antony \
Blinken am Mittwoch am Rande eines Treffens mit Verbündeten in Brüssel. Einige hätten an der Seite \
russischer Einheiten begonnen, ukrainische Stellungen anzugreifen.

Damit hat sich das Bild binnen weniger Tage verdüstert. Vor gut zwei Wochen hatte das Pentagon \
die Zahl der Nordkoreaner im Grenzgebiet noch mit [[rund 8.000]] angegeben und betont, von \
Kampfeinsätzen wisse man nichts.

Seoul zieht nach

Auch in Südkorea gehen die Einschätzungen in diese Richtung. Nach einer nichtöffentlichen \
Sitzung des Geheimdienstausschusses berichtete der Abgeordnete Park Sun-won am Mittwoch, der \
Nachrichtendienst NIS rechne die Truppe inzwischen auf [[rund 11.000]] Mann hoch. Ein Teil davon \
sei bereits an vorderster Linie eingesetzt. Der Dienst halte es außerdem für wahrscheinlich, dass \
Machthaber Kim Jong Un [[mehrere tausend]] weitere Soldaten folgen lasse, sobald Moskau darum \
bitte. Im Oktober hatte Seoul noch von [[etwa 1.500]] Mann berichtet, die per Schiff nach \
Wladiwostok gebracht worden seien.

In Kiew hatte Präsident Wolodymyr Selenskyj schon am Montagabend von [[11.000]] Nordkoreanern \
gesprochen, die in der Region Kursk bereitstünden. Sein Außenminister Andrij Sybiha verlangte von \
den Partnern eine „spürbare Antwort“, etwa weitreichende Waffen.

Nordkoreas Streitkräfte gelten mit etwa 1,2 Millionen aktiven Soldaten als eine der größten Armeen \
der Welt. Die ukrainische Armee meldet derweil täglich mehr als 1.200 tote oder verwundete \
Angreifer auf russischer Seite – Zahlen, die sich unabhängig kaum überprüfen lassen.

„Kim schickt kein Symbol, er schickt ein Trainingsprogramm“

Die Hildesheimer Politikwissenschaftlerin Hye-jin Brandes hält die amerikanischen Angaben für \
plausibel. „Kim schickt kein Symbol, er schickt ein Trainingsprogramm für seine Armee“, sagt die \
Dozentin, die an der Universität Hildesheim zu Ostasien lehrt. Sie rechnet damit, dass bis zum \
Frühjahr [[15.000 bis 20.000]] Nordkoreaner in Russland stehen könnten. Für Südkorea sei das ein \
Albtraum: Die Soldaten kämen mit echter Fronterfahrung zurück.

In Hildesheim leben nach Schätzung der Stadt derzeit gut 2.100 Menschen aus der Ukraine. Brandes \
spricht am Donnerstag, 21. November, um 19.30 Uhr in der Volkshochschule am Pfaffenstieg über \
„Nordkorea, Russland und der Krieg in Europa“. Der Eintritt kostet 9 Euro, Studierende zahlen \
4 Euro. Anmeldung unter Telefon 05121 9361-0.
""",
    claims=(
        C("Mehr als 10.000", 10000, "at_least", "near_front", "united_states", "wed..pub",
          "headline 'Washington:': Blinken's Wednesday figure, to publication: in the Kursk "
          "region"),
        C("Mehr als 10.000", 10000, "at_least", "near_front", "united_states", "wed",
          "Blinken 'am Mittwoch' (named after the figure, Konjunktiv): gathered in Kursk"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "2024-10-28..2024-11-01",
          "Pentagon 'Vor gut zwei Wochen' (a week window around two weeks before): border area"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "lawmaker Park passing on the NIS 'am Mittwoch': the whole force in Russia"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "wed",
          "same briefing in Konjunktiv: 'weitere' Kim could send (increment)", add=True),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "Seoul 'Im Oktober' (an older figure, month window): shipped to Vladivostok"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend': ready in the Kursk region"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Hildesheim political scientist (present tense 'rechnet damit'; 'bis zum Frühjahr' is "
          "the event): could stand in Russia (a total, no increment)"),
    ),
)

A02 = Source(
    article_id="b41_02_ostfriesland_radio_gefangene_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-14"),
    dated_by="html_meta", crlf=True,
    features="East Frisian radio station's web text in HTML, windows-1252 with CRLF (raw „“ and – "
        "next to `&bdquo;`/`&ldquo;`/`&ndash;`/`&middot;`/`&amp;`), `article:published_time` "
        "with +01:00, a byline line 'Dienstag, 14.01.2025', a privacy notice, a player script "
        "and an ad slot size, navigation with speed cameras, footer with a frequency; `<title>` "
        "figure (optional); headline 'Seoul:' from the lawmaker's Monday account (Monday to "
        "publication); Zelensky 'am Samstag' `zwei` captured (number word); `rund 300` dead and "
        "`2.700` wounded (not an increment); 'nach südkoreanischer Zählung' without a date of its "
        "own (Monday to publication); Zelensky 'Anfang des Monats' (days 1-10); the Pentagon 'Ende "
        "Dezember' „mehreren hundert“; an Aurich interpreter relaying her sister's account 'im "
        "Dezember' (other, month window); age, distance, refugees in the district, airtime",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Seoul: [[300]] Nordkoreaner gefallen &ndash; Ukraine nimmt zwei gefangen | Küstenwelle\
</title>
<meta property="article:published_time" content="2025-01-14T16:40:00+01:00">
<meta property="og:site_name" content="Küstenwelle Ostfriesland">
<script src="/static/kw-player.min.js?v=3.2.1" defer></script>
<script>var kwAds={slot:"rectangle",w:300,h:250,ressort:"welt"};</script>
</head>
<body>
<div class="privacy">Damit wir unser Programm auch online besser machen können, zählen wir \
anonym, welche Meldungen gelesen werden. <a href="/datenschutz">Mehr dazu</a> \
<button>Okay, weiterlesen</button> <button>Nur Technik</button></div>
<header><a href="/" class="logo">Küstenwelle &ndash; Das Radio für Ostfriesland</a>
<nav class="ressorts"><a href="/nachrichten">Nachrichten</a> &middot; <a \
href="/emden-leer">Emden &amp; Leer</a> &middot; <a href="/aurich">Aurich &amp; Wittmund</a> \
&middot; <a href="/verkehr">Verkehr</a> \
&middot; <a href="/blitzer">Blitzer</a> &middot; <a href="/live">Live hören</a></nav></header>
<main>
<p class="kicker">Welt</p>
<h1>Seoul: [[Rund 300]] Nordkoreaner im Krieg gegen die Ukraine gefallen</h1>
<p class="byline">Von Jan-Hinrich Gerdes &middot; Dienstag, 14.01.2025, 16:40 Uhr</p>
<p>Zum ersten Mal hat die Ukraine Soldaten aus Nordkorea lebend gefangen genommen. Präsident \
Wolodymyr Selenskyj stellte am Samstag Fotos von [[zwei]] verletzten Männern ins Netz, die in \
der russischen Region Kursk festgesetzt worden seien. Einer sei am Kiefer verwundet, der andere \
an beiden Händen; nun befrage sie der Geheimdienst SBU.</p>
<p>Aus Seoul kam am Montag eine erste genauere Verlustbilanz. Bei den Kämpfen seien bislang \
[[rund 300]] Nordkoreaner getötet und [[2.700]] verwundet worden, gab der Abgeordnete Lee \
Seong-kweun nach einer Unterrichtung durch den Nachrichtendienst NIS an Journalisten weiter. Die \
Soldaten wüssten sich kaum gegen Drohnen zu wehren, hieß es. Manche hätten Befehl, sich eher \
selbst zu töten, als in Gefangenschaft zu geraten.</p>
<p>Insgesamt stehen nach südkoreanischer Zählung [[etwa 11.000]] Nordkoreaner in Russland. Kiew \
nennt deutlich höhere Verluste: Selenskyj hatte Anfang des Monats von [[3.800]] Toten und \
Verwundeten gesprochen. Das Pentagon wiederum war Ende Dezember von &bdquo;[[mehreren \
hundert]]&ldquo; Opfern ausgegangen.</p>
<h2>Dolmetscherin in Aurich: „Zu Hause schläft keiner mehr ruhig“</h2>
<p>Für Olena Kowal aus Aurich sind das keine fernen Meldungen. Die 38-Jährige stammt aus einem \
Dorf bei Sumy, knapp 30 Kilometer von der Grenze entfernt, und übersetzt heute für die \
Kreisverwaltung. Ihre Schwester habe ihr im Dezember am Telefon erzählt, auf der russischen \
Seite seien [[Hunderte]] Koreaner in Lastwagen Richtung Front gefahren, sagt sie. „Man hört sie \
nachts, man sieht sie nicht.“</p>
<p>Im Landkreis Aurich leben nach Angaben des Kreises derzeit gut 1.900 Menschen aus der \
Ukraine. Kowal erzählt ihre Geschichte am Donnerstag ab 18.05 Uhr auch in unserer Sendung \
„Ostfriesland am Abend“.</p>
</main>
<footer>© 2025 Küstenwelle Ostfriesland GmbH &middot; UKW 94,3 &middot; \
<a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:': the lawmaker's Monday account of the NIS briefing, to publication"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' (number word): captured"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker passing on the NIS 'am Montag' (named after the figure): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the others of the same event, not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "mon..pub",
          "'nach südkoreanischer Zählung' right after the Monday briefing, no date of its own"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang des Monats' (days 1-10): dead and wounded"),
        C("mehreren hundert", None, "vague", "casualties", "united_states",
          "2024-12-21..2024-12-31", "Pentagon 'Ende Dezember' „…“: victims"),
        C("Hunderte", None, "vague", "near_front", "other", "2024-12-01..2024-12-31",
          "an interpreter relaying her sister's account 'im Dezember' (a private person): driven "
          "toward the front"),
    ),
)

A03 = Source(
    article_id="b41_03_mostviertel_woche_rueckkehr_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-03-06"),
    dated_by="front_matter",
    features="Mostviertel regional weekly in Markdown, ISO-8859-1 with straight quotes and "
        "hyphens, front matter with `date:` and a title without a figure; 'Jänner', 'Feber', "
        "'heuer'; place line 'Amstetten/Kiew.'; the NIS 'Ende Feber' (days 21-28) carried by "
        "'so der NIS damals' to `mehr als 11.000` sent; Washington 'Ende Oktober' (an older "
        "figure); Syrskyi 'am Montag' in a quote „mehreren tausend“; HUR 'am Dienstag' `rund "
        "1.500 zusätzliche` (increment, arrived in Kursk); an anonymous NATO official in Brussels "
        "'am Mittwoch'; a Bundesheer militia officer's `bis zu 10.000` weitere (other, increment, "
        "`pub`; 'heuer' is the event); army strength, refugees in the district, lecture date and "
        "ticket price",
    text="""\
---
title: "Kims Soldaten sind zurück an der Kursk-Front"
date: 2025-03-06
ressort: Welt & Region
autor: Sabine Hollerer
---

**Nach wochenlanger Pause kämpfen nordkoreanische Einheiten wieder gegen die Ukraine. Ein \
Milizoffizier aus Waidhofen an der Ybbs erklärt, warum Pjöngjang nicht lockerlässt.**

Amstetten/Kiew. Mitte Jänner waren sie plötzlich verschwunden: Die nordkoreanischen Soldaten, die \
seit dem Herbst im russischen Gebiet Kursk gekämpft hatten, wurden nach Erkenntnissen aus Seoul \
von der Front abgezogen. Der südkoreanische Nachrichtendienst NIS begründete das mit den schweren \
Verlusten. Nach seiner Einschätzung, die Ende Feber bekannt wurde, hatten die Nordkoreaner bis \
dahin [[an die 4.000]] Mann an Toten und Verwundeten verloren. Insgesamt, so der NIS damals, \
seien seit Oktober [[mehr als 11.000]] Soldaten nach Russland gebracht worden. Washington hatte \
Ende Oktober noch von [[rund 10.000]] gesprochen.

Seit dieser Woche sind sie wieder da. Der ukrainische Oberbefehlshaber Olexandr Syrskyj sagte am \
Montag, die Nordkoreaner griffen erneut an, "mit [[mehreren tausend]] Mann, in kleinen Trupps, mit \
Artillerie im Rücken". Der Militärgeheimdienst HUR teilte am Dienstag mit, Pjöngjang habe frische \
Kräfte nachgeschoben: [[rund 1.500]] zusätzliche Soldaten seien in Kursk eingetroffen, weitere \
würden in Ostrussland ausgebildet.

Auch in Brüssel verfolgt man das genau. Ein Vertreter der NATO sagte am Mittwoch, das Bündnis \
gehe von "[[ungefähr 3.000]]" Nordkoreanern aus, die derzeit wieder im Kampfgebiet stünden. \
Moskau äußert sich zu alldem nicht.

## "Ein Trainingslager mit scharfer Munition"

Oberst Reinhard Haselsteiner, Milizoffizier aus Waidhofen an der Ybbs und Lektor an der \
Landesverteidigungsakademie in Wien, wundert die Rückkehr nicht. "Für Kim ist das ein \
Trainingslager mit scharfer Munition. Was seine Leute in Kursk über Drohnen lernen, lernt keine \
andere Armee in Asien", sagt er. Er hält es für plausibel, dass heuer noch [[bis zu 10.000]] \
weitere Nordkoreaner folgen, wenn der Kreml zahlt.

Zum Vergleich: Das Bundesheer kommt im Einsatzfall auf eine Stärke von rund 55.000 Soldatinnen \
und Soldaten. Im Bezirk Amstetten sind derzeit etwa 600 Vertriebene aus der Ukraine gemeldet, \
viele davon Frauen mit Kindern.

Haselsteiner spricht am 14. März um 19 Uhr im Rathaussaal Amstetten über den Krieg und die Rolle \
Asiens. Karten zu 12 Euro gibt es im Stadtservice und an der Abendkassa.
""",
    claims=(
        C("an die 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "NIS assessment 'die Ende Feber bekannt wurde' (days 21-28): dead and wounded"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "south_korea",
          "2025-02-21..2025-02-28", "'so der NIS damals' carries Ende Feber: brought to Russia"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-21..2024-10-31",
          "Washington 'Ende Oktober' (an older figure, days 21-31)"),
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "mon",
          "Syrskyi 'am Montag' in a quote: attacking again"),
        C("rund 1.500", 1500, "approx", "near_front", "ukraine", "tue",
          "HUR 'am Dienstag' in Konjunktiv: 'zusätzliche' arrived in Kursk (increment)", add=True),
        C("ungefähr 3.000", 3000, "approx", "near_front", "nato", "wed",
          "a NATO official 'am Mittwoch' in Brussels, in a quote: back in the combat zone"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Bundesheer militia officer (present tense; 'heuer' is the event): 'weitere' could "
          "follow (increment)", add=True),
    ),
)

A04 = Source(
    article_id="b41_04_nidwalden_bote_gefallene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-08-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Nidwaldner Bote",
        "https://www.nidwaldner-bote.example/international/kim-ehrt-die-toten-von-kursk-ld.40718",
        "Kim ehrt die Toten von Kursk – ein Stanser deutet die Bilder",
    ),
    features="Nidwalden paper as plain text in UTF-16 LE with BOM and CRLF (sidecar, Saturday): "
        "Swiss conventions (`ss`, «», `15'000`, `10'000 bis 12'000`, 4-digit `4700`/`6000`); "
        "place line 'Stans/Pjongjang –'; KCNA footage 'am Freitag' with `101` portraits "
        "(north_korea, casualties); the NIS 'im April' `rund 4700` with `etwa 600` dead "
        "(breakdown); the JCS 'am Mittwoch'; Shoigu 'Mitte Juni' `6000` 'zusätzlich' (russia, "
        "planned increment) with `1000` deminers among them (breakdown); HUR 'Anfang August' "
        "(days 1-10); a Swiss military academy analyst's range `weitere` (other, increment, "
        "`pub`); a Stans veteran of the NNSC (age, years), Swiss officers at Panmunjom, canton "
        "population, francs",
    text="""\
Kim ehrt die Toten von Kursk

Ein Stanser, der einst an der innerkoreanischen Grenze Dienst tat, deutet die Bilder aus Pjongjang

Von Corinne Niederberger

Stans/Pjongjang – Die Bilder sollen rühren: Machthaber Kim Jong Un, der vor einer Wand aus \
Fotografien den Kopf senkt, Offiziere mit Orden auf der Brust, weinende Angehörige. Auf den \
Aufnahmen, welche die staatliche Agentur KCNA am Freitag verbreitete, sind die Porträts von \
[[101]] Soldaten zu sehen, die im Kampf um das russische Gebiet Kursk gefallen sein sollen. Kim \
nannte sie «Helden, die das Vaterland nie vergessen wird».

Die wahren Verluste dürften ein Vielfaches betragen. Südkoreas Geheimdienst hatte die Zahl der \
Toten und Verwundeten im April auf [[rund 4700]] geschätzt, darunter [[etwa 600]] Tote. Seither \
hat Pjongjang Nachschub geschickt. Wie der Generalstab in Seoul am Mittwoch mitteilte, halten \
sich inzwischen [[rund 15'000]] Nordkoreaner in Russland auf, Pioniere eingerechnet.

Moskau hat weitere Hilfe bereits eingeplant. Sergei Schoigu, Sekretär des russischen \
Sicherheitsrats, hatte Mitte Juni bei einem Besuch in Pjongjang erklärt, Nordkorea werde \
zusätzlich [[6000]] Mann nach Kursk schicken, davon [[1000]] zum Räumen von Minen, den Rest für \
den Wiederaufbau zerstörter Strassen und Brücken. Der ukrainische Militärgeheimdienst bezifferte \
die nordkoreanischen Verluste Anfang August auf [[über 6000]] Tote und Verwundete.

Livio Zgraggen, Analyst an der Militärakademie der ETH Zürich, rechnet nicht mit einem baldigen \
Ende. Bis Jahresende könnten nochmals [[10'000 bis 12'000]] Nordkoreaner folgen, schätzt er. «Für \
Kim ist der Einsatz ein Geschäft: Er bekommt Devisen, Technologie und eine Armee, die den Krieg \
kennt.»

«Nur ein Bruchteil, ganz sicher»

Hanspeter Odermatt aus Stans kennt das Regime aus nächster Nähe. Der heute 71-Jährige diente \
1986 und 1987 als Offizier der Neutralen Überwachungskommission in Panmunjom, wo die Schweiz bis \
heute fünf Offiziere stellt. «Was Kim an Gesichtern zeigt, ist nur ein \
Bruchteil, ganz sicher», sagt er. Man habe damals gelernt, jede Zahl aus dem Norden doppelt zu \
prüfen.

Odermatt erzählt am Dienstag, 2. September, im Pfarreiheim Stans von seiner Zeit in Korea. Der \
Eintritt ist frei, die Kollekte von zuletzt rund 900 Franken geht an ein Kinderheim in Lwiw. \
Nidwalden zählt rund 44'000 Einwohnerinnen und Einwohner; knapp 300 Geflüchtete aus der Ukraine \
leben derzeit im Kanton.
""",
    claims=(
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "KCNA footage 'am Freitag' (state media): portraits of the fallen"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'im April' (month window): dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'darunter' the dead among them (a breakdown, no increment)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "JCS 'am Mittwoch' (named before the figure): in Russia, engineers included"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' (days 11-20): 'zusätzlich' to be sent to Kursk (increment)",
          add=True),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'davon' the deminers among the 6000 (a breakdown, no increment)"),
        C("über 6000", 6000, "at_least", "casualties", "ukraine", "2025-08-01..2025-08-10",
          "HUR 'Anfang August' (days 1-10): dead and wounded"),
        C("10'000 bis 12'000", None, "range", "planned", "other", "pub",
          "ETH military academy analyst ('schätzt er', no date): 'nochmals' could follow "
          "(increment; 'Bis Jahresende' is the event)", add=True),
    ),
)

A05 = Source(
    article_id="b41_05_hilfswerk_magazin_sumy_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Brückenschlag – Magazin des Evangelischen Hilfswerks Lichtbrücke",
        "https://www.lichtbruecke-hilfswerk.example/magazin/2025-3/sumy-an-der-grenze",
        "An der Grenze bei Sumy: Hilfe, wo der Krieg nicht endet",
    ),
    features="Protestant aid agency's magazine in Markdown, UTF-8 with BOM, front matter without "
        "a date (sidecar, Thursday) and a title without a figure; bold deck `bis zu 30.000` "
        "from the HUR range of 'vergangene Woche' (increment, window to publication); HUR "
        "`25.000 bis 30.000` zusätzliche (range increment); the NIS 'im Juni' near the front; "
        "Rutte 'Ende Juni' at the Hague summit in a quote „weit über 10.000“ (nato); Zelensky "
        "'im Mai'; Ukraine's border guard 'Anfang Juli' „Tausende“; the magazine's own reckoning "
        "(unattributed, required, `pub`); families supplied, parcel price, distances, shelling "
        "count, IBAN and phone number",
    text="""\
---
title: "An der Grenze bei Sumy: Hilfe, wo der Krieg nicht endet"
rubrik: Projekte
heft: 3/2025
autorin: Pfarrerin Dorothee Albrecht
---

**Während Kiew mit [[bis zu 30.000]] weiteren Soldaten aus Nordkorea rechnet, versorgen unsere \
Partner in den Dörfern an der russischen Grenze Familien, die nicht fliehen können oder wollen.**

Krasnopillja liegt nur wenige Kilometer von der Grenze entfernt. Seit dem vergangenen Sommer \
schlagen hier fast täglich Gleitbomben und Granaten ein, allein im Juni zählte die \
Gemeindeverwaltung mehr als 40 Angriffe. Pastor Wadym Hrebenjuk von der lutherischen Gemeinde in \
Sumy fährt trotzdem zweimal in der Woche hinaus. Im Kofferraum: Lebensmittel, Medikamente, Kerzen.

## Die Front ist näher gerückt

Auf der anderen Seite der Grenze liegt das Gebiet Kursk. Dort stehen nach Einschätzung des \
südkoreanischen Nachrichtendienstes vom Juni noch [[rund 11.000]] Nordkoreaner in Stellung. Der \
ukrainische Militärgeheimdienst HUR erklärte vergangene Woche, Pjöngjang könne in den nächsten \
Monaten [[25.000 bis 30.000]] zusätzliche Soldaten schicken. Der Grenzschutz in Sumy meldete \
Anfang Juli, auf russischer Seite bauten „[[Tausende]] Koreaner“ Stellungen und Unterstände aus.

Schon Ende Juni hatte NATO-Generalsekretär Mark Rutte beim Gipfel in Den Haag gewarnt, Nordkorea \
habe Russland „[[weit über 10.000]] Soldaten“ und Millionen Granaten geliefert. Präsident \
Wolodymyr Selenskyj bezifferte die Verluste der Nordkoreaner im Mai auf [[mehr als 6.000]] Tote \
und Verwundete.

Legt man die Angaben aus Seoul nebeneinander, hat das Regime seit Herbst 2024 [[rund 14.000]] \
Soldaten nach Russland geschickt, Pioniere und Bautrupps nicht mitgerechnet. „Die Menschen hier \
lesen diese Zahlen nicht“, sagt Hrebenjuk. „Sie hören nachts die Einschläge und zählen die \
Sekunden bis zum nächsten.“

## Was Ihre Spende bewirkt

Seit Jahresbeginn hat unser Partnernetz 2.350 Familien im Gebiet Sumy erreicht. Ein \
Lebensmittelpaket für eine Familie kostet 38 Euro und reicht etwa zwei Wochen. Ein Ofen für den \
Winter kostet 210 Euro. Von Sumy bis zu unserem Lager in Lwiw sind es gut 800 Kilometer.

Spendenkonto: Evangelisches Hilfswerk Lichtbrücke, IBAN DE12 5206 0410 0004 1917 20, \
Stichwort „Sumy“. Fragen beantwortet unser Spenderservice unter 0561 7093-114.
""",
    claims=(
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "bold deck 'Kiew rechnet mit': HUR's range of 'vergangene Woche', to publication: "
          "'weiteren' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "2025-06-01..2025-06-30",
          "NIS 'Einschätzung … vom Juni' (month window): in position in Kursk"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "lastweek",
          "HUR 'vergangene Woche': 'zusätzliche' Pyongyang could send (increment)", add=True),
        C("Tausende", None, "vague", "near_front", "ukraine", "2025-07-01..2025-07-10",
          "Ukraine's border guard 'Anfang Juli' in a quote: building positions across the border"),
        C("weit über 10.000", 10000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte 'Ende Juni' in a quote: delivered to Russia"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-05-01..2025-05-31",
          "Zelensky 'im Mai' (month window): dead and wounded"),
        C("rund 14.000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the magazine's own reckoning ('Legt man die Angaben aus Seoul nebeneinander'): sent"),
    ),
)

A06 = Source(
    article_id="b41_06_jena_stadtportal_ausstellung_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-10-16"),
    dated_by="html_meta",
    features="Jena city portal's news page in HTML (`article:published_time` with +02:00, "
        "breadcrumb and navigation, a cookie notice, a map script, footer with an address); "
        "`<meta name=\"description\">` figure (optional); a photographer from Sumy relaying "
        "neighbours 'Im Frühjahr' (other, a season window); state media on the parade 'am "
        "vergangenen Freitag' (returnees: optional); Medvedev in Pyongyang 'am selben Tag' "
        "„Tausenden“ (russia); the NIS 'Anfang September' `etwa 2.000` dead, `rund 15.000` sent "
        "and `mehrere tausend` builders 'zusätzlich' (increment); HUR 'am Dienstag'; a Jena "
        "historian's `mindestens 20.000` (other, `pub`); opening hours, admission, photo count, "
        "distance, population",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>„Grenzland“: Fotos aus Sumy im Stadtmuseum | Stadtportal Jena</title>
<meta name="description" content="Die Fotografin Kateryna Lysenko zeigt ihre Heimat an der \
Grenze zu Russland – wo nach Schätzungen aus Seoul [[etwa 2.000]] Nordkoreaner gefallen sind.">
<meta property="article:published_time" content="2025-10-16T09:30:00+02:00">
<script src="/js/stadtplan.bundle.js" defer></script>
</head>
<body>
<div id="cookie-hinweis">Das Stadtportal setzt nur Cookies ein, die für den Betrieb nötig sind, \
und auf Wunsch solche für Kartendienste. <button>Karten erlauben</button> \
<button>Ohne Karten weiter</button></div>
<nav class="breadcrumb"><a href="/">jena.example</a> &rsaquo; <a href="/kultur">Kultur &amp; \
Freizeit</a> &rsaquo; <a href="/kultur/aktuell">Aktuelles</a></nav>
<main>
<h1>&bdquo;Grenzland&ldquo;: Fotos aus Sumy im Stadtmuseum</h1>
<p class="datum">Donnerstag, 16. Oktober 2025</p>
<p>Verlassene Höfe, ein Schulbus ohne Fenster, Sonnenblumen vor einem Bunker: Ab Samstag zeigt \
das Stadtmuseum Jena 46 Fotografien von Kateryna Lysenko. Die 29-Jährige stammt aus einem Dorf im \
Gebiet Sumy, nur wenige Kilometer von der russischen Grenze, und lebt seit 2023 in Jena.</p>
<p>Auf der anderen Seite der Grenze, im russischen Gebiet Kursk, kämpften seit Herbst 2024 \
Soldaten aus Nordkorea. Im Frühjahr, erzählt Lysenko, hätten Nachbarn ihrer Mutter [[Hunderte]] \
von ihnen in Schützengräben jenseits des Grenzbachs gesehen. &bdquo;Meine Mutter sagt, man hat \
sie nachts singen hören.&ldquo;</p>
<p>Wie sehr der Krieg Nordkorea verändert hat, zeigte sich am vergangenen Freitag: Bei der großen \
Parade in Pjöngjang marschierten nach Angaben der Staatsmedien [[mehrere hundert]] Veteranen des \
Kursk-Einsatzes mit. Der russische Ex-Präsident Dmitri Medwedew, Ehrengast auf der Tribüne, \
dankte am selben Tag den &bdquo;[[Tausenden]] koreanischen Kämpfern&ldquo;, die Kursk befreit \
hätten.</p>
<p>Südkoreas Nachrichtendienst NIS geht seit Anfang September davon aus, dass [[etwa 2.000]] \
Nordkoreaner in Russland getötet wurden. Insgesamt habe Pjöngjang [[rund 15.000]] Soldaten \
entsandt und zusätzlich [[mehrere tausend]] Bausoldaten verlegt. Kiews Militärgeheimdienst HUR \
sprach am Dienstag von [[rund 11.000]] Nordkoreanern, die derzeit noch in Russland stationiert \
seien.</p>
<p>Der Jenaer Osteuropa-Historiker Matthias Kühnel hält diese Angaben für zu niedrig. &bdquo;Durch \
Russland sind inzwischen [[mindestens 20.000]] Nordkoreaner gegangen, wenn man die Rotationen \
mitzählt&ldquo;, sagt er. Kühnel führt am 23. Oktober um 18 Uhr durch die Ausstellung.</p>
<p class="info">Stadtmuseum Jena, Markt 7. Geöffnet Dienstag bis Sonntag 10 bis 17 Uhr, Eintritt \
5 Euro, ermäßigt 3,50 Euro. Bis 11. Januar 2026.</p>
</main>
<footer>Stadt Jena &middot; Am Anger 15 &middot; 07743 Jena &middot; rund 111.000 Einwohner \
&middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "<meta name=description> (metadata) restating the NIS figure", opt=True),
        C("Hunderte", None, "vague", "near_front", "other", "2025-03-01..2025-05-31",
          "a photographer relaying her mother's neighbours 'Im Frühjahr' (private people, a season "
          "window): in trenches across the border"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri",
          "state media on the parade 'am vergangenen Freitag' (returnees: optional)", opt=True),
        C("Tausenden", None, "vague", "near_front", "russia", "fri",
          "Medvedev 'am selben Tag' (the parade's Friday) in a quote: fought for Kursk"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'seit Anfang September' (days 1-10): killed"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same assessment in Konjunktiv: sent in total"),
        C("mehrere tausend", None, "vague", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same assessment: builders moved 'zusätzlich' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "tue",
          "HUR 'am Dienstag': still stationed in Russia"),
        C("mindestens 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "Jena historian in a quote ('sagt er', no date): passed through Russia with rotations"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Brunei, Hebrides, Wyoming, Croatia, Kiribati, Sierra Leone)
# ---------------------------------------------------------------------------------------------

A07 = Source(
    article_id="b41_07_brunei_daily_asean_forum_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-12"),
    dated_by="html_meta",
    features="Brunei English-language daily in HTML, UTF-8 with BOM (`article:published_time` "
        "with +08:00, a metering script, an ad tag, a consent bar, navigation, a byline "
        "'Saturday, July 12, 2025', footer); `<title>` figure (optional, increment); headline "
        "'Kyiv warns of' `30,000` more from Budanov 'on Wednesday' (increment, window to "
        "publication); 'as many as 30,000 additional'; Seoul's foreign minister at the ARF 'on "
        "Friday'; a State Department official travelling with Rubio 'on Friday'; the NIS 'in "
        "April' (older figure); Shoigu 'last month' `6,000` engineers (russia, planned); a UBD "
        "researcher's range `more` (other, increment, `pub`); ARF and ASEAN membership, the "
        "Brunei armed forces, 1984, fuel price, barrels of oil",
    text="""\
<!doctype html>
<html lang="en-BN">
<head>
<meta charset="utf-8">
<title>Kyiv warns of [[30,000]] more North Korean troops as Asean forum meets | The Bandar \
Chronicle</title>
<meta property="article:published_time" content="2025-07-12T07:15:00+08:00">
<meta property="og:title" content="Kyiv warns of more North Korean troops for Russia">
<script async src="https://ads.bandarchronicle.example/tag.js"></script>
<script>window.bcMeter={free:3,used:1,section:"world"};</script>
</head>
<body>
<div class="consent-bar">We use cookies to remember your reading preferences and to count \
visits. <button>That&rsquo;s fine</button> <a href="/privacy">Manage settings</a></div>
<nav><a href="/">Home</a> | <a href="/national">National</a> | <a href="/asean">Asean</a> | \
<a href="/world">World</a> | <a href="/business">Business</a> | <a href="/epaper">E-Paper</a></nav>
<article>
<h1>Kyiv warns of [[30,000]] more North Korean troops as Asean forum meets</h1>
<p class="byline">By Siti Norhayati Ahmad &middot; Saturday, July 12, 2025</p>
<p>KUALA LUMPUR &ndash; Russia could receive [[as many as 30,000]] additional soldiers from North \
Korea over the coming months, Ukraine&rsquo;s military intelligence chief Kyrylo Budanov said on \
Wednesday, casting a shadow over the security talks that brought foreign ministers from across \
the Asia-Pacific to the Malaysian capital this week.</p>
<p>South Korea&rsquo;s new foreign minister, Cho Hyun, told the Asean Regional Forum on Friday \
that [[roughly 11,000]] North Korean troops remained in Russia&rsquo;s Kursk region, many of them \
dug in along the border. Pyongyang, he said, was being paid in oil, cash and military know-how.</p>
<p>Washington sees no sign of a drawdown either. A senior State Department official travelling \
with Secretary of State Marco Rubio told reporters on Friday that, by the US count, [[more than \
14,000]] North Koreans had been rotated through Russia since last October. In April, \
Seoul&rsquo;s spy agency put the dead and wounded among them at [[about 4,700]].</p>
<p>Moscow, for its part, has made no secret of wanting more. Sergei Shoigu, Vladimir \
Putin&rsquo;s top security official, announced in Pyongyang last month that Kim Jong Un would \
dispatch [[6,000]] engineers to clear mines and rebuild roads in Kursk.</p>
<p>Dr Nur Aqilah Rahman, who researches regional security at Universiti Brunei Darussalam, \
said Budanov&rsquo;s figure should be read as a warning rather than a forecast. &ldquo;Something \
[[between 20,000 and 25,000]] more is the realistic ceiling for what Pyongyang can spare without \
weakening its own border,&rdquo; she said.</p>
<p>The forum brings together the ten Asean members and 17 partners. Brunei&rsquo;s own armed \
forces number some 7,000 personnel; the sultanate has been independent since 1984. Pump prices \
were unchanged this week at B$0.53 a litre for premium petrol, while Brent crude traded near \
US$70 a barrel.</p>
</article>
<footer>&copy; 2025 The Bandar Chronicle Sdn Bhd &middot; Jalan Gadong, Bandar Seri Begawan \
&middot; Tel +673 242 8811</footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "wed..pub",
          "<title> (metadata) restating the headline", add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "wed..pub",
          "headline 'Kyiv warns of': Budanov's Wednesday figure, to publication: 'more' "
          "(increment, span without the word)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "wed",
          "Budanov 'said on Wednesday' (named after the figure): 'additional' (increment)",
          add=True),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "fri",
          "Seoul's foreign minister at the ARF 'on Friday': remained in the Kursk region"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "fri",
          "State Department official 'on Friday', 'by the US count': rotated through Russia"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "Seoul's spy agency 'in April' (older figure, month window): killed or wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'last month' (June): engineers Kim would dispatch (a planned contingent)"),
        C("between 20,000 and 25,000", None, "range", "planned", "other", "pub",
          "UBD researcher in a quote ('she said', no date): 'more' (increment, span without the "
          "word)", add=True),
    ),
)

A08 = Source(
    article_id="b41_08_hebrides_site_admission_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-04-30"),
    dated_by="front_matter",
    features="Hebridean news site in Markdown, front matter with `date:` (Wednesday) and a title "
        "figure (optional); italic standfirst without a figure; KCNA 'on Monday' and Gerasimov "
        "'Two days earlier' without figures; lawmakers emerging from the spy service's briefing "
        "'on Wednesday' (the publication day): `about 4,700`, `some 600` dead (breakdown) and "
        "`around 15,000` sent carried by 'they were told'; the UK Ministry of Defence 'earlier "
        "this month' `up to 11,000` (other, window from the 1st); Kyiv's military intelligence "
        "'says' (`pub`); a NATO spokesperson at the Benbecula range 'on Tuesday' in quotes; "
        "allied nations at the exercise, the range's danger area, Ukrainian households in the "
        "islands, ferry times, ages",
    text="""\
---
title: "Seoul counts [[600]] North Korean dead as Pyongyang admits Kursk role"
date: 2025-04-30
author: Morag MacLeod
section: World
tags: [Ukraine, North Korea, Hebrides Range]
---

# Pyongyang admits its soldiers fought in Kursk

*Seoul puts the North's losses in the thousands, while at the Benbecula range allied crews \
prepare for the biggest air-defence drill of the year*

North Korea has owned up for the first time to sending its soldiers to fight for Russia, ending \
months of silence in which both governments waved away the evidence gathered by Kyiv, Seoul and \
Washington.

The ruling party's Central Military Commission said in a statement that KCNA, the state news \
agency, published on Monday that Kim Jong Un had ordered units to Kursk to help "liberate" the \
region, and that a monument to the fallen would rise in Pyongyang. It gave no numbers. Two days \
earlier, Russia's chief of the general staff, Valery Gerasimov, had thanked the "Korean comrades" \
on state television.

Seoul was quick to attach figures. Members of the National Assembly's intelligence committee, \
emerging from a closed session with the country's spy service on Wednesday, said [[about 4,700]] \
North Koreans had been killed or wounded, including [[some 600]] dead. In all, they were told, \
the North had dispatched [[around 15,000]] troops, reinforcements that arrived in early spring \
included.

Britain's Ministry of Defence, in one of its intelligence updates earlier this month, judged that \
[[up to 11,000]] North Koreans had been committed to the Kursk fighting at its peak. Kyiv's tally \
of the cost is higher: Ukraine's military intelligence agency says [[around 6,000]] have been \
killed or wounded since November.

## Allies gather on Benbecula

On Benbecula, where ships and aircraft from 13 allied nations are gathering for the Formidable \
Shield exercise next month, a NATO spokesperson said on Tuesday that the alliance counted "[[well \
over 10,000]]" North Korean soldiers on Russian soil. "Pyongyang's admission changes nothing we \
did not already know," she added.

The Hebrides Range, run from the base at Balivanich, covers a sea danger area of several thousand \
square kilometres west of the Uists. Residents have been warned of road closures around Gerinish \
during the drill.

In Stornoway, Oksana Hrytsenko, 41, who arrived from Kharkiv in 2022 with her two sons, said she \
had stopped reading the casualty reports. "Every number is somebody's child," she said. There are \
now 23 Ukrainian households across the Western Isles, according to the council. The 14:00 CalMac \
sailing to Ullapool was cancelled on Tuesday because of high winds.
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "front-matter `title:` (metadata) restating the body's dead", opt=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "lawmakers after the spy service's briefing 'on Wednesday' (the publication day): "
          "killed or wounded"),
        C("some 600", 600, "approx", "casualties", "south_korea", "wed",
          "'including … dead' (a breakdown, no increment)"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'they were told' carries the same briefing: dispatched in all"),
        C("up to 11,000", 11000, "at_most", "near_front", "other", "2025-04-01..2025-04-30",
          "UK Ministry of Defence (a third government) 'earlier this month': committed to the "
          "Kursk fighting"),
        C("around 6,000", 6000, "approx", "casualties", "ukraine", "pub",
          "Ukraine's military intelligence 'says' (present tense, no date): killed or wounded"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "tue",
          "NATO spokesperson 'on Tuesday' in a quote: on Russian soil"),
    ),
)

A09 = Source(
    article_id="b41_09_wyoming_paper_cheyenne_base",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-01"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Laramie County Ledger",
        "",
        "Pentagon: 8,000 North Korean troops near Ukraine border",
    ),
    features="Wyoming paper as plain text, windows-1252 with CRLF (typographic quotes, em dash "
        "and apostrophes raw; sidecar without url, Friday), dateline 'CHEYENNE —'; headline "
        "'Pentagon:' from Austin 'Thursday' (Thursday to publication); `roughly 8,000` and 'an "
        "estimated 10,000' (approx); the Pentagon 'A week ago' `at least 3,000` 'at the time' "
        "(a window of days); Seoul's spy agency 'in a closed briefing Tuesday' planned total; "
        "Zelensky 'Wednesday night' `up to 12,000`; a retired colonel in Cheyenne (other, "
        "`pub`); missiles and airmen at F.E. Warren, US troops in Korea, Election Day, ages, "
        "years, polling hours",
    text="""\
Pentagon: [[8,000]] North Korean troops near Ukraine border

Cheyenne veteran who served on the DMZ: ‘This is Kim getting paid’

By Travis Holloway
Ledger staff writer

CHEYENNE — North Korean soldiers have moved to the edge of the war in Ukraine, the Pentagon said \
Thursday, raising the prospect that troops from Pyongyang could be fighting Ukrainians within \
days.

Defense Secretary Lloyd Austin said [[roughly 8,000]] of them had been moved to Russia’s Kursk \
region, where Kyiv’s troops have clung to a pocket of Russian land since their August \
incursion. Of [[an \
estimated 10,000]] soldiers Kim Jong Un has sent to Russia, most had trained at bases in the \
country’s far east before heading west by rail, Austin said.

The count has grown fast. A week ago the Pentagon had spoken of [[at least 3,000]] North Koreans \
training in eastern Russia, and said at the time that it did not know what they were for. South \
Korea’s spy agency, in a closed briefing Tuesday, estimated that Pyongyang would have sent \
[[10,000]] troops in total by December.

In Kyiv, President Volodymyr Zelensky said in his Wednesday night video address that [[up to \
12,000]] North Koreans were already inside Russia. He called on Washington to respond “with \
strength, not statements.”

‘Paid in oil and technology’

For Dale Hufsmith, 68, who commanded an infantry company at Camp Casey near the Demilitarized \
Zone in the early 1990s and now lives in south Cheyenne, the news is no surprise.

“This is Kim getting paid — in oil, in food, in technology he can’t buy anywhere else,” Hufsmith \
said over coffee at a diner on Lincolnway. “I wouldn’t be surprised to see [[20,000]] of them \
over there by spring.”

Across town at F.E. Warren Air Force Base, home of the 90th Missile Wing and 150 Minuteman III \
missiles, officials declined to comment on world events. About 3,000 airmen are stationed at the \
base. Some 28,500 U.S. troops remain in South Korea, seven decades after the 1953 armistice.

The issue could surface next week as voters go to the polls. Polling places in Laramie County open \
at 7 a.m. and close at 7 p.m. on Election Day, Tuesday, Nov. 5.
""",
    claims=(
        C("8,000", 8000, "exact", "near_front", "united_states", "thu..pub",
          "headline 'Pentagon:': Austin's Thursday figure, to publication: near the border"),
        C("roughly 8,000", 8000, "approx", "near_front", "united_states", "thu",
          "Austin, the Pentagon 'said Thursday' of the lead: moved to the Kursk region"),
        C("an estimated 10,000", 10000, "approx", "in_russia", "united_states", "thu",
          "same statement ('Austin said' after the figure): sent to Russia"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states",
          "2024-10-23..2024-10-25", "Pentagon 'A week ago' ('at the time'): training in eastern "
          "Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "tue",
          "Seoul's spy agency 'in a closed briefing Tuesday': sent 'in total by December' "
          "(an intended total)"),
        C("up to 12,000", 12000, "at_most", "in_russia", "ukraine", "wed",
          "Zelensky 'Wednesday night': already inside Russia"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "retired colonel in a quote (no date; 'by spring' is the event): could be over there"),
    ),
)

A10 = Source(
    article_id="b41_10_croatia_outlet_two_thousand_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-09-05"),
    dated_by="dateline",
    features="Croatian English-language outlet in Markdown, ISO-8859-1 with straight quotes and "
        "`--` (no euro sign: `EUR`), front matter without a date and a title without a figure; "
        "dateline 'ZAGREB, 5 September 2025 --'; headline 'Seoul:' from the spy service's "
        "Thursday briefing (Thursday to publication); `about 2,000` dead; 'another 6,000' "
        "engineers and builders (increment, span without the word); 'the agency estimates' `some "
        "15,000` (same briefing); a NATO intelligence official in Split 'last week' `north of "
        "12,000` (at_least); HUR 'in August' (month window); a Zagreb analyst's `closer to 3,000` "
        "(other, approx, `pub`); Croatian conscripts, tanks, helicopters for Ukraine, euros",
    text="""\
---
title: "Spy agency: Kim's Kursk adventure has cost him dearly"
author: Ivana Perkovic
section: World
tags: [North Korea, Russia, Ukraine, NATO]
---

# Seoul counts [[2,000]] North Korean dead in Russia's war

ZAGREB, 5 September 2025 -- North Korea has lost about one in seven of the soldiers it sent to \
fight for Russia, according to the latest reckoning from Seoul, an estimate that puts the cost of \
Kim Jong Un's alliance with Moscow in stark terms.

Briefing the parliamentary intelligence committee on Thursday, South Korea's intelligence service \
estimated that [[about 2,000]] North Korean troops had died in and around the Kursk region since \
last autumn. The service also said another [[6,000]] engineers and construction troops were being \
moved into the area to clear mines and rebuild bridges. In total, the agency estimates, the North \
has now dispatched [[some 15,000]] soldiers.

Moscow has never published a death toll, and Pyongyang has only acknowledged its losses in \
ceremonies broadcast on state television.

## NATO: "The numbers keep growing"

Western officials have been watching the rotation closely. At a conference in Split last week, a \
NATO intelligence official told reporters that the alliance's estimate of North Koreans inside \
Russia now stood at "[[north of 12,000]]". Ukraine's military intelligence directorate, HUR, \
offered a grimmer count in August, putting North Korean dead and wounded at [[more than 7,000]].

Marko Jelic, a defence analyst at the Institute for Development and International Relations in \
Zagreb, said the Seoul estimate was likely conservative. "Given what we have seen of drone warfare \
on that front, I would put the real number of dead [[closer to 3,000]]," he said. "Pyongyang \
treats these men as expendable."

## Croatia's own debate

The news comes as Croatia prepares to bring back compulsory military service from January, with \
the first intake of about 800 conscripts expected to train for two months. Zagreb has also \
ordered 50 Leopard 2A8 tanks in a deal worth roughly EUR 1.5 billion and has sent 14 Mi-8 \
helicopters to Ukraine since the start of the full-scale invasion.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the spy service's Thursday figure, to publication: killed"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "intelligence service 'on Thursday' (named after the date): died"),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "thu",
          "same briefing: 'another' engineers being moved into the area (increment, span without "
          "the word)", add=True),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'the agency estimates' after the same briefing: dispatched in total"),
        C("north of 12,000", 12000, "at_least", "in_russia", "nato", "lastweek",
          "NATO intelligence official in Split 'last week', in a quote: inside Russia"),
        C("more than 7,000", 7000, "at_least", "casualties", "ukraine", "2025-08-01..2025-08-31",
          "HUR 'in August' (month window): dead and wounded"),
        C("closer to 3,000", 3000, "approx", "casualties", "other", "pub",
          "Zagreb analyst in a quote ('he said', no date): dead"),
    ),
)

A11 = Source(
    article_id="b41_11_kiribati_site_border_guard_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-07"),
    dated_by="sidecar",
    sidecar=(
        "Tarawa Online Herald",
        "https://www.tarawaonlineherald.example/world/2025/11/07/seoul-north-korean-troops-"
        "guard-russian-border",
        "Seoul: 10,000 North Korean troops on guard at Russia's border",
    ),
    features="Kiribati news site in HTML (no meta date: sidecar, Friday; `og:title` figure "
        "optional; a data-layer script, a cookie notice, navigation with a tide table, footer "
        "with a phone number, `&rsquo;`, `&ndash;`, `&nbsp;`); headline 'Seoul:' from the NIS "
        "briefing 'on Tuesday' (Tuesday to publication); `around 10,000` guarding the border, "
        "`5,000` construction troops moving in stages (no increment word); the USFK commander "
        "'in October' (month window, 'on the order of'); Zelensky 'last week' „thousands more“ "
        "(vague increment); the site's own reckoning (unattributed, range, `pub`); a USP "
        "lecturer without a figure; population, atolls, EEZ, fishing revenue, distance, age",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North Korean troops guard Russia&rsquo;s border, Seoul says &ndash; Tarawa Online Herald\
</title>
<meta property="og:title" content="Seoul: [[10,000]] North Korean troops on guard at \
Russia&rsquo;s border">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:"world",words:540});</script>
</head>
<body>
<div class="cookie-note">We use a few cookies so the site loads faster on island connections. \
<button>OK</button> <a href="/privacy">Privacy</a></div>
<nav><a href="/">Home</a> &middot; <a href="/local">Kiribati</a> &middot; <a \
href="/pacific">Pacific</a> &middot; <a href="/world">World</a> &middot; <a \
href="/tides">Tide table</a> &middot; <a href="/sport">Sport</a></nav>
<article>
<h1>Seoul: [[10,000]] North Korean troops on guard at Russia&rsquo;s border</h1>
<p class="meta">World desk &middot; 5&nbsp;min read</p>
<p>North Korea has turned from fighting for Russia to guarding it. [[Around 10,000]] of its \
soldiers are now stationed along Russia&rsquo;s border with Ukraine in the Kursk region, South \
Korean lawmakers said on Tuesday after a briefing by their country&rsquo;s intelligence service.</p>
<p>The service also told them that [[5,000]] construction troops were moving to Russia in stages \
to repair roads, railways and power lines damaged in the fighting. Pyongyang appeared to be \
preparing further deployments, it added.</p>
<p>The United States has offered similar numbers. In October, the commander of U.S. forces in \
Korea, Gen. Xavier Brunson, said North Korea had put &ldquo;[[on the order of 15,000]]&rdquo; \
troops into Russia since the first deployments a year earlier. Ukrainian President Volodymyr \
Zelensky warned last week that Moscow &ldquo;may bring in [[thousands]] more&rdquo; from \
Pyongyang before winter.</p>
<p>Adding up the published estimates from Seoul, Washington and Kyiv, the Herald reckons that \
[[between 15,000 and 20,000]] North Koreans have served in Russia since October 2024, counting \
engineers and builders.</p>
<p>&ldquo;For small island states this looks far away, but it is not,&rdquo; said Teretia \
Kaiteie, 34, a lecturer at the University of the South Pacific&rsquo;s Kiribati campus. \
&ldquo;When big countries trade soldiers for oil, the rules that protect us get weaker.&rdquo;</p>
<p>Kiribati, home to about 120,000 people on 33 atolls, controls an exclusive economic zone of \
some 3.5 million square kilometres. Fishing licences earn the government more than A$200 million \
a year. Pyongyang lies roughly 6,800 kilometres from South Tarawa.</p>
</article>
<footer>&copy; 2025 Tarawa Online Herald &middot; Bairiki, South Tarawa &middot; Newsroom \
+686 7502 1190</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "`og:title` (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS figure of Tuesday's briefing, to publication: on guard at "
          "the border"),
        C("Around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "lawmakers 'said on Tuesday' after the intelligence briefing (named after the figure): "
          "stationed along the border in Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same briefing ('also told them'): construction troops moving to Russia in stages (no "
          "increment word)"),
        C("on the order of 15,000", 15000, "approx", "in_russia", "united_states",
          "2025-10-01..2025-10-31", "USFK commander 'In October' (month window) in a quote: put "
          "into Russia"),
        C("thousands", None, "vague", "planned", "ukraine", "lastweek",
          "Zelensky 'last week' in a quote: 'more' Moscow may bring in (increment)", add=True),
        C("between 15,000 and 20,000", None, "range", "in_russia", "unattributed", "pub",
          "the site's own reckoning ('the Herald reckons'): served in Russia"),
    ),
)

A12 = Source(
    article_id="b41_12_sierra_leone_daily_losses_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-12-24"),
    dated_by="sidecar",
    sidecar=(
        "The Freetown Observer",
        "https://www.freetownobserver.example/international/zelensky-3000-north-korean-troops-"
        "killed-or-wounded",
        "Zelensky: 3,000 North Korean troops killed or wounded in Kursk",
    ),
    features="Sierra Leone daily as plain text in UTF-16 LE with BOM (sidecar, Tuesday), dateline "
        "'FREETOWN, Tuesday' (no date), a section line and a byline; headline 'Zelensky:' from "
        "his Monday post (Monday to publication); 'more than 3,000' killed or wounded; the NIS "
        "'last Thursday' (the latest Thursday): `at least 100` dead and `close to 1,000` wounded "
        "(not an increment); the Pentagon 'last week' „several hundred“; HUR 'says' (`pub`); a "
        "Fourah Bay College lecturer's `tens of thousands` more (other, vague increment, `pub`); "
        "Sierra Leoneans lured to Russia (recruited, missing), fees in dollars and leones, "
        "hotline number, ages",
    text="""\
INTERNATIONAL

Zelensky: [[3,000]] North Korean troops killed or wounded in Kursk

By Abdul Rahman Kamara

FREETOWN, Tuesday – North Korea's soldiers in Russia are dying in large numbers barely two \
months after they arrived, Ukraine's president has said, as Seoul offered its own, lower count.

In a post on social media on Monday, President Volodymyr Zelensky said [[more than 3,000]] \
soldiers from the North had been killed or injured around Kursk, where Ukraine still holds a \
strip of Russian land. He warned that Pyongyang could send more men and equipment to Russia.

South Korea's National Intelligence Service gave lawmakers a lower figure last Thursday: \
[[at least 100]] dead and [[close to 1,000]] wounded, many of them hit by drones because they had \
no training for that kind of war, according to one lawmaker who attended the briefing.

The Pentagon spoke last week of "[[several hundred]]" North Korean casualties, without separating \
the dead from the wounded. Ukraine's military intelligence agency says [[about 12,000]] North \
Koreans are in Russia, most of them in Kursk.

Russia has never confirmed that the troops are there. Asked about the reports on Monday, a \
Kremlin spokesman said he had "nothing to add".

Lessons for Salone

Dr. Fatmata Sesay, who teaches international relations at Fourah Bay College, said the war showed \
how small states' young people could be drawn into conflicts far from home. "Kim can afford to \
send [[tens of thousands]] more. He has the men and he needs the money," she said.

Her warning has a local edge. Police in Freetown say at least 20 young Sierra Leoneans have been \
lured to Russia this year with offers of factory jobs, paying agents up to $2,000 each, and that \
several are now missing. Families have sold land and borrowed up to Le 45,000 to pay the fees.

"My son was 23. He told us he would be driving trucks," said a mother in Kissy who asked not to \
be named.

The Ministry of Foreign Affairs has urged anyone offered work in Russia to call its hotline on \
+232 76 610 440 before signing a contract.
""",
    claims=(
        C("3,000", 3000, "exact", "casualties", "ukraine", "mon..pub",
          "headline 'Zelensky:': his Monday figure, to publication: killed or wounded"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky's post 'on Monday': killed or wounded"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS briefing 'last Thursday' (the latest Thursday), relayed by a lawmaker named at the "
          "end of the sentence: dead"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded (the others of the same event, not an increment)"),
        C("several hundred", None, "vague", "casualties", "united_states", "lastweek",
          "Pentagon 'last week' in quotes: casualties"),
        C("about 12,000", 12000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'says' (present tense, no date): in Russia"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Fourah Bay College lecturer in a quote ('she said', no date): 'more' Kim can send "
          "(increment)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    A01, A02, A03, A04, A05, A06,
    A07, A08, A09, A10, A11, A12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
