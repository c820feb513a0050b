"""Build the SIXTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold (run the file).

The sixty-seventh corpus, for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Siegen daily
with a former defence attaché, an Eifel radio station's web text on a relief convoy, a weekly from
the Bucklige Welt (Austrian), a Zürcher Unterland paper (Swiss), a THW local unit's newsletter and
a Jena student radio; a Townsville daily, an Isle of Mull news page, a Hardin County (Kentucky)
paper, an English-language page from Daugavpils in Latgale, a Lautoka community page and a
Kigali security newsletter. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind65_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

KX01 = Source(
    article_id="kx01_siegen_attache_netphen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Siegen daily's world page in HTML (`article:published_time` with +01:00, an ad "
        "script with slot sizes, a cookie layer with 61 partners and a price, local navigation, "
        "byline '05.11.2024', comment count); `<title>` figure (optional); h1 from Zelensky's "
        "Monday-evening figure (Monday to publication); Zelensky 'am Montagabend' `11.000` and, "
        "'fügte … hinzu', `15.000` (planned total, no increment); Ryder 'sprach am Montag von' "
        "„rund 10.000“ and `etwa 8.000` 'davon' (breakdown); the NIS 'vergangene Woche' 'noch "
        "einmal mehrere tausend' (vague planned increment); a retired defence attaché from "
        "Netphen (other, present tense: `pub`); Ukrainians in the district, Russian losses a day, "
        "Korean War dead, ages, years, euros, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kursk: Selenskyj nennt [[11.000]] Nordkoreaner – ein Netphener Ex-Attaché ordnet ein | \
Siegerländer Morgenpost</title>
<meta property="article:published_time" content="2024-11-05T06:15:00+01:00">
<meta property="og:site_name" content="Siegerländer Morgenpost">
<meta name="author" content="Jana Heupel">
<script>var smpAds={slots:["top_970x250","mid_300x600"],ressort:"welt",plus:false};</script>
</head>
<body>
<div class="cookie-layer"><p>Ohne Cookies läuft hier wenig: Wir und 61 Partner speichern \
Informationen auf Ihrem Gerät, um Reichweite zu messen und Werbung auszuspielen. <button>Ja, \
weiter zum Text</button> <button>Lieber werbefrei lesen – 2,99 € im Monat</button></p></div>
<nav><a href="/">Startseite</a> · <a href="/siegen">Siegen</a> · <a href="/netphen">Netphen</a> · \
<a href="/kreuztal">Kreuztal</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a></nav>
<main><article>
<h1>[[11.000]] Nordkoreaner bei Kursk: „Kim verkauft seine Soldaten“</h1>
<p class="byline">Von Jana Heupel · 05.11.2024, 06:15 Uhr</p>
<p><strong>Netphen/Kiew.</strong> Dieter Brühl hat vier Jahre in Seoul gelebt, von 2009 bis 2013, \
als Verteidigungsattaché an der deutschen Botschaft. Heute schneidet der Oberst a. D. in \
Netphen-Deuz Obstbäume und liest jeden Morgen koreanische Zeitungen im Netz. „Was ich da seit \
Oktober lese, hätte ich mir damals nicht vorstellen können“, sagt der 69-Jährige.</p>
<p>Der ukrainische Präsident Wolodymyr Selenskyj hat am Montagabend in seiner Videoansprache eine \
neue Zahl genannt: [[11.000]] Soldaten aus Nordkorea seien inzwischen im Gebiet Kursk \
eingetroffen. Bald könnten es [[15.000]] sein, fügte er hinzu, und verlangte erneut weitreichende \
Waffen aus dem Westen.</p>
<p>Aus Washington kamen etwas niedrigere Werte. Pentagon-Sprecher Pat Ryder sprach am Montag von \
„[[rund 10.000]]“ Nordkoreanern in Russland; [[etwa 8.000]] davon stünden inzwischen im \
Grenzgebiet bei Kursk. Ob sie schon kämpfen, ließ er offen.</p>
<p>Südkoreas Auslandsgeheimdienst NIS hatte vergangene Woche in einer vertraulichen Sitzung des \
Parlaments vor einer Aufstockung gewarnt: Gut möglich, dass Machthaber Kim Jong Un noch einmal \
[[mehrere tausend]] Mann nachschicke, hieß es danach aus Teilnehmerkreisen.</p>
<p>Brühl traut den Zahlen grundsätzlich, warnt aber vor zu großen Erwartungen an die Truppe. „Ich \
würde von [[ein paar hundert]] ausgehen, die tatsächlich schon im Gefecht stehen. Der Rest lernt \
noch, mit russischen Funkgeräten umzugehen“, sagt er. Für Kim sei der Einsatz vor allem ein \
Geschäft: Devisen, Öl, vielleicht Raketentechnik.</p>
<p>Im Kreis Siegen-Wittgenstein leben derzeit etwa 3.100 Menschen aus der Ukraine. Russland \
verliert nach Kiewer Darstellung täglich mehr als 1.200 Soldaten an Toten und Verletzten; im \
Koreakrieg starben zwischen 1950 und 1953 Millionen Menschen. Die Ukrainische Gemeinde Siegerland \
sammelt am Samstag auf dem Scheinerplatz für Stromgeneratoren, jeder kostet rund 900 Euro.</p>
<p class="info">Kontakt zur Gemeinde: 0271 555 3190</p>
</article></main>
<footer>© 2024 Siegerländer Morgenpost · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a> · 37 Kommentare</footer>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating Zelensky's Monday-evening figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "h1: Zelensky's figure of the body (Monday evening to publication)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend' in his video address, Konjunktiv: arrived in Kursk"),
        C("15.000", 15000, "exact", "planned", "ukraine", "mon",
          "same address, 'fügte er hinzu': 'Bald könnten es … sein' (a future total, no "
          "increment)"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon spokesman Ryder 'sprach am Montag von' „…“: in Russia"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "same statement, 'davon' (a breakdown, no increment), Konjunktiv: at Kursk"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "lastweek",
          "NIS 'vergangene Woche' in a closed session: 'noch einmal … nachschicke' (increment)",
          add=True),
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "retired defence attaché from Netphen, present tense 'sagt' (`pub`): in combat"),
    ),
)

KX02 = Source(
    article_id="kx02_eifel_radio_konvoi_sumy",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Maar",
        "https://www.radio-maar.example/nachrichten/vulkaneifel/hilfskonvoi-sumy-zurueck-2025",
        "Hilfskonvoi aus Gerolstein zurück – Fahrer berichtet von der Kursk-Front",
    ),
    features="Eifel radio station's web text as plain text, windows-1252 with CRLF (sidecar, "
        "Tuesday); a top line with the NIS figure ('Seoul:', yesterday to publication); a convoy "
        "driver, a retired soldier, on what Ukrainian soldiers told him ('sagte Wagner am "
        "Montag': other, Monday); the NIS via Yonhap 'gestern' (`yday`): `rund 300` killed and "
        "`2.700` wounded (no increment), the total carried by 'zitierte die Agentur … weiter'; "
        "Zelensky 'Anfang Januar' `3.800` (days 1–10) and 'Am Samstag, dem 11. Januar' `zwei` "
        "captured (number word); kilometres (3.800, the same figure as a claim), generators, "
        "sleeping bags, euros, ages, phone number",
    text="""\
Radio Maar – Nachrichten aus der Vulkaneifel

Seoul: [[300]] Nordkoreaner an der Kursk-Front gefallen

Hilfskonvoi aus Gerolstein zurück – Fahrer berichtet von Gesprächen mit ukrainischen Soldaten

Gerolstein. Nach elf Tagen und rund 3.800 Kilometern sind die vier Transporter des Vereins „Eifel \
hilft Sumy“ am Sonntagabend wieder auf dem Brunnenplatz angekommen. Auf der Hinfahrt hatten sie 22 \
Stromaggregate, 400 Schlafsäcke und Verbandsmaterial im Wert von gut 41.000 Euro geladen.

Fahrer Klaus Wagner, 61, früher Berufssoldat und heute Rentner in Hillesheim, hat in Sumy mit \
Soldaten gesprochen, die gerade aus dem russischen Gebiet Kursk zurückgekommen waren. „Die haben \
mir erzählt, dass drüben [[Hunderte]] Nordkoreaner gefallen sind, weil die in breiten Reihen über \
offenes Feld laufen“, sagte Wagner am Montag im Gespräch mit Radio Maar. „Die Jungs konnten es \
selbst kaum glauben.“

Die Zahlen aus Seoul weisen in dieselbe Richtung. Der südkoreanische Geheimdienst geht inzwischen \
von [[rund 300]] getöteten und [[2.700]] verwundeten nordkoreanischen Soldaten aus. Das meldete \
die Nachrichtenagentur Yonhap gestern und berief sich auf einen Abgeordneten, der an einer Sitzung \
des Geheimdienstausschusses teilgenommen hatte. Insgesamt habe Pjöngjang [[rund 11.000]] Soldaten \
nach Russland geschickt, zitierte die Agentur den Politiker weiter.

Kiew hatte Anfang Januar deutlich höhere Verluste genannt: Präsident Wolodymyr Selenskyj sprach \
damals von [[3.800]] Toten und Verwundeten auf nordkoreanischer Seite. Am Samstag, dem 11. Januar, \
meldete er dann die Gefangennahme von [[zwei]] Nordkoreanern; die beiden Männer seien verletzt und \
würden in Kiew vom Geheimdienst SBU befragt.

Wagner will im März wieder fahren. Gebraucht werden vor allem Akkus, Powerbanks und \
Dieselkanister. Wer helfen möchte, erreicht Vereinschefin Petra Schmitz unter 06591 98 77 12; das \
Spendenkonto steht auf der Internetseite des Vereins.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "yday..pub",
          "top line 'Seoul:': the NIS figure Yonhap reported 'gestern' (yesterday to "
          "publication)"),
        C("Hunderte", None, "vague", "casualties", "other", "mon",
          "convoy driver passing on Ukrainian soldiers' word, 'sagte Wagner am Montag': fallen"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "yday",
          "NIS 'geht … aus', reported by Yonhap 'gestern' (date in the next sentence): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "yday",
          "same estimate: wounded (the other part of the same count, no increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "yday",
          "same lawmaker, 'zitierte die Agentur … weiter', Konjunktiv: sent to Russia"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar' (days 1–10): dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am Samstag, dem 11. Januar': captured (number word)"),
    ),
)

KX03 = Source(
    article_id="kx03_bucklige_welt_rueckzug_krumbach",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-12"),
    dated_by="dateline",
    features="weekly from the Bucklige Welt (Lower Austria) as plain text, ISO-8859-1 with "
        "straight quotes and hyphens, dateline 'Krumbach, 12.02.2025'; 'Jänner', 'Feber', "
        "'heuer'; headline 'Kiew:' from the army spokesman's Monday figure (Monday to "
        "publication); 'etwa 11.000 … entsandt, mehr als 4.000 von ihnen' in Konjunktiv (a total "
        "and its casualties), `Rund 3.000` still near Kursk; the NIS 'im Jänner' (month window, "
        "an older figure recalled); the Pentagon 'Anfang Feber' (days 1–10) „einige Tausend“; a "
        "retired UN observer at a talk 'am Freitag' `bis zu 20.000` 'zusätzlich' (at_most planned "
        "increment; 'heuer' is the event); refugee family, listeners, donations in euros, "
        "population, ages, years",
    text="""\
BOTE AUS DER BUCKLIGEN WELT - Ausgabe 7/2025

Kiew: [[Über 4.000]] Nordkoreaner ausgefallen - Kims Truppe zieht sich von der Front zurück

Krumbach, 12.02.2025 - Seit dem Frühjahr 2022 wohnt Olena Hrytsenko mit ihren drei Kindern in \
einer Wohnung über dem Gemeindeamt. Ihr Mann dient in einer Artillerieeinheit, die bis Ende Jänner \
im russischen Gebiet Kursk eingesetzt war. "Er sagt, es ist ruhiger geworden, seit die Koreaner \
nicht mehr angreifen", erzählt die 41-Jährige beim Abholen ihrer Jüngsten von der Volksschule.

Tatsächlich hat die ukrainische Armeeführung am Montag bestätigt, dass die nordkoreanischen \
Einheiten seit etwa zwei Wochen nicht mehr an den Kämpfen teilnehmen. Nordkorea habe im Herbst \
[[etwa 11.000]] Mann entsandt, [[mehr als 4.000]] von ihnen seien inzwischen gefallen, verwundet \
oder vermisst, sagte ein Sprecher in Kiew. [[Rund 3.000]] Nordkoreaner stünden aber weiterhin im \
Raum Kursk und könnten jederzeit wieder eingesetzt werden.

Der südkoreanische Geheimdienst war im Jänner noch von [[300]] Toten ausgegangen. Zurückhaltender \
äußern sich die Amerikaner: Aus dem Pentagon hieß es Anfang Feber lediglich, [[einige Tausend]] \
Nordkoreaner befänden sich weiterhin auf russischem Boden, ihre Aufgabe sei unklar.

Vortrag im Volksheim

Wie es weitergehen könnte, darüber sprach am Freitag der pensionierte Blauhelm-Offizier Johann \
Pichler aus Hochwolkersdorf vor rund 120 Zuhörern im Kirchschlager Volksheim. Pichler, 67, war \
Mitte der Neunzigerjahre als UNO-Militärbeobachter auf den Golanhöhen stationiert. Er hält es für \
wahrscheinlich, dass Nordkorea heuer [[bis zu 20.000]] Mann zusätzlich nach Russland schickt. "Kim \
bekommt dafür Öl, Devisen und Technologie. Für ihn ist das ein Geschäft, kein Bündnis", sagte \
Pichler.

Der Eintritt war frei, die Spenden von 860 Euro gehen an die Ukraine-Hilfe der Pfarre. Krumbach \
zählt knapp 2.300 Einwohner; derzeit leben elf Ukrainerinnen und Ukrainer im Ort. Pichlers \
nächster Vortrag über die UNO-Missionen seit 1956 ist für den 14. März geplant.
""",
    claims=(
        C("Über 4.000", 4000, "at_least", "casualties", "ukraine", "mon..pub",
          "headline 'Kiew:': the army spokesman's Monday figure (Monday to publication)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "mon",
          "army spokesman confirming 'am Montag', Konjunktiv ('sagte ein Sprecher in Kiew'): "
          "sent in the autumn"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "mon",
          "same sentence, 'von ihnen': fallen, wounded or missing (a breakdown, no increment)"),
        C("Rund 3.000", 3000, "approx", "near_front", "ukraine", "mon",
          "same spokesman, Konjunktiv: still in the Kursk area"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "the NIS 'im Jänner' (an older figure recalled: month window): dead"),
        C("einige Tausend", None, "vague", "in_russia", "united_states",
          "2025-02-01..2025-02-10",
          "the Pentagon 'Anfang Feber' (days 1–10): on Russian soil"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "fri",
          "retired UN observer at his talk 'am Freitag', 'zusätzlich' (increment); 'heuer' is "
          "the event, not the date of the claim", add=True),
    ),
)

KX04 = Source(
    article_id="kx04_unterland_botschafterin_buelach_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-03-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Unterländer Anzeiger",
        "https://www.unterlaender-anzeiger.example/region/buelach/botschafterin-nordkorea-ld.4417",
        "Botschafterin in Bülach: «Bis zu 8000 weitere Nordkoreaner möglich»",
    ),
    features="Zürcher Unterland paper in Markdown, windows-1252 with CRLF, front matter without a "
        "date (sidecar, Thursday): `ss`, «», `10'000 bis 12'000`, `knapp 14'000`, `mindestens "
        "15'000`, 4-digit `8000`/`3000`/`4000`, `1'150` refugees (not a claim); front-matter "
        "`title:` figure (optional); bold deck 'am Dienstagabend'; Ukraine's ambassador in Bern "
        "(ukraine, Tuesday) `Bis zu 8000 weitere` (at_most planned increment), `etwa 3000` 'als "
        "Ersatz' (increment), a range at the front; the NIS 'vergangene Woche' `rund 3000` "
        "'nachgerückt' (increment), `knapp 14'000` (new total), `rund 4000` casualties ('so der "
        "Dienst'); a former Swiss NNSC delegate in the audience 'sagte er auf Nachfrage' (other, "
        "Tuesday); visitors, francs, ages, years",
    text="""\
---
title: "Botschafterin in Bülach: «[[Bis zu 8000]] weitere Nordkoreaner möglich»"
ressort: Region
autor: Reto Meier
---

# Ein Abend über einen fernen Krieg

**Rund 140 Personen kamen am Dienstagabend in den Saal der Bülacher Stadthalle, um Iryna \
Wenediktowa zu hören. Die ukrainische Botschafterin in Bern sprach über Russlands neue Helfer aus \
Nordkorea – und über das, was die Schweiz tun könnte.**

Die Ukraine rechnet damit, dass Nordkorea seine Truppen in Russland weiter aufstockt. \
[[Bis zu 8000]] weitere Soldaten könnten bis zum Sommer folgen, sagte Wenediktowa. Pjöngjang habe \
im Januar und Februar bereits [[etwa 3000]] Mann als Ersatz geschickt, um die Lücken nach den \
schweren Verlusten zu füllen. An der Front bei Kursk stünden derzeit [[10'000 bis 12'000]] \
Nordkoreaner im Einsatz.

Südkoreas Nachrichtendienst hatte vergangene Woche ähnliche Zahlen vorgelegt. Gemäss seiner \
Einschätzung sind seit Jahresbeginn [[rund 3000]] Soldaten nachgerückt; die Gesamtzahl liege damit \
bei [[knapp 14'000]]. Getötet oder verwundet worden seien bisher [[rund 4000]] Nordkoreaner, so \
der Dienst.

## «Die offiziellen Zahlen sind zu tief»

Im Publikum sass auch Urs Gerber aus Embrach. Der 71-Jährige war in den Neunzigerjahren Schweizer \
Delegierter in der Neutralen Überwachungskommission in Panmunjom, wo bis heute eine kleine \
Schweizer Delegation Dienst tut. Er hält die Angaben aus Seoul für vorsichtig. «Ich gehe von \
[[mindestens 15'000]] aus, wenn man die Bautrupps mitzählt», sagte er auf Nachfrage.

Wenediktowa dankte der Schweiz für die humanitäre Hilfe und warb für die Wiederaufbaukonferenz im \
Sommer. Im Bezirk Bülach leben derzeit rund 1'150 Schutzsuchende aus der Ukraine. Die Kollekte am \
Ausgang ergab 2'480 Franken, die an ein Kinderspital in Charkiw gehen.
""",
    claims=(
        C("Bis zu 8000", 8000, "at_most", "planned", "ukraine", "tue..pub",
          "front-matter title (metadata) quoting the ambassador's Tuesday figure: 'weitere' "
          "(increment)", add=True, opt=True),
        C("Bis zu 8000", 8000, "at_most", "planned", "ukraine", "tue",
          "Ukraine's ambassador in Bern on Tuesday evening (deck): 'weitere … könnten folgen' "
          "(increment)", add=True),
        C("etwa 3000", 3000, "approx", "in_russia", "ukraine", "tue",
          "same speaker, Konjunktiv: sent 'als Ersatz' (increment)", add=True),
        C("10'000 bis 12'000", None, "range", "near_front", "ukraine", "tue",
          "same speaker: at the front near Kursk"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'vergangene Woche', 'Gemäss seiner Einschätzung': 'nachgerückt' (increment)",
          add=True),
        C("knapp 14'000", 14000, "approx", "in_russia", "south_korea", "lastweek",
          "same assessment: 'die Gesamtzahl liege damit bei' (a new total, no increment)"),
        C("rund 4000", 4000, "approx", "casualties", "south_korea", "lastweek",
          "same assessment, 'so der Dienst' after the figure: killed or wounded"),
        C("mindestens 15'000", 15000, "at_least", "in_russia", "other", "tue",
          "former Swiss NNSC delegate in Tuesday's audience, 'sagte er auf Nachfrage' (other)"),
    ),
)

KX05 = Source(
    article_id="kx05_thw_rundbrief_minenraeumer_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="front_matter",
    features="THW local unit's monthly newsletter in Markdown, UTF-8 with BOM, front matter with "
        "`date:` and a title without a figure; an h2 with Shoigu's figure (Tuesday to "
        "publication); Shoigu 'am Dienstag' in Pyongyang `6.000` sappers and builders to be sent "
        "(russia, planned) and `1.000` 'davon' for mine clearing (a breakdown, no increment); HUR "
        "'geht derzeit … aus' and the NIS 'schätzt' (present tense, `pub`); Rutte 'im Mai' (nato, "
        "month window); the British defence intelligence 'zuletzt' (a third government: other, "
        "`pub`); pumps 'bis zu 15.000 Liter' (not a claim), mined area, helpers, youth camp, "
        "dates, times, phone number",
    text="""\
---
title: "Rundbrief Juni: Pumpen für Tschernihiw, Zeltlager, Dienstplan"
date: 2025-06-19
author: Öffentlichkeitsarbeit THW-Ortsverband Bad Kreuznach
---

# Rundbrief Juni 2025

Liebe Helferinnen und Helfer, liebe Förderer,

der Sommer ist da, und mit ihm eine volle Dienstwoche. Hier das Wichtigste in Kürze.

## Zwölf Pumpen sind angekommen

Die zwölf Schmutzwasserpumpen aus unserem Bestand, die wir im Mai an den ukrainischen Zivilschutz \
übergeben haben, sind in Tschernihiw im Einsatz. Jede schafft bis zu 15.000 Liter pro Stunde. Die \
Kameraden dort haben uns Fotos von einem überfluteten Keller eines Krankenhauses geschickt, den \
sie damit in einer Nacht leer gepumpt haben.

## [[6.000]] Nordkoreaner sollen in Kursk räumen und bauen

Nach dem Vortrag im April haben viele von euch gefragt, wie es mit der Kampfmittelräumung im \
Grenzgebiet weitergeht. Dazu eine Meldung aus dieser Woche: Russlands Sicherheitsratschef Sergej \
Schoigu hat am Dienstag bei einem Besuch in Pjöngjang angekündigt, dass Nordkorea [[6.000]] \
Pioniere und Bauleute in das Gebiet Kursk entsenden wird. [[1.000]] davon sollen ausschließlich \
Minen und Blindgänger beseitigen, der Rest Straßen, Brücken und Häuser instand setzen.

Zur Einordnung: Der ukrainische Militärgeheimdienst HUR geht derzeit von [[etwa 11.000]] \
Nordkoreanern in der Region Kursk aus. Südkoreas Geheimdienst schätzt, dass bisher [[rund 14.000]] \
nach Russland verlegt wurden. NATO-Generalsekretär Mark Rutte hatte im Mai von [[mehr als 12.000]] \
nordkoreanischen Soldaten auf russischem Boden gesprochen, und der britische Militärgeheimdienst \
bezifferte die nordkoreanischen Verluste zuletzt auf [[über 6.000]] Tote und Verwundete.

Nach Schätzungen der Vereinten Nationen ist rund ein Viertel der Ukraine mit Minen belastet – eine \
Fläche von etwa 139.000 Quadratkilometern. Räumtrupps werden dort noch Jahrzehnte zu tun haben.

## Jugendzeltlager

26 Junghelferinnen und Junghelfer fahren vom 1. bis 4. August an den Edersee. Anmeldung bis 30. \
Juni bei der Jugendbetreuung.

## Dienstplan

Dienstabende wie gewohnt dienstags ab 19:30 Uhr in der Unterkunft. Fragen an die Geschäftsstelle: \
0671 555 880.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "h2: Shoigu's Tuesday figure of the next paragraph (Tuesday to publication)"),
        C("6.000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang: to be sent to Kursk"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "'davon' (a breakdown of the 6.000, no increment): to clear mines"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'geht derzeit … aus' (present tense, `pub`): in the Kursk region"),
        C("rund 14.000", 14000, "approx", "in_russia", "south_korea", "pub",
          "the NIS 'schätzt' (present tense, `pub`): moved to Russia"),
        C("mehr als 12.000", 12000, "at_least", "in_russia", "nato", "2025-05-01..2025-05-31",
          "Rutte 'im Mai' (month window): on Russian soil"),
        C("über 6.000", 6000, "at_least", "casualties", "other", "pub",
          "British defence intelligence (a third government: other), 'zuletzt' without a date "
          "(`pub`): dead and wounded"),
    ),
)

KX06 = Source(
    article_id="kx06_jena_uniwelle_parade",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Uniwelle Jena",
        "",
        "Parade mit Kursk-Veteranen: Seoul zählt 2.000 gefallene Nordkoreaner",
    ),
    features="Jena student radio's web text for a programme, UTF-16 LE with BOM (sidecar without "
        "url, Tuesday); headline 'Seoul zählt' from the NIS September figure (September to "
        "publication); state TV's Kursk veterans at Friday's parade (returnees: optional, "
        "north_korea); a doctoral student interviewed 'in der Sendung' on Monday (other, Monday); "
        "the NIS 'im September' and 'hieß es damals' (month window carried), 'Im April' `600` (an "
        "older figure); HUR 'vergangene Woche' builders in Kursk; a State Department spokesman "
        "'am Donnerstag' „mehreren tausend“; party anniversary, age, semesters, programme length, "
        "frequency",
    text="""\
Uniwelle Jena · „Weltempfänger“ vom Montag zum Nachlesen

Parade mit Kursk-Veteranen: Seoul zählt [[2.000]] gefallene Nordkoreaner

Am Freitagabend rollten in Pjöngjang Raketen und Panzer über den Kim-Il-Sung-Platz: Nordkorea \
feierte den 80. Jahrestag der Gründung der Partei der Arbeit. Im Gleichschritt marschierten laut \
Staatsfernsehen auch [[Hunderte]] Soldaten, die im russischen Gebiet Kursk gekämpft haben sollen. \
Auf der Tribüne neben Kim Jong Un standen Chinas Ministerpräsident Li Qiang und Russlands \
Ex-Präsident Dmitri Medwedew.

Was dieser Krieg Nordkorea gekostet hat, darüber haben wir in der Sendung am Montag mit Mira Schön \
gesprochen. Die 29-Jährige promoviert an der Friedrich-Schiller-Universität über nordkoreanische \
Propaganda und hat zwei Semester in Seoul studiert.

Südkoreas Geheimdienst hatte im September geschätzt, dass [[rund 2.000]] nordkoreanische Soldaten \
in Russland ums Leben gekommen sind. Insgesamt habe das Regime [[etwa 15.000]] Mann geschickt, \
hieß es damals aus Seoul. Im April hatte derselbe Dienst noch von [[600]] Toten gesprochen.

Schön hält die Gesamtzahl für eher zu niedrig. „Wenn man die Bautrupps und die Rotationen \
mitzählt, waren wahrscheinlich [[über 20.000]] Nordkoreaner schon in Russland“, sagte sie in der \
Sendung. Die Toten würden in Nordkorea inzwischen offen als Helden gefeiert, das sei neu.

Tatsächlich hat Pjöngjang in diesem Sommer Pioniere nachgeschoben. Der ukrainische \
Militärgeheimdienst berichtete vergangene Woche, [[etwa 6.000]] nordkoreanische Bausoldaten und \
Minenräumer arbeiteten derzeit in der Region Kursk.

Auffallend still ist Washington. Ein Sprecher des US-Außenministeriums sprach am Donnerstag nur \
von „[[mehreren tausend]]“ Nordkoreanern, die weiterhin in Russland stationiert seien.

Die ganze Sendung (42 Minuten) gibt es in unserer Mediathek. Die Uniwelle ist auf UKW 103,4 und im \
Stream zu hören.
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul zählt': the NIS September figure of the body (September to "
          "publication)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "state TV on Friday's parade: Kursk veterans marching (returnees: optional)",
          opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'im September' (month window): died in Russia"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "'hieß es damals aus Seoul' carries the September estimate: sent"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'Im April hatte derselbe Dienst' (an older figure, month window): dead"),
        C("über 20.000", 20000, "at_least", "in_russia", "other", "mon",
          "doctoral student 'sagte sie in der Sendung' (the Monday programme): other"),
        C("etwa 6.000", 6000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'vergangene Woche', Konjunktiv: builders and deminers working in Kursk"),
        C("mehreren tausend", None, "vague", "in_russia", "united_states", "thu",
          "State Department spokesman 'am Donnerstag' „…“: stationed in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, UK, US, Latvia, Fiji, Rwanda)
# ---------------------------------------------------------------------------------------------

KX07 = Source(
    article_id="kx07_townsville_first_toll_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-20"),
    dated_by="html_meta", crlf=True,
    features="Townsville daily's world page in HTML, windows-1252 with CRLF (curly quotes and `’` "
        "raw), `article:published_time` with +10:00, an ad script, a cookie note with its own "
        "wording, byline 'December 20, 2024'; `<title>` figure (optional); h1 'Seoul says' from "
        "the NIS figure relayed on Thursday (Thursday to publication); the lead's figures dated "
        "by the next sentence ('passed the figures on … on Thursday'), the total carried by 'he "
        "said'; Ryder 'On Monday' „several hundred“; HUR 'on Sunday' `dozens`; a Townsville "
        "university lecturer `upwards of 12,000` (other, `pub`); Australians in the Korean War "
        "(served, died), soldiers at the local barracks, instructors, ages, years, temperature, "
        "ABN and phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Seoul counts [[100]] dead among Kim’s troops in Russia | North Queensland Courier</title>
<meta property="article:published_time" content="2024-12-20T05:30:00+10:00">
<meta property="og:site_name" content="North Queensland Courier">
<script>window.nqc={section:"world",pw:"metered",adUnits:["leader_728x90","mrec_300x250"]};</script>
</head>
<body>
<div id="cookie-note">We use cookies – not the Anzac biscuit kind. Some keep the site running, \
others help us count readers and sell ads. <a href="/privacy">The fine print</a> <button>Fair \
enough, carry on</button> <button>Only the crumbs you need</button></div>
<header><a href="/">NQ Courier</a> <nav><a href="/news/local">Local</a> | <a \
href="/news/world">World</a> | <a href="/sport/cowboys">Cowboys</a> | <a \
href="/weather">Weather</a></nav></header>
<article>
<h1>Kim’s troops are dying in Kursk, Seoul says: [[100]] dead</h1>
<p class="standfirst">South Korea’s first official toll arrives as Canberra weighs fresh \
sanctions, and a Townsville man remembers his father’s war.</p>
<p class="byline">Liam Castellano · World desk · December 20, 2024</p>
<p>South Korea’s spy agency believes [[about 100]] North Korean soldiers have been killed and \
[[roughly 1,000]] injured since Pyongyang’s troops were thrown into the fighting in Russia’s Kursk \
region this month.</p>
<p>Lee Seong-kweun, who sits on parliament’s intelligence panel, passed the figures on to \
reporters on Thursday after the agency had briefed the committee behind closed doors. The agency \
still puts the overall deployment at [[around 11,000]], he said, adding that the soldiers had \
shown “little understanding of drone warfare”.</p>
<p>Washington’s numbers point the same way. On Monday, Pat Ryder, a two-star Air Force general who \
speaks for the Pentagon, told reporters the North Koreans had suffered “[[several hundred]]” \
casualties, without offering a breakdown. Ukraine’s military intelligence agency, known as HUR, \
claimed on Sunday that [[dozens]] had died in failed assaults near three villages.</p>
<p>At James Cook University, strategic studies lecturer Dr Hannah Reilly thinks the deployment is \
bigger than the official numbers suggest. “I’d put it at [[upwards of 12,000]] by now, and Moscow \
will want more,” she said.</p>
<p>Foreign Minister Penny Wong called the deployment “a dangerous escalation” and said Australia \
was considering further sanctions on Pyongyang.</p>
<p>For Ray Donnelly, 74, of Aitkenvale, the news brought back his father’s stories. Jack Donnelly \
served in Korea with the 3rd Battalion, Royal Australian Regiment, in 1951; more than 17,000 \
Australians served in that war and about 340 died. “Dad never said much about the north,” his son \
said.</p>
<p>Lavarack Barracks, home to some 5,000 soldiers of the 3rd Brigade, sent two instructors to help \
train Ukrainian recruits in Britain this year, Defence confirmed.</p>
<p class="weather">Townsville today: 33°C, storms likely after 3pm.</p>
</article>
<footer>© 2024 North Queensland Courier Pty Ltd · ABN 12 345 678 901 · Newsroom (07) 4799 \
0000</footer>
</body>
</html>
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the NIS figure relayed on Thursday", opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "h1 'Seoul says': the NIS figure of the body (Thursday to publication)"),
        C("about 100", 100, "approx", "casualties", "south_korea", "thu",
          "spy agency 'believes', dated by the next sentence ('on Thursday'): killed"),
        C("roughly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: injured (the other part of the same count, no increment)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'The agency still puts … at … he said': the deployment"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "'On Monday', Ryder 'told reporters' „…“: casualties"),
        C("dozens", None, "vague", "casualties", "ukraine", "sun",
          "HUR 'claimed on Sunday': died in assaults"),
        C("upwards of 12,000", 12000, "at_least", "in_russia", "other", "pub",
          "university lecturer in quotes, 'she said' without a day (`pub`): the deployment"),
    ),
)

KX08 = Source(
    article_id="kx08_mull_pier_moscow_owns_up_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-04-30"),
    dated_by="front_matter",
    features="Isle of Mull weekly news page in Markdown, front matter with `date:` and a title "
        "without a figure; h2 '600 dead, says Seoul' (the NIS figure given 'today', the "
        "publication day); Gerasimov 'On Saturday' and KCNA 'on Monday' without a figure; the NIS "
        "via a lawmaker 'today': `around 4,700` casualties, `600` 'of them fatally' (breakdown), "
        "`some 15,000` sent ('The service also believes'); Budanov 'earlier this month' (1st to "
        "publication); the State Department spokeswoman 'on Monday' „thousands“; a retired "
        "diplomat at a talk 'on Friday evening' (other, range); Ukrainian seasonal workers, ferry "
        "minutes, pounds, years, ages, phone number",
    text="""\
---
title: "The week from the pier"
date: 2025-04-30
author: Morag Lamont
---

# The week from the pier

*Tobermory's round-up of the news from beyond the Sound of Mull.*

## [[600]] dead, says Seoul

It took six months, but Moscow and Pyongyang have finally admitted what everybody knew. On \
Saturday the chief of Russia's general staff, Valery Gerasimov, thanked North Korean soldiers for \
helping to drive Ukraine out of Kursk; on Monday Pyongyang's official news agency confirmed that \
Kim Jong Un had sent them. Neither offered a number.

Seoul did. Its National Intelligence Service reckons [[around 4,700]] North Koreans have been \
killed or wounded in Russia, [[600]] of them fatally, according to a lawmaker who sat in on a \
briefing by the agency today. The service also believes [[some 15,000]] have been sent over in all.

Kyiv's figures for those still fighting are lower. Kyrylo Budanov, who heads Ukraine's military \
intelligence, estimated earlier this month that [[roughly 3,000]] were left in and around Kursk.

In Washington, the State Department spokeswoman, Tammy Bruce, said on Monday that the United \
States had "long known" about the "[[thousands]]" Pyongyang had shipped to Russia.

## A diplomat's view from An Tobar

Alasdair Munro, who spent two years at the British embassy in Pyongyang before retiring to \
Dervaig, drew a full house at An Tobar on Friday evening. "My guess is that [[15,000 to 20,000]] \
have been through Russia by now, once you count the rotations," he told the audience of about 80. \
"And every one of them came home with stories Kim would rather they kept to themselves."

## Closer to home

Oksana Koval, 29, one of 14 Ukrainians working on the island this season, starts at the distillery \
on Monday. The distillery, founded in 1798, says it will take on six more seasonal staff by June.

The Oban to Craignure crossing is back to 46 minutes now that the MV Isle of Mull has returned \
from dry dock. Saturday's coffee morning in the Aros Hall raised £612 for the lifeboat.

News for the page: 01688 300 000.
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "h2 'says Seoul': the NIS figure given 'today' (the publication day)"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "the NIS 'reckons', via a lawmaker at a briefing 'today' (the publication day): "
          "killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "same sentence, 'of them fatally' (a breakdown, no increment): dead"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'The service also believes' (the same briefing): sent in all"),
        C("roughly 3,000", 3000, "approx", "near_front", "ukraine", "2025-04-01..pub",
          "Budanov 'estimated earlier this month' (the 1st to publication): in and around Kursk"),
        C("thousands", None, "vague", "in_russia", "united_states", "mon",
          "State Department spokeswoman 'said on Monday' „…“: shipped to Russia"),
        C("15,000 to 20,000", None, "range", "in_russia", "other", "fri",
          "retired diplomat at An Tobar 'on Friday evening' (other): through Russia"),
    ),
)

KX09 = Source(
    article_id="kx09_hardin_county_battery_plant_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "Hardin County Courier-Ledger",
        "https://www.hcourierledger.example/news/2025/07/korean-engineers-follow-war-far-from-home",
        "Kyiv warns 30,000 more North Korean troops could reach Russia",
    ),
    features="Kentucky paper (Hardin County) in HTML, ISO-8859-1 with quotes and dashes only as "
        "entities (`&ldquo;`, `&rsquo;`, `&mdash;`, `&middot;`, `&copy;`), no meta date (sidecar, "
        "Thursday), a metering script, a consent line with its own wording; `<title>` figure "
        "(optional, increment); h1 'Kyiv warns' `30,000` more (increment, HUR 'earlier this "
        "month' to publication); HUR `25,000 to 30,000 additional soldiers` (range increment) and "
        "'The same assessment' losses; the NIS 'said Monday' readying builders (planned) and 'In "
        "April' casualties (month window); a U.S. defense official 'last week'; a Korean engineer "
        "`10,000 or more` (other, `pub`); plant jobs, dollars, Korean nationals in the county, "
        "miles, Korean War dead, names on a list, ages, years, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="iso-8859-1">
<title>Kyiv warns [[30,000]] more North Korean troops could reach Russia | Hardin County \
Courier-Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var hcl={zone:"news",meter:"on",freeLeft:3};</script>
</head>
<body>
<div class="consent">This site uses cookies to keep you signed in and to tally how many neighbors \
stop by. <button>Sounds reasonable</button> <button>Hold the extras</button></div>
<nav><a href="/">Home</a> &middot; <a href="/news">News</a> &middot; <a \
href="/business">Business</a> &middot; <a href="/sports">Sports</a> &middot; <a \
href="/obituaries">Obituaries</a></nav>
<article>
<h1>Kyiv warns [[30,000]] more North Korean troops could reach Russia</h1>
<h2>At an Elizabethtown church supper, Korean engineers follow a war far from home</h2>
<p class="byline">By Dana Whitlock &middot; Staff writer</p>
<p>GLENDALE &mdash; The battery plant off Interstate 65 runs around the clock, and so does the \
group chat of the Korean engineers who helped build it. On Sunday night, over bulgogi and potato \
salad at a Korean Presbyterian fellowship in Elizabethtown, the talk was less about cell lines \
than about a report out of Kyiv.</p>
<p>Ukraine&rsquo;s military intelligence said earlier this month that Moscow was counting on \
Pyongyang to supply [[25,000 to 30,000]] additional soldiers over the coming months so that \
worn-out Russian units could be relieved. The same assessment put North Korean losses in Kursk at \
[[more than 6,000]] killed and wounded.</p>
<p>Seoul is more cautious. South Korea&rsquo;s National Intelligence Service said Monday it had \
seen no sign yet of a large new deployment, but believed [[about 6,000]] engineers and \
mine-clearing troops were being readied for Russia. In April the agency had put North Korean \
casualties at [[about 4,700]].</p>
<p>A U.S. defense official, speaking on condition of anonymity, told reporters last week that \
[[more than 11,000]] North Korean soldiers had served in Russia since last fall.</p>
<p>Park Ji-hoon, 41, a process engineer from Ulsan who has lived in Hardin County for three years, \
was blunt. &ldquo;Back home people say [[10,000 or more]] went, and families in the North cannot \
even ask where their sons are,&rdquo; he said.</p>
<p>The plant employs about 2,500 people and cost $5.8 billion; some 1,600 South Korean nationals \
now live in the county, according to census estimates. Fort Knox is 25 miles up the road.</p>
<p>More than 36,000 Americans died in the Korean War. The fellowship&rsquo;s pastor, Samuel Yoon, \
58, keeps a list of members whose grandparents fled the North in 1950. It has 23 names.</p>
<p class="note">The fellowship meets Sundays at 6 p.m.; call (270) 555-0148.</p>
</article>
<footer>&copy; 2025 Hardin County Courier-Ledger &middot; Elizabethtown, Ky. &middot; <a \
href="/subscribe">Subscribe</a></footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-01..pub",
          "<title> (metadata) restating the h1: 'more' (increment, span without the word)",
          add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-01..pub",
          "h1 'Kyiv warns': HUR's assessment 'earlier this month' (the 1st to publication), "
          "'more' (increment, span without the word)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..pub",
          "HUR 'said earlier this month': 'counting on … to supply … additional' (increment)",
          add=True),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "2025-07-01..pub",
          "'The same assessment put … at' carries HUR's date: killed and wounded"),
        C("about 6,000", 6000, "approx", "planned", "south_korea", "mon",
          "the NIS 'said Monday … believed': being readied for Russia"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'In April the agency had put … at' (an older figure, month window): casualties"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "lastweek",
          "a U.S. defense official 'told reporters last week': served in Russia"),
        C("10,000 or more", 10000, "at_least", "in_russia", "other", "pub",
          "Korean engineer in the county, 'he said' without a day (`pub`): 'went'"),
    ),
)

KX10 = Source(
    article_id="kx10_daugavpils_letter_zapad",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-09-18"),
    dated_by="dateline",
    features="English-language page from Daugavpils (Latgale) as plain text, dateline "
        "'DAUGAVPILS, 18 September 2025 –'; headline 'Seoul:' from the NIS figure of 'earlier "
        "this month' (1st to publication); the NIS 'estimated earlier this month', 'By the "
        "agency's count' (carried) with `6,000` 'in addition' (increment); Zelensky 'last Friday' "
        "(the latest Friday); Rutte in August, 'spoke at the time' (nato, month window); a "
        "Latvian defence official 'on Tuesday' „tens of thousands“ more (a third government: "
        "other, vague planned increment); the page's own arithmetic 'By this page's arithmetic' "
        "(unattributed, required); Zapad troop numbers (Russian and Belarusian soldiers, not "
        "claims), kilometres, population, per cent, euros, ages",
    text="""\
LATGALE LETTER – news from Latvia's east, in English

Seoul: [[2,000]] of Kim's soldiers have died in Russia's war

DAUGAVPILS, 18 September 2025 – Barely 25 kilometres from this city, on the other side of the \
Belarusian border, Russian and Belarusian troops wound up the Zapad-2025 exercise on Tuesday. \
Minsk said about 7,000 soldiers took part; Lithuanian officials think the real number was closer \
to 13,000. In the market on Rīgas iela, people followed it the way they follow the weather: \
closely, and without much comment.

What happens in Kursk matters here too. South Korea's National Intelligence Service estimated \
earlier this month that [[about 2,000]] of Kim's soldiers have lost their lives in Russia's \
service. By the agency's count, Pyongyang has sent [[roughly 15,000]] troops in total, and in \
addition has started sending [[6,000]] construction and demining troops to Russia.

Ukraine's president, Volodymyr Zelensky, offered his own count last Friday at a conference in \
Kyiv: [[around 11,000]] North Koreans, he said, were still deployed in and around Kursk.

NATO has been saying much the same for months. Secretary General Mark Rutte, who visited the \
multinational brigade at Ādaži in August, spoke at the time of [[more than 12,000]] North Korean \
soldiers on Russian soil.

Latvia's defence ministry is already looking ahead to next year. At a briefing in Riga on Tuesday, \
its parliamentary secretary warned that Moscow could ask Pyongyang for "[[tens of thousands]]" \
more if its own recruiting falters. "We should not assume the Kursk model stays in Kursk," he said.

By this page's arithmetic, adding up what Seoul has reported since last October, \
[[close to 21,000]] North Koreans have now been sent to Russia, the builders included.

Daugavpils, Latvia's second city, has about 78,000 inhabitants, and close to half of them speak \
Russian at home. The government is spending EUR 11 million this year on drones and sensors for the \
eastern border, where a fence now covers most of the 173 kilometres with Belarus. Volunteers from \
the local Zemessardze unit, the youngest 19, the oldest 62, will hold an open day at the fortress \
on Saturday.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul:': the NIS figure of 'earlier this month' (the 1st to publication)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "the NIS 'estimated earlier this month' (the 1st to publication): died"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..pub",
          "'By the agency's count' carries the same estimate: sent in total"),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "2025-09-01..pub",
          "same count, 'in addition has started sending' (increment, span without the words)",
          add=True),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "fri",
          "Zelensky 'last Friday' at a conference (the latest Friday): in and around Kursk"),
        C("more than 12,000", 12000, "at_least", "in_russia", "nato", "2025-08-01..2025-08-31",
          "Rutte 'in August … spoke at the time' (month window): on Russian soil"),
        C("tens of thousands", None, "vague", "planned", "other", "tue",
          "Latvian defence ministry's parliamentary secretary 'on Tuesday' (a third government: "
          "other): 'more' (increment)", add=True),
        C("close to 21,000", 21000, "approx", "in_russia", "unattributed", "pub",
          "the page's own arithmetic ('By this page's arithmetic'): required, unattributed"),
    ),
)

KX11 = Source(
    article_id="kx11_lautoka_peacekeeper_reads_news_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Western Star",
        "https://www.westernstar-fiji.example/lautoka/from-the-golan-to-kursk",
        "From the Golan to Kursk: an old peacekeeper reads the news",
    ),
    features="Lautoka (Fiji) community page in Markdown, UTF-16 LE with BOM, front matter without "
        "a date (sidecar, Thursday); h1 'Seoul:' from the NIS Tuesday figure (Tuesday to "
        "publication); the NIS 'On Tuesday … briefed a committee … it said' (two figures) and "
        "'The agency kept its estimate' (carried); a retired Fijian peacekeeper 'says' `Fifteen "
        "thousand` (number words, other, `pub`); HUR 'last week'; Russia's ambassador in "
        "Pyongyang quoted by Tass 'in October' „thousands“ of builders (russia, planned, month "
        "window); Fijian peacekeepers, a battalion of 600, years of service, ages, Fiji dollars, "
        "dates, phone number",
    text="""\
---
title: "From the Golan to Kursk: an old peacekeeper reads the news"
section: Lautoka
---

# Seoul: [[10,000]] North Korean troops now on Ukraine's doorstep

*By Litia Naivalu*

Sailosi Tuilagi spent 19 years in the Republic of Fiji Military Forces, four of them with the \
United Nations on the Golan Heights and in Sinai. Now 63, he teaches woodwork at a Lautoka \
secondary school and reads the world news on his phone before the first bell.

This week one item made him put the phone down. On Tuesday Seoul's spy agency briefed a committee \
of the National Assembly: [[about 10,000]] North Korean soldiers, it said, are stationed in \
Russia's border regions next to Ukraine, and [[5,000]] military engineers have been moved into \
Russia since September to rebuild roads and bridges. The agency kept its estimate of the dead at \
[[roughly 2,000]].

"[[Fifteen thousand]] men, sent to somebody else's war – that is a whole division and then some," \
Tuilagi says. "In my day a battalion of 600 was a big commitment for Fiji, and we were there to \
keep the peace, not to fight."

Kyiv says the price has been steep. Last week Ukraine's military intelligence agency put \
Pyongyang's dead and wounded from the Kursk fighting at [[more than 6,000]].

Moscow, for its part, wants more help. Russia's ambassador in Pyongyang, Alexander Matsegora, was \
quoted by the Tass agency in October as saying "[[thousands]]" of North Korean builders would be \
at work in the Kursk region by next year.

Fiji still has some 500 soldiers serving with UN missions, most of them in the Golan and in \
Lebanon. Tuilagi's old unit will march in the Remembrance Day service at Churchill Park on \
Tuesday, 11 November, at 9am.

The school's woodwork class is selling its carved kava bowls at the Lautoka market on Saturday, \
from FJ$35. Proceeds go to the cyclone preparedness fund. Orders: 666 0000.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "h1 'Seoul:': the NIS Tuesday figure of the body (Tuesday to publication)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'On Tuesday … briefed a committee', 'it said': in the border regions"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same briefing: engineers moved into Russia (no increment word)"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The agency kept its estimate of the dead at' (the same briefing)"),
        C("Fifteen thousand", 15000, "exact", "in_russia", "other", "pub",
          "retired Fijian peacekeeper, present tense 'says' (`pub`): sent (number words)"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'Last week … put … at': killed or wounded"),
        C("thousands", None, "vague", "planned", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang quoted by Tass 'in October' (month window): builders "
          "to be at work by next year"),
    ),
)

KX12 = Source(
    article_id="kx12_kigali_security_brief_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "The Kigali Security Brief",
        "https://www.kigalisecuritybrief.example/issues/212",
        "Kursk's lessons: 2,000 dead, and a parade",
    ),
    features="Kigali security newsletter's web edition in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Wednesday), a style block, a cookie line with its own wording, issue number "
        "and subscriber count; h1 'Kursk's lessons' from the NIS September figure (September to "
        "publication); 'on 10 October' is the parade (an event); state TV 'On Friday' `some 70` "
        "wounded decorated (north_korea, casualties); Zelensky 'last Wednesday' in a Wednesday "
        "issue (the week before, an ISO date); HUR 'on Monday' `up to 3,000` more (at_most "
        "planned increment); a retired Rwandan colonel `north of 15,000` (other, `pub`); Africa "
        "Corps in Mali, Rwandan peacekeepers, francs, litres, dates, times, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Kigali Security Brief · Issue 212</title>
<style>body{font-family:Georgia,serif;max-width:640px;margin:auto}</style>
</head>
<body>
<div class="cookies">Yes, even a newsletter has cookies. Ours only count which stories you open. \
<button>Understood, murakoze</button> <button>Switch them off</button></div>
<header><p>The Kigali Security Brief · Weekly · Issue 212</p><nav><a href="/archive">Archive</a> | \
<a href="/subscribe">Subscribe</a> | <a href="/about">About</a></nav></header>
<main>
<h1>Kursk’s lessons: [[2,000]] dead, and a parade</h1>
<p>Good morning from Kigali. This week’s lead asks what Africa’s armies can learn from North \
Korea’s war in Russia; below it you will find the Great Lakes round-up and our events diary.</p>
<h2>A war that came home to Pyongyang</h2>
<p>When North Korea paraded its troops past Kim Jong Un on 10 October, some of them had fought in \
Russia’s Kursk region. The cost has been high. In September, Seoul’s intelligence service put the \
number of North Korean dead there at [[around 2,000]]. On Friday, state television showed Kim \
pinning medals on [[some 70]] soldiers wounded in what Pyongyang calls its “overseas military \
operation”.</p>
<p>Volodymyr Zelensky said last Wednesday that Pyongyang had rotated [[about 11,000]] men through \
the Kursk front over the past year, and Ukraine’s military intelligence warned on Monday that \
[[up to 3,000]] more could arrive before winter.</p>
<p>Col. (Rtd) Eugène Habimana, who lectures at the Rwanda Defence Force Command and Staff College \
in Musanze, believes the real number deployed is “probably [[north of 15,000]]”. “What Kim has \
shown is that a small, disciplined army can be rented out,” he said. “Governments that hire \
foreign fighters should be taking notes.”</p>
<p>Russia’s Africa Corps has some 2,500 men in Mali, by most estimates. Rwanda itself has more \
than 5,800 personnel in UN missions, mostly in South Sudan and the Central African Republic.</p>
<h2>Great Lakes round-up</h2>
<p>Fuel prices in Kigali rose to Rwf 1,633 a litre this month. The regional summit planned for \
Arusha has been moved to 28 November.</p>
<h2>Diary</h2>
<p>Thursday 23 October, 17:30: panel on private military companies at the Kigali Convention \
Centre. Entry free; RSVP on +250 788 000 000.</p>
</main>
<footer>© 2025 The Kigali Security Brief · 3,400 subscribers · <a \
href="/unsubscribe">Unsubscribe</a></footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "h1: the NIS September figure of the body (September to publication)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'In September … put … at' (month window): dead"),
        C("some 70", 70, "approx", "casualties", "north_korea", "fri",
          "state television 'On Friday': wounded soldiers decorated by Kim"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-10-15",
          "Zelensky 'last Wednesday' in a Wednesday issue (the week before): rotated through "
          "the Kursk front"),
        C("up to 3,000", 3000, "at_most", "planned", "ukraine", "mon",
          "HUR 'warned on Monday': 'more could arrive' (increment, span without the word)",
          add=True),
        C("north of 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "retired Rwandan colonel 'believes' (present tense, `pub`): deployed"),
    ),
)

SOURCES: tuple[Source, ...] = (
    KX01, KX02, KX03, KX04, KX05, KX06,
    KX07, KX08, KX09, KX10, KX11, KX12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
