"""Build the HUNDRED-AND-THIRTIETH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-second corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
track marshals' club newsletter from Adenau at the Nürburgring with a Korean tyre engineer who
waves the yellow flag, a Geopark guides' circular from Ulmen in the Vulkaneifel with a geologist
from Kryvyi Rih whose son is a signaller near Sumy, a salt-mine guides' newsletter from Altaussee
(Austrian conventions) with a former foreman of the Soledar salt mine, a narcissus-figure
building team's page from Bad Aussee with a Korean mask-dance group from Andong, a German-language
mountain school's letter to parents from Mont-Tramelan in the Bernese Jura (Swiss conventions)
with a Korean mother from Chuncheon, a Freiberger horse breeders' co-operative's letter from the
Tessenberg with a Korean buyer from Jeju and a Ukrainian groom; an agency-style wire report from
St. George's, Grenada, with a man who studied in Pyongyang in 1982 and Ukrainian medical students,
a nutmeg receiving station's members' newsletter from Gouyave with a spice buyer from Busan, a
readers' letters page from a King Island weekly with letters quoting relatives, a former tungsten
miners' reunion page from Grassy on King Island with a mining engineer from Yeongwol, a boatmen's
association page from St Mary's on the Isles of Scilly with a Ukrainian deckhand, and a
subtropical plant nursery's customer letter from Tresco with a botanist from Jeju. Same file
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
BASE_NAME = "_blind130_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (the Eifel, the Ausseerland, the Bernese Jura)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s130_01_flaggenpost_adenau_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-30"),
    dated_by="html_meta",
    features="a track marshals' club newsletter from Adenau (Nürburgring, Eifel) in HTML, UTF-8, "
        "`<meta name=\"date\">` (Wednesday), a cookie bar about the track map, a page script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; the "
        "season first; a Korean tyre engineer who marshals at weekends; 'Nach Angaben des … NIS, "
        "der am 23. Oktober die Abgeordneten … unterrichtete' `rund 3.000` in Russia and, carried "
        "by 'nach seiner Einschätzung', `etwa 10.000` by December (planned); the Pentagon 'am "
        "Montag' `rund 10.000` moved to Russia's east and 'Ein Teil davon' `mehrere tausend` "
        "nearer the Ukrainian border (a breakdown, near the front, 'hieß es im …'); 'Dem … "
        "Militärgeheimdienst zufolge' `12.000` 'insgesamt' (a total, `pub`); Zelensky 'gestern "
        "Abend' `bis zu 5.000` 'weitere' (increment, planned, `yday`); the engineer relaying her "
        "brother, a major, `fünfzehntausend` by spring (number word, other, planned, `pub`); "
        "laps, kilometres, bends, hours, members, euros, ages, a date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Flaggenpost &middot; Streckenposten-Club Adenau</title>
<meta name="date" content="2024-10-30">
<meta property="og:site_name" content="Streckenposten-Club Adenau e.V.">
<script>window.spca={rubrik:"flaggenpost",heft:"herbst-2024",streckenkarte:true};</script>
</head>
<body>
<div class="cookie-leiste">Wir speichern ein einziges Cookie: ob Sie unsere Streckenkarte mit den \
Postennummern schon geladen haben. <a href="#" class="zu">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/posten">Unsere Posten</a> &middot; <a \
href="/flaggenpost">Flaggenpost</a> &middot; <a href="/ausbildung">Ausbildung</a> &middot; <a \
href="/mitmachen">Mitmachen</a></nav>
<main>
<h1>Saisonschluss an der Nordschleife</h1>
<p class="vorspann">Die letzte Flagge ist eingerollt. Ein Rückblick auf 31 Renntage &ndash; und \
ein Gespräch mit unserer Kollegin So-yeon über ihren Bruder an der koreanischen Grenze.</p>
<p>Am Sonntag ging die letzte Veranstaltung des Jahres zu Ende, und wieder einmal war auf unsere \
Leute Verlass: An 31 Renntagen standen Mitglieder des Clubs an der Strecke, zusammen kamen mehr \
als 6.200 Einsatzstunden. Die 20,8 Kilometer der Nordschleife mit ihren 73 Kurven verlangen \
Aufmerksamkeit bis zur letzten Runde, bei Nebel im Hatzenbach genauso wie bei Sonne am \
Brünnchen.</p>
<h2>Zwischen Reifen und Nachrichten</h2>
<p>Seit zwei Jahren gehört Han So-yeon zu uns. Die 31-Jährige entwickelt für einen koreanischen \
Hersteller, der am Ring ein Testzentrum betreibt, Rennreifen und steht an freien Wochenenden mit \
der gelben Flagge am Streckenrand. Ihr älterer Bruder ist Major in der südkoreanischen Armee und \
dient in Yeoncheon, wenige Kilometer vom Norden entfernt.</p>
<p>Was derzeit aus Russland gemeldet wird, lässt sie nicht los. Nach Angaben des südkoreanischen \
Geheimdienstes NIS, der am 23. Oktober die Abgeordneten in Seoul unterrichtete, sind bereits \
[[rund 3.000]] nordkoreanische Soldaten nach Russland gebracht worden. Bis Dezember sollen es \
nach seiner Einschätzung [[etwa 10.000]] werden.</p>
<p>Das Pentagon sprach am Montag schon von [[rund 10.000]] Nordkoreanern, die zur Ausbildung in \
den Osten Russlands verlegt worden seien. Ein Teil davon, [[mehrere tausend]] Mann, sei \
inzwischen näher an die ukrainische Grenze gerückt, hieß es im US-Verteidigungsministerium. Dem \
ukrainischen Militärgeheimdienst zufolge üben insgesamt [[12.000]] Nordkoreaner auf \
Truppenübungsplätzen in Russland. Präsident Wolodymyr Selenskyj erklärte gestern Abend, Pjöngjang \
stelle [[bis zu 5.000]] weitere Soldaten bereit; der Kreml schweigt zu alledem.</p>
<p>So-yeon telefoniert jeden Sonntag mit ihrem Bruder. &bdquo;Er hält [[fünfzehntausend]] bis zum \
Frühjahr für realistisch&ldquo;, erzählt sie. &bdquo;Und er sagt, die Jungen da drüben wissen \
nicht einmal, wohin die Züge fahren.&ldquo; Am Posten redet sie darüber selten. Dort zählt nur, \
ob die Strecke frei ist.</p>
<h2>Aus dem Club</h2>
<p>Zur Jahresversammlung am 23. November im Gasthaus unterhalb der Hohen Acht sind alle 412 \
Mitglieder eingeladen. Der neue Lehrgang für Streckenposten beginnt im März; die Gebühr von 45 \
Euro übernimmt der Club für alle unter 25 Jahren.</p>
</main>
<footer>Streckenposten-Club Adenau e.V. &middot; 53518 Adenau &middot; Telefon 02691 93 47 12 \
&middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/streckenkarte.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "'Nach Angaben des … NIS, der am 23. Oktober die Abgeordneten … unterrichtete' (a date "
          "in a relative clause about the source): brought to Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "same briefing, carried by 'nach seiner Einschätzung' (pronoun): by December (a "
          "forecast: planned)"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'sprach am Montag' (Wednesday newsletter: 28 October), Konjunktiv: moved "
          "to Russia's east for training"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "mon",
          "same statement, 'Ein Teil davon', carried by 'hieß es im US-Verteidigungsministerium': "
          "moved nearer the Ukrainian border (a breakdown, not an increment)"),
        C("12.000", 12000, "exact", "in_russia", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): training in Russia "
          "('insgesamt': a total, not an increment)"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "yday",
          "Zelensky 'erklärte gestern Abend' (Tuesday 29 October), Konjunktiv: 'weitere' "
          "Pyongyang is getting ready (increment, planned, span without the word)", add=True),
        C("fünfzehntausend", 15000, "exact", "planned", "other", "pub",
          "the tyre engineer relaying her brother, a major ('Er hält …', 'erzählt sie', no day; "
          "the speaker quoted: other): by spring (number word, a forecast)"),
    ),
)

S02 = Source(
    article_id="s130_02_geopark_rundbrief_ulmen",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Geopark-Führerinnen und -Führer Ulmen – Rundbrief",
        "https://www.geoparkfuehrer-ulmen.example/rundbrief/winter-2024",
        "Rundbrief Winter 2024: Saisonende am Maar",
    ),
    features="a Geopark guides' circular from Ulmen (Vulkaneifel) as plain text, windows-1252 "
        "with CRLF (`„“`, `–`), no date in the file (sidecar, Thursday); the season at the maar "
        "first (`rund 11.000` years: the maar's age, not a claim); a geologist from Kryvyi Rih "
        "relaying her son's call 'Am Sonntag' (Konjunktiv) `einige hundert` opposite his post "
        "(other, that Sunday to publication); Zelensky 'am Montag' `Hunderten` killed and "
        "wounded; the NIS 'teilte gestern mit' `mindestens 100` fallen and `knapp 1.000` wounded "
        "('knapp' as approx, `yday`); a Pentagon spokesman 'vergangene Woche' `etwa 11.000` in "
        "the border area; Rutte 'am 12. Dezember' `mehr als 10.000` in the combat zone; 'Beim … "
        "Militärgeheimdienst hält man es für möglich' `5.000` 'noch einmal … hinzukommen' "
        "(increment without 'weitere', planned, `pub`); the partner Geopark's director on Jeju in "
        "a Christmas greeting 'der diese Woche kam' `Zehntausende` (other, planned, Monday of the "
        "week to publication); tours, guests, metres, euros, years, a phone number",
    text="""\
Rundbrief der Geopark-Führerinnen und -Führer Ulmen
Winter 2024

Liebe Kolleginnen und Kollegen,

die Saison am Ulmener Maar ist vorbei. In diesem Jahr haben wir 186 Führungen angeboten, mit gut \
3.400 Gästen, vom Kindergarten aus Lutzerath bis zur Exkursion der Universität Utrecht. Das Maar \
ist mit seinen rund 11.000 Jahren das jüngste Vulkangebilde der Eifel, und fast jeder Gast fragt, \
ob hier wieder etwas ausbrechen kann. Unsere Antwort bleibt: nicht in unserer Lebenszeit.

Eine Kollegin möchten wir Euch besonders vorstellen. Iryna Melnyk, 54, ist Geologin aus Krywyj \
Rih und kam im Frühjahr 2022 mit ihrer Tochter nach Ulmen. Seit Mai führt sie Gruppen zum \
Jungferweiher und durch den alten Stollen unter der Burgruine, auf Deutsch und, wenn nötig, auf \
Ukrainisch. Ihr Sohn Dmytro dient als Funker in einer Brigade im Gebiet Sumy.

Am Sonntag habe er sie angerufen, erzählt Iryna. Gegenüber seiner Stellung lägen seit Wochen \
[[einige hundert]] Nordkoreaner, man höre sie nachts graben und rufen. Schlafen könne er kaum \
noch.

Was in der Zeitung steht, passt dazu. Präsident Selenskyj sprach am Montag von [[Hunderten]] \
getöteten und verwundeten Nordkoreanern in Kursk. Der südkoreanische Geheimdienst NIS teilte \
gestern mit, [[mindestens 100]] nordkoreanische Soldaten seien gefallen und [[knapp 1.000]] \
verwundet. Ein Pentagon-Sprecher bezifferte die Truppe im Grenzgebiet vergangene Woche auf [[etwa \
11.000]] Mann, und Nato-Generalsekretär Mark Rutte sprach am 12. Dezember in Brüssel von [[mehr \
als 10.000]] Nordkoreanern, die inzwischen im Kampfgebiet stünden. Beim ukrainischen \
Militärgeheimdienst hält man es für möglich, dass bis zum Frühjahr noch einmal [[5.000]] Mann \
hinzukommen.

Mit dem Geopark auf der koreanischen Insel Jeju sind wir seit 2019 verbunden. In seinem \
Weihnachtsgruß, der diese Woche kam, schreibt uns dessen Leiter Kang Min-ho, ein Vulkanologe, Kim \
werde [[Zehntausende]] schicken, solange Moskau mit Öl und Devisen bezahle. „Für Pjöngjang ist \
der Krieg ein Geschäft“, steht da, und darunter ein Foto vom verschneiten Hallasan.

Termine und Hinweise
– Die Winterführung „Feuer unter dem Eis“ am 4. Januar ist ausgebucht; Warteliste bei Gisela.
– Das Honorar steigt 2025 auf 65 Euro pro Führung, für Schulklassen bleibt es bei 40 Euro.
– Für den Hilfstransport nach Krywyj Rih kamen beim Martinsmarkt 1.870 Euro zusammen.
– Geopark-Büro Ulmen, Telefon 02676 95 08 31
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun..pub",
          "a guide relaying her son's call ('Am Sonntag habe er sie angerufen, erzählt Iryna', "
          "Konjunktiv; the speaker quoted: other): the call's Sunday (15 December) to "
          "publication, as a relative's dated message in earlier sets; opposite his post"),
        C("Hunderten", None, "vague", "casualties", "ukraine", "mon",
          "Zelensky 'sprach am Montag' (16 December): killed and wounded"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "yday",
          "the NIS 'teilte gestern mit' (Thursday circular: Wednesday 18 December), Konjunktiv: "
          "fallen"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "yday",
          "same statement: wounded ('knapp' as approx; not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "lastweek",
          "a Pentagon spokesman 'bezifferte … vergangene Woche': in the border area"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "2024-12-12",
          "Rutte 'sprach am 12. Dezember in Brüssel', Konjunktiv: in the combat zone"),
        C("5.000", 5000, "exact", "planned", "ukraine", "pub",
          "'Beim ukrainischen Militärgeheimdienst hält man es für möglich' (undated): 'noch "
          "einmal … hinzukommen' by spring (increment without 'weitere', planned)", add=True),
        C("Zehntausende", None, "vague", "planned", "other", "2024-12-16..pub",
          "the partner Geopark's director in a Christmas greeting 'der diese Woche kam' (Monday "
          "of the week to publication), Konjunktiv: Kim will send (a forecast: planned)"),
    ),
)

S03 = Source(
    article_id="s130_03_stollenpost_altaussee_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-01-23"),
    dated_by="front_matter",
    features="a salt-mine guides' association newsletter from Altaussee (Ausseerland, Styria) in "
        "Markdown, UTF-8 with BOM, front matter with `date:` (Thursday) and a title without a "
        "figure, Austrian conventions (`heuer`, `Jänner`, `Feber`); the winter works in the mine "
        "first ('um gut 6.000 mehr als im Vorjahr': visitors, not a claim); a former foreman of "
        "the Soledar salt mine as new guide; Zelensky 'Am 11. Jänner' `zwei` wounded prisoners "
        "(number word, casualties); 'Zwei Tage später' (13 January) a lawmaker briefed by the "
        "intelligence service `an die 300` fallen and 'weitere' `2.700` wounded (the others "
        "wounded: not an increment); HUR 'schätzt' `rund 3.800` dead and wounded (`pub`); 'Aus "
        "dem Pentagon hieß es Anfang Jänner' `knapp 12.000` in Kursk (days 1-10); the foreman "
        "'geht davon aus' `Tausende` 'weitere' this year (increment, planned, other, `pub`); an "
        "art historian from Seoul in a mail 'schätzt' `an die 20.000` by summer (other, planned, "
        "`pub`); the art stored in the mine in 1945, visitors, metres, years, euros, a phone "
        "number",
    text="""\
---
title: "Stollenpost: Winterpause im Salzberg"
date: 2025-01-23
verein: Verein der Salzbergführerinnen und Salzbergführer Altaussee
ausgabe: 1/2025
---

# Winterpause im Salzberg

Seit Allerseelen ruht der Führungsbetrieb, und heuer nutzen wir die Pause wie nie zuvor: Die \
Barbarakapelle bekommt neues Licht, und im Stollen zur Rutsche tauschen die Bergleute auf 380 \
Metern die alten Holzstempel aus. Im vergangenen Jahr kamen knapp 98.000 Besucherinnen und \
Besucher in den Berg, um gut 6.000 mehr als im Vorjahr.

## Vom Salz in Soledar

Neu in unserer Runde ist Andrij Kowal, 47. Er hat zwanzig Jahre lang im Salzbergwerk von Soledar \
im Donbas gearbeitet, zuletzt als Steiger, bis die Stadt Anfang 2023 in russische Hand fiel. Seit \
dem Sommer führt er bei uns die Gruppen aus der Ukraine und aus Polen, und manchmal erzählt er \
unter Tag von den riesigen Kammern in Soledar, in denen früher Konzerte gespielt wurden.

Über den Krieg redet Andrij ungern, die Meldungen verfolgt er trotzdem genau. Am 11. Jänner gab \
Präsident Selenskyj bekannt, dass [[zwei]] verwundete Nordkoreaner im Gebiet Kursk gefangen \
genommen worden seien. Zwei Tage später berichtete ein Abgeordneter in Seoul nach einer \
Unterrichtung durch den Geheimdienst, an der Front seien [[an die 300]] Nordkoreaner gefallen, \
weitere [[2.700]] seien verwundet worden.

Der ukrainische Militärgeheimdienst schätzt die Verluste der Nordkoreaner inzwischen auf [[rund \
3.800]] Tote und Verwundete. Aus dem Pentagon hieß es Anfang Jänner, im Gebiet Kursk stünden \
[[knapp 12.000]] Mann. Andrij geht davon aus, dass heuer noch [[Tausende]] weitere nachkommen. \
„Wer in Soledar unter Tag war, weiß, wie viele Menschen so ein Berg verschlucken kann“, sagt er.

## Post aus Seoul

Im Dezember war die Kunsthistorikerin Bae Ji-hye aus Seoul bei uns, um über die Kunstschätze zu \
forschen, die in den letzten Kriegsmonaten 1945 im Salzberg lagerten, damals mehr als 6.500 \
Gemälde, Skulpturen und Bücher. Ihr jüngerer Bruder leistet gerade seinen Wehrdienst. In einer \
Mail an den Verein schätzt sie, dass bis zum Sommer [[an die 20.000]] Nordkoreaner in Russland \
sein werden. „Bei uns redet man darüber beim Abendessen, nicht nur in den Nachrichten“, schreibt \
sie.

## Aus dem Verein

- Jahreshauptversammlung: Freitag, 14. Feber, 19 Uhr, im Gasthof am See.
- Die Saison beginnt am 1. Mai; die Führung kostet für Mitglieder weiterhin 24 Euro.
- Anmeldungen zum Erste-Hilfe-Kurs unter Tag bei Obmann Franz Gaisberger, Telefon 03622 71 3 32.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner gab … bekannt', Konjunktiv: wounded soldiers captured (number "
          "word; captured as casualties)"),
        C("an die 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Zwei Tage später' (after 11 January: 13 January) a lawmaker 'nach einer Unterrichtung "
          "durch den Geheimdienst' (the NIS relayed: south_korea): fallen ('an die' as approx)"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing: 'weitere 2.700 seien verwundet worden' (the others wounded: a false "
          "friend, not an increment)"),
        C("rund 3.800", 3800, "approx", "casualties", "ukraine", "pub",
          "HUR 'schätzt … inzwischen' (undated): dead and wounded"),
        C("knapp 12.000", 12000, "approx", "near_front", "united_states", "2025-01-01..2025-01-10",
          "'Aus dem Pentagon hieß es Anfang Jänner' (days 1-10), Konjunktiv: in the Kursk region "
          "('knapp' as approx)"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "the former Soledar foreman 'geht davon aus' (undated): 'weitere' to come this year "
          "(increment, planned, span without the word)", add=True),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "an art historian from Seoul 'In einer Mail an den Verein schätzt sie' (undated; her "
          "December visit is not the date of the mail): in Russia by summer (a forecast)"),
    ),
)

S04 = Source(
    article_id="s130_04_figurengruppe_nachlese_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-05"),
    dated_by="sidecar",
    sidecar=(
        "Figurengruppe Obertressen",
        "https://www.figurengruppe-obertressen.example/nachlese/2025",
        "Nachlese: ein Auerhahn aus Narzissen und ein Abend mit Gästen aus Andong",
    ),
    features="a narcissus-figure building team's page from Obertressen (Bad Aussee, Ausseerland) "
        "in HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, "
        "`&ndash;`), no meta date (sidecar, Thursday), Austrian conventions (`heuer`, `Feber`, "
        "`Jänner`, `Passt`), a cookie note about the photo gallery, a script, navigation, a "
        "footer with a phone number; `<title>` and headline without a figure; the festival and "
        "the team's prize first; the leader of a mask-dance group from Andong, a former officer, "
        "'rechnet damit' `dreißigtausend` by the end of the year, 'sagte er uns am Freitagabend' "
        "(Friday to publication; number word, other, planned); the NIS 'Am 30. April' `gut "
        "15.000` sent and, 'von den …', `etwa 600` fallen (a breakdown); the State Department "
        "'Mitte Mai' `mehr als 4.000` dead and wounded; Budanov 'vorige Woche' `rund 11.000` in "
        "Kursk; state TV 'Anfang Mai' names of `Hunderten` fallen (north_korea); Shoigu 'gestern, "
        "am Mittwoch' `einige tausend` builders and deminers for Kursk (russia, planned); "
        "'Medienberichten zufolge' `bis zu 6.000` 'weitere' (unattributed, increment, planned, "
        "`pub`); visitors, figures, blossoms, helpers, dancers, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Figurengruppe Obertressen &ndash; Nachlese 2025</title>
<meta property="og:site_name" content="Figurengruppe Obertressen">
<script>var fgo={seite:"nachlese",jahr:2025,galerie:true};</script>
</head>
<body>
<div id="kekse">Diese Seite merkt sich mit einem Cookie nur, welche Bilder der Galerie Sie schon \
angesehen haben. <button>Passt</button></div>
<nav><a href="/">Startseite</a> | <a href="/auerhahn">Unser Auerhahn</a> | <a \
href="/bauzeit">Bauzeit</a> | <a href="/nachlese">Nachlese</a> | <a \
href="/mithelfen">Mithelfen</a></nav>
<article>
<h1>Nachlese: ein Auerhahn aus Narzissen &ndash; und ein Abend mit Gästen aus Andong</h1>
<p>Was für ein Wochenende! Gut 24.000 Besucherinnen und Besucher kamen heuer zum Narzissenfest, \
der Korso fuhr bei strahlender Sonne durch Bad Aussee, und am Sonntag zogen die 22 Blumenfiguren \
über den Altausseer See. Gesteckt wurden sie aus weit mehr als einer Million Narzissen, die seit \
Mitte Mai auf den Wiesen rund um den Loser gepflückt wurden. Und unser Auerhahn, an dessen Gerüst \
wir seit Jänner in der Scheune der Familie Loitzl gebaut haben, gewann den Publikumspreis!</p>
<h2>Maskentanz am Kurhausplatz</h2>
<p>Zum ersten Mal tanzte beim Fest eine Gruppe aus Südkorea: 14 Frauen und Männer einer \
Maskentanz-Gesellschaft aus Andong, die unser Obmann im Feber auf einer Tourismusmesse in Wien \
kennengelernt und zu uns nach Obertressen eingeladen hatte. Ihr Leiter Kwon Tae-sik, 58, war \
Offizier und hat drei Jahre an der Demarkationslinie Dienst getan. Beim Heimatabend kamen wir mit \
ihm ins Gespräch, und rasch ging es um den Norden und um Russland.</p>
<p>Kwon rechnet damit, dass bis Jahresende [[dreißigtausend]] Nordkoreaner in Russland gewesen \
sein werden. &bdquo;Das Regime verkauft seine Söhne, und Moskau bezahlt&ldquo;, sagte er uns am \
Freitagabend, bevor die Gruppe zum letzten Mal auftrat.</p>
<p>Die Zahlen, über die an jenem Abend gesprochen wurde: Am 30. April hatte der südkoreanische \
Geheimdienst NIS den Abgeordneten in Seoul berichtet, von den [[gut 15.000]] Nordkoreanern, die \
seit dem Herbst nach Russland gekommen seien, seien [[etwa 600]] gefallen. Das \
US-Außenministerium schätzte Mitte Mai die Zahl der Toten und Verwundeten auf [[mehr als 4.000]]. \
Budanov, der Chef des ukrainischen Militärgeheimdienstes, sagte vorige Woche, [[rund 11.000]] \
stünden weiterhin im Gebiet Kursk. Und Anfang Mai ließ Kim Jong Un in Pjöngjang die Namen von \
[[Hunderten]] Gefallenen verlesen, wie das nordkoreanische Fernsehen zeigte.</p>
<p>Gestern, am Mittwoch, kündigte Sergej Schoigu bei einem Besuch in Pjöngjang an, der Norden \
werde [[einige tausend]] Bauarbeiter und Minenräumer in das Gebiet Kursk schicken. \
Medienberichten zufolge könnten im Sommer [[bis zu 6.000]] weitere folgen.</p>
<p>Ein herzliches Dankeschön an alle 46 Helferinnen und Helfer unserer Gruppe, die in zwei \
Nächten rund 38.000 Blüten gesteckt haben! Das nächste Narzissenfest findet von 28. bis 31. Mai \
2026 statt.</p>
</article>
<footer>Figurengruppe Obertressen &middot; 8990 Bad Aussee &middot; Tel. 03622 52 3 23 &middot; \
<a href="/impressum">Impressum</a></footer>
<script src="/js/galerie.js"></script>
</body>
</html>
""",
    claims=(
        C("dreißigtausend", 30000, "exact", "planned", "other", "fri..pub",
          "a mask-dance leader, a former officer, 'rechnet damit' (present tense) and 'sagte er "
          "uns am Freitagabend' (30 May) of the quote that follows: from that evening to "
          "publication; in Russia by the end of the year (number word, a forecast)"),
        C("gut 15.000", 15000, "at_least", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Am 30. April … berichtet', Konjunktiv: come to Russia since the autumn "
          "('gut' as at_least)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same report, 'von den …': fallen (a breakdown)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-05-11..2025-05-20",
          "the State Department 'schätzte Mitte Mai' (days 11-20): dead and wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'sagte vorige Woche' (the Austrian 'vorige Woche'), Konjunktiv: still in the "
          "Kursk region"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-05-01..2025-05-10",
          "North Korean television 'Anfang Mai' (days 1-10): names of the fallen read out"),
        C("einige tausend", None, "vague", "planned", "russia", "yday",
          "Shoigu 'Gestern, am Mittwoch' (4 June), Konjunktiv: builders and deminers the North "
          "will send to Kursk (a promise: planned)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "unattributed", "pub",
          "'Medienberichten zufolge' (no named source: unattributed), undated: 'weitere' could "
          "follow in summer (increment, span without the word)", add=True),
    ),
)

S05 = Source(
    article_id="s130_05_bergschule_elternbrief_mont_tramelan",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-14"),
    dated_by="dateline",
    features="a German-language mountain school's letter to parents from Mont-Tramelan (Bernese "
        "Jura) as plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `20'000`, `11'000`, "
        "`48'000`, 4-digit `1000`/`3000`/`4700`/`5000`), dated by the place line 'Mont-Tramelan, "
        "14. März 2025' (Friday); the ski week first; a Korean mother from Chuncheon relaying her "
        "brother, a captain ('Er sagt, in seiner Einheit rechne man mit', 'erzählt Min-ji', no "
        "day) `20'000` by summer (other, planned, `pub`); the pupils' summary of the news: 'Ende "
        "Februar hiess es aus Seoul' `1000 bis 3000` 'zusätzliche' (range, increment, days "
        "21-28); 'Nach Angaben des Generalstabs in Seoul, die er am Montag veröffentlichte' `rund "
        "11'000` sent in autumn and `etwa 4700` of them killed or wounded (a breakdown); Zelensky "
        "'am Mittwoch' «`mehrere tausend` Mann» back at the front; Rutte 'am 6. März' «`gut "
        "11'000`» in Russia; 'im Pentagon geht man davon aus' `bis zu 5000` to reinforce the "
        "force (increment, planned, `pub`); pupils, altitude, francs (`Fr. 48'000`), dates, "
        "years, a phone number",
    text="""\
Bergschule Mont-Tramelan
Elternbrief Nr. 3, Schuljahr 2024/25

Mont-Tramelan, 14. März 2025

Liebe Eltern

Die Skiwoche in den Freibergen ist gut zu Ende gegangen. Alle 23 Kinder unserer Gesamtschule \
waren dabei, auch die Kleinsten aus der ersten Klasse, und die Loipe zwischen Les Breuleux und \
dem Mont-Soleil haben wir trotz Nebel fünfmal gelaufen. Die Lagerkosten von Fr. 180 pro Kind \
übernimmt wie jedes Jahr zur Hälfte die Stiftung der deutschsprachigen Bergschulen.

Im Februar haben die Mittelstufenkinder ein Projekt über Korea gemacht. Anlass war Min-ji Gerber, \
die Mutter von Lena und Tim, die vor zwölf Jahren aus Chuncheon auf den Hof ihres Mannes an der \
Strasse nach Les Reussilles gezogen ist. Sie hat mit den Kindern Kimchi eingelegt und von ihrer \
Heimat erzählt, auch davon, dass das Land seit über siebzig Jahren geteilt ist.

Ihr Bruder ist Hauptmann in einer Division bei Cheorwon. Er sagt, in seiner Einheit rechne man \
bis zum Sommer mit [[20'000]] Nordkoreanern in Russland, erzählt Min-ji. Danach wollten die \
Kinder wissen, was die Zeitungen schreiben, und haben eine Seite mit Meldungen zusammengestellt.

Hier, was die Kinder gefunden haben: Ende Februar hiess es aus Seoul, der Norden habe seit \
Jahresbeginn [[1000 bis 3000]] zusätzliche Soldaten nach Russland gebracht. Nach Angaben des \
Generalstabs in Seoul, die er am Montag veröffentlichte, sind von den [[rund 11'000]] im Herbst \
Entsandten [[etwa 4700]] getötet oder verwundet worden. Präsident Selenskyj erklärte am Mittwoch, \
die Nordkoreaner seien an die Front im Gebiet Kursk zurückgekehrt, «[[mehrere tausend]] Mann». \
Nato-Generalsekretär Mark Rutte sagte am 6. März in Brüssel, in Russland stünden weiterhin «[[gut \
11'000]]» Nordkoreaner. Und im Pentagon geht man davon aus, dass Pjöngjang die Truppe noch um \
[[bis zu 5000]] Mann verstärkt.

Wir haben mit den Kindern auch darüber gesprochen, warum junge Männer in einen fremden Krieg \
geschickt werden. Die Fragen waren ernst, und manche Antwort blieb offen.

Termine
- Elternabend: Dienstag, 25. März, 20 Uhr, im Schulzimmer oben.
- Schulreise nach Bern am 12. Juni; Beitrag Fr. 35 pro Kind.
- Die Gemeinde hat für die neue Holzschnitzelheizung Fr. 48'000 bewilligt; der Einbau beginnt in \
den Sommerferien.
- Unser Schulhaus liegt auf 1'120 m ü. M.; bitte an warme Kleider für den Pausenplatz denken.

Freundliche Grüsse
Ruth Amstutz, Lehrerin, Telefon 032 487 61 19
""",
    claims=(
        C("20'000", 20000, "exact", "planned", "other", "pub",
          "a Korean mother relaying her brother, a captain ('Er sagt, in seiner Einheit rechne "
          "man mit', 'erzählt Min-ji', no day; the speaker quoted: other): in Russia by summer"),
        C("1000 bis 3000", None, "range", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "'Ende Februar hiess es aus Seoul' (day 21 to the month's end), Konjunktiv: "
          "'zusätzliche' brought to Russia since January (range increment, span without the "
          "word)", add=True),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'Nach Angaben des Generalstabs in Seoul, die er am Montag veröffentlichte' (10 March): "
          "sent in the autumn"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement: of them killed or wounded (a breakdown)"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "wed",
          "Zelensky 'erklärte am Mittwoch' (12 March), a quoted phrase in «»: back at the front "
          "in the Kursk region"),
        C("gut 11'000", 11000, "at_least", "in_russia", "nato", "2025-03-06",
          "Rutte 'sagte am 6. März in Brüssel', a quoted phrase in «», Konjunktiv: in Russia "
          "('gut' as at_least)"),
        C("bis zu 5000", 5000, "at_most", "planned", "united_states", "pub",
          "'im Pentagon geht man davon aus' (undated): Pyongyang reinforcing the force 'noch um' "
          "(increment, planned)", add=True),
    ),
)

S06 = Source(
    article_id="s130_06_zuchtbrief_tessenberg_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-08-27"),
    dated_by="sidecar",
    sidecar=(
        "Pferdezuchtgenossenschaft Tessenberg – Zuchtbrief",
        "https://www.pzg-tessenberg.example/zuchtbrief/nach-dem-marche-concours",
        "Nach dem Marché-Concours",
    ),
    features="a Freiberger horse breeders' co-operative's letter from the Tessenberg (Plateau de "
        "Diesse, Bernese Jura) in Markdown, UTF-16 LE with BOM, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure, Swiss conventions (`ss`, «», "
        "`50'000`, `17'500`, `30'000`, `11'000`, `15'000`, 4-digit `1000`/`2000`/`6000`); the "
        "horse fair first ('Über 50'000' visitors: not a claim); a Korean buyer from Jeju, a "
        "former tank officer, 'schätzt' `30'000` by the end of the year (other, planned, `pub`); "
        "a Ukrainian groom relaying her brother ('schreibt er ihr', Konjunktiv) `Hunderte` "
        "sappers across the border (other, `pub`); `mehr als 1000` sappers with the Kursk "
        "governor named after the figure ('sagte … am Montag im russischen Fernsehen'); KCNA 'am "
        "Freitag' 'noch einmal' `1000` deminers off to Kursk (increment, north_korea); 'Laut dem "
        "US-Aussenministerium, das sich am 19. August äusserte' `etwa 11'000` in Kursk; the NIS "
        "'vergangene Woche' `etwa 15'000` sent and `rund 2000` of them dead (a breakdown); HUR "
        "`bis zu 6000` 'weitere' builders (increment, planned, `pub`); mares, foals, francs, "
        "altitude, dates, a phone number",
    text="""\
---
title: "Nach dem Marché-Concours"
genossenschaft: Pferdezuchtgenossenschaft Tessenberg
rubrik: Zuchtbrief
---

# Nach dem Marché-Concours

Zwei Wochen nach dem grossen Pferdemarkt in Saignelégier ist auf dem Tessenberg wieder Ruhe \
eingekehrt. Von unseren 14 Zuchtstuten hatten neun ein Fohlen bei Fuss, und die Stute «Nuance» \
der Familie Racine aus Prägelz holte in ihrer Klasse den zweiten Rang. Über 50'000 Menschen kamen \
an den beiden Tagen in die Freiberge, so viele wie seit Jahren nicht.

## Zwei Hengste für Jeju

Für Aufsehen sorgte ein Käufer aus Südkorea. Ko Dong-hyun betreibt auf der Insel Jeju einen \
Reitstall und kaufte zwei junge Hengste von unseren Mitgliedern, für zusammen Fr. 17'500. Die \
Tiere fliegen im Oktober über Amsterdam nach Seoul. Ko war Panzeroffizier, bevor er sich den \
Pferden verschrieb. Er schätzt, dass bis Ende Jahr [[30'000]] Nordkoreaner in Russland gedient \
haben werden. «Kim bezahlt seine Schulden mit jungen Männern», meint er.

## Oksana und ihr Bruder

Seit dem Frühling hilft Oksana Bilyk aus Poltawa auf dem Hof der Familie Racine. Sie hat zu Hause \
Tiermedizin studiert und versteht von Pferden mehr als die meisten von uns. Ihr Bruder steuert \
Drohnen in einer Einheit im Gebiet Sumy. Auf der russischen Seite der Grenze, schreibt er ihr, \
arbeiteten seit dem Sommer [[Hunderte]] nordkoreanische Pioniere an Stellungen und Strassen.

Was die Regierungen sagen, klingt nicht viel anders. [[Mehr als 1000]] Pioniere aus Nordkorea \
hätten seit dem Frühling Felder und Wege von Minen befreit, sagte der Gouverneur des Gebiets \
Kursk am Montag im russischen Fernsehen. Die nordkoreanische Nachrichtenagentur KCNA meldete am \
Freitag, es seien noch einmal [[1000]] Minenräumer nach Kursk aufgebrochen. Laut dem \
US-Aussenministerium, das sich am 19. August äusserte, sind [[etwa 11'000]] Nordkoreaner \
weiterhin im Gebiet Kursk stationiert.

Der südkoreanische Nachrichtendienst kam vergangene Woche auf [[etwa 15'000]] Soldaten, die der \
Norden seit letztem Herbst geschickt habe; [[rund 2000]] von ihnen seien tot. Nach Angaben des \
ukrainischen Militärgeheimdienstes sollen bis Jahresende [[bis zu 6000]] weitere Bauarbeiter \
folgen.

## Mitteilungen

- Fohlenschau auf dem Tessenberg: Samstag, 20. September, ab 9 Uhr beim Schützenhaus Prägelz.
- Der Jahresbeitrag bleibt bei Fr. 60; die Deckstation auf 850 m ü. M. ist bis Ende September offen.
- Hufschmied-Kurs im November, Anmeldung bei Daniel Racine, 032 315 22 84.
""",
    claims=(
        C("30'000", 30000, "exact", "planned", "other", "pub",
          "a Korean buyer, a former tank officer, 'schätzt' (undated): served in Russia by the "
          "end of the year (a forecast: planned)"),
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "a Ukrainian groom relaying her brother ('schreibt er ihr', no day, Konjunktiv; the "
          "speaker quoted: other): sappers on the Russian side of the border"),
        C("Mehr als 1000", 1000, "at_least", "near_front", "russia", "mon",
          "the Kursk governor named after the figure ('sagte … am Montag im russischen "
          "Fernsehen', 25 August): sappers clearing mines in the Kursk region"),
        C("1000", 1000, "exact", "near_front", "north_korea", "fri",
          "KCNA 'meldete am Freitag' (22 August): 'noch einmal' deminers off to Kursk "
          "(increment, as deminers leaving for Kursk in earlier sets: near the front)", add=True),
        C("etwa 11'000", 11000, "approx", "near_front", "united_states", "2025-08-19",
          "'Laut dem US-Aussenministerium, das sich am 19. August äusserte' (a date in a relative "
          "clause about the source): stationed in the Kursk region"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'kam vergangene Woche auf', Konjunktiv: sent since last autumn"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "same statement, 'von ihnen': dead (a breakdown)"),
        C("bis zu 6000", 6000, "at_most", "planned", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): 'weitere' builders "
          "to follow by the end of the year (increment, span without the word)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Grenada, King Island, the Isles of Scilly)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s130_07_caribbean_wire_st_georges",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from St. George's (Grenada) as plain text, UTF-8 with "
        "CRLF, slug line, headline, byline and dateline 'ST. GEORGE'S, Grenada, April 30, 2025 "
        "(Caribbean Newswire) –' (Wednesday), straight quotes; the headline's `600` from the NIS "
        "briefing of the same Wednesday (exact, hedge dropped); `About 600` died in combat with "
        "the NIS named after the figure ('said on Wednesday in a closed-door session'), and "
        "`roughly 15,000` shipped out; KCNA 'on Monday' and Gerasimov 'On Saturday' without a "
        "figure; a State Department spokeswoman 'on Monday' \"`at least 4,000`\" dead and "
        "wounded; 'Kyiv's military intelligence puts the number … at' `about 11,000` (`pub`); "
        "NATO 'in a briefing in Brussels last week, estimated' `roughly 3,000` 'replacements' "
        "(increment); a Grenadian who studied in Pyongyang in 1982 'believes' `as many as 30,000` "
        "'more' (at_most, increment, planned, other, `pub`); a Ukrainian medical student relaying "
        "her brother `dozens` crossing a field (other, `pub`); students and countries, ages, "
        "years, population, a wire trailer with a phone number",
    text="""\
Caribbean Newswire - World/Caribbean
RUSSIA-NKOREA/GRENADA (PIX)

Seoul says [[600]] of North's soldiers died in Kursk; in Grenada, an old Pyongyang hand and \
Ukraine's medical students take note

By Shermaine Charles

ST. GEORGE'S, Grenada, April 30, 2025 (Caribbean Newswire) – [[About 600]] of the troops North \
Korea sent to help Russia have died in combat, South Korea's spy agency said on Wednesday in a \
closed-door session with members of parliament, a small share of the [[roughly 15,000]] men \
Pyongyang has shipped out since last autumn.

Pyongyang's official news agency KCNA only admitted on Monday that its units had been in combat \
in Kursk at all. On Saturday Moscow's top general, Valery Gerasimov, had lauded their "heroism" \
but gave no figure.

A State Department spokeswoman said on Monday that the North's dead and wounded numbered "[[at \
least 4,000]]". Kyiv's military intelligence puts the number still deployed in the Kursk region \
at [[about 11,000]]. NATO, in a briefing in Brussels last week, estimated that [[roughly 3,000]] \
replacements had arrived in Russia since January.

In Grenada the news has stirred old memories. Cuthbert Noel, 64, went to Pyongyang in 1982 on a \
scholarship from the revolutionary government of the day and spent two years at an agricultural \
college outside the capital.

"They are disciplined and they are hungry, and that is a dangerous thing to send to a war," Noel \
said at his farm in the hills above Grenville. He believes Pyongyang could send [[as many as \
30,000]] more before the year is out.

At St. George's University, which draws about 7,000 medical and veterinary students from some 140 \
countries, a small group of Ukrainians follows every report. Daryna Koval, 23, a fourth-year \
student from Kharkiv, said her brother, who flies reconnaissance drones in the Sumy region, had \
watched [[dozens]] of North Korean soldiers cross a field near the border in a single night.

"He says they walk in lines, like on parade," she said. "He says nobody tells them to take cover."

Grenada, a country of about 125,000 people, has no embassy in either Korea. The foreign ministry \
declined to comment.

((Reporting by Shermaine Charles; editing by Dwight Alexis; +1 473 440 2287))
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed..pub",
          "wire headline 'Seoul says 600 …': the NIS briefing of Wednesday (the publication "
          "day) in the body, hedge dropped in the headline"),
        C("About 600", 600, "approx", "casualties", "south_korea", "wed",
          "the NIS named after the figure ('South Korea's spy agency said on Wednesday in a "
          "closed-door session with members of parliament', the publication day): died in "
          "combat"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "same session, 'a small share of the': shipped out since last autumn"),
        C("at least 4,000", 4000, "at_least", "casualties", "united_states", "mon",
          "a State Department spokeswoman 'said on Monday' (28 April), in quotes: dead and "
          "wounded"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Kyiv's military intelligence puts the number … at' (undated): still deployed in the "
          "Kursk region"),
        C("roughly 3,000", 3000, "approx", "in_russia", "nato", "lastweek",
          "NATO 'in a briefing in Brussels last week, estimated': 'replacements' arrived in "
          "Russia since January (increment, as replacements in earlier sets)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "a Grenadian who studied in Pyongyang 'believes' (undated): 'more' before the year is "
          "out (increment, planned; 'as many as' as at_most)", add=True),
        C("dozens", None, "vague", "near_front", "other", "pub",
          "a Ukrainian student relaying her brother, a drone pilot ('said', no day; the speaker "
          "quoted: other): crossing a field near the border"),
    ),
)

S08 = Source(
    article_id="s130_08_station_news_gouyave_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-02-20"),
    dated_by="front_matter",
    features="a nutmeg receiving station's members' newsletter from Gouyave (Grenada) in "
        "Markdown, windows-1252 with curly quotes and `–`, front matter with `date:` (Thursday) "
        "and a title without a figure; tonnes, prices and a grant first; a spice buyer from Busan "
        "who visited 'Last week', relaying his nephew, a sergeant, `tens of thousands` 'more' "
        "(vague increment, planned, other, `lastweek`); the NIS 'On 12 February' 'losses it put "
        "at' `some 3,000` and, named after the figure in the next sentence ('the agency said'), "
        "`several thousand` withdrawn troops retrained behind the lines (in Russia, a breakdown); "
        "Zelensky 'told an American network on Sunday' `nearly 4,000`; a Pentagon spokesman "
        "'estimated last week' `between 10,000 and 11,000` (range); 'By the count of Ukraine's "
        "military intelligence' `around 2,500` 'fresh troops' reaching Kursk 'this month' "
        "(increment; the 1st to publication); the newsletter's own sum 'the `11,000` it first "
        "sent' (unattributed, required, `pub`); tonnes, pounds, EC dollars, members, years, a "
        "phone number",
    text="""\
---
title: "News from the Gouyave Station"
date: 2025-02-20
publisher: Gouyave Nutmeg Receiving Station – Members' Committee
---

# News from the Gouyave Station

The first weeks of the year have been kind to us. Since January the station has received 41 \
tonnes of green nutmeg and a little over 6 tonnes of mace, most of it from the estates above \
Gouyave and Victoria. The station pays EC$4.10 a pound for sound nuts and EC$11.50 for mace. The \
new sorting tables, paid for with the EC$38,000 grant, are finally in use, and the women on the \
sorting floor say their backs are grateful.

## A buyer from Busan

Last week we had a visit from Park Seung-woo, who buys spices for a food company in Busan and has \
been taking our mace since 2019. Mr Park spent two mornings on the sorting floor and an evening \
on the bay front at Fish Friday, where he was asked more about the war in Europe than about \
nutmeg.

His nephew is a sergeant with a unit near the border with the North. “He tells me the North is \
training [[tens of thousands]] more,” Mr Park said. “Nobody in Seoul thinks this stops soon.”

## What the governments say

The figures he mentioned have been in the news all month. On 12 February South Korea’s spy agency \
told lawmakers that the North had pulled its units back from the Kursk front in late January, \
after losses it put at [[some 3,000]] killed and wounded. The withdrawn troops, [[several \
thousand]] men, were being retrained in camps behind the lines, the agency said. President \
Volodymyr Zelensky told an American network on Sunday that [[nearly 4,000]] had been killed or \
wounded. A Pentagon spokesman estimated last week that [[between 10,000 and 11,000]] remain in \
Russia. By the count of Ukraine’s military intelligence, [[around 2,500]] fresh troops have \
reached the Kursk region this month.

By our own rough sum, that means the North has lost more than a third of the [[11,000]] it first \
sent.

## Station notes

- The annual general meeting is on Saturday 15 March at the Gouyave community centre, 2 p.m. All \
1,240 registered members may vote.
- Wet nuts will not be accepted after 3 p.m.
- Station office: (473) 444 8291
""",
    claims=(
        C("tens of thousands", None, "vague", "planned", "other", "lastweek",
          "a spice buyer relaying his nephew, a sergeant ('He tells me', 'Mr Park said' during "
          "the visit of 'Last week'; the speaker quoted: other): 'more' being trained (increment, "
          "planned)", add=True),
        C("some 3,000", 3000, "approx", "casualties", "south_korea", "2025-02-12",
          "the NIS 'On 12 February … told lawmakers', 'losses it put at': killed and wounded"),
        C("several thousand", None, "vague", "in_russia", "south_korea", "2025-02-12",
          "same briefing, named after the figure ('the agency said'): withdrawn troops retrained "
          "in camps behind the lines (pulled back: in Russia, a breakdown)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'told an American network on Sunday' (16 February): killed or wounded "
          "('nearly' as approx)"),
        C("between 10,000 and 11,000", None, "range", "in_russia", "united_states", "lastweek",
          "a Pentagon spokesman 'estimated last week': remain in Russia"),
        C("around 2,500", 2500, "approx", "near_front", "ukraine", "2025-02-01..pub",
          "'By the count of Ukraine's military intelligence' (undated; 'this month' dates the "
          "arrival, so the 1st to publication): 'fresh troops' reached the Kursk region "
          "(increment)", add=True),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "pub",
          "the newsletter's own sum ('By our own rough sum', no named source: unattributed, "
          "required): first sent"),
    ),
)

S09 = Source(
    article_id="s130_09_island_tide_letters",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-09-19"),
    dated_by="sidecar",
    sidecar=(
        "The Island Tide (King Island)",
        "https://www.islandtide.example/letters/2025-09-19",
        "Letters: a brother on the border, a daughter in Incheon, and figures to check",
    ),
    features="a readers' letters page from a King Island (Tasmania) weekly as plain text, UTF-8 "
        "with BOM (sidecar, Friday), curly quotes; a night nurse quoting her brother, a gunner "
        "near Sumy, who 'rang on Sunday' ('By his count') `more than a thousand` dug in opposite "
        "his battery (number word, at_least, other, Sunday to publication); farmers quoting their "
        "daughter in Incheon, who relays her landlord, a retired major, `as many as 20,000` by "
        "Christmas (other, planned, `pub`); a reader correcting 'Your report last Friday' "
        "`15,000` (the paper's own figure: unattributed, 12 September), the NIS 'on 4 September' "
        "`about 2,000` killed and 'it put the whole deployment … at' `upwards of 15,000` "
        "('upwards of' as at_least), HUR 'reckons' `10,000 or so` ('or so' as approx, `pub`) and "
        "the Pentagon 'back in the northern summer' `over 4,000` (June to August); Russia's "
        "ambassador in Pyongyang 'last month' `5,000` builders to arrive (russia, planned, "
        "August); acres, population, ages, years, a PO box, a postcode",
    text="""\
THE ISLAND TIDE – KING ISLAND
Letters to the Editor

A call from the border

I work nights at the hospital in Currie and came to the island from Chernihiv four years ago. My \
brother Oleksandr is a gunner in the Sumy region. He rang on Sunday, the first time in a month. \
By his count, [[more than a thousand]] North Koreans are dug in on the Russian side opposite his \
battery, and they do not pull back when the shelling starts. People here ask me whether the war \
is nearly over. It is not.

Halyna Petrenko, Currie

A daughter in Incheon

Our daughter Kate has taught English in Incheon for six years. She tells us her landlord, a \
retired army major, is certain that [[as many as 20,000]] North Koreans will have gone to Russia \
by Christmas. Kate says the young men in her evening classes talk of little else. We run 400 \
acres at Pegarah and have never given Korea much thought. Now we read everything we can find.

Bill and Margaret Hollis, Pegarah

Check the figures

Your report last Friday said [[15,000]] North Korean soldiers were in Russia. That is the total \
sent, not the number there now. Seoul’s spy agency told lawmakers on 4 September that [[about \
2,000]] had been killed, and it put the whole deployment since last October at [[upwards of \
15,000]]. Kyiv’s military intelligence reckons [[10,000 or so]] are still in the Kursk region. \
The Pentagon put the North’s casualties at [[over 4,000]] back in the northern summer. Numbers \
matter, even on an island of 1,600 people.

R. J. Dunn, Grassy

Moscow’s own words

Russia’s ambassador in Pyongyang told Russian television last month that [[5,000]] North Korean \
military builders would arrive in the Kursk region “shortly”. That is not an army of volunteers. \
That is a labour contract, signed by two governments over the heads of young men who were never \
asked.

Peter Vanderwal, Naracoopa

Letters should be no longer than 250 words and must carry a name and a town. Post them to PO Box \
71, Currie TAS 7256.
""",
    claims=(
        C("more than a thousand", 1000, "at_least", "near_front", "other", "sun..pub",
          "a nurse quoting her brother, who 'rang on Sunday' ('By his count'; the speaker "
          "quoted: other; the call's Sunday, 14 September, to publication, as a relative's "
          "dated message in an undated letter): dug in opposite his battery (number word)"),
        C("as many as 20,000", 20000, "at_most", "planned", "other", "pub",
          "farmers quoting their daughter, who relays her landlord, a retired major ('She tells "
          "us', no day: other): gone to Russia by Christmas (a forecast)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-09-12",
          "a reader citing 'Your report last Friday' (the paper's own figure, no source: "
          "unattributed, required; the Friday before the Friday of publication)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'told lawmakers on 4 September': killed"),
        C("upwards of 15,000", 15000, "at_least", "in_russia", "south_korea", "2025-09-04",
          "same briefing, 'it put the whole deployment … at' (pronoun): sent since October "
          "('upwards of' as at_least)"),
        C("10,000 or so", 10000, "approx", "near_front", "ukraine", "pub",
          "HUR 'reckons' (undated): still in the Kursk region ('or so' as approx)"),
        C("over 4,000", 4000, "at_least", "casualties", "united_states",
          "2025-06-01..2025-08-31",
          "the Pentagon 'back in the northern summer' (a Tasmanian writer: June to August): "
          "casualties"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-08-01..2025-08-31",
          "Russia's ambassador in Pyongyang 'told Russian television last month' (August): "
          "builders who 'would arrive' in Kursk (a promise: planned)"),
    ),
)

S10 = Source(
    article_id="s130_10_old_hands_grassy_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-12"),
    dated_by="html_meta", crlf=True,
    features="a former tungsten miners' reunion page from Grassy (King Island, Tasmania) in HTML, "
        "windows-1252 with CRLF (curly quotes and `·` raw), `article:published_time` +11:00 "
        "(Wednesday), a cookie note, a script, navigation, a footer with a phone number; "
        "`<title>` and headline without a claim ('Forty-two old hands': reunion guests); the "
        "mine's history first; a mining engineer from Yeongwol who 'figures', from his son's "
        "fellow officers, `at least 25,000` rotated through Russia, dated by 'On the Saturday "
        "night he told us' (1 November: other); the NIS 'briefing members of parliament behind "
        "closed doors on 6 November' `roughly 10,000` near the frontier and `about 5,000` "
        "construction troops inside Russia; KCNA 'on Friday' names of `more than 2,300` fallen "
        "(north_korea); Zelensky 'on Monday' 'getting another' `6,000` ready (increment, "
        "planned); a US official 'briefing reporters … last week, put' `around 5,000` killed and "
        "wounded; Russia's defence ministry 'in October' `1,500` deminers still in Kursk (russia, "
        "the month); a Ukrainian former miner relaying his nephew, a medic, `two` wounded "
        "prisoners (number word, casualties, other, `pub`); ages 'Nineteen, twenty', workers, "
        "metres, years, dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Grassy Scheelite Old Hands · Reunion 2025</title>
<meta property="article:published_time" content="2025-11-12T09:30:00+11:00">
<meta property="og:site_name" content="Grassy Scheelite Old Hands">
<script>var oldHands={page:"reunion-2025",photos:38,lightbox:true};</script>
</head>
<body>
<div class="cookie-note">This site keeps one cookie, so that this note stays closed once you have \
read it. <a href="#" id="close-note">Close</a></div>
<nav><a href="/">Home</a> | <a href="/history">The Mine</a> | <a href="/reunions">Reunions</a> | \
<a href="/photos">Photos</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>Forty-two old hands back in Grassy</h1>
<p>On the first weekend of November, 42 former workers of the scheelite mine and their families \
came back to Grassy for our reunion, some of them for the first time since the mine shut in 1990. \
At its peak the open cut and the underground workings employed more than 300 people, and the town \
had its own school, pool and picture theatre. On the Saturday afternoon we walked the old haul \
road to the lookout over the pit, which is now a lake some 60 metres deep.</p>
<h2>A visitor from Sangdong</h2>
<p>Our guest of honour was Lee Jae-sung, 61, a mining engineer from Yeongwol in South Korea, \
where the old Sangdong tungsten mine is being brought back to life. He came to see how Grassy was \
worked and stayed for the barbecue. Mr Lee did his national service as a radio operator on the \
DMZ, and his son is a lieutenant there now.</p>
<p>On the Saturday night he told us that, going by what his son’s fellow officers say, he figures \
the North has rotated [[at least 25,000]] men through Russia. “They send them, they bring some \
back, they send more,” he said. “It is a conveyor belt.”</p>
<p>The official numbers are lower, but not by much. Seoul’s spy agency, briefing members of \
parliament behind closed doors on 6 November, counted [[roughly 10,000]] of the North’s soldiers \
stationed near the Ukrainian frontier, while [[about 5,000]] construction troops were laying \
railway track deep inside Russia. The North’s KCNA agency said on Friday that a new museum in \
Pyongyang would carry the names of [[more than 2,300]] fallen soldiers. President Volodymyr \
Zelensky said in his nightly address on Monday that Pyongyang was getting another [[6,000]] ready \
to go. A US official, briefing reporters in Washington last week, put the North’s total killed \
and wounded at [[around 5,000]], and Russia’s defence ministry said in October that [[1,500]] \
North Korean deminers remained at work in the Kursk region.</p>
<h2>From Kryvyi Rih to Currie</h2>
<p>Serhiy Bondar, 58, who worked underground in Kryvyi Rih before he and his wife settled in \
Currie in 2015, drove down for the barbecue. His nephew is a medic near Sumy and has treated \
[[two]] wounded North Korean prisoners this year, Serhiy said. “Boys,” he said. “Nineteen, \
twenty. They did not know where they were.”</p>
<p>Thank you to the Grassy Club for the hall, to the council for the bus, and to everyone who \
brought a plate. The raffle raised $2,340 for the school’s music room. Next reunion: November \
2027.</p>
</main>
<footer>Grassy Scheelite Old Hands · PO Box 18, Grassy TAS 7256 · (03) 6461 1274 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/gallery.js"></script>
</body>
</html>
""",
    claims=(
        C("at least 25,000", 25000, "at_least", "in_russia", "other", "2025-11-01",
          "a Korean mining engineer who 'figures', going by his son's fellow officers, dated by "
          "'On the Saturday night he told us' (the reunion's Saturday, 1 November; the speaker "
          "quoted: other): rotated through Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-06",
          "the NIS 'briefing members of parliament behind closed doors on 6 November, "
          "counted': stationed near the Ukrainian frontier"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-06",
          "same briefing, 'while': construction troops laying track deep inside Russia"),
        C("more than 2,300", 2300, "at_least", "casualties", "north_korea", "fri",
          "KCNA 'said on Friday' (7 November): names of the fallen for a museum"),
        C("6,000", 6000, "exact", "planned", "ukraine", "mon",
          "Zelensky 'in his nightly address on Monday' (10 November): 'getting another … ready "
          "to go' (increment, planned, span without the word)", add=True),
        C("around 5,000", 5000, "approx", "casualties", "united_states", "lastweek",
          "a US official 'briefing reporters in Washington last week, put': killed and wounded"),
        C("1,500", 1500, "exact", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russia's defence ministry 'said in October': deminers still at work in the Kursk "
          "region"),
        C("two", 2, "exact", "casualties", "other", "pub",
          "a former miner relaying his nephew, a medic ('Serhiy said', no day; the speaker "
          "quoted: other): wounded prisoners treated (number word; captured as casualties)"),
    ),
)

S11 = Source(
    article_id="s130_11_boatmens_notes_st_marys_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "St Mary's Boatmen's Association",
        "https://www.stmarysboatmen.example/notes/last-launches-2025",
        "Last launches of the season",
    ),
    features="a boatmen's association page from St Mary's (Isles of Scilly) in HTML, UTF-16 LE "
        "with BOM, no meta date (sidecar, Thursday), entities (`&rsquo;`, `&ldquo;`, `&ndash;`, "
        "`&pound;`), a cookie note about the tide table, a script, navigation, a footer with a "
        "phone number; `<title>` and headline without a figure; the season first; a Ukrainian "
        "deckhand relaying his brother's message 'On Saturday' `hundreds` digging in across the "
        "river (other, Saturday to publication); state television at 'Friday's military parade' "
        "`several hundred` Kursk veterans (returnees: optional); the NIS 'on Tuesday' `roughly "
        "11,000` remaining in Russia and `up to 5,000` 'more' (increment, planned); a NATO "
        "spokeswoman 'last week' `at least 10,000` in Russia; Russian state television 'On "
        "Sunday' `a few dozen` engineers near Sudzha (russia, near the front); the British "
        "papers' figure 'this autumn' `15,000` (unattributed, required, September to "
        "publication); a walker from Daegu 'reckons' `twenty-five thousand` (number words, other, "
        "planned, `pub`); launches, passengers, islands, pounds, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-16">
<title>Boatmen&rsquo;s Notes &ndash; St Mary&rsquo;s Boatmen&rsquo;s Association</title>
<meta property="og:site_name" content="St Mary's Boatmen's Association">
<script>var sbma={page:"notes",tideIsland:"stmarys"};</script>
</head>
<body>
<div id="cookies">We use a single cookie so the tide table remembers which island you looked at \
last. <a href="#" class="ok">Fine</a></div>
<nav><a href="/">Home</a> &middot; <a href="/trips">Today&rsquo;s Trips</a> &middot; <a \
href="/tides">Tides</a> &middot; <a href="/notes">Boatmen&rsquo;s Notes</a> &middot; <a \
href="/contact">Contact</a></nav>
<article>
<h1>Last launches of the season</h1>
<p>The season is winding down at the quay in Hugh Town. Our twelve launches carried just over \
96,000 passengers between Easter and the end of September, to Tresco, Bryher, St Agnes and St \
Martin&rsquo;s and out to the seals at the Eastern Isles, and not one trip was lost to a \
breakdown. Winter sailings to the off-islands run on Tuesdays and Fridays from 4 November, \
weather permitting.</p>
<h2>Yurii&rsquo;s brother</h2>
<p>Many of you will know Yurii Tkachenko, 29, from Mykolaiv, who has crewed on the <em>Sea \
King</em> for two summers. His elder brother is an artillery sergeant in the Sumy region. On \
Saturday, Yurii told us, his brother sent a message from his position: the North Koreans were \
back in numbers, with [[hundreds]] of them digging in again across the river. &ldquo;He says they \
work all night,&rdquo; Yurii said. &ldquo;In the morning there is a new trench.&rdquo;</p>
<p>Friday&rsquo;s military parade in Pyongyang, shown on state television, included [[several \
hundred]] veterans of the Kursk fighting. South Korea&rsquo;s spy agency told lawmakers on \
Tuesday that [[roughly 11,000]] of the North&rsquo;s soldiers are still on Russian soil, the bulk \
of them close to Kursk, and that Pyongyang was preparing [[up to 5,000]] more. A NATO spokeswoman \
said last week the alliance counted [[at least 10,000]] in Russia and saw &ldquo;no sign&rdquo; \
of a drawdown. On Sunday Russian state television showed [[a few dozen]] North Korean engineers \
rebuilding a bridge near Sudzha.</p>
<p>The figure for the whole deployment most quoted in the British papers this autumn has been \
[[15,000]].</p>
<h2>Walkers from Daegu</h2>
<p>Two of our last passengers of the year were walkers from Daegu, who came over on the ferry and \
spent a week on the coast paths. One of them, Yoon Mi-kyung, a retired schoolteacher, reckons \
that by the time it is over [[twenty-five thousand]] North Koreans will have gone to Russia. \
&ldquo;And the mothers will never know what happened to half of them,&rdquo; she said on the \
quay.</p>
<p>The association&rsquo;s winter dinner is on 22 November, tickets &pound;32. Return fares for \
2026 stay at &pound;14.</p>
</article>
<footer>St Mary&rsquo;s Boatmen&rsquo;s Association &middot; The Quay, Hugh Town, Isles of Scilly \
TR21 0PX &middot; 01720 423 417 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/tides.js"></script>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "sat..pub",
          "a deckhand relaying his brother's message of 'Saturday' ('Yurii told us', no day; the "
          "speaker quoted: other; the message's Saturday, 11 October, to publication): digging "
          "in across the river"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state television at 'Friday's military parade' (10 October): Kursk veterans "
          "(returnees: optional, as in earlier sets)", opt=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'told lawmakers on Tuesday' (14 October): still on Russian soil, the bulk of "
          "them close to Kursk (the figure counts those in Russia)"),
        C("up to 5,000", 5000, "at_most", "planned", "south_korea", "tue",
          "same briefing: 'more' Pyongyang was preparing (increment, planned)", add=True),
        C("at least 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "a NATO spokeswoman 'said last week': counted in Russia"),
        C("a few dozen", None, "vague", "near_front", "russia", "sun",
          "Russian state television 'On Sunday' (12 October): engineers rebuilding a bridge "
          "near Sudzha (the Kursk region)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-09-01..pub",
          "the figure 'most quoted in the British papers this autumn' (no named source: "
          "unattributed, required; September to publication): the whole deployment"),
        C("twenty-five thousand", 25000, "exact", "planned", "other", "pub",
          "a walker from Daegu 'reckons' (undated): gone to Russia by the time it is over "
          "(number words, a forecast)"),
    ),
)

S12 = Source(
    article_id="s130_12_nursery_letter_tresco_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-07-09"),
    dated_by="sidecar",
    sidecar=(
        "Tresco Subtropical Nursery",
        "https://www.tresco-nursery.example/letters/midsummer-2025",
        "Customer letter: Midsummer",
    ),
    features="a subtropical plant nursery's customer letter from Tresco (Isles of Scilly) in "
        "Markdown, UTF-8, front matter without a date (sidecar, Wednesday) and a title without a "
        "figure; agaves, cuttings, mail orders and a glasshouse first; a botanist from Jeju who "
        "'expects' `20,000 or more` (`or more` as at_least, other, planned, `pub`); Shoigu 'On 17 "
        "June' 'another' `6,000` with its parts `1,000` deminers and `5,000` builders (the total "
        "an increment, the parts not); 'According to Kyiv's military intelligence' `about 11,000` "
        "in Kursk (`pub`); the NIS 'At the end of June' `roughly 4,700` killed and wounded (day "
        "21 to the month's end); `At least 11,000` with the State Department named after the "
        "figure 'on Thursday'; KCNA 'on Sunday' `thousands` of 'volunteers' to rebuild Kursk "
        "(north_korea, planned); metres, cuttings, per cent, pounds, years, a letter number, a "
        "phone number",
    text="""\
---
title: "Customer letter: Midsummer"
nursery: Tresco Subtropical Nursery
letter: 58
---

# Midsummer at the nursery

The agaves in the stock beds have flowered for the first time in eleven years, and the spike on \
the tallest has reached nine metres. Since March the three of us in the potting shed have rooted \
more than 26,000 cuttings of echiums, aeoniums and proteas, and mail orders to the mainland are \
up by a fifth on last year. The new glasshouse, all £41,800 of it, is glazed at last, and the \
tomatoes for the island shop are ripening in it.

## A botanist from Jeju

For three weeks in June we hosted Dr Kim Hye-won, a botanist at an arboretum on Jeju, who came to \
swap seed of the Korean fir and to study how our southern hemisphere plants survive the Atlantic \
gales. Her younger brother is an army reservist in Gwangju, and the talk at home, she says, is of \
little else but the North's soldiers in Russia. She expects [[20,000 or more]] of them to go \
before it ends, and nobody she knows believes the deployment will stop with the war.

## The news she followed

Dr Kim kept a close eye on the news from Europe while she was here. On 17 June Russia's security \
council secretary, Sergei Shoigu, announced in Pyongyang that the North would send another \
[[6,000]] men to the Kursk region: [[1,000]] deminers and [[5,000]] military builders. According \
to Kyiv's military intelligence, [[about 11,000]] North Korean troops are still in the Kursk \
region. At the end of June South Korea's National Intelligence Service put the North's killed and \
wounded at [[roughly 4,700]]. "[[At least 11,000]] remain in Russia," the State Department said \
on Thursday. North Korea's KCNA reported on Sunday that [[thousands]] of "volunteers" had signed \
up to help rebuild Kursk.

None of this was easy reading in a potting shed this peaceful. Dr Kim left us a tray of fir \
seedlings to grow on for the autumn catalogue and a promise to come back in 2027.

## Nursery notes

- Open evening in the stock beds: Thursday 24 July, 6.30 p.m., from the nursery gate.
- Orders for autumn despatch close on Saturday 13 September; postage to the mainland stays at \
£9.50 a box.
- Orders and questions: 01720 422 860
""",
    claims=(
        C("20,000 or more", 20000, "at_least", "planned", "other", "pub",
          "a botanist from Jeju who 'expects' (undated): to go before it ends ('or more' as "
          "at_least, a forecast)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On 17 June … announced in Pyongyang': 'another' to the Kursk region "
          "(increment, planned, span without the word)", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: deminers (a part of the 6,000: not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders (a part of the 6,000: not an increment)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "'According to Kyiv's military intelligence' (undated): still in the Kursk region"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-06-21..2025-06-30",
          "the NIS 'At the end of June' (day 21 to the month's end): killed and wounded"),
        C("At least 11,000", 11000, "at_least", "in_russia", "united_states", "thu",
          "a quote with the State Department named after it, 'said on Thursday' (3 July): "
          "remain in Russia"),
        C("thousands", None, "vague", "planned", "north_korea", "sun",
          "KCNA 'reported on Sunday' (6 July): 'volunteers' signed up to help rebuild Kursk "
          "(intended: planned)"),
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
