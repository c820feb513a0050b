"""Build the 78th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The eightieth corpus, for an honest measurement on articles the extractor has never met, written
blind in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Hof daily, an
Uckermark radio station's web text, a Melk district weekly (Austrian), a Seetal paper (Swiss), a
beer brewers' guild magazine and an Oldenburg student paper; a Katherine daily, a Fetlar
community page, an Idaho potato-country paper, a Moldovan English-language outlet from Balti, an
Ulithi community page and a Comoros (Anjouan) newsletter. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind78_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

H01 = Source(
    article_id="b78_01_hof_landbote_busfahrer_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Hof daily's web page in HTML (`article:published_time` with +01:00, a config "
        "script with an article id and ad-slot sizes, a cookie wall about cookies cooling on the "
        "windowsill, navigation with obituaries, a footer with street, postcode and phone); "
        "`<title>` figure (optional); h1 'Selenskyj:' from his video address 'am Montagabend' "
        "(Monday to publication); HUR 'am Wochenende' „einige hundert“ with 'hieß es aus Kiew' "
        "at the end; the Pentagon 'vergangene Woche' and its spokeswoman 'Am Donnerstag … legte "
        "nach' (`Etwa 8.000` sentence-initial after a colon); the NIS 'nach einem Bericht der "
        "Nachrichtenagentur Yonhap' (X citing Y, `bis zu 12.000` intended total, `pub`); a Hof "
        "professor 'geht davon aus' `noch mehrere tausend` 'nachschieben' (vague planned "
        "increment, other); a bus driver from Sumy (age, bus line, distance, refugees in the "
        "district, employees), North Korea's army, Russian losses a day, 1953",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Selenskyj: [[11.000]] Nordkoreaner stehen bei Kursk | Hofer Landbote</title>
<meta property="article:published_time" content="2024-11-05T06:40:00+01:00">
<meta property="og:site_name" content="Hofer Landbote">
<script>var \
hlbConf={ressort:"welt",artId:118204,paywallAfter:3,adSlots:["300x250","728x90"]};</script>
</head>
<body>
<div class="cookiewall">Beim Landboten kühlen ein paar Cookies auf dem Fensterbrett aus. Wer mag, \
nimmt sich einen, wer nicht, lässt sie liegen. <button>Ich nehme einen</button> <button>Liegen \
lassen</button></div>
<nav><a href="/">Start</a> · <a href="/hof">Hof</a> · <a href="/landkreis">Landkreis</a> · <a \
href="/welt">Welt</a> · <a href="/sport">Sport</a> · <a href="/trauer">Traueranzeigen</a></nav>
<main>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Selenskyj: [[11.000]] Nordkoreaner stehen bei Kursk</h1>
<p class="teaser"><strong>Hof/Kiew.</strong> Kiew spricht von einer neuen Lage an der Front. In \
Hof verfolgt ein Busfahrer aus Sumy jede Meldung, denn sein Bruder dient keine 40 Kilometer von \
der russischen Grenze entfernt.</p>
<p>Nach den Worten von Präsident Wolodymyr Selenskyj befinden sich inzwischen [[11.000]] \
nordkoreanische Soldaten im russischen Gebiet Kursk. Der Staatschef nannte die Zahl am \
Montagabend in seiner täglichen Videobotschaft und warf den Partnern vor, tatenlos zuzusehen, wie \
Pjöngjang in diesen Krieg einsteige.</p>
<p>Bereits am Wochenende hatte der Militärgeheimdienst HUR erste Gefechte mit Einheiten aus dem \
Norden Koreas gemeldet. Beteiligt gewesen seien [[einige hundert]] Mann, hieß es aus Kiew.</p>
<p>In Washington, wo am heutigen Dienstag ein neuer Präsident gewählt wird, hält man an den \
eigenen Schätzungen fest. Das Pentagon hatte vergangene Woche [[rund 10.000]] Nordkoreaner \
gezählt, die auf Übungsplätzen im russischen Fernen Osten gedrillt würden. Am Donnerstag legte \
Sprecherin Sabrina Singh nach: [[Etwa 8.000]] davon seien mittlerweile Richtung Kursk \
unterwegs.</p>
<p>Südkoreas Nachrichtendienst NIS erwartet nach einem Bericht der Nachrichtenagentur Yonhap, \
dass Kim Jong Un bis Dezember insgesamt [[bis zu 12.000]] Soldaten in Marsch setzt.</p>
<h2>„Er schreibt jeden Abend“</h2>
<p>Oleksandr Hrytsenko, 52, fährt seit zwei Jahren für die Hofer Stadtbusse, meistens die Linie 4 \
vom Hauptbahnhof hinauf zum Klinikum. Sein jüngerer Bruder steht mit einer Artillerieeinheit bei \
Sumy. „Er schreibt jeden Abend, oft nur ein einziges Wort: lebe“, sagt Hrytsenko. Von Hof bis \
Sumy sind es gut 1.900 Kilometer. Im Landkreis leben nach Zahlen des Landratsamts etwa 2.300 \
Geflüchtete aus der Ukraine, 14 von ihnen arbeiten inzwischen beim städtischen Busbetrieb.</p>
<p>Andreas Wunderlich, der an der Hochschule Hof Sicherheitspolitik lehrt, hält die Angaben aus \
Kiew für glaubwürdig. Er geht davon aus, dass Pjöngjang im kommenden Jahr noch \
[[mehrere tausend]] Mann nachschieben wird. „Kim bekommt dafür Devisen, Öl und Gefechtserfahrung \
für eine Armee, die seit 1953 keinen Krieg mehr geführt hat.“ Nordkoreas Streitkräfte zählen rund \
1,2 Millionen Soldaten; Russland wiederum verliert nach Darstellung des ukrainischen Generalstabs \
derzeit täglich mehr als 1.200 Mann.</p>
</article>
</main>
<footer>© 2024 Hofer Landbote Verlags-GmbH · Theresienstraße 12 · 95028 Hof · Leserservice 09281 \
7720-0</footer>
<script src="/js/hlb.min.js?v=2024.11.3" defer></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the h1: Zelensky's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "h1 'Selenskyj:' from the lead (Monday evening to publication): in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky, dated by the next sentence ('am Montagabend in seiner … Videobotschaft'): "
          "in the Kursk region"),
        C("einige hundert", None, "vague", "near_front", "ukraine", "sat..sun",
          "HUR 'am Wochenende', Konjunktiv, 'hieß es aus Kiew' at the end: in first battles"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "the Pentagon 'vergangene Woche' 'gezählt': drilled in the Russian Far East"),
        C("Etwa 8.000", 8000, "approx", "near_front", "united_states", "thu",
          "its spokeswoman Singh 'Am Donnerstag … legte nach': on the way toward Kursk"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea", "pub",
          "the NIS 'erwartet' via Yonhap (X citing Y), no date: intended total by December"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Hof professor 'geht davon aus' (no date): 'noch … nachschieben' (increment)",
          add=True),
    ),
)

H02 = Source(
    article_id="b78_02_uckerwelle_sanitaeter_schwedt",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Uckerwelle",
        "https://www.uckerwelle.example/nachrichten/welt/sanitaeter-schwedt-nordkoreaner-kursk-"
        "20250116",
        "Nordkoreaner an der Kursk-Front: Ein Schwedter Sanitäter berichtet",
    ),
    features="Uckermark radio station's web text as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar, Thursday) with a channel line and a time line; headline without a figure; "
        "teaser 'Südkorea beziffert' `300` dead and `2.700` wounded from the lawmaker's Monday "
        "account (Monday to publication; 'and', not an increment); a lawmaker relaying the NIS "
        "'am Montag' with the speaker at the end; Zelensky 'Am Samstag' `zwei` captured (number "
        "word); Zelensky 'Anfang Januar' `3.800`; the military intelligence service 'heißt es "
        "inzwischen' `knapp 4.000` (`pub`); the White House 'Ende Dezember' `mehr als 1.000` in "
        "one week; a Ukrainian medic on home leave in Schwedt „ein paar hundert“ in Konjunktiv "
        "(other, `pub`); refugees in the district, refinery staff, ages, days of leave, "
        "frequencies, newsroom phone",
    text="""\
Radio Uckerwelle · Nachrichten · Welt

Nordkoreaner an der Kursk-Front: Ein Schwedter Sanitäter berichtet

Donnerstag, 16.01.2025, 06:45 Uhr

Südkorea beziffert die Verluste Pjöngjangs auf [[300]] Tote und [[2.700]] Verwundete. Ein \
ukrainischer Sanitäter, der gerade Heimaturlaub bei seiner Familie in Schwedt macht, hat Kims \
Soldaten selbst erlebt.

Die Zahlen stammen aus einer vertraulichen Sitzung des Geheimdienstausschusses in Seoul. Der \
Nachrichtendienst NIS habe den Abgeordneten am Montag berichtet, Nordkorea habe im Gebiet Kursk \
bislang [[rund 300]] Gefallene und [[2.700]] Verwundete zu beklagen, sagte der \
Oppositionsabgeordnete Park Ji-hoon anschließend vor Journalisten. Die Einheiten würden ohne \
ausreichende Vorbereitung auf den Drohnenkrieg in die Angriffe geschickt.

Am Samstag hatte Präsident Wolodymyr Selenskyj mitgeteilt, dass [[zwei]] nordkoreanische Soldaten \
in ukrainische Gefangenschaft geraten seien. Die beiden Männer, einer davon mit gebrochenem \
Kiefer, würden nun in Kiew verhört. Schon Anfang Januar hatte Selenskyj die Ausfälle der \
Nordkoreaner auf [[3.800]] Tote und Verwundete beziffert. Aus dem Militärgeheimdienst in Kiew \
heißt es inzwischen, es seien [[knapp 4.000]].

Das Weiße Haus hatte Ende Dezember von [[mehr als 1.000]] getöteten und verwundeten Nordkoreanern \
gesprochen – allein innerhalb einer einzigen Woche.

"Sie laufen in Reihen über offenes Feld"

Für Dmytro Kowal sind das keine fernen Meldungen. Der 34-jährige Sanitäter verbringt zehn Tage \
Heimaturlaub bei Frau und Tochter, die seit 2022 in einer Plattenbauwohnung im Schwedter \
Stadtteil Am Waldrand leben. Im Gespräch mit der Uckerwelle erzählt er, in seinem Frontabschnitt \
hätten zuletzt [[ein paar hundert]] Nordkoreaner gelegen. "Sie laufen in Reihen über offenes \
Feld. Unsere Drohnen sehen sie schon von weitem", sagt Kowal. Angst habe er vor ihnen nicht, eher \
Mitleid.

In der Uckermark sind nach Angaben des Landkreises derzeit rund 1.850 Menschen aus der Ukraine \
gemeldet. Die PCK-Raffinerie in Schwedt, die bis Ende 2022 russisches Öl aus der \
Druschba-Pipeline verarbeitete, beschäftigt etwa 1.200 Leute; einige Geflüchtete haben dort \
inzwischen eine Ausbildung begonnen.

Die Uckerwelle hören Sie in Schwedt auf 98,4 und rund um Templin auf 101,7 MHz. Hinweise an die \
Redaktion: 03332 41890.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "teaser 'Südkorea beziffert' from the lawmaker's Monday account (Monday to "
          "publication): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon..pub",
          "same teaser: wounded (the others of the same count, not an increment)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS to lawmakers 'am Montag', relayed by a lawmaker named at the end: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': captured (number word)"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar' (days 1-10): dead and wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "Ukraine's military intelligence 'heißt es inzwischen' (no date): losses"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "the White House 'Ende Dezember' (days 21-31): dead and wounded in one week"),
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "a Ukrainian army medic on home leave, in an undated conversation with the station "
          "(not a government source: other): in his section of the front"),
    ),
)

H03 = Source(
    article_id="b78_03_melker_bezirksbote_gefecht_md",
    language="de", fmt="md", encoding="latin-1", published=day("2024-11-27"),
    dated_by="front_matter",
    features="Melk district weekly (Austrian) in Markdown, ISO-8859-1 (straight quotes only), "
        "front matter with `date:`, an issue number and a title figure (optional); 'Jänner', "
        "'Feber', 'heuer'; `#` headline 'Seoul zählt' from the NIS statement 'am 20. November' "
        "(that day to publication); Blinken 'Ende Oktober' recalled (`etwa 8.000`, at the "
        "border); a Pentagon spokesman 'vergangene Woche' „mehrere tausend“ in combat; Kiev "
        "'gibt … inzwischen … an' (`pub`); Rutte 'schon Anfang November' `mehr als 10.000` (days "
        "1-10); a retired colonel of the Melk engineer battalion 'rechnet damit' `5.000 bis "
        "8.000` 'nachschickt' (range increment, other, `pub`); artillery pieces (not troops), "
        "the battalion's size, refugees in the district, euros, the abbey's founding year, age",
    text="""\
---
title: "Nordkoreaner im Gefecht: Seoul zählt [[mehr als 10.000]] in Russland"
date: 2024-11-27
ausgabe: 48/2024
ressort: Welt & Bezirk
autorin: Theresia Hollerer
---

# Nordkoreaner im Gefecht: Seoul zählt [[mehr als 10.000]] in Russland

**Kim Jong Uns Soldaten kämpfen inzwischen gegen die Ukraine. Ein pensionierter Pionieroffizier \
aus Melk erklärt, was das für den Krieg bedeutet - und warum er mit Nachschub rechnet.**

Der südkoreanische Nachrichtendienst NIS hatte am 20. November erklärt, ein Teil der \
[[mehr als 10.000]] nach Russland verlegten Nordkoreaner sei bereits in Kampfhandlungen \
verwickelt. Damit ist eingetreten, wovor Seoul seit Wochen gewarnt hatte. Ende Oktober hatte \
US-Außenminister Antony Blinken noch von [[etwa 8.000]] Soldaten gesprochen, die an der Grenze \
zur Ukraine zusammengezogen worden seien.

Ein Pentagon-Sprecher bestätigte vergangene Woche in Washington, dass inzwischen \
"[[mehrere tausend]]" Nordkoreaner an der Seite russischer Einheiten kämpften. Kiew gibt ihre \
Zahl im Gebiet Kursk inzwischen mit [[etwa 11.000]] an. Neben den Soldaten habe Pjöngjang auch \
rund 100 Artilleriegeschütze und Raketenwerfer geliefert, meldete der ukrainische \
Militärgeheimdienst am Montag.

Auch die NATO schaut genau hin. Laut Generalsekretär Mark Rutte waren schon Anfang November \
[[mehr als 10.000]] Nordkoreaner in Russland eingetroffen. Die Führung in Pjöngjang bestreitet \
weiterhin, überhaupt Truppen entsandt zu haben.

## "Ein Krieg der Pioniere"

Oberst i. R. Josef Pichler war bis 2019 beim Pionierbataillon 3 in der Birago-Kaserne, das mit \
seinen rund 600 Soldaten heuer im September beim Donauhochwasser Sandsäcke geschleppt und Dämme \
gesichert hat. Der 67-Jährige liest jeden Morgen die Lageberichte aus der Ukraine. "Minenfelder, \
Drohnen, Gräben - das ist ein Krieg der Pioniere", sagt er.

Pichler rechnet damit, dass Kim bis zum Frühjahr noch [[5.000 bis 8.000]] Mann nachschickt, \
sobald klar sei, wie schwer die Verluste im Winter ausfallen. "Spätestens im Jänner oder Feber \
wissen wir mehr. Die Nordkoreaner lernen schnell, und Russland zahlt gut."

Im Bezirk Melk sind derzeit 340 Vertriebene aus der Ukraine untergebracht. Bei einem Benefizabend \
im Stift, das seit 1089 von Benediktinern bewohnt wird, kamen am Sonntag 6.200 Euro für \
Stromaggregate zusammen.
""",
    claims=(
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-20..pub", "front-matter `title:` (metadata) restating the headline",
          opt=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-20..pub",
          "`#` headline 'Seoul zählt' from the NIS statement of 20 November (to publication)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "2024-11-20",
          "NIS 'am 20. November': moved to Russia"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states",
          "2024-10-21..2024-10-31", "Blinken 'Ende Oktober' (recalled): at the border"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "lastweek",
          "a Pentagon spokesman 'vergangene Woche' in quotes: fighting beside Russian units"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Kiew gibt … inzwischen … an' (no date of its own): in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "2024-11-01..2024-11-10",
          "'Laut Generalsekretär Mark Rutte … schon Anfang November' (days 1-10): arrived"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "pub",
          "retired colonel 'rechnet damit' (present tense, no date): 'noch … nachschickt' "
          "(increment); 'Jänner oder Feber' is the event, not the claim date", add=True),
    ),
)

H04 = Source(
    article_id="b78_04_seetaler_bote_minenraeumer_ch",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-06-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Seetaler Bote",
        "https://www.seetaler-bote.example/region-welt/moskau-holt-nordkoreaner-nach-kursk-41877",
        "Moskau holt 6000 Nordkoreaner nach Kursk",
    ),
    features="Seetal paper (Swiss, Hochdorf) as plain text in windows-1252 with CRLF (sidecar, "
        "Thursday), page line, deck and byline; `ss`, «», `15'000`, `11'000`, `20'000 bis "
        "25'000`, 4-digit `6000`/`1000`/`5000`; headline `6000` adding up Shoigu's two figures "
        "(russia, Tuesday to publication); Shoigu 'am Dienstag' `1000` deminers and `5000` "
        "builders (planned, no increments); the NIS 'Nach Schätzung' (`pub`); Kiev's military "
        "intelligence 'schätzt' `etwa 11'000` 'davon' in Kursk; JCS 'weitere Tausende' with "
        "'hiess es am Mittwoch aus dem Generalstab' at the end (vague planned increment); an ETH "
        "researcher 'hält es für möglich' `insgesamt 20'000 bis 25'000` (a total, other, `pub`); "
        "a metalworks' staff and flail arms, Swiss demining money in francs, contaminated square "
        "kilometres, Shoigu's age",
    text="""\
SEETALER BOTE · Region & Welt · Donnerstag

Moskau holt [[6000]] Nordkoreaner nach Kursk

Minenräumer und Bautrupps aus Pjöngjang sollen die verwüstete Grenzregion wieder herrichten. In \
Hochdorf schaut eine Metallbaufirma mit besonderem Interesse hin.

Von Beat Stocker

Nordkorea schickt [[1000]] Minenräumer und [[5000]] Militärbauarbeiter in die russische Region \
Kursk. Dies kündigte Sergei Schoigu, der Sekretär des russischen Sicherheitsrats, am Dienstag \
nach einem Gespräch mit Machthaber Kim Jong Un in Pjöngjang an. Für den 70-Jährigen war es \
bereits der zweite Besuch in Nordkorea innert zwei Wochen.

Die neuen Kontingente sollen zu jenen Truppen stossen, die seit dem letzten Herbst an Russlands \
Seite stehen. Nach Schätzung des südkoreanischen Nachrichtendienstes NIS hat Pjöngjang bisher \
[[rund 15'000]] Soldaten nach Russland entsandt. Kiews Militärgeheimdienst schätzt, dass \
[[etwa 11'000]] davon noch in der Region Kursk stationiert sind.

Die Bautrupps könnten schon im Juli oder August verlegt werden. Zudem sei nicht ausgeschlossen, \
dass weitere [[Tausende]] Kampfsoldaten folgten, hiess es am Mittwoch aus dem Generalstab in Seoul.

«Schon absurd»

In Hochdorf verfolgt man die Nachricht mit gemischten Gefühlen. Die Seewer Metallbau AG mit ihren \
85 Mitarbeitenden fertigt seit zwei Jahren Schlegelarme für Minenräummaschinen, bisher rund 40 \
Stück, die meisten davon für die Ukraine. «Dass nun ausgerechnet nordkoreanische Soldaten auf der \
anderen Seite der Grenze Minen räumen, ist schon absurd», sagt Geschäftsführerin Ursula Seewer. \
Der Bund hat für die humanitäre Minenräumung in der Ukraine bis 2027 rund 100 Millionen Franken \
gesprochen; nach ukrainischen Angaben gelten noch immer über 139'000 Quadratkilometer als \
verdächtig.

Die Sicherheitsforscherin Nadja Imfeld von der ETH Zürich sieht im Abkommen einen weiteren \
Schritt der Verflechtung. «Russland bekommt Arbeitskräfte, Nordkorea bekommt Geld, Technologie \
und einen Fuss in der Tür», sagt sie. Imfeld hält es für möglich, dass bis Ende Jahr insgesamt \
[[20'000 bis 25'000]] Nordkoreaner in Russland Dienst tun, Bautrupps eingeschlossen.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline adding up Shoigu's two figures of the lead (Tuesday to publication)"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu, dated by the next sentence ('am Dienstag … an'): deminers to be sent (a new "
          "contingent, no increment word)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders to be sent"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Nach Schätzung des … NIS' (no date): sent so far"),
        C("etwa 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "Kiev's military intelligence 'schätzt' (present tense): stationed in Kursk"),
        C("Tausende", None, "vague", "planned", "south_korea", "wed",
          "JCS, named at the end ('hiess es am Mittwoch aus dem Generalstab'): 'weitere' "
          "combat troops could follow (increment)", add=True),
        C("20'000 bis 25'000", None, "range", "planned", "other", "pub",
          "ETH researcher 'hält es für möglich' (no date): an intended total 'insgesamt', not "
          "an increment"),
    ),
)

H05 = Source(
    article_id="b78_05_zwickel_brauerinnung_lage_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-16"),
    dated_by="sidecar",
    sidecar=(
        "Der Zwickel – Magazin der Brauer- und Mälzerinnung Niederbayern",
        "https://www.brauerinnung-niederbayern.example/zwickel/2025-3/zur-lage",
        "Zur Lage: Was der Krieg mit unserem Hopfen zu tun hat",
    ),
    features="beer brewers' guild magazine column in Markdown, UTF-8 with BOM, front matter "
        "without a date (sidecar, Friday) and a title without a figure; bold deck 'Seoul zählt "
        "4700' from the NIS figures of 30 April (that day to publication); Gerasimov 'Am 26. "
        "April' and Pyongyang 'Zwei Tage später' without figures; the NIS 'am 30. April' `rund "
        "4.700` with 'darunter etwa 600' (breakdown) and 'Insgesamt habe … teilte der Dienst … "
        "mit' (carried); the US State Department 'Anfang Mai'; Budanov 'meinte vergangene Woche "
        "gegenüber einem Fernsehsender'; a Lviv partner brewer's letter „Zehntausenden weiteren“ "
        "(vague planned increment, other, `pub`); tonnes of malt, euros, member breweries, "
        "hectares of hops, per cent, 1516",
    text="""\
---
title: "Zur Lage: Was der Krieg mit unserem Hopfen zu tun hat"
heft: "Der Zwickel 3/2025"
rubrik: Über den Sudkessel hinaus
autor: Michael Graßl
---

# Zur Lage: Was der Krieg mit unserem Hopfen zu tun hat

**Seit Ende April ist amtlich, was Kiew schon lange sagt: Nordkoreaner kämpfen für Russland. \
Seoul zählt [[4700]] Tote und Verwundete.**

Liebe Kolleginnen und Kollegen,

normalerweise steht an dieser Stelle, wie sich die Preise für Braugerste und Hopfen entwickeln. \
Diesmal müssen wir weiter ausholen, denn unser Partnerbetrieb in Lwiw ist von dem, was im Osten \
geschieht, unmittelbar betroffen.

Am 26. April hat Generalstabschef Waleri Gerassimow in Moskau erstmals eingeräumt, dass Soldaten \
aus Nordkorea an der Rückeroberung des Gebiets Kursk beteiligt waren. Zwei Tage später bestätigte \
auch Pjöngjang den Einsatz. Zahlen nannte keiner von beiden.

Die kommen aus Seoul. Der Geheimdienst NIS bezifferte die nordkoreanischen Ausfälle am 30. April \
auf [[rund 4.700]] Mann, darunter [[etwa 600]] Gefallene. Insgesamt habe Pjöngjang \
[[rund 15.000]] Soldaten nach Russland geschickt, teilte der Dienst den Abgeordneten mit. Das \
US-Außenministerium sprach Anfang Mai von [[mehr als 14.000]] entsandten Nordkoreanern.

Wie viele davon noch kämpfen, ist umstritten. Kyrylo Budanow, der den Militärgeheimdienst der \
Ukraine leitet, meinte vergangene Woche gegenüber einem Fernsehsender, im Raum Kursk stünden \
derzeit [[rund 3.000]]; der Rest sei abgezogen oder außer Gefecht.

## Post aus Lwiw

Taras Melnyk, dessen Brauerei wir seit 2023 unterstützen, hat im März die zweite Malzspende der \
Innung erhalten: 18 Tonnen Gerstenmalz, bezahlt aus 8.400 Euro, die 24 Mitgliedsbetriebe \
gesammelt haben. Er schreibt, die Stimmung in der Stadt sei gedrückt. „Bei uns redet man von \
[[Zehntausenden]] weiteren, die Kim noch schicken will. Und jeder fragt sich, wie lange Europa \
zuschaut.“

Ukrainische Brauereien haben im vergangenen Jahr nach Branchenangaben rund 15 Prozent weniger \
ausgestoßen als vor dem Krieg. In der Hallertau stehen derweil gut 17.000 Hektar Hopfen so gut \
wie eh und je. Wir bleiben dran – und brauen weiter nach dem Gebot von 1516.

Ihr Michael Graßl, Obermeister
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "bold deck 'Seoul zählt' from the NIS figure of 30 April (to publication): dead and "
          "wounded"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "NIS 'am 30. April': losses"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'darunter' the fallen (a breakdown, not an increment)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "'Insgesamt habe … teilte der Dienst den Abgeordneten mit' (carried from 30 April): "
          "sent"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-10", "US State Department 'Anfang Mai' (days 1-10): sent"),
        C("rund 3.000", 3000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'meinte vergangene Woche gegenüber einem Fernsehsender', Konjunktiv: in "
          "the Kursk area"),
        C("Zehntausenden", None, "vague", "planned", "other", "pub",
          "the Lviv partner brewer's letter (undated, 'redet man von'): 'weiteren' Kim wants "
          "to send (increment)", add=True),
    ),
)

H06 = Source(
    article_id="b78_06_campusblatt_oldenburg_parade_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-15"),
    dated_by="html_meta",
    features="Oldenburg student paper's page in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&middot;`, `&copy;`), "
        "`article:published_time` with +02:00, a config script, a cookie notice that counts two "
        "cookies, navigation with the canteen menu; `<title>` figure (optional); h1 from the NIS "
        "September figure (the month to publication); state TV's marching Kursk veterans 'am "
        "vergangenen Freitag' (returnees: optional); Kim's speech „Tausenden Helden“ "
        "(north_korea, the same Friday); the NIS 'im September' and 'Im Einsatz gewesen seien "
        "insgesamt' (carried); HUR 'am Montag' `bis zu 6.000` (a new contingent, no increment); "
        "an exchange student citing Korean papers (X citing Y: other, `pub`); a political "
        "scientist `nicht mehr als 10.000` (at_most, other); the paper's own sum `mindestens "
        "15.000` (unattributed, required); students enrolled, programme places, age, lecture "
        "time and room, a ratio, street numbers",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Fackeln, Panzer und [[2.000]] Tote: Kims Kursk-Bilanz | Campusblatt Oldenburg</title>
<meta property="article:published_time" content="2025-10-15T11:20:00+02:00">
<meta name="author" content="Lea Janßen">
<script>window._cb={sem:"WiSe 2025/26",ressort:"politik",teaserIds:[4411,4412,4415]};</script>
</head>
<body>
<div id="kekse">Das Campusblatt backt nicht, speichert aber zwei Cookies. Wenn Sie mögen, auch \
keinen. <a href="#" class="btn">Zwei sind in Ordnung</a> <a href="#" class="btn">Lieber gar \
keinen</a></div>
<nav><a href="/">Campusblatt</a> &middot; <a href="/uni">Uni</a> &middot; <a \
href="/stadt">Stadt</a> &middot; <a href="/politik">Politik</a> &middot; <a \
href="/kultur">Kultur</a> &middot; <a href="/mensa">Mensaplan</a></nav>
<article>
<h1>Fackeln, Panzer und [[2.000]] Tote: Kims Kursk-Bilanz</h1>
<p class="lead">In Pjöngjang marschierten am Freitag Veteranen des Russland-Einsatzes. Eine \
Austauschstudentin aus Daejeon hat die Bilder im Wohnheim gesehen &ndash; und erzählt, was man in \
Korea darüber liest.</p>
<p>Es waren Bilder, wie sie das Regime liebt: Panzer, Raketen, Fackeln. Als am vergangenen \
Freitag zum 80. Geburtstag der Arbeiterpartei über den Kim-Il-Sung-Platz marschiert wurde, waren \
auch [[Hunderte]] Soldaten dabei, die laut Staatsfernsehen in Russland gekämpft hatten. Kim Jong \
Un lobte in seiner Rede die &bdquo;[[Tausenden]] Helden&ldquo;, die fern der Heimat für die \
Befreiung von Kursk ihr Leben eingesetzt hätten.</p>
<p>Wie viele nicht zurückkamen, sagte er nicht. Der südkoreanische Geheimdienst NIS hatte im \
September geschätzt, dass [[rund 2.000]] von Kims Soldaten den Einsatz in Russland nicht überlebt \
haben. Im Einsatz gewesen seien insgesamt [[etwa 13.000]] Soldaten.</p>
<p>Und es geht weiter: Der ukrainische Militärgeheimdienst meldete am Montag, Pjöngjang stelle \
bereits ein neues Kontingent von [[bis zu 6.000]] Mann zusammen, das im Winter nach Russland \
verlegt werden solle.</p>
<h2>&bdquo;Bei uns redet kaum jemand darüber&ldquo;</h2>
<p>Kim Ji-woo, 23, studiert seit dem Sommersemester Umweltwissenschaften in Oldenburg; ihr \
Austauschprogramm hat zwölf Plätze. &bdquo;In Korea schreiben die Zeitungen von \
[[mehr als 15.000]] Soldaten, die der Norden geschickt hat&ldquo;, sagt sie. Im Alltag sei der \
Krieg in Europa trotzdem weit weg.</p>
<p>Die Politikwissenschaftlerin Friederike Onken vom Institut für Sozialwissenschaften ist \
vorsichtiger. Nach ihrer Einschätzung sind derzeit [[nicht mehr als 10.000]] Nordkoreaner in \
Russland; viele aus der ersten Welle seien längst zurück oder tot. Ihre Vorlesung \
&bdquo;Autoritäre Allianzen&ldquo; beginnt am 21. Oktober um 16 Uhr in Raum A14 1-111, offen für \
alle der rund 16.000 Studierenden.</p>
<p>Legt man alle öffentlich genannten Schätzungen nebeneinander, waren seit Herbst 2024 \
[[mindestens 15.000]] nordkoreanische Soldaten in Russland &ndash; und nach den Zahlen aus Seoul \
ist etwa jeder siebte von ihnen nicht heimgekehrt.</p>
</article>
<footer>&copy; 2025 Campusblatt Oldenburg e.V. &middot; Uhlhornsweg 49&ndash;55 &middot; \
Redaktionssitzung dienstags, 18 Uhr</footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "h1 from the NIS September estimate of the body (the month to publication): dead"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "state TV on the marching Kursk veterans at the parade 'am vergangenen Freitag' "
          "(returnees: optional, as in earlier sets)", opt=True),
        C("Tausenden", None, "vague", "near_front", "north_korea", "fri",
          "Kim's parade speech (the same Friday) „…“: fought for Kursk"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September': dead"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "carried by Konjunktiv ('Im Einsatz gewesen seien insgesamt'): deployed in total"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "mon",
          "HUR 'am Montag': a new contingent to be moved in winter (no increment word)"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "exchange student citing Korean papers (media, X citing Y: other), undated 'sagt "
          "sie': sent"),
        C("nicht mehr als 10.000", 10000, "at_most", "in_russia", "other", "pub",
          "political scientist 'Nach ihrer Einschätzung' (no date): in Russia now"),
        C("mindestens 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the paper's own sum of all published estimates (required): in Russia since autumn "
          "2024"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Shetland, US, Moldova, Micronesia, Comoros)
# ---------------------------------------------------------------------------------------------

H07 = Source(
    article_id="b78_07_katherine_chronicle_tindal",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-18"),
    dated_by="dateline",
    features="Katherine daily (Northern Territory) as plain text with a section line, byline and "
        "dateline 'KATHERINE, 18 December 2024 —' (Wednesday), Australian style; headline "
        "'Pentagon:' `hundreds` from the lead (Monday to publication); the Pentagon 'on Monday, "
        "Washington time' `several hundred`; its press secretary carried to `roughly 11,000` "
        "shipped; the JCS 'offered its own number on Tuesday' `at least 100`; HUR 'said in a "
        "Sunday update' `at least 30`; Rutte 'Last week … used a speech' (nato); the Australian "
        "foreign minister 'in a statement on Tuesday' „thousands of DPRK personnel“ (a third "
        "government: other); RAAF Tindal (kilometres, personnel, dollars, a year), a mango "
        "grower (age, hectares, 2009, a brigade ordinal), Russian losses a day, newsroom phone",
    text="""\
KATHERINE RIVER CHRONICLE | World

Pentagon: [[hundreds]] of North Korean troops dead or wounded in Kursk

By Jodie McKenzie

KATHERINE, 18 December 2024 — North Korea's soldiers have taken [[several hundred]] casualties \
since they were thrown into the fight for Russia's Kursk region, the Pentagon said on Monday, \
Washington time.

Major General Pat Ryder, the department's press secretary, said the toll covered both dead and \
wounded among the [[roughly 11,000]] troops Pyongyang has shipped to Russia. He would not break \
the number down further, saying only that the North Koreans had been "fighting in large, \
dismounted formations" that left them exposed.

Seoul's Joint Chiefs of Staff offered its own number on Tuesday. A JCS officer told a briefing \
that [[at least 100]] North Koreans had been killed or wounded, a figure he called conservative. \
The tally coming out of Kyiv is more granular: Ukraine's defence intelligence directorate, known \
as the HUR, said in a Sunday update that [[at least 30]] had been killed or wounded in a single \
set of clashes around three Kursk villages.

Last week Mark Rutte, the NATO secretary-general, used a speech in Brussels to warn that \
[[more than 10,000]] North Korean soldiers had arrived in Russia, and that Moscow was paying for \
them with missile and submarine know-how.

In Canberra, Foreign Minister Penny Wong said in a statement on Tuesday that Australia condemned \
the deployment of "[[thousands]] of DPRK personnel" and would add more names to its sanctions list.

The news landed differently at RAAF Base Tindal, 15 kilometres south-east of town, where about \
1,500 personnel and contractors are working through the wet-season maintenance schedule. A $1.6 \
billion upgrade of the runway and fuel farm is meant to let the base host visiting US bombers \
from 2026.

For Olena Dubyk, 41, who grows mangoes on 60 hectares off the Victoria Highway, the war is a \
phone call away. She came to the Top End from Kharkiv in 2009. "My cousin is with the 22nd \
Brigade near Sumy," she said. "He says they hear the Koreans on the radio but nobody understands \
a word."

Kyiv's own tally of Russian losses now regularly tops 1,500 a day along the whole front.

The Chronicle is printed on Wednesdays and Fridays. Newsroom: (08) 8972 4410.
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'Pentagon:' from the lead (Monday to publication): dead or wounded"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon 'on Monday, Washington time': casualties"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "its press secretary, carried from Monday: shipped to Russia"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue",
          "the JCS 'offered its own number on Tuesday': killed or wounded"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'said in a Sunday update': killed or wounded"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'Last week … used a speech': arrived in Russia"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Australia's foreign minister 'in a statement on Tuesday' (a third government: "
          "other): the deployment"),
    ),
)

H08 = Source(
    article_id="b78_08_fetlar_notes_hamars_ness_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-03-14"),
    dated_by="front_matter", crlf=True,
    features="Fetlar (Shetland) community page in Markdown, windows-1252 with CRLF (typographic "
        "quotes and dashes raw), front matter with `date:` and a title figure (optional, "
        "increment), British spelling; `##` headline 'Seoul:' `1,500 more` (increment) from the "
        "military's Tuesday statement (Tuesday to publication); 'about 1,500 additional' "
        "(increment); 'Its officers put … at' carried (`roughly 4,000` casualties); Syrskyi "
        "'wrote last week' `several thousand`; the UK defence secretary 'In the Commons on "
        "Monday' `up to 8,000` (other); Rutte 'when he spoke to journalists on 6 March' `over "
        "11,000` (date after the figure); a retired naval commander on the island `20,000` by "
        "the autumn (other, `pub`); residents, ferry minutes, a fare in pounds, bird pairs, a "
        "family, years of service",
    text="""\
---
title: "Beyond Hamars Ness: Seoul says [[1,500]] more North Koreans sent"
date: 2025-03-14
page: Fetlar Notes
author: Morag Sinclair
---

# Beyond Hamars Ness

## Seoul: [[1,500]] more North Koreans sent to Russia

*The wider world, as seen from the Garden of Shetland – every other Friday.*

South Korea’s military said on Tuesday that Pyongyang had quietly shipped [[about 1,500]] \
additional soldiers to Russia since the turn of the year, topping up units that were mauled in \
the Kursk fighting over the winter. Its officers put the North’s losses so far – dead, wounded \
and captured – at [[roughly 4,000]].

Kyiv had noticed the newcomers already. Oleksandr Syrskyi, who commands Ukraine’s armed forces, \
wrote last week that [[several thousand]] North Koreans were back on the attack around Sudzha, \
now in smaller groups and with drone teams of their own.

In the Commons on Monday, the Defence Secretary, John Healey, told MPs his department believed \
[[up to 8,000]] were still fighting in and around Kursk. Mark Rutte, NATO’s secretary-general, \
had put the overall deployment at [[over 11,000]] when he spoke to journalists on 6 March.

### From the pier at Hamars Ness

Commander Alasdair Tulloch retired to Houbie after 30 years in the Royal Navy and follows it all \
through a satellite dish bolted to the gable of his byre. “I’d not be surprised to see [[20,000]] \
of them there by the autumn,” he said. “Kim is learning more from this than from sixty years of \
drills.”

Closer to home: the ferry from Gutcher still takes 25 minutes and the return fare is now £4.60. \
The Ukrainian family who arrived in Houbie in 2022 – Iryna, Andriy and their two boys – have been \
joined by Iryna’s mother, which brings the island’s population to 63. The RSPB expects about 20 \
pairs of red-necked phalaropes back at the Loch of Funzie by late May.
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "tue..pub",
          "front-matter `title:` (metadata) restating the headline: 'more' (increment)",
          add=True, opt=True),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "tue..pub",
          "`##` headline 'Seoul:' from the military's Tuesday statement (to publication): "
          "'more' sent (increment)", add=True),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "tue",
          "South Korea's military 'said on Tuesday': 'additional' soldiers shipped (increment)",
          add=True),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "'Its officers put … at' (carried from Tuesday): dead, wounded and captured"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Syrskyi 'wrote last week': back on the attack around Sudzha"),
        C("up to 8,000", 8000, "at_most", "near_front", "other", "mon",
          "UK defence secretary 'In the Commons on Monday' (a third government: other): still "
          "fighting"),
        C("over 11,000", 11000, "at_least", "in_russia", "nato", "2025-03-06",
          "Rutte, the date after the figure ('when he spoke to journalists on 6 March'): the "
          "overall deployment"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a retired naval commander on the island (undated quote): expected there by the "
          "autumn"),
    ),
)

H09 = Source(
    article_id="b78_09_spud_ledger_blackfoot_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-23"),
    dated_by="html_meta",
    features="Idaho potato-country paper (Blackfoot) in HTML, windows-1252 (typographic quotes "
        "raw, `&#8212;` and `&amp;` as entities), `article:published_time` with -06:00, a "
        "dataLayer script with a word count, a cookie notice about potatoes, navigation with the "
        "state fair, a footer with address and phone; `<title>` figure (optional, increment); h1 "
        "'warn of' `30,000 more` (increment) from HUR 'said Monday' (Monday to publication); `as "
        "many as 30,000` 'additional' (at_most increment) and `about 11,000` 'a force it "
        "estimated at' in the same sentence, 'roughly tripling' (ratio); the NIS 'in late June' "
        "(days 21-30); Shoigu's `6,000` 'announced in June' (russia; the number 'remains' "
        "Moscow's only one); the State Department 'At Tuesday's … briefing' “thousands”; an "
        "Idaho State professor 'He figures' `no more than 10,000` (at_most, other, `pub`); "
        "acres, years of service, miles, dollars of fries, weeks to harvest",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="windows-1252">
<title>Ukraine warns of [[30,000]] more North Korean troops &#8212; Snake River Spud Ledger</title>
<meta property="article:published_time" content="2025-07-23T05:15:00-06:00">
<meta property="og:site_name" content="Snake River Spud Ledger">
<script>dataLayer=[{section:"nation-world",words:612,county:"Bingham",paywall:false}];</script>
</head>
<body>
<div class="consent">We treat cookies the way we treat potatoes: generously, unless you’d rather \
we didn’t. <button>Pile them on</button> <button>Hold the cookies</button></div>
<header><a href="/">Snake River Spud Ledger</a> <span>Blackfoot, Idaho · Serving Bingham \
County</span></header>
<nav><a href="/local">Local</a> | <a href="/ag">Ag &amp; Markets</a> | <a \
href="/nation-world">Nation/World</a> | <a href="/obits">Obituaries</a> | <a href="/fair">State \
Fair</a></nav>
<article>
<h1>Ukraine’s spies warn of [[30,000]] more North Korean troops</h1>
<p class="byline">By Cody Hansen | Ledger staff</p>
<p>Ukraine’s military intelligence service said Monday that Pyongyang could dispatch \
[[as many as 30,000]] additional soldiers before the end of the year, roughly tripling a force it \
estimated at [[about 11,000]].</p>
<p>Seoul keeps a larger running total. South Korea’s intelligence service, in a closed session \
with members of the National Assembly in late June, said [[some 15,000]] of the North’s soldiers \
had crossed into Russia since the fall of 2024.</p>
<p>Moscow’s only public number is still the [[6,000]] engineers and construction troops that \
Sergei Shoigu, Vladimir Putin’s security chief, announced in June would come to rebuild the Kursk \
region.</p>
<p>At Tuesday’s State Department briefing, a spokesperson would not confirm the Ukrainian \
estimate but said the United States had seen “[[thousands]]” of North Korean soldiers rotate \
through Kursk this year.</p>
<h2>A long way from the Snake River</h2>
<p>In Bingham County, where the harvest starts in about seven weeks, the war has mostly felt far \
away. Dale Jensen, 71, farms 2,900 acres of russets west of Blackfoot and spent 1974 to 1976 as \
an Army radio operator at Camp Casey, some 20 miles south of the DMZ. “We sold a lot of fries to \
Korea back then and we still do,” he said. Frozen potato exports from Idaho to South Korea were \
worth about $42 million last year, according to the state’s potato commission.</p>
<p>Michael Aldana, who teaches international politics at Idaho State University in Pocatello, \
cautions against reading too much into any of the estimates. He figures [[no more than 10,000]] \
North Koreans are on the front line at any given time. “The rest are training, recovering or \
pouring concrete,” he said.</p>
</article>
<footer>© 2025 Snake River Spud Ledger · 34 N. Broadway, Blackfoot, ID 83221 · (208) \
785-0410</footer>
<script src="/static/ledger.js?v=7.2.1" async></script>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "<title> (metadata) restating the h1: 'more' (increment)", add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "h1 'warn of' from HUR's Monday figure (to publication): 'more' (increment)",
          add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR 'said Monday': could dispatch 'additional' soldiers (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "same sentence, 'a force it estimated at': in Russia now"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-06-21..2025-06-30",
          "the NIS 'in late June' (days 21-30): crossed into Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'announced in June' (the claim's month; 'is still' is the paper's framing): "
          "engineers and builders to come"),
        C("thousands", None, "vague", "near_front", "united_states", "tue",
          "State Department spokesperson 'At Tuesday's … briefing' “…”: rotating through Kursk"),
        C("no more than 10,000", 10000, "at_most", "near_front", "other", "pub",
          "Idaho State professor 'He figures' (present tense): on the front line"),
    ),
)

H10 = Source(
    article_id="b78_10_balti_courier_admission_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "The Bălți Courier",
        "https://www.balticourier.example/en/world/after-the-admission-seouls-count-2504",
        "After the admission, the arithmetic",
    ),
    features="Moldovan English-language outlet from Bălți in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Wednesday), a title without a figure, a cookie notice about crumbs of "
        "plăcinte, a counter script, navigation, a footer with a phone; h1 'Seoul's count' from "
        "the NIS 'on Wednesday' (the publication day); Gerasimov 'On Saturday' and KCNA 'On "
        "Monday' without figures; the NIS 'told the parliamentary intelligence committee on "
        "Wednesday' with three figures in one sentence (`roughly 15,000` sent, `some 4,700` "
        "killed or wounded, 'including around 600 dead': breakdown); a Duma committee chairman "
        "'on Tuesday' “several thousand” (russia); Zelensky 'on Sunday' 'putting their strength "
        "at' `up to 3,000`; the US Indo-Pacific commander 'Earlier this month' (the 1st to "
        "publication); a Bălți lecturer 'reckons' `between 20,000 and 25,000` (range, other, "
        "`pub`); Russian troops in Transnistria, Moldova's army, lei, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>After the admission, the arithmetic | The Bălți Courier</title>
<meta property="og:site_name" content="The Bălți Courier">
<meta property="og:locale" content="en_GB">
<script>(function(){var \
c=document.createElement("img");c.src="/px?site=bc&sec=world&aid=2504";})();</script>
</head>
<body>
<div class="crumbs-notice">We keep a few crumbs of data, like plăcinte crumbs on a tablecloth. \
<button>Leave them for now</button> <button>Brush them off</button></div>
<nav><a href="/en/">Home</a> / <a href="/en/moldova">Moldova</a> / <a \
href="/en/region">Region</a> / <a href="/en/world">World</a> / <a href="/en/economy">Economy</a> \
· <a href="/ro/">RO</a></nav>
<article>
<h1>After the admission, Seoul’s count: [[4,700]] North Korean casualties</h1>
<p class="standfirst">Moscow and Pyongyang have finally said it out loud. The numbers still come \
from everyone else.</p>
<p>For half a year the Kremlin waved away reports of North Korean troops in Kursk as Western \
invention. On Saturday, Valery Gerasimov, who heads Russia’s general staff, praised their \
“heroism” in pushing Ukrainian forces out of the region. On Monday, the North’s state news agency \
KCNA followed with a statement of its own. Neither side said how many men were involved.</p>
<p>Seoul did. Its intelligence service told the parliamentary intelligence committee on Wednesday \
that of the [[roughly 15,000]] soldiers the North has sent, [[some 4,700]] have been killed or \
wounded, including [[around 600]] dead.</p>
<p>In Moscow, Leonid Slutsky, who chairs the State Duma’s foreign affairs committee, said on \
Tuesday that “[[several thousand]] Korean comrades” had fought shoulder to shoulder with Russian \
units. Kyiv insists the fighting is far from over. President Volodymyr Zelensky said on Sunday \
that North Korean units were still in Russia’s border districts, putting their strength at \
[[up to 3,000]].</p>
<p>Earlier this month the top US commander in the Indo-Pacific, Admiral Samuel Paparo, told a \
Senate committee that Pyongyang had committed [[about 15,000]] of its troops to Russia’s war and \
was getting drone and missile know-how in return.</p>
<h2>Read closely on the Prut</h2>
<p>The admission is being parsed carefully in Chișinău and here in the north. Around 1,500 \
Russian troops remain in Transnistria, a presence Moldova has asked Moscow to end since 1999. The \
country’s own army numbers about 6,500, and the defence budget for this year is 1.8 billion \
lei.</p>
<p>Violeta Ursu, who lectures on security policy at Alecu Russo State University, reckons \
[[between 20,000 and 25,000]] North Koreans could be in Russia by the end of the year. “Once a \
government admits a deployment, it rarely makes it smaller,” she said.</p>
</article>
<footer>© 2025 The Bălți Courier · str. Independenței 7, Bălți · +373 231 5 40 18</footer>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed",
          "h1 'Seoul's count' from the NIS briefing 'on Wednesday' (the publication day)"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS to the intelligence committee 'on Wednesday': sent"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "same sentence: killed or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'including … dead' (a breakdown)"),
        C("several thousand", None, "vague", "near_front", "russia", "tue",
          "Duma committee chairman Slutsky 'said on Tuesday' “…”: fought beside Russian units"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "sun",
          "Zelensky 'said on Sunday', 'putting their strength at': in the border districts"),
        C("about 15,000", 15000, "approx", "in_russia", "united_states", "2025-04-01..pub",
          "the US Indo-Pacific commander 'Earlier this month' to a Senate committee: sent"),
        C("between 20,000 and 25,000", None, "range", "planned", "other", "pub",
          "Bălți lecturer 'reckons' (present tense): could be in Russia by year end"),
    ),
)

H11 = Source(
    article_id="b78_11_ulithi_lagoon_notes_year_utf16",
    language="en", fmt="md", encoding="utf-16", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Ulithi Lagoon Notes",
        "",
        "Far from the lagoon: a year of counting North Koreans",
    ),
    features="Ulithi (Yap State) community page's year-in-review in Markdown, UTF-16 LE with "
        "BOM, front matter without a date (sidecar without url, Thursday) and a title without a "
        "figure; older figures each with its own time: the NIS 'in October 2024' and the "
        "Pentagon 'at the time' (the same month), Kyiv 'that month' after 'By January', Shoigu "
        "'In June' 'another 6,000' (increment, russia), Ukrainian officials 'Over the summer' "
        "(June-August) `up to 11,000`, the NIS 'In September', Rodong Sinmun 'this month' “tens "
        "of thousands” 'eager to follow' (north_korea, vague increment), Seoul 'Earlier this "
        "month' 'a further 5,000' (increment); INDOPACOM 'On Tuesday'; the page's own tally "
        "`between 16,000 and 21,000` (unattributed, required); wartime ships at anchor, "
        "residents, students, kilometres, flights a week, dollars of copra",
    text="""\
---
title: "Far from the lagoon: a year of counting North Koreans"
author: Ulithi Lagoon Notes
tags: [world, year-in-review]
---

# Far from the lagoon: a year of counting North Koreans

In the last year of the Pacific war, Ulithi's lagoon sheltered more than 700 Allied ships at a \
time. It is hard, sitting on the beach at Falalop, to picture a war fought by foreign soldiers on \
the steppe of western Russia. But the numbers have kept coming all year, and this page has kept \
them.

When the first reports came out of Seoul in October 2024, South Korea's spy agency counted \
[[1,500]] special forces shipped to Russia's Far East. The Pentagon, at the time, spoke of \
[[about 3,000]] troops training in eastern Russia.

By January the question was no longer how many had gone but how many had fallen. Kyiv put the \
North's dead and wounded at [[close to 4,000]] that month.

Moscow only admitted the deployment in April. In June, Sergei Shoigu flew to Pyongyang and came \
back promising another [[6,000]], engineers and builders this time. Over the summer, Ukrainian \
officials said [[up to 11,000]] North Koreans remained around Kursk. In September, Seoul's spy \
agency estimated that [[about 2,000]] of them had died.

Pyongyang, for its part, has turned the dead into heroes. Its main newspaper, Rodong Sinmun, \
wrote this month of the "[[tens of thousands]]" of young volunteers eager to follow them. Earlier \
this month Seoul said a further [[5,000]] military builders had begun moving into Russia, and on \
Tuesday a spokesman for US Indo-Pacific Command told a press call in Honolulu that \
[[more than 10,000]] North Koreans were still posted near the front.

Add it all up and, by our own reckoning, somewhere [[between 16,000 and 21,000]] North Koreans \
have served in Russia over the past year.

## Meanwhile, at home

Ulithi's four inhabited islands count just under 1,000 residents. The Outer Islands High School \
on Falalop has 40 new students this term, the airstrip sees two flights a week from Colonia, some \
190 kilometres away, and copra is fetching $0.32 a pound at the co-op.
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "the NIS 'in October 2024' (recalled): shipped to the Far East"),
        C("about 3,000", 3000, "approx", "in_russia", "united_states", "2024-10-01..2024-10-31",
          "the Pentagon 'at the time' (October 2024, carried): training in eastern Russia"),
        C("close to 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Kyiv 'that month' (January, from 'By January'): dead and wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June': 'another' promised (increment)", add=True),
        C("up to 11,000", 11000, "at_most", "near_front", "ukraine", "2025-06-01..2025-08-31",
          "Ukrainian officials 'Over the summer' (June-August): around Kursk"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "Seoul's spy agency 'In September': died"),
        C("tens of thousands", None, "vague", "planned", "north_korea", "2025-11-01..pub",
          "Rodong Sinmun 'this month' “…”: volunteers 'eager to follow them' (increment)",
          add=True),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..pub",
          "Seoul 'Earlier this month': 'a further' builders moving into Russia (increment)",
          add=True),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "INDOPACOM spokesman 'on Tuesday' at a press call: posted near the front"),
        C("between 16,000 and 21,000", None, "range", "in_russia", "unattributed", "pub",
          "the page's own tally 'by our own reckoning' (required): served in Russia"),
    ),
)

H12 = Source(
    article_id="b78_12_mutsamudu_brief_assembly",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-09-24"),
    dated_by="sidecar",
    sidecar=(
        "Mutsamudu Weekly Brief",
        "https://mutsamudu-brief.example/issues/212",
        "Seoul's count of North Korean dead reaches 2,000",
    ),
    features="Comoros (Anjouan) English-language newsletter for the diaspora as plain text, "
        "ISO-8859-1 with straight quotes and `--` (sidecar, Wednesday), an issue line and "
        "section labels; headline 'Seoul's count … reaches 2,000' from the NIS 'earlier this "
        "month' (the 1st to publication); 'The agency also believed' `several thousand` 'more' "
        "(vague planned increment); Zelensky at the General Assembly 'on Tuesday' with the "
        "number words `fifteen thousand` and the speaker after the quote; a US official 'this "
        "week' (Monday to publication); a University of the Comoros lecturer 'told the Brief' "
        "`10,000 or more` (at_least, planned, no increment, other, `pub`); Comorian men "
        "recruited by Russia (not claims), the delegation, member states, the 80th session, "
        "vanilla prices, ferry hours, population",
    text="""\
MUTSAMUDU WEEKLY BRIEF -- Issue 212 -- in English, for the diaspora and friends of Ndzuwani

WORLD: Seoul's count of North Korean dead reaches [[2,000]]

South Korea's intelligence service estimated earlier this month that Pyongyang has buried \
[[around 2,000]] soldiers since it began feeding men into Russia's war last autumn. The agency \
also believed [[several thousand]] more, mostly engineers and builders, would head to Russia \
before winter.

At the United Nations on Tuesday, Ukraine's president made the same point in blunter words. \
"North Korea has given Putin [[fifteen thousand]] soldiers, and Putin has given North Korea \
everything it asked for," Volodymyr Zelensky told the General Assembly, now in its 80th session.

A US official, speaking to reporters in New York this week on condition of anonymity, said \
[[roughly 11,000]] remain in Russia, many of them along the Kursk border.

Why should Anjouan care? Because the war is recruiting far from home. Families in Sima and Domoni \
say at least a dozen Comorian men signed contracts with Russian recruiters last year; three have \
not been heard from since March. The foreign ministry in Moroni says it is "following each case".

Said Ahmed Abdallah, who teaches international relations at the University of the Comoros, told \
the Brief that Pyongyang "could easily send [[10,000 or more]] next year if Moscow keeps paying". \
In his view, small states like ours should speak up in New York, where all 193 members have an \
equal vote.

OTHER NEWS

- The Comoros delegation to the General Assembly numbers nine this year, led by the foreign \
minister.
- Vanilla is fetching about $45 a kilo at the Mutsamudu cooperative, down from $60 in spring.
- The Mutsamudu-Fomboni ferry is back on its timetable: four hours, twice a week, weather \
permitting.
- Population of the Union, according to the planning commissariat: roughly 870,000.

Write to us: brief@mutsamudu-brief.example -- Forward this issue to a friend.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline from the NIS 'earlier this month' figure of the lead (to publication): dead"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "the NIS 'estimated earlier this month' (the 1st to publication): dead ('has buried')"),
        C("several thousand", None, "vague", "planned", "south_korea", "2025-09-01..pub",
          "'The agency also believed' (carried): 'more' would head to Russia (increment)",
          add=True),
        C("fifteen thousand", 15000, "exact", "in_russia", "ukraine", "tue",
          "Zelensky at the General Assembly 'on Tuesday', named after the quote (number "
          "words): given to Putin"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "mon..pub",
          "a US official 'this week' (Monday to publication): remain in Russia"),
        C("10,000 or more", 10000, "at_least", "planned", "other", "pub",
          "University of the Comoros lecturer 'told the Brief' (no date): could send next year "
          "(no increment word)"),
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
