"""Build the FORTY-SIXTH BLIND corpus: articles, sidecar, gold (`python build_corpus.py`).

A forty-eighth corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Flensburg daily with a
Danish angle, an Erzgebirge local TV station's web text on the two prisoners and the North Korean
apprentices of GDR days, a Mürztal weekly on a Ukrainian family in Kapfenberg (Austrian
conventions), a Zurich Unterland paper on two former aid workers from Embrach watching the party
parade (Swiss conventions), a railway enthusiasts' magazine on the troop transports across the
Tumen bridge, and a Potsdam student radio station on a Babelsberg film seminar; in English: a
Darwin community radio station's Korean-language programme, an Isles of Scilly news page on a
Ukrainian flower picker, a Delaware paper on Air National Guard airmen in a Korean exercise, a
Moldovan English-language outlet on the first losses, a Micronesian news site's year-end piece
and a Djibouti-based English-language shipping newsletter. Same file format, marker syntax and
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
BASE_NAME = "_blind46_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="b46_01_flensburg_foerde_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features=(
        "Flensburg daily's web page in HTML (`article:published_time` with +01:00, an author line "
        "'Dienstag, 5. November 2024', an analytics script with an article id, a privacy layer "
        "with two buttons, regional navigation, a reading-time box, footer with a price and a "
        "phone number); `<title>` figure (optional); headline 'Washington:' from the State "
        "Department spokesman 'am Montag' (Monday to publication); `mehr als 10.000` in Kursk "
        "and the range `11.000 bis 12.000` sent, carried by Konjunktiv; Zelensky 'am "
        "Sonntagabend' „11.000“; the NIS briefing 'am 29. Oktober' carried by 'Nach deren "
        "Darstellung' to two figures; Denmark's defence minister 'am Sonntag' `Tausende` (a third "
        "government: other); a Flensburg political scientist `bis zu 15.000` 'weitere' (other, "
        "planned increment, `pub`); Danish aid in euros, distance, naval cadets, refugees in "
        "Flensburg, seats, room number"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Washington: [[10.000]] Nordkoreaner bei Kursk | Förde-Rundschau</title>
<meta property="og:site_name" content="Förde-Rundschau">
<meta property="article:published_time" content="2024-11-05T05:45:00+01:00">
<meta property="article:section" content="Welt">
<script>var frStats = {ressort: "welt", artikel: 20241105117, plus: 0, lesezeit: 4};</script>
</head>
<body>
<div class="privacy-layer">Wir nutzen Cookies, um Zugriffe zu zählen und Anzeigen passend \
auszuspielen. Unter „Privatsphäre“ im Seitenfuß lässt sich das jederzeit ändern. \
<button>Zustimmen</button> <button>Nur technisch notwendige</button></div>
<nav><a href="/flensburg">Flensburg</a> | <a href="/sl-fl">Schleswig-Flensburg</a> | <a \
href="/nf">Nordfriesland</a> | <a href="/norden">Der Norden</a> | <a href="/welt">Welt</a> | <a \
href="/sport">Sport</a></nav>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Washington: [[10.000]] Nordkoreaner stehen bei Kursk</h1>
<p class="vorspann">Die US-Regierung rechnet damit, dass Kims Soldaten bald in die Kämpfe \
geschickt werden. In Kopenhagen wächst die Sorge, an der Förde diskutieren Studierende.</p>
<p class="autor">Von Hauke Jessen · Dienstag, 5. November 2024 · Lesezeit 4 Minuten</p>
<p>Flensburg/Washington. Die Zahl der nordkoreanischen Soldaten im russischen Grenzgebiet Kursk \
ist nach amerikanischer Einschätzung deutlich gewachsen. Es seien inzwischen [[mehr als 10.000]], \
erklärte Außenamtssprecher Matthew Miller am Montag vor der Presse in Washington. Alles in allem \
seien [[11.000 bis 12.000]] Soldaten aus dem Norden ins Land gekommen, die allermeisten davon \
seien inzwischen vom Fernen Osten in den Westen weitergezogen.</p>
<p>Miller fügte hinzu, man gehe davon aus, dass Russland die Truppen „in den kommenden Tagen“ \
einsetzen werde. Sie seien an Artillerie, in Drohnenabwehr und in einfacher Infanterietaktik \
geschult worden.</p>
<p>Kiew berichtet bereits von ersten Zusammenstößen. Präsident Wolodymyr Selenskyj sprach am \
Sonntagabend in seiner Videobotschaft von „[[11.000]] nordkoreanischen Soldaten“ in der Region \
Kursk. Verteidigungsminister Rustem Umjerow sagte einem südkoreanischen Sender, es habe „kleine \
Gefechte“ gegeben; eine Zahl nannte er dabei nicht.</p>
<h2>Seoul hatte früh gewarnt</h2>
<p>Der südkoreanische Geheimdienst NIS hatte die Abgeordneten des zuständigen Ausschusses am 29. \
Oktober unterrichtet. Nach deren Darstellung hat Pjöngjang [[rund 11.000]] Soldaten nach Russland \
verlegt, [[mehr als 3.000]] davon seien bereits auf dem Weg in Richtung Front gewesen.</p>
<h2>Kopenhagen schaut genau hin</h2>
<p>Nördlich der Grenze wird die Entwicklung aufmerksam verfolgt. Dänemarks Verteidigungsminister \
Troels Lund Poulsen sagte am Sonntag im Fernsehen, [[Tausende]] Nordkoreaner an der ukrainischen \
Grenze seien „eine Eskalation, die ganz Europa betrifft“. Sein Land hat Kiew seit 2022 \
Militärhilfe im Wert von rund 7,5 Milliarden Euro zugesagt.</p>
<p>An der Europa-Universität Flensburg hat die Politikwissenschaftlerin Inken Carstensen für \
Donnerstag, 18 Uhr, eine offene Gesprächsrunde angesetzt, Raum HEL 160, 80 Plätze. „Viele \
Studierende fragen mich, warum ein Land, das gut 8.000 Kilometer von hier liegt, plötzlich in \
diesem Krieg mitmischt“, sagt sie. Carstensen hält es für wahrscheinlich, dass Kim im Lauf des \
Winters [[bis zu 15.000]] weitere Männer schickt: „Er verdient an jedem einzelnen.“</p>
<p>In Flensburg leben derzeit gut 2.300 Geflüchtete aus der Ukraine. An der Marineschule Mürwik \
beginnen jedes Jahr rund 500 Offiziersanwärterinnen und -anwärter ihre Ausbildung.</p>
</article>
<footer>© Förde-Rundschau 2024 · <a href="/impressum">Impressum</a> · Digital-Abo ab 9,90 € im \
Monat · Leserservice 0461 808 90 0</footer>
<script src="/js/fr-bundle.min.js?v=3.18.2" defer></script>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Washington:': the State Department spokesman's Monday figure of the body"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "mon",
          "Miller 'am Montag' (source after the figure): in the Kursk border region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same statement, Konjunktiv: brought to Russia in total"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "sun",
          "Zelensky 'am Sonntagabend' „…“: in the Kursk region"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2024-10-29",
          "NIS briefing 'am 29. Oktober', carried by 'Nach deren Darstellung': moved to Russia"),
        C("mehr als 3.000", 3000, "at_least", "near_front", "south_korea", "2024-10-29",
          "same briefing: on the way toward the front"),
        C("Tausende", None, "vague", "near_front", "other", "sun",
          "Denmark's defence minister 'am Sonntag' (a third government: other): at the border"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "Flensburg political scientist 'hält es für wahrscheinlich' (undated): 'weitere' "
          "(increment)", add=True),
    ),
)

G02 = Source(
    article_id="b46_02_erzgebirge_tv_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "ERZ.tv Erzgebirgsfernsehen",
        "https://www.erz-tv.example/nachrichten/2025-01-15/gefangene-nordkoreaner-lehrlinge-schwa"
        "rzenberg",
        "Gefangene Nordkoreaner: Ein Schwarzenberger erinnert sich an Lehrlinge aus Pjöngjang",
    ),
    features=(
        "Erzgebirge local TV station's web text as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar, Wednesday), a broadcast line 'Sendung vom Mittwoch, 18 Uhr'; headline number "
        "word `zwei` from Zelensky's Saturday announcement (Saturday to publication); Zelensky "
        "'am Samstag' `zwei` captured, carried to 'Hunderte' dead in their unit by 'Nach "
        "ukrainischer Darstellung'; the NIS confirming 'am Sonntag' and 'Einen Tag später' "
        "(Monday) `rund 300` dead and `etwa 2.700` wounded (not an increment), `rund 11.000` sent "
        "with 'so der NIS' after the figure; Zelensky 'am 6. Januar' `3.800`; the White House 'am "
        "27. Dezember' `mehr als 1.000`; North Korean apprentices in a GDR factory (not troops), "
        "a local historian's age, refugees in the district, temperatures, snow depth, phone"
    ),
    text="""\
Kiew meldet [[zwei]] gefangene Nordkoreaner – ein Schwarzenberger erinnert sich an Lehrlinge \
aus Pjöngjang

ERZ.tv Nachrichten | Sendung vom Mittwoch, 18 Uhr | Redaktion Annaberg-Buchholz

Schwarzenberg/Kiew – Die Bilder aus einem Kiewer Krankenhaus sind seit dem Wochenende überall zu \
sehen: junge Männer mit Verbänden an Kiefer und Händen, die in gebrochenem Russisch Fragen \
beantworten. Präsident Wolodymyr Selenskyj hatte die Nachricht am Samstag selbst verbreitet: \
Fallschirmjäger und Einheiten der Spezialkräfte hätten bei Kursk [[zwei]] Nordkoreaner lebend in \
ihre Gewalt gebracht. Beide seien verletzt und würden vom Geheimdienst SBU vernommen. Nach \
ukrainischer Darstellung gehörten sie zu einer Einheit, die in den Wochen zuvor \
[[Hunderte]] Tote zu beklagen hatte.

Südkoreas Nachrichtendienst NIS bestätigte die Festnahme am Sonntag. Einen Tag später legte er \
dem Parlament in Seoul neue Zahlen vor: Demnach sind bei den Kämpfen [[rund 300]] Nordkoreaner \
ums Leben gekommen und [[etwa 2.700]] verwundet worden. Offenbar hätten die Soldaten Befehl, sich \
vor einer Gefangennahme selbst zu töten. Von den [[rund 11.000]] Mann, die Pjöngjang seit dem \
Herbst nach Russland geschickt habe, sei ein großer Teil an der Front, so der NIS.

Selenskyj hatte die Verluste der Nordkoreaner schon am 6. Januar deutlich höher angesetzt und von \
[[3.800]] Toten und Verwundeten gesprochen. Das Weiße Haus wiederum hatte am 27. Dezember \
erklärt, allein binnen einer Woche hätten die Nordkoreaner [[mehr als 1.000]] Tote und Verletzte \
zu beklagen gehabt.

Für Gerd Ullmann sind die Bilder aus Kiew auch eine Erinnerung. Der 71-jährige Heimatforscher \
aus Schwarzenberg hat die Geschichte der Vertragsarbeiter in den Betrieben der Region \
aufgeschrieben. Zwischen 1986 und 1989 lernten nach seinen Unterlagen 46 junge Nordkoreaner im \
damaligen Waschgerätewerk das Schweißen und Drehen. „Sie waren 17, 18 Jahre alt, so alt wie die \
Jungen jetzt in Kursk“, sagt Ullmann. „Sie wohnten im Heim an der Bahnhofstraße und durften \
kaum allein in die Stadt.“

Viel Kontakt habe es nicht gegeben, erzählt er. Einmal im Monat sei ein Betreuer der Botschaft \
aus Ostberlin gekommen, danach seien die jungen Männer tagelang still gewesen. Was aus ihnen \
geworden ist, weiß Ullmann nicht. Einen Brief, den er 1991 nach Pjöngjang schickte, hat nie \
jemand beantwortet.

Im Erzgebirgskreis leben nach Angaben des Landratsamts derzeit rund 3.900 Menschen aus der \
Ukraine. Am Fichtelberg lag am Mittwochmorgen 62 Zentimeter Schnee, in Oberwiesenthal wurden \
minus 11 Grad gemessen.

Hinweise an die Redaktion: 03733 56 49 20
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kiew meldet': Zelensky's Saturday announcement of the body (Saturday to "
          "publication): captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag': captured alive (casualties)"),
        C("Hunderte", None, "vague", "casualties", "ukraine", "sat",
          "'Nach ukrainischer Darstellung' right after Zelensky's Saturday statement: dead in "
          "their unit"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'Einen Tag später' after Sunday (Monday): dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same briefing: wounded (not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, 'so der NIS' after the figure: sent since autumn"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-06",
          "Zelensky 'am 6. Januar': dead and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-27",
          "the White House 'am 27. Dezember': killed or wounded within a week"),
    ),
)

G03 = Source(
    article_id="b46_03_muerztal_wochenspiegel_kapfenberg",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-12"),
    dated_by="dateline",
    features=(
        "Mürztal weekly as plain text, ISO-8859-1 (straight quotes, hyphens as dashes), "
        "Austrian 'Jänner', 'Feber', 'heuer'; masthead line 'Kapfenberg, 12.03.2025'; a "
        "Ukrainian family in Kapfenberg whose son fights in Kursk (no figure of his own); HUR "
        "'Anfang März' `rund 1.500` 'weitere' (increment, days 1-10); the JCS 'am Freitag' "
        "`mindestens 1.000` 'zusätzliche' (increment); the NIS 'Im Jänner' `rund 11.000` (month); "
        "the Pentagon 'Ende Feber' `über 4.000` with 'gut ein Drittel' (fraction); Ukrainian "
        "officers 'sprechen' `einigen tausend` (`pub`); Rutte 'am Montag' `Tausenden`; a "
        "Viennese political scientist `bis zu 10.000` 'dazukommen' (other, planned increment, "
        "`pub`); refugees in the district, working hours, opening hours, ages, phone"
    ),
    text="""\
MÜRZTALER WOCHENSPIEGEL - Kapfenberg, 12.03.2025 - Ausgabe 11/2025

"Er sagt, die Koreaner sind wieder da"

Eine ukrainische Familie in Kapfenberg verfolgt die Nachrichten aus Kursk mit Bangen. Der Sohn \
kämpft dort - gegen Soldaten aus Nordkorea.

Von Martina Pölzl

Seit drei Jahren lebt Olena Kowal mit ihrer Tochter in einer Wohnung in der Wiener Straße. Ihr \
Sohn Taras, 24, dient in einer Luftsturmbrigade, die seit dem Sommer im russischen Gebiet Kursk \
eingesetzt ist. Wenn er anruft, dann meistens nachts, erzählt die 51-Jährige. "Im Jänner hat er \
gesagt, es ist ruhiger geworden. Jetzt sagt er, die Koreaner sind wieder da."

Was Taras am Telefon schildert, deckt sich mit den Meldungen aus Kiew. Der ukrainische \
Militärgeheimdienst HUR teilte Anfang März mit, Pjöngjang habe heuer [[rund 1.500]] weitere \
Soldaten nach Russland geschickt. Nach einer Pause von mehreren Wochen seien die Nordkoreaner \
wieder in die Angriffe bei Sudscha eingebunden, nun in kleineren Trupps und mit besserer \
Deckung gegen Drohnen.

Der Generalstab in Seoul bestätigte das am Freitag im Wesentlichen. Seit Jahresbeginn seien \
[[mindestens 1.000]] zusätzliche Kräfte aus dem Norden in Russland eingetroffen, sagte ein \
Sprecher. Im Jänner war der südkoreanische Nachrichtendienst NIS noch von [[rund 11.000]] \
Soldaten ausgegangen, die Kim Jong Un seit Oktober entsandt habe.

Die Verluste sind hoch. Das Pentagon schätzte Ende Feber, dass [[über 4.000]] Nordkoreaner \
gefallen oder verwundet seien - gut ein Drittel der ursprünglich entsandten Truppe. Wie viele \
derzeit tatsächlich an der Front stehen, ist unklar; ukrainische Offiziere sprechen von \
"[[einigen tausend]]". Auch Nato-Generalsekretär Mark Rutte sagte am Montag in Brüssel, \
[[Tausende]] Nordkoreaner kämpften auf russischer Seite.

Für den Wiener Politikwissenschafter Lukas Sterner ist die Rückkehr keine Überraschung. "Kim \
bekommt für jeden Soldaten Geld, Öl und Technik. Ich halte es für wahrscheinlich, dass heuer \
noch [[bis zu 10.000]] Mann dazukommen", sagte er dem Wochenspiegel.

Olena Kowal will solche Zahlen nicht mehr hören. Sie arbeitet 30 Stunden in der Woche in einer \
Bäckerei in Kindberg, die Tochter geht in die vierte Klasse der Volksschule. Ende Feber hat die \
Familie ihren Aufenthaltstitel verlängert bekommen, vorerst bis März 2026. "Wir warten", sagt \
sie, "das ist alles, was wir können."

Im Bezirk Bruck-Mürzzuschlag leben laut Bezirkshauptmannschaft derzeit rund 620 Menschen aus der \
Ukraine. Die Beratungsstelle der Caritas in der Grazer Straße ist dienstags und donnerstags von 9 \
bis 12 Uhr geöffnet, Tel. 03862 22 3 15.
""",
    claims=(
        C("rund 1.500", 1500, "approx", "in_russia", "ukraine", "2025-03-01..2025-03-10",
          "HUR 'Anfang März': 'weitere' sent this year (increment)", add=True),
        C("mindestens 1.000", 1000, "at_least", "in_russia", "south_korea", "fri",
          "Seoul's general staff 'am Freitag': 'zusätzliche' arrived since January (increment)",
          add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'Im Jänner' (an older figure recalled): sent since October"),
        C("über 4.000", 4000, "at_least", "casualties", "united_states", "2025-02-21..2025-02-28",
          "Pentagon 'Ende Feber': dead or wounded ('gut ein Drittel' is a fraction)"),
        C("einigen tausend", None, "vague", "near_front", "ukraine", "pub",
          "'ukrainische Offiziere sprechen von' (present tense, no date): at the front"),
        C("Tausende", None, "vague", "near_front", "nato", "mon",
          "Rutte 'am Montag' in Brussels: fighting on Russia's side"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Viennese political scientist to the weekly (undated): 'noch … dazukommen' "
          "(increment)", add=True),
    ),
)

G04 = Source(
    article_id="b46_04_unterland_embrach_parade_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-10-16"),
    dated_by="front_matter", crlf=True,
    features=(
        "Zurich Unterland paper in Markdown, windows-1252 with CRLF, Swiss conventions (`ss`, "
        "«», `15'000`, `10'000`, `18'000`, 4-digit `2000`/`5000`), front matter with `date:`; "
        "headline 'Seoul zählt' `2000` from the body's Tuesday briefing (Tuesday to "
        "publication); two former aid workers from Embrach watching the parade 'am Freitag' "
        "(their own numbers are not claims); state TV «mehreren hundert» Kursk veterans "
        "(returnees: optional); the NIS 'schätzt' dated by a lawmaker 'am Dienstag' after it: "
        "`rund 15'000` sent, `etwa 2000` dead, `rund 10'000` at the border and 'hinzu kämen' "
        "`5000` builders in Kursk (increment); HUR 'vergangene Woche' `bis zu 18'000`; Rutte "
        "'Anfang Oktober' «noch einmal Tausende» (planned vague increment, days 1-10); years in "
        "Pyongyang, staff, francs, ages, the party's anniversary, a lecture date"
    ),
    text="""\
---
title: "«Wir kannten diese Gesichter»"
date: 2025-10-16
ressort: Region
autorin: Seraina Bachmann
---

# Kims Kursk-Veteranen marschieren – Seoul zählt [[2000]] Tote

**Zur Parade zum 80. Jahrestag der Arbeiterpartei liess Kim Jong Un Soldaten aufmarschieren, die \
in Russland gekämpft hatten. Ein Ehepaar aus Embrach, das sieben Jahre in Pjöngjang lebte, \
schaut mit gemischten Gefühlen zu.**

Embrach – Ursula und Beat Keller haben die Bilder am Freitagabend auf dem Laptop angeschaut, \
zweimal. Von 2012 bis 2019 arbeiteten die beiden für ein Schweizer Hilfswerk in Pjöngjang, er \
als Agronom, sie als Buchhalterin eines Projekts mit zuletzt 40 Mitarbeitenden und einem Budget \
von 2,6 Millionen Franken im Jahr. «Die Strassen, die Tribüne, das kennen wir alles», sagt der \
68-Jährige. «Aber die Gesichter dieser jungen Soldaten, die sind neu.»

Das Staatsfernsehen zeigte, wie eine Formation von «[[mehreren hundert]]» Rückkehrern aus dem \
russischen Gebiet Kursk an der Tribüne vorbeizog, angeführt von Offizieren mit frischen Orden. \
Kim selbst sprach von «Helden», die «ihre Pflicht gegenüber dem Bruderland» erfüllt hätten.

## Was Seoul weiss

Der südkoreanische Nachrichtendienst NIS schätzt, dass Pjöngjang seit dem Herbst 2024 insgesamt \
[[rund 15'000]] Soldaten nach Russland geschickt hat. [[Etwa 2000]] von ihnen seien gefallen, \
sagte ein Abgeordneter am Dienstag nach einer Sitzung des Geheimdienstausschusses in Seoul. \
Derzeit stünden [[rund 10'000]] Mann an der Grenze zur Ukraine, hinzu kämen [[5000]] Bausoldaten, \
die im Gebiet Kursk Strassen, Brücken und Stromleitungen instand setzten.

In Kiew geht man von grösseren Zahlen aus. Der ukrainische Militärgeheimdienst HUR sprach \
vergangene Woche von [[bis zu 18'000]] Nordkoreanern, die in Russland stationiert seien. \
Nato-Generalsekretär Mark Rutte hatte Anfang Oktober gewarnt, Kim könne «noch einmal \
[[Tausende]]» schicken, wenn Moskau dafür bezahle.

## «Man lernt dort schweigen»

Beat Keller ist vorsichtig mit Urteilen. «Wir haben in sieben Jahren nie mit jemandem offen über \
Politik gesprochen», sagt er. Wer in Pjöngjang arbeite, lerne schnell, was man fragen dürfe und \
was nicht. Seine Frau erinnert sich an einen jungen Fahrer, der 2018 plötzlich zum Militär \
eingezogen wurde. «Er war 19. Heute wäre er 26 – genau im Alter dieser Männer auf der \
Tribüne.»

Das Hilfswerk hat sein Büro in Pjöngjang im Jahr 2020 geschlossen, während der Pandemie. \
Zurückgekehrt ist seither niemand. Die Kellers halten am 6. November in der Gemeindebibliothek \
Embrach einen Vortrag über ihre Jahre in Nordkorea, Beginn 19.30 Uhr, Eintritt frei.
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul zählt': the NIS figure the body dates to Tuesday (to publication)"),
        C("mehreren hundert", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at the parade 'am Freitagabend': Kursk veterans (returnees)", opt=True),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'schätzt' (present tense) dated by the lawmaker 'am Dienstag' in the next "
          "sentence: sent since autumn 2024"),
        C("Etwa 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "lawmaker after the intelligence committee 'am Dienstag': fallen"),
        C("rund 10'000", 10000, "approx", "near_front", "south_korea", "tue",
          "same account, Konjunktiv: at the border with Ukraine"),
        C("5000", 5000, "exact", "near_front", "south_korea", "tue",
          "'hinzu kämen' builders working in Kursk (increment)", add=True),
        C("bis zu 18'000", 18000, "at_most", "in_russia", "ukraine", "lastweek",
          "HUR 'vergangene Woche': stationed in Russia"),
        C("Tausende", None, "vague", "planned", "nato", "2025-10-01..2025-10-10",
          "Rutte 'Anfang Oktober' «noch einmal …» (could send: planned increment)", add=True),
    ),
)

G05 = Source(
    article_id="b46_05_schienenwelt_tumen_bruecke_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-11-27"),
    dated_by="sidecar",
    sidecar=(
        "Schienenwelt – Magazin für Eisenbahnfreunde",
        "https://www.schienenwelt.example/blick-ueber-die-gleise/ueber-chassan-nach-westen",
        "Über Chassan nach Westen: Wie Kims Soldaten reisen",
    ),
    features=(
        "railway enthusiasts' magazine's world page in Markdown, UTF-8 with BOM, front matter "
        "without a date (an issue number; sidecar, Wednesday); the Tumen bridge, gauges, the "
        "Trans-Siberian's length and train lengths (not claims); the NIS 'am 18. Oktober' `rund "
        "1.500` by ship (source at the end of the sentence); lawmakers briefed 'am Mittwoch "
        "vergangener Woche' (an ISO date) `mehr als 10.000`; HUR 'Anfang November' `rund "
        "11.000` in Kursk (days 1-10); Pentagon spokeswoman 'am 4. November' `etwa 10.000`; a "
        "senior official in Seoul 'am Montag' `mehreren tausend` 'zusätzlichen' (planned vague "
        "increment); the magazine's own reckoning `mindestens 11.000` (unattributed, required, "
        "`pub`); containers, axle loads, years, subscription price"
    ),
    text="""\
---
title: "Über Chassan nach Westen: Wie Kims Soldaten reisen"
rubrik: Blick über die Gleise
heft: 12/2024
autor: Jens-Uwe Lindemann
---

# Über Chassan nach Westen

*Nur eine einzige Eisenbahnbrücke verbindet Nordkorea mit Russland. Seit dem Herbst ist sie \
wichtiger denn je – und nicht nur für Güterzüge.*

Wer von Nordkorea aus mit der Bahn nach Russland will, hat genau eine Möglichkeit: die \
Freundschaftsbrücke über den Tumen zwischen Tumangang und Chassan, eröffnet 1959, gut 600 Meter \
lang und mit Dreischienengleis, damit Züge in Normalspur (1.435 mm) und russischer Breitspur \
(1.520 mm) sie befahren können. Lange fuhren hier vor allem Kohle- und Containerzüge zum Hafen \
Rajin. Seit Oktober, so berichten Beobachter auf beiden Seiten, rollen auch Züge mit Soldaten.

## Erst per Schiff, dann per Bahn

Die ersten Nordkoreaner kamen allerdings über das Meer. [[Rund 1.500]] Mann habe Russland Mitte \
Oktober mit Landungsschiffen von Chongjin nach Wladiwostok gebracht, teilte der südkoreanische \
Nachrichtendienst NIS am 18. Oktober mit. Inzwischen sind es deutlich mehr: Abgeordnete \
berichteten nach einer Unterrichtung durch den Dienst am Mittwoch vergangener Woche, [[mehr als \
10.000]] Soldaten seien in Russland eingetroffen.

Von Wladiwostok und Ussurijsk aus ging es weiter auf der Transsib, je nach Route 9.000 Kilometer \
und mehr. Der ukrainische Militärgeheimdienst HUR beschrieb Anfang November Züge mit bis zu 40 \
Wagen, die ohne Halt in größeren Bahnhöfen nach Westen fuhren. [[Rund 11.000]] Nordkoreaner \
befänden sich inzwischen im Gebiet Kursk, so der Dienst damals.

Washington kam auf eine ähnliche Größenordnung. Pentagon-Sprecherin Sabrina Singh sagte am 4. \
November, [[etwa 10.000]] Soldaten aus dem Norden seien in die Region Kursk verlegt worden.

## Mehr Verkehr erwartet

Ein Ende ist nicht in Sicht. Ein ranghoher Regierungsbeamter in Seoul rechnete am Montag mit \
„[[mehreren tausend]]“ zusätzlichen Soldaten bis zum Jahresende. Auf der Schiene gilt die \
Strecke als Nadelöhr: Die Brücke ist eingleisig, die zulässige Achslast liegt bei 20 Tonnen.

Rechnet man die bekannten Transporte per Schiff und Bahn zusammen, dürften bislang [[mindestens \
11.000]] Mann aus dem Norden nach Russland gelangt sein. In die Gegenrichtung fahren vor allem \
Munitionszüge: Nach Schätzungen aus Seoul hat Pjöngjang seit August 2023 über 13.000 Container \
mit Granaten und Raketen geliefert.

*Schienenwelt erscheint monatlich. Jahresabo 58 Euro, Einzelheft 5,90 Euro.*
""",
    claims=(
        C("Rund 1.500", 1500, "approx", "in_russia", "south_korea", "2024-10-18",
          "NIS 'am 18. Oktober' (source after the figure; 'Mitte Oktober' is the event): "
          "brought by ship"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "2024-11-20",
          "lawmakers after the NIS briefing 'am Mittwoch vergangener Woche': arrived in Russia"),
        C("Rund 11.000", 11000, "approx", "near_front", "ukraine", "2024-11-01..2024-11-10",
          "HUR 'Anfang November', 'so der Dienst damals': in the Kursk region"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "2024-11-04",
          "Pentagon spokeswoman 'am 4. November': moved to Kursk"),
        C("mehreren tausend", None, "vague", "planned", "south_korea", "mon",
          "senior official in Seoul 'am Montag' „…“: 'zusätzlichen' expected by year's end "
          "(increment)", add=True),
        C("mindestens 11.000", 11000, "at_least", "in_russia", "unattributed", "pub",
          "the magazine's own reckoning ('Rechnet man … zusammen'): unattributed, required"),
    ),
)

G06 = Source(
    article_id="b46_06_potsdam_campusradio_babelsberg_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-17"),
    dated_by="sidecar",
    sidecar=(
        "Campusradio Potsdam",
        "",
        "Seminar in Babelsberg: Wie Pjöngjang seine Toten zeigt",
    ),
    features=(
        "Potsdam student radio's web text in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`), no meta date (sidecar without url, "
        "Wednesday), a stream script with a bitrate, a cookie note, show navigation, footer "
        "with the frequency; `<title>` figure (optional); headline 'Seoul zählt' from the NIS "
        "'Anfang September' (days 1 to publication); NIS `etwa 2.000` dead, carried to `rund "
        "13.000` sent and `etwa 11.000` 'von denen' at the front (breakdown); state media 'im "
        "August' &bdquo;Hunderten&ldquo; fallen (north_korea); HUR 'Ende August' `mehr als "
        "6.000`; an FU Berlin Korea researcher at the seminar 'am Montag' `3.000 bis 4.000` "
        "dead (other, range, Monday to publication); seminar size, film length, founding year, "
        "semester dates, frequency"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul zählt [[rund 2.000]] tote Nordkoreaner &ndash; Seminar in Babelsberg | Campusradio \
Potsdam</title>
<script>var cr_stream = {url: "https://stream.campusradio-potsdam.example/live.mp3", kbps: 128, \
autoplay: false};</script>
</head>
<body>
<div class="cookie-note">Diese Seite speichert ein Cookie, damit der Player sich Ihre Lautstärke \
merkt. Mehr brauchen wir nicht. <button>Verstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/sendungen">Sendungen</a> &middot; <a \
href="/campus">Campus</a> &middot; <a href="/kultur">Kultur</a> &middot; <a \
href="/mitmachen">Mitmachen</a></nav>
<main>
<h1>Seoul zählt [[rund 2.000]] tote Nordkoreaner &ndash; in Babelsberg wird analysiert, wie \
Pjöngjang sie zeigt</h1>
<p class="teaser">Ein Seminar an der Filmuniversität nimmt sich die Propagandabilder aus \
Nordkorea vor. Wir waren dabei.</p>
<p class="byline">Von Lea Brandstätter, Redaktion Weltempfang</p>
<p>Der Raum ist abgedunkelt, auf der Leinwand kniet Kim Jong Un vor einer Wand aus \
Porträts. Die 14 Studierenden im Seminar &bdquo;Bilder des Krieges&ldquo; schauen einen \
42 Minuten langen Zusammenschnitt des nordkoreanischen Staatsfernsehens, danach wird \
diskutiert: Wer wird gezeigt, wer nicht, und warum gerade jetzt?</p>
<p>Anlass sind neue Zahlen aus Seoul. Südkoreas Nachrichtendienst NIS hatte Anfang September \
erklärt, von den nordkoreanischen Soldaten im Gebiet Kursk seien [[etwa 2.000]] gefallen. \
Insgesamt habe Pjöngjang [[rund 13.000]] Mann nach Russland geschickt, von denen [[etwa 11.000]] \
an der Front eingesetzt worden seien.</p>
<p>Lange hatte Nordkorea über die eigenen Verluste geschwiegen. Im August aber sprachen die \
Staatsmedien plötzlich von &bdquo;[[Hunderten]] Helden&ldquo;, die im Ausland ihr Leben gegeben \
hätten, und zeigten die Zeremonie, die jetzt in Babelsberg auf der Leinwand läuft. Der \
ukrainische Militärgeheimdienst HUR hält die Verluste für weit höher: Ende August bezifferte er \
die Zahl der getöteten und verwundeten Nordkoreaner auf [[mehr als 6.000]].</p>
<h2>&bdquo;Die Inszenierung ist neu&ldquo;</h2>
<p>Zu Gast war am Montag der Koreanist Jonas Wittkamp von der Freien Universität Berlin. Er \
rechnet mit deutlich mehr Toten, als Seoul angibt: &bdquo;Ich halte [[3.000 bis 4.000]] \
Gefallene für realistisch, wenn man die Verwundeten einbezieht, die später gestorben \
sind.&ldquo; Neu sei nicht das Sterben, sondern die Bühne, die das Regime ihm jetzt gebe.</p>
<p>Seminarleiterin Katrin Hoppe will die Analyse im Wintersemester fortsetzen, das am 13. \
Oktober beginnt. Die Filmuniversität, 1954 als Deutsche Hochschule für Filmkunst gegründet, \
zählt heute rund 900 Studierende.</p>
</main>
<footer>Campusradio Potsdam &ndash; auf UKW 91,8 und im Stream &middot; <a \
href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul zählt': the NIS figure of the body ('Anfang September' to "
          "publication)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September', Konjunktiv: fallen"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same statement, Konjunktiv: sent to Russia in total"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "'von denen … an der Front eingesetzt' (a breakdown, no increment)"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state media 'Im August' &bdquo;…&ldquo;: heroes who gave their lives"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'Ende August': killed and wounded"),
        C("3.000 bis 4.000", None, "range", "casualties", "other", "mon..pub",
          "FU Berlin Korea researcher at the seminar 'am Montag' (Monday to publication): dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, UK, US, Moldova, Micronesia, Djibouti)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="b46_07_darwin_community_radio_korean_hour_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-04-29"),
    dated_by="html_meta", crlf=True,
    features=(
        "Darwin community radio station's website in HTML, windows-1252 with CRLF (curly quotes "
        "and dashes raw, `&amp;` as an entity), `article:published_time` with +09:30, a byline "
        "'Tuesday 29 April 2025', a donation banner, a cookie strip, a schedule script, "
        "navigation, footer with ABN and frequency; `<meta name=\"description\">` figure "
        "(optional); headline 'Seoul counts' from the JCS 'on Monday' (Monday to publication); "
        "KCNA and Gerasimov without a figure; the JCS `roughly 14,000` sent, `about 4,700` "
        "casualties and `some 600` 'of them' dead (breakdown); a State Department spokesperson "
        "'on Monday' „more than 11,000“; Zelensky 'on Sunday' `thousands` near the border; a "
        "Charles Darwin University lecturer on Sunday's programme 'another' `10,000 or so` "
        "(other, planned increment, Sunday); Korean community size, Anzac Day crowd, "
        "volunteers, donations, temperature, programme length"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Pyongyang owns up to Kursk role | Frangipani FM 104.1</title>
<meta name="description" content="Seoul’s military says [[about 4,700]] North Korean soldiers \
have been killed or wounded. Our Korean Hour asks listeners what the admission means.">
<meta property="article:published_time" content="2025-04-29T07:10:00+09:30">
<script>var fpSchedule = {now: "Breakfast Mix", next: "Korean Hour", tz: "+09:30"};</script>
</head>
<body>
<div class="donate">Frangipani FM runs on volunteers. Chip in from $5 a month &amp; keep \
community radio on air.</div>
<div class="cookies">We use a couple of cookies to remember your stream settings. <a \
href="/privacy">Privacy notice</a> <button>Noted, thanks</button></div>
<nav><a href="/">Home</a> | <a href="/listen">Listen live</a> | <a href="/programs">Programs</a> \
| <a href="/news">Local &amp; World</a> | <a href="/volunteer">Volunteer</a></nav>
<article>
<h1>Seoul counts [[4,700]] North Korean casualties as Pyongyang owns up to Kursk role</h1>
<p class="byline">By Daniel Whitfield · Tuesday 29 April 2025</p>
<p>After six months of denials, North Korea has finally said out loud what the rest of the \
world already knew. Its state news agency KCNA confirmed on Monday that soldiers sent by Kim \
Jong Un had fought in Russia’s Kursk region, calling them “heroes” who had helped “liberate” \
the area. Two days earlier Valery Gerasimov, Russia’s top general, had praised the “Korean \
comrades” in a televised report to Vladimir Putin. Neither gave a number.</p>
<p>Seoul did. South Korea’s Joint Chiefs of Staff told reporters on Monday that the North had \
sent [[roughly 14,000]] troops to Russia since last October. Of those, [[about 4,700]] had been \
killed or wounded, [[some 600]] of them fatally, a spokesman said.</p>
<p>In Washington, a State Department spokesperson said on Monday that the US had long assessed \
that “[[more than 11,000]]” North Korean soldiers were sent to fight Ukraine. Ukraine’s \
President Volodymyr Zelensky said on Sunday that [[thousands]] of North Koreans were still \
being used in assaults near the border with Ukraine’s Sumy region.</p>
<h2>‘They will want more’</h2>
<p>On Sunday’s edition of Frangipani FM’s Korean Hour, host Grace Yoon put the news to Dr \
Seo-yeon Park, who lectures in Asian studies at Charles Darwin University. Dr Park said the \
admission was less about honesty than about paying the bill. “Moscow owes Pyongyang now, and \
Pyongyang will collect,” she said. “I would expect another [[10,000 or so]] to be sent before \
the year is out.”</p>
<p>Darwin’s Korean community numbers about 1,800 people, many of them students and workers \
on the tropical fruit farms around Humpty Doo. Several listeners rang in during the 60-minute \
program; most wanted to know whether relatives on the peninsula could be drawn in.</p>
<p>Meanwhile more than 12,000 people turned out at the Cenotaph on Friday for the Anzac Day \
dawn service, the biggest crowd in years. It was 24 degrees at first light.</p>
</article>
<footer>Frangipani FM 104.1 · Darwin Community Broadcasting Inc. · ABN 41 227 903 118 · 120 \
volunteers, one transmitter, no ads</footer>
</body>
</html>
""",
    claims=(
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "mon..pub",
          "<meta name=description> (metadata) restating the JCS figure", opt=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul counts': the JCS Monday figure of the body (to publication)"),
        C("roughly 14,000", 14000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'told reporters on Monday': sent since October"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same briefing ('a spokesman said' at the end): killed or wounded"),
        C("some 600", 600, "approx", "casualties", "south_korea", "mon",
          "'of them fatally' (a breakdown): dead"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokesperson 'on Monday' “…”: sent"),
        C("thousands", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'on Sunday': used in assaults near the border"),
        C("10,000 or so", 10000, "approx", "planned", "other", "sun",
          "CDU lecturer on Sunday's programme: 'another' expected (increment)", add=True),
    ),
)

E08 = Source(
    article_id="b46_08_scilly_flower_farm_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-02-14"),
    dated_by="front_matter",
    features=(
        "Isles of Scilly news page in Markdown, front matter with `date:` and a title without a "
        "figure; place line '**St Martin's** –'; a Ukrainian flower picker whose brother fights "
        "in Kursk (no figure of his own); lead `several thousand` pulled back from the NIS "
        "'on Wednesday' (Wednesday to publication); the NIS 'on Wednesday' via a lawmaker "
        "`several thousand` (in Russia, away from the front); 'by its January count' `roughly "
        "300` dead and `2,700` wounded (month); Ukraine's military intelligence spokesman 'on "
        "Monday' `around 8,000` still in Kursk; Britain's defence ministry 'on Sunday' `over "
        "4,000` (other); 'is thought to have sent' `some 11,000` (unattributed, required, "
        "`pub`); flower boxes, stems, residents, ferry miles, pay in pounds, ages, temperature"
    ),
    text="""\
---
title: "Far from the front, a picker's worry"
date: 2025-02-14
section: News
byline: Tamsin Hicks
---

# Far from the front, a picker’s worry

North Korea has pulled [[several thousand]] of its soldiers back from the fighting in Russia’s \
Kursk region, South Korea says. On St Martin’s, one woman reads every line of the news.

**St Martin’s** – At half past six in the morning the packing shed at Churchtown Farm is \
already warm with the smell of narcissi. Iryna Bondar, 34, from Mykolaiv, bunches stems in \
tens, bands them and lays them in boxes bound for the mainland. This is her third winter \
season on the islands. Her younger brother, a drone operator, has been in the Kursk region \
since August.

“He told me in January the Koreans were everywhere,” she says. “Now he says it is quiet. Quiet \
is not always good.”

What her brother sees matches what Seoul has been telling its parliament. A lawmaker who sat \
in on a closed session with South Korea’s spy agency on Wednesday said the agency believed \
[[several thousand]] North Korean troops had been moved away from the front line to rear \
areas in Russia, after heavy losses against Ukrainian drones. By its January count, [[roughly \
300]] had been killed and [[2,700]] wounded.

Kyiv is more cautious. Andriy Yusov, a spokesman for Ukraine’s military intelligence, said on \
Monday that [[around 8,000]] North Koreans remained in Kursk and could return to combat at \
any time. Britain’s Ministry of Defence, in its Sunday bulletin on the war, put their \
casualties at [[over 4,000]].

Pyongyang is thought to have sent [[some 11,000]] soldiers to Russia last autumn, a \
deployment neither government has ever acknowledged.

Iryna will stay on the islands until the end of the season in March. The farm ships around \
40,000 boxes of scented narcissi each winter, she says, and pays the pickers £12.60 an hour. \
On her day off she takes the boat across to St Mary’s, about two miles, to phone home from \
the café with the best signal.

Scilly has around 2,200 residents, and a handful of Ukrainians have found work on the flower \
farms since 2022. Temperatures this week stayed near 9C, mild enough for the fields to flower \
on time.
""",
    claims=(
        C("several thousand", None, "vague", "in_russia", "south_korea", "wed..pub",
          "lead 'South Korea says' (present tense): the lawmaker's Wednesday account of the body"),
        C("several thousand", None, "vague", "in_russia", "south_korea", "wed",
          "lawmaker after the spy agency's closed session 'on Wednesday': moved to rear areas "
          "in Russia (not at the front)"),
        C("roughly 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "'By its January count' (the agency's January figures): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same count: wounded (not an increment)"),
        C("around 8,000", 8000, "approx", "near_front", "ukraine", "mon",
          "military intelligence spokesman 'on Monday': remaining in Kursk"),
        C("over 4,000", 4000, "at_least", "casualties", "other", "sun",
          "Britain's Ministry of Defence 'on Sunday' (a third government: other)"),
        C("some 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'is thought to have sent' (no source): unattributed, required"),
    ),
)

E09 = Source(
    article_id="b46_09_delaware_guard_korea_exercise",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-08-26"),
    dated_by="dateline", crlf=True,
    features=(
        "Delaware paper as plain text, windows-1252 with CRLF (curly quotes and dashes raw), "
        "date line 'Tuesday, August 26, 2025' and dateline 'NEW CASTLE —'; Air National Guard "
        "airmen back from an exercise in Korea (their own figures are not claims); headline "
        "`101` from state TV 'on Friday' (north_korea, Friday to publication); state TV `101` "
        "portraits (north_korea, casualties); the USFK commander 'last week' `roughly 11,000` "
        "with combat experience; the NIS 'in April' `about 4,700` (month); Kyiv's military "
        "intelligence 'in July' `25,000 to 30,000` 'more' (range increment); Shoigu 'in June' "
        "`6,000` (russia, planned); a University of Delaware professor `15,000 or more` "
        "(other, at_least, in combat, `pub`); wing members, aircraft, US troops in Korea, "
        "exercise days and participants, miles, phone"
    ),
    text="""\
Delaware airmen home from Korea drills as Pyongyang mourns [[101]] Kursk dead

The Kent & New Castle Ledger
Tuesday, August 26, 2025

By Marcus Ostrowski

NEW CASTLE — Forty airmen of the Delaware Air National Guard’s 166th Airlift Wing landed back \
at the New Castle air base late Sunday after eleven days in South Korea, where they flew cargo \
and medical evacuation runs during Ulchi Freedom Shield, the annual exercise the allies hold \
every August.

The drills took place against an unusual backdrop. On Friday, North Korean state television \
broadcast a ceremony in Pyongyang at which Kim Jong Un knelt before the portraits of [[101]] \
soldiers who, the announcer said, had died “carrying out their internationalist duty” in \
Russia’s Kursk region. It was the most detailed public account the North has ever given of its \
losses.

“Everybody over there was talking about it,” said Master Sgt. Denise Alvarado, a loadmaster \
from Smyrna on her third trip to the peninsula. “The Koreans we worked with kept saying the \
same thing: those guys have now been in a real war, and we haven’t.”

That worry is shared at the top. Gen. Xavier Brunson, who commands the 28,500 U.S. troops \
stationed in South Korea, told reporters last week that [[roughly 11,000]] North Koreans had \
now gained combat experience fighting Ukrainian forces, lessons in drones and artillery that \
would be passed on at home.

The official tally from Pyongyang is far below other estimates. Seoul’s National Intelligence \
Service counted [[about 4,700]] North Korean dead and wounded in April. And Kyiv expects more to \
come: Ukraine’s military intelligence warned in July that Pyongyang might dispatch \
another [[25,000 to 30,000]] soldiers. Russia has spoken openly about new arrivals since \
June, when Sergei Shoigu, the head of its Security Council, announced in Pyongyang that the \
North would dispatch [[6,000]] engineers and construction troops to rebuild Kursk.

“If you add up the rotations, you’re looking at [[15,000 or more]] men who have seen modern \
war up close,” said Soo-jin Hartley, a professor of political science at the University of \
Delaware who studies the Korean military. “No army in Asia has that right now except Russia’s \
and Ukraine’s.”

The 166th, with about 1,100 members and eight C-130H aircraft, has taken part in the Korea \
exercise four times since 2016. This year some 21,000 South Korean and American personnel \
took part, according to U.S. Forces Korea. The wing’s crews flew about 9,000 miles each way.

Families with questions about Guard deployments can call the wing’s family program office at \
302-323-3300.
""",
    claims=(
        C("101", 101, "exact", "casualties", "north_korea", "fri..pub",
          "headline 'Pyongyang mourns': the state TV figure of the body (Friday to publication)"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "North Korean state television 'On Friday': portraits of the dead"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "lastweek",
          "USFK commander 'told reporters last week': gained combat experience (in combat)"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'counted … in April': dead and wounded"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "Ukraine's military intelligence 'warned in July': could send 'more' (increment)",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June' (announced in Pyongyang): would dispatch"),
        C("15,000 or more", 15000, "at_least", "near_front", "other", "pub",
          "University of Delaware professor (undated quote): 'have seen modern war up close' "
          "(combat experience, like the USFK commander's figure)"),
    ),
)

E10 = Source(
    article_id="b46_10_chisinau_prut_post_losses_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-18"),
    dated_by="sidecar",
    sidecar=(
        "The Prut Post",
        "https://www.prutpost.example/world/2024/12/18/hundreds-of-north-koreans-killed-or-wounded"
        "-washington-says",
        "Hundreds of North Koreans killed or wounded in Kursk, Washington says",
    ),
    features=(
        "Moldovan English-language outlet in HTML, UTF-8 with BOM (no meta date: sidecar, "
        "Wednesday; a top bar with the exchange rate in lei, a language switch RO/RU/EN, a "
        "consent note, a metrics script, footer); `<title>` figure (optional); headline "
        "`Hundreds` 'Washington says' from a senior US military official 'on Monday' (Monday "
        "to publication); the official `several hundred` casualties and `roughly 11,000` sent; "
        "HUR 'at the weekend' `at least 30` (Saturday-Sunday); the JCS 'on Tuesday' `thousands` "
        "'more' (planned vague increment); a Chisinau security analyst `20,000` by spring "
        "(other, planned, `pub`); Russian troops in Transnistria, gas transit, population, lei "
        "and euros, per cent"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>[[Hundreds]] of North Koreans killed or wounded in Kursk, Washington says – The Prut \
Post</title>
<meta property="og:site_name" content="The Prut Post">
<script>window.ppMetrics = {sect: "world", words: 590, lang: "en"};</script>
</head>
<body>
<div class="topbar">EUR/MDL 19.08 · <a href="/ro">RO</a> · <a href="/ru">RU</a> · <b>EN</b></div>
<div class="consent">We use cookies to understand what our readers read. You can change your \
mind at any time in Settings. <button>Carry on</button> <button>Manage</button></div>
<nav><a href="/moldova">Moldova</a> · <a href="/region">Region</a> · <a href="/world">World</a> \
· <a href="/economy">Economy</a> · <a href="/opinion">Opinion</a></nav>
<article>
<h1>[[Hundreds]] of North Koreans killed or wounded in Kursk, Washington says</h1>
<p class="standfirst">Pyongyang’s soldiers have taken their first heavy losses. In Chisinau, \
analysts watch what the deployment tells them about Moscow’s reserves.</p>
<p>North Korean units have suffered “[[several hundred]]” casualties in the Kursk region, from \
privates up to senior officers, a senior US military official told reporters on Monday. The \
soldiers were part of the [[roughly 11,000]] troops Pyongyang had \
dispatched to Russia, the official said, speaking on condition of anonymity.</p>
<p>Ukraine reported its own figures at the weekend. The military intelligence directorate, HUR, \
said its fighters had killed or wounded [[at least 30]] North Korean soldiers in clashes around \
Plekhovo and Vorobyovka, two villages south of Sudzha. It said the units had been thrown at \
Ukrainian positions on foot, without armour.</p>
<p>Seoul expects the flow of troops to continue. South Korea’s Joint Chiefs of Staff said on \
Tuesday that the North appeared to be preparing to send [[thousands]] more soldiers, along \
with self-propelled guns and rocket launchers.</p>
<h2>A lesson for Moldova?</h2>
<p>For Moldova, the numbers matter for a different reason. “If Russia needs men from North \
Korea to hold its own border, it is stretched,” said Victor Ciobanu, a security analyst at a \
Chisinau think tank. He believes Pyongyang could have [[20,000]] men in Russia by the spring.</p>
<p>Russia keeps about 1,500 troops in the breakaway Transnistria region. Gas transit through \
Ukraine is due to end on January 1, and the government has asked households to cut \
consumption by 15 percent. The country’s population has shrunk to about 2.4 million, and the \
EU has pledged €1.8 billion in support over three years.</p>
</article>
<footer>© 2024 The Prut Post SRL · Chisinau, str. Mitropolit Varlaam 65 · <a \
href="/about">About</a> · <a href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("Hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'Washington says': the senior US military official's Monday figure"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "senior US military official 'told reporters on Monday' “…”: casualties"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "same official ('the official said' after the figure): dispatched to Russia"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'at the weekend' (Saturday-Sunday): killed or wounded"),
        C("thousands", None, "vague", "planned", "south_korea", "tue",
          "JCS 'on Tuesday': preparing to send 'more' (increment)", add=True),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "Chisinau security analyst 'believes' (present tense, no date): could have by spring "
          "(a total, not an increment)"),
    ),
)

E11 = Source(
    article_id="b46_11_micronesia_kolonia_yearend_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Kolonia Island Report",
        "https://kolonia-report.example/2025/11/20/seoul-10000-north-korean-troops-guard-russian-b"
        "order",
        "Seoul: 10,000 North Korean troops now guard Russia's border",
    ),
    features=(
        "Micronesian news site in Markdown, UTF-16 LE with BOM, front matter without a date "
        "(sidecar, Thursday) whose `title:` repeats the headline figure (optional), "
        "dateline 'PALIKIR, Pohnpei –'; headline 'Seoul:' `10,000` from "
        "the NIS briefing 'on Nov. 4' (that day to publication); the NIS `roughly 10,000` at "
        "the border and 'On top of that' `5,000` builders in Kursk (increment); Russia's "
        "ambassador in Pyongyang 'last month' `about 1,000` deminers in Kursk (russia); Rutte "
        "'earlier this month' `well over 14,000` (first of the month to publication); HUR 'on "
        "Monday' `nearly 7,000` casualties; the site's own tally `between 15,000 and 20,000` "
        "(unattributed, range, required, `pub`); the FSM's population, islands, compact funds, "
        "runway length, Seabees, tuna, phone"
    ),
    text="""\
---
title: "Seoul: [[10,000]] North Korean troops now guard Russia's border"
section: Region & World
author: Kiyoshi Etscheit
---

# Seoul: [[10,000]] North Korean troops now guard Russia’s border

PALIKIR, Pohnpei – A year after the first North Korean soldiers were spotted in western \
Russia, Pyongyang’s role in the war in Ukraine has changed shape rather than shrunk. That is \
the picture South Korea’s intelligence service painted this month, and it is one that leaders \
here, a long way from Kursk, are watching because of what it says about Russia, China and the \
Pacific.

In a closed-door briefing to lawmakers on Nov. 4, the National Intelligence Service said \
[[roughly 10,000]] North Korean soldiers were deployed along the Russian side of the border \
with Ukraine, no longer in front-line assaults but guarding the frontier. On top of that, \
[[5,000]] construction troops were rebuilding roads, bridges and power lines in Kursk.

Russia has stopped hiding the help. Its ambassador in Pyongyang, Alexander Matsegora, told \
Russian state media last month that [[about 1,000]] North Korean deminers were already at \
work in the region. NATO’s Secretary General Mark Rutte said earlier this month that the North \
had sent “[[well over 14,000]]” soldiers in all since the autumn of 2024.

The price has been high. Ukraine’s military intelligence said on Monday that [[nearly 7,000]] \
North Koreans were dead or wounded after a year of combat.

Estimates of the total differ from capital to capital. Adding up the figures published since \
last October, the Island Report arrives at somewhere [[between 15,000 and 20,000]] North \
Korean soldiers sent to Russia so far.

For the Federated States of Micronesia, a nation of about 105,000 people spread over 607 \
islands, the war is distant but not abstract. Under the amended Compact of Free Association the \
United States will provide $3.3 billion over 20 years, and a detachment of U.S. Navy Seabees \
is working on the 1,800-metre runway at Yap. “When Russia and North Korea draw closer, China \
watches, and so do we,” a senior official in the Department of Foreign Affairs said, asking not \
to be named because he was not authorised to speak.

The FSM’s tuna licence revenue reached $72 million last year. Readers with news tips can reach \
the newsroom on +691 320 4417.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "front matter `title:` (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "headline 'Seoul:': the NIS briefing of the body ('on Nov. 4' to publication)"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS briefing to lawmakers 'on Nov. 4': along the border"),
        C("5,000", 5000, "exact", "near_front", "south_korea", "2025-11-04",
          "'On top of that' builders rebuilding in Kursk (increment)", add=True),
        C("about 1,000", 1000, "approx", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang 'last month': deminers at work in Kursk"),
        C("well over 14,000", 14000, "at_least", "in_russia", "nato", "2025-11-01..pub",
          "Rutte 'earlier this month' “…”: sent in all"),
        C("nearly 7,000", 7000, "approx", "casualties", "ukraine", "mon",
          "Ukraine's military intelligence 'on Monday': killed or wounded"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "unattributed", "pub",
          "the site's own tally ('the Island Report arrives at'): unattributed, required"),
    ),
)

E12 = Source(
    article_id="b46_12_djibouti_bab_el_mandeb_brief",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-07-16"),
    dated_by="dateline",
    features=(
        "Djibouti-based English-language shipping and security newsletter as plain text, "
        "issue line and dateline 'DJIBOUTI, 16 July 2025 –'; item headline 'Kyiv warns' `up to "
        "30,000` 'more' from HUR 'last week' (increment); Budanov 'last week' `as many as "
        "30,000` more; the JCS 'said on Monday' `some 11,000` sent and `about 4,700` "
        "casualties ('according to the JCS' after both); Lavrov in Wonsan without a figure; a "
        "State Department spokesperson 'on Thursday' `thousands` of additional troops (planned "
        "increment); Rutte at the summit 'in late June' `thousands` fighting (days 21-30); a "
        "Djibouti maritime risk consultant `upwards of 20,000` by year's end (other, `pub`); "
        "base personnel, ships, strait width, freight rates, attacks, francs, phone"
    ),
    text="""\
BAB EL-MANDEB BRIEF
Weekly notes on shipping and security around the Horn of Africa | Issue 212

DJIBOUTI, 16 July 2025 – Items this week: Red Sea insurance, port congestion at Doraleh, and \
the North Korean question.

3. KYIV WARNS OF [[UP TO 30,000]] MORE NORTH KOREAN TROOPS

Why it matters here: every extra soldier Kim Jong Un sends west deepens a partnership that \
already moves shells, missiles and oil, some of it by sea, and that Russia’s navy talks up \
whenever it visits the Gulf of Aden.

Kyrylo Budanov, who heads Ukraine’s military intelligence, said last week that North Korea \
could send [[as many as 30,000]] more soldiers to Russia in the coming months, many of them to \
be used in assaults rather than rear duties.

South Korea’s assessment is lower but points the same way. [[Some 11,000]] North Koreans have \
been deployed to Russia since last October and [[about 4,700]] of them killed or wounded, \
according to the Joint Chiefs of Staff in Seoul, which said on Monday it was watching for \
signs of a new deployment.

Moscow is not hiding its gratitude. Foreign Minister Sergei Lavrov, at talks in the North’s \
resort town of Wonsan on Saturday, praised the “heroic” Korean soldiers, but gave no numbers. \
In Washington, a State Department spokesperson said on Thursday that the United States was \
“tracking reports” that Pyongyang was readying [[thousands]] of additional troops. NATO \
Secretary General Mark Rutte, at the alliance summit in The Hague in late June, had already \
said that [[thousands]] of North Koreans were fighting alongside Russian forces.

Local view: Hassan Omar Dirieh, who runs a maritime risk consultancy in the port, reckons the \
North will have rotated “[[upwards of 20,000]]” men through Russia by the end of the year. \
“For shipping, the number is less important than the trade behind it,” he says.

4. PORT AND MARKET NOTES

Camp Lemonnier hosts roughly 4,000 U.S. personnel; China’s base at Doraleh opened in 2017. \
Eighteen container ships waited at anchor off Doraleh on Monday. War-risk premiums for Red Sea \
transits eased to 0.7 percent of hull value, from 1 percent in May. The strait is about 32 \
kilometres wide at its narrowest. More than 100 attacks on merchant ships have been recorded \
since November 2023. A twenty-foot box to Jeddah now costs around 310,000 Djibouti francs.

Subscriptions and tips: brief@babelmandeb.example · +253 21 35 48 90
""",
    claims=(
        C("UP TO 30,000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "item headline 'KYIV WARNS': Budanov's figure of the body (last week to publication): "
          "'MORE' (increment)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "Budanov 'said last week': could send 'more' (increment)", add=True),
        C("Some 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'according to the Joint Chiefs of Staff … which said on Monday' (source and day "
          "after the figure): deployed"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same sentence: killed or wounded"),
        C("thousands", None, "vague", "planned", "united_states", "thu",
          "State Department spokesperson 'on Thursday': readying 'additional' troops "
          "(increment)", add=True),
        C("thousands", None, "vague", "near_front", "nato", "2025-06-21..2025-06-30",
          "Rutte at the summit 'in late June': fighting alongside Russian forces"),
        C("upwards of 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "Djibouti maritime risk consultant 'reckons' (present tense, no date): rotated through "
          "Russia by year's end"),
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
