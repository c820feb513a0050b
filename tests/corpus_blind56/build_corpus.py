"""Build the FIFTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The fifty-eighth corpus for an honest measurement on articles the extractor has never met,
written in session 10 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Wolfsburg
daily, a Havelland radio station's web text, a Paznaun weekly (Austrian conventions), a Zürcher
Weinland paper (Swiss conventions), a glassblowers' association magazine and an Ilmenau student
blog; a Bundaberg daily, an Unst community page, a Louisiana paper near Fort Johnson, a Turku
English-language outlet, a Marquesas cruisers' page and an English-language newsletter from
Burundi. Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled,
in order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind56_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

N01 = Source(
    article_id="b56_01_wolfsburg_pentagon_zehntausend",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Wolfsburger Tageblatt",
        "https://www.wolfsburger-tageblatt.example/welt/pentagon-nordkorea-soldaten-russland-4471.html",
        "Pentagon zählt rund 10.000 Soldaten aus Nordkorea in Russland",
    ),
    features="Wolfsburg daily as plain text (sidecar, Wednesday) with a Ukrainian engineer at "
        "the works and an Ostfalia lecturer; headline 'Pentagon zählt' from Singh 'am Montag' "
        "(Monday to publication); Singh's „einige Tausend“ moved westward (near_front); NIS "
        "'Am Dienstag vergangener Woche' (that ISO date) passed on by lawmakers 'So gaben es "
        "Abgeordnete anschließend … wieder' after two figures; HUR figure with its date in the "
        "next sentence ('Verbreitet hatte die Behörde das am Sonntag'); Rutte „mehreren "
        "tausend“ in Kursk (nato); a lecturer's range 'rechnet damit' (other, `pub`); plant "
        "workforce, refugees, aid transports, tonnes, kilometres, army size",
    text="""\
Pentagon zählt [[rund 10.000]] Soldaten aus Nordkorea in Russland

Washington rechnet mit einem Einsatz gegen die Ukraine binnen Wochen. Im VW-Werk verfolgt eine \
Ingenieurin aus Charkiw jede neue Meldung.

Von Tobias Wendehorst

Wolfsburg/Washington. Die Schätzungen wachsen beinahe täglich. [[Rund 10.000]] nordkoreanische \
Soldaten halten sich nach Erkenntnissen des US-Verteidigungsministeriums mittlerweile in \
Russland auf. Pentagon-Sprecherin Sabrina Singh nannte die Zahl am Montag bei ihrem Briefing in \
Washington. Die Männer würden auf Stützpunkten im russischen Osten gedrillt; ein Teil von ihnen, \
nach Singhs Worten „[[einige Tausend]]“, sei bereits weiter westwärts gebracht worden, in \
Richtung der Grenze zur Ukraine.

Eine Woche zuvor hatten die Angaben noch bescheidener geklungen. Am Dienstag vergangener Woche \
unterrichtete Südkoreas Nachrichtendienst NIS den Geheimdienstausschuss in Seoul hinter \
verschlossenen Türen: [[Etwa 3.000]] Soldaten seien schon in Russland, bis Dezember könnten es \
[[bis zu 10.000]] sein. So gaben es Abgeordnete anschließend vor Reportern wieder.

Kiew geht noch weiter. Nach Darstellung des ukrainischen Militärgeheimdienstes HUR stehen schon \
jetzt [[über 7.000]] Nordkoreaner in den Gebieten Kursk und Brjansk, bewaffnet mit russischen \
Sturmgewehren und Mörsern. Verbreitet hatte die Behörde das am Sonntag über ihren Telegram-Kanal.

Auch die Nato hat die Verlegung inzwischen bestätigt. Generalsekretär Mark Rutte sagte am Montag \
in Brüssel, Einheiten aus Nordkorea seien in die Region Kursk geschickt worden. Die Verbündeten \
gingen dort von „[[mehreren tausend]]“ Mann aus, fügte der Niederländer hinzu. Der Kreml \
schweigt zu allen Zahlen; Sprecher Dmitri Peskow verwies lediglich auf den Beistandsvertrag, den \
beide Länder im Juni geschlossen haben.

„Jeden Morgen schaue ich zuerst aufs Handy“

Für Olena Hrytsenko sind das keine abstrakten Meldungen. Die 34-Jährige kam im Frühjahr 2022 mit \
ihrer Tochter aus Charkiw nach Wolfsburg und arbeitet inzwischen in der Qualitätssicherung des \
Stammwerks, in dem rund 60.000 Menschen beschäftigt sind. Ihre Eltern leben noch immer in der \
Stadt, keine 40 Kilometer von der russischen Grenze entfernt. „Wenn jetzt noch Nordkoreaner \
dazukommen, wird es bei uns nicht ruhiger“, sagt sie.

In Wolfsburg sind nach Angaben der Stadt derzeit gut 1.900 Menschen aus der Ukraine gemeldet. \
Der Verein „Brücke Wolfsburg–Charkiw“ hat seit Kriegsbeginn 14 Hilfstransporte organisiert, \
zuletzt im September mit 22 Tonnen Material.

Henrik Albers, der an der Ostfalia-Hochschule über die Politik Ostasiens lehrt, hält die bisher \
genannten Zahlen für vorsichtig. Er rechnet damit, dass Pjöngjang am Ende [[15.000 bis 20.000]] \
Mann entsenden wird. „Kim bekommt dafür Devisen, Öl und womöglich Raketentechnik. Für ihn ist \
das ein gutes Geschäft“, sagt Albers. Von Kims Armee, einer der größten der Welt, sei das \
ohnehin nur ein kleiner Bruchteil, fügt der Dozent hinzu.
""",
    claims=(
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon zählt': Singh's Monday figure of the lead, in Russia"),
        C("Rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "nach Erkenntnissen des US-Verteidigungsministeriums; Singh named it 'am Montag' "
          "(next sentence)"),
        C("einige Tausend", None, "vague", "near_front", "united_states", "mon",
          "Singh „…“: moved westward toward the Ukrainian border"),
        C("Etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-22",
          "NIS 'Am Dienstag vergangener Woche', passed on by lawmakers (source at paragraph end)"),
        C("bis zu 10.000", 10000, "at_most", "planned", "south_korea", "2024-10-22",
          "same briefing: could be up to 10.000 by December"),
        C("über 7.000", 7000, "at_least", "near_front", "ukraine", "sun",
          "HUR, date in the next sentence ('am Sonntag … verbreitet'): in Kursk and Bryansk"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "mon",
          "Rutte Monday in Brussels, Konjunktiv: allies assume several thousand in Kursk"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Ostfalia lecturer 'rechnet damit' (present tense): will send in the end"),
    ),
)

N02 = Source(
    article_id="b56_02_havelland_radio_verluste_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-27"),
    dated_by="html_meta",
    features="Havelland radio station's web text in HTML, ISO-8859-1 with quotes only as "
        "entities (`&bdquo;`/`&ldquo;`, `&middot;`, `&ndash;`, `&copy;`), "
        "`article:published_time` +01:00 and 'Stand: 27.12.2024', a cookie note about biscuits, "
        "navigation with a speed-camera page; `<title>` figure (optional); h1 'Washington:' from "
        "Kirby 'am Freitag' (the publication day); 'Washington gehe … davon aus' carried "
        "(Friday); NIS 'am 19. Dezember' two figures; SSO 'am Sonntag' „Dutzende“ (vague "
        "casualties); Zelensky 'bereits am Montag'; a Nauen aid association with generators, "
        "euros, a frequency and a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Weißes Haus: [[Über 1.000]] Nordkoreaner getötet oder verwundet | Havelwelle</title>
<meta property="og:site_name" content="Havelwelle 96,4">
<meta property="article:published_time" content="2024-12-27T16:40:00+01:00">
<script>var hw={ressort:"welt",player:"live",ivw:"/news/welt/nordkorea"};</script>
</head>
<body>
<div class="cookie-note">Wir backen hier keine Kekse, wir setzen sie nur: Reichweitenmessung und \
Livestream brauchen ein paar davon. <button>Na gut, her mit den Krümeln</button> <button>Lieber \
krümelfrei</button></div>
<nav><a href="/">Start</a> &middot; <a href="/havelland">Havelland</a> &middot; <a \
href="/welt">Welt</a> &middot; <a href="/blitzer">Blitzer</a> &middot; <a \
href="/playlist">Playlist</a></nav>
<main>
<article>
<h1>Washington: [[Mehr als 1.000]] nordkoreanische Soldaten binnen einer Woche getötet oder \
verletzt</h1>
<p class="stand">Stand: 27.12.2024, 16:40 Uhr</p>
<p><strong>Nordkoreas Einsatz im russischen Gebiet Kursk fordert immer mehr Opfer. Ein Nauener \
Verein schickt derweil Stromerzeuger in die Ukraine.</strong></p>
<p>Allein in den vergangenen sieben Tagen seien [[mehr als 1.000]] Soldaten aus Nordkorea \
getötet oder verwundet worden, sagte John Kirby, Kommunikationsdirektor des Nationalen \
Sicherheitsrats im Weißen Haus, am Freitag. Russische Kommandeure schickten sie in verlustreiche \
Angriffe über offenes Gelände, &bdquo;ohne jede Rücksicht&ldquo;, so Kirby. Washington gehe \
unverändert davon aus, dass [[rund 11.000]] Nordkoreaner im Gebiet Kursk stationiert seien.</p>
<p>Südkoreas Geheimdienst hatte am 19. Dezember vor Abgeordneten in Seoul erstmals Verluste \
genannt: [[Mindestens 100]] Nordkoreaner seien gefallen, [[knapp 1.000]] verwundet. Den Soldaten \
fehle vor allem Erfahrung im Umgang mit Drohnen.</p>
<p>Kiew meldet inzwischen fast täglich Gefechte. Bei Kämpfen um mehrere Dörfer seien am \
Wochenende [[Dutzende]] Nordkoreaner ums Leben gekommen, teilte das Kommando der ukrainischen \
Spezialkräfte am Sonntag mit. Präsident Wolodymyr Selenskyj hatte die Zahl der getöteten und \
verwundeten Nordkoreaner bereits am Montag auf [[über 3.000]] beziffert.</p>
<h2>Generatoren aus Nauen</h2>
<p>Im Havelland sammelt der Verein &bdquo;Nauen hilft&ldquo; seit Oktober Stromerzeuger für \
Familien rund um Sumy, einer Stadt in Sichtweite der Front. 38 Geräte sind bereits unterwegs, \
die Spenden summieren sich auf 12.400 Euro. &bdquo;Wenn der Strom ausfällt, ist es dort bei \
minus zehn Grad nicht auszuhalten&ldquo;, sagt die Vorsitzende Birgit Lehmann (61). Der nächste \
Transport startet am 4. Januar.</p>
</article>
</main>
<footer>&copy; 2024 Havelwelle Radio GmbH, Rathenow &middot; UKW 96,4 MHz &middot; \
Studio-Telefon 03385 51 96 40 &middot; <a href="/impressum">Impressum</a></footer>
<script>document.querySelectorAll(".cookie-note button").forEach(function (b) { b.onclick = \
function () { b.parentNode.remove(); }; });</script>
</body>
</html>
""",
    claims=(
        C("Über 1.000", 1000, "at_least", "casualties", "united_states", "fri",
          "<title> (metadata) restating Kirby's Friday figure", opt=True),
        C("Mehr als 1.000", 1000, "at_least", "casualties", "united_states", "fri",
          "h1 'Washington:': Kirby 'am Freitag' (the publication day), killed or wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "fri",
          "Kirby, source named after the figure, 'am Freitag'"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "fri",
          "'Washington gehe … davon aus' carried from Kirby's Friday statement: in Kursk"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "2024-12-19",
          "NIS 'am 19. Dezember': killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same briefing: wounded (the others of the same count, not an increment)"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "sun",
          "SSO 'teilte … am Sonntag mit' after the figure: killed at the weekend"),
        C("über 3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'bereits am Montag': killed and wounded"),
    ),
)

N03 = Source(
    article_id="b56_03_paznaun_rueckzug_feber",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-13"),
    dated_by="dateline", crlf=True,
    features="Paznaun weekly's world page as plain text, windows-1252 with CRLF, Austrian "
        "conventions ('Jänner', 'Feber', 'heuer', 'Semesterferien'), dateline 'Ischgl/Seoul, "
        "13.02.2025 –'; headline and subtitle without a figure; NIS 'am Mittwoch' in the "
        "sentence after the figure; 'hieß es' Konjunktiv: `an die 4.000` (approx), `300 "
        "davon` (breakdown) and `zudem etwa 1.000 … als Ersatz` (increment); SSO "
        "'Anfang Feber' without a figure; Zelensky interview 'am "
        "Sonntag ausgestrahlt' `3.000 bis 4.000 zusätzliche` (range increment); a US State "
        "Department spokesman 'Anfang Jänner'; a Viennese academy lecturer from See quoted "
        "„mehrere Tausend“ (other, `pub`; 'heuer' is the event); seasonal workers, lift "
        "entries in per cent, donations, phone number",
    text="""\
PAZNAUNER BOTE · Aus aller Welt

Kims Soldaten verschwinden von der Front

Seoul: Nordkoreaner seit Mitte Jänner nicht mehr im Kampf – Kiew rechnet mit Rückkehr

Ischgl/Seoul, 13.02.2025 – Wochenlang haben sie in den verschneiten Wäldern südlich von Sudscha \
angegriffen, jetzt sind sie verschwunden. Die [[rund 11.000]] nordkoreanischen Soldaten, die \
Machthaber Kim Jong Un im Herbst nach Russland geschickt hat, sind seit Mitte Jänner nicht mehr \
an der Front im Gebiet Kursk aufgetaucht. Das teilte der südkoreanische Nachrichtendienst NIS am \
Mittwoch Parlamentariern in Seoul mit.

Grund seien die enormen Verluste, hieß es. Nach Schätzung des Dienstes wurden bisher \
[[an die 4.000]] Nordkoreaner getötet oder verwundet, [[300]] davon seien gefallen. Die \
Einheiten würden nun in Lagern hinter der Front mit neuen Taktiken gegen Drohnen vertraut \
gemacht. Im Jänner seien zudem [[etwa 1.000]] Mann als Ersatz aus Nordkorea nachgerückt.

Die ukrainischen Spezialkräfte hatten schon Anfang Feber gemeldet, im Abschnitt um Sudscha seien \
seit rund drei Wochen keine Nordkoreaner mehr gesichtet worden. Präsident Wolodymyr Selenskyj \
hält den Rückzug jedoch für vorübergehend. In einem am Sonntag ausgestrahlten Fernsehinterview \
warnte er, Pjöngjang könne jederzeit [[3.000 bis 4.000]] zusätzliche Soldaten schicken.

Auch in Washington rechnet niemand mit einem Ende des Engagements. Ein Sprecher des \
US-Außenministeriums hatte Anfang Jänner von [[mehr als 10.000]] Nordkoreanern gesprochen, die \
sich nach wie vor in Russland befänden.

„Heuer sehen wir sie wieder“

Für Anton Walser ist die Sache klar. Der Militärhistoriker aus See, der an der \
Landesverteidigungsakademie in Wien unterrichtet, verbringt die Semesterferien wie jedes Jahr \
daheim im Paznaun. „Heuer werden wir die Nordkoreaner wieder an der Front sehen, vermutlich \
[[mehrere Tausend]] von ihnen, und dann besser vorbereitet“, sagt der 58-Jährige. Russland \
brauche Infanterie, Kim brauche Devisen und Kampferfahrung für seine Armee.

Im Tal selbst ist der Krieg näher, als mancher denkt. Im Paznaun arbeiten diesen Winter rund 90 \
Saisonkräfte aus der Ukraine, die meisten in Ischgl und Galtür. Die Seilbahnen melden bis Ende \
Jänner ein Plus von 4 Prozent bei den Ersteintritten. Die Gemeinde Kappl sammelt noch bis 28. \
Feber für ein Kinderspital in Lwiw; bisher sind 6.350 Euro zusammengekommen. Auskunft gibt das \
Gemeindeamt unter 05445 6222.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' (sentence after the figure): sent to Russia in autumn"),
        C("an die 4.000", 4000, "approx", "casualties", "south_korea", "wed",
          "'hieß es', 'Nach Schätzung des Dienstes': killed or wounded"),
        C("300", 300, "exact", "casualties", "south_korea", "wed",
          "'300 davon seien gefallen': breakdown of the casualties, not an increment"),
        C("etwa 1.000", 1000, "approx", "in_russia", "south_korea", "wed",
          "same briefing, Konjunktiv: 'zudem … als Ersatz nachgerückt' (increment)", add=True),
        C("3.000 bis 4.000", None, "range", "planned", "ukraine", "sun",
          "Zelensky interview 'am Sonntag ausgestrahlt': could send 'zusätzliche'", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-10", "US State Department spokesman 'Anfang Jänner'"),
        C("mehrere Tausend", None, "vague", "near_front", "other", "pub",
          "lecturer from See, quote with 'sagt' (no date); 'Heuer' is the event"),
    ),
)

N04 = Source(
    article_id="b56_04_weinland_seoul_15000_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-02"),
    dated_by="front_matter",
    features="Zürcher Weinland paper in Markdown, UTF-8 with BOM, Swiss conventions (`ss`, «», "
        "`15'000`, `14'000`, 4-digit `4700`/`5000`), front matter with `date:` and a title "
        "without a figure; h1 'Seoul:' from the NIS 'am Mittwoch'; Gerasimov 'am Samstag' and "
        "KCNA 'Am Montag' without a figure; 'Davon seien etwa 4700 … rund 600 von ihnen "
        "tödlich' (breakdown); Ukrinform citing HUR 'am Donnerstag' (ukraine); a US State "
        "Department statement 'vom Dienstag'; a retired career officer and hobby winemaker "
        "'geht davon aus' `nochmals einige tausend` (vague increment, other, `pub`); hectares, "
        "litres, refugees, francs, ages",
    text="""\
---
title: "Seoul legt Zahlen zu Kims Kursk-Einsatz vor"
date: 2025-05-02
ressort: Welt
autorin: Claudia Hauser
---

# Seoul: Nordkorea hat [[15'000]] Soldaten nach Russland geschickt

**Nach Moskau hat nun auch Pjöngjang den Einsatz bei Kursk zugegeben. Südkoreas Geheimdienst \
liefert die Zahlen dazu – ein pensionierter Berufsoffizier aus Stammheim liest sie mit \
gemischten Gefühlen.**

Monatelang hatten Moskau und Pjöngjang geschwiegen, dann ging es schnell. Den Anfang machte am \
Samstag Waleri Gerassimow, Chef des russischen Generalstabs: Nordkoreanische Soldaten hätten bei \
der «Befreiung» des Gebiets Kursk mitgekämpft. Am Montag bestätigte auch die Staatsagentur KCNA \
den Einsatz, angeordnet von Kim Jong Un persönlich. Zahlen nannte keine der beiden Seiten.

Diese lieferte am Mittwoch Südkoreas Nachrichtendienst NIS. Der Norden habe insgesamt \
[[rund 15'000]] Mann nach Russland entsandt, erklärte der Dienst vor dem Geheimdienstausschuss \
des Parlaments in Seoul. Davon seien [[etwa 4700]] getötet oder verwundet worden, [[rund 600]] \
von ihnen tödlich. Ein Mitglied des Ausschusses gab die Einschätzung danach vor den Medien wieder.

Kiew hält diese Werte für zu tief. Der ukrainische Militärgeheimdienst HUR beziffere die \
Verluste der Nordkoreaner auf «[[über 5000]]», meldete die Agentur Ukrinform am Donnerstag unter \
Berufung auf die Behörde. Auch in Washington zirkulieren eigene Zahlen: Das US-Aussenministerium \
hatte in einer Mitteilung vom Dienstag von «[[mehr als 14'000]]» nordkoreanischen Soldaten \
gesprochen, die Russland bisher erhalten habe.

## «Das sind Bauernsöhne»

Urs Keller hat den Kalten Krieg als Berufsoffizier erlebt, heute pflegt der 67-Jährige in \
Stammheim einen halben Hektar Reben. Die Bilder von jungen Nordkoreanern in russischen \
Schützengräben lassen ihn nicht los. «Das sind Bauernsöhne, keine Elitekämpfer, und sie werden \
verheizt», sagt er.

Keller geht davon aus, dass Pjöngjang im Lauf des Jahres nochmals [[einige tausend]] Mann \
schicken wird, «als Ersatz für die Toten und als Gegenleistung für Öl und Technik». Moskau sei \
auf die Infanterie aus Nordkorea angewiesen, solange es die eigenen Verluste nicht ausgleichen \
könne.

Im Weinland leben laut Kanton derzeit 412 Schutzsuchende aus der Ukraine, die Gemeinde \
Andelfingen hat dafür zwei zusätzliche Wohnungen gemietet. Die Winzerinnen und Winzer der Region \
rechnen nach dem milden April mit rund 2,1 Millionen Litern Wein. Für den ukrainischen \
Wiederaufbau hat der Bundesrat bis 2036 total 5 Milliarden Franken reserviert.
""",
    claims=(
        C("15'000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "h1 'Seoul:': the NIS figure of the body (Wednesday) to publication"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' (previous sentence: 'Diese lieferte am Mittwoch'): sent in total"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same statement, Konjunktiv: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'von ihnen tödlich': breakdown of the casualties"),
        C("über 5000", 5000, "at_least", "casualties", "ukraine", "thu",
          "Ukrinform 'am Donnerstag' citing HUR (X citing Y → ukraine)"),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "united_states", "tue",
          "US State Department 'in einer Mitteilung vom Dienstag': received by Russia"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "retired officer 'geht davon aus' (present tense): 'nochmals' (increment)", add=True),
    ),
)

N05 = Source(
    article_id="b56_05_glasblaeser_schoigu_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-06-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Glasbläser-Rundbrief (Verband Thüringer Glasbläser)",
        "https://www.glasblaeser-thueringen.example/rundbrief/2025-3/aus-aller-welt",
        "Aus aller Welt: Schoigu holt Bautrupps aus Pjöngjang",
    ),
    features="glassblowers' association magazine in Markdown, ISO-8859-1 with CRLF (»« quotes, "
        "hyphens, 'Euro' spelt out), front matter without a date (sidecar, Monday) with an "
        "issue number; h1 `6000` = Shoigu's `1.000` + `5.000` (planned, russia), 'am Dienstag "
        "vergangener Woche' (that ISO date); Zelensky 'am Donnerstag' »Tausende« weitere "
        "(vague increment); lawmakers passing on an NIS assessment 'am Freitag' (`rund 11.000` "
        "in the border area, `bis zu 10.000 weitere` increment); a member from Kostiantynivka "
        "with no figure of his own; glassworks staff, inhabitants, 1847, oven temperature, "
        "euros, phone number",
    text="""\
---
titel: "Aus aller Welt: Schoigu holt Bautrupps aus Pjöngjang"
rubrik: Zeitgeschehen
heft: 3/2025
autorin: Dr. Gudrun Heinze
---

# Schoigu kündigt [[6000]] Helfer aus Nordkorea für Kursk an

*Unser Mitglied Serhij Bondar hat 23 Jahre in der Glashütte von Kostjantyniwka gearbeitet. Er \
verfolgt die Nachrichten aus Russland genau.*

Russland holt sich für den Wiederaufbau im Gebiet Kursk Hilfe aus Nordkorea. Sergej Schoigu, der \
als Sekretär den russischen Sicherheitsrat leitet, verkündete am Dienstag vergangener Woche bei \
einem Besuch in Pjöngjang, Machthaber Kim Jong Un werde [[1.000]] Pioniere zum Räumen von Minen \
und [[5.000]] Bausoldaten schicken. Sie sollen zerstörte Brücken, Straßen und Wohnhäuser instand \
setzen.

Nach Schoigus Worten ist das ein Dank für die »brüderliche Hilfe« der nordkoreanischen Kämpfer \
bei der Rückeroberung der Region. Kiew reagierte prompt. Präsident Wolodymyr Selenskyj sagte am \
Donnerstag, mit den Bautrupps kämen »[[Tausende]]« weitere Nordkoreaner nach Russland, »und \
niemand weiß, ob sie am Ende nicht doch Gewehre tragen«.

Auch Seoul ist alarmiert. Nach einer Einschätzung des Nachrichtendienstes NIS, die Abgeordnete \
am Freitag an die Presse weitergaben, sind derzeit [[rund 11.000]] nordkoreanische Soldaten im \
russischen Grenzgebiet zur Ukraine stationiert. Zusätzlich zu den Bautrupps könne Pjöngjang \
[[bis zu 10.000]] weitere Kampftruppen entsenden, womöglich schon im Sommer.

## »Glas gibt es dort nicht mehr«

Serhij Bondar lebt seit 2023 in Lauscha und arbeitet in einer Christbaumschmuck-Manufaktur am \
Ort. In seiner Heimatstadt im Donbas stand einst eines der größten Glaswerke der Sowjetunion, in \
dem zu besten Zeiten mehr als 3.000 Menschen Flaschen, Scheiben und Pressglas herstellten. Heute \
liegt Kostjantyniwka in Reichweite der russischen Artillerie. »Wenn Nordkoreaner Kursk wieder \
aufbauen, kann Russland mehr eigene Leute in den Donbas schicken«, sagt der 51-Jährige.

Lauscha, wo 1847 die ersten gläsernen Christbaumkugeln geblasen worden sein sollen, zählt heute \
gut 3.200 Einwohner. Der Verband hat für die Familie Bondar im vergangenen Jahr 2.400 Euro \
gesammelt. Beim Glasbläsertag am 12. Juli zeigt Bondar an der Lampe, wie in Kostjantyniwka \
gearbeitet wurde; der Ofen der Schauhütte läuft dann bei rund 1.200 Grad. Beginn ist um 10 Uhr, \
der Eintritt kostet 5 Euro, Anmeldung unter 036702 2840.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "h1 'Schoigu kündigt … an': the sum of the 1.000 and 5.000 announced on 17 June"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am Dienstag vergangener Woche' (17 June): deminers to be sent"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders (breakdown of the 6000, no increment)"),
        C("Tausende", None, "vague", "planned", "ukraine", "thu",
          "Zelensky 'am Donnerstag' »…«: 'weitere' would come to Russia", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "fri",
          "lawmakers passing on an NIS assessment 'am Freitag': stationed in the border area"),
        C("bis zu 10.000", 10000, "at_most", "planned", "south_korea", "fri",
          "same assessment: 'weitere Kampftruppen' on top of the builders", add=True),
    ),
)

N06 = Source(
    article_id="b56_06_ilmenau_blog_bausoldaten_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-09"),
    dated_by="sidecar",
    sidecar=(
        "ilmblick – Studierendenblog Ilmenau",
        "",
        "Seoul: 5.000 nordkoreanische Bausoldaten auf dem Weg nach Russland",
    ),
    features="Ilmenau student blog in HTML (WordPress-like, no meta date: sidecar without url, "
        "Sunday; a byline with '9. November 2025'), a cookie note about a basement server, "
        "navigation with a canteen menu, comment count; h1 'Seoul:' from the NIS 'am "
        "Dienstag'; builders on the way (in_russia); 'berichteten Abgeordnete nach der Sitzung' "
        "after the figure; KCNA 'Im September' `neun` fallen heroes (north_korea, number "
        "word); HUR spokesman 'am Mittwoch'; the blog's own reckoning `zwischen 15.000 und "
        "20.000` (unattributed, range, `pub`); students, drones a night, kilometres, age",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ein Jahr nach Kursk: Was Seoul jetzt über Kims Soldaten weiß – ilmblick</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/ilmblick/style.css?ver=2.4.1">
<script src="/wp-includes/js/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="single-post">
<div id="cookie-law">Dieser Blog läuft auf einem Studi-Server im Keller von Haus&nbsp;L. Ein \
paar Cookies verraten uns, wie viele von euch mitlesen. <a class="btn" href="#">Krümel \
erlaubt</a> <a class="btn" href="#">Bleibt mir vom Leib</a></div>
<header><a href="/" class="logo">ilmblick</a> <span>studentisch, unabhängig, aus Ilmenau</span>
<nav><a href="/campus">Campus</a> <a href="/stadt">Stadt</a> <a href="/welt">Welt</a> <a \
href="/mensa">Mensaplan</a></nav></header>
<article class="post">
<h1>Seoul: [[5.000]] nordkoreanische Bausoldaten auf dem Weg nach Russland</h1>
<p class="byline">von Jonas Riemer · Ressort Welt · 9. November 2025</p>
<p>Der südkoreanische Nachrichtendienst NIS hat am Dienstag im Geheimdienstausschuss des \
Parlaments in Seoul neue Zahlen vorgelegt. Demnach verlegt Nordkorea derzeit [[etwa 5.000]] \
Angehörige seiner Baubataillone nach Russland, um im Grenzgebiet Straßen, Brücken und \
Stromleitungen instand zu setzen. Schon jetzt stünden [[rund 10.000]] Mann im Gebiet Kursk an \
der Grenze zur Ukraine, berichteten Abgeordnete nach der Sitzung.</p>
<p>Auch die Verluste hat der Dienst neu geschätzt: [[Etwa 2.000]] Nordkoreaner seien seit Beginn \
des Einsatzes gefallen. Pjöngjang selbst spricht kaum über seine Toten. Im September meldete die \
Staatsagentur KCNA lediglich, Kim Jong Un habe [[neun]] gefallenen Soldaten postum den Titel \
„Held der Republik“ verliehen.</p>
<p>Aus Kiew kommen höhere Zahlen. Die Toten und Verwundeten auf nordkoreanischer Seite \
summierten sich auf [[mehr als 6.000]], sagte ein Sprecher des Militärgeheimdienstes HUR am \
Mittwoch im ukrainischen Fernsehen.</p>
<h2>„Wir reden in der Mensa darüber“</h2>
<p>An der TU Ilmenau studieren rund 4.900 junge Leute, gut 1.500 davon aus dem Ausland. Eine von \
ihnen ist Daryna, 23, Masterstudentin der Medientechnologie aus Sumy. Ihre Heimatstadt liegt \
keine 30 Kilometer von der Grenze entfernt, hinter der die Nordkoreaner stehen. „Meine Oma zählt \
nachts die Drohnen, manchmal 40 oder 50“, erzählt sie.</p>
<h2>Unsere Rechnung</h2>
<p>Wir haben alle seit Oktober 2024 veröffentlichten Angaben aus Seoul, Washington und Kiew \
nebeneinandergelegt. Rechnet man Ablösungen und Nachschub zusammen, waren im Lauf dieses Jahres \
wohl [[zwischen 15.000 und 20.000]] Nordkoreaner in Russland. Offiziell bestätigt hat eine \
solche Gesamtzahl bislang niemand.</p>
</article>
<footer>© 2025 ilmblick e.&nbsp;V. · <a href="/impressum">Impressum</a> · \
redaktion@ilmblick.example · 14 Kommentare</footer>
<script>document.querySelectorAll("#cookie-law .btn").forEach(b => b.addEventListener("click", \
() => document.getElementById("cookie-law").remove()));</script>
</body>
</html>
""",
    claims=(
        C("5.000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "h1 'Seoul:': the NIS Tuesday figure, builders on the way to Russia"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'am Dienstag': being moved to Russia"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "'berichteten Abgeordnete nach der Sitzung' after the figure: at the border in Kursk "
          "('Schon jetzt': already there, not an increment)"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "same assessment, Konjunktiv: killed"),
        C("neun", 9, "exact", "casualties", "north_korea", "2025-09-01..2025-09-30",
          "KCNA 'Im September': nine fallen soldiers made heroes posthumously"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "wed",
          "HUR spokesman 'am Mittwoch', named after the figure: killed and wounded"),
        C("zwischen 15.000 und 20.000", None, "range", "in_russia", "unattributed", "pub",
          "'Unsere Rechnung': the blog's own reckoning of all published figures"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Australia, Shetland, US, Finland, French Polynesia, Burundi)
# ---------------------------------------------------------------------------------------------

N07 = Source(
    article_id="b56_07_bundaberg_prisoners_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar",
    sidecar=(
        "Bundaberg Coastal Herald",
        "https://www.coastalherald.example/news/world/kyiv-holds-two-north-korean-soldiers-8812",
        "Kyiv holds two North Korean soldiers as Seoul tallies 300 dead",
    ),
    features="Bundaberg daily as plain text in UTF-16 LE with BOM (sidecar, Tuesday), with a "
        "Ukrainian-born cane grower near Childers; headline with two figures from two claimants "
        "(Zelensky 'on Saturday', the NIS 'on Monday'); the number word `two`; NIS via "
        "lawmakers ('the lawmakers said, relaying the agency's figures') `About 300` killed and "
        "`2,700` wounded (not an increment); 'The service believes' carried (Monday); a Pentagon "
        "spokesman 'on Thursday' “hundreds”; hectares, nephews, tonnes, per cent, members, "
        "dollars, a helpline number",
    text="""\
Kyiv holds [[two]] North Korean soldiers as Seoul tallies [[300]] dead

Childers cane grower from Ukraine says the capture "shows who Russia really leans on"

By Kirsty McBain

Two wounded North Korean soldiers are in Ukrainian hands, the first taken alive since Pyongyang \
sent troops to fight for Russia, and South Korea's intelligence service has for the first time \
put a detailed figure on their losses.

Ukrainian President Volodymyr Zelensky announced on Saturday that special forces had captured \
the [[two]] men in Russia's Kursk region. He posted photographs of them, one with a bandaged \
jaw, and said they were being questioned by the SBU security service in Kyiv. In a later post he \
said Kyiv would return both to Pyongyang if Moscow freed Ukrainian prisoners of war.

In Seoul, the National Intelligence Service briefed the parliamentary intelligence committee on \
Monday. The agency counts [[about 300]] North Korean dead and [[2,700]] wounded so far, the \
lawmakers said afterwards, relaying what they had been told. The service believes the North has \
[[around 11,000]] soldiers committed to the Kursk front, and that one of the captives, aged 20, \
had told interrogators he thought he was going to a training exercise, not a war.

In Washington, a Pentagon spokesman said on Thursday that the North Korean contingent had \
suffered "[[hundreds]]" of casualties, many of them in infantry assaults across open fields with \
little cover from Ukrainian drones.

For Taras Hnatiuk, the news landed between irrigation shifts. The 47-year-old, who came to \
Bundaberg from Zhytomyr in 2014, grows cane on 160 hectares outside Childers and sends money \
home to two nephews serving near Pokrovsk.

"These boys are 20 years old and they are dying for nothing," he said of the North Koreans. "It \
shows who Russia really leans on when its own people run out."

The district's two sugar mills crushed 1.43 million tonnes of cane last season, down 6 per cent \
on the year before after a wet winter. The Bundaberg Ukrainian Community Association, which has \
about 40 members, will hold a fundraiser at the Moncrieff on February 8, with tickets at $35.

If this story has raised concerns for you, Lifeline is available on 13 11 14.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kyiv holds': Zelensky's Saturday announcement, captured"),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'as Seoul tallies … dead': the NIS Monday figure"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'announced on Saturday': captured"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmakers relaying the NIS (Monday): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same: wounded (the others of the same count, not an increment)"),
        C("around 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "'The service believes' carried from the Monday briefing: at the Kursk front"),
        C("hundreds", None, "vague", "casualties", "united_states", "thu",
          "Pentagon spokesman 'on Thursday' “…”"),
    ),
)

N08 = Source(
    article_id="b56_08_unst_saxa_vord_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-11-08"),
    dated_by="front_matter",
    features="Unst community page in Markdown, windows-1252 (curly quotes, `£`, `–` raw), front "
        "matter with `date:` (Friday) and a `title:` figure (optional); h1 'Zelensky:' from his "
        "nightly address 'on Monday' (date in the next sentence); Blinken 'On 31 October' "
        "(British date) with two figures; Rutte in Budapest 'on Thursday' (nato); Yonhap "
        "quoting South Korean officials 'on Wednesday' `between 10,000 and 12,000` (range); a "
        "retired radar technician speaking at the hall 'on Tuesday evening' (other, Tuesday to "
        "publication); Cold War radar, population, gale, tea price, ferry minutes, date of the "
        "next talk",
    text="""\
---
title: "Zelensky: [[11,000]] North Korean troops now in Kursk"
date: 2024-11-08
section: World & wider
author: Unst Bulletin volunteers
---

# Zelensky: [[11,000]] North Korean troops now in Kursk

*Former Saxa Vord radar man tells Baltasound audience the real figure will climb*

Ukraine’s president, Volodymyr Zelensky, says [[11,000]] soldiers from North Korea have now \
reached Russia’s Kursk region, close to his country’s border. In his nightly video address on \
Monday he accused Ukraine’s partners of “watching and waiting” while the number grew, and said \
the first of them had already come under Ukrainian fire.

Washington’s count is a little lower. On 31 October, Secretary of State Antony Blinken put the \
number of North Koreans in the Kursk area at [[around 8,000]], out of [[about 10,000]] in Russia \
as a whole.

Nato’s new secretary-general, Mark Rutte, went further when European leaders gathered in \
Budapest on Thursday. “[[Well over 10,000]]” North Korean troops had been deployed to Russia, he \
said, calling it a dangerous widening of the war.

South Korean intelligence officials, quoted on Wednesday by the Yonhap news agency, said \
[[between 10,000 and 12,000]] had arrived and that some were already fighting alongside Russian \
marines.

## The view from Saxa Vord

Around 35 people braved a northerly gale on Tuesday evening to hear Magnus Sandison, 71, talk at \
the Baltasound hall about his 22 years at RAF Saxa Vord, the radar station on Unst’s highest \
hill that watched for Soviet bombers through the Cold War.

Asked about the news from Kursk, Mr Sandison said the official figures were “the floor, not the \
ceiling”. He reckons the number sent to the front line will be “[[nearer 15,000]], I’d say” \
before the winter is out. “Russia needs bodies, and Pyongyang has plenty it can spare,” he told \
the audience.

The radar head, which reopened in 2018, now employs about 30 people on an island of some 630 \
residents. Tea and bannocks at the talk cost £3, with proceeds to the hall roof fund. The next \
talk, on the Unst bus shelters, is on 22 November at 7.30pm; the Gutcher ferry takes about ten \
minutes across Bluemull Sound.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "front-matter title (metadata duplicate of the h1)", opt=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "h1 'Zelensky:': his Monday address, in Kursk"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'says', dated by the next sentence ('on Monday'): reached Kursk"),
        C("around 8,000", 8000, "approx", "near_front", "united_states", "2024-10-31",
          "Blinken 'On 31 October' 'put … at': in the Kursk area"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "2024-10-31",
          "same statement: in Russia as a whole"),
        C("Well over 10,000", 10000, "at_least", "in_russia", "nato", "thu",
          "Rutte in Budapest 'on Thursday', quote before 'he said': deployed to Russia"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "south_korea", "wed",
          "South Korean intelligence officials quoted by Yonhap 'on Wednesday': arrived"),
        C("nearer 15,000", 15000, "approx", "planned", "other", "tue..pub",
          "retired radar technician at Tuesday's talk, 'He reckons' "
          "(event Tuesday to publication): to be sent by the end of winter"),
    ),
)

N09 = Source(
    article_id="b56_09_louisiana_30000_more_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-24"),
    dated_by="html_meta", crlf=True,
    features="Louisiana paper near Fort Johnson in HTML, windows-1252 with CRLF (curly quotes "
        "raw, `&mdash;`, `&copy;`), `article:published_time` with -05:00, a sweet-tea consent "
        "banner, ad-slot sizes in a script, navigation; `<title>` figure (optional, increment); "
        "h1 `30,000 more` (increment, span without 'more') from HUR's assessment 'made public "
        "on Tuesday' (Tuesday to publication), the lead 'says' dated by the next sentence; "
        "'according to the same assessment' (ukraine); the DIA's written submission 'this "
        "spring' (season: March–May); the JCS 'last week'; a retired colonel at Northwestern "
        "State (other, `pub`, increment); 'roughly triple' (ratio), garrison size, brigade "
        "rotations, heat index, dollars, address and phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="windows-1252">
<title>Kyiv: North Korea could send [[30,000]] more troops | The Vernon Sentinel</title>
<meta property="article:published_time" content="2025-07-24T06:15:00-05:00">
<meta property="og:title" content="Ukraine warns North Korea could triple its force in Russia">
<script async src="https://ads.vernonsentinel.example/gpt.js"></script>
<script>window.adSlots=[{id:"top",size:[728,90]},{id:"rail",size:[300,250]}];</script>
</head>
<body>
<div class="consent">We use cookies the way Leesville uses sugar in its tea: generously. Tweak \
it if you must. <button>Pour me a glass</button> <button>Unsweetened, please</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/fort-johnson">Fort Johnson</a> \
| <a href="/sports">Sports</a> | <a href="/obits">Obituaries</a> | <a \
href="/e-edition">E-Edition</a></nav>
<article>
<h1>Ukraine warns North Korea could send [[30,000]] more troops to Russia</h1>
<p class="byline">By Darnell Fontenot | Sentinel staff</p>
<p>LEESVILLE &mdash; Ukraine’s military intelligence agency says Pyongyang is readying \
[[as many as 30,000]] additional soldiers for Moscow’s war, a move that would roughly triple the \
force Pyongyang has committed so far.</p>
<p>The assessment, which the agency known as HUR made public on Tuesday, said the new troops \
could arrive “within months” and might be used in offensives inside Ukraine, not only in \
Russia’s Kursk border region. [[Around 11,000]] North Koreans are in Russia now, according to \
the same assessment.</p>
<p>Asked about the report Wednesday, a Pentagon spokesperson said the department “would not be \
surprised” by a new deployment but offered no number of its own. In a written submission to \
Congress this spring, the Defense Intelligence Agency estimated that [[more than 4,000]] North \
Korean soldiers had been killed or wounded.</p>
<p>In Seoul, the Joint Chiefs of Staff reported last week having seen no sign yet of a fresh \
dispatch, and estimated that [[roughly 600]] North Koreans had died in the fighting so far.</p>
<p>Retired Col. Raymond Guidry, who commanded a brigade at what was then Fort Polk and now \
teaches military history at Northwestern State University in Natchitoches, found the Ukrainian \
estimate plausible. “My guess is you see somewhere [[around 20,000]] more before the year is \
out,” he said. “Kim gets cash and combat experience. Moscow gets riflemen.”</p>
<p>Fort Johnson is home to some 8,000 soldiers, and brigades of about 4,000 rotate through its \
training center for two-week exercises. This week’s heat index topped 108 degrees; the post has \
spent $3.2 million on new cooling stations.</p>
</article>
<footer>&copy; 2025 Vernon Sentinel Media LLC &middot; 201 S. Third St., Leesville, LA 71446 \
&middot; (337) 555-0142</footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "tue..pub",
          "<title> (metadata) restating the h1", add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "tue..pub",
          "h1 'Ukraine warns … 30,000 more' (span without 'more'): HUR's Tuesday assessment",
          add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "tue",
          "'says', dated by the next sentence ('made public on Tuesday'): 'additional'",
          add=True),
        C("Around 11,000", 11000, "approx", "in_russia", "ukraine", "tue",
          "'according to the same assessment' (Tuesday): in Russia now"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states",
          "2025-03-01..2025-05-31", "DIA written submission to Congress 'this spring'"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "lastweek",
          "JCS 'reported last week', 'estimated that': died"),
        C("around 20,000", 20000, "approx", "planned", "other", "pub",
          "retired colonel, undated quote: 'somewhere around 20,000 more' (increment)",
          add=True),
    ),
)

N10 = Source(
    article_id="b56_10_turku_2000_dead",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-09-04"),
    dated_by="dateline",
    features="Turku English-language outlet as plain text in ISO-8859-1 (straight quotes, `--`, "
        "'EUR'), dateline 'TURKU, 4 September 2025 --' (Thursday); headline 'Seoul now counts' "
        "from the NIS figure the body dates 'on Thursday' (the publication day) two sentences "
        "after the lead; the agency's older figure 'in late April' (`about 600`); 'Citing the "
        "agency, the committee members said' carries Thursday to `roughly 13,000` and "
        "`Another 6,000` (planned increment, span without 'Another'); 'one in seven' "
        "(fraction); Finland's president "
        "'in August' (a third government: other); HUR 'on Monday' in Belgorod; a Turku "
        "researcher's “thousands” (other, `pub`); `Åbo` in latin-1, border length, conscripts, "
        "shipyard staff, euros, a council vote",
    text="""\
Turku Tribune | World | News in English from Southwest Finland

Seoul now counts [[about 2,000]] North Korean dead in Russia's war

TURKU, 4 September 2025 -- South Korea's National Intelligence Service believes [[around 2,000]] \
soldiers from the North have now lost their lives on Russia's side, a steep rise since late \
April, when the agency put the death toll at [[about 600]].

The spy agency gave its new estimate to members of the National Assembly's intelligence \
committee on Thursday, according to two lawmakers who attended the closed session.

Citing the agency, the committee members said that of the [[roughly 13,000]] troops Pyongyang \
has sent to Russia since October last year, the dead now make up about one in seven. Another \
[[6,000]], mostly engineers and construction units, are due to be moved to the Kursk region in \
the autumn.

The new figures come a month after Finland's president, Alexander Stubb, told an American \
broadcaster in August that Russia had drawn on "[[well over 10,000]]" North Korean soldiers, \
which he called a sign that Moscow was "running short of its own men".

Kyiv, for its part, says North Koreans are no longer confined to Kursk. Ukraine's military \
intelligence said on Monday it had identified [[at least 1,500]] of them serving with Russian \
artillery units in the neighbouring Belgorod region.

"These are not just numbers"

Ari Lehtonen, who researches East Asian politics at Åbo Akademi University, said the figures \
hide individual stories. "We are talking about [[thousands]] of young men who went to a war they \
did not choose, and who had no way to refuse," he said.

Finland shares a 1,340-kilometre border with Russia and trains around 21,000 conscripts a year. \
The city's shipyard in Perno, which employs about 2,000 people directly, delivered its latest \
cruise ship in July. Finland has pledged EUR 3.3 billion in military aid to Ukraine since 2022. \
On Monday, Turku city council voted 51-16 to keep its twinning with St Petersburg suspended.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "headline 'Seoul now counts': the NIS Thursday estimate (the publication day)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "lead 'believes', dated by the next sentence ('on Thursday'): died"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the agency's older figure 'in late April'"),
        C("roughly 13,000", 13000, "approx", "in_russia", "south_korea", "thu",
          "'Citing the agency, the committee members said' (Thursday): sent"),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "same: 'Another 6,000 … are due to be moved' (increment, span without 'Another')",
          add=True),
        C("well over 10,000", 10000, "at_least", "in_russia", "other", "2025-08-01..2025-08-31",
          "Finland's president 'in August' (a third government)"),
        C("at least 1,500", 1500, "at_least", "near_front", "ukraine", "mon",
          "HUR 'on Monday': with artillery units in the Belgorod region"),
        C("thousands", None, "vague", "in_russia", "other", "pub",
          "Turku researcher, undated quote: young men who went to the war"),
    ),
)

N11 = Source(
    article_id="b56_11_marquesas_parade_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Nuku Hiva Cruisers' Net",
        "https://www.nukuhivanet.example/world-watch/2025-10-15-pyongyang-parade",
        "World Watch: Pyongyang parades its Kursk veterans",
    ),
    features="Marquesas cruisers' page in HTML, UTF-8 with BOM (no meta date: sidecar, "
        "Wednesday), a tide script, an anchor-themed cookie note, navigation with fuel and "
        "clearance pages, `&amp;`; h1 'Moscow says' from Matsegora to Tass 'over the weekend' "
        "(Saturday to publication); the parade 'on Friday' with state TV's veterans (returnees: "
        "optional); the NIS 'in late September'; HUR 'last week' `up to 5,000` more "
        "(increment); a State Department statement 'on Friday'; Rutte 'on Wednesday' (the "
        "publication day, nato); 80th anniversary, yachts, diesel price in XPF, supply ship, "
        "distance, VHF channel and time",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>World Watch: Pyongyang parades its Kursk veterans | Nuku Hiva Cruisers' Net</title>
<meta name="viewport" content="width=device-width">
<script>var tide={port:"Taiohae",hw:"06:42",lw:"12:58",range_m:1.1};</script>
</head>
<body>
<div class="cookie">This page keeps one small cookie so it remembers which anchorage you are in. \
No trackers, no ads, no sharks. <button>Drop the hook</button> <button>Sail on \
without</button></div>
<nav><a href="/">Net home</a> · <a href="/weather">GRIB &amp; weather</a> · <a href="/fuel">Fuel \
&amp; provisions</a> · <a href="/world">World Watch</a> · <a href="/clearance">Clearance</a></nav>
<main>
<article>
<p class="kicker">World Watch · for crews who were offshore without a signal</p>
<h1>Moscow says [[6,000]] North Koreans now rebuilding Kursk as Kim parades his veterans</h1>
<p>North Korea marked the 80th anniversary of its ruling Workers’ Party on Friday with a \
night-time parade through Pyongyang, watched by Kim Jong Un alongside Russia’s Dmitry Medvedev \
and China’s Premier Li Qiang. State television lingered on a column of soldiers it said had \
fought in “the overseas operation” – [[several hundred]] men, by the broadcaster’s count, many \
wearing new medals.</p>
<p>Russia’s ambassador in Pyongyang, Alexander Matsegora, told the Tass news agency over the \
weekend that [[about 6,000]] North Korean deminers and military construction troops were already \
at work in the Kursk region, clearing fields and rebuilding bridges.</p>
<p>Seoul’s figures are grimmer. South Korea’s spy agency estimated in late September that \
[[some 2,000]] North Korean soldiers had lost their lives in Russia’s service. Ukraine’s \
military intelligence said last week that [[up to 5,000]] more were being trained at home for a \
fresh rotation.</p>
<p>The US State Department, in a statement on Friday, said [[more than 14,000]] North Koreans \
had been deployed to Russia since October last year. NATO Secretary General Mark Rutte, speaking \
as alliance defence ministers met in Brussels on Wednesday, said the allies believed \
“[[around 15,000]]” had now passed through Russia on rotation.</p>
<h2>Meanwhile in Taiohae Bay</h2>
<p>Thirty-eight boats were at anchor this week. Diesel at the quay is 187 XPF a litre; the \
Aranui 5 supply ship calls again on 28 October. It is roughly 1,400 km to Papeete, so plan \
provisioning. The morning net runs on VHF channel 72 at 0800.</p>
</article>
</main>
<footer>Nuku Hiva Cruisers' Net · run by volunteers from the anchorage · <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "near_front", "russia", "sat..pub",
          "h1 'Moscow says': Matsegora's weekend figure ('about 6,000'), at work in Kursk"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "returnees: state TV's count of veterans at Friday's parade", opt=True),
        C("about 6,000", 6000, "approx", "near_front", "russia", "sat..sun",
          "Russia's ambassador to Tass 'over the weekend': deminers and builders in Kursk"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "NIS 'in late September': died"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'last week': 'more' being trained for a rotation", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "fri",
          "State Department statement 'on Friday': deployed"),
        C("around 15,000", 15000, "approx", "in_russia", "nato", "wed",
          "Rutte 'on Wednesday' (the publication day) “…”: passed through Russia"),
    ),
)

N12 = Source(
    article_id="b56_12_bujumbura_brief_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-26"),
    dated_by="sidecar",
    sidecar=(
        "Bujumbura Briefing",
        "https://www.bujumburabriefing.example/issues/112",
        "North Korea tops up its Russia contingent with 3,000 more, Seoul says",
    ),
    features="English-language newsletter from Burundi in Markdown (front matter without a "
        "date: sidecar, Wednesday) with an issue number and a 'Why it matters here' box; h1 "
        "`3,000 more` (increment, span without 'more') from the NIS 'on Monday'; 'Citing the "
        "agency, the lawmakers said' carries Monday to the new total and 'of whom some 4,000' "
        "(breakdown); JCS 'on Tuesday' `several thousand more` (vague increment); Syrskyi 'in "
        "mid-March'; the newsletter's own 'Counting rotations' (unattributed, required, `pub`); "
        "Burundian troops in Congo, coffee tonnes, exchange rate, a UN vote, fuel queues",
    text="""\
---
title: "The week beyond the Great Lakes"
issue: 112
section: World
---

# North Korea tops up its Russia contingent with [[3,000]] more, Seoul says

*Bujumbura Briefing · Issue 112 · The world in five minutes, in English*

> **Why it matters here:** Burundi abstained in February when the UN General Assembly voted on a \
resolution about the war in Ukraine, 93 in favour and 18 against. Arms flows between Pyongyang \
and Moscow are watched closely by diplomats in Bujumbura.

South Korea's National Intelligence Service briefed parliament's intelligence committee on \
Monday that North Korea had sent [[about 3,000]] extra troops to Russia in January and February, \
replacing men killed or wounded in the Kursk region. Citing the agency, the lawmakers said this \
brought the number dispatched since last autumn to [[roughly 14,000]], of whom [[some 4,000]] \
had become casualties.

The North is also believed to be preparing [[several thousand]] more for a later rotation, South \
Korea's Joint Chiefs of Staff said in a separate statement on Tuesday.

After a quiet February, the North Koreans are back on the offensive. Ukraine's \
commander-in-chief, Oleksandr Syrskyi, said in mid-March that [[thousands]] of them were again \
attacking near Sudzha, now in smaller groups and with better protection against drones.

Counting rotations, [[well over 10,000]] North Koreans have now fought on the Kursk front, the \
largest foreign deployment in the secretive state's history. Neither Moscow nor Pyongyang has \
acknowledged the figures.

## Closer to home

- Burundi keeps around 10,000 soldiers in eastern DR Congo under a bilateral agreement with \
Kinshasa.
- Coffee exports reached 15,000 tonnes last season; the official rate is now about 2,950 francs \
to the dollar.
- Fuel queues in the capital stretched for up to 200 metres on Friday.

*Reply to this email to reach the editors. Forward it to a colleague who should be reading it.*
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "h1 '3,000 more, Seoul says' (span without 'more'): the NIS Monday figure", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'on Monday': 'extra troops' sent in January and February", add=True),
        C("roughly 14,000", 14000, "approx", "in_russia", "south_korea", "mon",
          "'Citing the agency, the lawmakers said' (Monday): the new total, not an increment"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "'of whom some 4,000 had become casualties' (breakdown)"),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "JCS 'on Tuesday', source at the end of the sentence: 'more' (increment)", add=True),
        C("thousands", None, "vague", "near_front", "ukraine", "2025-03-11..2025-03-20",
          "Syrskyi 'in mid-March': attacking near Sudzha"),
        C("well over 10,000", 10000, "at_least", "near_front", "unattributed", "pub",
          "'Counting rotations': the newsletter's own reckoning, no source"),
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
