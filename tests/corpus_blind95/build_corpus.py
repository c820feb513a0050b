"""Build the NINETY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The ninety-seventh corpus for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Sangerhausen
daily with a gardener of the rose garden who comes from the Sumy region, a Halberstadt school
paper on a Bundeswehr youth officer's visit, a Lustenau weekly (Austrian conventions) with an
embroiderer, a Thusis paper (Swiss conventions) with an avalanche-dog handler who trains mine
dogs, an undertakers' trade magazine column on the war dead, a Naumburg local TV station's web
text with a former NVA officer; a Pembrokeshire weekly with a farmer beside the Castlemartin
range, a St. Johnsbury (Vermont) paper with Korean boarding students, a Calabar (Nigeria) paper
on parents of medical students in Kursk, a Cayo (Belize) paper on British jungle training, a
Bermuda political-risk newsletter and a town page from Levuka (Fiji). Same file format, marker
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
BASE_NAME = "_blind95_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

K01 = Source(
    article_id="k95_01_sangerhaeuser_tageblatt_rosarium",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-27"),
    dated_by="sidecar",
    sidecar=(
        "Sangerhäuser Tageblatt",
        "https://www.sangerhaeuser-tageblatt.example/lokales/rosarium-gaertnerin-sumy",
        "Im Rosengarten, mit den Gedanken in Sumy",
    ),
    features="Sangerhausen daily as plain text, UTF-16 LE with BOM (sidecar, Friday), a "
        "gardener of the rose garden from the Sumy region; the NIS 'Am Donnerstag vergangener "
        "Woche' (19 December) with dead, wounded (not an increment) and a total in Konjunktiv; "
        "Zelensky 'am Montag' 'übersteige bereits' `3.000` (verb as at_least, span the "
        "number); HUR 'Laut' right after it with `um die 8.000 weitere` still in the combat "
        "zone (the others, not an increment; Monday to publication); a White House spokesman "
        "'an Heiligabend' (24 December); the gardener relaying her brother-in-law `Hunderte` "
        "(other); rose varieties, distances, ages, years, an entry fee",
    text="""\
Sangerhäuser Tageblatt – Lokales | Welt

Im Rosengarten, mit den Gedanken in Sumy

Olena Hrytsenko pflegt im Europa-Rosarium die Beete. Ihr Heimatdorf liegt an einer Grenze, \
hinter der jetzt auch Nordkoreaner sterben.

Von Katrin Oehme

Wer im Dezember durch das Rosarium läuft, sieht vor allem Stroh und Fichtenreisig. Olena \
Hrytsenko, 52, hat einen guten Teil davon selbst ausgelegt. Seit dem Frühjahr 2022 arbeitet \
die Gärtnerin aus dem Gebiet Sumy in der Sammlung mit ihren mehr als 8.600 Sorten. Ihr Dorf \
liegt 14 Kilometer vor der russischen Grenze. "Ruft meine Schwester an, höre ich die \
Einschläge mit", sagt sie.

Drüben, im russischen Gebiet Kursk, kämpfen seit einigen Wochen Soldaten aus Nordkorea. Jetzt \
werden ihre Verluste sichtbar. Am Donnerstag vergangener Woche unterrichtete Südkoreas \
Geheimdienst NIS Abgeordnete in Seoul: [[Etwa 100]] Nordkoreaner seien gefallen, [[rund 1.000]] \
verwundet. Geschickt habe Pjöngjang bisher [[an die 11.000]] Mann.

Kiew hält das für geschönt. Präsident Wolodymyr Selenskyj schrieb am Montag, die Zahl der \
getöteten und verwundeten Nordkoreaner übersteige bereits [[3.000]]. Laut dem ukrainischen \
Militärgeheimdienst HUR stehen [[um die 8.000]] weitere noch im Kampfgebiet. Ein Sprecher des \
Weißen Hauses ging an Heiligabend von [[mehr als 1.000]] Toten und Verletzten aus, allein in \
einer einzigen Woche.

Hrytsenkos Schwager dient in einer Brigade bei Sumy. Am Telefon erzählt er, die Nordkoreaner \
kämen in Wellen über die verschneiten Felder, "[[Hunderte]] auf einmal". Nachprüfen lässt sich \
das nicht.

Bis Ende Februar hält das Rosarium Winterruhe. Führungen gibt es wieder ab 1. März, der \
Eintritt kostet dann 12 Euro. Hrytsenko will bleiben: "Hier wachsen die Rosen, die ich zu \
Hause nicht mehr pflanzen kann."
""",
    claims=(
        C("Etwa 100", 100, "approx", "casualties", "south_korea", "2024-12-19",
          "NIS 'Am Donnerstag vergangener Woche' (the Thursday of the previous week), "
          "Konjunktiv: fallen"),
        C("rund 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same briefing: wounded (the other victims, not an increment)"),
        C("an die 11.000", 11000, "approx", "in_russia", "south_korea", "2024-12-19",
          "same briefing, Konjunktiv 'Geschickt habe': sent so far ('an die' as approx)"),
        C("3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'am Montag' (Friday article): 'übersteige bereits' (verb as at_least, span "
          "the number)"),
        C("um die 8.000", 8000, "approx", "near_front", "ukraine", "mon..pub",
          "'Laut dem … HUR' right after Zelensky's Monday post, present tense (Monday to "
          "publication): 'weitere' = the others still in the combat zone (not an increment)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-24",
          "White House spokesman 'an Heiligabend' (24 December): dead and wounded in one week"),
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "the gardener relaying her brother-in-law at the front (other, undated): coming over "
          "the fields in waves"),
    ),
)

K02 = Source(
    article_id="k95_02_halberstaedter_pausenhof_jugendoffizierin_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-26"),
    dated_by="sidecar",
    sidecar=("Pausenhof (Schülerzeitung, Halberstadt)", "", "Wie viele kommen noch?"),
    features="Halberstadt school paper in HTML, ISO-8859-1 (umlauts raw, quotes and dashes as "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`), no meta date (sidecar without url, Friday), "
        "a one-cookie note, a counter script, navigation, a footer with a room number; the "
        "pupils' own framing `Tausende` (unattributed, required); a Bundeswehr youth officer "
        "'Am Dienstag' with 'so Reinholz' and Konjunktiv: `rund 15.000` and a breakdown "
        "`weniger als 11.000` (at_most) near Kursk (a third government: other); the NIS 'Anfang "
        "September' (days 1-10); Shoigu 'im Juni' (planned); HUR 'im Juli' `bis zu 30.000 "
        "zusätzlichen` (increment); the officer's quote `noch einmal mehrere tausend` "
        "(increment, Tuesday); a TikTok rumour `100.000` dismissed as invented (optional); "
        "pupils, minutes, questions, the Bundeswehr's strength, a room number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Pausenhof &ndash; Eine Offizierin in der Elften</title>
<link rel="stylesheet" href="/css/pausenhof.css">
<script>var phZaehler={seite:"politik-nachgefragt",aufrufe:0};</script>
</head>
<body>
<div class="hinweis">Diese Seite setzt genau ein Cookie. Es merkt sich nur, dass du diesen \
Hinweis gelesen hast. <button>Alles klar</button></div>
<nav><a href="/">Start</a> &middot; <a href="/schule">Schule</a> &middot; <a \
href="/sport">Sport</a> &middot; <a href="/politik">Politik</a> &middot; <a \
href="/team">Über uns</a></nav>
<article>
<p class="rubrik">Politik &ndash; nachgefragt</p>
<h1>&bdquo;Wie viele kommen noch?&ldquo;</h1>
<p class="vorspann">Eine Jugendoffizierin der Bundeswehr war bei uns zu Gast. Fast alle Fragen \
drehten sich um die Soldaten aus Nordkorea. Von Mia Tschentscher und Paul Ehrig (beide 11b)</p>
<p>Seit beinahe einem Jahr kämpfen [[Tausende]] Soldaten aus Nordkorea für Russland. Trotzdem \
wussten vor dem Besuch von Hauptmann Jana Reinholz die wenigsten von uns mehr darüber als ein \
paar Schlagzeilen. Die 31-Jährige ist Jugendoffizierin in Magdeburg und fährt zu Schulen in \
ganz Sachsen-Anhalt. Am Dienstag stand sie 90 Minuten lang vor unseren beiden elften Klassen.</p>
<p>Nach der Lagebeurteilung der Bundeswehr, so Reinholz, seien seit Herbst 2024 [[rund 15.000]] \
Nordkoreaner nach Russland gegangen. Davon stünden im Moment [[weniger als 11.000]] im \
Grenzgebiet bei Kursk, der Rest sei im Hinterland oder längst wieder daheim. Zum Vergleich: Die \
Bundeswehr selbst hat ungefähr 181.000 aktive Soldatinnen und Soldaten.</p>
<p>Wie viele Nordkoreaner ums Leben gekommen sind, weiß niemand genau. Südkoreas Geheimdienst \
NIS hatte Anfang September [[etwa 2.000]] Tote gezählt. Reinholz hält das für eine plausible \
Untergrenze.</p>
<p>Am meisten interessierte uns, ob noch mehr kommen. Russlands Sicherheitsratschef Sergej \
Schoigu hatte im Juni in Pjöngjang angekündigt, Nordkorea schicke [[6.000]] Pioniere und \
Bausoldaten für den Wiederaufbau in die Region Kursk. Der ukrainische Militärgeheimdienst \
warnte im Juli sogar vor [[bis zu 30.000]] zusätzlichen Soldaten. &bdquo;Mich würde nicht \
wundern, wenn bis Silvester noch einmal [[mehrere tausend]] dazukommen&ldquo;, sagte \
Reinholz.</p>
<p>Ein Mitschüler wollte wissen, ob stimmt, was auf Tiktok herumgeht: dass [[100.000]] \
Nordkoreaner unterwegs seien. &bdquo;Frei erfunden&ldquo;, antwortete die Offizierin knapp.</p>
<p>Am Ende ging es um Berufe bei der Bundeswehr. Insgesamt wurden 27 Fragen gestellt, drei \
von uns wollen sich beraten lassen. Das nächste Pausenhof-Gespräch ist für den 14. Oktober \
geplant, dann mit einer Stadträtin.</p>
</article>
<footer>Pausenhof &ndash; Schülerzeitung des Domplatz-Gymnasiums Halberstadt &middot; \
Redaktion Raum 214 &middot; pausenhof@domplatz-gymnasium.example</footer>
</body>
</html>
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the school paper's own framing, no source (required, as an outlet's own framing "
          "before): fighting for Russia"),
        C("rund 15.000", 15000, "approx", "in_russia", "other", "tue",
          "Bundeswehr youth officer 'Am Dienstag' (previous paragraph), 'so Reinholz', "
          "Konjunktiv (a third government's assessment: other): gone to Russia"),
        C("weniger als 11.000", 11000, "at_most", "near_front", "other", "tue",
          "same talk, 'Davon stünden' (a breakdown): in the border area near Kursk ('weniger "
          "als' as at_most)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September' (days 1-10): dead"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni' in Pyongyang, Konjunktiv 'schicke … in die Region Kursk': "
          "engineers and construction soldiers"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'im Juli': 'zusätzlichen' (increment)", add=True),
        C("mehrere tausend", None, "vague", "planned", "other", "tue",
          "the youth officer's quote at the talk (Tuesday): 'noch einmal' (increment) by New "
          "Year's Eve", add=True),
        C("100.000", 100000, "exact", "in_russia", "other", "pub",
          "a TikTok rumour a pupil asked about, dismissed as invented: optional", opt=True),
    ),
)

K03 = Source(
    article_id="k95_03_lustenauer_wochenschau_sticker_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-18"),
    dated_by="front_matter", crlf=True,
    features="Lustenau weekly (Vorarlberg, Austrian conventions) in Markdown, UTF-8 with CRLF, "
        "front matter with `date:` (Tuesday) and a title without a figure; `Jänner`, `Feber`, "
        "`heuer`; the NIS 'am Montag' with the autumn contingent in Konjunktiv; Seoul's count "
        "'Schon Mitte Jänner' (days 11-20) with dead and wounded; Zelensky 'Ende Jänner' (days "
        "21-31); the weekly's own `Zwei` prisoners (number word; unattributed, required); Rutte "
        "'vergangene Woche' „weit mehr als 10.000“ (at_least); Budanov 'am Wochenende' "
        "`mehreren tausend weiteren` (increment, Saturday-Sunday); an embroiderer's patches "
        "for Ukrainian volunteers, jobs then and now, an age, a museum date",
    text="""\
---
title: "Stille an der Kursk-Front"
date: 2025-02-18
rubrik: Welt
autor: Elmar Hämmerle
---

# Stille an der Kursk-Front

**Seit Mitte Jänner sind Kims Soldaten kaum noch zu sehen. Seoul liefert eine Erklärung – und \
in Lustenau stickt einer Abzeichen für die andere Seite.**

Aus dem russischen Grenzgebiet Kursk sind die nordkoreanischen Einheiten offenbar abgezogen \
worden. Der südkoreanische Nachrichtendienst NIS teilte am Montag mit, die Truppen hätten \
seit ungefähr Mitte Jänner an keinen Gefechten mehr teilgenommen. Grund seien vermutlich die \
hohen Verluste. Der Großteil der [[rund 11.000]] Mann, mit denen Kim seinem Verbündeten im \
Herbst ausgeholfen habe, stehe inzwischen weit hinter der Linie.

Wie hoch diese Verluste sind, bleibt umstritten. Schon Mitte Jänner hatte Seoul [[rund 300]] \
Tote und [[etwa 2.700]] Verwundete gezählt. Präsident Wolodymyr Selenskyj nannte Ende Jänner \
[[fast 4.000]] Tote und Verletzte. [[Zwei]] Nordkoreaner sitzen seit dem 11. Jänner in \
ukrainischer Gefangenschaft.

Entwarnung gibt die Nato trotzdem nicht. Beim Treffen der Verteidigungsminister in Brüssel \
erklärte Mark Rutte vergangene Woche, Russland habe von Kim „[[weit mehr als 10.000]]“ Mann \
bekommen. Auch Kiew rechnet mit einer Rückkehr: Kyrylo Budanow, Chef des \
ukrainischen Militärgeheimdienstes, sprach am Wochenende im Fernsehen von [[mehreren \
tausend]] weiteren Soldaten, die derzeit in Nordkorea ausgebildet würden und heuer im Frühjahr \
nachrücken könnten.

## Abzeichen aus dem Rheindorf

In der Stickerei von Reinhard Grabher laufen die Maschinen seit zwei Jahren auch für Kunden in \
der Ukraine. Freiwilligenverbände bestellen Ärmelabzeichen, heuer bisher knapp 4.000 Stück. \
„Ich frag nicht, wofür genau“, sagt der 61-Jährige. Der Krieg sei weit weg und doch nah, seit \
die Bilder der beiden Gefangenen aus Nordkorea um die Welt gegangen seien.

In der Lustenauer Stickerei arbeiten heute noch etwa 600 Menschen, in den Sechzigerjahren \
waren es über 5.000. Am 27. Feber zeigt das Stickereimuseum ab 19 Uhr alte Musterbücher, der \
Eintritt ist frei.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'am Montag' (previous sentences), Konjunktiv 'ausgeholfen habe': the contingent "
          "sent in autumn"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "Seoul's count 'Schon Mitte Jänner' (days 11-20): dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same count: wounded (the other victims, not an increment)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Zelensky 'Ende Jänner' (days 21-31): dead and wounded"),
        C("Zwei", 2, "exact", "casualties", "unattributed", "pub",
          "the weekly's own statement of fact, no source (number word; required, as an "
          "outlet's own framing before): prisoners; '11. Jänner' dates the capture, not a claim"),
        C("weit mehr als 10.000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'vergangene Woche' in Brussels „…“: received by Russia"),
        C("mehreren tausend", None, "vague", "planned", "ukraine", "sat..sun",
          "Budanov 'am Wochenende' on TV (Saturday-Sunday), Konjunktiv: 'weiteren' "
          "(increment), could follow in spring", add=True),
    ),
)

K04 = Source(
    article_id="k95_04_viamala_bote_thusis_minenhunde",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-05-02"),
    dated_by="dateline",
    features="Thusis paper (Graubünden, Swiss conventions) as plain text, windows-1252, "
        "dateline 'Thusis, 2. Mai 2025' (Friday); `ss` (no sharp s), «», `15'000`, `14'000`, "
        "`18'000` francs, 4-digit `4700`/`2500`; headline 'Seoul:' from the lawmakers' "
        "Wednesday account (Wednesday to publication); the NIS figures with the claimant named "
        "after them in the next sentence ('Das berichteten Abgeordnete am Mittwoch'), 'unter "
        "ihnen rund 600' (breakdown); Russia's ambassador 'am Dienstag' «…» "
        "`mehreren tausend` (fought: near the front); a Pentagon spokesman 'gestern' `über "
        "14'000`; HUR 'teilte … am Mittwoch mit' after the figure, `höchstens 2500` (at_most); "
        "an avalanche-dog handler 'Ich schätze' `Hunderte` (other, casualties); dogs, years, "
        "francs, an age",
    text="""\
Viamala-Bote
Ausland / Region

Seoul: [[600]] Nordkoreaner in Kursk gefallen

Ein Hundeführer aus Thusis kennt die verminten Felder an der Grenze – und traut den Zahlen \
nur halb

Thusis, 2. Mai 2025 – Erstmals beziffert Südkorea auch die Toten genauer. Nordkorea habe seit \
dem vergangenen Herbst [[etwa 15'000]] Soldaten nach Russland entsandt, [[4700]] davon habe \
man als tot oder verwundet registriert, unter ihnen [[rund 600]] Gefallene. Das berichteten \
Abgeordnete am Mittwoch in Seoul, nachdem sie vom Geheimdienst NIS unterrichtet worden waren.

Wenige Tage zuvor hatten Moskau und Pjöngjang den Einsatz erstmals offiziell bestätigt. \
Russlands Botschafter in Nordkorea sprach am Dienstag gegenüber der Agentur Tass von \
«[[mehreren tausend]] koreanischen Waffenbrüdern», die Seite an Seite mit russischen Truppen \
gekämpft hätten. Zu Verlusten schwieg er.

In Washington hält man die Angaben aus Seoul für glaubwürdig. Ein Sprecher des Pentagons \
sagte gestern, nach amerikanischer Zählung seien [[über 14'000]] Nordkoreaner in Russland im \
Einsatz gewesen. Im Grenzraum gegenüber dem ukrainischen Gebiet Sumy seien derzeit \
[[höchstens 2500]] von ihnen verblieben, teilte der ukrainische Militärgeheimdienst am \
Mittwoch mit.

Gian Cadonau, 58, bildet seit 25 Jahren Lawinenhunde aus. Seit 2023 fährt er im Auftrag einer \
Churer Stiftung in die Ukraine und schult dort Hunde, die Minen erschnüffeln; vierzehn Tiere \
hat er bisher übergeben. «Im Grenzgebiet liegt so viel Sprengstoff im Boden, dass man ein \
ganzes Leben lang räumen könnte», sagt er.

Cadonau glaubt, dass die offiziellen Zahlen nur einen Teil zeigen. «Ich schätze, [[Hunderte]] \
Nordkoreaner sind allein auf Minen getreten, die in keiner Statistik auftauchen.» Wer ohne \
Hunde und ohne Karten über so ein Feld laufe, habe kaum eine Chance, sagt der Hundeführer, \
der im Winter auch für die Rettungsstation am Heinzenberg im Einsatz ist.

Die Stiftung sammelt nun für sechs weitere Hunde. Ein fertig ausgebildetes Tier kostet rund \
18'000 Franken; Spenden nimmt die Raiffeisenbank Thusis entgegen.
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS figure of the lead, told to lawmakers on Wednesday "
          "(Wednesday to publication): fallen"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "Konjunktiv, the claimant named after the figures in the next sentence ('Das "
          "berichteten Abgeordnete am Mittwoch … vom Geheimdienst NIS'): sent to Russia"),
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "same sentence: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'unter ihnen rund 600 Gefallene' (a breakdown of the casualties, not an "
          "increment)"),
        C("mehreren tausend", None, "vague", "near_front", "russia", "tue",
          "Russia's ambassador in Pyongyang 'am Dienstag' to Tass «…»: fought side by side "
          "with Russian troops"),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states", "yday",
          "Pentagon spokesman 'gestern' (the day before), Konjunktiv: deployed in Russia"),
        C("höchstens 2500", 2500, "at_most", "near_front", "ukraine", "wed",
          "HUR named after the figure 'teilte … am Mittwoch mit': left in the border area "
          "opposite Sumy"),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "Thusis avalanche-dog handler 'Ich schätze', present tense, undated: stepped on "
          "mines"),
    ),
)

K05 = Source(
    article_id="k95_05_bestatter_fachblatt_heimkehr_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-24"),
    dated_by="sidecar",
    sidecar=(
        "Bestatter-Fachblatt",
        "https://www.bestatter-fachblatt.example/blick-hinaus/2025-07-wer-begraebt-kims-soldaten",
        "Wer begräbt Kims Soldaten?",
    ),
    features="undertakers' trade magazine column in Markdown, UTF-8 with BOM, front matter "
        "without a date (sidecar, Tuesday); the column's own `weit über tausend` (number "
        "word, at_least; unattributed, required); the NIS 'Ende April' (days 21-30) with the "
        "dead and the total casualties; HUR 'diese Zahl nannte er Mitte Juni' after the figure "
        "(days 11-20) `annähernd 6.000`; Kyiv 'nach ukrainischen Angaben' `einigen Dutzend` "
        "bodies in cold storage (present tense: `pub`); Shoigu 'Am Dienstag vergangener "
        "Woche' (17 June) with deminers and builders (planned); a Görlitz undertaker without "
        "a figure; repatriation costs (a euro range), cremation share, years, trips",
    text="""\
---
title: "Wer begräbt Kims Soldaten?"
rubrik: Blick hinaus
ausgabe: "7/2025"
---

# Wer begräbt Kims Soldaten?

*Unsere Rubrik schaut über den Friedhofszaun hinaus. Diesmal: was mit den Toten eines fremden \
Krieges geschieht.*

Über eines reden Generäle ungern: was mit den Toten geschieht. Im russischen Gebiet Kursk \
fallen seit dem vergangenen Herbst auch Soldaten aus Nordkorea, und nach allem, was bekannt \
ist, sind dort inzwischen [[weit über tausend]] junge Koreaner ums Leben gekommen. Heimgekehrt \
ist, soweit man weiß, kaum einer von ihnen.

Südkoreas Geheimdienst NIS bezifferte die Zahl der Gefallenen Ende April auf [[rund 600]], bei \
[[etwa 4.700]] Toten und Verwundeten insgesamt. Der ukrainische Militärgeheimdienst HUR spricht \
inzwischen von [[annähernd 6.000]] Ausfällen; diese Zahl nannte er Mitte Juni.

Kiew hat mehrfach angeboten, gefallene Nordkoreaner an ihre Heimat zu übergeben. Die \
sterblichen Überreste von [[einigen Dutzend]] lagern nach ukrainischen Angaben in \
Kühlcontainern. Eine Antwort aus Pjöngjang gab es nie. Moskau, so berichten ukrainische \
Ermittler, lasse die meisten Toten noch nahe der Front einäschern.

Die Zusammenarbeit der beiden Regime geht derweil weiter. Am Dienstag vergangener Woche \
verkündete Sergej Schoigu, Sekretär des russischen Sicherheitsrats, in Pjöngjang, Kim stelle \
für das Gebiet Kursk [[1.000]] Minenräumer sowie [[5.000]] Militärbauarbeiter bereit.

## Was das für unseren Berufsstand heißt

Für deutsche Bestatter ist dieser Krieg bisher vor allem eine Frage der Überführungen. Eine \
Überführung nach Kiew kostet je nach Aufwand zwischen 4.500 und 7.000 Euro, berichten \
Kollegen, die seit 2022 solche Fahrten übernehmen.

Bestattermeister Holger Ritter aus Görlitz war im vergangenen Jahr zweimal in Lwiw. „Jede \
Armee zählt ihre Toten anders“, sagt er. „Die Nordkoreaner, scheint es, zählen sie gar nicht.“ \
Er wünscht sich, dass wenigstens die Namen bekannt werden.

Zur Einordnung: In Deutschland werden inzwischen gut drei Viertel der Verstorbenen \
eingeäschert, vor zwanzig Jahren war es knapp die Hälfte.
""",
    claims=(
        C("weit über tausend", 1000, "at_least", "casualties", "unattributed", "pub",
          "the column's own summary 'nach allem, was bekannt ist', no source (number word; "
          "required, as an outlet's own framing before): killed in Kursk"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'Ende April' (days 21-30): fallen"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same estimate: dead and wounded in all (the total the 600 belong to)"),
        C("annähernd 6.000", 6000, "approx", "casualties", "ukraine", "2025-06-11..2025-06-20",
          "HUR, dated after the figure ('diese Zahl nannte er Mitte Juni', days 11-20): losses"),
        C("einigen Dutzend", None, "vague", "casualties", "ukraine", "pub",
          "'nach ukrainischen Angaben', present tense, undated: bodies in cold storage"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am Dienstag vergangener Woche' (17 June) in Pyongyang: deminers to be sent"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders to be sent"),
    ),
)

K06 = Source(
    article_id="k95_06_saale_unstrut_tv_naumburg_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-30"),
    dated_by="html_meta",
    features="Naumburg local TV station's web text in HTML, UTF-8 (`article:published_time` "
        "+01:00, Wednesday), a consent box about the grape harvest, a video player script, "
        "navigation by towns, a footer with a viewers' phone number; `<title>` figure "
        "(optional); headline 'Pentagon:' from the spokeswoman's Monday figure (Monday to "
        "publication); 'Nach Angaben des … Verteidigungsministeriums' dated by the next "
        "sentence ('Das sagte … am Montag'), 'fügte sie hinzu' `mehrere tausend` on the way "
        "toward Ukraine (near the front); 'Dem … HUR zufolge, der sich am Dienstag äußerte' "
        "`über 7.000`; the NIS 'vergangene Woche' with arrivals and a planned total as a "
        "number word `zehntausend` ('hieß es' after it); a former NVA "
        "officer 'geht davon aus' `Zehntausende` (other, planned, undated); the North's army, "
        "academy years, an age, hectolitres, hectares, per cent",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon: [[10.000]] Nordkoreaner in Russland | SUT Saale-Unstrut-TV</title>
<meta property="article:published_time" content="2024-10-30T18:45:00+01:00">
<meta property="og:site_name" content="Saale-Unstrut-TV">
<script>window.sutPlayer={clip:"nk-erinnerung-ddr",laenge:214,autoplay:false};</script>
</head>
<body>
<div class="consent-box">Die Weinlese ist vorbei, die Datenlese noch nicht: Dürfen wir mit 12 \
Partnern ein paar Cookies teilen? <button>Prost, gern</button> <button>Lieber nicht</button>\
</div>
<nav><a href="/">Start</a> | <a href="/naumburg">Naumburg</a> | <a \
href="/weissenfels">Weißenfels</a> | <a href="/zeitz">Zeitz</a> | <a href="/welt">Welt</a> | \
<a href="/mediathek">Mediathek</a></nav>
<main>
<h1>Pentagon: [[10.000]] Nordkoreaner in Russland</h1>
<p class="unterzeile">Ein Naumburger, der in der DDR mit Offizieren aus Pjöngjang studiert hat, \
wundert sich über gar nichts mehr</p>
<p>Kims Kontingent in Russland wächst rascher, als es westliche Dienste noch vor einer Woche \
erwartet hatten. Nach Angaben des amerikanischen \
Verteidigungsministeriums hat Pjöngjang inzwischen [[rund 10.000]] Mann zur Ausbildung in den \
Osten Russlands geschickt. Das sagte Sprecherin Sabrina Singh am Montag in Washington. Ein \
Teil der Truppe, [[mehrere tausend]] Soldaten, sei bereits in Richtung Ukraine unterwegs, \
fügte sie hinzu.</p>
<p>Kiew sieht die Nordkoreaner schon am Ziel. Dem ukrainischen Militärgeheimdienst HUR \
zufolge, der sich am Dienstag äußerte, sind [[über 7.000]] von ihnen in grenznahe Gebiete der \
Region Kursk verlegt worden. Kremlchef Wladimir Putin hatte die Berichte in der vergangenen \
Woche mit dem Satz abgetan, das sei &bdquo;unsere Angelegenheit&ldquo;.</p>
<p>Auch Südkorea hatte vergangene Woche nachgelegt. Abgeordnete gaben nach einer Sitzung mit \
dem Geheimdienst NIS weiter, bislang seien [[etwa 3.000]] Nordkoreaner in Russland \
angekommen. Bis Dezember wolle Pjöngjang insgesamt [[zehntausend]] Soldaten entsenden, \
hieß es.</p>
<h2>&bdquo;Die haben nachts noch gebüffelt&ldquo;</h2>
<p>Für Hartmut Lindenhain aus Naumburg ist das keine ferne Nachricht. Der 73-Jährige war \
Oberstleutnant der NVA und studierte von 1981 bis 1984 an der Militärakademie in Dresden. In \
seinem Lehrgang saßen damals auch vier Offiziere aus Nordkorea. &bdquo;Die haben nachts noch \
gebüffelt, wenn wir längst in der Kneipe waren&ldquo;, erinnert er sich.</p>
<p>Dass Kim Jong Un nun Soldaten an Putin ausleiht, überrascht ihn nicht. Lindenhain geht \
davon aus, dass es bei den jetzigen Zahlen nicht bleibt: Wenn Moskau gut genug zahle, schicke \
Pjöngjang am Ende [[Zehntausende]]. &bdquo;Menschen sind das Einzige, wovon Kim mehr als genug \
hat.&ldquo; Nordkoreas Armee zählt schätzungsweise 1,2 Millionen Soldaten.</p>
<h2>Weinlese: kleiner, aber fein</h2>
<p>Die Winzer an Saale und Unstrut haben die Lese abgeschlossen. Nach den Spätfrösten im April \
rechnet der Weinbauverband mit rund 38.000 Hektolitern, knapp 30 Prozent weniger als im \
Vorjahr. Auf den etwa 800 Hektar Rebfläche sei die Qualität trotzdem gut, hieß es.</p>
</main>
<footer>&copy; 2024 SUT Saale-Unstrut-TV GmbH &middot; Lindenring 12, 06618 Naumburg &middot; \
Zuschauertelefon 03445 771209</footer>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10.000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon:': the spokeswoman's Monday figure of the lead (Monday to "
          "publication): in Russia"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "'Nach Angaben des … Verteidigungsministeriums', dated by the next sentence ('Das "
          "sagte Sprecherin … am Montag'): sent to eastern Russia for training"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "mon",
          "same briefing, Konjunktiv, 'fügte sie hinzu': already on the way toward Ukraine"),
        C("über 7.000", 7000, "at_least", "near_front", "ukraine", "tue",
          "'Dem … HUR zufolge, der sich am Dienstag äußerte': moved to areas of Kursk near the "
          "border"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS relayed by lawmakers 'vergangene Woche': arrived in Russia"),
        C("zehntausend", 10000, "exact", "planned", "south_korea", "lastweek",
          "same briefing, 'hieß es' after the figure: intended total by December (number "
          "word)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "former NVA officer 'geht davon aus', Konjunktiv, undated: would be sent in the end"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

K07 = Source(
    article_id="k95_07_west_wales_observer_castlemartin",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-08"),
    dated_by="dateline", crlf=True,
    features="Pembrokeshire weekly as plain text, windows-1252 with CRLF, curly quotes and em "
        "dashes, dateline 'PEMBROKE DOCK, 8 November 2024' (Friday); headline from HUR's Monday "
        "figure (Monday to publication); HUR 'said on Monday' and Zelensky 'A day later' "
        "without a figure; Blinken 'last week put the number inside Kursk at' with the base "
        "'out of 10,000 … in all'; the NIS 'By the agency’s reckoning' with 'MPs said "
        "afterwards'; Britain's defence secretary 'on Tuesday' `as many as 12,000` (a third "
        "government: other, planned); a farmer `thousands more` (other, increment, undated); "
        "Ukrainian crews trained on the range 'he reckons' (not a claim), acres, years, ages, a "
        "date, a phone number",
    text="""\
THE WEST WALES OBSERVER
News | World

Kim’s troops join the fight as [[11,000]] gather in Kursk
Castlemartin farmer: ‘He’ll just send more’

By Rhodri Griffiths

PEMBROKE DOCK, 8 November 2024 — North Korean soldiers have fought their first battles \
against Ukrainian forces, officials in Kyiv and Washington said this week, while the number of \
Kim Jong Un’s men assembled near Russia’s border with Ukraine kept on rising.

Ukraine’s defence intelligence agency said on Monday that [[some 11,000]] men from the North \
had reached the Kursk region and were being spread across Russian units. A day \
later President Volodymyr Zelensky said the first clashes had taken place.

The Americans have been counting as well. Secretary of State Antony Blinken last week put the \
number inside Kursk at [[about 8,000]], out of [[10,000]] the North had sent to Russia in all. \
Standing beside South Korean ministers in Washington, he said he expected them to enter combat \
“in the coming days”.

In Seoul, the National Intelligence Service briefed members of parliament on Wednesday. By the \
agency’s reckoning, [[more than 10,000]] had been shipped across, and some were already \
fighting, MPs said afterwards. Britain’s defence secretary told the Commons on Tuesday that \
[[as many as 12,000]] could end up on the battlefield before Christmas.

On the edge of the Castlemartin tank range, Dai Llewellyn, 61, has watched armour rumble past \
his fields since he was a boy. The range, opened in 1938, has lately hosted Ukrainian crews; \
about 200 came through over the summer, he reckons.

“With a man like Kim, the numbers mean nothing to him,” said Mr Llewellyn, who farms 340 acres \
of sheep and barley. “If Putin asks, he’ll send [[thousands]] more. I’d put the farm on it.”

The range’s winter firing programme begins on 18 November, Pembrokeshire County Council said. \
Residents with questions about noise can ring 01646 687 300.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline: HUR's Monday figure of the lead (Monday to publication): gathered in "
          "Kursk"),
        C("some 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR 'said on Monday': in the Kursk region"),
        C("about 8,000", 8000, "approx", "near_front", "united_states", "lastweek",
          "Blinken 'last week put the number inside Kursk at'"),
        C("10,000", 10000, "exact", "in_russia", "united_states", "lastweek",
          "same statement, the base 'out of … sent to Russia in all' (a claim of its own)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "NIS briefing 'on Wednesday', 'By the agency’s reckoning', 'MPs said afterwards': "
          "shipped across"),
        C("as many as 12,000", 12000, "at_most", "planned", "other", "tue",
          "Britain's defence secretary 'on Tuesday' (a third government: other): could end up "
          "on the battlefield"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "Castlemartin farmer, quoted, undated: 'more' (increment, span without the word), "
          "would be sent", add=True),
    ),
)

K08 = Source(
    article_id="k95_08_kingdom_ledger_st_johnsbury_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-27"),
    dated_by="html_meta",
    features="St. Johnsbury (Vermont) paper in HTML, windows-1252 (curly quotes raw and as "
        "`&rsquo;`, `&copy;`, `&middot;`), `<meta name=\"date\">` (Thursday), a meter script, a "
        "cookie bar about sap, navigation, a footer; `<title>` figure (optional); headline "
        "'Seoul:' `3,000` 'more' (increment, span without the word) from the JCS report given 'on "
        "Thursday' (the publication day) 'according to' after the figure; 'The report put … at' "
        "`close to 4,000` and 'In all, it said' `some 14,000`; Ukraine's General Staff 'last week' "
        "`several thousand`; a US commander 'earlier this month' (1st to publication) `more than "
        "15,000`; a Korean boarding student relaying her father 'He believes' `thousands` (other); "
        "students, miles, taps, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Seoul: [[3,000]] more North Korean troops sent to Russia | The Kingdom Ledger</title>
<meta name="date" content="2025-03-27">
<meta property="og:site_name" content="The Kingdom Ledger">
<script>window.klMeter={free:5,used:2,region:"NEK"};</script>
</head>
<body>
<div class="cookie-bar">We boil our cookies down like sap: forty parts data to one part sweet. \
<button>Pour it</button> <button>No thanks</button></div>
<nav><a href="/">Home</a> &middot; <a href="/stj">St. Johnsbury</a> &middot; <a \
href="/caledonia">Caledonia County</a> &middot; <a href="/sugaring">Sugaring Report</a> \
&middot; <a href="/world">World</a></nav>
<main>
<h1>Seoul: [[3,000]] more North Korean troops sent to Russia</h1>
<p class="dek">At St. Johnsbury Academy, students from South Korea follow the news from home \
with unease</p>
<p>Pyongyang topped up its force in Russia with [[around 3,000]] additional soldiers during \
January and February, according to a report South Korea&rsquo;s Joint Chiefs of Staff gave \
lawmakers in Seoul on Thursday, to replace men lost in Russia&rsquo;s Kursk region.</p>
<p>The report put the North&rsquo;s casualties so far at [[close to 4,000]] killed and wounded. \
In all, it said, the North has now dispatched [[some 14,000]] men to Russia since \
October.</p>
<p>Ukraine’s General Staff reported last week that North Korean units had rejoined assaults \
near Sudzha after weeks out of sight, with [[several thousand]] of them taking part.</p>
<p>Washington’s tally is higher still. Testifying before a House panel earlier this month, a \
senior U.S. military commander said [[more than 15,000]] North Koreans had rotated through \
Russia, a figure he called “conservative.”</p>
<h2>‘My father calls every Sunday’</h2>
<p>About 40 of the Academy’s 1,050 students come from South Korea. Ji-won Park, 17, a junior \
from Daegu, said her father, a retired army officer, phones every Sunday with the news. “He \
believes [[thousands]] of them have died over there, and their families will never be told,” \
she said.</p>
<p>History teacher Mark Lavigne has turned the question into a class project: his seniors are \
tracing the route the North Koreans took. “They worked out it’s more than 5,000 miles from \
Pyongyang to Kursk by rail,” he said.</p>
<p>Closer to home, sugarmakers in Caledonia County report a strong early run; one operation \
near Danville has 2,400 taps out this season.</p>
</main>
<footer>&copy; 2025 The Kingdom Ledger &middot; Railroad Street, St. Johnsbury, Vermont \
&middot; Newsroom (802) 748-2210</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "<title> (metadata) restating the headline: 'more' (increment)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "headline 'Seoul:': the JCS figure of the lead, reported on the publication day: "
          "'more' (increment, span without the word)", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'according to a report' the JCS gave lawmakers 'on Thursday' (the publication day), "
          "named after the figure: 'additional' (increment)", add=True),
        C("close to 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'The report put … at' (same report): killed and wounded"),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'In all, it said' (same report): deployed to Russia since October"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Ukraine's General Staff 'last week': taking part in assaults near Sudzha"),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-03-27",
          "a senior US military commander 'earlier this month' (1st to publication): rotated "
          "through Russia"),
        C("thousands", None, "vague", "casualties", "other", "pub",
          "a Korean student relaying her father 'He believes' (other, undated): died"),
    ),
)

K09 = Source(
    article_id="k95_09_calabar_chronicle_kursk_students_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-16"),
    dated_by="front_matter", crlf=True,
    features="Calabar (Nigeria) paper in Markdown, ISO-8859-1 with CRLF, straight quotes, "
        "front matter with `date:` (Thursday); a mother relaying her son, a medical student in "
        "Kursk, `hundreds` at the station (other, near the front); Zelensky 'on Saturday' "
        "`two` captured (number word); the NIS 'on Monday' with dead and wounded; Budanov 'A "
        "day earlier' than Monday (Sunday-Monday) with a range; Kirby 'last week'; the paper's "
        "agentless 'generally put at' `around 11,000` (unattributed, required); Nigerian "
        "students, tuition in dollars, naira, distances, ages, a phone number",
    text="""\
---
title: "Calabar parents count the days as war reaches Kursk"
date: 2025-01-16
section: Metro / World
byline: Ekpenyong Archibong
---

# Calabar parents count the days as war reaches Kursk

*Dozens of Cross River families have children studying medicine in a Russian city that now \
lies behind a front line. This month brought a new worry: North Korean soldiers.*

When Mrs Ekaette Bassey's phone rings after midnight, she knows it is her son. Ime, 24, is in \
his fifth year at the state medical university in Kursk, the Russian city about 100 kilometres \
from the Ukrainian border. He calls late because the tariff is cheaper, and because the air \
raid sirens keep him awake anyway.

"He says you see soldiers everywhere now, the Koreans too, [[hundreds]] of them at the railway \
station," Mrs Bassey said at her provisions shop on Marian Road. "I told him: stay indoors and \
read your books."

Ukraine says its forces have now taken North Koreans alive. President Volodymyr Zelensky \
announced on Saturday that [[two]] wounded soldiers from the North had been captured in the \
Kursk region and were being questioned in Kyiv.

Lawmakers in Seoul, briefed by the National Intelligence Service on Monday, said the North had \
lost [[around 300]] dead and [[2,700]] wounded since its men entered combat. A day earlier, \
Ukraine's military intelligence chief Kyrylo Budanov had estimated in a television interview \
that [[8,000 to 10,000]] were still fighting in Kursk.

In Washington, White House spokesman John Kirby said last week that [[about 1,000]] North \
Korean troops had been killed or wounded in a single week of December fighting. The North's \
contingent, generally put at [[around 11,000]] men, is believed to be paid in hard currency, \
most of which goes straight to the state.

About 1,500 Nigerians study in Kursk, according to their students' union there, most of them \
medicine. Tuition runs to about $5,000 a year, still cheaper than many private universities at \
home, parents say. A flight via Istanbul and Moscow costs close to N2 million one way.

The Cross River State government said on Tuesday it was compiling a list of its students in \
Russia. Families can register at the Ministry of Education in Calabar or call 0803 447 1290.
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "pub",
          "a mother relaying her son in Kursk, quoted (other, undated): soldiers at the railway "
          "station in Kursk"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'on Saturday' (Thursday article): captured (number word)"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmakers 'briefed by the National Intelligence Service on Monday': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the other victims, not an increment)"),
        C("8,000 to 10,000", None, "range", "near_front", "ukraine", "sun..mon",
          "Budanov 'A day earlier' than the NIS's Monday (resolved day to anchor, "
          "Sunday-Monday) 'had estimated': still fighting in Kursk"),
        C("about 1,000", 1000, "approx", "casualties", "united_states", "lastweek",
          "Kirby 'last week': killed or wounded in one week of December"),
        C("around 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "agentless 'generally put at', no source (required, as an outlet's own framing "
          "before): the contingent"),
    ),
)

K10 = Source(
    article_id="k95_10_cayo_compass_jungle_school_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-15"),
    dated_by="sidecar",
    sidecar=(
        "The Cayo Compass",
        "https://www.cayocompass.example/world/kim-engineers-kursk",
        "Kim's 6,000 engineers head for Kursk",
    ),
    features="Cayo district (Belize) paper in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Tuesday), a cookie note about mosquitoes, an ad script, navigation by towns, a footer "
        "with a WhatsApp number; `<title>` figure (optional); headline `6,000` summing Shoigu's "
        "two figures (russia, planned; 17 June to publication); Shoigu 'on June 17' (an "
        "explicit date); HUR 'earlier this month' `another 25,000 to 30,000` (range, "
        "increment); the NIS 'By its estimate', present tense (`pub`); a NATO official 'in a "
        "background briefing on Thursday' 'put at' before the figure; a British warrant officer "
        "'By his count' `some 2,000` (a third country's soldier: other, undated); British "
        "soldiers in Belize, the Belize Defence Force, distances, degrees, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kim’s [[6,000]] engineers head for Kursk – The Cayo Compass</title>
<link rel="canonical" href="https://www.cayocompass.example/world/kim-engineers-kursk">
<script async src="/ads/slot.js?zone=world&amp;size=300x250"></script>
</head>
<body>
<div id="cookie-note">We use a few cookies – far fewer than the mosquitoes at Xunantunich. \
<button>Fine by me</button> <button>Swat them</button></div>
<nav>Home · San Ignacio · Santa Elena · Benque Viejo · Belmopan · <b>World</b> · Sports</nav>
<article>
<h1>Kim’s [[6,000]] engineers head for Kursk</h1>
<p class="standfirst">North Korea is helping rebuild Russia’s border region with sappers and \
builders. In the Cayo hills, British soldiers learning jungle warfare are paying attention.</p>
<p>When Sergei Shoigu, the secretary of Russia’s Security Council, flew into Pyongyang on June \
17, he came away with a promise he announced himself: North Korea would send [[1,000]] \
deminers and [[5,000]] military builders to the Kursk region, which Moscow says it has cleared \
of Ukrainian troops.</p>
<p>Ukraine’s military intelligence agency, which first reported the engineers’ arrival, said \
earlier this month that Pyongyang was readying another [[25,000 to 30,000]] soldiers for \
Russia. South Korea’s spy agency is more cautious. By its estimate, [[about 11,000]] of Kim’s \
troops are still in Russia, the bulk of them around Kursk, and there is no sign yet of a big new \
wave.</p>
<p>A NATO intelligence official, speaking to reporters in Brussels in a background briefing \
on Thursday, put at [[roughly 15,000]] the North Koreans who have done a tour in Russia since \
last autumn.</p>
<h2>Lessons from the jungle</h2>
<p>Around 150 soldiers of a British infantry company are in the forest south of the Mountain \
Pine Ridge this month, on a course run by the British Army’s training unit in Belize. Their \
instructors follow the war in Ukraine closely. “Kim’s lads learned about drones the hard way,” \
said Warrant Officer Gareth Pryce, who has taught jungle survival here since 2019. By his \
count, [[some 2,000]] of them paid for the lesson with their lives.</p>
<p>Ernesto Chi, 44, a Maya guide from San Antonio who walks the recruits through the bush, says \
the British march up to 20 kilometres a day in 34 degrees. The Belize Defence Force, about \
1,300 strong, sends a few of its own soldiers on the same course each year.</p>
</article>
<footer>© 2025 The Cayo Compass · Burns Avenue, San Ignacio, Cayo District · WhatsApp \
610-4472</footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline summing Shoigu's 1,000 deminers and 5,000 builders: labelled like the body "
          "passage (russia, planned; 17 June to publication), not an increment"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'on June 17' in Pyongyang, announced himself: deminers would be sent"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders would be sent"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-15",
          "HUR 'said earlier this month' (1st to publication): 'another' (increment, span "
          "without the word), being readied", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "pub",
          "South Korea's spy agency 'By its estimate', present tense, undated: still in "
          "Russia"),
        C("roughly 15,000", 15000, "approx", "in_russia", "nato", "thu",
          "NATO intelligence official 'in a background briefing on Thursday', 'put at': served "
          "a tour in Russia"),
        C("some 2,000", 2000, "approx", "casualties", "other", "pub",
          "British warrant officer 'By his count' (a third country's soldier: other, "
          "undated): died"),
    ),
)

K11 = Source(
    article_id="k95_11_front_street_risk_letter_year_on",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-14"),
    dated_by="sidecar",
    sidecar=(
        "Front Street Risk Letter", "https://www.frontstreetrisk.example/letters/212",
        "Front Street Risk Letter 212: a year of North Korean troops in Russia",
    ),
    features="Bermuda political-risk newsletter as plain text, ISO-8859-1 with straight quotes "
        "(sidecar, Friday), with hurricane and people items around the lead item; the NIS "
        "'Briefing lawmakers on November 4' (an explicit date) with troops near the border, "
        "builders 'being moved to Russia' and 'put the number … killed … at'; HUR 'reckons', "
        "present tense (`pub`), and its chief 'yesterday' \"tens of thousands\" more (increment); "
        "state TV at the parade 'on October 10' with `several hundred` Kursk veterans (returnees: "
        "optional); Russia's ambassador 'this month' `several thousand more` builders (increment, "
        "planned); the letter's own tally `near 16,000` (unattributed, required); premiums in per "
        "cent, dollars, the North's army, storm losses, issue number, a phone number",
    text="""\
FRONT STREET RISK LETTER
Political, war and specialty risk from Hamilton, Bermuda
Issue 212 | Friday edition

IN THIS ISSUE
1. A year of North Korean troops in Russia, and what it means for the war book
2. Hurricane season wrap: quieter than feared
3. People moves

1. A YEAR OF NORTH KOREAN TROOPS IN RUSSIA

When the first reports of North Korean soldiers in Russia's Far East appeared in October 2024, \
few underwriters on Front Street thought the story would touch them. Thirteen months on it \
does: every new estimate of Kim Jong Un's contribution shifts the odds of a longer war, and \
with them the price of cover for ships and cargo in the Black Sea.

The newest numbers came from Seoul. Briefing lawmakers on November 4, South Korea's National \
Intelligence Service counted [[about 10,000]] of the North's troops stationed near Russia's \
border with Ukraine, and said that [[some 5,000]] military construction workers were being \
moved to Russia to repair roads and rail lines. The agency put the number of North Koreans \
killed so far at [[roughly 2,000]].

Kyiv's figures run higher. Ukraine's military intelligence reckons [[around 11,000]] North \
Koreans are still in Russia, and its chief told a security forum yesterday that Pyongyang could \
add "[[tens of thousands]]" more if Moscow keeps paying. Pyongyang, for its part, now \
celebrates the deployment: when the ruling party marked its 80th birthday with a parade on \
October 10, the state broadcaster's cameras dwelt on a column of [[several hundred]] soldiers \
introduced as Kursk veterans. Russia's ambassador in Pyongyang said in an interview this month \
that [[several thousand]] more North Korean builders would arrive "before the frost".

Adding up the rotations reported since last autumn, our desk arrives at something [[near \
16,000]] men sent in all. That is a sliver of North Korea's army of over a million, but a \
meaningful one for Russia.

What it means for pricing: war-risk additional premiums for Black Sea calls held at about 1% \
of hull value through October, against 0.05% before 2022. Capacity for Russia- and \
Ukraine-exposed political violence business in this market is put at roughly $1.2 billion, one \
broker told us.

"We don't price Kim," said Clarissa Outerbridge, head of political risk at a Hamilton \
syndicate. "We price how long the shooting lasts, and his soldiers make it last longer."

2. HURRICANE SEASON WRAP
The Atlantic season ends on November 30. Bermuda had two tropical storm watches and no direct \
hit; one modelling firm puts insured Atlantic losses at $18 billion.

3. PEOPLE MOVES
A Pembroke-based reinsurer has named a new chief underwriter for marine and energy.

Subscriptions and tips: 441-295-7730.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'Briefing lawmakers on November 4' (an explicit date): stationed near the "
          "border with Ukraine"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing: builders 'being moved to Russia'"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "same briefing, 'The agency put the number … killed … at'"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'reckons', present tense, undated: still in Russia"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "yday",
          "HUR chief 'yesterday' at a security forum, quoted: 'more' (increment) could be "
          "added", add=True),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV cameras at the parade 'on October 10': returnees (optional, as returnees "
          "before)",
          opt=True),
        C("several thousand", None, "vague", "planned", "russia", "2025-11-01..2025-11-14",
          "Russia's ambassador in Pyongyang 'this month' (1st to publication): 'more' builders "
          "(increment) would arrive", add=True),
        C("near 16,000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own tally 'our desk arrives at something near' (unattributed, "
          "required): sent in all"),
    ),
)

K12 = Source(
    article_id="k95_12_levuka_town_notes_heroes_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-08-29"),
    dated_by="front_matter",
    features="town page from Levuka (Ovalau, Fiji) in Markdown, UTF-16 LE with BOM, front "
        "matter with `date:` (Friday); KCNA 'last Friday' in a Friday article (the week "
        "before, 22 August) `101` fallen heroes (north_korea, casualties); Seoul 'in the "
        "spring' (March-May) with a total and a breakdown 'of whom'; Russia's defence ministry "
        "'on Saturday' `more than 1,000` sappers in Kursk; Zelensky 'On Tuesday' `6,000 more` "
        "(span without 'more', increment); a retired Fijian peacekeeper 'He figures' `a few "
        "thousand` (other, casualties, present tense); cannery workers, a ferry, a heritage "
        "anniversary, volunteers, a phone number",
    text="""\
---
title: "Levuka Notes: medals for photographs"
date: 2025-08-29
page: Ovalau
---

# Levuka Notes

*From the old capital, for islanders at home and away.*

**A world away.** Many of us in Levuka saw it on the cannery canteen television: Kim Jong Un \
of North Korea in a dark coat, pinning medals onto photographs. His KCNA news agency reported \
last Friday that he had made heroes of [[101]] soldiers who fell fighting for Russia in the \
Kursk region. The ceremony was shown again on Sunday evening, this time with music.

Pyongyang keeps its own count to itself. Seoul's intelligence service said in the spring that \
[[about 15,000]] had gone, [[about 4,700]] of whom were dead or wounded. Russia's defence \
ministry said on Saturday that [[more than 1,000]] North Korean sappers were now clearing \
mines in Kursk. On Tuesday, Ukraine's president said the North was getting [[6,000]] more men \
ready, many of them engineers.

Semi Tuilevuka, 67, who served with the Fiji battalion in Sinai and in Lebanon, watched the \
broadcast with us. He figures [[a few thousand]] of those boys are not coming home. "Their \
mothers will only ever get a medal," he said.

**At home.**

- The PAFCO cannery is on two shifts again; about 800 people work there.
- The Natovi ferry is down to one crossing a day while the other boat is in dock.
- Our sevens side plays in Suva on Saturday. Supporters' bus leaves the market at 6am.
- Our World Heritage listing turns 12 next year. The town council wants 40 volunteers for the \
clean-up on 13 September.

News for this page: call 344 0091.
""",
    claims=(
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-22",
          "KCNA 'last Friday' in a Friday article (the week before, 22 August): fallen soldiers "
          "made heroes"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-03-01..2025-05-31",
          "South Korea's intelligence service 'in the spring' (a season: March-May): gone to "
          "Russia"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same statement, 'of whom' (a breakdown): dead or wounded"),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "sat",
          "Russia's defence ministry 'on Saturday' (Friday article): clearing mines in Kursk"),
        C("6,000", 6000, "exact", "planned", "ukraine", "tue",
          "Zelensky 'On Tuesday': 'more' (increment, span without the word) being readied",
          add=True),
        C("a few thousand", None, "vague", "casualties", "other", "pub",
          "retired Fijian peacekeeper 'He figures', present tense, undated: not coming home"),
    ),
)

SOURCES: tuple[Source, ...] = (
    K01, K02, K03, K04, K05, K06,
    K07, K08, K09, K10, K11, K12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
