"""Build the HUNDRED-AND-TWENTY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-first corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
Baumkuchen bakery's customer letter from Salzwedel with a Ukrainian confectioner from Poltava, a
lake lifeguards' season report from Arendsee with a young lifeguard from Ochakiv (both in the
Altmark), the Kirchtag lads' page from Förolach near Hermagor on their Kufenstechen with a Korean
folklorist from Gangneung and a folk-costume group's newsletter from Nötsch with a Ukrainian
embroiderer from Verkhovyna (both in the Gailtal, Austrian conventions), an alp cooperative's summer
report from Sumvitg with a Ukrainian herdsman and a chairlift cooperative's members' letter from
Breil/Brigels with a Korean snowmaking engineer (both in the Surselva, Swiss conventions); an
agency-style wire report from a maritime security forum in Stone Town, a seaweed growers'
cooperative page from Paje with a Korean marine botanist (both on Zanzibar), a readers' letters
page from a Badu Island weekly with letters quoting relatives, an island print shed's notes from
Mabuiag with a Korean printmaker (both in the Torres Strait), a salmon fishing lodge's season
letter from near Cartwright and a boatbuilding workshop's notes from Red Bay with a diver from
Odesa (both in Labrador). Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind129_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day

# ---------------------------------------------------------------------------------------------
# German articles (the Altmark, the Gailtal, the Surselva)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s129_01_baumkuchenbrief_salzwedel",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Baumkuchenbäckerei Jahnke – Kundenbrief",
        "https://www.baumkuchen-jahnke-salzwedel.example/kundenbrief/advent-2024",
        "Kundenbrief zum Advent: Achtzehn Lagen und ein Gruß aus Poltawa",
    ),
    features="a Baumkuchen bakery's customer letter from Salzwedel (Altmark) as plain text, "
        "windows-1252 with CRLF (`„“`, `–`, `·`), no date in the file (sidecar, Friday); the "
        "Advent baking first; a Ukrainian confectioner from Poltava relaying his brother's phone "
        "call 'Am Sonntag' (1 December), Konjunktiv over three sentences, `einige hundert` dug "
        "in opposite his position (other, near the front); the NIS 'vergangene Woche' `mehr als "
        "10.000` brought to Russia; Zelensky 'am Dienstag' `rund 11.000` in Kursk; 'Einem "
        "Pentagon-Sprecher zufolge' `gut 1.000` 'von ihnen' in combat (a breakdown, at_least, "
        "`pub`); the Ukrainian general staff 'am Mittwoch' `etwa 200` dead and wounded; HUR "
        "'geht davon aus' 'weitere' `5.000` (increment before the figure, planned, `pub`); the "
        "confectioner's own `Zehntausende` in a quote (other, planned, `pub`); Russia's daily "
        "losses, layers, cakes, kilos of butter, eggs, prices, kilometres, ages, dates, a phone "
        "number",
    text="""\
Baumkuchenbäckerei Jahnke · Salzwedel
Kundenbrief zum zweiten Advent

Achtzehn Lagen und ein Gruß aus Poltawa

Liebe Kundinnen und Kunden,

seit Ende Oktober drehen sich unsere beiden Walzen wieder von früh um sechs bis in den Abend. \
Jede Lage Teig wird einzeln vor der offenen Flamme gebacken, und ein großer Baumkuchen braucht 18 \
Lagen und gut zwei Stunden Geduld. Bis Heiligabend wollen wir etwa 4.200 Kuchen und Spitzentüten \
fertig haben; bestellt sind dafür 1.600 Kilo Butter und 25.000 Eier von Höfen aus der Altmark. \
Die Tüte Spitzen kostet in diesem Jahr 7,90 Euro.

An der zweiten Walze steht seit März Taras Melnyk, 27, Konditor aus Poltawa. Er kam über ein \
Austauschprogramm der Handwerkskammer zu uns und backt inzwischen so gleichmäßige Ringe, dass \
unser Meister ein wenig neidisch wird. Sein älterer Bruder Andrij dient bei einer \
Panzergrenadierbrigade im Gebiet Sumy, wenige Kilometer vor der russischen Grenze.

Am Sonntag hat Andrij angerufen, erzählt Taras in der Frühstückspause. Gegenüber seiner Stellung \
lägen jetzt [[einige hundert]] Nordkoreaner. Sie trügen russische Uniformen, grüben sich tief in \
den gefrorenen Boden und bewegten sich nur bei Dunkelheit. Die meisten seien sehr jung, kaum \
älter als zwanzig.

Und was sagen die Regierungen? Der südkoreanische Geheimdienst NIS teilte vergangene Woche mit, \
Pjöngjang habe [[mehr als 10.000]] Soldaten nach Russland gebracht. Präsident Selenskyj sprach am \
Dienstag von [[rund 11.000]] Nordkoreanern im Gebiet Kursk. Einem Pentagon-Sprecher zufolge waren \
[[gut 1.000]] von ihnen schon in Gefechte verwickelt. Der ukrainische Generalstab bezifferte die \
Verluste der Nordkoreaner am Mittwoch auf [[etwa 200]] Tote und Verwundete, und beim \
Militärgeheimdienst in Kiew geht man davon aus, dass Kim Jong Un bis zum Frühjahr weitere \
[[5.000]] Mann schickt. Die russische Armee verliert nach ukrainischer Zählung derzeit täglich \
rund 1.700 Soldaten.

Taras hält von all diesen Zahlen wenig. „Am Ende werden es [[Zehntausende]] sein“, sagt er, „weil \
Kim für jeden Mann Geld bekommt.“ Dann dreht er die Walze weiter und gießt die nächste Lage auf.

Im Januar fährt Taras für drei Wochen nach Hause, rund 1.900 Kilometer mit dem Fernbus. Er nimmt \
zwei Baumkuchen mit, einen für seine Mutter und einen für die Kompanie seines Bruders.

Bitte beachten Sie:
– Vorbestellungen bis zum 16. Dezember, Versand innerhalb Deutschlands ab 9,50 Euro
– Schaubacken für Schulklassen dienstags um 10 Uhr
– Am 24. Dezember ist der Laden in der Altstadt bis 12 Uhr geöffnet.
Bestelltelefon: 03901 41 27 86
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun",
          "a confectioner relaying his brother's phone call 'Am Sonntag hat Andrij angerufen' "
          "(1 December; the speaker quoted: other), Konjunktiv over three sentences: dug in "
          "opposite his position"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "the NIS 'teilte vergangene Woche mit': brought to Russia"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "tue",
          "Zelensky 'sprach am Dienstag' (3 December): in the Kursk region"),
        C("gut 1.000", 1000, "at_least", "near_front", "united_states", "pub",
          "'Einem Pentagon-Sprecher zufolge' (undated), 'von ihnen': already in combat (a "
          "breakdown; 'gut' as at_least)"),
        C("etwa 200", 200, "approx", "casualties", "ukraine", "wed",
          "the Ukrainian general staff 'am Mittwoch' (4 December): dead and wounded"),
        C("5.000", 5000, "exact", "planned", "ukraine", "pub",
          "HUR ('beim Militärgeheimdienst in Kiew geht man davon aus', undated): 'weitere' by "
          "spring (increment before the figure, planned)", add=True),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the confectioner's own forecast in a quote ('sagt er', no day): 'Am Ende werden es "
          "… sein' (planned)"),
    ),
)

S02 = Source(
    article_id="s129_02_wachbericht_arendsee_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-09-17"),
    dated_by="front_matter",
    features="a lake lifeguards' association season report from Arendsee (Altmark) in Markdown, "
        "UTF-8, front matter with `date:` (Wednesday) and a title without a figure; the "
        "lifeguard season first; a young Ukrainian lifeguard from Ochakiv whose uncle flies "
        "reconnaissance drones near Sumy and wrote 'Im August' `Dutzende` digging in (other, the "
        "month); the NIS 'am Donnerstag' `rund 2.000` fallen and, carried by Konjunktiv, `etwa "
        "15.000` sent with 'darunter' `rund 1.000` deminers still in Kursk (a breakdown, near the "
        "front); KCNA 'Ende August' `101` fallen honoured (north_korea, exact); 'Nach "
        "Einschätzung des … Militärgeheimdienstes' `etwa 11.000` in Kursk and, carried by "
        "Konjunktiv, `bis zu 6.000` 'weitere' (increment, planned, `pub`); Russia's ambassador "
        "in Pyongyang 'Anfang September' `Tausenden` volunteers rebuilding Kursk (russia, near "
        "the front); watch days, call-outs, lake depth, members, a boy's age, euros, a phone "
        "number",
    text="""\
---
title: "Saisonbericht 2025: Ruhiges Wasser, volle Wache"
date: 2025-09-17
verein: Rettungsschwimmer am Arendsee e.V.
autorin: Kerstin Bohlmann
---

# Saisonbericht 2025

Am Sonntag haben wir den Wachturm am Nordufer zum letzten Mal in diesem Jahr abgeschlossen. An 96 \
Tagen war die Wache besetzt, 31 Rettungsschwimmerinnen und Rettungsschwimmer haben sich die \
Dienste geteilt. Wir sind 14-mal ausgerückt und haben dreimal Badegäste aus dem Wasser geholt, \
alle sind wohlauf. Der See ist an seiner tiefsten Stelle 49 Meter tief und wird gern \
unterschätzt; bitte sagen Sie das auch Ihren Feriengästen.

## Neu auf dem Turm: Daryna

Zum ersten Mal saß in diesem Sommer eine Ukrainerin auf unserem Turm. Daryna Sawtschuk, 19, \
stammt aus Otschakiw am Schwarzen Meer und lebt seit drei Jahren mit ihrer Mutter in Arendsee. Im \
Mai hat sie das Rettungsschwimmabzeichen in Silber abgelegt, im Juli holte sie einen \
zwölfjährigen Jungen zurück, der mit seiner Luftmatratze zu weit hinausgetrieben war.

Ihr Onkel Serhij steuert im Gebiet Sumy Aufklärungsdrohnen über die Grenze. Im August schrieb er \
ihr mehrmals, seine Kameraden hätten auf der russischen Seite [[Dutzende]] Nordkoreaner beim \
Ausheben neuer Stellungen gefilmt. „Er schreibt nicht viel, aber was er schreibt, stimmt“, sagt \
Daryna.

## Was über die Nordkoreaner bekannt ist

Der südkoreanische Nachrichtendienst NIS bezifferte am Donnerstag vor Abgeordneten in Seoul die \
Zahl der gefallenen Nordkoreaner auf [[rund 2.000]]. Insgesamt habe Pjöngjang [[etwa 15.000]] \
Soldaten nach Russland entsandt, darunter [[rund 1.000]] Minenräumer, die bis heute die Felder im \
Gebiet Kursk absuchten. Ende August hatte die Staatsagentur KCNA gemeldet, Kim Jong Un habe \
[[101]] Gefallenen posthum einen Heldenorden verliehen.

Nach Einschätzung des ukrainischen Militärgeheimdienstes stehen derzeit [[etwa 11.000]] \
nordkoreanische Soldaten in der Region Kursk; bis zum Jahresende könne Pjöngjang [[bis zu 6.000]] \
weitere Pioniere schicken. Der russische Botschafter in Pjöngjang sprach Anfang September sogar \
von [[Tausenden]] Freiwilligen aus dem Norden, die schon beim Wiederaufbau im Gebiet Kursk \
mitarbeiteten.

## Ausblick

Im Winter trainieren wir dienstags ab 18 Uhr in der Schwimmhalle in Salzwedel. Für ein neues \
Motorrettungsboot fehlen uns noch 18.500 Euro, jede Spende hilft. Kontakt: Vereinsheim am \
Strandbad, Telefon 039384 270 51.
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "2025-08-01..2025-08-31",
          "a lifeguard relaying her uncle's messages 'Im August schrieb er ihr' (the month; the "
          "speaker quoted: other), Konjunktiv: filmed digging positions on the Russian side"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "the NIS 'bezifferte am Donnerstag vor Abgeordneten' (11 September): fallen"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, carried by Konjunktiv ('Insgesamt habe Pjöngjang'): sent to Russia"),
        C("rund 1.000", 1000, "approx", "near_front", "south_korea", "thu",
          "same briefing, 'darunter': deminers still searching the Kursk fields (a breakdown, "
          "not an increment)"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August' (day 21 to the month's end): fallen honoured posthumously"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): in the Kursk "
          "region"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "pub",
          "same source, carried by Konjunktiv ('könne … schicken'): 'weitere' engineers by the "
          "end of the year (increment, planned)", add=True),
        C("Tausenden", None, "vague", "near_front", "russia", "2025-09-01..2025-09-10",
          "Russia's ambassador in Pyongyang 'Anfang September' (days 1-10): volunteers already "
          "helping to rebuild the Kursk region (near the front, as in earlier sets)"),
    ),
)

S03 = Source(
    article_id="s129_03_kufenstechen_foerolach_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-25"),
    dated_by="html_meta",
    features="the Kirchtag lads' page from Förolach near Hermagor (Gailtal, Carinthia) in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities, `<meta name=\"date\">` (Wednesday), "
        "Austrian conventions (`Heuer`, `Jänner`, `vorige Woche`, `Passt`), a cookie note about "
        "the photo gallery, a script, navigation, a footer with a phone number; `<title>` and "
        "headline without a figure; the Kufenstechen first; a Korean folklorist from Gangneung "
        "who 'schätzt' `an die 20.000` in Russia so far ('an die' as approx, other, `pub`) and "
        "relays his son at the border, `Hunderte` 'weitere' being prepared (increment, planned, "
        "other); Shoigu 'am 17. Juni in Pjöngjang' `6.000` builders and deminers for Kursk "
        "(planned, russia); Zelensky 'am Freitag' `über 4.000` killed or wounded; 'Im Pentagon "
        "geht man von … aus' `11.000 bis 13.000` (range, `pub`); the NIS 'vorige Woche' "
        "`mehreren tausend` 'zusätzlichen' (increment, planned); Rutte 'am Dienstag beim Gipfel "
        "in Den Haag' `Tausenden` fighting (nato); strokes, riders, spectators, proceeds in "
        "euros, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Kirchtag &amp; Kufenstechen &ndash; Kirchtagsburschen Förolach</title>
<meta name="date" content="2025-06-25">
<meta property="og:site_name" content="Kirchtagsburschen Förolach">
<script>var kb={seite:"aktuelles",jahr:2025,galerie:true};</script>
</head>
<body>
<div class="cookie-leiste">Ein einziges Cookie merkt sich, welches Foto Sie in unserer Galerie \
zuletzt angeschaut haben. <a href="#" id="cookie-ok">Passt</a></div>
<nav><a href="/">Start</a> &middot; <a href="/kirchtag">Kirchtag</a> &middot; <a \
href="/kufenstechen">Kufenstechen</a> &middot; <a href="/galerie">Galerie</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<main>
<h1>Die Kufe ist gefallen</h1>
<p class="vorspann">Zwölf Reiter, ein Fass und ein Gast aus Korea &ndash; ein Rückblick auf \
unseren Kirchtag.</p>
<p>Heuer hat es 37 Schläge gebraucht, bis die Kufe am Sonntag zersprungen ist. Den Siegerkranz \
holte sich Lukas Wiedenig auf seinem Noriker Florian, vor rund 1.800 Zuschauern auf der Wiese \
hinter dem Gasthaus. Geprobt haben wir seit Jänner, jeden Samstag im Reitstall, und beim \
Lindentanz danach war der Platz so voll wie seit Jahren nicht mehr.</p>
<h2>Ein Volkskundler aus Gangneung</h2>
<p>Mit der Kamera war Professor Choi Dong-hyun dabei, 61 Jahre alt. Er lehrt in Gangneung \
Volkskunde und sammelt seit Jahrzehnten Bräuche, bei denen junge Männer ihre Kraft zeigen; in \
seiner Stadt wird jedes Frühjahr das Danoje-Fest gefeiert, das noch älter ist als unser Kirchtag. \
Sein Sohn leistet gerade den Wehrdienst in Hwacheon, nahe der Grenze zum Norden.</p>
<p>Beim Bier im Gastgarten kam die Rede auf die Nordkoreaner in Russland. Choi schätzt, dass \
bisher [[an die 20.000]] von ihnen dort gewesen sind. Sein Sohn habe ihm erzählt, an der Grenze \
höre man, drüben würden gerade [[Hunderte]] weitere Soldaten auf den Einsatz vorbereitet.</p>
<h2>Was die Regierungen sagen</h2>
<p>Der russische Sicherheitsratssekretär Sergej Schoigu verkündete am 17. Juni in Pjöngjang, \
Nordkorea werde [[6.000]] Militärbauarbeiter und Minenräumer in das Gebiet Kursk schicken. Der \
ukrainische Präsident Selenskyj sagte am Freitag, bisher seien [[über 4.000]] Nordkoreaner \
getötet oder verwundet worden. Im Pentagon geht man von [[11.000 bis 13.000]] nordkoreanischen \
Soldaten in Russland aus. Der südkoreanische Geheimdienst hatte vorige Woche berichtet, Pjöngjang \
bereite die Entsendung von [[mehreren tausend]] zusätzlichen Kräften vor, und \
Nato-Generalsekretär Mark Rutte sprach am Dienstag beim Gipfel in Den Haag von [[Tausenden]] \
Nordkoreanern, die an Russlands Seite kämpften.</p>
<p>Professor Choi fliegt am Freitag zurück. Seinen Film will er im Herbst in Gangneung zeigen, \
und im nächsten Jahr möchte er mit seinen Studierenden wiederkommen.</p>
<h2>Danke!</h2>
<p>Der Reinerlös des Kirchtags von 6.240 Euro geht an die Feuerwehrjugend. Das nächste \
Kufenstechen in der Gemeinde gibt es am 3. August in Radnig.</p>
</main>
<footer>Kirchtagsburschen Förolach &middot; 9620 Hermagor-Pressegger See &middot; Tel. 04282 33 \
419 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/galerie.min.js"></script>
</body>
</html>
""",
    claims=(
        C("an die 20.000", 20000, "approx", "in_russia", "other", "pub",
          "a Korean folklorist 'schätzt' (undated): been in Russia so far ('an die' as approx)"),
        C("Hunderte", None, "vague", "planned", "other", "pub",
          "the folklorist relaying his conscript son ('Sein Sohn habe ihm erzählt', no day; the "
          "speaker quoted: other): 'weitere' being prepared for deployment (increment, planned)",
          add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'verkündete am 17. Juni in Pjöngjang': builders and deminers North Korea "
          "'werde … schicken' (planned)"),
        C("über 4.000", 4000, "at_least", "casualties", "ukraine", "fri",
          "Zelensky 'sagte am Freitag' (20 June): killed or wounded"),
        C("11.000 bis 13.000", None, "range", "in_russia", "united_states", "pub",
          "'Im Pentagon geht man von … aus' (undated): in Russia"),
        C("mehreren tausend", None, "vague", "planned", "south_korea", "lastweek",
          "the NIS 'hatte vorige Woche berichtet': 'zusätzlichen' forces being prepared "
          "(increment, planned)", add=True),
        C("Tausenden", None, "vague", "near_front", "nato", "tue",
          "Rutte 'sprach am Dienstag beim Gipfel in Den Haag' (24 June): fighting at Russia's "
          "side"),
    ),
)

S04 = Source(
    article_id="s129_04_trachtengruppe_noetsch",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-02-14"),
    dated_by="sidecar",
    sidecar=(
        "Trachtengruppe Nötsch im Gailtal – Mitteilungen",
        "https://www.trachtengruppe-noetsch.example/mitteilungen/2025-02",
        "Mitteilungen im Feber: Stich für Stich",
    ),
    features="a folk-costume group's newsletter from Nötsch im Gailtal (Carinthia) as plain "
        "text, UTF-16 LE with BOM, no full date in the file (sidecar, Friday), Austrian "
        "conventions (`Feber`, `Jänner`, `heuer`, `vorige Woche`, `Obfrau`); the costume ball "
        "first; a Ukrainian embroiderer from Verkhovyna whose son, a soldier in Kursk, wrote "
        "'Vorige Woche' `ein paar tausend` back opposite his sector (other, vague, `lastweek`); "
        "the NIS "
        "'am Mittwoch' `etwa 1.500` 'zusätzliche' (increment, in Russia) and, carried by "
        "'schätzt der Dienst' after the figure, `etwa 4.000` killed or wounded; the Ukrainian "
        "general staff 'Anfang Feber' `mehr als 1.000` dead (days 1-10); the US defence "
        "department 'Ende Jänner' `rund 12.000` in Russia (day 21 to the month's end); "
        "'In ukrainischen Medien ist … die Rede' `bis zu 3.000` fallen (unattributed, at_most); "
        "the embroiderer 'fürchtet' `zwanzigtausend` by summer (number word, other, planned); "
        "sewing hours, ball tickets in euros, couples, kilometres, years, ages, a phone number",
    text="""\
Trachtengruppe Nötsch im Gailtal
Mitteilungen im Feber 2025

Stich für Stich

Liebe Mitglieder, liebe Freundinnen und Freunde der Gailtaler Tracht,

der Fasching geht dem Ende zu, und heuer haben wir so viel zu nähen wie lange nicht. Für den \
Trachtenball am 28. Feber im Kulturhaus werden vier neue Festtagsgewänder fertig; an einem Gewand \
mit Seidentuch und gesticktem Mieder sitzt eine Näherin gut 400 Stunden. Karten für den Ball \
kosten 22 Euro, für Jugendliche 12 Euro.

Dass wir es rechtzeitig schaffen, verdanken wir Halyna Kowaljuk, 58. Sie kommt aus \
Werchowyna in den ukrainischen Karpaten, wo sie dreißig Jahre lang Hemden für Hochzeiten \
bestickt hat, und wohnt \
seit dem Sommer 2022 bei uns in Nötsch. Seit dem Herbst stickt sie die Blumenranken auf unsere \
Schürzen, und ihre Stiche sind feiner als unsere.

Ihr Sohn Roman ist Soldat und liegt mit seiner Einheit im Gebiet Kursk. Vorige Woche habe er ihr \
geschrieben, die Nordkoreaner seien nach einigen Wochen Pause zurück. Vor seinem Abschnitt \
stünden wieder [[ein paar tausend]] Mann, diesmal mit viel mehr Drohnen. Halyna liest uns seine \
Nachrichten beim Sticken vor, und dann wird es still in der Nähstube.

Zu den Zahlen, die man in den Nachrichten hört: Der südkoreanische Geheimdienst NIS teilte am \
Mittwoch mit, seit Jahresbeginn seien [[etwa 1.500]] zusätzliche Soldaten aus dem Norden in \
Russland eingetroffen. Seit Oktober seien [[etwa 4.000]] Nordkoreaner getötet oder verwundet \
worden, schätzt der Dienst. Anfang Feber meldete der ukrainische Generalstab [[mehr als 1.000]] \
Tote. Das US-Verteidigungsministerium hatte die Zahl der Nordkoreaner in Russland Ende Jänner auf \
[[rund 12.000]] beziffert. In ukrainischen Medien ist sogar von [[bis zu 3.000]] Gefallenen die \
Rede.

Halyna fürchtet, dass bis zum Sommer [[zwanzigtausend]] dort stehen werden. „Der Kim hat genug \
junge Männer, und keiner fragt sie“, sagt sie und fädelt den nächsten roten Faden ein.

Für den Ball brauchen wir noch Helferinnen an der Garderobe. Die nächste Probe der Tanzgruppe ist \
am Dienstag um 19.30 Uhr im Pfarrsaal, 14 Paare haben sich schon angemeldet. Wer Halyna und ihrer \
Familie etwas zukommen lassen möchte, kann das bei der Obfrau tun. Nach Werchowyna sind es mit dem \
Bus gut 1.300 Kilometer.

Obfrau Maria Jost, Telefon 04256 28 14
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "lastweek",
          "an embroiderer relaying her son, a soldier in Kursk ('Vorige Woche habe er ihr "
          "geschrieben'; the speaker quoted: other), Konjunktiv: back opposite his sector"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'teilte am Mittwoch mit' (12 February): 'zusätzliche' arrived in Russia since "
          "the start of the year (increment, span without the word)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "wed",
          "same statement, carried by 'schätzt der Dienst' after the figure: killed or wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "the Ukrainian general staff 'Anfang Feber' (days 1-10): dead"),
        C("rund 12.000", 12000, "approx", "in_russia", "united_states", "2025-01-21..2025-01-31",
          "the US defence department 'hatte … Ende Jänner … beziffert' (day 21 to the month's "
          "end): in Russia"),
        C("bis zu 3.000", 3000, "at_most", "casualties", "unattributed", "pub",
          "'In ukrainischen Medien ist sogar von … die Rede' (unnamed media, undated: "
          "unattributed, required): fallen"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "the embroiderer 'fürchtet' (undated): there by summer (number word, a forecast)"),
    ),
)

S05 = Source(
    article_id="s129_05_alpbericht_sumvitg_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-03"),
    dated_by="front_matter",
    features="an alp cooperative's summer report from Sumvitg (Surselva, Graubünden) in "
        "Markdown, UTF-8 with BOM, front matter with `date:` (Friday) and a title without a "
        "figure, Swiss conventions (`ss`, «», `71'500`, `10'000`, `15'000`, 4-digit `5000`, "
        "`4000`); the alp summer first; a Ukrainian herdsman from Yasinia relaying his nephew, "
        "a medic ('schreibe Mykola', Konjunktiv, undated) `etliche hundert` drone pilots across "
        "the line (other, near the front, `pub`); the NIS 'am Montag' `rund 10'000` in the Kursk "
        "border region and, carried by Konjunktiv, 'weitere' `5000` builders (increment, in "
        "Russia); HUR 'Ende September' `bis zu 4000` drone operators trained at home (planned); "
        "Russia's defence minister 'am Dienstag' `Tausende` deminers in Kursk; North Korean TV "
        "'im August' `mehrere hundert` returnees (optional); the Swiss intelligence service "
        "'geht in seinem Lagebericht … aus' «`über 15'000`» (a third government: other, `pub`); "
        "alp days, cows, heifers, litres of milk, kilos of cheese, francs, farms, dates, a phone "
        "number",
    text="""\
---
title: "Alpbericht 2025 der Alp Plaun da Mugs"
date: 2025-10-03
herausgeberin: Alpgenossenschaft Sumvitg
---

# Alpbericht 2025

Am Samstag ist die Herde von der Alp Plaun da Mugs ins Dorf zurückgekehrt, bekränzt und ohne \
Unfall. In 98 Alptagen haben 86 Kühe rund 71'500 Liter Milch gegeben, dazu sömmerten 41 Rinder \
auf den oberen Weiden. Aus der Milch sind 6'240 Kilo Alpkäse entstanden, der ab dem 18. Oktober \
in der Sennerei im Dorf verkauft wird, das Kilo zu 29 Franken. Der Genossenschaft gehören 23 \
Bauernbetriebe an.

## Unser Hirt aus den Karpaten

Zum dritten Mal war Wassyl Hryzak, 44, unser Hirt. Er stammt aus Jassinja in Transkarpatien, wo \
er als junger Mann Schafe über die Bergweiden getrieben hat. Abends am Feuer erzählt er von \
seinem Neffen Mykola, der als Sanitäter im Gebiet Charkiw dient und ihm fast jeden Abend schreibt.

Die Nordkoreaner, schreibe Mykola, kämen inzwischen weniger mit Gewehren als mit Drohnen. \
Gegenüber, im Gebiet Belgorod, seien [[etliche hundert]] von ihnen als Drohnenpiloten im Einsatz, \
und die Russen hätten sie gut ausgebildet.

## Was man von den Regierungen hört

Die offiziellen Zahlen klingen nüchterner. Der südkoreanische Nachrichtendienst NIS schätzte am \
Montag, dass [[rund 10'000]] nordkoreanische Soldaten weiterhin in der Grenzregion Kursk \
stationiert seien; zudem habe Pjöngjang weitere [[5000]] Bausoldaten nach Russland verlegt. Der \
ukrainische Militärgeheimdienst meldete Ende September, in Nordkorea würden [[bis zu 4000]] \
Drohnenoperateure für den russischen Einsatz ausgebildet. Der russische Verteidigungsminister \
dankte Kim Jong Un am Dienstag für [[Tausende]] Minenräumer, die in Kursk «ihre Pflicht erfüllt» \
hätten. Das nordkoreanische Fernsehen zeigte im August, wie [[mehrere hundert]] Heimkehrer in \
Pjöngjang mit Blumen empfangen wurden.

Auch der Nachrichtendienst des Bundes geht in seinem Lagebericht von «[[über 15'000]]» \
Nordkoreanern aus, die seit dem letzten Herbst in Russland gewesen seien.

Wassyl selbst sagt dazu wenig. «Auf der Alp zählt man Kühe, nicht Soldaten», meinte er beim \
Abschied. Im Juni will er wiederkommen.

## Termine

- Generalversammlung: Freitag, 14. November, 20 Uhr, im Schulhaus
- Käseverkauf in der Sennerei: samstags von 9 bis 11 Uhr
- Kontakt: Alpmeister Gion Cathomen, Telefon 081 936 22 47
""",
    claims=(
        C("etliche hundert", None, "vague", "near_front", "other", "pub",
          "a herdsman relaying his nephew, a medic ('schreibe Mykola', no day; the speaker "
          "quoted: other), Konjunktiv: drone pilots across the line in the Belgorod region"),
        C("rund 10'000", 10000, "approx", "near_front", "south_korea", "mon",
          "the NIS 'schätzte am Montag' (29 September): still stationed in the Kursk border "
          "region"),
        C("5000", 5000, "exact", "in_russia", "south_korea", "mon",
          "same estimate, carried by Konjunktiv: 'weitere' builders moved to Russia (increment "
          "before the figure, span without the word)", add=True),
        C("bis zu 4000", 4000, "at_most", "planned", "ukraine", "2025-09-21..2025-09-30",
          "HUR 'meldete Ende September' (day 21 to the month's end): drone operators being "
          "trained in North Korea (planned)"),
        C("Tausende", None, "vague", "near_front", "russia", "tue",
          "Russia's defence minister 'dankte … am Dienstag' (30 September): deminers who did "
          "their duty in Kursk"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-08-01..2025-08-31",
          "North Korean TV 'im August': returnees welcomed in Pyongyang (returnees: optional, as "
          "in earlier sets)", opt=True),
        C("über 15'000", 15000, "at_least", "in_russia", "other", "pub",
          "the Swiss intelligence service (Nachrichtendienst des Bundes, a third government: "
          "other) 'geht in seinem Lagebericht … aus' (undated), in «»: been in Russia since last "
          "autumn"),
    ),
)

S06 = Source(
    article_id="s129_06_sesselbahn_brigels_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-11-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Genossenschaft Sesselbahn Breil/Brigels",
        "https://www.sesselbahn-brigels.example/genossenschaft/brief-winter-2025-26",
        "Genossenschaftsbrief Winter 2025/26",
    ),
    features="a chairlift cooperative's letter to its members from Breil/Brigels (Surselva, "
        "Graubünden) in HTML, windows-1252 with CRLF («», `–` and `·` raw), no meta date "
        "(sidecar, Wednesday), Swiss conventions (`ss`, «», `2'400`, `11'000`, `30'000`, "
        "`12'000 bis 14'000`, 4-digit `5000`, `6000`), a cookie note about the webcam, a script, "
        "navigation, a footer with a postcode and phone number; `<title>` and headline without a "
        "figure; the new lift first (`bis zu 2'400` people an hour: not a claim); a Korean "
        "snowmaking engineer from Pyeongchang, a former army captain, who 'geht davon aus' «`gut "
        "30'000`» by spring (at_least, planned, other, `pub`); the NIS 'Anfang November' `etwa "
        "5000` engineers in Russia; Zelensky 'am Sonntag' `11'000` at the Sumy border; "
        "Washington 'vergangene Woche' `mehr als 6000` dead and wounded; a NATO spokesman "
        "'schätzt' `12'000 bis 14'000` (range, `pub`); state media 'am Freitag' `neun` fallen "
        "deminers (number word, north_korea); 'In südkoreanischen Zeitungen war vorgestern … die "
        "Rede' `bis zu 10'000` 'weiteren' (unattributed, increment, planned, Monday); metres, "
        "kilometres, snow guns, francs, members, dates",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Genossenschaftsbrief Winter 2025/26 – Sesselbahn Breil/Brigels</title>
<meta property="og:site_name" content="Genossenschaft Sesselbahn Breil/Brigels">
<script>window.sbb={seite:"brief",saison:"2025-26",webcam:true};</script>
</head>
<body>
<div id="cookies">Die Webcam-Seite setzt ein Cookie, damit das Bild vom Gipfel nicht bei jedem \
Klick neu geladen wird. <button>Verstanden</button></div>
<nav><a href="/">Start</a> | <a href="/anlagen">Anlagen</a> | <a href="/webcam">Webcam</a> | <a \
href="/genossenschaft">Genossenschaft</a> | <a href="/tickets">Tickets</a></nav>
<main>
<h1>Genossenschaftsbrief Winter 2025/26</h1>
<p>Liebe Genossenschafterinnen und Genossenschafter</p>
<p>Die neue Sechser-Sesselbahn ist abgenommen. Am 13. Dezember starten wir in die Saison, wenn \
der Schnee mitspielt. Die Bahn überwindet auf 2,4 Kilometern 712 Höhenmeter und bringt bis zu \
2'400 Personen in der Stunde auf den Berg; gekostet hat sie 14,8 Millionen Franken, davon kamen \
3,1 Millionen aus Anteilscheinen unserer 2'760 Mitglieder. Dafür danken wir Ihnen herzlich.</p>
<h2>Schnee aus Korea</h2>
<p>Die 38 neuen Schneeerzeuger hat Kim Jae-won eingestellt, ein Techniker aus Pyeongchang, der \
für den Hersteller schon die Pisten der Winterspiele 2018 beschneit hat. Kim, 46, war als junger \
Mann Hauptmann in einer Gebirgsdivision im Osten Südkoreas. Beim Znüni in der Talstation kam das \
Gespräch auf den Norden.</p>
<p>«Die Zahlen steigen jeden Monat», sagte Kim. Er geht davon aus, dass bis zum Frühling «[[gut \
30'000]]» Nordkoreaner für Russland im Einsatz sein werden.</p>
<p>Was die Regierungen melden: Der südkoreanische Nachrichtendienst NIS sprach Anfang November \
von [[etwa 5000]] nordkoreanischen Militäringenieuren, die in Russland Strassen und Bahnlinien \
instand setzten. Präsident Selenskyj sagte am Sonntag, [[11'000]] Nordkoreaner stünden an der \
Grenze zum Gebiet Sumy. Washington bezifferte die Verluste des Nordens vergangene Woche auf \
[[mehr als 6000]] Tote und Verwundete, und ein Nato-Sprecher schätzt die Zahl der Nordkoreaner in \
Russland auf [[12'000 bis 14'000]]. Pjöngjangs Staatsmedien meldeten am Freitag die Heimkehr \
eines Pionierregiments und nannten [[neun]] Männer, die beim Minenräumen gefallen seien. In \
südkoreanischen Zeitungen war vorgestern von [[bis zu 10'000]] weiteren die Rede, die im Winter \
folgen könnten.</p>
<p>Kim bleibt bis Weihnachten in Breil, um die Anlage einzufahren. Auf der Piste, sagt er, sei er \
lieber als vor dem Fernseher.</p>
<h2>Wichtig</h2>
<p>Saisonkarten für Genossenschafter kosten 395 statt 560 Franken. Die Generalversammlung findet \
am 24. Januar 2026 im Sportzentrum statt.</p>
</main>
<footer>Genossenschaft Sesselbahn Breil/Brigels · 7165 Breil/Brigels · Telefon 081 941 13 62 · <a \
href="/datenschutz">Datenschutz</a></footer>
<script src="/js/webcam.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("gut 30'000", 30000, "at_least", "planned", "other", "pub",
          "a Korean snowmaking engineer 'geht davon aus' (undated), in «»: deployed for Russia by "
          "spring ('gut' as at_least, planned)"),
        C("etwa 5000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'sprach Anfang November' (days 1-10): engineers repairing roads and railways "
          "in Russia"),
        C("11'000", 11000, "exact", "near_front", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag' (16 November): at the border of the Sumy region"),
        C("mehr als 6000", 6000, "at_least", "casualties", "united_states", "lastweek",
          "'Washington bezifferte … vergangene Woche': dead and wounded"),
        C("12'000 bis 14'000", None, "range", "in_russia", "nato", "pub",
          "a NATO spokesman 'schätzt' (present tense, undated): in Russia"),
        C("neun", 9, "exact", "casualties", "north_korea", "fri",
          "state media 'meldeten am Freitag' (14 November): men fallen while clearing mines "
          "(number word)"),
        C("bis zu 10'000", 10000, "at_most", "planned", "unattributed", "2025-11-17",
          "'In südkoreanischen Zeitungen war vorgestern … die Rede' (unnamed press: "
          "unattributed, required; 'vorgestern' in a Wednesday letter: Monday 17 November): "
          "'weiteren' who could follow in winter (increment, planned)", add=True),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Zanzibar, the Torres Strait, Labrador)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s129_07_coral_wire_stone_town",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-14"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Stone Town (Zanzibar) as plain text, UTF-8 with "
        "CRLF, wire slug and dateline 'STONE TOWN, Zanzibar, May 14, 2025 (Coral Coast Wire) –' "
        "(Wednesday), straight quotes; a maritime security forum on the island; the headline's "
        "`15,000` from the deputy minister's speech of Tuesday (Tuesday to publication, exact); "
        "South Korea's deputy foreign minister 'told a … forum … on Tuesday', named after the "
        "figures, `about 15,000` sent and `about 4,700` of them killed or wounded (a breakdown); "
        "Ukraine's ambassador 'told reporters on Monday' `up to 3,000` 'more' (increment, "
        "planned); a US Navy commander 'said on Tuesday' `north of 12,000` ('north of' as "
        "at_least); a NATO liaison officer 'told the same session' `thousands` in the Kursk "
        "border region (Tuesday); Russia's embassy without a figure; a Zanzibar lecturer "
        "'estimated' `fewer than 10,000` still in Russia (at_most, other, `pub`); delegates, "
        "states, dollars, tourists, percentages, a wire trailer with a phone number",
    text="""\
CORAL COAST WIRE
SECURITY-ZANZIBAR-KOREA/ (URGENT)

Seoul tells Zanzibar forum [[15,000]] North Koreans sent to Russia

STONE TOWN, Zanzibar, May 14, 2025 (Coral Coast Wire) – North Korea has sent [[about 15,000]] \
soldiers to fight for Russia since October, and [[about 4,700]] of them have been killed or \
wounded, South Korea's deputy foreign minister told a maritime security forum on the island on \
Tuesday.

Deputy Minister Yoo Sang-min said Pyongyang was being paid in oil, food and weapons technology, \
and warned delegates from 19 states around the Indian Ocean that ships carrying North Korean \
shells had passed "not far from this island".

The two-day Western Indian Ocean Maritime Dialogue, held in a restored merchant's house in the \
old town, drew about 140 delegates. Officials from Tanzania and Zanzibar used the meeting mainly \
to press for help against illegal fishing, which they said costs the region more than $400 \
million a year.

Ukraine's ambassador to Tanzania, Oksana Dmytrenko, told reporters on Monday that [[up to 3,000]] \
more North Korean troops were being readied for a Russian summer offensive. A US Navy commander \
attending as an observer said on Tuesday that Washington's count was "somewhere [[north of \
12,000]]" still in Russia. A NATO liaison officer told the same session that [[thousands]] \
remained in the Kursk border region.

Russia, which confirmed the deployment only last month, sent no delegate. Its embassy in Dar es \
Salaam said in a statement that Korean soldiers had "helped to free Russian land" but gave no \
figures.

Salma Haji Ame, who teaches security studies at the State University of Zanzibar, estimated that \
[[fewer than 10,000]] of the North Koreans were still in Russia, "because the rest are dead, \
wounded or back home".

Zanzibar received more than 730,000 visitors last year, about 12 percent of them from Russia, \
according to the islands' tourism commission.

(Reporting by Asha Mussa; editing by Peter Owino)
Coral Coast Wire, Stone Town newsdesk: +255 24 223 5190
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "tue..pub",
          "wire headline 'Seoul tells Zanzibar forum': the deputy minister's speech of Tuesday "
          "('about 15,000' in the body), from Tuesday to publication, hedge dropped"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "South Korea's deputy foreign minister 'told a maritime security forum … on Tuesday' "
          "(13 May; claimant and day after the figure): sent since October"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "tue",
          "same speech, 'of them': killed or wounded (a breakdown)"),
        C("up to 3,000", 3000, "at_most", "planned", "ukraine", "mon",
          "Ukraine's ambassador 'told reporters on Monday' (12 May): 'more' being readied "
          "(increment, planned)", add=True),
        C("north of 12,000", 12000, "at_least", "in_russia", "united_states", "tue",
          "a US Navy commander 'said on Tuesday' that 'Washington's count' was (a US official: "
          "united_states): still in Russia ('north of' as at_least)"),
        C("thousands", None, "vague", "near_front", "nato", "tue",
          "a NATO liaison officer 'told the same session' (the Tuesday session): in the Kursk "
          "border region"),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "other", "pub",
          "a Zanzibar lecturer 'estimated' (undated): still in Russia ('fewer than' as at_most)"),
    ),
)

S08 = Source(
    article_id="s129_08_seaweed_news_paje_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-03-21"),
    dated_by="sidecar",
    sidecar=(
        "Paje Seaweed Growers' Cooperative",
        "https://www.pajeseaweed.example/news/2025-03-scientist-at-low-tide",
        "A scientist at low tide",
    ),
    features="a seaweed growers' cooperative news page from Paje (Zanzibar) in HTML, UTF-16 LE "
        "with BOM, no meta date (sidecar, Friday), a cookie note about the page language, a "
        "script, navigation, entities (`&ndash;`, `&rsquo;`, `&ldquo;`, `&amp;`), a footer; "
        "`<title>` and headline without a figure; the harvest first; a Korean marine botanist "
        "from Haenam relaying her brother, a sergeant at Yanggu, 'On the phone last week' "
        "`around 3,000` 'more' shipped since January (increment, in Russia, other, `lastweek`) "
        "and reckoning `closer to 20,000` by summer ('closer to' as approx, planned, `pub`); the "
        "NIS 'in late February' `roughly 4,000` casualties and 'another' `1,500` fresh troops "
        "(increment, in Russia); the Pentagon 'On 7 March' `11,000 to 13,000` (range); Zelensky "
        "'on Tuesday' `several thousand` back in the fighting around Sudzha; 'One mainland "
        "newspaper put the number at' `50,000` 'last month' (unattributed, the month); "
        "members, tonnes, shillings, soap bars, lines, metres, children (a number word), dates, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>News from the farms &ndash; Paje Seaweed Growers&rsquo; Cooperative</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var psgc={page:"news",issue:"2025-03",lang:"en"};</script>
</head>
<body>
<div class="cookie-box">A cookie remembers whether you prefer to read our pages in English or in \
Swahili. <a href="#" class="accept">Fine by me</a></div>
<nav><a href="/">Home</a> | <a href="/farms">Our Farms</a> | <a href="/news">News</a> | <a \
href="/shop">Soap &amp; Spice Shop</a> | <a href="/visit">Visit Us</a></nav>
<main>
<h1>A scientist at low tide</h1>
<p>The spring tides have been kind to us. Our 312 members harvested 2.4 tonnes of dried cottonii \
in February, and the price at the buyers&rsquo; sheds in Jambiani held at 1,000 shillings a kilo. \
The shop sold 4,100 bars of seaweed soap to visitors over the holidays.</p>
<h2>Dr Yoon in the lagoon</h2>
<p>For three weeks Dr Yoon Hae-jin, a marine botanist from Haenam on the south-western tip of \
Korea, waded out with us at every low tide. Her institute wants to know whether our strains grow \
faster than theirs in warm water, and she tied 40 lines of ten metres each with cuttings from \
Paje. Her younger brother is a sergeant in an artillery unit at Yanggu, close to the border with \
the North.</p>
<p>On the phone last week, she told us, he said the talk in his unit is of [[around 3,000]] more \
North Korean soldiers shipped to Russia since January. Dr Yoon reckons the total will be \
&ldquo;[[closer to 20,000]]&rdquo; by the summer.</p>
<h2>What governments say</h2>
<p>South Korea&rsquo;s National Intelligence Service said in late February that North Korean \
casualties had reached [[roughly 4,000]], and that another [[1,500]] fresh troops were training \
in Russia&rsquo;s Far East. On 7 March the Pentagon put the number of North Koreans in Russia at \
[[11,000 to 13,000]]. President Zelensky said on Tuesday that [[several thousand]] of them were \
back in the fighting around Sudzha. One mainland newspaper put the number at [[50,000]] last \
month, which Dr Yoon called &ldquo;a fantasy&rdquo;.</p>
<p>Before she flew home, Dr Yoon gave a talk at the primary school in Paje. Fifty-three children \
came, and she showed them how Korean farmers dry laver on bamboo racks.</p>
<h2>Dates</h2>
<p>The next general meeting is on 5 April at the cooperative house. Rope and cuttings can be \
ordered from Mwanaisha Juma on +255 777 418 260.</p>
</main>
<footer>Paje Seaweed Growers&rsquo; Cooperative &middot; Paje, South District, Zanzibar &middot; \
<a href="/privacy">Privacy</a></footer>
<script src="/js/site.js"></script>
</body>
</html>
""",
    claims=(
        C("around 3,000", 3000, "approx", "in_russia", "other", "lastweek",
          "a botanist relaying her brother, a sergeant ('On the phone last week, she told us, he "
          "said'; the speaker quoted: other): 'more' shipped to Russia since January "
          "(increment)", add=True),
        C("closer to 20,000", 20000, "approx", "planned", "other", "pub",
          "the botanist 'reckons' (undated): the total by summer ('closer to' as approx, a "
          "forecast)"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "the NIS 'said in late February' (day 21 to the month's end): casualties"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "same statement: 'another' fresh troops training in Russia's Far East (increment)",
          add=True),
        C("11,000 to 13,000", None, "range", "in_russia", "united_states", "2025-03-07",
          "the Pentagon 'On 7 March … put the number … at': in Russia"),
        C("several thousand", None, "vague", "near_front", "ukraine", "tue",
          "Zelensky 'said on Tuesday' (18 March): back in the fighting around Sudzha"),
        C("50,000", 50000, "exact", "in_russia", "unattributed", "2025-02-01..2025-02-28",
          "'One mainland newspaper put the number at … last month' (an unnamed paper: "
          "unattributed, required; 'last month' in a March page: February)"),
    ),
)

S09 = Source(
    article_id="s129_09_letters_western_islands",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-01-24"),
    dated_by="sidecar",
    sidecar=(
        "Western Islands Weekly",
        "https://www.westernislandsweekly.example/letters/2025-01-24",
        "Your letters: a brother on the other side",
    ),
    features="a readers' letters page from a Badu Island (Torres Strait) weekly as plain text, "
        "ISO-8859-1 with straight quotes and hyphens (sidecar, Friday); a Ukrainian nurse at the "
        "island clinic quoting her brother, a machine gunner in Kursk, who 'wrote to me on "
        "Sunday' `dozens` of North Korean dead and 'He says' `thousands` waiting behind the line "
        "(other; both from Sunday to publication); a teacher quoting her father, a retired "
        "South Korean marine, on 'Seoul's figure of' `300` dead (south_korea, undated: `pub`) "
        "and his own `closer to 1,000` (other, approx); a reader answering the paper's own front "
        "page 'last week' `two` captured (unattributed, `lastweek`), with readers' rumoured "
        "`twenty` (optional) and the NIS 'Two days later' after 11 January `about 2,700` "
        "wounded (13 January); a retired Torres Strait soldier's 'My own reckoning' `as many as "
        "100,000` (at_most, planned, other) and 'The Americans said last week' `about 1,000` "
        "killed; years of service, words, a PO box, a postcode, a phone number",
    text="""\
WESTERN ISLANDS WEEKLY - YOUR LETTERS

A brother on the other side

Editor, - I have worked as a nurse at the Badu clinic for four years, and most of you know me as \
"the Ukrainian one". My brother Oleksandr is a machine gunner with a brigade in the Kursk region. \
He wrote to me on Sunday, the first time in a fortnight. After one attack, he wrote, his company \
counted [[dozens]] of North Korean dead in the snow in front of their trench. He says \
[[thousands]] are still waiting in the villages behind the Russian line. Please remember him, and \
the young men on both sides, in your prayers.

- Iryna Bondar, Badu Island

Ask the old marines

Editor, - My father served 22 years in the South Korean marines and lives in Pohang now. When I \
rang him he said Seoul's figure of [[300]] North Korean dead is far too low. He thinks the real \
toll is "[[closer to 1,000]]", because a soldier nobody can find is a soldier nobody counts.

- Min-ji Walters, teacher, Horn Island

Get the prisoner count right

Editor, - Your front page last week said [[two]] North Korean soldiers had been taken prisoner in \
Kursk. Since then several people at the store have told me it was [[twenty]]. The paper was \
right: both men were wounded, and President Zelensky announced their capture on 11 January. Two \
days later South Korea's spy agency said [[about 2,700]] North Koreans had been wounded since \
December, and that is the number that should worry us.

- Robert Nona, Badu

Numbers from an old digger

Editor, - I wore the Torres Strait Light Infantry badge for 17 years, and I have learned that \
armies count their own losses last. My own reckoning is that Pyongyang could send [[as many as \
100,000]] if Moscow keeps paying. The Americans said last week that [[about 1,000]] had been \
killed already, and they are usually careful with such figures. Our boys in uniform should be \
glad they are a long way from all this.

- Cpl (retd) Francis Bani, Mabuiag

Letters should be no longer than 300 words and must carry your name and island. Western Islands \
Weekly, PO Box 214, Badu Island QLD 4875. Phone (07) 4083 2216.
""",
    claims=(
        C("dozens", None, "vague", "casualties", "other", "sun..pub",
          "a nurse quoting her brother, a machine gunner in Kursk ('He wrote to me on Sunday … "
          "he wrote'; the speaker quoted: other; from that Sunday, 19 January, to publication, "
          "as a relative's dated message in earlier sets): dead in front of their trench"),
        C("thousands", None, "vague", "near_front", "other", "sun..pub",
          "same message, 'He says': waiting in the villages behind the Russian line"),
        C("300", 300, "exact", "casualties", "south_korea", "pub",
          "a teacher's father citing 'Seoul's figure of' (South Korea's claim, no day given: "
          "`pub`): dead"),
        C("closer to 1,000", 1000, "approx", "casualties", "other", "pub",
          "the father's own view, relayed ('He thinks', undated; the speaker quoted: other): "
          "the real toll ('closer to' as approx)"),
        C("two", 2, "exact", "casualties", "unattributed", "lastweek",
          "a reader citing the paper's own 'front page last week' (no source: unattributed, "
          "required, as a paper's own editorial in an earlier set): taken prisoner (number word)"),
        C("twenty", 20, "exact", "casualties", "other", "pub",
          "a rumour from 'several people at the store' that the letter corrects (optional)",
          opt=True),
        C("about 2,700", 2700, "approx", "casualties", "south_korea", "2025-01-13",
          "'Two days later' after 11 January (13 January) 'South Korea's spy agency said': "
          "wounded since December"),
        C("as many as 100,000", 100000, "at_most", "planned", "other", "pub",
          "a retired soldier's 'My own reckoning' (undated): Pyongyang 'could send' ('as many "
          "as' as at_most, planned)"),
        C("about 1,000", 1000, "approx", "casualties", "united_states", "lastweek",
          "'The Americans said last week': killed"),
    ),
)

S10 = Source(
    article_id="s129_10_print_shed_mabuiag_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-11-28"),
    dated_by="front_matter", crlf=True,
    features="an island print shed's notes from Mabuiag (Torres Strait) in Markdown, "
        "windows-1252 with CRLF and curly quotes, front matter with `date:` (Thursday) and a "
        "title without a figure; the printing month first; a Korean printmaker in residence "
        "relaying her conscript brother at Yeoncheon 'On Saturday' `up to 15,000` could be sent "
        "in all (at_most, planned, other), her own belief `twenty thousand` by spring (number "
        "words, planned, `pub`) and her echo `Ten thousand` in a quote (optional); the NIS 'on 20 "
        "November' `roughly 11,000` in Russia; the Pentagon 'last week' `about 10,000` moved into "
        "Kursk; HUR 'on Tuesday' `dozens` killed or wounded; Australia's foreign minister 'on "
        "Monday' `thousands` sent (a third government: other); artists, linocuts, editions, "
        "dollars, ages, generations, dates, a phone number",
    text="""\
---
title: "Print shed notes: a visitor from Tongyeong"
date: 2024-11-28
shed: Saltwater Print Shed, Mabuiag Island
---

# A visitor from Tongyeong

The wet season is close, and the print shed has never been busier. Fourteen artists took turns on \
the big press this month, and 60 new linocuts went off to the art fair in Cairns, each in an \
edition of 25. Two of them sold on the first morning for $480 each.

## Park Soo-ah’s residency

Since early October the Korean printmaker Park Soo-ah, 38, has shared the shed with us. She comes \
from Tongyeong, a harbour town on Korea’s south coast where her family has fished for three \
generations, and she has spent her mornings cutting blocks of turtles, dugong and the reef flat \
at low tide.

Her younger brother is a conscript at Yeoncheon, a few kilometres from the border with the North. \
On Saturday he messaged her that the soldiers in his battalion had been told [[up to 15,000]] \
could be sent to Russia in all. She believes [[twenty thousand]] will be there by spring. “[[Ten \
thousand]] boys already, and their mothers are told nothing,” she said while inking a block.

## The news she follows

South Korea’s spy agency told lawmakers on 20 November that some of the [[roughly 11,000]] North \
Koreans in Russia had joined airborne and marine units and were already fighting. The Pentagon \
said last week that [[about 10,000]] had moved into the Kursk region. Ukraine’s military \
intelligence said on Tuesday that [[dozens]] had been killed or wounded when a Ukrainian strike \
hit their position, and Australia’s foreign minister said on Monday that sending [[thousands]] of \
troops to Russia was “a reckless escalation”.

Park flies home from Horn Island on 6 December. Her prints will hang in the shed until Christmas.

## Shed notes

- Orders for paper and ink close on 2 December.
- The press needs a new roller; the best quote so far is $2,300.
- Bookings and sales: 07 4069 4412
""",
    claims=(
        C("up to 15,000", 15000, "at_most", "planned", "other", "sat",
          "a printmaker relaying her conscript brother ('On Saturday he messaged her', 23 "
          "November; the speaker quoted: other): could be sent in all (planned)"),
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "the printmaker 'believes' (undated): there by spring (number words, a forecast)"),
        C("Ten thousand", 10000, "exact", "in_russia", "other", "pub",
          "her echo of the official figure inside a quote ('she said', no day): optional",
          opt=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "2024-11-20",
          "the NIS 'told lawmakers on 20 November': in Russia (the part 'already fighting' has "
          "no figure)"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "lastweek",
          "the Pentagon 'said last week': moved into the Kursk region"),
        C("dozens", None, "vague", "casualties", "ukraine", "tue",
          "HUR 'said on Tuesday' (26 November): killed or wounded in a strike"),
        C("thousands", None, "vague", "in_russia", "other", "mon",
          "Australia's foreign minister 'said on Monday' (25 November; a third government: "
          "other): troops sent to Russia"),
    ),
)

S11 = Source(
    article_id="s129_11_lodge_letter_cartwright_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-08-27"),
    dated_by="html_meta",
    features="a salmon fishing lodge's season letter from near Cartwright (Labrador) in HTML, "
        "UTF-8, `article:published_time` with -03:00 (Wednesday), a cookie note about the "
        "booking calendar, a script, navigation, entities (`&ldquo;`, `&rsquo;`), a footer with "
        "a phone number; `<title>` and headline without a figure; the river and the catch first; "
        "a Winnipeg-born guide relaying his cousin, a drone operator near Sumy, who 'wrote' 'On "
        "Saturday' “maybe `a few hundred`” (vague, other); a Toronto doctor who 'believes' `at "
        "least 25,000` by the end of the year (planned, other, `pub`); the NIS 'in mid-August' "
        "`around 2,000` dead; a State Department spokesperson 'On Monday' `about 15,000` sent; "
        "NATO's top military officer 'on 12 August' 'another' `5,000` expected (increment, "
        "planned); Moscow's ambassador in Pyongyang 'this month' `thousands` of builders in "
        "Kursk by autumn (planned, russia); KCNA 'Last Thursday' `scores` of the fallen "
        "(north_korea, casualties); water temperature, salmon, pounds, guides, dollars, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Season letter | Eagle River Falls Lodge</title>
<meta property="article:published_time" content="2025-08-27T08:15:00-03:00">
<meta property="og:site_name" content="Eagle River Falls Lodge">
<script>var erfl={page:"letter",season:2025,bookingsOpen:true};</script>
</head>
<body>
<div class="cookie-note">One cookie lets the booking calendar remember which week you picked. <a \
href="#" id="ok">Got it</a></div>
<nav><a href="/">Home</a> · <a href="/fishing">The Fishing</a> · <a href="/cabins">Cabins</a> · \
<a href="/letters">Season Letters</a> · <a href="/book">Book</a></nav>
<main>
<h1>Late summer on the Eagle</h1>
<p>The river dropped and warmed in early August, to 17 degrees below the falls, and we rested the \
lower pools for nine days. Even so, our guests hooked and released 412 Atlantic salmon this \
season, the biggest an 18-pound hen taken on a dry fly. Our three guides, two cooks and the \
float-plane pilot deserve most of the credit.</p>
<h2>A guide from the prairies</h2>
<p>Mykola &ldquo;Nick&rdquo; Kowalchuk grew up in Winnipeg, the grandson of a farmer from the \
Ternopil region, and has guided on the Eagle for six summers. His cousin Ihor flies drones for a \
Ukrainian unit in the Sumy region. On Saturday Ihor wrote that the North Koreans across from his \
position were now mostly flying drones themselves, &ldquo;maybe [[a few hundred]] of them on our \
stretch&rdquo;.</p>
<p>One of our guests this month, Dr Grace Han, an anaesthetist from Toronto whose parents left \
Seoul in the 1970s, follows the war closely. She believes [[at least 25,000]] North Koreans will \
have gone to Russia by the end of the year.</p>
<h2>The official figures</h2>
<p>South Korea&rsquo;s intelligence service estimated in mid-August that [[around 2,000]] North \
Korean soldiers had died. On Monday a State Department spokesperson put the total sent so far at \
[[about 15,000]]. NATO&rsquo;s top military officer said on 12 August that another [[5,000]] \
construction troops were expected in Russia before winter, and Moscow&rsquo;s ambassador in \
Pyongyang said this month that [[thousands]] of builders from the North would be at work around \
Kursk before the autumn. Last Thursday KCNA showed Kim Jong Un laying flowers beneath the names \
of [[scores]] of the fallen.</p>
<h2>Next season</h2>
<p>A week in 2026 costs $6,900 a rod, with the float plane from Cartwright included. Half of June \
is already booked.</p>
</main>
<footer>Eagle River Falls Lodge · Cartwright, Labrador · +1 709 938 7244 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/calendar.js"></script>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sat",
          "a guide relaying his cousin, a drone operator ('On Saturday Ihor wrote', 23 August; "
          "the speaker quoted: other), in a quote with 'maybe': across from his position"),
        C("at least 25,000", 25000, "at_least", "planned", "other", "pub",
          "a Toronto doctor 'believes' (undated): gone to Russia by the end of the year (a "
          "forecast: planned)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-11..2025-08-20",
          "the NIS 'estimated in mid-August' (days 11-20): died"),
        C("about 15,000", 15000, "approx", "in_russia", "united_states", "mon",
          "'On Monday a State Department spokesperson put the total sent so far at' (25 "
          "August)"),
        C("5,000", 5000, "exact", "planned", "nato", "2025-08-12",
          "NATO's top military officer 'said on 12 August': 'another' construction troops "
          "expected in Russia before winter (increment, planned)", add=True),
        C("thousands", None, "vague", "planned", "russia", "2025-08-01..pub",
          "Moscow's ambassador in Pyongyang 'said this month' (the 1st to publication): builders "
          "who 'would be at work around Kursk before the autumn' (planned)"),
        C("scores", None, "vague", "casualties", "north_korea", "thu",
          "KCNA 'Last Thursday' (21 August): names of the fallen"),
    ),
)

S12 = Source(
    article_id="s129_12_chalupa_notes_red_bay_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "Red Bay Chalupa Workshop – Notes",
        "https://www.redbaychalupa.example/notes/2025-launch",
        "Workshop notes: the chalupa goes in the water",
    ),
    features="a boatbuilding workshop's notes from Red Bay (Labrador) in Markdown, UTF-8 with "
        "BOM, front matter without a date (sidecar, Wednesday) and a title without a figure; the "
        "launch of a Basque whaleboat replica first; an archaeologist diver from Odesa relaying "
        "her brother, a sapper near Kupiansk, 'Last week' `hundreds` of deminers across the "
        "border (other, near the front, `lastweek`); HUR 'on Monday' `roughly 11,000` in Kursk; "
        "the NIS 'on 14 October' `some 6,000` 'more' being trained to send (increment, planned) "
        "and, 'reckoned', `close to 2,500` dead; Moscow's ambassador 'last week' “`several "
        "thousand`” soldier-builders in Kursk (russia); `several hundred` Kursk veterans at the "
        "10 October parade (returnees: optional); the notes' own count 'Counting every "
        "announcement' `at least 20,000` sent (unattributed, required, `pub`); metres, hours, "
        "rivets, volunteers, dollars, years, a phone number",
    text="""\
---
title: "Workshop notes: the chalupa goes in the water"
workshop: Red Bay Chalupa Workshop
season: 2025
---

# The chalupa goes in the water

After three summers of steaming, bending and riveting, our full-size copy of a sixteenth-century \
Basque whaleboat floated on Saturday in the harbour below the old try-works. She is 8 metres \
long, weighs just under a tonne, and took 2,600 hours of volunteer work and 1,140 copper rivets. \
Eleven of us rowed her out to Saddle Island and back without shipping a drop.

## Our diver from Odesa

Among this year's volunteers was Kateryna Lysenko, 34, a maritime archaeologist from Odesa who \
has dived on the wrecks in the bay since May. She came to Labrador on a research fellowship, and \
on Saturdays she teaches our youngest volunteers to draw frames and planks.

Her brother Dmytro is a sapper near Kupiansk. Last week he told her on the phone that \
[[hundreds]] of North Korean deminers had been seen across the border in the Belgorod region.

## What the governments say

Ukraine's military intelligence said on Monday that [[roughly 11,000]] North Koreans remained in \
the Kursk region. South Korea's spy agency told lawmakers on 14 October that Pyongyang was \
training [[some 6,000]] more soldiers to send, and reckoned that [[close to 2,500]] had died \
since the first deployment. Moscow's ambassador in Pyongyang told Russian news agencies last week \
that "[[several thousand]]" North Korean soldier-builders were rebuilding towns in the Kursk \
region. At the parade in Pyongyang on 10 October, [[several hundred]] veterans of the Kursk \
fighting marched past Kim Jong Un.

Counting every announcement since last October, the total sent comes to [[at least 20,000]], \
though some of those have surely been counted twice.

## Workshop notes

- The chalupa comes out of the water for the winter on 1 November.
- The visitor centre is open until 31 October, 9 a.m. to 5 p.m.; admission is $12.
- Volunteer co-ordinator: Gail Moores, (709) 920 2177
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "lastweek",
          "an archaeologist relaying her brother, a sapper ('Last week he told her on the "
          "phone'; the speaker quoted: other): deminers across the border in the Belgorod "
          "region"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR 'said on Monday' (20 October): remained in the Kursk region"),
        C("some 6,000", 6000, "approx", "planned", "south_korea", "2025-10-14",
          "the NIS 'told lawmakers on 14 October': 'more' being trained to send (increment, "
          "planned)", add=True),
        C("close to 2,500", 2500, "approx", "casualties", "south_korea", "2025-10-14",
          "same briefing, 'reckoned': died since the first deployment ('close to' as approx)"),
        C("several thousand", None, "vague", "near_front", "russia", "lastweek",
          "Moscow's ambassador in Pyongyang 'told Russian news agencies last week', in quotes: "
          "soldier-builders rebuilding towns in the Kursk region"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "Kursk veterans at the 10 October parade (returnees: optional, as in earlier sets)",
          opt=True),
        C("at least 20,000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the notes' own arithmetic 'Counting every announcement' (no source: unattributed, "
          "required): sent in all"),
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
