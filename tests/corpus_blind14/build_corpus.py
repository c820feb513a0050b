"""Build the FOURTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A sixteenth corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Thuringian regional
paper, a Frankfurt business paper's politics page, a Graz weekly, a St. Gallen paper, a German
news agency's weekend preview and a German Catholic weekly; a Malaysian daily, a US local TV
station's website, a UK tabloid's Sunday edition, an Israeli English-language paper, a Canadian
wire and a Finnish public broadcaster's English service. Same file format, marker syntax and
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
BASE_NAME = "_blind14_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Thuringia, Frankfurt, Graz, St. Gallen, an agency, a Catholic weekly)
# ---------------------------------------------------------------------------------------------

J01 = Source(
    article_id="j01_thueringen_koreanistin_jena",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Saale-Holzland-Kurier",
        "https://www.saale-holzland-kurier.example/jena/koreanistin-kim-verkauft-soldaten-id5821"
        "3.html",
        "Jenaer Koreanistin: „Kim verkauft seine Soldaten wie Granaten“",
    ),
    features="Thuringian regional paper's local story (sidecar, Wednesday), headline without a "
        "figure, deck 'Washington zählt' from the Pentagon's Monday figure; the claim day given "
        "by the scene ('am Montagabend … an diesem Tag'), 'ergänzte ein Sprecher' after the "
        "figure; Kyiv 'noch am selben Abend' (Monday) with the speaker named a sentence later; "
        "a Jena Korea researcher 'geht davon aus' `5.000 bis 8.000 weitere` (other, range, "
        "increment, `pub`); the NIS 'vergangene Woche' in Konjunktiv (near the front, planned "
        "total); refugees in Jena and Thuringia, club members, army size, lecture time, phone "
        "number",
    text="""\
Jenaer Koreanistin: „Kim verkauft seine Soldaten wie Granaten“

Washington zählt [[rund 10.000]] Nordkoreaner in Russland – was eine Forscherin der \
Schiller-Universität dazu sagt

Von Katrin Ebersbach

Jena. Als Hanna Trautwein am Montagabend die Nachrichten las, war sie nicht überrascht. „Damit \
haben wir seit dem Sommer gerechnet“, sagt die Koreanistin, die seit neun Jahren am Institut für \
Orientalistik lehrt. Das US-Verteidigungsministerium hatte an diesem Tag bekanntgegeben, dass sich \
mittlerweile [[etwa 10.000]] nordkoreanische Soldaten in Russland aufhielten. Davon seien \
[[mehrere tausend]] Mann bereits im Grenzgebiet Kursk eingetroffen, ergänzte ein Sprecher.

Kiew nannte noch am selben Abend eine höhere Zahl. In der Region Kursk stünden inzwischen \
[[11.000]] Soldaten aus dem Norden der koreanischen Halbinsel. So formulierte es Präsident \
Wolodymyr Selenskyj in seiner täglichen Videobotschaft; erste Gefechte mit ukrainischen Einheiten \
habe es bereits gegeben.

Für Trautwein klingen die Zahlen plausibel. Nordkorea unterhalte eine Armee von weit mehr als \
einer Million Mann, da könne Kim Jong Un einige Brigaden entbehren. „Für ihn ist das ein Geschäft: \
Er bekommt Devisen, Öl und vielleicht Raketentechnik.“ Die 47-Jährige geht davon aus, dass über \
den Winter [[5.000 bis 8.000]] weitere Soldaten folgen werden.

Auch in Seoul rechnet man mit Nachschub. Der südkoreanische Geheimdienst NIS hatte vergangene \
Woche Parlamentariern berichtet, [[mehr als 3.000]] Nordkoreaner seien bereits in Richtung Front \
gebracht worden. Bis Dezember dürfte die Gesamtzahl nach Einschätzung des Dienstes auf \
[[rund 10.000]] anwachsen.

In Jena verfolgen vor allem Ukrainerinnen und Ukrainer die Entwicklung mit Sorge. In der Stadt \
leben derzeit knapp 3.100 Geflüchtete aus der Ukraine, in ganz Thüringen sind es rund 29.000. \
„Jede Meldung aus Kursk macht uns Angst, weil unsere Männer dort kämpfen“, sagt Olena Kowal vom \
Verein Ukrainisches Haus, der 140 Mitglieder zählt.

Trautwein spricht am Donnerstag um 19 Uhr im Hörsaal 4 am Ernst-Abbe-Platz über das Thema \
„Pjöngjang und Moskau – eine Allianz auf Zeit?“. Der Eintritt ist frei, Anmeldung unter Telefon \
03641 944210.
""",
    claims=(
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "deck 'Washington zählt': the Pentagon's Monday figure of the body (Monday to "
          "publication)"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon 'an diesem Tag' = the Monday of the scene: in Russia"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "mon",
          "'ergänzte ein Sprecher' after the figure: arrived in the Kursk border area"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Kyiv 'noch am selben Abend' (Monday), Zelensky named in the next sentence: in Kursk"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "pub",
          "Jena researcher 'geht davon aus' … 'weitere' will follow (increment, no date)",
          add=True),
        C("mehr als 3.000", 3000, "at_least", "near_front", "south_korea", "lastweek",
          "NIS 'vergangene Woche' to lawmakers: brought toward the front"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "lastweek",
          "same briefing: total expected by December (planned)"),
    ),
)

J02 = Source(
    article_id="j02_frankfurt_wirtschaft_devisen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-02-14"),
    dated_by="front_matter", crlf=True,
    features="Frankfurt business paper's politics page in Markdown, windows-1252 with CRLF, "
        "front matter `date:`; bold deck `4.000` Tote und Verwundete from the NIS 'am Mittwoch' "
        "(Wednesday to publication); 'Von den etwa 11.000 … seien rund 4.000' with the source "
        "and day after both figures ('trug der Dienst am Mittwoch … vor'); HUR spokesman 'am "
        "Donnerstag der Nachrichtenagentur' with `bis zu 3.000 zusätzlichen` (increment); a "
        "Berlin economist's `gut 10.000` (at_least, other, `pub`); the Pentagon 'Noch im "
        "Dezember' „Hunderten“; money (dollars, a range of dollars per month), oil barrels, "
        "per cent, interest rate, share index",
    text="""\
---
title: "Söldner gegen Devisen: Was Kim am Krieg verdient"
date: 2025-02-14
ressort: Politik
autor: Matthias Lembeck
---

# Söldner gegen Devisen: Was Kim am Krieg verdient

**Seoul beziffert die Verluste der nordkoreanischen Truppen in Russland inzwischen auf [[4.000]] \
Tote und Verwundete. Für das Regime in Pjöngjang rechnet sich der Einsatz trotzdem – jedenfalls \
finanziell.**

Für Kim Jong Un ist der Krieg in der Ukraine zu einem einträglichen Geschäft geworden. Bis zu 20 \
Milliarden Dollar könnten Munitionslieferungen und Soldaten dem Land seit 2023 eingebracht haben, \
rechnet ein staatliches Forschungsinstitut in Seoul vor – mehr als die gesamte Wirtschaftsleistung \
Nordkoreas eines Jahres. Dazu kommt Öl: Allein 2024 soll Russland über eine Million Barrel \
geliefert haben, das Doppelte der von den Vereinten Nationen erlaubten Obergrenze von 500.000 \
Barrel.

Welchen Preis die Soldaten zahlen, zeigen neue Zahlen aus Südkorea. Von den [[etwa 11.000]] Mann, \
die Pjöngjang im Herbst nach Russland verlegt habe, seien [[rund 4.000]] getötet oder verwundet \
worden, trug der Nachrichtendienst NIS am Mittwoch im Geheimdienstausschuss der \
Nationalversammlung vor. Seit Mitte Januar seien die Einheiten nicht mehr an der Front eingesetzt \
worden, vermutlich wegen der hohen Verluste.

## Kiew widerspricht

Von einem Abzug will man in Kiew nichts wissen. [[Rund 8.000]] Nordkoreaner stünden weiterhin im \
Gebiet Kursk, sagte ein Sprecher des Militärgeheimdienstes HUR am Donnerstag der \
Nachrichtenagentur Ukrinform. Pjöngjang bereite zudem die Entsendung von [[bis zu 3.000]] \
zusätzlichen Soldaten vor, die derzeit in Lagern im Fernen Osten Russlands ausgebildet würden.

Die neue US-Regierung unter Donald Trump hat sich zu Zahlen bislang nicht geäußert. Noch im \
Dezember hatte das Pentagon von „[[Hunderten]]“ Toten und Verletzten in den Reihen der \
Nordkoreaner berichtet.

## Ein Geschäft mit Menschen

Für jeden Soldaten überweise Moskau nach den vorliegenden Schätzungen zwischen 2.000 und 3.000 \
Dollar im Monat, sagt der Berliner Ökonom Jens Wiesenthal, der seit Jahren Nordkoreas Außenhandel \
untersucht. Bei den Männern selbst komme davon kaum etwas an. Bei [[gut 10.000]] entsandten \
Soldaten fließe so ein dreistelliger Millionenbetrag im Jahr nach Pjöngjang, und zwar in harter \
Währung. „Das ist für ein Land unter Sanktionen enorm viel Geld.“

An den Märkten spielt der Konflikt kaum eine Rolle. Der Leitindex Kospi in Seoul schloss am \
Freitag 0,4 Prozent höher, der Rubel hat sich seit Jahresbeginn um rund 12 Prozent erholt. Die \
russische Zentralbank hält den Leitzins bei 21 Prozent, um die Inflation zu bremsen, die nicht \
zuletzt die hohen Rüstungsausgaben treiben.
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "south_korea", "wed..pub",
          "bold deck 'Seoul beziffert': the NIS's Wednesday figure (Wednesday to publication)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS, source and day after the figures ('trug … am Mittwoch … vor'): moved to Russia"),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "wed",
          "same sentence: killed or wounded"),
        C("Rund 8.000", 8000, "approx", "near_front", "ukraine", "thu",
          "HUR spokesman 'am Donnerstag der Nachrichtenagentur' after the figure: in Kursk"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "thu",
          "same spokesman, Konjunktiv: 'zusätzlichen' soldiers prepared (increment)", add=True),
        C("Hunderten", None, "vague", "casualties", "united_states", "2024-12-01..2024-12-31",
          "Pentagon 'Noch im Dezember' „…“: killed and wounded"),
        C("gut 10.000", 10000, "at_least", "in_russia", "other", "pub",
          "Berlin economist (other), 'gut' = a good 10,000 (at_least), no date: sent"),
    ),
)

J03 = Source(
    article_id="j03_graz_wochenblatt_rueckzug_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-02-20"),
    dated_by="html_meta",
    features="Graz weekly's web page in HTML, UTF-16 LE with BOM (`article:published_time` "
        "with +01:00, Thursday), cookie notice, ad script with a slot size, navigation, "
        "footer; Austrian 'Jänner', 'Feber', 'heuer'; Ukraine's special forces 'am Montag' "
        "carried by 'nach seinen Worten' to a casualty figure; the JCS 'Anfang Feber' "
        "`mindestens 2.000` still in Kursk; Rutte 'Mitte Jänner' „Tausende“ (nato); the number "
        "word `zwei` for the prisoners Zelensky announced 'am 11. Jänner'; a Pentagon official "
        "quoted by Reuters 'am Dienstag' `bis zu 5.000 zusätzliche`; a Graz political "
        "scientist 'noch einmal einige tausend' (other, vague increment, `pub`); city grant in "
        "euros, Ukrainians in Graz, army size, per cent",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-16">
<title>Kims Soldaten verschwinden von der Front | Steirische Wochenpost</title>
<meta property="og:title" content="Kims Soldaten verschwinden von der Front">
<meta property="article:published_time" content="2025-02-20T05:30:00+01:00">
<meta name="description" content="Seit Ende Jänner kämpfen die Nordkoreaner in Kursk offenbar \
nicht mehr. Ein Grazer Politologe erklärt, was dahinterstecken könnte.">
<script>var swpAds={slot:"billboard_970x250",refresh:45,ressort:"welt"};</script>
</head>
<body>
<div class="cookie-hinweis">Wir verwenden Cookies, um Ihnen das beste Leseerlebnis zu bieten. <a \
href="/datenschutz">Mehr erfahren</a> <button>Einverstanden</button></div>
<nav><a href="/">Startseite</a> &middot; <a href="/graz">Graz</a> &middot; <a \
href="/steiermark">Steiermark</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/sport">Sport</a> &middot; <a href="/e-paper">E-Paper</a></nav>
<article>
<h1>Kims Soldaten verschwinden von der Front</h1>
<p class="lead">Seit Ende Jänner sind nordkoreanische Soldaten nicht mehr an der Front im \
russischen Gebiet Kursk gesehen worden. Ist der Einsatz vorbei? Ein Grazer Experte ist \
skeptisch.</p>
<p>Das berichtete am Montag ein Sprecher der ukrainischen Spezialeinsatzkräfte. Von den \
[[rund 11.000]] Mann, die Pjöngjang im Herbst nach Russland geschickt hatte, sind nach seinen \
Worten [[etwa 4.000]] gefallen oder verwundet worden. Die Einheiten seien offenbar „zur \
Auffrischung“ ins Hinterland verlegt worden.</p>
<p>Ob die Nordkoreaner endgültig abgezogen sind, ist unklar. Der Vereinigte Generalstab in Seoul \
hält es für möglich, dass sie lediglich neu ausgebildet werden. Anfang Feber ging man dort noch \
von [[mindestens 2.000]] Soldaten aus, die sich weiterhin in der Region Kursk aufhielten.</p>
<p>Nato-Generalsekretär Mark Rutte hatte Mitte Jänner bei einem Besuch in Warschau gesagt, \
&bdquo;[[Tausende]]&ldquo; Nordkoreaner seien bereits getötet oder verletzt worden. In Kiew werden \
derweil die [[zwei]] Nordkoreaner verhört, deren Gefangennahme Präsident Wolodymyr Selenskyj am \
11. Jänner verkündet hatte. Ein Pentagon-Vertreter wurde am Dienstag von der Agentur Reuters mit \
der Einschätzung zitiert, Pjöngjang könne im Frühjahr [[bis zu 5.000]] zusätzliche Soldaten an die \
Front schicken.</p>
<h2>&bdquo;Kim hat einen Kunden gefunden&ldquo;</h2>
<p>Florian Hirzberger, Politikwissenschaftler an der Karl-Franzens-Universität, glaubt nicht an \
ein Ende des Einsatzes. &bdquo;Für Pjöngjang ist Russland der einzige Kunde, der zahlt, und zwar \
gut&ldquo;, sagt der 52-Jährige. Er rechnet damit, dass Kim heuer noch einmal [[einige tausend]] \
Mann nachschickt, sobald Moskau sie anfordert.</p>
<p>In Graz leben derzeit rund 2.600 Menschen aus der Ukraine. Der Gemeinderat hat im Jänner \
weitere 150.000 Euro für Hilfsprojekte freigegeben. Nordkoreas Armee zählt mehr als eine Million \
Soldaten; nur ein Bruchteil, weniger als zwei Prozent, war bisher in Russland im Einsatz.</p>
</article>
<footer>&copy; 2025 Steirische Wochenpost &middot; Impressum &middot; Kontakt: \
redaktion@wochenpost-stmk.example &middot; 8010 Graz</footer>
</body>
</html>
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "mon",
          "special forces spokesman 'am Montag' (the sentence before): sent in autumn"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "'nach seinen Worten' carries the spokesman: killed or wounded"),
        C("mindestens 2.000", 2000, "at_least", "near_front", "south_korea",
          "2025-02-01..2025-02-10", "JCS 'Anfang Feber': still in the Kursk region"),
        C("Tausende", None, "vague", "casualties", "nato", "2025-01-11..2025-01-20",
          "Rutte 'Mitte Jänner' in &bdquo;&ldquo;: killed and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "prisoners whose capture Zelensky announced 'am 11. Jänner' (same sentence, after)"),
        C("bis zu 5.000", 5000, "at_most", "planned", "united_states", "tue",
          "a Pentagon official quoted by Reuters 'am Dienstag' (X citing Y: the official's "
          "group): 'zusätzliche' (increment)", add=True),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "Graz political scientist 'rechnet damit' 'noch einmal … nachschickt' (increment)",
          add=True),
    ),
)

J04 = Source(
    article_id="j04_stgallen_pjoengjang_gibt_zu",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-04-29"),
    dated_by="dateline",
    features="St. Gallen paper, ISO-8859-1: Swiss `ss`, «», `15'000`, `4'700`, `10'000`, "
        "hyphens for dashes; dateline 'St. Gallen, 29. April 2025 -'; North Korea's admission "
        "'Am Montag' with Kim's «Tausende» (north_korea); Gerasimov 'bereits am Samstag' (russia, "
        "vague); the NIS 'schätzt' dated by the next sentence ('am Mittwoch vergangener "
        "Woche'), with a breakdown 'davon tödlich'; HUR 'geht davon aus' (no date); an HSG "
        "security expert 'hält es für möglich' `bis zu 10'000 weitere` (other, increment, "
        "`pub`); Washington 'im März' (united_states); sanctions listings, francs, students, "
        "Russian losses, age",
    text="""\
Pjöngjang gibt den Einsatz in Kursk erstmals zu

Nordkorea bestätigt, was Seoul, Kiew und Washington seit Monaten sagen. Wie viele seiner Soldaten \
gefallen sind, verschweigt das Regime.

Von Corinne Baumgartner

St. Gallen, 29. April 2025 - Ein halbes Jahr lang hat Nordkorea bestritten, Truppen nach Russland \
geschickt zu haben. Am Montag räumte das Regime den Einsatz erstmals offiziell ein. Die \
Staatsagentur KCNA verbreitete eine Erklärung der Zentralen Militärkommission, wonach Einheiten \
der Volksarmee «auf Befehl des Obersten Befehlshabers» an der «Befreiung» des Gebiets Kursk \
mitgewirkt hätten. Kim Jong Un selbst wurde mit den Worten zitiert, «[[Tausende]] Söhne des \
Vaterlandes» hätten dort heldenhaft gekämpft. Eine genaue Zahl nannte die Agentur nicht.

Bereits am Samstag hatte der russische Generalstabschef Waleri Gerassimow den Verbündeten \
öffentlich gedankt. [[Mehrere tausend]] nordkoreanische Soldaten hätten «Schulter an Schulter» mit \
russischen Einheiten gekämpft, sagte er in einer Videokonferenz mit Präsident Wladimir Putin.

Seoul nennt Zahlen

Deutlich konkreter ist der südkoreanische Geheimdienst NIS. Er schätzt, dass Nordkorea bislang \
[[rund 15'000]] Mann nach Russland geschickt hat. Das erklärte der Dienst am Mittwoch vergangener \
Woche vor Abgeordneten in Seoul. [[Etwa 4'700]] Nordkoreaner seien getötet oder verwundet worden, \
[[rund 600]] davon tödlich.

In Kiew bezweifelt man, dass der Einsatz mit der Rückeroberung von Kursk beendet ist. Der \
Militärgeheimdienst HUR geht davon aus, dass [[rund 3'000]] Nordkoreaner weiterhin in der \
Grenzregion stationiert sind. Washington hatte die Zahl der toten und verletzten Nordkoreaner im \
März auf [[rund 4'000]] geschätzt. Russland habe seit Jahresbeginn nach ukrainischen Angaben über \
120'000 eigene Soldaten verloren.

«Kim hat gelernt, dass sich Krieg lohnt»

Auch Reto Kälin, Sicherheitsexperte an der Universität St. Gallen, glaubt nicht an ein baldiges \
Ende. «Kim hat gelernt, dass sich dieser Krieg für ihn lohnt - in Devisen, in Technologie und in \
Kampferfahrung», sagt der 44-Jährige, der an der HSG mit ihren rund 9'500 Studierenden Geopolitik \
unterrichtet. Er hält es für möglich, dass im Lauf des Jahres [[bis zu 10'000]] weitere Soldaten \
nach Russland verlegt werden, etwa als Bautrupps oder Minenräumer.

Die Schweiz hat sich den Sanktionen der EU gegen Pjöngjang weitgehend angeschlossen. Das \
Staatssekretariat für Wirtschaft setzte im März neun Personen und drei Firmen auf die Liste. Für \
die Ukraine hat der Bund seit 2022 rund 5 Milliarden Franken bereitgestellt.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "north_korea", "mon",
          "Kim quoted by KCNA 'Am Montag' in «»: fought in Kursk"),
        C("Mehrere tausend", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'Bereits am Samstag' (sentence before), Konjunktiv: fought alongside"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-23..pub",
          "NIS 'schätzt' (present), dated by the next sentence ('am Mittwoch vergangener Woche'"
          " = 23 April), so 23 April to publication"),
        C("Etwa 4'700", 4700, "approx", "casualties", "south_korea", "2025-04-23",
          "same briefing, Konjunktiv: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-23",
          "'davon tödlich' (a breakdown): dead"),
        C("rund 3'000", 3000, "approx", "near_front", "ukraine", "pub",
          "HUR 'geht davon aus' without a date: stationed in the border region"),
        C("rund 4'000", 4000, "approx", "casualties", "united_states", "2025-03-01..2025-03-31",
          "Washington 'im März': killed and wounded"),
        C("bis zu 10'000", 10000, "at_most", "planned", "other", "pub",
          "HSG expert 'hält es für möglich' … 'weitere' (increment, no date)", add=True),
    ),
)

J05 = Source(
    article_id="j05_agentur_wochenendvorschau_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-29"),
    dated_by="sidecar",
    sidecar=(
        "dnp Deutscher Nachrichtenpressedienst",
        "https://www.dnp-presse.example/vorschau/ausland-wochenende-35-2025",
        "Vorschau Ausland: Termine und Themen am Wochenende",
    ),
    features="German news agency's weekend preview in Markdown, UTF-8 with BOM, front matter "
        "without a date (sidecar, Friday); dated agenda items with times; background "
        "paragraphs: the NIS 'zuletzt Mitte August' with a breakdown; Shoigu's `6.000` "
        "'Hinzu kommen' (russia, increment) 'im Juni'; North Korean state TV 'vergangene "
        "Woche' „Dutzenden“ (north_korea); Budanov 'im Juli' `25.000 bis 30.000` 'zusätzlich' "
        "(range, increment); Rutte 'Anfang August' in an interview; a State Department report "
        "'am Mittwoch veröffentlicht' (united_states); Chinese soldiers at the "
        "parade, heads of state, anniversaries, times, a phone number",
    text="""\
---
titel: "Vorschau Ausland: Termine und Themen am Wochenende"
ressort: Ausland
kuerzel: dnp
sperrfrist: keine
---

# Vorschau Ausland: Termine und Themen am Wochenende

Die wichtigsten Auslandstermine von Samstag bis Montag im Überblick. Änderungen vorbehalten; \
Ergänzungen folgen im Laufe des Tages.

## Samstag, 30. August

**Tianjin** – Chinas Staatschef Xi Jinping empfängt die ersten Gäste des Gipfels der Shanghaier \
Organisation für Zusammenarbeit. Erwartet werden mehr als 20 Staats- und Regierungschefs, darunter \
Russlands Präsident Wladimir Putin. Beginn der offiziellen Sitzungen am Sonntag um 10.00 Uhr \
Ortszeit (04.00 Uhr MESZ).

## Sonntag, 31. August

**Pjöngjang** – Nordkoreas Führung begeht den Jahrestag der Gründung der Jugendliga. Beobachter \
achten darauf, ob Machthaber Kim Jong Un erneut die in Russland eingesetzten Soldaten würdigt.

*Hintergrund:* Nach Schätzung des südkoreanischen Geheimdienstes NIS hat Nordkorea seit dem Herbst \
2024 [[etwa 15.000]] Soldaten nach Russland entsandt, [[rund 2.000]] von ihnen seien gefallen. So \
hatte sich der Dienst zuletzt Mitte August vor Abgeordneten geäußert. [[6.000]] Pioniere und \
Militärbauarbeiter kommen hinzu, deren Entsendung Russlands Sicherheitsratssekretär Sergej Schoigu \
im Juni in Pjöngjang angekündigt hatte. Das nordkoreanische Staatsfernsehen zeigte vergangene \
Woche erstmals Bilder einer Trauerfeier, bei der Kim vor den Särgen von „[[Dutzenden]]“ Gefallenen \
stand.

## Montag, 1. September

**Kiew** – Der ukrainische Geheimdienstchef Kyrylo Budanow stellt in Kiew einen Lagebericht vor \
(11.00 Uhr MESZ). Budanow hatte im Juli gewarnt, Pjöngjang könne in den kommenden Monaten \
[[25.000 bis 30.000]] Mann zusätzlich schicken. Ob er diese Einschätzung aufrechterhält, ist offen.

**Brüssel** – Nato-Generalsekretär Mark Rutte trifft die Verteidigungsminister der baltischen \
Staaten. Rutte hatte Anfang August in einem Zeitungsinterview gesagt, Nordkorea habe inzwischen \
[[mehr als 14.000]] Soldaten nach Russland geschickt, und Peking aufgefordert, seinen Einfluss auf \
Pjöngjang zu nutzen. Das US-Außenministerium geht laut einem am Mittwoch veröffentlichten Bericht \
davon aus, dass [[rund 11.000]] nordkoreanische Soldaten weiterhin im Gebiet Kursk stationiert \
sind.

## Ausblick

**Peking, Mittwoch** – Militärparade zum 80. Jahrestag des Kriegsendes in Asien mit mehr als \
10.000 chinesischen Soldaten. Kim Jong Un wird erstmals bei einer solchen Parade erwartet.

Ansprechpartner: Auslandsdesk, Telefon +49 30 2852 3140
""",
    claims=(
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-08-11..2025-08-20",
          "NIS, dated by the next sentence ('zuletzt Mitte August'): sent"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-08-11..2025-08-20",
          "'von ihnen' (a breakdown): fallen"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni' announced sending: 'kommen hinzu' (increment, like 'hinzu kämen' "
          "in the sixth blind set)", add=True),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "lastweek",
          "North Korean state TV 'vergangene Woche' „…“: coffins of the fallen"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "Budanov 'im Juli': could send 'zusätzlich' (increment)", add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "nato", "2025-08-01..2025-08-10",
          "Rutte 'Anfang August' in an interview: sent"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "wed",
          "State Department report 'am Mittwoch veröffentlicht' (a report's day): in Kursk"),
    ),
)

J06 = Source(
    article_id="j06_katholische_wochenzeitung_allerseelen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-01"),
    dated_by="sidecar",
    sidecar=(
        "Weg und Wort – Katholische Wochenzeitung",
        "https://www.weg-und-wort.example/weltkirche/die-vergessenen-toten-von-kursk",
        "Allerseelen: Die vergessenen Toten von Kursk",
    ),
    features="German Catholic weekly's web page in HTML (sidecar, Saturday; no meta date), "
        "cookie notice, navigation, a donation box, footer, entities (`&bdquo;`, `&ldquo;`, "
        "`&nbsp;`, `&ndash;`); deck 'Seoul zählt 2.000 Tote' from the NIS 'im September' "
        "(September to publication); a Korean Benedictine monk's `rund 15.000` (other, `pub`); "
        "Rodong Sinmun 'Ende Oktober' `Hunderte` (north_korea); HUR 'bereits im Sommer' "
        "(June–August); the paper's own compilation 'Nach einer Zusammenstellung dieser "
        "Zeitung' `zwischen 2.000 und 6.000` (unattributed, required); the pope, civilian dead, "
        "donation account, monks, years",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Allerseelen: Die vergessenen Toten von Kursk &ndash; Weg und Wort</title>
<meta property="og:site_name" content="Weg und Wort">
<script src="/js/consent.min.js" defer></script>
</head>
<body>
<div class="consent">Diese Website nutzt Cookies. <a href="/datenschutz">Datenschutz</a> \
<button>Alle akzeptieren</button> <button>Nur notwendige</button></div>
<nav><a href="/">Start</a> | <a href="/kirche">Kirche</a> | <a href="/weltkirche">Weltkirche</a> | \
<a href="/glaube">Glaube</a> | <a href="/abo">Abo</a></nav>
<article>
<p class="rubrik">Weltkirche</p>
<h1>Die vergessenen Toten von Kursk</h1>
<p class="vorspann">Zu Allerseelen erinnert ein koreanischer Benediktiner an die jungen \
Nordkoreaner, die in Russland gestorben sind. Seoul zählt [[2.000]] Tote.</p>
<p>Pater Benedikt Yoon zündet jeden Abend eine Kerze an. Der 61-jährige Mönch, der 1991 aus \
Südkorea in die Abtei Münsterschwarzach kam, betet für Menschen, für die in ihrer Heimat niemand \
beten darf. &bdquo;Viele der [[rund 15.000]] jungen Männer, die Kim nach Russland geschickt hat, \
wussten nicht einmal, wohin die Reise geht&ldquo;, sagt er. &bdquo;Sie sind Opfer, nicht \
Täter.&ldquo;</p>
<p>Wie viele nicht zurückkehren, weiß niemand genau. Der südkoreanische Nachrichtendienst NIS \
hatte im September vor Abgeordneten in Seoul von [[etwa 2.000]] Gefallenen gesprochen. Pjöngjang \
selbst schweigt zu Zahlen, inszeniert die Toten aber inzwischen als Helden: Ende Oktober \
berichtete die Parteizeitung Rodong Sinmun, Kim Jong Un habe in einer neuen Gedenkhalle Blumen für \
[[Hunderte]] gefallene Soldaten niedergelegt.</p>
<p>Die Ukraine nennt deutlich höhere Zahlen. Der Militärgeheimdienst HUR sprach bereits im Sommer \
von [[etwa 6.000]] getöteten und verwundeten Nordkoreanern. Nach einer Zusammenstellung dieser \
Zeitung liegen die Schätzungen für die Zahl der Toten damit [[zwischen 2.000 und 6.000]], je \
nachdem, wer zählt und ob Verwundete mitgerechnet werden.</p>
<p>Papst Leo XIV. hatte beim Angelusgebet am vergangenen Sonntag erneut zu einem Waffenstillstand \
aufgerufen und an die mehr als 14.000 zivilen Todesopfer in der Ukraine erinnert. Pater Yoon \
wünscht sich, dass die Kirche auch die Soldaten aus dem Norden nicht vergisst. &bdquo;Im Tod gibt \
es keine Grenze mehr&ldquo;, sagt er.</p>
<p>Die Abtei lädt am Sonntag, 2.&nbsp;November, um 17 Uhr zu einer Andacht für alle Kriegstoten \
ein. Rund 80 Mönche leben derzeit in Münsterschwarzach.</p>
</article>
<aside class="spende">Helfen Sie den Menschen in der Ukraine: Spendenkonto DE12 3456 7890 0000 \
1234 56, Stichwort &bdquo;Winterhilfe&ldquo;.</aside>
<footer>&copy; 2025 Weg und Wort &middot; <a href="/impressum">Impressum</a> &middot; <a \
href="/kontakt">Kontakt</a></footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "deck 'Seoul zählt': the NIS figure of the body ('im September') to publication"),
        C("rund 15.000", 15000, "approx", "in_russia", "other", "pub",
          "Benedictine monk (other) in „…“, 'sagt' (present, no date): sent to Russia"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September' to lawmakers: fallen"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "Rodong Sinmun 'Ende Oktober': flowers for the fallen"),
        C("etwa 6.000", 6000, "approx", "casualties", "ukraine", "2025-06-01..2025-08-31",
          "HUR 'bereits im Sommer' (season: June to August): killed and wounded"),
        C("zwischen 2.000 und 6.000", None, "range", "casualties", "unattributed", "pub",
          "the paper's own compilation ('Nach einer Zusammenstellung dieser Zeitung'): "
          "unattributed, required"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Malaysia, US local TV, UK Sunday tabloid, Israel, Canada, Finland)
# ---------------------------------------------------------------------------------------------

J07 = Source(
    article_id="j07_malaysia_daily_casualties_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Malaysian daily's world page in HTML, UTF-8 with BOM (`article:published_time` "
        "with +08:00, Wednesday), a date bar, cookie notice, an ad script, navigation, "
        "footer; `<title>` figure (optional); headline 'US says hundreds' from a senior US "
        "military official 'on Monday' (to publication), 'the official said' carried to `about "
        "11,000` in Kursk; HUR 'at the weekend'; lawmakers briefed by the NIS 'last week'; "
        "Rutte 'last Thursday' in a Wednesday article (six days before); a Kuala Lumpur analyst "
        "'tens of thousands' more (other, vague increment, `pub`); Malaysian trade in ringgit, "
        "the 2017 airport killing, Russian losses a day, per cent",
    text="""\
<!DOCTYPE html>
<html lang="en-MY">
<head>
<meta charset="utf-8">
<title>US says [[hundreds]] of North Korean troops killed or hurt in Kursk | The Peninsula \
Tribune</title>
<meta property="article:published_time" content="2024-12-18T07:40:00+08:00">
<meta property="og:site_name" content="The Peninsula Tribune">
<script>var ptAds={unit:"/2231/world/leaderboard",sizes:["728x90","970x250"]};</script>
</head>
<body>
<div class="datebar">Wednesday, 18 December 2024 &middot; Kuala Lumpur 31&deg;C</div>
<div id="cookies">We use cookies to improve your experience. By continuing you agree to our <a \
href="/privacy">privacy policy</a>. <button>OK</button></div>
<nav><a href="/">Home</a> | <a href="/nation">Nation</a> | <a href="/world">World</a> | <a \
href="/business">Business</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>US says [[hundreds]] of North Korean troops killed or hurt in Kursk</h1>
<p>WASHINGTON/KYIV: North Korean soldiers sent to fight for Russia have suffered \
&ldquo;[[several hundred]]&rdquo; casualties, ranging from killed in action to minor injuries, a \
senior US military official told reporters on Monday.</p>
<p>Pyongyang now has [[about 11,000]] troops in Russia&rsquo;s Kursk border region, where \
Ukrainian forces have held a slice of territory since August, the official said on condition of \
anonymity. The soldiers were fighting mostly in infantry units alongside Russian airborne and \
marine forces.</p>
<p>Ukraine&rsquo;s military intelligence agency HUR reported at the weekend that [[at least 30]] \
North Koreans had been killed or wounded in clashes near three villages in the region.</p>
<p>In Seoul, legislators emerging from a closed-door NIS session said last week that \
[[roughly 10,000]] North Koreans had now been assigned to front-line units. The agency&rsquo;s \
assessments have tended to be more cautious than those from Kyiv.</p>
<p>Nato Secretary-General Mark Rutte, speaking in Brussels last Thursday, told reporters that \
[[more than 10,000]] soldiers from the North had been sent to Russia, adding that Moscow was \
paying Pyongyang with missile and space technology.</p>
<h2>Wisma Putra urges restraint</h2>
<p>Malaysia&rsquo;s Foreign Ministry said on Tuesday it was &ldquo;deeply concerned&rdquo; about \
any widening of the conflict and called on all parties to respect the UN Charter.</p>
<p>Dr Farah Aziz, a security analyst at a Kuala Lumpur think tank, said Pyongyang had every reason \
to keep the troops coming. &ldquo;If the money keeps flowing, Kim could send [[tens of thousands]] \
more,&rdquo; she told The Peninsula Tribune.</p>
<p>Malaysia cut diplomatic ties with North Korea in 2021, four years after the killing of Kim Jong \
Nam at klia2. Bilateral trade had by then shrunk to less than RM5 million a year. Russia, \
meanwhile, is losing about 1,500 soldiers a day, according to Britain&rsquo;s defence ministry, \
and its economy is expected to grow by 3.9 per cent this year.</p>
</article>
<footer>&copy; 2024 The Peninsula Tribune Sdn Bhd (Company No. 198701005512) &middot; <a \
href="/contact">Contact us</a></footer>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "`<title>` (metadata) repeating the headline", opt=True),
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'US says': the official's Monday figure (Monday to publication)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "senior US military official 'on Monday', in “…”: casualties"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "'the official said' (same official, no new date): in the Kursk border region"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'at the weekend': killed or wounded"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'last week': assigned to front-line units"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-12",
          "Rutte 'last Thursday' in a Wednesday article (12 December): sent"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Kuala Lumpur analyst (other), 'could send … more' (increment), no date",
          add=True),
    ),
)

J08 = Source(
    article_id="j08_us_local_tv_prisoners_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "WFYT News 6",
        "",
        "Ukraine captures 2 North Korean soldiers; Fayetteville veteran says more will follow",
    ),
    features="US local TV station's website in HTML, windows-1252 with CRLF (sidecar without "
        "url, Tuesday; no meta date), a weather bar, a video player script, cookie notice, "
        "navigation, FCC footer; `<title>` figure (optional); headline digit `2` and lead "
        "number word `two` from Zelenskyy 'on Saturday', 'return the two' (optional); the NIS "
        "'Monday' with '2,700 had been injured' (not an increment); Zelenskyy 'Earlier this "
        "month' “more than 3,000”; a Pentagon spokesperson 'last week'; a retired Army "
        "intelligence officer 'maybe 8,000' (approx, other, `pub`); soldiers at Fort Bragg, "
        "years of service, temperatures, video length, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="windows-1252">
<title>Ukraine captures [[2]] North Korean soldiers; Fayetteville veteran says more will follow | \
WFYT News 6</title>
<script>window.wfytPlayer={videoId:"v-88213",duration:"2:14",autoplay:false};</script>
</head>
<body>
<div class="wx">FAYETTEVILLE 34&deg; &#8226; Clear &#8226; Tonight&rsquo;s low 21&deg;</div>
<div id="cookie-bar">This site uses cookies. <a href="/privacy">Learn more</a> \
<button>Accept</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/weather">First Alert Weather</a> \
| <a href="/military">Military</a> | <a href="/watch">Watch Live</a></nav>
<article>
<h1>Ukraine captures [[2]] North Korean soldiers; Fayetteville veteran says more will follow</h1>
<p class="byline">By Tanya Whitfield, WFYT News 6</p>
<p>FAYETTEVILLE, N.C. (WFYT) &#8212; Ukrainian President Volodymyr Zelenskyy said on Saturday that \
his army had seized [[two]] North Korean soldiers alive during fighting inside Russia, the first \
such captures since Pyongyang sent troops to help Moscow.</p>
<p>Both men were wounded and are being questioned in Kyiv. Zelenskyy said he was ready to return \
the [[two]] to North Korea in a swap for Ukrainian prisoners of war held by Moscow. South \
Korea&#8217;s spy agency, the National Intelligence Service, told lawmakers in Seoul on Monday \
that [[about 300]] North Korean soldiers had died in the fighting and [[2,700]] had been \
injured.</p>
<p>Earlier this month, Zelenskyy said losses among the North Koreans had reached \
&#8220;[[more than 3,000]]&#8221; killed and wounded. A Pentagon spokesperson said last week the \
U.S. still believed [[roughly 11,000]] troops had been sent to Russia.</p>
<p>For retired Lt. Col. Dwayne Hutchins, who spent 22 years in Army intelligence, including two \
tours in South Korea, the capture is no surprise. &#8220;These are young guys, 19, 20 years old, \
who were told they were going to a training exercise,&#8221; Hutchins told WFYT News 6 at his home \
in Hope Mills. &#8220;Kim has [[maybe 8,000]] left in Kursk who can still fight. More of them will \
surrender, you watch.&#8221;</p>
<p>Fort Bragg, home to more than 50,000 soldiers, has not been asked to send any troops to Europe \
in response, a spokesperson for the XVIII Airborne Corps said.</p>
<p class="video">WATCH: Hutchins explains what the captures mean (2:14)</p>
<p>Have a news tip? Call our newsroom at 910-555-0166.</p>
</article>
<footer>&copy; 2025 WFYT-TV &middot; <a href="/fcc">FCC Public File</a> &middot; <a \
href="/eeo">EEO Report</a> &middot; Closed Captioning Contact</footer>
</body>
</html>
""",
    claims=(
        C("2", 2, "exact", "casualties", "ukraine", "sat..pub",
          "`<title>` (metadata) repeating the headline", opt=True),
        C("2", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline digit: Zelenskyy's Saturday announcement (Saturday to publication): captured"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelenskyy 'said on Saturday': taken prisoner"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "'return the two' referring back, no new figure (anaphoric: optional)", opt=True),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS to lawmakers 'on Monday': died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: injured (others in the same event, not an increment)"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "2025-01-01..pub",
          "Zelenskyy 'Earlier this month' in “…”: killed and wounded"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "Pentagon spokesperson 'last week': sent to Russia"),
        C("maybe 8,000", 8000, "approx", "near_front", "other", "pub",
          "retired officer's estimate in a quote ('maybe' = approx), no date: left in Kursk"),
    ),
)

J09 = Source(
    article_id="j09_uk_sunday_tabloid_reinforcements",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-16"),
    dated_by="sidecar",
    sidecar=(
        "The Sunday Clarion",
        "https://www.sundayclarion.example/news/world/kim-sends-3000-more-to-die-for-putin-4471",
        "KIM SENDS 3,000 MORE TO DIE FOR PUTIN",
    ),
    features="UK tabloid's Sunday edition in plain text, UTF-16 LE with BOM (sidecar, Sunday), "
        "capitals headline `3,000 MORE` (increment, span without the word) from the JCS "
        "'on Thursday' given a sentence after the lead; `another 3,000` (increment); 'They "
        "join the 11,000' (a new total's base, not an increment) and `around 4,000` 'the JCS "
        "said'; the paper's own 'thousands of … mown down' (unattributed framing: optional); "
        "the UK Ministry of Defence 'yesterday' (other); a Ukrainian drone commander 'told "
        "the Sunday Clarion' (ukraine, `pub`: Saturday–Sunday); Zelensky 'on Friday night' "
        "“nearly 5,000”; a defector's `10,000 more` "
        "(other, increment); pounds, Russian losses a day, ages, years of service",
    text="""\
WORLD EXCLUSIVE

KIM SENDS [[3,000]] MORE TO DIE FOR PUTIN

Tyrant ships fresh troops to Russia's meat grinder as Ukraine's drone teams wait

By Gavin Rourke, Defence Editor

NORTH Korean dictator Kim Jong Un has shipped another [[3,000]] soldiers to Russia to replace the \
men slaughtered in Kursk.

The Joint Chiefs of Staff in Seoul revealed on Thursday that the reinforcements arrived in January \
and February, despite the carnage suffered by the first wave.

They join the [[11,000]] sent last autumn, of whom [[around 4,000]] have been killed or wounded, \
the JCS said.

Kim's young conscripts - many of them barely out of school - have been thrown at Ukrainian lines \
in human waves, with [[thousands]] mown down by drones and artillery.

And Britain's Ministry of Defence said in its intelligence update yesterday that [[up to 2,000]] \
North Koreans were back in frontline positions around the town of Sudzha.

A Ukrainian drone unit commander, who uses the call sign "Bear", told the Sunday Clarion his men \
had killed [[more than 200]] of Kim's troops since the start of March alone. President Volodymyr \
Zelensky said on Friday night that Pyongyang had lost "[[nearly 5,000]]" men killed or wounded \
since November.

"They come in groups of ten or fifteen, walking through open fields," said the 34-year-old. "We \
see everything from the air. It is not a fight, it is an execution."

Defector Kang Chol-ho, 41, who served ten years in the Korean People's Army before fleeing across \
the border in 2016, said the dictator would not stop.

"Kim will send [[10,000]] more if Putin asks him," he said. "For him these boys are just a product \
for export."

Moscow is believed to pay Pyongyang the equivalent of about £1,600 a month per soldier, while \
Russia itself is losing more than 1,200 men a day killed or wounded, according to Western \
estimates.

Defence Secretary John Healey will meet his Ukrainian counterpart in London on Wednesday to \
discuss a £1.6 billion missile deal.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "capitals headline 'SENDS 3,000 MORE' (increment): the JCS's Thursday figure to "
          "publication", add=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "lead 'another 3,000' (increment), the JCS and 'on Thursday' in the next sentence",
          add=True),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "thu",
          "'the JCS said' at the end of the sentence: the first wave (not an increment)"),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same sentence: killed or wounded"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the tabloid's own framing without a source", opt=True),
        C("up to 2,000", 2000, "at_most", "near_front", "other", "yday",
          "UK Ministry of Defence (a third government) 'yesterday': back in frontline positions"),
        C("more than 200", 200, "at_least", "casualties", "ukraine", "pub",
          "Ukrainian drone commander 'told the Sunday Clarion' (no date: Saturday–Sunday): "
          "killed"),
        C("nearly 5,000", 5000, "approx", "casualties", "ukraine", "fri",
          "Zelensky 'on Friday night' in quotes: killed or wounded"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "defector (other) in a quote: 'will send … more' (increment), no date", add=True),
    ),
)

J10 = Source(
    article_id="j10_israel_english_paper_axis_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-06-24"),
    dated_by="front_matter",
    features="Israeli English-language paper's analysis in Markdown, front matter `date:` with "
        "time and +03:00 and a title figure (optional); headline `6,000` (russia) from "
        "Shoigu's figures 'on June 17'; Shoigu `1,000` sappers and `5,000` builders; the NIS "
        "'on Thursday' with 'more than 600 of them' (breakdown); Zelensky 'on Sunday night' "
        "'tens of thousands' (vague, planned); a Tel Aviv researcher's 'could top 40,000' "
        "(verb outside the span: at_least, other, `pub`); Iranian missiles and drones, Israeli "
        "dead, days of war, dollars, years",
    text="""\
---
title: "Pyongyang to send [[6,000]] engineers to Russia as Moscow courts its Asian ally"
date: 2025-06-24T09:15:00+03:00
section: World
author: Noa Ben-Haim
---

# Pyongyang to send [[6,000]] engineers to Russia as Moscow courts its Asian ally

*While Israel and Iran exchanged fire, the Kremlin quietly deepened its military pact with North \
Korea. Israeli analysts say Jerusalem should pay attention.*

Russian Security Council Secretary Sergei Shoigu, on his second visit to Pyongyang in two weeks, \
announced on June 17 that North Korea would dispatch [[1,000]] sappers to clear mines in the Kursk \
region and [[5,000]] military construction workers to rebuild infrastructure destroyed in the \
fighting there.

The move deepens an alliance that already includes combat troops. On Thursday, South Korea's spy \
service briefed a parliamentary committee in Seoul, estimating that [[some 15,000]] North Korean \
soldiers had been deployed to Russia since last autumn, and that [[more than 600]] of them had \
been killed.

Ukrainian President Volodymyr Zelensky warned in his nightly address on Sunday night that Moscow \
was counting on "[[tens of thousands]]" of North Koreans to replenish its ranks. "Putin is buying \
soldiers the way he buys shells," he said.

## Why it matters here

For Israel, the pattern looks familiar. Iran supplied Russia with Shahed drones in 2022; during \
the 12-day war that ended this week, Tehran fired some 550 ballistic missiles and more than 1,000 \
drones at Israel, killing 28 people.

"Moscow sits at the center of a network that now runs from Tehran to Pyongyang," said Dr. Yael \
Mizrahi, a senior researcher at a Tel Aviv security think tank who tracks North Korean arms \
exports. North Korean troops in Russia could top [[40,000]] by the end of the year if the war \
continues, she said, and the technology Pyongyang gets in return may well end up in Iranian hands.

North Korea has earned an estimated $20 billion from its arms deals with Moscow since 2023, \
according to South Korean estimates.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "front-matter title (metadata) repeating the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: the sum of Shoigu's two figures of 17 June (to publication)"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'announced on June 17': sappers North Korea would dispatch"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: military construction workers"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "NIS briefing a committee 'On Thursday': deployed"),
        C("more than 600", 600, "at_least", "casualties", "south_korea", "thu",
          "'of them' (a breakdown): killed"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "sun",
          "Zelensky 'on Sunday night' in “…”: Moscow counting on (planned)"),
        C("40,000", 40000, "at_least", "planned", "other", "pub",
          "Tel Aviv researcher (other): 'could top 40,000' (verb outside the span, at_least), "
          "'she said' without a date"),
    ),
)

J11 = Source(
    article_id="j11_canadian_wire_sanctions",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-09-18"),
    dated_by="dateline", crlf=True,
    features="Canadian wire story in plain text, ISO-8859-1 with CRLF (straight quotes, `--`), "
        "dateline 'OTTAWA --' and a 'Published September 18, 2025' line; the government's "
        "`thousands` in the lead 'said Thursday' (Canada: other); Global Affairs Canada "
        "'cited South Korean estimates' (X citing Y: south_korea, the statement's day) with a "
        "breakdown; Ukraine's ambassador 'in an interview Wednesday' `at least 6,000 more` "
        "(increment); the Russian embassy's Telegram post 'Thursday' (russia, vague); the State "
        "Department's 'report to Congress last month' (range with "
        "'between'); a UBC political scientist 'A few thousand' (vague, other, `pub`) with "
        "'at the time'; sanctions listings, Ukrainian soldiers trained by Canada, dollars, a "
        "date, word count",
    text="""\
Ottawa adds North Korean generals to sanctions list over troops in Russia

Published September 18, 2025 | 3 min read

By Elise Tremblay
The Maple Wire

OTTAWA -- Canada is slapping sanctions on six senior North Korean officers and 11 entities over \
Pyongyang's deployment of [[thousands]] of troops to fight for Russia, the federal government said \
Thursday.

In a statement, Global Affairs Canada cited South Korean estimates that [[about 15,000]] North \
Korean soldiers have been sent to Russia since October 2024 and that [[some 2,000]] of them have \
been killed. The department said the deployment was "a direct threat to European and Indo-Pacific \
security."

Parliamentary Secretary Marc Lavallee, who announced the measures on behalf of the minister, told \
reporters in the foyer of the House of Commons that Canada would "keep raising the cost" for both \
regimes. The new listings bring to more than 3,000 the number of individuals and entities Canada \
has sanctioned in connection with Russia's war. The Russian Embassy in Ottawa dismissed the \
measures on its Telegram channel Thursday, saying only "[[several hundred]]" North Korean \
specialists were helping to rebuild the Kursk region.

Ukraine's ambassador in Ottawa, Oksana Hrytsenko, welcomed the move. In an interview Wednesday, \
she said Kyiv had information that "[[at least 6,000]] more" North Koreans were being readied for \
deployment, many of them engineers and drivers.

The U.S. State Department, in a report to Congress last month, estimated that \
[[between 11,000 and 12,000]] North Korean soldiers were still in Russia, the bulk of them \
deployed along the Kursk and Belgorod frontier.

Derek Oh, who teaches international relations at the University of British Columbia, said the \
figures should be treated with care. When the first reports emerged last fall, Ottawa had no \
independent information, he noted, and officials relied on Seoul at the time. In his view, \
"[[a few thousand]] are probably still in combat roles today, rotating in and out."

Canada has trained more than 45,000 Ukrainian soldiers since 2015 under Operation Unifier and has \
committed over $19.5 billion in assistance to Ukraine since February 2022.

(c) 2025 The Maple Wire
""",
    claims=(
        C("thousands", None, "vague", "in_russia", "other", "thu",
          "the Canadian government (a third government: other) 'said Thursday' at the end of "
          "the lead: deployed to fight for Russia"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "Global Affairs 'cited South Korean estimates' (X citing Y: Seoul's figure, the "
          "statement's day): sent"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "same statement, 'of them' (a breakdown): killed"),
        C("several hundred", None, "vague", "near_front", "russia", "thu",
          "Russian Embassy in Ottawa 'on its Telegram channel Thursday', in quotes: in Kursk"),
        C("at least 6,000", 6000, "at_least", "planned", "ukraine", "wed",
          "Ukraine's ambassador 'In an interview Wednesday', in quotes: 'more' being readied "
          "(increment)", add=True),
        C("between 11,000 and 12,000", None, "range", "in_russia", "united_states",
          "2025-08-01..2025-08-31", "State Department 'report to Congress last month': still in "
          "Russia"),
        C("a few thousand", None, "vague", "near_front", "other", "pub",
          "UBC political scientist 'In his view' (no date; 'at the time' refers to last fall): "
          "in combat roles"),
    ),
)

J12 = Source(
    article_id="j12_finnish_broadcaster_border_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Nordradio News in English",
        "https://nordradio.example/news/in-english/north-korean-troops-russia-border-finland-"
        "review",
        "Finnish intelligence: North Korea keeps 10,000 troops in Russia's border regions",
    ),
    features="Finnish public broadcaster's English service in Markdown (sidecar, Thursday), "
        "front matter without a date; headline `10,000` from the Finnish defence intelligence "
        "review 'published on Tuesday' (a third government: other), 'the review says' in the "
        "present; 'Of those, up to 5,000' (breakdown); the NIS 'on November 4' `another "
        "5,000` (increment, span without the word); a NATO official 'last week' on condition "
        "of anonymity; Russia's defence minister 'in October' `hundreds` of sappers (russia); "
        "KCNA 'In late October' `more than 100` killed (north_korea); "
        "Budanov 'in September' in quotes; Russian troops on the Finnish border (`10,000`, not "
        "a claim), border length, reservists, euros, pages",
    text="""\
---
title: "Finnish intelligence: North Korea keeps 10,000 troops in Russia's border regions"
section: News in English
tags: [defence, Russia, North Korea]
---

# Finnish intelligence: North Korea keeps [[10,000]] troops in Russia's border regions

North Korea still has [[some 10,000]] soldiers in Russia's regions bordering Ukraine, according to \
the Finnish Defence Intelligence Agency's annual review, published on Tuesday. Of those, \
[[up to 5,000]] are engineers and construction troops working in the Kursk region, the 48-page \
review says.

The agency, which rarely comments on operations outside Finland's neighbourhood, said the North \
Korean presence had partly made up for Russian units withdrawn from the north-west. Russia had \
about 30,000 troops stationed near the 1,340-kilometre Finnish border before the full-scale \
invasion of Ukraine, and is now estimated to have fewer than 10,000 there.

Seoul has reported new arrivals. South Korea's National Intelligence Service told lawmakers on \
November 4 that Pyongyang had sent another [[5,000]] military construction troops to Russia since \
September.

A NATO official, speaking to reporters in Brussels last week on condition of anonymity, said \
[[more than 2,000]] North Korean soldiers had died since their deployment began in the autumn \
of 2024.

Moscow, for its part, has praised its ally. Russian Defence Minister Andrei Belousov said in \
October, after a visit to Pyongyang, that [[hundreds]] of North Korean sappers were clearing mines \
in the Kursk border area "at the risk of their lives". In late October, North Korea's state news \
agency KCNA reported that Kim Jong Un had awarded posthumous hero titles to [[more than 100]] \
soldiers killed in Kursk.

Ukraine's military intelligence chief Kyrylo Budanov told the Kyiv press in September: "There are \
still [[around 11,000]] of them in Russia, and nobody is sending them home."

Finland has a wartime strength of 280,000 troops and a trained reserve of some 870,000. The \
government plans to raise defence spending to 3 percent of GDP by 2029, or about 9 billion euros a \
year.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "other", "tue..pub",
          "headline 'Finnish intelligence:' (a third government: other), the review of Tuesday to "
          "publication: in the border regions"),
        C("some 10,000", 10000, "approx", "near_front", "other", "tue",
          "'according to' the review 'published on Tuesday': in the regions bordering Ukraine"),
        C("up to 5,000", 5000, "at_most", "near_front", "other", "tue",
          "'Of those' (a breakdown), 'the review says': working in the Kursk region"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "NIS 'on November 4': 'another' (increment, span without the word) sent", add=True),
        C("more than 2,000", 2000, "at_least", "casualties", "nato", "lastweek",
          "NATO official 'last week', anonymous: killed"),
        C("hundreds", None, "vague", "near_front", "russia", "2025-10-01..2025-10-31",
          "Belousov 'in October': sappers clearing mines in the Kursk border area"),
        C("more than 100", 100, "at_least", "casualties", "north_korea",
          "2025-10-21..2025-10-31", "KCNA 'In late October': posthumous titles for the killed"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "2025-09-01..2025-09-30",
          "Budanov 'in September' in a quote: still in Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    J01, J02, J03, J04, J05, J06,
    J07, J08, J09, J10, J11, J12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
