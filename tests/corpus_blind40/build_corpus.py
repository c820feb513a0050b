"""Build the FORTIETH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A forty-second corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Trier daily with the US
air base in the Eifel and a Hermeskeil reservist, a Rostock local TV station's web text on Kim's
ceremony for the fallen with a Ukrainian association, a Wachau weekly with a retired colonel in
Weissenkirchen (Austrian conventions), a Schwyz paper with a Kuessnacht veteran of the Panmunjom
commission (Swiss conventions), a teachers' union magazine's world page with a partner union in
Sumy and a Regensburg student paper on a panel evening; a Goan English daily with Russian charter
tourists, a Channel Islands business weekly's sanctions desk, an Idaho paper in Moscow, Idaho, a
Slovenian English-language outlet on Slovenia's UN council seat, a Cook Islands news site with the
flagged tanker and a Malawian radio station's website. Same file format, marker syntax and
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
BASE_NAME = "_blind40_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b40_01_trier_tageblatt_erste_gefechte",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Trierer Tageblatt",
        "https://www.trierer-tageblatt.example/politik/welt/erste-gefechte-mit-nordkoreanern-"
        "im-gebiet-kursk-7731904",
        "Erste Gefechte mit Nordkoreanern im Gebiet Kursk",
    ),
    features="Trier daily's world page as plain text (sidecar, Wednesday, the morning after the "
        "US election); deck 'Washington zählt inzwischen' from the Pentagon's Monday figure "
        "(Monday to publication); Zelensky 'am Montagabend'; the Pentagon spokesman 'am Montag' "
        "carried by Konjunktiv to a US range ('Insgesamt befänden sich'); Rutte 'Ende Oktober' "
        "„mehreren tausend“ (nato); lawmakers briefed by the NIS 'am Dienstag' with the figure "
        "in the next sentence ('Anschließend berichteten sie'); HUR 'am Wochenende' `bis zu "
        "5.000 zusätzlichen` (planned increment); a Hermeskeil reservist `Zehntausende weitere` "
        "(other, `pub`); US personnel at Spangdahlem (`mehrere tausend`), refugees in Trier, "
        "Russian losses a day, North Korea's army, distances, ages",
    text="""\
Erste Gefechte mit Nordkoreanern: Kiew meldet Zusammenstöße im Gebiet Kursk

Washington zählt inzwischen [[10.000]] Soldaten aus Pjöngjang an der Front bei Kursk. In der \
Eifel verfolgen auch die Amerikaner in Spangdahlem die Lage genau.

Von Jens Marx

Trier/Kiew. Die Nachricht kam knapp und ohne Einzelheiten: Die ukrainischen Streitkräfte hätten \
sich erstmals Gefechte mit nordkoreanischen Einheiten geliefert, sagte Verteidigungsminister \
Rustem Umerow am Dienstag in einem Interview mit dem südkoreanischen Fernsehen. Präsident \
Wolodymyr Selenskyj hatte schon am Montagabend von [[11.000]] Nordkoreanern gesprochen, die im \
Raum Kursk bereitstünden.

Auch das Pentagon hält einen Großeinsatz für unmittelbar bevorstehend. [[Rund 10.000]] Mann aus \
dem Norden Koreas seien in die Grenzregion Kursk verlegt worden, erklärte Sprecher Pat Ryder am \
Montag in Washington. Insgesamt befänden sich nach amerikanischer Einschätzung \
[[11.000 bis 12.000]] Nordkoreaner in Russland; sie seien in Artillerie, Drohnenabwehr und \
Grabenkampf geschult worden.

Der neue Nato-Generalsekretär Mark Rutte hatte die Verlegung bereits Ende Oktober in Brüssel \
bestätigt. Nach einem Treffen mit einer Delegation aus Seoul sprach der Niederländer von \
„[[mehreren tausend]]“ Soldaten, die in Kursk stationiert seien.

In Seoul wurden die Abgeordneten des Geheimdienstausschusses am Dienstag vom Nachrichtendienst \
NIS unterrichtet. Anschließend berichteten sie von [[mehr als 10.000]] Nordkoreanern im Land, ein \
Teil davon sei bereits in Kampfhandlungen verwickelt. Kiew erwartet, dass es nicht dabei bleibt. \
Der Militärgeheimdienst HUR teilte am Wochenende mit, Pjöngjang bereite die Entsendung von \
[[bis zu 5.000]] zusätzlichen Soldaten vor; sie sollten noch vor Weihnachten in Russland \
eintreffen.

Nach ukrainischen Angaben büßt Russland derzeit Tag für Tag über 1.200 Mann ein, Tote und \
Verwundete zusammengenommen. Nordkoreas Armee zählt insgesamt über eine Million Mann.

Blick aus der Eifel

Im rund 40 Kilometer entfernten Spangdahlem, wo mehrere tausend amerikanische Soldaten, \
Zivilbeschäftigte und Angehörige leben, galt die Aufmerksamkeit am Mittwochmorgen vor allem der \
Präsidentenwahl in den USA. „Korea ist hier weit weg, aber jeder weiß, was ein Krieg mit zwei \
Atommächten im Hintergrund bedeutet“, sagt ein Anwohner aus Binsfeld, der seinen Namen nicht in \
der Zeitung lesen möchte.

Thomas Kees, 61, Vorsitzender der Reservistenkameradschaft in Hermeskeil, verfolgt die \
Militärpolitik in Ostasien seit Jahrzehnten. Er glaubt nicht, dass es bei den bisherigen Zahlen \
bleibt. „Kim hat eine riesige Armee und nichts zu verlieren. Ich rechne damit, dass \
[[Zehntausende]] weitere folgen“, sagt er. Die Reservisten treffen sich jeden ersten Donnerstag \
im Monat im Vereinsheim an der Trierer Straße.

In Trier selbst leben nach Angaben der Stadt derzeit rund 2.100 Geflüchtete aus der Ukraine. Die \
ukrainische Gemeinde lädt für Samstag, 18 Uhr, zu einem Gebet für die Soldaten an der Front ein.
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "deck 'Washington zählt inzwischen': the Pentagon's Monday figure of the body, Monday to "
          "publication: at the front near Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'schon am Montagabend': standing ready in the Kursk area"),
        C("Rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokesman Ryder 'am Montag' (named after the figure), Konjunktiv: moved to the "
          "Kursk border region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "'Insgesamt befänden sich nach amerikanischer Einschätzung' carrying Ryder's Monday "
          "statement: in Russia"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "2024-10-21..2024-10-31",
          "Rutte 'Ende Oktober' „…“ (NATO secretary general, referred back to as 'der "
          "Niederländer'): stationed in Kursk"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "tue",
          "lawmakers briefed by the NIS 'am Dienstag' (previous sentence), 'Anschließend "
          "berichteten sie': in the country"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "2024-11-02..2024-11-03",
          "HUR 'am Wochenende' (Saturday-Sunday): preparing to send 'zusätzlichen' (increment)",
          add=True),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a Hermeskeil reservist 'rechnet damit' (present tense, no date): 'weitere folgen' "
          "(increment)", add=True),
    ),
)

B02 = Source(
    article_id="b40_02_warnow_tv_kim_ehrt_gefallene_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-08-26"),
    dated_by="html_meta", crlf=True,
    features="Rostock local TV station's web text in HTML, windows-1252 with CRLF (raw „“ and –), "
        "`article:published_time` with +02:00, 'Stand: 26.08.2025' line, clip data in a script, "
        "a cookie notice, navigation, a footer with a phone number; `<title>` figure (optional) "
        "and h1 figure from KCNA 'am Freitag' (Friday to publication; north_korea); the NIS "
        "'im Frühjahr' (a season: March to May) with `etwa 600` dead and `4.700` casualties "
        "'damals'; HUR findings published 'vergangene Woche'; Lavrov 'Mitte Juli' in Wonsan "
        "„Tausenden“ (russia); a Rostock political scientist 'Ich gehe von … aus' (other, "
        "`pub`); a Ukrainian association's families, a village eight kilometres from the border, "
        "ages, years, clip length",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Kim ehrt [[101]] Gefallene – Rostocker Ukrainer: „Jetzt gibt er es zu“ | Warnow TV</title>
<meta property="article:published_time" content="2025-08-26T18:40:00+02:00">
<meta property="og:site_name" content="Warnow TV">
<script>window.wtv={ressort:"mv-und-welt",clipId:88213,dauer:"3:12",autoplay:false};</script>
</head>
<body>
<div id="hinweis-cookies">Diese Seite nutzt Cookies für Reichweitenmessung und Videos. <a \
href="/datenschutz">Details</a> <button>Geht klar</button> <button>Ohne Statistik</button></div>
<header><a href="/" class="logo">Warnow TV</a>
<nav><a href="/">Start</a> | <a href="/rostock">Rostock</a> | <a href="/landkreis">Landkreis</a> \
| <a href="/mv">MV</a> | <a href="/mediathek">Mediathek</a></nav></header>
<main><article>
<h1>Kim ehrt [[101]] tote Soldaten – Rostocker Ukrainer: „Jetzt gibt er es zu“</h1>
<p class="stand">Stand: 26.08.2025, 18:40 Uhr · Beitrag 3:12 Min.</p>
<p><b>Rostock.</b> Die Bilder aus Pjöngjang liefen am Wochenende auch über die Handys in der \
Beratungsstelle des Vereins „Ukrainisches Haus“ in der Südstadt. Machthaber Kim Jong Un legt \
darin Orden auf rote Kissen, vor ihm stehen Angehörige in Trauerkleidung. Die Staatsagentur KCNA \
meldete am Freitag, Kim habe die Familien von [[101]] im Gebiet Kursk gefallenen Soldaten geehrt \
und ihnen „ewigen Ruhm“ versprochen.</p>
<p>Für Oksana Melnytschuk, 52, die den Verein seit 2023 leitet, ist das kein Trost. Ihre \
Schwester lebt in Krasnopillja im Gebiet Sumy, acht Kilometer von der Grenze. „Im Winter standen \
die Koreaner direkt gegenüber. Jetzt gibt Kim es wenigstens zu“, sagt sie. Der Verein betreut \
nach eigenen Angaben rund 350 Familien in Rostock und im Landkreis.</p>
<h2>Wie viele sind gestorben?</h2>
<p>Genau weiß das niemand. Südkoreas Geheimdienst NIS hatte im Frühjahr geschätzt, dass \
[[etwa 600]] Nordkoreaner getötet worden seien; zusammen mit den Verwundeten kam der Dienst \
damals auf [[4.700]] Ausfälle. Kiew nennt höhere Zahlen. Nach Erkenntnissen des \
Militärgeheimdienstes HUR, die vergangene Woche veröffentlicht wurden, stehen außerdem noch \
[[knapp 10.000]] Nordkoreaner im Raum Kursk, vor allem als Artilleristen und Drohnenpiloten.</p>
<p>Moskau spricht inzwischen offen über die Hilfe. Außenminister Sergej Lawrow lobte bei seinem \
Besuch im Badeort Wonsan Mitte Juli die „[[Tausenden]] koreanischen Freunde“, die Seite an Seite \
mit russischen Soldaten gekämpft hätten.</p>
<p>Der Rostocker Politikwissenschaftler Henrik Lassen hält die Zahl aus Pjöngjang für geschönt. \
„Ich gehe von [[mindestens 1.500]] Toten aus“, sagt er. Kim ehre nur jene, die er der eigenen \
Bevölkerung zeigen wolle.</p>
</article></main>
<footer>© 2025 Warnow TV – Lokalfernsehen für Rostock und den Landkreis · Redaktion: 0381 4407719 \
· <a href="/impressum">Impressum</a></footer>
<script src="/js/wtv-player.min.js?v=2.8"></script>
</body>
</html>
""",
    claims=(
        C("101", 101, "exact", "casualties", "north_korea", "fri..pub",
          "<title> (metadata) restating the KCNA figure of the body", opt=True),
        C("101", 101, "exact", "casualties", "north_korea", "fri..pub",
          "h1 'Kim ehrt … tote Soldaten': the KCNA report of the body (Friday) to publication"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "KCNA 'meldete am Freitag' (state media): families of soldiers fallen in Kursk"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'im Frühjahr' (a season: March to May), Konjunktiv: killed"),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same estimate 'damals': dead and wounded together"),
        C("knapp 10.000", 10000, "approx", "near_front", "ukraine", "lastweek",
          "HUR findings 'die vergangene Woche veröffentlicht wurden': in the Kursk area"),
        C("Tausenden", None, "vague", "near_front", "russia", "2025-07-11..2025-07-20",
          "Lavrov 'Mitte Juli' in Wonsan „…“ (Russian foreign minister): fought side by side"),
        C("mindestens 1.500", 1500, "at_least", "casualties", "other", "pub",
          "Rostock political scientist, quote with 'sagt er' (present tense, no date): dead"),
    ),
)

B03 = Source(
    article_id="b40_03_wachau_woche_abzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Wachau regional weekly in Markdown, ISO-8859-1 (straight quotes only), front "
        "matter with `date:` and an issue number; 'Jänner', 'Feber', 'heuer'; front-matter "
        "`title:` figure (optional); `#` headline from the SSO spokesman's Monday figure (Monday "
        "to publication); 'Insgesamt habe' carrying the Monday statement; the NIS 'Anfang Feber' "
        "with its figure 'damals' in the next sentence; Zelensky 'im Dezember' (an older "
        "figure); HUR 'heißt es aus dem Militärgeheimdienst' after the figure, 'als Ersatz' "
        "(increment, in Russia, `pub`); a retired colonel in Weißenkirchen 'rechnet damit' "
        "'zusätzlichen' (other, `pub`); vineyard hectares, harvest helpers, euros, ages, years",
    text="""\
---
title: "Kims Truppen nach [[4.000]] Ausfällen von der Front abgezogen"
date: 2025-02-20
ausgabe: 8/2025
rubrik: Welt
---

# Kims Truppen nach [[4.000]] Ausfällen von der Front abgezogen

**Seit Mitte Jänner sind die Nordkoreaner im Raum Kursk kaum noch zu sehen. In Weißenkirchen \
erklärt ein Oberst a.D., warum das keine Entwarnung ist.**

*Von Maria Hofbauer*

Monatelang galten sie als Russlands Stoßtrupp im Gebiet Kursk, nun sind sie von den Frontkarten \
verschwunden. Die nordkoreanischen Soldaten seien nach Verlusten von [[rund 4.000]] Mann aus der \
vordersten Linie zurückgezogen worden, erklärte ein Sprecher der ukrainischen \
Spezialeinsatzkräfte am Montag. Insgesamt habe Pjöngjang [[etwa 11.000]] Mann nach Russland \
geschickt, viele davon warteten nun in Lagern hinter der Front.

Auch Südkoreas Nachrichtendienst NIS hatte Anfang Feber Abgeordnete in Seoul unterrichtet, seit \
Mitte Jänner gebe es keine Hinweise mehr auf Kampfeinsätze. Die Verluste bezifferte der Dienst \
damals auf [[mehr als 3.000]] Tote und Verletzte. Präsident Wolodymyr Selenskyj hatte im Dezember \
noch von [[3.000]] getöteten und verwundeten Nordkoreanern gesprochen.

Ruhe ist damit aber nicht eingekehrt. Russland bilde in der Region Primorje [[bis zu 1.500]] \
Nordkoreaner als Ersatz aus, heißt es aus dem Militärgeheimdienst in Kiew. Die Männer sollen im \
März an die Front kommen.

## "Das ist eine Umgruppierung"

Franz Ebner kennt solche Pausen. Der Oberst a.D. aus Weißenkirchen, der heuer 70 wird, war in den \
Achtzigerjahren als UN-Beobachter auf dem Golan und später Lehroffizier an der \
Landesverteidigungsakademie. "Das ist keine Entwarnung, das ist eine Umgruppierung", sagt er beim \
Gespräch in seinem Weingarten oberhalb der Donau. Er rechnet damit, dass die Nordkoreaner im \
Frühjahr mit [[einigen tausend]] zusätzlichen Leuten zurückkommen. "Die Russen brauchen \
Infanterie, und Kim braucht Devisen."

In der Wachau ist der Krieg näher, als man meinen würde. Rund 40 Erntehelfer aus der Ukraine \
haben im vergangenen Herbst in den Weingärten zwischen Spitz und Dürnstein gearbeitet, auf den \
gut 1.300 Hektar Rebfläche der Region. Die Gemeinde Weißenkirchen hat im Jänner 12.000 Euro für \
Generatoren in der Partnerstadt gesammelt.

Ebner selbst hält heuer wieder Vorträge an der Volkshochschule in Krems. Der nächste, "Korea, \
Russland und wir", ist für den 14. März angesetzt, Beginn 19 Uhr, Eintritt frei.
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("4.000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "`#` headline: the SSO spokesman's Monday figure of the body, Monday to publication"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "SSO spokesman 'am Montag' (named after the figure), Konjunktiv: losses"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "mon",
          "'Insgesamt habe' carrying the Monday statement: sent to Russia"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "south_korea",
          "2025-02-01..2025-02-10",
          "NIS briefing 'Anfang Feber' (days 1-10), figure 'damals' in the next sentence: dead "
          "and wounded"),
        C("3.000", 3000, "exact", "casualties", "ukraine", "2024-12-01..2024-12-31",
          "Zelensky 'im Dezember' (an older figure, month window): killed and wounded"),
        C("bis zu 1.500", 1500, "at_most", "in_russia", "ukraine", "pub",
          "HUR 'heißt es aus dem Militärgeheimdienst' after the figure, no date: training in "
          "Primorye 'als Ersatz' (increment)", add=True),
        C("einigen tausend", None, "vague", "planned", "other", "pub",
          "retired colonel 'rechnet damit' (present tense): coming back with 'zusätzlichen' men "
          "(increment; 'im Frühjahr' is the event)", add=True),
    ),
)

B04 = Source(
    article_id="b40_04_schwyzer_bote_dreissigtausend",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-07-10"),
    dated_by="dateline", crlf=True,
    features="Schwyz paper as plain text, windows-1252 with CRLF, dateline 'Schwyz, 10. Juli "
        "2025 –': `ss`, «», `30'000`, `25'000`, `11'000`, `1'300`, 4-digit `1000`/`5000`/`3000`; "
        "headline `bis zu 30'000 weiteren` (increment) from HUR's assessment reported 'am "
        "Dienstag' by a US broadcaster (ukraine: X citing Y); 'nach Kiewer Zählung' without a "
        "date (Tuesday to publication); the JCS spokesman 'am Mittwoch' «mehrere tausend» "
        "planned; Shoigu 'Schon im Juni' (month window, planned contingents, not increments); a "
        "Küssnacht veteran of the Panmunjom commission: a restatement in a quote (optional) and "
        "'Nach seiner Schätzung' `höchstens 3000` (other, `pub`); refugees in the canton, "
        "inhabitants, francs, ages, years, a parallel",
    text="""\
Kiew warnt vor [[bis zu 30'000]] weiteren Soldaten aus Nordkorea

Ein Küssnachter, der einst an der innerkoreanischen Grenze Dienst tat, hält die Zahl für \
glaubwürdig – und rechnet trotzdem nicht mit einer Wende an der Front.

Von Beat Inderbitzin

Schwyz, 10. Juli 2025 – Nordkorea könnte Russland in den kommenden Monaten mit \
[[25'000 bis 30'000]] zusätzlichen Soldaten verstärken. Zu diesem Schluss kommt der ukrainische \
Militärgeheimdienst HUR in einer Einschätzung, über die am Dienstag zuerst ein amerikanischer \
Fernsehsender berichtete. Die Männer sollen demnach in mehreren Wellen eintreffen und nicht mehr \
nur bei Kursk, sondern auch im Donbass eingesetzt werden. Bisher haben nach Kiewer Zählung \
[[rund 11'000]] Nordkoreaner im Gebiet Kursk gekämpft.

Seoul gibt sich zurückhaltender. Man habe Hinweise, dass Pjöngjang «[[mehrere tausend]]» Pioniere \
und Bausoldaten für einen Einsatz in Russland vorbereite, sagte ein Sprecher des Generalstabs am \
Mittwoch. Von neuen Kampftruppen sei bisher nichts bekannt. Schon im Juni hatte Moskaus \
Sicherheitsratschef Sergei Schoigu während einer Visite bei Kim angekündigt, Nordkorea werde \
[[1000]] Minenräumer sowie [[5000]] Bausoldaten für den Wiederaufbau der Region Kursk schicken.

Erinnerungen an den 38. Breitengrad

Hansruedi Kälin kennt die Gegend an der innerkoreanischen Grenze aus eigener Anschauung. Der \
68-jährige Küssnachter diente 1996 und 1997 als Offizier in der Neutralen Überwachungskommission \
in Panmunjom, in der bis heute fünf Schweizer Armeeangehörige Dienst tun. «Wenn Kim wirklich \
[[30'000]] Mann schickt, dann nur, weil Moskau gut dafür bezahlt», sagt er in seiner Stube mit \
Blick auf den Vierwaldstättersee.

An eine Wende glaubt Kälin trotzdem nicht. Nach seiner Schätzung stehen derzeit \
[[höchstens 3000]] Nordkoreaner tatsächlich in vorderster Linie; der Rest sichere rückwärtige \
Stellungen oder werde noch ausgebildet. «Die Koreaner sind diszipliniert, aber sie kennen den \
Drohnenkrieg erst seit einem Jahr», sagt er.

Der Kanton Schwyz beherbergt derzeit rund 1'300 Schutzsuchende aus der Ukraine, gut 200 davon in \
Küssnacht, das knapp 14'000 Einwohner zählt. Der Gemeinderat hat im Frühling 50'000 Franken für \
ein Kinderspital in Charkiw gesprochen. Kälin selbst spricht am 21. August im Pfarreiheim über \
seine Zeit in Korea; der Eintritt kostet 10 Franken.
""",
    claims=(
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "tue..pub",
          "headline 'Kiew warnt vor … weiteren': HUR's assessment of the body (reported Tuesday) "
          "to publication (increment)", add=True),
        C("25'000 bis 30'000", None, "range", "planned", "ukraine", "tue",
          "HUR assessment 'über die am Dienstag zuerst ein amerikanischer Fernsehsender "
          "berichtete' (X citing Y → ukraine): 'zusätzlichen' (increment)", add=True),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "tue..pub",
          "'nach Kiewer Zählung' without a date of its own, after the Tuesday report: fought in "
          "Kursk"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "wed",
          "JCS spokesman 'am Mittwoch' (named after the figure) «…»: engineers and builders "
          "being prepared"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Schon im Juni' (month window): deminers Pyongyang will send (a planned "
          "contingent, not an increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders"),
        C("30'000", 30000, "exact", "planned", "ukraine", "tue..pub",
          "veteran's «Wenn Kim wirklich … schickt» restating HUR's upper figure inside a quote",
          add=True, opt=True),
        C("höchstens 3000", 3000, "at_most", "near_front", "other", "pub",
          "Küssnacht veteran 'Nach seiner Schätzung' (present tense, no date): in the front line"),
    ),
)

B05 = Source(
    article_id="b40_05_lehrergewerkschaft_weltseite_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-24"),
    dated_by="sidecar",
    sidecar=(
        "Bildung & Gesellschaft – Magazin der Lehrergewerkschaft",
        "https://www.bildung-und-gesellschaft.example/heft-10-2025/weltseite-ein-jahr-kursk",
        "Ein Jahr Nordkoreaner in Kursk: Was Kolleginnen in Sumy erzählen",
    ),
    features="teachers' union magazine's world page in Markdown, UTF-8 with BOM, front matter "
        "without a date (sidecar, Friday) and a title without a figure; the NIS 'Anfang "
        "September' (days 1-10); HUR 'spricht von' without a date with 'hinzu kämen' builders "
        "(increment, `pub`); Shoigu 'im Juni' `6.000` (planned, not an increment); Zelensky 'am "
        "24. September' at the UN „Tausende“; state media's Kursk veterans at the parade 'am "
        "10. Oktober' (returnees: optional); the magazine's own reckoning 'nach unserer "
        "Rechnung' (unattributed, required, `pub`); schools, teachers, donations in euros, "
        "ages, years, an anniversary ordinal",
    text="""\
---
title: "Ein Jahr Nordkoreaner in Kursk: Was Kolleginnen in Sumy erzählen"
rubrik: Welt
heft: 10/2025
---

# Ein Jahr Nordkoreaner in Kursk: Was Kolleginnen in Sumy erzählen

*Die Weltseite – von Ulrike Brandes*

Vor einem Jahr tauchten die ersten Berichte über nordkoreanische Soldaten in Russland auf. Für \
die Lehrkräfte unserer Partnergewerkschaft im Gebiet Sumy sind die Folgen längst Alltag: \
Luftalarm während der Mathestunde, Unterricht im Keller oder am Bildschirm. Ein Überblick, was \
über den Einsatz bekannt ist und was er für Schulen an der Grenze bedeutet.

## Was über den Einsatz bekannt ist

Südkoreas Nachrichtendienst NIS schätzte Anfang September, dass [[rund 2.000]] Nordkoreaner in \
Russland ums Leben gekommen sind. Der ukrainische Militärgeheimdienst spricht von [[etwa 11.000]] \
Soldaten aus Nordkorea, die sich derzeit im Gebiet Kursk aufhalten; hinzu kämen [[rund 6.000]] \
Pioniere und Bausoldaten, die seit dem Sommer nach Russland verlegt worden seien. Sie gehen auf \
eine Zusage zurück, die Sergei Schoigu, Chef des russischen Sicherheitsrats, im Juni in Pjöngjang \
verkündet hatte: Kim stelle [[6.000]] Minenräumer und Militärbauer bereit.

Präsident Wolodymyr Selenskyj sagte am 24. September vor der UN-Vollversammlung in New York, \
„[[Tausende]]“ Nordkoreaner kämpften inzwischen an Russlands Seite. Pjöngjang selbst feiert seine \
Soldaten als Helden. Als die Partei am 10. Oktober ihr 80-jähriges Bestehen mit einer Parade \
feierte, ließ Kim nach Angaben der Staatsmedien auch [[mehrere hundert]] Heimkehrer aus Kursk \
mitmarschieren.

Legt man die Angaben aus Seoul und Kiew nebeneinander, kommt man nach unserer Rechnung auf \
[[mehr als 15.000]] Nordkoreaner, die seit dem Herbst 2024 in Russland im Einsatz waren.

## Schulen an der Grenze

Natalija Hrebenjuk, 44, unterrichtet Deutsch und Geschichte an einem Lyzeum in Trostjanez, rund \
30 Kilometer von der russischen Grenze entfernt. Von ihren 27 Schülerinnen und Schülern der \
zehnten Klasse sitzen an guten Tagen 19 im Schutzraum der Schule, die anderen schalten sich von \
zu Hause zu. „Wir hören nachts die Einschläge und fragen uns morgens, wer von drüben geschossen \
hat“, schreibt sie uns.

Nach Zahlen des ukrainischen Bildungsministeriums sind seit Februar 2022 mehr als 3.800 Schulen \
beschädigt und gut 370 völlig zerstört worden. Unser Solidaritätsfonds hat seit 2022 über 180.000 \
Euro für Generatoren, Laptops und Erste-Hilfe-Kurse gesammelt; allein im September kamen 9.400 \
Euro hinzu.

Die Partnerschaft mit den Kolleginnen und Kollegen in Sumy besteht seit 2016. Im November reist \
eine Delegation aus fünf Mitgliedern für eine Woche in die Region. Wer spenden möchte, findet die \
Kontodaten im Mitgliederbereich unter dem Stichwort „Sumy“.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'schätzte Anfang September' (days 1-10): died in Russia"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'spricht von' (present tense, no date): in the Kursk region"),
        C("rund 6.000", 6000, "approx", "in_russia", "ukraine", "pub",
          "same source, 'hinzu kämen' engineers and builders moved to Russia (increment)",
          add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni' in Pyongyang (month window): deminers and builders Kim will provide "
          "(a planned contingent, not an increment)"),
        C("Tausende", None, "vague", "near_front", "ukraine", "2025-09-24",
          "Zelensky 'am 24. September' at the UN General Assembly „…“: fighting on Russia's side"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state media on Kursk veterans marching at the parade 'am 10. Oktober' (returnees)",
          opt=True),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the magazine's own reckoning 'nach unserer Rechnung' from Seoul's and Kyiv's figures: "
          "served in Russia since autumn 2024"),
    ),
)

B06 = Source(
    article_id="b40_06_regensburg_studizeitung_podium_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-29"),
    dated_by="sidecar",
    sidecar=(
        "Donaustrudel – Studentische Zeitung Regensburg",
        "https://donaustrudel.example/politik/podium-nordkorea-kursk-h2",
        "Zwei Gefangene und viele offene Fragen",
    ),
    features="Regensburg student paper's page in HTML without a meta date (sidecar, Wednesday), "
        "a one-cookie consent line, navigation, a footer with a meeting room and a founding "
        "year, entities `&amp;`, `&nbsp;`; the number word `zwei` from Zelensky in a historical "
        "present 'Es ist der 11. Januar'; the NIS 'am Montag darauf' (January 13, ISO) with "
        "`rund 300` dead and `2.700` wounded (not an increment); Zelensky 'wenig später' (the "
        "anchor to publication); the White House 'Ende Dezember' with the speaker named at the "
        "end of the sentence; a political scientist on the panel 'Am Dienstagabend' (range, and "
        "`noch einmal 5.000` increment, other); audience, students, ages, distances, years",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Zwei Gefangene und viele offene Fragen – Donaustrudel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Donaustrudel – Studentische Zeitung Regensburg">
<script src="/js/strudel.min.js?v=3.1.4" defer></script>
</head>
<body>
<div class="consent">Wir setzen genau ein Zähl-Cookie, versprochen. <button>Klar, weiter</button> \
<button>Lieber nicht</button></div>
<nav><a href="/">Start</a> · <a href="/campus">Campus</a> · <a href="/politik">Politik</a> · <a \
href="/kultur">Kultur</a> · <a href="/mitmachen">Mitmachen</a></nav>
<article>
<h1>Zwei Gefangene und viele offene Fragen</h1>
<p class="byline">Text: Lea Sommerfeld &amp; Jonas Brückl</p>
<p class="lead">Am Dienstagabend diskutierten im Hörsaal H2 eine Politikwissenschaftlerin und \
eine Studentin aus Charkiw über Nordkoreas Soldaten im Ukrainekrieg. Eine Frage blieb offen: Wie \
viele sind es wirklich?</p>
<p>Es ist der 11. Januar, als Präsident Wolodymyr Selenskyj die Nachricht verbreitet: Ukrainische \
Einheiten hätten im Gebiet Kursk [[zwei]] nordkoreanische Soldaten gefangen genommen. Südkoreas \
Geheimdienst NIS bestätigt die Festnahme am Tag danach und legt am Montag darauf im Parlament in \
Seoul eigene Zahlen vor: [[rund 300]] Nordkoreaner seien gefallen, [[2.700]] verwundet. Selenskyj \
nennt wenig später eine deutlich höhere Zahl, [[knapp 4.000]] Tote und Verwundete.</p>
<p>Aus Washington hatte es schon Ende Dezember geheißen, [[über 1.000]] Nordkoreaner seien allein \
binnen einer Woche getötet oder verwundet worden; so formulierte es der Sprecher des Nationalen \
Sicherheitsrats im Weißen Haus, John Kirby.</p>
<h2>„Ich wäre nicht überrascht“</h2>
<p>Dr. Hanna Wietholt, Politikwissenschaftlerin mit Schwerpunkt Ostasien, hält das Bild für \
unübersichtlich. Nach ihrer Einschätzung sind inzwischen [[13.000 bis 15.000]] Nordkoreaner in \
Russland. „Ich wäre nicht überrascht, wenn bis zum Sommer noch einmal [[5.000]] nachkommen“, \
sagte sie vor rund 120 Zuhörerinnen und Zuhörern. Kim wolle Kampferfahrung sammeln und dafür Geld \
und Technik aus Moskau bekommen.</p>
<p>Daryna, 23, studiert im dritten Semester Internationale Beziehungen und stammt aus Charkiw, \
30&nbsp;Kilometer von der Grenze. Ihre Großmutter hat 2022 die russischen Panzer vor dem Haus \
gesehen. „Für uns ist egal, welche Uniform die Leute tragen, die auf uns schießen“, sagte sie. An \
der Universität Regensburg sind derzeit rund 260 Studierende aus der Ukraine eingeschrieben.</p>
<p>Die Veranstaltung war Teil der Reihe „Krieg und Öffentlichkeit“ der Hochschulgruppe für \
Außenpolitik. Der nächste Abend ist für den 12. Februar geplant.</p>
</article>
<footer>Donaustrudel erscheint seit 2011 · Redaktionssitzung dienstags um 19 Uhr, Raum PT 1.0.4 · \
<a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Es ist der 11. Januar' (historical present): captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "NIS 'am Montag darauf' (the Monday after January 11, 12): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing: wounded (beside the dead, not an increment)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-13..2025-01-29",
          "Zelensky 'wenig später' (from the NIS Monday to publication): dead and wounded"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "White House (Kirby, named at the end of the sentence) 'Ende Dezember': killed or "
          "wounded in one week"),
        C("13.000 bis 15.000", None, "range", "in_russia", "other", "tue",
          "political scientist on the panel 'Am Dienstagabend' (the event dates her words): in "
          "Russia"),
        C("5.000", 5000, "exact", "planned", "other", "tue",
          "same speaker in a quote 'noch einmal … nachkommen' (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (India, Channel Islands, US, Slovenia, Cook Islands, Malawi)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b40_07_goa_daily_first_toll_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-12-20"),
    dated_by="html_meta",
    features="Goan English daily in HTML (`<meta name=\"date\">` with +05:30, a description "
        "without a figure, a privacy strip, a weather widget, navigation, a footer with a phone "
        "number); `<title>` figure (optional); h1 'Seoul says' from the NIS briefing 'on "
        "Thursday' relayed by lawmakers (Thursday to publication); `at least 100` and `close to "
        "1,000` wounded; the agency's total 'he said' (carried); Ryder 'on Tuesday' ‘several "
        "hundred’; HUR 'on Sunday'; Zelensky 'on Wednesday' ‘thousands more’ (planned "
        "increment); a retired commodore in Porvorim 'By his reckoning' `no more than 2,000` "
        "(other, `pub`); Russian charter tourists, bookings down by a fifth, rupees, ages",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul says [[100]] North Korean soldiers have died fighting for Russia | The Mandovi \
Times</title>
<meta name="date" content="2024-12-20T08:30:00+05:30">
<meta name="description" content="South Korean intelligence gives its first casualty count for \
Pyongyang’s troops in Kursk. In Goa, the war is felt through empty charter seats.">
<script>var mt_ads={slot:"world_top",pv:1,cat:"world"};</script>
</head>
<body>
<div class="privacy-strip">We store a few cookies so the e-Paper remembers you. Read our <a \
href="/privacy">privacy policy</a>. <a href="#" class="close">×</a></div>
<header><div class="weather">Panaji 33°C · Margao 34°C</div>
<nav><a href="/">Home</a> | <a href="/goa">Goa</a> | <a href="/india">India</a> | <a \
href="/world">World</a> | <a href="/sport">Sport</a> | <a href="/epaper">e-Paper</a></nav></header>
<article>
<h1>Seoul says [[100]] North Korean soldiers have died fighting for Russia</h1>
<p class="byline">By Our Foreign Desk · December 20, 2024</p>
<p><b>PANAJI:</b> North Korea has lost [[at least 100]] soldiers killed in Russia’s Kursk region, \
while [[close to 1,000]] have been wounded, South Korean lawmakers said on Thursday after a \
closed-door briefing by the country’s National Intelligence Service (NIS).</p>
<p>Lee Seong-kweun, a member of parliament’s intelligence committee, said the dead included \
officers and that the troops had been thrown into unfamiliar open terrain with little protection \
against drones. The agency still estimates the North Korean presence in Russia at \
[[about 11,000]], he said.</p>
<p>Washington had offered a vaguer count earlier in the week. Pentagon press secretary Maj. Gen. \
Pat Ryder said on Tuesday that North Korean units had suffered ‘[[several hundred]]’ casualties, \
killed and wounded, without breaking the figure down.</p>
<p>Ukraine’s military intelligence agency, the HUR, reported on Sunday that [[at least 30]] North \
Koreans had been killed or injured in clashes near three villages in Kursk. President Volodymyr \
Zelensky went further on Wednesday, warning that Pyongyang could hand Moscow ‘[[thousands]] more’ \
soldiers in the new year.</p>
<p>In Goa, the war has so far been felt mainly through tourism. Charter flights from Moscow and \
Yekaterinburg brought roughly 51,000 Russian visitors to the state last season, tourism officials \
say, and hoteliers in Arambol and Morjim report that bookings for this winter are down by a \
fifth.</p>
<p>Retired Commodore Anil Dessai, 67, who lives in Porvorim and lectures on maritime security, \
doubts the North Korean losses will stay this low. Drone warfare is ‘merciless to infantry that \
has never seen it’, he said. By his reckoning, the North Koreans’ dead and wounded will number \
[[no more than 2,000]] by the end of January, a toll Pyongyang can absorb.</p>
</article>
<footer>© 2024 The Mandovi Times, Panaji, Goa · Newsroom: +91 832 2437 118 · <a \
href="/about">About us</a> · <a href="/terms">Terms</a></footer>
</body>
</html>
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "h1 'Seoul says': the NIS briefing of the lead (Thursday) to publication: died"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmakers briefed by the NIS 'said on Thursday' (named after the figures): killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (beside the dead, not an increment)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'The agency still estimates … he said' (the lawmaker of the Thursday briefing): in "
          "Russia"),
        C("several hundred", None, "vague", "casualties", "united_states", "tue",
          "Pentagon press secretary Ryder 'on Tuesday' ‘…’: casualties"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'reported on Sunday': killed or injured"),
        C("thousands", None, "vague", "planned", "ukraine", "wed",
          "Zelensky 'on Wednesday' ‘… more’: could hand Moscow (increment)", add=True),
        C("no more than 2,000", 2000, "at_most", "casualties", "other", "pub",
          "retired commodore 'By his reckoning' (no date of its own): dead and wounded"),
    ),
)

B08 = Source(
    article_id="b40_08_channel_islands_sanctions_weekly_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-28"),
    dated_by="front_matter", crlf=True,
    features="Channel Islands business weekly's sanctions desk in Markdown with CRLF, front "
        "matter with `date:` and a title without a figure, British single quotes; `#` headline "
        "`3,000 more` (increment) from the NIS 'on Thursday' (Thursday to publication); "
        "`roughly 3,000 extra` (increment, named after the figure) and 'The NIS now counts' "
        "`some 14,000` (a total); the JCS 'earlier this month' (the 1st to publication); US "
        "officials 'quoted by Reuters' 'last week' at the end of the sentence (X citing Y → "
        "united_states); Ukraine's General Staff 'on Monday'; a St Peter Port consultant's "
        "‘tens of thousands more’ (other, `pub`, increment); designations, regulated "
        "businesses, a penalty in pounds, hours, an e-mail address",
    text="""\
---
title: "Pyongyang's reinforcements put island compliance teams back on alert"
date: 2025-03-28
section: Compliance
author: Rachel Le Marquand
---

# Sanctions desk: compliance teams brace as Kim sends [[3,000]] more troops

*St Peter Port and St Helier firms are combing client books again after Seoul said North Korea \
had reinforced its contingent in Russia.*

North Korea shipped [[roughly 3,000]] extra soldiers to Russia in January and February, South \
Korea’s National Intelligence Service said on Thursday, in what analysts read as a sign that \
Moscow intends to keep using them around Kursk. The NIS now counts [[some 14,000]] North Korean \
troops dispatched since October. Seoul’s Joint Chiefs of Staff had put their casualties at \
[[around 4,000]] earlier this month.

The men who were pulled back in February are fighting again. [[Several thousand]] have returned \
to the line near Sudzha, US officials quoted by Reuters said last week. Ukraine’s General Staff \
said on Monday that [[about 1,500]] North Koreans were taking part in assaults in the Kursk \
region, fewer than at the peak in December.

## Why it matters here

For the islands’ finance industry, every new move by Pyongyang tends to land on a compliance \
officer’s desk within days. Guernsey and Jersey give effect to UK sanctions automatically, and \
the UK has added 37 names linked to the Russia–North Korea arms trade since November, including \
six generals and two shipping companies.

Jersey’s regulator supervises around 1,400 businesses; in Guernsey a trust company was fined \
£465,000 last year over screening failures. ‘Nobody here banks for Pyongyang directly,’ said one \
St Helier fiduciary director. ‘The risk is a Hong Kong shipping client whose tanker turns up off \
Vladivostok.’

Nick Ozanne, a St Peter Port sanctions consultant and former police financial investigator, says \
the exposure lies in shipping, commodities and trade finance. ‘If Kim ends up sending \
[[tens of thousands]] more, Moscow has to pay for them somehow, and that money moves through \
somebody’s books,’ he said. He advises clients to re-screen counterparties within 24 hours of \
each new listing.

*The sanctions desk appears every Friday. Tips: sanctions@islandsbusiness.example*
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "`#` headline 'sends … more': the NIS figure of the body (Thursday) to publication "
          "(increment)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'said on Thursday' (named after the figure): 'extra' soldiers shipped (increment)",
          add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'The NIS now counts' (same statement): the total dispatched, not an increment"),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "2025-03-01..pub",
          "JCS 'earlier this month' (the 1st to publication): casualties"),
        C("Several thousand", None, "vague", "near_front", "united_states", "lastweek",
          "US officials 'quoted by Reuters said last week' at the end of the sentence: returned "
          "to the line"),
        C("about 1,500", 1500, "approx", "near_front", "ukraine", "mon",
          "Ukraine's General Staff 'said on Monday': in assaults in Kursk"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "St Peter Port consultant ‘If Kim ends up sending … more’ ('he said', no date): "
          "increment", add=True),
    ),
)

B09 = Source(
    article_id="b40_09_idaho_moscow_professor_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-06-19"),
    dated_by="sidecar",
    features="Idaho paper's story in Moscow, Idaho, as plain text in UTF-16 LE with BOM "
        "(sidecar, Thursday), dateline 'MOSCOW, Idaho —' without a date; headline `6,000` (the "
        "sum of Shoigu's two contingents: russia, Tuesday to publication); Shoigu 'On Tuesday' "
        "`1,000` and `5,000` (planned, not increments); a University of Idaho professor 'She "
        "believes' … 'in an interview … on Wednesday' `10,000 or more` (at_least, other); the "
        "USFK commander 'in April' before the Senate; the NIS 'at the time' (April carried) "
        "with `around 600 of them` (a breakdown); HUR 'estimates' without a date; the town's "
        "residents and `some 11,000` students (not claims), Korean students, acres, miles, ages",
    sidecar=(
        "Palouse Ledger",
        "https://www.palouseledger.example/news/local/in-the-other-moscow-a-professor-explains-"
        "kims-builders",
        "In the other Moscow, a professor explains Kim’s 6,000 builders for Russia",
    ),
    text="""\
In the other Moscow, a professor explains Kim’s [[6,000]] builders for Russia

UI political scientist calls the deal ‘payment in kind’ for Russian help

By Cody Ferrell
Palouse Ledger

MOSCOW, Idaho — Residents of this university town have heard every joke about sharing a name with \
the Russian capital. This week the news from the other Moscow came with numbers attached.

On Tuesday, Sergei Shoigu, the former defense minister who now runs Russia’s Security Council, \
announced after talks with Kim Jong Un in Pyongyang that North Korea would provide [[1,000]] \
mine-clearing specialists plus [[5,000]] soldiers from its construction corps to help rebuild the \
Kursk region.

Mei-Lin Hargrove, 54, who teaches East Asian politics at the University of Idaho, called the \
arrangement “payment in kind” for Russian oil, food and military technology. She believes the \
builders are only a first installment. “I would not be surprised to see [[10,000 or more]] over \
time, once Moscow has a taste for cheap, disciplined labor,” she said in an interview in her \
office on Wednesday.

Washington has watched the buildup for months. Gen. Xavier Brunson, who commands U.S. forces in \
South Korea, testified before the Senate Armed Services Committee in April that Pyongyang had \
sent [[more than 14,000]] troops to Russia. South Korea’s spy agency gave a similar figure at the \
time, [[about 15,000]], and said [[around 600]] of them had been killed.

Ukraine’s military intelligence agency estimates that [[roughly 11,000]] North Korean soldiers \
remain in the Kursk region, where Ukrainian forces held a foothold until March.

Hargrove said the engineers would probably work behind the lines, clearing the mines and rubble \
left after months of fighting. “These are not glamorous jobs, but for Pyongyang they are hard \
currency,” she said.

On campus, the news drew curiosity more than alarm. The university enrolls some 11,000 students, \
about 30 of them from South Korea, and the town of roughly 26,000 people sits among wheat and \
lentil fields that can run to 1,200 acres apiece.

“We get mail meant for Russia about once a year,” said Dale Kimbrough, 71, who has run a hardware \
store on Main Street since 1986. “Never thought Moscow, Russia, would make our news for hiring \
Korean construction crews.”

Hargrove will speak on “Russia, North Korea and the Pacific” at the public library on June 26 at \
7 p.m.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: the sum of Shoigu's two contingents in the body (Tuesday) to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'On Tuesday' (Russia's Security Council chief): would dispatch deminers (a "
          "planned contingent, not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: soldiers from its construction corps"),
        C("10,000 or more", 10000, "at_least", "planned", "other", "wed",
          "professor 'She believes' … 'she said in an interview … on Wednesday': builders over "
          "time (a total, not an increment)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-04-01..2025-04-30",
          "USFK commander Brunson 'testified … in April': sent to Russia"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "South Korea's spy agency 'at the time' (April carried): sent"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same estimate, 'of them had been killed' (a breakdown)"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'estimates' (present tense, no date): remain in the Kursk region"),
    ),
)

B10 = Source(
    article_id="b40_10_slovenia_insider_two_thousand_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Slovenia Insider",
        "https://www.slovenia-insider.example/world/seoul-puts-north-korean-death-toll-at-2000",
        "Seoul puts North Korean death toll in Russia at 2,000",
    ),
    features="Slovenian English-language outlet in HTML, ISO-8859-1 with quotes, dashes, carons "
        "and the euro sign only as entities (`&rsquo;`, `&ldquo;`, `&ndash;`, `&Scaron;`, "
        "`&euro;`), no meta date (sidecar, Friday), an ad script with slot sizes, a GDPR line, "
        "navigation, a footer; `<title>` figure (optional); h1 'Seoul puts … at' from the NIS "
        "figure disclosed 'on Thursday' by lawmakers (source and date after the figure); "
        "'According to the lawmakers' `6,000 more` (planned increment); HUR 'says' without a "
        "date; an anonymous NATO official 'last week' “into the thousands”; Slovenia's deputy UN "
        "ambassador 'on Monday' (a third government: other); Slovenia's army, aid in euros, "
        "council members, a resolution number, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Seoul: [[2,000]] North Korean soldiers killed in Russia&rsquo;s war | Slovenia \
Insider</title>
<meta property="og:site_name" content="Slovenia Insider">
<script>var si={sec:"world",id:51734,ads:["300x250","728x90"],lang:"en"};</script>
</head>
<body>
<div class="gdpr">We use cookies to count readers and to show adverts. <a \
href="/privacy">Privacy</a> <button>OK</button> <button>No thanks</button></div>
<nav><a href="/">Home</a> &middot; <a href="/slovenia">Slovenia</a> &middot; <a \
href="/business">Business</a> &middot; <a href="/world">World</a> &middot; <a \
href="/culture">Culture</a></nav>
<article>
<h1>Seoul puts North Korean death toll in Russia at [[2,000]]</h1>
<p class="lede">Slovenia, whose seat on the UN Security Council runs out in December, has pressed \
the council to act on Pyongyang&rsquo;s troops.</p>
<p><b>Ljubljana</b> &ndash; [[About 2,000]] North Korean soldiers have died fighting for Russia, \
South Korea&rsquo;s National Intelligence Service estimates. The figure was disclosed on Thursday \
by members of the South Korean parliament&rsquo;s intelligence committee after a closed briefing \
by the agency.</p>
<p>According to the lawmakers, the NIS also believes Pyongyang is readying [[6,000]] more troops \
&ndash; mostly engineers and builders &ndash; for deployment to the Kursk region before winter.</p>
<p>Kyiv&rsquo;s count is far higher. Ukraine&rsquo;s military intelligence says \
[[more than 7,000]] North Koreans have been killed or wounded since they first went into battle \
last autumn. Speaking in Brussels on condition that his name be withheld, a NATO official said \
last week that the alliance&rsquo;s own estimate of North Korean dead ran &ldquo;into the \
[[thousands]]&rdquo;.</p>
<p>In New York, Slovenia&rsquo;s deputy ambassador to the UN, Ksenija Vrh, told a council meeting \
on Monday that the presence of &ldquo;[[well over 10,000]] soldiers from a state under this \
council&rsquo;s sanctions&rdquo; in Russia was a plain breach of binding resolutions, including \
resolution 2397 of 2017. Russia&rsquo;s envoy called the remarks &ldquo;propaganda&rdquo;.</p>
<p>The Foreign Ministry in Ljubljana said on Friday that Slovenia would back the next EU \
sanctions package. Minister Tanja Fajon has argued for listing more North Korean officials. \
Slovenia, whose armed forces number about 7,000 people, has sent Ukraine aid worth more than \
&euro;40 million since 2022, including demining equipment made by a &Scaron;kofja Loka company.</p>
<p>The council has 15 members; Slovenia&rsquo;s two-year term, its first since 1999, ends on \
December 31. Diplomats say a vote on a statement about North Korea is unlikely because of a \
Russian veto.</p>
</article>
<footer>&copy; 2025 Slovenia Insider d.o.o., Ljubljana &middot; <a href="/contact">Contact</a> \
&middot; <a href="/advertise">Advertise</a></footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "h1 'Seoul puts … at': the NIS figure disclosed on Thursday, to publication"),
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'…' the NIS estimates; 'The figure was disclosed on Thursday' by lawmakers in "
          "the next sentence"),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "'According to the lawmakers, the NIS also believes … readying … more' (increment)",
          add=True),
        C("more than 7,000", 7000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'says' (present tense, no date): killed or wounded"),
        C("thousands", None, "vague", "casualties", "nato", "lastweek",
          "anonymous NATO official 'said last week' “into the …”: dead"),
        C("well over 10,000", 10000, "at_least", "in_russia", "other", "mon",
          "Slovenia's deputy UN ambassador 'on Monday' (a third government: other): in Russia"),
    ),
)

B11 = Source(
    article_id="b40_11_cook_islands_prisoners_registry_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-01-14"),
    dated_by="sidecar",
    sidecar=(
        "Kuki News Online",
        "",
        "Ukraine captures two North Korean soldiers; Seoul says 300 have died",
    ),
    features="Cook Islands news site in Markdown, windows-1252 (typographic quotes raw), front "
        "matter without a date and a title without a figure (sidecar without url, Tuesday); `#` "
        "headline with two figures: the number word `two` (Zelensky, Saturday to publication) "
        "and `300` (the NIS, Monday to publication); Zelensky 'on Saturday'; 'A day later' … 'on "
        "Sunday' a Telegram post ‘thousands’ (reported, not embedded: required); the NIS 'on "
        "Monday' `about 300` killed and `2,700` wounded (not an increment); Rutte 'last month' "
        "(December); a Wellington analyst 'another' range (other, `pub`, increment); the flagged "
        "tanker, tonnes, registered ships, population, dollars, years",
    text="""\
---
title: "Kim's soldiers, a tanker and a flag: the week in world news"
category: World
author: Teina Marsters
---

# Ukraine captures [[two]] North Korean soldiers; Seoul says [[300]] have died

Ukraine’s president says his forces have taken North Korean soldiers alive for the first time. \
Volodymyr Zelensky announced on Saturday that [[two]] wounded men from North Korea had been \
captured in Russia’s Kursk region and brought to Kyiv for questioning by the security service.

A day later he went further. In a post on his Telegram channel on Sunday, Zelensky offered to \
hand the prisoners over to Kim Jong Un if Pyongyang could arrange the release of Ukrainians held \
in Russia. North Korea, he wrote, had already lost ‘[[thousands]]’ of soldiers in Kursk.

South Korea’s National Intelligence Service confirmed the capture and on Monday gave MPs in Seoul \
its own tally: [[about 300]] North Koreans killed and [[2,700]] wounded since they entered combat \
in December. NATO Secretary General Mark Rutte said last month that [[at least 10,000]] North \
Korean troops were in Russia.

Josefa Tuivaga, a Wellington-based security analyst with the Pacific Strategy Forum, expects \
more. “Pyongyang could send another [[10,000 to 20,000]] this year if Moscow keeps paying in oil \
and know-how,” she told Kuki News Online.

## Closer to home: the tanker question

The war in Europe reached Rarotonga by a different route over Christmas. The Eagle S, an oil \
tanker flying the Cook Islands flag, was detained by Finland on December 26 on suspicion of \
dragging its anchor across undersea cables in the Gulf of Finland. Finnish officials have \
described the ship as part of Russia’s ‘shadow fleet’ of ageing tankers that move oil around \
Western sanctions.

The Maritime Cook Islands registry lists more than 100 vessels, and the ship was carrying about \
35,000 tonnes of petrol when it was boarded. The Prime Minister’s office said last week it would \
review how ships are admitted to the register. For a country of about 15,000 people, registry \
fees are a welcome source of income: the government expects about NZ$2 million from them this year.

Opposition MPs want all tankers older than 15 years removed from the register, a move that would \
affect about a third of the fleet.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "`#` headline: Zelensky's Saturday announcement of the body, to publication: captured "
          "(number word)"),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "same headline, 'Seoul says': the NIS Monday tally, to publication: died"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'announced on Saturday': captured (number word)"),
        C("thousands", None, "vague", "casualties", "ukraine", "sun",
          "'A day later' … 'In a post … on Sunday', 'he wrote' (reported, not embedded): lost"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'on Monday gave MPs … its own tally': killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same tally: wounded (beside the dead, not an increment)"),
        C("at least 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-01..2024-12-31",
          "Rutte 'said last month' (December): in Russia"),
        C("10,000 to 20,000", None, "range", "planned", "other", "pub",
          "Wellington analyst “could send another …” 'she told' (no date): increment", add=True),
    ),
)

B12 = Source(
    article_id="b40_12_malawi_radio_border_builders",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-11-06"),
    dated_by="dateline",
    features="Malawian radio station's website as plain text, UTF-8 with BOM, a station line "
        "and 'International | Thursday, 6 November 2025' under the headline; headline `5,000 "
        "more` (increment) from the NIS briefing of Tuesday (Tuesday to publication); the lead "
        "figures dated by the next paragraph ('relayed the findings … after a closed session on "
        "Tuesday'); `a further 5,000` (increment, in Russia) and the unchanged death toll; KCNA "
        "'on Sunday' `18` sappers (north_korea); Budanov 'In an interview that appeared on Monday' "
        "`up to 6,000` in reserve in Kursk; the station's own tally (unattributed, required, "
        "range, `pub`); a Zomba political scientist's 'easily double' (a ratio); Malawian "
        "students in Russia, kwacha, a phone-in number, frequencies, years",
    text="""\
Seoul: [[5,000]] more North Korean builders heading for Russia

NYASA FM 97.4 — NEWS
International | Thursday, 6 November 2025

By Chisomo Banda

South Korea’s intelligence service says North Korea has posted [[about 10,000]] soldiers along \
Russia’s border with Ukraine and is moving a further [[5,000]] military construction troops into \
Russia in batches.

Members of the parliamentary intelligence committee in Seoul relayed the findings to journalists \
after a closed session on Tuesday. The spy service’s death toll for North Korean troops in \
Russia’s war stands at [[roughly 2,000]], they said, unchanged since September.

In Pyongyang, the state news agency KCNA reported on Sunday that leader Kim Jong Un had paid \
tribute to [[18]] sappers of an engineer regiment who died clearing mines in Russia’s Kursk \
region, calling them “heroes of the fatherland”.

In an interview that appeared on Monday, Kyiv’s spy chief Kyrylo Budanov said Moscow was keeping \
[[up to 6,000]] North Korean soldiers in reserve in the Kursk area, ready to be moved to other \
parts of the front.

Taken together, the estimates released over the past year suggest that \
[[between 20,000 and 25,000]] North Korean troops have served in Russia, a tally compiled by this \
station from official statements in Seoul, Kyiv and Washington.

Why it matters for Malawi

Dr Wezi Mhango, who lectures in political science at the University of Malawi in Zomba, said \
small countries should follow the deployment closely because it shows how quickly sanctions can \
erode. “Once a big power is willing to pay, the numbers can easily double in a year,” he told \
Nyasa FM.

Malawi’s foreign affairs ministry says about 150 Malawian students are currently enrolled at \
Russian universities on scholarships. The ministry has advised them not to accept any offer of \
paid work connected to the military, after reports from other African countries of young people \
recruited for factories and the front.

Malawi abstained in the last UN General Assembly vote on the war. A government spokesperson said \
on Wednesday that the country’s position “remains one of dialogue”, and that a K2.5 billion trade \
deal with a Russian fertiliser supplier was unrelated to the conflict.

Listeners can share their views on Thursday’s phone-in, Nkhani Zathu, from 6 pm on 0888 974 974. \
Nyasa FM broadcasts on 97.4 in Lilongwe and 101.2 in Blantyre.
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul: … more': the NIS briefing of the body (Tuesday) to publication "
          "(increment)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "lead 'says' dated by the next paragraph (closed session on Tuesday): along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same lead: 'a further' military builders moving into Russia (increment, span without "
          "the increment words)",
          add=True),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'they said' (the committee members of the Tuesday session): death toll"),
        C("18", 18, "exact", "casualties", "north_korea", "sun",
          "KCNA 'reported on Sunday' (state media): sappers who died clearing mines"),
        C("up to 6,000", 6000, "at_most", "near_front", "ukraine", "mon",
          "Budanov 'In an interview that appeared on Monday': in reserve in the Kursk area"),
        C("between 20,000 and 25,000", None, "range", "in_russia", "unattributed", "pub",
          "the station's own tally ('compiled by this station'): served in Russia"),
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
