"""Build the HUNDRED-AND-FORTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fiftieth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the
autumn letter of a bog guides' circle from Petting on the Schönramer Filz (Rupertiwinkel) with a
biology teacher from Rivne and a doctoral student from Suncheon, a scythe-mowing club's bulletin
from Rottenmann in the Paltental (Austrian conventions) with a mower from Kosiv and a social
worker from Andong, the spring letter of a wild-hay cutters' association from Bristen in the
Maderanertal (Swiss conventions) with an alp farmer from the Ternopil region and a glaciologist
from Chuncheon, a transporter-bridge friends' association's ferry letter from Osten on the Oste
with a waffle baker from Mykolaiv and a retired ship's engineer from Mokpo, a reading mentors'
circle's newsletter from Laichingen on the Swabian Alb with a teacher from Nizhyn and a retired
nurse from Gwangju, and a village bakehouse association's letter from Merzhausen in the Schwalm
with a grandmother from Poltava and a baker's apprentice from Kassel; an agency-style wire report
from Yanji on the Chinese-Korean border market, an English-language expat weekly's island-life
page from Funchal (Madeira) with a hotel receptionist from Zaporizhzhia and a retired surgeon from
Daegu, a conch-mound heritage group's notes from Anegada with a dental hygienist whose grandfather
fled Hamhung and a skipper's mate from Odesa, a readers' letters page from a Bethel weekly on the
Kuskokwim with letters quoting a brother and a father, a sloth rescue's supporters' letter from
Bocas del Toro with a vet from Bila Tserkva and a biology graduate from Jeju, and a currach club's
notes from Tory Island with a boat-building carpenter from Uzhhorod and a linguist from Seoul.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind148_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Rupertiwinkel, Paltental, Maderanertal, Oste, Swabian Alb, Schwalm)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v148_01_herbstbrief_moorfuehrer_petting_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-08"),
    dated_by="html_meta",
    features="the autumn letter of a bog guides' circle from Petting on the Schönramer Filz "
        "(Rupertiwinkel, Upper Bavaria) in HTML, UTF-8, `article:published_time` +01:00 "
        "(Friday), a cookie box about the tour booking, a page script, navigation, entities "
        "(`&middot;`), raw `„“`, a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; guided walks, guests, peat depth and the fee first; a biology "
        "teacher from Rivne relaying her nephew, a mortar gunner in the Kursk region ('Am Montag "
        "habe er ihr am Telefon erzählt, …, berichtet Iryna') `einige hundert` (vague, other, "
        "from Monday to publication); a doctoral student from Suncheon 'schätzt' `gut "
        "zwanzigtausend` in the end (number word, at_least, planned, other, `pub`); Zelensky "
        "'sprach am Montag von' `elftausend` in Kursk (number word, Konjunktiv); 'Nach Angaben des "
        "US-Außenministeriums von vergangener Woche' `etwa 8.000` arrived in the border region; "
        "the NIS 'Am Mittwoch unterrichtete' `mehr als 10.000` moved to Russia and, carried by "
        "'Dem Dienst zufolge', `bis zu 2.000` 'zusätzliche' (at_most, increment, planned); Rutte "
        "'Ende Oktober' `Tausenden` moved to Kursk (vague, nato, days 21-31); the North Korean "
        "army's size, Russia's losses a day, guests, school classes, metres, years, euros, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Herbstbrief | Moorführerkreis Schönramer Filz</title>
<meta property="article:published_time" content="2024-11-08T08:30:00+01:00">
<script>var moorkreis = {ausgabe: "herbst-2024", karte: "bohlenweg", buchung: true};</script>
</head>
<body>
<div class="cookie-box">Unsere Tourenbuchung legt ein Cookie ab, damit Ihr Wunschtermin nicht \
verloren geht. <a href="#" class="zustimmen">Passt schon</a></div>
<nav><a href="/">Moorführerkreis</a> &middot; <a href="/fuehrungen">Führungen</a> &middot; \
<a href="/filz">Das Filz</a> &middot; <a href="/herbstbrief">Herbstbrief</a></nav>
<main>
<h1>Torfmoos, Kreuzottern und ein Gast aus Suncheon</h1>
<p>Liebe Moorführerinnen und Moorführer, liebe Freunde des Filzes,</p>
<p>die Saison auf dem Bohlenweg zwischen Petting und Schönram ist vorbei. Von April bis Oktober \
haben wir 64 Führungen angeboten und dabei 1.180 Gäste durch das Filz begleitet, darunter elf \
Schulklassen aus dem Rupertiwinkel. Der Torfkörper ist an der tiefsten Stelle gut sieben Meter \
mächtig; gestochen wurde hier noch bis in die 1980er Jahre. Die Führung kostet weiterhin 6 Euro, \
Kinder gehen umsonst mit.</p>
<h2>Neu im Kreis</h2>
<p>Seit dem Frühjahr führt Iryna Melnyk, 41, mit uns durchs Moor. Sie stammt aus Riwne in \
Polesien, wo sie Biologie unterrichtet hat, und kennt Hochmoore, wie sie sagt, „seit ich laufen \
kann“. Ihr Neffe dient als Mörserschütze im russischen Gebiet Kursk. Am Montag habe er ihr am \
Telefon erzählt, gegenüber seiner Stellung seien erstmals [[einige hundert]] Nordkoreaner \
aufgetaucht, berichtet Iryna. „Er sagt, sie laufen in langen Reihen über die Felder.“</p>
<p>Im September kam Kwon Soo-bin, 28, Doktorandin aus Suncheon, für ihre Feldarbeit über \
Torfmoose zu uns; ihre Heimatstadt ist für ihre Schilfbucht an der Küste berühmt. Über den \
Norden spricht sie ohne Umschweife. Sie schätzt, dass Pjöngjang am Ende [[gut zwanzigtausend]] \
Mann nach Russland geschickt haben wird.</p>
<h2>Was bekannt ist</h2>
<p>Präsident Selenskyj sprach am Montag von [[elftausend]] Nordkoreanern, die inzwischen im \
Gebiet Kursk stünden. Nach Angaben des US-Außenministeriums von vergangener Woche waren [[etwa \
8.000]] von ihnen da schon in der Grenzregion angekommen. Am Mittwoch unterrichtete der NIS, \
Südkoreas Geheimdienst, das Parlament in Seoul: Insgesamt seien [[mehr als 10.000]] Soldaten nach \
Russland verlegt worden, ein Teil davon kämpfe bereits. Dem Dienst zufolge könnten bis Jahresende \
[[bis zu 2.000]] zusätzliche Spezialkräfte folgen. Nato-Generalsekretär Mark Rutte hatte schon \
Ende Oktober von [[Tausenden]] Nordkoreanern gesprochen, die in die Region Kursk gebracht worden \
seien.</p>
<p>Zum Vergleich: Nordkoreas Armee zählt rund 1,2 Millionen aktive Soldaten, und Russland \
verliert nach britischen Schätzungen derzeit Tag für Tag mehr als 1.200 Mann.</p>
<h2>Termine</h2>
<ul><li>Schneeschuhtour durchs Filz: Samstag, 18. Januar, 10 Uhr, Parkplatz Schönram</li>
<li>Jahrestreffen des Kreises: Donnerstag, 28. November, 19 Uhr, Gasthof in Petting</li></ul>
</main>
<footer>Moorführerkreis Schönramer Filz &middot; Seestraße 3 &middot; 83367 Petting &middot; \
Tel. 08686 90 47 21 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/tourenbuchung.js"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "mon..pub",
          "a biology teacher from Rivne relaying her nephew, a mortar gunner in the Kursk region "
          "('Am Montag habe er ihr am Telefon erzählt, …, berichtet Iryna', Konjunktiv; the "
          "speaker quoted: other): appeared opposite his position (from Monday to publication)"),
        C("gut zwanzigtausend", 20000, "at_least", "planned", "other", "pub",
          "a doctoral student from Suncheon, 'Sie schätzt' (undated): will have been sent in the "
          "end (a forecast: planned; 'gut' as at_least, number word)"),
        C("elftausend", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'sprach am Montag von' (4 November), Konjunktiv 'die … stünden': in the "
          "Kursk region (number word)"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "lastweek",
          "'Nach Angaben des US-Außenministeriums von vergangener Woche': arrived in the border "
          "region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "the NIS 'Am Mittwoch unterrichtete … das Parlament' (6 November), Konjunktiv: moved "
          "to Russia in all ('Insgesamt' of those already sent: not planned)"),
        C("bis zu 2.000", 2000, "at_most", "planned", "south_korea", "wed",
          "carried by 'Dem Dienst zufolge' (the same Wednesday briefing): 'zusätzliche' special "
          "forces could follow by the end of the year (increment, planned)", add=True),
        C("Tausenden", None, "vague", "near_front", "nato", "2024-10-21..2024-10-31",
          "Rutte 'hatte schon Ende Oktober von … gesprochen' (day 21 to the month's end), "
          "Konjunktiv: brought to the Kursk region"),
    ),
)

S02 = Source(
    article_id="v148_02_sensenblatt_rottenmann",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-24"),
    dated_by="dateline",
    features="a scythe-mowing club's bulletin from Rottenmann in the Paltental (Styria) as plain "
        "text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the place line "
        "'Rottenmann, 24. Jänner 2025' (Friday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Obmann`); the peening course, members and meadows first; a mower from Kosiv "
        "relaying his grandson, a drone pilot in Kursk ('Vorgestern habe ihm der Enkel "
        "geschrieben, …, erzählt Mykola') `Dutzende` dead in the snow (vague, casualties, other, "
        "from the day before yesterday to publication); a social worker from Andong 'Bis zum "
        "Sommer würden es `über 20.000` sein, … sagt sie' (at_least, planned, other, `pub`); "
        "Zelensky 'am Sonntag in seiner Abendansprache' `rund 4.000` killed or wounded; the NIS "
        "'Mitte Jänner' `etwa 3.000` and sentence-initial `300` 'davon' fallen (a breakdown, days "
        "11-20, 'hieß es damals aus Seoul' after the figure); 'Nach Einschätzung des ukrainischen "
        "Militärgeheimdienstes HUR' `knapp 11.000` in Kursk (`pub`); 'Aus dem Weißen Haus hieß es "
        "am Mittwoch' `einige tausend` 'weitere' (vague, increment, planned); Russia's losses a "
        "day, course members, club members, ages, hectares, years, euros, a contest date, a phone "
        "number",
    text="""\
Sensenverein Paltental - Mitteilungsblatt Nr. 1/2025

Rottenmann, 24. Jänner 2025

Liebe Mäherinnen und Mäher,

der Winter ist bei uns die Zeit der Sensenblätter. Beim Dengelkurs im Pfarrsaal haben am \
vergangenen Wochenende 19 Leute gelernt, wie man ein stumpfes Blatt mit Hammer und Amboss wieder \
zum Schneiden bringt; der nächste Kurs folgt am 15. Feber. Der Verein zählt heuer 52 Mitglieder, \
die jüngste ist zwölf, der älteste 84. Im Sommer haben wir 3,5 Hektar Magerwiesen oberhalb von \
Bärndorf von Hand gemäht, ganz ohne Benzin.

Seit dem Herbst mäht Mykola Bojko mit, 63, aus Kossiw im Huzulenland, der nach eigener Aussage \
"mit der Sense in der Hand" auf die Welt gekommen ist. Sein Enkel fliegt Drohnen für eine \
Brigade im Gebiet Kursk. Vorgestern habe ihm der Enkel geschrieben, vor ihrer Stellung lägen \
[[Dutzende]] tote Nordkoreaner im Schnee, erzählt Mykola. Geborgen habe sie bisher niemand.

Neu ist auch Lee Da-som, 34, Sozialarbeiterin aus Andong, die mit ihrem Mann in Trieben lebt \
und beim Schnittertreffen im Sommer bei den Damen Zweite wurde. Den Zahlen aus Seoul traut sie, \
dem Ende der Geschichte nicht. Bis zum Sommer würden es [[über 20.000]] sein, die Kim nach \
Russland geschickt habe, sagt sie.

Zur Lage: Präsident Selenskyj sagte am Sonntag in seiner Abendansprache, [[rund 4.000]] \
Nordkoreaner seien bisher getötet oder verwundet worden. Der südkoreanische Geheimdienst hatte \
die Verluste Mitte Jänner auf [[etwa 3.000]] geschätzt. [[300]] davon seien gefallen, die \
übrigen verwundet, hieß es damals aus Seoul. Nach Einschätzung des ukrainischen \
Militärgeheimdienstes HUR stehen derzeit [[knapp 11.000]] Nordkoreaner im Gebiet Kursk. Aus dem \
Weißen Haus hieß es am Mittwoch, Pjöngjang könne schon bald [[einige tausend]] weitere Soldaten \
schicken. Russland selbst verliert laut Kiew an manchen Tagen an die 1.500 Mann.

Aus dem Verein

- Dengelkurs II: Samstag, 15. Feber, 9 Uhr, Pfarrsaal Rottenmann, Kursbeitrag 25 Euro
- Das Paltentaler Schnittertreffen ist heuer am 28. Juni in Gaishorn am See.
- Alte Sensenbäume und Blätter nimmt Obmann Franz Stadlober entgegen, Tel. 03614 23 507.
""",
    claims=(
        C("Dutzende", None, "vague", "casualties", "other", "2025-01-22..pub",
          "a mower from Kosiv relaying his grandson, a drone pilot in Kursk ('Vorgestern habe ihm "
          "der Enkel geschrieben, …, erzählt Mykola'; the speaker quoted: other): dead in front "
          "of their position (from the day before yesterday, 22 January, to publication)"),
        C("über 20.000", 20000, "at_least", "planned", "other", "pub",
          "a social worker from Andong, Konjunktiv, 'sagt sie' (undated): 'Bis zum Sommer würden "
          "es … sein, die Kim … geschickt habe' (a forecast: planned)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag in seiner Abendansprache' (19 January): killed or "
          "wounded"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'hatte die Verluste Mitte Jänner auf … geschätzt' (days 11-20)"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "sentence-initial, 'davon seien gefallen …, hieß es damals aus Seoul' (the claimant "
          "after the figure, the same mid-January statement): a breakdown of the 3,000, not an "
          "increment"),
        C("knapp 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes HUR' (undated): in the Kursk "
          "region ('knapp' as approx)"),
        C("einige tausend", None, "vague", "planned", "united_states", "wed",
          "'Aus dem Weißen Haus hieß es am Mittwoch' (22 January): 'weitere' could be sent soon "
          "(increment, planned)", add=True),
    ),
)

S03 = Source(
    article_id="v148_03_wildheuerbrief_bristen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-11"),
    dated_by="front_matter", crlf=True,
    features="the spring letter of a wild-hay cutters' association from Bristen in the "
        "Maderanertal (Uri) in Markdown, windows-1252 with CRLF, front matter with `date:` "
        "(Friday) and a title without a figure; Swiss conventions (`ss`, «», `1'600`, `1'150`, "
        "`38'000`, `15'000`, `3'000`, `4'700`, `6'000`, `11'000 bis 12'000`, `1'000`); members, "
        "slopes, the hay cable and francs first; an alp farmer from the Ternopil region relaying "
        "his brother, a medic near Sumy ('Am Sonntag schrieb er Bohdan') `Hunderte` advancing "
        "near Sudzha (vague, other, from Sunday to publication); a glaciologist from Chuncheon "
        "«Meiner Meinung nach sind es inzwischen `um die 15'000`» (approx, other, `pub`); the "
        "South Korean joint chiefs 'Ende März' `rund 3'000` 'zusätzliche' (increment, days "
        "21-31) and, carried by 'bezifferte er', `etwa 4'700` killed or wounded; Budanov "
        "'erklärte vergangene Woche' `bis zu 6'000` 'weitere' made ready (at_most, "
        "increment, planned); 'Aus dem Pentagon hiess es' `11'000 bis 12'000` (range, `pub`); "
        "Rutte 'Laut …, der sich am Dienstag in Brüssel äusserte' `Tausende` at the front "
        "(vague, nato); Russia's losses a day, members, slopes, metres, francs, years, ages, "
        "meeting dates, a phone number",
    text="""\
---
title: "Frühlingsbrief der Wildheuer"
date: 2025-04-11
verein: Wildheuervereinigung Maderanertal
---

# Steile Planggen, lange Seile

Liebe Wildheuerinnen und Wildheuer

Oberhalb von Bristen liegt der Schnee noch bis auf 1'600 Meter hinunter, aber die Planung für \
den Sommer läuft. 41 Mitglieder haben sich schon für den Heuet angemeldet, auf 17 Planggen soll \
wieder von Hand geschnitten werden. Das neue Heuseil von der Alp Gulmen ins Tal misst 1'150 \
Meter und hat die Korporation Fr. 38'000 gekostet; der Kanton übernimmt die Hälfte. Pro Burdi \
zahlt die Vereinigung weiterhin Fr. 12.–.

Letzten Sommer hat uns zum ersten Mal Bohdan Kowal geholfen, 46, Alpwirt aus dem Gebiet \
Ternopil, der seit 2022 mit seiner Familie in Amsteg wohnt. Er trägt die schwersten Burdis und \
flucht dabei leise auf Ukrainisch. Sein jüngerer Bruder ist Sanitäter bei Sumy. Am Sonntag \
schrieb er Bohdan, [[Hunderte]] Nordkoreaner seien wieder durch die Wälder vor Sudscha \
vorgerückt.

Ebenfalls neu ist Han Yu-jin, 30, Glaziologin aus Chuncheon, die an der ETH über den Hüfifirn \
forscht und im Sommer bei uns mäht, «weil man den Gletscher von keiner Stelle schöner sieht als \
von einer Plangge». Den offiziellen Zahlen misstraut sie. «Meiner Meinung nach sind es \
inzwischen [[um die 15'000]], die nach Russland gegangen sind», sagt sie.

## Was gemeldet wurde

Der südkoreanische Generalstab teilte Ende März mit, Pjöngjang habe seit Neujahr [[rund \
3'000]] zusätzliche Mann in Marsch gesetzt. Die Verluste des Nordens bezifferte er auf \
[[etwa 4'700]] Tote und Verwundete. Der ukrainische Geheimdienstchef Kyrylo Budanow erklärte \
vergangene Woche, der Norden mache [[bis zu 6'000]] weitere Männer für den Einsatz bereit. \
Aus dem Pentagon hiess es, man gehe von [[11'000 bis 12'000]] Nordkoreanern in Russland aus. \
Laut Nato-Generalsekretär Mark Rutte, der sich am Dienstag in Brüssel äusserte, stehen \
[[Tausende]] von ihnen weiterhin an der Front. Die russische Armee verliert nach ukrainischen \
Angaben zurzeit weit über 1'000 Mann am Tag.

## Termine

- Sensenkurs für Anfängerinnen und Anfänger: Samstag, 14. Juni, in Bristen
- Generalversammlung: Freitag, 9. Mai, 20 Uhr, im Restaurant in Amsteg
- Anmeldungen bei Josef Arnold, 041 883 12 64
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sun..pub",
          "an alp farmer from the Ternopil region relaying his brother, a medic near Sumy ('Am "
          "Sonntag schrieb er Bohdan', Konjunktiv; the relative quoted through the letter: "
          "other): advanced again near Sudzha (from Sunday to publication)"),
        C("um die 15'000", 15000, "approx", "in_russia", "other", "pub",
          "a glaciologist from Chuncheon, «…», 'sagt sie' (undated): have gone to Russia ('um "
          "die' as approx)"),
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "the South Korean joint chiefs 'teilte Ende März mit' (day 21 to the month's end): "
          "'zusätzliche' sent since January (increment)", add=True),
        C("etwa 4'700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "carried by 'bezifferte er' (the same statement): dead and wounded"),
        C("bis zu 6'000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "Budanov 'erklärte vergangene Woche': 'weitere' men made ready for action (at_most, "
          "increment, planned)", add=True),
        C("11'000 bis 12'000", None, "range", "in_russia", "united_states", "pub",
          "'Aus dem Pentagon hiess es' (undated): in Russia"),
        C("Tausende", None, "vague", "near_front", "nato", "tue",
          "'Laut Nato-Generalsekretär Mark Rutte, der sich am Dienstag in Brüssel äusserte' (8 "
          "April; the relative clause dates it): still at the front"),
    ),
)

S04 = Source(
    article_id="v148_04_faehrbrief_schwebefaehre_osten",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="sidecar",
    sidecar=(
        "Förderverein Schwebefähre Osten e.V. – Fährbrief",
        "https://www.schwebefaehre-osten-freunde.example/faehrbrief/2025-sommer",
        "Fährbrief Sommer 2025: Rekord im Mai, Waffeln aus Mykolajiw und ein Maschinist aus Mokpo",
    ),
    features="a transporter-bridge friends' association's ferry letter from Osten on the Oste "
        "(Lower Saxony) as plain text, UTF-8 with BOM (sidecar, Wednesday), `„“` and `–`; "
        "passengers, bicycles, the bridge's length and height and fares first; a waffle baker "
        "from Mykolaiv relaying her son, a gunner near Sumy ('Vergangene Woche habe er erzählt, "
        "…, berichtet sie') `etwa fünfzig` with drones (approx number word, other, `lastweek`); a "
        "retired ship's engineer from Mokpo 'geht davon aus' 'weitere' `Zehntausende` (vague, "
        "increment, planned, other, `pub`); Shoigu 'Gestern sagte … bei einem Besuch in "
        "Pjöngjang' `1.000` deminers and 'dazu' `5.000` builders for Kursk (planned, `yday`, not "
        "increments); the NIS 'Laut dem südkoreanischen Nachrichtendienst, der Mitte Mai das "
        "Parlament unterrichtete' `etwa 15.000` gone to Russia and, carried by 'Davon seien', "
        "`rund 600` fallen (days 11-20); North Korean state television 'am Sonntag' the portraits "
        "of `101` fallen (north_korea); 'Aus der Nato hieß es am Montag' `mehr als 11.000` still "
        "in Russia; Russia's losses since 2022, passengers, bicycles, metres, years, euros, ages, "
        "meeting dates, a phone number",
    text="""\
Förderverein Schwebefähre Osten e.V. – Fährbrief Sommer 2025

Liebe Mitglieder, liebe Freundinnen und Freunde der Fähre,

seit Ostern pendelt die Gondel wieder über die Oste, jeden Sonntag von 11 bis 17 Uhr. Im Mai \
zählten unsere ehrenamtlichen Fährleute 3.420 Fahrgäste und 1.150 Fahrräder, so viele wie noch \
nie in einem einzigen Monat. Die Brücke von 1909 ist 80 Meter lang und ragt 38 Meter über das \
Wasser; die Überfahrt kostet weiterhin 2 Euro, Kinder zahlen 1 Euro.

Im Fährhäuschen backt seit März Larysa Hontschar, 52, aus Mykolajiw die Waffeln. Ihr Sohn ist \
Artillerist im Gebiet Sumy. Vergangene Woche habe er erzählt, auf der russischen Seite seien \
[[etwa fünfzig]] Nordkoreaner mit eigenen Drohnen aufgetaucht, berichtet sie. „Sie lernen \
schnell“, habe er noch gesagt.

Am Steuerstand steht sonntags oft Kim Tae-woo, 67, früher Schiffsmaschinist aus Mokpo, der 1974 \
als junger Seemann nach Hamburg kam und in Hemmoor hängen geblieben ist. Er geht davon aus, dass \
Kim Jong Un noch weitere [[Zehntausende]] schicken wird. „Für den sind das Devisen, keine \
Menschen“, sagt er.

Zur Lage: Gestern sagte Russlands Sicherheitsratschef Sergej Schoigu bei einem Besuch in \
Pjöngjang, aus dem Norden kämen [[1.000]] Pioniere zum Minenräumen nach Kursk, dazu [[5.000]] \
Bausoldaten für den Wiederaufbau. Laut dem südkoreanischen Nachrichtendienst, der Mitte Mai das \
Parlament unterrichtete, sind seit dem vergangenen Herbst [[etwa 15.000]] Nordkoreaner nach \
Russland gegangen. Davon seien [[rund 600]] gefallen. Das nordkoreanische Staatsfernsehen zeigte \
am Sonntag, wie Kim Jong Un vor den Porträts von [[101]] Gefallenen Blumen niederlegte. Aus der \
Nato hieß es am Montag, [[mehr als 11.000]] Nordkoreaner stünden weiterhin in Russland. Die \
Ukraine beziffert die russischen Verluste seit Kriegsbeginn auf fast eine Million Mann.

Termine
– Fährfest mit Shantychor: Sonntag, 6. Juli, ab 11 Uhr
– Mitgliederversammlung: Dienstag, 16. September, 19 Uhr, im Fährkrug
– Fahrdienstplan bei Heike Brandt, Tel. 04771 64 28 90
""",
    claims=(
        C("etwa fünfzig", 50, "approx", "near_front", "other", "lastweek",
          "a waffle baker from Mykolaiv relaying her son, a gunner near Sumy ('Vergangene Woche "
          "habe er erzählt, …, berichtet sie'; the speaker quoted: other): appeared on the "
          "Russian side with drones (approx number word)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a retired ship's engineer from Mokpo, 'Er geht davon aus' (undated): 'noch weitere' "
          "will be sent (increment, planned)", add=True),
        C("1.000", 1000, "exact", "planned", "russia", "yday",
          "Shoigu 'Gestern sagte … bei einem Besuch in Pjöngjang' (17 June), Konjunktiv 'kämen': "
          "deminers to come to Kursk (planned; no 'weitere', not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "yday",
          "same statement, 'dazu': military builders for the reconstruction (planned, not an "
          "increment)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-05-11..2025-05-20",
          "'Laut dem südkoreanischen Nachrichtendienst, der Mitte Mai das Parlament "
          "unterrichtete' (days 11-20; the relative clause dates it): gone to Russia since the "
          "autumn"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-05-11..2025-05-20",
          "carried by 'Davon seien … gefallen' (Konjunktiv, the same briefing): a breakdown, "
          "not an increment"),
        C("101", 101, "exact", "casualties", "north_korea", "sun",
          "North Korean state television 'zeigte am Sonntag' (15 June): the portraits of the "
          "fallen honoured by Kim"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "mon",
          "'Aus der Nato hieß es am Montag' (16 June), Konjunktiv: still in Russia"),
    ),
)

S05 = Source(
    article_id="v148_05_lesepatenpost_laichingen_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-15"),
    dated_by="sidecar",
    sidecar=(
        "Lesepaten Laichingen – Lesepaten-Post",
        "https://www.lesepaten-laichingen.example/post/herbst-2025",
        "Lesepaten-Post Herbst 2025: neues Schuljahr, neue Patinnen",
    ),
    features="a reading mentors' circle's newsletter from Laichingen on the Swabian Alb in HTML, "
        "windows-1252 with raw `„“`, umlauts, `·` and `–`, no meta date (sidecar, Monday), a "
        "cookie strip about the volunteers' rota, a script, navigation, a footer with a postcode "
        "and a phone number; `<title>` and headline without a figure; mentors, children, books "
        "and a donation first; a primary-school teacher from Nizhyn relaying her husband, a "
        "radio operator near Sumy ('Am Freitag habe er ihr geschrieben, …, erzählt Tetjana') "
        "`mehrere Dutzend` gunners across the border (vague, other, from Friday to publication); "
        "a retired nurse from Gwangju 'glaubt' `10.000` 'zusätzliche' by Christmas (increment, "
        "planned, other, `pub`); the NIS 'Anfang des Monats' `etwa 2.000` fallen and, carried "
        "by Konjunktiv, `6.000` 'weiteren' engineers and builders (increment, planned, days "
        "1-10); 'Berichten zufolge' `über 1.000` deminers in Kursk (unattributed, required, "
        "`pub`); the Kursk governor 'lobte am Samstag' the `Hunderten` Korean sappers (vague, "
        "russia, near the front); 'Ein Pentagon-Sprecher sagte vergangene Woche' `knapp 10.000` "
        "still in Russia; mentors, children, minutes, books, euros, hours, ages, years, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Lesepaten-Post Herbst 2025 – Lesepaten Laichingen</title>
<link rel="stylesheet" href="/css/lesepaten.css">
<script>var lesepaten = {schuljahr: "2025/26", schulen: 3, dienstplan: true};</script>
</head>
<body>
<div class="cookie-leiste">Damit der Dienstplan Ihren Lesetag behält, setzen wir ein Cookie. \
<a href="#">In Ordnung</a></div>
<nav><a href="/">Lesepaten</a> | <a href="/schulen">Unsere Schulen</a> | <a href="/kiste">\
Bücherkiste</a> | <a href="/post">Lesepaten-Post</a></nav>
<article>
<h1>Ein neues Schuljahr auf der Alb</h1>
<p>Liebe Lesepatinnen und Lesepaten,</p>
<p>das Schuljahr hat begonnen, und an den Grundschulen in Laichingen, Feldstetten und \
Machtolsheim lesen ab dieser Woche wieder 29 Patinnen und Paten mit 146 Kindern, jeweils 45 \
Minuten pro Woche. Die Bücherkiste ist dank einer Spende von 1.200 Euro auf 640 Bände \
gewachsen. Wer neu dazukommt, besucht zuerst unseren Einführungsabend, der zwei Stunden \
dauert.</p>
<p>Eine der neuen Patinnen ist Tetjana Krawez, 36, Grundschullehrerin aus Nischyn, die mit \
ihren zwei Söhnen seit 2022 in Laichingen lebt und inzwischen selbst Deutsch unterrichtet. Ihr \
Mann ist Funker in einer Brigade bei Sumy. Am Freitag habe er ihr geschrieben, drüben hätten \
[[mehrere Dutzend]] nordkoreanische Artilleristen neue Stellungen bezogen, erzählt Tetjana.</p>
<p>Schon seit vielen Jahren dabei ist Song Mi-rae, 69, die 1977 als Krankenschwester aus Gwangju \
nach Ulm kam und bis zur Rente in der Kinderklinik gearbeitet hat. Sie glaubt, dass Pjöngjang \
bis Weihnachten noch [[10.000]] zusätzliche Soldaten nachschickt. „Die Mütter dort erfahren \
gar nichts“, sagt sie.</p>
<p>Was aus Seoul und Moskau zu hören ist: Anfang des Monats meldete der südkoreanische \
Geheimdienst, [[etwa 2.000]] Nordkoreaner seien bisher gefallen. Pjöngjang bereite zudem die \
Entsendung von [[6.000]] weiteren Pionieren und Bauarbeitern vor. Berichten zufolge arbeiten \
[[über 1.000]] Minenräumer aus dem Norden im Gebiet Kursk. Der Gouverneur von Kursk lobte am \
Samstag die [[Hunderten]] koreanischen Pioniere, die dort Brücken und Straßen instand setzten. \
Ein Pentagon-Sprecher sagte vergangene Woche, [[knapp 10.000]] Nordkoreaner seien noch in \
Russland.</p>
<h2>Termine</h2>
<ul><li>Einführungsabend für neue Patinnen und Paten: Dienstag, 7. Oktober, 19 Uhr, \
Stadtbücherei</li><li>Bundesweiter Vorlesetag: Freitag, 21. November, in allen drei \
Schulen</li></ul>
</article>
<footer>Lesepaten Laichingen · c/o Stadtbücherei · 89150 Laichingen · Tel. 07333 95 41 86 · \
<a href="/impressum">Impressum</a></footer>
<script src="/js/dienstplan.js"></script>
</body>
</html>
""",
    claims=(
        C("mehrere Dutzend", None, "vague", "near_front", "other", "fri..pub",
          "a teacher from Nizhyn relaying her husband, a radio operator near Sumy ('Am Freitag "
          "habe er ihr geschrieben, …, erzählt Tetjana'; the speaker quoted: other): took up new "
          "positions across the border (from Friday to publication)"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a retired nurse from Gwangju, 'Sie glaubt' (undated): 'zusätzliche' to be sent by "
          "Christmas (increment, planned)", add=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'Anfang des Monats meldete' (days 1-10): fallen so far"),
        C("6.000", 6000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "carried by Konjunktiv ('Pjöngjang bereite zudem …', the same report): 'weiteren' "
          "engineers and builders being prepared (increment, planned)", add=True),
        C("über 1.000", 1000, "at_least", "near_front", "unattributed", "pub",
          "'Berichten zufolge' (no source, undated: unattributed, required): deminers at work in "
          "the Kursk region"),
        C("Hunderten", None, "vague", "near_front", "russia", "sat",
          "the Kursk governor 'lobte am Samstag' (13 September): Korean sappers repairing "
          "bridges and roads there"),
        C("knapp 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "'Ein Pentagon-Sprecher sagte vergangene Woche': still in Russia ('knapp' as approx)"),
    ),
)

S06 = Source(
    article_id="v148_06_backhausbrief_merzhausen_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-11-05"),
    dated_by="sidecar",
    sidecar=(
        "Backhausverein Merzhausen (Schwalm)",
        "https://www.backhaus-merzhausen.example/briefe/herbst-2025",
        "Backhausbrief Herbst 2025",
    ),
    features="a village bakehouse association's letter from Merzhausen in the Schwalm (northern "
        "Hesse) in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, "
        "Wednesday) and a title without a figure; loaves, onion-cake trays, firewood and prices "
        "first; a grandmother from Poltava relaying her son-in-law, a sapper near Kharkiv "
        "('Gestern Abend habe er angerufen, erzählt sie') `ein paar hundert` digging trenches "
        "across the border (vague, other, from yesterday to publication); a baker's apprentice "
        "from Kassel 'schätzt … auf' `mindestens 3.000` killed (at_least, casualties, other, "
        "`pub`); 'Nach Angaben des … NIS vom Dienstag' `gut 10.000` at the border and "
        "'Daneben' `5.000` builders on their way (a separate group: not an increment); the "
        "Ukrainian military intelligence 'spricht von' `bis zu 2.500` fallen (at_most, `pub`); "
        "North Korean television 'vergangene Woche' a memorial for `mehrere hundert` fallen; "
        "'Laut Nato' `rund 14.000` served in Russia (`pub`); loaves, trays, hours, cubic "
        "metres, euros, ages, years, dates, a phone number",
    text="""\
---
title: "Backhausbrief Herbst 2025"
verein: Backhausverein Merzhausen
---

# Zwiebelkuchen, Buchenholz und Nachrichten von weit her

Liebe Mitglieder,

am Kirmessamstag hat unser Backhaus 160 Brote und 48 Bleche Zwiebelkuchen hergegeben; der Ofen \
brauchte dafür drei Stunden Anheizen und gut zwei Raummeter Buchenholz. Das Blech kostete wie \
im Vorjahr 4 Euro, und bis zum Abend war kein Krümel mehr übrig. Für das nächste Jahr suchen wir \
zwei Leute, die sich um das Anfeuern kümmern.

Am Teigtisch stand diesmal auch Walentyna Lyssenko, 58, aus Poltawa, die seit zwei Jahren bei \
ihrer Tochter in Willingshausen wohnt. Ihr Schwiegersohn ist Pionier im Gebiet Charkiw. Gestern \
Abend habe er angerufen, erzählt sie: Jenseits der Grenze hätten [[ein paar hundert]] \
Nordkoreaner neue Gräben ausgehoben.

Jana Yi, 27, Tochter koreanischer Eltern aus Kassel und angehende Bäckermeisterin, hat uns den \
Sauerteig gerettet. Sie schätzt die Zahl der getöteten Nordkoreaner auf [[mindestens 3.000]].

## Die Lage

Nach Angaben des südkoreanischen Geheimdienstes NIS vom Dienstag stehen [[gut 10.000]] \
Nordkoreaner an der Grenze zur Ukraine. Daneben seien [[5.000]] Militärbauarbeiter auf dem Weg \
nach Russland. Der ukrainische Militärgeheimdienst spricht von [[bis zu 2.500]] Gefallenen. Das \
nordkoreanische Fernsehen zeigte vergangene Woche eine Gedenkfeier für [[mehrere hundert]] \
Tote. Laut Nato haben seit dem Herbst 2024 [[rund 14.000]] Nordkoreaner in Russland gedient.

## Termine

- Backtag: Samstag, 29. November, ab 7 Uhr
- Holzmachen im Gemeindewald: Samstag, 13. Dezember
- Ofenwart Heinrich Schäfer, Tel. 06691 72 39 04
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "yday..pub",
          "a grandmother from Poltava relaying her son-in-law, a sapper near Kharkiv ('Gestern "
          "Abend habe er angerufen, erzählt sie'; the speaker quoted: other): dug new trenches "
          "across the border (from yesterday to publication)"),
        C("mindestens 3.000", 3000, "at_least", "casualties", "other", "pub",
          "a baker's apprentice from Kassel, 'Sie schätzt … auf' (undated): killed"),
        C("gut 10.000", 10000, "at_least", "near_front", "south_korea", "tue",
          "'Nach Angaben des südkoreanischen Geheimdienstes NIS vom Dienstag' (4 November): at "
          "the border with Ukraine ('gut' as at_least)"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same statement, Konjunktiv: 'Daneben' builders on their way to Russia (a separate "
          "group, transported: in Russia, not an increment)"),
        C("bis zu 2.500", 2500, "at_most", "casualties", "ukraine", "pub",
          "the Ukrainian military intelligence 'spricht von' (undated): fallen"),
        C("mehrere hundert", None, "vague", "casualties", "north_korea", "lastweek",
          "North Korean television 'zeigte vergangene Woche': a memorial ceremony for the dead"),
        C("rund 14.000", 14000, "approx", "in_russia", "nato", "pub",
          "'Laut Nato' (undated): have served in Russia since autumn 2024"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Yanji, Madeira, Anegada, Bethel, Bocas del Toro, Tory Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v148_07_northeast_wire_yanji",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-02-19"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Yanji on China's border with North Korea as plain "
        "text, UTF-8 with CRLF, slug line, byline and dateline 'YANJI, China, February 19, 2025 "
        "(Northeast Asia Wire) –' (Wednesday); the Korean-Chinese traders of the covered market; "
        "the headline's `4,000` from the NIS briefing of Tuesday (Tuesday to publication, hedge "
        "dropped); `some 4,000` casualties with the claimant after the figure ('…, South Korea's "
        "National Intelligence Service said in a briefing to lawmakers on Tuesday') and, carried "
        "by 'The agency said', `about 300` of them dead (a breakdown); 'Ukrainian officials put "
        "the number … at' `around 11,000` (`pub`); 'A Pentagon official said last Thursday' "
        "`close to 11,000`; a dried-fish seller relaying traders back from Rason `several "
        "hundred` wounded brought home (vague, casualties, other, `pub`); a retired lecturer "
        "'expects' `thousands` 'more' once the ground thaws (vague, increment, planned, other, "
        "`pub`); the city's population and per cent, kilometres, yuan, stalls, Russia's losses, "
        "ages, years, a newsdesk phone number",
    text="""\
NKOREA-RUSSIA/BORDER-MARKET (FEATURE)

N. Korea's Kursk losses reach [[4,000]], Seoul says; in Yanji, traders hear of trains of wounded

By Grace Liu

YANJI, China, February 19, 2025 (Northeast Asia Wire) – In the covered market of this Chinese \
border city, where shop signs are written in both Chinese and Korean, the war in Ukraine arrives \
as rumour: a remark from a cousin on the phone, a lorry driver's story from the crossing at \
Tumen.

North Korean troops fighting for Russia have suffered [[some 4,000]] casualties since December, \
South Korea's National Intelligence Service said in a briefing to lawmakers on Tuesday. The \
agency said [[about 300]] of them had died, and that the units had not been seen in combat since \
mid-January, possibly after being pulled back to regroup.

Ukrainian officials put the number of North Koreans still in Russia at [[around 11,000]]. A \
Pentagon official said last Thursday that [[close to 11,000]] remained, most of them in the \
Kursk region. China's foreign ministry has repeatedly said it is not aware of the situation.

Yanji is home to about 660,000 people, roughly a third of them ethnic Koreans, and the crossing \
at Tumen lies some 60 kilometres to the east. The market has about 1,300 stalls.

Jin Meihua, 54, who sells dried pollack and seaweed near the market's main entrance, said \
traders who travel to the Rason trade zone had told her that [[several hundred]] wounded \
soldiers were brought home by train this winter. "Nobody over there says it out loud," she said. \
A kilo of her best pollack costs 95 yuan.

Park Dong-chul, 71, a retired lecturer in Korean literature who drinks his morning tea at a \
neighbouring stall, expects Pyongyang to send [[thousands]] more once the ground thaws. "Moscow \
pays, and the North needs the money," he said.

Kyiv says Russia has lost more than 850,000 soldiers killed or wounded since February 2022. The \
Yanbian Korean Autonomous Prefecture, of which Yanji is the capital, was founded in 1952.

(Reporting by Grace Liu; editing by Martin Hale. Newsdesk: +852 2841 5570)
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "south_korea", "tue..pub",
          "wire headline: the NIS figure of Tuesday ('some 4,000' in the body), from Tuesday 18 "
          "February to the Wednesday of publication, hedge dropped"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "the claimant after the figure, '…, South Korea's National Intelligence Service said "
          "in a briefing to lawmakers on Tuesday' (18 February): casualties since December"),
        C("about 300", 300, "approx", "casualties", "south_korea", "tue",
          "carried by 'The agency said' (the same briefing): 'of them had died' (a breakdown, "
          "not an increment)"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'Ukrainian officials put the number of North Koreans still in Russia at' (undated)"),
        C("close to 11,000", 11000, "approx", "in_russia", "united_states", "thu",
          "'A Pentagon official said last Thursday' (13 February, the latest Thursday): remained "
          "in Russia ('close to' as approx)"),
        C("several hundred", None, "vague", "casualties", "other", "pub",
          "a dried-fish seller relaying traders back from Rason ('said … had told her', "
          "undated; the speaker quoted: other): wounded brought home by train"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a retired lecturer, 'expects' (undated): 'more' to be sent once the ground thaws "
          "(increment, planned)", add=True),
    ),
)

S08 = Source(
    article_id="v148_08_island_life_funchal_courier_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-12-13"),
    dated_by="html_meta",
    features="an English-language expat weekly's island-life page from Funchal (Madeira) in HTML, "
        "ISO-8859-1 with quotes, dashes and the euro sign only as entities (`&ldquo;`, "
        "`&rdquo;`, `&rsquo;`, `&ndash;`, `&euro;`) and raw `ã`, `ç`, `°`, `<meta name=\"date\">` "
        "(Friday), a cookie note about the tide tables, a script, navigation, a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; the walking "
        "group, kilometres and dues first; a hotel receptionist from Zaporizhzhia relaying her "
        "cousin, a tank driver in Kursk ('On Tuesday he told her by phone') `dozens` advancing "
        "(vague, other, from Tuesday to publication); a retired surgeon from Daegu 'reckons' "
        "`upwards of 12,000` (at_least, other, `pub`); a Pentagon spokeswoman 'on Monday' `about "
        "10,000` in Kursk; Ukraine's military intelligence 'at the weekend' `some 200` killed or "
        "wounded (Saturday-Sunday); 'Yesterday NATO's secretary general' `over 10,000` sent "
        "(`yday`); the NIS 'in November' `more than 11,000` near the front and, carried by 'and "
        "warned', `thousands` 'more' (vague, increment, planned, the month); Portugal's armed "
        "forces, Russia's losses a day, walkers, kilometres, tunnels, euros, degrees, ages, "
        "years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2024-12-13">
<title>Island Life &ndash; The Funchal Atlantic Courier</title>
<script>var courier = {section: "island-life", edition: 311, tides: true};</script>
</head>
<body>
<div class="cookies">We keep a single cookie so the tide and ferry tables open where you left \
them. <a href="#">Understood</a></div>
<nav><a href="/">Courier</a> &middot; <a href="/news">News</a> &middot; <a href="/island-life">\
Island Life</a> &middot; <a href="/classifieds">Classifieds</a></nav>
<main>
<h1>Christmas on the levadas, and a war that follows us here</h1>
<p>The Saturday walking group of our English-speaking community closed its year last weekend on \
the Levada do Caldeirão Verde: 27 walkers, 13 kilometres, four tunnels and one lost hat. Since \
January the group has covered 410 kilometres of levada paths, and membership stays at &euro;15 a \
year. It was 19 °C at the start and raining at the end, which on Madeira counts as a fine \
day.</p>
<p>Among the newer faces is Olena Savchuk, 33, a receptionist at a hotel in the Lido area who came \
from Zaporizhzhia in 2022. Her cousin drives a tank in the Kursk region. On Tuesday he told her by \
phone that [[dozens]] of North Koreans had advanced across open fields towards his company, \
&ldquo;as if nobody had told them about drones&rdquo;.</p>
<p>Dr. Chung Jae-won, 72, a retired surgeon from Daegu who has wintered in Caniço for a decade, \
follows the reports from home closely. He reckons [[upwards of 12,000]] of the North&rsquo;s \
soldiers are in Russia by now.</p>
<p>The official figures this week and last: a Pentagon spokeswoman said on Monday that North \
Korean units had entered combat and put their number in the Kursk region at [[about 10,000]]. \
Ukraine&rsquo;s military intelligence reported at the weekend that [[some 200]] had been killed \
or wounded in the first clashes. Yesterday NATO&rsquo;s secretary general told an audience in \
Brussels that Pyongyang had sent [[over 10,000]] troops to Russia. South Korea&rsquo;s spy \
agency had told lawmakers in November that [[more than 11,000]] were already near the front, \
and warned that the North could follow them with [[thousands]] more.</p>
<p>For comparison, Portugal&rsquo;s armed forces number about 24,000 in all, and Russia, by \
British estimates, has been losing more than 1,500 soldiers a day this autumn.</p>
<p>The walking group meets again on Saturday 11 January at 9.30 at the Monte cable car station. \
Bring water, a torch and a spare hat.</p>
</main>
<footer>The Funchal Atlantic Courier &middot; Rua da Carreira 41 &middot; 9000-042 Funchal \
&middot; +351 291 745 238 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/tides.js"></script>
</body>
</html>
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "tue..pub",
          "a hotel receptionist from Zaporizhzhia relaying her cousin, a tank driver in the "
          "Kursk region ('On Tuesday he told her by phone'; the speaker quoted: other): "
          "advanced towards his company (from Tuesday to publication)"),
        C("upwards of 12,000", 12000, "at_least", "in_russia", "other", "pub",
          "a retired surgeon from Daegu, 'He reckons' (undated): in Russia ('upwards of' as "
          "at_least)"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'a Pentagon spokeswoman said on Monday … and put their number in the Kursk region at' "
          "(9 December)"),
        C("some 200", 200, "approx", "casualties", "ukraine", "sat..sun",
          "Ukraine's military intelligence 'reported at the weekend' (7-8 December): killed or "
          "wounded in the first clashes"),
        C("over 10,000", 10000, "at_least", "in_russia", "nato", "yday",
          "'Yesterday NATO's secretary general told an audience in Brussels' (12 December): sent "
          "to Russia"),
        C("more than 11,000", 11000, "at_least", "near_front", "south_korea",
          "2024-11-01..2024-11-30",
          "the NIS 'had told lawmakers in November' (the month): already near the front"),
        C("thousands", None, "vague", "planned", "south_korea", "2024-11-01..2024-11-30",
          "same briefing, carried by 'and warned': could follow with 'more' (increment, "
          "planned)", add=True),
    ),
)

S09 = Source(
    article_id="v148_09_mound_notes_anegada_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-10-22"),
    dated_by="front_matter",
    features="a conch-mound heritage group's notes from Anegada (British Virgin Islands) in "
        "Markdown, UTF-8 with curly quotes, front matter with `date:` (Wednesday) and a title "
        "repeating the headline (optional); mornings on the mounds, the mound's height, the "
        "shells' age and dues first; a dental hygienist whose grandfather fled Hamhung 'figures' "
        "`5,000` 'more' before the year is out (increment, planned, other, `pub`); a skipper's "
        "mate from Odesa relaying his brother, a sapper north of Kharkiv ('On Thursday, Vasyl "
        "told us, his brother wrote') `a handful` of drone teams (vague, other, from Thursday to "
        "publication); the headline's `2,000` dead from the NIS briefing of Monday (to "
        "publication); the NIS 'briefing lawmakers on Monday, put … at' `roughly 2,000` dead and "
        "'said' `some 10,000` in the Kursk border area; 'The US figure, given by a senior "
        "official at the weekend, was' `no more than 11,000` (at_most, Saturday-Sunday); Russian "
        "state television 'earlier this month' `several thousand` builders arrived in Kursk "
        "(russia, near the front, the 1st to publication); flamingos, metres, years, shells, "
        "pupils, dollars, ages, a date, a phone number",
    text="""\
---
title: "Mound notes: shells, flamingos and Seoul’s [[2,000]] dead"
date: 2025-10-22
group: Anegada Conch Mound Heritage Group
---

# Shells, flamingos and Seoul’s [[2,000]] dead

Dear members and friends,

Our volunteers spent nine mornings in September on the conch mounds at the east end, measuring, \
photographing and keeping the goats off. The tallest mound now stands 4.2 metres high, and the \
oldest shells we have had dated from it go back some 400 years. Fishermen still add around 1,500 \
empty shells a month. Membership remains $20 a year, and the island’s school sent 14 pupils to \
help with the tape measures.

## Who was out there

Esther Moon, 52, a dental hygienist from Atlanta whose grandfather fled Hamhung in 1950, has \
joined us for a third winter. She reads the news from Korea every morning over coffee in The \
Settlement, and she figures [[5,000]] more North Koreans will be sent before the year is out.

Our boat skipper’s mate, Vasyl Petrenko, 29, from Odesa, keeps in touch with his brother, a \
sapper north of Kharkiv. On Thursday, Vasyl told us, his brother wrote that [[a handful]] of \
North Korean drone teams had been spotted across the border.

## The news from far away

South Korea’s intelligence service, briefing lawmakers on Monday, put North Korean deaths at \
[[roughly 2,000]] and said [[some 10,000]] soldiers remained in the Kursk border area. The US \
figure, given by a senior official at the weekend, was [[no more than 11,000]] in Russia. \
Russian state television reported earlier this month that [[several thousand]] Korean builders \
had arrived in Kursk.

Closer to home, the flamingos on the salt pond numbered 287 at the last count, the most since \
2010.

- Next mound morning: Saturday, November 8, 7 am, at the end of the east road.
- Contact: (284) 495-8817
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "front-matter title repeating the headline (metadata)", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul's 2,000 dead': the NIS figure of Monday ('roughly 2,000' in the "
          "body), from Monday 20 October to publication, hedge dropped"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "a dental hygienist whose grandfather fled Hamhung, 'she figures' (undated): 'more' to "
          "be sent before the year is out (increment, planned)", add=True),
        C("a handful", None, "vague", "near_front", "other", "thu..pub",
          "a skipper's mate from Odesa relaying his brother, a sapper north of Kharkiv ('On "
          "Thursday, Vasyl told us, his brother wrote'; the speaker quoted: other): drone teams "
          "across the border (from Thursday to publication)"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "the NIS 'briefing lawmakers on Monday, put North Korean deaths at' (20 October)"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "mon",
          "same briefing, 'and said': remained in the Kursk border area"),
        C("no more than 11,000", 11000, "at_most", "in_russia", "united_states", "sat..sun",
          "'The US figure, given by a senior official at the weekend, was' (18-19 October): in "
          "Russia ('no more than' as at_most)"),
        C("several thousand", None, "vague", "near_front", "russia", "2025-10-01..pub",
          "Russian state television 'reported earlier this month' (the 1st to publication): "
          "builders arrived in Kursk"),
    ),
)

S10 = Source(
    article_id="v148_10_letters_kuskokwim_ledger_bethel",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-27"),
    dated_by="sidecar",
    sidecar=(
        "Kuskokwim Ledger",
        "https://www.kuskokwim-ledger.example/opinion/letters/2025-03-27",
        "Letters: a brother in the trenches, and who is counting",
    ),
    features="a readers' letters page from a Bethel weekly (Kuskokwim, Alaska) as plain text, "
        "UTF-16 LE with BOM (sidecar, Thursday); a hospital nurse from Poltava relaying her "
        "brother, a sapper in Kursk ('On Sunday he wrote') `dozens` through the pines (vague, "
        "other, from Sunday to publication); a reader answering the paper's own front page 'of "
        "March 20' `11,000` (unattributed, required, that day) and the joint chiefs 'this week' "
        "`about 3,000` 'more' (increment) and, carried by 'and put', `4,700` casualties (Monday "
        "to publication); a Korean-American reader relaying her father, a retired colonel "
        "('believes') `as many as 5,000` killed or wounded (at_most, casualties, other, `pub`) "
        "and ('He expects') 'a further' `3,000` (increment, planned); a letter on fuel prices and "
        "the barge without a claim; dollars, gallons, villages, years",
    text="""\
KUSKOKWIM LEDGER – LETTERS TO THE EDITOR

A brother in the trenches

Editor, I have been a nurse at the hospital here for six years. My brother Dmytro is a sapper \
with a brigade in the Kursk region. On Sunday he wrote that [[dozens]] of North Koreans had come \
through the pines toward his trench before dawn. He is alive. Thank you to everyone at church \
who asks after him.
Halyna Kuzmenko, Bethel

Who is counting?

Editor, your front page of March 20 said [[11,000]] North Koreans were in Russia but gave no \
source. South Korea's Joint Chiefs of Staff said this week that Pyongyang had sent [[about \
3,000]] more in January and February, and put North Korean casualties at [[4,700]]. Readers \
deserve to know who is doing the counting.
Walter Nicolai, Bethel

My father's view

Editor, my father in Incheon, a retired army colonel, believes [[as many as 5,000]] North \
Korean soldiers have been killed or wounded. He expects Pyongyang to send a further [[3,000]] \
before summer. He says the families are told their sons are abroad building roads.
Sarah Oh, Bethel

Fuel before breakup

Editor, heating fuel in the villages upriver costs $9.40 a gallon this month, and the first \
barge will not arrive before June. Seventeen villages are waiting, some of them with fewer than \
200 people and a single store. In 1998 we were promised a better plan, and in 2012 another one. \
I would settle for a barge schedule that is printed before the ice goes out, and for a price \
that does not double between Bethel and the next village up the river.
Joseph Andrew, Akiachak
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "sun..pub",
          "a nurse from Poltava relaying her brother, a sapper in the Kursk region ('On Sunday "
          "he wrote'; the letter writer quoted: other): came toward his trench (from Sunday to "
          "publication)"),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "2025-03-20",
          "the weekly's own front page 'of March 20', as cited by a reader (no source: "
          "unattributed, required, that day): in Russia"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon..pub",
          "the South Korean joint chiefs 'said this week' (Monday to publication): 'more' sent "
          "in January and February (increment)", add=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "same statement, carried by 'and put North Korean casualties at'"),
        C("as many as 5,000", 5000, "at_most", "casualties", "other", "pub",
          "a reader relaying her father, a retired colonel in Incheon ('believes', undated; the "
          "letter writer quoted: other): killed or wounded ('as many as' as at_most)"),
        C("3,000", 3000, "exact", "planned", "other", "pub",
          "same father, 'He expects … to send a further' (undated): before summer (increment, "
          "span without 'a further'; planned)", add=True),
    ),
)

S11 = Source(
    article_id="v148_11_sloth_rescue_letter_bocas_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-07"),
    dated_by="sidecar",
    sidecar=(
        "Isla Colón Sloth Rescue",
        "https://www.islacolon-sloth-rescue.example/letters/2025-08",
        "Supporters' letter, August: rainy season, full nursery",
    ),
    features="a sloth rescue's supporters' letter from Bocas del Toro (Panama) in HTML, UTF-8 "
        "with BOM, no meta date (sidecar, Thursday), a cookie strip about adoptions, a script, "
        "navigation, entities (`&rsquo;`, `&ndash;`, `&middot;`), a footer with a phone number; "
        "`<title>` and headline without a figure; sloths in care, releases, power-line burns and "
        "fees first; a vet from Bila Tserkva relaying her husband, a mortar commander near Sumy "
        "('Last week, she says, he told her') `a few hundred` relieving Russian units (vague, "
        "other, `lastweek`); a biology graduate from Jeju 'By his count' `15,000 to 20,000` "
        "(range, other, `pub`); Ukraine's military intelligence 'in a statement on Monday, said' "
        "`up to 30,000` 'more' (at_most, increment, planned); North Korea's news agency 'said on "
        "Saturday' 'a second group of' `about 1,000` engineers arrived in Kursk (north_korea, "
        "near the front, increment); the NIS 'estimated in late July' `nearly 2,000` killed (days "
        "21-31); 'A NATO official, speaking on condition of anonymity, put the number … at' "
        "`11,000` (`pub`); Russia's ambassador 'this week' `thousands` 'more' builders (vague, "
        "increment, planned, Monday to publication); sloths, months, patients, dollars, ages, "
        "years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Supporters&rsquo; letter &ndash; Isla Colón Sloth Rescue</title>
<script>window.rescue = {letter: "2025-08", adoptions: true, nursery: "full"};</script>
</head>
<body>
<div id="cookie-strip">One cookie remembers which sloth you adopted, nothing else. \
<button>Got it</button></div>
<nav><a href="/">Rescue</a> | <a href="/adopt">Adopt a sloth</a> | <a href="/visit">Visit</a> | \
<a href="/letters">Letters</a></nav>
<article>
<h1>Rainy season, full nursery</h1>
<p>The rains came early to Bocas del Toro this year, and so did the babies. Our nursery now \
holds 23 sloths, nine of them orphans under six months old, and in July we released seven adults \
back into the mangroves north of town. Power lines remain the main danger: 31 of this \
year&rsquo;s patients came to us burned. A visit costs US$12, an adoption $40 a year.</p>
<p>Our volunteer vet this summer, Dr. Marta Oliinyk, 39, from Bila Tserkva, feeds the youngest \
ones through the night. Her husband commands a mortar crew in the Sumy region. Last week, she \
says, he told her that [[a few hundred]] North Korean soldiers had relieved Russian units \
opposite his brigade.</p>
<p>Jeong Min-ho, 26, a biology graduate from Jeju who is spending a year with us studying \
three-toed sloths, keeps an eye on the news from home. By his count, [[15,000 to 20,000]] North \
Koreans have served in Russia since last autumn.</p>
<p>The latest reports: Ukraine&rsquo;s military intelligence agency, in a statement on Monday, \
said the North was getting [[up to 30,000]] more troops ready. North Korea&rsquo;s official news \
agency said on Saturday that a second group of [[about 1,000]] military engineers had arrived in \
the Kursk region. Seoul&rsquo;s spy agency estimated in late July that [[nearly 2,000]] North \
Koreans had been killed. A NATO official, speaking on condition of anonymity, put the number \
still in Russia at [[11,000]]. Russia&rsquo;s ambassador in Pyongyang told Russian television \
this week that [[thousands]] more Korean builders would come.</p>
</article>
<footer>Isla Colón Sloth Rescue &middot; Bocas del Toro, Panama &middot; +507 757 9314 \
&middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/adopt.js"></script>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "lastweek",
          "a vet from Bila Tserkva relaying her husband, a mortar commander near Sumy ('Last "
          "week, she says, he told her'; the speaker quoted: other): relieved Russian units "
          "opposite his brigade"),
        C("15,000 to 20,000", None, "range", "in_russia", "other", "pub",
          "a biology graduate from Jeju, 'By his count' (undated): have served in Russia"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "Ukraine's military intelligence agency, 'in a statement on Monday, said' (4 August): "
          "'more' being got ready (increment, planned)", add=True),
        C("about 1,000", 1000, "approx", "near_front", "north_korea", "sat",
          "North Korea's news agency 'said on Saturday' (2 August): 'a second group of' engineers "
          "arrived in the Kursk region (a new group on top of the first: increment)", add=True),
        C("nearly 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "the NIS 'estimated in late July' (day 21 to the month's end): killed"),
        C("11,000", 11000, "exact", "in_russia", "nato", "pub",
          "'A NATO official, speaking on condition of anonymity, put the number still in Russia "
          "at' (undated)"),
        C("thousands", None, "vague", "planned", "russia", "mon..pub",
          "Russia's ambassador in Pyongyang 'told Russian television this week' (Monday to "
          "publication): 'more' builders would come (increment, planned)", add=True),
    ),
)

S12 = Source(
    article_id="v148_12_club_notes_currach_tory_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Tory Island Currach Club",
        "https://www.tory-currach-club.example/notes/2025-05",
        "Club notes, May: a new boat from the school shed",
    ),
    features="a currach club's notes from Tory Island (Donegal) in Markdown, windows-1252 with "
        "CRLF (curly apostrophes, `€` and `–` raw), front matter with a `date:` that agrees with "
        "the sidecar (Wednesday) and a title without a figure; the new boat, feet, ribs and the "
        "race distance first; a carpenter from Uzhhorod relaying his son, a rifleman near Sumy "
        "('On Friday, Serhiy says, his son sent a voice message') `hundreds` back in the line "
        "(vague, other, from Friday to publication); a linguist from Seoul 'thinks' `closer to "
        "1,500` killed (approx, casualties, other, `pub`); the NIS 'told lawmakers on April 30' "
        "`some 15,000` sent and 'and that' `about 600` killed; Zelensky 'on 10 May' 'another' "
        "`20,000` (increment, planned); sentence-initial `Thousands` on the front with "
        "the claimant after the figure ('…, according to a State Department spokeswoman who "
        "spoke on Thursday'; vague, united_states); 'Some Korean newspapers have put the "
        "total … at' `over 18,000` (unattributed, required, `pub`); the island's population, "
        "feet, ribs, kilometres, euros, ages, years, training times, a phone number",
    text="""\
---
title: "Club notes, May"
date: 2025-05-21
club: Tory Island Currach Club
---

# Club notes, May

The new currach is finished. Three months of evenings in the old school shed have given us a \
25-foot racing boat for three oarsmen, tarred black and light enough for four of us to carry down \
the slip at West Town. She goes into the water for the first time on Saturday week, and the \
first race of the season, the crossing to Magheroarty, 14 kilometres of open sea, is set for \
21 June.

Most of the credit goes to Serhiy Bondar, 45, a carpenter from Uzhhorod who came to the island \
two winters ago and has steamed every one of her 60 ash ribs. His son is a rifleman in the Sumy \
region. On Friday, Serhiy says, his son sent a voice message: [[hundreds]] of North Koreans were \
back in the line opposite his company.

Yoo Se-yeon, 31, a linguist from Seoul who is recording Tory Irish for her doctorate in Galway, \
rows bow in our women’s crew. She thinks the real number of North Koreans killed is [[closer to \
1,500]] than anything Pyongyang would ever admit.

## The news, as far as it reaches us

South Korea’s spy agency told lawmakers on April 30 that [[some 15,000]] North Koreans had been \
sent to Russia so far and that [[about 600]] had been killed. President Zelensky told reporters \
in Kyiv on 10 May that Pyongyang might send another [[20,000]]. [[Thousands]] remained on the \
front, according to a State Department spokeswoman who spoke on Thursday. Some Korean newspapers \
have put the total sent at [[over 18,000]].

## Notes

- Population of the island at the last count: 142. The ferry is €25 return.
- Training: Tuesdays and Thursdays at 7 pm – weather allowing.
- Club secretary: 074 913 5502
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "fri..pub",
          "a carpenter from Uzhhorod relaying his son, a rifleman near Sumy ('On Friday, Serhiy "
          "says, his son sent a voice message'; the speaker quoted: other): back in the line "
          "opposite his company (from Friday to publication)"),
        C("closer to 1,500", 1500, "approx", "casualties", "other", "pub",
          "a linguist from Seoul, 'She thinks' (undated): killed ('closer to' as approx)"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'told lawmakers on April 30': sent to Russia so far"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'and that': killed"),
        C("20,000", 20000, "exact", "planned", "ukraine", "2025-05-10",
          "Zelensky 'told reporters in Kyiv on 10 May': 'another' might be sent (increment, "
          "planned)", add=True),
        C("Thousands", None, "vague", "near_front", "united_states", "thu",
          "sentence-initial, the claimant after the figure ('…, according to a State Department "
          "spokeswoman who spoke on Thursday', 15 May): remained on the front"),
        C("over 18,000", 18000, "at_least", "in_russia", "unattributed", "pub",
          "'Some Korean newspapers have put the total sent at' (unnamed press, undated: "
          "unattributed, required)"),
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
