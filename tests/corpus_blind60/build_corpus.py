"""Build the SIXTY-SECOND hand-labelled corpus (the sixtieth blind set): `python build_corpus.py`.

A corpus for an honest measurement on articles the extractor has never met, written in session
10 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Nordhorn daily, an Uelzen
radio station's web text, a Pitztal weekly (Austrian), a Werdenberg paper (Swiss), a florists'
association magazine and a Weimar student blog; a Kalgoorlie daily, an Isle of Coll community
page, a Rochester (Minnesota) paper, a Gdańsk English-language outlet, a Kosrae news page and an
English-language security newsletter from N'Djamena. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind60_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

N01 = Source(
    article_id="n60_01_nordhorn_tageblatt_dreitausend_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-25"),
    dated_by="html_meta",
    features="Nordhorn daily's web page in HTML (`article:published_time` +02:00, a byline date "
        "'25.10.2024', tracking scripts, a cookie note with its own wording, navigation, "
        "footer, `&middot;`/`&copy;`); `<title>` figure (optional); h1 'Südkoreas "
        "Geheimdienst:' from the NIS passage (Wednesday, relayed by lawmakers); 'demnach' "
        "carries the claimant to the expected total; 'Noch in der Vorwoche' (lastweek); Austin "
        "without a figure, then the White House 'tags darauf' (the Thursday after that "
        "Wednesday); Zelensky 'am Dienstagabend' (total provided: planned); HUR 'will wissen' "
        "without a date (pub); refugees in the county, Ukrainian losses, North Korea's army, "
        "phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreas Soldaten für Putin: Seoul rechnet mit [[10.000]] bis Jahresende | \
Grafschafter Tageblatt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Nordkoreas Soldaten für Putin: Was Seoul und Washington \
wissen">
<meta property="article:published_time" content="2024-10-25T06:30:00+02:00">
<meta property="article:author" content="Henrike Lambers">
<script>var gtData={ressort:"welt",plz:"48529",abo:"plus",zeichen:3412};</script>
<script src="https://static.grafschafter-tageblatt.example/js/main.min.js?v=2024.41" \
defer></script>
</head>
<body>
<div class="cookiehinweis">Diese Seite merkt sich ein paar Dinge über Ihren Besuch, damit sie \
beim nächsten Mal schneller lädt und passende Anzeigen zeigen kann. <button>Merken \
erlauben</button> <button>Bitte nichts merken</button> <a href="/datenschutz">Datenschutz</a></div>
<header><a href="/" class="logo">Grafschafter Tageblatt</a>
<nav><a href="/nordhorn">Nordhorn</a> &middot; <a href="/niedergrafschaft">Niedergrafschaft</a> \
&middot; <a href="/emsland">Emsland</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/sport">Sport</a> &middot; <a href="/traueranzeigen">Traueranzeigen</a></nav></header>
<main>
<article>
<p class="rubrik">Krieg in der Ukraine</p>
<h1>Südkoreas Geheimdienst: [[3000]] Nordkoreaner schon in Russland</h1>
<p class="vorspann">Binnen einer Woche hat sich die Zahl verdoppelt, heißt es in Seoul. Eine \
Nordhornerin aus Charkiw verfolgt die Nachrichten mit wachsender Sorge.</p>
<p class="autor">Von Henrike Lambers &middot; 25.10.2024, 06:30 Uhr</p>
<p>Pjöngjang hat dem Nachrichtendienst NIS in Seoul zufolge mittlerweile [[rund 3000]] Soldaten \
auf russisches Gebiet gebracht. Das gaben Mitglieder des Geheimdienstausschusses am \
Mittwoch in Seoul nach einer vertraulichen Unterrichtung weiter. Bis Dezember dürften es \
demnach [[etwa 10.000]] Mann werden. Noch in der Vorwoche hatte der Dienst von [[1500]] \
Soldaten gesprochen, die in einer ersten Welle per Schiff nach Wladiwostok gebracht worden \
seien.</p>
<p>Auch Washington hat seine Zurückhaltung aufgegeben. Pentagon-Chef Lloyd Austin sprach am \
Mittwoch in Rom erstmals von „Belegen“, dass Kims Truppen tatsächlich auf russischem Boden \
stehen. Eine Zahl nannte er nicht. Die lieferte tags darauf das Weiße Haus: Man gehe von \
[[mindestens 3000]] Mann aus, die in Lagern im Osten Russlands ausgebildet würden, sagte \
Sprecher John Kirby.</p>
<p>Der ukrainische Präsident Wolodymyr Selenskyj sprach am Dienstagabend in seiner \
Videoansprache von [[12.000]] Soldaten, die Pjöngjang insgesamt bereitstelle. Ein Teil von \
ihnen werde bereits nahe der Grenze zusammengezogen. Sein Militärgeheimdienst HUR will sogar \
wissen, dass die ersten [[2600]] Nordkoreaner demnächst in das Gebiet Kursk verlegt werden \
sollen.</p>
<h2>„Man fühlt sich hilflos“</h2>
<p>In Nordhorn liest Oksana Melnyk die Meldungen jeden Morgen auf dem Handy, bevor sie zur \
Volkshochschule fährt, wo sie seit 2023 Deutschkurse für Geflüchtete betreut. Die 41-Jährige \
stammt aus Charkiw, ihre Mutter lebt noch dort. „Jetzt kommen auch noch Soldaten aus Nordkorea. \
Man fühlt sich hilflos“, sagt sie. In der Grafschaft Bentheim sind nach Angaben des Landkreises \
derzeit rund 1.350 Menschen aus der Ukraine gemeldet, etwa 400 davon in Nordhorn.</p>
<p>Die Ukraine selbst hat nach westlichen Schätzungen in diesem Jahr Zehntausende Soldaten \
verloren; Nordkoreas Armee gilt mit gut einer Million Mann als eine der größten der Welt. Eine \
Sprecherin des Landkreises verwies auf die Beratungsstelle im Kreishaus, Telefon 05921 96-0.</p>
</article>
</main>
<footer><p>&copy; 2024 Grafschafter Tageblatt &middot; <a href="/impressum">Impressum</a> \
&middot; <a href="/agb">AGB</a> &middot; Leserservice 05921 707-410</p></footer>
<script>window.__ivw={st:"grafta",cp:"welt_ukraine",sv:"ke"};</script>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "planned", "south_korea", "wed..pub",
          "<title> (metadata): the NIS year-end expectation of the body", opt=True),
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "h1 'Südkoreas Geheimdienst:': the NIS figure relayed on Wednesday (Wednesday to "
          "publication)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS, passed on by committee members 'am Mittwoch' (next sentence): moved to Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'demnach' carries the NIS briefing: expected by December"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "lastweek",
          "NIS 'Noch in der Vorwoche': the first wave shipped to Vladivostok"),
        C("mindestens 3000", 3000, "at_least", "in_russia", "united_states", "thu",
          "White House (Kirby) 'tags darauf' after Austin's Wednesday: the Thursday; trained in "
          "camps in eastern Russia"),
        C("12.000", 12000, "exact", "planned", "ukraine", "tue",
          "Zelensky 'am Dienstagabend': the total Pyongyang provides"),
        C("2600", 2600, "exact", "planned", "ukraine", "pub",
          "HUR 'will wissen' (present, no date): to be moved into Kursk"),
    ),
)

N02 = Source(
    article_id="n60_02_uelzen_welle_erste_tote_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-12-19"),
    dated_by="front_matter",
    features="Uelzen local radio station's web text in Markdown, UTF-8 with BOM, front matter "
        "with a `date:` timestamp (+01:00) and a `title:` figure (optional); h1 from the NIS "
        "figures a lawmaker relays 'am Donnerstag' (the publication day), the source named at "
        "the end of the paragraph; Konjunktiv 'gab … wieder' carries him to `mehr als 10.000` "
        "at the front and a breakdown `mehrere hundert`; Pentagon 'bereits am Montag' "
        "„Hunderten“; Ukraine's special forces 'am Wochenende' (Saturday–Sunday); a retired "
        "Munster officer in the morning show (other, undated: pub) with `gut 20.000` "
        "'zusätzlich' (increment); Ukrainian soldiers trained at Munster (`Mehrere tausend`, not "
        "a claim), North Korea's army, kilometres, age, frequency, phone number, airtime",
    text="""\
---
title: "Seoul: [[Rund 100]] Nordkoreaner bei Kursk getötet"
date: 2024-12-19T12:40:00+01:00
author: "Redaktion Ilmenau Welle"
station: "Ilmenau Welle 98,4"
tags: [Ukraine, Nordkorea, Munster, Interview]
---

# Nordkoreas erste Gefallene: Seoul spricht von [[rund 100]] Toten

*Ein früherer Ausbilder aus Munster sagt im Morgenmagazin der Ilmenau Welle, die Soldaten würden \
„verheizt“.*

Bei den Kämpfen in der russischen Grenzregion Kursk sind nach Erkenntnissen aus Seoul [[etwa \
100]] nordkoreanische Soldaten getötet worden, [[knapp 1000]] wurden verwundet. Diese Zahlen \
nannte der Abgeordnete Lee Seong-kweun am Donnerstag, nachdem der Geheimdienst NIS ihn und \
seine Kollegen hinter verschlossenen Türen unterrichtet hatte.

Die Nordkoreaner würden vom russischen Militär ohne Rücksicht auf Verluste über offenes \
Gelände geschickt, gab Lee die Einschätzung des Dienstes wieder. Sie verstünden wenig von \
Drohnen und hätten kaum Gefechtserfahrung. Insgesamt stünden inzwischen [[mehr als 10.000]] \
Mann an der Front bei Kursk, darunter [[mehrere hundert]] Angehörige einer Sondereinheit, die \
als Elite der Volksarmee gelte.

Das Pentagon hatte bereits am Montag von „[[Hunderten]]“ toten und verletzten Nordkoreanern \
gesprochen, ohne Einzelheiten zu nennen. Die ukrainischen Spezialkräfte wiederum meldeten am \
Wochenende, sie hätten binnen drei Tagen [[rund 200]] nordkoreanische Soldaten außer Gefecht \
gesetzt.

## „Die Lernkurve ist steil“

Im Gespräch mit der Ilmenau Welle ordnete Oberstleutnant a. D. Jürgen Hasselmann die Zahlen \
ein. Der 67-Jährige war viele Jahre Lehrgangsleiter an der Panzertruppenschule in Munster, gut \
40 Kilometer von Uelzen entfernt. „Wer ohne Aufklärung und ohne Deckung über einen Acker läuft, \
hat gegen Drohnen keine Chance“, sagte er. Er halte es aber für einen Fehler, die Nordkoreaner \
zu unterschätzen. Sie lernten schnell, und Pjöngjang könne bis zum Frühjahr [[gut 20.000]] \
Mann zusätzlich schicken.

Mehrere tausend ukrainische Soldaten haben seit 2023 auf den Übungsplätzen rund um Munster \
gelernt, Leopard- und Marder-Panzer zu bedienen. Nordkoreas Volksarmee zählt nach westlichen \
Schätzungen weit über eine Million Soldaten.

*Das ganze Interview hören Sie in unserer Mediathek und noch einmal am Samstag um 9.10 Uhr auf \
UKW 98,4. Hinweise an die Redaktion: 0581 38 95-0.*
""",
    claims=(
        C("Rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "front-matter title (metadata): the NIS figure of the body", opt=True),
        C("rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "h1 'Seoul spricht von': the NIS figure relayed on Thursday, the publication day"),
        C("etwa 100", 100, "approx", "casualties", "south_korea", "thu",
          "NIS via lawmaker Lee 'am Donnerstag', named at the end of the paragraph: killed"),
        C("knapp 1000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (not an increment)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "south_korea", "thu",
          "Lee relaying the NIS in Konjunktiv ('gab … wieder'): at the front near Kursk"),
        C("mehrere hundert", None, "vague", "near_front", "south_korea", "thu",
          "'darunter' (breakdown): special-forces members at the front"),
        C("Hunderten", None, "vague", "casualties", "united_states", "mon",
          "Pentagon 'bereits am Montag': dead and wounded"),
        C("rund 200", 200, "approx", "casualties", "ukraine", "sat..sun",
          "Ukraine's special forces 'am Wochenende' (Saturday–Sunday): put out of action"),
        C("gut 20.000", 20000, "approx", "planned", "other", "pub",
          "retired Munster officer in the morning-show interview (other, no date): could send "
          "'zusätzlich' (increment)", add=True),
    ),
)

N03 = Source(
    article_id="n60_03_pitztal_bote_vortrag_wenns",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-13"),
    dated_by="dateline", crlf=True,
    features="Pitztal weekly (Austria) as plain text, ISO-8859-1 with CRLF and straight quotes, "
        "dateline 'Wenns, 13.02.2025'; a subtitle quoting the speaker (required, from the "
        "lecture to publication); a lecture 'am vergangenen Freitag' dates the Austrian officer's "
        "figures (other), carried through his Konjunktiv and a Q&A; NIS 'Mitte Jänner' (days "
        "11–20), Zelensky 'Anfang Feber' (days 1–10), NATO 'im Dezember' `Tausenden`; 'heuer "
        "… nachlegen' with `mehreren tausend` (increment); audience, fraction 'fast jeder "
        "Dritte', Austria's professional soldiers, donations in Euro, ages",
    text="""\
PITZTALER BOTE - Ausgabe 7/2025 - Wenns, 13.02.2025

Nordkoreas Soldaten im Kursk-Krieg: Ein Jerzner erklärt, was man weiß

Vortragsabend im Gemeindesaal / Major Gstrein: "[[Rund 11.000]] waren es zu Beginn"

Gut 80 Zuhörerinnen und Zuhörer kamen am vergangenen Freitag in den Gemeindesaal von Wenns, um \
Major Christoph Gstrein zuzuhören. Der gebürtige Jerzner arbeitet heute an der \
Landesverteidigungsakademie in Wien und befasst sich dort mit Ostasien. Sein Thema an diesem \
Abend: Kims Soldaten, die seit Herbst für Moskau in den Krieg ziehen.

[[Rund 11.000]] seien es zu Beginn gewesen, erklärte Gstrein. Nach seiner Rechnung seien davon \
inzwischen [[zwischen 3.000 und 4.000]] tot oder verwundet. "Das ist fast jeder Dritte", sagte \
der 44-Jährige. Die Männer seien körperlich fit und diszipliniert, aber auf einen Krieg mit \
Drohnen überhaupt nicht vorbereitet gewesen.

Seine Zahlen glich der Offizier mit jenen aus Seoul und Kiew ab. Südkoreas Geheimdienst hatte \
Mitte Jänner von [[rund 300]] Toten und [[2.700]] Verwundeten berichtet. Präsident Selenskyj \
wiederum nannte Anfang Feber [[fast 4.000]] getötete und verletzte Nordkoreaner. Die NATO hatte \
schon im Dezember von [[Tausenden]] nordkoreanischen Soldaten im Kampfeinsatz gesprochen.

Zuletzt berichteten ukrainische Stellen, die Einheiten aus Pjöngjang seien nach den schweren \
Verlusten aus den vordersten Stellungen abgezogen worden. Ob sie zurückkehren, ist offen. \
Gstrein rechnet damit: "Kim Jong-un wird heuer noch einmal nachlegen, vielleicht mit \
[[mehreren tausend]] Mann. Er braucht die Kampferfahrung für seine Armee."

Auf die Frage eines Zuhörers aus Arzl, wie viele Nordkoreaner denn derzeit noch in Russland \
seien, meinte Gstrein: "Ich würde sagen, [[etwa 8.000]]. Die meisten aber weit hinter der \
Front, in Lagern und Lazaretten."

Einen Vergleich mit dem Bundesheer wollte er nicht ziehen. Österreich habe rund 16.000 \
Berufssoldaten und eine ganz andere Aufgabe, sagte er. Nach knapp zwei Stunden bedankte sich \
Bürgermeister Walter Schöpf für den Vortrag. Der Eintritt war frei; die freiwilligen Spenden \
von 640 Euro gehen an die Bergrettung Pitztal.

Der nächste Abend der Reihe "Welt im Tal" findet am 14. März statt. Thema: Wasserkraft im \
Alpenraum.
""",
    claims=(
        C("Rund 11.000", 11000, "approx", "in_russia", "other", "fri..pub",
          "subtitle quoting the lecture (required; Friday's lecture to publication)"),
        C("Rund 11.000", 11000, "approx", "in_russia", "other", "fri",
          "Austrian officer at the lecture 'am vergangenen Freitag' (a Thursday paper: Feb 7): "
          "sent at the start"),
        C("zwischen 3.000 und 4.000", None, "range", "casualties", "other", "fri",
          "same speaker in Konjunktiv: dead or wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same report: wounded (not an increment)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber': killed and wounded"),
        C("Tausenden", None, "vague", "near_front", "nato", "2024-12-01..2024-12-31",
          "NATO 'schon im Dezember': in combat"),
        C("mehreren tausend", None, "vague", "planned", "other", "fri",
          "the officer's lecture quote: Kim will 'nachlegen' this year (increment)", add=True),
        C("etwa 8.000", 8000, "approx", "in_russia", "other", "fri",
          "the officer answering a question at the lecture: still in Russia, mostly far from "
          "the front"),
    ),
)

N04 = Source(
    article_id="n60_04_werdenberger_grabs_nnsc_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Werdenberger Anzeiger",
        "https://www.werdenberger-anzeiger.example/ausland/pjoengjang-gibt-einsatz-zu",
        "Pjöngjang gibt den Einsatz zu – ein Grabser kennt die Gegenseite",
    ),
    features="Werdenberg paper (Switzerland) in Markdown, cp1252, front matter without a date "
        "(sidecar, Wednesday), Swiss spelling (no ß, `15'000`, `10'000`, `20'000`, «» quotes); "
        "a bold deck from the NIS Wednesday figure (the publication day); KCNA 'Am Montag' and "
        "Gerasimov without a figure; NIS 'Demnach' in Konjunktiv with a breakdown `gegen 600` "
        "'von ihnen tödlich' and `rund 3000` 'als Ersatz nachgeschickt' (increment); the US "
        "State Department 'schon im Januar'; a Grabs NNSC veteran's present-tense estimate "
        "(other, pub); Swiss officers in Panmunjom, people with protection status, francs, ages, "
        "years",
    text="""\
---
title: "Pjöngjang gibt den Einsatz zu"
ressort: Ausland / Region
autor: Reto Gantenbein
---

# Pjöngjang gibt den Einsatz zu – ein Grabser kennt die Gegenseite

**Erstmals bestätigt Nordkorea, dass seine Soldaten für Russland gekämpft haben. Seoul \
beziffert die Verluste auf [[rund 4700]] Mann.**

Lange hat das Regime in Pjöngjang geschwiegen. Am Montag meldete die staatliche \
Nachrichtenagentur KCNA dann, Machthaber Kim Jong-un habe die Entsendung von Truppen in die \
russische Region Kursk angeordnet; diese hätten dort zur «Befreiung» des Gebiets beigetragen. \
Eine Zahl nannte KCNA nicht. Zwei Tage zuvor hatte der russische Generalstabschef Waleri \
Gerassimow die «Heldentaten» der Nordkoreaner gewürdigt.

Wie hoch der Preis war, erfährt man nur aus Seoul. Am Mittwoch unterrichtete der \
südkoreanische Nachrichtendienst NIS die Abgeordneten der Nationalversammlung. Demnach sind von \
den [[rund 15'000]] entsandten Soldaten [[etwa 4700]] getötet oder verwundet worden, [[gegen \
600]] von ihnen tödlich. Zuerst seien im Oktober und November [[gut 10'000]] Mann nach Russland \
gekommen, im Januar und Februar dann [[rund 3000]] als Ersatz nachgeschickt worden.

Schon im Januar war man im Aussenministerium in Washington von [[über 11'000]] Nordkoreanern \
auf russischem Boden ausgegangen.

## «Sie haben gelernt zu schweigen»

Für Andreas Rohrer aus Grabs sind solche Meldungen mehr als Weltpolitik. Der 58-jährige \
Milizoffizier diente 2016 ein halbes Jahr in der Neutralen Überwachungskommission in \
Panmunjom, wo Schweizer und Schwedinnen und Schweden seit 1953 den Waffenstillstand \
überwachen. Heute sind dort nur noch fünf Schweizer Offiziere stationiert.

«Ich habe die nordkoreanischen Soldaten auf der anderen Seite der Linie jeden Tag gesehen. Sie \
haben gelernt zu schweigen und zu gehorchen», sagt Rohrer, der in Buchs ein Ingenieurbüro \
führt. Dass Pjöngjang nun offen über den Einsatz redet, hält er für ein Signal an die eigene \
Bevölkerung: Die Familien der Gefallenen müssten erfahren, wofür ihre Söhne gestorben seien.

Seine eigene Schätzung ist ernüchternd. Bis Ende Jahr könnten nach Rohrers Einschätzung \
[[mehr als 20'000]] Nordkoreaner in Russland im Einsatz gestanden haben. «Kim verkauft seine \
Soldaten. Dafür fliessen Erdöl, harte Währung und Raketentechnik nach Pjöngjang.»

In den Gemeinden Buchs, Grabs, Gams, Sennwald, Sevelen und Wartau leben derzeit rund 190 \
Menschen aus der Ukraine mit Schutzstatus S. Die Schweiz hat dem Land seit Kriegsbeginn mehrere \
Milliarden Franken an Hilfe zugesagt.
""",
    claims=(
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "bold deck 'Seoul beziffert': the NIS Wednesday figure (the publication day)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'Am Mittwoch', 'Demnach': sent in all"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same sentence: killed or wounded"),
        C("gegen 600", 600, "approx", "casualties", "south_korea", "wed",
          "'von ihnen tödlich' (breakdown): dead, not an increment"),
        C("gut 10'000", 10000, "approx", "in_russia", "south_korea", "wed",
          "NIS in Konjunktiv: came to Russia in October and November"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS: 'als Ersatz nachgeschickt' (increment)", add=True),
        C("über 11'000", 11000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-31", "US State Department 'schon im Januar': in Russia"),
        C("mehr als 20'000", 20000, "at_least", "planned", "other", "pub",
          "Grabs NNSC veteran's own estimate (present tense, no date): could have served by the "
          "end of the year"),
    ),
)

N05 = Source(
    article_id="n60_05_floristik_blatt_kraenze_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-05"),
    dated_by="html_meta",
    features="florists' association magazine in HTML, ISO-8859-1 (umlauts raw, quotes and "
        "dashes only as entities `&bdquo;`/`&ldquo;`/`&ndash;`, `&euro;`), "
        "`article:published_time` +02:00, a members' login bar, a cookie note, footer; `<meta "
        "name=\"description\">` figure (optional); North Korean state TV on a ceremony 'am 22. "
        "August' (`Dutzende` fallen honoured: casualties); Yonhap citing lawmakers 'am "
        "Donnerstag' (NIS: south_korea) with `rund 2000` dead, `etwa 15.000` sent and "
        "`5.000` engineers 'Zudem arbeiteten … weitere' in Kursk (increment); Kyiv's military "
        "intelligence 'hält es für möglich' `bis zu 25.000` 'zusätzliche' (increment, pub); "
        "flower quantities, wreath sizes, prices, percentages, member counts",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Blumen in den Nachrichten: Kr&auml;nze f&uuml;r die Gefallenen von Kursk &ndash; \
Blatt &amp; Blüte</title>
<meta name="description" content="Wie Pjöngjang seine Toten ehrt &ndash; und warum Seoul von \
[[rund 2000]] Gefallenen spricht.">
<meta property="article:published_time" content="2025-09-05T08:00:00+02:00">
<meta property="article:section" content="Rubrik: Blumen in den Nachrichten">
<script src="/assets/verband.js?v=19"></script>
</head>
<body>
<div class="loginbar">Mitgliederbereich &middot; <a href="/login">Anmelden</a> &middot; \
<a href="/mitglied-werden">Mitglied werden</a></div>
<div class="cookie">Auch wir binden gern etwas zusammen &ndash; diesmal Statistikdaten \
Ihres Besuchs. <button>Ein Strauß für alle</button> <button>Nur das Grün</button></div>
<nav>Verband | Ausbildung | Meisterschule | Fachmessen | Blatt &amp; Blüte | Termine</nav>
<article>
<p class="rubrik">Blumen in den Nachrichten</p>
<h1>Kränze für die Gefallenen von Kursk</h1>
<p class="teaser">Nordkorea inszeniert die Trauer um seine Soldaten mit Chrysanthemen und \
Fahnen. Eine Leipziger Floristmeisterin hat sich die Bilder genau angesehen.</p>
<p>Die Bilder, die das nordkoreanische Staatsfernsehen am 22. August ausstrahlte, waren \
sorgfältig komponiert: weiße Chrysanthemen, rote Fahnen über den Särgen, ein Machthaber, der \
Orden an Witwen und Mütter überreicht. Nach Darstellung des Senders wurden bei der Zeremonie in \
Pjöngjang [[Dutzende]] Soldaten, die in der russischen Region Kursk gefallen waren, posthum als \
&bdquo;Helden&ldquo; ausgezeichnet.</p>
<p>&bdquo;Das ist Floristik als Staatsakt&ldquo;, sagt Katrin Hübner, die in Leipzig-Gohlis \
ein Geschäft mit vier Angestellten führt und im Verband die Trauerfloristik-Seminare leitet. \
Kränze mit 1,20 Meter Durchmesser, Hunderte weiße Blüten pro Gesteck, kein einziges Band mit \
Namen: &bdquo;Es geht um das Kollektiv, nicht um den Einzelnen.&ldquo;</p>
<p>Wie viele Nordkoreaner tatsächlich gestorben sind, sagt Pjöngjang nicht. Der südkoreanische \
Geheimdienst schätzt die Zahl inzwischen auf [[rund 2000]], wie die Nachrichtenagentur Yonhap \
am Donnerstag unter Berufung auf Abgeordnete meldete. Insgesamt habe der Norden bislang \
[[etwa 15.000]] Soldaten nach Russland entsandt. Zudem arbeiteten in Kursk weitere [[5.000]] \
Pioniere und Bausoldaten, die Minen räumen und zerstörte Straßen instand setzen.</p>
<p>Der ukrainische Militärgeheimdienst hält es für möglich, dass Pjöngjang noch [[bis zu \
25.000]] zusätzliche Kräfte schickt.</p>
<h2>Rosen aus Charkiw</h2>
<p>Der Krieg verändert auch den Handel: Ein Großhändler aus Charkiw, der vor 2022 jede Woche \
rund 3.000 Rosen an deutsche Fachgeschäfte lieferte, hat sein Gewächshaus verloren. Chrysanthemen \
aus Ostafrika sind seit dem Frühjahr um 15 Prozent teurer geworden; ein Trauerkranz kostet im \
Fachhandel selten unter 90 &euro;.</p>
<p>Der Verband zählt in Sachsen, Sachsen-Anhalt und Thüringen derzeit 412 Mitgliedsbetriebe. \
Das nächste Seminar zur Trauerfloristik findet am 18. Oktober in Erfurt statt.</p>
</article>
<footer>&copy; 2025 Fachverband Floristik Mitteldeutschland e.&nbsp;V. &middot; Impressum \
&middot; Datenschutz &middot; Telefon 0341 2 18 47-0</footer>
</body>
</html>
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "thu",
          "<meta name=\"description\"> (metadata): the NIS figure Yonhap reported on Thursday",
          opt=True),
        C("Dutzende", None, "vague", "casualties", "north_korea", "2025-08-22",
          "state TV broadcast 'am 22. August' (explicit date): fallen honoured posthumously"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS estimate, Yonhap citing lawmakers 'am Donnerstag' (X citing Y): dead"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "thu",
          "same report in Konjunktiv: sent in all"),
        C("5.000", 5000, "exact", "near_front", "south_korea", "thu",
          "same report: 'weitere' engineers working in Kursk (increment, span without the word)",
          add=True),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "pub",
          "Kyiv's military intelligence 'hält es für möglich' (present, no date): 'zusätzliche' "
          "(increment)", add=True),
    ),
)

N06 = Source(
    article_id="n60_06_weimar_campusblog_ein_jahr",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Campusnotizen Weimar", "",
        "Ein Jahr danach: Was wir über Kims Soldaten in Russland wissen (und was nicht)",
    ),
    features="Weimar student blog as plain text in UTF-16 LE with BOM (sidecar without url, "
        "Thursday); NIS 'Am Dienstag' (the Tuesday before) with `etwa 10.000` at the border, "
        "'Außerdem' `gut 5.000` engineers (increment) and `rund 2.000` dead; a recap keeping "
        "each figure's month or season ('Im Oktober 2024', 'im Dezember', 'Im Frühjahr' → "
        "March–May, Shoigu 'im Juni'); the blogger's own rough sum (`an die 16.000`, "
        "unattributed, pub); Kursk veterans at the party anniversary parade (optional); "
        "students, seminar places, canteen prices, ages, ordinal anniversary",
    text="""\
Campusnotizen Weimar - der Blog der Fachschaft Medien
Rubrik: Welt & wir

Ein Jahr danach: Was wir über Kims Soldaten in Russland wissen (und was nicht)

von Lea Sommerfeld

Als meine Mitbewohnerin Ji-woo vor gut einem Jahr aus Seoul nach Weimar kam, war Nordkorea für \
mich ein Land aus Dokumentarfilmen. Dann lasen wir beim Frühstück in der WG, dass Kim Jong-un \
Soldaten nach Russland schickt. Ji-woo, 23, studiert Mediengestaltung an der Bauhaus-Uni und \
hat seitdem jede Meldung dazu gesammelt. Wir haben versucht, ein Jahr Nachrichten zu ordnen.

Zuerst das Neueste. Am Dienstag hat der südkoreanische Nachrichtendienst NIS dem Parlament in \
Seoul seine aktuelle Lage vorgetragen. Demnach stehen [[etwa 10.000]] nordkoreanische Soldaten \
weiterhin in der Grenzregion Kursk, vor allem zur Bewachung. Außerdem sollen [[gut 5.000]] \
Pioniere inzwischen in Russland Straßen und Brücken wiederaufbauen. Gefallen sind nach der \
Zählung des Dienstes [[rund 2.000]] Nordkoreaner.

Die Zahlen sind über das Jahr immer weiter gewachsen. Im Oktober 2024 sprach derselbe Dienst \
noch von [[1.500]] Mann, die in einer ersten Welle gekommen seien; im Dezember hieß es aus \
Seoul schon, [[mehr als 11.000]] seien im Land. Im Frühjahr bezifferte Seoul die Toten und \
Verwundeten auf [[etwa 4.700]]. Und selbst Moskau, das lange alles abstritt, wurde konkret: \
Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, versprach bei einem Besuch in \
Pjöngjang im Juni, es kämen [[6.000]] Minenräumer und Militärbauer nach Kursk.

Und was sagt Nordkorea selbst? Lange gar nichts. Bei der Parade zum 80. Jahrestag der \
Arbeiterpartei im Oktober zeigte das Staatsfernsehen dann [[Hunderte]] Veteranen des \
Kursk-Einsatzes, die über den Kim-Il-sung-Platz marschierten. Ji-woo hat die Übertragung \
angeschaut und sagt nur: "Die sehen so jung aus."

Meine eigene Überschlagsrechnung, aus allen Meldungen zusammengezählt, mit Nachschub und \
Rotation: Insgesamt waren wohl [[an die 16.000]] Nordkoreaner im Einsatz für Russland. Ganz \
sicher weiß das außer in Pjöngjang und Moskau niemand.

Was bleibt? In unserem Seminar "Krieg und Öffentlichkeit" mit 25 Plätzen haben wir lange über \
eine Frage diskutiert: Warum hat uns das so wenig beschäftigt? Die Bauhaus-Universität hat rund \
3.900 Studierende, und ich kenne kaum jemanden, der die Geschichte verfolgt hat. In der Mensa \
am Park kostet das Tagesgericht 3,40 Euro, und dort sprach niemand über Kursk.

Kommentare sind willkommen, aber bitte fair bleiben.
""",
    claims=(
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'Am Dienstag' (Thursday blog: Nov 4), 'Demnach': still in the Kursk border "
          "region"),
        C("gut 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, 'Außerdem' (increment): engineers rebuilding in Russia", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing: dead"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "recap 'Im Oktober 2024' (the month): the first wave"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "south_korea",
          "2024-12-01..2024-12-31", "recap 'im Dezember … aus Seoul': in the country"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "recap 'Im Frühjahr' (season: March–May): dead and wounded"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni': deminers and military builders to come to Kursk"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-01..2025-10-31",
          "returnees marching at the October parade on state TV (optional, as before)",
          opt=True),
        C("an die 16.000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the blogger's own rough sum (unattributed, required)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, USA, Poland, Micronesia, Chad)
# ---------------------------------------------------------------------------------------------

N07 = Source(
    article_id="n60_07_goldfields_courier_wong_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Goldfields Courier",
        "https://www.goldfieldscourier.example/news/world/north-korean-troops-kursk-wong",
        "US says 10,000 North Koreans have moved to Russia's front line",
    ),
    features="Kalgoorlie daily in HTML, cp1252 (curly quotes, dashes, `°`), no meta date "
        "(sidecar, Wednesday), a weather strip, a cookie note of its own, navigation, footer; "
        "h1 'US says' from the Pentagon's Monday figure (Monday to publication); 'The Pentagon "
        "said on Monday' carried to a range `11,000 to 12,000`; HUR 'at the weekend' "
        "(Saturday–Sunday) training in Russia; Penny Wong 'yesterday' `thousands` (Australia: "
        "other); Yonhap quoting a Seoul defence official 'on Tuesday' `a few hundred` (X citing "
        "Y: south_korea); gold price, mine workers, town population, Ukrainian community, aid "
        "in dollars, Russian losses a day",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>North Korean troops in Kursk: US figure, Wong’s warning | Goldfields Courier</title>
<meta property="og:site_name" content="Goldfields Courier">
<script>var gc_ads={slot:"world-top",size:"728x90",region:"WA-Goldfields"};</script>
</head>
<body>
<div class="weather">Kalgoorlie-Boulder 34° · Fine · Gold A$4,120/oz</div>
<div class="cookie-note">We use cookies the way a prospector uses a metal detector – to find \
what’s worth your while. <button>Dig in</button> <button>Leave it in the ground</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/mining">Mining</a> | <a \
href="/sport">Sport</a> | <a href="/classifieds">Classifieds</a> | <a \
href="/notices">Notices</a></nav>
<main><article>
<h1>US says [[10,000]] North Koreans have moved to Russia’s front line</h1>
<p class="standfirst">Canberra condemns the deployment as a Boulder surveyor with family in \
Sumy watches from 13,000km away</p>
<p class="byline">By Jess Kowalczyk</p>
<p>The Pentagon said on Monday that [[about 10,000]] North Korean soldiers had now been moved \
into the Kursk region, the sliver of Russia where Ukrainian units crossed the border in \
August. Deputy press secretary Sabrina Singh put the North’s whole contingent in Russia at \
[[11,000 to 12,000]], and said Washington believed they would be sent into battle “very \
soon”.</p>
<p>Ukraine’s defence intelligence agency, known as the HUR, reported at the weekend that [[some \
7,500]] of the North Koreans were still being trained at ranges in Russia’s Far East before \
moving west.</p>
<p>Foreign Affairs Minister Penny Wong yesterday said Australia condemned “in the strongest \
terms” the dispatch of [[thousands]] of North Korean troops, calling it a dangerous expansion of \
an illegal war. Officials in Canberra are weighing fresh sanctions.</p>
<p>In Seoul, Yonhap news agency, quoting a defence ministry official, reported on Tuesday that \
Pyongyang had also sent [[a few hundred]] artillery and missile specialists who were working \
alongside Russian crews.</p>
<h2>‘It feels closer than you’d think’</h2>
<p>For Taras Hnatyuk, a mine surveyor who moved to Boulder in 2011, the news landed hard. His \
cousin lives in Sumy, about 30km from the border with Kursk. “We used to joke that the only \
North Korean thing anyone here knew was the football team,” he said. “Now it’s soldiers.”</p>
<p>Mr Hnatyuk is one of about 60 Ukrainian-born residents of the Goldfields, according to the \
local community association, which has raised more than $18,000 for field ambulances since \
2022. Kalgoorlie-Boulder has a population of about 29,000, and the Super Pit employs roughly \
1,100 people.</p>
<p>Canberra’s help for Kyiv since 2022 is now worth over $1.3 billion. Kyiv \
says Russia is losing well over 1,000 soldiers a day.</p>
</article></main>
<footer>© 2024 Goldfields Courier Pty Ltd · 123 Hannan St, Kalgoorlie WA 6430 · (08) 9021 \
0000</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "h1 'US says': the Pentagon's Monday figure of the lead (Monday to publication)"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon 'on Monday': moved into the Kursk region"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "mon",
          "Singh in the same briefing (Monday carried): the contingent in Russia"),
        C("some 7,500", 7500, "approx", "in_russia", "ukraine", "sat..sun",
          "HUR 'at the weekend' (Saturday–Sunday): trained in the Far East"),
        C("thousands", None, "vague", "in_russia", "other", "yday",
          "Australia's foreign minister (a third government: other) 'yesterday': dispatched"),
        C("a few hundred", None, "vague", "in_russia", "south_korea", "tue",
          "Yonhap quoting a Seoul defence ministry official 'on Tuesday' (X citing Y): sent"),
    ),
)

N08 = Source(
    article_id="n60_08_coll_community_news_prisoners_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-17"),
    dated_by="front_matter", crlf=True,
    features="Isle of Coll community page in Markdown, ISO-8859-1 with CRLF (straight quotes, "
        "`£`), front matter with `date: 2025-01-17`; h1 from Zelensky's Saturday post (that day "
        "to publication); 'On Saturday 11 January' given once, the same post carried; 'Two days "
        "later' dates the NIS tally (Jan 13) passed on by lawmakers (named at the end of the "
        "sentence); White House 'At the end of December' (days 21–31), carried by 'At the time'; "
        "the island's population, ferry time, a ceilidh's takings, ages, years of service",
    text="""\
---
title: "From Arinagour to Kursk: the war on our kitchen radio"
date: 2025-01-17
section: Community News / The Wider World
author: Morag MacFadyen
---

# Kyiv shows off [[two]] captured North Korean soldiers

*The Wider World, our monthly look beyond the pier, by Morag MacFadyen*

Some weeks the news from the mainland feels a very long way from Coll. This was not one of \
them. On Saturday 11 January, Volodymyr Zelensky posted pictures of [[two]] young men in \
bandages, North Korean soldiers taken prisoner by his troops in the Kursk region. One had a \
broken jaw and could barely speak. Ukraine, the president wrote, would happily swap them for \
Ukrainian prisoners if Pyongyang asked.

In the same post he said North Korea's dead and wounded already came to [[nearly 4,000]], and \
that Moscow was trying to hide them. "The world must see the truth," he wrote.

Two days later, South Korea's spy agency gave its own tally: [[about 300]] killed and [[2,700]] \
wounded, figures passed on by members of the parliament in Seoul after a closed briefing. The \
agency also said the prisoners had been told to kill themselves rather than be caught.

Washington had put the numbers higher still. At the end of December, John Kirby at the White \
House said the North had lost [[more than 1,000]] men, dead or hurt, in just seven days of \
combat. At the time he reckoned the force Pyongyang had sent at [[around 11,000]].

Donald MacKinnon, who did 22 years in the Royal Navy before coming home to Totronald, listened \
to all of this on the kitchen radio. "They've been thrown in like we used to throw bait to the \
mackerel," he said over tea at the hall. He is 71 and does not expect the war to end soon.

## Closer to home

The January ceilidh raised £1,240 for the Ukrainian family now settled in Oban, who came over \
on the ferry (2 hours 40 minutes, weather permitting) to say thanks. With about 200 people on \
the island, that works out at more than £6 a head, which Morag thinks must be some kind of \
record.

The next community council meeting is on 6 February at 7.30pm in An Cridhe.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "h1 'Kyiv shows off': Zelensky's post of Saturday 11 January (that day to "
          "publication): captured"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'On Saturday 11 January' (an explicit date): taken prisoner"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-11",
          "'In the same post' carries the date: dead and wounded"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "NIS 'Two days later' (after Jan 11), lawmakers named at the end of the sentence: "
          "killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same tally: wounded (not an increment)"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "Kirby 'At the end of December': killed or wounded in a week"),
        C("around 11,000", 11000, "approx", "in_russia", "united_states",
          "2024-12-21..2024-12-31", "'At the time' carries Kirby's date: the force sent"),
    ),
)

N09 = Source(
    article_id="n60_09_rochester_ledger_sumy_nurse",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-28"),
    dated_by="dateline",
    features="Rochester (Minnesota) paper as plain text, UTF-8, a top line 'Published March 28, "
        "2025' (the dateline) and 'ROCHESTER, Minn. —'; headline from the JCS Thursday figure "
        "'more' (increment, Thursday to publication); JCS 'said Thursday' carried by 'the "
        "military said' and 'By the military's count'; Budanov 'earlier this month' (the 1st to "
        "publication); a senior U.S. defense official 'in mid-March' (days 11–20); a local nurse "
        "with no figure of her own; Ukrainian soldiers treated, group sizes, money, distances, "
        "Ukrainian families, ages, phone number",
    text="""\
Med City Ledger | Local | Published March 28, 2025

Rochester nurse home from Sumy as Seoul says [[3,000]] more North Koreans went to Russia

By Dana Lindqvist

ROCHESTER, Minn. — Halyna Kovalchuk spent six weeks this winter in a stabilization point a few \
miles behind the front in Ukraine's Sumy region, where the wounded arrive by armored ambulance \
and leave, if they are lucky, by train. She came home to Rochester last Saturday. By then, \
news she had heard in whispers from soldiers was in the headlines.

South Korea's Joint Chiefs of Staff said Thursday that North Korea had dispatched [[roughly \
3,000]] additional soldiers to Russia in January and February. They joined a force that had \
numbered [[about 11,000]] when it arrived last fall, the military said. By the military's \
count, [[about 4,700]] of the North Koreans have been killed or wounded.

Ukraine's military intelligence chief, Lt. Gen. Kyrylo Budanov, told an interviewer earlier \
this month that [[about 8,000]] North Koreans remained in the Kursk region and had returned to \
assaults after a pause of several weeks. A senior U.S. defense official, speaking to reporters \
in Washington in mid-March on condition of anonymity, put their losses at "[[more than \
4,000]]."

Kovalchuk, 46, is a registered nurse in a surgical intensive care unit at one of the city's \
hospitals. She was born in Chernihiv and moved to Minnesota in 2008. At the stabilization \
point, she said, her team treated about 300 Ukrainian soldiers, most of them with shrapnel \
wounds from drones.

"The boys told me the North Koreans come across the fields in groups of fifty or sixty, and \
they don't stop," she said. "They are brave, or they are more afraid of their own officers. \
I don't know which."

She never saw a North Korean soldier herself. "We only treated ours," she said.

Her trip was paid for in part by a GoFundMe campaign that raised $18,400, and by members of \
St. Volodymyr's parish, which counts about 100 Ukrainian families in the Rochester area. Sumy \
lies about 20 miles from the Russian border and has been shelled almost daily since last summer.

Kovalchuk plans to go back in June. "Two months this time," she said.

The parish will hold a fundraising dinner on April 12. Reservations: 507-555-0148.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul says … more' (increment, span without the word): the JCS Thursday "
          "figure (Thursday to publication)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'said Thursday': 'additional' soldiers dispatched (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'the military said' (source at the end of the sentence): the first force"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "'By the military's count': killed or wounded"),
        C("about 8,000", 8000, "approx", "near_front", "ukraine", "2025-03-01..pub",
          "Budanov 'earlier this month' (the 1st to publication): remained in Kursk"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states",
          "2025-03-11..2025-03-20", "a senior U.S. defense official 'in mid-March': losses"),
    ),
)

N10 = Source(
    article_id="n60_10_gdansk_baltic_wire_shoigu_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Baltic Wire",
        "https://www.balticwire.example/world/shoigu-pyongyang-kursk-builders",
        "Moscow says Pyongyang will send 6,000 troops to rebuild Kursk",
    ),
    features="Gdańsk English-language news site in HTML, UTF-8 with BOM, Polish names (`ń`, `ł`, "
        "`ó`), no meta date (sidecar, Thursday), NewsArticle JSON-LD without a date, a cookie "
        "note of its own, navigation, footer; `<title>` figure (optional); h1 'Moscow says' "
        "from Shoigu's Tuesday figures (the sum of his breakdown, Tuesday to publication); "
        "Shoigu 'on Tuesday' `1,000` and `5,000` (planned, not increments); the NIS 'relayed by "
        "lawmakers on Wednesday'; Rutte 'on Monday' (nato); HUR 'counts' (present: pub); a "
        "Polish deputy minister 'on Wednesday in Gdynia' (other) `tens of thousands`; a Gdynia "
        "naval academy analyst's range (other, pub); shells, defence spending, port tonnage, "
        "Poland's army, złoty",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Shoigu in Pyongyang: North Korea to send [[6,000]] to Kursk | Baltic Wire</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
"headline":"Moscow says Pyongyang will send 6,000 troops to rebuild Kursk","publisher":{"@type":\
"Organization","name":"Baltic Wire"}}</script>
<script>window.bw={section:"world",words:640};</script>
</head>
<body>
<div id="cookie-strip">Our servers sit in a port city, so they log what comes and goes. Let \
them? <button>Drop anchor</button> <button>Sail on without</button></div>
<nav>Gdańsk | Pomerania | Poland | World | Maritime | Business | Opinion</nav>
<article>
<h1>Moscow says Pyongyang will send [[6,000]] troops to rebuild Kursk</h1>
<p class="lede">Warsaw warns that engineers today can become infantry tomorrow</p>
<p>Sergei Shoigu, Vladimir Putin’s long-serving security chief, emerged from talks with Kim \
Jong Un in Pyongyang on Tuesday to announce that the North was lending Russia [[1,000]] mine \
clearers for the Kursk region. Another [[5,000]] military builders are to go too, tasked with \
rebuilding wrecked roads, bridges and villages, he told Russian state television.</p>
<p>It was the first time Moscow had put a number of its own on North Korean help. Seoul’s \
National Intelligence Service, in comments relayed by lawmakers on Wednesday, said the first \
engineers could leave as early as July, and that [[around 11,000]] North Korean combat troops \
were still inside Russia.</p>
<p>On Monday, with allied leaders due in The Hague next week, NATO’s Mark Rutte told \
reporters Pyongyang had sent “[[more than 10,000]] soldiers and millions of shells” to \
Russia. Ukraine’s military intelligence counts [[more than 6,000]] North Korean dead and \
wounded since the autumn.</p>
<h2>‘Builders with rifles’</h2>
<p>In Warsaw the announcement was read as a warning. “Whoever sends builders to Kursk today can \
send [[tens of thousands]] of riflemen to Donbas tomorrow,” \
Deputy Defence Minister Paweł Zieliński said on Wednesday during a visit to the navy base \
in Gdynia.</p>
<p>Dr Agnieszka Wróblewska of the Naval Academy in Gdynia believes [[15,000 to 20,000]] North \
Koreans have rotated through Russia so far. “They come, they learn drone warfare, they go home \
and teach it,” she said. “That worries me more than any single number.”</p>
<p>Poland plans to spend 4.7 per cent of its GDP on defence this year and wants an army of \
300,000 soldiers. The Port of Gdańsk handled more than 80 million tonnes of cargo last year.</p>
</article>
<footer>© 2025 Baltic Wire Sp. z o.o. · ul. Długa 41, 80-827 Gdańsk · Subscriptions from 19 zł \
a month</footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata): Shoigu's Tuesday total", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "h1 'Moscow says': Shoigu's Tuesday figures summed (Tuesday to publication)"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'on Tuesday': mine clearers the North is lending Russia"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "Shoigu, 'Another' (his breakdown of the 6,000, not an increment): builders to "
          "follow"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'in comments relayed by lawmakers on Wednesday': still inside Russia"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'on Monday' in quotes: sent"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'counts' (present, no date): dead and wounded"),
        C("tens of thousands", None, "vague", "planned", "other", "wed",
          "Polish deputy defence minister (a third government: other) 'on Wednesday': could be "
          "sent"),
        C("15,000 to 20,000", None, "range", "in_russia", "other", "pub",
          "Gdynia naval academy analyst 'believes' (present, no date): rotated through Russia"),
    ),
)

N11 = Source(
    article_id="n60_11_kosrae_island_news_parade_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Kosrae Island Courier",
        "https://www.kosraecourier.example/world/kim-parade-kursk-veterans",
        "Kursk veterans on parade; Seoul counts 10,000 North Koreans still in Russia",
    ),
    features="Kosrae news page in Markdown, UTF-16 LE with BOM, front matter without a date "
        "(sidecar, Tuesday) whose `title:` repeats the headline figure (optional), dateline "
        "'TOFOL, Kosrae –'; h1 'Seoul counts' from the NIS 'last week' (lastweek); veterans "
        "marching at Friday's parade (optional returnees); a State Department statement 'on "
        "Friday'; Russia's ambassador 'last month' via TASS (X citing Y: russia) on builders in "
        "Kursk; Ukrainian intelligence 'quoted by Kyiv media on Monday' `up to 6,000`; Japanese "
        "soldiers in 1945, island population, church attendance, tuna, grant money, phone",
    text="""\
---
title: "Kursk veterans on parade; Seoul counts [[10,000]] North Koreans still in Russia"
section: World
author: Kenye Tilfas
---

# Kursk veterans on parade; Seoul counts [[10,000]] North Koreans still in Russia

TOFOL, Kosrae – Half a world away from our reef, North Korea held the biggest military parade in \
its history on Friday night to mark 80 years of its ruling Workers' Party. Russia's former \
president Dmitry Medvedev stood beside Kim Jong Un on the reviewing stand, and China sent its \
second-ranking leader.

State television lingered on one unit in particular. Given a formation to themselves and \
fresh decorations, [[hundreds]] of veterans of the Kursk campaign drew long applause.

They are the lucky ones. South Korea's spy agency said last week that [[roughly 10,000]] North \
Korean troops were still deployed in the Kursk border area, mostly guarding it, and that \
[[about 2,000]] had died since they first went into battle a year ago.

The U.S. State Department, in a statement on Friday, said Pyongyang's support for Moscow now \
included "[[more than 14,000]] troops sent to fight an illegal war," along with millions of \
artillery rounds.

Russia's ambassador to Pyongyang, Alexander Matsegora, told the TASS news agency last month that \
[[about 5,000]] North Korean military builders were already at work in Kursk, repairing what the \
war had wrecked. On Monday, Kyiv media quoted Ukrainian military intelligence as saying [[up to \
6,000]] North Korean engineers could next be sent into occupied parts of Ukraine.

## Why it matters here

Kosrae knows something about foreign garrisons. In 1945 several thousand Japanese soldiers \
surrendered on the island without a battle, and older people in Lelu still tell the stories \
their parents told them.

Pastor Hanson Nena told the 300 people at Sunday's service in Lelu Congregational Church to pray \
for "all the young men sent to die for other men's pride," whichever flag they serve under.

## In other news

The longline fleet landed 1,200 tonnes of tuna in September. The airport runway project has \
received a $2.1 million grant. Kosrae's population is about 6,600. Send your news to the desk at \
370-3005.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "lastweek",
          "front-matter title (metadata) repeating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "lastweek",
          "h1 'Seoul counts': the NIS figure of 'last week'"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "returnees marching at Friday's parade on state TV (optional, as before)", opt=True),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "NIS 'last week': still deployed in the Kursk border area"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "same statement: died"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "fri",
          "State Department statement 'on Friday': sent"),
        C("about 5,000", 5000, "approx", "near_front", "russia", "2025-09-01..2025-09-30",
          "Russia's ambassador via TASS 'last month' (September): builders at work in Kursk"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "mon",
          "Ukrainian military intelligence quoted by Kyiv media 'On Monday': could be sent"),
    ),
)

N12 = Source(
    article_id="n60_12_ndjamena_sahel_brief_newsletter",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-08-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Sahel Security Brief", "",
        "Sahel Security Brief #143: What Kursk says about Russia's borrowed armies",
    ),
    features="English-language security newsletter from N'Djamena as plain text, UTF-8 with "
        "CRLF (sidecar without url, Friday), an issue header, numbered items; state TV 'on 21 "
        "August' (`several hundred` whose remains came home: north_korea, casualties); "
        "'Most outside estimates put' (unattributed, pub); HUR 'In July' range 'more' "
        "(increment) and the NIS 'at the time' (July carried); Russia's defence ministry 'on "
        "Monday'; an N'Djamena lecturer 'believes' (other, pub); Africa Corps, refugees in "
        "Chad, CFA francs, distances, years, issue number, subscriber count",
    text="""\
SAHEL SECURITY BRIEF - Issue 143
An English-language weekly from N'Djamena for people who work on security in the region

In this issue: 1. Pyongyang's quiet funerals | 2. Kursk and the Sahel | 3. Notes

1. PYONGYANG'S QUIET FUNERALS

North Korea has started, in its own way, to admit what the war has cost it. On 21 August state \
TV aired a Pyongyang memorial service where Kim Jong Un was seen hugging the relatives of \
some of the [[several hundred]] soldiers whose remains, the broadcaster said, had been brought \
home from Russia. No total was given. Most outside estimates put the North's dead at [[more \
than 1,500]].

The dead have not slowed the flow. In July, Ukraine's military intelligence said Pyongyang was \
preparing [[25,000 to 30,000]] more troops for Russia, some of them possibly for use inside \
Ukraine. South Korea's intelligence service estimated at the time that [[about 11,000]] were \
already there. On Monday, Russia's defence ministry said [[about 1,000]] North Korean sappers \
were now clearing mines in the Kursk region, the first such figure Moscow has published.

2. KURSK AND THE SAHEL

Why should readers in N'Djamena, Niamey or Bamako care? Because the same Kremlin that borrows \
soldiers from Kim also rents them out here. Africa Corps, the force that replaced Wagner in \
Mali, is estimated at about 2,500 men. In Kursk, Moscow showed it will take foreign manpower \
wherever it can find it.

Dr Mahamat Abakar, who lectures in international relations at the University of N'Djamena, \
believes Pyongyang has rotated [[at least 20,000]] men through Russia by now. "For Kim this is \
a paid training course," he says. "For Moscow it is a way to avoid another mobilisation."

He sees a lesson for the Sahel juntas: "Borrowed soldiers come with a bill, and it is always \
paid later."

3. NOTES

Chad hosts more than 1.2 million refugees, most of them from Sudan; the camps around Adré are \
about 750 km east of the capital. French troops left their last base in the country in \
January after more than six decades. The World Bank approved a 45 billion CFA franc grant for \
roads in the Lake Chad area.

This brief goes to 1,800 subscribers. Forward it to a colleague, and write to us with \
corrections.
""",
    claims=(
        C("several hundred", None, "vague", "casualties", "north_korea", "2025-08-21",
          "state TV 'On 21 August' ('the broadcaster said'): remains brought home"),
        C("more than 1,500", 1500, "at_least", "casualties", "unattributed", "pub",
          "'Most outside estimates put' (no claimant named: unattributed, required): dead"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'In July': preparing 'more' (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2025-07-01..2025-07-31",
          "NIS 'at the time' (carries July): already there"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "mon",
          "Russia's defence ministry 'On Monday': sappers clearing mines in Kursk"),
        C("at least 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "N'Djamena lecturer 'believes' (present, no date): rotated through Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    N01, N02, N03, N04, N05, N06,
    N07, N08, N09, N10, N11, N12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
