"""Build the THIRTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A thirty-fifth corpus for an honest measurement on articles the extractor has never met, written in
session 9 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Passau paper with a Passau
political scientist, a Mainz TV station's web text with a Mainz researcher, a Graz university
newspaper (Austrian conventions), an Appenzell paper with a Herisau militia officer (Swiss
conventions), a German police union magazine's world page and an Erfurt city magazine previewing a
panel; a Sri Lankan radio station's website, a Belfast Sunday paper's week in review, an Anchorage
paper, a Georgian business outlet, a Manawatu regional paper on the Ohakea air base and a Tanzanian
radio station's website. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding,
checks, CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind33_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

A01 = Source(
    article_id="p01_passau_selenskyj_elftausend",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"), dated_by="sidecar",
    sidecar=(
        "Passauer Donaubote",
        "https://www.donaubote-passau.example/politik/kursk-11000-id88412",
        "Kursk: Kiew zählt 11.000 Nordkoreaner im Grenzgebiet",
    ),
    features="Passau paper's politics page, plain UTF-8 text (sidecar, Wednesday) with a local "
        "angle (a Passau political scientist, Ukrainian refugees in Passau, a charity concert); "
        "headline 'Kiew zählt' from Zelensky's 'am Montagabend' figure (Monday to publication); "
        "the Pentagon spokeswoman 'am Montag vergangener Woche' (an ISO date) and 'hieß es am "
        "Dienstag' after `Mindestens 8.000` 'davon' (breakdown, near_front); lawmakers briefed by "
        "the NIS 'Ende Oktober' carried by Konjunktiv to a planned total and the first special "
        "forces; HUR 'am Wochenende' `mehrere Hundert`; the Passau researcher's range in quotes "
        "with 'sagt' (other, `pub`); Peskow without a figure; army size, Bundeswehr size, dollars "
        "per soldier, distance, refugees, age, a concert date",
    text="""\
Kursk: Kiew zählt [[11.000]] Nordkoreaner im Grenzgebiet

Erste Gefechte mit Einheiten aus Pjöngjang gemeldet – ein Passauer Ostasien-Experte hält die \
bisher genannten Zahlen nur für den Anfang

Von Martina Gschwendtner

Passau/Kiew. Wolodymyr Selenskyj hat am Montagabend eine Zahl genannt, die auch in Berlin \
aufhorchen lässt. In der Grenzregion Kursk stünden inzwischen [[11.000]] nordkoreanische \
Soldaten, sagte der ukrainische Präsident in seiner abendlichen Videoansprache. Es habe bereits \
erste Gefechte mit ihnen gegeben, die Ukraine werde sich davon „nicht einschüchtern lassen“.

Washington hält die Größenordnung für plausibel. Schon am Montag vergangener Woche hatte \
Pentagon-Sprecherin Sabrina Singh erklärt, [[rund 10.000]] Nordkoreaner würden im Osten Russlands \
ausgebildet, ein Teil von ihnen sei bereits in Richtung Westen unterwegs. [[Mindestens 8.000]] \
davon seien inzwischen im Raum Kursk angekommen, hieß es am Dienstag aus dem \
US-Verteidigungsministerium.

Auch in Seoul rechnet man mit weiteren Transporten. Abgeordnete, die Ende Oktober vom \
südkoreanischen Geheimdienst NIS unterrichtet worden waren, gaben dessen Einschätzung so wieder: \
Bis zum Jahresende wolle Pjöngjang [[etwa 12.000]] Mann nach Russland bringen. Eine erste Gruppe \
von [[rund 1.500]] Spezialkräften sei schon Mitte Oktober mit russischen Marineschiffen in \
Wladiwostok eingetroffen.

Der ukrainische Militärgeheimdienst HUR meldete am Wochenende, [[mehrere Hundert]] der \
Nordkoreaner seien bereits in Kämpfe verwickelt worden. Eine unabhängige Bestätigung dafür gibt \
es bislang nicht. Moskau schweigt: Kremlsprecher Dmitri Peskow verwies am Dienstag lediglich auf \
den Beistandsvertrag, den beide Länder im Juni unterzeichnet haben.

Für Tobias Reindl, der an der Universität Passau über Sicherheitspolitik in Ostasien forscht, ist \
das erst der Anfang. „Ich würde mich nicht wundern, wenn bis zum Frühjahr [[15.000 bis 20.000]] \
Nordkoreaner nach Russland verlegt werden“, sagt der 41-Jährige. Für Kim Jong Un sei der Einsatz \
ein Geschäft: Moskau zahle nach Schätzungen rund 2.000 US-Dollar pro Soldat und Monat und liefere \
womöglich Technik für Satelliten und U-Boote.

Nordkoreas Streitkräfte umfassen nach westlichen Schätzungen etwa 1,2 Millionen aktive Soldaten. \
Zum Vergleich: Die Bundeswehr zählt gut 181.000 Männer und Frauen. Von Passau bis Kursk sind es \
knapp 1.900 Kilometer Luftlinie.

In Stadt und Landkreis Passau leben nach Angaben des Landratsamts derzeit rund 2.400 Geflüchtete \
aus der Ukraine. Der Verein „Ukrainische Brücke Passau“ lädt für Samstag, 16. November, um 15 Uhr \
zu einem Benefizkonzert in den Großen Redoutensaal ein; der Eintritt ist frei, die Spenden gehen \
an ein Krankenhaus in Charkiw.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Kiew zählt': Zelensky's figure of the lead, 'am Montagabend' (Monday to "
          "publication): in the border region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend' (Wednesday article): stünden in der Grenzregion Kursk"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "Pentagon spokeswoman 'am Montag vergangener Woche': trained in eastern Russia"),
        C("Mindestens 8.000", 8000, "at_least", "near_front", "united_states", "tue",
          "'davon' (breakdown, not additional), 'hieß es am Dienstag aus dem "
          "US-Verteidigungsministerium' after the figure: arrived in Kursk"),
        C("etwa 12.000", 12000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "lawmakers briefed by the NIS 'Ende Oktober', Konjunktiv: total to be brought by the end "
          "of the year"),
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "same briefing carried by Konjunktiv: first group arrived in Vladivostok ('Mitte "
          "Oktober' is the event)"),
        C("mehrere Hundert", None, "vague", "near_front", "ukraine", "sat..sun",
          "HUR 'am Wochenende': involved in fighting"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Passau political scientist in quotes, 'sagt' (undated: publication date): could be "
          "moved by spring"),
    ),
)

A02 = Source(
    article_id="p02_mainz_tv_verluste_gefangene_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-13"),
    dated_by="html_meta",
    features="Mainz TV station's web text in HTML (`article:published_time` with +01:00, a date "
        "line '13.01.2025 | 16:42 Uhr', a stats script with a video length, a consent banner, "
        "header navigation with `&middot;`, a figure caption, a footer with a viewer-service phone "
        "number); `<title>` figure (optional); headline 'Seoul:' `Rund 300` from the lawmaker's "
        "Monday (the publication day); '2.700 weitere seien verwundet' (the others of the same "
        "count, not additional); Zelensky 'Am Samstag' the number word `zwei` captured; 'am "
        "Sonntagabend' `knapp 4.000`; the White House 'im Dezember'; a Mainz political scientist's "
        "range (other, `pub`) and HUR relayed by him 'rechne damit' `Tausenden` 'Ersatzkräften' "
        "(ukraine, increment, `pub`); ages, Russian losses a day, drones, photo file name",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul: [[300]] Nordkoreaner in Kursk gefallen - Ausland | M1 Nachrichten</title>
<meta name="description" content="Erstmals nennt Südkoreas Geheimdienst Verlustzahlen für Kims \
Truppen. Kiew hält Gefangene fest.">
<meta property="og:site_name" content="M1 Nachrichten">
<meta property="article:published_time" content="2025-01-13T16:42:00+01:00">
<script>var m1Stats={site:"nachrichten",cid:"c-20250113-7781",ressort:"ausland",video:"1:52"};</sc\
ript>
<script async src="https://stats.m1nachrichten.example/pixel.js"></script>
</head>
<body>
<div class="consent">Diese Seite nutzt Cookies für Statistik und eingebettete Videos. \
Einzelheiten in der <a href="/datenschutz">Datenschutzerklärung</a>. <button>Alle \
erlauben</button> <button>Auswahl anpassen</button></div>
<header><a href="/">M1 Nachrichten</a> &middot; <a href="/politik">Politik</a> &middot; <a \
href="/ausland">Ausland</a> &middot; <a href="/panorama">Panorama</a> &middot; <a \
href="/live">Live-TV</a></header>
<main>
<p class="dachzeile">Krieg gegen die Ukraine</p>
<h1>Seoul: [[Rund 300]] nordkoreanische Soldaten in Kursk gefallen</h1>
<p class="meta">13.01.2025 | 16:42 Uhr</p>
<p class="intro"><strong>Südkoreas Geheimdienst legt erstmals eine Verlustbilanz für Kims Truppen \
vor. Kiew will gefangene Nordkoreaner gegen eigene Soldaten austauschen.</strong></p>
<p>Im Krieg gegen die Ukraine sind nach Einschätzung des südkoreanischen Geheimdienstes NIS \
bislang [[rund 300]] nordkoreanische Soldaten getötet worden. [[2.700]] weitere seien verwundet, \
berichtete der Abgeordnete Lee Seong-kweun am Montag nach einer vertraulichen Sitzung des \
Geheimdienstausschusses in Seoul.</p>
<p>Der Dienst führt die hohen Verluste demnach auch darauf zurück, dass die Truppen aus dem \
Norden kaum auf den Drohnenkrieg vorbereitet seien. Russland setze sie zudem als Sturmtrupps ein, \
ohne ihnen ausreichend Deckung durch Artillerie zu geben.</p>
<h2>Gefangene in Kiew</h2>
<p>Am Samstag hatte Präsident Wolodymyr Selenskyj bekanntgegeben, dass ukrainische Einheiten im \
Gebiet Kursk [[zwei]] nordkoreanische Soldaten festgenommen haben. Die Männer sind nach Angaben \
des Geheimdienstes SBU 20 und 26 Jahre alt, einer ist am Kiefer verletzt. Selenskyj bot an, sie \
an Pjöngjang zu übergeben, falls Kim Jong Un im Gegenzug die Freilassung ukrainischer \
Kriegsgefangener aus Russland erreiche.</p>
<p>In seiner Videoansprache am Sonntagabend bezifferte Selenskyj die nordkoreanischen Verluste \
deutlich höher als Seoul: Getötet oder verwundet worden seien [[knapp 4.000]] Mann. Das Weiße \
Haus hatte bereits im Dezember von [[mehr als 1.000]] toten oder verletzten Nordkoreanern \
gesprochen.</p>
<p>Der Mainzer Politikwissenschaftler Konrad Elsner, der an der Johannes Gutenberg-Universität zu \
Nordkorea forscht, geht davon aus, dass noch [[etwa 8.000 bis 9.000]] Nordkoreaner in der Region \
Kursk im Einsatz sind. Der ukrainische Militärgeheimdienst HUR rechne seinerseits damit, dass \
Pjöngjang die Ausfälle mit [[Tausenden]] Ersatzkräften ausgleichen werde, sagte Elsner.</p>
<p>Russland verliert nach ukrainischer Zählung derzeit mehr als 1.500 Soldaten pro Tag. In der \
Nacht zum Montag wehrte die ukrainische Luftabwehr nach eigenen Angaben 47 von 70 russischen \
Drohnen ab.</p>
<figure><img src="/img/2025/01/kursk-gefangener-1280.jpg" alt=""><figcaption>Einer der Gefangenen \
beim Verhör. Foto: SBU</figcaption></figure>
</main>
<footer>&copy; M1 Nachrichten 2025 &middot; <a href="/impressum">Impressum</a> &middot; \
Zuschauerservice 06131 70-12345</footer>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the headline: killed", opt=True),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:': the lawmaker's Monday figure (the publication day): killed"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS via a lawmaker 'am Montag' (the publication day), named in the next sentence: "
          "killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "'2.700 weitere seien verwundet' (the others of the same count: not additional)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': captured (number word)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'am Sonntagabend': killed or wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-01..2024-12-31",
          "White House 'bereits im Dezember': dead or wounded"),
        C("etwa 8.000 bis 9.000", None, "range", "near_front", "other", "pub",
          "Mainz political scientist 'geht davon aus' (undated): still in action in Kursk"),
        C("Tausenden", None, "vague", "planned", "ukraine", "pub",
          "HUR relayed by the researcher ('rechne ... sagte Elsner', no date): 'Ersatzkräften' "
          "(replacements: increment)", add=True),
    ),
)

A03 = Source(
    article_id="p03_graz_unizeitung_rueckzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Graz university newspaper in Markdown, ISO-8859-1 with straight quotes (front matter "
        "with `date:`, Thursday): 'Jänner', 'Feber', 'heuer'; bold deck 'Kiew hält dagegen' `über "
        "8.000` from the SSO spokesman 'Anfang Feber' (days 1-10 to publication); the NIS 'am "
        "Dienstag' without a figure, then 'hatte der Dienst bereits im Jänner beziffert' (month "
        "window) for a total and two casualty figures; the SSO spokesman 'Anfang Feber' in "
        "Konjunktiv with `rund 1.500` 'als Ersatz' (increment); a US defence official 'Ende "
        "Jänner' 'einigen tausend' zusätzlichen (vague increment); Rutte 'vergangene Woche' "
        "(nato); a Graz contemporary historian's range 'noch einmal' (increment, `pub`; 'heuer' is "
        "the event); army size, students from South Korea and Ukraine, lecture date, time, room "
        "and length",
    text="""\
---
title: "Stille an der Kursk-Front"
date: 2025-02-20
ressort: Welt
autorin: Lena Pichler
ausgabe: "Sommersemester 2025, Nr. 2"
---

# Stille an der Kursk-Front

**Seoul meldet den Rückzug von Kims Truppen. Kiew hält dagegen: Dort stünden weiter [[über \
8.000]] Nordkoreaner.**

Sie kamen im Herbst, kämpften im Winter und sind nun offenbar verschwunden. Seit Mitte Jänner \
seien an den Frontabschnitten im russischen Gebiet Kursk keine nordkoreanischen Soldaten mehr \
beobachtet worden, teilte Südkoreas Geheimdienst NIS am Dienstag in Seoul mit. Vermutlich habe \
Pjöngjang seine Einheiten wegen schwerer Verluste zurückgezogen.

Wie schwer diese sind, hatte der Dienst bereits im Jänner beziffert: Von den [[rund 11.000]] \
Soldaten, die Pjöngjang im vergangenen Herbst nach Russland in Marsch gesetzt habe, seien [[etwa \
300]] gefallen und [[2.700]] verwundet worden.

Ganz anders klingt es aus Kiew. Oleh Martschuk, ein Sprecher der ukrainischen \
Spezialeinsatzkräfte, sagte Anfang Feber im Fernsehen, die Nordkoreaner hätten sich lediglich neu \
formiert. Nach wie vor seien [[mehr als 8.000]] von ihnen in der Region Kursk stationiert. Über \
Wladiwostok seien im Jänner zudem [[rund 1.500]] Mann als Ersatz eingetroffen, erklärte er.

Auch in Washington rechnet man mit Nachschub. Ein Vertreter des US-Verteidigungsministeriums \
sprach Ende Jänner von '[[einigen tausend]]' zusätzlichen Soldaten, die in Nordkorea für den \
Einsatz vorbereitet würden. NATO-Generalsekretär Mark Rutte sagte vergangene Woche in Brüssel, \
Pjöngjang habe bisher "[[etwa 12.000]]" Soldaten nach Russland geschickt, und warnte vor einer \
"Verflechtung der Kriegsschauplätze in Europa und Asien".

Die Grazer Zeithistorikerin Ulrike Sammer, die am Institut für Geschichte zum Kalten Krieg in \
Ostasien forscht, hält den Rückzug für eine Atempause. "Ich rechne damit, dass heuer noch einmal \
[[3.000 bis 5.000]] Mann nachkommen", sagt sie im Gespräch mit unserer Zeitung. Nordkorea habe \
mit seinen rund 1,2 Millionen Soldaten genug Reserven. Entscheidend seien die Erfahrungen mit \
Drohnen, die Rückkehrer mit nach Hause brächten.

An der Universität Graz sind derzeit 37 Studierende aus Südkorea eingeschrieben, dazu kommen 212 \
aus der Ukraine. Sammer spricht am 12. März um 18.30 Uhr in der Ringvorlesung "Krieg in Europa" \
im Hörsaal 15.03 der ReSoWi. Der Eintritt ist frei, der Vortrag dauert etwa 90 Minuten und wird \
live übertragen.
""",
    claims=(
        C("über 8.000", 8000, "at_least", "near_front", "ukraine", "2025-02-01..pub",
          "bold deck 'Kiew hält dagegen': the SSO spokesman's figure of the body ('Anfang Feber' "
          "to publication): still in Kursk"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-01..2025-01-31",
          "'hatte der Dienst bereits im Jänner beziffert' (an older figure recalled, month "
          "window): sent to Russia"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same January count, Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same January count: wounded (not additional)"),
        C("mehr als 8.000", 8000, "at_least", "near_front", "ukraine", "2025-02-01..2025-02-10",
          "SSO spokesman 'Anfang Feber' (days 1-10), Konjunktiv: stationed in Kursk"),
        C("rund 1.500", 1500, "approx", "in_russia", "ukraine", "2025-02-01..2025-02-10",
          "same spokesman ('erklärte er'): arrived 'als Ersatz' (increment; 'im Jänner' is the "
          "event)", add=True),
        C("einigen tausend", None, "vague", "planned", "united_states", "2025-01-21..2025-01-31",
          "US defence official 'Ende Jänner' in single quotes: 'zusätzlichen' soldiers being "
          "prepared (increment)", add=True),
        C("etwa 12.000", 12000, "approx", "in_russia", "nato", "lastweek",
          "Rutte 'vergangene Woche in Brüssel' in double quotes: sent to Russia"),
        C("3.000 bis 5.000", None, "range", "planned", "other", "pub",
          "Graz contemporary historian in an undated talk with the paper: 'noch einmal ... "
          "nachkommen' (increment; 'heuer' is the event)", add=True),
    ),
)

A04 = Source(
    article_id="p04_appenzell_zugestaendnis_kursk",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-29"), dated_by="sidecar",
    crlf=True,
    sidecar=(
        "Appenzeller Landbote",
        "https://www.landbote-appenzell.example/ausland/moskau-und-pjoengjang-geben-einsatz-zu",
        "Moskau und Pjöngjang geben Einsatz in Kursk zu",
    ),
    features="Appenzell paper's foreign page, windows-1252 with CRLF (sidecar, Tuesday), Swiss "
        "conventions: `ss`, «», `15'000`, `11'000`, `140'000`, 4-digit `4700`/`5000`; a deck with "
        "the JCS figure (Monday to publication); 'Appenzell/Seoul. –' opening; Gerasimov 'Am "
        "Samstag' and KCNA 'Am Montag' without a figure; the JCS 'geht davon aus' with the day "
        "after the figures ('teilte der Generalstab am Montag mit'), `gegen 600` (Swiss `gegen` = "
        "about) 'darunter' (breakdown); the Duma defence committee chairman 'am Montag' «einige "
        "tausend» (russia); the US State Department 'teilte mit' without a date; the Ukrainian "
        "General Staff without a date; a Herisau militia officer 'nochmals' range (increment, "
        "other, `pub`; 'bis im Sommer' is the event); sanctions listings ('weitere 74 Personen'), "
        "the Landsgemeinde's voters and a credit in francs, the Swiss army's size",
    text="""\
Ausland

Moskau und Pjöngjang geben Einsatz in Kursk zu

Erstmals räumen beide Regierungen ein, was Geheimdienste seit einem halben Jahr melden. Seoul \
beziffert die nordkoreanischen Verluste inzwischen auf [[etwa 4700]] Mann.

Appenzell/Seoul. – Monatelang hatten Moskau und Pjöngjang geschwiegen oder dementiert. Am Samstag \
dann lobte der russische Generalstabschef Waleri Gerassimow bei einer Sitzung mit Präsident \
Wladimir Putin die «Tapferkeit» der Soldaten aus Nordkorea, die bei der Befreiung der Region \
Kursk geholfen hätten. Am Montag zog die nordkoreanische Staatsagentur KCNA nach: Kim Jong Un \
persönlich habe die Entsendung angeordnet, um «die Aggressoren zu vernichten».

Zahlen nannte keine der beiden Seiten, diese kommen weiterhin aus Seoul. Der südkoreanische \
Generalstab (JCS) geht davon aus, dass Nordkorea seit Oktober [[rund 15'000]] Soldaten nach \
Russland geschickt hat. Von ihnen seien [[etwa 4700]] getötet oder verwundet worden, darunter \
[[gegen 600]] Tote, teilte der Generalstab am Montag mit.

In Moskau äusserte sich am Montag auch Andrei Kartapolow, der Vorsitzende des \
Verteidigungsausschusses der Duma. Im Staatsfernsehen bezifferte er die nordkoreanischen Kämpfer \
auf «[[einige tausend]]»; sie hätten an der Front «ihre Pflicht erfüllt».

Das US-Aussenministerium teilte mit, Pjöngjang habe [[über 11'000]] Soldaten entsandt, und \
verlangte ein Ende der militärischen Zusammenarbeit. Der ukrainische Generalstab bestreitet \
derweil, dass Kursk vollständig in russischer Hand sei. Nach seiner Darstellung kämpfen dort \
weiterhin [[mehrere tausend]] Nordkoreaner.

Der Herisauer Milizoffizier und Sicherheitspolitiker Ruedi Frehner hält die späte Bestätigung für \
folgerichtig. «Kim will die Gefallenen als Helden ehren und gleichzeitig Nachschub schicken», \
sagt er. «Ich gehe davon aus, dass bis im Sommer nochmals [[5000 bis 6000]] Mann nach Russland \
kommen.» Zum Vergleich: Die Schweizer Armee zählt heute rund 140'000 Angehörige.

Die Schweiz hat ihre Sanktionen gegen Russland seit 2022 mehrfach verschärft, zuletzt übernahm \
der Bundesrat im Februar Massnahmen gegen weitere 74 Personen und 5 Organisationen. \
Nordkoreanische Stellen stehen bereits seit Jahren auf der Liste.

An der Landsgemeinde vom Sonntag standen in Appenzell rund 3800 Stimmberechtigte im Ring. Den \
Kredit von 4,2 Millionen Franken für die Sanierung des Zeughauses hiessen sie mit grossem Mehr gut.
""",
    claims=(
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "mon..pub",
          "deck 'Seoul beziffert': the JCS's Monday figure of the body (Monday to publication)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'geht davon aus', dated after the figures ('teilte der Generalstab am Montag mit'): "
          "sent"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "same Monday statement: killed or wounded"),
        C("gegen 600", 600, "approx", "casualties", "south_korea", "mon",
          "'darunter gegen 600 Tote' (Swiss gegen = about; breakdown): dead"),
        C("einige tausend", None, "vague", "near_front", "russia", "mon",
          "Duma defence committee chairman 'am Montag' in «»: fought at the front"),
        C("über 11'000", 11000, "at_least", "in_russia", "united_states", "pub",
          "US State Department 'teilte mit' (no date): sent"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "pub",
          "Ukrainian General Staff 'Nach seiner Darstellung' (no date): still fighting in Kursk"),
        C("5000 bis 6000", None, "range", "planned", "other", "pub",
          "Herisau militia officer in «», 'nochmals' (increment; 'bis im Sommer' is the "
          "event)", add=True),
    ),
)

A05 = Source(
    article_id="p05_polizeigewerkschaft_weltseite_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "Blaulicht Report",
        "https://www.blaulicht-report.example/heft-07-2025/blick-ueber-den-zaun",
        "Blick über den Zaun: Nordkoreas Pioniere für Kursk",
    ),
    features="German police union magazine's world page in Markdown, UTF-8 with BOM, front matter "
        "without a date (sidecar, Thursday), an issue number '07/2025' and a page number; Shoigu "
        "'Am 17. Juni' (an explicit date) with two planned contingents; the NIS 'im Frühjahr' "
        "(season: March-May) with a total and a breakdown 'von ihnen'; Rutte 'vergangene Woche "
        "beim Gipfeltreffen' in „“ (nato); HUR 'hält es für möglich' `zwischen 25.000 und 30.000 "
        "zusätzliche` (range increment, `pub`); lawmakers in Seoul 'Ende Juni' carried by "
        "Konjunktiv to `rund 11.000` in Kursk; the magazine's own sum 'kommt die Redaktion auf' "
        "`mindestens 21.000` (unattributed, required); sabotage cases, per cent, union members, "
        "page numbers",
    text="""\
---
title: "Blick über den Zaun: Nordkoreas Pioniere für Kursk"
rubrik: Internationales
ausgabe: "07/2025"
autor: Redaktion Blaulicht Report
---

## Blick über den Zaun

### Nordkoreas Pioniere für Kursk

*Moskau holt sich weitere Hilfe aus Pjöngjang – diesmal für Minenfelder und Baustellen. Ein \
Überblick über die Zahlen, die derzeit im Umlauf sind.*

Am 17. Juni war Sergej Schoigu wieder einmal in Pjöngjang. Nach einem Treffen mit Kim Jong Un \
verkündete der Chef des russischen Sicherheitsrats, Pjöngjang stelle für Kursk [[1.000]] Pioniere \
zur Minenräumung sowie [[5.000]] Soldaten für Bauarbeiten bereit. Ihre Aufgabe: die Minenfelder \
beseitigen, die nach den Kämpfen zurückgeblieben sind, und zerstörte Brücken und Straßen wieder \
aufbauen.

Wie viele Nordkoreaner bereits in Russland waren, darüber gehen die Angaben auseinander. \
Südkoreas Geheimdienst NIS hatte im Frühjahr geschätzt, dass Pjöngjang bis dahin [[etwa 15.000]] \
Soldaten geschickt hatte; [[etwa 4.700]] von ihnen seien getötet oder verwundet worden.

NATO-Generalsekretär Mark Rutte nannte vergangene Woche beim Gipfeltreffen der Allianz in Den \
Haag die Zahl von „[[mehr als 10.000]]“ nordkoreanischen Soldaten, die Pjöngjang nach Russland \
geschickt habe. Der ukrainische Militärgeheimdienst HUR geht noch weiter: Er hält es für möglich, \
dass Nordkorea in den kommenden Monaten [[zwischen 25.000 und 30.000]] zusätzliche Soldaten \
bereitstellt – ein Vielfaches der bisherigen Kontingente.

Abgeordnete in Seoul berichteten Ende Juni nach einer Sitzung des Geheimdienstausschusses, die \
Bautrupps könnten schon im Juli oder August aufbrechen. Derzeit seien noch [[rund 11.000]] \
nordkoreanische Soldaten im Raum Kursk stationiert, die meisten von ihnen in der Nähe der Grenze.

Zählt man alle offiziellen Angaben zusammen, kommt die Redaktion auf [[mindestens 21.000]] \
Nordkoreaner, die Pjöngjang bis Jahresende nach Russland geschickt haben dürfte.

**Was heißt das für uns?** Für die Polizei in Deutschland hat der Krieg längst eine \
Inlandsdimension. Das Bundeskriminalamt zählte 2024 nach eigenen Angaben mehr als 40 Fälle, in \
denen mutmaßlich im Auftrag russischer Dienste Sabotage vorbereitet wurde. In einigen Ländern \
stieg die Zahl der Einsätze zum Schutz kritischer Infrastruktur um bis zu 30 Prozent. Unsere \
Gewerkschaft, die bundesweit rund 39.000 Mitglieder vertritt, fordert dafür zusätzliches Personal.

*Dieser Beitrag erschien in Heft 07/2025 auf Seite 34. Leserbriefe bitte an die Redaktion.*
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni' in Pyongyang: sappers for mine clearing to be provided"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders to be sent (a planned contingent, not an "
          "increment)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'im Frühjahr' (season: March-May): sent by then"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same estimate, 'von ihnen' (breakdown): killed or wounded"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'vergangene Woche beim Gipfeltreffen' in „“: sent to Russia"),
        C("zwischen 25.000 und 30.000", None, "range", "planned", "ukraine", "pub",
          "HUR 'hält es für möglich' (no date): 'zusätzliche' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "2025-06-21..2025-06-30",
          "lawmakers in Seoul 'Ende Juni' after the intelligence committee, Konjunktiv: stationed "
          "near Kursk"),
        C("mindestens 21.000", 21000, "at_least", "planned", "unattributed", "pub",
          "the magazine's own sum of official figures ('kommt die Redaktion auf'): expected by the "
          "end of the year"),
    ),
)

A06 = Source(
    article_id="p06_erfurt_stadtmagazin_parade_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Erfurter Blätter",
        "",
        "Stadtgespräch: Kims Parade, Kims Tote",
    ),
    features="Erfurt city magazine's web page in HTML, ISO-8859-1 (quotes only as entities "
        "`&bdquo;`/`&ldquo;`, `&ndash;`, `&middot;`, `&amp;`, `&copy;`), no meta date (sidecar "
        "without url, Wednesday), an ad-slot script, a cookie notice, navigation; teaser `Rund "
        "2.000` 'sollen ... gefallen sein' from the NIS estimate of the body 'Mitte September' "
        "(window to publication); parade veterans 'am vergangenen Freitag' shown by state TV "
        "(returnees: optional); the NIS 'Mitte September' carried by 'Demnach' and 'hieß es "
        "damals' (at the time); KCNA 'Im August' `Dutzenden` fallen (north_korea); Russia's "
        "ambassador in Pyongyang 'Anfang Oktober' to Tass in „“ (russia); an Erfurt Korea scholar "
        "'schätzt' in „“ (other, `pub`); a Ukrainian journalist 'beruft sich auf' HUR (ukraine, "
        "`pub`) `6.000 weiteren` (increment); the 80th anniversary, ticket prices, a phone number, "
        "hall capacity, Ukrainians and pupils in Erfurt, print run",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Stadtgespräch: Kims Parade, Kims Tote | Erfurter Blätter</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/stadt.min.css?v=318">
<script>var eb={ressort:"stadtgespraech",id:88213,ads:["300x250","728x90"]};</script>
</head>
<body>
<div id="cookie-hinweis">Wir verwenden Cookies, um unser Stadtmagazin zu verbessern. <a \
href="/datenschutz">Mehr dazu</a> <button>Einverstanden</button> <button>Ablehnen</button></div>
<nav>Stadtleben &middot; Kultur &middot; Essen &amp; Trinken &middot; Termine &middot; \
Stadtgespräch</nav>
<article>
<p class="rubrik">Stadtgespräch</p>
<h1>Kims Parade, Kims Tote</h1>
<p class="teaser">[[Rund 2.000]] nordkoreanische Soldaten sollen im Krieg gegen die Ukraine \
gefallen sein. Im Haus Dacheröden wird nächste Woche darüber gestritten, was das für Europa \
bedeutet.</p>
<p>Als am vergangenen Freitag in Pjöngjang Panzer und Raketenwerfer über den Kim-Il-Sung-Platz \
rollten, marschierten auch [[mehrere hundert]] Veteranen des Einsatzes in Kursk mit. Das \
nordkoreanische Staatsfernsehen zeigte sie in Großaufnahme, Kim Jong Un salutierte. Anlass war \
der 80. Jahrestag der Gründung der Arbeiterpartei.</p>
<p>Wie viele nicht zurückgekehrt sind, verschweigt das Regime. Südkoreas Geheimdienst NIS legte \
Mitte September eine Schätzung vor. Demnach sind [[rund 2.000]] Nordkoreaner in Kursk ums Leben \
gekommen. Insgesamt habe Pjöngjang seit Oktober 2024 [[etwa 15.000]] Soldaten nach Russland \
geschickt, hieß es damals.</p>
<p>Im August hatte Kim nach Angaben der Staatsagentur KCNA [[Dutzenden]] gefallenen Soldaten \
posthum den Titel &bdquo;Held der Republik&ldquo; verliehen. Russlands Botschafter in Pjöngjang, \
Alexander Mazegora, lobte Anfang Oktober in einem Interview mit der Agentur Tass die Arbeit von \
&bdquo;[[Tausenden]] nordkoreanischen Pionieren&ldquo;, die im Gebiet Kursk Minen räumten.</p>
<h2>Diskussion im Haus Dacheröden</h2>
<p>Am Donnerstag, 23. Oktober, um 19 Uhr diskutieren im Haus Dacheröden am Anger die Erfurter \
Koreanistin Sabine Wendel und der ukrainische Journalist Andrij Kowal, der seit 2022 in Erfurt \
lebt. Wendel schätzt, dass derzeit noch &bdquo;[[mehr als 10.000]]&ldquo; Nordkoreaner in \
Russland stationiert sind &ndash; als Bautrupps, Minenräumer und Reserve. Kowal beruft sich auf \
den ukrainischen Militärgeheimdienst: Pjöngjang bereite die Entsendung von [[6.000]] weiteren \
Soldaten vor.</p>
<p>Karten kosten 8 Euro, ermäßigt 5 Euro, an der Abendkasse und in der Tourist-Information am \
Benediktsplatz (Telefon 0361 66400). Der Saal fasst 120 Personen. In Erfurt leben derzeit rund \
4.300 Menschen aus der Ukraine, etwa 380 Kinder besuchen hier eine Schule.</p>
</article>
<footer>&copy; 2025 Erfurter Blätter &middot; Stadtmagazin für Erfurt und Umgebung &middot; <a \
href="/impressum">Impressum</a> &middot; Auflage 22.000 Exemplare</footer>
</body>
</html>
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-11..pub",
          "teaser 'sollen ... gefallen sein': the NIS estimate of the body ('Mitte September' to "
          "publication)"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "parade veterans of Kursk shown by state TV 'am vergangenen Freitag' (returnees: "
          "optional)", opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-11..2025-09-20",
          "NIS 'Mitte September' (days 11-20), carried by 'Demnach': dead"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-11..2025-09-20",
          "same estimate, 'hieß es damals' (at the time): sent since October 2024"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "KCNA 'Im August': fallen soldiers honoured posthumously"),
        C("Tausenden", None, "vague", "near_front", "russia", "2025-10-01..2025-10-10",
          "Russia's ambassador in Pyongyang to Tass 'Anfang Oktober', inside „“: deminers in "
          "Kursk"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "other", "pub",
          "Erfurt Korea scholar 'schätzt' in „“ (undated: publication date): stationed in Russia"),
        C("6.000", 6000, "exact", "planned", "ukraine", "pub",
          "a Ukrainian journalist 'beruft sich auf' HUR (the source's group, no date): 'weiteren' "
          "(increment)", add=True),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Sri Lanka, Northern Ireland, Alaska, Georgia, New Zealand, Tanzania)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="q07_lanka_radio_seoul_11000_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-10-29"), dated_by="sidecar",
    sidecar=(
        "Lakwaru FM News",
        "https://news.lakwarufm.example/world/2024/10/29/seoul-11000-troops",
        "Seoul now counts about 11,000 North Korean troops in Russia",
    ),
    features="Sri Lankan radio station's news website, UTF-16 LE with BOM (sidecar, Tuesday), a "
        "programme line with bulletin times and an FM frequency; headline 'Seoul now counts' from "
        "lawmakers briefed 'on Tuesday' (the publication day); 'more than three times' (ratio); "
        "the NIS 'Last Wednesday' in a Tuesday article (six days before, an ISO date); Rutte 'on "
        "Monday' without a figure; the Pentagon 'on Monday'; HUR 'in a statement on Saturday' with "
        "`about 2,600` in Kursk and `several thousand` more (vague increment); a University of "
        "Colombo lecturer 'By the new year' `well over 15,000` (other, `pub`); Sri Lankans in the "
        "Russian army (killed, serving, missing: not claims), rupees, ages, a phone number",
    text="""\
LAKWARU FM NEWS | World | 6.45 pm bulletin

Seoul now counts [[about 11,000]] North Korean troops in Russia

South Korea's spy agency now believes [[around 11,000]] North Korean soldiers are in Russia, more \
than three times the figure it gave only a week ago, according to members of parliament in Seoul \
who were briefed behind closed doors on Tuesday.

Last Wednesday the National Intelligence Service had spoken of [[3,000]] troops, most of them \
still at training grounds in Russia's Far East.

The new count came a day after NATO Secretary General Mark Rutte confirmed for the first time \
that North Korean units had been sent to the Kursk region, where Ukrainian forces have held \
ground since August. Rutte, speaking in Brussels on Monday, called the move "a significant \
escalation" but declined to give a number.

Washington has one. The Pentagon said on Monday that [[around 10,000]] North Koreans were being \
trained at bases in eastern Russia and that a portion of them had already moved closer to Ukraine.

Ukraine's military intelligence agency, HUR, said in a statement on Saturday that the first North \
Korean units had reached Kursk on Wednesday. It said [[about 2,600]] men were there now and that \
[[several thousand]] more would follow before the start of November. The Kremlin has neither \
confirmed nor denied the deployment.

The reports are being followed closely in Sri Lanka, where families of men who signed up to fight \
for Russia have been pressing the government for news. Foreign Ministry officials told \
journalists last month that at least 16 Sri Lankans had been killed in the war, while around 300 \
are believed to be serving with Russian units and 37 remain missing. Some were promised monthly \
pay of Rs. 600,000.

Dr. Nirmala Wijesekera, a senior lecturer in international relations at the University of \
Colombo, told Lakwaru FM that the numbers from Kursk would keep climbing. "By the new year I \
would expect [[well over 15,000]] North Koreans in Russia. Pyongyang has been waiting for a war \
like this for seventy years," she said.

Families seeking information about relatives in Russia can call the Foreign Ministry's hotline on \
011 233 8812. Lakwaru FM broadcasts news in Sinhala, Tamil and English on 98.4 FM every hour from \
6 am.
""",
    claims=(
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul now counts': the lawmakers' Tuesday figure of the lead (the publication "
          "day)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "NIS via lawmakers briefed 'on Tuesday' (the publication day), claimant and date after "
          "the figure: in Russia"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "NIS 'Last Wednesday' in a Tuesday article (six days before)"),
        C("around 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon 'on Monday': trained in eastern Russia"),
        C("about 2,600", 2600, "approx", "near_front", "ukraine", "sat",
          "HUR 'in a statement on Saturday', carried by 'It said': in Kursk"),
        C("several thousand", None, "vague", "planned", "ukraine", "sat",
          "same statement: 'more would follow' (increment)", add=True),
        C("well over 15,000", 15000, "at_least", "planned", "other", "pub",
          "University of Colombo lecturer in quotes (undated; 'By the new year' is the event): "
          "expected in Russia"),
    ),
)

B02 = Source(
    article_id="q08_belfast_sunday_week_in_war_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-12-22"),
    dated_by="front_matter", crlf=True,
    features="Belfast Sunday paper's week-in-review in Markdown, windows-1252 with CRLF (front "
        "matter with `date:`, a title without a figure, Sunday), UK style with ‘’ and “” quotes "
        "and en dashes; headline `Hundreds` from the US official's Monday figure of the lead "
        "(Monday to publication); 'On Monday' in a Sunday article; the NIS 'By Thursday' via an MP "
        "('according to an MP who attended'); HUR 'On Saturday' `upwards of 200` (at_least); the "
        "NIS 'in October' carried by 'it said at the time' (month window); the JCS 'also on "
        "Monday' `up to 2,000` 'reinforcements' (at_most, increment); an Ulster University "
        "lecturer's spoken range `eleven or twelve thousand` (other, `pub`, Saturday-Sunday) with "
        "'one in ten' (fraction); a Carrickfergus Korean War veteran (age, men from Northern "
        "Ireland, a battle's dead), Ukrainians in Northern Ireland, Russian losses a day",
    text="""\
---
title: "The week in the war: Kim's soldiers begin to fall"
date: 2024-12-22
section: World
byline: Ciaran McAleese
---

# [[Hundreds]] of North Korean soldiers killed or wounded as Kursk fighting bites

*Washington, Seoul and Kyiv all put numbers on the first North Korean losses this week – and none \
of them agree*

The first North Korean casualties of Russia's war arrived this week not as one figure but as \
several, and the answer depended on which capital you asked.

On Monday a senior US military official told reporters that ‘[[several hundred]]’ of Kim Jong \
Un's soldiers had been killed or wounded in the Kursk region, where they have fought alongside \
Russian troops for about a fortnight.

By Thursday Seoul had a sharper count. [[At least 100]] of Pyongyang's troops were dead and \
[[nearly 1,000]] wounded, according to an MP who attended a closed briefing by South Korea's \
National Intelligence Service. The agency blamed unfamiliar terrain and a lack of training \
against drones.

Ukraine's military intelligence agency, HUR, went further still. On Saturday it said [[upwards of \
200]] North Koreans had been killed in three days of assaults on villages near Sudzha, and \
claimed some wounded men had been shot by their own side to prevent capture.

When the first North Koreans were spotted in Russia in October, the NIS put the advance party at \
[[1,500]] special forces troops who had sailed to Vladivostok aboard Russian warships, it said at \
the time. South Korea's Joint Chiefs of Staff said also on Monday that Pyongyang was readying \
[[up to 2,000]] reinforcements.

Dr Niamh Corrigan, who lectures in security studies at Ulster University's Magee campus in Derry, \
said the losses were less surprising than they looked. “There are [[eleven or twelve thousand]] \
North Koreans in Kursk, and most of them had never seen a drone until this autumn,” she told the \
Courier. “If one in ten of them is already a casualty, nobody should be shocked.”

For Bertie Gilmore, 94, from Carrickfergus, the pictures from Kursk stirred old memories. He was \
one of around 1,000 men from Northern Ireland who served in Korea between 1950 and 1953, and his \
battalion of the Royal Ulster Rifles lost more than 150 men in a single night in January 1951. \
“You never forget the cold,” he said.

Since 2022 some 2,100 Ukrainians have settled in Northern Ireland. Kyiv says Russia is now losing \
about 1,500 soldiers a day.
""",
    claims=(
        C("Hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline: the US official's Monday figure of the lead (Monday to publication): killed "
          "or wounded"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "senior US military official 'On Monday' (Sunday article), in ‘’: killed or wounded"),
        C("At least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'By Thursday', 'according to an MP who attended' (after the figures): died"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: hurt (not additional)"),
        C("upwards of 200", 200, "at_least", "casualties", "ukraine", "sat",
          "HUR 'On Saturday': killed in three days"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "NIS 'in October ... it said at the time' (month window): advance party shipped to "
          "Vladivostok"),
        C("up to 2,000", 2000, "at_most", "planned", "south_korea", "mon",
          "JCS 'also on Monday': 'reinforcements' being readied (increment)", add=True),
        C("eleven or twelve thousand", None, "range", "near_front", "other", "pub",
          "Ulster University lecturer to the paper, undated (Saturday-Sunday): spoken range, in "
          "Kursk"),
    ),
)

B03 = Source(
    article_id="q09_anchorage_reinforcements",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-12"), dated_by="dateline",
    features="Anchorage paper's nation-and-world page, plain UTF-8 text dated by a 'Published "
        "March 12, 2025' line and the dateline 'ANCHORAGE —' (Wednesday), US style (`said Tuesday` "
        "without `on`, “” quotes); headline `3,000 more` (increment, span without the word) from "
        "the JCS's Tuesday; 'topped up its force with `roughly 3,000`' (increment); the JCS `about "
        "4,000` killed or wounded; Syrskyi 'on Telegram on Friday' `up to 1,500`; a U.S. defense "
        "official 'last week' “in the low thousands” (vague); an Alaska senator's statement "
        "'Monday' (united_states); a University of Alaska Fairbanks professor's `something like "
        "20,000` (approx, other, `pub`); JBER's troops, Bering Strait miles, Little Diomede, NORAD "
        "intercepts, Koreans in Anchorage, dollars",
    text="""\
THE NORTHERN LEDGER | Nation & World

Seoul: North Korea sent [[3,000]] more troops to Russia this year

By Tom Nakamura
Published March 12, 2025

ANCHORAGE — North Korea has topped up its force in Russia with [[roughly 3,000]] soldiers since \
January, South Korea's military said Tuesday, replacing some of the men lost in the Kursk region \
and signaling that Pyongyang intends to stay in the fight.

The Joint Chiefs of Staff in Seoul also estimated that [[about 4,000]] of the North Koreans sent \
last fall had been killed or wounded. Pyongyang has yet to acknowledge a single casualty.

The new arrivals appear to have reached the front. Ukraine's top commander, Gen. Oleksandr \
Syrskyi, wrote on Telegram on Friday that North Korean units had resumed assaults near Sudzha \
with [[up to 1,500]] men, backed by Russian artillery and glide bombs.

A U.S. defense official, granted anonymity because the assessment is classified, said last week \
that the number of North Koreans back in combat was “[[in the low thousands]]” and rising.

In Alaska, where the Bering Strait leaves Russia 55 miles from the mainland, the news lands \
differently than in the Lower 48. “We are the state that looks Russia in the eye,” said U.S. Sen. \
Ellen Sorensen, an Alaska Republican who sits on the Armed Services Committee. In a statement \
Monday, she said “[[more than 12,000]]” North Korean troops had now been sent to Russia, and she \
urged the Pentagon to keep its fighter squadrons at Eielson Air Force Base near Fairbanks at full \
strength.

About 11,000 active-duty troops are stationed at Joint Base Elmendorf-Richardson in Anchorage. \
NORAD jets intercepted Russian military aircraft near Alaska six times last year, and on Little \
Diomede island residents can see Russia's Big Diomede 2.5 miles away.

Erik Lindahl, who teaches Russian and East Asian politics at the University of Alaska Fairbanks, \
expects Pyongyang to rotate still more soldiers through Russia. “I'd be surprised if we don't see \
[[something like 20,000]] North Koreans cycled through Kursk by the end of the year,” he said. \
“For Kim, that's cash and combat experience he can't buy anywhere else.”

Moscow is believed to pay about $2,000 a month for each North Korean soldier. Anchorage is home \
to an estimated 6,500 Korean Americans, many of whom attend the city's 11 Korean churches.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul:': the JCS's Tuesday figure of the lead (Tuesday to publication): "
          "'more' (increment, span without the word)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "tue",
          "JCS 'said Tuesday' (after the figure): 'topped up its force with' "
          "(increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "JCS 'also estimated' (same statement): killed or wounded"),
        C("up to 1,500", 1500, "at_most", "near_front", "ukraine", "fri",
          "Syrskyi 'on Telegram on Friday': assaults near Sudzha"),
        C("in the low thousands", None, "vague", "near_front", "united_states", "lastweek",
          "U.S. defense official 'last week', in “”: back in combat"),
        C("more than 12,000", 12000, "at_least", "in_russia", "united_states", "mon",
          "Alaska senator's statement 'Monday' (a member of Congress: united_states), in “”: sent"),
        C("something like 20,000", 20000, "approx", "planned", "other", "pub",
          "University of Alaska Fairbanks professor in quotes (undated): expected to be cycled "
          "through by year end"),
    ),
)

B04 = Source(
    article_id="q10_tbilisi_business_war_dividend_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-14"),
    dated_by="html_meta",
    features="Georgian business outlet's economy page in HTML, UTF-8 with BOM "
        "(`article:published_time` with +04:00, NewsArticle JSON-LD with a headline without a "
        "figure, an ad-slot script, a privacy bar, a currency and stock ticker with `&#9650;`, a "
        "figure caption, a footer with an address and phone); `<title>` figure (optional); "
        "headline `15,000` from a Seoul think tank's study 'released on Monday' (Monday to "
        "publication); `an estimated 15,000` (approx, other); dollars, oil barrels, a sanctions "
        "cap; Shoigu 'In mid-June' `6,000` (russia, days 11-20, planned total); HUR 'In July' "
        "range 'additional' (increment); the NIS 'in April' `roughly 4,700` with `around 600` 'of "
        "whom died' (breakdown); the NIS 'Earlier this month' (the 1st to publication); a State "
        "Department spokesperson 'in response to questions' (no date); a Tbilisi economist without "
        "a figure, Georgia's trade with Russia, re-exports in per cent",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pyongyang’s war dividend: what [[15,000]] soldiers earn Kim | Caucasus Business \
Review</title>
<meta property="og:title" content="Pyongyang’s war dividend">
<meta property="article:published_time" content="2025-08-14T10:20:00+04:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headlin\
e":"Pyongyang’s war dividend","datePublished":"2025-08-14T10:20:00+04:00"}</script>
<script>window.cbrAds={slots:["billboard-970x250","mpu-300x600"],geo:"GE"};</script>
</head>
<body>
<div class="privacy-bar">CBR uses cookies to measure readership. <a href="/cookies">Settings</a> \
<button>OK</button></div>
<nav><a href="/">Home</a> | <a href="/markets">Markets</a> | <a href="/banking">Banking</a> | <a \
href="/energy">Energy</a> | <a href="/world">World</a></nav>
<div class="ticker">GEL/USD 2.7085 &#9650; 0.12% | GSE index 1,412.6</div>
<main>
<article>
<h1>Pyongyang’s war dividend: what [[15,000]] soldiers earn Kim</h1>
<p class="lead">A Seoul think tank has put a price on North Korea’s deployment to Russia. For an \
economy not much smaller than Georgia’s, the sums are huge.</p>
<p>North Korea may have earned close to $20 billion from its military cooperation with Russia \
since the autumn of 2024, according to a study released on Monday by the Asan Institute for \
Policy Studies, a private think tank in Seoul. The estimate covers artillery shells, missiles and \
the pay for [[an estimated 15,000]] soldiers Pyongyang has sent to fight for Moscow.</p>
<p>Each soldier brings in roughly $2,000 a month, the authors calculate, most of which goes to \
the state. Russia also pays in fuel: Pyongyang received more than one million barrels of oil last \
year, double the cap of 500,000 barrels set by UN sanctions.</p>
<p>The bill keeps rising. In mid-June, Moscow’s top security official, Sergei Shoigu, announced \
during a visit to Pyongyang that [[6,000]] sappers and military builders would go to Russia’s \
Kursk region to clear mines and rebuild. In July, Ukraine’s military intelligence agency warned \
that [[25,000 to 30,000]] additional troops could follow.</p>
<p>The human cost has been high. South Korea’s intelligence service estimated in April that \
[[roughly 4,700]] North Koreans had been killed or wounded, [[around 600]] of whom died. Earlier \
this month the agency told lawmakers that [[about 11,000]] troops remained deployed near the \
front in Kursk. A US State Department spokesperson, in response to questions from CBR, said \
Washington’s count stood at “[[more than 14,000]]” troops sent.</p>
<h2>What it means for the region</h2>
<p>Georgia’s trade with Russia reached $2.5 billion last year. “North Korea is paid in cash, fuel \
and technology. None of that passes through our ports, but the logic of re-export is the same,” \
said Levan Gogichaishvili, chief economist at Tbilisi brokerage Mtkvari Capital. Used-car \
re-exports to Russia via the Upper Lars crossing rose 14% in the first half of 2025.</p>
<figure><img src="/media/2025/08/kim-ceremony.jpg" alt=""><figcaption>Kim Jong Un at a ceremony \
in Pyongyang. Photo: KCNA</figcaption></figure>
</article>
</main>
<footer>&copy; 2025 Caucasus Business Review LLC &middot; 14 Rustaveli Ave, Tbilisi 0108 &middot; \
+995 32 220 0000</footer>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "other", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("15,000", 15000, "exact", "in_russia", "other", "mon..pub",
          "headline: the think tank's figure of the body (study 'released on Monday', to "
          "publication)"),
        C("an estimated 15,000", 15000, "approx", "in_russia", "other", "mon",
          "Asan Institute study 'released on Monday' (a private think tank: other): sent"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'In mid-June': would go to Kursk (a planned contingent, not an increment)"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'In July': 'additional troops could follow' (increment)", add=True),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'estimated in April': killed or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same estimate, 'of whom died' (breakdown)"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "2025-08-01..pub",
          "NIS 'Earlier this month' to lawmakers: deployed near the front"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "pub",
          "State Department spokesperson answering the outlet (no date), in “”: sent"),
    ),
)

B05 = Source(
    article_id="q11_manawatu_ohakea_seoul_toll_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-09-10"), dated_by="sidecar",
    sidecar=(
        "Manawatū Times",
        "https://www.manawatutimes.example/news/world/ohakea-crews-home-seoul-counts-dead",
        "Ohakea crews home as Seoul counts North Korea's war dead",
    ),
    features="Manawatū regional paper in Markdown, UTF-16 LE with BOM, front matter without a date "
        "(sidecar, Wednesday), NZ style with 4-digit figures without a separator (`2000`, `6000`, "
        "`1000`, `3000`) next to `11,000`/`13,000`; headline 'Seoul:' `2000` killed from the NIS "
        "briefing 'on Tuesday' (Tuesday to publication); claimant and date after the figure "
        "('relayed by members of the ... committee ... after a closed session on Tuesday'); 'In "
        "April the agency had put' `roughly 600`; 'According to the lawmakers' carrying Tuesday to "
        "`about 13,000`, 'a further' `6000` (increment) and `1000` 'of whom' (breakdown, in "
        "Kursk); HUR 'last week'; MFAT 'on Monday' (New Zealand: other); a Massey University "
        "lecturer's `3000 or more` (other, `pub`); the RNZAF deployment (aircraft, personnel, "
        "weeks, the 13th deployment, flying hours, vessels), Palmerston North's population",
    text="""\
---
title: "Ohakea crews home as Seoul counts North Korea's war dead"
section: World
author: Hemi Walker
tags: [defence, Ohakea, North Korea]
---

# Seoul: [[2000]] North Korean soldiers killed fighting for Russia

South Korea's National Intelligence Service now estimates that [[about 2000]] North Korean \
soldiers have been killed since Pyongyang joined Moscow's war, a figure relayed by members of the \
parliamentary intelligence committee in Seoul after a closed session on Tuesday.

In April the agency had put the North Korean dead at [[roughly 600]].

According to the lawmakers, Pyongyang has so far sent [[about 13,000]] combat troops to Russia \
and is preparing a further [[6000]] engineers and construction troops, [[1000]] of whom are \
already clearing mines in the Kursk region.

Ukraine's military intelligence agency said last week that [[around 11,000]] North Korean \
soldiers remained in the Kursk border area.

A spokesperson for the Ministry of Foreign Affairs and Trade said on Monday that New Zealand \
"condemns the deployment of [[thousands]] of North Korean troops to Russia" and would keep \
supporting the monitoring of UN sanctions.

That monitoring has a Manawatū connection. Two RNZAF P-8A Poseidon aircraft and around 60 \
personnel from No. 5 Squadron returned to Ohakea on Monday after four weeks in Japan, where they \
flew patrols to detect ship-to-ship transfers that breach UN sanctions on North Korea. It was the \
13th such deployment since 2018. The crews logged more than 150 flying hours and reported four \
suspicious vessels, the Defence Force said.

Dr Aroha Tane, a senior lecturer at Massey University's Centre for Defence and Security Studies \
in Palmerston North, said the real toll was likely higher than Seoul's estimate. "Given the way \
these units have been thrown at Ukrainian positions, I'd put it at [[3000 or more]]," she said.

She said the patrols mattered more than their size suggested. "A city of 92,000 people might not \
feel close to Kursk, but the fuel that keeps Pyongyang's army moving passes through the same \
waters our crews watch."
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS figure of the lead (Tuesday to publication): killed"),
        C("about 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "NIS via committee members 'after a closed session on Tuesday' (claimant and date after "
          "the figure): killed"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'In April the agency had put the ... dead at' (month window)"),
        C("about 13,000", 13000, "approx", "in_russia", "south_korea", "tue",
          "'According to the lawmakers' (Tuesday's briefing): sent"),
        C("6000", 6000, "exact", "planned", "south_korea", "tue",
          "same: 'preparing a further' (increment)", add=True),
        C("1000", 1000, "exact", "near_front", "south_korea", "tue",
          "'of whom' (breakdown of the 6000, not additional): clearing mines in Kursk"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'last week': in the Kursk border area"),
        C("thousands", None, "vague", "in_russia", "other", "mon",
          "New Zealand's foreign ministry spokesperson 'on Monday' (a third government: other): "
          "deployment to Russia"),
        C("3000 or more", 3000, "at_least", "casualties", "other", "pub",
          "Massey University lecturer in quotes, 'I'd put it at' (undated): dead"),
    ),
)

B06 = Source(
    article_id="q12_dar_radio_border_builders_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-19"),
    dated_by="html_meta", crlf=True,
    features="Tanzanian radio station's news page in HTML, windows-1252 with CRLF "
        "(`article:published_time` with +03:00, a byline line 'Wednesday, 19 November 2025', a "
        "live-stream script, a cookie notice, Swahili navigation, a footer with a plot number and "
        "phone); `<title>` figure (optional); headline 'Seoul says' from the NIS 'on Tuesday' "
        "(Tuesday to publication); 'DAR ES SALAAM –' opening; the NIS 'told a parliamentary "
        "committee' carrying Tuesday to builders moving to Russia and deminers in Kursk; KCNA 'on "
        "Sunday' a memorial to “more than 1,000” fallen (north_korea); Zelensky 'in an interview "
        "published last week' “tens of thousands” more (vague increment); a University of Dar es "
        "Salaam lecturer `close to 15,000` (other, `pub`); diplomatic ties since 1965, Tanzania's "
        "army, Russian losses claimed by Kyiv, SMS number, shillings",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>North Korea keeps [[10,000]] troops near Ukraine border, Seoul says – Bahari FM</title>
<meta name="description" content="South Korea’s spy agency says Pyongyang is also sending \
military builders to Russia.">
<meta property="article:published_time" content="2025-11-19T13:05:00+03:00">
<script>var bfm={stream:"https://live.baharifm.example/968",page:"world",slot:"300x250"};</script>
</head>
<body>
<div class="cookie">We use cookies to keep the live stream running smoothly. <a \
href="/privacy">Privacy</a> <button>Accept</button></div>
<nav>Nyumbani | Habari | Michezo | Biashara | World | Sikiliza Live 96.8 FM</nav>
<article>
<h1>North Korea keeps [[10,000]] troops near Ukraine border, Seoul says</h1>
<p class="byline">By Neema Mushi | Bahari FM News | Wednesday, 19 November 2025</p>
<p>DAR ES SALAAM – North Korea still has [[about 10,000]] soldiers stationed in Russian border \
areas facing Ukraine, South Korea’s intelligence agency said on Tuesday, some thirteen months \
after the first contingent crossed into Russia.</p>
<p>The National Intelligence Service told a parliamentary committee in Seoul that [[some 5,000]] \
military construction troops had been moving to Russia in stages since September, and that \
[[around 1,000]] deminers were already working in Russia’s Kursk region.</p>
<p>Pyongyang rarely gives numbers of its own. But on Sunday KCNA, the state news agency, said Kim \
Jong Un had placed a wreath at a new memorial in Pyongyang bearing the names of “[[more than \
1,000]]” soldiers who “fell heroically” in the Kursk operation.</p>
<p>In Kyiv, President Volodymyr Zelensky said in an interview published last week that North \
Korea could send “[[tens of thousands]]” more soldiers if Moscow asked for them. Ukraine says \
Russia has lost more than one million troops killed or wounded since February 2022.</p>
<p>Tanzania and North Korea established diplomatic ties in 1965, and for decades Pyongyang’s \
embassy in Dar es Salaam was one of its busiest in Africa. Dr. Rehema Mwakilema, who teaches \
political science at the University of Dar es Salaam, told Bahari FM the deployment showed how \
far Pyongyang’s priorities had shifted. “North Korea has sent [[close to 15,000]] soldiers to \
Russia in a single year. That is not a gesture, that is an alliance,” she said.</p>
<p>Tanzania’s own defence forces number about 27,000 active personnel. Listeners can share their \
views by SMS to 15678; each message costs Sh100.</p>
</article>
<footer>© 2025 Bahari FM Ltd. | Plot 27, Bagamoyo Road, Dar es Salaam | +255 22 211 0000</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS Tuesday figure of the lead (Tuesday to publication): "
          "near the border"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'said on Tuesday' (after the figure): stationed in border areas facing Ukraine"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'told a parliamentary committee' (same Tuesday): moving to Russia in stages"),
        C("around 1,000", 1000, "approx", "near_front", "south_korea", "tue",
          "same: deminers working in Kursk"),
        C("more than 1,000", 1000, "at_least", "casualties", "north_korea", "sun",
          "KCNA 'on Sunday', in “”: fallen named on a memorial"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "lastweek",
          "Zelensky 'in an interview published last week', in “”: could send 'more' "
          "(increment)", add=True),
        C("close to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "University of Dar es Salaam lecturer in quotes (undated): sent in a year"),
    ),
)

SOURCES: tuple[Source, ...] = (
    A01, A02, A03, A04, A05, A06,
    B01, B02, B03, B04, B05, B06,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
