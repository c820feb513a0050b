"""Build the FIFTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The fifty-sixth corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Lingen daily, an
Odenwald radio station's web text, a Lechtal weekly (Austrian conventions), a Bucheggberg paper
(Swiss conventions), a cycling club's magazine and a Kassel student radio; a Rockhampton daily, a
Barra news page, a Nebraska public radio site, an Icelandic English-language outlet, a Christmas
Island news page and an English-language newsletter from Equatorial Guinea. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a
private module instance whose `SOURCES` are set to ours (under its own module name, so it never
shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind54_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

H01 = Source(
    article_id="h54_01_lingen_emsland_pentagon",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Lingener Stadtkurier",
        "https://www.lingener-stadtkurier.example/welt/nordkorea-soldaten-pentagon-27731.html",
        "Washington zählt 10.000 Nordkoreaner im Osten Russlands",
    ),
    features="Lingen daily's world page as plain text (sidecar, Wednesday), byline, subheading "
        "without a figure; headline 'Washington zählt' from the Pentagon spokeswoman's Monday "
        "figure (Monday to publication); 'Einige tausend von ihnen' sentence-initial (near the "
        "front, Konjunktiv carries Singh); the NIS briefing 'Am Mittwoch vergangener Woche' "
        "passed on by lawmakers ('Wie Abgeordnete danach berichteten', an ISO date) with a "
        "sent figure and a planned total; HUR 'am Dienstag auf Telegram' with the source after "
        "the figure; a Lingen political scientist's range ('rechnet damit', other, `pub`); "
        "Ukrainians in the Emsland and Lingen, army size, euros, age, phone number",
    text="""\
Washington zählt [[10.000]] Nordkoreaner im Osten Russlands

Pentagon rechnet mit baldigem Kampfeinsatz – in Lingen verfolgen ukrainische Familien die \
Nachrichten mit Bangen

Von Hendrik Terhaar

Lingen/Washington. Die US-Regierung hat ihre Schätzung zur Zahl nordkoreanischer Soldaten in \
Russland kräftig nach oben gesetzt. Pjöngjang habe inzwischen [[rund 10.000]] Mann in den Osten \
Russlands verlegt, wo sie auf mehreren Übungsplätzen ausgebildet würden, erklärte \
Pentagon-Sprecherin Sabrina Singh am Montag vor Journalisten. [[Einige tausend]] von ihnen seien \
bereits in Richtung der Grenzregion Kursk unterwegs. Man sei „zunehmend besorgt“, dass Moskau die \
Männer schon bald gegen ukrainische Truppen in die Schlacht schicke.

Seoul hatte zuvor deutlich niedrigere Zahlen genannt. Am Mittwoch vergangener Woche unterrichtete \
der Auslandsgeheimdienst NIS den Geheimdienstausschuss der Nationalversammlung hinter \
verschlossenen Türen. Wie Abgeordnete danach berichteten, sind demnach bislang [[etwa 3.000]] \
Soldaten in Russland angekommen. Bis Dezember wolle Machthaber Kim Jong Un die Truppe auf [[rund \
10.000]] Mann aufstocken.

Kiew spricht von einer Vorhut in Kursk

Aus der Ukraine kommen noch höhere Zahlen. [[Mindestens 4.500]] Nordkoreaner seien bereits im \
Gebiet Kursk eingetroffen, teilte der Militärgeheimdienst HUR am Dienstag auf Telegram mit. Erste \
Einheiten hätten Stellungen wenige Kilometer hinter der Front bezogen. Kremlsprecher Dmitri \
Peskow nannte die Berichte erneut „haltlos“, ohne sie ausdrücklich zu bestreiten. Nordkoreas \
Streitkräfte gelten mit weit über einer Million Mann unter Waffen als eine der größten Armeen der \
Welt.

Der Politikwissenschaftler Jan-Hendrik Brinkers, der am Lingener Campus der Hochschule Osnabrück \
über Sicherheitspolitik lehrt, hält die amerikanischen Angaben für plausibel. „Pjöngjang bekommt \
Devisen, Öl und vermutlich Raketentechnik, Moskau bekommt Soldaten, die es nicht selbst \
rekrutieren muss“, sagt er. Brinkers rechnet damit, dass am Ende [[15.000 bis 20.000]] \
Nordkoreaner auf russischer Seite stehen könnten.

In der Innenstadt hört Olena Kowalenko die Meldungen jeden Morgen im Radio. Die 41-Jährige ist im \
März 2022 mit ihren beiden Söhnen aus Charkiw ins Emsland gekommen und arbeitet heute in einer \
Bäckerei an der Burgstraße. „Jeder Soldat auf der anderen Seite ist einer mehr, gegen den mein \
Mann kämpfen muss“, sagt sie. Ihr Mann dient in einer Artilleriebrigade bei Kupjansk.

Im Landkreis Emsland leben nach Angaben der Kreisverwaltung derzeit rund 4.300 Menschen aus der \
Ukraine, in Lingen selbst sind es gut 900. Die Stadt hat für Sprachkurse und Betreuung in diesem \
Jahr 1,2 Millionen Euro bereitgestellt. Die ukrainische Gemeinde trifft sich jeden zweiten \
Sonntag im Gemeindehaus der Kreuzkirche, Kontakt unter 0591 912 44 07.
""",
    claims=(
        C("10.000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Washington zählt': Singh's Monday figure of the lead to publication"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon spokeswoman Singh 'am Montag' (source after the figure): moved to eastern "
          "Russia, training"),
        C("Einige tausend", None, "vague", "near_front", "united_states", "mon",
          "Konjunktiv carries Singh: 'von ihnen' on the way toward Kursk (breakdown)"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "NIS briefing 'Am Mittwoch vergangener Woche', passed on by lawmakers: arrived"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "same briefing: intended total by December"),
        C("Mindestens 4.500", 4500, "at_least", "near_front", "ukraine", "tue",
          "HUR 'am Dienstag auf Telegram' (source after the figure): arrived in Kursk"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Lingen political scientist, 'rechnet damit' (present tense): eventual total"),
    ),
)

H02 = Source(
    article_id="h54_02_odenwald_welle_verluste_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-19"),
    dated_by="html_meta",
    features="Odenwald radio station's web text in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities `&bdquo;`/`&ldquo;`/`&ndash;`, `&nbsp;`, `&amp;`, `&middot;`, `&copy;`), "
        "`article:published_time` with +01:00 (Thursday), a 'Stand:' line, a stream script, a "
        "cookie layer with 54 providers, navigation, footer with the FM frequency and hotline; "
        "`<title>` figure (optional); h1 from the NIS briefing 'am Donnerstag' (the publication "
        "day) passed on by a lawmaker after a colon; `knapp 1.000 weitere` wounded (the others "
        "of the same count, not an increment); Konjunktiv carrying the briefing to the total; "
        "a senior Pentagon official 'am Montag'; Zelensky 'am selben Abend' (the Monday carried); "
        "a retired lieutenant colonel from Michelstadt 'geht davon aus' `Tausende` 'als Ersatz' "
        "(increment, other, `pub`); Russian losses a day, refugees in the Odenwaldkreis, years, "
        "age, frequency, phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Erste Verluste: Seoul zählt [[rund 100]] tote Nordkoreaner | Mümlingwelle</title>
<meta property="article:published_time" content="2024-12-19T14:40:00+01:00">
<meta property="og:site_name" content="Mümlingwelle &ndash; Radio für den Odenwald">
<link rel="stylesheet" href="/assets/mw-2024.11.css">
<script>var mwPlayer={stream:"https://stream.muemlingwelle.example/live.mp3",bitrate:128};</script>
</head>
<body>
<div id="keksdose" class="consent">Auf dieser Seite wird gebacken: Kekse für Statistik, Werbung \
und den Livestream, zusammen mit 54 Dienstleistern. <button>Her mit der ganzen Dose</button> \
<button>Nur trockenes Brot, bitte</button></div>
<nav><a href="/">Start</a> | <a href="/nachrichten">Nachrichten</a> | <a \
href="/odenwald">Odenwald</a> | <a href="/verkehr">Verkehr &amp; Blitzer</a> | <a \
href="/programm">Programm</a></nav>
<main>
<article>
<h1>Seoul meldet [[rund 100]] tote Nordkoreaner &ndash; Experte aus Michelstadt erwartet mehr</h1>
<p class="teaser">Auch aus Washington und Kiew kommen Zahlen zu den Verlusten. Ein Oberstleutnant \
a.&nbsp;D. ordnet für uns ein.</p>
<p class="stand">Stand: 19.12.2024, 14:40 Uhr</p>
<p>Im Krieg gegen die Ukraine sind nach südkoreanischen Erkenntnissen erstmals nordkoreanische \
Soldaten in größerer Zahl gefallen. Der Geheimdienst NIS unterrichtete am Donnerstag den \
zuständigen Ausschuss des Parlaments in Seoul. Der Abgeordnete Lee Seong-kweun gab das Ergebnis \
anschließend an Reporter weiter: [[Rund 100]] Nordkoreaner seien bei Gefechten in der russischen \
Region Kursk ums Leben gekommen, [[knapp 1.000]] weitere hätten Verwundungen erlitten.</p>
<p>Die Männer seien auf offenes Gelände und auf Angriffe mit Drohnen schlecht vorbereitet, hieß \
es nach Schilderung des Abgeordneten in der Sitzung. Insgesamt stünden [[etwa 11.000]] Soldaten \
aus dem Norden in Russland, ein Teil davon im Kampfgebiet.</p>
<h2>Auch Washington und Kiew melden Verluste</h2>
<p>Das US-Verteidigungsministerium hatte bereits am Montag von Toten gesprochen. Ein hoher \
Pentagon-Vertreter sagte, [[mehrere hundert]] Nordkoreaner seien getötet oder verletzt worden, \
&bdquo;von Leichtverwundeten bis zu Gefallenen&ldquo;. Genauer wollte er nicht werden.</p>
<p>Präsident Wolodymyr Selenskyj nannte am selben Abend eine wesentlich höhere Zahl. In seiner \
täglichen Videoansprache sprach er von [[mehr als 3.000]] getöteten oder verwundeten \
Nordkoreanern. Überprüfen lassen sich die Angaben nicht. Moskau schweigt zu den Gästen aus \
Pjöngjang; die eigene Armee verliert nach ukrainischer Zählung derzeit täglich über 1.500 Mann.</p>
<h2>&bdquo;Die wahren Zahlen liegen höher&ldquo;</h2>
<p>Klaus Reinheimer aus Michelstadt hat 32 Jahre bei der Bundeswehr gedient, zuletzt als \
Oberstleutnant im Stab einer Panzergrenadierbrigade. Die Zahlen aus Seoul hält der 66-Jährige für \
vorsichtig. &bdquo;Wer ohne Erfahrung mit Drohnen über freies Feld vorrückt, hat enorme \
Ausfälle&ldquo;, sagt er. Reinheimer geht davon aus, dass Kim Jong Un im Frühjahr [[Tausende]] \
Soldaten als Ersatz nachschiebt.</p>
<p>Im Odenwaldkreis sind derzeit 1.140 Geflüchtete aus der Ukraine gemeldet, teilte das \
Landratsamt in Erbach mit.</p>
</article>
</main>
<footer><p>Mümlingwelle &middot; UKW 98,7 &middot; Studio Erbach &middot; Hörertelefon 06062 80 \
44 0 &middot; &copy; 2024</p></footer>
<script src="/assets/consent-3.2.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "<title> (metadata) restating the NIS figure of Thursday", opt=True),
        C("rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "h1 'Seoul meldet': the NIS briefing of Thursday (the publication day): dead"),
        C("Rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "NIS 'am Donnerstag', passed on by lawmaker Lee after a colon: killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: 'weitere' wounded are the others of the same count, not an increment"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "Konjunktiv carries the briefing: in Russia in total"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "senior Pentagon official 'am Montag': killed or wounded"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'am selben Abend' (the Monday carried) in his video address"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "retired lieutenant colonel, 'geht davon aus': 'als Ersatz' (increment)", add=True),
    ),
)

H03 = Source(
    article_id="h54_03_lechtal_schnitzschule_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-12"),
    dated_by="front_matter",
    features="Lechtal weekly's world page in Markdown, UTF-8 with BOM, front matter with `date:` "
        "(Wednesday), German keys and a title without a figure; 'Jänner', 'Feber', 'heuer'; "
        "bold deck 'Kiew spricht von' from the SSO spokesman's Monday figure (Monday to "
        "publication); 'Von den etwa 11.000 … seien rund 4.000' in Konjunktiv with 'so der "
        "Sprecher weiter'; the NIS 'am Dienstag' `einige tausend` frische Kräfte (planned "
        "increment) and its older 'Mitte Jänner' figures (`2.700` wounded beside the dead); "
        "the number word `zwei` announced 'am 11. Jänner'; an Innsbruck military historian "
        "'rechnet damit … heuer noch bis zu 10.000 weitere' (increment, `pub`); a Ukrainian "
        "woodcarving student, pupils, refugees in the Reutte district, per cent, ages",
    text="""\
---
title: "Nordkoreaner seit Wochen nicht mehr an der Front"
date: 2025-02-12
ressort: Welt & Tirol
autorin: Verena Knitel
---

# Nach schweren Verlusten: Nordkoreas Soldaten verschwinden von der Front

**Kiew spricht von [[rund 4.000]] Toten und Verwundeten. In Elbigenalp bangt eine ukrainische \
Schnitzschülerin um ihren Bruder.**

Elbigenalp/Kiew – Seit Wochen sind Pjöngjangs Truppen bei Kursk nicht mehr im Kampf gesehen \
worden, das melden zumindest ukrainische Stellen. Seit Ende Jänner seien ihre Einheiten in den \
Kämpfen nicht mehr aufgetaucht, sagte ein Sprecher der ukrainischen Spezialkräfte am Montag im \
Fernsehen. Vermutlich habe Moskau sie wegen der hohen Verluste zurückgezogen.

Von den [[etwa 11.000]] Mann, die Pjöngjang im Herbst geschickt habe, seien [[rund 4.000]] \
getötet oder verwundet worden, so der Sprecher weiter. Manche Bataillone hätten mehr als die \
Hälfte ihrer Leute verloren.

## Seoul hält Rückkehr für wahrscheinlich

Südkoreas Geheimdienst NIS bestätigte am Dienstag, dass seit Mitte Jänner keine Gefechte mit \
nordkoreanischer Beteiligung mehr beobachtet worden seien. Eine Rückkehr an die Front hält der \
Dienst aber für wahrscheinlich, womöglich verstärkt um [[einige tausend]] frische Kräfte. Mitte \
Jänner hatte der NIS die Verluste noch mit [[rund 300]] Gefallenen und [[2.700]] Verletzten \
angegeben.

Bereits am 11. Jänner hatte Präsident Wolodymyr Selenskyj die Gefangennahme von [[zwei]] \
Nordkoreanern bekanntgegeben. Die beiden Männer, 20 und 26 Jahre alt, werden in Kiew vom \
Inlandsgeheimdienst SBU befragt; einer von ihnen möchte nach eigenen Worten in Südkorea leben.

Der Innsbrucker Militärhistoriker Lukas Falger hält die Atempause für vorübergehend. Er rechnet \
damit, dass Nordkorea heuer noch [[bis zu 10.000]] weitere Soldaten nach Russland schickt. „Kim \
verdient an jedem Mann, den er hergibt“, sagt Falger.

## Schnitzen gegen die Angst

An der Schnitzschule in Elbigenalp lernt seit Herbst Oksana Melnyk aus Tschernihiw. Die \
23-Jährige ist eine von 58 Schülerinnen und Schülern heuer. Ihr älterer Bruder kämpft seit dem \
vergangenen Sommer im Gebiet Kursk. „Wenn ich höre, dass dort Nordkoreaner sind, schlafe ich \
schlecht“, erzählt sie in der Werkstatt, wo gerade ein Kruzifix aus Zirbenholz entsteht.

Im Bezirk Reutte sind laut Bezirkshauptmannschaft derzeit rund 240 Vertriebene aus der Ukraine \
untergebracht. Der Tourismusverband meldet für die Wintersaison bisher ein Plus von 4 Prozent bei \
den Nächtigungen; am 22. Feber findet in Holzgau das Schnitzertreffen statt.
""",
    claims=(
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "mon..pub",
          "bold deck 'Kiew spricht von': the SSO spokesman's Monday figure to publication"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "mon",
          "SSO spokesman (Monday, previous paragraph), 'so der Sprecher weiter': sent"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "same statement: killed or wounded"),
        C("einige tausend", None, "vague", "planned", "south_korea", "tue",
          "NIS 'am Dienstag': return 'verstärkt um' fresh forces (increment)", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' (an older figure recalled): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same: wounded beside the dead (not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'am 11. Jänner': captured"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Innsbruck military historian 'rechnet damit … heuer noch … weitere' (increment; "
          "'heuer' is the event)", add=True),
    ),
)

H04 = Source(
    article_id="h54_04_bucheggberg_eingestaendnis",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="Bucheggberg weekly's foreign page as plain text, windows-1252 with CRLF, dateline "
        "'Lüterswil/Seoul, 29. April 2025 –' (Tuesday): `ss`, «», `15'000`, `20'000`, 4-digit "
        "`4700`/`3000`; headline without a figure, a subtitle 'Seoul beziffert' from the JCS "
        "Monday figures (Monday to publication); Gerasimov 'am Samstag' and KCNA 'Am Montag' "
        "without a figure; 'Diese liefert Südkorea' introducing the JCS; `rund 600` 'unter "
        "ihnen' (breakdown); the NIS 'Anfang April' `3000 zusätzliche` (increment); Kyiv's "
        "general staff 'am Montag' `Tausende`; a former ambassador in Schnottwil 'hält es für "
        "wahrscheinlich' (other, `pub`, planned total); Swiss officers since 1953, refugees in "
        "the canton and the commune, francs, age, phone",
    text="""\
Ausland

Kreml und Kim räumen den Kursk-Einsatz erstmals ein

Seoul beziffert die Verluste auf [[rund 4700]] Tote und Verwundete

Lüterswil/Seoul, 29. April 2025 – Monatelang haben Russland und Nordkorea geschwiegen, jetzt \
bestätigen beide Regierungen, was Geheimdienste seit dem Herbst berichten. Russlands \
Generalstabschef Waleri Gerassimow dankte am Samstag in einer Videoschaltung mit Präsident \
Wladimir Putin den «Kameraden aus Korea» für ihren Anteil an der Rückeroberung des Gebiets Kursk. \
Am Montag folgte eine Erklärung der nordkoreanischen Staatsagentur KCNA: Die Entsendung sei auf \
Befehl von Kim Jong Un erfolgt und entspreche dem Beistandsvertrag mit Moskau. Zahlen nannten \
weder der Kreml noch Pjöngjang.

Diese liefert Südkorea. Der Generalstab in Seoul schätzte am Montag, dass seit Oktober [[rund \
15'000]] nordkoreanische Soldaten nach Russland geschickt worden sind. [[Etwa 4700]] von ihnen \
seien getötet oder verwundet worden, unter ihnen [[rund 600]] Tote. Bereits Anfang April hatte \
der Nachrichtendienst NIS berichtet, Pjöngjang habe im Januar und Februar [[3000]] zusätzliche \
Soldaten nach Russland verlegt.

In Kiew stiess die Darstellung eines vollständig befreiten Gebiets auf Widerspruch. Die \
ukrainischen Truppen hielten weiterhin Stellungen auf russischem Boden, erklärte der Generalstab \
am Montag. Ihnen gegenüber kämpften dort nach wie vor [[Tausende]] Nordkoreaner.

«Ein Signal an Washington»

Einer, der die koreanische Halbinsel aus der Nähe kennt, wohnt in Schnottwil. Peter Aebischer \
vertrat die Schweiz von 2009 bis 2013 als Botschafter in Seoul, heute präsidiert der 71-Jährige \
den Verein für Dorfgeschichte. «Kim zeigt der Welt, dass er für Moskau unverzichtbar geworden \
ist», sagt Aebischer. Er hält es für wahrscheinlich, dass Pjöngjang bis im Herbst [[mehr als \
20'000]] Mann nach Russland geschickt haben wird. «Für jeden Soldaten fliessen Devisen, Erdöl und \
Wissen über den modernen Krieg nach Norden.»

Die Schweiz ist seit 1953 mit Offizieren in der neutralen Überwachungskommission an der \
innerkoreanischen Grenze vertreten. Im Kanton Solothurn leben derzeit rund 3'100 Schutzsuchende \
aus der Ukraine, in der Gemeinde Buchegg sind es 38. Der Gemeinderat hat für ihre Begleitung \
dieses Jahr Fr. 45'000 budgetiert.

Bucheggberger Anzeiger · Redaktion Lüterswil · 032 661 18 40
""",
    claims=(
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "mon..pub",
          "subtitle 'Seoul beziffert': the JCS figure of Monday (body) to publication"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS in Seoul 'schätzte am Montag': sent since October"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "Konjunktiv carries the JCS: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "mon",
          "'unter ihnen … Tote' (breakdown of the casualties)"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "NIS 'Anfang April': '3000 zusätzliche' moved in January/February (increment)",
          add=True),
        C("Tausende", None, "vague", "near_front", "ukraine", "mon",
          "Kyiv's general staff 'am Montag', Konjunktiv: still fighting in Kursk"),
        C("mehr als 20'000", 20000, "at_least", "planned", "other", "pub",
          "former Swiss ambassador, 'hält es für wahrscheinlich': total sent by autumn"),
    ),
)

H05 = Source(
    article_id="h54_05_kettenblatt_radverein_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-06-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kettenblatt (RV Wanderlust 1897 Bruchsal)",
        "https://www.rv-wanderlust-bruchsal.example/kettenblatt/2025-3/blick-ueber-den-lenker",
        "Blick über den Lenker: Pjöngjang schickt 6000 Mann nach Kursk",
    ),
    features="cycling club's magazine world page in Markdown, ISO-8859-1 with CRLF (»« and "
        "straight hyphens, 'Euro' spelled out), front matter without a date (sidecar, Friday) "
        "with a title figure (optional), issue and column keys; headline from Shoigu's "
        "announcement 'am 17. Juni' (the date to publication, planned) and the `1000`/`5000` "
        "breakdown (planned, no increment); Yonhap relaying an NIS assessment without a date "
        "(X citing Y, `pub`); HUR 'Anfang Juni' `bis zu 30.000 zusätzliche` (increment); Rutte "
        "at the Hague summit 'am Mittwoch' `Tausende` (nato); a club member from Sumy without a "
        "figure; kilometres, climbing metres, riders, donations, bikes, the dead of an air "
        "raid, per cent, years, phone",
    text="""\
---
title: "Blick über den Lenker: Pjöngjang schickt [[6000]] Mann nach Kursk"
rubrik: Blick über den Lenker
heft: Kettenblatt 3/2025
autor: Thomas Gehrig
---

# Blick über den Lenker: Nordkorea schickt [[6000]] Mann zum Wiederaufbau nach Kursk

*Unsere Weltseite zum Sommer: wie es um den Krieg steht, aus dem unser Vereinskamerad Andrij \
stammt.*

Wer im Frühjahr bei der Benefizfahrt für die Ukraine mitgefahren ist, kennt Andrij Bondar. Der \
38-Jährige aus Sumy fährt seit zwei Jahren in unserer Dienstagsgruppe und hat im April die 212 \
Kilometer nach Straßburg und zurück in der schnellsten Gruppe beendet. Seine Heimatstadt liegt \
nur 30 Kilometer von der russischen Grenze entfernt - und damit nahe am Gebiet Kursk, wo seit dem \
vergangenen Herbst nordkoreanische Soldaten stehen.

Mitte Juni ist Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, wieder nach Pjöngjang \
gereist. Nach seinem Treffen mit Machthaber Kim Jong Un verkündete er am 17. Juni, Pjöngjang \
werde für das Gebiet Kursk [[1000]] Spezialisten zur Minenräumung und [[5000]] Bausoldaten \
abstellen. Sie sollen Minen beseitigen und zerstörte Brücken, Straßen und Wohnhäuser wieder \
aufbauen.

Nach einer Einschätzung des südkoreanischen Geheimdienstes, über die die Nachrichtenagentur \
Yonhap berichtete, sind im Raum Kursk derzeit [[etwa 11.000]] nordkoreanische Soldaten \
stationiert. Der ukrainische Militärgeheimdienst warnte Anfang Juni sogar, Pjöngjang könnte in \
den nächsten Monaten [[bis zu 30.000]] zusätzliche Soldaten schicken.

Beim Nato-Gipfel in Den Haag sagte Generalsekretär Mark Rutte am Mittwoch, Russland sei für \
seinen Krieg inzwischen auf [[Tausende]] Soldaten aus Nordkorea angewiesen. Die Bündnisstaaten \
beschlossen dort, ihre Verteidigungsausgaben bis 2035 auf 5 Prozent der Wirtschaftsleistung \
anzuheben.

Für Andrij sind solche Zahlen keine Statistik. »Meine Eltern wohnen noch in Sumy, und fast jede \
Nacht kommen Drohnen«, erzählt er nach der Dienstagsrunde. Im Mai seien in der Stadt bei einem \
einzigen Angriff 11 Menschen gestorben. Seine Schwester arbeitet als Ärztin in einem Krankenhaus \
am Stadtrand.

Die Benefizfahrt hat übrigens 8.450 Euro eingebracht, 63 Fahrerinnen und Fahrer waren dabei. Das \
Geld geht an einen Verein, der Fahrräder und Ersatzteile für Pflegekräfte in der Region Sumy \
kauft; 40 Räder sind schon unterwegs. Wer spenden will: Vereinskonto bei der Sparkasse Kraichgau, \
Stichwort »Sumy«. Fragen an den Vorstand unter 07251 38 19 22.

Termine: Die nächste Ausfahrt mit Andrij führt am 13. Juli über 96 Kilometer und 1.100 Höhenmeter \
durch den Kraichgau. Treffpunkt ist wie immer um 9 Uhr am Vereinsheim.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: Shoigu's announcement of 17 June (the sum of 1000 and 5000) to publication"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'verkündete er am 17. Juni': deminers to be sent (breakdown, no increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same: military builders to be sent"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "pub",
          "NIS assessment relayed by Yonhap (X citing Y), no date: stationed around Kursk"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-06-01..2025-06-10",
          "HUR 'Anfang Juni': 'zusätzliche' (increment) could be sent", add=True),
        C("Tausende", None, "vague", "in_russia", "nato", "wed",
          "Rutte at the Hague summit 'am Mittwoch': Russia relies on them"),
    ),
)

H06 = Source(
    article_id="h54_06_kassel_campusradio_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-11-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Kaskade – Campusradio Kassel",
        "",
        "Seoul: Nordkorea hält 10.000 Soldaten an Russlands Grenze bereit",
    ),
    features="Kassel student radio's web text as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar without url, Thursday), straight double quotes; headline 'Seoul:' from the "
        "NIS briefing 'am Dienstag' (Tuesday to publication) named at the end of the lead; "
        "lawmakers passing on the briefing after a colon, Konjunktiv carrying it to `etwa "
        "5.000` builders 'zudem' (increment) and the dead ('hieß es'); state TV 'Ende Oktober' "
        "`Hunderten` fallen (north_korea); HUR 'vergangene Woche' `mehrere tausend weitere` "
        "(increment); a Kassel political scientist's total (other, `pub`); a student from Busan "
        "without a figure; military service months, students, university size, frequency, "
        "broadcast times",
    text="""\
Seoul: Nordkorea hält [[10.000]] Soldaten an Russlands Grenze bereit

Campusnachrichten | Politik | Radio Kaskade

Eine Studentin aus Busan über Wehrpflicht, die Sorge um ihren Cousin und neue Zahlen aus Seoul

Was ihr Cousin gerade macht, weiß Ji-woo Han nur ungefähr. Er leistet seinen Wehrdienst von 18 \
Monaten in einer Einheit nahe der innerkoreanischen Grenze und schreibt ihr ab und zu über eine \
Messenger-App. "Seit den Nachrichten aus Russland ist die Stimmung dort angespannter", erzählt \
die 24-Jährige, die am Standort Witzenhausen der Uni Kassel Ökologische Landwirtschaft studiert. \
Aufmerksam hat sie verfolgt, was der südkoreanische Geheimdienst NIS am Dienstag über die Lage \
berichtet hat.

Nach einer Sitzung des Geheimdienstausschusses in Seoul gaben Abgeordnete die Einschätzung des \
Dienstes wieder: [[Rund 10.000]] nordkoreanische Soldaten seien weiterhin in russischen \
Grenzgebieten stationiert, vor allem im Gebiet Kursk. Seit September habe Pjöngjang zudem [[etwa \
5.000]] Angehörige von Baueinheiten nach Russland verlegt, die dort Straßen und Bahnstrecken \
instand setzen sollten. Die Zahl der Gefallenen schätze der Dienst inzwischen auf [[rund 2.000]], \
hieß es.

Auch Pjöngjang spricht mittlerweile offen über den Einsatz. Ende Oktober zeigte das \
Staatsfernsehen, wie Machthaber Kim Jong Un die Angehörigen von [[Hunderten]] Gefallenen empfing; \
ein Museum für die "Helden von Kursk" soll im kommenden Jahr eröffnen. Der ukrainische \
Militärgeheimdienst HUR warnte vergangene Woche, im Norden würden [[mehrere tausend]] weitere \
Soldaten für eine neue Rotation vorbereitet.

Für den Kasseler Politikwissenschaftler Jonas Wiegand vom Fachgebiet Internationale Beziehungen \
zeigt sich darin eine dauerhafte Arbeitsteilung. "Russland liefert Technik und Geld, Nordkorea \
liefert Menschen", sagt er im Gespräch mit Radio Kaskade. Er schätzt, dass seit dem Herbst 2024 \
insgesamt [[mehr als 20.000]] Nordkoreaner in Russland gedient haben, Soldaten, Pioniere und \
Bauarbeiter zusammengenommen.

Ji-woo Han findet, dass in Deutschland zu wenig über Korea gesprochen wird. An der Uni Kassel \
sind nach Angaben des International Office derzeit 37 Studierende aus Südkorea eingeschrieben, \
insgesamt studieren hier rund 25.000 Menschen. Am 19. November lädt die koreanische \
Studierendengruppe zu einem Gesprächsabend ins Campus Center ein, Beginn 19 Uhr, Eintritt frei.

Radio Kaskade sendet montags bis freitags von 7 bis 10 Uhr auf UKW 105,8 und rund um die Uhr im \
Stream.
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS briefing of Tuesday to publication: at the border"),
        C("Rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "lawmakers passing on the NIS (Tuesday, named in the lead): in border areas"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv: builders moved 'zudem' (increment)", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing, 'schätze … hieß es': dead"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "state TV 'Ende Oktober': relatives of the fallen received by Kim"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "lastweek",
          "HUR 'vergangene Woche': 'weitere' prepared for a new rotation (increment)", add=True),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "Kassel political scientist, 'Er schätzt': served in Russia since autumn 2024"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, United States, Iceland, Christmas Island, Equatorial
# Guinea)
# ---------------------------------------------------------------------------------------------

H07 = Source(
    article_id="h54_07_rockhampton_beef_buyers_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-27"),
    dated_by="html_meta", crlf=True,
    features="Rockhampton daily in HTML, windows-1252 with CRLF (curly quotes and `·` raw), "
        "`article:published_time` with +10:00 (Thursday), a byline 'Thursday, 27 March 2025', "
        "an ad script with slot sizes, a privacy strip, navigation, footer with address and "
        "phone; `<title>` figure (optional, increment); h1 'Seoul says' `3,000` more (increment) "
        "from the JCS assessment 'released … on Thursday' (the publication day, source after the "
        "figure); 'lifted the number deployed … to "
        "about 14,000' (a new total, not an increment) with 'the JCS said in a written "
        "briefing' after the figure; 'Of those, some 4,000' (casualties, 'an official added'); "
        "'as many as 220' artillery pieces (not troops); a US defence official 'on Tuesday'; "
        "Syrskyi 'earlier this month'; Korean beef buyers, tonnes, head of cattle, dollars, "
        "Australians killed in Korea, age",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Seoul says North Korea sent [[3,000]] more troops to Russia | The Capricornia Courier</title>
<meta name="description" content="Pyongyang has reinforced its contingent, South Korea’s military \
says. In Rockhampton, visiting beef buyers keep an eye on the news.">
<meta property="article:published_time" content="2025-03-27T17:05:00+10:00">
<script>window.ccAds={slots:["300x250","728x90","320x50"],section:"world",articleId:50318};</script>
</head>
<body>
<div class="privacy-strip">This masthead uses cookies to count readers and sell the odd ad. Fair \
enough? <button>Yeah, righto</button> <button>Rather not, cheers</button></div>
<nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/rural">Rural</a> · <a \
href="/world">World</a> · <a href="/sport">Sport</a> · <a href="/notices">Notices</a></nav>
<article>
<h1>Seoul says Pyongyang topped up its force in Russia with [[3,000]] more soldiers</h1>
<p class="byline">By Megan Tolhurst · Thursday, 27 March 2025</p>
<p>Pyongyang slipped [[roughly 3,000]] extra soldiers into Russia over the first two months of \
the year to make good its heavy losses around Kursk, according to South Korea’s Joint Chiefs of \
Staff, which released its assessment on Thursday.</p>
<p>The reinforcements lifted the number deployed since last October to [[about 14,000]], the JCS \
said in a written briefing to Seoul-based reporters. Of those, [[some 4,000]] have been killed or \
wounded, an official added. The military also believes the North has shipped as many as 220 more \
artillery pieces and rocket launchers to its ally this year.</p>
<p>In Washington, a US defence official told reporters on Tuesday that [[several thousand]] North \
Korean troops were “back on the line” in Kursk after a lull of several weeks. Ukraine’s top \
commander, General Oleksandr Syrskyi, said earlier this month that [[about 8,000]] North Koreans \
were fighting alongside Russian units in the region.</p>
<h2>Beef trade watching closely</h2>
<p>The news landed in Rockhampton the same week a delegation of 14 buyers from Korean supermarket \
chains toured the Gracemere saleyards and two Central Queensland processors. South Korea took \
about 170,000 tonnes of Australian beef last year, making it the industry’s third-largest export \
market, and the saleyards handle about 4,500 head on a typical sale day.</p>
<p>“They’re calm about it, but you notice they follow every headline from home,” said Darren \
Kuskopf, who runs a Rockhampton export agency and hosted the group. He said the visitors had \
signed contracts worth “a bit over $40 million” before flying out on Wednesday.</p>
<p>Korean War veteran Bill Hennessy, 93, of North Rockhampton, said he never expected to see the \
North’s soldiers fighting in Europe. Almost 340 Australians were killed in that war.</p>
</article>
<footer><p>© 2025 The Capricornia Courier · 162 Bolsover Street, Rockhampton QLD 4700 · (07) 4922 \
5561</p></footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "<title> (metadata) restating the JCS figure: 'more' (increment)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "h1 'Seoul says': the JCS of Thursday (the publication day): 'more' (increment)",
          add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'according to' the JCS, 'which released its assessment on Thursday': 'extra' "
          "soldiers sent (increment)", add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'the JCS said in a written briefing' after the figure: the new total deployed"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'Of those … an official added': killed or wounded"),
        C("several thousand", None, "vague", "near_front", "united_states", "tue",
          "a US defence official 'on Tuesday': back on the line in Kursk"),
        C("about 8,000", 8000, "approx", "near_front", "ukraine", "2025-03-01..pub",
          "Syrskyi 'earlier this month': fighting in the region"),
    ),
)

H08 = Source(
    article_id="h54_08_barra_castlebay_prisoners_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-15"),
    dated_by="front_matter",
    features="Barra news page in Markdown, UTF-8, front matter with `date:` (Wednesday) and a "
        "title without a figure; headline 'Kyiv holds two' from Zelensky 'on Saturday' "
        "(Saturday to publication); the number word `two` twice; 'Two days later' (Monday) "
        "dating the NIS figures given by a committee member ('according to', after the "
        "figures); `2,700` wounded beside the dead (not an increment); 'The spy agency said' "
        "carrying the Monday; the SSO 'reckon' (`pub`); the White House 'in late December' "
        "`more than a thousand` (a number word); a UHI Korea specialist's `a few thousand` "
        "more (increment, other, `pub`); a Ukrainian deckhand without a figure; a dozen "
        "Ukrainians, residents, boats, pounds, ages, ferry delay",
    text="""\
---
title: "Castlebay deckhand follows the war from the pier"
date: 2025-01-15
section: World
byline: Catriona MacKinnon
---

# Kyiv holds [[two]] North Korean prisoners as Seoul counts the cost

Ukrainian soldiers have taken [[two]] North Koreans prisoner in the Kursk region of Russia, \
Volodymyr Zelensky announced on Saturday. They are the first of Pyongyang's troops known to have \
been caught alive. Both men were wounded, the Ukrainian president wrote on social media, and were \
being questioned by the SBU security service in Kyiv.

Two days later, South Korea's National Intelligence Service gave a parliamentary committee its \
first detailed estimate of the North's losses. It believes [[about 300]] North Koreans have been \
killed and [[2,700]] wounded, according to a member of the committee, Lee Seong-kweun. The spy \
agency said [[around 11,000]] had been sent to Russia in all.

The estimate is well below Kyiv's. Ukraine's special operations forces reckon the North has lost \
[[close to 4,000]] men, dead or wounded, since its units first went into action in November. \
Washington has landed somewhere in between: in late December the White House said [[more than a \
thousand]] had been killed or injured in a single week of fighting.

Dr Fiona MacNeil, a Korea specialist at the University of the Highlands and Islands who grew up \
in Northbay, thinks Pyongyang will simply replace the dead. "I would expect [[a few thousand]] \
more to be on their way by spring," she said.

## From Mariupol to Castlebay

For Serhiy Tkachenko, the news arrives between hauls. The 34-year-old from Mariupol has worked as \
a deckhand on a Castlebay scallop boat since 2023 and is one of about a dozen Ukrainians now \
living on Barra and Vatersay. His younger brother serves with an infantry brigade in the Sumy \
region, opposite Kursk.

"When they say North Koreans, people here think it is far away," he said on the pier, as the \
ferry from Oban came in almost two hours late. "For my brother it is the next field."

Barra has about 1,200 residents. The island's scallop fleet of nine boats landed catches worth an \
estimated £2.1 million last year, according to the local fishermen's association. A fundraising \
ceilidh for Ukrainian families takes place in the Castlebay hall on 25 January; tickets cost £8 \
from the community shop.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kyiv holds': Zelensky's Saturday announcement to publication: captured"),
        C("two", 2, "exact", "casualties", "ukraine", "sat", "Zelensky 'on Saturday': captured"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'Two days later' (Monday), 'according to' a committee member: killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same estimate: wounded beside the dead (not an increment)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'The spy agency said' (the Monday carried): sent in all"),
        C("close to 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "SSO 'reckon' (present tense, no date): lost, dead or wounded"),
        C("more than a thousand", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "White House 'in late December': one week's casualties"),
        C("a few thousand", None, "vague", "planned", "other", "pub",
          "UHI Korea specialist, undated quote: 'more' on their way (increment)", add=True),
    ),
)

H09 = Source(
    article_id="h54_09_nebraska_public_radio_bacon_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-11-05"),
    dated_by="sidecar",
    sidecar=(
        "Platte River Public Media",
        "https://www.platteriverpublic.example/news/2024-11/north-korean-troops-kursk-bacon",
        "U.S. says 8,000 North Korean soldiers have reached Kursk; Bacon wants aid sped up",
    ),
    features="Nebraska public radio site in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Tuesday), analytics and player scripts, a cookie note, header navigation, footer with "
        "frequencies and a phone number; `<title>` without a figure; h1 'U.S. says' from "
        "Blinken 'last Thursday' (31 October to publication); 'Roughly 8,000' and 'in total' "
        "(in Russia, not planned); a congressman passing on what Pentagon briefers told his "
        "committee „thousands more“ (united_states, increment, Monday); Zelensky 'on Monday' "
        "with the figure after a colon; NATO's spokeswoman 'in a statement last week' "
        "(`lastweek`); a UNL historian's 'upward of 12,000' (at_least, planned, other, `pub`); "
        "Ukrainians in Nebraska, parishioners, ordinal wing, age, frequencies",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>U.S.: North Korean troops now in Kursk; Bacon presses for aid | Platte River Public \
Media</title>
<meta property="og:site_name" content="Platte River Public Media">
<script>window.prpmAnalytics={station:"KPRV",story:98412,topics:["world","politics"]};</script>
<script async src="/static/js/player.3.8.1.js"></script>
</head>
<body>
<div class="cookie-note">A few cookies help our audio player work and tell us which stories get \
read. Pledge records never leave the station. <button>Sounds reasonable</button> <button>Just the \
stream, please</button></div>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/ag">Agriculture</a> | <a \
href="/schedule">Schedule</a> | <a href="/donate">Donate</a></nav></header>
<main>
<article>
<h1>U.S. says [[8,000]] North Korean soldiers have reached Kursk; Bacon wants aid sped up</h1>
<p class="byline">By Rachel Dvorak | Omaha</p>
<p>[[Roughly 8,000]] troops from North Korea are now in Kursk, the Russian border province next \
to Ukraine, U.S. Secretary of State Antony Blinken said last Thursday, and Washington expects \
them to join the fighting within days.</p>
<p>Speaking at the State Department alongside Defense Secretary Lloyd Austin and their South \
Korean counterparts, Blinken said [[about 10,000]] had been sent to eastern Russia in total. \
Austin added that the troops were being trained in artillery, drones and “basic infantry \
operations, including trench clearing.”</p>
<p>Rep. Don Bacon, the Papillion Republican who sits on the House Armed Services Committee, said \
Monday that Pentagon briefers had told committee members to expect “[[thousands]] more” to \
follow. Bacon, a retired Air Force brigadier general who once commanded Offutt’s 55th Wing, \
called for faster deliveries of air defense systems to Kyiv.</p>
<p>In his nightly video address on Monday, Ukrainian President Volodymyr Zelensky gave a higher \
count for the border region: [[11,000]]. Ukraine’s defense minister said the first small clashes \
with North Korean units had already taken place.</p>
<p>NATO, too, has raised its estimate. The alliance now believes Pyongyang has dispatched “[[more \
than 10,000]]” soldiers to Russia, spokeswoman Farah Dakhlallah said in a statement last week.</p>
<h2>In Lincoln, Ukrainians watch warily</h2>
<p>About 2,400 Ukrainians have resettled in Nebraska since 2022, most of them in Lincoln and \
Omaha, according to the state’s refugee office. At a Ukrainian Catholic parish in Lincoln, where \
about 150 people attend the Sunday liturgy, news of the deployment dominated coffee hour.</p>
<p>“People ask me: how many more countries will join against us?” said Oksana Hrytsenko, 52, who \
teaches English to new arrivals. “We have no answer.”</p>
<p>Jae-hee Park, who teaches modern Korean history at the University of Nebraska–Lincoln, said \
Pyongyang is unlikely to stop at the current number. She expects the North to commit “[[upward of \
12,000]]” over the winter, in exchange for cash, food and military technology.</p>
</article>
</main>
<footer><p>Platte River Public Media · 90.3 FM Kearney · 88.1 FM Hastings · Member services (308) \
555-0147 · © 2024</p></footer>
</body>
</html>
""",
    claims=(
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-10-31..pub",
          "h1 'U.S. says': Blinken's figure of last Thursday to publication: in Kursk"),
        C("Roughly 8,000", 8000, "approx", "near_front", "united_states", "2024-10-31",
          "Blinken 'last Thursday' (Tuesday article: 31 October): now in Kursk"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "2024-10-31",
          "same appearance: 'sent to eastern Russia in total' (not planned)"),
        C("thousands", None, "vague", "planned", "united_states", "mon",
          "Rep. Bacon 'said Monday' passing on Pentagon briefers (X citing Y): 'more' "
          "(increment)", add=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'on Monday', figure after a colon: in the border region"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "NATO spokeswoman 'in a statement last week' (source after the figure): sent"),
        C("upward of 12,000", 12000, "at_least", "planned", "other", "pub",
          "UNL historian 'expects' (no date): the North to commit over the winter"),
    ),
)

H10 = Source(
    article_id="h54_10_reykjavik_two_thousand_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-09-05"),
    dated_by="dateline",
    features="Icelandic English-language outlet as plain text, UTF-16 LE with BOM, dateline "
        "'REYKJAVÍK/SEOUL, 5 September 2025 —' (Friday); headline 'Seoul now believes' from "
        "the NIS briefing 'on Thursday' given at the end of the lead sentence ('members of … "
        "said after a closed-door briefing on Thursday'); 'The lawmakers quoted the National "
        "Intelligence Service as saying' (X citing Y) with a sent figure and `about 6,000 "
        "additional` (planned increment); Russia's ambassador in Pyongyang 'in August' "
        "(russia, deminers at work in Kursk); HUR 'in late August'; a passage without a source "
        "'are thought to' (unattributed, required, `pub`); Iceland's foreign minister 'on "
        "Thursday evening' “thousands” (other); krónur and euros, population, countries, "
        "vessels, airmen, km, phone",
    text="""\
Seoul now believes [[2,000]] North Koreans have died fighting for Moscow

By Ása Guðmundsdóttir, foreign desk

REYKJAVÍK/SEOUL, 5 September 2025 — South Korea’s intelligence service has raised its estimate of \
North Korean war dead in Russia to [[about 2,000]], members of the National Assembly’s \
intelligence panel said after a closed-door briefing on Thursday.

The lawmakers quoted the National Intelligence Service as saying that [[roughly 13,000]] troops \
had been dispatched since October last year, and that Pyongyang was getting ready to send [[about \
6,000]] additional personnel, most of them military engineers, to rebuild infrastructure in the \
Kursk border region.

Moscow, which acknowledged the deployment only in April, has never given a death toll. But \
Russia’s ambassador in Pyongyang, Alexander Matsegora, told a state news agency in August that \
the first [[1,000]] North Korean deminers were already at work in Kursk. Ukrainian military \
intelligence, for its part, estimated in late August that [[around 11,000]] North Korean troops \
remained in the region, where they now mostly guard the border and operate artillery and drones.

Taking rotations into account, [[some 15,000]] North Koreans are thought to have served in Russia \
since the autumn of 2024.

In Reykjavík, Foreign Minister Þorgerður Katrín Gunnarsdóttir called the deployment of \
“[[thousands]] of North Korean soldiers” to fight in Europe “a grave breach of international law” \
in a statement on Thursday evening. Iceland, which has no armed forces of its own, has pledged \
ISK 3.6 billion (about €25 million) in support for Ukraine this year, including money for drones \
and winter equipment.

The minister’s statement was co-signed by the foreign ministers of the other four Nordic \
countries. Iceland’s coast guard operates three patrol vessels, and the NATO air policing mission \
at Keflavík, about 50 km from the capital, is currently staffed by some 140 Italian airmen.

Iceland’s population passed 390,000 this year. Readers with information can reach the newsroom on \
+354 555 0199.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul now believes': the NIS briefing of Thursday to publication: died"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS via committee members 'said after a closed-door briefing on Thursday': dead"),
        C("roughly 13,000", 13000, "approx", "in_russia", "south_korea", "thu",
          "'The lawmakers quoted the National Intelligence Service' (X citing Y): dispatched"),
        C("about 6,000", 6000, "approx", "planned", "south_korea", "thu",
          "same: getting ready to send 'additional' personnel (increment)", add=True),
        C("1,000", 1000, "exact", "near_front", "russia", "2025-08-01..2025-08-31",
          "Russia's ambassador Matsegora 'in August': deminers at work in Kursk"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'estimated in late August': remained in the Kursk region"),
        C("some 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "'are thought to have served' without any source"),
        C("thousands", None, "vague", "in_russia", "other", "thu",
          "Iceland's foreign minister (a third government) 'in a statement on Thursday "
          "evening': deployment"),
    ),
)

H11 = Source(
    article_id="h54_11_christmas_island_parade_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "The Islander (Christmas Island)",
        "https://www.islander-cxi.example/world-roundup/issue-1291",
        "Pyongyang parades its Kursk veterans as Seoul counts 2,000 dead",
    ),
    features="Christmas Island news page's world roundup in Markdown, windows-1252 (straight "
        "quotes, `km/h`), front matter without a date (sidecar, Tuesday) with category and "
        "issue keys and a title without a figure; headline 'Seoul counts' from the NIS 'in early "
        "September' (the 1st to publication); KCNA on the Friday night parade `thousands` of "
        "veterans (returnees: optional); 'Two days later' (Sunday) KCNA `more than 100` killed "
        "(north_korea); the NIS 'told parliament in early September' (days 1–10) with two "
        "figures; Kyiv 'last week' `several thousand` more (increment); Canberra 'on Monday' "
        "quoting DFAT (other); a retired warrant officer without a figure; red crabs, km of "
        "roads, speed limit, age, years, residents, flight and phone",
    text="""\
---
title: "World roundup: Pyongyang's parade, and the crabs are coming"
category: World roundup
issue: 1291
---

# Pyongyang parades its Kursk veterans as Seoul counts [[2,000]] dead

North Korea staged one of its largest military parades in years on Friday night to mark 80 years \
of the ruling Workers' Party, and for the first time soldiers who fought for Russia marched \
through Kim Il Sung Square. State news agency KCNA said [[thousands]] of "heroes of the overseas \
operation" took part, alongside new missiles and tanks.

Two days later, KCNA reported that Kim Jong Un had presented state honours to the families of \
[[more than 100]] soldiers killed in the Kursk fighting. Russia was represented at the parade by \
Dmitry Medvedev, the deputy chairman of its Security Council, and China by Premier Li Qiang.

South Korea's National Intelligence Service told parliament in early September that [[about \
2,000]] North Koreans had been killed since the first units reached Kursk and that [[around \
10,000]] remained deployed in Russia. Kyiv said last week that [[several thousand]] more were \
being trained at home for a new rotation.

Canberra on Monday condemned what the Department of Foreign Affairs and Trade called the \
"continuing presence of [[thousands]] of DPRK troops" in Russia and repeated its call for \
Pyongyang to withdraw them.

## Closer to home

Not many of the island's roughly 1,700 residents stayed up for the broadcast, but retired army \
warrant officer Ray Lim, who served two tours with the UN Command honour guard in Seoul in the \
1980s, watched it online. "You see the discipline and you understand why Moscow wanted them," \
said Mr Lim, 68, who has lived at Poon Saan since 2004.

Meanwhile, Parks Australia expects the annual red crab migration to begin within weeks, once the \
first wet-season rains arrive. Rangers estimate that about 40 million crabs will head for the \
coast, and up to 20 km of roads may be closed at short notice. The Shire reminds drivers that the \
speed limit near Drumsite drops to 40 km/h during the migration.

The next flight from Perth lands on Saturday; freight bookings close on Thursday at 3 pm. \
Enquiries to the Shire office on (08) 9164 8312.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul counts': the NIS figure of early September to publication: dead"),
        C("thousands", None, "vague", "in_russia", "north_korea", "fri",
          "KCNA on the Friday parade: veterans who fought for Russia marching (returnees)",
          opt=True),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "sun",
          "KCNA 'Two days later' (Sunday): families of soldiers killed in Kursk honoured"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'told parliament in early September': killed"),
        C("around 10,000", 10000, "approx", "in_russia", "south_korea",
          "2025-09-01..2025-09-10", "same briefing: remained deployed in Russia"),
        C("several thousand", None, "vague", "planned", "ukraine", "lastweek",
          "Kyiv 'last week': 'more' trained for a new rotation (increment)", add=True),
        C("thousands", None, "vague", "in_russia", "other", "mon",
          "Canberra (DFAT) 'on Monday', a third government: presence in Russia"),
    ),
)

H12 = Source(
    article_id="h54_12_malabo_weekly_brief_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Bioko Weekly Brief",
        "https://www.biokobrief.example/issues/212",
        "Seoul: 10,000 North Korean troops still guard Russia's border, a year on",
    ),
    features="English-language newsletter from Equatorial Guinea as an HTML page, UTF-8, no "
        "meta date (sidecar, Thursday), an issue line, a settings script with a subscriber "
        "count, a consent box, navigation with a Spanish edition, footer with phone; `<title>` "
        "without a figure; h1 'Seoul:' from the NIS 'early this month' (the 1st to "
        "publication); 'On top of them … the agency said' (increment, source after the "
        "figure); a Pentagon assessment 'reported last week by a US newspaper' (X citing Y); "
        "Rutte 'on Monday' “thousands” (nato); Zelensky 'on Tuesday' “tens of thousands more” "
        "(increment); the newsletter's own tally (unattributed, required, range); Russian "
        "instructors in Equatorial Guinea, oil barrels, CFA francs, fractions, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bioko Weekly Brief – Issue 212: Korea’s soldiers, Russia’s instructors</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var bwb={issue:212,subscribers:"4.1k",lang:"en",paywall:false};</script>
<style>.brief h2{font-size:1.1rem;margin-top:18px}</style>
</head>
<body>
<div class="consent-box">Cookies? We keep one to remember you, and our newsletter platform keeps \
three. <button>Keep all four</button> <button>Only yours</button></div>
<nav><a href="/">Home</a> &middot; <a href="/archive">Archive</a> &middot; <a \
href="/subscribe">Subscribe</a> &middot; <a href="/es">Español</a></nav>
<main class="brief">
<p class="issue">Issue 212 &middot; Malabo &middot; Thursday edition</p>
<h1>Seoul: [[10,000]] North Korean troops still guard Russia’s border, a year on</h1>
<p>Good morning from Malabo. This week our world section looks at a war that keeps drawing in \
distant partners &mdash; and at what it means for a small Gulf of Guinea state that hosts Russian \
military instructors of its own.</p>
<h2>1. The numbers</h2>
<p>South Korea’s National Intelligence Service told legislators early this month that [[about \
10,000]] North Korean troops remained stationed in Russia’s border regions, most of them in \
Kursk. On top of them, [[roughly 5,000]] army construction personnel had moved into Russia since \
September, the agency said, to repair roads and rail lines.</p>
<p>A Pentagon assessment reported last week by a US newspaper put North Korean losses at [[more \
than 6,000]] killed or wounded since the first units went into battle. NATO Secretary General \
Mark Rutte, speaking in Brussels on Monday, said Russia could not have retaken Kursk “without \
[[thousands]] of North Korean soldiers”.</p>
<p>Ukraine’s President Volodymyr Zelensky warned on Tuesday that “[[tens of thousands]] more” \
could follow from the North should the fighting stretch into 2026.</p>
<p>Our own tally, built from the figures published in Seoul, Kyiv and Washington, suggests that \
[[between 14,000 and 17,000]] North Koreans have served in Russia since October 2024 once \
rotations are counted.</p>
<h2>2. Why it matters here</h2>
<p>Equatorial Guinea has its own link to Moscow’s military. Since last year, some 200 Russian \
instructors have been training presidential guard units in Malabo and Bata, according to \
diplomats. The government calls the cooperation &ldquo;purely technical&rdquo;.</p>
<p>Oil output, meanwhile, has slipped to about 80,000 barrels a day, less than a third of its \
peak two decades ago. The finance ministry expects a budget gap of 150 billion CFA francs next \
year.</p>
</main>
<footer><p>Bioko Weekly Brief is an independent English-language newsletter. Write to \
desk@biokobrief.example or call +240 555 014 220. &copy; 2025</p></footer>
<script src="/js/subscribe-popup.js" defer></script>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-01..pub",
          "h1 'Seoul:': the NIS figure of early this month to publication: at the border"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "NIS 'told legislators early this month': stationed in border regions"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "'On top of them … the agency said' (increment): builders moved into Russia",
          add=True),
        C("more than 6,000", 6000, "at_least", "casualties", "united_states", "lastweek",
          "Pentagon assessment 'reported last week by a US newspaper' (X citing Y)"),
        C("thousands", None, "vague", "near_front", "nato", "mon",
          "Rutte 'in Brussels on Monday': needed to retake Kursk"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "tue",
          "Zelensky 'on Tuesday': could send 'more' (increment)", add=True),
        C("between 14,000 and 17,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own tally ('Our own tally'): served in Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    H01, H02, H03, H04, H05, H06,
    H07, H08, H09, H10, H11, H12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
