"""Build the TWELFTH BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A fourteenth corpus for an honest measurement on articles the extractor has never met, written
in session 8 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Baden regional paper
with a Ukrainian drone pilot on home leave, a Munich broadsheet's page-three feature from Seoul, a
Salzburg regional paper with a local Bundesheer officer, a Basel paper's foreign desk on the
Beijing parade, a German news site's live-blog summary rewritten as prose and a German evangelical
press service on a church-funded soup kitchen near the Russian border; a Korean-American
community paper, a Scottish broadcaster, a US military newspaper, an Indian news agency's wire
story, a New York tabloid and a Baltic English-language outlet. Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an
article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table are
the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module
instance whose `SOURCES` are set to ours (under its own module name, so it never shares state
with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind12_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

M01 = Source(
    article_id="m01_baden_drohnenpilot_offenburg",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-01-16"),
    dated_by="sidecar",
    sidecar=(
        "Badische Landeszeitung",
        "https://www.badische-landeszeitung.example/ortenau/offenburg/drohnenpilot-kursk-nordkorea",
        "„Sie laufen einfach weiter“: Ein Drohnenpilot erzählt von Kims Soldaten",
    ),
    features="Baden regional paper's local story (Offenburg) dated by the sidecar (Thursday); "
        "deck 'Seoul zählt inzwischen 300 Gefallene' from the NIS briefing 'am Montag' (Monday "
        "to publication); a Ukrainian drone pilot on home leave (an interviewed soldier: "
        "`ukraine`, `pub`) with `mehr als 150` of his company and `einige tausend` in his "
        "sector; NIS via lawmakers 'am Montag' (`Rund 300` at a colon, `etwa 2.700` others of "
        "the same count, `rund 11.000` carried by 'erklärten Abgeordnete'); Zelensky 'kurz vor "
        "Weihnachten' (17-24 Dec) and 'Am Samstag' (number word `zwei`); a Pentagon spokesman "
        "'vergangene Woche' `bis zu 8.000` frische Soldaten to make up losses (increment); "
        "troop sizes 'Trupps von 15 bis 20 Mann', ages, Russian losses a day, refugees, "
        "transports, generators, phone number",
    text="""\
„Sie laufen einfach weiter“
Ein ukrainischer Drohnenpilot erzählt auf Heimaturlaub in Offenburg von Nordkoreas Soldaten. \
Seoul zählt inzwischen [[300]] Gefallene.

Von Miriam Seufert

Offenburg. Andrij K. hat beide Hände um die Teetasse gelegt, als müsse er sie wärmen. Dabei ist \
es warm in der Dreizimmerwohnung in der Nordweststadt, in der seine Frau und die beiden Töchter \
seit dem Frühjahr 2022 leben. Zwölf Tage Heimaturlaub hat seine Brigade dem 34-Jährigen \
gegeben, am Sonntag fährt er zurück. Den Nachnamen will er nicht in der Zeitung lesen, seine \
Eltern wohnen noch in Tschernihiw.

K. steuert Aufklärungsdrohnen über dem russischen Gebiet Kursk. Seit Mitte Dezember hat er dort \
immer wieder Nordkoreaner auf dem Bildschirm gehabt. „Sie laufen einfach weiter, auch wenn \
neben ihnen einer fällt“, sagt er. Allein seine Kompanie habe in den ersten beiden Januarwochen \
[[mehr als 150]] von ihnen getötet oder verwundet. Überprüfen lässt sich das nicht. Nach seiner \
Einschätzung stehen in seinem Frontabschnitt derzeit [[einige tausend]] Nordkoreaner, meist in \
Trupps von 15 bis 20 Mann, ohne Schutzwesten und mit kaum einem Funkgerät.

Die offiziellen Zahlen aus Seoul klingen kaum weniger drastisch. Südkoreas Geheimdienst NIS \
unterrichtete am Montag den Geheimdienstausschuss des Parlaments: [[Rund 300]] nordkoreanische \
Soldaten seien gefallen, [[etwa 2.700]] verwundet. Insgesamt habe Pjöngjang seit Oktober [[rund \
11.000]] Mann nach Russland geschickt, erklärten Abgeordnete nach der Sitzung.

Präsident Wolodymyr Selenskyj hatte schon kurz vor Weihnachten von [[mehr als 3.000]] getöteten \
und verletzten Nordkoreanern gesprochen. Am Samstag meldete er, ukrainische Fallschirmjäger und \
Spezialkräfte hätten [[zwei]] nordkoreanische Soldaten gefangen genommen. Die Männer, 20 und 26 \
Jahre alt, werden vom Geheimdienst SBU in Kiew vernommen; einer soll ausgesagt haben, er habe \
geglaubt, zu einer Übung nach Russland zu fahren.

In Washington rechnet man nicht mit einem baldigen Ende des Einsatzes. Ein Sprecher des \
Pentagons sagte vergangene Woche, Nordkorea könne die Verluste mit [[bis zu 8.000]] frischen \
Soldaten ausgleichen. Russland selbst verliert nach britischen Schätzungen derzeit mehr als \
1.500 Mann am Tag.

Für K. ist der Urlaub eine kurze Pause von diesem Krieg. Am Dienstagabend saß er bei einem \
Treffen des Vereins „Ortenau hilft Ukraine“ im Salmen und hörte zu, wie über Spenden beraten \
wurde. Der Verein hat seit 2022 nach eigenen Angaben 46 Transporte mit Hilfsgütern auf den Weg \
gebracht, zuletzt 18 Stromgeneratoren für ein Krankenhaus in Sumy. In Offenburg leben derzeit \
rund 1.900 Geflüchtete aus der Ukraine, im ganzen Ortenaukreis sind es etwa 6.400. Wer helfen \
möchte, erreicht den Verein unter 0781 919 44 20.

Was er seinen Töchtern erzählt? „Dass Papa kleine Flugzeuge steuert“, sagt K. und lächelt zum \
ersten Mal an diesem Nachmittag. Die ältere, neun Jahre alt, glaubt ihm das längst nicht mehr.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "deck 'Seoul zählt inzwischen': the NIS figure of the body ('am Montag') to "
          "publication: dead"),
        C("mehr als 150", 150, "at_least", "casualties", "ukraine", "pub",
          "a Ukrainian drone pilot interviewed on home leave (interviewed soldier: ukraine, "
          "undated: pub): killed or wounded by his company"),
        C("einige tausend", None, "vague", "near_front", "ukraine", "pub",
          "same interviewee, 'Nach seiner Einschätzung': in his sector of the front"),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS briefing 'am Montag' (after a colon, Konjunktiv): dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same sentence: wounded (the others of the same count, no increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, 'erklärten Abgeordnete nach der Sitzung': sent in total"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-17..2024-12-24",
          "Zelensky 'kurz vor Weihnachten' (the week before Christmas Eve): dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "number word: captured, Zelensky 'Am Samstag' (11 January)"),
        C("bis zu 8.000", 8000, "at_most", "planned", "united_states", "lastweek",
          "Pentagon spokesman 'vergangene Woche': could make up the losses with fresh soldiers "
          "(replacements: increment)", add=True),
    ),
)

M02 = Source(
    article_id="m02_seite_drei_seoul_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-05-03"),
    dated_by="front_matter",
    features="Munich broadsheet's page-three feature from Seoul in Markdown, front matter with "
        "`date:` (a Saturday) and a title without a figure; a defector's portrait; KCNA's "
        "confirmation 'Am Montag' and Gerasimov 'Zwei Tage zuvor' without figures; the NIS "
        "balance sheet 'Anfang April' carried by Konjunktiv over four sentences: `rund 3.000` "
        "'als Ersatz nachgeschickt' (increment), the new total `etwa 15.000`, `rund 10.000` still "
        "in Kursk, `Rund 4.700` and `an die 600` (breakdown); JCS 'am Donnerstag' `mehrerer "
        "tausend weiterer` (vague, genitive, increment); HUR 'geht … aus' `bis zu 6.000` (no "
        "date); the defector's `mindestens 2.000` dead (other, `pub`); ages, years, army size, "
        "refugees from the North, pay in dollars, won",
    text="""\
---
title: "Die Schweigenden"
date: 2025-05-03
ressort: Seite Drei
autor: Johannes Wieland
ort: Seoul
---

# Die Schweigenden

**Monatelang hat Pjöngjang geleugnet, dass seine Soldaten für Russland kämpfen. Jetzt feiert \
Kim Jong Un sie als Helden. In Seoul versuchen Geheimdienstler und Überläufer zu verstehen, was \
aus den jungen Männern geworden ist.**

*Von Johannes Wieland*

Der Mann, der sich Kim Chol nennt, hat ein Foto mitgebracht. Es zeigt ihn mit 19 Jahren in \
Uniform, die Mütze zu groß, irgendwo in der Provinz Nord-Hamgyong. Heute ist er 41, verkauft \
Versicherungen in einem Vorort von Seoul und trinkt seinen Kaffee schwarz. Über die Grenze kam \
er 2011, nach zehn Jahren in einer Aufklärungseinheit. „So wie ich damals“, sagt er und tippt \
auf das Bild, „so sehen die Jungen aus, die sie nach Kursk schicken.“

Lange hat es gedauert, bis Pjöngjang zugab, was alle wussten. Am Montag verbreitete die \
Staatsagentur KCNA eine Erklärung der Zentralen Militärkommission der Arbeiterpartei: Die \
Soldaten hätten auf Befehl Kims an der „Befreiung“ des Gebiets Kursk teilgenommen, in der \
Hauptstadt werde man ihnen ein Denkmal errichten. Zwei Tage zuvor hatte in Moskau \
Generalstabschef Waleri Gerassimow die nordkoreanischen Kämpfer erstmals öffentlich gelobt. \
Zahlen nannten beide nicht.

Die Zahlen kommen aus einem unscheinbaren Gebäudekomplex am Südrand Seouls, dem Sitz des \
Nationalen Nachrichtendienstes NIS. Anfang April legte der Dienst den Abgeordneten des \
Geheimdienstausschusses seine jüngste Bilanz vor. Nach den schweren Verlusten des Winters habe \
Pjöngjang im Januar und Februar [[rund 3.000]] Mann als Ersatz nachgeschickt. Insgesamt seien \
damit [[etwa 15.000]] Nordkoreaner nach Russland gebracht worden, von denen [[rund 10.000]] \
weiterhin im Gebiet Kursk stünden. [[Rund 4.700]] seien getötet oder verwundet worden, [[an die \
600]] von ihnen tödlich.

Das Militär in Seoul sieht kein Ende. Der Generalstab erklärte am Donnerstag, es gebe Hinweise \
auf die Entsendung [[mehrerer tausend]] weiterer Soldaten, darunter Pioniere für die Räumung von \
Minenfeldern. In Kiew werden noch höhere Verluste genannt: Der ukrainische Militärgeheimdienst \
HUR geht von [[bis zu 6.000]] Toten und Verwundeten aus.

Kim Chol glaubt keiner dieser Zahlen ganz. „In meiner Einheit hat man Verluste nie gemeldet, \
man hat sie verschwinden lassen“, sagt er. Wer in Gefangenschaft gerate, gelte als Verräter, die \
Familie werde umgesiedelt. Er schätzt, dass [[mindestens 2.000]] der jungen Männer nicht mehr \
leben. „Und die Mütter erfahren es als Letzte.“

Die Volksarmee zählt nach südkoreanischen Schätzungen rund 1,28 Millionen Soldaten; dass Kim \
auf die entsandten Männer verzichten kann, bezweifelt in Seoul niemand. Was er dafür bekommt, \
ist schwerer zu \
beziffern. Russland soll für jeden Soldaten monatlich bis zu 2.000 Dollar zahlen, dazu kommen \
Öl, Lebensmittel und, so fürchtet man im Verteidigungsministerium, Raketentechnik.

Im Süden leben inzwischen gut 34.000 Geflüchtete aus dem Norden. Kim Chol gehört zu den wenigen, \
die über ihre Armeezeit sprechen. Ein Fernsehsender zahlte ihm einmal 300.000 Won für ein \
Interview, er hat das Geld einer Kirche gespendet. Am Ende des Gesprächs steckt er das Foto \
wieder ein. „Der Junge da“, sagt er, „hätte auch nicht Nein sagen können.“
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "NIS balance sheet 'Anfang April' (Konjunktiv): 'als Ersatz nachgeschickt' "
          "(increment)", add=True),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "same, 'Insgesamt seien damit': the new total, not an increment"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-04-01..2025-04-10",
          "same sentence: still in the Kursk region"),
        C("Rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "same, sentence-initial: killed or wounded"),
        C("an die 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "same sentence, 'von ihnen tödlich' (breakdown): dead"),
        C("mehrerer tausend", None, "vague", "planned", "south_korea", "thu",
          "JCS 'am Donnerstag' (1 May): 'weiterer Soldaten' (genitive, increment)", add=True),
        C("bis zu 6.000", 6000, "at_most", "casualties", "ukraine", "pub",
          "HUR 'geht … aus' (present tense, no date): dead and wounded"),
        C("mindestens 2.000", 2000, "at_least", "casualties", "other", "pub",
          "a defector's own estimate in the feature ('Er schätzt', undated): dead"),
    ),
)

M03 = Source(
    article_id="m03_salzburg_oberst_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-20"),
    dated_by="html_meta", crlf=True,
    features="Salzburg regional paper's HTML in ISO-8859-1 with CRLF (typographic quotes only as "
        "entities `&bdquo;`/`&ldquo;`, `&middot;`, `&copy;`), `article:published_time` with "
        "+01:00, a consent layer with partners, district navigation; 'Jänner', 'Feber', "
        "'heuer'; `<title>` figure (optional); the lead 'Kiew zählt' from the SSO spokesman's "
        "Monday figure (Monday to publication); NIS 'am Dienstag' and 'Nach Einschätzung des "
        "Dienstes' (Konjunktiv, Tuesday); an older NIS figure 'Im Jänner' (month window) with "
        "`300` and `2.700` (no increment); the State Department 'vergangenen Freitag' `einige "
        "hundert`; a Bundesheer colonel's lecture 'am Dienstagabend' (other) with a range "
        "'zusätzliche' (increment; 'heuer' is the event); listeners, refugees, pupils, tonnes "
        "of aid, fee, an IBAN",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Kims Soldaten verschwinden von der Front - Kiew: [[4.000]] getötet oder verwundet | \
Salzburger Landesbote</title>
<meta property="og:site_name" content="Salzburger Landesbote">
<meta property="article:published_time" content="2025-02-20T06:30:00+01:00">
<meta property="article:section" content="Welt">
<script>window.slbTrack={ressort:"welt",artikel:48213,paywall:false};</script>
</head>
<body>
<div id="consent" class="cmp"><p>Wir und unsere 64 Partner speichern Informationen auf Ihrem \
Gerät und verarbeiten personenbezogene Daten, etwa für personalisierte Werbung. Mit \
&bdquo;Alle akzeptieren&ldquo; willigen Sie ein.</p><button>Alle akzeptieren</button> <a \
href="/datenschutz">Einstellungen</a></div>
<nav class="bezirke"><a href="/">Startseite</a> <a href="/stadt">Stadt Salzburg</a> <a \
href="/flachgau">Flachgau</a> <a href="/tennengau">Tennengau</a> <a href="/pongau">Pongau</a> \
<a href="/welt">Welt</a> <a href="/sport">Sport</a></nav>
<article>
<p class="kicker">Krieg in der Ukraine</p>
<h1>Kims Soldaten verschwinden von der Front</h1>
<p class="lead">Kiew zählt [[rund 4.000]] getötete und verwundete Nordkoreaner, seit Ende \
Jänner wurden keine mehr im Kampf gesehen. Ein Salzburger Offizier warnt: Der Rückzug ist nur \
eine Atempause.</p>
<p class="autor">Von Theresa Gruber &middot; 20. Februar 2025, 06:30 Uhr</p>
<p>Die nordkoreanischen Einheiten im russischen Gebiet Kursk sind nach Berichten aus Kiew und \
Seoul seit Wochen nicht mehr im Einsatz. Ein Sprecher der ukrainischen Spezialeinsatzkräfte \
sagte am Montag, Pjöngjangs Truppen hätten seit ihrem ersten Gefecht im Dezember [[rund \
4.000]] Mann durch Tod oder Verwundung verloren. Seit Ende Jänner habe man keine Nordkoreaner \
mehr an der Front beobachtet.</p>
<p>Südkoreas Nachrichtendienst NIS bestätigte den Rückzug am Dienstag. Die Einheiten würden \
vermutlich neu aufgestellt und mit Drohnenabwehr ausgerüstet, hieß es in Seoul. Nach \
Einschätzung des Dienstes hielten sich aber weiterhin [[etwa 8.000]] Nordkoreaner in Russland \
auf. Im Jänner hatte der NIS noch von [[300]] Gefallenen und [[2.700]] Verwundeten \
gesprochen.</p>
<p>Zurückhaltender äußerte sich Washington. Ein Sprecher des US-Außenministeriums sprach \
vergangenen Freitag von nur noch [[einigen hundert]] Nordkoreanern in Frontnähe, wollte aber \
keine Prognose abgeben, ob weitere Einheiten folgen.</p>
<h2>&bdquo;Den Übungsplatz gibt Kim nicht her&ldquo;</h2>
<p>Oberst Harald Pichler vom Militärkommando Salzburg hält einen dauerhaften Abzug für \
ausgeschlossen. &bdquo;Für Kim ist das ein Übungsplatz unter echten Bedingungen, und den gibt \
er nicht freiwillig her&ldquo;, sagte Pichler am Dienstagabend bei einem Vortrag im \
Bildungshaus St. Virgil vor rund 120 Zuhörern. Er rechne damit, dass Pjöngjang heuer \
[[zwischen 10.000 und 15.000]] zusätzliche Soldaten nach Russland schickt, &bdquo;spätestens \
im Frühjahr, wenn der Boden trocken ist&ldquo;.</p>
<p>Dass die Nordkoreaner seit Anfang Feber nicht mehr angreifen, erklärt der Offizier mit dem \
Wetter und den Drohnen: Auf offenen, verschneiten Feldern hätten sie keine Chance gehabt.</p>
<p>In Salzburg verfolgt man die Entwicklung mit Sorge. Rund 5.300 Vertriebene aus der Ukraine \
sind im Bundesland gemeldet, mehr als 1.400 Kinder besuchen hier eine Schule. Die Caritas hat \
heuer bereits 36 Tonnen Hilfsgüter in die Westukraine gebracht. Der nächste Vortrag der Reihe \
findet am 6. März statt, Eintritt 8 Euro. Spenden: IBAN AT61 1904 3002 3457 3201, Kennwort \
&bdquo;Winterhilfe&ldquo;.</p>
</article>
<footer><p>&copy; Salzburger Landesbote 2025 &middot; Impressum &middot; AGB &middot; \
Leserservice 0662 8373-0</p></footer>
</body>
</html>
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "<title> (metadata) restating the SSO figure 'am Montag'", opt=True),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "mon..pub",
          "lead 'Kiew zählt': the SSO spokesman's figure of the body (Monday) to publication"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "SSO spokesman 'am Montag', Konjunktiv: dead or wounded"),
        C("etwa 8.000", 8000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'am Dienstag', 'Nach Einschätzung des Dienstes' (Konjunktiv): still in Russia"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "an older NIS figure 'Im Jänner' (month window): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same sentence: wounded (no increment)"),
        C("einigen hundert", None, "vague", "near_front", "united_states", "fri",
          "State Department spokesman 'vergangenen Freitag' (14 Feb): near the front"),
        C("zwischen 10.000 und 15.000", None, "range", "planned", "other", "tue",
          "Bundesheer colonel's lecture 'am Dienstagabend' (an Austrian officer: other): "
          "'zusätzliche' (increment); 'heuer' is the event", add=True),
    ),
)

M04 = Source(
    article_id="m04_basel_peking_parade_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-05"),
    dated_by="dateline", crlf=True,
    features="Basel paper's foreign desk as plain text in UTF-16 LE with BOM and CRLF, dated by "
        "its line 'Auslandredaktion, Basel, 05.09.2025' (a Friday): `ss`, «», `15'000`, "
        "`11'000`, `12'000`, `10'000`, 4-digit `2000`/`5000`; deck figure from the NIS 'am "
        "Donnerstag' (Thursday to publication); Putin at the Beijing parade without a figure; "
        "'Die lieferte tags darauf' with the claimant after the figure; `rund 5000` builders "
        "'darunter' (breakdown); HUR 'Ende August'; state TV 'Im August' `mehr als 130` fallen "
        "(north_korea); the paper's own evaluation `zwischen 14'000 und 16'000` "
        "(unattributed, required); a Basel political scientist `nochmals 10'000` (increment, "
        "`pub`); Chinese soldiers at the parade, tanks, francs, percentages, years",
    text="""\
Kim, Xi und Putin auf der Tribüne – und Kursk im Hinterkopf

Pjöngjang hat nach südkoreanischen Angaben [[rund 2000]] Soldaten im Krieg gegen die Ukraine \
verloren. In Peking liess sich Kim Jong Un trotzdem als treuer Verbündeter Moskaus feiern.

Auslandredaktion, Basel, 05.09.2025

Es war ein Bild, auf das Kim Jong Un lange gewartet hatte. Am Mittwoch stand der \
nordkoreanische Machthaber bei der grossen Militärparade in Peking neben Xi Jinping und \
Wladimir Putin auf der Ehrentribüne. Rund 12'000 chinesische Soldaten marschierten über den \
Platz des Himmlischen Friedens, dahinter rollten Panzer, Raketenwerfer und Drohnen. Am Rande \
trafen sich Kim und Putin zu einem Gespräch, in dem der Kremlchef den «Mut und die \
Opferbereitschaft» der nordkoreanischen Soldaten im Gebiet Kursk lobte. Zahlen nannte er \
keine.

Die lieferte tags darauf der südkoreanische Geheimdienst. [[Rund 2000]] nordkoreanische \
Soldaten seien seit dem vergangenen Herbst in Russland ums Leben gekommen, teilte der NIS am \
Donnerstag den Abgeordneten des Geheimdienstausschusses in Seoul mit. Insgesamt habe Pjöngjang \
bisher [[etwa 15'000]] Mann entsandt, darunter [[rund 5000]] Militärbauarbeiter, die seit Juni \
in mehreren Staffeln nach Russland gebracht worden seien.

Auch Kiew hält die Nordkoreaner keineswegs für abgezogen. Der ukrainische Militärgeheimdienst \
HUR hatte Ende August von [[etwa 11'000]] Nordkoreanern berichtet, die weiterhin im Gebiet Kursk \
stationiert seien, vor allem Artilleristen und Drohnenpiloten.

Pjöngjang selbst spricht inzwischen offen über Verluste. Im August zeigte das Staatsfernsehen, \
wie Kim bei einer Zeremonie Hinterbliebenen Orden überreichte; auf einer Gedenkwand waren die \
Namen von [[mehr als 130]] Gefallenen zu lesen. Die wahre Zahl liege weit höher, heisst es in \
Seoul.

Nach einer Auswertung dieser Zeitung, die sämtliche seit Oktober 2024 veröffentlichten Angaben \
aus Seoul, Kiew und Washington vergleicht, dürften bis heute [[zwischen 14'000 und 16'000]] \
Nordkoreaner in Russland im Einsatz gewesen sein. Die Schätzungen liegen damit näher beieinander \
als zu Beginn des Einsatzes, als die Angaben aus den drei Hauptstädten noch weit \
auseinandergingen.

Der Basler Politologe Lukas Brenner, der am Europainstitut der Universität zu den Beziehungen \
zwischen Russland und Ostasien forscht, sieht Kim als Gewinner des Treffens. «Putin hat \
bekommen, was er brauchte, und Kim bekommt Devisen, Öl und vielleicht Raketentechnik», sagt \
er. Brenner hält es für gut möglich, dass Pjöngjang im kommenden Jahr nochmals [[10'000]] Mann \
schickt, «sobald Moskau eine neue Offensive plant».

Für die Schweiz bleibt der Spielraum klein. Der Bund hat die Sanktionen gegen Nordkorea seit \
2006 schrittweise verschärft, der Handel mit China wächst dagegen weiter: Die Exporte stiegen \
im ersten Halbjahr um 4 Prozent auf knapp 21 Milliarden Franken. An der Parade war die Schweiz \
durch ihren Botschafter vertreten, mehrere EU-Staaten blieben ihr fern.
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "deck 'nach südkoreanischen Angaben': the NIS figure of the body (Thursday) to "
          "publication: dead"),
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'am Donnerstag', named after the figure (Konjunktiv): dead"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "thu",
          "same briefing: sent in total"),
        C("rund 5000", 5000, "approx", "in_russia", "south_korea", "thu",
          "same sentence, 'darunter' military builders (breakdown, not an increment)"),
        C("etwa 11'000", 11000, "approx", "near_front", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'hatte Ende August … berichtet': still stationed in Kursk"),
        C("mehr als 130", 130, "at_least", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state TV 'Im August': names of the fallen on a memorial wall (north_korea)"),
        C("zwischen 14'000 und 16'000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own evaluation ('Nach einer Auswertung dieser Zeitung'): "
          "unattributed, required"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "Basel political scientist, present tense 'hält es für gut möglich' (no date): "
          "'nochmals' (increment)", add=True),
    ),
)

M05 = Source(
    article_id="m05_liveblog_ueberblick_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-11-05"),
    dated_by="sidecar",
    sidecar=(
        "nachrichtenwelt.example",
        "https://www.nachrichtenwelt.example/politik/ukraine-krieg-ueberblick-dienstag-5-11",
        "Selenskyj: 11.000 Nordkoreaner im Gebiet Kursk – der Überblick",
    ),
    features="German news site's live-blog summary rewritten as prose in Markdown, UTF-8 with "
        "BOM, front matter without a date (sidecar, Tuesday) whose `title:` repeats the "
        "headline figure (optional); headline from Zelensky's figure of the body; Zelensky "
        "'gestern Abend' named in the sentence after the figure; Pentagon 'am Montag "
        "(Ortszeit)'; the State Department 'Ende Oktober' `8.000`; South Korea's defence "
        "minister 'heute' `Tausende weitere` (vague increment, the publication day); NATO "
        "(Rutte) 'vergangene Woche' `mehrere tausend` carried by 'hatte Rutte … gesagt'; "
        "Peskov without a figure; drones shot down, injured civilians, a child's age, days of "
        "war, Russian losses in 24 hours, the US election",
    text="""\
---
title: "Selenskyj: [[11.000]] Nordkoreaner im Gebiet Kursk – der Überblick"
rubrik: Ukraine-Krieg
format: Liveblog-Zusammenfassung
---

# Selenskyj: [[11.000]] Nordkoreaner im Gebiet Kursk – der Überblick am Dienstag

*Was in der Nacht und am Vormittag geschah, zusammengefasst aus unserem Liveblog.*

Der ukrainische Präsident Wolodymyr Selenskyj hat die Zahl der nordkoreanischen Soldaten im \
russischen Grenzgebiet Kursk mit [[11.000]] angegeben. Sie würden dort von russischen \
Offizieren ausgebildet und auf bestehende Einheiten verteilt, sagte Selenskyj gestern Abend in \
seiner täglichen Videoansprache. Zugleich warf er den Verbündeten vor, tatenlos zuzusehen, „wie \
die Nordkoreaner näher kommen“, statt der Ukraine Angriffe auf Stellungen in Russland zu \
erlauben.

Aus Washington kam eine ähnliche Größenordnung. Pentagon-Sprecherin Sabrina Singh sagte am \
Montag (Ortszeit), nach Erkenntnissen der USA seien inzwischen [[etwa 10.000]] nordkoreanische \
Soldaten in das Gebiet Kursk verlegt worden. Ende Oktober hatte das US-Außenministerium noch von \
[[8.000]] gesprochen. In Kämpfe verwickelt seien die Nordkoreaner bislang nicht, so Singh, man \
rechne aber damit „in den kommenden Tagen“. Der ukrainische Verteidigungsminister Rustem Umerow \
hatte dem südkoreanischen Sender KBS dagegen gesagt, es habe bereits erste kleinere Gefechte \
gegeben.

In Seoul wächst die Sorge vor einer Ausweitung. Südkoreas Verteidigungsminister Kim Yong Hyun \
sagte heute im Verteidigungsausschuss des Parlaments, Pjöngjang könne in den kommenden Monaten \
[[Tausende]] weitere Soldaten schicken. Im Gegenzug erwarte er russische Hilfe bei Satelliten und \
U-Booten.

Nato-Generalsekretär Mark Rutte hatte bereits vergangene Woche bestätigt, dass nordkoreanische \
Truppen in die Region Kursk geschickt worden seien. Es handle sich um [[mehrere tausend]] \
Soldaten, hatte Rutte in Brüssel gesagt, und um eine „gefährliche Ausweitung“ des Krieges. \
Kremlsprecher Dmitri Peskow wollte die neuen Angaben am Vormittag nicht kommentieren; über die \
Zusammenarbeit mit Pjöngjang entscheide Russland „souverän“.

Die Nacht selbst war erneut von Luftangriffen geprägt. Russland griff die Ukraine nach Angaben \
der ukrainischen Luftwaffe mit 96 Drohnen an, 62 davon seien abgeschossen worden. In Charkiw \
wurden bei einem Angriff auf ein Wohnviertel fünf Menschen verletzt, darunter ein zwölfjähriges \
Mädchen. Der ukrainische Generalstab bezifferte die russischen Verluste der vergangenen 24 \
Stunden auf 1.310 Soldaten; unabhängig überprüfen lassen sich solche Zahlen nicht.

Der Krieg dauert inzwischen 986 Tage. In Kiew blickt man heute gebannt in die USA, wo ein neuer \
Präsident gewählt wird. Das Liveblog wird ab 7 Uhr fortgesetzt.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "yday..pub",
          "front-matter `title:` (metadata) repeating the headline", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "yday..pub",
          "headline 'Selenskyj:': Zelensky's figure of the body ('gestern Abend') to "
          "publication"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "yday",
          "Zelensky, dated 'gestern Abend' in the next sentence: in the Kursk region"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon (Singh) 'am Montag (Ortszeit)': moved into the Kursk region"),
        C("8.000", 8000, "exact", "near_front", "united_states", "2024-10-21..2024-10-31",
          "an older State Department figure 'Ende Oktober' (in Kursk)"),
        C("Tausende", None, "vague", "planned", "south_korea", "tue",
          "South Korea's defence minister 'heute' (the publication day): could send 'weitere' "
          "(increment)", add=True),
        C("mehrere tausend", None, "vague", "near_front", "nato", "lastweek",
          "NATO (Rutte) 'vergangene Woche', carried by 'hatte Rutte in Brüssel gesagt': sent "
          "to the Kursk region"),
    ),
)

M06 = Source(
    article_id="m06_evangelisch_suppenkueche_sumy_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "EPN Evangelischer Nachrichtendienst",
        "https://www.epn-nachrichten.example/oekumene/2025/06/suppenkueche-sumy-nordkorea",
        "Suppenküche in Sumy: „Drüben stehen jetzt die Nordkoreaner“",
    ),
    features="German evangelical press service's story on a church-funded soup kitchen in HTML, "
        "windows-1252 (raw „“, ·, –), no meta date (sidecar, Wednesday), NewsArticle JSON-LD "
        "with a word count, cookie notice, navigation; `<meta name=\"description\">` figure "
        "(optional); the deck's `6.000` summing Shoigu's two figures (russia, from 17 June to "
        "publication); a Baptist pastor in Sumy in a video call 'am Montag' („Tausende“: a "
        "Ukrainian clergyman, not an official → other); Shoigu 'am 17. Juni' (russia, planned, "
        "no increment word); NIS 'hieß es am Dienstag' after the figure; HUR without a date; "
        "distances, meals, euros, civilians killed in Sumy, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Suppenküche in Sumy: „Drüben stehen jetzt die Nordkoreaner“ · EPN</title>
<meta name="description" content="Moskau will [[6.000]] nordkoreanische Pioniere und \
Bauarbeiter ins Gebiet Kursk holen. In Sumy, wo eine württembergische Gemeinde hilft, wächst \
die Sorge.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
"publisher":{"@type":"Organization","name":"EPN"},"wordCount":538}</script>
</head>
<body>
<div class="cookie-hinweis">Wir verwenden technisch notwendige Cookies und – nur mit Ihrer \
Zustimmung – Cookies zur Reichweitenmessung. <button>Nur notwendige</button> \
<button>Alle zulassen</button></div>
<nav><a href="/">EPN</a> · <a href="/kirche">Kirche</a> · <a href="/diakonie">Diakonie</a> · \
<a href="/oekumene">Ökumene &amp; Welt</a> · <a href="/termine">Termine</a></nav>
<article>
<h1>Suppenküche in Sumy: „Drüben stehen jetzt die Nordkoreaner“</h1>
<p class="vorspann">Eine württembergische Gemeinde unterstützt seit zwei Jahren eine \
Suppenküche nahe der russischen Grenze. Nun wächst dort die Angst: Moskau will [[6.000]] \
Pioniere und Bauarbeiter aus Nordkorea ins benachbarte Gebiet Kursk holen.</p>
<p>Stuttgart/Sumy (EPN). Wenn Pastor Wolodymyr Tkatschenko abends auf dem Flachdach seines \
Gemeindehauses steht, sieht er im Osten das Mündungsfeuer. Die Grenze zu Russland liegt nur \
etwa 30 Kilometer entfernt. „Die Leute sagen, drüben stehen jetzt [[Tausende]] Koreaner“, \
berichtete der baptistische Geistliche am Montag in einem Videogespräch mit dem EPN. „Ob das \
stimmt, weiß niemand. Aber die Angst ist da.“</p>
<p>Seit Herbst 2023 finanziert die Evangelische Kirchengemeinde Esslingen-Mettingen gemeinsam \
mit dem Gustav-Adolf-Werk die Suppenküche in Tkatschenkos Gemeinde. Täglich werden dort rund \
450 warme Mahlzeiten ausgegeben, vor allem an ältere Menschen und Binnenvertriebene. Die \
Landeskirche hat das Projekt in diesem Jahr mit 85.000 Euro unterstützt.</p>
<p>Die Sorge in Sumy hat einen konkreten Anlass. Russlands Sicherheitsratssekretär Sergej \
Schoigu hatte am 17. Juni bei einem Besuch in Pjöngjang angekündigt, Pjöngjang schicke [[1.000]] \
Pioniere zur Minenräumung sowie [[5.000]] Bausoldaten nach Kursk. Sie sollen dort \
Minenfelder räumen und zerstörte Brücken und Straßen wieder aufbauen.</p>
<p>Südkoreas Geheimdienst NIS rechnet damit, dass die ersten von ihnen schon im Juli oder \
August eintreffen. Bislang hätten nach Schätzung des Dienstes [[rund 15.000]] nordkoreanische \
Soldaten in Russland gedient, hieß es am Dienstag in Seoul. Nach Angaben des ukrainischen \
Militärgeheimdienstes HUR stehen auf russischer Seite gegenüber dem Gebiet Sumy derzeit \
[[etwa 1.500]] nordkoreanische Artilleristen und Raketensoldaten.</p>
<p>Diakonin Sabine Roth, die das Projekt von Esslingen aus betreut, war Anfang Juni zuletzt \
vor Ort. Bei einem russischen Raketenangriff auf die Innenstadt von Sumy waren im April 35 \
Menschen getötet worden, darunter zwei Kinder. „Die Menschen bleiben trotzdem“, sagt Roth. \
„Und solange sie bleiben, kochen wir.“</p>
<p class="info">Spenden: Gustav-Adolf-Werk Württemberg, Stichwort „Suppenküche Sumy“. Auskunft \
unter Telefon 0711 2149-518.</p>
</article>
<footer>© 2025 EPN Evangelischer Nachrichtendienst · Impressum · Datenschutz</footer>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "<meta description> (metadata) repeating the deck", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "deck 'Moskau will … holen': the sum of Shoigu's two figures of the body (17 June) "
          "to publication"),
        C("Tausende", None, "vague", "near_front", "other", "mon",
          "a Baptist pastor in Sumy in a video call 'am Montag' (a clergyman passing on what "
          "people say: other): across the border"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang, 'Pjöngjang schicke' (Konjunktiv): deminers to be "
          "sent (no increment word)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: military builders ('Bausoldaten') to be sent"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "NIS, 'hieß es am Dienstag in Seoul' after the figure: served in Russia so far"),
        C("etwa 1.500", 1500, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Angaben', present tense without a date: across the border from Sumy"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

M07 = Source(
    article_id="m07_koreatown_petition_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-01-30"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Pacific Korea Journal",
        "https://www.pacifickoreajournal.example/community/2025/01/koreatown-petition-pows",
        "Koreatown group urges Kyiv to send captured North Koreans to Seoul",
    ),
    features="Korean-American community paper in Markdown, windows-1252 with CRLF (raw “ ” ’ "
        "—), front matter without a date (sidecar, Thursday), dateline 'LOS ANGELES —'; "
        "Zelenskyy 'announced on Jan. 11' (number word `two`); NIS 'At a closed-door briefing on "
        "Jan. 13' `about 300` "
        "and `2,700` others of the same count, and 'The agency estimated' `some 11,000` "
        "carried; Zelenskyy 'on Sunday' `nearly 4,000`; a U.S. official 'last week'; a "
        "defector in Garden Grove ('he said', undated: other) `at least 10,000` more "
        "(increment, span without 'more'); signatures, Korean Americans in the county, ages, "
        "years, vigil time, phone number",
    text="""\
---
title: "Koreatown group urges Kyiv to send captured North Koreans to Seoul"
section: Community
author: Grace Yoon-Park
---

# Koreatown group urges Kyiv to send captured North Koreans to Seoul

*A petition launched by a Los Angeles human rights group has gathered more than 3,400 \
signatures. Organizers say the prisoners could face execution if they are sent back to \
Pyongyang.*

LOS ANGELES — In a second-floor office above a bakery on Western Avenue, Daniel Cho keeps a \
printout taped to his monitor: the faces of North Korean soldiers now held in a Ukrainian \
prison. The men are 20 and 26 years old, and Cho, 58, wants them in Seoul before spring.

“These are boys who were told they were going on a training exercise,” said Cho, who founded \
the group Bridge of Hope in 2009. “If they are returned to the North, we know what happens to \
them.”

Ukrainian President Volodymyr Zelenskyy announced on Jan. 11 that his forces had captured \
[[two]] North Korean soldiers in Russia’s Kursk region. In a video released by Ukraine’s \
security service, one of them said he would like to live in South Korea. The petition, which \
Bridge of Hope started on Jan. 16, asks Kyiv to let him and his fellow prisoner do so.

The numbers behind the faces are grim. At a closed-door briefing on Jan. 13, South Korea’s \
spy agency, the National Intelligence Service, put the North’s dead at [[about 300]] and its \
wounded at [[2,700]], counting from the troops’ first battles in December. The agency estimated \
that [[some 11,000]] had been deployed to Russia in all. Zelenskyy put the toll higher on \
Sunday, saying in his nightly address that [[nearly 4,000]] had been killed or wounded.

Washington’s estimate sits between the two. A U.S. official told reporters last week that the \
administration believed [[roughly 1,000]] of Kim Jong Un’s soldiers had died, many of them in \
drone strikes.

For Park Young-soo, a North Korean defector who settled in Garden Grove in 2016 and now \
volunteers with Bridge of Hope, the war is personal. His younger brother served in the same \
kind of storm corps unit that was sent to Russia. “They will send [[at least 10,000]] more this \
year, maybe in the spring,” he said. “Kim gets paid for every one.”

Los Angeles County is home to about 225,000 Korean Americans, according to census estimates, \
and several churches in Koreatown have added prayers for the prisoners to their Sunday \
services. Bridge of Hope will hold a candlelight vigil on Saturday at 6 p.m. outside the \
Consulate General of the Republic of Korea on Wilshire Boulevard. Information: (213) 555-0148.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "number word: captured, Zelenskyy 'announced on Jan. 11'"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "NIS 'At a closed-door briefing on Jan. 13', 'put the North’s dead at': killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same sentence, 'its wounded at': wounded (no increment)"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "2025-01-13",
          "'The agency estimated' (the same briefing): deployed in all"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelenskyy 'on Sunday' (26 Jan) in his nightly address: killed or wounded"),
        C("roughly 1,000", 1000, "approx", "casualties", "united_states", "lastweek",
          "a U.S. official 'told reporters last week': died"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "a defector volunteering with the group ('he said', undated: other): 'more this year' "
          "(increment, span without 'more')", add=True),
    ),
)

M08 = Source(
    article_id="m08_scottish_broadcaster_30000_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-14"),
    dated_by="html_meta",
    features="Scottish broadcaster's web story in HTML, UTF-8 with BOM, `article:published_time` "
        "with +01:00, a cookie banner, navigation with Scottish regions, a video length, a "
        "'Related' list; `<title>` figure (optional) and a quoted headline without its source; "
        "summary 'Seoul believes' from the NIS briefing 'late last month' (21 June to "
        "publication); HUR 'which first made the warning at the start of the month' `as many "
        "as 30,000` more (at_most increment, days 1-10); NIS `about 10,000` in Kursk, `around "
        "600` died, `some 4,000` wounded sent home (casualties); Lavrov in Wonsan without a "
        "figure; the UK MoD update 'on Friday' (other); an Edinburgh lecturer's range (other, "
        "`pub`); Ukrainians in Scotland, ages, oil, video length",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>North Korea 'could send [[30,000]] more troops' to Russia | Clyde &amp; Forth News</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-07-14T17:05:00+01:00">
<meta property="article:section" content="World">
<script>window.cfnAnalytics={section:"world",id:"c9r4k2",video:true};</script>
</head>
<body>
<div class="banner-cookies">Let us know you agree to cookies. We use cookies to give you the \
best online experience. <a href="/cookies">Read more</a> <button>Yes, I agree</button> \
<button>No, take me to settings</button></div>
<nav><a href="/news">Home</a> | <a href="/news/scotland">Scotland</a> | <a \
href="/news/scotland/glasgow-west">Glasgow &amp; West</a> | <a \
href="/news/scotland/highlands-islands">Highlands &amp; Islands</a> | <a \
href="/news/world">World</a></nav>
<main>
<h1>North Korea 'could send 30,000 more troops' to Russia</h1>
<p class="summary"><b>Kyiv's military intelligence says Pyongyang is preparing a far larger \
deployment, while Seoul believes [[about 10,000]] of its soldiers are still in Kursk.</b></p>
<p class="video">Video caption: How North Korea's army joined Russia's war. Duration 2:48</p>
<p>Pyongyang is getting ready to dispatch [[as many as 30,000]] more soldiers to fight \
alongside Russian forces, according to Ukraine's military intelligence agency, which first \
made the \
warning at the start of the month.</p>
<p>The agency, known as HUR, said the troops would be moved in several waves and could be used \
in a Russian summer offensive, not only in the Kursk region but deeper inside Ukraine.</p>
<p>South Korea's National Intelligence Service gave a more cautious picture when it briefed \
MPs in Seoul late last month. It said [[about 10,000]] North Korean soldiers remained in Kursk, \
largely guarding the border, and that [[around 600]] had died since the autumn. Of the wounded, \
it said, [[some 4,000]] had been flown home.</p>
<p>Russia's foreign minister, Sergei Lavrov, was in the North Korean resort city of Wonsan on \
Saturday, where he praised the "heroism" of Korean soldiers in Kursk. He gave no figures.</p>
<p>The UK Ministry of Defence, in an intelligence update on Friday, estimated that North \
Korean casualties had reached [[more than 6,000]] killed and wounded, a figure well above \
Seoul's.</p>
<p>Dr Fiona MacRae, who teaches Korean politics at the University of Edinburgh, said the \
numbers pointed to an arrangement that was becoming permanent. "Pyongyang is being paid in \
oil, food and technology, and its officers are getting combat experience no other army in \
Asia has," she told CFN. "I would not be surprised if, by the end of the year, [[somewhere \
between 20,000 and 25,000]] North Koreans have served in Russia."</p>
<p>The war has been followed closely by Scotland's Ukrainian community. More than 28,000 \
people from Ukraine have arrived in Scotland since 2022. Olena Hrytsenko, 44, a former \
teacher from Kharkiv who now lives in Dundee, said news of the North Korean troops had \
frightened her mother, who still lives 40 miles from the Russian border.</p>
</main>
<aside><h2>Related</h2><ul><li>Five things we learned from the Holyrood budget \
vote</li><li>Ferry delays: CalMac cancels 12 sailings</li></ul></aside>
<footer>&copy; 2025 Clyde &amp; Forth News. Pacific Quay, Glasgow G51 1DA.</footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-01..pub",
          "<title> (metadata): HUR's warning of the body ('at the start of the month') to "
          "publication; 'more' (increment)", add=True, opt=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-06-21..pub",
          "summary 'Seoul believes': the NIS figure of the body ('late last month') to "
          "publication"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR 'which first made the warning at the start of the month' (days 1-10): 'more' "
          "(increment)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-06-21..2025-06-30",
          "NIS 'briefed MPs … late last month' (days 21-30): remained in Kursk"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-06-21..2025-06-30",
          "same briefing: died"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "2025-06-21..2025-06-30",
          "same, 'it said': wounded flown home (casualties, like wounded brought home before)"),
        C("more than 6,000", 6000, "at_least", "casualties", "other", "fri",
          "UK MoD intelligence update 'on Friday' (a third government: other): killed and "
          "wounded"),
        C("somewhere between 20,000 and 25,000", None, "range", "planned", "other", "pub",
          "Edinburgh lecturer 'told CFN' (undated: pub): expected total by the end of the year"),
    ),
)

M09 = Source(
    article_id="m09_military_paper_combat_kursk",
    language="en", fmt="txt", encoding="latin-1", published=day("2024-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Pacific Forces Courier",
        "https://www.pacificforcescourier.example/asia-pacific/2024-11-20/north-korea-kursk-combat",
        "North Korean troops now fighting in Kursk, Pentagon says",
    ),
    features="US military newspaper as plain text in ISO-8859-1 (straight quotes, `--` dashes), "
        "dated by the sidecar (Wednesday), year-less dateline 'CAMP HUMPHREYS, South Korea "
        "--'; AP style 'said Tuesday'; Pentagon deputy press secretary `more than 10,000` in "
        "Kursk and 'she said' `about 11,000` sent; JCS 'said Monday' a second contingent `1,000 "
        "to 2,000` (range increment); Zelenskyy 'warned Saturday' `up to 100,000` (a total, no "
        "increment); an anonymous NATO official without a day (`pub`) `several hundred` "
        "officers; HUR 'last week' `roughly 3,000` assigned to a marine brigade ('810th' is an "
        "ordinal); US troops in Korea, aircraft in a drill, ages, 1950, containers",
    text="""\
North Korean troops now fighting in Kursk, Pentagon says; USFK watching for 'lessons learned'

By Tyler Mason
Pacific Forces Courier

CAMP HUMPHREYS, South Korea -- Pyongyang's troops in Russia are now in combat against \
Ukrainian units in the Kursk region, the Pentagon said Tuesday, confirming what Kyiv had been \
reporting for more than a week.

"They are now engaged in combat," Sabrina Singh, the Pentagon's deputy press secretary, said at \
a briefing in Washington. She said [[more than 10,000]] North Korean troops were now in \
Kursk and had been folded into Russian airborne and naval infantry units.

Singh said the U.S. had no information yet on North Korean casualties. The total Pyongyang had \
sent to Russia, she said, stood at [[about 11,000]], roughly the figure U.S. officials have \
cited since late October.

South Korea's Joint Chiefs of Staff said Monday that the North appeared to be preparing a \
second contingent of [[1,000 to 2,000]] troops, along with self-propelled howitzers and \
multiple rocket launchers. Ukrainian President Volodymyr Zelenskyy warned Saturday that North \
Korea could eventually commit [[up to 100,000]] soldiers to Russia's war if the West did not \
respond.

A NATO official, who was not authorized to speak publicly about intelligence, said the \
alliance believed [[several hundred]] North Korean officers had also \
traveled to Russia. Ukraine's military intelligence agency said last week that [[roughly \
3,000]] of the North Koreans had been assigned to Russia's 810th Naval Infantry Brigade, one of \
the units fighting to retake ground Ukraine seized in August.

For the roughly 28,500 U.S. service members stationed on the Korean Peninsula, the deployment \
is more than a distant headline. Gen. Paul LaCamera, the commander of U.S. Forces Korea, told a \
security forum in Seoul last week that North Korea would come away with "invaluable" combat \
experience, particularly in drone warfare, that it has lacked since 1953.

"They're going to learn, and they're going to bring it home," said Sgt. 1st Class Marcus Reed, \
34, an intelligence analyst with the 2nd Infantry Division who asked that his comments be \
limited to general observations. "That's what worries us."

The North has also shipped millions of artillery shells to Russia, by U.S. and South Korean \
estimates carried in more than 13,000 containers since last year. U.S., South Korean and \
Japanese forces held a three-day air drill last week involving about 40 aircraft, including \
B-1B bombers, in what officials called a response to Pyongyang's growing military ties with \
Moscow.

Mason can be reached at mason.tyler@pacificforcescourier.example or on X: @TMasonPFC
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "the Pentagon 'said Tuesday' (AP style), its deputy press secretary 'She said': now in "
          "Kursk, in combat"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "same briefing, 'she said': sent to Russia in total"),
        C("1,000 to 2,000", None, "range", "planned", "south_korea", "mon",
          "JCS 'said Monday': a second contingent (increment)", add=True),
        C("up to 100,000", 100000, "at_most", "planned", "ukraine", "sat",
          "Zelenskyy 'warned Saturday': could eventually commit (a total, no increment)"),
        C("several hundred", None, "vague", "in_russia", "nato", "pub",
          "an anonymous NATO official without a day: officers who also traveled to Russia"),
        C("roughly 3,000", 3000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'said last week': assigned to a marine brigade fighting in Kursk"),
    ),
)

M10 = Source(
    article_id="m10_indian_wire_nis_kursk",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-29"),
    dated_by="dateline",
    features="Indian news agency's wire story as plain text, dated by its closing line "
        "'Published: 29 Oct 2025, 16:12 IST' (a Wednesday) and a year-less dateline 'Seoul, Oct "
        "29 (IAW)'; 'N.Korea' headline with the source after the colon-less clause 'says Seoul "
        "spy agency'; 'lawmakers said on Wednesday after a closed-door briefing' by the NIS (the "
        "publication day) carried by 'The agency also said', 'according to members of the "
        "parliamentary intelligence committee' and 'the NIS said'; `3,000 to 5,000` 'could "
        "send another' (range increment, span without 'another'); Russia's ambassador in "
        "Pyongyang to RIA Novosti 'last week'; KCNA 'on Monday': awards to returnees "
        "(optional) and posthumous titles for `43` (north_korea); Indian nationals in the "
        "Russian army, missiles, agency initials",
    text="""\
N.Korea has [[around 10,000]] troops guarding Russia's Kursk, says Seoul spy agency

Seoul, Oct 29 (IAW) North Korea has [[around 10,000]] soldiers stationed in Russia's Kursk \
region, where they are largely guarding the border with Ukraine, lawmakers said on \
Wednesday after a \
closed-door briefing by South Korea's National Intelligence Service (NIS).

The agency also said Pyongyang had dispatched [[some 5,000]] of its military construction \
troops since September to repair roads, bridges and railway lines destroyed in the fighting, \
according to members of the parliamentary intelligence committee who attended.

Of the North Korean soldiers deployed since October last year, [[about 2,000]] have been \
killed, the NIS said. It added that the North could send [[3,000 to 5,000]] more troops before \
the end of the year as part of a regular rotation, possibly including engineers and drone \
operators.

Russia has in recent weeks become more open about the role of its ally. Russia's ambassador to \
Pyongyang, Alexander Matsegora, told the RIA Novosti news agency last week that "[[thousands]] \
of Korean soldiers and builders" were working "shoulder to shoulder" with Russians in the \
Kursk region.

North Korea's official Korean Central News Agency (KCNA) reported on Monday that leader Kim \
Jong Un had presented state awards to [[over 120]] soldiers of the "overseas operation units" \
who had returned home, and posthumous hero titles to [[43]] who were killed in the fighting. \
Kim was quoted as saying their "noble blood" had sealed the friendship between the two \
countries.

The NIS briefing also covered North Korea's missile programme. The agency said Pyongyang had \
launched 11 ballistic missiles so far this year and was likely to test a new intercontinental \
missile around the US presidential visit to the region.

In New Delhi, the Ministry of External Affairs said last week that 27 Indian nationals were \
still serving in the Russian armed forces despite repeated requests for their discharge, and \
that at least 12 Indians had been killed after being recruited. India has urged Moscow to \
release all of them at the earliest.

India and South Korea marked 52 years of diplomatic relations this year. (IAW) skr/vk

Published: 29 Oct 2025, 16:12 IST
""",
    claims=(
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "wed",
          "headline 'says Seoul spy agency': the lead's NIS figure (Wednesday, the publication "
          "day)"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "wed",
          "lead: lawmakers 'said on Wednesday' (the publication day) after the NIS briefing "
          "(lawmakers relaying the NIS: south_korea): guarding the border "
          "in Kursk"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "wed",
          "same briefing, 'The agency also said … according to members of the … committee': "
          "military construction troops dispatched"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'the NIS said' after the figure: killed"),
        C("3,000 to 5,000", None, "range", "planned", "south_korea", "wed",
          "same, 'could send … more' as a rotation (increment)", add=True),
        C("thousands", None, "vague", "near_front", "russia", "lastweek",
          "Russia's ambassador in Pyongyang to RIA Novosti 'last week' (an ambassador belongs to "
          "his government): working in the Kursk region"),
        C("over 120", 120, "at_least", "in_russia", "north_korea", "mon",
          "KCNA 'on Monday': awards to soldiers who had returned home (returnees: optional, "
          "labelled in_russia)", opt=True),
        C("43", 43, "exact", "casualties", "north_korea", "mon",
          "same KCNA report: posthumous titles for the killed"),
    ),
)

M11 = Source(
    article_id="m11_ny_tabloid_kim_admits_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-04-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "New York Ledger",
        "https://nyledger.example/2025/04/29/world-news/kim-finally-admits-sending-troops-to-"
        "fight-for-putin/",
        "Kim finally admits sending troops to fight for Putin",
    ),
    features="New York tabloid's web page in HTML with CRLF, no meta date (sidecar, Tuesday), "
        "tracking and ad-slot scripts, a newsletter box, 'Trending' list, `&mdash;`, `&rsquo;`, "
        "`&ldquo;`; `<title>` figure (optional); all-caps headline without a figure and a deck "
        "'as Seoul says 4,700' from the NIS 'earlier this month' (1 April to publication); "
        "the paper's own 'fed thousands … into Putin's meat grinder' (unattributed, optional); "
        "Gerasimov 'two days' before KCNA's Monday (Saturday) &ldquo;thousands&rdquo; "
        "(russia); NIS `about 4,700` and `some 600` (breakdown); a State Department "
        "spokesperson 'said Monday' `in excess of 14,000` (at_least); HUR 'in March' `3,000` "
        "'to replace the dead' (increment); a former Army intelligence officer 'told The "
        "Ledger' `10,000 more` (other, `pub`); a Flushing grocer's age, shares, comments",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Kim finally admits sending troops to fight for Putin &mdash; as Seoul says [[4,700]] \
were killed or maimed | New York Ledger</title>
<script>var ldgr_dl={"section":"world-news","author":"Kevin Doherty","ads":"728x90,300x250"};\
</script>
</head>
<body>
<nav class="top"><a href="/">NY Ledger</a> <a href="/metro/">Metro</a> <a \
href="/news/">News</a> <a href="/world-news/">World</a> <a href="/sports/">Sports</a> <a \
href="/gossip/">Page Six</a></nav>
<article>
<h1>KIM COPS TO IT</h1>
<h2 class="deck">Rogue dictator finally admits sending troops to fight for Putin &mdash; as \
Seoul says [[4,700]] were killed or maimed</h2>
<p class="byline">By Kevin Doherty</p>
<p>After months of denials, North Korea&rsquo;s pudgy tyrant has finally fessed up.</p>
<p>Kim Jong Un fed [[thousands]] of his young soldiers into Vladimir Putin&rsquo;s meat \
grinder in Russia&rsquo;s Kursk region &mdash; and on Monday his regime admitted it for the \
first time.</p>
<p>State news agency KCNA said Kim had personally ordered the deployment to help &ldquo;liberate\
&rdquo; Kursk from Ukrainian forces and promised a monument in Pyongyang to the \
&ldquo;heroes&rdquo; who fell. It did not say how many had died.</p>
<p>The admission came two days after Russia&rsquo;s top general, Valery Gerasimov, thanked \
Pyongyang publicly, saying &ldquo;[[thousands]]&rdquo; of Korean fighters had stood with \
Russian troops in the battles for Kursk.</p>
<p>The real toll has been a bloodbath. South Korea&rsquo;s spy agency told lawmakers earlier \
this month that [[about 4,700]] of Kim&rsquo;s men had been killed or wounded, including \
[[some 600]] dead.</p>
<p>A State Department spokesperson said Monday that Pyongyang had shipped &ldquo;[[in excess of \
14,000]]&rdquo; troops to Russia since last fall. Ukraine&rsquo;s military intelligence said in \
March that Kim had sent [[3,000]] fresh soldiers to replace the dead.</p>
<p>&ldquo;This is payday for Kim,&rdquo; said Mark Halloran, a former Army intelligence officer \
who now studies the Korean Peninsula at a Washington think tank. &ldquo;He&rsquo;ll send \
[[10,000]] more before Christmas &mdash; bet on it,&rdquo; Halloran told The Ledger.</p>
<p>In Flushing, Queens, the news landed hard. &ldquo;Those are somebody&rsquo;s sons,&rdquo; \
said grocer Choi Min-ja, 64, whose parents fled the North in 1951.</p>
<div class="newsletter">Sign up for our Morning Report newsletter &mdash; 6 a.m. every \
weekday.</div>
</article>
<aside class="trending"><h3>Trending Now</h3><ol><li>Mets sweep Nationals in 3-game \
set</li><li>Subway fare hike: What the $3 ride means for you</li></ol></aside>
<footer>&copy; 2025 NYL Media Holdings &middot; 1211 Avenue of the Americas, New York, NY \
10036</footer>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-01..pub",
          "<title> (metadata) repeating the deck", opt=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-01..pub",
          "deck 'as Seoul says': the NIS figure of the body ('earlier this month') to "
          "publication"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the tabloid's own framing without a source ('fed … into Putin's meat grinder'): "
          "unattributed, optional", opt=True),
        C("thousands", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'two days' before KCNA's Monday statement (Saturday 26 April): stood with "
          "Russian troops in the battles for Kursk"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..pub",
          "NIS 'told lawmakers earlier this month' (the 1st to publication): killed or wounded"),
        C("some 600", 600, "approx", "casualties", "south_korea", "2025-04-01..pub",
          "same sentence, 'including … dead' (breakdown)"),
        C("in excess of 14,000", 14000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokesperson 'said Monday': shipped to Russia ('in excess of' = "
          "at_least)"),
        C("3,000", 3000, "exact", "in_russia", "ukraine", "2025-03-01..2025-03-31",
          "HUR 'said in March': fresh soldiers 'to replace the dead' (increment)", add=True),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a former Army intelligence officer at a think tank 'told The Ledger' (undated): "
          "'more before Christmas' (increment, span without 'more')", add=True),
    ),
)

M12 = Source(
    article_id="m12_baltic_estonian_intelligence_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-18"),
    dated_by="front_matter",
    features="Baltic English-language outlet in Markdown, ISO-8859-1 (straight quotes only), "
        "front matter with `date:` (a Tuesday) whose `title:` repeats the headline figure "
        "(optional); dateline 'TALLINN -'; Estonian military intelligence chief 'said on "
        "Friday' at a weekly briefing (a third government: other), headline from that day to "
        "publication; NATO official 'last week' `more than 15,000` with `around 6,000` "
        "builders and deminers 'including' (breakdown); NIS 'in a Nov. 4 briefing' `some 5,000` "
        "fresh "
        "troops to rotate in (increment); HUR losses 'have passed 4,000' (verb, at_least, "
        "`pub`); the outlet's own count `between 15,000 and 17,000` (unattributed, required); "
        "Zapad exercise troops, a German brigade, defence spending, border length, drones",
    text="""\
---
title: "Estonian intelligence: North Korea keeps [[11,000]] troops in Kursk"
date: 2025-11-18
section: Security
author: Kristjan Laur
---

# Estonian intelligence: North Korea keeps [[11,000]] troops in Kursk

TALLINN - North Korea still has [[roughly 11,000]] soldiers in Russia's Kursk region more than \
a year after they first arrived, the head of Estonia's military intelligence said on Friday, \
warning that Pyongyang's troops were gaining experience that could one day be turned against \
NATO.

"They are not there as tourists," Col. Andres Raudsepp, commander of the Estonian Defence \
Forces Intelligence Centre, told his weekly press briefing. Most of the North Koreans were \
guarding the border or clearing mines, he said, while [[about 1,500]] were serving with Russian \
artillery and drone units close to the front line.

Raudsepp's figures are broadly in line with those of the alliance. A senior NATO official, \
briefing reporters in Brussels last week, put the overall number of North Korean troops sent to \
Russia since October 2024 at [[more than 15,000]], including [[around 6,000]] military \
builders and deminers. In Seoul, the National Intelligence Service said in a Nov. 4 briefing \
for lawmakers that Pyongyang was preparing to rotate in [[some 5,000]] fresh troops before winter.

Kyiv gives a bleaker picture of the cost. Ukraine's military intelligence agency says North \
Korean losses have passed [[4,000]] dead, more than twice Seoul's estimate, though it has not \
published its methods.

By The Baltic Beacon's count of the estimates published by governments since last autumn, \
[[between 15,000 and 17,000]] North Koreans have now served in Russia. The count rests mainly \
on figures from Seoul, Kyiv and NATO; Moscow and Pyongyang have confirmed the deployment but \
never a number.

For the Baltic states the question is what Russia does next. Its Zapad-2025 exercise with \
Belarus in September involved some 30,000 Russian and Belarusian troops, according to Lithuanian \
officials, and drones have crossed into Latvian and Lithuanian airspace at least three times \
since August. Estonia plans to spend 5.4 percent of its GDP on defence next year, and the \
German brigade being built up in Lithuania is to reach its full strength of 4,800 soldiers by \
2027.

"North Korea is learning modern war in real time," Raudsepp said. "We have to assume that \
this knowledge will not stay in Korea." Estonia's border with Russia runs for 294 kilometres, \
much of it along the Narva river and Lake Peipus.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "other", "fri..pub",
          "front-matter `title:` (metadata) repeating the headline", opt=True),
        C("11,000", 11000, "exact", "near_front", "other", "fri..pub",
          "headline 'Estonian intelligence:': the body's figure (Friday) to publication"),
        C("roughly 11,000", 11000, "approx", "near_front", "other", "fri",
          "Estonian military intelligence chief 'said on Friday' (a third government: other): "
          "in Kursk"),
        C("about 1,500", 1500, "approx", "near_front", "other", "fri",
          "same briefing, 'he said': close to the front line"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "a senior NATO official 'briefing reporters … last week': sent in total"),
        C("around 6,000", 6000, "approx", "in_russia", "nato", "lastweek",
          "same sentence, 'including' builders and deminers (breakdown)"),
        C("some 5,000", 5000, "approx", "planned", "south_korea", "2025-11-04",
          "NIS 'said in a Nov. 4 briefing for lawmakers': fresh troops to rotate in "
          "(increment)", add=True),
        C("4,000", 4000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'says … have passed' (present tense, no date; a verb: at_least, span without "
          "it): dead"),
        C("between 15,000 and 17,000", None, "range", "in_russia", "unattributed", "pub",
          "the outlet's own count of published estimates: unattributed, required"),
    ),
)

SOURCES: tuple[Source, ...] = (
    M01, M02, M03, M04, M05, M06,
    M07, M08, M09, M10, M11, M12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
