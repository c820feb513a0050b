"""Build the HUNDREDTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-second corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: the staff paper
of a Baltic ferry line in Sassnitz-Mukran with a Lithuanian second officer, a works council's
news sheet at a Dillingen (Saar) plate mill with a former Azovstal roller from Mariupol, an
Eisenerz (Styria) town bulletin (Austrian conventions) with a mining engineer from Kryvyi Rih, a
Rheinfelden (Aargau) paper (Swiss conventions) with a chemist whose father fled the North, the
newsletter of a Korean association of former miners in Bottrop, a Tuttlingen web paper with a
surgical-instrument dealer from Daegu; a Holyhead (Anglesey) weekly with a Korean-born
saltmaker, an Iqaluit (Nunavut) news site with a hospital doctor, a Twillingate (Newfoundland)
paper with a Ukrainian crab-plant worker, a Cayman Islands site with a Korean dive instructor,
an Invercargill (Southland) weekly with a former Orion crewman who flew sanctions patrols, and
a Montserrat diaspora page with a British Army sergeant who trains Ukrainian recruits. Same file
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
BASE_NAME = "_blind100_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w100_01_bordfunk_mukran_zweiter_offizier_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-25"),
    dated_by="html_meta",
    features="the staff paper of a Baltic ferry line (intranet page) in Sassnitz-Mukran in HTML, "
        "UTF-8 (`article:published_time` +02:00, Friday), a cookie strip in ship's words, an "
        "intranet script, navigation, a footer with an address; `<title>` without a figure; "
        "headline 'Seoul:' from the lawmakers' Wednesday figure (Wednesday to publication); "
        "'teilten Abgeordnete … am Mittwoch … mit' after the figure, Konjunktiv over three "
        "sentences (`etwa 10.000` by December: planned; `einige hundert` near the border); "
        "'Noch am 18. Oktober hatte der Dienst' (an explicit earlier date); the White House "
        "'am Mittwoch' `mindestens 3.000`; the HUR chief 'in einem am Dienstag ausgestrahlten "
        "Interview' `knapp 11.000`; Putin without a figure; a Lithuanian second officer who "
        "'geht davon aus' `15.000 bis 20.000` (other, range, `pub`); sea miles, his age, "
        "sailings, trailers, passengers, crew, a meeting date, an extension number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Bordfunk: Ein Zweiter Offizier aus Klaipėda schaut nach Osten</title>
<meta property="article:published_time" content="2024-10-25T07:15:00+02:00">
<meta property="og:site_name" content="Bordfunk – Mitarbeiterzeitung der Baltic Link Fährlinien">
<script>window.bordfunk={ressort:"an-bord",hafen:"Mukran",sso:true};</script>
</head>
<body>
<div class="cookie-leiste">Bevor Sie an Bord gehen: Ein paar Cookies halten Ihren Dienstplan \
geladen, bis die Wache vorbei ist. <button>Leinen los</button> <button>Nur das \
Nötigste</button></div>
<nav><a href="/">Brücke</a> | <a href="/flotte">Flotte</a> | <a href="/hafen">Hafen Mukran</a> | \
<a href="/crew">Crew</a> | <a href="/aussenwelt">Außenwelt</a></nav>
<main>
<p class="rubrik">Crew &amp; Außenwelt</p>
<h1>Seoul: [[3.000]] Nordkoreaner bereits in Russland</h1>
<p class="vorspann">Südkoreas Geheimdienst verdoppelt seine Schätzung binnen einer Woche. Auf der \
„Vilnius Link“ verfolgt Zweiter Offizier Mindaugas Petrauskas die Meldungen mit eigenem Blick \
auf die Ostsee.</p>
<p>Die Zahl wächst schnell. Pjöngjang habe inzwischen [[rund 3.000]] Soldaten nach Russland \
verlegt, teilten Abgeordnete in Seoul am Mittwoch nach einer Unterrichtung durch den \
Nachrichtendienst NIS mit. Bis Dezember dürften es [[etwa 10.000]] werden. Die Männer würden in \
Lagern im russischen Fernen Osten gedrillt und mit russischen Uniformen ausgestattet; \
[[einige hundert]] seien schon in die Nähe der ukrainischen Grenze gebracht worden.</p>
<p>Noch am 18. Oktober hatte der Dienst von [[1.500]] Spezialkräften gesprochen, die auf \
russischen Schiffen von Chongjin nach Wladiwostok übergesetzt worden seien.</p>
<p>Auch das Weiße Haus hat die Verlegung inzwischen bestätigt. Sprecher John Kirby sprach am \
Mittwoch von [[mindestens 3.000]] Soldaten, die zwischen Anfang und Mitte Oktober in den Osten \
Russlands gelangt seien. Ein Einsatz gegen die Ukraine wäre nach seinen Worten „höchst \
besorgniserregend“.</p>
<p>In Kiew rechnet man mit deutlich mehr. Der Chef des Militärgeheimdienstes HUR, Kyrylo \
Budanow, sagte in einem am Dienstag ausgestrahlten Interview, insgesamt würden [[knapp \
11.000]] nordkoreanische Infanteristen in Russland ausgebildet. Die ersten Einheiten sollten \
schon am Wochenende ins Gebiet Kursk weiterziehen.</p>
<p>Moskau dementiert nicht mehr, bestätigt aber auch nichts. Präsident Wladimir Putin wich am \
Donnerstag beim Gipfel in Kasan einer Frage dazu aus: Was Russland mit Partnern vereinbare, sei \
„unsere Sache“.</p>
<h2>„Wir sehen Kaliningrad jeden Tag“</h2>
<p>Mindaugas Petrauskas, 44, fährt seit elf Jahren auf der Linie Mukran–Klaipėda. Die Route führt \
in 18 Seemeilen Abstand an der russischen Exklave vorbei. „Wenn dort Manöver laufen, haben wir \
die Kriegsschiffe auf dem Radar“, sagt er. Seine Schwester arbeitet beim litauischen \
Grenzschutz. Petrauskas geht davon aus, dass am Ende [[15.000 bis 20.000]] Nordkoreaner nach \
Russland gehen werden. „Kim hat Menschen, Putin hat Geld. Das passt leider zusammen.“</p>
<p>Die „Vilnius Link“ fährt derzeit fünfmal pro Woche, eine Überfahrt dauert rund 18 Stunden. \
An Bord ist Platz für 120 Trailer und 200 Fahrgäste. Von den 38 Besatzungsmitgliedern kommen 14 \
aus Litauen und neun aus Deutschland.</p>
<p>Termine: Betriebsversammlung im Hafen Mukran am 6. November, 14 Uhr, Halle 3. Fragen an die \
Redaktion unter Durchwahl 2218.</p>
</main>
<footer>Bordfunk · Baltic Link Fährlinien GmbH · Hafenstraße 8, 18546 Sassnitz · nur für \
Mitarbeiterinnen und Mitarbeiter</footer>
<script src="/js/bordfunk.bundle.js?v=4.1" defer></script>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the lawmakers' Wednesday figure of the lead (Wednesday to "
          "publication), the hedge dropped: in Russia"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'teilten Abgeordnete … am Mittwoch nach einer Unterrichtung durch den "
          "Nachrichtendienst NIS mit', named after the figure, Konjunktiv: moved to Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "same briefing, 'Bis Dezember dürften es … werden' (a forecast: planned)"),
        C("einige hundert", None, "vague", "near_front", "south_korea", "wed",
          "same briefing, Konjunktiv carried over the third sentence: brought close to the "
          "Ukrainian border"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "'Noch am 18. Oktober hatte der Dienst' (the NIS, an explicit earlier date): special "
          "forces shipped to Vladivostok"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House spokesman Kirby 'sprach am Mittwoch von': reached eastern Russia"),
        C("knapp 11.000", 11000, "approx", "in_russia", "ukraine", "tue",
          "HUR chief Budanov 'in einem am Dienstag ausgestrahlten Interview' ('knapp' as "
          "approx): being trained in Russia"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "a Lithuanian second officer 'geht davon aus … gehen werden' (present, undated): the "
          "eventual number (planned)"),
    ),
)

W02 = Source(
    article_id="w100_02_betriebsrat_dillingen_walzwerker",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-14"),
    dated_by="dateline", crlf=True,
    features="a works council's news sheet at a Dillingen (Saar) plate mill as plain text, "
        "ISO-8859-1 with CRLF, straight quotes and ` - ` dashes, dateline 'Dillingen, 14.01.2025 "
        "-' (Tuesday); headline 'Seoul:' from the MP's Monday figure (Monday to publication); "
        "'erklärte der Parlamentarier … am Montag' after the figures, 'Er stützte sich dabei auf "
        "Angaben des Nachrichtendienstes NIS' in the next sentence, Konjunktiv carried (`rund "
        "11.000`); Zelensky 'am Samstag' with the number word `zwei` (captured) after 'zwei Tage "
        "zuvor' (not a figure), 'Anfang Januar' (days 1-10) `mehr als 3.000`; a Pentagon spokesman "
        "'Am 17. Dezember' `mehrere hundert`; a former Azovstal roller who 'schätzt' "
        "`Zehntausende` (other, planned, `pub`); his age, years of service, tonnes, per cent, "
        "staff, euros, office hours, a room and a phone number",
    text="""\
BETRIEBSRAT AKTUELL
Info-Blatt des Betriebsrats der Saar-Grobblech AG, Werk Dillingen
Ausgabe 2/2025

Seoul: [[300]] Nordkoreaner bei Kursk gefallen

Unser Kollege Oleksij Kowalenko hat bis 2022 bei Asowstal in Mariupol Bleche gewalzt. Was er \
über Kims Soldaten denkt - und warum er trotzdem an die Ukraine glaubt.

Dillingen, 14.01.2025 - Zum ersten Mal legt Südkorea eine genauere Bilanz vor. Von den \
nordkoreanischen Soldaten, die seit Dezember im russischen Gebiet Kursk kämpfen, seien [[etwa \
300]] gefallen und [[2.700]] verwundet worden, erklärte der Parlamentarier Lee Seong-kweun am \
Montag, nachdem der Ausschuss hinter verschlossenen Türen getagt hatte. Er stützte sich dabei \
auf Angaben des Nachrichtendienstes NIS. Das Kontingent umfasse weiterhin [[rund 11.000]] Mann. \
Einzelne Verwundete hätten zur Handgranate gegriffen, um nicht in ukrainische Hände zu fallen.

Gefangene gibt es dennoch, das hatte Kiew zwei Tage zuvor gezeigt. Präsident Wolodymyr \
Selenskyj veröffentlichte am Samstag Bilder von [[zwei]] verwundeten Nordkoreanern, die \
ukrainische Fallschirmjäger im Gebiet Kursk festgenommen hatten. Anfang Januar hatte er die \
nordkoreanischen Verluste bereits auf [[mehr als 3.000]] Tote und Verwundete beziffert.

Auch Washington hatte früh von Verlusten gesprochen. Am 17. Dezember sagte ein Sprecher des \
Pentagons, [[mehrere hundert]] Nordkoreaner seien getötet oder verwundet worden.

"Kim braucht Devisen, Putin braucht Menschen"

Oleksij Kowalenko, 52, arbeitet seit dem Frühjahr 2023 an der Richtmaschine in Halle 5. Bis zur \
Belagerung 2022 war er 24 Jahre lang Walzwerker bei Asowstal. Seine Wohnung in Mariupol gibt es \
nicht mehr. "Die Koreaner werden nicht die letzten sein", sagt er. Er schätzt, dass Russland im \
Laufe des Jahres [[Zehntausende]] Nordkoreaner an die Front holen wird. "Für Putin sind das \
Zahlen auf Papier. Für uns sind es Soldaten vor unseren Dörfern."

Aus dem Werk: Die Auftragslage im Grobblech bleibt angespannt. Im vergangenen Jahr haben wir \
rund 1,1 Millionen Tonnen ausgeliefert, 6 Prozent weniger als geplant. Kurzarbeit ist für die \
4.300 Beschäftigten am Standort vorerst nicht vorgesehen. Die Sammlung für Familien aus \
Mariupol hat 8.640 Euro erbracht - danke an alle Schichten!

Sprechstunde des Betriebsrats: dienstags 13 bis 15 Uhr, Verwaltungsgebäude, Raum 214, \
Telefon 06831 47 2290.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:': the MP's Monday figure of the lead (Monday to publication), the "
          "hedge dropped: fallen"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "'erklärte der Parlamentarier … am Montag' after the figures, relaying the NIS "
          "(named in the next sentence): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (a second count of the same toll, not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, Konjunktiv carried ('Das Kontingent umfasse weiterhin'): in Russia"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' (Tuesday article; 'zwei Tage zuvor' is no figure): captured "
          "(number word)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar' (days 1-10), pluperfect: dead and wounded"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "2024-12-17",
          "a Pentagon spokesman 'Am 17. Dezember' (an explicit date): killed or wounded"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a former Azovstal roller 'schätzt … holen wird' (present, undated): to be brought "
          "to the front in the course of the year (planned)"),
    ),
)

W03 = Source(
    article_id="w100_03_gemeindeblatt_eisenerz_bergbauingenieur_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-03-06"),
    dated_by="sidecar",
    sidecar=(
        "Gemeindeblatt Eisenerz",
        "https://www.gemeindeblatt-eisenerz.example/leute/2025/03/vom-erz-zum-erz",
        "Seoul: Kim schickt 1.000 Soldaten nach",
    ),
    features="an Eisenerz (Styria) town bulletin in Markdown, UTF-16 LE with BOM, front matter "
        "without a date (sidecar, Thursday), Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`), a title without a figure; headline 'Seoul: Kim schickt … nach' (increment, "
        "Tuesday to publication); the NIS 'am Dienstag' with `rund 1.000` weitere "
        "'nachgeschickt' (increment) and the losses in Konjunktiv; 'Nach Einschätzung' of "
        "Ukraine's commander-in-chief, present tense (`pub`); the Pentagon 'Mitte Jänner' "
        "(days 11-20) `Hunderten`; a mining engineer from Kryvyi Rih who 'rechnet damit' `noch "
        "einige tausend` 'dazuschickt' (other, increment, `pub`); tonnes of ore, his age, staff, "
        "a phone number",
    text="""\
---
titel: "Vom Erz in Krywyj Rih zum Erzberg"
rubrik: Leute
ausgabe: "Gemeindeblatt Eisenerz, März"
---

# Seoul: Kim schickt [[1.000]] Soldaten nach

*Ein Bergbauingenieur aus Krywyj Rih lebt seit zwei Jahren bei uns. Die Meldungen aus Kursk \
liest er jeden Abend.*

Nach einigen Wochen Pause stehen Kim Jong Uns Soldaten wieder im Kampf. Das berichtete der \
südkoreanische Nachrichtendienst NIS am Dienstag den Abgeordneten in Seoul. Im Jänner und Feber \
habe Pjöngjang [[rund 1.000]] weitere Soldaten nachgeschickt, um die Lücken zu füllen. Die \
Verluste seien inzwischen auf [[etwa 4.000]] Tote und Verwundete gestiegen.

Nach Einschätzung des ukrainischen Oberbefehlshabers Olexandr Syrskyj stehen derzeit [[mehr \
als 8.000]] Nordkoreaner an der Front im Gebiet Kursk. Das Pentagon hatte Mitte Jänner von \
[[Hunderten]] Toten gesprochen.

## „Ich kenne das Erz, nicht den Krieg“

Dmytro Bondar, 47, war Schichtleiter in einem Tagebau bei Krywyj Rih. Seit dem Frühjahr 2023 \
arbeitet er am Erzberg, wo heuer rund 2,8 Millionen Tonnen Erz gefördert werden sollen. Die \
Etagen des Bergs erinnern ihn an daheim, sagt er, „nur kleiner und ordentlicher“. Seine Frau \
unterrichtet am Abend ukrainische Schulkinder online, die Tochter geht hier in die \
Mittelschule.

Bondar rechnet damit, dass Nordkorea heuer noch [[einige tausend]] Mann dazuschickt. „Kim lässt \
Putin nicht im Stich, solange Moskau bezahlt.“

Am Erzberg arbeiten derzeit 230 Menschen, sechs davon aus der Ukraine. Die Fahrten mit dem \
Schwerlastwagen für Besucher beginnen im Mai. Anmeldung unter 03848 3200.
""",
    claims=(
        C("1.000", 1000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul: Kim schickt … nach': the NIS Tuesday figure (Tuesday to "
          "publication), the hedge dropped; 'nachschicken' (increment)", add=True),
        C("rund 1.000", 1000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'am Dienstag', Konjunktiv: 'weitere … nachgeschickt' (increment)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "tue",
          "same briefing, Konjunktiv carried: dead and wounded"),
        C("mehr als 8.000", 8000, "at_least", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Oberbefehlshabers', present tense, undated: at "
          "the front in Kursk"),
        C("Hunderten", None, "vague", "casualties", "united_states", "2025-01-11..2025-01-20",
          "the Pentagon 'Mitte Jänner' (days 11-20): dead"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "a mining engineer from Kryvyi Rih 'rechnet damit' (undated): 'noch … dazuschickt' "
          "(increment) this year", add=True),
    ),
)

W04 = Source(
    article_id="w100_04_rheinfelder_stadtbote_chemikerin_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-07-18"),
    dated_by="front_matter", crlf=True,
    features="a Rheinfelden (Aargau) paper (Swiss conventions) in Markdown, windows-1252 with "
        "CRLF, front matter with `date:` (Friday) and a title without a figure; `ss` (no sharp "
        "s), «», `30'000`, `25'000`, `15'000`, `20'000`, `13'900`, 4-digit `1000`/`5000`/`4700`; "
        "headline 'Kiew:' `30'000` weitere (the top of the range, increment, Tuesday to "
        "publication); a HUR spokesman 'erklärte … am Dienstag' after the range `25'000 bis "
        "30'000` zusätzliche (increment); Shoigu 'Mitte Juni' (days 11-20) `1000` deminers and "
        "`5000` builders (planned, no increment word); the NIS 'schätzt' (undated) with 'davon' "
        "`etwa 4700` (breakdown); Rutte 'Ende Juni' in The Hague «Tausende» (near the front); "
        "a chemist, daughter of a defector, who 'schätzt' «weit über 20'000» (other, `pub`); her "
        "age, years, refugees, a club, population, francs",
    text="""\
---
title: "Die Tochter eines Flüchtlings aus dem Norden"
date: 2025-07-18
rubrik: Region & Welt
ausgabe: 29
---

# Kiew: Kim könnte [[30'000]] weitere Soldaten schicken

**Die Ukraine warnt vor einer neuen Welle aus Nordkorea. In Rheinfelden erzählt eine \
Chemikerin, deren Vater 1998 über China geflohen ist, wie ihre Familie auf solche Nachrichten \
schaut.**

Der ukrainische Militärgeheimdienst HUR schlägt Alarm. Pjöngjang bereite sich darauf vor, bis \
zum Winter [[25'000 bis 30'000]] zusätzliche Männer an Russland zu überstellen, \
erklärte ein Sprecher des Dienstes am Dienstag in Kiew. Diese Truppen könnten auch in der \
Ukraine selbst kämpfen, nicht mehr nur im Gebiet Kursk.

Moskau hatte Mitte Juni ganz offen neue Hilfe aus Pjöngjang angekündigt. Sergei Schoigu, \
Sekretär des russischen Sicherheitsrats, sagte nach einem Treffen mit Kim Jong Un, Pjöngjang \
stelle [[1000]] Pioniere für die Minensuche und [[5000]] Bausoldaten für den Wiederaufbau im \
Gebiet Kursk bereit.

Der südkoreanische Nachrichtendienst NIS schätzt die Zahl der bisher entsandten Soldaten auf \
[[rund 15'000]]; davon seien [[etwa 4700]] getötet oder verwundet worden. Nato-Generalsekretär \
Mark Rutte sagte Ende Juni am Gipfel in Den Haag, «[[Tausende]]» Soldaten aus dem Norden \
stünden mittlerweile für Moskau im Gefecht.

## «Mein Vater glaubt keiner Zahl»

Min-ji Schärer-Park, 36, arbeitet als Chemikerin bei einem Pharmaunternehmen in Basel und wohnt \
mit Mann und Tochter in der Altstadt von Rheinfelden, ein paar Schritte vom Rhein. Ihr Vater \
floh 1998 aus der Provinz Nord-Hamgyong über China nach Seoul. «Er sagt, im Norden erfahren die \
Familien nicht einmal, ob ihre Söhne noch leben.» Sie selbst schätzt, dass schon «[[weit über \
20'000]]» Nordkoreaner in Russland gewesen sind. «Und jeder, der zurückkommt, weiss jetzt, wie \
man mit Drohnen kämpft.»

Mit dem Krieg hat die Zähringerstadt wenig zu tun, und doch ist er spürbar: Die Gemeinde hat \
96 Geflüchtete aus der Ukraine aufgenommen, der Verein «Rhybrugg» bietet zweimal pro Woche \
Deutschkurse an. Rheinfelden zählt rund 13'900 Einwohnerinnen und Einwohner. Der Eintritt ins \
Solbad kostet ab August 27 Franken.
""",
    claims=(
        C("30'000", 30000, "exact", "planned", "ukraine", "tue..pub",
          "headline 'Kiew:': the top of HUR's Tuesday range (Tuesday to publication), "
          "'weitere' (increment, span without the word)", add=True),
        C("25'000 bis 30'000", None, "range", "planned", "ukraine", "tue",
          "a HUR spokesman 'erklärte … am Dienstag' after the figure, Konjunktiv: "
          "'zusätzliche' (increment) to be sent", add=True),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' (days 11-20), 'werde … entsenden': deminers (planned, no "
          "increment word)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same statement: military builders"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "the NIS 'schätzt' (present, undated): sent so far"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "pub",
          "same estimate, 'davon seien' (a breakdown, not an increment): killed or wounded"),
        C("Tausende", None, "vague", "near_front", "nato", "2025-06-21..2025-06-30",
          "Rutte 'Ende Juni' (days 21-30) at the summit «…»: fighting alongside Russia"),
        C("weit über 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "a chemist, daughter of a defector, 'schätzt' «…» (undated; 'weit über' as "
          "at_least): have been in Russia"),
    ),
)

W05 = Source(
    article_id="w100_05_glueckauf_brief_bottrop_bergleute",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-09-09"),
    dated_by="sidecar",
    sidecar=(
        "Glückauf-Brief der Koreanischen Gemeinschaft Bottrop",
        "https://www.kg-bottrop.example/glueckauf-brief/2025-09/seoul-zahlen",
        "Seoul: 2.000 Nordkoreaner in Russland gestorben",
    ),
    features="the newsletter of a Korean association of former miners in Bottrop as plain text, "
        "UTF-8 with BOM (sidecar, Tuesday), „…“ quotes; headline 'Seoul:' from the NIS Thursday "
        "figure (Thursday to publication); the NIS 'am Donnerstag' with `Rund 2.000` dead, "
        "`etwa 1.000` deminers sent to the region (near the front) and 'Dazu kämen' `rund "
        "5.000` builders brought over step by step (planned; another group, not an increment); "
        "KCNA 'am 22. August' `mehr als 100` names of the fallen (north_korea) and `Hunderte` "
        "returnees decorated (optional); 'Nach Angaben des … HUR' undated `mehr als 6.000`; a "
        "former miner, 79, with the number words `mindestens dreitausend` (other, `pub`); "
        "recruited miners, years, his age, members, a fee, a date, a phone number",
    text="""\
GLÜCKAUF-BRIEF
Mitteilungen der Koreanischen Gemeinschaft Bottrop e.V.
Heft 9 / September

Seoul: [[2.000]] Nordkoreaner in Russland gestorben

Der südkoreanische Geheimdienst legt neue Zahlen vor. Unser Ehrenmitglied Choi Byung-ho, der \
1971 als Bergmann nach Bottrop kam, hält sie für geschönt.

Von Lee Eun-ha

Zum ersten Mal seit dem Frühjahr hat Seoul neue Zahlen genannt. [[Rund 2.000]] nordkoreanische \
Soldaten seien bei den Kämpfen um Kursk ums Leben gekommen, berichtete der Nachrichtendienst \
NIS am Donnerstag dem Geheimdienstausschuss der Nationalversammlung. Pjöngjang habe außerdem \
[[etwa 1.000]] Pioniere zur Minenräumung in die Region verlegt. Dazu kämen [[rund 5.000]] \
Militärbauarbeiter, die nach und nach nach Russland gebracht würden, um zerstörte Straßen und \
Häuser wieder aufzubauen.

Pjöngjang selbst macht aus seinen Toten Helden. Die Staatsagentur KCNA meldete am 22. August, \
Kim Jong Un habe den Familien der Gefallenen eine neue Wohnsiedlung in der Hauptstadt \
versprochen; auf einer Gedenktafel stünden die Namen von [[mehr als 100]] Soldaten. Bei \
derselben Feier seien [[Hunderte]] Heimkehrer aus Kursk mit Orden ausgezeichnet worden.

Kiew hält die Angaben aus Seoul für zu niedrig. Nach Angaben des ukrainischen \
Militärgeheimdienstes HUR liegen die nordkoreanischen Verluste bei [[mehr als 6.000]] Toten und \
Verwundeten.

„Die kommen nicht zurück“

Choi Byung-ho ist 79 Jahre alt und hat 23 Jahre unter Tage gearbeitet, die meisten davon auf \
Prosper-Haniel, der letzten Steinkohlenzeche im Revier, die 2018 schloss. Er kam mit einem \
Anwerbevertrag aus der Provinz Gangwon, zusammen mit 340 anderen jungen Männern. „Wir hatten \
Arbeit und haben Geld nach Hause geschickt. Die Jungen aus dem Norden schickt man zum \
Sterben“, sagt er.

Die Zahl aus Seoul hält er für zu niedrig. „Es sind [[mindestens dreitausend]] Tote, glauben Sie \
mir. Der Norden zählt seine Leute nicht, und der Süden will niemanden erschrecken.“

Aus dem Verein: Unser Chuseok-Fest findet am 4. Oktober ab 15 Uhr im Gemeindehaus an der \
Gladbecker Straße statt. Die Gemeinschaft zählt zurzeit 142 Mitglieder, der Jahresbeitrag \
bleibt bei 36 Euro. Anmeldung bei Frau Yoon unter 02041 689 317.
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS Thursday figure of the lead (Thursday to publication), "
          "the hedge dropped: died"),
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "'berichtete der Nachrichtendienst NIS am Donnerstag' after the figure: died"),
        C("etwa 1.000", 1000, "approx", "near_front", "south_korea", "thu",
          "same briefing, Konjunktiv: deminers moved to the Kursk region (near the front, as "
          "deminers before)"),
        C("rund 5.000", 5000, "approx", "planned", "south_korea", "thu",
          "same briefing, 'Dazu kämen' (another group, not an increment): builders brought "
          "over step by step (planned, as builders sent in stages before)"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-22",
          "KCNA 'am 22. August' (an explicit date): names of the fallen on a memorial"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-08-22",
          "same report: returnees decorated (optional, as returnees before)", opt=True),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "'Nach Angaben des … HUR', present perfect, undated: killed or wounded"),
        C("mindestens dreitausend", 3000, "at_least", "casualties", "other", "pub",
          "a former miner speaking for himself „…“ (undated; number words): dead"),
    ),
)

W06 = Source(
    article_id="w100_06_donautal_kurier_instrumente_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-23"),
    dated_by="sidecar",
    sidecar=(
        "Donautal-Kurier online",
        "https://www.donautal-kurier.example/wirtschaft/2025/10/23/scheren-klemmen-krieg",
        "Scheren, Klemmen und der Krieg",
    ),
    features="a Tuttlingen web paper in HTML, ISO-8859-1 (quotes and dashes as entities "
        "`&bdquo;`, `&ldquo;`, `&ndash;`), no meta date (sidecar, Thursday), a consent box "
        "about sterile cookies, navigation, a footer, a script; `<title>` without a figure; "
        "headline 'Seoul:' from the NIS Monday figure (Monday to publication); 'Das teilte der "
        "Dienst am Montag … mit' in the next sentence; 'Hinzu kämen' `rund 5.000` builders "
        "already moved (in Russia; another group, not an increment); Russia's ambassador "
        "'vergangene Woche' to Tass `mehrere tausend` builders at work in Kursk (russia); "
        "Zelensky 'am Sonntag' `rund 20.000` sent and `mehr als 6.000` dead or wounded; a "
        "surgical-instrument dealer from Daegu who 'schätzt' `15.000 bis 18.000` next year "
        "(other, range, planned, `pub`); his age, years, firms, jobs, per cent, tonnes, a phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Scheren, Klemmen und der Krieg | Donautal-Kurier</title>
<script>var dk={ressort:"wirtschaft",paywall:false};</script>
</head>
<body>
<div id="consent">Auch unsere Cookies sind sauber sterilisiert &ndash; versprochen. \
<button>Alles klar</button> <button>Bitte ohne</button></div>
<nav><a href="/">Start</a> &middot; <a href="/tuttlingen">Tuttlingen</a> &middot; \
<a href="/wirtschaft">Wirtschaft</a> &middot; <a href="/sport">Sport</a> &middot; \
<a href="/welt">Welt</a></nav>
<article>
<h1>Seoul: [[10.000]] Nordkoreaner stehen an Russlands Grenze</h1>
<p class="teaser">Ein Händler aus Daegu besucht die Instrumentenmacher an der Donau. Über den \
Krieg spricht er ungern, über Zahlen schon.</p>
<p>Nordkoreas Armee bleibt in Russland. Nach Erkenntnissen des südkoreanischen Geheimdienstes \
NIS sind derzeit [[etwa 10.000]] Soldaten aus dem Norden entlang der russischen Grenze zur \
Ukraine stationiert. Das teilte der Dienst am Montag den Abgeordneten in Seoul mit. Hinzu kämen \
[[rund 5.000]] Bausoldaten, die seit September schrittweise nach Russland verlegt worden seien, \
um Straßen und Brücken instand zu setzen.</p>
<p>Der russische Botschafter in Pjöngjang, Alexander Mazegora, bestätigte vergangene Woche im \
Gespräch mit der Agentur Tass, [[mehrere tausend]] nordkoreanische Bauarbeiter seien im Gebiet \
Kursk im Einsatz. Die Zusammenarbeit sei &bdquo;ein Beispiel echter Freundschaft&ldquo;.</p>
<p>Kiew spricht von ganz anderen Größenordnungen. Präsident Wolodymyr Selenskyj sagte am \
Sonntag, Nordkorea habe seit Beginn des Einsatzes [[rund 20.000]] Soldaten nach Russland \
geschickt, [[mehr als 6.000]] davon seien tot oder verwundet.</p>
<h2>Daegu, Donau, Drohnen</h2>
<p>Für Jung Tae-sik ist Tuttlingen der wichtigste Termin des Jahres. Der 58-Jährige vertreibt \
seit 1996 chirurgische Instrumente aus dem Landkreis in Südkorea, zurzeit von 14 Herstellern. \
Den Krieg sieht er auch in den Auftragsbüchern: Ein Teil der Scheren und Klemmen von der Donau \
geht über Hilfsorganisationen in ukrainische Lazarette. Jung schätzt, dass Pjöngjang im \
kommenden Jahr [[15.000 bis 18.000]] Soldaten in Russland haben wird. &bdquo;Kim tauscht \
Menschen gegen Technik. Das macht uns in Seoul am meisten Angst.&ldquo;</p>
<p>Die Medizintechnik im Kreis beschäftigt rund 9.000 Menschen in mehr als 400 Betrieben, der \
Exportanteil liegt bei 70 Prozent. Ein Hilfskonvoi mit 3,2 Tonnen Verbandsmaterial ist \
vergangene Woche nach Lwiw aufgebrochen. Spenden: Stichwort &bdquo;Lazarett&ldquo;, Auskunft \
unter 07461 926 40.</p>
</article>
<footer>Donautal-Kurier online &middot; Tuttlingen &middot; &copy; 2025</footer>
<script src="/js/dk.min.js?v=12"></script>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "south_korea", "mon..pub",
          "headline 'Seoul:': the NIS Monday figure (Monday to publication), the hedge "
          "dropped: at Russia's border"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "mon",
          "'Nach Erkenntnissen des … NIS', dated by 'Das teilte der Dienst am Montag … mit' in "
          "the next sentence: stationed along the border with Ukraine"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, 'Hinzu kämen' (another group, not an increment): builders already "
          "moved to Russia"),
        C("mehrere tausend", None, "vague", "in_russia", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'vergangene Woche' to Tass: builders at work in "
          "Kursk (in Russia, as builders before)"),
        C("rund 20.000", 20000, "approx", "in_russia", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag' (Thursday article): sent since the start"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "sun",
          "same statement, 'davon' (a breakdown, not an increment): dead or wounded"),
        C("15.000 bis 18.000", None, "range", "planned", "other", "pub",
          "a surgical-instrument dealer from Daegu 'schätzt … haben wird' (undated): next year "
          "(planned)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w100_07_holy_island_gazette_saltmaker",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-08"),
    dated_by="sidecar",
    sidecar=(
        "The Holy Island Gazette",
        "https://www.holyislandgazette.example/world/2024/11/08/pentagon-10000-kursk",
        "Pentagon: 10,000 North Korean troops now in Kursk",
    ),
    features="a Holyhead (Anglesey) weekly as plain text, windows-1252 with curly quotes and "
        "apostrophes (sidecar, Friday), British spelling; headline 'Pentagon:' from the Monday "
        "figure (Monday to publication); `Around 10,000` with 'a Pentagon spokeswoman … said at "
        "her Monday briefing' after the figure; Blinken 'on 31 October' `8,000`; Zelensky 'put the "
        "number … at' `11,000` 'the same day' as the defence minister's Tuesday remarks; the NIS "
        "'Last week … informed members of parliament' `more than 10,000`, 'It expects' `several "
        "thousand` more (increment, span without the word), 'a committee member said' after the "
        "figures; a Korean-born saltmaker who 'believes' “as many as 20,000” by spring (other, "
        "at_most, planned, `pub`); tonnes of salt, per cent, staff, a town's population, "
        "passengers, sailings, pounds, a phone number",
    text="""\
THE HOLY ISLAND GAZETTE
Holyhead, Trearddur Bay, Rhoscolyn and the port

WORLD
Pentagon: [[10,000]] North Korean troops now in Kursk
A Korean-born saltmaker on the island hears dread in her mother’s voice

By Gwenllian Pritchard

The numbers keep climbing. [[Around 10,000]] of Kim’s troops are now in Kursk, the Russian \
region that borders Ukraine, a Pentagon spokeswoman, Sabrina Singh, said at her Monday \
briefing. Washington expected them to go into combat “in the coming days”, she \
said. Secretary of State Antony Blinken had put the number in the border region at [[8,000]] on \
31 October.

Kyiv says the fighting has already begun. Defence minister Rustem Umerov told South Korean \
television on Tuesday that Ukrainian troops had exchanged fire with North Korean units, and \
President Volodymyr Zelensky put the number in Kursk at [[11,000]] in his evening address the \
same day.

Seoul, whose spies were first to raise the alarm, is careful about the front line but not about \
the total. Last week the National Intelligence Service in Seoul informed members of parliament \
that [[more than 10,000]] had reached Russia. It expects [[several thousand]] more to follow \
before the year is out, a member of the intelligence committee said afterwards.

Salt and sanctions

Ji-woo Roberts, 39, grew up in Incheon and has lived on Anglesey since she married a Holyhead \
harbour pilot in 2012. Today she runs the small saltworks on the cliffs above Porth Dafarch, \
whose flaky sea salt sells in delis in Seoul and Busan.

“My mother rings every morning. People at home are frightened, because every soldier Kim sends \
learns how to fight a modern war,” she said. She believes “[[as many as 20,000]]” will be in \
Russia by the spring. “And then they go home with all of it.”

The saltworks shipped 38 tonnes last year, a quarter of it to South Korea, and employs nine \
people. Exports rose by 14 per cent despite the cost of freight.

Holyhead, a town of about 11,000, had 1.9 million ferry passengers through its port last year. \
Two sailings to Dublin were cancelled on Wednesday because of gales; a return ticket now costs \
£92 for foot passengers.

Newsdesk: 01407 762 390
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:': the Monday figure of the lead (Monday to publication), the "
          "hedge dropped: in Kursk"),
        C("Around 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "a Pentagon spokeswoman 'said at her Monday briefing', named after the figure: now in "
          "Kursk"),
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-10-31",
          "Blinken 'had put the number in the border region at … on 31 October' (an explicit "
          "date after the figure)"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'put the number in Kursk at … the same day' (the defence minister's "
          "Tuesday carried)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "the NIS 'Last week … informed members of parliament': reached Russia"),
        C("several thousand", None, "vague", "planned", "south_korea", "lastweek",
          "same briefing, 'It expects', 'a member of the intelligence committee said "
          "afterwards': 'more' (increment, span without the word) to follow", add=True),
        C("as many as 20,000", 20000, "at_most", "planned", "other", "pub",
          "a Korean-born saltmaker 'believes' “…” by the spring (undated; 'as many as' is "
          "at_most, as before)"),
    ),
)

W08 = Source(
    article_id="w100_08_frobisher_bay_bulletin_doctor_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-05-01"),
    dated_by="html_meta",
    features="an Iqaluit (Nunavut) news site in HTML, UTF-16 LE with BOM, `<meta name=\"date\">` "
        "(Thursday), a one-line cookie note about sea ice, navigation by regions, a footer; "
        "`<title>` without a figure; headline 'Seoul:' from the NIS Wednesday figure (Wednesday to "
        "publication); KCNA 'on Monday' and Russia's chief of staff without a figure; 'On "
        "Wednesday the South's spy service gave a closed committee … its own tally' `about 15,000` "
        "dispatched, `4,700` killed or wounded, `600` 'of them fatally' (breakdown); a hospital "
        "doctor who 'reckons' “well over a thousand” (number word, other, `pub`) and echoes “Six "
        "hundred” inside her quote (optional); residents, beds, a fare, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Frobisher Bay Bulletin – Both capitals admit it; Seoul counts the cost</title>
<meta name="date" content="2025-05-01">
</head>
<body>
<div class="cookies">We use cookies. Unlike the sea ice, they stay put. <button>OK</button></div>
<nav>Iqaluit · Qikiqtaaluk · Kivalliq · Kitikmeot · World</nav>
<article>
<h1>Seoul: [[4,700]] North Koreans killed or wounded in Kursk</h1>
<p>Moscow and Pyongyang have now both admitted what the world has known since October. North \
Korea’s state news agency confirmed on Monday that its troops had fought for the “liberation” \
of Kursk; Russia’s top general had thanked them in public at the weekend. Neither gave a \
number.</p>
<p>Seoul did. On Wednesday the South’s spy service gave a closed committee of the National \
Assembly its own tally: [[about 15,000]] soldiers dispatched since last autumn, [[4,700]] of \
them killed or wounded, [[600]] of them fatally.</p>
<p>Dr. Grace Oh, a family physician who grew up in Daejeon and has worked at Qikiqtani General \
Hospital for six years, follows the news from home closely. Her grandfather fled the North in \
1950. She reckons the real number of dead is “[[well over a thousand]]”. “[[Six hundred]] is \
what they can prove,” she said.</p>
<p>Iqaluit’s 7,400 residents will see the first sealift ship in July. The hospital has 35 \
beds, and a return flight to Ottawa costs $1,850. Dr. Oh is one of three Korean-born doctors \
working in the territory.</p>
</article>
<footer>© 2025 Frobisher Bay Bulletin · Newsroom 867-979-5120</footer>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS Wednesday figure (Wednesday to publication): killed or "
          "wounded"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'On Wednesday … gave a closed committee of the National Assembly its own "
          "tally' (Thursday article): dispatched"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed",
          "same briefing: killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "same tally, '600 of them fatally' (a breakdown, not an increment): dead"),
        C("well over a thousand", 1000, "at_least", "casualties", "other", "pub",
          "a hospital doctor 'reckons' “…” (undated; number word; 'well over' as at_least): "
          "dead"),
        C("Six hundred", 600, "exact", "casualties", "other", "pub",
          "the doctor's echo of the NIS figure inside her quote (optional, as anaphoric echoes "
          "before)", opt=True),
    ),
)

W09 = Source(
    article_id="w100_09_twillingate_tickle_crab_plant_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-06"),
    dated_by="front_matter",
    features="a Twillingate (Newfoundland) paper in Markdown, UTF-8, front matter with `date:` "
        "(Wednesday) and a title without a figure; headline 'Kyiv:' from HUR's Monday figure "
        "(Monday to publication); HUR 'said on Monday' `about 6,000` engineers and builders "
        "moved (in Russia, no increment word) and 'The agency, known as HUR, put the total … "
        "at' `some 20,000` (a total); the NIS 'In July' (month) `roughly 1,500` dead, "
        "'according to the agency' after the figure; a NATO official 'in a briefing … last "
        "week' `at least 14,000`; the paper's own 'By most estimates' `15,000 or more` "
        "(unattributed, required); a Ukrainian crab-plant worker relaying her brother at the "
        "front `hundreds` (other, `pub`); pounds of crab, prices, staff, residents, years, a "
        "phone number",
    text="""\
---
title: "From Kharkiv to the crab line"
date: 2025-08-06
section: Our People
byline: Darlene Pardy
---

# Kyiv: Pyongyang has sent [[6,000]] engineers to Russia

*A Ukrainian worker at the Twillingate crab plant says the North Koreans her brother faces are \
no longer the raw recruits of last winter.*

Ukraine's military intelligence said on Monday that North Korea had moved [[about 6,000]] \
engineers and military builders into Russia over the summer. The agency, known as HUR, put the \
total number of North Koreans sent since last autumn at [[some 20,000]].

South Korea has been counting the dead. In July its spy service told lawmakers that [[roughly \
1,500]] North Koreans had been killed since the deployment began. That count is "conservative", \
according to the agency. A NATO official who gave a briefing in Brussels last week was blunter: \
[[at least 14,000]] North Koreans had served in Russia, he said, and Pyongyang's army was learning \
"faster than anyone expected".

By most estimates, [[15,000 or more]] North Koreans have now passed through Russian units.

## "They dig like miners now"

Oksana Hrytsenko, 31, studied economics in Kharkiv and came to Newfoundland in 2023. Since \
April she has worked on the crab line at the plant in Twillingate. Her younger brother flies \
drones for a Ukrainian brigade in the Sumy region.

"He says [[hundreds]] of them are digging trenches just across the border now, and they are \
good at it," she said during her break. "Last winter they ran across the snow. Now they hide."

## Plant and harbour

The plant processed about 4.1 million pounds of snow crab this season, and harvesters were paid \
$3.10 a pound at the wharf. At the peak it employed 160 people, 22 of them from Ukraine. The \
town has about 2,100 residents, and iceberg tours run until the end of August.

Call the newsroom at 709-884-2215.
""",
    claims=(
        C("6,000", 6000, "exact", "in_russia", "ukraine", "mon..pub",
          "headline 'Kyiv:': HUR's Monday figure of the lead (Monday to publication), the "
          "hedge dropped: moved into Russia"),
        C("about 6,000", 6000, "approx", "in_russia", "ukraine", "mon",
          "HUR 'said on Monday' (Wednesday article): engineers and builders moved into Russia "
          "(no increment word)"),
        C("some 20,000", 20000, "approx", "in_russia", "ukraine", "mon",
          "'The agency, known as HUR, put the total … at' (carried): sent since last autumn "
          "(a total, not an increment)"),
        C("roughly 1,500", 1500, "approx", "casualties", "south_korea",
          "2025-07-01..2025-07-31",
          "the NIS 'In July … told lawmakers' (month), 'according to the agency': killed"),
        C("at least 14,000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "an anonymous NATO official 'in a briefing in Brussels last week', 'he said' after "
          "the figure: served in Russia"),
        C("15,000 or more", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the paper's own 'By most estimates' (unattributed, required; 'or more' after the "
          "number as at_least): passed through Russian units"),
        C("hundreds", None, "vague", "near_front", "other", "pub",
          "a Ukrainian crab-plant worker relaying her brother at the front (the speaker "
          "quoted: other), undated: digging in across the border"),
    ),
)

W10 = Source(
    article_id="w100_10_seven_mile_post_dive_instructor_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Seven Mile Post", "",
        "Zelensky: 3,000 North Koreans killed or wounded",
    ),
    features="a Cayman Islands news site in HTML, windows-1252 with CRLF (curly quotes raw, "
        "`&amp;`), no meta date (sidecar without url, Friday), a cookie banner about dive buddies, "
        "a script, navigation by islands, a footer; `<title>` figure (optional); headline "
        "'Zelensky:' from his Monday figure (Monday to publication); `More than 3,000` opening a "
        "sentence with 'Ukraine’s president, Volodymyr Zelensky, said on Monday' after it; the JCS "
        "'the same day' `about 1,100` (date carried); Kirby 'said yesterday' “more than 1,000” in "
        "one week; the NIS 'last week' `at least 100` dead and `nearly 1,000` wounded; a Korean "
        "dive instructor who 'figures' and relays friends at home `four or five thousand` (number "
        "words, range, other, `pub`); visitors, boats, prices, her age, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Zelensky: [[3,000]] North Koreans killed or wounded | Seven Mile Post</title>
<script>var smp={section:"world",ads:false};</script>
</head>
<body>
<div class="cookie-banner">Cookies are like a good dive buddy: they stay close and remember \
where you’ve been. <button>Sounds good</button> <button>I’ll just snorkel</button></div>
<nav><a href="/">Home</a> | <a href="/george-town">George Town</a> | <a href="/west-bay">West \
Bay</a> | <a href="/sister-islands">Sister Islands</a> | <a href="/world">World</a></nav>
<main>
<h1>Zelensky: [[3,000]] North Koreans killed or wounded</h1>
<p class="standfirst">In West Bay, a Korean dive instructor hears a darker story from home.</p>
<p>North Korea’s soldiers are paying a heavy price for Moscow’s war. [[More than 3,000]] of them \
have been killed or wounded in the Kursk region, Ukraine’s president, Volodymyr Zelensky, said \
on Monday, quoting early reports from his army chief. He warned that Pyongyang could send \
still more soldiers and equipment. South Korea’s Joint Chiefs of Staff put the casualties at \
[[about 1,100]] the same day.</p>
<p>Washington’s count is rising too. John Kirby, the White House national security spokesman, \
said yesterday that in just one week Pyongyang’s forces had lost “[[more than 1,000]]” men \
killed or wounded, many of them in massed infantry attacks.</p>
<p>South Korea’s intelligence service gave lawmakers its first toll last week: [[at least \
100]] dead and [[nearly 1,000]] wounded. The soldiers, it said, had no experience of drones and \
were being used “as expendables”.</p>
<p>Kang Min-seo, 33, left Busan for Grand Cayman in 2019 and teaches diving off Seven Mile \
Beach. Several of her friends did their military service near the border with the North. She \
figures, like them, that the real toll is “[[four or five thousand]] by now”. “Nobody in the \
North will ever know the names,” she said between two morning dives.</p>
<p>Island notes: 410,000 stay-over visitors arrived this year, and the dive shop’s 12 boats \
are booked out until January. A two-tank dive costs $165. Tips &amp; letters: 345-949-7182.</p>
</main>
<footer>© 2024 Seven Mile Post · George Town, Grand Cayman</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "casualties", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("3,000", 3000, "exact", "casualties", "ukraine", "mon..pub",
          "headline 'Zelensky:': his Monday figure of the lead (Monday to publication), the "
          "hedge dropped: killed or wounded"),
        C("More than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "opening the sentence, 'Ukraine’s president, Volodymyr Zelensky, said on Monday' after "
          "it: killed or wounded"),
        C("about 1,100", 1100, "approx", "casualties", "south_korea", "mon",
          "the JCS 'put the casualties at … the same day' (Monday carried)"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "yday",
          "Kirby 'said yesterday' (Friday article: Thursday) “…”: killed or wounded in one week"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "lastweek",
          "NIS 'gave lawmakers its first toll last week': dead"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "lastweek",
          "same toll: wounded ('nearly' as approx; a second count of the same toll, not an "
          "increment)"),
        C("four or five thousand", None, "range", "casualties", "other", "pub",
          "a Korean dive instructor 'figures, like them' (relaying friends; the speaker quoted: "
          "other), undated, number words: the real toll"),
    ),
)

W11 = Source(
    article_id="w100_11_murihiku_mercury_orion_crewman",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-20"),
    dated_by="dateline",
    features="an Invercargill (Southland) weekly as plain text, ISO-8859-1 with straight quotes "
        "and `--`, dateline 'INVERCARGILL, 20 November 2025 --' (Thursday); headline 'Kyiv "
        "warns of … more' (increment, last week to publication); the NIS 'Earlier this month' "
        "(1st to publication) `about 10,000` along the border and `some 5,000` builders moved; "
        "HUR 'estimated last week' `as many as 3,000` more (at_most, increment); Russia's "
        "deputy defence minister 'on Monday' to Tass `more than 1,000` sappers in Kursk "
        "(russia, near the front); the paper's own 'It is widely reported' `several thousand` "
        "(unattributed, required); a former Orion crewman 'By his reckoning' `at least 25,000` "
        "(other, `pub`); ships a patrol, years, his age, boats, dozens of oysters, prices, "
        "residents, a phone number",
    text="""\
MURIHIKU MERCURY
Invercargill, Bluff, Otatara and the south coast

Kyiv warns of [[3,000]] more North Koreans for the winter front

INVERCARGILL, 20 November 2025 -- Earlier this month South Korea's National Intelligence \
Service told lawmakers that [[about 10,000]] North Korean soldiers remain stationed along \
Russia's border with Ukraine, and that [[some 5,000]] military construction workers have been \
moved to Russia since September.

Kyiv's military intelligence agency estimated last week that [[as many as 3,000]] more could \
follow over the winter, many of them artillery crews.

Moscow, unusually, has offered a number of its own. Deputy Defence Minister Yunus-Bek Yevkurov \
told the Tass news agency on Monday that [[more than 1,000]] sappers from the North were still \
lifting mines around Kursk, and called them "brothers in arms".

It is widely reported that [[several thousand]] North Koreans have been killed since the first \
units crossed into Russia a year ago.

"Fuel in, coal out"

Murray Tait, 58, of Otatara, spent 21 years in the air force, the last of them as a sensor \
operator on P-3K2 Orions. In 2019 and again in 2021 he flew sanctions patrols out of Kadena in \
Japan, photographing North Korean tankers taking on fuel from other ships at sea. "We'd log 30 \
or 40 ships a patrol," he says. "Fuel in, coal out. Now it's men out and fuel in."

By his reckoning, [[at least 25,000]] North Koreans have gone to Russia since the first \
deployment. "Pyongyang doesn't count them for anyone else, so nobody outside can," he says.

Down at Bluff, the oyster season is into its third month. Fourteen boats are working the \
Foveaux Strait beds, and a dozen sells for about $38 on the wharf. Invercargill, a city of \
57,000, has two new direct flights to Wellington this summer.

Newsroom: 03 214 8830
""",
    claims=(
        C("3,000", 3000, "exact", "planned", "ukraine", "lastweek..pub",
          "headline 'Kyiv warns of … more': HUR's figure of last week (to publication), the "
          "hedge dropped; 'more' (increment, span without the word)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-11-01..2025-11-20",
          "NIS 'Earlier this month' (1st to publication): stationed along the border"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-20",
          "same briefing: construction workers moved to Russia"),
        C("as many as 3,000", 3000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'estimated last week': 'more' (increment, span without the word) could follow",
          add=True),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "mon",
          "Russia's deputy defence minister 'told the Tass news agency on Monday': sappers still "
          "lifting mines around Kursk (near the front, as deminers before)"),
        C("several thousand", None, "vague", "casualties", "unattributed", "pub",
          "the paper's own agentless 'It is widely reported' (unattributed, required): killed"),
        C("at least 25,000", 25000, "at_least", "in_russia", "other", "pub",
          "a former Orion crewman 'By his reckoning … he says' (undated): gone to Russia"),
    ),
)

W12 = Source(
    article_id="w100_12_emerald_isle_diaspora_sergeant_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-02-18"),
    dated_by="front_matter",
    features="a Montserrat diaspora page in Markdown, UTF-8, front matter with `date:` (Tuesday) "
        "and a title without a figure; headline 'Zelensky:' from his Saturday figure "
        "(Saturday to publication); Zelensky 'on Saturday' in Munich `nearly 4,000`; the NIS "
        "'last week' `around 11,000`, 'the agency believes' `about 3,000` killed or wounded "
        "(carried); a senior NATO official 'on Thursday' `up to 3,000` fresh troops (at_most, "
        "increment); Britain's defence secretary 'told MPs on Monday' `more than 1,000` (a "
        "third government: other); a British Army sergeant from Montserrat relaying his "
        "recruits `thousands` (other, `pub`); recruits trained, years, his age, population, "
        "soldiers from the island, a volcano's year, dollars, a phone number",
    text="""\
---
title: "A Salem man on Salisbury Plain"
date: 2025-02-18
section: Montserratians Abroad
---

# Zelensky: [[4,000]] North Koreans killed or wounded

*Staff Sergeant Kelvin Daley has trained Ukrainian recruits in England for two years. The war \
they go back to now includes soldiers from North Korea.*

Volodymyr Zelensky told the Munich Security Conference on Saturday that North Korea had lost \
[[nearly 4,000]] soldiers killed or wounded in Russia's Kursk region, and warned that Pyongyang \
was ready to send more.

South Korea's National Intelligence Service, which briefed lawmakers last week, says Kim Jong Un \
has sent [[around 11,000]] troops in all. Of those, [[about 3,000]] have been killed or wounded, \
the agency believes, and the units were pulled back from the front in January to regroup.

A senior NATO official said in Brussels on Thursday that [[up to 3,000]] fresh troops had \
arrived in Russia in January to replace the losses. In London, Defence Secretary John Healey \
told MPs on Monday that Britain judged [[more than 1,000]] North Koreans to have been killed.

## "They ask me about Korea"

Kelvin Daley, 36, grew up in Salem and joined the British Army in 2009, one of a handful of \
Montserratians in uniform. Since 2023 he has helped run the training for Ukrainian recruits on \
Salisbury Plain, where more than 50,000 have passed through the courses.

"Some of the lads I trained have come back for a second course, and they say there are \
[[thousands]] of them in the trenches near Kursk," he said by phone from Wiltshire. "Young, \
fit, brave. They just don't know drones."

Daley last came home in 2023. He remembers the island of about 4,400 people as quiet, green \
and a long way from any war; his parents still live below the hills that were evacuated after \
the volcano woke in 1995. A one-way ticket from Antigua costs EC$420.

Send diaspora news to 664-491-2885.
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Zelensky:': his Saturday figure (Saturday to publication), the hedge "
          "dropped: killed or wounded"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "sat",
          "Zelensky 'told the Munich Security Conference on Saturday' (Tuesday article; "
          "'nearly' as approx)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'which briefed lawmakers last week, says': sent in all"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "lastweek",
          "same briefing, 'the agency believes' after the figure (carried): killed or wounded"),
        C("up to 3,000", 3000, "at_most", "in_russia", "nato", "thu",
          "a senior NATO official 'said in Brussels on Thursday': 'fresh troops' arrived to "
          "replace the losses (increment, as 'fresh troops' before)", add=True),
        C("more than 1,000", 1000, "at_least", "casualties", "other", "mon",
          "Britain's defence secretary 'told MPs on Monday' (a third government: other): "
          "killed"),
        C("thousands", None, "vague", "near_front", "other", "pub",
          "a British Army sergeant relaying recruits back from the front (the speaker quoted: "
          "other), undated: in the trenches near Kursk"),
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
