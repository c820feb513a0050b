"""Build the HUNDRED-AND-THIRTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-fourth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: the
newsletter of the friends of the thumbtack museum in Lychen (Uckermark lakes) with a stationery
maker from Daegu, a city-wall society's bulletin from Templin with a restorer from Lviv whose
brother serves in Kursk, a costume society's paper from Gerlos in the Zillertal (Austrian
conventions) with a seamstress from Dnipro, a mountain hut's letter from above Ginzling with a
cook from Chernihiv and a mountain guide from Seoul, a charcoal burners' bulletin from Romoos in
the Entlebuch (Swiss conventions) with a charcoal maker from Gangwon, a Swiss wrestling club's
yearly letter from Escholzmatt with a ssireum wrestler from Changwon; an agency-style wire report
from Kuujjuaq (Nunavik) on a Canadian minister's Arctic visit, a fishing lodge's letter from Port
Howard in the Falklands' Camp with a retired Korean naval captain, a voyaging society's log from
Ngatangiia on Rarotonga with a marine ecologist from Jeju, an Arctic char fishermen's
co-operative bulletin from Inukjuak with a refrigeration engineer from Zaporizhzhia, the letters
page of a Camp newsletter printed at Fox Bay with letters quoting relatives, and a marine
reserve (ra'ui) wardens' bulletin from Titikaveka with a clam counter from Jeju. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind132_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Uckermark lakes, Zillertal, Entlebuch)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s132_01_zwecke_zeiten_lychen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-21"),
    dated_by="html_meta",
    features="the newsletter of the friends of the thumbtack museum in Lychen (Uckermark lakes) "
        "in HTML, UTF-8, `article:published_time` +01:00 (Thursday), a cookie note about the "
        "tour map, a page script, navigation, a footer with a phone number; `<title>` and "
        "headline without a figure; a stationery maker from Daegu relaying the talk in his son's "
        "barracks 'an diesem 18. Oktober' `mehrere tausend` (other, an ISO date); 'Den Angaben "
        "des … NIS zufolge, die Mitte November … bekannt wurden' `gut 10.000` in Kursk (days "
        "11-20); a State Department spokeswoman 'am Dienstag' `mindestens 10.000`; Zelensky "
        "'vergangene Woche' `bis zu 100.000` ('aufstocken auf': a new total, not an increment); "
        "HUR 'geht man davon aus' 'zusätzlich' `einige tausend` (increment, planned, `pub`); "
        "'Aus Nato-Kreisen hieß es am Freitag' `Dutzende` dead; the guest 'schätzt' "
        "`dreißigtausend` by spring (number word, planned, other, `pub`); Russia's daily "
        "losses, visitors ('410 mehr als 2023'), pins, staff, years, euros, a date, a postcode, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Zwecke &amp; Zeiten &ndash; Förderverein Reißzweckenmuseum Lychen</title>
<meta property="article:published_time" content="2024-11-21T08:00:00+01:00">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.rzm={heft:"Herbst 2024",zaehler:true,karte:"seen"};</script>
</head>
<body>
<div class="cookie">Wir speichern ein einziges Cookie: ob Sie die Karte für den Rundgang schon \
geöffnet haben. <a href="#" class="zu">Verstanden</a></div>
<nav><a href="/">Museum</a> | <a href="/sammlung">Sammlung</a> | <a href="/rundbrief">Zwecke \
&amp; Zeiten</a> | <a href="/foerderverein">Förderverein</a> | <a href="/anfahrt">Anfahrt über \
die Seen</a></nav>
<article>
<h1>Ein Stiftemacher aus Daegu</h1>
<p class="dachzeile">Rundbrief des Fördervereins &middot; Herbst 2024</p>
<p>Als Johann Kirsten 1903 in Lychen die Reißzwecke erfand, ahnte er nicht, dass gut hundert \
Jahre später ein Fabrikant aus Südkorea mit einem Koffer voller Pinnnadeln bei uns klingeln \
würde. Kwon Tae-hyun, 61, führt in Daegu einen Betrieb mit 38 Beschäftigten, der Heftzwecken, \
Büroklammern und Musterklammern herstellt. Im Oktober blieb er drei Tage, ruderte über den \
Oberpfuhl und schenkte dem Museum 412 Zwecken aus vier Jahrzehnten koreanischer Fertigung.</p>
<p>Am Abend vor seiner Abreise saß Kwon mit dem Vorstand im Fischerhaus am Zenssee, und das \
Gespräch wanderte bald weg von Messing und Stahl. Sein Sohn dient als Oberleutnant bei der \
Artillerie in Cheorwon, wenige Kilometer vor der Grenze. In der Kaserne, erzählte Kwon an diesem \
18. Oktober, rede man von nichts anderem: Der Norden habe [[mehrere tausend]] Mann nach Russland \
gebracht, mit der Bahn und auf Schiffen.</p>
<h2>Was die Regierungen sagen</h2>
<p>Inzwischen ist aus dem Kasernengerede eine Tatsache geworden, und Geheimdienste wie \
Ministerien verbreiten fast täglich neue Zahlen. Den Angaben des südkoreanischen \
Nachrichtendienstes NIS zufolge, die Mitte November in Seoul bekannt wurden, stehen [[gut \
10.000]] nordkoreanische Soldaten im Gebiet Kursk, ein Teil davon schon im Gefecht mit \
ukrainischen Einheiten. Eine Sprecherin des US-Außenministeriums sprach am Dienstag von \
[[mindestens 10.000]] Nordkoreanern in derselben Region; wie viele von ihnen gefallen seien, \
wisse man nicht.</p>
<p>Präsident Selenskyj warnte vergangene Woche, Pjöngjang könne sein Kontingent auf [[bis zu \
100.000]] Mann aufstocken, wenn niemand einschreite. Beim ukrainischen Militärgeheimdienst HUR \
geht man davon aus, dass zusätzlich [[einige tausend]] Artilleristen und Raketensoldaten folgen. \
Aus Nato-Kreisen hieß es am Freitag, bei Angriffen auf ukrainische Stellungen habe es unter den \
Nordkoreanern bereits [[Dutzende]] Tote gegeben. Die russischen Verluste beziffert Kiew für \
diesen Herbst auf täglich mehr als 1.200 Mann.</p>
<p>Kwon selbst schätzt, dass es bis zum Frühjahr [[dreißigtausend]] werden. &bdquo;Mein Sohn \
steht auf der einen Seite der Grenze, und von der anderen schickt man Jungen in einen fremden \
Krieg&ldquo;, sagte er und drückte zum Abschied eine Zwecke in unsere Pinnwand.</p>
<h2>Aus dem Museum</h2>
<p>In diesem Jahr kamen 2.870 Besucherinnen und Besucher, 410 mehr als 2023. Die Vitrine mit \
den Stücken aus Daegu wird am 7. Dezember um 14 Uhr eröffnet; der Eintritt bleibt bei 4 Euro, \
Mitglieder frei. Wer den Druck des neuen Katalogs unterstützen möchte: Jahresbeitrag 24 \
Euro.</p>
</article>
<footer>Förderverein Reißzweckenmuseum Lychen e.V. &middot; 17279 Lychen &middot; Tel. 039888 \
41 27 63 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/rundgang.js?v=12"></script>
</body>
</html>
""",
    claims=(
        C("mehrere tausend", None, "vague", "in_russia", "other", "2024-10-18",
          "a Korean stationery maker relaying the talk in his son's barracks ('erzählte Kwon an "
          "diesem 18. Oktober', Konjunktiv; the speaker quoted: other): brought to Russia"),
        C("gut 10.000", 10000, "at_least", "near_front", "south_korea",
          "2024-11-11..2024-11-20",
          "'Den Angaben des … NIS zufolge, die Mitte November … bekannt wurden' (days 11-20): in "
          "the Kursk region ('gut' as at_least)"),
        C("mindestens 10.000", 10000, "at_least", "near_front", "united_states", "tue",
          "a State Department spokeswoman 'sprach am Dienstag' (19 November, Thursday paper): "
          "in the same region"),
        C("bis zu 100.000", 100000, "at_most", "planned", "ukraine", "lastweek",
          "Zelensky 'warnte vergangene Woche': could raise the contingent to ('aufstocken auf' "
          "names a new total: not an increment)"),
        C("einige tausend", None, "vague", "planned", "ukraine", "pub",
          "HUR, 'geht man davon aus' (undated): 'zusätzlich' gunners and rocket troops to follow "
          "(increment, span without the word)", add=True),
        C("Dutzende", None, "vague", "casualties", "nato", "fri",
          "'Aus Nato-Kreisen hieß es am Freitag' (15 November), Konjunktiv: dead"),
        C("dreißigtausend", 30000, "exact", "planned", "other", "pub",
          "the guest 'schätzt' (undated): how many by spring (number word, a forecast)"),
    ),
)

S02 = Source(
    article_id="s132_02_mauerbrief_templin",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-07"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Verein Stadtmauer Templin – Mauerbrief",
        "https://www.stadtmauer-templin.example/mauerbrief/winter-2025",
        "Mauerbrief Winter 2025: Frost am Eulenturm und Post aus Kursk",
    ),
    features="a city-wall preservation society's bulletin from Templin (Uckermark lakes) as "
        "plain text, windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Friday); "
        "the winter's work on the wall first; a restorer from Lviv whose brother, a platoon "
        "leader in Kursk, 'hat ihr am Sonntag geschrieben' `zu Hunderten` (Konjunktiv, other, "
        "that Sunday); Seoul's joint chiefs 'am Montag' `etwa 3.000` dead and wounded; Zelensky "
        "'vergangene Woche' `fast 4.000`; a HUR spokesman 'am Mittwoch' `1.000 bis 1.500` 'als "
        "Ersatz' (range, increment, near the front); 'Nach Einschätzung eines hohen "
        "US-Beamten, der sich Anfang des Monats … äußerte' `etwa 11.000` (the 1st to "
        "publication); the Kursk governor 'vorgestern' on state TV „`einigen hundert` "
        "koreanischen Helfern“ (russia); the bulletin's own 'Zusammengerechnet wären' `rund "
        "13.000` (unattributed, required); volunteers, Saturdays, metres of wall, a tower "
        "number, the town's population, Ukrainian losses, euros, dates, a phone number",
    text="""\
MAUERBRIEF
Mitteilungen des Vereins Stadtmauer Templin e. V. – Winter 2025

Liebe Mitglieder, liebe Freundinnen und Freunde unserer Mauer,

der Frost hat den Arbeiten am Eulenturm eine Pause verordnet, und so bleibt Zeit für einen \
Rückblick. Im vergangenen Jahr haben 57 Ehrenamtliche an 19 Samstagen Fugen ausgekratzt, \
Feldsteine gesetzt und Efeu gerodet. Von den 1.735 Metern des Mauerrings sind jetzt wieder gut \
1.500 Meter begehbar, und das Wiekhaus Nummer 31 hat ein neues Dach aus Biberschwänzen.

Zu verdanken haben wir das auch Iryna Melnyk. Die Restauratorin aus Lwiw kam im Sommer 2022 mit \
ihrer Tochter in die Uckermark und leitet seit dem Herbst unsere Steinwerkstatt. Wer einmal \
gesehen hat, wie sie einen gespaltenen Granit in den Verband zurücksetzt, versteht, warum das \
Landesamt für Denkmalpflege neuerdings öfter bei uns anruft.

Iryna hat einen Bruder, Taras, der als Zugführer mit seiner Brigade im russischen Gebiet Kursk \
steht. Am Sonntag hat er ihr geschrieben. Die Nordkoreaner, so Taras, griffen dort weiterhin \
an, oft [[zu Hunderten]] und über offenes Feld, ohne sich um die Drohnen zu kümmern. Seine \
Kompanie habe seit Neujahr zwei Männer verloren.

Was die Hauptstädte melden, klingt kaum beruhigender. Der Generalstab in Seoul bezifferte die \
Verluste der Nordkoreaner am Montag auf [[etwa 3.000]] Tote und Verwundete. Selenskyj hatte \
vergangene Woche in einem Fernsehinterview von [[fast 4.000]] gesprochen. Ein Sprecher des \
ukrainischen Militärgeheimdienstes erklärte am Mittwoch, Pjöngjang habe [[1.000 bis 1.500]] Mann \
als Ersatz in das Gebiet Kursk geschickt; sie würden gerade an der Front eingewiesen.

Nach Einschätzung eines hohen US-Beamten, der sich Anfang des Monats in Washington äußerte, \
stehen im Gebiet Kursk noch [[etwa 11.000]] Nordkoreaner. Und vorgestern sprach der Gouverneur \
von Kursk, Alexander Chinschtein, im russischen Staatsfernsehen von „[[einigen hundert]] \
koreanischen Helfern“, die beim Räumen der zerschossenen Dörfer mit anpackten.

Zusammengerechnet wären damit seit dem Herbst [[rund 13.000]] Nordkoreaner in Russland gewesen \
– fast so viele, wie Templin Einwohner hat.

Iryna sagt, sie lese die Zahlen nicht mehr. „Ich zähle nur die Tage, bis Taras wieder anruft.“

Termine
– Arbeitseinsatz am Mühlentor: Samstag, 1. März, ab 9 Uhr (bitte Handschuhe mitbringen)
– Vortrag „Feldstein und Backstein“: Donnerstag, 13. März, 19 Uhr, Rathaussaal
– Der Jahresbeitrag bleibt bei 30 Euro. Für den Eulenturm fehlen noch 8.400 Euro.
Kontakt: 03987 70 21 48
""",
    claims=(
        C("zu Hunderten", None, "vague", "near_front", "other", "sun",
          "a restorer's brother, a platoon leader in Kursk, in a message 'Am Sonntag hat er ihr "
          "geschrieben' (2 February), Konjunktiv ('so Taras'; the speaker quoted: other): "
          "attacking there ('zu Hunderten' as vague)"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "mon",
          "Seoul's joint chiefs 'bezifferte … am Montag' (3 February, Friday bulletin): dead and "
          "wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky 'hatte vergangene Woche in einem Fernsehinterview … gesprochen'"),
        C("1.000 bis 1.500", None, "range", "near_front", "ukraine", "wed",
          "a HUR spokesman 'erklärte am Mittwoch' (5 February): sent to Kursk 'als Ersatz' "
          "(replacements: increment), being briefed at the front", add=True),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "2025-02-01..pub",
          "'Nach Einschätzung eines hohen US-Beamten, der sich Anfang des Monats … äußerte' (the "
          "date in a relative clause about the source: the 1st to publication): in Kursk"),
        C("einigen hundert", None, "vague", "near_front", "russia", "2025-02-05",
          "the Kursk governor 'vorgestern … im russischen Staatsfernsehen' (two days before the "
          "Friday): helpers clearing the villages there"),
        C("rund 13.000", 13000, "approx", "in_russia", "unattributed", "pub",
          "the bulletin's own 'Zusammengerechnet wären … gewesen' (no source: unattributed, "
          "required)"),
    ),
)

S03 = Source(
    article_id="s132_03_trachtenblatt_gerlos_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-14"),
    dated_by="front_matter",
    features="a traditional-costume society's paper from Gerlos (Zillertal, Tyrol) in Markdown, "
        "UTF-8 with BOM, front matter with `date:` (Friday) and a title without a figure, "
        "Austrian conventions (`Feber`, `Jänner`, `heuer`, `Faschingsdienstag`); the costume "
        "ball first; a seamstress from Dnipro relaying her husband's call 'Am "
        "Faschingsdienstag' (4 March) `ein paar Dutzend` dead (other, casualties); Seoul's joint "
        "chiefs 'am Montag' `gut 3.000` 'Nachschub' (increment, 'gut' as at_least) and, carried "
        "by 'die Militärs', `rund 4.700` casualties; 'Laut Budanow' `einige tausend` back at the "
        "front (the event 'Anfang Feber', the statement undated: `pub`); 'In Washington geht man "
        "davon aus' `weniger als 10.000` ('weniger als' as at_most, `pub`); a Duma deputy "
        "'vorige Woche' „`vielleicht 2.000` koreanischen Kameraden“ (approx, russia); the "
        "chairman 'schätzt' `zehntausend` 'mehr' (number word, increment, planned, other, "
        "`pub`); guests, proceeds, bodices and aprons, years, members, euros, dates, a phone "
        "number",
    text="""\
---
title: "Vereinsblatt März 2025: Nadel, Faden und ein Anruf von der Front"
date: 2025-03-14
verein: Trachtenverein D'Gerlostaler
---

# Nadel, Faden und ein Anruf von der Front

Der Ball ist getanzt, die Gwänder hängen wieder im Kasten. 412 Gäste kamen am 1. Feber zum \
Trachtenball in den Gemeindesaal, so viele wie seit 2019 nicht mehr, und die Plattlergruppe hat \
ihre neue Polka zum ersten Mal vor Publikum getanzt. Der Reinerlös von 6.300 Euro geht heuer \
an die Erneuerung der Frauentracht.

## Die Schneiderin aus Dnipro

Dass die Frauentracht überhaupt neu genäht werden kann, verdanken wir Natalija Bondar. Die \
Schneidermeisterin aus Dnipro arbeitet den zweiten Winter im Hotel ihrer Cousine im Ort und hat \
seit Jänner 14 Leibl und 9 Schürzen genäht, nach Schnitten aus dem Jahr 1925, in dem unser \
Verein gegründet wurde.

Ihr Mann Serhij fährt Munition für eine Brigade, die bis vor kurzem im russischen Gebiet Kursk \
lag. Am Faschingsdienstag rief er an, während wir im Saal die Krapfen verteilten. Seine Einheit \
habe nach einem einzigen Angriff [[ein paar Dutzend]] tote Nordkoreaner im Schnee gezählt, \
erzählte er Natalija. Die meisten seien sehr jung gewesen.

## Was man aus Seoul, Kiew und Moskau hört

Der Generalstab in Seoul meldete am Montag, Pjöngjang habe seit Jänner [[gut 3.000]] Mann \
Nachschub nach Russland geschickt; die Verluste bezifferten die Militärs mit [[rund 4.700]] \
Toten und Verwundeten. Laut Budanow, dem Chef des ukrainischen Militärgeheimdienstes, sind die \
Nordkoreaner nach einer Pause Anfang Feber an die Front zurückgekehrt, [[einige tausend]] Mann \
stark. In Washington geht man davon aus, dass [[weniger als 10.000]] von ihnen noch im Gebiet \
Kursk kämpfen. Moskau bestätigt weiterhin nichts; nur ein Abgeordneter der Staatsduma sprach \
vorige Woche von „[[vielleicht 2.000]] koreanischen Kameraden“ an der Grenze.

## Was unser Obmann meint

Obmann Hannes Kröll, der 23 Jahre als Unteroffizier beim Bundesheer gedient hat, schätzt, dass \
Kim heuer noch [[zehntausend]] mehr schickt. „Der braucht Devisen, und die Russen brauchen \
Leute. Solange keiner fragt, geht die Rechnung auf“, sagt er.

## Termine

- Jahreshauptversammlung: Freitag, 28. März, 20 Uhr, Gasthof am Bach
- Trachtensonntag mit Feldmesse: 11. Mai, 10 Uhr
- Mitgliedsbeitrag heuer unverändert 25 Euro; der Verein zählt derzeit 143 Mitglieder
- Stoffspenden und Fragen an Natalija: 0664 381 27 90
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "casualties", "other", "2025-03-04",
          "a seamstress's husband, a driver for a brigade in Kursk, in a call 'Am "
          "Faschingsdienstag' (Shrove Tuesday: 4 March 2025), 'erzählte er Natalija', "
          "Konjunktiv (the speaker quoted: other): dead after one attack"),
        C("gut 3.000", 3000, "at_least", "in_russia", "south_korea", "mon",
          "Seoul's joint chiefs 'meldete am Montag' (10 March, Friday paper): 'Nachschub' sent "
          "since January (reinforcements: increment; 'gut' as at_least)", add=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement, 'bezifferten die Militärs': dead and wounded"),
        C("einige tausend", None, "vague", "near_front", "ukraine", "pub",
          "'Laut Budanow' (undated; 'Anfang Feber' dates the return to the front, not the "
          "statement): back at the front"),
        C("weniger als 10.000", 10000, "at_most", "near_front", "united_states", "pub",
          "'In Washington geht man davon aus' (undated): still fighting in Kursk ('weniger als' "
          "as at_most)"),
        C("vielleicht 2.000", 2000, "approx", "near_front", "russia", "lastweek",
          "a Duma deputy 'sprach vorige Woche von', in „“: 'comrades' at the border ('vielleicht' "
          "as approx)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "the society's chairman, a former NCO, 'schätzt' (undated): 'mehr' this year (number "
          "word, increment, planned)", add=True),
    ),
)

S04 = Source(
    article_id="s132_04_huettenbrief_ginzling_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-20"),
    dated_by="sidecar",
    sidecar=(
        "Lapenkarhütte – Hüttenbrief",
        "https://www.lapenkarhuette.example/huettenbrief/saisonstart-2025",
        "Die Hütte ist offen",
    ),
    features="a mountain hut's letter to its guests from above Ginzling (Zillertal Alps, Tyrol) "
        "in Markdown, UTF-16 LE with BOM, front matter with `date:` (also in the sidecar, "
        "Friday) and a title without a figure, `heuer`; the opening of the season first; a cook "
        "from Chernihiv whose brother flies drones near Sumy 'schrieb … vorige Woche' "
        "`Hunderte` (other, `lastweek`); Shoigu 'am Dienstag in Pjöngjang' `6.000` sappers and "
        "builders (russia, planned); 'Der Geheimdienst in Seoul, der Ende Mai vor dem Parlament "
        "sprach, geht von … aus' `knapp 15.000` (the date in a relative clause); HUR 'am "
        "Montag' `rund 11.000` being prepared in Russia and, by Konjunktiv, 'noch einmal' `2.000` "
        "(increment, planned); a NATO general 'vorgestern' `um die 11.000` at the border ('um "
        "die' as approx); state media 'Anfang Juni' `mehrere hundert` fallen (north_korea); a "
        "mountain guide from Seoul 'meint' `Zehntausende` (other, planned, `pub`); snow depth, "
        "kilos, beds, altitude, ages, euros, hours, metres of ascent, dates, a phone number",
    text="""\
---
title: "Hüttenbrief zur Saisoneröffnung"
date: 2025-06-20
huette: Lapenkarhütte, 2.276 m, Ginzling im Zillertal
---

# Die Hütte ist offen

Seit dem 14. Juni brennt wieder Licht auf der Lapenkarhütte. Der Winter hat uns 3,80 Meter \
Schnee vor die Tür gelegt; zwei Tage lang haben wir mit der Fräse den Eingang und die Terrasse \
freigeschaufelt, bevor der Hubschrauber die ersten 1.200 Kilo Lebensmittel bringen konnte. Die \
72 Lager und Betten sind an den Wochenenden im Juli fast ausgebucht, unter der Woche ist noch \
Platz.

## Zwei neue Gesichter in der Küche

Heuer kochen Denys und Mi-rae mit uns. Denys Hrytsenko, 26, stammt aus Tschernihiw, hat in \
Innsbruck Tourismus studiert und backt den besten Kaiserschmarrn, den diese Hütte je gesehen hat. \
Mi-rae Lim, 31, ist Bergführerin aus Seoul und verbringt den Sommer bei uns, um die Dreitausender \
des Zillertals kennenzulernen.

Abends, wenn die Gäste schlafen, reden die beiden manchmal über den Krieg. Er ist für beide näher, \
als er von hier oben aussieht. Denys' älterer Bruder fliegt Aufklärungsdrohnen an der Grenze bei \
Sumy. Auf der anderen Seite, schrieb er ihm vorige Woche, sehe er fast jeden Tag [[Hunderte]] \
Nordkoreaner, die Gräben aushöben und Unterstände bauten.

## Die Zahlen aus den Hauptstädten

Sergej Schoigu kündigte am Dienstag in Pjöngjang an, der Norden schicke [[6.000]] Pioniere und \
Bauarbeiter in das Gebiet Kursk schicken. Der Geheimdienst in Seoul, der Ende Mai vor dem \
Parlament sprach, geht von [[knapp 15.000]] Nordkoreanern aus, die seit dem Herbst nach Russland \
geschickt wurden. Der ukrainische Militärgeheimdienst teilte am Montag mit, in Russland würden \
derzeit [[rund 11.000]] Nordkoreaner auf neue Einsätze vorbereitet. Im Juli sollten noch einmal \
[[2.000]] folgen, vor allem Drohnenpiloten. Ein Nato-General sagte vorgestern in Brüssel, [[um \
die 11.000]] stünden an der Grenze zur Ukraine. Und Pjöngjangs Staatsmedien berichteten Anfang \
Juni von einer Gedenkfeier für [[mehrere hundert]] Gefallene.

Mi-rae meint, am Ende würden es [[Zehntausende]]. Ihr Vater war Berufssoldat. „Bei uns weiß \
jeder, dass der Norden Menschen hat und sonst nicht viel“, sagt sie, und dann reden wir lieber \
über den Wetterbericht für den nächsten Tag.

## Für eure Tourenplanung

- Übernachtung für Alpenvereinsmitglieder im Lager 24 Euro, Halbpension 38 Euro
- Zustieg von Ginzling: gut 4 Stunden, 1.280 Höhenmeter
- Der Übergang ins Nachbarkar ist bis Mitte Juli nur mit Steigeisen ratsam.
- Reservierung: +43 676 512 80 34
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "lastweek",
          "a cook relaying his brother, a drone pilot near Sumy ('schrieb er ihm vorige Woche', "
          "Konjunktiv; the speaker quoted: other): digging trenches on the other side"),
        C("6.000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'kündigte am Dienstag in Pjöngjang an' (17 June, Friday letter): sappers and "
          "builders the North will send to Kursk (an announcement: planned; no increment word)"),
        C("knapp 15.000", 15000, "approx", "in_russia", "south_korea", "2025-05-21..2025-05-31",
          "'Der Geheimdienst in Seoul, der Ende Mai vor dem Parlament sprach, geht von … aus' "
          "(the date in the relative clause: day 21 to the month's end): sent since autumn"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "mon",
          "HUR 'teilte am Montag mit' (16 June), Konjunktiv: being prepared in Russia for new "
          "missions (in Russia now)"),
        C("2.000", 2000, "exact", "planned", "ukraine", "mon",
          "same statement, next sentence, Konjunktiv: 'noch einmal' to follow in July "
          "(increment, span without the words, planned)", add=True),
        C("um die 11.000", 11000, "approx", "near_front", "nato", "2025-06-18",
          "a NATO general 'sagte vorgestern in Brüssel' (two days before the Friday): at the "
          "border with Ukraine ('um die' as approx)"),
        C("mehrere hundert", None, "vague", "casualties", "north_korea",
          "2025-06-01..2025-06-10",
          "Pyongyang's state media 'berichteten Anfang Juni' (days 1-10): a memorial for the "
          "fallen"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a mountain guide from Seoul 'meint' (undated): how many in the end (a forecast)"),
    ),
)

S05 = Source(
    article_id="s132_05_koehlerbrief_romoos",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-09-19"),
    dated_by="dateline",
    features="a charcoal burners' association bulletin from Romoos (Entlebuch, Lucerne) as plain "
        "text, ISO-8859-1 (Swiss conventions: `ss`, «», `6'400`, `20'000`, `11'000 bis 12'000`, "
        "`25'000`, 4-digit `2000`/`6000`), dated by the place line 'Romoos, 19. September 2025' "
        "(Friday); the charcoal kiln first; a charcoal maker from Gangwon 'glaubt' «`an die "
        "20'000`» (approx, other, `pub`); the NIS 'am 4. September' `gegen 2000` fallen ('gegen' "
        "as approx) and, carried by 'Im selben Bericht', `etwa 6000` sappers and builders sent; "
        "'Nach Angaben des … Militärgeheimdienstes' `11'000 bis 12'000` (range, `pub`); the "
        "Kursk governor 'am Montag' «`mehrere tausend`» builders (russia, near the front); a "
        "NATO diplomat 'vergangene Woche' `25'000` ('erhöhen auf': a new total, planned, not an "
        "increment); KCNA 'am Samstag' `Hunderten` fallen (north_korea); cords of wood, tonnes, "
        "sacks, kilos, kilometres, per cent, kilns, years, francs, a date, a phone number",
    text="""\
KÖHLERBRIEF
Mitteilungen des Köhlervereins Romoos und Umgebung, Nr. 3/2025

Romoos, 19. September 2025

Liebe Köhlerinnen und Köhler, liebe Gönnerinnen und Gönner

Der grosse Meiler auf dem Platz bei der alten Säge hat 23 Tage und Nächte geraucht und ist am \
letzten Sonntag sauber ausgekühlt. Aus 140 Ster Buchen- und Tannenholz haben wir gut 9 Tonnen \
Holzkohle gewonnen; 6'400 Säcke zu 2,5 Kilo gehen an Metzgereien, Hofläden und zwei Grossverteiler \
im Kanton. Das Holz ist heuer um 12 Prozent teurer geworden. Danke allen, die in den Nächten \
Wache gehalten haben.

Ein Gast aus Gangwon

Im August hat Choi Seon-hee bei uns mitgeholfen. Die 44-Jährige brennt in der Provinz Gangwon \
weisse Holzkohle nach koreanischer Art, in einem gemauerten Ofen, und wollte sehen, wie man im \
Entlebuch einen Erdmeiler deckt. Nach drei Nächten las sie den Rauch besser als mancher von uns \
nach drei Jahren.

Choi stammt aus einem Dorf 30 Kilometer südlich der Grenze zum Norden, und über den Krieg in der \
Ukraine spricht sie ohne Umschweife. Sie glaubt, dass seit dem letzten Herbst «[[an die 20'000]]» \
Nordkoreaner in Russland waren. «Viele kommen nicht zurück, und über die, die zurückkommen, \
erfährt man nichts», sagte sie am Meiler.

Die amtlichen Zahlen

Der südkoreanische Nachrichtendienst NIS nannte am 4. September vor dem Parlament in Seoul \
[[gegen 2000]] Gefallene. Im selben Bericht war von [[etwa 6000]] Pionieren und Bauarbeitern die \
Rede, die seit Juni nach Russland gegangen seien. Nach Angaben des ukrainischen \
Militärgeheimdienstes halten sich derzeit [[11'000 bis 12'000]] Nordkoreaner in Russland auf. \
Der Gouverneur des Gebiets Kursk lobte am Montag «[[mehrere tausend]]» koreanische Bauleute, die \
zerstörte Brücken und Strassen wieder instand setzten.

Ein Nato-Diplomat sagte vergangene Woche in Brüssel, Pjöngjang könne die Zahl seiner Soldaten in \
Russland bis Ende Jahr auf [[25'000]] erhöhen. Und die Staatsagentur KCNA meldete am Samstag, Kim \
Jong Un habe den Familien von [[Hunderten]] Gefallenen neue Wohnungen in Pjöngjang versprochen.

Aus dem Verein
- Im Entlebuch rauchen heuer noch 8 Meiler; die Köhlerei wird hier seit über 200 Jahren betrieben.
- Köhlerfest mit Meilerführung: Samstag, 11. Oktober, ab 10 Uhr, mit Festwirtschaft
- Ein Sack Grillkohle kostet ab Platz 14 Franken.
- Auskunft und Anmeldung beim Präsidenten: 041 480 27 56
""",
    claims=(
        C("an die 20'000", 20000, "approx", "in_russia", "other", "pub",
          "a Korean charcoal maker 'glaubt' (undated; 'sagte sie am Meiler' without a day), in "
          "«»: in Russia since last autumn ('an die' as approx)"),
        C("gegen 2000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'nannte am 4. September vor dem Parlament': fallen ('gegen' as approx)"),
        C("etwa 6000", 6000, "approx", "in_russia", "south_korea", "2025-09-04",
          "carried by 'Im selben Bericht', Konjunktiv: sappers and builders gone to Russia since "
          "June (no increment word)"),
        C("11'000 bis 12'000", None, "range", "in_russia", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): in Russia now"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "mon",
          "the Kursk governor 'lobte am Montag' (15 September), in «»: builders repairing bridges "
          "and roads there"),
        C("25'000", 25000, "exact", "planned", "nato", "lastweek",
          "a NATO diplomat 'sagte vergangene Woche': could raise the number in Russia to "
          "('erhöhen auf' names a new total: planned, not an increment)"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "sat",
          "KCNA 'meldete am Samstag' (13 September): families of the fallen"),
    ),
)

S06 = Source(
    article_id="s132_06_schwingklub_escholzmatt_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "Schwingklub Escholzmatt-Marbach",
        "https://www.schwingklub-escholzmatt.example/jahresbrief/2024",
        "Sägemehl und Ssireum",
    ),
    features="a Swiss wrestling (Schwingen) club's yearly letter from Escholzmatt (Entlebuch) in "
        "HTML, ISO-8859-1 with «» raw and dashes as entities, no meta date (sidecar, Thursday), "
        "Swiss conventions (`ss`, `11'000`, `10'000`, 4-digit `8000 bis 9000`), a cookie note "
        "about the ranking list, a script, navigation, a footer with a phone number; `<title>` "
        "and headline without a figure; a ssireum wrestler from Changwon 'an seinem letzten "
        "Abend, dem 25. Oktober' «`höchstens 10'000`» (other, an ISO date); Zelensky 'am "
        "Montag' `mehr als 11'000` in Kursk; the NIS 'Ende November' `rund 11'000` in Russia "
        "and, by 'rechne der Dienst', `Tausende` 'weitere' (increment, planned); 'Aus dem "
        "Pentagon hiess es am Dienstag' `Hunderte` killed or wounded; Rutte 'gestern' `über "
        "10'000` sent (`yday`); 'Laut dem … Militärgeheimdienst' `8000 bis 9000` 'davon' in the "
        "front line (a breakdown, `pub`); wrestlers, festivals, wreaths, members, hours, ages, "
        "francs, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Jahresbrief &ndash; Schwingklub Escholzmatt-Marbach</title>
<script>var skem={seite:"jahresbrief",jahr:2024,rangliste:false};</script>
</head>
<body>
<div id="cookies">Diese Seite speichert in einem Cookie nur, ob Sie die Rangliste schon \
aufgeklappt haben. <button>Einverstanden</button></div>
<nav><a href="/">Startseite</a> | <a href="/training">Training</a> | <a \
href="/jahresbrief">Jahresbrief</a> | <a href="/schwinget">Nachwuchsschwinget</a> | <a \
href="/goenner">Gönner</a></nav>
<main>
<h1>Sägemehl und Ssireum</h1>
<p>Liebe Schwingerfreunde, das Jahr war gut zu uns. Unsere 46 Aktiven sind an 31 Festen \
angetreten und haben 9 Kränze heimgebracht, zwei davon vom Innerschweizerischen. Am Chlausabend \
im Schützenhaus sassen 180 Mitglieder und Gönner an den Tischen, und der Samichlaus wusste über \
jeden Jungschwinger mehr, als diesem lieb war.</p>
<h2>Ein Ringer aus Changwon</h2>
<p>Im Oktober hatten wir einen ungewöhnlichen Gast im Training. Jang Min-seok, 28, ist \
Ssireum-Ringer aus Changwon und war mit einem Austauschprogramm in der Schweiz. Ssireum ist dem \
Schwingen verwandt: Man fasst den Gegner am Gurt statt an der Zwilchhose, und gerungen wird im \
Sand statt im Sägemehl. Nach drei Abenden lag er bei unseren Jungen nicht mehr auf dem \
Rücken.</p>
<p>Jang hat vor zwei Jahren seinen Wehrdienst bei einer Infanteriedivision an der Grenze \
beendet. Die Nordkoreaner, die jetzt für Russland kämpfen, seien weniger, als man in Europa \
glaube, meinte er an seinem letzten Abend, dem 25. Oktober, beim Znacht: «Es sind [[höchstens \
10'000]], und die Hälfte davon sind Bauarbeiter.»</p>
<h2>Und die offiziellen Zahlen?</h2>
<p>Die liegen inzwischen höher. Präsident Selenskyj sprach am Montag in seiner Abendansprache \
von [[mehr als 11'000]] Nordkoreanern im Gebiet Kursk. Der südkoreanische Geheimdienst NIS \
hatte Ende November von [[rund 11'000]] gesprochen, die in Russland stationiert seien; bis zum \
Frühling rechne der Dienst mit [[Tausenden]] weiteren. Aus dem Pentagon hiess es am Dienstag, \
bei den Kämpfen seien bereits [[Hunderte]] Nordkoreaner getötet oder verwundet worden. \
Nato-Generalsekretär Mark Rutte sagte gestern in Brüssel, Pjöngjang habe [[über 10'000]] Mann \
geschickt. Laut dem ukrainischen Militärgeheimdienst stehen [[8000 bis 9000]] davon in \
vorderster Linie.</p>
<h2>Aus dem Klub</h2>
<p>Das Wintertraining findet jeden Dienstag und Freitag ab 19.30 Uhr im Schwingkeller statt. \
Der Jahresbeitrag bleibt bei 60 Franken, für Jungschwinger bei 20 Franken. Für den \
Nachwuchsschwinget im Mai suchen wir noch Helfer &ndash; wer 4 Stunden Zeit hat, meldet sich \
beim Präsidenten.</p>
</main>
<footer>Schwingklub Escholzmatt-Marbach &middot; 6182 Escholzmatt &middot; Tel. 041 486 13 72 \
&middot; <a href="/kontakt">Kontakt</a></footer>
<script src="/js/rangliste.js"></script>
</body>
</html>
""",
    claims=(
        C("höchstens 10'000", 10000, "at_most", "in_russia", "other", "2024-10-25",
          "a Korean ssireum wrestler 'meinte er an seinem letzten Abend, dem 25. Oktober', in «»: "
          "fighting for Russia"),
        C("mehr als 11'000", 11000, "at_least", "near_front", "ukraine", "mon",
          "Zelensky 'sprach am Montag in seiner Abendansprache' (9 December, Thursday letter): "
          "in the Kursk region"),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "2024-11-21..2024-11-30",
          "the NIS 'hatte Ende November … gesprochen' (day 21 to the month's end), Konjunktiv: "
          "stationed in Russia"),
        C("Tausenden", None, "vague", "planned", "south_korea", "2024-11-21..2024-11-30",
          "same statement, 'rechne der Dienst mit': 'weiteren' by spring (increment after the "
          "figure, planned)", add=True),
        C("Hunderte", None, "vague", "casualties", "united_states", "tue",
          "'Aus dem Pentagon hiess es am Dienstag' (10 December): killed or wounded"),
        C("über 10'000", 10000, "at_least", "in_russia", "nato", "yday",
          "Rutte 'sagte gestern in Brüssel' (11 December): sent"),
        C("8000 bis 9000", None, "range", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated), 'davon' (a breakdown of the "
          "10'000): in the front line"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Nunavik, the Falklands' Camp, Rarotonga)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s132_07_ungava_wire_kuujjuaq",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-30"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Kuujjuaq (Nunavik, Quebec) as plain text, UTF-8 "
        "with CRLF, slug line and dateline 'KUUJJUAQ, Quebec, October 30, 2024 (Ungava Wire "
        "Service) –' (Wednesday); the headline's `10,000` from the Pentagon's Monday figure "
        "(Monday to publication); Canada's defence minister on an Arctic visit, 'Ottawa "
        "believes' `up to 12,000` by the end of the year (a third government: other, planned, "
        "Tuesday); a Pentagon spokeswoman 'On Monday … put the … force … at' `about 10,000` "
        "training in the far east; the NIS 'last Wednesday' (a week before the Wednesday wire) "
        "`about 3,000` arrived and `10,000` by December (planned); `Roughly 2,500` in the Kursk "
        "border region, with 'Ukraine's military intelligence agency said in a statement on "
        "Sunday' after the figure; Rutte "
        "without a figure; a nurse from Chernihiv relaying her brother near Sumy, 'He told me "
        "on the phone on Sunday', \"`a few hundred`\" (other, that Sunday); Rangers, patrol size, "
        "kilometres, temperatures, the town's population, ages, a wire trailer with a phone "
        "number",
    text="""\
CANADA-ARCTIC/KOREA (UNGAVA WIRE SERVICE)

Canada's defence minister, on Arctic visit, calls Pentagon count of [[10,000]] North Koreans \
in Russia "a grave escalation"

KUUJJUAQ, Quebec, October 30, 2024 (Ungava Wire Service) – Canada's defence minister, visiting \
Canadian Rangers in Nunavik on Tuesday, said North Korea's decision to send soldiers to Russia \
had turned a European war into "a Pacific problem as well" and that Ottawa was sharing what it \
knew with Seoul.

Speaking in a hangar at Kuujjuaq airport, where a Ranger patrol of 14 had just come back from a \
nine-day exercise on the Koksoak River, the minister said Ottawa believes [[up to 12,000]] North \
Korean troops could be in Russia by the end of the year.

On Monday a Pentagon spokeswoman put the North Korean force training in Russia's far east at \
[[about 10,000]], adding that some of it was expected to edge closer to Ukraine "in the coming \
weeks". South Korea's National Intelligence Service told lawmakers last Wednesday that \
[[about 3,000]] had already arrived and that the total could reach [[10,000]] by December. \
[[Roughly 2,500]] have been moved into the Kursk border region, Ukraine's military intelligence \
agency said in a statement on Sunday.

NATO's secretary general, Mark Rutte, said the same day that units from the North had reached \
the Kursk area, but he gave no number. The Kremlin has not denied the reports.

In Kuujjuaq, a town of about 2,900 people at the mouth of the Koksoak, news from the far side of \
the world comes by radio and through relatives. Oksana Kovalchuk, 38, a nurse from Chernihiv who \
has worked at the regional health centre for three years, said her brother, a soldier posted \
near Sumy, had watched "[[a few hundred]]" Koreans digging trenches across the border. "He told \
me on the phone on Sunday. He was not joking," she said.

The Ranger patrol covered 310 kilometres by freighter canoe and on foot, in temperatures down to \
minus 8 Celsius. Canada has about 5,000 Rangers in more than 200 communities, most of them in \
the North.

(Reporting by Mathieu Tukkiapik-Gagnon in Kuujjuaq; editing by Claire Dubeau)
((mtg@ungavawire.example; +1 819 964 2281))
-- END --
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon count of': the spokeswoman's Monday figure below, hedge dropped "
          "(Monday to the Wednesday of publication)"),
        C("up to 12,000", 12000, "at_most", "planned", "other", "tue",
          "Canada's defence minister on Tuesday, 'Ottawa believes' (a third government: other): "
          "could be in Russia by the end of the year"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "a Pentagon spokeswoman 'On Monday … put the … force training in Russia's far east at' "
          "(28 October): training in Russia"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'told lawmakers last Wednesday' ('last Wednesday' in a Wednesday wire: the "
          "week before, 23 October): already arrived"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same briefing: 'the total could reach … by December' (a forecast)"),
        C("Roughly 2,500", 2500, "approx", "near_front", "ukraine", "sun",
          "sentence-initial, claimant and day after the figure ('Ukraine's military intelligence "
          "agency said in a statement on Sunday', 27 October): moved into the Kursk border "
          "region"),
        C("a few hundred", None, "vague", "near_front", "other", "sun",
          "a nurse relaying her brother, a soldier near Sumy ('He told me on the phone on "
          "Sunday'; the speaker quoted: other), in quotes: digging trenches across the border"),
    ),
)

S08 = Source(
    article_id="s132_08_lodge_letter_port_howard_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-01-24"),
    dated_by="front_matter",
    features="a fishing lodge's letter to its guests from Port Howard (West Falkland, the "
        "Camp) in Markdown, windows-1252 with curly quotes, `–` and `£`, front matter with "
        "`date:` (Friday) and a title without a figure; sea trout first; a retired South Korean "
        "naval captain; the NIS 'on Monday' `roughly 300` dead and `2,700` 'others' wounded "
        "(not an increment); Zelensky 'on 11 January' `two` captured (number word); HUR 'has "
        "said' `nearly 4,000` (`pub`); a Pentagon official 'in a briefing in mid-January' 'put "
        "the force … at' `between 10,000 and 12,000` (range, days 11-20); Rutte 'last week' "
        "\"`thousands`\" killed or wounded; the captain 'reckons' 'another' `5,000 or so` ('or "
        "so' as approx, increment, planned), dated by 'he told us … on Thursday'; fish, "
        "weights, residents, sheep, years, pounds, a date, a phone number",
    text="""\
---
title: "Letter from the Lodge – January 2025"
date: 2025-01-24
lodge: Port Howard Lodge, West Falkland
---

# Letter from the Lodge

The Warrah has been kind to us this summer. Since the first guests flew in on the FIGAS \
Islander in late October we have landed 214 sea trout, the heaviest a hen fish of 14 lb 6 oz \
taken on a black fly below the second pool. Up at the woolshed the settlement’s 22 residents are \
half-way through shearing some 40,000 sheep, so please forgive the smell on the breeze.

## A captain among the trout

Our longest-staying guest this month has been Captain (retd) Yoon Jae-won of the Republic of \
Korea Navy, 67, who spent twelve days on the river and lost more flies than anyone since 2016. \
Before he retired he commanded a frigate in the Yellow Sea, where the line with the North is \
drawn on water, and he reads the news from Europe the way a navigator reads a chart.

The news has been grim. South Korea’s intelligence service said on Monday that [[roughly 300]] \
North Korean soldiers had lost their lives around Kursk and that [[2,700]] others had been \
wounded. Kyiv’s numbers run higher: on 11 January Volodymyr Zelensky announced that his troops \
had taken [[two]] North Koreans prisoner, and Ukraine’s military intelligence has said \
[[nearly 4,000]] have been killed or wounded in all. A Pentagon official, in a briefing in \
mid-January, put the force still deployed around Kursk at [[between 10,000 and 12,000]]. NATO’s \
Mark Rutte told a meeting in Brussels last week that “[[thousands]]” had already been killed or \
wounded.

The captain reckons Pyongyang will top the force up with another [[5,000 or so]] before the \
spring. “They will replace the dead the way you replace a lost fly: without a second thought,” \
he told us over the last dram on Thursday.

## Lodge notes

- Full board at the lodge is £165 a night; rod hire is £20 a day.
- The settlement’s small museum of the 1982 conflict opens on request – ask at the office.
- The last FIGAS flight of the season leaves on 28 March. Bookings: +500 42150
""",
    claims=(
        C("roughly 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'said on Monday' (20 January, Friday letter): died in the Kursk fighting"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same statement: '2,700 others … wounded' (the others in the same event: not an "
          "increment)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'on 11 January … announced': taken prisoner (number word)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "'Ukraine's military intelligence has said' (undated): killed or wounded in all"),
        C("between 10,000 and 12,000", None, "range", "near_front", "united_states",
          "2025-01-11..2025-01-20",
          "a Pentagon official 'in a briefing in mid-January, put the force … at' (days "
          "11-20): still deployed around Kursk"),
        C("thousands", None, "vague", "casualties", "nato", "lastweek",
          "Rutte 'told a meeting in Brussels last week', in quotes: killed or wounded"),
        C("5,000 or so", 5000, "approx", "planned", "other", "thu",
          "the retired captain 'reckons', dated by 'he told us … on Thursday' (23 January): "
          "'another' before spring ('or so' as approx; increment, span without the word)",
          add=True),
    ),
)

S09 = Source(
    article_id="s132_09_voyage_log_ngatangiia_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-10-08"),
    dated_by="sidecar",
    sidecar=(
        "Ngatangiia Voyaging Society",
        "https://www.ngatangiiavaka.example/log/mauke-2025",
        "Back from Mauke, and a guest from Jeju",
    ),
    features="a voyaging canoe (vaka) society's log from Ngatangiia on Rarotonga in HTML, "
        "UTF-16 LE with BOM, no meta date (sidecar, Wednesday), a cookie note about the tide "
        "table, a script, navigation, entities (`&amp;`, `&ldquo;`, `&rsquo;`), a footer with a "
        "phone number; `<title>` and headline without a figure; the voyage first; a marine "
        "ecologist from Jeju relaying her brother, a sergeant, `several thousand` 'more' "
        "(increment, planned, other), told on the night watch (the voyage's days: 27 September "
        "to 5 October); the NIS 'on Thursday' `about 2,000` killed; Russia's ambassador in "
        "Pyongyang 'on Monday' `6,000` builders and deminers in Kursk (russia, near the front); "
        "'According to Ukraine's military intelligence' `11,000 to 13,000` (range, `pub`); a "
        "NATO spokeswoman 'on Friday' `at least 1,500` gunners firing across the border; the "
        "State Department 'early this month' \"may send `as many as 25,000` more\" (at_most, "
        "increment, planned); state media 'Last week' \"`hundreds`\" of engineers welcomed home "
        "(returnees: optional); the ecologist 'thinks' \"`closer to 20,000`\" ('closer to' as "
        "approx, other, `pub`); nautical miles, crew, days, guests, ages, NZ dollars, a date, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Voyage Log &ndash; Ngatangiia Voyaging Society</title>
<script>var nvs={page:"log",vaka:"Te Manu Rere",crew:16};</script>
</head>
<body>
<div class="cookie-bar">We use one cookie to remember whether you have already seen the tide \
table. <a href="#" id="accept">Okay</a></div>
<nav><a href="/">Home</a> | <a href="/vaka">Our Vaka</a> | <a href="/log">Voyage Log</a> | <a \
href="/crew">Join the Crew</a> | <a href="/donate">Support &amp; Donate</a></nav>
<main>
<h1>Back from Mauke, and a guest from Jeju</h1>
<p><em>Te Manu Rere</em> came home through the Avana passage on Sunday morning after nine days \
at sea. She sailed 110 nautical miles each way with a crew of 16, steering by stars and swells \
alone, and on Mauke the whole island met us with an umukai for 300 guests. Our youngest \
sailor, Tangi, is 15 and did not once ask when we would be home.</p>
<h2>A scientist on the steering paddle</h2>
<p>On board for the whole voyage was Dr Han Ji-woo, 39, a marine ecologist from Jeju who has \
been counting parrotfish in our lagoon since July. Her younger brother, Seung-min, is a sergeant \
in a reconnaissance battalion north of Seoul. On the night watch she told us what he hears: \
&ldquo;He says the North has sent men to Russia in two waves and is getting a third one ready, \
[[several thousand]] more.&rdquo;</p>
<h2>What the governments say</h2>
<p>South Korea&rsquo;s intelligence agency told lawmakers on Thursday that [[about 2,000]] \
North Korean soldiers had been killed since last autumn. Russia&rsquo;s ambassador in Pyongyang \
told the TASS agency on Monday that [[6,000]] North Korean builders and deminers were at work in \
the Kursk region, &ldquo;shoulder to shoulder with our own&rdquo;. According to Ukraine&rsquo;s \
military intelligence, [[11,000 to 13,000]] remain in Russia. A NATO spokeswoman said on Friday \
that [[at least 1,500]] North Korean gunners were firing across the border into Sumy region, and \
the US State Department said in a statement early this month that Pyongyang &ldquo;may send \
[[as many as 25,000]] more&rdquo; over the winter. Last week North Korean state media showed Kim \
Jong Un welcoming home &ldquo;[[hundreds]]&rdquo; of engineers from Kursk.</p>
<p>Ji-woo thinks the real total who have served in Russia is &ldquo;[[closer to \
20,000]]&rdquo;. &ldquo;At sea you learn that nobody counts well from far away,&rdquo; she \
said.</p>
<h2>Join us</h2>
<p>Training sails start again on 18 October. Crew membership is NZ$40 a year, NZ$10 for \
students, and the vaka shed at Ngatangiia harbour is open on Saturdays from 9 to 12.</p>
</main>
<footer>Ngatangiia Voyaging Society Inc. &middot; Rarotonga &middot; +682 21 447 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/static/tides.js"></script>
</body>
</html>
""",
    claims=(
        C("several thousand", None, "vague", "planned", "other", "2025-09-27..2025-10-05",
          "an ecologist relaying her brother, a sergeant ('He says'; the speaker quoted: other), "
          "told 'On the night watch' of the nine-day voyage that ended on Sunday (27 September to "
          "5 October): a third wave being got ready, 'more' (increment, planned)", add=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "the NIS 'told lawmakers on Thursday' (2 October, Wednesday log): killed"),
        C("6,000", 6000, "exact", "near_front", "russia", "mon",
          "Russia's ambassador in Pyongyang 'told the TASS agency on Monday' (6 October): "
          "builders and deminers at work in the Kursk region"),
        C("11,000 to 13,000", None, "range", "in_russia", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): remain in Russia"),
        C("at least 1,500", 1500, "at_least", "near_front", "nato", "fri",
          "a NATO spokeswoman 'said on Friday' (3 October): gunners firing across the border"),
        C("as many as 25,000", 25000, "at_most", "planned", "united_states", "2025-10-01..pub",
          "the State Department 'in a statement early this month' (the 1st to publication), in "
          "quotes: 'may send … more' (increment, planned)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "lastweek",
          "state media 'Last week', in quotes: engineers welcomed home from Kursk (returnees, as "
          "in earlier sets: optional)", opt=True),
        C("closer to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "the ecologist 'thinks' (undated), in quotes: served in Russia in all ('closer to' as "
          "approx)"),
    ),
)

S10 = Source(
    article_id="s132_10_char_bulletin_inukjuak_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-08-13"),
    dated_by="html_meta", crlf=True,
    features="an Arctic char fishermen's co-operative bulletin from Inukjuak (Nunavik) in HTML, "
        "windows-1252 with CRLF (curly quotes, `–` and `·` raw), `<meta name=\"date\">` "
        "(Wednesday), a cookie note about the price list, a script, navigation, a footer; "
        "`<title>` and headline without a figure; the char run first; a refrigeration engineer "
        "from Zaporizhzhia relaying his brother near Sumy, \"By Dmytro's count … `fewer than a "
        "thousand`\" (at_most, number word), dated by 'Oleksandr said … on Monday evening'; "
        "Budanov 'told a Kyiv newspaper on Friday' `some 11,000` in Kursk; the NIS 'estimated "
        "in late July' `around 2,000` killed (day 21 to the month's end); the State Department "
        "'in a report to Congress this month' `more than 14,000`; Russian state television "
        "'last week' `1,000` deminers (russia, near the front); KCNA 'on Saturday' `dozens` of "
        "fallen (north_korea); the bulletin's own 'Adding up what Seoul and Kyiv say' "
        "`something like 15,000` ('something like' as approx, unattributed, required); boats, "
        "tonnes, pounds, dollars, per cent, population, ages, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Char Run Bulletin – Inukjuak Fishermen’s Co-operative</title>
<meta name="date" content="2025-08-13">
<script>var ifc={page:"bulletin",season:2025,freezer:"blast-2"};</script>
</head>
<body>
<div class="cookie">This site keeps one cookie so the price list opens in the language you chose \
last time. <button>OK</button></div>
<nav><a href="/">Home</a> · <a href="/bulletin">Bulletin</a> · <a href="/prices">Prices</a> · \
<a href="/members">Members</a> · <a href="/contact">Contact</a></nav>
<main>
<h1>The char are running</h1>
<p>The run up the Innuksuac began on 24 July, four days earlier than last year, and our 11 boats \
have brought in 6.2 tonnes of Arctic char so far. Members are paid $4.10 a pound at the plant, \
up 15 per cent on 2024, and smoked fillets go south on the Tuesday cargo flight. The new blast \
freezer holds 3,000 pounds and has not stopped once.</p>
<h2>The man who keeps the cold</h2>
<p>That freezer runs because of Oleksandr Savchuk, 44, a refrigeration engineer from \
Zaporizhzhia who came to Inukjuak with his wife and two daughters in 2023 and has kept every \
compressor in the plant alive since. His younger brother Dmytro flies drones with a Ukrainian \
brigade in the Sumy region.</p>
<p>“By Dmytro’s count there are [[fewer than a thousand]] Koreans across from his unit now, and \
they dig more than they shoot,” Oleksandr said as we waited for the boats on Monday evening.</p>
<h2>The bigger picture</h2>
<p>Ukraine’s military intelligence chief Kyrylo Budanov told a Kyiv newspaper on Friday \
that [[some 11,000]] North Koreans were still in the Kursk region. Seoul’s intelligence service \
estimated in late July that [[around 2,000]] had been killed since the deployment began. The US \
State Department, in a report to Congress this month, said [[more than 14,000]] had served in \
Russia in all. Russian state television reported last week that [[1,000]] mine-clearers from the \
North were back in the Kursk region for a second season, and KCNA said on Saturday that Kim \
Jong Un had given medals to the families of [[dozens]] of soldiers killed there.</p>
<p>Adding up what Seoul and Kyiv say, [[something like 15,000]] North Koreans have passed \
through Russia since last October – roughly eight times the population of Inukjuak.</p>
<h2>Notices</h2>
<p>The plant is closed on 18 August for its yearly inspection. Members who have not yet signed \
the 2025 quota sheet, please come by the office before the end of the month.</p>
</main>
<footer>Inukjuak Fishermen’s Co-operative · Inukjuak, Nunavik · +1 819 254 8812 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/prices.js"></script>
</body>
</html>
""",
    claims=(
        C("fewer than a thousand", 1000, "at_most", "near_front", "other", "mon",
          "an engineer relaying his brother, a drone pilot near Sumy (\"By Dmytro's count\"; the "
          "speaker quoted: other), dated by 'Oleksandr said … on Monday evening' (11 August): "
          "across from his unit ('fewer than' as at_most, number word)"),
        C("some 11,000", 11000, "approx", "near_front", "ukraine", "fri",
          "Budanov 'told a Kyiv newspaper on Friday' (8 August, Wednesday bulletin): still in "
          "the Kursk region"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "the NIS 'estimated in late July' (day 21 to the month's end): killed"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-08-01..pub",
          "the State Department 'in a report to Congress this month' (the 1st to publication): "
          "served in Russia in all"),
        C("1,000", 1000, "exact", "near_front", "russia", "lastweek",
          "Russian state television 'reported last week': mine-clearers back in the Kursk "
          "region for a second season"),
        C("dozens", None, "vague", "casualties", "north_korea", "sat",
          "KCNA 'said on Saturday' (9 August): families of soldiers killed there"),
        C("something like 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the bulletin's own 'Adding up what Seoul and Kyiv say' (no source: unattributed, "
          "required; 'something like' as approx)"),
    ),
)

S11 = Source(
    article_id="s132_11_camp_chronicle_letters_fox_bay",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-11-14"),
    dated_by="sidecar",
    sidecar=(
        "The Camp Chronicle",
        "https://www.campchronicle.example/letters/2025-11-14",
        "Letters: whose war, whose numbers",
    ),
    features="the letters page of a fortnightly Camp newsletter printed at Fox Bay (West "
        "Falkland) as plain text, UTF-8 with BOM (sidecar, Friday), curly quotes; a reader "
        "quoting her Ukrainian daughter-in-law's brother, a medic, who 'rang her last Sunday' "
        "`a couple of hundred` (vague, other, that Sunday); a reader answering the paper's own "
        "report 'of 31 October' `15,000` (unattributed, that day), then the NIS 'on 4 November' "
        "`about 5,000` builders and `roughly 10,000` 'others' near the border (not an "
        "increment) and HUR 'on Tuesday' `fewer than 10,000` in combat positions; a fisheries "
        "observer quoting his brother-in-law, a reserve officer, 'In a letter dated 2 November' "
        "`thirty thousand` (number words) and, relaying the South's army, 'expects' `up to "
        "5,000` 'additional' (increment, planned; both from 2 November to publication, other); "
        "a reader citing Russia's defence ministry 'this month' \"`thousands`\" of sappers and "
        "Rutte 'on Wednesday' `upwards of 2,000` dead ('upwards of' as at_least); the editor's "
        "note giving the `15,000` its source (the NIS in August); sheep, seasons, years, a "
        "postcode, a phone number",
    text="""\
THE CAMP CHRONICLE – LETTERS

Fortnightly for the settlements of East and West Falkland, printed at Fox Bay

Whose war is it?

Dear Editor, – My son’s wife, Halyna, comes from Poltava and has lived at Fox Bay for four \
years; she helps in the shearing shed and keeps the settlement garden going. Her brother Vitalii \
is a medic with a Ukrainian brigade on the Russian border. He rang her last Sunday and told her \
that [[a couple of hundred]] Koreans had come into the line opposite his post over the past \
month, and that the Russians now use them to carry shells forward under drone fire. I would ask \
readers who think all this is far away to remember that we, too, once waited for news of a war \
on the radio.

– Margaret Short, Fox Bay East

Your figure needs a source

Dear Editor, – Your report of 31 October gave the number of North Korean troops in Russia as \
[[15,000]] without saying whose number it was. Since then Seoul’s intelligence service has told \
its parliament, on 4 November, that [[about 5,000]] military builders have been working their way \
across Russia since the summer and that [[roughly 10,000]] others remain near the Ukrainian \
border. Kyiv’s military intelligence said on Tuesday that [[fewer than 10,000]] are now in combat \
positions. Figures travel fast; their sources should travel with them.

– D. A. Morrison, Hill Cove

From the squid grounds

Dear Editor, – I spent nine seasons as a fisheries observer on Korean jiggers in the Loligo box \
and now live with my wife at North Arm. In a letter dated 2 November, my brother-in-law in \
Incheon, a reserve officer, writes that the talk in his unit is of [[thirty thousand]] sent from \
the North altogether, “counting the ones who never came home”. He adds that the South’s own army \
expects Pyongyang to send [[up to 5,000]] additional engineers before the new year. I cannot \
judge whether he is right, but I trust him more than the television.

– Tom Ashworth, North Arm

A word for Moscow

Dear Editor, – The Russians at least do not hide their gratitude. Their defence ministry said \
this month that “[[thousands]]” of Korean sappers had cleared the fields of the Kursk region, \
and NATO’s Mark Rutte said in Brussels on Wednesday that [[upwards of 2,000]] of the North’s \
soldiers were dead. My 3,000 ewes have more say in this war than those young men.

– Ian Betts, Port Stephens

Editor’s note: the [[15,000]] in our report of 31 October was the figure Seoul’s intelligence \
service gave in August. We should have said so.

Letters to The Camp Chronicle, Fox Bay, West Falkland FIQQ 1ZZ. Telephone +500 42260. We \
shorten long letters.
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "sun",
          "a reader quoting her daughter-in-law's brother, a medic on the border ('He rang her "
          "last Sunday and told her' in a Friday paper: 9 November; the speaker quoted: other): "
          "in the line opposite his post ('a couple of hundred' as vague)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-10-31",
          "a reader citing the paper's own 'report of 31 October' ('without saying whose number "
          "it was': unattributed, required)"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'has told its parliament, on 4 November': builders working across Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing: '10,000 others remain near the … border' (the others: not an "
          "increment)"),
        C("fewer than 10,000", 10000, "at_most", "near_front", "ukraine", "tue",
          "HUR 'said on Tuesday' (11 November): in combat positions ('fewer than' as at_most)"),
        C("thirty thousand", 30000, "exact", "in_russia", "other", "2025-11-02..pub",
          "a reader quoting his brother-in-law, a reserve officer, 'In a letter dated 2 "
          "November … writes' (the letter's day to publication; the speaker quoted: other): sent "
          "altogether (number words)"),
        C("up to 5,000", 5000, "at_most", "planned", "other", "2025-11-02..pub",
          "same letter, 'He adds that the South's own army expects' (relayed by the relative: "
          "other): 'additional' engineers (increment, planned)", add=True),
        C("thousands", None, "vague", "near_front", "russia", "2025-11-01..pub",
          "Russia's defence ministry 'said this month' (the 1st to publication), in quotes: "
          "sappers who cleared the Kursk fields"),
        C("upwards of 2,000", 2000, "at_least", "casualties", "nato", "wed",
          "Rutte 'said in Brussels on Wednesday' (12 November): dead ('upwards of' as at_least)"),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-08-01..2025-08-31",
          "the editor's note: 'the figure Seoul's intelligence service gave in August' (the "
          "source restored: south_korea, the month)"),
    ),
)

S12 = Source(
    article_id="s132_12_raui_notes_titikaveka_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-05-16"),
    dated_by="sidecar",
    sidecar=(
        "Titikaveka Ra'ui Wardens",
        "https://www.titikavekaraui.example/notes/may-2025",
        "Ra'ui notes: clams, counts and Seoul's 15,000",
    ),
    features="a marine reserve (ra'ui) wardens' bulletin from Titikaveka on Rarotonga in "
        "Markdown, UTF-8, front matter without a date (sidecar, Friday) whose title repeats the "
        "headline figure (optional); the headline's `15,000` from the NIS at the end of April "
        "(21 April to publication); the clam count first; a clam counter from Jeju relaying her "
        "cousin, a major, 'In a message the week before last' `a few thousand` 'more' "
        "(increment, planned, other; 28 April to 4 May); 'At the end of April' the NIS 'put the "
        "North's dead at' `about 600` and, by ellipsis, `around 15,000` sent; 'a State "
        "Department briefing on 7 May' `14,000-plus` (at_least); HUR 'on Monday' `up to 3,000` "
        "'fresh troops' (increment, planned); Russia's defence ministry 'on Tuesday' \"the "
        "`thousands` of Korean comrades\" (russia, near the front); KCNA on 28 April without a "
        "figure; the scientist 'figures' the total 'will pass' `twenty thousand` (a verb like "
        "'exceed': at_least, number words, planned, `pub`); clams, shells, years, NZ dollars, "
        "ages, a phone number",
    text="""\
---
title: "Ra'ui notes: clams, counts and Seoul's [[15,000]]"
section: Wardens' bulletin
reserve: Titikaveka ra'ui
---

# Clams, counts and Seoul's [[15,000]]

The reef flat at Titikaveka has had a good autumn. At the April count our wardens logged 1,146 \
giant clams (pā'ua) inside the ra'ui markers, up from 870 two years ago, and trochus shells are \
back on the outer reef for the first time since 2019. The ra'ui stays closed to all harvesting \
until the end of 2026, by agreement of the landholding families.

## A clam counter from Jeju

Dr Ko Eun-bi, 35, from a marine institute in Jeju, spent three weeks with us measuring clams by \
torchlight. She has surveyed reefs from Palau to the Red Sea and says ours is "small, but very \
well loved".

Her cousin is a major at the defence ministry in Seoul. In a message the week before last, \
Eun-bi says, he told her that the North was training [[a few thousand]] more men for drone units, \
ready to go to Russia by the summer.

## The numbers

At the end of April Seoul's intelligence service put the North's dead at [[about 600]] and the \
number sent to Russia since October at [[around 15,000]]. Washington's figure, from a State \
Department briefing on 7 May, is [[14,000-plus]]. On Monday Kyiv's military intelligence sounded \
a warning: [[up to 3,000]] fresh troops were being readied in the North, and Russia's defence \
ministry, in a statement on Tuesday, thanked "the [[thousands]] of Korean comrades" who had \
fought in the Kursk region. North Korea's state news agency admitted on 28 April that its troops \
had fought there, but gave no number.

Eun-bi herself figures the total will pass [[twenty thousand]] before the end of the year. "The \
clams I can count. Those young men nobody will ever count properly," she said on the beach.

## Wardens' notes

- Wardens meet on the first Saturday of each month at 4 p.m. in the village hall.
- Taking clams inside the ra'ui carries a fine of up to NZ$500.
- Report poaching to the duty warden: +682 20 918
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-04-21..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-04-21..pub",
          "headline 'Seoul's': the NIS figure of the end of April below, hedge dropped (21 April "
          "to publication)"),
        C("a few thousand", None, "vague", "planned", "other", "2025-04-28..2025-05-04",
          "a scientist relaying her cousin, a major ('Eun-bi says, he told her'; the speaker "
          "quoted: other), 'In a message the week before last' (Monday to Sunday of that week): "
          "'more' being trained to go by summer (increment, planned)", add=True),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'At the end of April … put the North's dead at' (day 21 to the month's end)"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "same statement, by ellipsis ('and the number sent … at'): sent since October"),
        C("14,000-plus", 14000, "at_least", "in_russia", "united_states", "2025-05-07",
          "'from a State Department briefing on 7 May' ('-plus' as at_least)"),
        C("up to 3,000", 3000, "at_most", "planned", "ukraine", "mon",
          "HUR 'warned on Monday' (12 May, Friday bulletin): 'fresh troops' being readied "
          "(replacements: increment, planned)", add=True),
        C("thousands", None, "vague", "near_front", "russia", "tue",
          "Russia's defence ministry 'in a statement on Tuesday' (13 May), in quotes: comrades "
          "who fought in the Kursk region"),
        C("twenty thousand", 20000, "at_least", "planned", "other", "pub",
          "the scientist 'figures' (undated; 'she said on the beach'): the total 'will pass' by "
          "the end of the year (a verb like 'exceed', outside the span: at_least; number words; "
          "a forecast)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    S01, S02, S03, S04, S05, S06,
    S07, S08, S09, S10, S11, S12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
