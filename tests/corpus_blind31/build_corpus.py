"""Build the THIRTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A thirty-third corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Lüneburg paper with a
Leuphana lecturer, a Saarland radio station's website with a retired colonel from St. Ingbert, a
Carinthian daily with a retired diplomat from Villach (Austrian conventions), a Winterthur paper
with a ZHAW lecturer (Swiss conventions), a German economics monthly's politics page on what the
deployment earns Pyongyang and a German Catholic diocesan weekly on a Korean mission's prayer for
the dead; an Indian business daily on defence stocks, a Shetland weekly, a Maine paper with a
Bowdoin scholar, an Estonian business outlet at a defence-tech conference, a Cebu radio station's
website and a Nigerian business paper. Same file format, marker syntax and labelling conventions
as the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind31_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="b31_01_lueneburg_leuphana_vortrag",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-14"),
    dated_by="sidecar",
    sidecar=(
        "Lüneburger Abendpost",
        "https://www.lueneburger-abendpost.example/lokales/leuphana-nordkorea-vortrag-118204",
        "Kiew: 11.000 Nordkoreaner an der Kursk-Front",
    ),
    features="Lüneburg paper as plain text (sidecar, Thursday): headline 'Kiew:' from HUR "
        "'am Mittwoch' (Wednesday to publication); HUR's figure, the source after it; Blinken "
        "'am selben Tag' in Brussels; Zelensky 'am 4. November' (an older figure recalled); the "
        "NIS via lawmakers 'vergangene Woche' in Konjunktiv over three sentences ('bis zu "
        "15.000': planned total, not an increment; 'knapp 3.000' moved toward the front); a "
        "Leuphana lecturer's talk 'am Dienstagabend' ('mehrere tausend' hinterherschicken: "
        "vague increment, other); refugees in the district, lecture hall, ages, euros, phone",
    text="""\
Kiew: [[11.000]] Nordkoreaner an der Kursk-Front

Ein Leuphana-Dozent erklärt, warum Pjöngjang Soldaten für Putin stellt – und warum es nicht \
dabei bleiben dürfte

Von Henrike Wolters

Lüneburg. Die Eilmeldung kam am Mittwochnachmittag: Nordkoreanische Soldaten sind nach Angaben \
aus Kiew inzwischen vollständig an die Front im russischen Gebiet Kursk verlegt worden. \
[[Rund 11.000]] Mann stünden dort bereit, ein Teil davon sei bereits in Gefechte mit \
ukrainischen Einheiten verwickelt. So teilte es am Mittwoch der ukrainische Militärgeheimdienst \
HUR mit.

Washington sieht das ähnlich. US-Außenminister Antony Blinken sprach am selben Tag nach einem \
Treffen mit Nato-Partnern in Brüssel von „[[mehr als 10.000]]“ Nordkoreanern im Gebiet Kursk, \
die inzwischen an Kampfhandlungen teilnähmen. Präsident Wolodymyr Selenskyj hatte bereits am \
4. November in seiner abendlichen Videoansprache von [[11.000]] nordkoreanischen Soldaten in der \
Region gesprochen.

Seoul rechnet mit weiterem Zulauf. Südkoreas Geheimdienst NIS informierte vergangene Woche \
Abgeordnete in einer nicht-öffentlichen Sitzung. Demnach seien [[knapp 3.000]] der Nordkoreaner \
schon Ende Oktober in Richtung Front gebracht worden. Pjöngjang könne das Kontingent bis zum \
Jahresende auf [[bis zu 15.000]] Soldaten ausbauen. Die Männer erhielten russische Uniformen und \
Papiere, die sie als Bewohner Sibiriens auswiesen.

„Kim verkauft Soldaten wie Granaten“

Genau dazu sprach am Dienstagabend Dr. Jonas Behrens, der an der Leuphana Universität \
internationale Politik lehrt, vor gut 120 Zuhörerinnen und Zuhörern im Hörsaal 5 am Campus \
Universitätsallee. „Kim Jong Un verkauft Soldaten wie vorher Granaten“, sagte der 44-Jährige. \
Pjöngjang bekomme dafür Devisen, Öl und womöglich Raketentechnik. Er halte es für sehr \
wahrscheinlich, dass Nordkorea im Winter noch [[mehrere tausend]] Mann hinterherschicke, sagte \
Behrens.

Unter den Zuhörern saß auch Oksana Melnyk. Die 52-Jährige ist 2022 mit ihren beiden Töchtern \
aus Tschernihiw nach Lüneburg geflohen; ihr Sohn dient in einer Drohneneinheit im Osten. „Jetzt \
kämpfen also auch noch Nordkoreaner gegen unsere Jungs“, meinte sie hinterher. Der Landkreis \
zählt nach Auskunft der Kreisverwaltung derzeit rund 1.900 Geflüchtete aus der Ukraine.

Der Verein „Lüneburg hilft Ukraine“ sammelt für Generatoren und Schlafsäcke; bislang kamen \
etwa 8.400 Euro zusammen. Spenden nimmt die Geschäftsstelle Am Sande unter 04131 77 25 90 \
entgegen. Der nächste Vortrag der Reihe folgt am 28. November.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "wed..pub",
          "headline 'Kiew:': HUR's Wednesday figure of the body to publication"),
        C("Rund 11.000", 11000, "approx", "near_front", "ukraine", "wed",
          "HUR: source named after the figure ('So teilte es am Mittwoch … mit'): in Kursk"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "wed",
          "Blinken 'am selben Tag' (Wednesday) in „…“: in Kursk, in combat"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Zelensky 'bereits am 4. November': in the region"),
        C("knapp 3.000", 3000, "approx", "near_front", "south_korea", "lastweek",
          "NIS via lawmakers 'vergangene Woche', 'Demnach' + Konjunktiv: moved toward the front"),
        C("bis zu 15.000", 15000, "at_most", "planned", "south_korea", "lastweek",
          "same briefing: could expand the contingent to (a planned total, not an increment)"),
        C("mehrere tausend", None, "vague", "planned", "other", "tue",
          "Leuphana lecturer's talk 'am Dienstagabend', reported speech: 'hinterherschicke' "
          "(increment)", add=True),
    ),
)

G02 = Source(
    article_id="b31_02_saarwelle_gefangene_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-16"),
    dated_by="html_meta", crlf=True,
    features="Saarland radio station's website in HTML, windows-1252 with CRLF (raw „“ and ·, "
        "`article:published_time` with +01:00, a byline time, an audio-player script, a "
        "consent box, navigation, a footer with a frequency and phone); `<title>` figure "
        "(optional); teaser 'beziffern' from the SSO figure of the body (Wednesday to "
        "publication); Zelensky 'am Samstag' `zwei` captured (number word); the NIS 'am Montag' "
        "`mindestens 3.000`; Blinken 'am 6. Januar in Seoul' (two figures, `Hunderte`); a "
        "retired colonel from St. Ingbert in Konjunktiv ('meint er', other, `pub`): a range "
        "'als Ersatz' (increment); refugees in Saarland, ages, euros, FM frequency",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Kiew: [[4.000]] Nordkoreaner tot oder verwundet · Saarwelle</title>
<meta property="article:published_time" content="2025-01-16T17:25:00+01:00">
<meta property="og:site_name" content="Saarwelle">
<script>var swPlayer={stream:"saarwelle-live",autoplay:false,bitrate:128};</script>
</head>
<body>
<div id="consent">Wir nutzen Cookies für Reichweitenmessung und den Audioplayer. \
<a href="/datenschutz">Details</a> <button>Zustimmen</button> <button>Nein danke</button></div>
<nav><a href="/">Home</a> · <a href="/nachrichten">Nachrichten</a> · <a \
href="/saarland">Saarland</a> · <a href="/welt">Welt</a> · <a href="/podcast">Podcasts</a></nav>
<main>
<h1>Gefangene aus Nordkorea: Kiew will tauschen</h1>
<p class="teaser">Die Ukraine präsentiert zwei verletzte Soldaten aus Nordkorea. Kiews \
Spezialkräfte beziffern die Verluste der nordkoreanischen Truppe inzwischen auf \
[[rund 4.000]]. Ein Oberst a. D. aus St. Ingbert ordnet ein.</p>
<p class="meta">Von Katrin Hoffmann · 16.01.2025 · 17:25 Uhr</p>
<p>Präsident Wolodymyr Selenskyj hatte am Samstag Fotos veröffentlicht: Ukrainische Einheiten \
hätten im Gebiet Kursk [[zwei]] Soldaten aus Nordkorea gefangen genommen, beide verletzt. Der \
eine ist 20 Jahre alt, der andere 26. Kiew sei bereit, die Männer gegen ukrainische \
Kriegsgefangene in Russland auszutauschen, so Selenskyj.</p>
<p>Wie teuer der Einsatz für Pjöngjang bisher ist, darüber gehen die Zahlen auseinander. Nach \
Angaben der ukrainischen Spezialkräfte SSO vom Mittwoch wurden seit Oktober [[etwa 4.000]] \
Nordkoreaner getötet oder verwundet. Südkoreas Geheimdienst NIS sprach am Montag von \
[[mindestens 3.000]] Toten und Verletzten.</p>
<p>US-Außenminister Antony Blinken hatte schon am 6. Januar bei seinem letzten Besuch in Seoul \
gewarnt. Nordkorea habe „[[mehr als 11.000]]“ Soldaten nach Russland geschickt, sagte er, und \
„[[Hunderte]]“ von ihnen seien bereits gefallen.</p>
<h2>„Die Verluste wird Kim ersetzen“</h2>
<p>Für Rainer Schmeer ist klar, dass es dabei nicht bleibt. Der Oberst a. D. aus St. Ingbert \
war bis 2019 im Nato-Hauptquartier in Brüssel für Logistik zuständig. Pjöngjang werde die \
Ausfälle mit [[3.000 bis 4.000]] frischen Soldaten als Ersatz ausgleichen, meint er. „Kim hat \
Menschen genug, und Moskau zahlt.“</p>
<p>Im Saarland leben nach Zahlen des Innenministeriums rund 13.500 Menschen aus der Ukraine. \
Viele verfolgen die Nachrichten von der Front täglich.</p>
</main>
<aside><p>Das Gespräch mit Rainer Schmeer hören Sie am Freitag ab 7.10 Uhr auf UKW 101,7.</p>\
</aside>
<footer>© 2025 Saarwelle Hörfunk GmbH · Hörerservice 0681 940 50 50 · \
<a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "ukraine", "wed..pub",
          "<title> (metadata) restating the SSO figure", opt=True),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "wed..pub",
          "teaser 'Kiews Spezialkräfte beziffern': the SSO figure of the body (Wednesday) to "
          "publication"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "number word: Zelensky 'hatte am Samstag': captured"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "wed",
          "'Nach Angaben der … SSO vom Mittwoch': killed or wounded"),
        C("mindestens 3.000", 3000, "at_least", "casualties", "south_korea", "mon",
          "NIS 'am Montag': dead and wounded"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "2025-01-06",
          "Blinken 'am 6. Januar' in Seoul, quote + 'sagte er': sent to Russia"),
        C("Hunderte", None, "vague", "casualties", "united_states", "2025-01-06",
          "same statement: killed"),
        C("3.000 bis 4.000", None, "range", "planned", "other", "pub",
          "retired colonel, 'meint er' (present tense, no date): replacements 'als Ersatz' "
          "(increment)", add=True),
    ),
)

G03 = Source(
    article_id="b31_03_kaerntner_tagblatt_rueckkehr_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-26"),
    dated_by="front_matter", crlf=True,
    features="Carinthian daily in Markdown, ISO-8859-1 with CRLF (straight quotes, ' - '), front "
        "matter with `datum:` and `date:` (Wednesday) and a `titel:` figure (optional); "
        "'Jänner', 'Feber', 'heuer'; h1 'Seoul:' from the NIS figures of the body; three NIS "
        "figures in Konjunktiv with the source at the end of the paragraph ('So schilderte es "
        "… am Donnerstag vergangener Woche': an ISO date); 'mindestens 1.000' nachgeschickt "
        "(increment), 'rund 11.000' sent, 'etwa 3.000' casualties; the SSO spokesman 'am "
        "Montag' `einige hundert` back at the front; a Pentagon official quoted by a wire "
        "'Mitte Feber' (X citing Y: united_states) `höchstens 8.000`; a retired diplomat from "
        "Villach `an die 5.000` (approx, increment, `pub`); Bundesheer soldiers, euros, ages, "
        "distance, phone",
    text="""\
---
titel: "Seoul: [[Mindestens 1.000]] Nordkoreaner nachgeschickt"
datum: 26.02.2025
date: 2025-02-26
ressort: Politik
autor: Gernot Wieser
---

# Seoul: [[Mindestens 1.000]] Nordkoreaner nachgeschickt

**Nach einigen Wochen Pause kämpfen Pjöngjangs Soldaten offenbar wieder im russischen Gebiet \
Kursk. Ein Villacher, der jahrelang für Österreich in Peking Nordkorea beobachtet hat, rechnet \
mit mehr.**

Klagenfurt/Seoul. Nach einer Unterbrechung seien die nordkoreanischen Einheiten seit Anfang \
Feber wieder an der Front im Einsatz. Im Jänner und Feber habe Pjöngjang zudem \
[[mindestens 1.000]] Soldaten nach Russland nachgeschickt, damit seien seit dem Herbst \
[[rund 11.000]] Mann in Russland eingetroffen. Von ihnen seien [[etwa 3.000]] getötet oder \
verwundet worden. So schilderte es der südkoreanische Geheimdienst NIS am Donnerstag vergangener \
Woche einem Ausschuss des Parlaments in Seoul.

Aus Kiew kommen ähnliche Berichte. Der Sprecher der ukrainischen Spezialeinsatzkräfte, \
Oleksandr Kindratenko, sagte am Montag im Fernsehen, man habe "[[einige hundert]]" \
Nordkoreaner wieder an der Frontlinie bei Sudscha gesichtet. Sie gingen nun vorsichtiger vor als \
im Winter.

Die Amerikaner zeichnen ein nüchterneres Bild. Ein Vertreter des Pentagon sagte Mitte Feber \
laut der Nachrichtenagentur Reuters, im Gebiet Kursk seien derzeit [[höchstens 8.000]] \
Nordkoreaner einsatzfähig. Viele Verletzte würden in Lazaretten im Hinterland versorgt.

## "Kim braucht das Geld"

Herbert Ogris hat 14 Jahre lang an der österreichischen Botschaft in Peking gearbeitet, die auch \
für Nordkorea zuständig ist. Heute lebt der 67-Jährige wieder in Villach. "Kim braucht das Geld \
und die Technik aus Moskau, und die Soldaten lernen dort mehr als bei jedem Manöver", sagt Ogris. \
Er gehe davon aus, dass heuer noch [[an die 5.000]] nachkommen, vor allem Artilleristen und \
Pioniere.

Wie lange Russland die Hilfe brauche, hänge vom Kriegsverlauf ab. Ogris verweist auf die \
Geografie: Von Pjöngjang nach Kursk sind es rund 7.000 Kilometer, mit der Bahn eine Woche \
Fahrt.

In Kärnten sind derzeit etwa 170 Soldaten des Bundesheeres im Assistenzeinsatz an der Grenze. \
Für Vertriebene aus der Ukraine gibt das Land heuer rund 2,4 Millionen Euro aus; die \
Beratungsstelle in der Bahnhofstraße ist unter 0463 57 44 12 erreichbar.
""",
    claims=(
        C("Mindestens 1.000", 1000, "at_least", "in_russia", "south_korea", "2025-02-20..pub",
          "front-matter title (metadata) restating the h1 (increment)", add=True, opt=True),
        C("Mindestens 1.000", 1000, "at_least", "in_russia", "south_korea", "2025-02-20..pub",
          "h1 'Seoul: … nachgeschickt': the NIS figure of the body (Thursday of last week) to "
          "publication (increment)", add=True),
        C("mindestens 1.000", 1000, "at_least", "in_russia", "south_korea", "2025-02-20",
          "NIS in Konjunktiv, source at the end of the paragraph ('am Donnerstag vergangener "
          "Woche'): 'nachgeschickt' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-20",
          "same passage: arrived in Russia since autumn (a new total)"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-02-20",
          "same passage: killed or wounded"),
        C("einige hundert", None, "vague", "near_front", "ukraine", "mon",
          "SSO spokesman 'am Montag' in \"…\": back at the front line"),
        C("höchstens 8.000", 8000, "at_most", "near_front", "united_states",
          "2025-02-11..2025-02-20",
          "a Pentagon official 'Mitte Feber' via Reuters (X citing Y): fit for combat in Kursk"),
        C("an die 5.000", 5000, "approx", "planned", "other", "pub",
          "Villach ex-diplomat, 'Er gehe davon aus' after 'sagt Ogris' (no date; 'heuer' is "
          "the event): 'nachkommen' (increment)", add=True),
    ),
)

G04 = Source(
    article_id="b31_04_winterthur_eingestaendnis_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="Winterthur paper as plain text, UTF-16 LE with BOM and CRLF (Swiss: `15'000`, "
        "`10'000`, four-digit `4700`, «» and ‹›, 'ss', no ß), dated by the line 'Winterthur, "
        "30. April 2025' (Wednesday); headline 'Seoul zählt 4700' from the NIS 'am Mittwoch' "
        "(the publication day); 'Die Verluste beziffert er auf' (the NIS carried by a pronoun) "
        "and '600 der Männer' (a breakdown of the dead); Moscow's and KCNA's confirmations "
        "without figures; a State Department spokeswoman 'am Montag (Ortszeit)' «über 10'000» "
        "after the quote; HUR 'Laut' without a date; a ZHAW lecturer 'rechnet damit' "
        "«noch einmal Tausende» (vague increment, other, `pub`); export francs, course size, "
        "Swiss Korea veterans, temperature",
    text="""\
Pjöngjang gibt Einsatz zu – Seoul zählt [[4700]] Opfer

Nach Moskau bestätigt nun auch Nordkorea, dass seine Soldaten in Russland kämpfen. Eine \
ZHAW-Dozentin sieht darin eine Zäsur.

Winterthur, 30. April 2025

Monatelang hatten Moskau und Pjöngjang geschwiegen, jetzt sprechen sie offen über den Einsatz. \
Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow, nordkoreanische Soldaten \
hätten an der «Befreiung» des Gebiets Kursk mitgewirkt. Am Montag folgte Nordkorea: Die \
Staatsagentur KCNA meldete, Einheiten der Volksarmee hätten «auf Befehl» von Kim Jong Un ihre \
‹internationalistische Pflicht› erfüllt. Zahlen nannten beide Seiten nicht.

Die lieferte am Mittwoch Südkoreas Nachrichtendienst NIS. Insgesamt habe der Norden bisher \
[[rund 15'000]] Soldaten nach Russland geschickt, teilte der Dienst Abgeordneten in Seoul mit. \
Die Verluste beziffert er auf [[4700]] Tote und Verwundete; [[600]] der Männer seien ums Leben \
gekommen. Pjöngjang habe zudem Raketen und Artilleriegeschosse im Wert von mehreren Milliarden \
Dollar geliefert.

Washington reagierte zurückhaltend. «Wir haben von Anfang an gesagt, dass es [[über 10'000]] \
sind», sagte eine Sprecherin des US-Aussenministeriums am Montag (Ortszeit). Laut dem \
ukrainischen Militärgeheimdienst HUR stehen derzeit noch [[etwa 10'000]] Nordkoreaner in den \
Grenzgebieten Kursk und Belgorod.

Eine Hemmschwelle fällt

Für Mirjam Kälin ist das Eingeständnis mehr als eine Formsache. Die Dozentin an der School of \
Management and Law der ZHAW in Winterthur beobachtet seit Jahren die \
nordkoreanische Propaganda. «Wenn Pjöngjang den Einsatz feiert, statt ihn zu verstecken, ist der \
Weg frei für mehr», sagt sie. Kälin rechnet damit, dass Kim «noch einmal [[Tausende]]» nach \
Russland schicken wird, womöglich schon im Sommer.

Die Zahlen aus Seoul hält die Winterthurerin für plausibel. Verluste von fast einem Drittel der \
Truppe seien für eine Armee ohne Kriegserfahrung nicht überraschend. Nordkoreas Streitkräfte \
zählen insgesamt über eine Million Soldaten.

In ihrem Kurs zur Sicherheitspolitik Ostasiens sitzen dieses Semester 24 Studierende. Winterthurer \
Maschinenbauer exportieren jährlich Waren für rund 40 Millionen Franken nach Südkorea, Geschäfte \
mit dem Norden sind wegen der Sanktionen tabu. Einer der letzten Schweizer, die 1953 als \
Beobachter an die innerkoreanische Grenze gingen, lebt heute 95-jährig in Seuzach.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul zählt … Opfer': the NIS figure of the body (Wednesday = publication "
          "day)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' in Konjunktiv, 'teilte der Dienst … mit' after the figure: sent"),
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "'Die Verluste beziffert er auf' (the NIS by pronoun): dead and wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "'600 der Männer seien ums Leben gekommen': a breakdown of the dead, not an increment"),
        C("über 10'000", 10000, "at_least", "in_russia", "united_states", "mon",
          "quote first, State Department spokeswoman 'am Montag (Ortszeit)' after it"),
        C("etwa 10'000", 10000, "approx", "near_front", "ukraine", "pub",
          "'Laut dem … HUR' (present tense, no date): in the border regions"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "ZHAW lecturer 'rechnet damit' «noch einmal …» (no date; 'im Sommer' is the event): "
          "increment", add=True),
    ),
)

G05 = Source(
    article_id="b31_05_wirtschaftsmonat_devisen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-25"),
    dated_by="sidecar",
    features="German economics monthly's politics page in HTML, ISO-8859-1 (quotes and the euro "
        "sign only as entities `&bdquo;`/`&ldquo;`/`&euro;`, `&ndash;`, `&nbsp;`), no meta "
        "date (sidecar, Wednesday), issue line 'Ausgabe 7/2025', paywall box, a reading-time "
        "script; `<title>` figure (optional) and h1 'Was 15.000 … einbringen' from the NIS "
        "'Mitte Juni'; Shoigu 'am 17. Juni' in Pyongyang (two planned contingents, not "
        "increments); Budanov 'Anfang Juni' (in Kursk); the magazine's own reckoning 'Nach "
        "Berechnungen der Redaktion' (unattributed, `pub`, planned); a Hamburg Korea economist "
        "'Nach seiner Kenntnis' `mehrere tausend` builders 'hinzugekommen' (vague increment, "
        "other); pay in dollars, oil barrels, per cent, GDP, subscription price",
    sidecar=(
        "Markt & Macht",
        "https://www.markt-und-macht.example/politik/nordkorea-soldaten-devisen-russland",
        "Soldaten gegen Devisen: Was 15.000 Nordkoreaner Kim einbringen",
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Soldaten gegen Devisen: Was [[15.000]] Nordkoreaner Kim einbringen &ndash; Markt &amp; \
Macht</title>
<meta property="og:type" content="article">
<script>mmTrack("politik","lesezeit",6);</script>
</head>
<body>
<header><a href="/">Markt &amp; Macht</a> &middot; <a href="/maerkte">Märkte</a> &middot; <a \
href="/politik">Politik</a> &middot; <a href="/abo">Abo ab 9,90&nbsp;&euro;</a></header>
<article>
<p class="issue">Politik &middot; Ausgabe 7/2025</p>
<h1>Soldaten gegen Devisen: Was [[15.000]] Nordkoreaner Kim einbringen</h1>
<p class="lead">Moskau bezahlt Pjöngjangs Hilfe mit Öl, Dollar und Technik. Für das Regime ist \
der Krieg ein Geschäft &ndash; und es wird ausgebaut.</p>
<p>Der südkoreanische Geheimdienst hat Mitte Juni eine neue Bilanz vorgelegt. Danach sind seit \
vergangenem Herbst [[rund 15.000]] nordkoreanische Soldaten nach Russland verlegt worden. Pro \
Mann und Monat \
zahle Moskau nach Schätzungen zwischen 2.000 und 3.000 Dollar, von denen bei den Soldaten nur \
ein kleiner Teil ankomme.</p>
<p>Dazu kommen Sachleistungen. Russland hat dem Norden seit 2024 nach Angaben aus Seoul mehr als \
eine Million Barrel Öl geliefert, weit über der von den Vereinten Nationen gesetzten \
Obergrenze. Die Ausfuhren nach Russland machen inzwischen einen zweistelligen Prozentsatz der \
nordkoreanischen Wirtschaftsleistung aus.</p>
<h2>Schoigu bestellt nach</h2>
<p>Als der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, am 17. Juni in Pjöngjang \
landete, ging es ums nächste Kapitel. Kim Jong Un werde für den Wiederaufbau des Gebiets Kursk \
[[1.000]] Spezialisten für die Entminung und [[5.000]] Bausoldaten bereitstellen, verkündete \
Schoigu nach dem Treffen. Die Kampftruppen hatte Kiews Militärgeheimdienstchef Kyrylo Budanow \
Anfang Juni auf &bdquo;[[etwa 11.000]]&ldquo; im Grenzgebiet Kursk beziffert.</p>
<p>Nach Berechnungen der Redaktion würden damit, sobald die Bautrupps eintreffen, \
[[mehr als 20.000]] Nordkoreaner im Dienst der russischen Streitkräfte stehen. Für Pjöngjang \
bedeutet das Einnahmen in dreistelliger Millionenhöhe pro Jahr.</p>
<p>Der Hamburger Ökonom Lars Thießen, der seit zwei Jahrzehnten zur nordkoreanischen Wirtschaft \
forscht, hält diese Größenordnung für realistisch. Nach seiner Kenntnis sind zu den Kampftruppen \
schon jetzt [[mehrere tausend]] Bauarbeiter in Uniform hinzugekommen. &bdquo;Das Regime hat \
entdeckt, dass es Menschen exportieren kann wie Kohle&ldquo;, sagt Thießen.</p>
</article>
<div class="paywall">Weiterlesen mit M&amp;M Plus: 4 Wochen für 1&nbsp;&euro;, danach \
9,90&nbsp;&euro; im Monat.</div>
<footer>&copy; 2025 Markt &amp; Macht Verlag GmbH &middot; HRB 118 402 &middot; <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("15.000", 15000, "exact", "in_russia", "south_korea", "2025-06-11..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("15.000", 15000, "exact", "in_russia", "south_korea", "2025-06-11..pub",
          "h1: the NIS figure of the body ('Mitte Juni') to publication"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-06-11..2025-06-20",
          "NIS 'Mitte Juni' report, 'Danach': sent since autumn"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang: deminers to be provided (a planned contingent)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: builders in uniform (a planned contingent, not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "2025-06-01..2025-06-10",
          "Budanov 'Anfang Juni' in „…“: combat troops in the Kursk border area"),
        C("mehr als 20.000", 20000, "at_least", "planned", "unattributed", "pub",
          "'Nach Berechnungen der Redaktion' (the magazine's own reckoning): once the builders "
          "arrive"),
        C("mehrere tausend", None, "vague", "in_russia", "other", "pub",
          "Hamburg economist, 'Nach seiner Kenntnis' (no date): builders already "
          "'hinzugekommen' (increment)", add=True),
    ),
)

G06 = Source(
    article_id="b31_06_bistumsblatt_koreanische_mission_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-21"),
    dated_by="sidecar",
    features="German Catholic diocesan weekly in Markdown, UTF-8 with BOM, front matter without a "
        "date (sidecar, Sunday) with 'rubrik:' and 'bistum:' keys; headline without a figure; "
        "lead 'nach Schätzung Südkoreas' from the NIS briefing the body dates 'Anfang "
        "September' (window from its first day to publication); the NIS in Konjunktiv over "
        "three sentences ('hinzukommen': planned increment); Kim's speech 'am 22. August' "
        "«Tausenden» (north_korea, in combat); HUR 'im Sommer' (a season: June-August); a "
        "Korean priest's 'weit mehr als 2.000' in a quote (other, `pub`); parish members, Mass "
        "times, collection in euros, pilgrims",
    sidecar=(
        "Der Pilger – Wochenzeitung im Bistum",
        "https://www.der-pilger-bistum.example/weltkirche/koreaner-beten-fuer-gefallene",
        "Koreanische Gemeinde betet für Gefallene aus dem Norden",
    ),
    text="""\
---
title: "Ein Gebet für die, um die niemand trauern darf"
rubrik: Weltkirche
bistum: Limburg
autorin: Theresa Brückner
---

# Ein Gebet für die, um die niemand trauern darf

**Frankfurt.** [[Rund 2.000]] nordkoreanische Soldaten sind nach Schätzung Südkoreas im Krieg \
gegen die Ukraine gefallen. Die koreanische katholische Mission in Frankfurt schließt sie seit \
einigen Wochen in ihre Fürbitten ein – zusammen mit den ukrainischen Opfern.

Jeden Sonntag um 11.30 Uhr feiert die Gemeinde in der Kirche St. Antonius die Messe auf \
Koreanisch. Etwa 350 Gläubige gehören zur Mission, die meisten sind Krankenschwestern, Ingenieure \
oder Studierende und ihre Familien. „Viele hier haben Verwandte, die aus dem Norden stammen“, \
sagt Pater Andreas Kim Dong-hyun, der die Mission seit 2019 leitet.

## Zahlen aus Seoul

Der südkoreanische Geheimdienst hatte Anfang September vor Abgeordneten eine neue Bilanz \
gezogen. Von den [[etwa 13.000]] Männern, die der Norden seit Herbst 2024 nach Russland geschickt \
habe, seien [[etwa 2.000]] getötet worden. Bis zum Jahresende sollten [[rund 6.000]] Pioniere und \
Bauarbeiter hinzukommen, um das Gebiet Kursk zu räumen und wieder aufzubauen.

Pjöngjang selbst spricht inzwischen offen über den Einsatz. Machthaber Kim Jong Un ehrte am \
22. August bei einer Zeremonie in der Hauptstadt die Toten und sprach laut Staatsmedien von \
«[[Tausenden]] Helden», die in Kursk gekämpft hätten. Das Fernsehen zeigte, wie er vor Särgen \
niederkniete.

In Kiew hält man die Verluste für deutlich höher. Der ukrainische Militärgeheimdienst nannte im \
Sommer [[mehr als 4.000]] getötete und verwundete Nordkoreaner.

## „Sie hatten keine Wahl“

Pater Kim glaubt den Zahlen aus Seoul nur bedingt. „Ich fürchte, es sind \
[[weit mehr als 2.000]]“, sagt der 58-Jährige. „Diese jungen Männer hatten keine Wahl. Niemand \
zu Hause darf öffentlich um sie weinen.“ Für ihn ist das Gebet für die Gefallenen beider Seiten \
eine Selbstverständlichkeit: „Vor Gott sind sie keine Feinde.“

Papst Leo XIV. hat wiederholt zu Verhandlungen aufgerufen. Die Kollekte am vergangenen Sonntag \
erbrachte 1.240 Euro für die Caritas in Charkiw. Im Oktober fährt die Mission mit 46 Pilgern \
nach Rom.
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "lead 'nach Schätzung Südkoreas': the NIS briefing of the body ('Anfang September') to "
          "publication: killed"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September' before lawmakers, Konjunktiv: sent since autumn 2024"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "same passage: killed (a part of the 13,000, not an increment)"),
        C("rund 6.000", 6000, "approx", "planned", "south_korea", "2025-09-01..2025-09-10",
          "same passage: builders who 'sollten … hinzukommen' (increment)", add=True),
        C("Tausenden", None, "vague", "near_front", "north_korea", "2025-08-22",
          "Kim 'am 22. August' per state media, «…»: heroes who fought in Kursk"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "2025-06-01..2025-08-31",
          "HUR 'im Sommer' (a season): killed and wounded"),
        C("weit mehr als 2.000", 2000, "at_least", "casualties", "other", "pub",
          "the mission's priest in a quote, 'sagt' (no date)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (India, UK, US, Estonia, the Philippines, Nigeria)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="b31_07_commerce_standard_defence_stocks_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-03-28"),
    dated_by="html_meta",
    features="Indian business daily's markets page in HTML, UTF-8 with BOM (`<meta name="
        "\"date\">` with +05:30, a ticker bar with index points and per cent, a subscription "
        "banner, an ad script, footer with CIN and phone); `<title>` figure (optional); h1 "
        "'Seoul says 3,000 more' (increment, span without 'more') from the JCS 'on Thursday'; "
        "'around 3,000 additional' and 'brings the total … to about 14,000' (a new total); the "
        "US threat assessment 'released on Tuesday'; HUR 'on March 7'; Rutte 'in Warsaw on "
        "Wednesday' in \"…\" (nato, casualties); a Mumbai brokerage analyst 'tens of "
        "thousands' (vague, other, `pub`, planned); share prices, crore, rupees, per cent, "
        "KOSPI points",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul says [[3,000]] more North Korean troops sent to Russia; defence stocks climb | The \
Commerce Standard</title>
<meta name="date" content="2025-03-28T09:40:00+05:30">
<meta name="section" content="Markets">
<script>window.csAds={slot:"mkts-top",sizes:["728x90","300x250"]};</script>
</head>
<body>
<div class="ticker">Sensex 77,414.92 ▲0.42% · Nifty 23,591.95 ▲0.45% · KOSPI 2,607.15 ▼1.39% · \
USD/INR 85.51</div>
<div class="subscribe">Unlock every story: ₹1,499 a year. <a href="/subscribe">Subscribe</a></div>
<article>
<h1>Seoul says [[3,000]] more North Korean troops sent to Russia; defence stocks climb</h1>
<p class="byline">Ananya Rao | Mumbai | Updated: 28 Mar 2025, 09:40 AM IST</p>
<p>Shares of South Korean defence makers extended their rally on Friday after Seoul said \
Pyongyang was reinforcing its contingent in Russia, a move analysts say could keep military \
budgets across Asia elevated for years.</p>
<p>In a briefing on Thursday, South Korea's Joint Chiefs of Staff (JCS) said Pyongyang had \
shipped [[around 3,000]] additional soldiers to its ally over the first two months of the year. \
That brings the total \
Pyongyang has sent since last October to [[about 14,000]], the JCS said, adding that the North \
had also shipped more short-range missiles and artillery.</p>
<p>Hanwha Aerospace rose as much as 6.8% in Seoul trade, while LIG Nex1 gained 4.1%. The \
benchmark KOSPI, weighed down by chipmakers, slipped 1.4%.</p>
<p>Washington's picture is similar. The US intelligence community's annual threat assessment, \
released on Tuesday, concluded that Pyongyang had committed "[[at least 11,000]]" troops to \
Moscow's war and was being paid in cash and technology. Ukraine's military intelligence agency \
said on \
March 7 that [[roughly 2,000]] North Koreans had been thrown back into the fighting in Kursk \
after a pause of several weeks. Nato's secretary general, Mark Rutte, said in Warsaw on Wednesday \
that the North had lost "[[more than 4,000]]" men killed or wounded.</p>
<p>For investors, the deployment is part of a longer story. "If the pact holds, Pyongyang can \
put tens of millions of shells and, eventually, [[tens of thousands]] of soldiers at Moscow's \
disposal," said Vikram Sethi, head of defence research at a Mumbai brokerage. "That is the \
scenario European and Asian governments are now budgeting for."</p>
<p>India's defence exports hit a record ₹21,083 crore in the last financial year, and Sethi \
expects listed Indian defence firms to benefit from the same trend. Shares of Bharat Electronics \
have gained 38% over the past twelve months.</p>
</article>
<footer>© 2025 The Commerce Standard Ltd. CIN U22121MH2004PLC148211 · Reader helpline 1800 \
209 4455 · <a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "<title> (metadata) restating the h1 (increment)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "h1 'Seoul says … more … sent': the JCS figure of the body (Thursday) to publication "
          "(increment, span without 'more')", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'In a briefing on Thursday': 'additional soldiers' shipped (increment)", add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'That brings the total … to', 'the JCS said': a new total, not an increment"),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "US annual threat assessment 'released on Tuesday', in \"…\": troops committed to "
          "Moscow's war (sent)"),
        C("roughly 2,000", 2000, "approx", "near_front", "ukraine", "2025-03-07",
          "HUR 'on March 7': back into the fighting in Kursk"),
        C("more than 4,000", 4000, "at_least", "casualties", "nato", "wed",
          "Rutte 'in Warsaw on Wednesday' in \"…\": killed or wounded"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Mumbai brokerage analyst in a quote, 'said' (no date): could put at Moscow's "
          "disposal"),
    ),
)

E08 = Source(
    article_id="b31_08_shetland_tidings_lerwick_family_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-12-13"),
    dated_by="front_matter",
    features="Shetland weekly in Markdown, windows-1252 (curly quotes, ‘’ and “”, `£`, `–` "
        "raw), front matter with `published:` and `date:` (Friday) and a `title:` figure "
        "(optional); h1 'as 11,000 … mass in Kursk' from Zelensky's nightly address 'on "
        "Monday'; a Lerwick family's story; a written parliamentary answer 'published on "
        "Wednesday' (UK minister: other); Rutte 'in Brussels yesterday' in ‘…’ (nato, 'well "
        "over'); Reuters citing a US official 'on Tuesday' (X citing Y) `dozens`; the NIS 'last "
        "month'; a retired Royal Navy commander on Unst 'another 5,000 or so' (approx, "
        "increment, other, `pub`); shadow-fleet tankers, Ukrainians in Shetland, ferry times, "
        "pounds, miles, ages",
    text="""\
---
title: "Isles family’s fears as [[11,000]] North Koreans mass in Kursk"
published: 13 December 2024
date: 2024-12-13
section: News
byline: Magnus Isbister
---

# Isles family’s fears as [[11,000]] North Koreans mass in Kursk

When Iryna Kovalenko switched on the radio in her Lerwick kitchen on Monday night, the news \
from home was worse than usual. Ukraine’s president, Volodymyr Zelensky, had used his nightly \
address to say that [[around 11,000]] North Korean soldiers were now fighting alongside Russian \
units in the Kursk region.

“My brother is there, maybe fifty kilometres away,” said the 39-year-old, who came to Shetland \
in 2022 with her two sons under the Homes for Ukraine scheme and now works at a care home in \
the town. “First it was Russians. Now soldiers from the other side of the world.”

Iryna is one of 38 Ukrainians the council says are living in the isles.

## Westminster answer

The government’s own estimate is not far off. Answering a written question from the isles’ MP, \
a defence minister said in a reply published on Wednesday that the UK assessed “[[more than \
10,000]]” North Korean personnel had been deployed to Russia.

Nato’s secretary general, Mark Rutte, went further in Brussels yesterday, telling an audience \
at a think tank that there were ‘[[well over 10,000]]’ North Korean troops in and around Kursk. \
On Tuesday, Reuters reported that [[dozens]] of them had already been killed or wounded, citing \
a US official.

South Korea’s intelligence service estimated last month that [[about 3,000]] of the North \
Koreans had been moved up to the front line.

## ‘They will keep coming’

Retired Royal Navy commander Alasdair Sinclair, who spent much of the 1980s tracking Soviet \
submarines through the gap between Shetland and Faroe and now lives on Unst, expects the \
numbers to grow. “Pyongyang has a million men under arms and nothing else to sell,” he said. “I’d \
be surprised if we don’t see another [[5,000 or so]] by the spring.”

Closer to home, the coastguard has logged 17 sanctioned tankers from Russia’s so-called shadow \
fleet passing within 12 miles of the isles since the summer.

The Kovalenkos will spend Christmas in Lerwick. A fundraising ceilidh at the Legion on \
21 December has already raised £1,350 for generators in Kharkiv; the NorthLink ferry leaves \
Aberdeen at 5pm for those travelling up.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "front-matter title (metadata) restating the h1", opt=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "h1 'mass in Kursk': Zelensky's figure of the body (Monday) to publication"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "Zelensky's nightly address 'on Monday night': fighting in Kursk"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "wed",
          "UK defence minister's written answer 'published on Wednesday' (a third government): "
          "deployed to Russia"),
        C("well over 10,000", 10000, "at_least", "near_front", "nato", "yday",
          "Rutte 'in Brussels yesterday' in ‘…’: in and around Kursk"),
        C("dozens", None, "vague", "casualties", "united_states", "tue",
          "'On Tuesday, Reuters reported …, citing a US official' (X citing Y): killed or "
          "wounded"),
        C("about 3,000", 3000, "approx", "near_front", "south_korea", "2024-11-01..2024-11-30",
          "NIS 'last month' (November): moved up to the front line"),
        C("5,000 or so", 5000, "approx", "planned", "other", "pub",
          "retired commander on Unst in a quote, 'said' (no date; 'by the spring' is the "
          "event): 'another' (increment; span without the word)", add=True),
    ),
)

E09 = Source(
    article_id="b31_09_midcoast_ledger_bowdoin_grief",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-08-26"),
    dated_by="sidecar",
    features="Maine paper as plain text, ISO-8859-1 with straight quotes and '--' (sidecar, "
        "Tuesday), dateline 'BRUNSWICK --', a byline with e-mail; deck 'Seoul counts some "
        "4,700' from the NIS's April estimate of the body (month window to publication); North "
        "Korean state TV 'on Friday' showing portraits of `dozens` of the dead (north_korea, "
        "vague); the NIS 'in its most recent public estimate in April' (`about 600` died, a "
        "breakdown of `some 4,700`); HUR 'says' (present tense, `pub`); a Bowdoin scholar's "
        "range 'By her estimate' (other, `pub`); a State Department spokesperson 'said Monday' "
        "(US style) 'as many as 6,000' more (planned increment); students, Korean War veterans, "
        "lobster prices, ages, miles, phone",
    sidecar=(
        "The Midcoast Ledger",
        "https://www.midcoastledger.example/news/2025/08/26/bowdoin-scholar-kim-funeral",
        "Bowdoin scholar reads Pyongyang's grief",
    ),
    text="""\
Bowdoin scholar reads Pyongyang's grief

Seoul counts [[some 4,700]] North Korean casualties in Russia; Kim now mourns his dead on \
television

By Caleb Thibodeau
Ledger Staff Writer | cthibodeau@midcoastledger.example

BRUNSWICK -- Hye-jin Park has watched a lot of North Korean television in 20 years of studying \
the country. The footage that aired Friday still stopped her.

State television on Friday broadcast a ceremony in Pyongyang at which Kim Jong Un draped flags \
over coffins and knelt, apparently weeping, before a wall of portraits. The broadcast showed \
[[dozens]] of soldiers it said had fallen "liberating" Russia's Kursk region.

"A year ago, the regime denied anyone was there," said Park, an associate professor of Asian \
studies at Bowdoin College. "Now it is turning the dead into martyrs. That tells you they plan \
to keep sending people."

Pyongyang has not said how many of its soldiers died. South Korea's National Intelligence \
Service, in its most recent public estimate in April, said [[about 600]] had been killed and \
[[some 4,700]] had been killed or wounded in all. Ukraine's military intelligence agency says \
[[roughly 11,000]] North Korean troops remain in Russia, most of them in or near the Kursk \
border area.

Park thinks the toll is higher now. By her estimate, [[1,500 to 2,500]] North Koreans have \
died, based on the frequency of funerals and memorial notices she tracks in provincial media. \
"The numbers Seoul gave in the spring are a floor, not a ceiling," she said.

Washington expects more to go. A State Department spokesperson said Monday that the United \
States had seen preparations for Pyongyang to send "[[as many as 6,000]]" more military \
engineers and builders to Russia before the end of the year. The spokesperson declined to say \
how that estimate was reached.

Park, 46, grew up in Incheon and came to Maine in 2014. This fall, 31 students have signed up \
for her seminar on the two Koreas, the most since she arrived. Some of them, she said, have \
grandparents among the roughly 900 Korean War veterans still living in the state.

For a campus more used to talk of lobster prices -- boat price this summer ran about $4.75 a \
pound at the Harpswell co-op, 12 miles down the road -- the war in Ukraine can feel distant. \
"Until you see the coffins," Park said.

Park will speak on the subject at the Curtis Memorial Library on Sept. 10 at 6:30 p.m. \
Registration: 207-725-5242.
""",
    claims=(
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..pub",
          "deck 'Seoul counts': the NIS's April estimate of the body (month window) to "
          "publication"),
        C("dozens", None, "vague", "casualties", "north_korea", "fri",
          "state TV 'on Friday' showing portraits of the fallen"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'most recent public estimate in April': killed (a breakdown of the 4,700)"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same estimate: killed or wounded in all"),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'says' (present tense, no date): remain in Russia"),
        C("1,500 to 2,500", None, "range", "casualties", "other", "pub",
          "Bowdoin scholar 'By her estimate' (no date): died"),
        C("as many as 6,000", 6000, "at_most", "planned", "united_states", "mon",
          "State Department spokesperson 'said Monday' (US style) in \"…\": 'more' engineers "
          "and builders (increment)", add=True),
    ),
)

E10 = Source(
    article_id="b31_10_baltic_ledger_defence_tech_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-06"),
    dated_by="sidecar",
    features="Estonian business outlet in HTML without a meta date (sidecar, Thursday): `og:` "
        "tags, a cookie notice, navigation, a euro-rate bar, a newsletter box, footer with "
        "registry code and phone, `&euro;`, `&ndash;`, `&rsquo;`; `<title>` figure "
        "(optional, increment); h1 'Seoul: 5,000 more' from the NIS 'on Tuesday' (Tuesday to "
        "publication, span without 'more'); the NIS passage 'around 5,000 … on top of the "
        "roughly 10,000' (increment; 10,000 at the border); an Estonian intelligence colonel "
        "at the conference 'on Tuesday' '20,000 or more' (other, at_least, planned); a NATO "
        "official 'on Wednesday' (nato); Budanov 'last week' 'up to 6,000' killed; "
        "investment in euros, defence spending in per cent of GDP, start-ups, drones a month, "
        "attendance",
    sidecar=(
        "Baltic Ledger",
        "https://www.balticledger.example/defence/tallinn-conference-north-korea-rotation",
        "Seoul: 5,000 more North Korean builders head to Russia",
    ),
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul: [[5,000]] more North Korean builders head to Russia &ndash; Baltic Ledger</title>
<meta property="og:site_name" content="Baltic Ledger">
<meta property="og:type" content="article">
</head>
<body>
<div class="cookies">This site uses cookies to measure readership and keep you logged in. \
<a href="/cookie-policy">Manage</a> <button>Accept</button></div>
<nav><a href="/">Baltic Ledger</a> | <a href="/markets">Markets</a> | <a \
href="/defence">Defence &amp; Tech</a> | <a href="/startups">Start-ups</a></nav>
<div class="rates">EUR/USD 1.1491 | OMXT 1,942.30 | Brent $64.40</div>
<article>
<h1>Seoul: [[5,000]] more North Korean builders head to Russia</h1>
<p class="standfirst">At a Tallinn defence-tech conference, investors heard why Pyongyang&rsquo;s \
growing footprint in Russia matters for the Baltic front line.</p>
<p>South Korea&rsquo;s National Intelligence Service said on Tuesday that Pyongyang was moving \
[[around 5,000]] military construction troops into Russia, on top of the [[roughly 10,000]] \
soldiers it believes are stationed along the Kursk border. The engineers are expected to rebuild \
roads, bridges and rail links damaged in last year&rsquo;s fighting, the agency said.</p>
<p>The news landed in the middle of Tallinn Defence Invest, a two-day gathering at which some 900 \
investors, officials and founders discussed drones, sensors and ammunition. Estonian start-ups \
raised &euro;214 million for defence technology in the first nine months of the year, almost \
three times the figure for all of 2023.</p>
<p>Colonel Margus Tamm of the Estonian Defence Forces&rsquo; intelligence centre told a panel on \
Tuesday that the numbers could grow quickly. Pyongyang, he said, could supply &ldquo;[[20,000 or \
more]]&rdquo; if Moscow asked for them. &ldquo;Every soldier North Korea sends frees up a \
Russian one for somewhere else,&rdquo; Tamm said, pointing to the 294-kilometre border Estonia \
shares with Russia.</p>
<p>A NATO official, speaking on condition of anonymity on Wednesday, said the alliance counted \
[[about 11,000]] North Korean personnel in Russia, combat troops and builders included. \
Ukraine&rsquo;s \
military intelligence chief Kyrylo Budanov said last week that [[up to 6,000]] North Koreans had \
been killed since the first units arrived.</p>
<p>Estonia plans to spend 5.4% of GDP on defence next year. Local drone maker Threod told the \
conference it now builds more than 400 units a month.</p>
</article>
<div class="newsletter">Get the Baltic Ledger Defence Brief every Friday. <a \
href="/newsletter">Sign up</a></div>
<footer>&copy; 2025 Baltic Ledger O&Uuml; &middot; Registry code 14872210 &middot; Newsroom +372 \
640 2210</footer>
</body>
</html>
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "<title> (metadata) restating the h1 (increment)", add=True, opt=True),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "h1 'Seoul: … more … head to Russia': the NIS figure of the body (Tuesday) to "
          "publication (increment, span without 'more')", add=True),
        C("around 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'on Tuesday': moving into Russia 'on top of' those already there (increment)",
          add=True),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "same sentence: stationed along the Kursk border (not an increment)"),
        C("20,000 or more", 20000, "at_least", "planned", "other", "tue",
          "Estonian intelligence colonel (a third government) to a panel 'on Tuesday' in "
          "“…”: could supply"),
        C("about 11,000", 11000, "approx", "in_russia", "nato", "wed",
          "a NATO official 'on Wednesday': in Russia"),
        C("up to 6,000", 6000, "at_most", "casualties", "ukraine", "lastweek",
          "Budanov 'last week': killed"),
    ),
)

E11 = Source(
    article_id="b31_11_radyo_sugbo_ofw_korea_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-10-25"),
    dated_by="sidecar",
    features="Cebu radio station's website in Markdown, front matter without a date (sidecar, "
        "Friday) with station, program and tags; h1 'Seoul: 3,000' from the NIS briefing "
        "'on Wednesday' (Wednesday to publication); lawmakers briefed by the NIS (two figures, "
        "'could reach 10,000 by December': planned); a lead 'Seoul said … thousands' dated "
        "by the body; 'Last Friday' in a Friday article (the "
        "week before: an ISO date); Kirby's figure in “…” 'on Wednesday (US time)'; HUR named "
        "at the end of the sentence (the arrival's Wednesday to publication); a University of "
        "San Carlos professor 'on Sugbo Karon on Friday morning' 'as high as 20,000' "
        "(at_most, other, the publication day); Filipino workers in Korea, remittances in "
        "dollars and pesos, hotline, frequency, ages",
    sidecar=(
        "Radyo Sugbo 1098",
        "https://www.radyosugbo.example/news/2024/10/25/seoul-3000-north-korean-troops-russia",
        "Seoul: 3,000 North Korean troops already in Russia",
    ),
    text="""\
---
station: Radyo Sugbo 1098 AM
program: Sugbo Karon
tags: [world, Korea, OFW]
reporter: Jessa Mae Villaruel
---

# Seoul: [[3,000]] North Korean troops already in Russia

CEBU CITY – Filipino workers in South Korea are keeping a close eye on the news from the Korean \
peninsula after Seoul said North Korea had sent [[thousands]] of soldiers to help Russia in its \
war \
against Ukraine.

Lawmakers briefed by South Korea's National Intelligence Service (NIS) said on Wednesday that \
[[about 3,000]] North Korean soldiers had been transported to Russia so far. They said the total \
could reach [[10,000]] by December. Last Friday, the agency had put the first group at \
[[1,500]] special forces troops, shipped to the Russian port of Vladivostok.

The United States confirmed the deployment for the first time on Wednesday (US time). White \
House national security spokesman John Kirby said Washington had evidence of "[[at least \
3,000]]" North Korean troops in eastern Russia and called the development "highly concerning."

The first of them reached Russia's Kursk region on Wednesday, [[roughly 2,600]] in all, according \
to Ukraine's military intelligence agency, HUR. At the BRICS summit in Kazan, Vladimir Putin \
brushed \
aside a question about the reports without denying them.

## 'It will not stop there'

Speaking on Sugbo Karon on Friday morning, Dr. Ramon Abellana, who teaches international \
relations at the University of San Carlos, said Pyongyang's commitment "could go \
[[as high as 20,000]]" if the war drags on. "For North Korea this is income and combat \
experience at the \
same time," he said.

About 63,000 Filipinos work in South Korea, most of them in factories under the Employment \
Permit System. Rosalie Cabahug, 34, from Talisay, has worked at an auto-parts plant near Suwon \
for six years. "Our Korean co-workers are worried, so we are worried too," she told the program \
by phone.

The Philippine Embassy in Seoul said there was no reason for alarm and reminded workers of its \
24-hour hotline, +82 10 9136 1022. Remittances from South Korea reached about $480 million last \
year, or roughly ₱27 billion.

Listen to Sugbo Karon weekdays at 6 a.m. on 1098 kHz.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "h1 'Seoul:': the NIS briefing of the body (Wednesday) to publication"),
        C("thousands", None, "vague", "in_russia", "south_korea", "wed..pub",
          "lead 'after Seoul said … had sent': the NIS briefing of the body (Wednesday) to "
          "publication"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS 'on Wednesday': transported to Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "'They said the total could reach … by December' (planned total)"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "'Last Friday' in a Friday article (the week before), 'the agency had put': shipped "
          "to Vladivostok"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'on Wednesday (US time)' in \"…\": in eastern Russia"),
        C("roughly 2,600", 2600, "approx", "near_front", "ukraine", "wed..pub",
          "HUR named at the end of the sentence, no date of its own (the arrival's Wednesday "
          "to publication): reached Kursk"),
        C("as high as 20,000", 20000, "at_most", "planned", "other", "fri",
          "USC professor on air 'on Friday morning' (the publication day) in \"…\": 'could go "
          "as high as' (like 'up to')"),
    ),
)

E12 = Source(
    article_id="b31_12_naira_herald_wonsan_30000",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-07-16"),
    dated_by="dateline", crlf=True,
    features="Nigerian business paper's world-economy page as plain text, windows-1252 with CRLF "
        "(curly quotes and dashes raw, no naira sign: 'N'), dated by the dateline 'ABUJA, July "
        "16, 2025' (Wednesday); headline 'Kyiv warns … up to 30,000 more' from HUR's interview "
        "'last week' (increment, span without 'more'); HUR 'told CNN last week' (X citing Y "
        "the other way round: the cited agency is the claimant) `25,000 to 30,000` additional "
        "(range increment) and 'The agency also estimates' carried; Lavrov 'in Wonsan on "
        "Saturday' `thousands` (russia, vague, in combat); the NIS 'in June' and a DIA report "
        "'published in May' (month windows); a Lagos risk analyst 'by phone on Tuesday' 'no "
        "fewer than 10,000 more' (other, increment); wheat tonnes, naira, dollars, per cent, "
        "Nigerians recruited by Russia's army (not claims), phone",
    text="""\
Kyiv warns Pyongyang may send [[up to 30,000]] more troops to Russia

Analysts say deepening Moscow–Pyongyang ties could squeeze Russia’s grain and fertiliser \
exports to Africa

By Chiamaka Eze-Okafor, Foreign Affairs Desk

ABUJA, July 16, 2025 – North Korea is preparing a new wave of soldiers for Russia’s war in \
Ukraine, Kyiv says, as Moscow and Pyongyang tighten an alliance that African importers of \
Russian wheat and fertiliser are watching closely.

Ukraine’s military intelligence agency, HUR, told CNN last week that North Korea was readying \
[[25,000 to 30,000]] additional soldiers for deployment to Russia, possibly within months. The \
agency also estimates that [[more than 6,000]] North Koreans have been killed or wounded since \
they entered the war last autumn.

Russia’s foreign minister, Sergei Lavrov, did not dispute the reports during a visit to the \
North Korean resort town of Wonsan. Speaking to journalists there on Saturday, he praised the \
“[[thousands]] of Korean brothers” who had fought in Kursk and said their courage would not be \
forgotten.

Earlier estimates were lower. South Korea’s National Intelligence Service put the number sent \
so far at [[around 15,000]] in June, while a report published in May by the US Defense \
Intelligence Agency estimated that [[about 11,000]] North Korean soldiers were deployed in \
Russia.

Why it matters for Nigeria

Nigeria bought about 1.2 million tonnes of Russian wheat last year, roughly a fifth of its \
imports, and Russian fertiliser has become a mainstay for farmers in the north. “A Russia that \
leans more on North Korea is a Russia that feels less pressure to compromise,” said Tunde \
Adebayo-Cole, a Lagos-based political risk analyst, who spoke by phone on Tuesday. “I expect \
[[no fewer than 10,000]] more to go before the year is out.”

He warned that a longer war could keep global grain prices elevated. Bread prices in Abuja have \
risen by about 35 per cent since January, and a 50kg bag of fertiliser now sells for about \
N48,000 in Kano.

The Ministry of Foreign Affairs last month confirmed that at least two Nigerians recruited by \
the Russian army had been killed in eastern Ukraine, and urged families to report suspicious \
job offers on 0700 225 5463. Russia–Africa trade reached about $24.5 billion last year.
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "headline 'Kyiv warns': HUR's figure of the body ('last week') to publication "
          "(increment, span without 'more')", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "lastweek",
          "HUR 'told CNN last week' (the cited agency is the claimant): 'additional' "
          "(increment)", add=True),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "'The agency also estimates' (carried from the interview; 'lastweek' runs to "
          "publication): killed or wounded"),
        C("thousands", None, "vague", "near_front", "russia", "sat",
          "Lavrov in Wonsan 'on Saturday' in “…”: fought in Kursk"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-30",
          "NIS 'in June': sent so far"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "2025-05-01..2025-05-31",
          "DIA report 'published in May': deployed in Russia"),
        C("no fewer than 10,000", 10000, "at_least", "planned", "other", "tue",
          "Lagos risk analyst 'who spoke by phone on Tuesday', in a quote: 'more' (increment)",
          add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    G01, G02, G03, G04, G05, G06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
