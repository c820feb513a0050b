"""Build the NINETEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A twenty-first corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Saarland regional
paper's local page, a Thuringian public broadcaster's web text, a Styrian daily's foreign page, a
Basel paper's Swiss page, a German business weekly's politics page and a church news agency's
wire copy; a Malaysian English daily at the ASEAN summit, a Scottish broadsheet, a Canadian public
broadcaster's website at the G7 summit, a Lithuanian English-language outlet on the national
threat assessment, a Japanese English-language wire on the defence white paper and a Nigerian
daily on a South Korean envoy's media briefing. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind19_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

Y01 = Source(
    article_id="y01_saar_kurier_voelklinger_ukrainer",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Saar-Kurier",
        "https://www.saar-kurier.example/lokales/voelklingen/ukrainer-sorgen-kursk-art-771204",
        "Ukrainer in Völklingen: „Jetzt schickt Kim auch noch Soldaten“",
    ),
    features="Saarland regional paper's local page, plain text (sidecar, Wednesday); teaser "
        "figure 'Nach US-Angaben' (the Pentagon's figure to publication); the Pentagon 'zu "
        "Wochenbeginn' (Monday–Tuesday) with `rund 10.000` and `etwa 8.000` davon in Kursk "
        "(breakdown); the NIS 'Mitte Oktober … Damals' and 'Am 23. Oktober' (`3.000` weitere: "
        "increment; `auf 10.000 steigen`: planned total); HUR 'am Montag über Telegram'; a "
        "Saarbrücken political scientist (`Zehntausende`, other, `pub`); Ukrainians in Völklingen "
        "and the Saarland, 'gut zwei Dutzend Landsleute', Russian losses a day, euros, age, year "
        "1953, phone number",
    text="""\
Ukrainer in Völklingen: „Jetzt schickt Kim auch noch Soldaten“

Nach US-Angaben stehen [[8.000]] nordkoreanische Soldaten im russischen Gebiet Kursk. In der \
ukrainischen Gemeinde an der Saar wächst die Angst um Männer, Brüder und Söhne an der Front.

Von Jana Bettinger

Völklingen. Oksana Melnyk hat die Nachricht am Montagabend auf dem Handy gelesen, zwischen zwei \
Schichten in der Küche eines Saarbrücker Krankenhauses. „Jeden Monat findet Putin einen neuen \
Helfer“, sagt die 44-Jährige, deren Mann seit dem Frühjahr 2023 bei einer Artillerieeinheit nahe \
Charkiw dient. Am Dienstagabend saß sie mit gut zwei Dutzend Landsleuten im Saal der \
ukrainisch-griechisch-katholischen Gemeinde zusammen. Gesprochen wurde über kaum etwas anderes.

Was bislang bekannt ist, stammt vor allem aus Washington und Seoul. Das \
US-Verteidigungsministerium hatte zu Wochenbeginn mitgeteilt, im Osten Russlands seien inzwischen \
[[rund 10.000]] nordkoreanische Soldaten angekommen. Davon seien [[etwa 8.000]] bereits in die \
Grenzregion Kursk weitergezogen, gegenüber dem ukrainischen Gebiet Sumy. Mit einem Einsatz im \
Gefecht rechne man „in den kommenden Tagen“, sagte ein Sprecher.

Südkoreas Auslandsgeheimdienst NIS hatte die Verlegung schon Mitte Oktober publik gemacht. Damals \
war von [[1.500]] Mann die Rede, die auf russischen Marineschiffen nach Wladiwostok gebracht \
worden seien. Am 23. Oktober legte die Behörde nach: [[3.000]] weitere seien gefolgt, und bis \
Dezember könne die Zahl auf [[10.000]] steigen.

Kiew spricht inzwischen von noch mehr. Der ukrainische Militärgeheimdienst HUR verbreitete am \
Montag über Telegram die Zahl von [[11.000]] Nordkoreanern, die im Raum Kursk eingetroffen seien. \
Verteidigungsminister Rustem Umjerow sagte dem südkoreanischen Sender KBS, es habe bereits erste \
„kleine Gefechte“ gegeben.

Für Melnyk sind das mehr als Zahlen. Ihr Mann erzähle am Telefon, dass an seinem Abschnitt \
täglich Gleitbomben einschlagen, sagt sie. Nach Angaben des ukrainischen Generalstabs verliert \
Russland derzeit mehr als 1.200 Soldaten am Tag – „und trotzdem kommen immer neue“.

Der Politikwissenschaftler Daniel Kessler von der Universität des Saarlandes hält den Schritt \
Pjöngjangs für einen Einschnitt. „Zum ersten Mal seit 1953 kämpfen nordkoreanische Soldaten \
wieder in einem großen Krieg“, sagt er. Kim könne es sich leisten, [[Zehntausende]] zu schicken, \
ohne die eigene Verteidigung zu schwächen. Der Preis dafür sei russische Militärtechnik, die \
Pjöngjang allein nie entwickeln könnte.

In Völklingen leben derzeit rund 900 Geflüchtete aus der Ukraine, im ganzen Saarland sind es nach \
Zahlen des Innenministeriums etwa 14.500. Die Stadt hat für Sprach- und Integrationskurse in \
diesem Jahr 240.000 Euro eingeplant. Das Integrationsbüro im Alten Rathaus ist unter 06898 \
13-2247 erreichbar.
""",
    claims=(
        C("8.000", 8000, "exact", "near_front", "united_states", "mon..pub",
          "teaser 'Nach US-Angaben': the Pentagon's figure of the body (start of the week) to "
          "publication"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon..tue",
          "the Pentagon 'zu Wochenbeginn' (Monday–Tuesday of a Wednesday article): arrived in "
          "eastern Russia"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon..tue",
          "'Davon … weitergezogen' (breakdown, Konjunktiv carries the Pentagon): in Kursk"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-11..2024-10-20",
          "the NIS 'Mitte Oktober … Damals': brought to Vladivostok"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "'Am 23. Oktober legte die Behörde nach': 'weitere' (increment; span without the word)",
          add=True),
        C("10.000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same sentence: 'bis Dezember könne die Zahl auf 10.000 steigen' (a planned total)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "HUR 'am Montag über Telegram': arrived in the Kursk area"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "Saarbrücken political scientist, Konjunktiv after 'sagt er': could send"),
    ),
)

Y02 = Source(
    article_id="y02_thueringen_funk_abzug_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-02-13"),
    dated_by="html_meta",
    features="Thuringian public broadcaster's web text in HTML, UTF-8 with BOM "
        "(`article:published_time` +01:00, a 'Stand:' line too, consent layer, navigation, "
        "config and tracking scripts, footer, `&copy;`/`&middot;`/`&bdquo;`); no figure in the "
        "headline; the NIS 'am Mittwoch' without a figure, its earlier figures 'Im November' and "
        "'Mitte Januar' (`2.700` wounded next to the dead: not an increment); the SSO 'Ende "
        "Januar'; a US official 'in dieser Woche dem Sender CNN' (X citing Y) with 'ein Drittel' "
        "(fraction, not a claim); HUR undated (`knapp 8.000`, `pub`); an Erfurt scholar expects "
        "`einige tausend` frische Soldaten (increment, other); Ukrainians in Thuringia, "
        "Ukrainians trained by the Bundeswehr, age, phone, ad-slot sizes",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreas Soldaten offenbar von der Kursk-Front abgezogen | Thüringen Funk</title>
<meta name="description" content="Südkoreas Geheimdienst: Seit Wochen keine Nordkoreaner mehr im \
Gefecht. Ein Erfurter Experte erwartet ihre Rückkehr.">
<meta property="article:published_time" content="2025-02-13T16:05:00+01:00">
<meta property="og:type" content="article">
<script>var tfConfig = {region: "thueringen", adSlot: "300x250", consentVersion: 7};</script>
</head>
<body>
<div id="consent-layer"><p>Wir möchten Ihnen eingebettete Inhalte von Drittanbietern zeigen und \
messen, wie unser Angebot genutzt wird. Dafür brauchen wir Ihre Einwilligung.</p><button \
id="ok">Einverstanden</button> <button id="no">Ablehnen</button> <a \
href="/einstellungen">Einstellungen</a></div>
<header><a href="/" class="brand">Thüringen Funk</a>
<nav><a href="/nachrichten">Nachrichten</a> | <a href="/erfurt">Erfurt</a> | <a \
href="/jena">Jena</a> | <a href="/gera">Gera</a> | <a href="/suhl">Suhl</a> | <a \
href="/radio">Radio</a></nav></header>
<main><article>
<p class="kicker">Krieg gegen die Ukraine</p>
<h1>Nordkoreas Soldaten offenbar von der Kursk-Front abgezogen</h1>
<p class="stand">Stand: 13. Februar 2025, 16:05 Uhr</p>
<p class="lead"><strong>Seit Mitte Januar sind nordkoreanische Truppen an der Front bei Kursk \
kaum noch gesehen worden, berichtet Südkoreas Geheimdienst. Ein Erfurter Politikwissenschaftler \
hält den Rückzug nur für eine Atempause.</strong></p>
<p>Die nordkoreanischen Einheiten seien seit etwa drei Wochen nicht mehr an Kampfhandlungen \
beteiligt, teilte der südkoreanische Nachrichtendienst NIS am Mittwoch mit. Vermutlich habe man \
sie nach hohen Verlusten zurückgezogen. Ob sie wiederkommen, sei offen.</p>
<p>Im November hatte der Dienst geschätzt, dass Pjöngjang [[rund 11.000]] Soldaten nach Russland \
geschickt hat. Mitte Januar bezifferte er die Zahl der Getöteten auf [[etwa 300]], die der \
Verwundeten auf [[2.700]].</p>
<p>Kiew geht von deutlich höheren Verlusten aus. Die ukrainischen Spezialeinsatzkräfte hatten \
Ende Januar erklärt, [[rund 4.000]] Nordkoreaner seien getötet oder verwundet worden. Ein \
ranghoher Vertreter der US-Regierung sagte in dieser Woche dem Sender CNN, von den [[etwa \
12.000]] entsandten Soldaten sei inzwischen ein Drittel ausgefallen.</p>
<p>Der ukrainische Militärgeheimdienst HUR schätzt, dass sich derzeit noch [[knapp 8.000]] \
Nordkoreaner in Russland aufhalten. Viele von ihnen würden in Lagern hinter der Front neu \
ausgebildet, vor allem im Umgang mit Drohnen, heißt es aus Kiew.</p>
<h2>&bdquo;Kim wird nachlegen&ldquo;</h2>
<p>Für Jonas Reinhardt von der Willy Brandt School of Public Policy an der Universität Erfurt ist \
der Rückzug kein Ende des Einsatzes. &bdquo;Die Nordkoreaner haben teuer gelernt, wie dieser \
Krieg funktioniert, und dieses Wissen nimmt Pjöngjang mit&ldquo;, sagt der 39-Jährige. Er \
erwartet, dass Nordkorea im Frühjahr [[einige tausend]] frische Soldaten nachschickt.</p>
<p>In Thüringen verfolgen viele Geflüchtete die Nachrichten aus dem Grenzgebiet. Nach Angaben des \
Migrationsministeriums leben derzeit gut 33.000 Menschen aus der Ukraine im Freistaat. Die \
Bundeswehr hat seit 2022 mehr als 19.000 ukrainische Soldaten ausgebildet.</p>
</article></main>
<footer><p>&copy; 2025 Thüringen Funk &middot; <a href="/impressum">Impressum</a> &middot; <a \
href="/datenschutz">Datenschutz</a> &middot; Hörerservice 0361 218-4400</p></footer>
<script>tfTrack({page: "nachrichten/nordkorea-kursk-abzug-100", words: 412, region: 16});</script>
</body>
</html>
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2024-11-01..2024-11-30",
          "the NIS's earlier estimate 'Im November': sent to Russia"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Januar': killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same sentence: wounded (the same count split by kind, not an increment)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "the SSO 'Ende Januar': killed or wounded"),
        C("etwa 12.000", 12000, "approx", "in_russia", "united_states", "mon..pub",
          "a senior US official 'in dieser Woche dem Sender CNN' (X citing Y: the official's "
          "group); 'ein Drittel' is a fraction, not a claim"),
        C("knapp 8.000", 8000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'schätzt' (present tense, no date): still in Russia"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "Erfurt scholar 'Er erwartet': 'frische Soldaten nachschickt' (increment)", add=True),
    ),
)

Y03 = Source(
    article_id="y03_steirerblick_nachschub",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-06"),
    dated_by="dateline", crlf=True,
    features="Styrian daily's foreign page (Austrian: 'Jänner', 'Feber', 'heuer'), ISO-8859-1 "
        "with CRLF and straight quotes, dated by the dateline 'Graz, 6. März 2025 -'; headline "
        "`Tausende` neue Soldaten (increment, the JCS's Wednesday figure to publication); the JCS "
        "'am Mittwoch' with `rund 3.000` weitere (increment), `Damit … insgesamt etwa 11.000` (a "
        "new total) and losses 'hieß es aus Seoul weiter'; HUR 'Ende Feber' `bis zu 2.000` "
        "frische Kräfte (increment, in Kursk); Rutte 'Ende Jänner' in Konjunktiv; a Leoben-born "
        "professor in Seoul: `10.000 bis 15.000` weitere heuer (increment range, other); South "
        "Koreans in Styria, age, Bundesheer budget, displaced Ukrainians, year, phone number",
    text="""\
STEIRERBLICK | Politik | Ausland

Kim schickt Nachschub: [[Tausende]] neue Soldaten für Putins Krieg

Nach schweren Verlusten in Kursk füllt Nordkorea seine Reihen auf. Ein gebürtiger Leobener, der \
in Seoul lehrt, erwartet heuer noch mehr.

Graz, 6. März 2025 - Von Bernhard Zach

Nordkorea hat seit Jahresbeginn erneut Soldaten nach Russland verlegt. Wie der Vereinigte \
Generalstab in Seoul am Mittwoch mitteilte, sind im Jänner und im Feber [[rund 3.000]] weitere \
Männer eingetroffen. Dazu kämen zusätzliche Kurzstreckenraketen und Artilleriegeschütze. Damit \
stünden derzeit insgesamt [[etwa 11.000]] nordkoreanische Soldaten in Russland, so die \
südkoreanischen Militärs.

Die Verluste seien hoch: Seit dem ersten Einsatz im Herbst seien [[rund 4.000]] Nordkoreaner \
getötet oder verwundet worden, hieß es aus Seoul weiter.

Die Ukraine hatte den Nachschub schon früher gemeldet. Ende Feber berichtete der \
Militärgeheimdienst HUR, in der Region Kursk seien [[bis zu 2.000]] frische Kräfte aus Nordkorea \
angekommen. Auch die Einheiten, die im Jänner wegen der hohen Ausfälle von der Front genommen \
worden waren, seien zurück.

Die Nato sieht ebenfalls keine Entspannung. Generalsekretär Mark Rutte hatte Ende Jänner vor \
Abgeordneten des Europaparlaments in Brüssel gewarnt, dass [[über 10.000]] Nordkoreaner an \
Russlands Seite kämpften. Moskau liefere im Gegenzug Technologie für Pjöngjangs Raketenprogramm.

"Das ist zunächst eine Rotation, keine Aufstockung", sagt Martin Pichler. Der gebürtige Leobener \
lehrt seit 2009 Internationale Beziehungen an einer Universität in Seoul und verfolgt den Einsatz \
seit dem Herbst. Die frischen Soldaten ersetzten vor allem Gefallene und Verwundete. Dabei werde \
es aber nicht bleiben: Pichler schätzt, dass heuer noch [[10.000 bis 15.000]] weitere folgen \
könnten, "solange Moskau so gut zahlt".

In Graz hat die Nachricht auch die kleine koreanische Gemeinde beschäftigt. Rund 300 \
Südkoreanerinnen und Südkoreaner leben nach Angaben der Botschaft in der Steiermark, viele \
studieren an der Kunstuniversität. "Wir schauen mit Bangen nach Norden", sagt eine 27-jährige \
Pianistin, die ihren Namen nicht in der Zeitung lesen will.

Das Bundesheer kann heuer mit einem Budget von rund 4,7 Milliarden Euro planen. In der Steiermark \
werden derzeit knapp 6.800 Menschen aus der Ukraine vom Land grundversorgt, wie eine Sprecherin \
sagte.

Leserbriefe an: ausland@steirerblick.example - Telefon 0316 8063-0
""",
    claims=(
        C("Tausende", None, "vague", "in_russia", "south_korea", "wed..pub",
          "headline 'Tausende neue Soldaten' (increment): the JCS's Wednesday figure to "
          "publication", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "the JCS 'am Mittwoch': 'weitere Männer eingetroffen' (increment)", add=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'Damit stünden derzeit insgesamt' (a new total, not an increment), 'so die "
          "südkoreanischen Militärs'"),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "wed",
          "'hieß es aus Seoul weiter' at the end: killed or wounded"),
        C("bis zu 2.000", 2000, "at_most", "near_front", "ukraine", "2025-02-21..2025-02-28",
          "HUR 'Ende Feber': 'frische Kräfte' arrived in Kursk (increment)", add=True),
        C("über 10.000", 10000, "at_least", "near_front", "nato", "2025-01-21..2025-01-31",
          "Rutte 'Ende Jänner', Konjunktiv: fighting on Russia's side"),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "Leoben-born professor 'schätzt' (present tense): 'weitere folgen könnten' heuer "
          "(increment)", add=True),
    ),
)

Y04 = Source(
    article_id="y04_basler_bote_sanktionen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-06-24"),
    dated_by="front_matter",
    features="Basel paper's Swiss page in Markdown, windows-1252 (Swiss: `15'000`, «», no ß), "
        "front matter with `date:` and a title figure (optional); headline `6000` (Shoigu's "
        "deminers and builders added up, Tuesday a week earlier to publication, no increment); "
        "Shoigu 'vergangenen Dienstag' in a Tuesday article (the week before) with `1000` and "
        "`5000` without separators; the NIS 'im April … Bilanz zog'; Zelensky 'am Wochenende' in "
        "an interview; a Basel international lawyer's range (other, `pub`); the Federal Council's "
        "sanctions on seven officers and two firms, aid in francs, people with status S, years",
    text="""\
---
title: "Moskau holt [[6000]] Nordkoreaner – der Bundesrat verschärft die Sanktionen"
date: 2025-06-24
rubrik: Schweiz
autorin: "Seraina Vogt"
ort: "Basel/Bern"
---

# Moskau holt [[6000]] Nordkoreaner – der Bundesrat verschärft die Sanktionen

**Die Schweiz übernimmt die neuen EU-Massnahmen gegen Pjöngjang. Eine Basler Völkerrechtlerin \
hält das für überfällig.**

Die Landesregierung hat am Freitag beschlossen, die jüngsten Sanktionen der Europäischen Union \
gegen Nordkorea zu übernehmen. Betroffen sind sieben Offiziere der nordkoreanischen Armee und \
zwei staatliche Handelsfirmen, deren Guthaben in der Schweiz gesperrt werden, wie das \
Staatssekretariat für Wirtschaft (Seco) mitteilte. Die Offiziere sollen den Einsatz \
nordkoreanischer Truppen in Russland organisiert haben.

Wie gross dieser Einsatz inzwischen ist, zeigte sich vergangenen Dienstag in Pjöngjang. Dort \
kündigte Sergei Schoigu, Sekretär des russischen Sicherheitsrats, nach einem Treffen mit \
Machthaber Kim Jong Un an, Pjöngjang stelle [[1000]] Minenräumer sowie [[5000]] Bauarbeiter des \
Militärs bereit. Sie sollen die beim ukrainischen Vorstoss zerstörten Dörfer im Gebiet Kursk \
wieder aufbauen.

Laut dem südkoreanischen Geheimdienst NIS, der im April vor dem Parlament in Seoul Bilanz zog, \
sind seit dem letzten Herbst insgesamt [[rund 15'000]] nordkoreanische Soldaten nach Russland \
gereist; [[etwa 4700]] von ihnen seien getötet oder verwundet worden.

Kiew nennt andere Zahlen. Präsident Wolodimir Selenski sagte am Wochenende in einem Interview, im \
Grenzgebiet bei Kursk stünden nach wie vor [[über 10'000]] Nordkoreaner. Die Ukraine rechne \
damit, dass Russland sie für neue Angriffe auf die Region Sumy einsetzen werde.

## «Überfällig»

«Die Schweiz hätte schon im Herbst handeln können», sagt Annette Brügger, die an der Universität \
Basel Völkerrecht lehrt. Die Entsendung verstosse gegen mehrere Resolutionen des \
Uno-Sicherheitsrats, die Nordkorea jede militärische Zusammenarbeit verbieten. Brügger geht davon \
aus, dass sich Ende Jahr [[20'000 bis 25'000]] Männer aus Nordkorea auf russischem Boden befinden \
könnten, die Bauarbeiter eingerechnet. «Pjöngjang verdient an jedem einzelnen von ihnen.»

Die Schweiz hat der Ukraine seit Februar 2022 humanitäre Hilfe und Mittel für den Wiederaufbau \
von über 5 Milliarden Franken zugesagt. Im Kanton Basel-Stadt leben derzeit rund 2300 Menschen \
mit Schutzstatus S, in Basel-Landschaft etwa 2100.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: Shoigu's 1000 deminers and 5000 builders added up (no increment word), "
          "from his Tuesday a week earlier to publication"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'vergangenen Dienstag' in a Tuesday article (the week before), Konjunktiv "
          "'stelle … bereit': deminers"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: military builders"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "'Laut … NIS, der im April … Bilanz zog': travelled to Russia in total"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'von ihnen' (breakdown), Konjunktiv: killed or wounded"),
        C("über 10'000", 10000, "at_least", "near_front", "ukraine", "sat..sun",
          "Zelensky 'am Wochenende' in an interview: in the border area near Kursk"),
        C("20'000 bis 25'000", None, "range", "planned", "other", "pub",
          "Basel international lawyer 'geht davon aus' (present tense): by the end of the year"),
    ),
)

Y05 = Source(
    article_id="y05_markt_und_macht_devisen_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-07-18"),
    dated_by="sidecar",
    sidecar=(
        "Markt & Macht",
        "https://www.markt-und-macht.example/politik/nordkorea-soldaten-devisen-41377",
        "Soldaten gegen Devisen: Kim könnte bis zu 30.000 weitere Männer schicken",
    ),
    features="German business weekly's politics page in HTML, windows-1252 (`<meta http-equiv>` "
        "charset, raw „“, – and ·, entity `&amp;`), no meta date (sidecar, Friday), a privacy "
        "note, navigation, ad and metrics scripts; `<title>` figure (optional); headline `bis zu "
        "30.000` weitere (Budanov's Wednesday figure to publication, increment); Budanov 'am "
        "Mittwoch in einem Interview' with the range `25.000 bis 30.000` weiteren (increment) "
        "and `so Budanow` at the end; a Seoul think tank's study 'am Montag' (`14.000` as its "
        "basis, other); the NIS 'im Frühjahr' (March–May) with `mindestens 600` gefallen "
        "(breakdown); the weekly's own reckoning `mindestens 18.000` (unattributed, required); "
        "shells (number word), dollars, calibre, percent, years, register number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Soldaten gegen Devisen: Kim könnte [[bis zu 30.000]] weitere Männer schicken – Markt &amp; \
Macht</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.mmAds = {slots: ["top", "mid"], sizes: ["728x90", "300x600"], pv: 1};</script>
</head>
<body>
<div class="privacy-note">Markt &amp; Macht finanziert sich auch über Werbung. Mit „Akzeptieren“ \
erlauben Sie uns und unseren Partnern, Nutzungsdaten zu verarbeiten. <a \
href="/datenschutz">Datenschutz</a> <button>Akzeptieren</button> <button>Abo ohne \
Werbung</button></div>
<nav><a href="/">Startseite</a> · <a href="/politik">Politik</a> · <a \
href="/unternehmen">Unternehmen</a> · <a href="/finanzen">Finanzen</a> · <a href="/heft">Heft \
29/2025</a></nav>
<article>
<p class="ressort">Politik &amp; Weltwirtschaft</p>
<h1>Soldaten gegen Devisen: Kim könnte [[bis zu 30.000]] weitere Männer schicken</h1>
<p class="vorspann">Nordkorea lässt sich den Einsatz in Russland teuer bezahlen – mit Öl, Technik \
und harter Währung. Nun soll Pjöngjang das Kontingent kräftig aufstocken.</p>
<p class="autor">Von Henrik Sommerfeld, Berlin</p>
<p>Die Warnung kam aus Kiew, und sie war konkret. Nordkorea bereite die Entsendung von [[25.000 \
bis 30.000]] weiteren Soldaten vor, sagte Kyrylo Budanow, Chef des ukrainischen \
Militärgeheimdienstes HUR, am Mittwoch in einem Interview. Sie sollten russische Verbände \
ersetzen, die an anderen Abschnitten der Front gebraucht würden. Bislang stünden [[etwa 11.000]] \
Nordkoreaner in der Region Kursk, so Budanow.</p>
<p>Für Kim Jong Un ist das ein Geschäft. Nach Berechnungen des Asan-Instituts in Seoul, dessen \
Studie am Montag erschien, hat Pjöngjang allein mit Munitionslieferungen seit 2023 bis zu 20 \
Milliarden Dollar eingenommen – für rund zwölf Millionen Artilleriegranaten, ballistische Raketen \
und 170-Millimeter-Haubitzen. Dazu kommt der Sold: Die Autoren legen ihren Schätzungen [[14.000]] \
entsandte Männer zugrunde, für die Moskau je etwa 2.000 Dollar im Monat zahle.</p>
<p>Der südkoreanische Geheimdienst NIS hatte im Frühjahr [[etwa 15.000]] nordkoreanische Soldaten \
in Russland gezählt; [[mindestens 600]] von ihnen seien gefallen. Seither sind nach Angaben aus \
Seoul kaum neue Kampftruppen hinzugekommen, wohl aber Ingenieure und Bautrupps.</p>
<p>Rechnet man Soldaten, Pioniere und die von Moskau angekündigten Bauarbeiter zusammen, waren \
nach Berechnung dieser Redaktion seit Herbst 2024 [[mindestens 18.000]] Nordkoreaner für Russland \
im Einsatz. Der Handel zwischen beiden Ländern wuchs 2024 laut russischen Zolldaten um gut 40 \
Prozent, über die Brücke am Tumen rollen wieder Güterzüge.</p>
<p>Ökonomen bezweifeln, dass sich das für Russland rechnet. „Moskau zahlt mit Rohstoffen und \
Know-how, und das wird langfristig teurer als jeder Sold“, sagt die Berliner Ökonomin Katrin \
Albers. Die UN-Sanktionen, die Nordkorea jeden Waffenhandel verbieten, sind damit faktisch \
ausgehebelt.</p>
</article>
<footer>© 2025 Markt &amp; Macht Verlag GmbH · Amtsgericht Düsseldorf HRB 48213 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/mm-metrics.js" data-article="2025-29-41377" async></script>
</body>
</html>
""",
    claims=(
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "wed..pub",
          "<title> (metadata) restating the headline", add=True, opt=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "wed..pub",
          "headline 'weitere' (increment): Budanov's Wednesday range to publication", add=True),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "wed",
          "Budanov 'am Mittwoch in einem Interview' after the Konjunktiv: 'weiteren' (increment)",
          add=True),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "wed",
          "'so Budanow' at the end: in the Kursk region"),
        C("14.000", 14000, "exact", "in_russia", "other", "mon",
          "the Asan Institute's study 'am Montag': the troops sent that its estimate rests on"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-03-01..2025-05-31",
          "the NIS 'im Frühjahr' (March–May): counted in Russia"),
        C("mindestens 600", 600, "at_least", "casualties", "south_korea",
          "2025-03-01..2025-05-31", "'von ihnen' (breakdown), Konjunktiv: fallen"),
        C("mindestens 18.000", 18000, "at_least", "in_russia", "unattributed", "pub",
          "'nach Berechnung dieser Redaktion' (the weekly's own reckoning: required)"),
    ),
)

Y06 = Source(
    article_id="y06_kirchendienst_bischof_freiburg",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-10"),
    dated_by="sidecar",
    sidecar=(
        "Kirchlicher Nachrichtendienst (KND)",
        "",
        "Südkoreanischer Bischof bittet um Gebet für nordkoreanische Soldaten",
    ),
    features="Church news agency wire copy in UTF-16 LE with BOM (sidecar without url, "
        "Wednesday; '(KND)' dateline without a date, agency footer); a Korean bishop 'am "
        "Dienstag in Freiburg', his words carried by Konjunktiv and 'Demnach' (`Hunderte` "
        "wounded brought home: other, Tuesday); the NIS 'vom vergangenen Donnerstag' with "
        "`etwa 2.000` of `rund 13.000` dead (breakdown); the `zwei` prisoners as background "
        "(optional); Syrskyi 'im August'; KCNA 'Ende August' (`Dutzenden` fallen, north_korea); "
        "the bishop recalling Russia's announcement 'im Juni' of `6.000` weitere (X citing Y: "
        "russia, increment); Catholics in Korea, percent, projects, age, IBAN",
    text="""\
Südkoreanischer Bischof bittet um Gebet für nordkoreanische Soldaten

Freiburg (KND) Ein führender katholischer Bischof aus Südkorea hat die Christen in Deutschland \
zum Gebet für die in Russland eingesetzten nordkoreanischen Soldaten aufgerufen. „Diese jungen \
Männer haben nichts gewählt, weder ihren Dienst noch diesen Krieg“, sagte Bischof Simon Ahn \
Jae-hoon am Dienstag in Freiburg. Der 67-Jährige leitet in der Koreanischen Bischofskonferenz den \
Ausschuss für die Versöhnung des koreanischen Volkes und besucht auf Einladung des Hilfswerks \
Ostasien-Brücke derzeit mehrere deutsche Diözesen.

Nach jüngsten Angaben des südkoreanischen Geheimdienstes NIS vom vergangenen Donnerstag sind von \
den [[rund 13.000]] bisher entsandten nordkoreanischen Soldaten [[etwa 2.000]] ums Leben \
gekommen. Der Bischof sprach von einer „Tragödie für Familien, die nicht einmal öffentlich \
trauern dürfen“.

Ahn berichtete von Hinweisen aus kirchlichen Netzwerken im chinesischen Grenzgebiet. Demnach \
seien in den vergangenen Monaten [[Hunderte]] verwundete Soldaten über die Grenze zurück nach \
Nordkorea gebracht worden, viele von ihnen mit Amputationen. Überprüfen lasse sich das nicht. Er \
wisse auch von Familien, die erst Monate nach dem Tod ihres Sohnes benachrichtigt worden seien.

Mit Blick auf die [[zwei]] Nordkoreaner, die seit Januar in ukrainischer Kriegsgefangenschaft \
sind, appellierte der Bischof an Kiew, niemanden gegen seinen Willen zurückzuschicken. Beide \
hätten den Wunsch geäußert, nach Südkorea zu gehen.

Die ukrainische Armee geht von noch weit höheren Verlusten aus. Oberbefehlshaber Olexandr Syrskyj \
hatte im August die Zahl der nordkoreanischen Toten und Verwundeten mit [[mehr als 6.000]] \
angegeben.

Pjöngjang selbst hat den Einsatz erst im April eingeräumt. Ende August meldete die Staatsagentur \
KCNA, Machthaber Kim Jong Un habe in der Hauptstadt die Angehörigen von [[Dutzenden]] gefallenen \
Soldaten empfangen und ihnen Orden überreicht.

Der Bischof erinnerte zudem daran, dass Russland im Juni die Entsendung von [[6.000]] weiteren \
Nordkoreanern als Minenräumer und Bauarbeiter nach Kursk angekündigt hatte. „Jeder dieser Männer \
hat eine Mutter, die nachts wach liegt“, sagte er.

In Südkorea sind rund 5,9 Millionen Menschen katholisch, etwa elf Prozent der Bevölkerung. Die \
Ostasien-Brücke fördert nach eigenen Angaben 38 Projekte in Korea und der Mongolei. Spendenkonto: \
IBAN DE12 3706 0193 0000 4417 00.

KND mw/jg
""",
    claims=(
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'vom vergangenen Donnerstag' (a Wednesday article): sent so far"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "'von den … etwa 2.000' (breakdown): died"),
        C("Hunderte", None, "vague", "casualties", "other", "tue",
          "the bishop ('am Dienstag in Freiburg'), carried by 'Demnach' and Konjunktiv: wounded "
          "brought back to North Korea"),
        C("zwei", 2, "exact", "casualties", "unattributed", "pub",
          "background relative clause about the two prisoners, no source (optional)", opt=True),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-08-01..2025-08-31",
          "Syrskyi 'im August': killed and wounded"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August': families of fallen soldiers received by Kim"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "the bishop recalling Russia's announcement 'im Juni' (X citing Y: russia): "
          "'weiteren' (increment)", add=True),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Malaysia, Scotland, Canada, Lithuania, Japan, Nigeria)
# ---------------------------------------------------------------------------------------------

Y07 = Source(
    article_id="y07_malaysian_ledger_asean_sidelines_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-28"),
    dated_by="html_meta",
    features="Malaysian English daily's world page in HTML (`article:published_time` +08:00, "
        "NewsArticle JSON-LD without a figure, a cookie bar, navigation, related links, a page "
        "script with a comment count, entities `&rsquo;`, `&ldquo;`, `&mdash;`, `&rsaquo;`); "
        "`<title>` figure (optional); headline 'Seoul says' (Monday to publication); South "
        "Korea's national security adviser 'briefing … on Monday', then 'Wi said' after the "
        "figure; a US official travelling with Trump 'on Sunday'; KCNA 'On Saturday' "
        "(`thousands` who fought: north_korea); Ukraine's ambassador 'last week' to the paper "
        "(two figures); a KL think-tank analyst 'She estimates' (other, `pub`); 11 member "
        "states, police officers, US$, company number, hotline",
    text="""\
<!DOCTYPE html>
<html lang="en-MY">
<head>
<meta charset="utf-8">
<title>ASEAN 2025: Seoul says [[15,000]] of Kim's troops sent to Russia | The Malaysian \
Ledger</title>
<meta property="article:published_time" content="2025-10-28T09:12:00+08:00">
<meta property="og:site_name" content="The Malaysian Ledger">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", \
"articleSection": "World", "wordCount": 610, "author": {"@type": "Person", "name": "Nurul Aisyah \
Rahman"}}</script>
</head>
<body>
<div class="cookie-bar">Continuing to use this site means you accept cookies for analytics and \
tailored advertising. <a href="/privacy-policy">Find out more</a> <button>Got it</button></div>
<nav class="main-nav"><a href="/">Home</a> <a href="/nation">Nation</a> <a \
href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a \
href="/lifestyle">Lifestyle</a></nav>
<article>
<p class="section">World &rsaquo; ASEAN Summit 2025</p>
<h1>Seoul says [[15,000]] of Kim&rsquo;s troops sent to Russia</h1>
<p class="byline">By Nurul Aisyah Rahman &middot; Kuala Lumpur</p>
<p>KUALA LUMPUR: The war in Ukraine was not on the official agenda of the 47th ASEAN Summit, but \
it was hard to escape on the sidelines. Briefing Korean and Malaysian reporters at the Kuala \
Lumpur Convention Centre on Monday, South Korea&rsquo;s national security adviser Wi Sung-lac \
said North Korea had sent [[roughly 15,000]] soldiers to Russia since October last year.</p>
<p>Of those, [[about 10,000]] were still deployed along Russia&rsquo;s border with Ukraine, Wi \
said. Pyongyang was also moving military construction workers into the Kursk region &ldquo;in \
several stages&rdquo;, he added, and Seoul was watching the movements closely.</p>
<p>Wi spoke hours after President Lee Jae-myung raised the matter in talks with his host, Prime \
Minister Anwar Ibrahim.</p>
<p>Washington&rsquo;s count is lower. A senior US administration official travelling with \
President Donald Trump, who flew on to Tokyo on Monday, told reporters on Sunday that [[some \
11,000]] North Koreans were currently deployed in Russia. The official did not explain how the \
estimate was reached.</p>
<p>Pyongyang itself speaks of heroes rather than numbers. On Saturday the state news agency KCNA \
reported that Kim Jong Un had laid the foundation stone for a museum honouring the [[thousands]] \
of &ldquo;heroic sons&rdquo; who fought in Kursk.</p>
<p>Ukraine&rsquo;s ambassador to Malaysia, Denys Mykhailenko, told the Ledger last week that \
Kyiv&rsquo;s intelligence services counted [[more than 20,000]] North Koreans on Russian soil if \
labourers in uniform were included, and that [[at least 6,000]] had been killed or wounded. \
&ldquo;These numbers are not abstract. They shell our cities,&rdquo; he said.</p>
<p>Dr Farah Izzati Hamzah, a senior analyst at a Kuala Lumpur security think tank, believes the \
real toll is higher than Seoul admits. She estimates that [[at least 3,000]] North Koreans have \
died, &ldquo;most of them in the first winter, when they were sent across open fields into \
Ukrainian drones&rdquo;.</p>
<p>The summit brought together leaders of the bloc&rsquo;s 11 member states &mdash; Timor-Leste \
was formally admitted on Sunday &mdash; and ends today. Some 3,400 police personnel were deployed \
around the venue, and several roads in the city centre will stay closed until 6pm.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/world/anwar-trump-trade-pact">Anwar, \
Trump seal trade pact worth US$70bn</a></li><li><a href="/nation/klcc-road-closures">KLCC road \
closures: what you need to know</a></li></ul></aside>
<footer>&copy; 2025 The Malaysian Ledger Sdn Bhd (200101012345) &middot; <a \
href="/contact">Contact us</a> &middot; Hotline 03-2726 8800</footer>
<script>window.mlPage = {id: "WRL-2025-10-28-0419", comments: 58};</script>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul says': Wi's Monday figure to publication"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "South Korea's national security adviser, 'Briefing … on Monday' opening the sentence"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "mon",
          "'Of those' (breakdown), 'Wi said' after the figure: along the border"),
        C("some 11,000", 11000, "approx", "in_russia", "united_states", "sun",
          "a senior US official 'told reporters on Sunday' (Monday is Trump's departure)"),
        C("thousands", None, "vague", "near_front", "north_korea", "sat",
          "KCNA 'On Saturday': 'heroic sons' who fought in Kursk"),
        C("more than 20,000", 20000, "at_least", "in_russia", "ukraine", "lastweek",
          "Ukraine's ambassador 'told the Ledger last week': on Russian soil, labourers included"),
        C("at least 6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "same sentence: killed or wounded"),
        C("at least 3,000", 3000, "at_least", "casualties", "other", "pub",
          "KL think-tank analyst 'She estimates' (present tense): died"),
    ),
)

Y08 = Source(
    article_id="y08_caledonian_herald_first_losses_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-12-20"),
    dated_by="front_matter",
    features="Scottish broadsheet's world page in Markdown, ISO-8859-1 (straight quotes, `£`), "
        "front matter with a quoted `date:`, no figure in the headline; italic standfirst (the "
        "NIS's Thursday figure to publication); the NIS 'briefed a closed-door session … on "
        "Thursday' then 'The agency believes' (`about 1,000` others wounded: not an "
        "increment); a committee member 'said afterwards' (`Of the around 11,000`); HUR 'at the "
        "weekend'; an American official 'on the same day' as the Pentagon's Monday; the UK "
        "defence secretary 'on Wednesday' in Scotland (`upwards of 10,000`, other); a St Andrews "
        "academic (`tens of thousands`, other, `pub`); Russian losses a day, Ukrainians in "
        "Scotland, pounds, age, the 1950s",
    text="""\
---
title: "Kim's soldiers die in Kursk as Seoul counts the first losses"
date: "2024-12-20"
section: World
byline: "Calum Robertson, Foreign Affairs Correspondent"
---

# Kim's soldiers die in Kursk as Seoul counts the first losses

*South Korea's spy agency says [[at least 100]] of Pyongyang's troops have been killed - and that \
they are being spent as expendable assault infantry*

North Korean soldiers sent to fight for Vladimir Putin are dying in Russia's Kursk region, \
according to South Korea's National Intelligence Service, which briefed a closed-door session of \
parliament's intelligence committee on Thursday.

The agency believes [[at least 100]] have been killed since the troops were committed to combat \
this month, while [[about 1,000]] others have been wounded. Lee Seong-kweun, a member of the \
committee, said afterwards that the NIS had described the soldiers as badly prepared for drone \
warfare and "unfamiliar with open terrain". Of the [[around 11,000]] sent to Russia, he said, \
some had been attached to Russian airborne and marine units.

Kyiv has been making the same case for days. Ukraine's military intelligence agency, the HUR, \
said at the weekend that its drones and infantry had hit North Korean units near three villages \
in Kursk, killing or wounding [[at least 30]] men. The Pentagon was more cautious. Its spokesman \
said on Monday that Washington had seen reports of casualties but could not confirm them; on the \
same day, an American official who asked not to be named said the dead and wounded numbered in \
the [[hundreds]].

John Healey, the UK defence secretary, went further during a visit to Glencorse Barracks near \
Penicuik on Wednesday. Britain assessed that "[[upwards of 10,000]]" North Koreans were now in \
the Kursk region, he said, calling their presence "a measure of how desperate Moscow has become".

For Dr Morag Lindsay, who teaches East Asian security at the University of St Andrews, the \
numbers so far are only a beginning. She thinks Pyongyang could rotate [[tens of thousands]] of \
soldiers through the war over the coming year, giving its army a kind of combat experience it has \
not had since the 1950s. "Kim sees this as a training ground, and he is being paid for it," she \
said.

Russia, meanwhile, is losing men at a ferocious rate. Ukraine's general staff claims more than \
1,500 Russian soldiers are killed or wounded every day, a figure that cannot be independently \
verified.

In Scotland, where more than 26,000 Ukrainians have arrived under the Scottish Government's super \
sponsor scheme since 2022, the news was met with weary recognition. "Every month there is \
somebody new helping Putin," said Olha Kovalenko, 52, who runs a Ukrainian community cafe in \
Leith and raised £4,300 for generators this autumn.
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "standfirst 'South Korea's spy agency says': the Thursday briefing to publication"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "'The agency believes', dated by the lead's 'on Thursday': killed"),
        C("about 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: 'others have been wounded' (the same event, not an increment)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "a committee member relaying the NIS, 'he said' inside the sentence: sent to Russia"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'at the weekend' (a Friday article): killed or wounded"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "an American official 'on the same day' as the Pentagon's Monday: dead and wounded"),
        C("upwards of 10,000", 10000, "at_least", "near_front", "other", "wed",
          "UK defence secretary 'on Wednesday' (a third government), 'he said' after the quote"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "St Andrews academic 'She thinks … could rotate'"),
    ),
)

Y09 = Source(
    article_id="y09_cpn_news_g7_kananaskis_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-06-17"),
    dated_by="html_meta", crlf=True,
    features="Canadian public broadcaster's website in HTML, UTF-16 LE with BOM and CRLF "
        "(`article:published_time` -06:00, 'Posted: Jun 17, 2025' byline, privacy banner, "
        "navigation, dataLayer and player scripts, entities `&rsquo;`, `&ldquo;`, `&middot;`, "
        "`&copy;`); `<title>` figure (optional); headline `6,000 more` (Shoigu's Tuesday "
        "announcement to publication, increment, span without the word); Zelensky 'on Tuesday' "
        "before talks with Carney; Shoigu 'Hours earlier' with `1,000` and `5,000` (not "
        "increments); Global Affairs Canada's statement 'issued Tuesday' (a third government: "
        "other, figure inside quotes); the NIS 'in April' with `600` dead (breakdown); a "
        "Calgary political scientist `as many as 30,000` (other, `pub`); distance, aid in "
        "dollars, Canadian troops in Latvia, security personnel, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Zelensky brings North Korea warning to G7 as Moscow says Kim will send [[6,000]] more | \
CPN News</title>
<meta property="article:published_time" content="2025-06-17T14:30:00-06:00">
<meta property="og:title" content="Zelensky brings North Korea warning to G7">
<meta name="twitter:card" content="summary_large_image">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: "world", province: \
"AB", wordCount: 590});</script>
</head>
<body>
<div class="privacy-banner"><p>CPN uses cookies and similar technologies to improve your \
experience and to show you relevant content. You can change your choices at any \
time.</p><button>Accept</button> <a href="/privacy">Manage preferences</a></div>
<header><a class="wordmark" href="/news">CPN News</a>
<nav><a href="/news/canada">Canada</a> <a href="/news/world">World</a> <a \
href="/news/politics">Politics</a> <a href="/news/canada/calgary">Calgary</a> <a \
href="/listen">Listen</a></nav></header>
<main><article>
<h1>Zelensky brings North Korea warning to G7 as Moscow says Kim will send [[6,000]] more</h1>
<p class="deck">Ukrainian president meets Carney in Kananaskis; Ottawa adds names to its \
sanctions list</p>
<p class="byline">Marie-&Egrave;ve Tremblay &middot; CPN News &middot; Posted: Jun 17, 2025 2:30 \
PM MDT</p>
<p>Volodymyr Zelensky arrived at the G7 summit in Kananaskis, Alta., on Tuesday with a warning \
about a country that was not at the table. Speaking before talks with Prime Minister Mark Carney, \
the Ukrainian president said [[about 12,000]] North Korean soldiers remained deployed in \
Russia&rsquo;s Kursk region and along the border with Ukraine&rsquo;s Sumy region.</p>
<p>&ldquo;Russia cannot fight this war alone anymore. It needs Pyongyang&rsquo;s men and \
Pyongyang&rsquo;s shells,&rdquo; Zelensky said.</p>
<p>Hours earlier, and nearly 7,000 kilometres away, Moscow had announced that the partnership \
will grow. After meeting Kim Jong Un in Pyongyang, Sergei Shoigu, who heads Russia&rsquo;s \
Security Council, said North Korea would provide [[1,000]] sappers to clear mines, plus [[5,000]] \
military builders for reconstruction in the Kursk region. It was his second visit to the North \
Korean capital in two weeks.</p>
<p>Ottawa responded within hours. In a statement issued Tuesday, Global Affairs Canada said \
Pyongyang had &ldquo;sent [[over 11,000]] troops to support Russia&rsquo;s illegal war&rdquo; and \
announced sanctions against nine individuals and three entities.</p>
<p>South Korea&rsquo;s spy agency estimated in April that North Korean casualties stood at \
[[about 4,700]], including [[600]] dead.</p>
<p>Baek Hyun-woo, a political scientist at the University of Calgary who grew up in Busan, thinks \
the Kremlin will eventually want [[as many as 30,000]] North Koreans in Russia at any one time. \
&ldquo;Builders today, infantry tomorrow. In Pyongyang those categories don&rsquo;t mean \
much,&rdquo; he said in an interview.</p>
<p>Canada has committed more than $19.5 billion in military, financial and humanitarian aid to \
Ukraine since 2022. Canada also leads the multinational NATO brigade in Latvia, where roughly \
2,000 of its soldiers are stationed. Some 6,500 police and military personnel were guarding the \
summit site.</p>
</article></main>
<footer>&copy;2025 Canadian Public Network &middot; <a href="/accessibility">Accessibility</a> \
&middot; <a href="/terms">Terms of use</a> &middot; Audience relations: 1-866-306-4636</footer>
<script src="https://static.cpn.example/player/v3.js" defer></script>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the headline", add=True, opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moscow says Kim will send 6,000 more' (increment; span without the word)",
          add=True),
        C("about 12,000", 12000, "approx", "near_front", "ukraine", "tue",
          "Zelensky 'on Tuesday', 'Speaking before talks': in Kursk and along the border"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'Hours earlier' (the same Tuesday): sappers to clear mines"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders (no increment word)"),
        C("over 11,000", 11000, "at_least", "in_russia", "other", "tue",
          "Global Affairs Canada's statement 'issued Tuesday', figure inside quotes (a third "
          "government)"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "South Korea's spy agency 'estimated in April': killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'including 600 dead' (breakdown)"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "Calgary political scientist 'thinks' (present tense): will want in Russia"),
    ),
)

Y10 = Source(
    article_id="y10_vilnius_courier_threat_assessment_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-03-11"),
    dated_by="sidecar",
    sidecar=(
        "Vilnius Courier",
        "https://www.vilniuscourier.example/security/threat-assessment-2025-north-korea",
        "Lithuanian intelligence: North Korea's soldiers a lesson for the Baltics",
    ),
    features="Lithuanian English-language outlet in Markdown, UTF-8 with BOM, front matter "
        "without a date (sidecar, Tuesday); the national threat assessment presented 'on Monday' "
        "(a third government: other), 'According to the 2025 report' with the figure in quotes "
        "and 'It warns' carrying the day (`tens of thousands` more: increment); a NATO official "
        "'in Brussels last week' (`over 11,000`, `roughly 4,000` of whom: breakdown); HUR 'on "
        "Friday' with `another 1,500` (increment, span without the word); the NIS 'in late "
        "February' with a range of additional troops (increment); German brigade, Ukrainians "
        "trained, GDP percentages, page count, ordinals",
    text="""\
---
title: "Lithuanian intelligence: North Korea's soldiers a lesson for the Baltics"
author: "Rūta Kazlauskaitė"
category: Security
tags: [North Korea, Russia, threat assessment]
---

# Lithuanian intelligence: North Korea's soldiers show how Russia will fight its next war

**VILNIUS** – North Korean troops have become part of Russia's war machine, and Lithuania must \
plan for a future in which Moscow can draw on a foreign reserve of manpower, the country's two \
intelligence services warned on Monday as they presented their annual National Threat Assessment.

According to the 2025 report, compiled by the State Security Department (VSD) and the Defence \
Ministry's Second Investigation Department (AOTD), Pyongyang has sent "[[at least 11,000]]" \
troops to Russia since the autumn. It warns that the regime could supply [[tens of thousands]] \
more if the Kremlin keeps paying, and that Russian instructors have begun training North Korean \
officers in drone warfare.

"What we see in Kursk is a rehearsal," the head of the AOTD, Colonel Tomas Rimkus, told \
journalists at the presentation. "Russia is learning to replace its own losses with other \
people's soldiers." The 48-page assessment also lists Belarus as a staging ground and warns of \
sabotage against European infrastructure.

The alliance's own figures are similar. A senior NATO official, briefing Baltic journalists in \
Brussels last week, said NATO counted "[[over 11,000]]" North Koreans in Russia, [[roughly \
4,000]] of whom had been killed or wounded since November.

Ukraine reports that the North Koreans are back in action after a pause of several weeks. Its \
military intelligence agency, the HUR, said on Friday that another [[1,500]] soldiers from the \
North had arrived in the Kursk region during February. South Korea's National Intelligence \
Service had estimated in late February that [[1,000 to 3,000]] additional troops had been \
dispatched since the start of the year.

For Vilnius the lesson is practical. Lithuania plans to spend between 5% and 6% of GDP on defence \
from 2026, up from about 3.9% this year, and Germany's 45th Panzer Brigade is due to reach its \
full strength of some 4,800 troops in the country by 2027. Lithuania has also trained more than \
4,000 Ukrainian soldiers since 2022, according to the Defence Ministry.
""",
    claims=(
        C("at least 11,000", 11000, "at_least", "in_russia", "other", "mon",
          "'According to the 2025 report' presented 'on Monday' (Lithuania: a third government), "
          "figure in quotes"),
        C("tens of thousands", None, "vague", "planned", "other", "mon",
          "'It warns' (the report, Monday): 'could supply … more' (increment)", add=True),
        C("over 11,000", 11000, "at_least", "in_russia", "nato", "lastweek",
          "a senior NATO official 'in Brussels last week', figure in quotes"),
        C("roughly 4,000", 4000, "approx", "casualties", "nato", "lastweek",
          "'of whom' (breakdown): killed or wounded"),
        C("1,500", 1500, "exact", "near_front", "ukraine", "fri",
          "HUR 'on Friday': 'another' (increment; span without the word) arrived in Kursk",
          add=True),
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "the NIS 'in late February': 'additional troops' dispatched (increment)", add=True),
    ),
)

Y11 = Source(
    article_id="y11_nippon_wire_white_paper",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-07-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Nippon Wire Service",
        "https://english.nipponwire.example/news/2025/07/15/defense-white-paper-north-korea",
        "Japan's defense white paper flags North Korean troops in Russia",
    ),
    features="Japanese English-language wire in windows-1252 with CRLF (sidecar, Tuesday; "
        "dateline 'TOKYO, July 15' without a year, `(END)` footer with a timestamp, curly quotes "
        "and em dashes); Japan's defence white paper 'approved … on Tuesday' (a third "
        "government: other; 'also says' carries it to `thousands` of casualties); the defence "
        "minister without a figure; the JCS 'said Monday'; Ukrainian media 'this month, citing' "
        "HUR (X citing Y: ukraine, `up to 30,000` more, increment); the State Department 'in "
        "April' with `roughly 4,700` of whom (breakdown); Lavrov 'over the weekend' without a "
        "number; a Tokyo professor `20,000 or so` (approx, other, `pub`); yen and dollars, SDF "
        "personnel, pages, missiles, age",
    text="""\
Japan’s defense white paper flags North Korean troops in Russia as ‘grave’ concern

TOKYO, July 15 (NWS) — Japan’s annual defense white paper, approved by Prime Minister Shigeru \
Ishiba’s Cabinet on Tuesday, says North Korea has dispatched [[more than 10,000]] soldiers to \
Russia and warns that the combat experience they are gaining could make Pyongyang’s military more \
dangerous in East Asia.

The 2025 edition of “Defense of Japan,” which runs to about 500 pages, also says [[thousands]] of \
the North Korean troops are believed to have been killed or wounded in Russia’s Kursk region, \
though it gives no exact figure.

Defense Minister Gen Nakatani told a press conference after the Cabinet meeting that Japan was \
“deeply concerned” that Russia might be transferring missile and satellite technology to \
Pyongyang in return. Nakatani, 67, declined to give his own estimate of the troop numbers.

South Korea’s Joint Chiefs of Staff said Monday that [[about 11,000]] North Korean soldiers \
remained in Russia. Seoul’s military has also said it is watching for signs of a fresh dispatch, \
after Ukrainian media reported this month, citing the country’s military intelligence, that \
Pyongyang might send [[up to 30,000]] more.

The U.S. State Department said in April that [[over 14,000]] North Koreans had been sent to \
Russia in total, [[roughly 4,700]] of whom had become casualties.

Russian Foreign Minister Sergei Lavrov, who visited the North Korean resort city of Wonsan over \
the weekend, praised the “heroic” help of Korean soldiers in “liberating” Kursk but gave no \
numbers.

Kenji Morimoto, a professor of Korean studies at a private university in Tokyo, said the white \
paper’s estimate was cautious. He expects the number of North Koreans in Russia to reach [[20,000 \
or so]] by the end of the year, including engineers and construction workers.

The white paper also notes that Japan’s defense budget for fiscal 2025 stands at a record 8.7 \
trillion yen ($59 billion), and that the Self-Defense Forces have about 247,000 personnel. North \
Korea has fired more than 10 ballistic missiles since January, the ministry said.

(END) 2025-07-15 12:04 JST
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "tue",
          "Japan's defence white paper 'approved … on Tuesday' (a third government): dispatched"),
        C("thousands", None, "vague", "casualties", "other", "tue",
          "'also says' (the white paper, Tuesday): killed or wounded"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "the JCS 'said Monday': remained in Russia"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "Ukrainian media 'this month, citing' military intelligence (X citing Y: ukraine): "
          "'more' (increment)", add=True),
        C("over 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-04-01..2025-04-30", "the State Department 'in April': sent in total"),
        C("roughly 4,700", 4700, "approx", "casualties", "united_states",
          "2025-04-01..2025-04-30", "'of whom' (breakdown): casualties"),
        C("20,000 or so", 20000, "approx", "planned", "other", "pub",
          "Tokyo professor 'He expects' (present tense): by the end of the year"),
    ),
)

Y12 = Source(
    article_id="y12_abuja_sentinel_korean_envoy_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "The Abuja Sentinel",
        "https://www.abujasentinel.example/world/nkorea-has-sent-over-15000-soldiers-to-russia",
        "N'Korea has sent over 15,000 soldiers to Russia – S'Korean envoy",
    ),
    features="Nigerian daily in Markdown, front matter without a date (sidecar, Wednesday) and "
        "a title figure (optional); Nigerian headline style with the source after a dash (`– "
        "S'Korean envoy`: Tuesday to publication); the ambassador 'spoke on Tuesday at a media "
        "parley', then 'According to him' and 'the diplomat stated' (`another 5,000` to be sent: "
        "planned, increment); the Russian embassy's statement 'on Wednesday' (the publication "
        "day, `a few thousand` in quotes, near_front); Ukraine's chargé 'last month' (October); "
        "an Ibadan lecturer `no fewer than 20,000` (at_least, other); reporter background "
        "`thousands` (optional); trade in dollars, companies, scholarships, age, phone number",
    text="""\
---
title: "N'Korea has sent [[over 15,000]] soldiers to Russia – S'Korean envoy"
author: "Chinedu Okafor, Abuja"
section: "World"
---

# N'Korea has sent [[over 15,000]] soldiers to Russia – S'Korean envoy

*Pyongyang preparing fresh deployment, says ambassador*

The Republic of Korea's Ambassador to Nigeria, Mr Park Young-sik, has said that North Korea has \
so far deployed [[over 15,000]] soldiers to fight alongside Russian forces in the war against \
Ukraine.

Park, who spoke on Tuesday at a media parley with editors and defence correspondents at the \
embassy in Abuja, said that [[about 2,000]] of the North Korean soldiers had lost their lives, \
"mostly young men in their twenties who were sent to the front without proper preparation".

According to him, [[some 10,000]] of the troops are still stationed near the Ukrainian border, \
while Pyongyang is preparing to send another [[5,000]] military construction workers to the Kursk \
region in stages.

"These are not volunteers. They are sent by a regime that earns money from every one of them," \
the diplomat stated, adding that Seoul shares its intelligence with partners in Africa. Park, 58, \
said trade between South Korea and Nigeria reached US$1.4 billion last year and that more than 60 \
Korean companies now operate in the country.

Since the deployment began in October 2024, [[thousands]] of North Korean soldiers have fought in \
the Kursk region, where Russia pushed back a Ukrainian incursion earlier this year.

Reacting, the Russian Embassy in Nigeria, in a statement on Wednesday, described the North \
Koreans as "[[a few thousand]] Korean friends helping to rebuild the Kursk region after the \
Ukrainian aggression" and accused Seoul of "spreading fantasies".

Ukraine's Chargé d'Affaires in Abuja, Mr Taras Melnychuk, had told journalists last month that \
Ukrainian intelligence counted [[nearly 6,000]] North Korean soldiers killed or wounded since \
they entered combat.

A senior lecturer in strategic studies at the University of Ibadan, Dr Adebayo Ogunleye, told our \
correspondent that the figures should worry African governments. He estimated that [[no fewer \
than 20,000]] North Koreans would be in Russia by the middle of next year, "because Moscow has \
found a cheap supply of manpower and will not let it go".

The embassy also announced 50 scholarships for Nigerian postgraduate students in 2026. Enquiries: \
0803 555 0192.
""",
    claims=(
        C("over 15,000", 15000, "at_least", "in_russia", "south_korea", "tue..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("over 15,000", 15000, "at_least", "in_russia", "south_korea", "tue..pub",
          "headline with the source after the dash ('– S'Korean envoy'): the ambassador's "
          "Tuesday to publication"),
        C("over 15,000", 15000, "at_least", "in_russia", "south_korea", "tue",
          "the ambassador 'has said', dated by the next sentence ('spoke on Tuesday'): deployed"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Park, who spoke on Tuesday …, said': 'of the North Korean soldiers' (breakdown), died"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'According to him': near the Ukrainian border"),
        C("5,000", 5000, "exact", "planned", "south_korea", "tue",
          "same sentence: 'preparing to send another' (increment; span without the word)",
          add=True),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "reporter's background framing without a source (optional)", opt=True),
        C("a few thousand", None, "vague", "near_front", "russia", "wed",
          "the Russian embassy's statement 'on Wednesday' (the publication day), in quotes: "
          "rebuilding the Kursk region"),
        C("nearly 6,000", 6000, "approx", "casualties", "ukraine", "2025-10-01..2025-10-31",
          "Ukraine's chargé 'had told journalists last month' (October), Ukrainian intelligence "
          "(X citing Y): killed or wounded"),
        C("no fewer than 20,000", 20000, "at_least", "planned", "other", "pub",
          "Ibadan lecturer 'He estimated' (told the paper, no date): by mid-2026"),
    ),
)

SOURCES: tuple[Source, ...] = (
    Y01, Y02, Y03, Y04, Y05, Y06,
    Y07, Y08, Y09, Y10, Y11, Y12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
