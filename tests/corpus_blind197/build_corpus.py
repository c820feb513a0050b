"""Build the HUNDRED-AND-NINETY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-ninth corpus, for an honest measurement on articles the extractor has never
met, written in session 20 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news in which the troop figures sit among many other figures, from
outlets and angles the other corpora do not have: an inn's breakfast news sheet for its guests from
Obertraun in Upper Austria (a bulletin of short items, Austrian conventions), the civil protection
association's local newsletter from Gosau on the new federal budget and the defence money in it
(Austrian words), a ski racer's fan club post from Adelboden on the World Cup weekend with a short
news aside (Swiss conventions), a village party's members' letter from Aeschi on the National
Council's army budget debate (Swiss conventions), a refugee helpers' circle's newsletter from
Frauenau with a feature on the Ukrainians in the village, and a village library's newsletter from
Finsterau with a timeline of the estimates; a TD's constituency newsletter from Kenmare on
the Dáil debate about the triple lock, the Kenmare notes column of short local items, a literary
magazine's festival diary from Hay-on-Wye, a farmers' union branch newsletter from Hay-on-Wye on
the Spending Review and the defence money in it, the English page of a Welsh community paper from
Aberaeron with a feature on the town's Ukrainian families, and a local news site's explainer from
Aberaeron with a timeline of the numbers. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind197_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Obertraun and Gosau in Upper Austria, Adelboden and Aeschi in the Bernese
# Oberland, Frauenau and Finsterau in the Bavarian Forest)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v197_01_fruehstuecksblatt_gasthof_obertraun",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-18"),
    dated_by="dateline", crlf=True,
    features="an inn's breakfast news sheet for its guests from Obertraun (Upper Austria) as "
        "plain text, windows-1252 with CRLF, `„“` and `–` (no sidecar), dated by the line "
        "'Obertraun, Dienstag, 18.02.2025' (Tuesday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`); a bulletin of short items under upper-case heads and one-line item heads; "
        "temperatures, centimetres of new snow, an avalanche level, metres of altitude, a lift "
        "pass in euros, kilometres of trail, times and a carnival date first; a lawmaker in Seoul "
        "passing on the spy agency's count ('Das berichtete gestern ein Abgeordneter … Er "
        "bezifferte') `etwa 3.000` killed and wounded 'darunter' `rund 300` dead (south_korea, "
        "yesterday); the item head 'Kiew erwartet bis zu 1.500 neue Soldaten aus dem Norden' "
        "(at_most, increment, planned; the claimant of the item below, `pub`) over Kyiv's "
        "military intelligence, which 'geht davon aus' `1.000 bis 1.500` 'neue' soldiers in the "
        "spring (range, increment, planned, `pub`) and 'Insgesamt … heißt es in Kiew' `rund "
        "12.000` in Russia so far (not an increment); a Pentagon spokeswoman 'im Dezember' "
        "`Hunderten` dead and wounded (the whole month); a Russian war blogger 'am Wochenende' "
        "`„nicht mehr als zweitausend“` at Sudzha (at_most with a number word, near the front, "
        "other, Saturday to Sunday); state television that 'zeigte am Sonntag' Kim decorating "
        "`mehrere Dutzend` returnees (optional); Russia's weekend losses (not a claim), degrees, "
        "centimetres, metres, euros, kilometres, times, dates, a sheet number, a phone number",
    text="""\
GASTHOF ZUM KOPPENWINKEL
Frühstücksblatt für unsere Gäste

Obertraun, Dienstag, 18.02.2025 – Blatt Nr. 37 der Wintersaison

Guten Morgen!

WETTER
Am See hat es in der Früh minus 8 Grad, am Nachmittag wird es bis zu plus 3 Grad warm. Oben am \
Berg sind über Nacht 25 Zentimeter Neuschnee gefallen, oberhalb von 1.800 Metern gilt \
Lawinenwarnstufe 3. Die Seilbahn fährt ab 8.40 Uhr, die Tageskarte kostet heuer 64 Euro, für \
Kinder bis 15 Jahre die Hälfte.

IM ORT
Die Loipe am Seeufer ist auf 9 Kilometern frisch gespurt. Am Donnerstag um 19.30 Uhr zeigt die \
Bergrettung im Gemeindesaal Bilder von ihren Einsätzen im Jänner; der Eintritt ist frei, Spenden \
sind willkommen. Der Faschingsumzug zieht am 1. März ab 14 Uhr durch den Ort, und in unserer \
Küche wird wie jedes Jahr ab Ende Feber Krapfen gebacken.

AUS DER WELT – KURZ GEMELDET

Seoul: Nordkoreaner kaum noch an der Front
Die nordkoreanischen Soldaten im russischen Gebiet Kursk sind seit Mitte Jänner kaum mehr im \
Kampf zu sehen. Das berichtete gestern ein Abgeordneter in Seoul nach einer vertraulichen \
Sitzung mit dem Geheimdienst. Er bezifferte die Zahl der Gefallenen und Verwundeten auf [[etwa \
3.000]], darunter [[rund 300]] Tote.

Kiew erwartet [[bis zu 1.500]] neue Soldaten aus dem Norden
Der ukrainische Militärgeheimdienst geht davon aus, dass Pjöngjang im Frühjahr [[1.000 bis \
1.500]] neue Soldaten an die Front bringt, um die Lücken zu schließen. Insgesamt seien bisher \
[[rund 12.000]] Nordkoreaner in Russland gewesen, heißt es in Kiew.

Washington schweigt
Das Pentagon hat seit Jahresbeginn keine eigenen Zahlen mehr genannt. Zuletzt hatte eine \
Sprecherin im Dezember von [[Hunderten]] Toten und Verwundeten gesprochen.

Moskau: „Kein Kommentar“
Der Kreml lehnt jede Auskunft über nordkoreanische Soldaten weiter ab. Ein bekannter russischer \
Kriegsblogger schrieb dagegen am Wochenende, bei Sudscha stünden „[[nicht mehr als \
zweitausend]]“ Mann aus dem Norden.

Pjöngjang: Orden für Heimkehrer
Das Staatsfernsehen in Pjöngjang zeigte am Sonntag Machthaber Kim, der [[mehrere Dutzend]] \
aus Russland heimgekehrte Soldaten mit Orden behängte.

Zum Schluss: Die Ukraine meldet für das Wochenende 2.350 getötete oder verwundete russische \
Soldaten; überprüfen lässt sich das nicht.

Einen schönen Skitag wünscht Familie Höll!
Rezeption bis 22 Uhr, Telefon 06131 8 72 10
""",
    claims=(
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "yday",
          "a lawmaker in Seoul passing on the spy agency's count after a closed session ('Das "
          "berichtete gestern ein Abgeordneter in Seoul nach einer vertraulichen Sitzung mit dem "
          "Geheimdienst. Er bezifferte'; the NIS's figure: south_korea, yesterday, Monday 17 "
          "February): killed and wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "yday",
          "same statement, 'darunter': the dead among them"),
        C("bis zu 1.500", 1500, "at_most", "planned", "ukraine", "pub",
          "the item head 'Kiew erwartet bis zu 1.500 neue Soldaten aus dem Norden': takes the "
          "claimant of the item below it (Kyiv's military intelligence, undated) and its "
          "'neue' (increment, planned; the head's own 'bis zu' as at_most)", add=True),
        C("1.000 bis 1.500", None, "range", "planned", "ukraine", "pub",
          "'Der ukrainische Militärgeheimdienst geht davon aus' (undated): 'neue' soldiers "
          "brought to the front in the spring to fill the gaps (increment, planned)", add=True),
        C("rund 12.000", 12000, "approx", "in_russia", "ukraine", "pub",
          "Konjunktiv carried, the claimant after the figure ('heißt es in Kiew', undated): "
          "'Insgesamt … bisher' in Russia (a total, not an increment)"),
        C("Hunderten", None, "vague", "casualties", "united_states", "2024-12-01..2024-12-31",
          "'Zuletzt hatte eine Sprecherin [of the Pentagon] im Dezember … gesprochen' (the whole "
          "month): dead and wounded"),
        C("nicht mehr als zweitausend", 2000, "at_most", "near_front", "other", "sat..sun",
          "'Ein bekannter russischer Kriegsblogger schrieb dagegen am Wochenende' (a blogger, "
          "not the Russian state: other; the weekend, Saturday 15 to Sunday 16 February): at "
          "Sudzha, inside „“ ('nicht mehr als' with a number word as at_most)"),
        C("mehrere Dutzend", None, "vague", "in_russia", "north_korea", "sun",
          "'Das Staatsfernsehen in Pjöngjang zeigte am Sonntag' (16 February): returnees "
          "decorated by Kim (returnees, as in earlier sets: optional)", opt=True),
    ),
)


S02 = Source(
    article_id="v197_02_mitteilungen_zivilschutz_gosau_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-05-22"),
    dated_by="front_matter",
    features="the civil protection association's local newsletter from Gosau (Upper Austria) on "
        "the new federal budget and the defence money in it, in Markdown, UTF-8, front matter "
        "with `date:` (Thursday) and a title without a figure, an italic deck with a byline, "
        "`„“` and `–`; Austrian words (`heuer`, `Hintertal`, `Vordertal`); billions of euros for "
        "the army, per cent of economic output, `zusätzlich 40 Millionen Euro` for disaster "
        "relief (money, not an increment of troops) and euros for new sirens first; the "
        "defence minister who told the budget committee 'am Dienstag' `mehr als 14.000` sent to "
        "Russia (an Austrian minister: other, Tuesday); 'Schon Ende April bezifferte der "
        "südkoreanische Geheimdienst' `rund 4.700` dead and wounded (the 21st to the 30th); "
        "Gerasimov who 'dankte am 26. April' the `Tausenden` who fought in Kursk (russia, an "
        "explicit date, vague, near the front); NATO that 'ging Anfang Mai davon aus' `mindestens "
        "11.000` 'weiterhin' in Russia (days 1-10, not an increment); a militia captain and "
        "joiner who 'schätzt' `10.000 bis 12.000` in Russia and 'hält es für gut möglich' that "
        "'noch einmal' `3.000` follow (range; increment, planned; both other, `pub`); the "
        "newsletter's own `Tausende` fighting in Europe (unattributed, vague, required); "
        "billions, per cent, millions, euros, days, litres, members, hours, ages, dates, a phone "
        "number",
    text="""\
---
title: "Mitteilungen der Ortsstelle Gosau"
date: 2025-05-22
herausgeber: Zivilschutzverband, Ortsstelle Gosau
ausgabe: 2/2025
---

# Mehr Geld fürs Heer: Was bedeutet das für uns?

*Das neue Doppelbudget, ein Blick auf die Weltlage und der Probealarm im Juni. Von \
Ortsstellenleiter Florian Schmaranzer*

Liebe Gosauerinnen und Gosauer,

der Finanzminister hat vergangene Woche im Nationalrat sein erstes Doppelbudget vorgestellt. Fast \
alle Ministerien müssen sparen, das Bundesheer nicht: Sein Budget steigt heuer auf 4,3 Milliarden \
Euro und im nächsten Jahr auf 4,6 Milliarden. Bis 2032 sollen es 2 Prozent der Wirtschaftsleistung \
werden, derzeit ist es knapp 1 Prozent. Auch der Katastrophenschutz bekommt zusätzlich 40 \
Millionen Euro, wovon am Ende auch Gemeinden wie unsere etwas haben: Für zwei neue Sirenen im \
Hintertal liegen 18.000 Euro bereit.

## Warum gerade jetzt?

Die Verteidigungsministerin begründete die Erhöhung am Dienstag im Budgetausschuss mit der Lage \
in Europa. Der Krieg gegen die Ukraine sei längst kein regionaler Konflikt mehr, sagte sie: \
Allein Nordkorea habe [[mehr als 14.000]] Soldaten nach Russland geschickt.

Ganz neu ist das nicht. Schon Ende April bezifferte der südkoreanische Geheimdienst die Verluste \
des Nordens auf [[rund 4.700]] Tote und Verwundete. Moskau hat den Einsatz erst um diese Zeit \
zugegeben: Generalstabschef Waleri Gerassimow dankte am 26. April öffentlich den [[Tausenden]] \
Soldaten aus Nordkorea, die bei der Rückeroberung des Gebiets Kursk mitgekämpft hätten. Die Nato \
ging Anfang Mai davon aus, dass [[mindestens 11.000]] von ihnen weiterhin in Russland stationiert \
sind.

## Ein Milizoffizier aus dem Ort

Hannes Wallner, 54, Tischlermeister im Vordertal und Hauptmann der Miliz, hält die Zahlen für \
glaubwürdig. Er schätzt, dass derzeit [[10.000 bis 12.000]] Nordkoreaner in Russland stehen, und \
hält es für gut möglich, dass im Sommer noch einmal [[3.000]] nachkommen. „Wer so viele Männer \
schickt, will etwas dafür haben – Öl, Geld oder Raketentechnik“, sagt er.

Dass [[Tausende]] junge Männer aus Ostasien an einer Front mitten in Europa kämpfen, hätte vor \
zwei Jahren kaum jemand für möglich gehalten. Umso wichtiger ist es, dass wir selbst vorbereitet \
sind.

## Probealarm und Vorrat

- Die Sirenenprobe ist jeden Samstag um 12 Uhr; den großen Probealarm mit allen Signalen gibt es \
heuer am 7. Juni.
- Jeder Haushalt sollte Vorräte für 14 Tage haben, pro Person und Tag 2 Liter Wasser.
- Ein Kurbelradio mit Taschenlampe bekommen Sie bei uns um 39 Euro.
- Unsere Ortsstelle zählt derzeit 126 Mitglieder. Beratung jeden ersten Montag im Monat von 17 \
bis 19 Uhr im Gemeindeamt, Telefon 06136 8 25 40.
""",
    claims=(
        C("mehr als 14.000", 14000, "at_least", "in_russia", "other", "tue",
          "'Die Verteidigungsministerin begründete die Erhöhung am Dienstag im Budgetausschuss "
          "… sagte sie' (Austria's minister: other; 20 May, Konjunktiv): sent to Russia"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'Schon Ende April bezifferte der südkoreanische Geheimdienst die Verluste des "
          "Nordens auf' (the 21st to the 30th): dead and wounded"),
        C("Tausenden", None, "vague", "near_front", "russia", "2025-04-26",
          "'Generalstabschef Waleri Gerassimow dankte am 26. April öffentlich den' (an explicit "
          "date): soldiers who fought in the retaking of the Kursk region"),
        C("mindestens 11.000", 11000, "at_least", "in_russia", "nato", "2025-05-01..2025-05-10",
          "'Die Nato ging Anfang Mai davon aus' (days 1-10): 'weiterhin' stationed in Russia "
          "(still, not an increment)"),
        C("10.000 bis 12.000", None, "range", "in_russia", "other", "pub",
          "a militia captain and master joiner from the village, 'Er schätzt' (undated): in "
          "Russia at present"),
        C("3.000", 3000, "exact", "planned", "other", "pub",
          "same man, 'hält es für gut möglich' (undated): 'noch einmal' to follow in the summer "
          "(increment, planned)", add=True),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the newsletter's own framing without a source ('Dass Tausende junge Männer aus "
          "Ostasien an einer Front mitten in Europa kämpfen'): unattributed, required"),
    ),
)


S03 = Source(
    article_id="v197_03_fanpost_fanclub_weltcup_adelboden_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-15"),
    dated_by="html_meta",
    features="a ski racer's fan club post on the World Cup weekend from Adelboden (Bernese "
        "Oberland) in HTML, ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +01:00 (Wednesday), a script with members and "
        "coach seats, navigation, a photo caption with members and banners, a footer with a "
        "postcode; Swiss conventions (`ss`, «», `41'500`, `10'000`, `3'000`, `11'000`, no `ß`); "
        "`<title>` and headline without a claim ('Rang 19'), a bold lead; a start number, ranks, "
        "seconds, World Cup points, gates, spectators, `Rund 350` soldiers of the Swiss army "
        "preparing the slope (not a claim), coach seats, francs and hours first; a ski "
        "technician from Pyeongchang in «» ('sagte er') `weit mehr als 10'000` in Russia "
        "(at_least) and `ein paar hundert` dead (vague; both other, that Saturday); a short news "
        "aside under the section head 'Nebenbei: Selenskyj meldet zwei Gefangene' (the head's "
        "`zwei` takes Zelensky's Saturday, to publication) with Zelensky 'am Samstag' `zwei` "
        "captured, the spy agency in Seoul that 'bezifferte am Montag' `gegen 3'000` dead and "
        "wounded ('gegen' as approx), NATO that 'geht … aus' `11'000 bis 12'000` around Kursk "
        "(range, `pub`) and 'Aus dem Weissen Haus hiess es gestern' `einigen tausend` "
        "'zusätzlichen' soldiers being readied (vague, increment, planned); ranks, seconds, "
        "points, spectators, soldiers, seats, francs, hours, ages, a postbox, a postcode, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-01-15T19:05:00+01:00">
<title>Fanpost &ndash; Fanclub Jonas Bühler, Adelboden</title>
<script>var fanclub = {mitglieder: 212, carPlaetze: 52, beitrag: 40};</script>
</head>
<body>
<nav><a href="/">Fanclub</a> &middot; <a href="/rennkalender">Rennkalender</a> &middot; <a \
href="/fanpost">Fanpost</a> &middot; <a href="/mitglied">Mitglied werden</a></nav>
<main>
<h1>Rang 19 am Chuenisbärgli</h1>
<p class="lead"><strong>Zwei Tage Weltcup vor der Haustür: Jonas fährt im Riesenslalom \
erstmals in die Punkte, und unser Fanblock übertönt die Kuhglocken.</strong> Ein Rückblick von \
Präsidentin Käthi Inniger.</p>
<p>Was für ein Samstag! Mit Startnummer 43 ging Jonas in den ersten Lauf, lag zur Halbzeit auf \
Rang 27 und fuhr im zweiten Durchgang noch auf den 19. Platz vor, 2,31 Sekunden hinter dem \
Sieger. Das sind 12 Weltcuppunkte, die ersten seiner Karriere. Am Sonntag im Slalom schied er \
nach 20 Toren aus, aber das hat ihm niemand übelgenommen.</p>
<figure><img src="/bilder/2025/fanblock.jpg" alt="Fanblock im Zielgelände"><figcaption>Unser \
Fanblock am Samstag: 86 Mitglieder, drei Transparente und ein Alphorn. Bild: Ueli \
Trachsel</figcaption></figure>
<p>Laut den Organisatoren kamen übers Wochenende 41'500 Zuschauerinnen und Zuschauer. Rund 350 \
Angehörige der Armee hatten in den Tagen davor beim Präparieren der Piste geholfen. Unser Car \
mit 52 Plätzen war zweimal voll, die Bratwurst kostete 9 Franken, und am Sonntagabend blieb das \
Fanzelt bis 23 Uhr offen.</p>
<h2>Ein Gast aus Pyeongchang</h2>
<p>Im Fanzelt stand am Samstag auch Choi Min-ho, 38, aus Pyeongchang, der für einen Ausrüster \
die Ski der Fahrer präpariert. Über das Rennen sprach er nur kurz, lieber über die Nachrichten \
aus seiner Heimat. «Ich glaube, es sind schon [[weit mehr als 10'000]] Nordkoreaner in \
Russland», sagte er. «Und sicher [[ein paar hundert]] von ihnen sind schon tot.»</p>
<h2>Nebenbei: Selenskyj meldet [[zwei]] Gefangene</h2>
<p>Während Jonas am Samstag im ersten Lauf war, gab Präsident Selenskyj bekannt, dass \
ukrainische Soldaten im Gebiet Kursk [[zwei]] Nordkoreaner gefangen genommen hätten. Der \
Geheimdienst in Seoul bezifferte am Montag die Verluste des Nordens auf [[gegen 3'000]] Tote \
und Verwundete. Bei der Nato geht man von [[11'000 bis 12'000]] Nordkoreanern im Raum Kursk \
aus. Aus dem Weissen Haus hiess es gestern, Pjöngjang bereite die Entsendung von [[einigen \
tausend]] zusätzlichen Soldaten vor.</p>
<p>Nächste Carfahrt: Samstag, 25. Januar, zur Abfahrt nach Kitzbühel, Abfahrt um 5.30 Uhr beim \
Gemeindehaus, 95 Franken mit Eintritt. Anmeldungen bis Montag unter 033 673 18 42.</p>
</main>
<footer>Fanclub Jonas Bühler &middot; Postfach 44 &middot; 3715 Adelboden</footer>
</body>
</html>
""",
    claims=(
        C("weit mehr als 10'000", 10000, "at_least", "in_russia", "other", "sat",
          "a ski technician from Pyeongchang in the fan tent on Saturday, in «» ('sagte er'; "
          "other, 11 January): in Russia ('weit mehr als' as at_least)"),
        C("ein paar hundert", None, "vague", "casualties", "other", "sat",
          "same man, the next quoted sentence: already dead"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "the section head 'Nebenbei: Selenskyj meldet zwei Gefangene': takes the claimant of "
          "the passage below it with the same figure (Zelensky on Saturday, 11 January) and the "
          "window from that day to publication"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "'Während Jonas am Samstag im ersten Lauf war, gab Präsident Selenskyj bekannt' (11 "
          "January, Konjunktiv): captured in the Kursk region (number word)"),
        C("gegen 3'000", 3000, "approx", "casualties", "south_korea", "mon",
          "'Der Geheimdienst in Seoul bezifferte am Montag die Verluste des Nordens auf' (13 "
          "January): dead and wounded ('gegen' as approx)"),
        C("11'000 bis 12'000", None, "range", "near_front", "nato", "pub",
          "'Bei der Nato geht man von … aus' (undated): around Kursk"),
        C("einigen tausend", None, "vague", "planned", "united_states", "yday",
          "'Aus dem Weissen Haus hiess es gestern' (14 January, Konjunktiv): 'zusätzlichen' "
          "soldiers whose dispatch is being prepared (increment, planned; span without the "
          "word)", add=True),
    ),
)


S04 = Source(
    article_id="v197_04_mitgliederbrief_ortspartei_aeschi",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-13"),
    dated_by="sidecar",
    sidecar=(
        "Ortspartei Aeschi – Mitgliederbrief",
        "https://www.ortspartei-aeschi.example/mitgliederbrief/dezember-2024",
        "Mitgliederbrief Dezember: Budgetdebatte, Armee und Chlousermärit",
    ),
    features="a village party's members' letter from Aeschi (Bernese Oberland), the set's "
        "report on a parliamentary debate, as plain text, UTF-16 LE with BOM (sidecar, Friday; "
        "the sidecar title without a figure), upper-case section "
        "heads; Swiss conventions (`ss`, «», `10'000`, `11'000`, `12'000`, `184'000`, no `ß`); "
        "millions of francs, per cent of output, the vote, hours of debate and the order of "
        "speakers first, and `mit ein paar hundert Millionen mehr` (money, not a claim); the "
        "village's own member of the National Council in «» on Tuesday ('sagte sie') `über "
        "10'000` sent to Russia and, Konjunktiv carried, `Mehrere hundert` dead or wounded (both "
        "other, Tuesday); a member quoting Rutte, 'der Ende Oktober von … gesprochen hatte', "
        "`mehr als 10'000` in the Kursk region (nato, the 21st to the 31st); the defence "
        "minister relying on the spy agency in Seoul, which 'hatte Mitte November gemeldet' "
        "`rund 11'000` fighting alongside Russian troops (south_korea, the 11th to the 20th), "
        "and on the Swiss intelligence service's `bis zu 12'000` ('sagte sie'; a third "
        "government: other, Tuesday); the Pentagon 'am Montag' `Hunderten` dead and wounded; "
        "Zelensky who 'warnte gestern' `mehrere tausend` 'zusätzlich' (vague, increment, "
        "planned); Moscow's denial without a figure; francs, per cent, votes, hours, speakers, "
        "tax units, dates, times, a phone number",
    text="""\
Ortspartei Aeschi
Mitgliederbrief Dezember

Liebe Mitglieder

Die Wintersession in Bern ist in vollem Gang, und am Dienstag stand unsere Nationalrätin Barbara \
Steiner mitten in der längsten Debatte des Jahres, jener über das Budget 2025. Der Vorstand hat \
die gut sechs Stunden am Livestream verfolgt. Hier das Wichtigste für alle, die an diesem Tag \
arbeiten mussten.

MEHR GELD FÜR DIE ARMEE
Der Nationalrat will der Armee im kommenden Jahr 530 Millionen Franken mehr zugestehen, als der \
Bundesrat vorgeschlagen hatte. Bis 2032 sollen die Armeeausgaben 1 Prozent der \
Wirtschaftsleistung erreichen. Gekürzt wird dafür unter anderem bei der internationalen \
Zusammenarbeit, um 250 Millionen. Entschieden hat der Rat mit 111 zu 79 Stimmen bei 3 \
Enthaltungen; jetzt ist der Ständerat am Zug.

«DIE WELT HAT SICH VERÄNDERT»
Barbara Steiner sprach als elfte von 34 Rednerinnen und Rednern. «Vor einem Jahr hätte mir \
niemand geglaubt, dass Nordkorea [[über 10'000]] Soldaten nach Russland schickt», sagte sie. \
[[Mehrere hundert]] von ihnen seien nach allem, was man wisse, schon gefallen oder verwundet. Die \
Schweiz müsse ihre Verteidigung wieder ernst nehmen, auch wenn das Geld anderswo fehle.

Ein Genfer Sozialdemokrat hielt dagegen, mit ein paar hundert Millionen mehr für Panzer ändere \
man an der Lage in Osteuropa gar nichts. Ein Walliser Freisinniger zitierte Nato-Chef Mark Rutte, \
der Ende Oktober von [[mehr als 10'000]] nordkoreanischen Soldaten in der Region Kursk gesprochen \
hatte.

Die Verteidigungsministerin stützte sich in ihrer Antwort auf den südkoreanischen Geheimdienst. \
Dieser hatte Mitte November gemeldet, [[rund 11'000]] Nordkoreaner kämpften inzwischen an der \
Seite russischer Truppen. Der Nachrichtendienst des Bundes gehe sogar von [[bis zu 12'000]] aus, \
sagte sie.

AUS DER WELT
Das Pentagon teilte am Montag mit, die Nordkoreaner hätten bei Kursk erstmals schwere Verluste \
erlitten; die Rede war von [[Hunderten]] Toten und Verwundeten. Präsident Selenskyj warnte \
gestern, Pjöngjang könnte im Winter noch [[mehrere tausend]] Mann zusätzlich schicken. Moskau \
bestreitet den Einsatz nach wie vor.

IM DORF
Die Gemeindeversammlung vom 2. Dezember hat das Budget 2025 mit einem Aufwandüberschuss von \
184'000 Franken genehmigt; die Steueranlage bleibt bei 1,72 Einheiten. Am Chlousermärit vom \
Samstag betreiben wir wieder den Glühweinstand, Schichten von 16 bis 22 Uhr. Wer helfen mag, \
meldet sich bei Kassier Hansruedi Wyss, 033 654 21 07.

Herzliche Grüsse und schöne Festtage
Der Vorstand
""",
    claims=(
        C("über 10'000", 10000, "at_least", "in_russia", "other", "tue",
          "the village's member of the National Council in the budget debate, in «» ('sagte "
          "sie'; a Swiss politician: other; Tuesday, 10 December): sent to Russia"),
        C("Mehrere hundert", None, "vague", "casualties", "other", "tue",
          "same speech, Konjunktiv carried, sentence-initial: dead or wounded"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "nato", "2024-10-21..2024-10-31",
          "a member of the council quoting 'Nato-Chef Mark Rutte, der Ende Oktober von … "
          "gesprochen hatte' (the claim is Rutte's; the 21st to the 31st): in the Kursk region"),
        C("rund 11'000", 11000, "approx", "near_front", "south_korea", "2024-11-11..2024-11-20",
          "the defence minister relying on the spy agency in Seoul: 'Dieser hatte Mitte "
          "November gemeldet' (the 11th to the 20th, Konjunktiv): fighting alongside Russian "
          "troops"),
        C("bis zu 12'000", 12000, "at_most", "near_front", "other", "tue",
          "'Der Nachrichtendienst des Bundes gehe sogar von … aus, sagte sie' (Switzerland's "
          "own intelligence service: other; the minister's Tuesday): continuing the fighting "
          "figure before it"),
        C("Hunderten", None, "vague", "casualties", "united_states", "mon",
          "'Das Pentagon teilte am Montag mit' (9 December): dead and wounded near Kursk"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "yday",
          "'Präsident Selenskyj warnte gestern' (12 December): 'noch … zusätzlich' to be sent "
          "in the winter (increment, planned)", add=True),
    ),
)


S05 = Source(
    article_id="v197_05_rundbrief_helferkreis_asyl_frauenau_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-06-24"),
    dated_by="sidecar",
    sidecar=(
        "Helferkreis Asyl Frauenau – Rundbrief",
        "https://www.helferkreis-frauenau.example/rundbrief/juni-2025",
        "Rundbrief Juni: Angekommen – und doch mit dem Herzen daheim",
    ),
    features="a refugee helpers' circle's newsletter from Frauenau (Bavarian Forest), the set's "
        "refugee feature, in HTML, UTF-8, no meta date (sidecar, Tuesday; the sidecar title "
        "without a figure), a one-line note that no cookies are set, a script with helpers and "
        "families, navigation, entities (`&ndash;`, `&middot;`), a footer with a postcode; "
        "`<title>`, headline and teaser without a claim (the teaser's `46 Menschen aus der "
        "Ukraine`); arrivals, children, jobs, course hours, trips to the foreigners' office, an "
        "hourly wage in a photo caption and an IBAN first; a glass cutter from Kharkiv relaying "
        "her son, a drone pilot in the Sumy region ('Am Sonntag hat er angerufen, erzählt sie.', "
        "Konjunktiv carried) `mehrere hundert` moved into the woods across the border (vague, "
        "near the front) and sentence-initial `Zwölf` hit by drones (number word, casualties; "
        "both other, from Sunday to publication), and her own belief ('Sie selbst glaubt') "
        "`mehr als 30.000` in the end (at_least, planned, other, `pub`); Kyiv's military "
        "intelligence that 'schätzt' `etwa 11.000` in Russia (`pub`); Shoigu who 'kündigte am "
        "Dienstag vergangener Woche in Pjöngjang an' `6.000` sappers and builders (russia, "
        "planned, 17 June); Rodong Sinmun that 'zeigte am Wochenende' `Hunderten` sworn in "
        "before leaving for Russia (north_korea, vague, planned, Saturday to Sunday); Ukraine's "
        "own conscripts (not a claim), people, children, jobs, hours, trips, euros, an IBAN, "
        "ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Rundbrief Juni &ndash; Helferkreis Asyl Frauenau</title>
<script>var helferkreis = {aktive: 23, familien: 14, kurstage: 2};</script>
</head>
<body>
<div class="hinweis">Diese Seite setzt keine Cookies. <a href="#">Schließen</a></div>
<nav><a href="/">Start</a> &middot; <a href="/angebote">Angebote</a> &middot; <a \
href="/rundbrief">Rundbrief</a> &middot; <a href="/spenden">Spenden</a></nav>
<main>
<h1>Angekommen &ndash; und doch mit dem Herzen daheim</h1>
<p class="teaser">Drei Jahre nach den ersten Ankünften leben 46 Menschen aus der Ukraine in \
Frauenau. Ein Besuch bei einer Glasschleiferin, die jeden Abend auf einen Anruf wartet.</p>
<p>Im März 2022 kamen die ersten Familien, damals noch in der Turnhalle untergebracht. Heute \
wohnen 46 Ukrainerinnen und Ukrainer bei uns im Ort, 17 davon Kinder und Jugendliche. Zwölf \
Erwachsene haben Arbeit gefunden, vier davon in den Glashütten und Werkstätten. Unser Deutschkurs \
läuft dienstags und donnerstags von 18 bis 19.30 Uhr im Pfarrheim, und der Fahrdienst zur \
Ausländerbehörde in der Kreisstadt ist im ersten Halbjahr 38-mal gefahren.</p>
<h2>Am Schleifstein</h2>
<p>Tetjana Melnyk, 44, aus Charkiw schleift seit einem Jahr Schalen und Kelche in einer \
Glaswerkstatt am Ortsrand. &bdquo;Glas verzeiht keinen Fehler, das gefällt mir&ldquo;, sagt sie. \
Ihr Sohn Artem, 23, steuert Drohnen für eine Brigade im Gebiet Sumy. Am Sonntag hat er \
angerufen, erzählt sie. Drüben auf der russischen Seite der Grenze seien wieder [[mehrere \
hundert]] Nordkoreaner in die Wälder eingerückt. [[Zwölf]] habe seine Einheit in der Woche davor \
mit Drohnen getroffen. Mehr sagt sie dazu nicht. Sie selbst glaubt, dass am Ende [[mehr als \
30.000]] aus dem Norden kommen werden.</p>
<figure><img src="/bilder/glaswerkstatt.jpg" alt=""><figcaption>Tetjana Melnyk an der \
Schleifmaschine; ihr Stundenlohn liegt inzwischen bei 15,20 Euro. Foto: \
Helferkreis</figcaption></figure>
<h2>Was aus Kiew, Moskau und Pjöngjang gemeldet wird</h2>
<p>Der ukrainische Militärgeheimdienst schätzt, dass sich derzeit [[etwa 11.000]] \
nordkoreanische Soldaten in Russland aufhalten, die meisten im Grenzgebiet bei Kursk. Russlands \
Sicherheitsratschef Sergej Schoigu kündigte am Dienstag vergangener Woche in Pjöngjang an, der \
Norden werde [[6.000]] Pioniere und Militärbauarbeiter ins Gebiet Kursk schicken. Die \
Staatszeitung Rodong Sinmun zeigte am Wochenende Fotos von [[Hunderten]] Soldaten, die vor ihrer \
Abreise nach Russland vereidigt wurden. Die Ukraine selbst hat nach eigenen Angaben seit \
Jahresbeginn mehr als 40.000 Männer neu eingezogen.</p>
<p>Spenden für Fahrräder für die Kinder: IBAN DE41 7415 0000 0024 1187 03. Sprechstunde jeden \
Mittwoch um 17 Uhr, Telefon 09926 90 14 32.</p>
</main>
<footer>Helferkreis Asyl Frauenau &middot; c/o Pfarrheim &middot; 94258 Frauenau</footer>
</body>
</html>
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun..pub",
          "a glass cutter from Kharkiv relaying her son, a drone pilot in the Sumy region ('Am "
          "Sonntag hat er angerufen, erzählt sie.', Konjunktiv; the speaker quoted: other): "
          "moved into the woods on the Russian side of the border (from Sunday, 22 June, to "
          "publication)"),
        C("Zwölf", 12, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial number word: hit by his unit's drones "
          "'in der Woche davor' (the period, not the claim date)"),
        C("mehr als 30.000", 30000, "at_least", "planned", "other", "pub",
          "the glass cutter's own belief, 'Sie selbst glaubt' (undated): will come from the "
          "North in the end (a forecast: planned)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'Der ukrainische Militärgeheimdienst schätzt' (undated): in Russia at present, most "
          "of them near Kursk"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "'Russlands Sicherheitsratschef Sergej Schoigu kündigte am Dienstag vergangener Woche "
          "in Pjöngjang an' (Tuesday, 17 June): sappers and military builders to be sent to the "
          "Kursk region (planned; a new contingent without an increment word)"),
        C("Hunderten", None, "vague", "planned", "north_korea", "sat..sun",
          "'Die Staatszeitung Rodong Sinmun zeigte am Wochenende Fotos' (Saturday 21 to Sunday "
          "22 June): soldiers sworn in before leaving for Russia (ready to go: planned)"),
    ),
)


S06 = Source(
    article_id="v197_06_buechereibrief_dorfbuecherei_finsterau_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-30"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Dorfbücherei Finsterau – Bücherei-Brief",
        "https://www.buecherei-finsterau.example/brief/herbst-2025",
        "Bücherei-Brief Herbst: Lesesommer, Lesung und ein Büchertisch zum Krieg",
    ),
    features="a village library's newsletter from Finsterau (Bavarian Forest), the set's German "
        "timeline, in Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, "
        "Thursday) and a title without a figure, `„“`; children in the reading summer, books "
        "read, new titles, opening hours, a yearly fee, a reading date and a ticket price first; "
        "a list whose bold openings are the claim dates ('Im Oktober 2024', 'Anfang November', "
        "'Im Dezember 2024', 'Mitte Januar', 'Ende März', 'Ende April', 'Im Juni', 'Im September', "
        "the year carried from the entry before): the spy agency in Seoul with the first `1.500` "
        "(the whole of October 2024), Zelensky's `11.000` in Kursk (days 1-10), the Pentagon's "
        "`Hunderten` dead and wounded (the whole of December), Kyiv's `zwei` captured (the 11th "
        "to the 20th), Seoul's 'weitere' `3.000` (increment, the 21st to the 31st), Seoul's "
        "`4.700` dead and wounded (the 21st to the 30th), Russia's `6.000` builders and sappers "
        "(planned, the whole of June) and Seoul's `rund 2.000` dead (the whole of September); "
        "then NATO 'nach Angaben eines Sprechers von vergangener Woche' `etwa 10.000` 'noch' in "
        "Russia (not an increment); children, books, titles, hours, euros, a shelf mark, a date, "
        "a phone number",
    text="""\
---
title: "Bücherei-Brief Herbst"
herausgeber: Dorfbücherei Finsterau
---

# Bücherei-Brief Herbst 2025

Liebe Leserinnen und Leser,

der Lesesommer ist vorbei, und er war ein Rekord: 31 Kinder haben zusammen 468 Bücher gelesen, \
die Fleißigste allein 42. Neu im Regal stehen 36 Romane und Sachbücher, darunter drei Bildbände \
über den Nationalpark. Ab November öffnen wir dienstags von 16 bis 18 Uhr und freitags von 15 bis \
17 Uhr; die Jahresgebühr bleibt bei 6 Euro, Kinder leihen kostenlos.

## Lesung im Museumsgasthaus

Am Donnerstag, 13. November, um 19 Uhr liest die Journalistin Monika Greiner im \
Gasthaus des Freilichtmuseums aus ihrem Buch über ein Jahr in Seoul. Der Eintritt kostet 8 Euro, \
Karten gibt es bei uns an der Theke.

## Zum Nachlesen: Ein Jahr, viele Zahlen

Passend zur Lesung haben wir einen Büchertisch zu Korea und zum Krieg in der Ukraine aufgebaut. \
Weil viele von Ihnen gefragt haben, wie viele Soldaten aus dem Norden eigentlich in Russland \
sind, hier eine kleine Chronik der Meldungen:

- **Im Oktober 2024** berichtete der südkoreanische Geheimdienst von den ersten [[1.500]] \
Soldaten, die per Schiff nach Wladiwostok gebracht worden seien.
- **Anfang November** sprach Präsident Selenskyj von [[11.000]] Nordkoreanern im Gebiet Kursk.
- **Im Dezember 2024** kamen die ersten Verlustmeldungen: Aus dem Pentagon war von [[Hunderten]] \
Toten und Verwundeten die Rede.
- **Mitte Januar** meldete Kiew die Gefangennahme von [[zwei]] nordkoreanischen Soldaten.
- **Ende März** hieß es aus Seoul, Pjöngjang habe weitere [[3.000]] Mann nachgeschickt.
- **Ende April** gaben Moskau und Pjöngjang den Einsatz erstmals offiziell zu. Der Geheimdienst in \
Seoul bezifferte die Verluste zu diesem Zeitpunkt auf [[4.700]] Tote und Verwundete.
- **Im Juni** kündigte Russland an, [[6.000]] Pioniere und Bauarbeiter aus Nordkorea ins Gebiet \
Kursk zu holen.
- **Im September** schätzte Seoul die Zahl der Gefallenen auf [[rund 2.000]].
- **Und jetzt?** Die Nato geht nach Angaben eines Sprechers von vergangener Woche davon aus, dass \
noch [[etwa 10.000]] Nordkoreaner in Russland stationiert sind.

Wer tiefer einsteigen will: Zwei Sachbücher über Nordkorea stehen im Regal unter „Politik“, \
Signatur P 4.2.

Ihr Büchereiteam
Telefon 08557 96 03 11 (während der Öffnungszeiten)
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "timeline entry 'Im Oktober 2024 berichtete der südkoreanische Geheimdienst' (the "
          "whole month, Konjunktiv): the first soldiers shipped to Vladivostok"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-01..2024-11-10",
          "entry 'Anfang November sprach Präsident Selenskyj von' (days 1-10, the year carried "
          "from the entry before): in the Kursk region"),
        C("Hunderten", None, "vague", "casualties", "united_states", "2024-12-01..2024-12-31",
          "entry 'Im Dezember 2024 … Aus dem Pentagon war von … die Rede' (the whole month): "
          "dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "entry 'Mitte Januar meldete Kiew die Gefangennahme von' (the 11th to the 20th): "
          "captured (number word)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "entry 'Ende März hieß es aus Seoul' (the 21st to the 31st, Konjunktiv): 'weitere' "
          "sent after the others (increment; span without the word)", add=True),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "entry 'Ende April … Der Geheimdienst in Seoul bezifferte die Verluste zu diesem "
          "Zeitpunkt auf' (the 21st to the 30th): dead and wounded"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "entry 'Im Juni kündigte Russland an' (the whole month): sappers and builders to be "
          "brought to the Kursk region (planned, no increment word)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "entry 'Im September schätzte Seoul die Zahl der Gefallenen auf' (the whole month)"),
        C("etwa 10.000", 10000, "approx", "in_russia", "nato", "lastweek",
          "'Die Nato geht nach Angaben eines Sprechers von vergangener Woche davon aus': 'noch' "
          "stationed in Russia (still, not an increment)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Kenmare in County Kerry, Hay-on-Wye and Aberaeron in Wales)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v197_07_report_leinster_house_td_kenmare_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-11"),
    dated_by="html_meta",
    features="a TD's constituency newsletter from Kenmare (County Kerry) with her report on the "
        "Dáil debate about the triple lock, the set's English report on a parliamentary debate, in "
        "HTML, windows-1252 with raw `’`, `“”`, `·`, `–`, `€` and Irish accents, `<meta "
        "name=\"date\">` (Friday) and an `og:title` repeating a claim figure (optional), a "
        "cookie note, a script with clinic hours, navigation, a kicker, a byline, a footer with "
        "an Eircode; `<title>` and headline without a figure, a standfirst whose `up to 15,000` "
        "takes the Tánaiste's Wednesday (to publication); Irish and British usage (`Dáil`, "
        "`Tánaiste`, `TD`, `Defence Forces`, `neutrality`); soldiers of the Defence Forces "
        "(`more than 12`, `340 troops` in Lebanon: not claims), the number of deputies who "
        "spoke, a vote, a word count, euros, kilometres, a date and clinic hours; the Tánaiste, "
        "who 'said' on Wednesday `up to 15,000` have served in Russia (an Irish minister: other, "
        "at_most); an Opposition spokesperson who said nobody disputed `thousands` thrown into "
        "the fighting ('she said' after the figure; other, Wednesday); the TD quoting 'the "
        "figures South Korea's intelligence service gave its parliament at the end of April' "
        "`some 4,700` killed or wounded (south_korea, the 21st to the 30th); Kyiv's military "
        "intelligence that 'expects' 'another' `25,000 to 30,000` (range, increment, planned, "
        "`pub`); the NATO Secretary General 'at the NATO summit in The Hague last month' `more "
        "than 11,000` 'still' in Russia (the whole of June, not an increment); families, "
        "deputies, votes, words, euros, kilometres, hours, an Eircode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="windows-1252">
<meta name="date" content="2025-07-11">
<meta property="og:title" content="Report from Leinster House: Tánaiste cites [[up to 15,000]] \
North Korean troops">
<title>Report from Leinster House – Máire O’Sullivan TD</title>
<script>var clinics = {kenmare: "Sat 10-12", office: "Mon-Fri 9.30-5"};</script>
</head>
<body>
<div class="cookie-note">One cookie remembers that you closed this note. <a \
href="#">Close</a></div>
<nav><a href="/">Home</a> · <a href="/clinics">Clinics</a> · <a href="/reports">Dáil \
reports</a> · <a href="/contact">Contact</a></nav>
<main>
<p class="kicker">Report from Leinster House · July 2025</p>
<h1>The triple lock, and a war that keeps getting wider</h1>
<p class="standfirst">Five hours of debate on neutrality, and North Korea came up more often \
than anyone expected. The Tánaiste cited “[[up to 15,000]]” soldiers sent by Pyongyang.</p>
<p class="byline">By Máire O’Sullivan TD</p>
<p>On Wednesday the Dáil spent five hours on the second stage of the Defence (Amendment) Bill. \
The Bill would end the “triple lock”, the rule that more than 12 members of the Defence Forces \
can only be sent overseas with the approval of the Government, the Dáil and the UN Security \
Council. Thirty-six deputies spoke; I was the 21st.</p>
<p>The Tánaiste, who is also Minister for Defence, opened by saying the world had changed since \
the rule was written. He said [[up to 15,000]] North Korean soldiers had by now served in Russia, \
“a permanent member of the Security Council that will veto whatever it likes”. Ireland has 340 \
troops in south Lebanon today, he added, and cannot wait on Moscow’s permission to send soldiers \
anywhere else.</p>
<p>An Opposition spokesperson answered that the Government was “using Kim Jong Un to frighten \
people out of neutrality”. Nobody disputed that [[thousands]] of young North Koreans had been \
thrown into the fighting around Kursk, she said, but that was no reason to let a Cabinet send \
Irish soldiers abroad on its own say-so.</p>
<p>In my own contribution I quoted the figures South Korea’s intelligence service gave its \
parliament at the end of April: [[some 4,700]] North Koreans killed or wounded. Kyiv’s military \
intelligence expects Pyongyang to send another [[25,000 to 30,000]] over the coming year. And at \
the NATO summit in The Hague last month, the Secretary General said [[more than 11,000]] were \
still in Russia.</p>
<p>I also told the House about Kenmare. Eleven Ukrainian families live in the town now, and one \
of the mothers asked me in the spring whether Ireland would still be neutral if Russia came for \
Moldova. I did not have an easy answer, and I said so.</p>
<h2>Where the Bill stands</h2>
<p>The Bill passed second stage by 88 votes to 64 and goes to the Select Committee on Defence in \
the autumn. I voted against, for the reasons above; the full speech, 1,900 words, is on this \
site.</p>
<h2>Around the constituency</h2>
<p>€2.4 million has been approved for repairs to the pier, with work to start in October. The \
greenway section to the next parish, 11 kilometres, opens on 2 August. My Kenmare clinic is every \
Saturday from 10 a.m. to 12 noon at the community centre; call the office on 064 664 2210.</p>
</main>
<footer>Máire O’Sullivan TD · Constituency office, Main Street, Kenmare V93 \
K2T8</footer>
</body>
</html>
""",
    claims=(
        C("up to 15,000", 15000, "at_most", "in_russia", "other", "wed..pub",
          "the `og:title` repeating the standfirst's figure (page metadata: optional, as in "
          "earlier sets)", opt=True),
        C("up to 15,000", 15000, "at_most", "in_russia", "other", "wed..pub",
          "the standfirst 'The Tánaiste cited “up to 15,000” soldiers sent by Pyongyang': takes "
          "the claimant of the passage below it with the same figure (the Tánaiste, an Irish "
          "minister: other; Wednesday, 9 July) and the window from that day to publication"),
        C("up to 15,000", 15000, "at_most", "in_russia", "other", "wed",
          "'The Tánaiste, who is also Minister for Defence, opened [on Wednesday] … He said' (9 "
          "July): have served in Russia ('up to' as at_most)"),
        C("thousands", None, "vague", "near_front", "other", "wed",
          "an Opposition spokesperson in the same debate, the claimant after the figure ('she "
          "said'; other, Wednesday): thrown into the fighting around Kursk"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the TD quoting 'the figures South Korea's intelligence service gave its parliament "
          "at the end of April' (the 21st to the 30th): killed or wounded"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "pub",
          "'Kyiv's military intelligence expects Pyongyang to send another' (undated): over the "
          "coming year (increment, planned; span without the word)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-06-01..2025-06-30",
          "'at the NATO summit in The Hague last month, the Secretary General said' (the whole "
          "of June): 'still in Russia' (not an increment)"),
    ),
)


S08 = Source(
    article_id="v197_08_kenmare_notes_column",
    language="en", fmt="txt", encoding="latin-1", published=day("2024-11-20"),
    dated_by="sidecar",
    sidecar=(
        "The Bay Weekly – Kenmare Notes",
        "https://www.thebayweekly.example/notes/kenmare/2024-11-20",
        "Kenmare Notes: lotto, a talk on Ukraine and a concert for Sumy",
    ),
    features="the Kenmare notes column of a local weekly, the set's English bulletin of short "
        "items, as plain text, ISO-8859-1 with straight quotes, `euro` written out and `á` in "
        "names (sidecar, Wednesday; the sidecar title without a figure), upper-case item heads; "
        "a lotto jackpot, the numbers drawn, a GAA score (`2-11 to 1-09`, `1-05`), a bus fare, "
        "litter bags, volunteers and dates first; a retired commandant's talk at 'Monday's "
        "meeting' ('he told them') `more than 10,000` sent to Russia and `several thousand` in "
        "the Kursk region (both other, Monday), the US figure he 'recalled' `8,000` in Kursk 'at "
        "the end of October' (united_states, the 21st to the 31st) and his own `thousands` "
        "'more' over the winter (vague, increment, planned, other, Monday); 'Last week President "
        "Zelensky put the North Koreans in Kursk at' `11,000` (ukraine, `lastweek`); a sushi "
        "cook from Busan who "
        "'reckons' `15,000 or more` (`or more` after the figure, inside the span: at_least, "
        "other, `pub`); euros, numbers drawn, scores, Ukrainians in the town, generators, "
        "volunteers, bags, ages, a house number, dates, times, a phone number",
    text="""\
KENMARE NOTES
Compiled by Nora Crowley. Items for next week's notes to 087 214 6630 by Monday at 6 p.m.

LOTTO
There was no winner of the 9,200 euro jackpot on Sunday night. The numbers drawn were 3, 14, 22 \
and 27. Three match-three winners shared 150 euro. Next week's jackpot will be 9,400 euro.

ACTIVE RETIREMENT
A full house of 46 members came to Monday's meeting in the parish centre to hear retired \
Commandant Tadhg Lyne, who served three tours with the UN in south Lebanon, speak about the war in \
Ukraine. North Korea had by now sent [[more than 10,000]] soldiers to Russia, he told them, and \
[[several thousand]] of them were already in the Kursk region. He recalled that the Americans had \
put the number in Kursk at [[8,000]] at the end of October, and said he would not be surprised to \
see [[thousands]] more sent over the winter. Tea and scones followed; thanks to Bridie and \
Kathleen.

KENMARE SHAMROCKS
Our minor footballers beat Templenoe 2-11 to 1-09 in the county semi-final on Saturday, with Seán \
Daly scoring 1-05. The final is on Sunday 1 December at 2 p.m.; a bus leaves the Square at 12.30, \
10 euro return.

UKRAINIAN COMMUNITY
The 63 Ukrainians now living in and around the town will hold a fundraising concert in Holy Cross \
Church on Friday 29 November at 8 p.m.; tickets are 15 euro at the door. The organiser, Iryna \
Savchuk, a pharmacist from Poltava, said the money would buy two generators for a children's \
hospital in Sumy. Many of the families follow the news from the front hour by hour. Last week \
President Zelensky put the North Koreans in Kursk at [[11,000]]. "Nobody here thinks it will stop \
there," Iryna said.

NEW ON HENRY STREET
Park Ji-hoon, 41, from Busan has opened a small sushi bar at No. 17, open Wednesday to Sunday from \
5 p.m. He reads the Korean papers on his phone every morning and reckons Kim has sent [[15,000 or \
more]]. "Half of them are farm boys who never saw the sea," he said.

TIDY TOWNS
Thanks to the 38 volunteers who filled 214 bags of litter along the Sneem road on Sunday morning. \
The group meets again on 8 December at 10 a.m. at the Square.
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "mon",
          "a retired commandant's talk at 'Monday's meeting' ('he told them', the claimant after "
          "the figure; other, 18 November): sent to Russia"),
        C("several thousand", None, "vague", "near_front", "other", "mon",
          "same talk, 'and': already in the Kursk region"),
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-10-21..2024-10-31",
          "'He recalled that the Americans had put the number in Kursk at … at the end of "
          "October' (the claim is Washington's; the 21st to the 31st)"),
        C("thousands", None, "vague", "planned", "other", "mon",
          "the commandant's own forecast ('said he would not be surprised to see'): 'more' sent "
          "over the winter (increment, planned; 'over the winter' is the period)", add=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "lastweek",
          "'Last week President Zelensky put the North Koreans in Kursk at' (passed on by the "
          "organiser, whose own words follow without a figure)"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "pub",
          "a sushi cook from Busan, 'reckons' (undated): sent by Kim ('or more' after the "
          "figure, inside the span, as in earlier sets)"),
    ),
)


S09 = Source(
    article_id="v197_09_hay_diary_festival_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-05-31"),
    dated_by="front_matter",
    features="a literary magazine's festival diary from Hay-on-Wye (Wales), the set's culture "
        "piece with a short news aside, in Markdown, UTF-16 LE with BOM, front matter with "
        "`date:` (Saturday) and a title without a figure, an italic deck and a byline, straight "
        "quotes, British spelling; the headline 'Hay Diary: 14,000 soldiers and a sold-out tent' "
        "(the historian's Thursday, to publication; the head's own figure exact); ticket sales "
        "in per cent, a shuttle every 20 minutes and its fare, a 500th copy, strawberries a "
        "punnet, a 900-seat tent and 200 more people outside first; a historian in a Thursday "
        "session ('By her count', 'she thinks') `more than 14,000` sent to Russia and `about "
        "5,000` killed or wounded, and a retired diplomat in the same session ('he said') "
        "`between 10,000 and 12,000` (range; all other, Thursday); the aside 'Meanwhile, in the "
        "news' with the Joint Chiefs in Seoul who 'on Tuesday … reported' 'another' `3,000` being "
        "trained for Russia (increment, planned) and North Korean state media that 'on Monday "
        "published the names of' `101` fallen (north_korea, casualties); per cent, minutes, "
        "pounds, copies, seats, people, years, times",
    text="""\
---
title: "Hay Diary, Day Ten"
date: 2025-05-31
section: Festival diary
author: Bethan Llewellyn
---

# Hay Diary: [[14,000]] soldiers and a sold-out tent

*Day ten in the fields below the town: a historian on Kim's army in Russia, a queue for the \
shuttle bus and the last of the strawberries.*

By Bethan Llewellyn

The rain held off until four o'clock, which at Hay counts as a heatwave. The organisers say \
ticket sales are up 8% on last year, the shuttle bus from the town runs every 20 minutes for £3 \
return, and the bookshop tent sold its 500th copy of this year's prize-winning novel on Thursday \
morning. The strawberries in the food court are £4.50 a punnet and worth every penny.

The session everyone wanted on Thursday afternoon was "Kim's Legion", in which the historian Dr \
Rhian Talbot talked about her new book on the North Korean soldiers sent to Russia. The 900-seat \
tent sold out a week in advance, and 200 more people watched on a screen outside.

Dr Talbot was careful with her numbers. By her count, [[more than 14,000]] of Kim's men have gone \
to Russia since last October, and she thinks [[about 5,000]] of them have been killed or \
wounded. Many of the rest, she said, now build roads and clear mines rather than fight.

Beside her sat a retired British diplomat who spent three years at the embassy in Pyongyang in \
the 2000s. He was more cautious. "I'd put it at [[between 10,000 and 12,000]], and I wouldn't go \
much higher," he said. Asked what the soldiers are told at home, he said: "That they are helping \
a friend. Which, in a way, they are."

## Meanwhile, in the news

For those of you who have not seen a newspaper all week: on Tuesday the Joint Chiefs in Seoul \
reported that the North was training another [[3,000]] soldiers for Russia, and North Korean \
state media on Monday published the names of [[101]] soldiers honoured after falling in the Kursk \
region. Pyongyang gave no total.

## Tomorrow

The last day. Tickets for the closing concert are £25, and the final bus back to town leaves at \
11.15 p.m.
""",
    claims=(
        C("14,000", 14000, "exact", "in_russia", "other", "thu..pub",
          "the headline 'Hay Diary: 14,000 soldiers and a sold-out tent': takes the claimant of "
          "the passage below it (the historian in Thursday's session, 29 May) and the window "
          "from that day to publication; the head's own figure without the hedge: exact"),
        C("more than 14,000", 14000, "at_least", "in_russia", "other", "thu",
          "a historian in 'The session … on Thursday afternoon', 'By her count' (other, 29 May): "
          "sent to Russia since last October (the period)"),
        C("about 5,000", 5000, "approx", "casualties", "other", "thu",
          "same talk, 'and she thinks': killed or wounded"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "other", "thu",
          "a retired British diplomat beside her in the same session, in quotes ('he said'; "
          "other, Thursday): his count of those sent ('between … and' as range)"),
        C("3,000", 3000, "exact", "planned", "south_korea", "tue",
          "'on Tuesday the Joint Chiefs in Seoul reported' (27 May): 'another' being "
          "trained for Russia (increment, planned; span without the word)", add=True),
        C("101", 101, "exact", "casualties", "north_korea", "mon",
          "'North Korean state media on Monday published the names of' (26 May): soldiers "
          "honoured after falling in the Kursk region"),
    ),
)


S10 = Source(
    article_id="v197_10_branch_news_farmers_hay_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="sidecar",
    sidecar=(
        "Hay & District Farmers – Branch News",
        "https://www.haydistrictfarmers.example/news/spending-review-2025",
        "Spending Review: more for tanks, not much for tups",
    ),
    features="a farmers' union branch newsletter from Hay-on-Wye (Wales) on the Spending Review, "
        "the set's defence-spending story, in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Wednesday; the sidecar title without a figure), a cookie bar, a script with members "
        "and subscriptions, navigation, entities (`&rsquo;`, `&amp;`, `&middot;`), a standfirst, "
        "a byline, an `<aside>` 'In brief' whose `6,000` takes Shoigu's yesterday (to "
        "publication), a photo caption with ewes, a footer with a postcode; `<title>` and "
        "headline without a figure; billions of pounds, per cent of GDP, `an extra £11 billion "
        "or so a year` (money with a hedge after it: not a claim), lamb and milk prices, ewes, "
        "cows and acres first; the Defence Secretary who 'told MPs on Thursday' `some 15,000` "
        "sent (a British minister: other); sentence-initial `About 11,000` 'still' in Russia, 'a "
        "Pentagon spokeswoman said on Monday' (the claimant after the figure); Shoigu who "
        "'Yesterday … told reporters afterwards' `6,000` sappers and builders (russia, planned); "
        "Ukraine's foreign minister who 'speaking in London on Monday, put North Korean "
        "casualties at' `over 6,000`; South Korea's spy agency that 'had estimated last month' "
        "`3,000 to 5,000` 'more' by the autumn (range, increment, planned, the whole of May); "
        "pounds, per cent, pence, ewes, cows, acres, dates, times, a postcode, phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Branch News &ndash; Hay &amp; District Farmers</title>
<script>var branch = {members: 168, meetingsPerYear: 10, subs: 45};</script>
</head>
<body>
<div class="cookie-bar">We use one cookie to count visits, nothing more. <a href="#">OK</a></div>
<nav><a href="/">Branch</a> &middot; <a href="/news">News</a> &middot; <a \
href="/meetings">Meetings</a> &middot; <a href="/join">Join</a></nav>
<main>
<h1>Spending Review: more for tanks, not much for tups</h1>
<p class="standfirst">The Chancellor has found money for defence. What last Wednesday&rsquo;s \
Spending Review means for farms along the Wye, and how North Korea came into it.</p>
<p class="byline">By the branch secretary, Sioned Powell</p>
<p>Last Wednesday&rsquo;s Spending Review confirmed what many of us had feared. The farming \
budget in England stays flat in cash terms at £2.7 billion a year, and the block grant to the \
Senedd rises by just 1.2% a year in real terms, which leaves little room for the new farm support \
scheme in Wales. Defence, meanwhile, climbs to 2.6% of GDP by 2027, an extra £11 billion or so a \
year.</p>
<h2>Why defence?</h2>
<p>The Defence Secretary told MPs on Thursday that the world was &ldquo;more dangerous than at \
any time since the Cold War&rdquo; and pointed to the Korean peninsula as well as to Ukraine. \
North Korea alone, he said, had sent [[some 15,000]] troops to fight for Russia.</p>
<p>[[About 11,000]] of them are still in Russia, a Pentagon spokeswoman said on Monday. \
Yesterday Sergei Shoigu, Moscow&rsquo;s security chief, flew into Pyongyang and told reporters \
afterwards that the North would provide [[6,000]] sappers and construction troops for the Kursk \
region. \
Ukraine&rsquo;s foreign minister, speaking in London on Monday, put North Korean casualties at \
[[over 6,000]]. South Korea&rsquo;s spy agency had estimated last month that Pyongyang could send \
[[3,000 to 5,000]] more by the autumn.</p>
<aside><h3>In brief</h3><p>Moscow: [[6,000]] North Korean builders and deminers for Kursk \
&middot; Store lambs 712p a kilo at market last week &middot; Milk price up 1p a litre from \
July</p></aside>
<h2>What it means here</h2>
<p>Branch chairman Emrys Pritchard runs 1,100 ewes and 60 suckler cows on 420 acres above the \
river. &ldquo;Nobody begrudges the soldiers their kit,&rdquo; he said. &ldquo;But if the land is \
going to feed this country in a crisis, somebody has to pay the people who farm it.&rdquo; The \
branch will write to both our MPs, on either side of the border, before the summer recess.</p>
<figure><img src="/img/pritchard-pens.jpg" alt=""><figcaption>Emrys Pritchard at the gathering \
pens on Saturday 14 June, with some of his 1,100 ewes. Photo: Sioned Powell</figcaption></figure>
<p>Next branch meeting: Tuesday 1 July, 7.30 p.m., in the market hall. Subscriptions (£45) are \
due by the end of June. Queries to the secretary on 01497 82 14 60.</p>
</main>
<footer>Hay &amp; District Farmers &middot; Broad Street, Hay-on-Wye HR3 5DB &middot; 01497 82 \
14 60</footer>
</body>
</html>
""",
    claims=(
        C("some 15,000", 15000, "approx", "in_russia", "other", "thu",
          "'The Defence Secretary told MPs on Thursday … he said' (a British minister: other; 12 "
          "June): sent to fight for Russia ('some' as approx)"),
        C("About 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "sentence-initial figure, the claimant after it ('a Pentagon spokeswoman said on "
          "Monday', 16 June): 'still in Russia' (not an increment)"),
        C("6,000", 6000, "exact", "planned", "russia", "yday",
          "'Yesterday Sergei Shoigu, Moscow's security chief, flew into Pyongyang and told "
          "reporters afterwards' (17 June): sappers and construction troops for the Kursk region "
          "(planned; a new contingent without an increment word)"),
        C("over 6,000", 6000, "at_least", "casualties", "ukraine", "mon",
          "'Ukraine's foreign minister, speaking in London on Monday, put North Korean "
          "casualties at' (16 June; 'over' as at_least)"),
        C("3,000 to 5,000", None, "range", "planned", "south_korea", "2025-05-01..2025-05-31",
          "'South Korea's spy agency had estimated last month' (the whole of May): 'more' that "
          "Pyongyang could send by the autumn (increment, planned)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "yday..pub",
          "the 'In brief' item 'Moscow: 6,000 North Korean builders and deminers for Kursk': "
          "takes the claimant of the passage with the same figure (Shoigu, yesterday) and the "
          "window from that day to publication"),
    ),
)


S11 = Source(
    article_id="v197_11_english_page_papur_bro_aberaeron",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-03"),
    dated_by="dateline",
    features="the English page of a Welsh-language community paper (papur bro) from Aberaeron "
        "(west Wales), the set's English refugee feature, as plain text, UTF-8, a Welsh "
        "masthead line, dated by the line 'ABERAERON, 3 April 2025' (Thursday), a headline "
        "without a figure and a byline, straight quotes, British spelling; Ukrainians in the "
        "town, children at school, driving tests, learners in a Welsh class, loaves, a price a "
        "slice, a date, a time and a phone number first; a baker from Sumy relaying her son, a "
        "mortar crew commander on the Kursk border ('He phoned her on Monday, she said.', "
        "'he told her, and') `Some two hundred` moved into the forest opposite (approx with a "
        "number word, near the front) and `seven` killed the week before (number word, "
        "casualties; both other, from Monday to publication), and her own `tens of thousands` "
        "'more' ('She is sure'; vague, increment, planned, other, `pub`); a retired GP from "
        "Daejeon ('My guess is', 'she said') `fewer than 10,000` still in Russia ('fewer than' "
        "as at_most, other, `pub`); South Korea's Joint Chiefs, who 'On 27 March' said 'another' "
        "`1,500` sent since January (increment, an explicit date); Ukraine's military "
        "intelligence that 'said on Tuesday' `around 2,000` back in action at the border "
        "(figure at the end of the sentence); Moscow's silence without a figure; Ukrainians, "
        "children, adults, learners, loaves, pounds, ages, years, dates, times, a phone number",
    text="""\
PAPUR Y CEI
Papur bro Aberaeron a'r cylch - Tudalen Saesneg / English page

ABERAERON, 3 April 2025

Two springs on: the Ukrainian families of Aberaeron
By Gwenno Rees

When the first families from Ukraine arrived in the spring of 2022, the town found them rooms in \
holiday lets along the harbour and expected them to stay for a few months. Three years on, 29 \
Ukrainians still live in Aberaeron and the villages around it. Nine of the children are at the \
primary school, four of the adults have passed their driving test, and the Tuesday evening Welsh \
class at the library has 14 learners, six of them from Ukraine.

Liudmyla Hrytsenko, 52, was a bookkeeper in Sumy. Now she bakes bara brith and honey cakes for a \
café on the quay, 40 loaves on a good Saturday, sold at £3.20 a slice. Her son Denys, 27, is in \
charge of a mortar team just across from the Kursk region. He phoned her on Monday, she said. \
[[Some two hundred]] North Koreans had moved into the forest opposite his position, he told \
her, and his crew had killed [[seven]] of them the week before. "He says they are brave and very \
badly led," Liudmyla said. She is sure Kim has [[tens of thousands]] more to send, "and he will".

Not everyone in town follows the numbers so closely. Dr Lee Sun-hee, 71, who came from Daejeon \
to work as a GP up the coast in 1986 and never left, thinks the big figures are overdone. "My \
guess is [[fewer than 10,000]] are still in Russia," she said. "Many have been sent home, or are \
in hospital, or in the ground."

WHAT THE OFFICIALS SAY
On 27 March, South Korea's Joint Chiefs of Staff said that the North had sent another [[1,500]] \
troops to Russia since January. Ukraine's military intelligence said on Tuesday that North Korean \
units were back in action along the Kursk border, [[around 2,000]] of them. Moscow still does not \
say how many North Koreans it has.

The families will hold an Easter cake sale in the church hall on Saturday 19 April from 10 a.m.; \
the money goes to a field hospital in the Sumy region. To help, ring Gwenno on 01545 57 03 12.
""",
    claims=(
        C("Some two hundred", 200, "approx", "near_front", "other", "mon..pub",
          "a baker from Sumy relaying her son, a mortar crew commander on the Kursk border ('He "
          "phoned her on Monday, she said.' and, after the figure, 'he told her'; the speaker "
          "quoted: other): moved into the forest opposite his position (approx with a number "
          "word; from Monday, 31 March, to publication)"),
        C("seven", 7, "exact", "casualties", "other", "mon..pub",
          "same call, 'and', number word: killed by his crew 'the week before' (the period)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "the baker's own belief, 'She is sure' (undated): 'more to send' (increment, "
          "planned)", add=True),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "other", "pub",
          "a retired GP from Daejeon, in quotes ('My guess is', 'she said'; undated): still in "
          "Russia ('fewer than' as at_most)"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2025-03-27",
          "'On 27 March, South Korea's Joint Chiefs of Staff said' (an explicit date): 'another' "
          "sent to Russia since January (increment; span without the word)", add=True),
        C("around 2,000", 2000, "approx", "near_front", "ukraine", "tue",
          "'Ukraine's military intelligence said on Tuesday' (1 April): back in action along "
          "the Kursk border (the figure at the end of the sentence)"),
    ),
)


S12 = Source(
    article_id="v197_12_explainer_timeline_aberaeron_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Aberaeron Now – Explainers",
        "https://www.aberaeronnow.example/explainers/north-korean-numbers",
        "A year on: how the North Korean numbers moved",
    ),
    features="a local news site's explainer from Aberaeron (Wales), the set's English timeline, "
        "in Markdown, windows-1252 with CRLF, `’` and `–` raw, front matter without a date "
        "(sidecar, Monday) and a title without a figure, an italic teaser and a byline; people "
        "at a talk, a date, a time and a ticket price first; bold month openings whose month is "
        "the claim date ('October 2024:', 'November 2024:', 'December 2024:', 'January 2025:', "
        "'April 2025:', 'June 2025:', 'September 2025:', 'This month:'), and an entry without a "
        "figure ('February and March 2025:'): South Korea's spy agency with `1,500` and, "
        "'within days', `about 3,000` (both the whole of October 2024, a raised total, not an "
        "increment), Washington's `some 10,000` (November), Ukraine's `more than 3,000` killed "
        "or wounded (December), Kyiv's `two` captured (January), Seoul's `about 4,700` "
        "casualties (April), Russia's `6,000` builders and deminers (planned, June), Seoul's "
        "`around 2,000` dead (September) and NATO's `up to 11,000` 'remain' (at_most, from the "
        "1st to publication); the site's own tally 'by our reckoning' `at least 15,000` "
        "(unattributed, required); Britain's regular army (`about 73,000 soldiers`) and "
        "Russia's losses (`well over 400,000 men`), not claims; people, dates, times, pounds",
    text="""\
---
title: "Explainer: a year of North Korean soldiers in Russia"
section: Explainers
author: Owain Jenkins
---

# A year on: how the North Korean numbers moved

*Readers at Thursday’s talk in the rugby club asked us to put the figures in order. Here they \
are, with who said what, and when.*

By Owain Jenkins

Seventy-four people turned out on a wet Thursday night to hear a retired naval officer talk \
about the war, and the questions afterwards kept coming back to one thing: how many North Koreans \
are there, really? Nobody outside Pyongyang and Moscow knows for sure. What we can do is set out \
what governments have said, month by month.

**October 2024:** South Korea’s spy agency says the North has shipped [[1,500]] special forces \
soldiers to Russia’s Far East, and within days raises its estimate to [[about 3,000]].

**November 2024:** Washington says [[some 10,000]] North Koreans are in Russia, most of them \
heading for the Kursk region.

**December 2024:** The first losses. Ukraine says [[more than 3,000]] North Koreans have been \
killed or wounded.

**January 2025:** Kyiv announces the capture of [[two]] North Korean soldiers, the first taken \
alive.

**February and March 2025:** Reports that the North has pulled its units back from the front to \
retrain. No new official count.

**April 2025:** Moscow and Pyongyang at last admit the deployment. Seoul puts the casualties at \
[[about 4,700]].

**June 2025:** Russia says [[6,000]] North Korean military builders and deminers will go to the \
Kursk region.

**September 2025:** Seoul’s spy agency puts the North’s dead at [[around 2,000]].

**This month:** NATO says [[up to 11,000]] remain in Russia.

Add up the arrivals and, by our reckoning, [[at least 15,000]] soldiers from the North have been \
through Russia in twelve months. For comparison, Britain’s regular army has about 73,000 \
soldiers, and Russia is thought to have lost well over 400,000 men killed or wounded since 2022.

The next talk in the series – on the future of the harbour – is on Thursday 11 December at 7 \
p.m. Tickets £5, under-16s free.
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "timeline entry 'October 2024: South Korea's spy agency says' (the whole month): "
          "special forces shipped to Russia's Far East"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "same entry, 'within days raises its estimate to' (a raised total, not an increment)"),
        C("some 10,000", 10000, "approx", "in_russia", "united_states", "2024-11-01..2024-11-30",
          "entry 'November 2024: Washington says' (the whole month): in Russia"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "2024-12-01..2024-12-31",
          "entry 'December 2024: … Ukraine says' (the whole month): killed or wounded"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "entry 'January 2025: Kyiv announces the capture of' (the whole month; number word)"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "entry 'April 2025: … Seoul puts the casualties at' (the whole month)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "entry 'June 2025: Russia says' (the whole month): builders and deminers who 'will "
          "go' (planned, no increment word)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "entry 'September 2025: Seoul's spy agency puts the North's dead at' (the whole "
          "month)"),
        C("up to 11,000", 11000, "at_most", "in_russia", "nato", "2025-11-01..pub",
          "entry 'This month: NATO says' (the 1st to publication): 'remain in Russia' (at_most, "
          "not an increment)"),
        C("at least 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the site's own tally without a source ('by our reckoning'): been through Russia in "
          "twelve months (unattributed, required)"),
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
