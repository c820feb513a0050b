"""Build the FIFTIETH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The fifty-second corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Wetzlar daily, a
Hunsrück radio station's web text, a Gasteinertal weekly (Austrian conventions), a Surselva paper
(Swiss conventions), a beekeepers' association magazine's world page and a Konstanz student radio;
a Sunshine Coast daily, an Islay news page, a Connecticut paper, a Kosovo English-language outlet,
a Wallis and Futuna English news page and a São Tomé English-language newsletter. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind50_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

F01 = Source(
    article_id="f50_01_wetzlar_pentagon_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Wetzlar daily's world page in HTML (`article:published_time` with +01:00, a "
        "byline date '06.11.2024', a tracking script with an article id, a cookie notice with "
        "87 partner firms, local navigation, an ad script); `<meta name=\"description\">` "
        "figure (optional); headline 'Pentagon:' from Ryder 'am Montag (Ortszeit)' (Monday to "
        "publication); Ryder's range 'Insgesamt hielten sich' carried by Konjunktiv; Zelensky "
        "'am Montagabend'; HUR 'am Dienstag … heißt es in einer Mitteilung' (source after the "
        "figure); NIS passed on by lawmakers 'Ende Oktober' ('Nach Darstellung der "
        "Parlamentarier', X citing Y); a Gießen political scientist's 'noch einmal 10.000' "
        "(increment, `pub`); optics firm staff, refugees in the Lahn-Dill district, dollars per "
        "man, age, 1953, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon: Nordkoreaner stehen im Gebiet Kursk – Lahn-Kurier</title>
<meta name="description" content="[[Rund 10.000]] Soldaten aus Nordkorea sind laut \
US-Verteidigungsministerium im russischen Grenzgebiet angekommen. Kiew meldet erste Gefechte.">
<meta property="article:published_time" content="2024-11-06T05:30:00+01:00">
<meta property="og:site_name" content="Lahn-Kurier">
<script>var lkData={ressort:"welt",artikel:88213,paywall:false};</script>
</head>
<body>
<div class="cookiehinweis">Der Lahn-Kurier speichert Cookies für Statistik und Anzeigen, bei sich \
und bei 87 Partnerfirmen. <button>Von mir aus gern</button> <button>Lieber ohne \
Zählpixel</button></div>
<nav><a href="/">Start</a> · <a href="/wetzlar">Wetzlar</a> · <a href="/lahn-dill">Lahn-Dill</a> \
· <a href="/welt">Welt</a> · <a href="/sport">Sport</a> · <a href="/e-paper">E-Paper</a></nav>
<article>
<p class="dachzeile">Krieg gegen die Ukraine</p>
<h1>Pentagon: [[10.000]] Nordkoreaner stehen im Gebiet Kursk</h1>
<p class="vorspann">Washington rechnet damit, dass die Soldaten aus Pjöngjang bald an der Front \
eingesetzt werden. In Kiew ist von ersten Gefechten die Rede.</p>
<p class="autor">Von Sabine Hofmeister · 06.11.2024</p>
<p>Die Zahl der nordkoreanischen Soldaten nahe der ukrainischen Grenze ist nach amerikanischer \
Einschätzung kräftig gestiegen. [[Etwa 10.000]] von ihnen seien inzwischen im westrussischen \
Gebiet Kursk angekommen, sagte Pentagon-Sprecher Pat Ryder am Montag (Ortszeit) in Washington. \
Insgesamt hielten sich [[11.000 bis 12.000]] Nordkoreaner in Russland auf. Der Rest werde noch im \
Osten des Landes ausgebildet.</p>
<p>Man gehe davon aus, dass Moskau die Männer in den kommenden Tagen in Kämpfe schicke, fügte der \
Generalmajor hinzu. Geübt hätten sie unter anderem Artillerieeinsätze, Drohnenabwehr und den \
Häuserkampf.</p>
<p>Selenskyj, der ukrainische Staatschef, hatte bereits am Montagabend in seiner Videobotschaft \
[[11.000]] Nordkoreaner im Raum Kursk genannt. Am Dienstag meldete der Militärgeheimdienst HUR \
die ersten Zusammenstöße: Eine Einheit mit [[mehreren hundert]] Nordkoreanern sei unter \
Artilleriebeschuss geraten, heißt es in einer Mitteilung der Behörde.</p>
<h2>Seoul spricht von Elitesoldaten</h2>
<p>Auch Südkorea beobachtet die Verlegungen genau. Der Geheimdienst NIS hatte Ende Oktober \
mehrere Abgeordnete unterrichtet; unter den Entsandten seien Angehörige des gefürchteten \
„Sturmkorps“. Nach Darstellung der Parlamentarier geht der Dienst davon aus, dass Pjöngjang bis \
zum Jahresende [[rund 10.000]] Mann schicken wird.</p>
<h2>„Das ist ein Einschnitt“</h2>
<p>Der Gießener Politikwissenschaftler Matthias Brandstätter sieht in dem Einsatz eine neue Stufe \
des Krieges. „Zum ersten Mal seit 1953 kämpfen Nordkoreaner wieder in einem fremden Land“, sagt \
der 52-Jährige. Er hält es für möglich, dass Kim im Frühjahr noch einmal [[10.000]] Soldaten \
hinterherschickt. Für Pjöngjang gehe es um Devisen und um Kampferfahrung; Moskau zahle pro Mann \
und Monat angeblich rund 2.000 Dollar.</p>
<p>In Wetzlar verfolgt man die Nachrichten auch aus einem anderen Grund. Optik aus Mittelhessen \
steckt in vielen Zielfernrohren und Wärmebildkameras, die die Ukraine von westlichen Partnern \
bekommt. Ein Hersteller mit rund 1.400 Beschäftigten am Standort wollte sich zu Lieferungen nicht \
äußern. Im Lahn-Dill-Kreis leben laut Kreisverwaltung gut 3.100 Geflüchtete aus der Ukraine.</p>
</article>
<footer><p>© Lahn-Kurier 2024 · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a> · Leserservice 06441 555-280</p></footer>
<script src="/js/lk-werbung.min.js" async></script>
</body>
</html>
""",
    claims=(
        C("Rund 10.000", 10000, "approx", "near_front", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating Ryder's Monday figure", opt=True),
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:': Ryder's figure of the lead (Monday) to publication: in Kursk"),
        C("Etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokesman Ryder 'am Montag (Ortszeit)', Konjunktiv: arrived in Kursk"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same statement, 'Insgesamt hielten sich … in Russland auf' (Konjunktiv carries Ryder)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend': in the Kursk area"),
        C("mehreren hundert", None, "vague", "near_front", "ukraine", "tue",
          "HUR 'Am Dienstag' … 'heißt es in einer Mitteilung der Behörde' (source at the end): "
          "a unit under fire"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "NIS briefing of lawmakers 'Ende Oktober', 'Nach Darstellung der Parlamentarier' (X "
          "citing Y): intended total by year's end"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "Gießen political scientist, present tense 'hält es für möglich': could send 'noch "
          "einmal' (increment; 'im Frühjahr' is the event)", add=True),
    ),
)

F02 = Source(
    article_id="f50_02_hunsrueck_radio_verluste_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-27"),
    dated_by="sidecar",
    sidecar=(
        "Hunsrückwelle",
        "https://www.hunsrueckwelle.example/nachrichten/welt/nordkoreaner-verluste-kursk-4417",
        "Kiew: Mehr als 3.000 Nordkoreaner getötet oder verwundet",
    ),
    features="Hunsrück radio station's web text in HTML, ISO-8859-1 (quotes only as entities "
        "`&bdquo;`/`&ldquo;`, `&middot;`, `&copy;`, `&amp;`), no meta date (sidecar, Friday), a "
        "date line '27.12.2024', a stream player script, a cookie layer, navigation with "
        "'Verkehr & Blitzer'; `<title>` figure (optional); headline 'Kiew:' from Zelensky 'am "
        "Montag' (Monday to publication); SSO 'am Wochenende' with `50` killed and `47` wounded "
        "(not an increment); NIS passed on by lawmakers 'am 19. Dezember' (`mindestens 100`, "
        "`knapp 1.000`); the Pentagon 'am 16. Dezember' „Hunderten“; a retired lieutenant "
        "colonel from Kastellaun (other, `pub`, 'glaubt er' after the figure); Russian missiles "
        "and drones, households without power, refugees in the district, donations in euros, "
        "age, years, studio phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Selenskyj: [[Mehr als 3.000]] Nordkoreaner ausgefallen | Hunsrückwelle</title>
<meta property="og:site_name" content="Hunsrückwelle">
<link rel="stylesheet" href="/css/hw-2024.css">
<script>window.hwPlayer={stream:"https://stream.hunsrueckwelle.example/live.mp3",kbit:128};</script>
</head>
<body>
<div id="cookie-layer">Damit der Livestream läuft und wir sehen, welche Beiträge Sie hören, \
setzen wir Cookies. <a href="#" class="ja">Dann mal los</a> <a href="#" class="nein">Nur den \
Livestream, bitte</a></div>
<header><a href="/">Hunsrückwelle</a> <a href="/nachrichten/region">Region</a> <a \
href="/nachrichten/welt">Welt</a> <a href="/verkehr">Verkehr &amp; Blitzer</a> <a \
href="/livestream">Live hören</a></header>
<main>
<h1>Kiew: [[Mehr als 3.000]] Nordkoreaner getötet oder verwundet</h1>
<p class="datum">27.12.2024 &middot; 12:40 Uhr &middot; Nachrichtenredaktion</p>
<p>Die Soldaten aus Nordkorea erleiden im russischen Gebiet Kursk nach ukrainischen Angaben \
schwere Verluste. Präsident Wolodymyr Selenskyj sprach am Montag von [[mehr als 3.000]] getöteten \
und verletzten Nordkoreanern. Kiew wirft Moskau vor, die Männer ohne Deckung über offenes Feld \
stürmen zu lassen.</p>
<p>Die ukrainischen Spezialkräfte SSO hatten bereits am Wochenende Bilanz aus einzelnen Gefechten \
gezogen. Binnen drei Tagen seien [[50]] Nordkoreaner getötet und [[47]] verletzt worden, teilte \
das Kommando mit. Überprüfen lassen sich solche Angaben nicht.</p>
<h2>Seoul nennt niedrigere Zahlen</h2>
<p>Südkoreas Geheimdienst NIS kommt auf deutlich weniger Opfer. Abgeordnete, die der Dienst am \
19. Dezember unterrichtet hatte, sprachen von [[mindestens 100]] Toten und [[knapp 1.000]] \
Verletzten. Auch das Pentagon hatte am 16. Dezember lediglich von &bdquo;[[Hunderten]]&ldquo; \
Toten und Verwundeten gesprochen.</p>
<h2>&bdquo;Gegen Drohnen haben die keine Chance&ldquo;</h2>
<p>Für Bernd Schmitz aus Kastellaun ist das keine Überraschung. Der 67-Jährige war bis 2012 \
Oberstleutnant und hat lange in der früheren Hunsrück-Kaserne Dienst getan. &bdquo;Das sind \
gedrillte Soldaten, aber einen Drohnenkrieg haben sie nie erlebt&ldquo;, sagte er der \
Hunsrückwelle. Von den [[etwa 11.000]] Nordkoreanern, die Russland bekommen habe, werde ein \
großer Teil nicht nach Hause zurückkehren, glaubt er.</p>
<p>Die Ukraine hat in den vergangenen Tagen zudem schwere Luftangriffe erlebt. Russland feuerte \
am ersten Weihnachtstag mehr als 70 Raketen und über 100 Drohnen auf das Energienetz ab, \
Hunderttausende Haushalte waren ohne Strom.</p>
<p>Im Rhein-Hunsrück-Kreis sind nach Zahlen der Kreisverwaltung derzeit rund 1.600 Menschen aus \
der Ukraine untergebracht. Der Verein &bdquo;Hunsrück hilft&ldquo; sammelt noch bis Ende Januar \
für Stromaggregate; 4.000 Euro sind schon zusammengekommen.</p>
</main>
<footer>&copy; 2024 Hunsrückwelle GmbH &middot; Studio Simmern &middot; Studiotelefon 06761 555 \
90 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("Mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon..pub",
          "headline 'Kiew:': Zelensky's figure of the lead (Monday) to publication"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'am Montag': killed and wounded"),
        C("50", 50, "exact", "casualties", "ukraine", "sat..sun",
          "SSO 'am Wochenende' (Saturday-Sunday), 'teilte das Kommando mit' after the figure: "
          "killed in three days"),
        C("47", 47, "exact", "casualties", "ukraine", "sat..sun",
          "same statement: wounded (the others in the same fighting, not an increment)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "2024-12-19",
          "lawmakers briefed by the NIS 'am 19. Dezember' (X citing Y): dead"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same briefing: wounded ('knapp' → approx)"),
        C("Hunderten", None, "vague", "casualties", "united_states", "2024-12-16",
          "Pentagon 'am 16. Dezember' „…“: dead and wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "other", "pub",
          "retired lieutenant colonel from Kastellaun to the station (undated), 'glaubt er' at "
          "the end: the men Russia received"),
    ),
)

F03 = Source(
    article_id="f50_03_gasteiner_skilehrer_feber_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Gasteinertal weekly's world page in Markdown, UTF-8 with BOM, front matter with "
        "`date:`, an issue number and a title with the headline figure (optional); Austrian "
        "'Jänner', 'Feber', 'heuer', 'Politikwissenschafterin'; a South Korean ski instructor "
        "in Dorfgastein (no figure of his own); headline 'Kiew spricht von' from Zelensky "
        "'Anfang Feber' (days 1-10 to publication); NIS 'Mitte Jänner' `Etwa 300` and `2.700` "
        "with 'damals' after them; NIS 'Vergangene Woche' carried by Konjunktiv to the next "
        "sentences; HUR 'am Dienstag' „mehrere tausend zusätzliche“ (vague increment); a "
        "Salzburg political scientist 'noch einmal' a range (increment, `pub`); guests from "
        "Korea, overnight stays, Russian losses per British estimates, lift capacity, euros, "
        "ages",
    text="""\
---
title: "Kiew spricht von [[fast 4.000]] Ausfällen"
date: 2025-02-20
ausgabe: 8/2025
rubrik: Welt
---

# Nordkoreas Soldaten: Kiew spricht von [[fast 4.000]] Ausfällen

**Seit Mitte Jänner sind die Einheiten aus Pjöngjang von der Front bei Kursk verschwunden. In \
Dorfgastein verfolgt ein Skilehrer aus Seoul die Nachrichten mit gemischten Gefühlen.**

Im Skigebiet zwischen Dorfgastein und Großarl hört man in diesen Wochen viel Koreanisch. Rund \
3.500 Gäste aus Südkorea hat der Tourismusverband heuer schon gezählt, so viele wie nie zuvor. \
Einer, der ihnen das Skifahren beibringt, ist Park Jun-ho. Der 41-Jährige kam vor zwölf Jahren \
ins Tal und blieb. „Wenn ich lese, dass junge Burschen aus dem Norden in Russland sterben, dann \
sind das auch Koreaner“, sagt er beim Kaffee an der Talstation.

Wie viele es sind, weiß niemand genau. Der ukrainische Präsident Wolodymyr Selenskyj bezifferte \
die nordkoreanischen Verluste Anfang Feber auf [[fast 4.000]] Tote und Verwundete. Südkoreas \
Geheimdienst NIS war Mitte Jänner auf niedrigere Zahlen gekommen: [[Etwa 300]] Nordkoreaner seien \
gefallen, [[2.700]] verwundet worden, berichteten Abgeordnete damals nach einer Sitzung des \
Geheimdienstausschusses in Seoul.

Vergangene Woche meldete sich der Dienst erneut zu Wort. Die [[rund 11.000]] Soldaten, die \
Pjöngjang im Herbst nach Russland entsandt habe, seien seit Mitte Jänner an keinen \
Kampfhandlungen mehr beteiligt gewesen. Vermutlich hätten die hohen Verluste zu dem Rückzug \
geführt. Ob die Truppen zurückkehren, sei offen.

## Nachschub aus Pjöngjang?

Dass die Nordkoreaner endgültig weg sind, glaubt in Kiew niemand. Der Militärgeheimdienst HUR \
erklärte am Dienstag, in Nordkorea würden „[[mehrere tausend]] zusätzliche Soldaten“ auf den \
Einsatz vorbereitet, vor allem im Umgang mit Drohnen.

Die Salzburger Politikwissenschafterin Elisabeth Gruber hält das für plausibel. „Kim hat seine \
Leute nicht hingeschickt, um sie nach drei Monaten wieder heimzuholen“, sagt sie. Sie rechnet \
damit, dass heuer noch einmal [[10.000 bis 15.000]] Mann nachkommen.

Moskau schweigt weiter. Kremlsprecher Dmitri Peskow sagte am Montag lediglich, man kommentiere \
„Gerüchte“ nicht. Die russische Armee selbst verlor nach britischen Schätzungen allein im Jänner \
mehr als 48.000 Mann an Toten und Verletzten.

## Zurück auf die Piste

Park Jun-ho will sich die Saison nicht verderben lassen. Die Gastein-Bahnen melden heuer bisher \
rund 1,1 Millionen Ersteintritte, die Schlossalmbahn befördert bis zu 2.800 Personen in der \
Stunde. Am Samstag, 1. März, lädt seine Skischule zum koreanischen Abend ins Kongresszentrum Bad \
Gastein, Karten kosten 18 Euro.
""",
    claims=(
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..pub",
          "headline 'Kiew spricht von': Zelensky's figure of the body ('Anfang Feber') to "
          "publication"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber' (days 1-10): dead and wounded ('fast' → approx)"),
        C("Etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' (days 11-20), passed on by lawmakers 'damals' after the figures: "
          "fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same briefing: wounded (not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'Vergangene Woche' in the sentence before, Konjunktiv 'entsandt habe': sent in "
          "autumn"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "tue",
          "HUR 'am Dienstag' „… zusätzliche Soldaten“ being prepared (increment)", add=True),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "Salzburg political scientist 'rechnet damit' (present tense): 'noch einmal … "
          "nachkommen' (increment; 'heuer' is the event)", add=True),
    ),
)

F04 = Source(
    article_id="f50_04_surselva_minenraeumer_kursk",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-06-19"),
    dated_by="dateline", crlf=True,
    features="Surselva paper's foreign page as plain text, windows-1252 with CRLF, Swiss "
        "conventions (`ss`, «», `15'000`, `11'000`, `20'000 bis 25'000`, `130'000`, 4-digit "
        "`6000`/`1000`/`5000`), dateline 'Ilanz/Moskau, 19. Juni 2025 –'; headline with the "
        "sum of Shoigu's figures (Tuesday to publication); Shoigu 'am Dienstag' in Pyongyang: "
        "`6000` and its breakdown `1000` and `5000` (no increment word, not additional); the "
        "JCS 'am Mittwoch' with the source after the figure; HUR 'Ende Mai'; an ETH researcher "
        "«nach meiner Schätzung» a range (other, `pub`); a deminer from Disentis without a "
        "figure of her own; mined square kilometres, square metres a day, a municipality's "
        "5000 francs, ages, years, altitude",
    text="""\
Bündner Oberländer Anzeiger – Ausland

Pjöngjang schickt [[6000]] Minenräumer und Bausoldaten nach Kursk

Russland holt Nachschub aus Nordkorea, diesmal nicht für die Front. Eine Minenräumerin aus \
Disentis erklärt, warum die Arbeit in den verminten Feldern so gefährlich ist.

Ilanz/Moskau, 19. Juni 2025 – Nordkorea schickt weitere Männer in das russische Grenzgebiet \
Kursk. Das kündigte der Sekretär des russischen Sicherheitsrats, Sergei Schoigu, am Dienstag bei \
seinem Besuch in Pjöngjang an. Kommen sollen demnach [[6000]] Mann: [[1000]] Spezialisten, die \
Minen und Blindgänger beseitigen, sowie [[5000]] Militärbauarbeiter, die zerstörte Häuser, \
Strassen und Brücken wiederaufbauen. Kim Jong Un habe dem zugestimmt, liess Schoigu verbreiten.

Moskau hatte den Einsatz nordkoreanischer Kampftruppen monatelang bestritten und erst Ende April \
eingeräumt. Wie viele Soldaten Pjöngjang bisher insgesamt geschickt hat, sagte Schoigu nicht. \
Südkoreas Vereinigter Generalstab kommt auf [[rund 15'000]]; das teilte ein Sprecher am Mittwoch \
in Seoul mit. Nach Angaben des ukrainischen Militärgeheimdienstes HUR standen Ende Mai noch \
[[etwa 11'000]] Nordkoreaner im Gebiet Kursk, die meisten bei der Artillerie.

«Minenräumen ist die gefährlichste Arbeit, die ein Krieg hinterlässt», sagt Mirjam Caduff. Die \
34-Jährige aus Disentis arbeitet seit 2023 für eine Genfer Stiftung für humanitäre Minenräumung \
in der Region Charkiw. Fast ein Viertel des ukrainischen Staatsgebiets gilt als vermint oder \
verdächtig, mehr als 130'000 Quadratkilometer. Ein Team von acht Leuten schafft an einem guten \
Tag vielleicht 300 Quadratmeter. «Wer das in wenigen Monaten erledigen will, schickt die Leute in \
den Tod», sagt sie über die Pläne in Kursk.

Die Gemeinde Disentis/Mustér hat die Stiftung im Frühling mit 5000 Franken unterstützt. Caduff \
selbst ist Anfang Juni für zwei Wochen nach Hause gekommen, auf 1130 Metern über Meer, wie sie \
lachend sagt: «Hier liegt höchstens Schnee im Feld, keine Minen.»

Der Sicherheitsforscher Andrea Cathomen von der ETH Zürich sieht in Schoigus Ankündigung ein \
Zeichen, dass die Zusammenarbeit zwischen Moskau und Pjöngjang auf Dauer angelegt ist. «Bis Ende \
Jahr dürften sich nach meiner Schätzung [[20'000 bis 25'000]] Nordkoreaner in Russland \
aufhalten», sagt der Bündner, der in Sagogn aufgewachsen ist. Für Kim seien die Bausoldaten ein \
Geschäft wie die Kampftruppen: Russland liefere dafür Erdöl, Lebensmittel und womöglich Technik \
für Satelliten.

Die Schweiz hat die EU-Sanktionen gegen Nordkorea übernommen. Das Aussendepartement in Bern \
verurteilte die Zusammenarbeit der beiden Staaten am Mittwoch als Verstoss gegen Resolutionen des \
Uno-Sicherheitsrats.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: the sum of Shoigu's two figures of the lead (Tuesday) to publication"),
        C("6000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang, 'demnach': to come to Kursk (no increment word)"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "same announcement, breakdown: deminers"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same announcement, breakdown: military builders"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "JCS, 'das teilte ein Sprecher am Mittwoch in Seoul mit' after the figure: sent in "
          "total"),
        C("etwa 11'000", 11000, "approx", "near_front", "ukraine", "2025-05-21..2025-05-31",
          "HUR 'Ende Mai' (days 21-31): in the Kursk region"),
        C("20'000 bis 25'000", None, "range", "planned", "other", "pub",
          "ETH researcher «nach meiner Schätzung» (undated): expected in Russia by year's end "
          "(a total, not an increment)"),
    ),
)

F05 = Source(
    article_id="f50_05_imkerpost_weltspiegel_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-05-08"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Imkerpost – Mitteilungen des Landesverbands Württembergischer Imker",
        "https://www.imkerpost.example/heft-5-2025/weltspiegel-bienen-zwischen-den-fronten",
        "Weltspiegel: Bienen zwischen den Fronten",
    ),
    features="beekeepers' association magazine's world page in Markdown, ISO-8859-1 with CRLF "
        "(»…« quotes, straight quotes in an e-mail, hyphens for dashes), front matter without a "
        "date (sidecar, Thursday), an issue number; a Ukrainian beekeeper near Sumy without a "
        "figure of his own; KCNA 'Am 28. April' „Tausende“ (north_korea); subheading "
        "'Geheimdienst:' from the NIS figures of the body ('Am 30. April') "
        "to publication; `etwa 4.700` with `600` ('darunter', breakdown); HUR "
        "with the date after the figure ('vergangene Woche'); Rutte 'Anfang Mai' in Tokyo "
        "(nato); Gerasimov without a figure; hives, honey tonnes, beekeepers in Ukraine, "
        "members, donations, distances, phone number",
    text="""\
---
title: "Weltspiegel: Bienen zwischen den Fronten"
rubrik: Blick über den Bienenstand
heft: 5/2025
---

# Bienen zwischen den Fronten

*Im Grenzland zwischen Sumy und Kursk kämpfen seit Monaten auch Soldaten aus Nordkorea. Ein \
ukrainischer Imkerkollege schildert, was das für seine Völker bedeutet.*

Oleksandr Hordijenko hatte einmal 240 Bienenvölker. Heute sind es noch 60. Sein Dorf liegt keine \
15 Kilometer von der russischen Grenze entfernt, die Lindenallee hinter dem Haus ist von \
Granattrichtern zerfurcht. "Die Drohnen fliegen über die Linden, und wir wissen nicht mehr, wem \
sie gehören", schreibt er in einer E-Mail an unseren Verband. Im vergangenen Sommer hat er gerade \
noch 900 Kilogramm Honig geschleudert, früher waren es drei Tonnen.

Seit Ende April ist amtlich, was westliche Geheimdienste seit dem Herbst melden: Auf der anderen \
Seite der Grenze kämpfen nordkoreanische Soldaten für Russland. Am 28. April bestätigte die \
nordkoreanische Staatsagentur KCNA den Einsatz erstmals. [[Tausende]] »Helden« hätten an der \
Befreiung des Gebiets Kursk teilgenommen, hieß es dort. Russlands Generalstabschef Waleri \
Gerassimow hatte schon zwei Tage zuvor die »Tapferkeit der koreanischen Freunde« gelobt, ohne \
Zahlen zu nennen.

## Geheimdienst: [[4.700]] Tote und Verwundete

Am 30. April legte Südkoreas Nachrichtendienst NIS den Abgeordneten in Seoul eine Bilanz vor. \
Demnach wurden [[etwa 4.700]] Nordkoreaner getötet oder verwundet, darunter [[600]] Tote. Die \
meisten Verluste habe es im Winter gegeben, als die Einheiten ohne Erfahrung mit Drohnen angriffen.

Über die Zahl der Nordkoreaner, die sich derzeit in Russland aufhalten, gehen die Angaben \
auseinander. [[Rund 15.000]] seien es, schätzt der ukrainische Militärgeheimdienst HUR, der seine \
Zahlen vergangene Woche vorgelegt hat. NATO-Generalsekretär Mark Rutte sprach Anfang Mai bei \
einem Besuch in Tokio von [[mehr als 10.000]] Soldaten, die Pjöngjang nach Russland geschickt \
habe, im Gegenzug erhalte Kim Raketentechnik und Devisen.

## Was das für die Imkerei heißt

Die Ukraine ist einer der größten Honigproduzenten der Welt, vor dem Krieg waren es rund 70.000 \
Tonnen im Jahr. Nach Schätzungen des ukrainischen Imkerverbands gibt es im Land etwa 400.000 \
Imkerinnen und Imker, viele von ihnen im umkämpften Osten und Norden. Wandern mit den Völkern ist \
dort unmöglich geworden, Felder liegen brach.

Unser Landesverband mit seinen 1.180 Mitgliedern hat im Frühjahr 2.500 Euro für Rähmchen, \
Schutzanzüge und eine Honigschleuder nach Sumy überwiesen. Wer sich beteiligen will, erreicht die \
Geschäftsstelle unter 0711 555 3040. Hordijenko will im Juni wieder schleudern - "wenn die Linden \
blühen und die Drohnen schweigen".
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "north_korea", "2025-04-28",
          "KCNA 'Am 28. April' (the date in the sentence before), Konjunktiv 'hätten … "
          "teilgenommen', 'hiess es dort': took part in liberating Kursk"),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "subheading 'Geheimdienst:': the NIS figure of the paragraph below (30 April) to "
          "publication"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "NIS to lawmakers 'Am 30. April', 'Demnach' in the next sentence: killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'darunter' (breakdown): dead"),
        C("Rund 15.000", 15000, "approx", "in_russia", "ukraine", "lastweek",
          "HUR, source and date after the figure ('schätzt …, der seine Zahlen vergangene Woche "
          "vorgelegt hat'): in Russia now"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "2025-05-01..pub",
          "NATO Secretary General Rutte 'Anfang Mai' (days 1-10, capped at publication): sent"),
    ),
)

F06 = Source(
    article_id="f50_06_konstanz_campusradio_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-04"),
    dated_by="sidecar",
    sidecar=(
        "Radio Zwischenwelle – Campusradio Konstanz",
        "",
        "Seoul: Rund 2.000 Nordkoreaner in Russland gefallen",
    ),
    features="Konstanz student radio's web text for a programme, UTF-16 LE with BOM (sidecar "
        "without url, Thursday), a programme line with a frequency and length; headline "
        "'Seoul:' from the NIS figures passed on by a lawmaker 'Am Dienstag' (Tuesday to "
        "publication); the same briefing carried by Konjunktiv to `Etwa 10.000` and `6.000` "
        "'hinzugekommen' (increment, in the border area); 'Im Frühjahr' (a season: March-May); "
        "Russia's ambassador in Pyongyang 'gestern' „Tausenden“; Zelensky 'Ende August' "
        "„Zehntausende weitere“ (vague increment); a Konstanz historian (other, `pub`); "
        "'Schätzungen zufolge' without a source (unattributed, required); a South Korean "
        "student without a figure; students at the university, Korean students, distances, "
        "ferry minutes, age",
    text="""\
Radio Zwischenwelle · Campusradio Konstanz
„Weltweit“ – das Auslandsmagazin, donnerstags 18 Uhr auf 104,6 MHz und im Stream (55 Minuten)

Seoul: [[Rund 2.000]] Nordkoreaner in Russland gefallen

Ji-woo Han ist 24, studiert im dritten Semester Politik- und Verwaltungswissenschaft und kommt \
aus Incheon. In unserer Sendung erzählt sie, wie man in Südkorea über die Soldaten aus dem Norden \
spricht – und warum darüber kaum jemand offen redet. Anlass sind neue Zahlen aus Seoul.

Am Dienstag hat der südkoreanische Nachrichtendienst NIS Abgeordneten einen neuen Lagebericht \
vorgelegt. [[Rund 2.000]] nordkoreanische Soldaten seien bislang in Russland getötet worden, \
berichtete einer der Parlamentarier danach vor Journalisten. [[Etwa 10.000]] stünden weiterhin im \
Gebiet Kursk und entlang der Grenze zur Ukraine. Seit dem Sommer seien außerdem [[6.000]] \
Pioniere und Bauarbeiter hinzugekommen, die im Grenzgebiet Minen räumen und Straßen instand setzen.

Im Frühjahr hatte derselbe Dienst noch von [[rund 4.700]] Toten und Verwundeten gesprochen. „In \
Korea ist das eine riesige Zahl, aber bei uns zu Hause redet niemand beim Abendessen darüber“, \
sagt Ji-woo. Viele junge Südkoreaner hätten selbst gerade ihren Wehrdienst hinter sich, 18 Monate.

Aus Moskau kommt Lob. Russlands Botschafter in Pjöngjang, Alexander Mazegora, würdigte gestern in \
einem Zeitungsinterview die „[[Tausenden]] koreanischen Kämpfer“, die im Gebiet Kursk ihr Leben \
riskiert hätten. Der ukrainische Präsident Wolodymyr Selenskyj hatte Ende August dagegen gewarnt, \
Kim könne „[[Zehntausende]] weitere“ Soldaten schicken, wenn der Westen nicht mehr Druck mache.

Wie verlässlich sind solche Zahlen? Die Konstanzer Osteuropa-Historikerin Katrin Vollmer rät zur \
Vorsicht, hält aber die Größenordnung für plausibel. Sie geht davon aus, dass insgesamt \
[[mindestens 15.000]] Soldaten aus Nordkorea nach Russland gekommen sind. „Pjöngjang \
veröffentlicht nichts, Moskau fast nichts, also sind wir auf Geheimdienste angewiesen, und die \
verfolgen eigene Interessen.“

Schätzungen zufolge sind seit Oktober 2024 [[15.000 bis 16.000]] Nordkoreaner nach Russland \
verlegt worden, also ungefähr so viele, wie die Universität Konstanz Studierende hat, nämlich \
rund 11.000, plus die der HTWG. An beiden Hochschulen zusammen sind derzeit etwa 40 Studierende \
aus Südkorea eingeschrieben, aus Nordkorea niemand.

Das ganze Gespräch mit Ji-woo Han gibt es in der Mediathek. Nach Incheon sind es von Konstanz aus \
übrigens rund 8.600 Kilometer Luftlinie; mit der Fähre nach Meersburg dauert es 15 Minuten.
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS figure of the body (Tuesday) to publication"),
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "NIS report 'Am Dienstag', passed on by a lawmaker (X citing Y), Konjunktiv: killed"),
        C("Etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "same briefing, Konjunktiv carries it: in Kursk and along the border"),
        C("6.000", 6000, "exact", "near_front", "south_korea", "tue",
          "same briefing: engineers and builders 'hinzugekommen' clearing mines in the border "
          "area (increment)", add=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "the same service 'Im Frühjahr' (a season: March-May): dead and wounded"),
        C("Tausenden", None, "vague", "near_front", "russia", "yday",
          "Russia's ambassador in Pyongyang 'gestern' in an interview: fighters in Kursk"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-08-21..2025-08-31",
          "Zelensky 'Ende August' (days 21-31): could send „… weitere“ (increment)", add=True),
        C("mindestens 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "Konstanz historian 'geht davon aus' (present tense): came to Russia in total"),
        C("15.000 bis 16.000", None, "range", "in_russia", "unattributed", "pub",
          "'Schätzungen zufolge' without a source: the station's own framing (unattributed, "
          "required)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Kosovo, Wallis and Futuna, São Tomé and Príncipe)
# ---------------------------------------------------------------------------------------------

F07 = Source(
    article_id="f50_07_sunshine_coast_seoul_3000_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-10-24"),
    dated_by="html_meta", crlf=True,
    features="Sunshine Coast daily's world page in HTML, windows-1252 with CRLF (curly quotes, "
        "`’` and `–` raw), `article:published_time` with +10:00, a byline 'Thursday, 24 October "
        "2024', an ad-slot script, a consent bar with 61 partners, local navigation, a footer "
        "with an ABN and a newsroom phone; `<title>` figure (optional); headline 'Seoul says' "
        "from the lawmakers' Wednesday briefing (Wednesday to publication); `about 3,000` and "
        "the planned `10,000` 'said on Wednesday' at the end of the sentence; the NIS 'last "
        "Friday' `1,500`; Kirby 'yesterday' “at least 3,000”; HUR's assessment undated (`pub`) "
        "with `500` officers 'among them' (breakdown); Peskov and Penny Wong without a figure; "
        "a congregation's members, residents born in Korea, military aid in A$, Bushmasters, "
        "census year",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Seoul: [[3,000]] of Kim’s soldiers now in Russia | The Coast Daily</title>
<meta property="article:published_time" content="2024-10-24T14:15:00+10:00">
<meta property="og:site_name" content="The Coast Daily">
<script>window.tcdAds={section:"world",slots:["leaderboard-728x90","mrec-300x250"],kw:["korea","r\
ussia"]};</script>
</head>
<body>
<div class="consent">The Coast Daily and 61 partners use cookies to tailor ads and count visits. \
<button>Righto, carry on</button> <button>Keep it to the bare bones</button></div>
<nav><a href="/">Home</a> | <a href="/news/local">Local</a> | <a href="/news/noosa">Noosa</a> | \
<a href="/news/world">World</a> | <a href="/surf">Surf report</a> | <a \
href="/classifieds">Classifieds</a></nav>
<article>
<h1>Seoul says [[3,000]] North Korean troops already in Russia</h1>
<p class="byline">Rhiannon Kelleher | Thursday, 24 October 2024</p>
<p>North Korea has shipped [[about 3,000]] soldiers to Russia so far and intends to have sent \
[[10,000]] by December, lawmakers in Seoul said on Wednesday, relaying what the National \
Intelligence Service had told them behind closed doors.</p>
<p>The agency had said last Friday that [[1,500]] special forces troops had been carried on \
Russian navy vessels from North Korea’s east coast to Vladivostok. The men are now at training \
camps in Russia’s far east, the lawmakers said, wearing Russian uniforms and carrying fake \
identity papers from Siberian regions.</p>
<p>Washington has reached a similar conclusion. White House national security spokesman John \
Kirby told reporters yesterday that “[[at least 3,000]]” North Korean soldiers had moved to \
eastern Russia between early and mid-October. “What they do next is what worries us,” Kirby said. \
He would not say whether US intelligence expected them to fight in Ukraine.</p>
<h2>Kyiv’s count is higher</h2>
<p>Ukraine’s military intelligence agency goes further. In its assessment, [[12,000]] North \
Koreans – among them [[500]] officers – are training at five bases in Russia and could be thrown \
into battle in the Kursk region within weeks.</p>
<p>Moscow has confirmed none of it. Kremlin spokesman Dmitry Peskov on Tuesday dismissed the \
reports as “another fake”.</p>
<h2>Korean community on the Coast</h2>
<p>On the Sunshine Coast the news has been followed closely by the region’s small Korean \
community. Pastor Daniel Yoon, whose Korean-language congregation in Maroochydore has about 120 \
members, said many older parishioners had family roots in the North. “For them this is painful. \
These are boys being sold for oil,” he said. About 900 Coast residents were born in South Korea, \
according to the 2021 census.</p>
<p>Australia has given Ukraine more than A$1.3 billion in military assistance, including 120 \
Bushmaster vehicles. Foreign Minister Penny Wong said on Wednesday the deployment was “a \
dangerous escalation” and that Canberra would raise it with partners in the region.</p>
</article>
<footer>© 2024 The Coast Daily Pty Ltd · ABN 12 345 678 901 · Newsroom (07) 5555 0190</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul says': the lawmakers' Wednesday figure of the lead to publication"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS, 'said on Wednesday' at the end of the sentence: shipped "
          "so far"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same sentence: intended total by December"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "fri",
          "the agency 'last Friday' (the Friday before this Thursday): carried to Vladivostok"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "yday",
          "White House spokesman Kirby 'yesterday' “…”: moved to eastern Russia"),
        C("12,000", 12000, "exact", "in_russia", "ukraine", "pub",
          "Ukraine's military intelligence assessment, undated: training at bases in Russia"),
        C("500", 500, "exact", "in_russia", "ukraine", "pub",
          "same assessment, 'among them' officers (breakdown, no increment)"),
    ),
)

F08 = Source(
    article_id="f50_08_islay_port_ellen_prisoners_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-15"),
    dated_by="front_matter",
    features="Islay news page in Markdown, front matter with `date:`, author, tags and a title "
        "with the number word `two` (optional); a Ukrainian mother in Port Ellen whose son "
        "fights in Kursk (no figure of her own); headline with `two` from Zelensky 'on "
        "Saturday' (Saturday to publication); Zelensky's video 'on Saturday' (`two`, captured); "
        "'In his Sunday evening address he put' `about 4,000`; the NIS 'on Monday' passed on "
        "by lawmakers (`some 300` killed, `2,700` wounded: not an increment); a senior US "
        "defence official 'in late December' (days 21-31); HUR 'last week' 'a further' "
        "(increment); islanders, distilleries, families resettled, ferry time, money raised in "
        "pounds, age, 2022",
    text="""\
---
title: "Islay mother's fears grow as Kyiv holds [[two]] North Korean prisoners"
date: 2025-01-15
author: Catriona MacArthur
tags: [community, world, ukraine]
---

# From Port Ellen to Kursk: Islay mother's fears as Kyiv holds [[two]] North Korean prisoners

When President Volodymyr Zelensky posted a video on Saturday of [[two]] North Korean soldiers \
captured by Ukrainian forces in Russia's Kursk region, Halyna Kovalchuk recognised the frozen \
fields at once.

Her son Taras, 27, serves with an air assault brigade that has been fighting there since August. \
Halyna and her teenage daughter came to Islay in 2022 under the Homes for Ukraine scheme and now \
live in Port Ellen, where she works in the bottling hall of one of the island's nine distilleries.

"He says they walk straight into the fire, in lines, like in an old film," she said at her \
kitchen table. "He cannot understand it."

The men in the video, both injured, were taken to Kyiv for questioning. Zelensky said Kyiv would \
be willing to return them to North Korea, provided Pyongyang helped free Ukrainian soldiers held \
by Russia. In his Sunday evening address he put North Korea's losses in Kursk at [[about 4,000]] \
dead and wounded.

## Seoul's figures

South Korea's intelligence service gave its own tally on Monday. Lawmakers who were briefed by \
the agency said [[some 300]] North Koreans had been killed and [[2,700]] wounded since the troops \
went into battle in December, and that a captured soldier appeared to have been told he was going \
to a training exercise.

Washington has been more cautious with numbers. A senior US defence official told reporters in \
late December that North Korea had suffered "[[around 1,000]]" casualties in a single week of \
fighting.

Kyiv's military intelligence agency warned last week that Pyongyang was readying a further \
[[1,500]] men for Russia, most of them from artillery units.

## "We watch the news every night"

Islay, home to about 3,200 people, has taken in 11 Ukrainian families since the invasion. \
Islanders raised more than £14,000 for them in the first winter alone, and the Kovalchuks still \
make the two-hour ferry crossing to Kennacraig every few months to sort out paperwork on the \
mainland.

"We watch the news every night," Halyna said. "When I see those boys from Korea on television, I \
think: somebody is waiting for them too."

Anyone who would like to support the island's Ukrainian families can contact the Islay Ukraine \
Support Group through the community hall in Bowmore.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: Zelensky's Saturday video of the lead (number word) to publication: "
          "prisoners"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'posted a video on Saturday' (number word): captured"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "'In his Sunday evening address he put' (pronoun back to Zelensky): dead and wounded"),
        C("some 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS tally 'on Monday', passed on by lawmakers (X citing Y): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded (not an increment)"),
        C("around 1,000", 1000, "approx", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "senior US defence official 'in late December' (days 21-31) “…”: casualties in a week"),
        C("1,500", 1500, "exact", "planned", "ukraine", "lastweek",
          "HUR 'last week': readying 'a further' (increment; span without the word)", add=True),
    ),
)

F09 = Source(
    article_id="f50_09_connecticut_groton_30000_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-31"),
    dated_by="sidecar",
    sidecar=(
        "The Thames Valley Ledger",
        "https://www.thamesvalleyledger.example/news/world/kyiv-warns-north-korean-troops-20250731",
        "Up to 30,000 more North Koreans may head to Russia, Kyiv says",
    ),
    features="Connecticut paper's web page in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Thursday), NewsArticle JSON-LD with a headline without a figure, a privacy bar with 42 "
        "ad partners, town navigation, a dateline 'GROTON —', a footer with a phone number; "
        "`<title>` figure (optional, increment); headline 'Up to 30,000 more … Kyiv says' "
        "(increment, span without 'more') from HUR 'Monday' (Monday to publication); 'The "
        "agency, known as HUR, said' `roughly 11,000` already in Russia (not an increment); a "
        "congresswoman passing on Pentagon briefers 'on Tuesday' (X citing Y: united_states) "
        "“several thousand”; Zelensky 'Tuesday' “thousands”; the NIS figure of April 'at the "
        "time'; a Yale historian's range (other, `pub`); shipyard workers, submarine budget in "
        "dollars, Korean War veterans and their ages, a meeting time",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>[[Up to 30,000]] more North Koreans may head to Russia, Kyiv says | The Thames Valley \
Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headli\
ne":"Kyiv warns of a bigger North Korean push","publisher":{"@type":"Organization","name":"The \
Thames Valley Ledger"}}</script>
</head>
<body>
<div class="privacy-bar">We and 42 advertising partners store cookies on this device. \
<button>Sure, that’s fine</button> <button>Let me choose one by one</button></div>
<nav><a href="/">Home</a> · <a href="/new-london">New London</a> · <a href="/groton">Groton</a> · \
<a href="/norwich">Norwich</a> · <a href="/mystic">Mystic</a> · <a href="/world">Nation &amp; \
World</a> · <a href="/obituaries">Obituaries</a></nav>
<article>
<h1>[[Up to 30,000]] more North Korean soldiers may head to Russia, Kyiv says; Groton lawmaker \
presses Pentagon</h1>
<p class="dateline">GROTON —</p>
<p>Pyongyang may be getting ready to dispatch [[as many as 30,000]] more troops to fight for \
Moscow before winter, Ukraine’s military spy agency said Monday, a warning that quickly reached \
southeastern Connecticut, where submarine builders and Navy families watch the war in Europe with \
more than passing interest.</p>
<p>The agency, known as HUR, said the new troops would join the [[roughly 11,000]] North Koreans \
already in Russia, most of whom have been moved away from the front line since the spring.</p>
<p>U.S. Rep. Joanne Marchetti, a Democrat whose district includes the Groton shipyard, said on \
Tuesday that Defense Department briefers had told members of the House Armed Services Committee \
that “[[several thousand]]” North Koreans remained positioned near the front in Kursk. “The \
Pentagon is taking Kyiv’s warning seriously, and so should we,” she said outside a town hall in \
Norwich.</p>
<p>President Volodymyr Zelensky, speaking in his nightly video address Tuesday, said \
“[[thousands]]” of North Korean gunners and drone operators were now working alongside Russian \
units on the border with Ukraine’s Sumy region.</p>
<h2>A war of attrition, with numbers to match</h2>
<p>South Korea’s National Intelligence Service, which follows the deployment more closely than \
anyone, recorded [[about 4,700]] North Koreans killed or injured in April, the agency said at the \
time; it has not made a newer figure public.</p>
<p>Sun-hee Albright, who teaches modern Korean history at Yale, estimates that [[15,000 to \
18,000]] North Koreans have rotated through Russia since last fall. “Pyongyang sends them in \
waves,” she said. “Every wave comes home with lessons the rest of the army can use.”</p>
<p>In Groton, where the shipyard employs more than 12,000 people and the Navy’s latest budget \
request includes $9.6 billion for two Virginia-class submarines, the talk at lunch counters has \
turned to the Pacific. “We built boats during Korea, too,” said Walt Kowalski, 93, one of about \
1,800 Korean War veterans still living in Connecticut. The local veterans’ post meets Thursday at \
6 p.m.</p>
</article>
<footer><p>© 2025 The Thames Valley Ledger · Newsroom (860) 555-0147 · <a href="/terms">Terms</a> \
· <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
""",
    claims=(
        C("Up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline (increment)", add=True, opt=True),
        C("Up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "headline '… more … may head to Russia, Kyiv says': HUR's Monday figure of the lead "
          "to publication (increment; span without 'more')", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR, 'said Monday' after the figure: may dispatch 'more' (increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "'The agency, known as HUR, said' (same statement): already in Russia (not an "
          "increment)"),
        C("several thousand", None, "vague", "near_front", "united_states", "tue",
          "congresswoman 'on Tuesday' passing on Defense Department briefers (X citing Y): near "
          "the front in Kursk"),
        C("thousands", None, "vague", "near_front", "ukraine", "tue",
          "Zelensky's nightly address 'Tuesday' “…”: working with Russian units on the border"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'in April', 'the agency said at the time': dead and wounded"),
        C("15,000 to 18,000", None, "range", "in_russia", "other", "pub",
          "Yale historian 'estimates' (present tense): rotated through Russia"),
    ),
)

F10 = Source(
    article_id="f50_10_prishtina_seoul_600_dead",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-02"),
    dated_by="dateline",
    features="Kosovo English-language outlet as plain text with a dateline 'PRISTINA, 2 May "
        "2025 –' (Friday); headline 'Seoul:' `600` from the NIS figures of Wednesday (Wednesday "
        "to publication); 'Of the some 15,000 … about 600 … while 4,100 others' with the "
        "source and day at the end of the paragraph ('told a parliamentary committee on "
        "Wednesday'); `4,100 others` (the others in the same count, not an increment); the NIS "
        "'in January' `about 300`; a presidential adviser 'on Thursday' `close to 1,500` "
        "(approx); an anonymous NATO official (nato, `pub`) with a range; KCNA and Gerasimov "
        "without a figure; KFOR troops, the 1999 war's dead, Kosovo's Ukrainian journalists "
        "programme, euros, distances, years",
    text="""\
Prishtina Pulse | World | Analysis

Seoul: [[600]] North Koreans killed as Moscow and Pyongyang own up to deployment

PRISTINA, 2 May 2025 – Days after Russia and North Korea finally admitted that North Korean \
soldiers had fought in Russia's Kursk region, South Korea offered its most detailed count yet of \
what the adventure has cost Kim Jong Un.

Of the [[some 15,000]] troops Pyongyang has sent to Russia since last autumn, [[about 600]] have \
died, while [[4,100]] others were wounded, some of them more than once. Most of the losses came \
during the winter assault near Sudzha, the National Intelligence Service told a parliamentary \
committee in Seoul on Wednesday.

That is double the death toll the agency reported in January, when it counted [[about 300]] North \
Korean soldiers killed.

The admission from Moscow came first. Valery Gerasimov, who heads Russia's general staff, hailed \
the "courage" of the Korean troops on 26 April but gave no numbers. Pyongyang's official KCNA \
agency followed two days later, calling the deployment a "sacred duty" under the defence pact \
Moscow and Pyongyang concluded in June 2024.

Kyiv says the true toll is much higher. An adviser in President Volodymyr Zelensky's office, \
speaking on Thursday, put the number of North Korean dead at [[close to 1,500]] and accused Seoul \
of relying on "cautious, outdated" data.

A NATO official in Brussels, who spoke on condition of anonymity in line with alliance rules, \
said the alliance believed [[11,000 to 12,000]] North Koreans were still deployed in the Kursk \
border area. "They have learned a lot, and they learned it fast," the official said.

Watching from the Balkans

In Pristina, the news was followed with unusual attention. Kosovo, which is not a member of NATO \
but hosts its KFOR mission of roughly 4,600 soldiers, has aligned itself fully with EU sanctions \
against Russia and North Korea. Its foreign ministry said in a statement this week that Moscow's \
reliance on Pyongyang showed "how isolated Russia has become", and urged Serbia to stop staging \
joint events with Russian officers.

Many Kosovars draw their own lessons from 1999, when about 13,000 people were killed in the war \
with Serbia. Since 2022, Kosovo has also hosted Ukrainian journalists under a shelter programme \
that has so far welcomed around 20 reporters, with each grant worth up to 1,500 euros a month.

The Serbian border at Merdare is less than 30 kilometres from the capital; the nearest Russian \
diplomats sit in Belgrade, some 350 kilometres to the north.
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS figure of the body (Wednesday) to publication: killed"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS, source and day at the end of the paragraph ('told a parliamentary committee … "
          "on Wednesday'): sent since autumn"),
        C("about 600", 600, "approx", "casualties", "south_korea", "wed",
          "same statement: died"),
        C("4,100", 4100, "exact", "casualties", "south_korea", "wed",
          "same statement: 'others were wounded' (the others in the same count, not an "
          "increment)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "the agency's earlier count 'in January' (month window): killed"),
        C("close to 1,500", 1500, "approx", "casualties", "ukraine", "thu",
          "adviser in Zelensky's office 'speaking on Thursday', 'put … at': dead ('close to' → "
          "approx)"),
        C("11,000 to 12,000", None, "range", "near_front", "nato", "pub",
          "anonymous NATO official in Brussels, undated: still in the Kursk border area"),
    ),
)

F11 = Source(
    article_id="f50_11_wallis_futuna_parade_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Wallis & Futuna Pacific Desk",
        "https://www.wf-pacificdesk.example/world/2025/10/15/pyongyang-kursk-veterans-parade",
        "Pyongyang puts its Kursk veterans on parade",
    ),
    features="Wallis and Futuna English news page in Markdown, windows-1252 with CRLF (curly "
        "quotes and `–` raw), front matter without a date (sidecar, Wednesday); an italic deck "
        "'Seoul says 2,000' from the NIS figure of the body ('in September') to publication; "
        "state media on the Friday parade „hundreds“ of Kursk veterans (returnees: optional); "
        "KCTV 'Two days later' (relative to Friday: Sunday) `more than 2,000` names (north_korea, "
        "casualties); HUR 'last week'; a French foreign ministry spokesman 'on Monday' (a third "
        "government: other); 'an estimated … are believed' without a source (unattributed, "
        "required); population, area, flights, CFP francs, the 2024 unrest's dead, gendarmes, "
        "eight decades of the party, 1961",
    text="""\
---
title: Pyongyang puts its Kursk veterans on parade
section: Pacific & World
author: World desk
---

# Pyongyang puts its Kursk veterans on parade

*Seoul says [[2,000]] of Kim’s soldiers never came home from Russia. Now North Korea is starting \
to admit its losses.*

Kim Jong Un watched from the tribune on Friday as soldiers who had fought in Russia’s Kursk \
region marched through Kim Il Sung Square, at a night-time parade marking eight decades of the \
ruling Workers’ Party. State media said [[hundreds]] of “Kursk veterans” took part, some of them \
on crutches, to loud applause from the Chinese and Russian delegations.

Two days later, state broadcaster KCTV showed a new memorial wall in Pyongyang bearing the names \
of [[more than 2,000]] soldiers who had “fallen in the overseas operation”. It is the first time \
the North has hinted at the scale of its losses.

That is close to the South Korean estimate. Seoul’s spy service, the NIS, put the death toll at \
[[about 2,000]] in a September assessment, counting from the day the deployment to Russia was \
first detected in the autumn of 2024.

## How many are still there

Ukraine’s military intelligence agency said last week that [[about 11,000]] North Koreans remain \
in the Kursk area, most of them manning artillery, air defence and drone units. Kyiv has \
repeatedly warned that more are on the way.

France, which administers Wallis and Futuna, has its own assessment. A spokesman for the French \
foreign ministry said on Monday that Paris put the number of North Koreans sent to Russia since \
the start of the deployment at “[[around 15,000]]” and called the parade “a glorification of an \
illegal war”.

In all, an estimated [[14,000 to 15,000]] North Koreans are believed to have passed through \
Russia’s war against Ukraine over the past year.

## A long way from Mata-Utu

For most of the territory’s roughly 11,000 residents, Pyongyang is about as far away as a place \
can be. But the war in Europe arrives here in other ways: in fuel prices, in the cost of flour, \
and in the French defence budget that pays for the island’s small gendarmerie detachment of \
around 30 officers.

The territory, with a land area of 142 square kilometres, has been a French overseas collectivity \
since 1961. Aircalin flies twice a week from Nouméa, a trip of around two and a half hours; a \
return ticket now costs upwards of 90,000 CFP francs. Many families still remember the unrest in \
New Caledonia last year, in which 14 people died.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "italic deck 'Seoul says': the NIS figure of the body ('in September') to publication"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state media on Friday's parade: returnees ('Kursk veterans' who marched), optional as "
          "in earlier sets", opt=True),
        C("more than 2,000", 2000, "at_least", "casualties", "north_korea", "sun",
          "KCTV 'Two days later' (after Friday: Sunday): names of the fallen on a memorial wall"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'put the death toll at … in a September assessment' (month window): killed"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'last week': remain in the Kursk area"),
        C("around 15,000", 15000, "approx", "in_russia", "other", "mon",
          "French foreign ministry spokesman 'on Monday' (a third government: other): sent"),
        C("14,000 to 15,000", None, "range", "in_russia", "unattributed", "pub",
          "'an estimated … are believed' with no source: the page's own framing (unattributed, "
          "required)"),
    ),
)

F12 = Source(
    article_id="f50_12_sao_tome_equator_letter_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "The Equator Letter",
        "https://www.equatorletter.example/issues/212",
        "Seoul says 10,000 North Koreans guard Russia's border",
    ),
    features="São Tomé English-language newsletter as plain text, UTF-16 LE with BOM (sidecar, "
        "Thursday), an issue number and section labels in capitals; item headline 'WORLD: "
        "Seoul says 10,000' from the NIS 'on Tuesday' (Tuesday to publication); `5,000` "
        "construction troops 'in addition to' (increment); Russia's ambassador 'earlier this "
        "month' „thousands“ of builders (planned); a State Department official 'last week' "
        "`more than 6,000` casualties; HUR 'in early November' `as many as 12,000` 'additional' "
        "(increment); ISW (other, `pub`); Kremlin 'yesterday' without a figure; São Tomé's "
        "military agreement with Russia, population, cocoa tonnes, dobras, distances, "
        "subscribers, years",
    text="""\
THE EQUATOR LETTER
An English-language briefing from São Tomé and Príncipe · Issue 212

IN THIS ISSUE: Cocoa prices · Port works at Neves · World: North Korea's troops in Russia · Diary

WORLD: Seoul says [[10,000]] North Koreans guard Russia's border

North Korea is keeping [[roughly 10,000]] soldiers along Russia's border with Ukraine and has \
sent [[5,000]] military construction troops in addition to them since September. South Korea's \
National Intelligence Service gave the figures to members of parliament on Tuesday, in its last \
closed briefing of the year.

The builders are rebuilding roads, rail lines and power stations damaged during the fighting, the \
service said. Russia's ambassador in Pyongyang had already announced earlier this month that \
"[[thousands]] of Korean builders" would help restore the towns of the Kursk region next year.

Washington's picture is grimmer. A State Department official, briefing reporters last week, said \
the United States believed North Korea had lost [[more than 6,000]] men killed or wounded in \
Russia over the past year. Ukraine's military intelligence agency said in early November that \
Pyongyang was preparing [[as many as 12,000]] additional soldiers for a new rotation.

By the reckoning of the Institute for the Study of War, a US research group, [[about 15,000]] \
North Korean soldiers have done a tour in Russia since the first units arrived. Kremlin spokesman \
Dmitry Peskov yesterday declined to comment on "numbers from foreign intelligence services".

WHY IT MATTERS HERE

São Tomé and Príncipe signed a military cooperation agreement with Russia in April 2022, covering \
training, equipment and port visits. The government has said the deal does not involve foreign \
troops, and no Russian soldiers are stationed on the islands. Two Russian navy ships called at \
the port of São Tomé in 2024.

The country of some 230,000 people exported about 3,000 tonnes of cocoa last season. Fuel and \
flour prices have risen by more than 20 per cent since 2022, a rise the Central Bank links partly \
to the war in Ukraine. A 50-kilogram sack of flour now costs around 1,900 dobras in Água Grande.

DIARY

Saturday: cocoa cooperative meeting at Trindade, 10 am. The ferry to Príncipe, 150 km to the \
north-east, sails on Tuesday if the weather allows.

The Equator Letter goes out every Thursday to 1,400 subscribers. Reply to this e-mail to send us \
news or corrections.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "item headline 'WORLD: Seoul says': the NIS figure of the body (Tuesday) to "
          "publication: at the border"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'gave the figures to members of parliament on Tuesday' (next sentence): along the "
          "border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same briefing: construction troops sent 'in addition to them' (increment)", add=True),
        C("thousands", None, "vague", "planned", "russia", "2025-11-01..pub",
          "Russia's ambassador in Pyongyang 'earlier this month' “…”: would help restore Kursk "
          "towns"),
        C("more than 6,000", 6000, "at_least", "casualties", "united_states", "lastweek",
          "State Department official 'briefing reporters last week': killed or wounded"),
        C("as many as 12,000", 12000, "at_most", "planned", "ukraine", "2025-11-01..2025-11-10",
          "HUR 'in early November' (days 1-10): 'additional' soldiers for a rotation "
          "(increment)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "other", "pub",
          "ISW 'By the reckoning of' (undated, a think tank: other): served in Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    F01, F02, F03, F04, F05, F06,
    F07, F08, F09, F10, F11, F12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
