"""Build the HUNDRED-AND-THIRTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-ninth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
pigeon fanciers' club page from Eupen in East Belgium with a member from near Kharkiv whose brother
serves on the Sumy border, an oyster farm's customer letter from Swakopmund in Namibia with an
oyster grower from Ochakiv whose brother is a marine near Kherson, a wool and felt workshop's
customer letter from Innervillgraten in East Tyrol (Austrian conventions) with a Korean textile
designer from Jeonju, a small cable car co-operative's bulletin from Isenthal in Uri (Swiss
conventions) with a Ukrainian rope engineer from Bukovel and a hiking group from Busan, a herring
fence society's newsletter from Kappeln on the Schlei with a Korean fisheries student from
Tongyeong, an asparagus farm's customer letter from Kronau in the Kraichgau with its Ukrainian
foreman from near Chernivtsi; an agency-style wire report from Puerto Princesa on Palawan with
Filipino seafarers who watched troops loaded at Rajin, a Darjeeling tea estate's garden notes from
Kurseong with a tea buyer from Boseong, an aurora lodge's letter from Yellowknife with a Korean tour
guide and a Ukrainian-Canadian cook, a pickers' hostel's news from Stanthorpe on Queensland's
Granite Belt with a Korean and a Ukrainian strawberry picker, a readers' letters page from a Kauai
weekly with letters quoting relatives, and a lifeboat station's newsletter from Tenby with a
volunteer crewman who was a harbour pilot in Odesa. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind137_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (East Belgium, Namibia, East Tyrol, Uri, Schleswig-Holstein, Baden)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s137_01_taubenpost_eupen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-20"),
    dated_by="html_meta",
    features="a pigeon fanciers' club page from Eupen (East Belgium) in HTML, UTF-8, "
        "`article:published_time` +01:00 (Wednesday), a cookie note about the ring list, a page "
        "script, navigation, entities (`&ndash;`, `&middot;`, `&bdquo;`), a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; the racing season "
        "first; a member from Chuhuiv whose brother, relayed 'Am Sonntag habe er angerufen' in "
        "Konjunktiv, counts `mehrere hundert` digging in across the border (other, Sunday); the "
        "Pentagon 'am Montag' `rund 10.000` in Kursk; the NIS 'schon am Donnerstag' `etwa 11.000` "
        "sent and, carried by 'Nach Einschätzung des Dienstes, so meldeten es Abgeordnete', "
        "`einige tausend` at the front; Rutte 'vergangene Woche' `mehr als 10.000`; Zelensky 'am "
        "Samstag' 'auf `bis zu 20.000` aufstocken' (a new total, not an increment, planned); "
        "'Dem … Militärgeheimdienst zufolge' 'weitere' `3.000` before Christmas (increment before "
        "the figure, planned, `pub`); Ukrainian brigades and their men (not claims), pigeons, "
        "kilometres, flight times, breeders, ages, years, euros, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Taubenpost &ndash; Brieftaubenverein Weserflug Eupen</title>
<meta property="article:published_time" content="2024-11-20T17:30:00+01:00">
<meta property="og:site_name" content="Brieftaubenverein Weserflug Eupen VoG">
<script>window.bwe={rubrik:"taubenpost",saison:2024,ringliste:false};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie, damit die Ringliste Ihre Sortierung behält. \
<a href="#" id="ja">In Ordnung</a></div>
<nav><a href="/">Start</a> | <a href="/flugplan">Flugplan</a> | <a \
href="/ergebnisse">Ergebnisse</a> | <a href="/taubenpost">Taubenpost</a> | <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Ein Schlag für Taras</h1>
<p class="vorspann">Unser jüngstes Mitglied kommt aus der Gegend von Charkiw und hat die Tauben \
seines Großvaters nie vergessen. Von seinem Bruder an der Grenze kommen andere Nachrichten.</p>
<p>Die Saison ist vorbei, die Körbe sind gewaschen und trocknen auf dem Speicher. Beim letzten \
Preisflug ab Orléans am 7. September landete der schnellste Vogel nach 5 Stunden und 12 Minuten \
im Schlag von Erwin Hilgers in der Unterstadt, nach 412 Kilometern Luftlinie. Insgesamt haben \
unsere 23 Züchter in diesem Jahr 1.860 Tauben eingesetzt.</p>
<p>Seit April fliegt auch Taras Melnyk mit. Der 31-Jährige kam 2022 aus Tschuhujiw nach \
Ostbelgien, arbeitet in einer Kabelfabrik und hat im Garten der Familie Hilgers einen kleinen \
Schlag mit 14 Jungtauben bezogen. Schon sein Großvater hielt Brieftauben, erzählt er, bis die \
Kolchose den Taubenboden für Saatgut brauchte.</p>
<p>Sein älterer Bruder Serhij dient in einer Artilleriebrigade im Gebiet Sumy, gegenüber dem \
russischen Gebiet Kursk. Am Sonntag habe er angerufen, berichtet Taras: Jenseits der Grenze lägen \
inzwischen [[mehrere hundert]] Nordkoreaner in frisch ausgehobenen Stellungen, nachts höre man \
sie graben. An seinem Abschnitt stünden drei ukrainische Brigaden mit zusammen vielleicht 6.000 \
Mann, und alle hätten Befehl, jede Bewegung drüben sofort zu melden.</p>
<h2>Was die Regierungen sagen</h2>
<p>Die Zahlen aus den Hauptstädten gehen auseinander. Das Pentagon erklärte am Montag, [[rund \
10.000]] nordkoreanische Soldaten seien mittlerweile im Gebiet Kursk angekommen; einige hätten \
sich schon an Gefechten beteiligt. Der südkoreanische Geheimdienst NIS hatte die Zahl der \
Entsandten schon am Donnerstag auf [[etwa 11.000]] geschätzt. Nach Einschätzung des Dienstes, so \
meldeten es Abgeordnete in Seoul, seien [[einige tausend]] davon bereits an der Front \
eingesetzt, nach einer kurzen Ausbildung an Drohnen.</p>
<p>Nato-Generalsekretär Mark Rutte sprach vergangene Woche in Brüssel von [[mehr als 10.000]] \
Nordkoreanern, die in die Region Kursk verlegt worden seien. Wolodymyr Selenskyj wiederum \
warnte am Samstag, Kim Jong Un könne sein Kontingent auf [[bis zu 20.000]] Mann aufstocken. Dem \
ukrainischen Militärgeheimdienst zufolge sollen noch vor Weihnachten weitere [[3.000]] Soldaten \
aus dem Norden eintreffen.</p>
<p>Taras liest das alles auf dem Handy, zwischen Futtersack und Tränke. &bdquo;Serhij sagt, die \
Koreaner seien jung und hätten keine Angst. Das beunruhigt ihn mehr als jede Zahl&ldquo;, sagt \
er und streut den Jungtauben Weizen.</p>
<h2>Aus dem Verein</h2>
<p>Die Jahresversammlung findet am 13. Dezember um 20 Uhr im Vereinslokal am Werthplatz statt. \
Der Mitgliedsbeitrag bleibt bei 45 Euro. Für den Zuchtfonds von Taras kamen beim Herbstessen \
610 Euro zusammen; davon hat er zwei Zuchtpaare aus Verviers gekauft.</p>
</article>
<footer>Brieftaubenverein Weserflug Eupen VoG &middot; 4700 Eupen &middot; Tel. 087 55 61 20 \
&middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/ringliste.js"></script>
</body>
</html>
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun",
          "a member relaying his brother, an artilleryman on the Sumy border ('Am Sonntag habe er "
          "angerufen, berichtet Taras', Konjunktiv; the speaker quoted: other): dug in across the "
          "border"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'erklärte am Montag' (18 November, Wednesday page): arrived in Kursk"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'hatte … schon am Donnerstag … geschätzt' (14 November): all sent"),
        C("einige tausend", None, "vague", "near_front", "south_korea", "thu",
          "same assessment, carried by 'Nach Einschätzung des Dienstes, so meldeten es Abgeordnete "
          "in Seoul' and 'davon' (a breakdown): already at the front"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "lastweek",
          "Rutte 'sprach vergangene Woche in Brüssel von': moved to the Kursk region"),
        C("bis zu 20.000", 20000, "at_most", "planned", "ukraine", "sat",
          "Zelensky 'warnte am Samstag' (16 November): 'sein Kontingent auf … aufstocken' (a new "
          "total the contingent could reach: planned, not an increment)"),
        C("3.000", 3000, "exact", "planned", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): 'weitere' before Christmas "
          "(increment before the figure, span without the word, planned)", add=True),
    ),
)

S02 = Source(
    article_id="s137_02_austernbrief_swakopmund_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-27"),
    dated_by="front_matter",
    features="an oyster farm's customer letter from Swakopmund (Namibia) in Markdown, UTF-8 with "
        "BOM, front matter with `date:` (Friday) and a title without a figure; the harvest first; "
        "an oyster grower from Ochakiv relaying her brother, a marine near Kherson ('schreibe "
        "er', Konjunktiv), `Zehntausende` still to come (other, planned, `pub`); Shoigu 'Am 17. "
        "Juni … in Pjöngjang … kündigte an' `6.000` builders and sappers with 'darunter' "
        "`1.000` deminers (a "
        "breakdown, planned, russia); the NIS 'Vergangene Woche' `Rund 11.000` in Kursk "
        "(sentence-initial after a colon) and, in the same Konjunktiv, `etwa 15.000` sent; KCNA "
        "'am Montag' families of `Hunderten` fallen (north_korea); Zelensky 'schätzt' `über "
        "4.000` dead and wounded (`pub`); 'südkoreanischen Medienberichten zufolge' `bis zu "
        "25.000` 'weitere' (unattributed, increment, planned); oysters, water temperature, "
        "Namibian dollars, dozens of oysters, years, ages, a phone number",
    text="""\
---
title: "Austernbrief Juni 2025"
date: 2025-06-27
betrieb: Austernfarm Dünenblick, Swakopmund
---

# Kalte Strömung, volle Körbe

Der Benguelastrom hat uns in diesem Winter verwöhnt. Das Wasser an den Leinen liegt seit Mai bei \
14 Grad, das Plankton blüht, und die Austern wachsen so schnell wie seit drei Jahren nicht mehr. \
Im Juni haben wir 86.000 Stück geerntet; die Kiste mit einem Dutzend kostet ab Farm weiterhin \
180 Namibia-Dollar.

## Eine Austernfrau aus Otschakiw

Seit Februar arbeitet Kateryna Bondar bei uns. Die 38-Jährige hat zwölf Jahre lang eine \
Austernzucht an der Mündung des Dnipro-Bug-Limans geführt, bis die Anlagen 2022 unter Beschuss \
gerieten. Jetzt sortiert sie unsere Saatmuscheln und bringt den Jungs an den Leinen ein paar \
Brocken Ukrainisch bei.

Ihr Bruder Oleksandr ist Marineinfanterist bei Cherson. Er schreibt ihr fast jeden Abend, und \
wenn Kateryna morgens an den Sortiertisch kommt, wissen wir meist schon, wie seine Nacht war. \
Über die Nordkoreaner, schreibe er, erzähle man sich an der Front, dass [[Zehntausende]] noch \
kommen sollten. „Er glaubt es nicht ganz, aber er hat aufgehört, darüber zu lachen“, sagt sie.

## Die Zahlen dieser Wochen

Tatsächlich ist in den letzten Tagen einiges bekannt geworden. Am 17. Juni stand Sergej \
Schoigu, der Mann an der Spitze des russischen Sicherheitsrats, in Pjöngjang vor den Kameras und \
kündigte an, Nordkorea werde [[6.000]] Militärbauarbeiter und Pioniere ins Gebiet Kursk schicken, \
darunter [[1.000]] Minenräumer. \
Vergangene Woche unterrichtete der südkoreanische Geheimdienst NIS die Abgeordneten in Seoul: \
[[Rund 11.000]] Nordkoreaner stünden weiterhin im Gebiet Kursk, insgesamt habe Pjöngjang seit \
dem Herbst [[etwa 15.000]] Mann geschickt.

Die Staatsagentur KCNA berichtete am Montag, Kim Jong Un habe die Familien von [[Hunderten]] \
Gefallenen empfangen und ihnen neue Wohnungen in der Hauptstadt übergeben. Präsident Selenskyj \
schätzt die Zahl der getöteten und verwundeten Nordkoreaner auf [[über 4.000]]. Und \
südkoreanischen Medienberichten zufolge könnten im Sommer [[bis zu 25.000]] weitere folgen.

Kateryna zuckt bei solchen Zahlen mit den Schultern. „Für Oleksandr zählt nur der Graben vor \
ihm“, sagt sie und hebt die nächste Leine aus dem Wasser.

## Hinweise

- Frische Austern gibt es dienstags und freitags von 8 bis 12 Uhr am Hoftor in der \
Industriestraße.
- Restaurants in Windhuk beliefern wir zweimal pro Woche, ab 20 Dutzend.
- Kateryna sammelt für ein Ambulanzboot auf dem Dnipro; bisher sind 41.500 Namibia-Dollar \
zusammengekommen. Danke!
- Bestellungen: +264 64 40 27 15
""",
    claims=(
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "an oyster grower relaying her brother, a marine near Kherson ('schreibe er', "
          "Konjunktiv, no day; the speaker quoted: other): still to come (planned)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni … in Pjöngjang … kündigte an': builders and sappers for Kursk "
          "(an announcement: planned)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'darunter': deminers (a breakdown, not an increment)"),
        C("Rund 11.000", 11000, "approx", "near_front", "south_korea", "lastweek",
          "the NIS 'Vergangene Woche unterrichtete … die Abgeordneten', Konjunktiv after a colon "
          "(sentence-initial hedge): still in the Kursk region"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "same briefing, same Konjunktiv: sent since the autumn in all"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "mon",
          "KCNA 'berichtete am Montag' (23 June): families of the fallen received by Kim"),
        C("über 4.000", 4000, "at_least", "casualties", "ukraine", "pub",
          "Zelensky 'schätzt' (present tense, undated): killed and wounded"),
        C("bis zu 25.000", 25000, "at_most", "planned", "unattributed", "pub",
          "'südkoreanischen Medienberichten zufolge' (media reports: unattributed): 'weitere' "
          "could follow in the summer (increment after the figure, planned)", add=True),
    ),
)

S03 = Source(
    article_id="s137_03_wollbrief_innervillgraten",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Villgrater Wollwerkstatt – Wollbrief",
        "https://www.villgrater-wollwerkstatt.example/wollbrief/feber-2025",
        "Wollbrief Feber 2025: Walken mit Su-bin",
    ),
    features="a wool and felt workshop's customer letter from Innervillgraten (East Tyrol) as "
        "plain text, windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Friday), "
        "Austrian conventions (`Jänner`, `Feber`, `heuer`, `Patschen`, `vorige Woche`); the "
        "winter and the fulling mill first; a Korean textile designer from Jeonju whose brother "
        "is a sergeant at the demarcation line; the NIS 'Schon Mitte Jänner' `etwa 300` dead and "
        "`2.700` wounded (days 11-20); 'Am Mittwoch hieß es … aus Seoul' without a figure; 'Aus "
        "dem Pentagon verlautete Ende Jänner' `etwa 12.000` (days 21-31); Zelensky 'vorige Woche' "
        "`rund 4.000` killed or wounded; HUR 'laut einer Mitteilung vom Montag' `einige tausend` "
        "'zusätzlich' (increment, planned); the brother, relayed, 'heuer noch einmal' "
        "`zwanzigtausend` (number word, increment, planned, other) and the designer 'glaubt' "
        "`mehr als 15.000` (other; both undated during her stay 'Heuer': 1 January to "
        "publication); the North's army as a whole (not a claim); frost "
        "days, pairs of slippers, tonnes of wool, farmers, years, ages, euros, grams, a phone "
        "number",
    text="""\
VILLGRATER WOLLWERKSTATT – Wollbrief Feber 2025

Liebe Freundinnen und Freunde der Schafwolle,

der Jänner war bei uns im hinteren Villgratental so kalt wie schon lange nicht mehr: An zwölf \
Tagen hatte es minus 20 Grad und weniger, und die Walke stand zweimal still, weil die \
Wasserleitung zum Mühlrad eingefroren war. Trotzdem haben wir seit Neujahr 2.300 Paar \
Filzpatschen gefertigt und 1,8 Tonnen Wolle von 64 Bauern aus dem Tal gewaschen.

Heuer hatten wir zum ersten Mal einen Gast aus Asien in der Werkstatt. Kang Su-bin, 29, \
Textildesignerin aus Jeonju, war sechs Wochen bei uns, um das Walken zu lernen. Daheim macht man \
aus der Rinde des Maulbeerbaums Papier; bei uns hat sie Loden gewalkt, bis ihr die Arme wehtaten, \
und dabei jeden Morgen die Nachrichten aus Seoul gelesen.

Ihr älterer Bruder Min-jae ist Feldwebel in einer Division an der Demarkationslinie, deshalb \
schaut Su-bin genau hin, wenn es um die Soldaten aus dem Norden geht. Schon Mitte Jänner hatte der \
südkoreanische Geheimdienst die Verluste der Nordkoreaner in Kursk auf [[etwa 300]] Tote und \
[[2.700]] Verwundete beziffert. Am Mittwoch hieß es dann aus Seoul, die Einheiten seien seit \
Ende Jänner nicht mehr an der Front gesehen worden, vermutlich wegen dieser Verluste.

Aus dem Pentagon verlautete Ende Jänner, [[etwa 12.000]] Nordkoreaner hielten sich weiterhin in \
Russland auf. Präsident Selenskyj sagte vorige Woche in einem Interview, [[rund 4.000]] von ihnen \
seien inzwischen getötet oder verwundet worden. Der ukrainische Militärgeheimdienst rechnet laut \
einer Mitteilung vom Montag damit, dass bis zum Frühjahr [[einige tausend]] Artilleristen \
zusätzlich nachkommen. Die Volksarmee des Nordens zählt insgesamt weit über eine Million \
Soldaten.

Su-bin erzählt, was ihr Bruder am Telefon sagt: Im Norden werde man heuer noch einmal \
[[zwanzigtausend]] schicken, „weil Kim für jeden Mann Geld oder Öl bekommt“. Sie selbst glaubt, \
dass längst [[mehr als 15.000]] Nordkoreaner in Russland gewesen sind. „Bei uns nennt man sie \
immer noch Brüder“, sagt sie. „Das macht es nicht leichter.“

Zum Abschied hat Su-bin uns ein Stück Papier aus Jeonju dagelassen, in das sie Villgrater Wolle \
eingearbeitet hat. Es hängt jetzt im Verkaufsraum neben der Walke.

Hinweise
– Werkstattverkauf: Montag bis Freitag 9 bis 12 und 14 bis 17 Uhr
– Die Patschen kosten weiterhin 49 Euro, Kinderpatschen 36 Euro.
– Schurwolle zum Selberfilzen: 500 Gramm um 14 Euro
– Bestellungen und Fragen: 04843 53 17
""",
    claims=(
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Schon Mitte Jänner hatte … beziffert' (days 11-20): dead in Kursk"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same estimate: wounded (the other part of one count, not an increment)"),
        C("etwa 12.000", 12000, "approx", "in_russia", "united_states",
          "2025-01-21..2025-01-31",
          "'Aus dem Pentagon verlautete Ende Jänner' (day 21 to the month's end), Konjunktiv: "
          "still in Russia"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky 'sagte vorige Woche in einem Interview': killed or wounded ('von ihnen' "
          "refers to the North Koreans in general, not a breakdown of the Pentagon figure)"),
        C("einige tausend", None, "vague", "planned", "ukraine", "mon",
          "HUR 'rechnet laut einer Mitteilung vom Montag damit' (10 February): gunners "
          "'zusätzlich' by spring (increment after the figure, planned)", add=True),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "2025-01-01..pub",
          "the designer relaying her brother, a sergeant at the demarcation line ('was ihr "
          "Bruder am Telefon sagt', Konjunktiv, no day; the speaker quoted: other): 'heuer noch "
          "einmal' (increment, number word, planned); told during her stay this year ('Heuer'), "
          "so from 1 January to publication", add=True),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "2025-01-01..pub",
          "the designer herself 'glaubt' (no day; during her stay this year, as above): have "
          "been in Russia"),
    ),
)

S04 = Source(
    article_id="s137_04_seilbahn_isenthal_mitteilungen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-10-03"),
    dated_by="dateline",
    features="a small cable car co-operative's bulletin from Isenthal (Uri) as plain text, "
        "ISO-8859-1 (Swiss conventions: `ss`, «», `4'812`, `15'260`, `1'640`, `86'000`, "
        "`10'000 bis 11'000`, `4'000`, `30'000`, 4-digit `2000`/`5000`), dated by the place line "
        "'Isenthal, 3. Oktober 2025' (Friday); the summer's trips first; a Ukrainian rope "
        "engineer from Bukovel relaying his son, a sapper on the Sumy border, «`Tausende`» "
        "building bunkers (other; told during the August rope test: 1 August to publication); "
        "a hiking group's leader from Busan, there 'Im Juli', who 'glaubt' `an die 30'000` "
        "(approx, other; 1 July to publication); the NIS 'schätzte Ende September' "
        "`10'000 bis 11'000` in "
        "Russia (range) and, by 'bezifferte er', `rund 2000` fallen; Zelensky 'am 24. September "
        "vor der Uno-Generalversammlung' «`mehr als 4'000` Tote und Verwundete» (quoted); "
        "Russia's defence ministry 'am Mittwoch' hectares cleared (not a claim) and «`mehrere "
        "hundert`» sappers at work (a quoted phrase; russia, near the front); North Korean state "
        "TV 'am Dienstag' `einigen hundert` returning sappers (returnees: optional); a NATO "
        "official 'am Montag' `bis zu 5000` military builders by the year's end (planned); trips, "
        "passengers, cabin seats, metres of rope, francs, hectares, members, years, a meeting "
        "date, a phone number",
    text="""\
GENOSSENSCHAFT LUFTSEILBAHN ISENTHAL-SASSIGRAT
Mitteilungen an die Genossenschafter, Herbst 2025

Isenthal, 3. Oktober 2025

Liebe Genossenschafterinnen und Genossenschafter

Unsere Bahn hat ihren sechzigsten Sommer hinter sich. Seit der Wiedereröffnung am 24. Mai haben \
wir 4'812 Fahrten gezählt und 15'260 Fahrgäste auf die Alp gebracht, so viele wie noch nie. Die \
kleine Kabine für acht Personen ist an schönen Wochenenden von sieben Uhr früh bis zum \
Eindunkeln gependelt, und die Älplerinnen haben uns mit Käse und Most bei Laune gehalten.

Die Seilprüfung im August

Für die vorgeschriebene Prüfung des Tragseils hatten wir diesmal einen besonderen Fachmann: Bohdan \
Kravets, Seilbahningenieur aus Bukovel in den ukrainischen Karpaten, der seit 2023 für eine Firma \
in Altdorf arbeitet. Er ist die 1'640 Meter Seil zwei Tage lang mit dem Prüfgerät abgefahren. \
Befund: gut, aber die Talstation braucht neue Umlenkrollen. Kostenpunkt: 86'000 Franken.

Sein Sohn Andrij ist Pionier im Gebiet Sumy. «Er sagt, drüben auf der russischen Seite bauen \
jetzt [[Tausende]] Nordkoreaner Bunker und Strassen», erzählte Bohdan in der Bergstation, «und \
wenn der Wind richtig steht, hört man sie singen.»

Gäste aus Busan

Im Juli kam zum ersten Mal eine Wandergruppe aus Südkorea, 22 Pensionierte mit Stöcken und \
Sonnenhüten. Ihr Leiter, der frühere Mathematiklehrer Choi Young-ho, stand lange vor der Tafel \
mit den Fahrzeiten und rechnete nach. Er glaubt, dass Pjöngjang seit dem letzten Herbst [[an die \
30'000]] Mann nach Russland geschickt hat, «mehr, als die Regierungen zugeben».

Was die Behörden melden

Der südkoreanische Nachrichtendienst schätzte Ende September, dass sich derzeit [[10'000 bis \
11'000]] Nordkoreaner in Russland aufhalten, die meisten im Grenzgebiet von Kursk. Die Zahl der \
Gefallenen bezifferte er auf [[rund 2000]]. Präsident Selenskyj hatte am 24. September vor der \
Uno-Generalversammlung gesagt, Pjöngjang habe «[[mehr als 4'000]] Tote und Verwundete» zu \
beklagen. Das russische Verteidigungsministerium meldete am Mittwoch, nordkoreanische Pioniere \
hätten im Gebiet Kursk schon über 1'500 Hektaren von Minen befreit; an der Arbeit seien \
«[[mehrere hundert]]» Spezialisten beteiligt. Am Dienstag zeigte das nordkoreanische Fernsehen die \
Heimkehr von [[einigen hundert]] dieser Pioniere. Ein Nato-Vertreter sprach am Montag in Brüssel \
von [[bis zu 5000]] Militärbauarbeitern aus dem Norden, die bis Jahresende in Russland eintreffen \
sollen.

Mitteilungen des Vorstands
- Die Bahn fährt noch bis zum 26. Oktober, danach folgt die Revision.
- Der Anteilschein kostet unverändert 500 Franken; die Genossenschaft zählt 318 Mitglieder.
- Generalversammlung: Freitag, 21. November, 19.30 Uhr, Mehrzweckhalle
- Kabine reservieren: 041 878 11 52
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "2025-08-01..pub",
          "a rope engineer relaying his son, a sapper on the Sumy border («Er sagt», 'erzählte "
          "Bohdan in der Bergstation' without a day, during the August rope test; the speaker "
          "quoted: other): building bunkers on the Russian side; from 1 August to publication"),
        C("an die 30'000", 30000, "approx", "in_russia", "other", "2025-07-01..pub",
          "a hiking group's leader who came 'Im Juli' and 'glaubt' (no day): sent to Russia "
          "since last autumn ('an die' as approx); from 1 July to publication"),
        C("10'000 bis 11'000", None, "range", "in_russia", "south_korea",
          "2025-09-21..2025-09-30",
          "the NIS 'schätzte Ende September' (day 21 to the month's end): in Russia, most of them "
          "in the Kursk border area (the figure counts those in Russia)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "same estimate, 'bezifferte er' (pronoun): fallen"),
        C("mehr als 4'000", 4000, "at_least", "casualties", "ukraine", "2025-09-24",
          "Zelensky 'hatte am 24. September vor der Uno-Generalversammlung gesagt', inside «»: "
          "dead and wounded"),
        C("mehrere hundert", None, "vague", "near_front", "russia", "wed",
          "Russia's defence ministry 'meldete am Mittwoch' (1 October), a quoted phrase in «»: "
          "sappers clearing mines in the Kursk region"),
        C("einigen hundert", None, "vague", "in_russia", "north_korea", "tue",
          "North Korean TV 'Am Dienstag' (30 September): sappers coming home (returnees, as the "
          "Kursk veterans in earlier sets: optional)", opt=True),
        C("bis zu 5000", 5000, "at_most", "planned", "nato", "mon",
          "a NATO official 'sprach am Montag in Brüssel von' (29 September): military builders "
          "due by the year's end (planned; no increment word)"),
    ),
)

S05 = Source(
    article_id="s137_05_heringszaun_kappeln_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Förderverein Heringszaun Kappeln – Rundbrief",
        "https://www.heringszaun-kappeln.example/rundbrief/fruehjahr-2025",
        "Der Zaun steht, der Hering kommt",
    ),
    features="a herring fence society's newsletter from Kappeln on the Schlei in Markdown, UTF-16 "
        "LE with BOM, front matter without a date (sidecar, Wednesday) and a title without a "
        "figure; storm damage, stakes and herring first; a Korean fisheries student from "
        "Tongyeong relaying her cousin, a marine on Yeonpyeong, who 'habe ihr am Ostermontag "
        "geschrieben' `zehntausend` 'weitere' (number word, increment, planned; from Easter "
        "Monday to publication, other); Gerasimov 'Am Samstag' `Tausenden` in the Kursk fighting "
        "(russia); KCNA 'am Montag' without a figure; the NIS 'Gestern' (`yday`, a "
        "report to lawmakers) `rund 15.000` sent, `etwa 4.700` killed or wounded and "
        "'darunter' `etwa 600` dead (a breakdown); 'Aus "
        "Washington hieß es schon Mitte April' `3.000` 'zusätzlich' (increment, in Russia); HUR "
        "'geht davon aus' `knapp 11.000` (`knapp` as approx, `pub`); stakes, metres, tonnes of "
        "herring, volunteers, members, years, euros, a phone number",
    text="""\
---
title: "Der Zaun steht, der Hering kommt"
verein: Förderverein Heringszaun Kappeln
ausgabe: Rundbrief 1/2025
---

# Der Zaun steht, der Hering kommt

Der Heringszaun in der Schlei ist der letzte seiner Art in Europa, und in diesem Winter hätte \
nicht viel gefehlt, dass er es nicht mehr wäre. Das Hochwasser Anfang Januar hat 140 der rund \
3.000 Eichenpfähle umgeknickt. Im Februar und März haben 26 Freiwillige an neun Samstagen neue \
Pfähle gesetzt, zum Teil bis zur Hüfte im eiskalten Wasser. Seit Mitte April ziehen die Heringe \
zum Laichen in die Schlei, und unser Fischer hat in den ersten zwei Wochen knapp 4 Tonnen aus der \
Reuse geholt.

## Larven zählen mit Ha-eun

Beim Pfahlsetzen war auch Ha-eun Jung dabei. Die 27-Jährige aus Tongyeong an der koreanischen \
Südküste schreibt in Kiel ihre Doktorarbeit über die Laichplätze des Ostseeherings und zählt für \
uns jede Woche die Larven am Zaun. Daheim, erzählt sie, fängt man im Winter Austern und im \
Frühjahr Sardellen, und niemand hat je von einem Heringszaun gehört.

Ihr Cousin dient bei der Marineinfanterie auf der Insel Yeonpyeong, in Sichtweite der \
nordkoreanischen Küste. Er habe ihr am Ostermontag geschrieben, erzählt Ha-eun: In seiner \
Truppe rechne man damit, dass der Norden bis zum Herbst [[zehntausend]] weitere Soldaten nach \
Russland bringe. „Er schreibt das so ruhig, als ginge es ums Wetter“, sagt sie.

## Was aus Moskau, Pjöngjang und Seoul kam

In den vergangenen Tagen haben sich die Meldungen überschlagen. Am Samstag erklärte Russlands \
Generalstabschef Waleri Gerassimow, das Gebiet Kursk sei vollständig zurückerobert, und lobte \
den Einsatz von [[Tausenden]] nordkoreanischen Soldaten bei den Kämpfen dort. Die Staatsagentur \
KCNA bestätigte am Montag erstmals, dass Truppen aus dem Norden in Kursk gekämpft hätten; eine \
Zahl nannte sie nicht.

Gestern dann legte der Geheimdienst NIS den Abgeordneten in Seoul seine Bilanz vor: Von den [[rund \
15.000]] Entsandten seien [[etwa 4.700]] getötet oder verwundet worden, darunter [[etwa 600]] \
Tote. Aus Washington hieß es schon Mitte April, seit Jahresbeginn seien [[3.000]] Nordkoreaner \
zusätzlich in Russland eingetroffen. Der ukrainische Militärgeheimdienst geht davon aus, dass \
derzeit noch [[knapp 11.000]] im Grenzgebiet stehen.

Ha-eun nimmt die Zahlen mit an den Zaun und vergleicht sie mit ihren Larven. „Bei den Heringen \
weiß ich wenigstens, dass ich richtig gezählt habe.“

## Termine

- Heringstage am Hafen: 29. Mai bis 1. Juni, Fischbrötchen 4,50 Euro
- Führungen am Zaun: samstags um 11 Uhr, Treffpunkt an der Drehbrücke
- Der Verein hat 212 Mitglieder; der Jahresbeitrag beträgt 30 Euro.
- Kontakt: 04642 92 48 30
""",
    claims=(
        C("zehntausend", 10000, "exact", "planned", "other", "2025-04-21..pub",
          "a student relaying her cousin, a marine on Yeonpyeong ('Er habe ihr am Ostermontag "
          "geschrieben, erzählt Ha-eun', Konjunktiv; the speaker quoted: other): 'weitere' by "
          "the autumn (number word, increment, planned; the message's day, Easter Monday 21 "
          "April, to publication)", add=True),
        C("Tausenden", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'Am Samstag erklärte' (26 April): soldiers deployed in the fighting in Kursk"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "yday",
          "the NIS 'Gestern dann legte … den Abgeordneten in Seoul seine Bilanz vor' (Tuesday 29 "
          "April), Konjunktiv after a colon: all sent"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "yday",
          "same briefing: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "yday",
          "same briefing, 'darunter' (a breakdown): dead"),
        C("3.000", 3000, "exact", "in_russia", "united_states", "2025-04-11..2025-04-20",
          "'Aus Washington hieß es schon Mitte April' (days 11-20): arrived in Russia "
          "'zusätzlich' since January (increment after the figure)", add=True),
        C("knapp 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): still in the border area ('knapp' as approx)"),
    ),
)

S06 = Source(
    article_id="s137_06_hofbrief_kronau_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-06"),
    dated_by="sidecar",
    sidecar=(
        "Spargelhof Weickum, Kronau",
        "https://www.spargelhof-weickum.example/hofbrief/juni-2025",
        "Die letzten drei Wochen",
    ),
    features="an asparagus farm's customer letter from Kronau in the Kraichgau in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, `&sbquo;`, "
        "`&lsquo;`, `&ndash;`), no meta date (sidecar, Friday), a cookie note about the bundle "
        "size, a script, navigation, a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; the harvest first; the Ukrainian foreman from near "
        "Chernivtsi relaying his son, a gunner on the Sumy border, who called 'An Christi "
        "Himmelfahrt' (29 May) and was retold the next morning: `Hunderte` opposite his battery "
        "(other; the call's day to the telling); Budanov 'vergangene Woche' `etwa 11.000` in "
        "Kursk; 'Nach Erkenntnissen des … NIS, die Ende Mai bekannt wurden' `rund 15.000` sent "
        "and 'von denen' `mehrere tausend` wounded (a breakdown); Zelensky 'am Montag' `bis zu "
        "30.000` who 'hinzukommen könnten' (increment, planned); Russian state TV 'am Mittwoch' "
        "`einigen hundert` clearing mines near Sudzha (russia, near the front); 'Laut "
        "Presseberichten aus Seoul' 'weitere' `6.000` (unattributed, increment, planned); the "
        "White House 'Ende Mai' &bdquo;`deutlich über 1.000`&ldquo; fallen ('deutlich über' as "
        "at_least); hectares, tonnes, harvest workers, prices per kilo, donations, years, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Hofbrief &ndash; Spargelhof Weickum, Kronau</title>
<script>var hof={seite:"hofbrief",saison:2025,laden:"offen"};</script>
</head>
<body>
<div id="cookie">Unser Bestellformular merkt sich mit einem Cookie, welche Bundstärke Sie \
zuletzt gewählt haben. <button>Alles klar</button></div>
<nav><a href="/">Hof</a> &middot; <a href="/spargel">Spargel &amp; Erdbeeren</a> &middot; <a \
href="/hofbrief">Hofbrief</a> &middot; <a href="/anfahrt">Anfahrt</a></nav>
<main>
<h1>Die letzten drei Wochen</h1>
<p>Liebe Kundinnen und Kunden, bis Johanni am 24. Juni stechen wir noch, dann darf der Spargel \
wieder Kraft sammeln. Auf unseren 38 Hektar im Kraichgau haben wir bisher rund 210 Tonnen \
geerntet, etwas weniger als im Vorjahr, weil der April so trocken war. Klasse I kostet im \
Hofladen derzeit 12 Euro das Kilo.</p>
<h2>Vasyl und sein Sohn</h2>
<p>Vasyl Hutsul kommt seit 2011 jedes Frühjahr aus einem Dorf bei Czernowitz zu uns, \
inzwischen als Vorarbeiter von 42 Erntehelferinnen und Erntehelfern. Sein Sohn Ivan ist \
Richtschütze in einer Haubitzenbatterie im Gebiet Sumy. An Christi Himmelfahrt rief Ivan \
spätabends an, und Vasyl erzählte es uns am nächsten Morgen in der Sortierhalle: Gegenüber \
seiner Batterie lägen jetzt [[Hunderte]] Nordkoreaner, viele davon Scharfschützen.</p>
<h2>Die Lage, wie sie gemeldet wird</h2>
<p>Kyrylo Budanow, Chef des ukrainischen Militärgeheimdienstes, sagte vergangene Woche, [[etwa \
11.000]] Nordkoreaner stünden weiterhin in der Region Kursk. Nach Erkenntnissen des \
südkoreanischen NIS, die Ende Mai bekannt wurden, hat Pjöngjang bisher [[rund 15.000]] Mann nach \
Russland geschickt, von denen [[mehrere tausend]] verwundet worden seien. Präsident Selenskyj \
sprach am Montag davon, dass im Sommer [[bis zu 30.000]] Nordkoreaner hinzukommen könnten.</p>
<p>Das russische Staatsfernsehen zeigte am Mittwoch Bilder von [[einigen hundert]] \
Nordkoreanern, die bei Sudscha Felder entminen. Laut Presseberichten aus Seoul sollen im Herbst \
weitere [[6.000]] Pioniere und Bauarbeiter folgen. Das Weiße Haus bezifferte die Zahl der \
nordkoreanischen Gefallenen Ende Mai auf &bdquo;[[deutlich über 1.000]]&ldquo;.</p>
<p>Vasyl hält nicht viel von solchen Zahlen. &sbquo;Mein Sohn zählt, was er sieht&lsquo;, sagt \
er, und dann geht er wieder hinaus zu seinen Leuten auf die Dämme.</p>
<h2>Auf dem Hof</h2>
<p>Ab Mitte Juni gibt es Erdbeeren zum Selberpflücken, 4,90 Euro das Kilo. Für die Familie von \
Vasyl, deren Haus im Winter wochenlang ohne Strom war, haben Sie an unserer Kasse 2.860 Euro \
gespendet &ndash; danke! Der Hofladen an der Bruchsaler Straße ist täglich von 8 bis 18 Uhr \
geöffnet.</p>
</main>
<footer>Spargelhof Weickum &middot; 76709 Kronau &middot; Telefon 07253 94 18 62 &middot; <a \
href="/impressum">Impressum</a></footer>
<script src="/js/bestellung.js"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-05-29..2025-05-30",
          "the foreman relaying his son, a gunner on the Sumy border, Konjunktiv (the speaker "
          "quoted: other): the call 'An Christi Himmelfahrt' (29 May) retold 'am nächsten "
          "Morgen' (30 May), so the window runs from the call to the telling"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov, named with his role, 'sagte vergangene Woche': still in the Kursk region"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-05-21..2025-05-31",
          "'Nach Erkenntnissen des südkoreanischen NIS, die Ende Mai bekannt wurden' (day 21 to "
          "the month's end): sent to Russia"),
        C("mehrere tausend", None, "vague", "casualties", "south_korea",
          "2025-05-21..2025-05-31",
          "same findings, 'von denen' (a breakdown), Konjunktiv: wounded"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "mon",
          "Zelensky 'sprach am Montag davon' (2 June): could be added in the summer "
          "('hinzukommen': increment, planned)", add=True),
        C("einigen hundert", None, "vague", "near_front", "russia", "wed",
          "Russian state television 'zeigte am Mittwoch' (4 June; a state broadcaster: russia): "
          "clearing mines near Sudzha"),
        C("6.000", 6000, "exact", "planned", "unattributed", "pub",
          "'Laut Presseberichten aus Seoul' (media reports: unattributed): 'weitere' sappers and "
          "builders to follow in the autumn (increment before the figure, planned)", add=True),
        C("deutlich über 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-05-21..2025-05-31",
          "the White House 'bezifferte … Ende Mai auf', in „“ as entities: fallen ('deutlich "
          "über' as at_least, like 'well over')"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (the Philippines, India, Canada, Australia, Hawaii, Wales)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s137_07_archipelago_wire_puerto_princesa",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-22"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Puerto Princesa (Palawan, the Philippines) as "
        "plain text, UTF-8 with CRLF, slug line and dateline 'PUERTO PRINCESA, Philippines, "
        "January 22, 2025 (Archipelago Newswire) –' (Wednesday), straight quotes; the "
        "headline's `300` from the NIS of Monday (Monday to publication, hedge dropped); a bosun "
        "who watched troops loaded onto ferries at Rajin, `maybe 2,000` ('he said on Tuesday': "
        "other; shipped to Russia: in_russia); Filipino crew repatriated (not a claim); the NIS "
        "'briefed a closed session of parliament on Monday' `about 300` killed and `2,700` "
        "injured; Zelensky 'On Jan. 11 … announced' `two` taken prisoner (number word, "
        "casualties); the White House 'last week' losses that 'had run to' `more than 1,000` in "
        "one week; Rutte 'on Thursday' `11,000 or more` ('or more' after digits: at_least); "
        "HUR 'estimates' `up to 4,000` 'more' by March (increment, planned, `pub`); a second "
        "crewman 'by phone from Manila' `thousands` that week (other, `pub`); Moscow without a "
        "figure; ages, crew size, wages in dollars, nautical miles, a wire trailer with a phone "
        "number",
    text="""\
PHILIPPINES-RUSSIA/SEAFARERS (ARCHIPELAGO NEWSWIRE)

Palawan sailors recall night loadings at Rajin; Seoul puts North Korean dead at [[300]]

PUERTO PRINCESA, Philippines, January 22, 2025 (Archipelago Newswire) – Filipino seafarers who \
spent last autumn aboard a Russian-chartered bulk carrier say they watched columns of North \
Korean soldiers being marched onto ferries at the port of Rajin, in what they now believe was \
part of Pyongyang's troop shipments to Russia.

Rodel Abrenica, 41, a bosun from Puerto Princesa, said the ship had been loading coal at Rajin \
in late October when the quay was suddenly cleared one night. "We counted [[maybe 2,000]] men in \
uniform going onto two ferries before morning. After that nobody was allowed on deck," he said \
on Tuesday at his family's house above the bay.

The ship, with a crew of 21, later sailed the 1,300 nautical miles to Vladivostok. Abrenica said \
he earned $1,650 a month and was never told where the ferries were going. The Department of \
Migrant Workers said 17 Filipino crew members had been brought home from Russian-linked vessels \
since November.

Seoul's spy agency briefed a closed session of parliament on Monday, saying [[about 300]] of \
the North's soldiers had been killed around Kursk and [[2,700]] injured. On Jan. 11 Ukrainian \
President Volodymyr Zelensky announced that [[two]] wounded North Koreans had been taken \
prisoner and brought to Kyiv for questioning.

The White House said last week that Pyongyang's losses in one December week alone had run to \
[[more than 1,000]] killed or wounded. NATO Secretary General Mark Rutte told reporters in \
Brussels on Thursday that [[11,000 or more]] North Korean troops remained in Russia. Ukraine's \
military intelligence estimates that [[up to 4,000]] more will arrive by March. The Kremlin has \
not confirmed the deployment, and Russia's foreign ministry called the reports "fabrications".

Another crewman, Jomar Ilagan, 33, an oiler from Roxas town north of the city, remembers the same \
night. "I think [[thousands]] went through that port in one week," he said by phone from Manila, \
where he is waiting for a new contract. "They looked like schoolboys."

Abrenica says he will not sign on with the same agency again.

(Reporting by Liza Dimaculangan in Puerto Princesa; editing by Ramon Villareal)
((desk@archipelagonewswire.example; +63 48 433 2071))
-- END --
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul puts North Korean dead at': the NIS figure of Monday below, hedge "
          "dropped (Monday to the Wednesday of publication)"),
        C("maybe 2,000", 2000, "approx", "in_russia", "other", "tue",
          "a bosun's own count ('We counted', dated by 'he said on Tuesday'): loaded onto ferries "
          "at Rajin for Russia (shipped: in_russia; 'maybe' as approx)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'briefed a closed session of parliament on Monday, saying' (20 January): "
          "killed around Kursk"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded (the other part of one count)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'On Jan. 11 … announced': wounded North Koreans taken prisoner (captured: "
          "casualties; number word)"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "the White House 'said last week': casualties in one week of December"),
        C("11,000 or more", 11000, "at_least", "in_russia", "nato", "thu",
          "Rutte 'told reporters in Brussels on Thursday' (16 January): remained in Russia ('or "
          "more' after digits: at_least)"),
        C("up to 4,000", 4000, "at_most", "planned", "ukraine", "pub",
          "HUR 'estimates' (present tense, undated): 'more' by March (increment, planned)",
          add=True),
        C("thousands", None, "vague", "in_russia", "other", "pub",
          "a second crewman 'I think' ('he said by phone from Manila', no day): went through "
          "the port to Russia in one week"),
    ),
)

S08 = Source(
    article_id="s137_08_garden_notes_kurseong_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-03-24"),
    dated_by="front_matter",
    features="a Darjeeling tea estate's garden notes from Kurseong in Markdown, windows-1252 "
        "with curly quotes and `–`, front matter with `date:` (Monday) and a title without a "
        "figure; first flush, pluckers, kilograms and auction prices first; a tea buyer from "
        "Boseong relaying her brother, an army captain, 'another' `twenty thousand` (number "
        "words, increment, planned, other) and her own 'She figures' `15,000 or so` ('or so' "
        "as approx, other; both said during her visit this month: 1 March to publication); "
        "Indians brought back from the Russian army (not a "
        "claim); the JCS 'on Thursday' `roughly 3,000` 'fresh soldiers' (increment) and, "
        "'estimated', `around 4,000` dead and wounded; 'according to lawmakers briefed last "
        "week' the NIS's `About 11,000` "
        "(named after the figure); a State Department spokeswoman 'early this month' `fewer than "
        "10,000` on the front line (days 1-10); Budanov 'on Saturday' `a few thousand` retrained "
        "in the Far East (in Russia); hectares, kilograms, rupees, altitude, kilometres, years, "
        "a phone number",
    text="""\
---
title: "Garden notes: first flush on the ridge"
date: 2025-03-24
estate: Mahaldiram Ridge Tea Estate, Kurseong
---

# First flush on the ridge

The spring rains reached the ridge on 3 March, ten days early, and the bushes answered at once. \
Our 640 pluckers brought in 11,200 kilograms of green leaf in the first fortnight, which the \
factory turned into 2,450 kilograms of made tea. The best lot, from the old China bushes below \
the bungalow, fetched Rs 9,800 a kilogram at the Kolkata auction – a record for the estate.

## A buyer from Boseong

For the second spring running Lim Hye-jin, who buys for a chain of tea houses in Seoul, came up \
from Siliguri to taste the first flush. Her own family grows green tea on the terraces of \
Boseong, and she spent three mornings in the factory arguing with our manager about withering \
times.

Lim’s younger brother is a captain in the South Korean army. Over dinner at the bungalow she told \
us what his unit hears about the North. “My brother says the officers have been told that \
Pyongyang is getting another [[twenty thousand]] ready,” she said. She figures that [[15,000 or \
so]] North Koreans have already passed through Russia, “and they will not all come home.”

Closer to home, the government in Delhi says it has brought back 85 Indians who were lured into \
the Russian army with promises of work as cooks and helpers.

## The numbers from the capitals

Seoul’s Joint Chiefs of Staff said on Thursday that the North had reinforced its contingent in \
Russia with [[roughly 3,000]] fresh soldiers since January, and estimated the dead and wounded on \
the northern side at [[around 4,000]] to date. [[About 11,000]] remain in the Kursk region, \
according to lawmakers briefed by the National Intelligence Service last week. A State Department \
spokeswoman said early this month that [[fewer than 10,000]] were still on the front line. Kyrylo \
Budanov, who heads Ukraine’s military intelligence, said on Saturday that [[a few thousand]] were \
being retrained at ranges in Russia’s Far East after their losses.

Hye-jin flew home with 60 kilograms of our first flush and a promise to come back for the second.

## Estate notes

- Factory visits: Tuesday to Saturday, 9 a.m. to 1 p.m., Rs 300 per person
- The hill road below Kurseong is being resurfaced for 4 kilometres; allow an extra half hour.
- Our 142 hectares now carry the organic mark for the sixth year.
- Orders and tasting samples: +91 354 234 6618
""",
    claims=(
        C("twenty thousand", 20000, "exact", "planned", "other", "2025-03-01..pub",
          "a tea buyer relaying her brother, an army captain ('My brother says', 'she said' over "
          "dinner without a day; the speaker quoted: other): 'another' being got ready (number "
          "words, increment, planned); said during her first-flush visit this month, so from "
          "1 March to publication", add=True),
        C("15,000 or so", 15000, "approx", "in_russia", "other", "2025-03-01..pub",
          "the buyer's own 'She figures' (no day, same visit): passed through Russia ('or so' "
          "as approx)"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "the JCS 'said on Thursday' (20 March): 'reinforced its contingent … with' 'fresh "
          "soldiers' (increment, span without the word)", add=True),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same statement, 'estimated the dead and wounded on the northern side at … to date'"),
        C("About 11,000", 11000, "approx", "near_front", "south_korea", "lastweek",
          "'according to lawmakers briefed by the National Intelligence Service last week' "
          "(source after the figure): remain in the Kursk region"),
        C("fewer than 10,000", 10000, "at_most", "near_front", "united_states",
          "2025-03-01..2025-03-10",
          "a State Department spokeswoman 'said early this month' (days 1-10): still on the "
          "front line ('fewer than' as at_most)"),
        C("a few thousand", None, "vague", "in_russia", "ukraine", "sat",
          "Budanov 'said on Saturday' (22 March): retrained at ranges in Russia's Far East (in "
          "Russia, away from the front)"),
    ),
)

S09 = Source(
    article_id="s137_09_lodge_letter_yellowknife_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-11-08"),
    dated_by="sidecar",
    sidecar=(
        "Great Slave Aurora Lodge",
        "https://www.greatslaveauroralodge.example/letter/november-2025",
        "The lights are back",
    ),
    features="an aurora lodge's guest letter from Yellowknife (Northwest Territories) in HTML, "
        "UTF-16 LE with BOM, no meta date (sidecar, Saturday), a cookie bar about the "
        "temperature unit, a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&ndash;`, "
        "`&amp;`), a footer with a phone number; `<title>` and headline without a figure; the "
        "season first; a Ukrainian-Canadian cook relaying her nephew on a video call `a few "
        "hundred` gunners dug in (other, `pub`); lawmakers briefed by the NIS 'On Tuesday' "
        "`roughly 5,000` construction troops sent by rail and, by 'The agency also told them', "
        "`10,000` along the Kursk border; Budanov 'this week' (Monday to publication) `as many "
        "as 30,000` 'more' (increment, planned); a NATO official 'late last month' `15,000` "
        "rotated through (days 21-31); KCNA 'on Thursday' names of `more than 2,000` fallen "
        "carved in a museum (north_korea, casualties); the Korean guide 'reckons' `closer to "
        "25,000` (approx, other, `pub`); guests, clear nights, temperatures, Canadian dollars, "
        "years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Lodge Letter &ndash; Great Slave Aurora Lodge</title>
<script>var gsal={page:"letter",season:"2025-26",forecast:true};</script>
</head>
<body>
<div class="cookie-bar">One cookie remembers whether you like the aurora forecast in Celsius or \
Fahrenheit. <a href="#" class="accept">Got it</a></div>
<nav><a href="/">Home</a> | <a href="/cabins">Cabins &amp; Teepee</a> | <a \
href="/aurora">Aurora Forecast</a> | <a href="/letter">Lodge Letter</a> | <a \
href="/book">Book</a></nav>
<main>
<h1>The lights are back</h1>
<p>The bay froze along the shore last week, and the first big display of the season came on the \
night of 28 October, green and violet from the point to the old mine headframe. Since the lodge \
reopened on 15 August we have welcomed 1,140 guests on 61 clear nights, and the teepee by the \
shore has a new woodstove that keeps it at a civilised 18 degrees.</p>
<h2>Ji-won&rsquo;s groups and Halyna&rsquo;s nephew</h2>
<p>Yoon Ji-won has brought Korean tour groups to Yellowknife for nine winters now. She knows \
every guest by the second night, and she is the one who wakes the cabins when the sky starts to \
move. Our cook, Halyna Petrenko, grew up in Edmonton, but her nephew Mykola left Lviv last year \
to serve with a drone unit on the Sumy border. &ldquo;He told me on a video call that [[a few \
hundred]] North Korean gunners are dug in across from his company,&rdquo; Halyna said while \
rolling out dough for the Sunday varenyky.</p>
<h2>What the governments say</h2>
<p>On Tuesday, lawmakers briefed by South Korea&rsquo;s intelligence service said [[roughly \
5,000]] North Korean construction troops had been sent to Russia by rail since September. The \
agency also told them that [[10,000]] soldiers remain deployed along the Kursk border. Kyrylo \
Budanov told a Kyiv newspaper this week that Pyongyang might send [[as many as 30,000]] more by \
the spring. A NATO official, speaking in Brussels late last month, estimated that [[15,000]] had \
rotated through Russia since last autumn. And North Korea&rsquo;s KCNA reported on Thursday \
that Kim Jong Un had opened a museum of the &ldquo;Kursk liberation&rdquo;, where the names of \
[[more than 2,000]] fallen soldiers are carved in granite.</p>
<p>Ji-won reads the Seoul papers every morning over her coffee. She reckons the real number who \
have fought in Russia is [[closer to 25,000]], &ldquo;because nobody counts the ones who went \
home.&rdquo;</p>
<h2>Before you come</h2>
<p>Winter rates from 1 December are CAD 329 per person a night, including the evening shuttle \
from town. Minus 35 is normal in January; we lend parkas and boots up to size XXL.</p>
</main>
<footer>Great Slave Aurora Lodge &middot; Yellowknife, Northwest Territories &middot; +1 867 873 \
4410 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/static/aurora-forecast.js"></script>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "pub",
          "a cook relaying her nephew on the Sumy border ('He told me on a video call', 'Halyna "
          "said' without a day; the speaker quoted: other): dug in across from his company"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'On Tuesday, lawmakers briefed by South Korea's intelligence service said' (4 "
          "November): construction troops sent by rail"),
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue",
          "same briefing, 'The agency also told them': deployed along the Kursk border"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-11-03..pub",
          "Budanov 'told a Kyiv newspaper this week' (Monday of the week to publication): "
          "'more' by spring (increment, planned; 'as many as' as at_most)", add=True),
        C("15,000", 15000, "exact", "in_russia", "nato", "2025-10-21..2025-10-31",
          "a NATO official 'speaking in Brussels late last month, estimated' (day 21 to the "
          "month's end): rotated through Russia"),
        C("more than 2,000", 2000, "at_least", "casualties", "north_korea", "thu",
          "KCNA 'reported on Thursday' (6 November): names of the fallen carved in a museum"),
        C("closer to 25,000", 25000, "approx", "in_russia", "other", "pub",
          "the Korean guide 'reckons' (undated): fought in Russia in all ('closer to' as approx)"),
    ),
)

S10 = Source(
    article_id="s137_10_hostel_news_stanthorpe_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-05"),
    dated_by="html_meta", crlf=True,
    features="a pickers' hostel's news page from Stanthorpe on Queensland's Granite Belt in HTML, "
        "windows-1252 with CRLF (curly quotes, `–` and `·` raw), `<meta name=\"date\">` "
        "(Thursday), a cookie note about the farm roster, a script, navigation, a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; punnets, trays "
        "and pay first; a Korean picker relaying her father, a retired colonel, 'Dad reckons' "
        "`twenty to thirty thousand` by spring (number words, range, planned, other, `pub`); a "
        "Ukrainian picker's brother near Sudzha 'On Sunday night' `about 500` in the woods "
        "opposite (other, Sunday); the NIS 'On 27 November … gave its parliament a count of' "
        "`more than 11,000` in Russia; the "
        "Pentagon 'on Monday' `roughly 10,000` in Kursk; HUR 'over the weekend' (Saturday to "
        "Sunday) `several hundred` wounded and, in the same statement, `3,000` 'more' "
        "(increment, planned); 'Korean-language news sites' `tens of thousands` 'more' "
        "(unattributed, increment, planned); punnets, trays, dollars, beds, kilometres, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<meta name="date" content="2024-12-05">
<title>Hostel News – Granite Belt Pickers’ Lodge, Stanthorpe</title>
<script>var gbpl={page:"news",beds:64,vacancies:false};</script>
</head>
<body>
<div class="cookie">We use one cookie to remember which farm roster you looked at last. \
<button>No worries</button></div>
<nav><a href="/">Home</a> · <a href="/rooms">Rooms</a> · <a href="/work">Farm Work</a> · <a \
href="/news">Hostel News</a> · <a href="/contact">Contact</a></nav>
<main>
<h1>Peak strawberry week</h1>
<p>The heat came early, and so did the fruit. Our pickers filled 18,400 punnets on the Ballandean \
farms last week, a record for the lodge, and the fastest picker on the crew – Min-seo, again – \
averaged 46 trays a day. The hourly rate on most farms is now $29.91 before piece rates. All 64 \
beds are taken until the middle of January.</p>
<h2>Two pickers, two wars</h2>
<p>Kim Min-seo, 25, is on her second working holiday visa and wants to stay for a third. Her \
father, a retired South Korean artillery colonel, rings her every week from Daejeon. “Dad reckons \
Pyongyang will have [[twenty to thirty thousand]] men over there by spring,” she said in the \
packing shed.</p>
<p>Oksana Lytvyn, 28, from Zaporizhzhia, picks the next row. Her brother is with an assault \
brigade inside Russia’s Kursk region, near Sudzha. On Sunday night he told her there were \
[[about 500]] North Koreans in the woods opposite his position. “They don’t pull back. That is \
what frightens him,” Oksana said.</p>
<h2>Behind the headlines</h2>
<p>On 27 November South Korea’s intelligence service gave its parliament a count of [[more than \
11,000]] soldiers from the North inside Russia and said some had been attached to Russian marine \
and airborne units. The Pentagon said on Monday that [[roughly 10,000]] were now in the Kursk \
region and that some had been killed. Ukrainian military intelligence said over the weekend \
that the first [[several hundred]] had been wounded, and that it expects [[3,000]] more to \
arrive before the new year. Korean-language news sites our pickers read say [[tens of \
thousands]] more could follow.</p>
<p>Min-seo says most of the Koreans on the farm would rather not talk about it. “We came to pick \
strawberries, not to count soldiers.”</p>
<h2>Lodge notes</h2>
<p>Christmas dinner is on the veranda at 6 p.m.; bring a plate. The Brisbane bus leaves the post \
office at 7.15 a.m. for the 220-kilometre run. The lodge fee stays at $245 a week.</p>
</main>
<footer>Granite Belt Pickers’ Lodge · High Street, Stanthorpe QLD 4380 · (07) 4681 2290 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/roster.js"></script>
</body>
</html>
""",
    claims=(
        C("twenty to thirty thousand", None, "range", "planned", "other", "pub",
          "a picker relaying her father, a retired colonel ('Dad reckons', 'she said in the "
          "packing shed' without a day; the speaker quoted: other): over there by spring "
          "(number words, range, planned)"),
        C("about 500", 500, "approx", "near_front", "other", "sun",
          "a picker's brother near Sudzha, who 'On Sunday night … told her' (1 December; the "
          "speaker quoted: other): in the woods opposite his position"),
        C("more than 11,000", 11000, "at_least", "in_russia", "south_korea", "2024-11-27",
          "the NIS 'On 27 November … gave its parliament a count of': inside Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'said on Monday' (2 December): in the Kursk region"),
        C("several hundred", None, "vague", "casualties", "ukraine", "sat..sun",
          "HUR 'said over the weekend' (Saturday 30 November to Sunday 1 December): wounded"),
        C("3,000", 3000, "exact", "planned", "ukraine", "sat..sun",
          "same statement, 'it expects … more to arrive' (increment, planned)", add=True),
        C("tens of thousands", None, "vague", "planned", "unattributed", "pub",
          "'Korean-language news sites our pickers read say' (media: unattributed): 'more' could "
          "follow (increment, planned)", add=True),
    ),
)

S11 = Source(
    article_id="s137_11_letters_garden_isle_weekly",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-08-16"),
    dated_by="sidecar",
    sidecar=(
        "The Garden Isle Weekly",
        "https://www.gardenisleweekly.example/letters/2025-08-16",
        "Letters: cane fields, cousins and counting",
    ),
    features="a readers' letters page from a Kauai weekly (Lihue) as plain text, UTF-8 with BOM "
        "(sidecar, Saturday), em dashes; a descendant of Korean cane workers quoting her "
        "cousin, a reserve officer, who 'emailed me on Monday': his briefing officer's `about "
        "2,000` dead and `6,000` 'more' builders to be sent (other, Monday; increment, planned); "
        "a Ukrainian-born reader's nephew 'When he called me last Sunday' `fewer than a "
        "thousand` on his stretch ('fewer than' with a number word: at_most; other, Sunday) and "
        "HUR 'early this month' `as many as 25,000` to relieve the troops there (replacements: "
        "increment, planned); a retired sergeant answering the paper's own front page 'last "
        "week' `15,000` (unattributed), the NIS 'on July 29' `about 11,000` in the Kursk area, "
        "Shoigu 'on June 17' `6,000` builders and sappers (planned, russia) and 'By my own "
        "reckoning' `at least 20,000` (other, `pub`); Korean cane workers of 1904, wages "
        "in cents, years, ages, a post-office box, a ZIP code, a phone number",
    text="""\
THE GARDEN ISLE WEEKLY — LETTERS TO THE EDITOR

Cane fields and cousins

To the editor: My great-grandfather came to Kauai in 1904 to cut sugar cane at Koloa for 69 \
cents a day, one of the first Koreans on this island. Our family has been here for five \
generations, but we still have cousins in Korea, and the war in Russia feels closer than people \
here think. My cousin Sang-hoon, a reserve officer in Seoul, emailed me on Monday after his \
unit's annual training. He wrote that their briefing officer had put the North Korean dead in \
Russia at [[about 2,000]], and that [[6,000]] more military builders would be sent before winter. \
He also wrote that nobody in his unit laughed when they heard it.

— Grace Kim Nakamura, Lihue

A nephew on the Sumy border

To the editor: I was born in Ternopil and have lived in Kapaa for 22 years. My nephew Yurii flies \
drones for a brigade on the Sumy border. When he called me last Sunday, he said there are now \
[[fewer than a thousand]] North Koreans on his stretch of the line, and that they are careful \
and good at hiding from drones. Kyiv's military intelligence said early this month that \
Pyongyang is training [[as many as 25,000]] men to relieve the troops who are there now. Please \
keep printing news about this war. Our families read it.

— Nadia Kowalchuk, Kapaa

Check the arithmetic

To the editor: Your front page last week said [[15,000]] North Korean soldiers are in Russia. \
That is the total sent since last fall, not the number there today. South Korea's spy agency said \
on July 29 that [[about 11,000]] are stationed in the Kursk area. When Sergei Shoigu flew to \
Pyongyang on June 17 he announced [[6,000]] builders and sappers for Kursk, and those men are \
only now arriving. By my own reckoning, [[at least 20,000]] have rotated through since last \
October, if you count the dead and wounded. I spent 24 years in the Army, and numbers like these \
are never as tidy as a headline.

— Sgt. 1st Class (ret.) Dennis Akana, Waimea

Please keep letters under 300 words and include a telephone number for verification. Email \
letters@gardenisleweekly.example or write to P.O. Box 2110, Lihue, HI 96766. Newsroom: (808) 245 \
3318.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "other", "mon",
          "a reader quoting her cousin, a reserve officer, who 'emailed me on Monday' (11 "
          "August; relaying his briefing officer; the speaker quoted: other): dead in Russia"),
        C("6,000", 6000, "exact", "planned", "other", "mon",
          "same email: 'more military builders would be sent before winter' (increment, "
          "planned)", add=True),
        C("fewer than a thousand", 1000, "at_most", "near_front", "other", "sun",
          "a reader quoting her nephew, a drone pilot, 'When he called me last Sunday' (10 "
          "August; the speaker quoted: other): on his stretch of the line ('fewer than' with a "
          "number word: at_most)"),
        C("as many as 25,000", 25000, "at_most", "planned", "ukraine", "2025-08-01..2025-08-10",
          "'Kyiv's military intelligence said early this month' (days 1-10): training men 'to "
          "relieve the troops who are there now' (replacements: increment, planned)", add=True),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "lastweek",
          "a reader citing 'Your front page last week' (the paper's own figure, no source: "
          "unattributed, required): in Russia"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "2025-07-29",
          "'South Korea's spy agency said on July 29': stationed in the Kursk area"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'When … flew to Pyongyang on June 17 he announced': builders and sappers for "
          "Kursk (an announcement: planned)"),
        C("at least 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a retired sergeant's 'By my own reckoning' (undated letter): rotated through Russia"),
    ),
)

S12 = Source(
    article_id="s137_12_station_news_tenby_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Tenby Lifeboat Station – Station News",
        "https://www.tenbylifeboatstation.example/news/autumn-2025",
        "Station news: autumn 2025",
    ),
    features="a lifeboat station's newsletter from Tenby (Pembrokeshire) in Markdown, UTF-8, "
        "front matter without a date (sidecar, Wednesday) and a title without a figure; "
        "launches, people rescued and fundraising first; a volunteer crewman who was a harbour "
        "pilot in Odesa, relaying his brother on the Sumy border `no more than 2,000` ('Oleh "
        "told us after Sunday's exercise': Sunday; 'no more than' as at_most, other); the NIS "
        "chief 'told a parliamentary audit on Tuesday' `around 10,000` on guard in Kursk and 'a "
        "further' `5,000` builders being moved in (increment, in Russia); Russia's deputy "
        "defence minister 'last week' `a thousand` sappers who cleared Kursk (number word, "
        "russia, near the front); 'At Friday's parade' `several hundred` Kursk veterans "
        "(returnees: optional); KCNA 'on Sunday' `hundreds` of fallen made heroes; a State "
        "Department official 'quoted by a Seoul daily on Monday' `about 2,000` dead; launches, "
        "crew, pounds, years, ages, a swim's anniversary, a phone number",
    text="""\
---
title: "Station news: autumn 2025"
station: Tenby Lifeboat Station
issue: 3/2025
---

# Station news

Since our summer newsletter the station's two lifeboats have launched 31 times and brought 19 \
people safely ashore, among them two kayakers blown out towards Caldey on the August bank holiday. \
The Saturday coffee mornings on Castle Hill raised £4,320 towards the new launching tractor, and \
the shop on the harbour had its best season since it opened in 1998.

## Crew profile: Oleh

Oleh Shevchuk, 46, was a harbour pilot in Odesa for 15 years before the war closed the port to \
most shipping. He came to Pembrokeshire with his wife and daughters in 2022, passed his helm \
assessment in the spring and is now one of 28 volunteers on the pager.

His younger brother Dmytro flies reconnaissance drones on the Sumy border. "Dmytro says there are \
[[no more than 2,000]] North Koreans left on the line opposite him now, but they have learned \
fast," Oleh told us after Sunday's exercise off St Catherine's Island.

Oleh follows the news from home closely, and so, since he joined, do we. South Korea's spy chief \
told a parliamentary audit on Tuesday that [[around 10,000]] North Korean soldiers remain on \
guard duty in the Kursk region, and that a further [[5,000]] military builders are being moved \
in. Russia's deputy defence minister, on a visit to Pyongyang last week, thanked Kim Jong Un for \
sending [[a thousand]] sappers who had cleared the Kursk fields of mines.

At Friday's parade in Pyongyang for the ruling party's 80th anniversary, [[several hundred]] \
veterans of the Kursk campaign marched past the leader, and KCNA said on Sunday that [[hundreds]] \
of the fallen had been made "Heroes of the Republic". A US State Department official, quoted by \
a Seoul daily on Monday, put the number of North Korean dead since last autumn at [[about \
2,000]].

"At sea you count heads until everyone is home," Oleh says. "Over there, nobody counts."

## Dates for your diary

- Open day and boat naming: Saturday 25 October, 10 a.m. to 3 p.m.
- The Boxing Day swim on North Beach: 26 December, for the 54th time
- Station shop and talks for schools: 01834 842 167
""",
    claims=(
        C("no more than 2,000", 2000, "at_most", "near_front", "other", "sun",
          "a crewman relaying his brother, a drone pilot ('Dmytro says', dated by 'Oleh told us "
          "after Sunday's exercise': 12 October; the speaker quoted: other): on the line opposite "
          "('no more than' as at_most)"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS chief 'told a parliamentary audit on Tuesday' (14 October): on guard in Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same audit: 'a further' builders being moved in (increment, span without the word; "
          "being moved in: in_russia)", add=True),
        C("a thousand", 1000, "exact", "near_front", "russia", "lastweek",
          "Russia's deputy defence minister 'on a visit to Pyongyang last week': sappers who "
          "cleared the Kursk fields (number word; deminers in Kursk: near the front)"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "'At Friday's parade' (10 October, state-staged): Kursk veterans marching (returnees: "
          "optional, as in earlier sets)", opt=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "sun",
          "KCNA 'said on Sunday' (12 October): fallen made heroes"),
        C("about 2,000", 2000, "approx", "casualties", "united_states", "mon",
          "a State Department official 'quoted by a Seoul daily on Monday' (13 October): dead "
          "since last autumn"),
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
