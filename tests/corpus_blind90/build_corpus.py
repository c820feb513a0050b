"""Build the NINETY-SECOND hand-labelled corpus (the ninetieth blind set): articles, sidecar, gold.

A corpus for an honest measurement on articles the extractor has never met, written blind in
session 12 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Germersheim daily's page on
the town's translators' faculty, an Emsland local radio's web text, an Attersee weekly (Austrian
conventions), a Schwarzenburgerland paper on the old shortwave station (Swiss conventions), a
candle makers' guild magazine on trench candles and a Höxter student paper; an East Kimberley
weekly on Korean backpackers, a South Uist community page by the missile range, a Casper (Wyoming)
oil-town paper, a Ventspils English-language outlet, a Kadavu (Fiji) island page and a Conakry
newsletter for the shipping and mining trade. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind90_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

N01 = Source(
    article_id="n90_01_germersheim_rheinbote_uebersetzer_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Germersheim daily's page in HTML (`article:published_time` with +01:00, an ad-slot "
        "script, a cookie notice in its own words, navigation, a footer with a phone number); "
        "`<title>` figure (optional); h1 'Pentagon zählt bis zu 8.000' from the spokeswoman's "
        "Monday figures; 'geht … aus' in the present tense dated by the next sentence ('sagte "
        "Sprecherin Sabrina Singh am Montag'); the NIS 'vergangene Woche' (arrived, and `10.000` "
        "by December: planned); Zelensky 'am Sonntag' in his video message; a translators' "
        "faculty lecturer (other, `pub`) 'mehr als 15.000'; Russian losses a day, students, a "
        "lecture room number, years, an age, a street address",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon: [[Bis zu 8.000]] Nordkoreaner im Raum Kursk | Rheinbote Germersheim</title>
<meta property="og:site_name" content="Rheinbote Germersheim">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-05T11:40:00+01:00">
<meta name="robots" content="index,follow,max-image-preview:large">
<script>var rbAds={slot:"rectangle_2",sizes:["300x250","300x600"],rubrik:"welt",lokal:false};</s\
cript>
</head>
<body>
<div class="cookie-hinweis">Auch am Rhein wird gezählt: Wir speichern Cookies, um zu sehen, was \
Sie lesen. <button>Na gut, weiterlesen</button> <button>Lieber ohne</button></div>
<nav><a href="/">Start</a> &middot; <a href="/lokales">Germersheim &amp; Umgebung</a> &middot; \
<a href="/welt">Welt</a> &middot; <a href="/sport">Sport</a> &middot; <a \
href="/trauer">Traueranzeigen</a></nav>
<main>
<article>
<h1>Pentagon zählt [[bis zu 8.000]] Nordkoreaner im Raum Kursk</h1>
<p class="dachzeile">Krieg in der Ukraine &ndash; am Germersheimer Übersetzer-Fachbereich lesen \
die Koreanisch-Studierenden die Meldungen im Original</p>
<p class="datum">Dienstag, 5. November 2024, 11:40 Uhr</p>
<p><strong>Germersheim/Washington.</strong> Das US-Verteidigungsministerium geht inzwischen von \
[[rund 10.000]] nordkoreanischen Soldaten in Russland aus. [[Bis zu 8.000]] davon seien in den \
vergangenen Tagen in das Gebiet Kursk an der Grenze zur Ukraine gebracht worden, sagte \
Sprecherin Sabrina Singh am Montag in Washington. Kämpfe mit Beteiligung der Nordkoreaner habe \
man bislang nicht beobachtet, fügte sie hinzu.</p>
<p>Der südkoreanische Geheimdienst NIS war vergangene Woche noch von kleineren Zahlen \
ausgegangen. Vor dem zuständigen Parlamentsausschuss in Seoul sprachen seine Vertreter von \
[[etwa 3.000]] Soldaten, die bereits im Westen Russlands angekommen seien; bis Dezember könnten \
es nach ihrer Einschätzung [[10.000]] werden.</p>
<p>Kiew nennt eine höhere Zahl. In seiner abendlichen Videobotschaft am Sonntag sprach der \
ukrainische Präsident Wolodymyr Selenskyj von [[11.000]] Nordkoreanern, die schon in der Region \
Kursk stünden. Die ukrainische Armee meldete am Montag außerdem 1.290 getötete oder verletzte \
russische Soldaten binnen 24 Stunden; unabhängig überprüfen lässt sich das nicht.</p>
<h2>Neun Studierende, eine schwierige Sprache</h2>
<p>Am Fachbereich Translations-, Sprach- und Kulturwissenschaft lernen derzeit neun junge Leute \
Koreanisch, bei rund 1.800 Eingeschriebenen insgesamt. &bdquo;Seit Wochen übersetzen wir im \
Seminar Meldungen aus Seoul&ldquo;, erzählt Dozentin Ji-hye Baumann, die seit 2011 in \
Germersheim unterrichtet.</p>
<p>Sie hält die offiziellen Schätzungen für vorsichtig. &bdquo;Ich wäre nicht überrascht, wenn \
am Ende [[mehr als 15.000]] kommen&ldquo;, sagt die 46-Jährige. In Pjöngjang gelte jeder \
Auslandseinsatz als Ehre, Familien erführen von Verlusten oft erst nach Monaten.</p>
<p>Moskau schweigt zu alledem. Die Zusammenarbeit mit Pjöngjang sei eine Sache zweier souveräner \
Staaten, ließ Kremlsprecher Dmitri Peskow am Montag wissen.</p>
<p>Die Vortragsreihe &bdquo;Korea heute&ldquo; beginnt am 12. November um 18 Uhr in Hörsaal 231, \
der Eintritt ist frei.</p>
</article>
</main>
<footer>Rheinbote Germersheim &middot; Hauptstraße 14, 76726 Germersheim &middot; Telefon 07274 \
5501-0 &middot; &copy; 2024</footer>
<script src="/static/rb-consent.js?v=3.2" defer></script>
</body>
</html>
""",
    claims=(
        C("Bis zu 8.000", 8000, "at_most", "near_front", "united_states", "mon..pub",
          "`<title>` repeating the h1 (optional)", opt=True),
        C("bis zu 8.000", 8000, "at_most", "near_front", "united_states", "mon..pub",
          "h1 'Pentagon zählt': the spokeswoman's Monday figure, window to publication"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "'Das US-Verteidigungsministerium geht … aus' (present tense), dated by the next "
          "sentence's 'am Montag': in Russia"),
        C("Bis zu 8.000", 8000, "at_most", "near_front", "united_states", "mon",
          "'davon … gebracht worden, sagte Sprecherin Sabrina Singh am Montag': Kursk border"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'vergangene Woche' before the parliamentary committee: arrived in western Russia"),
        C("10.000", 10000, "exact", "planned", "south_korea", "lastweek",
          "same briefing: 'bis Dezember könnten es … werden' (intended total)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "sun",
          "Zelensky's video message 'am Sonntag': in the Kursk region"),
        C("mehr als 15.000", 15000, "at_least", "planned", "other", "pub",
          "Germersheim lecturer 'sagt' (present tense, undated): 'am Ende … kommen'"),
    ),
)

N02 = Source(
    article_id="n90_02_emsland_lokalradio_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Ems-Hase",
        "https://www.radio-ems-hase.example/nachrichten/welt/nordkoreaner-gefangen-seoul-meldet-"
        "tote-4471",
        "Zwei Nordkoreaner in ukrainischer Gefangenschaft – Seoul meldet 300 Tote",
    ),
    features="Emsland local radio's web text as plain text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Tuesday), a 'Stand:' line and a programme note with a frequency; headline with the "
        "number word 'Zwei' (Zelensky, Saturday to publication) and '300' (lawmaker, Monday to "
        "publication); 'nach Erkenntnissen Südkoreas' dated by the next sentence (a lawmaker "
        "after the committee 'am Montag'), 'sagte Lee' carrying the total; Zelensky 'am Samstag' "
        "`zwei` captured and 'am Sonntagabend' 'knapp 4.000'; a retired Meppen test-range officer "
        "'noch einmal 5.000 bis 8.000' (range increment, other, `pub`); refugees in the district, "
        "Russian drones, an age, a listener phone number",
    text="""\
Radio Ems-Hase – Nachrichten aus dem Emsland und der Welt
Stand: 14.01.2025, 16:20 Uhr

[[Zwei]] Nordkoreaner in ukrainischer Gefangenschaft – Seoul meldet [[300]] Tote

Meppen/Seoul/Kiew – Im Krieg gegen die Ukraine sind nach Erkenntnissen Südkoreas bislang \
[[rund 300]] nordkoreanische Soldaten ums Leben gekommen. Die Zahl der Verwundeten liege bei \
[[2.700]], berichtete Lee Seong-kweun, Mitglied des Geheimdienstausschusses im Parlament, am \
Montag, nachdem der Dienst die Abgeordneten hinter verschlossenen Türen unterrichtet hatte.

Die Soldaten würden von russischen Kommandeuren offenbar ohne Rücksicht auf Verluste in \
Sturmangriffe geschickt, sagte Lee. Insgesamt seien [[rund 11.000]] Nordkoreaner im Gebiet Kursk \
im Einsatz, viele von ihnen jung und ohne Erfahrung mit Drohnen.

Bereits am Samstag hatte Präsident Wolodymyr Selenskyj auf der Plattform X mitgeteilt, \
ukrainische Fallschirmjäger hätten [[zwei]] Nordkoreaner festgenommen. Die Gefangenen seien \
verwundet und würden nun in Kiew vom SBU vernommen. Einer der Männer, nach eigenen Angaben 26 \
Jahre alt, soll ausgesagt haben, man habe ihm eine Übung angekündigt, keinen Krieg.

Selenskyj selbst geht von deutlich höheren Verlusten aus als Seoul. In seiner Videoansprache am \
Sonntagabend sprach er von [[knapp 4.000]] getöteten und verwundeten Nordkoreanern. Moskau \
äußerte sich zu den Gefangenen nicht. In der Nacht zum Dienstag griff Russland die Ukraine nach \
Kiewer Angaben mit 72 Drohnen an.

Ein Thema auch in Meppen

Im Landkreis Emsland leben nach Angaben der Kreisverwaltung derzeit rund 2.400 Geflüchtete aus \
der Ukraine. Natalija H. aus Sumy arbeitet seit zwei Jahren in einer Meppener Bäckerei. „Das \
Video mit den Gefangenen hat bei uns jeder in der Familiengruppe geteilt“, sagt die 38-Jährige. \
„Mein Vater hat gefragt, ob das jetzt alles noch schlimmer macht.“

Oberstleutnant a. D. Bernd Wessels aus Haselünne, der lange auf dem Erprobungsgelände der \
Bundeswehr bei Meppen gearbeitet hat, rechnet mit weiterem Nachschub aus Pjöngjang. „Bis Ostern \
legt Kim noch einmal [[5.000 bis 8.000]] Mann nach, da bin ich mir ziemlich sicher“, sagte er im \
Gespräch mit unserer Redaktion. Für Nordkorea sei der Einsatz auch ein Geschäft: Russland \
liefere Öl, Devisen und womöglich Militärtechnik.

Mehr dazu heute ab 17 Uhr in „Emsland am Abend“ auf UKW 98,4. Ihre Meinung? Rufen Sie uns an: \
05931 4040-40.
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline number word: Zelensky's Saturday announcement of captured soldiers, window to "
          "publication"),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul meldet … Tote': the lawmaker's Monday figure, window to publication"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "'nach Erkenntnissen Südkoreas', dated by the next sentence ('berichtete Lee "
          "Seong-kweun … am Montag'): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "lawmaker Lee after the committee 'am Montag': wounded (not an increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "'sagte Lee' carrying the Monday briefing, Konjunktiv: in action in Kursk"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Bereits am Samstag' on X: captured (number word)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky's video address 'am Sonntagabend': killed and wounded"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "pub",
          "retired officer 'rechnet … noch einmal … schickt' in an undated talk with the station "
          "(increment)", add=True),
    ),
)

N03 = Source(
    article_id="n90_03_attersee_wochenblatt_vortrag_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-03-06"),
    dated_by="front_matter",
    features="Attersee weekly (Austrian conventions) in Markdown, ISO-8859-1 with »« quotes and "
        "straight hyphens, front matter with `date:` (Thursday) and a title without a figure; "
        "'Jänner', 'Feber', 'heuer'; NIS 'Ende Feber' 'zwischen 1.000 und 3.000 zusätzliche' "
        "(range increment) and 'hieß es aus Seoul' new total; the NIS's older casualty figure "
        "'Im Jänner' (month); a State Department official 'Anfang März' (window from the 1st); "
        "Syrskyi 'am Montag' on Telegram with the claimant after the figure; Rutte 'Mitte Feber' "
        "(nato); a Linz political scientist at Tuesday evening's talk (other, Tuesday) with "
        "'noch einmal bis zu 10.000' (increment); audience, lake area, Russian losses, an age",
    text="""\
---
title: "Warum Pjöngjang wieder Soldaten nach Russland schickt"
date: 2025-03-06
ressort: Region & Welt
autor: Thomas Aigner
---

# Warum Pjöngjang wieder Soldaten nach Russland schickt

**Schörfling am Attersee.** Rund 60 Zuhörer kamen am Dienstagabend in den Pfarrsaal, um sich \
einen Krieg erklären zu lassen, der von hier aus gesehen am anderen Ende Europas stattfindet. \
Eingeladen hatte das Bildungswerk der Pfarre, und der Gast aus Linz hatte aktuelle Zahlen \
mitgebracht.

## Nachschub nach der Pause

Die Lage ist tatsächlich in Bewegung. Südkoreas Geheimdienst NIS meldete Ende Feber, Nordkorea \
habe [[zwischen 1.000 und 3.000]] zusätzliche Soldaten nach Russland gebracht. Damit stünden \
inzwischen wieder [[etwa 12.000]] Nordkoreaner auf russischem Boden, hieß es aus Seoul. Seine \
Verlustschätzung vom Jänner lautete auf [[rund 3.000]] Tote und Verwundete.

Washington bestätigte die Verlegung Anfang März. Ein Vertreter des US-Außenministeriums sprach \
vor Journalisten von [[einigen tausend]] Soldaten, die nach einer Pause von mehreren Wochen \
wieder an der Front eingesetzt würden.

[[Über 1.500]] Nordkoreaner seien zurück in den Stellungen bei Sudscha, schrieb der ukrainische \
Oberbefehlshaber Olexandr Syrskyj am Montag auf Telegram. Die russische Armee verliere dort nach \
ukrainischer Zählung täglich mehr als 1.200 Mann. NATO-Generalsekretär Mark Rutte hatte Mitte \
Feber bei einem Besuch in Kiew von [[Tausenden]] getöteten und verwundeten Nordkoreanern \
gesprochen.

## »Die Verluste sind enorm«

Der Linzer Politikwissenschaftler Markus Hainzl, 52, ordnete die Zahlen für das Publikum ein. \
»Die Verluste sind enorm«, sagte er. Nach seiner Schätzung seien [[mindestens 4.000]] \
Nordkoreaner gefallen oder verletzt worden, viele davon durch Drohnen, gegen die sie anfangs \
kaum geschult gewesen seien.

Für die nächsten Monate erwartet Hainzl keine Entspannung. »Ich rechne damit, dass heuer noch \
einmal [[bis zu 10.000]] nachkommen«, sagte er. Kim Jong Un bekomme dafür Geld, Lebensmittel und \
Erfahrung im modernen Krieg, die keine andere Armee Ostasiens habe.

Im Saal wurde danach vor allem über Österreichs Neutralität diskutiert. Eine Besucherin aus \
Nußdorf wollte wissen, ob man vom Attersee aus überhaupt etwas tun könne. Hainzl empfahl, \
Hilfsorganisationen zu unterstützen.

Der Attersee ist mit rund 46 Quadratkilometern der größte See, der zur Gänze in Österreich \
liegt. Der nächste Vortragsabend findet am 3. April um 19.30 Uhr statt, Thema: »Wasser als \
Konfliktstoff«.
""",
    claims=(
        C("zwischen 1.000 und 3.000", None, "range", "in_russia", "south_korea",
          "2025-02-20..2025-02-28", "NIS 'Ende Feber': 'zusätzliche' soldiers brought to Russia "
          "(increment)", add=True),
        C("etwa 12.000", 12000, "approx", "in_russia", "south_korea", "2025-02-20..2025-02-28",
          "'Damit stünden inzwischen wieder … hieß es aus Seoul': the new total (not an "
          "increment), carried from 'Ende Feber'"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "'Im Jänner hatte der Dienst … beziffert' (an older figure, month window): dead and "
          "wounded"),
        C("einigen tausend", None, "vague", "near_front", "united_states",
          "2025-03-01..2025-03-06", "a State Department official 'Anfang März' (window from the "
          "1st to publication): back at the front"),
        C("Über 1.500", 1500, "at_least", "near_front", "ukraine", "mon",
          "claimant after the figure: 'schrieb … Syrskyj am Montag auf Telegram'"),
        C("Tausenden", None, "vague", "casualties", "nato", "2025-02-10..2025-02-20",
          "Rutte 'Mitte Feber' in Kyiv: killed and wounded"),
        C("mindestens 4.000", 4000, "at_least", "casualties", "other", "tue",
          "Linz researcher at the talk 'am Dienstagabend' (lead), Konjunktiv 'Nach seiner "
          "Schätzung'"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "tue",
          "same speaker: 'heuer noch einmal … nachkommen' (increment; 'heuer' is the event, the "
          "talk dates the claim)", add=True),
    ),
)

N04 = Source(
    article_id="n90_04_schwarzenburg_anzeiger_kurzwelle_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-04-30"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Schwarzenburger Anzeiger",
        "https://www.schwarzenburger-anzeiger.example/ausland/pjoengjang-bestaetigt-einsatz-"
        "kursk-1187",
        "Pjöngjang bestätigt Einsatz – Seoul zählt 4700 Verluste",
    ),
    features="Schwarzenburgerland paper (Swiss conventions) in HTML, windows-1252 with CRLF (raw "
        "«», `ss`, `15'000`, 4-digit `4700`/`3000`/`8000`), no meta date (sidecar, Wednesday), "
        "a cookie notice in its own words, a tracking script with a character count, "
        "navigation, a footer; h1 'Seoul zählt 4700' from the NIS 'am Mittwoch' (the "
        "publication day); 'unter ihnen gegen 600' (breakdown); 'die Entsendung weiterer 3000' "
        "(planned increment) with 'hiess es' after; KCNA 'am Montag' without a figure; HUR "
        "'Nach Einschätzung' without a date 'höchstens 8000'; a radio amateur (other, `pub`) "
        "«Tausende»; shortwave frequency, mast heights, years, members, francs, Swiss officers "
        "at the Korean border",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Pjöngjang bestätigt den Einsatz in Kursk | Schwarzenburger Anzeiger</title>
<meta property="og:title" content="Pjöngjang bestätigt den Einsatz in Kursk">
<meta property="og:type" content="article">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({rubrik:"ausland",zeichen:3410,abo:\
false});</script>
</head>
<body>
<div id="cmp">Damit diese Seite weiss, was Sie interessiert, setzen wir Cookies. \
<button>Meinetwegen</button> <button>Nein danke, nur lesen</button></div>
<nav><a href="/">Titelseite</a> | <a href="/region">Gantrisch &amp; Schwarzenburgerland</a> | <a \
href="/ausland">Ausland</a> | <a href="/inserate">Inserate</a></nav>
<article>
<h1>Pjöngjang bestätigt Einsatz – Seoul zählt [[4700]] Verluste</h1>
<p class="lead">Nach Monaten des Schweigens gibt Nordkorea zu, dass seine Soldaten für Russland \
kämpfen. Ein Funkamateur aus Wahlern hat die Meldung am Kurzwellenempfänger mitgehört.</p>
<p>Nordkoreas Truppen haben in Russland schwere Verluste erlitten. Der südkoreanische \
Nachrichtendienst NIS bezifferte die Zahl der Toten und Verletzten am Mittwoch vor Abgeordneten \
in Seoul auf [[rund 4700]], unter ihnen [[gegen 600]] Gefallene. Insgesamt habe Pjöngjang seit \
dem vergangenen Herbst [[etwa 15'000]] Soldaten nach Russland geschickt. Zudem bereite das \
Regime die Entsendung weiterer [[3000]] Mann vor, hiess es.</p>
<p>Zwei Tage zuvor hatte Pjöngjang den Einsatz erstmals offiziell bestätigt. Am Montag \
veröffentlichte die Agentur KCNA eine Mitteilung der Militärkommission der Arbeiterpartei, \
wonach Einheiten der Volksarmee an der «Befreiung» des Gebiets Kursk mitgekämpft hätten. \
Eine Zahl nannte die Erklärung nicht. Machthaber Kim Jong Un liess verlauten, in der Hauptstadt \
werde ein Denkmal für die Gefallenen errichtet.</p>
<p>In Kiew hält man die Darstellung eines Sieges für Propaganda. Nach Einschätzung des \
ukrainischen Militärnachrichtendienstes HUR stehen im Gebiet Kursk derzeit noch \
[[höchstens 8000]] Nordkoreaner, viele davon in Artillerie- und Drohneneinheiten.</p>
<h2>«Die Stimme Koreas» auf 6170 Kilohertz</h2>
<p>Ueli Zbinden hat die Erklärung am Montagmorgen selbst gehört. Der 71-jährige pensionierte \
Fernmeldetechniker betreut einen kleinen Verein, der an die Kurzwellen-Sendeanlage Schwarzenburg \
erinnert: Von 1939 bis 1998 strahlte die Schweiz von hier aus ihre Programme in die Welt, die \
Antennenmasten waren bis zu 125 Meter hoch.</p>
<p>«Die Stimme Koreas hat kein Wort über Tote verloren», sagt Zbinden. «Dabei sind es nach \
allem, was man liest, [[Tausende]].» Er hört den Sender seit den Achtzigerjahren, meist \
spätabends, auf Deutsch und Englisch.</p>
<p>Die Schweiz ist seit 1953 in der neutralen Überwachungskommission an der innerkoreanischen \
Grenze vertreten, derzeit mit fünf Offizieren. Zbindens Verein zählt 43 Mitglieder, der \
Jahresbeitrag beträgt 40 Franken.</p>
</article>
<footer>Schwarzenburger Anzeiger · Bernstrasse 7, 3150 Schwarzenburg · Tel. 031 731 00 00 · © \
2025</footer>
</body>
</html>
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "h1 'Seoul zählt … Verluste': the NIS figure given 'am Mittwoch' (the publication day)"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'am Mittwoch vor Abgeordneten' (the publication day): dead and wounded"),
        C("gegen 600", 600, "approx", "casualties", "south_korea", "wed",
          "'unter ihnen … Gefallene' (breakdown, not an increment)"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "same briefing, Konjunktiv: sent since autumn"),
        C("3000", 3000, "exact", "planned", "south_korea", "wed",
          "'die Entsendung weiterer … vor, hiess es' (planned increment, span without the word)",
          add=True),
        C("höchstens 8000", 8000, "at_most", "near_front", "ukraine", "pub",
          "HUR 'Nach Einschätzung' without a date (present tense): in the Kursk region"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "radio amateur 'sagt' (undated, present): dead"),
    ),
)

N05 = Source(
    article_id="n90_05_kerzenmacher_zunftblatt_grabenkerzen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Wachs & Docht – Zunftblatt der Wachszieher und Kerzenmacher",
        "https://www.wachs-und-docht.example/heft-3-2025/wachs-fuer-die-schuetzengraeben",
        "Wachs für die Schützengräben",
    ),
    features="candle makers' guild magazine in Markdown, UTF-8 with BOM, front matter without a "
        "date (sidecar, Thursday) and a title without a figure; a Ukrainian apprentice's story "
        "about trench candles; Shoigu 'am 17. Juni' two figures (planned, russia, no increment "
        "word); HUR 'Anfang Juli' „mehrere hundert“ deminers (near front); an online paper "
        "'unter Berufung auf den ukrainischen Generalstab' 'am Montag' (X citing Y: ukraine); "
        "the JCS 'vergangene Woche'; Zelensky 'schon im Frühjahr' 'Zehntausende weitere' (season "
        "window, vague increment); the editors' own sum (unattributed, planned); candles, "
        "businesses, tonnes of wax, euros, an age, the guild's founding year",
    text="""\
---
title: "Wachs für die Schützengräben"
rubrik: Aus der Zunft
ausgabe: "Heft 3/2025"
autorin: Regina Stöckl
---

# Wachs für die Schützengräben

*Seit dem Winter gießen Mitgliedsbetriebe Grabenkerzen für die Ukraine. Eine Auszubildende aus \
Saporischschja erzählt, warum in ihrer Werkstatt plötzlich über Nordkorea gesprochen wird.*

Iryna Kowalenko ist 24 und steht seit September in der Wachszieherei Huber in Altötting an der \
Tauchanlage. Nach Feierabend gießt sie weiter: Konservendosen, gefüllt mit Wachsresten und \
gerollter Wellpappe, die in den Unterständen an der Front Licht und ein wenig Wärme spenden. \
Seit Januar hat die Werkstatt rund 3.000 dieser Grabenkerzen verschickt. Insgesamt haben sich 41 \
Betriebe der Aktion angeschlossen, gespendet wurden bislang 2,6 Tonnen Wachs.

Ihr Bruder dient in einer Artillerieeinheit im Gebiet Sumy. Seit dem Frühsommer, erzählt Iryna, \
sei dort auf der anderen Seite immer häufiger von Nordkoreanern die Rede. „Er schreibt, sie \
graben sich ein wie Maulwürfe.“

## Was über die Nordkoreaner bekannt ist

Russlands Sicherheitsratschef Sergej Schoigu hatte am 17. Juni nach einem Besuch bei Kim Jong Un \
verkündet, Nordkorea werde [[1000]] Spezialisten für die Minenräumung sowie [[5000]] \
Militärbauleute in das Gebiet Kursk entsenden. Kiews Militärgeheimdienst HUR meldete Anfang \
Juli, „[[mehrere hundert]]“ nordkoreanische Minenräumer arbeiteten bereits auf den Feldern rund \
um Sudscha.

Die Onlinezeitung „Ukrajinska Prawda“ berichtete am Montag unter Berufung auf den ukrainischen \
Generalstab, [[etwa 600]] nordkoreanische Artilleristen unterstützten die russischen Truppen \
inzwischen auch im Raum Sumy. Südkoreas Generalstab schätzte vergangene Woche, seit dem Herbst \
seien [[rund 15.000]] nordkoreanische Soldaten nach Russland gegangen; zu Verlusten wollte sich \
ein Sprecher nicht äußern.

Präsident Wolodymyr Selenskyj hatte schon im Frühjahr gewarnt, Pjöngjang könne [[Zehntausende]] \
weitere Soldaten schicken. Zählt man die Angaben aus Seoul und Moskau zusammen, kommt die \
Redaktion auf [[rund 21.000]] Nordkoreaner, die bis Jahresende in Russland im Einsatz sein \
könnten.

## Und die Zunft?

Der Wachspreis ist seit Kriegsbeginn von etwa 9 auf 14 Euro je Kilogramm gestiegen, sagt \
Zunftmeister Alois Brandl. Die Zunft, gegründet 1563, hat beschlossen, die Aktion bis \
Weihnachten fortzusetzen. Iryna will im Juni 2026 ihre Gesellenprüfung ablegen. „Danach“, sagt \
sie, „gieße ich Osterkerzen. Hoffentlich nur noch die.“
""",
    claims=(
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni': would send mine-clearing specialists (no increment word)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "2025-07-01..2025-07-10",
          "HUR 'Anfang Juli' in quotes: deminers already working around Sudzha"),
        C("etwa 600", 600, "approx", "near_front", "ukraine", "mon",
          "an online paper 'am Montag' citing the General Staff (X citing Y: ukraine): artillery "
          "crews in the Sumy area"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "the JCS 'vergangene Woche': gone to Russia since the autumn"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-03-01..2025-05-31",
          "Zelensky 'schon im Frühjahr' (season window): 'weitere' (increment)", add=True),
        C("rund 21.000", 21000, "approx", "planned", "unattributed", "pub",
          "the editors' own sum ('kommt die Redaktion auf'): could be deployed by year's end"),
    ),
)

N06 = Source(
    article_id="n90_06_hoexter_campusblatt_parade",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-10-16"),
    dated_by="dateline",
    features="Höxter student paper as plain text, windows-1252 (raw „“ and –), dateline 'Höxter, "
        "16.10.2025 –' (Thursday); headline 'Seoul: Rund 2.000' from the NIS 'Mitte September' "
        "(window to publication); 'teilte der Dienst … mit' after the Konjunktiv figure; 'Dazu "
        "seien 5.000 … auf dem Weg' (increment, in Russia); state TV 'Ende August' „Dutzenden“ "
        "(north_korea); returnees marching at 'am vergangenen Freitag' parade (optional); "
        "Budanov 'vergangene Woche' '15.000 zusätzliche' (increment); a Bielefeld political "
        "scientist on Tuesday's panel (other, range); students, exchange students, service "
        "months, canteen price, a lecture room",
    text="""\
Campusblatt Höxter – unabhängige Zeitung der Studierenden am Campus Höxter

Seoul: [[Rund 2.000]] Nordkoreaner gefallen – Pjöngjang feiert seine Heimkehrer

Höxter, 16.10.2025 – Wenn Seo-yeon Lim über ihr Zuhause spricht, fällt irgendwann das Wort \
Wehrdienst. Ihr jüngerer Bruder leistet gerade seine 18 Monate in der südkoreanischen Armee ab, \
nahe der Grenze zum Norden. „Wir schauen jeden Tag, was aus Kursk kommt“, sagt die 24-Jährige, \
die seit März Landschaftsarchitektur in Höxter studiert. Sie ist eine von zwölf \
Austauschstudierenden aus Südkorea am Campus.

Was aus Kursk kommt, ist düster. Der südkoreanische Auslandsgeheimdienst NIS schätzte Mitte \
September, dass [[rund 2.000]] nordkoreanische Soldaten in den Kämpfen um das russische \
Grenzgebiet ums Leben gekommen seien. Derzeit befänden sich noch [[etwa 11.000]] Soldaten in \
Russland, teilte der Dienst Abgeordneten in Seoul mit. Dazu seien [[5.000]] Militärbauarbeiter \
auf dem Weg, die beim Wiederaufbau von Straßen und Brücken helfen sollten.

Pjöngjang zeigt das anders. Schon Ende August hatte das nordkoreanische Staatsfernsehen Bilder \
gesendet, auf denen Kim Jong Un den Hinterbliebenen von [[Dutzenden]] gefallenen Soldaten Orden \
überreicht. Und als am vergangenen Freitag zum 80. Jahrestag der Parteigründung die Panzer durch \
Pjöngjang rollten, liefen laut Staatsmedien auch [[mehrere hundert]] Heimkehrer aus Kursk in \
eigenen Blöcken mit.

Kiew warnt unterdessen vor neuen Verlegungen. Der ukrainische Militärgeheimdienstchef Kyrylo \
Budanow sagte vergangene Woche in einem Interview, Nordkorea halte [[15.000]] zusätzliche \
Soldaten für einen Einsatz bereit.

Wie realistisch solche Zahlen sind, war am Dienstag Thema einer Podiumsdiskussion im Hörsaal H1, \
zu der rund 80 Studierende kamen. Der Bielefelder Politikwissenschaftler Jonas Vahle hielt es \
dort für denkbar, dass bis zum Jahresende [[20.000 bis 25.000]] Nordkoreaner in Russland im \
Einsatz sein könnten. „Für Kim ist das ein Exportgeschäft“, sagte Vahle. Seo-yeon Lim saß in der \
ersten Reihe und hörte zu.

Am Campus Höxter studieren derzeit rund 2.300 Menschen. Die Hochschulgruppe „Korea verstehen“ \
trifft sich dienstags um 18 Uhr in Raum 2.104, danach geht es meist in die Mensa, wo das \
Tagesgericht 3,40 Euro kostet.
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-10..2025-10-16",
          "headline 'Seoul:': the NIS figure of mid-September, window to publication"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-10..2025-09-20",
          "NIS 'Mitte September': dead"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-09-10..2025-09-20",
          "Konjunktiv, 'teilte der Dienst Abgeordneten in Seoul mit' after the figure: in Russia"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-09-10..2025-09-20",
          "'Dazu seien … auf dem Weg' (increment, being moved to Russia)", add=True),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-20..2025-08-31",
          "North Korean state TV 'Ende August': the fallen whose families got medals"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri..pub",
          "returnees marching at last Friday's parade, per state media (optional, as before)",
          opt=True),
        C("15.000", 15000, "exact", "planned", "ukraine", "lastweek",
          "Budanov 'vergangene Woche': 'zusätzliche' soldiers held ready (increment)", add=True),
        C("20.000 bis 25.000", None, "range", "planned", "other", "tue",
          "Bielefeld political scientist at the panel 'am Dienstag': could be deployed by year's "
          "end"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Latvia, Fiji, Guinea)
# ---------------------------------------------------------------------------------------------

N07 = Source(
    article_id="n90_07_kununurra_echo_backpackers_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-20"),
    dated_by="html_meta",
    features="East Kimberley weekly in HTML, UTF-8 with BOM (`article:published_time` with "
        "+08:00, a byline line 'Friday, 20 December 2024', a tides script, a cookie bar in its "
        "own words, navigation, a footer with a PO box and phone); `<title>` figure (optional); "
        "h1 'Seoul says 100 … 1,000' from a lawmaker's Thursday briefing (window to "
        "publication); 'a contingent he put at'; a U.S. official 'on Tuesday' 'no more than "
        "200'; Ukraine's special operations forces 'at the weekend' 'at least 50'; an RSL "
        "president 'They'll send thousands more' (vague increment, other, `pub`); backpackers, "
        "visa days, service months, ages, Bushmasters, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Seoul: [[100]] North Korean soldiers killed in first weeks of fighting | East Kimberley \
Echo</title>
<meta property="og:site_name" content="East Kimberley Echo">
<meta property="article:published_time" content="2024-12-20T09:15:00+08:00">
<meta property="article:section" content="World">
<script>window.eke={section:"world",tides:"wyndham",premium:false,words:640};</script>
</head>
<body>
<div class="cookie-bar">We keep a few cookies, like the croc warnings on the Ord. <button>Fair \
enough</button> <button>Show me the jar</button></div>
<nav><a href="/">Home</a> | <a href="/kununurra">Kununurra</a> | <a href="/wyndham">Wyndham</a> \
| <a href="/halls-creek">Halls Creek</a> | <a href="/world">World</a> | <a href="/tides">Weather \
&amp; Tides</a></nav>
<article>
<h1>Seoul says [[100]] North Koreans killed, [[1,000]] hurt in Kursk fighting</h1>
<p class="byline">By Kylie Marsh &middot; Friday, 20 December 2024</p>
<p>North Korea's troops in Russia have suffered their first heavy losses, South Korean \
intelligence believes, barely two weeks after they were thrown into battle in the Kursk \
region.</p>
<p>Lee Seong-kweun, who sits on the parliamentary intelligence committee in Seoul, came out of a \
session with the National Intelligence Service on Thursday to say that [[about 100]] of the \
North Koreans were dead and [[close to 1,000]] injured. They belonged to a contingent he put at \
[[roughly 11,000]] troops sent to Russia since October.</p>
<p>The briefing suggested the newcomers were struggling with drones and open farmland. \
&ldquo;They are being used as expendable assault troops,&rdquo; Lee told reporters.</p>
<p>Washington's figure is lower. A U.S. official, speaking on condition of anonymity on Tuesday, \
said [[no more than 200]] had been killed, though &ldquo;the number is climbing every \
day&rdquo;. Ukraine's special operations forces claimed at the weekend that their drone crews \
had killed [[at least 50]] North Korean soldiers around a single village in three days.</p>
<h2>Backpackers far from home</h2>
<p>In Kununurra the news has travelled through group chats among the roughly 40 South Korean \
working-holiday makers picking melons and mangoes on Ord River farms this season. Most need 88 \
days of regional work to extend their visas.</p>
<p>&ldquo;My cousin is doing his military service right now, 18 months,&rdquo; said Ji-woo Han, \
25, during a smoko break near Packsaddle Road. &ldquo;Every time there is news from Russia, my \
aunt calls him.&rdquo;</p>
<p>Ray Dodd, president of the local RSL sub-branch and a Vietnam veteran, expects Pyongyang to \
keep feeding men in. &ldquo;They'll send [[thousands]] more, no doubt about it,&rdquo; he said. \
Australia has so far committed more than 120 Bushmaster vehicles to Ukraine.</p>
</article>
<footer>East Kimberley Echo &middot; PO Box 217, Kununurra WA 6743 &middot; (08) 9168 0000 \
&middot; &copy; 2024</footer>
<script async src="/js/tides.min.js"></script>
</body>
</html>
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "`<title>` (optional): the lawmaker's Thursday figure", opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "h1 'Seoul says … killed': the lawmaker's Thursday figure, window to publication"),
        C("1,000", 1000, "exact", "casualties", "south_korea", "thu..pub",
          "same h1: hurt"),
        C("about 100", 100, "approx", "casualties", "south_korea", "thu",
          "lawmaker briefed by the NIS 'on Thursday': died"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (not an increment)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'a contingent he put at … sent to Russia' (pronoun back to Lee)"),
        C("no more than 200", 200, "at_most", "casualties", "united_states", "tue",
          "a U.S. official 'on Tuesday': killed"),
        C("at least 50", 50, "at_least", "casualties", "ukraine", "sat..sun",
          "Ukraine's special operations forces 'at the weekend': killed"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "RSL president in quotes, undated: 'send … more' (increment, span without the word)",
          add=True),
    ),
)

N08 = Source(
    article_id="n90_08_south_uist_lines_range_road_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-19"),
    dated_by="front_matter",
    features="South Uist community page in Markdown, UTF-8, front matter with `date:` "
        "(Wednesday) and a title without a figure; an italic standfirst with a distance in "
        "miles; the JCS 'last Thursday' with a range increment ('additional' after the figure) "
        "and 'it reckons' carrying the new total; 'In February the JCS had estimated' (month); "
        "the UK Ministry of Defence 'on Saturday' (other); Zelensky 'on Friday' with 'put the "
        "number … at' and the figure in quotes; Ukrainian commanders who 'told the BBC last "
        "week' 'in their thousands'; a retired range controller's number words 'twenty "
        "thousand' (other, `pub`); range staff, pounds, ferry minutes, Russian losses, ages",
    text="""\
---
title: "Fresh North Korean troops head for Kursk, Seoul says"
date: 2025-03-19
author: Mairi Steele
tags: [world, Uist, defence]
---

# Fresh North Korean troops head for Kursk, Seoul says

*From the range road to the Kursk steppe: why a war some 2,000 miles away keeps coming up at the \
Lochboisdale pier.*

South Korea's military says North Korea has sent reinforcements to Russia, weeks after its \
soldiers were pulled back from the front line in Kursk to recover from heavy losses.

The Joint Chiefs of Staff in Seoul said last Thursday that [[1,000 to 3,000]] additional \
soldiers had arrived in Russia since January. With the newcomers, it reckons, Pyongyang has now \
deployed [[some 14,000]] troops in all. In February the JCS had estimated North Korean \
casualties at [[roughly 4,000]], dead and wounded together.

The UK's defence ministry, whose daily intelligence notes are widely read in Kyiv, wrote on \
Saturday that [[more than 11,000]] were once more stationed in the Kursk region. President \
Volodymyr Zelensky, speaking to reporters in Kyiv on Friday, put the number back at the front at \
"[[about 12,000]]". Ukrainian commanders told the BBC last week that the North Koreans had \
returned "in their [[thousands]]", this time better prepared for drones.

Russia, which says it lost no territory in Kursk that it has not since recovered, has never \
confirmed that North Koreans are there at all. Kyiv says Moscow loses more than 1,100 men a day \
along the whole front.

## The view from the range road

On South Uist, where the Ministry of Defence has tested rockets and drones over the Atlantic \
since the 1950s, the war has a way of turning up in conversation. The Hebrides range employs \
around 150 people, many of them local, and a new contract worth £1.2 billion was signed last year.

"Not that anyone here's counting," said Archie MacIntyre, 68, a retired range controller, \
waiting for the ferry, which was running 90 minutes late. "But I'd wager there'll be \
[[twenty thousand]] of them out there by the summer. Kim's got nothing but men to sell."

A Ukrainian family of five has lived in Daliburgh since 2022. The mother, who asked that her \
name not be used, said she no longer reads the news after nine at night.
""",
    claims=(
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea", "2025-03-13",
          "the JCS 'last Thursday' (March 13): 'additional' soldiers arrived (increment, span "
          "without the word after it)", add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "2025-03-13",
          "'With the newcomers, it reckons': the new total, not an increment, carried from the "
          "JCS statement"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "2025-02-01..2025-02-28",
          "'In February the JCS had estimated' (month window): dead and wounded"),
        C("more than 11,000", 11000, "at_least", "near_front", "other", "sat",
          "UK Ministry of Defence 'on Saturday' (a third government: other): in the Kursk region"),
        C("about 12,000", 12000, "approx", "near_front", "ukraine", "fri",
          "Zelensky 'on Friday', 'put the number back at the front at' in quotes"),
        C("thousands", None, "vague", "near_front", "ukraine", "lastweek",
          "Ukrainian commanders who 'told the BBC last week' (X citing Y: ukraine): returned"),
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "retired range controller, undated: 'there'll be … by the summer' (number words)"),
    ),
)

N09 = Source(
    article_id="n90_09_casper_oil_city_ledger_shoigu",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-06-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Oil City Ledger",
        "https://www.oilcityledger.example/news/world/russia-says-north-korea-will-send-6000-"
        "more-to-kursk",
        "Russia says North Korea will send 6,000 more to Kursk",
    ),
    features="Casper (Wyoming) oil-town paper as plain text, ISO-8859-1 with straight quotes and "
        "CRLF (sidecar, Thursday), byline and 'CASPER -' without a date; headline '6,000 more' "
        "(increment, russia) from Shoigu's Tuesday announcement; 'who runs Russia's Security "
        "Council, said Tuesday' (no 'on') with two figures and no increment word; the NIS "
        "'earlier this month' (window from the 1st); the DIA threat assessment 'in May' (month, "
        "'put the figure at'); Budanov 'last week' 'tens of thousands of additional' (vague "
        "increment); a Casper College instructor 'estimates' (other, `pub`); oil price, barrels, "
        "rigs, per cent, Korean War dead, county population, an age",
    text="""\
Oil City Ledger - World & Nation

Russia says North Korea will send [[6,000]] more to Kursk

By Dale Sorensen
Ledger staff writer

CASPER - Half a world from the Powder River Basin, a deal between Moscow and Pyongyang is adding \
one more worry to a week already crowded with them for anyone who watches the price of crude.

Sergei Shoigu, who runs Russia's Security Council, said Tuesday after meeting Kim Jong Un in \
Pyongyang that North Korea would send [[1,000]] specialists to clear mines and [[5,000]] \
soldiers from its construction corps to Russia's Kursk region, where a year of fighting has left \
villages in ruins. It was the first time Moscow had put a number on North Korean help of any kind.

Earlier this month, Seoul's intelligence agency said Pyongyang had by now shipped \
[[around 15,000]] troops to Russia. The U.S. Defense Intelligence Agency, in its annual threat \
assessment in May, put the figure at [[more than 11,000]]. Kyrylo Budanov, who heads Ukrainian \
military intelligence, cautioned last week that [[tens of thousands]] of additional North Korean \
soldiers could follow.

What it means here

For Casper, where the price of West Texas Intermediate decides whose trucks keep rolling, the \
war mostly shows up as a line on a chart. Crude rose about 4 percent this week to near $75 a \
barrel. Natrona County had nine rigs running on Monday, down from 14 a year ago, and Wyoming \
pumped about 93 million barrels of oil last year.

"People here remember Korea as their grandfathers' war," said Gary Lindqvist, 61, who teaches \
history at Casper College and spent 22 years in Army intelligence. Nearly 37,000 Americans died \
in that war between 1950 and 1953.

Lindqvist believes Seoul's casualty count is too low. He estimates that [[about 2,000]] North \
Koreans have died in Russia so far, many of them in the first winter, "when they walked across \
open snow straight into the drones."

Natrona County, home to about 80,000 people, has no North Korean connection that anyone at the \
Ledger could find. But the Casper Petroleum Club has put the subject on the agenda of its July \
lunch, Lindqvist said, "right between interest rates and the sage grouse."
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Russia says … will send … more': Shoigu's Tuesday total (increment word "
          "after the figure)", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said Tuesday': would send mine-clearing specialists (no increment word)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-19",
          "South Korea's intelligence service 'earlier this month' (from the 1st): sent so far"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-31", "DIA threat assessment 'in May' ('put the figure at')"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "lastweek",
          "Budanov 'warned last week': 'of additional … could follow' (increment)", add=True),
        C("about 2,000", 2000, "approx", "casualties", "other", "pub",
          "Casper College instructor 'estimates' (present tense, undated): died"),
    ),
)

N10 = Source(
    article_id="n90_10_ventspils_harbour_herald_nato_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-08-13"),
    dated_by="html_meta",
    features="Ventspils English-language outlet in HTML, windows-1252 (typographic quotes raw, "
        "Latvian letters as numeric entities `&#363;`, `&#256;`, `&#382;`, `&#257;`), "
        "`article:published_time` with +03:00, a reading-time script, a cookie notice in its "
        "own words, navigation, a footer; `<title>` figure (optional); h1 'NATO sees more than "
        "15,000' from an unnamed NATO official's Monday briefing; 'he said' with the figure in "
        "quotes (dead); HUR 'in July' 'a further 25,000 to 30,000' (range increment); Seoul "
        "'estimates' in the present tense (`pub`); the US ambassador to NATO 'on Friday' "
        "„north of 10,000”; Latvia's defence minister 'on Tuesday' (other); shadow-fleet "
        "tankers, tonnes, per cent of GDP, the Canadian-led brigade, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>NATO: [[more than 15,000]] North Korean troops in Russia | Ventspils Harbour Herald</title>
<meta property="article:published_time" content="2025-08-13T08:30:00+03:00">
<meta property="og:locale" content="en_LV">
<meta property="og:type" content="article">
<script>var vhh={edition:"en",section:"region",readMinutes:4,paywall:"none"};</script>
</head>
<body>
<div class="gdpr">Cookies help us count readers, not ships. <button>Let them aboard</button> \
<button>Leave them ashore</button></div>
<nav class="top"><a href="/">Front page</a> · <a href="/harbour">Harbour &amp; ships</a> · <a \
href="/latvia">Latvia</a> · <a href="/world">World</a> · <a href="/lv">Latviski</a></nav>
<article>
<h1>NATO sees [[more than 15,000]] North Korean troops in Russia</h1>
<p class="standfirst">Alliance official briefs Baltic reporters as tankers of Russia’s shadow \
fleet keep passing the Kurzeme coast</p>
<p>A senior NATO military official, briefing Baltic journalists in Riga on Monday, said \
[[more than 15,000]] soldiers from the North had rotated through Russia since last autumn, \
considerably more than the alliance had acknowledged in public before. Of those, he said, \
“[[roughly 2,000]]” had been killed. The official spoke on condition that he not be named.</p>
<p>Ukraine’s military intelligence agency had warned in July that Pyongyang could send a further \
[[25,000 to 30,000]] troops, most of them to stand in for Russian units along the Kursk and \
Belgorod borders.</p>
<p>Seoul’s intelligence service, for its part, estimates that [[about 11,000]] North Koreans are \
currently deployed in the Kursk region, many of them clearing mines and rebuilding bridges.</p>
<p>Matthew Whitaker, Washington’s ambassador to the alliance, said on a podcast on Friday that \
“[[north of 10,000]]” North Koreans were fighting or working close to the front. Latvia’s \
Defence Minister Andris Spr&#363;ds told Latvian Radio on Tuesday that Pyongyang had lost \
“[[several thousand]]” men, adding that “every one of them frees a Russian for the front”.</p>
<h2>Tankers on the horizon</h2>
<p>In Ventspils the war is measured in ships. Port pilots counted 17 tankers of the so-called \
shadow fleet passing the coast in July, most of them heading north from Ust-Luga. The port \
handled 9.1 million tonnes of cargo last year, less than half its pre-war volume.</p>
<p>Riga wants defence spending to reach 3.45% of GDP in 2026, and the multinational brigade at \
&#256;da&#382;i, led by Canada, counts about 2,000 troops from a dozen countries.</p>
</article>
<footer>Ventspils Harbour Herald · Ost&#257;s iela 8, Ventspils · +371 6362 0000 · © 2025</footer>
</body>
</html>
""",
    claims=(
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "mon..pub",
          "`<title>` 'NATO:' (optional)", opt=True),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "mon..pub",
          "h1 'NATO sees': the official's Monday figure, window to publication"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "mon",
          "unnamed senior NATO official briefing 'on Monday': served in Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "nato", "mon",
          "'Of those, he said, “…” had been killed' (breakdown)"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'had warned in July': 'a further' (increment)", add=True),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "pub",
          "Seoul's intelligence service 'estimates' (present tense, undated): in Kursk"),
        C("north of 10,000", 10000, "at_least", "near_front", "united_states", "fri",
          "US ambassador to NATO 'on Friday' in quotes: near the front"),
        C("several thousand", None, "vague", "casualties", "other", "tue",
          "Latvia's defence minister 'on Tuesday' (a third government: other): lost"),
    ),
)

N11 = Source(
    article_id="n90_11_kadavu_island_page_old_soldiers_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-09-10"),
    dated_by="sidecar",
    sidecar=(
        "Kadavu Island News",
        "",
        "Kadavu's old soldiers watch a faraway war",
    ),
    features="Kadavu (Fiji) island page in Markdown, UTF-16 LE with BOM (sidecar without url, "
        "Wednesday), front matter without a date and a title without a figure, dateline "
        "'VUNISEA, Kadavu —' without a date; lawmakers who heard from the NIS 'last Thursday' "
        "(explicit date a week before), 'The agency also believes … another 5,000' (increment, "
        "carried); the General Staff 'on Monday'; a State Department official 'in July' (month); "
        "'are thought to have been sent' (unattributed, required); a former peacekeeper's number "
        "words 'three thousand' (other, `pub`); peacekeepers, island population, ferry hours, "
        "Fiji dollars, ages, years",
    text="""\
---
title: "Kadavu's old soldiers watch a faraway war"
section: Community
island: Kadavu
---

# Kadavu's old soldiers watch a faraway war

**VUNISEA, Kadavu —** At the provincial office by the airstrip, the radio is tuned to the midday \
news, and for a few minutes the talk turns from fish prices to a war on the other side of the \
world.

Lawmakers in Seoul who heard from South Korea's National Intelligence Service last Thursday said \
[[about 2,000]] North Korean soldiers had now died fighting for Russia. The agency also believes \
Pyongyang is preparing to send another [[5,000]] troops, they said.

Ukraine's General Staff reported on Monday that [[roughly 1,500]] North Koreans were still \
manning artillery positions along the Kursk border. Washington's most recent public estimate, \
from a State Department official in July, was [[up to 12,000]] North Korean troops in Russia at \
any one time. In all, [[some 14,000]] North Koreans are thought to have been sent to Russia \
since October last year.

## "Soldiers are soldiers"

Ratu Seru Vakaloloma, 66, served two tours with UN peacekeepers in southern Lebanon in the 1980s \
and now farms yaqona above Namalata. He follows the war on a battery radio and on his grandson's \
phone.

"They will not tell you the real number. I would say [[three thousand]] dead, not two," he says. \
"Soldiers are soldiers. Somebody's son is not coming home."

Fiji has sent more than 600 soldiers and police to UN missions this year. Kadavu, home to about \
10,000 people, has given many of them; some villages count a dozen former peacekeepers.

The ferry from Suva takes about ten hours when the weather is kind, and a return fare costs \
FJ$95. Ratu Seru says he has been to Suva twice this year, both times for the hospital.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "lawmakers who heard from the NIS 'last Thursday' (September 4): died"),
        C("5,000", 5000, "exact", "planned", "south_korea", "2025-09-04",
          "'The agency also believes … another …, they said' (carried; increment, span without "
          "the word)", add=True),
        C("roughly 1,500", 1500, "approx", "near_front", "ukraine", "mon",
          "Ukraine's General Staff 'on Monday': artillery positions on the Kursk border"),
        C("up to 12,000", 12000, "at_most", "in_russia", "united_states",
          "2025-07-01..2025-07-31", "a State Department official 'in July' (month window)"),
        C("some 14,000", 14000, "approx", "in_russia", "unattributed", "pub",
          "'are thought to have been sent' without a source (unattributed, required)"),
        C("three thousand", 3000, "exact", "casualties", "other", "pub",
          "former peacekeeper 'he says' (present tense): dead (number words)"),
    ),
)

N12 = Source(
    article_id="n90_12_kaloum_coast_dispatch_engineers",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Kaloum Coast Dispatch",
        "https://kaloumdispatch.example/issues/214",
        "Seoul says 5,000 more North Korean troops moving to Russia",
    ),
    features="Conakry newsletter for the shipping and mining trade as plain text, UTF-8 "
        "(sidecar, Thursday), an issue number and an all-caps headline '5,000 MORE' (increment) "
        "from the NIS 'on Tuesday' (window to publication); 'a further 5,000' (increment); "
        "'About 10,000 others … the committee was told' (not an increment); Shoigu's 'June "
        "pledge' (russia, month); state media 'in August' „hundreds of martyrs” (north_korea); "
        "Japan's defence white paper 'published in July' (other); HUR 'last week'; the "
        "newsletter's own reckoning (unattributed range, required); bauxite tonnes, francs per "
        "dollar, berths, independence year, a phone number",
    text="""\
KALOUM COAST DISPATCH
The English-language letter for Conakry's shipping and mining people
Issue 214

SEOUL SAYS [[5,000]] MORE NORTH KOREAN TROOPS MOVING TO RUSSIA

South Korea's spy agency told a parliamentary committee on Tuesday that a further [[5,000]] \
North Korean military engineers had begun moving to Russia in September. [[About 10,000]] others \
remain posted near the Kursk border, the committee was told.

Why should anyone on the Kaloum peninsula care? Because Russia is here. Rusal digs bauxite near \
Kindia and ships it out through the port of Conakry, and Moscow's ambassador is a regular guest \
at the presidential palace. Guinea exported about 145 million tonnes of bauxite last year, more \
than any other country, and a good share of it ended up in Russian smelters.

Moscow has never offered a figure of its own beyond Shoigu's June pledge of [[6,000]] engineers \
and deminers. North Korea has admitted losses only vaguely: in August its state media spoke of \
"[[hundreds]] of martyrs" from what it calls the Kursk liberation campaign.

Others keep count. Japan's annual defence white paper, published in July, put North Korean dead \
and wounded at [[around 4,700]]. Kyiv's military intelligence said last week that \
[[several hundred]] North Korean artillerymen were now also operating further south, on the \
Zaporizhzhia front.

Add up the official estimates and somewhere [[between 15,000 and 20,000]] soldiers from the \
North have now seen service in Russia since October 2024. That is about the size of Guinea's \
whole army.

THE WEEK IN THE PORT

Two of the port's 14 berths were closed for dredging until Monday. The franc traded at about \
8,650 to the dollar on the parallel market. The independence day reception (Guinea, 1958) moves \
to the terrace of the Noom hotel this year.

Advertising and subscriptions: +224 620 00 00 14. Reply to this letter to be taken off the list.
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "all-caps headline 'SEOUL SAYS … MORE … MOVING TO RUSSIA': the Tuesday figure, window "
          "to publication (increment, span without the word)", add=True),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "spy agency before a committee 'on Tuesday': 'a further' engineers moving to Russia "
          "(increment)", add=True),
        C("About 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'others remain posted near the Kursk border, the committee was told' (not an "
          "increment)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Shoigu's June pledge' (month window)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state media 'in August': martyrs"),
        C("around 4,700", 4700, "approx", "casualties", "other", "2025-07-01..2025-07-31",
          "Japan's defence white paper 'published in July' (a third government: other)"),
        C("several hundred", None, "vague", "near_front", "ukraine", "lastweek",
          "HUR 'said last week': artillerymen on the Zaporizhzhia front"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own reckoning ('Add up the official estimates'): required"),
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
