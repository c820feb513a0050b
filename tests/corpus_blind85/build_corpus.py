"""Build the EIGHTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`.

The eighty-seventh corpus for an honest measurement on articles the extractor has never met,
written in session 12 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Speyer daily,
a Ruppiner Land radio station's web text, a Wipptal weekly (Austrian), a Willisau paper (Swiss),
a dyers' guild magazine and a Halle student paper; a Mount Gambier daily, a community page from
Hoy in Orkney, a South Dakota badlands weekly, a Palanga English-language outlet, a Vava'u
community page and a newsletter from Takoradi on Ghana's western coast. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the
README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind85_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

D01 = Source(
    article_id="d85_01_speyer_morgenpost_ukrainer_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="""\
Speyer daily's politics page in HTML (`article:published_time` with +01:00, an author meta, a \
tracking script with a paragraph count, a cookie notice comparing cookies to flour with the \
buttons 'Meinetwegen' / 'Lieber krümelfrei', local navigation, a reader-service number in the \
footer); `og:title` figure (optional); headline 'Selenskyj:' from the lead, whose claim is dated \
by the next sentence ('So schilderte es … am Montagabend'); the Pentagon spokeswoman 'in der \
vergangenen Woche' (`rund 10.000` in Russia, `Bis zu 8.000 von ihnen` toward Kursk); lawmakers \
relaying the NIS 'am Freitag' ('auf mehr als 10.000 anwachsen': a planned total, not an \
increment); HUR in a relative clause without a date (`knapp 8.000`) and its 'Tausende \
hinzukommen' (vague increment); North Korea's army, Russian losses, refugees in Speyer, \
association members, age, distance, a vigil's time and size, phone numbers""",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreaner an der Front: Speyerer Ukrainer bangen um ihre Angehörigen | Speyerer \
Morgenpost</title>
<meta property="og:title" content="Selenskyj: [[11.000]] Nordkoreaner im Gebiet Kursk">
<meta property="article:published_time" content="2024-11-05T05:40:00+01:00">
<meta name="author" content="Katrin Wetzlar">
<script>window.smpData={artikel:"88213",ressort:"politik",bezahl:false,absaetze:9};</script>
</head>
<body>
<div class="keks-hinweis">Diese Seite nutzt Cookies wie eine Bäckerei das Mehl: reichlich. Sie \
entscheiden, wie viel davon in Ihrem Browser landet. <button>Meinetwegen</button> <button>Lieber \
krümelfrei</button></div>
<nav><a href="/">Start</a> · <a href="/speyer">Speyer</a> · <a \
href="/rhein-pfalz-kreis">Rhein-Pfalz-Kreis</a> · <a href="/politik">Politik</a> · <a \
href="/sport">Sport</a> · <a href="/trauer">Traueranzeigen</a></nav>
<article>
<p class="dachzeile">Russlands Angriffskrieg</p>
<h1>Selenskyj: [[11.000]] Nordkoreaner stehen im Gebiet Kursk</h1>
<p class="vorspann"><strong>Kiew/Speyer.</strong> Die Streitmacht aus Pjöngjang an der \
russisch-ukrainischen Grenze wächst nach Darstellung Kiews weiter. In Speyer reagieren \
Ukrainerinnen und Ukrainer mit Bestürzung.</p>
<p>Die Ukraine sieht sich an ihrer Nordflanke einem immer größeren Aufgebot aus Nordkorea \
gegenüber. Im Gebiet Kursk seien inzwischen [[11.000]] Soldaten aus dem abgeschotteten Land \
zusammengezogen worden, einige hätten bereits an kleineren Gefechten teilgenommen. So schilderte \
es Präsident Wolodymyr Selenskyj am Montagabend in seiner täglichen Videoansprache. Die Partner \
im Westen sähen zu, „statt zu handeln, solange es noch etwas nützt“, klagte er.</p>
<p>Washington drückt sich vorsichtiger aus. Nach der Darstellung des Pentagons, die dessen \
Sprecherin Sabrina Singh in der vergangenen Woche vortrug, halten sich [[rund 10.000]] \
nordkoreanische Soldaten in Russland auf. [[Bis zu 8.000]] von ihnen seien in Richtung Kursk \
weitergezogen, Kampfhandlungen habe man damals aber noch nicht beobachtet.</p>
<h2>Seoul erwartet Nachschub</h2>
<p>Auch Südkorea glaubt nicht, dass es dabei bleibt. Abgeordnete des Geheimdienstausschusses \
gaben am Freitag eine Einschätzung des Nachrichtendienstes NIS wieder, wonach Pjöngjang das \
Kontingent bis Dezember auf [[mehr als 10.000]] Mann anwachsen lassen könnte. Der ukrainische \
Militärgeheimdienst HUR, der [[knapp 8.000]] Nordkoreaner in der Grenzregion zählt, erwartet \
sogar, dass in den kommenden Wochen noch [[Tausende]] hinzukommen.</p>
<p>Pjöngjangs Streitkräfte umfassen Schätzungen zufolge an die 1,2 Millionen Mann unter Waffen. \
Ukrainische Stellen melden zugleich, seit Beginn ihres Vorstoßes im August seien in der Region \
mehr als 20.000 russische Soldaten getötet oder verwundet worden; unabhängig überprüfen lässt \
sich das nicht.</p>
<h2>Mahnwache auf dem Postplatz</h2>
<p>In Speyer verfolgt Olena Hrytsenko die Meldungen mit wachsender Unruhe. Die 41-Jährige leitet \
den Verein „Ukrainische Brücke“, der nach eigenen Angaben 230 Mitglieder hat. Ihr Bruder dient in \
einer Einheit im Gebiet Sumy, etwa 30 Kilometer von der russischen Grenze entfernt. „Jeder \
Nordkoreaner, der dort ankommt, kann auf ihn schießen“, sagt sie.</p>
<p>Rund 1.100 Geflüchtete aus der Ukraine leben derzeit in der Stadt, teilte die Verwaltung auf \
Anfrage mit. Der Verein lädt für Samstag, 17 Uhr, zu einer Mahnwache auf dem Postplatz ein; \
erwartet werden etwa 150 Menschen. Spenden für Stromaggregate nimmt er unter 06232 918 44 \
entgegen.</p>
</article>
<footer>© Speyerer Morgenpost 2024 · <a href="/impressum">Impressum</a> · <a href="/agb">AGB</a> \
· Leserservice 06232 918 0</footer>
<script>smpTrack("88213",{scroll:75,ms:1200});</script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "og:title (metadata) restating Zelensky's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Selenskyj:' from the lead (Monday evening) to publication"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Konjunktiv, dated by the next sentence ('So schilderte es … am Montagabend'): "
          "gathered in the Kursk region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "Pentagon spokeswoman 'in der vergangenen Woche': in Russia"),
        C("Bis zu 8.000", 8000, "at_most", "near_front", "united_states", "lastweek",
          "same briefing, 'von ihnen' (a breakdown): moved on toward Kursk"),
        C("mehr als 10.000", 10000, "at_least", "planned", "south_korea", "fri",
          "lawmakers relaying the NIS 'am Freitag': could grow to (a planned total)"),
        C("knapp 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "HUR in a relative clause ('der … zählt'), no date: in the border region"),
        C("Tausende", None, "vague", "planned", "ukraine", "pub",
          "HUR 'erwartet', no date: 'noch … hinzukommen' (increment)", add=True),
    ),
)

D02 = Source(
    article_id="d85_02_ruppiner_radio_verluste_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Ruppin 97,4",
        "https://www.radio-ruppin.example/nachrichten/welt/pentagon-mehrere-hundert-nordkoreaner-"
        "getoetet-oder-verletzt-7731",
        "Pentagon: Mehrere hundert Nordkoreaner getötet oder verletzt",
    ),
    features="""\
Ruppiner Land radio station's web text, UTF-16 LE with BOM and CRLF, dated by the sidecar only \
(Wednesday), a place line 'Neuruppin/Kiew.'; headline „Mehrere hundert“ from the Pentagon \
spokesman 'am Dienstag' (Tuesday to publication); lead figure dated by the next sentence; HUR 'am \
Wochenende' `mindestens 30`; the NIS 'Am Mittwochvormittag' (the publication day) via a lawmaker: \
`rund 100` dead and `etwa 1.000 weitere` wounded (others in the same count, not an increment), \
the total `ungefähr 11.000` carried by Konjunktiv; a Potsdam military historian's range 'noch \
einmal' (increment, `pub`); British estimate of Russian losses a day, lecture date, time and fee, \
FM frequency""",
    text="""\
Pentagon: „[[Mehrere hundert]]“ Nordkoreaner getötet oder verletzt

Neuruppin/Kiew. Der Einsatz nordkoreanischer Soldaten auf russischer Seite fordert offenbar die \
ersten hohen Verluste. Nach Erkenntnissen der US-Regierung wurden bei Kämpfen im Gebiet Kursk \
„[[mehrere hundert]]“ Nordkoreaner getötet oder verletzt. Das sagte Pentagon-Sprecher Pat Ryder \
am Dienstag in Washington, ohne die Angabe näher aufzuschlüsseln. Die Spanne reiche von leichten \
Verwundungen bis zu Gefallenen, fügte er hinzu.

Genauer wird der ukrainische Militärgeheimdienst HUR. Er hatte am Wochenende mitgeteilt, allein \
bei Gefechten um drei Dörfer im Kreis Korenewo seien [[mindestens 30]] nordkoreanische Soldaten \
getötet oder verwundet worden. Die Einheiten griffen nach Darstellung der Behörde in dichten \
Gruppen und ohne Deckung an, die Verluste würden von ihren russischen Vorgesetzten offenbar in \
Kauf genommen.

Am Mittwochvormittag legte dann Südkoreas Geheimdienst NIS nach. Nach seinen Erkenntnissen seien \
bislang [[rund 100]] Nordkoreaner gefallen, [[etwa 1.000]] weitere seien verletzt worden, \
berichtete der Abgeordnete Lee Seong-kweun nach einer nicht öffentlichen Sitzung in Seoul. \
Insgesamt hielten sich [[ungefähr 11.000]] Soldaten aus dem Norden in Russland auf; ein Teil von \
ihnen kämpfe inzwischen in vorderster Linie. Russland verschleiere ihre Anwesenheit, indem es die \
Männer als Angehörige sibirischer Völker ausgebe.

Der Potsdamer Militärhistoriker Frank Seidel, der regelmäßig an der Volkshochschule in Neuruppin \
vorträgt, hält die Zahlen für glaubwürdig. „Moskau verheizt diese Männer, wie es im Frühjahr die \
eigenen Strafbataillone verheizt hat“, sagte Seidel unserem Sender. Er rechne damit, dass Kim \
Jong Un bis zum Frühjahr noch einmal [[5.000 bis 10.000]] Soldaten schickt, um die Lücken zu \
füllen.

Auch die russischen Verluste bleiben nach Einschätzung westlicher Dienste enorm. Das britische \
Verteidigungsministerium schätzt sie für den November auf durchschnittlich mehr als 1.500 Tote \
und Verwundete pro Tag.

Seidel spricht am 9. Januar um 19 Uhr in der Volkshochschule Neuruppin über „Kims Soldaten in \
Putins Krieg“, der Eintritt kostet 6 Euro. Radio Ruppin ist im Ruppiner Land auf UKW 97,4 zu \
hören, Nachrichten gibt es jede volle Stunde.
""",
    claims=(
        C("Mehrere hundert", None, "vague", "casualties", "united_states", "tue..pub",
          "headline: the Pentagon's Tuesday figure of the lead, to publication"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "tue",
          "'Nach Erkenntnissen der US-Regierung', dated by the next sentence (Ryder 'am "
          "Dienstag'): killed or wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'am Wochenende': killed or wounded around three villages"),
        C("rund 100", 100, "approx", "casualties", "south_korea", "wed",
          "NIS via a lawmaker 'Am Mittwochvormittag' (the publication day): dead"),
        C("etwa 1.000", 1000, "approx", "casualties", "south_korea", "wed",
          "same sentence: 'weitere' are the others in the same count (wounded), no increment"),
        C("ungefähr 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "same briefing, Konjunktiv 'Insgesamt hielten sich … auf': in Russia"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "pub",
          "Potsdam historian to the station, no date: 'noch einmal' (increment)", add=True),
    ),
)

D03 = Source(
    article_id="d85_03_wipptaler_bote_rueckzug_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-19"),
    dated_by="front_matter",
    features="""\
Wipptal weekly's world-and-region page in Markdown, UTF-8 with BOM, front matter with `date:` \
(Wednesday) and German keys, a title without a figure; Austrian 'Jänner', 'Feber', 'heuer'; a \
bold deck without a figure; the SSO spokesman 'am Montag' without a figure; the JCS 'Mitte Feber' \
(window to publication); the NIS 'im Jänner' (`etwa 300` dead, `2.700` wounded: month window); \
Zelensky 'Anfang Feber' with 'darunter fast 1.000' (breakdown of the casualties); HUR 'Laut' \
without a date; the paper's own recap of the autumn deployment (unattributed, optional); a \
retired Bundesheer officer from Gries 'heuer noch einmal' (range increment, `pub`); Brenner lorry \
counts, inhabitants, distance, snow depth, age""",
    text="""\
---
titel: "Kims Soldaten verschwinden von der Front"
date: 2025-02-19
ressort: Welt & Region
autorin: Theresa Mair
---

# Kims Soldaten verschwinden von der Front

**Seit Ende Jänner werden im russischen Gebiet Kursk kaum noch nordkoreanische Einheiten \
gesichtet. Ein endgültiger Rückzug ist das nach Ansicht von Fachleuten nicht.**

*Steinach am Brenner.* Wochenlang standen sie im Mittelpunkt der Berichte aus dem Kursker \
Frontbogen, nun sind die Soldaten aus Pjöngjang dort kaum noch anzutreffen. Ein Sprecher der \
ukrainischen Spezialeinsatzkräfte sagte am Montag, die Nordkoreaner seien nach schweren Verlusten \
aus den vordersten Stellungen abgezogen worden. Seit etwa drei Wochen habe man sie nicht mehr im \
Gefecht beobachtet.

Wie schwer diese Verluste wiegen, darüber gehen die Angaben auseinander. Südkoreas Generalstab \
bezifferte sie Mitte Feber auf [[rund 4.000]] Tote und Verwundete. Im Jänner war man in Seoul \
noch von [[etwa 300]] Gefallenen ausgegangen, die Zahl der Verletzten hatte der Geheimdienst \
damals auf [[2.700]] geschätzt.

Präsident Wolodymyr Selenskyj nannte Anfang Feber in einem Fernsehinterview eine ähnliche \
Größenordnung: Von den Nordkoreanern seien [[knapp 4.000]] getötet oder verwundet worden, \
darunter [[fast 1.000]] Tote.

Laut dem ukrainischen Militärgeheimdienst halten sich im Gebiet Kursk derzeit dennoch [[etwa \
8.000]] Nordkoreaner auf. Sie würden abseits der Kampflinie neu geschult, insbesondere für den \
Drohnenkampf. [[Rund 11.000]] Mann hatte Machthaber Kim Jong Un im vergangenen Herbst nach \
Russland in Marsch gesetzt.

## „Die kommen wieder“

Hans-Peter Gratl aus Gries am Brenner hat 35 Jahre beim Bundesheer gedient, zuletzt als Oberst im \
Militärkommando Tirol. „Die kommen wieder, und zwar besser vorbereitet“, sagt der 67-Jährige. Er \
geht davon aus, dass Kim heuer ein weiteres Mal [[10.000 bis 15.000]] Mann entsendet. „Für Kim \
ist das ein Geschäft. Jeder Mann bringt Devisen und Kampferfahrung, die er im eigenen Land nie \
bekommen könnte.“

Dass der Krieg so nah ist, merke man im Wipptal kaum, meint Gratl. Über den Brenner rollten im \
Vorjahr rund 2,4 Millionen Lastwagen, nach Innsbruck sind es von Gries aus 25 Kilometer, und die \
Gemeinde mit ihren knapp 1.300 Einwohnern hat andere Sorgen: Am Wochenende fielen bis zu 40 \
Zentimeter Neuschnee.
""",
    claims=(
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-11..pub",
          "JCS 'Mitte Feber' (days 11-20, cut at publication): dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "Seoul 'Im Jänner' (month window): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "the intelligence service 'damals' (January): wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber' in a TV interview: killed or wounded"),
        C("fast 1.000", 1000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "same interview, 'darunter' (a breakdown): dead"),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Laut', present tense, no date: in the Kursk region"),
        C("Rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the paper's own recap of the autumn deployment, no source", opt=True),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "retired Bundesheer officer 'geht davon aus', no date ('heuer' is the event): 'noch "
          "einmal' (increment)", add=True),
    ),
)

D04 = Source(
    article_id="d85_04_willisauer_bote_eingestaendnis_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Willisauer Bote",
        "https://www.willisauer-bote.example/ausland/moskau-und-pjoengjang-geben-den-einsatz-zu",
        "Moskau und Pjöngjang geben den Einsatz zu",
    ),
    features="""\
Willisau paper's foreign page in Markdown, windows-1252 with CRLF, front matter without a date \
(sidecar, Tuesday); Swiss conventions: `ss`, «», `15'000`, `14'000`, `76'000`, 4-digit `4700`; a \
byline; Gerasimov 'Am Samstag' and KCNA 'Am Montag' without a figure; bold deck 'Seoul beziffert' \
from the JCS assessment 'am Montag' (Monday to publication); 'Demnach' carries the Monday date to \
`rund 15'000`, `etwa 4700` and 'gegen 600 von ihnen tödlich' (breakdown); the State Department \
«über 14'000» 'in einer Stellungnahme vom Montag'; Ukraine's military intelligence without a date \
«mehrere tausend»; a former Swiss development official from Willisau 'nochmals einige tausend' \
(vague increment, `pub`); Russian claims of Ukrainian losses, staff, population, francs, years, \
age""",
    text="""\
---
title: "Moskau und Pjöngjang geben den Einsatz zu"
rubrik: Ausland
---

# Moskau und Pjöngjang geben den Einsatz zu

**Monatelang haben Russland und Nordkorea geschwiegen, nun sprechen sie offen von \
«Waffenbrüderschaft». Seoul beziffert den Preis dafür auf [[rund 4700]] Tote und Verletzte.**

*Von Beat Estermann*

Am Samstag trat Waleri Gerassimow vor die Kameras. Der russische Generalstabschef dankte den \
«koreanischen Kameraden» für ihre Hilfe bei der Rückeroberung des Gebiets Kursk, eine Zahl nannte \
er nicht. Zwei Tage danach folgte Nordkorea: Laut der amtlichen Nachrichtenagentur KCNA hat Kim \
Jong Un den Marschbefehl selbst erteilt, unter Berufung auf den Beistandspakt mit Moskau.

Wie viele Nordkoreaner dafür bezahlt haben, bleibt umstritten. Der Generalstab in Seoul \
veröffentlichte am Montag eine neue Einschätzung. Demnach wurden von [[rund 15'000]] entsandten \
Soldaten [[etwa 4700]] getötet oder verletzt, [[gegen 600]] von ihnen tödlich. Nach russischer \
Darstellung verlor die Ukraine bei den Kämpfen um Kursk dagegen über 76'000 Mann.

Das amerikanische Aussenministerium sprach in einer Stellungnahme vom Montag von «[[über \
14'000]]» Nordkoreanern, die seit dem Herbst nach Russland geschickt worden seien. In Kiew \
reagierte man demonstrativ gelassen: Das Eingeständnis bestätige nur, was man seit Monaten wisse, \
erklärte das ukrainische Aussenministerium. Nach Schätzung des Militärgeheimdienstes stünden \
weiterhin «[[mehrere tausend]]» Nordkoreaner in den Gebieten Kursk und Belgorod.

## Ein Willisauer in Pjöngjang

Einer, der das Land von innen kennt, ist Urs Bucher. Der in Willisau aufgewachsene Agronom führte \
von 2014 bis 2019 in Pjöngjang das Kooperationsbüro der Deza, das zuletzt 14 lokale Angestellte \
hatte. Die Schweiz unterstützte dort seit 1995 Projekte für Landwirtschaft und Wasserversorgung, \
jährlich mit einigen Millionen Franken.

«Für das Regime ist dieser Krieg Einnahmequelle und Übungsplatz zugleich», sagt der 63-Jährige, \
der heute wieder im Luzerner Hinterland lebt. Die Soldaten seien jung, oft kaum zwanzig, und \
hätten noch nie ein anderes Land gesehen. Er wäre nicht überrascht, wenn bis im Sommer nochmals \
[[einige tausend]] Mann folgten. «Kim hat 26 Millionen Menschen und keine Opposition. Ihm gehen \
die Soldaten nicht aus.»

Bucher verfolgt die Nachrichten inzwischen vom Küchentisch aus. Sein Rat an alle, die das Land \
verstehen wollen: «Nicht auf die Paraden schauen, sondern auf die Reisfelder.»
""",
    claims=(
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "mon..pub",
          "bold deck 'Seoul beziffert': the JCS figure of the body (Monday) to publication"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS assessment 'am Montag', carried by 'Demnach': sent"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "same sentence: killed or wounded"),
        C("gegen 600", 600, "approx", "casualties", "south_korea", "mon",
          "'von ihnen tödlich' (a breakdown): dead"),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states", "mon",
          "State Department «…» 'in einer Stellungnahme vom Montag': sent since autumn"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "pub",
          "Ukraine's military intelligence, Konjunktiv, no date: in Kursk and Belgorod"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "former Swiss development official, undated interview: 'nochmals … folgten' "
          "(increment)", add=True),
    ),
)

D05 = Source(
    article_id="d85_05_faerberbrief_tarnstoff",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-06-20"),
    dated_by="dateline",
    features="""\
dyers' and textile cleaners' guild magazine column as plain text, ISO-8859-1 with »« quotes and \
no typographic dashes, issue line and column name, dateline 'Krefeld, 20. Juni 2025 -' (Friday); \
Shoigu ('Chef des Sicherheitsrats', an apposition) 'am Dienstag' in Pyongyang: `1.000` deminers \
and `5.000` construction soldiers (planned, not increments); the NIS's total without a date \
('gibt … an': `pub`); HUR 'am 12. Juni' `über 5.000` casualties; the JCS 'Anfang Juni' `bis zu \
3.000 weitere` (increment); NATO (Rutte) without a date »deutlich über 14.000«; the magazine's \
own sum `rund 24.000` (unattributed, required, planned total); fabric metres, colours ('bis zu \
vier'), uniform sets, member firms, euros per kilo, dye-bath temperature, meeting date and \
time""",
    text="""\
FÄRBERBRIEF
Mitteilungen der Innung für Färberei und Textilreinigung Niederrhein
Ausgabe 6/2025 - Rubrik: Über den Tellerrand

Tarnstoff für Kims Kontingent
Moskau kündigt neue Hilfstruppen aus Nordkorea an. Was das für die Nachfrage nach Uniformstoffen \
bedeuten könnte.

Krefeld, 20. Juni 2025 - Wer in unserer Branche die Weltlage verfolgt, schaut inzwischen auch \
nach Kursk. Denn jeder Soldat, der dort eingesetzt wird, braucht Tarnkleidung, und die wird \
gewebt, gefärbt und bedruckt, meist in China, zunehmend auch in Russland selbst.

Sergei Schoigu, Putins langjähriger Weggefährte und heute Chef des Sicherheitsrats in Moskau, \
reiste am Dienstag abermals nach Pjöngjang. Dort verkündete er, Nordkorea werde [[1.000]] \
Minenräumer sowie [[5.000]] Bausoldaten nach Russland schicken, die beim Wiederaufbau im Gebiet \
Kursk helfen sollen. Untergebracht würden sie in Lagern, die von russischen Firmen eingerichtet \
werden.

Die neuen Kontingente kommen zu den Kampftruppen hinzu, die Pjöngjang seit dem Herbst geschickt \
hat. Deren Zahl gibt der südkoreanische Nachrichtendienst NIS mit [[rund 15.000]] an. Nach einer \
Mitteilung des ukrainischen Militärgeheimdienstes vom 12. Juni sind davon [[über 5.000]] getötet \
oder verwundet worden. Südkoreas Generalstab hatte Anfang Juni zudem gewarnt, Pjöngjang könne \
[[bis zu 3.000]] weitere Infanteristen in Marsch setzen. Die Nato geht nach Worten ihres \
Generalsekretärs Mark Rutte sogar von »[[deutlich über 14.000]]« entsandten Nordkoreanern aus.

Zählt man alles zusammen, kommt der Färberbrief auf [[rund 24.000]] nordkoreanische \
Militärangehörige, die Russland erhalten hat oder noch erhalten soll. Eingekleidet werden müssen \
sie alle.

Für eine Felduniform werden nach Angaben aus dem Handel rund 3,2 Meter Stoff gebraucht, bedruckt \
in bis zu vier Farben. Russlands Armee soll im vergangenen Jahr Stoff für mehr als 2 Millionen \
Garnituren bestellt haben. Für unsere 38 Mitgliedsbetriebe ist das kein Markt, wohl aber ein \
Preisfaktor: Synthetischer Indigo kostet inzwischen rund 14 Euro je Kilogramm, ein Drittel mehr \
als vor zwei Jahren.

»Wer Tarnmuster färbt, braucht Reaktivfarbstoffe, die bei 60 Grad halten«, sagt Obermeister Ralf \
Terhoeven. »Die Kapazitäten dafür sind weltweit knapp, und jede neue Armee am Markt spüren wir \
beim Einkauf.«

Die Jahreshauptversammlung der Innung findet am 12. Juli um 10 Uhr im Seidenweberhaus statt.
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang: would send deminers"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: construction soldiers"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "NIS 'gibt … an' (present tense, no date): combat troops sent since autumn"),
        C("über 5.000", 5000, "at_least", "casualties", "ukraine", "2025-06-12",
          "HUR 'Nach einer Mitteilung … vom 12. Juni': killed or wounded"),
        C("bis zu 3.000", 3000, "at_most", "planned", "south_korea", "2025-06-01..2025-06-10",
          "JCS 'Anfang Juni': could send 'weitere' (increment)", add=True),
        C("deutlich über 14.000", 14000, "at_least", "in_russia", "nato", "pub",
          "NATO 'nach Worten ihres Generalsekretärs' »…«, no date: sent"),
        C("rund 24.000", 24000, "approx", "planned", "unattributed", "pub",
          "the magazine's own sum: received or still to receive (a total intended)"),
    ),
)

D06 = Source(
    article_id="d85_06_saalebrief_campus_verluste_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-10"),
    dated_by="sidecar",
    sidecar=(
        "Saalebrief",
        "https://www.saalebrief.example/welt/seoul-2000-nordkoreanische-soldaten-gefallen",
        "Seoul: 2.000 Soldaten aus Nordkorea im Krieg gegen die Ukraine getötet",
    ),
    features="""\
Halle student paper's web page in HTML, ISO-8859-1 with quotes, dashes and the euro only as \
entities (`&bdquo;`, `&ldquo;`, `&ndash;`, `&euro;`, `&middot;`, `&nbsp;`), no meta date \
(sidecar, Wednesday), a cookie notice in the familiar form ('Na gut' / 'Ohne mich'), campus \
navigation, a print-run and an issue number; `<title>` figure (optional); headline 'Seoul:' from \
the NIS briefing 'am vergangenen Donnerstag' (Thursday to publication); `etwa 15.000` sent and \
`rund 2.000` dead; `rund 6.000 zusätzliche` carried by 'hieß es' (increment); Zelensky 'Ende \
August' „Zehntausenden“ (vague increment); state TV 'im August' „Dutzenden“ coffins \
(north_korea); a Halle Korea scholar's range (other, `pub`); lecture time, room and fee, free \
seats, students, postcode""",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>[[2.000]] Tote: Was Kims Krieg in Russland kostet &ndash; Saalebrief</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/saalebrief.css?v=31">
</head>
<body>
<div id="kekse">Wir backen keine Kekse, wir setzen sie nur. Ein Klick, und unser Zähler weiß, \
dass du da warst &ndash; mehr nicht. <button>Na gut</button> <button>Ohne mich</button></div>
<nav><a href="/">Saalebrief</a> &middot; <a href="/campus">Campus</a> &middot; <a \
href="/stadt">Stadt</a> &middot; <a href="/welt">Welt</a> &middot; <a href="/kultur">Kultur</a> \
&middot; <a href="/mensa">Mensaplan</a></nav>
<main>
<article>
<h1>Seoul: [[2.000]] Soldaten aus Nordkorea im Krieg gegen die Ukraine getötet</h1>
<p class="unterzeile">Eine Koreanistin der MLU hält die Zahl für zu niedrig &ndash; und spricht \
am Donnerstag im Melanchthonianum.</p>
<p class="autor">Von Lena Brückner &middot; Ressort Welt</p>
<p>Südkorea hat seine Schätzung der Toten deutlich nach oben korrigiert. Wie Abgeordnete nach \
einer Unterrichtung durch den Geheimdienst NIS am vergangenen Donnerstag berichteten, sind von \
den [[etwa 15.000]] nach Russland entsandten Nordkoreanern inzwischen [[rund 2.000]] ums Leben \
gekommen.</p>
<p>Zudem habe Pjöngjang [[rund 6.000]] zusätzliche Soldaten, vor allem Pioniere und Bautrupps, \
nach Russland verlegt, hieß es. Die Männer räumten dort Minen und setzten zerstörte Straßen und \
Brücken instand.</p>
<p>Aus Kiew kommen noch drastischere Warnungen. Präsident Wolodymyr Selenskyj sprach Ende August \
von &bdquo;[[Zehntausenden]]&ldquo;, die Kim Jong Un noch schicken könne, wenn der Westen nicht \
gegensteuere. Nordkorea selbst räumt Verluste inzwischen indirekt ein: Das Staatsfernsehen zeigte \
im August Bilder, auf denen Kim vor [[Dutzenden]] mit Flaggen bedeckten Särgen steht.</p>
<h2>&bdquo;Die Dunkelziffer ist hoch&ldquo;</h2>
<p>Die Koreanistin Dr. Eun-ji Baek vom Seminar für Ostasienwissenschaften hält die Angaben aus \
Seoul für eine Untergrenze. &bdquo;Realistisch sind eher [[2.500 bis 3.000]] Gefallene&ldquo;, \
sagt sie im Gespräch mit dem Saalebrief. Verwundete würden oft gar nicht erfasst, weil Pjöngjang \
sie still nach Hause hole.</p>
<p>Baek spricht am Donnerstag um 18.15 Uhr im Hörsaal XX des Melanchthonianums über &bdquo;Kims \
Krieg in Europa&ldquo;. Für Studierende ist der Eintritt frei, Gäste zahlen 3&nbsp;&euro;. Rund \
40 Plätze sind noch zu haben, Anmeldung über den Stura.</p>
<p>An der Martin-Luther-Universität sind derzeit knapp 20.000 Studierende eingeschrieben, \
darunter nach Angaben des International Office 86 aus Südkorea.</p>
</article>
</main>
<footer>Saalebrief &ndash; unabhängige Studierendenzeitung in Halle (Saale) &middot; Auflage \
4.000 &middot; Universitätsring 5, 06108 Halle &middot; <a \
href="/impressum">Impressum</a></footer>
<script>var sb={ausgabe:127,seite:3};</script>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the NIS figure", opt=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:' from the lead's briefing (last Thursday) to publication"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "thu",
          "lawmakers after the NIS briefing 'am vergangenen Donnerstag': sent"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "same sentence: died"),
        C("rund 6.000", 6000, "approx", "in_russia", "south_korea", "thu",
          "'hieß es' carries the briefing: 'zusätzliche' moved to Russia (increment)",
          add=True),
        C("Zehntausenden", None, "vague", "planned", "ukraine", "2025-08-21..2025-08-31",
          "Zelensky 'Ende August' „…“: could still send (increment)", add=True),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state TV 'im August': coffins of the fallen"),
        C("2.500 bis 3.000", None, "range", "casualties", "other", "pub",
          "Halle Korea scholar to the paper, present tense, no date: dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, UK, US, Lithuania, Tonga, Ghana)
# ---------------------------------------------------------------------------------------------

D07 = Source(
    article_id="d85_07_border_standard_meatworks_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-10-24"),
    dated_by="html_meta",
    features="""\
Mount Gambier daily's world page in HTML, windows-1252 (typographic quotes and dashes raw), \
`article:published_time` with +10:30 (Adelaide daylight time), a byline date 'Thursday, 24 \
October 2024', an ad script with slot sizes, a cookie strip about postcodes and crosswords \
('Carry on' / 'Show me the fine print'), local navigation, a street address and phone number in \
the footer; `<title>` figure (optional); headline 'Seoul expects … by December' from the NIS \
briefing on Wednesday (window to publication); the White House 'on Wednesday' (US time, the day \
before publication) `at least 3,000`; lawmakers briefed by the NIS on Wednesday (`3,000` already \
there, `10,000` by December: planned); 'The agency had first spoken of' `1,500` 'last Friday'; \
Budanov 'in a television interview broadcast on Monday' (“about 12,000” readied, the first \
`2,600` expected: planned); Peskov without a figure; plant staff, working holiday makers, age, \
months of service, Australian aid, vehicles, distance, census count""",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>US confirms [[3,000]] North Korean troops in Russia | The Border Standard</title>
<meta property="article:published_time" content="2024-10-24T07:15:00+10:30">
<meta property="og:site_name" content="The Border Standard">
<script>var bsAds={slots:["mrec-300x250","leader-728x90"],zone:"world",story:40917};</script>
</head>
<body>
<div class="cookie-strip">We keep a few cookies so the site remembers your postcode and how far \
you got with the crossword. Nothing more sinister than that. <button>Carry on</button> \
<button>Show me the fine print</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/rural">Rural</a> | <a \
href="/footy">Footy</a> | <a href="/world">World</a> | <a \
href="/classifieds">Classifieds</a></nav>
<article>
<h1>Washington confirms North Korean troops in Russia; Seoul expects [[10,000]] by December</h1>
<p class="byline">By Mitchell Rowe | Thursday, 24 October 2024</p>
<p>North Korea has sent [[at least 3,000]] soldiers to Russia, the White House said on Wednesday, \
making Washington the latest government to back reports that Pyongyang is preparing to join the \
war against Ukraine.</p>
<p>National Security Council spokesman John Kirby said the men had been ferried to Vladivostok \
from ports on the North’s eastern shore during the first half of October and were then moved on \
to several training grounds in Russia’s Far East. What they would do next was unclear, he said, \
but “we’re deeply concerned”.</p>
<p>Seoul’s count is the same for now but is expected to climb. Members of the parliamentary \
intelligence committee, briefed behind closed doors on Wednesday by the National Intelligence \
Service, said the agency knew of [[3,000]] soldiers already in Russia and expected that number to \
reach [[10,000]] by December. The agency had first spoken of [[1,500]] special forces troops \
moved to Vladivostok last Friday.</p>
<p>Ukraine believes the build-up is further along. Kyrylo Budanov, head of its military \
intelligence, said in a television interview broadcast on Monday that Pyongyang had readied \
“[[about 12,000]]” men, with the first [[2,600]] of them expected in the Kursk border region \
within days. Kremlin spokesman Dmitry Peskov on Wednesday dismissed the reports as “another \
fake”.</p>
<h2>‘We did our service too’</h2>
<p>At the meatworks west of town, where the news was the talk of the lunchroom, the reaction was \
quieter. The plant employs about 1,200 people, among them 85 South Korean working holiday makers \
on the boning floor.</p>
<p>“Every man in my family did 18 months in the army,” said Kim Do-hyun, 26, from Daegu, who has \
worked night shifts here since March. “Now the boys from the North are sent to a war that is not \
theirs. My mother rang me twice last night.”</p>
<p>Foreign Minister Penny Wong said Australia “strongly condemns” any transfer of troops and \
would work with South Korea and Japan on a response. Canberra has committed more than $1.3 \
billion to Ukraine since 2022, including 120 Bushmaster vehicles.</p>
<p>Mount Gambier is about 450 km from Adelaide; the Limestone Coast’s Korean-born community \
numbered roughly 300 at the 2021 census.</p>
</article>
<footer>© 2024 The Border Standard · 14 Commercial Street East, Mount Gambier SA 5290 · (08) 8725 \
0000</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "<title> (metadata) restating the White House figure", opt=True),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed..pub",
          "headline 'Seoul expects … by December': the NIS briefing (Wednesday) to publication"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House 'on Wednesday' (US time, the day before publication): sent"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS 'on Wednesday': already in Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same briefing: expected by December (a planned total)"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "fri",
          "'The agency had first spoken of' … 'last Friday' (Friday before a Thursday): moved "
          "to Vladivostok"),
        C("about 12,000", 12000, "approx", "planned", "ukraine", "mon",
          "Budanov in an interview 'broadcast on Monday' “…”: readied (ready to join)"),
        C("2,600", 2600, "exact", "planned", "ukraine", "mon",
          "same interview: 'expected in the Kursk border region within days'"),
    ),
)

D08 = Source(
    article_id="d85_08_hoy_head_prisoners_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-15"),
    dated_by="front_matter",
    features="""\
community page from Hoy (Orkney) in Markdown, front matter with `date:` (Wednesday) and a title \
figure, the number word `two` (optional); a monthly world column; Zelensky 'on Saturday' `two` \
captured (casualties); 'Earlier this month he told viewers' `roughly 3,800` (1st to publication); \
Seoul's spy service 'on Monday' `about 300` dead and `2,700` wounded (not an increment); \
Britain's Defence Intelligence 'on Sunday' (a third government: other); NATO's Rutte 'has said \
repeatedly' (no date: `pub`); HUR without a date; wartime servicemen at Lyness, residents, a \
Korean War veteran's age and years, British dead in Korea, museum date and fee, ferry runs, phone \
number""",
    text="""\
---
title: "Kyiv holds [[two]] North Korean prisoners"
date: 2025-01-15
section: Beyond the Sound
author: Morag Flett
---

# From the war: Kyiv shows its North Korean captives

*Our monthly look at the world beyond Scapa Flow*

For the first time since North Korean soldiers appeared on the Russian side of the line, Ukraine \
has taken some of them alive. On Saturday Volodymyr Zelensky said Ukrainian troops were holding \
[[two]] wounded North Koreans taken in the Kursk region, and his office released photographs of \
the men, one with his jaw bandaged.

The pair were flown to Kyiv and questioned by the security service, the SBU, with interpreters \
lent by South Korea. One of them reportedly told his interrogators he had thought he was being \
sent on a training exercise.

Mr Zelensky has also been keeping a grim tally. Earlier this month he told viewers of his evening \
address that [[roughly 3,800]] North Koreans had been killed or wounded since they entered the \
fighting, a figure none of Ukraine's allies have confirmed.

Seoul's spy service, which also confirmed the capture, gave its own estimate on Monday: [[about \
300]] North Korean dead and [[2,700]] wounded. Lawmakers who heard the briefing said prisoners \
had described orders to kill themselves rather than be taken.

Britain's Defence Intelligence, in its update on Sunday, judged that [[more than 1,000]] North \
Korean troops had been lost in a single week of fighting in December. Ukraine's military \
intelligence says [[about 8,000]] of them are still in the Kursk area. NATO's secretary general, \
Mark Rutte, has said repeatedly that [[more than 10,000]] of Kim Jong Un's soldiers are now in \
Russia, and that Moscow pays for them with missile and space technology.

## An island with war memories of its own

Hoy knows something about far-off wars. The naval base at Lyness once housed more than 12,000 \
servicemen and women; today the island has around 400 residents.

Jim Sinclair, 94, of Longhope, is thought to be Orkney's last surviving veteran of the Korean \
War. He landed at Pusan in 1951 and spent 14 months in the line. "We were boys of 20 and nobody \
told us much either," he said when we showed him the pictures from Kyiv. "I feel sorry for those \
two lads." More than 1,000 British servicemen died in Korea.

The Scapa Flow museum reopens for the season on 1 March; entry is £6. The Houton ferry runs six \
times a day in winter. News for this page: 01856 791 000.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "front-matter title (metadata) restating Zelensky's Saturday figure", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'announced on Saturday': captured"),
        C("roughly 3,800", 3800, "approx", "casualties", "ukraine", "2025-01-01..pub",
          "'Earlier this month he told viewers' (1st to publication): killed or wounded"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "Seoul's spy service 'on Monday': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same estimate: wounded (not an increment)"),
        C("more than 1,000", 1000, "at_least", "casualties", "other", "sun",
          "Britain's Defence Intelligence (a third government) 'on Sunday': lost in one week"),
        C("about 8,000", 8000, "approx", "near_front", "ukraine", "pub",
          "Ukraine's military intelligence 'says', no date: still in the Kursk area"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "pub",
          "Rutte 'has said repeatedly', no date: in Russia"),
    ),
)

D09 = Source(
    article_id="d85_09_badlands_bugle_second_wave",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-12"),
    dated_by="sidecar",
    sidecar=(
        "The Badlands Bugle",
        "https://www.badlandsbugle.example/world/kim-sends-more-men-to-russia",
        "Kim sends more men to Russia; Seoul counts 3,000 new arrivals",
    ),
    features="""\
South Dakota badlands weekly's world-in-brief column as plain text (sidecar, Wednesday), masthead \
and staff byline; headline 'Seoul counts 3,000 new arrivals' (increment) from the NIS 'late last \
month' (window to publication); 'roughly 3,000 additional' and the new total `about 14,000` 'by \
the agency's reckoning'; Syrskyi 'said Monday' `some 1,500`; the JCS 'said Tuesday' `several \
thousand` again in Kursk; a senior U.S. defense official 'last Thursday' (the Thursday before a \
Wednesday); a state university professor `up to 10,000 more` (increment, `pub`); a Korean War \
veteran's age and division, Americans killed in Korea, B-1 bombers, airmen at Ellsworth, miles, \
cattle prices, acres""",
    text="""\
THE BADLANDS BUGLE
Serving Interior, Kadoka, Wall and the Cheyenne River country

WORLD IN BRIEF

Kim sends more men to Russia; Seoul counts [[3,000]] new arrivals

By Ruth Ann Kjerstad
Bugle staff

North Korea has shipped another wave of soldiers to Russia, South Korea says, and they are back \
in the fight after a lull of several weeks.

The National Intelligence Service in Seoul reported late last month that [[roughly 3,000]] \
additional troops left North Korea in January and February, most of them by air and by rail. \
That, by the agency's reckoning, brings the number Pyongyang has committed to Russia's war to \
[[about 14,000]].

The new men appear to have gone straight to the front. Ukraine's top commander, Gen. Oleksandr \
Syrskyi, said Monday that North Korean units were again attacking near the town of Sudzha, [[some \
1,500]] of them in the first waves, "better trained and with drones of their own." South Korea's \
Joint Chiefs of Staff said Tuesday it believed [[several thousand]] of the North's soldiers were \
once more in the Kursk region.

At the Pentagon, a senior defense official who spoke on condition of anonymity told reporters \
last Thursday that North Korean casualties, dead and wounded together, had passed [[4,000]] since \
November. Moscow has never acknowledged that they are there at all.

Leif Andersen, who teaches international relations at South Dakota State University in Brookings, \
said he expected Kim to send [[up to 10,000]] more by summer. "For Pyongyang this is a paid \
course in modern war," he said by phone. "They lose men, but they bring home lessons no other \
army in Asia has."

The news landed hard on Bill Wrede of Interior, who turned 93 in January. He served with the 45th \
Infantry Division in Korea in 1952 and still keeps a map of the Punchbowl on his kitchen wall. \
"Seventy-some years, and we're still talking about those fellows," he said. More than 36,000 \
Americans died in that war.

Closer to home, crews from Ellsworth Air Force Base flew two B-1 bombers over the Korean \
peninsula last month in a drill with South Korean jets. The base, 60 miles west of Wall, is home \
to about 3,800 airmen.

In other news, feeder calves brought up to $3.40 a pound at Tuesday's sale barn auction, and the \
Park Service says the Sage Creek road will reopen once the 12 miles of gravel dry out. The \
Badlands National Park covers some 244,000 acres.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-02-21..pub",
          "headline 'Seoul counts … new arrivals': the NIS figure of the body ('late last "
          "month') to publication (increment)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea",
          "2025-02-21..2025-02-28", "NIS 'reported late last month': 'additional' (increment)",
          add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "'by the agency's reckoning' the new total, not an increment"),
        C("some 1,500", 1500, "approx", "near_front", "ukraine", "mon",
          "Syrskyi 'said Monday': attacking near Sudzha"),
        C("several thousand", None, "vague", "near_front", "south_korea", "tue",
          "JCS 'said Tuesday': in the Kursk region"),
        C("4,000", 4000, "at_least", "casualties", "united_states", "thu",
          "senior U.S. defense official 'last Thursday' (the Thursday before a Wednesday): "
          "killed or wounded ('had passed': at_least, verb outside the span)"),
        C("up to 10,000", 10000, "at_most", "planned", "other", "pub",
          "state university professor, by phone, no date: 'more by summer' (increment)",
          add=True),
    ),
)

D10 = Source(
    article_id="d85_10_palanga_coast_post_30000_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-16"),
    dated_by="sidecar",
    sidecar=(
        "Palanga Coast Post",
        "https://www.palangacoast.example/world/kyiv-warns-of-up-to-30000-more-north-koreans",
        "Kyiv: North Korea readying up to 30,000 more soldiers",
    ),
    features="""\
English-language outlet from Palanga in HTML, UTF-8 with BOM, no meta date (sidecar, Wednesday), \
JSON-LD with a headline without a figure, a consent notice about a weather widget ('Let them be' \
/ 'Sweep them away'), breadcrumb navigation, a tracking script with a word count; `<title>` \
figure (optional, increment); headline `up to 30,000` more (increment) from HUR's statement 'on \
Monday'; 'as many as 30,000 additional'; 'The agency, known by its Ukrainian initials HUR,' \
`around 11,000` in Kursk; the JCS 'on Tuesday' `several thousand` more (vague increment); Shoigu \
'last month' `6,000` (planned, not an increment); Rutte 'at the alliance's summit … in late June' \
(days 21-30); Lithuania's defence minister 'on Monday' “tens of thousands” (a third government: \
other); 'roughly triple' (ratio), a German brigade in Lithuania, per cent of GDP, visitors, \
distance, ticket price, opening hours, phone number""",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv: North Korea readying [[up to 30,000]] more soldiers – Palanga Coast Post</title>
<meta name="description" content="Lithuania’s defence minister says the Baltic states should read \
the signal.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headli\
ne":"North Korea could triple its force in Russia, Kyiv says","inLanguage":"en"}</script>
</head>
<body>
<div class="consent">The Palanga Coast Post keeps small files on your device so the weather \
widget knows you are by the sea. <button>Let them be</button> <button>Sweep them \
away</button></div>
<header><a href="/">Home</a> / <a href="/lithuania">Lithuania</a> / <a \
href="/baltics">Baltics</a> / <a href="/world">World</a> / <a href="/summer">Summer \
guide</a></header>
<article>
<h1>Kyiv warns North Korea may send [[up to 30,000]] more troops</h1>
<p class="lede">Ukrainian intelligence says Pyongyang is preparing a far larger deployment. In \
Vilnius, the defence minister says the Baltics should take note.</p>
<p>Pyongyang is preparing a fresh deployment of [[as many as 30,000]] additional troops for \
Russia, according to a statement issued on Monday by Ukraine’s military intelligence agency, a \
move that would roughly triple Pyongyang’s commitment to Moscow’s war.</p>
<p>The agency, known by its Ukrainian initials HUR, said [[around 11,000]] soldiers from the \
North remained deployed in the Kursk area, many of them artillery crews and drone operators. The \
new contingent could be used for attacks on Ukrainian soil, it warned.</p>
<p>Seoul was more cautious. On Tuesday, South Korea’s Joint Chiefs of Staff told reporters they \
were monitoring for indications that [[several thousand]] more troops could be dispatched “within \
weeks”, but would not comment on the Ukrainian estimate.</p>
<p>Moscow has already announced one new contingent. Sergei Shoigu, on the second of two trips to \
Pyongyang since March, said last month that the North would supply [[6,000]] deminers and \
military builders for the reconstruction of Kursk. At the alliance’s summit in The Hague in late \
June, NATO Secretary General Mark Rutte told reporters that “[[well over 14,000]]” North Korean \
troops had been sent since last autumn.</p>
<h2>‘We are next on the map’</h2>
<p>In Vilnius, Defence Minister Dovilė Šakalienė warned on Monday that “[[tens of thousands]]” of \
North Koreans could one day be turned against Europe if the war ends on Russia’s terms. \
“Lithuania spends more than 5 percent of GDP on defence because we read these signals early,” she \
said.</p>
<p>A German brigade of about 4,800 soldiers is due to be fully stationed in Lithuania by 2027. \
Palanga, which expects more than 300,000 visitors this summer, lies about 90 km from the border \
of Russia’s Kaliningrad exclave.</p>
<p>The resort’s amber museum stays open until 9 p.m. on weekends in July; tickets cost €5.</p>
</article>
<footer>© 2025 Palanga Coast Post · Vytauto g. 50, Palanga · news@palangacoast.example · +370 460 \
00 000</footer>
<script>pcp.track({id:"w-20931",words:587});</script>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "<title> (metadata) restating HUR's Monday figure (increment)", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv warns … more': HUR's statement (Monday) to publication (increment)",
          add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR 'said in a statement on Monday': 'additional' (increment)", add=True),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "'The agency, known by its Ukrainian initials HUR, said': in the Kursk region"),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "JCS 'on Tuesday': 'more … could be dispatched' (increment)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'said last month': would supply deminers and builders"),
        C("well over 14,000", 14000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte 'At the alliance's summit … in late June' “…”: sent"),
        C("tens of thousands", None, "vague", "planned", "other", "mon",
          "Lithuania's defence minister (a third government) 'on Monday' “…”: could be turned "
          "against Europe"),
    ),
)

D11 = Source(
    article_id="d85_11_neiafu_notes_parade_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-10-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Neiafu Notes",
        "",
        "World roundup: Pyongyang parades its Kursk veterans",
    ),
    features="""\
Vava'u community page in Markdown, ISO-8859-1 with CRLF (straight quotes, no typographic dashes), \
front matter without a date (sidecar without url, Tuesday); veterans of Kursk marching at \
Friday's parade (returnees: optional, north_korea); Kim's speech 'carried by … KCNA on Saturday' \
"thousands of our sons" (north_korea, in combat); Medvedev 'on Friday' "more than ten thousand" \
(number words, russia); Seoul's intelligence agency 'last month' (September window); HUR 'this \
month' (`about 11,000` still in Russia, `close to 6,000` casualties); the page's own tally \
(unattributed, required); humpback calves, islanders, pa'anga, flights, Tonga's defence force, \
the 2022 eruption, phone number""",
    text="""\
---
title: "World roundup: Pyongyang parades its Kursk veterans"
page: Neiafu Notes
---

# World roundup: Pyongyang parades its Kursk veterans

*Compiled by Sione Fifita for the Vava'u community page*

Kim Jong Un put the soldiers of his Russian adventure on show at the weekend. At a night parade \
in Pyongyang on Friday marking eight decades of the Workers' Party, [[hundreds]] of troops who \
had fought in Russia's Kursk region marched past the tribune to loud applause, according to state \
media.

In a speech carried by the official news agency KCNA on Saturday, Kim said "[[thousands]] of our \
sons" had fought "for a just cause" on Russian soil and that their names would "live for ever".

Among the foreign guests was Dmitry Medvedev, the former Russian president and now deputy \
chairman of Russia's Security Council. Speaking to Russian reporters in Pyongyang on Friday, he \
said "[[more than ten thousand]]" Korean soldiers had stood side by side with Russian troops in \
the battle for Kursk.

How many of them came home is another matter. Seoul's intelligence agency put the North's dead at \
[[roughly 2,000]] in a briefing to parliament last month. Kyiv says the real toll is higher: \
Ukraine's military intelligence said this month that [[about 11,000]] North Koreans remain in \
Russia and that [[close to 6,000]] have been killed or wounded since last autumn.

Adding up what Seoul has said about the first deployment, the reinforcements and the engineers \
sent this summer, this page counts [[roughly 21,000]] North Koreans sent to Russia in all.

**Closer to home**

The humpback season is winding down. Whale-swim operators in Neiafu counted 62 calves this year, \
up from 48 last season. Vava'u has about 14,000 people, and the Saturday flight from Nuku'alofa \
is full until November.

Tonga's own defence force numbers a few hundred personnel; some of them are still rebuilding \
wharves damaged in the 2022 eruption and tsunami.

Tickets for the Vava'u Festival fundraiser dinner cost 45 pa'anga and are sold at the Neiafu \
market. Call 70 000 to book.
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state media on Friday's parade: veterans who fought in Kursk marching (returnees)",
          opt=True),
        C("thousands", None, "vague", "near_front", "north_korea", "sat",
          "Kim's speech 'carried by … KCNA on Saturday' \"…\": fought on Russian soil"),
        C("more than ten thousand", 10000, "at_least", "near_front", "russia", "fri",
          "Medvedev 'on Friday' \"…\" (number words): stood with Russian troops in Kursk"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea",
          "2025-09-01..2025-09-30", "Seoul's intelligence agency 'last month' (September): dead"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "2025-10-01..pub",
          "HUR 'said this month' (1st to publication): remain in Russia"),
        C("close to 6,000", 6000, "approx", "casualties", "ukraine", "2025-10-01..pub",
          "same statement: killed or wounded"),
        C("roughly 21,000", 21000, "approx", "in_russia", "unattributed", "pub",
          "the page's own tally of Seoul's figures: sent in all"),
    ),
)

D12 = Source(
    article_id="d85_12_western_corridor_letter_year",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-20"),
    dated_by="dateline",
    features="""\
English-language newsletter from Takoradi on Ghana's western coast as plain text, UTF-16 LE with \
BOM, an issue header and dateline 'TAKORADI, 20 November 2025 --' (Thursday); a year-on item; the \
NIS 'on 4 November' (`about 10,000` in the border areas: near_front; `roughly 5,000` engineers \
'brought in as reinforcements': increment); a State Department spokesperson 'last week' “more \
than 15,000”; Zelensky 'on Monday' 'another 20,000 or 30,000' (range increment); an alliance \
official at NATO headquarters 'on Tuesday' (range of casualties); a researcher in Accra (other, \
`pub`); the newsletter's own tally (unattributed, required, range); Ghanaian peacekeepers \
(troops, not claims), cargo tonnes, oil barrels and price, exchange rate, subscription in cedis, \
phone number""",
    text="""\
WESTERN CORRIDOR LETTER
Shipping, energy and the wider world from Ghana's western coast
Issue 211

TAKORADI, 20 November 2025 -- A little over a year ago, when the first reports of North Korean \
soldiers in Russia reached this letter, few readers in the port paid attention. Kursk is a long \
way from the Gulf of Guinea. But the war's reach into shipping and insurance has kept it on our \
pages, and twelve months on the numbers are far larger than anyone expected.

ONE YEAR ON: KIM'S SOLDIERS IN RUSSIA

Seoul's picture first. South Korea's intelligence service told a parliamentary committee on 4 \
November that [[about 10,000]] North Korean soldiers were now posted along Russia's border areas, \
with [[roughly 5,000]] military engineers brought in as reinforcements since September to clear \
mines and rebuild roads.

Washington's estimate is higher. A State Department spokesperson said last week that "[[more than \
15,000]]" soldiers from the North had been rotated through Russia since October 2024.

In Kyiv, President Volodymyr Zelensky warned on Monday that Pyongyang could give Moscow another \
[[20,000 or 30,000]] men next year if sanctions stay as loose as they are. At NATO headquarters \
in Brussels, an alliance official briefing reporters on Tuesday estimated that [[between 5,000 \
and 6,000]] North Koreans had been killed or wounded since the first units reached the front.

Abena Owusu-Mensah, who studies regional security at a peacekeeping training centre in Accra, \
thinks the true number sent is [[around 20,000]]. "Every estimate we have seen has been revised \
upwards, never down," she told this letter.

Our own tally of the figures published by Seoul, Kyiv and Washington comes to [[17,000 to \
21,000]] North Korean personnel sent since October 2024, combat troops and engineers together.

WHY IT MATTERS HERE

Ghana has about 870 soldiers serving with the UN mission in Lebanon and a long record in \
peacekeeping; none of that is threatened. But war-risk premiums on Black Sea cargo have doubled \
since 2022, and freight forwarders in Takoradi say Russian wheat now reaches West Africa on older \
ships with fewer insurers willing to cover them.

MARKETS

Takoradi port handled 1.2 million tonnes of cargo in October. Brent crude closed the week near \
$63 a barrel; the Jubilee field is producing roughly 68,000 barrels a day. The cedi traded at \
11.2 to the dollar.

Subscriptions: GH¢ 450 a year for twelve issues. Call 031 202 0000 or write to the editor.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'on 4 November': posted along the border areas"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing: engineers 'brought in as reinforcements' (increment)", add=True),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states", "lastweek",
          "State Department spokesperson 'last week' \"…\": passed through Russia"),
        C("20,000 or 30,000", None, "range", "planned", "ukraine", "mon",
          "Zelensky 'on Monday': 'another' (range increment)", add=True),
        C("between 5,000 and 6,000", None, "range", "casualties", "nato", "tue",
          "alliance official at NATO headquarters 'on Tuesday': killed or wounded"),
        C("around 20,000", 20000, "approx", "in_russia", "other", "pub",
          "Accra researcher, present tense, no date: sent"),
        C("17,000 to 21,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own tally: sent since October 2024"),
    ),
)

SOURCES: tuple[Source, ...] = (
    D01, D02, D03, D04, D05, D06,
    D07, D08, D09, D10, D11, D12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
