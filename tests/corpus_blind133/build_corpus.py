"""Build the HUNDRED-AND-THIRTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-fifth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: an
open-air museum friends' circle newsletter from Fladungen in the Bavarian Rhön with a Hutsul
thatcher whose cousin is a gunner near Sumy, a Kneipp association's members' letter from
Gersfeld in the Hessian Rhön with a physiotherapist from Poltava whose brother flies drones, a
trout farm's customer letter from Kaltennordheim in the Thuringian Rhön with an aquaculture
student from Sokcho, a narcissus festival group's page from Altaussee (Austrian conventions) with
a flower picker from Kolomyia, a crystal hunters' association bulletin from Ulrichen in the Goms
(Swiss conventions) with a mineralogist from Lviv, and an avalanche service's circular to its
observers in the Obergoms (Swiss conventions) with a Korean snow scientist; an agency-style wire
report from Grande-Rivière on the Gaspé coast on the Ukrainians of a crab plant, a geopark
friends' newsletter from Percé with a volcanologist from Jeju, a stair-climbing club's page from
Jamestown on Saint Helena with a Ukrainian anaesthetist, a kilikiti association's tournament
report from Niue with a New Zealand Army sergeant who trained Ukrainian recruits, a readers'
letters page from a Jamestown weekly with letters quoting relatives, and a taro growers' notes
from Mutalau on Niue with a retired Korean agronomist. Same file format, marker syntax and
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
BASE_NAME = "_blind133_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (the Rhön in Bavaria, Hesse and Thuringia, the Ausseerland, the Goms)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b133_01_rundbrief_freilandmuseum_fladungen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="an open-air museum friends' circle newsletter from Fladungen (Bavarian Rhön) in "
        "HTML, UTF-8, `article:published_time` +01:00 (Thursday), a one-cookie note, a page "
        "script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; a Hutsul thatcher relaying his cousin, a gunner near Sumy, who 'rief am Sonntag "
        "an' (Konjunktiv) `einige hundert` dug in across the border (other, Sunday); Zelensky 'Am "
        "Montagabend … in seiner Videobotschaft' `11.000` in Kursk; 'Washington hatte Ende "
        "Oktober' `etwa 8.000` in the "
        "border region and `10.000 bis 12.000` in Russia, the State Department named in the next "
        "clause ('erklärte damals'); the NIS via a lawmaker 'vergangene Woche' `mehr als 10.000` "
        "by December (planned); 'Nach Angaben aus Kiew' `etwa 2.000` 'zusätzliche' (increment, "
        "planned, `pub`); a NATO spokesman 'geht davon aus' `Tausende` at the border; the Kremlin "
        "without a figure; bundles of straw, metres, roofs, visitors (`gut 4.000 mehr als im "
        "Vorjahr`, not an increment), members, euros, a date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Rundbrief Herbst &ndash; Freundeskreis Freilandmuseum Fladungen</title>
<meta property="article:published_time" content="2024-11-07T07:00:00+01:00">
<meta property="og:site_name" content="Freundeskreis Freilandmuseum Fladungen">
<script>window.ffm={rubrik:"rundbrief",heft:"2024-3",sprache:"de"};</script>
</head>
<body>
<div class="cookie-leiste">Wir speichern genau ein Cookie, damit dieser Hinweis nicht bei jedem \
Besuch wieder erscheint. <button>Verstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/museum">Das Museum</a> &middot; <a \
href="/rundbrief">Rundbrief</a> &middot; <a href="/mitmachen">Mitmachen</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Ein Dach aus Roggenstroh</h1>
<p class="vorspann">Taras Hnatjuk aus den Karpaten hat der Scheune aus Leubach ein neues Dach \
gegeben. Zwischen zwei Bündeln Stroh erzählt er vom Krieg daheim.</p>
<p>Als der Zimmermann im Juli mit zwei Taschen und einem Hobel aus Kossiw bei uns ankam, stand \
das Gerüst an der Scheune von 1784 schon seit Wochen leer. Kein Handwerker in der Rhön wollte \
sich an ein Strohdach wagen. Taras, 41, hat in den Huzulendörfern seiner Heimat über 30 Dächer \
gedeckt. In vierzehn Wochen hat er mit Helfern aus dem Freundeskreis 2.900 Bund Roggenstroh \
verarbeitet; der First liegt jetzt wieder elf Meter über dem Hof.</p>
<p>Beim Vesper auf dem Gerüst fällt oft das Wort Kursk. Sein Cousin Wassyl ist Richtschütze in \
einer Artilleriebrigade nördlich von Sumy. Am Sonntag rief er an, erzählt Taras: Drüben, auf der \
russischen Seite, hätten sich inzwischen [[einige hundert]] Nordkoreaner eingegraben. Man höre \
sie nachts Bäume fällen, und morgens stünden neue Unterstände am Waldrand.</p>
<h2>Was die Regierungen sagen</h2>
<p>Am Montagabend nannte Präsident Selenskyj in seiner Videobotschaft [[11.000]] Nordkoreaner, \
die bereits im Gebiet Kursk stünden. Washington hatte Ende Oktober [[etwa 8.000]] in der \
Grenzregion \
gezählt; insgesamt seien [[10.000 bis 12.000]] Soldaten aus dem Norden nach Russland gebracht \
worden, erklärte damals das US-Außenministerium.</p>
<p>Der südkoreanische Geheimdienst NIS unterrichtete vergangene Woche die Abgeordneten in Seoul. \
Pjöngjang wolle bis Dezember [[mehr als 10.000]] Mann schicken, gab einer von ihnen die \
Einschätzung des Dienstes wieder. Nach Angaben aus Kiew bereitet der Norden schon [[etwa 2.000]] \
zusätzliche Soldaten vor. Ein Nato-Sprecher in Brüssel geht davon aus, dass [[Tausende]] längst \
an der Grenze stehen. Der Kreml nennt keine Zahl und spricht von einer Angelegenheit zweier \
souveräner Staaten.</p>
<h2>Aus dem Verein</h2>
<p>Die Saison endete mit 58.300 Gästen, gut 4.000 mehr als im Vorjahr. Für die Heimreise von \
Taras und ein Stromaggregat für die Einheit seines Cousins haben Mitglieder 2.140 Euro gesammelt; \
660 Euro fehlen noch. Der Freundeskreis zählt jetzt 412 Mitglieder. Das Schlachtfest im \
Museumsgasthof ist am 23. November ab 11 Uhr.</p>
</article>
<footer>Freundeskreis Freilandmuseum Fladungen e.V. &middot; Bahnhofstraße 19 &middot; 97650 \
Fladungen &middot; Telefon 09778 91 23 07 &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/galerie.min.js"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun",
          "a thatcher relaying his cousin, a gunner near Sumy ('Am Sonntag rief er an, erzählt "
          "Taras', the speaker quoted: other; dated by the call), Konjunktiv: dug in on the "
          "Russian side of the border"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'Am Montagabend nannte …' (4 November, Thursday newsletter): in the Kursk "
          "region"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-21..2024-10-31",
          "'Washington hatte Ende Oktober … gezählt', the State Department named at the end of "
          "the next clause (day 21 to the month's end): in the border region"),
        C("10.000 bis 12.000", None, "range", "in_russia", "united_states",
          "2024-10-21..2024-10-31",
          "same statement, 'insgesamt seien …, erklärte damals das US-Außenministerium' (claimant "
          "after the figure; a total, not planned): brought to Russia"),
        C("mehr als 10.000", 10000, "at_least", "planned", "south_korea", "lastweek",
          "the NIS briefing lawmakers 'vergangene Woche', relayed by one of them ('gab … die "
          "Einschätzung des Dienstes wieder': south_korea): to be sent by December"),
        C("etwa 2.000", 2000, "approx", "planned", "ukraine", "pub",
          "'Nach Angaben aus Kiew' (undated): 'zusätzliche' being readied (increment, planned, "
          "span without the word)", add=True),
        C("Tausende", None, "vague", "near_front", "nato", "pub",
          "a NATO spokesman 'geht davon aus' (undated): already at the border"),
    ),
)

B02 = Source(
    article_id="b133_02_mitgliederbrief_kneipp_gersfeld",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kneipp-Verein Gersfeld (Rhön) – Mitgliederbrief",
        "https://www.kneipp-gersfeld.example/mitgliederbrief/2025-01",
        "Mitgliederbrief Januar: Eisbaden, Schneeschuhe und eine neue Gymnastikleiterin",
    ),
    features="a Kneipp association's members' letter from Gersfeld (Hessian Rhön) as plain text, "
        "windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Thursday); the New "
        "Year's plunge first; a physiotherapist from Poltava relaying her brother, a drone pilot "
        "in the Kursk region, who 'schrieb ihr in der Silvesternacht' (Konjunktiv over two "
        "sentences) `über 200` lost in a week (other, casualties, 31 December to 1 January); "
        "Zelensky 'Am Samstag' `zwei` captured and 'am Sonntag bezifferte er' `knapp 4.000` "
        "killed and wounded; the NIS 'legte am Montag nach' `rund 300` fallen and `2.700` wounded; "
        "'Im Weißen Haus hieß es am Dienstag' `mehrere tausend` put out of action; "
        "'Nach Angaben des … Militärgeheimdienstes' a 'zweite Welle' of `bis zu 8.000` "
        "(increment, planned, `pub`); bathers, water temperature, snow depth, ages, members, "
        "euros, dates, a phone number",
    text="""\
Kneipp-Verein Gersfeld (Rhön) e.V. – Mitgliederbrief Januar

Liebe Kneippfreundinnen und Kneippfreunde,

das neue Jahr hat bei uns wie immer im Wasser begonnen. Am Neujahrsmorgen stiegen 37 \
Unerschrockene in das Tretbecken im Schlosspark, bei 4 Grad Wassertemperatur und Schnee bis an \
die Knöchel. Die Jüngste war neun, der Älteste 83. Auf der Wasserkuppe liegen derzeit 45 \
Zentimeter Schnee; die Wanderung zum Guckaisee am 1. Februar findet deshalb mit Schneeschuhen \
statt.

Neu in unserem Kreis ist Iryna Melnyk. Die 38-jährige Physiotherapeutin aus Poltawa arbeitet \
seit dem Frühjahr in der Rehaklinik am Ortsrand und leitet seit Dezember donnerstags unsere \
Wirbelsäulengymnastik. Ihr jüngerer Bruder Andrij steuert Aufklärungsdrohnen für eine Brigade, \
die noch einen Streifen des Gebiets Kursk hält.

In der Silvesternacht schrieb er ihr. In seinem Abschnitt hätten die Nordkoreaner binnen einer \
Woche [[über 200]] Mann verloren, die meisten auf offenem Schneefeld. Sie liefen in Reihen an, \
berichtete Andrij, und hielten nicht an, wenn ein Nebenmann falle.

Inzwischen bestätigen auch die Regierungen schwere Verluste. Am Samstag gab Präsident Selenskyj \
die Gefangennahme von [[zwei]] verwundeten Nordkoreanern bekannt; am Sonntag bezifferte er die \
Zahl der Getöteten und Verwundeten auf [[knapp 4.000]]. Der südkoreanische Geheimdienst NIS \
legte am Montag nach: Seiner Schätzung zufolge kamen [[rund 300]] Nordkoreaner ums Leben, \
[[2.700]] trugen Verletzungen davon. Im Weißen Haus hieß es am Dienstag, [[mehrere tausend]] \
seien außer Gefecht gesetzt. Nach Angaben des ukrainischen Militärgeheimdienstes bereitet \
Pjöngjang \
schon eine zweite Welle von [[bis zu 8.000]] Mann vor.

Iryna sammelt für die Einheit ihres Bruders Wollsocken und Wärmepflaster. Wer etwas beitragen \
mag, bringt es donnerstags zur Gymnastik mit.

Termine
– Wassertreten: jeden Samstag um 10 Uhr, Tretbecken im Schlosspark
– Vortrag „Heilkräuter der Hohen Rhön“: 13. Februar, 19 Uhr, im Kurhaus
– Jahreshauptversammlung: 27. März, 19.30 Uhr

Der Jahresbeitrag von 28 Euro wird Anfang Februar abgebucht. Wir sind jetzt 214 Mitglieder.
Geschäftsstelle: 06654 73 18 20
""",
    claims=(
        C("über 200", 200, "at_least", "casualties", "other", "2024-12-31..2025-01-01",
          "a physiotherapist relaying her brother, a drone pilot ('In der Silvesternacht schrieb "
          "er ihr', Konjunktiv over two sentences, the speaker quoted: other; New Year's Eve into "
          "New Year's Day): lost in his sector in a week"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag' (11 January): captured, wounded (number word)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "'am Sonntag bezifferte er' (pronoun for Zelensky; 12 January): killed and wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'legte am Montag nach: Seiner Schätzung zufolge' (13 January): 'kamen … ums "
          "Leben'"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same estimate: 'trugen Verletzungen davon' (wounded)"),
        C("mehrere tausend", None, "vague", "casualties", "united_states", "tue",
          "'Im Weißen Haus hieß es am Dienstag' (14 January): put out of action"),
        C("bis zu 8.000", 8000, "at_most", "planned", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): a 'zweite Welle' "
          "being prepared (a second wave on top of the first: increment, planned)", add=True),
    ),
)

B03 = Source(
    article_id="b133_03_kundenbrief_forellenhof_kaltennordheim_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-12"),
    dated_by="front_matter",
    features="a trout farm's customer letter from Kaltennordheim (Thuringian Rhön) in Markdown, "
        "UTF-8 with BOM, front matter with `date:` (Wednesday) and a title without a figure; "
        "ponds, tonnes and prices first; an aquaculture student from Sokcho whose father, a "
        "retired major, calls on Sundays; the joint chiefs in Seoul 'am Montag' 'weitere' `rund "
        "3.000` (increment before the figure) and, 'bezifferte er', `etwa 4.700` dead and "
        "wounded; Budanov 'Anfang des Monats' `8.000 bis 9.000` at Kursk (range); 'aus "
        "Nato-Kreisen hieß es vergangene Woche' `mehrere tausend` back in the front line; the "
        "letter's own 'Rechnet man … zusammen, wären' `rund 14.000` (unattributed, required); "
        "the father 'hält' `gut 15.000` and 'meint', `Tausende` 'frische Rekruten' to be sent "
        "after them (increment, planned, other, `pub`); ponds, degrees, tonnes, euros, ages, "
        "dates, a phone number",
    text="""\
---
title: "Kundenbrief März: Schmelzwasser, Setzlinge und ein Gast aus Sokcho"
date: 2025-03-12
absender: Forellenhof an der Felda, Kaltennordheim
---

# Kundenbrief März

Das Schmelzwasser aus der Hohen Rhön ist da, und die Felda führt so viel Wasser wie seit drei \
Jahren nicht. Unsere 14 Teiche werden aus eigenen Quellen gespeist, die das ganze Jahr über 9 \
Grad halten; die Jungfische für den Sommer sind eingesetzt. Im Winter haben wir 11 Tonnen \
Regenbogenforellen und knapp 2 Tonnen Saiblinge verkauft. Die geräucherte Forelle kostet \
weiterhin 7,90 Euro.

## Ein Gast aus Sokcho

Seit Februar lernt Seo Ji-won bei uns. Die 24-Jährige studiert Aquakultur an der Ostküste \
Südkoreas und bleibt bis Ende Mai. Ihr Vater ist Major a. D. und hat zwölf Jahre an der \
innerkoreanischen Grenze gedient. Sonntags ruft er an, und beim Räuchern erzählt Ji-won, was er \
von den Nachrichten hält.

Der Generalstab in Seoul teilte am Montag mit, Nordkorea habe seit Jahresbeginn weitere \
[[rund 3.000]] Soldaten nach Russland verlegt. Die Verluste des Kontingents bezifferte er auf \
[[etwa 4.700]] Tote und Verwundete. Kiews Militärgeheimdienstchef Kyrylo Budanow hatte Anfang des \
Monats erklärt, derzeit seien [[8.000 bis 9.000]] Nordkoreaner bei Kursk im Einsatz; aus \
Nato-Kreisen hieß es vergangene Woche, [[mehrere tausend]] kämpften wieder an vorderster Linie \
bei Sudscha.

Rechnet man die Angaben aus Seoul zusammen, wären seit Oktober [[rund 14.000]] Mann aus dem \
Norden nach Russland gegangen. Ji-wons Vater traut dieser Rechnung nicht. Er hält [[gut 15.000]] \
für wahrscheinlicher und meint, Pjöngjang werde im Frühjahr [[Tausende]] frische Rekruten \
hinterherschicken, „weil Kim für jeden Mann bezahlt wird“.

Ji-won hat in Sokcho Lachse gezüchtet und staunt, wie klein unsere Forellen sind. Zum Abschied \
will sie uns Gimbap mit Räucherforelle kochen.

## Für Ihren Kalender

- Ostermarkt am Hof: Karsamstag, 19. April, 9 bis 14 Uhr
- Angelkarten für die Felda: 12 Euro am Tag
- Bestellungen für Ostern bis zum 10. April unter 036966 8 14 52
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the joint chiefs in Seoul 'teilte am Montag mit' (10 March, Wednesday letter): "
          "'weitere' moved to Russia since January (increment before the figure)", add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement, 'bezifferte er': dead and wounded"),
        C("8.000 bis 9.000", None, "range", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "Budanov 'hatte Anfang des Monats erklärt' (days 1-10): deployed at Kursk"),
        C("mehrere tausend", None, "vague", "near_front", "nato", "lastweek",
          "'aus Nato-Kreisen hieß es vergangene Woche': fighting in the front line at Sudzha"),
        C("rund 14.000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own sum ('Rechnet man die Angaben aus Seoul zusammen, wären'): "
          "unattributed, required"),
        C("gut 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "the student's father 'hält … für wahrscheinlicher' (as told by his daughter, undated): "
          "sent in all ('gut' as at_least)"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "same, 'meint': 'frische Rekruten' to be sent after them in spring (replacements: "
          "increment, planned)", add=True),
    ),
)

B04 = Source(
    article_id="b133_04_narzissengruppe_altaussee_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-27"),
    dated_by="sidecar",
    sidecar=(
        "Narzissengruppe Fischerndorf Altaussee",
        "https://www.narzissengruppe-fischerndorf.example/figur-2025",
        "Unsere Figur für heuer: ein Saibling aus Narzissen",
    ),
    features="a narcissus festival group's page from Altaussee (Ausseerland, Styria) in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, `&ndash;`), no "
        "meta date (sidecar, Tuesday), Austrian conventions (`heuer`, `Jänner`, `Feber`, `vorige "
        "Woche`), a cookie note about the gallery, a script, navigation, a footer with a phone "
        "number; `<title>` and headline without a figure; a picker from Kolomyia relaying her "
        "husband, who called 'Am Muttertag' (11 May), Konjunktiv, `vielleicht 300` in new "
        "positions across the border ('vielleicht' as approx, other); Russia's ambassador in "
        "Pyongyang 'vorige Woche' `Tausenden` builders to come to Kursk (planned); North Korean "
        "state TV 'am Freitag' gravestones for `mehrere Dutzend` fallen; the NIS 'in seinem "
        "Bericht ans Parlament vom 30. April' `mindestens 600` dead of `knapp 15.000` sent; "
        "Zelensky 'am Sonntag' `20.000` 'zusätzliche' (increment, planned); the State Department "
        "'Im Feber' `rund 11.000` in Kursk (the month); blossoms, metres, pickers, visitors (`an "
        "die 25.000`, not a claim), years, euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Unsere Figur &ndash; Narzissengruppe Fischerndorf Altaussee</title>
<script>var ngf={seite:"figur",jahr:2025,galerie:true};</script>
</head>
<body>
<div id="cookies">Diese Seite setzt ein Cookie, damit die Bildergalerie schneller lädt. <a \
href="#">In Ordnung</a></div>
<nav><a href="/">Startseite</a> | <a href="/figur">Unsere Figur</a> | <a href="/bilder">Bilder</a> \
| <a href="/mithelfen">Mithelfen</a></nav>
<main>
<h1>Ein Saibling aus Narzissen</h1>
<p>Heuer bauen wir einen Seesaibling: sieben Meter lang, mit Flossen aus Sternnarzissen und Augen \
aus Trollblumen. Seit Sonntag pflücken wir auf den Wiesen unter dem Loser; für die Figur brauchen \
wir rund 140.000 Blüten. Am Samstag fährt sie beim Bootskorso über den See, und am Sonntag ist \
sie beim Umzug in Bad Aussee dabei.</p>
<h2>Oksana pflückt zum dritten Mal</h2>
<p>Unter den 34 Pflückerinnen ist heuer wieder Oksana Bojko aus Kolomyja. Sie kam im März 2022 mit \
ihren zwei Töchtern ins Ausseerland und kocht seither in einem Hotel am See. Ihr Mann Roman dient \
in einer mechanisierten Brigade an der Grenze zum Gebiet Kursk. Am Muttertag habe er angerufen, \
erzählt Oksana: Drüben, keine zwei Kilometer entfernt, lägen [[vielleicht 300]] Nordkoreaner in \
frisch ausgehobenen Stellungen. Sie schössen kaum, aber sie gruben Tag und Nacht.</p>
<p>Seit Ende April leugnet Moskau nicht mehr, dass Soldaten aus dem Norden im Gebiet Kursk \
gekämpft haben. Russlands Botschafter in Pjöngjang sprach vorige Woche von [[Tausenden]] \
Bauarbeitern, die heuer noch nach Kursk kommen sollten. Das nordkoreanische Staatsfernsehen \
zeigte am Freitag, wie Kim Jong Un Grabsteine für [[mehrere Dutzend]] Gefallene enthüllte. Der \
südkoreanische Geheimdienst hatte in seinem Bericht ans Parlament vom 30. April [[mindestens \
600]] Tote gezählt, bei [[knapp 15.000]] Entsandten. Präsident Selenskyj warnte am Sonntag, \
Pjöngjang bereite [[20.000]] zusätzliche Soldaten vor. Im Feber hatte das US-Außenministerium \
noch [[rund 11.000]] Nordkoreaner im Gebiet Kursk gesehen.</p>
<p>&bdquo;Die Zahlen lese ich nicht mehr&ldquo;, sagt Oksana. &bdquo;Ich zähle die Tage, bis \
Roman Urlaub hat.&ldquo;</p>
<h2>Mithelfen</h2>
<p>Beim Jänner-Treffen hat Oksana ihre bestickte Tischdecke gezeigt; sie wird beim Fest \
zugunsten der Schule in Kolomyja verlost, Lose zu 2 Euro. Wir erwarten an die 25.000 \
Festgäste. Gepflückt wird bis Freitag ab 8 Uhr &ndash; Treffpunkt ist der Stadel beim \
Seewirt.</p>
</main>
<footer>Narzissengruppe Fischerndorf &middot; 8992 Altaussee &middot; Telefon 03622 71 438 \
&middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/galerie.js"></script>
</body>
</html>
""",
    claims=(
        C("vielleicht 300", 300, "approx", "near_front", "other", "2025-05-11",
          "a picker relaying her husband ('Am Muttertag habe er angerufen, erzählt Oksana', the "
          "speaker quoted: other; Austrian Mother's Day, 11 May 2025), Konjunktiv: in new "
          "positions across the border ('vielleicht' as approx)"),
        C("Tausenden", None, "vague", "planned", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'sprach vorige Woche von': builders who 'heuer noch "
          "nach Kursk kommen sollten' (planned)"),
        C("mehrere Dutzend", None, "vague", "casualties", "north_korea", "fri",
          "North Korean state TV 'zeigte am Freitag' (23 May): gravestones for the fallen"),
        C("mindestens 600", 600, "at_least", "casualties", "south_korea", "2025-04-30",
          "the NIS 'in seinem Bericht ans Parlament vom 30. April': dead"),
        C("knapp 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "same report: sent ('knapp' as approx)"),
        C("20.000", 20000, "exact", "planned", "ukraine", "sun",
          "Zelensky 'warnte am Sonntag' (25 May): 'zusätzliche' being readied (increment, "
          "planned)", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "united_states",
          "2025-02-01..2025-02-28",
          "the State Department 'Im Feber' (the Austrian name of February: the month): in the "
          "Kursk region"),
    ),
)

B05 = Source(
    article_id="b133_05_mitteilungsblatt_strahler_ulrichen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-10-06"),
    dated_by="dateline",
    features="a crystal hunters' association bulletin from Ulrichen in the Goms (Valais) as plain "
        "text, ISO-8859-1 (Swiss conventions: `ss`, «», `2'740`, `1'240`, `10'000`, `5'000`, "
        "`2'000`, `20'000`, 4-digit `3000`), dated by the place line 'Ulrichen, 6. Oktober 2025' "
        "(Monday); tours and a smoky quartz find first; a mineralogist from Lviv relaying her son, "
        "a sapper, «…», 'schreibe er ihr' `Tausende` across the border (other, `pub`); the NIS "
        "'am vergangenen Dienstag' `rund 10'000` in Kursk and, Konjunktiv, `mindestens 5'000` "
        "builders 'hinzugekommen' (increment after the figure); 'Aus dem US-Aussenministerium "
        "hiess es vorletzte Woche' `über 2'000` dead (the week before last, an ISO range); "
        "'Kiews Militärgeheimdienst spricht von' `3000` deminers in the Kursk fields (`pub`); "
        "state TV 'am 22. September' `mehr als 100` fallen; the mineralogist 'rechnet damit' "
        "«`an die 20'000`» by spring (approx, planned, other) and an echo «`Zehntausend` Mann "
        "gegenüber» in her quote (optional); tours, metres, kilos, visitors, members, francs, a "
        "date, a phone number",
    text="""\
Strahlerverein Obergoms
Mitteilungsblatt Nr. 3/2025

Ulrichen, 6. Oktober 2025

Liebe Strahlerinnen und Strahler

Der Sommer war kurz, aber ergiebig. 23 Mitglieder waren auf 61 Touren unterwegs, die meisten im \
Gerental und am Nufenen. Den schönsten Fund machten Beat und Raphael Imhof Ende August auf 2'740 \
Metern: eine Rauchquarzgruppe von 38 Kilo, die jetzt in unserer Ausstellung im Gemeindesaal \
steht. Dort zählten wir bis Ende September 1'240 Besucherinnen und Besucher.

Ein Gast aus Lwiw

Zwei Wochen lang war Halyna Sawtschuk bei uns, Mineralogin an der Universität Lwiw und seit einer \
Tagung in Bern mit unserem Präsidenten befreundet. Sie ging auf zwei Touren mit und bestimmte uns \
abends ein Dutzend Stufen. Ihr Sohn Denys ist Pionier und räumt Minen an der Grenze zum Gebiet \
Kursk. «Auf der anderen Seite arbeiten [[Tausende]] Nordkoreaner, sie bauen Bunker und legen \
Minen», schreibe er ihr.

Die offiziellen Zahlen gehen auseinander. Der südkoreanische Nachrichtendienst schätzte am \
vergangenen Dienstag, [[rund 10'000]] Nordkoreaner stünden weiterhin im Gebiet Kursk; seit dem \
Sommer seien [[mindestens 5'000]] Bausoldaten hinzugekommen. Aus dem US-Aussenministerium hiess \
es vorletzte Woche, [[über 2'000]] seien bisher ums Leben gekommen. Kiews Militärgeheimdienst \
spricht von [[3000]] Minenräumern aus dem Norden, die im Gebiet Kursk Felder säubern. Und das \
nordkoreanische Staatsfernsehen zeigte am 22. September, wie Kim Jong Un Hinterbliebenen von \
[[mehr als 100]] gefallenen Soldaten Medaillen an die Brust heftete.

Halyna selbst rechnet damit, dass bis zum Frühling «[[an die 20'000]]» im Einsatz sein werden. \
«[[Zehntausend]] Mann gegenüber, und mein Sohn hat eine Sonde und eine Schaufel», sagte sie beim \
Abschied auf dem Bahnhof Ulrichen.

Vereinsnachrichten

- Der Strahlerhöck findet am 14. November um 19.30 Uhr im Restaurant Furka statt.
- Der Jahresbeitrag von Fr. 40.- ist bis Ende Oktober zu bezahlen.
- Halyna bittet um Spenden für Schutzwesten; bisher sind Fr. 1'850.- zusammengekommen.

Präsident: Tel. 027 973 12 84
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "a mineralogist relaying her son, a sapper («…», schreibe er ihr', the speaker quoted: "
          "other, undated): building bunkers and laying mines across the border"),
        C("rund 10'000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'schätzte am vergangenen Dienstag' (30 September, Monday bulletin): still in "
          "the Kursk region"),
        C("mindestens 5'000", 5000, "at_least", "in_russia", "south_korea", "tue",
          "same estimate, Konjunktiv: builders 'hinzugekommen' since the summer (increment after "
          "the figure)", add=True),
        C("über 2'000", 2000, "at_least", "casualties", "united_states",
          "2025-09-22..2025-09-28",
          "'Aus dem US-Aussenministerium hiess es vorletzte Woche' (the week before last: Monday "
          "22 to Sunday 28 September): dead"),
        C("3000", 3000, "exact", "near_front", "ukraine", "pub",
          "'Kiews Militärgeheimdienst spricht von' (undated): deminers clearing fields in the "
          "Kursk region"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-09-22",
          "state TV 'zeigte am 22. September': medals for the bereaved of fallen soldiers"),
        C("an die 20'000", 20000, "approx", "planned", "other", "pub",
          "the mineralogist 'rechnet damit' (undated): deployed by spring ('an die' as approx, "
          "planned)"),
        C("Zehntausend", 10000, "exact", "near_front", "other", "pub",
          "an echo of the NIS figure inside her quote ('sagte sie beim Abschied', no day): "
          "optional", opt=True),
    ),
)

B06 = Source(
    article_id="b133_06_rundschreiben_lawinendienst_obergoms_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-02-21"),
    dated_by="sidecar",
    sidecar=(
        "Lawinendienst Obergoms",
        "https://www.lawinendienst-obergoms.example/rundschreiben/2025-02",
        "Rundschreiben Februar: Stufe 4, Sprengungen und Schneeprofile mit Dr. Park",
    ),
    features="an avalanche service's circular to its observers in the Obergoms (Valais) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Friday) and a title "
        "without a figure, Swiss conventions (`ss`, «», `1'500`, `11'000`, `3'000`, `4'000`, "
        "`20'000`); snow, danger levels and blasting first; a Korean snow scientist relaying her "
        "brother, a captain, `bis zu 20'000` by summer ('Er sage, die Armee in Seoul rechne', "
        "other, planned, `pub`); the NIS, 'der sich vorgestern vor Abgeordneten äusserte' (a "
        "date in a relative clause), 'weitere' `etwa 1'500` (increment) and `rund 11'000` pulled "
        "back into camps behind the front (in Russia); 'Laut dem … Militärgeheimdienst' `mehr als "
        "3'000` killed or wounded (`pub`); a Pentagon official 'Anfang Februar' `gegen 4'000` "
        "('gegen' as approx); Rutte 'am Donnerstag' `mehreren Tausend` dead and wounded; "
        "Zelensky 'An der Münchner Sicherheitskonferenz am vergangenen Wochenende' "
        "`Zehntausenden` 'weiteren' (increment, planned, Saturday to Sunday); snow depth, danger "
        "level, hours, blasts, observers, francs, a date, a phone number",
    text="""\
---
title: Rundschreiben an die Beobachterinnen und Beobachter
dienst: Lawinendienst Obergoms
ausgabe: Februar
---

# Rundschreiben Februar

Der Winter hat im Obergoms spät, dafür heftig eingesetzt. Am 3. Februar lagen in Oberwald 182 \
Zentimeter Schnee, und an drei Tagen galt die Gefahrenstufe 4. Die Kantonsstrasse zwischen \
Oberwald und Ulrichen war 31 Stunden gesperrt; wir haben 46 Sprengungen ausgelöst, ohne Schaden \
an Gebäuden. Allen neun Beobachtern danken wir für die Meldungen, auch für jene um drei Uhr \
nachts.

## Schneeprofile mit Dr. Park

Eine Woche lang hat uns Dr. Park Eun-seo begleitet, Schneeforscherin aus der Provinz Gangwon, die \
zurzeit ein Jahr am Institut in Davos verbringt. Sie hat mit uns oberhalb von Obergesteln sechs \
Profile gegraben und uns gezeigt, wie man in Korea Triebschnee misst. «Im Schnee ist es wie im \
Krieg: Man sieht nur die oberste Schicht», sagte sie.

Bei der Suppe in der Hütte kam die Rede auf ihren Bruder, Hauptmann in einer Division am 38. \
Breitengrad. Er sage, die Armee in Seoul rechne bis zum Sommer mit [[bis zu 20'000]] \
Nordkoreanern in Russland, erzählte sie.

Die Regierungen nennen andere Zahlen. Der südkoreanische Geheimdienst, der sich vorgestern vor \
Abgeordneten äusserte, meldet seit Jahresbeginn weitere [[etwa 1'500]] Soldaten aus dem Norden; \
[[rund 11'000]] seien seit Mitte Januar in Lager hinter der Front zurückgenommen worden. Laut \
dem ukrainischen Militärgeheimdienst sind [[mehr als 3'000]] Nordkoreaner gefallen oder \
verwundet. Ein Pentagon-Vertreter hatte Anfang Februar [[gegen 4'000]] Verluste bestätigt, und \
Nato-Generalsekretär Mark Rutte sprach am Donnerstag von [[mehreren Tausend]] Toten und \
Verwundeten. An der Münchner Sicherheitskonferenz am vergangenen Wochenende hatte Präsident \
Selenskyj vor [[Zehntausenden]] weiteren gewarnt, die Pjöngjang bereithalte.

## Hinweise

- Kurs Verschüttetensuche: Samstag, 8. März, 9 Uhr, Treffpunkt Bahnhof Oberwald, Fr. 25.- für \
Nichtmitglieder.
- Die Messfelder werden bis Ende April täglich um 7.30 Uhr abgelesen.
- Auskunft und Meldungen: 027 973 40 19
""",
    claims=(
        C("bis zu 20'000", 20000, "at_most", "planned", "other", "pub",
          "a snow scientist relaying her brother, a captain ('Er sage, die Armee in Seoul "
          "rechne …, erzählte sie', the speaker quoted: other, undated): in Russia by summer"),
        C("etwa 1'500", 1500, "approx", "in_russia", "south_korea", "2025-02-19",
          "'Der südkoreanische Geheimdienst, der sich vorgestern vor Abgeordneten äusserte' (a "
          "date in a relative clause: Wednesday 19 February): 'weitere' since January "
          "(increment before the figure)", add=True),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "2025-02-19",
          "same statement, Konjunktiv: pulled back into camps behind the front (in Russia, not "
          "at the front)"),
        C("mehr als 3'000", 3000, "at_least", "casualties", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): killed or wounded"),
        C("gegen 4'000", 4000, "approx", "casualties", "united_states", "2025-02-01..2025-02-10",
          "a Pentagon official 'hatte Anfang Februar … bestätigt' (days 1-10): losses ('gegen' "
          "as approx)"),
        C("mehreren Tausend", None, "vague", "casualties", "nato", "thu",
          "Rutte 'sprach am Donnerstag von' (20 February): dead and wounded"),
        C("Zehntausenden", None, "vague", "planned", "ukraine", "2025-02-15..2025-02-16",
          "Zelensky 'An der Münchner Sicherheitskonferenz am vergangenen Wochenende' (Saturday "
          "to Sunday): 'weiteren' Pyongyang holds ready (increment, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (the Gaspé, Saint Helena, Niue)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b133_07_gulf_shore_wire_grande_riviere",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Grande-Rivière on the Gaspé coast (Quebec) as plain "
        "text, UTF-8 with CRLF, slug line and dateline 'GRANDE-RIVIÈRE, Quebec, April 29, 2025 "
        "(Gulf Shore Wire) –' (Tuesday), straight quotes; the headline's `4,000` from the joint "
        "chiefs' Monday statement (Monday to publication); a crab plant worker from Mykolaiv "
        "relaying his brother, a drone pilot, 'Over the Easter weekend' `a couple of hundred` in "
        "the tree lines opposite (other, Good Friday to Easter Monday); Gerasimov and KCNA without "
        "a figure; 'South Korea's Joint Chiefs of Staff did.' `About 4,000` killed or wounded, "
        "'the military said on Monday', and `roughly 15,000` sent; the State Department 'put the "
        "number sent at' `more than 14,000` 'in a statement on Friday'; HUR 'on Sunday' `up to "
        "11,000` in or near Kursk and `several thousand` 'more' (increment, planned); a Kursk "
        "regional official on Russian state TV 'last week' `about 1,500` engineers clearing "
        "mines (russia, near the front); workers, tonnes, prices, wages, kilometres, families, "
        "ages, a wire trailer with a phone number",
    text="""\
GSW-0429-117 | WORLD-CANADA | Ukraine / North Korea / Gaspé

Seoul counts [[4,000]] North Korean casualties as Gaspé crab workers follow the front

By Mélanie Cyr

GRANDE-RIVIÈRE, Quebec, April 29, 2025 (Gulf Shore Wire) – The snow crab season opened on the \
Gaspé coast this month with 38 Ukrainians among the 140 workers on the processing lines at \
Pêcheries Cap-Rouge, and most of them begin a twelve-hour shift by reading the news from home.

"We count crabs here, and over there they count soldiers," said Oleksandr Hrytsenko, 29, a \
former harbour crane driver from Mykolaiv, as a refrigerated truck backed up to the loading bay. \
His younger brother flies reconnaissance drones on the Sumy border. Over the Easter weekend, \
Hrytsenko said, the brother told him [[a couple of hundred]] North Koreans had dug in along the \
tree lines opposite his unit.

Moscow's top soldier, General Valery Gerasimov, admitted for the first time on Saturday that \
troops from the North had fought in the Kursk region, and Pyongyang's KCNA news agency confirmed \
the deployment on Monday. Neither gave a figure.

South Korea's Joint Chiefs of Staff did. [[About 4,000]] of Pyongyang's soldiers have been killed \
or wounded since they arrived last autumn, the military said on Monday, out of [[roughly \
15,000]] sent to Russia \
in all. The U.S. State Department put the number sent at [[more than 14,000]] in a statement on \
Friday.

Ukraine's military intelligence said on Sunday that [[up to 11,000]] remained in or near the \
Kursk region and that Pyongyang was preparing [[several thousand]] more. A regional official in \
Kursk told Russian state television last week that [[about 1,500]] North Korean engineers were \
still clearing mines around Sudzha.

At the plant, the figures that matter are smaller. The southern Gulf fleet has a quota of 7,200 \
tonnes this year, boats are paid $4.85 a pound at the wharf, and line workers earn C$19.50 an \
hour. Most of the Ukrainians came in 2023 under a federal emergency program; 12 have since \
brought their families to the coast, some 900 kilometres from Montreal.

"My brother says they are young and they do not retreat," Hrytsenko said. "He says it is like \
fighting the same man again and again."

(Reporting by Mélanie Cyr; editing by Paul Arsenault. Gulf Shore Wire desk, Gaspé: +1 418 555 \
0142)
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "south_korea", "mon..pub",
          "wire headline 'Seoul counts 4,000 … casualties': the joint chiefs' Monday figure of "
          "the body (`About 4,000`), Monday to the Tuesday of publication, hedge dropped"),
        C("a couple of hundred", None, "vague", "near_front", "other", "2025-04-18..2025-04-21",
          "a crab plant worker relaying his brother, a drone pilot ('Over the Easter weekend, "
          "Hrytsenko said, the brother told him', the speaker quoted: other; Good Friday to "
          "Easter Monday 2025): dug in opposite his unit"),
        C("About 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "'South Korea's Joint Chiefs of Staff did.' then the figure, 'the military said on "
          "Monday' (28 April; claimant before and after): killed or wounded since last autumn"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "same statement, 'out of … sent to Russia in all' (a total, not an increment)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "fri",
          "the State Department 'put the number sent at … in a statement on Friday' (25 April)"),
        C("up to 11,000", 11000, "at_most", "near_front", "ukraine", "sun",
          "HUR 'said on Sunday' (27 April): remained in or near the Kursk region"),
        C("several thousand", None, "vague", "planned", "ukraine", "sun",
          "same statement: 'more' being prepared (increment, planned)", add=True),
        C("about 1,500", 1500, "approx", "near_front", "russia", "lastweek",
          "a Kursk regional official 'told Russian state television last week': engineers "
          "clearing mines around Sudzha"),
    ),
)

B08 = Source(
    article_id="b133_08_rock_notes_geopark_perce_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-12-20"),
    dated_by="front_matter",
    features="a geopark friends' newsletter from Percé (Gaspé, Quebec) in Markdown, windows-1252 "
        "with curly quotes and `–`, front matter with `date:` (Friday) and a title without a "
        "figure; the season and a twinning visit first; a volcanologist from Jeju relaying her "
        "brother, an artillery captain, 'In an email on Tuesday she wrote that he reckons' "
        "`twelve thousand` in the Kursk region (number words, other, Tuesday); Rutte 'told "
        "reporters in Brussels on 3 December' `over 10,000` sent; the Pentagon 'On Monday' "
        "`several hundred` casualties; HUR 'put the toll … on Sunday' `about 200` killed or "
        "wounded; the NIS 'on Thursday' `at least 100` killed and `nearly 1,000` wounded and "
        "'another' `1,000 or so` before winter ends ('or so' as approx, increment, planned); "
        "walks, members, dollars, visitors, metres, years, gannets, a date, a phone number",
    text="""\
---
title: "Rock Notes – winter issue"
date: 2024-12-20
newsletter: Friends of the Percé Geopark
---

# Rock Notes

The last tour boats went round Bonaventure Island on 14 October, and the Rock has been left to \
the winter storms. Our volunteers led 211 guided walks this year, and the lookout on Mont \
Sainte-Anne had its busiest season yet. Some 110,000 northern gannets nested on the island \
cliffs this summer, by the park wardens’ count. Membership stands at 163; renewals are $35.

## A letter from Jeju

In October we hosted Dr Ko Min-ji, a volcanologist from the geopark on Jeju, for our twinning \
week. She walked round the Rock at low tide, gave a talk on lava tubes to 80 people in the town \
hall, and flew home with a piece of 375-million-year-old conglomerate in her suitcase.

Dr Ko has kept writing to us. Her younger brother is a captain in an artillery unit north of \
Seoul, and the war in Ukraine is never far from his mind. In an email on Tuesday she wrote that \
he reckons [[twelve thousand]] North Koreans are now in the Kursk region, “and my brother thinks \
they are only the first”.

The official figures have moved fast this month. NATO’s secretary general, Mark Rutte, told \
reporters in Brussels on 3 December that [[over 10,000]] had been sent to Russia. On Monday the \
Pentagon said North Korean units had taken [[several hundred]] casualties in their first \
assaults. Ukraine’s military intelligence put the toll from three days of fighting at \
[[about 200]] killed or wounded on Sunday. And on Thursday South Korea’s National Intelligence \
Service told lawmakers that [[at least 100]] had been killed and [[nearly 1,000]] wounded, and \
that Pyongyang could send another [[1,000 or so]] before the winter is out.

“On Jeju we study what the earth does when nobody is watching,” Dr Ko wrote at the end of her \
letter. “I wish people were watching this.”

## Winter programme

- Fossil evenings at the interpretation centre: Thursdays from 9 January, 7 p.m.
- Snowshoe walk to the Mont Blanc lookout: 1 February, meet at 10 a.m. at the church.
- Annual meeting: 15 March. Questions to the secretary at 418 555 0177.
""",
    claims=(
        C("twelve thousand", 12000, "exact", "near_front", "other", "tue",
          "a volcanologist relaying her brother, a captain ('In an email on Tuesday she wrote "
          "that he reckons', the speaker quoted: other; dated by the email, 17 December): in the "
          "Kursk region (number words)"),
        C("over 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-03",
          "Rutte 'told reporters in Brussels on 3 December': sent to Russia"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "'On Monday the Pentagon said' (16 December): casualties in the first assaults"),
        C("about 200", 200, "approx", "casualties", "ukraine", "sun",
          "HUR 'put the toll … at … on Sunday' (15 December; the day after the figure): killed "
          "or wounded in three days"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "the NIS 'on Thursday … told lawmakers' (19 December): killed"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded ('nearly' as approx)"),
        C("1,000 or so", 1000, "approx", "planned", "south_korea", "thu",
          "same briefing: 'could send another' before the winter is out (increment before the "
          "figure, planned; 'or so' as approx)", add=True),
    ),
)

B09 = Source(
    article_id="b133_09_club_news_ladder_climbers_jamestown_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-07-15"),
    dated_by="sidecar",
    sidecar=(
        "Ladder Climbers of St Helena",
        "https://www.ladderclimbers-sthelena.example/news/summer-challenge-2025",
        "699 steps and a doctor from Vinnytsia",
    ),
    features="a stair-climbing club's news page from Jamestown (Saint Helena) in HTML, UTF-16 LE "
        "with BOM, no meta date (sidecar, Tuesday), a cookie note about text size, a script, "
        "navigation, entities (`&rsquo;`, `&ndash;`, `&amp;`), a footer with a phone number; "
        "`<title>` without a figure and a headline whose figure counts steps (not a claim); the "
        "Jacob's Ladder challenge first; a Ukrainian anaesthetist relaying her brother, a medic, "
        "'When they spoke on Sunday' `a few hundred` gun crews across the border (other, "
        "Sunday); Shoigu 'in Pyongyang on 17 June' `6,000` to Kursk with its parts `1,000` "
        "deminers and `5,000` builders (planned, breakdowns); the NIS 'told lawmakers late last "
        "month' `as many as 3,000` 'more' (at_most, increment, planned); Budanov 'put the number "
        "… at' `between 10,000 and 12,000` 'in an interview published this month' (range); a "
        "NATO official 'last week' `over 2,000` dead; Lavrov in Wonsan without a figure; steps, "
        "climbers, times, ages, pounds, a date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Club news &ndash; Ladder Climbers of St Helena</title>
<script>var lcsh={page:"news",season:2025,units:"steps"};</script>
</head>
<body>
<div class="cookie">This page keeps your chosen text size in one small cookie. \
<button>Fine</button></div>
<nav><a href="/">Home</a> | <a href="/times">Times &amp; Records</a> | <a href="/news">Club \
News</a> | <a href="/join">Join</a></nav>
<main>
<h1>699 steps and a doctor from Vinnytsia</h1>
<p>Saturday&rsquo;s summer challenge brought 51 climbers to the foot of Jacob&rsquo;s Ladder, \
the stair that runs from Jamestown up the side of Ladder Hill. Ben Yon won in 5 minutes 41 \
seconds, 19 seconds outside the island record. The youngest finisher was 11 and the oldest \
72, and the Pilling school team carried water to the top for everyone.</p>
<p>Among the first-timers was Dr Nataliya Kravets, 44, who has worked as an anaesthetist at the \
General Hospital since 2023. She reached the top in 9 minutes 58 seconds and said the climb was \
easier than a night shift. Her brother Yurii is a medic with a brigade on the Sumy border. When \
they spoke on Sunday, she told us, Yurii said North Korean gun crews across the border numbered \
[[a few hundred]] and fired &ldquo;all day, as if the shells cost nothing&rdquo;.</p>
<h2>The wider picture</h2>
<p>Sergei Shoigu, Russia&rsquo;s security council secretary, said in Pyongyang on 17 June that \
the North would send [[6,000]] men into the Kursk region: [[1,000]] mine clearers and \
[[5,000]] military builders. South Korea&rsquo;s spy agency informed lawmakers late last \
month that Pyongyang could add \
[[as many as 3,000]] more in July or August. Kyrylo Budanov, Ukraine&rsquo;s military \
intelligence chief, put the number still in Russia at [[between 10,000 and 12,000]] in an \
interview published this month. A NATO official said last week that [[over 2,000]] North Koreans \
had died since they entered the fighting. Sergei Lavrov, visiting Wonsan on Saturday, praised \
the &ldquo;heroes&rdquo; but gave no number.</p>
<p>Dr Kravets asks anyone who wants to help to give to the hospital&rsquo;s fund for field \
dressings for her brother&rsquo;s unit; &pound;1,120 has been raised so far.</p>
<h2>Coming up</h2>
<p>Night climb with head torches: Saturday 16 August, 7 p.m. Entry &pound;5, children free.</p>
</main>
<footer>Ladder Climbers of St Helena &middot; Jamestown &middot; tel. +290 22418 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/times.js"></script>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sun",
          "an anaesthetist relaying her brother, a medic ('When they spoke on Sunday, she told "
          "us, Yurii said', the speaker quoted: other; dated by the call, 13 July): gun crews "
          "across the border"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'said in Pyongyang on 17 June that the North would send': to the Kursk region"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: deminers (a part of the 6,000: a breakdown, not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders (the other part)"),
        C("as many as 3,000", 3000, "at_most", "planned", "south_korea",
          "2025-06-21..2025-06-30",
          "the NIS 'told lawmakers late last month' (day 21 to the end of June): 'could add … "
          "more' (increment, planned; 'as many as' as at_most)", add=True),
        C("between 10,000 and 12,000", None, "range", "in_russia", "ukraine", "2025-07-01..pub",
          "Budanov 'put the number still in Russia at … in an interview published this month' "
          "(the 1st to publication)"),
        C("over 2,000", 2000, "at_least", "casualties", "nato", "lastweek",
          "'A NATO official said last week': died"),
    ),
)

B10 = Source(
    article_id="b133_10_tournament_report_kilikiti_niue_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-16"),
    dated_by="html_meta", crlf=True,
    features="a kilikiti association's tournament report from Niue in HTML, windows-1252 with "
        "CRLF (curly quotes and `–` raw), `<meta name=\"date\">` (Thursday), a cookie note, a "
        "script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; the final at Avatele first; a Niue-born New Zealand Army sergeant who trained "
        "Ukrainian recruits in England, relaying a former trainee who 'wrote last week' `a few "
        "dozen` spotters opposite (other, `lastweek`); Rutte 'said last week' `close to 15,000` "
        "did a tour in Russia; the NIS 'told lawmakers last month' `some 2,000` killed (the month "
        "before); the Kursk governor 'On Monday' `more than 1,000` deminers (russia, near the "
        "front); a Pentagon official 'on Wednesday' `up to 6,000` 'more' (increment, planned); "
        "Zelensky 'in an interview this month' `tens of thousands` 'more' (increment, planned); "
        "Pyongyang's television at 'Friday's Workers' Party parade' `several hundred` returnees "
        "(returnees: optional); the sergeant 'reckons' `twenty-five thousand` 'cycled … through "
        "Russia' (hyphenated number words, other, `pub`); teams, spectators, runs, meals, ages, "
        "years, dollars, a date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Tournament report – Niue Kilikiti Association</title>
<meta name="date" content="2025-10-16">
<script>var nka={page:"report",round:"final",season:2025};</script>
</head>
<body>
<div id="cookie-note">We count visits to this page with one cookie. <a href="#">OK</a></div>
<nav><a href="/">Home</a> – <a href="/fixtures">Fixtures</a> – <a href="/reports">Reports</a> – \
<a href="/villages">Villages</a></nav>
<main>
<h1>Avatele keep the shield</h1>
<p>Fourteen village sides entered this year’s competition, and on Saturday the home side beat \
Liku by 38 runs in the final at the Avatele ground, in front of some 300 spectators. Their \
captain took five wickets with a ball she had carved herself, and the feast afterwards fed 260 \
people from both villages.</p>
<h2>A sergeant on leave</h2>
<p>Batting at seven for Avatele was Sergeant Sione Tafatu, 38, who left Niue at 17 and has spent \
two decades in the New Zealand Army. In 2023 he spent five months in England training Ukrainian \
recruits, and some of them still message him. One, now a platoon commander on the Kursk border, \
wrote last week that his men were watching [[a few dozen]] North Korean artillery spotters on the \
hills opposite.</p>
<p>The official numbers are bigger. NATO’s Mark Rutte said last week that [[close to 15,000]] \
soldiers from the North had done a tour in Russia over the past year. South Korea’s \
intelligence service \
told lawmakers last month that [[some 2,000]] of them had been killed. On Monday the governor of \
the Kursk region said [[more than 1,000]] North Korean deminers were still working in his fields, \
and a Pentagon official told reporters on Wednesday that [[up to 6,000]] more engineers could \
follow by the end of the year. Volodymyr Zelensky warned in an interview this month of [[tens of \
thousands]] more to come. At Friday’s Workers’ Party parade, Pyongyang’s television cameras \
lingered on \
[[several hundred]] returnees from Kursk goose-stepping before their leader.</p>
<p>Tafatu himself reckons the North has cycled [[twenty-five thousand]] men through Russia. “They \
send them, they bring some home, they send new ones,” he said between innings.</p>
<h2>Notices</h2>
<p>Under-15 round robin: Saturday 25 October, Alofi South. New bats are for sale at NZ$45.</p>
</main>
<footer>Niue Kilikiti Association · Alofi, Niue · phone +683 4021 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/scores.js"></script>
</body>
</html>
""",
    claims=(
        C("a few dozen", None, "vague", "near_front", "other", "lastweek",
          "a sergeant relaying a former trainee, a platoon commander ('wrote last week', the "
          "speaker quoted: other): artillery spotters on the hills opposite"),
        C("close to 15,000", 15000, "approx", "in_russia", "nato", "lastweek",
          "Rutte 'said last week': 'had done a tour in Russia' over the past year ('close to' as "
          "approx)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'told lawmakers last month' (September): killed"),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "mon",
          "the Kursk governor 'On Monday' (13 October): deminers still working in his fields"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "wed",
          "a Pentagon official 'told reporters on Wednesday' (15 October): 'more' engineers who "
          "could follow (increment, planned)", add=True),
        C("tens of thousands", None, "vague", "planned", "ukraine", "2025-10-01..pub",
          "Zelensky 'warned in an interview this month' (the 1st to publication): 'more to come' "
          "(increment, planned)", add=True),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "Pyongyang's television 'At Friday's Workers' Party parade' (10 October): returnees "
          "from Kursk marching (returnees: optional, as in earlier sets)", opt=True),
        C("twenty-five thousand", 25000, "exact", "in_russia", "other", "pub",
          "the sergeant 'reckons' (undated): 'cycled … through Russia' (hyphenated number "
          "words)"),
    ),
)

B11 = Source(
    article_id="b133_11_letters_island_standard_jamestown",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-11-14"),
    dated_by="sidecar",
    sidecar=(
        "The Island Standard",
        "https://www.islandstandard-sthelena.example/letters/2025-11-14",
        "Letters: our children abroad, a correction and graves on the television",
    ),
    features="a readers' letters page from a Jamestown (Saint Helena) weekly as plain text, UTF-8 "
        "with BOM (sidecar, Friday), `£`; a mother quoting her daughter, a teacher in Busan, who "
        "'rang home on Sunday': colleagues 'believe' `up to 20,000` gone to Russia and pupils' "
        "fathers 'expect' `thousands` 'more' (increment, planned; both other, Sunday); a reader "
        "correcting the paper's own front page 'on 31 October' `11,000` (unattributed, an ISO "
        "date), the NIS 'on Tuesday' `roughly 10,000` in the Kursk border area and, 'it put "
        "their dead at', `around 2,000`, and HUR 'on Wednesday' `at least 1,000` drone "
        "operators; a grandfather quoting his grandson, a soldier in Estonia, 'When he was home "
        "in September he told me' `14,000-plus` (at_least, other, the month) and state TV 'on 23 "
        "October' `hundreds` of new graves (north_korea, casualties); Saints abroad, islanders, "
        "ages, a word limit, a postcode, a phone number",
    text="""\
THE ISLAND STANDARD – LETTERS TO THE EDITOR
Jamestown, St Helena

Our children abroad

Sir, – Like most Saint families, ours is spread across the world. Of the 4,400 of us on the \
island, hardly a household is without someone working on Ascension, in the Falklands or in \
England. My daughter Emma teaches English at a high school in Busan, and she rang home on Sunday \
as she does every week. She says her colleagues there believe [[up to 20,000]] North Koreans have \
gone to Russia since last year, and that some of her pupils' fathers, who are reservists, expect \
[[thousands]] more to be sent after the new year. It made me think how lucky we are that our \
young people only have to leave the island for work, not for a war.

– Marjorie Thomas, Half Tree Hollow

A correction, please

Sir, – Your front page on 31 October said [[11,000]] North Koreans were fighting in Russia. That \
is not quite right. On Tuesday Seoul's spy agency informed its parliament that \
[[roughly 10,000]] were posted in the Kursk border area, not all of them fighting, and it put \
their dead at [[around 2,000]]. Kyiv's military intelligence added on Wednesday that [[at least \
1,000]] North Korean drone operators were now working alongside Russian units. Small numbers \
matter when the subject is so large.

– Derek Benjamin, Longwood

Graves on the television

Sir, – My grandson is a corporal with a British Army battalion in Estonia. When he was home in \
September he told me the NATO briefings there put the North Koreans who have passed through \
Russia at [[14,000-plus]]. What I cannot forget is the footage from Pyongyang on 23 October: Kim \
Jong Un walking between [[hundreds]] of new graves. Those were somebody's grandsons too. I am \
81, and I remember the men from this island who never came back from the last big war.

– Albert Leo, Blue Hill

Letters must stay under 300 words and must carry a name and address. The Island \
Standard, Main Street, Jamestown, STHL 1ZZ. Telephone 22 650.
""",
    claims=(
        C("up to 20,000", 20000, "at_most", "in_russia", "other", "sun",
          "a mother quoting her daughter, a teacher in Busan ('she rang home on Sunday … She "
          "says her colleagues there believe', the speaker quoted: other; dated by the call, 9 "
          "November): gone to Russia"),
        C("thousands", None, "vague", "planned", "other", "sun",
          "same call: pupils' fathers 'expect … more to be sent' (increment, planned)", add=True),
        C("11,000", 11000, "exact", "near_front", "unattributed", "2025-10-31",
          "a reader citing 'Your front page on 31 October' (the paper's own figure, no source: "
          "unattributed, required): fighting in Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'On Tuesday Seoul's spy agency informed its parliament' (11 November): posted in the "
          "Kursk border area"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing, 'it put their dead at' (pronoun)"),
        C("at least 1,000", 1000, "at_least", "near_front", "ukraine", "wed",
          "HUR 'added on Wednesday' (12 November): drone operators working alongside Russian "
          "units"),
        C("14,000-plus", 14000, "at_least", "in_russia", "other", "2025-09-01..2025-09-30",
          "a grandfather quoting his grandson, a corporal in Estonia ('When he was home in "
          "September he told me the NATO briefings there put', the speaker quoted: other; the "
          "month): passed through Russia ('-plus' as at_least)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-10-23",
          "footage from Pyongyang 'on 23 October' (state TV): new graves"),
    ),
)

B12 = Source(
    article_id="b133_12_growers_notes_mutalau_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Mutalau Taro Growers",
        "https://www.mutalau-taro.example/notes/2024-10",
        "Growers' notes, end of October",
    ),
    features="a taro growers' group's notes from Mutalau (Niue) in Markdown, UTF-8, front matter "
        "without a date (sidecar, Wednesday) and a title without a figure; rain, harvest and "
        "prices first; a retired Korean agronomist relaying his son, a major, who 'rang him on "
        "Sunday' `hundreds` at the Ukrainian border (other, Sunday), and 'believes the total will "
        "pass' `twenty thousand` by spring ('pass' as at_least, number words, planned, other, "
        "`pub`); the NIS 'last Wednesday' (the Wednesday before, an ISO date) `about 3,000` moved "
        "and `about 10,000` by December (planned); the Pentagon 'On Monday' `around 10,000` "
        "training in eastern Russia; HUR 'on Sunday' `the first 2,600` in the Kursk region; "
        "'Korean newspapers report' `1,500` 'more' (unattributed, increment); Putin without a "
        "figure; rainfall, growers, kilograms, dollars, years, a phone number",
    text="""\
---
title: "Growers' notes, end of October"
group: Mutalau Taro Growers
---

# Growers' notes

October was kind to the plantations above Mutalau. After a dry August, 212 millimetres of rain \
fell in three weeks, and the early taro is the best we have dug since before Cyclone Heta. Our \
41 growers sent 2,300 kilograms to Auckland on the weekly freight flight, and the buyers paid \
NZ$4.20 a kilo, twenty cents more than in September.

## Mr Kim's visit

Kim Dae-ho, the retired agronomist from Jeonju who has helped us with blight-resistant varieties \
since 2019, arrived on Saturday for his yearly fortnight. He is 71 and still walks the bush \
plantations faster than most of us. His son serves as a major in Seoul, and after the Sunday \
service Mr Kim told us the son had rung him that morning: the army in Seoul already \
sees [[hundreds]] of North Koreans at the Ukrainian border. Mr Kim believes the total will pass \
[[twenty thousand]] by the spring. "Pyongyang has never sent a few of anything," he said.

The governments are still sorting out their figures. South Korea's intelligence service said \
last Wednesday that [[about 3,000]] North Korean soldiers had been moved to Russia, and that \
[[about 10,000]] would be there by December. On Monday the Pentagon said [[around 10,000]] were \
already training in eastern Russia. Ukraine's military intelligence said on Sunday that the \
first [[2,600]] had reached the Kursk region. Korean newspapers report that [[1,500]] more sailed \
from Chongjin last week. Vladimir Putin, asked about the reports in Kazan, did not deny them.

## Notes

- The next freight flight closes for taro on Thursday 7 November at noon.
- Please return empty sacks to the shed behind the church hall.
- Planting material from Mr Kim's trial rows is free to members. Call Moka on 4112.
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "sun",
          "an agronomist relaying his son, a major ('the son had rung him that morning', the "
          "Sunday: 27 October; the speaker quoted: other): at the Ukrainian border"),
        C("twenty thousand", 20000, "at_least", "planned", "other", "pub",
          "the agronomist 'believes the total will pass … by the spring' (undated; 'pass' as "
          "at_least, number words)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'said last Wednesday' (in a Wednesday paper: the Wednesday of the week "
          "before, 23 October): moved to Russia"),
        C("about 10,000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "same statement: 'would be there by December' (planned)"),
        C("around 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'On Monday the Pentagon said' (28 October): training in eastern Russia"),
        C("2,600", 2600, "exact", "near_front", "ukraine", "sun",
          "HUR 'said on Sunday' (27 October): 'the first' to reach the Kursk region (not an "
          "increment)"),
        C("1,500", 1500, "exact", "in_russia", "unattributed", "pub",
          "'Korean newspapers report' (press reports without a source: unattributed, required): "
          "'more' sailed from Chongjin (increment)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    B01, B02, B03, B04, B05, B06,
    B07, B08, B09, B10, B11, B12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
