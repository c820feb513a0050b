"""Build the TWO-HUNDRED-AND-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The two-hundred-and-fourth corpus, for an honest measurement on articles the extractor has never
met, written in session 20 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have, with the
emphasis on structured layouts (explainer bullets, fact boxes, Markdown and HTML tables with a
source column, timelines, photo captions, pull quotes, teasers and related-article links): a
ride-sharing benches initiative's circular from Spital am Pyhrn and a motorhome pitch's news page
from Rosenau am Hengstpass (Upper Austria), a time bank's circular from Beatenberg and a male voice
choir's club paper from Leissigen (Bernese Oberland), a language cafe's newsletter from Klingenthal
and a school parents' council letter from Schoeneck (Saxony); a harbour trust's newsletter and a
holiday-let agency's letter to owners from Solva, a cathedral flower guild's newsletter and a
visitor centre's volunteer news from St Davids (Wales), and a shearwater rookery volunteers'
bulletin and a walking-bus newsletter from Port Fairy (Victoria). Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an
article below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing
is re-implemented here: rendering, encoding, checks, CSV writing and the README table are the
first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module
instance whose `SOURCES` are set to ours (under its own module name, so it never shares state with
the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind202_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Spital am Pyhrn and Rosenau am Hengstpass in Upper Austria, Beatenberg and
# Leissigen in the Bernese Oberland, Klingenthal and Schoeneck in Saxony)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v202_01_rundbrief_mitfahrbankerl_spital_am_pyhrn",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-19"),
    dated_by="dateline", crlf=True,
    features="a ride-sharing benches initiative's circular from Spital am Pyhrn (Upper Austria) as "
        "plain text, windows-1252 with CRLF, `„“` and `–` (no sidecar), dated by the letter line "
        "'Spital am Pyhrn, am 19.02.2025' (Wednesday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Bankerl`); an upper-case fact box `ZAHLEN UND FAKTEN` with benches, rides, "
        "kilometres, euros and badges (no claim); a joiner from Cherkasy who 'nach seiner "
        "Schätzung' `mindestens 15.000` to be brought to the front this year (at_least, planned, "
        "other, `pub`); a ski instructor from Incheon who 'glaubt' `Tausende` already fallen "
        "(vague, casualties, other); an upper-case explainer box `WAS WIR … WISSEN` whose bullets "
        "name the source in the lead-in: the NIS 'am Montag vor Abgeordneten' `etwa 3.000` killed "
        "or wounded and, after a semicolon, `rund 11.000` 'weiterhin' in Russia (not an "
        "increment); Ukraine's military intelligence 'am Samstag' dead risen to `über 1.000` (a "
        "total); Zelensky 'Anfang Feber' `bis zu 5.000` 'weiteren' (at_most, increment, planned, "
        "days 1-10); the US State Department 'vergangene Woche' `mehrere tausend` still fighting "
        "in Kursk (vague, near the front); North Korea's silence (no figure); benches, rides, "
        "kilometres, euros, ages, a date, an hour, a phone number",
    text="""\
Mitfahrbankerl Pyhrn – Rundbrief an alle, die mitfahren und mitnehmen

Spital am Pyhrn, am 19.02.2025

Liebe Bankerl-Freundinnen und Bankerl-Freunde,

seit dem Herbst stehen an der Bundesstraße, beim Bahnhof und vor dem Gemeindeamt unsere gelben \
Bankerl. Wer sich draufsetzt und das Klappschild mit dem Ziel hochstellt, wird mitgenommen, so \
einfach ist das. Im Jänner haben uns die Fahrerinnen und Fahrer 212 Fahrten gemeldet, so viele \
wie noch nie, und heuer sollen bis Ostern drei neue Bankerl dazukommen.

ZAHLEN UND FAKTEN
– Bankerl im Gemeindegebiet: 14
– gemeldete Fahrten seit Oktober: 688
– längste gemeldete Fahrt: 41 Kilometer
– Kosten für ein Klappschild: 38 Euro
– Fahrerinnen und Fahrer mit Plakette an der Windschutzscheibe: 96

Wer hält an?

Wolodymyr Tkatsch, 61, aus Tscherkassy wohnt seit zwei Jahren im Ort und fährt jeden Morgen um \
sechs mit seinem alten Kombi in die Tischlerei. An einem Bankerl vorbeigefahren ist er noch nie. \
Über den Krieg daheim redet er nur, wenn man ihn fragt. Dann sagt er, dass Moskau nach seiner \
Schätzung heuer [[mindestens 15.000]] Nordkoreaner an die Front holen wird. „Die haben dort \
genug Leute und keine Wahl“, sagt er.

Kang Mi-rae, 29, aus Incheon unterrichtet den Winter über auf der Wurzeralm Kinder im Skifahren \
und wartet am Abend oft am Bankerl beim Lift. Sie glaubt, dass in Russland schon [[Tausende]] \
junge Männer aus dem Norden gefallen sind. „Zu Hause erfährt davon keine Mutter etwas“, sagt sie.

WAS WIR ÜBER DIE NORDKOREANER IN RUSSLAND WISSEN
– Südkoreas Geheimdienst, am Montag vor Abgeordneten in Seoul: [[etwa 3.000]] Tote und \
Verwundete seit Dezember; [[rund 11.000]] Soldaten weiterhin in Russland.
– Ukrainischer Militärgeheimdienst, am Samstag: Die Zahl der getöteten Nordkoreaner sei auf \
[[über 1.000]] gestiegen.
– Präsident Selenskyj, Anfang Feber: Kiew rechne mit [[bis zu 5.000]] weiteren Soldaten aus dem \
Norden.
– US-Außenministerium, vergangene Woche: [[Mehrere tausend]] Nordkoreaner kämpften nach wie vor \
im Gebiet Kursk.
– Pjöngjang: Die Staatsmedien haben den Einsatz bis heute mit keinem Wort bestätigt.

Termine

Das nächste Treffen ist am Donnerstag, 6. März, um 19 Uhr im Pfarrsaal. Neue Fahrerinnen und \
Fahrer bekommen dort ihre Plakette. Fragen beantwortet Maria Gressenbauer unter 07563 41 208.

Gute Fahrt und bis bald!
Das Bankerl-Team
""",
    claims=(
        C("mindestens 15.000", 15000, "at_least", "planned", "other", "pub",
          "a joiner from Cherkasy, 'nach seiner Schätzung' (undated): Moscow will bring them to "
          "the front this year (a forecast: planned)"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "a ski instructor from Incheon, 'Sie glaubt' (undated): already fallen in Russia"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "mon",
          "explainer bullet, the source in the lead-in ('Südkoreas Geheimdienst, am Montag vor "
          "Abgeordneten in Seoul:', 17 February): dead and wounded since December (the period)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same bullet after a semicolon: 'weiterhin in Russland' (still, not an increment)"),
        C("über 1.000", 1000, "at_least", "casualties", "ukraine", "sat",
          "bullet 'Ukrainischer Militärgeheimdienst, am Samstag:' (15 February): the number of "
          "dead has risen to (a new total, not an increment)"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "2025-02-01..2025-02-10",
          "bullet 'Präsident Selenskyj, Anfang Feber:' (days 1-10, the Austrian month): Kyiv "
          "expects 'weiteren' soldiers (increment, planned; span without the word)", add=True),
        C("Mehrere tausend", None, "vague", "near_front", "united_states", "lastweek",
          "bullet 'US-Außenministerium, vergangene Woche:': still fighting in the Kursk region "
          "('nach wie vor': not an increment)"),
    ),
)


S02 = Source(
    article_id="v202_02_stellplatznews_wohnmobil_rosenau_hengstpass_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-06-06"),
    dated_by="html_meta",
    features="a motorhome pitch's news page from Rosenau am Hengstpaß (Upper Austria) in HTML, "
        "UTF-8, `article:published_time` +02:00 (Friday), a script with pitches and prices, "
        "navigation, entities (`&ndash;`, `&middot;`, `&bdquo;`, `&ldquo;`), a figure caption and "
        "a footer with a phone number; Austrian words (`heuer`, `Jause`); `<title>` and headline "
        "without a figure; pitches, euros a night, metres above sea level, kilowatt hours and "
        "booked nights first; a couple from Busan and a table `Quelle | Stand | Angabe` whose rows "
        "give each figure its source and date: the NIS '29. Mai' `rund 15.000` sent in all, "
        "Ukraine's general staff 'Anfang Juni' `mehr als 4.500` killed or wounded (the 1st to "
        "publication), NATO 'Mitte Mai' `etwa 11.000` in the Kursk region and a Moscow row "
        "without a figure; the wife who 'rechnet damit' that 'weitere' `3.000 bis 6.000` sappers "
        "follow (range, increment, planned, other, `pub`); the husband's `kaum mehr als 2.000` "
        "dead (at_most, casualties, other); North Korean television 'am Dienstag' with coffins of "
        "`Dutzenden` fallen (north_korea, vague); the page's own `Tausende` in trenches "
        "(unattributed, required); pitches, euros, metres, kWh, nights, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-06-06T08:15:00+02:00">
<title>Stellplatz-News Juni &ndash; Wohnmobilstellplatz am Hengstpass</title>
<script>var platz = {stellplaetze: 24, preisNacht: 19, strom: "0,60 je kWh"};</script>
</head>
<body>
<nav><a href="/">Stellplatz</a> &middot; <a href="/buchen">Buchen</a> &middot; <a \
href="/news">News</a></nav>
<main>
<h1>Sommerbeginn am Pass: volle Plätze, neue Duschen</h1>
<p>Seit Pfingsten sind unsere 24 Stellplätze fast jeden Abend belegt. Die Nacht kostet heuer 19 \
Euro, Strom wird mit 60 Cent je Kilowattstunde abgerechnet, und die zwei neuen Duschen im \
Sanitärhaus laufen endlich mit Solarwasser. Für Juni und Juli sind schon 410 Nächte gebucht. \
Brot und Jause bringt die Bäckerin aus dem Tal jeden Morgen um halb acht.</p>
<figure><img src="/img/stellplatz-juni.jpg" alt=""><figcaption>Abendstimmung auf 1.020 Metern: \
Blick vom Platz 17 Richtung Pass. Foto: Stellplatz</figcaption></figure>
<h2>Zu Gast: zwei Lehrer aus Busan</h2>
<p>Seit zehn Tagen steht ein weißes Wohnmobil mit koreanischer Flagge auf Platz 9. Han Seo-yeon, \
58, und ihr Mann Choi Dong-hyun, 61, beide pensionierte Lehrer aus Busan, fahren seit April quer \
durch Europa. Abends sitzen sie mit den anderen Gästen am Feuer, und irgendwann kommt das \
Gespräch auf den Norden. Sie rechnet damit, dass Pjöngjang im Sommer weitere [[3.000 bis 6.000]] \
Pioniere und Bauarbeiter nach Russland schickt. Er ist vorsichtiger: Gefallen seien seiner \
Meinung nach [[kaum mehr als 2.000]], „alles andere ist Propaganda aus Kiew“.</p>
<h2>Was gemeldet wurde</h2>
<p>Weil am Feuer so oft danach gefragt wird, haben wir die letzten Angaben zusammengetragen:</p>
<table>
<tr><th>Quelle</th><th>Stand</th><th>Angabe</th></tr>
<tr><td>Geheimdienst Südkoreas</td><td>29. Mai</td><td>[[rund 15.000]] Soldaten insgesamt nach \
Russland entsandt</td></tr>
<tr><td>Generalstab der Ukraine</td><td>Anfang Juni</td><td>[[mehr als 4.500]] Tote und \
Verwundete</td></tr>
<tr><td>Nato</td><td>Mitte Mai</td><td>[[etwa 11.000]] im Gebiet Kursk</td></tr>
<tr><td>Verteidigungsministerium in Moskau</td><td>28. April</td><td>bestätigt den Einsatz, \
nennt keine Zahl</td></tr>
</table>
<p>Nordkoreas Staatsfernsehen zeigte am Dienstag, wie Machthaber Kim Jong Un vor den Särgen von \
[[Dutzenden]] Gefallenen den Kopf senkt. Bei uns am Pass ist es still, die Murmeltiere pfeifen, \
und man vergisst leicht, dass anderswo [[Tausende]] junge Männer aus Nordkorea in \
Schützengräben liegen.</p>
<p>Unsere Bitte: Grauwasser nur an der Station entsorgen, Ruhezeit ab 22 Uhr.</p>
</main>
<footer>Wohnmobilstellplatz am Hengstpass &middot; 4581 Rosenau am Hengstpaß &middot; Tel. 07566 \
88 14 &middot; stellplatz-hengstpass.example</footer>
</body>
</html>
""",
    claims=(
        C("3.000 bis 6.000", None, "range", "planned", "other", "pub",
          "a retired teacher from Busan, 'Sie rechnet damit' (undated): 'weitere' sappers and "
          "builders sent in the summer (increment, planned; span without the word)", add=True),
        C("kaum mehr als 2.000", 2000, "at_most", "casualties", "other", "pub",
          "her husband, 'seiner Meinung nach' (undated, Konjunktiv): fallen ('kaum mehr als', "
          "hardly more than: at_most)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-05-29",
          "table row 'Geheimdienst Südkoreas | 29. Mai' (the source and date in the cells before "
          "the figure): sent to Russia in all (a total)"),
        C("mehr als 4.500", 4500, "at_least", "casualties", "ukraine", "2025-06-01..pub",
          "table row 'Generalstab der Ukraine | Anfang Juni' (days 1-10, cut at publication): "
          "dead and wounded"),
        C("etwa 11.000", 11000, "approx", "near_front", "nato", "2025-05-11..2025-05-20",
          "table row 'Nato | Mitte Mai' (the 11th to the 20th): in the Kursk region"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "tue",
          "'Nordkoreas Staatsfernsehen zeigte am Dienstag' (3 June): Kim before the coffins of "
          "the fallen"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the page's own framing without a source ('dass anderswo Tausende junge Männer aus "
          "Nordkorea in Schützengräben liegen'): unattributed, required"),
    ),
)


S03 = Source(
    article_id="v202_03_rundbrief_tauschnetz_beatenberg_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-27"),
    dated_by="front_matter",
    features="a time bank's circular from Beatenberg (Bernese Oberland) in Markdown, UTF-8 with "
        "BOM, front matter with `date:` (Thursday) and a title without a figure; Swiss conventions "
        "(`ss`, «», `1'150`, `1'000`, `4'000`, `11'000`, `20'000`, `10'000`, no `ß`); members, "
        "hours traded, francs and metres first; a cook from Mokpo who 'schätzt' `gegen 20'000` in "
        "Russia (approx, other, `pub`); a teacher from Poltava who 'ist sicher' `Zehntausende` "
        "more can be sent (vague, planned, other; not an increment); a Markdown table `Quelle | "
        "Datum | Was gemeldet wurde` with the Joint Chiefs '14. März' `rund 1'000` 'zusätzliche' "
        "moved to Kursk (approx, increment, near the front), Ukraine's military intelligence '20. "
        "März' `ca. 4'000` killed or wounded and the US government 'Anfang März' `11'000 bis "
        "12'000` in Russia (range, days 1-10); Rutte 'am Dienstag in Brüssel' `über 10'000` at "
        "the side of the Russian army (at_least, near the front); a related-article link "
        "repeating the Joint Chiefs' `1'000` 'neuen' soldiers (takes the row's claimant, from 14 "
        "March to publication, required); members, hours, francs, metres, minutes, ages, a phone "
        "number",
    text="""\
---
title: "Rundbrief Frühling"
date: 2025-03-27
verein: Tauschnetz Beatenberg
---

# Rundbrief Frühling: Stunden statt Franken

Unser Tauschnetz zählt jetzt 73 Mitglieder zwischen Spirenwald und Waldegg. Im Winter wurden 486 \
Stunden getauscht: Schneeschaufeln gegen Nachhilfe, Holzspalten gegen Steuererklärung, \
Hundehüten gegen Zopfbacken. Der Jahresbeitrag bleibt bei 20 Franken. Wer oben auf 1'150 Metern \
wohnt und kein Auto hat, findet bei uns auch eine Fahrt zum Arzt; die Bahn ins Tal braucht sonst \
gut 40 Minuten.

## Neu im Netz

Kim Ji-hye, 35, aus Mokpo kocht in einem Hotel an der Strasse zum Niederhorn und bietet \
koreanische Kochabende an, vier Stunden pro Abend. Die Nachrichten aus dem Norden verfolgt sie \
genau. Sie schätzt, dass inzwischen [[gegen 20'000]] Soldaten aus Nordkorea in Russland sind. \
«Seoul zählt vorsichtig, und das mit Absicht», sagt sie.

Olena Marchenko, 42, aus Poltava war Deutschlehrerin und gibt bei uns Ukrainischstunden für \
Anfänger. Sie ist sicher, dass Pjöngjang Moskau noch [[Zehntausende]] schicken kann, wenn der \
Kreml bezahlt. «Menschen sind dort das Billigste», sagt sie.

## Was die Behörden sagen

Einige Mitglieder haben gefragt, woher die Zahlen in den Zeitungen stammen. Hier die wichtigsten \
Angaben der letzten Wochen:

| Quelle | Datum | Was gemeldet wurde |
| --- | --- | --- |
| Generalstab in Seoul | 14. März | [[rund 1'000]] zusätzliche Soldaten nach Kursk verlegt |
| Militärgeheimdienst der Ukraine | 20. März | [[ca. 4'000]] Tote und Verwundete seit Dezember |
| US-Regierung | Anfang März | [[11'000 bis 12'000]] Mann in Russland |

Nato-Generalsekretär Mark Rutte sagte am Dienstag in Brüssel, [[über 10'000]] Nordkoreaner \
stünden weiterhin an der Seite der russischen Armee.

Weiterlesen: [Was der Generalstab in Seoul über die [[1'000]] neuen Soldaten \
sagt](https://www.tauschnetz-beatenberg.example/rundbrief/2025-03-seoul)

## Termine

Tauschkafi am ersten Samstag im Monat, 14 Uhr, im Gemeindesaal. Anmeldung für die Kochabende bei \
Ursula Feuz, Telefon 033 841 27 55.
""",
    claims=(
        C("gegen 20'000", 20000, "approx", "in_russia", "other", "pub",
          "a cook from Mokpo, 'Sie schätzt' (undated): in Russia by now ('gegen' as approx, as "
          "in earlier sets)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a teacher from Poltava, 'Sie ist sicher' (undated): Pyongyang can still send (a "
          "capacity: planned; 'noch' is not an increment)"),
        C("rund 1'000", 1000, "approx", "near_front", "south_korea", "2025-03-14",
          "table row 'Generalstab in Seoul | 14. März': 'zusätzliche' soldiers moved to Kursk "
          "(increment after the figure)", add=True),
        C("ca. 4'000", 4000, "approx", "casualties", "ukraine", "2025-03-20",
          "table row 'Militärgeheimdienst der Ukraine | 20. März': dead and wounded since "
          "December ('ca.' as approx)"),
        C("11'000 bis 12'000", None, "range", "in_russia", "united_states",
          "2025-03-01..2025-03-10",
          "table row 'US-Regierung | Anfang März' (days 1-10): in Russia"),
        C("über 10'000", 10000, "at_least", "near_front", "nato", "tue",
          "'Nato-Generalsekretär Mark Rutte sagte am Dienstag in Brüssel' (25 March, "
          "Konjunktiv): 'weiterhin' at the side of the Russian army (not an increment)"),
        C("1'000", 1000, "exact", "near_front", "south_korea", "2025-03-14..pub",
          "related-article link repeating the table row's figure ('die 1'000 neuen Soldaten'): "
          "takes the Joint Chiefs' claim, from 14 March to publication, required as teasers "
          "are in corpus_blind197; 'neuen' as an increment", add=True),
    ),
)


S04 = Source(
    article_id="v202_04_vereinsblatt_maennerchor_leissigen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "Männerchor Leissigen – Vereinsblatt",
        "https://www.maennerchor-leissigen.example/vereinsblatt/september-2025",
        "Vereinsblatt September: Seefest, neue Tenöre und eine Chronik",
    ),
    features="a male voice choir's club paper from Leissigen (Bernese Oberland) in HTML, "
        "ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, `&middot;`), no meta date "
        "(sidecar, Friday; the sidecar title without a figure), a script with singers and "
        "rehearsals, navigation, a photo caption and a footer with a postcode; Swiss conventions "
        "(`ss`, «», `6'000`, `30'000`, `15'000`, `2'000`); `<title>` and headline without a "
        "figure; "
        "singers, concert guests, francs, years and rehearsal hours first; a tenor from "
        "Gangneung who 'geht davon aus' `rund 15'000` in Russia (approx, other, `pub`); a bass "
        "from Rivne who 'hält es für möglich' `ein paar tausend` fallen (vague, casualties, "
        "other); the NIS that 'sagte am Mittwoch vor Abgeordneten' `rund 2'000` dead; a timeline "
        "`<ul>` whose entries open with the month: 'Ende April' without a figure, 'Juni' Moscow's "
        "`5'000` builders (planned, the whole of June), 'Juli' the NIS's `bis zu 30'000` "
        "'weiteren' (at_most, increment, planned), 'August' KCNA's `Hunderte` returnees at a "
        "reception (optional) and 'Anfang September' Kyiv's `mehr als 6'000` killed or wounded "
        "(days 1-10); singers, guests, francs, years, hours, ages, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Vereinsblatt &ndash; Männerchor Leissigen</title>
<script>var chor = {saenger: 31, proben: "Dienstag 20.00", gruendung: 1894};</script>
</head>
<body>
<nav><a href="/">Chor</a> &middot; <a href="/konzerte">Konzerte</a> &middot; <a \
href="/vereinsblatt">Vereinsblatt</a></nav>
<main>
<h1>Ein Seefest, zwei neue Stimmen und viel Gesprächsstoff</h1>
<p>Am Seefest Ende August haben wir vor gut 260 Gästen gesungen, und die Kollekte brachte 1'840 \
Franken für die neuen Notenmappen. Seit 1894 probt der Chor jeden Dienstag um 20 Uhr im \
Schulhaus; heute sind wir 31 Sänger, der jüngste 19, der älteste 86.</p>
<figure><img src="/bilder/seefest.jpg" alt=""><figcaption>Der Chor am Seefest, 23 Sänger auf \
der Bühne am Steg. Foto: zvg</figcaption></figure>
<h2>Zwei neue Stimmen</h2>
<p>Im Tenor singt seit dem Frühling Lee Min-jun, 33, aus Gangneung, der als Koch in einem Hotel \
am See arbeitet. Er geht davon aus, dass [[rund 15'000]] Landsleute in Russland sind, «und keiner \
von ihnen durfte Nein sagen». Im Bass steht neu Andrij Bondar, 57, aus Riwne, Lastwagenmechaniker \
in einer Garage im Dorf. Er hält es für möglich, dass dort schon [[ein paar tausend]] \
Nordkoreaner gefallen sind. Nach der Probe reden die beiden oft bis nach elf.</p>
<p>Der Geheimdienst in Seoul sagte am Mittwoch vor Abgeordneten, [[rund 2'000]] Soldaten aus dem \
Norden seien inzwischen tot. Das US-Verteidigungsministerium schätzte am Dienstag, [[etwa \
11'000]] Soldaten aus dem Norden stünden weiterhin im Gebiet Kursk.</p>
<h2>Chronik: Was seit dem Frühling gemeldet wurde</h2>
<ul>
<li>Ende April: Moskau bestätigt den Einsatz erstmals offiziell, nennt aber keine Zahl.</li>
<li>Juni: Moskau kündigt in Pjöngjang [[5'000]] Militärbauarbeiter für das Gebiet Kursk an.</li>
<li>Juli: Der Geheimdienst in Seoul hält [[bis zu 30'000]] weitere Soldaten für möglich.</li>
<li>August: Kim empfängt nach Angaben der Agentur KCNA [[Hunderte]] heimgekehrte Soldaten.</li>
<li>Anfang September: Kiew zählt [[mehr als 6'000]] Tote und Verwundete.</li>
</ul>
<p>Nächstes Konzert: Sonntag, 16. November, 17 Uhr, Kirche Leissigen. Eintritt frei, Kollekte.</p>
</main>
<footer>Männerchor Leissigen &middot; 3706 Leissigen &middot; \
praesident@maennerchor-leissigen.example</footer>
</body>
</html>
""",
    claims=(
        C("rund 15'000", 15000, "approx", "in_russia", "other", "pub",
          "a tenor from Gangneung, 'Er geht davon aus' (undated): compatriots in Russia"),
        C("ein paar tausend", None, "vague", "casualties", "other", "pub",
          "a bass from Rivne, 'Er hält es für möglich' (undated): already fallen"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "wed",
          "'Der Geheimdienst in Seoul sagte am Mittwoch vor Abgeordneten' (10 September, "
          "Konjunktiv): dead"),
        C("etwa 11'000", 11000, "approx", "near_front", "united_states", "tue",
          "'Das US-Verteidigungsministerium schätzte am Dienstag' (9 September, Konjunktiv): "
          "'weiterhin' in the Kursk region (still, not an increment)"),
        C("5'000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "timeline entry 'Juni:' (the whole month): Moscow announces military builders for the "
          "Kursk region (a new contingent announced without an increment word: planned)"),
        C("bis zu 30'000", 30000, "at_most", "planned", "south_korea", "2025-07-01..2025-07-31",
          "timeline entry 'Juli:': the NIS thinks 'weitere' soldiers possible (increment; span "
          "without the word)", add=True),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-08-01..2025-08-31",
          "timeline entry 'August:': KCNA on Kim receiving returnees (optional, as returnees are "
          "in earlier sets)", opt=True),
        C("mehr als 6'000", 6000, "at_least", "casualties", "ukraine", "2025-09-01..2025-09-10",
          "timeline entry 'Anfang September:' (days 1-10): Kyiv counts dead and wounded"),
    ),
)


S05 = Source(
    article_id="v202_05_newsletter_sprachcafe_klingenthal",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-11"),
    dated_by="sidecar",
    sidecar=(
        "Sprachcafé Klingenthal – Newsletter",
        "https://www.sprachcafe-klingenthal.example/newsletter/dezember-2024",
        "Newsletter Dezember: Plätzchen, Grammatik und ein Anruf aus Kursk",
    ),
    features="a language cafe's newsletter from Klingenthal (Saxony) as plain text, UTF-16 LE with "
        "BOM (sidecar, Wednesday; the sidecar title without a figure), `„“` and `–`; meetings, "
        "participants, languages, cakes and euros first; a nurse from Sumy relaying her brother, a "
        "drone operator in the Kursk region ('Am Sonntag hat er angerufen, erzählt Iryna.', "
        "Konjunktiv carried; the set's first relative-at-the-front) `gut zweihundert` in a forest "
        "strip (at_least with a number word, near the front) and sentence-initial `Acht` killed "
        "(number word, casualties; both other, from Sunday to publication); an engineer from "
        "Changwon who 'schätzt' 'weitere' `zehntausend` by spring (number word, increment, "
        "planned, "
        "other, `pub`); a fact box `ZAHLEN UND FAKTEN` whose lines name the source and day in the "
        "lead-in: the Pentagon 'am Montag' `rund 11.000` in Russia, Kyiv `mehrere tausend` at the "
        "front (undated), the NIS 'vergangene Woche' `mindestens 100` dead, and two lines that "
        "count refugees and participants (not claims); Rutte 'am 29. November' `mehr als 10.000` "
        "in the Kursk region (an explicit date); meetings, people, languages, euros, ages, a "
        "phone number",
    text="""\
Sprachcafé Klingenthal
Newsletter Dezember

Liebe Freundinnen und Freunde des Sprachcafés,

jeden Dienstag ab 17 Uhr sitzen im Gemeinderaum neben der Bibliothek Menschen aus neun Ländern \
zusammen und reden Deutsch, so gut es eben geht. Im November kamen im Schnitt 23 Leute, beim \
Plätzchenbacken am letzten Dienstag sogar 31. Der Kuchen ist weiterhin kostenlos, für den Kaffee \
bitten wir um 50 Cent.

Iryna erzählt

Iryna Sawtschenko, 38, aus Sumy war Krankenschwester und lernt bei uns für die Prüfung B2. Ihr \
Bruder steuert Drohnen für eine Brigade im Gebiet Kursk. Am Sonntag hat er angerufen, erzählt \
Iryna. In einem Waldstreifen vor seiner Stellung hätten sich [[gut zweihundert]] Nordkoreaner \
eingegraben. [[Acht]] von ihnen seien in der Nacht davor bei einem Angriff gestorben. „Er sagt, \
sie tragen keine Helme, nur Mützen“, erzählt sie.

Ein Ingenieur aus Changwon

Park Jun-ho, 45, aus Changwon arbeitet für einen Zulieferer im Gewerbegebiet und kommt seit dem \
Sommer, weil er mit seinen Kollegen endlich richtig reden will. Er schätzt, dass Pjöngjang bis \
zum Frühjahr weitere [[zehntausend]] Soldaten nach Russland bringt. „Kim bekommt dafür Öl und \
Technik“, sagt er.

ZAHLEN UND FAKTEN
– Nordkoreaner in Russland, laut Pentagon am Montag: [[rund 11.000]]
– davon an der Front im Gebiet Kursk, laut Kiew: [[mehrere tausend]]
– gefallene Nordkoreaner, laut Südkoreas Geheimdienst vergangene Woche: [[mindestens 100]]
– ukrainische Geflüchtete im Landkreis: rund 1.870
– Teilnehmende im Sprachcafé seit dem Start 2023: 148

Nato-Generalsekretär Mark Rutte hatte am 29. November von [[mehr als 10.000]] Nordkoreanern im \
Gebiet Kursk gesprochen. Moskau bestreitet bis heute, dass überhaupt Soldaten aus dem Norden im \
Land sind.

Termine
Am 17. Dezember feiern wir Weihnachten mit Liedern in sieben Sprachen, am 24. und 31. Dezember \
bleibt das Café geschlossen. Fragen an Kerstin Meinel, Telefon 037467 289 31.

Frohe Feiertage!
""",
    claims=(
        C("gut zweihundert", 200, "at_least", "near_front", "other", "sun..pub",
          "a nurse from Sumy relaying her brother, a drone operator in the Kursk region ('Am "
          "Sonntag hat er angerufen, erzählt Iryna.', Konjunktiv; the speaker quoted: other): "
          "dug into a forest strip in front of his position ('gut' with a number word as "
          "at_least; from Sunday, 8 December, to publication)"),
        C("Acht", 8, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial number word: died in an attack 'in "
          "der Nacht davor' (the period, not the claim date)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "an engineer from Changwon, 'Er schätzt' (undated): 'weitere' brought to Russia by "
          "spring (number word, increment, planned; span without the word)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "mon",
          "fact box line 'Nordkoreaner in Russland, laut Pentagon am Montag:' (9 December; the "
          "source and day in the lead-in, the figure at the end)"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "pub",
          "fact box line 'davon an der Front im Gebiet Kursk, laut Kiew:' (undated)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "lastweek",
          "fact box line 'gefallene Nordkoreaner, laut Südkoreas Geheimdienst vergangene Woche:'"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "2024-11-29",
          "'Nato-Generalsekretär Mark Rutte hatte am 29. November von … gesprochen' (an explicit "
          "date): in the Kursk region"),
    ),
)


S06 = Source(
    article_id="v202_06_elternbrief_elternrat_oberschule_schoeneck_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-11-07"),
    dated_by="sidecar",
    sidecar=(
        "Elternrat der Oberschule Schöneck",
        "https://www.oberschule-schoeneck.example/elternrat/brief-november-2025",
        "Elternbrief November: Skilager, Schulweg und ein Projekt über Zahlen",
    ),
    features="a school parents' council letter from Schöneck (Saxony) in Markdown, UTF-8, front "
        "matter without a date (sidecar, Friday; the sidecar title without a figure), `„“` and "
        "`–`; pupils, a ski camp's price in euros, days, a bus line and minutes first; a class "
        "project's Markdown table `Zahl | Was | Quelle | Datum` with the figure first and the "
        "source and date after it: the NIS '30.10.' `etwa 15.000` sent since autumn 2024, "
        "Ukraine's general staff 'Anfang Oktober' `über 5.000` killed or wounded (days 1-10), "
        "NATO '22.10.' `bis zu 6.000` builders still to come (at_most, planned; "
        "'noch' is not an increment) and North Korean state media 'August' `Hunderte` returnees "
        "(optional); a history teacher from Kharkiv who 'hält … für realistisch' `10.000 bis "
        "12.000` still in Russia (range, other, `pub`); an engineer from Ulsan who 'geht davon "
        "aus' `Tausende` 'weitere' (vague, increment, planned, other); the council's own "
        "`Tausende` of the pupils' age in trenches (unattributed, required); teaser links without "
        "a figure; pupils, euros, days, a bus line, minutes, ages, a date, an hour",
    text="""\
---
title: "Elternbrief November"
verfasser: Elternrat der Oberschule Schöneck
---

# Elternbrief November

*Skilager, Schulweg, ein Projekt der 9b – und wie wir mit schwierigen Nachrichten umgehen.*

Liebe Eltern,

für das Skilager im Januar haben sich 46 Schülerinnen und Schüler angemeldet. Die fünf Tage \
kosten 289 Euro; wer Unterstützung braucht, meldet sich bitte vertraulich bei uns. Die Buslinie \
34 fährt ab dem 1. Dezember morgens zehn Minuten früher, damit niemand mehr in der Kälte vor dem \
verschlossenen Schulhaus steht.

## Die 9b und die Frage nach den Zahlen

Im Gemeinschaftskundeunterricht hat die 9b untersucht, woher die Zahlen über die Soldaten aus \
Nordkorea in Russland stammen. Die Klasse hat für jede Zahl die Quelle und das Datum gesucht und \
eine Tabelle angelegt:

| Zahl | Was | Quelle | Datum |
| --- | --- | --- | --- |
| [[etwa 15.000]] | seit Herbst 2024 nach Russland geschickt | Geheimdienst Südkoreas | 30.10. |
| [[über 5.000]] | Tote und Verwundete | Generalstab der Ukraine | Anfang Oktober |
| [[bis zu 6.000]] | Bauarbeiter und Minenräumer, die noch kommen sollen | Nato | 22.10. |
| [[Hunderte]] | Heimkehrer bei einer Feier in Pjöngjang | Staatsmedien Nordkoreas | August |

Die Klassenlehrerin Natalija Hrytsenko, 47, stammt aus Charkiw und hat dort Geschichte \
unterrichtet. Sie hält [[10.000 bis 12.000]] Mann, die derzeit noch in Russland stehen, für \
realistisch. „Wichtig war mir, dass die Jugendlichen fragen: Wer sagt das, und wann?“, sagt sie.

Bei der Präsentation war auch ein Vater dabei: Lee Sung-min, 44, aus Ulsan, Ingenieur bei einem \
Zulieferer in der Region. Er geht davon aus, dass Pjöngjang [[Tausende]] weitere Soldaten \
schicken wird, sobald Moskau sie anfordert.

## Wie wir damit umgehen

Viele Kinder fragen zu Hause nach. Es ist nicht leicht zu erklären, warum [[Tausende]] junge \
Männer, kaum älter als unsere Zehntklässler, aus Nordkorea in Schützengräben bei Kursk liegen. Die \
Schulsozialarbeiterin bietet dienstags von 13 bis 15 Uhr eine offene Sprechstunde an.

**Auch interessant:**
- [Protokoll der Elternratssitzung vom 14. Oktober](https://www.oberschule-schoeneck.example/protokoll)
- [Skilager: Packliste und Ausleihe](https://www.oberschule-schoeneck.example/skilager)

Herzliche Grüße, Ihr Elternrat
""",
    claims=(
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-10-30",
          "table row, the figure first and 'Geheimdienst Südkoreas | 30.10.' after it: sent to "
          "Russia since autumn 2024 (a total over a period)"),
        C("über 5.000", 5000, "at_least", "casualties", "ukraine", "2025-10-01..2025-10-10",
          "table row 'Generalstab der Ukraine | Anfang Oktober' (days 1-10): dead and wounded"),
        C("bis zu 6.000", 6000, "at_most", "planned", "nato", "2025-10-22",
          "table row 'Nato | 22.10.': builders and deminers still to come ('noch kommen sollen': "
          "planned; no increment word)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-08-01..2025-08-31",
          "table row 'Staatsmedien Nordkoreas | August': returnees at a celebration in "
          "Pyongyang (optional, as returnees are in earlier sets)", opt=True),
        C("10.000 bis 12.000", None, "range", "in_russia", "other", "pub",
          "a history teacher from Kharkiv, 'Sie hält … für realistisch' (undated): 'noch' in "
          "Russia (still, not an increment)"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "an engineer from Ulsan, 'Er geht davon aus' (undated): 'weitere' soldiers to be sent "
          "(increment, planned)", add=True),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the council's own framing without a source ('warum Tausende junge Männer … in "
          "Schützengräben bei Kursk liegen'): unattributed, required"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Solva and St Davids in Wales, Port Fairy in Victoria)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v202_07_newsletter_harbour_trust_solva_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-04-15"),
    dated_by="sidecar",
    sidecar=(
        "Solva Harbour Trust",
        "https://www.solvaharbourtrust.example/newsletter/april-2025",
        "Spring newsletter: moorings, the new pontoon and a crew from two wars",
    ),
    features="a harbour trust's spring newsletter from Solva (Wales) in HTML, windows-1252 with "
        "raw `’`, `“”` and `·`, no meta date (sidecar, Tuesday; the sidecar title without a "
        "figure), a script with moorings and fees, navigation, a `By the numbers` `<ul>` of "
        "moorings, pounds, metres and tonnes (no claim) and a footer with a postcode; British "
        "conventions (`harbour`, `metres`, `£`, day-month dates); `<title>` and headline without "
        "a figure; a crab-boat deckhand from Berdiansk who 'reckons' `a few thousand` still dug in "
        "along the Kursk border (vague, near the front, other) and whose quote `hundreds` sent "
        "across open fields is repeated as a pull quote (both required); a yachtswoman from Mokpo "
        "who 'thinks' `20,000 or more` have gone to Russia (at_least, other, `pub`); a `What we "
        "know` `<ul>` whose bullets name the source in the lead-in: the Joint Chiefs '27 March' "
        "`some 2,000` 'more' sent since January (approx, increment), Kyiv's military "
        "intelligence 'last week' `up to 3,500` dead (at_most) and NATO 'in early April' `more "
        "than 11,000` 'still' in Russia (days 1-10, not an increment); a Pentagon spokesman 'on "
        "Friday' `about 4,000` killed or wounded; moorings, pounds, metres, tonnes, ages, a "
        "postcode",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>Spring Newsletter · Solva Harbour Trust</title>
<script>var moorings = {swinging: 118, visitorPerNight: 18, waitingList: 41};</script>
</head>
<body>
<nav><a href="/">Home</a> · <a href="/moorings">Moorings</a> · <a \
href="/newsletter">Newsletter</a></nav>
<main>
<h1>A new pontoon, a longer waiting list and a crew from two wars</h1>
<p>The new visitor pontoon went in on the spring tides and held through the first gale of the \
season. Thank you to the volunteers who turned out at six in the morning to bolt the last \
sections together.</p>
<h2>By the numbers</h2>
<ul>
<li>118 swinging moorings in the inner and outer harbour</li>
<li>41 names on the waiting list, the longest in ten years</li>
<li>£18 a night for a visitor berth up to 10 metres</li>
<li>2.5 tonnes of litter pulled off the beach and the quay since October</li>
</ul>
<h2>Crewing the Morfa</h2>
<p>Vitalii Melnyk, 34, from Berdiansk fished the Sea of Azov until 2022 and now works the pots on \
the crab boat Morfa. He reckons [[a few thousand]] North Koreans are still dug in along the \
Kursk border. “They send [[hundreds]] at a time across open fields,” he said. “We watched the \
videos on the boat and nobody spoke.”</p>
<blockquote>“They send [[hundreds]] at a time across open fields.” – Vitalii Melnyk</blockquote>
<p>Min Seo-jin, 40, a software engineer from Mokpo, has kept her small yacht on a visitor \
mooring since March. She thinks [[20,000 or more]] North Koreans have gone to Russia by now, far \
more than Seoul says.</p>
<h2>What we know</h2>
<ul>
<li>South Korea’s Joint Chiefs of Staff, 27 March: [[some 2,000]] more troops sent since \
January.</li>
<li>Ukraine’s military intelligence, last week: [[up to 3,500]] North Koreans killed.</li>
<li>NATO, in early April: [[more than 11,000]] still in Russia.</li>
</ul>
<p>A Pentagon spokesman said on Friday that [[about 4,000]] North Korean soldiers had been killed \
or wounded so far.</p>
<p>The harbour office is open 9 a.m. to 1 p.m. on weekdays until Easter.</p>
</main>
<footer>Solva Harbour Trust · The Quay · Solva SA62 6UT · \
harbourmaster@solvaharbourtrust.example</footer>
</body>
</html>
""",
    claims=(
        C("a few thousand", None, "vague", "near_front", "other", "pub",
          "a deckhand from Berdiansk, 'He reckons' (undated): still dug in along the Kursk "
          "border ('still': not an increment)"),
        C("hundreds", None, "vague", "near_front", "other", "pub",
          "the deckhand's quote ('he said', undated): sent at a time across open fields"),
        C("hundreds", None, "vague", "near_front", "other", "pub",
          "pull quote repeating the deckhand's quote: required with the body quote's labels"),
        C("20,000 or more", 20000, "at_least", "in_russia", "other", "pub",
          "a yachtswoman from Mokpo, 'She thinks' (undated): gone to Russia ('or more' after the "
          "figure, inside the span)"),
        C("some 2,000", 2000, "approx", "in_russia", "south_korea", "2025-03-27",
          "bullet 'South Korea's Joint Chiefs of Staff, 27 March:' (the source and date in the "
          "lead-in): 'more' troops sent since January (increment after the figure)", add=True),
        C("up to 3,500", 3500, "at_most", "casualties", "ukraine", "lastweek",
          "bullet 'Ukraine's military intelligence, last week:': killed"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-04-01..2025-04-10",
          "bullet 'NATO, in early April:' (days 1-10): 'still' in Russia (not an increment)"),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "fri",
          "'A Pentagon spokesman said on Friday' (11 April): killed or wounded so far"),
    ),
)


S08 = Source(
    article_id="v202_08_owners_letter_holiday_lets_solva",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-07-22"),
    dated_by="dateline", crlf=True,
    features="a holiday-let agency's letter to cottage owners from Solva (Wales) as plain text, "
        "ISO-8859-1 with CRLF, straight quotes only and `£`, dated by the letter line 'Solva, 22 "
        "July 2025' (Tuesday); British conventions; cottages, booked weeks, occupancy in per "
        "cent, pounds and a changeover hour first; a housekeeper from Chernihiv who 'expects' "
        "`tens of thousands` 'more' (vague, increment, planned, other, `pub`); a guest from "
        "Cheongju who 'puts' the North's losses at `close to 5,000` (approx, casualties, other); a "
        "timeline `How the numbers grew` whose entries open with the month: 'November 2024:' the "
        "Pentagon's `about 11,000` in the Kursk region, 'January 2025:' the spy agency's `roughly "
        "3,000` killed or wounded, 'April 2025:' without a figure, 'June 2025:' Moscow's `6,000` "
        "sappers and builders (planned), 'This month:' NATO's `more than 15,000` served in Russia "
        "(the 1st to publication); the letter's own `thousands` digging trenches (unattributed, "
        "required); cottages, weeks, per cent, pounds, hours, ages, a phone number",
    text="""\
Harbour Cottages Solva - letter to owners

Solva, 22 July 2025

Dear owners,

the summer is going well. Our 27 cottages are booked for 91 per cent of the weeks between now \
and the end of September, and the two new ones up at Upper Solva filled within a fortnight. \
Changeover stays at 10 a.m. on Saturdays. The cleaning rate rises to £24 an hour from 1 August; \
we have held it since 2023.

Our team

Most of you know Oksana Kravets, 51, from Chernihiv, who has run our housekeeping team since the \
spring of 2023. Her son-in-law is in the army, and she follows the news from the east every \
evening. She expects Pyongyang to send [[tens of thousands]] more soldiers before the war is \
over. "Kim sells them by the trainload," she says.

A guest's view

One of our regular guests, Jang Hyun-woo, 66, a retired civil servant from Cheongju, stays in \
Pen Cei every July. Over a cup of tea on the quay he put the North's losses at [[close to \
5,000]], dead and wounded together. "Seoul knows more than it says," he told us.

How the numbers grew

Guests often ask Oksana about the North Korean soldiers, so we have put together a short \
timeline:

November 2024: the Pentagon puts [[about 11,000]] North Koreans in the Kursk region.
January 2025: South Korea's spy agency counts [[roughly 3,000]] killed or wounded.
April 2025: Moscow and Pyongyang confirm the deployment for the first time, without a number.
June 2025: Moscow says [[6,000]] North Korean sappers and builders will follow.
This month: NATO puts the number who have served in Russia at [[more than 15,000]].

It is strange to hand out beach towels while [[thousands]] of young men from the North dig \
trenches in Kursk. We thought you should know what our team carries with them.

Practical matters

Please check your smoke alarms before the August changeovers, and let us know about any repairs \
by the 10th. Our office number is 01437 721 684.

With best wishes,
Rhian Phillips
Harbour Cottages Solva
""",
    claims=(
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a housekeeper from Chernihiv, 'She expects' (undated): 'more' soldiers to be sent "
          "(increment after the figure, planned)", add=True),
        C("close to 5,000", 5000, "approx", "casualties", "other", "pub",
          "a guest from Cheongju, 'he put the North's losses at' (undated): dead and wounded "
          "('close to' as approx)"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "2024-11-01..2024-11-30",
          "timeline entry 'November 2024:' (the whole month): the Pentagon, in the Kursk region"),
        C("roughly 3,000", 3000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "timeline entry 'January 2025:': South Korea's spy agency, killed or wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "timeline entry 'June 2025:': Moscow says sappers and builders will follow (a new "
          "contingent without an increment word: planned)"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "2025-07-01..pub",
          "timeline entry 'This month:' (the 1st to publication): NATO, served in Russia (a "
          "total)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing without a source ('while thousands of young men from the "
          "North dig trenches in Kursk'): unattributed, required"),
    ),
)


S09 = Source(
    article_id="v202_09_guild_news_cathedral_flowers_st_davids_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-05-08"),
    dated_by="front_matter",
    features="a cathedral flower guild's newsletter from St Davids (Wales) in Markdown, UTF-16 LE "
        "with BOM, front matter with `date:` (Thursday) and a title without a figure, curly "
        "quotes; British conventions; arrangers, stems, pounds, a festival's days and visitors "
        "first; a verger from Lviv whose quote that Kim will send 'another' `10,000` before the "
        "winter (planned, increment, other, `pub`) is repeated as a pull quote (both required); "
        "an arranger from Jinju who 'believes' `about 1,000` have died (approx, casualties, "
        "other); a Markdown table `Date | Source | What they said` with the source and date "
        "before the figure: the Kremlin '28 April' without a figure, the NIS '29 April' `about "
        "600` killed, Ukraine's foreign ministry '30 April' `over 6,000` killed or wounded and "
        "the State Department '2 May' `around 14,000` sent in all; Moscow's ambassador in "
        "Pyongyang who 'told Russian television on Tuesday' `several thousand` 'remained' in the "
        "Kursk region (russia, vague, near the front); arrangers, stems, pounds, days, visitors, "
        "ages, a year",
    text="""\
---
title: "Guild News, May"
date: 2025-05-08
guild: St Davids Cathedral Flower Guild
---

# Guild News, May

The Easter arrangements used 1,200 stems, most of them daffodils and narcissi from three farms \
within five miles of the Close, and the nave pedestals lasted a full eleven days. Our 34 \
arrangers raised £1,460 at the plant stall. The flower festival will run for four days in June, \
and last time it brought more than 5,000 visitors through the west door.

## New faces in the vestry

Taras Hnatiuk, 63, came from Lviv in 2022 and has been a verger since last autumn. He helps us \
carry the heavy pedestals and will talk about the war to anyone who asks. “Kim will send another \
[[10,000]] before the winter, and Moscow will call them volunteers,” he says.

> “Kim will send another [[10,000]] before the winter.”

Yoo Eun-ji, 29, from Jinju is a postgraduate at the university in Lampeter and drives down on \
Saturdays to help with the altar flowers. She believes [[about 1,000]] North Koreans have died in \
Russia, “and their mothers will not be told”.

## A fortnight of figures

Late April brought a rush of numbers about the North Korean soldiers, and several of you asked \
us to set them out:

| Date | Source | What they said |
| --- | --- | --- |
| 28 April | Kremlin | thanked the North’s soldiers; no number |
| 29 April | South Korea’s intelligence service | [[about 600]] killed |
| 30 April | Ukraine’s foreign ministry | [[over 6,000]] killed or wounded |
| 2 May | US State Department | [[around 14,000]] sent in all |

Moscow’s ambassador in Pyongyang told Russian television on Tuesday that [[several thousand]] of \
the North’s soldiers remained in the Kursk region to clear mines.

The rota for June is on the board in the vestry. Please bring secateurs and a bucket.
""",
    claims=(
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a verger from Lviv, quoted ('he says', undated): Kim will send 'another' before the "
          "winter (increment, planned; span without the word)", add=True),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "pull quote repeating the verger's quote: required with the body quote's labels",
          add=True),
        C("about 1,000", 1000, "approx", "casualties", "other", "pub",
          "an arranger from Jinju, 'She believes' (undated): died in Russia"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-29",
          "table row '29 April | South Korea's intelligence service' (date and source before "
          "the figure): killed"),
        C("over 6,000", 6000, "at_least", "casualties", "ukraine", "2025-04-30",
          "table row '30 April | Ukraine's foreign ministry': killed or wounded"),
        C("around 14,000", 14000, "approx", "in_russia", "united_states", "2025-05-02",
          "table row '2 May | US State Department': sent in all (a total)"),
        C("several thousand", None, "vague", "near_front", "russia", "tue",
          "'Moscow's ambassador in Pyongyang told Russian television on Tuesday' (6 May): "
          "'remained' in the Kursk region to clear mines (not an increment)"),
    ),
)


S10 = Source(
    article_id="v202_10_volunteer_news_visitor_centre_st_davids_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-10-23"),
    dated_by="html_meta",
    features="a visitor centre's volunteer news from St Davids (Wales) in HTML, UTF-8 with BOM, "
        "`<meta name=\"date\">` (Thursday) and an `og:title` repeating a claim figure (optional), "
        "a script with volunteer hours, navigation, entities (`&ndash;`, `&middot;`, `&rsquo;`, "
        "`&ldquo;`, `&rdquo;`), a photo caption with seal pups (no claim), related-article links "
        "and a footer; British conventions; `<title>` and headline without a figure; volunteers, "
        "hours, visitors, seal pups and miles first; a section head 'Seoul: 2,000 North Koreans "
        "dead' that takes the claimant and day of the passage below it (the NIS 'on Monday', from "
        "20 October to publication); the NIS's `about 2,000` dead; a `<table>` `Source | When | "
        "Figure` with Ukraine's military intelligence '9 Oct' `11,000 to 12,000` in the Kursk "
        "region (range), NATO '14 Oct' `at least 5,000` builders due by the end of the year "
        "(planned) and a Moscow row without a figure; a guide from Kyiv who 'estimates' `roughly "
        "1,000` clearing mines (approx, near the front, other); a seal-survey volunteer from "
        "Wonju who 'thinks' `between 20,000 and 25,000` have served in Russia (range, other, "
        "`pub`); volunteers, hours, visitors, pups, miles, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-10-23">
<meta property="og:title" content="Volunteer News, October: seals, storms and Seoul&rsquo;s \
[[2,000]]">
<title>Volunteer News &ndash; October &middot; Visitor Centre, St Davids</title>
<script>var rota = {volunteers: 58, hoursThisYear: 4120, nextMeeting: "2025-11-06"};</script>
</head>
<body>
<nav><a href="/">Visitor Centre</a> &middot; <a href="/volunteer">Volunteer</a> &middot; <a \
href="/news">News</a></nav>
<main>
<h1>Volunteer News: a record summer and the first pups</h1>
<p>Our 58 volunteers gave 4,120 hours this year, and the centre welcomed just over 96,000 \
visitors between Easter and the end of September, a record. The coast path guides led 212 walks, \
the longest of them 11 miles around the headland.</p>
<figure><img src="/img/pup.jpg" alt=""><figcaption>One of the first grey seal pups of the \
season; volunteers counted 37 on the survey beaches by Sunday. Photo: visitor centre</figcaption>\
</figure>
<h2>Seoul: [[2,000]] North Koreans dead</h2>
<p>South Korea&rsquo;s intelligence service told lawmakers on Monday that the \
North&rsquo;s war dead now stood at [[about 2,000]], most of them killed by drones. Several of our \
volunteers follow the war closely, and two of them have family and friends on either side of \
it.</p>
<p>Halyna Levchenko, 39, from Kyiv guides the Saturday walks. She estimates that [[roughly \
1,000]] North Koreans are clearing mines in the Kursk region. &ldquo;They are sent where our \
men would never go,&rdquo; she said.</p>
<p>Shin Dong-wook, 52, a seal-survey volunteer from Wonju, thinks [[between 20,000 and 25,000]] \
men from the North have passed through Russian bases since last autumn.</p>
<table>
<tr><th>Source</th><th>When</th><th>Figure</th></tr>
<tr><td>Ukraine&rsquo;s military intelligence</td><td>9 Oct</td><td>[[11,000 to 12,000]] in the \
Kursk region</td></tr>
<tr><td>NATO</td><td>14 Oct</td><td>[[at least 5,000]] builders due by the end of the \
year</td></tr>
<tr><td>Russian defence ministry</td><td>15 Oct</td><td>no figure given</td></tr>
</table>
<h2>Related</h2>
<ul>
<li><a href="/news/seal-survey-2025">Seal survey: how to join the Sunday counts</a></li>
<li><a href="/news/path-closures">Coast path closures after the October storm</a></li>
</ul>
<p>Next volunteer meeting: Thursday 6 November, 6 p.m. Call 01437 720 392 to join.</p>
</main>
<footer>Visitor Centre &middot; St Davids &middot; volunteers@visitorcentre.example</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "og:title repeating the section head's figure in page metadata: optional", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "section head 'Seoul: 2,000 North Koreans dead': takes the claimant and day of the "
          "passage below it (the NIS on Monday, 20 October) to publication, required"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "'South Korea's intelligence service told lawmakers on Monday' (20 October): the "
          "North's war dead"),
        C("roughly 1,000", 1000, "approx", "near_front", "other", "pub",
          "a guide from Kyiv, 'She estimates' (undated): clearing mines in the Kursk region"),
        C("between 20,000 and 25,000", None, "range", "in_russia", "other", "pub",
          "a seal-survey volunteer from Wonju, 'thinks' (undated): passed through Russian bases "
          "since last autumn (a total over a period)"),
        C("11,000 to 12,000", None, "range", "near_front", "ukraine", "2025-10-09",
          "table row 'Ukraine's military intelligence | 9 Oct': in the Kursk region"),
        C("at least 5,000", 5000, "at_least", "planned", "nato", "2025-10-14",
          "table row 'NATO | 14 Oct': builders due by the end of the year (planned; no "
          "increment word)"),
    ),
)


S11 = Source(
    article_id="v202_11_rookery_bulletin_shearwaters_port_fairy_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-01-30"),
    dated_by="sidecar",
    sidecar=(
        "Griffiths Island Shearwater Volunteers",
        "https://www.shearwatervolunteers.example/bulletin/2025-01",
        "Rookery Bulletin: chicks, burrows and a call from the front",
    ),
    features="a shearwater rookery volunteers' bulletin from Port Fairy (Victoria) in Markdown, "
        "windows-1252 with `’`, `“”` and `–`, front matter without a date (sidecar, Thursday) "
        "and a title without a figure; Australian conventions (`kilometres`, `metres`, `$`, "
        "`arvo`); burrows, birds, kilometres, dollars and an hour first; a volunteer from Kharkiv "
        "relaying her husband, a drone operator near Kursk ('He rang on Saturday, she said.', "
        "carried by 'he told her'; the set's second relative-at-the-front) `about ninety` moving "
        "into a village (approx with a number word, near the front) and `eleven` killed (number "
        "word, casualties; both other, from Saturday to publication); a nurse from Seogwipo who "
        "'expects' `up to 20,000` 'more' (at_most, increment, planned, other, `pub`); a `What we "
        "know` list whose bullets open with a bold source and date: Kyiv '12 January' `two` "
        "captured (number word), the NIS 'last week' `about 3,000` killed or wounded, the White "
        "House 'in mid-January' `more than 1,000` killed (the 11th to the 20th) and Moscow "
        "without a figure; burrows, birds, kilometres, dollars, ages, an hour, a year",
    text="""\
---
title: "Rookery Bulletin"
group: Griffiths Island Shearwater Volunteers
---

# Rookery Bulletin

The short-tailed shearwaters are feeding chicks, and the rookery is as busy as we have seen it. \
Our January count found chicks in 61 of the 100 burrows on the monitoring transect, up from 54 \
last summer. Please keep to the boardwalk: one careless step can crush a burrow, and the loop \
around the island is only 2.4 kilometres anyway. The sunset watch at the lighthouse car park \
starts at 8.45 pm, and we are raising $3,500 for a new thermal camera.

## A call from the front

Kateryna Bilous, 36, from Kharkiv joined the sunset roster in November and now leads the \
Thursday arvo burrow checks. Her husband flies drones for a brigade near Kursk. He rang on \
Saturday, she said. [[About ninety]] North Koreans had moved into a village in front of his unit \
that week, he told her, and his team had killed [[eleven]] of them in one night. “He sounds \
tired. He is always tired,” she said.

## Birds and news

Ko Min-ji, 31, a nurse from Seogwipo on Jeju, has counted birds with us since she arrived on a \
working holiday visa. She expects Pyongyang to send [[up to 20,000]] more soldiers to Russia this \
year.

## What we know

- **Kyiv, 12 January:** [[two]] North Korean soldiers captured alive in the Kursk region.
- **South Korea’s spy agency, last week:** [[about 3,000]] killed or wounded.
- **The White House, in mid-January:** [[more than 1,000]] killed.
- **NATO, on Monday:** [[some 11,000]] still fighting alongside Russian units.
- **Moscow:** no figure; the Kremlin still will not confirm that the troops are there.

Next working bee: Sunday 9 February, 7 am at the causeway. Bring a hat and water.
""",
    claims=(
        C("About ninety", 90, "approx", "near_front", "other", "sat..pub",
          "a volunteer from Kharkiv relaying her husband, a drone operator near Kursk ('He rang "
          "on Saturday, she said.', then 'he told her' after the figure; the speaker quoted: "
          "other): moved into a village 'that week' (the period; approx with a number word; "
          "from Saturday, 25 January, to publication)"),
        C("eleven", 11, "exact", "casualties", "other", "sat..pub",
          "same call, 'and', number word: killed by his team in one night"),
        C("up to 20,000", 20000, "at_most", "planned", "other", "pub",
          "a nurse from Seogwipo, 'She expects' (undated): 'more' soldiers sent this year "
          "(increment after the figure, planned)", add=True),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-12",
          "bullet with a bold source and date '**Kyiv, 12 January:**': captured alive (number "
          "word)"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "lastweek",
          "bullet '**South Korea's spy agency, last week:**': killed or wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2025-01-11..2025-01-20",
          "bullet '**The White House, in mid-January:**' (the 11th to the 20th): killed"),
        C("some 11,000", 11000, "approx", "near_front", "nato", "mon",
          "bullet '**NATO, on Monday:**' (27 January): 'still' fighting alongside Russian units "
          "(not an increment)"),
    ),
)


S12 = Source(
    article_id="v202_12_walking_bus_news_port_fairy",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-08-28"),
    dated_by="sidecar",
    sidecar=(
        "Port Fairy Walking Bus",
        "https://www.portfairywalkingbus.example/news/term-3-2025",
        "Walking Bus News, Term 3",
    ),
    features="a primary-school walking bus's volunteer newsletter from Port Fairy (Victoria) as "
        "plain text, UTF-8 (sidecar, Thursday; the sidecar title without a figure), curly quotes "
        "and `–`; Australian conventions (`kilometres`, `per cent`, `Term 3`); routes, children, "
        "kilometres, volunteers, a share in per cent and a time first; a `BY THE NUMBERS` box "
        "whose lines put the figure first and the source after it: NATO 'this month' `15,000` "
        "served in Russia (the 1st to publication), Moscow 'in June' `6,000` sappers and "
        "builders (planned, the whole month) and the NIS 'on Monday' `close to 2,000` dead; a "
        "grandfather from Poltava who 'thinks' `well over 5,000` killed or wounded (at_least, "
        "other, `pub`); a mother from Gimhae who 'expects' `thousands` 'more' (vague, increment, "
        "planned, other); KCNA that 'reported' 'On Friday' the leader with the families of "
        "`101` killed (north_korea, "
        "exact, casualties); the newsletter's own `thousands` digging trenches (unattributed, "
        "required); routes, children, kilometres, volunteers, per cent, ages, times, a phone "
        "number",
    text="""\
WALKING BUS NEWS – TERM 3

Thank you to every volunteer who turned out through the wettest July in years. Our three routes \
now carry 64 children to school each morning, and the Gipps Street route alone covered more than \
310 kilometres this term, counted one small step at a time. We have 22 volunteer drivers, sorry, \
walkers, and 18 per cent of them are grandparents.

Meet the walkers

Mykola Shevchuk, 68, from Poltava walks the Gipps Street route with his grandson every Tuesday \
and Thursday. He was an engineer at a power station before the war. He thinks [[well over \
5,000]] of the North's troops are dead or wounded by now, more than anyone admits.

Jung Hye-won, 37, from Gimhae moved here with her husband, who works at the cheese factory, and \
leads the Bank Street route on Fridays. She expects Pyongyang to send [[thousands]] more young men \
to Russia before the end of the year. “My cousin is nineteen. I think about him every \
morning,” she said.

BY THE NUMBERS
[[15,000]] – North Koreans who have served in Russia since October 2024, by NATO's count this \
month
[[6,000]] – sappers and builders Moscow said in June would follow them
[[close to 2,000]] – North Korean dead, South Korea's spy agency told lawmakers on Monday

On Friday, Pyongyang's KCNA agency reported that the leader had sat down with the families of \
[[101]] soldiers killed in the Kursk region and promised their children places at an elite \
school.

It is hard to explain to a class of eight-year-olds why [[thousands]] of young men from the North \
are spending another summer digging trenches near Kursk. We don't try to. We just walk them to \
school.

Reminders

The walking bus leaves each stop at 8.20 am sharp. Hi-vis vests are in the tub outside the \
office. New walkers, call Deb Carmody on 0418 552 907.
""",
    claims=(
        C("well over 5,000", 5000, "at_least", "casualties", "other", "pub",
          "a grandfather from Poltava, 'He thinks' (undated): killed or wounded ('well over' as "
          "at_least)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a mother from Gimhae, 'She expects' (undated): 'more' young men to be sent (increment "
          "after the figure, planned)", add=True),
        C("15,000", 15000, "exact", "in_russia", "nato", "2025-08-01..pub",
          "box line, the figure first and the source after it ('by NATO's count this month', "
          "the 1st to publication): served in Russia since October 2024 (a total)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "box line 'sappers and builders Moscow said in June would follow them' (the whole "
          "month; a new contingent without an increment word: planned)"),
        C("close to 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "box line 'South Korea's spy agency told lawmakers on Monday' (25 August) after the "
          "figure: dead"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "'On Friday, Pyongyang's KCNA agency reported' (22 August): the leader met the "
          "families of soldiers killed in the Kursk region"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the newsletter's own framing without a source ('why thousands of young men from the "
          "North are spending another summer digging trenches near Kursk'): unattributed, "
          "required"),
    ),
)


SOURCES = (
    S01, S02, S03, S04, S05, S06,
    S07, S08, S09, S10, S11, S12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
