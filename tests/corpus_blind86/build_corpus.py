"""Build the EIGHTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`.

The eighty-eighth corpus for an honest measurement on articles the extractor has never met,
written in session 12 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Worms daily,
an Oberlausitz local TV station's web text, a Kaunertal weekly (Austrian), an Oberhasli paper
(Swiss), a goldsmiths' guild magazine and a Frankfurt (Oder) student radio; a Port Lincoln
daily, a community page from Eday in Orkney, a Nevada mining-town paper, a Vilnius
English-language business outlet, a Samoan village page from Savai'i and a newsletter from
Sherbro Island on Sierra Leone's coast. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind86_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

E01 = Source(
    article_id="e86_01_wormser_tageblatt_selenskyj_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Worms daily's world page in HTML (`article:published_time` with +01:00, an ad-slot "
        "script, a consent box in its own words, navigation, a footer with a phone number, quotes "
        "only as `&bdquo;`/`&ldquo;`); `<title>` figure (optional); h1 'Kiew:' from Zelensky's "
        "Monday evening video; Zelensky 'am Montagabend'; the Pentagon 'in der vergangenen "
        "Woche' carried by 'damals' to two figures (Konjunktiv); a lawmaker after the "
        "intelligence committee 'am Montag' with the NIS count and „Tausende zusätzliche“ "
        "(vague increment); a Worms historian 'noch einmal 10.000 bis 15.000' (range increment, "
        "other, `pub`); Russian losses a day, aid convoys, tonnes, age, a date in November",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kiew: [[11.000]] Soldaten aus Nordkorea an der Kursk-Front | Wormser Tageblatt</title>
<meta property="og:site_name" content="Wormser Tageblatt">
<meta property="article:published_time" content="2024-11-05T11:20:00+01:00">
<meta name="author" content="Henrike Vollrath">
<script>var wtAds={slot:"sky_rechts",format:"160x600",ressort:"welt",ivw:"wt_welt"};</script>
</head>
<body>
<div class="cmp-box"><p>Kekse backen wir lieber im Advent. Hier legen wir nur kleine Textdateien \
ab, damit Seiten schneller laden und wir wissen, wie viele uns lesen.</p><button>Na gut, \
ablegen</button> <button>Lieber ohne</button></div>
<nav><a href="/">Start</a> · <a href="/worms">Worms</a> · <a href="/kreis">Alzey-Worms</a> · <a \
href="/welt">Welt</a> · <a href="/sport">Sport</a> · <a href="/trauer">Traueranzeigen</a></nav>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Kiew: [[11.000]] Soldaten aus Nordkorea an der Kursk-Front</h1>
<p class="teaser">Selenskyj fordert eine Reaktion der Partner. Ein Wormser Historiker rechnet mit \
weiterem Nachschub aus Pjöngjang.</p>
<p class="autor">Von Henrike Vollrath</p>
<p>Die Zahl der Nordkoreaner an der Grenze zur Ukraine wächst weiter. [[Rund 11.000]] Soldaten \
aus dem Land seien inzwischen im russischen Gebiet Kursk angekommen, erklärte der ukrainische \
Präsident Wolodymyr Selenskyj am Montagabend in seiner Videobotschaft. Der Westen schaue \
&bdquo;zu, statt zu handeln&ldquo;, klagte er.</p>
<p>Washington hatte sich in der vergangenen Woche noch zurückhaltender geäußert. Das Pentagon \
gehe von [[bis zu 8.000]] nordkoreanischen Soldaten in der Grenzregion aus, sagte Sprecher Pat \
Ryder damals. Insgesamt seien [[etwa 10.000]] Mann zur Ausbildung in den Osten Russlands gebracht \
worden.</p>
<h2>Seoul: Weitere Kräfte in Bereitschaft</h2>
<p>Auch in Südkorea stellt man sich auf einen längeren Einsatz ein. Nach einer Sitzung des \
Geheimdienstausschusses berichtete die Abgeordnete Park Sun-won am Montag, der Nachrichtendienst \
NIS zähle [[mehr als 10.000]] Nordkoreaner, die seit Oktober per Schiff und Flugzeug nach \
Russland gekommen seien. Ein Teil von ihnen sei bereits in Gefechte verwickelt. Pjöngjang habe \
zudem [[Tausende]] zusätzliche Soldaten in Bereitschaft versetzt.</p>
<p>Die russischen Verluste liegen laut dem britischen Verteidigungsministerium bei über 1.200 \
Toten und Verletzten pro Tag. Der Kreml bestreitet die Anwesenheit der Nordkoreaner nicht mehr \
ausdrücklich, nennt aber keine Zahlen.</p>
<h2>&bdquo;Kim verdient an jedem Mann&ldquo;</h2>
<p>Für Gerold Aßmus, der an der Hochschule Worms Geschichte Ostasiens lehrt, sind die Angaben aus \
Kiew plausibel. &bdquo;Kim Jong Un bekommt für jeden Soldaten Devisen, Öl oder Technik&ldquo;, \
sagt der 58-Jährige. Er erwartet, dass bis zum Frühjahr noch einmal [[10.000 bis 15.000]] Mann \
folgen.</p>
<p>In Worms verfolgt man die Lage auch aus einem anderen Grund: Der Verein &bdquo;Brücke nach \
Kiew&ldquo; hat seit 2022 nach eigenen Angaben 43 Hilfstransporte mit rund 310 Tonnen Gütern in \
die Ukraine geschickt. Der nächste Lastwagen wird am 16. November am Festplatz beladen.</p>
</article>
<footer>© 2024 Wormser Tageblatt · Leserservice 06241 9930-0 · <a href="/impressum">Impressum</a> \
· <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "h1 'Kiew:': Zelensky's Monday evening figure of the lead (Monday to publication)"),
        C("Rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend', Konjunktiv, claimant after the figure: arrived in Kursk"),
        C("bis zu 8.000", 8000, "at_most", "near_front", "united_states", "lastweek",
          "Pentagon spokesman 'in der vergangenen Woche' … 'damals': in the border region"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "same statement carried by Konjunktiv: brought to eastern Russia for training"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "mon",
          "lawmaker after the intelligence committee 'am Montag', the NIS count: came to Russia"),
        C("Tausende", None, "vague", "planned", "south_korea", "mon",
          "same briefing, Konjunktiv: 'zusätzliche Soldaten in Bereitschaft' (increment)",
          add=True),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "Worms historian, present tense: 'noch einmal … folgen' (increment)", add=True),
    ),
)

E02 = Source(
    article_id="e86_02_oberlausitz_tv_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "OLTV – Fernsehen für die Oberlausitz",
        "https://www.oltv.example/nachrichten/welt/zwei-nordkoreaner-gefangen-2291",
        "Zwei Nordkoreaner in ukrainischer Gefangenschaft",
    ),
    features="Oberlausitz local TV station's web text as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar, Wednesday), a 'Stand:' line; headline with the number word 'Zwei' from "
        "Zelensky's Saturday video (Saturday to publication); the NIS 'schätzt', dated by the "
        "lawmaker's Monday statement in the next sentence (`knapp 300`, `an die 2.700`); "
        "Zelensky 'am 6. Januar'; the White House 'Ende Dezember'; 'sollen' without a source "
        "(unattributed); a Bautzen historian in »…« (other, `pub`); refugees in the district, "
        "clip length, broadcast time, phone number",
    text="""\
[[Zwei]] Nordkoreaner in ukrainischer Gefangenschaft – Seoul nennt hohe Verluste

Stand: 15.01.2025, 16:40 Uhr

Bautzen/Kiew. Erstmals sind Soldaten aus Nordkorea lebend in ukrainische Hände geraten. Ein \
Video, das Staatschef Wolodymyr Selenskyj am Samstag auf Telegram stellte, soll [[zwei]] \
verletzte Männer aus dem Land in einem Kiewer Lazarett zeigen. Sie waren nach seinen Worten im \
russischen Gebiet Kursk von Fallschirmjägern und Spezialkräften aufgegriffen worden.

Einer der beiden habe bei der Befragung angegeben, er sei in dem Glauben losgeschickt worden, an \
einer Übung teilzunehmen, hieß es aus Kiew. Der andere habe keine Papiere bei sich gehabt, nur \
einen russischen Militärausweis auf einen fremden Namen.

Südkoreas Nachrichtendienst NIS, der die Festnahme bestätigte, schätzt die Verluste der \
Nordkoreaner inzwischen auf [[knapp 300]] Tote und [[an die 2.700]] Verwundete. Das teilte der \
Abgeordnete Lee Seong-kweun am Montag nach einer Unterrichtung durch den Dienst mit. Die Soldaten \
hätten kaum Erfahrung mit Drohnen, würden aber rücksichtslos in Angriffe geschickt. Manche hätten \
sich lieber selbst getötet, als sich zu ergeben.

Selenskyj hatte am 6. Januar von [[3.800]] toten oder verwundeten Nordkoreanern gesprochen. Das \
Weiße Haus hatte Ende Dezember [[mehr als 1.000]] Getötete und Verletzte binnen einer Woche \
gemeldet. Insgesamt sollen [[rund 11.000]] Soldaten aus dem abgeschotteten Land nach Kursk \
verlegt worden sein. Moskau äußert sich dazu nicht.

»Eher vorsichtig gerechnet«

Der Bautzener Historiker Marko Wjelan, der am Sorbischen Institut zu Minderheiten in Osteuropa \
forscht, hält die Zahlen aus Seoul für zurückhaltend. »Ich würde von [[mindestens 1.000]] Toten \
ausgehen, wenn man die Berichte von der Front ernst nimmt«, sagte er unserem Sender. Nordkorea \
habe »eine Armee, die Verluste nicht zählt, sondern ersetzt«.

Im Landkreis Bautzen leben derzeit rund 3.900 Geflüchtete aus der Ukraine. Viele von ihnen, sagt \
Wjelan, verfolgten die Nachrichten aus Kursk mit Sorge um Angehörige an der Front.

Das ganze Gespräch sehen Sie heute ab 18:30 Uhr in unserem Regionalmagazin (Beitrag 4:12 Min.). \
Hinweise an die Redaktion: 03591 48 20-0.
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: the number word from Zelensky's Saturday video (Saturday to publication): "
          "captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag': two wounded prisoners (number word)"),
        C("knapp 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'schätzt', dated by the lawmaker's Monday statement in the next sentence: dead"),
        C("an die 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same estimate: wounded ('an die' as approx)"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-06",
          "Zelensky 'am 6. Januar': dead or wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-20..2024-12-31",
          "the White House 'Ende Dezember': killed and wounded in a week"),
        C("rund 11.000", 11000, "approx", "near_front", "unattributed", "pub",
          "'sollen' without a source: moved to Kursk"),
        C("mindestens 1.000", 1000, "at_least", "casualties", "other", "pub",
          "Bautzen historian, quoted in »…«, undated interview: dead"),
    ),
)

E03 = Source(
    article_id="e86_03_kaunertaler_rundschau_nachschub_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-28"),
    dated_by="front_matter",
    features="Kaunertal weekly (Austrian conventions) in Markdown, ISO-8859-1 with »« quotes and "
        "straight hyphens, front matter with `date:` and an issue number, a title without a "
        "figure; 'Jänner', 'Feber', 'heuer', 'heurigen'; the NIS 'geht davon aus' dated by a "
        "lawmaker 'gestern' (the day before) with a range of new troops (increment), the "
        "original contingent and its losses (Konjunktiv); HUR 'Ende Jänner' and Zelensky 'im "
        "selben Monat' (carried month); a US defence official 'vergangene Woche' 'einige tausend "
        "weitere' (vague increment); a retired colonel from Prutz 'heuer bis zu 20.000' (other, "
        "`pub`); North Korea's army, euros, glacier visitors, road length and hairpins",
    text="""\
---
title: "Pjöngjang schickt Nachschub an die Kursk-Front"
date: 2025-02-28
ausgabe: 9/2025
autorin: Notburga Kathrein
rubrik: Welt
---

# Pjöngjang schickt Nachschub an die Kursk-Front

**Feichten/Seoul.** Wochenlang waren die nordkoreanischen Soldaten im russischen Gebiet Kursk von \
der Front verschwunden. Jetzt kommen offenbar neue.

Südkoreas Geheimdienst NIS geht davon aus, dass Nordkorea seit Jänner [[1.000 bis 3.000]] \
zusätzliche Soldaten nach Russland verlegt hat. Das berichtete der Abgeordnete Lee Seong-kweun \
gestern nach einer Sitzung des Geheimdienstausschusses in Seoul. Ob die Neuankömmlinge schon \
kämpfen, sei unklar. Von den ursprünglich [[rund 11.000]] entsandten Mann seien nach Einschätzung \
des Dienstes [[etwa 3.600]] getötet oder verwundet worden.

Die ukrainische Armee hatte Anfang Feber gemeldet, die Nordkoreaner seien nach hohen Verlusten \
aus den vordersten Stellungen abgezogen worden. Der ukrainische Militärgeheimdienst HUR hatte \
bereits Ende Jänner von [[rund 1.000]] Gefallenen gesprochen, Präsident Wolodymyr Selenskyj im \
selben Monat von [[fast 4.000]] Toten und Verwundeten.

Auch Washington rechnet mit einer Fortsetzung. Kim halte [[einige tausend]] weitere Soldaten für \
einen zweiten Einsatz bereit, sagte ein Beamter des US-Verteidigungsministeriums vergangene \
Woche. Moskau habe dafür Öl, Lebensmittel und Hilfe bei der Raketentechnik zugesagt.

## »Kim hat genug Leute«

Oberst i.R. Alois Santeler aus Prutz verfolgt die Meldungen genau. Der 71-Jährige war in den \
Neunzigerjahren mit dem Bundesheer als Militärbeobachter in Georgien und beschäftigt sich seither \
mit den Streitkräften Nordkoreas, die er auf gut 1,2 Millionen Mann schätzt. »Kim hat genug \
Leute, und jeder Einsatz bringt ihm Geld«, sagt Santeler. Er hält es für möglich, dass heuer \
[[bis zu 20.000]] Nordkoreaner an die Front geschickt werden.

Im Tal selbst ist der Krieg weit weg, aber nicht vergessen. Die Pfarre hat seit dem Vorjahr \
14.600 Euro für ein Kinderheim in Lwiw gesammelt. Am Gletscher zählte man in der heurigen Saison \
bisher rund 61.000 Eintritte; die Gletscherstraße ist 26 Kilometer lang und hat 29 Kehren.
""",
    claims=(
        C("1.000 bis 3.000", None, "range", "in_russia", "south_korea", "yday",
          "NIS 'geht davon aus', dated by the lawmaker 'gestern' in the next sentence: "
          "'zusätzliche Soldaten' moved to Russia (increment)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "yday",
          "same briefing, Konjunktiv: the original contingent sent"),
        C("etwa 3.600", 3600, "approx", "casualties", "south_korea", "yday",
          "same sentence: killed or wounded"),
        C("rund 1.000", 1000, "approx", "casualties", "ukraine", "2025-01-20..2025-01-31",
          "HUR 'Ende Jänner': fallen"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'im selben Monat' (January carried): dead and wounded ('fast' as approx)"),
        C("einige tausend", None, "vague", "planned", "united_states", "lastweek",
          "US defence official 'vergangene Woche', claimant after the figure: 'weitere … "
          "bereit' (increment)", add=True),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "retired colonel from Prutz, present tense: could be sent 'heuer'"),
    ),
)

E04 = Source(
    article_id="e86_04_oberhasler_anzeiger_bestaetigung_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-04-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Oberhasler Anzeiger",
        "https://www.oberhasler-anzeiger.example/ausland/pjoengjang-bestaetigt-kursk-einsatz",
        "Seoul: 4700 Nordkoreaner getötet oder verletzt",
    ),
    features="Oberhasli paper (Swiss conventions) in HTML, windows-1252 with CRLF (raw «», `ss`, "
        "`15'000`, `10'000`, four-digit `4700`), no meta date (sidecar, Tuesday), a cookie notice "
        "in its own words, navigation, a footer with a subscription price; `<title>` figure "
        "(optional); h1 'Seoul:' from the general staff's Monday figure; the figures first, "
        "'So äusserte sich ein Sprecher … am Montag' at the end of the paragraph; 'davon "
        "tödlich' (breakdown); a Duma deputy on state TV 'am Sonntagabend' «einige Tausend» "
        "(russia); Ukraine's general staff 'am Montag'; a Meiringen NNSC veteran 'weitere "
        "10'000' (other, increment, `pub`); KCNA and Gerasimov without figures, Swiss officers "
        "at the demarcation line, air force missions, population, francs",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Seoul: [[4700]] Nordkoreaner getötet oder verletzt – Oberhasler Anzeiger</title>
<meta property="og:site_name" content="Oberhasler Anzeiger">
<meta name="robots" content="index,follow">
<script>window.oaPage={rubrik:"ausland",artikel:88214,zeichen:2930};</script>
</head>
<body>
<div class="hinweis-cookies">Wie das Murmeltier legen auch wir Vorräte an: ein paar Cookies, \
damit die Seite Sie beim nächsten Besuch wiedererkennt. <button>Meinetwegen</button> <button>Nur \
Technisches</button></div>
<nav><a href="/">Startseite</a> | <a href="/meiringen">Meiringen</a> | <a \
href="/innertkirchen">Innertkirchen</a> | <a href="/hasliberg">Hasliberg</a> | <a \
href="/brienz">Brienz</a> | <a href="/ausland">Ausland</a> | <a href="/agenda">Agenda</a></nav>
<main>
<h1>Seoul: [[4700]] Nordkoreaner im Krieg getötet oder verletzt</h1>
<p class="lead">Nach Moskau räumt nun auch Pjöngjang den Einsatz seiner Soldaten ein. Südkorea \
legt neue Verlustzahlen vor.</p>
<p>Nordkorea hat erstmals offiziell bestätigt, dass es Truppen in den Krieg gegen die Ukraine \
geschickt hat. Die Staatsagentur KCNA meldete am Montag, Einheiten der Volksarmee hätten sich auf \
Anordnung ihres «Obersten Befehlshabers» an der «Befreiung» von Kursk beteiligt. Zahlen nannte \
sie keine. Schon am Samstag hatte der russische Generalstabschef Waleri Gerassimow den \
«Heldenmut» der koreanischen Kameraden gelobt.</p>
<p>Welchen Preis Pjöngjang dafür bezahlt, rechnen die südkoreanischen Streitkräfte vor: [[Rund \
4700]] Nordkoreaner seien bisher getötet oder verwundet worden, [[etwa 600]] davon tödlich. \
Insgesamt seien [[rund 15'000]] Mann nach Russland geschickt worden. So äusserte sich ein \
Sprecher des Generalstabs am Montag vor den Medien in Seoul.</p>
<p>Moskau gab sich wortkarg. Der Duma-Abgeordnete Viktor Saweljew sagte am Sonntagabend im \
Staatsfernsehen, «[[einige Tausend]]» Nordkoreaner hätten Schulter an Schulter mit russischen \
Soldaten gekämpft. Genaueres werde man «zu gegebener Zeit» mitteilen. Der ukrainische Generalstab \
hielt am Montag dagegen, Kursk sei keineswegs vollständig zurückerobert; [[mehrere tausend]] \
Nordkoreaner stünden weiterhin im Grenzgebiet.</p>
<h2>«Kim schickt die Leute, weil er sie hat»</h2>
<p>Für Hansruedi Abplanalp aus Meiringen sind die Meldungen mehr als Weltpolitik. Der 67-Jährige \
diente in den Achtzigerjahren als Offizier der Neutralen Überwachungskommission in Panmunjom. \
«Kim schickt die Leute, weil er sie hat», sagt er. Er rechnet damit, dass bis Ende Jahr weitere \
[[10'000]] folgen. Heute sind noch fünf Schweizer Offiziere an der Demarkationslinie im Einsatz.</p>
<p>Vom Militärflugplatz Meiringen aus flog die Luftwaffe im März 312 Einsätze; die Gemeinde zählt \
rund 4900 Einwohnerinnen und Einwohner.</p>
</main>
<footer>© 2025 Oberhasler Anzeiger AG · Bahnhofstrasse 9, 3860 Meiringen · Tel. 033 971 22 40 · \
Jahresabo 298 Franken</footer>
</body>
</html>
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "h1 'Seoul:': the general staff's Monday figure (Monday to publication)"),
        C("Rund 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "JCS, Konjunktiv, claimant and day at the end of the paragraph ('So äusserte sich … am "
          "Montag'): killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "mon",
          "'davon tödlich' (a breakdown): dead"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "same spokesman: sent to Russia"),
        C("einige Tausend", None, "vague", "near_front", "russia", "sun",
          "Duma deputy on state TV 'am Sonntagabend' in «…»: fought alongside Russian soldiers"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "mon",
          "Ukraine's general staff 'am Montag': still in the border area"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "Meiringen NNSC veteran, present tense: 'weitere' (increment, span without the word)",
          add=True),
    ),
)

E05 = Source(
    article_id="e86_05_goldschmiede_blatt_charkiw_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "Goldschmiede-Blatt",
        "https://www.goldschmiede-blatt.example/werkstaetten/feilen-gegen-das-vergessen",
        "Feilen gegen das Vergessen",
    ),
    features="goldsmiths' guild magazine in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure; a Ukrainian goldsmith's story; his "
        "brother at the front „Tausende“ (other, `pub`); HUR 'geht davon aus' (present tense, "
        "`pub`); 'Nach gängigen Schätzungen' (unattributed); the general staff 'Ende Mai'; "
        "Washington 'im Frühjahr' (season window); Shoigu, 'Sekretär des russischen "
        "Sicherheitsrats', 'am 17. Juni' 'zusätzlich' two figures (planned increments, russia); "
        "alloys, carats, kilograms, gold price in dollars, euros, member firms, founding year",
    text="""\
---
title: "Feilen gegen das Vergessen"
rubrik: Aus den Werkstätten
heft: "Goldschmiede-Blatt 6/2025"
---

# Feilen gegen das Vergessen

*Oleksandr Hnatiuk hat in Charkiw Eheringe gefertigt. Jetzt arbeitet der Goldschmied in einer \
Pforzheimer Werkstatt – und liest jeden Abend die Nachrichten aus dem Gebiet Kursk.*

Wenn Oleksandr Hnatiuk über Legierungen spricht, wird er ruhig. 585er oder 750er, Rotgold oder \
Weißgold, wie viel Kupfer, wie viel Palladium: Darüber kann der 29-Jährige lange reden. Seit dem \
Frühjahr 2022 arbeitet er in der Werkstatt von Obermeisterin Ilse Brenneisen, im Herbst will er \
die Meisterprüfung ablegen.

Unruhig wird er, wenn die Rede auf seinen jüngeren Bruder kommt. Der dient in einer \
Drohneneinheit an der Grenze zum russischen Gebiet Kursk. „Er sagt, auf der anderen Seite stehen \
[[Tausende]] Nordkoreaner, und es werden nicht weniger“, erzählt Hnatiuk.

## Zahlen aus Kiew, Seoul und Moskau

Wie viele es tatsächlich sind, darüber gehen die Angaben auseinander. Der ukrainische \
Militärgeheimdienst HUR geht davon aus, dass derzeit [[rund 11.000]] nordkoreanische Soldaten im \
Gebiet Kursk stationiert sind. Nach gängigen Schätzungen haben seit Herbst 2024 [[mehr als \
14.000]] Nordkoreaner den Weg nach Russland angetreten. Südkoreas Generalstab bezifferte ihre \
Verluste Ende Mai auf [[mehr als 4.700]] Tote und Verwundete; Washington hatte die Zahl der Toten \
und Verletzten schon im Frühjahr auf [[etwa 4.000]] geschätzt.

Nun soll Nachschub kommen. Bei seinem Besuch in Pjöngjang am 17. Juni verkündete Sergej Schoigu, \
Sekretär des russischen Sicherheitsrats, Kim stelle zusätzlich [[1.000]] Kräfte zur Minenräumung \
und [[5.000]] Bauarbeiter des Militärs für Kursk ab. Sie sollen zerstörte Ortschaften \
wiederaufbauen.

„Minen räumen, das heißt für viele von ihnen: sterben“, sagt Hnatiuk leise und legt die Feile \
beiseite.

## Altgold für Charkiw

Die Innung hat im Frühjahr eine Sammelaktion gestartet. 38 Mitgliedsbetriebe gaben Altgold, \
Bruchsilber und Münzen ab, zusammen 1,9 Kilogramm. Beim Goldpreis von gut 3.300 Dollar je \
Feinunze kamen 62.400 Euro zusammen, die an eine Kinderklinik in Charkiw gingen. Die Innung zählt \
212 Betriebe und wurde 1767 gegründet.

Hnatiuk hat für die Aktion einen Ring aus 18-karätigem Gold gestiftet, mit einer Gravur auf \
Ukrainisch. Was sie bedeutet, verrät er nicht.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "the goldsmith's brother, a soldier, quoted second-hand: across the Kursk border"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'geht davon aus' (present tense, undated): stationed in Kursk"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "'Nach gängigen Schätzungen' without a source: went to Russia"),
        C("mehr als 4.700", 4700, "at_least", "casualties", "south_korea",
          "2025-05-20..2025-05-31", "general staff 'Ende Mai': dead and wounded"),
        C("etwa 4.000", 4000, "approx", "casualties", "united_states", "2025-03-01..2025-05-31",
          "Washington 'im Frühjahr' (season window): dead and wounded"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni': 'zusätzlich' deminers to be sent (increment)", add=True),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: military builders to be sent (increment)", add=True),
    ),
)

E06 = Source(
    article_id="e86_06_oderfunk_campus_jahresbilanz",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-11-06"),
    dated_by="dateline", crlf=True,
    features="Frankfurt (Oder) student radio's web text as plain text, windows-1252 with CRLF, "
        "dateline 'Frankfurt (Oder), 06.11.2025 –' (Thursday), a headline without a figure; the "
        "NIS 'unterrichtete am Dienstag' with a colon and Konjunktiv over three sentences "
        "('zusätzliche Bausoldaten', increment; troops in the border area); the NIS 'bereits im "
        "September'; state TV 'im August' receiving returnees (optional); HUR 'Ende Oktober' "
        "'bis zu 30.000 weitere' (increment); a Korean exchange student and a political "
        "scientist in Wednesday evening's programme (other, Wednesday to publication); "
        "students, countries, commuters, broadcast hours, FM frequency",
    text="""\
Ein Jahr Kursk: Was wir über Kims Soldaten wissen

Frankfurt (Oder), 06.11.2025 – Vor gut einem Jahr wurden die ersten nordkoreanischen Soldaten in \
Russland gesichtet. In unserer Sendung „Grenzgänge“ haben wir am Mittwochabend darüber gesprochen \
– mit einer Austauschstudentin aus Seoul und einem Politikwissenschaftler der Europa-Universität \
Viadrina.

Die jüngsten Zahlen kommen aus Südkorea. Der Nachrichtendienst NIS unterrichtete am Dienstag den \
Geheimdienstausschuss des Parlaments in Seoul: Nordkorea habe seit September [[rund 5.000]] \
zusätzliche Bausoldaten nach Russland geschickt. Sie sollten Straßen, Brücken und Stromleitungen \
im Gebiet Kursk instand setzen. [[Etwa 10.000]] Soldaten seien weiterhin im Grenzgebiet \
stationiert, um dort Stellungen zu halten. Die Zahl der Toten unter Kims Soldaten hatte derselbe \
Dienst bereits im September mit [[etwa 2.000]] angegeben.

Pjöngjang spricht inzwischen selbst offen über den Einsatz. Im Staatsfernsehen war im August zu \
sehen, wie Kim Jong Un [[Hunderte]] heimgekehrte Soldaten empfing und Orden verteilte. Aus Kiew \
kommen unterdessen Warnungen: Der Militärgeheimdienst HUR erklärte Ende Oktober, Nordkorea könne \
[[bis zu 30.000]] weitere Soldaten schicken, sollte Moskau eine neue Offensive planen.

„Bei uns redet man kaum darüber“

Für Han Ye-jin, die seit April an der Viadrina Kulturwissenschaften studiert, ist der Einsatz zu \
Hause eher ein Randthema. „In Korea hört man von [[mehr als 15.000]] Soldaten, die insgesamt \
geschickt wurden. Aber die meisten jungen Leute interessieren sich mehr für Jobs und Mieten“, \
sagte die 24-Jährige in der Sendung.

Der Politikwissenschaftler Tobias Reinsch hält die südkoreanischen Angaben für vorsichtig. Er \
schätzt die Zahl der Toten und Verwundeten auf [[6.000 bis 7.000]]. „Nordkorea hat gelernt, wie \
man mit Drohnen kämpft – das ist für Kim fast wertvoller als das Geld aus Moskau“, sagte Reinsch.

Die Viadrina hat derzeit rund 4.800 Studierende aus mehr als 100 Ländern, darunter etwa 600 aus \
Polen, von denen viele täglich über die Stadtbrücke aus Slubice kommen. „Grenzgänge“ läuft jeden \
Mittwoch von 19 bis 20 Uhr auf UKW 89,4 und im Stream.
""",
    claims=(
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'unterrichtete am Dienstag', Konjunktiv after a colon: 'zusätzliche Bausoldaten' "
          "sent (increment)", add=True),
        C("Etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "same briefing carried by Konjunktiv: stationed in the border area"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'im September': fallen"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-08-01..2025-08-31",
          "state TV 'im August': returnees received by Kim (optional, as before)", opt=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-10-20..2025-10-31",
          "HUR 'Ende Oktober': could send 'weitere' (increment)", add=True),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "wed..pub",
          "Korean exchange student in Wednesday evening's programme: sent in all"),
        C("6.000 bis 7.000", None, "range", "casualties", "other", "wed..pub",
          "political scientist in the same programme, 'Er schätzt': dead and wounded"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Australia, Orkney, Nevada, Lithuania, Samoa, Sierra Leone)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="e86_07_lincoln_gazette_tuna_wharf_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-10-24"),
    dated_by="html_meta",
    features="Port Lincoln daily in HTML, ISO-8859-1 (quotes only as `&quot;` and straight "
        "apostrophes, `&middot;`, `&copy;`), `article:published_time` with +10:30, a metrics "
        "script, a cookie notice in its own words, navigation, a byline with the date, a footer "
        "with a phone number; `<title>` figure (optional); h1 'White House says' from Kirby's "
        "Wednesday figure (US time, the day before publication); the lead's figure with the "
        "spokesman named in the next paragraph; lawmakers briefed by the NIS 'on Wednesday' "
        "('another 1,500': increment, span without the word; the new total; the planned total, "
        "'they said'); Zelensky 'last week'; a Seoul-born tuna buyer (other, `pub`); tuna quota, "
        "population, distance, Australian aid",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="iso-8859-1">
<title>White House: [[at least 3,000]] North Korean troops in Russia | The Lincoln Gazette</title>
<meta property="og:site_name" content="The Lincoln Gazette">
<meta property="article:published_time" content="2024-10-24T07:15:00+10:30">
<meta name="description" content="Washington backs what Seoul has been saying for a week. On the \
wharf, a Korean tuna buyer is not surprised.">
<script>window.lgStats={desk:"world",region:"eyre-peninsula",tier:"free"};</script>
</head>
<body>
<div id="crumbs">This site keeps a small logbook of your visit, the way every tuna boat in the \
harbour does. <button>Reel it in</button> <button>Let it drift</button></div>
<nav><a href="/">Home</a> | <a href="/port-lincoln">Port Lincoln</a> | <a href="/tumby-bay">Tumby \
Bay</a> | <a href="/seafood">Seafood</a> | <a href="/world">World</a> | <a \
href="/footy">Footy</a></nav>
<article>
<h1>White House says [[at least 3,000]] North Korean troops now in Russia</h1>
<p class="byline">Kirra Wundersitz &middot; Thursday, October 24, 2024</p>
<p>The United States has for the first time put its own number on North Korea's deployment, \
saying it has evidence that [[at least 3,000]] soldiers travelled by ship to Vladivostok in early \
to mid-October and then moved on to training grounds in Russia's east.</p>
<p>&quot;What they're going to do there remains to be seen,&quot; White House national security \
spokesman John Kirby told reporters in Washington on Wednesday, local time. He called the move \
&quot;highly concerning&quot; and warned that troops sent to fight Ukraine would be &quot;fair \
targets&quot;.</p>
<p>South Korea's National Intelligence Service, which raised the alarm last week, went further. \
Lawmakers briefed by the agency on Wednesday said another [[1,500]] soldiers had followed a first \
group of the same size, bringing the total to [[about 3,000]]. The spy service expects Pyongyang \
to send [[some 10,000]] troops in all by December, they said.</p>
<p>Ukraine's President Volodymyr Zelensky had warned last week that [[10,000]] North Korean \
soldiers were being readied to join Russia's forces.</p>
<h2>'Everyone at home expected it'</h2>
<p>On Brennan Wharf, Seoul-born tuna buyer Kim Dong-hyun, 52, has been following the news on his \
phone between auctions. He has spent 14 summers buying southern bluefin for restaurants in Busan. \
&quot;Back home, people say it will be [[tens of thousands]] before this ends,&quot; he said. \
&quot;The North has many young men and nothing to pay them with.&quot;</p>
<p>Port Lincoln's tuna fleet shares a national quota of about 6,200 tonnes, and the city of \
roughly 16,000 people lies some 13,500 kilometres from Kursk. Canberra has committed more than $1 \
billion in military aid to Kyiv since 2022.</p>
</article>
<footer><p>&copy; 2024 The Lincoln Gazette &middot; 14 Tasman Terrace, Port Lincoln SA 5606 \
&middot; (08) 8682 0000</p></footer>
</body>
</html>
""",
    claims=(
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed..pub",
          "h1 'White House says': Kirby's Wednesday figure (Wednesday to publication)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "lead 'The United States … saying', the spokesman and his day in the next paragraph"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS 'on Wednesday': 'another 1,500' (increment, span without "
          "the word)", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same sentence: 'bringing the total to' (a new total, not an increment)"),
        C("some 10,000", 10000, "approx", "planned", "south_korea", "wed",
          "the spy service 'expects … in all by December', 'they said' (planned total)"),
        C("10,000", 10000, "exact", "planned", "ukraine", "lastweek",
          "Zelensky 'last week': being readied to join Russia's forces"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Seoul-born tuna buyer, quoted, 'people say': a private person's expectation"),
    ),
)

E08 = Source(
    article_id="e86_08_eday_page_first_losses_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-19"),
    dated_by="front_matter",
    features="community page from Eday (Orkney) in Markdown, UTF-8, front matter with `date:` "
        "(Thursday) and a title without a figure; a Ukrainian family on the island; a cousin at "
        "the front quoted in ‘…’ (other, `pub`); the NIS 'on Thursday' (the publication day) "
        "with the lawmaker named at the end of the sentence ('according to …'); a Pentagon "
        "spokesman 'on Monday' '‘several hundred’'; Rutte 'Last week' (nato); SSO 'on "
        "Saturday'; HUR 'reckons' (present tense, `pub`); Russian losses a day, island "
        "population, pounds, ferry minutes, concert time",
    text="""\
---
title: "From Sudzha to the Sound"
date: 2024-12-19
section: Beyond the Sound
author: Morag Rendall
---

# From Sudzha to the Sound

*Twice a week the Kovalchuks ring home to Chernihiv. This week the news from the front had a new \
twist: North Korean soldiers are dying in the snow of Kursk.*

Taras Kovalchuk keeps his phone face-up on the kitchen table of the old schoolhouse at Backaland, \
in case his cousin calls. The family came to Eday in the spring of 2023 and now make up three of \
the island's roughly 130 residents; Taras fixes engines for the creel boats, Olena bakes for the \
community shop.

His cousin serves with a drone unit on the Ukrainian side of the border near Sudzha. ‘He tells me \
[[thousands]] of them are already on the line, young boys who walk across open fields,’ Taras \
says. ‘He does not like to talk about it.’

## What the governments say

South Korea's intelligence service gave its first count of North Korean losses on Thursday. [[At \
least 100]] had died in the fighting and [[roughly 1,000]] had been wounded, according to Lee \
Seong-kweun, a member of parliament's intelligence committee who relayed the briefing to \
reporters in Seoul.

Washington had already sounded the alarm. A Pentagon spokesman said on Monday that North Korean \
units had suffered ‘[[several hundred]]’ casualties, from junior soldiers up to officers. Last \
week NATO's secretary general, Mark Rutte, spoke of [[over 10,000]] North Korean troops sent to \
Russia, and of the missile and oil technology Moscow may be handing back.

Kyiv's numbers are higher still. Ukraine's special operations forces said on Saturday they had \
killed or wounded [[about 50]] North Koreans in three days of fighting near the village of \
Plekhovo. HUR, the military intelligence agency, reckons [[roughly 12,000]] are now deployed in \
the Kursk region.

## Christmas on the island

Russia's own losses, by Britain's estimate, run at well over 1,500 killed or wounded a day. For \
the Kovalchuks the numbers blur into one another. What matters is the phone.

The Eday Partnership has raised £2,400 towards a generator for a school in Chernihiv, and the \
island's Christmas concert on Saturday starts at 7pm in the heritage centre. The ferry to \
Kirkwall takes about 75 minutes when the Sound behaves.
""",
    claims=(
        C("thousands", None, "vague", "near_front", "other", "pub",
          "a Ukrainian soldier quoted by his cousin on Eday (a private person): on the line"),
        C("At least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'on Thursday' (the publication day), the lawmaker named at the end of the "
          "sentence: died"),
        C("roughly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman 'on Monday', in ‘…’: casualties"),
        C("over 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'Last week': sent to Russia"),
        C("about 50", 50, "approx", "casualties", "ukraine", "sat",
          "SSO 'on Saturday': killed or wounded"),
        C("roughly 12,000", 12000, "approx", "near_front", "ukraine", "pub",
          "HUR 'reckons' (present tense, undated): deployed in the Kursk region"),
    ),
)

E09 = Source(
    article_id="e86_09_silver_peak_sentinel_winter_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-27"),
    dated_by="sidecar",
    sidecar=(
        "Silver Peak Sentinel",
        "",
        "Seoul says Pyongyang shipped 3,000 more soldiers to Russia over the winter",
    ),
    features="Nevada mining-town paper (Tonopah) as plain text, UTF-16 LE with BOM (sidecar "
        "without url, Thursday), byline and 'TONOPAH —' without a date, curly quotes; headline "
        "'3,000 more' (increment, span without the word) from the JCS 'on Thursday' in the lead; "
        "'said' carried from the lead to three figures ('additional': increment; 'bringing the "
        "total sent since October to': a new total; casualties); the US threat assessment "
        "'released Tuesday' (a report's day); an SSO spokesman 'Earlier this month' (window "
        "from the 1st); a retired miner and DMZ veteran 'closer to 15,000' (other, `pub`); "
        "North Korea's army, US troops in Korea, square miles, population, dollars, years",
    text="""\
Seoul says Pyongyang shipped [[3,000]] more soldiers to Russia over the winter

By Dale Arrechea
Sentinel staff writer

TONOPAH — The word from Seoul on Thursday was blunt: North Korea is not finished with Russia's war.

South Korea's Joint Chiefs of Staff said Pyongyang shipped [[about 3,000]] additional soldiers to \
Russia in January and February, bringing the total sent since October to [[around 14,000]]. The \
military also raised its estimate of North Korean casualties to [[roughly 4,000]] killed or \
wounded, most of them in the Kursk region, where Russia spent months trying to dislodge Ukrainian \
forces.

The estimate is in line with the annual threat assessment that U.S. intelligence agencies \
released Tuesday. It said “[[more than 11,000]]” North Korean troops had been dispatched and \
warned that the North was gaining combat experience it had lacked for 70 years.

Ukrainian officials say the returning units fight differently. Earlier this month, a spokesman \
for Ukraine's special operations forces said [[some 1,500]] North Koreans were back on the line \
near the Russian town of Sudzha, moving in smaller groups and making better use of cover. The \
Kremlin still will not confirm that they are there at all.

In Tonopah, where the silver strike of 1900 built the town and bomber crews trained during World \
War II, the news lands close to home for Ray Uhalde. The 74-year-old ran a hoist at the Midway \
mine for three decades, but before that he spent 13 months with the 2nd Infantry Division along \
the Korean DMZ.

“I'd guess it's [[closer to 15,000]] by now, whatever anybody says,” Uhalde said over coffee at \
the Mizpah. “Kim's got a million men under arms and nothing for them to do at home.”

The U.S. keeps about 28,500 troops in South Korea. Nye County covers some 18,000 square miles, \
and about 2,200 people live in Tonopah itself. An expansion at the Midway site is budgeted at \
$4.5 million, according to county records.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "headline '3,000 more' (increment, span without the word): the JCS Thursday figure "
          "(the publication day)", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'said', Thursday from the lead: 'additional soldiers' shipped (increment)",
          add=True),
        C("around 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same sentence: 'bringing the total sent since October to' (a new total)"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same statement: killed or wounded"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "US annual threat assessment 'released Tuesday' (a report's day): dispatched"),
        C("some 1,500", 1500, "approx", "near_front", "ukraine", "2025-03-01..pub",
          "SSO spokesman 'Earlier this month': back on the line"),
        C("closer to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "retired miner and DMZ veteran, quoted ('closer to' as approx)"),
    ),
)

E10 = Source(
    article_id="e86_10_neris_ledger_next_wave_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-04"),
    dated_by="sidecar",
    sidecar=(
        "Neris Ledger",
        "https://www.nerisledger.example/defence/north-korea-next-wave-kyiv-warns",
        "Kyiv warns Pyongyang may add up to 30,000 more soldiers",
    ),
    features="Vilnius English-language business outlet in HTML, UTF-8 with BOM (no meta date: "
        "sidecar, Friday), Lithuanian diacritics, JSON-LD with a headline without a figure, a "
        "cookie notice in its own words, navigation, a footer with a company code; `<title>` "
        "figure (optional); h1 'Kyiv warns' `up to 30,000` 'more' (increment) from HUR "
        "'yesterday'; "
        "'as many as 30,000 additional'; 'HUR shared the assessment with reporters yesterday' "
        "after the figure; Shoigu, 'the head of Russia's Security Council', 'last month' 'a "
        "further 6,000' (increment); Seoul 'counts' (present tense, `pub`); an anonymous NATO "
        "official 'on Wednesday' (nato); Lithuania's State Security Department 'in March' "
        "(other, range); drones, GDP share, the German brigade, company code",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv warns Pyongyang may add [[up to 30,000]] more soldiers | Neris Ledger</title>
<meta property="og:site_name" content="Neris Ledger">
<meta name="description" content="Ukraine's spy agency says Pyongyang is preparing a much larger \
contingent. Vilnius drone makers see orders climb.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
"headline":"North Korea's next wave","publisher":{"@type":"Organization","name":"Neris \
Ledger"}}</script>
</head>
<body>
<div class="consent">We bake nothing here, but we do keep cookies: for the paywall, the reader \
counter and the coffee-break newsletter. <button>Keep them</button> <button>Crumbs \
only</button></div>
<nav><a href="/">Front</a> · <a href="/business">Business</a> · <a href="/defence">Defence</a> · \
<a href="/tech">Tech</a> · <a href="/region">Region</a> · <a href="/opinion">Opinion</a></nav>
<article>
<h1>Kyiv warns Pyongyang may add [[up to 30,000]] more soldiers to its Russian contingent</h1>
<p class="byline">Rūta Dambrauskaitė · Defence &amp; Industry</p>
<p>Ukraine's military intelligence agency believes Pyongyang has begun assembling [[as many as \
30,000]] additional troops for Russia, to be shipped over the coming months and tripling a \
contingent that has so far stayed in the Kursk border region. HUR shared the assessment with \
reporters yesterday, adding that [[around 11,000]] North Koreans are already stationed in Kursk.</p>
<p>Moscow has already announced a smaller reinforcement. Sergei Shoigu, the head of Russia's \
Security Council, said in Pyongyang last month that North Korea would dispatch a further \
[[6,000]] military engineers and construction workers to rebuild the region. Seoul, for its part, \
counts [[about 13,000]] North Korean troops sent to Russia since last October.</p>
<p>A NATO official in Brussels, who would only speak without a name attached, said on Wednesday \
that the alliance had seen no sign yet of a new wave but did not dispute Kyiv's figure. Allied \
estimates, the official said, show [[more than 4,000]] North Koreans killed and wounded.</p>
<p>Lithuania's State Security Department warned in its annual threat report in March that \
[[between 11,000 and 12,000]] North Korean soldiers had reached Russia and that Pyongyang was \
learning "faster than any Western army" from the war.</p>
<h2>Drone makers' order books</h2>
<p>For Vilnius companies the news means more orders. One local drone maker told the Ledger it \
expects to ship 20,000 interceptor drones to Ukraine this year, up from 6,500 in 2024. Lithuania \
plans to spend between 5 and 6 per cent of GDP on defence from next year, and the German brigade \
at Rūdninkai is due to reach 4,800 soldiers by 2027.</p>
</article>
<footer>© 2025 Neris Ledger UAB · Gedimino pr. 9, LT-01103 Vilnius · Company code 305114822</footer>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "yday..pub",
          "<title> (metadata) restating the headline", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "yday..pub",
          "h1 'Kyiv warns': HUR's figure of yesterday, 'more' (increment)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "yday",
          "HUR 'believes', day in the next sentence ('yesterday'): 'additional' (increment)",
          add=True),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "yday",
          "same briefing, 'adding that': stationed in Kursk"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'last month' (June): 'a further 6,000' to be dispatched (increment)", add=True),
        C("about 13,000", 13000, "approx", "in_russia", "south_korea", "pub",
          "'Seoul, for its part, counts' (present tense, undated): sent to Russia"),
        C("more than 4,000", 4000, "at_least", "casualties", "nato", "wed",
          "anonymous NATO official 'on Wednesday', 'Allied estimates': killed and wounded"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "other",
          "2025-03-01..2025-03-31", "Lithuania's State Security Department 'in March' (a third "
          "government: other): reached Russia"),
    ),
)

E11 = Source(
    article_id="e86_11_safotu_village_page_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-09-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Safotu Village Page",
        "",
        "Seoul puts Kim's dead in Kursk at 2,000",
    ),
    features="Samoan village page from Savai'i in Markdown, windows-1252 with CRLF (curly quotes "
        "raw), front matter without a date (sidecar without url, Friday) and a title without a "
        "figure; headline 'Seoul puts … at' from lawmakers' Wednesday account of the NIS "
        "briefing; 'The "
        "agency also believes' 'another 6,000' (increment, span without the word); state media "
        "'late last month' 'more than 100' dead honoured (north_korea); 'By most counts' "
        "(unattributed); a US commander 'In the spring' (season window); a matai who served in "
        "the New Zealand Army 'after Sunday service' (other, Sunday to publication, range in "
        "words); island population, ferry minutes, tala, seasonal workers, tsunami dead",
    text="""\
---
title: "News from Safotu and the world"
category: World
village: "Safotu, Savai'i"
---

# Seoul puts Kim's dead in Kursk at [[2,000]]

*A weekly page for Safotu families at home and abroad. This week: what the numbers from Korea \
mean, and a word from our matai who once wore a uniform.*

Lawmakers who sat through a closed briefing by South Korea's National Intelligence Service on \
Wednesday said the agency now estimates that [[about 2,000]] of Pyongyang's soldiers have lost \
their lives on Russia's side. The agency also believes the North has sent another [[6,000]] \
engineers and labourers to Russia since the middle of the year, on top of the combat troops \
already there.

North Korea has started to speak of its dead. State media reported late last month that Kim Jong \
Un had posthumously made heroes of [[more than 100]] soldiers killed in what Pyongyang calls the \
liberation of Kursk, and showed him comforting their families.

By most counts, [[roughly 15,000]] North Koreans have passed through Russia since October last \
year. In the spring, a senior US commander told Congress that Pyongyang's forces had suffered \
“[[several thousand]]” casualties, but were learning fast.

## A word from Tuala

Tuala Sione Faleolo, 63, served 22 years in the New Zealand Army before coming home to Safotu to \
take up his family's matai title. He went to Korea once, for an exercise in 1994, and still \
follows its news closely.

“If that is how many died, then the wounded must be [[three or four thousand]],” he told the page \
after Sunday service. “In a war like this, a soldier from a poor country is cheaper than a drone.”

Savai'i has about 43,000 people, and the ferry from Mulifanua takes around 90 minutes. Our church \
youth raised 12,400 tala in August for the new hall roof, and some 1,400 workers from the \
district are in New Zealand and Australia on seasonal schemes. Tuala still remembers the 2009 \
tsunami, which killed 149 people in Samoa.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul puts … at': lawmakers' Wednesday account of the NIS estimate "
          "(Wednesday to publication)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "wed",
          "lawmakers briefed by the NIS 'on Wednesday': killed"),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "wed",
          "'The agency also believes' (carried): 'another 6,000' sent (increment, span without "
          "the word)", add=True),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "2025-08-20..2025-08-31",
          "North Korean state media 'late last month': soldiers killed, made heroes"),
        C("roughly 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "'By most counts' without a source: passed through Russia"),
        C("several thousand", None, "vague", "casualties", "united_states",
          "2025-03-01..2025-05-31", "a senior US commander 'In the spring' before Congress"),
        C("three or four thousand", None, "range", "casualties", "other", "sun..pub",
          "matai and NZ Army veteran 'after Sunday service' (the event dates the quote: Sunday to "
          "publication): wounded"),
    ),
)

E12 = Source(
    article_id="e86_12_sherbro_coast_bulletin_year",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-13"),
    dated_by="dateline",
    features="newsletter from Sherbro Island (Sierra Leone's coast) as plain text, ISO-8859-1 "
        "with straight quotes and `--`, an issue line, dateline 'BONTHE, Sherbro Island, 13 "
        "November 2025 --' (Thursday); a year in review, each older figure with its own month: "
        "the NIS 'in October last year', Zelensky 'By January', Russia's envoy to Pyongyang in "
        "an interview with TASS 'In August' (russia, planned), the NIS 'In September' and 'At "
        "the time' (carried "
        "month); lawmakers briefed by the agency 'Last week'; Rutte 'in October' (nato); "
        "'Estimates … run from' (unattributed range); a retired major chairing the fishermen's "
        "cooperative (other, `pub`); civil-war dead, UN peacekeepers, canoes, tonnes, leones, "
        "phone number",
    text="""\
SHERBRO COAST BULLETIN
Issue 212 -- World & Nation

North Korea's year in Russia: the numbers, and what they cost

BONTHE, Sherbro Island, 13 November 2025 -- A year ago, few people on this coast had heard of \
Kursk. Today the Russian border region is known far beyond Europe as the place where North Korea \
sent its young men to fight a war that is not their own.

When Seoul's spy agency went public in October last year, its figure was [[1,500]] special forces \
soldiers, shipped to Vladivostok. By January the fighting had begun in earnest, and President \
Volodymyr Zelensky of Ukraine said [[nearly 4,000]] North Koreans had been killed or wounded.

Moscow admitted the deployment only in April. In August, Moscow's envoy to Pyongyang said in an \
interview with TASS that "[[several thousand]]" North Korean builders would reach Kursk before \
winter to repair roads and bridges.

In September, the South Korean agency estimated that [[about 2,000]] of the soldiers had died. At \
the time it also reported that [[some 5,000]] army builders were being moved into Russia. Last \
week, lawmakers briefed by the agency said [[roughly 10,000]] North Koreans remained stationed \
along the Kursk border, and that Pyongyang was rotating fresh units in.

NATO's secretary general, Mark Rutte, said in October that the North had "sent [[thousands]] to \
kill Ukrainians" and was being paid in oil and technology. Estimates of how many North Koreans \
have passed through Russia in total now run from [[14,000 to 16,000]].

"We know what it is to send boys to war," said Major (rtd) Alimamy Koroma, who served in the army \
during the civil war and now chairs the Bonthe fishermen's cooperative. "A poor country that \
rents out its soldiers will end up renting out [[tens of thousands]]. Kim will not stop while \
Moscow pays."

Our own civil war, which ran from 1991 until 2002, left some 50,000 dead. At its height, the UN \
mission here counted more than 17,000 peacekeepers. Today the cooperative has 312 registered \
canoes, and a good week brings in about 40 tonnes of bonga. A pan of smoked fish sells for around \
Le 250 at the Mattru Jong market.

For advertising in the Bulletin, call +232 76 410 228.
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "the NIS 'in October last year': shipped to Vladivostok"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'By January': killed or wounded"),
        C("several thousand", None, "vague", "planned", "russia", "2025-08-01..2025-08-31",
          "Russia's envoy to Pyongyang to TASS 'In August': builders to reach Kursk"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'In September': died"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "'At the time' (September carried): being moved into Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "lawmakers briefed by the agency 'Last week': stationed along the Kursk border"),
        C("thousands", None, "vague", "in_russia", "nato", "2025-10-01..2025-10-31",
          "Rutte 'in October', quoted: sent"),
        C("14,000 to 16,000", None, "range", "in_russia", "unattributed", "pub",
          "'Estimates … now run from' without a source: passed through Russia"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "retired major chairing the fishermen's cooperative, quoted: 'will end up renting out'"),
    ),
)

SOURCES: tuple[Source, ...] = (
    E01, E02, E03, E04, E05, E06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
