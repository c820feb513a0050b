"""Build the TWO-HUNDREDTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The two-hundred-and-second corpus, for an honest measurement on articles the extractor has never
met, written in session 20 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news in spoken and transcribed formats from outlets the other corpora
do not have: the record of a citizens' meeting from Lessach (Salzburg, Austrian conventions), a
village radio's noon news script from Göriach (Salzburg), a reading society's report of a panel
evening from Andeer and a village newsletter's interview from Sufers (both Graubünden, Swiss
conventions), a local news site's press-conference summary from Reit im Winkl and a biathlon
podcast's transcript from Ruhpolding (Upper Bavaria); a community radio's morning news script and a
weekly's straight news story from Silverton, a civic forum's town-hall record and a weekly's panel
report from Leadville, and a mountain news site's press-conference summary from the film festival
and a local podcast's transcript from Telluride (Colorado). Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind200_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Lessach and Göriach in Salzburg, Andeer and Sufers in Graubünden, Reit im
# Winkl and Ruhpolding in Upper Bavaria)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="b200_01_niederschrift_buergerversammlung_lessach",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-30"),
    dated_by="dateline", crlf=True,
    features="the record of a citizens' meeting from Lessach (Salzburg) as plain text, "
        "windows-1252 with CRLF, `„“` and `–` (no sidecar), dated by the place line 'Lessach, 30. "
        "Jänner 2025' (Thursday) under a heading naming the meeting of 28 January; Austrian "
        "conventions (`Jänner`, `Feber`, `heuer`, `vorige`, `ersucht`); agenda items with the "
        "budget in millions, a water main and snow clearing in euros, farms, Ukrainians living in "
        "the village and their children first; a cook from Uman relaying her brother, a medic in "
        "the Kursk region ('Er habe am Sonntag angerufen, erzählt sie.', Konjunktiv) `mehrere "
        "hundert` opposite his position (vague, near the front) and `zwölf` fallen (number word, "
        "casualties; both other, from Sunday to publication); a retired colonel citing the NIS "
        "'Mitte Jänner' (the 11th to the 20th) `rund 11.000` moved to Russia, `etwa 300` fallen "
        "and `2.700` wounded; the cook answering with Zelensky 'Anfang Jänner' `fast 4.000` "
        "killed and wounded ('fast' as approx, days 1-10); the colonel's own 'weitere' `10.000 "
        "bis 15.000` by summer (range, increment, planned, other, from the meeting's Tuesday to "
        "publication); Russia's losses a day (not a claim), citizens, millions, euros, farms, "
        "people, children, ages, times, dates, a phone number",
    text="""\
Gemeinde Lessach
Niederschrift über die Bürgerversammlung vom 28. Jänner 2025

Lessach, 30. Jänner 2025

Ort: Gemeindesaal im Feuerwehrhaus. Beginn: 19.30 Uhr, Ende: 22.05 Uhr.
Vorsitz: Bürgermeister Johann Pritz. Schriftführung: Amtsleiterin Maria Kocher.
Anwesend: 71 Gemeindebürgerinnen und Gemeindebürger.

TOP 1 – Voranschlag 2025
Der Bürgermeister erläutert den Voranschlag. Der ordentliche Haushalt umfasst heuer 2,9 Millionen \
Euro. Für die Erneuerung der Wasserleitung zu den Höfen am Sonnenhang sind 410.000 Euro \
vorgesehen, ein Drittel davon trägt das Land. Die Schneeräumung hat seit November schon 36.000 \
Euro gekostet, mehr als im ganzen vorigen Winter. Auf Anfrage von Frau Resi Löcker: Die letzten 9 \
Höfe werden im Sommer an den Kanal angeschlossen.

TOP 2 – Ukrainische Familien in der Gemeinde
Amtsleiterin Kocher berichtet, dass derzeit 17 Menschen aus der Ukraine in Lessach wohnen, davon \
6 Kinder, die alle in die Volksschule gehen. Olena Bondar, 41, aus Uman kocht seit zwei Jahren im \
Gasthof beim Bach und dankt im Namen der Familien für die Hilfe im Dorf. Ihr Bruder ist Sanitäter \
bei einer Brigade im Gebiet Kursk. Er habe am Sonntag angerufen, erzählt sie. Gegenüber seiner \
Stellung lägen [[mehrere hundert]] Nordkoreaner, und [[zwölf]] von ihnen seien in der Nacht davor \
bei einem Sturmangriff gefallen. „Er sagt, sie stürmen über die Äcker, als hätten sie noch nie \
eine Drohne gesehen“, so Frau Bondar.

TOP 3 – Allfälliges
Oberst i. R. Alois Gruber meldet sich zur Lage an der Front zu Wort. Er verweist auf die Zahlen, \
die der südkoreanische Geheimdienst Mitte Jänner den Abgeordneten in Seoul vorgelegt hat: Von den \
[[rund 11.000]] nach Russland verlegten Soldaten aus dem Norden seien [[etwa 300]] gefallen und \
[[2.700]] verwundet worden.
Frau Bondar hält die Zahl der Toten für viel zu niedrig. Präsident Selenskyj habe schon Anfang \
Jänner von [[fast 4.000]] getöteten und verwundeten Nordkoreanern gesprochen, sagt sie.
Oberst Gruber entgegnet, im Krieg rechne jede Seite zu ihren Gunsten. Er selbst geht davon aus, \
dass Pjöngjang bis zum Sommer weitere [[10.000 bis 15.000]] Mann nachschickt. Russland verliere \
an manchen Tagen mehr als 1.500 eigene Soldaten, da seien die Nordkoreaner für den Kreml eine \
billige Reserve.
GR Peter Moser fragt, ob die Gemeindevertretung dazu etwas beschließen könne. Der Bürgermeister \
verneint: Außenpolitik sei nicht Sache der Gemeinde, der Saal stehe aber gern für einen \
Vortragsabend zur Verfügung.
Frau Löcker ersucht um einen zweiten Streudienst bei der Schulbushaltestelle. Wird geprüft.

Die nächste Sitzung der Gemeindevertretung findet am 20. Feber 2025 um 19 Uhr statt.

Für die Richtigkeit: Maria Kocher
Gemeindeamt Lessach, Tel. 06484 7212
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun..pub",
          "a cook from Uman relaying her brother, a medic in the Kursk region ('Er habe am "
          "Sonntag angerufen, erzählt sie.', Konjunktiv; the speaker quoted: other): opposite "
          "his position (from Sunday, 26 January, to publication)"),
        C("zwölf", 12, "exact", "casualties", "other", "sun..pub",
          "same call, 'und', Konjunktiv, number word: fallen in an assault 'in der Nacht davor' "
          "(the night of the deaths, not the claim date)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-11..2025-01-20",
          "a retired colonel citing 'die Zahlen, die der südkoreanische Geheimdienst Mitte "
          "Jänner den Abgeordneten in Seoul vorgelegt hat' (the 11th to the 20th, the Austrian "
          "month): moved to Russia (the claim is the NIS's, not the colonel's)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same figures, Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same figures, 'und': wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "the cook answering the colonel: 'Präsident Selenskyj habe schon Anfang Jänner von … "
          "gesprochen' (days 1-10; 'fast' as approx, like 'nearly'): killed and wounded"),
        C("10.000 bis 15.000", None, "range", "planned", "other", "tue..pub",
          "the retired colonel's own view at the meeting, 'Er selbst geht davon aus' (from the "
          "meeting's Tuesday, 28 January, to publication): 'weitere' to be sent by summer "
          "(increment, planned; span without the word)", add=True),
    ),
)


S02 = Source(
    article_id="b200_02_mittagsjournal_radio_goeriach_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-21"),
    dated_by="front_matter",
    features="a village radio's noon news script from Göriach (Salzburg) in Markdown, UTF-8, front "
        "matter with `date:` (Friday), a programme and a newsreader, a title without a figure; "
        "bold speaker cues (`SPRECHERIN:`, `O-TON`), a sounder and clip lengths, `„“` and `–`; "
        "Austrian words (`Jänner`, `Feber`, `heuer`, `Grüß Gott`); the JCS 'heute Vormittag' "
        "'zusätzlich' `rund 3.000` (increment) and the spokesman's total `gut 14.000` ('gut' as "
        "at_least, not an increment; both `pub`); HUR's spokesman named after the figure ('sagte "
        "gestern ein Sprecher') `höchstens 8.000` at the front (at_most, yesterday); a political "
        "scientist's clip `zwischen 10.000 und 12.000` (range, other, `pub`); 'Medienberichten "
        "aus Seoul zufolge' `mehrere hundert` trained as drone pilots in Russia (unattributed, "
        "vague, in Russia); 'Das Pentagon schätzt' `mehrere tausend` dead and wounded (undated); "
        "Rutte 'am Mittwoch in Brüssel' `mehr als 11.000`; clip seconds, euros, metres of pipe, "
        "an avalanche level, centimetres of new snow, degrees, starters, times",
    text="""\
---
title: "Mittagsjournal – Sendemanuskript"
date: 2025-02-21
sender: Radio Göriachtal
sendung: Mittagsjournal, 12.00 Uhr
sprecherin: Theresa Lerchner
redaktion: Florian Hofer
---

# Mittagsjournal, Freitag, 12.00 Uhr

**[SIGNATION, 0:08]**

**SPRECHERIN:** Grüß Gott aus dem Studio in Göriach. Unsere Themen: Seoul meldet neue Soldaten \
aus dem Norden für Russland, in Lessach wird die Wasserleitung teurer, und am Wochenende steigt \
die Lawinengefahr.

## Meldung 1: Nordkoreaner in Russland

**SPRECHERIN:** Nordkorea hat nach Erkenntnissen des südkoreanischen Generalstabs seit Jänner \
zusätzlich [[rund 3.000]] Soldaten nach Russland geschickt. Das teilte der Generalstab heute \
Vormittag in Seoul mit. Insgesamt seien damit [[gut 14.000]] Mann aus dem Norden nach Russland \
gekommen, rechnete ein Sprecher vor.

**SPRECHERIN:** In Kiew klingt das anders. Im Gebiet Kursk stünden nur noch [[höchstens 8.000]] \
Nordkoreaner an der Front, sagte gestern ein Sprecher des ukrainischen Militärgeheimdienstes. Ein \
Teil der Truppe sei nach schweren Verlusten abgezogen worden.

**SPRECHERIN:** Wie passt das zusammen? Wir haben die Politologin Barbara Lindner von der \
Universität Salzburg gefragt.

**O-TON LINDNER (0:22):** „Seoul zählt, wer gekommen ist, und Kiew zählt, wer gerade schießt. Ich \
halte [[zwischen 10.000 und 12.000]] Mann im Kampfgebiet für plausibel, mehr nicht.“

**SPRECHERIN:** Medienberichten aus Seoul zufolge werden in Russland außerdem [[mehrere hundert]] \
Nordkoreaner zu Drohnenpiloten ausgebildet. Das Pentagon schätzt die Verluste des Nordens \
inzwischen auf [[mehrere tausend]] Tote und Verwundete. Nato-Generalsekretär Mark Rutte sprach am \
Mittwoch in Brüssel von [[mehr als 11.000]] nordkoreanischen Soldaten, die in Russland im Einsatz \
seien.

## Meldung 2: Wasserleitung Lessach

**SPRECHERIN:** Die neue Wasserleitung zu den Höfen am Sonnenhang in Lessach wird um 55.000 Euro \
teurer als geplant. Nach dem Hochwasser im Herbst müssen 300 Meter Leitung tiefer verlegt werden. \
Baubeginn ist trotzdem im Mai, hieß es seit Anfang Feber aus dem Gemeindeamt.

## Meldung 3: Wetter und Lawinen

**SPRECHERIN:** Der Lawinenwarndienst rechnet für das Wochenende oberhalb von 1.800 Metern mit \
Stufe 3. Bis Sonntag kommen 40 bis 60 Zentimeter Neuschnee dazu, in der Nacht hat es bis zu minus \
12 Grad.

## Meldung 4: Sport

**SPRECHERIN:** Beim Vereinsrennen des Skiklubs Göriach am Sonntag sind heuer 120 Starterinnen \
und Starter gemeldet, so viele wie nie. Start ist um 10 Uhr beim Schlepplift.

**SPRECHERIN:** Das war das Mittagsjournal. Die nächsten Nachrichten hören Sie um 13 Uhr.

**[SIGNATION]**
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "pub",
          "'Das teilte der Generalstab heute Vormittag in Seoul mit' (the claimant in the "
          "sentence after the figure; 'heute': the day of publication): 'zusätzlich' sent to "
          "Russia since January (increment)", add=True),
        C("gut 14.000", 14000, "at_least", "in_russia", "south_korea", "pub",
          "same briefing, 'rechnete ein Sprecher vor' after the figure: 'Insgesamt' come to "
          "Russia ('gut' as at_least, as in earlier sets; a total, not an increment)"),
        C("höchstens 8.000", 8000, "at_most", "near_front", "ukraine", "yday",
          "'sagte gestern ein Sprecher des ukrainischen Militärgeheimdienstes' after the "
          "figure: still at the front in the Kursk region"),
        C("zwischen 10.000 und 12.000", None, "range", "near_front", "other", "pub",
          "a political scientist's recorded clip ('Ich halte … für plausibel', undated): in the "
          "combat zone"),
        C("mehrere hundert", None, "vague", "in_russia", "unattributed", "pub",
          "'Medienberichten aus Seoul zufolge' (no named source: unattributed): being trained "
          "as drone pilots in Russia (training in Russia: in_russia)"),
        C("mehrere tausend", None, "vague", "casualties", "united_states", "pub",
          "'Das Pentagon schätzt' (undated): dead and wounded"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "wed",
          "'Nato-Generalsekretär Mark Rutte sprach am Mittwoch in Brüssel von' (19 February): "
          "deployed in Russia"),
    ),
)


S03 = Source(
    article_id="b200_03_podium_lesegesellschaft_andeer_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-16"),
    dated_by="html_meta",
    features="a reading society's report of its panel evening from Andeer (Graubünden) in HTML, "
        "ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, `&middot;`), "
        "`article:published_time` +02:00 (Friday), navigation, a footer with a postcode and a "
        "phone number; Swiss conventions (`ss`, «», `4'700`, `11'000`, `6'000`, `14'000`); "
        "`<title>` and headline without a figure; guests, an entry fee in francs, the bath's "
        "degrees and years first; a panel 'Am Mittwochabend' that dates the guests' own views "
        "(Wednesday to publication); a former defence attaché citing the NIS 'Ende April' `rund "
        "4'700` dead and wounded and `etwa 600` fallen (the 21st to the 30th) and his own `etwa "
        "11'000` still in Russia (other); a Ukrainian journalist questioning those figures with "
        "the general staff's `mehr als 6'000` (undated: `pub`); a Koreanist citing Gerasimov 'am "
        "26. April' `Tausende` in the Kursk fighting (russia, vague, near the front), her own "
        "'nochmals' `15'000 bis 20'000` (range, increment, planned, other) and Rutte 'Anfang Mai' "
        "`mehr als 14'000` (days 1-10); two thirds of the ammunition (not a claim), guests, "
        "francs, degrees, years, ages, a date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-05-16T07:30:00+02:00">
<title>Podium im Badesaal: Wer zählt die Soldaten? &ndash; Lesegesellschaft Andeer</title>
</head>
<body>
<nav><a href="/">Start</a> &middot; <a href="/programm">Programm</a> &middot; <a \
href="/berichte">Berichte</a> &middot; <a href="/mitglied">Mitglied werden</a></nav>
<main>
<h1>Podium im Badesaal: Wer zählt die Soldaten?</h1>
<p class="lead">Drei Gäste, drei Zählweisen: Am Mittwochabend diskutierten im Saal beim \
Mineralbad ein ehemaliger Verteidigungsattaché, eine ukrainische Journalistin und eine \
Koreanistin über Pjöngjangs Soldaten an der russischen Front.</p>
<p>Gut 60 Gäste waren gekommen, so viele wie seit der Lesung im letzten Herbst nicht mehr. Der \
Eintritt kostete 15 Franken, Mitglieder zahlten die Hälfte, und wer nach der Diskussion noch ins \
Bad wollte, fand das Wasser bei 34 Grad. Moderiert hat Gemeinderätin Seraina Mani.</p>
<h2>Der Attaché: «Seoul zählt am genausten»</h2>
<p>Urs Capaul, 66, war von 2011 bis 2015 Verteidigungsattaché der Schweiz in Seoul und lebt heute \
im Dorf. Er stützte sich auf den südkoreanischen Geheimdienst. Dieser habe Ende April von [[rund \
4'700]] toten und verwundeten Nordkoreanern gesprochen, [[etwa 600]] davon gefallen. In Russland \
stünden nach seiner Einschätzung heute noch [[etwa 11'000]] Mann, die meisten inzwischen hinter \
der Front.</p>
<h2>Die Journalistin: «Viel zu tief»</h2>
<p>Das wollte Kateryna Lysenko, 35, nicht stehen lassen. Die Journalistin aus Tscherkassy \
schreibt seit 2022 von Chur aus für ein ukrainisches Onlineportal. «Viel zu tief», sagte sie zu \
den Zahlen aus Seoul. Der ukrainische Generalstab zähle [[mehr als 6'000]] tote und verwundete \
Nordkoreaner, und diese Zählung komme direkt von der Front. Capaul hielt dagegen, im Krieg rechne \
jede Seite zu ihren Gunsten.</p>
<h2>Die Koreanistin: «Es kommen noch mehr»</h2>
<p>Ji-won Brunner-Kim, 48, lehrt Koreanistik in Zürich. Sie erinnerte daran, dass Pjöngjang den \
Einsatz Ende April zum ersten Mal offiziell bestätigt hat, allerdings ohne eine Zahl. Der \
russische Generalstabschef Waleri Gerassimow habe am 26. April [[Tausende]] nordkoreanische \
Soldaten gelobt, die bei der Rückeroberung des Gebiets Kursk gekämpft hätten. Sie rechnet damit, \
dass Pjöngjang bis Ende Jahr nochmals [[15'000 bis 20'000]] Mann schickt. Nato-Generalsekretär \
Mark Rutte hatte Anfang Mai von [[mehr als 14'000]] Nordkoreanern gesprochen, die seit dem Herbst \
in Russland eingesetzt worden seien; auch das hält sie für plausibel.</p>
<p>Zum Schluss fragte ein Zuhörer, was das alles mit Andeer zu tun habe. «Mehr, als man denkt», \
sagte Capaul: Zwei Drittel der Granaten, die Russland im Winter verschossen habe, stammten aus \
Nordkorea. Die nächste Veranstaltung der Lesegesellschaft ist eine Lesung im Hotelgarten am 12. \
Juni.</p>
</main>
<footer>Lesegesellschaft Andeer &middot; 7440 Andeer &middot; Tel. 081 661 14 27</footer>
</body>
</html>
""",
    claims=(
        C("rund 4'700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "a former defence attaché citing the NIS, 'Dieser habe Ende April von … gesprochen' "
          "(the 21st to the 30th; the claim is the NIS's): dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same statement, 'davon': fallen among them"),
        C("etwa 11'000", 11000, "approx", "in_russia", "other", "wed..pub",
          "the attaché's own view at the panel, 'nach seiner Einschätzung' (the panel 'Am "
          "Mittwochabend', 14 May, to publication; a former official speaking for himself: "
          "other): 'noch' in Russia, mostly behind the front (not an increment)"),
        C("mehr als 6'000", 6000, "at_least", "casualties", "ukraine", "pub",
          "a Ukrainian journalist questioning the NIS figures with 'Der ukrainische Generalstab "
          "zähle' (the general staff's count, undated: `pub`): dead and wounded"),
        C("Tausende", None, "vague", "near_front", "russia", "2025-04-26",
          "a Koreanist citing 'Der russische Generalstabschef Waleri Gerassimow habe am 26. "
          "April' (an explicit date): praised for fighting in the retaking of the Kursk region"),
        C("15'000 bis 20'000", None, "range", "planned", "other", "wed..pub",
          "the Koreanist's own view, 'Sie rechnet damit' (the panel's Wednesday to "
          "publication): 'nochmals' to be sent by the end of the year (increment, planned)",
          add=True),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "nato", "2025-05-01..2025-05-10",
          "'Nato-Generalsekretär Mark Rutte hatte Anfang Mai von … gesprochen' (days 1-10): "
          "deployed in Russia since the autumn (the period, not the claim date)"),
    ),
)


S04 = Source(
    article_id="b200_04_dorfblatt_gespraech_sufers",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-08-07"),
    dated_by="sidecar",
    sidecar=(
        "Suferser Dorfblatt",
        "https://www.dorfblatt-sufers.example/sommer-2025/gespraech-simeon",
        "«Die Zahlen sind immer auch Politik»: Sommergespräch mit Andrea Simeon",
    ),
    features="a village newsletter's summer interview from Sufers (Graubünden) as plain text, "
        "UTF-16 LE with BOM (sidecar, Thursday; the sidecar title without a figure); Swiss "
        "conventions (`ss`, «», `15'000`, `2'000`, `11'000`, `8'400`, four-digit `1000`, `5000`, "
        "`3000`); question-and-answer form with speaker labels ('Dorfblatt:' / 'Simeon:'), the "
        "interview held 'am Montag' (her own figures: Monday to publication); the reservoir, "
        "years and a retired diplomat's postings first; the interviewer's questions cite Shoigu "
        "'Im Juni' `1000` deminers and `5000` builders (russia, planned, the month), the NIS 'Ende "
        "Juli' `rund 2'000` fallen (the 21st to the 31st) and Washington 'spricht von' `rund "
        "11'000` 'weiterhin' in Kursk (undated: `pub`, not an increment); the diplomat's own "
        "`über 15'000` in Russia, `Tausende` still to come (vague, increment, planned), her "
        "disagreement `3000 bis 4000` dead (range); North Korean state television 'Im Juli' with "
        "`Dutzenden` coffins (north_korea, vague, casualties); the North's army as a whole (not a "
        "claim), years, ages, a fraction, dates, francs",
    text="""\
Suferser Dorfblatt – Sommerausgabe

«Die Zahlen sind immer auch Politik»

Andrea Simeon, 69, war Botschaftsrätin der Schweiz in Moskau und später in Kiew. Seit ihrer \
Pensionierung verbringt sie die Sommer im Elternhaus am Dorfbach. Wir haben am Montag auf ihrer \
Laube mit ihr gesprochen, mit Blick auf den Stausee, der nach dem trockenen Frühling erst zu drei \
Vierteln gefüllt ist.

Dorfblatt: Frau Simeon, Sie verfolgen diesen Krieg seit 2014 aus der Nähe. Was hat sich geändert, \
seit Nordkorea Soldaten schickt?

Simeon: Der Krieg ist ein Stück weit asiatisch geworden. Das unterschätzen wir in Europa. \
Pjöngjang liefert nicht nur Granaten, sondern Menschen, und bekommt dafür Devisen, Öl und Technik.

Dorfblatt: Im Juni hat der russische Sicherheitsratssekretär Sergei Schoigu in Pjöngjang \
angekündigt, Nordkorea schicke [[1000]] Minenräumer und [[5000]] Militärbauarbeiter ins Gebiet \
Kursk. Ist das der nächste Schritt?

Simeon: Ja. Die Kämpfer hat man schon gehabt, jetzt kommen die Bauleute. Ich gehe davon aus, dass \
insgesamt schon [[über 15'000]] Nordkoreaner in Russland gewesen sind, und es werden noch \
[[Tausende]] dazukommen.

Dorfblatt: Der südkoreanische Geheimdienst hat Ende Juli die Zahl der Gefallenen auf [[rund \
2'000]] geschätzt.

Simeon: Das halte ich für zu tief. Wer die Angriffe im Winter gesehen hat, über offenes Feld, \
ohne Deckung, der kommt eher auf [[3000 bis 4000]] Tote. Aber ich war nicht dort, das muss ich \
dazusagen.

Dorfblatt: Washington spricht von [[rund 11'000]] Nordkoreanern, die weiterhin im Gebiet Kursk \
stünden.

Simeon: Das kann gut sein. Die Amerikaner sehen vieles von oben, aus dem All.

Dorfblatt: Und was sagt Pjöngjang selbst?

Simeon: Im Juli hat das nordkoreanische Staatsfernsehen gezeigt, wie Kim Jong Un vor den Särgen \
von [[Dutzenden]] Gefallenen niederkniet. Früher hätte man so etwas nie gezeigt. Das ist eine \
Botschaft nach innen: Die Opfer sind ehrenvoll.

Dorfblatt: Nordkoreas Armee zählt über eine Million Soldaten. Müssen wir uns Sorgen machen?

Simeon: Um die Schweiz nicht. Um die jungen Männer, die man dort verheizt, schon. Viele sind kaum \
20 Jahre alt.

Dorfblatt: Frau Simeon, herzlichen Dank für das Gespräch.

Aus der Gemeinde
Die Alpentladung ist am Samstag, 20. September. Die Gemeindekanzlei bleibt vom 11. bis 22. August \
geschlossen. Der neue Brunnentrog beim Schulhaus hat 8'400 Franken gekostet, die Hälfte davon \
übernimmt der Verkehrsverein.
""",
    claims=(
        C("1000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "the interviewer's question citing 'der russische Sicherheitsratssekretär Sergei "
          "Schoigu' 'Im Juni' (the month): deminers to be sent to the Kursk region (a question "
          "citing a source is that source's claim, as in earlier sets)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement, 'und': military builders"),
        C("über 15'000", 15000, "at_least", "in_russia", "other", "mon..pub",
          "the retired diplomat's own view, 'Ich gehe davon aus' (the interview 'am Montag', 4 "
          "August, to publication; a former official speaking for herself: other): have been "
          "in Russia in all (a total, not an increment)"),
        C("Tausende", None, "vague", "planned", "other", "mon..pub",
          "same answer, 'und es werden noch Tausende dazukommen' (increment, planned)",
          add=True),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "the interviewer's statement citing 'Der südkoreanische Geheimdienst hat Ende Juli' "
          "(the 21st to the 31st): fallen"),
        C("3000 bis 4000", None, "range", "casualties", "other", "mon..pub",
          "the diplomat questioning the NIS figure ('Das halte ich für zu tief … der kommt eher "
          "auf'): dead (her own estimate; Swiss four-digit numbers without an apostrophe)"),
        C("rund 11'000", 11000, "approx", "near_front", "united_states", "pub",
          "the interviewer's question, 'Washington spricht von' (undated): 'weiterhin' in the "
          "Kursk region (still, not an increment)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-07-01..2025-07-31",
          "the diplomat citing 'Im Juli hat das nordkoreanische Staatsfernsehen gezeigt' (the "
          "month; state television: north_korea): coffins of the fallen"),
    ),
)


S05 = Source(
    article_id="b200_05_pressekonferenz_sicherheitstage_reit_im_winkl_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "Winkler Bote",
        "https://www.winkler-bote.example/lokales/2024-12/sicherheitstage-pressekonferenz",
        "Sicherheitstage: Vier Gäste, vier Zahlen",
    ),
    features="a local news site's press-conference summary from Reit im Winkl (Upper Bavaria) in "
        "HTML, UTF-8 with BOM, no meta date (sidecar, Thursday), a consent strip, a page script, "
        "navigation, a footer with a phone number; a `<title>` repeating the headline figure "
        "(optional) and the headline `bis zu 30.000` taking the Ukrainian envoy's figure below "
        "(Wednesday to publication, at_most, increment, planned); a press conference 'am "
        "Mittwoch' with four officials answering: a German defence state secretary's `mehr als "
        "10.000` in Kursk (the German government: other), the Ukrainian envoy questioning it "
        "with HUR's `rund 12.000` and `bis zu 30.000` 'zusätzliche' by spring, a South Korean "
        "embassy counsellor with the NIS's `etwa 11.000` brought to Russia since October, and a "
        "Bundeswehr general citing the Pentagon 'am Montag' `Hunderten` dead and wounded and "
        "forecasting `mehrere tausend` by the end of the year (other, casualties); the Russian "
        "embassy without a figure; experts, days, German soldiers in Lithuania, billions of "
        "euros, centimetres of snow, an ordinal, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kiew rechnet mit [[bis zu 30.000]] weiteren Soldaten aus dem Norden | Winkler Bote</title>
<script>window.wbConfig = {ressort: "lokales", werbung: false, leser: 4120};</script>
</head>
<body>
<div class="consent">Wir speichern nur, ob Sie diesen Hinweis geschlossen haben. \
<button>Schließen</button></div>
<header><a href="/">Winkler Bote</a> &middot; Nachrichten aus Reit im Winkl und Umgebung</header>
<nav><a href="/lokales">Lokales</a> <a href="/sport">Sport</a> <a href="/termine">Termine</a></nav>
<article>
<h1>Kiew rechnet mit [[bis zu 30.000]] weiteren Soldaten aus dem Norden</h1>
<p class="teaser">Zum Abschluss der Alpenländischen Sicherheitstage stellten sich am Mittwoch \
vier Gäste den Fragen der Presse. Bei der Zahl der Nordkoreaner an der russischen Front waren sie \
sich nicht einig.</p>
<p>Rund 140 Fachleute aus Politik, Militär und Verwaltung hatten drei Tage lang im Kurhaus \
getagt, während draußen die Loipen gespurt wurden; auf der Winklmoosalm lagen 80 Zentimeter \
Schnee. Zur Pressekonferenz im Kaminzimmer kamen Staatssekretär Thomas Brandl aus dem \
Bundesverteidigungsministerium, Generalleutnant Markus Ehrlich vom Einsatzführungskommando, der \
ukrainische Gesandte Oleh Kowal und Botschaftsrat Kim Dong-hyun von der Botschaft Südkoreas in \
Berlin.</p>
<p>Brandl eröffnete mit der Einschätzung der Bundesregierung: Im Gebiet Kursk seien inzwischen \
[[mehr als 10.000]] nordkoreanische Soldaten im Einsatz. Berlin nehme das „sehr ernst“, die \
Brigade in Litauen mit künftig rund 5.000 deutschen Soldaten sei auch eine Antwort darauf.</p>
<p>Kowal widersprach umgehend. „Es sind mehr“, sagte der Gesandte. Nach Zählung des ukrainischen \
Militärgeheimdienstes stünden [[rund 12.000]] Nordkoreaner im Gebiet Kursk, und Pjöngjang bereite \
bis zum Frühjahr [[bis zu 30.000]] zusätzliche Soldaten vor. Auf die Nachfrage eines Reporters, \
woher diese Zahl stamme, verwies er auf abgehörte Funksprüche.</p>
<p>Botschaftsrat Kim blieb vorsichtiger. Der Nachrichtendienst in Seoul gehe von [[etwa 11.000]] \
Soldaten aus, die seit Oktober nach Russland gebracht worden seien; einige seien bereits bei \
Gefechten getötet worden. Eine Zahl der Toten wolle er nicht nennen.</p>
<p>Generalleutnant Ehrlich verwies auf amerikanische Angaben: Das Pentagon habe am Montag von \
[[Hunderten]] getöteten und verwundeten Nordkoreanern gesprochen. Nach seiner eigenen \
Einschätzung dürften es bis Jahresende [[mehrere tausend]] Tote und Verwundete sein, „wenn die \
Angriffe so weitergehen wie in den letzten Tagen“.</p>
<p>Die russische Botschaft hatte die Tagung schon am Dienstag als „Kriegshetze“ bezeichnet, eine \
Zahl nannte sie nicht. Berlin will der Ukraine im kommenden Jahr Militärhilfe über vier \
Milliarden Euro zukommen lassen. Die Sicherheitstage sollen im nächsten Dezember zum fünften Mal \
stattfinden.</p>
</article>
<footer>Winkler Bote &middot; Redaktion Reit im Winkl &middot; Tel. 08640 79 31 12</footer>
</body>
</html>
""",
    claims=(
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "wed..pub",
          "the `<title>` repeating the headline figure (page metadata: optional, as in earlier "
          "sets)", add=True, opt=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "wed..pub",
          "the headline 'Kiew rechnet mit bis zu 30.000 weiteren Soldaten aus dem Norden': takes "
          "the claimant of the passage with the same figure (the Ukrainian envoy at Wednesday's "
          "press conference) and the window from that day to publication; 'weiteren' as an "
          "increment", add=True),
        C("mehr als 10.000", 10000, "at_least", "near_front", "other", "wed",
          "'Brandl eröffnete mit der Einschätzung der Bundesregierung' at the press conference "
          "(Wednesday, 11 December; the German government, a third government: other): in "
          "action in the Kursk region"),
        C("rund 12.000", 12000, "approx", "near_front", "ukraine", "wed",
          "the Ukrainian envoy questioning the German figure ('Es sind mehr'), 'Nach Zählung "
          "des ukrainischen Militärgeheimdienstes' at Wednesday's press conference: in the Kursk "
          "region"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "wed",
          "same answer, 'und': 'zusätzliche' soldiers being prepared by spring (increment after "
          "the figure, span without the word)", add=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "a South Korean embassy counsellor at the press conference, 'Der Nachrichtendienst in "
          "Seoul gehe von … aus': brought to Russia since October (the period, not the claim "
          "date)"),
        C("Hunderten", None, "vague", "casualties", "united_states", "mon",
          "a Bundeswehr general citing 'Das Pentagon habe am Montag von … gesprochen' (9 "
          "December): killed and wounded"),
        C("mehrere tausend", None, "vague", "casualties", "other", "wed",
          "the general's own forecast, 'Nach seiner eigenen Einschätzung' (the German military: "
          "other): dead and wounded by the end of the year (a forecast of losses stays "
          "casualties)"),
    ),
)


S06 = Source(
    article_id="b200_06_loipenfunk_podcast_ruhpolding_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-23"),
    dated_by="sidecar",
    sidecar=(
        "Loipenfunk – der Biathlon-Podcast",
        "https://www.loipenfunk.example/folgen/47-wachs-weltcup-und-der-krieg",
        "Folge 47: Wachs, Weltcup und der Krieg",
    ),
    features="a biathlon podcast's episode transcript from Ruhpolding (Upper Bavaria) in Markdown, "
        "UTF-8, front matter without a date (sidecar, Thursday) and a title without a figure; "
        "bold speaker labels for two hosts and two guests, an italic intro that dates the "
        "recording ('Aufgenommen am Dienstag': the guests' own figures from Tuesday to "
        "publication); degrees, pairs of skis, euros of wax, shooting lanes and athletes first; a "
        "host citing the NIS 'im September' `rund 2.000` fallen (the month); a South Korean coach "
        "questioning it with `3.000 oder mehr` (the hedge after the figure: at_least, other) and "
        "expecting sentence-initial `Ein paar tausend` 'weitere' (vague, increment, planned); a "
        "Ukrainian wax technician's own `gut 10.000` at the Kursk and Sumy border (at_least, near "
        "the front) and Moscow 'im Juni' `6.000` sappers and builders (russia, planned); a host "
        "citing NATO 'vergangene Woche' `über 15.000` and the general staff 'am Montag' `fünf` "
        "captured (number word); Pyongyang television 'bei der Parade am 10. Oktober' `Hunderte` "
        "returnees (optional); degrees, skis, euros, lanes, athletes, team members, episodes, "
        "times, a phone number",
    text="""\
---
title: "Loipenfunk #47: Wachs, Weltcup und der Krieg"
podcast: Loipenfunk
folge: 47
dauer: "38:12"
---

# Loipenfunk, Folge 47 – Transkript

*Aufgenommen am Dienstag im Vereinsheim am Biathlonstadion. Moderation: Sepp Huber und Lena \
Aschauer. Zu Gast: Taras Kowaltschuk, Wachstechniker der ukrainischen Mannschaft, und Park \
Jun-ho, Trainer der südkoreanischen Biathleten. Beide Teams sind zum Herbsttraining in Ruhpolding.*

**Sepp:** Servus und willkommen zu Folge 47. Heute früh hatte es draußen zwei Grad, und auf der \
Rollerstrecke waren die ersten Teams schon um halb acht unterwegs. Taras, wie viele Paar Ski \
präparierst du an so einem Tag?

**Taras:** Im Training vielleicht 30 Paar. Beim Weltcup im Januar sind es eher 60, und ein Kilo \
gutes Wachs kostet inzwischen um die 400 Euro.

**Lena:** Park, ihr seid seit drei Wochen hier. Wie läuft es?

**Park:** Sehr gut. Die Schießanlage mit 30 Ständen ist für uns ideal, und wir haben vier \
Athletinnen und drei Athleten dabei.

**Sepp:** Wir müssen auch über etwas Ernsteres reden. Ihr zwei sitzt hier nebeneinander, und in \
Russland kämpfen Soldaten aus Nordkorea gegen die Ukraine. Südkoreas Geheimdienst hat im \
September gesagt, [[rund 2.000]] Nordkoreaner seien gefallen.

**Park:** Bei uns zu Hause glauben viele, dass diese Zahl zu niedrig ist. Ich denke, es sind eher \
[[3.000 oder mehr]]. Die Armee im Norden sagt den Familien gar nichts.

**Taras:** Für mich ist wichtiger, wie viele noch da sind. Ich schätze, im Gebiet Kursk und an \
unserer Grenze bei Sumy stehen immer noch [[gut 10.000]].

**Lena:** Die Nato hat vergangene Woche von [[über 15.000]] Nordkoreanern gesprochen, die seit \
dem Herbst 2024 in Russland waren. Und der ukrainische Generalstab meldete am Montag, an der \
Grenze seien [[fünf]] Nordkoreaner gefangen genommen worden.

**Taras:** Und im Juni hat Moskau angekündigt, dass [[6.000]] Pioniere und Bauarbeiter aus dem \
Norden nach Kursk kommen. Das ist keine Hilfe, das ist eine Arbeitsarmee.

**Sepp:** Park, schickt Kim noch mehr Leute?

**Park:** Ich fürchte, ja. [[Ein paar tausend]] weitere, ganz sicher, Kim braucht das Geld. Und \
bei der Parade am 10. Oktober hat das Fernsehen in Pjöngjang [[Hunderte]] Heimkehrer aus Kursk \
gezeigt, mit Orden an der Brust. Das ist Werbung für den nächsten Einsatz.

**Lena:** Zum Schluss: Sehen wir euch beim Weltcup im Januar wieder?

**Taras:** Wenn es die Lage zulässt, ja. Wir sind 14 Leute im Team.

**Park:** Wir hoffen es sehr. Danke für die Einladung.

**Sepp:** Das war Folge 47. Fragen und Themenwünsche gern an redaktion@loipenfunk.example oder \
unter 08663 41 27 90.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "a host citing 'Südkoreas Geheimdienst hat im September gesagt' (the month): fallen"),
        C("3.000 oder mehr", 3000, "at_least", "casualties", "other", "tue..pub",
          "a South Korean coach questioning the NIS figure, 'Ich denke' (the recording 'am "
          "Dienstag', 21 October, to publication): fallen ('oder mehr' after the figure as "
          "at_least, inside the span)"),
        C("gut 10.000", 10000, "at_least", "near_front", "other", "tue..pub",
          "a Ukrainian wax technician's own estimate, 'Ich schätze' ('gut' as at_least): 'immer "
          "noch' in the Kursk region and at the border near Sumy (not an increment)"),
        C("über 15.000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "a host citing 'Die Nato hat vergangene Woche von … gesprochen': in Russia since "
          "autumn 2024 (a total over a period)"),
        C("fünf", 5, "exact", "casualties", "ukraine", "mon",
          "same host, 'der ukrainische Generalstab meldete am Montag' (20 October), number "
          "word: captured at the border"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "the technician citing 'im Juni hat Moskau angekündigt' (the month): sappers and "
          "builders to come to Kursk (announced: planned)"),
        C("Ein paar tausend", None, "vague", "planned", "other", "tue..pub",
          "the coach, sentence-initial vague figure after 'Ich fürchte, ja.': 'weitere' to be "
          "sent (increment, planned)", add=True),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "the coach citing 'bei der Parade am 10. Oktober hat das Fernsehen in Pjöngjang … "
          "gezeigt' (an explicit date): returnees from Kursk with medals (returnees, as in "
          "earlier sets: optional)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Silverton, Leadville and Telluride in Colorado)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="b200_07_morning_news_script_radio_silverton",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-03-14"),
    dated_by="sidecar",
    sidecar=(
        "KSVN 91.7 FM Silverton Community Radio",
        "https://www.ksvn.example/news/scripts/2025-03-14-morning",
        "Morning news script: Seoul's new count, Red Mountain Pass, rentals",
    ),
    features="a community radio's morning news script from Silverton (Colorado) as plain text, "
        "UTF-8 with BOM (sidecar, Friday; the sidecar title without a figure), a slug block, "
        "`ANCHOR:` cues, a sound bite `(SOT …)` and `--`; a top-stories line `Seoul: at least "
        "1,000 more …` taking the JCS's Thursday figure below (Thursday to publication, "
        "increment); degrees first; `at least 1,000` 'additional' with the JCS 'said Thursday' "
        "after the figure (increment) and, in the next sentence, 'on top of the' `roughly "
        "11,000` sent last fall (carried; the base: not an increment); a Ukrainian military "
        "spokesman 'said Wednesday' `several hundred` among the "
        "assault troops near Sudzha; the claimant mid-sentence ('The North has lost, a Pentagon "
        "spokesman told reporters Tuesday,') `roughly 4,000` killed or wounded; Moscow's silence; "
        "a baker's sound bite `twenty thousand` by the end of the year (number words, planned, "
        "other, `pub`); the station's own sum `about 12,000` (unattributed, required); degrees, "
        "feet of snow, a mile marker, permits, inches, dollars, times, a date, phone numbers",
    text="""\
KSVN 91.7 FM -- SILVERTON COMMUNITY RADIO
MORNING NEWS, 7:30 A.M.
Anchor: Rita Valdez / Producer: Cole Hagen / Run time: 4:50

TOP STORIES
- Seoul: [[at least 1,000]] more North Korean troops went to Russia
- Red Mountain Pass open again after a slide
- Town board puts off vote on short-term rental cap

[SOUNDER]

ANCHOR: Good morning. It's seven-thirty on a cold Friday in Silverton, nine degrees outside the \
town hall, with a high of 31 expected this afternoon.

ANCHOR: We start overseas. North Korea has sent [[at least 1,000]] additional soldiers to Russia \
since January, South Korea's Joint Chiefs of Staff said Thursday. That comes on top of the \
[[roughly 11,000]] the North sent last fall.

ANCHOR: The news comes as Russian forces push Ukrainian troops back out of the Kursk region. A \
Ukrainian military spokesman said Wednesday that [[several hundred]] North Koreans were among the \
assault troops around the town of Sudzha.

ANCHOR: The North has lost, a Pentagon spokesman told reporters Tuesday, [[roughly 4,000]] \
soldiers killed or wounded since December. Moscow still has not admitted that the North Koreans \
are there at all.

ANCHOR: We asked around town what people make of it. Grace Yoon bakes the bread at the corner \
bakery on Greene Street. Her parents came from Incheon.

(SOT GRACE YOON, 0:12) "Everybody here talks about the numbers like it's weather. I'd guess \
[[twenty thousand]] by the end of the year. Kim has nothing else to sell."

ANCHOR: Put those figures side by side and the North has sent [[about 12,000]] soldiers to fight \
for Moscow so far.

ANCHOR: Closer to home, CDOT reopened U.S. 550 over Red Mountain Pass at 6 this morning. Crews \
spent two days clearing a slide that buried the road under 15 feet of snow near mile marker 80. \
Chain law is in effect.

ANCHOR: The town board last night put off a vote on capping short-term rentals at 85 permits. \
Trustees want one more public hearing first, now set for April 2.

ANCHOR: Up on the mountain, 14 inches of new snow overnight. Guided days are $229.

ANCHOR: That's the news at seven-thirty. Road conditions anytime at 511, or call the station at \
970-387-5520. I'm Rita Valdez.
""",
    claims=(
        C("at least 1,000", 1000, "at_least", "in_russia", "south_korea", "thu..pub",
          "the top-stories line 'Seoul: at least 1,000 more North Korean troops went to "
          "Russia': takes the claimant of the story below with the same figure (the JCS on "
          "Thursday) and the window from that day to publication; 'more' as an increment",
          add=True),
        C("at least 1,000", 1000, "at_least", "in_russia", "south_korea", "thu",
          "the claimant after the figure ('…, South Korea's Joint Chiefs of Staff said "
          "Thursday', 13 March): 'additional' soldiers sent since January (increment after the "
          "figure)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "the next sentence, carrying the JCS and its Thursday: 'That comes on top of the "
          "roughly 11,000 the North sent last fall' (the base the increment is added to: not an "
          "increment)"),
        C("several hundred", None, "vague", "near_front", "ukraine", "wed",
          "'A Ukrainian military spokesman said Wednesday' (12 March): among the assault troops "
          "around Sudzha"),
        C("roughly 4,000", 4000, "approx", "casualties", "united_states", "tue",
          "the claimant mid-sentence ('The North has lost, a Pentagon spokesman told reporters "
          "Tuesday,', 11 March): killed or wounded since December"),
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "a baker's sound bite, 'I'd guess' (undated): sent by the end of the year (number "
          "words; a forecast: planned)"),
        C("about 12,000", 12000, "approx", "in_russia", "unattributed", "pub",
          "the station's own sum ('Put those figures side by side and the North has sent'): "
          "unattributed, required"),
    ),
)


S08 = Source(
    article_id="b200_08_medic_back_from_sumy_silverton",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-11-13"),
    dated_by="dateline",
    features="a weekly's straight news story from Silverton (Colorado) as plain text, "
        "windows-1252 with `—` and curly quotes, dated by the dateline 'SILVERTON, Colo., "
        "November 13, 2025 —' (Thursday; no sidecar); a headline without a figure; a former ski "
        "patroller back from six months as a volunteer medic near Sumy, his words dated by 'he "
        "said in an interview Monday' (10 November): sentence-initial `Hundreds` digging in "
        "across the border with 'Rinker said' after the figure (vague, near the front) and `two` "
        "captured North Koreans he treated (number word, casualties, other); the NIS 'told "
        "lawmakers in Seoul last week' `about 10,000` near the border and `5,000` builders moving "
        "into Russia, and 'The agency also estimated' `roughly 2,000` killed (carried); the State "
        "Department's `more than 14,000` (undated: `pub`); HUR 'said yesterday' `up to 5,000` "
        "'more' by spring (at_most, increment, planned); state television 'last month' with "
        "`hundreds` of returnees (optional); ages, years, months, people at a ceremony, county "
        "dead, dollars, a date, a time, an age limit, a phone number",
    text="""\
THE ANIMAS LEDGER

Back from Sumy, a Silverton medic talks about the soldiers across the line

By Hal Brennan

SILVERTON, Colo., November 13, 2025 — Two winters ago Jake Rinker was patrolling the ski slopes \
above town. This year he spent six months in a dugout near Sumy, treating Ukrainian soldiers as a \
volunteer combat medic.

Rinker, 34, came home last week, in time for Tuesday’s Veterans Day ceremony at the county \
courthouse, where about 60 people stood in the snow and listened to the names of the 23 county \
residents who died in America’s wars.

“Over there nobody reads out names. There’s no time,” he said in an interview Monday at his \
mother’s house on Reese Street.

[[Hundreds]] of North Koreans were digging in across the border from his unit when he left in \
October, Rinker said. In August he helped treat [[two]] of them who had been captured after a \
failed assault, both wounded, both about 20 years old. “One of them asked me for a cigarette in \
Russian,” he said.

What Rinker saw matches what governments are telling the public. South Korea’s National \
Intelligence Service told lawmakers in Seoul last week that [[about 10,000]] North Korean troops \
remain stationed near the Ukrainian border, and that [[5,000]] military construction workers have \
been moving into Russia since September. The agency also estimated that [[roughly 2,000]] North \
Koreans have been killed since the deployment began a year ago.

The State Department puts the total sent since last fall at [[more than 14,000]]. Kyiv expects \
the number to grow: Ukraine’s military intelligence said yesterday that [[up to 5,000]] more \
could arrive by spring. North Korean state television showed Kim Jong Un last month pinning \
medals on [[hundreds]] of soldiers back from the Kursk region.

Rinker plans to go back in January. His friends from the ski patrol have raised $2,400 for \
tourniquets and chest seals, and the Miners’ Union Hall will host a chili supper for the same \
cause on Saturday, Nov. 22, starting at 5 p.m. Tickets are $15; kids under 12 eat free.

“The guys over there don’t care about politics,” he said. “They care whether the next tourniquet \
is in the bag.”

Donations: call 970-387-0148.
""",
    claims=(
        C("Hundreds", None, "vague", "near_front", "other", "mon",
          "a volunteer medic back from Sumy speaking for himself, sentence-initial vague figure "
          "with 'Rinker said' after it (the interview 'Monday', 10 November): digging in across "
          "the border from his unit"),
        C("two", 2, "exact", "casualties", "other", "mon",
          "same interview, number word: captured North Koreans he helped treat 'In August' "
          "(the event, not the claim date)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "'South Korea's National Intelligence Service told lawmakers in Seoul last week': "
          "'remain' stationed near the Ukrainian border (not an increment)"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "lastweek",
          "same briefing, 'and that': military construction workers moving into Russia since "
          "September (the period, not the claim date)"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "'The agency also estimated' (carried from the briefing last week): killed"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "pub",
          "'The State Department puts the total sent since last fall at' (undated): a total "
          "over a period"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "yday",
          "'Ukraine's military intelligence said yesterday' (12 November): 'more' could arrive "
          "by spring (increment, planned)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-01..2025-10-31",
          "'North Korean state television showed Kim Jong Un last month pinning medals on' (the "
          "whole of October): returnees (as in earlier sets: optional)", opt=True),
    ),
)


S09 = Source(
    article_id="b200_09_town_hall_record_civic_forum_leadville_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-06-26"),
    dated_by="front_matter", crlf=True,
    features="a civic forum's record of a congresswoman's town hall from Leadville (Colorado) in "
        "Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with `date:` "
        "(Thursday) and a title without a figure; an italic note that it is a summary, bold "
        "place, time and attendance fields; housing units, a grant in millions, nurses and an "
        "address first; the town hall 'Saturday, June 21' dates what is said there; a veteran's "
        "question citing Russia's security chief 'on June 17' `6,000` engineers and deminers "
        "(russia, planned, an explicit date); the congresswoman citing the Pentagon 'earlier this "
        "month' `about 11,000` still in Russia (the 1st to publication) and Ukrainian "
        "intelligence officers 'In May' `up to 25,000` 'more' (at_most, increment, planned, the "
        "month); a nurse from Kharkiv questioning those numbers with the NIS 'back in April' "
        "`4,700` dead and wounded (the month) and her own `15,000 or more` (the hedge after the "
        "figure: at_least, other); the congresswoman's reply citing NATO 'in April' `over "
        "14,000`; an unnamed man's `thousands` dead (vague, other); residents, feet, dollars, "
        "units, nurses, per cent, years, ages, times, dates, a phone number",
    text="""\
---
title: "Town hall record: housing, the hospital and North Korea"
date: 2025-06-26
author: Leadville Civic Forum
---

# Town hall record, Saturday, June 21

*Prepared by volunteers of the Leadville Civic Forum. This is a summary, not a verbatim \
transcript. Speakers are named when they gave their names.*

**Place:** Tabor Opera House, Harrison Avenue. **Time:** 10 a.m. to 12:15 p.m. **Attendance:** \
about 140 residents.

## Housing and the hospital

U.S. Rep. Elena Marquez-Holt opened with housing. She said the federal grant of $4.2 million for \
the 38 workforce units on East Seventh Street is safe for now. The emergency room at St. Vincent \
will stay open around the clock, although the hospital still needs 6 more nurses. A resident \
asked about the old drainage tunnel above town; the congresswoman said the next federal \
inspection is in August.

## Question: North Korean troops in Russia

Tom Kresge, 72, an Army veteran who served in Korea in the 1970s, asked about a report he had \
read. Russia's security chief, he said, announced in Pyongyang on June 17 that the North would \
ship [[6,000]] deminers and engineers to Kursk. "Are we just going to watch this happen?"

Marquez-Holt said the figure matched what the Pentagon had told members of Congress earlier this \
month: [[about 11,000]] North Koreans are still in Russia, most of them in or near the Kursk \
region. In May, she said, Ukrainian intelligence officers had told a House delegation in Kyiv \
that they expect [[up to 25,000]] more to come within a year.

Olha Tkachuk, 29, a nurse at St. Vincent who grew up in Kharkiv, said those numbers were too low. \
"The South Koreans themselves said [[4,700]] dead and wounded back in April, and that was two \
months ago," she said. "There are [[15,000 or more]] there right now, I am sure of it."

The congresswoman answered that NATO's estimate was close to Tkachuk's: the alliance had put the \
number who served in Russia at [[over 14,000]] in April.

A man in the back who did not give his name called out that "[[thousands]] of them are already \
dead, and nobody over there cares." The moderator, Pat Oyler, moved on to the next question.

## Other business

Questions on the county's 2026 budget, the trail around town and the price of propane, up 18 \
percent since last winter, will be answered in writing. At 10,152 feet, one resident reminded the \
room, a furnace is not optional. The congresswoman's district office can be reached at \
970-555-0143.

The Forum's next meeting is Tuesday, July 8, at 6 p.m. at the library.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "a veteran's question citing 'Russia's security chief … announced in Pyongyang on "
          "June 17' (an explicit date; the claim is Russia's): deminers and engineers the North "
          "would ship to Kursk (planned)"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states",
          "2025-06-01..2025-06-26",
          "the congresswoman citing 'what the Pentagon had told members of Congress earlier "
          "this month' (the 1st to publication): 'still' in Russia (not an increment)"),
        C("up to 25,000", 25000, "at_most", "planned", "ukraine", "2025-05-01..2025-05-31",
          "'In May, she said, Ukrainian intelligence officers had told a House delegation in "
          "Kyiv' (the month): 'more' expected within a year (increment, planned)", add=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "a nurse from Kharkiv questioning the numbers, quoting 'The South Koreans themselves "
          "said … back in April' (the month; the claim is Seoul's): dead and wounded"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "sat..pub",
          "the nurse's own view at the town hall ('I am sure of it'; from the town hall's "
          "Saturday, 21 June, to publication): there right now ('or more' after the figure as "
          "at_least, inside the span)"),
        C("over 14,000", 14000, "at_least", "in_russia", "nato", "2025-04-01..2025-04-30",
          "the congresswoman's reply: 'the alliance had put the number who served in Russia "
          "at … in April' (NATO, the month)"),
        C("thousands", None, "vague", "casualties", "other", "sat..pub",
          "an unnamed man at the town hall ('called out that'; a private person: other): "
          "already dead"),
    ),
)


S10 = Source(
    article_id="b200_10_panel_report_cloud_city_courier_leadville_html",
    language="en", fmt="html", encoding="utf-16", published=day("2024-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Cloud City Courier",
        "https://www.cloudcitycourier.example/news/2024/11/panel-north-korea-soldiers",
        "Three views of a new front",
    ),
    features="a weekly's report of a college panel from Leadville (Colorado) in HTML, UTF-16 LE "
        "with BOM, no meta date (sidecar, Wednesday), navigation, a byline, a footer with a "
        "phone number; `<title>` and headline without a figure; the panel 'on Monday evening' "
        "dates the panellists' own views (Monday to publication); audience, years and the US "
        "garrison in South Korea (`28,500`, not a claim) first; a retired colonel citing the "
        "Pentagon 'In early November' `about 10,000` moved into Kursk (days 1-10) and his own "
        "forecast `at least 1,000` dead or wounded by the new year (other, casualties); a "
        "history teacher citing the NIS 'last week' `roughly 11,000` and questioning the colonel "
        "with `as many as 100,000` ('as many as' as at_most, planned, other); an engineer from "
        "Chernihiv relaying his cousin, a drone pilot in the Kursk region ('The cousin messaged "
        "him on Sunday, Savchuk told the room:') `dozens` killed and `a few hundred` digging in "
        "(vague; other, from Sunday to publication), and citing Zelensky 'on Nov. 5' `11,000`; "
        "the North's army and the town's altitude in feet (not claims), people, minutes, years, "
        "ages, a month, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Three views of a new front | Cloud City Courier</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/outdoors">Outdoors</a> | <a \
href="/obits">Obituaries</a></nav>
<article>
<h1>Three views of a new front</h1>
<p class="byline">By Marisol Trujillo</p>
<p>About 55 people filled the lecture room at the college's Leadville campus on Monday evening \
for a panel on North Korea's soldiers in Russia, the first public event about the war the campus \
has held since 2022. Admission was free, and the history club served coffee and green chile \
stew.</p>
<p>Frank Delgado, 70, a retired Army colonel who spent six years in South Korea, began with the \
Pentagon's numbers. In early November, he said, the Defense Department estimated that [[about \
10,000]] North Korean soldiers had moved into the Kursk region. "For comparison, we keep 28,500 \
troops in South Korea," he said. "This is not a token force." He expects [[at least 1,000]] of \
them to be dead or wounded by the new year.</p>
<p>Sun-hee Park, 44, who teaches history at the high school and whose family comes from Daejeon, \
thought the colonel too cautious. Seoul's spy agency briefed lawmakers last week and put the \
number gone to Russia at [[roughly 11,000]], she noted, and the North's army has more than a \
million men. "If Moscow keeps paying, Pyongyang will send [[as many as 100,000]]," she said. \
Delgado shook his head: the North could not spare that many without weakening its own border.</p>
<p>The third panelist, Andriy Savchuk, 39, maintains the crushers at the molybdenum mine up at \
the pass and came from Chernihiv in 2016. His cousin flies reconnaissance drones in the Kursk \
region. The cousin messaged him on Sunday, Savchuk told the room: [[dozens]] of North Koreans had \
been killed in their first assault on his sector, and [[a few hundred]] others were digging in \
across a frozen field.</p>
<p>Savchuk also cited President Zelensky, who said on Nov. 5 that [[11,000]] North Koreans were \
in the Kursk region. "They are not there to dig potatoes," he said.</p>
<p>The panel ran 90 minutes. At 10,152 feet, Leadville is the highest incorporated city in the \
country, and several people in the audience joked that the North Koreans would at least know the \
cold. The history club plans a second evening in February.</p>
</article>
<footer>Cloud City Courier &middot; Leadville, Colorado &middot; tips: 719-486-0271</footer>
</body>
</html>
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "united_states",
          "2024-11-01..2024-11-10",
          "a retired colonel citing 'In early November, he said, the Defense Department "
          "estimated' (days 1-10; the claim is the Pentagon's): moved into the Kursk region"),
        C("at least 1,000", 1000, "at_least", "casualties", "other", "mon..pub",
          "the colonel's own forecast, 'He expects' (the panel 'on Monday evening', 18 "
          "November, to publication): dead or wounded by the new year"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "a history teacher citing 'Seoul's spy agency briefed lawmakers last week and put the "
          "number gone to Russia at', with 'she noted' after the figure"),
        C("as many as 100,000", 100000, "at_most", "planned", "other", "mon..pub",
          "the teacher questioning the colonel, her own forecast ('Pyongyang will send'): "
          "'as many as' as at_most"),
        C("dozens", None, "vague", "casualties", "other", "sun..pub",
          "an engineer from Chernihiv relaying his cousin, a drone pilot in the Kursk region "
          "('The cousin messaged him on Sunday, Savchuk told the room:'; the speaker quoted: "
          "other): killed in their first assault (from Sunday, 17 November, to publication)"),
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "same message, 'and': 'others' digging in across a frozen field ('others', not an "
          "increment)"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-05",
          "the engineer citing 'President Zelensky, who said on Nov. 5' (an explicit date): in "
          "the Kursk region"),
    ),
)


S11 = Source(
    article_id="b200_11_film_festival_press_conference_telluride_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-09-02"),
    dated_by="html_meta",
    features="a mountain news site's press-conference summary from the film festival in "
        "Telluride (Colorado) in HTML, UTF-8 (`—` and curly quotes raw, `&middot;`), "
        "`article:published_time` -06:00 (Tuesday), an `og:title` without a figure, a consent "
        "note, navigation, a footer with a PO box and a phone number; `<title>`, headline and "
        "dek without a figure; the site's own `two` North Koreans captured in January "
        "(unattributed, casualties, required); a press conference 'by Sunday morning' with "
        "officials answering: HUR's spokesman `about 11,000` in and around Kursk and `roughly "
        "6,000` engineers and builders on their way (Sunday); a South Korean lawmaker citing the "
        "NIS 'in late August' `around 2,000` killed (the 21st to the 31st), questioned by the "
        "HUR spokesman 'by Kyiv's count, he said,' `more than 4,000` dead; a former State "
        "Department official 'speaking only for himself' `More than 15,000` rotated through "
        "Russia (other, Sunday to publication); Kursk's governor 'on Saturday' `several "
        "hundred` deminers (russia, near the front); KCNA without a figure; minutes, years, "
        "films, days, dollars, a PO box, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-09-02T08:15:00-06:00">
<meta property="og:title" content="At the festival, a film about prisoners turns into an argument \
about numbers">
<title>A film about prisoners, an argument about numbers — Telluride Mountain Dispatch</title>
</head>
<body>
<div class="consent">One cookie remembers that you closed this box. <button>OK</button></div>
<nav><a href="/">News</a> · <a href="/festival">Film Festival</a> · <a \
href="/outdoors">Outdoors</a> · <a href="/calendar">Calendar</a></nav>
<article>
<h1>At the festival, a film about prisoners turns into an argument about numbers</h1>
<p class="dek">Officials from Kyiv and Seoul and a former U.S. diplomat shared a stage after the \
premiere of “The Quiet Prisoners.”</p>
<p>The documentary follows the [[two]] North Korean soldiers Ukraine captured in the Kursk region \
in January, from their first interrogation to the day they asked not to be sent home. It \
premiered Saturday night at the Palm, and by Sunday morning the festival had added a press \
conference, something it rarely does for a 94-minute documentary.</p>
<p>Four people answered questions for almost an hour. Maj. Oleksandr Hrytsenko, a spokesman for \
Ukraine’s military intelligence, said [[about 11,000]] North Koreans remained in and around the \
Kursk region and that [[roughly 6,000]] engineers and builders were on their way there. “They are \
rebuilding what they helped to destroy,” he said.</p>
<p>Lee Ji-hoon, a South Korean lawmaker who sits on the National Assembly’s intelligence \
committee, said the country’s spy agency had briefed the committee in late August that [[around \
2,000]] had been killed. Hrytsenko interrupted: by Kyiv’s count, he said, [[more than 4,000]] are \
dead. Lee replied that Seoul counts only what it can confirm.</p>
<p>Daniel Whitford, who handled Korea at the State Department until January, said he was speaking \
only for himself. “[[More than 15,000]] have rotated through Russia since last fall. That is the \
number I would use,” he said.</p>
<p>Russia was not represented. Kursk’s governor had said on Saturday that [[several hundred]] \
North Korean deminers were clearing fields around Sudzha, a remark the film’s director, Hannah \
Obst, read aloud from her phone. North Korea’s state news agency has not commented on the film.</p>
<p>The festival, now in its 52nd year, showed 29 features over four days. Passes started at \
$1,000, and the free gondola ran until midnight.</p>
</article>
<footer>Telluride Mountain Dispatch · PO Box 2210, Telluride, CO 81435 · 970-728-3390</footer>
</body>
</html>
""",
    claims=(
        C("two", 2, "exact", "casualties", "unattributed", "pub",
          "the site's own framing without a source ('The documentary follows the two North "
          "Korean soldiers Ukraine captured in the Kursk region in January'): unattributed, "
          "required (January is the event, not the claim date)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "sun",
          "'Maj. Oleksandr Hrytsenko, a spokesman for Ukraine's military intelligence, said' at "
          "the press conference 'by Sunday morning' (31 August): 'remained' in and around the "
          "Kursk region (not an increment)"),
        C("roughly 6,000", 6000, "approx", "in_russia", "ukraine", "sun",
          "same answer, 'and that': engineers and builders on their way there (on the way: "
          "in_russia, as in earlier sets)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-21..2025-08-31",
          "a South Korean lawmaker: 'the country's spy agency had briefed the committee in late "
          "August' (the 21st to the 31st; the claim is the NIS's): killed"),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "sun",
          "the HUR spokesman questioning that figure, the claimant mid-sentence ('by Kyiv's "
          "count, he said,'): dead"),
        C("More than 15,000", 15000, "at_least", "in_russia", "other", "sun..pub",
          "a former State Department official 'speaking only for himself' (other), "
          "sentence-initial in a quote with 'he said' after it (the press conference's Sunday "
          "to publication): rotated through Russia since last fall"),
        C("several hundred", None, "vague", "near_front", "russia", "sat",
          "'Kursk's governor had said on Saturday' (30 August), read aloud by the director: "
          "deminers clearing fields around Sudzha"),
    ),
)


S12 = Source(
    article_id="b200_12_box_canyon_conversations_telluride_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-07-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Box Canyon Conversations",
        "https://www.boxcanyonconversations.example/episodes/63-mj-cho",
        "Episode 63: A ski instructor from Donghae",
    ),
    features="a local podcast's episode transcript from Telluride (Colorado) in Markdown, "
        "windows-1252 with CRLF (curly quotes and `—`), front matter without a date (sidecar, "
        "Thursday) and a title without a figure; an italic note 'Recorded on Monday, July 14' "
        "(the guest's own figures: that day to publication) and bold speaker labels; winters, "
        "feet of a waterfall and degrees first; the host's questions cite the JCS 'last week' "
        "`about 1,000` deminers arrived in Kursk (near the front), the Pentagon's `about 11,000` "
        "('The Pentagon's last public number', undated: `pub`) and Rutte at the summit 'last "
        "month' `more than 14,000` (the month); the guest's own `three or four thousand` dead "
        "(range of number words) and `tens of thousands` 'more' (vague, increment, planned); "
        "the guest citing state media 'In late June' `101` killed (north_korea, exact, the 21st "
        "to the 30th) and echoing it as `A hundred and one` (optional); instructors, minutes, "
        "dollars, a phone number",
    text="""\
---
title: "Box Canyon Conversations, Episode 63"
episode: 63
runtime: "42:10"
---

# Box Canyon Conversations — Episode 63

*Transcript, lightly edited. Recorded on Monday, July 14, in the recording booth at the library.*

**CASEY:** Welcome back. My guest today is Cho Min-jun — everybody on the mountain calls him MJ. \
He has taught skiing here for nine winters, and in summer he guides people up to Bridal Veil \
Falls, 365 feet of falling water. MJ, welcome.

**MJ:** Thanks, Casey. Happy to be here, even if it’s ninety degrees in town.

**CASEY:** You grew up in Donghae, on the east coast of South Korea, and you did your military \
service near the DMZ. So I have to ask you about the North Korean soldiers in Russia. Seoul’s \
Joint Chiefs said last week that [[about 1,000]] North Korean deminers have arrived in the Kursk \
region.

**MJ:** That sounds right to me. They clear the mines, and then the builders come. In the army we \
learned that the North trains its engineers very hard.

**CASEY:** What about the dead? The numbers keep changing.

**MJ:** Honestly, I think the real number is [[three or four thousand]] by now. Maybe more. My \
friends from my old unit say the same.

**CASEY:** North Korea’s own media gave a number, didn’t they?

**MJ:** In late June, yes. The state media said Kim visited the families of [[101]] soldiers who \
were killed in Kursk. [[A hundred and one]]! Everybody in Seoul laughed. It is a number for \
television.

**CASEY:** The Pentagon’s last public number, as far as I can find, was [[about 11,000]] in \
Russia. And at the NATO summit in The Hague last month, Mark Rutte put the total who have served \
there at [[more than 14,000]].

**MJ:** Kim will send [[tens of thousands]] more. Russia pays him in oil and in technology. For \
him, soldiers are an export.

**CASEY:** Last thing: will you be back on the mountain in December?

**MJ:** Opening day, first chair. The ski school hires about 350 instructors, and I want to be \
one of them again.

**CASEY:** That’s MJ Cho. Box Canyon Conversations is made with support from listeners like you; \
a membership is $5 a month. Questions or ideas: 970-728-4413.
""",
    claims=(
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "lastweek",
          "the host's question citing 'Seoul's Joint Chiefs said last week': deminers arrived "
          "in the Kursk region (in Kursk: near_front)"),
        C("three or four thousand", None, "range", "casualties", "other", "2025-07-14..pub",
          "the guest's own view ('Honestly, I think'; the recording 'on Monday, July 14', to "
          "publication): dead (a range of number words)"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-06-21..2025-06-30",
          "the guest citing 'In late June, yes. The state media said' (the 21st to the 30th; "
          "North Korean state media: north_korea): families of soldiers killed in Kursk"),
        C("A hundred and one", 101, "exact", "casualties", "north_korea",
          "2025-06-21..2025-06-30",
          "the guest echoing the state media's figure in disbelief (an echo, as in earlier "
          "sets: optional)", opt=True),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "the host, 'The Pentagon's last public number, as far as I can find, was' (undated): "
          "in Russia"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "2025-06-01..2025-06-30",
          "'at the NATO summit in The Hague last month, Mark Rutte put the total who have "
          "served there at' (the whole of June): served in Russia"),
        C("tens of thousands", None, "vague", "planned", "other", "2025-07-14..pub",
          "the guest's own forecast, 'Kim will send … more' (increment, planned)", add=True),
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
