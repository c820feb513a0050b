"""Build the HUNDRED-AND-TWENTIETH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-twenty-second corpus, for an honest measurement on articles the extractor has
never met, written in session 14 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
shrimp-cutter fishermen's co-operative circular from Neuharlingersiel with a deckhand from
Berdyansk, a Low German amateur theatre's newsletter from Jever with a Korean student on stage, a
museum training ship's friends' log from Bremen-Vegesack with a retired captain from Busan, a
Funken guild's page from Bludenz in Vorarlberg (Austrian conventions) with a carpenter from
Ivano-Frankivsk, a sledging club's bulletin from Bergün in Graubünden (Swiss conventions) with a
North Korean defector at the sledge hire, and a free weekly's news digest from Holzminden in the
Weserbergland; a war relics society's newsletter from Luganville on Espiritu Santo (Vanuatu) with a
Korean tuna-boat engineer, a village rugby club's newsletter from Lalomanu on Upolu (Samoa) with a
former flanker posted to Korea, a fossil dig volunteers' newsletter from Winton in outback
Queensland with a Korean palaeontology student, a Mount Isa weekly's fact-check of a viral number,
a penguin-walk operator's notes from Bicheno in Tasmania with a guide from Zaporizhzhia, and a gem
and mineral club's newsletter from Zeehan on Tasmania's west coast with a Korean-Australian
electrician. Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV
writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind120_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Lower Saxony, Bremen, Vorarlberg, Graubünden)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w120_01_kutterbrief_neuharlingersiel",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-11-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kutterfischer-Genossenschaft Neuharlingersiel – Kutterbrief",
        "https://www.kutterfischer-neuharlingersiel.example/kutterbrief/2024-11",
        "Kutterbrief November: Serhij bleibt an Bord",
    ),
    features="a shrimp-cutter fishermen's co-operative circular from Neuharlingersiel (East "
        "Frisia, Lower Saxony) as plain text, windows-1252 with CRLF (`„“`, `–`), no date in the "
        "file (sidecar, Wednesday); the catch first; a deckhand from Berdyansk relaying his "
        "cousin's Sunday-evening call from the Sumy border, Konjunktiv, `Tausende` dug in "
        "opposite (other, from the call to publication); a Pentagon spokesman 'am Montag' `mehr "
        "als 10.000` arrived in Kursk; the NIS 'vergangene Woche' `rund 11.000` training in the "
        "east and 'darunter' `etwa 500` special-forces officers (a breakdown); 'Nach Angaben des "
        "… HUR' `3.000` 'noch … weitere' by New Year (increment, planned), dated by 'das "
        "erklärte die Behörde am Freitag' after the figure; Zelensky 'am Samstag' `Dutzende` "
        "lost; the deckhand 'schätzt' `an die 15.000` by Christmas ('an die' as approx, planned, "
        "`pub`); Russian soldiers in Kursk, tonnes, euros per kilo, cutters, members, years, "
        "dates, a phone number",
    text="""\
KUTTERBRIEF
Mitteilungen der Kutterfischer-Genossenschaft Neuharlingersiel
Ausgabe November 2024

Liebe Mitglieder, liebe Freundinnen und Freunde des Sielhafens,

die Herbstfänge waren besser als befürchtet. Unsere 14 Kutter haben seit August knapp 390 Tonnen \
Nordseekrabben angelandet, der Erzeugerpreis lag zuletzt bei 4,60 Euro je Kilo. Die Schleuse am \
Sielhafen wird ab dem 2. Dezember für drei Wochen instand gesetzt; wer in dieser Zeit rausfahren \
will, weicht bitte nach Bensersiel aus.

Serhij bleibt an Bord

Seit dem Frühjahr 2023 fährt Serhij Tkatschenko, 34, als Decksmann auf der „Gesine“. Er stammt \
aus Berdjansk am Asowschen Meer, wo er bis zur Besetzung der Stadt einen eigenen kleinen Kutter \
hatte. Sein Cousin Andrij dient in einer Artilleriebrigade im Gebiet Sumy, ein paar Kilometer vor \
der russischen Grenze.

Am Sonntagabend hat Andrij wieder angerufen. Drüben, auf der Kursker Seite, hätten sich \
inzwischen [[Tausende]] Nordkoreaner eingegraben, habe der Cousin erzählt, „und sie schießen \
nicht schlecht“. Serhij pult beim Erzählen weiter Krabben, aber seine Hände sind langsamer als \
sonst.

Die offiziellen Zahlen wachsen von Woche zu Woche. Ein Sprecher des Pentagons sagte am Montag, \
von den Soldaten aus Pjöngjang seien [[mehr als 10.000]] im Gebiet Kursk angekommen, einige \
hätten schon gekämpft. Der südkoreanische Geheimdienst NIS hatte vergangene Woche berichtet, im \
Osten Russlands würden [[rund 11.000]] Nordkoreaner ausgebildet, darunter [[etwa 500]] Offiziere \
der Spezialkräfte. Nach Angaben des ukrainischen Militärgeheimdienstes HUR sollen bis Neujahr \
noch [[3.000]] weitere folgen; das erklärte die Behörde am Freitag. Präsident Selenskyj sagte am \
Samstag, die Nordkoreaner hätten in ersten Gefechten „[[Dutzende]] Mann“ verloren. Auf russischer \
Seite stehen im Gebiet Kursk nach ukrainischen Schätzungen etwa 50.000 Soldaten.

Serhij schätzt, dass es bis Weihnachten [[an die 15.000]] sein werden. „Die Russen lassen die \
Koreaner die Drecksarbeit machen“, sagt er. Zurück nach Berdjansk kann er nicht; seine Mutter \
lebt seit zwei Jahren in Esens.

Termine
- Labskaus-Essen der Genossenschaft: Samstag, 30. November, 18 Uhr, im Hafenhaus (Anmeldung bis \
25. November)
- Die Genossenschaft wurde 1949 gegründet und zählt heute 31 Mitglieder.
- Kassenwart Hinrich Janssen: 04974 9113 52

Mit seemännischem Gruß
Der Vorstand
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "sun..pub",
          "a deckhand relaying his cousin's Sunday-evening call from the Sumy border ('habe der "
          "Cousin erzählt', Konjunktiv; the speaker quoted: other), from the call to "
          "publication: dug in on the Kursk side"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "mon",
          "a Pentagon spokesman 'sagte am Montag' (Wednesday circular): arrived in Kursk"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'vergangene Woche': training in Russia's east"),
        C("etwa 500", 500, "approx", "in_russia", "south_korea", "lastweek",
          "same report, 'darunter': special-forces officers (a breakdown, not an increment)"),
        C("3.000", 3000, "exact", "planned", "ukraine", "fri",
          "'Nach Angaben des … HUR', dated by 'das erklärte die Behörde am Freitag' after the "
          "figure: 'noch … weitere' to follow by New Year (increment, span without the word)",
          add=True),
        C("Dutzende", None, "vague", "casualties", "ukraine", "sat",
          "Zelensky 'sagte am Samstag': lost in the first fighting"),
        C("an die 15.000", 15000, "approx", "planned", "other", "pub",
          "the deckhand 'schätzt' (undated): by Christmas (a forecast: planned; 'an die' as "
          "approx)"),
    ),
)

W02 = Source(
    article_id="w120_02_speelbreef_jever_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-01-17"),
    dated_by="front_matter",
    features="a Low German amateur theatre's newsletter from Jever (Friesland, Lower Saxony) in "
        "Markdown, UTF-8, front matter with `date:` (Friday), a club key and a Low German title "
        "without a figure; a Korean German-studies student from Daegu playing the maid; the NIS "
        "'Am Montag' `etwa 300` fallen and `knapp 2.700` 'weitere' wounded (the others, not an "
        "increment); Zelensky 'Am Sonntag' offering to swap the `zwei` prisoners (number word, "
        "captured: casualties) and, by pronoun ('gab er … an'), `fast 4.000` dead and wounded; "
        "the White House 'am 27. Dezember' `mehr als 1.000` lost in one week (an event window, "
        "dated by the statement); 'Nach Einschätzung der Nato' `rund 11.000` in Kursk "
        "(undated, `pub`); the student 'rechnet damit' 'noch einmal' `zehntausend` (number "
        "word, increment, planned, other); performances, tickets, years, ages, per cent, euros, "
        "a phone number",
    text="""\
---
title: "Speelbreef Januaar: Een Deern ut Daegu op uns Bühn"
date: 2025-01-17
verein: Jeverländer Speeldeel e.V.
---

# Een Deern ut Daegu op uns Bühn

*Unsere Winterkomödie „Dat Huus achtern Diek“ ist ausverkauft – und eine der Hauptrollen spielt \
eine Studentin aus Korea.*

Zwölf Vorstellungen, 1.480 Karten, nicht eine blieb für die Abendkasse übrig: So gut lief ein \
Winterstück bei der Speeldeel seit 1998 nicht. Den lautesten Applaus bekommt Park Seo-yeon, 23, \
aus Daegu. Sie studiert seit dem Herbst Germanistik in Oldenburg und spielt bei uns die Magd \
Trientje – auf Platt, mit einem Akzent, in den sich das Publikum verliebt hat.

## ‚Zu Hause reden sie über nichts anderes‘

In der Pause, noch in der Schürze, erzählt Seo-yeon, wie genau man in Daegu gerade nach Russland \
schaut. Am Montag hatte der Geheimdienst in Seoul den Abgeordneten berichtet, im Gebiet Kursk \
seien bisher [[etwa 300]] Soldaten aus dem Norden gefallen und [[knapp 2.700]] weitere verletzt \
worden. Am Sonntag bot Präsident Selenskyj an, die [[zwei]] in Kursk gefangenen Nordkoreaner \
gegen Ukrainer in russischer Hand auszutauschen. Die Verluste der Nordkoreaner gab er mit [[fast \
4.000]] Toten und Verwundeten an.

Das Weiße Haus hatte schon am 27. Dezember erklärt, allein in einer Woche hätten die Truppen aus \
dem Norden [[mehr als 1.000]] Mann an Toten und Verwundeten eingebüßt. Nach Einschätzung der Nato \
kämpfen derzeit [[rund 11.000]] von ihnen im Gebiet Kursk. Der Kreml äußert sich zu alledem \
nicht.

Seo-yeon rechnet damit, dass Kim bis zum Sommer noch einmal [[zehntausend]] schickt. „Mein Onkel \
hat seinen Wehrdienst 21 Monate lang an der Grenze gemacht“, sagt sie. „Er meint, Soldaten hat \
der Norden genug, nur kein Geld.“

## Wie es weitergeht

Im April proben wir „De Kaptein vun Wangeroog“, Seo-yeon hat schon zugesagt. Nach einer Umfrage \
des Landkreises sprechen in Friesland noch 41 Prozent der Menschen Platt, bei den unter \
30-Jährigen sind es nur 9 Prozent. Wer mitspielen will: Proben dienstags ab 19.30 Uhr im \
Gemeindehaus, Mitgliedsbeitrag 36 Euro im Jahr, Telefon 04461 7390 28.
""",
    claims=(
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'Am Montag … den Abgeordneten berichtet' (Friday newsletter), Konjunktiv: "
          "fallen in Kursk"),
        C("knapp 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same report: 'weitere' wounded = the others of the same count, not an increment "
          "('knapp' as approx)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sun",
          "Zelensky 'Am Sonntag': the two captured in Kursk (number word; captured: casualties)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "same day, by pronoun ('gab er … an'): dead and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-27",
          "the White House 'am 27. Dezember': lost, dead and wounded, 'allein in einer Woche' "
          "(the event window; the claim date is the statement's)"),
        C("rund 11.000", 11000, "approx", "near_front", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated, present tense): fighting in Kursk"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "the student 'rechnet damit' (undated): 'noch einmal' Kim sends by summer "
          "(increment, span without the words; number word)", add=True),
    ),
)

W03 = Source(
    article_id="w120_03_logbuch_vegesack_html",
    language="de", fmt="html", encoding="utf-16", published=day("2024-12-17"),
    dated_by="html_meta",
    features="a museum training ship's friends' log from Bremen-Vegesack in HTML, UTF-16 LE "
        "with BOM (`article:published_time` +01:00, Tuesday), a cookie strip about the donation "
        "bar, a page script, navigation, a footer with a phone number; `<title>` and headline "
        "without a figure; a retired South Korean merchant captain from Busan who was a cadet "
        "in Bremen in 1976; the JCS 'Am Montag' `Hunderte` dead and wounded; HUR 'am Sonntag' "
        "`mindestens 200` in three days; a senior US defence official 'am Freitag' `10.000 bis "
        "11.000` in combat (range); Zelensky 'Anfang Dezember' 'um' `Tausende` 'aufstocken' "
        "(increment, vague, planned); Seoul's defence minister 'am Dienstag' (the day of "
        "publication) `rund 11.000`; Rutte 'am Donnerstag' without a figure; the captain 'geht "
        "davon aus' `30.000` by spring (other, planned, `pub`); Korean cadets on a 1976 "
        "training ship (not a claim), the ship's length, sail area and year, donations in "
        "euros, ages, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Logbuch &middot; Förderverein Schulschiff Weserstern &middot; Kapitän Choi kommt \
zurück</title>
<meta property="article:published_time" content="2024-12-17T09:30:00+01:00">
<meta property="og:site_name" content="Schulschiff Weserstern">
<script>var logbuch={ausgabe:"4/2024",liegeplatz:"Vegesack",spendenziel:40000};</script>
</head>
<body>
<div id="keks">Ein Cookie merkt sich, dass Sie die Spendenleiste schon gesehen haben. \
<button>Ahoi, einverstanden</button> <button>Heute nicht, danke</button></div>
<nav><a href="/">Das Schiff</a> | <a href="/fuehrungen">Führungen</a> | <a \
href="/logbuch">Logbuch</a> | <a href="/mitmachen">Mitmachen &amp; spenden</a></nav>
<main>
<h1>Kapitän Choi kommt an Bord zurück</h1>
<p class="vorspann">Vor 48 Jahren lag er als Kadett an der Pier in Vegesack. Nun stand Choi \
Dong-hyun wieder an Deck unseres Vollschiffs &ndash; und sprach über einen Krieg, der seine \
Heimat neu beunruhigt.</p>
<p>Die „Weserstern“ lief 1927 vom Stapel, ist 86 Meter lang und trägt gut 1.900 Quadratmeter \
Segel. Im Sommer 1976 machte das koreanische Ausbildungsschiff „Hanbada“ mit 120 Kadetten zwei \
Wochen lang in Bremen fest. Einer von ihnen war Choi, damals 19. Später fuhr er drei Jahrzehnte \
als Kapitän auf Containerschiffen, zuletzt für eine Reederei in Busan.</p>
<h2>„Sie schicken ihre Jungen in den Schnee“</h2>
<p>Jeden Morgen liest Choi die Nachrichten aus Seoul. Am Montag meldete der Generalstab dort, die \
Nordkoreaner im Gebiet Kursk hätten bei ihren ersten Einsätzen [[Hunderte]] Tote und Verwundete \
zu beklagen. Der ukrainische Militärgeheimdienst hatte am Sonntag mitgeteilt, binnen drei Tagen \
seien [[mindestens 200]] von ihnen getötet oder verletzt worden. Ein hoher Beamter des \
US-Verteidigungsministeriums sprach am Freitag von [[10.000 bis 11.000]] Nordkoreanern, die nun \
„aktiv an Kampfhandlungen teilnehmen“. Präsident Selenskyj hatte Anfang Dezember gewarnt, \
Pjöngjang werde sein Kontingent um [[Tausende]] Soldaten aufstocken. Südkoreas \
Verteidigungsminister bezifferte die Truppe des Nordens in Russland am Dienstag vor dem Parlament \
auf [[rund 11.000]]. Nato-Generalsekretär Mark Rutte sagte am Donnerstag in Brüssel nur, sie \
seien „in die Kämpfe geworfen“ worden.</p>
<p>Choi geht davon aus, dass Kim bis zum Frühjahr [[30.000]] Mann nach Russland gebracht haben \
wird. „Mit 19 war ich so alt wie viele von denen“, sagt er. „Im Norden fragt niemand die \
Mütter.“</p>
<h2>Aus dem Verein</h2>
<p>Führungen gibt es samstags um 11 und 14 Uhr, Erwachsene zahlen 7 Euro. Winterpause ist vom 23. \
Dezember bis 6. Januar. Für die neue Takelage sind 12.480 von 40.000 Euro beisammen &ndash; danke \
allen 140 Mitgliedern!</p>
</main>
<footer>Förderverein Schulschiff Weserstern e.V. &middot; Am Vegesacker Hafen 3 &middot; 28757 \
Bremen &middot; Telefon 0421 6598 114</footer>
<script src="/js/logbuch.js?v=12"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "south_korea", "mon",
          "the JCS ('der Generalstab dort', Seoul) 'Am Montag meldete', Konjunktiv: dead and "
          "wounded in the first operations"),
        C("mindestens 200", 200, "at_least", "casualties", "ukraine", "sun",
          "HUR 'hatte am Sonntag mitgeteilt': killed or wounded within three days (the event "
          "window)"),
        C("10.000 bis 11.000", None, "range", "near_front", "united_states", "fri",
          "a senior US defence official 'sprach am Freitag von': taking part in combat"),
        C("Tausende", None, "vague", "planned", "ukraine", "2024-12-01..2024-12-10",
          "Zelensky 'Anfang Dezember' (days 1-10) 'gewarnt': the contingent 'um … aufstocken' "
          "(to top up by: increment, span without 'um')", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "tue",
          "Seoul's defence minister 'am Dienstag vor dem Parlament' (a Tuesday page: the same "
          "day): the North's force in Russia"),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "the captain 'geht davon aus' (undated): brought to Russia by spring (a forecast: "
          "planned)"),
    ),
)

W04 = Source(
    article_id="w120_04_funkenzunft_bludenz_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-18"),
    dated_by="sidecar",
    sidecar=(
        "Funkenzunft Bludenz – Zunftblatt",
        "https://www.funkenzunft-bludenz.example/zunftblatt/2025/nach-dem-funkensonntag",
        "Nach dem Funkensonntag: Sascha hat die Hexe hinaufgetragen",
    ),
    features="a Funken guild's page from Bludenz (Vorarlberg) in HTML, ISO-8859-1 with quotes "
        "and dashes only as entities (`&bdquo;`, `&ldquo;`, `&ndash;`), no meta date (sidecar, "
        "Tuesday), Austrian conventions (`Heuer`, `heuer`, `Jänner`, `Feber`, `vorige Woche`, "
        "`Passt`), a cookie note about the photo gallery, a script, navigation, a footer with a "
        "phone number; `<title>` and headline without a figure; a carpenter from "
        "Ivano-Frankivsk relaying his brother, a sapper near Sudzha, `ein paar tausend` back at "
        "the front (other, `pub`); the JCS 'am Donnerstag' 'weitere' `3.000` in January and "
        "February (increment) and `rund 4.000` lost ('hieß es dort', carried); the Ukrainian "
        "General Staff 'am Samstag' `bis zu 4.500` around Sudzha; a senior NATO officer 'vorige "
        "Woche' 'schätzte' `gut 14.000` in all since autumn; the State Department 'gestern' "
        "`mehr als 11.000`; the carpenter 'glaubt' 'heuer noch' `zehntausend` 'dazukommen' "
        "(number word, increment, planned); the bonfire's height, logs, visitors, doughnuts, "
        "must, members, years, euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Funkenzunft Bludenz &ndash; Zunftblatt &ndash; Nach dem Funkensonntag</title>
<script>var zunft={seite:"zunftblatt",jahr:2025,galerie:"funken-2025"};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich, welches Foto aus der Funken-Galerie Sie zuletzt \
angeschaut haben. <button>Passt</button> <button>Heute nicht, danke</button></div>
<nav>Zunft &middot; Funkenbau &middot; Galerie &middot; Zunftblatt &middot; Kontakt</nav>
<article>
<h1>Sascha hat die Hexe hinaufgetragen</h1>
<p>Heuer stand unser Funken 23 Meter hoch, aufgeschichtet aus rund 2.600 Scheitern, und um 20.14 \
Uhr fiel die Hexe &ndash; für viele im Städtle ein gutes Zeichen für den Sommer. Über 1.700 Leute \
kamen am Funkensonntag auf den Platz beim Bahnhof, am Zunftstand gingen 420 Funkaküachle und 180 \
Liter heißer Most weg.</p>
<p>Den letzten Kranz hat Oleksandr Melnyk, 44, hinaufgetragen, den hier alle nur Sascha nennen. \
Der Zimmermann aus Iwano-Frankiwsk lebt seit dem Jänner 2023 in Bludenz und hat seit Weihnachten \
jeden Samstag beim Funkenbau mitgeholfen. Sein jüngerer Bruder Taras ist Pionier in einer \
ukrainischen Brigade, die bis vor Kurzem bei Sudscha im Gebiet Kursk lag.</p>
<p>&bdquo;Seit dem Feber sind die Koreaner wieder da&ldquo;, erzählt Sascha. Taras habe ihm \
geschrieben, in seinem Abschnitt stünden [[ein paar tausend]] Nordkoreaner an der Front, besser \
ausgerüstet als im Winter, und sie lernten schnell dazu.</p>
<p>Die amtlichen Zahlen klingen ähnlich. Der Generalstab in Seoul teilte am Donnerstag mit, \
Pjöngjang habe im Jänner und Feber weitere [[3.000]] Soldaten nach Russland gebracht. Die \
Verluste der Nordkoreaner beziffere man inzwischen auf [[rund 4.000]] Tote und Verwundete, hieß \
es dort. Der ukrainische Generalstab erklärte am Samstag, rund um Sudscha kämpften [[bis zu \
4.500]] Nordkoreaner. Ein ranghoher Nato-Offizier schätzte vorige Woche bei einer Tagung in \
Innsbruck, seit dem Herbst seien insgesamt [[gut 14.000]] Soldaten aus dem Norden nach Russland \
gekommen. Das US-Außenministerium ging gestern von [[mehr als 11.000]] Nordkoreanern aus, die \
sich derzeit in Russland aufhielten.</p>
<p>Sascha glaubt, dass heuer noch [[zehntausend]] dazukommen. &bdquo;Die Russen brauchen sie, und \
Kim braucht das Geld&ldquo;, sagt er und klopft den Ruß von der Jacke.</p>
<p>Danke an alle 38 Zunftmitglieder und die vielen Helfer! Die Jahreshauptversammlung ist am \
Freitag, 4. April, um 19 Uhr im Gasthaus Kreuz; der Mitgliedsbeitrag bleibt bei 25 Euro.</p>
</article>
<footer>Funkenzunft Bludenz &middot; gegründet 1956 &middot; Tel. +43 5552 6207 19</footer>
</body>
</html>
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "a carpenter relaying his brother, a sapper ('Taras habe ihm geschrieben', Konjunktiv; "
          "the speaker quoted: other), undated: at the front in his sector"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "thu",
          "the JCS 'teilte am Donnerstag mit' (Tuesday page): 'weitere' brought to Russia in "
          "January and February (increment, span without the word)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "thu",
          "same statement, 'hieß es dort' after the figure: dead and wounded"),
        C("bis zu 4.500", 4500, "at_most", "near_front", "ukraine", "sat",
          "the Ukrainian General Staff 'erklärte am Samstag': fighting around Sudzha"),
        C("gut 14.000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "a senior NATO officer 'schätzte vorige Woche' (Austrian 'vorige Woche' as last week): "
          "come to Russia in all since autumn ('insgesamt' is not an increment; 'gut' as "
          "at_least)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "yday",
          "the State Department 'ging gestern … aus' (Monday): now in Russia"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "the carpenter 'glaubt' (undated): 'heuer noch … dazukommen' (to be added: increment, "
          "planned; number word)", add=True),
    ),
)

W05 = Source(
    article_id="w120_05_schlittelclub_berguen_mitteilungen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-21"),
    dated_by="dateline",
    features="a sledging club's bulletin from Bergün/Bravuogn (Albula valley, Graubünden) as "
        "plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `14'300`, `2'000`, `11'000`, "
        "`10'000`, `15'000`, 4-digit `2700`), dated by the place line 'Bergün, 21. Februar "
        "2025' (Friday); the season's runs first, with `rund 2'000 mehr` sledge runs (not a "
        "claim); a North Korean defector from Chur at the sledge hire; the NIS 'Mitte Februar' "
        "(days 11-20) `rund 11'000` in Kursk, then, Konjunktiv, `Gut 300` fallen and `knapp "
        "2700` wounded; the US defence secretary 'vergangene Woche in Brüssel' `über 10'000`; "
        "'Laut dem … Militärgeheimdienst' `mehrere tausend` to be pushed in after (increment, "
        "planned), dated by 'das teilte der Dienst am Montag mit' after the figure; the defector "
        "relaying talk among defectors «`zwanzigtausend` weitere» (number word, increment, "
        "planned, other) and 'schätzt' `um die 15'000` (other, `pub`); Swiss protection-status "
        "numbers, kilometres, metres, trains, francs, years, a race date, a phone number",
    text="""\
SCHLITTELCLUB BERGÜN/BRAVUOGN
Mitteilungen an die Mitglieder - Nr. 2 der Saison 2024/25

Bergün, 21. Februar 2025

Liebe Schlittlerinnen und Schlittler

Die Bahn von Preda hinunter nach Bergün ist seit Weihnachten fast ohne Unterbruch offen, und der \
Januar hat uns einen Rekord beschert: 14'300 Fahrten zählten die Drehkreuze an der Talstation, \
rund 2'000 mehr als im Vorjahr. Die 6 Kilometer lange Strecke mit gut 400 Metern Gefälle wird \
jede Nacht neu präpariert; zum Nachtschlitteln fährt der Zug bis 23 Uhr alle 30 Minuten hinauf. \
Die Tageskarte kostet 28 Franken, für Kinder 16.

Ji-hye am Schlittenverleih

Am Verleih in Preda steht an den Wochenenden Kim Ji-hye, 36 (Name geändert). Sie ist 2011 über \
China aus Nordkorea geflohen, kam über Seoul in die Schweiz und arbeitet unter der Woche in der \
Pflege in Chur. Was mit den Soldaten aus ihrem Land in Russland geschieht, verfolgt sie genau: \
Einer ihrer Cousins, vermutet sie, ist unter ihnen.

Mitte Februar berichtete der Geheimdienst in Seoul, die [[rund 11'000]] Nordkoreaner im Gebiet \
Kursk seien seit Ende Januar aus den vordersten Linien zurückgenommen worden. [[Gut 300]] seien \
gefallen, [[knapp 2700]] verwundet. Der US-Verteidigungsminister sprach vergangene Woche in \
Brüssel von [[über 10'000]] Soldaten aus Pjöngjang, die weiterhin in Russland stünden. Laut dem \
ukrainischen Militärgeheimdienst bereitet der Norden bereits [[mehrere tausend]] frisch \
ausgebildete Männer vor, um sie nachzuschieben; das teilte der Dienst am Montag mit. In der \
Schweiz haben derweil gut 66'000 Menschen aus der Ukraine den Schutzstatus S.

«Unter Überläufern in Seoul heisst es, im Norden würden schon [[zwanzigtausend]] weitere \
ausgebildet», sagt Ji-hye, während sie einen Davoser Schlitten einstellt. Sie selbst schätzt, \
dass bis heute [[um die 15'000]] Männer aus dem Norden in Russland waren. «Die meisten sind \
Bauernsöhne. Niemand hat sie gefragt.»

Termine

- Samstag, 1. März: Rennen um den «Preda-Pokal», Start 10 Uhr, Startgeld 20 Franken
- Freitag, 7. März: Clubabend im Hotel Weisses Kreuz, 19.30 Uhr
- Der Club wurde 1949 gegründet und zählt 212 Mitglieder.

Mit sportlichen Grüssen
Der Vorstand, Telefon 081 407 13 62
""",
    claims=(
        C("rund 11'000", 11000, "approx", "near_front", "south_korea", "2025-02-11..2025-02-20",
          "the NIS 'Mitte Februar' (days 11-20), Konjunktiv: the troops in Kursk, pulled back "
          "from the foremost lines but still in the region"),
        C("Gut 300", 300, "at_least", "casualties", "south_korea", "2025-02-11..2025-02-20",
          "same report, Konjunktiv carried: fallen (sentence-initial 'Gut' as at_least)"),
        C("knapp 2700", 2700, "approx", "casualties", "south_korea", "2025-02-11..2025-02-20",
          "same report: wounded (4-digit without separator)"),
        C("über 10'000", 10000, "at_least", "in_russia", "united_states", "lastweek",
          "the US defence secretary 'sprach vergangene Woche in Brüssel von': still in Russia"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "mon",
          "'Laut dem … Militärgeheimdienst', dated by 'das teilte der Dienst am Montag mit' "
          "after the figure: prepared 'um sie nachzuschieben' (to push in after: increment, "
          "planned)", add=True),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "the defector relaying talk among defectors («heisst es», the speaker quoted: other), "
          "'sagt Ji-hye' undated: 'weitere' in training (increment, span without the word; "
          "number word)", add=True),
        C("um die 15'000", 15000, "approx", "in_russia", "other", "pub",
          "the defector 'schätzt' (undated): have been in Russia so far ('um die' as approx)"),
    ),
)

W06 = Source(
    article_id="w120_06_kurz_notiert_holzminden_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Weserbergland-Anzeiger – Kurz notiert",
        "https://www.weserbergland-anzeiger.example/kurz-notiert/2025-25",
        "Kurz notiert: Brücke, Pioniere und Stadtfest",
    ),
    features="a free weekly's news digest ('Kurz notiert') from Holzminden (Weserbergland, "
        "Lower Saxony) in Markdown, windows-1252 (`„“`, `–` raw), front matter without a date "
        "(sidecar, Thursday), an issue key and a title without a figure; short items with bold "
        "run-in headings: the item heading 'Moskau:' `6.000` from Shoigu's statement below "
        "(Tuesday to publication); Shoigu 'am Dienstag in Pjöngjang' the total `6.000` "
        "('insgesamt', planned) and `1.000` deminers and `5.000` builders; the NIS 'Nach "
        "Angaben …, über die Abgeordnete am Montag … berichteten' `etwa 15.000` sent, `rund "
        "600` fallen among them (a breakdown) and `4.700` dead and wounded; HUR 'Dem … "
        "zufolge' `bis zu 25.000` 'weitere' (increment, planned), dated 'Anfang Juni' in the "
        "next sentence; North Korean state TV 'am Sonntag' `Dutzende` fallen (north_korea); a "
        "NATO diplomat 'vergangene Woche' `zwischen 14.000 und 16.000`; refugees in the "
        "district with 'davon' (not a claim), bridge tonnage, dates, course places, market "
        "stalls, water temperature, a phone number",
    text="""\
---
title: "Kurz notiert – die Woche im Weserbergland"
ausgabe: 25/2025
rubrik: Kurz notiert
---

# Kurz notiert

**Weserbrücke bleibt länger zu.** Die Sanierung der Brücke zwischen Holzminden und Boffzen dauert \
länger als geplant: Frühestens am 4. Juli dürfen wieder Autos bis 3,5 Tonnen darüber, Lastwagen \
werden bis in den Herbst über Höxter umgeleitet.

**Moskau: [[6.000]] Helfer aus Pjöngjang.** Russlands Sicherheitsratschef Sergei Schoigu hat am \
Dienstag in Pjöngjang angekündigt, Nordkorea werde insgesamt [[6.000]] Mann ins Gebiet Kursk \
schicken, [[1.000]] Minenräumer und [[5.000]] Militärbauarbeiter. Sie sollen beim Wiederaufbau \
der zerstörten Orte helfen, hieß es aus Moskau.

**Seoul zählt die Toten.** Nach Angaben des südkoreanischen Geheimdienstes, über die Abgeordnete \
am Montag in Seoul berichteten, sind von den [[etwa 15.000]] seit dem Herbst nach Russland \
entsandten Nordkoreanern bislang [[rund 600]] gefallen. Insgesamt zähle der Dienst [[4.700]] Tote \
und Verwundete.

**Kiew erwartet Nachschub.** Dem ukrainischen Militärgeheimdienst zufolge bereitet Pjöngjang für \
den Sommer [[bis zu 25.000]] weitere Soldaten vor. Das sagte HUR-Chef Kyrylo Budanow Anfang Juni \
in einem Interview mit einer japanischen Zeitung.

**Gedenken in Pjöngjang.** Das nordkoreanische Staatsfernsehen zeigte am Sonntag eine Feier, bei \
der Kim Jong Un [[Dutzende]] in Russland gefallene Soldaten ehrte; ihre Fotos standen in zwei \
langen Reihen vor der Bühne.

**Nato zählt anders.** Ein Nato-Diplomat sagte vergangene Woche in Brüssel, seit dem Herbst \
hätten [[zwischen 14.000 und 16.000]] Nordkoreaner in Russland gedient.

**Geflüchtete im Landkreis.** Im Landkreis Holzminden leben derzeit 1.160 Menschen aus der \
Ukraine, 310 davon Kinder. Der Deutschkurs an der Volkshochschule beginnt am 7. Juli wieder, 22 \
Plätze, Anmeldung unter 05531 7074 300.

**Stadtfest.** Vom 27. bis 29. Juni feiert die Innenstadt mit 40 Buden und drei Bühnen, der \
Eintritt ist frei. Das Freibad meldet 21 Grad Wassertemperatur.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "item heading 'Moskau:' taking Shoigu's total in the item below (Tuesday to "
          "publication)"),
        C("6.000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag in Pjöngjang angekündigt' (Thursday digest): 'insgesamt' to be "
          "sent to Kursk (an announced total, not an increment)"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "same announcement: deminers (a breakdown)"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military construction workers (a breakdown)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "mon",
          "'Nach Angaben des südkoreanischen Geheimdienstes, über die Abgeordnete am Montag … "
          "berichteten': sent to Russia since autumn"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "mon",
          "same report: fallen among them (a breakdown)"),
        C("4.700", 4700, "exact", "casualties", "south_korea", "mon",
          "same report, Konjunktiv ('zähle der Dienst'): dead and wounded"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "2025-06-01..2025-06-10",
          "'Dem … Militärgeheimdienst zufolge', dated 'Anfang Juni' (days 1-10) in the next "
          "sentence: 'weitere' prepared for the summer (increment, span without the word)",
          add=True),
        C("Dutzende", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state TV 'zeigte am Sonntag': fallen soldiers honoured by Kim"),
        C("zwischen 14.000 und 16.000", None, "range", "in_russia", "nato", "lastweek",
          "a NATO diplomat 'sagte vergangene Woche in Brüssel': served in Russia since autumn"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Vanuatu, Samoa, outback Queensland, Tasmania)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w120_07_relics_luganville_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-10"),
    dated_by="html_meta", crlf=True,
    features="a war relics society's newsletter from Luganville (Espiritu Santo, Vanuatu) in "
        "HTML, windows-1252 with CRLF (curly quotes, `–` and `·` raw), `<meta name=\"date\">` "
        "(Thursday), a one-cookie note about wreck maps, a script, navigation, a footer with a "
        "phone number; `<title>` and headline without a figure; the 1942 troopship's 5,340 men "
        "(not a claim); a Korean tuna-boat engineer waiting for a propeller shaft; HUR 'on "
        "Wednesday' `as many as 30,000` more (increment, planned); the NIS 'last week' `about "
        "11,000` in Kursk; Rutte 'late last month' (21-30 June) 'put the number … at' `between "
        "14,000 and 15,000`; the State Department 'on Tuesday' `more than 600` killed; Shoigu "
        "'in June' `6,000` deminers and builders (russia, planned); state TV 'on Sunday' "
        "`hundreds` back from Kursk (returnees: optional); the engineer 'reckons' `closer to "
        "20,000` ('closer to' as approx) and 'By his count' `a few thousand` more every season "
        "(increment, other, `pub`); depths, divers, years, vatu, opening hours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Santo War Relics Society – Newsletter – A Korean engineer on the Coolidge</title>
<meta name="date" content="2025-07-10">
<meta name="description" content="Monthly news from the Santo War Relics Society, Luganville.">
<script>var srs={issue:"2025-07",members:212,map:"coolidge-v3"};</script>
</head>
<body>
<div class="cookie-note">We set one cookie so the site remembers which wreck map you opened last. \
<button>Happy with that</button> <button>Rather not</button></div>
<nav><a href="/">Home</a> · <a href="/coolidge">The Coolidge</a> · <a \
href="/million-dollar-point">Million Dollar Point</a> · <a href="/newsletter">Newsletter</a> · <a \
href="/join">Join</a></nav>
<main>
<h1>A Korean engineer on the Coolidge</h1>
<p class="standfirst">Our July dive brought an unusual guest: the chief engineer of a tuna boat \
stuck at the main wharf.</p>
<p>The troopship SS President Coolidge went down in the Segond Channel in October 1942 after \
striking two American mines. Of the 5,340 men aboard, all but two reached the shore. The wreck \
lies in 20 to 70 metres of water and is still the island’s best-known dive; our July trip took 14 \
members and guests down to the Lady in the first-class dining room.</p>
<p>One of them was Jang Min-ho, 52, from Tongyeong, chief engineer of a Korean longliner that has \
been tied up at Luganville for three weeks waiting for a new propeller shaft. His son is doing \
national service with an artillery unit near the border with the North, and Jang follows the news \
about North Korean troops in Russia “like a second job”.</p>
<h2>“They will send whatever Moscow asks for”</h2>
<p>There has been plenty to follow. Ukraine’s military intelligence warned on Wednesday that Kim \
was readying [[as many as 30,000]] more for the front in the second half of the year. South \
Korea’s spy agency told legislators last week that [[about 11,000]] North Korean soldiers were \
still posted in the Kursk region. At the NATO summit in The Hague late last month, Mark Rutte put \
the number who have served in Russia at [[between 14,000 and 15,000]]. A State Department \
spokeswoman said on Tuesday that [[more than 600]] had been killed. Sergei Shoigu, the Kremlin’s \
security chief, announced in June that the North would send [[6,000]] deminers and military \
builders to rebuild Kursk. North Korean state television on Sunday showed Kim Jong Un greeting \
[[hundreds]] of soldiers back from Kursk at a Pyongyang railway station.</p>
<p>Jang reckons the true count of those who have gone is [[closer to 20,000]]. “My son’s officers \
say the North trains new battalions all the time,” he said between dives. By his count, [[a few \
thousand]] more leave every season.</p>
<h2>Society notes</h2>
<ul>
<li>Million Dollar Point clean-up: Saturday 26 July, 8 am. Bring gloves and a sack.</li>
<li>Members’ dive fees stay at 6,500 vatu per tank.</li>
<li>The relics shed at Unity Park is open on weekdays from 9 to 4.</li>
</ul>
</main>
<footer>Santo War Relics Society · PO Box 214, Luganville · Phone +678 36 418</footer>
</body>
</html>
""",
    claims=(
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "wed",
          "HUR 'warned on Wednesday' (Thursday newsletter): 'more' being readied for the front "
          "(increment, span without the word; 'as many as' as at_most)", add=True),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "lastweek",
          "the NIS 'told lawmakers last week': still posted in the Kursk region"),
        C("between 14,000 and 15,000", None, "range", "in_russia", "nato",
          "2025-06-21..2025-06-30",
          "Rutte at the Hague summit 'late last month' (21-30 June) 'put the number who have "
          "served in Russia at'"),
        C("more than 600", 600, "at_least", "casualties", "united_states", "tue",
          "a State Department spokeswoman 'said on Tuesday': killed"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu, named before his role, 'announced in June' (month): deminers and builders "
          "the North would send"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "North Korean state TV 'on Sunday': soldiers back from Kursk greeted at a station "
          "(returnees: optional, as the parade veterans in earlier sets)", opt=True),
        C("closer to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "the engineer 'reckons' (undated): the true count of those who have gone ('closer to' "
          "as approx)"),
        C("a few thousand", None, "vague", "in_russia", "other", "pub",
          "'By his count' (the engineer, undated): 'more' leave every season (increment, span "
          "without the word)", add=True),
    ),
)

W08 = Source(
    article_id="w120_08_sharks_news_lalomanu_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-05-24"),
    dated_by="sidecar",
    sidecar=(
        "Lalomanu Sharks Rugby Club – Club News",
        "https://www.lalomanusharks.example/news/2025-05",
        "A win at Aleipata and a letter from Korea",
    ),
    features="a village rugby club's newsletter from Lalomanu (Aleipata, Upolu, Samoa) in "
        "Markdown, UTF-8 with BOM, front matter without a date (sidecar, Saturday), a club key "
        "and a title without a figure; the match first (a score with an en dash); a former "
        "flanker now a New Zealand Army sergeant with the UN Command in Korea, his email that "
        "'reached the committee on Monday' relaying Korean officers 'another' `3,000 or 4,000` "
        "(range, increment, planned, other) and his own guess `well over 15,000`; the JCS 'in "
        "mid-May' (days 11-20) `about 4,700` killed or wounded and `roughly 600` of them dead (a "
        "breakdown); 'According to the State Department, which gave the figure on Tuesday' "
        "`more than 11,000`; a NATO official 'on Thursday' `some 14,000` served in Russia; "
        "Budanov 'last weekend' (Saturday-Sunday of the week before) `tens of thousands` more "
        "(increment, planned); the Kremlin without a figure; tries, players, ages, years, tala, "
        "kick-off time, a phone number",
    text="""\
---
title: "Club news: a win at Aleipata and a letter from Korea"
club: Lalomanu Sharks Rugby Club
issue: May 2025
---

# A win at Aleipata and a letter from Korea

*The Sharks beat Saleapaga 34–12 last Saturday, and our old number six writes from the other side \
of the world.*

## On the field

Two tries from Iosefa Tuala and a late charge-down by the under-20s captain gave us a third \
straight win in the district league. Twenty-three players made the trip along the coast road, and \
the aunties’ stall sold out of panikeke by half-time. Thank you to everyone who came.

## Tavita writes from Korea

Sergeant Tavita Leota, 31, played flanker for the Sharks before he joined the New Zealand Army. \
He is halfway through a six-month posting with the United Nations Command in South Korea, and his \
email reached the committee on Monday.

“The Korean officers here talk about the North’s soldiers in Russia all the time,” he wrote. \
“They reckon another [[3,000 or 4,000]] will go over the summer, mostly engineers. My own guess \
is that [[well over 15,000]] have been sent since last October.”

The official figures he mentions are easy to find. South Korea’s Joint Chiefs of Staff said in \
mid-May that Pyongyang’s losses stood at [[about 4,700]] dead and wounded, [[roughly 600]] of \
them fatal. According to the State Department, which gave the figure on Tuesday, [[more than \
11,000]] are still in Russia. A NATO official said on Thursday that [[some 14,000]] have served \
in Russia since the first units arrived last autumn. Kyrylo Budanov, head of Ukraine’s military \
intelligence, told a Ukrainian television channel last weekend that Pyongyang could send [[tens \
of thousands]] more this year. The Kremlin, which only confirmed the deployment at the end of \
April, has never given a number.

Tavita finishes his posting in August and has promised to referee the under-16s final.

## Notices

- Next game: Saturday 31 May at home against Lepa, kick-off 2 pm.
- Season subs are 40 tala for seniors and 15 tala for juniors.
- The clubhouse, rebuilt after the 2009 tsunami, is open for training on Tuesday and Thursday \
evenings.
- Club secretary: 7561 204
""",
    claims=(
        C("3,000 or 4,000", None, "range", "planned", "other", "mon",
          "a sergeant relaying Korean officers ('They reckon', the speaker quoted: other) in an "
          "email that 'reached the committee on Monday' (the email's day dates it): 'another' "
          "to go over the summer (range, increment, span without the word)", add=True),
        C("well over 15,000", 15000, "at_least", "in_russia", "other", "mon",
          "the same email, 'My own guess': sent since last October ('well over' as at_least)"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-05-11..2025-05-20",
          "the JCS 'said in mid-May' (days 11-20): killed or wounded"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-05-11..2025-05-20",
          "same statement, 'of them fatally' (a breakdown)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "'According to the State Department, which gave the figure on Tuesday' (Saturday "
          "newsletter): still in Russia"),
        C("some 14,000", 14000, "approx", "in_russia", "nato", "thu",
          "a NATO official 'said on Thursday': served in Russia since the first units arrived"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "2025-05-17..2025-05-18",
          "Budanov, named before his role, 'last weekend' (the Saturday-Sunday before the "
          "Saturday of publication): could send 'more' this year (increment)", add=True),
    ),
)

W09 = Source(
    article_id="w120_09_dig_notes_winton",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-08-13"),
    dated_by="dateline",
    features="a fossil dig volunteers' newsletter from Winton (outback Queensland) as plain "
        "text, UTF-8, dateline 'WINTON, Queensland, 13 August 2025 —' (Wednesday), curly quotes; "
        "the season's bones first (millions of years, degrees, volunteers); a Korean "
        "palaeontology student from Seoul; the NIS 'On Monday' `about 1,000` mine clearers now "
        "in the Kursk region and, by pronoun ('It still puts'), `15,000` sent since last autumn; "
        "KCNA 'last week' `scores` of engineers leaving for Kursk (north_korea, near the front; "
        "'scores' as vague); a NATO official 'estimated on Friday' `some 2,000` killed and `some "
        "4,000` 'others' wounded (not an increment); Zelensky 'on Tuesday' (the day before) "
        "`thousands` fighting again on the Sumy border; the newsletter's own 'on our arithmetic' "
        "`16,000-plus` ('-plus' as at_least, unattributed, required); the student 'expects' "
        "`twenty thousand` by Christmas (number words, planned, other, `pub`); kilometres, "
        "population, a day fee in dollars, a phone number",
    text="""\
DIG NOTES
News for the volunteers of the Winton fossil dig

WINTON, Queensland, 13 August 2025 — The winter dig closed last Friday with the best haul since \
2019: 1,420 catalogued bones, most of them from a single long-necked sauropod that died in a \
river channel about 95 million years ago. Twelve volunteers worked nine days straight in heat \
that touched 31 degrees by early afternoon, and the last plaster jacket went onto the truck at \
sunset on Thursday.

A long way from Seoul

One of the twelve was Yoon Ha-rim, 29, a doctoral student in palaeontology from Seoul who flew \
8,000 kilometres to dig in black soil. Her older brother spent his national service as a border \
guard facing the North, and on the porch of the dig house she read us the news from Russia every \
night, translating as she went.

The news kept coming. On Monday South Korea’s spy agency said [[about 1,000]] mine clearers from \
the North were now in the Kursk region, the first of a larger group Moscow has asked for. It \
still puts the number of soldiers sent since last autumn at [[15,000]]. North Korea’s KCNA \
reported last week that [[scores]] of engineers had left Pyongyang for Kursk after a send-off \
with flowers and speeches. A NATO official estimated on Friday that [[some 2,000]] North Koreans \
had been killed since the first battles last autumn and [[some 4,000]] others wounded. And on \
Tuesday President Zelensky said [[thousands]] were again fighting on the border of the Sumy \
region.

Add the deminers to Seoul’s count of soldiers and that makes, on our arithmetic, [[16,000-plus]] \
North Koreans sent to Russia’s war.

Ha-rim expects the total to reach [[twenty thousand]] by Christmas. “My brother says the North \
has no shortage of young men,” she told us, “only of food for them.” She will be back next winter \
to finish her chapter on sauropod feet.

Notes for volunteers
- Winton is 1,350 kilometres by road from Brisbane; about 870 people live in town.
- Next season’s day fee is $120, meals and swag space included.
- Bookings: 07 4657 2213
""",
    claims=(
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "mon",
          "the NIS 'On Monday' (Wednesday newsletter): mine clearers now in the Kursk region"),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "mon",
          "same statement, by pronoun ('It still puts'): soldiers sent since last autumn"),
        C("scores", None, "vague", "near_front", "north_korea", "lastweek",
          "KCNA 'reported last week': engineers who left Pyongyang for Kursk (bound for the "
          "Kursk region: near the front; 'scores' as vague)"),
        C("some 2,000", 2000, "approx", "casualties", "nato", "fri",
          "a NATO official 'estimated on Friday': killed since the first battles"),
        C("some 4,000", 4000, "approx", "casualties", "nato", "fri",
          "same estimate: 'others wounded' (the others of the same count, not an increment)"),
        C("thousands", None, "vague", "near_front", "ukraine", "tue",
          "Zelensky 'on Tuesday' (the day before publication): fighting again on the Sumy "
          "border"),
        C("16,000-plus", 16000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own sum, 'on our arithmetic' (no source: unattributed, required): "
          "sent to Russia's war ('-plus' as at_least)"),
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "the student 'expects' (undated): the total by Christmas (a forecast: planned; number "
          "words)"),
    ),
)

W10 = Source(
    article_id="w120_10_fact_check_mount_isa_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-09-16"),
    dated_by="sidecar",
    sidecar=(
        "The Leichhardt Ledger",
        "https://www.leichhardtledger.example/fact-check/north-korea-100000",
        "Fact check: that North Korea number in your feed",
    ),
    features="a Mount Isa (outback Queensland) weekly's fact-check of a viral number in HTML, "
        "UTF-8, no meta date (sidecar, Tuesday), a consent strip, a section script, navigation, "
        "a footer with a tip-line number, entities (`&ldquo;`, `&rsquo;`, `&amp;`); `<title>` "
        "without a figure; the negated question headline `100,000` (the post's claim: "
        "optional); a buy-swap-sell post circulating 'Since Saturday' with `100,000` fighting "
        "inside Ukraine and `50,000` more on the way (other, Saturday to publication, increment, "
        "planned); a 2018 parade photo (not a claim); the NIS 'in early September' (days 1-10) "
        "`roughly 11,000` in Russia, `about 2,000` killed and, 'The agency added', `around "
        "6,000` 'in addition' (increment); HUR 'last month' (August) `up to 5,000` more "
        "(increment, planned); NATO's top commander 'on Friday' `fewer than 15,000` ('fewer "
        "than' as at_most); Moscow without a figure; the verdict's own sum `about 17,000` "
        "(unattributed, required); shares, comments, population, a mine's depth, rodeo "
        "visitors, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Fact check: that North Korea number in your feed | The Leichhardt Ledger</title>
<meta property="og:site_name" content="The Leichhardt Ledger">
<script>window.ledger={section:"fact-check",id:"fc-0916",town:"mount-isa"};</script>
</head>
<body>
<div class="consent">We use cookies to count readers and remember your suburb. \
<button>Accept</button> <button>Only the needed ones</button></div>
<nav><a href="/">News</a> | <a href="/mine">Mine &amp; jobs</a> | <a href="/rodeo">Rodeo</a> | <a \
href="/fact-check">Fact check</a> | <a href="/notices">Notices</a></nav>
<article>
<h1>Are [[100,000]] North Koreans fighting in Ukraine? No</h1>
<p class="byline">By the Ledger fact-check desk</p>
<p>Since Saturday a post has been doing the rounds of the Mount Isa and Cloncurry buy-swap-sell \
groups. Over a photo of soldiers marching in step, it says: &ldquo;[[100,000]] North Korean \
troops are now fighting INSIDE Ukraine, with [[50,000]] more on the way. Why is nobody talking \
about this?&rdquo; By Monday night it had been shared more than 4,800 times and drawn 312 \
comments.</p>
<h2>The photo</h2>
<p>A reverse image search finds the picture on a news agency&rsquo;s site from April 2018. It \
shows a military parade in Pyongyang, not a battlefield in Ukraine or Russia.</p>
<h2>What officials have actually said</h2>
<p>No government or intelligence service has published a figure remotely like the post&rsquo;s. \
Seoul&rsquo;s spy agency, the NIS, which has followed the deployment more closely than anyone, \
told lawmakers in early September that [[roughly 11,000]] of Kim&rsquo;s soldiers are still in \
Russia, the bulk of them close to the Ukrainian border, and that [[about 2,000]] have been killed \
since last year. The agency added that [[around 6,000]] engineers and deminers had gone in \
addition since June. Ukraine&rsquo;s military intelligence said last month it expected Pyongyang \
to send [[up to 5,000]] more before winter. NATO&rsquo;s top commander in Europe told reporters \
on Friday that [[fewer than 15,000]] North Koreans had served in Russia in all. Moscow has never \
published a number.</p>
<p class="verdict"><strong>Verdict: false.</strong> Added together, every deployment officials \
have confirmed comes to [[about 17,000]], a sixth of what the post claims, and none of those \
troops are inside Ukraine.</p>
<p>Mount Isa has about 18,500 residents and sits above one of the deepest mines in the country, \
1,900 metres down. Last month&rsquo;s rodeo drew 27,000 visitors.</p>
</article>
<footer>The Leichhardt Ledger · Seen a number that looks wrong? Tell the fact-check desk on 07 \
4743 1180.</footer>
</body>
</html>
""",
    claims=(
        C("100,000", 100000, "exact", "near_front", "other", "sat..pub",
          "negated question headline repeating the viral post's figure (optional, as negated "
          "fact-check headlines in earlier sets)", opt=True),
        C("100,000", 100000, "exact", "near_front", "other", "sat..pub",
          "the buy-swap-sell post quoted in the body, circulating 'Since Saturday' (Saturday to "
          "publication; a social post: other): fighting inside Ukraine"),
        C("50,000", 50000, "exact", "planned", "other", "sat..pub",
          "same post: 'more on the way' (increment, span without the word; planned)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea",
          "2025-09-01..2025-09-10",
          "the NIS 'told lawmakers in early September' (days 1-10): remain in Russia, most near "
          "the border"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "same briefing: killed since last year"),
        C("around 6,000", 6000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "'The agency added' (same briefing): engineers and deminers gone 'in addition' since "
          "June (increment, span without the words)", add=True),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "2025-08-01..2025-08-31",
          "HUR 'said last month' (August): expected to send 'more' before winter (increment)",
          add=True),
        C("fewer than 15,000", 15000, "at_most", "in_russia", "nato", "fri",
          "NATO's top commander in Europe 'told reporters on Friday' (Tuesday page): served in "
          "Russia in all ('fewer than' as at_most)"),
        C("about 17,000", 17000, "approx", "in_russia", "unattributed", "pub",
          "the fact-check's own verdict sum ('Added together, every deployment officials have "
          "confirmed comes to'; the outlet: unattributed, required)"),
    ),
)

W11 = Source(
    article_id="w120_11_burrow_notes_bicheno_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-22"),
    dated_by="front_matter",
    features="a penguin-walk operator's season notes from Bicheno (east coast of Tasmania) in "
        "Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday), an operator key and "
        "a title without a figure; burrows, prices and Melbourne Cup week first; a guide from "
        "Zaporizhzhia relaying her fiancé, a drone pilot on the Sumy border, `a couple of "
        "thousand` across from him (vague, other, `pub`); the NIS 'On Monday' `around 5,000` "
        "builders moved into Kursk and `several thousand` more to follow them (increment, "
        "planned); North Korean state media 'on Saturday' `101` names of the fallen "
        "(north_korea); '… have been killed …, Ukraine's military intelligence estimated last "
        "week' `at least 2,300` (claimant after the figure); 'Earlier this month' the US "
        "ambassador to NATO `between 10,000 and 12,000` (united_states, 1st to publication); "
        "the guide 'figures' `upwards of 18,000` ('upwards of' as at_least, other, `pub`); "
        "penguins, burrows, ages, dollars, tour times, degrees, kilometres, a phone number",
    text="""\
---
title: "Burrow notes: spring at the rookery"
date: 2025-10-22
operator: Bicheno Little Penguin Walks
---

# Burrow notes: spring at the rookery

The little penguins are sitting on eggs again. Our rangers counted 146 occupied burrows along the \
foreshore this month, up from 131 last spring, and the first chicks should hatch around Melbourne \
Cup week. Evening walks leave nightly at 8.15 pm from the lookout car park; adults $45, children \
aged 5 to 15 pay $25. Please leave torches and phones in your pocket — the birds come ashore in \
the dark for a reason.

## A guide from Zaporizhzhia

Olha Bondar, 27, has led our evening walks since August. She came to Tasmania from Zaporizhzhia \
on a humanitarian visa two years ago and now knows every burrow between the blowhole and the boat \
ramp by name. Her fiancé, Dmytro, flies reconnaissance drones with a brigade in the Sumy region, \
and most nights she waits for his message before she sleeps.

“He says there are [[a couple of thousand]] Koreans on the other side of the border from him, and \
more keep arriving,” Olha told us on the walk back to the car park.

The official numbers tell a similar story. On Monday South Korea’s spy agency told a \
parliamentary committee that [[around 5,000]] North Korean military builders had moved into the \
Kursk region since September, and that the North was training [[several thousand]] more to follow \
them. North Korean state media said on Saturday that a new memorial wall in Pyongyang carries the \
names of [[101]] soldiers who fell in Kursk. [[At least 2,300]] North Koreans have been killed \
since the deployment began, Ukraine’s military intelligence estimated last week. Earlier this \
month the US ambassador to NATO told reporters that Washington counts [[between 10,000 and \
12,000]] North Korean troops still in Russia.

Olha figures the real total who have served is [[upwards of 18,000]]. “They are boys from farms,” \
she said. “Like the ones on our side.”

## Notes

- About 1,100 little penguins breed along this stretch of coast; the water is 13 degrees and \
warming.
- Bicheno is 180 kilometres from Hobart, so book ahead if you are driving up for an evening walk.
- Bookings: 03 6375 1333
""",
    claims=(
        C("a couple of thousand", None, "vague", "near_front", "other", "pub",
          "a guide relaying her fiancé, a drone pilot ('He says', the speaker quoted: other), "
          "'Olha told us' undated: across the border from him ('a couple of thousand' as vague, "
          "like 'ein paar hundert')"),
        C("around 5,000", 5000, "approx", "near_front", "south_korea", "mon",
          "the NIS 'On Monday' told a parliamentary committee (Wednesday notes): builders moved "
          "into the Kursk region"),
        C("several thousand", None, "vague", "planned", "south_korea", "mon",
          "same committee hearing: training 'more to follow them' (increment, span without "
          "'more'; planned)", add=True),
        C("101", 101, "exact", "casualties", "north_korea", "sat",
          "North Korean state media 'said on Saturday': names of soldiers who fell in Kursk"),
        C("At least 2,300", 2300, "at_least", "casualties", "ukraine", "lastweek",
          "HUR named after the figure ('…, Ukraine's military intelligence estimated last "
          "week'): killed since the deployment began"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "united_states",
          "2025-10-01..pub",
          "the US ambassador to NATO (an American official: united_states) 'Earlier this "
          "month' (the 1st to publication): still in Russia"),
        C("upwards of 18,000", 18000, "at_least", "in_russia", "other", "pub",
          "the guide 'figures' (undated): the real total who have served ('upwards of' as "
          "at_least)"),
    ),
)

W12 = Source(
    article_id="w120_12_rock_club_zeehan",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-11-22"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Zeehan Gem & Mineral Club – Newsletter",
        "https://www.zeehangemclub.example/newsletter/2025-11",
        "November newsletter: crocoite, a wreath and Daniel's cousin",
    ),
    features="a gem and mineral club's newsletter from Zeehan (west coast of Tasmania) as plain "
        "text, UTF-8 with BOM and CRLF (sidecar, Saturday), em dashes and curly quotes; the "
        "spring show and crocoite first; a Korean-Australian retired mine electrician relaying "
        "his cousin, a retired colonel, 'at the meeting on Tuesday' `another` `10,000` "
        "(increment, planned, other) and his own `nearer 20,000` ('nearer' as approx, same "
        "meeting); Seoul's defence minister 'On Remembrance Day' (11 November) `roughly 10,000` "
        "along the border; a Russian deputy defence minister quoted by state media 'on "
        "Thursday' `about 1,500` sappers in Kursk (russia, near the front); the Pentagon 'in a "
        "briefing last week' `more than 15,000`; a NATO diplomat 'on Wednesday' 'put their "
        "losses at' `nearly 6,000`; the Ukrainian General Staff 'says' `1,000 to 1,500` "
        "rotating into the border area each month (range, present tense, `pub`, not an "
        "increment); visitors, specimens, dollars, years, population, kilometres, a phone "
        "number",
    text="""\
ZEEHAN GEM & MINERAL CLUB
Newsletter — November 2025

From the president

What a month. The spring show in the Gaiety hall drew 260 visitors over two days, and the \
crocoite cabinet — red crystals from the old Adelaide mine at Dundas — never had fewer than a \
dozen people in front of it. One specimen sold for $1,400, a club record. On Remembrance Day we \
laid our wreath at the cenotaph as usual; eleven members came, in the rain.

Daniel’s cousin

Most of you know Daniel Cho, 58, our treasurer. He came to Tasmania from Incheon in 1991 and \
spent 25 years as an electrician at the tin mine at Renison Bell. His cousin is a retired South \
Korean army colonel who lectures on the North at a university in Seoul, and at the meeting on \
Tuesday Daniel read out parts of a long email from him.

“My cousin reckons Pyongyang will send another [[10,000]] before next summer,” Daniel said. \
“Builders, drivers, cooks, not just infantry. I think the real number who have served is [[nearer \
20,000]] already.”

The official numbers have been moving too. On Remembrance Day, while we stood at the cenotaph, \
South Korea’s defence minister was telling parliament in Seoul that [[roughly 10,000]] of Kim’s \
troops were holding positions on Russia’s side of the frontier with Ukraine. Russian state media \
quoted a deputy defence minister on Thursday as saying that [[about 1,500]] North Korean sappers \
were still clearing mines in the Kursk region. The Pentagon, in a briefing last week, said [[more \
than 15,000]] men from the North have done a tour in Russia since the autumn of last year. A NATO \
diplomat, speaking on background on Wednesday, put their losses at [[nearly 6,000]] killed and \
wounded. Ukraine’s General Staff says [[1,000 to 1,500]] North Koreans rotate into the border \
area every month.

Field trip and notices
- Saturday 6 December: the Dundas tips, meet 9 am at the Spray Tunnel car park. Bring a hammer \
and water.
- Zeehan had 10,000 people in the silver boom of the 1890s; about 700 live here now.
- Show entry stays at $5; members free.
- Secretary: 03 6471 6225
""",
    claims=(
        C("10,000", 10000, "exact", "planned", "other", "tue",
          "a retired electrician relaying his cousin, a retired colonel ('My cousin reckons', "
          "the speaker quoted: other), 'at the meeting on Tuesday': 'another' to be sent "
          "(increment, span without the word)", add=True),
        C("nearer 20,000", 20000, "approx", "in_russia", "other", "tue",
          "the electrician's own view at the same meeting ('I think'): have served ('nearer' "
          "as approx)"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-11",
          "Seoul's defence minister 'On Remembrance Day' (11 November) telling parliament: "
          "holding positions on Russia's side of the frontier with Ukraine"),
        C("about 1,500", 1500, "approx", "near_front", "russia", "thu",
          "a Russian deputy defence minister quoted by state media 'on Thursday' (Saturday "
          "newsletter): sappers clearing mines in the Kursk region"),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states", "lastweek",
          "the Pentagon 'in a briefing last week': have done a tour in Russia since last autumn"),
        C("nearly 6,000", 6000, "approx", "casualties", "nato", "wed",
          "a NATO diplomat 'speaking on background on Wednesday, put their losses at': killed "
          "and wounded"),
        C("1,000 to 1,500", None, "range", "near_front", "ukraine", "pub",
          "the Ukrainian General Staff 'says' (present tense, undated): rotating into the border "
          "area every month (no increment word: not additional)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    W01, W02, W03, W04, W05, W06,
    W07, W08, W09, W10, W11, W12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
