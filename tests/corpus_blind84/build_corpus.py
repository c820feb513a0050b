"""Build the EIGHTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`.

The eighty-sixth corpus, for an honest measurement on articles the extractor has never met, written
in session 12 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Landau daily's world
page, a Stendal community radio's web text, a Mürzzuschlag community paper (Austrian
conventions), a Fiesch village bulletin (Swiss conventions), a potters' guild magazine and a
Magdeburg student radio; a Burnie daily, a Shapinsay community page, a paper from the Tohono
O'odham Nation on the Arizona border, a Riga-harbour English-language outlet, an Abemama
(Kiribati outer island) page and a newsletter from Senegal's Petite-Côte. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in
an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table are
the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module
instance whose `SOURCES` are set to ours (under its own module name, so it never shares state with
the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind84_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

A01 = Source(
    article_id="d84_01_landau_anzeiger_dreitausend_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-24"),
    dated_by="html_meta",
    features="Landau daily's world page in HTML (`article:published_time` with +02:00, an ad-slot "
        "script, a cookie banner in its own words with 61 partners, navigation, a footer with a "
        "phone number, a stats script); `<title>` figure (optional); h1 'Seoul zählt' from the "
        "body's Wednesday figure; lawmakers after a closed NIS session 'am Mittwoch' with the "
        "claimant after the figure; 'Erst am vergangenen Freitag' (the week before); 'so die "
        "Einschätzung des NIS' carrying Wednesday to the planned total; Kirby 'am Mittwoch' "
        "`mindestens 3.000`; Zelensky 'am Dienstagabend' range in training; Ukrainian intelligence "
        "officers 'wollen … beobachtet haben' (no date); a retired lieutenant colonel from "
        "Nussdorf (other, `pub`) with 'ein paar Tausend' and 'folgen Zehntausende' (vague "
        "increment); refugees in the district, distance, years",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul zählt bereits [[3.000]] Nordkoreaner auf russischem Boden | Landauer Anzeiger</title>
<meta property="article:published_time" content="2024-10-24T06:40:00+02:00">
<meta property="og:site_name" content="Landauer Anzeiger">
<script>var laAds={slot:"welt_top",size:"970x250",kw:["nordkorea","russland"]};</script>
</head>
<body>
<div class="cookie-hint">Wir schenken gern ein: Für Statistik und Werbung setzen wir und 61 \
Partner Cookies. <button>Schoppen drauf – alles erlauben</button> <button>Nur Schorle, \
bitte</button></div>
<nav><a href="/">Start</a> · <a href="/landau">Landau</a> · <a href="/suew">Südliche \
Weinstraße</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a></nav>
<article>
<h1>Seoul zählt bereits [[3.000]] Nordkoreaner auf russischem Boden</h1>
<p class="dek">Binnen einer Woche hat der Nachrichtendienst des Südens seine Zahl verdoppelt. Kiew \
erwartet einen Einsatz noch vor Monatsende.</p>
<p class="byline">Von Miriam Dörrzapf</p>
<p>Der Nachschub aus Pjöngjang rollt schneller als gedacht. [[Rund 3.000]] nordkoreanische \
Soldaten seien inzwischen in Russland eingetroffen, berichteten Abgeordnete in Seoul am Mittwoch \
nach einer nicht öffentlichen Sitzung mit Vertretern des Geheimdienstes NIS. Erst am vergangenen \
Freitag hatte der Dienst von [[1.500]] Elitekämpfern gesprochen, die auf Frachtschiffen nach \
Wladiwostok gebracht worden seien.</p>
<p>Bis Dezember wolle Machthaber Kim Jong Un insgesamt [[etwa 10.000]] Mann schicken, so die \
Einschätzung des NIS. Die Männer würden derzeit in Lagern im Osten Russlands an Drohnen und \
russischen Gewehren ausgebildet, trügen russische Uniformen und bekämen gefälschte Papiere aus \
Jakutien.</p>
<p>In Washington klingt man inzwischen ähnlich. Der Sprecher des Weißen Hauses, John Kirby, sagte \
am Mittwoch, es gebe Belege dafür, dass Nordkorea zwischen Anfang und Mitte Oktober [[mindestens \
3.000]] Soldaten in den Osten Russlands verlegt habe. Was sie dort vorhätten, sei noch offen. \
Verteidigungsminister Lloyd Austin warnte bei einem Besuch in Rom vor „sehr ernsten“ Folgen, \
sollten sie an der Front auftauchen.</p>
<h2>Kiew spricht von Kursk</h2>
<p>Der ukrainische Präsident Wolodymyr Selenskyj zeichnet ein dunkleres Bild. Seinen Angaben \
zufolge werden derzeit [[10.000 bis 12.000]] Nordkoreaner in Russland auf einen Kampfeinsatz \
vorbereitet; die ersten Einheiten könnten schon am Sonntag im Gebiet Kursk stehen, sagte er am \
Dienstagabend in seiner Videobotschaft. Ukrainische Geheimdienstler wollen zudem [[mehrere \
tausend]] von ihnen auf einem Truppenübungsplatz bei Ussurijsk beobachtet haben.</p>
<p>Moskau dementiert weiter. Kremlsprecher Dmitri Peskow tat die Berichte am Donnerstag erneut als \
„Übertreibungen“ ab; eine eigene Zahl nannte er nicht.</p>
<h2>„Das ist erst der Anfang“</h2>
<p>In der Südpfalz verfolgt man die Meldungen mit Sorge. Rund 1.100 Geflüchtete aus der Ukraine \
leben derzeit in Landau und im Landkreis Südliche Weinstraße, etliche davon aus dem Gebiet Sumy, \
das direkt an Kursk grenzt. Der frühere Oberstleutnant Hartmut Gensheimer aus Nußdorf, bis 2019 \
Rüstungskontrolleur der Bundeswehr, hält die Angaben aus Seoul für glaubwürdig. „Kim schickt jetzt \
[[ein paar Tausend]], um zu sehen, wie sie sich schlagen“, sagt der 66-Jährige. „Geht das für ihn \
gut aus, folgen [[Zehntausende]].“</p>
<p>Zwischen Landau und Pjöngjang liegen gut 8.500 Kilometer Luftlinie.</p>
</article>
<footer>© 2024 Landauer Anzeiger · Leserservice 06341 98 76 50 · <a \
href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
<script>window.laStats={words:512,readMin:3,comments:27};</script>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) repeating the h1", opt=True),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "h1 'Seoul zählt' from the lawmakers' Wednesday figure of the lead"),
        C("Rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lawmakers after the closed NIS session, claimant after the figure ('berichteten "
          "Abgeordnete … am Mittwoch'): arrived in Russia"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "NIS 'Erst am vergangenen Freitag' (Thursday article: the Friday before): brought to "
          "Vladivostok"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'so die Einschätzung des NIS' (same briefing, Wednesday): intended total by December"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'am Mittwoch' (the event is early/mid October): moved to eastern Russia"),
        C("10.000 bis 12.000", None, "range", "in_russia", "ukraine", "tue",
          "Zelensky 'am Dienstagabend', 'Seinen Angaben zufolge' before it: trained in Russia"),
        C("mehrere tausend", None, "vague", "in_russia", "ukraine", "pub",
          "Ukrainian intelligence officers 'wollen … beobachtet haben', no date: at a training "
          "ground near Ussuriysk"),
        C("ein paar Tausend", None, "vague", "in_russia", "other", "pub",
          "retired lieutenant colonel, present tense 'sagt': Kim sends now"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "same speaker: 'folgen Zehntausende' (more to follow: increment)", add=True),
    ),
)

A02 = Source(
    article_id="d84_02_uchtewelle_stendal_erste_tote_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-19"), dated_by="sidecar",
    crlf=True,
    sidecar=(
        "Uchte-Welle – Bürgerradio Stendal",
        "https://www.uchte-welle.example/nachrichten/2024/12/nordkorea-kursk-erste-tote",
        "Nordkoreas Soldaten in Kursk: Seoul meldet erste Tote",
    ),
    features="Stendal community radio's web text as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar, Thursday), a 'Stand: Donnerstag, 19.12.2024' line; headline without a figure; "
        "teaser 'geht … aus' from the lawmaker's Thursday figures; Lee Seong-kweun named after the "
        "figures ('So schilderte es … am Donnerstag'), 'fast 1.000 weitere verwundet' (others in "
        "the same event, not an increment); 'Lee zufolge' carrying the claimant; Pentagon "
        "spokesman 'Schon am Montag' „mehreren hundert“; HUR 'am Wochenende' (Saturday–Sunday); a "
        "Stendal association chair (other, `pub`) 'noch viele tausend … nachschicken' (vague "
        "increment, span without 'noch'); Ukrainians in the district, ages, FM frequency, airtime, "
        "studio phone",
    text="""\
Nordkoreas Soldaten in Kursk: Seoul meldet erste Tote

Stand: Donnerstag, 19.12.2024, 17:20 Uhr

Südkoreas Geheimdienst geht von [[mindestens 100]] gefallenen Nordkoreanern aus. Für die \
Ukrainerinnen und Ukrainer in Stendal ist das eine Nachricht mit bitterem Beigeschmack.

Von Jonas Wernicke

Zum ersten Mal hat Südkorea Tote unter den nordkoreanischen Truppen in Russland beziffert. \
[[Mindestens 100]] Soldaten aus dem Norden seien bei Gefechten im Gebiet Kursk ums Leben gekommen, \
[[fast 1.000]] weitere verwundet worden. So schilderte es der Parlamentarier Lee Seong-kweun am \
Donnerstag, im Anschluss an eine Unterrichtung des Nachrichtendienstes NIS vor dem \
Geheimdienstausschuss.

Die hohen Verluste erklärt sich der Dienst demnach mit dem ungewohnten Gelände: Die Soldaten \
kennten das offene Feld nicht und seien gegen Drohnenangriffe kaum geschützt. Lee zufolge sind \
[[rund 11.000]] Nordkoreaner im Raum Kursk im Einsatz, ein Teil davon in vorderster Linie, die \
übrigen in der Reserve.

Schon am Montag hatte das Pentagon erstmals Opfer gemeldet. Sprecher Pat Ryder sprach in \
Washington von „[[mehreren hundert]]“ Toten und Verletzten, ohne das genauer aufzuschlüsseln. Der \
ukrainische Militärgeheimdienst HUR teilte am Wochenende mit, bei Kämpfen um drei Dörfer im Kreis \
Korenewo seien [[mindestens 30]] Nordkoreaner getötet oder verletzt worden. Moskau schweigt zu \
alledem.

"Wir haben gehofft, dass niemand mehr dazukommt"

In Stendal und im Landkreis leben nach Zahlen der Kreisverwaltung derzeit knapp 2.300 Menschen aus \
der Ukraine. Olena Krawez, 41, leitet den Verein "Brücke Stendal–Charkiw", der jeden Dienstag ein \
Sprachcafé in der Altstadt anbietet. Die Meldung aus Seoul habe bei vielen Mitgliedern alte Ängste \
geweckt, erzählt sie im Gespräch mit der Uchte-Welle.

"Wir haben gehofft, dass nach drei Jahren niemand mehr dazukommt. Jetzt kommt sogar Nordkorea", \
sagt Krawez. Sie rechnet damit, dass Pjöngjang noch [[viele tausend]] Soldaten nachschicken wird, \
"solange Putin dafür zahlt". Ihr Neffe, 24 Jahre alt, diene als Sanitäter bei Sumy, nur wenige \
Kilometer von der Grenze entfernt.

Der Verein sammelt derzeit Spenden für Stromgeneratoren; 4.800 Euro sind bereits zusammengekommen.

Mehr dazu heute ab 18 Uhr in "Altmark am Abend" auf UKW 97,3. Studio-Telefon: 03931 21 45 67.
""",
    claims=(
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "teaser 'geht … aus': the lawmaker's figure of the body (Thursday, the publication day)"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker after the NIS briefing, named after the figures ('So schilderte es … am "
          "Donnerstag')"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: 'weitere verwundet' = others of the same event, not an increment"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "'Lee zufolge': deployed in the Kursk area"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman 'Schon am Montag' „…“: dead and wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'am Wochenende': killed or wounded near three villages"),
        C("viele tausend", None, "vague", "planned", "other", "pub",
          "Stendal association chair 'rechnet damit' (no date): 'noch … nachschicken' "
          "(increment, span without 'noch')", add=True),
    ),
)

A03 = Source(
    article_id="d84_03_muerzer_rundschau_gefangene",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-16"),
    dated_by="dateline",
    features="Mürzzuschlag community paper (Austrian conventions) as plain text, ISO-8859-1 with "
        "straight quotes and hyphens as dashes, dateline 'Mürzzuschlag, 16. Jänner 2025 -' "
        "(Thursday); 'Jänner', 'heuer'; headline 'Kiew:' with the number word `Zwei` from "
        "Zelensky's Saturday announcement (Saturday to publication); `zwei` in the lead; NIS "
        "'informierte am Montag' with two casualty figures and Konjunktiv carrying to 'etwa "
        "11.000' in Kursk; Zelensky 'Anfang Jänner' (days 1-10); the US State Department 'kurz vor "
        "Weihnachten' (a window); a Kameradschaftsbund chairman's range 'heuer noch einmal' "
        "(increment, other, `pub`); displaced Ukrainians in the district, Semmering height, euros, "
        "ages",
    text="""\
Kiew: [[Zwei]] Nordkoreaner in Kursk gefangen

Mürzzuschlag, 16. Jänner 2025 - Seit dem Wochenende kennt man ihre Gesichter: Ein junger Mann mit \
verbundenem Kiefer, ein zweiter mit bandagierten Händen, beide auf Pritschen in einem Kiewer \
Gefängnis. Ukrainische Fallschirmjäger und Spezialkräfte haben im russischen Gebiet Kursk [[zwei]] \
nordkoreanische Soldaten lebend gefangen genommen. Das gab Präsident Wolodymyr Selenskyj am \
Samstag bekannt. Die beiden würden nun vom Geheimdienst SBU befragt.

Selenskyj bot an, die Männer an Kim Jong Un zu übergeben, wenn Pjöngjang im Gegenzug die \
Freilassung ukrainischer Kriegsgefangener in Russland erwirke. Einer der beiden habe allerdings \
gesagt, er wolle lieber in der Ukraine bleiben.

Südkoreas Nachrichtendienst NIS informierte am Montag den Geheimdienstausschuss des Parlaments in \
Seoul. [[Rund 300]] Nordkoreaner seien gefallen, [[2.700]] verwundet, hieß es dort. Ein bei einem \
der Toten gefundenes Notizbuch zeige, dass die Soldaten Befehl hätten, sich vor einer \
Gefangennahme selbst zu töten. Insgesamt stünden nach wie vor [[etwa 11.000]] Soldaten aus dem \
Norden in der Region Kursk, so der Dienst.

Selenskyj selbst hatte Anfang Jänner die Zahl der getöteten und verwundeten Nordkoreaner mit \
[[3.800]] angegeben. Aus Washington kamen zuletzt vorsichtigere Töne: Das US-Außenministerium \
hatte kurz vor Weihnachten von [[mehr als 1.000]] Toten und Verletzten gesprochen. Moskau \
bestreitet nach wie vor, dass überhaupt Nordkoreaner auf seiner Seite kämpfen.

"Der Russe braucht Leute"

Auch im Mürztal wird die Entwicklung aufmerksam verfolgt. Im Bezirk Bruck-Mürzzuschlag sind \
derzeit rund 600 Vertriebene aus der Ukraine untergebracht, viele davon in Pensionen am Semmering, \
auf knapp 1.000 Metern Seehöhe. Die Gemeinde hat im Dezember 3.000 Euro für Winterkleidung zur \
Verfügung gestellt.

Gottfried Pichler, Obmann des örtlichen Kameradschaftsbundes und bis 2016 Vizeleutnant beim \
Bundesheer, hält die Zahlen aus Seoul für plausibel. "Der Russe braucht Leute, und der Kim hat \
genug davon", sagt der 68-Jährige. Seine Prognose: Heuer schickt Kim noch einmal [[5.000 bis \
10.000]] Mann hinterher. "Die Gefangenen in Kiew ändern daran gar nichts."

Der Kameradschaftsbund lädt am 25. Jänner um 19 Uhr zu einem Vortrag über die Lage in der Ukraine \
ins Gasthaus Hubertushof. Der Eintritt ist frei.

(Mürzer Rundschau, Redaktion: hp/ek)
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kiew:' (number word): Zelensky's Saturday announcement, window to "
          "publication: captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'gab … am Samstag bekannt' (next sentence): taken prisoner"),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'informierte am Montag' the committee, 'hieß es dort' after the figures: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "'so der Dienst' at the end of the sentence, Monday carried: in the Kursk region"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Jänner' (days 1–10): killed and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-18..2024-12-24",
          "US State Department 'kurz vor Weihnachten' (the days before 24 December): dead and "
          "wounded"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "pub",
          "Kameradschaftsbund chairman 'Seine Prognose:' ('heuer' is the event): 'noch einmal' "
          "(increment)", add=True),
    ),
)

A04 = Source(
    article_id="d84_04_aletsch_bote_fiesch_opfer_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-30"),
    dated_by="front_matter", crlf=True,
    features="Fiesch village bulletin (Swiss conventions) in Markdown, windows-1252 with CRLF, "
        "front matter with `date:` and a title figure (optional); `ss`, «», `15'000`, `14'000`, "
        "4-digit `4700`/`3000`, `2'000` per hour (`bis zu`, a cable car: not a claim); h1 'Seoul:' "
        "from the NIS Wednesday figure (the publication day); 'schätzt … auf' with the date in the "
        "next sentence ('teilte der Dienst am Mittwoch … mit'); 'hiess es weiter' carrying it to "
        "the total sent; Gerasimov 'am Samstag' and KCNA 'Am Montag' without figures; the US State "
        "Department 'vergangene Woche' «über 14'000»; HUR 'geht davon aus' (no date); a former "
        "Swiss defence attaché from Ernen 'nochmals 3000' (increment, other, `pub`); villagers, "
        "glacier length, francs, years",
    text="""\
---
title: "Seoul beziffert Verluste: [[4700]] Nordkoreaner getötet oder verwundet"
date: 2025-04-30
ausgabe: "Aletsch-Bote, Nr. 17"
rubrik: Welt
---

# Seoul: [[Rund 4700]] Opfer unter Kims Soldaten

*Nach Moskau und Pjöngjang legt nun der südkoreanische Geheimdienst Zahlen vor. Ein Oberwalliser \
Kenner Russlands erwartet, dass der Norden nachlegt.*

Monatelang haben Moskau und Pjöngjang geschwiegen, jetzt ist es amtlich – und Seoul liefert die \
Bilanz gleich mit. Der südkoreanische Geheimdienst NIS schätzt die Verluste der nordkoreanischen \
Truppen in Russland auf [[rund 4700]] Tote und Verwundete. [[Etwa 600]] Soldaten seien gefallen, \
teilte der Dienst am Mittwoch einem Parlamentsausschuss in Seoul mit.

Insgesamt habe Nordkorea seit dem vergangenen Oktober [[rund 15'000]] Mann nach Russland \
geschickt, hiess es weiter. Ein Teil davon sei inzwischen zur Ausbildung an Raketenwerfern und \
Artillerie abgestellt.

## Das späte Eingeständnis

Russlands Generalstabschef Waleri Gerassimow hatte am Samstag erstmals öffentlich bestätigt, dass \
nordkoreanische Einheiten an der «Befreiung» des Gebiets Kursk beteiligt gewesen seien. Eine Zahl \
nannte er nicht. Am Montag zog die amtliche Nachrichtenagentur KCNA nach: Kim Jong Un habe den \
Einsatz gestützt auf den Beistandspakt mit Moskau angeordnet, die Soldaten seien «Helden».

Die Amerikaner waren schon länger deutlicher. Das US-Aussenministerium sprach vergangene Woche von \
«[[über 14'000]]» Soldaten, die Pjöngjang entsandt habe. Der ukrainische Militärgeheimdienst HUR \
wiederum geht davon aus, dass [[mehrere tausend]] Nordkoreaner weiterhin im Grenzgebiet bei Kursk \
stationiert sind.

## «Kim wird liefern»

Anton Imhasly aus Ernen war von 2009 bis 2013 Verteidigungsattaché der Schweiz in Moskau. Er \
wundert sich nicht über das späte Eingeständnis. «Putin braucht die Nordkoreaner, und er will, \
dass das zu Hause alle wissen», sagt er. «Ich rechne damit, dass Kim im Sommer nochmals [[3000]] \
Mann schickt, vielleicht auch Bautruppen.»

Im Dorf selbst ist Korea vor allem ein Thema für die Hotellerie: Seit einigen Jahren buchen \
Reisegruppen aus Seoul regelmässig Zimmer für Wanderungen am Aletschgletscher, dessen Zunge heute \
noch gut 20 Kilometer lang ist. Die Gondelbahn auf die Fiescheralp befördert bis zu 2'000 Personen \
pro Stunde; die Retourfahrt kostet 38 Franken.

Die Gemeinde zählt gut 900 Einwohnerinnen und Einwohner.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "front-matter title (metadata) repeating the NIS figure", opt=True),
        C("Rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "h1 'Seoul:' from the NIS Wednesday figure (the publication day)"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'schätzt … auf', dated by the next sentence ('teilte der Dienst am Mittwoch … "
          "mit'): dead and wounded"),
        C("Etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "same statement: fallen (a breakdown of the casualties)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'hiess es weiter' carrying the NIS and Wednesday: sent since October"),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "US State Department 'vergangene Woche' «…»: dispatched"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "pub",
          "HUR 'geht davon aus' (present tense, no date): stationed in the Kursk border area"),
        C("3000", 3000, "exact", "planned", "other", "pub",
          "former Swiss defence attaché «Ich rechne damit» in the summer: 'nochmals' (increment)",
          add=True),
    ),
)

A05 = Source(
    article_id="d84_05_drehscheibe_toepferinnung_opischnja_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "Drehscheibe – Magazin der Töpferinnung Mitteldeutschland",
        "https://www.drehscheibe-magazin.example/heft-7-2025/gast-aus-opischnja",
        "Ein Gast aus Opischnja",
    ),
    features="potters' guild magazine column in Markdown, UTF-8 with BOM, front matter without a "
        "date (issue 'Heft 7/2025', sidecar, Thursday) and a title without a figure; a Ukrainian "
        "potter's residency; the magazine's own background total 'waren … gekommen' (unattributed, "
        "`pub`); Shoigu 'am 17. Juni' in Pyongyang 'zusätzlich' two figures (planned increments, "
        "russia); HUR's assessment 'die Ende Juni bekannt wurde' 'weitere' range (increment); the "
        "NIS 'am Dienstag' „einige hundert“ arrived in Kursk; the INDOPACOM commander 'im April' "
        "before Congress; the potter's brother „Hunderte“ (other, `pub`); kiln temperatures, clay "
        "in kilos, members, guild founding year, euros, village population, the potter's age",
    text="""\
---
title: "Ein Gast aus Opischnja"
heft: "7/2025"
rubrik: Blick über den Tellerrand
autorin: Ute Brennecke
---

# Ein Gast aus Opischnja

*Seit Mai arbeitet die ukrainische Keramikerin Halyna Sarembo in der Werkstatt unseres \
Innungsmitglieds Klaus Rudloff in Bürgel. Ihr Heimatdorf gilt als Hauptstadt der ukrainischen \
Töpferei – und der Krieg ist dort nie weit weg.*

Wenn Halyna Sarembo an der Scheibe sitzt, spricht sie kaum. Die 38-Jährige dreht Krüge nach der \
Art ihres Dorfes, mit schlankem Hals und aufgemalten Ranken, und brennt sie im Holzofen der \
Werkstatt bei gut 1.100 Grad. Opischnja im Gebiet Poltawa hat knapp 5.000 Einwohner und ein \
Keramikmuseum, das über 50.000 Stücke besitzt. Ein Drittel der Töpferfamilien, sagt sie, sei \
inzwischen geflohen oder an der Front.

Ihr jüngerer Bruder Taras dient in einer Artilleriebrigade bei Sumy, nahe der russischen Grenze. \
Auf der anderen Seite der Grenze stehen seit dem vergangenen Winter auch Soldaten aus Nordkorea. \
[[Rund 11.000]] von ihnen waren im Herbst 2024 nach Russland gekommen, um die ukrainischen Truppen \
aus dem Gebiet Kursk zu vertreiben.

## Nachschub aus Pjöngjang

Und es sollen mehr werden. Russlands Sicherheitsratschef Sergej Schoigu verkündete am 17. Juni bei \
einem Besuch in Pjöngjang, Nordkorea werde zusätzlich [[1.000]] Minenräumer sowie [[5.000]] \
Soldaten für den Wiederaufbau in das Gebiet Kursk entsenden. Der ukrainische Militärgeheimdienst \
HUR rechnet sogar mit mehr: Nach seiner Einschätzung, die Ende Juni bekannt wurde, bereitet \
Pjöngjang weitere [[25.000 bis 30.000]] Soldaten auf einen Einsatz vor.

Südkoreas Geheimdienst NIS bestätigte am Dienstag, dass die Verlegung der Bautrupps begonnen habe; \
„[[einige hundert]]“ seien bereits im Gebiet Kursk angekommen. Schon im April hatte der Kommandeur \
der US-Streitkräfte im Indopazifik, Admiral Samuel Paparo, vor dem Kongress geschätzt, dass \
Nordkorea bis dahin [[etwa 15.000]] Soldaten nach Russland geschickt habe.

Taras erzählt am Telefon von Drohnen, die Tag und Nacht über den Stellungen kreisen. „Die \
Nordkoreaner greifen in Wellen an, [[Hunderte]] auf einmal“, habe er ihr gesagt. Halyna zuckt mit \
den Schultern. „Er übertreibt nie.“

## Ton aus dem Westerwald

Die Innung hat den Aufenthalt mit 6.500 Euro aus ihrem Härtefonds unterstützt. Sarembo arbeitet \
mit 800 Kilogramm Steinzeugton aus dem Westerwald, den ein Mitgliedsbetrieb gespendet hat. Ihre \
Krüge sind ab dem 12. Juli beim Töpfermarkt in Bürgel zu sehen. Die Innung, gegründet 1663, zählt \
heute 214 Mitgliedsbetriebe.
""",
    claims=(
        C("Rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the magazine's own background total, no source ('waren … gekommen'): came to Russia"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang: 'zusätzlich' deminers to be sent (increment)",
          add=True),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: military builders to be sent (increment)", add=True),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-06-20..2025-06-30",
          "HUR assessment 'die Ende Juni bekannt wurde': 'weitere' prepared (increment)",
          add=True),
        C("einige hundert", None, "vague", "near_front", "south_korea", "tue",
          "NIS 'bestätigte am Dienstag' „…“: arrived in the Kursk region"),
        C("etwa 15.000", 15000, "approx", "in_russia", "united_states", "2025-04-01..2025-04-30",
          "INDOPACOM commander 'im April' before Congress: sent to Russia"),
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "the potter's brother, a soldier, quoted second-hand („habe er ihr gesagt“, no date): "
          "attacking in waves"),
    ),
)

A06 = Source(
    article_id="d84_06_campusradio_magdeburg_gefallene_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Campusradio Guericke",
        "https://www.campusradio-guericke.example/beitrag/seoul-zweitausend-gefallene",
        "Seoul: Rund 2.000 nordkoreanische Soldaten in Kursk gefallen",
    ),
    features="Magdeburg student radio's web text in HTML, windows-1252 (raw „“, `–`, `€`; also "
        "`&bdquo;`/`&ldquo;` entities), no meta date (sidecar, Friday), a cookie banner in its own "
        "words, a programme trailer line, a player script with a stream bitrate, a footer with the "
        "studio phone; `<title>` figure (optional); h1 'Seoul:' from the body's Thursday figure; "
        "'Das berichtete … am Donnerstag' after the figures, 'hieß es' carrying them; KCNA 'Ende "
        "August' `mehr als 100` fallen honoured (north_korea); HUR 'vergangene Woche' `mehr als "
        "3.000`; a Korean exchange student „noch einmal Tausende“ (other, vague increment, `pub`); "
        "students, semester fee, FM frequency, ages",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Seoul: Rund [[2.000]] nordkoreanische Soldaten in Kursk gefallen – Campusradio \
Guericke</title>
<script src="/player/stream.js" data-bitrate="128" data-mount="/live"></script>
</head>
<body>
<div id="cookiebox">Auch Radiomacher mögen Kekse: Wir zählen Hörerinnen und Hörer anonym mit. \
<button>Läuft bei mir</button> <button>Nur Pflichtprogramm</button></div>
<nav><a href="/">On Air</a> | <a href="/nachrichten">Nachrichten</a> | <a \
href="/campus">Campus</a> | <a href="/musik">Musik</a> | <a href="/mitmachen">Mitmachen</a></nav>
<main>
<h1>Seoul: [[Rund 2.000]] nordkoreanische Soldaten in Kursk gefallen</h1>
<p class="teaser">Zum ersten Mal beziffert Südkorea die Toten – und an der Uni Magdeburg fragen \
sich Studierende aus Korea, was als Nächstes kommt.</p>
<p>Der Einsatz im russischen Grenzgebiet hat Nordkorea nach südkoreanischer Einschätzung bislang \
[[etwa 2.000]] Soldaten das Leben gekostet. Die Zahl der Verwundeten liege bei „[[mehreren \
tausend]]“. Das berichtete der Abgeordnete Park Sun-won am Donnerstag nach einer Sitzung des \
Geheimdienstausschusses in Seoul, in der der Nachrichtendienst NIS vorgetragen hatte.</p>
<p>Derzeit seien [[rund 11.000]] nordkoreanische Soldaten in der Grenzregion bei Kursk \
stationiert, hieß es weiter. Sie sollten dort vor allem verhindern, dass ukrainische Einheiten \
erneut über die Grenze vorstoßen.</p>
<p>Pjöngjang selbst hat die Verluste nie beziffert. Ende August hatte Machthaber Kim Jong Un in \
Pjöngjang die Familien gefallener Soldaten empfangen; laut der Staatsagentur KCNA zeichnete er \
dabei [[mehr als 100]] Gefallene posthum mit dem Titel „Held der Republik“ aus. Der ukrainische \
Militärgeheimdienst HUR geht von deutlich höheren Verlusten aus und sprach vergangene Woche von \
[[mehr als 3.000]] toten Nordkoreanern.</p>
<h2>&bdquo;Bei uns redet man nicht gern darüber&ldquo;</h2>
<p>An der Otto-von-Guericke-Universität studieren rund 14.000 Menschen, gut 40 davon kommen aus \
Südkorea. Eine von ihnen ist Seo-yeon, 24, die für ein Austauschjahr im Maschinenbau nach \
Magdeburg gekommen ist. Ihr Bruder leistet gerade seinen Wehrdienst in Paju, nahe der \
innerkoreanischen Grenze.</p>
<p>„Bei uns zu Hause sagen viele, dass Kim im Herbst noch einmal [[Tausende]] schicken wird“, \
erzählt sie im Studio. „Für die Familien im Norden ist das furchtbar. Sie erfahren nicht einmal, \
wo ihre Söhne sterben.“</p>
<p>Mehr dazu im „Campusmagazin“ am Montag ab 17 Uhr auf UKW 104,1. Der Semesterbeitrag für das \
Wintersemester beträgt übrigens 112 € – ein Radio-Anteil ist nicht drin.</p>
</main>
<footer>Campusradio Guericke e. V. · Studio: 0391 67 12 345 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) repeating the h1", opt=True),
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "h1 'Seoul:' from the lawmaker's Thursday figure of the body"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "lawmaker after the NIS briefing, named after the figures ('Das berichtete … am "
          "Donnerstag'): dead"),
        C("mehreren tausend", None, "vague", "casualties", "south_korea", "thu",
          "same passage (Konjunktiv, „…“): wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "'hieß es weiter' carrying the briefing: stationed in the border region near Kursk"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA on Kim's ceremony 'Ende August': fallen honoured posthumously"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'sprach vergangene Woche von': dead"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "Korean exchange student, hearsay at home, no date: 'noch einmal' (increment)",
          add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Orkney, US, Latvia, Kiribati, Senegal)
# ---------------------------------------------------------------------------------------------

A07 = Source(
    article_id="e84_07_burnie_herald_kursk_combat_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-11-14"),
    dated_by="html_meta",
    features="Burnie (Tasmania) daily in HTML, ISO-8859-1 (curly quotes and dashes only as "
        "entities `&ldquo;`/`&rdquo;`/`&rsquo;`/`&lsquo;`, raw `©` and `·`), "
        "`article:published_time` with +11:00, a tag-manager script, a cookie banner in its own "
        "words, navigation, a footer with an ABN; `<title>` figure (optional); h1 without a "
        "figure; standfirst 'Seoul's spy agency estimates' from the body's Wednesday figure; NIS "
        "'on Wednesday' (`upwards of`); Yonhap quoting a lawmaker `about 1,000` attached to "
        "Russian units (south_korea, Wednesday carried); the State Department spokesman 'on "
        "Tuesday'; Zelensky 'last week'; HUR 'another 5,000 to 7,000' (range increment, span "
        "without 'another', no date); a NATO official 'at the end of October' (nato); Australia's "
        "foreign minister 'on Friday' (other); town population, port tonnes, aid in dollars, ages, "
        "1953",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="iso-8859-1">
<title>More than [[10,000]] North Korean troops in Kursk, Seoul says | The Burnie Coastal \
Herald</title>
<meta property="article:published_time" content="2024-11-14T05:30:00+11:00">
<meta property="og:site_name" content="The Burnie Coastal Herald">
<script>
(function(w){w.dataLayer=w.dataLayer||[];
w.dataLayer.push({section:"world",wordCount:590});})(window);
</script>
</head>
<body>
<div class="consent">We use cookies to keep the presses rolling and to count readers. \
<button>Crack on</button> <button>Let me pick and choose</button></div>
<nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/port">Port &amp; Industry</a> · \
<a href="/world">World</a> · <a href="/footy">Footy</a></nav>
<article>
<h1>North Korean soldiers now in the fight in Kursk</h1>
<p class="standfirst">Seoul&rsquo;s spy agency estimates [[more than 10,000]] troops from \
Pyongyang have been sent to the front. Canberra calls it a &ldquo;dangerous escalation&rdquo;.</p>
<p class="byline">By Tom Hennessy and wires</p>
<p>NORTH Korean troops have begun fighting alongside Russian forces in the Kursk region, South \
Korea&rsquo;s National Intelligence Service says, with [[upwards of 10,000]] of Kim Jong \
Un&rsquo;s soldiers now positioned at or near the front.</p>
<p>The agency briefed a parliamentary committee in Seoul on Wednesday. Yonhap news agency, quoting \
lawmaker Park Sun-won, reported that [[about 1,000]] of the North Koreans had already been \
attached to Russian marine and airborne units, and that Pyongyang was also shipping artillery and \
rocket launchers.</p>
<p>Washington had said much the same a day earlier. State Department spokesman Matthew Miller told \
reporters on Tuesday that &ldquo;[[over 10,000]]&rdquo; North Korean troops had moved into Kursk \
and had started taking part in combat operations. Ukraine&rsquo;s President Volodymyr Zelensky had \
put the figure at [[11,000]] last week, saying the troops were already in the region. Kyiv&rsquo;s \
military intelligence agency, the HUR, warns that Pyongyang could send another [[5,000 to 7,000]] \
in the coming months.</p>
<p>When NATO first confirmed the deployment at the end of October, an alliance official in \
Brussels spoke of &ldquo;[[a few thousand]]&rdquo; soldiers sent to Kursk. The number has risen \
sharply since.</p>
<h2>Canberra condemns &lsquo;escalation&rsquo;</h2>
<p>Foreign Minister Penny Wong said in a statement on Friday that the presence of \
&ldquo;[[thousands]] of North Korean soldiers&rdquo; on the battlefield was a dangerous \
escalation, and Australia would work with partners on a response. Since 2022 Australia has pledged \
Kyiv upwards of $1.3 billion in military and other aid.</p>
<p>For Burnie&rsquo;s small Korean community the news is a reminder of a war that never formally \
ended. &ldquo;My grandfather fought in 1953, on the other side of that border,&rdquo; said Ji-ho \
Kang, 52, who runs a sushi bar on Wilson Street. &ldquo;Now their boys are dying for \
Russia.&rdquo;</p>
<p>The city of about 20,000 people exports close to 1 million tonnes of minerals a year through \
its port, some of it to South Korean smelters.</p>
</article>
<footer>© 2024 The Burnie Coastal Herald · ABN 41 112 903 587 · <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "at_least", "near_front", "south_korea", "wed..pub",
          "<title> (metadata) 'More than … Seoul says'", opt=True),
        C("more than 10,000", 10000, "at_least", "near_front", "south_korea", "wed..pub",
          "standfirst 'Seoul's spy agency estimates': the NIS figure the body dates to Wednesday"),
        C("upwards of 10,000", 10000, "at_least", "near_front", "south_korea", "wed",
          "NIS 'says', dated by the next sentence ('briefed … on Wednesday'): at or near the "
          "front"),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "wed",
          "Yonhap quoting a lawmaker briefed by the NIS (X citing Y: the original source's group), "
          "Wednesday carried: attached to Russian units (a breakdown)"),
        C("over 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "State Department spokesman 'on Tuesday' (“…”): moved into Kursk"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "lastweek",
          "Zelensky 'had put the figure at … last week': in the region"),
        C("5,000 to 7,000", None, "range", "planned", "ukraine", "pub",
          "HUR 'warns' (present tense): could send 'another' (increment, span without the word)",
          add=True),
        C("a few thousand", None, "vague", "near_front", "nato", "2024-10-21..2024-10-31",
          "NATO official 'at the end of October' (days 21–31): sent to Kursk"),
        C("thousands", None, "vague", "near_front", "other", "fri",
          "Australia's foreign minister 'on Friday' (a third government): on the battlefield"),
    ),
)

A08 = Source(
    article_id="e84_08_shapinsay_sounds_return_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-28"),
    dated_by="front_matter",
    features="Shapinsay (Orkney) community page in Markdown, UTF-8, front matter with `date:` and "
        "a title figure (optional, increment); a Ukrainian farm worker's story; h1 'Another 3,000 "
        "… Seoul says' (increment, span without 'Another') from the JCS Thursday figure; "
        "'according to a Thursday assessment by' the JCS after `roughly 3,000 more` (approx "
        "increment) and 'It put … at' `about 4,700`; the outlet's own background `About 11,000` "
        "(unattributed, `pub`); Syrskyi 'earlier this month' (from the 1st); UK Defence "
        "Intelligence 'on Monday' `no more than 8,000` (other, at_most); the farm worker's cousin "
        "„thousands“ second-hand (other, `pub`); island population, ferry minutes, cattle, pounds, "
        "ages, group sizes",
    text="""\
---
title: "Kim sends [[3,000]] more soldiers as his troops return to Kursk"
date: 2025-03-28
section: Beyond the Sound
author: Morag Flett
---

# Another [[3,000]] North Korean soldiers sent to Russia, Seoul says

*Taras Melnyk has spent three winters feeding cattle at Balfour. This week the war he left behind \
came a little closer again.*

Pyongyang shipped [[roughly 3,000]] more of its soldiers to Russia over January and February to \
replace men lost around Kursk, according to a Thursday assessment by South Korea's Joint Chiefs of \
Staff. It put North Korean casualties so far at [[about 4,700]], dead and wounded together, and \
said further shipments of missiles and shells had continued through the winter.

[[About 11,000]] North Korean troops arrived in Russia in the autumn. After heavy losses they were \
pulled out of the line in February, and for several weeks Ukrainian drone crews reported seeing \
none of them. That pause is over. Earlier this month Kyiv's top general, Oleksandr Syrskyi, \
reported "[[several thousand]]" of them back in assaults near Sudzha, now in smaller groups of 20 \
or 30 and better prepared for drones.

British officials are more cautious. UK Defence Intelligence said on Monday that, by its \
assessment, [[no more than 8,000]] of the North Koreans were currently in frontline positions, \
with the rest held in reserve or in training.

## "My cousin says they are back"

For Taras, who is 34 and came to the island from Chernihiv in 2022, the figures have faces. His \
cousin serves with a drone unit a few kilometres from the Russian border. "He says there are \
[[thousands]] of them again, and they do not stop when you shoot," he says, on a break between \
feeding rounds. "They walk straight across the fields."

Taras works on a farm that keeps about 400 head of beef cattle. He is one of four Ukrainians \
living on Shapinsay, which has a population of a little over 300; the ferry from Kirkwall takes 25 \
minutes.

Last month the community council gave £1,200 from its hall fund to pay for a generator for his \
cousin's unit. "People here know what winter is," says council chair Sheila Rendall, 61. "We \
thought a generator was the least we could do."

The Balfour hall hosts a Ukrainian supper on Saturday 5 April from 7pm; tickets are £8, children \
free.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "front-matter title (metadata) '3,000 more'", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "h1 'Another … Seoul says' (span without 'Another'): the JCS Thursday figure, window "
          "to publication", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS named after the figure ('according to a Thursday assessment'): 'more' shipped "
          "(increment)", add=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "'It put … at' (the JCS, Thursday carried): dead and wounded"),
        C("About 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the page's own background, no source: arrived in the autumn"),
        C("several thousand", None, "vague", "near_front", "ukraine", "2025-03-01..pub",
          "Syrskyi 'earlier this month' (from the 1st): attacking near Sudzha"),
        C("no more than 8,000", 8000, "at_most", "near_front", "other", "mon",
          "UK Defence Intelligence 'on Monday' (a third government): in frontline positions"),
        C("thousands", None, "vague", "near_front", "other", "pub",
          "the farm worker quoting his cousin at the front (present tense, no date)"),
    ),
)

A09 = Source(
    article_id="e84_09_baboquivari_weekly_sells_veteran",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-16"), dated_by="sidecar",
    crlf=True,
    sidecar=(
        "Baboquivari Weekly",
        "https://www.baboquivariweekly.example/news/2025/10/16/a-long-way-from-kursk",
        "A long way from Kursk, a Sells veteran watches Kim's army",
    ),
    features="paper from the Tohono O'odham Nation on the Arizona border as plain text, UTF-8 "
        "with CRLF (sidecar, Thursday), byline and 'SELLS, Ariz. —' without a date; headline "
        "without a figure; a tribal veteran's story; NIS 'on Tuesday' (`about 10,000` near the "
        "border, 'several thousand more' engineers: vague increment); North Korean state TV on "
        "'last Friday's' parade with returnees (optional); the Pentagon 'At the time' of the first "
        "deployment 'last fall' (season window); Zelensky at the General Assembly 'in September' "
        "(`thousands`); 'By most counts' (unattributed, `pub`); the Kursk governor 'last week' "
        "(russia); the veteran 'another 20,000' (other, increment, `pub`); border miles, enrolled "
        "members, town population, dollars, 1953, ages",
    text="""\
A long way from Kursk, a Sells veteran watches Kim's army

By Delia Antone
Baboquivari Weekly

SELLS, Ariz. — Raymond Juan keeps a small map of the Korean peninsula taped inside the door of his \
pickup. The 71-year-old Navy veteran, who served two tours at a base near Pusan in the 1970s, says \
he never expected to see the North Korean army fighting in Europe in his lifetime.

"We used to say the North would only ever fight the South," he said, sitting outside the veterans' \
office on Main Street. "Now they're digging trenches for Putin."

On Tuesday, Seoul's intelligence agency told a closed committee session that [[about 10,000]] of \
Pyongyang's troops are still posted on the Russian side of the Ukrainian frontier, chiefly around \
Kursk. Lawmakers who attended said the agency also expects Pyongyang to send [[several thousand]] \
more military engineers to rebuild roads and clear mines there.

On state television, the North has been celebrating. At last Friday's anniversary parade for the \
Workers' Party, [[hundreds]] of troops whom the announcer hailed as "heroes of Kursk" \
goose-stepped through Kim Il Sung Square under the eyes of Kim Jong Un and his Chinese and Russian \
guests.

The Pentagon's own count last fall, at the time of the first deployment, was [[around 11,000]] \
North Koreans sent to Russia. Ukrainian President Volodymyr Zelensky told the United Nations \
General Assembly in September that Pyongyang was providing Moscow with shells, missiles and \
"[[thousands]] of soldiers." By most counts, [[at least 14,000]] North Koreans have now been sent \
in all, with several rotations.

Russia has also begun to talk more openly. Alexander Khinshtein, governor of the Kursk region, \
said last week that [[about 1,000]] North Korean deminers were clearing farmland around Sudzha, \
and thanked them on his Telegram channel.

Juan follows the war on his phone, and on a television at the veterans' office that is usually \
tuned to football. He worries about the young men on both sides. "If they keep losing men like \
that, Kim will have to send another [[20,000]] before spring," he said. "And he will. Nobody up \
there gets to say no."

The Nation's land runs along 62 miles of the U.S.-Mexico border, and about 34,000 people are \
enrolled as tribal members. Sells, the capital, has roughly 2,500 residents. The veterans' office \
received a $48,000 federal grant this year to expand its van service to the hospital in Tucson, 60 \
miles to the northeast.

Juan's uncle, Frank, served in Korea in 1953. "He never talked about it," Juan said. "Not once."
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'On Tuesday … told a closed committee session': deployed along the border"),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "lawmakers at the same briefing: 'expects … to send … more' engineers (vague "
          "increment)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV on 'last Friday's anniversary parade': returnees marching (optional, as "
          "before)",
          opt=True),
        C("around 11,000", 11000, "approx", "in_russia", "united_states",
          "2024-10-01..2024-11-30",
          "Pentagon 'own count last fall, at the time of the first deployment' (season window): "
          "sent"),
        C("thousands", None, "vague", "in_russia", "ukraine", "2025-09-01..2025-09-30",
          "Zelensky at the General Assembly 'in September': soldiers provided to Moscow"),
        C("at least 14,000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "'By most counts' (the paper's own summary, no source): sent in all"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "lastweek",
          "Kursk governor 'said last week': deminers clearing farmland around Sudzha"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "tribal veteran 'will have to send another' (increment, span without the word)",
          add=True),
    ),
)

A10 = Source(
    article_id="e84_10_freeport_monitor_riga_nato_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-02-13"),
    dated_by="sidecar",
    sidecar=(
        "The Freeport Monitor",
        "https://www.freeportmonitor.example/security/nato-official-kim-lost-4000-in-kursk",
        "NATO official: Kim has lost 4,000 men in Kursk",
    ),
    features="Riga-harbour English-language outlet in HTML, UTF-8 with BOM (no meta date: "
        "sidecar, Thursday), Latvian diacritics (`Rīga`, `Ādaži`, `Daugavgrīva`), a cookie banner "
        "in its own words, navigation, a shipping-data widget script, a newsletter box, a footer; "
        "`<title>` figure (optional); h1 'NATO official:' from the body's Tuesday figure; a senior "
        "NATO intelligence official briefing in Rīga 'on Tuesday' with two figures, referred back "
        "to as 'the official'; the SSO 'yesterday'; Budanov 'last week' `as many as 12,000`; a "
        "Rīga analyst's range (other, `pub`, a total, not an increment); port tonnes, tankers, "
        "cable, Latvia's professional army, euros, kilometres",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>NATO official: Kim has lost [[4,000]] men in Kursk — The Freeport Monitor</title>
<script>window.fmShips={berths:42,feed:"/ais/latest.json",refresh:90};</script>
</head>
<body>
<div class="cookies">This site drops a few cookies to count readers and remember your port of \
call. <button>Anchors aweigh</button> <button>Stay moored (essential only)</button></div>
<nav><a href="/">Front</a> / <a href="/port">Port</a> / <a href="/shipping">Shipping</a> / <a \
href="/security">Security</a> / <a href="/baltics">Baltics</a></nav>
<main>
<h1>NATO official: Kim has lost [[4,000]] men in Kursk</h1>
<p class="lede">An alliance intelligence officer visiting Rīga says Pyongyang&#8217;s units have \
been pulled back from the front to regroup.</p>
<p>North Korea&#8217;s expeditionary force in Russia has suffered heavy losses and has been \
withdrawn from frontline positions in the Kursk region, a senior NATO intelligence official said \
in Rīga on Tuesday. The official, who briefed a small group of reporters at the Ādaži base on \
condition of anonymity, said Pyongyang had sent [[about 11,000]] soldiers to Russia since October, \
of whom [[roughly 4,000]] had been killed or wounded.</p>
<p>&#8220;They were thrown at open fields in winter with no drone cover,&#8221; the official said. \
The units, the official added, were now being retrained and were likely to return.</p>
<p>Kyiv tells a similar story. Ukraine&#8217;s special operations forces said yesterday that North \
Korean troops had not been seen in combat for about three weeks, and that [[at least 1,000]] of \
them had been killed. Kyrylo Budanov, the head of military intelligence, told a Ukrainian \
broadcaster last week that Pyongyang had [[as many as 12,000]] troops in Russia in total and could \
replace its losses quickly.</p>
<p>Mārtiņš Ozols, a researcher at a Rīga foreign-policy institute, expects the North Koreans to \
stay. &#8220;Over the whole war, I would expect Kim to rotate [[between 20,000 and 30,000]] men \
through Russia,&#8221; he said. &#8220;For him this is training, money and technology.&#8221;</p>
<h2>Harbour watch</h2>
<p>The warning comes as Baltic ports tighten checks on Russia-linked shipping. The Freeport of \
Rīga handled about 13.5 million tonnes of cargo last year, roughly a third less than before 2022. \
Latvian authorities have flagged 79 tankers suspected of belonging to Russia&#8217;s shadow fleet, \
and a damaged undersea cable off Gotland, about 150 km from the Latvian coast, is still under \
repair.</p>
<p>Latvia&#8217;s own professional army numbers some 8,000 soldiers. The government has pledged to \
spend 3.45% of GDP on defence this year, or around €1.6 billion.</p>
</main>
<aside class="newsletter">Get <strong>Dockside Daily</strong> at 7am: shipping, security, Baltics. \
Free.</aside>
<footer>© 2025 The Freeport Monitor · Eksporta iela, Rīga · Daugavgrīva desk: +371 6700 \
1234</footer>
</body>
</html>
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "nato", "tue..pub",
          "<title> (metadata) repeating the h1", opt=True),
        C("4,000", 4000, "exact", "casualties", "nato", "tue..pub",
          "h1 'NATO official:' from the Tuesday briefing of the body"),
        C("about 11,000", 11000, "approx", "in_russia", "nato", "tue",
          "senior NATO intelligence official 'in Rīga on Tuesday', referred back as 'The "
          "official': sent since October"),
        C("roughly 4,000", 4000, "approx", "casualties", "nato", "tue",
          "same sentence: killed or wounded"),
        C("at least 1,000", 1000, "at_least", "casualties", "ukraine", "yday",
          "Ukraine's special operations forces 'said yesterday': killed"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "ukraine", "lastweek",
          "Budanov 'told a Ukrainian broadcaster last week': in Russia in total"),
        C("between 20,000 and 30,000", None, "range", "planned", "other", "pub",
          "Rīga researcher 'expects' (no date): to rotate through Russia over the whole war "
          "(a total, not an increment)"),
    ),
)

A11 = Source(
    article_id="e84_11_abemama_island_notes_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-05-09"), dated_by="sidecar",
    sidecar=(
        "Abemama Island Notes",
        "",
        "Far from the war, an old seaman remembers the Korean boats",
    ),
    features="Kiribati outer-island page (Abemama) in Markdown, UTF-16 LE with BOM (sidecar "
        "without url, Friday), front matter without a date and a title figure (optional); a "
        "retired seaman who sailed on Korean tuna boats; KCNA 'on Monday' on a monument to "
        "„hundreds of heroic martyrs“ (north_korea, casualties); the NIS 'last week' with two "
        "figures; the US envoy at the UN Security Council 'on Tuesday'; HUR 'believes' (present "
        "tense, `up to 3,000` still in Kursk); the seaman's hearsay from Busan (other, `pub`); "
        "island population, copra tonnes, flight minutes, Australian dollars, atolls, fishing "
        "licences, ages",
    text="""\
---
title: "Seoul counts [[4,700]] North Korean casualties as Pyongyang builds a monument"
island: Abemama
section: World news for the islands
---

# Far from the war, an old seaman remembers the Korean boats

Teuea Baiteke was 19 when he first signed on to a South Korean tuna boat out of Tarawa. He spent \
23 years at sea, most of them on Korean vessels, and learned enough of the language to argue with \
the cooks. Now 67 and back on Abemama, he listens to the world news on Radio Kiribati every \
evening.

This week the news was about Korea again, but the other one.

On Monday the North's official outlet, KCNA, said Kim Jong Un had ordered a monument in Pyongyang \
to honour "[[hundreds]] of heroic martyrs" who fell fighting for Russia in the Kursk region. It is \
the first time the North has admitted that any of its soldiers died there.

South Korea's intelligence service gave its own figures last week. By its estimate, [[some \
15,000]] troops have gone to Russia since last October, and [[about 4,700]] of those were either \
killed or injured. At the UN Security Council on Tuesday, the United States ambassador, Dorothy \
Shea, said that "[[over 14,000]]" North Korean soldiers had been sent and called on Moscow to stop \
"paying for a war with other people's sons."

Ukraine's military intelligence believes [[up to 3,000]] North Korean soldiers are still in the \
Kursk region, mostly in reserve.

## "They told me in Busan"

Teuea still exchanges messages with a former shipmate in Busan. "He told me [[thousands]] of boys \
from the North have gone to Russia and their mothers are not told anything," he says. "On the \
boats we had men from the North sometimes, on contract. Quiet men. They sent most of their wages \
home."

Abemama has about 3,300 people and exports around 1,200 tonnes of copra a year. The Air Kiribati \
flight from Tarawa takes 40 minutes and costs A$95 one way.

Kiribati, a nation of 33 atolls, earns most of its government revenue from licences sold to \
foreign fishing fleets, including South Korean ones. Teuea thinks about those boats often. "The \
sea is big enough for everybody," he says. "Why do they need a war?"
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "lastweek",
          "front-matter title (metadata) 'Seoul counts'", opt=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "mon",
          "KCNA 'On Monday … said' „…“: fallen honoured with a monument"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'gave its own figures last week': sent since October"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "lastweek",
          "same statement ('of those'): killed or wounded"),
        C("over 14,000", 14000, "at_least", "in_russia", "united_states", "tue",
          "US ambassador at the Security Council 'on Tuesday' “…”: sent"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "pub",
          "HUR 'believes' (present tense): still in the Kursk region"),
        C("thousands", None, "vague", "in_russia", "other", "pub",
          "the seaman quoting a shipmate in Busan (hearsay, no date): gone to Russia"),
    ),
)

A12 = Source(
    article_id="e84_12_petite_cote_digest_builders",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-11-06"),
    dated_by="dateline", crlf=True,
    features="English-language newsletter from Senegal's Petite-Côte as plain text, windows-1252 "
        "with CRLF (straight quotes, em dashes and `Ô`/`é` raw), dateline 'MBOUR, 6 November 2025 "
        "—' (Thursday); South Korean intelligence 'on 4 November' (an explicit date, three figures "
        "carried by 'the agency said' and 'It added'); Shoigu 'In June' '6,000 more' (russia, "
        "planned increment, span without 'more'); Rutte 'in October' (nato, month window); the "
        "newsletter's own reckoning (unattributed range, required); a retired Senegalese colonel "
        "'another 30,000' (other, increment, `pub`); pirogues, tonnes of fish, CFA francs, town "
        "population, migrants, kilometres, ages",
    text="""\
PETITE-CÔTE WEEKLY DIGEST — World desk

Kim's builders head west as Seoul counts the dead

MBOUR, 6 November 2025 — A year after North Korea's soldiers first appeared on Russia's side of \
the war, their numbers are shifting from infantry to shovels, according to the latest South Korean \
estimate.

Briefing parliament on 4 November, South Korea's intelligence service reckoned that [[about \
10,000]] of Kim's soldiers remain stationed in Russia close to the Ukrainian border, most of them \
in the Kursk region. [[Some 5,000]] military construction troops were being moved by rail across \
Russia to rebuild roads, bridges and bunkers destroyed in the fighting, the agency said. It added \
that [[about 2,000]] North Koreans had now died in the war.

The shift had been announced months ago. In June, Sergei Shoigu, Vladimir Putin's security chief, \
travelled to Pyongyang and announced that North Korea would send [[6,000]] more, a mix of deminers \
and engineers. NATO has watched the build-up closely: Secretary-General Mark Rutte said in October \
that [[roughly 15,000]] North Koreans had been sent to Russia in all.

Putting these figures side by side, the Digest's own reckoning is that [[between 2,000 and 2,500]] \
North Korean soldiers have died in Russia's war so far, a small share of the losses on either of \
the main sides but a heavy toll for units that had never fought before.

A view from Mbour

Colonel (retired) Abdoulaye Ndiaye, 64, served with United Nations missions in Côte d'Ivoire and \
Mali before settling in Mbour. He reads the Korean figures with a soldier's eye. "Engineers are \
what you send when you plan to stay," he said over tea at the harbour. "Pyongyang has a huge army \
doing nothing. Kim could spare another [[30,000]] tomorrow and nobody in his country would \
notice."

Closer to home, the harbour has had a difficult season. About 19,000 pirogues are registered along \
Senegal's coast, and landings at Mbour fell by almost a fifth this year, to roughly 140,000 \
tonnes. A crate of sardinella now sells for 15,000 CFA francs at the quay, twice last year's \
price.

Mbour, 80 km south of Dakar, has grown to more than 250,000 inhabitants. Many young men from the \
town have tried the sea route to the Canary Islands; local associations say 37 of them went \
missing in a single boat in August.

The Digest is published every Thursday. Letters and tips: +221 33 957 12 34.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "South Korean intelligence 'Briefing parliament on 4 November' (explicit date): "
          "stationed near the Ukrainian border"),
        C("Some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "'the agency said' after the figure (date carried): being moved by rail across Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "'It added' (the agency, date carried): died"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June' in Pyongyang: would send 'more' (increment, span without the word)",
          add=True),
        C("roughly 15,000", 15000, "approx", "in_russia", "nato", "2025-10-01..2025-10-31",
          "Rutte 'said in October' (month window): sent in all"),
        C("between 2,000 and 2,500", None, "range", "casualties", "unattributed", "pub",
          "the newsletter's own reckoning (required, as an outlet's own tally before): died"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "retired Senegalese colonel 'could spare another' (increment, span without the word)",
          add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    A01, A02, A03, A04, A05, A06,
    A07, A08, A09, A10, A11, A12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
