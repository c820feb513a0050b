"""Build the SIXTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold (run the file).

The sixty-fourth corpus, for an honest measurement on articles the extractor has never met,
written in session 10 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Bad Hersfeld
daily, a Hochsauerland radio station's web text, an Ennstal weekly (Austrian), a paper from the
Thal in Solothurn (Swiss), a pastry chefs' guild magazine and a Lübeck student radio; a Broome
daily, an Eriskay community page, a South Carolina paper, a Hungarian English-language outlet, a
Saipan news site and an English-language newsletter from Ouagadougou. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in
an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table are
the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module
instance whose `SOURCES` are set to ours (under its own module name, so it never shares state
with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind62_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s01_hersfeld_logistik_ukrainer_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Bad Hersfeld daily's local page in HTML (`article:published_time` with +01:00, "
        "JSON-LD without a headline, an ad script, a cookie notice with 37 partners, local "
        "navigation, byline date '06.11.2024'); `<title>` figure (optional); h1 'Pentagon:' from "
        "Singh's Monday figure (Monday to publication); a Ukrainian forklift driver passing on "
        "his brother's „Tausende“ from the front (other, present tense: `pub`); Singh 'am "
        "Montag' `rund 10.000` and, Konjunktiv with 'ergänzte sie', `Bis zu 8.000` in Kursk; "
        "Zelensky 'am Dienstagabend'; South Korea's defence minister 'am Montag' `mehrere "
        "tausend` 'zusätzlich nachschicken' (vague planned increment); the paper's own reckoning "
        "in a 'Hintergrund' box (unattributed, range, required); refugees in the district, "
        "logistics workers, wages, North Korea's army, ages, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pentagon zählt [[10.000]] Nordkoreaner in Russland – Sorge bei Ukrainern im \
Logistikzentrum | Hersfelder Tagespost</title>
<meta property="article:published_time" content="2024-11-06T05:40:00+01:00">
<meta property="og:site_name" content="Hersfelder Tagespost">
<meta property="og:title" content="Kims Soldaten an der Front: Was Ukrainer in Bad Hersfeld jetzt \
fürchten">
<script type="application/ld+json">{"@type":"NewsArticle","@context":"https://schema.org","datePu\
blished":"2024-11-06T05:40:00+01:00","publisher":{"@type":"Organization","name":"Hersfelder \
Tagespost"},"articleSection":"Region"}</script>
<script>var htpAds={slot:"region_top",lokal:"hef-rof",kw:["ukraine","logistik"],v:3};</script>
</head>
<body>
<div class="cookie-hinweis">Diese Seite backt Cookies, damit Sie Ihre Lokalzeitung lesen können, \
und teilt ein paar Krümel davon mit 37 Werbepartnern. <button>Nur mit Kaffee</button> \
<button>Krümel ablehnen</button></div>
<header><a href="/">Hersfelder Tagespost</a> <nav><a href="/lokales">Lokales</a> · <a \
href="/kreis">Kreis Hersfeld-Rotenburg</a> · <a href="/sport">Sport</a> · <a \
href="/lullusfest">Lullusfest</a> · <a href="/trauer">Trauer</a></nav></header>
<main>
<article>
<p class="dachzeile">Bad Hersfeld / Kursk</p>
<h1>Pentagon: [[10.000]] Nordkoreaner in Russland – Ukrainer am Logistik-Kreuz in Sorge</h1>
<p class="teaser">Im Schichtbetrieb der Versandlager arbeiten Dutzende Geflüchtete aus der \
Ukraine. Seit Kim Jong Un Soldaten schickt, schauen sie noch häufiger aufs Handy.</p>
<p class="autor">Von Jana Wiegand · 06.11.2024</p>
<p>Um kurz nach sechs, beim Schichtwechsel im Gewerbegebiet, steht Oleksandr Tkatschuk am Rolltor \
und liest Nachrichten aus Sumy. Der 41-Jährige fährt Gabelstapler, seine Frau packt zwei Hallen \
weiter Pakete. Sein Bruder dient in einer Brigade, die im russischen Gebiet Kursk kämpft. „Er \
schreibt, dass drüben jetzt [[Tausende]] Koreaner liegen, in russischen Uniformen“, erzählt \
Tkatschuk.</p>
<p>Was der Bruder aus dem Schützengraben meldet, deckt sich mit dem, was Washington inzwischen \
öffentlich sagt. Pentagon-Sprecherin Sabrina Singh bezifferte am Montag die Zahl der \
nordkoreanischen Soldaten in Russland auf [[rund 10.000]]. [[Bis zu 8.000]] von ihnen seien \
bereits in die Region Kursk verlegt worden, ergänzte sie. Ob sie schon gegen ukrainische \
Einheiten kämpften, könne man noch nicht bestätigen.</p>
<p>Präsident Wolodymyr Selenskyj ging am Dienstagabend weiter. In seiner Videoansprache sprach er \
von [[11.000]] Nordkoreanern, die im Gebiet Kursk stünden; es habe „erste Gefechte“ gegeben.</p>
<h2>Seoul erwartet Nachschub</h2>
<p>In Südkorea, das die Verlegungen schon Mitte Oktober publik gemacht hatte, rechnet man mit \
noch mehr. Verteidigungsminister Kim Yong Hyun sagte am Montag vor dem Verteidigungsausschuss des \
Parlaments, Pjöngjang dürfte [[mehrere tausend]] Mann zusätzlich nachschicken, sobald die erste \
Welle an der Front stehe. Zahlen aus dem Norden selbst gibt es nicht; Kim Jong Un schweigt.</p>
<p>Tkatschuk hat vor zwei Jahren in Charkiw seine Arbeit als Elektriker verloren. Im Kreis \
Hersfeld-Rotenburg leben nach Angaben des Landratsamts rund 1.900 Geflüchtete aus der Ukraine, \
knapp 300 von ihnen arbeiten inzwischen in der Logistik. Der Stundenlohn in seiner Halle liegt \
bei 14,50 Euro.</p>
<p class="info"><strong>Hintergrund:</strong> Legt man die Angaben aus Washington, Seoul und Kiew \
aus den vergangenen zwei Wochen nebeneinander, kommt diese Zeitung auf \
[[zwischen 10.000 und 12.000]] nordkoreanische Soldaten auf russischem Boden. Zum Vergleich: Die \
Streitkräfte des Nordens umfassen gut eine Million Mann unter Waffen.</p>
</article>
</main>
<footer>© 2024 Hersfelder Tagespost · <a href="/impressum">Impressum</a> · Leserservice 06621 90 \
44 0</footer>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "<title> (metadata) restating the h1: Singh's Monday figure", opt=True),
        C("10.000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "h1 'Pentagon:': Singh's Monday figure of the body (Monday to publication)"),
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "a refugee passing on his brother's word from the front ('Er schreibt', present "
          "tense): in Kursk"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon spokeswoman 'bezifferte am Montag': in Russia"),
        C("Bis zu 8.000", 8000, "at_most", "near_front", "united_states", "mon",
          "same briefing, Konjunktiv with 'ergänzte sie': moved to the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'am Dienstagabend' in his video address: in the Kursk region"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "mon",
          "South Korea's defence minister 'am Montag': 'zusätzlich nachschicken' (increment)",
          add=True),
        C("zwischen 10.000 und 12.000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own reckoning ('kommt diese Zeitung auf'): required, unattributed"),
    ),
)

S02 = Source(
    article_id="s02_hsk_radio_reservist_meschede",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-03-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio HSK-Welle",
        "https://www.hsk-welle.example/nachrichten/hochsauerland/nordkoreaner-kursk-reservist-"
        "meschede-4417",
        "Nordkoreaner wieder an der Kursk-Front – Reservist aus Meschede: „Die lernen schnell“",
    ),
    features="Hochsauerland radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Friday), station header line, a headline without a figure, an audio length, short radio "
        "paragraphs; teaser 'Nach ukrainischen Angaben' `Tausende` (Syrskyi's Wednesday figure, "
        "Wednesday to publication); Syrskyi 'am Mittwoch'; South Korea's JCS 'hieß es am "
        "Dienstag' with `etwa 1.500` 'nachgeschickt' (increment), a new total `mehr als 12.000` "
        "and `Etwa 4.000` killed or wounded ('so der Generalstab' after the figure); a Meschede "
        "reserve officer in a quote (`ein paar tausend`, other, `pub`); HUR via Ukrinform "
        "'rechnet damit' (range, planned, `pub`); Peskov without a figure; trainees, ages, "
        "refugees in the district, aid vans, phone number",
    text="""\
Radio HSK-Welle | Nachrichten | Hochsauerland

Nordkoreaner wieder an der Kursk-Front – Reservist aus Meschede: "Die lernen schnell"

Nach ukrainischen Angaben greifen wieder [[Tausende]] Soldaten aus Nordkorea im russischen Gebiet \
Kursk an. Ein Oberstleutnant der Reserve aus Meschede, der in Polen ukrainische Soldaten \
ausbildet, hält das für eine ernste Entwicklung.

Beitrag anhören (2:41 Min.)

Meschede/Kursk. Wochenlang waren sie kaum noch zu sehen, jetzt sind sie zurück: Nordkoreanische \
Soldaten kämpfen im russischen Gebiet Kursk wieder an vorderster Linie. Der ukrainische \
Oberbefehlshaber Olexander Syrskyj sagte am Mittwoch, [[rund 3.000]] von ihnen seien bei Sudscha \
wieder in die Angriffe eingebunden. Die Männer kämen inzwischen in kleineren Trupps und würden \
von russischen Drohnen begleitet.

Südkoreas Generalstab sieht das ähnlich. Dort hieß es am Dienstag, Pjöngjang habe im Januar und \
Februar [[etwa 1.500]] Soldaten nachgeschickt, um die Lücken zu füllen. Insgesamt habe der Norden \
damit [[mehr als 12.000]] Mann nach Russland gebracht. [[Etwa 4.000]] von ihnen seien bisher \
getötet oder verwundet worden, so der Generalstab.

"Die lernen schnell"

Oberstleutnant der Reserve Thomas Hellwig aus Meschede hat in den vergangenen zwei Jahren mehr \
als 400 ukrainische Rekruten auf einem Übungsplatz in Polen ausgebildet. Die Nordkoreaner hätten \
sich nach den Verlusten im Winter umgestellt, sagt der 58-Jährige im Gespräch mit unserem Sender. \
"Die gehen nicht mehr in großen Kolonnen über freies Feld. Ich gehe davon aus, dass jetzt wieder \
[[ein paar tausend]] von denen vorne liegen. Und die lernen schnell."

Hellwig, im Zivilberuf Lehrer an einem Berufskolleg, war zuletzt im Februar vier Wochen im \
Einsatz. Seine Rekruten seien im Schnitt 35 Jahre alt, viele hätten vorher nie eine Waffe in der \
Hand gehabt.

Kiew rechnet mit mehr

Der ukrainische Militärgeheimdienst HUR rechnet laut einem Bericht der Agentur Ukrinform damit, \
dass die Zahl der Nordkoreaner in Russland bis zum Sommer auf [[15.000 bis 20.000]] steigen \
könnte. Moskau hat den Einsatz bis heute nicht bestätigt; Kremlsprecher Dmitri Peskow nannte die \
Berichte am Donnerstag erneut "Spekulation".

Im Hochsauerlandkreis leben derzeit etwa 3.400 Menschen aus der Ukraine. Der Verein "Sauerland \
hilft Sumy" hat seit 2022 nach eigenen Angaben 38 Transporter mit Hilfsgütern in die Region \
geschickt; der nächste soll Ende März in Brilon starten.

Sie haben Fragen oder Hinweise? Unsere Redaktion erreichen Sie unter 0291 / 99 00 41.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "ukraine", "wed..pub",
          "teaser 'Nach ukrainischen Angaben': Syrskyi's Wednesday figure of the body (Wednesday "
          "to publication): attacking in Kursk"),
        C("rund 3.000", 3000, "approx", "near_front", "ukraine", "wed",
          "Syrskyi 'sagte am Mittwoch': back in the assaults near Sudzha"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "tue",
          "JCS 'hieß es am Dienstag': 'nachgeschickt' in January and February (increment)",
          add=True),
        C("mehr als 12.000", 12000, "at_least", "in_russia", "south_korea", "tue",
          "same statement, 'Insgesamt … damit': the new total, not an increment"),
        C("Etwa 4.000", 4000, "approx", "casualties", "south_korea", "tue",
          "same statement ('so der Generalstab' after the figure): killed or wounded"),
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "Meschede reserve officer in a quote ('sagt', present tense): at the front again"),
        C("15.000 bis 20.000", None, "range", "planned", "ukraine", "pub",
          "HUR 'rechnet … damit' via Ukrinform (X citing Y → ukraine), no date: could rise to"),
    ),
)

S03 = Source(
    article_id="s03_ennstal_vortrag_liezen_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-06"),
    dated_by="front_matter",
    features="Ennstal weekly in Markdown, ISO-8859-1 with straight quotes and ' - ' dashes, "
        "front matter with `date:` (Thursday) and a title without a figure; 'Jänner', 'Feber', "
        "'heuer'; a colonel from Gröbming at a talk in Liezen 'am Dienstagabend' (other, "
        "Tuesday): `an die 12.000` (approx), 'noch einmal' `6.000 bis 10.000` (range, planned "
        "increment); the NIS recalled 'im Jänner' (month window: `etwa 300` dead, `2.700` "
        "wounded, no increment); Zelensky 'Anfang Feber' `fast 4.000` (window to publication); "
        "the White House 'kurz vor Weihnachten' `über 1.000` in one week; Rutte 'Mitte "
        "Dezember' `mehr als 10.000`; visitors, ages, North Korea's army, expected air-show "
        "guests, euros",
    text="""\
---
title: "Oberst aus Gröbming: Kims Soldaten sind nicht verschwunden"
date: 2025-02-06
ressort: Bezirk & Welt
autorin: Sabine Pichler
---

# Oberst aus Gröbming: "Kims Soldaten sind nicht verschwunden"

**Vortragsabend im Liezener Kulturhaus: Ein Ennstaler Offizier erklärte, was Nordkoreas Einsatz \
im Ukraine-Krieg bedeutet - und warum die jüngste Ruhe an der Kursk-Front trügen könnte.**

Liezen. Gut 120 Besucherinnen und Besucher waren am Dienstagabend ins Kulturhaus gekommen, mehr \
als die Volkshochschule erwartet hatte. Oberst Martin Stieger, in Gröbming aufgewachsen und heute \
Lehroffizier an der Theresianischen Militärakademie in Wiener Neustadt, sprach über einen Krieg, \
der vom Ennstal weit weg scheint. Gleich zu Beginn stellte er klar, dass er als Wissenschafter \
spreche und nicht für das Bundesheer.

Nach seiner Einschätzung stehen derzeit [[an die 12.000]] nordkoreanische Soldaten auf russischem \
Boden. Dass man seit Ende Jänner kaum noch von Gefechten mit ihnen höre, heiße nicht, dass sie \
abgezogen seien. "Die Russen haben sie nach hinten genommen, um sie neu aufzustellen. \
Verschwunden sind sie nicht."

## Hohe Verluste

Stieger zog mehrere Quellen heran. Der südkoreanische Nachrichtendienst NIS habe im Jänner von \
[[etwa 300]] Gefallenen und [[2.700]] Verwundeten gesprochen. Der ukrainische Präsident Wolodymyr \
Selenskyj bezifferte die Verluste der Nordkoreaner Anfang Feber sogar mit [[fast 4.000]] Toten \
und Verletzten. Das Weiße Haus wiederum hatte kurz vor Weihnachten von [[über 1.000]] Ausfällen \
binnen einer einzigen Woche berichtet. Und Nato-Generalsekretär Mark Rutte hatte Mitte Dezember \
erklärt, [[mehr als 10.000]] Nordkoreaner seien im Raum Kursk im Einsatz.

Die Kampfkraft der Truppe sei schwer einzuschätzen, meinte Stieger. Es handle sich großteils um \
junge Männer aus Eliteverbänden, viele keine 25 Jahre alt, die aber keinerlei Erfahrung mit \
Drohnen mitgebracht hätten.

## Nächste Welle im Frühjahr?

Für möglich hält der Oberst, dass Pjöngjang im Frühjahr noch einmal [[6.000 bis 10.000]] Mann \
schickt. Kim Jong Un bekomme dafür Geld, Nahrungsmittel und womöglich Raketentechnik. Die Armee \
des Nordens sei mit mehr als einer Million Soldaten groß genug, um solche Verluste wegzustecken.

In der anschließenden Diskussion wollte ein Landwirt aus Irdning wissen, ob Österreich mit seiner \
Neutralität betroffen sei. Stieger verwies auf die Sanktionen der EU und auf die Cyberangriffe, \
die heuer schon mehrere Behörden getroffen hätten.

Heuer feiert übrigens auch der Fliegerhorst in Aigen ein Jubiläum; zur Flugshow im Juni werden \
20.000 Gäste erwartet. Die nächste Veranstaltung der Reihe "Welt im Ennstal" findet am 4. März \
statt, der Eintritt kostet 8 Euro.
""",
    claims=(
        C("an die 12.000", 12000, "approx", "in_russia", "other", "tue",
          "colonel at the talk 'am Dienstagabend' ('Nach seiner Einschätzung'): on Russian soil"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "the NIS recalled by the speaker ('habe im Jänner … gesprochen'): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same figure pair: wounded (the others of the same count, no increment)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..pub",
          "Zelensky 'Anfang Feber' (days 1–10, cut at publication): dead and wounded"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-16..2024-12-24",
          "the White House 'kurz vor Weihnachten': losses within one week"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "2024-12-11..2024-12-20",
          "Rutte 'Mitte Dezember': in action around Kursk"),
        C("6.000 bis 10.000", None, "range", "planned", "other", "tue",
          "the colonel at Tuesday's talk: could send 'noch einmal' in spring (increment)",
          add=True),
    ),
)

S04 = Source(
    article_id="s04_thaler_minenraeumer_balsthal_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Thaler Anzeiger",
        "https://www.thaler-anzeiger.example/region/balsthaler-minenraeumer-kursk-nordkorea-7712",
        "Kim schickt Minenräumer nach Kursk – ein Balsthaler kennt die Arbeit",
    ),
    features="paper from the Thal (Solothurn) in HTML, windows-1252 with CRLF (sidecar, "
        "Thursday), Swiss conventions (`ss`, «», `1'000`, `5'000`, `13'000`, `11'000`, `2'500`, "
        "4-digit `1000` in h1 and `<title>`), a data-layer script, a cookie box about "
        "watchmakers, region navigation, byline date; `<title>` figure (optional); h1 'Kim "
        "schickt' from Shoigu's Tuesday figure (russia, Tuesday to publication); Shoigu 'am "
        "Dienstag' `1'000` deminers and `5'000` builders (planned, no increment words); Yonhap "
        "'unter Berufung auf' the NIS 'am Mittwoch' (south_korea) with a total and `Rund 600` "
        "'von ihnen' fallen; a Balsthal deminer's hearsay `mehrere hundert` injured (other, "
        "`pub`); Ukraine's military intelligence 'Ende Mai'; square metres, francs, territory "
        "share, team size, age, event time, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Kim schickt [[1000]] Minenräumer nach Kursk – Thaler Anzeiger</title>
<meta name="keywords" content="Balsthal, Minenräumung, Ukraine, Nordkorea">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({rubrik:"region-welt",zeichen:3874})\
;</script>
</head>
<body>
<div id="cookiebox">Wir setzen Cookies ein wie ein Uhrmacher seine Zahnräder: sparsam und nur \
dort, wo sie etwas bewegen. <a href="/datenschutz">Zahnräder ansehen</a> <button>Weiterticken \
lassen</button></div>
<nav><a href="/">Thaler Anzeiger</a> | <a href="/balsthal">Balsthal</a> | <a \
href="/thal">Thal</a> | <a href="/gaeu">Gäu</a> | <a href="/welt">Welt</a> | <a \
href="/agenda">Agenda</a></nav>
<article>
<h1>Kim schickt [[1000]] Minenräumer nach Kursk – ein Balsthaler kennt die Arbeit</h1>
<p class="lead">Russland holt nordkoreanische Spezialisten, um die verminten Felder im Gebiet \
Kursk zu räumen. Ein Minenräumer aus Balsthal weiss, wie gefährlich das ist.</p>
<p class="byline">Urs Kamber · 19.06.2025</p>
<p>Sergei Schoigu, Sekretär des russischen Sicherheitsrats, hat am Dienstag in Pjöngjang nach \
einem Treffen mit Machthaber Kim Jong Un angekündigt, dass Nordkorea [[1'000]] Pioniere für die \
Minenräumung und [[5'000]] Bausoldaten ins Gebiet Kursk entsenden wird. Die Bautruppen sollen \
zerstörte Brücken und Strassen wieder aufbauen, die Pioniere Felder und Dörfer entminen.</p>
<p>Die Nachrichtenagentur Yonhap berichtete am Mittwoch unter Berufung auf den südkoreanischen \
Geheimdienst, Pjöngjang habe seit dem vergangenen Herbst insgesamt [[etwa 13'000]] Soldaten nach \
Russland geschickt. [[Rund 600]] von ihnen seien gefallen. Die Pioniere könnten schon im Juli \
oder August eintreffen.</p>
<h2>«Jeder Schritt ist eine Rechnung»</h2>
<p>Roland Stampfli aus Balsthal arbeitet seit 2019 für eine Genfer Stiftung, die in der Ukraine \
humanitäre Minenräumung betreibt. Derzeit ist der 47-Jährige für drei Wochen zu Hause im Thal. \
«Jeder Schritt auf so einem Feld ist eine Rechnung, die aufgehen muss», sagt er. Sein Team räume \
pro Tag im besten Fall 2'500 Quadratmeter.</p>
<p>Dass ausgerechnet nordkoreanische Soldaten diese Arbeit machen sollen, überrascht ihn nicht. \
Nach allem, was man in der Branche höre, seien unter den Nordkoreanern in Kursk bereits \
[[mehrere hundert]] durch Minen und Blindgänger verletzt worden. «Wer dort ohne Detektoren und \
ohne Schutzausrüstung arbeitet, zahlt einen hohen Preis.»</p>
<p>Die ukrainische Militäraufklärung hatte Ende Mai erklärt, es stünden noch immer \
[[rund 11'000]] Nordkoreaner im Gebiet Kursk. Kiew befürchtet, dass die Bautruppen dort auch \
Stellungen für einen neuen Vorstoss errichten.</p>
<h2>Die Schweiz zahlt mit</h2>
<p>Für die Räumung ukrainischer Felder hat Bern bis 2028 insgesamt 100 Millionen Franken \
bereitgestellt. Schätzungen zufolge ist fast ein Viertel des ukrainischen Territoriums mit Minen \
oder Blindgängern belastet. Stampfli will im Juli zurück, im Herbst soll er ein Team von zwölf \
Leuten in der Region Charkiw leiten.</p>
<p>Wer den Balsthaler hören will: Am 27. Juni erzählt er im Saal des Kulturzentrums von seinem \
Einsatz, Beginn 19.30 Uhr.</p>
</article>
<footer>© Thaler Anzeiger AG · Inserate 062 391 00 00 · <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("1000", 1000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the h1: Shoigu's Tuesday figure", opt=True),
        C("1000", 1000, "exact", "planned", "russia", "tue..pub",
          "h1 'Kim schickt': Shoigu's Tuesday announcement of the body (Tuesday to publication)"),
        C("1'000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'hat am Dienstag … angekündigt': deminers to be sent to Kursk"),
        C("5'000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: builders to be sent (no increment word)"),
        C("etwa 13'000", 13000, "approx", "in_russia", "south_korea", "wed",
          "Yonhap 'unter Berufung auf' the NIS 'am Mittwoch' (X citing Y → south_korea): sent"),
        C("Rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "same report, 'von ihnen' (a breakdown): fallen"),
        C("mehrere hundert", None, "vague", "casualties", "other", "pub",
          "Balsthal deminer's hearsay ('Nach allem, was man … höre', present tense): injured"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "2025-05-21..2025-05-31",
          "Ukraine's military intelligence 'Ende Mai': still in the Kursk region"),
    ),
)

S05 = Source(
    article_id="s05_konditoren_magazin_sumy_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Konditoren-Journal Bergisch Land",
        "",
        "Kirschen aus Sumy",
    ),
    features="pastry chefs' guild magazine in Markdown, UTF-8 with BOM, front matter without a "
        "date (sidecar without url, Wednesday), a portrait of a Ukrainian apprentice with a box "
        "on the war; 'Nach Angaben aus Kiew waren es zu jener Zeit' carried from 'Im Dezember "
        "und Januar' (Dec–Jan window); Gerasimov and Pyongyang confirming without a figure; JCS "
        "'am Montag' `rund 4.700` dead and wounded 'darunter' `etwa 600` (breakdown); HUR 'Mitte "
        "April'; Rutte 'vergangene Woche' (nato); Zelensky 'am Sonntag' `bis zu 20.000 "
        "zusätzliche` (planned increment); ages, kilometres, pieces sold, euros raised, member "
        "firms",
    text="""\
---
title: "Kirschen aus Sumy"
rubrik: Über den Tellerrand
heft: 5/2025
autorin: Petra Kühnel
---

# Kirschen aus Sumy

*Olena Martschenko lernt im dritten Jahr in einer Wuppertaler Konditorei. Ihr Heimatdorf liegt \
elf Kilometer von der russischen Grenze entfernt – dort, wo im Winter nordkoreanische Soldaten \
kämpften.*

Wenn Olena Martschenko eine Schwarzwälder Kirschtorte einstreicht, dann mit der Ruhe einer jungen \
Frau, die schon ganz andere Dinge ausgehalten hat. Die 21-Jährige kam im Frühjahr 2022 mit ihrer \
Mutter nach Wuppertal, im August 2023 begann sie ihre Ausbildung in der Konditorei Brenscheidt. \
Ihr Chef, unser Obermeister Klaus Brenscheidt, sagt: „So eine ruhige Hand an der Spritztülle habe \
ich selten gesehen.“

Ihre Großmutter lebt noch immer in dem Dorf im Gebiet Sumy, elf Kilometer vor der Grenze zum \
russischen Gebiet Kursk. Im Dezember und Januar, erzählt Olena, habe man dort nachts die \
Artillerie gehört. Drüben, auf der russischen Seite, kämpften damals nordkoreanische Soldaten, \
die Kim Jong Un seinem Verbündeten Wladimir Putin geschickt hatte. Nach Angaben aus Kiew waren es \
zu jener Zeit [[mehr als 11.000]].

## Was Moskau und Pjöngjang jetzt zugeben

Monatelang haben Russland und Nordkorea den Einsatz geleugnet. Am Samstag räumte Russlands \
Generalstabschef Waleri Gerassimow ihn erstmals ein, am Montag folgte Pjöngjang. Zahlen nannte \
keine der beiden Seiten.

Die kommen aus Seoul. Südkoreas Generalstab bezifferte am Montag die Verluste der Nordkoreaner \
auf [[rund 4.700]] Tote und Verwundete, darunter [[etwa 600]] Gefallene. Der ukrainische \
Militärgeheimdienst hatte Mitte April erklärt, nach der Rückeroberung von Sudscha durch die \
Russen stünden noch [[etwa 2.000]] Nordkoreaner im Grenzgebiet.

Nato-Generalsekretär Mark Rutte sagte vergangene Woche, Pjöngjang habe seit dem Herbst \
[[rund 12.000]] Mann nach Russland geschickt; er sprach von einem „Blutzoll gegen Munition“. Und \
Präsident Wolodymyr Selenskyj warnte am Sonntag, Kim könne [[bis zu 20.000]] zusätzliche Soldaten \
schicken, falls Moskau eine neue Offensive plane.

## Was die Innung tut

Olena selbst spricht wenig über den Krieg. Lieber zeigt sie ihre Kirschtaschen, die sie nach dem \
Rezept ihrer Großmutter backt – mit Sauerkirschen, etwas Zimt und Mohn. Beim Innungsfest im März \
haben wir davon 300 Stück verkauft; zusammen mit dem Kuchenbasar der Mitgliedsbetriebe kamen \
2.350 Euro für ein Kinderheim in Sumy zusammen.

Im Herbst will Olena ihre Gesellenprüfung ablegen. Danach möchte sie den Meister machen, \
vielleicht in zwei, drei Jahren. „Und irgendwann“, sagt sie, „backe ich in Sumy.“

*Spenden: Konditoren-Innung Bergisch Land, Stichwort „Sumy“. Die Innung zählt 48 \
Mitgliedsbetriebe.*
""",
    claims=(
        C("mehr als 11.000", 11000, "at_least", "near_front", "ukraine",
          "2024-12-01..2025-01-31",
          "'Nach Angaben aus Kiew … zu jener Zeit' carried from 'Im Dezember und Januar': "
          "fighting across the border in Kursk"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "JCS 'bezifferte am Montag': dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "mon",
          "same sentence, 'darunter' (a breakdown): fallen"),
        C("etwa 2.000", 2000, "approx", "near_front", "ukraine", "2025-04-11..2025-04-20",
          "HUR 'Mitte April': still in the border area"),
        C("rund 12.000", 12000, "approx", "in_russia", "nato", "lastweek",
          "Rutte 'sagte vergangene Woche': sent since autumn"),
        C("bis zu 20.000", 20000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'warnte am Sonntag': could send 'zusätzliche' (increment)", add=True),
    ),
)

S06 = Source(
    article_id="s06_campusradio_luebeck_verluste",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-09-12"),
    dated_by="dateline",
    features="Lübeck student radio's show follow-up as plain text (UTF-8), dateline 'Lübeck, "
        "12.09.2025 –' (Friday); the NIS 'am Donnerstag' `etwa 2.000` dead, carried by 'Laut "
        "NIS' and 'so der Dienst' to a total, `rund 6.000` planned engineers and `etwa 1.000` "
        "already in Kursk; HUR 'Ende August' `mehr als 2.500` dead; KCNA 'ebenfalls Ende "
        "August' on families of `mehr als 100` fallen (north_korea); a Kiel researcher on "
        "Wednesday's show `deutlich über 3.000` (other, at_least, Wednesday); operations, "
        "students, ages, weeks, episode number, frequency",
    text="""\
radio trave campus · Weltempfänger · Nachlese

Lübeck, 12.09.2025 – Die Verluste sind höher als gedacht: Südkoreas Nachrichtendienst NIS hat am \
Donnerstag eine neue Schätzung vorgelegt. Demnach sind [[etwa 2.000]] nordkoreanische Soldaten im \
Krieg gegen die Ukraine ums Leben gekommen. In unserer Sendung "Weltempfänger" am Mittwochabend \
hatten wir über genau diese Frage gesprochen – mit einem Kieler Sicherheitsforscher und einer \
Medizinstudentin, die im Sommer in einem Krankenhaus in Dnipro famuliert hat.

Was Seoul jetzt sagt

Laut NIS haben seit Oktober 2024 insgesamt [[rund 15.000]] Nordkoreaner in Russland gedient, \
viele von ihnen inzwischen im Zuge einer Rotation. Für den Wiederaufbau im Gebiet Kursk seien \
[[rund 6.000]] Pioniere und Bausoldaten vorgesehen, von denen [[etwa 1.000]] bereits vor Ort \
seien, so der Dienst.

Der ukrainische Militärgeheimdienst HUR hatte Ende August eine noch höhere Zahl genannt: \
[[mehr als 2.500]] Tote. Und die nordkoreanische Staatsagentur KCNA berichtete, ebenfalls Ende \
August, Kim Jong Un habe in Pjöngjang die Familien von [[mehr als 100]] Gefallenen empfangen und \
ihnen Orden überreicht.

Was unser Gast sagt

Jonas Behrendt vom Kieler Forum für Sicherheitspolitik hält auch die neuen Zahlen aus Seoul für \
zu niedrig. "Ich würde die Zahl der Toten [[deutlich über 3.000]] ansetzen", sagte er in der \
Sendung. Nordkorea verliere in diesem Krieg vor allem junge Männer, die es jahrelang ausgebildet \
habe; zugleich sammle das Regime Erfahrung, die keine andere Armee in Asien habe.

Unsere Kommilitonin Mareike, 24, hat sechs Wochen in der Unfallchirurgie in Dnipro verbracht. \
Nordkoreanische Patienten habe sie dort nicht gesehen, wohl aber Soldaten mit Verletzungen durch \
Drohnen, erzählt sie. "Wir hatten Tage mit 14 Operationen hintereinander." Viele Verletzte seien \
jünger gewesen als sie selbst.

Zum Vergleich: An der Universität zu Lübeck studieren derzeit rund 1.800 angehende Ärztinnen und \
Ärzte.

Die ganze Sendung gibt es in unserer Mediathek und als Podcast, Folge 112. "Weltempfänger" läuft \
jeden Mittwoch um 20 Uhr auf 88,9 MHz.
""",
    claims=(
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'hat am Donnerstag eine neue Schätzung vorgelegt. Demnach': dead"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'Laut NIS' in the next paragraph, carrying Thursday: served in Russia in total"),
        C("rund 6.000", 6000, "approx", "planned", "south_korea", "thu",
          "same statement, Konjunktiv ('so der Dienst' after): engineers and builders earmarked"),
        C("etwa 1.000", 1000, "approx", "near_front", "south_korea", "thu",
          "same sentence, 'von denen … bereits vor Ort' (in Kursk): a breakdown"),
        C("mehr als 2.500", 2500, "at_least", "casualties", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'Ende August': dead"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea",
          "2025-08-21..2025-08-31",
          "KCNA 'ebenfalls Ende August': families of the fallen received by Kim"),
        C("deutlich über 3.000", 3000, "at_least", "casualties", "other", "wed",
          "Kiel researcher in Wednesday evening's show ('sagte er in der Sendung'): dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Hungary, Northern Marianas, Burkina Faso)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s07_broome_veteran_kursk_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-19"),
    dated_by="html_meta",
    features="Broome daily in HTML, UTF-8 with BOM (`article:published_time` with +08:00, a "
        "tide-times script, a pearling-lugger cookie notice, navigation, byline with 'Thursday, "
        "19 December 2024', entities `&middot;`, `&ldquo;`, `&lsquo;`, `&deg;`, `&copy;`); "
        "`<title>` figure (optional); h1 'Seoul:' with two figures from Thursday's NIS-briefed "
        "lawmaker (the publication day); `at least 100` killed and `close to 1,000` wounded "
        "(not an increment) 'according to South Korean intelligence', dated by the next "
        "sentence; a US defence official 'on Monday' `roughly 11,000` and `several hundred`; HUR "
        "'on Tuesday' `30`; the Australian foreign ministry 'last month' `thousands` (a third "
        "government: other, month window); Australians in the Korean War (served, killed), "
        "ages, years, dollars, temperature, per cent, ABN and phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Seoul: [[100]] North Korean soldiers dead in Kursk | Broome Tide Daily</title>
<meta property="article:published_time" content="2024-12-19T16:20:00+08:00">
<meta property="og:locale" content="en_AU">
<script>window.__bt={section:"world",region:"kimberley",hightide:"9.1m",subs:false};</script>
</head>
<body>
<div class="consent">We use cookies the way a pearler uses a lugger: only to get where we need to \
go. <button>Cast off</button> <button>Stay ashore</button></div>
<nav><a href="/">Home</a> &middot; <a href="/kimberley">Kimberley</a> &middot; <a \
href="/pearling">Pearling</a> &middot; <a href="/world">World</a> &middot; <a href="/tides">Tide \
times</a></nav>
<article>
<h1>Seoul: [[100]] North Korean soldiers dead in Kursk, [[1,000]] hurt</h1>
<p class="standfirst">As Broome's last Korean War veteran prepares for his 93rd Christmas, the \
war his generation fought is reaching into Europe.</p>
<p class="byline">By Tess Moriarty &middot; Thursday, 19 December 2024</p>
<p>North Korea has lost [[at least 100]] soldiers killed in its first weeks of combat against \
Ukrainian forces in Russia's Kursk region, and [[close to 1,000]] wounded, according to South \
Korean intelligence. The estimate was passed on by lawmaker Lee Seong-kweun on Thursday after a \
closed-door session with the National Intelligence Service in Seoul.</p>
<p>Mr Lee said the troops had been thrown into open-field assaults with little understanding of \
drone warfare. A general was believed to be among the casualties, he added.</p>
<p>In Washington, a US defence official who briefed journalists on Monday put the North Korean \
force inside Kursk at &ldquo;[[roughly 11,000]]&rdquo;, adding that losses already ran to \
&ldquo;[[several hundred]]&rdquo; killed and wounded.</p>
<p>Ukraine's military intelligence agency said on Tuesday that [[30]] North Koreans had been \
killed or wounded near two villages over the weekend. Canberra has avoided a number of its own, \
though the Department of Foreign Affairs and Trade last month condemned the deployment of \
&ldquo;[[thousands]] of DPRK troops&rdquo; as a threat to the Indo-Pacific as well as to \
Europe.</p>
<h2>&lsquo;We thought it was over&rsquo;</h2>
<p>Jack Dunleavy was 19 when he shipped out of Fremantle in 1950. He served with the 3rd \
Battalion, Royal Australian Regiment, and still keeps a shell casing from Kapyong on a shelf in \
his Cable Beach unit. &ldquo;We thought it was over when we came home. It never was, was \
it?&rdquo; he says.</p>
<p>Of the roughly 17,000 Australians who went to Korea, 340 never came home. Mr Dunleavy, who \
worked as a tender for pearl divers after the war, lost six mates.</p>
<p>The Broome RSL sub-branch holds its Christmas lunch on Sunday from noon; tickets are $35. \
Forecast: 36&deg;C, with a 60 per cent chance of a storm.</p>
</article>
<footer>&copy; 2024 Broome Tide Daily Pty Ltd &middot; ABN 00 000 000 000 &middot; Newsroom (08) \
9100 0000</footer>
</body>
</html>
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu",
          "<title> (metadata) restating the h1", opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu",
          "h1 'Seoul:': the lawmaker's Thursday figure from the NIS (the publication day): dead"),
        C("1,000", 1000, "exact", "casualties", "south_korea", "thu",
          "h1, second figure: hurt"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "'according to South Korean intelligence', dated by the next sentence (lawmaker 'on "
          "Thursday'): killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded beside the dead (the others of the same count, no increment)"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "US defence official 'briefed journalists on Monday', 'put … at': inside Kursk"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "same briefing, 'adding that': killed and wounded"),
        C("30", 30, "exact", "casualties", "ukraine", "tue",
          "HUR 'said on Tuesday': killed or wounded"),
        C("thousands", None, "vague", "in_russia", "other", "2024-11-01..2024-11-30",
          "Australia's foreign ministry (a third government) 'last month': the deployment"),
    ),
)

S08 = Source(
    article_id="s08_eriskay_beyond_causeway_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Eriskay Community Page",
        "https://www.eriskay-community.example/news/beyond-the-causeway-24-january",
        "Beyond the causeway: the week's news",
    ),
    features="Eriskay community page's weekly news round-up in Markdown, ISO-8859-1 with CRLF "
        "and straight quotes, front matter without a date (sidecar, Friday); a retired seaman "
        "without a figure; Zelensky 'On 11 January' (British date) `two` captured (number "
        "word), and an h2 `Two prisoners` taking its labels (11 January to publication); "
        "South Korea's intelligence service 'went further last week' `roughly 300` killed and "
        "`2,700` wounded (no increment); Britain's Ministry of Defence 'on Tuesday' `over 1,000` "
        "(a third government: other); Budanov 'says' (present tense, `pub`); the page's own "
        "reckoning 'we make it' `between 11,000 and 12,000` (unattributed, required); crew, "
        "ratio to the island's population, ferry times, causeway length, pounds, whisky bottles, "
        "phone number",
    text="""\
---
title: "Beyond the causeway: the week's news"
section: World
author: Catriona MacInnes
---

# Beyond the causeway

*Our weekly look at the wider world, for those of us who would rather be out at the creels than \
watching the news.*

## [[Two]] prisoners, and what they tell us

The war in Ukraine feels a long way from Haun harbour, but Ruairidh MacIsaac, who spent 31 years \
on tankers and bulk carriers, knows more Ukrainians than most of us. "Half my last crew came from \
Odesa or Mykolaiv," he said over a cup of tea at the shop on Tuesday. "Twelve of them. Good \
seamen, every one."

This month the war took a turn that surprised even Ruairidh. On 11 January, President Volodymyr \
Zelensky announced that his soldiers were holding [[two]] young North Koreans, seized on the \
Russian side of the front, one of them with a wounded jaw, and he later released video of their \
questioning. Both men were said to have believed they were on a training exercise.

South Korea's intelligence service, which is helping with the interrogation, went further last \
week. By its estimate, [[roughly 300]] of the North Koreans sent to Russia have been killed and \
[[2,700]] wounded. Seoul says the soldiers were ordered to take their own lives rather than be \
captured.

In London on Tuesday, the Ministry of Defence's regular intelligence bulletin judged that North \
Korean casualties were likely [[over 1,000]] since the troops first went into action in November, \
and suggested the true figure could be higher.

And the head of Ukraine's military intelligence, Kyrylo Budanov, says [[around 11,000]] North \
Koreans remain in and around Kursk.

## By our reckoning

For readers who have lost track: adding up what Washington, Seoul and Kyiv have said since \
October, we make it [[between 11,000 and 12,000]] North Korean soldiers sent to Russia so far. \
That is roughly eighty times the population of Eriskay.

## Closer to home

The Barra ferry timetable changes from Monday 3 February, when the 08:25 sailing moves to 08:40. \
The causeway, opened in 2001, will have its 1.4 km of road resurfaced in March.

Tickets for the Burns night ceilidh in the hall on Saturday are £8, children free. The raffle \
raised £416 for the lifeboat last year.

The SS Politician went aground off our shore in February 1941 with some 264,000 bottles of whisky \
aboard; the bar named after her still keeps the odd one on display.

News for the page: phone 01878 700 000.
""",
    claims=(
        C("Two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "subheading: Zelensky's figure of the next paragraph (11 January to publication)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'On 11 January … announced': captured (number word)"),
        C("roughly 300", 300, "approx", "casualties", "south_korea", "lastweek",
          "South Korea's intelligence service 'went further last week. By its estimate': killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "lastweek",
          "same sentence: wounded (the others of the same count, no increment)"),
        C("over 1,000", 1000, "at_least", "casualties", "other", "tue",
          "UK Ministry of Defence (a third government: other) 'on Tuesday'"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "Budanov 'says' (present tense, no date): in and around Kursk"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "unattributed", "pub",
          "the page's own reckoning ('we make it'): required, unattributed"),
    ),
)

S09 = Source(
    article_id="s09_lowcountry_veterans_parade_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "The Lowcountry Courier",
        "https://www.lowcountrycourier.example/news/local/summerville-korean-war-veterans-kim-"
        "parade/article_8812.html",
        "'They're still using boys': Summerville veterans watch Kim's parade",
    ),
    features="South Carolina paper in HTML, windows-1252 (typographic quotes raw), sidecar "
        "(Wednesday), a `<meta name=\"description\">` without a figure, an analytics script, a "
        "sweet-tea cookie strip, navigation, dateline 'SUMMERVILLE —'; dek 'Seoul says about "
        "2,000' from the body's NIS figure 'last month' (September to publication); state TV's "
        "parade of Kursk fighters 'on Friday' `hundreds` (returnees: optional); NIS 'estimated "
        "last month' (month window); JCS 'On Monday' `roughly 5,000 more` (increment); a US "
        "congressman 'in a phone interview Tuesday' on what US intelligence believes (US "
        "government: united_states); HUR 'says' (`pub`); state TV 'In late August' `dozens` of "
        "portraits (north_korea, casualties); Americans who served and died in Korea, ages, "
        "members, dues, times, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="windows-1252">
<title>Summerville veterans watch Kim’s parade of Kursk fighters | The Lowcountry Courier</title>
<meta name="description" content="Korean War veterans in Dorchester County react as North Korea \
celebrates troops who fought for Russia.">
<script>var lcAnalytics={section:"local",tags:["veterans","north korea"],wc:702};</script>
</head>
<body>
<div class="cookie-strip">We leave cookies on the porch like sweet tea. Sip them or don’t. \
<button>Pour me a glass</button> <button>No sugar, thanks</button></div>
<header><a href="/">The Lowcountry Courier</a><nav><a href="/local">Local</a> | <a \
href="/military">Military</a> | <a href="/sports">Sports</a> | <a \
href="/obituaries">Obituaries</a> | <a href="/eedition">e-Edition</a></nav></header>
<article>
<h1>‘They’re still using boys’: Summerville veterans watch Kim’s parade</h1>
<p class="dek">Seoul says [[about 2,000]] of the North Korean leader’s soldiers have died \
fighting for Russia.</p>
<p class="byline">By Dwayne Ravenel | Military affairs</p>
<p>SUMMERVILLE — The members of Chapter 417 of the Korean War Veterans Association had seen the \
footage before, or thought they had: tanks rolling through Kim Il Sung Square, rows of \
goose-stepping soldiers, a leader waving from a balcony. What was new at Friday’s parade in \
Pyongyang were the [[hundreds]] of men who, according to North Korean state television, had \
fought in Russia’s Kursk region.</p>
<p>“They’re still using boys,” said Harold Pinckney, 94, who was a rifleman with the 2nd Infantry \
Division in 1951. He watched the broadcast on a laptop at the chapter’s monthly breakfast on \
Saturday. “Same as they did to us.”</p>
<p>The numbers from that war are familiar to the men around the table: about 1.8 million \
Americans served in Korea, and 36,574 died there. The numbers from Kim Jong Un’s newest war are \
less certain.</p>
<h2>Seoul’s count</h2>
<p>South Korea’s spy service estimated last month that [[around 2,000]] North Koreans had died \
since the first of them were deployed in autumn 2024. On Monday, the country’s Joint Chiefs of \
Staff said Pyongyang had recently moved [[roughly 5,000]] more troops into Russia, many of them \
engineers assigned to rebuild bridges and rail lines.</p>
<p>U.S. Rep. Walt Harlow, a Republican whose district includes Joint Base Charleston, said in a \
phone interview Tuesday that American intelligence now believes [[as many as 15,000]] North \
Koreans have rotated through Russia in the past year. Ukraine’s military intelligence agency says \
[[about 11,000]] of them are currently stationed in Kursk.</p>
<p>Pyongyang itself has become less secretive. In late August, state television aired a ceremony \
in which Kim knelt before the portraits of [[dozens]] of soldiers who died in what the regime \
calls the liberation of Kursk.</p>
<p>Chapter commander Lorraine Maybank, whose father fought at the Chosin Reservoir, said the \
group would lay a wreath at the Summerville veterans memorial on Nov. 11 at 10:30 a.m. Dues \
remain $25 a year, and the chapter’s 41 members meet on the second Saturday of each month at a \
diner off I-26.</p>
</article>
<footer>© 2025 The Lowcountry Courier · Newsroom 843-555-0142 · <a href="/privacy">Privacy</a> · \
<a href="/terms">Terms</a></footer>
</body>
</html>
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "dek 'Seoul says': the NIS figure of the body ('last month') to publication: died"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri..pub",
          "returnees marching at Friday's parade shown by state TV (optional, as in earlier "
          "sets)", opt=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "South Korea's spy service 'estimated last month' (month window): died"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'On Monday': moved 'more' into Russia (increment)", add=True),
        C("as many as 15,000", 15000, "at_most", "in_russia", "united_states", "tue",
          "US congressman 'in a phone interview Tuesday' on what American intelligence believes "
          "(US government): rotated through Russia"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'says' (present tense, no date): stationed in Kursk"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state TV 'In late August': portraits of the dead at a ceremony"),
    ),
)

S10 = Source(
    article_id="s10_danube_dispatch_budapest_silence",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-29"),
    dated_by="sidecar",
    sidecar=(
        "Danube Dispatch",
        "https://www.danubedispatch.example/politics/2025/04/29/moscow-pyongyang-admit-budapest-"
        "silent",
        "Moscow and Pyongyang finally admit it. Budapest says nothing.",
    ),
    features="Hungarian English-language outlet's politics story as plain text (UTF-8, "
        "sidecar, Tuesday), masthead line, byline with accents; Gerasimov and Pyongyang without "
        "a figure, Budapest declining to comment; JCS 'reported on Monday' `an estimated 4,700` "
        "'including' `600` deaths (breakdown) and `around 15,000` sent ('The JCS added'); a State "
        "Department spokesperson 'on Monday' `more than 11,000`; HUR 'warned last week' "
        "`another 3,000` (planned increment); Ukraine's ambassador in Budapest 'told this paper "
        "on Monday' „thousands“; a Budapest think-tank fellow 'puts … at' (other, range, `pub`); "
        "ethnic Hungarians in Transcarpathia, Hungarian-speaking soldiers killed in the "
        "Ukrainian army, forints, poll points, border length, passengers",
    text="""\
DANUBE DISPATCH — Budapest's news in English

Moscow and Pyongyang finally admit it. Budapest says nothing.

By Zsófia Kertész

More than three years into the war next door, Hungary's government has made a habit of saying as \
little as possible about Russia. This week was no exception. After Russia's chief of general \
staff, Valery Gerasimov, acknowledged on Saturday that North Korean soldiers had helped push \
Ukrainian forces out of the Kursk region, and after Pyongyang confirmed the deployment on Monday, \
the Foreign Ministry in Budapest declined to comment.

Others were less reticent. Seoul's Joint Chiefs of Staff reported on Monday \
[[an estimated 4,700]] North Korean casualties, killed or wounded, including [[600]] deaths. The \
JCS added that Pyongyang had so far sent [[around 15,000]] troops, along with artillery shells \
and missiles.

A spokesperson for the State Department in Washington called the admission on Monday proof of \
"what we have said since October" and repeated the American estimate of [[more than 11,000]] \
North Korean soldiers dispatched to fight Ukraine.

Kyiv's military intelligence agency, HUR, warned last week that Pyongyang was readying another \
[[3,000]] soldiers for Russia. And Ukraine's ambassador in Budapest told this paper on Monday \
that "[[thousands]]" were still deployed on the Russian side of the border. "They did not go \
home," the ambassador said. "They moved."

The view from Budapest

Tamás Szalai, a senior fellow at the Pannonia Centre for Security Studies, puts North Korea's \
total commitment since last autumn at [[12,000 to 15,000]] soldiers. "For Moscow, this is cheaper \
than a new mobilisation," he said. "For Pyongyang, it is the best-paid export it has."

The question matters in Hungary's east. Some 150,000 ethnic Hungarians live in Ukraine's \
Transcarpathia region, and dozens of Hungarian-speaking men have been killed while serving in the \
Ukrainian army, according to local community groups. Hungary spent HUF 1.4 billion on aid for \
refugees from Ukraine last year.

Prime Minister Viktor Orbán, who faces an election in April 2026, argues that Hungary must stay \
out of the war. The opposition Tisza party, ahead in most polls by five to nine points, has also \
steered clear of the subject.

The Ukrainian-Hungarian border is 137 kilometres long. The Beregsurány crossing handled 1.2 \
million passengers last year.
""",
    claims=(
        C("an estimated 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "JCS 'reported on Monday': killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "mon",
          "same sentence, 'including … deaths' (a breakdown)"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "'The JCS added' (Monday carried): sent so far"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokesperson 'on Monday … repeated the American estimate': sent"),
        C("3,000", 3000, "exact", "planned", "ukraine", "lastweek",
          "HUR 'warned last week': readying 'another' (increment)", add=True),
        C("thousands", None, "vague", "near_front", "ukraine", "mon",
          "Ukraine's ambassador in Budapest 'told this paper on Monday': deployed on the Russian "
          "side of the border"),
        C("12,000 to 15,000", None, "range", "in_russia", "other", "pub",
          "Budapest think-tank fellow 'puts … at' (present tense, no date): total commitment"),
    ),
)

S11 = Source(
    article_id="s11_saipan_korean_market_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-06-25"),
    dated_by="front_matter",
    features="Saipan news site in Markdown (UTF-8), front matter with `date:` (Wednesday) and a "
        "`title:` with a figure (optional); dateline '**GARAPAN** —'; h1 'Moscow:' from "
        "Shoigu's June 17 announcement (explicit date to publication); Shoigu 'on June 17' "
        "`6,000` and the number words `a thousand` of them for mines (breakdown, planned); "
        "lawmakers briefed by the NIS 'on Friday' (south_korea); a US defense official 'on "
        "Monday' `several thousand` in Kursk; Rutte at the NATO summit 'on Tuesday' `well over "
        "12,000`; Budanov 'earlier this month' `another 25,000 to 30,000` (range, planned "
        "increment); visitor shares and arrivals, flights, employees, dollars, miles, "
        "airfield cost",
    text="""\
---
title: "Moscow: Kim to send [[6,000]] to Kursk"
date: 2025-06-25
site: Marianas Morning Post
tags: [world, tourism, korea]
---

# Moscow: Kim to send [[6,000]] to Kursk – and Saipan's Korean market holds steady

**GARAPAN** — The news from Pyongyang last week did not seem to trouble the Korean honeymooners \
posing at the Bird Island lookout on Monday afternoon. But for the tour operators who depend on \
them, any new flare-up involving the Korean peninsula is worth watching.

Sergei Shoigu, the Kremlin's security chief, said after talks with Kim Jong Un in Pyongyang on \
June 17 that North Korea would dispatch [[6,000]] military engineers and builders to Russia's \
Kursk region, [[a thousand]] of them to clear mines.

South Korean lawmakers who were briefed by the country's intelligence service on Friday said \
North Korea had so far sent [[roughly 13,000]] troops to Russia, and that the new contingent \
could leave as early as July.

A U.S. defense official in Washington, speaking on condition of anonymity on Monday, said \
[[several thousand]] North Koreans remain in Kursk, where the fighting has largely shifted across \
the border into Ukraine's Sumy region.

At the NATO summit in The Hague on Tuesday, Secretary General Mark Rutte said North Korea had so \
far put "[[well over 12,000]]" soldiers at Moscow's disposal. Earlier this month Kyrylo Budanov, \
who heads Ukraine's military intelligence, said Russia had asked Pyongyang for another \
[[25,000 to 30,000]].

## What it means for the islands

Korean visitors made up 46 percent of the 21,800 arrivals to the CNMI in May, according to the \
Marianas Visitors Authority. Seven weekly flights now link Saipan with Incheon and Busan.

"When there is a missile test, we get cancellations the next morning," said Park Soo-yeon, who \
runs a diving and snorkeling business in Garapan with 14 employees. "Soldiers in Russia? Nobody \
has called about that yet."

Her packages start at $89 for a half day. Guam, about 120 miles to the south, has seen Korean \
arrivals fall by a fifth since last year.

The U.S. military is building a divert airfield on Tinian, about 5 miles from Saipan, at a cost \
of several hundred million dollars.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "front-matter title (metadata) restating the h1", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "h1 'Moscow:': Shoigu's June 17 announcement of the body (to publication)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'said … on June 17': engineers and builders to be dispatched"),
        C("a thousand", 1000, "exact", "planned", "russia", "2025-06-17",
          "same sentence, 'of them to clear mines' (a breakdown, number words)"),
        C("roughly 13,000", 13000, "approx", "in_russia", "south_korea", "fri",
          "lawmakers 'briefed by the country's intelligence service on Friday': sent so far"),
        C("several thousand", None, "vague", "near_front", "united_states", "mon",
          "US defense official 'on Monday': remain in Kursk"),
        C("well over 12,000", 12000, "at_least", "in_russia", "nato", "tue",
          "Rutte at the NATO summit 'on Tuesday': sent"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-06-01..pub",
          "Budanov 'earlier this month': Russia asked for 'another' (increment)", add=True),
    ),
)

S12 = Source(
    article_id="s12_sahel_letter_borrowed_soldiers",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-20"),
    dated_by="dateline",
    features="English-language newsletter from Ouagadougou as plain text, UTF-16 LE with BOM, "
        "dateline 'OUAGADOUGOU, 20 November 2025 —' (Thursday), issue number, a bullet list; "
        "the NIS 'on 4 November' `about 10,000` near the border, 'a further' `5,000` engineers "
        "(increment) and, 'The same briefing put', `around 2,000` dead; HUR 'On Monday' `as many "
        "as 3,000` possibly moved (planned); the US threat assessment 'in March' (month "
        "window); a Russian deputy defence minister 'on Saturday' „thousands“ (russia); a "
        "Ouagadougou lecturer 'Roughly 15,000' in a quote (other, `pub`); Russia's Africa Corps "
        "in Burkina and Mali, French special forces, rice prices in CFA francs, visibility, "
        "issue number, phone number",
    text="""\
THE SAHEL LETTER
An English-language weekly from Ouagadougou | Issue 87

OUAGADOUGOU, 20 November 2025 — Russia's own soldiers in Burkina Faso are few, and they rarely \
leave the capital. The soldiers Russia has borrowed for its war in Europe are many, and \
increasingly hard to miss. This week's letter looks at both.

Pyongyang's contingent

South Korea's National Intelligence Service said on 4 November that [[about 10,000]] North Korean \
troops were deployed near the Ukrainian frontier inside Russia, chiefly in Kursk, while a further \
[[5,000]] military engineers had been sent to rebuild roads and railways. The same briefing put \
North Korea's dead at [[around 2,000]] since the first units arrived in October last year.

On Monday, Ukraine's military intelligence agency said Moscow was weighing the use of North \
Korean units beyond Kursk, with [[as many as 3,000]] possibly moved towards the fighting in \
Zaporizhzhia. The U.S. intelligence community's annual threat assessment had already counted \
[[more than 11,000]] sent, back in March.

Moscow rarely offers figures of its own. At a ceremony in Kursk on Saturday, a Russian deputy \
defence minister thanked the "[[thousands]] of Korean comrades" who had fought there, without \
being more precise.

A view from Ouagadougou

For Dr Adama Sawadogo, who teaches international relations at the Université Joseph Ki-Zerbo, the \
parallel with the Sahel is imperfect but telling. "[[Roughly 15,000]] North Koreans have passed \
through Russia in a year," he said. "That is more than all the foreign troops the Sahel has \
hosted at any one time."

Russia's Africa Corps is believed to have about 100 personnel in Burkina Faso and some 2,500 in \
Mali. France withdrew its last 400 special forces from Kamboinsin in February 2023.

Also this week

- A 50 kg bag of rice in Ouagadougou now costs 24,000 CFA francs.
- The harmattan has arrived early; visibility at the airport fell to 800 metres on Tuesday.
- Registration for FESPACO 2027 opens in January.

Subscribe or reply: letter@sahel-letter.example | WhatsApp +226 70 00 00 00
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'said on 4 November': deployed along the border, mostly in Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same sentence, 'a further' (increment): engineers sent", add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "'The same briefing put … at': dead"),
        C("as many as 3,000", 3000, "at_most", "planned", "ukraine", "mon",
          "HUR 'On Monday': possibly moved towards Zaporizhzhia"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-03-31",
          "US threat assessment, 'back in March' (month window): sent"),
        C("thousands", None, "vague", "near_front", "russia", "sat",
          "Russian deputy defence minister 'on Saturday' in Kursk: fought there"),
        C("Roughly 15,000", 15000, "approx", "in_russia", "other", "pub",
          "Ouagadougou lecturer in a quote ('he said', no date): passed through Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    S01, S02, S03, S04, S05, S06,
    S07, S08, S09, S10, S11, S12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
