"""Build the SIXTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold
(`python build_corpus.py`).

The sixty-fifth corpus, for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Friedberg
(Wetterau) daily on a former Korean nurse, a Bergisches Land local TV station's web text on the
first prisoners, a Hausruckviertel weekly's world page, a St. Gallen Rheintal paper's foreign
page, an allotment gardeners' association magazine and a Neubrandenburg student radio's
programme follow-up; an Alice Springs daily, an Isle of Wight radio station's page, a Spokane
paper on the region's Ukrainian families, a Sofia English-language outlet, a Rota (Northern
Marianas) news page and an English-language newsletter from Maputo. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure
in an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table
are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares
state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind63_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

T01 = Source(
    article_id="t63_01_wetterau_friedberg_pflegerin_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Friedberg (Wetterau) daily's local page in HTML (`article:published_time` with "
        "+01:00, a data layer with a character count, a 'Krümel' consent note with 37 partners, "
        "navigation, footer with a phone number); `<title>` figure (optional); headline number "
        "word `Zehntausend` from Singh's figure; Singh 'am selben Tag' (the Monday evening "
        "before) carried by Konjunktiv to `Etwa 8.000` 'davon' (breakdown, in Kursk); Rutte 'am "
        "28. Oktober' (explicit date, nato); the NIS via lawmakers 'vergangene Woche' (two "
        "figures, the second planned 'Bis Dezember'); Zelensky 'am Sonntag' in his video "
        "address; Korean nurses in West Germany, residents with Korean roots, US soldiers at "
        "Ray Barracks, ages, years",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>[[Rund 10.000]] Nordkoreaner in Russland: Eine Friedbergerin denkt an Busan | \
Wetterauer Tagespost</title>
<meta property="article:published_time" content="2024-11-05T16:40:00+01:00">
<meta property="og:site_name" content="Wetterauer Tagespost">
<script>var wtpLayer=[{"ressort":"wetterau","artikelId":"wtp-88213","zeichen":3870}];</script>
</head>
<body>
<div class="kruemel">Diese Seite legt Krümel in Ihrem Browser ab – ein paar für die Technik, \
ein paar für unsere 37 Werbepartner. <button>Krümel zulassen</button> <button>Ohne Krümel \
weiterlesen</button></div>
<nav><a href="/">Start</a> · <a href="/wetterau">Wetterau</a> · <a \
href="/friedberg">Friedberg</a> · <a href="/bad-nauheim">Bad Nauheim</a> · <a \
href="/welt">Welt</a> · <a href="/sport">Sport</a></nav>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>[[Zehntausend]] Soldaten aus dem Norden – und eine Friedbergerin, die an Busan denkt</h1>
<p class="vorspann">Washington zählt immer mehr nordkoreanische Soldaten in Russland. Für die \
frühere Krankenschwester Kim Sun-ja ist das keine Nachricht aus weiter Ferne.</p>
<p class="autor">Von Jörg Weidenbach</p>
<p>FRIEDBERG. Als Kim Sun-ja am Montagabend den Fernseher einschaltete, legte sie das \
Strickzeug beiseite. In Washington hatte Pentagon-Sprecherin Sabrina Singh am selben Tag \
mitgeteilt, in Russland befänden sich inzwischen [[rund 10.000]] Soldaten aus Nordkorea. \
[[Etwa 8.000]] davon seien schon in das Gebiet Kursk an der ukrainischen Grenze verlegt worden. \
Kim Sun-ja schüttelte nur den Kopf. „Die Jungen tun mir leid“, sagt die 76-Jährige. „Gefragt \
hat die doch keiner.“</p>
<p>Sie kam 1971 als eine von damals rund 10.000 südkoreanischen Krankenschwestern nach \
Westdeutschland, 31 Jahre lang arbeitete sie im Bürgerhospital. In der Wetterau leben heute \
nach Schätzung des Koreanischen Kulturvereins etwa 240 Menschen mit koreanischen Wurzeln.</p>
<p>Dass Pjöngjang Truppen nach Russland schickt, ist seit Wochen bekannt. Nato-Generalsekretär \
Mark Rutte sprach am 28. Oktober in Brüssel von [[mehreren tausend]] Nordkoreanern, die in die \
Region Kursk gebracht worden seien, und von einer „gefährlichen Ausweitung“ des Krieges.</p>
<p>Der südkoreanische Auslandsnachrichtendienst NIS hatte Abgeordneten in Seoul vergangene \
Woche noch von [[rund 3.000]] bereits verlegten Soldaten berichtet. Bis Dezember, so die \
Einschätzung des Dienstes, könnten es [[bis zu 10.000]] werden. Der ukrainische Präsident \
Wolodymyr Selenskyj ging in seiner Videoansprache am Sonntag weiter: Im Gebiet Kursk stünden \
bereits [[11.000]] Nordkoreaner, sagte er.</p>
<p>Moskau bestreitet das nicht mehr ausdrücklich. Kremlsprecher Dmitri Peskow verwies auf den \
Beistandsvertrag, den die Duma im Oktober einstimmig gebilligt hatte.</p>
<p>Kim Sun-jas älterer Bruder diente in den Sechzigerjahren an der innerkoreanischen Grenze. \
„Damals hatten wir Angst vor dem Norden. Heute habe ich Angst um die Soldaten aus dem Norden“, \
sagt sie. Soldaten in der Fremde kennt man in Friedberg: In den Ray Barracks waren bis 2007 \
amerikanische Truppen stationiert, zeitweise mehr als 3.000 Mann, unter ihnen 1958 ein junger \
Gefreiter namens Elvis Presley.</p>
</article>
<footer>© Wetterauer Tagespost 2024 · Leserservice 06031 555-210 · <a \
href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("Rund 10.000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "<title> (metadata) restating Singh's Monday figure", opt=True),
        C("Zehntausend", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline number word: Singh's figure of the lead (Monday) to publication"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon spokeswoman Singh 'am selben Tag' (the Monday evening named before), "
          "Konjunktiv: in Russia"),
        C("Etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "same statement carried by Konjunktiv: 'davon' moved to Kursk (a breakdown)"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "2024-10-28",
          "Rutte 'am 28. Oktober in Brüssel': brought to the Kursk region"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS to lawmakers 'vergangene Woche': already moved"),
        C("bis zu 10.000", 10000, "at_most", "planned", "south_korea", "lastweek",
          "same briefing, 'so die Einschätzung des Dienstes': could be by December"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "sun",
          "Zelensky's video address 'am Sonntag': in the Kursk region"),
    ),
)

T02 = Source(
    article_id="t63_02_bergtv_remscheid_gefangene",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "BergTV",
        "https://www.bergtv.example/nachrichten/welt/kiew-zwei-nordkoreaner-gefangen-wuppertaler-"
        "politologin-20250113.html",
        "Kiew: Zwei Nordkoreaner in ukrainischer Gefangenschaft",
    ),
    features="Bergisches Land local TV station's web text as plain text, UTF-16 LE with BOM and "
        "CRLF (sidecar, Monday), »« quotes, a 'Sendung:' line and a video length; headline "
        "number word `Zwei` from Zelensky's Saturday post (Saturday to publication); `zwei` in "
        "the lead; the NIS 'am Montag' (the publication day) with `rund 300` dead and `2.700` "
        "wounded (not an increment) and the total; Zelensky 'Anfang Januar' carried by 'erklärte "
        "er damals'; the White House 'kurz vor Weihnachten' (16–24 December); a Wuppertal "
        "political scientist's range (`geht davon aus`, other, `pub`); ages, Russian claims of "
        "Ukrainian dead, refugees in the three cities, students, phone number",
    text="""\
BergTV – Nachrichten aus Remscheid, Solingen und Wuppertal

Kiew: [[Zwei]] Nordkoreaner in ukrainischer Gefangenschaft

Wuppertaler Politologin: »Das sind Zeugen, die Pjöngjang fürchten muss«

Sendung: BergTV aktuell, Montag, 18.30 Uhr

Erstmals hat die Ukraine nach eigenen Angaben nordkoreanische Soldaten lebend gefangen \
genommen. Präsident Wolodymyr Selenskyj veröffentlichte am Samstag Fotos von [[zwei]] Männern, \
die im russischen Gebiet Kursk ukrainischen Fallschirmjägern in die Hände gefallen seien. Beide \
seien verwundet, würden aber medizinisch versorgt und in Kiew vom Geheimdienst SBU befragt, \
schrieb er auf der Plattform X.

Einer der beiden habe angegeben, er sei in dem Glauben nach Russland gebracht worden, dort an \
einer Übung teilzunehmen. Der jüngere sei 21 Jahre alt und diene seit 2021 in der Armee.

Am Montag bestätigte auch der südkoreanische Nachrichtendienst NIS, dass die beiden Männer in \
ukrainischer Hand sind. In einer Unterrichtung für Abgeordnete nannte der Dienst zugleich neue \
Zahlen: Von den Nordkoreanern im Raum Kursk \
seien inzwischen [[rund 300]] gefallen und [[2.700]] verwundet. Insgesamt habe Pjöngjang \
[[rund 11.000]] Mann nach Russland geschickt.

Selenskyj selbst hatte die Verluste der Nordkoreaner schon Anfang Januar höher angesetzt. \
[[Mehr als 3.000]] von ihnen seien getötet oder verwundet worden, erklärte er damals. Das Weiße \
Haus in Washington wiederum hatte kurz vor Weihnachten von [[über 1.000]] toten oder verletzten \
Nordkoreanern gesprochen, die binnen einer einzigen Woche zu beklagen gewesen seien.

Moskau äußert sich zu den Gefangenen nicht. Das russische Verteidigungsministerium meldete am \
Montag lediglich, in der Region Kursk seien binnen 24 Stunden 320 ukrainische Soldaten getötet \
worden.

Für Henrike Vossberg, die an der Bergischen Universität Wuppertal zu Ostasien forscht, sind die \
beiden Gefangenen ein Glücksfall für Kiew. »Zum ersten Mal kann jemand aus erster Hand \
erzählen, wie Pjöngjang seine Leute auf diesen Krieg vorbereitet hat«, sagt sie. Vossberg geht \
davon aus, dass derzeit [[zwischen 8.000 und 10.000]] Nordkoreaner an der Front im Raum Kursk \
eingesetzt sind. »Solange Moskau zahlt, hat Kim keinen Grund aufzuhören.«

Den Krieg spürt man auch im Bergischen Städtedreieck: In Remscheid, Solingen und Wuppertal \
leben nach Angaben der Städte derzeit gut 4.100 Geflüchtete aus der Ukraine. An der \
Bergischen Universität sind rund 22.000 Studierende eingeschrieben, 86 davon aus der Ukraine.

Das ganze Gespräch mit Henrike Vossberg (Länge: 4:12 Minuten) sehen Sie in unserer Mediathek. \
Hinweise an die Redaktion: 02191 555-480.
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline number word 'Kiew:': Zelensky's Saturday post to publication: captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' on X: captured in Kursk"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'am Montag' (the publication day) briefing lawmakers, Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the others of the same count, not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, 'Insgesamt … geschickt': sent in total (not planned)"),
        C("Mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar', carried by 'erklärte er damals': killed or wounded"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-16..2024-12-24",
          "the White House 'kurz vor Weihnachten' (16–24 December): dead or wounded within a "
          "week (the week is the event)"),
        C("zwischen 8.000 und 10.000", None, "range", "near_front", "other", "pub",
          "Wuppertal political scientist 'geht davon aus' (present tense, no date): at the "
          "front"),
    ),
)

T03 = Source(
    article_id="t63_03_hausruck_rundschau_kursk_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="Hausruckviertel weekly's world page in Markdown, ISO-8859-1 with CRLF and straight "
        "quotes, ' - ' for dashes, front matter with `date:` (Thursday), an issue number and a "
        "title with a figure (optional); Austrian 'Jänner', 'Feber', 'heuer'; bold deck 'Kiew "
        "vermutet' `Tausende` 'als Ersatz' (increment) from HUR's undated passage; the NIS "
        "'im Jänner' (month window) with `rund 300` and `2.700`; the SSO spokesman 'vergangene "
        "Woche' (two figures in Konjunktiv); HUR 'Laut' without a date `mehrere tausend` 'als "
        "Ersatz' (increment, training in Russia); CNN 'unter Berufung auf Regierungskreise in "
        "Washington' 'Anfang Feber' (X citing Y: united_states, planned increment); a Linz "
        "political scientist 'weitere' range (increment, `pub`); refugees in the district, "
        "pupils, dollars, a lecture date, fee and phone number",
    text="""\
---
title: "Kursk: [[knapp 4.000]] Nordkoreaner tot oder verwundet"
date: 2025-02-20
rubrik: Blick hinaus
autorin: Birgit Aichhorn
ausgabe: 8/2025
---

# Still geworden um Kims Bataillone

**Seit Wochen haben ukrainische Drohnen an der Kursk-Front keine Nordkoreaner mehr gefilmt. \
Kiew vermutet, dass Pjöngjang schon [[Tausende]] Mann als Ersatz ausbilden lässt.**

Vöcklabruck/Kiew - Mitte Jänner filmten ukrainische Drohnenpiloten bei Sudscha zum letzten Mal \
größere Trupps nordkoreanischer Infanteristen. Seither ist es still geworden. Am Montag \
bestätigte der südkoreanische Nachrichtendienst NIS, was man in Kiew schon länger annahm: Die \
Einheiten aus Pjöngjang seien aus der vordersten Linie abgezogen worden, vermutlich wegen der \
hohen Verluste. Wie viele Soldaten sich noch in Russland aufhalten, ließ der Dienst offen.

Über die Zahl der Toten und Verwundeten gehen die Angaben weit auseinander. Der NIS hatte im \
Jänner von [[rund 300]] Gefallenen und [[2.700]] Verwundeten gesprochen. In Kiew rechnet man \
mit deutlich mehr: Ein Sprecher der ukrainischen Spezialeinsatzkräfte sagte vergangene Woche \
im Fernsehen, von den [[etwa 11.000]] Nordkoreanern, die im Herbst nach Russland gekommen \
seien, seien [[knapp 4.000]] nicht mehr einsatzfähig - tot, verwundet oder vermisst.

## Die nächste Welle

Ruhig dürfte es nicht lange bleiben. Laut dem ukrainischen Militärgeheimdienst HUR werden in \
Lagern im Fernen Osten Russlands bereits [[mehrere tausend]] Mann als Ersatz ausgebildet. Auch \
der US-Sender CNN berichtete Anfang Feber unter Berufung auf Regierungskreise in Washington, \
Pjöngjang halte [[bis zu 5.000]] weitere Soldaten für Russland bereit.

Der aus Schwanenstadt stammende Politikwissenschafter Lukas Pühringer, der an der Johannes \
Kepler Universität Linz zu Ostasien forscht, erwartet heuer eine zweite Welle. "Ich würde mich \
nicht wundern, wenn Kim im Frühjahr weitere [[3.000 bis 5.000]] Mann schickt", sagt er. Für \
das Regime lohne sich der Einsatz: Russland liefere Öl, Lebensmittel und Devisen, nach manchen \
Schätzungen mehrere hundert Millionen Dollar im Jahr.

Auch im Bezirk Vöcklabruck verfolgt man den Krieg genau. Rund 900 Vertriebene aus der Ukraine \
sind hier derzeit gemeldet, 140 Kinder und Jugendliche besuchen Schulen im Bezirk.

*Pühringer spricht am 6. März um 19 Uhr in der Volkshochschule Vöcklabruck über "Nordkorea, \
Russland und der Krieg". Eintritt 8 Euro, Anmeldung unter 07672 555 318.*
""",
    claims=(
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "front-matter title (metadata) restating the SSO figure", opt=True),
        C("Tausende", None, "vague", "in_russia", "ukraine", "pub",
          "bold deck 'Kiew vermutet': HUR's undated passage: trained 'als Ersatz' (increment)",
          add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "the NIS 'im Jänner' (month window): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same sentence: wounded (not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "lastweek",
          "SSO spokesman 'vergangene Woche', Konjunktiv: came to Russia in autumn"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "same sentence: no longer fit for action - dead, wounded or missing"),
        C("mehrere tausend", None, "vague", "in_russia", "ukraine", "pub",
          "HUR 'Laut' without a date: trained in Russia's Far East 'als Ersatz' (increment)",
          add=True),
        C("bis zu 5.000", 5000, "at_most", "planned", "united_states", "2025-02-01..2025-02-10",
          "CNN 'Anfang Feber' citing government circles in Washington (X citing Y): held ready, "
          "'weitere' (increment)", add=True),
        C("3.000 bis 5.000", None, "range", "planned", "other", "pub",
          "Linz political scientist 'sagt er' (no date; 'heuer'/'im Frühjahr' are the event): "
          "'weitere' (increment)", add=True),
    ),
)

T04 = Source(
    article_id="t63_04_rheintal_volksblatt_eingestaendnis",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="St. Gallen Rheintal paper's foreign page as plain text, windows-1252 with CRLF, "
        "Swiss conventions (`ss`, «», ‹›, `14'000`, `11'000`, `30'000`, 4-digit `4700`), "
        "dateline 'Altstätten/Seoul, 29. April 2025 –' (Tuesday); headline 'Seoul zählt' from "
        "the JCS's Monday figure (Monday to publication); Gerasimov 'am Samstag' and KCNA (Monday) "
        "without figures; the JCS 'am Montag' with 'darunter etwa 600' (breakdown) "
        "and 'hiess es in Seoul weiter' (total sent); Russia's deputy foreign minister 'am "
        "Montag der Agentur Tass' «mehrere tausend» (russia, fought); HUR 'Laut' without a date; "
        "a St. Gallen economist 'hält es für möglich' `bis zu 30'000` (other, planned, `pub`); "
        "Gerasimov's Ukrainian losses, residents and people with protection status, dollars "
        "per soldier, phone number",
    text="""\
Rheintaler Volksblatt · Ausland

Moskau und Pjöngjang geben den Einsatz zu – Seoul zählt [[4700]] Tote und Verwundete

Nach Monaten des Schweigens bestätigen Russland und Nordkorea, was alle wussten. Ein St. Galler \
Ökonom sieht Kim Jong Un als eigentlichen Gewinner.

Von Corina Lüchinger

Altstätten/Seoul, 29. April 2025 – Am Ende ging es schnell. Am Samstag trat Waleri \
Gerassimow, Chef des russischen Generalstabs, vor die Kameras und dankte den «Kameraden aus \
der Volksrepublik Korea» für ihren Beitrag zur ‹Befreiung› des Gebiets Kursk. Am Montag meldete \
sich dann auch Pjöngjang zu Wort: Laut der amtlichen Agentur KCNA hatte Kim Jong Un die \
Entsendung selbst befohlen, gestützt auf den Beistandsvertrag mit Moskau. Eine Zahl nannte \
keiner der beiden.

In Seoul dagegen wird genau gezählt. Südkoreas Vereinigter Generalstab kam am Montag auf \
[[rund 4700]] Tote und Verwundete in den Reihen der Nordkoreaner, darunter [[etwa 600]] \
Gefallene. Seit Oktober habe Pjöngjang [[etwa 14'000]] Soldaten nach \
Russland geschickt, hiess es in Seoul weiter.

In Moskau gab man sich gesprächiger, sobald es ums Loben ging. Vizeaussenminister Andrei \
Rudenko sagte am Montag der Agentur Tass, «[[mehrere tausend]]» Soldaten aus dem Norden \
hätten «Seite an Seite» mit den russischen Kameraden gekämpft. Ob sie weiterhin im Einsatz \
stehen, liess er offen. Gerassimow hatte zugleich behauptet, die Ukraine habe in Kursk mehr \
als 76'000 Soldaten verloren – eine Zahl, die Kiew als Propaganda zurückweist.

Die Ukraine bestreitet auch, dass das Gebiet vollständig zurückerobert sei. Laut dem \
ukrainischen Militärgeheimdienst HUR stehen nach wie vor [[rund 11'000]] Nordkoreaner in den \
Grenzgebieten Kursk und Belgorod.

Für den Ökonomen Reto Hangartner, der an der Universität St. Gallen zu Sanktionen forscht, ist \
Kim der Gewinner dieses Frühlings. «Pjöngjang bekommt Devisen, Öl und eine Kriegserfahrung, \
die keine Übung ersetzen kann», sagt er. Pro Soldat flössen nach Schätzungen südkoreanischer \
Forscher bis zu 2000 Dollar im Monat an das Regime. Hangartner hält es für möglich, dass bis \
Ende Jahr [[bis zu 30'000]] Nordkoreaner in Russland stehen werden.

Im Rheintal leben rund 75'000 Menschen; 412 von ihnen sind Ukrainerinnen und Ukrainer mit \
Schutzstatus S. Der Verein «Rheintal hilft» sammelt am Samstag in Heerbrugg \
wieder Hilfsgüter, Auskunft unter 071 555 43 21.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt': the JCS's Monday figure of the body to publication: dead and "
          "wounded"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "South Korea's Joint Chiefs of Staff 'am Montag': dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "mon",
          "same sentence 'darunter … Gefallene' (a breakdown): dead"),
        C("etwa 14'000", 14000, "approx", "in_russia", "south_korea", "mon",
          "'hiess es in Seoul weiter' (the same JCS statement), Konjunktiv: sent since October"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "mon",
          "Russia's deputy foreign minister 'am Montag der Agentur Tass' «…»: fought alongside "
          "Russian troops"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Laut' without a date: still in the Kursk and Belgorod border areas"),
        C("bis zu 30'000", 30000, "at_most", "planned", "other", "pub",
          "St. Gallen economist 'hält es für möglich' (present tense, no date): could be in "
          "Russia by the end of the year"),
    ),
)

T05 = Source(
    article_id="t63_05_kleingarten_gartenzaun_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "Der Kleingärtner – Verbandsblatt",
        "https://www.kleingaertner-verbandsblatt.example/ueber-den-gartenzaun/saatgut-fuer-sumy"
        "-bausoldaten-fuer-kursk",
        "Über den Gartenzaun: Saatgut für Sumy, Bausoldaten für Kursk",
    ),
    features="allotment gardeners' association magazine's world page in Markdown, UTF-8 with "
        "BOM, front matter without a date (sidecar, Wednesday), „“ quotes, an italic intro and "
        "a letter from a partner association in Sumy; headline 'Kim schickt' from Shoigu's "
        "announcement 'am 17. Juni' (17 June to publication, planned); Shoigu's `6.000` with "
        "`1.000` deminers and `5.000` builders (a breakdown, no increment); Kyodo 'am Montag "
        "unter Berufung auf südkoreanische Regierungskreise' (X citing Y: south_korea) 'die "
        "ersten rund 1.000' on their way; the NIS 'vergangene Woche'; Budanov 'sagte er am "
        "Wochenende' after the figure, 'noch … folgen' (vague planned increment); seed bags, "
        "watering cans, euros, clubs, plot sizes, drones in a night, kilometres",
    text="""\
---
title: "Über den Gartenzaun: Saatgut für Sumy, Bausoldaten für Kursk"
rubrik: Über den Gartenzaun
heft: 7/2025
---

# Kim schickt [[6.000]] Bausoldaten und Minenräumer nach Kursk

*Unsere Weltseite schaut diesmal über die Grenze zwischen Sumy und Kursk – dorthin, wo einer \
unserer Partnervereine gärtnert.*

Die Nachricht kam am 17. Juni aus Pjöngjang, und sie betraf eine Gegend, die vielen unserer \
Leserinnen und Leser inzwischen vertraut ist: das russische Grenzgebiet Kursk, gleich gegenüber \
der ukrainischen Region Sumy. Sergei Schoigu, einst Verteidigungsminister und heute Putins \
oberster Sicherheitsberater, verkündete dort nach einem Treffen mit Kim Jong Un, Nordkorea \
werde [[6.000]] Soldaten in das Gebiet schicken: [[1.000]] Pioniere, die Minen räumen sollen, \
und [[5.000]] Militärbauarbeiter für den Wiederaufbau zerstörter Straßen und Brücken.

Die japanische Nachrichtenagentur Kyodo meldete am Montag unter Berufung auf südkoreanische \
Regierungskreise, die ersten [[rund 1.000]] Pioniere seien bereits auf dem Weg nach Russland. \
Wie viele Nordkoreaner insgesamt schon dort sind, ist umstritten. Der südkoreanische \
Nachrichtendienst NIS ging vergangene Woche von [[rund 11.000]] Soldaten in Russland aus, von \
denen viele inzwischen aus den Kämpfen zurückgezogen worden seien.

Kyrylo Budanow, Chef des ukrainischen Militärgeheimdienstes, hält das erst für den Anfang. Im \
Sommer könnten noch [[mehrere tausend]] nordkoreanische Infanteristen folgen, sagte er am \
Wochenende in einem Interview.

## Post aus Sumy

Für unsere Freundinnen und Freunde im Kleingartenverein „Sonjatschnyj“ am Stadtrand von Sumy \
ist das alles keine ferne Meldung. Die Grenze liegt keine 30 Kilometer entfernt. Vorsitzende \
Walentyna Hryzenko schreibt uns, dass über den Parzellen fast jede Nacht Drohnen zu hören sind, \
in einer Nacht im Mai seien es mehr als 200 gewesen. „Wir gießen trotzdem. Die Tomaten wissen \
nichts vom Krieg“, schreibt sie.

Im März haben wir 420 Tüten Saatgut, 60 Gießkannen und 2.300 Euro aus der Sammlung beim \
Verbandstag nach Sumy geschickt. Eine Parzelle dort misst meist 400 Quadratmeter, etwa so viel \
wie bei uns.

Wer die nächste Sammlung unterstützen möchte, wendet sich an die Geschäftsstelle; der \
Landesverband mit seinen 1.140 Vereinen leitet alles gebündelt weiter.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline 'Kim schickt': Shoigu's announcement of the body (17 June) to publication: "
          "to be sent"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang: will send"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: the deminers (a breakdown of the 6,000, no increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: the military builders (a breakdown, no increment)"),
        C("rund 1.000", 1000, "approx", "in_russia", "south_korea", "mon",
          "Kyodo 'am Montag unter Berufung auf südkoreanische Regierungskreise' (X citing Y): "
          "the first deminers on their way to Russia"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'vergangene Woche': soldiers in Russia"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "sat..sun",
          "Budanov, 'sagte er am Wochenende in einem Interview' after the figure: could 'noch "
          "… folgen' (increment)", add=True),
    ),
)

T06 = Source(
    article_id="t63_06_tollensewelle_parade_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Tollense-Welle – Campusradio Neubrandenburg",
        "https://www.tollensewelle.example/weltempfang/kims-parade-und-die-toten-von-kursk",
        "Parade in Pjöngjang: Was wir über die Gefallenen wissen",
    ),
    features="Neubrandenburg student radio's programme follow-up in HTML, ISO-8859-1 with "
        "quotes, dashes and umlauts as entities in places (`&bdquo;`, `&ldquo;`, `&ndash;`, "
        "`&auml;`, `&szlig;`, `&middot;`, `&copy;`), no meta date (sidecar, Wednesday), a player "
        "script with a bitrate and episode number, a consent note, navigation, a footer with "
        "an address and a frequency; `<title>` figure (optional); headline from the NIS's "
        "September figure (September to publication); state TV's returnees at Friday's parade "
        "(optional); Kim's speech &bdquo;Tausenden&ldquo; (north_korea, fought in Kursk, "
        "Friday); the NIS 'im September' (month window); a lecturer in Tuesday evening's show "
        "'schätzt' (Tuesday to publication, other); the JCS 'am Montag' `zusätzlich` "
        "(increment); HUR 'Ende September' range; tens of thousands at the parade, the 80th "
        "anniversary, a student's age, students, episode length, frequency, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Kims Parade und die [[2.000]] Toten von Kursk &ndash; Tollense-Welle</title>
<meta name="description" content="Unsere Sendung &bdquo;Weltempfang&ldquo; vom Dienstag zum \
Nachlesen.">
<script>window.twPlayer={stream:"https://stream.tollensewelle.example/live.mp3",bitrate:128,\
folge:212};</script>
</head>
<body>
<div class="consent">Wir speichern nichts, was wir nicht brauchen &ndash; au&szlig;er Ihrer \
Lautst&auml;rke. <button>Cookies? Na gut.</button> <button>Heute ohne, danke</button></div>
<nav><a href="/">Start</a> | <a href="/programm">Programm</a> | <a \
href="/weltempfang">Weltempfang</a> | <a href="/campus">Campus</a> | <a \
href="/mitmachen">Mitmachen</a></nav>
<main>
<h1>Parade in Pj&ouml;ngjang: Was wir &uuml;ber die [[rund 2.000]] Gefallenen wissen</h1>
<p class="teaser">In unserer Sendung &bdquo;Weltempfang&ldquo; haben wir am Dienstagabend mit \
einer Studentin aus Charkiw und einem Dozenten der Hochschule Neubrandenburg &uuml;ber \
Nordkoreas Einsatz in Russland gesprochen. Hier das Wichtigste zum Nachlesen.</p>
<p>Es waren Bilder, wie Pjöngjang sie liebt: Panzer, Raketen, Zehntausende Menschen auf dem \
Kim-Il-Sung-Platz. Bei der Parade zum 80. Jahrestag der Arbeiterpartei am Freitag marschierten \
aber auch [[Hunderte]] Soldaten mit, die nach Darstellung des Staatsfernsehens im russischen \
Gebiet Kursk gek&auml;mpft hatten. Machthaber Kim Jong Un pries in seiner Rede die \
&bdquo;[[Tausenden]] Helden&ldquo;, die dort f&uuml;r die gerechte Sache eingetreten seien.</p>
<p>Wie viele von ihnen nicht zur&uuml;ckkamen, sagt Pj&ouml;ngjang nicht. Der \
s&uuml;dkoreanische Geheimdienst NIS sprach im September in einer Sitzung des \
Geheimdienstausschusses von [[etwa 2.000]] get&ouml;teten Nordkoreanern. &bdquo;Das ist eine \
Zahl, die man in \
Nordkorea selbst nie h&ouml;ren wird&ldquo;, sagte Malte Kruckow, der an der Hochschule \
Neubrandenburg Politik und Gesellschaft lehrt, in der Sendung.</p>
<p>Kruckow sch&auml;tzt, dass seit dem Herbst 2024 [[mehr als 15.000]] Nordkoreaner in \
Russland gewesen sind &ndash; als Infanteristen, Artilleristen, Pioniere oder Bauarbeiter. Und \
es werden mehr: Der s&uuml;dkoreanische Generalstab meldete am Montag, Pj&ouml;ngjang habe seit \
dem Sommer [[rund 5.000]] Bausoldaten zus&auml;tzlich nach Russland verlegt.</p>
<p>Olena M., 23, studiert seit 2022 in Neubrandenburg Soziale Arbeit und stammt aus Charkiw. \
Ihr Cousin dient in der Region Sumy, direkt gegen&uuml;ber von Kursk. Nach Angaben des \
ukrainischen Milit&auml;rgeheimdienstes HUR standen dort Ende September noch [[10.000 bis \
11.000]] Nordkoreaner in Grenzn&auml;he. &bdquo;Mein Cousin sagt, man h&ouml;rt sie manchmal im \
Funk&ldquo;, erz&auml;hlte sie.</p>
<p>An der Hochschule studieren derzeit rund 2.100 Menschen, 37 davon aus der Ukraine. Die \
ganze Folge (54 Minuten) gibt es in der Mediathek.</p>
</main>
<footer>Tollense-Welle e.V. &middot; Brodaer Stra&szlig;e 2 &middot; 17033 Neubrandenburg \
&middot; UKW 88,0 &middot; Studio 0395 555 1190 &middot; &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "<title> (metadata) restating the NIS's September figure", opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "headline: the NIS's September figure of the body to publication: fallen"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "returnees marching at Friday's parade, as state TV presented them (optional, as in "
          "earlier sets)", opt=True),
        C("Tausenden", None, "vague", "near_front", "north_korea", "fri",
          "Kim's parade speech on Friday „…“: the heroes who fought there (in Kursk)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'im September' to lawmakers (month window): killed"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "tue..pub",
          "a Neubrandenburg lecturer 'schätzt' in Tuesday evening's show (Tuesday to "
          "publication): have been in Russia"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "mon",
          "South Korea's general staff 'am Montag': builders moved 'zusätzlich' (increment)",
          add=True),
        C("10.000 bis 11.000", None, "range", "near_front", "ukraine", "2025-09-21..2025-09-30",
          "HUR 'Ende September' (21–30): near the border opposite Sumy"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Isle of Wight, US, Bulgaria, Northern Marianas, Mozambique)
# ---------------------------------------------------------------------------------------------

T07 = Source(
    article_id="t63_07_red_centre_first_dead_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-18"),
    dated_by="html_meta", crlf=True,
    features="Alice Springs daily's world page in HTML, windows-1252 with CRLF (curly quotes and "
        "`·` raw), `article:published_time` with +09:30, an ad-slot script, a galah cookie note, "
        "navigation, a footer with an ABN and phone; headline `At least 100` and standfirst "
        "`close to 1,000` wounded from the NIS briefing 'on Tuesday' (Tuesday to publication); "
        "'nearly 1,000 wounded' beside the dead (not an increment); a senior US defence "
        "official 'A day earlier' (Monday) ‘low hundreds’; Zelensky's nightly address 'on "
        "Sunday'; Rutte 'put the contingent … at' 'last week'; a local veteran of the UN "
        "Command 'could send another 10,000' (other, planned increment, `pub`); army size, "
        "Australian aid and tanks, temperature, distance, ages",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Kim’s first dead: Seoul counts losses in Kursk | The Red Centre Courier</title>
<meta property="article:published_time" content="2024-12-18T17:05:00+09:30">
<meta property="og:locale" content="en_AU">
<script>window.rccAds={slots:["mrec-300x250","leader-728x90"],section:"world",\
paywall:"metered"};</script>
</head>
<body>
<div id="cookie-note">This site uses cookies the way the town uses shade: as much as it can \
get. <button>Let the galahs in</button> <button>Shoo them</button></div>
<header><a href="/">The Red Centre Courier</a><nav><a href="/news">News</a> · <a \
href="/alice">Alice Springs</a> · <a href="/territory">Territory</a> · <a \
href="/world">World</a> · <a href="/footy">Footy</a></nav></header>
<article>
<h1>[[At least 100]] North Korean soldiers dead in Kursk, Seoul says</h1>
<p class="standfirst">South Korea’s intelligence service also counts [[close to 1,000]] \
wounded. An Alice Springs man who served with the UN in Korea says Kim has plenty more to \
spend.</p>
<p class="byline">By Kirra Mahoney</p>
<p>North Korea’s soldiers have begun dying in a war that is not their own. South Korea’s \
National Intelligence Service briefed members of parliament in Seoul on Tuesday, and the \
message that came out of the room was stark: [[at least 100]] of Pyongyang’s troops had been \
killed in Russia’s Kursk region and [[nearly 1,000]] wounded.</p>
<p>The lawmakers quoted the agency as saying the North Koreans, unused to drones and open \
farmland, were being thrown into assaults as “disposable” infantry.</p>
<p>A day earlier, a senior US defence official, speaking on condition of anonymity, had put \
the North’s casualties in the “[[low hundreds]]”, without saying how many of them had died. In \
Kyiv, President Volodymyr Zelensky used his nightly video address on Sunday to say that \
[[more than 10,000]] North Koreans were now taking part in attacks alongside Russian units.</p>
<p>NATO’s secretary-general, Mark Rutte, put the contingent Pyongyang has sent to Russia at \
“[[around 11,000]]” when he met reporters in Brussels last week.</p>
<p>For Graham Tilley, 71, the news brought back two years with the United Nations Command in \
Seoul in the 1980s. “They’ve got more than a million men under arms,” he said on the verandah \
of his home in Gillen, where the thermometer read 41 degrees by lunchtime. “Kim could send \
another [[10,000]] tomorrow and never miss them.”</p>
<p>Canberra’s military aid to Kyiv has passed $1.3 billion, with 49 decommissioned Abrams \
tanks among it. Alice Springs sits about 1,500 kilometres south of Darwin.</p>
</article>
<footer>© 2024 Red Centre Courier Pty Ltd · ABN 12 555 018 447 · Newsroom (08) 8955 0123 · \
<a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("At least 100", 100, "at_least", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS briefing of the body (Tuesday) to publication: dead"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "tue..pub",
          "standfirst: the same briefing to publication: wounded"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue",
          "NIS briefing MPs 'on Tuesday': killed"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "tue",
          "same sentence: wounded (beside the dead, not an increment)"),
        C("low hundreds", None, "vague", "casualties", "united_states", "mon",
          "senior US defence official 'A day earlier' (Monday) “…”: casualties"),
        C("more than 10,000", 10000, "at_least", "near_front", "ukraine", "sun",
          "Zelensky's nightly address 'on Sunday': taking part in attacks"),
        C("around 11,000", 11000, "approx", "in_russia", "nato", "lastweek",
          "Rutte 'put the contingent … at' 'last week' in Brussels: sent to Russia"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a local veteran of the UN Command, undated 'he said': 'could send another' "
          "(increment; span without 'another')", add=True),
    ),
)

T08 = Source(
    article_id="t63_08_wight_wave_newport_nurse_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-13"),
    dated_by="front_matter",
    features="Isle of Wight radio station's news page in Markdown, UTF-8, front matter with "
        "`date:` (Thursday) and a title without a figure, British single quotes; headline "
        "'… 3,000 more, says Seoul' (increment, span without 'more') from the JCS 'this "
        "morning' (the publication day); 'additional' in the lead; 'It estimates' carried from "
        "the lead (two figures); the General Staff 'on Tuesday' ‘well over a thousand’ "
        "(at_least, number words); the State Department's 'written statement on Wednesday' "
        "‘exceeded 14,000’ (at_least, verb outside the span); a Portsmouth lecturer 'told us' "
        "a 'more' range (increment, `pub`); Ukrainians on the island, the nurse's daughter's "
        "age, pounds raised, crossing minutes, FM frequency, phone number",
    text="""\
---
title: "Newport nurse: 'Every new number is someone's son'"
date: 2025-03-13
author: Tamsin Loader
station: Wight Wave 105.4
---

# Kim tops up his Russian contingent with [[3,000]] more, says Seoul

*By Tamsin Loader, Wight Wave News*

Pyongyang quietly moved [[around 3,000]] additional soldiers into Russia over January and \
February, South Korea's military said this morning, calling it an attempt to make good heavy \
losses at the front.

The Joint Chiefs of Staff in Seoul did not say where the new arrivals are stationed. It \
estimates that of the [[roughly 11,000]] North Korean soldiers dispatched last autumn, \
[[about 4,000]] have since been killed or wounded.

Kyiv says the North Koreans are back in the fight. Ukraine's General Staff said on Tuesday it \
had counted '[[well over a thousand]]' of them in assaults near the town of Sudzha over the \
previous days, after several weeks in which they had hardly been seen.

The US State Department, in a written statement on Wednesday, said the overall number of North \
Korean troops sent to Russia had now 'exceeded [[14,000]]'.

## 'Ours and theirs'

For Oksana Havryliuk, a nurse at St Mary's Hospital in Newport, every new figure is personal. \
Her husband Taras serves with an assault brigade in the Sumy region, a few miles from the \
Russian border.

'Every new number is someone's son, ours and theirs,' she said. 'Those Korean boys did not \
choose this either.'

She came to the island in 2022 with her daughter, now nine, under the Homes for Ukraine scheme \
- one of about 280 Ukrainians who arrived that way. A quiz night at Quay Arts last month raised \
£4,560 for tourniquets and field dressings for her husband's unit.

Dr Alun Prothero, who lectures in international security at the University of Portsmouth, a \
22-minute hovercraft hop across the Solent, expects the flow of troops to continue. 'I would be \
surprised if we did not see [[10,000 to 15,000]] more before the summer is out,' he told us.

*Wight Wave 105.4 FM. Got a story? Call the newsroom on 01983 555 204.*
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "headline 'Seoul says': the JCS 'this morning' (the publication day): sent 'more' "
          "(increment; span without 'more')", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'said this morning' (publication day): 'additional' soldiers sent (increment)",
          add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'It estimates', carried from the JCS statement this morning: dispatched last autumn"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same sentence: killed or wounded"),
        C("well over a thousand", 1000, "at_least", "near_front", "ukraine", "tue",
          "Ukraine's General Staff 'on Tuesday' ‘…’: counted in assaults near Sudzha"),
        C("14,000", 14000, "at_least", "in_russia", "united_states", "wed",
          "State Department 'written statement on Wednesday': 'exceeded' (verb outside the "
          "span): sent"),
        C("10,000 to 15,000", None, "range", "planned", "other", "pub",
          "Portsmouth lecturer 'he told us' (no date): expects 'more' (increment)", add=True),
    ),
)

T09 = Source(
    article_id="t63_09_spokane_inland_ledger_toll",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "The Inland Ledger",
        "https://www.inlandledger.example/news/2025/sep/05/seoul-2000-north-korean-soldiers-dead"
        "-spokane-ukrainian-families/",
        "Seoul: About 2,000 of Kim's soldiers killed in Russia's war",
    ),
    features="Spokane paper as plain text, UTF-8 with “” quotes (sidecar, Friday), a second "
        "headline and a dateline 'SPOKANE VALLEY —' without a date; headline `About 2,000` from "
        "lawmakers leaving Thursday's intelligence briefing (Thursday to publication); "
        "'The spy service also told the committee' (two figures, 'another 6,000' increment); "
        "the first contingent 'estimated at' (passive without a source: unattributed, `pub`); "
        "state media 'In August' `hundreds` (north_korea, casualties); the Pentagon 'in the "
        "spring' (1 March – 31 May); a parishioner's nephew 'told her by phone last week' "
        "(other, `lastweek`); a Gonzaga historian's range (other, `pub`); people from the "
        "former Soviet Union, church members, dollars, an ordinal wing, ages, miles",
    text="""\
Seoul: [[About 2,000]] of Kim's soldiers killed in Russia's war

For Spokane's Ukrainian families, a number from across the Pacific lands close to home

By Marisa Quintanilla
The Inland Ledger

SPOKANE VALLEY — Lawmakers who sat through a closed intelligence briefing in Seoul on Thursday \
came out with a grim figure: [[roughly 2,000]] North Koreans have died fighting for Russia \
since Pyongyang's troops first went into combat last fall.

The spy service also told the committee that [[about 11,000]] North Korean soldiers remain \
deployed in the Kursk border area, and that another [[6,000]] engineers and construction troops \
have been sent to rebuild roads and rail lines in the region, the lawmakers said.

The first contingent, estimated at [[some 11,000]] soldiers, reached Russia's Far East in \
October 2024 and was moved west to Kursk within weeks.

Pyongyang has slowly begun to acknowledge its dead. In August, North Korean state media showed \
Kim Jong Un weeping at a ceremony for soldiers back from Russia and promising the families of \
[[hundreds]] of "fallen heroes" that the state would care for them.

Estimates in Washington have been scarcer. The Pentagon's last public number came in the \
spring, when it put North Korean casualties at [[around 4,000]], dead and wounded combined.

In Spokane Valley, where the pews of the Slavic Baptist church on Sprague Avenue fill with \
600 worshippers on a Sunday, the news from Seoul was read differently. Halyna Kovalchuk, 58, \
whose nephew flies reconnaissance drones in the Sumy region, said he told her by phone last \
week that "[[thousands]]" of North Koreans were still dug in across the border.

"He says they do not retreat, even when everyone around them is dead," she said. Her \
congregation has raised $18,400 this year for tourniquets and radios.

Spokane County is home to an estimated 30,000 people with roots in the former Soviet Union, \
many of them Ukrainian evangelicals who arrived in the 1990s.

Jae-won Whitfield, who teaches Korean history at Gonzaga University, estimates that \
[[12,000 to 13,000]] North Koreans have served in Russia in the past year once rotations are \
counted. "For Pyongyang this is the first real war experience in seventy years," he said. \
"They will study every one of these losses."

Airmen of the 92nd Air Refueling Wing at Fairchild Air Force Base, 12 miles west of downtown, \
have flown missions over Europe since 2022, the base said.
""",
    claims=(
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': lawmakers briefed by the intelligence service on Thursday, to "
          "publication: died"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "lawmakers leaving the closed briefing 'on Thursday': died"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "thu",
          "'The spy service also told the committee' (same briefing): deployed in the Kursk "
          "border area"),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "thu",
          "same sentence: 'another' engineers and builders sent (increment; span without "
          "'another')", add=True),
        C("some 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "own framing: the first contingent 'estimated at' (passive, no source)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state media 'In August': families of the fallen"),
        C("around 4,000", 4000, "approx", "casualties", "united_states", "2025-03-01..2025-05-31",
          "the Pentagon 'in the spring' (season: March–May): dead and wounded"),
        C("thousands", None, "vague", "near_front", "other", "lastweek",
          "a parishioner's nephew at the front 'told her by phone last week' (other): dug in "
          "across the border"),
        C("12,000 to 13,000", None, "range", "in_russia", "other", "pub",
          "Gonzaga historian 'estimates' (present tense, no date): served in Russia"),
    ),
)

T10 = Source(
    article_id="t63_10_sofia_meridian_budanov_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-16"),
    dated_by="sidecar",
    sidecar=(
        "Balkan Meridian",
        "https://www.balkanmeridian.example/world/2025/07/16/kyiv-warns-kim-could-send-up-to-30000"
        "-more-soldiers",
        "Kyiv warns Kim could send up to 30,000 more soldiers to Russia",
    ),
    features="Sofia English-language outlet's world story in HTML, UTF-8 with BOM, no meta "
        "date (sidecar, Wednesday), a keywords meta, a config script with a word count, a "
        "crumbs consent note, navigation, entities (`&ndash;`, `&middot;`, `&rsquo;`, "
        "`&copy;`); headline 'Kyiv warns' `up to 30,000` more (increment) from Budanov's "
        "interview 'published on Monday' (Monday to publication); `as many as 30,000` "
        "'additional' and 'on top of the roughly 11,000' (not an increment); Shoigu 'On June "
        "17' (russia, planned); the NIS 'in late June' (21–30); Rutte 'in Rome on Thursday' "
        "(the Thursday before); a State Department spokesperson 'on Tuesday'; a Sofia defence "
        "analyst 'close to 20,000' (other, `pub`); arms plant employees, output tripled, "
        "euros, distance, per cent, company id and phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv warns of a bigger North Korean wave | Balkan Meridian</title>
<meta name="keywords" content="North Korea, Russia, Ukraine, Bulgaria, Kazanlak">
<script>var bmConfig={edition:"en",articleId:40917,words:640,section:"world"};</script>
</head>
<body>
<div class="gdpr">We use cookies to count our readers and to remember that you prefer \
English. <button>Proceed with crumbs</button> <button>Crumb-free, please</button></div>
<nav class="top"><a href="/">Home</a> / <a href="/bulgaria">Bulgaria</a> / <a \
href="/region">Region</a> / <a href="/world">World</a> / <a href="/business">Business</a> / \
<a href="/opinion">Opinion</a></nav>
<article>
<h1>Kyiv warns Kim could send [[up to 30,000]] more soldiers to Russia</h1>
<p class="byline">By Desislava Petkova &middot; World desk</p>
<p>SOFIA &ndash; Ukraine&rsquo;s military intelligence believes North Korea is preparing a far \
larger deployment than anything seen so far. In an interview published on Monday by a Kyiv \
news site, the agency&rsquo;s chief, Kyrylo Budanov, said Pyongyang could dispatch \
[[as many as 30,000]] additional troops before the year is out, on top of the \
[[roughly 11,000]] already in Russia.</p>
<p>The warning followed a trip by Sergei Lavrov, Russia&rsquo;s foreign minister, to Wonsan on \
the North&rsquo;s east coast, where he hailed the &ldquo;heroism&rdquo; of Korean soldiers. On \
June 17 it had been Sergei Shoigu&rsquo;s turn: Putin&rsquo;s security chief told reporters in \
Pyongyang that Kim had agreed to lend Russia [[6,000]] men &ndash; mine-clearers and military \
builders &ndash; for the Kursk region.</p>
<p>Seoul&rsquo;s intelligence service reported in late June that [[roughly 2,000]] wounded \
North Korean soldiers had been brought home by plane and train and kept apart in hospitals \
around the capital.</p>
<p>NATO Secretary-General Mark Rutte, speaking at a conference on Ukraine&rsquo;s \
reconstruction in Rome on Thursday, said &ldquo;[[thousands]]&rdquo; of North Koreans were \
still fighting on Russia&rsquo;s side. Washington has been more guarded. A State Department \
spokesperson said on Tuesday that Washington counted [[more than 14,000]] North Korean troops \
dispatched since last autumn, but declined to comment on Budanov&rsquo;s forecast.</p>
<p>Yordan Kostadinov, a defence analyst at the Sofia-based Centre for Black Sea Security \
Studies, cautions against taking Kyiv&rsquo;s numbers at face value. Still, he says, the real \
total of North Koreans who have passed through Russia is &ldquo;probably [[close to \
20,000]]&rdquo; once rotations are counted.</p>
<p>For Bulgaria the war is also an industrial story. The Arsenal arms plant in Kazanlak, which \
employs about 10,000 people, has roughly tripled its output of shells since 2022, and \
Bulgarian exports of ammunition rose by 35 per cent last year to more than &euro;1.4 billion. \
Kursk lies some 1,900 kilometres from Sofia.</p>
</article>
<footer>&copy; 2025 Balkan Meridian EOOD &middot; UIC 205 555 318 &middot; Tips: +359 2 555 \
0147</footer>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv warns': Budanov's interview of the body (Monday) to publication: "
          "could send 'more' (increment)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "Budanov, interview 'published on Monday': 'additional' troops could be dispatched "
          "(increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "same sentence 'on top of the … already in Russia' (the base, not an increment)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On June 17' in Pyongyang: would send builders and deminers"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-06-21..2025-06-30",
          "Seoul's intelligence service 'in late June': wounded brought home"),
        C("thousands", None, "vague", "near_front", "nato", "thu",
          "Rutte 'in Rome on Thursday' (the Thursday before this Wednesday) “…”: still fighting"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokesperson 'on Tuesday': sent since last autumn"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "Sofia defence analyst 'he says' (present tense, no date): passed through Russia"),
    ),
)

T11 = Source(
    article_id="t63_11_rota_dispatch_year_on_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Rota Island Dispatch",
        "",
        "A year on, Seoul's count of Kim's soldiers keeps climbing",
    ),
    features="Rota (Northern Marianas) news page in Markdown, UTF-16 LE with BOM, front matter "
        "without a date (sidecar without url, Thursday), a dateline 'SONGSONG, Rota —' without "
        "a date; headline 'Seoul says' `10,000` from the NIS briefing 'on Tuesday' (Tuesday to "
        "publication); 'It added' carries Tuesday to `roughly 5,000` builders (no increment "
        "word) and `several thousand` 'more' (planned increment); Seoul's figure 'in October "
        "last year' (October 2024) followed by 'Back then' and 'tenfold' (a ratio); HUR "
        "'puts … at' (`pub`); a University of Guam researcher (other, `pub`); the page's own "
        "tally 'arrives at' (unattributed, required); residents, flights, per cent, rooms, "
        "Japanese troops in the Second World War, miles, phone number",
    text="""\
---
title: "A year on, Seoul's count of Kim's soldiers keeps climbing"
section: World
byline: Dispatch staff
---

# One year on, Seoul says [[10,000]] North Korean troops are still near Ukraine

SONGSONG, Rota — News of the war in Europe reaches this island of fewer than 2,000 people \
mostly through satellite television and through the Korean tour operators who used to fill the \
island's hotels before the pandemic.

Briefing members of the National Assembly's intelligence committee on Tuesday, South Korea's \
National Intelligence Service estimated that [[around 10,000]] North Korean soldiers remain \
deployed on the Russian side of the border with Ukraine. It added that [[roughly 5,000]] \
military construction troops have been moving into Russia in stages since September, and that \
Pyongyang may be readying [[several thousand]] more.

When the first reports surfaced in October last year, Seoul's figure was [[1,500]] special \
forces, shipped from the ports of Chongjin and Hamhung to Vladivostok on Russian navy vessels. \
Back then, few in the region expected that number to grow almost tenfold.

The cost has been high. Ukraine's military intelligence agency puts the North's dead at \
[[more than 2,000]]. Dr. Francis Atalig, a researcher at the University of Guam who studies \
Korea's ties with the Pacific, estimates that [[at least 1,000]] badly wounded soldiers have \
been flown back to Pyongyang, where they are kept away from the public.

Adding up the figures released by Seoul, Washington and Kyiv over the past twelve months, the \
Dispatch arrives at [[somewhere around 16,000]] North Koreans who have served in Russia — \
infantry, gunners, engineers and builders.

For Rota, the numbers feel far away and close at once. Korean arrivals to the Northern Marianas \
fell 62 percent between 2019 and last year, and the island's largest resort, with 89 rooms, \
now counts on two flights a day from Guam, about 50 miles to the south. Older residents still \
remember the 3,000 Japanese troops who held the island until 1945.

*Tips and letters: (670) 555-0132.*
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS briefing of the body (Tuesday) to publication: near "
          "Ukraine"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS briefing the intelligence committee 'on Tuesday': deployed on the Russian side "
          "of the border"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'It added' (same briefing): construction troops moving into Russia (a new "
          "contingent, no increment word)"),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "same sentence: 'may be readying … more' (increment)", add=True),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "'Seoul's figure' 'in October last year' (month window), 'Back then': shipped to "
          "Vladivostok"),
        C("more than 2,000", 2000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'puts … at' (present tense, no date): dead"),
        C("at least 1,000", 1000, "at_least", "casualties", "other", "pub",
          "University of Guam researcher 'estimates' (no date): badly wounded flown home"),
        C("somewhere around 16,000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the page's own tally ('the Dispatch arrives at'): served in Russia"),
    ),
)

T12 = Source(
    article_id="t63_12_maputo_letter_year",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-24"),
    dated_by="dateline", crlf=True,
    features="English-language newsletter from Maputo as plain text, ISO-8859-1 with CRLF, "
        "straight quotes and `--`, a masthead with an issue number, dateline 'MAPUTO, 24 "
        "November 2025 --' (Monday); headline 'Kyiv:' `11,000` from HUR's Friday figure "
        "(Friday to publication); HUR 'on Friday' (two figures, the builders without an "
        "increment word); the NIS 'earlier this month' (the 1st to publication) `close to "
        "2,000` dead and `several thousand` wounded (not an increment); a State Department "
        "official 'on 18 November'; an Eduardo Mondlane University lecturer 'as many as "
        "25,000' (other, planned, `pub`); the newsletter's own arithmetic (unattributed, "
        "range); North Korean instructors in Mozambique in the 1980s (not Russia: not a "
        "claim), Rwandan troops in Cabo Delgado, Mozambique's army, a statue's year, "
        "meticais, phone number",
    text="""\
THE MAPUTO LETTER
A weekly briefing on Mozambique, the region and the world -- Issue 147

Kyiv: [[11,000]] North Koreans still at the front, a year after Kim's troops arrived

MAPUTO, 24 November 2025 -- Drive down Avenida Kim Il Sung in the Sommerschield district and \
you are reminded that Mozambique and North Korea go back a long way. In the 1980s Pyongyang \
sent a few hundred military instructors to help train the young republic's army, and the \
statue of Samora Machel on Independence Square was cast by a North Korean studio in 2011. This \
week's letter looks at where Kim's soldiers are now, a year after they first went into battle \
in Europe.

Ukraine's military intelligence agency said on Friday that [[some 11,000]] North Korean \
soldiers remained in Russia's Kursk region, while [[about 6,000]] engineers and builders were \
at work on roads, bridges and rail lines further from the front. The engineers, it said, are \
rotated home every few months.

South Korea's intelligence service, in its own update earlier this month, put the dead at \
[[close to 2,000]] and the wounded at "[[several thousand]]". Washington's figure is older: a \
State Department official told reporters on 18 November that "[[over 14,000]]" North Koreans \
had served in Russia since the autumn of 2024.

Teresa Macuácua, who lectures on international relations at Eduardo Mondlane University, \
expects Pyongyang to keep [[as many as 25,000]] men cycling through Russia next year. "For Kim \
this is an export business, like the statues were," she said. "Russia pays in fuel, food and \
hard currency. Africa paid in goodwill."

Our own arithmetic, built from the public numbers of Seoul, Kyiv and Washington, comes to \
[[between 15,000 and 17,000]] North Koreans who have passed through Russia since October 2024.

Closer to home, the roughly 4,000 Rwandan soldiers and police deployed in Cabo Delgado remain \
the largest foreign force in the country, larger than many of the units of Mozambique's own \
army. Fuel prices in Maputo rose to 87 meticais a litre this month.

Subscriptions and tips: +258 21 555 034 -- letter@maputoletter.example
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "fri..pub",
          "headline 'Kyiv:': HUR's Friday figure of the body to publication: still at the front"),
        C("some 11,000", 11000, "approx", "near_front", "ukraine", "fri",
          "HUR 'said on Friday': in the Kursk region"),
        C("about 6,000", 6000, "approx", "in_russia", "ukraine", "fri",
          "same sentence: engineers and builders at work in Russia (no increment word)"),
        C("close to 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-01..pub",
          "the NIS's update 'earlier this month' (the 1st to publication): dead"),
        C("several thousand", None, "vague", "casualties", "south_korea", "2025-11-01..pub",
          "same sentence: wounded (beside the dead, not an increment)"),
        C("over 14,000", 14000, "at_least", "in_russia", "united_states", "2025-11-18",
          "a State Department official 'on 18 November': served in Russia"),
        C("as many as 25,000", 25000, "at_most", "planned", "other", "pub",
          "Maputo lecturer 'expects' (no date): to keep cycling through Russia next year"),
        C("between 15,000 and 17,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own arithmetic: passed through Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    T01, T02, T03, T04, T05, T06,
    T07, T08, T09, T10, T11, T12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
