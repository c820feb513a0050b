"""Build the TWENTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A thirtieth corpus for an honest measurement on articles the extractor has never met, written in
session 9 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: an Allgäu paper with a
Kempten lecture, a Kiel radio station's website, a Tyrolean broadcaster's web text (Austrian
conventions), a Schaffhausen regional radio's news text (Swiss conventions), a German Jewish
weekly's world page and a Leipzig university newspaper; a Nepali business daily, a Manx radio
site, a Virginia military-town paper, a Tbilisi English-language outlet, a Hong Kong business
paper and an Ethiopian news site. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind28_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

A01 = Source(
    article_id="a01_allgaeu_kempten_verluste_seoul",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-01-14"),
    dated_by="sidecar",
    sidecar=(
        "Iller-Bote",
        "https://www.iller-bote.example/politik/seoul-rund-300-nordkoreaner-bei-kursk-gefallen-"
        "id40917733.html",
        "Seoul: Rund 300 Nordkoreaner bei Kursk gefallen",
    ),
    features="Allgäu paper as plain text (sidecar, Tuesday), place line 'Kempten/Seoul'; "
        "headline 'Seoul:' from the NIS briefing relayed by a lawmaker 'am Montag' (Monday to "
        "publication); figures first, the source named at the end of the paragraph ('Diese "
        "Zahlen nannte … am Montag'); '2.700 weitere verwundet' (others of the same count, not an "
        "increment); Konjunktiv carries Monday to 'nach Seouler Erkenntnissen' and 'Bis zu "
        "8.000 zusätzliche' (increment); Zelensky 'am Samstag' with the number word `zwei` and "
        "'In derselben Botschaft' (carried); the Pentagon 'vergangene Woche' „mehreren "
        "Hundert“; an Augsburg researcher from Immenstadt 'im Gespräch' `an die 1.000` (other, "
        "`pub`); Russian losses a day, army size, ages, a lecture date, euros, phone number, "
        "refugees in the district",
    text="""\
Kempten/Seoul

Seoul: [[Rund 300]] Nordkoreaner bei Kursk gefallen

Südkoreas Geheimdienst legt neue Verlustzahlen vor. Ein Augsburger Ostasienforscher aus \
Immenstadt hält sie für geschönt.

Von Theresa Moosbrugger

Die Truppen, die Nordkoreas Machthaber Kim Jong Un seinem Verbündeten Wladimir Putin überlassen \
hat, zahlen für den Einsatz einen hohen Preis. [[Etwa 300]] nordkoreanische Soldaten seien im \
russischen Gebiet Kursk ums Leben gekommen, [[2.700]] weitere verwundet worden. Diese Zahlen \
nannte der Abgeordnete Lee Seong-kweun am Montag in Seoul, nachdem der Nachrichtendienst NIS den \
Geheimdienstausschuss des Parlaments hinter verschlossenen Türen unterrichtet hatte.

Der Dienst stütze sich unter anderem auf Drohnenvideos und auf Aussagen von Gefangenen, \
berichtete Lee. Russische Kommandeure setzten die Männer aus dem Norden offenbar als \
Sturminfanterie ein; gegen Drohnen hätten sie kaum eine Chance. Insgesamt habe Pjöngjang nach \
Seouler Erkenntnissen [[rund 11.000]] Mann nach Russland entsandt. In der Sitzung sei zudem von \
Vorbereitungen für eine zweite Welle die Rede gewesen: [[Bis zu 8.000]] zusätzliche Kräfte \
könnten im Frühjahr folgen.

Gefangene in Kiew

Der ukrainische Präsident Wolodymyr Selenskyj hatte am Samstag mitgeteilt, seine Truppen \
hätten [[zwei]] nordkoreanische Soldaten lebend gefangen genommen. Die Männer, ein 20-Jähriger \
und ein 26-Jähriger, würden vom Geheimdienst SBU in Kiew vernommen. In derselben Botschaft \
bezifferte Selenskyj die Verluste des Nordens auf [[mehr als 3.800]] Tote und Verwundete.

Das US-Verteidigungsministerium hatte vergangene Woche noch von „[[mehreren Hundert]]“ Toten \
und Verwundeten gesprochen. Russland selbst verliert nach Kiewer Zählung derzeit täglich weit \
über 1.000 eigene Soldaten.

„Die Zahlen aus Seoul sind eher vorsichtig“

Florian Wachter (41) ist in Immenstadt aufgewachsen und forscht an der Universität Augsburg \
über Sicherheitspolitik in Ostasien. Er hält die südkoreanischen Angaben für zu niedrig. „Wenn \
man die Videos der ukrainischen Drohnenpiloten auswertet, landet man eher bei \
[[an die 1.000]] Toten“, sagte er im Gespräch mit dem Iller-Boten. Eine Armee mit mehr als \
einer Million Soldaten könne solche Verluste zwar verkraften, politisch seien sie für Kim aber \
heikel.

Wachter spricht am 23. Januar um 19.30 Uhr in der Kemptener Stadtbibliothek über „Kims Krieg \
in Europa“. Der Eintritt kostet 5 Euro, Karten gibt es unter Telefon 0831 2523-117. Im \
Landkreis Oberallgäu leben derzeit rund 2.400 Geflüchtete aus der Ukraine.
""",
    claims=(
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:': the NIS figure the lawmaker relayed on Monday (Monday to "
          "publication): killed"),
        C("Etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "Konjunktiv, the source named at the end of the paragraph ('Diese Zahlen nannte der "
          "Abgeordnete … am Montag'): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "'weitere verwundet' = others of the same count (not an increment): wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'nach Seouler Erkenntnissen' inside Lee's Konjunktiv report: sent to Russia"),
        C("Bis zu 8.000", 8000, "at_most", "planned", "south_korea", "mon",
          "same briefing: 'zusätzliche Kräfte könnten … folgen' (increment)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag': captured alive (number word)"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "sat",
          "'In derselben Botschaft' carries Saturday: dead and wounded"),
        C("mehreren Hundert", None, "vague", "casualties", "united_states", "lastweek",
          "US defence department 'vergangene Woche' „…“: dead and wounded"),
        C("an die 1.000", 1000, "approx", "casualties", "other", "pub",
          "Augsburg researcher 'im Gespräch mit dem Iller-Boten' (undated interview: `pub`)"),
    ),
)

A02 = Source(
    article_id="a02_kiel_radio_erste_gefechte_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Kiel radio station's website in HTML (`article:published_time` with +01:00, "
        "byline date '05.11.2024, 16:40 Uhr', a stats script with an article length, a consent "
        "layer with 37 providers, a frequency in the header, a weather box, a listener phone "
        "line); `<title>` figure (optional); headline 'Selenskyj:' from the Monday-evening "
        "address (Monday to publication); the date in the next sentence ('Das sagte er am "
        "Montagabend'); HUR spokesman 'am Dienstag' `mehrere Dutzend` hit (vague casualties); "
        "the Pentagon 'am Montag' with Konjunktiv to 'Davon … etwa 8.000' in Kursk; a NATO "
        "spokesman 'am Dienstag' „mehr als 10.000“; the NIS 'rechnet damit' 'noch einige "
        "Tausend hinzukommen' (vague increment, `pub`); a Kiel security researcher (other, "
        "`pub`); Russian losses, Ukrainians trained by the Bundeswehr, temperature, wind force",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Selenskyj: [[11.000]] Nordkoreaner stehen in Kursk – FÖRDEWELLE</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="FÖRDEWELLE">
<meta property="article:published_time" content="2024-11-05T16:40:00+01:00">
<link rel="canonical" href="https://www.foerdewelle.example/nachrichten/welt/nordkorea-kursk-\
88213">
<script>var fwStats={artId:88213,ressort:"welt",len:2931,audio:true};</script>
</head>
<body>
<div class="cmp-layer" role="dialog"><p>Damit unser Programm auch online läuft, speichern wir \
Daten auf Ihrem Gerät und arbeiten dafür mit 37 Dienstleistern zusammen. Widerspruch jederzeit \
unter „Einstellungen“.</p><button>Einverstanden</button> <button>Einstellungen</button></div>
<header><a href="/" class="logo">FÖRDEWELLE</a> <span>Kiel · 104,2 MHz</span>
<nav><a href="/nachrichten">Nachrichten</a> <a href="/kiel">Kiel &amp; Umland</a> <a \
href="/sport">Sport</a> <a href="/verkehr">Verkehr</a> <a href="/webradio">Webradio</a></nav>
</header>
<main>
<article>
<h1>Selenskyj: [[11.000]] Nordkoreaner stehen in Kursk</h1>
<p class="teaser">Kiew meldet erste Gefechte mit Soldaten aus Pjöngjang. Ein Kieler \
Sicherheitsforscher rät, die Zahlen mit Vorsicht zu lesen.</p>
<p class="byline">Von Malte Brodersen · 05.11.2024, 16:40 Uhr</p>
<p>Im russischen Grenzgebiet Kursk stehen nach Angaben des ukrainischen Präsidenten Wolodymyr \
Selenskyj inzwischen [[11.000]] Soldaten aus Nordkorea. Das sagte er am Montagabend in seiner \
Videoansprache. Die Männer würden von russischen Offizieren geführt und seien Einheiten der \
Marineinfanterie und der Luftlandetruppen zugeteilt worden.</p>
<p>Nach Darstellung des ukrainischen Militärgeheimdienstes HUR hat es bereits erste \
Gefechte gegeben. Dabei seien [[mehrere Dutzend]] Nordkoreaner getroffen worden, erklärte ein \
Sprecher der Behörde am Dienstag. Unabhängig überprüfen lässt sich das nicht.</p>
<h2>Pentagon: Großteil schon im Kampfgebiet</h2>
<p>Die US-Regierung hatte am Montag ihre Schätzung erhöht. Nordkorea habe [[rund 10.000]] \
Soldaten nach Russland verlegt, sagte Pentagon-Sprecherin Sabrina Singh. Davon seien \
[[etwa 8.000]] bereits im Gebiet Kursk eingetroffen. Ein Sprecher der NATO in Brüssel ging am \
Dienstag von „[[mehr als 10.000]]“ entsandten Soldaten aus.</p>
<p>Südkoreas Geheimdienst NIS rechnet damit, dass bis Jahresende noch [[einige Tausend]] \
hinzukommen. Seoul erwägt deshalb, der Ukraine erstmals Waffen zu liefern.</p>
<h2>„Plausibel, aber nicht überprüfbar“</h2>
<p>Jonas Petersen vom Institut für Sicherheitspolitik an der Kieler Universität hält die \
Angaben aus Kiew für glaubwürdig. „Pjöngjang will, dass seine Leute Kriegserfahrung sammeln“, \
sagte er der FÖRDEWELLE. Wenn Moskau darum bitte, könne Kim [[bis zu 15.000]] Mann schicken, \
schätzt Petersen.</p>
<p>Russland hat nach ukrainischen Angaben allein im Oktober mehr als 40.000 Soldaten verloren. \
Die Bundeswehr hat seit 2022 über 19.000 ukrainische Soldaten ausgebildet.</p>
</article>
<aside><h3>Das Wetter an der Förde</h3><p>Bewölkt, 9 Grad, Wind aus West mit 4 \
Beaufort.</p></aside>
</main>
<footer><p>Hörertelefon 0431 5599-20 · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a> · © 2024 FÖRDEWELLE Radio GmbH &amp; Co. KG</p></footer>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Selenskyj:': his Monday-evening figure (Monday to publication): in Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "date in the next sentence ('Das sagte er am Montagabend'): in the Kursk border area"),
        C("mehrere Dutzend", None, "vague", "casualties", "ukraine", "tue",
          "HUR spokesman 'am Dienstag' (the publication day): hit in the first clashes"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon spokeswoman, 'am Montag' from the sentence before: moved to Russia"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "'Davon' (a breakdown, no increment), Konjunktiv carries Monday: arrived in Kursk"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "tue",
          "NATO spokesman in Brussels 'am Dienstag' „…“: sent"),
        C("einige Tausend", None, "vague", "planned", "south_korea", "pub",
          "NIS 'rechnet damit' (present tense, no date): 'noch … hinzukommen' (increment)",
          add=True),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "Kiel security researcher to the station (undated): could send (a total, not more)"),
    ),
)

A03 = Source(
    article_id="a03_tirol_rundfunk_abzug_front_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-13"),
    dated_by="front_matter", crlf=True,
    features="Tyrolean broadcaster's web text in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, `-` dashes, 'Euro' spelled out), front matter with `date:` and a title without "
        "a figure; Austrian 'Jänner', 'Feber', 'heuer'; bold deck without a figure; the NIS "
        "'am Mittwoch' dated by the next sentence ('Das teilte … am Mittwoch … mit'); the "
        "January figures 'Mitte Jänner … beziffert' (days 11–20); Budanov 'Anfang Feber' (days "
        "1–10) `knapp 4.000`, carried by 'Budanow zufolge' and 'sagte er' to 'Verstärkung von "
        "bis zu 3.000' (increment, in Russia); the Seoul general staff `mehreren Tausend` "
        "'Verstärkung' (vague increment, `pub`); a Tyrolean army colonel (other, `pub`) "
        "'heuer noch zwischen 10.000 und 20.000 zusätzliche' (range increment); Russian losses, "
        "displaced Ukrainians in Tyrol, euros, age, broadcast time",
    text="""\
---
title: "Kursk: Nordkoreas Soldaten offenbar von der Front abgezogen"
date: 2025-02-13
sender: TIROLWELLE
ressort: Welt
kuerzel: red/Agenturen
---

# Kursk: Nordkoreas Soldaten offenbar von der Front abgezogen

**Seit Mitte Jänner sind keine nordkoreanischen Einheiten mehr im Kampf gesichtet worden. Ein \
Tiroler Bundesheer-Offizier rechnet trotzdem mit ihrer Rückkehr.**

Nordkoreas Soldaten sind nach südkoreanischen Erkenntnissen aus den Gefechten im russischen \
Gebiet Kursk herausgenommen worden. Betroffen seien die [[rund 11.000]] Mann, die Pjöngjang \
seit Oktober entsandt habe. Das teilte der Geheimdienst NIS am Mittwoch in Seoul mit. Seit \
Mitte Jänner hätten Aufklärer die Nordkoreaner nicht mehr in Kampfhandlungen beobachtet; als \
Grund vermutet der Dienst die hohen Verluste.

Diese hatte der NIS Mitte Jänner auf [[etwa 300]] Tote und [[2.700]] Verwundete beziffert. \
Die Regierung in Kiew hält das für untertrieben: Der Chef des ukrainischen \
Militärgeheimdienstes, Kyrylo Budanow, sagte Anfang Feber in einem Interview, [[knapp 4.000]] \
Nordkoreaner seien gefallen oder verwundet worden.

## Nachschub schon im Land

Budanow zufolge ist der Abzug nur eine Atempause. Russland lasse die Einheiten in Lagern \
hinter der Front neu ausrüsten, Verstärkung von [[bis zu 3.000]] Mann sei bereits in Russland \
eingetroffen, sagte er. Auch der südkoreanische Generalstab hält eine Rückkehr im Frühjahr \
für wahrscheinlich - womöglich mit [[mehreren Tausend]] Mann Verstärkung.

## "Die kommen wieder"

Oberst Martin Haslwanter (52) vom Militärkommando Tirol teilt diese Einschätzung. "Für \
Pjöngjang ist das ein Ausbildungsprogramm mit scharfer Munition", sagte er im Gespräch mit \
TIROLWELLE. Er hält es für möglich, dass Kim heuer noch [[zwischen 10.000 und 20.000]] \
zusätzliche Soldaten nach Russland schickt. Die nordkoreanische Armee sei mit weit über einer \
Million Mann groß genug dafür.

Russland hat seit Kriegsbeginn nach ukrainischer Zählung mehr als 840.000 Soldaten verloren. \
In Tirol sind derzeit rund 3.900 Vertriebene aus der Ukraine gemeldet, das Land hat heuer \
bereits 250.000 Euro für Hilfsprojekte freigegeben.

Mehr dazu am Abend in "Tirol um sieben" - ab 19.00 Uhr im Fernsehen und im Livestream.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS, dated by the next sentence ('Das teilte … am Mittwoch … mit'): sent, now pulled "
          "back from the front (in_russia)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Jänner … beziffert' (days 11–20): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same earlier estimate: wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "HUR chief Budanov 'Anfang Feber' in an interview: dead or wounded"),
        C("bis zu 3.000", 3000, "at_most", "in_russia", "ukraine", "2025-02-01..2025-02-10",
          "'Budanow zufolge' … 'sagte er' carries early February: 'Verstärkung' already in "
          "Russia (increment)", add=True),
        C("mehreren Tausend", None, "vague", "planned", "south_korea", "pub",
          "Seoul's general staff 'hält … für wahrscheinlich' (present, no date): 'Verstärkung' "
          "(increment)", add=True),
        C("zwischen 10.000 und 20.000", None, "range", "planned", "other", "pub",
          "Tyrolean army colonel 'im Gespräch' (undated): 'zusätzliche' (increment); 'heuer' is "
          "the event, not the claim date", add=True),
    ),
)

A04 = Source(
    article_id="a04_rhyfall_radio_eingestaendnis_ch",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="Schaffhausen regional radio's news text, windows-1252 with CRLF, dated by the line "
        "'Schaffhausen, 29. April 2025 – 12.05 Uhr' (Tuesday); Swiss conventions (`ss`, «», "
        "`4'700`, `15'000`, `10'000`, 4-digit `4700`/`3000`/`6000`); headline 'Seoul zählt' "
        "from the general staff's Monday figure (Monday to publication); KCNA 'am Montag' "
        "«Tausenden» (north_korea, vague, in combat); Gerasimov 'am Samstag' «mehrere Tausend» "
        "(russia); the general staff 'am Montag' after the figures ('Das sagte ein Sprecher am "
        "Montag'), 'darunter etwa 600' (breakdown), 'als Ersatz … nachgeschickt' (increment) and "
        "'Insgesamt seien damit' (new total); Ukraine's foreign minister 'am Montag' and 'Nach "
        "Kiewer Zählung' (carried); a Schaffhausen historian 'weitere 10'000' (increment, "
        "`pub`); Russian losses a day, francs, people with protection status S, temperature, "
        "frequency",
    text="""\
RADIO RHYFALL · Nachrichten

Schaffhausen, 29. April 2025 – 12.05 Uhr

Pjöngjang gibt Einsatz in Kursk zu – Seoul zählt [[4700]] Tote und Verletzte

Nordkorea hat erstmals offiziell eingeräumt, dass seine Soldaten für Russland kämpfen. Die \
Agentur KCNA veröffentlichte am Montag in Pjöngjang ein Schreiben der Zentralen \
Militärkommission der Arbeiterpartei. Darin ist von «[[Tausenden]]» Angehörigen der Volksarmee \
die Rede, die an der «Befreiung» des Gebiets Kursk teilgenommen hätten. Machthaber Kim Jong Un \
habe den Einsatz persönlich angeordnet, gestützt auf den Beistandspakt mit Moskau.

Russland hatte den Schritt zwei Tage zuvor gemacht. Generalstabschef Waleri Gerassimow meldete \
Präsident Wladimir Putin am Samstag, das Gebiet Kursk sei vollständig zurückerobert. Dabei \
hätten «[[mehrere Tausend]]» nordkoreanische Soldaten Seite an Seite mit den russischen Truppen \
gekämpft, sagte er in einer vom Fernsehen übertragenen Videoschalte. Eine genaue Zahl nannte \
auch er nicht.

Seoul legt Zahlen vor

Genauer wird Südkorea. Der Generalstab in Seoul schätzt die Zahl der getöteten und verletzten \
Nordkoreaner auf [[4'700]], darunter [[etwa 600]] Gefallene. Im Januar und Februar habe \
Pjöngjang zudem [[etwa 3000]] Mann als Ersatz für die Verluste nachgeschickt. Insgesamt seien \
damit [[rund 15'000]] Soldaten nach Russland verlegt worden. Das sagte ein Sprecher am Montag.

Die Ukraine sieht sich bestätigt. Man habe die Anwesenheit nordkoreanischer Truppen seit \
Monaten dokumentiert, sagte Aussenminister Andrij Sybiha am Montag. Nach Kiewer Zählung wurden \
bisher [[mehr als 6000]] Nordkoreaner getötet oder verwundet.

«Kim will Erfahrung sammeln»

Der Schaffhauser Historiker Beat Rüeger, der lange in Seoul gelebt hat, überrascht das \
Eingeständnis nicht. «Pjöngjang hat nun nichts mehr zu verbergen – und es will für seine Toten \
etwas bekommen», sagte er bei Radio Rhyfall. Er hält es für wahrscheinlich, dass bis zum \
Jahresende weitere [[10'000]] Mann folgen.

Russland verliert an der Front laut Kiew täglich über 1200 Soldaten. Die Schweiz hat seit \
Kriegsbeginn rund 5 Milliarden Franken für die Ukraine bereitgestellt; im Kanton Schaffhausen \
leben 870 Menschen mit Schutzstatus S.

Das Wetter: sonnig, bis 19 Grad. Radio Rhyfall hören Sie auf 93,6 MHz.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt': the general staff's Monday figure of the body (Monday to "
          "publication): dead and injured"),
        C("Tausenden", None, "vague", "near_front", "north_korea", "mon",
          "KCNA statement 'am Montag' «…»: took part in the fighting for Kursk"),
        C("mehrere Tausend", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'am Samstag' «…», Konjunktiv: fought alongside Russian troops"),
        C("4'700", 4700, "exact", "casualties", "south_korea", "mon",
          "Seoul's general staff, the date after the figures ('Das sagte ein Sprecher am "
          "Montag'): killed and injured"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "mon",
          "'darunter … Gefallene' (a breakdown, no increment): dead"),
        C("etwa 3000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'zudem … als Ersatz … nachgeschickt' (increment): sent in January and February",
          add=True),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "'Insgesamt seien damit' (a new total, not an increment): moved to Russia"),
        C("mehr als 6000", 6000, "at_least", "casualties", "ukraine", "mon",
          "'Nach Kiewer Zählung' right after the foreign minister's Monday statement: killed "
          "or wounded"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "Schaffhausen historian to the station (undated): 'weitere … folgen' (increment)",
          add=True),
    ),
)

A05 = Source(
    article_id="a05_juedische_wochenschau_pioniere_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-08-28"),
    dated_by="sidecar",
    sidecar=(
        "Jüdische Wochenschau",
        "https://www.juedische-wochenschau.example/welt/kim-empfaengt-minenraeumer-aus-kursk/",
        "Kim empfängt Minenräumer aus Kursk",
    ),
    features="German Jewish weekly's world page in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Thursday); `<title>` and og:title without a figure, an ad script with slot sizes, a "
        "cookie notice, navigation with a community section, footer with a subscription price "
        "and a phone number; KCTV 'am Freitag' `neun` fallen sappers (north_korea, number word) "
        "and `mehrere Hundert` returnees ('hieß es': optional, in_russia); Shoigu 'im Juni' "
        "`1.000` deminers and `5.000` builders (russia, planned); the NIS 'im April' `etwa "
        "600` dead; 'Nach Einschätzung aus Seoul' without a date (`pub`); Ukraine's military "
        "intelligence 'vergangene Woche' '25.000 bis 30.000 weitere' (range increment); a Tel "
        "Aviv analyst (other, `pub`) counting sappers and builders; Iranian drones "
        "(`mehrere Tausend` not troops) and missiles, shells, dollars",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkorea: Kim empfängt Minenräumer aus Kursk | Welt | Jüdische Wochenschau</title>
<meta property="og:title" content="Kim empfängt Minenräumer aus Kursk">
<meta name="robots" content="index,follow">
<script>window.jwsAds={slots:["sky_160x600","rect_300x250"],ressort:"welt"};</script>
</head>
<body>
<div id="hinweis-cookies"><p>Wir nutzen Cookies, um Ihnen Artikel und Gemeindenachrichten \
passend anzuzeigen, und messen anonym, wie oft unsere Seiten gelesen werden. <a \
href="/datenschutz">Mehr erfahren</a></p><button>In Ordnung</button> \
<button>Ablehnen</button></div>
<nav><a href="/">Start</a> · <a href="/politik">Politik</a> · <a href="/welt">Welt</a> · <a \
href="/israel">Israel</a> · <a href="/gemeinden">Gemeinden</a> · <a href="/kultur">Kultur</a> \
· <a href="/abo">Abo</a></nav>
<article>
<p class="rubrik">Welt</p>
<h1>Kim empfängt Minenräumer aus Kursk</h1>
<p class="unterzeile">Pjöngjang feiert seine Pioniere als Helden. In Israel verfolgt man \
genau, was Russland dem Norden im Gegenzug liefert.</p>
<p class="autor">Von Miriam Lewinsohn</p>
<p>Nordkoreas Machthaber Kim Jong Un hat in Pjöngjang eine Pioniereinheit empfangen, die in \
der russischen Region Kursk Minen geräumt hatte. Das Staatsfernsehen KCTV zeigte am Freitag, \
wie Kim die Soldaten umarmte und sich vor den Porträts toter Kameraden verneigte. Der Sender \
sprach von [[neun]] Pionieren, die bei der Räumung ums Leben gekommen seien. Insgesamt seien \
[[mehrere Hundert]] Männer der Einheit heimgekehrt, hieß es.</p>
<p>Russlands Sicherheitsratschef Sergej Schoigu hatte im Juni bei einem Besuch in Pjöngjang \
verkündet, Nordkorea werde [[1.000]] Minenräumer und [[5.000]] Militärbauarbeiter nach Kursk \
schicken, um die vom Krieg zerstörte Region wieder aufzubauen. Ob sie inzwischen dort sind, \
ist unklar.</p>
<h2>Seoul hält die Verluste für viel höher</h2>
<p>Die Toten, die Pjöngjang zugibt, sind nur ein Bruchteil der tatsächlichen Verluste. \
Südkoreas Nachrichtendienst NIS hatte schon im April von [[etwa 600]] gefallenen Nordkoreanern \
gesprochen. Nach Einschätzung aus Seoul stehen noch immer [[rund 10.000]] Soldaten aus dem \
Norden im Grenzgebiet. Die ukrainische Militäraufklärung wiederum warnte vergangene Woche, Kim \
könne bis Jahresende [[25.000 bis 30.000]] weitere Männer entsenden.</p>
<h2>Granaten, Raketen, Know-how</h2>
<p>In Jerusalem beobachtet man die Achse Moskau–Pjöngjang auch wegen Teheran. „Was Kim heute \
von den Russen an Technik bekommt, kann morgen im Iran landen“, sagt der Ostasienexperte Alon \
Ben-Ami vom Institut für Nationale Sicherheitsstudien in Tel Aviv. Er schätzt, dass mit \
Pionieren und Bautrupps inzwischen [[mehr als 20.000]] Nordkoreaner im russischen \
Kriegseinsatz sind.</p>
<p>Iran hat Russland nach westlichen Angaben mehrere Tausend Schahed-Drohnen geliefert; im \
Krieg im Juni feuerte Teheran mehr als 550 ballistische Raketen auf Israel ab. Nordkorea \
wiederum hat seit 2023 Millionen Artilleriegranaten an Russland verkauft, im Wert von bis zu \
20 Milliarden Dollar, wie Forscher in Seoul schätzen.</p>
</article>
<footer><p>© Jüdische Wochenschau 2025 · Abo ab 6,50 € pro Woche · Leserservice 030 2888 \
4410 · <a href="/impressum">Impressum</a></p></footer>
</body>
</html>
""",
    claims=(
        C("neun", 9, "exact", "casualties", "north_korea", "fri",
          "North Korean state TV 'am Freitag' (the broadcaster's words, Konjunktiv): sappers "
          "killed clearing mines (number word)"),
        C("mehrere Hundert", None, "vague", "in_russia", "north_korea", "fri",
          "returnees of the unit, 'hieß es' (state TV): optional, as returnees before",
          opt=True),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni' in Pyongyang: will send deminers"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders (a second contingent, not an increment)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the NIS 'im April': dead"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "pub",
          "'Nach Einschätzung aus Seoul' without a date: in the border area"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "lastweek",
          "Ukraine's military intelligence 'vergangene Woche': could send 'weitere' "
          "(increment)", add=True),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "Tel Aviv analyst, present tense 'Er schätzt': sappers and builders included"),
    ),
)

A06 = Source(
    article_id="a06_leipzig_unizeitung_podium_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=("Paulinum-Post", "", "Leipziger Koreanistin rechnet mit mindestens 3.000 Toten"),
    features="Leipzig university newspaper in Markdown, front matter without a date (sidecar "
        "without url, Wednesday) but with a reading time and a front-matter `title:` figure "
        "(optional); italic deck; a panel 'am Montagabend' dates the speakers' paraphrase "
        "(Monday to publication); a Koreanist relaying NIS figures in Konjunktiv with the "
        "source's date after them ('hatte der Dienst im September öffentlich gemacht': "
        "south_korea, September) and her own `mindestens 3.000` (other); the NIS 'Anfang "
        "November' (days 1–10) with 'Zusätzlich verlege … etwa 5.000' (increment) and 'hieß es "
        "damals'; a Ukrainian law student from Sumy „Tausende“ (other); a retired Bundeswehr "
        "officer 'noch einmal 10.000' (increment); the paper's own count `zwischen 10.000 und "
        "15.000` (unattributed, required); audience, lecture hall, ordinal, students, ages, "
        "years of service, Russian losses, next date",
    text="""\
---
title: "Leipziger Koreanistin rechnet mit [[mindestens 3.000]] Toten"
rubrik: Wissenschaft
autorin: Paula Wendisch
lesezeit: 4 Minuten
tags: [Nordkorea, Ukraine, Ostasiatisches Institut]
---

# Leipziger Koreanistin rechnet mit [[mindestens 3.000]] Toten

*Gut ein Jahr nach der Entsendung nordkoreanischer Soldaten nach Russland diskutierte das \
Ostasiatische Institut über Kims Krieg. Der Hörsaal war voll.*

Rund 120 Menschen drängten sich am Montagabend im Hörsaal 9 am Augustusplatz, einige saßen auf \
den Stufen. Eingeladen hatte das Ostasiatische Institut zur fünften Ausgabe seiner Reihe „Korea \
heute“. Die Frage des Abends: Was hat Nordkoreas Einsatz im russischen Gebiet Kursk verändert?

Prof. Hanna Oelschläger, die am Institut Koreanistik lehrt, begann mit den Zahlen, die es gibt. \
Südkoreas Geheimdienst NIS gehe davon aus, dass Pjöngjang [[etwa 15.000]] Soldaten nach \
Russland geschickt habe und [[rund 2.000]] von ihnen gefallen seien; diese Einschätzung hatte \
der Dienst im September öffentlich gemacht. Sie selbst halte das für zu niedrig: „Ich würde \
von [[mindestens 3.000]] Toten ausgehen, wenn man die Verwundeten mitzählt, die später \
gestorben sind.“

Anfang November hatte der NIS Abgeordneten in Seoul berichtet, dass weiterhin \
[[rund 10.000]] Nordkoreaner an der russisch-ukrainischen Grenze stationiert seien. Zusätzlich \
verlege Pjöngjang derzeit [[etwa 5.000]] Militärbauarbeiter nach Russland, hieß es damals.

Olena Krawez, die in Leipzig Jura studiert und aus Sumy stammt, erzählte von ihrer \
Heimatstadt. Auf der anderen Seite der Grenze stünden bis heute „[[Tausende]]“ Nordkoreaner, \
sagte sie; ihre Eltern hörten nachts die Drohnen. Seit 2022 haben sich an der Universität \
Leipzig mehr als 400 Studierende aus der Ukraine eingeschrieben.

Oberstleutnant a. D. Rüdiger Bahr (63), der 38 Jahre in der Bundeswehr gedient hat, blickte \
nach vorn. Für Kim sei der Krieg ein Geschäft: Devisen, Öl, Raketentechnik. Er rechne damit, \
dass Nordkorea im kommenden Jahr noch einmal [[10.000]] Mann nach Russland schickt, „wenn \
Moskau zahlt“.

Zum Vergleich: Nach einer Zählung dieser Redaktion haben Regierungen und Geheimdienste seit \
Oktober 2024 für die Gesamtzahl der entsandten Soldaten Werte \
[[zwischen 10.000 und 15.000]] genannt. Russland hat in derselben Zeit nach britischen \
Schätzungen mehr als 400.000 Mann verloren.

Die nächste Veranstaltung der Reihe findet am 8. Dezember statt, der Eintritt ist frei.
""",
    claims=(
        C("mindestens 3.000", 3000, "at_least", "casualties", "other", "mon..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("mindestens 3.000", 3000, "at_least", "casualties", "other", "mon..pub",
          "headline: the Koreanist's own estimate at Monday's panel (Monday to publication)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "NIS figure relayed by the Koreanist in Konjunktiv, the source's date after it ('im "
          "September öffentlich gemacht'): sent"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "same NIS assessment: 'von ihnen gefallen' (a breakdown)"),
        C("mindestens 3.000", 3000, "at_least", "casualties", "other", "mon..pub",
          "the Koreanist's own figure in quotes at the Monday panel (event to publication)"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "NIS to lawmakers 'Anfang November' (days 1–10): stationed at the border"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "'Zusätzlich verlege …', 'hieß es damals' (increment): being moved to Russia",
          add=True),
        C("Tausende", None, "vague", "near_front", "other", "mon..pub",
          "Ukrainian law student at the panel „…“: across the border from Sumy"),
        C("10.000", 10000, "exact", "planned", "other", "mon..pub",
          "retired Bundeswehr officer at the panel, Konjunktiv: 'noch einmal' (increment)",
          add=True),
        C("zwischen 10.000 und 15.000", None, "range", "in_russia", "unattributed", "pub",
          "'Nach einer Zählung dieser Redaktion' (the paper's own tally: required)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Nepal, Isle of Man, US, Georgia, Hong Kong, Ethiopia)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="e07_nepal_business_daily_toll_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-09-05"),
    dated_by="html_meta",
    features="Nepali business daily in HTML (`article:published_time` with +05:45, a top bar "
        "with the date, the Nepali date and a share index, an ad script with slot sizes, a "
        "consent strip, entities `&ldquo;`, `&middot;`, `&#9650;`); `<title>` figure "
        "(optional); headline 'Seoul says' from the NIS briefing 'on Thursday' (Thursday to "
        "publication); 'according to lawmakers who attended … on Thursday'; 'It told the "
        "committee' (carried) `around 6,000` 'on top of them' (increment); a State Department "
        "spokesperson 'last month' “thousands of casualties”; Zelensky 'on Tuesday' in quotes; "
        "a retired Nepali colonel 'closer to 3,000' (approx, other, `pub`); Nepalis killed and "
        "missing in the Russian army, remittances in rupees, per cent, exchange rate, company "
        "registration number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North Korea has lost [[about 2,000]] soldiers in Russia, Seoul says | Arthik Today</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-09-05T07:30:00+05:45">
<meta property="article:section" content="World Business">
<script>var atAds={unit:"world_mid",sizes:"300x250,728x90",pageId:51207};</script>
</head>
<body>
<div class="topbar">Friday, 5 September 2025 | Bhadra 20, 2082 | NEPSE 2,684.31 &#9650; \
0.42%</div>
<div class="consent">We use cookies to keep you signed in and to count our readers. By \
continuing you accept our <a href="/privacy">privacy terms</a>. <button>OK</button></div>
<nav><a href="/">Home</a> <a href="/economy">Economy</a> <a href="/markets">Markets</a> <a \
href="/banking">Banking</a> <a href="/world">World</a> <a href="/epaper">E-paper</a></nav>
<article>
<h1>North Korea has lost [[about 2,000]] soldiers in Russia, Seoul says</h1>
<p class="strap">As Pyongyang's toll mounts, Kathmandu tallies the cost of its own citizens' \
service in the Russian army</p>
<p class="byline">Arthik Today Desk &middot; Kathmandu</p>
<p>South Korea's spy agency believes [[roughly 2,000]] North Korean soldiers have died \
fighting for Russia, according to lawmakers who attended a closed-door session of \
parliament's intelligence committee in Seoul on Thursday.</p>
<p>The National Intelligence Service estimates that Pyongyang has sent [[roughly 13,000]] \
troops since last October. It told the committee that the North was now preparing \
[[around 6,000]] engineers and construction troops to go on top of them, the lawmakers \
said.</p>
<p>Washington has also acknowledged heavy losses. A State Department spokesperson said last \
month that North Korean units had suffered &ldquo;[[thousands]] of casualties&rdquo; in the \
Kursk region. Ukrainian President Volodymyr Zelensky, in his nightly address on Tuesday, said \
&ldquo;[[about 11,000]] of them&rdquo; were still stationed there.</p>
<h2>Nepal's own count</h2>
<p>For Nepal, the war has a price of its own. At least 49 Nepali nationals have been killed \
while serving in the Russian army and 12 remain missing, the Ministry of Foreign Affairs said \
last week. Kathmandu has barred its citizens from taking jobs in Russia and Ukraine since \
January 2024.</p>
<p>Remittances from Russia are small next to inflows from the Gulf and Malaysia, but they \
have grown fast. Nepal Rastra Bank data show Rs 1.53 trillion in total remittances in the \
last fiscal year, up 16.3 percent.</p>
<p>Ram Prasad Adhikari, a retired Nepali Army colonel who now advises manpower agencies, \
doubts Seoul's figure. &ldquo;If you count the badly wounded who died later, the real number \
is [[closer to 3,000]],&rdquo; he said.</p>
<p>The rupee closed at 139.62 to the US dollar on Thursday.</p>
</article>
<footer>&copy; 2025 Arthik Media Pvt. Ltd. &middot; Company Reg. No. 114872/070/071 \
&middot; <a href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul says': the NIS figure of the lead (Thursday to publication): dead"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'spy agency believes', 'according to lawmakers who attended … on Thursday': died"),
        C("roughly 13,000", 13000, "approx", "in_russia", "south_korea", "thu",
          "'The National Intelligence Service estimates' in the same briefing: sent"),
        C("around 6,000", 6000, "approx", "planned", "south_korea", "thu",
          "'It told the committee' … 'to go on top of them' (increment): being prepared",
          add=True),
        C("thousands", None, "vague", "casualties", "united_states", "2025-08-01..2025-08-31",
          "State Department spokesperson 'last month' “… of casualties”"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "tue",
          "Zelensky's nightly address 'on Tuesday' in quotes: still in Kursk"),
        C("closer to 3,000", 3000, "approx", "casualties", "other", "pub",
          "retired Nepali Army colonel, 'he said' without a date: the real death toll"),
    ),
)

E08 = Source(
    article_id="e08_manx_radio_first_losses_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-12-20"),
    dated_by="front_matter", crlf=True,
    features="Manx radio site in Markdown, windows-1252 with CRLF (typographic quotes and "
        "apostrophes, `£`), front matter with `date:` (ISO timestamp +00:00, Friday) and a "
        "title without a figure; italic 'Also:' line; lead with an MP briefed by the NIS 'on "
        "Thursday' (two figures), 'The agency believes … he said' (carried); Kirby 'on "
        "Wednesday' “a few hundred”; HUR 'at the weekend' (Saturday–Sunday) `at least 30`; "
        "Zelensky 'in his address on Tuesday' “tens of thousands” more (vague increment); the "
        "UK defence ministry's update 'on Wednesday' `up to 12,000` (third government: other); "
        "island sanctions ('a further £1.2 million', seven entities), a phone number, "
        "temperature",
    text="""\
---
title: "North Korea suffers first heavy losses in Kursk, Seoul says"
date: 2024-12-20T07:45:00+00:00
station: Ellan Radio
category: World
tags: [North Korea, Russia, Ukraine, sanctions]
---

# North Korea suffers first heavy losses in Kursk, Seoul says

*Also: Customs and Excise freezes more Russian-linked assets on the Island*

[[Roughly 100]] soldiers from North Korea are believed to have died, and [[close to 1,000]] \
to have been wounded, in fighting in Russia’s Kursk region, according to a South Korean MP \
briefed by the National Intelligence Service on Thursday.

Lee Seong-kweun, a member of the parliament’s intelligence committee, told reporters the \
troops had been thrown into the front line with little support. The agency believes the North \
has sent [[around 11,000]] troops in all, he said, and is preparing to deploy more.

In Washington, White House national security spokesman John Kirby told reporters on Wednesday \
that the North Koreans had suffered “[[a few hundred]]” casualties. “They are not trained for \
this kind of war,” he said.

Ukraine’s military intelligence agency said at the weekend that its drones and artillery had \
hit [[at least 30]] North Korean soldiers near the villages of Plekhovo and Vorozhba. \
President Zelensky warned in his address on Tuesday that Pyongyang could yet send \
“[[tens of thousands]]” more.

Britain’s Ministry of Defence, in an intelligence update on Wednesday, estimated that \
[[up to 12,000]] North Korean troops were now in the Kursk region.

## Island sanctions

Closer to home, the Customs and Excise Division says it has frozen a further £1.2 million in \
assets linked to seven Russian entities since the summer. The Isle of Man applies UK sanctions \
on both Russia and North Korea automatically.

A spokesperson said anyone with information about a possible breach should call 01624 648200. \
Tynwald will debate the annual sanctions report at its January sitting.

Weather: blustery showers, highs of 8C.
""",
    claims=(
        C("Roughly 100", 100, "approx", "casualties", "south_korea", "thu",
          "lead, 'according to a South Korean MP briefed by the National Intelligence Service on "
          "Thursday' at the end of the sentence: killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'The agency believes … he said' (the MP relaying the NIS): sent in all"),
        C("a few hundred", None, "vague", "casualties", "united_states", "wed",
          "Kirby 'on Wednesday' “…” casualties"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'at the weekend' (Saturday–Sunday before the Friday): hit (killed or wounded)"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "tue",
          "Zelensky 'in his address on Tuesday' “…” more (increment)", add=True),
        C("up to 12,000", 12000, "at_most", "near_front", "other", "wed",
          "UK defence ministry update 'on Wednesday' (a third government: other): in Kursk"),
    ),
)

E09 = Source(
    article_id="e09_virginia_tidewater_senate_hearing",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-04-11"),
    dated_by="sidecar",
    sidecar=(
        "The Tidewater Ledger",
        "https://www.tidewaterledger.example/military/2025/04/11/north-korea-14000-troops-russia-"
        "senate-hearing/",
        "U.S. general tells Senate North Korea has sent 14,000 troops to Russia",
    ),
    features="Virginia military-town paper as plain text in UTF-16 LE with BOM (sidecar, "
        "Friday), two-line deck, byline and dateline 'NORFOLK —'; headline 'tells Senate' from "
        "the Thursday testimony (Thursday to publication); the commander named only in the "
        "second paragraph ('Gen. Marcus Whitfield told senators'), `About 4,000` 'of those' "
        "(breakdown) and 'another 3,000' (increment, span without the word); HUR 'last week' "
        "`up to 2,000` back at the front; the NIS 'in late February' `between 1,000 and 3,000` "
        "new soldiers (range increment, days 21–28); an Old Dominion University lecturer "
        "(other, `pub`) “tens of thousands” more; US troops in Korea, 'thousands of service "
        "members' (not North Koreans), ships and aircraft, a veteran's age and years, dollars "
        "('$1.9 billion more': not troops)",
    text="""\
U.S. general tells Senate North Korea has sent [[14,000]] troops to Russia

Commander of U.S. Forces Korea, who once led a brigade at Fort Eustis, says Pyongyang's \
soldiers are learning modern war

By Dana Whitlock
Staff writer

NORFOLK — North Korea has now cycled [[roughly 14,000]] soldiers through Russia's war against \
Ukraine, the commander of U.S. Forces Korea told the Senate Armed Services Committee on \
Thursday, and the ones who survive are bringing home lessons the U.S. military cannot ignore.

[[About 4,000]] of those troops have been killed or wounded, Gen. Marcus Whitfield told \
senators. He said the North had shipped another [[3,000]] to Russia in January and February \
to replace the losses.

Whitfield, who commanded a transportation brigade at Fort Eustis in Newport News a decade ago, \
said Pyongyang's forces had adapted quickly. "They came in with tactics from the 1950s," he \
said. "Now they fly drones, and they are taking what they learn back home."

Ukraine's military intelligence directorate said last week that [[up to 2,000]] North Korean \
troops were back in frontline positions in the Kursk region after a lull in February. South \
Korea's National Intelligence Service reported in late February that the North had sent \
[[between 1,000 and 3,000]] new soldiers to make up for its dead and wounded.

In Hampton Roads, the hearing was watched closely. The region is home to Naval Station \
Norfolk, the world's largest naval base with 75 ships and 134 aircraft, and to thousands of \
service members who have done tours in South Korea, where about 28,500 U.S. troops are \
stationed.

"Pyongyang is getting paid in cash, oil and technology, and it is getting combat experience \
nobody else in Asia has," said Lena Soh, who teaches international studies at Old Dominion \
University. She would not be surprised, she said, if Kim sent "[[tens of thousands]]" more \
before the year is out.

At the Korean War memorial in Town Point Park, Earl Pittman, 94, of Chesapeake, laid flowers \
on Thursday, as he does every April. He was 19 when he shipped out in 1950. "We fought those \
people," he said. "Now they're fighting in Europe."

The committee also heard that the Army wants $1.9 billion more for new barracks at Camp \
Humphreys, the largest U.S. base overseas.
""",
    claims=(
        C("14,000", 14000, "exact", "in_russia", "united_states", "thu..pub",
          "headline 'tells Senate': the commander's Thursday testimony (Thursday to "
          "publication): sent"),
        C("roughly 14,000", 14000, "approx", "in_russia", "united_states", "thu",
          "commander of US Forces Korea to the Senate committee 'on Thursday': cycled through "
          "Russia"),
        C("About 4,000", 4000, "approx", "casualties", "united_states", "thu",
          "'of those troops' (a breakdown), 'Gen. Marcus Whitfield told senators': killed or "
          "wounded"),
        C("3,000", 3000, "exact", "in_russia", "united_states", "thu",
          "'He said … another' (increment, span without the word): shipped in January and "
          "February", add=True),
        C("up to 2,000", 2000, "at_most", "near_front", "ukraine", "lastweek",
          "HUR 'last week': back in frontline positions"),
        C("between 1,000 and 3,000", None, "range", "in_russia", "south_korea",
          "2025-02-21..2025-02-28",
          "the NIS 'in late February' (days 21–28): new soldiers to make up for losses "
          "(increment)", add=True),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Old Dominion University lecturer (undated): “…” more (increment)", add=True),
    ),
)

E10 = Source(
    article_id="e10_tbilisi_dispatch_shoigu_builders_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-06-18"),
    dated_by="html_meta",
    features="Tbilisi English-language outlet in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities `&ldquo;`, `&rdquo;`, `&mdash;`; `·` raw), `article:published_time` with "
        "+04:00, NewsArticle JSON-LD, a GDPR notice, navigation, footer with address and phone; "
        "`<title>` figure (optional); headline 'Shoigu:' `6,000` (the sum: planned, not an "
        "increment) from his Tuesday announcement (Tuesday to publication); Shoigu 'announced "
        "… on Tuesday' `1,000` and `5,000` (russia); the NIS via 'According to' without a date "
        "(`pub`) with "
        "`about 4,700` 'of whom' (breakdown); HUR 'earlier this month'; Rutte 'on Monday' "
        "“well over 10,000” (nato); Ukraine's foreign ministry on Russian soldiers freed up "
        "(`at least 10,000`: not a claim); a Tbilisi analyst (other, `pub`); Russian troops in "
        "occupied Georgia, per cent of territory, Georgian volunteers killed",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Shoigu: Kim will send [[6,000]] deminers and builders to rebuild Kursk - Tbilisi \
Dispatch</title>
<meta name="description" content="Russia's Security Council chief announced the deal after \
talks with Kim Jong Un.">
<meta property="article:published_time" content="2025-06-18T11:20:00+04:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
"datePublished":"2025-06-18T11:20:00+04:00","publisher":{"@type":"Organization","name":"Tbilisi \
Dispatch"}}</script>
</head>
<body>
<div class="gdpr">This site uses cookies for analytics and advertising. Read our <a \
href="/cookies">cookie policy</a> or <a href="#" class="close">close this notice</a>.</div>
<nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/region">Region</a> | \
<a href="/world">World</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a>\
</nav>
<article>
<h1>Shoigu: Kim will send [[6,000]] deminers and builders to rebuild Kursk</h1>
<p class="dek">The announcement shows how far Moscow's ties with Pyongyang have grown &mdash; \
and worries Georgians who fought alongside Ukraine.</p>
<p>Russia's top security official, Sergei Shoigu, announced in Pyongyang on Tuesday that the \
North would send [[1,000]] mine-clearing specialists and [[5,000]] military construction \
workers to the Kursk region. He spoke after talks with Kim Jong Un, his third trip to the \
North Korean capital in as many months.</p>
<p>The builders would help restore infrastructure wrecked during the Ukrainian incursion, \
Shoigu said, calling the decision &ldquo;brotherly help&rdquo;.</p>
<p>They will join the combat troops the North has already sent. According to Seoul's National \
Intelligence Service, Pyongyang has dispatched [[roughly 15,000]] soldiers, [[about 4,700]] of \
whom were killed or wounded by the end of April. Ukraine's military intelligence agency said \
earlier this month that [[about 11,000]] North Korean troops remained in the Kursk region.</p>
<p>NATO Secretary General Mark Rutte, speaking in The Hague on Monday ahead of next week's \
summit, said North Korea had given Russia &ldquo;[[well over 10,000]] soldiers&rdquo; as well \
as millions of artillery shells.</p>
<p>Kyiv reacted within hours. Foreign ministry spokesman Heorhii Tykhyi said the builders \
would free up &ldquo;at least 10,000 Russian soldiers for the front&rdquo;.</p>
<h2>A familiar pattern</h2>
<p>In Tbilisi the news landed in a country where Russia still keeps an estimated 4,000 troops \
at its bases in occupied Abkhazia and Tskhinvali region, about 20 percent of Georgia's \
territory. At least 60 Georgian volunteers have been killed fighting for Ukraine since \
2022.</p>
<p>Giorgi Kvaratskhelia, a security analyst at the Caucasus Institute for Strategic Dialogue, \
estimates that, counting rotations, [[more than 18,000]] North Koreans have passed through \
Russia since last autumn. &ldquo;Kim is learning how Russia fights. That should worry us as \
much as anyone,&rdquo; he told the Dispatch. The Georgian government did not comment.</p>
</article>
<footer>&copy; 2025 Tbilisi Dispatch LLC · 14 Kostava St., Tbilisi 0108 · Tel. +995 32 247 \
1903</footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Shoigu:': the sum of his two Tuesday figures (a planned total, not an "
          "increment), Tuesday to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'announced in Pyongyang on Tuesday' … 'would send': mine-clearing specialists"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military construction workers"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'According to Seoul's National Intelligence Service' without a date: dispatched"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "pub",
          "'of whom' (a breakdown), same source: killed or wounded ('by the end of April' is "
          "the event)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-06-01..pub",
          "HUR 'earlier this month' (the 1st to publication): remained in Kursk"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "mon",
          "Rutte in The Hague 'on Monday' “…”: given to Russia"),
        C("more than 18,000", 18000, "at_least", "in_russia", "other", "pub",
          "Tbilisi analyst 'estimates' (present, undated): passed through Russia"),
    ),
)

E11 = Source(
    article_id="e11_hongkong_business_parade_stocks_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-10-13"),
    dated_by="sidecar",
    sidecar=(
        "Hong Kong Commerce Daily",
        "https://www.hkcommercedaily.example/markets/geopolitics/article/3318820/kim-parades-"
        "kursk-veterans",
        "Kim parades Kursk veterans as Seoul counts 2,000 dead",
    ),
    features="Hong Kong business paper in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar, Monday) with section, author and tags and a `title:` figure (optional); "
        "headline 'as Seoul counts' `2,000` from the NIS's September briefing (September to "
        "publication); bold standfirst without a figure; state media on the parade's Kursk "
        "veterans (returnees: optional, Friday to publication); 'weeks after … estimated' and 'In "
        "the same September briefing' (September); HUR 'on Saturday' 'a further 5,000 to "
        "6,000' (range increment); a State Department spokesperson 'Asked by this newspaper' "
        "(undated: `pub`); the paper's own reckoning `roughly 20,000` (unattributed, required); "
        "a brokerage strategist 'expects … to keep' `at least 10,000` (other, planned); share "
        "moves in per cent, index points, trade share and dollars, anniversary",
    text="""\
---
title: "Kim parades Kursk veterans as Seoul counts [[2,000]] dead"
section: Markets / Geopolitics
author: Vivian Tsang
tags: [North Korea, China, defence stocks]
---

# Kim parades Kursk veterans as Seoul counts [[2,000]] dead

**Defence shares in Seoul rose on Monday after Pyongyang used its biggest parade in years to \
show off troops who fought for Russia — with China's premier looking on.**

North Korea's military parade on Friday night, marking 80 years of the ruling Workers' Party, \
gave a place of honour to soldiers who fought in Russia's Kursk region. State media said \
[[several hundred]] veterans of the "overseas operation" marched past Kim Jong Un and Chinese \
Premier Li Qiang in Kim Il Sung Square.

The display came weeks after South Korea's National Intelligence Service estimated that \
[[around 2,000]] North Korean soldiers had died in the war. In the same September briefing, \
the agency said [[some 10,000]] remained posted on the Russian side of the Ukrainian \
border.

Kyiv says more are on the way. Ukraine's military intelligence agency said on Saturday that \
Pyongyang was readying a further [[5,000 to 6,000]] troops for deployment, mostly engineers. \
Asked by this newspaper, a US State Department spokesperson said Washington believed the \
North had sent "[[more than 14,000]]" military personnel to Russia in total.

On our own reckoning, which adds up the rotations Seoul and Kyiv have reported since October \
2024, the total comes to [[roughly 20,000]].

## Defence stocks rally

Hanwha Aerospace rose 4.2 per cent in Seoul and LIG Nex1 added 3.1 per cent, while the Kospi \
closed 1.1 per cent higher. In Hong Kong, the Hang Seng Index ended Friday 1.7 per cent lower \
at 25,890.49, its weakest close in three weeks, as US-China trade tensions flared again.

Li's presence was read in markets as a sign that Beijing has made its peace with the \
alliance between Moscow and Pyongyang. Roughly 95 per cent of the North's \
recorded trade is with China, worth some US$2.2 billion last year.

"The parade was a message to Washington as much as to Kyiv," said Ryan Ko, chief Asia \
strategist at Kowloon-based Pacific Rim Securities. He expects Pyongyang to keep \
"[[at least 10,000]]" troops in Russia well into next year, which "keeps the Korea risk \
premium alive".
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'as Seoul counts': the NIS's September figure of the body (September to "
          "publication): dead"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri..pub",
          "state media on the Friday parade's Kursk veterans (returnees: optional)", opt=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'weeks after … estimated', dated by 'In the same September briefing': died"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-30",
          "'In the same September briefing, the agency said': posted at the border"),
        C("5,000 to 6,000", None, "range", "planned", "ukraine", "sat",
          "HUR 'on Saturday': 'a further' (increment, span without the words): readied for "
          "deployment", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "pub",
          "State Department spokesperson 'Asked by this newspaper' (undated): sent in total"),
        C("roughly 20,000", 20000, "approx", "in_russia", "unattributed", "pub",
          "'On our own reckoning' (the paper's own tally: required): a new total"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "brokerage strategist 'expects Pyongyang to keep' (an expected total, not an "
          "increment)"),
    ),
)

E12 = Source(
    article_id="e12_addis_horizon_border_kagnew",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Addis Horizon", "",
        "Seoul says 10,000 North Korean troops remain on Russia's border with Ukraine",
    ),
    features="Ethiopian news site as plain text with CRLF (sidecar without url, Thursday), "
        "section line, deck and dateline 'ADDIS ABABA –'; headline 'Seoul says' from the "
        "Tuesday briefing (Tuesday to publication); the NIS via members of parliament's "
        "intelligence committee 'after a closed briefing on Tuesday', carried by 'The National "
        "Intelligence Service also said' and 'Its count of … dead now stands at'; KCNA 'in late "
        "October' “hundreds of heroes” (north_korea, days 21–31); Ukraine's foreign minister at "
        "the African Union 'on October 23' `more than 15,000`; an Addis Ababa University "
        "lecturer 'No more than 3,000' (at_most, other, `pub`); the Kagnew Battalion in the "
        "Korean War (6,037 soldiers, 121 killed, 536 wounded: not claims), Ethiopians recruited "
        "by Russia, birr, phone number",
    text="""\
Addis Horizon | World

Seoul says [[10,000]] North Korean troops remain on Russia's border with Ukraine

As Africans recruited by Moscow die in the same war, Ethiopia's Korean War veterans watch the \
North's deployment with dismay

ADDIS ABABA – South Korea's intelligence service believes [[some 10,000]] North Korean \
soldiers are still stationed along the Russia–Ukraine border more than a year after Pyongyang \
first sent troops to help Moscow, members of parliament's intelligence committee said after a \
closed briefing on Tuesday.

The National Intelligence Service also said [[5,000]] military construction troops were being \
moved to Russia, where they are expected to rebuild roads and bridges. Its count of North \
Korean dead now stands at [[around 2,000]].

Pyongyang has begun to honour its losses openly. The state news agency KCNA reported in late \
October that Kim Jong Un had opened a memorial hall whose walls bear the names of \
"[[hundreds]] of heroes" who fell in Kursk.

Ukraine has been making its case in Africa. During a visit to the African Union headquarters \
on October 23, Ukrainian Foreign Minister Andrii Sybiha said [[more than 15,000]] North \
Koreans had been "thrown into Russia's war".

For Ethiopia the story has a particular echo. Between 1951 and 1954 Emperor Haile Selassie \
sent 6,037 soldiers of the Kagnew Battalion to fight in Korea; 121 of them were killed and \
536 wounded. Some of the last surviving veterans, now in their nineties, live in the Korea \
Village near Shiro Meda.

Closer to home, the Ministry of Foreign Affairs said this month it was trying to trace at \
least 27 Ethiopians believed to have been recruited into the Russian army after being \
promised factory jobs, some for as little as 150,000 birr.

Meron Tadesse, who teaches international relations at Addis Ababa University, cautioned \
against reading too much into the totals. "Most of these men dig trenches and clear mines. \
[[No more than 3,000]] are actually fighting at any one time," she said.

Addis Horizon · Bole Sub-City, Addis Ababa · +251 11 662 4410
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS figure of the lead (Tuesday to publication): at the "
          "border"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "intelligence service, committee members 'after a closed briefing on Tuesday' at the "
          "end of the sentence: stationed along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "'The National Intelligence Service also said' (carried Tuesday): being moved to "
          "Russia"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Its count of … dead now stands at' (carried)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "KCNA 'in late October' (days 21–31): names of the fallen on a memorial"),
        C("more than 15,000", 15000, "at_least", "in_russia", "ukraine", "2025-10-23",
          "Ukraine's foreign minister at the African Union 'on October 23': thrown into the war"),
        C("No more than 3,000", 3000, "at_most", "near_front", "other", "pub",
          "Addis Ababa University lecturer, 'she said' without a date: actually fighting"),
    ),
)

SOURCES: tuple[Source, ...] = (
    A01, A02, A03, A04, A05, A06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
