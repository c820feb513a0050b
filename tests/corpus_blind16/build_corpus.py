"""Build the SIXTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

An eighteenth corpus for an honest measurement on articles the extractor has never met, written
in session 8 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Mecklenburg regional
paper, a Stuttgart paper's politics page, an Upper Austrian paper, a Graubünden paper, a public
radio culture channel's news and a local paper near Ramstein Air Base; a Bangladeshi English
daily, a US think tank's news summary, a Northern Irish paper, a Singapore tabloid, a Canadian
regional paper and a Gulf English-language daily. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind16_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

U01 = Source(
    article_id="u01_rostock_mutter_kursk",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "Warnow-Kurier",
        "https://www.warnow-kurier.example/rostock/lokales/familie-bangt-um-sohn-an-der-kursk-fr"
        "ont-3318842",
        "Rostocker Familie bangt um Sohn an der Kursk-Front",
    ),
    features="Mecklenburg regional paper's local story (sidecar, Friday): a Ukrainian mother in "
        "Rostock; deck 'Kiew meldet' from Zelensky's 'am Mittwochabend' figure (Wednesday to "
        "publication); Konjunktiv 'fügte der Staatschef hinzu' carries the day; NIS figures "
        "relayed by MPs after the committee 'am Donnerstag' (dead, wounded, total); Pentagon "
        "'zu Wochenbeginn' „Hunderten“ (Monday-Tuesday); a Greifswald historian 'hält es für "
        "wahrscheinlich' `bis zu 20.000` 'zusätzlich' (other, `pub`, increment); age, minutes, "
        "refugees, Russian losses a day, drones, euros, phone number",
    text="""\
Rostocker Familie bangt um Sohn an der Kursk-Front

Kiew meldet [[mehr als 3.000]] getötete oder verwundete Nordkoreaner – eine Mutter aus Lütten \
Klein erzählt, was ihr Sohn von dort berichtet

Von Katrin Behnke

Rostock. Wenn Olena Hrytsenko abends mit ihrem Sohn telefoniert, dauert das Gespräch selten \
länger als vier Minuten. Taras, 24 Jahre alt, steuert Aufklärungsdrohnen für eine ukrainische \
Brigade im russischen Gebiet Kursk. Seine Mutter wohnt seit dem Frühjahr 2022 in einer \
Zweiraumwohnung in Lütten Klein. „Er sagt, die Koreaner kommen in langen Reihen über die Felder, \
zu Fuß, fast ohne Deckung“, erzählt die 51-Jährige am Küchentisch.

Was ihr Sohn schildert, passt zu dem, was die Führung in Kiew seit Tagen verbreitet. Präsident \
Wolodymyr Selenskyj erklärte am Mittwochabend in seiner täglichen Videobotschaft, bei den Kämpfen \
im Gebiet Kursk seien inzwischen [[mehr als 3.000]] Soldaten aus Nordkorea getötet oder verwundet \
worden. Allein am vergangenen Wochenende hätten die Einheiten aus Pjöngjang [[mehrere hundert]] \
Mann verloren, fügte der Staatschef hinzu. Überprüfen lassen sich diese Angaben nicht.

Aus Seoul kommen vorsichtigere Zahlen. Der südkoreanische Nachrichtendienst NIS unterrichtete am \
Donnerstag den Geheimdienstausschuss des Parlaments; danach sprachen Abgeordnete von [[rund 100]] \
Gefallenen und [[etwa 1.000]] Verletzten. Insgesamt habe Machthaber Kim Jong Un [[rund 11.000]] \
Soldaten nach Russland entsandt, ein Teil davon stehe seit Anfang Dezember im Gefecht, gaben sie \
die Einschätzung des Dienstes wieder.

Auch das Pentagon hat erste Verluste eingeräumt. Ein Sprecher sprach zu Wochenbeginn in \
Washington von „[[Hunderten]]“ Toten und Verwundeten auf nordkoreanischer Seite, genauere Zahlen \
nannte er nicht.

Für den Greifswalder Osteuropahistoriker Matthias Kröger sind die hohen Verluste keine \
Überraschung. „Die Männer haben nie gegen Drohnen gekämpft, sie werden regelrecht verheizt“, sagt \
er. Kröger hält es für wahrscheinlich, dass Pjöngjang bis zum Frühjahr [[bis zu 20.000]] Mann \
zusätzlich schickt, um die Lücken zu schließen. Die russische Armee büßt nach Schätzungen aus \
London gegenwärtig täglich über 1.500 Mann ein.

In Rostock leben nach Angaben der Stadtverwaltung rund 4.600 Geflüchtete aus der Ukraine, in ganz \
Mecklenburg-Vorpommern sind es knapp 24.000. Viele von ihnen verfolgen die Nachrichten aus Kursk \
mit gemischten Gefühlen: Der Vorstoß vom August galt lange als Hoffnungszeichen, nun schrumpft \
der Brückenkopf von Woche zu Woche.

Olena Hrytsenko sammelt mit dem ukrainischen Verein der Hansestadt Geld für Ersatzteile. Die \
Einheit ihres Sohnes, erzählt sie, habe an einem einzigen Tag 37 Drohnen verloren. Bis Mittwoch \
kamen 8.350 Euro zusammen. Wer helfen will, erreicht den Verein unter Telefon 0381 4477 210.
""",
    claims=(
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "wed..pub",
          "deck 'Kiew meldet': Zelensky's figure of the body (Wednesday evening) to publication"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "wed",
          "Zelensky 'am Mittwochabend' in his video address: killed or wounded"),
        C("mehrere hundert", None, "vague", "casualties", "ukraine", "wed",
          "Konjunktiv 'fügte der Staatschef hinzu' (same address): lost at the weekend (event)"),
        C("rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "MPs after the NIS briefing 'am Donnerstag': dead"),
        C("etwa 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded (the same event, no increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "Konjunktiv 'gaben sie die Einschätzung des Dienstes wieder': sent in total"),
        C("Hunderten", None, "vague", "casualties", "united_states", "mon..tue",
          "Pentagon spokesman 'zu Wochenbeginn' (Monday-Tuesday) in „…“: dead and wounded"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Greifswald historian 'hält es für wahrscheinlich' (present tense, no date): could "
          "send 'zusätzlich' (increment)", add=True),
    ),
)

U02 = Source(
    article_id="u02_stuttgart_politik_gefallene_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-09-11"),
    dated_by="front_matter", crlf=True,
    features="Stuttgart paper's politics page in Markdown, windows-1252 with CRLF, front matter "
        "with `date:` (time and +02:00) and a title figure (optional); headline 'Seoul zählt' "
        "and the lead figure whose source comes after it ('trug der … NIS am Dienstag … vor, "
        "wie mehrere Mitglieder … berichteten'); 'Demnach' carries it (`gut 15.000`: at_least, "
        "`etwa 4000` at the border); Shoigu 'Bereits im Juni' (month); 'Nach Erkenntnissen des "
        "NIS … nun' `weiteren 5000` builders (increment, Tuesday to publication); HUR 'Ende "
        "August' „mindestens 3000 …“; a Stuttgart MP to the paper 'Nach seiner Einschätzung' "
        "„Zehntausende“ (other, `pub`); Bundeswehr size, army size, budget, refugees, euros",
    text="""\
---
title: "Seoul: [[Rund 2000]] Nordkoreaner im Krieg gegen die Ukraine gefallen"
date: 2025-09-11T05:40:00+02:00
ressort: Politik
autor: Felix Haberland
---

# Kims Verluste wachsen: Seoul zählt [[rund 2000]] Tote

**Nordkorea hat im Krieg gegen die Ukraine nach südkoreanischen Erkenntnissen weit mehr Soldaten \
verloren als bislang angenommen. Pjöngjang schickt trotzdem Nachschub – und ein Stuttgarter \
Abgeordneter warnt vor den Folgen für Ostasien.**

*Von Felix Haberland*

Die Zahl klingt nüchtern, dahinter stehen junge Männer, die meisten kaum älter als 20 Jahre. \
[[Rund 2000]] nordkoreanische Soldaten sind im Einsatz für Russland ums Leben gekommen. Diese \
Bilanz trug der Nationale Nachrichtendienst NIS am Dienstag hinter verschlossenen Türen dem \
Geheimdienstausschuss der Nationalversammlung vor, wie mehrere Mitglieder des Gremiums \
anschließend vor Journalisten berichteten.

Demnach hat Pjöngjang seit dem vergangenen Herbst [[gut 15.000]] Soldaten nach Russland verlegt. \
Der größte Teil sei inzwischen aus den Kampfgebieten abgezogen worden; entlang der Grenze zur \
Ukraine stünden aber weiterhin [[etwa 4000]] Mann, vor allem Pioniere und Minenräumer.

## Moskau braucht Bauarbeiter

Bereits im Juni hatte der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, bei einem \
Besuch in Pjöngjang verkündet, Nordkorea werde [[1000]] Minenräumer und [[5000]] Bausoldaten in \
das Gebiet Kursk schicken. Nach Erkenntnissen des NIS bereitet das Regime nun die Entsendung von \
weiteren [[5000]] Militärbauarbeitern vor, die beim Wiederaufbau zerstörter Dörfer und Brücken \
eingesetzt werden sollen.

In Kiew hält man die Zahlen aus Seoul für zu niedrig. Der ukrainische Militärgeheimdienst HUR \
hatte schon Ende August von „[[mindestens 3000]] gefallenen Nordkoreanern“ gesprochen. Belege \
legte er nicht vor.

## „Ein Warnsignal für Ostasien“

Für den Stuttgarter CDU-Bundestagsabgeordneten Markus Rieger, Obmann seiner Fraktion im \
Verteidigungsausschuss, sind die Zahlen ein Alarmzeichen. „Nordkorea lernt gerade in der Ukraine, \
wie man einen modernen Krieg führt – mit Drohnen, mit Artillerie, mit allem“, sagte Rieger \
unserer Zeitung. Nach seiner Einschätzung haben inzwischen [[Zehntausende]] Nordkoreaner in \
Russland Kampferfahrung gesammelt. „Das verschiebt das Kräfteverhältnis auf der koreanischen \
Halbinsel.“

Zum Vergleich: Die Bundeswehr zählt derzeit rund 182.000 Soldatinnen und Soldaten, Nordkoreas \
Streitkräfte kommen nach westlichen Schätzungen auf etwa 1,2 Millionen. Der Bundestag berät in \
dieser Woche über einen Verteidigungsetat von 62,4 Milliarden Euro für das kommende Jahr.

Baden-Württemberg hat seit Kriegsbeginn mehr als 190.000 Menschen aus der Ukraine aufgenommen, \
rund 11.500 davon leben in Stuttgart. Das Land unterstützt zudem die Partnerregion Odessa, in \
diesem Jahr mit 3,5 Millionen Euro.
""",
    claims=(
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "front-matter title (metadata): the NIS figure of the body", opt=True),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul zählt': the NIS figure (Tuesday) to publication: dead"),
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "source and day after the figure ('trug der … NIS am Dienstag … vor'): dead"),
        C("gut 15.000", 15000, "at_least", "in_russia", "south_korea", "tue",
          "'Demnach' carries the briefing: `gut` (a good 15,000) is at_least: sent"),
        C("etwa 4000", 4000, "approx", "near_front", "south_korea", "tue",
          "same briefing, Konjunktiv: still along the border"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Bereits im Juni': deminers to be sent"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders to be sent (no increment word)"),
        C("5000", 5000, "exact", "planned", "south_korea", "tue..pub",
          "'Nach Erkenntnissen des NIS … nun' without a day of its own after the Tuesday "
          "briefing: 'weiteren' builders being prepared (increment)", add=True),
        C("mindestens 3000", 3000, "at_least", "casualties", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'Ende August' in „…“: fallen"),
        C("Zehntausende", None, "vague", "in_russia", "other", "pub",
          "Stuttgart MP to the paper, 'Nach seiner Einschätzung' (German MP: other, no date): "
          "have gained combat experience in Russia"),
    ),
)

U03 = Source(
    article_id="u03_oberoesterreich_nachschub_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-14"),
    dated_by="html_meta",
    features="Upper Austrian paper's web page in HTML, ISO-8859-1 (quotes, dash and euro only as "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&euro;`), `article:published_time` with "
        "+01:00, byline line '14. März 2025', ad and tracking scripts, cookie notice with "
        "partners, navigation, footer with phone; 'Jänner', 'Feber', 'heuer'; `<title>` figure "
        "(optional, increment); headline 'mit 3000 Mann Verstärkung' (increment, exact, JCS "
        "Thursday to publication); JCS 'am Donnerstag' `rund 3000 zusätzliche` and Konjunktiv "
        "'Nach Schätzung der Militärs'; a US general 'vergangene Woche' before the Senate; HUR "
        "'Laut' without a date `etwa 2000 weitere` (training: in_russia, increment); Syrskyi 'am "
        "Montag' &bdquo;mehrere Tausend&ldquo;; a Linz political scientist's range (`pub`); pay "
        "per soldier, Russian losses, refugees, euros, musicians",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Kursk: Kim schickt [[3000]] Mann Nachschub | Traunviertler Nachrichten</title>
<meta property="article:published_time" content="2025-03-14T10:52:00+01:00">
<meta property="og:site_name" content="Traunviertler Nachrichten">
<meta name="description" content="Nach einer Pause im Feber kämpfen Nordkoreaner wieder bei \
Kursk. Ein Linzer Politologe erklärt, was dahintersteckt.">
<script>var tnAds={slots:["300x250","728x90"],section:"welt",articleId:88124};</script>
</head>
<body>
<div class="cookie-hinweis">Diese Website verwendet Cookies. Mit &bdquo;Zustimmen&ldquo; \
akzeptieren Sie die Verarbeitung durch uns und 87 Partner. <a href="/datenschutz">Mehr \
erfahren</a> <button>Zustimmen</button></div>
<header><nav><a href="/">Startseite</a> &middot; <a href="/region">Region</a> &middot; <a \
href="/welt">Welt</a> &middot; <a href="/sport">Sport</a> &middot; <a \
href="/epaper">E-Paper</a></nav></header>
<main>
<article>
<p class="ressort">Welt</p>
<h1>Nordkoreas Soldaten sind zurück an der Front &ndash; mit [[3000]] Mann Verstärkung</h1>
<p class="lead">Nach wochenlanger Pause im Feber kämpfen nordkoreanische Truppen wieder im \
russischen Gebiet Kursk. Seoul meldet frischen Nachschub aus Pjöngjang, ein Linzer Experte \
erwartet heuer noch mehr.</p>
<p class="autor">Von Elisabeth Pichlmayr | 14. März 2025, 10:52 Uhr</p>
<p>Der südkoreanische Generalstab teilte am Donnerstag mit, Nordkorea habe im Jänner und im Feber \
[[rund 3000]] zusätzliche Soldaten nach Russland verlegt. Der Nachschub sei offenbar nötig \
geworden, weil die Einheiten seit dem Herbst schwere Verluste erlitten hätten. Nach Schätzung der \
Militärs in Seoul wurden bisher [[etwa 4000]] Nordkoreaner getötet oder verwundet.</p>
<p>Ein ranghoher US-General hatte vergangene Woche vor dem Streitkräfteausschuss des Senats in \
Washington erklärt, Pjöngjang habe seit Oktober [[über 11.000]] Soldaten entsandt. Laut dem \
ukrainischen Militärgeheimdienst HUR werden in der Region Primorje im Fernen Osten Russlands \
derzeit [[etwa 2000]] weitere ausgebildet.</p>
<h2>&bdquo;Jetzt haben sie dazugelernt&ldquo;</h2>
<p>Der ukrainische Oberbefehlshaber Olexander Syrskyj berichtete am Montag, die Nordkoreaner \
griffen wieder bei Sudscha an. Ihre Zahl bezifferte er auf &bdquo;[[mehrere Tausend]]&ldquo;. \
Anders als im Winter gingen sie nun in kleinen Trupps vor und würden dabei von russischen Drohnen \
begleitet.</p>
<p>Dass die Verluste anfangs so hoch waren, liegt für den Politologen Stefan Aigner von der \
Johannes Kepler Universität Linz auf der Hand: &bdquo;Die Nordkoreaner hatten keinerlei Erfahrung \
mit Drohnen. Jetzt haben sie dazugelernt.&ldquo; Aigner geht davon aus, dass derzeit [[zwischen \
8000 und 10.000]] Nordkoreaner im Raum Kursk im Einsatz sind. Heuer werde Kim womöglich noch \
einmal so viele schicken, sagt er, denn das Regime verdiene an jedem Soldaten.</p>
<p>Wie viel, ist umstritten. Schätzungen reichen von 2000 bis 2500 US-Dollar pro Mann und Monat. \
Russland verliert nach britischen Angaben derzeit täglich mehr als 1200 Soldaten an Toten und \
Verwundeten.</p>
<h2>Vertriebene in Oberösterreich</h2>
<p>In Oberösterreich sind derzeit rund 7300 Vertriebene aus der Ukraine in der Grundversorgung, \
teilte das Land mit. Das Integrationsressort hat für heuer 4,8 Millionen &euro; für Deutschkurse \
und Beratung budgetiert. Beim Benefizkonzert im Linzer Brucknerhaus am 22. März treten 140 \
Musikerinnen und Musiker auf.</p>
</article>
</main>
<footer><p>&copy; 2025 Traunviertler Nachrichten GmbH &middot; <a href="/impressum">Impressum</a> \
&middot; Kundenservice: +43 732 7805 0</p></footer>
<script>window.tnTrack&&tnTrack("pv",{id:88124,ressort:"welt",paywall:0});</script>
</body>
</html>
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "<title> (metadata): 'Nachschub' (increment), the JCS figure of the body",
          add=True, opt=True),
        C("3000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline drops the body's 'rund' (exact): 'Verstärkung' (increment), JCS Thursday to "
          "publication", add=True),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'teilte am Donnerstag mit': 'zusätzliche' sent in Jänner and Feber (increment)",
          add=True),
        C("etwa 4000", 4000, "approx", "casualties", "south_korea", "thu",
          "'Nach Schätzung der Militärs in Seoul' (same statement): killed or wounded"),
        C("über 11.000", 11000, "at_least", "in_russia", "united_states", "lastweek",
          "US general 'vergangene Woche' before the Senate committee: sent since October"),
        C("etwa 2000", 2000, "approx", "in_russia", "ukraine", "pub",
          "'Laut' HUR without a date: 'weitere' being trained in Primorye (increment)",
          add=True),
        C("mehrere Tausend", None, "vague", "near_front", "ukraine", "mon",
          "Syrskyi 'am Montag' &bdquo;…&ldquo;: attacking near Sudzha"),
        C("zwischen 8000 und 10.000", None, "range", "near_front", "other", "pub",
          "Linz political scientist 'geht davon aus' (present tense): in action around Kursk"),
    ),
)

U04 = Source(
    article_id="u04_graubuenden_gestaendnis_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="Graubünden paper's foreign page, UTF-16 LE with BOM and CRLF, Swiss conventions "
        "(`ss`, «», `15'000`, `10'000`, 4-digit `4700`/`6000`, `innert`); dated by the dateline "
        "'Chur, 29. April 2025 –' (Tuesday); lead 'Seoul schätzt' from the NIS figure recalled "
        "'Anfang April' (to publication); Gerasimov 'Am Samstag' without a figure, then 'Diese "
        "lieferte tags darauf ein Sprecher … gegenüber der Agentur Ria Nowosti' «einige tausend» "
        "(russia, Sunday); KCNA 'Am Montag' without a figure; 'schätzte … NIS damals' after the "
        "figure, `Etwa 4700 von ihnen` and 'darunter rund 600 Tote' (breakdown); Zelensky 'am "
        "Montagabend'; a NATO spokeswoman without a date; a former Swiss aid official in Chur "
        "«10'000 bis 20'000» weitere (other, `pub`, increment); francs, refugees, age, area",
    text="""\
Bündner Morgenblatt | Ausland

Moskau und Pjöngjang geben zu, was alle wussten

Nach einem halben Jahr des Schweigens bestätigen Russland und Nordkorea den Einsatz \
nordkoreanischer Truppen im Gebiet Kursk. Seoul schätzt die Verluste auf [[4700]] Tote und \
Verwundete.

Chur, 29. April 2025 – Ein halbes Jahr lang hat der Kreml geschwiegen, dann kam die Kehrtwende \
innert weniger Tage. Am Samstag dankte Generalstabschef Waleri Gerassimow vor laufender Kamera \
den «Kämpfern aus der Koreanischen Volksdemokratischen Republik» für ihre Hilfe bei der \
«Befreiung» des Gebiets Kursk. Zahlen nannte er keine. Diese lieferte tags darauf ein Sprecher \
des Verteidigungsministeriums gegenüber der Agentur Ria Nowosti: An den Kämpfen hätten «[[einige \
tausend]]» Nordkoreaner teilgenommen.

Am Montag zog Pjöngjang nach. Machthaber Kim Jong Un habe die Entsendung der Truppen persönlich \
angeordnet, meldete die Staatsagentur KCNA, die Soldaten hätten ihren Auftrag «heldenhaft» \
erfüllt. Gefallene erwähnte die Agentur nur in einem Nebensatz.

Seoul hatte bereits Anfang April eine Bilanz gezogen. Nordkorea habe seit Oktober [[rund 15'000]] \
Soldaten nach Russland geschickt, schätzte der südkoreanische Nachrichtendienst NIS damals. \
[[Etwa 4700]] von ihnen seien getötet oder verwundet worden, darunter [[rund 600]] Tote.

Präsident Wolodymyr Selenskyj sprach am Montagabend in Kiew von einem «späten Geständnis». Seine \
Armee habe allein im Gebiet Kursk [[mehr als 6000]] Nordkoreaner ausser Gefecht gesetzt, sagte er \
in seiner Videobotschaft. Die Nato geht nach Auskunft einer Sprecherin von [[über 10'000]] \
nordkoreanischen Soldaten in Russland aus.

Einer, der das Regime aus der Nähe kennt, ist Gian Caduff. Der Churer leitete in den Nullerjahren \
das Büro der Direktion für Entwicklung und Zusammenarbeit in Pjöngjang, heute lebt er wieder in \
Graubünden. «Kim hat seine Soldaten vermietet, und jetzt will er, dass alle Welt es weiss», sagt \
der 68-Jährige. Caduff rechnet damit, dass Nordkorea noch in diesem Jahr «[[10'000 bis 20'000]]» \
weitere Soldaten schickt. «Das Geld aus Moskau ist für Pjöngjang viel zu verlockend.»

In Bern hat das Aussendepartement die Bestätigung «zur Kenntnis genommen». Die Schweiz hat sich \
den EU-Sanktionen gegen Nordkorea angeschlossen und unterstützt die Ukraine bis 2028 mit \
insgesamt 5 Milliarden Franken. Im Kanton Graubünden leben derzeit rund 1900 Schutzsuchende aus \
der Ukraine mit Status S, viele von ihnen in Chur und Davos.

Die Kämpfe um das Gebiet Kursk hatten im August 2024 mit einem ukrainischen Vorstoss begonnen, \
bei dem Kiew zeitweise über 1000 Quadratkilometer kontrollierte.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-04-01..pub",
          "lead 'Seoul schätzt … auf' (exact wording): the NIS figure of 'Anfang April' to "
          "publication: dead and wounded"),
        C("einige tausend", None, "vague", "near_front", "russia", "sun",
          "Russian defence ministry spokesman 'tags darauf' (the day after Saturday) to Ria "
          "Nowosti (the agency does not change the claimant), «…»: took part in the fighting"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "'schätzte der … NIS damals' after the figure, 'Anfang April': sent since October"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "same estimate, 'von ihnen' (breakdown): killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "'darunter … Tote' (breakdown of the casualties)"),
        C("mehr als 6000", 6000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'am Montagabend', Konjunktiv: put out of action in Kursk"),
        C("über 10'000", 10000, "at_least", "in_russia", "nato", "pub",
          "NATO spokeswoman without a date: in Russia"),
        C("10'000 bis 20'000", None, "range", "planned", "other", "pub",
          "former Swiss aid official 'rechnet damit' (present tense) «…» 'weitere' (increment)",
          add=True),
    ),
)

U05 = Source(
    article_id="u05_kulturradio_parade_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-11"),
    dated_by="sidecar",
    sidecar=(
        "Kulturfunk",
        "",
        "Nachrichten am Mittag",
    ),
    features="public radio culture channel's midday news in Markdown, UTF-8 with BOM, front "
        "matter without a date (sidecar without url, Saturday); news items under `##` headings, "
        "culture news and the weather; KCNA 'heute früh' on Kursk veterans marching 'gestern "
        "Abend' (returnees: optional); Medvedev as a guest of honour 'Er sagte' «Tausenden» "
        "(russia, Friday to publication); NIS via MPs dated in the next sentence 'hieß es am "
        "Donnerstag', `5.000` builders 'zusätzlich' in Kursk (near_front, increment); the "
        "Ukrainian General Staff 'in dieser Woche'; Pentagon spokesman 'gestern' in the next "
        "sentence `bis zu 6.000 weitere`; a Bonn Korea scholar in an interview with the "
        "channel (other, `pub`); prize money, film length, cinemas, exhibitors, temperatures",
    text="""\
---
title: "Nachrichten am Mittag"
sender: Kulturfunk
rubrik: Nachrichten
stand: "12:00 Uhr"
---

# Nachrichten

## Nordkorea feiert Parteijubiläum mit Veteranen aus dem Kursk-Einsatz

Bei der Militärparade zum 80. Jahrestag der Arbeiterpartei sind in Pjöngjang gestern Abend auch \
[[mehrere hundert]] Soldaten mitmarschiert, die in Russland gegen die Ukraine gekämpft haben. Das \
meldete die staatliche Nachrichtenagentur KCNA heute früh. Machthaber Kim Jong Un nannte die \
Veteranen in seiner Rede ein «Vorbild für die ganze Armee». Unter den Ehrengästen war der frühere \
russische Präsident Dmitri Medwedew. Er sagte, Russland werde den Mut der [[Tausenden]] \
nordkoreanischen Kämpfer, die im Gebiet Kursk gestanden hätten, nie vergessen.

Südkoreas Geheimdienst geht nach Angaben von Abgeordneten davon aus, dass Nordkorea derzeit \
[[rund 10.000]] Soldaten im russischen Grenzgebiet zur Ukraine stationiert hat. Seit dem Sommer \
seien zudem [[5.000]] Militärbauarbeiter zusätzlich in die Region Kursk verlegt worden, hieß es \
am Donnerstag in Seoul. Der ukrainische Generalstab sprach in dieser Woche von [[mindestens \
2.500]] getöteten Nordkoreanern.

Das Pentagon rechnet damit, dass Pjöngjang noch vor dem Winter [[bis zu 6.000]] weitere Soldaten \
schickt. Das sagte ein Sprecher gestern in Washington.

## Koreanistin: Parade soll Einsatz rechtfertigen

Die Bonner Koreanistin Ute Falkenberg sieht in dem Auftritt der Veteranen eine Botschaft nach \
innen. «Die Familien sollen sehen, dass sich das Opfer gelohnt hat», sagte sie im Gespräch mit \
unserem Programm. Nach ihrer Schätzung haben seit Herbst 2024 insgesamt [[etwa 20.000]] \
Nordkoreaner in Russland gedient, viele davon in wechselnden Kontingenten.

## Dokumentarfilm über Überläuferin ausgezeichnet

Der Dokumentarfilm «Das andere Ufer» über eine Nordkoreanerin, die 2019 über China nach Seoul \
floh, hat beim Filmfest in Hamburg den mit 25.000 Euro dotierten Preis der Jury gewonnen. Der 94 \
Minuten lange Film läuft ab Donnerstag in 40 Kinos. Die 36 Jahre alte Regisseurin hatte drei \
Jahre lang gedreht.

## Buchmesse erwartet volle Hallen

Zur Frankfurter Buchmesse, die am Mittwoch beginnt, werden rund 4.000 Aussteller aus mehr als 90 \
Ländern erwartet. Ehrengast sind in diesem Jahr die Philippinen.

## Das Wetter

Im Norden Regen bei 9 bis 13 Grad, im Süden zeitweise sonnig bei bis zu 17 Grad.
""",
    claims=(
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-11",
          "KCNA 'heute früh' (the publication day): Kursk veterans marching at the parade "
          "(returnees: optional, as in the earlier blind sets)", opt=True),
        C("Tausenden", None, "vague", "near_front", "russia", "yday..pub",
          "Medvedev as a guest of the parade 'gestern Abend', 'Er sagte' (Friday to "
          "publication): stood in the Kursk region"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "thu",
          "NIS via MPs, dated by 'hieß es am Donnerstag' in the next sentence: border area"),
        C("5.000", 5000, "exact", "near_front", "south_korea", "thu",
          "same briefing: builders moved 'zusätzlich' into the Kursk region (increment)",
          add=True),
        C("mindestens 2.500", 2500, "at_least", "casualties", "ukraine", "mon..pub",
          "Ukrainian General Staff 'in dieser Woche' (Monday to publication): killed"),
        C("bis zu 6.000", 6000, "at_most", "planned", "united_states", "yday",
          "Pentagon 'rechnet damit', dated by 'Das sagte ein Sprecher gestern': 'weitere' "
          "(increment)", add=True),
        C("etwa 20.000", 20000, "approx", "in_russia", "other", "pub",
          "Bonn Korea scholar in an interview with the channel, no date: served in Russia"),
    ),
)

U06 = Source(
    article_id="u06_ramstein_kontaktgruppe_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-10"),
    dated_by="sidecar",
    sidecar=(
        "Westpfalz-Anzeiger",
        "https://www.westpfalz-anzeiger.example/kreis-kaiserslautern/ramstein-kontaktgruppe-no"
        "rdkorea-71204.html",
        "Kontaktgruppe in Ramstein: Austin warnt vor Kims Soldaten",
    ),
    features="local paper near Ramstein Air Base in HTML (no meta date: sidecar, Friday), "
        "dataLayer script, style block, consent banner with partners, local navigation, "
        "'Meistgelesen' list, footer with phone; the Ukraine contact group meeting 'am "
        "Donnerstag' on the base dates all speakers: teaser 'nach US-Angaben' (Thursday to "
        "publication), Austin 'sagte er' `rund 12.000` and 'mehrere tausend davon' (breakdown); "
        "Ukraine's defence minister 'Nach seinen Worten'; Zelensky „… Tausende weitere …“ "
        "(increment); an anonymous NATO official 'am Rande der Sitzung'; the JCS 'bereits am "
        "Montag' 'Nachschub' `bis zu 8.000` (increment); police officers, delegations, US "
        "soldiers and Americans in the region, euros, kindergarten places, a football score",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kontaktgruppe in Ramstein: Austin warnt vor Kims Soldaten | Westpfalz-Anzeiger</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Kontaktgruppe in Ramstein: Austin warnt vor Kims Soldaten">
<link rel="canonical" href="https://www.westpfalz-anzeiger.example/kreis-kaiserslautern/ramstein-k\
ontaktgruppe-nordkorea-71204.html">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({ressort:"lokales",ort:"ramstein",art\
ikel:71204,plus:false});</script>
<style>.consent{position:fixed;bottom:0;z-index:9999}.teaser{font-size:1.1rem}</style>
</head>
<body>
<div class="consent">Wir nutzen Cookies und verarbeiten Daten gemeinsam mit 112 Partnern. <a \
href="#">Einstellungen</a> <button>Alle akzeptieren</button></div>
<nav><a href="/">Home</a> &middot; <a href="/kreis-kaiserslautern">Kreis Kaiserslautern</a> \
&middot; <a href="/kusel">Kusel</a> &middot; <a href="/pirmasens">Pirmasens</a> &middot; <a \
href="/fck">FCK</a></nav>
<article>
<p class="dachzeile">Ramstein-Miesenbach</p>
<h1>Ukraine-Treffen auf der Air Base: &bdquo;Kim schickt weiter Soldaten&ldquo;</h1>
<p class="teaser">Bei der wohl letzten Sitzung der Ukraine-Kontaktgruppe unter Lloyd Austin ging \
es auch um die [[rund 12.000]] Soldaten, die Nordkorea nach US-Angaben nach Russland geschickt \
hat. Für die Anwohner bedeutete der Tag vor allem Sperrungen.</p>
<p class="autor">Von Jörg Hemmerling</p>
<p>Ramstein-Miesenbach. Hubschrauber über der A 6, gesperrte Zufahrten am Westtor, an jeder \
zweiten Kreuzung ein Streifenwagen: Rund 50 Delegationen waren am Donnerstag zur \
Ukraine-Kontaktgruppe auf die Air Base gekommen, die Polizei war mit mehr als 600 Beamtinnen und \
Beamten im Einsatz.</p>
<p>US-Verteidigungsminister Lloyd Austin sprach nach der Sitzung vor Journalisten in einem Hangar \
über Nordkorea. Pjöngjang habe [[rund 12.000]] Soldaten nach Russland geschickt, sagte er, \
[[mehrere tausend]] davon seien bei den Kämpfen im Gebiet Kursk bereits getötet oder verwundet \
worden. &bdquo;Kim Jong Un opfert seine eigenen Leute für Putins Krieg&ldquo;, sagte Austin, der \
sein Amt in zehn Tagen abgibt.</p>
<p>Der ukrainische Verteidigungsminister Rustem Umjerow nannte eine höhere Zahl: Nach seinen \
Worten haben die Nordkoreaner bislang [[knapp 4.000]] Mann an Toten und Verletzten verloren. \
Präsident Wolodymyr Selenskyj, der überraschend angereist war, warnte: &bdquo;Kim kann jederzeit \
[[Tausende]] weitere schicken, und Putin wird sie nehmen.&ldquo;</p>
<p>Ein hoher Nato-Beamter, der nicht namentlich genannt werden wollte, bezifferte die Zahl der \
Nordkoreaner in Russland am Rande der Sitzung auf [[etwa 11.000]]. Südkoreas Generalstab hatte \
bereits am Montag mitgeteilt, der Norden bereite offenbar Nachschub vor; die Rede war von [[bis \
zu 8.000]] Mann.</p>
<h2>&bdquo;Wir sind das gewohnt&ldquo;</h2>
<p>In Ramstein-Miesenbach nahm man den Großeinsatz gelassen. &bdquo;Wir leben seit Jahrzehnten \
mit der Air Base, wir sind das gewohnt&ldquo;, sagte Stadtbürgermeisterin Sabine Kessler. Auf dem \
Stützpunkt und in der Umgebung leben rund 50.000 Amerikanerinnen und Amerikaner, die Air Base \
selbst zählt etwa 9.000 Soldatinnen und Soldaten.</p>
<p>Die Kontaktgruppe war im April 2022 gegründet worden und tagte seither mehr als zwanzigmal. \
Deutschland hat der Ukraine für dieses Jahr Militärhilfe im Wert von vier Milliarden Euro \
zugesagt.</p>
</article>
<aside><h3>Meistgelesen</h3><ol><li>Kusel: Neue Kita mit 75 Plätzen eröffnet</li><li>FCK gewinnt \
Testspiel mit 3:1</li></ol></aside>
<footer>&copy; Westpfalz-Anzeiger 2025 &middot; <a href="/impressum">Impressum</a> &middot; \
Leserservice 0631 3701 6600</footer>
</body>
</html>
""",
    claims=(
        C("rund 12.000", 12000, "approx", "in_russia", "united_states", "thu..pub",
          "teaser 'nach US-Angaben': Austin's figure at Thursday's meeting to publication"),
        C("rund 12.000", 12000, "approx", "in_russia", "united_states", "thu",
          "Austin after Thursday's session, 'sagte er' after the figure: sent"),
        C("mehrere tausend", None, "vague", "casualties", "united_states", "thu",
          "same statement, 'davon' (breakdown): killed or wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "thu",
          "Ukraine's defence minister at the same meeting, 'Nach seinen Worten': dead and "
          "wounded"),
        C("Tausende", None, "vague", "planned", "ukraine", "thu",
          "Zelensky at the meeting, &bdquo;…&ldquo;: could send 'weitere' (increment)", add=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "nato", "thu",
          "anonymous NATO official 'am Rande der Sitzung': in Russia"),
        C("bis zu 8.000", 8000, "at_most", "planned", "south_korea", "mon",
          "JCS 'bereits am Montag': 'Nachschub' being prepared (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bangladesh, US, Northern Ireland, Singapore, Canada, the Gulf)
# ---------------------------------------------------------------------------------------------

U07 = Source(
    article_id="u07_dhaka_daily_first_clashes_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Bangladeshi English daily's world page in HTML, windows-1252 (raw curly quotes), "
        "`article:published_time` with +06:00, a top bar 'Dhaka, Wednesday, November 6, 2024' "
        "with the Bengali date and a taka price, ad and page scripts, privacy notice, footer "
        "with address and phone; a standfirst with two claimants ('Seoul believes', "
        "'Washington says'), each from its body passage to publication; HUR 'has said' "
        "(`pub`); the NIS briefing 'last Wednesday' (a week before this Wednesday) relayed "
        "'According to legislators who attended', with 'around 3,000 of them' (breakdown); "
        "the State Department spokesman 'on Thursday'; Rutte 'on Monday' “thousands”; a Dhaka "
        "University academic “as many as 100,000” (other, `pub`); Bangladeshis recruited by "
        "Russia (serving, killed), recruiters' fees, army size, street address",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>North Korean troops clash with Ukrainian forces for first time, Kyiv says | The Padma \
Observer</title>
<meta name="author" content="World Desk">
<meta property="article:published_time" content="2024-11-06T14:15:00+06:00">
<meta property="og:title" content="North Korean troops clash with Ukrainian forces for first \
time, Kyiv says">
<script async src="https://ads.padma-observer.example/gpt.js"></script>
<script>var po_page={id:"wld-241106-0932",section:"world",tags:["Russia","Ukraine","North \
Korea"]};</script>
</head>
<body>
<div id="privacy-notice">We use cookies to personalise content and ads. <a \
href="/privacy-policy">Privacy policy</a> <button>OK</button></div>
<div class="topbar">Dhaka, Wednesday, November 6, 2024 | Kartik 22, 1431 BS | e-Paper | Tk 15</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/bangladesh">Bangladesh</a></li><li><a \
href="/world">World</a></li><li><a href="/business">Business</a></li><li><a \
href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<article>
<h1>North Korean troops clash with Ukrainian forces for first time, Kyiv says</h1>
<p class="standfirst">Seoul believes [[more than 10,000]] are now in Russia; Washington says \
[[8,000]] have been moved to the border</p>
<p class="byline">World Desk &middot; Published: 02:15 PM, Nov 06, 2024</p>
<p>Ukrainian forces have exchanged fire with North Korean soldiers in Russia’s Kursk region for \
the first time, Ukraine’s defence minister Rustem Umerov said in an interview with South Korean \
broadcaster KBS aired on Tuesday. “The first clashes were small,” he said, adding that a larger \
engagement was only a matter of time.</p>
<p>Kyiv’s military intelligence agency, known by its Ukrainian acronym HUR, has said [[about \
11,000]] North Korean soldiers are stationed in the Kursk region, where Ukrainian troops have \
held a pocket of Russian territory since an incursion in August.</p>
<p>In Seoul, the National Intelligence Service gave a closed-door briefing to members of \
parliament last Wednesday. According to legislators who attended, the agency estimated that \
Pyongyang had shipped [[more than 10,000]] of its soldiers to Russia, and that [[around 3,000]] \
of them had already been moved west towards the front line. The spy agency has also said it is \
watching for signs of a second wave.</p>
<p>The United States has painted a similar picture. State Department spokesman Matthew Miller \
said on Thursday that [[8,000]] North Korean soldiers had been transported to the Kursk border \
area and that Washington expected them to join the fighting “in the coming days”. Russia was \
training them in artillery, drone operations and basic infantry tactics, he said.</p>
<p>Speaking to journalists at alliance headquarters on Monday, NATO chief Mark Rutte said allies \
had seen “[[thousands]]” of North Korean troops in Kursk and called the deployment “a significant \
escalation”. The Kremlin has neither confirmed nor denied their presence.</p>
<h2>Bangladeshis in Russia’s army</h2>
<p>The reports have revived concern in Dhaka about Bangladeshi workers lured into the Russian \
military. Foreign ministry officials said last month that at least nine Bangladeshis were \
believed to be serving with Russian forces after being promised jobs as cleaners and cooks, and \
that two of them had been killed. Families say recruiters charged as much as Tk 7 lakh per \
person.</p>
<p>Imtiaz Rahman, who teaches international relations at Dhaka University, called the deployment \
“a warning for all of Asia”. Pyongyang could eventually commit “[[as many as 100,000]]” soldiers \
if Moscow kept paying, he said. “Kim commands well over a million soldiers and has very little to \
lose.”</p>
</article>
<footer>© 2024 The Padma Observer. Editor: S. M. Kabir. Published from 41 Kazi Nazrul Islam \
Avenue, Dhaka-1215. Phone: +880 2 5502 8841</footer>
</body>
</html>
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea",
          "2024-10-30..pub", "standfirst 'Seoul believes': the NIS briefing of 'last "
          "Wednesday' (30 October) to publication"),
        C("8,000", 8000, "exact", "near_front", "united_states", "thu..pub",
          "standfirst 'Washington says': the State Department's Thursday figure to publication"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'has said' without a date: stationed in the Kursk region"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "2024-10-30",
          "NIS briefing 'last Wednesday' (a Wednesday article: the week before), 'According to "
          "legislators who attended': deployed to Russia"),
        C("around 3,000", 3000, "approx", "near_front", "south_korea", "2024-10-30",
          "same briefing, 'of them' (breakdown): moved towards the front line"),
        C("8,000", 8000, "exact", "near_front", "united_states", "thu",
          "State Department spokesman 'on Thursday': at the Kursk border area"),
        C("thousands", None, "vague", "near_front", "nato", "mon",
          "Rutte 'on Monday' in “…”: seen in Kursk"),
        C("as many as 100,000", 100000, "at_most", "planned", "other", "pub",
          "Dhaka academic, quote without a date: could eventually commit"),
    ),
)

U08 = Source(
    article_id="u08_thinktank_year_on_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-11-06"),
    dated_by="front_matter",
    features="US think tank's weekly news summary written as a news story, Markdown in UTF-16 LE "
        "with BOM, front matter with `date:` and a tag list; dateline 'WASHINGTON --'; the NIS "
        "briefing 'on Tuesday' relayed by 'members who attended' and carried by 'the members "
        "said' (`some 5,000` among them: breakdown); older figures each with its own month: "
        "'in October last year', 'By early November' (days 1-10), 'In the spring' with 'at the "
        "time' carrying it to Seoul's count, Shoigu 'In June', KCTV 'In August' (coffins: "
        "north_korea, casualties); the center's own tally 'between 5,000 and 7,000' "
        "(unattributed, required, range); a senior defense official 'last week'; a NATO "
        "official 'this week' “thousands” more (increment); a fellow's dollar estimate, oil "
        "barrels, army size, a fraction, phone number",
    text="""\
---
title: "A year on the Kursk front: what we know about North Korea's expeditionary force"
date: 2025-11-06
author: Conflict Monitor desk
publisher: Harlan Center for Strategic Affairs
tags: [north-korea, russia, ukraine, conflict-monitor]
---

# A year on the Kursk front: what we know about North Korea's expeditionary force

*Conflict Monitor is the Harlan Center's weekly news summary. It reports what governments and \
researchers say; the center's own estimates are marked as such.*

WASHINGTON -- A year after the first North Korean units appeared on the Kursk front, the cost of \
Pyongyang's intervention is coming into sharper focus. South Korea's National Intelligence \
Service briefed the National Assembly's intelligence committee on Tuesday, and members who \
attended said afterwards that the agency now counts [[about 2,300]] North Korean dead.

The agency's overall estimate has grown to [[roughly 16,000]] troops sent since October 2024, \
among them [[some 5,000]] military construction workers who arrived over the summer, the members \
said.

## How the numbers grew

The figures have climbed steadily. When Seoul first raised the alarm in October last year, it \
spoke of [[1,500]] special forces shipped to Vladivostok on Russian navy vessels. By early \
November, Pentagon officials were saying that [[around 10,000]] had arrived in Russia's Far East \
for training.

Ukraine has consistently offered higher figures. In the spring, military intelligence chief \
Kyrylo Budanov estimated that [[as many as 6,000]] North Koreans had been killed or wounded; at \
the time, Seoul's count stood at [[about 4,700]].

Moscow and Pyongyang confirmed the deployment only in late April. In June, Security Council \
secretary Sergei Shoigu said on a visit to Pyongyang that [[6,000]] sappers and builders would be \
sent to Kursk. In August, state broadcaster KCTV showed Kim Jong Un draping flags over [[18]] \
coffins of soldiers killed there.

## Our estimate

A Conflict Monitor tally of every official figure released since October 2024 suggests that \
[[between 5,000 and 7,000]] North Koreans have been killed, wounded or captured in the first year \
-- roughly a third of the force that was sent.

The Pentagon has been more cautious. A senior defense official, speaking to reporters on \
condition of anonymity last week, said the United States believed "[[several thousand]]" North \
Korean soldiers remained in the Kursk border area. A NATO official told a briefing in Brussels \
this week that the alliance expected "[[thousands]] more" to be rotated in before the winter.

## The money

"Pyongyang has turned the war into a revenue stream," said Dana Whitfield, a senior fellow at the \
center. She puts Moscow's payments at up to $20,000 per soldier a year, on top of oil deliveries \
of roughly 1 million barrels since the deployment began. North Korea's armed forces number about \
1.28 million active personnel.

*Conflict Monitor is published every Thursday. Contact: monitor@harlancenter.example, +1 202 555 \
0148.*
""",
    claims=(
        C("about 2,300", 2300, "approx", "casualties", "south_korea", "tue",
          "NIS briefing 'on Tuesday', 'members who attended said afterwards': dead"),
        C("roughly 16,000", 16000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, 'the members said' at the end of the sentence: sent"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'among them' (breakdown, no increment): builders who arrived"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "Seoul 'in October last year': shipped to Vladivostok"),
        C("around 10,000", 10000, "approx", "in_russia", "united_states",
          "2024-11-01..2024-11-10", "Pentagon officials 'By early November': arrived for "
          "training"),
        C("as many as 6,000", 6000, "at_most", "casualties", "ukraine", "2025-03-01..2025-05-31",
          "Budanov 'In the spring' (March-May): killed or wounded"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "'at the time' carries the spring to Seoul's count"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June': to be sent (no increment word)"),
        C("18", 18, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "KCTV 'In August': coffins of soldiers killed (state TV showing the fallen)"),
        C("between 5,000 and 7,000", None, "range", "casualties", "unattributed", "pub",
          "the think tank's own tally (an outlet's own reckoning: unattributed, required)"),
        C("several thousand", None, "vague", "near_front", "united_states", "lastweek",
          "senior defense official 'last week' in “…”: remained in the Kursk border area"),
        C("thousands", None, "vague", "planned", "nato", "mon..pub",
          "NATO official 'this week' (Monday to publication): “… more” (increment)", add=True),
    ),
)

U09 = Source(
    article_id="u09_belfast_pullback_latin1",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-02-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Ulster Evening Courier",
        "https://www.ulster-courier.example/news/world/kims-troops-pulled-back-from-kursk-front-"
        "says-kyiv-4471902",
        "Kim's troops pulled back from Kursk front, says Kyiv",
    ),
    features="Northern Irish paper in ISO-8859-1 with CRLF and straight quotes (sidecar, "
        "Wednesday), a deck with a local MP's claim and no figure, a quoted subheading; the SSO "
        "spokesman 'yesterday' 'Of the 12,000 or so …, he said, some 4,500' (hedge after the "
        "number); Zelensky 'on Sunday' `close to 5,000`; the NIS 'on Monday' 'Seoul's spies "
        "believe' `several thousand fresh troops` (increment); a Pentagon spokesman 'on "
        "Tuesday'; a US think tank 'at the weekend' `fewer than 8,000` (at_most); a Belfast MP "
        "told at a committee briefing 'last week' (other); factory staff and '200 more' hires, "
        "pounds, missiles, Ukrainians in Northern Ireland, concert takings",
    text="""\
Kim's troops pulled back from Kursk front, says Kyiv

Missiles built in east Belfast helped force the retreat, local MP claims

By Ciaran McAleese

North Korean soldiers sent to fight for Russia have been pulled out of the front line in the \
Kursk region after suffering heavy losses, Ukraine's military said yesterday.

A spokesman for Ukraine's special operations forces told a briefing in Kyiv that the North Korean \
units had not been seen in combat for around three weeks. "They simply lost too many men," he \
said. Of the [[12,000 or so]] who had been deployed to Russia in the autumn, he said, [[some \
4,500]] had been killed or wounded.

Volodymyr Zelensky had already accused Moscow on Sunday of trying to "hide" the scale of the \
North Koreans' losses, which the Ukrainian president estimated at [[close to 5,000]] dead and \
wounded.

South Korea's National Intelligence Service said on Monday it had also detected the pull-back. \
Seoul's spies believe the units are being retrained and reinforced, and that [[several thousand]] \
fresh troops could arrive from North Korea "within weeks".

In Washington, a Pentagon spokesman said on Tuesday the US could not confirm the withdrawal but \
believed [[more than 11,000]] North Koreans were still in Russia. The Institute for the Study of \
War, a US think tank, said in an assessment at the weekend that the units probably numbered \
[[fewer than 8,000]] fighting-fit soldiers by the end of January.

'A Belfast part in this'

The news was greeted with quiet satisfaction in east Belfast, where the Thales factory off the \
Castlereagh Road has been working around the clock to build lightweight missiles for Ukraine. \
Some 750 people work at the plant, which is to take on 200 more under a £1.2bn contract for 5,000 \
missiles.

Local MP Stephen Gault, who sits on the Commons defence committee, said he had been told at a \
committee briefing last week that "[[at least 1,000]]" North Koreans had been killed, many of \
them by drones and short-range missiles. "I'd like to think a Belfast part played its role in \
that," he said. Mr Gault declined to say who had briefed the committee.

About 2,500 Ukrainians have settled in Northern Ireland since the full-scale invasion in 2022, \
according to the Executive Office. A fundraising concert at the Ulster Hall on Saturday raised \
£18,400 for field hospitals near Kharkiv.
""",
    claims=(
        C("12,000 or so", 12000, "approx", "in_russia", "ukraine", "yday",
          "SSO spokesman ('Ukraine's military said yesterday'), 'he said' inside the sentence: "
          "deployed (hedge after the number)"),
        C("some 4,500", 4500, "approx", "casualties", "ukraine", "yday",
          "same briefing: killed or wounded"),
        C("close to 5,000", 5000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'on Sunday', 'which the Ukrainian president estimated at': dead and wounded"),
        C("several thousand", None, "vague", "planned", "south_korea", "mon",
          "NIS 'on Monday', 'Seoul's spies believe': 'fresh troops' to reinforce (increment)",
          add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "Pentagon spokesman 'on Tuesday': still in Russia"),
        C("fewer than 8,000", 8000, "at_most", "near_front", "other", "sat..sun",
          "US think tank 'at the weekend' (Saturday-Sunday): fighting-fit soldiers at the front"),
        C("at least 1,000", 1000, "at_least", "casualties", "other", "lastweek",
          "Belfast MP told at a Commons committee briefing 'last week' (UK: other), in quotes: "
          "killed"),
    ),
)

U10 = Source(
    article_id="u10_singapore_tabloid_kim_tears_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-22"),
    dated_by="html_meta",
    features="Singapore tabloid's web page in HTML, UTF-8 with BOM, `article:published_time` "
        "with +08:00, a date line '22 Aug 2025, 7.05am', Singapore-style dates 'on Thursday "
        "(Aug 21)', 'on Tuesday (Aug 19)', an ad script, cookie bar, 'Trending' list, footer with "
        "company number and hotline, entities `&rsquo;`, `&ldquo;`, `&ndash;`, `&lsquo;`; "
        "`<title>` figure (optional); the ceremony 'on Wednesday' reported by state media 'on "
        "Thursday' (Wednesday-Thursday): portraits of `dozens` of fallen and Kim's "
        "&ldquo;thousands of brave fighters&rdquo; (north_korea); the NIS 'in mid-August' "
        "(days 11-20) with `6,000 more` (increment) 'including 1,000 deminers' (breakdown); HUR "
        "'earlier this month'; Russia's ambassador in an interview 'published … on Tuesday'; a "
        "State Department spokesperson to the paper (`pub`); a Singapore analyst (other); "
        "drill participants, views, age, prices, percentages",
    text="""\
<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<title>Kim weeps for war dead as Seoul says [[2,000]] North Korean troops killed | The Merlion \
Daily</title>
<meta property="article:published_time" content="2025-08-22T07:05:00+08:00">
<meta property="og:site_name" content="The Merlion Daily">
<meta name="keywords" content="North Korea, Kim Jong Un, Russia, Ukraine, Kursk">
<script>var mdAds={unit:"/2214/world/article",sizes:["300x250","320x50"],kv:{sec:"world"}};</scrip\
t>
</head>
<body>
<div class="cookie-bar">This site uses cookies. Keep browsing and you accept our <a \
href="/privacy">Privacy Policy</a>. <button>Got it</button></div>
<header><a class="logo" href="/">The Merlion Daily</a><nav><a href="/singapore">Singapore</a> | \
<a href="/world">World</a> | <a href="/trending">Trending</a> | <a href="/makan">Makan</a> | <a \
href="/money">Money</a></nav></header>
<article>
<h1>Kim Jong Un tears up at ceremony for soldiers killed fighting for Russia</h1>
<p class="meta">By Rachel Goh &middot; 22 Aug 2025, 7.05am</p>
<p>SEOUL &ndash; North Korean leader Kim Jong Un wiped away tears as he hugged the families of \
soldiers killed in Russia&rsquo;s war against Ukraine, at a ceremony in Pyongyang on Wednesday, \
state media reported on Thursday (Aug 21).</p>
<p>State TV footage showed the 41-year-old leader bowing before a wall of portraits of [[dozens]] \
of fallen troops, as widows and mothers in black sobbed beside him. In a speech carried by the \
Korean Central News Agency (KCNA), Kim praised the &ldquo;[[thousands]] of brave fighters&rdquo; \
who had gone to the battlefields of Kursk &ldquo;for justice and friendship&rdquo;.</p>
<p>South Korea&rsquo;s National Intelligence Service (NIS) estimates that Pyongyang has lost \
[[about 2,000]] soldiers in Russia since October last year, the agency said in a report to \
parliament in mid-August. It added that Pyongyang was preparing to send [[6,000]] more troops, \
including [[1,000]] deminers.</p>
<p>Ukraine&rsquo;s military intelligence said earlier this month that the true toll was far \
higher, at [[over 3,500]] killed.</p>
<p>Russia&rsquo;s ambassador in Pyongyang, Alexander Matsegora, said in an interview published by \
the Izvestia newspaper on Tuesday (Aug 19) that the North Korean builders &ndash; he spoke of \
&ldquo;[[around 5,000]]&rdquo; &ndash; would start work in Kursk &ldquo;in the coming \
weeks&rdquo;.</p>
<p>A US State Department spokesperson told The Merlion Daily that Washington &ldquo;continues to \
assess that [[over 10,000]] DPRK soldiers&rdquo; remain in Russia.</p>
<h2>&lsquo;Kim needs the dead to be heroes&rsquo;</h2>
<p>Dr Lim Wei Ming, a senior fellow at the Institute of Asian Security Studies in Singapore, said \
the emotional scenes were carefully staged. &ldquo;Kim needs the dead to be heroes, otherwise \
families start asking questions,&rdquo; he said. He estimated that Pyongyang had rotated [[close \
to 20,000]] soldiers through Russia so far.</p>
<p>The ceremony came days before the annual Ulchi Freedom Shield drills, in which about 18,000 \
South Korean troops are taking part alongside US forces. The KCNA clip has been viewed more than \
2.3 million times on YouTube and TikTok, with many netizens here commenting on Kim&rsquo;s \
tears.</p>
</article>
<div class="related"><h3>Trending</h3><ul><li>Hawker centre in Toa Payoh to close for 3 months of \
renovation</li><li>S$2.50 kopi? Coffee prices up 8% since 2023</li></ul></div>
<footer>&copy; 2025 The Merlion Daily Pte Ltd. Co. Reg. No. 201912345K. Hotline: 6311 2020</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-08-11..pub",
          "<title> (metadata) 'Seoul says': the NIS figure of mid-August to publication",
          opt=True),
        C("dozens", None, "vague", "casualties", "north_korea", "wed..thu",
          "state TV footage of the ceremony on Wednesday reported on Thursday: portraits of the "
          "fallen"),
        C("thousands", None, "vague", "near_front", "north_korea", "wed..thu",
          "Kim's speech carried by KCNA, &ldquo;…&rdquo;: went to the battlefields of Kursk"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-11..2025-08-20",
          "NIS 'estimates' (present), dated by 'the agency said in a report … in mid-August': "
          "killed"),
        C("6,000", 6000, "exact", "planned", "south_korea", "2025-08-11..2025-08-20",
          "'It added': preparing to send 'more' (increment, span without the word)", add=True),
        C("1,000", 1000, "exact", "planned", "south_korea", "2025-08-11..2025-08-20",
          "'including … deminers' (breakdown of the 6,000, no increment)"),
        C("over 3,500", 3500, "at_least", "casualties", "ukraine", "2025-08-01..pub",
          "HUR 'earlier this month' (the 1st to publication): killed"),
        C("around 5,000", 5000, "approx", "planned", "russia", "tue",
          "Russia's ambassador in Pyongyang in an interview 'published … on Tuesday (Aug 19)': "
          "builders to start work"),
        C("over 10,000", 10000, "at_least", "in_russia", "united_states", "pub",
          "State Department spokesperson 'told The Merlion Daily' without a date: in Russia"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "Singapore analyst 'He estimated' (no date): rotated through Russia"),
    ),
)

U11 = Source(
    article_id="u11_saskatoon_vigil",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-25"),
    dated_by="sidecar",
    sidecar=(
        "Saskatoon Prairie Star",
        "https://www.prairie-star.example/local/ukrainians-alarmed-north-korean-soldiers-head-we"
        "st",
        "Saskatoon's Ukrainians alarmed as North Korean soldiers head west",
    ),
    features="Canadian regional paper's local story (sidecar, Friday) with a byline block; the "
        "lead's own `thousands` (reporter framing: unattributed, optional); the Pentagon 'said "
        "Wednesday'; the NIS 'the same day' (Wednesday) via 'Legislators who attended': "
        "`1,500 more` (increment) 'had followed the 1,500 … it had reported last week' (the "
        "earlier figure, `lastweek`) 'for a total of about 3,000' (new total); HUR 'has gone "
        "further, saying' (`pub`) with 'including 500 officers' (breakdown); a community "
        "leader after Thursday's vigil passing on rumours “tens of thousands” more (other, "
        "Thursday to publication, increment); vigil attendance, people of Ukrainian descent, "
        "newcomers, dollars, a date and time",
    text="""\
Saskatoon's Ukrainians alarmed as North Korean soldiers head west

'It feels like the whole world is lining up against us,' community leader says

By Dana Kowalchuk
Saskatoon Prairie Star

Members of Saskatoon's Ukrainian community say they are watching with dread as [[thousands]] of \
North Korean soldiers gather in Russia, a development they fear could prolong a war that has \
already upended their families' lives.

"It feels like the whole world is lining up against us," said Olha Didenko, president of the \
local branch of the Ukrainian Canadian Congress, speaking after a vigil at St. George's Cathedral \
on Thursday evening that drew about 300 people. Her brother serves with an artillery unit near \
Pokrovsk.

The U.S. Defense Department said Wednesday it had evidence that [[about 3,000]] North Korean \
troops had been moved to eastern Russia for training, the first time Washington has attached a \
number to the deployment. Defense Secretary Lloyd Austin, speaking in Rome, called it "a very, \
very serious issue."

South Korea's National Intelligence Service gave its own update the same day. Legislators who \
attended a closed-door briefing in Seoul said the agency believed [[1,500]] more soldiers had \
followed the [[1,500]] special forces troops it had reported last week, for a total of [[about \
3,000]] so far.

Ukraine's military intelligence agency has gone further, saying that [[12,000]] North Korean \
soldiers, including [[500]] officers, are being trained at several sites in Russia's Far East and \
could be sent into battle as early as next month.

Didenko said relatives in Kharkiv had heard rumours that "[[tens of thousands]]" more might come. \
"If that happens, it is a new war," she said.

Saskatchewan is home to about 110,000 people of Ukrainian descent, one of the largest such \
communities in Canada. Since 2022, roughly 5,800 Ukrainians displaced by the war have arrived in \
the province under a federal emergency program, according to provincial figures.

The congress chapter has raised $24,000 this month for generators and first-aid kits, Didenko \
said. A second vigil is planned for Nov. 3 at 7 p.m. at the Ukrainian Museum of Canada on Spadina \
Crescent.
""",
    claims=(
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the lead's own framing without a source (reporter framing: optional)", opt=True),
        C("about 3,000", 3000, "approx", "in_russia", "united_states", "wed",
          "Pentagon 'said Wednesday': moved to eastern Russia for training"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "wed",
          "NIS 'the same day' via legislators: 'more … had followed' (increment)", add=True),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "lastweek",
          "'it had reported last week' (the earlier figure recalled): special forces sent"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'for a total of' (new total, no increment)"),
        C("12,000", 12000, "exact", "in_russia", "ukraine", "pub",
          "HUR 'has gone further, saying' without a date: being trained in the Far East"),
        C("500", 500, "exact", "in_russia", "ukraine", "pub",
          "'including … officers' (breakdown)"),
        C("tens of thousands", None, "vague", "planned", "other", "thu..pub",
          "community leader after Thursday's vigil passing on rumours in “…” 'more' "
          "(increment)", add=True),
    ),
)

U12 = Source(
    article_id="u12_gulf_daily_prisoner_swap_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-07-16"),
    dated_by="sidecar",
    sidecar=(
        "The Gulf Horizon",
        "",
        "UAE brokers new prisoner swap as Kyiv warns of North Korean build-up",
    ),
    features="Gulf English-language daily in Markdown, ISO-8859-1 with straight quotes, front "
        "matter without a date (sidecar without url, Wednesday) and a title figure (optional, "
        "vague increment); dateline 'ABU DHABI //'; HUR 'said in a statement on Monday' after "
        "the figure `up to 30,000` more (increment); 'According to HUR' in the next paragraph "
        "(Monday to publication) with 'roughly 2,000 of them' (breakdown); Zelensky 'in "
        "January' `two` captured; the JCS 'last week' (dead and wounded, no increment); a "
        "Russian deputy defence minister to Tass 'on Friday' “several hundred” sappers clearing "
        "mines (near_front); a State Department spokeswoman 'on Tuesday' `upward of 14,000` "
        "(at_least); an Abu Dhabi analyst's range (other, `pub`); prisoners exchanged, ordinal "
        "exchange, captives returned, dirhams, temperature",
    text="""\
---
title: "Kyiv says Pyongyang readying [[thousands]] more troops for Russia"
section: World
byline: "Staff Reporter, Abu Dhabi"
tags: [Russia, Ukraine, North Korea, UAE]
---

# UAE brokers new prisoner swap as Kyiv warns of North Korean build-up

ABU DHABI // Russia and Ukraine exchanged 84 prisoners each on Tuesday in a swap mediated by the \
UAE, the Ministry of Foreign Affairs said, the 15th such exchange brokered by Abu Dhabi since the \
start of the war. In total, more than 4,600 captives have now been returned through Emirati \
mediation, the ministry said.

The exchange came as Ukraine's military intelligence agency warned that North Korea was preparing \
to send [[up to 30,000]] more soldiers to Russia in the coming months. The troops would "most \
likely" be used to relieve Russian units in the Kursk and Belgorod regions, the agency, known as \
HUR, said in a statement on Monday.

According to HUR, [[about 11,000]] North Korean soldiers are already in Russia, and [[roughly \
2,000]] of them are deployed along the border with Ukraine's Sumy region. President Volodymyr \
Zelensky said in January that his forces had captured [[two]] North Korean soldiers in Kursk; he \
has since offered to hand them over to South Korea in exchange for Ukrainians held in Russia.

South Korea's Joint Chiefs of Staff said last week that it had "no indication" of an imminent new \
deployment, but estimated that the North had lost [[around 2,000]] dead and [[several thousand]] \
wounded since October.

A Russian deputy defence minister told the Tass news agency on Friday that "[[several hundred]]" \
North Korean sappers had already begun clearing mines in the Kursk region. Moscow did not comment \
on the HUR report.

In Washington, a State Department spokeswoman said on Tuesday that the United States was "aware \
of reports" of further deployments and believed North Korea had already sent [[upward of 14,000]] \
troops.

## 'A cash business'

Dr Hamad Al Mansoori, a security analyst at an Abu Dhabi research centre, said the prisoner talks \
and the North Korean deployment showed how far the war had reached beyond Europe. "For Pyongyang, \
this is a cash business," he said. He put North Korea's casualties at "[[4,000 to 5,000]]" killed \
and wounded, well above Seoul's figures.

The UAE has sent more than Dh700 million in humanitarian aid to Ukraine since 2022. Temperatures \
in Abu Dhabi are forecast to reach 46C this week.
""",
    claims=(
        C("thousands", None, "vague", "planned", "ukraine", "mon..pub",
          "front-matter title (metadata) 'Kyiv says': HUR's Monday statement, 'more' "
          "(increment)", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR 'said in a statement on Monday' after the figure: 'more' (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon..pub",
          "'According to HUR' in the next paragraph, no day of its own (Monday to publication)"),
        C("roughly 2,000", 2000, "approx", "near_front", "ukraine", "mon..pub",
          "same, 'of them' (breakdown): along the Sumy border"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'in January': captured"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "JCS 'last week': dead"),
        C("several thousand", None, "vague", "casualties", "south_korea", "lastweek",
          "same estimate: wounded (the same count, no increment)"),
        C("several hundred", None, "vague", "near_front", "russia", "fri",
          "Russian deputy defence minister to Tass 'on Friday' (the agency does not change the "
          "claimant): sappers clearing mines in Kursk"),
        C("upward of 14,000", 14000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokeswoman 'on Tuesday': already sent"),
        C("4,000 to 5,000", None, "range", "casualties", "other", "pub",
          "Abu Dhabi analyst 'He put … at' in quotes, no date: killed and wounded"),
    ),
)

SOURCES: tuple[Source, ...] = (
    U01, U02, U03, U04, U05, U06,
    U07, U08, U09, U10, U11, U12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
