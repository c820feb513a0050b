"""Build the NINETY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The ninety-ninth corpus for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Fehmarn island
paper's web page with Ukrainian welders on the Fehmarnbelt tunnel site, a Bavarian Forest local
radio from Zwiesel with a soldier home from Lithuania, a district weekly from Hartberg in eastern
Styria with a pumpkin-seed oil presser who sells to Seoul (Austrian conventions), a Zofingen
paper on the Feldschiessen weekend (Swiss conventions), a rural women's association newsletter
from the Steinburg district, a Mönchengladbach senior citizens' paper with a nurse who worked in
Busan in the 1950s; a Ladyville (Belize) paper next to the British Army's jungle training unit, a
Whitehorse (Yukon) weekly with a Canadian Ranger from Old Crow, a Huntsville (Alabama) paper with
a retired Redstone Arsenal rocket analyst, a Bermuda paper on reinsurers pricing war risk, an
English-language community magazine on Jeju and a Walney (Barrow-in-Furness) community newsletter
read at the submarine yard. Same file format, marker syntax and labelling conventions as the
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
BASE_NAME = "_blind97_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

K01 = Source(
    article_id="k97_01_inselbote_fehmarn_belttunnel_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Fehmarn island paper's web page in HTML, UTF-8 (`article:published_time` +01:00, "
        "Wednesday), a consent box about fish crates, a tracking script, navigation by island "
        "districts, a footer with an address; `<title>` figure (optional); headline "
        "'Selenskyj:' from the Monday evening address (Monday to publication); the number word "
        "`Elftausend` opening a sentence (Konjunktiv, 'erklärte … am Montagabend' after it); "
        "Blinken 'am Donnerstag' (the previous week's Thursday); the Pentagon 'am 28. Oktober' "
        "(explicit date); an MP after the NIS briefing 'am Dienstag' in the next sentence, 'Laut "
        "Park' `noch einige tausend zusätzliche` (increment, planned); a Ukrainian welder relaying "
        "his brother at the front `Tausende` (other, `pub`); Peskov without a figure; tunnel "
        "workers, nationalities, tunnel length, euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Selenskyj: [[11.000]] Nordkoreaner in Kursk | Inselbote Fehmarn</title>
<meta property="article:published_time" content="2024-11-06T11:45:00+01:00">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.ibfTrack={rubrik:"welt",seite:"artikel",build:"2.7.0"};</script>
</head>
<body>
<div class="consent-box">Auch auf der Insel backen wir Cookies &ndash; aber nur so viele, wie \
in eine Fischkiste passen. <button>Passt schon</button> <button>Lieber nicht</button></div>
<nav><a href="/">Start</a> | <a href="/burg">Burg</a> | <a href="/sund">Fehmarnsund</a> | \
<a href="/belt">Beltquerung</a> | <a href="/welt">Welt</a> | <a href="/wind">Wetter &amp; \
Wind</a></nav>
<main>
<h1>Selenskyj: [[11.000]] Nordkoreaner in Kursk</h1>
<p class="intro">Kiew meldet erste Gefechte mit Kims Soldaten. Auf der Tunnelbaustelle bei \
Puttgarden schauen ukrainische Schweißer in jeder Pause aufs Handy.</p>
<p>Die Soldaten aus Nordkorea sind nach Darstellung Kiews an der Front angekommen. \
[[Elftausend]] von ihnen stünden inzwischen im russischen Gebiet Kursk, erklärte Präsident \
Wolodymyr Selenskyj am Montagabend in seiner Videobotschaft. Einzelne Trupps hätten bereits auf \
ukrainische Stellungen gefeuert, und ihre Zahl werde weiter steigen.</p>
<p>Washington bestätigt die Richtung, bleibt aber etwas darunter. US-Außenminister Antony \
Blinken hatte am Donnerstag nach einem Treffen mit seinem Kollegen aus Seoul erklärt, \
[[etwa 8.000]] Nordkoreaner seien bereits in die Grenzregion gebracht worden. Das Pentagon \
hatte die Gesamtzahl am 28. Oktober auf [[rund 10.000]] beziffert; sie alle seien zur \
Ausbildung in den Osten Russlands geschickt worden.</p>
<p>Auch Seoul rechnet inzwischen mit [[mehr als 10.000]] Mann. Das sagte der Abgeordnete Park \
Jin-ho am Dienstag nach einer Sitzung des Geheimdienstausschusses, in der der Nachrichtendienst \
NIS seine Erkenntnisse vorgetragen hatte. Laut Park rechnet der Dienst damit, dass Pjöngjang bis \
zum Jahresende noch [[einige tausend]] zusätzliche Soldaten auf den Weg bringt.</p>
<p>Der Kreml schweigt zu alledem. Sprecher Dmitri Peskow verwies am Dienstag nur auf den \
Beistandsvertrag mit Pjöngjang, den die Duma im Oktober gebilligt hatte.</p>
<h2>Schweißnaht und Sorge</h2>
<p>Auf der Baustelle des Belttunnels arbeiten zurzeit rund 1.900 Menschen aus 40 Ländern, \
darunter 65 Ukrainer. Einer von ihnen ist Taras Melnyk, 34, Schweißer aus Saporischschja. Sein \
jüngerer Bruder dient in einer Drohneneinheit im Raum Sumy, wenige Kilometer vor der Grenze zu \
Kursk. &bdquo;Er schreibt, drüben sind jetzt [[Tausende]] Koreaner&ldquo;, sagt Melnyk. \
&bdquo;Nachts hört man sie über Funk, in einer Sprache, die keiner versteht.&ldquo;</p>
<p>Der knapp 18 Kilometer lange Tunnel soll Fehmarn ab 2029 mit Lolland verbinden. Für ihre \
Familien daheim haben die ukrainischen Arbeiter bisher 14.500 Euro gesammelt; Spenden nimmt das \
Baustellenbüro unter 04371 889 120 entgegen.</p>
</main>
<footer>&copy; 2024 Inselbote Fehmarn &middot; Breite Straße 21, 23769 Fehmarn &middot; \
<a href="/impressum">Impressum</a></footer>
<script src="/assets/ibf.bundle.js?v=2.7.0" defer></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Selenskyj:': the Monday evening address of the lead (Monday to "
          "publication): in Kursk"),
        C("Elftausend", 11000, "exact", "near_front", "ukraine", "mon",
          "number word opening the sentence, Konjunktiv, 'erklärte … Selenskyj am Montagabend' "
          "after it (Wednesday article): in the Kursk region"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "thu",
          "Blinken 'am Donnerstag' (pluperfect; the Thursday before the Wednesday article): "
          "brought to the border region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "the Pentagon 'am 28. Oktober' (an explicit date): sent to eastern Russia for "
          "training"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "tue",
          "'Auch Seoul rechnet': the MP after the NIS briefing, 'am Dienstag' in the next "
          "sentence"),
        C("einige tausend", None, "vague", "planned", "south_korea", "tue",
          "'Laut Park rechnet der Dienst damit' (same briefing): `zusätzliche` by year-end "
          "(increment, planned)", add=True),
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "a Ukrainian welder relaying his brother's messages from the front, present tense "
          "'sagt' (the speaker quoted: other, undated): across the line"),
    ),
)

K02 = Source(
    article_id="k97_02_radio_arberland_zwiesel_verluste",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Arberland",
        "https://www.radio-arberland.example/nachrichten/welt/2024-12-27-nordkorea-verluste",
        "Selenskyj: Schon 3.000 Nordkoreaner tot oder verwundet",
    ),
    features="Bavarian Forest local radio's web text from Zwiesel as plain text, UTF-16 LE with "
        "BOM and CRLF (sidecar, Friday); headline 'Selenskyj:' `Schon 3.000` from the Monday "
        "figure of the lead (Monday to publication); Zelensky 'am Montag' `mehr als 3.000`; the "
        "NIS 'am Donnerstag vergangener Woche' named after both figures (`fast 1.000` wounded "
        "next to `Rund 100` dead: not an increment); HUR 'gestern' (`yday`); the White House 'am "
        "17. Dezember' (explicit date) „mehreren hundert“ in straight quotes; a sergeant from "
        "Regen home from Lithuania, 'Ich schätze' `noch mal zwanzigtausend … dazu` (other, "
        "increment, undated) and an anaphoric `elftausend` in his quote (optional); German "
        "soldiers in Lithuania, snow depth, lifts, a phone number",
    text="""\
Radio Arberland - Nachrichten für Zwiesel, Regen und den Bayerwald

WELT

Selenskyj: Schon [[3.000]] Nordkoreaner tot oder verwundet

Die Verluste der nordkoreanischen Truppen im Gebiet Kursk wachsen nach Darstellung Kiews \
schnell. Präsident Wolodymyr Selenskyj bezifferte sie am Montag auf [[mehr als 3.000]] Tote und \
Verletzte; er berief sich auf vorläufige Zahlen seiner Armee. Der Militärgeheimdienst HUR \
meldete gestern, allein in der Woche vor Weihnachten seien [[etwa 1.000]] Nordkoreaner \
ausgefallen.

Südkoreas Nachrichtendienst NIS kommt auf deutlich weniger. [[Rund 100]] Nordkoreaner seien \
gefallen, [[fast 1.000]] verwundet, teilte der Dienst am Donnerstag vergangener Woche den \
Abgeordneten in Seoul mit. Das Weiße Haus hatte am 17. Dezember von "[[mehreren hundert]]" \
Opfern gesprochen, ohne genauer zu werden.

Daheim in Regen: Oberfeldwebel Stefan Kerschl, 29, ist über die Feiertage aus Litauen \
zurück, wo er mit der deutschen Brigade übt. Dort sind inzwischen knapp 1.800 \
Bundeswehrsoldaten stationiert. Über die Nordkoreaner werde in der Truppe viel geredet, sagt \
er. "Bei uns glaubt keiner, dass es bei [[elftausend]] bleibt. Ich schätze, im Frühjahr kommen \
noch mal [[zwanzigtausend]] dazu."

Kerschl ist seit neun Jahren Soldat und hat vorher in Bodenmais Elektriker gelernt. Bis 2027 \
soll die Brigade in Litauen auf rund 5.000 Mann wachsen, viele Familien ziehen mit. Für ihn \
selbst ist das noch offen: "Meine Freundin arbeitet in der Glashütte, die will nicht weg." Am \
2. Januar fährt er zurück nach Rukla.

Zwiesel: Der Christkindlmarkt am Stadtplatz zählte nach Angaben der Stadt in diesem Jahr rund \
38.000 Besucher, gut 3.000 mehr als im Vorjahr.

Am Großen Arber liegen derzeit 40 Zentimeter Schnee, sieben Lifte laufen. Hinweise an die \
Redaktion: 09922 504 40.
""",
    claims=(
        C("3.000", 3000, "exact", "casualties", "ukraine", "mon..pub",
          "headline 'Selenskyj: Schon …': the Monday figure of the lead (Monday to publication): "
          "dead or wounded"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'am Montag' (Friday article): dead and injured"),
        C("etwa 1.000", 1000, "approx", "casualties", "ukraine", "yday",
          "HUR 'meldete gestern', Konjunktiv: out of action in the week before Christmas"),
        C("Rund 100", 100, "approx", "casualties", "south_korea", "2024-12-19",
          "NIS named after both figures, 'am Donnerstag vergangener Woche' (the previous week's "
          "Thursday): fallen"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same statement: wounded, the other casualties of the same toll (not an increment)"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "2024-12-17",
          "the White House 'am 17. Dezember' (an explicit date), straight quotes: victims"),
        C("elftausend", 11000, "exact", "in_russia", "other", "pub",
          "anaphoric restatement in the sergeant's quote ('dass es bei elftausend bleibt'): "
          "optional", opt=True),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "sergeant from Regen, 'Ich schätze' in a quote, undated: 'noch mal … dazu' in spring "
          "(increment)", add=True),
    ),
)

K03 = Source(
    article_id="k97_03_oststeirischer_bezirksbote_kernoel",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-13"),
    dated_by="dateline",
    features="district weekly for Hartberg-Fürstenfeld (Austria) as plain text, ISO-8859-1 with "
        "straight quotes, dateline 'Hartberg, 13.02.2025' (Thursday); `Jänner`, `Feber`, "
        "`heuer`; the NIS 'am Mittwoch' via MPs, Konjunktiv with a total and casualties; HUR "
        "'geht fest davon aus' with 'Seiner Einschätzung zufolge' in the next sentence `bis zu "
        "3.000 weitere` (increment, undated); Zelensky 'Ende Jänner' (days 21-31); Rutte 'am 30. "
        "Jänner' (explicit Austrian date); a State Department spokesman 'am Montag' `mehreren "
        "tausend`; a pumpkin-seed oil presser relaying his Korean customers `noch einmal "
        "zehntausend` (other, increment, number word); bottles, hectares, euros, years, ages",
    text="""\
OSTSTEIRISCHER BEZIRKSBOTE - Hartberg-Fürstenfeld
Chronik / Welt

Kims Soldaten aus den Kämpfen abgezogen

Seit Wochen sind in Kursk offenbar keine Nordkoreaner mehr im Einsatz. Ein Kernölpresser \
aus Hartberg hört dazu von seinen Kunden in Seoul Erstaunliches.

Hartberg, 13.02.2025 - Nordkoreas Soldaten sind aus den Gefechten im russischen Gebiet Kursk \
offenbar herausgenommen worden. Das geht aus Erkenntnissen hervor, die Südkoreas \
Nachrichtendienst NIS am Mittwoch den Abgeordneten in Seoul vorlegte. Seit Mitte Jänner sei \
kein Einsatz an der Front mehr beobachtet worden. Als Grund nannte der Dienst die schweren \
Verluste: Von den [[etwa 11.000]] Entsandten seien [[rund 3.000]] getötet oder verwundet \
worden.

Ob die Truppen zurückkehren, ist offen. Der ukrainische Militärgeheimdienst HUR geht fest davon \
aus. Seiner Einschätzung zufolge könnten im Frühjahr [[bis zu 3.000]] weitere Nordkoreaner \
nachrücken, die derzeit für den Drohnenkrieg geschult würden.

Ende Jänner hatte Präsident Wolodymyr Selenskyj die Verluste der Nordkoreaner auf [[knapp \
4.000]] Tote und Verletzte beziffert. Auch die Nato meldete sich zu Wort: Generalsekretär Mark \
Rutte sprach am 30. Jänner in Brüssel von [[mehr als 11.000]] Soldaten, die Kim geschickt habe, \
und von "enormen" Verlusten. Washington hält sich mit Zahlen zurück; ein Sprecher des \
US-Außenministeriums sagte am Montag lediglich, man rechne weiterhin mit [[mehreren tausend]] \
Nordkoreanern in der Kursker Grenzregion.

Kernöl für Seoul

Johann Pöttler, 62, presst in seiner Ölmühle am Stadtrand seit 1988 Kürbiskernöl. Seit sechs \
Jahren verkauft er auch nach Südkorea, heuer sollen es rund 6.000 Flaschen werden. Im März \
fliegt er zum dritten Mal zur Lebensmittelmesse nach Seoul. Was die Nordkoreaner in Russland \
betrifft, hört er von seinen Kunden dort eine klare Meinung. "Die Koreaner, mit denen ich \
telefoniere, glauben alle, dass im Sommer noch einmal [[zehntausend]] kommen", erzählt Pöttler. \
"Für Kim ist das ein Geschäft, sagen die."

Ein Liter steirisches Kürbiskernöl kostet ab Hof derzeit 26 Euro, Pöttler bewirtschaftet 38 \
Hektar. Am 22. Feber öffnet die Ölmühle zum Tag der offenen Tür.
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS findings put to MPs 'am Mittwoch' (Thursday article), Konjunktiv: sent"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "wed",
          "same findings ('nannte der Dienst'): killed or wounded"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht fest davon aus', then 'Seiner Einschätzung zufolge' (pronoun, undated): "
          "`weitere` could move up in spring (increment)", add=True),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Zelensky 'Ende Jänner' (days 21-31): dead and injured"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "2025-01-30",
          "Rutte 'am 30. Jänner' in Brussels (an explicit date), Konjunktiv: sent"),
        C("mehreren tausend", None, "vague", "near_front", "united_states", "mon",
          "State Department spokesman 'am Montag': in the Kursk border region"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "pumpkin-seed oil presser relaying his Korean customers ('erzählt', undated; the "
          "speaker quoted: other): 'noch einmal' in summer (increment, number word)", add=True),
    ),
)

K04 = Source(
    article_id="k97_04_wiggertaler_anzeiger_feldschiessen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-06-03"),
    dated_by="front_matter", crlf=True,
    features="Zofingen paper (Swiss conventions) in Markdown, windows-1252 with CRLF, front "
        "matter with `date:` (Tuesday) and a title without a figure; `ss` (no sharp s), «», "
        "`127'000`, `25'000 bis 30'000`, `15'000`, `11'000`, 4-digit `4700`/`1418`; HUR's "
        "report 'vom Freitag' (range, `zusätzliche`: increment); the NIS 'Ende April' (days "
        "21-30) with a total and casualties; Russia's deputy foreign minister 'gestern' "
        "(`yday`) `Hunderte` (planned); KCNA 'am Samstag' `Dutzenden` fallen; a shooting club "
        "president 'geht davon aus', Konjunktiv over two sentences `gegen 11'000` and "
        "`mehrere tausend` (other, `pub`; 'Daneben' is not an increment); shooters, points, "
        "metres, sausages, francs",
    text="""\
---
title: "Feldschiessen: Kranzresultate und ein Gespräch über Nordkorea"
date: 2025-06-03
rubrik: Region
autor: Reto Hunziker
---

# Zwischen Kranzabzeichen und Kursk

**Über 1400 Schützinnen und Schützen kamen am Wochenende auf die Schiessplätze im Bezirk \
Zofingen. In der Festwirtschaft in Strengelbach ging es auch um Kims Soldaten.**

Das Eidgenössische Feldschiessen gilt als grösstes Schützenfest der Welt; schweizweit nahmen \
dieses Jahr rund 127'000 Personen teil. Im Bezirk schossen 1418 Teilnehmende auf die \
300-Meter-Scheibe, 611 von ihnen holten sich das Kranzabzeichen.

Bei Bratwurst und Most kam das Gespräch bald auf den Krieg. Anlass war ein Bericht vom Freitag: \
Der ukrainische Militärgeheimdienst HUR erwartet, dass Nordkorea im Sommer [[25'000 bis \
30'000]] zusätzliche Soldaten nach Russland schickt. «Das wäre ja fast doppelt so viel wie \
bisher», meinte ein Schütze am Nebentisch.

Nach den jüngsten Zahlen des südkoreanischen Nachrichtendienstes NIS, Ende April vorgelegt, hat \
Kim bisher [[ungefähr 15'000]] Mann geschickt; [[4700]] von ihnen seien gefallen oder verwundet. \
Moskau äussert sich nicht zu Zahlen. Der russische Vizeaussenminister Andrei Rudenko sagte \
gestern aber der Agentur Tass, [[Hunderte]] nordkoreanische Pioniere würden «in Kürze» nach \
Kursk kommen, um Minen zu räumen. Und Pjöngjangs Staatsagentur KCNA berichtete am Samstag, Kim \
Jong Un habe die Angehörigen von [[Dutzenden]] gefallenen Soldaten empfangen.

## «Die bleiben»

Oberstleutnant a. D. Markus Ryf, Präsident der Schützengesellschaft Strengelbach, hat in seiner \
Milizzeit Logistik unterrichtet. Er geht davon aus, dass Nordkorea sich nicht so bald \
zurückzieht. Derzeit stünden noch [[gegen 11'000]] Mann an der Grenze zur ukrainischen Region \
Sumy, sagt er. Daneben seien [[mehrere tausend]] als Bausoldaten im Hinterland eingesetzt. «Wer \
Strassen baut, will bleiben.»

Ryf selbst kam auf 66 von 72 möglichen Punkten. Die Festwirtschaft verkaufte über das \
Wochenende 940 Bratwürste zu 7.50 Franken.
""",
    claims=(
        C("25'000 bis 30'000", None, "range", "planned", "ukraine", "fri",
          "HUR report 'vom Freitag' (Tuesday article), 'erwartet': `zusätzliche` in summer "
          "(increment)", add=True),
        C("ungefähr 15'000", 15000, "approx", "in_russia", "south_korea",
          "2025-04-21..2025-04-30",
          "'Nach den jüngsten Zahlen des … NIS, Ende April vorgelegt' (days 21-30): sent"),
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same figures, Konjunktiv: fallen or wounded"),
        C("Hunderte", None, "vague", "planned", "russia", "yday",
          "Russia's deputy foreign minister 'sagte gestern' to Tass (Monday): would come to "
          "Kursk to clear mines «in Kürze» (planned)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "sat",
          "KCNA 'am Samstag': the families of fallen soldiers received by Kim"),
        C("gegen 11'000", 11000, "approx", "near_front", "other", "pub",
          "shooting club president, a retired militia officer, 'geht davon aus', Konjunktiv "
          "'stünden … sagt er' (undated): at the border with Sumy ('gegen' as approx)"),
        C("mehrere tausend", None, "vague", "in_russia", "other", "pub",
          "same speaker, Konjunktiv 'Daneben seien' (another group at the same time, not an "
          "increment): builders in the rear"),
    ),
)

K05 = Source(
    article_id="k97_05_landfrauen_steinburg_rundbrief_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-17"),
    dated_by="sidecar",
    sidecar=(
        "KreisLandFrauenVerband Steinburg",
        "https://www.landfrauen-steinburg.example/rundbrief/2025-09",
        "Rundbrief September: Socken, Erntedank und ein Blick nach Osten",
    ),
    features="rural women's association newsletter for the Steinburg district in Markdown, UTF-8 "
        "with BOM, front matter without a date (sidecar, Wednesday); the NIS 'Anfang September' "
        "(days 1-10) with dead, wounded `darüber hinaus` (others of the same toll: not an "
        "increment), deminers at work in Kursk (near the front) and `5.000 weitere` builders to "
        "follow (increment, planned), 'Laut derselben Quelle'; a State Department spokesman "
        "'vergangene Woche' (`lastweek`); HUR 'nach eigenen Angaben' `noch einmal Zehntausende` "
        "(increment, undated); the newsletter's own sum `an die 20.000` (unattributed, "
        "required); socks, hats, the town's population, a fee, a phone number",
    text="""\
---
title: "Rundbrief September: Socken, Erntedank und ein Blick nach Osten"
verband: KreisLandFrauenVerband Steinburg
ausgabe: "9/2025"
---

# Rundbrief September

Liebe Landfrauen,

der Sommer ist vorbei, die Ernte fast eingefahren, und in unseren Ortsvereinen wird wieder \
gestrickt. Seit März sind aus dem Kreis 640 Paar Socken und 212 Mützen für Familien in der \
Ukraine zusammengekommen – herzlichen Dank an alle fleißigen Hände!

## Ein Blick nach Osten

Beim Strickabend in Wilster kam die Frage auf, wer eigentlich alles gegen die Ukraine kämpft. \
Seit dem vergangenen Herbst tun das auch Soldaten aus Nordkorea. Wir haben nachgelesen.

Der südkoreanische Geheimdienst hat Anfang September berichtet, dass von ihnen [[etwa 2.000]] \
ums Leben gekommen seien. Verwundet worden seien darüber hinaus [[ungefähr 2.500]]. Laut \
derselben Quelle räumen derzeit [[rund 1.000]] nordkoreanische Pioniere im russischen Gebiet \
Kursk Minen; [[5.000]] weitere Bausoldaten sollen bis Jahresende folgen.

Auch die Vereinigten Staaten rechnen nicht mit einem baldigen Ende. Ein Sprecher des \
US-Außenministeriums sagte vergangene Woche, Nordkorea habe inzwischen [[mehr als 14.000]] \
Soldaten nach Russland entsandt. Und der ukrainische Militärgeheimdienst hält es nach eigenen \
Angaben für möglich, dass Pjöngjang noch einmal [[Zehntausende]] schickt.

Zählt man alles zusammen, was seit dem Herbst gemeldet wurde, waren wohl [[an die 20.000]] \
Nordkoreaner in Russland im Einsatz. Zum Vergleich: Itzehoe hat rund 32.000 Einwohner.

## Termine

- Erntedankfest der Ortsvereine: Sonntag, 5. Oktober, 14 Uhr, Festhalle Kellinghusen
- Strickabend: jeden zweiten Dienstag, 19 Uhr, Landhaus Heiligenstedten
- Jahresbeitrag: 48 Euro; Fragen an die Geschäftsstelle unter 04821 67 23 90

Herzliche Grüße
Ihre Kreisvorsitzende Antje Rohwedder
""",
    claims=(
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "South Korea's intelligence service 'Anfang September' (days 1-10), Konjunktiv: "
          "died"),
        C("ungefähr 2.500", 2500, "approx", "casualties", "south_korea",
          "2025-09-01..2025-09-10",
          "same report, 'darüber hinaus' wounded: the other casualties of the same toll (not an "
          "increment)"),
        C("rund 1.000", 1000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "'Laut derselben Quelle': deminers at work in the Kursk region"),
        C("5.000", 5000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "same source: `weitere` builders to follow by year-end (increment, span without the "
          "word)", add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "State Department spokesman 'vergangene Woche', Konjunktiv: sent to Russia"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "pub",
          "HUR 'hält es nach eigenen Angaben für möglich' (present, undated): 'noch einmal' "
          "(increment)", add=True),
        C("an die 20.000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own sum 'Zählt man alles zusammen' (unattributed, required): served "
          "in Russia"),
    ),
)

K06 = Source(
    article_id="k97_06_jahresringe_moenchengladbach_busan_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-07-22"),
    dated_by="sidecar",
    sidecar=(
        "Jahresringe - Seniorenzeitung für Mönchengladbach", "",
        "Ich habe die Kinder von damals nicht vergessen",
    ),
    features="Mönchengladbach senior citizens' paper in HTML, ISO-8859-1 (umlauts raw, quotes "
        "and dashes as entities), no meta date (sidecar without url, Tuesday), a cookie note "
        "about font size, a script, navigation, a footer; a nurse who worked at the Red Cross "
        "hospital in Busan 1956-58; Shoigu 'Mitte Juni' (days 11-20) `6.000 weitere` "
        "(increment, planned) broken down into `1.000` and `5.000` (breakdowns: not "
        "increments); her `Tausend Minenräumer` echoing the figure (optional); the NIS via an "
        "MP who spoke 'am Donnerstag' (date after the figure); Kyiv 'Anfang Juli' `mindestens "
        "25.000 zusätzlichen` (increment); the Pentagon 'im Mai' (month); the paper's own 'Fest "
        "steht nur' `Tausende` (unattributed, required); beds, years, ages, euros, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Jahresringe &ndash; Eine Krankenschwester erinnert sich an Busan</title>
<link rel="stylesheet" href="/css/jahresringe.css">
<script>var jr={ausgabe:"2025-07",schrift:"gross"};</script>
</head>
<body>
<div class="hinweis">Diese Seite verwendet Cookies. Ist Ihnen die Schrift zu klein, klicken \
Sie oben rechts auf &bdquo;A+&ldquo;. <button>Verstanden</button></div>
<nav><a href="/">Startseite</a> &middot; <a href="/leute">Leute</a> &middot; \
<a href="/gesundheit">Gesundheit</a> &middot; <a href="/zeitgeschehen">Zeitgeschehen</a> \
&middot; <a href="/termine">Termine</a></nav>
<article>
<h1>&bdquo;Ich habe die Kinder von damals nicht vergessen&ldquo;</h1>
<p class="unterzeile">Hannelore Beckers war in den Fünfzigerjahren Krankenschwester in \
Busan. Heute verfolgt die 89-Jährige aus Rheydt, wie Nordkorea Soldaten nach Russland \
schickt.</p>
<p>Von 1956 bis 1958 arbeitete Hannelore Beckers in dem Krankenhaus, das das Deutsche Rote \
Kreuz nach dem Koreakrieg in Busan betrieb. &bdquo;Wir hatten 80 Betten und jeden Morgen eine \
Schlange vor der Tür&ldquo;, erzählt sie in ihrer Wohnung. Noch heute liest sie jeden Tag die \
Zeitung, seit einigen Monaten mit besonderem Blick auf Korea.</p>
<p>Denn Nordkorea ist wieder im Krieg, diesmal an der Seite Russlands. Mitte Juni war der \
russische Sicherheitsratschef Sergej Schoigu zu Gast in Pjöngjang und verkündete dort, \
Kim Jong Un werde [[6.000]] weitere Männer nach Kursk schicken: [[1.000]] Minenräumer und \
[[5.000]] Militärbauarbeiter. &bdquo;[[Tausend]] Minenräumer&ldquo;, sagt Beckers und \
schüttelt den Kopf. &bdquo;Wir haben damals Kinder ohne Beine behandelt.&ldquo;</p>
<p>Wie viele Nordkoreaner seither gestorben sind, weiß niemand genau. Der südkoreanische \
Geheimdienst geht davon aus, dass sich derzeit noch [[rund 11.000]] nordkoreanische Soldaten in \
Russland aufhalten; das berichtete ein Abgeordneter in Seoul am Donnerstag nach einer \
Unterrichtung. Aus Kiew hieß es Anfang Juli, Pjöngjang bereite die Entsendung von \
[[mindestens 25.000]] zusätzlichen Soldaten vor. Das Pentagon hatte die Zahl der Gefallenen im \
Mai auf [[mehr als 1.500]] geschätzt.</p>
<p>Fest steht nur: Seit dem Herbst sind [[Tausende]] junge Nordkoreaner in Kursk getötet oder \
verwundet worden. &bdquo;Die Jungen, die da hingeschickt werden, sind so alt wie meine \
Patienten damals&ldquo;, sagt Beckers. Auf dem Tisch liegt ein Foto von 1957: Schwestern in \
weißen Hauben vor einer Baracke.</p>
<p>Der Seniorentreff Rheydt zeigt am 14. August um 14.30 Uhr Bilder aus dem \
DRK-Krankenhaus Busan; Kaffee und Kuchen kosten 3,50 Euro. Anmeldung unter 02166 91 43 27.</p>
</article>
<footer>Jahresringe &ndash; Seniorenzeitung für Mönchengladbach &middot; Redaktion im Haus \
der Begegnung</footer>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' in Pyongyang (days 11-20), 'werde … schicken': `weitere` "
          "(increment, span without the word)", add=True),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "breakdown of the 6.000 after the colon: deminers (not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "breakdown of the 6.000: military builders (not an increment)"),
        C("Tausend", 1000, "exact", "planned", "other", "pub",
          "the nurse echoing Shoigu's figure in a quote (anaphoric restatement): optional",
          opt=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'geht davon aus', reported by an MP 'am Donnerstag' after the figure: in "
          "Russia"),
        C("mindestens 25.000", 25000, "at_least", "planned", "ukraine", "2025-07-01..2025-07-10",
          "'Aus Kiew hieß es Anfang Juli' (days 1-10): `zusätzlichen` being prepared "
          "(increment)", add=True),
        C("mehr als 1.500", 1500, "at_least", "casualties", "united_states",
          "2025-05-01..2025-05-31", "the Pentagon 'im Mai' (month): fallen"),
        C("Tausende", None, "vague", "casualties", "unattributed", "pub",
          "the paper's own 'Fest steht nur' (unattributed, required): killed or wounded in "
          "Kursk"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

K07 = Source(
    article_id="k97_07_ladyville_lantern_batsub",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-03-21"),
    dated_by="dateline",
    features="Ladyville (Belize) paper as plain text, windows-1252 with curly quotes and em "
        "dashes, dateline 'LADYVILLE, 21 March 2025' (Friday), British spelling; the JCS "
        "'earlier this month' (1st to publication) `roughly 3,000 additional` (increment, span "
        "without the word) and 'put … at' casualties; the paper's own 'by most estimates' "
        "`some 11,000` (unattributed, required); Syrskyi 'on Monday' with `dozens` killed; a "
        "Pentagon press secretary 'on Wednesday' “north of 10,000” (at_least); a Belmopan "
        "lecturer 'reckons' a range by summer (other, planned, undated); British soldiers on "
        "the jungle course, weeks, Belize's own army, Belize dollars, a phone number",
    text="""\
THE LADYVILLE LANTERN
World | Belize District

Kim’s soldiers back in the fight as Russia retakes Sudzha
British jungle instructors at Price Barracks follow a war fought on open fields

LADYVILLE, 21 March 2025 — North Korean troops are fighting again in the Kursk region after \
several quiet weeks and have helped Russian forces push Ukraine out of the town of Sudzha, \
officials in Seoul and Kyiv said this week.

South Korea’s Joint Chiefs of Staff told lawmakers earlier this month that Kim had topped up \
his Russian contingent with [[roughly 3,000]] additional soldiers since New Year. The JCS put the \
North’s casualties at [[about 4,000]] killed and wounded — a steep price for a force that, by \
most estimates, numbered [[some 11,000]] when it first arrived last autumn.

Ukraine’s top commander, Oleksandr Syrskyi, said on Monday that [[around 2,000]] North Koreans \
were taking part in the attacks around Sudzha, moving in small teams and hiding from drones \
far better than in winter. [[Dozens]] of them had been killed there in the past week alone, he said.

The Pentagon is more cautious. Its press secretary told reporters on Wednesday that the United \
States believed “[[north of 10,000]]” North Korean soldiers remained in Russia, though “not all \
of them are anywhere near the front.”

At Price Barracks, home to the British Army Training Support Unit Belize, the news is followed \
with professional interest. About 300 British soldiers at a time pass through the six-week \
jungle course in Cayo District. “The Koreans were trained for mountains and cold, not for the \
flat ground around Kursk,” said a warrant officer who has taught there since 2019 and asked not \
to be named.

Dr. Marisol Cal, who lectures in international relations at the University of Belize in \
Belmopan, reckons Pyongyang will have [[15,000 to 20,000]] soldiers in Russia by summer. “Kim is \
renting out his army, and Moscow keeps paying the rent,” she said.

Belize’s own defence force has about 1,500 soldiers. The open day at Price Barracks is on 5 \
April; entry is BZ$10 for adults. Information: 225-2048.
""",
    claims=(
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-21",
          "JCS 'told lawmakers earlier this month' (1st to publication): sent, 'additional' "
          "(increment, span without the word)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "2025-03-01..2025-03-21",
          "'The JCS put the North's casualties at' (same briefing): killed and wounded"),
        C("some 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the paper's own 'by most estimates' (no source: unattributed, required): the force "
          "that arrived last autumn"),
        C("around 2,000", 2000, "approx", "near_front", "ukraine", "mon",
          "Syrskyi 'on Monday' (Friday article): taking part in the assaults near Sudzha"),
        C("Dozens", None, "vague", "casualties", "ukraine", "mon",
          "next sentence, 'he said' after it (same statement): killed in the past week"),
        C("north of 10,000", 10000, "at_least", "in_russia", "united_states", "wed",
          "Pentagon press secretary 'on Wednesday', quoted: remained in Russia ('north of' as "
          "at_least, as before)"),
        C("15,000 to 20,000", None, "range", "planned", "other", "pub",
          "Belmopan lecturer 'reckons', undated: will have in Russia by summer (a forecast: "
          "planned)"),
    ),
)

K08 = Source(
    article_id="k97_08_yukon_riverbank_weekly_rangers_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-09"),
    dated_by="front_matter", crlf=True,
    features="Whitehorse (Yukon) weekly in Markdown, ISO-8859-1 with CRLF, straight quotes and "
        "`--`, front matter with `date:` (Thursday); Zelensky 'On Saturday' `3,800`; the "
        "Pentagon 'On Dec. 30' (explicit date); the NIS 'last month' (December); the paper's "
        "agentless 'is believed to have sent' (unattributed, required); a NATO official 'by "
        "email on Monday'; Canada's foreign minister 'in December' (a third government: other); "
        "a Canadian Ranger in Old Crow relaying what she read `thousands` (other, undated); "
        "Rangers, kilometres, temperatures, sled teams, population, a phone number",
    text="""\
---
title: "Far from the Yukon, a war draws in Kim's army"
date: 2025-01-09
section: World
byline: Dana Kushniruk
---

# Far from the Yukon, a war draws in Kim's army

*On a cold week in Whitehorse, the news from Kursk feels closer than the map says.*

North Korea's soldiers in Russia are paying a heavy price. On Saturday, Ukrainian President \
Volodymyr Zelensky said that [[3,800]] of them had been killed or wounded in the Kursk region \
since they entered the fighting in late autumn. That is more than a third of the [[roughly \
11,000]] men the North is believed to have sent.

Washington's figures are lower but climbing. On Dec. 30 the Pentagon put North Korean \
casualties at [[about 1,200]], a number one spokesman called "a floor, not a ceiling." South \
Korea's spy agency, briefing lawmakers in Seoul last month, gave [[some 1,100]] killed and \
wounded.

NATO has not changed its view of the deployment. A NATO official in Brussels told the \
Riverbank Weekly by email on Monday that the alliance still counted "[[about 11,000]]" North \
Korean troops in and around Kursk. Canada's foreign minister, Mélanie Joly, had in December \
called the dispatch of "[[more than 10,000]] North Korean soldiers" a reckless gamble by two \
isolated regimes.

## The view from Old Crow

Canadian Ranger Sergeant Edith Frost, 51, leads a patrol of 22 Rangers along the Porcupine \
River. The Russian coast lies about 1,100 kilometres to the west, across the Beaufort and \
Chukchi seas. "I read that [[thousands]] of them were trained in the Russian Far East before \
they went west -- country a lot like ours, only darker," she said. She does not expect any \
change on the Porcupine. "We watch the sky and the caribou. Same as always."

On Tuesday morning the thermometer in Old Crow read minus 41. The Yukon Quest starts on Feb. 1 \
with 19 teams; Whitehorse, with about 30,000 people, will see them off. News tips: (867) \
667-4481.
""",
    claims=(
        C("3,800", 3800, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'On Saturday' (Thursday article): killed or wounded"),
        C("roughly 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the paper's agentless 'is believed to have sent' (unattributed, required)"),
        C("about 1,200", 1200, "approx", "casualties", "united_states", "2024-12-30",
          "the Pentagon 'On Dec. 30' (an explicit date), 'put … at': casualties"),
        C("some 1,100", 1100, "approx", "casualties", "south_korea", "2024-12-01..2024-12-31",
          "the NIS 'briefing lawmakers … last month' (December): killed and wounded"),
        C("about 11,000", 11000, "approx", "near_front", "nato", "mon",
          "a NATO official 'by email on Monday', quoted: in and around Kursk"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "2024-12-01..2024-12-31",
          "Canada's foreign minister 'in December' (a third government: other), quoted: "
          "dispatched"),
        C("thousands", None, "vague", "in_russia", "other", "pub",
          "a Canadian Ranger relaying what she read ('I read that', undated; the speaker "
          "quoted): trained in the Russian Far East"),
    ),
)

K09 = Source(
    article_id="k97_09_rocket_city_register_huntsville_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-05-01"),
    dated_by="html_meta",
    features="Huntsville (Alabama) paper in HTML, windows-1252 (curly quotes raw, `&amp;`, "
        "`&copy;`), `<meta name=\"date\">` (Thursday), a cookie note about engineering margins, "
        "a script, navigation, a footer; `<title>` figure (optional); headline 'Seoul:' from "
        "the NIS's Wednesday briefing (Wednesday to publication); `600 of them fatal` (a "
        "breakdown); 'also put the total … at'; KCNA and Moscow without a figure; HUR's "
        "spokesman 'said Monday' (US style); a US defense official 'said yesterday' (`yday`) "
        "“a few thousand”; a retired Redstone analyst 'figures' `closer to 6,000` (other, "
        "approx, undated); missiles, range, employees, dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Seoul: Kim has lost [[4,700]] soldiers in Russia’s war | Rocket City Register</title>
<meta name="date" content="2025-05-01">
<meta property="og:site_name" content="Rocket City Register">
<script>var rcr={section:"nation-world",paywall:false,ver:"5.2"};</script>
</head>
<body>
<div id="cookie-note">We use cookies the way engineers use safety margins: carefully, and more \
than you’d think. <button>Fine</button> <button>Decline</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/redstone">Redstone &amp; \
Defense</a> | <a href="/space">Space</a> | <a href="/nation-world">Nation/World</a></nav>
<main>
<h1>Seoul: Kim has lost [[4,700]] soldiers in Russia’s war</h1>
<p class="byline">By Clarice Wemberly, Register staff</p>
<p>South Korea’s spy agency told lawmakers in Seoul on Wednesday that the North had suffered \
[[about 4,700]] casualties in Russia’s service, dead and wounded together, [[600]] of them \
fatal. The \
National Intelligence Service also put the total sent since last October at [[roughly \
15,000]].</p>
<p>The briefing came two days after Pyongyang’s state news agency, KCNA, confirmed for the \
first time that its troops had fought in Kursk, and a few days after Moscow said the same. \
Neither gave a number.</p>
<p>Kyiv says the deployment goes on. Ukraine’s military intelligence, through its spokesman \
Taras Bondar, said Monday that [[around 2,500]] North Korean troops were still on \
Russian soil along the border with Ukraine’s Sumy region. A U.S. defense official said \
yesterday that the Pentagon’s own estimate was “[[a few thousand]]” near that border, and \
declined to be more precise.</p>
<h2>From Redstone, a different count</h2>
<p>In Huntsville, the missiles draw more interest than the men. Ukraine says Russia has fired \
at least 148 North Korean KN-23 ballistic missiles since late 2023, a weapon with a range of \
some 700 kilometers.</p>
<p>Neil Otterbein, who studied Soviet-era rockets at Redstone Arsenal for 31 years before \
retiring to Madison, figures the human toll is higher than Seoul admits. “I’d put the real \
number of dead and wounded [[closer to 6,000]],” he said. “Intelligence agencies count what \
they can prove.”</p>
<p>Redstone Arsenal employs about 45,000 people. The Armed Forces Day breakfast is May 17 at \
the VFW hall; tickets $12. Call (256) 533-0971.</p>
</main>
<footer>&copy; 2025 Rocket City Register &middot; Huntsville, Alabama</footer>
<script src="/js/rcr-main.js" async></script>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS's Wednesday figure of the lead (Wednesday to "
          "publication): lost"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "the NIS 'told lawmakers … on Wednesday' (Thursday article): killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "'600 of them fatal' (a breakdown of the casualties, not an increment)"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'also put the total sent … at' (same briefing): sent"),
        C("around 2,500", 2500, "approx", "near_front", "ukraine", "mon",
          "HUR's spokesman 'said Monday' (US style): on Russian soil along the Sumy border"),
        C("a few thousand", None, "vague", "near_front", "united_states", "yday",
          "US defense official 'said yesterday', quoted: near that border"),
        C("closer to 6,000", 6000, "approx", "casualties", "other", "pub",
          "retired Redstone analyst 'figures', quoted, undated: dead and wounded ('closer to' "
          "as approx)"),
    ),
)

K10 = Source(
    article_id="k97_10_front_street_gazette_war_risk_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Front Street Gazette",
        "https://www.frontstreetgazette.example/world/kim-kursk-veterans-parade",
        "Kim parades Kursk veterans as Kyiv warns of 30,000 more",
    ),
    features="Bermuda paper in HTML, UTF-8, no meta date (sidecar, Tuesday), a consent banner "
        "about hurricane season, navigation by parishes, a footer with an address; headline "
        "`30,000` 'more' from HUR's 'Oct. 3' statement (increment; Oct. 3 to publication); "
        "state TV 'on Friday' with returnees `hundreds` (optional) and Kim's “thousands of "
        "heroes” who fought (north_korea, near the front); `as many as 30,000 additional` "
        "(at_most, increment); a Russian deputy defence minister 'on Saturday' `5,000` builders "
        "at work in Kursk (in Russia); the NIS 'last month' (September); a State Department "
        "spokeswoman 'Friday' (US style); a reinsurance modeller's 'By her count' (other, "
        "undated); premiums, per cent, dollars, the regiment, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Front Street Gazette – Kim parades his Kursk veterans</title>
<link rel="canonical" href="https://www.frontstreetgazette.example/world/kim-kursk-veterans-parade">
</head>
<body>
<div class="consent">We use cookies. Unlike hurricane season, you can opt out. \
<button>Accept</button> <button>Opt out</button></div>
<nav>Hamilton · St. George’s · Sandys · Business · <strong>World</strong> · Sport</nav>
<article>
<h1>Kim parades Kursk veterans as Kyiv warns of [[30,000]] more</h1>
<p class="standfirst">North Korea’s show of strength comes as the island’s reinsurers rethink \
what war risk should cost.</p>
<p>North Korean state television on Friday broadcast a night-time parade in Pyongyang marking \
80 years of the ruling party, with [[hundreds]] of soldiers back from Russia’s Kursk region \
marching in their own block. In a speech, Kim Jong Un praised the “[[thousands]] of heroes” \
who had fought there “for a brotherly nation”.</p>
<p>Kyiv sees the parade as a recruiting poster. Ukraine’s military intelligence said on Oct. 3 \
that Pyongyang was preparing to send [[as many as 30,000]] additional troops by the end of the \
year. Moscow no longer hides its reliance on the North: Russia’s deputy defence minister, \
Pavel Lemeshko, said in Pyongyang on Saturday that [[5,000]] North Korean military builders \
were “already at work” on roads and bridges in Kursk.</p>
<p>South Korea’s spy agency last month put the North’s dead at [[around 2,000]]. In \
Washington, a State Department spokeswoman said Friday that the parade was \
“propaganda built on the graves of [[thousands]]”.</p>
<h2>Pricing a war</h2>
<p>On Front Street, the question is what all this does to the price of risk. Helen \
Outerbridge, who models political violence for a Hamilton reinsurer, keeps her own tally of \
the deployment. By her count [[roughly 20,000]] North Korean soldiers have passed through \
Russia in the year since the first ships docked. “That is a standing commitment, not a \
one-off,” she said.</p>
<p>War-risk premiums for ships calling at Black Sea ports have settled at about 1 per cent of \
hull value, down from 3 per cent in 2023, she said. Bermuda’s reinsurers wrote some $2.1 \
billion of political-violence cover last year.</p>
<p>Closer to home, the Royal Bermuda Regiment’s 350 soldiers begin their autumn camp on \
Saturday.</p>
</article>
<footer>© 2025 Front Street Gazette · 21 Reid Street, Hamilton HM 11 · Tips: 441-295-0187\
</footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-10-03..pub",
          "headline 'Kyiv warns of … more': HUR's 'Oct. 3' figure (Oct. 3 to publication), "
          "'more' (increment, span without the word)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV 'on Friday': returnees marching in the parade (optional, as returnees "
          "before)", opt=True),
        C("thousands", None, "vague", "near_front", "north_korea", "fri",
          "Kim's speech in the same broadcast, quoted: the heroes who fought in Kursk"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-10-03",
          "HUR 'said on Oct. 3' (an explicit date): 'additional' by year-end (increment)",
          add=True),
        C("5,000", 5000, "exact", "in_russia", "russia", "sat",
          "Russian deputy defence minister 'on Saturday' (Tuesday article): builders at work in "
          "Kursk (builders are in_russia, as before)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'said last month' (September): died"),
        C("thousands", None, "vague", "casualties", "united_states", "fri",
          "State Department spokeswoman 'said Friday' (US style), quoted: the graves of"),
        C("roughly 20,000", 20000, "approx", "in_russia", "other", "pub",
          "reinsurance modeller, 'By her count' (her own tally, undated): passed through Russia"),
    ),
)

K11 = Source(
    article_id="k97_11_jeju_tidewater_tangerines_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-11-20"),
    dated_by="front_matter",
    features="English-language community magazine on Jeju in Markdown, UTF-16 LE with BOM, "
        "front matter with `date:` (Thursday); headline 'Seoul:' from the NIS's 'Nov. 4' "
        "briefing (Nov. 4 to publication); builders 'on their way' to Kursk (in Russia), "
        "`several thousand more` next year (increment, planned), 'By the agency's count' "
        "`at least 2,000` dead; HUR 'in late October' (days 21-31); a Jeju National "
        "University scholar's “three or four thousand” (range, other, undated); a market "
        "stallholder without a figure; visitors, tonnes, altitude, years, weeks, a phone "
        "number",
    text="""\
---
title: "Tangerines, typhoon repairs and Kim's soldiers"
date: 2025-11-20
issue: 47
---

# Seoul: [[10,000]] of Kim's troops dug in near Ukraine

*The Jeju Tidewater's world roundup for the island's English-speaking community.*

While growers around Seogwipo pick the last of the tangerines, the war in Ukraine keeps finding \
its way into island conversations. On Nov. 4, South Korea's National Intelligence Service told \
the National Assembly's intelligence committee that [[some 10,000]] of the North's troops now \
held positions on the Russian side of the Ukrainian border. [[About 5,000]] military \
construction troops were \
on their way to the Kursk region as well, the agency said, and Pyongyang might send [[several \
thousand]] more next year.

By the agency's count, the North has lost [[at least 2,000]] dead since its troops first went \
into action.

Kyiv counts a few more. Ukraine's military intelligence said in late October that \
[[around 11,000]] North Koreans were inside Russia, most of them in the Kursk and Belgorod \
regions, with more expected over the winter.

Ko Min-seo, who teaches North Korean studies at Jeju National University, thinks the toll is \
higher. "My own guess is [[three or four thousand]] dead," she said, "and the families in the \
North are told almost nothing."

At the Seogwipo Olle Market, few stallholders want to talk about the North. "We sell \
tangerines, not politics," said one, a woman in her sixties who came to the island from Busan \
in 1988. Her son did his military service on the western islands near the sea border and still \
calls home whenever the news turns bad.

Typhoon repairs on the Jungmun coastal path are finished, and the section near the Daepo \
columnar joints reopened on Monday after eleven weeks.

About 13 million people visited Jeju last year. This season's tangerine crop is expected to \
reach 400,000 tonnes; Hallasan stands 1,947 metres high. Ads: 064-720-3319.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "headline 'Seoul:': the NIS's 'Nov. 4' figure of the body (Nov. 4 to publication): "
          "dug in near Ukraine"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'On Nov. 4' (an explicit date): holding positions on the Russian side of the "
          "border"),
        C("About 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing, 'the agency said' after the figure: builders on their way to the "
          "Kursk region (in Russia)"),
        C("several thousand", None, "vague", "planned", "south_korea", "2025-11-04",
          "same briefing: 'more next year' (increment, planned)", add=True),
        C("at least 2,000", 2000, "at_least", "casualties", "south_korea", "2025-11-04",
          "'By the agency's count' (same briefing): dead"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "2025-10-21..2025-10-31",
          "HUR 'in late October' (days 21-31): inside Russia"),
        C("three or four thousand", None, "range", "casualties", "other", "pub",
          "Jeju scholar's 'My own guess', quoted, undated: dead ('X or Y thousand' as a range, "
          "as before)"),
    ),
)

K12 = Source(
    article_id="k97_12_walney_channel_news_yard",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Walney Channel News", "https://www.walneychannelnews.example/2024/10/30/wider-world",
        "The wider world: Kim's troops head west",
    ),
    features="Walney (Barrow-in-Furness) community newsletter as plain text, UTF-8 (sidecar, "
        "Wednesday), with yard, tide and bridge items around a world item; the NIS 'Last "
        "Wednesday' in a Wednesday newsletter (a week earlier) with a first figure and a "
        "December total (planned); the Pentagon's spokeswoman 'On Monday' 'put the number at'; "
        "HUR's chief 'on Thursday' with trainees and `2,600` to be in Kursk by 1 November (a "
        "forecast: planned); a NATO official 'at the same briefing' “several thousand”; the "
        "newsletter's own 'Put the estimates side by side' `at least 10,000` (unattributed, "
        "required); a welder's `ten thousand` echo (optional); Putin without a figure; yard "
        "workers, submarines, tides, metres, nights, a phone number",
    text="""\
WALNEY CHANNEL NEWS
Community news for Barrow, Walney and the Furness peninsula

IN THIS ISSUE: Yard news | Tides | Jubilee Bridge works | The wider world

YARD NEWS
The Devonshire Dock Hall took on 140 new apprentices this autumn, bringing the site's workforce \
to about 14,000.

THE WIDER WORLD: KIM'S TROOPS HEAD WEST
Readers on the night shift have asked what the reports about North Korean soldiers in Russia \
actually add up to. Here is what has been said, and by whom.

Seoul spoke first. Last Wednesday, South Korea's intelligence service told MPs in Seoul that \
[[3,000]] North Korean soldiers had already been moved to Russia and that the number could \
reach [[10,000]] by December.

On Monday the Pentagon's deputy press secretary, Sabrina Singh, put the number at [[about \
10,000]], all of them sent to eastern Russia for training; some had already moved closer to \
Ukraine, she said. The same day NATO's secretary general, Mark Rutte, confirmed in Brussels \
that North Korean units had been deployed to the Kursk region. A NATO official at the same \
briefing said "[[several thousand]]" were already there.

Kyiv's numbers are the highest. Ukraine's military intelligence chief said on Thursday that \
[[about 11,000]] North Korean infantrymen were training in Russia's Far East and that the first \
[[2,600]] would be in action around Kursk by 1 November.

Vladimir Putin, asked about satellite pictures of the troops, said only that what Russia did \
with its allies was Russia's business.

Put the estimates side by side and the picture is clear enough: [[at least 10,000]] North \
Korean soldiers are now on Russian soil, and more are expected.

At the yard, opinions are short. "If Kim can spare [[ten thousand]] lads, that's a lot of \
Russians who get to stay at home," said Kev Tyson, 47, a welder on the boats.

TIDES
High water at Roa Island on Thursday is at 10:42, 8.9 metres.

JUBILEE BRIDGE WORKS
The bridge to Walney closes for three nights from 4 November. Questions: 01229 830 412.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "NIS 'Last Wednesday' in a Wednesday newsletter (a week earlier, 23 October): moved to "
          "Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same briefing: 'could reach … by December' (planned)"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon's spokeswoman 'On Monday', 'put the number at': sent to eastern Russia"),
        C("several thousand", None, "vague", "near_front", "nato", "mon",
          "a NATO official 'at the same briefing' as Rutte's Monday statement, quoted: already "
          "in the Kursk region"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "thu",
          "HUR's chief 'on Thursday' (the Thursday before the Wednesday newsletter): training in "
          "Russia's Far East"),
        C("2,600", 2600, "exact", "planned", "ukraine", "thu",
          "same statement: would be in action around Kursk by 1 November (a forecast: "
          "planned)"),
        C("at least 10,000", 10000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Put the estimates side by side' (unattributed, required): on "
          "Russian soil"),
        C("ten thousand", 10000, "exact", "in_russia", "other", "pub",
          "a welder's echo of the reported figure in a quote ('If Kim can spare'): optional",
          opt=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    K01, K02, K03, K04, K05, K06,
    K07, K08, K09, K10, K11, K12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
