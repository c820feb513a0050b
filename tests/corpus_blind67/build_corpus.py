"""Build the SIXTY-SEVENTH BLIND hand-labelled corpus (`python build_corpus.py`).

The sixty-ninth corpus for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Marburg daily
on a lecture by South Korea's consul general, a Vogelsberg radio station on an aid convoy back
from Lviv, a Pinzgau weekly on a colonel's talk at the Saalfelden barracks, a Nidwalden paper on
a Buochs officer back from Panmunjom, a bakers' guild magazine's commodities column and a
Bamberg student radio's web text; a Mackay daily on the first casualty counts, a Mull news page
on the two prisoners, a North Dakota paper with a UND scholar, a Slovenian English-language
outlet on the reinforcements, a Kiribati news page's world briefs and a Lesotho NGO bulletin's
year in figures.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in order,
by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV
writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind67_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

V01 = Source(
    article_id="v67_01_marburg_generalkonsul_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-02-06"),
    dated_by="html_meta",
    features="Marburg daily in HTML (`article:published_time` +01:00, Thursday; an ad-slot "
        "script, a cookie note with 97 partners and an Abo price, nav with `&middot;`, a stats "
        "script with a word count, footer with a phone number); `<title>` figure (optional); "
        "headline 'Südkoreas Generalkonsul' from the consul's Wednesday-evening lecture (Wednesday "
        "to publication); the consul relaying Seoul's count, dated by 'betonte er am "
        "Mittwochabend' after the figures; his own 'als Ersatz' `mehrere tausend` (vague "
        "increment); Zelensky 'Mitte Januar', the Pentagon 'Ende Dezember'; a Marburg historian's "
        "present-tense range (other, `pub`); audience, age, aid in dollars, the university's "
        "founding year and students, group sizes",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Generalkonsul in Marburg: [[Rund 300]] Nordkoreaner bei Kursk gefallen | Lahn-Kurier\
</title>
<meta property="og:site_name" content="Lahn-Kurier">
<meta property="article:published_time" content="2025-02-06T06:30:00+01:00">
<meta name="author" content="Annegret Vaupel">
<script>var lkAds={slots:["top_970x250","sky_160x600"],ressort:"marburg-stadt"};</script>
</head>
<body>
<div class="cookie-note">Der Lahn-Kurier lebt auch von Anzeigen. Dürfen wir und unsere 97 \
Partner dafür Cookies setzen? <button>Ja, mit Werbung lesen</button> <button>Lieber werbefrei \
für 7,90&nbsp;€ im Monat</button></div>
<nav><a href="/">Start</a> &middot; <a href="/marburg">Marburg</a> &middot; <a \
href="/landkreis">Landkreis</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/sport">Sport</a></nav>
<main>
<article>
<p class="ort">Marburg</p>
<h1>Südkoreas Generalkonsul in Marburg: [[Rund 300]] Nordkoreaner bei Kursk gefallen</h1>
<p class="teaser">Park Jae-hyun sprach vor vollem Saal im Hörsaalgebäude über Kims Soldaten in \
Russland &ndash; und über die Sorgen seines Landes.</p>
<p>Rund 180 Zuhörerinnen und Zuhörer waren gekommen, viele von ihnen Studierende der \
Koreanistik und der Politikwissenschaft. Sie erlebten einen Diplomaten, der ungewöhnlich offen \
sprach. Nordkorea habe seit Oktober [[etwa 11.000]] Soldaten nach Russland geschickt, sagte Park \
Jae-hyun, Generalkonsul der Republik Korea in Frankfurt. Von ihnen seien nach jüngster Zählung \
Seouls [[rund 300]] getötet und [[etwa 2.700]] verwundet worden. Die Zahlen stammten vom \
Nachrichtendienst seines Landes, betonte er am Mittwochabend mehrfach, und sie seien eher \
vorsichtig gerechnet.</p>
<p>Der 54-Jährige, der vor seinem Wechsel an den Main in Moskau stationiert war, hält einen \
raschen Abzug für unwahrscheinlich. Pjöngjang werde die Lücken füllen, prophezeite er: \
&bdquo;Ich rechne damit, dass bis zum Frühjahr noch [[mehrere tausend]] als Ersatz \
nachkommen.&ldquo;</p>
<h2>Kiew nennt höhere Zahlen</h2>
<p>Die Ukraine selbst geht von deutlich größeren Verlusten aus. Präsident Wolodymyr Selenskyj \
hatte Mitte Januar von [[knapp 4.000]] toten und verwundeten Nordkoreanern gesprochen. Das \
Pentagon wiederum bezifferte die Zahl der Getöteten und Verletzten Ende Dezember auf [[mehr als \
1.000]] &ndash; allein binnen einer Woche.</p>
<p>Die Marburger Osteuropa-Historikerin Ines Hallwachs, die den Abend moderierte, warnte vor \
zu viel Zahlengläubigkeit. Niemand könne von außen prüfen, was an der Front geschehe. Sie selbst \
schätzt, dass dort momentan [[zwischen 8.000 und 9.000]] Nordkoreaner im Einsatz sind; ukrainische \
Soldaten berichteten von Angriffen in Trupps zu 20 bis 30 Mann.</p>
<p>Für Park ist der Einsatz auch eine Gefahr für seine Heimat: Pjöngjangs Armee sammle \
Kampferfahrung, die sie vorher nie hatte. Seoul liefert bislang keine Waffen an Kiew, hat aber \
humanitäre Hilfe im Wert von 100 Millionen Dollar zugesagt. Die Universität, 1527 gegründet und \
mit gut 22.000 Studierenden, plant für das Sommersemester eine Ringvorlesung zum Krieg.</p>
</article>
</main>
<footer><p>&copy; 2025 Lahn-Kurier Verlagsgesellschaft mbH &middot; Redaktion: 06421 409-0 \
&middot; <a href="/impressum">Impressum</a></p></footer>
<script>window.lkStats={words:486,comments:12};</script>
</body>
</html>
""",
    claims=(
        C("Rund 300", 300, "approx", "casualties", "south_korea", "wed..pub",
          "<title> (metadata) restating the headline: optional", opt=True),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "wed..pub",
          "headline 'Südkoreas Generalkonsul': the consul's Wednesday-evening figure (Wednesday "
          "to publication): fallen"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "South Korea's consul general (his government's group), Konjunktiv, dated by 'betonte "
          "er am Mittwochabend' two sentences on: sent since October"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "wed",
          "same lecture, 'nach jüngster Zählung Seouls': killed"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "wed",
          "same sentence: wounded (others in the same count, not an increment)"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "wed",
          "the consul's own expectation in „…“ 'als Ersatz nachkommen' (vague increment)",
          add=True),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "Zelensky 'Mitte Januar' (days 11-20): dead and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "the Pentagon 'Ende Dezember' (days 21-31): killed and "
          "wounded in one week"),
        C("zwischen 8.000 und 9.000", None, "range", "near_front", "other", "pub",
          "Marburg historian 'schätzt' (present tense, no date: `pub`): in action at the front"),
    ),
)

V02 = Source(
    article_id="v67_02_vogelsberg_radio_konvoi_html",
    language="de", fmt="html", encoding="cp1252", published=day("2024-11-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Vogelsberg",
        "https://www.radio-vogelsberg.example/nachrichten/konvoi-alsfeld-lwiw-nordkorea",
        "Konvoi zurück aus der Ukraine: „Alle reden dort von den Nordkoreanern“",
    ),
    features="Vogelsberg radio station's web text in HTML, windows-1252 with CRLF, no meta date "
        "(sidecar, Wednesday); a livestream script, a consent strip, a header with the FM "
        "frequency, a 'Meistgelesen' box; a headline without a figure, the lead 'Selenskyj "
        "meldet' (Monday to publication); Zelensky 'am Montagabend' and 'nach seinen Worten' "
        "`bis zu 15.000`; a State Department spokesman 'Am Dienstag' with the source after the "
        "figure; a NATO spokeswoman 'vergangene Woche', named at the end of the sentence; the "
        "NIS 'rechnet damit' (no date); pallets, drivers, kilometres, age, euros, a county "
        "budget, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Konvoi zurück aus der Ukraine – Alsfelder Helfer berichten von der Angst vor Nordkoreas \
Soldaten | Radio Vogelsberg</title>
<meta name="description" content="Neun Fahrer, 38 Paletten, gut 2.300 Kilometer: Der Konvoi \
des Alsfelder Hilfsvereins ist zurück.">
<link rel="canonical" href="https://www.radio-vogelsberg.example/nachrichten/konvoi-alsfeld-lwiw\
-nordkorea">
<script src="/player/livestream.js?v=2.14.3" async></script>
</head>
<body>
<div id="cmp">Damit unser Livestream läuft und wir wissen, was Sie hören, setzen wir Cookies. \
<button>Dann mal los</button> <button>Nur Radio, keine Statistik</button></div>
<header><a href="/">Radio Vogelsberg</a> – UKW 98,4 · <a href="/live">Live hören</a> · <a \
href="/nachrichten">Nachrichten</a> · <a href="/blitzer">Blitzer</a> · <a \
href="/wetter">Wetter</a></header>
<article>
<h1>Konvoi zurück aus der Ukraine: „Alle reden dort von den Nordkoreanern“</h1>
<p class="lead">Selenskyj meldet [[11.000]] nordkoreanische Soldaten im Grenzgebiet bei Kursk. \
Die Helfer aus Alsfeld haben die Nervosität in Lwiw gespürt.</p>
<p>Die neun Ehrenamtlichen des Alsfelder Vereins „Brücke nach Lwiw“ sind in der Nacht zum \
Mittwoch mit leeren Lastwagen heimgekehrt. 38 Paletten mit Generatoren, Verbandsmaterial und \
Winterkleidung haben sie abgeliefert, gut 2.300 Kilometer hin und zurück. „Die Leute dort \
schauen jeden Abend Nachrichten und fragen sich, was als Nächstes kommt“, erzählt Fahrer Jürgen \
Stumpf, 61, von der Freiwilligen Feuerwehr Romrod.</p>
<p>Was kommt, ist seit Tagen Thema: Präsident Wolodymyr Selenskyj sagte am Montagabend in \
seiner Videobotschaft, im russischen Gebiet Kursk stünden inzwischen [[11.000]] Soldaten aus \
Nordkorea. Binnen weniger Wochen könnten es nach seinen Worten [[bis zu 15.000]] sein.</p>
<p>Am Dienstag legte Washington nach. [[Mindestens 8.000]] Nordkoreaner seien in Kursk \
eingetroffen, sagte ein Sprecher des US-Außenministeriums vor Journalisten. Insgesamt habe \
Pjöngjang nach amerikanischer Einschätzung [[rund 10.000]] Mann auf russisches Gebiet \
verlegt.</p>
<p>Auch das westliche Bündnis hat eigene Erkenntnisse. Es seien [[über 10.000]], die Pjöngjang \
nach Russland gebracht habe, hatte vergangene Woche Nato-Sprecherin Farah Dakhlallah in Brüssel \
erklärt. Südkoreas Nachrichtendienst NIS wiederum rechnet damit, dass bis Dezember [[10.000 bis \
12.000]] zusammenkommen.</p>
<p>Der Kreml schweigt zu alledem. In Lwiw, sagt Stumpf, habe ihn vor allem eines beeindruckt: \
„Die machen weiter, trotz allem.“ Die nächste Fahrt ist für Ende Januar geplant; der Verein \
sammelt noch Spenden, rund 4.000 Euro fehlen für Diesel und Maut.</p>
</article>
<aside><h3>Meistgelesen</h3><ol><li>B49 bei Lauterbach wieder frei</li><li>Kreistag \
beschließt Haushalt über 212 Millionen Euro</li></ol></aside>
<footer>© 2024 Radio Vogelsberg GmbH &amp; Co. KG · Studio-Hotline 06631 77 98 40 · <a \
href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "lead 'Selenskyj meldet' (no date of its own): Zelensky's Monday-evening figure in the "
          "body, window Monday to publication"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend', Konjunktiv: in the Kursk region"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "mon",
          "'nach seinen Worten' (Zelensky, same address): could be within weeks (a new total, "
          "not an increment)"),
        C("Mindestens 8.000", 8000, "at_least", "near_front", "united_states", "tue",
          "'Am Dienstag' in the sentence before, State Department spokesman named after the "
          "figure: arrived in Kursk"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "tue",
          "'nach amerikanischer Einschätzung', same Tuesday statement: moved to Russia in all"),
        C("über 10.000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "NATO spokeswoman named at the end of the sentence, 'vergangene Woche': brought to "
          "Russia"),
        C("10.000 bis 12.000", None, "range", "planned", "south_korea", "pub",
          "NIS 'rechnet damit' (present tense, no date): total expected by December"),
    ),
)

V03 = Source(
    article_id="v67_03_pinzgau_oberst_saalfelden_latin1",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-20"),
    dated_by="dateline",
    features="Pinzgau weekly (Austrian: 'Jänner', 'Feber', 'heuer') in ISO-8859-1 with straight "
        "quotes, dated by the dateline 'SAALFELDEN, 20.02.2025 -' (Thursday); a quoted headline "
        "from a colonel's Tuesday-evening talk at the barracks (other, Tuesday to publication); "
        "his reckoning 'Nach seiner Rechnung', 'gut ein Drittel' (a fraction) and 'Das wären an "
        "die 4.000'; Seoul's count 'Mitte Jänner' relayed by him (X citing Y: south_korea); "
        "'bis zu 5.000 ... als Ersatz' (increment); Budanov 'am Wochenende' `Tausende` "
        "'zusätzlich' (increment); group sizes, Ukrainians in Pinzgau hotels, ski championship "
        "visitors, refugees, the Bundesheer, a date, a phone number",
    text="""\
Pinzgauer Rundblick - Chronik

Bundesheer-Oberst in Saalfelden: "Kim hat [[rund 11.000]] Mann an Putin verliehen"

SAALFELDEN, 20.02.2025 - Gut 120 Zuhörer, darunter viele Milizsoldaten, kamen am \
Dienstagabend in die Wallner-Kaserne, um Oberst Gerhard Moosleitner zu hören. Der gebürtige \
Mittersiller lehrt an der Landesverteidigungsakademie in Wien und beobachtet seit Kriegsbeginn \
die russischen Streitkräfte. Diesmal ging es um die Soldaten aus Nordkorea im Gebiet Kursk.

Nach seiner Rechnung wurden seit dem Herbst [[rund 11.000]] Nordkoreaner mit Zügen und \
Flugzeugen quer durch Russland nach Westen gebracht. "Davon ist inzwischen gut ein Drittel tot \
oder verwundet", sagte Moosleitner. Das wären [[an die 4.000]] Mann, eine Verlustquote, die \
selbst für diesen Krieg hoch sei. Ein Grund dafür sei die Taktik: Die Nordkoreaner seien in \
Gruppen von 15 bis 20 Mann über offene Felder gestürmt, oft ohne jeden Schutz vor Drohnen.

Der Oberst verwies auch auf Zahlen aus Seoul. Mitte Jänner hatte der südkoreanische Geheimdienst \
bereits [[300]] Tote gezählt, dazu [[2.700]] Verwundete. Das sei "eher die Untergrenze", meinte \
Moosleitner.

Seit Anfang Feber sind die Nordkoreaner nach ukrainischen Angaben von der Frontlinie \
verschwunden. Der Oberst hält das für eine Atempause, nicht für einen Abzug. Er gehe davon aus, \
dass Pjöngjang im Frühjahr [[bis zu 5.000]] Soldaten als Ersatz nachschiebe, sagte er. Ähnlich \
klingt es aus Kiew: Militärgeheimdienstchef Kyrylo Budanow sagte am Wochenende in einem \
Fernsehinterview, Kim werde heuer "sicher noch [[Tausende]] zusätzlich" schicken.

Für den Pinzgau hat der Krieg längst Folgen. In den Hotels zwischen Saalbach und Zell am See \
arbeiten heuer rund 300 Ukrainerinnen und Ukrainer, und die Bezirkshauptmannschaft betreut \
derzeit 640 Vertriebene. Die Ski-WM in Saalbach hat zuletzt über 400.000 Besucher in die Region \
gebracht. Das Bundesheer selbst zählt rund 16.000 Berufssoldaten.

Die nächste Veranstaltung der Offiziersgesellschaft findet am 13. März statt, der Eintritt ist \
frei. Anmeldung unter 06582 790-0.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "other", "tue..pub",
          "quoted headline 'Bundesheer-Oberst': the colonel's Tuesday-evening figure (an "
          "Austrian defence academy lecturer: other), Tuesday to publication"),
        C("rund 11.000", 11000, "approx", "in_russia", "other", "tue",
          "'Nach seiner Rechnung' (talk 'am Dienstagabend' in the paragraph before): brought "
          "west across Russia"),
        C("an die 4.000", 4000, "approx", "casualties", "other", "tue",
          "'Das wären' (his Konjunktiv from 'gut ein Drittel', a fraction that is not a claim): "
          "dead or wounded"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "Seoul's intelligence 'Mitte Jänner' (days 11-20) as relayed by the colonel (X citing "
          "Y): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same count: wounded"),
        C("bis zu 5.000", 5000, "at_most", "planned", "other", "tue",
          "the colonel 'Er gehe davon aus', 'als Ersatz nachschiebe' (increment)", add=True),
        C("Tausende", None, "vague", "planned", "ukraine", "sat..sun",
          "Budanov 'am Wochenende' (Saturday-Sunday) in quotes: 'zusätzlich' (increment)",
          add=True),
    ),
)

V04 = Source(
    article_id="v67_04_nidwalden_panmunjom_offizier_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-12"),
    dated_by="front_matter", crlf=True,
    features="Nidwalden paper (Swiss: `10'000`, «», 'hiess', no ß) in Markdown, UTF-8 with BOM "
        "and CRLF, front matter with `date:` and a title without a figure (Friday); headline "
        "'Seoul zählt' from the NIS Tuesday estimate (Tuesday to publication), carried by "
        "'Demnach' and 'hiess es'; `gegen 15'000` (approx); `6000 weitere … zusätzlich` "
        "(increment); a Buochs major back from Panmunjom «Ich gehe davon aus» at Wednesday's "
        "talk (other); KCNA 'Ende August' «Hunderten» (north_korea); Shoigu 'Im Juni' (planned); "
        "a State Department spokeswoman 'vom Donnerstag'; five Swiss officers, age, audience, "
        "army size, the 1953 mandate in francs, a date",
    text="""\
---
title: "Ein Buochser in Panmunjom: «Die Verluste sind enorm»"
date: 2025-09-12
author: Priska Odermatt
ressort: Nidwalden
---

# Seoul zählt [[rund 2000]] tote Nordkoreaner – ein Buochser Offizier ordnet ein

**Zwei Jahre lang hat Major Reto Barmettler an der innerkoreanischen Grenze Dienst geleistet. \
Am Mittwoch berichtete er der Offiziersgesellschaft Nidwalden von seinen Eindrücken – und von \
Kims Soldaten in Russland.**

Die Nachricht aus Seoul kam pünktlich zum Vortrag. Am Dienstag hatte der südkoreanische \
Nachrichtendienst NIS dem Geheimdienstausschuss der Nationalversammlung neue Schätzungen \
vorgelegt. Demnach sind in Russland [[rund 2000]] nordkoreanische Soldaten ums Leben gekommen. \
Insgesamt habe Pjöngjang seit dem vergangenen Herbst [[gegen 15'000]] Mann geschickt, hiess es. \
[[6000]] weitere, vor allem Pioniere und Bausoldaten, seien zusätzlich unterwegs oder bereits \
eingetroffen.

Barmettler, 41, war bis Juli einer von fünf Schweizer Offizieren in der Neutralen \
Überwachungskommission in Panmunjom. Vor rund 60 Zuhörerinnen und Zuhörern im Hotel Krone in \
Buochs schilderte er am Mittwochabend, wie man den Krieg in Europa von der Demarkationslinie aus \
wahrnimmt. «Die südkoreanischen Kollegen haben jede Meldung aus Kursk genau verfolgt», sagte er.

Seine eigene Einschätzung ist nüchtern. «Ich gehe davon aus, dass im Raum Kursk heute noch [[um \
die 10'000]] Nordkoreaner stehen», sagte der Major. Die Verluste seien «enorm», für das Regime \
aber verkraftbar: Nordkorea unterhalte eine Armee von weit über einer Million Mann.

Pjöngjang selbst hat den Einsatz erst im April öffentlich gemacht. Ende August zeigte das \
Staatsfernsehen, wie Kim Jong Un bei einer Gedenkfeier Angehörige von Gefallenen tröstete; die \
Staatsagentur KCNA sprach von «[[Hunderten]] Helden, die ihr Leben für die Befreiung von Kursk \
gaben». Der Kreml hat nie eigene Verlustzahlen genannt. Im Juni hatte Sergei Schoigu, der \
Sekretär des russischen Sicherheitsrats, in Pjöngjang lediglich angekündigt, Nordkorea schicke \
[[6000]] Mann für Räumung und Wiederaufbau der Region.

In Washington sprach eine Sprecherin des Aussenministeriums am Donnerstag von «[[mehr als \
11'000]]» nordkoreanischen Soldaten auf russischem Boden.

Die Schweiz ist seit 1953 in Panmunjom präsent; der Einsatz kostet den Bund jährlich rund 3,5 \
Millionen Franken. Die nächste Versammlung der Offiziersgesellschaft findet am 7. November in \
Stans statt.
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul zählt': the NIS estimate of Tuesday in the body (Tuesday to "
          "publication): dead"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Demnach' after the NIS briefing 'Am Dienstag': died in Russia"),
        C("gegen 15'000", 15000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, 'hiess es'; Swiss 'gegen' (about) = approx: sent since last autumn"),
        C("6000", 6000, "exact", "in_russia", "south_korea", "tue",
          "same briefing, '6000 weitere … zusätzlich' (increment on top of the combat troops, "
          "span without the word): on the way or arrived", add=True),
        C("um die 10'000", 10000, "approx", "near_front", "other", "wed",
          "the Swiss major «Ich gehe davon aus» at his talk 'am Mittwochabend' (other): still in "
          "the Kursk area"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August' (days 21-31) in «…»: heroes who gave their lives"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni' (month window): Pyongyang 'schicke' for demining and rebuilding "
          "(announced: planned)"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "united_states", "thu",
          "State Department spokeswoman 'am Donnerstag' in «…»: on Russian soil"),
    ),
)

V05 = Source(
    article_id="v67_05_baeckerinnung_rohstoffe_utf16_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-24"),
    dated_by="sidecar",
    sidecar=(
        "Backstube aktuell – Magazin der Bäcker-Innung Mainfranken",
        "https://www.baeckerinnung-mainfranken.example/magazin/2025-06/rohstoffe-weizen-krieg",
        "Mehl, Weizen und der Krieg im Osten",
    ),
    features="bakers' guild magazine's commodities column in Markdown, UTF-16 LE with BOM "
        "(sidecar, Tuesday), front matter without a date; Shoigu 'am 17. Juni' in Pyongyang "
        "(an explicit date a week back: two planned figures); Seoul's NIS 'im April' "
        "`etwa 4.700` with 'davon' `rund 600` (breakdown); HUR 'hält es für möglich' (no date) "
        "`bis zu 30.000 weitere` (increment); Zelensky 'am Wochenende' `Tausenden`; the "
        "magazine's own sum 'kommt unsere Redaktion auf' (unattributed, required); flour "
        "prices, per cent, a fraction, guild members, apprentices, age, electricity price",
    text="""\
---
title: Mehl, Weizen und der Krieg im Osten
rubrik: Rohstoffe & Märkte
autor: Bernd Kesselring
---

# Mehl, Weizen und der Krieg im Osten

*Unsere Rohstoff-Kolumne: Warum ein Besuch in Pjöngjang auch für Backstuben von Belang ist*

Wer diesen Monat Weizenmehl Type 550 nachbestellt hat, zahlt im Schnitt 41 Euro für den \
50-Kilo-Sack, etwa 6 Prozent mehr als vor einem Jahr. Ein Grund bleibt der Krieg in der \
Ukraine, die vor 2022 fast ein Zehntel des Weltweizens exportierte. Schiffe aus Odessa fahren \
wieder, doch die Versicherungsprämien für das Schwarze Meer sind hoch geblieben.

Dass dieser Krieg so bald nicht endet, zeigte ein Besuch in Nordkorea. Sergei Schoigu, \
Sekretär des russischen Sicherheitsrats, kündigte am 17. Juni in Pjöngjang an, Kim Jong Un \
werde [[1.000]] Fachleute für die Minenräumung sowie [[5.000]] Soldaten seiner Baubrigaden in \
das Gebiet Kursk schicken. Dort sollen sie Felder entminen und zerstörte Dörfer wieder \
aufbauen – Felder, auf denen übrigens einst auch Brotgetreide wuchs.

Schon zuvor hatte Pjöngjang Kampftruppen geschickt, und die haben teuer bezahlt. Seouls \
Nachrichtendienst NIS bezifferte die Verluste im April auf [[etwa 4.700]] Tote und Verletzte, \
davon [[rund 600]] Gefallene. In Kiew rechnet man mit noch mehr Nachschub: Der \
Militärgeheimdienst HUR hält es für möglich, dass Nordkorea bis Jahresende [[bis zu 30.000]] \
weitere Soldaten bereitstellt. Präsident Selenskyj sprach am Wochenende von \
„[[Tausenden]] Nordkoreanern“, die schon wieder an der Grenze zu Sumy und Kursk stünden.

Zählt man die bisher bekannten Angaben aus Seoul und Kiew zusammen, kommt unsere Redaktion auf \
[[gut 11.000]] nordkoreanische Soldaten, die seit Oktober 2024 in Russland eingesetzt wurden – \
die angekündigten Bautrupps nicht mitgerechnet.

## Was heißt das für die Backstube?

Für die rund 340 Innungsbetriebe zwischen Würzburg und Schweinfurt bleibt die Lage angespannt. \
Der Strompreis für Gewerbekunden liegt bei 24 Cent je Kilowattstunde, Roggen ist knapp ein \
Fünftel teurer als 2021. Allein in unserem Innungsbezirk lernen derzeit 14 junge Ukrainerinnen \
und Ukrainer das Bäckerhandwerk; eine von ihnen, die 19-jährige Olena aus Charkiw, hat im Mai \
beim Landeswettbewerb den dritten Platz belegt.

*Nächste Ausgabe: Energiehilfen für Handwerksbetriebe – was 2026 gilt.*
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' (an explicit date a week before publication): 'werde … "
          "schicken' (announced: planned), demining specialists"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: soldiers of the construction brigades"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the NIS 'im April' (month window): dead and wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same count, 'davon … Gefallene' (a breakdown, not an increment): dead"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "pub",
          "HUR 'hält es für möglich' (present tense, no date): 'weitere' by the year's end "
          "(increment, span without the word)", add=True),
        C("Tausenden", None, "vague", "near_front", "ukraine", "sat..sun",
          "Zelensky 'am Wochenende' (Saturday-Sunday) in „…“: at the border again"),
        C("gut 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the magazine's own sum 'kommt unsere Redaktion auf' (unattributed, required as an "
          "outlet's own reckoning): used in Russia since October 2024"),
    ),
)

V06 = Source(
    article_id="v67_06_bamberg_campusradio_gestaendnis",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Funkstube – Campusradio Bamberg",
        "",
        "Moskau und Pjöngjang geben den Kursk-Einsatz zu",
    ),
    features="Bamberg student radio's web text from a broadcast script (sidecar without url, "
        "Wednesday); headline 'Seoul spricht von' from the NIS figures 'Heute' (the "
        "publication day); Gerasimov 'Am Samstag' `zu Tausenden` (russia, in combat); KCNA "
        "'Am Montag' without a figure; a lawmaker passing on the NIS figures (south_korea), "
        "'Unter diesen' `etwa 4.700` and `rund 600`; a lecturer in the studio 'Er hält es für "
        "realistisch' (range increment, other, `pub`); the State Department 'im Winter … "
        "damals' (December-February); the Ukrainian army 'Mitte April'; students, age, "
        "military service months, army size, distance, frequency, airtime, episode number",
    text="""\
Funkstube – Das Campusradio der Uni Bamberg
Aus der Sendung „Weltempfang“, fürs Web aufgeschrieben von Lena Schrüfer

Moskau und Pjöngjang geben den Kursk-Einsatz zu – Seoul spricht von [[4.700]] Toten und Verletzten

Monatelang haben beide Regierungen geschwiegen, jetzt ging es plötzlich schnell. Am Samstag \
trat Russlands Generalstabschef Waleri Gerassimow vor die Kameras und dankte den „koreanischen \
Freunden“. Die Soldaten aus Nordkorea hätten zu [[Tausenden]] Seite an Seite mit russischen \
Einheiten gekämpft, sagte er, und entscheidend zur Rückeroberung des Gebiets Kursk \
beigetragen. Am Montag zog Pjöngjang nach: Die Staatsagentur KCNA bestätigte, Truppen seien auf \
Befehl von Kim Jong Un im Einsatz gewesen. Eine Zahl nannte sie nicht.

Heute lieferte Seoul die Bilanz. Der Geheimdienst NIS unterrichtete Abgeordnete in einer \
nicht-öffentlichen Sitzung, eine von ihnen gab die Zahlen anschließend an Reporter weiter: \
[[Rund 15.000]] Soldaten habe Nordkorea seit dem Herbst entsandt. Unter diesen habe es \
[[etwa 4.700]] Tote und Verletzte gegeben; [[rund 600]] hätten den Einsatz nicht überlebt.

„Das ist mehr als die Hälfte aller Studierenden an unserer Uni“, sagte unser Gast im Studio, \
Felix Sauerbrey, Lehrbeauftragter für Internationale Politik. Er hält es für realistisch, dass \
Kim in den kommenden Monaten [[zwischen 2.000 und 3.000]] zusätzliche Soldaten schickt. Als \
Gegenleistung winkten Öl, Devisen und womöglich Raketentechnik.

Dass die Nordkoreaner nicht nur zuschauen, hatte Washington schon im Winter gewarnt. Das \
US-Außenministerium sprach damals von [[über 10.000]] Soldaten, die im Gebiet Kursk kämpften. Die \
ukrainische Armee meldete Mitte April, sie habe [[mehrere hundert]] Nordkoreaner auch im \
benachbarten Gebiet Belgorod beobachtet.

Für Ji-woo, 23, ist das alles sehr nah. Sie studiert seit Oktober in Bamberg Germanistik, ihr \
jüngerer Bruder leistet gerade seinen 18 Monate langen Wehrdienst in Südkorea. „Meine Eltern \
fragen jeden Tag, ob der Norden nun kampferfahrener ist als unsere Armee“, erzählt sie. Südkorea \
hat rund 500.000 Soldaten unter Waffen, Seoul liegt gut 8.500 Kilometer von Bamberg entfernt.

Der „Weltempfang“ läuft dienstags von 18 bis 19 Uhr auf UKW 87,7 und im Stream; dies war \
Ausgabe 212.
""",
    claims=(
        C("4.700", 4700, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul spricht von': the NIS figures of 'Heute' (the publication day): dead "
          "and wounded"),
        C("Tausenden", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'Am Samstag', Konjunktiv 'hätten zu Tausenden … gekämpft': in combat"),
        C("Rund 15.000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'Heute' (Wednesday, the publication day), passed on by a lawmaker: sent since "
          "the autumn"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'Unter diesen': dead and wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence: did not survive (a breakdown)"),
        C("zwischen 2.000 und 3.000", None, "range", "planned", "other", "pub",
          "lecturer in the studio 'Er hält es für realistisch' (present tense: `pub`): "
          "'zusätzliche' (increment)", add=True),
        C("über 10.000", 10000, "at_least", "near_front", "united_states",
          "2024-12-01..2025-02-28", "State Department 'im Winter … damals' (season: "
          "December-February): fighting in Kursk"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "2025-04-11..2025-04-20",
          "Ukrainian army 'Mitte April' (days 11-20): observed in the Belgorod region"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Slovenia, Kiribati, Lesotho)
# ---------------------------------------------------------------------------------------------

V07 = Source(
    article_id="v67_07_mackay_daily_first_losses_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "Pioneer Valley Daily",
        "https://www.pvdaily.example/world/north-korean-troops-losses-kursk-pentagon",
        "Hundreds of North Korean troops killed or hurt in Kursk, says Pentagon",
    ),
    features="Mackay daily's world page in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Thursday), an analytics script, an Australian cookie strip, nav, a byline, a footer "
        "with an ABN; `<title>` figure (optional); headline `Hundreds` 'says Pentagon' from "
        "Singh's Monday figure (Monday to publication); Singh 'on Monday' “several hundred” "
        "and 'Ms Singh estimated' “around 12,000”; the NIS 'today' (the publication day) "
        "`at least 100` and `close to 1,000`; the SSO 'on Saturday'; Australia's defence "
        "minister 'on Wednesday' “thousands” (a third government: other); a Korean War toll, "
        "three villages, age, coal tonnes and dollars, temperature",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>[[Hundreds]] of North Korean troops killed or hurt in Kursk, says Pentagon | Pioneer \
Valley Daily</title>
<script async src="https://stats.pvdaily.example/a.js" data-site="pvd-mackay" \
data-section="world"></script>
</head>
<body>
<div class="privacy-strip">We use cookies to keep the site running and the footy scores \
fresh. <button>Fair enough, go on</button> <button>Hold the cookies</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/mining">Mines &amp; \
Energy</a> | <a href="/world">World</a> | <a href="/sport">Sport</a> | <a href="/cane">Cane \
Season</a></nav>
<article>
<h1>[[Hundreds]] of North Korean troops killed or hurt in Kursk, says Pentagon</h1>
<p class="standfirst">Seoul's spy agency offers its first casualty count as Canberra warns the \
war in Europe has become an Indo-Pacific problem.</p>
<p class="byline">Kelsey Brannigan &middot; World desk</p>
<p>Kim Jong Un's soldiers have taken their first serious losses on Russia's side of the war, \
according to American defence officials. Pentagon deputy press secretary Sabrina Singh told \
reporters in Washington on Monday that the casualties ran to \
&ldquo;[[several hundred]]&rdquo;, from the lightly wounded to the dead.</p>
<p>Ms Singh estimated the force Pyongyang has sent to Russia at &ldquo;[[around \
12,000]]&rdquo;, the bulk of it now deployed along the front in the Kursk region.</p>
<p>South Korea's National Intelligence Service went further today. Briefing MPs behind closed \
doors, the agency said [[at least 100]] North Korean soldiers had died and [[close to 1,000]] \
had been wounded, many of them in drone strikes. Lee Seong-kweun, who sits on the parliamentary \
intelligence committee, relayed the numbers to local media.</p>
<p>Kyiv says the toll is higher. Ukraine's special operations forces reported on Saturday that \
they had killed or wounded [[more than 30]] North Koreans in a single engagement near three \
villages in Kursk.</p>
<p>In Canberra, Defence Minister Richard Marles said on Wednesday that &ldquo;[[thousands]]&rdquo; \
of North Koreans were now in combat against Ukraine, a deployment he said went &ldquo;right to \
the heart of our region&rdquo;.</p>
<p>The news landed as Mackay's RSL sub-branch prepared for its Christmas service. President \
Dennis Oakley, 72, whose father served with the Royal Australian Regiment at Kapyong, said the \
339 Australians killed in the Korean War were never far from members' minds. &ldquo;It's an odd \
feeling, watching Korean soldiers turn up in Ukraine,&rdquo; he said.</p>
<p>Trade ties matter here too: South Korea took about 9 million tonnes of coal through Hay \
Point and Dalrymple Bay last financial year, worth roughly $2.4 billion. Today's forecast: 33 \
degrees and a storm by evening.</p>
</article>
<footer>&copy; 2024 Pioneer Valley Media Pty Ltd (ABN 41 087 552 193) &middot; <a \
href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("Hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "<title> (metadata) restating the headline: optional", opt=True),
        C("Hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'says Pentagon': Singh's Monday figure in the body (Monday to publication): "
          "killed or hurt"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Pentagon deputy press secretary 'on Monday' in “…”: casualties"),
        C("around 12,000", 12000, "approx", "in_russia", "united_states", "mon",
          "'Ms Singh estimated' (same briefing, short name): sent to Russia"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "the NIS 'today' (Thursday, the publication day), lawmaker named in the next "
          "sentence: died"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded"),
        C("more than 30", 30, "at_least", "casualties", "ukraine", "sat",
          "Ukraine's special operations forces 'on Saturday': killed or wounded in one "
          "engagement"),
        C("thousands", None, "vague", "near_front", "other", "wed",
          "Australia's defence minister 'on Wednesday' in “…” (a third government: other): in "
          "combat"),
    ),
)

V08 = Source(
    article_id="v67_08_mull_dervaig_prisoners_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-15"),
    dated_by="front_matter", crlf=True,
    features="Isle of Mull community news page in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, `--`, `£`), front matter with a quoted `date:` and a title with two figures "
        "(optional rows), Wednesday; headline 'Kyiv holds two … as Seoul puts the dead at 300' "
        "(each from its body source: Saturday and Monday to publication); Zelensky 'on "
        "Saturday' `two` captured; lawmaker relaying the NIS 'On Monday' with '2,700 more … "
        "wounded' (others in the same count, not an increment); a senior US official 'last "
        "week'; Rutte 'on Tuesday' `hundreds` (nato); reporter framing 'are thought to' "
        "(optional); children, age, refugees on the island, pounds, ferry minutes, a phone "
        "number",
    text="""\
---
title: "[[Two]] North Koreans captured, [[300]] dead: a Dervaig family follows the news from Kursk"
date: "2025-01-15"
author: Catriona MacPhail
tags: [world, community, Dervaig]
---

# Kyiv holds [[two]] North Korean prisoners as Seoul puts the dead at [[300]]

*Tobermory* -- For Oksana Hrytsenko, who has lived in Dervaig with her two children since the \
spring of 2022, the pictures from Kyiv at the weekend were hard to take in: young soldiers in \
bandages, one with his jaw wired, answering questions through an interpreter.

It was President Volodymyr Zelensky who broke the news on Saturday: Ukrainian troops had \
caught [[two]] of Pyongyang's soldiers alive in the Kursk region. One of them, he said, \
carried a Russian military ID issued in Tuva. The pair are now in Kyiv, where the SBU is \
interrogating them, and Mr Zelensky has offered to hand them to Kim Jong Un if \
Pyongyang arranges an exchange for Ukrainians held in Russia.

[[Some 11,000]] North Korean troops are thought to have been sent to Russia last autumn. On \
Monday Seoul gave its own estimate of what that has cost them. South Korea's spy service now \
believes [[around 300]] have died in the fighting and [[2,700]] more have been wounded, \
according to the lawmaker Lee Seong-kweun, who sat in on the closed briefing.

Washington's figures run higher. A senior US official told reporters last week that North Korea \
had lost "[[about 1,000]]" men, killed or injured, in a single week of heavy fighting around \
Kursk. And NATO's Secretary General, Mark Rutte, said in Brussels on Tuesday that "[[hundreds]] \
of them have already paid with their lives for Kim's deal with Putin".

Oksana, 36, follows every development on her phone. Her husband serves with an artillery unit \
near Pokrovsk. "He says nobody on his side of the line has seen a Korean yet," she said over \
tea in the village hall. "But everyone talks about them."

Seventeen Ukrainians now live on Mull. The island's support group has raised £4,260 since \
the summer for generators, and a coffee morning at Dervaig hall on Saturday from 10am will add \
to it. The CalMac crossing from Oban takes 46 minutes; lifts from Craignure can be arranged on \
01688 400 123.
""",
    claims=(
        C("Two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "front-matter `title:` (metadata) restating the headline: optional", opt=True),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "front-matter `title:` (metadata) restating the headline: optional", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kyiv holds': Zelensky's Saturday announcement in the body (Saturday to "
          "publication): captured"),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul puts the dead at': the Monday estimate in the body (Monday to "
          "publication)"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'on Saturday': taken alive (captured)"),
        C("Some 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "reporter framing 'are thought to have been sent' without a source (optional)",
          opt=True),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "'On Monday Seoul', the spy service via lawmaker Lee named at the end of the sentence: "
          "died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence, '2,700 more have been wounded' (others in the same count, not an "
          "increment)"),
        C("about 1,000", 1000, "approx", "casualties", "united_states", "lastweek",
          "senior US official 'last week' in “…”: killed or injured in one week"),
        C("hundreds", None, "vague", "casualties", "nato", "tue",
          "Rutte 'on Tuesday' in quotes: paid with their lives"),
    ),
)

V09 = Source(
    article_id="v67_09_north_dakota_und_scholar_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-11-07"),
    dated_by="dateline", crlf=True,
    features="North Dakota paper in UTF-16 LE with BOM and CRLF, dated by the dateline 'GRAND "
        "FORKS, N.D. (November 7, 2024) -' (Thursday); headline 'Pentagon:' and the lead with "
        "'the Pentagon says' at the end, both from Singh's Monday briefing (Monday to "
        "publication); 'Speaking at a Monday briefing' range `11,000 to 12,000`; HUR 'said "
        "Wednesday' `upward of 11,000` (at_least); the NIS 'On Oct. 30' (an explicit date); "
        "Blinken 'on Oct. 31'; a UND scholar 'said in an interview' `tens of thousands` more "
        "(vague increment, other, `pub`); airmen at the base, election turnout, students, "
        "army size, wheat price, age",
    text="""\
Red River Valley Herald
WORLD | Posted 6:15 a.m.

Pentagon: [[10,000]] North Korean troops have moved into Kursk

UND scholar says Pyongyang's gamble could reshape security in Asia

By Curtis Halvorson, Herald staff writer

GRAND FORKS, N.D. (November 7, 2024) - [[About 10,000]] North Korean soldiers have now moved \
into Russia's Kursk region, where Ukrainian forces hold a slice of territory, the Pentagon says.

Speaking at a Monday briefing, Pentagon deputy press secretary Sabrina Singh said the troops \
were part of the [[11,000 to 12,000]] North Koreans that Pyongyang has shipped to Russia's far \
east since October. The men had been handed Russian uniforms and gear, she added, and the \
Pentagon believed they would be thrown into combat "in the coming days."

That has apparently already happened. In Kyiv, Ukraine's military intelligence directorate \
said Wednesday that [[upward of 11,000]] had arrived in the Kursk area and that some had come \
under Ukrainian artillery fire.

South Korea was first to sound the alarm. On Oct. 30, its National Intelligence Service \
informed legislators in a closed session that [[more than 10,000]] had reached Russia. A day \
later, on Oct. 31, Secretary of State Antony Blinken gave a lower count of [[8,000]] inside \
Kursk itself.

Hyun-joo Lindgren, who teaches East Asian politics at the University of North Dakota and grew \
up in Daejeon, doubts it will stop there. "If this goes well for Kim, I would not be surprised \
to see [[tens of thousands]] more over the winter," she said in an interview at her office in \
Gillette Hall. North Korea's army, she noted, counts about 1.2 million active troops, "and most \
of them have never seen combat."

Lindgren, 47, said her students have been asking about the deployment since September. "They \
know Korea from K-pop. Now they see it on a map of Ukraine," she said. UND enrolls about 14,000 \
students, a few dozen of them from South Korea.

At Grand Forks Air Force Base, home to roughly 1,700 airmen, officials declined to comment on \
the news. Tuesday's election drew a turnout of 71 percent in Grand Forks County. Spring wheat \
closed Wednesday at $5.62 a bushel in Minneapolis.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:': Singh's Monday figure (Monday to publication): moved into "
          "Kursk"),
        C("About 10,000", 10000, "approx", "near_front", "united_states", "mon..pub",
          "lead with 'the Pentagon says' at the end, dated by the Monday briefing in the next "
          "paragraph (like a lead: Monday to publication)"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "mon",
          "Singh 'Speaking at a Monday briefing': shipped to Russia's far east"),
        C("upward of 11,000", 11000, "at_least", "near_front", "ukraine", "wed",
          "HUR 'said Wednesday' ('upward of' = at_least): arrived in the Kursk area"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "2024-10-30",
          "the NIS 'On Oct. 30' (an explicit date): reached Russia"),
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-10-31",
          "Blinken 'on Oct. 31': inside Kursk"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "UND scholar in quotes, 'said in an interview' (no date: `pub`): 'more over the "
          "winter' (vague increment)", add=True),
    ),
)

V10 = Source(
    article_id="v67_10_slovenia_courier_reinforcements_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-28"),
    dated_by="html_meta",
    features="Slovenian English-language outlet in HTML, windows-1252 (raw `’`, `ž`, `€`; `č` "
        "only as `&#269;`), `article:published_time` +01:00 (Friday), a dataLayer script, a "
        "GDPR box, a byline date; `<title>` figure (optional, increment); headline 'Seoul says' "
        "`3,000` more from the JCS Thursday report (Thursday to publication); `3,000 or so` "
        "additional (approx increment); 'the JCS estimated' `about 4,700`; 220 guns (not "
        "troops); an anonymous NATO official 'on Wednesday' “several thousand”; the General "
        "Staff 'earlier this month' `about 1,000` 'as replacements' (increment); the State "
        "Department 'in January'; a Ljubljana analyst's range (other, `pub`); Slovenia's army, "
        "budget in euros, per cent, distance",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Pyongyang sends [[3,000]] more soldiers to Russia, Seoul says – Ljubljana Courier\
</title>
<meta property="article:published_time" content="2025-03-28T09:12:00+01:00">
<meta property="og:locale" content="en_GB">
<script>dataLayer=[{section:"world",words:530,author:"m.kos"}];</script>
</head>
<body>
<div id="gdpr">This site keeps small files on your device. Your call: <button>Go ahead, \
store them</button> <button>Let me read the small print</button></div>
<nav><a href="/">Home</a> | <a href="/slovenia">Slovenia</a> | <a href="/business">Business\
</a> | <a href="/world">World</a> | <a href="/culture">Culture</a></nav>
<article>
<h1>Pyongyang sends [[3,000]] more soldiers to Russia, Seoul says</h1>
<p class="dek">South Korea’s military also gives a new casualty count; a Ljubljana analyst \
doubts the troops will go home soon</p>
<p class="byline">By Maja Kos | 28 March 2025</p>
<p>Over January and February, North Korea shipped [[3,000 or so]] additional soldiers to \
Russia to fill the gaps left by men killed or wounded around Kursk, Seoul’s Joint Chiefs of \
Staff reported on Thursday.</p>
<p>In a written report to the National Assembly, the JCS estimated North Korea’s casualties at \
[[about 4,700]] since its troops first went into combat last autumn. It also said Pyongyang had \
shipped some 220 self-propelled guns and rocket launchers to Russia, along with large stocks of \
artillery shells.</p>
<p>Speaking on condition of anonymity, a NATO official in Brussels said on Wednesday that \
the alliance counted &#8220;[[several thousand]]&#8221; North Koreans back on the \
front line after a pause in February. Kyiv had reported their return \
earlier: Ukraine’s General Staff said earlier this month that [[about 1,000]] fresh North \
Korean troops had reached the front near Sudzha as replacements. The US State Department, \
for its part, had spoken in January of [[more than 11,000]] North Koreans in Russia.</p>
<p>&#8220;My estimate is that [[between 12,000 and 14,000]] North Koreans have gone through \
Russian training grounds since October,&#8221; said Tomaž Pe&#269;nik, a security analyst at \
the Faculty of Social Sciences in Ljubljana. He sees no sign that Pyongyang wants its men back: \
&#8220;For Kim, this is income and combat experience at the same time.&#8221;</p>
<p>Slovenia, whose own armed forces number about 7,000 active personnel, plans to spend €1.2 \
billion on defence this year, roughly 1.35 per cent of GDP. Pyongyang lies some 8,300 \
kilometres from Ljubljana.</p>
</article>
<footer>© 2025 Ljubljana Courier d.o.o. · <a href="/about">About us</a> · <a \
href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "<title> (metadata) restating the headline: optional, 'more' (increment)",
          add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul says': the JCS Thursday report (Thursday to publication): 'more' "
          "(increment, span without the word)", add=True),
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'said on Thursday' after the figure ('or so' = approx): 'additional' "
          "(increment)", add=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "'the JCS estimated' in its written report (same Thursday): casualties"),
        C("several thousand", None, "vague", "near_front", "nato", "wed",
          "anonymous NATO official 'on Wednesday' in “…”: back on the front line"),
        C("about 1,000", 1000, "approx", "near_front", "ukraine", "2025-03-01..pub",
          "General Staff 'earlier this month' (the 1st to publication): reached the front 'as "
          "replacements' (increment)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-31", "State Department 'in January' (month window): in Russia"),
        C("between 12,000 and 14,000", None, "range", "in_russia", "other", "pub",
          "Ljubljana analyst in quotes, no date (`pub`): gone through Russian training grounds"),
    ),
)

V11 = Source(
    article_id="v67_11_kiribati_world_briefs_cp1252",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-07-18"),
    dated_by="sidecar",
    sidecar=(
        "Te Boti News Online",
        "https://www.teboti-news.example/world/north-korea-30000-more-troops-russia",
        "North Korea may send 30,000 more troops to Russia, Ukraine warns",
    ),
    features="Kiribati news page's world briefs in windows-1252 (curly quotes, en dash) "
        "(sidecar, Friday); headline 'Ukraine warns' `30,000` more (increment) from the HUR "
        "assessment reported 'on Wednesday' (Wednesday to publication); HUR via CNN and Nikkei "
        "(X citing Y: ukraine) `25,000 to 30,000 additional` (range increment), 'on top of the' "
        "`roughly 11,000` (not an increment) and 'of whom' `as many as 6,000` (casualties); "
        "Shoigu 'In June' `6,000` (planned); the NIS 'on Thursday' `close to 15,000`; 'triple' "
        "(a ratio); a fisheries brief: licences, Korean purse seiners, dollars, a share, "
        "Independence Day crowd, a phone number",
    text="""\
Te Boti News Online – WORLD IN BRIEF

North Korea may send [[30,000]] more troops to Russia, Ukraine warns

BAIRIKI – North Korea could triple the size of its force in Russia, according to a Ukrainian \
intelligence assessment reported by several international news outlets on Wednesday.

Ukraine’s military intelligence agency, known as HUR, believes Pyongyang is preparing to send \
[[25,000 to 30,000]] additional soldiers to fight alongside Russian forces, CNN and Japan’s \
Nikkei reported, citing the assessment. They would come on top of the [[roughly 11,000]] North \
Koreans sent last year, of whom [[as many as 6,000]] were killed or wounded, the document says.

Moscow has confirmed only a smaller arrangement. In June, Sergei Shoigu, who heads Russia’s \
Security Council, announced on a visit to Pyongyang that North Korea would dispatch [[6,000]] \
military engineers and construction troops to clear and rebuild the Kursk region.

Seoul’s intelligence agency said on Thursday it could not confirm the Ukrainian report, but \
put Pyongyang’s deployment since October at [[close to 15,000]] soldiers. The North’s state \
news agency KCNA has never given a figure.

FISHERIES – The Ministry of Fisheries and Marine Resources Development has approved 14 \
licences for South Korean purse seiners for the rest of the year, worth about A$12.5 million \
to the government. Korean-flagged vessels land roughly a third of the tuna caught in Kiribati \
waters, the ministry said.

INDEPENDENCE – Close to 5,000 people filled Bairiki National Stadium last Saturday for the \
46th anniversary of independence. The Ministry of Health thanked the 120 volunteers who staffed \
first-aid tents.

News tips: call 75021234 or message our Facebook page.
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "wed..pub",
          "headline 'Ukraine warns': the HUR assessment reported on Wednesday (Wednesday to "
          "publication): 'more' (increment, span without the word)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "wed",
          "HUR 'believes', as reported by CNN and Nikkei (X citing Y: ukraine) on Wednesday "
          "(the sentence before): 'additional' (increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "wed",
          "same assessment ('the document says' at the end): sent last year; 'on top of the' "
          "marks the earlier count itself (not an increment)"),
        C("as many as 6,000", 6000, "at_most", "casualties", "ukraine", "wed",
          "same sentence, 'of whom' (a breakdown): killed or wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June' (month window): 'would dispatch' engineers and construction troops"),
        C("close to 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "Seoul's intelligence agency 'on Thursday': deployed since October"),
    ),
)

V12 = Source(
    article_id="v67_12_lesotho_ngo_bulletin_year_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-14"),
    dated_by="sidecar",
    sidecar=(
        "LCN Bulletin",
        "https://www.lcn-bulletin.example/2025/11/global-watch-kim-soldiers",
        "Global Watch: a year of Kim's soldiers on Russian soil",
    ),
    features="Lesotho NGO bulletin's look back in Markdown (sidecar, Friday), front matter with "
        "an issue number and no date, a headline without a figure; older figures each with its "
        "own month or season: the NIS 'In October last year', Washington 'By December', HUR 'In "
        "the spring' (March-May) with Seoul's 'at the time' (no figure), state television 'In "
        "late August' `dozens` (north_korea), the NIS 'in September'; the NIS 'this month' "
        "`some 10,000` and `5,000 more` (increment); the bulletin's own sum 'this bulletin "
        "arrives at' (unattributed, required); a Lesotho lecturer 'She believes' (other, "
        "`pub`); garment jobs, tariffs in per cent, wages in maloti, independence year, a phone "
        "number",
    text="""\
---
newsletter: LCN Bulletin
issue: 47
section: Global Watch
---

## Global Watch: A year of Kim's soldiers on Russian soil

*The Lesotho Council of NGOs' fortnightly bulletin looks beyond our borders. This issue: how \
North Korea became a party to the war in Ukraine, told in figures.*

It began quietly. In October last year, South Korea's National Intelligence Service said that \
a first group of [[1,500]] North Korean special forces had been ferried from Chongjin to \
Vladivostok aboard Russian navy ships. More transports followed within days.

By December, Washington was speaking of [[11,000 to 12,000]] North Korean troops in Russia, \
most of them in the Kursk region, which Ukraine had partly taken in August.

The losses mounted quickly. In the spring, Kyiv's military intelligence said [[around 5,000]] \
North Koreans had been killed or wounded; Seoul's estimate at the time was lower. In April, \
first Moscow and then Pyongyang admitted the deployment. In late August, state television \
showed Kim Jong Un at a ceremony honouring '[[dozens]] of heroic fallen', their portraits lined \
up before him. Seoul's spy agency estimated in September that [[about 2,000]] had died.

The latest numbers came this month. According to the NIS, [[some 10,000]] North Koreans are now \
guarding the border in Kursk, while [[5,000]] more, mostly military builders, have been moving \
into the region since September.

Adding the official figures together, this bulletin arrives at [[at least 16,000]] North \
Korean soldiers sent to Russia in little over a year.

Dr 'Mamello Ramakatane, who teaches international relations at the Lesotho College of \
Education, cautions that the figure may keep climbing. "Pyongyang has learnt that it can sell \
the labour and the lives of its young men," she says. She believes [[as many as 25,000]] could \
be in Russia by the end of next year.

### Why should Basotho care?

Because the same war keeps fuel and fertiliser prices high at home. Our garment sector, which \
employs about 36,000 people, is already squeezed by the 15 per cent US tariff, and a machinist \
in Maseru earns around M2,400 a month. Lesotho has been independent since 1966 and has never \
sent a soldier beyond southern Africa.

*Comments and letters: bulletin@lcn.example or +266 2231 7205.*
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "the NIS 'In October last year' (month window): ferried to Vladivostok"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states",
          "2024-12-01..2024-12-31", "Washington 'By December' (month window): in Russia"),
        C("around 5,000", 5000, "approx", "casualties", "ukraine", "2025-03-01..2025-05-31",
          "HUR 'In the spring' (March-May): killed or wounded"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state television 'In late August' (days 21-31), quoted: fallen"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "Seoul's spy agency 'estimated in September': died"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..pub",
          "'The latest numbers came this month. According to the NIS' (the 1st to "
          "publication): guarding the border in Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..pub",
          "same NIS figures: '5,000 more … moving into the region' (increment, span without the "
          "word)", add=True),
        C("at least 16,000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "the bulletin's own sum 'this bulletin arrives at' (an outlet's own reckoning: "
          "required): sent to Russia"),
        C("as many as 25,000", 25000, "at_most", "planned", "other", "pub",
          "Lesotho lecturer 'She believes' (present tense, no date): could be in Russia by the "
          "end of next year (a new total, not an increment)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    V01, V02, V03, V04, V05, V06,
    V07, V08, V09, V10, V11, V12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
